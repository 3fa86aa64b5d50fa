# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reply_speed_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ReplySpeedPage(object):
    def setupUi(self, ReplySpeedPage):
        if not ReplySpeedPage.objectName():
            ReplySpeedPage.setObjectName(u"ReplySpeedPage")
        self.dialogLayout = QVBoxLayout(ReplySpeedPage)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.amberLabel = QLabel(ReplySpeedPage)
        self.amberLabel.setObjectName(u"amberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amberLabel)

        self.amberSpin = QSpinBox(ReplySpeedPage)
        self.amberSpin.setObjectName(u"amberSpin")
        self.amberSpin.setMinimum(1)
        self.amberSpin.setMaximum(3600)
        self.amberSpin.setValue(30)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amberSpin)

        self.redLabel = QLabel(ReplySpeedPage)
        self.redLabel.setObjectName(u"redLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.redLabel)

        self.redSpin = QSpinBox(ReplySpeedPage)
        self.redSpin.setObjectName(u"redSpin")
        self.redSpin.setMinimum(2)
        self.redSpin.setMaximum(7200)
        self.redSpin.setValue(60)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.redSpin)

        self.modeLabel = QLabel(ReplySpeedPage)
        self.modeLabel.setObjectName(u"modeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(ReplySpeedPage)
        self.modeCombo.setObjectName(u"modeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.modeCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.longestFirstCheck = QCheckBox(ReplySpeedPage)
        self.longestFirstCheck.setObjectName(u"longestFirstCheck")

        self.dialogLayout.addWidget(self.longestFirstCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.amberLabel.setBuddy(self.amberSpin)
        self.redLabel.setBuddy(self.redSpin)
        self.modeLabel.setBuddy(self.modeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReplySpeedPage)

        QMetaObject.connectSlotsByName(ReplySpeedPage)
    # setupUi

    def retranslateUi(self, ReplySpeedPage):
        self.amberLabel.setText(QCoreApplication.translate("ReplySpeedPage", u"Clock turns &amber after", None))
        self.amberSpin.setSuffix(QCoreApplication.translate("ReplySpeedPage", u" s", None))
        self.redLabel.setText(QCoreApplication.translate("ReplySpeedPage", u"Clock turns &red after", None))
        self.redSpin.setSuffix(QCoreApplication.translate("ReplySpeedPage", u" s", None))
        self.modeLabel.setText(QCoreApplication.translate("ReplySpeedPage", u"New &clients", None))
        self.longestFirstCheck.setText(QCoreApplication.translate("ReplySpeedPage", u"Show the &longest-waiting clients first", None))
        pass
    # retranslateUi

