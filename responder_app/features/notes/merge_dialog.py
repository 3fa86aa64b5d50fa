"""Both versions of a client's notes side by side, and the merged notes to save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from responder_app.features.notes.drafts import NoteFields
from responder_app.features.notes.sync import parse_tags, suggest_merge
from responder_app.ui.ui_merge_dialog import Ui_MergeDialog

__all__ = ["MergeDialog"]


class MergeDialog(QDialog):
    def __init__(self, mine: NoteFields, theirs: NoteFields,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.ui.mineText.setPlainText(self._describe(mine))
        self.ui.theirsText.setPlainText(self._describe(theirs))
        merged = suggest_merge(mine, theirs)
        self.ui.callMeEdit.setText(merged.call_me)
        self.ui.avoidEdit.setText(merged.avoid)
        self.ui.tagsEdit.setText(", ".join(merged.tags))
        self.ui.mergedText.setPlainText(merged.text)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save merged notes"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _describe(self, fields: NoteFields) -> str:
        lines = [
            self.tr("Call them: %1").replace("%1", fields.call_me),
            self.tr("Avoid: %1").replace("%1", fields.avoid),
            self.tr("Tags: %1").replace("%1", ", ".join(fields.tags)),
            "",
            fields.text,
        ]
        return "\n".join(lines)

    def merged(self) -> NoteFields:
        return NoteFields(text=self.ui.mergedText.toPlainText(),
                          tags=parse_tags(self.ui.tagsEdit.text()),
                          call_me=self.ui.callMeEdit.text(), avoid=self.ui.avoidEdit.text())
