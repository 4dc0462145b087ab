"""« Importer et exporter » on real SQLite files; the work runs off the UI thread."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.model.accounts.users import authenticate, has_accounts
from clubdesk.model.club import Club
from clubdesk.model.storage.db import Database
from clubdesk.ui.exchange.exchange_screen import (
    IMPORTED_TOPICS,
    ExchangeScreen,
    PreviewTableModel,
    read_preview,
)
from clubdesk.ui.operations import Operations

WAIT = 60_000
ADMIN_PASSWORD = "Direction-import-2026"


def dump(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


@pytest.fixture
def make_screen(qtbot):
    screens: list[ExchangeScreen] = []

    def make(ops: Operations, **kwargs) -> ExchangeScreen:
        screen = ExchangeScreen(ops, **kwargs)
        qtbot.addWidget(screen)
        screen.resize(900, 660)
        screen.show()
        screens.append(screen)
        return screen

    yield make
    for screen in screens:  # no worker outlives its test
        screen.pool.waitForDone()


def wait_idle(qtbot, screen: ExchangeScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT)


def export_demo(qtbot, make_screen, ops: Operations, dest: Path) -> ExchangeScreen:
    asked: list[str] = []

    def ask_save_path(suggested: str) -> Path:
        asked.append(suggested)
        return dest

    screen = make_screen(ops, ask_save_path=ask_save_path)
    screen.tabs.setCurrentIndex(1)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, screen)
    assert asked and asked[0].endswith(".zip")  # a .zip by default
    return screen


def test_export_the_whole_club_to_a_zip(qtbot, make_screen, demo_ops, tmp_path: Path) -> None:
    dest = tmp_path / "club.zip"
    screen = export_demo(qtbot, make_screen, demo_ops, dest)
    assert screen.objectName() == "exchange_screen"
    assert screen.export_button.objectName() == "export_button"
    assert screen.export_progress.objectName() == "export_progress"
    assert screen.export_progress.value() == 100
    assert screen.export_message.text() == f"Club exporté dans « {dest} »."
    with zipfile.ZipFile(dest) as archive:
        names = {Path(n).name for n in archive.namelist()}
        members = next(n for n in archive.namelist() if n.endswith("/members.csv"))
        lines = archive.read(members).decode().strip().splitlines()
    assert {"members.csv", "attendance.csv", "staff.csv"} <= names
    assert lines[0].startswith("member_id,first_name")
    assert len(lines) - 1 == demo_ops.club.members.count()


def test_import_the_exported_zip_into_an_empty_club(qtbot, make_screen, demo_ops, club,
                                                    tmp_path: Path) -> None:
    archive = tmp_path / "club.zip"
    export_demo(qtbot, make_screen, demo_ops, archive)
    ops = Operations(club)
    changes: list[frozenset[str]] = []
    ops.changed.connect(changes.append)
    kinds: list[str] = []

    def ask_path(kind: str) -> Path:
        kinds.append(kind)
        return archive

    screen = make_screen(ops, ask_path=ask_path)
    assert screen.steps.currentIndex() == 0
    screen.choose_file_button.click()
    wait_idle(qtbot, screen)
    assert kinds == ["file"]

    # step 2: the preview
    assert screen.steps.currentIndex() == 1
    names = screen.files_model.stringList()
    assert "members.csv" in names and "attendance.csv" in names
    assert screen.files_label.text().startswith(f"{len(names)} fichiers reconnus")
    screen.files_view.setCurrentIndex(screen.files_model.index(names.index("members.csv"), 0))
    # members.csv holds no date since the charter's signatures have their own file
    assert screen.dialect_label.text() == "members.csv lu comme : virgule, UTF-8"
    dated = names.index("membership_periods.csv")
    screen.files_view.setCurrentIndex(screen.files_model.index(dated, 0))
    assert screen.dialect_label.text() == \
        "membership_periods.csv lu comme : virgule, UTF-8, dates AAAA-MM-JJ"
    screen.files_view.setCurrentIndex(screen.files_model.index(names.index("members.csv"), 0))
    model = screen.preview_model
    assert model.rowCount() == 5
    assert model.headerData(0, Qt.Orientation.Horizontal) == "member_id"
    assert not screen.run_import_button.isEnabled()
    assert not screen.merge_box.isChecked()

    # the data holds accounts: who of the direction enters afterwards is asked
    assert not screen.admin_box.isHidden()
    # « Vérifier » without it: refused, the way to proceed said, nothing written
    screen.check_button.click()
    wait_idle(qtbot, screen)
    assert screen.checked is None and club.members.count() == 0
    assert "aucun compte de la direction ne pourrait entrer" in screen.check_message.text()
    assert "« direction »" in screen.check_message.text()
    assert not has_accounts(club.db)
    qtbot.keyClicks(screen.admin_box.username, "direction")
    qtbot.keyClicks(screen.admin_box.password, "faible")
    screen.check_button.click()
    assert "trop faible" in screen.check_message.text() and screen.checked is None
    screen.admin_box.password.clear()
    qtbot.keyClicks(screen.admin_box.password, ADMIN_PASSWORD)
    qtbot.keyClicks(screen.admin_box.password_again, ADMIN_PASSWORD)

    # « Vérifier »: a dry run, nothing written
    screen.check_button.click()
    wait_idle(qtbot, screen)
    assert club.members.count() == 0 and not has_accounts(club.db)
    assert screen.checked is not None
    counts = screen.counts_model.stringList()
    expected = demo_ops.club.members.count()
    assert f"members.csv : {expected} lignes à créer" in counts
    assert screen.errors_view.isHidden() and not screen.counts_view.isHidden()
    assert screen.run_import_button.isEnabled()
    assert changes == []

    # « Importer »: the real import, with its progress bar
    values: list[int] = []
    screen.import_progress.valueChanged.connect(values.append)
    screen.run_import_button.click()
    assert screen.steps.currentIndex() == 2
    wait_idle(qtbot, screen)
    assert screen.import_progress.objectName() == "import_progress"
    assert values and values[-1] == 100 and len(values) > 2
    assert club.members.count() == expected
    assert changes == [IMPORTED_TOPICS]
    assert "L'import est terminé" in screen.import_message.text()
    assert "Comptes sans mot de passe : accueil, equipe" in screen.import_message.text()
    assert "Code de secours du club : " in screen.import_message.text()
    assert authenticate(club.db, "direction", ADMIN_PASSWORD).role == "direction"
    assert screen.admin_box.password.text() == ""
    assert f"members.csv : {expected} lignes ajoutées" in screen.summary_model.stringList()
    assert not screen.run_import_button.isEnabled()
    screen.restart_button.click()
    assert screen.steps.currentIndex() == 0


def broken_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "tableur"
    folder.mkdir()
    (folder / "members.csv").write_bytes("Numéro;Prénom;Nom\nM1;Émilie;Durand\nM2;Paul;Petit\n"
                                         .encode("cp1252"))
    (folder / "membership_periods.csv").write_bytes(
        "N membre;Date d'entrée\nM1;06/01/2025\nM2;31/02/2024\n".encode("cp1252"))
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return folder


def test_a_broken_date_is_listed_and_nothing_is_written(qtbot, make_screen, club, db_path,
                                                        tmp_path: Path) -> None:
    club.structure.set_info({"name": "Avant"})  # something already in the file
    before = dump(db_path)
    folder = broken_folder(tmp_path)
    screen = make_screen(Operations(club), ask_path=lambda kind: folder)
    screen.choose_folder_button.click()
    wait_idle(qtbot, screen)
    assert screen.files_model.stringList() == ["members.csv", "membership_periods.csv"]
    assert screen.dialect_label.text() == "members.csv lu comme : point-virgule, Windows-1252"
    screen.files_view.setCurrentIndex(screen.files_model.index(1, 0))
    assert screen.dialect_label.text() == ("membership_periods.csv lu comme : point-virgule, "
                                           "Windows-1252, dates jj/mm/aaaa")
    assert screen.preview_model.index(1, 1).data() == "31/02/2024"
    assert "notes.csv" in screen.ignored_label.text() and screen.ignored_label.isVisible()

    screen.check_button.click()
    wait_idle(qtbot, screen)
    assert screen.errors_view.objectName() == "import_errors"
    assert screen.errors_model.stringList() == [
        "membership_periods.csv:3: joined_on: « 31/02/2024 » n'est pas une date qui existe."]
    assert screen.errors_view.isVisible()
    assert screen.check_message.text().startswith(
        "L'import est refusé : 1 erreur. Rien n'a été enregistré.")
    assert not screen.run_import_button.isEnabled()
    screen.run_import()  # even called directly, nothing happens
    assert not screen.busy and screen.steps.currentIndex() == 1
    assert dump(db_path) == before
    assert club.members.count() == 0


def test_merge_completes_a_club_that_has_members(qtbot, make_screen, club, make_member,
                                                 tmp_path: Path) -> None:
    emilie = make_member("Émilie", last_name="D.")
    keep = make_member("Zoé")
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text(f"member_id,first_name,last_name\n{emilie.id},Émilie,"
                                        "Durand\nnew,Paul,Petit\n", encoding="utf-8")
    ops = Operations(club)
    changes: list[frozenset[str]] = []
    ops.changed.connect(changes.append)
    screen = make_screen(ops, ask_path=lambda kind: folder)
    screen.choose_folder_button.click()
    wait_idle(qtbot, screen)
    assert "Ce club a déjà 2 personnes" in screen.merge_hint.text()

    # without the box: refused calmly, nothing started
    screen.check_button.click()
    wait_idle(qtbot, screen)
    assert "l'import est refusé" in screen.check_message.text()
    assert "Compléter le club existant" in screen.check_message.text()
    assert not screen.run_import_button.isEnabled()

    screen.merge_box.setChecked(True)
    assert "Rien n'est effacé" in screen.merge_hint.text()
    screen.check_button.click()
    wait_idle(qtbot, screen)
    assert screen.counts_model.stringList() == ["members.csv : 1 ligne à créer, 1 déjà présente"]
    assert screen.run_import_button.isEnabled()

    screen.merge_box.setChecked(False)  # changing the choice asks for a new check
    assert not screen.run_import_button.isEnabled()
    screen.merge_box.setChecked(True)
    screen.check_button.click()
    wait_idle(qtbot, screen)
    screen.run_import_button.click()
    wait_idle(qtbot, screen)
    assert club.members.count() == 3
    assert club.members.get(emilie.id).last_name == "Durand"
    assert club.members.get(keep.id).first_name == "Zoé"  # never deleted
    assert changes == [IMPORTED_TOPICS]
    assert screen.summary_model.stringList() == ["members.csv : 1 ligne ajoutée, "
                                                 "1 déjà présente"]


def test_the_accueil_role_sees_the_refusal(qtbot, make_screen, demo_target: str,
                                           tmp_path: Path) -> None:
    reception = Club(Database.open(demo_target), Actor("Léa", "accueil"))
    try:
        folder = broken_folder(tmp_path)
        screen = make_screen(Operations(reception), ask_path=lambda kind: folder,
                             ask_save_path=lambda suggested: tmp_path / "x.zip")
        assert screen.refusal is not None and screen.refusal.isVisible()
        assert screen.refusal.text().startswith(
            "Votre rôle (accueil) ne permet pas cette action.")
        assert "réservés à l'équipe et à la direction" in screen.refusal.text()
        # nothing else is built: no button to export, no directory to search
        for name in ("export_button", "member_export_search", "choose_folder_button"):
            assert screen.findChild(QWidget, name) is None, name
    finally:
        reception.close()


def test_one_member_record_is_exported_as_a_zip(qtbot, make_screen, demo_ops,
                                                tmp_path: Path) -> None:
    screen = make_screen(demo_ops, ask_save_path=lambda suggested: tmp_path / "fiche")
    screen.tabs.setCurrentIndex(1)
    assert not screen.export_member_button.isEnabled()
    qtbot.keyClicks(screen.member_search, "emilie")
    first = screen._member_rows[0]
    assert screen.member_results_model.stringList()[0] == f"{first.display_name} (n° {first.id})"
    assert screen.export_member_button.isEnabled()
    screen.export_member_button.click()
    wait_idle(qtbot, screen)
    dest = tmp_path / "fiche.zip"
    assert screen.member_message.text() == (f"La fiche de {first.display_name} est exportée "
                                            f"dans « {dest} ».")
    with zipfile.ZipFile(dest) as archive:
        members = next(n for n in archive.namelist() if n.endswith("/members.csv"))
        assert archive.read(members).decode().count("\n") == 2  # header + this member


def test_a_source_that_cannot_be_read_is_said_on_step_one(qtbot, make_screen, club,
                                                          tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("bonjour", encoding="utf-8")
    screen = make_screen(Operations(club), ask_path=lambda kind: text_file)
    screen.choose_file_button.click()
    wait_idle(qtbot, screen)
    assert screen.steps.currentIndex() == 0
    assert "donnez un dossier, un fichier .zip ou un classeur .xlsx" in \
        screen.choose_message.text()
    cancelled = make_screen(Operations(club), ask_path=lambda kind: None)
    cancelled.choose_folder_button.click()
    assert not cancelled.busy and cancelled.steps.currentIndex() == 0


def test_the_preview_model_passes_qtmodeltester(qtmodeltester, tmp_path: Path) -> None:
    preview = read_preview(broken_folder(tmp_path))
    model = PreviewTableModel()
    for file in preview.files:
        model.set_file(file)
        qtmodeltester.check(model)
    model.set_file(None)
    qtmodeltester.check(model)


def test_every_control_is_named_labelled_and_tall_enough(make_screen, club) -> None:
    screen = make_screen(Operations(club))
    for widget in screen.findChildren(QWidget):
        if isinstance(widget, QPushButton):
            assert widget.objectName() and widget.accessibleName(), widget.text()
            assert widget.minimumHeight() >= 32, widget.objectName()
    for name in ("import_errors", "import_counts", "preview_files", "preview_table",
                 "merge_checkbox", "member_export_search", "member_export_results",
                 "import_progress", "export_progress", "import_summary"):
        widget = screen.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    buddies = {label.buddy() for label in screen.findChildren(QLabel) if label.buddy()}
    assert screen.member_search in buddies and screen.preview_table in buddies


def test_the_main_window_has_the_screen(qtbot, db_target: str) -> None:
    window = build_main_window(db_target, actor=Actor("equipe", "equipe"))
    qtbot.addWidget(window)
    screen = window.screen_named("exchange_screen")
    assert isinstance(screen, ExchangeScreen)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    # the last screen of the team's work, before the display settings (« Affichage »)
    assert titles[-2:] == ["Importer / exporter", "Affichage"]


def test_the_check_and_the_import_say_how_french_words_were_read(qtbot, make_screen, club,
                                                                 tmp_path: Path) -> None:
    """A spreadsheet writes « CDI » and « Entreprise »: the screen says how each was read,
    before the import (the check) and after it, like the command line does."""
    folder = tmp_path / "tableur"
    folder.mkdir()
    (folder / "members.csv").write_bytes("Numéro;Prénom;Nom;RQTH\nM1;Émilie;Durand;X\n"
                                         .encode("cp1252"))
    (folder / "partners.csv").write_bytes("Id;Nom;Catégorie\nP1;Boulangerie;Entreprise\n"
                                          .encode("cp1252"))
    screen = make_screen(Operations(club), ask_path=lambda kind: folder)
    screen.choose_folder_button.click()
    wait_idle(qtbot, screen)
    screen.check_button.click()
    wait_idle(qtbot, screen)
    readings = ["Valeurs lues autrement qu'écrites :",
                "  partners.csv, ligne 2, colonne Catégorie : « Entreprise » lu comme firm",
                "  members.csv, ligne 2, colonne RQTH : « X » lu comme oui"]
    assert screen.counts_model.stringList()[-3:] == readings
    screen.run_import_button.click()
    wait_idle(qtbot, screen)
    assert club.members.count() == 1
    assert screen.summary_model.stringList()[-3:] == readings
