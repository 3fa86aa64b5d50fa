# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ratings_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RatingsSection(object):
    def setupUi(self, RatingsSection):
        if not RatingsSection.objectName():
            RatingsSection.setObjectName(u"RatingsSection")
        RatingsSection.resize(560, 260)
        self.ratingsLayout = QVBoxLayout(RatingsSection)
        self.ratingsLayout.setObjectName(u"ratingsLayout")
        self.ratingsLayout.setContentsMargins(0, -1, 0, -1)
        self.ratingsTitle = QLabel(RatingsSection)
        self.ratingsTitle.setObjectName(u"ratingsTitle")
        self.ratingsTitle.setTextFormat(Qt.TextFormat.PlainText)

        self.ratingsLayout.addWidget(self.ratingsTitle)

        self.averageLabel = QLabel(RatingsSection)
        self.averageLabel.setObjectName(u"averageLabel")
        self.averageLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.ratingsLayout.addWidget(self.averageLabel)

        self.breakdownLabel = QLabel(RatingsSection)
        self.breakdownLabel.setObjectName(u"breakdownLabel")
        self.breakdownLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.ratingsLayout.addWidget(self.breakdownLabel)

        self.recentList = QListWidget(RatingsSection)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.recentList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recentList.setWordWrap(True)
        self.recentList.setMinimumSize(QSize(0, 90))

        self.ratingsLayout.addWidget(self.recentList)


        self.retranslateUi(RatingsSection)

        QMetaObject.connectSlotsByName(RatingsSection)
    # setupUi

    def retranslateUi(self, RatingsSection):
        self.ratingsTitle.setText(QCoreApplication.translate("RatingsSection", u"Client ratings", None))
        pass
    # retranslateUi

