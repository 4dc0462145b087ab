from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.access import Actor
from clubdesk.model.accounts.users import FREE_FAILURES, authenticate, password_problem
from clubdesk.model.club import Club
from clubdesk.ui.audit.audit_screen import AuditScreen, AuditTableModel, action_label
from clubdesk.ui.operations import Operations
from clubdesk.ui.users.users_screen import UsersScreen, UserTableModel

DIRECTION = Actor("direction", "direction", user_id=3)


@pytest.fixture
def direction_club(demo_target: str) -> Iterator[Club]:
    club = Club.open(demo_target, DIRECTION)
    yield club
    club.close()


@pytest.fixture
def users_screen(qtbot, direction_club: Club) -> UsersScreen:
    screen = UsersScreen(Operations(direction_club))
    qtbot.addWidget(screen)
    screen.show()
    return screen


@pytest.fixture
def audit_screen(qtbot, direction_club: Club) -> AuditScreen:
    screen = AuditScreen(Operations(direction_club))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def tallest(button: QWidget) -> int:
    """The least height a button gets: its own minimum, or the style sheet's (kit buttons
    take their height from the application sheet, which grows with the text size)."""
    return max(button.minimumHeight(), button.minimumSizeHint().height())


def usernames(screen: UsersScreen) -> list[str]:
    return [screen.model.row_at(r).username for r in range(screen.model.rowCount())]


def row_of(screen: UsersScreen, username: str):
    return screen.model.row_at(usernames(screen).index(username))


def check_named_and_reachable(screen: QWidget) -> None:
    buddies = {label.buddy() for label in screen.findChildren(QLabel) if label.buddy()}
    for widget in screen.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
            continue
        if widget.window() is not screen.window():
            continue  # a combo box's popup list
        if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
            continue  # the line edit inside a spin box
        assert widget.objectName() and widget.accessibleName(), widget
        if widget.inherits("QPushButton"):
            assert tallest(widget) >= 32, widget.objectName()
        if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
            assert widget in buddies, widget.objectName()


# -- « Comptes » ------------------------------------------------------------------------------

def test_the_accounts_are_listed(users_screen: UsersScreen) -> None:
    assert usernames(users_screen) == ["accueil", "direction", "equipe"]
    assert users_screen.model.index(2, 2).data() == "équipe"
    assert users_screen.model.index(0, 3).data() == "actif"
    assert users_screen.refusal is None


def test_create_an_account(qtbot, users_screen: UsersScreen, direction_club: Club) -> None:
    screen = users_screen
    qtbot.keyClicks(screen.new_username, "lea.martin")
    screen.new_display_name.setText("Léa Martin")
    screen.new_role.setCurrentIndex(screen.new_role.findData("equipe"))
    qtbot.keyClicks(screen.new_user_password, "court")
    assert screen.new_rule.text() == password_problem("court")
    qtbot.keyClick(screen.new_user_password, Qt.Key.Key_Return)
    assert screen.message.isVisible() and screen.message.property("problem")
    assert screen.message.text() == password_problem("court")
    assert "lea.martin" not in usernames(screen)

    screen.new_user_password.clear()
    qtbot.keyClicks(screen.new_user_password, "Cafe-du-club-2026")
    assert screen.new_rule.text() == "Ce mot de passe est assez solide."
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "lea.martin" in usernames(screen)
    assert screen.message.text() == "Le compte « lea.martin » est créé (équipe)."
    assert screen.selected_row() is not None and screen.selected_row().username == "lea.martin"
    assert screen.new_username.text() == "" and screen.new_user_password.text() == ""
    actor = authenticate(direction_club.db, "lea.martin", "Cafe-du-club-2026")
    assert actor.role == "equipe"


def test_the_last_direction_cannot_be_demoted(qtbot, users_screen: UsersScreen) -> None:
    screen = users_screen
    screen.select_user("direction")
    screen.role_choice.setCurrentIndex(screen.role_choice.findData("accueil"))
    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    assert screen.message.isVisible() and screen.message.property("problem")
    assert "dernier compte de la direction" in screen.message.text()
    assert row_of(screen, "direction").role == "direction"
    assert screen.role_choice.currentData() == "direction"

    qtbot.mouseClick(screen.disable_button, Qt.MouseButton.LeftButton)
    assert "dernier compte de la direction" in screen.message.text()
    assert not row_of(screen, "direction").disabled


