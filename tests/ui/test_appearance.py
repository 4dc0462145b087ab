"""Text size and high contrast: the WCAG contrast of every colour pair, the size of the text
and of the style sheet, and no text cut off at 200 % (also with 40 % longer strings)."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QWidget,
)
from test_accessibility import is_part, pages_of, screens_of

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.ui import appearance, preferences
from clubdesk.ui.appearance import HIGH_CONTRAST, NORMAL, contrast_ratio
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.preferences import Preferences
from clubdesk.ui.session.shell import session_of

SHOTS = Path(os.environ.get("CLUBDESK_SHOTS", "/tmp/clubdesk-shots"))


pytestmark = pytest.mark.usefixtures("usual_appearance")  # tests/ui/conftest.py


# -- contrast --------------------------------------------------------------------------------

def test_the_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)
    assert appearance.relative_luminance("#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", [NORMAL, HIGH_CONTRAST], ids=lambda t: t.name)
def test_every_palette_pair_is_readable(theme) -> None:
    palette = appearance.palette_for(theme)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in appearance.PALETTE_PAIRS:
            ratio = contrast_ratio(palette.color(group, fg), palette.color(group, bg))
            assert ratio >= theme.minimum_contrast, (theme.name, fg.name, bg.name, ratio)


@pytest.mark.parametrize("theme", [NORMAL, HIGH_CONTRAST], ids=lambda t: t.name)
def test_every_colour_of_the_style_sheet_is_readable(theme) -> None:
    for what, fg, bg in appearance.sheet_pairs(theme):
        assert contrast_ratio(fg, bg) >= theme.minimum_contrast, (theme.name, what)
    # the focus is seen against the window and the fields
    assert contrast_ratio(theme.focus, theme.window) >= 3
    assert contrast_ratio(theme.focus, theme.base) >= 3


def _modules_with_own_sheets() -> list[str]:
    """The UI modules that still carry a style sheet of their own (STYLE / MESSAGE_STYLE)."""
    ui = Path(__file__).resolve().parents[2] / "src" / "clubdesk" / "ui"
    found = re.compile(r"^(?:MESSAGE_)?STYLE = ", re.MULTILINE)
    return sorted("clubdesk." + ".".join(path.relative_to(ui.parent).with_suffix("").parts)
                  for path in ui.rglob("*.py") if found.search(path.read_text("utf-8")))


SCREEN_SHEETS = _modules_with_own_sheets() or ["clubdesk.ui.appearance"]
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def colours_of(declarations: str) -> tuple[str | None, str | None]:
    fg = re.search(r"(?<![\w-])color\s*:\s*(#[0-9a-fA-F]{3,6})", declarations)
    bg = re.search(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,6})", declarations)
    return (fg.group(1) if fg else None), (bg.group(1) if bg else None)


@pytest.mark.parametrize("module", SCREEN_SHEETS)
def test_the_screens_own_colours_are_readable(module: str) -> None:
    """Each rule of a screen's own style sheet: its text on its background (the window's
    when it sets none), in the usual theme; in high contrast the colours give way."""
    import importlib

    loaded = importlib.import_module(module)
    sheet = getattr(loaded, "STYLE", None) or getattr(loaded, "MESSAGE_STYLE", None)
    if sheet is None:  # no screen has its own sheet any more: the application's
        sheet = loaded.style_sheet()
    backgrounds: dict[str, str] = {}
    for selector, declarations in RULE.findall(sheet):
        fg, bg = colours_of(declarations)
        for part in selector.split(","):
            name = part.strip().split("[")[0]
            if bg:
                backgrounds[name] = bg
        base = bg or next((backgrounds[s.strip().split("[")[0]] for s in selector.split(",")
                           if s.strip().split("[")[0] in backgrounds), NORMAL.window)
        ratio = contrast_ratio(fg or NORMAL.window_text, base)
        assert ratio >= 4.5, (module, selector.strip(), fg, base, ratio)
    adapted = appearance.adapt_sheet(sheet, Preferences(high_contrast=True))
    assert not re.search(r"(?<![\w-])(color|background)\s*:", adapted), module
    assert set(re.findall(r"#[0-9a-fA-F]{3,8}", adapted)) <= {HIGH_CONTRAST.field_border}


# -- sizes -----------------------------------------------------------------------------------

def font_sizes(sheet: str) -> list[float]:
    return [float(v) for v in re.findall(r"font-size:\s*([\d.]+)pt", sheet)]


def test_the_style_sheet_grows_with_the_text_size() -> None:
    normal, double = appearance.style_sheet(100), appearance.style_sheet(200)
    assert font_sizes(double) == [2 * s for s in font_sizes(normal)]
    assert "QWidget { font-size: 22pt; }" in double
    assert "padding: 20px 16px" in double  # the navigation's items
    assert appearance.adapt_sheet("QLabel { font-size: 13pt; padding: 4px 12px; }",
                                  Preferences(text_scale=150)) \
        == "QLabel { font-size: 19.5pt; padding: 6px 18px; }"


def test_apply_changes_the_open_windows_at_once(qtbot, qapp) -> None:
    label = QLabel("Bonjour")
    qtbot.addWidget(label)
    appearance.set_sheet(label, "QLabel { font-size: 10pt; color: #333333; }")
    label.show()
    appearance.apply(qapp, Preferences(text_scale=175, high_contrast=True))
    assert qapp.font().pointSizeF() == pytest.approx(11 * 1.75)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert "17.5pt" in label.styleSheet() and "#333333" not in label.styleSheet()
    # a window carries the application's sheet, its own after it
    assert label.styleSheet().startswith(appearance.current_sheet())
    assert "QWidget { font-size: 19.2pt; }" in label.styleSheet()
    assert not qapp.styleSheet()  # never on the application: restyling it is slow
    appearance.apply(qapp, Preferences())
    assert label.styleSheet() == (appearance.style_sheet()
                                  + "QLabel { font-size: 10pt; color: #333333; }")
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == NORMAL.window


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_keyboard_focus_is_drawn_strongly(high_contrast: bool) -> None:
    sheet = appearance.style_sheet(100, high_contrast)
    theme = HIGH_CONTRAST if high_contrast else NORMAL
    for widget in ("QPushButton", "QLineEdit", "QComboBox", "QCheckBox", "QAbstractItemView"):
        rule = re.search(re.escape(widget) + r":focus[^{]*\{([^}]*)\}", sheet)
        assert rule is not None, widget
        assert theme.focus in rule.group(1) and re.search(r"[23]px solid", rule.group(1))


# -- text cut off ------------------------------------------------------------------------

class PseudoTranslator(QTranslator):
    """Every translated line 40 % longer (what a longer language does to the layout)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
        if not source:
            return source
        return "\n".join(line + "~" * math.ceil(len(line) * 0.4) if line.strip() else line
                         for line in source.split("\n"))

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install_pseudo(app: QApplication) -> Callable[[], None]:
    """Pseudo-localisation on; returns what turns it off."""
    try:
        from clubdesk.ui import i18n  # the translation helper's, once it exists
    except ImportError:
        i18n = None
    if i18n is not None and hasattr(i18n, "install_translator"):
        i18n.install_translator(app, "pseudo")
        return lambda: i18n.remove_translators(app)
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    return lambda: app.removeTranslator(translator)


