"""The word for the people follows the kinds on (issue 20, item 4)."""

from __future__ import annotations

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.members.member_form import MemberForm
from clubdesk.ui.members.members_screen import MembersScreen
from clubdesk.ui.operations import Operations
from clubdesk.ui.reception.reception_screen import ReceptionScreen


def _window(qtbot, target: str, kinds: list[str] | None) -> MainWindow:
    if kinds is not None:
        club = Club.open(target)
        try:
            club.kinds.set(kinds)
        finally:
            club.close()
    window = build_main_window(target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    return window


def test_a_pre_insertion_workshop_speaks_of_stagiaires(qtbot, demo_target: str) -> None:
    window = _window(qtbot, demo_target, ["pre_insertion"])
    row = window.screen_names().index("members_screen")
    assert window.nav.item(row).text() == "Stagiaires"
    assert window.goto_titles()[row] == "Stagiaires"
    members = window.screen_named("members_screen")
    assert isinstance(members, MembersScreen)
    assert members.title_label.text() == "Stagiaires"
    reception = window.screen_named("reception_screen")
    assert isinstance(reception, ReceptionScreen)
    assert reception.search.placeholderText() == "Chercher un stagiaire : prénom ou nom…"
    form = MemberForm(window.ops)
    qtbot.addWidget(form)
    assert form.windowTitle() == "Stagiaires — Nouvelle personne"
    form.load_member(1)
    assert form.windowTitle() == "Stagiaires — Fiche de Émilie Durand"


def test_a_club_house_keeps_its_words(qtbot, demo_target: str) -> None:
    window = _window(qtbot, demo_target, None)
    row = window.screen_names().index("members_screen")
    assert window.nav.item(row).text() == "Membres"
    assert window.screen_named("members_screen").title_label.text() == "Membres"
    assert window.screen_named("reception_screen").search.placeholderText() == "Prénom ou nom…"
    form = MemberForm(window.ops)
    qtbot.addWidget(form)
    assert form.windowTitle() == "Nouvelle personne"


def test_a_gem_speaks_of_adherents_and_a_change_renames_the_entry(
        qtbot, demo_target: str) -> None:
    window = _window(qtbot, demo_target, ["gem", "clubhouse"])  # with the club-house: membres
    row = window.screen_names().index("members_screen")
    assert window.nav.item(row).text() == "Membres"
    ops: Operations = window.ops
    assert ops.run(ops.club.kinds.set, ["gem"]).ok
    row = window.screen_names().index("members_screen")
    assert window.nav.item(row).text() == "Adhérents"
    assert ops.run(ops.club.kinds.set, ["gem", "pre_insertion"]).ok  # same screens, membres
    assert window.nav.item(window.screen_names().index("members_screen")).text() == "Membres"
    assert ops.run(ops.club.kinds.set, ["work_insertion", "pre_insertion"]).ok
    assert window.nav.item(window.screen_names().index("members_screen")).text() == \
        "Stagiaires"


def test_a_gem_says_adherents_on_the_reception_and_reach_out_screens(
        qtbot, demo_target: str) -> None:
    """A GEM's screens said « Ce mois-ci : 44 membres sont venus » and « Les membres qui ne
    sont pas venus… » under the « Adhérents » entry."""
    from clubdesk.ui.reach_out.reach_out_screen import ReachOutScreen

    window = _window(qtbot, demo_target, ["gem"])
    reception = window.screen_named("reception_screen")
    assert isinstance(reception, ReceptionScreen)
    reception.refresh()
    glance = reception.glance.text()
    assert "adhérent" in glance and "membre" not in glance, glance
    reach_out = window.screen_named("reach_out_screen")
    assert isinstance(reach_out, ReachOutScreen)
    reach_out.refresh()
    assert reach_out.explanation.text().startswith("Les adhérents qui ne sont pas venus")


def test_a_gem_members_list_says_adherents_in_its_filter_and_statuses(
        qtbot, demo_target: str) -> None:
    """Under « Adhérents » the filter offered « Membres actuels », « Anciens membres » and the
    status column said « Membre », « Ancien membre »."""
    window = _window(qtbot, demo_target, ["gem"])
    members = window.screen_named("members_screen")
    assert isinstance(members, MembersScreen)
    offered = [members.filter.itemText(i) for i in range(members.filter.count())]
    assert offered == ["Adhérents actuels", "Visiteurs", "Anciens adhérents", "Tout le monde",
                       "Adhérents sans signature de la charte actuelle"]
    members.refresh()
    model = members.model
    statuses = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert "Adhérent" in statuses and not any("embre" in s for s in statuses), statuses
