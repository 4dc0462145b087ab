"""« Structure »: the club's profile, changed by the direction only, seen in the report."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clubdesk.export.annual_report import fr_euros
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.operations import Operations
from clubdesk.ui.report.report_screen import ReportScreen
from clubdesk.ui.structure.documents_part import remove_viewing_copies
from clubdesk.ui.structure.structure_screen import (
    StructureScreen,
    activity_model,
    funding_model,
    survey_model,
    to_iso,
)

TODAY = date(2026, 11, 23)
LEFT = Qt.MouseButton.LeftButton


class Answers:
    """The confirmation before a deletion: answers ``answer`` and keeps the questions."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []

    def __call__(self, sentence: str) -> bool:
        self.asked.append(sentence)
        return self.answer


ANSWERS = Answers()


@pytest.fixture
def screen(qtbot, ops: Operations) -> StructureScreen:
    s = StructureScreen(ops, today=lambda: TODAY, confirm=ANSWERS.__call__)
    qtbot.addWidget(s)
    s.resize(1000, 700)
    s.show()
    return s


def test_save_identity_and_premises(screen: StructureScreen, ops: Operations, qtbot) -> None:
    assert screen.objectName() == "structure_screen"
    screen.info_edits["name"].setText("Club-house L'Œuvre")
    screen.info_edits["premises_surface_m2"].setText("120,5")
    screen.info_edits["lease_start"].setText("01/09/2024")
    qtbot.mouseClick(screen.save_info_button, LEFT)
    info = ops.club.structure.info()
    assert info["name"] == "Club-house L'Œuvre"
    assert info["premises_surface_m2"] == "120.5"
    assert info["lease_start"] == "2024-09-01"
    assert screen.info_edits["lease_start"].text() == "01/09/2024"  # shown the French way
    assert screen.messages["info"].text() == "Identité et locaux enregistrés."


def test_a_wrong_date_is_refused_with_the_service_sentence(screen: StructureScreen,
                                                           ops: Operations, qtbot) -> None:
    screen.info_edits["lease_end"].setText("31/02/2025")
    qtbot.mouseClick(screen.save_info_button, LEFT)
    message = screen.messages["info"]
    assert message.isVisible() and message.property("problem") is True
    assert "n'est pas une date" in message.text()
    assert ops.club.structure.info()["lease_end"] == ""


def test_opening_hours_with_an_overlap_refused_inline(screen: StructureScreen,
                                                      ops: Operations, qtbot) -> None:
    screen.sections.setCurrentRow(1)
    qtbot.mouseClick(screen.add_hours_button, LEFT)  # lundi 09:00–17:00
    screen.add_hours_row(1, "12:00", "14:00")
    qtbot.mouseClick(screen.save_hours_button, LEFT)
    message = screen.messages["hours"]
    assert message.text() == "Deux plages horaires se chevauchent le même jour."
    assert message.isVisible() and screen.pages.currentIndex() == 1
    assert ops.club.structure.opening_hours() == []
    qtbot.mouseClick(screen.remove_hours_button, LEFT)  # the last row is the selected one
    screen.add_hours_row(2, "13:30", "17:00")
    qtbot.mouseClick(screen.save_hours_button, LEFT)
    stored = [(h.weekday, h.opens, h.closes) for h in ops.club.structure.opening_hours()]
    assert stored == [(1, "09:00", "17:00"), (2, "13:30", "17:00")]
    assert message.text() == "Horaires enregistrés."


