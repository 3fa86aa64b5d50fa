# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'day_summary_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DaySummaryDialog(object):
    def setupUi(self, DaySummaryDialog):
        if not DaySummaryDialog.objectName():
            DaySummaryDialog.setObjectName(u"DaySummaryDialog")
        DaySummaryDialog.resize(480, 380)
        self.dialogLayout = QVBoxLayout(DaySummaryDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reasonLabel = QLabel(DaySummaryDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setStyleSheet(u"font-weight: 600;")

        self.dialogLayout.addWidget(self.reasonLabel)

        self.dateLabel = QLabel(DaySummaryDialog)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.dateLabel.setStyleSheet(u"color: #5b6172;")

        self.dialogLayout.addWidget(self.dateLabel)

        self.hoursLabel = QLabel(DaySummaryDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hoursLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hoursLabel)

        self.sessionsLabel = QLabel(DaySummaryDialog)
        self.sessionsLabel.setObjectName(u"sessionsLabel")
        self.sessionsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.sessionsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.sessionsLabel)

        self.heavyLabel = QLabel(DaySummaryDialog)
        self.heavyLabel.setObjectName(u"heavyLabel")
        self.heavyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.heavyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.heavyLabel)

        self.closingLabel = QLabel(DaySummaryDialog)
        self.closingLabel.setObjectName(u"closingLabel")
        self.closingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.closingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.closingLabel)

        self.bottomSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DaySummaryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(DaySummaryDialog)

        QMetaObject.connectSlotsByName(DaySummaryDialog)
    # setupUi

    def retranslateUi(self, DaySummaryDialog):
        DaySummaryDialog.setWindowTitle(QCoreApplication.translate("DaySummaryDialog", u"Your day", None))
    # retranslateUi

