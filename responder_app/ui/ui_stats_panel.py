# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stats_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StatsPanel(object):
    def setupUi(self, StatsPanel):
        if not StatsPanel.objectName():
            StatsPanel.setObjectName(u"StatsPanel")
        StatsPanel.resize(880, 640)
        self.statsLayout = QVBoxLayout(StatsPanel)
        self.statsLayout.setSpacing(10)
        self.statsLayout.setObjectName(u"statsLayout")
        self.titleLabel = QLabel(StatsPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.statsLayout.addWidget(self.titleLabel)

        self.figuresGrid = QGridLayout()
        self.figuresGrid.setObjectName(u"figuresGrid")
        self.figuresGrid.setHorizontalSpacing(18)
        self.todayHeader = QLabel(StatsPanel)
        self.todayHeader.setObjectName(u"todayHeader")
        self.todayHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayHeader, 0, 1, 1, 1)

        self.weekHeader = QLabel(StatsPanel)
        self.weekHeader.setObjectName(u"weekHeader")
        self.weekHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekHeader, 0, 2, 1, 1)

        self.medianCaption = QLabel(StatsPanel)
        self.medianCaption.setObjectName(u"medianCaption")
        self.medianCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.medianCaption, 1, 0, 1, 1)

        self.todayMedian = QLabel(StatsPanel)
        self.todayMedian.setObjectName(u"todayMedian")
        self.todayMedian.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayMedian, 1, 1, 1, 1)

        self.weekMedian = QLabel(StatsPanel)
        self.weekMedian.setObjectName(u"weekMedian")
        self.weekMedian.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekMedian, 1, 2, 1, 1)

        self.p90Caption = QLabel(StatsPanel)
        self.p90Caption.setObjectName(u"p90Caption")
        self.p90Caption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.p90Caption, 2, 0, 1, 1)

        self.todayP90 = QLabel(StatsPanel)
        self.todayP90.setObjectName(u"todayP90")
        self.todayP90.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayP90, 2, 1, 1, 1)

        self.weekP90 = QLabel(StatsPanel)
        self.weekP90.setObjectName(u"weekP90")
        self.weekP90.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekP90, 2, 2, 1, 1)

        self.clientsCaption = QLabel(StatsPanel)
        self.clientsCaption.setObjectName(u"clientsCaption")
        self.clientsCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.clientsCaption, 3, 0, 1, 1)

        self.todayClients = QLabel(StatsPanel)
        self.todayClients.setObjectName(u"todayClients")
        self.todayClients.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayClients, 3, 1, 1, 1)

        self.weekClients = QLabel(StatsPanel)
        self.weekClients.setObjectName(u"weekClients")
        self.weekClients.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekClients, 3, 2, 1, 1)

        self.within10Caption = QLabel(StatsPanel)
        self.within10Caption.setObjectName(u"within10Caption")
        self.within10Caption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.within10Caption, 4, 0, 1, 1)

        self.todayWithin10 = QLabel(StatsPanel)
        self.todayWithin10.setObjectName(u"todayWithin10")
        self.todayWithin10.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayWithin10, 4, 1, 1, 1)

        self.weekWithin10 = QLabel(StatsPanel)
        self.weekWithin10.setObjectName(u"weekWithin10")
        self.weekWithin10.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekWithin10, 4, 2, 1, 1)

        self.within30Caption = QLabel(StatsPanel)
        self.within30Caption.setObjectName(u"within30Caption")
        self.within30Caption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.within30Caption, 5, 0, 1, 1)

        self.todayWithin30 = QLabel(StatsPanel)
        self.todayWithin30.setObjectName(u"todayWithin30")
        self.todayWithin30.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayWithin30, 5, 1, 1, 1)

        self.weekWithin30 = QLabel(StatsPanel)
        self.weekWithin30.setObjectName(u"weekWithin30")
        self.weekWithin30.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekWithin30, 5, 2, 1, 1)

        self.reassignedCaption = QLabel(StatsPanel)
        self.reassignedCaption.setObjectName(u"reassignedCaption")
        self.reassignedCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.reassignedCaption, 6, 0, 1, 1)

        self.todayReassigned = QLabel(StatsPanel)
        self.todayReassigned.setObjectName(u"todayReassigned")
        self.todayReassigned.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayReassigned, 6, 1, 1, 1)

        self.weekReassigned = QLabel(StatsPanel)
        self.weekReassigned.setObjectName(u"weekReassigned")
        self.weekReassigned.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekReassigned, 6, 2, 1, 1)


        self.statsLayout.addLayout(self.figuresGrid)

        self.chartsLayout = QHBoxLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.histogramHost = QWidget(StatsPanel)
        self.histogramHost.setObjectName(u"histogramHost")
        self.histogramHost.setMinimumSize(QSize(300, 260))
        self.histogramLayout = QVBoxLayout(self.histogramHost)
        self.histogramLayout.setObjectName(u"histogramLayout")
        self.histogramLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsLayout.addWidget(self.histogramHost)

        self.trendHost = QWidget(StatsPanel)
        self.trendHost.setObjectName(u"trendHost")
        self.trendHost.setMinimumSize(QSize(300, 260))
        self.trendLayout = QVBoxLayout(self.trendHost)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(0, 0, 0, 0)

        self.chartsLayout.addWidget(self.trendHost)

        self.chartsLayout.setStretch(0, 3)
        self.chartsLayout.setStretch(1, 2)

        self.statsLayout.addLayout(self.chartsLayout)

        self.statusLabel = QLabel(StatsPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.statsLayout.addWidget(self.statusLabel)


        self.retranslateUi(StatsPanel)

        QMetaObject.connectSlotsByName(StatsPanel)
    # setupUi

    def retranslateUi(self, StatsPanel):
        StatsPanel.setWindowTitle(QCoreApplication.translate("StatsPanel", u"Reply speed", None))
        self.titleLabel.setText(QCoreApplication.translate("StatsPanel", u"How fast you answer", None))
        self.todayHeader.setText(QCoreApplication.translate("StatsPanel", u"Today", None))
        self.weekHeader.setText(QCoreApplication.translate("StatsPanel", u"This week", None))
        self.medianCaption.setText(QCoreApplication.translate("StatsPanel", u"Median first reply", None))
        self.p90Caption.setText(QCoreApplication.translate("StatsPanel", u"90% answered within", None))
        self.clientsCaption.setText(QCoreApplication.translate("StatsPanel", u"Clients", None))
        self.within10Caption.setText(QCoreApplication.translate("StatsPanel", u"Answered within 10 s", None))
        self.within30Caption.setText(QCoreApplication.translate("StatsPanel", u"Answered within 30 s", None))
        self.reassignedCaption.setText(QCoreApplication.translate("StatsPanel", u"Reassigned (no reply in time)", None))
    # retranslateUi

