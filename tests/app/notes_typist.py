"""A stand-in for the app mid-edit, run as its own process by test_notes_drafts.py: the
real notes panel and autosave against the real backend, typing notes key by key. The save
is debounced for an hour, so when the test kills this process nothing has reached the
server: only the draft journal on disk can bring the text back.

    python -m tests.app.notes_typist SERVER_URL TOKENS_JSON_FILE CLIENT_ID DRAFTS_DIR TEXT
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# isort: off
import PySide6  # noqa: F401  (before qasync)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
import httpx
import qasync

# isort: on
from responder_app.features.notes.api import NotesApi
from responder_app.features.notes.drafts import DraftJournal
from responder_app.features.notes.panel import NotesPanel
from responder_app.features.notes.sync import NotesSync
from responder_app.services.api_client import ApiClient
from responder_wire.models import TokenPair
from responder_wire.notes import ClientBrief


def type_text(widget: QWidget, text: str) -> None:
    """Key by key; characters outside ASCII arrive as an input method commits them."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
        QApplication.processEvents()


def main() -> None:
    server, tokens_file, client_id, drafts, text = sys.argv[1:6]
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    http = httpx.AsyncClient()
    api = ApiClient(http, server)
    api.tokens = TokenPair.model_validate_json(Path(tokens_file).read_text())
    sync = NotesSync(NotesApi(api), DraftJournal(Path(drafts)), debounce_s=3600)
    notes = loop.run_until_complete(sync.open(client_id))
    panel = NotesPanel("Mei")
    panel.show_brief(ClientBrief(conversation_id="-", client_id=client_id, returning=False,
                                 notes=sync.server[client_id], history=[]))
    panel.set_fields(notes)
    panel.sig_edited.connect(lambda fields: sync.edit(client_id, fields))
    panel.show()
    type_text(panel.ui.callMeEdit, "Meimei")
    type_text(panel.ui.notesEdit, text)
    print("TYPED", flush=True)
    while True:  # mid-edit, until killed
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
