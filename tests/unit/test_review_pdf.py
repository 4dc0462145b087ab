"""A review prints on one page to be signed (issue 20 item 2): long texts shrink, never a
second page; the file is written through a temporary file, nothing left on failure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from clubdesk.export.review_pdf import sheet_for, write_review_pdf
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError

LONG = ("Je viens tous les mardis et jeudis, je prends le bus de 8 h 10 et j'arrive à "
        "l'heure ; au début c'était difficile mais maintenant ça va mieux. ") * 6


def _review(club: Club, goals: int = 9) -> tuple[int, int]:
    m = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 6),
                            today=date(2026, 11, 23)).id
    s = club.staff.create("Hervé", "Martin").id
    ids = [club.objectives.add(m, ("savoir", "savoir_faire", "savoir_etre")[n % 3],
                               f"Objectif numéro {n} : " + "tailler les haies du jardin "
                               "partagé en respectant les consignes de sécurité " * 2,
                               date(2026, 5, 4)).id for n in range(goals)]
    club.objectives.record_review(m, date(2026, 7, 6), {i: "en cours" for i in ids})
    r = club.objectives.record_review(m, date(2026, 9, 7), {i: "acquis" for i in ids},
                                      staff_id=s, own_words=LONG,
                                      comment="Émilie progresse. " * 40)
    return m, r.id


def test_a_long_review_prints_on_exactly_one_page_with_its_texts(club: Club,
                                                                 tmp_path: Path) -> None:
    m, review_id = _review(club)
    sheet = sheet_for(club.objectives.grid(m), review_id, "Le Cheval Bleu")
    folder = tmp_path / "out"
    folder.mkdir()
    out = write_review_pdf(folder / "bilan.pdf", sheet)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for words in ("Le Cheval Bleu", "Émilie Durand", "7 septembre 2026", "Hervé Martin",
                  "La personne", "Le coordinateur / la coordinatrice", "Objectif numéro 8",
                  "Savoir-être", "acquis", "en cours", "je prends le bus",
                  "Émilie progresse"):
        assert words in text, words
    assert [p.name for p in folder.iterdir()] == ["bilan.pdf"]


def test_a_failed_write_leaves_no_file(club: Club, tmp_path: Path) -> None:
    m, review_id = _review(club, goals=2)
    sheet = sheet_for(club.objectives.grid(m), review_id, "Le Cheval Bleu")
    folder = tmp_path / "out"
    (folder / "bilan.pdf").mkdir(parents=True)  # a folder where the file would go
    with pytest.raises(ClubdeskError, match="est un dossier"):
        write_review_pdf(folder / "bilan.pdf", sheet)
    with pytest.raises(ClubdeskError, match="n'existe pas"):
        write_review_pdf(folder / "nowhere" / "bilan.pdf", sheet)
    assert [p.name for p in folder.iterdir()] == ["bilan.pdf"]


def test_a_full_disk_leaves_no_file(club: Club, small_disk: object) -> None:
    m, review_id = _review(club, goals=2)
    sheet = sheet_for(club.objectives.grid(m), review_id, "Le Cheval Bleu")
    disk = small_disk(8)  # type: ignore[operator]
    with pytest.raises(ClubdeskError, match="disque est plein"):
        write_review_pdf(disk / "bilan.pdf", sheet)
    assert list(disk.iterdir()) == []
