# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'chat_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QListView, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_ChatTab(object):
    def setupUi(self, ChatTab):
        if not ChatTab.objectName():
            ChatTab.setObjectName(u"ChatTab")
        ChatTab.resize(720, 560)
        self.splitterLayout = QHBoxLayout(ChatTab)
        self.splitterLayout.setSpacing(0)
        self.splitterLayout.setObjectName(u"splitterLayout")
        self.splitterLayout.setContentsMargins(0, 0, 0, 0)
        self.notesSplitter = QSplitter(ChatTab)
        self.notesSplitter.setObjectName(u"notesSplitter")
        self.notesSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.notesSplitter.setChildrenCollapsible(False)
        self.chatPane = QWidget(self.notesSplitter)
        self.chatPane.setObjectName(u"chatPane")
        self.chatLayout = QVBoxLayout(self.chatPane)
        self.chatLayout.setSpacing(0)
        self.chatLayout.setObjectName(u"chatLayout")
        self.chatLayout.setContentsMargins(0, 0, 0, 0)
        self.header = QFrame(self.chatPane)
        self.header.setObjectName(u"header")
        self.headerLayout = QHBoxLayout(self.header)
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(18, 10, 18, 10)
        self.avatarLabel = QLabel(self.header)
        self.avatarLabel.setObjectName(u"avatarLabel")
        self.avatarLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.avatarLabel.setMinimumSize(QSize(40, 40))
        self.avatarLabel.setMaximumSize(QSize(40, 40))
        self.avatarLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerLayout.addWidget(self.avatarLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.aliasLabel = QLabel(self.header)
        self.aliasLabel.setObjectName(u"aliasLabel")
        self.aliasLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleLayout.addWidget(self.aliasLabel)

        self.topicLabel = QLabel(self.header)
        self.topicLabel.setObjectName(u"topicLabel")
        self.topicLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleLayout.addWidget(self.topicLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.timerLayout = QVBoxLayout()
        self.timerLayout.setSpacing(2)
        self.timerLayout.setObjectName(u"timerLayout")
        self.sessionLabel = QLabel(self.header)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.sessionLabel.setWordWrap(True)
        self.sessionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.timerLayout.addWidget(self.sessionLabel)

        self.waitingLabel = QLabel(self.header)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.waitingLabel.setWordWrap(True)
        self.waitingLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.timerLayout.addWidget(self.waitingLabel)


        self.headerLayout.addLayout(self.timerLayout)

        self.wrapUpButton = QPushButton(self.header)
        self.wrapUpButton.setObjectName(u"wrapUpButton")
        self.wrapUpButton.setAutoDefault(False)
        self.wrapUpButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.headerLayout.addWidget(self.wrapUpButton)


        self.chatLayout.addWidget(self.header)

        self.bannerArea = QScrollArea(self.chatPane)
        self.bannerArea.setObjectName(u"bannerArea")
        self.bannerArea.setFrameShape(QFrame.Shape.NoFrame)
        self.bannerArea.setWidgetResizable(True)
        self.bannerArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bannerHost = QWidget()
        self.bannerHost.setObjectName(u"bannerHost")
        self.bannerStack = QVBoxLayout(self.bannerHost)
        self.bannerStack.setSpacing(4)
        self.bannerStack.setObjectName(u"bannerStack")
        self.bannerStack.setContentsMargins(8, 4, 8, 4)
        self.bannerArea.setWidget(self.bannerHost)

        self.chatLayout.addWidget(self.bannerArea)

        self.endedBanner = QFrame(self.chatPane)
        self.endedBanner.setObjectName(u"endedBanner")
        self.bannerLayout = QHBoxLayout(self.endedBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(18, 8, 18, 8)
        self.endedLabel = QLabel(self.endedBanner)
        self.endedLabel.setObjectName(u"endedLabel")
        self.endedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.endedLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.endedLabel)

        self.bannerSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bannerLayout.addItem(self.bannerSpacer)

        self.bannerWrapUpButton = QPushButton(self.endedBanner)
        self.bannerWrapUpButton.setObjectName(u"bannerWrapUpButton")
        self.bannerWrapUpButton.setAutoDefault(False)

        self.bannerLayout.addWidget(self.bannerWrapUpButton)

        self.bannerLayout.setStretch(0, 1)

        self.chatLayout.addWidget(self.endedBanner)

        self.errorLabel = QLabel(self.chatPane)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.chatLayout.addWidget(self.errorLabel)

        self.composerSplitter = QSplitter(self.chatPane)
        self.composerSplitter.setObjectName(u"composerSplitter")
        self.composerSplitter.setOrientation(Qt.Orientation.Vertical)
        self.composerSplitter.setChildrenCollapsible(False)
        self.composerSplitter.setHandleWidth(5)
        self.timeline = QListView(self.composerSplitter)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setWordWrap(True)
        self.composerSplitter.addWidget(self.timeline)
        self.composerFrame = QFrame(self.composerSplitter)
        self.composerFrame.setObjectName(u"composerFrame")
        self.composerOuter = QVBoxLayout(self.composerFrame)
        self.composerOuter.setSpacing(4)
        self.composerOuter.setObjectName(u"composerOuter")
        self.composerOuter.setContentsMargins(16, 10, 16, 8)
        self.composerRow = QHBoxLayout()
        self.composerRow.setSpacing(10)
        self.composerRow.setObjectName(u"composerRow")
        self.composer = QPlainTextEdit(self.composerFrame)
        self.composer.setObjectName(u"composer")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.composer.sizePolicy().hasHeightForWidth())
        self.composer.setSizePolicy(sizePolicy)
        self.composer.setMinimumSize(QSize(0, 44))
        self.composer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.composer.setTabChangesFocus(True)

        self.composerRow.addWidget(self.composer)

        self.sendButton = QPushButton(self.composerFrame)
        self.sendButton.setObjectName(u"sendButton")
        self.sendButton.setAutoDefault(False)
        self.sendButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.composerRow.addWidget(self.sendButton, 0, Qt.AlignmentFlag.AlignBottom)


        self.composerOuter.addLayout(self.composerRow)

        self.hintLabel = QLabel(self.composerFrame)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.composerOuter.addWidget(self.hintLabel)

        self.composerSplitter.addWidget(self.composerFrame)

        self.chatLayout.addWidget(self.composerSplitter)

        self.chatLayout.setStretch(4, 1)
        self.notesSplitter.addWidget(self.chatPane)
        self.notesHost = QWidget(self.notesSplitter)
        self.notesHost.setObjectName(u"notesHost")
        self.notesHostLayout = QVBoxLayout(self.notesHost)
        self.notesHostLayout.setSpacing(0)
        self.notesHostLayout.setObjectName(u"notesHostLayout")
        self.notesHostLayout.setContentsMargins(0, 0, 0, 0)
        self.notesSplitter.addWidget(self.notesHost)

        self.splitterLayout.addWidget(self.notesSplitter)


        self.retranslateUi(ChatTab)

        QMetaObject.connectSlotsByName(ChatTab)
    # setupUi

    def retranslateUi(self, ChatTab):
        self.wrapUpButton.setText(QCoreApplication.translate("ChatTab", u"Wrap up", None))
        self.bannerWrapUpButton.setText(QCoreApplication.translate("ChatTab", u"Wrap up", None))
        self.composer.setPlaceholderText(QCoreApplication.translate("ChatTab", u"Write a reply\u2026", None))
        self.sendButton.setText(QCoreApplication.translate("ChatTab", u"Send", None))
        self.hintLabel.setText(QCoreApplication.translate("ChatTab", u"Enter to send \u00b7 Shift+Enter for a new line", None))
        pass
    # retranslateUi

