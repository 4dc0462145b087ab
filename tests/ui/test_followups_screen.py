"""« Suivis » on a controlled clock, on a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QTabWidget, QWidget

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.storage.db import Database
from clubdesk.ui.followups.followups_screen import FollowupsScreen
from clubdesk.ui.followups.models import (
    CaseloadModel,
    DueStepsModel,
    MemberResultsModel,
    ModuleRow,
    ModulesModel,
    PathStepsModel,
    TimelineModel,
)
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import (
    WheelSafeComboBox,
    WheelSafeDateEdit,
    WheelSafeDoubleSpinBox,
    WheelSafeSpinBox,
)

TODAY = date(2025, 6, 16)  # a Monday
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def remi(club: Club, make_member):
    member = make_member("Rémi", last_name="Suivi")
    club.attendance.check_in(member.id, TODAY - timedelta(days=3), "am")
    return member


@pytest.fixture
def nadia(club: Club):
    staff = club.staff.create("Nadia", "Martin", function="Chargée d'insertion")
    club.staff.add_period(staff.id, date(2024, 1, 1))
    return staff


def make_screen(qtbot, ops: Operations) -> FollowupsScreen:
    screen = FollowupsScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def open_member(qtbot, screen: FollowupsScreen, text: str) -> None:
    """Type (ASCII: the search ignores accents) and press Enter: the first one found."""
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, text)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.member_id is not None


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_a_follow_up_and_a_path_step_go_into_the_timeline(qtbot, ops, club, remi, nadia,
                                                          bakery) -> None:
    screen = make_screen(qtbot, ops)
    assert not screen.member_tabs.isEnabled()
    open_member(qtbot, screen, "remi")
    assert screen.member_id == remi.id
    assert screen.member_label.text() == "Fiche de Rémi Suivi"
    assert column(screen.timeline_model, 1) == ["Présence (matin)"]

    screen.member_tabs.setCurrentIndex(1)
    assert screen.followup_date.date() == QDate(2025, 6, 16)
    choose(screen.followup_staff, nadia.id)
    choose(screen.followup_kind, "job_search")
    # (QTest types ASCII only: the accented texts are set directly.)
    screen.followup_note.setPlainText("CV mis à jour ensemble")
    screen.followup_next.setText("Envoyer le CV à la boulangerie")
    screen.followup_has_due.setChecked(True)
    screen.followup_due.setDate(QDate(2025, 6, 20))
    choose(screen.followup_partner, bakery.id)
    screen.followup_read.setChecked(True)
    qtbot.mouseClick(screen.add_followup_button, LEFT)

    assert screen.followup_message.text() == "Suivi noté. Il est dans l'historique."
    [row] = club.followups.for_member(remi.id)
    assert (row.date, row.kind, row.staff_id, row.partner_id, row.due_on,
            row.read_with_member_on) == (TODAY, "job_search", nadia.id, bakery.id,
                                         date(2025, 6, 20), TODAY)
    assert screen.followup_note.toPlainText() == ""  # ready for the next one
    assert column(screen.timeline_model, 0)[0] == "16/06/2025"
    assert column(screen.timeline_model, 1)[0] == "Suivi : recherche d'emploi"
    assert column(screen.timeline_model, 2)[0] == (
        "CV mis à jour ensemble\nProchaine étape : Envoyer le CV à la boulangerie pour le "
        "20/06/2025")

    screen.member_tabs.setCurrentIndex(2)
    choose(screen.step_kind, "internship")
    assert not screen.step_category.isEnabled()
    screen.step_start.setDate(QDate(2025, 6, 2))
    choose(screen.step_partner, bakery.id)
    screen.step_hours.setValue(20)
    qtbot.keyClicks(screen.step_title, "vendeuse")
    qtbot.mouseClick(screen.add_step_button, LEFT)
    assert screen.step_message.text() == "Étape ajoutée au parcours."
    assert [screen.steps_model.index(0, c).data() for c in range(6)] == [
        "stage — vendeuse", "02/06/2025", "en cours", "Boulangerie Au Bon Pain", "20 h", ""]
    assert "Début : stage — vendeuse" in column(screen.timeline_model, 1)

    # Presences can be hidden: only the follow-up and the step remain.
    screen.show_attendance.setChecked(False)
    assert column(screen.timeline_model, 1) == ["Suivi : recherche d'emploi",
                                                "Début : stage — vendeuse"]


def test_a_due_date_before_the_follow_up_is_refused_and_nothing_saved(qtbot, ops, club,
                                                                     remi) -> None:
    screen = make_screen(qtbot, ops)
    open_member(qtbot, screen, "Suivi")
    screen.followup_date.setDate(QDate(2025, 6, 10))
    qtbot.keyClicks(screen.followup_next, "Rappeler")
    screen.followup_has_due.setChecked(True)
    screen.followup_due.setDate(QDate(2025, 6, 9))
    qtbot.mouseClick(screen.add_followup_button, LEFT)
    assert screen.followup_message.text() == (
        "L'échéance de la prochaine étape est avant la date du suivi.")
    assert screen.followup_message.property("problem") is True
    assert club.followups.for_member(remi.id) == []
    assert screen.followup_next.text() == "Rappeler"  # kept for a correction


def test_a_follow_up_cannot_be_dated_in_the_future(qtbot, ops, remi) -> None:
    screen = make_screen(qtbot, ops)
    assert screen.followup_date.maximumDate() == QDate(2025, 6, 16)


def test_an_employment_without_category_is_refused_inline(qtbot, ops, club, remi) -> None:
    screen = make_screen(qtbot, ops)
    open_member(qtbot, screen, "Remi")
    choose(screen.step_kind, "employment")
    assert screen.step_category.isEnabled() and screen.step_contract.isEnabled()
    assert screen.step_category.currentData() is None
    qtbot.mouseClick(screen.add_step_button, LEFT)
    assert screen.step_message.text() == (
        "Pour un emploi, choisissez : emploi de transition, accompagné ou indépendant.")
    assert club.paths.steps(remi.id) == []

    choose(screen.step_category, "transitional")
    choose(screen.step_contract, "cdd")
    qtbot.mouseClick(screen.add_step_button, LEFT)
    assert column(screen.steps_model, 5) == ["emploi de transition (CDD)"]


def test_ending_a_step_and_noting_a_cover(qtbot, ops, club, remi) -> None:
    step = club.paths.add_step(remi.id, "employment", date(2025, 5, 5),
                               category="transitional", title="plonge")
    other = club.paths.add_step(remi.id, "volunteering", date(2025, 1, 6))
    screen = make_screen(qtbot, ops)
    open_member(qtbot, screen, "Remi")
    assert not screen.end_step_button.isEnabled()
    assert not screen.add_cover_button.isEnabled()

    screen.steps_table.selectRow(screen.steps_model.find_row(lambda s: s.id == other.id))
    assert screen.end_step_button.isEnabled()
    assert not screen.add_cover_button.isEnabled()  # not a transitional job
    assert "emplois de transition" in screen.covers_label.text()

    screen.steps_table.selectRow(screen.steps_model.find_row(lambda s: s.id == step.id))
    assert screen.add_cover_button.isEnabled()
    screen.cover_date.setDate(QDate(2025, 6, 12))
    qtbot.keyClicks(screen.cover_who, "Jules")
    qtbot.mouseClick(screen.add_cover_button, LEFT)
    assert screen.step_message.text() == "Remplacement noté."
    assert screen.covers_label.text() == "Remplacements notés : 12/06/2025 (Jules)"

    screen.step_end_date.setDate(QDate(2025, 6, 13))
    qtbot.mouseClick(screen.end_step_button, LEFT)
    assert club.paths.steps(remi.id)[0].ended_on == date(2025, 6, 13)
    assert "Fin : emploi — plonge" in column(screen.timeline_model, 1)
    assert not screen.end_step_button.isEnabled()  # the chosen step is over


def test_emploi_accompagne_needs_rqth_yes(qtbot, ops, club, remi) -> None:
    screen = make_screen(qtbot, ops)
    open_member(qtbot, screen, "Remi")
    screen.member_tabs.setCurrentIndex(3)
    assert screen.rqth_label.text() == "RQTH : pas renseignée dans la fiche du membre."
    assert column(screen.modules_model, 0) == [
        "évaluation", "projet professionnel", "recherche d'emploi", "soutien dans l'emploi"]
    assert column(screen.modules_model, 1) == ["pas commencé"] * 4

    choose(screen.module_kind, "evaluation")
    screen.module_start.setDate(QDate(2025, 6, 2))
    qtbot.mouseClick(screen.save_module_button, LEFT)
    assert screen.module_message.text().startswith("L'emploi accompagné demande une RQTH")
    assert club.paths.modules(remi.id) == []

    ops.run(ops.club.members.update, remi.id, rqth="yes")
    assert screen.rqth_label.text() == "RQTH : oui."
    qtbot.mouseClick(screen.save_module_button, LEFT)
    assert screen.module_message.text() == "Module « évaluation » enregistré."
    assert [screen.modules_model.index(0, c).data() for c in range(3)] == [
        "évaluation", "02/06/2025", "en cours"]

    # Choosing a module in the table fills the form with its dates.
    screen.module_ongoing.setChecked(False)
    screen.modules_table.selectRow(1)
    assert screen.module_kind.currentData() == "project"
    screen.modules_table.selectRow(0)
    assert screen.module_start.date() == QDate(2025, 6, 2)
    assert screen.module_ongoing.isChecked()


@pytest.fixture
def steps(club: Club, make_member, nadia):
    """One overdue next step (Nadia's), one due in 3 days (nobody's), one done."""
    late = make_member("Léon", last_name="Retard")
    soon = make_member("Sophie", last_name="Bientôt")
    overdue = club.followups.add(late.id, TODAY - timedelta(days=10), "interview",
                                 staff_id=nadia.id, next_step="Appeler Cap emploi",
                                 due_on=TODAY - timedelta(days=2), today=TODAY)
    upcoming = club.followups.add(soon.id, TODAY - timedelta(days=1), "job_search",
                                  next_step="Relire la lettre", due_on=TODAY + timedelta(days=3),
                                  today=TODAY)
    done = club.followups.add(soon.id, TODAY - timedelta(days=5), "other",
                              next_step="Déjà fait", due_on=TODAY, today=TODAY)
    club.followups.mark_done(done.id, TODAY)
    return {"late": late, "soon": soon, "overdue": overdue, "upcoming": upcoming}


def test_next_steps_say_late_in_words_and_leave_when_done(qtbot, ops, club, steps,
                                                         nadia) -> None:
    screen = make_screen(qtbot, ops)
    screen.tabs.setCurrentIndex(1)
    assert screen.due_staff.currentText() == "Toute l'équipe"
    assert [[screen.due_model.index(r, c).data() for c in range(4)] for r in range(2)] == [
        ["14/06/2025", "Léon Retard", "Appeler Cap emploi", "en retard"],
        ["19/06/2025", "Sophie Bientôt", "Relire la lettre", "à faire"],
    ]
    assert screen.due_count.text() == "2 étapes, dont 1 en retard."
    assert not screen.mark_done_button.isEnabled()
    assert screen.caseload_box.isHidden()

    screen.due_table.selectRow(0)
    qtbot.mouseClick(screen.mark_done_button, LEFT)
    assert screen.due_message.text() == "C'est noté : « Appeler Cap emploi » pour Léon Retard " \
                                        "est fait."
    assert column(screen.due_model, 1) == ["Sophie Bientôt"]
    assert club.followups.get(steps["overdue"].id).done_on == TODAY
    assert screen.due_count.text() == "1 étape, aucune en retard."


def test_one_staff_members_steps_and_caseload(qtbot, ops, club, steps, nadia) -> None:
    screen = make_screen(qtbot, ops)
    screen.tabs.setCurrentIndex(1)
    choose(screen.due_staff, nadia.id)
    assert column(screen.due_model, 1) == ["Léon Retard"]
    assert not screen.caseload_box.isHidden()
    assert screen.caseload_box.title() == "Membres suivis par Nadia Martin"
    assert [[screen.caseload_model.index(0, c).data() for c in range(2)]] == [
        ["Léon Retard", "06/06/2025"]]

    # « Ouvrir la fiche » opens the member's follow-up sheet.
    screen.due_table.selectRow(0)
    qtbot.mouseClick(screen.open_member_button, LEFT)
    assert screen.tabs.currentIndex() == 0
    assert screen.member_id == steps["late"].id
    assert "Suivi : entretien individuel" in column(screen.timeline_model, 1)


def test_the_next_steps_window_is_7_14_or_30_days_and_overdue_steps_always_show(
        qtbot, ops, club, make_member) -> None:
    member = make_member("Inès", last_name="Fenêtre")
    for late_or_ahead, step in ((-40, "Très en retard"), (12, "Dans douze jours"),
                                (25, "Dans vingt-cinq jours")):
        club.followups.add(member.id, TODAY - timedelta(days=50), "other", next_step=step,
                           due_on=TODAY + timedelta(days=late_or_ahead), today=TODAY)
    screen = make_screen(qtbot, ops)
    screen.tabs.setCurrentIndex(1)
    window = screen.due_window
    assert isinstance(window, WheelSafeComboBox)
    assert [window.itemData(i) for i in range(window.count())] == [7, 14, 30]
    # 14 days by default: the step due in 12 days is not hidden any more
    assert window.currentText() == "14 jours"
    assert column(screen.due_model, 2) == ["Très en retard", "Dans douze jours"]
    assert screen.due_explanation.text() == (
        "Les étapes en retard d'abord, puis celles des 14 prochains jours.")

    choose(window, 7)
    assert column(screen.due_model, 2) == ["Très en retard"]
    assert screen.due_explanation.text() == (
        "Les étapes en retard d'abord, puis celles des 7 prochains jours.")
    choose(window, 30)
    assert column(screen.due_model, 2) == ["Très en retard", "Dans douze jours",
                                           "Dans vingt-cinq jours"]
    assert screen.due_count.text() == "3 étapes, dont 1 en retard."

    # nothing late and nothing within the window: the sentence gives the window
    club.followups.mark_done(club.followups.due(TODAY)[0].followup_id, TODAY)
    choose(window, 7)
    assert screen.due_count.text() == "Aucune étape en retard, ni dans les 7 prochains jours."


def test_the_form_is_back_to_its_defaults_after_saving(qtbot, ops, club, remi, nadia,
                                                      bakery) -> None:
    screen = make_screen(qtbot, ops)
    open_member(qtbot, screen, "remi")
    screen.member_tabs.setCurrentIndex(1)
    choose(screen.followup_staff, nadia.id)
    choose(screen.followup_kind, "job_search")
    screen.followup_note.setPlainText("Premier suivi")
    choose(screen.followup_partner, bakery.id)
    qtbot.mouseClick(screen.add_followup_button, LEFT)
    assert screen.followup_message.text() == "Suivi noté. Il est dans l'historique."
    assert screen.followup_note.toPlainText() == ""
    assert screen.followup_kind.currentIndex() == 0
    assert screen.followup_partner.currentData() is None  # it kept the partner before
    assert screen.followup_staff.currentData() == nadia.id  # who notes stays

    # the next follow-up, saved as it is, names no partner
    screen.followup_note.setPlainText("Second suivi")
    qtbot.mouseClick(screen.add_followup_button, LEFT)
    second = next(f for f in club.followups.for_member(remi.id) if f.note == "Second suivi")
    assert (second.partner_id, second.kind) == (None, screen.followup_kind.itemData(0))


def signed_in_as(open_ops, db_target: str, club: Club, display_name: str) -> Operations:
    """The operations of someone signed in with an account shown as ``display_name``."""
    account = club.users.create("nmartin", "Un mot de passe 42 !", "direction", display_name)
    return open_ops(db_target, Actor(name="nmartin", role="direction", user_id=account.id))


def test_who_noted_and_whose_steps_start_with_the_signed_in_staff_member(
        qtbot, club, db_target: str, open_ops, nadia, remi) -> None:
    club.staff.create("Paul", "Durand")
    ops = signed_in_as(open_ops, db_target, club, "nadia MARTIN")  # folded: the same name
    screen = make_screen(qtbot, ops)
    assert screen.followup_staff.currentData() == nadia.id
    assert screen.due_staff.currentData() == nadia.id
    assert not screen.caseload_box.isHidden()  # her caseload, at once

    # a choice made afterwards stays when the staff list is read again
    choose(screen.due_staff, None)
    ops.run(ops.club.staff.create, "Zoé", "Autre")
    assert screen.due_staff.currentData() is None


def test_no_signed_in_staff_member_when_the_name_is_not_exactly_one_of_theirs(
        qtbot, club, db_target: str, open_ops, nadia) -> None:
    namesake = club.staff.create("Nadia", "Martin", function="Homonyme")
    assert namesake.id != nadia.id
    ops = signed_in_as(open_ops, db_target, club, "Nadia Martin")  # two staff members match
    screen = make_screen(qtbot, ops)
    assert screen.followup_staff.currentData() is None
    assert screen.due_staff.currentData() is None


def test_an_account_named_otherwise_starts_empty(qtbot, club, db_target: str, open_ops,
                                                 nadia) -> None:
    ops = signed_in_as(open_ops, db_target, club, "Nadia M.")  # not exactly her name
    screen = make_screen(qtbot, ops)
    assert screen.followup_staff.currentData() is None
    assert screen.due_staff.currentText() == "Toute l'équipe"


def test_a_linked_account_starts_with_its_staff_member_whatever_its_name(
        qtbot, club, db_target: str, open_ops, nadia) -> None:
    """The link (« Salariés ») wins over the name: the account shown as « Nadia Martin » but
    linked to Paul starts with Paul; an equipe account named otherwise, linked to Nadia,
    starts with Nadia."""
    club.users.create("direction", "Un mot de passe 42 !", "direction")
    paul = club.staff.create("Paul", "Durand")
    ops = signed_in_as(open_ops, db_target, club, "Nadia Martin")
    club.staff.link_account(paul.id, ops.club.actor.user_id)
    screen = make_screen(qtbot, ops)
    assert screen.followup_staff.currentData() == paul.id
    assert screen.due_staff.currentData() == paul.id

    account = club.users.create("nm", "Un mot de passe 42 !", "equipe", "N. M.")
    club.staff.link_account(nadia.id, account.id)
    team = open_ops(db_target, Actor(name="nm", role="equipe", user_id=account.id))
    screen = make_screen(qtbot, team)
    assert screen.followup_staff.currentData() == nadia.id
    assert screen.due_staff.currentData() == nadia.id
    assert screen.tabs.tabText(1) == "Mes prochaines étapes"


def test_an_account_known_as_nobody_sees_the_teams_next_steps(qtbot, ops) -> None:
    """« Mes » only for an account that is a staff member: otherwise the tab shows the
    whole team's steps and says so."""
    screen = make_screen(qtbot, ops)
    assert screen.due_staff.currentData() is None  # « Toute l'équipe »
    assert screen.tabs.tabText(1) == "Prochaines étapes de l'équipe"


