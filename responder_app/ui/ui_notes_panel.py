# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notes_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_NotesPanel(object):
    def setupUi(self, NotesPanel):
        if not NotesPanel.objectName():
            NotesPanel.setObjectName(u"NotesPanel")
        NotesPanel.resize(300, 620)
        NotesPanel.setMinimumSize(QSize(170, 0))
        self.notesLayout = QVBoxLayout(NotesPanel)
        self.notesLayout.setSpacing(6)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(12, 10, 12, 8)
        self.titleRow = QVBoxLayout()
        self.titleRow.setSpacing(2)
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(NotesPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setWordWrap(True)

        self.titleRow.addWidget(self.titleLabel)

        self.statusLabel = QLabel(NotesPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.titleRow.addWidget(self.statusLabel)


        self.notesLayout.addLayout(self.titleRow)

        self.returningFrame = QFrame(NotesPanel)
        self.returningFrame.setObjectName(u"returningFrame")
        self.returningLayout = QVBoxLayout(self.returningFrame)
        self.returningLayout.setSpacing(4)
        self.returningLayout.setObjectName(u"returningLayout")
        self.returningLayout.setContentsMargins(8, 6, 8, 6)
        self.returningLabel = QLabel(self.returningFrame)
        self.returningLabel.setObjectName(u"returningLabel")
        self.returningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.returningLabel.setWordWrap(True)

        self.returningLayout.addWidget(self.returningLabel)

        self.historyList = QListWidget(self.returningFrame)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setMaximumSize(QSize(16777215, 110))
        self.historyList.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.historyList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.historyList.setWordWrap(True)

        self.returningLayout.addWidget(self.historyList)


        self.notesLayout.addWidget(self.returningFrame)

        self.conflictFrame = QFrame(NotesPanel)
        self.conflictFrame.setObjectName(u"conflictFrame")
        self.conflictLayout = QVBoxLayout(self.conflictFrame)
        self.conflictLayout.setSpacing(6)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLayout.setContentsMargins(8, 6, 8, 6)
        self.conflictLabel = QLabel(self.conflictFrame)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.mergeButton = QPushButton(self.conflictFrame)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.conflictLayout.addWidget(self.mergeButton, 0, Qt.AlignmentFlag.AlignRight)


        self.notesLayout.addWidget(self.conflictFrame)

        self.pinnedForm = QFormLayout()
        self.pinnedForm.setObjectName(u"pinnedForm")
        self.callMeLabel = QLabel(NotesPanel)
        self.callMeLabel.setObjectName(u"callMeLabel")

        self.pinnedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callMeLabel)

        self.callMeEdit = QLineEdit(NotesPanel)
        self.callMeEdit.setObjectName(u"callMeEdit")
        self.callMeEdit.setMaxLength(100)

        self.pinnedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.callMeEdit)

        self.avoidLabel = QLabel(NotesPanel)
        self.avoidLabel.setObjectName(u"avoidLabel")

        self.pinnedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.avoidLabel)

        self.avoidEdit = QLineEdit(NotesPanel)
        self.avoidEdit.setObjectName(u"avoidEdit")
        self.avoidEdit.setMaxLength(1000)

        self.pinnedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.avoidEdit)

        self.tagsLabel = QLabel(NotesPanel)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.pinnedForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(NotesPanel)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.pinnedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tagsEdit)


        self.notesLayout.addLayout(self.pinnedForm)

        self.notesEdit = QPlainTextEdit(NotesPanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.errorLabel = QLabel(NotesPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.notesLayout.addWidget(self.errorLabel)

        self.undoFrame = QFrame(NotesPanel)
        self.undoFrame.setObjectName(u"undoFrame")
        self.undoLayout = QHBoxLayout(self.undoFrame)
        self.undoLayout.setObjectName(u"undoLayout")
        self.undoLayout.setContentsMargins(0, 0, 0, 0)
        self.undoLabel = QLabel(self.undoFrame)
        self.undoLabel.setObjectName(u"undoLabel")
        self.undoLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.undoLabel.setWordWrap(True)

        self.undoLayout.addWidget(self.undoLabel)

        self.undoButton = QPushButton(self.undoFrame)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setAutoDefault(False)

        self.undoLayout.addWidget(self.undoButton)


        self.notesLayout.addWidget(self.undoFrame)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.searchEdit = QLineEdit(NotesPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.actionsRow.addWidget(self.searchEdit)

        self.deleteButton = QPushButton(NotesPanel)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.actionsRow.addWidget(self.deleteButton)


        self.notesLayout.addLayout(self.actionsRow)

        self.searchResults = QListWidget(NotesPanel)
        self.searchResults.setObjectName(u"searchResults")
        self.searchResults.setMaximumSize(QSize(16777215, 160))
        self.searchResults.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchResults.setWordWrap(True)

        self.notesLayout.addWidget(self.searchResults)

#if QT_CONFIG(shortcut)
        self.callMeLabel.setBuddy(self.callMeEdit)
        self.avoidLabel.setBuddy(self.avoidEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NotesPanel)

        QMetaObject.connectSlotsByName(NotesPanel)
    # setupUi

    def retranslateUi(self, NotesPanel):
        self.titleLabel.setText(QCoreApplication.translate("NotesPanel", u"Notes", None))
        self.conflictLabel.setText(QCoreApplication.translate("NotesPanel", u"These notes were changed on another PC. Your edits are kept here.", None))
        self.mergeButton.setText(QCoreApplication.translate("NotesPanel", u"Compare and &merge\u2026", None))
        self.callMeLabel.setText(QCoreApplication.translate("NotesPanel", u"&Call them", None))
        self.callMeEdit.setPlaceholderText(QCoreApplication.translate("NotesPanel", u"How they like to be called", None))
        self.avoidLabel.setText(QCoreApplication.translate("NotesPanel", u"A&void", None))
        self.avoidEdit.setPlaceholderText(QCoreApplication.translate("NotesPanel", u"Topics to avoid", None))
        self.tagsLabel.setText(QCoreApplication.translate("NotesPanel", u"&Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("NotesPanel", u"exam stress, long-distance couple", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("NotesPanel", u"Their story, what hurts, what helped\u2026", None))
        self.undoLabel.setText(QCoreApplication.translate("NotesPanel", u"Notes deleted.", None))
        self.undoButton.setText(QCoreApplication.translate("NotesPanel", u"&Undo", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("NotesPanel", u"Search notes and past chats", None))
        self.deleteButton.setText(QCoreApplication.translate("NotesPanel", u"&Delete notes", None))
        pass
    # retranslateUi

