"""`clubdesk structure info | hours | funding | activity | survey | governance | document |
kind`: what the
« Structure » screen keeps for the annual table (§11), from the command line. Reading: every
role; changes: the direction (the service checks it, as for the screen)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id, report_year, whole_number
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count, print_json
from clubdesk.model.errors import ClubdeskError

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_RANGE = re.compile(r"^\s*([^=\s]+)\s*=\s*(\d\d:\d\d)\s*-\s*(\d\d:\d\d)\s*$")


def _amount(text: str) -> float:
    """« 250 000 », « 1500,50 » or 1500.50, in euros."""
    clean = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".")
    try:
        return float(clean.removesuffix("€"))
    except ValueError:
        raise ClubdeskError("« {value} » n'est pas un montant en euros.", value=text) from None


def _euros(amount: float) -> str:
    return f"{amount:.2f} €".replace(".", ",")


def _weekday(text: str) -> int:
    word = text.strip().lower()
    if word.isdigit() and 1 <= int(word) <= 7:
        return int(word)
    for number, name in enumerate(WEEKDAYS, start=1):
        if len(word) >= 3 and name.startswith(word):
            return number
    raise ClubdeskError("« {value} » n'est pas un jour de la semaine (lundi à dimanche, ou 1 "
                        "à 7).", value=text)


def parse_range(text: str) -> tuple[int, str, str]:
    """« lundi=09:00-17:00 » -> (1, "09:00", "17:00")."""
    found = _RANGE.match(text)
    if found is None:
        raise ClubdeskError("« {value} » : écrivez une plage comme « lundi=09:00-17:00 ».",
                            value=text)
    return _weekday(found.group(1)), found.group(2), found.group(3)


def cmd_info(args: argparse.Namespace) -> int:
    from clubdesk.model.structure import INFO_FIELDS, INFO_KEYS

    values: dict[str, str] = {}
    for pair in args.values:
        key, sep, value = pair.partition("=")
        if not sep or key.strip() not in INFO_KEYS:
            raise ClubdeskError("« {value} » : écrivez CLE=VALEUR avec une de ces clés : "
                                "{keys}.", value=pair, keys=", ".join(INFO_KEYS))
        values[key.strip()] = value
    with opened_club(args) as club:
        if values:
            club.structure.set_info(values, args.start)
        shown = club.structure.info(args.start)
    if args.json:
        print_json(shown)
        return 0
    for f in INFO_FIELDS:
        print(f"{f.label} : {shown[f.key] or 'non renseigné'}")
    return 0


def cmd_hours(args: argparse.Namespace) -> int:
    ranges = [parse_range(r) for r in args.ranges]
    with opened_club(args) as club:
        if ranges:
            club.structure.set_opening_hours(ranges, args.start)
        hours = club.structure.opening_hours(args.start)
    if not hours:
        print("Aucun horaire d'ouverture enregistré.")
    for h in hours:
        print(f"{WEEKDAYS[h.weekday - 1]} {h.opens}–{h.closes}")
    return 0


def cmd_funding(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        if args.action == "remove":
            from clubdesk.model.tables import FundingLine

            gone = club.structure.delete_line(FundingLine, args.line)
            print(f"Financement n° {args.line} supprimé ({gone.year}) : {gone.funder}, "
                  f"{_euros(gone.amount_eur)}.")
            return 0
        if args.action == "add":
            amount = _amount(args.amount)
            row = club.structure.add_funding(args.year, args.funder, amount, args.kind,
                                             in_kind=args.in_kind)
            print(f"Financement n° {row.id} enregistré pour {args.year} : {row.funder}, "
                  f"{_euros(row.amount_eur)}.")
            return 0
        rows = club.structure.funding(args.year)
    if args.json:
        print_json([{"id": r.id, "year": r.year, "funder": r.funder, "amount_eur": r.amount_eur,
                     "kind": r.kind, "in_kind": r.in_kind} for r in rows])
        return 0
    for r in rows:
        kind = "FIR" if r.kind == "fir" else "complémentaire"
        print(f"{r.id:>5}  {r.funder} : {_euros(r.amount_eur)} ({kind})")
    return 0


def cmd_activity(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        if args.action == "remove":
            from clubdesk.model.tables import Activity

            gone = club.structure.delete_line(Activity, args.line)
            print(f"Activité n° {args.line} supprimée ({gone.year}) : {gone.title}.")
            return 0
        if args.action == "add":
            row = club.structure.add_activity(args.year, args.title, args.status,
                                              kind=args.kind, description=args.description)
            state = "réalisée" if row.status == "done" else "envisagée"
            print(f"Activité n° {row.id} enregistrée pour {args.year} ({state}) : {row.title}.")
            return 0
        rows = club.structure.activities(args.year)
    if args.json:
        print_json([{"id": r.id, "year": r.year, "title": r.title, "kind": r.kind,
                     "status": r.status, "description": r.description} for r in rows])
        return 0
    for r in rows:
        state = "réalisée" if r.status == "done" else "envisagée"
        print(f"{r.id:>5}  {r.title} ({state})")
    return 0


def cmd_survey(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        row = club.structure.add_survey(args.date, args.audience, args.answers, args.summary)
    public = "des membres" if row.audience == "members" else "des partenaires"
    print(f"Enquête de satisfaction {public} du {row.date:%d/%m/%Y} enregistrée "
          f"({row.answers} réponses).")
    return 0


def cmd_governance(args: argparse.Namespace) -> int:
    seats = [(h, False) for h in args.seat] + [(h, True) for h in args.elected_seat]
    if any(not holder.strip() for holder, _ in seats):
        raise ClubdeskError("Un siège sans titulaire : donnez un nom à chaque siège.")
    with opened_club(args) as club:
        club.structure.set_body(args.name, seats, args.start)
    print(f"Instance « {args.name.strip()} » : "
          f"{count(len(seats), 'siège enregistré', 'sièges enregistrés')}.")
    return 0


def _read_document(path: str) -> bytes:
    """The file's bytes, reading one byte past the limit at most (the model says too big)."""
    from clubdesk.model.tables import DOCUMENT_MAX_BYTES

    try:
        with open(path, "rb") as handle:
            return handle.read(DOCUMENT_MAX_BYTES + 1)
    except OSError:
        raise ClubdeskError("Le fichier « {path} » ne peut pas être lu.", path=path) from None


