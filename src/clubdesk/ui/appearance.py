"""How the window looks on this workstation: text size and high contrast.

The preferences (clubdesk.ui.preferences) become, for the whole QApplication:

- a text size: the application font and every font size and padding of the style sheet are
  multiplied by ``text_scale`` / 100;
- a theme: the usual one, or a high-contrast one (black background, white text, yellow for
  the focus and the selection), each with a strong, visible keyboard focus.

Every text colour is checked against its background with the WCAG contrast ratio
(tests/ui/test_appearance.py): at least 4.5:1 in the usual theme, at least 7:1 in high
contrast. A screen with a style sheet of its own sets it with :func:`set_sheet`, so that its
sizes follow the text size and its colours give way to the high-contrast theme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QStyleFactory, QWidget

from clubdesk.ui import restyle
from clubdesk.ui.preferences import Preferences

BASE_POINT_SIZE = 11
SHEET_PROPERTY = "clubdesk_sheet"  # a widget's own style sheet, as written (before adapting)


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    button_border: str
    field_border: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    placeholder: str
    link: str
    disabled_text: str
    focus: str
    banner_background: str
    banner_border: str
    glance_background: str
    glance_border: str
    message_background: str
    message_border: str
    problem_background: str
    problem_border: str
    problem_text: str
    good_background: str
    good_border: str
    good_text: str
    hint_text: str
    minimum_contrast: float


NORMAL = Theme(
    name="normal", window="#efefef", window_text="#1a1a1a", base="#ffffff",
    alternate_base="#f3f5f8", text="#1a1a1a", button="#f4f4f4", button_text="#1a1a1a",
    button_border="#6b6b6b", field_border="#767676", highlight="#1f5fbf",
    highlighted_text="#ffffff", tooltip_base="#fffbe0", tooltip_text="#1a1a1a",
    placeholder="#5c5c5c", link="#0b4fa8", disabled_text="#616161", focus="#0b57d0",
    banner_background="#eef4fb", banner_border="#9db8d9", glance_background="#f4f7f2",
    glance_border="#b9c9b0", message_background="#eef4fb", message_border="#9db8d9",
    problem_background="#fff6e6", problem_border="#e3b873", problem_text="#4a3200",
    good_background="#eef7ec", good_border="#9cc593", good_text="#1d4a22", hint_text="#444444",
    minimum_contrast=4.5,
)

HIGH_CONTRAST = Theme(
    name="high_contrast", window="#000000", window_text="#ffffff", base="#000000",
    alternate_base="#1a1a1a", text="#ffffff", button="#000000", button_text="#ffffff",
    button_border="#ffffff", field_border="#ffffff", highlight="#ffff00",
    highlighted_text="#000000", tooltip_base="#000000", tooltip_text="#ffff00",
    placeholder="#d0d0d0", link="#ffff00", disabled_text="#b0b0b0", focus="#ffff00",
    banner_background="#000000", banner_border="#ffff00", glance_background="#000000",
    glance_border="#ffffff", message_background="#000000", message_border="#ffffff",
    problem_background="#000000", problem_border="#ffff00", problem_text="#ffff00",
    good_background="#000000", good_border="#ffffff", good_text="#ffffff", hint_text="#ffffff",
    minimum_contrast=7.0,
)

# The foreground / background pairs the palette is read with (Qt's own drawing).
R = QPalette.ColorRole
PALETTE_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.Link, R.Window),
    (R.BrightText, R.Window),
)


def theme_for(prefs: Preferences) -> Theme:
    return HIGH_CONTRAST if prefs.high_contrast else NORMAL


def sheet_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """(what, foreground, background) of the style sheet's own colours."""
    return [
        ("bandeau d'accueil", theme.window_text, theme.banner_background),
        ("résumé du mois", theme.window_text, theme.glance_background),
        ("bouton", theme.button_text, theme.button),
        ("champ", theme.text, theme.base),
        ("texte désactivé", theme.disabled_text, theme.window),
        ("info-bulle", theme.tooltip_text, theme.tooltip_base),
        ("message", theme.window_text, theme.message_background),
        ("problème", theme.problem_text, theme.problem_background),
        ("réussite", theme.good_text, theme.good_background),
        ("indication", theme.hint_text, theme.window),
        ("indication en défaut", theme.problem_text, theme.window),
        ("indication réussie", theme.good_text, theme.window),
        ("carte d'entrée", theme.window_text, theme.alternate_base),
        ("lien sur la carte d'entrée", theme.link, theme.alternate_base),
    ]


