# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_reply_popup.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_QuickReplyPopup(object):
    def setupUi(self, QuickReplyPopup):
        if not QuickReplyPopup.objectName():
            QuickReplyPopup.setObjectName(u"QuickReplyPopup")
        QuickReplyPopup.setFrameShape(QFrame.Shape.StyledPanel)
        QuickReplyPopup.setStyleSheet(u"#QuickReplyPopup { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }\n"
"QLabel#popupHint { color: #6b7285; font-weight: normal; }\n"
"QListWidget#phraseList::item { padding: 3px 2px; }")
        self.rootLayout = QVBoxLayout(QuickReplyPopup)
        self.rootLayout.setSpacing(4)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.popupHint = QLabel(QuickReplyPopup)
        self.popupHint.setObjectName(u"popupHint")
        self.popupHint.setTextFormat(Qt.TextFormat.PlainText)
        self.popupHint.setWordWrap(True)

        self.rootLayout.addWidget(self.popupHint)

        self.phraseList = QListWidget(QuickReplyPopup)
        self.phraseList.setObjectName(u"phraseList")
        self.phraseList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phraseList.setWordWrap(True)
        self.phraseList.setUniformItemSizes(False)
        self.phraseList.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.rootLayout.addWidget(self.phraseList)


        self.retranslateUi(QuickReplyPopup)

        QMetaObject.connectSlotsByName(QuickReplyPopup)
    # setupUi

    def retranslateUi(self, QuickReplyPopup):
        self.popupHint.setText(QCoreApplication.translate("QuickReplyPopup", u"Quick replies \u00b7 \u2191\u2193 choose \u00b7 Enter inserts \u00b7 Esc closes", None))
#if QT_CONFIG(accessibility)
        self.phraseList.setAccessibleName(QCoreApplication.translate("QuickReplyPopup", u"Quick replies", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

