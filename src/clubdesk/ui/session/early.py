"""The sign-in window painted at once (issue 21), before the database stack, the document
libraries and the screens are imported: the same calm card as the sign-in page, its fields
already usable. While the person types, clubdesk opens the club; then the real window takes
its place where it stands, with what was typed (and « Entrer », if pressed meanwhile).

This module imports nothing of the core but the look (clubdesk.ui.appearance) and the kit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from clubdesk.ui.appearance import style_window
from clubdesk.ui.session.card import make_title, secret_line, session_card
from clubdesk.ui.widgets import add_row, hbox, make_button, make_form, make_hint, make_line


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoginScreen", text)


class EarlySignIn(QMainWindow):
    """« Qui utilise clubdesk ? » while the club opens. ``entered`` is True once the person
    pressed « Entrer » (or Enter) before the club was ready."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("early_sign_in")
        self.setWindowTitle(QCoreApplication.translate("MainWindow",
                                                       "clubdesk — la journée du club"))
        self.resize(1100, 720)  # the main window's size: it takes this place
        self.entered = False
        self.username = make_line("early_username", _tr("Identifiant"), 60)
        self.password = secret_line("early_password", _tr("Mot de passe"))
        form = make_form()
        add_row(form, _tr("&Identifiant :"), self.username)
        add_row(form, _tr("&Mot de passe :"), self.password)
        self.button = make_button(_tr("Entrer"), "early_button", _tr("Entrer dans clubdesk"))
        self.button.setMinimumWidth(140)
        self.button.clicked.connect(self._enter)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._enter)
        self.waiting = make_hint(QCoreApplication.translate(
            "EarlySignIn", "Ouverture de la base du club…"), "early_waiting")
        content = QVBoxLayout()
        content.addWidget(make_title(_tr("Qui utilise clubdesk ?")))
        content.addWidget(make_hint(_tr("Écrivez votre identifiant et votre mot de passe, "
                                        "puis appuyez sur « Entrer ».")))
        content.addLayout(form)
        content.addWidget(self.waiting)
        content.addLayout(hbox(1, self.button))
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(session_card(content, 520))
        self.setCentralWidget(page)
        style_window(self)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter(self) -> None:
        self.entered = True
        self.button.setEnabled(False)  # once the club is open, the real page signs in

    def hand_over(self, window: QMainWindow, username: QLineEdit | None,
                  password: QLineEdit | None) -> bool:
        """``window`` takes this window's place with what was typed in ``username`` and
        ``password`` (the real sign-in page's fields; None when the club needs no sign-in:
        nothing typed is kept). Returns True when the person had pressed « Entrer »."""
        QApplication.processEvents()  # keys typed during the last step land here first
        if self.isMaximized():
            window.showMaximized()
        else:
            window.setGeometry(self.geometry())
        entered = False
        if username is not None and password is not None:
            username.setText(self.username.text())
            password.setText(self.password.text())
            focus = password if self.password.hasFocus() or self.entered else username
            entered = self.entered and bool(self.username.text() and self.password.text())
            window.show()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            focus.setCursorPosition(len(focus.text()))
        else:
            window.show()
        self.password.clear()  # no copy of a password left in a hidden window
        self.close()
        self.deleteLater()
        return entered


def paint_early() -> EarlySignIn:
    """Show the early sign-in window and let Qt paint it before anything heavy is imported."""
    early = EarlySignIn()
    early.show()
    QApplication.processEvents()
    return early
