# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pause_status.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QWidget)

class Ui_PauseStatus(object):
    def setupUi(self, PauseStatus):
        if not PauseStatus.objectName():
            PauseStatus.setObjectName(u"PauseStatus")
        PauseStatus.resize(320, 28)
        self.statusLayout = QHBoxLayout(PauseStatus)
        self.statusLayout.setSpacing(6)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(4, 0, 4, 0)
        self.pauseLabel = QLabel(PauseStatus)
        self.pauseLabel.setObjectName(u"pauseLabel")
        self.pauseLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.statusLayout.addWidget(self.pauseLabel)

        self.resumeButton = QPushButton(PauseStatus)
        self.resumeButton.setObjectName(u"resumeButton")
        self.resumeButton.setFlat(True)
        self.resumeButton.setAutoDefault(False)

        self.statusLayout.addWidget(self.resumeButton)


        self.retranslateUi(PauseStatus)

        QMetaObject.connectSlotsByName(PauseStatus)
    # setupUi

    def retranslateUi(self, PauseStatus):
        self.resumeButton.setText(QCoreApplication.translate("PauseStatus", u"Resume now", None))
        pass
    # retranslateUi

