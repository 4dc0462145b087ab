"""The member record, driven as a person would: typing, clicking, on a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from clubdesk.model.club import Club
from clubdesk.ui.members.member_form import MemberForm
from clubdesk.ui.members.members_screen import MembersScreen
from clubdesk.ui.operations import Operations

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def default_tasks(club: Club) -> None:
    """The club's usual tasks, before the screen opens."""
    club.tasks.ensure_defaults()


@pytest.fixture
def screen(qtbot, ops: Operations) -> MembersScreen:
    s = MembersScreen(ops)
    qtbot.addWidget(s)
    s.show()
    return s


def names_in(screen: MembersScreen) -> set[str]:
    m = screen.model
    return {f"{m.index(r, 0).data()} {m.index(r, 1).data()}" for r in range(m.rowCount())}


def row_of(screen: MembersScreen, member_id: int) -> int:
    for r in range(screen.model.rowCount()):
        if screen.model.row_at(r).id == member_id:
            return r
    raise AssertionError(f"member {member_id} not in the list")


def click_row(qtbot, screen: MembersScreen, row: int, *, ctrl: bool = False) -> None:
    rect = screen.table.visualRect(screen.model.index(row, 0))
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(screen.table.viewport(), LEFT, modifier, rect.center())


def new_form(qtbot, screen: MembersScreen) -> MemberForm:
    qtbot.mouseClick(screen.new_button, LEFT)
    form = screen.form
    assert form is not None and form.isVisible()
    assert form.member_id is None
    return form


def test_create_a_member_by_typing_then_find_and_reopen_them(qtbot, screen, club) -> None:
    before = club.members.count()
    form = new_form(qtbot, screen)
    qtbot.keyClicks(form.first_name, "Zacharie")
    qtbot.keyClicks(form.last_name, "Testeur")
    qtbot.keyClicks(form.phone, "06 11 22 33 44")
    form.contact_preference.setCurrentIndex(form.contact_preference.findData("sms"))
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, LEFT)

    assert not form.isVisible()
    assert club.members.count() == before + 1
    new_id = saved.args[0]
    stored = club.members.get(new_id)
    assert (stored.first_name, stored.last_name, stored.phone, stored.contact_preference) == (
        "Zacharie", "Testeur", "06 11 22 33 44", "sms")
    assert club.members.status(new_id) == "visitor"

    qtbot.keyClicks(screen.search, "zach")
    qtbot.waitUntil(lambda: "Zacharie Testeur" in names_in(screen), timeout=2000)
    row = row_of(screen, new_id)
    rect = screen.table.visualRect(screen.model.index(row, 1))
    # A real double-click is a press, then a double-click event (QTest sends only the latter).
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(screen.table.viewport(), LEFT, pos=rect.center())
    assert screen.form is not None and screen.form.isVisible()
    assert screen.form.member_id == new_id
    assert screen.form.phone.text() == "06 11 22 33 44"


def test_open_button_and_enter_open_the_selected_record(qtbot, screen, make_member) -> None:
    member = make_member("Agathe", last_name="Lenoir")
    screen.refresh()
    assert not screen.open_button.isEnabled()
    click_row(qtbot, screen, row_of(screen, member.id))
    assert screen.open_button.isEnabled()
    qtbot.mouseClick(screen.open_button, LEFT)
    assert screen.form is not None and screen.form.member_id == member.id
    assert screen.form.first_name.text() == "Agathe"
    screen.form.close()

    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.form.isVisible() and screen.form.member_id == member.id


def test_empty_first_name_shows_the_error_and_creates_nothing(qtbot, screen, club) -> None:
    before = club.members.count()
    form = new_form(qtbot, screen)
    qtbot.keyClicks(form.last_name, "Sansprenom")
    qtbot.keyClicks(form.email, "quelquun@exemple.fr")
    qtbot.mouseClick(form.save_button, LEFT)

    assert form.isVisible()
    assert form.error_label.objectName() == "form_error"
    assert form.error_label.isVisible()
    assert form.error_label.text() == "Le prénom est obligatoire."
    assert club.members.count() == before
    # Everything typed is kept, and the first name field has the focus to fix it.
    assert form.last_name.text() == "Sansprenom"
    assert form.email.text() == "quelquun@exemple.fr"
    assert form.pages.currentIndex() == 0

    qtbot.keyClicks(form.first_name, "Enfin")
    qtbot.mouseClick(form.save_button, LEFT)
    assert not form.isVisible()
    assert club.members.count() == before + 1


