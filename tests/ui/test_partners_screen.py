"""« Partenaires » on a real SQLite file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.partners import HostedMember
from clubdesk.model.storage.db import Database
from clubdesk.ui.operations import Operations
from clubdesk.ui.partners.models import (
    ContactsModel,
    HostedModel,
    InteractionsModel,
    PartnershipsModel,
    PartnersModel,
)
from clubdesk.ui.partners.partners_screen import PartnersScreen
from clubdesk.ui.widgets import (
    WheelSafeComboBox,
    WheelSafeDateEdit,
    WheelSafeDoubleSpinBox,
    WheelSafeSpinBox,
)

TODAY = date(2025, 6, 16)
LEFT = Qt.MouseButton.LeftButton


def make_screen(qtbot, ops: Operations) -> PartnersScreen:
    screen = PartnersScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def names(screen: PartnersScreen) -> list[str]:
    return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]


def rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_a_partner_from_creation_to_hosted_members(qtbot, ops, club, make_member) -> None:
    member = make_member("Zoé", last_name="Costa")
    screen = make_screen(qtbot, ops)
    assert names(screen) == []
    assert not screen.detail_tabs.isEnabled()

    # Create: a name is required.
    qtbot.mouseClick(screen.new_partner_button, LEFT)
    assert screen.stack.currentWidget() is screen.new_partner_box
    choose(screen.partner_category, "spie")
    assert screen.category_hint.text() == (
        "Par exemple : France Travail, Cap emploi, mission locale")
    qtbot.mouseClick(screen.add_partner_button, LEFT)
    assert screen.new_partner_message.text() == "Le nom du partenaire est obligatoire."
    qtbot.keyClicks(screen.partner_name, "Cap emploi")
    qtbot.keyClicks(screen.partner_city, "Caen")
    qtbot.mouseClick(screen.add_partner_button, LEFT)
    assert names(screen) == ["Cap emploi"]
    assert rows(screen.model) == [["Cap emploi", "service public de l'emploi", "Caen"]]
    assert screen.selected_partner().name == "Cap emploi"
    assert screen.stack.currentIndex() == 0
    assert screen.heading.text() == "Cap emploi"
    assert screen.partner_message.text() == "« Cap emploi » est créé."

    # A contact: a bad e-mail is refused, then a good one is kept.
    qtbot.keyClicks(screen.contact_name, "Nadia Benali")
    qtbot.keyClicks(screen.contact_role, "conseillere")
    qtbot.keyClicks(screen.contact_email, "nadia-at-cap")
    qtbot.mouseClick(screen.add_contact_button, LEFT)
    assert screen.contact_message.text() == "« nadia-at-cap » n'est pas une adresse e-mail."
    assert screen.contact_message.property("problem") is True
    assert screen.contacts_model.rowCount() == 0
    screen.contact_email.setText("nadia@cap-emploi.fr")
    qtbot.keyClicks(screen.contact_phone, "02 31 00 00 00")
    qtbot.mouseClick(screen.add_contact_button, LEFT)
    assert screen.contact_message.text() == "Contact ajouté."
    assert rows(screen.contacts_model) == [
        ["Nadia Benali", "conseillere", "02 31 00 00 00", "nadia@cap-emploi.fr"]]

    # A partnership ending before it starts is refused.
    screen.detail_tabs.setCurrentIndex(1)
    qtbot.keyClicks(screen.partnership_kind, "Convention de stage")
    screen.partnership_start.setDate(QDate(2025, 3, 1))
    screen.partnership_ongoing.setChecked(False)
    screen.partnership_end.setDate(QDate(2025, 2, 1))
    qtbot.mouseClick(screen.add_partnership_button, LEFT)
    assert screen.partnership_message.text() == (
        "Partenariat : la date de fin est avant la date de début.")
    assert club.partners.partnerships() == []
    screen.partnership_end.setDate(QDate(2026, 2, 28))
    screen.partnership_signed.setChecked(True)
    screen.partnership_signed_on.setDate(QDate(2025, 3, 5))
    qtbot.mouseClick(screen.add_partnership_button, LEFT)
    assert rows(screen.partnerships_model) == [
        ["Convention de stage", "01/03/2025", "28/02/2026", "signée le 05/03/2025"]]

    # An exchange with a member, found by the search (Enter adds the first one found).
    screen.detail_tabs.setCurrentIndex(2)
    choose(screen.interaction_kind, "visit")
    qtbot.keyClicks(screen.interaction_note, "Visite du club")
    qtbot.keyClicks(screen.interaction_search, "costa")
    assert screen.interaction_results_model.rowCount() == 1
    qtbot.keyClick(screen.interaction_search, Qt.Key.Key_Return)
    assert [m.id for m in screen.chosen_model.rows()] == [member.id]
    assert screen.interaction_search.text() == ""
    screen.interaction_date.setDate(QDate(2025, 6, 10))
    qtbot.mouseClick(screen.add_interaction_button, LEFT)
    assert screen.interaction_message.text() == "Échange noté."
    assert rows(screen.interactions_model) == [["10/06/2025", "visite au club",
                                                "Visite du club"]]
    assert screen.chosen_model.rowCount() == 0

    # The member is now under « Membres accueillis ».
    screen.detail_tabs.setCurrentIndex(3)
    assert rows(screen.hosted_model) == [["Zoé Costa", "visite au club"]]
    assert not screen.hosted_table.isHidden()


def test_a_member_can_be_taken_off_an_exchange(qtbot, ops, make_member, bakery) -> None:
    make_member("Zoé", last_name="Costa")
    make_member("Léon", last_name="Costa")
    screen = make_screen(qtbot, ops)
    screen.select_partner(bakery.id)
    qtbot.keyClicks(screen.interaction_search, "costa")
    assert screen.interaction_results_model.rowCount() == 2
    screen.interaction_results.setCurrentIndex(screen.interaction_results_model.index(1, 0))
    qtbot.mouseClick(screen.add_member_button, LEFT)
    qtbot.keyClicks(screen.interaction_search, "costa")
    qtbot.mouseClick(screen.add_member_button, LEFT)
    qtbot.keyClicks(screen.interaction_search, "costa")
    qtbot.mouseClick(screen.add_member_button, LEFT)  # already chosen: not twice
    assert screen.chosen_model.rowCount() == 2
    assert screen.remove_member_button.isEnabled()
    screen.chosen_members.setCurrentIndex(screen.chosen_model.index(1, 0))
    qtbot.mouseClick(screen.remove_member_button, LEFT)
    assert screen.chosen_model.rowCount() == 1


def test_delete_is_refused_with_the_count_while_a_follow_up_cites_the_partner(
        qtbot, ops, club, make_member, bakery) -> None:
    member = make_member()
    club.followups.add(member.id, TODAY, "employer_contact", partner_id=bakery.id,
                       today=TODAY)
    other = club.partners.create("Mairie", "local_authority")
    screen = make_screen(qtbot, ops)
    asked: list[str] = []
    screen.confirm_delete = lambda name: asked.append(name) or True  # type: ignore[method-assign]

    screen.select_partner(bakery.id)
    qtbot.mouseClick(screen.delete_button, LEFT)
    assert asked == ["Boulangerie Au Bon Pain"]
    assert screen.partner_message.text() == (
        "« Boulangerie Au Bon Pain » est cité dans un suivi ou une étape de parcours : il ne "
        "peut pas être supprimé. Archivez-le plutôt.")
    assert names(screen) == ["Boulangerie Au Bon Pain", "Mairie"]

    screen.select_partner(other.id)
    qtbot.mouseClick(screen.delete_button, LEFT)
    assert names(screen) == ["Boulangerie Au Bon Pain"]
    assert screen.partner_message.text() == "« Mairie » est supprimé."


def test_nothing_is_deleted_when_the_question_is_answered_no(qtbot, ops, club, bakery) -> None:
    screen = make_screen(qtbot, ops)
    screen.confirm_delete = lambda name: False  # type: ignore[method-assign]
    screen.select_partner(bakery.id)
    qtbot.mouseClick(screen.delete_button, LEFT)
    assert names(screen) == ["Boulangerie Au Bon Pain"]


def test_archive_and_the_category_filter(qtbot, ops, club, bakery) -> None:
    club.partners.create("CMP Adultes", "health", city="Rouen")
    screen = make_screen(qtbot, ops)
    spie = screen.category_filter.findData("spie")
    assert screen.category_filter.itemData(spie, Qt.ItemDataRole.ToolTipRole) == (
        "France Travail, Cap emploi, mission locale")

    choose(screen.category_filter, "health")
    assert names(screen) == ["CMP Adultes"]
    choose(screen.category_filter, None)
    assert names(screen) == ["Boulangerie Au Bon Pain", "CMP Adultes"]
    assert screen.count_label.text() == "2 partenaires."

    screen.select_partner(bakery.id)
    qtbot.mouseClick(screen.archive_button, LEFT)
    assert names(screen) == ["CMP Adultes"]
    assert screen.partner_message.text().startswith("« Boulangerie Au Bon Pain » est archivé.")
    screen.show_archived.setChecked(True)
    assert names(screen) == ["Boulangerie Au Bon Pain (archivé)", "CMP Adultes"]
    screen.select_partner(bakery.id)
    assert screen.archive_button.text() == "Remettre dans la liste"
    qtbot.mouseClick(screen.archive_button, LEFT)
    assert not club.partners.get(bakery.id).archived


def test_a_path_step_at_the_partner_counts_as_hosted(qtbot, ops, club, make_member,
                                                     bakery) -> None:
    member = make_member("Émilie", last_name="Brun")
    screen = make_screen(qtbot, ops)
    screen.select_partner(bakery.id)
    assert screen.hosted_hint.text() == "Aucun membre pour l'instant."
    ops.run(ops.club.paths.add_step, member.id, "internship", date(2025, 5, 1),
            partner_id=bakery.id)
    assert rows(screen.hosted_model) == [["Émilie Brun", "stage"]]


def test_the_reception_role_reads_and_sees_the_refusal(qtbot, club, db_target: str, bakery) -> None:
    club.partners.add_contact(bakery.id, "Paul", phone="02 31 11 22 33")
    reception = Club(Database.open(db_target), Actor("Léa", "accueil"))
    try:
        screen = PartnersScreen(Operations(reception))
        qtbot.addWidget(screen)
        screen.show()
        refusal = "Votre rôle (accueil) ne permet pas cette action."
        assert screen.access_message.isVisible()
        assert screen.access_message.text().startswith(refusal)
        assert names(screen) == ["Boulangerie Au Bon Pain"]
        assert not screen.new_partner_button.isEnabled()
        screen.select_partner(bakery.id)
        assert rows(screen.contacts_model) == [["Paul", "", "02 31 11 22 33", ""]]
        assert not screen.contact_box.isEnabled()
        assert not screen.delete_button.isEnabled()
        assert screen.hosted_hint.text() == refusal
        assert screen.hosted_table.isHidden()
    finally:
        reception.close()


def test_every_control_is_named_and_big_enough(qtbot, ops) -> None:
    screen = make_screen(qtbot, ops)
    for name in ("partner_category_filter", "show_archived", "partners_table",
                 "new_partner_button", "partner_name", "partner_category", "partner_address",
                 "partner_city", "add_partner_button", "cancel_partner_button",
                 "archive_partner_button", "delete_partner_button", "contacts_table",
                 "contact_name", "contact_role", "contact_phone", "contact_email",
                 "add_contact_button", "partnerships_table", "partnership_kind",
                 "partnership_start", "partnership_ongoing", "partnership_end",
                 "partnership_signed", "partnership_signed_on", "add_partnership_button",
                 "interactions_table", "interaction_date", "interaction_kind",
                 "interaction_note", "interaction_member_search", "interaction_member_results",
                 "add_interaction_member_button", "interaction_members",
                 "remove_interaction_member_button", "add_interaction_button",
                 "hosted_table"):
        widget = screen.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for button in screen.findChildren(QAbstractButton):
        if button.objectName().endswith("_button"):
            assert button.minimumHeight() >= 32, button.objectName()


def test_the_main_window_has_the_partners_screen(qtbot, demo_target: str) -> None:
    from clubdesk.app import build_main_window

    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles.index("Partenaires") == titles.index("Suivis") + 1
    screen = window.screen_named("partners_screen")
    assert isinstance(screen, PartnersScreen)
    assert screen.model.rowCount() > 0


def test_the_models_pass_qtmodeltester(qtmodeltester, club, make_member, bakery) -> None:
    member = make_member("Zoé", last_name="Costa")
    club.partners.set_archived(bakery.id)
    club.partners.create("Cap emploi", "spie")
    club.partners.add_contact(bakery.id, "Paul", role="gérant", email="paul@pain.fr")
    club.partners.add_partnership(bakery.id, "Convention", date(2025, 1, 6))
    club.partners.add_interaction(bakery.id, date(2025, 2, 3), "recruitment", note="CDD",
                                  member_ids=(member.id,))

    partners = PartnersModel()
    partners.set_rows(club.partners.list_partners(include_archived=True))
    assert rows(partners) == [["Boulangerie Au Bon Pain (archivé)", "entreprise partenaire",
                               "Caen"], ["Cap emploi", "service public de l'emploi", ""]]
    assert partners.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "France Travail, Cap emploi, mission locale")
    qtmodeltester.check(partners)

    contacts = ContactsModel()
    contacts.set_rows(club.partners.contacts(bakery.id))
    qtmodeltester.check(contacts)

    partnerships = PartnershipsModel()
    partnerships.set_rows(club.partners.partnerships(bakery.id))
    assert rows(partnerships) == [["Convention", "06/01/2025", "en cours", "pas signée"]]
    qtmodeltester.check(partnerships)

    interactions = InteractionsModel()
    interactions.set_rows(club.partners.interactions(bakery.id))
    assert rows(interactions) == [["03/02/2025", "recrutement", "CDD"]]
    qtmodeltester.check(interactions)

    hosted = HostedModel()
    hosted.set_rows([*club.partners.hosted_members(bakery.id),
                     HostedMember(99, "Léo", "Test", "employment")])
    assert rows(hosted) == [["Zoé Costa", "recrutement"], ["Léo Test", "emploi"]]
    qtmodeltester.check(hosted)


def test_no_field_changes_under_the_mouse_wheel(qtbot, ops) -> None:
    """Every drop-down, number and date of the screen comes from the kit (wheel-safe)."""
    screen = make_screen(qtbot, ops)
    fields = screen.findChildren(QComboBox) + screen.findChildren(QAbstractSpinBox)
    assert len(fields) >= 6
    safe = (WheelSafeComboBox, WheelSafeSpinBox, WheelSafeDoubleSpinBox, WheelSafeDateEdit)
    unsafe = [f.objectName() for f in fields if not isinstance(f, safe)]
    assert not unsafe
