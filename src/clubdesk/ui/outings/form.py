"""The form of one activity or outing on the « Sorties et activités » screen: what the
members decided (title, kind, day, time, place, places, cost left to each, the meeting that
decided it), its status and notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from clubdesk.model.outings import NOTES_MAX, PLACE_MAX, PLACES_MAX, TITLE_MAX, OutingRow
from clubdesk.ui.widgets import (
    add_row,
    from_qdate,
    hbox,
    make_check,
    make_combo,
    make_date,
    make_decimal,
    make_form,
    make_line,
    make_spin,
    to_qdate,
)


class OutingForm(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.title_edit = make_line("outing_title", self.tr("Titre de la sortie ou de "
                                                            "l'activité"), TITLE_MAX,
                                    self.tr("Musée, pique-nique, atelier peinture…"))
        self.kind_combo = make_combo("outing_kind", self.tr("Genre"), (
            (self.tr("activité"), "activity"), (self.tr("sortie"), "outing")))
        self.date_edit = make_date("outing_date", self.tr("Date"), today)
        self.time_edit = make_line("outing_time", self.tr("Heure de début"), 5,
                                   self.tr("14:30"))
        self.place_edit = make_line("outing_place", self.tr("Lieu"), PLACE_MAX)
        self.places_spin = make_spin("outing_places", self.tr("Nombre de places"), 0,
                                     PLACES_MAX, value=0)
        self.places_spin.setSpecialValueText(self.tr("sans limite"))
        self.cost_spin = make_decimal("outing_cost", self.tr("Reste à charge par personne"),
                                      0, 1000, step=0.5, suffix=" €")
        self.decided_check = make_check(self.tr("Décidée en réunion le"), "outing_decided",
                                        self.tr("Décidée en réunion des membres"))
        self.decided_edit = make_date("outing_decided_on", self.tr("Date de la réunion"),
                                      today)
        self.status_combo = make_combo("outing_status", self.tr("État"), (
            (self.tr("prévue"), "planned"), (self.tr("annulée"), "cancelled"),
            (self.tr("faite"), "done")))
        self.notes_edit = make_line("outing_notes", self.tr("Notes"), NOTES_MAX)
        form = make_form()
        add_row(form, self.tr("&Titre :"), self.title_edit)
        add_row(form, self.tr("&Genre :"), self.kind_combo)
        add_row(form, self.tr("&Date :"), self.date_edit)
        add_row(form, self.tr("&Heure :"), self.time_edit)
        add_row(form, self.tr("&Lieu :"), self.place_edit)
        add_row(form, self.tr("&Places :"), self.places_spin)
        add_row(form, self.tr("&Reste à charge :"), self.cost_spin)
        add_row(form, self.tr("É&tat :"), self.status_combo)
        add_row(form, self.tr("N&otes :"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(hbox(self.decided_check, self.decided_edit, 1))
        self.decided_check.toggled.connect(self.decided_edit.setEnabled)
        self.clear()

    def clear(self, day: date | None = None) -> None:
        self.title_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.date_edit.setDate(to_qdate(day or self.today))
        self.time_edit.clear()
        self.place_edit.clear()
        self.places_spin.setValue(0)
        self.cost_spin.setValue(0)
        self.decided_check.setChecked(False)
        self.decided_edit.setDate(to_qdate(self.today))
        self.decided_edit.setEnabled(False)
        self.status_combo.setCurrentIndex(0)
        self.notes_edit.clear()

    def fill(self, row: OutingRow) -> None:
        self.title_edit.setText(row.title)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(row.kind))
        self.date_edit.setDate(to_qdate(row.held_on))
        self.time_edit.setText(row.starts_at)
        self.place_edit.setText(row.place)
        self.places_spin.setValue(row.places or 0)
        self.cost_spin.setValue(row.cost_cents / 100)
        self.decided_check.setChecked(row.decided_on is not None)
        self.decided_edit.setDate(to_qdate(row.decided_on or row.held_on))
        self.decided_edit.setEnabled(row.decided_on is not None)
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        self.notes_edit.setText(row.notes)

    def values(self) -> tuple[str, date, dict[str, Any]]:
        """(title, day, the other fields as the service takes them)."""
        places = self.places_spin.value()
        return self.title_edit.text(), from_qdate(self.date_edit.date()), {
            "kind": self.kind_combo.currentData(), "starts_at": self.time_edit.text(),
            "place": self.place_edit.text(), "places": places or None,
            "cost_cents": round(self.cost_spin.value() * 100),
            "decided_on": from_qdate(self.decided_edit.date())
            if self.decided_check.isChecked() else None,
            "status": self.status_combo.currentData(), "notes": self.notes_edit.text()}