def test_a_bad_email_is_shown_inline_and_the_record_is_unchanged(qtbot, screen, club,
                                                                 make_member) -> None:
    member = make_member("Hugo", last_name="Martin", email="hugo@exemple.fr")
    form = screen.open_member(member.id)
    form.email.clear()
    qtbot.keyClicks(form.email, "pas-une-adresse")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.isVisible()
    assert "pas-une-adresse" in form.error_label.text()
    assert club.members.get(member.id).email == "hugo@exemple.fr"


def test_possible_duplicates_are_shown_then_create_anyway(qtbot, screen, club,
                                                           make_member) -> None:
    existing = make_member("Émilie", last_name="N'Diaye")
    before = club.members.count()
    form = new_form(qtbot, screen)
    qtbot.keyClicks(form.first_name, "emilie")
    qtbot.keyClicks(form.last_name, "ndiaye")
    qtbot.mouseClick(form.save_button, LEFT)

    assert club.members.count() == before  # nothing written yet
    assert form.duplicates_panel.isVisible()
    assert form.duplicates_list.objectName() == "duplicates_list"
    assert form.duplicates_list.count() == 1
    assert "Émilie N'Diaye" in form.duplicates_list.item(0).text()
    assert form.duplicates_list.item(0).data(Qt.ItemDataRole.UserRole) == existing.id
    assert form.save_button.text() == "Créer quand même"

    qtbot.mouseClick(form.save_button, LEFT)
    assert not form.isVisible()
    assert club.members.count() == before + 1
    assert len(club.members.search("emilie ndiaye")) == 2


def test_a_duplicate_can_be_opened_instead(qtbot, screen, club, make_member) -> None:
    existing = make_member("Émilie", last_name="N'Diaye", phone="06 12 34 56 78")
    before = club.members.count()
    form = new_form(qtbot, screen)
    qtbot.keyClicks(form.first_name, "Mimi")
    qtbot.keyClicks(form.phone, "0612345678")  # same number, written differently
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.duplicates_list.count() == 1

    qtbot.mouseClick(form.open_duplicate_button, LEFT)
    assert form.member_id == existing.id
    assert form.first_name.text() == "Émilie"
    assert not form.duplicates_panel.isVisible()
    assert form.save_button.text() == "Enregistrer"
    qtbot.mouseClick(form.save_button, LEFT)
    assert club.members.count() == before


def test_changing_the_name_after_a_warning_checks_again(qtbot, screen, club,
                                                        make_member) -> None:
    make_member("Émilie", last_name="N'Diaye")
    form = new_form(qtbot, screen)
    qtbot.keyClicks(form.first_name, "emilie")
    qtbot.keyClicks(form.last_name, "ndiaye")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.duplicates_panel.isVisible()
    form.last_name.clear()
    qtbot.keyClicks(form.last_name, "Autre")
    assert not form.duplicates_panel.isVisible()
    assert form.save_button.text() == "Enregistrer"


def test_join_without_charter_is_refused_calmly(qtbot, screen, club, make_member) -> None:
    visitor = make_member("Paul", last_name="Visiteur", joined_on=None)
    form = screen.open_member(visitor.id)
    form.show_section(1)
    assert form.membership.charter_status.text() == \
        "Charte actuelle (version 1) : pas encore signée."
    assert form.charter_list.item(0).text() == "Aucune signature pour l'instant."
    qtbot.mouseClick(form.join_button, LEFT)
    assert form.error_label.text() == "Notez d'abord la signature de la charte actuelle."
    assert club.members.periods(visitor.id) == []


