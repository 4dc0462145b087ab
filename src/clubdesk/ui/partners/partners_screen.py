"""« Partenaires »: the partner firms and organisations of the club.

On the left the list (filtered by category) and the form to create a partner; on the right
the chosen partner: its contacts, partnerships, exchanges with the club, and the members it
has hosted (staff only). « Archiver » takes a partner out of the lists and choices;
« Supprimer » is refused while a follow-up or a path step cites it. Each tab of the chosen
partner and the new partner's form live in their own module of this folder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.partners.contacts_page import ContactsPage
from clubdesk.ui.partners.hosted_page import HostedPage
from clubdesk.ui.partners.interactions_page import InteractionsPage
from clubdesk.ui.partners.models import PartnersModel, category_label
from clubdesk.ui.partners.partner_form import NewPartnerBox, add_category_hints, category_items
from clubdesk.ui.partners.partnerships_page import PartnershipsPage
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import (
    hbox,
    make_button,
    make_check,
    make_combo,
    make_heading,
    make_hint,
    make_message,
    make_table,
    restyle,
    scrolled,
    selected_row,
    set_message,
)
from clubdesk.ui.widgets.reflow import ReflowSplitter
from clubdesk.ui.widgets.words import count_text


class PartnersScreen(Screen):
    screen_name = "partners_screen"
    topics = frozenset({Topic.PARTNERS, Topic.FOLLOWUPS, Topic.PATHS, Topic.MEMBERS})

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(ops, self.tr("Partenaires"), message_name="partners_access_message",
                         parent=parent)
        self.ops: Operations = ops
        self.today = today
        self._shown_partner_id: int | None = None
        # The reception reads the partners and their contacts, and changes nothing.
        self.read_only_reason = access_refusal(ops.club.actor)
        self.access_message = self.message

        splitter = ReflowSplitter()  # the detail under the list when the window is narrow
        splitter.setObjectName("partners_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._detail_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([390, 550])

        self.outer.addWidget(self.message)
        self.outer.addWidget(splitter, 1)

        if self.read_only_reason is not None:
            self.say(self.tr("%1 Vous pouvez consulter les partenaires et leurs contacts.")
                     .replace("%1", self.read_only_reason), problem=True)
            for widget in (self.new_partner_button, self.new_partner_box, self.contact_box,
                           self.partnership_box, self.interaction_box):
                widget.setEnabled(False)
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _list_side(self) -> QWidget:
        self.category_filter = make_combo(
            "partner_category_filter", self.tr("Catégorie de partenaires montrée"),
            [(self.tr("Toutes les catégories"), None), *category_items()])
        add_category_hints(self.category_filter)
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
        self.new_partner_box = box = NewPartnerBox(self)
        self.partner_name, self.partner_category = box.partner_name, box.partner_category
        self.partner_address, self.partner_city = box.partner_address, box.partner_city
        self.category_hint, self.new_partner_message = box.category_hint, box.new_partner_message
        self.add_partner_button = box.add_partner_button
        self.cancel_partner_button = box.cancel_partner_button

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
        self.new_partner_button.clicked.connect(self.new_partner)
        return side

    def _detail_side(self) -> QWidget:
        self.heading = make_heading("", "partner_heading")
        self.details = make_hint(name="partner_details")
        self.archive_button = make_button(self.tr("Archiver"), "archive_partner_button")
        self.delete_button = make_button(self.tr("Supprimer"), "delete_partner_button",
                                         self.tr("Supprimer le partenaire"))
        self.partner_message = make_message("partner_message")
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("partner_tabs")
        self.detail_tabs.setAccessibleName(self.tr("Parties de la fiche du partenaire"))
        self.detail_tabs.setDocumentMode(True)
        # Each tab holds its widgets; the screen names them too (tests and refresh use them).
        self.contacts_page = contacts = ContactsPage(self)
        self.contacts_model, self.contacts_table = contacts.contacts_model, contacts.contacts_table
        self.contact_name, self.contact_role = contacts.contact_name, contacts.contact_role
        self.contact_phone, self.contact_email = contacts.contact_phone, contacts.contact_email
        self.contact_box, self.contact_message = contacts.contact_box, contacts.contact_message
        self.add_contact_button = contacts.add_contact_button

        self.partnerships_page = deals = PartnershipsPage(self)
        self.partnerships_model = deals.partnerships_model
        self.partnerships_table = deals.partnerships_table
        self.partnership_kind = deals.partnership_kind
        self.partnership_start = deals.partnership_start
        self.partnership_end = deals.partnership_end
        self.partnership_ongoing = deals.partnership_ongoing
        self.partnership_signed = deals.partnership_signed
        self.partnership_signed_on = deals.partnership_signed_on
        self.partnership_box = deals.partnership_box
        self.partnership_message = deals.partnership_message
        self.add_partnership_button = deals.add_partnership_button

        self.interactions_page = talks = InteractionsPage(self)
        self.interactions_model = talks.interactions_model
        self.interactions_table = talks.interactions_table
        self.interaction_date = talks.interaction_date
        self.interaction_kind = talks.interaction_kind
        self.interaction_note = talks.interaction_note
        self.interaction_search = talks.interaction_search
        self.interaction_results = talks.interaction_results
        self.interaction_results_model = talks.interaction_results_model
        self.chosen_members, self.chosen_model = talks.chosen_members, talks.chosen_model
        self.add_member_button = talks.add_member_button
        self.remove_member_button = talks.remove_member_button
        self.add_interaction_button = talks.add_interaction_button
        self.interaction_box = talks.interaction_box
        self.interaction_message = talks.interaction_message

        self.hosted_page = hosted = HostedPage()
        self.hosted_model, self.hosted_table = hosted.hosted_model, hosted.hosted_table
        self.hosted_hint = hosted.hosted_hint

        self.detail_tabs.addTab(scrolled(contacts), self.tr("Contacts"))
        self.detail_tabs.addTab(scrolled(deals), self.tr("Partenariats"))
        self.detail_tabs.addTab(scrolled(talks), self.tr("Échanges"))
        self.detail_tabs.addTab(hosted, self.tr("Membres accueillis"))

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
        self.stack.setCurrentWidget(self.new_partner_box)
        self.new_partner_box.start()

    def show_detail(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_created(self, partner: Any) -> None:
        """Back to the chosen partner, the new one, shown even if the filter hid it."""
        self.show_detail()
        assert partner.id is not None  # stored
        if not self.select_partner(partner.id):
            # Not shown with this filter: show every category so that it can be seen.
            self.category_filter.setCurrentIndex(0)
            self.select_partner(partner.id)
        set_message(self.partner_message,
                    self.tr("« %1 » est créé.").replace("%1", partner.name))

    # -- the list -------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_partner()
        try:
            rows = self.ops.club.partners.list_partners(
                self.category_filter.currentData(),
                include_archived=self.show_archived.isChecked())
        except ClubdeskError as exc:
            self.say(str(exc), problem=True)
            rows = []
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if selected is not None:
            self.select_partner(selected.id)
        self.table.selectionModel().blockSignals(False)
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Aucun partenaire dans cette liste.") if count == 0
                                 else count_text(count, self.tr("%1 partenaire."),
                                                 self.tr("%1 partenaires.")))
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
        staff = self.read_only_reason is None
        self.archive_button.setEnabled(chosen and staff)
        self.delete_button.setEnabled(chosen and staff)
        if partner is None:
            self._show_heading(self.tr("Choisissez un partenaire dans la liste."),
                               heading=False)
            self.details.setText("")
            self.details.hide()
            for model in (self.contacts_model, self.partnerships_model,
                          self.interactions_model, self.hosted_model):
                model.set_rows([])
            self.hosted_hint.setText("")
            self.archive_button.setText(self.tr("Archiver"))
            return
        self._show_heading(partner.name, heading=True)
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
        self.hosted_page.show_partner(partners, partner.id)

    def _show_heading(self, text: str, *, heading: bool) -> None:
        """The chosen partner's name as a heading; the invitation to choose one, plainer."""
        self.heading.setProperty("heading", heading)
        restyle(self.heading)
        self.heading.setText(text)

    def _read(self, call: Any, *args: Any) -> list[Any]:
        try:
            return list(call(*args))
        except ClubdeskError as exc:
            set_message(self.partner_message, str(exc), problem=True)
            return []

    def partner_or_say(self, label: QLabel) -> Any:
        partner = self.selected_partner()
        if partner is None:
            set_message(label, self.tr("Choisissez d'abord un partenaire dans la liste."),
                        problem=True)
        return partner

    # -- changes ----------------------------------------------------------------------------

    def toggle_archived(self) -> None:
        partner = self.partner_or_say(self.partner_message)
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
        partner = self.partner_or_say(self.partner_message)
        if partner is None or not self.confirm_delete(partner.name):
            return
        outcome = self.ops.run(self.ops.club.partners.delete, partner.id)
        if not outcome.ok:
            set_message(self.partner_message, str(outcome.error), problem=True)
            return
        set_message(self.partner_message,
                    self.tr("« %1 » est supprimé.").replace("%1", partner.name))

