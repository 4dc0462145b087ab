"""The club's database server: connection settings, and what to do when it does not answer.

- ConnectionDialog: host, port, database, user, password (kept in the OS keyring when one
  works), secure connection (TLS); « Tester » tries it before anything is saved.
- UnreachableDialog: the server's address in words, « Réessayer », « Ouvrir la dernière
  sauvegarde (lecture seule) », « Réglages de connexion », « Quitter ».
- ConnectionBanner: a calm line at the top of the window while the server does not answer
  during a session; what is typed stays on screen (saves are refused with their reason).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage import server
from clubdesk.model.storage.db import check_connection
from clubdesk.model.storage.server import ServerSettings
from clubdesk.ui.appearance import style_window
from clubdesk.ui.widgets import (
    add_row,
    make_button,
    make_combo,
    make_form,
    make_hint,
    make_line,
    make_message,
    make_spin,
    set_message,
)


class ConnectionDialog(QDialog):
    """Connection settings of the club's server; ``settings`` and ``url`` once accepted."""

    def __init__(self, current: ServerSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is None:  # at start, before the main window: a window of its own
            style_window(self)
        self.setObjectName("connection_dialog")
        self.setWindowTitle(self.tr("Base du club sur un serveur"))
        self.settings: ServerSettings | None = None
        self.url = ""
        current = current or server.saved()

        intro = make_hint(self.tr("Plusieurs postes partagent la base du club sur un serveur.\n"
                                  "Demandez ces réglages à la personne qui a installé le "
                                  "serveur."))
        self.host = make_line("connection_host", self.tr("Adresse du serveur"), 255)
        self.port = make_spin("connection_port", self.tr("Port"), 1, 65535,
                              value=current.port if current else 5432)
        self.database = make_line("connection_database", self.tr("Nom de la base"), 63)
        self.user = make_line("connection_user", self.tr("Utilisateur"), 63)
        self.password = make_line("connection_password", self.tr("Mot de passe"), 200)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.host.setText(current.host if current else "")
        self.database.setText(current.database if current else "club")
        self.user.setText(current.user if current else "")
        if current is not None and server.password_from_keyring(current):
            self.password.setPlaceholderText(self.tr("gardé dans le trousseau de l'ordinateur"))
        self.tls = make_combo("connection_tls", self.tr("Connexion sécurisée"), (
            (self.tr("Automatique (chiffrée si le serveur le peut)"), "prefer"),
            (self.tr("Toujours chiffrée"), "require"),
            (self.tr("Chiffrée, certificat vérifié"), "verify-full")))
        if current is not None:
            self.tls.setCurrentIndex(max(0, self.tls.findData(current.tls)))
        form = make_form()
        for widget in (self.host, self.port, self.database, self.user, self.password,
                       self.tls):
            add_row(form, widget.accessibleName() + " :", widget)
        self.message = make_message("connection_message")
        self.test_button = make_button(self.tr("Tester la connexion"), "connection_test_button")
        self.test_button.clicked.connect(self.test)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Enregistrer"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Enregistrer les réglages"))
        cancel = buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def current_settings(self) -> ServerSettings:
        return ServerSettings(host=self.host.text().strip(), port=self.port.value(),
                              database=self.database.text().strip(),
                              user=self.user.text().strip(), tls=str(self.tls.currentData()))

    def _url(self) -> tuple[ServerSettings, str]:
        settings = self.current_settings()
        password = self.password.text() or server.password_from_keyring(settings)
        return settings, settings.url(password)

    def test(self) -> bool:
        try:
            settings, url = self._url()
            check_connection(url)
        except ClubdeskError as exc:
            set_message(self.message, str(exc), problem=True)
            return False
        set_message(self.message, self.tr("La connexion marche : le serveur {} répond.")
                    .format(f"{settings.host}:{settings.port}"), good=True)
        return True

    def save(self) -> None:
        if not self.test():
            return
        settings, url = self._url()
        server.save(settings)
        if self.password.text() and not server.store_password(settings, self.password.text()):
            set_message(self.message, self.tr("Pas de trousseau sur cet ordinateur : le mot de "
                                              "passe sera demandé à chaque démarrage."))
        self.settings, self.url = settings, url
        self.accept()


class UnreachableDialog(QDialog):
    """The server does not answer at start. ``choice``: retry, backup, settings or quit."""

    RETRY, BACKUP, SETTINGS, QUIT = "retry", "backup", "settings", "quit"

    def __init__(self, message: str, backup: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is None:  # at start, before the main window: a window of its own
            style_window(self)
        self.setObjectName("unreachable_dialog")
        self.setWindowTitle(self.tr("Le serveur ne répond pas"))
        self.choice = self.QUIT
        text = make_message("unreachable_message")
        set_message(text, message, problem=True)
        hint = make_hint(self.tr("Vous pouvez réessayer dans un moment.") + "\n" + (
            self.tr("Vous pouvez aussi consulter la dernière sauvegarde de ce poste : "
                    "on peut la lire, mais rien ne peut y être changé.") if backup else
            self.tr("Ce poste n'a pas encore de sauvegarde à consulter.")))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for choice, words in ((self.RETRY, self.tr("Réessayer")),
                              (self.BACKUP, self.tr("Ouvrir la dernière sauvegarde "
                                                    "(lecture seule)")),
                              (self.SETTINGS, self.tr("Réglages de connexion")),
                              (self.QUIT, self.tr("Quitter"))):
            button = make_button(words, f"unreachable_{choice}_button", fixed=False)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            row.addWidget(button)
            self.buttons[choice] = button
        self.buttons[self.BACKUP].setEnabled(backup is not None)
        self.buttons[self.RETRY].setDefault(True)
        layout.addLayout(row)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != self.QUIT else self.reject()


class ConnectionBanner(QFrame):
    """Shown while the database does not answer during a session."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel("")
        self.label.setObjectName("connection_banner_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = make_button(self.tr("Réessayer"), "connection_retry_button",
                                        self.tr("Réessayer la connexion au serveur"))
        self.retry_button.clicked.connect(self.retry)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_problem(self, sentence: str) -> None:
        """An empty sentence: the server answers again."""
        if not sentence:
            self.hide()
            return
        self.label.setText(sentence + "\n" + self.tr(
            "Ce que vous avez tapé reste à l'écran. Enregistrez à nouveau quand le serveur "
            "répond."))
        self.show()
