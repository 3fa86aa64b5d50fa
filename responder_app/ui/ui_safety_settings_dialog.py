# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'safety_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_SafetySettingsDialog(object):
    def setupUi(self, SafetySettingsDialog):
        if not SafetySettingsDialog.objectName():
            SafetySettingsDialog.setObjectName(u"SafetySettingsDialog")
        SafetySettingsDialog.resize(560, 540)
        self.rootLayout = QVBoxLayout(SafetySettingsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.messagesGroup = QGroupBox(SafetySettingsDialog)
        self.messagesGroup.setObjectName(u"messagesGroup")
        self.messagesLayout = QVBoxLayout(self.messagesGroup)
        self.messagesLayout.setObjectName(u"messagesLayout")
        self.blurCheck = QCheckBox(self.messagesGroup)
        self.blurCheck.setObjectName(u"blurCheck")

        self.messagesLayout.addWidget(self.blurCheck)

        self.blockForm = QFormLayout()
        self.blockForm.setObjectName(u"blockForm")
        self.suggestBlockLabel = QLabel(self.messagesGroup)
        self.suggestBlockLabel.setObjectName(u"suggestBlockLabel")

        self.blockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.suggestBlockLabel)

        self.suggestBlockSpin = QSpinBox(self.messagesGroup)
        self.suggestBlockSpin.setObjectName(u"suggestBlockSpin")
        self.suggestBlockSpin.setMinimum(1)
        self.suggestBlockSpin.setMaximum(20)

        self.blockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.suggestBlockSpin)


        self.messagesLayout.addLayout(self.blockForm)


        self.rootLayout.addWidget(self.messagesGroup)

        self.breaksGroup = QGroupBox(SafetySettingsDialog)
        self.breaksGroup.setObjectName(u"breaksGroup")
        self.breaksLayout = QVBoxLayout(self.breaksGroup)
        self.breaksLayout.setObjectName(u"breaksLayout")
        self.breaksForm = QFormLayout()
        self.breaksForm.setObjectName(u"breaksForm")
        self.stretchLabel = QLabel(self.breaksGroup)
        self.stretchLabel.setObjectName(u"stretchLabel")

        self.breaksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stretchLabel)

        self.stretchSpin = QSpinBox(self.breaksGroup)
        self.stretchSpin.setObjectName(u"stretchSpin")
        self.stretchSpin.setMinimum(0)
        self.stretchSpin.setMaximum(720)

        self.breaksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stretchSpin)

        self.breakLengthLabel = QLabel(self.breaksGroup)
        self.breakLengthLabel.setObjectName(u"breakLengthLabel")

        self.breaksForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.breakLengthLabel)

        self.breakLengthSpin = QSpinBox(self.breaksGroup)
        self.breakLengthSpin.setObjectName(u"breakLengthSpin")
        self.breakLengthSpin.setMinimum(1)
        self.breakLengthSpin.setMaximum(120)

        self.breaksForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.breakLengthSpin)

        self.pauseLabel = QLabel(self.breaksGroup)
        self.pauseLabel.setObjectName(u"pauseLabel")

        self.breaksForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pauseLabel)

        self.pauseSpin = QSpinBox(self.breaksGroup)
        self.pauseSpin.setObjectName(u"pauseSpin")
        self.pauseSpin.setMinimum(5)
        self.pauseSpin.setMaximum(240)

        self.breaksForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pauseSpin)


        self.breaksLayout.addLayout(self.breaksForm)

        self.heavyCheck = QCheckBox(self.breaksGroup)
        self.heavyCheck.setObjectName(u"heavyCheck")

        self.breaksLayout.addWidget(self.heavyCheck)


        self.rootLayout.addWidget(self.breaksGroup)

        self.capGroup = QGroupBox(SafetySettingsDialog)
        self.capGroup.setObjectName(u"capGroup")
        self.capLayout = QVBoxLayout(self.capGroup)
        self.capLayout.setObjectName(u"capLayout")
        self.capForm = QFormLayout()
        self.capForm.setObjectName(u"capForm")
        self.capHoursLabel = QLabel(self.capGroup)
        self.capHoursLabel.setObjectName(u"capHoursLabel")

        self.capForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capHoursLabel)

        self.capHoursSpin = QSpinBox(self.capGroup)
        self.capHoursSpin.setObjectName(u"capHoursSpin")
        self.capHoursSpin.setMinimum(0)
        self.capHoursSpin.setMaximum(24)

        self.capForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.capHoursSpin)

        self.capSessionsLabel = QLabel(self.capGroup)
        self.capSessionsLabel.setObjectName(u"capSessionsLabel")

        self.capForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capSessionsLabel)

        self.capSessionsSpin = QSpinBox(self.capGroup)
        self.capSessionsSpin.setObjectName(u"capSessionsSpin")
        self.capSessionsSpin.setMinimum(0)
        self.capSessionsSpin.setMaximum(200)

        self.capForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capSessionsSpin)


        self.capLayout.addLayout(self.capForm)

        self.capHintLabel = QLabel(self.capGroup)
        self.capHintLabel.setObjectName(u"capHintLabel")
        self.capHintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.capHintLabel.setWordWrap(True)

        self.capLayout.addWidget(self.capHintLabel)


        self.rootLayout.addWidget(self.capGroup)

        self.buttonBox = QDialogButtonBox(SafetySettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.suggestBlockLabel.setBuddy(self.suggestBlockSpin)
        self.stretchLabel.setBuddy(self.stretchSpin)
        self.breakLengthLabel.setBuddy(self.breakLengthSpin)
        self.pauseLabel.setBuddy(self.pauseSpin)
        self.capHoursLabel.setBuddy(self.capHoursSpin)
        self.capSessionsLabel.setBuddy(self.capSessionsSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SafetySettingsDialog)

        QMetaObject.connectSlotsByName(SafetySettingsDialog)
    # setupUi

    def retranslateUi(self, SafetySettingsDialog):
        SafetySettingsDialog.setWindowTitle(QCoreApplication.translate("SafetySettingsDialog", u"Safety and breaks \u2014 Responder", None))
        self.messagesGroup.setTitle(QCoreApplication.translate("SafetySettingsDialog", u"Messages that look abusive", None))
        self.blurCheck.setText(QCoreApplication.translate("SafetySettingsDialog", u"Show them blurred until I click them", None))
        self.suggestBlockLabel.setText(QCoreApplication.translate("SafetySettingsDialog", u"Suggest blocking after", None))
        self.suggestBlockSpin.setSuffix(QCoreApplication.translate("SafetySettingsDialog", u" messages", None))
        self.breaksGroup.setTitle(QCoreApplication.translate("SafetySettingsDialog", u"Breaks", None))
        self.stretchLabel.setText(QCoreApplication.translate("SafetySettingsDialog", u"Suggest a break after working for", None))
        self.stretchSpin.setSuffix(QCoreApplication.translate("SafetySettingsDialog", u" min", None))
        self.stretchSpin.setSpecialValueText(QCoreApplication.translate("SafetySettingsDialog", u"Never", None))
        self.breakLengthLabel.setText(QCoreApplication.translate("SafetySettingsDialog", u"A break is at least", None))
        self.breakLengthSpin.setSuffix(QCoreApplication.translate("SafetySettingsDialog", u" min", None))
        self.pauseLabel.setText(QCoreApplication.translate("SafetySettingsDialog", u"Pause new clients for", None))
        self.pauseSpin.setSuffix(QCoreApplication.translate("SafetySettingsDialog", u" min", None))
        self.heavyCheck.setText(QCoreApplication.translate("SafetySettingsDialog", u"Suggest a break right after a heavy chat", None))
        self.capGroup.setTitle(QCoreApplication.translate("SafetySettingsDialog", u"Daily limit", None))
        self.capHoursLabel.setText(QCoreApplication.translate("SafetySettingsDialog", u"Hours online a day", None))
        self.capHoursSpin.setSuffix(QCoreApplication.translate("SafetySettingsDialog", u" h", None))
        self.capHoursSpin.setSpecialValueText(QCoreApplication.translate("SafetySettingsDialog", u"No limit", None))
        self.capSessionsLabel.setText(QCoreApplication.translate("SafetySettingsDialog", u"Chats a day", None))
        self.capSessionsSpin.setSpecialValueText(QCoreApplication.translate("SafetySettingsDialog", u"No limit", None))
        self.capHintLabel.setText(QCoreApplication.translate("SafetySettingsDialog", u"When you reach it, new clients pause until tomorrow and the app says why. Your current chats go on.", None))
    # retranslateUi

