# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_time_banner.ui'
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
    QSizePolicy, QWidget)

class Ui_SessionTimeBanner(object):
    def setupUi(self, SessionTimeBanner):
        if not SessionTimeBanner.objectName():
            SessionTimeBanner.setObjectName(u"SessionTimeBanner")
        SessionTimeBanner.resize(640, 40)
        self.timeLayout = QHBoxLayout(SessionTimeBanner)
        self.timeLayout.setObjectName(u"timeLayout")
        self.timeLayout.setContentsMargins(18, 8, 18, 8)
        self.timeNoticeLabel = QLabel(SessionTimeBanner)
        self.timeNoticeLabel.setObjectName(u"timeNoticeLabel")
        self.timeNoticeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.timeNoticeLabel.setWordWrap(True)

        self.timeLayout.addWidget(self.timeNoticeLabel)


        self.retranslateUi(SessionTimeBanner)

        QMetaObject.connectSlotsByName(SessionTimeBanner)
    # setupUi

    def retranslateUi(self, SessionTimeBanner):
        pass
    # retranslateUi

