"""The shared widget kit: every screen builds its fields, buttons, tables, messages and
background work from here (one look, one behaviour, one place to change them).

- messages: the message line, hints, headings, the refusal sentence;
- buttons: push buttons and check boxes;
- fields: text, drop-downs, numbers, French dates that can be typed (« 15/1/26 »; none changes
  under the mouse wheel unless focused);
- tables: the fitting table, lists, a list with a search line;
- layout: form rows, rows of widgets, a scrolled body;
- job: work off the UI thread (progress, cancel, an error in words).
- dialogs (imported as clubdesk.ui.widgets.dialogs): choosing a folder or a file, in a
  folder that exists, the last one remembered.
"""

from clubdesk.ui.widgets.buttons import BUTTON_HEIGHT, FIELD_HEIGHT, make_button, make_check
from clubdesk.ui.widgets.fields import (
    FRENCH,
    LATEST,
    WheelSafeComboBox,
    WheelSafeDateEdit,
    WheelSafeDoubleSpinBox,
    WheelSafeSpinBox,
    choices,
    fill_combo,
    french_date,
    from_qdate,
    make_combo,
    make_date,
    make_date_edit,
    make_decimal,
    make_line,
    make_spin,
    to_qdate,
)
from clubdesk.ui.widgets.job import Job, JobSignals, Progress
from clubdesk.ui.widgets.layout import add_row, hbox, make_form, scrolled
from clubdesk.ui.widgets.messages import (
    make_heading,
    make_hint,
    make_message,
    make_refusal,
    make_strong,
    restyle,
    set_message,
)
from clubdesk.ui.widgets.tables import (
    ROW_HEIGHT,
    FittingTableView,
    SearchList,
    keep_words_whole,
    make_list,
    make_table,
    selected_row,
)
from clubdesk.ui.widgets.words import count_text, whole_number

__all__ = [
    "BUTTON_HEIGHT", "FIELD_HEIGHT", "FRENCH", "LATEST", "ROW_HEIGHT", "FittingTableView",
    "Job", "JobSignals", "Progress", "SearchList", "WheelSafeComboBox", "WheelSafeDateEdit",
    "WheelSafeDoubleSpinBox", "WheelSafeSpinBox", "add_row", "choices", "count_text", "fill_combo",
    "french_date", "from_qdate", "hbox", "keep_words_whole", "make_button", "make_check",
    "make_combo",
    "make_date", "make_date_edit", "make_decimal", "make_form", "make_heading", "make_hint",
    "make_line", "make_list", "make_message", "make_refusal", "make_spin", "make_strong",
    "make_table", "restyle", "scrolled", "selected_row", "set_message", "to_qdate", "whole_number",
]
