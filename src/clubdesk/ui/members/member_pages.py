"""Two pages of the member record: identity and contact, and the other (sensitive)
information that only the team and the direction see.

The pages hold their fields; the record (clubdesk.ui.members.member_form) reads and fills
them. Their texts keep the translation context of the record, « MemberForm ».
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from clubdesk.model.tables import Member
from clubdesk.ui.widgets import (
    add_row,
    fill_combo,
    make_combo,
    make_form,
    make_hint,
    make_line,
)

translate = QCoreApplication.translate


class FormPage(QWidget):
    """One page of the record: a column with room around it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 14, 14, 14)
        self.column.setSpacing(12)

    @staticmethod
    def form() -> QFormLayout:
        form = make_form()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(14)
        return form


class IdentityPage(FormPage):
    """« Identité et contact »: names, phone, e-mail, address, how to reach the person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = make_line(
            "first_name", translate("MemberForm", "Prénom (obligatoire)"), 100)
        self.last_name = make_line("last_name", translate("MemberForm", "Nom"), 100)
        self.preferred_name = make_line(
            "preferred_name", translate("MemberForm", "Surnom ou prénom d'usage"), 100)
        self.phone = make_line("phone", translate("MemberForm", "Téléphone"), 40,
                               translate("MemberForm", "par exemple 06 12 34 56 78"))
        self.email = make_line("email", translate("MemberForm", "Adresse e-mail"), 200)
        self.address = make_line("address", translate("MemberForm", "Adresse postale"), 300)
        self.contact_preference = make_combo(
            "contact_preference", translate("MemberForm", "Moyen de contact préféré"), (
                (translate("MemberForm", "Téléphone"), "phone"),
                (translate("MemberForm", "SMS"), "sms"),
                (translate("MemberForm", "E-mail"), "email"),
                (translate("MemberForm", "Courrier"), "post"),
                (translate("MemberForm", "Aucun"), "none"),
            ))
        self.contact_preference.setCurrentIndex(self.contact_preference.findData("none"))

        form = self.form()
        add_row(form, translate("MemberForm", "&Prénom (obligatoire) :"), self.first_name)
        add_row(form, translate("MemberForm", "&Nom :"), self.last_name)
        add_row(form, translate("MemberForm", "S&urnom :"), self.preferred_name)
        add_row(form, translate("MemberForm", "&Téléphone :"), self.phone)
        add_row(form, translate("MemberForm", "&E-mail :"), self.email)
        add_row(form, translate("MemberForm", "A&dresse :"), self.address)
        add_row(form, translate("MemberForm", "&Contact préféré :"), self.contact_preference)
        self.column.addLayout(form)
        self.column.addStretch(1)

    def fill(self, member: Member) -> None:
        self.first_name.setText(member.first_name)
        self.last_name.setText(member.last_name)
        self.preferred_name.setText(member.preferred_name)
        self.phone.setText(member.phone)
        self.email.setText(member.email)
        self.address.setText(member.address)
        self.contact_preference.setCurrentIndex(
            max(0, self.contact_preference.findData(member.contact_preference)))

    def values(self) -> dict[str, Any]:
        """What the member service takes, the first name aside."""
        return {"last_name": self.last_name.text(),
                "preferred_name": self.preferred_name.text(), "phone": self.phone.text(),
                "email": self.email.text(), "address": self.address.text(),
                "contact_preference": self.contact_preference.currentData()}


class OtherInfoPage(FormPage):
    """« Autres informations »: RQTH, referent partner, other peer places (never shown to
    the reception)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rqth = make_combo("rqth", translate(
            "MemberForm",
            "RQTH (reconnaissance de la qualité de travailleur handicapé), facultatif"), (
                (translate("MemberForm", "Non renseignée"), None),
                (translate("MemberForm", "Oui"), "yes"),
                (translate("MemberForm", "Non"), "no"),
            ))
        # the referent partner chosen among the partners, and its contact person (issue 20);
        # the free text stays for a referent that is not a partner of the club
        self.referent_partner_id = make_combo(
            "referent_partner_id", translate("MemberForm", "Partenaire référent"))
        self.referent_contact_id = make_combo(
            "referent_contact_id", translate("MemberForm", "Personne à contacter chez le "
                                                           "partenaire référent"))
        self.contacts_of: Callable[[int], list[tuple[str, int]]] = lambda _partner: []
        self.set_partners([])
        self.referent_partner_id.currentIndexChanged.connect(lambda _i: self._show_contacts())
        self.referent_partner = make_line(
            "referent_partner", translate("MemberForm", "Autre référent, hors des partenaires"),
            200)
        self.other_peer_places = make_line(
            "other_peer_places", translate("MemberForm", "Autres lieux entre pairs fréquentés"),
            500, translate("MemberForm", "par exemple un GEM (groupe d'entraide mutuelle)"))

        form = self.form()
        add_row(form, translate("MemberForm", "&RQTH :"), self.rqth)
        form.addRow("", make_hint(translate(
            "MemberForm",
            "RQTH (reconnaissance de la qualité de travailleur handicapé) : facultatif. "
            "Ne la notez que si la personne souhaite la donner.")))
        add_row(form, translate("MemberForm", "&Partenaire référent :"),
                self.referent_partner_id)
        add_row(form, translate("MemberForm", "&Contact référent :"), self.referent_contact_id)
        add_row(form, translate("MemberForm", "Autre ré&férent :"), self.referent_partner)
        add_row(form, translate("MemberForm", "&Autres lieux entre pairs :"),
                self.other_peer_places)
        self.column.addLayout(form)
        self.column.addStretch(1)

    def fill(self, member: Member) -> None:
        self.rqth.setCurrentIndex(max(0, self.rqth.findData(member.rqth)))
        self.referent_partner.setText(member.referent_partner)
        self.other_peer_places.setText(member.other_peer_places)
        self.referent_partner_id.setCurrentIndex(
            max(0, self.referent_partner_id.findData(member.referent_partner_id)))
        self._show_contacts()
        self.referent_contact_id.setCurrentIndex(
            max(0, self.referent_contact_id.findData(member.referent_contact_id)))

    def set_partners(self, partners: list[tuple[str, int]],
                     contacts_of: Callable[[int], list[tuple[str, int]]] | None = None) -> None:
        """The partners to choose from, and how to read a partner's contacts."""
        if contacts_of is not None:
            self.contacts_of = contacts_of
        fill_combo(self.referent_partner_id,
                   [(translate("MemberForm", "— aucun —"), None), *partners])
        self._show_contacts()

    def offer_partners(self, ops: Any) -> None:
        """The referent partner is chosen among the club's partners (archived ones too: a
        record may name one), its contact among that partner's contacts."""
        partners = ops.run(ops.club.partners.list_partners, include_archived=True)

        def contacts_of(partner_id: int) -> list[tuple[str, int]]:
            found = ops.run(ops.club.partners.contacts, partner_id)
            return [(c.name, c.id or 0) for c in (found.value if found.ok else [])]

        self.set_partners([(p.name, p.id or 0) for p in
                           (partners.value if partners.ok else [])], contacts_of)

    def _show_contacts(self) -> None:
        partner = self.referent_partner_id.currentData()
        contacts = self.contacts_of(partner) if partner is not None else []
        fill_combo(self.referent_contact_id,
                   [(translate("MemberForm", "— aucun contact —"), None), *contacts])
        self.referent_contact_id.setEnabled(partner is not None)

    def values(self) -> dict[str, Any]:
        return {"rqth": self.rqth.currentData(),
                "referent_partner": self.referent_partner.text(),
                "other_peer_places": self.other_peer_places.text(),
                "referent_partner_id": self.referent_partner_id.currentData(),
                "referent_contact_id": self.referent_contact_id.currentData()}
