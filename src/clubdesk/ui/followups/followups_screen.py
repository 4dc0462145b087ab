"""« Suivis »: the follow-up sheet of one member, and the team's next steps.

Two tabs. « Fiche de suivi » (member_sheet.py): a member chosen on the left, and on the right
their history (presences, follow-ups, path steps), a form to note a follow-up, their
professional path and the emploi accompagné modules (history_page.py, followup_form.py,
path_page.py, modules_page.py). « Mes prochaines étapes » (next_steps_page.py): the next steps
due for the whole team or one staff member (« en retard » written in words), and that
person's caseload. Staff data only: the reception role sees the refusal sentence instead.

« Fait par » and « Mes prochaines étapes » start with the signed-in person: the staff member
their account is linked to (« Salariés »); for an account linked to nobody, the one staff
member not linked to an account whose name is exactly the account's name (folded), if there
is exactly one; otherwise they start empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from clubdesk.model import clock
from clubdesk.model.accounts.users import display_name_of
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.search_folding import fold
from clubdesk.model.staff import StaffRow
from clubdesk.model.topics import Topic
from clubdesk.ui.followups.member_sheet import MemberSheet
from clubdesk.ui.followups.next_steps_page import NextStepsPage
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import fill_combo
from clubdesk.ui.widgets.words import count_text

# The tabs of a member's sheet, by the names other screens ask for (member_requested).
SHEET_TABS = ("history", "new_followup", "path", "modules")


class FollowupsScreen(Screen):
    screen_name = "followups_screen"
    topics = frozenset({Topic.STAFF, Topic.PARTNERS, Topic.MEMBERS, Topic.FOLLOWUPS,
                        Topic.PATHS, Topic.ATTENDANCE})

    def __init__(self, ops: Operations, today: Callable[[], date] = clock.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Suivis"), message_name="followups_access_message",
                         parent=parent)
        self.ops: Operations = ops
        self.today = today
        self.member_id: int | None = None
        self.partner_names: dict[int, str] = {}
        self.own_staff_id: int | None = None  # the signed-in person, when a staff member
        self._choices_filled = False
        self.access_message = self.message  # a read the role may not make, said calmly
        self.outer.addWidget(self.message)
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(self.tr(
                "%1 Les suivis et les parcours des membres sont réservés à l'équipe.")
                .replace("%1", refusal))
            return

        self.sheet = MemberSheet(self)
        self.next_steps = NextStepsPage(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followups_tabs")
        self.tabs.setAccessibleName(self.tr("Parties de l'écran des suivis"))
        self.tabs.addTab(self.sheet, self.tr("Fiche de suivi"))
        # « Mes » once the account is known as a staff member (_fill_choices), else the team's
        self.tabs.addTab(self.next_steps, self.tr("Prochaines étapes de l'équipe"))
        self.outer.addWidget(self.tabs, 1)
        self._name_the_parts()
        self.refresh()

    def _name_the_parts(self) -> None:
        """The widgets of the parts, named on the screen too (tests and the window use them)."""
        sheet, history = self.sheet, self.sheet.history
        form, path, modules = sheet.followup_form, sheet.path, sheet.modules
        # choosing the member, and the sheet
        self.search, self.results, self.results_model = (
            sheet.search, sheet.results, sheet.results_model)
        self.results_hint, self.member_label, self.member_tabs = (
            sheet.results_hint, sheet.member_label, sheet.member_tabs)
        # « Historique »
        self.show_attendance, self.timeline, self.timeline_model = (
            history.show_attendance, history.timeline, history.timeline_model)
        self.timeline_count = history.timeline_count
        # « Nouveau suivi »
        self.followup_date, self.followup_staff = form.followup_date, form.followup_staff
        self.followup_kind, self.followup_note = form.followup_kind, form.followup_note
        self.followup_next, self.followup_has_due = form.followup_next, form.followup_has_due
        self.followup_due, self.followup_partner = form.followup_due, form.followup_partner
        self.followup_read, self.followup_message = form.followup_read, form.followup_message
        self.add_followup_button = form.add_followup_button
        # « Parcours »
        self.steps_model, self.steps_table = path.steps_model, path.steps_table
        self.steps_empty, self.step_message = path.steps_empty, path.step_message
        self.step_end_date, self.end_step_button = path.step_end_date, path.end_step_button
        self.cover_date, self.cover_who = path.cover_date, path.cover_who
        self.add_cover_button, self.covers_label = path.add_cover_button, path.covers_label
        self.step_kind, self.step_title = path.step_kind, path.step_title
        self.step_start, self.step_ongoing = path.step_start, path.step_ongoing
        self.step_end, self.step_partner = path.step_end, path.step_partner
        self.step_hours, self.step_category = path.step_hours, path.step_category
        self.step_contract, self.employment_hint = path.step_contract, path.employment_hint
        self.add_step_button = path.add_step_button
        # « Emploi accompagné »
        self.rqth_label, self.modules_model = modules.rqth_label, modules.modules_model
        self.modules_table, self.module_kind = modules.modules_table, modules.module_kind
        self.module_start, self.module_ongoing = modules.module_start, modules.module_ongoing
        self.module_end, self.save_module_button = modules.module_end, modules.save_module_button
        self.module_message = modules.module_message
        # « Mes prochaines étapes »
        due = self.next_steps
        self.due_staff, self.due_model = due.due_staff, due.due_model
        self.due_window = due.due_window
        self.due_table, self.due_explanation = due.due_table, due.due_explanation
        self.due_count, self.due_message = due.due_count, due.due_message
        self.mark_done_button, self.open_member_button = (due.mark_done_button,
                                                          due.open_member_button)
        self.caseload_box, self.caseload_model = due.caseload_box, due.caseload_model
        self.caseload_table, self.caseload_hint = due.caseload_table, due.caseload_hint
        self.staff_hint = due.staff_hint

    # -- refreshing -------------------------------------------------------------------------

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        if topics & {Topic.STAFF, Topic.PARTNERS}:
            self._fill_choices()
        if topics & {Topic.MEMBERS}:
            self.run_search()
        if topics & {Topic.FOLLOWUPS, Topic.PATHS, Topic.ATTENDANCE, Topic.MEMBERS,
                     Topic.PARTNERS}:
            self.refresh_member()
        if topics & {Topic.FOLLOWUPS, Topic.STAFF, Topic.MEMBERS}:
            self.refresh_due()

    def refresh(self) -> None:
        self._fill_choices()
        self.run_search()
        self.refresh_member()
        self.refresh_due()

    def read(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A read from a service; a refusal is shown calmly and gives None."""
        try:
            return call(*args, **kwargs)
        except ClubdeskError as exc:
            self.say(str(exc), problem=True)
            return None

    def _fill_choices(self) -> None:
        staff = self.read(self.ops.club.staff.list_staff, on=self.today()) or []
        people = [(s.display_name, s.id) for s in staff]
        fill_combo(self.followup_staff, [(self.tr("—"), None), *people])
        fill_combo(self.due_staff, [(self.tr("Toute l'équipe"), None), *people])
        if not self._choices_filled:  # only at the start: a choice made later stays
            self._choices_filled = True
            self.own_staff_id = self._signed_in_staff(staff)
            if self.own_staff_id is not None:
                for combo in (self.followup_staff, self.due_staff):
                    combo.setCurrentIndex(combo.findData(self.own_staff_id))
                self.tabs.setTabText(self.tabs.indexOf(self.next_steps),
                                     self.tr("Mes prochaines étapes"))
        partners = self.read(self.ops.club.partners.list_partners,
                             include_archived=True) or []
        self.partner_names = {p.id: p.name for p in partners}
        active = [(p.name, p.id) for p in partners if not p.archived]
        fill_combo(self.followup_partner, [(self.tr("—"), None), *active])
        fill_combo(self.step_partner, [(self.tr("—"), None), *active])
        self.steps_model.set_partner_names(self.partner_names)

    def _signed_in_staff(self, staff: Sequence[StaffRow]) -> int | None:
        """The staff member linked to the signed-in account; failing a link, the one staff
        member without an account whose name is the account's name."""
        user_id = self.ops.club.actor.user_id
        linked = [s.id for s in staff if user_id is not None and s.user_id == user_id]
        if linked:
            return linked[0]
        try:
            name = fold(display_name_of(self.ops.club.db, self.ops.club.actor))
        except ClubdeskError:
            return None
        found = [s.id for s in staff
                 if s.user_id is None and name and fold(s.display_name) == name]
        return found[0] if len(found) == 1 else None

    def run_search(self) -> None:
        self.sheet.run_search()

    def refresh_member(self) -> None:
        self.sheet.refresh_member()

    def refresh_due(self) -> None:
        self.next_steps.refresh_due()

    def lines_text(self, count: int) -> str:
        return count_text(count, self.tr("%1 ligne"), self.tr("%1 lignes"))

    # -- the member shown -------------------------------------------------------------------

    def show_member(self, member_id: int, tab: str = "") -> None:
        """Open the follow-up sheet of ``member_id``; at ``tab`` (one of :data:`SHEET_TABS`,
        from another screen through the window) or where it was ("")."""
        if member_id != self.member_id:
            self.member_id = member_id
            self.sheet.clear_messages()
        self.refresh_member()
        if tab:
            self.tabs.setCurrentIndex(0)
            self.member_tabs.setCurrentIndex(SHEET_TABS.index(tab))

    def open_member(self, member_id: int) -> None:
        """Show the member's sheet from its first tab (from « Mes prochaines étapes »)."""
        self.show_member(member_id)
        self.tabs.setCurrentIndex(0)
        self.member_tabs.setCurrentIndex(0)