def test_funding_and_activity_show_in_the_report(qtbot, screen: StructureScreen,
                                                 ops: Operations) -> None:
    report = ReportScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(report)
    report.show()
    qtbot.waitUntil(lambda: report.computed is not None, timeout=20_000)
    assert report.computed.indicators.values["funding_total"] == 0

    screen.sections.setCurrentRow(2)
    assert screen.funding_year.value() == 2025
    screen.funder.setText("ARS Normandie")
    screen.amount.setValue(200_000)
    screen.funding_kind.setCurrentIndex(screen.funding_kind.findData("fir"))
    qtbot.mouseClick(screen.add_funding_button, LEFT)
    screen.funder.setText("Mairie")
    screen.amount.setValue(5_000)
    screen.funding_kind.setCurrentIndex(screen.funding_kind.findData("complementary"))
    screen.in_kind.setChecked(True)
    qtbot.mouseClick(screen.add_funding_button, LEFT)
    assert screen.funding_model.rowCount() == 2
    assert screen.funding_total.text() == f"Total de l'année : {fr_euros(205_000)}"

    screen.sections.setCurrentRow(3)
    screen.activity_title.setText("Atelier cuisine")
    screen.activity_kind.setText("atelier")
    screen.activity_status.setCurrentIndex(screen.activity_status.findData("planned"))
    qtbot.mouseClick(screen.add_activity_button, LEFT)
    assert screen.activity_model.rowCount() == 1
    assert screen.activity_model.index(0, 2).data() == "prévue"

    def report_has_them() -> bool:
        if report.busy or report.computed is None:
            return False
        values = report.computed.indicators.values
        return (values["funding_total"] == 205_000
                and [a["title"] for a in values["activities_planned"]] == ["Atelier cuisine"])

    qtbot.waitUntil(report_has_them, timeout=20_000)
    row = report.model.row_of("complementary_funding_share")
    assert report.model.index(row, 1).data() == "2,4\u00a0%"

    # Deleting a line asks first: « non » keeps it; « oui » takes it out of the list (and of
    # the report).
    mairie = next(r for r in range(2) if screen.funding_model.row_at(r).funder == "Mairie")
    screen.funding_view.selectRow(mairie)
    ANSWERS.answer, ANSWERS.asked = False, []
    qtbot.mouseClick(screen.delete_funding_button, LEFT)
    assert len(ops.club.structure.funding(2025)) == 2
    assert ANSWERS.asked and "Supprimer cette ligne" in ANSWERS.asked[0]
    ANSWERS.answer = True
    qtbot.mouseClick(screen.delete_funding_button, LEFT)
    assert screen.funding_model.rowCount() == 1
    assert len(ops.club.structure.funding(2025)) == 1
    screen.activity_view.selectRow(0)
    qtbot.mouseClick(screen.delete_activity_button, LEFT)
    assert ops.club.structure.activities(2025) == []
    qtbot.waitUntil(lambda: not report.busy and report.computed is not None
                    and report.computed.indicators.values["funding_total"] == 200_000,
                    timeout=20_000)
    report.pool.waitForDone()


def test_a_funding_without_funder_is_refused(screen: StructureScreen, qtbot) -> None:
    screen.sections.setCurrentRow(2)
    qtbot.mouseClick(screen.add_funding_button, LEFT)
    assert screen.messages["funding"].text() == "Le nom du financeur est obligatoire."
    qtbot.mouseClick(screen.delete_funding_button, LEFT)
    assert "Choisissez d'abord" in screen.messages["funding"].text()


def test_governance_and_survey(screen: StructureScreen, ops: Operations, qtbot) -> None:
    screen.sections.setCurrentRow(4)
    screen.body_name.setEditText("Conseil d'administration")
    screen.add_seat_row("Émilie Durand", True)
    screen.add_seat_row("Mairie", False)
    assert screen.seats_summary.text() == "1 siège sur 2 tenu par un membre élu."
    screen.add_seat_row("Loïc N'Diaye", True)
    assert screen.seats_summary.text() == "2 sièges sur 3 tenus par des membres élus."
    qtbot.mouseClick(screen.save_body_button, LEFT)
    [(body, seats)] = ops.club.structure.governance()
    assert body.name == "Conseil d'administration"
    assert [(s.holder, s.elected_member) for s in seats] == [
        ("Émilie Durand", True), ("Mairie", False), ("Loïc N'Diaye", True)]

    screen.sections.setCurrentRow(5)
    screen.survey_audience.setCurrentIndex(screen.survey_audience.findData("partners"))
    screen.survey_answers.setValue(12)
    screen.survey_summary.setText("Partenaires satisfaits.")
    qtbot.mouseClick(screen.add_survey_button, LEFT)
    [survey] = ops.club.structure.surveys()
    assert (survey.date, survey.audience, survey.answers) == (TODAY, "partners", 12)
    assert screen.survey_model.index(0, 1).data() == "partenaires"


