"""What each file of the exchange format holds: columns, types, French aliases."""

from __future__ import annotations

from dataclasses import dataclass

from clubdesk.model.exit_reasons import EXIT_REASONS
from clubdesk.model.tables import (
    ACTIVITY_STATUSES,
    APPLICATION_STATES,
    CONTACT_PREFERENCES,
    CONTRACT_KINDS,
    CONTRACTS,
    DOCUMENT_KINDS,
    EMPLOYMENT_CATEGORIES,
    EXIT_CONTACT_CHANNELS,
    EXIT_DESTINATIONS,
    EXIT_KINDS,
    FOLLOWUP_KINDS,
    FUNDING_KINDS,
    INTERACTION_KINDS,
    OBJECTIVE_DOMAINS,
    OBJECTIVE_LEVELS,
    ORDER_STATUSES,
    OUTING_KINDS,
    OUTING_STATUSES,
    PARTNER_CATEGORIES,
    PATH_KINDS,
    REACH_OUT_CHANNELS,
    REFUSAL_REASONS,
    ROLES,
    SKILL_LEVELS,
    SUPPORTED_MODULES,
    SURVEY_AUDIENCES,
    WISH_KINDS,
)


@dataclass(frozen=True)
class Col:
    """One column. ``kind``: text, date, datetime, bool, int, float, choice, key (the
    record's own external key), ref (a key of another file, ``target`` = that file),
    local (a key only valid inside the exchange, e.g. step_id)."""

    name: str
    kind: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    target: str = ""
    aliases: tuple[str, ...] = ()
    optional_choice: bool = False  # an empty cell is allowed for a choice


@dataclass(frozen=True)
class FileSpec:
    name: str
    cols: tuple[Col, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cols)


MEMBER = Col("member_id", "ref", True, target="members.csv",
             aliases=("membre", "id membre", "numero membre", "n membre"))
STAFF = Col("staff_id", "ref", True, target="staff.csv", aliases=("salarie", "id salarie"))
PARTNER = Col("partner_id", "ref", True, target="partners.csv",
              aliases=("partenaire", "id partenaire"))
TASK = Col("task_id", "ref", True, target="tasks.csv", aliases=("tache", "id tache"))
FIRST = Col("first_name", required=True, aliases=("prenom",))
LAST = Col("last_name", aliases=("nom", "nom de famille"))
PHONE = Col("phone", aliases=("telephone", "tel", "portable"))
EMAIL = Col("email", aliases=("e-mail", "mail", "courriel", "adresse mail"))


def opt(col: Col) -> Col:
    return Col(col.name, col.kind, False, col.choices, col.target, col.aliases, True)


# the date from which a value holds; empty: since always (2000-01-01)
VALID_FROM = Col("valid_from", "date", aliases=("a partir du", "depuis", "en vigueur le"))
# a document's bytes in base64, cut in parts that fit a workbook's cell (32,767 characters)
DOCUMENT_PART_CHARS = 30000

