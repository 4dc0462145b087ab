"""What the session's pages share: the calm card in the middle of the window, its big
title, a secret field and the password rule said while a new password is typed.

The pages (sign-in, first account, recovery code) are not navigation screens: they are the
pages of the session shell, shown before anyone works. Their look comes from the
application's style sheet (clubdesk.ui.appearance: ``session_card``, ``session_title``,
``recovery_code``), the rest from the widget kit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui.widgets import make_hint, make_line, restyle, scrolled


def session_card(content: QVBoxLayout, width: int) -> QWidget:
    """``content`` in a card of ``width`` pixels (more with a larger text size), centred
    a little above the middle of the page; the page scrolls when the card is taller than the
    window (large text on a small screen)."""
    card = QFrame()
    card.setObjectName("session_card")
    card.setLayout(content)
    points = QApplication.font().pointSizeF()
    card.setFixedWidth(round(width * max(1.0, points / 11)) if points > 0 else width)
    card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
    content.setContentsMargins(32, 28, 32, 28)
    content.setSpacing(14)
    outer = QWidget()
    column = QVBoxLayout(outer)
    column.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    area = scrolled(outer)
    area.setObjectName("session_scroll")
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows them
    return area


def make_title(text: str) -> QLabel:
    """The card's big title."""
    title = QLabel(text)
    title.setObjectName("session_title")
    title.setWordWrap(True)
    return title


def secret_line(name: str, accessible: str, max_length: int = 200) -> QLineEdit:
    """A field whose text is shown as dots (a password, a code)."""
    line = make_line(name, accessible, max_length)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


def make_password_rule(accessible: str) -> QLabel:
    """The line under a new password that says its rule, then what is missing (a hint that
    turns warm while the password is refused, green once it is strong enough)."""
    rule = make_hint("", "password_rule")
    rule.setAccessibleName(accessible)
    return rule


def say_rule(rule: QLabel, text: str, *, problem: bool = False, good: bool = False) -> None:
    rule.setText(text)
    rule.setProperty("problem", problem)
    rule.setProperty("good", good)
    restyle(rule)


def show_password_rule(rule: QLabel, password: str, again: str) -> None:
    """The password rule under a new password, said while it is typed: what is missing, or
    that it is strong enough (first account, new password after a one-time code)."""
    from clubdesk.model.accounts.users import password_problem  # the database stack: not at start

    if not password:
        text, problem, good = QCoreApplication.translate(
            "PasswordRule", "Le mot de passe : au moins 8 caractères avec trois sortes parmi "
            "minuscules, majuscules, chiffres et symboles, ou une phrase de 7 mots."), False, False
    elif (weak := password_problem(password)) is not None:
        text, problem, good = weak, True, False
    elif again and again != password:
        text, problem, good = QCoreApplication.translate(
            "PasswordRule", "Les deux mots de passe ne sont pas les mêmes."), True, False
    else:
        text, problem, good = QCoreApplication.translate(
            "PasswordRule", "Ce mot de passe est assez solide."), False, True
    say_rule(rule, text, problem=problem, good=good)
