"""The words of the journal: what was done (« lecture », « modification »…) and on which
record (« suivi des membres n° 3, 5 », « indicateurs de l'année 2025 »), in the language of
the interface; the time of an entry on this desk's clock. Every table of model/tables.py and
every kind of read the core records has its word (tests/ui/test_audit_words.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def action_label(action: str) -> str:
    words = {
        "read": QT_TRANSLATE_NOOP("audit", "lecture"),
        "create": QT_TRANSLATE_NOOP("audit", "création"),
        "update": QT_TRANSLATE_NOOP("audit", "modification"),
        "delete": QT_TRANSLATE_NOOP("audit", "suppression"),
        "login": QT_TRANSLATE_NOOP("audit", "connexion"),
        "login_failed": QT_TRANSLATE_NOOP("audit", "échec de connexion"),
        "export": QT_TRANSLATE_NOOP("audit", "export"),
        "import": QT_TRANSLATE_NOOP("audit", "import"),
        "purge": QT_TRANSLATE_NOOP("audit", "purge"),
        "demo": QT_TRANSLATE_NOOP("audit", "démonstration"),
        "recovery_used": QT_TRANSLATE_NOOP("audit", "code de secours utilisé"),
        "recovery_failed": QT_TRANSLATE_NOOP("audit", "code de secours refusé"),
        "recovery_new": QT_TRANSLATE_NOOP("audit", "nouveau code de secours"),
        "backup": QT_TRANSLATE_NOOP("audit", "sauvegarde"),
        "restore": QT_TRANSLATE_NOOP("audit", "restauration"),
        "copy": QT_TRANSLATE_NOOP("audit", "copie"),
        "anonymise": QT_TRANSLATE_NOOP("audit", "anonymisation"),
        "erase": QT_TRANSLATE_NOOP("audit", "effacement"),
    }
    return QCoreApplication.translate("audit", str(words[action])) if action in words else action


# QT_TRANSLATE_NOOP: lupdate extracts the words, record_label() translates them
RECORD_WORDS = {
    "member": QT_TRANSLATE_NOOP("audit", "membre"),
    "membership_period": QT_TRANSLATE_NOOP("audit", "adhésion"),
    "attendance": QT_TRANSLATE_NOOP("audit", "présence"),
    "user_account": QT_TRANSLATE_NOOP("audit", "compte"),
    "audit_entry": QT_TRANSLATE_NOOP("audit", "journal"),
    "followup": QT_TRANSLATE_NOOP("audit", "suivi"),
    "path_step": QT_TRANSLATE_NOOP("audit", "parcours"),
    "partner": QT_TRANSLATE_NOOP("audit", "partenaire"),
    "partner_contact": QT_TRANSLATE_NOOP("audit", "contact partenaire"),
    "partnership": QT_TRANSLATE_NOOP("audit", "partenariat"),
    "partner_interaction": QT_TRANSLATE_NOOP("audit", "échange partenaire"),
    "interaction_member": QT_TRANSLATE_NOOP("audit", "échange partenaire"),
    "reach_out": QT_TRANSLATE_NOOP("audit", "recontact"),
    "setting": QT_TRANSLATE_NOOP("audit", "réglage"),
    "task": QT_TRANSLATE_NOOP("audit", "tâche"),
    "rota_day": QT_TRANSLATE_NOOP("audit", "planning"),
    "rota_entry": QT_TRANSLATE_NOOP("audit", "planning"),
    "staff": QT_TRANSLATE_NOOP("audit", "salarié"),
    "staff_period": QT_TRANSLATE_NOOP("audit", "salarié"),
    "staff_skill": QT_TRANSLATE_NOOP("audit", "compétence"),
    "member_skill": QT_TRANSLATE_NOOP("audit", "compétence"),
    "member_wish": QT_TRANSLATE_NOOP("audit", "envie"),
    "member_availability": QT_TRANSLATE_NOOP("audit", "disponibilité"),
    "club": QT_TRANSLATE_NOOP("audit", "club"),
    "transitional_cover": QT_TRANSLATE_NOOP("audit", "remplacement en emploi de transition"),
    "supported_employment": QT_TRANSLATE_NOOP("audit", "emploi accompagné"),
    "structure_info": QT_TRANSLATE_NOOP("audit", "structure"),
    "opening_hours": QT_TRANSLATE_NOOP("audit", "horaires"),
    "funding_line": QT_TRANSLATE_NOOP("audit", "financement"),
    "activity": QT_TRANSLATE_NOOP("audit", "activité"),
    "governance_body": QT_TRANSLATE_NOOP("audit", "instance"),
    "governance_seat": QT_TRANSLATE_NOOP("audit", "instance"),
    "satisfaction_survey": QT_TRANSLATE_NOOP("audit", "enquête de satisfaction"),
    "charter_signature": QT_TRANSLATE_NOOP("audit", "signature de la charte"),
    "structure_document": QT_TRANSLATE_NOOP("audit", "bail ou état des lieux"),
    "workshop_session": QT_TRANSLATE_NOOP("audit", "séance d'atelier"),
    "workshop_attendee": QT_TRANSLATE_NOOP("audit", "présence à un atelier"),
    "sent_report": QT_TRANSLATE_NOOP("audit", "tableau transmis"),
    "sign_in_throttle": QT_TRANSLATE_NOOP("audit", "tentatives de connexion"),
    # kinds of reads that are not one table
    "member_profile": QT_TRANSLATE_NOOP("audit", "fiche"),
    "timeline": QT_TRANSLATE_NOOP("audit", "historique"),
    "indicators": QT_TRANSLATE_NOOP("audit", "indicateurs"),
    "application": QT_TRANSLATE_NOOP("audit", "candidature"),
    "application_event": QT_TRANSLATE_NOOP("audit", "état d'une candidature"),
    "admission_commission": QT_TRANSLATE_NOOP("audit", "commission d'admission"),
    "commission_partner": QT_TRANSLATE_NOOP("audit", "partenaire présent à une commission"),
    "contract_period": QT_TRANSLATE_NOOP("audit", "mois d'essai ou contrat"),
    "exit_plan": QT_TRANSLATE_NOOP("audit", "sortie préparée"),
    "exit_contact": QT_TRANSLATE_NOOP("audit", "contact après la sortie"),
    "travel_refund": QT_TRANSLATE_NOOP("audit", "remboursement de transport"),
    "meal_taken": QT_TRANSLATE_NOOP("audit", "repas pris"),
    "objective": QT_TRANSLATE_NOOP("audit", "objectif"),
    "objective_review": QT_TRANSLATE_NOOP("audit", "bilan des objectifs"),
    "objective_level": QT_TRANSLATE_NOOP("audit", "niveau d'un objectif"),
    "outing": QT_TRANSLATE_NOOP("audit", "sortie ou activité du GEM"),
    "outing_signup": QT_TRANSLATE_NOOP("audit", "inscription à une sortie"),
    "volunteer": QT_TRANSLATE_NOOP("audit", "animateur bénévole"),
    "work_order": QT_TRANSLATE_NOOP("audit", "commande"),
    "production_session": QT_TRANSLATE_NOOP("audit", "séance de production"),
    "production_worker": QT_TRANSLATE_NOOP("audit", "heures de production"),
}
# record ids said in a sentence of their own: the year of the indicators
WHOLE_PHRASES = {
    "indicators": QT_TRANSLATE_NOOP("audit", "indicateurs de l'année %1"),
}


def record_label(record_type: str, record_id: str) -> str:
    word = RECORD_WORDS.get(record_type)
    name = QCoreApplication.translate("audit", str(word)) if word else record_type
    if not record_id:
        return name
    if record_type in WHOLE_PHRASES and record_id.isdigit():
        return QCoreApplication.translate("audit", str(WHOLE_PHRASES[record_type])).replace(
            "%1", record_id)
    if record_id.isdigit():
        return QCoreApplication.translate("audit", "%1 n° %2").replace(
            "%1", name).replace("%2", record_id)
    owner, _, numbers = record_id.partition(" ")
    if owner in OWNER_PHRASES and numbers.replace(",", "").isdigit():
        # « member 3,5,9 »: whose records the entry is about, said in words
        one, many = OWNER_PHRASES[owner]
        phrase = QCoreApplication.translate("audit", str(many if "," in numbers else one))
        return phrase.replace("%1", name).replace("%2", numbers.replace(",", ", "))
    return f"{name} ({record_id})"


# the owner named by a read entry's record id (« member 3,5,9 », « partner 7 », « step 4 »)
OWNER_PHRASES = {
    "member": (QT_TRANSLATE_NOOP("audit", "%1 du membre n° %2"),
               QT_TRANSLATE_NOOP("audit", "%1 des membres n° %2")),
    "partner": (QT_TRANSLATE_NOOP("audit", "%1 du partenaire n° %2"),
                QT_TRANSLATE_NOOP("audit", "%1 des partenaires n° %2")),
    "step": (QT_TRANSLATE_NOOP("audit", "%1 de l'étape de parcours n° %2"),
             QT_TRANSLATE_NOOP("audit", "%1 des étapes de parcours n° %2")),
}


def local_time(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
