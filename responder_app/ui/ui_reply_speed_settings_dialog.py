# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reply_speed_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ReplySpeedSettingsDialog(object):
    def setupUi(self, ReplySpeedSettingsDialog):
        if not ReplySpeedSettingsDialog.objectName():
            ReplySpeedSettingsDialog.setObjectName(u"ReplySpeedSettingsDialog")
        ReplySpeedSettingsDialog.resize(420, 260)
        self.dialogLayout = QVBoxLayout(ReplySpeedSettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.amberLabel = QLabel(ReplySpeedSettingsDialog)
        self.amberLabel.setObjectName(u"amberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amberLabel)

        self.amberSpin = QSpinBox(ReplySpeedSettingsDialog)
        self.amberSpin.setObjectName(u"amberSpin")
        self.amberSpin.setMinimum(1)
        self.amberSpin.setMaximum(3600)
        self.amberSpin.setValue(30)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amberSpin)

        self.redLabel = QLabel(ReplySpeedSettingsDialog)
        self.redLabel.setObjectName(u"redLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.redLabel)

        self.redSpin = QSpinBox(ReplySpeedSettingsDialog)
        self.redSpin.setObjectName(u"redSpin")
        self.redSpin.setMinimum(2)
        self.redSpin.setMaximum(7200)
        self.redSpin.setValue(60)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.redSpin)

        self.modeLabel = QLabel(ReplySpeedSettingsDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(ReplySpeedSettingsDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.modeCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.longestFirstCheck = QCheckBox(ReplySpeedSettingsDialog)
        self.longestFirstCheck.setObjectName(u"longestFirstCheck")

        self.dialogLayout.addWidget(self.longestFirstCheck)

        self.problemLabel = QLabel(ReplySpeedSettingsDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ReplySpeedSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.amberLabel.setBuddy(self.amberSpin)
        self.redLabel.setBuddy(self.redSpin)
        self.modeLabel.setBuddy(self.modeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReplySpeedSettingsDialog)

        QMetaObject.connectSlotsByName(ReplySpeedSettingsDialog)
    # setupUi

    def retranslateUi(self, ReplySpeedSettingsDialog):
        ReplySpeedSettingsDialog.setWindowTitle(QCoreApplication.translate("ReplySpeedSettingsDialog", u"Reply speed settings", None))
        self.amberLabel.setText(QCoreApplication.translate("ReplySpeedSettingsDialog", u"Tab turns &amber after", None))
        self.amberSpin.setSuffix(QCoreApplication.translate("ReplySpeedSettingsDialog", u" s", None))
        self.redLabel.setText(QCoreApplication.translate("ReplySpeedSettingsDialog", u"Tab turns &red after", None))
        self.redSpin.setSuffix(QCoreApplication.translate("ReplySpeedSettingsDialog", u" s", None))
        self.modeLabel.setText(QCoreApplication.translate("ReplySpeedSettingsDialog", u"New &clients", None))
        self.longestFirstCheck.setText(QCoreApplication.translate("ReplySpeedSettingsDialog", u"Order tabs &longest waiting first", None))
    # retranslateUi