# -- contrast (WCAG 2.x) --------------------------------------------------------------------

def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor | str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    c = QColor(color)
    return (0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF())
            + 0.0722 * _channel(c.blueF()))


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG contrast ratio, 1 to 21, whichever colour is the lighter."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# -- palette --------------------------------------------------------------------------------

def palette_for(theme: Theme) -> QPalette:
    palette = QPalette()
    roles = {
        R.Window: theme.window, R.WindowText: theme.window_text, R.Base: theme.base,
        R.AlternateBase: theme.alternate_base, R.Text: theme.text, R.Button: theme.button,
        R.ButtonText: theme.button_text, R.Highlight: theme.highlight,
        R.HighlightedText: theme.highlighted_text, R.ToolTipBase: theme.tooltip_base,
        R.ToolTipText: theme.tooltip_text, R.PlaceholderText: theme.placeholder,
        R.Link: theme.link, R.LinkVisited: theme.link, R.BrightText: theme.window_text,
        R.Light: theme.base, R.Midlight: theme.alternate_base, R.Mid: theme.button_border,
        R.Dark: theme.button_border, R.Shadow: theme.window_text,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    group = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(group, role, QColor(theme.disabled_text))
    return palette


# -- style sheet ----------------------------------------------------------------------------

TEMPLATE = """
QWidget { font-size: {pt11}pt; }
QLabel#screen_title { font-size: {pt16}pt; font-weight: 600; margin: {px4}px 0 {px8}px 0; }
QFrame#welcome_banner { background: {banner_background}; border: 1px solid {banner_border};
    border-radius: 6px; }
QFrame#welcome_banner QLabel { color: {window_text}; }
QListWidget#navigation { font-size: {pt12}pt; }
QListWidget#navigation::item { padding: {px10}px {px8}px; }
QLineEdit#checkin_search { font-size: {pt16}pt; padding: {px6}px; }
QListView#checkin_results, QListView#present_list { font-size: {pt13}pt; }
QListView#checkin_results::item, QListView#present_list::item { padding: {px6}px; }
QLabel#today_label { font-size: {pt14}pt; }
QLabel#checkin_message { font-size: {pt13}pt; }
QFrame#glance_box { background: {glance_background}; border: 1px solid {glance_border};
    border-radius: 6px; }
QFrame#glance_box QLabel { color: {window_text}; }
QLabel#preferences_preview { background: {base}; color: {text};
    border: 1px solid {field_border}; border-radius: 6px; padding: {px10}px; }
QFrame#session_card { background: {alternate_base}; border: 1px solid {message_border};
    border-radius: 10px; }
QLabel#session_title { font-size: {pt20}pt; font-weight: 500; }
QLabel#recovery_code { font-family: monospace; font-size: {pt18}pt; letter-spacing: 2px;
    padding: {px10}px; background: {base}; color: {text}; border: 1px dashed {text}; }
QPushButton { background: {button}; color: {button_text}; border: {border}px solid
    {button_border}; border-radius: 4px; padding: {px4}px {px12}px; min-height: {px26}px; }
QPushButton:hover { background: {alternate_base}; }
QPushButton:pressed, QPushButton:checked { background: {highlight};
    color: {highlighted_text}; }
QPushButton:disabled { color: {disabled_text}; border-color: {disabled_text}; }
QPushButton:focus { border: {focus_width}px solid {focus}; padding: {px3}px {px11}px; }
QStatusBar QPushButton { padding: {px2}px {px8}px; }
QStatusBar QPushButton:focus { padding: {px1}px {px7}px; }
QPushButton#login_button, QPushButton#first_account_create_button { font-weight: 600; }
QPushButton#first_account_skip_button { background: transparent; color: {link}; border: none;
    text-decoration: underline; text-align: left; padding: {px4}px; }
QPushButton#first_account_skip_button:focus { border: {focus_width}px dotted {focus}; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTextEdit:focus,
QPlainTextEdit:focus, QAbstractItemView:focus { border: {focus_width}px solid {focus}; }
QCheckBox, QRadioButton { border: {focus_width}px solid transparent; padding: 1px;
    spacing: {px8}px; }
QCheckBox:focus, QRadioButton:focus { border: {focus_width}px solid {focus}; }
QToolTip { background: {tooltip_base}; color: {tooltip_text}; border: 1px solid
    {tooltip_text}; }
QLabel[message="true"] { background: {message_background}; color: {window_text};
    border: 1px solid {message_border}; border-radius: 6px; padding: {px8}px; }
QLabel[message="true"][problem="true"], QLabel[refusal="true"] {
    background: {problem_background}; color: {problem_text}; border: 1px solid
    {problem_border}; border-radius: 6px; padding: {px8}px; }
QLabel[message="true"][good="true"] { background: {good_background}; color: {good_text};
    border: 1px solid {good_border}; }
QLabel[hint="true"] { color: {hint_text}; }
QLabel[hint="true"][problem="true"] { color: {problem_text}; }
QLabel[hint="true"][good="true"] { color: {good_text}; }
QLabel[heading="true"] { font-size: {pt13}pt; font-weight: 600; margin-top: {px4}px; }
QLabel[strong="true"] { font-weight: 600; }
QGroupBox { font-weight: 600; }
QGroupBox * { font-weight: normal; }
QGroupBox QLabel[strong="true"], QGroupBox QLabel[heading="true"] { font-weight: 600; }
QTableView::item { padding: {px4}px; }
QHeaderView::section { padding: {px4}px {px8}px; font-weight: 600; }
QListView::item { padding: {px4}px; }
QTabBar::tab { padding: {px8}px {px16}px; }
"""

HIGH_CONTRAST_EXTRA = """
QWidget { background: {window}; color: {window_text}; }
QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView {
    background: {base}; color: {text}; border: {border}px solid {field_border};
    selection-background-color: {highlight}; selection-color: {highlighted_text}; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTextEdit:focus,
QPlainTextEdit:focus, QAbstractItemView:focus { border: {focus_width}px solid {focus}; }
QComboBox QAbstractItemView { background: {base}; color: {text}; }
QHeaderView::section { background: {window}; color: {window_text};
    border: 1px solid {field_border}; padding: {px4}px; }
QTabBar::tab { background: {window}; color: {window_text}; border: 1px solid {field_border};
    padding: {px6}px {px12}px; }
QTabBar::tab:selected { background: {highlight}; color: {highlighted_text}; }
QTabBar::tab:focus { border: {focus_width}px solid {focus}; }
QGroupBox { border: 1px solid {field_border}; margin-top: {px16}px; padding-top: {px8}px; }
QGroupBox::title { subcontrol-origin: margin; left: {px8}px; color: {window_text}; }
QListWidget#navigation::item:selected, QAbstractItemView::item:selected {
    background: {highlight}; color: {highlighted_text}; }
QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled { color: {disabled_text}; }
QMenu { background: {window}; color: {window_text}; border: 1px solid {field_border}; }
QMenu::item:selected { background: {highlight}; color: {highlighted_text}; }
QScrollBar:vertical { background: {window}; width: {px16}px; border: 1px solid
    {field_border}; }
QScrollBar:horizontal { background: {window}; height: {px16}px; border: 1px solid
    {field_border}; }
QScrollBar::handle { background: {window_text}; min-height: {px24}px; min-width: {px24}px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: {window}; }
QCheckBox::indicator, QRadioButton::indicator { width: {px16}px; height: {px16}px;
    border: {border}px solid {field_border}; background: {base}; }
QRadioButton::indicator { border-radius: {px9}px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: {highlight};
    border: {border}px solid {field_border}; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color:
    {disabled_text}; }
"""


def _scaled(value: float, scale: int) -> str:
    number = round(value * scale / 100, 1)
    return f"{number:g}"


def style_sheet(scale: int = 100, high_contrast: bool = False) -> str:
    """The application's style sheet at ``scale`` per cent, in one of the two themes."""
    theme = HIGH_CONTRAST if high_contrast else NORMAL
    values: dict[str, str] = {
        key: getattr(theme, key) for key in theme.__dataclass_fields__
        if isinstance(getattr(theme, key), str)
    }
    for size in (11, 12, 13, 14, 16, 18, 20):
        values[f"pt{size}"] = _scaled(size, scale)
    for size in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 16, 24, 26):
        values[f"px{size}"] = str(max(1, round(size * scale / 100)))
    values["border"] = "2" if high_contrast else "1"
    values["focus_width"] = "3" if high_contrast else "2"
    text = TEMPLATE + (HIGH_CONTRAST_EXTRA if high_contrast else "")
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], text)


