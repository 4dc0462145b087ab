"""The exchange format: lossless round trips, real-world dialects, all-or-nothing imports."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import string
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlmodel import SQLModel

from clubdesk.model.access import Actor
from clubdesk.model.accounts.users import has_accounts
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, export_member, import_club
from clubdesk.model.exchange.accounts import NewAdmin
from clubdesk.model.exchange.exporter import NOT_EXPORTED, TABLE_FILES
from clubdesk.model.exchange.importer import ImportFailed
from clubdesk.model.member_profile import Profile
from clubdesk.model.merge import member_reference_tables
from clubdesk.model.rota import Assignment

TODAY = date(2026, 11, 23)
ADMIN = NewAdmin("direction", "Direction-import-2026")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def dump(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


def fresh(tmp_path: Path, name: str) -> Club:
    return Club.open(str(tmp_path / f"{name}.sqlite3"))


def test_demo_round_trip_folder_zip_and_workbook(tmp_path: Path, demo_target: str) -> None:
    source = Club.open(demo_target)
    export_club(source.db, source.actor, tmp_path / "one")
    original = tree(tmp_path / "one")
    assert len(original) == 50 and original["members.csv"].startswith(b"member_id,first_name")
    for n, container in enumerate(("folder", "two.zip", "two.xlsx")):
        middle = fresh(tmp_path, f"mid{n}")
        # the demo's accounts come without passwords: « direction » is the way in
        import_club(middle.db, middle.actor, tmp_path / "one", admin=ADMIN)
        target = tmp_path / (f"two{n}" if container == "folder" else f"{n}{container}")
        export_club(middle.db, middle.actor, target)
        last = fresh(tmp_path, f"last{n}")
        import_club(last.db, last.actor, target, admin=ADMIN)
        export_club(last.db, last.actor, tmp_path / f"three{n}")
        assert tree(tmp_path / f"three{n}") == original, container
        for club in (middle, last):
            club.close()
    source.close()


names = st.text(alphabet=string.ascii_letters + "éèçàÉœ' -,\";", min_size=1, max_size=12
                ).filter(lambda s: s.strip() != "")
keys = st.text(alphabet=string.ascii_letters + string.digits + "-_ é,", min_size=1,
               max_size=8).filter(lambda s: s.strip() == s and s != "")


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people=st.lists(st.tuples(keys, names, st.integers(0, 900), st.booleans()),
                       min_size=1, max_size=6, unique_by=lambda t: t[0]),
       visits=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 30),
                                 st.sampled_from(["am", "pm", "day"])), max_size=12),
       fte=st.sampled_from([0.1, 0.5, 0.8, 1.0, 1 / 3]))
def test_generated_clubs_round_trip(tmp_path_factory, people, visits, fte) -> None:
    folder = tmp_path_factory.mktemp("rt")
    club = Club.open(str(folder / "a.sqlite3"))
    try:
        ids = []
        for key, name, days, _flag in people:
            m = club.members.create(name, last_name=name[::-1].strip() or "x",
                                    joined_on=TODAY - timedelta(days=days), today=TODAY)
            ids.append(m.id)
            with club.db.session() as s:  # an external reference, as an import would keep
                row = s.get(type(m), m.id)
                row.external_ref = key
                s.add(row)
        for who, offset, half in visits:
            member_id = ids[who % len(ids)]
            # duplicates and former members: not every draw is a check-in
            with contextlib.suppress(ClubdeskError):
                club.attendance.check_in(member_id, TODAY - timedelta(days=offset), half,
                                         mode="remote" if offset % 3 == 0 else "onsite")
        staff = club.staff.create("Hervé", "Meunier", function="Chargé, « pair »")
        club.staff.add_period(staff.id, date(2024, 1, 1), fte=fte)
        partner = club.partners.create("Boulangerie, \"Au Bon Pain\"", "firm", city="Caen")
        task = club.tasks.create(name="Accueil")
        club.profiles.save(ids[0], Profile(skills={"Cuisine": "can_teach"}, likes={task.id},
                                           availability={(1, "am")}))
        job = club.paths.add_step(ids[0], "employment", date(2025, 1, 6),
                                  category="transitional", partner_id=partner.id,
                                  hours_per_week=15.5)
        club.paths.add_cover(job.id, date(2025, 2, 3), "Loïc")
        club.followups.add(ids[0], date(2025, 3, 1), "interview", staff_id=staff.id,
                           note="Ligne 1\nLigne 2, avec « guillemets »", next_step="Appeler",
                           due_on=date(2025, 3, 10), today=TODAY)
        club.partners.add_interaction(partner.id, date(2025, 4, 1), "visit", member_ids=(ids[0],))
        club.rota.save(date(2025, 4, 2), [Assignment("am", f"t{task.id}",
                                                      (f"m{ids[0]}", f"s{staff.id}"))],
                       [("am", f"t{task.id}", f"m{ids[0]}")])
        club.structure.set_info({"name": "Le Phare", "rent_eur": "1850,5"})
        club.structure.add_funding(2025, "ARS", 250_000.25, "fir")
        export_club(club.db, club.actor, folder / "one")
        other = Club.open(str(folder / "b.sqlite3"))
        import_club(other.db, other.actor, folder / "one")
        export_club(other.db, other.actor, folder / "two")
        other.close()
        assert tree(folder / "two") == tree(folder / "one")
    finally:
        club.close()


FRENCH_MEMBERS = ("Numéro;Prénom;Nom;Téléphone;E-mail;RQTH;;\n"
                  "M1; Émilie ;N'Diaye;06 12 34 56 78;emilie@exemple.fr;oui;;\n"
                  "M2;Jean-Édouard;Lefèvre;;;non;;\n"
                  ";;;;;;;\n")
FRENCH_CHARTER = "Membre;Version de la charte;Charte signée le\nM1;2022;05/01/2024\n"
FRENCH_PERIODS = ("Membre;Date d'entrée;Date de sortie;Motif\nM1;05/01/2024;;\n"
                  "M2;01/02/2023;30/06/2024;Déménagement\n")
FRENCH_STAFF = "Salarié;Prénom;Nom;Fonction;Pair aidant\nS1;Hervé;Meunier;Chargé d'insertion;non\n"
FRENCH_STAFF_PERIODS = "Salarié;Date de début;Date de fin;ETP\nS1;01/01/2024;;0,8\n"
FRENCH_ATTENDANCE = "Membre;Date;Demi-journée;Mode\nM1;06/01/2025;am;onsite\nM1;07/01/2025;day;\n"


def write_dialect(folder: Path, encoding: str, sep: str, bom: bool = False) -> Path:
    folder.mkdir()
    for name, text in (("members.csv", FRENCH_MEMBERS), ("membership_periods.csv", FRENCH_PERIODS),
                       ("staff.csv", FRENCH_STAFF), ("staff_periods.csv", FRENCH_STAFF_PERIODS),
                       ("attendance.csv", FRENCH_ATTENDANCE),
                       ("charter_signatures.csv", FRENCH_CHARTER)):
        data = text.replace(";", sep).encode(encoding)
        (folder / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return folder


def test_real_world_dialects_import_to_the_same_records(tmp_path: Path) -> None:
    sources = [write_dialect(tmp_path / "cp1252", "cp1252", ";"),
               write_dialect(tmp_path / "tab", "utf-8", "\t", bom=True)]
    book = Workbook()
    book.remove(book.active)
    for path in sorted(sources[1].iterdir()):
        sheet = book.create_sheet(path.stem)
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            cells = line.split("\t")
            sheet.append([date(int(c[6:]), int(c[3:5]), int(c[:2])) if len(c) == 10 and c[2] == "/"
                          else c for c in cells])
    book.save(tmp_path / "club.xlsx")
    sources.append(tmp_path / "club.xlsx")
    exports = []
    for n, source in enumerate(sources):
        club = fresh(tmp_path, f"d{n}")
        report = import_club(club.db, club.actor, source, today=TODAY)
        if n == 0:
            assert "charter_signatures.csv lu comme : point-virgule, Windows-1252, dates " \
                "jj/mm/aaaa" in report.dialects
        if n == 1:
            assert any(d.startswith("members.csv lu comme : tabulation, UTF-8 avec BOM")
                       for d in report.dialects)
        emilie = club.members.search("emilie ndiaye")[0]
        assert (emilie.first_name, emilie.phone) == ("Émilie", "06 12 34 56 78")
        assert club.members.get(emilie.id).rqth == "yes"
        assert club.staff.fte_on(date(2025, 1, 1)) == 0.8
        assert [(x.version, x.signed_on) for x in club.charter.signatures(emilie.id)] == [
            ("2022", date(2024, 1, 5))]
        jean = club.members.search("lefevre")[0]  # « Déménagement », the label, read as a code
        assert [p.leave_reason for p in club.members.periods(jean.id)] == ["moved"]
        export_club(club.db, club.actor, tmp_path / f"e{n}")
        exports.append(tree(tmp_path / f"e{n}"))
        club.close()
    assert exports[0] == exports[1] == exports[2]


BAD_CASES = [
    ("attendance.csv", "member_id,date,half_day\nM1,2024-02-31,am\n",
     "attendance.csv:2: date: « 2024-02-31 » n'est pas une date qui existe."),
    ("attendance.csv", "member_id,date,half_day\nM9,2024-02-03,am\n",
     "attendance.csv:2: member_id: « M9 » n'existe pas dans members.csv."),
    ("members.csv", "member_id,first_name\nM1,Émilie\nM1,Paul\n",
     "members.csv:3: member_id: « M1 » est en double (déjà ligne 2)."),
    ("staff_periods.csv", "staff_id,started_on,fte\nS1,2024-01-01,-0.5\n",
     "staff_periods.csv:2: fte: L'ETP (équivalent temps plein) doit être plus grand que 0 et "
     "au plus 1."),
    ("attendance.csv", "member_id,date,half_day\nM1,2024-02-03,am,onsite,extra\n",
     "attendance.csv:2: trop de champs (5 au lieu de 3)."),
    ("attendance.csv", "", "attendance.csv:1: le fichier est vide"),
    ("attendance.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
     "attendance.csv:1: ce n'est pas un fichier texte (fichier binaire ?)."),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_CASES)
def test_bad_input_is_listed_and_nothing_written(tmp_path: Path, name, content,
                                                 message) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text("member_id,first_name\nM1,Émilie\n", encoding="utf-8")
    (folder / "staff.csv").write_text("staff_id,first_name\nS1,Hervé\n", encoding="utf-8")
    data = content.encode() if isinstance(content, str) else content
    (folder / name).write_bytes(data)
    club = fresh(tmp_path, "target")
    club.structure.set_info({"name": "Avant"})  # something already in the file
    club.close()
    before = dump(tmp_path / "target.sqlite3")
    club = fresh(tmp_path, "target")
    with pytest.raises(ImportFailed) as err:
        import_club(club.db, club.actor, folder, today=TODAY)
    club.close()
    assert any(line.startswith(message.rstrip(".")) for line in err.value.errors), \
        err.value.errors
    assert "Rien n'a été enregistré" in str(err.value)
    assert dump(tmp_path / "target.sqlite3") == before


def test_every_error_is_listed_up_to_200(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text("member_id,first_name\nM1,A\n", encoding="utf-8")
    rows = "".join(f"X{n},2024-01-01,am\n" for n in range(300))
    (folder / "attendance.csv").write_text("member_id,date,half_day\n" + rows, encoding="utf-8")
    club = fresh(tmp_path, "t")
    with pytest.raises(ImportFailed) as err:
        import_club(club.db, club.actor, folder)
    assert len(err.value.errors) == 200 and err.value.total >= 200
    assert club.members.count() == 0


def test_dry_run_writes_nothing_and_counts(tmp_path: Path, demo_target: str) -> None:
    source = Club.open(demo_target)
    export_club(source.db, source.actor, tmp_path / "one.zip")
    club = fresh(tmp_path, "t")
    report = import_club(club.db, club.actor, tmp_path / "one.zip", dry_run=True, admin=ADMIN)
    assert report.created["members.csv"] == source.members.count()
    assert club.members.count() == 0
    assert not has_accounts(club.db) and report.recovery_code is None
    source.close()


def test_existing_club_is_refused_unless_merge_which_never_deletes(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text("member_id,first_name,last_name\n1,Émilie,Durand\n"
                                        "new,Paul,Petit\n", encoding="utf-8")
    club = fresh(tmp_path, "t")
    emilie = club.members.create("Émilie", last_name="D.")
    keep = club.members.create("Zoé")
    with pytest.raises(ClubdeskError, match="--merge"):
        import_club(club.db, club.actor, folder)
    report = import_club(club.db, club.actor, folder, merge=True)
    assert report.created["members.csv"] == 1 and report.skipped["members.csv"] == 1
    assert club.members.get(emilie.id).last_name == "Durand"  # matched by its number
    assert club.members.get(keep.id).first_name == "Zoé"  # never deleted
    assert club.members.count() == 3


def test_member_export_covers_every_table_that_refers_to_a_member(tmp_path: Path,
                                                                  demo_target: str) -> None:
    # every table of the schema is carried by the exchange format
    tables = set(SQLModel.metadata.tables) - NOT_EXPORTED
    assert tables <= set(TABLE_FILES), tables - set(TABLE_FILES)
    club = Club.open(demo_target)
    m = club.members.create("Émilie", last_name="Test", joined_on=date(2025, 1, 6), today=TODAY)
    task = club.tasks.list_tasks()[0]
    club.attendance.check_in(m.id, date(2025, 1, 7), "am")
    club.charter.sign(m.id, date(2025, 1, 6), today=TODAY)
    club.profiles.save(m.id, Profile(skills={"Cuisine": "practising"}, likes={task.id},
                                     availability={(2, "pm")}))
    club.reach_out.record(m.id, date(2025, 2, 1), "phone", today=TODAY)
    job = club.paths.add_step(m.id, "employment", date(2025, 1, 6), category="transitional")
    club.paths.add_cover(job.id, date(2025, 1, 8), "Loïc")
    club.members.update(m.id, rqth="yes")
    club.paths.set_module(m.id, "evaluation", date(2025, 1, 6))
    club.followups.add(m.id, date(2025, 1, 9), "interview", today=TODAY)
    partner = club.partners.list_partners()[0]
    club.partners.add_interaction(partner.id, date(2025, 1, 10), "visit", member_ids=(m.id,))
    club.rota.save(date(2025, 1, 7), [Assignment("am", f"t{task.id}", (f"m{m.id}",))])
    club.workshops.add("Atelier CV", date(2025, 1, 13), attendees=[m.id], today=TODAY)
    outing = club.outings.add("Bowling", date(2025, 1, 14), today=date(2025, 1, 7))
    club.outings.sign_up(outing.id, m.id, today=date(2025, 1, 7))
    goal = club.objectives.add(m.id, "savoir", "Lire un plan", date(2025, 1, 6))
    club.objectives.record_review(m.id, date(2025, 3, 6), {goal.id: "en cours"})
    club.admissions.add(m.id, received_on=date(2025, 1, 14), today=TODAY)
    club.contracts.start_trial(m.id, date(2025, 1, 6))
    club.contracts.set_exit_plan(m.id, "definitive", date(2025, 1, 20), "training")
    club.contracts.add_exit_contact(m.id, date(2025, 2, 1), "mail", today=TODAY)
    club.contracts.add_refund(m.id, date(2025, 1, 7), 450)
    club.contracts.add_meals(m.id, date(2025, 1, 7))
    club.production.add_session(date(2025, 1, 14), "Infographie", [(m.id, 2)], today=TODAY)
    export_member(club.db, club.actor, m.id, tmp_path / "emilie.zip")
    import zipfile

    with zipfile.ZipFile(tmp_path / "emilie.zip") as archive:
        files = {Path(n).name: archive.read(n).decode() for n in archive.namelist()}
    for table, _column in member_reference_tables():
        content = files[TABLE_FILES[table.name]]
        assert len(content.strip().splitlines()) >= 2, table.name  # header + their rows
    assert files["members.csv"].count("\n") == 2  # only this member
    assert "Test" in files["members.csv"]
    club.close()


def test_reception_role_cannot_export_or_import(tmp_path: Path, club: Club) -> None:
    reception = Actor("Léa", "accueil")
    with pytest.raises(AccessDenied):
        export_club(club.db, reception, tmp_path / "x")
    with pytest.raises(AccessDenied):
        import_club(club.db, reception, tmp_path)


def test_export_refuses_a_folder_that_is_not_empty(tmp_path: Path, club: Club) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("à garder")
    with pytest.raises(ClubdeskError, match="n'est pas vide"):
        export_club(club.db, club.actor, tmp_path / "full")
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["notes.txt"]


def test_a_missing_key_column_is_reported_once(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "members.csv").write_text("first_name\nÉmilie\nPaul\n", encoding="utf-8")
    club = fresh(tmp_path, "t")
    with pytest.raises(ImportFailed) as err:
        import_club(club.db, club.actor, folder)
    assert err.value.errors == ["members.csv:1: member_id: colonne obligatoire absente."]
