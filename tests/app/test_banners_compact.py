"""Banners stack compactly (issue 28): the crisis card and the abuse banner take one line
each (expandable), never push the newest message out of view, and the timeline keeps
following the newest message unless the responder scrolled up."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.features.safety.abuse_banner import AbuseBanner
from responder_app.features.safety.catalog import Catalog
from responder_app.features.safety.handoff_card import HandoffCard
from responder_app.services.server_clock import ServerClock
from responder_app.ui.chat_tab import BANNERS_SHARE, ChatTab
from responder_wire.models import SenderRole

from .conftest import message, summary


def _chat(qtbot: QtBot, clock: ServerClock) -> tuple[ChatTab, HandoffCard, AbuseBanner]:
    tab = ChatTab(summary(alias="小雨"), clock)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    for i in range(30):
        tab.add_message(message(f"第{i}条：最近工作压力很大，每天都加班到很晚。",
                                sender=SenderRole.RESPONDER if i % 2 else SenderRole.CLIENT))
    card = HandoffCard(tab.conversation_id, tab)
    banner = AbuseBanner(tab.conversation_id, tab)
    catalog = Catalog()
    card.show_match("suicide", "自杀", "CN", catalog.hotlines("CN"), "zh_CN")
    tab.add_banner(card, first=True)
    banner.show_count("小雨", 3)
    tab.add_banner(banner)
    QApplication.processEvents()
    return tab, card, banner


def _newest_visible(tab: ChatTab) -> bool:
    view = tab.ui.timeline
    view.doItemsLayout()
    last = tab.model.index(tab.model.rowCount() - 1, 0)
    rect = view.visualRect(last)
    return rect.isValid() and view.viewport().rect().contains(rect)


def test_the_crisis_card_and_abuse_banner_leave_the_newest_message_in_view(
        qtbot: QtBot, clock: ServerClock) -> None:
    tab, card, banner = _chat(qtbot, clock)
    assert card.isVisible() and banner.isVisible()
    line = card.ui.titleLabel.fontMetrics().height()
    assert card.height() < 3 * line + 20 and banner.height() < 3 * line + 20  # one line
    stack = tab.ui.bannerStack
    assert stack.itemAt(0).widget() is card  # the crisis card first
    assert _newest_visible(tab)
    assert card.ui.titleLabel.accessibleName() == "This client may be thinking of suicide"
    assert not card.ui.hotlinesLabel.isVisible()  # behind the toggle, one click away
    card.ui.detailsButton.click()  # expanded: the hotlines show, the banners scroll
    QApplication.processEvents()
    QApplication.processEvents()
    assert card.ui.hotlinesLabel.isVisible()
    assert tab.ui.bannerArea.height() <= int(tab.ui.chatPane.height() * BANNERS_SHARE)
    assert _newest_visible(tab)


def test_the_timeline_follows_a_new_message_unless_scrolled_up(
        qtbot: QtBot, clock: ServerClock) -> None:
    tab, _card, _banner = _chat(qtbot, clock)
    tab.add_message(message("新消息一"))
    assert _newest_visible(tab)
    bar = tab.ui.timeline.verticalScrollBar()
    bar.setValue(bar.minimum() + 40)  # the responder scrolled up to read
    assert not tab.following
    tab.add_message(message("新消息二"))
    assert not _newest_visible(tab)  # left where they were reading
    assert bar.value() == bar.minimum() + 40
    bar.setValue(bar.maximum())  # back at the bottom: following again
    tab.add_message(message("新消息三"))
    assert _newest_visible(tab)
