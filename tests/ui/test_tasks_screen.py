"""« Tâches de la journée »: typing and clicking on a real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.operations import Operations
from clubdesk.ui.tasks.task_table_model import TaskTableModel
from clubdesk.ui.tasks.tasks_screen import TasksScreen

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot, club: Club) -> TasksScreen:
    widget = TasksScreen(Operations(club))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def table_names(screen: TasksScreen) -> list[str]:
    return [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]


def row_texts(screen: TasksScreen, name: str) -> list[str]:
    row = table_names(screen).index(name)
    return [screen.model.index(row, c).data() for c in range(screen.model.columnCount())]


def click_row(qtbot, screen: TasksScreen, name: str) -> None:
    row = table_names(screen).index(name)
    rect = screen.table.visualRect(screen.model.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=rect.center())


def type_into(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def test_title_and_the_rule_of_two(screen: TasksScreen) -> None:
    texts = [label.text() for label in screen.findChildren(QLabel)]
    assert "Tâches de la journée" in texts
    assert ("Chaque tâche se fait au moins à deux : deux membres, ou un membre et un salarié."
            in texts)
    assert screen.objectName() == "tasks_screen"


def test_create_a_task_by_typing_and_clicking(qtbot, screen: TasksScreen, club: Club) -> None:
    qtbot.mouseClick(screen.findChild(QWidget, "new_task_button"), LEFT)
    type_into(qtbot, screen.findChild(QWidget, "task_name"), "Jardin")
    qtbot.mouseClick(screen.pm_check, LEFT)  # mornings only
    for number in (1, 2, 3, 4, 5):  # Monday to Friday were ticked: keep Tuesday only
        if number != 2:
            qtbot.mouseClick(screen.day_checks[number], LEFT)
    qtbot.mouseClick(screen.day_checks[6], LEFT)
    screen.max_spin.setValue(4)
    qtbot.keyClicks(screen.skill_edit, "Jardinage")
    screen.mode_combo.setCurrentIndex(screen.mode_combo.findData("onsite"))
    screen.priority_spin.setValue(6)
    qtbot.mouseClick(screen.findChild(QWidget, "save_task_button"), LEFT)

    [task] = club.tasks.list_tasks()
    assert (task.name, task.half_days, task.weekdays) == ("Jardin", "am", "2,6")
    assert (task.min_people, task.max_people, task.skill, task.mode, task.priority) == (
        2, 4, "Jardinage", "onsite", 6)
    assert row_texts(screen, "Jardin") == [
        "Jardin", "matin", "mar. sam.", "2 à 4", "Jardinage", "sur place", "6"]
    assert screen.editing_id == task.id  # the new task is the one shown in the form
    assert screen.message.isVisible() and "enregistrée" in screen.message.text()


def test_enter_in_the_name_saves(qtbot, screen: TasksScreen, club: Club) -> None:
    qtbot.keyClicks(screen.name_edit, "Standard")
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    assert [t.name for t in club.tasks.list_tasks()] == ["Standard"]


def test_selecting_a_row_fills_the_form_and_edits_it(qtbot, screen: TasksScreen,
                                                     club: Club) -> None:
    club.tasks.create(name="Accueil", priority=3)
    cuisine = club.tasks.create(name="Cuisine", skill="Cuisine", max_people=4,
                                half_days="pm", weekdays="1,3", mode="remote", priority=2)
    screen.refresh()
    click_row(qtbot, screen, "Cuisine")
    assert screen.editing_id == cuisine.id
    assert screen.name_edit.text() == "Cuisine"
    assert not screen.am_check.isChecked() and screen.pm_check.isChecked()
    assert [n for n, c in screen.day_checks.items() if c.isChecked()] == [1, 3]
    assert (screen.min_spin.value(), screen.max_spin.value()) == (2, 4)
    assert screen.skill_edit.text() == "Cuisine"
    assert screen.mode_combo.currentData() == "remote"
    assert screen.priority_spin.value() == 2

    type_into(qtbot, screen.name_edit, "Cuisine du midi")
    qtbot.mouseClick(screen.am_check, LEFT)
    type_into(qtbot, screen.skill_edit, "")
    qtbot.mouseClick(screen.save_button, LEFT)

    stored = club.tasks.get(cuisine.id)
    assert (stored.name, stored.half_days, stored.skill) == ("Cuisine du midi", "am,pm", None)
    assert row_texts(screen, "Cuisine du midi")[1:5] == [
        "matin et après-midi", "lun. mer.", "2 à 4", "—"]
    assert len(club.tasks.list_tasks()) == 2  # edited, not added


def test_archive_then_restore(qtbot, screen: TasksScreen, club: Club) -> None:
    club.tasks.create(name="Accueil")
    journal = club.tasks.create(name="Journal du club")
    screen.refresh()
    click_row(qtbot, screen, "Journal du club")
    assert screen.archive_button.text() == "Archiver"
    qtbot.mouseClick(screen.archive_button, LEFT)

    assert [t.name for t in club.tasks.list_tasks()] == ["Accueil"]
    assert club.tasks.get(journal.id).archived
    assert table_names(screen) == ["Accueil"]
    assert screen.editing_id is None and screen.name_edit.text() == ""
    assert "archivée" in screen.message.text()

    show = screen.findChild(QCheckBox, "show_archived_tasks")
    qtbot.mouseClick(show, LEFT)
    assert "Journal du club (archivée)" in table_names(screen)
    click_row(qtbot, screen, "Journal du club (archivée)")
    assert screen.archive_button.text() == "Remettre"
    qtbot.mouseClick(screen.archive_button, LEFT)
    assert sorted(t.name for t in club.tasks.list_tasks()) == ["Accueil", "Journal du club"]
    assert screen.archive_button.text() == "Archiver"
    assert screen.editing_id == journal.id


@pytest.mark.parametrize("mistake", ["max_below_min", "no_half_day", "no_weekday", "no_name"])
def test_a_mistake_is_shown_in_place_and_nothing_is_saved(qtbot, screen: TasksScreen,
                                                          club: Club, mistake: str) -> None:
    qtbot.keyClicks(screen.name_edit, "Cuisine")
    expected = {
        "max_below_min": "Le maximum de personnes est plus petit que le minimum.",
        "no_half_day": "Choisissez le matin, l'après-midi, ou les deux.",
        "no_weekday": "Choisissez au moins un jour de la semaine",
        "no_name": "Le nom de la tâche est obligatoire.",
    }[mistake]
    if mistake == "max_below_min":
        screen.min_spin.setValue(4)
        screen.max_spin.setValue(3)
    elif mistake == "no_half_day":
        qtbot.mouseClick(screen.am_check, LEFT)
        qtbot.mouseClick(screen.pm_check, LEFT)
    elif mistake == "no_weekday":
        for check in screen.day_checks.values():
            check.setChecked(False)
    else:
        type_into(qtbot, screen.name_edit, "   ")
    qtbot.mouseClick(screen.save_button, LEFT)

    assert club.tasks.list_tasks(include_archived=True) == []
    assert screen.message.isVisible()
    assert screen.message.text().startswith(expected)
    assert screen.message.property("problem") is True
    assert screen.model.rowCount() == 0


def test_a_duplicate_name_is_refused_in_place(qtbot, screen: TasksScreen, club: Club) -> None:
    club.tasks.create(name="Accueil")
    screen.refresh()
    qtbot.keyClicks(screen.name_edit, "accueil")
    qtbot.mouseClick(screen.save_button, LEFT)
    assert screen.message.text() == "Une tâche s'appelle déjà « Accueil »."
    assert [t.name for t in club.tasks.list_tasks()] == ["Accueil"]


def test_a_change_elsewhere_refreshes_the_list(screen: TasksScreen) -> None:
    ops = screen.ops
    ops.run(ops.club.tasks.create, name="Cuisine")
    assert table_names(screen) == ["Cuisine"]


def test_the_reception_role_reads_only(qtbot, club: Club) -> None:
    club.tasks.ensure_defaults()
    widget = TasksScreen(Operations(Club(club.db, Actor("x", "accueil"))))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 6
    assert not widget.form_box.isEnabled() and not widget.new_button.isEnabled()
    assert widget.message.text() == "Votre rôle permet de voir les tâches, pas de les changer."


def test_every_control_is_named_for_screen_readers(screen: TasksScreen) -> None:
    for name in ("tasks_table", "task_name", "task_am", "task_pm", "task_min", "task_max",
                 "task_skill", "task_mode", "task_priority", "new_task_button",
                 "save_task_button", "archive_task_button", "show_archived_tasks",
                 *(f"task_day_{n}" for n in range(1, 8))):
        widget = screen.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    buddies = {label.buddy() for label in screen.findChildren(QLabel) if label.buddy()}
    for widget in (screen.table, screen.name_edit, screen.am_check, screen.day_checks[1],
                   screen.min_spin, screen.max_spin, screen.skill_edit, screen.mode_combo,
                   screen.priority_spin):
        assert widget in buddies


def test_task_table_model_passes_qtmodeltester(qtmodeltester, club: Club) -> None:
    club.tasks.ensure_defaults()
    archived = club.tasks.create(name="Ancienne tâche", weekdays="6,7")
    club.tasks.archive(archived.id)
    model = TaskTableModel()
    model.set_rows(club.tasks.list_tasks(include_archived=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    texts = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(7)]
             for r in range(model.rowCount())}
    assert texts["Accueil"] == [
        "Accueil", "matin et après-midi", "lun. mar. mer. jeu. ven.", "2 à 3", "—",
        "sur place", "3"]
    assert texts["Journal du club"][1] == "après-midi"
    assert texts["Journal du club"][5] == "à distance"
    assert texts["Ancienne tâche (archivée)"][2] == "sam. dim."
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Matin/après-midi"


def test_the_columns_fit_the_usual_window_and_the_form_goes_beside_when_wide(
        qtbot, club: Club) -> None:
    club.tasks.ensure_defaults()
    widget = TasksScreen(Operations(club))
    qtbot.addWidget(widget)
    widget.resize(870, 680)  # the screen's room in the 1100 × 720 main window
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.splitter.orientation() == Qt.Orientation.Vertical  # form under the list
    header = widget.table.horizontalHeader()
    assert header.length() <= widget.table.viewport().width()  # nothing cut on the right
    widget.resize(1500, 800)
    assert widget.splitter.orientation() == Qt.Orientation.Horizontal  # form beside
    # The list takes the room, the form keeps a readable width.
    qtbot.waitUntil(lambda: widget.splitter.sizes()[0] > widget.splitter.sizes()[1] >= 400,
                    timeout=2000)
