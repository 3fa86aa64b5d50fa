# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QLabel,
    QListView, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionGoOnline = QAction(MainWindow)
        self.actionGoOnline.setObjectName(u"actionGoOnline")
        self.actionGoAway = QAction(MainWindow)
        self.actionGoAway.setObjectName(u"actionGoAway")
        self.actionSignOut = QAction(MainWindow)
        self.actionSignOut.setObjectName(u"actionSignOut")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionLanguageSystem = QAction(MainWindow)
        self.actionLanguageSystem.setObjectName(u"actionLanguageSystem")
        self.actionLanguageSystem.setCheckable(True)
        self.actionLanguageChinese = QAction(MainWindow)
        self.actionLanguageChinese.setObjectName(u"actionLanguageChinese")
        self.actionLanguageChinese.setCheckable(True)
        self.actionLanguageChinese.setText(u"\u7b80\u4f53\u4e2d\u6587")
        self.actionLanguageVietnamese = QAction(MainWindow)
        self.actionLanguageVietnamese.setObjectName(u"actionLanguageVietnamese")
        self.actionLanguageVietnamese.setCheckable(True)
        self.actionLanguageVietnamese.setText(u"Ti\u1ebfng Vi\u1ec7t")
        self.actionLanguageEnglish = QAction(MainWindow)
        self.actionLanguageEnglish.setObjectName(u"actionLanguageEnglish")
        self.actionLanguageEnglish.setCheckable(True)
        self.actionLanguageEnglish.setText(u"English")
        self.actionNextTab = QAction(MainWindow)
        self.actionNextTab.setObjectName(u"actionNextTab")
        self.actionPreviousTab = QAction(MainWindow)
        self.actionPreviousTab.setObjectName(u"actionPreviousTab")
        self.actionWrapUp = QAction(MainWindow)
        self.actionWrapUp.setObjectName(u"actionWrapUp")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self.centralwidget)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(10)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyIcon = QLabel(self.emptyPage)
        self.emptyIcon.setObjectName(u"emptyIcon")
        self.emptyIcon.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyIcon.setMinimumSize(QSize(72, 72))
        self.emptyIcon.setMaximumSize(QSize(72, 72))
        self.emptyIcon.setScaledContents(True)

        self.emptyLayout.addWidget(self.emptyIcon, 0, Qt.AlignmentFlag.AlignHCenter)

        self.emptyTitle = QLabel(self.emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyTitle.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setTextFormat(Qt.TextFormat.PlainText)
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.emptyBottomSpacer = QSpacerItem(0, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)

        self.stack.addWidget(self.emptyPage)
        self.inboxPage = QWidget()
        self.inboxPage.setObjectName(u"inboxPage")
        self.inboxLayout = QVBoxLayout(self.inboxPage)
        self.inboxLayout.setSpacing(0)
        self.inboxLayout.setObjectName(u"inboxLayout")
        self.inboxLayout.setContentsMargins(0, 0, 0, 0)
        self.inboxSplitter = QSplitter(self.inboxPage)
        self.inboxSplitter.setObjectName(u"inboxSplitter")
        self.inboxSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.inboxSplitter.setChildrenCollapsible(False)
        self.inboxSplitter.setHandleWidth(1)
        self.conversationList = QListView(self.inboxSplitter)
        self.conversationList.setObjectName(u"conversationList")
        self.conversationList.setMinimumSize(QSize(60, 0))
        self.conversationList.setFrameShape(QFrame.Shape.NoFrame)
        self.conversationList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversationList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conversationList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conversationList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.conversationList.setMouseTracking(True)
        self.conversationList.setUniformItemSizes(False)
        self.inboxSplitter.addWidget(self.conversationList)
        self.tabs = QStackedWidget(self.inboxSplitter)
        self.tabs.setObjectName(u"tabs")
        self.inboxSplitter.addWidget(self.tabs)

        self.inboxLayout.addWidget(self.inboxSplitter)

        self.stack.addWidget(self.inboxPage)

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.accountMenu = QMenu(self.menubar)
        self.accountMenu.setObjectName(u"accountMenu")
        self.languageMenu = QMenu(self.accountMenu)
        self.languageMenu.setObjectName(u"languageMenu")
        self.chatMenu = QMenu(self.menubar)
        self.chatMenu.setObjectName(u"chatMenu")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        self.statusbar.setSizeGripEnabled(False)
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.accountMenu.menuAction())
        self.menubar.addAction(self.chatMenu.menuAction())
        self.accountMenu.addAction(self.actionGoOnline)
        self.accountMenu.addAction(self.actionGoAway)
        self.accountMenu.addSeparator()
        self.accountMenu.addAction(self.languageMenu.menuAction())
        self.accountMenu.addSeparator()
        self.accountMenu.addAction(self.actionSignOut)
        self.accountMenu.addSeparator()
        self.accountMenu.addAction(self.actionQuit)
        self.languageMenu.addAction(self.actionLanguageSystem)
        self.languageMenu.addSeparator()
        self.languageMenu.addAction(self.actionLanguageChinese)
        self.languageMenu.addAction(self.actionLanguageVietnamese)
        self.languageMenu.addAction(self.actionLanguageEnglish)
        self.chatMenu.addAction(self.actionNextTab)
        self.chatMenu.addAction(self.actionPreviousTab)
        self.chatMenu.addSeparator()
        self.chatMenu.addAction(self.actionWrapUp)

        self.retranslateUi(MainWindow)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Responder", None))
        self.actionGoOnline.setText(QCoreApplication.translate("MainWindow", u"Go &online", None))
        self.actionGoAway.setText(QCoreApplication.translate("MainWindow", u"Go &away", None))
        self.actionSignOut.setText(QCoreApplication.translate("MainWindow", u"Sign o&ut", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionLanguageSystem.setText(QCoreApplication.translate("MainWindow", u"Follow the &system", None))
        self.actionNextTab.setText(QCoreApplication.translate("MainWindow", u"Ne&xt chat", None))
#if QT_CONFIG(shortcut)
        self.actionNextTab.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Tab", None))
#endif // QT_CONFIG(shortcut)
        self.actionPreviousTab.setText(QCoreApplication.translate("MainWindow", u"&Previous chat", None))
#if QT_CONFIG(shortcut)
        self.actionPreviousTab.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+Tab", None))
#endif // QT_CONFIG(shortcut)
        self.actionWrapUp.setText(QCoreApplication.translate("MainWindow", u"Wrap &up this chat\u2026", None))
        self.emptyTitle.setText(QCoreApplication.translate("MainWindow", u"You're online. New clients will appear here.", None))
        self.emptyHint.setText(QCoreApplication.translate("MainWindow", u"Each client opens in its own tab. Take a breath \u2014 the next chat may start any second.", None))
        self.accountMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Account", None))
        self.languageMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.chatMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Chat", None))
    # retranslateUi

