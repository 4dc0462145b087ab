"""The command line: `clubdesk` opens the window; sub-commands work on the same services.

Exit codes: 0 success, 1 refused operation (one French sentence on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from clubdesk import __version__, paths
from clubdesk.model import clock
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.validation import FIRST_YEAR, LAST_YEAR

Handler = Callable[[argparse.Namespace], int]
# Kept here (not imported from the model) so that `clubdesk --help` stays fast.
PARTNER_CATEGORY_CHOICES = (
    "firm", "spie", "supported_employment_platform", "peer_structure", "health",
    "medico_social", "local_authority", "ptsm_clsm", "training_body", "other",
)


# -- argument types: every value typed is checked here, before any command runs ---------


def _date(text: str) -> date:
    """AAAA-MM-JJ, a real day between 1900 and 2100 (model.validation.check_date)."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » n'est pas une date au format AAAA-MM-JJ"
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"la date {text} n'est pas entre {FIRST_YEAR} et {LAST_YEAR}")
    return day


def _whole_number(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:  # also a number of more than 4,300 digits
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre entier") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{text} n'est pas entre {low} et {high}")
    return value


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argument type: a whole number from ``low`` to ``high`` (huge numbers are refused
    here, not by the database or the calendar)."""
    def parse(text: str) -> int:
        return _whole_number(text, low, high)

    return parse


MAX_ID = 2**63 - 1  # a record's number: the database's largest integer


def record_id(text: str) -> int:
    """A record's number (a member, a member of staff): 1 up to the database's largest."""
    try:
        return _whole_number(text, 1, MAX_ID)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un numéro valable") from None


report_year = whole_number(FIRST_YEAR, LAST_YEAR)


def seconds(text: str) -> float:
    """A time limit: more than 0 and at most an hour."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n'est pas un nombre de secondes") \
            from None
    if not 0 < value <= 3600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text} : de 0 à 3600 secondes")
    return value


def open_club(args: argparse.Namespace, *, upgrade: bool = True, sign_in: bool = True) -> Any:
    """The club, on behalf of the person running the command (same roles as in the window)."""
    from clubdesk.model.access import LOCAL_ADMIN
    from clubdesk.model.club import Club
    from clubdesk.model.db import Database
    from clubdesk.model.server import database_target

    explicit = getattr(args, "db", None)
    target = database_target(explicit)
    create_parent = target == str(paths.default_db_path())
    db = Database.open(target, create_parent=create_parent, upgrade=upgrade)
    try:
        actor = command_line_actor(db, args) if sign_in else LOCAL_ADMIN
    except BaseException:
        db.close()
        raise
    return Club(db, actor)


def command_line_actor(db: Any, args: argparse.Namespace | None = None) -> Any:
    """CLUBDESK_USER and CLUBDESK_PASSWORD, or a prompt on a terminal; a club with no
    account yet runs as the local administrator until its first account exists. A one-time
    code in place of the password: a new password first (see _first_password)."""
    import getpass
    import os

    from clubdesk.model.access import LOCAL_ADMIN
    from clubdesk.model.one_time import NewPasswordNeeded
    from clubdesk.model.users import authenticate, has_accounts

    if not has_accounts(db):
        return LOCAL_ADMIN
    username = os.environ.get("CLUBDESK_USER")
    password = os.environ.get("CLUBDESK_PASSWORD")
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not username and interactive:
        username = input("Identifiant clubdesk : ").strip()
    if username and password is None and interactive:
        password = getpass.getpass("Mot de passe : ")
    if not username or password is None:
        raise ClubdeskError("Ce club a des comptes : dites qui vous êtes avec les variables "
                            "CLUBDESK_USER et CLUBDESK_PASSWORD.")
    try:
        return authenticate(db, username, password)
    except NewPasswordNeeded as exc:
        return _first_password(db, args, exc.username, password, interactive)


def _first_password(db: Any, args: argparse.Namespace | None, username: str, code: str,
                    interactive: bool) -> Any:
    """Signed in with a one-time code: the new password is asked on a terminal, or taken
    from CLUBDESK_NEW_PASSWORD by `clubdesk users passwd` for oneself; any other command
    in a script is refused with the way to do it."""
    from clubdesk.model.one_time import choose_password

    own_passwd = (args is not None and getattr(args, "action", None) == "passwd"
                  and getattr(args, "handler", None) is cmd_users
                  and str(args.username).strip().lower() == username)
    if not interactive and not own_passwd:
        raise ClubdeskError("Code à usage unique accepté : choisissez d'abord votre mot de "
                            "passe avec « clubdesk users passwd {username} » (le code dans "
                            "CLUBDESK_PASSWORD, le nouveau mot de passe dans "
                            "CLUBDESK_NEW_PASSWORD).", username=username)
    if interactive and not own_passwd:
        print("Code à usage unique accepté : choisissez votre mot de passe.", file=sys.stderr)
    actor = choose_password(db, username, code, _new_password())
    print(f"Mot de passe de « {username} » choisi ; le code à usage unique ne fonctionne "
          "plus.", file=sys.stderr if not own_passwd else sys.stdout)
    if args is not None:
        args.password_chosen = True
    return actor


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# -- handlers ---------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from clubdesk.app import run
    from clubdesk.model.server import database_target

    return run(database_target(getattr(args, "db", None)))