# -- screens' own style sheets -------------------------------------------------------------

_SIZE = re.compile(r"(font-size|padding|margin(?:-top|-bottom)?)\s*:\s*([^;}]*)")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)(pt|px)")
_COLOUR_DECLARATION = re.compile(r"(?<![\w-])(color|background(?:-color)?)\s*:\s*[^;}]*;?")
_HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def adapt_sheet(sheet: str, prefs: Preferences) -> str:
    """A screen's own style sheet at the preferred text size; in high contrast its colours
    give way to the theme (text and backgrounds from the palette, borders in white)."""
    scale = prefs.normalised().text_scale

    def sizes(match: re.Match[str]) -> str:
        values = _NUMBER.sub(lambda n: _scaled(float(n.group(1)), scale) + n.group(2),
                             match.group(2))
        return f"{match.group(1)}: {values}"

    out = _SIZE.sub(sizes, sheet) if scale != 100 else sheet
    if prefs.high_contrast:
        out = _COLOUR_DECLARATION.sub("", out)
        out = _HEX.sub(HIGH_CONTRAST.field_border, out)
    return out


_current = Preferences()
_sheet = style_sheet()  # the style sheet of the current preferences, for every window


def current() -> Preferences:
    """The preferences the application was last given (defaults before :func:`apply`)."""
    return _current


