"""« Commandes et production »: the orders of client partners (most urgent first, late ones
marked) with the form of the chosen one; the production sessions of a month with who
worked and how long, a form to add one; and the month's hours per person.

Staff only (équipe, direction): who worked when is staff data, like a follow-up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.production import (
    NOTES_MAX,
    OPEN_STATUSES,
    QUANTITY_MAX,
    WHAT_MAX,
    WORKSHOP_MAX,
    OrderRow,
    hours_text,
)
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.production.models import (
    HoursModel,
    OrdersModel,
    SessionsModel,
    Worker,
    WorkersModel,
    status_text,
)
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import (
    add_row,
    fill_combo,
    from_qdate,
    hbox,
    make_button,
    make_combo,
    make_date,
    make_decimal,
    make_form,
    make_heading,
    make_line,
    make_spin,
    make_table,
    scrolled,
    selected_row,
    to_qdate,
)
from clubdesk.ui.widgets.words import count_text

# the months of the sessions' list (marked for lupdate in this screen's context)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("ProductionScreen", "janvier"),
    QT_TRANSLATE_NOOP("ProductionScreen", "février"),
    QT_TRANSLATE_NOOP("ProductionScreen", "mars"),
    QT_TRANSLATE_NOOP("ProductionScreen", "avril"),
    QT_TRANSLATE_NOOP("ProductionScreen", "mai"),
    QT_TRANSLATE_NOOP("ProductionScreen", "juin"),
    QT_TRANSLATE_NOOP("ProductionScreen", "juillet"),
    QT_TRANSLATE_NOOP("ProductionScreen", "août"),
    QT_TRANSLATE_NOOP("ProductionScreen", "septembre"),
    QT_TRANSLATE_NOOP("ProductionScreen", "octobre"),
    QT_TRANSLATE_NOOP("ProductionScreen", "novembre"),
    QT_TRANSLATE_NOOP("ProductionScreen", "décembre"),
)


class ProductionScreen(Screen):
    screen_name = "production_screen"
    topics = frozenset({Topic.PARTNERS, Topic.FOLLOWUPS, Topic.MEMBERS, Topic.STRUCTURE})
    ops: Operations

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Commandes et production"), intro=self.tr(
            "Les commandes des clients, les séances de production des ateliers avec qui a "
            "travaillé et combien d'heures, et les heures du mois par personne."),
            message_name="production_message", parent=parent)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal)
            return
        today = clock.today()
        self.editing_id: int | None = None
        self.workers: list[Worker] = []

        # -- orders -----------------------------------------------------------------------
        self.orders_model = OrdersModel(self)
        self.orders_table = make_table("orders_table", self.tr("Commandes"), self.orders_model,
                                       fixed=(0, 3), weights={1: 2, 2: 3, 4: 2})
        self.orders_table.setMinimumHeight(160)
        self.orders_count = QLabel()
        self.orders_count.setObjectName("orders_count")
        self.orders_count.setWordWrap(True)
        self.new_order_button = make_button(self.tr("Nouvelle commande"), "new_order_button",
                                            self.tr("Vider le formulaire pour une nouvelle "
                                                    "commande"))
        self.client_combo = make_combo("order_client", self.tr("Client"))
        self.what_edit = make_line("order_what", self.tr("Ce qui est commandé"), WHAT_MAX,
                                   self.tr("Buffet pour 40 personnes, cartes de visite…"))
        self.quantity_spin = make_spin("order_quantity", self.tr("Quantité (0 : non dite)"),
                                       0, QUANTITY_MAX)
        self.received_edit = make_date("order_received", self.tr("Reçue le"), today)
        self.due_edit = make_date("order_due", self.tr("À livrer le"), today)
        self.status_combo = make_combo("order_status", self.tr("État de la commande"), [
            (status_text(code), code) for code in ("todo", "in_progress", "delivered",
                                                   "cancelled")])
        self.notes_edit = make_line("order_notes", self.tr("Notes sur la commande"), NOTES_MAX)
        self.save_order_button = make_button(self.tr("Enregistrer la commande"),
                                             "save_order_button",
                                             self.tr("Enregistrer la commande"))
        order_form = make_form()
        add_row(order_form, self.tr("C&lient :"), self.client_combo)
        add_row(order_form, self.tr("&Commande :"), self.what_edit)
        add_row(order_form, self.tr("&Quantité :"), self.quantity_spin)
        add_row(order_form, self.tr("&Reçue le :"), self.received_edit)
        add_row(order_form, self.tr("À li&vrer le :"), self.due_edit)
        add_row(order_form, self.tr("É&tat :"), self.status_combo)
        add_row(order_form, self.tr("N&otes :"), self.notes_edit)

        # -- the month's sessions -----------------------------------------------------------
        self.year_spin = make_spin("production_year", self.tr("Année"), 1900, 2100,
                                   value=today.year)
        self.month_combo = make_combo("production_month", self.tr("Mois"), [
            (self.tr(str(name)), n) for n, name in enumerate(MONTH_NAMES, 1)])
        self.month_combo.setCurrentIndex(today.month - 1)
        month_label = QLabel(self.tr("&Mois :"))
        month_label.setBuddy(self.month_combo)
        self.sessions_model = SessionsModel(self)
        self.sessions_table = make_table("production_sessions_table",
                                         self.tr("Séances de production du mois"),
                                         self.sessions_model, fixed=(0,),
                                         weights={1: 2, 2: 2, 3: 4})
        self.sessions_table.setMinimumHeight(160)
        self.session_date = make_date("session_date", self.tr("Date de la séance"), today,
                                      latest=today)
        self.workshop_combo = make_combo("session_workshop", self.tr("Atelier"))
        self.workshop_combo.setEditable(True)
        line = self.workshop_combo.lineEdit()
        if line is not None:
            line.setMaxLength(WORKSHOP_MAX)
        self.order_combo = make_combo("session_order", self.tr("Pour la commande"))
        self.person_combo = make_combo("session_person", self.tr("Personne"))
        self.hours_spin = make_decimal("session_hours", self.tr("Heures travaillées"), 0, 10,
                                       step=0.25, suffix=" h")
        self.add_worker_button = make_button(self.tr("Ajouter"), "add_worker_button",
                                             self.tr("Ajouter la personne et ses heures"))
        self.workers_model = WorkersModel(self)
        self.workers_table = make_table("session_workers", self.tr("Qui a travaillé"),
                                        self.workers_model, fixed=(1,), weights={0: 3})
        self.workers_table.setMinimumHeight(110)
        self.remove_worker_button = make_button(self.tr("Retirer"), "remove_worker_button",
                                                self.tr("Retirer la personne choisie"))
        self.save_session_button = make_button(self.tr("Enregistrer la séance"),
                                               "save_session_button",
                                               self.tr("Enregistrer la séance de production"))
        session_form = make_form()
        add_row(session_form, self.tr("&Date :"), self.session_date)
        add_row(session_form, self.tr("&Atelier :"), self.workshop_combo)
        add_row(session_form, self.tr("Pour la comma&nde :"), self.order_combo)
        add_row(session_form, self.tr("&Personne :"), self.person_combo)
        add_row(session_form, self.tr("&Heures :"), self.hours_spin)

        # -- the month's hours --------------------------------------------------------------
        self.hours_model = HoursModel(self)
        self.hours_table = make_table("production_hours_table",
                                      self.tr("Heures du mois par personne"),
                                      self.hours_model, fixed=(1,), weights={0: 3})
        self.hours_table.setMinimumHeight(120)
        self.hours_total = QLabel()
        self.hours_total.setObjectName("production_hours_total")
        self.hours_total.setWordWrap(True)

        # -- placing: one column, scrolled (fits 1366 × 768 up to 200 % text) -------------
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(make_heading(self.tr("Commandes"), "orders_heading"))
        column.addLayout(hbox(self.new_order_button, 1))
        column.addWidget(self.orders_table)
        column.addWidget(self.orders_count)
        column.addLayout(order_form)
        column.addLayout(hbox(self.save_order_button, 1))
        column.addWidget(make_heading(self.tr("Séances de production"),
                                      "production_sessions_heading"))
        column.addLayout(hbox(month_label, self.month_combo, self.year_spin, 1))
        column.addWidget(self.sessions_table)
        column.addLayout(session_form)
        column.addLayout(hbox(self.add_worker_button, 1))
        column.addWidget(self.workers_table)
        column.addLayout(hbox(self.remove_worker_button, self.save_session_button, 1))
        column.addWidget(make_heading(self.tr("Heures du mois par personne"),
                                      "production_hours_heading"))
        column.addWidget(self.hours_table)
        column.addWidget(self.hours_total)
        column.addWidget(self.message)
        column.addStretch(1)
        self.outer.addWidget(scrolled(body), 1)

        # -- behaviour ------------------------------------------------------------------
        self.orders_table.selectionModel().selectionChanged.connect(
            lambda *_: self._on_order())
        self.new_order_button.clicked.connect(self.new_order)
        self.save_order_button.clicked.connect(self.save_order)
        self.year_spin.valueChanged.connect(lambda _v: self.refresh_month())
        self.month_combo.currentIndexChanged.connect(lambda _i: self.refresh_month())
        self.add_worker_button.clicked.connect(self.add_worker)
        self.remove_worker_button.clicked.connect(self.remove_worker)
        self.save_session_button.clicked.connect(self.save_session)
        self.new_order()
        self.refresh()

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.refusal is not None:
            return
        service = self.ops.club.production
        outcome = self.ops.run(service.orders)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        # the orders still to deliver first (the most urgent on top), then the others
        orders: list[OrderRow] = sorted(outcome.value, key=lambda o: (
            o.status not in OPEN_STATUSES, o.due_on))
        self.orders_model.set_rows(orders)
        late = sum(1 for o in orders if o.late)
        waiting = sum(1 for o in orders if o.status in OPEN_STATUSES)
        self.orders_count.setText(
            count_text(waiting, self.tr("%1 commande à livrer, dont %2 en retard."),
                       self.tr("%1 commandes à livrer, dont %2 en retard."))
            .replace("%2", str(late)))
        clients = self.ops.run(service.clients)
        fill_combo(self.client_combo, [(p.name, p.id) for p in
                                       (clients.value if clients.ok else [])])
        fill_combo(self.order_combo, [(self.tr("— aucune —"), None)] + [
            (self.tr("%1 (%2)").replace("%1", o.what).replace("%2", o.client), o.id)
            for o in orders if o.status in OPEN_STATUSES])
        workshops = self.ops.run(service.workshops)
        typed = self.workshop_combo.currentText()
        fill_combo(self.workshop_combo, [(w, w) for w in
                                         (workshops.value if workshops.ok else [])])
        if typed:
            self.workshop_combo.setEditText(typed)
        people = self.ops.run(self.ops.club.members.list_members, "current")
        fill_combo(self.person_combo, [(p.display_name, p.id) for p in
                                       (people.value if people.ok else [])])
        if self.editing_id is not None:
            row = self.orders_model.find_row(lambda r: r.id == self.editing_id)
            if row >= 0:
                self.orders_table.selectRow(row)
        self.refresh_month()

    def refresh_month(self) -> None:
        service = self.ops.club.production
        year, month = self.year_spin.value(), int(self.month_combo.currentData() or 1)
        sessions = self.ops.run(service.sessions, year, month)
        self.sessions_model.set_rows(sessions.value if sessions.ok else [])
        hours = self.ops.run(service.hours_by_person, year, month)
        rows = hours.value if hours.ok else []
        self.hours_model.set_rows(rows)
        self.hours_total.setText(
            count_text(len(rows), self.tr("%1 personne, %2 h en tout."),
                       self.tr("%1 personnes, %2 h en tout."))
            .replace("%2", hours_text(sum(r.minutes for r in rows))))

    def _on_order(self) -> None:
        row = selected_row(self.orders_table)
        if row is None:
            return
        order = self.orders_model.row_at(row)
        self.editing_id = order.id
        self.client_combo.setCurrentIndex(max(0, self.client_combo.findData(order.client_id)))
        self.what_edit.setText(order.what)
        self.quantity_spin.setValue(order.quantity or 0)
        self.received_edit.setDate(to_qdate(order.received_on))
        self.due_edit.setDate(to_qdate(order.due_on))
        self.status_combo.setCurrentIndex(self.status_combo.findData(order.status))
        self.notes_edit.setText(order.notes)

    # -- orders ---------------------------------------------------------------------------

    def new_order(self) -> None:
        self.editing_id = None
        self.orders_table.clearSelection()
        self.what_edit.clear()
        self.quantity_spin.setValue(0)
        self.received_edit.setDate(to_qdate(clock.today()))
        self.due_edit.setDate(to_qdate(clock.today()))
        self.status_combo.setCurrentIndex(0)
        self.notes_edit.clear()

    def save_order(self) -> None:
        client = self.client_combo.currentData()
        if client is None:
            self.say(self.tr("Aucun client : ajoutez d'abord un partenaire de catégorie "
                             "« client »."), problem=True)
            return
        received: date = from_qdate(self.received_edit.date())
        due: date = from_qdate(self.due_edit.date())
        fields: dict[str, Any] = {"quantity": self.quantity_spin.value() or None,
                                  "status": self.status_combo.currentData(),
                                  "notes": self.notes_edit.text()}
        service = self.ops.club.production
        if self.editing_id is None:
            outcome = self.ops.run(service.add_order, client, self.what_edit.text(), due,
                                   received_on=received, **fields)
        else:
            outcome = self.ops.run(service.update_order, self.editing_id, client,
                                   self.what_edit.text(), received, due, **fields)
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.editing_id = outcome.value.id
        self.refresh()
        self.say(self.tr("Commande enregistrée."), good=True)

    # -- sessions -------------------------------------------------------------------------

    def add_worker(self) -> None:
        member = self.person_combo.currentData()
        hours = self.hours_spin.value()
        if member is None:
            self.say(self.tr("Choisissez d'abord une personne."), problem=True)
            return
        if any(w.id == member for w in self.workers):
            self.say(self.tr("%1 est déjà dans la séance.")
                     .replace("%1", self.person_combo.currentText()), problem=True)
            return
        text = f"{hours:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        self.workers.append(Worker(member, self.person_combo.currentText(), text))
        self.workers_model.set_rows(self.workers)
        self.say("")

    def remove_worker(self) -> None:
        row = selected_row(self.workers_table)
        if row is None:
            self.say(self.tr("Choisissez d'abord une personne de la séance."), problem=True)
            return
        del self.workers[row]
        self.workers_model.set_rows(self.workers)

    def save_session(self) -> None:
        held_on: date = from_qdate(self.session_date.date())
        outcome = self.ops.run(self.ops.club.production.add_session, held_on,
                               self.workshop_combo.currentText(),
                               [(w.id, w.hours) for w in self.workers],
                               order_id=self.order_combo.currentData())
        if outcome.error is not None:
            self.say(str(outcome.error), problem=True)
            return
        self.workers = []
        self.workers_model.set_rows(self.workers)
        self.month_combo.blockSignals(True)
        self.month_combo.setCurrentIndex(held_on.month - 1)
        self.month_combo.blockSignals(False)
        if self.year_spin.value() != held_on.year:
            self.year_spin.setValue(held_on.year)  # refreshes the month
        self.refresh()
        self.say(self.tr("Séance de production enregistrée."), good=True)
