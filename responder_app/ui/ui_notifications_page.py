# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notifications_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSlider, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_NotificationsPage(object):
    def setupUi(self, NotificationsPage):
        if not NotificationsPage.objectName():
            NotificationsPage.setObjectName(u"NotificationsPage")
        self.rootLayout = QVBoxLayout(NotificationsPage)
        self.rootLayout.setObjectName(u"rootLayout")
        self.routeLabel = QLabel(NotificationsPage)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.routeLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.routeLabel)

        self.soundGroup = QGroupBox(NotificationsPage)
        self.soundGroup.setObjectName(u"soundGroup")
        self.soundLayout = QVBoxLayout(self.soundGroup)
        self.soundLayout.setObjectName(u"soundLayout")
        self.muteCheck = QCheckBox(self.soundGroup)
        self.muteCheck.setObjectName(u"muteCheck")

        self.soundLayout.addWidget(self.muteCheck)

        self.volumeLayout = QHBoxLayout()
        self.volumeLayout.setObjectName(u"volumeLayout")
        self.volumeLabel = QLabel(self.soundGroup)
        self.volumeLabel.setObjectName(u"volumeLabel")
        self.volumeLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.volumeLayout.addWidget(self.volumeLabel)

        self.volumeSlider = QSlider(self.soundGroup)
        self.volumeSlider.setObjectName(u"volumeSlider")
        self.volumeSlider.setMaximum(100)
        self.volumeSlider.setPageStep(10)
        self.volumeSlider.setOrientation(Qt.Orientation.Horizontal)

        self.volumeLayout.addWidget(self.volumeSlider)

        self.volumeValue = QLabel(self.soundGroup)
        self.volumeValue.setObjectName(u"volumeValue")
        self.volumeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.volumeValue.setMinimumSize(QSize(40, 0))

        self.volumeLayout.addWidget(self.volumeValue)

        self.testSoundButton = QPushButton(self.soundGroup)
        self.testSoundButton.setObjectName(u"testSoundButton")

        self.volumeLayout.addWidget(self.testSoundButton)


        self.soundLayout.addLayout(self.volumeLayout)


        self.rootLayout.addWidget(self.soundGroup)

        self.dndGroup = QGroupBox(NotificationsPage)
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

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.volumeLabel.setBuddy(self.volumeSlider)
        self.dndStartLabel.setBuddy(self.dndStartEdit)
        self.dndEndLabel.setBuddy(self.dndEndEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NotificationsPage)

        QMetaObject.connectSlotsByName(NotificationsPage)
    # setupUi

    def retranslateUi(self, NotificationsPage):
        self.soundGroup.setTitle(QCoreApplication.translate("NotificationsPage", u"Sound", None))
        self.muteCheck.setText(QCoreApplication.translate("NotificationsPage", u"&Mute the new-client sound", None))
        self.volumeLabel.setText(QCoreApplication.translate("NotificationsPage", u"&Volume", None))
        self.testSoundButton.setText(QCoreApplication.translate("NotificationsPage", u"&Play", None))
        self.dndGroup.setTitle(QCoreApplication.translate("NotificationsPage", u"Quiet hours", None))
        self.dndCheck.setText(QCoreApplication.translate("NotificationsPage", u"&No sound or pop-ups during these hours", None))
        self.dndStartLabel.setText(QCoreApplication.translate("NotificationsPage", u"&From", None))
        self.dndStartEdit.setDisplayFormat(QCoreApplication.translate("NotificationsPage", u"HH:mm", None))
        self.dndEndLabel.setText(QCoreApplication.translate("NotificationsPage", u"&Until", None))
        self.dndEndEdit.setDisplayFormat(QCoreApplication.translate("NotificationsPage", u"HH:mm", None))
        pass
    # retranslateUi

