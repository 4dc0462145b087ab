"""The three files of the annual report follow the order of §11 of the instruction
DGCS/SD3B/2022/195: file active, trajectory share, premises, staff, opening days and hours,
partnerships, complementary funding, activities; then the findings. The expected order is
written here from the text, not read from the registry, so a registry out of order fails."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from clubdesk.export.annual_report import write_report_files
from clubdesk.model.annual.registry import indicator_keys
from clubdesk.model.attendance_stats import daily_counts
from clubdesk.model.club import Club

Y = 2025

SECTION_TITLES = [  # §11, then the findings
    "Les membres et leur venue au club",
    "Trajectoires professionnelles et formation",
    "Locaux",
    "L'équipe salariée",
    "Jours et heures d'ouverture",
    "Partenariats",
    "Financement",
    "Activités",
    "Points d'attention",
]
# one indicator of each section of §11, in that order
KEYS_IN_ORDER = ["caseload_dec31", "professional_trajectory_entered_share", "premises",
                 "staff_fte_average", "opening_hours", "partnerships",
                 "complementary_funding_share", "activities_done", "compliance"]
DETAIL_SHEETS = ["Activité mensuelle", "Présences par jour", "Locaux", "Changements", "Salariés",
                 "Horaires", "Partenariats", "Financements", "Activités réalisées",
                 "Activités prévues", "Constats"]


@pytest.fixture
def files(demo_target: str, tmp_path: Path) -> Iterator[list[Path]]:
    club = Club.open(demo_target)
    try:
        yield write_report_files(
            tmp_path, club.indicators.compute(Y), club_name=club.structure.info()["name"],
            funding=club.structure.funding(Y),
            daily_attendance=daily_counts(club.db, club.actor, Y))
    finally:
        club.close()


def test_pdf_sections_in_the_order_of_section_11(files: list[Path]) -> None:
    reader = PdfReader(str(files[1]))
    text = re.sub(r"[\s\u00a0\u202f]+", " ", " ".join(p.extract_text() for p in reader.pages))
    where = -1
    for number, title in enumerate(SECTION_TITLES, start=1):
        found = text.find(f"{number}. {title}", where + 1)
        assert found > where, (number, title)
        where = found


def test_workbook_rows_and_sheets_in_the_order_of_section_11(files: list[Path]) -> None:
    wb = load_workbook(files[0])
    assert wb.sheetnames == ["Indicateurs", *DETAIL_SHEETS]
    keys = [r[3] for r in wb["Indicateurs"].iter_rows(min_row=2, values_only=True)
            if "." not in r[3]]
    assert keys == list(indicator_keys())
    where = [keys.index(key) for key in KEYS_IN_ORDER]
    assert where == sorted(where)


def test_json_keys_in_the_order_of_section_11(files: list[Path]) -> None:
    data = json.loads(files[2].read_text(encoding="utf-8"))
    keys = list(data)
    assert keys[:4] == ["format_version", "year", "club", "generated_at"]
    assert data["club"] == "Club-house Le Phare (démonstration)"
    where = [keys.index(key) for key in KEYS_IN_ORDER]
    assert where == sorted(where)
    assert keys[4:] == list(indicator_keys())
