"""The command line through the real console script, in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from clubdesk.model import clock

SCRIPT = Path(sys.executable).with_name("clubdesk")


def clubdesk(*args: str, env: dict[str, str] | None = None,
             check_rc: int | None = 0) -> subprocess.CompletedProcess[str]:
    # the demo club has accounts: commands run as its direction account (ignored when a
    # club has no account yet, which then runs as the local administrator)
    signed_in = {"CLUBDESK_USER": "direction", "CLUBDESK_PASSWORD": "Direction-demo-2026"}
    full_env = {**os.environ, **signed_in, **(env or {})}
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=full_env,
                          timeout=120)
    if check_rc is not None:
        assert done.returncode == check_rc, (done.stdout, done.stderr)
    return done


def test_console_script_is_installed() -> None:
    assert SCRIPT.exists() or shutil.which("clubdesk")


def test_version() -> None:
    out = clubdesk("--version").stdout
    assert out.startswith("clubdesk ")


@pytest.mark.parametrize("args", [["--help"], ["demo", "--help"], ["db", "status", "--help"],
                                  ["members", "list", "--help"]])
def test_help_on_each_command(args: list[str]) -> None:
    assert "utilisation :" in clubdesk(*args).stdout


def test_demo_then_list_as_json_in_the_default_data_dir(isolated_data_dir: Path) -> None:
    out = clubdesk("demo").stdout
    assert "Club de démonstration créé" in out
    assert (isolated_data_dir / "clubdesk.sqlite3").exists()
    rows = json.loads(clubdesk("members", "list", "--json").stdout)
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    loic = by_name[("Loïc", "N'Diaye")]
    assert set(loic) >= {"id", "first_name", "last_name", "preferred_name", "is_member"}
    assert loic["is_member"] is True
    assert any(r["is_member"] is False for r in rows)


def test_demo_refuses_a_club_with_members(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("demo", "--db", db)
    again = clubdesk("demo", "--db", db, check_rc=1)
    assert "--force" in again.stderr and again.stderr.count("\n") == 1
    clubdesk("demo", "--db", db, "--force", "--seed", "3")


def test_db_option_env_var_and_position(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    clubdesk("--db", str(a), "demo")
    assert a.exists()
    clubdesk("demo", env={"CLUBDESK_DB": str(b)})
    assert b.exists()
    rows = json.loads(clubdesk("members", "list", "--json", "--db", str(a)).stdout)
    assert len(rows) > 50


def test_db_status_and_upgrade(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("db", "upgrade", "--db", db)
    status = json.loads(clubdesk("db", "status", "--json", "--db", db).stdout)
    assert status["up_to_date"] is True and status["current"] == status["head"]
    assert "déjà à jour" in clubdesk("db", "upgrade", "--db", db).stdout


def test_missing_folder_is_one_sentence_and_exit_1(tmp_path: Path) -> None:
    target = tmp_path / "absent" / "club.sqlite3"
    done = clubdesk("--db", str(target), "members", "list", check_rc=1)
    assert done.stderr.strip().count("\n") == 0
    assert str(target) in done.stderr
    assert not target.parent.exists()


def test_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    bad = tmp_path / "image.sqlite3"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    done = clubdesk("members", "list", "--db", str(bad), check_rc=1)
    assert "n'est pas une base clubdesk" in done.stderr
    assert bad.read_bytes() == b"\x89PNG\r\n\x1a\n" + b"\0" * 100


def test_newer_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    clubdesk("db", "upgrade", "--db", str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    done = clubdesk("members", "list", "--db", str(db), check_rc=1)
    assert "version plus récente" in done.stderr


def test_bad_usage_is_exit_2() -> None:
    assert clubdesk("members", "lst", check_rc=2).stderr
    assert clubdesk("demo", "--size", "huge", check_rc=2).stderr


def test_members_search_best_match_first(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("demo", "--db", db)
    rows = json.loads(clubdesk("members", "search", "jean ed", "--json", "--db", db).stdout)
    assert (rows[0]["first_name"], rows[0]["last_name"]) == ("Jean-Édouard", "Lefèvre")
    assert set(rows[0]) >= {"id", "first_name", "last_name", "preferred_name", "is_member"}
    assert json.loads(clubdesk("members", "search", "zzzz", "--json", "--db", db).stdout) == []


def test_checkin_by_name_and_by_id(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("db", "upgrade", "--db", db)
    for name in ("Loïc N'Diaye", "Loïc Marchand", "Émilie Durand"):
        first, last = name.split(" ", 1)
        code = ("import sys; from datetime import date; from clubdesk.model.club import Club; "
                "c = Club.open(sys.argv[1]); "
                "c.members.create(sys.argv[2], last_name=sys.argv[3], joined_on=date(2025,1,1))")
        subprocess.run([sys.executable, "-c", code, db, first, last], check=True)
    out = clubdesk("checkin", "ndiaye", "--date", "2026-11-20", "--half-day", "am", "--db", db)
    assert "Loïc N'Diaye" in out.stdout
    again = clubdesk("checkin", "ndiaye", "--date", "2026-11-20", "--half-day", "am", "--db", db,
                     check_rc=1)
    assert "déjà pointé" in again.stderr
    ambiguous = clubdesk("checkin", "loic", "--date", "2026-11-20", "--db", db, check_rc=1)
    assert "Loïc N'Diaye" in ambiguous.stderr and "Loïc Marchand" in ambiguous.stderr
    clubdesk("checkin", "3", "--date", "2026-11-20", "--remote", "--db", db)
    bad = clubdesk("checkin", "3", "--date", "20/11/2026", "--db", db, check_rc=2)
    assert "AAAA-MM-JJ" in bad.stderr


def test_checkin_without_date_is_today_on_the_clubs_clock(new_db, tmp_path: Path) -> None:
    """Tests run at 2026-11-23 10:00 (CLUBDESK_NOW): that is the day checked in, not the
    machine's."""
    db = new_db("c")
    clubdesk("db", "upgrade", "--db", db)
    code = ("import sys; from datetime import date; from clubdesk.model.club import Club; "
            "Club.open(sys.argv[1]).members.create('Paul', joined_on=date(2025,1,1))")
    subprocess.run([sys.executable, "-c", code, db], check=True)
    today = clock.today()
    out = clubdesk("checkin", "paul", "--half-day", "pm", "--db", db).stdout
    assert f"Passage noté : Paul (n° 1), le {today:%d/%m/%Y}, après-midi" in out, out
    # the same half-day again, given explicitly: the same day
    again = clubdesk("checkin", "paul", "--date", today.isoformat(), "--half-day", "pm",
                     "--db", db, check_rc=1)
    assert "déjà pointé" in again.stderr
    # on another day of the club's clock, that day is checked in
    tomorrow = today + timedelta(days=1)
    later = clubdesk("checkin", "paul", "--db", db,
                     env={clock.ENV: f"{tomorrow.isoformat()}T09:00:00"}).stdout
    assert f"le {tomorrow:%d/%m/%Y}" in later