def test_changes_are_for_the_direction_only(qtbot, club: Club, db_target: str) -> None:
    staff_club = Club.open(db_target, Actor("Sam", "equipe"))
    try:
        screen = StructureScreen(Operations(staff_club), today=lambda: TODAY)
        qtbot.addWidget(screen)
        screen.info_edits["name"].setText("Autre nom")
        qtbot.mouseClick(screen.save_info_button, LEFT)
        assert screen.messages["info"].text() == \
            "Votre rôle (équipe) ne permet pas cette action."
        assert club.structure.info()["name"] == ""
    finally:
        staff_club.close()


def test_the_demo_profile_is_shown(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        screen = StructureScreen(Operations(club), today=lambda: TODAY)
        qtbot.addWidget(screen)
        assert screen.info_edits["name"].text() == "Club-house Le Phare (démonstration)"
        assert screen.hours_table.rowCount() == 11
        assert screen.funding_model.rowCount() == 3
        assert screen.seats_table.rowCount() == 9
    finally:
        club.close()


def test_french_dates_are_turned_into_iso() -> None:
    assert to_iso("1/9/2024") == "2024-09-01"
    assert to_iso("2024-09-01") == "2024-09-01"
    assert to_iso("31/02/2025") == "31/02/2025"  # the service says what is wrong


def test_models_pass_qtmodeltester(qtmodeltester, demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        for model, rows in ((funding_model(), club.structure.funding(2025)),
                            (activity_model(), club.structure.activities(2025)),
                            (survey_model(), club.structure.surveys())):
            qtmodeltester.check(model)
            model.set_rows(rows)
            qtmodeltester.check(model)
            assert model.rowCount() == len(rows) > 0
    finally:
        club.close()


def test_structure_and_report_screens_are_in_the_main_window(qtbot, demo_target: str) -> None:
    from clubdesk.app import build_main_window

    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"Rapport annuel", "Structure"} <= set(titles)
    report = window.screen_named("report_screen")
    assert isinstance(report, ReportScreen)
    assert isinstance(window.screen_named("structure_screen"), StructureScreen)
    window.show()
    window.show_screen(report)
    qtbot.waitUntil(lambda: report.computed is not None, timeout=20_000)
    report.pool.waitForDone()


def test_premises_hours_and_board_saved_from_a_date_keep_the_history(
        screen: StructureScreen, ops: Operations, qtbot) -> None:
    """« À partir du » (today by default): a change from 2023 leaves 2021 as it was, and the
    pages list the earlier versions (issue 19)."""
    from clubdesk.ui.widgets.fields import to_qdate

    assert screen.info_since.day() == TODAY
    screen.info_edits["lease_start"].setText("01/05/2019")
    screen.info_since.edit.setDate(to_qdate(date(2019, 5, 1)))
    qtbot.mouseClick(screen.save_info_button, LEFT)
    screen.info_edits["lease_start"].setText("01/03/2023")
    screen.info_since.edit.setDate(to_qdate(date(2023, 3, 1)))
    qtbot.mouseClick(screen.save_info_button, LEFT)
    assert screen.messages["info"].text() == "Identité et locaux enregistrés."
    assert screen.info_since.day() == TODAY  # back to today after a save
    assert ops.club.structure.info(date(2021, 12, 31))["lease_start"] == "2019-05-01"
    assert ops.club.structure.info()["lease_start"] == "2023-03-01"
    history = screen.info_since.history.text()
    assert "depuis le 01/03/2023 : Début du bail : 01/03/2023" in history
    assert "depuis le 01/05/2019 : Début du bail : 01/05/2019" in history

    screen.add_hours_row(2, "10:00", "18:00")
    screen.hours_since.edit.setDate(to_qdate(date(2023, 3, 1)))
    qtbot.mouseClick(screen.save_hours_button, LEFT)
    assert [h.valid_from for h in ops.club.structure.opening_hours()] == [date(2023, 3, 1)]
    assert ops.club.structure.opening_hours(date(2021, 12, 31)) == []
    assert "depuis le 01/03/2023 : mar. 10:00–18:00" in screen.hours_since.history.text()

    screen.body_name.setEditText("Bureau")
    screen.add_seat_row("Anne", True)
    screen.body_since.edit.setDate(to_qdate(date(2020, 1, 1)))
    qtbot.mouseClick(screen.save_body_button, LEFT)
    assert ops.club.structure.in_force(date(2021, 12, 31)).bodies == [("Bureau", [("Anne", True)])]
    assert "depuis le 01/01/2020 : Anne" in screen.body_since.history.text()
    v = ops.club.indicators.compute(2021).values
    assert v["premises"]["lease_start"] == "2019-05-01" and v["opening_hours"] == []


# -- the lease and the état des lieux (issue 19) -------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + b"%" * 3000 + b"\n%%EOF\n"


class Viewer:
    """Stands for the computer's viewer: keeps what it was handed, and its bytes and mode
    at that moment (the copy is the screen's to remove)."""

    def __init__(self) -> None:
        self.opened: list[tuple[Path, bytes, int]] = []

    def __call__(self, path: Path) -> bool:
        self.opened.append((path, path.read_bytes(), stat.S_IMODE(path.stat().st_mode)))
        return True


def documents_screen(qtbot, ops: Operations, picked: list[Path]) -> tuple[StructureScreen,
                                                                          Viewer]:
    viewer = Viewer()
    s = StructureScreen(ops, today=lambda: TODAY, ask_document=lambda _title: picked.pop(0),
                        open_document=viewer)
    qtbot.addWidget(s)
    s.resize(1000, 700)
    s.show()
    return s, viewer


def test_a_lease_attached_from_the_page_is_listed_and_opens_in_a_private_copy(
        qtbot, ops: Operations, tmp_path: Path) -> None:
    from clubdesk.ui.widgets.fields import to_qdate

    lease = tmp_path / "bail signé.pdf"
    lease.write_bytes(PDF)
    scan = tmp_path / "edl.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\x00" * 2000)
    screen, viewer = documents_screen(qtbot, ops, [lease, scan])
    assert screen.documents_box.isVisible()
    assert screen.documents_model.index(0, 0).data() == "Aucun document joint."
    screen.info_since.edit.setDate(to_qdate(date(2023, 11, 1)))
    qtbot.mouseClick(screen.attach_lease_button, LEFT)
    assert screen.messages["documents"].text() == "Bail joint : bail signé.pdf."
    screen.info_since.edit.setDate(to_qdate(date(2023, 11, 2)))
    qtbot.mouseClick(screen.attach_inventory_button, LEFT)
    [first, second] = ops.club.structure.documents()
    assert (first.kind, first.valid_from, first.file_name, first.size) == (
        "lease", date(2023, 11, 1), "bail signé.pdf", len(PDF))
    assert (second.kind, second.media_type) == ("inventory", "image/jpeg")
    rows = [screen.documents_model.index(r, 0).data()
            for r in range(screen.documents_model.rowCount())]
    assert rows == ["État des lieux, à partir du 02/11/2023 : edl.jpg (2 Ko)",
                    "Bail, à partir du 01/11/2023 : bail signé.pdf (3 Ko)"]  # newest first

    screen.documents_list.setCurrentIndex(screen.documents_model.index(1, 0))
    qtbot.mouseClick(screen.open_document_button, LEFT)
    [(path, data, mode)] = viewer.opened
    assert data == PDF and path.name == "bail signé.pdf"
    assert mode == 0o600 and stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    assert screen.messages["documents"].text() == "« bail signé.pdf » ouvert."
    # the same document again: another copy, the first one is not overwritten
    qtbot.mouseClick(screen.open_document_button, LEFT)
    assert viewer.opened[1][0] != path and viewer.opened[1][1] == PDF
    # a JPEG named .jpg keeps its name
    screen.documents_list.setCurrentIndex(screen.documents_model.index(0, 0))
    qtbot.mouseClick(screen.open_document_button, LEFT)
    assert viewer.opened[2][0].name == "edl.jpg"
    folder = path.parent.parent
    remove_viewing_copies()  # what happens when the application ends
    assert not folder.exists()


