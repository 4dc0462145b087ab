"""The journal names every record in French (every table, every kind of read the core
records), and shows the trail as it is after « Vérifier »."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlmodel import SQLModel

import clubdesk.model.tables  # noqa: F401 - the tables of the metadata
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.audit.audit_screen import AuditScreen
from clubdesk.ui.audit.words import RECORD_WORDS, action_label, record_label
from clubdesk.ui.operations import Operations

SRC = Path(__file__).resolve().parents[2] / "src" / "clubdesk"
# the calls that write an entry with literal words: record(db, actor, "read", "indicators", …),
# record(…, action="export", record_type="club"), append(connection, name, "login", "…", …),
# record_members(db, actor, "followup", …), self._record_read("audit_entry", …)
LITERAL_CALLS = (
    re.compile(r"\brecord\(\s*[\w.]+,\s*[\w.]+,\s*\"(\w+)\",\s*\"(\w+)\""),
    re.compile(r"\brecord\([^)]*action=\"(\w+)\",\s*record_type=\"(\w+)\""),
    re.compile(r"\bappend\(\s*(?:connection|session\.connection\(\)|dst),\s*[^,]+,\s*"
               r"\"(\w+)\",\s*\"(\w+)\""),
)
MEMBERS_CALL = re.compile(r"\brecord_members\(\s*[\w.]+,\s*[\w.]+,\s*\"(\w+)\"")
READ_CALL = re.compile(r"\b_record_read\(\s*\"(\w+)\"")
# actions written with a variable: the ORM hooks (chain.py) and retention's anonymisation
HOOK_ACTIONS = {"create", "update", "delete", "anonymise", "erase"}


def written_words() -> tuple[set[str], set[str]]:
    """(actions, record kinds) written with literal words anywhere in the code."""
    actions: set[str] = set()
    kinds: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in LITERAL_CALLS:
            for action, kind in pattern.findall(text):
                actions.add(action)
                kinds.add(kind)
        kinds.update(MEMBERS_CALL.findall(text))
        kinds.update(READ_CALL.findall(text))
    return actions, kinds


def test_the_scan_finds_the_calls_it_is_meant_to() -> None:
    actions, kinds = written_words()
    assert {"read", "login", "login_failed", "export", "import", "backup", "restore", "copy",
            "purge", "demo", "recovery_new"} <= actions
    assert {"indicators", "timeline", "member_profile", "followup", "audit_entry", "club",
            "user_account", "transitional_cover"} <= kinds


def test_every_table_and_every_kind_of_read_has_a_french_word(qapp) -> None:
    actions, kinds = written_words()
    tables = set(SQLModel.metadata.tables)
    assert "member" in tables and "audit_entry" in tables
    missing = sorted((tables | kinds) - set(RECORD_WORDS))
    assert missing == []
    for kind in sorted(tables | kinds):
        label = record_label(kind, "")
        assert (label != kind or kind == "club") and "_" not in label, kind
    unsaid = sorted(a for a in actions | HOOK_ACTIONS if action_label(a) == a
                    and a not in {"export", "import", "purge"})  # the same word in French
    assert unsaid == []


def test_records_are_said_in_plain_french(qapp) -> None:
    assert record_label("indicators", "2025") == "indicateurs de l'année 2025"
    assert record_label("timeline", "member 14") == "historique du membre n° 14"
    assert record_label("member_profile", "member 3") == "fiche du membre n° 3"
    assert record_label("followup", "member 3,5") == "suivi des membres n° 3, 5"
    assert record_label("path_step", "partner 2") == "parcours du partenaire n° 2"
    assert record_label("transitional_cover", "step 4") == (
        "remplacement en emploi de transition de l'étape de parcours n° 4")
    assert record_label("member", "7") == "membre n° 7"
    assert record_label("club", "") == "club"
    assert action_label("backup") == "sauvegarde"
    assert action_label("anonymise") == "anonymisation"


@pytest.fixture
def direction_club(demo_target: str) -> Iterator[Club]:
    club = Club.open(demo_target, Actor("direction", "direction"))
    yield club
    club.close()


def test_the_journal_shows_the_checked_trail_after_verify(qtbot, direction_club: Club) -> None:
    """« Vérifier » checks the trail as it is now; the list then shows it as it is now, even
    when the new entries were announced to no screen (a check writes no entry itself)."""
    screen = AuditScreen(Operations(direction_club))
    qtbot.addWidget(screen)
    screen.show()
    assert screen.loaded
    # a change made beside the screen's operations: no topic reaches the screen
    member = direction_club.members.create("Vérifiée")

    def created_rows() -> list[int]:
        return [r for r in range(screen.model.rowCount())
                if (entry := screen.model.row_at(r)).action == "create"
                and entry.record_type == "member" and entry.record_id == str(member.id)]

    assert created_rows() == []
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    assert screen.verify_message.text().startswith("Journal intact")
    assert len(created_rows()) == 1
    assert screen.model.index(created_rows()[0], 3).data() == f"membre n° {member.id}"
