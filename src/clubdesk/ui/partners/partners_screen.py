"""« Partenaires »: the partner firms and organisations of the club.

On the left the list (filtered by category) and the form to create a partner; on the right
the chosen partner: its contacts, partnerships, exchanges with the club, and the members it
has hosted (staff only). « Archiver » takes a partner out of the lists and choices;
« Supprimer » is refused while a follow-up or a path step cites it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.partners import CATEGORY_LABELS, INTERACTION_LABELS
from clubdesk.model.topics import Topic
from clubdesk.ui import appearance
from clubdesk.ui.followups.followups_screen import (
    STYLE,
    access_refusal,
    add_row,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_date,
    make_form,
    make_hint,
    make_line,
    make_list,
    make_message,
    make_table,
    scrolled,
    selected_row,
    set_message,
)
from clubdesk.ui.followups.models import MemberResultsModel
from clubdesk.ui.members.member_form import from_qdate, to_qdate
from clubdesk.ui.operations import Operations
from clubdesk.ui.partners.models import (
    ContactsModel,
    HostedModel,
    InteractionsModel,
    PartnershipsModel,
    PartnersModel,
    category_hint,
    category_label,
    interaction_label,
)


class PartnersScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self._shown_partner_id: int | None = None
        self.setObjectName("partners_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast
        self.refusal = access_refusal(ops.club.actor)

        title = QLabel(self.tr("Partenaires"))
        title.setObjectName("screen_title")
        self.access_message = make_message("partners_access_message")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("partners_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._detail_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([390, 550])

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.access_message)
        layout.addWidget(splitter, 1)

        if self.refusal is not None:
            set_message(self.access_message, self.tr(
                "%1 Vous pouvez consulter les partenaires et leurs contacts.")
                .replace("%1", self.refusal), problem=True)
            for widget in (self.new_partner_button, self.new_partner_box, self.contact_box,
                           self.partnership_box, self.interaction_box):
                widget.setEnabled(False)
        ops.changed.connect(self._on_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _category_items(self) -> list[tuple[str, Any]]:
        return [(category_label(key), key) for key in CATEGORY_LABELS]

    def _add_category_hints(self, combo: Any) -> None:
        for index in range(combo.count()):
            hint = category_hint(combo.itemData(index))
            if hint:
                combo.setItemData(index, hint, Qt.ItemDataRole.ToolTipRole)

    def _list_side(self) -> QWidget:
        self.category_filter = make_combo(
            "partner_category_filter", self.tr("Catégorie de partenaires montrée"),
            [(self.tr("Toutes les catégories"), None), *self._category_items()])
        self._add_category_hints(self.category_filter)
        filter_label = QLabel(self.tr("&Catégorie :"))
        filter_label.setBuddy(self.category_filter)
        self.show_archived = make_check(self.tr("Montrer les archivés"), "show_archived")
        self.model = PartnersModel(self)
        self.table = make_table("partners_table", self.tr("Partenaires"), self.model,
                                weights={0: 3, 1: 3, 2: 2})
        self.count_label = make_hint(name="partners_count")
        self.new_partner_button = make_button(self.tr("Nouveau partenaire"),
                                              "new_partner_button",
                                              self.tr("Créer un nouveau partenaire"))

        self.partner_name = make_line("partner_name", self.tr("Nom du partenaire"), 200)
        self.partner_category = make_combo("partner_category",
                                           self.tr("Catégorie du partenaire"),
                                           self._category_items())
        self._add_category_hints(self.partner_category)
        self.category_hint = make_hint(name="partner_category_hint")
        self.partner_address = make_line("partner_address", self.tr("Adresse du partenaire"),
                                         300, self.tr("facultatif"))
        self.partner_city = make_line("partner_city", self.tr("Ville du partenaire"), 100,
                                      self.tr("facultatif"))
        self.add_partner_button = make_button(self.tr("Créer le partenaire"),
                                              "add_partner_button")
        self.cancel_partner_button = make_button(self.tr("Annuler"), "cancel_partner_button",
                                                 self.tr("Annuler la création du partenaire"))
        self.new_partner_message = make_message("new_partner_message")
        self.new_partner_box = QGroupBox(self.tr("Nouveau partenaire"))
        self.new_partner_box.setObjectName("new_partner_box")
        form = make_form()
        add_row(form, self.tr("&Nom :"), self.partner_name)
        add_row(form, self.tr("Ca&tégorie :"), self.partner_category)
        form.addRow("", self.category_hint)
        add_row(form, self.tr("&Adresse :"), self.partner_address)
        add_row(form, self.tr("&Ville :"), self.partner_city)
        box_layout = QVBoxLayout(self.new_partner_box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.cancel_partner_button, self.add_partner_button))
        box_layout.addWidget(self.new_partner_message)
        box_layout.addStretch(1)

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(hbox(filter_label, self.category_filter, 1))
        layout.addWidget(self.show_archived)
        layout.addWidget(self.table, 1)
        layout.addLayout(hbox(self.count_label, 1, self.new_partner_button))

        self.category_filter.currentIndexChanged.connect(lambda *_: self.refresh())
        self.show_archived.toggled.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.refresh_detail())
        self.partner_category.currentIndexChanged.connect(lambda *_: self._on_category())
        self.add_partner_button.clicked.connect(self.create_partner)
        self.new_partner_button.clicked.connect(self.new_partner)
        self.cancel_partner_button.clicked.connect(self.show_detail)
        self._on_category()
        return side

    def _detail_side(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setObjectName("partner_heading")
        self.heading.setWordWrap(True)
        self.details = make_hint(name="partner_details")
        self.archive_button = make_button(self.tr("Archiver"), "archive_partner_button")
        self.delete_button = make_button(self.tr("Supprimer"), "delete_partner_button",
                                         self.tr("Supprimer le partenaire"))
        self.partner_message = make_message("partner_message")
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("partner_tabs")
        self.detail_tabs.setAccessibleName(self.tr("Parties de la fiche du partenaire"))
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(scrolled(self._contacts_page()), self.tr("Contacts"))
        self.detail_tabs.addTab(scrolled(self._partnerships_page()), self.tr("Partenariats"))
        self.detail_tabs.addTab(scrolled(self._interactions_page()), self.tr("Échanges"))
        self.detail_tabs.addTab(self._hosted_page(), self.tr("Membres accueillis"))

        detail = QWidget()
        detail.setObjectName("partner_detail")
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addLayout(hbox(self.archive_button, self.delete_button, 1))
        layout.addWidget(self.partner_message)
        layout.addWidget(self.detail_tabs, 1)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_partner)

        self.stack = QStackedWidget()
        self.stack.setObjectName("partner_stack")
        self.stack.setContentsMargins(8, 0, 0, 0)
        self.stack.addWidget(detail)
        self.stack.addWidget(self.new_partner_box)
        return self.stack

    def new_partner(self) -> None:
        """Show the form to create a partner in place of the chosen partner."""
        set_message(self.new_partner_message, "")
        self.stack.setCurrentWidget(self.new_partner_box)
        self.partner_name.setFocus()

    def show_detail(self) -> None:
        self.stack.setCurrentIndex(0)

    def _contacts_page(self) -> QWidget:
        self.contacts_model = ContactsModel(self)
        self.contacts_table = make_table("contacts_table", self.tr("Contacts du partenaire"),
                                         self.contacts_model, fixed=(2,))
        self.contacts_table.setMinimumHeight(130)
        self.contact_name = make_line("contact_name", self.tr("Nom du contact"), 200)
        self.contact_role = make_line("contact_role", self.tr("Rôle du contact"), 200,
                                      self.tr("facultatif, par exemple : responsable RH"))
        self.contact_phone = make_line("contact_phone", self.tr("Téléphone du contact"), 40,
                                       self.tr("facultatif"))
        self.contact_email = make_line("contact_email", self.tr("E-mail du contact"), 200,
                                       self.tr("facultatif"))
        self.add_contact_button = make_button(self.tr("Ajouter le contact"),
                                              "add_contact_button")
        self.contact_message = make_message("contact_message")
        self.contact_box = QGroupBox(self.tr("Nouveau contact"))
        self.contact_box.setObjectName("contact_box")
        form = make_form()
        add_row(form, self.tr("N&om :"), self.contact_name)
        add_row(form, self.tr("&Rôle :"), self.contact_role)
        add_row(form, self.tr("Télé&phone :"), self.contact_phone)
        add_row(form, self.tr("&E-mail :"), self.contact_email)
        box_layout = QVBoxLayout(self.contact_box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.add_contact_button))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.contacts_table, 1)
        layout.addWidget(self.contact_box)
        layout.addWidget(self.contact_message)
        self.add_contact_button.clicked.connect(self.add_contact)
        return page

    def _partnerships_page(self) -> QWidget:
        today = self.today()
        self.partnerships_model = PartnershipsModel(self)
        self.partnerships_table = make_table("partnerships_table",
                                             self.tr("Partenariats du partenaire"),
                                             self.partnerships_model, fixed=(1, 2, 3))
        self.partnerships_table.setMinimumHeight(130)
        self.partnership_kind = make_line("partnership_kind", self.tr("Type de partenariat"),
                                          200, self.tr("par exemple : convention de stage"))
        self.partnership_start = make_date("partnership_start", self.tr("Début du partenariat"),
                                           today)
        self.partnership_ongoing = make_check(self.tr("en cours"), "partnership_ongoing",
                                              self.tr("Partenariat en cours, sans date de fin"))
        self.partnership_ongoing.setChecked(True)
        self.partnership_end = make_date("partnership_end", self.tr("Fin du partenariat"),
                                         today)
        self.partnership_end.setEnabled(False)
        self.partnership_ongoing.toggled.connect(
            lambda on: self.partnership_end.setEnabled(not on))
        self.partnership_signed = make_check(self.tr("signée le"),
                                             "partnership_signed",
                                             self.tr("La convention est signée"))
        self.partnership_signed_on = make_date("partnership_signed_on",
                                               self.tr("Date de signature de la convention"),
                                               today)
        self.partnership_signed_on.setEnabled(False)
        self.partnership_signed.toggled.connect(self.partnership_signed_on.setEnabled)
        self.add_partnership_button = make_button(self.tr("Ajouter le partenariat"),
                                                  "add_partnership_button")
        self.partnership_message = make_message("partnership_message")
        self.partnership_box = QGroupBox(self.tr("Nouveau partenariat"))
        self.partnership_box.setObjectName("partnership_box")
        form = make_form()
        add_row(form, self.tr("&Type :"), self.partnership_kind)
        add_row(form, self.tr("&Début :"), self.partnership_start,
                hbox(self.partnership_start, 1))
        add_row(form, self.tr("&Fin :"), self.partnership_ongoing,
                hbox(self.partnership_ongoing, self.partnership_end, 1))
        add_row(form, self.tr("&Convention :"), self.partnership_signed,
                hbox(self.partnership_signed, self.partnership_signed_on, 1))
        box_layout = QVBoxLayout(self.partnership_box)
        box_layout.addLayout(form)
        box_layout.addLayout(hbox(1, self.add_partnership_button))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.partnerships_table, 1)
        layout.addWidget(self.partnership_box)
        layout.addWidget(self.partnership_message)
        self.add_partnership_button.clicked.connect(self.add_partnership)
        return page

    def _interactions_page(self) -> QWidget:
        today = self.today()
        self.interactions_model = InteractionsModel(self)
        self.interactions_table = make_table("interactions_table",
                                             self.tr("Échanges avec le partenaire"),
                                             self.interactions_model, fixed=(0,),
                                             weights={1: 2, 2: 3})
        self.interactions_table.setMinimumHeight(130)
        self.interaction_date = make_date("interaction_date", self.tr("Date de l'échange"),
                                          today)
        self.interaction_kind = make_combo(
            "interaction_kind", self.tr("Type d'échange"),
            [(interaction_label(key), key) for key in INTERACTION_LABELS])
        self.interaction_note = make_line("interaction_note", self.tr("Note de l'échange"),
                                          1000, self.tr("facultatif"))
        self.interaction_search = make_line("interaction_member_search",
                                            self.tr("Chercher un membre concerné"), 100,
                                            self.tr("chercher par nom ou prénom"))
        self.interaction_results_model = MemberResultsModel(self)
        self.interaction_results = make_list("interaction_member_results",
                                             self.tr("Membres trouvés"),
                                             self.interaction_results_model)
        self.interaction_results.setFixedHeight(100)
        self.add_member_button = make_button(self.tr("Ajouter ce membre"),
                                             "add_interaction_member_button",
                                             self.tr("Ajouter le membre trouvé à l'échange"))
        self.chosen_model = MemberResultsModel(self)
        self.chosen_members = make_list("interaction_members",
                                        self.tr("Membres concernés par l'échange"),
                                        self.chosen_model)
        self.chosen_members.setFixedHeight(80)
        self.remove_member_button = make_button(self.tr("Retirer"),
                                                "remove_interaction_member_button",
                                                self.tr("Retirer le membre de l'échange"))
        self.add_interaction_button = make_button(self.tr("Noter l'échange"),
                                                  "add_interaction_button")
        self.interaction_message = make_message("interaction_message")

        self.interaction_box = QGroupBox(self.tr("Nouvel échange"))
        self.interaction_box.setObjectName("interaction_box")
        form = make_form()
        add_row(form, self.tr("&Date :"), self.interaction_date,
                hbox(self.interaction_date, 1))
        add_row(form, self.tr("&Type :"), self.interaction_kind)
        add_row(form, self.tr("&Note :"), self.interaction_note)
        search_label = QLabel(self.tr("&Membres concernés (facultatif) :"))
        search_label.setBuddy(self.interaction_search)
        search_label.setWordWrap(True)
        chosen_label = QLabel(self.tr("Membres choisis :"))
        chosen_label.setBuddy(self.chosen_members)
        box_layout = QVBoxLayout(self.interaction_box)
        box_layout.addLayout(form)
        box_layout.addSpacing(6)
        box_layout.addWidget(search_label)
        box_layout.addLayout(hbox(self.interaction_search, self.add_member_button))
        box_layout.addWidget(self.interaction_results)
        box_layout.addWidget(chosen_label)
        box_layout.addLayout(self._with_button(self.chosen_members, self.remove_member_button))
        box_layout.addLayout(hbox(1, self.add_interaction_button))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.interactions_table, 1)
        layout.addWidget(self.interaction_box)
        layout.addWidget(self.interaction_message)
        self.interaction_search.textChanged.connect(lambda *_: self.search_members())
        self.interaction_search.returnPressed.connect(self.add_found_member)
        self.interaction_results.activated.connect(lambda *_: self.add_found_member())
        self.add_member_button.clicked.connect(self.add_found_member)
        self.remove_member_button.clicked.connect(self.remove_chosen_member)
        self.add_interaction_button.clicked.connect(self.add_interaction)
        self.search_members()
        self._update_chosen()
        return page

    @staticmethod
    def _with_button(view: QWidget, button: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(view, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _hosted_page(self) -> QWidget:
        self.hosted_model = HostedModel(self)
        self.hosted_table = make_table("hosted_table", self.tr("Membres accueillis"),
                                       self.hosted_model)
        self.hosted_hint = make_hint(name="hosted_hint")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(make_hint(self.tr(
            "Les membres qui ont eu un emploi, un stage ou une autre étape de parcours chez "
            "ce partenaire, ou qui ont participé à un échange avec lui.")))
        layout.addWidget(self.hosted_hint)
        layout.addWidget(self.hosted_table, 1)
        layout.addStretch(0)
        self.hosted_layout = layout
        return page

    def _show_hosted_table(self, visible: bool) -> None:
        """The table when there are rows; otherwise the sentence stays at the top."""
        self.hosted_table.setVisible(visible)
        self.hosted_layout.setStretch(self.hosted_layout.count() - 1, 0 if visible else 1)

    # -- the list -------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {Topic.PARTNERS, Topic.FOLLOWUPS, Topic.PATHS, Topic.MEMBERS}:
            self.refresh()

    def _on_category(self) -> None:
        hint = category_hint(self.partner_category.currentData())
        self.category_hint.setText(self.tr("Par exemple : %1").replace("%1", hint)
                                   if hint else "")
        self.category_hint.setVisible(bool(hint))

    def refresh(self) -> None:
        selected = self.selected_partner()
        try:
            rows = self.ops.club.partners.list_partners(
                self.category_filter.currentData(),
                include_archived=self.show_archived.isChecked())
        except ClubdeskError as exc:
            set_message(self.access_message, str(exc), problem=True)
            rows = []
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if selected is not None:
            self.select_partner(selected.id)
        self.table.selectionModel().blockSignals(False)
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Aucun partenaire dans cette liste.") if count == 0
                                 else self.tr("%n partenaire(s).", "", count))
        self.refresh_detail()

    def selected_partner(self) -> Any:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def select_partner(self, partner_id: int) -> bool:
        row = self.model.find_row(lambda p: p.id == partner_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    # -- the chosen partner -----------------------------------------------------------------

    def refresh_detail(self) -> None:
        partner = self.selected_partner()
        chosen = partner is not None
        shown = partner.id if partner is not None else None
        if shown != self._shown_partner_id:
            self._shown_partner_id = shown
            for label in (self.partner_message, self.contact_message,
                          self.partnership_message, self.interaction_message):
                set_message(label, "")
        self.detail_tabs.setEnabled(chosen)
        staff = self.refusal is None
        self.archive_button.setEnabled(chosen and staff)
        self.delete_button.setEnabled(chosen and staff)
        if partner is None:
            self.heading.setText(self.tr("Choisissez un partenaire dans la liste."))
            appearance.set_sheet(self.heading, "")
            self.details.setText("")
            self.details.hide()
            for model in (self.contacts_model, self.partnerships_model,
                          self.interactions_model, self.hosted_model):
                model.set_rows([])
            self.hosted_hint.setText("")
            self.archive_button.setText(self.tr("Archiver"))
            return
        self.heading.setText(partner.name)
        appearance.set_sheet(self.heading, "font-size: 13pt; font-weight: 600;")
        where = ", ".join(part for part in (partner.address, partner.city) if part)
        details = category_label(partner.category)
        if where:
            details += f" — {where}"
        if partner.archived:
            details += " — " + self.tr("archivé : il n'est plus proposé dans les choix")
        self.details.setText(details)
        self.details.show()
        self.archive_button.setText(self.tr("Remettre dans la liste") if partner.archived
                                    else self.tr("Archiver"))
        self.archive_button.setAccessibleName(self.archive_button.text())
        partners = self.ops.club.partners
        self.contacts_model.set_rows(self._read(partners.contacts, partner.id))
        self.partnerships_model.set_rows(self._read(partners.partnerships, partner.id))
        self.interactions_model.set_rows(self._read(partners.interactions, partner.id))
        self.interactions_table.resizeRowsToContents()
        try:
            hosted = partners.hosted_members(partner.id)
        except ClubdeskError as exc:
            self.hosted_model.set_rows([])
            self._show_hosted_table(False)
            self.hosted_hint.setText(str(exc))
        else:
            self.hosted_model.set_rows(hosted)
            self._show_hosted_table(bool(hosted))
            self.hosted_hint.setText("" if hosted else self.tr("Aucun membre pour l'instant."))
        self.hosted_hint.setVisible(bool(self.hosted_hint.text()))

    def _read(self, call: Any, *args: Any) -> list[Any]:
        try:
            return list(call(*args))
        except ClubdeskError as exc:
            set_message(self.partner_message, str(exc), problem=True)
            return []

    def _partner_or_say(self, label: QLabel) -> Any:
        partner = self.selected_partner()
        if partner is None:
            set_message(label, self.tr("Choisissez d'abord un partenaire dans la liste."),
                        problem=True)
        return partner

    # -- changes ----------------------------------------------------------------------------

    def create_partner(self) -> None:
        outcome = self.ops.run(self.ops.club.partners.create, self.partner_name.text(),
                               self.partner_category.currentData(),
                               address=self.partner_address.text(),
                               city=self.partner_city.text())
        if not outcome.ok:
            set_message(self.new_partner_message, str(outcome.error), problem=True)
            return
        partner = outcome.value
        for line in (self.partner_name, self.partner_address, self.partner_city):
            line.clear()
        self.show_detail()
        assert partner.id is not None  # stored
        if not self.select_partner(partner.id):
            # Not shown with this filter: show every category so that it can be seen.
            self.category_filter.setCurrentIndex(0)
            self.select_partner(partner.id)
        set_message(self.partner_message,
                    self.tr("« %1 » est créé.").replace("%1", partner.name))

    def toggle_archived(self) -> None:
        partner = self._partner_or_say(self.partner_message)
        if partner is None:
            return
        archive = not partner.archived
        if archive and not self.show_archived.isChecked():
            message = self.tr("« %1 » est archivé. Cochez « Montrer les archivés » pour le "
                              "revoir.")
        elif archive:
            message = self.tr("« %1 » est archivé.")
        else:
            message = self.tr("« %1 » est de nouveau dans la liste.")
        outcome = self.ops.run(self.ops.club.partners.set_archived, partner.id, archive)
        if not outcome.ok:
            set_message(self.partner_message, str(outcome.error), problem=True)
            return
        set_message(self.partner_message, message.replace("%1", partner.name))

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Supprimer un partenaire"),
            self.tr("Supprimer « %1 », ses contacts, partenariats et échanges ?\n"
                    "Pour le garder dans l'historique, archivez-le plutôt.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_partner(self) -> None:
        partner = self._partner_or_say(self.partner_message)
        if partner is None or not self.confirm_delete(partner.name):
            return
        outcome = self.ops.run(self.ops.club.partners.delete, partner.id)
        if not outcome.ok:
            set_message(self.partner_message, str(outcome.error), problem=True)
            return
        set_message(self.partner_message,
                    self.tr("« %1 » est supprimé.").replace("%1", partner.name))

    def add_contact(self) -> None:
        partner = self._partner_or_say(self.contact_message)
        if partner is None:
            return
        outcome = self.ops.run(self.ops.club.partners.add_contact, partner.id,
                               self.contact_name.text(), role=self.contact_role.text(),
                               phone=self.contact_phone.text(),
                               email=self.contact_email.text())
        if not outcome.ok:
            set_message(self.contact_message, str(outcome.error), problem=True)
            return
        for line in (self.contact_name, self.contact_role, self.contact_phone,
                     self.contact_email):
            line.clear()
        set_message(self.contact_message, self.tr("Contact ajouté."))

    def add_partnership(self) -> None:
        partner = self._partner_or_say(self.partnership_message)
        if partner is None:
            return
        signed = self.partnership_signed.isChecked()
        outcome = self.ops.run(
            self.ops.club.partners.add_partnership, partner.id, self.partnership_kind.text(),
            from_qdate(self.partnership_start.date()),
            None if self.partnership_ongoing.isChecked()
            else from_qdate(self.partnership_end.date()),
            agreement_signed=signed,
            agreement_signed_on=from_qdate(self.partnership_signed_on.date()) if signed else None)
        if not outcome.ok:
            set_message(self.partnership_message, str(outcome.error), problem=True)
            return
        self.partnership_kind.clear()
        self.partnership_ongoing.setChecked(True)
        self.partnership_signed.setChecked(False)
        set_message(self.partnership_message, self.tr("Partenariat ajouté."))

    # -- members of an exchange ---------------------------------------------------------------

    def search_members(self) -> None:
        text = self.interaction_search.text().strip()
        rows = []
        if text:
            try:
                rows = self.ops.club.members.search(text, limit=20)
            except ClubdeskError as exc:
                set_message(self.interaction_message, str(exc), problem=True)
        self.interaction_results_model.set_rows(rows)
        self.interaction_results.setVisible(bool(text))
        if rows:
            self.interaction_results.setCurrentIndex(
                self.interaction_results_model.index(0, 0))
        self.add_member_button.setEnabled(bool(rows))

    def add_found_member(self) -> None:
        index = self.interaction_results.currentIndex()
        if not index.isValid():
            return
        member = self.interaction_results_model.row_at(index.row())
        chosen = self.chosen_model.rows()
        if all(m.id != member.id for m in chosen):
            self.chosen_model.set_rows([*chosen, member])
        self.interaction_search.clear()
        self.interaction_search.setFocus()
        self._update_chosen()

    def remove_chosen_member(self) -> None:
        index = self.chosen_members.currentIndex()
        if not index.isValid():
            return
        rows = self.chosen_model.rows()
        del rows[index.row()]
        self.chosen_model.set_rows(rows)
        self._update_chosen()

    def _update_chosen(self) -> None:
        self.remove_member_button.setEnabled(self.chosen_model.rowCount() > 0)
        if self.chosen_model.rowCount() > 0:
            self.chosen_members.setCurrentIndex(self.chosen_model.index(0, 0))

    def add_interaction(self) -> None:
        partner = self._partner_or_say(self.interaction_message)
        if partner is None:
            return
        outcome = self.ops.run(
            self.ops.club.partners.add_interaction, partner.id,
            from_qdate(self.interaction_date.date()), self.interaction_kind.currentData(),
            note=self.interaction_note.text(),
            member_ids=tuple(m.id for m in self.chosen_model.rows()))
        if not outcome.ok:
            set_message(self.interaction_message, str(outcome.error), problem=True)
            return
        self.interaction_note.clear()
        self.chosen_model.set_rows([])
        self._update_chosen()
        self.interaction_date.setDate(to_qdate(self.today()))
        set_message(self.interaction_message, self.tr("Échange noté."))
