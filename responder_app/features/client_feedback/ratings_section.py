"""Client ratings in the statistics panel: average, per-star counts and recent comments.
Everything a client wrote is shown as plain text (list items are never rich text)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem, QWidget

from responder_app.ui import locale_format
from responder_app.ui.ui_ratings_section import Ui_RatingsSection
from responder_wire.client_feedback import RatingOut, RatingsStats

__all__ = ["RatingsSection", "stars_text"]


def stars_text(stars: int) -> str:
    stars = max(0, min(5, stars))
    return "★" * stars + "☆" * (5 - stars)


class RatingsSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RatingsSection()
        self.ui.setupUi(self)
        self.ui.recentList.setAccessibleName(self.tr("Recent ratings"))
        self.stats: RatingsStats | None = None
        self.show_loading()

    def show_loading(self) -> None:
        if self.stats is None:
            self.ui.averageLabel.setText(self.tr("Loading ratings…"))
            self.ui.breakdownLabel.clear()

    def show_error(self, message: str) -> None:
        self.ui.averageLabel.setText(message)

    def show_ratings(self, stats: RatingsStats) -> None:
        self.stats = stats
        if stats.count == 0 or stats.average is None:
            self.ui.averageLabel.setText(self.tr("No ratings yet."))
        else:
            self.ui.averageLabel.setText(
                self.tr("%1 average from %n rating(s)", "", stats.count)
                .replace("%1", f"{locale_format.rating(stats.average)} ★"))
        self.ui.breakdownLabel.setText("   ".join(
            f"{stars}★ {stats.by_stars[stars - 1]}" for stars in range(5, 0, -1)))
        self.ui.recentList.clear()
        for rating in stats.recent:
            self.ui.recentList.addItem(self._item(rating))

    def _item(self, rating: RatingOut) -> QListWidgetItem:
        text = f"{stars_text(rating.stars)}  {rating.alias}"
        if rating.comment:
            text += f"\n{rating.comment}"
        return QListWidgetItem(text)

    def recent_texts(self) -> list[str]:
        """What each recent-ratings row says (for tests)."""
        return [self.ui.recentList.item(i).text() for i in range(self.ui.recentList.count())]