def test_join_leave_rejoin_keeps_two_periods(qtbot, screen, club, make_member) -> None:
    """Each signature kept (a member who comes back signs the new charter), the reason of
    a departure chosen from the list."""
    club.charter.set_current_version("2022")
    visitor = make_member("Paul", last_name="Revenant", joined_on=None)
    form = screen.open_member(visitor.id)
    form.show_section(1)
    assert form.join_button.text() == "Adhérer"
    assert not form.leave_button.isEnabled()
    assert form.sign_charter_button.text() == "Signer la charte (version 2022)"

    form.charter_date.setDate(QDate(2024, 1, 2))
    qtbot.mouseClick(form.sign_charter_button, LEFT)
    form.membership_date.setDate(QDate(2024, 1, 10))
    qtbot.mouseClick(form.join_button, LEFT)
    assert form.error_label.isHidden(), form.error_label.text()
    assert club.members.status(visitor.id) == "current"
    assert form.leave_button.isEnabled() and not form.join_button.isEnabled()

    form.membership_date.setDate(QDate(2024, 6, 1))
    assert form.leave_reason.isEditable() is False  # a list, never free text
    form.leave_reason.setCurrentIndex(form.leave_reason.findText("emploi"))
    qtbot.mouseClick(form.leave_button, LEFT)
    assert club.members.status(visitor.id) == "former"
    assert form.join_button.text() == "Ré-adhérer"

    club.charter.set_current_version("2024")  # a new charter meanwhile
    form.load_member(visitor.id)
    form.membership_date.setDate(QDate(2025, 1, 6))
    qtbot.mouseClick(form.join_button, LEFT)
    assert form.error_label.text() == "Notez d'abord la signature de la charte actuelle."
    form.charter_date.setDate(QDate(2025, 1, 6))
    qtbot.mouseClick(form.sign_charter_button, LEFT)
    qtbot.mouseClick(form.join_button, LEFT)

    periods = club.members.periods(visitor.id)
    assert [(p.joined_on, p.left_on, p.leave_reason) for p in periods] == [
        (date(2024, 1, 10), date(2024, 6, 1), "job"),
        (date(2025, 1, 6), None, ""),
    ]
    shown = [form.periods_list.item(i).text() for i in range(form.periods_list.count())]
    assert shown == ["du 10/01/2024 au 01/06/2024 (emploi)", "depuis le 06/01/2025"]
    assert form.membership_status.text() == "Membre depuis le 06/01/2025."
    signed = [form.charter_list.item(i).text() for i in range(form.charter_list.count())]
    assert signed == ["version 2022, signée le 02/01/2024", "version 2024, signée le 06/01/2025"]
    assert form.membership.charter_status.text() == "Charte actuelle (version 2024) : signée."


def test_an_overlapping_period_is_refused_in_the_form(qtbot, screen, club,
                                                      make_member) -> None:
    member = make_member("Lina", last_name="Chevauche", joined_on=date(2024, 1, 8))
    club.charter.sign(member.id, date(2024, 1, 8))
    club.members.leave(member.id, date(2024, 9, 1))
    form = screen.open_member(member.id)
    form.membership_date.setDate(QDate(2024, 3, 1))
    qtbot.mouseClick(form.join_button, LEFT)
    assert "chevauche" in form.error_label.text()
    assert len(club.members.periods(member.id)) == 1


def test_a_new_person_can_join_with_the_record(qtbot, screen, club) -> None:
    form = new_form(qtbot, screen)
    qtbot.keyClicks(form.first_name, "Nouvelle")
    qtbot.keyClicks(form.last_name, "Adherente")
    form.show_section(1)
    form.charter_date.setDate(QDate(2025, 3, 3))
    qtbot.mouseClick(form.sign_charter_button, LEFT)
    form.membership_date.setDate(QDate(2025, 3, 3))
    qtbot.mouseClick(form.join_button, LEFT)
    assert form.pending_join == date(2025, 3, 3)
    assert form.cancel_join_button.isVisible()
    assert "sera enregistrée avec la fiche" in form.periods_list.item(0).text()
    assert "sera enregistrée avec la fiche" in form.charter_list.item(0).text()
    assert club.members.search("nouvelle adherente") == []  # nothing written before saving
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, LEFT)
    member_id = saved.args[0]
    assert club.members.status(member_id) == "current"
    assert [(s.version, s.signed_on) for s in club.charter.signatures(member_id)] == [
        ("1", date(2025, 3, 3))]
    assert [p.joined_on for p in club.members.periods(member_id)] == [date(2025, 3, 3)]


def test_the_members_screen_lists_who_has_not_signed_the_charter_in_force(
        qtbot, screen, club, make_member) -> None:
    club.charter.set_current_version("2024")
    signed = make_member("Signée", last_name="Ok")
    club.charter.sign(signed.id, date(2024, 1, 8))
    make_member("Pas", last_name="Signée")
    make_member("Visiteuse", last_name="Seule", joined_on=None)
    screen.filter.setCurrentIndex(screen.filter.findData("unsigned"))
    assert screen.filter.currentText() == "Membres sans signature de la charte actuelle"
    assert names_in(screen) == {"Pas Signée"}
    assert screen.count_label.text() == "1 personne"