def test_a_too_big_file_and_a_text_named_pdf_are_refused_in_words(
        qtbot, ops: Operations, tmp_path: Path) -> None:
    big = tmp_path / "bail-scanné.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(11 * 1024 * 1024)  # 11 MB
    text = tmp_path / "bail.pdf"
    text.write_text("Ceci est un bail tapé dans un éditeur de texte.\n", encoding="utf-8")
    screen, viewer = documents_screen(qtbot, ops, [big, text])
    message = screen.messages["documents"]
    qtbot.mouseClick(screen.attach_lease_button, LEFT)
    assert message.text() == "Le fichier « bail-scanné.pdf » pèse 11,0 Mo : 10 Mo au plus."
    assert message.property("problem") is True and message.isVisible()
    qtbot.mouseClick(screen.attach_inventory_button, LEFT)
    assert message.text() == ("Le fichier « bail.pdf » n'est ni un PDF, ni une image PNG ou "
                              "JPEG.")
    assert ops.club.structure.documents() == []
    assert screen.documents_model.rowCount() == 1  # « Aucun document joint. »
    qtbot.mouseClick(screen.open_document_button, LEFT)
    assert viewer.opened == []


def test_the_team_sees_the_documents_list_and_reception_sees_none(
        qtbot, club: Club, db_target: str, tmp_path: Path) -> None:
    club.structure.attach_document("lease", date(2023, 11, 1), "bail.pdf", PDF)
    for role, box, writes in (("equipe", True, False), ("accueil", False, False)):
        other = Club.open(db_target, Actor("Sam", role))
        try:
            screen, viewer = documents_screen(qtbot, Operations(other), [])
            assert screen.documents_box.isVisible() is box
            assert screen.attach_lease_button.isVisible() is writes
            if box:  # the list, not the bytes: those are the direction's
                assert screen.documents_model.rowCount() == 1
                assert not screen.open_document_button.isVisible()
                screen.documents_list.doubleClicked.emit(screen.documents_model.index(0, 0))
                assert viewer.opened == []
            else:
                assert screen.documents_model.rowCount() == 0
                assert not screen.messages["documents"].text()
        finally:
            other.close()


