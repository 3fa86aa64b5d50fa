# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'page_stats_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PageStatsSection(object):
    def setupUi(self, PageStatsSection):
        if not PageStatsSection.objectName():
            PageStatsSection.setObjectName(u"PageStatsSection")
        PageStatsSection.resize(560, 220)
        self.pageStatsLayout = QVBoxLayout(PageStatsSection)
        self.pageStatsLayout.setObjectName(u"pageStatsLayout")
        self.pageStatsLayout.setContentsMargins(0, -1, 0, -1)
        self.pageStatsTitle = QLabel(PageStatsSection)
        self.pageStatsTitle.setObjectName(u"pageStatsTitle")
        self.pageStatsTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.pageStatsLayout.addWidget(self.pageStatsTitle)

        self.pageStatsStatus = QLabel(PageStatsSection)
        self.pageStatsStatus.setObjectName(u"pageStatsStatus")
        self.pageStatsStatus.setTextFormat(Qt.TextFormat.PlainText)
        self.pageStatsStatus.setWordWrap(True)

        self.pageStatsLayout.addWidget(self.pageStatsStatus)

        self.weeksTable = QTableWidget(PageStatsSection)
        self.weeksTable.setObjectName(u"weeksTable")
        self.weeksTable.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.weeksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weeksTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.weeksTable.setMinimumSize(QSize(0, 120))

        self.pageStatsLayout.addWidget(self.weeksTable)


        self.retranslateUi(PageStatsSection)

        QMetaObject.connectSlotsByName(PageStatsSection)
    # setupUi

    def retranslateUi(self, PageStatsSection):
        self.pageStatsTitle.setText(QCoreApplication.translate("PageStatsSection", u"Your page", None))
        pass
    # retranslateUi

