"""Account ▸ My page: the page in the responder's own words with a live preview of what
clients see (plain text only: nothing is read as markup), Save, Copy address, and the QR
code and share image saved as PNG. The feature does the calls; this is the form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from responder_app.services.i18n import isolate
from responder_app.ui.ui_my_page_dialog import Ui_MyPageDialog
from responder_wire.responder_page import ResponderPageIn, ResponderPageOut

__all__ = ["MyPageDialog", "split_topics"]


def split_topics(text: str) -> list[str]:
    """"工作，感情、家庭, work" → ["工作", "感情", "家庭", "work"]."""
    for comma in "，、;；":
        text = text.replace(comma, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


class MyPageDialog(QDialog):
    sig_save = Signal()
    sig_save_qr = Signal()
    sig_save_share = Signal()
    sig_copy = Signal()

    def __init__(self, client_name: str, server_url: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ui = Ui_MyPageDialog()
        self.ui.setupUi(self)
        self.client_name = client_name
        self.server_url = server_url.rstrip("/")
        self.saved: ResponderPageOut | None = None
        u = self.ui
        u.zhCheck.setChecked(True)
        name_font = u.previewName.font()  # the name leads, as on the page
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.4)
        u.previewName.setFont(name_font)
        for edit in (u.handleEdit, u.likeEdit, u.avoidEdit):
            edit.textChanged.connect(self.update_preview)
        u.introEdit.textChanged.connect(self.update_preview)
        u.saveButton.clicked.connect(self.sig_save)
        u.qrButton.clicked.connect(self.sig_save_qr)
        u.shareButton.clicked.connect(self.sig_save_share)
        u.copyButton.clicked.connect(self.sig_copy)
        u.closeButton.clicked.connect(self.reject)
        self.update_preview()

    def show_page(self, page: ResponderPageOut | None) -> None:
        u = self.ui
        self.saved = page
        if page is not None:
            u.handleEdit.setText(page.handle)
            u.introEdit.setPlainText(page.intro)
            u.likeEdit.setText(", ".join(page.topics_like))
            u.avoidEdit.setText(", ".join(page.topics_avoid))
            u.zhCheck.setChecked("zh_CN" in page.languages)
            u.enCheck.setChecked("en" in page.languages)
            u.viCheck.setChecked("vi" in page.languages)
            if page.hidden:
                self.show_status(self.tr("The operator has hidden your page: clients who "
                                         "open it are told there is no such page."))
        self.update_preview()

    def languages(self) -> list[str]:
        u = self.ui
        chosen = [code for code, box in (("zh_CN", u.zhCheck), ("en", u.enCheck),
                                         ("vi", u.viCheck)) if box.isChecked()]
        return chosen or ["zh_CN"]

    def page_in(self) -> ResponderPageIn:
        """What the form says, checked as the server checks it (ValueError in words)."""
        u = self.ui
        return ResponderPageIn(handle=u.handleEdit.text().strip().lower(),
                               intro=u.introEdit.toPlainText(),
                               topics_like=split_topics(u.likeEdit.text()),
                               topics_avoid=split_topics(u.avoidEdit.text()),
                               languages=self.languages())

    def address(self) -> str:
        handle = self.saved.handle if self.saved is not None else \
            self.ui.handleEdit.text().strip().lower()
        return f"{self.server_url}/r/{handle}" if handle else ""

    def update_preview(self) -> None:
        u = self.ui
        u.previewName.setText(self.client_name)
        u.previewIntro.setText(u.introEdit.toPlainText().strip()
                               or self.tr("(Nothing about you yet)"))
        like, avoid = split_topics(u.likeEdit.text()), split_topics(u.avoidEdit.text())
        lines = []
        if like:
            lines.append(self.tr("Likes to talk about: %1").replace("%1", isolate(", ".join(like))))
        if avoid:
            lines.append(self.tr("Would rather not: %1").replace("%1", isolate(", ".join(avoid))))
        u.previewTopics.setText("\n".join(lines))
        handle = u.handleEdit.text().strip().lower()
        u.previewAddress.setText(f"{self.server_url}/r/{handle}" if handle else "")
        saved = self.saved is not None
        for button in (u.qrButton, u.shareButton, u.copyButton):
            button.setEnabled(saved)

    def show_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