def line_width(label: QLabel, text: str) -> int:
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit in it, or None."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text.strip() or widget.pixmap() is not None and not widget.pixmap().isNull() \
                or widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
            return None
        if isinstance(widget.window(), QMainWindow) and widget.window().statusBar() \
                .isAncestorOf(widget) and text in widget.toolTip():
            return None  # the status bar cuts what is too long, the whole text in the tooltip
        if widget.buddy() is not None:  # the & of a shortcut is drawn as an underline
            text = re.sub(r"&(.)", r"\1", text)
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                return f"{needed} px de haut pour {widget.height()}"
        elif line_width(widget, text) > room + 1:
            return f"{line_width(widget, text)} px de large pour {room}"
    elif isinstance(widget, QAbstractButton) and widget.text().strip():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or (isinstance(widget, QPushButton)
                                                 and hint.height() > widget.height() + 4):
            return f"{hint.width()}×{hint.height()} px pour {widget.width()}×{widget.height()}"
    return None


def clipping_in(root: QWidget, where: str) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisible() \
                or is_part(widget, root):
            continue
        why = clipped(widget)
        if why:
            text = widget.text().replace("\n", " ")[:60]
            out.append(f"{where} : {type(widget).__name__} {widget.objectName()} "
                       f"« {text} » coupé ({why})")
    return out


def big_window(qtbot, demo_db: Path, prefs: Preferences, role: str = "direction") \
        -> MainWindow:
    preferences.save(prefs)  # read by the application at start, like on a real computer
    window = build_main_window(str(demo_db), actor=Actor(role, role))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(screen: QWidget) -> None:
    """Let a screen's computations in the background end (the annual report's)."""
    for pool in screen.findChildren(QThreadPool):
        pool.waitForDone(10_000)
    for _ in range(3):
        QCoreApplication.processEvents()


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower().encode("ascii", "ignore").decode())


@pytest.mark.slow
@pytest.mark.parametrize("pseudo", [False, True], ids=["francais", "pseudo"])
def test_no_text_is_cut_off_at_200_percent(qtbot, qapp, demo_db: Path, pseudo: bool) -> None:
    back_to_french = install_pseudo(qapp) if pseudo else None
    try:
        window = big_window(qtbot, demo_db, Preferences(text_scale=200))
        found: list[str] = []
        for title, screen in screens_of(window):
            settle(screen)
            for page in pages_of(screen):
                QCoreApplication.processEvents()
                found += clipping_in(screen, title + page)
            if not pseudo:
                shoot(window, f"200-{slug(title)}")
        found += [p for p in clipping_in(window, "fenêtre") if p not in found]
    finally:
        if back_to_french is not None:
            back_to_french()
    assert not found, "\n" + "\n".join(dict.fromkeys(found))


@pytest.mark.slow
def test_the_login_at_200_percent_in_high_contrast(qtbot, demo_db: Path) -> None:
    preferences.save(Preferences(text_scale=200, high_contrast=True))
    window = build_main_window(str(demo_db))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    login = session_of(window).login
    assert window.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    shoot(window, "contraste-200-connexion")
    found = clipping_in(login, "connexion")
    assert not found, found


@pytest.mark.slow
def test_screens_in_high_contrast(qtbot, demo_db: Path) -> None:
    window = big_window(qtbot, demo_db, Preferences(text_scale=150, high_contrast=True),
                        role="accueil")
    for title, screen in screens_of(window):
        settle(screen)
        shoot(window, f"contraste-150-{slug(title)}")
    assert qtbot is not None
