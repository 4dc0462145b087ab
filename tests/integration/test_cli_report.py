"""`clubdesk report` through the real console script: the JSON, and the three files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from clubdesk.model.annual.registry import entries, indicator_keys, sections
from clubdesk.model.annual.wording import summary

SCRIPT = Path(sys.executable).with_name("clubdesk")


def clubdesk(*args: str, rc: int = 0) -> subprocess.CompletedProcess[str]:
    # the demo club has accounts: run as its direction account
    env = {**os.environ, "CLUBDESK_USER": "direction", "CLUBDESK_PASSWORD": "Direction-demo-2026"}
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=180)
    assert done.returncode == rc, (done.stdout, done.stderr)
    return done


def test_report_json_then_the_three_files(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("demo", "--db", db)
    out = clubdesk("report", "--year", "2025", "--json", "--db", db).stdout
    data = json.loads(out)
    assert list(data)[:4] == ["format_version", "year", "club", "generated_at"]
    assert data["year"] == 2025 and data["club"] == "Club-house Le Phare (démonstration)"
    assert list(data)[4:] == list(indicator_keys())
    assert isinstance(data["caseload_dec31"], int) and len(data["active_by_month"]) == 12

    folder = tmp_path / "rapport"
    lines = clubdesk("report", "--year", "2025", "--out", str(folder), "--db", db) \
        .stdout.splitlines()
    paths = [Path(line) for line in lines[:3]]
    assert [p.name for p in paths] == ["indicateurs-2025.xlsx", "rapport-annuel-2025.pdf",
                                       "indicateurs-2025.json"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    # The JSON file is what `--json` prints (but the moment each was computed).
    written = json.loads(paths[2].read_text(encoding="utf-8"))
    assert list(written) == list(data)
    assert {**written, "generated_at": ""} == {**data, "generated_at": ""}
    assert paths[1].read_bytes().startswith(b"%PDF")


def test_report_into_a_file_is_refused_in_one_sentence(new_db, tmp_path: Path) -> None:
    db = new_db("c")
    clubdesk("db", "upgrade", "--db", db)
    target = tmp_path / "fichier.txt"
    target.write_text("x")
    done = clubdesk("report", "--year", "2025", "--out", str(target), "--db", db, rc=1)
    assert "n'est pas un dossier" in done.stderr and done.stderr.count("\n") == 1
    assert done.stdout == ""


def test_report_without_json_is_read_by_a_person(demo_db: Path) -> None:
    """Without --json: a heading per section, then « label : value » per indicator, worded
    by the registry as the documents word them; --json still prints the same JSON."""
    db = str(demo_db)
    data = json.loads(clubdesk("report", "--year", "2025", "--json", "--db", db).stdout)
    done = clubdesk("report", "--year", "2025", "--db", db)
    lines = done.stdout.splitlines()
    assert not done.stderr and "{" not in done.stdout
    assert lines[0] == "Indicateurs de l'année 2025 pour l'ARS"
    headings = [line for line in lines if line and not line.startswith(" ")][1:]
    assert headings == [f"{s.order}. {s.title}" for s in sections()]
    for ind in entries():
        assert f"  {ind.label} : {summary(ind, data[ind.key])}" in lines, ind.key
    # a breakdown's parts and a table's rows below their indicator
    assert "    - emploi de transition : " + str(data["employment_by_category"]
                                               ["transitional"]) in lines
    assert sum(line.startswith("    - ") for line in lines) > len(data["partnerships"])
    assert f"  File active au 31 décembre : {data['caseload_dec31']}" in lines


def test_report_kind_gem_json_and_files(new_db, tmp_path: Path) -> None:
    from datetime import date

    from clubdesk.model.club import Club

    db = new_db("g")
    clubdesk("db", "upgrade", "--db", db)
    club = Club.open(db)
    try:
        club.structure.set_info({"name": "GEM Le Phare"}, as_of=date(2020, 1, 1))
        club.members.create("Anne", joined_on=date(2025, 3, 2), today=date(2025, 3, 2))
        club.volunteers.add("Claire Martin", date(2025, 1, 6), functions="peinture")
    finally:
        club.close()
    data = json.loads(clubdesk("report", "--year", "2025", "--kind", "gem", "--json",
                               "--db", db).stdout)
    assert list(data)[:5] == ["format_version", "year", "club", "generated_at", "kind"]
    assert data["kind"] == "gem" and list(data)[5:] == list(indicator_keys("gem"))
    assert data["gem_members_dec31"] == 1 and data["gem_new_members"] == 1
    assert data["gem_volunteers"][0]["name"] == "Claire Martin"
    text = clubdesk("report", "--year", "2025", "--kind", "gem", "--db", db).stdout
    assert "Animateurs bénévoles : 1 animateur bénévole" in text
    folder = tmp_path / "gem"
    lines = clubdesk("report", "--year", "2025", "--kind", "gem", "--out", str(folder),
                     "--db", db).stdout.splitlines()
    assert [Path(x).name for x in lines] == ["tableau-gem-2025.xlsx", "tableau-gem-2025.pdf",
                                             "tableau-gem-2025.json"]
    refused = clubdesk("report", "--year", "2025", "--kind", "gem", "--freeze", "--db", db,
                       rc=1)
    assert refused.stderr.count("\n") == 1 and "club-house" in refused.stderr
    assert "gem" in clubdesk("report", "--help").stdout


def test_report_without_kind_gives_the_structures_table(new_db) -> None:
    """`report --year Y` gives the table the structure's kinds call for: a GEM's own."""
    db = new_db("g")
    clubdesk("db", "upgrade", "--db", db)
    assert "kind" not in json.loads(clubdesk("report", "--year", "2025", "--json",
                                             "--db", db).stdout)  # a club-house by default
    clubdesk("structure", "kind", "--set", "gem", "--db", db)
    data = json.loads(clubdesk("report", "--year", "2025", "--json", "--db", db).stdout)
    assert data["kind"] == "gem" and "gem_members_dec31" in data
    data = json.loads(clubdesk("report", "--year", "2025", "--kind", "clubhouse", "--json",
                               "--db", db).stdout)
    assert "kind" not in data and "gem_members_dec31" not in data
