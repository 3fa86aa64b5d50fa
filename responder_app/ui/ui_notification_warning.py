# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notification_warning.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QWidget)

class Ui_NotificationWarning(object):
    def setupUi(self, NotificationWarning):
        if not NotificationWarning.objectName():
            NotificationWarning.setObjectName(u"NotificationWarning")
        NotificationWarning.setFrameShape(QFrame.Shape.StyledPanel)
        NotificationWarning.setStyleSheet(u"#NotificationWarning { background: #fff4e5; border: 1px solid #f0b46c; }\n"
"QLabel { color: #7a4100; }")
        self.rootLayout = QHBoxLayout(NotificationWarning)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(12, 6, 12, 6)
        self.warningLabel = QLabel(NotificationWarning)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.warningLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.warningLabel.sizePolicy().hasHeightForWidth())
        self.warningLabel.setSizePolicy(sizePolicy)

        self.rootLayout.addWidget(self.warningLabel)

        self.retryButton = QPushButton(NotificationWarning)
        self.retryButton.setObjectName(u"retryButton")

        self.rootLayout.addWidget(self.retryButton)


        self.retranslateUi(NotificationWarning)

        QMetaObject.connectSlotsByName(NotificationWarning)
    # setupUi

    def retranslateUi(self, NotificationWarning):
        self.warningLabel.setText(QCoreApplication.translate("NotificationWarning", u"Nothing can alert you on this computer: no desktop notifications and no tray icon. Keep this window in sight to see new clients.", None))
        self.retryButton.setText(QCoreApplication.translate("NotificationWarning", u"Check &again", None))
        pass
    # retranslateUi

