"""« Affichage »: every role has it, the text size and the contrast change at once and are
kept for the next start, the language is kept for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.ui import appearance, preferences
from clubdesk.ui.display.preferences_screen import PreferencesScreen
from clubdesk.ui.preferences import Preferences

pytestmark = pytest.mark.usefixtures("usual_appearance")  # tests/ui/conftest.py


@pytest.fixture
def screen(qtbot) -> PreferencesScreen:
    s = PreferencesScreen()
    qtbot.addWidget(s)
    s.show()
    return s


@pytest.mark.parametrize("role", ["accueil", "equipe"])  # direction: test_appearance
def test_every_role_has_the_display_screen(qtbot, demo_db: Path, role: str) -> None:
    window = build_main_window(str(demo_db), actor=Actor(role, role))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Affichage" in titles
    assert window.screen_named("preferences_screen") is not None


def test_text_size_and_contrast_apply_at_once_and_are_kept(qtbot, qapp,
                                                            screen: PreferencesScreen) -> None:
    assert screen.size_buttons[100].isChecked() and not screen.high_contrast.isChecked()
    before = screen.preview.fontMetrics().height()
    qtbot.mouseClick(screen.size_buttons[175], Qt.MouseButton.LeftButton)
    assert preferences.load().text_scale == 175
    assert "19.2pt" in screen.window().styleSheet()
    assert screen.preview.fontMetrics().height() > before * 1.5
    screen.high_contrast.click()
    assert preferences.load() == Preferences(text_scale=175, high_contrast=True)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert screen.message.text() == "C'est enregistré."
    # « Revenir aux réglages d'avant »: the last change undone
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert preferences.load() == Preferences(text_scale=175)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == appearance.NORMAL.window
    assert not screen.high_contrast.isChecked()
    qtbot.mouseClick(screen.default_button, Qt.MouseButton.LeftButton)
    assert preferences.load() == Preferences()
    assert screen.size_buttons[100].isChecked()


def test_the_language_is_kept_for_the_next_start(screen: PreferencesScreen) -> None:
    note = screen.findChild(QLabel, "language_note")
    assert "prochain démarrage" in note.text()
    assert [screen.language.itemText(i) for i in range(screen.language.count())] == [
        "Français", "English", "Langue de l'ordinateur"]
    screen.language.setCurrentIndex(screen.language.findData("en"))
    assert preferences.load().language == "en"
    assert "prochain démarrage" in screen.message.text()
    assert QApplication.instance() is not None


def test_the_screen_shows_the_saved_preferences(qtbot) -> None:
    preferences.save(Preferences(language="fr", text_scale=150, high_contrast=True))
    screen = PreferencesScreen(apply=lambda prefs: None)
    qtbot.addWidget(screen)
    assert screen.size_buttons[150].isChecked() and screen.high_contrast.isChecked()
    assert screen.language.currentData() == "fr"
    assert not screen.undo_button.isEnabled()


def test_the_application_starts_with_the_saved_preferences(qtbot, qapp, demo_db: Path) -> None:
    preferences.save(Preferences(text_scale=200, high_contrast=True))
    window = build_main_window(str(demo_db), actor=Actor("accueil", "accueil"))
    qtbot.addWidget(window)
    assert qapp.font().pointSizeF() == pytest.approx(22)
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert "QWidget { font-size: 22pt; }" in window.stack.currentWidget().styleSheet()