def test_the_versions_read_in_words(qtbot, demo_target: str) -> None:
    """One line per version, newest first, only what changed, French dates; the values
    from before the history read « depuis toujours »."""
    club = Club.open(demo_target)
    try:
        screen = StructureScreen(Operations(club), today=lambda: TODAY)
        qtbot.addWidget(screen)
        assert screen.info_since.lines == [
            "depuis le 01/11/2023 : Adresse : 12 rue des Lilas, 14000 Caen ; Adresse des "
            "locaux : 12 rue des Lilas, 14000 Caen ; Accessibilité des locaux : Plain-pied, "
            "accessible en fauteuil roulant ; Surface (m²) : 240 ; Début du bail : 01/11/2023 ; "
            "Loyer (euros par mois) : 1850 ; Date de l'état des lieux : 01/11/2023 ; Autres "
            "informations sur les locaux : Cuisine collective, deux bureaux, une salle "
            "d'activité.",
            "depuis toujours : valeurs d'origine"]
        assert screen.hours_since.lines == [
            "depuis le 01/09/2024 : sam. : 10:00–13:00",
            "depuis toujours : lun. 09:00–12:30 ; lun. 13:30–17:00 ; mar. 09:00–12:30 ; "
            "mar. 13:30–17:00 ; mer. 09:00–12:30 ; mer. 13:30–17:00 ; jeu. 09:00–12:30 ; "
            "jeu. 13:30–17:00 ; ven. 09:00–12:30 ; ven. 13:30–17:00"]
        text = screen.hours_since.history.text()
        assert text.startswith("Versions enregistrées :\ndepuis le 01/09/2024 : sam.")
        assert "2000" not in screen.info_since.history.text() + text
    finally:
        club.close()


@pytest.mark.parametrize("name", ["b" * 253, "é" * 200 + ".pdf", "bail-" + "é" * 125])
def test_attack_a_long_file_name_still_opens(tmp_path: Path, name: str) -> None:
    """A stored name may be 255 characters (an imported one: accented letters take two
    bytes each); with « .pdf » added, or written in UTF-8, it passed the 255 bytes a file
    name may take, and « Ouvrir » said « disque plein ? ». The copy's name is shortened
    (its type's suffix kept)."""
    from clubdesk.model.structure_history import DocumentInfo
    from clubdesk.ui.structure.documents_part import private_copy

    pdf = b"%PDF-1.4\n" + b"x" * 100 + b"\n%%EOF\n"
    doc = DocumentInfo(1, "lease", date(2024, 1, 1), name, "application/pdf", len(pdf))
    path = private_copy(tmp_path, doc, pdf)
    assert path.read_bytes() == pdf and path.name.endswith(".pdf")
    assert len(path.name.encode()) <= 255 and path.name[:4] == name[:4]