def test_change_a_role_and_a_password(qtbot, users_screen: UsersScreen,
                                      direction_club: Club) -> None:
    screen = users_screen
    screen.select_user("accueil")
    screen.role_choice.setCurrentIndex(screen.role_choice.findData("equipe"))
    qtbot.mouseClick(screen.role_button, Qt.MouseButton.LeftButton)
    assert row_of(screen, "accueil").role == "equipe"
    assert screen.message.text() == "« accueil » a maintenant le rôle équipe."

    qtbot.keyClicks(screen.new_password, "faible")
    qtbot.keyClick(screen.new_password, Qt.Key.Key_Return)
    assert screen.message.text() == password_problem("faible")
    screen.new_password.clear()
    qtbot.keyClicks(screen.new_password, "Nouveau-mot-2026")
    qtbot.mouseClick(screen.password_button, Qt.MouseButton.LeftButton)
    assert "est changé" in screen.message.text() and screen.new_password.text() == ""
    assert authenticate(direction_club.db, "accueil", "Nouveau-mot-2026").role == "equipe"


def test_unlock_and_disable(qtbot, users_screen: UsersScreen, direction_club: Club) -> None:
    screen = users_screen
    start = clock.now(UTC)
    for attempt in range(FREE_FAILURES + 1):
        with pytest.raises(Exception):  # noqa: B017 (refused, then slowed down)
            authenticate(direction_club.db, "equipe", "mauvais",
                         now=start + timedelta(minutes=10 * attempt))
    screen.refresh()
    screen.select_user("equipe")
    assert row_of(screen, "equipe").locked
    assert screen.model.index(usernames(screen).index("equipe"), 3).data().startswith("ralenti")
    assert screen.unlock_button.isEnabled()
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not row_of(screen, "equipe").locked
    assert screen.message.text() == "Le compte « equipe » est débloqué."
    assert not screen.unlock_button.isEnabled()
    assert authenticate(direction_club.db, "equipe", "Equipe-demo-2026").role == "equipe"

    qtbot.mouseClick(screen.disable_button, Qt.MouseButton.LeftButton)
    assert row_of(screen, "equipe").disabled
    assert screen.disable_button.text() == "Réactiver"
    qtbot.mouseClick(screen.disable_button, Qt.MouseButton.LeftButton)
    assert not row_of(screen, "equipe").disabled


def test_the_lock_delay_is_set_here(users_screen: UsersScreen, direction_club: Club) -> None:
    assert users_screen.idle_minutes.value() == 10
    users_screen.idle_minutes.setValue(4)
    assert direction_club.settings.get_int("idle_lock_minutes") == 4
    assert "4 minutes" in users_screen.message.text()


def test_only_the_direction_manages_accounts(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target, Actor("equipe", "equipe"))
    screen = UsersScreen(Operations(club))
    qtbot.addWidget(screen)
    screen.show()
    # the refusal of the screen base, in place of a screen that is never built
    assert screen.refusal is not None and screen.refusal.isVisible()
    assert screen.refusal.text() == "Votre rôle (équipe) ne permet pas cette action."
    assert not screen.findChildren(QTableView) and not screen.findChildren(QLineEdit)
    club.close()


def test_the_accounts_screen_is_keyboard_and_reader_friendly(users_screen: UsersScreen) -> None:
    check_named_and_reachable(users_screen)


# -- « Journal » -------------------------------------------------------------------------------

def test_the_journal_lists_entries(audit_screen: AuditScreen) -> None:
    model = audit_screen.model
    assert audit_screen.loaded and model.rowCount() > 0
    actions = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert "création" in actions
    # every row the demo wrote is on the trail: more than one page of entries
    assert audit_screen.count_label.text().replace("\u202f", " ").replace("\u00a0", " ") \
        == "Les 1 000 entrées les plus récentes :"  # French digits, never « 1000 »


def test_the_journal_filters_by_member(qtbot, audit_screen: AuditScreen,
                                       direction_club: Club) -> None:
    member = next(r for r in direction_club.members.list_members() if r.last_name == "N'Diaye")
    direction_club.members.get(member.id)  # a recorded read
    qtbot.keyClicks(audit_screen.member_search, "ndiaye")
    assert audit_screen.member.currentData() == member.id
    qtbot.mouseClick(audit_screen.apply_button, Qt.MouseButton.LeftButton)
    model = audit_screen.model
    assert model.rowCount() >= 1
    assert {model.index(r, 3).data() for r in range(model.rowCount())} == {
        f"membre n° {member.id}"}
    assert "lecture" in {model.index(r, 2).data() for r in range(model.rowCount())}

    audit_screen.member_search.clear()
    audit_screen.username.setCurrentIndex(audit_screen.username.findData("accueil"))
    audit_screen.load()
    assert audit_screen.model.rowCount() == 0
    assert audit_screen.count_label.text() == "Aucune entrée ne correspond."


