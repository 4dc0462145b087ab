"""The « Emploi accompagné » tab of a member's follow-up sheet on « Suivis »: whether the
member has an RQTH, the four modules with their dates, and the form to note one. Its strings
keep the screen's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from clubdesk.model.career_paths import MODULE_LABELS
from clubdesk.ui.followups.models import ModuleRow, ModulesModel
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.widgets import (
    ROW_HEIGHT,
    add_row,
    choices,
    from_qdate,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date,
    make_form,
    make_hint,
    make_message,
    make_table,
    selected_row,
    set_message,
    to_qdate,
)

if TYPE_CHECKING:
    from clubdesk.ui.followups.followups_screen import FollowupsScreen

translate = QCoreApplication.translate


class ModulesPage(QWidget):
    def __init__(self, screen: FollowupsScreen) -> None:
        super().__init__()
        self.followups_screen = screen
        today = screen.today()
        explanation = make_hint(translate(
            "FollowupsScreen",
            "L'emploi accompagné se fait en quatre modules. Il demande une RQTH "
            "(reconnaissance de la qualité de travailleur handicapé)."))
        self.rqth_label = QLabel()
        self.rqth_label.setObjectName("rqth_label")
        self.rqth_label.setWordWrap(True)
        self.modules_model = ModulesModel(self)
        self.modules_table = make_table(
            "modules_table", translate("FollowupsScreen", "Modules d'emploi accompagné"),
            self.modules_model, fixed=(1, 2))
        self.modules_table.setFixedHeight(ROW_HEIGHT * 4 + 40)

        self.module_kind = make_combo("module_kind", translate("FollowupsScreen", "Module"),
                                      choices(MODULE_LABELS))
        self.module_start = make_date(
            "module_start", translate("FollowupsScreen", "Début du module"), today)
        self.module_ongoing = make_check(
            translate("FollowupsScreen", "en cours"), "module_ongoing",
            translate("FollowupsScreen", "Module en cours, sans date de fin"))
        self.module_ongoing.setChecked(True)
        self.module_end = make_date(
            "module_end", translate("FollowupsScreen", "Fin du module"), today)
        self.module_end.setEnabled(False)
        self.module_ongoing.toggled.connect(lambda on: self.module_end.setEnabled(not on))
        self.save_module_button = make_button(
            translate("FollowupsScreen", "Enregistrer le module"), "save_module_button")
        self.module_message = make_message("module_message")

        box = QGroupBox(translate("FollowupsScreen", "Noter un module"))
        box.setObjectName("module_box")
        form = make_form()
        add_row(form, translate("FollowupsScreen", "&Module :"), self.module_kind)
        add_row(form, translate("FollowupsScreen", "&Début :"), self.module_start,
                hbox(self.module_start, 1))
        add_row(form, translate("FollowupsScreen", "&Fin :"), self.module_ongoing,
                hbox(self.module_ongoing, self.module_end, 1))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.save_module_button))

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.rqth_label)
        layout.addWidget(self.modules_table)
        layout.addWidget(box)
        layout.addWidget(self.module_message)
        layout.addStretch(1)
        self.modules_table.selectionModel().selectionChanged.connect(
            lambda *_: self._on_module_selection())
        self.save_module_button.clicked.connect(self.save_module)

    def show_member(self, member: Any, followed: list[Any]) -> None:
        """The member's RQTH and the modules followed (``member`` None: nobody chosen)."""
        if member is None:
            self.rqth_label.setText("")
            self.modules_model.set_rows([])
            return
        rqth = getattr(member, "rqth", None)
        self.rqth_label.setText({
            "yes": translate("FollowupsScreen", "RQTH : oui."),
            "no": translate("FollowupsScreen",
                            "RQTH : non. L'emploi accompagné n'est pas possible sans RQTH."),
        }.get(rqth or "", translate("FollowupsScreen",
                                    "RQTH : pas renseignée dans la fiche du membre.")))
        by_module = {m.module: m for m in followed}
        self.modules_model.set_rows([
            ModuleRow(key, translate_core(label),
                      getattr(by_module.get(key), "started_on", None),
                      getattr(by_module.get(key), "ended_on", None))
            for key, label in MODULE_LABELS.items()])

    def _on_module_selection(self) -> None:
        row = selected_row(self.modules_table)
        if row is None:
            return
        module = self.modules_model.row_at(row)
        self.module_kind.setCurrentIndex(self.module_kind.findData(module.module))
        if module.started_on is not None:
            self.module_start.setDate(to_qdate(module.started_on))
        self.module_ongoing.setChecked(module.ended_on is None)
        if module.ended_on is not None:
            self.module_end.setDate(to_qdate(module.ended_on))

    def save_module(self) -> None:
        screen = self.followups_screen
        if screen.member_id is None:
            return
        ops = screen.ops
        outcome = ops.run(
            ops.club.paths.set_module, screen.member_id, self.module_kind.currentData(),
            from_qdate(self.module_start.date()),
            None if self.module_ongoing.isChecked() else from_qdate(self.module_end.date()))
        if not outcome.ok:
            set_message(self.module_message, str(outcome.error), problem=True)
            return
        set_message(self.module_message,
                    translate("FollowupsScreen", "Module « %1 » enregistré.")
                    .replace("%1", self.module_kind.currentText()))
