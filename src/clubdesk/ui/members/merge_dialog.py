"""Merging two records of the same person: see both side by side, choose which one is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import add_row, hbox, make_button, make_form, make_message, set_message


class MergeDialog(QDialog):
    merged = Signal(int)  # the id of the kept record

    def __init__(self, ops: Operations, keep_id: int, other_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.keep_id = keep_id
        self.other_id = other_id
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Fusionner deux fiches"))
        self.setMinimumWidth(720)

        title = QLabel(self.tr("Fusionner deux fiches de la même personne"))
        title.setObjectName("screen_title")
        title.setWordWrap(True)
        self.keep_box = QGroupBox()
        self.keep_box.setObjectName("kept_record")
        self.other_box = QGroupBox()
        self.other_box.setObjectName("absorbed_record")
        self.keep_labels = self._record_form(self.keep_box)
        self.other_labels = self._record_form(self.other_box)

        self.swap_button = make_button(self.tr("Garder plutôt l'autre fiche"), "swap_merge",
                                       self.tr("Échanger la fiche gardée et l'autre"))
        self.swap_button.clicked.connect(self.swap)

        # What the merge does, said before it is done: a warning, in the problem's colours.
        self.sentence = make_message("merge_sentence")
        self.error_label = make_message("merge_error")

        self.cancel_button = make_button(self.tr("Annuler"), "cancel_merge",
                                         self.tr("Annuler, ne rien fusionner"))
        self.confirm_button = make_button(
            self.tr("Fusionner les deux fiches"), "confirm_merge",
            self.tr("Fusionner les deux fiches, sans retour possible"))
        # Irreversible: the safe choice has the focus, the merge needs a deliberate click.
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm)

        sides = QHBoxLayout()
        sides.setSpacing(14)
        sides.addWidget(self.keep_box, 1)
        sides.addWidget(self.other_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(sides)
        layout.addLayout(hbox(1, self.swap_button, 1))
        layout.addWidget(self.sentence)
        layout.addWidget(self.error_label)
        layout.addLayout(hbox(1, self.cancel_button, self.confirm_button))
        self.refresh()
        self.cancel_button.setFocus()

    def _record_form(self, box: QGroupBox) -> dict[str, QLabel]:
        form = make_form()
        box.setLayout(form)
        labels: dict[str, QLabel] = {}
        for key, text in (
            ("name", self.tr("Nom :")),
            ("phone", self.tr("Téléphone :")),
            ("email", self.tr("E-mail :")),
            ("periods", self.tr("Adhésions :")),
        ):
            value = QLabel()
            value.setObjectName(f"{box.objectName()}_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            add_row(form, text, value)
            labels[key] = value
        return labels

    def _name(self, member_id: int) -> str:
        m = self.ops.club.members.get(member_id)
        return f"{m.preferred_name or m.first_name} {m.last_name}".strip()

    def _fill(self, member_id: int, labels: dict[str, QLabel]) -> None:
        members = self.ops.club.members
        m = members.get(member_id)
        none = self.tr("non renseigné")
        labels["name"].setText(f"{m.first_name} {m.last_name}".strip()
                               + (f" ({m.preferred_name})" if m.preferred_name else ""))
        labels["phone"].setText(m.phone or none)
        labels["email"].setText(m.email or none)
        count = len(members.periods(member_id))
        if count == 0:
            periods = self.tr("aucune (visiteur)")
        elif count == 1:
            periods = self.tr("une période")
        else:
            periods = self.tr("%1 périodes").replace("%1", str(count))
        labels["periods"].setText(periods)

    def refresh(self) -> None:
        self.keep_box.setTitle(self.tr("Fiche gardée"))
        self.other_box.setTitle(self.tr("Fiche rattachée puis supprimée"))
        self._fill(self.keep_id, self.keep_labels)
        self._fill(self.other_id, self.other_labels)
        keep, other = self._name(self.keep_id), self._name(self.other_id)
        set_message(self.sentence, self.tr(
            "Les présences et l'historique de %1 seront rattachés à %2. "
            "Cette action ne peut pas être annulée.")
            .replace("%1", f"{other} (n° {self.other_id})")
            .replace("%2", f"{keep} (n° {self.keep_id})"), problem=True)

    def swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        set_message(self.error_label, "")
        self.refresh()

    def confirm(self) -> None:
        outcome = self.ops.run(self.ops.club.merge_members, self.keep_id, self.other_id)
        if not outcome.ok:
            set_message(self.error_label, str(outcome.error), problem=True)
            return
        self.merged.emit(self.keep_id)
        self.accept()
