"""The three files of the annual report: the spreadsheet and the PDF say what the JSON says."""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from clubdesk.export import annual_report
from clubdesk.export.annual_report import (
    fr_euros,
    fr_number,
    fr_percent,
    write_report_files,
)
from clubdesk.model import demo
from clubdesk.model.access import Actor
from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import (
    Cell,
    Column,
    Counting,
    Indicator,
    Kind,
    People,
    Section,
    entries,
    entry,
    indicator_keys,
    registered,
    sections,
)
from clubdesk.model.annual.wording import scalar_text
from clubdesk.model.annual.year_data import YearData
from clubdesk.model.attendance_stats import daily_counts
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError, Term

Y = 2025
TODAY = date(2026, 11, 23)
# Every accent the documents must render: the name goes on the cover and on every page.
CLUB_NAME = "Club-house « L'Œuvre » de Besançon — Évreux"


@pytest.fixture
def report(demo_target: str, tmp_path: Path
           ) -> Iterator[tuple[Club, Indicators, list[Path], list[Any]]]:
    club = Club.open(demo_target)
    indicators = club.indicators.compute(Y)
    steps: list[tuple[int, str]] = []
    paths = write_report_files(
        tmp_path / "rapport", indicators, club_name=CLUB_NAME,
        funding=club.structure.funding(Y), daily_attendance=daily_counts(club.db, club.actor, Y),
        progress=lambda percent, text: steps.append((percent, text)), produced_on=TODAY)
    yield club, indicators, paths, steps
    club.close()