def test_skills_wishes_and_availability_are_saved_and_reloaded(qtbot, screen, club,
                                                               make_member) -> None:
    member = make_member("Sacha", last_name="Polyvalent")
    tasks = club.tasks.list_tasks()
    liked, avoided = tasks[0].id, tasks[1].id
    form = screen.open_member(member.id)
    form.show_section(3)

    qtbot.mouseClick(form.add_skill_button, LEFT)
    qtbot.mouseClick(form.add_skill_button, LEFT)
    form.skills_table.item(0, 0).setText("Cuisine")
    form.skill_level_combo(0).setCurrentIndex(form.skill_level_combo(0).findData("can_teach"))
    form.skills_table.item(1, 0).setText("Comptabilité")
    form.skill_level_combo(1).setCurrentIndex(form.skill_level_combo(1).findData("practising"))
    qtbot.mouseClick(form.add_skill_button, LEFT)  # a third line left empty is ignored
    form.wish_combos[liked].setCurrentIndex(form.wish_combos[liked].findData("like"))
    form.wish_combos[avoided].setCurrentIndex(form.wish_combos[avoided].findData("avoid"))
    form.show_section(5)
    qtbot.mouseClick(form.availability[(1, "am")], LEFT)
    qtbot.keyClick(form.availability[(5, "pm")], Qt.Key.Key_Space)
    qtbot.mouseClick(form.save_button, LEFT)
    assert not form.isVisible(), form.error_label.text()

    profile = club.profiles.get(member.id)
    assert profile.skills == {"Cuisine": "can_teach", "Comptabilité": "practising"}
    assert profile.likes == {liked} and profile.avoids == {avoided}
    assert profile.availability == {(1, "am"), (5, "pm")}

    again = screen.open_member(member.id)
    assert again is not form
    skills = {again.skills_table.item(r, 0).text(): again.skill_level_combo(r).currentData()
              for r in range(again.skills_table.rowCount())}
    assert skills == {"Cuisine": "can_teach", "Comptabilité": "practising"}
    assert again.wish_combos[liked].currentText() == "aime"
    assert again.wish_combos[avoided].currentText() == "préfère éviter"
    checked = {key for key, box in again.availability.items() if box.isChecked()}
    assert checked == {(1, "am"), (5, "pm")}

    # Removing a skill and saving again replaces the profile.
    again.skills_table.setCurrentCell(0, 0)
    qtbot.mouseClick(again.remove_skill_button, LEFT)
    qtbot.mouseClick(again.save_button, LEFT)
    assert len(club.profiles.get(member.id).skills) == 1


def test_a_skill_written_twice_is_refused_inline(qtbot, screen, club, make_member) -> None:
    member = make_member("Double", last_name="Compétence")
    form = screen.open_member(member.id)
    for name in ("Cuisine", "cuisine"):
        row = form.add_skill_row(name, edit=False)
        assert form.skills_table.item(row, 0).text() == name
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.isVisible()
    assert "en double" in form.error_label.text()
    assert form.pages.currentIndex() == 3  # the section holding the skills is shown
    assert club.profiles.get(member.id).skills == {}


