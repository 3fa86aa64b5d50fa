# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QWidget)

class Ui_QueuePanel(object):
    def setupUi(self, QueuePanel):
        if not QueuePanel.objectName():
            QueuePanel.setObjectName(u"QueuePanel")
        QueuePanel.resize(260, 24)
        self.queueLayout = QHBoxLayout(QueuePanel)
        self.queueLayout.setSpacing(6)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueLayout.setContentsMargins(6, 0, 6, 0)
        self.queueLabel = QLabel(QueuePanel)
        self.queueLabel.setObjectName(u"queueLabel")
        self.queueLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.queueLayout.addWidget(self.queueLabel)


        self.retranslateUi(QueuePanel)

        QMetaObject.connectSlotsByName(QueuePanel)
    # setupUi

    def retranslateUi(self, QueuePanel):
        pass
    # retranslateUi

