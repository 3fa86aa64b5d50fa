# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'earnings_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QGridLayout, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_EarningsPanel(object):
    def setupUi(self, EarningsPanel):
        if not EarningsPanel.objectName():
            EarningsPanel.setObjectName(u"EarningsPanel")
        EarningsPanel.resize(760, 680)
        self.earningsLayout = QVBoxLayout(EarningsPanel)
        self.earningsLayout.setSpacing(10)
        self.earningsLayout.setObjectName(u"earningsLayout")
        self.titleLabel = QLabel(EarningsPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.earningsLayout.addWidget(self.titleLabel)

        self.rateLineLabel = QLabel(EarningsPanel)
        self.rateLineLabel.setObjectName(u"rateLineLabel")
        self.rateLineLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.earningsLayout.addWidget(self.rateLineLabel)

        self.figuresGrid = QGridLayout()
        self.figuresGrid.setObjectName(u"figuresGrid")
        self.figuresGrid.setHorizontalSpacing(18)
        self.todayHeader = QLabel(EarningsPanel)
        self.todayHeader.setObjectName(u"todayHeader")
        self.todayHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayHeader, 0, 1, 1, 1)

        self.weekHeader = QLabel(EarningsPanel)
        self.weekHeader.setObjectName(u"weekHeader")
        self.weekHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekHeader, 0, 2, 1, 1)

        self.monthHeader = QLabel(EarningsPanel)
        self.monthHeader.setObjectName(u"monthHeader")
        self.monthHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.monthHeader, 0, 3, 1, 1)

        self.netCaption = QLabel(EarningsPanel)
        self.netCaption.setObjectName(u"netCaption")
        self.netCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.netCaption, 1, 0, 1, 1)

        self.todayNet = QLabel(EarningsPanel)
        self.todayNet.setObjectName(u"todayNet")
        self.todayNet.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayNet, 1, 1, 1, 1)

        self.weekNet = QLabel(EarningsPanel)
        self.weekNet.setObjectName(u"weekNet")
        self.weekNet.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekNet, 1, 2, 1, 1)

        self.monthNet = QLabel(EarningsPanel)
        self.monthNet.setObjectName(u"monthNet")
        self.monthNet.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.monthNet, 1, 3, 1, 1)

        self.sessionsCaption = QLabel(EarningsPanel)
        self.sessionsCaption.setObjectName(u"sessionsCaption")
        self.sessionsCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.sessionsCaption, 2, 0, 1, 1)

        self.todaySessions = QLabel(EarningsPanel)
        self.todaySessions.setObjectName(u"todaySessions")
        self.todaySessions.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todaySessions, 2, 1, 1, 1)

        self.weekSessions = QLabel(EarningsPanel)
        self.weekSessions.setObjectName(u"weekSessions")
        self.weekSessions.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekSessions, 2, 2, 1, 1)

        self.monthSessions = QLabel(EarningsPanel)
        self.monthSessions.setObjectName(u"monthSessions")
        self.monthSessions.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.monthSessions, 2, 3, 1, 1)

        self.perHourCaption = QLabel(EarningsPanel)
        self.perHourCaption.setObjectName(u"perHourCaption")
        self.perHourCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.perHourCaption, 3, 0, 1, 1)

        self.todayPerHour = QLabel(EarningsPanel)
        self.todayPerHour.setObjectName(u"todayPerHour")
        self.todayPerHour.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.todayPerHour, 3, 1, 1, 1)

        self.weekPerHour = QLabel(EarningsPanel)
        self.weekPerHour.setObjectName(u"weekPerHour")
        self.weekPerHour.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.weekPerHour, 3, 2, 1, 1)

        self.monthPerHour = QLabel(EarningsPanel)
        self.monthPerHour.setObjectName(u"monthPerHour")
        self.monthPerHour.setTextFormat(Qt.TextFormat.PlainText)

        self.figuresGrid.addWidget(self.monthPerHour, 3, 3, 1, 1)


        self.earningsLayout.addLayout(self.figuresGrid)

        self.owedLayout = QHBoxLayout()
        self.owedLayout.setObjectName(u"owedLayout")
        self.pendingCaption = QLabel(EarningsPanel)
        self.pendingCaption.setObjectName(u"pendingCaption")
        self.pendingCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.owedLayout.addWidget(self.pendingCaption)

        self.pendingValue = QLabel(EarningsPanel)
        self.pendingValue.setObjectName(u"pendingValue")
        self.pendingValue.setTextFormat(Qt.TextFormat.PlainText)

        self.owedLayout.addWidget(self.pendingValue)

        self.owedSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.owedLayout.addItem(self.owedSpacer)

        self.paidCaption = QLabel(EarningsPanel)
        self.paidCaption.setObjectName(u"paidCaption")
        self.paidCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.owedLayout.addWidget(self.paidCaption)

        self.paidValue = QLabel(EarningsPanel)
        self.paidValue.setObjectName(u"paidValue")
        self.paidValue.setTextFormat(Qt.TextFormat.PlainText)

        self.owedLayout.addWidget(self.paidValue)


        self.earningsLayout.addLayout(self.owedLayout)

        self.goalLayout = QHBoxLayout()
        self.goalLayout.setObjectName(u"goalLayout")
        self.goalCaption = QLabel(EarningsPanel)
        self.goalCaption.setObjectName(u"goalCaption")
        self.goalCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.goalLayout.addWidget(self.goalCaption)

        self.goalProgress = QProgressBar(EarningsPanel)
        self.goalProgress.setObjectName(u"goalProgress")
        self.goalProgress.setMaximum(100)
        self.goalProgress.setValue(0)
        self.goalProgress.setTextVisible(False)

        self.goalLayout.addWidget(self.goalProgress)

        self.goalLabel = QLabel(EarningsPanel)
        self.goalLabel.setObjectName(u"goalLabel")
        self.goalLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.goalLayout.addWidget(self.goalLabel)

        self.goalSpin = QSpinBox(EarningsPanel)
        self.goalSpin.setObjectName(u"goalSpin")
        self.goalSpin.setMinimum(100)
        self.goalSpin.setMaximum(1000000)
        self.goalSpin.setSingleStep(500)
        self.goalSpin.setValue(10000)

        self.goalLayout.addWidget(self.goalSpin)


        self.earningsLayout.addLayout(self.goalLayout)

        self.chartLayout = QVBoxLayout()
        self.chartLayout.setObjectName(u"chartLayout")

        self.earningsLayout.addLayout(self.chartLayout)

        self.sectionsLayout = QVBoxLayout()
        self.sectionsLayout.setObjectName(u"sectionsLayout")

        self.earningsLayout.addLayout(self.sectionsLayout)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportCaption = QLabel(EarningsPanel)
        self.exportCaption.setObjectName(u"exportCaption")
        self.exportCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.exportLayout.addWidget(self.exportCaption)

        self.exportFrom = QDateEdit(EarningsPanel)
        self.exportFrom.setObjectName(u"exportFrom")
        self.exportFrom.setCalendarPopup(True)

        self.exportLayout.addWidget(self.exportFrom)

        self.exportToCaption = QLabel(EarningsPanel)
        self.exportToCaption.setObjectName(u"exportToCaption")
        self.exportToCaption.setTextFormat(Qt.TextFormat.PlainText)

        self.exportLayout.addWidget(self.exportToCaption)

        self.exportTo = QDateEdit(EarningsPanel)
        self.exportTo.setObjectName(u"exportTo")
        self.exportTo.setCalendarPopup(True)

        self.exportLayout.addWidget(self.exportTo)

        self.exportButton = QPushButton(EarningsPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton)


        self.earningsLayout.addLayout(self.exportLayout)

        self.statusLabel = QLabel(EarningsPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.earningsLayout.addWidget(self.statusLabel)


        self.retranslateUi(EarningsPanel)

        QMetaObject.connectSlotsByName(EarningsPanel)
    # setupUi

    def retranslateUi(self, EarningsPanel):
        EarningsPanel.setWindowTitle(QCoreApplication.translate("EarningsPanel", u"Earnings", None))
        self.titleLabel.setText(QCoreApplication.translate("EarningsPanel", u"What you earned, and what is owed to you", None))
        self.todayHeader.setText(QCoreApplication.translate("EarningsPanel", u"Today", None))
        self.weekHeader.setText(QCoreApplication.translate("EarningsPanel", u"This week", None))
        self.monthHeader.setText(QCoreApplication.translate("EarningsPanel", u"This month", None))
        self.netCaption.setText(QCoreApplication.translate("EarningsPanel", u"Net earnings", None))
        self.sessionsCaption.setText(QCoreApplication.translate("EarningsPanel", u"Sessions", None))
        self.perHourCaption.setText(QCoreApplication.translate("EarningsPanel", u"Per hour online", None))
        self.pendingCaption.setText(QCoreApplication.translate("EarningsPanel", u"Owed to you (pending)", None))
        self.paidCaption.setText(QCoreApplication.translate("EarningsPanel", u"Paid out", None))
        self.goalCaption.setText(QCoreApplication.translate("EarningsPanel", u"Monthly goal", None))
#if QT_CONFIG(tooltip)
        self.goalSpin.setToolTip(QCoreApplication.translate("EarningsPanel", u"Your monthly goal in yuan", None))
#endif // QT_CONFIG(tooltip)
        self.goalSpin.setPrefix(QCoreApplication.translate("EarningsPanel", u"\u00a5", None))
        self.exportCaption.setText(QCoreApplication.translate("EarningsPanel", u"Export the ledger for bookkeeping, from", None))
        self.exportFrom.setDisplayFormat(QCoreApplication.translate("EarningsPanel", u"yyyy-MM-dd", None))
        self.exportToCaption.setText(QCoreApplication.translate("EarningsPanel", u"to", None))
        self.exportTo.setDisplayFormat(QCoreApplication.translate("EarningsPanel", u"yyyy-MM-dd", None))
        self.exportButton.setText(QCoreApplication.translate("EarningsPanel", u"Export CSV\u2026", None))
    # retranslateUi

