# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'break_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_BreakDialog(object):
    def setupUi(self, BreakDialog):
        if not BreakDialog.objectName():
            BreakDialog.setObjectName(u"BreakDialog")
        BreakDialog.resize(440, 220)
        self.dialogLayout = QVBoxLayout(BreakDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.reasonLabel = QLabel(BreakDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.reasonLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.reasonLabel)

        self.pauseForm = QFormLayout()
        self.pauseForm.setObjectName(u"pauseForm")
        self.minutesLabel = QLabel(BreakDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.pauseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesCombo = QComboBox(BreakDialog)
        self.minutesCombo.setObjectName(u"minutesCombo")

        self.pauseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minutesCombo)


        self.dialogLayout.addLayout(self.pauseForm)

        self.hintLabel = QLabel(BreakDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.buttonsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.notNowButton = QPushButton(BreakDialog)
        self.notNowButton.setObjectName(u"notNowButton")
        self.notNowButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.notNowButton)

        self.pauseButton = QPushButton(BreakDialog)
        self.pauseButton.setObjectName(u"pauseButton")

        self.buttonsRow.addWidget(self.pauseButton)

        self.buttonsRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonsRow)

#if QT_CONFIG(shortcut)
        self.minutesLabel.setBuddy(self.minutesCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BreakDialog)

        self.pauseButton.setDefault(True)


        QMetaObject.connectSlotsByName(BreakDialog)
    # setupUi

    def retranslateUi(self, BreakDialog):
        BreakDialog.setWindowTitle(QCoreApplication.translate("BreakDialog", u"Time for a break?", None))
        self.minutesLabel.setText(QCoreApplication.translate("BreakDialog", u"Pause new clients &for", None))
        self.hintLabel.setText(QCoreApplication.translate("BreakDialog", u"Your current chats go on. New clients come again by themselves when the time is up.", None))
        self.notNowButton.setText(QCoreApplication.translate("BreakDialog", u"Not now", None))
        self.pauseButton.setText(QCoreApplication.translate("BreakDialog", u"&Pause new clients", None))
    # retranslateUi

