"""The crisis handoff card: raised in a chat when a client's message matches a crisis
phrase. It says what matched, what to do (plainly, calmly) and which hotlines fit the
client's region, and offers to share them with the client or flag the chat for a
supervisor. Nothing is sent by itself: every button is the responder's choice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from responder_app.features.safety.catalog import localized
from responder_app.ui.key_guard import guard_from_space
from responder_app.ui.one_line import OneLine
from responder_app.ui.ui_handoff_card import Ui_HandoffCard
from responder_wire.safety import CrisisCategory, SupportResource

__all__ = ["HandoffCard"]


class HandoffCard(QFrame):
    sig_share_requested = Signal(str)  # conversation_id
    sig_flag_requested = Signal(str)  # conversation_id
    sig_dismissed = Signal(str)  # conversation_id

    def __init__(self, conversation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoffCard()
        self.ui.setupUi(self)
        self.conversation_id = conversation_id
        self.category = ""
        self.matched = ""
        self.region = ""
        self.shared = False
        self.flagged = False
        self.ui.statusLabel.hide()
        # one line (the title) until expanded: the chat's newest message stays in sight
        self.line = OneLine(self.ui.titleLabel, self.ui.detailsButton, self.ui.detailsFrame)
        # a space typed into the window neither sends the hotlines nor hides the card
        guard_from_space(self.ui.shareButton, self.ui.flagButton, self.ui.dismissButton)
        self.ui.shareButton.clicked.connect(
            lambda: self.sig_share_requested.emit(self.conversation_id))
        self.ui.flagButton.clicked.connect(
            lambda: self.sig_flag_requested.emit(self.conversation_id))
        self.ui.dismissButton.clicked.connect(self._dismiss)

    # ---- what it shows ------------------------------------------------------------------

    def category_title(self, category: str) -> str:
        titles = {
            CrisisCategory.SUICIDE.value: self.tr("This client may be thinking of suicide"),
            CrisisCategory.SELF_HARM.value: self.tr("This client may be hurting themselves"),
            CrisisCategory.VIOLENCE.value: self.tr("Someone may be in danger of violence"),
            CrisisCategory.DOMESTIC_ABUSE.value: self.tr(
                "This client may be facing abuse at home"),
        }
        return titles.get(category, self.tr("This client may be in crisis"))

    def guidance(self, category: str) -> str:
        if category == CrisisCategory.VIOLENCE.value:
            return self.tr(
                "Stay calm and keep listening. Ask whether anyone is in danger right now. "
                "If someone is, encourage them to call the police now. You don't have to "
                "handle this alone: flag it for a supervisor.")
        if category == CrisisCategory.DOMESTIC_ABUSE.value:
            return self.tr(
                "Stay calm and keep listening. Ask whether they are safe where they are "
                "now. Share the numbers below; if they are in danger now, encourage them "
                "to call the police. You don't have to handle this alone: flag it for a "
                "supervisor.")
        return self.tr(
            "Stay with them and keep talking gently. It's all right to ask plainly whether "
            "they are safe right now. Share the numbers below; if they are in danger now, "
            "encourage them to call the emergency number. You don't have to handle this "
            "alone: flag it for a supervisor.")

    def region_name(self, region: str) -> str:
        names = {"CN": self.tr("mainland China"), "VN": self.tr("Viet Nam"),
                 "other": self.tr("anywhere else")}
        return names.get(region, region)

    def show_match(self, category: str, matched: str, region: str,
                   hotlines: list[SupportResource], language: str) -> None:
        """A (new) match in this chat: the card shows the latest one."""
        self.category, self.matched, self.region = category, matched, region
        ui = self.ui
        self.line.set_text(self.category_title(category))
        ui.matchedLabel.setText(self.tr("Their message contains “%1”.").replace("%1", matched))
        ui.guidanceLabel.setText(self.guidance(category))
        ui.hotlinesTitleLabel.setText(
            self.tr("Hotlines for %1").replace("%1", self.region_name(region)))
        lines = []
        for r in hotlines:
            name = localized(r.name, language)
            if r.number not in name:  # most names say their number already
                name = f"{r.number} · {name}"
            lines.append(f"{name} — {localized(r.description, language)}")
        ui.hotlinesLabel.setText("\n".join(lines) or self.tr("No hotlines are listed."))
        ui.shareButton.setEnabled(bool(hotlines) and not self.shared)
        self.show()

    @property
    def title(self) -> str:
        return self.line.text()

    def hotlines_text(self) -> str:
        return self.ui.hotlinesLabel.text()

    # ---- results of the buttons ---------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.ui.shareButton.setEnabled(not busy and not self.shared)
        self.ui.flagButton.setEnabled(not busy and not self.flagged)

    def set_shared(self) -> None:
        self.shared = True
        self.ui.shareButton.setEnabled(False)
        self.ui.shareButton.setText(self.tr("Shared with the client ✓"))

    def set_flagged(self) -> None:
        self.flagged = True
        self.ui.flagButton.setEnabled(False)
        self.ui.flagButton.setText(self.tr("Flagged for a supervisor ✓"))

    def show_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    def _dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit(self.conversation_id)