def test_merge_two_records_keeps_every_presence(qtbot, screen, club, make_member) -> None:
    keep = make_member("Loïc", last_name="N'Diaye", phone="06 10 20 30 40")
    other = make_member("Loic", last_name="Ndiaye", email="loic@exemple.fr")
    club.attendance.check_in(keep.id, date(2025, 3, 3), "am")
    club.attendance.check_in(other.id, date(2025, 3, 4), "pm")
    club.attendance.check_in(other.id, date(2025, 3, 5), "day")
    attendance_before = club.attendance.count()
    screen.refresh()
    assert not screen.merge_button.isEnabled()

    click_row(qtbot, screen, row_of(screen, keep.id))
    assert not screen.merge_button.isEnabled()
    click_row(qtbot, screen, row_of(screen, other.id), ctrl=True)
    assert set(screen.selected_ids()) == {keep.id, other.id}
    assert screen.merge_button.isEnabled()
    assert not screen.open_button.isEnabled()
    qtbot.mouseClick(screen.merge_button, LEFT)

    dialog = screen.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "merge_dialog"
    assert (dialog.keep_id, dialog.other_id) == (keep.id, other.id)
    assert dialog.keep_labels["phone"].text() == "06 10 20 30 40"
    assert dialog.other_labels["email"].text() == "loic@exemple.fr"
    assert dialog.keep_labels["periods"].text() == "une période"
    assert "Loic Ndiaye" in dialog.sentence.text().split("seront rattachés")[0]
    assert "ne peut pas être annulée" in dialog.sentence.text()

    qtbot.mouseClick(dialog.swap_button, LEFT)
    assert (dialog.keep_id, dialog.other_id) == (other.id, keep.id)
    assert dialog.keep_labels["phone"].text() == "non renseigné"
    qtbot.mouseClick(dialog.swap_button, LEFT)
    assert dialog.keep_id == keep.id

    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert not dialog.isVisible()
    ids = {screen.model.row_at(r).id for r in range(screen.model.rowCount())}
    assert keep.id in ids and other.id not in ids
    assert club.attendance.count() == attendance_before
    merged = club.members.get(keep.id)
    assert merged.email == "loic@exemple.fr"  # an empty field is completed, never lost
    assert len(club.members.periods(keep.id)) == 1  # the same overlapping period, united


def test_the_merge_can_be_cancelled(qtbot, screen, club, make_member) -> None:
    a = make_member("Anne", last_name="Un")
    b = make_member("Anne", last_name="Deux")
    screen.refresh()
    click_row(qtbot, screen, row_of(screen, a.id))
    click_row(qtbot, screen, row_of(screen, b.id), ctrl=True)
    screen.merge_selected()
    assert screen.merge_dialog is not None
    qtbot.mouseClick(screen.merge_dialog.cancel_button, LEFT)
    assert club.members.count() == 2


def staff_window(qtbot, ops: Operations):
    from clubdesk.ui.main_window import MainWindow

    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show_screens_of(ops)
    window.resize(1100, 720)
    window.show()
    return window


def test_the_record_opens_the_members_follow_ups_and_path(qtbot, ops, club,
                                                          make_member) -> None:
    from clubdesk.model import clock

    remi = make_member("Rémi", last_name="Suivi")
    make_member("Autre", last_name="Personne")
    club.followups.add(remi.id, clock.today(), "interview", note="Premier entretien",
                       today=clock.today())
    window = staff_window(qtbot, ops)
    members = window.screen_named("members_screen")
    followups = window.screen_named("followups_screen")
    assert isinstance(members, MembersScreen)
    window.show_screen(members)

    form = members.open_member(remi.id)
    assert form.see_followups_button.isVisible() and form.see_path_button.isVisible()
    qtbot.mouseClick(form.see_followups_button, LEFT)
    assert not form.isVisible()  # the record closes: « Suivis » is usable at once
    assert window.stack.currentWidget() is followups
    assert window.nav.currentItem().text() == "Suivis"
    assert followups.member_id == remi.id
    assert followups.member_label.text() == "Fiche de Rémi Suivi"
    assert followups.member_tabs.currentIndex() == 0  # « Historique »
    assert "Suivi : entretien individuel" in [
        followups.timeline_model.index(r, 1).data()
        for r in range(followups.timeline_model.rowCount())]

    window.show_screen(members)
    followups.member_tabs.setCurrentIndex(1)
    form = members.open_member(remi.id)
    qtbot.mouseClick(form.see_path_button, LEFT)
    assert window.stack.currentWidget() is followups
    assert followups.member_tabs.tabText(followups.member_tabs.currentIndex()) == "Parcours"


def test_unsaved_changes_keep_the_record_open(qtbot, ops, club, make_member) -> None:
    remi = make_member("Rémi", last_name="Suivi")
    window = staff_window(qtbot, ops)
    members = window.screen_named("members_screen")
    assert isinstance(members, MembersScreen)
    window.show_screen(members)
    form = members.open_member(remi.id)
    form.phone.setText("06 12 34 56 78")
    qtbot.mouseClick(form.see_followups_button, LEFT)
    assert form.isVisible()
    assert form.error_label.text() == ("Enregistrez d'abord la fiche, ou fermez-la sans "
                                       "enregistrer.")
    assert window.stack.currentWidget() is members
    assert club.members.get(remi.id).phone != "06 12 34 56 78"