def normalised(text: str) -> str:
    """PDF text with every run of spaces, no-break spaces and line breaks as one space."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    return normalised(" ".join(page.extract_text() for page in reader.pages)), len(reader.pages)


# -- formatting ---------------------------------------------------------------------------


def test_french_number_formatting() -> None:
    nbsp = "\u00a0"
    assert fr_number(12.5) == "12,5"
    assert fr_number(12) == "12"
    assert fr_number(250_000) == f"250{nbsp}000"
    assert fr_number(3.0) == "3"
    assert fr_number(0.8, 2) == "0,80"
    assert fr_euros(250_000) == f"250{nbsp}000{nbsp}€"
    assert fr_euros(1234.5) == f"1{nbsp}234,50{nbsp}€"
    assert fr_percent(0.163) == f"16,3{nbsp}%"
    assert scalar_text(entry("members_per_fte"), None) == "non calculable (aucun salarié)"
    assert scalar_text(entry("complementary_funding_share"), 0.163) == f"16,3{nbsp}%"
    assert scalar_text(entry("funding_total"), 250_000) == f"250{nbsp}000{nbsp}€"


def test_every_section_of_the_registry_is_in_the_pdf_in_order(report) -> None:
    _club, _ind, paths, _steps = report
    text, _pages = pdf_text(paths[1])
    titles = [section.title for section in sections()]  # the club-house table
    where = [text.index(f"{n}. {title}") for n, title in enumerate(titles, start=1)]
    assert where == sorted(where)


# -- the files ----------------------------------------------------------------------------


def test_three_paths_in_order_and_progress(report, tmp_path: Path) -> None:
    _club, _ind, paths, steps = report
    folder = tmp_path / "rapport"
    assert paths == [folder / f"indicateurs-{Y}.xlsx", folder / f"rapport-annuel-{Y}.pdf",
                     folder / f"indicateurs-{Y}.json"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in paths)
    assert sorted(os.listdir(folder)) == sorted(p.name for p in paths)  # no temporary file
    percents = [percent for percent, _text in steps]
    assert percents == sorted(percents) and percents[0] > 0 and percents[-1] == 100
    assert all(text for _percent, text in steps)


def test_json_file_is_the_indicators(report) -> None:
    _club, indicators, paths, _steps = report
    text = paths[2].read_text(encoding="utf-8")
    data = json.loads(text)
    assert data == indicators.as_document(CLUB_NAME)
    assert {k: data[k] for k in indicator_keys()} == indicators.as_json()
    assert list(data)[4:] == list(indicator_keys())
    assert text == json.dumps(indicators.as_document(CLUB_NAME), ensure_ascii=False,
                              indent=2) + "\n"


def test_first_sheet_holds_every_scalar_as_a_number(report) -> None:
    _club, indicators, paths, _steps = report
    data = indicators.as_json()
    wb = load_workbook(paths[0])
    assert wb.sheetnames[0] == "Indicateurs"
    ws = wb["Indicateurs"]
    header = [c.value for c in ws[1]]
    # every header in French: the fourth column is the indicator's key, a « Repère »
    assert header == ["Indicateur", "Valeur", "Définition", "Repère"]
    assert all(c.font.bold for c in ws[1])
    rows = {r[3]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    codes = [r[3] for r in ws.iter_rows(min_row=2, values_only=True)
             if "." not in r[3]]
    assert codes == list(indicator_keys())  # the order of §11
    checked = 0
    for key in indicator_keys():
        label, definition, value = entry(key).label, entry(key).definition, data[key]
        row = rows[key]
        assert row[0] == label and row[2] == definition
        if isinstance(value, int | float) and not isinstance(value, bool):
            assert isinstance(row[1], int | float), (key, row[1])
            assert row[1] == pytest.approx(value), key
            checked += 1
        elif value is None:
            assert row[1] is None
        elif entry(key).kind is Kind.BREAKDOWN:  # employment by category, exits by reason
            assert row[1] == "voir les lignes suivantes"
            for category, count in value.items():
                cell = rows[f"{key}.{category}"][1]
                assert isinstance(cell, int) and cell == count
        else:
            assert row[1] == f"voir l'onglet « {entry(key).sheet} »"
            assert entry(key).sheet in wb.sheetnames
    assert checked >= 15
    formats = {r[3].value: r[1].number_format for r in ws.iter_rows(min_row=2)}
    assert formats["professional_trajectory_share"] == "0.0%"
    assert formats["complementary_funding_share"] == "0.0%"


def test_detail_sheets_have_one_row_per_item(report) -> None:
    club, indicators, paths, _steps = report
    data = indicators.as_json()
    wb = load_workbook(paths[0])

    def body(name: str) -> list[tuple[Any, ...]]:
        return list(wb[name].iter_rows(min_row=2, values_only=True))

    months = body("Activité mensuelle")
    assert [m[0] for m in months[:12]] == ["janvier", "février", "mars", "avril", "mai", "juin",
                                           "juillet", "août", "septembre", "octobre",
                                           "novembre", "décembre"]
    assert [m[1] for m in months[:12]] == data["active_by_month"]
    assert months[12][1] == pytest.approx(data["active_monthly_average"])
    staff = body("Salariés")
    assert len(staff) == len(data["staff"]) > 0
    assert all(isinstance(s[2], int | float) for s in staff)
    assert len(body("Horaires")) == len(data["opening_hours"]) > 0
    assert len(body("Locaux")) == len(data["premises"])
    partnerships = body("Partenariats")
    assert len(partnerships) == len(data["partnerships"]) > 0
    assert {p[5] for p in partnerships} <= {"oui", "non"}
    assert all(isinstance(p[3], date) for p in partnerships)  # real dates
    for key, sheet in (("activities_done", "Activités réalisées"),
                       ("activities_planned", "Activités prévues")):
        assert [a[0] for a in body(sheet)] == [a["title"] for a in data[key]]
    funding = body("Financements")
    lines = club.structure.funding(Y)
    assert len(funding) == len(lines) + 1  # and the total
    assert funding[-1][0] == "Total" and funding[-1][3] == pytest.approx(data["funding_total"])
    assert sum(f[3] for f in funding[:-1]) == pytest.approx(data["funding_total"])
    assert {f[1] for f in funding[:-1]} == {"FIR de l'ARS", "complémentaire"}
    findings = body("Constats")
    assert len(findings) == max(1, len(data["compliance"]))
    daily = body("Présences par jour")
    assert sum(1 for _ in daily) == len(daily_counts(club.db, club.actor, Y))


def test_pdf_says_it_all_in_french(report) -> None:
    _club, indicators, paths, _steps = report
    text, pages = pdf_text(paths[1])
    v = indicators.values
    assert pages >= 2
    assert "page 1 sur" in text and f"page {pages} sur {pages}" in text
    for expected in (CLUB_NAME, f"Rapport annuel d'activité {Y}",
                     "Tableau des indicateurs pour l'ARS", "lundi 23 novembre 2026"):
        assert normalised(expected) in text, expected
    for ind in entries():
        assert ind.label in text, ind.key
        assert normalised(ind.definition) in text, ind.key
    for figure in (
        f"File active au 31 décembre2 {v['caseload_dec31']}",
        fr_number(v["active_monthly_average"]),
        fr_euros(v["funding_total"]),
        fr_euros(v["funding_complementary"]),
        fr_percent(v["professional_trajectory_share"]),
        fr_percent(v["complementary_funding_share"]),
        fr_number(v["staff_fte_average"]),
    ):
        assert normalised(figure) in text, figure
    assert "," in fr_number(v["active_monthly_average"])  # a decimal comma, not a point
    for month in ("janv.", "févr.", "août", "déc."):
        assert month in text


def test_pdf_of_an_empty_club_and_its_findings(club: Club, tmp_path: Path) -> None:
    indicators = club.indicators.compute(Y)
    paths = write_report_files(tmp_path, indicators)
    text, pages = pdf_text(paths[1])
    assert pages >= 2
    assert "Aucun salarié n'est enregistré pour l'année." in text
    assert "non calculable" in text
    wb = load_workbook(paths[0])
    assert len(list(wb["Constats"].iter_rows(min_row=2))) == len(
        indicators.values["compliance"]) > 0


# -- refusals -----------------------------------------------------------------------------


def test_a_file_instead_of_a_folder_is_refused(club: Club, tmp_path: Path) -> None:
    indicators = club.indicators.compute(Y)
    target = tmp_path / "not-a-folder"
    target.write_text("keep me")
    before = set(os.listdir(tmp_path))
    with pytest.raises(ClubdeskError, match="n'est pas un dossier"):
        write_report_files(target, indicators)
    assert target.read_text() == "keep me"
    with pytest.raises(ClubdeskError, match="n'est pas un dossier"):
        write_report_files(target / "inside", indicators)
    assert set(os.listdir(tmp_path)) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(club: Club, tmp_path: Path) -> None:
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ClubdeskError, match="pas accessible en écriture"):
            write_report_files(folder, club.indicators.compute(Y))
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)


def test_a_full_disk_leaves_nothing_behind(club: Club, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    indicators = club.indicators.compute(Y)
    folder = tmp_path / "plein"
    real_fsync = os.fsync
    calls = iter(range(100))

    def fsync(fd: int) -> None:
        if next(calls) == 1:  # the second file does not fit
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(annual_report.os, "fsync", fsync)
    with pytest.raises(ClubdeskError, match="disque est plein"):
        write_report_files(folder, indicators)
    assert os.listdir(folder) == []


def test_a_failed_rename_removes_the_new_files(club: Club, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    indicators = club.indicators.compute(Y)
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "autre.txt").write_text("x")
    real_replace = os.replace
    calls = iter(range(100))

    def replace(src: Any, dst: Any) -> None:
        if next(calls) == 2:
            raise OSError(errno.EACCES, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(annual_report.os, "replace", replace)
    with pytest.raises(ClubdeskError, match="pas accessible en écriture"):
        write_report_files(folder, indicators)
    assert os.listdir(folder) == ["autre.txt"]


# -- daily counts -------------------------------------------------------------------------


def test_daily_counts_count_each_person_once_a_day(club: Club, make_member) -> None:
    a, b = make_member("Anaïs"), make_member("Benoît")
    club.attendance.check_in(a.id, date(2025, 3, 3), "am")
    club.attendance.check_in(a.id, date(2025, 3, 3), "pm")
    club.attendance.check_in(b.id, date(2025, 3, 3), "am")
    club.attendance.check_in(b.id, date(2025, 3, 4), "day")
    club.attendance.check_in(b.id, date(2024, 12, 31), "day")
    assert daily_counts(club.db, club.actor, 2025) == [(date(2025, 3, 3), 2),
                                                       (date(2025, 3, 4), 1)]
    with pytest.raises(AccessDenied):
        daily_counts(club.db, Actor("Lou", "accueil"), 2025)


# -- an indicator added to the registry reaches every document --------------------------


def _regular_members(data: YearData) -> People:
    """Members seen in at least three different months of the year."""
    months_seen: dict[int, int] = {}
    for month in data.months:
        for member_id in month:
            months_seen[member_id] = months_seen.get(member_id, 0) + 1
    return People(frozenset(m for m, n in months_seen.items() if n >= 3))


REGULAR = Indicator(
    "regular_members", Term("Personnes venues au moins trois mois"),
    Term("Personnes distinctes avec une présence dans au moins trois mois de l'année."),
    Kind.COUNT, Section.MEMBERS, 99, _regular_members)
SURVEYS = Indicator(
    "satisfaction_surveys", Term("Enquêtes de satisfaction"),
    Term("Enquêtes de satisfaction menées dans l'année, auprès des membres ou des partenaires."),
    Kind.TABLE, Section.FINDINGS, -1,
    lambda d: [{"date": s.date.isoformat(), "audience": s.audience, "answers": s.answers}
               for s in sorted(d.surveys, key=lambda s: s.date)],
    sheet=Term("Enquêtes"),
    columns=(Column("date", Term("Date"), Cell.DATE, 0.3),
             Column("audience", Term("Public"), Cell.LABEL, 0.4,
                    {"members": Term("membres"), "partners": Term("partenaires")}),
             Column("answers", Term("Réponses"), Cell.NUMBER, 0.3)),
    counting=Counting(Term("1 enquête"), Term("{count} enquêtes"), Term("aucune enquête")),
    empty=Term("Aucune enquête de satisfaction dans l'année."))


def test_a_new_indicator_reaches_the_pdf_the_workbook_and_the_json(club: Club,
                                                                   tmp_path: Path) -> None:
    demo.generate(club.db, club.actor, today=TODAY)
    club.structure.add_survey(date(Y, 3, 14), "partners", 12, today=TODAY)
    before = club.indicators.compute(Y)
    with registered(REGULAR), registered(SURVEYS):
        indicators = club.indicators.compute(Y)
        paths = write_report_files(tmp_path, indicators, produced_on=TODAY)
    assert "regular_members" not in indicator_keys()  # gone again after the test
    # the figures of the others did not move
    assert {k: v for k, v in indicators.values.items()
            if k not in ("regular_members", "satisfaction_surveys")} == before.values
    regular = indicators.values["regular_members"]
    surveys = indicators.values["satisfaction_surveys"]
    # the persons are kept for the « why » of the screen
    assert len(indicators.persons["regular_members"]) == regular > 0
    assert indicators.persons["regular_members"] <= indicators.persons["seen_during_year"]
    assert any(s["audience"] == "partners" and s["answers"] == 12 for s in surveys)

    data = json.loads(paths[2].read_text(encoding="utf-8"))
    assert data["regular_members"] == regular and data["satisfaction_surveys"] == surveys
    keys = list(data)
    last_of_members = [i.key for i in entries() if i.section is Section.MEMBERS
                       and i.key != "regular_members"][-1]
    assert keys.index("regular_members") == keys.index(last_of_members) + 1
    assert keys.index("satisfaction_surveys") == keys.index("compliance") - 1

    wb = load_workbook(paths[0])
    rows = {r[3]: r for r in wb["Indicateurs"].iter_rows(min_row=2, values_only=True)}
    assert rows["regular_members"][:3] == (
        "Personnes venues au moins trois mois", regular,
        "Personnes distinctes avec une présence dans au moins trois mois de l'année.")
    assert rows["satisfaction_surveys"][1] == "voir l'onglet « Enquêtes »"
    sheet = list(wb["Enquêtes"].iter_rows(values_only=True))
    assert sheet[0] == ("Date", "Public", "Réponses")
    assert (datetime(Y, 3, 14), "partenaires", 12) in sheet[1:]
    assert len(sheet) == len(surveys) + 1

    text, _pages = pdf_text(paths[1])
    assert re.search(r"Personnes venues au moins trois mois\d+ " + str(regular), text)
    assert "Personnes distinctes avec une présence dans au moins trois mois" in text
    assert re.search(r"Enquêtes de satisfaction\d+ Date Public Réponses", text)
    assert "14/03/2025 partenaires 12" in text
