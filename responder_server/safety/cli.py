"""Operator commands for safety (wired into `responder-server` by cli.py):

    responder-server reports list [--all]          open reports and "needs supervisor" flags
    responder-server reports show ID               one report: its chat, matches, shares
    responder-server reports resolve ID --note T   close a report, saying what was done
    responder-server reports purge --older-than DAYS   drop resolved reports (and the
                                                   safety log) older than DAYS
    responder-server clients ban CLIENT_ID --reason T [--days N] | clients unban CLIENT_ID
    responder-server safety resources set FILE.json | safety resources show
    responder-server safety phrases set FILE.json | safety phrases show
    responder-server safety log [--conversation ID] [--limit N]   matches and shares

A bad file or an unknown id prints a plain message, exits non-zero and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit.service import cli_actor
from responder_server.core.clock import Clock
from responder_server.core.config import ServerConfig
from responder_server.core.db import Database
from responder_server.core.models import (
    ClientBlock,
    Conversation,
    Message,
    Responder,
    SafetyLogEntry,
    SafetyReport,
)
from responder_server.safety import bans as safety_bans
from responder_server.safety import documents as safety_documents
from responder_server.safety import reports as safety_reports

COMMANDS = ("reports", "clients", "safety")
TRANSCRIPT_LIMIT = 500


class _Refused(Exception):
    """An operator's request that cannot be done; the message says why."""