def current_sheet() -> str:
    """The style sheet every window carries now (see :func:`style_window`)."""
    return _sheet


def sheet_for(widget: QWidget) -> str:
    """What ``widget`` should carry: the application's sheet if it is a carrier (see
    clubdesk.ui.restyle), and its own sheet (set with :func:`set_sheet`) adapted to the
    preferences, after it."""
    own = widget.property(SHEET_PROPERTY)
    own_text = adapt_sheet(own, _current) if isinstance(own, str) else ""
    if widget.property(restyle.CARRIER):
        return _sheet + own_text
    return own_text


def _restyle(widget: QWidget) -> None:
    text = sheet_for(widget)
    if widget.styleSheet() != text:
        widget.setStyleSheet(text)


def set_sheet(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` its own style sheet, kept in step with the text size and the theme."""
    widget.setProperty(SHEET_PROPERTY, sheet)
    _restyle(widget)


def style_window(window: QWidget) -> None:
    """Give a window (a widget without parent) the application's style sheet; its children,
    and its dialogs, menus and tool tips, follow it. :func:`apply` keeps it up to date."""
    restyle.restyle_window(window)


def apply(app: QApplication, prefs: Preferences) -> None:
    """Text size and theme for the whole application, at once, on every open window.

    The sheet is carried by windows and pages of screens, never by the QApplication (see
    clubdesk.ui.restyle: about 1 s instead of 0.1 s on the direction's window). The
    application keeps the palette and the font, so that a window made without
    :func:`style_window` (a message box before any window) still has the size and colours.
    """
    global _current, _sheet
    prefs = prefs.normalised()
    _current = prefs
    _sheet = style_sheet(prefs.text_scale, prefs.high_contrast)
    if app.styleSheet():
        app.setStyleSheet("")
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    palette = palette_for(theme_for(prefs))
    if app.palette() != palette:
        app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * prefs.text_scale / 100)
    if app.font() != font:
        app.setFont(font)
    windows = [w for w in app.topLevelWidgets() if w.parentWidget() is None]
    for window in windows:
        restyle.restyle_window(window)
    for widget in app.allWidgets():  # a carrier inside another one, or a sheet of its own
        carrier = widget.property(restyle.CARRIER)
        if carrier and widget.parentWidget() is not None and _inside_a_carrier(widget):
            widget.setProperty(restyle.CARRIER, None)  # was a window, now inside one
            _restyle(widget)
        elif not carrier and widget.property(SHEET_PROPERTY) is not None:
            _restyle(widget)


def _inside_a_carrier(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.property(restyle.CARRIER):
            return True
        parent = parent.parentWidget()
    return False


class ElidedLabel(QLabel):
    """One line that may be longer than its room (a file path): cut in the middle with
    « … » at any text size, the whole text in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the first to give way when the row is short (a big text size on a small screen),
        # down to its minimum; it takes what is left over
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("…" + self._full[-8:]))
        return hint

    def sizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 4)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().changeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        text = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room)
        if text != self.text():
            self.setText(text)