def test_checkin_of_a_former_member_needs_reopen(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("db", "upgrade", "--db", db)
    code = ("import sys; from datetime import date; from clubdesk.model.club import Club; "
            "c = Club.open(sys.argv[1]); m = c.members.create('Paul', joined_on=date(2024,1,1)); "
            "c.members.leave(m.id, date(2025,1,1))")
    subprocess.run([sys.executable, "-c", code, db], check=True)
    refused = clubdesk("checkin", "paul", "--date", "2026-11-20", "--db", db, check_rc=1)
    assert "--reopen" in refused.stderr
    clubdesk("checkin", "paul", "--date", "2026-11-20", "--reopen", "--db", db)
    rows = json.loads(clubdesk("members", "list", "--json", "--db", db).stdout)
    assert rows[0]["is_member"] is True


def test_rota_instance_solve_and_suggest(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("demo", "--db", db)

    day = clock.today().isoformat()  # the demo has check-ins today
    instance = json.loads(clubdesk("rota", "instance", "--date", day, "--db", db).stdout)
    assert instance["date"] == day and instance["tasks"] and instance["people"]
    assert all(p["id"][0] in "ms" for p in instance["people"])
    path = tmp_path / "instance.json"
    path.write_text(json.dumps(instance), encoding="utf-8")
    rota = json.loads(clubdesk("rota", "solve", str(path), "--time-limit", "5").stdout)
    assert rota["status"] in ("optimal", "feasible") and rota["assignments"]
    suggested = json.loads(clubdesk("rota", "suggest", "--date", day, "--json",
                                    "--db", db).stdout)
    assert suggested["score"] == rota["score"]
    text = clubdesk("rota", "suggest", "--date", day, "--db", db).stdout
    assert "rien n'est enregistré" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "pas du JSON valide"),
        ('{"date": "2026-11-23"}', "half_days"),
        ('{"date": "2026-11-23", "half_days": ["am"], "people": [], "tasks": [{"id": "t1", '
         '"name": "A", "half_days": ["am"], "min_people": 2, "max_people": 1, "skill": null, '
         '"mode": "onsite", "priority": 1}], "locked": [], "weights": {}}', "max_people"),
        ('{"date": "2026-11-23", "half_days": ["am"], "people": [], "tasks": [], '
         '"locked": [{"half_day": "am", "task": "t9", "person": "m1"}], "weights": {}}',
         "locked[0]"),
    ],
)
def test_rota_solve_bad_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "instance.json"
    path.write_text(content, encoding="utf-8")
    done = clubdesk("rota", "solve", str(path), check_rc=1)
    assert message in done.stderr and done.stderr.count("\n") == 1
    missing = clubdesk("rota", "solve", str(tmp_path / "absent.json"), check_rc=1)
    assert "n'existe pas" in missing.stderr


