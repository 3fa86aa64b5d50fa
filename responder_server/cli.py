"""`responder-server`: run the backend, or manage it as an operator.

    responder-server [serve] [--host H] [--port P] [--database-url URL]
    responder-server create-responder --email E [--password P | --invite URL] [--display-name N]
    responder-server create-operator --email E --role owner|supervisor|finance
    responder-server set-rate-card PATH | show-rate-card | record-payout | correct-entry
    responder-server erase-client (--client-key K | --client-id ID | --conversation ID) --yes
    responder-server erase-responder --email E --yes
    responder-server identity-key new FILE
    responder-server reports list|show ID|resolve ID --note T|purge --older-than DAYS
    responder-server clients ban CLIENT_ID --reason T | clients unban CLIENT_ID
    responder-server safety resources|phrases set FILE.json|show · safety log

Global options (--database-url, ...) may be written before or after the command; a
serving option given to another command is refused in words. Every command that changes
something writes a row to the audit log (responder_server/audit/).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import ipaddress
import os
import sys
from pathlib import Path

from responder_server.core.config import DEFAULT_MAX_UNANSWERED, DEFAULT_RULES, ServerConfig
from responder_server.core.limits import parse_rule
from responder_server.core.words import counted
from responder_server.earnings import cli as earnings_cli
from responder_server.erasure import cli as erasure_cli
from responder_server.payments import cli as payments_cli
from responder_server.payout_accounts import cli as payout_accounts_cli
from responder_server.payouts import cli as payouts_cli
from responder_server.safety import cli as safety_cli
from responder_server.tax import cli as tax_cli


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _pick(fast: str, fallback: str) -> str:
    """uvloop and httptools (the `server` extra) when installed; the pure-Python ones else."""
    import importlib.util

    return fast if importlib.util.find_spec(fast) is not None else fallback


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from responder_server.app import create_app

    if args.test_clock and not _is_loopback(args.host):
        print("--test-clock is only allowed on a loopback address.", file=sys.stderr)
        return 2
    if args.rate_card is not None:  # validated and stored first; a bad card stops here
        code = asyncio.run(earnings_cli.store_card_file(args.database_url, args.rate_card))
        if code != 0:
            return code
    try:
        edges = _edge_settings(args)
    except ValueError as exc:
        print(f"{exc}.", file=sys.stderr)
        return 2
    if (refusal := _identity_key_refusal()) is not None:
        print(refusal, file=sys.stderr)
        return 2
    config = ServerConfig.from_env(
        args.database_url,
        **edges,
        access_token_ttl_s=args.access_token_ttl,
        heartbeat_s=args.heartbeat,
        test_clock=args.test_clock,
        reassign_after_s=args.reassign_after,
        presence_timeout_s=args.presence_timeout,
        presence_sweep_s=args.presence_sweep,
        queue_timeout_s=args.queue_timeout,
        session_grace_s=args.session_grace,
        max_queue=args.max_queue,
    )
    print(f"Responder backend on http://{args.host}:{args.port} "
          f"(database: {config.database_url.split('://', 1)[0]})", flush=True)
    # X-Forwarded-* are believed from the trusted proxies only (limits.client_address).
    uvicorn.run(create_app(config), host=args.host, port=args.port,
                log_level=args.log_level, proxy_headers=bool(config.trusted_proxies),
                forwarded_allow_ips=list(config.trusted_proxies) or None,
                timeout_graceful_shutdown=3,
                loop=_pick("uvloop", "asyncio"), http=_pick("httptools", "h11"))
    return 0


def _identity_key_refusal() -> str | None:
    """A key file that is set but unreadable stops the start: else responders would only
    meet it as a refusal when they give their identity, and the operator not at all."""
    from responder_server.payout_accounts.crypto import ENV, IdentityCipher, IdentityKeyError

    if not os.environ.get(ENV, "").strip():
        return None  # not set up: giving an identity answers 503 and says so
    try:
        IdentityCipher.from_env()
    except IdentityKeyError as exc:
        return f"{exc}. The server was not started: fix the file or the setting."
    return None


def _new_password(given: str | None, env: str, who: str) -> str | None:
    """From the option, the environment or a prompt (never echoed); None after saying why."""
    password = given or os.environ.get(env)
    if not password:
        if not sys.stdin.isatty():
            print(f"Give the password with --password or {env}.", file=sys.stderr)
            return None
        password = getpass.getpass(f"Password for the new {who}: ")
    if len(password) < 8:
        print("The password must be at least 8 characters.", file=sys.stderr)
        return None
    return password


async def _create_operator(args: argparse.Namespace) -> int:
    from responder_server.audit.service import cli_actor
    from responder_server.console.operators import OperatorError, create_operator
    from responder_server.core.clock import Clock
    from responder_server.core.db import Database

    password = _new_password(args.password, "OPERATOR_PASSWORD", "operator")
    if password is None:
        return 2
    db = Database(ServerConfig.from_env(args.database_url).database_url)
    try:
        await db.migrate()
        async with db.write() as session:
            operator = await create_operator(session, cli_actor(), args.email, password,
                                             args.role, Clock().now())
            print(f"Created operator {operator.id}: {operator.email} ({operator.role}). "
                  "Sign in at /console/ on the server.")
    except OperatorError as exc:
        print(f"Could not create the operator: {exc}", file=sys.stderr)
        return 1
    finally:
        await db.dispose()
    return 0


async def _create_responder(args: argparse.Namespace) -> int:
    from responder_server.audit.service import cli_actor
    from responder_server.auth.invitations import create_invitation
    from responder_server.auth.service import add_responder
    from responder_server.core.clock import Clock
    from responder_server.core.db import Database

    password = None
    if args.invite is None:
        password = _new_password(args.password, "RESPONDER_PASSWORD", "responder")
        if password is None:
            return 2
    db = Database(ServerConfig.from_env(args.database_url).database_url)
    try:
        await db.migrate()
        async with db.write() as session:
            now = Clock().now()
            responder = await add_responder(
                session, cli_actor(), args.email, password, args.display_name or "",
                now, max_concurrent=args.max_concurrent,
            )
            token = await create_invitation(session, responder.id, now) \
                if args.invite is not None else None
        print(f"Created responder {responder.id}: {responder.email} "
              f"(database: {db.url.split('://', 1)[0]})")
        if token is not None:
            print(f"Send them this one-time link to set their password (7 days): "
                  f"{args.invite.rstrip('/')}/console/invite/{token}")
    except ValueError as exc:
        print(f"Could not create the responder: {exc}.", file=sys.stderr)
        return 1
    finally:
        await db.dispose()
    return 0


async def _erase_client(args: argparse.Namespace) -> int:
    from responder_server.audit.service import cli_actor
    from responder_server.core.db import Database
    from responder_server.erasure.service import erase_client, find_client_id

    if not args.yes:
        print("Erasing a client cannot be undone; add --yes to go ahead.", file=sys.stderr)
        return 2
    db = Database(ServerConfig.from_env(args.database_url).database_url)
    try:
        await db.migrate()
        async with db.read() as session:
            target = await find_client_id(session, client_key=args.client_key,
                                          client_id=args.client_id,
                                          conversation_id=args.conversation)
        if target is None:
            print("No such client: nothing was erased.", file=sys.stderr)
            return 1
        report = await erase_client(db, target, actor=cli_actor())
        print(f"Erased the client: {counted(report.conversations, 'session', 'sessions')}, "
              f"{counted(report.messages, 'message', 'messages')}, "
              f"{counted(report.notes, 'note', 'notes')} (session amounts kept for the ledger).")
    finally:
        await db.dispose()
    return 0


def _edge_settings(args: argparse.Namespace) -> dict[str, object]:
    """The limits and the other edge settings from the command line (ValueError in words)."""
    rules = dict(DEFAULT_RULES)
    for text in args.limit or []:
        name, rule = parse_rule(text)
        rules[name] = rule
    proxies = [p.strip() for p in args.trusted_proxy or [] if p.strip()]
    if proxies == ["none"]:
        trusted: tuple[str, ...] = ()
    elif proxies:
        for proxy in proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ValueError(f"--trusted-proxy {proxy!r} is not an address or network") \
                    from None
        trusted = tuple(proxies)
    else:
        trusted = ServerConfig.trusted_proxies
    if args.max_body_bytes < 1024:
        raise ValueError("--max-body-bytes must be at least 1024")
    return {"limit_rules": rules, "limits_enabled": not args.no_limits,
            "max_unanswered_messages": max(1, args.max_unanswered), "trusted_proxies": trusted,
            "max_body_bytes": args.max_body_bytes,
            "password_workers": max(1, args.password_workers),
            "retention_sweep_s": max(1.0, args.retention_sweep)}


def _add_edge_options(p: argparse.ArgumentParser) -> None:
    names = ", ".join(f"{name} ({rule.count}/{rule.period_s})"
                      for name, rule in DEFAULT_RULES.items())
    p.add_argument("--limit", action="append", metavar="NAME=COUNT/SECONDS",
                   help=f"set one limit (repeatable); names and defaults: {names}")
    p.add_argument("--no-limits", action="store_true",
                   help="switch every limit off (a private test server only)")
    p.add_argument("--max-unanswered", type=int, default=DEFAULT_MAX_UNANSWERED,
                   help="messages a client may send before a responder has answered")
    p.add_argument("--trusted-proxy", action="append", metavar="ADDRESS|NETWORK",
                   help="a proxy whose X-Forwarded-For is believed (repeatable; default "
                        "127.0.0.1 and ::1; 'none' for none)")
    p.add_argument("--max-body-bytes", type=int, default=1024 * 1024,
                   help="largest request body accepted (413 past it)")
    p.add_argument("--password-workers", type=int, default=1,
                   help="password checks run at once (threads)")
    p.add_argument("--retention-sweep", type=float, default=300.0,
                   help="seconds between purges of expired tokens, tickets and limit rows")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="responder-server", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")

    def add_db(p: argparse.ArgumentParser) -> None:
        # SUPPRESS below the top level: a command's parser leaves the value alone unless
        # the option is written after the command, so `--database-url X create-responder`
        # is honoured (the top level's default, None, stands otherwise).
        p.add_argument("--database-url",
                       default=None if p in (parser, serve) else argparse.SUPPRESS,
                       help="sqlite:///PATH (default: a file in the user data dir) "
                            "or postgresql://...; also RESPONDER_DATABASE_URL")

    serve = sub.add_parser("serve", help="run the backend (the default)")
    for p in (parser, serve):
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, default=8765)
        p.add_argument("--access-token-ttl", type=int, default=3600, help="seconds")
        p.add_argument("--heartbeat", type=float, default=15.0, help="SSE heartbeat seconds")
        p.add_argument("--log-level", default="warning")
        p.add_argument("--test-clock", action="store_true",
                       help="let tests move the server clock (loopback only)")
        p.add_argument("--reassign-after", type=float, default=90.0,
                       help="seconds without a first reply before an offered client goes to "
                            "another responder (0: never)")
        p.add_argument("--presence-timeout", type=float, default=45.0,
                       help="seconds without the app's event stream before a responder is "
                            "set offline")
        p.add_argument("--presence-sweep", type=float, default=2.0,
                       help="how often (seconds) to look for vanished apps")
        p.add_argument("--queue-timeout", type=float, default=900.0,
                       help="seconds a client may wait for a responder before the chat ends "
                            "and is refunded in full (0: no limit)")
        p.add_argument("--session-grace", type=float, default=300.0, metavar="SECONDS",
                       help="seconds a chat goes on after its paid time ends (time to "
                            "extend or say goodbye) before it ends for both")
        p.add_argument("--max-queue", type=int, default=50,
                       help="clients who may wait at once; when the queue holds this many, "
                            "checkout sells nothing")
        p.add_argument("--rate-card", type=Path, default=None,
                       help="a rate card file (.toml/.json) to make current before serving")
        _add_edge_options(p)
        add_db(p)
    for action in serve._actions:  # written before `serve`, the top level's value stands
        if action.option_strings and action.dest != "help":
            action.default = argparse.SUPPRESS

    operator = sub.add_parser("create-operator", help="create an operator of the console "
                              "(the first owner; the rest are added in the console)")
    operator.add_argument("--email", required=True)
    operator.add_argument("--role", required=True, choices=("owner", "supervisor", "finance"))
    operator.add_argument("--password", help="also OPERATOR_PASSWORD; asked for if omitted")
    add_db(operator)

    create = sub.add_parser("create-responder", help="create a responder account")
    create.add_argument("--email", required=True)
    secret = create.add_mutually_exclusive_group()
    secret.add_argument("--password", help="also RESPONDER_PASSWORD; asked for if omitted")
    secret.add_argument("--invite", metavar="SERVER_URL",
                        help="no password here: print a one-time link on this server "
                             "(e.g. https://responder.example.com) where the responder sets "
                             "their own")
    create.add_argument("--display-name")
    create.add_argument("--max-concurrent", type=int, default=3)
    add_db(create)

    erase = sub.add_parser("erase-client", help="erase everything about a client, on request "
                                                "(the ledger keeps amounts only)")
    which = erase.add_mutually_exclusive_group(required=True)
    which.add_argument("--client-key", help="the key the client's page or app keeps")
    which.add_argument("--client-id", help="the server's client id (from a responder's notes)")
    which.add_argument("--conversation", help="any conversation id of that client")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    add_db(erase)
    earnings_cli.add_parsers(sub, add_db)  # set-rate-card, record-payout, ...
    tax_cli.add_parsers(sub, add_db)  # tax-rule show|set
    safety_cli.add_parsers(sub, add_db)  # reports, clients ban/unban, safety ...
    payments_cli.add_parsers(sub, add_db)  # payments review, payments reconcile
    payout_accounts_cli.add_parsers(sub)  # identity-key new FILE
    erasure_cli.add_parsers(sub, add_db)  # erase-responder
    payouts_cli.add_parsers(sub, add_db)  # payouts run, show, retry
    return parser


def serving_options_misplaced(parser: argparse.ArgumentParser, argv: list[str],
                              command: str | None) -> list[str]:
    """The serving options written before a command that is not `serve`: they mean nothing
    to it, so they are refused in words rather than ignored. Read from the words before the
    command (a command's own option may share a serving option's name, e.g. `safety log
    --limit`)."""
    if command in (None, "serve"):
        return []
    by_name = {name: action for action in parser._actions for name in action.option_strings}
    found: list[str] = []
    index = 0
    while index < len(argv) and argv[index] != command:
        word = argv[index]
        name = word.split("=", 1)[0]
        action = by_name.get(name)
        index += 1
        if action is None:
            continue
        if action.dest not in ("help", "database_url"):
            found.append(name)
        if action.nargs != 0 and "=" not in word:
            index += 1  # the option's value
    return sorted(set(found))


# Options whose value is free text or an opaque token, which may begin with "-" (a client
# key is URL-safe base64: one in 64 does; a password or a reason may): argparse would take
# such a value for an option and say "expected one argument", so it is joined to its option.
_FREE_VALUES = frozenset({"--client-key", "--client-id", "--conversation", "--password",
                          "--reason", "--note", "--reference", "--display-name"})


def join_free_values(words: list[str]) -> list[str]:
    """`--client-key -abc` as `--client-key=-abc`; everything else as written."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in _FREE_VALUES and index + 1 < len(words) \
                and words[index + 1].startswith("-") and words[index + 1] != "--":
            joined.append(f"{word}={words[index + 1]}")
            index += 2
            continue
        joined.append(word)
        index += 1
    return joined


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    words = join_free_values(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(words)
    misplaced = serving_options_misplaced(parser, words, args.command)
    if misplaced:
        parser.error(f"{', '.join(misplaced)}: for serving only (responder-server serve), "
                     f"meaningless to {args.command}. Nothing was done.")
    if args.command == "create-operator":
        sys.exit(asyncio.run(_create_operator(args)))
    if args.command in tax_cli.COMMANDS:
        sys.exit(asyncio.run(tax_cli.run(args)))
    if args.command in earnings_cli.COMMANDS:
        sys.exit(asyncio.run(earnings_cli.run(args)))
    if args.command in safety_cli.COMMANDS:
        sys.exit(asyncio.run(safety_cli.run(args)))
    if args.command in payments_cli.COMMANDS:
        sys.exit(asyncio.run(payments_cli.run(args)))
    if args.command in payout_accounts_cli.COMMANDS:
        sys.exit(payout_accounts_cli.run(args))
    if args.command in erasure_cli.COMMANDS:
        sys.exit(asyncio.run(erasure_cli.run(args)))
    if args.command in payouts_cli.COMMANDS:
        sys.exit(asyncio.run(payouts_cli.run(args)))
    if args.command == "create-responder":
        sys.exit(asyncio.run(_create_responder(args)))
    if args.command == "erase-client":
        sys.exit(asyncio.run(_erase_client(args)))
    sys.exit(_serve(args))