def add_parsers(sub: argparse._SubParsersAction,  # type: ignore[type-arg]
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    reports = sub.add_parser("reports", help="responders' reports and supervisor flags")
    rsub = reports.add_subparsers(dest="action", required=True)
    listing = rsub.add_parser("list", help="open reports and flags, oldest first")
    listing.add_argument("--all", action="store_true", help="resolved ones too")
    show = rsub.add_parser("show", help="one report with its chat, matches and shares")
    show.add_argument("id", type=int)
    resolve = rsub.add_parser("resolve", help="close a report, saying what was done")
    resolve.add_argument("id", type=int)
    resolve.add_argument("--note", required=True, help="what was done (kept with it)")
    purge = rsub.add_parser("purge", help="drop resolved reports and safety-log entries "
                                          "older than DAYS")
    purge.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    for p in (listing, show, resolve, purge):
        add_db(p)

    clients = sub.add_parser("clients", help="ban or unban a client platform-wide")
    csub = clients.add_subparsers(dest="action", required=True)
    ban = csub.add_parser("ban", help="the client can start no paid session")
    ban.add_argument("client_id")
    ban.add_argument("--reason", required=True)
    ban.add_argument("--days", type=int, default=None,
                     help="the ban lapses after this many days (default: until unbanned)")
    unban = csub.add_parser("unban", help="lift a ban")
    unban.add_argument("client_id")
    for p in (ban, unban):
        add_db(p)

    safety = sub.add_parser("safety", help="hotline resources, phrase lists, the safety log")
    ssub = safety.add_subparsers(dest="action", required=True)
    for kind, what in (("resources", "hotlines by region"),
                       ("phrases", "crisis and abuse phrase lists")):
        doc = ssub.add_parser(kind, help=what)
        dsub = doc.add_subparsers(dest="doc_action", required=True)
        setter = dsub.add_parser("set", help=f"validate a JSON file of {what}; make it current")
        setter.add_argument("path", type=Path)
        shower = dsub.add_parser("show", help=f"print the current {what} as JSON")
        for p in (setter, shower):
            add_db(p)
    log = ssub.add_parser("log", help="crisis/abuse matches and resources shared, newest first")
    log.add_argument("--conversation", default=None)
    log.add_argument("--limit", type=int, default=50)
    add_db(log)


async def run(args: argparse.Namespace) -> int:
    if args.command == "safety" and args.action in safety_documents.KINDS \
            and args.doc_action == "set":
        try:  # checked before the database is touched
            document = safety_documents.read_document_file(args.action, args.path)
        except safety_documents.SafetyDocumentError as exc:
            print(f"{args.action.capitalize()} refused: {exc} Nothing was changed.",
                  file=sys.stderr)
            return 2
        args.document = document
    db = Database(ServerConfig.from_env(args.database_url).database_url)
    try:
        await db.migrate()
        async with db.write() as session:
            await _dispatch(session, args)
    except _Refused as exc:
        print(f"{exc} Nothing was changed.", file=sys.stderr)
        return 1
    finally:
        await db.dispose()
    return 0


async def _dispatch(session: AsyncSession, args: argparse.Namespace) -> None:
    now = Clock().now()
    if args.command == "reports":
        if args.action == "list":
            await _list_reports(session, args.all)
        elif args.action == "show":
            await _show_report(session, args.id)
        elif args.action == "resolve":
            try:
                await safety_reports.resolve(session, args.id, args.note, now,
                                             actor=cli_actor())
            except safety_reports.ReportRefused as exc:
                raise _Refused(str(exc)) from None
            print(f"Report {args.id} resolved.")
        else:
            purged = await safety_reports.purge(session, args.older_than, now,
                                                actor=cli_actor())
            print(f"Purged {purged.reports} resolved reports and {purged.log_entries} "
                  f"safety-log entries older than {args.older_than} days.")
    elif args.command == "clients":
        reason = args.reason.strip() if args.action == "ban" else None
        days = getattr(args, "days", None)
        if days is not None and days < 1:
            raise _Refused("--days must be at least 1.")
        client = await safety_bans.set_ban(
            session, args.client_id, reason, now, actor=cli_actor(),
            expires_at=now + timedelta(days=days) if days else None)
        if client is None:
            raise _Refused(f"There is no client {args.client_id}.")
        print(f"Client {args.client_id} is banned: they can start no paid session."
              if reason is not None else f"Client {args.client_id} is no longer banned.")
    elif args.action == "log":
        await _print_log(session, args.conversation, args.limit)
    elif args.doc_action == "set":
        version = await safety_documents.store_document(session, args.action, args.document,
                                                        now, str(args.path), actor=cli_actor())
        print(f"{args.action.capitalize()} version {version} is current.")
    else:
        version, document = await safety_documents.current_document(session, args.action)
        print(json.dumps({"version": version, **document}, indent=2, ensure_ascii=False))


async def _emails(session: AsyncSession) -> dict[int, str]:
    return dict((await session.execute(select(Responder.id, Responder.email))).tuples().all())


def _when(report: SafetyReport) -> str:
    return f"{report.created_at:%Y-%m-%d %H:%M} UTC"


def _what(report: SafetyReport) -> str:
    return "needs supervisor" if report.kind == "supervisor" else f"report: {report.reason}"


async def _list_reports(session: AsyncSession, everything: bool) -> None:
    query = select(SafetyReport).order_by(SafetyReport.created_at, SafetyReport.id)
    if not everything:
        query = query.where(SafetyReport.resolved_at.is_(None))
    rows = (await session.scalars(query)).all()
    emails = await _emails(session)
    if not rows:
        print("No open reports." if not everything else "No reports.")
        return
    for r in rows:
        status = "open" if r.resolved_at is None else "resolved"
        note = f" — {r.note}" if r.note else ""
        print(f"#{r.id} [{status}] {_when(r)} {_what(r)} by {emails.get(r.responder_id, '?')}"
              f" · chat {r.conversation_id} · client {r.client_id or '-'}{note}")


async def _show_report(session: AsyncSession, report_id: int) -> None:
    r = await session.get(SafetyReport, report_id)
    if r is None:
        raise _Refused(f"There is no report {report_id}.")
    emails = await _emails(session)
    conversation = await session.get(Conversation, r.conversation_id)
    print(f"Report #{r.id}: {_what(r)}")
    print(f"  by {emails.get(r.responder_id, '?')} on {_when(r)}")
    print(f"  note: {r.note or '(none)'}")
    if r.resolved_at is not None:
        print(f"  resolved {r.resolved_at:%Y-%m-%d %H:%M} UTC: {r.resolution_note}")
    else:
        print("  open")
    print(f"  client: {r.client_id or '(erased or unknown)'}")
    if r.client_id:
        blocks = (await session.scalars(select(ClientBlock).where(
            ClientBlock.client_id == r.client_id))).all()
        for b in blocks:
            print(f"  blocked by {emails.get(b.responder_id, '?')} on "
                  f"{b.created_at:%Y-%m-%d %H:%M} UTC")
    if conversation is not None:
        print(f"Chat {conversation.id} with \"{conversation.alias}\" ({conversation.state}, "
              f"{conversation.client_region or '-'}, {conversation.client_language or '-'}):")
        messages = (await session.scalars(
            select(Message).where(Message.conversation_id == conversation.id)
            .order_by(Message.position).limit(TRANSCRIPT_LIMIT))).all()
        if not messages:
            print("  (no messages: none were written, or the client was erased)")
        for m in messages:
            print(f"  {m.created_at:%H:%M:%S} {m.sender}: {m.body}")
    await _print_log(session, r.conversation_id, 100)


async def _print_log(session: AsyncSession, conversation_id: str | None, limit: int) -> None:
    query = select(SafetyLogEntry).order_by(SafetyLogEntry.id.desc()).limit(max(limit, 1))
    if conversation_id:
        query = query.where(SafetyLogEntry.conversation_id == conversation_id)
    rows = (await session.scalars(query)).all()
    if not rows:
        print("Safety log: nothing recorded.")
        return
    emails = await _emails(session)
    print("Safety log:")
    for e in rows:
        who = emails.get(e.responder_id, "?")
        when = f"{e.created_at:%Y-%m-%d %H:%M} UTC"
        if e.kind == "match":
            print(f"  {when} match {e.match_kind}/{e.category} \"{e.matched}\" "
                  f"(message {e.message_id}) · chat {e.conversation_id} · {who}")
        else:
            print(f"  {when} shared {e.region} resources (v{e.document_version}, "
                  f"{e.language}) · chat {e.conversation_id} · {who}")