def test_followups_due_and_partners_list(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("demo", "--db", db)
    due = json.loads(clubdesk("followups", "due", "--json", "--days", "30", "--db", db).stdout)
    assert due and {"member", "next_step", "due_on", "overdue"} <= set(due[0])
    assert [d["due_on"] for d in due] == sorted(d["due_on"] for d in due)
    staff_id = due[0]["staff_id"]
    mine = json.loads(clubdesk("followups", "due", "--json", "--days", "30", "--staff",
                               str(staff_id), "--db", db).stdout)
    assert mine and all(d["staff_id"] == staff_id for d in mine)
    spie = json.loads(clubdesk("partners", "list", "--category", "spie", "--json",
                               "--db", db).stdout)
    assert {p["name"] for p in spie} >= {"France Travail", "Cap emploi"}
    assert all(p["category"] == "spie" for p in spie)
    assert clubdesk("partners", "list", "--category", "boulangerie", check_rc=2).stderr


def test_charter_signatures_unsigned_members_and_leaving_with_a_reason(tmp_path: Path) -> None:
    """Issue 19 item 7 on the command line: signatures kept, the list of current members
    without the charter in force (text and JSON), a reason from the list only."""
    db = str(tmp_path / "club.sqlite3")
    clubdesk("db", "upgrade", "--db", db)
    assert "Version actuelle de la charte : 2024" in clubdesk(
        "members", "charter-version", "2024", "--db", db).stdout
    script = ("from datetime import date\nfrom clubdesk.model.club import Club\n"
              f"c = Club.open({db!r})\n"
              "c.members.create('Hélène', last_name='Roux', joined_on=date(2024, 1, 1))\n"
              "c.members.create('Paul', last_name='Morel', joined_on=date(2024, 1, 1))\n"
              "c.close()\n")
    subprocess.run([sys.executable, "-c", script], check=True, env={**os.environ})
    listed = json.loads(clubdesk("members", "unsigned", "--json", "--db", db).stdout)
    assert listed["charter_version"] == "2024"
    assert [m["first_name"] for m in listed["members"]] == ["Paul", "Hélène"]  # by last name
    out = clubdesk("members", "sign", "Hélène", "--on", "2024-01-01", "--db", db).stdout
    assert "a signé la charte (version 2024) le 01/01/2024" in out
    clubdesk("members", "sign", "Hélène", "--on", "2023-01-01", "--version", "2022", "--db", db)
    listed = json.loads(clubdesk("members", "unsigned", "--json", "--db", db).stdout)
    assert [m["first_name"] for m in listed["members"]] == ["Paul"]
    refused = clubdesk("members", "leave", "Paul", "--on", "2025-01-01", "--reason",
                       "hospitalisé", "--db", db, check_rc=1)
    assert "Le motif de sortie se choisit dans la liste" in refused.stderr
    assert "Traceback" not in refused.stderr
    out = clubdesk("members", "leave", "Paul", "--on", "2025-01-01", "--reason",
                   "sans nouvelles", "--db", db).stdout
    assert "n'est plus membre depuis le 01/01/2025 (motif : sans nouvelles)." in out
    text_out = clubdesk("members", "unsigned", "--db", db).stdout
    assert "Tous les membres actuels ont signé la charte (version 2024)." in text_out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version, signed_on FROM charter_signature "
                            "ORDER BY signed_on").fetchall() == [
            ("2022", "2023-01-01"), ("2024", "2024-01-01")]
        assert conn.execute("SELECT leave_reason FROM membership_period WHERE left_on IS "
                            "NOT NULL").fetchall() == [("no_news",)]