def test_a_new_staff_member_or_partner_appears_in_the_choices(qtbot, ops, remi) -> None:
    screen = make_screen(qtbot, ops)
    ops.run(ops.club.staff.create, "Paul", "Durand")
    assert screen.followup_staff.findText("Paul Durand") >= 0
    assert screen.due_staff.findText("Paul Durand") >= 0
    ops.run(ops.club.partners.create, "Cap emploi", "spie")
    assert screen.followup_partner.findText("Cap emploi") >= 0
    assert screen.step_partner.findText("Cap emploi") >= 0


def test_the_reception_role_sees_the_refusal_calmly(qtbot, club, db_target: str, remi) -> None:
    reception = Club(Database.open(db_target), Actor("Léa", "accueil"))
    try:
        screen = FollowupsScreen(Operations(reception), today=lambda: TODAY)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.refusal is not None and screen.refusal.isVisible()
        assert screen.refusal.text() == (
            "Votre rôle (accueil) ne permet pas cette action. Les suivis et les parcours des "
            "membres sont réservés à l'équipe.")
        assert screen.findChild(QTabWidget) is None  # nothing of the members is built
    finally:
        reception.close()


def test_every_control_is_named_and_big_enough(qtbot, ops, remi) -> None:
    screen = make_screen(qtbot, ops)
    for name in ("followup_member_search", "followup_member_results", "timeline_table",
                 "show_attendance", "followup_date", "followup_staff", "followup_kind",
                 "followup_note", "followup_next_step", "followup_has_due", "followup_due",
                 "followup_partner", "followup_read", "add_followup_button", "steps_table",
                 "step_end_date", "end_step_button", "cover_date", "cover_who",
                 "add_cover_button", "step_kind", "step_title", "step_start", "step_ongoing",
                 "step_end", "step_partner", "step_hours", "step_category", "step_contract",
                 "add_step_button", "modules_table", "module_kind", "module_start",
                 "module_ongoing", "module_end", "save_module_button", "due_staff",
                 "due_table", "mark_done_button", "open_member_button", "caseload_table"):
        widget = screen.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for button in screen.findChildren(QAbstractButton):
        if button.objectName().endswith("_button"):
            assert button.minimumHeight() >= 32, button.objectName()