def test_the_journal_filters_by_dates(audit_screen: AuditScreen) -> None:
    audit_screen.use_dates.setChecked(True)
    assert audit_screen.since.isEnabled()
    audit_screen.until.setDate(audit_screen.since.date().addDays(-1))
    audit_screen.load()
    assert audit_screen.message.property("problem")
    assert "avant" in audit_screen.message.text()


def test_verify_says_intact(qtbot, audit_screen: AuditScreen) -> None:
    qtbot.mouseClick(audit_screen.verify_button, Qt.MouseButton.LeftButton)
    assert audit_screen.verify_message.isVisible()
    assert audit_screen.verify_message.text().startswith("Journal intact")
    assert audit_screen.verify_message.property("good")


def test_purging_asks_first(qtbot, audit_screen: AuditScreen,
                            direction_club: Club) -> None:
    assert audit_screen.months.minimum() == 6 and audit_screen.months.maximum() == 36
    assert audit_screen.months.value() == 12
    asked: list[int] = []
    def refuse(months: int) -> bool:
        asked.append(months)
        return False

    audit_screen.confirm_purge = refuse  # type: ignore[method-assign]
    before = audit_screen.model.rowCount()
    qtbot.mouseClick(audit_screen.purge_button, Qt.MouseButton.LeftButton)
    assert asked == [12] and audit_screen.model.rowCount() == before

    audit_screen.confirm_purge = lambda months: True  # type: ignore[method-assign]
    audit_screen.months.setValue(6)
    qtbot.mouseClick(audit_screen.purge_button, Qt.MouseButton.LeftButton)
    # The demo club's journal is a few seconds old: nothing is old enough to go.
    assert audit_screen.message.text() == (
        "Aucune entrée n'a plus de 6 mois : rien n'est supprimé.")
    assert direction_club.audit.purge(months=6, now=clock.now(UTC) + timedelta(days=400)) > 0
    qtbot.mouseClick(audit_screen.verify_button, Qt.MouseButton.LeftButton)
    assert audit_screen.verify_message.text().startswith("Journal intact")


def test_only_the_direction_reads_the_journal(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target, Actor("equipe", "equipe"))
    screen = AuditScreen(Operations(club))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.refusal is not None and screen.refusal.isVisible()
    assert "ne permet pas cette action" in screen.refusal.text()
    assert not screen.findChildren(QTableView) and not screen.loaded  # nothing was read
    club.close()


def test_the_journal_screen_is_keyboard_and_reader_friendly(audit_screen: AuditScreen) -> None:
    check_named_and_reachable(audit_screen)


def test_actions_in_words() -> None:
    assert [action_label(a) for a in ("read", "create", "update", "delete", "login",
                                      "login_failed", "export", "import", "purge")] == [
        "lecture", "création", "modification", "suppression", "connexion",
        "échec de connexion", "export", "import", "purge"]
    assert [action_label(a) for a in ("recovery_used", "recovery_failed", "recovery_new")] == [
        "code de secours utilisé", "code de secours refusé", "nouveau code de secours"]


# -- the models --------------------------------------------------------------------------------

def test_the_models_pass_qtmodeltester(qtmodeltester, direction_club: Club) -> None:
    users = UserTableModel()
    users.set_rows(direction_club.users.list_users())
    qtmodeltester.check(users)
    assert users.rowCount() == 3
    entries = AuditTableModel()
    entries.set_rows(direction_club.audit.entries())
    qtmodeltester.check(entries)
    assert entries.rowCount() > 0
    qtmodeltester.check(UserTableModel())
    qtmodeltester.check(AuditTableModel())


def test_read_entries_say_whose_records_in_words(qapp) -> None:
    """A read entry lists the members read (« member 3,5,9 » in the trail): the journal says
    it in French, never the trail's own English word."""
    from clubdesk.ui.audit.audit_screen import record_label

    assert record_label("followup", "member 13,29,36") == "suivi des membres n° 13, 29, 36"
    assert record_label("followup", "member 7") == "suivi du membre n° 7"
    assert record_label("partner_interaction", "partner 4").endswith(" du partenaire n° 4")
    assert record_label("followup", "12") == "suivi n° 12"
