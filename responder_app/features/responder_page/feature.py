"""The responder's public page from the app.

- Account ▸ My page…: the editor (page_dialog.py) with a live preview; Save sends
  `PUT /me/page` and says in plain words what the server refused (a taken address, a phrase
  on the operator's list, contact details); Copy address; Save QR code… and Save share
  image… write PNGs (share_image.py) of the saved page's address.
- The statistics window: a section with the page's visits, chats and returning clients
  per week (`GET /me/page/stats`), refreshed whenever the window shows fresh figures.
- A chat bought from the page carries "via your page" in its header.

Test-facing hooks:
    await feature.open_editor()          the dialog, filled from the server
    await feature.save()                 Save pressed (returns the saved page or None)
    feature.save_qr(path) / feature.save_share_image(path)   the PNGs (True when written)
    await feature.refresh_stats()
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from responder_app.features.responder_page.api import PageApi
from responder_app.services.api_client import ApiError
from responder_app.shell.host import FeatureHost
from responder_app.ui import locale_format
from responder_wire.contact_match import find_contact
from responder_wire.models import SESSION_LENGTHS_MINUTES, ConversationSummary
from responder_wire.responder_page import ResponderPageOut

if TYPE_CHECKING:
    from responder_app.features.responder_page.page_dialog import MyPageDialog
    from responder_app.features.responder_page.stats_section import PageStatsSection

__all__ = ["ResponderPageFeature"]

log = logging.getLogger(__name__)


class ResponderPageFeature(QObject):
    sig_saved = Signal()
    sig_stats_shown = Signal()

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host)
        self.host = host
        self.window = host.window
        self.dialog: MyPageDialog | None = None
        self.section: PageStatsSection | None = None
        self.page: ResponderPageOut | None = None
        self.price_fen: int | None = None
        self._marks: dict[str, QLabel] = {}
        self.action = QAction(self.tr("&My page…"), self.window)
        self.action.setObjectName("actionMyPage")
        self.window.add_menu_action("account", self.action)
        self.action.triggered.connect(lambda: self.host.session.spawn(self.open_editor()))
        host.add_statistics_section(self._build_section)
        host.sig_statistics_shown.connect(
            lambda: self.host.session.spawn(self.refresh_stats()))
        self.window.sig_conversation_opened.connect(self._on_opened)
        self.window.sig_conversation_closed.connect(lambda cid: self._marks.pop(cid, None))
        host.events.sig_conversation_offered.connect(self._on_summary)

    @property
    def _api(self) -> PageApi | None:
        api = self.host.session.api
        return PageApi(api) if api is not None and api.tokens is not None else None

    # ---- "via your page" ----------------------------------------------------------------

    def via_page_text(self, conversation_id: str) -> str:
        label = self._marks.get(conversation_id)
        return label.text() if label is not None and not label.isHidden() else ""

    def _on_opened(self, conversation_id: str) -> None:
        tab = self.host.chat_tab(conversation_id)
        if tab is None or conversation_id in self._marks:
            return
        label = QLabel(self.tr("via your page"), tab)
        label.setObjectName("viaPageLabel")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(self.tr("This client paid for a chat with you from your page."))
        label.setVisible(tab.summary.via_page)
        tab.add_title_widget(label)
        self._marks[conversation_id] = label

    def _on_summary(self, summary: ConversationSummary) -> None:
        label = self._marks.get(summary.id)
        if label is not None:
            label.setVisible(summary.via_page)

    # ---- the editor ---------------------------------------------------------------------

    async def open_editor(self) -> MyPageDialog | None:
        api = self._api
        if api is None:
            return None
        from responder_app.features.responder_page.page_dialog import MyPageDialog

        if self.dialog is None:
            profile = self.host.session.profile
            name = (profile.client_name or profile.display_name) if profile else ""
            dialog = MyPageDialog(name, api.server_url, self.window)
            dialog.sig_save.connect(lambda: self.host.session.spawn(self.save()))
            dialog.sig_copy.connect(self._copy)
            dialog.sig_save_qr.connect(lambda: self._ask_and_save("qr"))
            dialog.sig_save_share.connect(lambda: self._ask_and_save("share"))
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        try:
            self.page = await api.mine()
            rates = await api.rates()
        except ApiError as exc:
            self.dialog.show_status(exc.message)
            return self.dialog
        except asyncio.CancelledError:
            raise
        current = next(w for w in rates.card.windows if w.window == rates.current_window)
        self.price_fen = current.prices_fen.get(min(SESSION_LENGTHS_MINUTES))
        self.dialog.show_page(self.page)
        return self.dialog

    async def save(self) -> ResponderPageOut | None:
        api, dialog = self._api, self.dialog
        if api is None or dialog is None:
            return None
        try:
            wanted = dialog.page_in()
        except ValidationError as exc:
            handle = any(error.get("loc", ())[:1] == ("handle",) for error in exc.errors())
            dialog.show_status(
                self.tr("The address is 3 to 32 letters a-z, digits or dashes, starting "
                        "with a letter.") if handle else
                self.tr("Please shorten the page: the introduction is at most 600 "
                        "characters, and at most 8 topics of 20 characters each."))
            return None
        texts = [wanted.intro, *wanted.topics_like, *wanted.topics_avoid]
        contact = next((found for found in map(find_contact, texts) if found), None)
        if contact is not None:  # said before asking: the server refuses it too
            dialog.show_status(self._contact_refused(contact))
            return None
        try:
            saved = await api.save(wanted)
        except ApiError as exc:
            dialog.show_status(self._refusal(exc))
            return None
        except asyncio.CancelledError:
            raise
        self.page = saved
        dialog.show_page(saved)
        dialog.show_status(self.tr("Saved. Your page: %1").replace("%1", dialog.address()))
        self.sig_saved.emit()
        return saved

    def _contact_refused(self, contact: str) -> str:
        return self.tr("Your page may not carry contact details (“%1”): clients reach you "
                       "through the platform, where payment and safety hold.").replace(
            "%1", contact)

    def _refusal(self, exc: ApiError) -> str:
        if exc.slug == "page-text-refused":
            return self.tr("Your page has a phrase the platform does not allow. Please change "
                           "the wording and save again.")
        if exc.slug == "page-handle-taken":
            return self.tr("Another responder already uses this address. Please choose "
                           "another.")
        return exc.message

    def _copy(self) -> None:
        if self.dialog is not None and self.dialog.address():
            QGuiApplication.clipboard().setText(self.dialog.address())
            self.dialog.show_status(self.tr("Address copied."))

    def _ask_and_save(self, kind: str) -> None:
        if self.dialog is None or self.page is None:
            return
        pictures = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation)
        folder = pictures if pictures and Path(pictures).is_dir() else str(Path.home())
        name = f"{self.page.handle}-{'qr' if kind == 'qr' else 'share'}.png"
        path, _filter = QFileDialog.getSaveFileName(
            self.dialog, self.tr("Save the QR code") if kind == "qr"
            else self.tr("Save the share image"), str(Path(folder) / name),
            self.tr("PNG images (*.png)"))
        if path:
            if not path.lower().endswith(".png"):  # the format follows the name
                path += ".png"
            if kind == "qr":
                self.save_qr(Path(path))
            else:
                self.save_share_image(Path(path))

    def _written(self, ok: bool, path: Path) -> bool:
        if self.dialog is not None:
            self.dialog.show_status(self.tr("Saved %1").replace("%1", str(path)) if ok
                                    else self.tr("Could not write %1").replace("%1", str(path)))
        return ok

    def save_qr(self, path: Path) -> bool:
        from responder_app.features.responder_page.share_image import qr_image

        if self.dialog is None or self.page is None:
            return False
        return self._written(qr_image(self.dialog.address()).save(str(path)), path)

    def save_share_image(self, path: Path) -> bool:
        from responder_app.features.responder_page.share_image import first_line, share_image

        dialog, page = self.dialog, self.page
        if dialog is None or page is None:
            return False
        price = (self.tr("%1 for %2 minutes")
                 .replace("%1", locale_format.money(self.price_fen))
                 .replace("%2", str(min(SESSION_LENGTHS_MINUTES)))
                 if self.price_fen is not None else "")
        image = share_image(dialog.address(), dialog.client_name, first_line(page.intro),
                            price, self.tr("Someone is listening"),
                            self.tr("Scan to talk with me"))
        return self._written(image.save(str(path)), path)

    # ---- the statistics window ----------------------------------------------------------

    def _build_section(self, parent: QWidget) -> QWidget:
        from responder_app.features.responder_page.stats_section import PageStatsSection

        self.section = PageStatsSection(parent)
        return self.section

    async def refresh_stats(self) -> None:
        api, section = self._api, self.section
        if api is None or section is None:
            return
        try:
            if await api.mine() is None:
                section.show_none()
                return
            stats = await api.stats()
        except ApiError as exc:
            section.show_error(exc.message)
            return
        except asyncio.CancelledError:
            raise
        section.show_stats(stats)
        self.sig_stats_shown.emit()
