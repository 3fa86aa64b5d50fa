"""Statements end to end, in Chinese: real backend (with the platform's legal name set),
real app. The earnings window lists the month, opens its statement in a dialog with the
ledger's figures, and exports it: the PDF opens, is rendered to PNG (QtPdf) with the
Chinese labels and figures in its text, and the CSV carries the same figures."""

from __future__ import annotations

import asyncio
import csv
import io
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from tests.server.statements.test_statements import CREDIT_CODE, LEGAL_NAME, seed_october
from tests.support.backend import Backend, start_backend
from tests.support.factories import run_blocking
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e


@pytest.fixture
def backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    monkeypatch.setenv("RESPONDER_PLATFORM_LEGAL_NAME", LEGAL_NAME)
    monkeypatch.setenv("RESPONDER_PLATFORM_CREDIT_CODE", CREDIT_CODE)
    server = start_backend(tmp_path)  # SQLite: the app side is what is tested here
    yield server
    server.stop()


def pdf_text(path: Path, png: Path) -> str:
    """Page 1 rendered to `png` (it must show ink), and the PDF's whole text layer,
    NFKC-normalised (the CJK fonts map 入 and 明 to their Kangxi-radical twins)."""
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    image = document.render(0, QSize(1240, 1754))
    assert not image.isNull() and image.save(str(png))
    inked = sum(1 for x in range(0, image.width(), 8) for y in range(0, 400, 8)
                if image.pixelColor(x, y).lightness() < 128)
    assert inked > 50  # the title and the header are drawn, not blank
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return unicodedata.normalize("NFKC", text)


def test_the_earnings_window_lists_opens_and_exports_a_statement_in_chinese(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    app_instance = QApplication.instance()
    assert app_instance is not None
    install_language(app_instance, "zh_CN")
    email, password = backend.create_responder(display_name="Amy")
    rid = backend.sign_in(email, password)["responder"]["id"]
    run_blocking(lambda: seed_october(backend.database_url, rid))

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
            app = AppController(http=http, settings=settings,
                                credentials=CredentialStore(fail.Keyring()))
            await app.sign_in(backend.base_url, email, password)
            try:
                app.earnings.show_panel()
                center = app.statements
                await wait_until(lambda: center.section is not None
                                 and center.section.periods() == ["2026-11", "2026-10"],
                                 what="the monthly statements listed")
                assert center.section is not None
                listed = center.section.ui.statementsList.item(1).text()
                assert listed.startswith("2026-10 · 净收入 ¥") and "已扣税 ¥470.64" in listed
                center.section.ui.statementsList.setCurrentRow(1)
                center.section.ui.openButton.click()
                await wait_until(lambda: center.dialog is not None
                                 and center.dialog.isVisible(), what="the statement dialog")
                dialog = center.dialog
                assert dialog is not None and dialog.statement.period == "2026-10"
                # Every figure down to the year's tax is on screen, none behind a scroll.
                table = dialog.ui.figuresTable
                await wait_until(lambda: table.viewport().height() > 0, what="laid out")
                for c in (1, 3):
                    last = table.visualItemRect(table.item(table.rowCount() - 1, c))
                    assert last.bottom() <= table.viewport().height(), last
                    assert last.right() <= table.viewport().width(), last
                figures = dialog.figures()
                assert figures["税前收入"] == "¥28,260.00"
                assert figures["已预扣个人所得税"] == "-¥470.64"
                assert figures["2026 年累计从业月份"] == "1"
                entries = dialog.ui.entriesTable
                aliases = {entries.item(r, 2).text() for r in range(entries.rowCount())}
                assert "<b>Mei</b>" in aliases  # the alias as typed, never as markup

                pdf = tmp_path / "statement-2026-10.pdf"
                assert center.export_pdf(dialog.statement, pdf)
                assert dialog.ui.dialogStatus.text().startswith("已保存到 ")
                text = pdf_text(pdf, tmp_path / "statement-2026-10.png")
                for shown in ("收入结算单 2026-10", "倾听者:Amy",  # NFKC: the full-width colon
                              LEGAL_NAME, CREDIT_CODE, "税前收入",
                              "¥28,260.00", "已预扣个人所得税", "-¥470.64", "¥25,389.36",
                              "110***********002X", "<b>Mei</b>", "日间", "夜间"):
                    assert shown in text, shown
                assert "11010519491231002X" not in text and "王小明" not in text

                out = tmp_path / "statement-2026-10.csv"
                assert center.export_csv(dialog.statement, out)
                rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
                by_label = {row[0]: row[1] for row in rows if len(row) == 2}
                assert by_label["税前收入"] == "¥28,260.00"
                assert by_label["已预扣个人所得税"] == "-¥470.64"
                header = next(i for i, row in enumerate(rows) if row[-1:] == ["net_fen"])
                fen_rows = rows[header + 1:]
                assert len(fen_rows) == len(dialog.statement.entries)
                assert sum(int(r[-1]) for r in fen_rows) == dialog.statement.net_fen
            finally:
                await app.shutdown()
                install_language(app_instance, "en")

    run_in_qt_loop(qloop, scenario())