def cmd_document(args: argparse.Namespace) -> int:
    from pathlib import Path

    data = _read_document(args.file) if args.action == "add" else b""
    with opened_club(args) as club:
        if args.action == "add":
            info = club.structure.attach_document(args.kind, args.start, Path(args.file).name,
                                                  data)
            what = "Bail" if info.kind == "lease" else "État des lieux"
            print(f"{what} n° {info.id} gardé ({info.file_name}), valable à partir du "
                  f"{info.valid_from:%d/%m/%Y}.")
            return 0
        rows = club.structure.documents()
    if not rows:
        print("Aucun document enregistré.")
    for r in rows:
        what = "bail" if r.kind == "lease" else "état des lieux"
        print(f"{r.id:>5}  {what} du {r.valid_from:%d/%m/%Y} : {r.file_name}")
    return 0


def parse_kinds(texts: list[str]) -> list[str]:
    """« gem,pre-insertion » (or the option repeated) -> the kinds' codes; each a code, with
    - or _, or the first word of its French label (« atelier »)."""
    from clubdesk.model.structure_kinds import parse_kind

    return [parse_kind(part) for text in texts for part in text.split(",") if part.strip()]


def cmd_kind(args: argparse.Namespace) -> int:
    from clubdesk.model.structure_kinds import KIND_INFO

    chosen = parse_kinds(args.set) if args.set is not None else None
    if chosen is not None and not chosen:
        raise ClubdeskError("Choisissez au moins un type de structure.")
    with opened_club(args) as club:
        kinds = club.kinds.set(chosen) if chosen is not None else club.kinds.current()
        words = club.kinds.words()
    if args.json:
        print_json({"kinds": list(kinds), "labels": [KIND_INFO[k].label for k in kinds],
                    "people": {"one": words.one, "many": words.many}})
        return 0
    for kind in kinds:
        print(f"{kind.replace('_', '-')} : {KIND_INFO[kind].label}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("structure", parents=[common],
                       help="la structure : locaux, horaires, financements, activités, "
                            "enquêtes, instances (tableau annuel)")
    ssub = p.add_subparsers(title="actions", metavar="ACTION", required=True)

    def since(q: argparse.ArgumentParser) -> None:
        q.add_argument("--from", dest="start", type=iso_date, default=None,
                       metavar="AAAA-MM-JJ",
                       help="la date à partir de laquelle cela vaut (aujourd'hui par défaut)")

    q = ssub.add_parser("info", parents=[common],
                        help="affiche ou change le nom, l'adresse, les locaux, le bail "
                             "(direction pour changer)")
    q.add_argument("values", nargs="*", metavar="CLE=VALEUR",
                   help="name, address, legal_form, premises_address, premises_accessibility,"
                        " premises_surface_m2, lease_start, lease_end, rent_eur, "
                        "inventory_date, premises_notes")
    since(q)
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_info)
    q = ssub.add_parser("hours", parents=[common],
                        help="affiche ou remplace les horaires d'ouverture de la semaine")
    q.add_argument("ranges", nargs="*", metavar="JOUR=HH:MM-HH:MM",
                   help="par exemple lundi=09:00-17:00 (plusieurs plages par jour possibles)")
    since(q)
    q.set_defaults(handler=cmd_hours)
    q = ssub.add_parser("funding", parents=[common],
                        help="les financements d'une année (FIR et complémentaires)")
    fsub = q.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    r = fsub.add_parser("add", parents=[common], help="ajoute une ligne (direction)")
    r.add_argument("year", type=report_year, metavar="ANNEE")
    r.add_argument("funder", metavar="FINANCEUR")
    r.add_argument("amount", metavar="MONTANT", help="en euros, par exemple 250000 ou 1500,50")
    r.add_argument("--kind", choices=("fir", "complementary"), required=True,
                   help="fir : fonds d'intervention régional ; complementary : autre")
    r.add_argument("--in-kind", action="store_true", help="contribution en nature")
    r.set_defaults(handler=cmd_funding)
    r = fsub.add_parser("list", parents=[common], help="les lignes d'une année")
    r.add_argument("year", type=report_year, metavar="ANNEE")
    r.add_argument("--json", action="store_true", help="sortie JSON")
    r.set_defaults(handler=cmd_funding)
    r = fsub.add_parser("remove", parents=[common],
                        help="supprime une ligne saisie par erreur (direction)")
    r.add_argument("line", type=record_id, metavar="N",
                   help="le numéro de la ligne (voir « structure funding list »)")
    r.set_defaults(handler=cmd_funding)
    q = ssub.add_parser("activity", parents=[common],
                        help="les activités réalisées ou envisagées d'une année")
    asub = q.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    r = asub.add_parser("add", parents=[common], help="ajoute une activité (direction)")
    r.add_argument("year", type=report_year, metavar="ANNEE")
    r.add_argument("title", metavar="TITRE")
    r.add_argument("--status", choices=("done", "planned"), required=True,
                   help="done : réalisée ; planned : envisagée")
    r.add_argument("--kind", default="", metavar="TYPE", help="le type d'activité")
    r.add_argument("--description", default="", metavar="TEXTE")
    r.set_defaults(handler=cmd_activity)
    r = asub.add_parser("list", parents=[common], help="les activités d'une année")
    r.add_argument("year", type=report_year, metavar="ANNEE")
    r.add_argument("--json", action="store_true", help="sortie JSON")
    r.set_defaults(handler=cmd_activity)
    r = asub.add_parser("remove", parents=[common],
                        help="supprime une activité saisie par erreur (direction)")
    r.add_argument("line", type=record_id, metavar="N",
                   help="le numéro de l'activité (voir « structure activity list »)")
    r.set_defaults(handler=cmd_activity)
    q = ssub.add_parser("survey", parents=[common],
                        help="enregistre une enquête de satisfaction (direction)")
    q.add_argument("date", type=iso_date, metavar="AAAA-MM-JJ")
    q.add_argument("--audience", choices=("members", "partners"), required=True,
                   help="members : les membres ; partners : les partenaires")
    q.add_argument("--answers", type=whole_number(0, 100_000), required=True, metavar="N",
                   help="le nombre de réponses (0 à 100 000)")
    q.add_argument("--summary", default="", metavar="TEXTE", help="ce qui en ressort")
    q.set_defaults(handler=cmd_survey)
    q = ssub.add_parser("document", parents=[common],
                        help="le bail et l'état des lieux (PDF ou image, 10 Mo au plus)")
    dsub = q.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    r = dsub.add_parser("add", parents=[common], help="garde un document (direction)")
    r.add_argument("kind", choices=("lease", "inventory"), metavar="TYPE",
                   help="lease : le bail ; inventory : l'état des lieux")
    r.add_argument("file", metavar="FICHIER", help="un PDF, PNG ou JPEG")
    r.add_argument("--from", dest="start", type=iso_date, required=True,
                   metavar="AAAA-MM-JJ", help="la date à partir de laquelle il vaut")
    r.set_defaults(handler=cmd_document)
    r = dsub.add_parser("list", parents=[common], help="les documents gardés")
    r.set_defaults(handler=cmd_document)
    q = ssub.add_parser("governance", parents=[common],
                        help="une instance (conseil, bureau...) et ses sièges à partir d'une "
                             "date (direction)")
    q.add_argument("name", metavar="INSTANCE")
    q.add_argument("--seat", action="append", default=[], metavar="TITULAIRE",
                   help="un siège (répéter l'option pour chaque siège)")
    q.add_argument("--elected-seat", action="append", default=[], metavar="TITULAIRE",
                   help="un siège tenu par un membre élu du club-house")
    since(q)
    q.set_defaults(handler=cmd_governance)
    q = ssub.add_parser("kind", parents=[common],
                        help="affiche ou change le type de structure : club-house, GEM, "
                             "pré-insertion, insertion par le travail (direction pour changer)")
    q.add_argument("--set", action="append", default=None, metavar="TYPES",
                   help="les types en service, séparés par des virgules : clubhouse, gem, "
                        "pre-insertion, work-insertion (ou le premier mot de leur nom)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_kind)