def cmd_connection(args: argparse.Namespace) -> int:
    """This desk's club server: without --host, the settings window; --local forgets it."""
    from clubdesk.model import server
    from clubdesk.model.db import check_connection

    if args.local:
        server.save(None)
        print(f"Ce poste utilise la base locale « {paths.default_db_path()} ».")
        return 0
    if args.host is None:
        from clubdesk.app import ensure_application
        from clubdesk.ui.session.server_dialogs import ConnectionDialog

        ensure_application()
        return 0 if ConnectionDialog().exec() else 1
    settings = server.ServerSettings(host=args.host, port=args.port, database=args.database,
                                     user=args.user, tls=args.tls)
    password = os.environ.get("CLUBDESK_DB_PASSWORD") or None
    url = settings.url(password)
    check_connection(url)
    server.save(settings)
    if password and not server.store_password(settings, password):
        print("Pas de trousseau sur ce poste : le mot de passe sera demandé au démarrage "
              "(ou PGPASSWORD).", file=sys.stderr)
    print(f"Ce poste utilise la base « {settings.url()} ».")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from clubdesk.model import demo

    club = open_club(args)
    try:
        summary = demo.generate(
            club.db, club.actor, size=args.size, seed=args.seed, force=args.force
        )
    finally:
        club.close()
    print(
        f"Club de démonstration créé dans {club.db.display_name} : {summary.members} personnes "
        f"({summary.current_members} membres actuels), {summary.staff} salariés, "
        f"{summary.attendance} présences."
    )
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    club = open_club(args, upgrade=False, sign_in=False)
    try:
        before = club.db.current_revision()
        copy = club.db.upgrade()
        status = club.db.status()
    finally:
        club.close()
    if before == status["current"]:
        print(f"La base {status['database']} est déjà à jour (schéma {status['current']}).")
    else:
        print(f"Base {status['database']} mise à jour : schéma {before or 'vide'} → "
              f"{status['current']}.")
        if copy:
            print(f"Copie de sécurité d'avant la mise à jour : {copy}")
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    club = open_club(args, upgrade=False, sign_in=False)
    try:
        status = club.db.status()
    finally:
        club.close()
    if args.json:
        print_json(status)
        return 0
    print(f"Base : {status['database']}")
    state = "à jour" if status["up_to_date"] else f"à mettre à jour vers {status['head']}"
    print(f"Schéma : {status['current'] or 'vide'} ({state})")
    return 0


def cmd_db_copy(args: argparse.Namespace) -> int:
    """db copy --to: the open club into an empty database (direction only)."""
    from clubdesk.model.transfer import copy_club

    club = open_club(args)
    try:
        report = copy_club(club.db, args.to, club.actor, progress=_progress_line())
    finally:
        club.close()
    print(report.sentence())
    return 0


def cmd_db_roles(args: argparse.Namespace) -> int:
    """db roles: the club's three database roles on its PostgreSQL server (direction)."""
    import getpass
    import os

    from clubdesk.model.server_roles import set_up

    passwords: dict[str, str] = {}
    for role in args.login or ():
        variable = f"CLUBDESK_ROLE_PASSWORD_{role.upper()}"
        password = os.environ.get(variable)
        if password is None:
            if not sys.stdin.isatty():
                raise ClubdeskError("Donnez le mot de passe du rôle {role} avec {variable}.",
                                    role=role, variable=variable)
            password = getpass.getpass(f"Mot de passe du rôle {role} sur le serveur : ")
            if getpass.getpass("Encore une fois : ") != password:
                raise ClubdeskError("Les deux mots de passe ne sont pas les mêmes.")
        if len(password) < 12:
            raise ClubdeskError("Le mot de passe du rôle {role} doit avoir 12 caractères au "
                                "moins.", role=role)
        passwords[role] = password
    club = open_club(args)
    try:
        names = set_up(club.db, club.actor, passwords)
    finally:
        club.close()
    print("Rôles du serveur prêts : " + ", ".join(names) + ".")
    for role, name in zip(("accueil", "equipe", "direction"), names, strict=True):
        if role in passwords:
            print(f"{name} peut se connecter (clubdesk connexion --user {name}).")
    return 0


def _print_members(rows: Sequence[Any], as_json: bool) -> None:
    from clubdesk.model.members import STATUS_LABELS

    if as_json:
        print_json([r.as_json() for r in rows])
        return
    for r in rows:
        nick = f" « {r.preferred_name} »" if r.preferred_name else ""
        print(f"{r.id:>6}  {r.first_name} {r.last_name}{nick}  ({STATUS_LABELS[r.status]})")


def cmd_members_list(args: argparse.Namespace) -> int:
    club = open_club(args)
    try:
        rows = club.members.list_members(args.filter)
    finally:
        club.close()
    _print_members(rows, args.json)
    return 0


def cmd_members_search(args: argparse.Namespace) -> int:
    club = open_club(args)
    try:
        rows = club.members.search(args.text, limit=args.limit)
    finally:
        club.close()
    _print_members(rows, args.json)
    return 0


def cmd_members_merge(args: argparse.Namespace) -> int:
    """members merge KEEP DUPLICATE: the window's merge (same service, same rules, same
    audit entries); without --yes, shows what would be merged and asks on a terminal."""
    from clubdesk.model.access import STAFF_ROLES, require

    club = open_club(args)
    try:
        require(club.actor, *STAFF_ROLES)  # before anything about the records is shown
        keep = club.members.resolve(args.keep)
        other = club.members.resolve(args.duplicate)
        if keep.id == other.id:
            raise ClubdeskError("On ne peut pas fusionner une fiche avec elle-même.")
        for title, row in (("Fiche gardée", keep), ("Fiche rattachée puis supprimée", other)):
            print(_merge_side(club, title, row.id))
        print(f"Les présences et l'historique de {other.display_name} (n° {other.id}) seront "
              f"rattachés à {keep.display_name} (n° {keep.id}). Cette action ne peut pas être "
              "annulée.")
        if not args.yes:
            _confirm_merge()
        club.merge_members(keep.id, other.id)
    finally:
        club.close()
    print(f"Fiches fusionnées : la fiche n° {other.id} est rattachée à la fiche n° {keep.id}, "
          "puis supprimée.")
    return 0


def _merge_side(club: Any, title: str, member_id: int) -> str:
    m = club.members.get(member_id)
    periods = len(club.members.periods(member_id))
    name = f"{m.first_name} {m.last_name}".strip() + (
        f" ({m.preferred_name})" if m.preferred_name else "")
    return (f"{title} n° {member_id} : {name} ; téléphone : {m.phone or 'non renseigné'} ; "
            f"e-mail : {m.email or 'non renseigné'} ; adhésions : {periods}")