def test_the_main_window_has_the_followups_screen(qtbot, demo_target: str) -> None:
    from clubdesk.app import build_main_window

    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles.index("Suivis") == titles.index("Membres") + 1
    screen = window.screen_named("followups_screen")
    assert isinstance(screen, FollowupsScreen)
    assert screen.due_staff.count() > 1


def test_the_models_pass_qtmodeltester(qtmodeltester, club, remi, steps, nadia,
                                       bakery) -> None:
    club.paths.add_step(remi.id, "employment", date(2025, 1, 6), partner_id=bakery.id,
                        hours_per_week=17.5, category="supported", contract="cdi")
    club.followups.add(remi.id, TODAY, "interview", note="Bilan", today=TODAY)

    timeline = TimelineModel()
    timeline.set_entries(club.followups.timeline(remi.id))
    assert timeline.rowCount() == 3
    qtmodeltester.check(timeline)
    timeline.set_show_attendance(False)
    assert timeline.rowCount() == 2
    qtmodeltester.check(timeline)

    path = PathStepsModel()
    path.set_partner_names({bakery.id: bakery.name})
    path.set_rows(club.paths.steps(remi.id))
    assert [path.index(0, c).data() for c in range(6)] == [
        "emploi", "06/01/2025", "en cours", "Boulangerie Au Bon Pain", "17,5 h",
        "emploi accompagné (CDI)"]
    qtmodeltester.check(path)

    due = DueStepsModel()
    due.set_rows(club.followups.due(TODAY))
    assert due.index(0, 0).data(DueStepsModel.ID_ROLE) == steps["overdue"].id
    qtmodeltester.check(due)

    caseload = CaseloadModel()
    caseload.set_rows(club.followups.caseload(nadia.id))
    qtmodeltester.check(caseload)

    results = MemberResultsModel()
    results.set_rows(club.members.search("r", on=TODAY))
    assert results.rowCount() >= 1
    qtmodeltester.check(results)

    modules = ModulesModel()
    modules.set_rows([ModuleRow("evaluation", "évaluation", date(2025, 1, 6), None),
                      ModuleRow("project", "projet professionnel")])
    assert [modules.index(1, c).data() for c in range(3)] == [
        "projet professionnel", "pas commencé", ""]
    qtmodeltester.check(modules)


def test_a_long_note_is_cut_in_the_timeline_but_kept_whole_for_screen_readers(
        club, remi) -> None:
    note = "mot " * 300
    club.followups.add(remi.id, TODAY, "interview", note=note, today=TODAY)
    model = TimelineModel()
    model.set_entries(club.followups.timeline(remi.id))
    shown = model.index(0, 2).data()
    assert len(shown) < 410 and shown.endswith(" …")
    assert model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == note.strip()
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == note.strip()


def test_no_field_changes_under_the_mouse_wheel(qtbot, ops) -> None:
    """Every drop-down, number and date of the screen comes from the kit (wheel-safe)."""
    screen = make_screen(qtbot, ops)
    fields = screen.findChildren(QComboBox) + screen.findChildren(QAbstractSpinBox)
    assert len(fields) >= 15
    safe = (WheelSafeComboBox, WheelSafeSpinBox, WheelSafeDoubleSpinBox, WheelSafeDateEdit)
    unsafe = [f.objectName() for f in fields if not isinstance(f, safe)]
    assert not unsafe
