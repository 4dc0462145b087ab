"""The direction's first screen (« Accueil ») says when the annual table for the ARS is due,
and its button opens « Rapport annuel »; the other roles see no such line."""

from __future__ import annotations

from datetime import datetime

from clubdesk.model import clock
from clubdesk.model.access import Actor


def window_on(qtbot, target: str, actor: Actor):
    from clubdesk.app import build_main_window

    window = build_main_window(target, actor=actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_due_in_january_and_the_button_opens_the_report(qtbot, club, db_target: str) -> None:
    clock.set_now(datetime(2027, 1, 4, 9, 0), running=False)
    window = window_on(qtbot, db_target, Actor("Direction", "direction"))
    first = window.stack.currentWidget()
    assert first.objectName() == "reception_screen"
    line = first.report_reminder
    assert line.isVisible()
    assert line.label.text() == ("Le tableau annuel 2026 pour l'ARS est à envoyer avant le 28 "
                                 "février 2027.")
    assert line.button.isVisible()
    line.button.click()
    assert window.stack.currentWidget().objectName() == "report_screen"


def test_late_after_february(qtbot, club, db_target: str) -> None:
    clock.set_now(datetime(2027, 3, 1, 9, 0), running=False)
    window = window_on(qtbot, db_target, Actor("Direction", "direction"))
    line = window.stack.currentWidget().report_reminder
    assert line.isVisible() and "est en retard" in line.label.text()
    assert "28 février 2027" in line.label.text()


def test_the_other_roles_see_no_reminder(qtbot, club, db_target: str) -> None:
    clock.set_now(datetime(2027, 1, 4, 9, 0), running=False)
    for role in ("accueil", "equipe"):
        window = window_on(qtbot, db_target, Actor(role, role))
        first = window.stack.currentWidget()
        assert first.objectName() == "reception_screen"
        assert not first.report_reminder.isVisible(), role
