# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'alert_settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QSizePolicy, QSlider, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_AlertSettingsDialog(object):
    def setupUi(self, AlertSettingsDialog):
        if not AlertSettingsDialog.objectName():
            AlertSettingsDialog.setObjectName(u"AlertSettingsDialog")
        AlertSettingsDialog.resize(420, 420)
        self.rootLayout = QVBoxLayout(AlertSettingsDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.notifyGroup = QGroupBox(AlertSettingsDialog)
        self.notifyGroup.setObjectName(u"notifyGroup")
        self.notifyLayout = QVBoxLayout(self.notifyGroup)
        self.notifyLayout.setObjectName(u"notifyLayout")
        self.hideTextCheck = QCheckBox(self.notifyGroup)
        self.hideTextCheck.setObjectName(u"hideTextCheck")

        self.notifyLayout.addWidget(self.hideTextCheck)

        self.muteCheck = QCheckBox(self.notifyGroup)
        self.muteCheck.setObjectName(u"muteCheck")

        self.notifyLayout.addWidget(self.muteCheck)

        self.volumeLayout = QHBoxLayout()
        self.volumeLayout.setObjectName(u"volumeLayout")
        self.volumeLabel = QLabel(self.notifyGroup)
        self.volumeLabel.setObjectName(u"volumeLabel")
        self.volumeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.volumeLayout.addWidget(self.volumeLabel)

        self.volumeSlider = QSlider(self.notifyGroup)
        self.volumeSlider.setObjectName(u"volumeSlider")
        self.volumeSlider.setMaximum(100)
        self.volumeSlider.setOrientation(Qt.Orientation.Horizontal)

        self.volumeLayout.addWidget(self.volumeSlider)


        self.notifyLayout.addLayout(self.volumeLayout)


        self.rootLayout.addWidget(self.notifyGroup)

        self.dndGroup = QGroupBox(AlertSettingsDialog)
        self.dndGroup.setObjectName(u"dndGroup")
        self.dndLayout = QFormLayout(self.dndGroup)
        self.dndLayout.setObjectName(u"dndLayout")
        self.dndCheck = QCheckBox(self.dndGroup)
        self.dndCheck.setObjectName(u"dndCheck")

        self.dndLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.dndCheck)

        self.dndStartLabel = QLabel(self.dndGroup)
        self.dndStartLabel.setObjectName(u"dndStartLabel")
        self.dndStartLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dndLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dndStartLabel)

        self.dndStartEdit = QTimeEdit(self.dndGroup)
        self.dndStartEdit.setObjectName(u"dndStartEdit")

        self.dndLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dndStartEdit)

        self.dndEndLabel = QLabel(self.dndGroup)
        self.dndEndLabel.setObjectName(u"dndEndLabel")
        self.dndEndLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dndLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dndEndLabel)

        self.dndEndEdit = QTimeEdit(self.dndGroup)
        self.dndEndEdit.setObjectName(u"dndEndEdit")

        self.dndLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dndEndEdit)


        self.rootLayout.addWidget(self.dndGroup)

        self.presenceGroup = QGroupBox(AlertSettingsDialog)
        self.presenceGroup.setObjectName(u"presenceGroup")
        self.presenceLayout = QFormLayout(self.presenceGroup)
        self.presenceLayout.setObjectName(u"presenceLayout")
        self.awayAfterLabel = QLabel(self.presenceGroup)
        self.awayAfterLabel.setObjectName(u"awayAfterLabel")
        self.awayAfterLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.presenceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.awayAfterLabel)

        self.awayAfterSpin = QSpinBox(self.presenceGroup)
        self.awayAfterSpin.setObjectName(u"awayAfterSpin")
        self.awayAfterSpin.setMaximum(240)

        self.presenceLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.awayAfterSpin)

        self.capLabel = QLabel(self.presenceGroup)
        self.capLabel.setObjectName(u"capLabel")
        self.capLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.presenceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capLabel)

        self.capSpin = QSpinBox(self.presenceGroup)
        self.capSpin.setObjectName(u"capSpin")
        self.capSpin.setMinimum(1)
        self.capSpin.setMaximum(10)

        self.presenceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capSpin)


        self.rootLayout.addWidget(self.presenceGroup)

        self.buttonBox = QDialogButtonBox(AlertSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.rootLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.volumeLabel.setBuddy(self.volumeSlider)
        self.dndStartLabel.setBuddy(self.dndStartEdit)
        self.dndEndLabel.setBuddy(self.dndEndEdit)
        self.awayAfterLabel.setBuddy(self.awayAfterSpin)
        self.capLabel.setBuddy(self.capSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AlertSettingsDialog)

        QMetaObject.connectSlotsByName(AlertSettingsDialog)
    # setupUi

    def retranslateUi(self, AlertSettingsDialog):
        AlertSettingsDialog.setWindowTitle(QCoreApplication.translate("AlertSettingsDialog", u"Notifications and presence \u2014 Responder", None))
        self.notifyGroup.setTitle(QCoreApplication.translate("AlertSettingsDialog", u"Notifications", None))
        self.hideTextCheck.setText(QCoreApplication.translate("AlertSettingsDialog", u"Hide what clients write (show only their name)", None))
        self.muteCheck.setText(QCoreApplication.translate("AlertSettingsDialog", u"Mute the new-client sound", None))
        self.volumeLabel.setText(QCoreApplication.translate("AlertSettingsDialog", u"Volume", None))
        self.dndGroup.setTitle(QCoreApplication.translate("AlertSettingsDialog", u"Do not disturb", None))
        self.dndCheck.setText(QCoreApplication.translate("AlertSettingsDialog", u"No sound or pop-ups during these hours", None))
        self.dndStartLabel.setText(QCoreApplication.translate("AlertSettingsDialog", u"From", None))
        self.dndStartEdit.setDisplayFormat(QCoreApplication.translate("AlertSettingsDialog", u"HH:mm", None))
        self.dndEndLabel.setText(QCoreApplication.translate("AlertSettingsDialog", u"Until", None))
        self.dndEndEdit.setDisplayFormat(QCoreApplication.translate("AlertSettingsDialog", u"HH:mm", None))
        self.presenceGroup.setTitle(QCoreApplication.translate("AlertSettingsDialog", u"Presence and capacity", None))
        self.awayAfterLabel.setText(QCoreApplication.translate("AlertSettingsDialog", u"Go away after no input for", None))
        self.awayAfterSpin.setSpecialValueText(QCoreApplication.translate("AlertSettingsDialog", u"Never", None))
        self.awayAfterSpin.setSuffix(QCoreApplication.translate("AlertSettingsDialog", u" min", None))
        self.capLabel.setText(QCoreApplication.translate("AlertSettingsDialog", u"Chats at the same time", None))
    # retranslateUi