def _confirm_merge() -> None:
    """The word FUSIONNER typed on a terminal; in a script, --yes."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise ClubdeskError("La fusion ne peut pas être annulée : relancez avec --yes pour "
                            "confirmer (rien n'a été fusionné).")
    answer = input("Tapez FUSIONNER pour confirmer : ").strip()
    if answer != "FUSIONNER":
        raise ClubdeskError("Fusion abandonnée : rien n'a été changé.")


def cmd_checkin(args: argparse.Namespace) -> int:
    from clubdesk.model.attendance import HALF_DAY_LABELS, ReentryNeeded

    club = open_club(args)
    try:
        member = club.members.resolve(args.member)
        try:
            club.attendance.check_in(member.id, args.date, args.half_day,
                                     mode="remote" if args.remote else "onsite",
                                     reopen=args.reopen)
        except ReentryNeeded as exc:
            raise ReentryNeeded(f"{exc} Si oui, relancez avec --reopen.") from None
    finally:
        club.close()
    where = "à distance" if args.remote else "sur place"
    print(f"{member.display_name} (n° {member.id}) pointé(e) le {args.date:%d/%m/%Y}, "
          f"{HALF_DAY_LABELS[args.half_day]}, {where}.")
    return 0


def cmd_rota_instance(args: argparse.Namespace) -> int:
    from clubdesk.model.rota import instance_to_json

    club = open_club(args)
    try:
        instance, _names = club.rota.build_instance(args.date)
    finally:
        club.close()
    print_json(instance_to_json(instance))
    return 0


def cmd_rota_solve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.rota import parse_instance_text, rota_to_json, solve

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClubdeskError(f"Le fichier « {path} » n'existe pas.") from None
    except UnicodeDecodeError:
        raise ClubdeskError(f"Le fichier « {path} » n'est pas du texte UTF-8.") from None
    rota = solve(parse_instance_text(text), time_limit_s=args.time_limit)
    print_json(rota_to_json(rota))
    return 0


def cmd_rota_suggest(args: argparse.Namespace) -> int:
    from clubdesk.model.rota import rota_to_json

    club = open_club(args)
    try:
        rota, names = club.rota.suggest(args.date, time_limit_s=args.time_limit)
    finally:
        club.close()
    if args.json:
        print_json(rota_to_json(rota))
        return 0
    halves = {"am": "Matin", "pm": "Après-midi"}
    print(f"Planning proposé pour le {args.date:%d/%m/%Y} (rien n'est enregistré) :")
    for a in rota.assignments:
        people = ", ".join(names.get(p, p) for p in a.people)
        print(f"  {halves[a.half_day]:<11} {names.get(a.task, a.task):<24} {people}")
    for u in rota.unstaffed:
        print(f"  Non pourvu : {u.reason}")
    for problem in rota.problems:
        print(f"  Problème : {problem}")
    return 0


def cmd_followups_due(args: argparse.Namespace) -> int:
    club = open_club(args)
    try:
        steps = club.followups.due(clock.today(), staff_id=args.staff, days=args.days)
    finally:
        club.close()
    if args.json:
        print_json([{"followup_id": s.followup_id, "member_id": s.member_id,
                     "member": s.member_name, "staff_id": s.staff_id,
                     "next_step": s.next_step, "due_on": s.due_on.isoformat(),
                     "overdue": s.overdue} for s in steps])
        return 0
    if not steps:
        print("Aucune prochaine étape pour les jours qui viennent.")
    for s in steps:
        late = "  EN RETARD" if s.overdue else ""
        print(f"{s.due_on:%d/%m/%Y}  {s.member_name} : {s.next_step}{late}")
    return 0


def cmd_partners_list(args: argparse.Namespace) -> int:
    from clubdesk.model.partners import CATEGORY_LABELS

    club = open_club(args)
    try:
        partners = club.partners.list_partners(args.category)
    finally:
        club.close()
    if args.json:
        print_json([{"id": p.id, "name": p.name, "category": p.category, "city": p.city}
                    for p in partners])
        return 0
    for p in partners:
        city = f", {p.city}" if p.city else ""
        print(f"{p.id:>5}  {p.name}  ({CATEGORY_LABELS[p.category]}{city})")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    club = open_club(args)
    try:
        indicators = club.indicators.compute(args.year)
        if args.out:
            from pathlib import Path

            from clubdesk.export.annual_report import write_report_files
            from clubdesk.model.attendance_stats import daily_counts

            paths = write_report_files(
                Path(args.out), indicators, club_name=club.structure.info()["name"],
                funding=club.structure.funding(args.year),
                daily_attendance=daily_counts(club.db, club.actor, args.year))
            for path in paths:
                print(path)
    finally:
        club.close()
    if args.json or not args.out:
        print_json(indicators.as_json())
    return 0


def _progress_line() -> Callable[[int, str], None] | None:
    """A progress line on an interactive terminal only (never in pipes or logs)."""
    if not sys.stderr.isatty():
        return None

    def show(percent: int, what: str) -> None:
        sys.stderr.write(f"\r{percent:3d} %  {what:<40}")
        if percent >= 100:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.exchange import export_club

    club = open_club(args)
    try:
        dest = export_club(club.db, club.actor, Path(args.dest), progress=_progress_line())
    finally:
        club.close()
    print(f"Club exporté dans {dest}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.exchange import import_club
    from clubdesk.model.exchange.accounts import NewAdmin
    from clubdesk.model.exchange.importer import ImportFailed

    club = open_club(args)
    try:
        admin = NewAdmin(args.admin, _new_password()) if args.admin is not None else None
        report = import_club(club.db, club.actor, Path(args.source), merge=args.merge,
                             dry_run=args.dry_run, progress=_progress_line(), admin=admin)
    except ImportFailed as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        raise
    finally:
        club.close()
    for line in report.dialects:
        print(line)
    for origin in report.ignored:
        print(f"Fichier ignoré (inconnu du format) : {origin}")
    verb = "seraient créées" if report.dry_run else "créées"
    for name, count in report.created.items():
        kept = report.skipped.get(name, 0)
        extra = f" ({kept} déjà présentes)" if kept else ""
        print(f"{name} : {count} ligne(s) {verb}{extra}")
    _print_accounts(report)
    if report.dry_run:
        print("Vérification seulement (--dry-run) : rien n'a été enregistré.")
    return 0


def _print_accounts(report: Any) -> None:
    """What the import did to the accounts, and how the others get in."""
    done = report.accounts
    if done.admin_change == "created":
        print(f"Compte « {done.admin} » créé (direction), avec le mot de passe choisi.")
    elif done.admin_change == "promoted":
        print(f"« {done.admin} » est maintenant un compte actif de la direction, avec le mot "
              "de passe choisi.")
    elif done.admin_change == "password":
        print(f"« {done.admin} » (direction) a le mot de passe choisi.")
    if done.without_password:
        print(f"{len(done.without_password)} compte(s) sans mot de passe "
              f"({', '.join(done.without_password)}) : donnez à chacun un code à usage unique "
              "(clubdesk users reset IDENTIFIANT, ou l'écran Comptes).")
    if report.recovery_code:
        _print_recovery_code(report.recovery_code)


def cmd_member_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from clubdesk.model.exchange import export_member

    club = open_club(args)
    try:
        member = club.members.resolve(args.member)
        dest = export_member(club.db, club.actor, member.id, Path(args.dest))
    finally:
        club.close()
    print(f"Tout ce que le club détient sur {member.display_name} est dans {dest}")
    return 0


def _new_password() -> str:
    import getpass
    import os

    password = os.environ.get("CLUBDESK_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise ClubdeskError("Donnez le nouveau mot de passe avec CLUBDESK_NEW_PASSWORD.")
    first = getpass.getpass("Nouveau mot de passe : ")
    if getpass.getpass("Encore une fois : ") != first:
        raise ClubdeskError("Les deux mots de passe ne sont pas les mêmes.")
    return first


RECOVERY_ADVICE = ("Notez-le sur papier et rangez ce papier avec les documents du club : il ne "
                   "sera plus affiché. Il permet de choisir un nouveau mot de passe de la "
                   "direction (clubdesk users recovery IDENTIFIANT).")


def _print_recovery_code(code: str) -> None:
    print(f"Code de secours du club : {code}")
    print(RECOVERY_ADVICE)


def _recovery_code() -> str:
    import getpass

    code = os.environ.get("CLUBDESK_RECOVERY_CODE")
    if code is not None:
        return code
    if not sys.stdin.isatty():
        raise ClubdeskError("Donnez le code de secours avec CLUBDESK_RECOVERY_CODE.")
    return getpass.getpass("Code de secours : ")


def cmd_users_recovery(args: argparse.Namespace) -> int:
    """`users recovery IDENTIFIANT`: a new password with the club's recovery code (no
    sign-in: the password is what was lost); `users recovery --new`: a new code (direction)."""
    from clubdesk.model import recovery

    if args.new:
        club = open_club(args)
        try:
            _print_recovery_code(recovery.issue_code(club.db, club.actor))
            print("L'ancien code ne fonctionne plus.")
            return 0
        finally:
            club.close()
    if not args.username:
        raise ClubdeskError("Dites quel compte de la direction retrouve l'accès : "
                            "clubdesk users recovery IDENTIFIANT (ou --new pour un nouveau "
                            "code).")
    club = open_club(args, sign_in=False)
    try:
        code = _recovery_code()
        following = recovery.recover(club.db, args.username, code, _new_password())
        print(f"Mot de passe de « {args.username.strip().lower()} » changé ; le code utilisé "
              "ne fonctionne plus.")
        _print_recovery_code(following)
        return 0
    finally:
        club.close()


PASSWORD_STATES = {"none": " (sans mot de passe : clubdesk users reset)",
                   "code": " (code à usage unique en attente)",
                   "expired": " (code à usage unique expiré)"}


def cmd_users(args: argparse.Namespace) -> int:
    from clubdesk.model.one_time import VALID_DAYS
    from clubdesk.model.users import create_first_account, has_accounts

    if args.action == "recovery":
        return cmd_users_recovery(args)
    club = open_club(args)
    try:
        users = club.users
        if args.action == "passwd" and getattr(args, "password_chosen", False):
            return 0  # signed in with a one-time code: the new password is set
        if args.action == "passwd" and club.actor.name == args.username.strip().lower() \
                and club.actor.user_id is not None:
            users.set_password(club.actor.user_id, _new_password())
            print(f"Mot de passe de « {club.actor.name} » changé.")
            return 0
        if args.action == "list":
            for u in users.list_users():
                state = " (désactivé)" if u.disabled else " (ralenti)" if u.locked else \
                    PASSWORD_STATES.get(u.password, "")
                print(f"{u.username:<20} {u.role:<10} {u.display_name}{state}")
            return 0
        if args.action == "add":
            if args.role == "direction" and not has_accounts(club.db):
                first = create_first_account(club.db, args.username, _new_password(),
                                             args.name or args.username)
                print(f"Compte « {first.row.username} » créé (direction).")
                _print_recovery_code(first.recovery_code)
                return 0
            row = users.create(args.username, _new_password(), args.role,
                               args.name or args.username)
            print(f"Compte « {row.username} » créé ({row.role}).")
            return 0
        target = next((u for u in users.list_users() if u.username == args.username), None)
        if target is None:
            raise ClubdeskError("Aucun compte ne s'appelle « {username} ».",
                                username=args.username[:60])
        if args.action == "reset":
            code = users.one_time_code(target.id)
            print(f"Code à usage unique pour « {target.username} » : {code}")
            print(f"Valable {VALID_DAYS} jours, affiché une seule fois. Cette personne entre "
                  "avec son identifiant et ce code à la place du mot de passe, puis choisit "
                  "son mot de passe. Son ancien mot de passe ne fonctionne plus.")
        elif args.action == "unlock":
            users.unlock(target.id)
            print(f"Le compte « {target.username} » est débloqué.")
        elif args.action == "passwd":
            users.set_password(target.id, _new_password())
            print(f"Mot de passe de « {target.username} » changé.")
        elif args.action == "role":
            users.set_role(target.id, args.role)
            print(f"« {target.username} » a maintenant le rôle {args.role}.")
        return 0
    finally:
        club.close()


def cmd_audit(args: argparse.Namespace) -> int:
    from clubdesk.model.audit import Filter

    club = open_club(args)
    try:
        if args.action == "verify":
            result = club.audit.verify()
            print(result.sentence())
            return 0 if result.ok else 1
        if args.action == "purge":
            removed = club.audit.purge(months=args.months)
            print(f"{removed} entrée(s) de plus de {args.months} mois supprimée(s) "
                  "(la suppression est notée dans le journal).")
            return 0
        entries = club.audit.entries(Filter(member_id=args.member, username=args.user),
                                     limit=args.limit)
        if args.json:
            print_json([{"seq": e.seq, "at": e.at.isoformat(), "user": e.username,
                         "action": e.action, "record_type": e.record_type,
                         "record_id": e.record_id} for e in entries])
            return 0
        for e in entries:
            print(f"{e.seq:>7}  {e.at.astimezone():%d/%m/%Y %H:%M}  {e.username:<20} "
                  f"{e.action:<12} {e.record_type} {e.record_id}")
        return 0
    finally:
        club.close()


def cmd_db_crypto(args: argparse.Namespace) -> int:
    """db encrypt / decrypt / rekey: direction only once the club has accounts. Encrypting
    (or changing the key) converts every existing backup of the club too: no plain copy of
    an encrypted club is left in its backup folders."""
    import os

    from clubdesk.model import encryption
    from clubdesk.model.access import require
    from clubdesk.model.backup import convert_backups

    club = open_club(args)
    try:
        require(club.actor, "direction")
        path = club.db.path
        current = club.db.passphrase
        copies = club.backups.own_files() if path is not None else []
        second = club.backups.second_folder()
    finally:
        club.close()
    if path is None:
        raise ClubdeskError("Le chiffrement concerne une base SQLite (un fichier).")
    if args.action == "encrypt":
        key = _new_passphrase(os)
        encryption.encrypt(path, key)
        print(f"La base {path} est maintenant chiffrée. Gardez la phrase de passe en lieu sûr : "
              "sans elle, personne ne pourra l'ouvrir.")
        _say_backups(convert_backups(copies, None, key), second)
    elif args.action == "decrypt":
        if current is None:
            raise ClubdeskError(f"La base {path} n'est pas chiffrée.")
        encryption.decrypt(path, current)
        print(f"La base {path} n'est plus chiffrée.")
        if copies:
            print(f"Ses {len(copies)} sauvegarde(s) et copie(s) existantes restent chiffrées "
                  "avec l'ancienne phrase de passe (elles ne peuvent pas être restaurées dans "
                  "la base déchiffrée) ; les prochaines sauvegardes ne seront pas chiffrées.")
    else:
        if current is None:
            raise ClubdeskError(f"La base {path} n'est pas chiffrée : utilisez db encrypt.")
        key = _new_passphrase(os)
        encryption.rekey(path, current, key)
        print(f"La phrase de passe de {path} a été changée.")
        _say_backups(convert_backups(copies, current, key), second)
    return 0


def _say_backups(done: Any, second: Any) -> None:
    """What `db encrypt` / `db rekey` did to the existing backups, in words."""
    if done.converted:
        print(f"{len(done.converted)} sauvegarde(s) existante(s) protégée(s) avec la nouvelle "
              "phrase de passe.")
    if done.removed:
        print(f"{len(done.removed)} sauvegarde(s) non chiffrable(s) supprimée(s) (plutôt que "
              "laissée(s) lisible(s)) : " + ", ".join(p.name for p in done.removed) + ".")
    if second is not None and not second.is_dir():
        print(f"Le second dossier de sauvegarde ({second}) n'est pas branché : ses copies "
              "n'ont pas été changées. Relancez la commande quand il est branché.")


def _new_passphrase(os: Any) -> str:
    import getpass

    value = os.environ.get("CLUBDESK_NEW_PASSPHRASE")
    if value:
        return str(value)
    if not sys.stdin.isatty():
        raise ClubdeskError("Donnez la nouvelle phrase de passe avec CLUBDESK_NEW_PASSPHRASE.")
    first = getpass.getpass("Nouvelle phrase de passe : ")
    if getpass.getpass("Encore une fois : ") != first:
        raise ClubdeskError("Les deux phrases de passe ne sont pas les mêmes.")
    return first


def cmd_retention(args: argparse.Namespace) -> int:
    club = open_club(args)
    today = clock.today()
    try:
        if args.action == "list":
            for title, rows in (("À archiver (sans contact depuis longtemps)",
                                 club.retention.to_archive(today)),
                                ("À anonymiser (archive expirée)",
                                 club.retention.to_anonymise(today))):
                print(f"{title} : {len(rows)}")
                for r in rows:
                    seen = f"dernier contact {r.last_contact:%d/%m/%Y}" if r.last_contact \
                        else "jamais de contact noté"
                    print(f"  {r.member_id:>6}  {r.name}  ({seen})")
            return 0
        archived, anonymised = club.retention.apply(today)
        print(f"{archived} fiche(s) archivée(s), {anonymised} fiche(s) anonymisée(s).")
        return 0
    finally:
        club.close()


def cmd_member_erase(args: argparse.Namespace) -> int:
    club = open_club(args)
    try:
        member = club.members.resolve(args.member)
        if not args.yes:
            raise ClubdeskError("L'effacement de la fiche n° {member_id} ne peut pas être "
                                "annulé : relancez avec --yes pour confirmer.",
                                member_id=member.id)
        club.retention.erase(member.id, clock.today())
    finally:
        club.close()
    print(f"La fiche n° {member.id} est anonymisée : identité, contacts et notes effacés ; "
          "les chiffres des rapports sont gardés.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    club = open_club(args)
    try:
        path = club.backups.make(Path(args.dest) if args.dest else None)
    finally:
        club.close()
    print(path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Every check runs before the club is touched; a backup of another club, or one
    without a manifest, needs its option and a confirmation in words."""
    from pathlib import Path

    from clubdesk.model.backup_manifest import RestoreNeedsConfirmation

    backup = Path(args.file).expanduser().resolve()
    club = open_club(args)
    try:
        other = bool(args.other_club)
        unverified = bool(args.without_manifest)
        try:
            club.backups.check_backup(backup, other_club=other, without_manifest=unverified)
        except RestoreNeedsConfirmation as exc:
            option = "--other-club" if exc.kind == "other_club" else "--without-manifest"
            raise ClubdeskError(f"{exc} Option : {option}.") from exc
        if other or unverified:
            _confirm_restore(args, backup)
        mine = club.backups.identity()
        aside = club.backups.restore(backup, other_club=other, without_manifest=unverified)
        again = club.backups.identity()
    finally:
        club.close()
    undo = f"clubdesk restore {aside}" + (" --other-club" if mine != again else "")
    print(f"Sauvegarde restaurée. L'ancienne base est gardée dans {aside} "
          f"(pour annuler : {undo}).")
    return 0


