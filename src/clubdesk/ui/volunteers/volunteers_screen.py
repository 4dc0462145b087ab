"""« Bénévoles et parrainage » (a GEM): the volunteer animators with their functions,
qualifications and periods, then the sponsorship agreement (« convention de parrainage »)
and the managing association, kept from the date chosen (« À partir du »), as the
structure's values. The direction writes; both parts feed the GEM's yearly table.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.topics import Topic
from clubdesk.model.volunteers import NAME_MAX, TEXT_MAX, VolunteerRow
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.volunteers.models import VolunteersModel
from clubdesk.ui.widgets import (
    add_row,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_form,
    make_heading,
    make_line,
    make_table,
    scrolled,
    selected_row,
    to_qdate,
)
from clubdesk.ui.widgets.fields import typed_date


def _french(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""


class VolunteersScreen(Screen):
    screen_name = "volunteers_screen"
    topics = frozenset({Topic.STAFF, Topic.STRUCTURE, Topic.PARTNERS})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Bénévoles et parrainage"), intro=self.tr(
            "Les animateurs bénévoles du GEM (fonctions, qualifications, période), le "
            "parrain et l'association gestionnaire : ils figurent dans le tableau annuel du "
            "GEM pour l'ARS."), message_name="volunteer_message", parent=parent)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal)
            return
        self.editing_id: int | None = None
        today = clock.today()

        # -- the volunteers -------------------------------------------------------------
        self.model = VolunteersModel(self)
        self.table = make_table("volunteers_table", self.tr("Animateurs bénévoles"),
                                self.model, fixed=(3, 4), weights={0: 2, 1: 2, 2: 2})
        self.table.setMinimumHeight(160)
        self.new_button = make_button(self.tr("Nouveau bénévole"), "new_volunteer_button",
                                      self.tr("Vider le formulaire pour un nouveau bénévole"))
        self.name_edit = make_line("volunteer_name", self.tr("Nom du bénévole"), NAME_MAX)
        self.functions_edit = make_line("volunteer_functions", self.tr("Fonctions"), TEXT_MAX,
                                        self.tr("Atelier peinture, sorties…"))
        self.qualifications_edit = make_line("volunteer_qualifications",
                                             self.tr("Qualifications"), TEXT_MAX)
        self.start_edit = make_date("volunteer_start", self.tr("Bénévole depuis le"), today)
        self.end_edit = self._date_line("volunteer_end", self.tr("Bénévole jusqu'au"))
        form = make_form()
        add_row(form, self.tr("&Nom :"), self.name_edit)
        add_row(form, self.tr("&Fonctions :"), self.functions_edit)
        add_row(form, self.tr("&Qualifications :"), self.qualifications_edit)
        add_row(form, self.tr("&Depuis le :"), self.start_edit)
        add_row(form, self.tr("&Jusqu'au :"), self.end_edit)
        self.save_button = make_button(self.tr("Enregistrer le bénévole"),
                                       "save_volunteer_button")
        self.delete_button = make_button(self.tr("Supprimer"), "delete_volunteer_button",
                                         self.tr("Supprimer la période choisie"))

        # -- the sponsorship ------------------------------------------------------------
        self.partner_combo = make_combo("sponsor_partner", self.tr("Parrain (partenaire)"))
        self.sponsor_edit = make_line("sponsor_name", self.tr("Parrain (nom)"), 200,
                                      self.tr("Si le parrain n'est pas un partenaire"))
        self.signed_edit = self._date_line("sponsorship_signed_on",
                                           self.tr("Convention signée le"))
        self.ends_edit = self._date_line("sponsorship_ends_on",
                                         self.tr("Fin ou renouvellement le"))
        self.managing_edit = make_line("managing_association",
                                       self.tr("Association gestionnaire"), 200,
                                       self.tr("S'il y en a une"))
        self.since_edit = make_date("sponsorship_since", self.tr("À partir du"), today)
        sponsor_form = make_form()
        add_row(sponsor_form, self.tr("Parrain (&partenaire) :"), self.partner_combo)
        add_row(sponsor_form, self.tr("Parrain (n&om) :"), self.sponsor_edit)
        add_row(sponsor_form, self.tr("Convention &signée le :"), self.signed_edit)
        add_row(sponsor_form, self.tr("Fin ou &renouvellement le :"), self.ends_edit)
        add_row(sponsor_form, self.tr("Association &gestionnaire :"), self.managing_edit)
        add_row(sponsor_form, self.tr("Valable à partir du :"), self.since_edit)
        self.save_sponsorship_button = make_button(self.tr("Enregistrer le parrainage"),
                                                   "save_sponsorship_button")

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(make_heading(self.tr("Animateurs bénévoles"), "volunteers_heading"))
        column.addLayout(hbox(self.new_button, 1))
        column.addWidget(self.table)
        column.addLayout(form)
        column.addLayout(hbox(self.save_button, self.delete_button, 1))
        column.addWidget(make_heading(self.tr("Parrainage et association gestionnaire"),
                                      "sponsorship_heading"))
        column.addLayout(sponsor_form)
        column.addLayout(hbox(self.save_sponsorship_button, 1))
        column.addWidget(self.message)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.new_button.clicked.connect(self.new_volunteer)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.save_sponsorship_button.clicked.connect(self.save_sponsorship)
        self.new_volunteer()
        self.refresh()

    def _date_line(self, name: str, accessible: str) -> QLineEdit:
        edit = make_line(name, accessible, 10, self.tr("JJ/MM/AAAA"))
        edit.setMaximumWidth(180)
        return edit

    def _typed(self, edit: QLineEdit) -> tuple[bool, date | None]:
        """(valid, the date or None when empty)."""
        text = edit.text().strip()
        if not text:
            return True, None
        day = typed_date(text)
        if day is None:
            self.say(self.tr("« %1 » n'est pas une date (JJ/MM/AAAA).").replace("%1", text),
                     problem=True)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False, None
        return True, day

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        club = self.ops.club
        outcome = self.ops.run(club.volunteers.volunteers)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.model.set_rows(outcome.value)
        partners = self.ops.run(club.partners.list_partners)
        fill_combo(self.partner_combo, [(self.tr("— pas un partenaire —"), None)] + [
            (p.name, p.id) for p in (partners.value if partners.ok else [])])
        held = self.ops.run(club.volunteers.sponsorship)
        values: dict[str, str] = held.value if held.ok else {}
        partner = values.get("sponsor_partner_id", "")
        self.partner_combo.setCurrentIndex(
            max(0, self.partner_combo.findData(int(partner))) if partner.isdigit() else 0)
        self.sponsor_edit.setText(values.get("sponsor_name", ""))
        self.signed_edit.setText(_french(values.get("sponsorship_signed_on", "")))
        self.ends_edit.setText(_french(values.get("sponsorship_ends_on", "")))
        self.managing_edit.setText(values.get("managing_association", ""))
        if self.editing_id is not None:
            row = self.model.find_row(lambda r: r.id == self.editing_id)
            if row >= 0:
                self.table.selectRow(row)

    def _on_selection(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._fill(self.model.row_at(row))

    def _fill(self, row: VolunteerRow) -> None:
        self.editing_id = row.id
        self.name_edit.setText(row.name)
        self.functions_edit.setText(row.functions)
        self.qualifications_edit.setText(row.qualifications)
        self.start_edit.setDate(to_qdate(row.started_on))
        self.end_edit.setText(row.ended_on.strftime("%d/%m/%Y") if row.ended_on else "")
        self.delete_button.setEnabled(True)

    # -- changing -------------------------------------------------------------------------

    def new_volunteer(self) -> None:
        self.editing_id = None
        self.table.clearSelection()
        for edit in (self.name_edit, self.functions_edit, self.qualifications_edit,
                     self.end_edit):
            edit.clear()
        self.start_edit.setDate(to_qdate(clock.today()))
        self.delete_button.setEnabled(False)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        ok, ended = self._typed(self.end_edit)
        if not ok:
            return
        service = self.ops.club.volunteers
        fields: dict[str, Any] = {"ended_on": ended, "functions": self.functions_edit.text(),
                                  "qualifications": self.qualifications_edit.text()}
        name, started = self.name_edit.text(), from_qdate(self.start_edit.date())
        if self.editing_id is None:
            outcome = self.ops.run(service.add, name, started, **fields)
        else:
            outcome = self.ops.run(service.update, self.editing_id, name, started, **fields)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.editing_id = outcome.value.id
        self.refresh()
        self.say(self.tr("Bénévole enregistré."), good=True)

    def delete(self) -> None:
        if self.editing_id is None:
            return
        outcome = self.ops.run(self.ops.club.volunteers.delete, self.editing_id)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.new_volunteer()
        self.refresh()
        self.say(self.tr("Période supprimée."), good=True)

    def save_sponsorship(self) -> None:
        ok_signed, signed = self._typed(self.signed_edit)
        ok_ends, ends = self._typed(self.ends_edit) if ok_signed else (False, None)
        if not (ok_signed and ok_ends):
            return
        partner = self.partner_combo.currentData()
        values = {"sponsor_partner_id": "" if partner is None else str(partner),
                  "sponsor_name": self.sponsor_edit.text(),
                  "sponsorship_signed_on": signed.isoformat() if signed else "",
                  "sponsorship_ends_on": ends.isoformat() if ends else "",
                  "managing_association": self.managing_edit.text()}
        if partner is not None and not values["sponsor_name"].strip():
            values["sponsor_name"] = self.partner_combo.currentText()
        outcome = self.ops.run(self.ops.club.volunteers.set_sponsorship, values,
                               as_of=from_qdate(self.since_edit.date()))
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.refresh()
        self.say(self.tr("Parrainage enregistré."), good=True)