FILES: tuple[FileSpec, ...] = (
    FileSpec("structure.csv", (Col("key", required=True, aliases=("cle", "information")),
                               Col("value", aliases=("valeur",)), VALID_FROM)),
    FileSpec("opening_hours.csv", (
        Col("weekday", "int", True, aliases=("jour",)),
        Col("opens", required=True, aliases=("ouverture", "ouvre")),
        Col("closes", required=True, aliases=("fermeture", "ferme")), VALID_FROM)),
    FileSpec("funding.csv", (
        Col("year", "int", True, aliases=("annee",)),
        Col("funder", required=True, aliases=("financeur",)),
        Col("amount_eur", "float", True, aliases=("montant", "montant (eur)", "montant eur")),
        Col("kind", "choice", True, FUNDING_KINDS, aliases=("type",)),
        Col("in_kind", "bool", aliases=("en nature",)))),
    FileSpec("activities.csv", (
        Col("year", "int", True, aliases=("annee",)),
        Col("title", required=True, aliases=("titre", "activite")),
        Col("kind", aliases=("type",)),
        Col("status", "choice", True, ACTIVITY_STATUSES, aliases=("etat", "statut")),
        Col("description"))),
    FileSpec("governance.csv", (
        Col("body", required=True, aliases=("instance",)),
        Col("holder", aliases=("titulaire", "membre du conseil")),
        Col("elected_member", "bool", aliases=("membre elu", "elu")), VALID_FROM)),
    FileSpec("surveys.csv", (
        Col("date", "date", True),
        Col("audience", "choice", True, SURVEY_AUDIENCES, aliases=("public",)),
        Col("answers", "int", aliases=("reponses", "nombre de reponses")),
        Col("summary", aliases=("resume", "synthese")))),
    FileSpec("structure_documents.csv", (
        Col("document_id", "local", aliases=("document",)),
        Col("kind", "choice", True, DOCUMENT_KINDS, aliases=("type",)),
        Col("valid_from", "date", True, aliases=("a partir du", "depuis")),
        Col("file_name", required=True, aliases=("fichier", "nom du fichier")),
        Col("part", "int", True, aliases=("partie",)),
        Col("content", required=True, aliases=("contenu",)))),
    FileSpec("partners.csv", (
        Col("partner_id", "key", True, aliases=("id", "id partenaire", "partenaire")),
        Col("name", required=True, aliases=("nom", "raison sociale")),
        Col("category", "choice", True, PARTNER_CATEGORIES, aliases=("categorie",)),
        Col("city", aliases=("ville", "commune")),
        Col("address", aliases=("adresse",)),
        Col("archived", "bool", aliases=("archive",)))),
    FileSpec("partner_contacts.csv", (
        PARTNER, Col("name", required=True, aliases=("nom",)),
        Col("role", aliases=("fonction",)), PHONE, EMAIL)),
    FileSpec("partnerships.csv", (
        PARTNER, Col("kind", required=True, aliases=("type", "partenariat")),
        Col("started_on", "date", True, aliases=("debut", "date de debut")),
        Col("ended_on", "date", aliases=("fin", "date de fin")),
        Col("agreement_signed", "bool", aliases=("convention signee", "convention")),
        Col("agreement_signed_on", "date", aliases=("date de signature",)))),
    FileSpec("staff.csv", (
        Col("staff_id", "key", True, aliases=("id", "id salarie", "salarie")),
        FIRST, LAST, Col("function", aliases=("fonction", "poste")),
        Col("qualification", aliases=("diplome",)),
        Col("peer_worker", "bool", aliases=("pair aidant", "travailleur pair")))),
    FileSpec("staff_periods.csv", (
        STAFF, Col("started_on", "date", True, aliases=("debut", "date d'embauche",
                                                        "date de debut")),
        Col("ended_on", "date", aliases=("fin", "date de fin")),
        Col("fte", "float", True, aliases=("etp",)))),
    FileSpec("tasks.csv", (
        Col("task_id", "key", True, aliases=("id", "id tache")),
        Col("name", required=True, aliases=("nom", "tache")),
        Col("half_days", aliases=("demi-journees",)), Col("weekdays", aliases=("jours",)),
        Col("min_people", "int", aliases=("minimum",)),
        Col("max_people", "int", aliases=("maximum",)),
        Col("skill", aliases=("savoir-faire", "competence")),
        Col("mode", "choice", False, ("onsite", "remote"), optional_choice=True),
        Col("priority", "int", aliases=("importance", "priorite")),
        Col("archived", "bool", aliases=("archivee",)))),
    FileSpec("staff_skills.csv", (
        STAFF, TASK, Col("level", "choice", True, SKILL_LEVELS, aliases=("niveau",)))),
    FileSpec("members.csv", (
        Col("member_id", "key", True, aliases=("id", "id membre", "numero", "n membre")),
        FIRST, LAST, Col("preferred_name", aliases=("surnom", "nom d'usage")), PHONE, EMAIL,
        Col("contact_preference", "choice", False, CONTACT_PREFERENCES,
            aliases=("contact prefere",), optional_choice=True),
        Col("rqth", "bool"),
        Col("address", aliases=("adresse",)),
        Col("referent_partner", aliases=("partenaire referent",)),
        Col("other_peer_places", aliases=("autres lieux",)),
        opt(Col("referent_partner_id", "ref", target="partners.csv",
                aliases=("id partenaire referent",))),
        Col("referent_contact", aliases=("contact referent", "personne referente")))),
    FileSpec("membership_periods.csv", (
        MEMBER, Col("joined_on", "date", True, aliases=("date d'entree", "entree",
                                                        "date d'adhesion")),
        Col("left_on", "date", aliases=("date de sortie", "sortie")),
        Col("leave_reason", "choice", False, EXIT_REASONS,
            aliases=("motif de sortie", "motif"), optional_choice=True))),
    FileSpec("charter_signatures.csv", (
        MEMBER, Col("version", required=True, aliases=("version de la charte",)),
        Col("signed_on", "date", True, aliases=("signee le", "date de signature",
                                                "charte signee le", "date de la charte")))),
    FileSpec("attendance.csv", (
        MEMBER, Col("date", "date", True),
        Col("half_day", "choice", True, ("am", "pm", "day"), aliases=("demi-journee",)),
        Col("mode", "choice", False, ("onsite", "remote"), optional_choice=True),
        Col("checked_in_at", "datetime", aliases=("heure d'arrivee",)))),
    FileSpec("skills.csv", (MEMBER, Col("name", required=True, aliases=("competence",)),
                            Col("level", "choice", True, SKILL_LEVELS, aliases=("niveau",)))),
    FileSpec("wishes.csv", (MEMBER, TASK, Col("kind", "choice", True, WISH_KINDS))),
    FileSpec("availability.csv", (
        MEMBER, Col("weekday", "int", True, aliases=("jour",)),
        Col("half_day", "choice", True, ("am", "pm"), aliases=("demi-journee",)))),
    FileSpec("reach_outs.csv", (
        MEMBER, Col("date", "date", True),
        Col("channel", "choice", True, REACH_OUT_CHANNELS, aliases=("moyen",)),
        Col("done_by", aliases=("fait par",)), Col("note"))),
    FileSpec("path_steps.csv", (
        Col("step_id", "local", aliases=("etape",)), MEMBER,
        Col("kind", "choice", True, PATH_KINDS, aliases=("type",)),
        Col("started_on", "date", True, aliases=("debut", "date de debut")),
        Col("ended_on", "date", aliases=("fin", "date de fin")), opt(PARTNER),
        Col("category", "choice", False, EMPLOYMENT_CATEGORIES, aliases=("categorie",),
            optional_choice=True),
        Col("contract", "choice", False, CONTRACTS, aliases=("contrat",),
            optional_choice=True),
        Col("hours_per_week", "float", aliases=("heures par semaine", "heures")),
        Col("title", aliases=("intitule", "poste")))),
    FileSpec("transitional_covers.csv", (
        Col("step_id", "ref", True, target="path_steps.csv"), Col("date", "date", True),
        Col("covered_by", required=True, aliases=("remplace par",)))),
    FileSpec("supported_employment.csv", (
        MEMBER, Col("module", "choice", True, SUPPORTED_MODULES),
        Col("started_on", "date", True, aliases=("debut",)),
        Col("ended_on", "date", aliases=("fin",)))),
    FileSpec("followups.csv", (
        MEMBER, Col("date", "date", True), opt(STAFF),
        Col("kind", "choice", True, FOLLOWUP_KINDS, aliases=("type",)), Col("note"),
        Col("next_step", aliases=("prochaine etape",)),
        Col("due_on", "date", aliases=("echeance",)), Col("done_on", "date", aliases=("fait le",)),
        opt(PARTNER), Col("read_with_member_on", "date", aliases=("relu avec le membre le",)))),
    FileSpec("partner_interactions.csv", (
        Col("interaction_id", "local"), PARTNER, Col("date", "date", True),
        Col("kind", "choice", True, INTERACTION_KINDS, aliases=("type",)), Col("note"))),
    FileSpec("interaction_members.csv", (
        Col("interaction_id", "ref", True, target="partner_interactions.csv"), MEMBER)),
    FileSpec("workshop_sessions.csv", (
        Col("session_id", "local", aliases=("seance",)),
        Col("title", required=True, aliases=("titre", "atelier")),
        Col("held_on", "date", True, aliases=("date",)),
        Col("status", "choice", True, ACTIVITY_STATUSES, aliases=("etat", "statut")),
        opt(Col("led_by_staff_id", "ref", target="staff.csv",
                aliases=("anime par", "salarie"))),
        Col("leader_name", aliases=("intervenant", "intervenant exterieur")),
        Col("notes"))),
    FileSpec("workshop_attendees.csv", (
        Col("session_id", "ref", True, target="workshop_sessions.csv", aliases=("seance",)),
        MEMBER)),
    FileSpec("commissions.csv", (
        Col("commission_id", "local", aliases=("commission",)),
        Col("held_on", "date", True, aliases=("date",)), Col("notes"))),
    FileSpec("commission_partners.csv", (
        Col("commission_id", "ref", True, target="commissions.csv", aliases=("commission",)),
        PARTNER)),
    FileSpec("applications.csv", (
        Col("application_id", "local", aliases=("candidature",)), MEMBER,
        opt(Col("referred_by_partner_id", "ref", target="partners.csv",
                aliases=("oriente par", "adresse par"))),
        Col("received_on", "date", True, aliases=("recue le", "date de reception")),
        Col("interview_on", "date", aliases=("entretien", "entretien le")),
        Col("notes"))),
    FileSpec("application_events.csv", (
        Col("application_id", "ref", True, target="applications.csv",
            aliases=("candidature",)),
        Col("dated_on", "date", True, aliases=("date",)),
        Col("state", "choice", True, APPLICATION_STATES, aliases=("etat",)),
        opt(Col("commission_id", "ref", target="commissions.csv", aliases=("commission",))),
        Col("reason", "choice", False, REFUSAL_REASONS, aliases=("motif",),
            optional_choice=True),
        Col("told", "bool", aliases=("motif dit", "motif donne")),
        opt(Col("partner_id", "ref", target="partners.csv",
                aliases=("partenaire", "reoriente vers"))),
        Col("recorded_by", aliases=("saisi par",)))),
    FileSpec("users.csv", (
        Col("username", required=True, aliases=("identifiant",)),
        Col("display_name", aliases=("nom affiche", "nom")),
        Col("role", "choice", True, ROLES, aliases=("role",)),
        Col("disabled", "bool", aliases=("desactive",)),
        opt(STAFF))),  # the staff member who signs in with this account
    FileSpec("rotas.csv", (
        Col("date", "date", True),
        Col("half_day", "choice", True, ("am", "pm"), aliases=("demi-journee",)), TASK,
        opt(MEMBER), opt(STAFF), Col("locked", "bool", aliases=("fixe",)))),
    FileSpec("volunteers.csv", (  # a GEM's volunteer animators, one row per period
        Col("name", required=True, aliases=("nom", "benevole")),
        Col("functions", aliases=("fonctions",)),
        Col("qualifications"),
        Col("started_on", "date", True, aliases=("debut",)),
        Col("ended_on", "date", aliases=("fin",)))),
    FileSpec("outings.csv", (
        Col("outing_id", "local", aliases=("sortie",)),
        Col("title", required=True, aliases=("titre",)),
        Col("kind", "choice", True, OUTING_KINDS, aliases=("genre", "type")),
        Col("held_on", "date", True, aliases=("date",)),
        Col("starts_at", aliases=("heure", "heure de debut")),
        Col("place", aliases=("lieu",)),
        Col("places", "int", aliases=("nombre de places",)),
        Col("cost_cents", "int", aliases=("reste a charge en centimes", "cout en centimes")),
        Col("decided_on", "date", aliases=("decidee le", "reunion du")),
        Col("status", "choice", True, OUTING_STATUSES, aliases=("etat", "statut")),
        Col("notes"))),
    FileSpec("outing_signups.csv", (
        Col("outing_id", "ref", True, target="outings.csv", aliases=("sortie",)),
        MEMBER, Col("signed_up_on", "date", True, aliases=("inscrit le", "date d'inscription")),
        Col("present", "bool", aliases=("present", "presente")))),
    FileSpec("objectives.csv", (
        Col("objective_id", "local", aliases=("objectif",)), MEMBER,
        Col("domain", "choice", True, OBJECTIVE_DOMAINS, aliases=("domaine",)),
        Col("text", required=True, aliases=("texte", "intitule")),
        Col("set_on", "date", True, aliases=("fixe le", "date")),
        Col("closed_on", "date", aliases=("clos le",)))),
    FileSpec("reviews.csv", (
        Col("review_id", "local", aliases=("bilan",)), MEMBER,
        Col("held_on", "date", True, aliases=("date",)), opt(STAFF),
        Col("coordinator_name", aliases=("coordinateur", "coordinatrice")),
        Col("own_words", aliases=("mots de la personne", "parole de la personne")),
        Col("comment", aliases=("commentaire",)))),
    FileSpec("review_levels.csv", (
        Col("review_id", "ref", True, target="reviews.csv", aliases=("bilan",)),
        Col("objective_id", "ref", True, target="objectives.csv", aliases=("objectif",)),
        Col("level", "choice", True, OBJECTIVE_LEVELS, aliases=("niveau",)))),
    FileSpec("contracts.csv", (
        MEMBER, Col("kind", "choice", True, CONTRACT_KINDS, aliases=("type",)),
        Col("renewal", "int", True, aliases=("renouvellement",)),
        Col("anchor_on", "date", True, aliases=("debut du premier",)),
        Col("started_on", "date", True, aliases=("debut", "date de debut")),
        Col("ends_on", "date", True, aliases=("fin", "date de fin")),
        Col("ended_early_on", "date", aliases=("fin anticipee",)),
        Col("end_reason", aliases=("motif de fin",)))),
    FileSpec("exit_plans.csv", (
        MEMBER, Col("kind", "choice", True, EXIT_KINDS, aliases=("type",)),
        Col("planned_on", "date", True, aliases=("date prevue", "sortie prevue")),
        Col("destination", "choice", True, EXIT_DESTINATIONS, aliases=("orientation",)))),
    FileSpec("exit_contacts.csv", (
        MEMBER, Col("contacted_on", "date", True, aliases=("date",)),
        Col("channel", "choice", True, EXIT_CONTACT_CHANNELS, aliases=("moyen",)),
        Col("note"))),
    FileSpec("travel_refunds.csv", (
        MEMBER, Col("paid_on", "date", True, aliases=("date",)),
        Col("amount_cents", "int", True, aliases=("montant en centimes", "centimes")))),
    FileSpec("meals.csv", (
        MEMBER, Col("served_on", "date", True, aliases=("date",)),
        Col("count", "int", True, aliases=("repas", "nombre")))),
    # work insertion (issue 20): orders of client partners, production sessions and hours
    # (whole minutes: exact, as stored)
    FileSpec("orders.csv", (
        Col("order_id", "local", aliases=("commande",)),
        Col("client_id", "ref", True, target="partners.csv", aliases=("client",)),
        Col("what", required=True, aliases=("quoi", "objet", "commande passee")),
        Col("quantity", "int", aliases=("quantite",)),
        Col("received_on", "date", True, aliases=("recue le", "reception")),
        Col("due_on", "date", True, aliases=("a livrer le", "echeance", "livraison")),
        Col("status", "choice", True, ORDER_STATUSES, aliases=("etat", "statut")),
        Col("notes"))),
    FileSpec("production_sessions.csv", (
        Col("session_id", "local", aliases=("seance",)),
        Col("held_on", "date", True, aliases=("date",)),
        Col("workshop", required=True, aliases=("atelier",)),
        opt(Col("order_id", "ref", target="orders.csv", aliases=("commande",))))),
    FileSpec("production_workers.csv", (
        Col("session_id", "ref", True, target="production_sessions.csv", aliases=("seance",)),
        MEMBER, Col("minutes", "int", True, aliases=("duree en minutes",)))),
)
BY_NAME = {f.name: f for f in FILES}
