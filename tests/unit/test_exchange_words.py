"""Coded columns read as people write them: « CDI », « Entreprise », « France Travail », « X »."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import select

from clubdesk.model.club import Club
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.exchange.importer import ImportFailed
from clubdesk.model.exchange.reading import CellError
from clubdesk.model.exchange.spec import BY_NAME, FILES
from clubdesk.model.exchange.words import LABELS, listing, read_choice, words
from clubdesk.model.search_folding import fold
from clubdesk.model.tables import Followup, Member, Partner, PathStep

TODAY = date(2026, 11, 23)

SHEETS = {
    "members.csv": ("Numéro;Prénom;Nom;RQTH;Contact préféré\n"
                    "M1;Émilie;N'Diaye;X;Téléphone\n"
                    "M2;Paul;Martin;x;\n"
                    "M3;Anne;Roy;Oui;SMS\n"
                    "M4;Luc;Petit;;aucun\n"),
    "partners.csv": ("Id;Nom;Catégorie\n"
                     "P1;Boulangerie;Entreprise\n"
                     "P2;Agence de Caen;France Travail\n"
                     "P3;CMP Nord;cmp\n"
                     "P4;Mairie;collectivité\n"),
    "path_steps.csv": ("Membre;Type;Début;Partenaire;Catégorie;Contrat;Heures\n"
                       "M1;Emploi;06/01/2025;P1;Emploi de transition;CDI;15,5\n"
                       "M2;emploi;01/02/2025;P1;emploi accompagné;CDI;\n"
                       "M3;emploi;01/03/2025;;Emploi indépendant;Contrat aidé;\n"
                       "M4;stage;01/04/2025;P2;;;\n"),
    "followups.csv": ("Membre;Date;Type\n"
                      "M1;01/03/2025;Entretien individuel\n"
                      "M2;02/03/2025;interview\n"),
}

# once per (file, column, value), at its first line, with the column as the sheet names it
READINGS = [
    "partners.csv, ligne 2, colonne Catégorie : « Entreprise » lu comme firm",
    "partners.csv, ligne 3, colonne Catégorie : « France Travail » lu comme spie",
    "partners.csv, ligne 4, colonne Catégorie : « cmp » lu comme health",
    "partners.csv, ligne 5, colonne Catégorie : « collectivité » lu comme local_authority",
    "members.csv, ligne 2, colonne Contact préféré : « Téléphone » lu comme phone",
    "members.csv, ligne 2, colonne RQTH : « X » lu comme oui",
    "members.csv, ligne 3, colonne RQTH : « x » lu comme oui",
    "members.csv, ligne 4, colonne Contact préféré : « SMS » lu comme sms",
    "members.csv, ligne 5, colonne Contact préféré : « aucun » lu comme none",
    "path_steps.csv, ligne 2, colonne Type : « Emploi » lu comme employment",
    "path_steps.csv, ligne 2, colonne Catégorie : « Emploi de transition » lu comme "
    "transitional",
    "path_steps.csv, ligne 2, colonne Contrat : « CDI » lu comme cdi",
    "path_steps.csv, ligne 3, colonne Type : « emploi » lu comme employment",
    "path_steps.csv, ligne 3, colonne Catégorie : « emploi accompagné » lu comme supported",
    "path_steps.csv, ligne 4, colonne Catégorie : « Emploi indépendant » lu comme independent",
    "path_steps.csv, ligne 4, colonne Contrat : « Contrat aidé » lu comme contrat_aide",
    "path_steps.csv, ligne 5, colonne Type : « stage » lu comme internship",
    "followups.csv, ligne 2, colonne Type : « Entretien individuel » lu comme interview",
]


def write_csv(folder: Path, sheets: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in sheets.items():
        (folder / name).write_bytes(text.encode("cp1252"))
    return folder


def write_xlsx(path: Path, sheets: dict[str, str]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, text in sheets.items():
        sheet = book.create_sheet(name.removesuffix(".csv"))
        for line in text.splitlines():
            sheet.append([cell or None for cell in line.split(";")])
    book.save(path)
    return path


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def fresh(tmp_path: Path, name: str) -> Club:
    return Club.open(str(tmp_path / f"{name}.sqlite3"))


@pytest.mark.parametrize("container", ["csv", "xlsx"])
def test_french_labels_are_read_as_codes_and_told_once(tmp_path: Path, container: str) -> None:
    source = (write_csv(tmp_path / "sheets", SHEETS) if container == "csv"
              else write_xlsx(tmp_path / "club.xlsx", SHEETS))
    club = fresh(tmp_path, "a")
    report = import_club(club.db, club.actor, source, today=TODAY)
    assert report.readings == READINGS
    with club.db.session() as s:
        steps = s.exec(select(PathStep).order_by(PathStep.started_on)).all()
        assert [(p.kind, p.category, p.contract) for p in steps] == [
            ("employment", "transitional", "cdi"), ("employment", "supported", "cdi"),
            ("employment", "independent", "contrat_aide"), ("internship", None, None)]
        assert [p.category for p in s.exec(select(Partner).order_by(Partner.name)).all()] == [
            "spie", "firm", "health", "local_authority"]
        members = s.exec(select(Member).order_by(Member.external_ref)).all()
        assert [(m.first_name, m.rqth, m.contact_preference) for m in members] == [
            ("Émilie", "yes", "phone"), ("Paul", "yes", "none"), ("Anne", "yes", "sms"),
            ("Luc", None, "none")]
        assert sorted(f.kind for f in s.exec(select(Followup)).all()) == ["interview"] * 2
    # the export writes the codes, and the round trip from there is exact
    export_club(club.db, club.actor, tmp_path / "one")
    one = tree(tmp_path / "one")
    assert one["path_steps.csv"].splitlines()[1:] == [
        b"1,M1,employment,2025-01-06,,P1,transitional,cdi,15.5,",
        b"2,M2,employment,2025-02-01,,P1,supported,cdi,,",
        b"3,M3,employment,2025-03-01,,,independent,contrat_aide,,",
        b"4,M4,internship,2025-04-01,,P2,,,,"]
    for label in (b"CDI", b"Entreprise", b"France Travail", b"Emploi", b"Contrat"):
        assert label not in one["path_steps.csv"] + one["partners.csv"]
    other = fresh(tmp_path, "b")
    again = import_club(other.db, other.actor, tmp_path / "one", today=TODAY)
    assert again.readings == []  # codes only: nothing to tell
    export_club(other.db, other.actor, tmp_path / "two")
    assert tree(tmp_path / "two") == one
    club.close()
    other.close()


def test_csv_and_workbook_give_the_same_club(tmp_path: Path) -> None:
    exports = []
    for n, source in enumerate((write_csv(tmp_path / "sheets", SHEETS),
                                write_xlsx(tmp_path / "club.xlsx", SHEETS))):
        club = fresh(tmp_path, f"c{n}")
        import_club(club.db, club.actor, source, today=TODAY)
        export_club(club.db, club.actor, tmp_path / f"e{n}")
        exports.append(tree(tmp_path / f"e{n}"))
        club.close()
    assert exports[0] == exports[1]


@pytest.mark.parametrize("container", ["csv", "xlsx"])
def test_a_word_that_means_nothing_is_refused_with_the_accepted_words(
        tmp_path: Path, container: str) -> None:
    sheets = dict(SHEETS)
    sheets["path_steps.csv"] = sheets["path_steps.csv"].replace("Contrat aidé", "CDX")
    source = (write_csv(tmp_path / "sheets", sheets) if container == "csv"
              else write_xlsx(tmp_path / "club.xlsx", sheets))
    club = fresh(tmp_path, "a")
    with pytest.raises(ImportFailed) as caught:
        import_club(club.db, club.actor, source, today=TODAY)
    assert caught.value.errors == [
        "path_steps.csv:4: contract: « CDX » n'est pas une valeur permise (cdi (CDI), "
        "cdd (CDD), interim (intérim), contrat_aide (contrat aidé), other (autre))."]
    assert club.members.search("emilie") == []  # nothing was written
    club.close()


def test_every_coded_column_reads_its_codes_and_labels() -> None:
    for spec in FILES:
        for col in spec.cols:
            if col.kind != "choice":
                continue
            labels = LABELS[(spec.name, col.name)]  # a new coded column needs its labels
            for code in col.choices:
                assert read_choice(spec.name, col, code) == code
                for written in (labels[code], labels[code].upper(), fold(labels[code])):
                    assert read_choice(spec.name, col, written) == code, written


def test_a_word_two_codes_could_mean_is_refused() -> None:
    category = next(c for c in BY_NAME["path_steps.csv"].cols if c.name == "category")
    assert "emploi" not in words("path_steps.csv", category)  # transition? accompagné?
    with pytest.raises(CellError, match="emploi de transition"):
        read_choice("path_steps.csv", category, "Emploi")
    half_day = next(c for c in BY_NAME["availability.csv"].cols if c.name == "half_day")
    with pytest.raises(CellError):  # a whole day is not one of its choices
        read_choice("availability.csv", half_day, "journée")
    assert read_choice("availability.csv", half_day, "Après-midi") == "pm"


def test_the_documentation_lists_the_words_the_importer_reads() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    assert [line for line in listing() if line not in doc.splitlines()] == []
