"""« Sauvegardes », « Conservation des données », the backup scheduler and its status line,
on real SQLite files (the small demo club)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

from clubdesk.model import clock
from clubdesk.model import settings as settings_module
from clubdesk.model.access import Actor
from clubdesk.model.retention import RetentionRow
from clubdesk.model.storage.backup import BackupInfo
from clubdesk.ui import appearance
from clubdesk.ui.backup.backup_screen import EVERY_TOPIC, BackupScreen, BackupTableModel
from clubdesk.ui.backup.scheduler import BackupScheduler
from clubdesk.ui.backup.status_label import BackupStatusLabel
from clubdesk.ui.operations import Operations
from clubdesk.ui.retention.retention_screen import (
    MemberResultsModel,
    RetentionScreen,
    ToAnonymiseModel,
    ToArchiveModel,
)

LEFT = Qt.MouseButton.LeftButton
DEMO_TODAY = date(2026, 11, 23)
OPS_ACTOR = Actor("d", "direction")  # who demo_ops acts as (tests/ui/conftest.py)
LATER_CHECKIN = date(2026, 11, 30)  # after the demo's last day
WAIT_MS = 20_000


class Answers:
    """An injectable confirmation that says yes (or no) and keeps the questions."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, sentence: str) -> bool:
        self.asked.append(sentence)
        return self.answer


def backup_screen(qtbot, demo_ops: Operations, **kwargs) -> BackupScreen:
    screen = BackupScreen(demo_ops, **kwargs)
    qtbot.addWidget(screen)
    screen.resize(1000, 760)
    screen.show()
    return screen


def retention_screen(qtbot, demo_ops: Operations, **kwargs) -> RetentionScreen:
    screen = RetentionScreen(demo_ops, **kwargs)
    qtbot.addWidget(screen)
    screen.resize(1000, 860)
    screen.show()
    return screen


def backup_through_the_button(qtbot, screen: BackupScreen) -> None:
    before = screen.scheduler.backups_made
    qtbot.mouseClick(screen.now_button, LEFT)
    assert screen.busy.isVisible() and not screen.now_button.isEnabled()
    qtbot.waitUntil(lambda: screen.scheduler.backups_made > before
                    and not screen.scheduler.is_running(), timeout=WAIT_MS)


def check_named_and_reachable(screen: QWidget) -> None:
    buddies = {label.buddy() for label in screen.findChildren(QLabel) if label.buddy()}
    for widget in screen.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
            continue
        if widget.window() is not screen.window():
            continue
        if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
            continue  # the line edit inside a spin box
        assert widget.objectName() and widget.accessibleName(), widget
        if widget.inherits("QPushButton"):
            assert widget.minimumHeight() >= 32, widget.objectName()
        if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox) or \
                widget.inherits("QTableView"):
            assert widget in buddies, widget.objectName()


# -- « Sauvegardes » ------------------------------------------------------------------------------