def test_a_new_record_has_no_follow_ups_to_show(qtbot, screen) -> None:
    form = new_form(qtbot, screen)
    assert not form.see_followups_button.isEnabled()
    assert not form.see_path_button.isEnabled()


def test_the_reception_role_sees_no_follow_up_buttons(qtbot, club, db_target: str, open_ops,
                                                      make_member) -> None:
    from clubdesk.model.access import Actor

    remi = make_member("Rémi", last_name="Suivi")
    ops = open_ops(db_target, Actor("Léa", "accueil"))
    window = staff_window(qtbot, ops)
    members = window.screen_named("members_screen")
    assert isinstance(members, MembersScreen)
    form = members.open_member(remi.id)
    assert form.see_followups_button.isHidden() and form.see_path_button.isHidden()
    # and the window has no « Suivis » to open for this role
    assert not window.open_member_in("followups_screen", remi.id, "history")


def test_the_referent_partner_and_its_contact_are_chosen_in_lists(qtbot, screen, club,
                                                                  make_member) -> None:
    member = make_member("Hugo", last_name="Martin", referent_partner="Docteur Blanc")
    cmp = club.partners.create("CMP Nord", "health")
    savs = club.partners.create("SAVS Ouest", "medico_social")
    roux = club.partners.add_contact(cmp.id, "Dr Roux")
    club.partners.add_contact(savs.id, "Mme Lenoir")
    form = screen.open_member(member.id)
    assert form.referent_partner.text() == "Docteur Blanc"  # the free text stays
    assert not form.referent_contact_id.isEnabled()  # no partner chosen: no contact
    form.referent_partner_id.setCurrentIndex(form.referent_partner_id.findData(savs.id))
    assert [form.referent_contact_id.itemText(i)
            for i in range(form.referent_contact_id.count())] == ["— aucun contact —",
                                                                 "Mme Lenoir"]
    form.referent_partner_id.setCurrentIndex(form.referent_partner_id.findData(cmp.id))
    form.referent_contact_id.setCurrentIndex(form.referent_contact_id.findData(roux.id))
    qtbot.mouseClick(form.save_button, LEFT)
    saved = club.members.get(member.id)
    assert (saved.referent_partner_id, saved.referent_contact_id) == (cmp.id, roux.id)
    again = screen.open_member(member.id)
    assert again.referent_contact_id.currentData() == roux.id


def test_the_charter_page_fits_the_record_without_scrolling_sideways(
        qtbot, screen, club, make_member) -> None:
    """At its usual size the record showed the charter's date and « Signer la charte
    (version …) » side by side: the page scrolled sideways and the button was cut. The button
    is under its date now, like « Adhérer » and « Quitter le club »."""
    from PySide6.QtCore import QCoreApplication, QPoint
    from PySide6.QtWidgets import QScrollArea

    club.charter.set_current_version("2024")
    member = make_member("Karim", last_name="Benali")
    form = screen.open_member(member.id)
    form.show_section(1)
    for _ in range(3):
        QCoreApplication.processEvents()
    area = form.findChild(QScrollArea, "member_pages_scroll")
    assert area.horizontalScrollBar().maximum() == 0
    button = form.sign_charter_button
    right = button.mapTo(area.viewport(), QPoint(button.width(), 0)).x()
    assert right <= area.viewport().width()
    assert button.text() == "Signer la charte (version 2024)"


def test_a_phone_number_is_never_broken_over_two_lines(qtbot, screen, make_member) -> None:
    """At large text sizes the list is narrow for its text: the phone column wrapped
    « 06 35 66 75 » / « 80 ». It takes its content's width now; the names wrap instead."""
    from PySide6.QtCore import QCoreApplication

    make_member("Anne-Sophie", last_name="Bénard-Delacroix-Martin", phone="06 35 66 75 80")
    screen.refresh()
    screen.resize(520, 500)
    for _ in range(3):
        QCoreApplication.processEvents()
    table = screen.table
    table.fit_columns()
    assert table.model().rowCount() == 1
    phone = table.model().COLUMNS.index("phone")
    needed = table.fontMetrics().horizontalAdvance("06 35 66 75 80")
    assert table.columnWidth(phone) > needed
