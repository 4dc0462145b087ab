"""The words a spreadsheet may hold in a coded column, and the code each one means.

The export writes codes (``cdi``, ``firm``); people write labels (« CDI », « Entreprise »,
« France Travail »). Each coded column accepts its codes and the French labels the model
already shows for them (``LABELS`` names the model's dict, column by column), whatever the
case and accents (``search_folding.fold``). Derived from each label:

- the whole label (« emploi de transition »), and each part of a label written ``a / b``
  (« PTSM / CLSM »);
- each item of the model's hints (« France Travail, Cap emploi, mission locale »);
- the few other names of a code that no label says (``OTHER_NAMES``: « entreprise »).

A word that two codes of a column could mean is not accepted for either (nothing is guessed).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from clubdesk.model import contracts
from clubdesk.model.access import ROLE_LABELS
from clubdesk.model.admissions import REFUSAL_REASON_LABELS
from clubdesk.model.admissions import STATE_LABELS as APPLICATION_STATE_LABELS
from clubdesk.model.attendance import HALF_DAY_LABELS
from clubdesk.model.career_paths import CATEGORY_LABELS as EMPLOYMENT_LABELS
from clubdesk.model.career_paths import CONTRACT_LABELS, MODULE_LABELS
from clubdesk.model.errors import Term, say
from clubdesk.model.exchange.reading import CellError
from clubdesk.model.exchange.spec import FILES, Col
from clubdesk.model.exit_reasons import EXIT_REASON_LABELS
from clubdesk.model.followups import KIND_LABELS, PATH_LABELS
from clubdesk.model.member_profile import SKILL_LEVEL_LABELS
from clubdesk.model.objectives import DOMAIN_LABELS, LEVEL_LABELS
from clubdesk.model.outings import KIND_LABELS as OUTING_KIND_LABELS
from clubdesk.model.outings import STATUS_LABELS as OUTING_STATUS_LABELS
from clubdesk.model.partners import CATEGORY_HINTS, INTERACTION_LABELS
from clubdesk.model.partners import CATEGORY_LABELS as PARTNER_LABELS
from clubdesk.model.production import STATUS_LABELS as ORDER_LABELS
from clubdesk.model.reach_out import CHANNEL_LABELS
from clubdesk.model.rota.instance import MODE_NAMES
from clubdesk.model.search_folding import fold

# Codes whose labels the model does not hold (only a screen shows them): their French words.
_FUNDING = {"fir": "FIR de l'ARS", "complementary": "complémentaire"}
_ACTIVITY = {"done": "réalisée", "planned": "prévue"}
_AUDIENCE = {"members": "membres", "partners": "partenaires"}
_WISH = {"like": "aime", "avoid": "préfère éviter"}
_CONTACT = {**CHANNEL_LABELS, "none": "aucun"}
_DOCUMENT = {"lease": "bail", "inventory": "état des lieux"}

# (file, column) -> the model's labels for its codes (a dict may hold more codes than the
# column allows: only the column's choices are read from it).
LABELS: dict[tuple[str, str], Mapping[str, str]] = {
    ("funding.csv", "kind"): _FUNDING,
    ("activities.csv", "status"): _ACTIVITY,
    ("workshop_sessions.csv", "status"): _ACTIVITY,
    ("orders.csv", "status"): ORDER_LABELS,
    ("structure_documents.csv", "kind"): _DOCUMENT,
    ("surveys.csv", "audience"): _AUDIENCE,
    ("partners.csv", "category"): PARTNER_LABELS,
    ("tasks.csv", "mode"): MODE_NAMES,
    ("members.csv", "contact_preference"): _CONTACT,
    ("membership_periods.csv", "leave_reason"): EXIT_REASON_LABELS,
    ("attendance.csv", "half_day"): HALF_DAY_LABELS,
    ("attendance.csv", "mode"): MODE_NAMES,
    ("staff_skills.csv", "level"): SKILL_LEVEL_LABELS,
    ("skills.csv", "level"): SKILL_LEVEL_LABELS,
    ("wishes.csv", "kind"): _WISH,
    ("availability.csv", "half_day"): HALF_DAY_LABELS,
    ("reach_outs.csv", "channel"): CHANNEL_LABELS,
    ("path_steps.csv", "kind"): PATH_LABELS,
    ("path_steps.csv", "category"): EMPLOYMENT_LABELS,
    ("path_steps.csv", "contract"): CONTRACT_LABELS,
    ("supported_employment.csv", "module"): MODULE_LABELS,
    ("followups.csv", "kind"): KIND_LABELS,
    ("partner_interactions.csv", "kind"): INTERACTION_LABELS,
    ("users.csv", "role"): ROLE_LABELS,
    ("rotas.csv", "half_day"): HALF_DAY_LABELS,
    ("outings.csv", "kind"): OUTING_KIND_LABELS,
    ("outings.csv", "status"): OUTING_STATUS_LABELS,
    ("objectives.csv", "domain"): DOMAIN_LABELS,
    ("review_levels.csv", "level"): LEVEL_LABELS,
    ("application_events.csv", "state"): APPLICATION_STATE_LABELS,
    ("application_events.csv", "reason"): REFUSAL_REASON_LABELS,
    ("contracts.csv", "kind"): contracts.KIND_LABELS,
    ("exit_plans.csv", "kind"): contracts.EXIT_KIND_LABELS,
    ("exit_plans.csv", "destination"): contracts.DESTINATION_LABELS,
    ("exit_contacts.csv", "channel"): contracts.CHANNEL_LABELS,
}
# Other names, comma-separated: the model's hints, and what sheets write that no label says.
OTHER_NAMES: dict[tuple[str, str], Mapping[str, str]] = {
    ("partners.csv", "category"): {**CATEGORY_HINTS, "firm": "entreprise, employeur"},
}


def _labels(file: str, col: Col) -> dict[str, str]:
    labels = LABELS.get((file, col.name), {})
    return {code: labels.get(code, code) for code in col.choices}


@cache
def words(file: str, col: Col) -> dict[str, str]:
    """Folded word -> code, for one coded column."""
    sure: dict[str, set[str]] = {}  # codes and whole labels
    maybe: dict[str, set[str]] = {}  # parts of labels, other names
    hints = OTHER_NAMES.get((file, col.name), {})
    for code, label in _labels(file, col).items():
        for word in (code, label):
            sure.setdefault(fold(word), set()).add(code)
        parts = [*label.split("/"), *hints.get(code, "").split(",")]
        for word in parts:
            if fold(word):
                maybe.setdefault(fold(word), set()).add(code)
    out = {word: next(iter(codes)) for word, codes in maybe.items() if len(codes) == 1}
    for word, codes in sure.items():
        out.pop(word, None)
        if len(codes) == 1:
            out[word] = next(iter(codes))
    return out


def accepted(file: str, col: Col) -> str:
    """« cdi (CDI), cdd (CDD), … »: the codes, each with its label, for a refusal."""
    return ", ".join(code if label == code else f"{code} ({label})"
                     for code, label in _labels(file, col).items())


def read_choice(file: str, col: Col, text: str) -> str:
    """The code ``text`` stands for in this column; refuses what matches nothing."""
    if text in col.choices:
        return text
    code = words(file, col).get(fold(text))
    if code is None:
        raise CellError(say("« {text} » n'est pas une valeur permise ({choices})",
                            text=text, choices=accepted(file, col)))
    return code


def bool_word(value: bool) -> Term:
    """How a yes/no cell was read, for the report (translated with its sentence)."""
    return Term("oui") if value else Term("non")


def reading_line(file: str, line: int, column: str, text: str, meant: str) -> str:
    """« path_steps.csv, ligne 4, colonne contrat : « CDI » lu comme cdi »."""
    return say("{file}, ligne {line}, colonne {column} : « {text} » lu comme {meant}",
               file=file, line=line, column=column, text=text, meant=meant)


def listing() -> list[str]:
    """The words of every coded column, as docs/exchange-format.md lists them."""
    lines = []
    for spec in FILES:
        for col in spec.cols:
            if col.kind != "choice":
                continue
            other = OTHER_NAMES.get((spec.name, col.name), {})
            parts = []
            for code, label in _labels(spec.name, col).items():
                names = ", ".join(n for n in (label, other.get(code, "")) if n and n != code)
                parts.append(f"`{code}` « {names} »" if names else f"`{code}`")
            lines.append(f"- {spec.name} `{col.name}`: " + "; ".join(parts))
    return lines