@pytest.mark.sqlite_only  # the rotation of the copies beside the file
def test_a_second_backup_now_says_it_replaces_this_mornings(qtbot, demo_ops: Operations) -> None:
    screen = backup_screen(qtbot, demo_ops)
    backup_through_the_button(qtbot, screen)
    first = screen.model.row_at(0).path
    assert "remplace" not in screen.now_message.text()
    clock.set_now(clock.now() + timedelta(hours=1, minutes=30))  # 11:30, the same day
    backup_through_the_button(qtbot, screen)
    assert screen.model.rowCount() == 1 and not first.exists()
    taken = datetime.strptime(first.name[-22:-8], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    assert screen.now_message.text().endswith(
        f"Elle remplace celle de ce matin ({taken.astimezone():%H:%M}) : une seule "
        "sauvegarde est gardée par jour.")


@pytest.mark.sqlite_only  # the copies beside the file; a server club: test_backup_postgres
def test_backup_now_lists_a_verified_copy_with_its_members(qtbot, demo_ops: Operations) -> None:
    screen = backup_screen(qtbot, demo_ops)
    assert screen.model.rowCount() == 0 and screen.empty_hint.isVisible()
    assert "Attention : aucune sauvegarde vérifiée" in screen.status.text()
    assert not screen.restore_button.isEnabled()

    backup_through_the_button(qtbot, screen)

    assert screen.model.rowCount() == 1 and not screen.empty_hint.isVisible()
    info = screen.model.row_at(0)
    assert info.path.is_file()
    assert info.path.parent == Path(demo_ops.club.db.path).parent / "backups"
    members = demo_ops.club.members.count()
    assert screen.model.index(0, 1).data() == str(members)
    assert screen.model.index(0, 2).data() == info.path.name
    assert screen.now_message.isVisible() and not screen.now_message.property("problem")
    assert f"{members} membres" in screen.now_message.text()
    assert "Dernière sauvegarde vérifiée" in screen.status.text()
    assert "plus de deux jours" not in screen.status.text()
    assert not screen.busy.isVisible() and screen.now_button.isEnabled()
    assert screen.selected_backup() == info and screen.restore_button.isEnabled()


@pytest.mark.sqlite_only  # a server club is restored with `db copy`, not from a desk
def test_restore_brings_back_the_earlier_state_and_can_be_undone(qtbot,
                                                                 demo_ops: Operations) -> None:
    answers = Answers()
    screen = backup_screen(qtbot, demo_ops, confirm=answers)
    backup_through_the_button(qtbot, screen)
    member = demo_ops.club.members.list_members("current", on=DEMO_TODAY)[0]
    demo_ops.club.attendance.check_in(member.id, LATER_CHECKIN, "am")
    assert [p.member_id for p in demo_ops.club.attendance.present(LATER_CHECKIN)] == [member.id]

    topics: list[frozenset[str]] = []
    demo_ops.changed.connect(topics.append)
    screen.select_backup(screen.model.row_at(0).path)
    qtbot.mouseClick(screen.restore_button, LEFT)

    assert len(answers.asked) == 1
    assert "mise de côté" in answers.asked[0] and "annuler" in answers.asked[0]
    assert demo_ops.club.attendance.present(LATER_CHECKIN) == []
    assert EVERY_TOPIC in topics
    assert screen.restore_message.text().startswith("Sauvegarde restaurée")
    assert "Pour annuler : restaurer" in screen.restore_message.text()
    assert screen.undo_path is not None and screen.undo_path.is_file()
    assert screen.undo_path.name in screen.restore_message.text()
    assert screen.undo_button.isVisible()

    qtbot.mouseClick(screen.undo_button, LEFT)
    assert len(answers.asked) == 2
    assert [p.member_id for p in demo_ops.club.attendance.present(LATER_CHECKIN)] == [member.id]
    assert not screen.undo_button.isVisible()
    assert screen.restore_message.text().startswith("Restauration annulée")


def test_a_refused_confirmation_changes_nothing(qtbot, demo_ops: Operations) -> None:
    answers = Answers(False)
    screen = backup_screen(qtbot, demo_ops, confirm=answers)
    backup_through_the_button(qtbot, screen)
    member = demo_ops.club.members.list_members("current", on=DEMO_TODAY)[0]
    demo_ops.club.attendance.check_in(member.id, LATER_CHECKIN, "am")
    screen.select_backup(screen.model.row_at(0).path)
    qtbot.mouseClick(screen.restore_button, LEFT)
    assert len(answers.asked) == 1
    assert len(demo_ops.club.attendance.present(LATER_CHECKIN)) == 1
    assert not screen.undo_button.isVisible() and not screen.restore_message.isVisible()


@pytest.fixture
def backup_hours_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """« backup_hours » (1 to 24, 4 by default), declared here when the core lacks it."""
    if "backup_hours" not in settings_module.DEFAULTS:
        monkeypatch.setitem(settings_module.DEFAULTS, "backup_hours", 4)
        monkeypatch.setitem(settings_module.LIMITS, "backup_hours", (1, 24))
        monkeypatch.setitem(settings_module.LABELS, "backup_hours",
                            "Heures entre deux sauvegardes automatiques")


@pytest.mark.usefixtures("backup_hours_setting")
def test_the_interval_is_saved_and_followed(qtbot, demo_ops: Operations) -> None:
    scheduler = BackupScheduler(demo_ops)
    screen = backup_screen(qtbot, demo_ops, scheduler=scheduler)
    assert screen.hours.value() == 4 and scheduler.interval_ms() == 4 * 3_600_000
    screen.hours.setValue(6)
    assert demo_ops.club.settings.get_int("backup_hours") == 6
    assert scheduler.timer.interval() == 6 * 3_600_000
    assert "6 heures" in screen.intro.text()
    assert screen.settings_message.isVisible()
    assert "toutes les 6 heures" in screen.settings_message.text()
    screen.hours.setValue(1)
    assert screen.hours.suffix() == " heure" and "toutes les heures" in screen.intro.text()


def test_the_second_folder_is_saved_and_its_absence_said(qtbot, demo_ops: Operations,
                                                         tmp_path: Path) -> None:
    usb = tmp_path / "cle-usb"
    scheduler = BackupScheduler(demo_ops)
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    screen = backup_screen(qtbot, demo_ops, scheduler=scheduler, ask_folder=lambda _start: usb)

    screen.second_folder.setText(str(usb))
    screen.second_folder.editingFinished.emit()
    assert demo_ops.club.settings.get_text("backup_second_folder") == str(usb)
    assert "pas branché" in screen.settings_message.text()
    assert f"({usb}) n'est pas branché" in label.sentence()
    assert f"({usb}) n'est pas branché" in screen.status.text()

    usb.mkdir()
    qtbot.mouseClick(screen.choose_button, LEFT)  # the picker gives the same folder, now here
    scheduler.refresh_status()
    assert "pas branché" not in label.sentence()
    backup_through_the_button(qtbot, screen)
    assert len(list(usb.glob("*-sauvegarde-*.sqlite3"))) == 1


def test_other_roles_see_the_refusal(qtbot, demo_target: str, open_ops) -> None:
    for role in ("accueil", "equipe"):
        demo_ops = open_ops(demo_target, Actor(role[0], role))
        backups = backup_screen(qtbot, demo_ops)
        assert backups.refusal is not None and backups.refusal.isVisible()
        assert "ne permet pas cette action" in backups.refusal.text()
        assert "gérées par la direction" in backups.refusal.text()
        # the rest of the screen is never built: nothing to read, nothing to click
        assert backups.findChild(QWidget, "backup_body") is None
        assert backups.findChild(QWidget, "backups_table") is None
        retention = retention_screen(qtbot, demo_ops)
        assert retention.refusal is not None and retention.refusal.isVisible()
        assert "ne permet pas cette action" in retention.refusal.text()
        assert retention.findChild(QWidget, "retention_scroll") is None
        assert retention.findChild(QWidget, "to_archive_table") is None


def test_both_screens_are_named_and_reachable(qtbot, demo_ops: Operations) -> None:
    check_named_and_reachable(backup_screen(qtbot, demo_ops))
    check_named_and_reachable(retention_screen(qtbot, demo_ops, today=date(2028, 1, 1)))


# -- the scheduler and the status line ------------------------------------------------------


def test_the_scheduler_makes_backups_again_and_again(qtbot, demo_ops: Operations) -> None:
    scheduler = BackupScheduler(demo_ops, interval_ms=30)
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    made: list[str] = []
    statuses: list[str] = []
    failures: list[str] = []
    scheduler.finished.connect(made.append)
    scheduler.status_changed.connect(statuses.append)
    scheduler.failed.connect(failures.append)
    try:
        scheduler.start()
        assert scheduler.is_running()  # the first one right away, off the UI thread
        qtbot.waitUntil(lambda: len(made) >= 2, timeout=WAIT_MS)
    finally:
        scheduler.stop()
    assert failures == []
    assert all(Path(p).is_file() or Path(p).parent.is_dir() for p in made)
    assert statuses and "Dernière sauvegarde vérifiée" in statuses[-1]
    assert label.sentence() == statuses[-1]
    assert label.objectName() == "backup_status"
    assert label.styleSheet() == appearance.current_sheet()  # a window's sheet, none its own

    last = scheduler.on_quit()
    assert last is not None and Path(last).is_file()
    assert not scheduler.timer.isActive()


def test_the_scheduler_says_why_it_cannot_back_up(qtbot, demo_ops: Operations) -> None:
    scheduler = BackupScheduler(demo_ops, interval_ms=30, actor=Actor("a", "accueil"))
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    with qtbot.waitSignal(scheduler.failed, timeout=WAIT_MS) as failed:
        scheduler.start()
    assert "ne permet pas cette action" in failed.args[0]
    assert not scheduler.timer.isActive()  # a role does not change by waiting
    assert "La dernière sauvegarde a échoué" in label.sentence()
    assert scheduler.on_quit() is None
    scheduler.stop()


def test_the_scheduler_does_nothing_on_a_read_only_copy(qtbot, demo_ops: Operations) -> None:
    demo_ops.club.db.read_only = True  # a backup opened while the server is away
    try:
        scheduler = BackupScheduler(demo_ops, interval_ms=30)
        label = BackupStatusLabel(scheduler)
        qtbot.addWidget(label)
        scheduler.start()
        assert not scheduler.timer.isActive() and not scheduler.is_running()
        assert scheduler.backup_now() is False and scheduler.on_quit() is None
        assert label.isHidden()
    finally:
        demo_ops.club.db.read_only = False


def test_the_status_label_warns_in_words_when_the_second_folder_is_missing(
        qtbot, demo_ops: Operations, tmp_path: Path) -> None:
    demo_ops.club.settings.set_text("backup_second_folder", str(tmp_path / "absente"))
    scheduler = BackupScheduler(demo_ops)
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    label.show()
    label.resize(2000, 30)
    scheduler.refresh_status()
    sentence = label.sentence()
    assert "aucune sauvegarde vérifiée" in sentence
    assert "plus de deux jours" not in sentence  # there is no last backup to be old
    assert f"Le second dossier de sauvegarde ({tmp_path / 'absente'}) n'est pas branché." \
        in sentence
    assert label.text() == sentence
    assert label.toolTip() == sentence and label.accessibleDescription() == sentence
    # calm: the warning is in the words (the window's sheet only, no colour of its own)
    assert label.styleSheet() == appearance.current_sheet()

    label.resize(600, 30)  # a narrow status bar: the short form keeps the warning
    assert label.text() == "Aucune sauvegarde vérifiée — second dossier non branché"
    assert label.sentence() == sentence
    label.resize(250, 30)
    assert label.text().endswith("…")


# -- « Conservation des données » -----------------------------------------------------------------


def test_retention_lists_archive_then_anonymise_on_a_controlled_day(qtbot,
                                                                    demo_ops: Operations) -> None:
    answers = Answers()
    first = date(2028, 1, 1)
    screen = retention_screen(qtbot, demo_ops, today=first, confirm=answers)
    due = demo_ops.club.retention.to_archive(first)
    assert due and [screen.archive_model.row_at(r).member_id
                    for r in range(screen.archive_model.rowCount())] == \
        [r.member_id for r in due]
    assert screen.anonymise_model.rowCount() == 0 and not screen.anonymise_button.isEnabled()
    assert "2 ans" in screen.rule.text() and "3 ans" in screen.rule.text()
    assert f"{len(due)} fiches" in screen.archive_label.text()

    qtbot.mouseClick(screen.archive_button, LEFT)
    assert "Seule la direction" in answers.asked[-1]
    assert screen.archive_model.rowCount() == 0
    assert f"Archivé : {len(due)} fiches." == screen.lists_message.text()

    later = RetentionScreen(demo_ops, today=date(2031, 6, 1), confirm=answers)
    qtbot.addWidget(later)
    ids = [later.anonymise_model.row_at(r).member_id
           for r in range(later.anonymise_model.rowCount())]
    assert sorted(ids) == sorted(r.member_id for r in due)
    qtbot.mouseClick(later.anonymise_button, LEFT)
    assert "ne peut pas être annulé" in answers.asked[-1]
    assert later.anonymise_model.rowCount() == 0
    assert all(demo_ops.club.members.get(i).first_name == "Anonyme" for i in ids)


def test_the_retention_years_are_settings(qtbot, demo_ops: Operations) -> None:
    screen = retention_screen(qtbot, demo_ops, today=date(2028, 1, 1))
    before = screen.archive_model.rowCount()
    screen.retention_years.setValue(1)
    assert demo_ops.club.settings.get_int("retention_years") == 1
    assert screen.archive_model.rowCount() > before
    assert "depuis 1 an " in screen.rule.text()
    screen.archive_years.setValue(5)
    assert demo_ops.club.settings.get_int("archive_years") == 5
    assert "après 5 ans d'archive" in screen.rule.text()


def test_erase_on_request_through_the_screen(qtbot, demo_ops: Operations) -> None:
    answers = Answers()
    screen = retention_screen(qtbot, demo_ops, today=DEMO_TODAY, confirm=answers)
    target = demo_ops.club.members.search("Marchand")[0]
    qtbot.keyClicks(screen.erase_search, "Marchand")
    assert screen.results_model.rowCount() >= 1
    row = screen.results_model.find_row(lambda r: r.id == target.id)
    screen.results_table.selectRow(row)
    qtbot.mouseClick(screen.erase_button, LEFT)

    assert target.display_name in answers.asked[-1]
    assert "ne peut pas être annulé" in answers.asked[-1]
    record = demo_ops.club.members.get(target.id)
    assert record.first_name == "Anonyme" and record.last_name == "" and record.phone == ""
    assert f"n° {target.id} est effacée" in screen.erase_message.text()
    assert screen.erase_search.text() == "" and screen.results_model.rowCount() == 0


def test_erase_refused_confirmation_keeps_the_record(qtbot, demo_ops: Operations) -> None:
    screen = retention_screen(qtbot, demo_ops, today=DEMO_TODAY, confirm=Answers(False))
    target = demo_ops.club.members.search("Marchand")[0]
    qtbot.keyClicks(screen.erase_search, "Marchand")
    screen.results_table.selectRow(screen.results_model.find_row(lambda r: r.id == target.id))
    qtbot.mouseClick(screen.erase_button, LEFT)
    assert demo_ops.club.members.get(target.id).first_name == target.first_name


# -- models ---------------------------------------------------------------------------------------


def test_the_models_pass_qtmodeltester(qtmodeltester, demo_ops: Operations, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    backups = BackupTableModel()
    qtmodeltester.check(backups)
    backups.set_rows([BackupInfo(tmp_path / "a-sauvegarde-20261123-100000.sqlite3",
                                 datetime(2026, 11, 23, 10, tzinfo=UTC), 60),
                      BackupInfo(tmp_path / "a-sauvegarde-20261122-100000.sqlite3",
                                 datetime(2026, 11, 22, 10, tzinfo=UTC), None)])
    qtmodeltester.check(backups)
    assert backups.index(1, 1).data() == "illisible"

    rows = [RetentionRow(1, "Ancienne Canarivore", date(2021, 6, 1), date(2024, 1, 1)),
            RetentionRow(2, "Sans Contact", None, date(2024, 2, 1))]
    for model in (ToArchiveModel(), ToAnonymiseModel()):
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
    results = MemberResultsModel()
    qtmodeltester.check(results)
    results.set_rows(demo_ops.club.members.search("ma"))
    qtmodeltester.check(results)
