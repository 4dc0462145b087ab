"""The member record ("fiche"): create or edit a person, their membership and their profile.

Identity and profile are written when the user clicks « Enregistrer ». Membership history is
different: « Adhérer » and « Quitter le club » act at once (on an existing record) because a
period is a fact of the club's history, never edited or deleted from here. On a new record,
« Adhérer » is kept aside and written together with the record.

The pages live in sibling modules: member_pages (identity, other information),
membership_page (charter and periods), profile_pages (skills, wishes, availability) and
duplicates_panel (possible doubles of a new record).

For the staff, a stored record has « Voir ses suivis » and « Voir son parcours »: the record
closes and asks (``follow_member``) for the « Suivis » screen on that person; the members
screen passes the request to the window (screens never import each other).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES
from clubdesk.model.member_profile import Profile
from clubdesk.model.members import SENSITIVE_FIELDS, MemberRow
from clubdesk.model.search_folding import fold
from clubdesk.model.tables import MembershipPeriod
from clubdesk.model.topics import Topic
from clubdesk.ui.members.duplicates_panel import DuplicatesPanel
from clubdesk.ui.members.member_pages import IdentityPage, OtherInfoPage
from clubdesk.ui.members.membership_page import MembershipPage
from clubdesk.ui.members.profile_pages import AvailabilityPage, SkillsPage, WishesPage
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import hbox, make_button, make_message, scrolled, set_message
from clubdesk.ui.widgets.people_words import capitalised, other_words
from clubdesk.ui.widgets.reflow import ReflowRow

OTHER_PAGE = 2  # « Autres informations »: RQTH, referent partner, other peer places
# The service's field names whose widget has another name.
FIELD_WIDGETS = {"signed_on": "charter_date", "joined_on": "membership_date",
                 "left_on": "membership_date", "skills": "skills_table"}


class MemberForm(QDialog):
    """Create a person (``member_id`` None) or edit one."""

    saved = Signal(int)  # the member id, once everything is written
    follow_member = Signal(int, str)  # (member id, "history" | "path"): open « Suivis »

    def __init__(
        self,
        ops: Operations,
        member_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = clock.today,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.member_id: int | None = None
        self.loaded_version: int | None = None  # the record's version on screen (stale saves)
        self.pending_join: date | None = None  # "Adhérer" on a record not yet created
        self._confirmed_key: tuple[str, ...] | None = None  # duplicates seen, create anyway
        self.pending_signature: date | None = None  # « Signer la charte » before the record
        self._hidden_likes: set[int] = set()  # wishes on archived tasks: kept as they are
        self._hidden_avoids: set[int] = set()
        self._hidden_availability: set[tuple[int, str]] = set()
        self._loaded_state: tuple[dict[str, Any], Profile] | None = None  # unsaved changes
        self.setObjectName("member_form")
        self.setMinimumSize(760, 600)
        self.resize(860, 660)  # then as big as its content, within the screen (showEvent)

        self.title = QLabel()
        self.title.setObjectName("screen_title")
        self.title.setWordWrap(True)

        self.identity = IdentityPage()
        self.membership = MembershipPage(today())
        self.other = OtherInfoPage()
        self.skills_page = SkillsPage()
        self.wishes = WishesPage(ops.club.tasks.list_tasks())
        self.available = AvailabilityPage()
        self._expose_fields()

        # The parts of the record, listed on the left (easier to read than a row of tabs).
        self.sections = QListWidget()
        self.sections.setObjectName("member_sections")
        self.sections.setAccessibleName(self.tr("Parties de la fiche"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("member_pages")
        for title, page in (
            (self.tr("Identité et contact"), self.identity),
            (self.tr("Charte et adhésion"), self.membership),
            (self.tr("Autres informations"), self.other),
            (self.tr("Compétences"), self.skills_page),
            (self.tr("Envies"), self.wishes),
            (self.tr("Disponibilités"), self.available),
        ):
            self.sections.addItem(title)
            self.pages.addWidget(page)
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 40)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        # Reception keeps names and contact: the sensitive page is neither shown nor sent.
        self.sensitive_shown = ops.club.actor.role in STAFF_ROLES
        if self.sensitive_shown:
            self.other.offer_partners(ops)
        other_item = self.sections.item(OTHER_PAGE)
        if other_item is not None:
            other_item.setHidden(not self.sensitive_shown)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.sections)
        # large text: the page scrolls inside the record instead of growing past the screen
        pages_scroll = scrolled(self.pages)
        pages_scroll.setObjectName("member_pages_scroll")
        body.addWidget(pages_scroll, 1)

        self.error_label = make_message("form_error")
        self.error_label.setAccessibleName(self.tr("Message"))

        self.duplicates_panel = DuplicatesPanel()
        self.duplicates_list = self.duplicates_panel.duplicates_list
        self.open_duplicate_button = self.duplicates_panel.open_duplicate_button
        self.duplicates_panel.hide()

        self.save_button = make_button("", "save_member_button")
        self.save_button.setDefault(True)
        self.close_button = make_button(self.tr("Fermer sans enregistrer"),
                                        "close_member_button",
                                        self.tr("Fermer la fiche sans enregistrer"))

        # the member's follow-ups and path, on « Suivis »: staff only, a stored record only
        self.see_followups_button = make_button(
            self.tr("Voir ses suivis"), "see_followups_button",
            self.tr("Fermer la fiche et ouvrir l'historique de ses suivis"))
        self.see_path_button = make_button(
            self.tr("Voir son parcours"), "see_path_button",
            self.tr("Fermer la fiche et ouvrir son parcours"))
        for button in (self.see_followups_button, self.see_path_button):
            button.setVisible(self.sensitive_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addWidget(self.duplicates_panel)
        layout.addWidget(self.error_label)
        # the two pairs of buttons side by side, or one pair above the other when narrow
        buttons = ReflowRow()
        buttons.setObjectName("member_buttons")
        for pair in (hbox(self.see_followups_button, self.see_path_button, 1),
                     hbox(1, self.close_button, self.save_button)):
            holder = QWidget()
            holder.setLayout(pair)
            pair.setContentsMargins(0, 0, 0, 0)
            buttons.add(holder, 1)
        layout.addWidget(buttons)

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.see_followups_button.clicked.connect(lambda: self.see_on_followups("history"))
        self.see_path_button.clicked.connect(lambda: self.see_on_followups("path"))
        self.join_button.clicked.connect(self.join)
        self.sign_charter_button.clicked.connect(self.sign_charter)
        self.cancel_join_button.clicked.connect(self.cancel_pending_join)
        self.leave_button.clicked.connect(self.leave)
        self.open_duplicate_button.clicked.connect(self.open_duplicate)
        self.duplicates_list.itemActivated.connect(lambda _item: self.open_duplicate())
        for edit in (self.first_name, self.last_name, self.phone, self.email):
            edit.textChanged.connect(self._on_identity_changed)
        ops.changed.connect(self._on_changed)

        if member_id is None:
            self._set_create_mode()
        else:
            self.load_member(member_id)

    def _expose_fields(self) -> None:
        """The pages' fields, reachable from the record as before its pages were split."""
        identity, membership, other = self.identity, self.membership, self.other
        self.first_name, self.last_name = identity.first_name, identity.last_name
        self.preferred_name, self.phone = identity.preferred_name, identity.phone
        self.email, self.address = identity.email, identity.address
        self.contact_preference = identity.contact_preference
        self.charter_date, self.charter_list = membership.charter_date, membership.charter_list
        self.sign_charter_button = membership.sign_button
        self.membership_status = membership.membership_status
        self.periods_list = membership.periods_list
        self.membership_date = membership.membership_date
        self.join_button, self.leave_button = membership.join_button, membership.leave_button
        self.cancel_join_button = membership.cancel_join_button
        self.leave_reason = membership.leave_reason
        self.rqth, self.referent_partner = other.rqth, other.referent_partner
        self.referent_partner_id = other.referent_partner_id
        self.referent_contact_id = other.referent_contact_id
        self.other_peer_places = other.other_peer_places
        self.skills_table = self.skills_page.skills_table
        self.add_skill_button = self.skills_page.add_skill_button
        self.remove_skill_button = self.skills_page.remove_skill_button
        self.add_skill_row = self.skills_page.add_skill_row
        self.remove_skill_row = self.skills_page.remove_skill_row
        self.skill_level_combo = self.skills_page.skill_level_combo
        self.wish_combos = self.wishes.wish_combos
        self.availability = self.available.availability

    # -- loading ------------------------------------------------------------------------

    def _set_create_mode(self) -> None:
        self.member_id = None
        self._loaded_state = None
        self._update_follow_buttons()
        self._set_window_title(self.tr("Nouvelle personne"))
        self.title.setText(self.tr("Nouvelle personne"))
        self._set_save_text(self.tr("Enregistrer"))
        self._refresh_periods()
        self.first_name.setFocus()

    def _set_window_title(self, title: str) -> None:
        """``title``, after the word for the people when they are not « membres » (issue
        20): « Stagiaires — Fiche de … »."""
        words = other_words(self.ops)
        self.setWindowTitle(self.tr("%1 — %2").replace("%2", title).replace(
            "%1", capitalised(words[1])) if words else title)

    def load_member(self, member_id: int) -> None:
        """Show the stored record ``member_id`` (what was typed before is replaced)."""
        club = self.ops.club
        member = club.members.get(member_id)
        profile = club.profiles.get(member_id)
        self.member_id = member_id
        self.loaded_version = member.version
        self.pending_join = None
        self.pending_signature = None
        self._confirmed_key = None
        self.duplicates_panel.hide()
        self.show_error("")
        name = f"{member.preferred_name or member.first_name} {member.last_name}".strip()
        self._set_window_title(self.tr("Fiche de %1").replace("%1", name))
        self.title.setText(self.tr("Fiche de %1").replace("%1", name))
        self._set_save_text(self.tr("Enregistrer"))

        self.identity.fill(member)
        self.other.fill(member)

        self.skills_page.set_skills(profile.skills, sorted(profile.skills, key=fold))
        self.wishes.set_wishes(profile.likes, profile.avoids)
        self._hidden_likes = profile.likes - set(self.wish_combos)
        self._hidden_avoids = profile.avoids - set(self.wish_combos)
        self.available.set_chosen(profile.availability)
        self._hidden_availability = profile.availability - set(self.availability)
        self._refresh_periods()
        self._loaded_state = (self._fields(), self.profile())
        self._update_follow_buttons()

    # -- reading the form ---------------------------------------------------------------

    def _fields(self) -> dict[str, Any]:
        fields = {**self.identity.values(), **self.other.values()}
        if not self.sensitive_shown:
            for name in SENSITIVE_FIELDS:
                fields.pop(name, None)
        return fields

    def profile(self) -> Profile:
        return Profile(
            skills=self.skills_page.skills(),
            likes=self.wishes.chosen("like") | self._hidden_likes,
            avoids=self.wishes.chosen("avoid") | self._hidden_avoids,
            availability=self.available.chosen() | self._hidden_availability,
        )

    def _identity_key(self) -> tuple[str, ...]:
        return (fold(self.first_name.text()), fold(self.last_name.text()),
                self.phone.text().strip(), self.email.text().strip().casefold())

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        club = self.ops.club
        self.show_error("")
        if self.member_id is None and self._confirmed_key != self._identity_key():
            found = club.members.possible_duplicates(
                self.first_name.text(), self.last_name.text(),
                phone=self.phone.text(), email=self.email.text())
            if found:
                self._show_duplicates(found)
                return
        if self.member_id is None:
            outcome = self.ops.run(
                club.members.create, self.first_name.text(), joined_on=self.pending_join,
                today=self.today(), **self._fields())
            if not outcome.ok:
                self._refuse(outcome.error)
                return
            # From now on the record exists: a second click updates it, never duplicates it.
            self.member_id = outcome.value.id
            self.loaded_version = outcome.value.version
            self.pending_join = None
            self.duplicates_panel.hide()
            if self.pending_signature is not None:
                signed = self.ops.run(club.charter.sign, self.member_id,
                                      self.pending_signature, today=self.today())
                if not signed.ok:
                    self._refuse(signed.error)
                    return
                self.pending_signature = None
            self._refresh_periods()
        else:
            outcome = self.ops.run(
                club.members.update, self.member_id, first_name=self.first_name.text(),
                expected_version=self.loaded_version, **self._fields())
            if not outcome.ok:
                self._refuse(outcome.error)  # what was typed stays in the form
                return
            self.loaded_version = outcome.value.version
        assert self.member_id is not None
        saved = self.ops.run(club.profiles.save, self.member_id, self.profile())
        if not saved.ok:
            self._refuse(saved.error)
            return
        self.saved.emit(self.member_id)
        self.accept()

    def _show_duplicates(self, found: list[MemberRow]) -> None:
        self._confirmed_key = self._identity_key()
        self.duplicates_panel.show_rows(found)
        self._set_save_text(self.tr("Créer quand même"))

    def _on_identity_changed(self, _text: str) -> None:
        if self.member_id is None and self._confirmed_key is not None \
                and self._confirmed_key != self._identity_key():
            self._confirmed_key = None
            self.duplicates_panel.hide()
            self._set_save_text(self.tr("Enregistrer"))

    def open_duplicate(self) -> None:
        chosen = self.duplicates_panel.chosen_id()
        if chosen is not None:
            self.load_member(chosen)
            self.first_name.setFocus()

    # -- the member on « Suivis » ----------------------------------------------------------

    def _update_follow_buttons(self) -> None:
        for button in (self.see_followups_button, self.see_path_button):
            button.setEnabled(self.member_id is not None)

    def has_unsaved_changes(self) -> bool:
        return self._loaded_state != (self._fields(), self.profile())

    def see_on_followups(self, tab: str) -> None:
        """Close the record and ask for « Suivis » on this member, at ``tab``."""
        if self.member_id is None:
            return
        if self.has_unsaved_changes():
            self.show_error(self.tr("Enregistrez d'abord la fiche, ou fermez-la sans "
                                    "enregistrer."))
            return
        member_id = self.member_id
        self.reject()
        self.follow_member.emit(member_id, tab)

    # -- membership ---------------------------------------------------------------------

    def sign_charter(self) -> None:
        """« Signer la charte (version …) »: one more signature, the others stay."""
        self.show_error("")
        on = self.membership.chosen_charter_date()
        if self.member_id is None:
            if on > self.today():
                self.show_error(self.tr("La charte ne peut pas être signée à une date "
                                        "future."))
                return
            self.pending_signature = on
            self._refresh_periods()
            return
        outcome = self.ops.run(self.ops.club.charter.sign, self.member_id, on,
                               today=self.today())
        if not outcome.ok:
            self._refuse(outcome.error)
        self._refresh_periods()

    def _signed_current(self) -> bool:
        if self.pending_signature is not None:
            return True
        if self.member_id is None:
            return False
        club = self.ops.club
        version = club.charter.current_version()
        return any(s.version == version for s in club.charter.signatures(self.member_id))

    def join(self) -> None:
        self.show_error("")
        if not self._signed_current():
            self.show_error(self.tr("Notez d'abord la signature de la charte actuelle."))
            self.sign_charter_button.setFocus()
            return
        on = self.membership.chosen_date()
        if self.member_id is None:
            if on > self.today():
                self.show_error(self.tr("La date d'entrée ne peut pas être après aujourd'hui."))
                return
            self.pending_join = on
            self._refresh_periods()
            return
        club = self.ops.club
        added = self.ops.run(club.members.add_period, self.member_id, on,
                             today=self.today())
        if not added.ok:
            self._refuse(added.error)
        self._refresh_periods()

    def cancel_pending_join(self) -> None:
        self.pending_join = None
        self._refresh_periods()

    def leave(self) -> None:
        self.show_error("")
        if self.member_id is None:
            return
        outcome = self.ops.run(
            self.ops.club.members.leave, self.member_id, self.membership.chosen_date(),
            self.leave_reason.currentData() or "", today=self.today())
        if not outcome.ok:
            self._refuse(outcome.error)
            return
        self.leave_reason.setCurrentIndex(0)
        self._refresh_periods()

    def periods(self) -> list[MembershipPeriod]:
        if self.member_id is None:
            return []
        return self.ops.club.members.periods(self.member_id)

    def _refresh_periods(self) -> None:
        club = self.ops.club
        signatures = (club.charter.signatures(self.member_id)
                      if self.member_id is not None else [])
        self.membership.show_signatures(signatures, club.charter.current_version(),
                                        self.pending_signature)
        self.membership.show_periods(self.periods(), creating=self.member_id is None,
                                     pending_join=self.pending_join)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.MEMBERS in topics and self.member_id is not None:
            self._refresh_periods()

    # -- messages -----------------------------------------------------------------------

    def _set_save_text(self, text: str) -> None:
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text)

    def show_error(self, text: str) -> None:
        set_message(self.error_label, text, problem=True)

    def _refuse(self, error: Exception | None) -> None:
        self.show_error(str(error))
        widget = self._field_widget(getattr(error, "field", "") or "")
        if widget is None:
            return
        self.show_section_of(widget)
        widget.setFocus()

    def show_section(self, index: int) -> None:
        self.sections.setCurrentRow(index)

    def show_section_of(self, widget: QWidget) -> None:
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.show_section(index)
                return

    def _field_widget(self, field: str) -> QWidget | None:
        """The field a refusal is about (most fields are named as the service names them)."""
        if not field:
            return None
        return self.findChild(QWidget, FIELD_WIDGETS.get(field, field))
