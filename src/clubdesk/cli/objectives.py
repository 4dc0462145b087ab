"""`clubdesk objectives`: the objectives grid of pre-insertion (issue 20 item 2), as on the
« Objectifs » screen (team, direction): the reviews due, a person's objectives, a new
objective, a review (« bilan ») with its levels, printed to sign with --pdf."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from clubdesk.cli.arguments import iso_date, record_id
from clubdesk.cli.club_access import opened_club
from clubdesk.cli.console import count, print_json
from clubdesk.model.errors import ValidationError


def cmd_objectives_due(args: argparse.Namespace) -> int:
    from clubdesk.model import clock

    with opened_club(args) as club:
        rows = club.objectives.due(clock.today())
    if args.json:
        print_json([{"member_id": r.member_id, "member": r.person,
                     "due_on": r.due_on.isoformat(),
                     "last_review": r.last_review.isoformat() if r.last_review else None}
                    for r in rows])
        return 0
    if not rows:
        print("Aucun bilan à faire.")
    for r in rows:
        last = f"dernier bilan le {r.last_review:%d/%m/%Y}" if r.last_review else "aucun bilan"
        print(f"{r.due_on:%d/%m/%Y}  {r.person} (n° {r.member_id}, {last})")
    return 0


def cmd_objectives_add(args: argparse.Namespace) -> int:
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        row = club.objectives.add(member.id, args.domain, args.text, args.on)
    print(f"Objectif n° {row.id} enregistré pour {member.display_name} : {row.text}")
    return 0


def cmd_objectives_list(args: argparse.Namespace) -> int:
    from clubdesk.model.objectives import DOMAIN_LABELS, LEVEL_LABELS

    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        grid = club.objectives.grid(member.id)
    last = grid.reviews[-1].levels if grid.reviews else {}
    if args.json:
        print_json({"member_id": grid.member_id, "member": grid.person,
                    "objectives": [{"objective_id": o.id, "domain": o.domain, "text": o.text,
                                    "set_on": o.set_on.isoformat(),
                                    "closed_on": o.closed_on.isoformat() if o.closed_on
                                    else None, "level": last.get(o.id)}
                                   for o in grid.objectives],
                    "reviews": [{"review_id": r.id, "date": r.held_on.isoformat(),
                                 "coordinator": r.coordinator, "own_words": r.own_words,
                                 "comment": r.comment,
                                 "levels": {str(k): v for k, v in r.levels.items()}}
                                for r in grid.reviews]})
        return 0
    if not grid.objectives:
        print(f"Aucun objectif pour {grid.person}.")
    for o in grid.objectives:
        level = f" — {LEVEL_LABELS[last[o.id]]}" if o.id in last else ""
        closed = f" (clos le {o.closed_on:%d/%m/%Y})" if o.closed_on else ""
        print(f"n° {o.id}  {DOMAIN_LABELS[o.domain]} : {o.text}{closed}{level}")
    return 0


def _levels(texts: list[str]) -> dict[int, str]:
    out: dict[int, str] = {}
    for text in texts:
        number, sep, level = text.partition("=")
        if not sep or not number.strip().isdigit():
            raise ValidationError("level", "« {text} » : écrivez OBJECTIF=NIVEAU, par exemple "
                                           "12=acquis.", text=text)
        out[int(number)] = level
    return out


def cmd_objectives_review(args: argparse.Namespace) -> int:
    levels = _levels(args.level)
    if args.pdf and not Path(args.pdf).parent.is_dir():  # refused before the review is written
        raise ValidationError("pdf", "Le dossier de « {path} » n'existe pas : le bilan n'a pas "
                                     "été enregistré.", path=args.pdf)
    with opened_club(args) as club:
        member = club.members.resolve(args.member)
        review = club.objectives.record_review(
            member.id, args.on, levels, staff_id=args.staff,
            coordinator_name=args.coordinator, own_words=args.words, comment=args.comment)
        if args.pdf:
            from clubdesk.export.review_pdf import sheet_for, write_review_pdf

            sheet = sheet_for(club.objectives.grid(member.id), review.id,
                              club.structure.info()["name"])
            write_review_pdf(Path(args.pdf), sheet)
    print(f"Bilan n° {review.id} enregistré pour {member.display_name} le "
          f"{review.held_on:%d/%m/%Y} ({count(len(review.levels), 'objectif', 'objectifs')}).")
    if args.pdf:
        print(f"Bilan à signer : {args.pdf}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("objectives", parents=[common],
                       help="les objectifs de la pré-insertion et leurs bilans")
    osub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = osub.add_parser("due", parents=[common], help="les bilans à faire (dus ou en retard)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_objectives_due)
    q = osub.add_parser("add", parents=[common], help="un nouvel objectif pour une personne")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom")
    q.add_argument("--domain", required=True, metavar="DOMAINE",
                   help="savoir, savoir-faire ou savoir-etre")
    q.add_argument("text", metavar="TEXTE")
    q.add_argument("--on", type=iso_date, default=None, metavar="AAAA-MM-JJ",
                   help="fixé le (aujourd'hui par défaut)")
    q.set_defaults(handler=cmd_objectives_add)
    q = osub.add_parser("list", parents=[common], help="les objectifs d'une personne")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_objectives_list)
    q = osub.add_parser("review", parents=[common], help="enregistre un bilan")
    q.add_argument("member", metavar="MEMBRE", help="numéro ou nom")
    q.add_argument("--on", type=iso_date, required=True, metavar="AAAA-MM-JJ")
    q.add_argument("--level", action="append", default=[], metavar="OBJECTIF=NIVEAU",
                   help="non acquis, en cours, acquis ou maîtrisé (répéter l'option)")
    q.add_argument("--words", default="", metavar="TEXTE", help="les mots de la personne")
    q.add_argument("--comment", default="", metavar="TEXTE", help="le commentaire de l'équipe")
    q.add_argument("--staff", type=record_id, default=None, metavar="N",
                   help="le salarié qui mène le bilan")
    q.add_argument("--coordinator", default="", metavar="NOM",
                   help="le coordinateur s'il n'est pas salarié")
    q.add_argument("--pdf", default=None, metavar="FICHIER",
                   help="imprime le bilan à signer dans ce fichier PDF")
    q.set_defaults(handler=cmd_objectives_review)