def test_structure_kind_shows_and_sets_the_kinds(tmp_path: Path) -> None:
    db = str(tmp_path / "kinds.sqlite3")
    clubdesk("demo", "--db", db, "--kind", "gem")
    shown = json.loads(clubdesk("structure", "kind", "--json", "--db", db).stdout)
    assert shown["kinds"] == ["gem"] and shown["people"]["many"] == "adhérents"
    out = clubdesk("structure", "kind", "--set", "work_insertion,Atelier", "--db", db).stdout
    assert out.splitlines() == ["pre-insertion : Atelier de pré-insertion",
                                "work-insertion : Service d'insertion par le travail"]
    refused = clubdesk("structure", "kind", "--set", "gem,garderie", "--db", db, check_rc=1)
    assert refused.stderr.strip() == ("clubdesk : « garderie » n'est pas un type de structure "
                                      "(clubhouse, gem, pre-insertion, work-insertion).")
    assert "Traceback" not in refused.stderr
    shown = json.loads(clubdesk("structure", "kind", "--json", "--db", db).stdout)
    assert shown["kinds"] == ["pre_insertion", "work_insertion"]  # nothing written
    as_team = clubdesk("structure", "kind", "--set", "gem", "--db", db, check_rc=1,
                       env={"CLUBDESK_USER": "equipe", "CLUBDESK_PASSWORD": "Equipe-demo-2026"})
    assert "ne permet pas" in as_team.stderr


def test_demo_kind_repeated_or_comma_separated(tmp_path: Path) -> None:
    db = str(tmp_path / "two.sqlite3")
    clubdesk("demo", "--db", db, "--kind", "clubhouse", "--kind", "pre-insertion,gem")
    shown = json.loads(clubdesk("structure", "kind", "--json", "--db", db).stdout)
    assert shown["kinds"] == ["clubhouse", "gem", "pre_insertion"]
    refused = clubdesk("demo", "--db", str(tmp_path / "three.sqlite3"), "--kind", "creche",
                       check_rc=1)
    assert "n'est pas un type de structure" in refused.stderr


def test_a_demo_gem_is_a_gem(tmp_path: Path) -> None:
    """`demo --kind gem`: named a GEM, its people called « adhérents », its outings and
    volunteers there, its own yearly table by default."""
    db = str(tmp_path / "gem.sqlite3")
    clubdesk("demo", "--db", db, "--kind", "gem")
    shown = json.loads(clubdesk("structure", "kind", "--json", "--db", db).stdout)
    assert shown["kinds"] == ["gem"]
    assert "GEM Le Phare" in clubdesk("structure", "info", "--db", db).stdout
    outings = json.loads(clubdesk("outings", "list", "--from", "2026-11-01", "--to",
                                  "2026-11-30", "--json", "--db", db).stdout)
    assert len(outings) >= 4  # about two a week
    table = json.loads(clubdesk("report", "--year", "2025", "--json", "--db", db).stdout)
    assert table["kind"] == "gem" and table["gem_identity"]["name"].startswith("GEM Le Phare")
    assert len(table["gem_volunteers"]) >= 2
    assert any(r["kind"] == "sortie du GEM" for r in table["gem_activities_done"])
