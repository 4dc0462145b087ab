"""The interface in English and in pseudo-localisation, on real screens of the demo club.

Every test leaves the application in French: the suite shares one QApplication.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from clubdesk.app import build_main_window, ensure_application
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui import i18n
from clubdesk.ui.operations import Operations
from clubdesk.ui.reception.reception_screen import ReceptionScreen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """clubdesk_en.qm built from the committed .ts into a temporary folder."""
    spec = importlib.util.spec_from_file_location("clubdesk_translations_tool_ui",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    folder = tmp_path_factory.mktemp("translations")
    tool.run_lrelease(tool.ts_path("en"), folder / "clubdesk_en.qm")
    return folder


@pytest.fixture
def language(catalogue_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Install what the test asks for; French again afterwards, whatever happens."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: catalogue_dir)
    yield
    i18n.remove_translators(QApplication.instance())
    assert QCoreApplication.translate("MainWindow", "Accueil") == "Accueil"
    assert QLocale().language() == QLocale.Language.French


def navigation(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_english_main_window(qtbot, demo_target: str, language) -> None:
    assert i18n.install_translator(QApplication.instance(), "en") == "en"
    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    window.show()
    nav = navigation(window)
    assert nav[:3] == ["Reception", "Today’s rota", "Members"]
    assert "Annual report" in nav
    assert not {"Accueil", "Membres", "Suivis"} & set(nav)
    assert window.windowTitle() == "clubdesk — the club’s day"
    reception = window.screen_named("reception_screen")
    texts = {label.text() for label in reception.findChildren(QLabel)}
    assert "Reception" in texts
    assert reception.morning.text() == "Morning"

    structure = window.screen_named("structure_screen")  # its labels are Terms of the core
    labels = {label.text().replace("&", "") for label in structure.findChildren(QLabel)}
    assert "Name of the organisation:" in labels and "Nom de la structure :" not in labels
    from clubdesk.model.career_paths import CATEGORY_LABELS
    from clubdesk.model.followups import KIND_LABELS

    followups = window.screen_named("followups_screen")  # combos filled from the core's Terms
    kinds = [followups.followup_kind.itemText(i) for i in range(followups.followup_kind.count())]
    assert len(kinds) == len(KIND_LABELS) and not set(kinds) & set(KIND_LABELS.values())
    categories = {followups.step_category.itemText(i)
                  for i in range(followups.step_category.count())}
    assert not categories & set(CATEGORY_LABELS.values())


def test_english_dates_and_dialog_buttons(qtbot, club: Club, language) -> None:
    i18n.install_translator(QApplication.instance(), "en")
    screen = ReceptionScreen(Operations(club), now=lambda: datetime(2026, 11, 23, 9, 15))
    qtbot.addWidget(screen)
    assert "November" in screen.date_label.text()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Cancel"


def test_refusals_of_the_core_read_in_english(qtbot, club: Club, db_target: str,
                                             language) -> None:
    """The core's sentences (clubdesk.model.errors) follow the interface, with the words
    they carry (the role), and go back to French with it."""
    from clubdesk.model.errors import NotFoundError
    from clubdesk.model.storage.db import Database
    from clubdesk.ui.partners.partners_screen import PartnersScreen

    i18n.install_translator(QApplication.instance(), "en")
    reception = Club(Database.open(db_target), Actor("Léa", "accueil"))
    try:
        screen = PartnersScreen(Operations(reception))
        qtbot.addWidget(screen)
        screen.show()
        assert screen.access_message.text().startswith(
            "Your role (reception) does not allow this action.")
    finally:
        reception.close()
    error = NotFoundError("Aucun membre n'a le numéro {member_id}.", member_id=7)
    english = str(error)
    assert "7" in english and "Aucun" not in english
    i18n.remove_translators(QApplication.instance())
    assert str(error) == "Aucun membre n'a le numéro 7."


def test_french_gets_qt_buttons_in_french(qtbot, language) -> None:
    assert i18n.install_translator(QApplication.instance(), "fr") == "fr"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Annuler"
    assert QCoreApplication.translate("MainWindow", "Accueil") == "Accueil"


def test_module_level_helpers_are_translated_too(language) -> None:
    """tr() helpers with a fixed context (report, reach_out, tasks...) are found in English."""
    i18n.install_translator(QApplication.instance(), "en")
    from clubdesk.ui.reach_out.reach_out_model import contact_label
    from clubdesk.ui.tasks.task_table_model import weekday_names

    assert weekday_names()[0] == ("Mon", "Monday")
    assert contact_label("post", "", "") == "Post"
    from clubdesk.ui.widgets.words import count_text

    def people(n: int) -> str:
        return count_text(n, QCoreApplication.translate("MembersScreen", "%1 personne"),
                          QCoreApplication.translate("MembersScreen", "%1 personnes"))

    assert people(1) == "1 person"
    assert people(3) == "3 people"


def test_environment_variable_overrides_the_preference(monkeypatch, language) -> None:
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    ensure_application()
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "Membres") == "Members"
    assert QLocale().name() == "en_GB"
    monkeypatch.delenv(i18n.ENV_VAR)


def test_missing_catalogue_stays_french(monkeypatch, tmp_path: Path, language) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install_translator(QApplication.instance(), "en") == "fr"
    assert QCoreApplication.translate("MainWindow", "Accueil") == "Accueil"


def test_system_follows_the_computer(monkeypatch) -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: english))
    assert i18n.resolve("system") == "en"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: german))
    assert i18n.resolve("system") == "fr"
    assert i18n.resolve("klingon") == "fr"


def test_pseudo_lengthens_real_screens(qtbot, demo_target: str, language) -> None:
    assert i18n.install_translator(QApplication.instance(), i18n.PSEUDO) == "pseudo"
    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    first = navigation(window)[0]
    assert first.startswith("[") and first.endswith("]")
    assert len(first) >= 1.4 * len("Accueil")
    assert len(window.windowTitle()) >= 1.4 * len("clubdesk — la journée du club")
    text = QCoreApplication.translate("x", "&Supprimer %1 sur {total} ?")
    assert "%1" in text and "{total}" in text and text.count("&") == 1
    assert len(text) >= 1.4 * len("&Supprimer %1 sur {total} ?")


def test_in_english_the_screens_still_tell_refusals_apart(qtbot, club: Club, make_member,
                                                          tmp_path: Path, language) -> None:
    """A screen chooses its advice by the kind of refusal, never by its (translated) words:
    importing into a club that has people points to the box that completes it."""
    from test_exchange_screen import wait_idle

    from clubdesk.ui.exchange.exchange_screen import ExchangeScreen

    make_member("Émilie")
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text("member_id,first_name,last_name\nnew,Paul,Petit\n",
                                        encoding="utf-8")
    i18n.install_translator(QApplication.instance(), "en")
    screen = ExchangeScreen(Operations(club), ask_path=lambda kind: folder)
    qtbot.addWidget(screen)
    screen.show()
    screen.choose_folder_button.click()
    wait_idle(qtbot, screen)
    screen.check_button.click()
    wait_idle(qtbot, screen)
    assert "tick “Add to the existing club”" in screen.check_message.text()
    screen.pool.waitForDone()


def test_in_english_an_encrypted_club_asks_for_its_passphrase(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, language) -> None:
    """The start asks again after a wrong passphrase, whatever the interface's language."""
    from clubdesk import app

    path = tmp_path / "secret.sqlite3"
    Club.open(str(path), passphrase="la bonne phrase").close()
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    monkeypatch.setenv("CLUBDESK_LANG", "en")
    monkeypatch.setenv("CLUBDESK_SMOKE_QUIT_MS", "300")
    answers = iter(["une erreur", "la bonne phrase"])
    asked: list[str] = []

    def ask(reason: str) -> str | None:
        asked.append(reason)
        return next(answers, None)

    monkeypatch.setattr(app, "ask_passphrase", ask)
    refused: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda _p, _t, text: refused.append(text))
    from clubdesk.model.storage import encryption

    monkeypatch.setattr(encryption, "passphrase_from_environment", lambda _path: None)
    assert app.run(str(path)) == 0, refused
    assert len(asked) == 2  # none given, then a wrong one: asked again
    assert "encrypted" in asked[0] and "Aucun" not in asked[0]
    assert "screens shown" in capsys.readouterr().out
