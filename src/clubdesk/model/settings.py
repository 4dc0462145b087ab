"""Club-wide settings stored in the database (shared by every desk)."""

from __future__ import annotations

from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.errors import Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import Setting

DEFAULTS: dict[str, int] = {"reach_out_days": 14, "retention_years": 2, "archive_years": 3,
                            "audit_months": 12, "idle_lock_minutes": 10, "backup_hours": 4}
LIMITS: dict[str, tuple[int, int]] = {"reach_out_days": (1, 365), "retention_years": (1, 10),
                                      "archive_years": (1, 10), "audit_months": (6, 36),
                                      "idle_lock_minutes": (1, 120), "backup_hours": (1, 24)}
# Free-text settings: the second backup folder (a USB key...), the last good backup (ISO),
# the version of the charter in force (model/charter.py; « 1 » until the club names one).
TEXT_KEYS = ("backup_second_folder", "last_good_backup", "charter_version")
LABELS: dict[str, str] = {
    "reach_out_days": Term("Nombre de jours sans venir avant de recontacter"),
    "retention_years": Term("Années sans contact avant d'archiver une fiche"),
    "archive_years": Term("Années d'archive avant d'anonymiser une fiche"),
    "audit_months": Term("Mois de conservation du journal des accès"),
    "idle_lock_minutes": Term("Minutes sans utilisation avant de verrouiller l'écran"),
    "backup_hours": Term("Heures entre deux sauvegardes automatiques"),
}


class SettingsService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def get_int(self, key: str) -> int:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            row = session.get(Setting, key)
        if row is None:
            return DEFAULTS[key]
        try:
            return int(row.value)
        except ValueError:
            return DEFAULTS[key]

    def get_text(self, key: str) -> str:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            row = session.get(Setting, key)
        return row.value if row is not None else ""

    def set_text(self, key: str, value: str) -> None:
        require(self.actor, *STAFF_ROLES)
        if key not in TEXT_KEYS:
            raise ValidationError(key, "Réglage inconnu : {key}.", key=key)
        with self.db.session(actor=self.actor) as session:
            row = session.get(Setting, key) or Setting(key=key)
            row.value = value.strip()
            session.add(row)

    def set_int(self, key: str, value: int) -> None:
        require(self.actor, *STAFF_ROLES)
        low, high = LIMITS[key]
        if not low <= value <= high:
            raise ValidationError(key, "{label} : entre {low} et {high}.", label=LABELS[key],
                                  low=low, high=high)
        with self.db.session(actor=self.actor) as session:
            row = session.get(Setting, key) or Setting(key=key)
            row.value = str(value)
            session.add(row)