def _confirm_restore(args: argparse.Namespace, backup: Any) -> None:
    """The word REMPLACER typed on a terminal, or --yes in a script."""
    if args.yes:
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise ClubdeskError("Cette restauration remplace tout le club : confirmez avec --yes "
                            "(rien n'a été restauré).")
    answer = input(f"Remplacer tout le club par {backup.name} ? Tapez REMPLACER pour "
                   "confirmer : ").strip()
    if answer != "REMPLACER":
        raise ClubdeskError("Restauration abandonnée : rien n'a été changé.")


def cmd_db_check(args: argparse.Namespace) -> int:
    club = open_club(args, upgrade=False, sign_in=False)
    try:
        result = club.db.check()
    finally:
        club.close()
    if result["ok"]:
        print(f"Base {club.db.display_name} : intègre, aucune référence cassée.")
        return 0
    print(f"Base {club.db.display_name} : PROBLÈMES. Intégrité : "
          f"{'; '.join(result['integrity'][:5])}. Références cassées : "
          f"{result['foreign_key_problems']}.")
    return 1


# -- parser -----------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """argparse, whose complaints echo a long or odd value shortened (sub-commands use the
    same class)."""

    def error(self, message: str) -> Any:
        from clubdesk.cli_errors import parser_error

        self.print_usage(sys.stderr)
        self.exit(2, parser_error(self.prog, message))


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL_OU_CHEMIN",
        default=argparse.SUPPRESS,
        help="base à utiliser (fichier SQLite ou URL) ; sinon CLUBDESK_DB, sinon le dossier "
        "de données de l'utilisateur",
    )
    parser = Parser(
        prog="clubdesk",
        description="clubdesk : la journée d'un club-house. Sans commande, ouvre la fenêtre.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"clubdesk {__version__}")
    parser.set_defaults(handler=cmd_gui)  # no db default: it would leak into every --db
    sub = parser.add_subparsers(title="commandes", metavar="COMMANDE")

    p = sub.add_parser("demo", parents=[common],
                       help="remplit la base avec un club de démonstration")
    p.add_argument("--size", choices=("small", "large"), default="small",
                   help="small : ~60 membres ; large : 10 000 membres (mesures)")
    p.add_argument("--seed", type=whole_number(0, 2**31 - 1), default=1, metavar="N",
                   help="graine (même graine, même club)")
    p.add_argument("--force", action="store_true",
                   help="remplace le contenu d'une base qui a déjà des membres")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("connexion", help="la base du club sur un serveur PostgreSQL (réglages "
                       "de ce poste ; sans --host : la fenêtre de réglages)")
    p.add_argument("--host", help="adresse du serveur")
    p.add_argument("--port", type=whole_number(1, 65535), default=5432, metavar="PORT",
                   help="port (5432)")
    p.add_argument("--database", default="club", help="nom de la base (club)")
    p.add_argument("--user", default="clubdesk", help="utilisateur (clubdesk)")
    p.add_argument("--tls", choices=("prefer", "require", "verify-full"), default="prefer",
                   help="connexion chiffrée : prefer (si possible), require, verify-full")
    p.add_argument("--local", action="store_true",
                   help="oublie le serveur : ce poste reprend sa base locale")
    p.set_defaults(handler=cmd_connection)

    p = sub.add_parser("db", parents=[common], help="version du schéma de la base")
    dbsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = dbsub.add_parser("upgrade", parents=[common], help="met la base à jour")
    q.set_defaults(handler=cmd_db_upgrade)
    for action, text in (("encrypt", "chiffre la base (phrase : CLUBDESK_NEW_PASSPHRASE)"),
                         ("decrypt", "enlève le chiffrement"),
                         ("rekey", "change la phrase de passe (CLUBDESK_NEW_PASSPHRASE)")):
        q = dbsub.add_parser(action, parents=[common], help=text)
        q.set_defaults(handler=cmd_db_crypto, action=action)
    q = dbsub.add_parser("check", parents=[common],
                         help="vérifie l'intégrité de la base et ses références")
    q.set_defaults(handler=cmd_db_check)
    q = dbsub.add_parser("copy", parents=[common],
                         help="copie tout le club dans une base vide (fichier SQLite ou URL "
                              "PostgreSQL), vérifiée ; direction")
    q.add_argument("--to", required=True, metavar="URL_OU_CHEMIN",
                   help="la base cible, vide : un nouveau fichier ou une base PostgreSQL vide")
    q.set_defaults(handler=cmd_db_copy)
    q = dbsub.add_parser("roles", parents=[common],
                         help="crée les rôles accueil, équipe et direction sur le serveur "
                              "PostgreSQL du club et leurs droits ; direction")
    q.add_argument("--login", action="append", choices=("accueil", "equipe", "direction"),
                   help="ce rôle peut se connecter lui-même (mot de passe : "
                        "CLUBDESK_ROLE_PASSWORD_ACCUEIL… ou demandé) ; répétable")
    q.set_defaults(handler=cmd_db_roles)
    q = dbsub.add_parser("status", parents=[common], help="affiche la version du schéma")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_db_status)

    p = sub.add_parser("members", parents=[common], help="la liste des membres")
    msub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = msub.add_parser("list", parents=[common], help="liste les personnes")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.add_argument("--filter", choices=("all", "current", "former", "visitors"), default="all",
                   help="current : membres actuels ; former : anciens ; visitors : visiteurs")
    q.set_defaults(handler=cmd_members_list)
    q = msub.add_parser("search", parents=[common],
                        help="cherche par nom (sans tenir compte des accents), meilleur d'abord")
    q.add_argument("text", metavar="TEXTE")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.add_argument("--limit", type=whole_number(1, 1000), default=50, metavar="N",
                   help="nombre maximal de réponses (1 à 1000)")
    q.set_defaults(handler=cmd_members_search)
    q = msub.add_parser("merge", parents=[common],
                        help="fusionne deux fiches de la même personne : tout est rattaché à "
                             "la première, la seconde est supprimée (équipe, direction)")
    q.add_argument("keep", metavar="GARDEE", help="la fiche gardée : numéro ou nom sans "
                                                  "ambiguïté")
    q.add_argument("duplicate", metavar="DOUBLON", help="la fiche rattachée puis supprimée")
    q.add_argument("--yes", action="store_true", help="confirme sans question (irréversible)")
    q.set_defaults(handler=cmd_members_merge)

    p = sub.add_parser("rota", parents=[common], help="le planning du jour (binômes)")
    rsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = rsub.add_parser("instance", parents=[common],
                        help="affiche en JSON les données du jour données au solveur")
    q.add_argument("--date", type=_date, required=True, help="AAAA-MM-JJ")
    q.set_defaults(handler=cmd_rota_instance)
    q = rsub.add_parser("solve", parents=[common], help="résout un fichier d'instance JSON")
    q.add_argument("file", metavar="FICHIER.json")
    q.add_argument("--time-limit", type=seconds, default=10.0, metavar="S", help="secondes au plus")
    q.set_defaults(handler=cmd_rota_solve)
    q = rsub.add_parser("suggest", parents=[common],
                        help="propose le planning du jour depuis la base (n'enregistre rien)")
    q.add_argument("--date", type=_date, required=True, help="AAAA-MM-JJ")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.add_argument("--time-limit", type=seconds, default=5.0, metavar="S", help="secondes au plus")
    q.set_defaults(handler=cmd_rota_suggest)

    p = sub.add_parser("followups", parents=[common], help="les suivis individuels")
    fsub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = fsub.add_parser("due", parents=[common],
                        help="les prochaines étapes à faire (en retard d'abord)")
    q.add_argument("--staff", type=record_id, metavar="N",
                   help="numéro du salarié (sinon toute l'équipe)")
    q.add_argument("--days", type=whole_number(0, 3650), default=7, metavar="N",
                   help="jours à venir inclus (7 par défaut, 3650 au plus)")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_followups_due)

    p = sub.add_parser("partners", parents=[common], help="les partenaires")
    psub = p.add_subparsers(title="actions", metavar="ACTION", required=True)
    q = psub.add_parser("list", parents=[common], help="liste les partenaires")
    q.add_argument("--category", choices=PARTNER_CATEGORY_CHOICES,
                   help="ne montrer qu'une catégorie")
    q.add_argument("--json", action="store_true", help="sortie JSON")
    q.set_defaults(handler=cmd_partners_list)

    p = sub.add_parser("report", parents=[common],
                       help="le tableau annuel des indicateurs pour l'ARS")
    p.add_argument("--year", type=report_year, required=True, metavar="AAAA",
                   help="l'année (de 1900 à 2100)")
    p.add_argument("--json", action="store_true", help="affiche les indicateurs en JSON")
    p.add_argument("--out", metavar="DOSSIER",
                   help="écrit indicateurs-AAAA.xlsx, rapport-annuel-AAAA.pdf et "
                        "indicateurs-AAAA.json dans ce dossier")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("export", parents=[common],
                       help="exporte tout le club (dossier, .zip ou .xlsx)")
    p.add_argument("dest", metavar="DESTINATION")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("import", parents=[common],
                       help="importe un club (dossier, .zip ou .xlsx) : tout ou rien")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--dry-run", action="store_true",
                   help="vérifie et dit ce qui serait créé, sans rien enregistrer")
    p.add_argument("--merge", action="store_true",
                   help="complète un club existant (par les clés), sans rien effacer")
    p.add_argument("--admin", metavar="IDENTIFIANT",
                   help="le compte de la direction qui entrera après l'import (créé s'il "
                        "manque, rôle direction sinon), mot de passe : CLUBDESK_NEW_PASSWORD "
                        "ou demandé ; les autres comptes arrivent sans mot de passe")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("member-export", parents=[common],
                       help="tout ce que le club détient sur un membre (droit d'accès)")
    p.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    p.add_argument("dest", metavar="DESTINATION.zip")
    p.set_defaults(handler=cmd_member_export)

    p = sub.add_parser("users", parents=[common], help="les comptes (direction)")
    usub = p.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    q = usub.add_parser("list", parents=[common], help="liste les comptes")
    q = usub.add_parser("add", parents=[common],
                        help="crée un compte (mot de passe : CLUBDESK_NEW_PASSWORD ou demandé)")
    q.add_argument("username", metavar="IDENTIFIANT")
    q.add_argument("--role", choices=("accueil", "equipe", "direction"), required=True)
    q.add_argument("--name", help="nom affiché")
    q = usub.add_parser("passwd", parents=[common], help="change un mot de passe")
    q.add_argument("username", metavar="IDENTIFIANT")
    q = usub.add_parser("reset", parents=[common],
                        help="affiche un code à usage unique (7 jours) pour un compte : il "
                             "entre avec, puis choisit son mot de passe (direction)")
    q.add_argument("username", metavar="IDENTIFIANT")
    q = usub.add_parser("unlock", parents=[common],
                        help="enlève l'attente après trop d'essais")
    q.add_argument("username", metavar="IDENTIFIANT")
    q = usub.add_parser("recovery", parents=[common],
                        help="nouveau mot de passe de la direction avec le code de secours "
                             "(code : CLUBDESK_RECOVERY_CODE ou demandé ; mot de passe : "
                             "CLUBDESK_NEW_PASSWORD ou demandé)")
    q.add_argument("username", metavar="IDENTIFIANT", nargs="?")
    q.add_argument("--new", action="store_true",
                   help="un nouveau code de secours (direction) ; l'ancien ne fonctionne plus")
    q = usub.add_parser("role", parents=[common], help="change le rôle d'un compte")
    q.add_argument("username", metavar="IDENTIFIANT")
    q.add_argument("role", choices=("accueil", "equipe", "direction"))
    p.set_defaults(handler=cmd_users)

    p = sub.add_parser("audit", parents=[common], help="le journal des accès (direction)")
    asub = p.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    q = asub.add_parser("verify", parents=[common],
                        help="vérifie que le journal n'a pas été modifié")
    q = asub.add_parser("purge", parents=[common],
                        help="supprime les entrées anciennes (suppression notée)")
    q.add_argument("--months", type=whole_number(6, 36), default=12, metavar="N",
                   help="conservation, de 6 à 36 mois")
    q = asub.add_parser("list", parents=[common], help="affiche les dernières entrées")
    q.add_argument("--member", type=record_id, metavar="N", help="numéro d'un membre")
    q.add_argument("--user", help="identifiant d'un compte")
    q.add_argument("--limit", type=whole_number(1, 10000), default=100, metavar="N")
    q.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit)

    p = sub.add_parser("retention", parents=[common],
                       help="durées de conservation (CNIL) : archiver, anonymiser")
    rsub = p.add_subparsers(title="actions", metavar="ACTION", required=True, dest="action")
    rsub.add_parser("list", parents=[common], help="les fiches à archiver ou à anonymiser")
    rsub.add_parser("apply", parents=[common], help="archive et anonymise ce qui est dû")
    p.set_defaults(handler=cmd_retention)
    p = sub.add_parser("member-erase", parents=[common],
                       help="droit à l'effacement : anonymise une fiche tout de suite")
    p.add_argument("member", metavar="MEMBRE")
    p.add_argument("--yes", action="store_true", help="confirme (irréversible)")
    p.set_defaults(handler=cmd_member_erase)

    p = sub.add_parser("backup", parents=[common],
                       help="fait une sauvegarde vérifiée maintenant et affiche son chemin")
    p.add_argument("dest", nargs="?", metavar="DOSSIER")
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help="restaure une sauvegarde (l'ancienne base est gardée de côté)")
    p.add_argument("file", metavar="FICHIER")
    p.add_argument("--other-club", action="store_true",
                   help="la sauvegarde est celle d'un autre club : la restaurer quand même")
    p.add_argument("--without-manifest", action="store_true",
                   help="une ancienne sauvegarde sans manifeste : la restaurer quand même")
    p.add_argument("--yes", action="store_true",
                   help="confirme sans question (avec --other-club ou --without-manifest)")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("checkin", parents=[common], help="pointe une personne (présence)")
    p.add_argument("member", metavar="MEMBRE", help="numéro ou nom sans ambiguïté")
    p.add_argument("--date", type=_date, required=True, help="AAAA-MM-JJ")
    p.add_argument("--half-day", choices=("am", "pm", "day"), default="day",
                   help="am : matin ; pm : après-midi ; day : journée")
    p.add_argument("--remote", action="store_true", help="présence à distance")
    p.add_argument("--reopen", action="store_true",
                   help="pour un ancien membre : rouvre une adhésion à cette date")
    p.set_defaults(handler=cmd_checkin)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Whatever the input, the answer is its output or one sentence on
    stderr, and an exit code: 0 done, 1 refused, 2 bad usage (never a traceback)."""
    from clubdesk import cli_errors

    arguments = sys.argv[1:] if argv is None else list(argv)
    if cli_errors.undecodable(arguments):
        cli_errors.say_error(cli_errors.NOT_UTF8)
        return 2
    if os.name == "posix":  # the club's files (and SQLite's -wal, -shm): this account only
        os.umask(0o077)
    args = None
    try:
        args = build_parser().parse_args(arguments)  # bad usage: SystemExit(2)
        handler: Handler = args.handler
        code = handler(args)
        sys.stdout.flush()  # output to a full disk fails here, not after main()
        return code
    except BrokenPipeError:  # e.g. `clubdesk members list | head`
        sys.stderr.close()
        return 0
    except (Exception, KeyboardInterrupt) as exc:  # last resort: one sentence, exit 1
        cli_errors.settle_stdout()
        return cli_errors.refuse(exc, command=cli_errors.args_command(args))


if __name__ == "__main__":
    raise SystemExit(main())
