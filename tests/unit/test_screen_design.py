"""How screens are built, checked on the code (issue #17): one widget kit, one screen base,
one registry; a screen never reaches into another screen's module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "clubdesk" / "ui"

# What every screen may import from clubdesk.ui besides its own folder.
SHARED = {"widgets", "screen", "screens", "operations", "i18n", "table_model", "appearance",
          "preferences", "confirm"}
# The kit's builders: defined once, in ui/widgets/.
KIT = ("make_message", "set_message", "show_message", "make_button", "make_hint", "make_table",
       "make_list", "make_combo", "make_date_edit", "make_date", "make_line", "make_form",
       "to_qdate", "from_qdate", "scrolled", "hbox", "FittingTableView", "Job")


def ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def folder_of(path: Path) -> str:
    parts = path.relative_to(UI).parts
    return parts[0] if len(parts) > 1 else path.stem


def test_the_kits_builders_are_defined_once_in_the_widgets_folder() -> None:
    defined = re.compile(r"^(?:def|class) (" + "|".join(KIT) + r")\b", re.MULTILINE)
    found = [f"{path.relative_to(UI)}: {name}" for path in ui_modules()
             if folder_of(path) != "widgets"
             for name in defined.findall(path.read_text(encoding="utf-8"))]
    assert not found, "use clubdesk.ui.widgets instead of a copy: " + ", ".join(found)


def test_a_screen_imports_no_other_screens_module() -> None:
    found = []
    shell = {"main_window", "live_refresh"}  # the session is the window's shell
    for path in ui_modules():
        own = folder_of(path)
        if own in SHARED or path.parent == UI:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module \
                    and node.module.startswith("clubdesk.ui."):
                other = node.module.split(".")[2]
                if other != own and other not in SHARED \
                        and not (own == "session" and other in shell):
                    found.append(f"{path.relative_to(UI)} imports {node.module}")
    assert not found, "\n".join(found)


def test_no_screen_carries_a_style_sheet_of_its_own() -> None:
    """The application's style sheet styles by property (message, hint, heading...)."""
    sheets = re.compile(r"\b(set_sheet|setStyleSheet)\(")
    found = [str(path.relative_to(UI)) for path in ui_modules()
             if path.name not in ("appearance.py", "restyle.py")  # the application's sheet
             and sheets.search(path.read_text("utf-8"))]
    assert not found, "own style sheets in: " + ", ".join(found)


def test_the_window_lists_screens_from_the_registry_only() -> None:
    calls = re.compile(r"\.add_screen\(|\.add_entry\(")
    found = [str(path.relative_to(UI)) for path in ui_modules()
             if path.name != "main_window.py" and calls.search(path.read_text("utf-8"))]
    assert not found, "screens placed outside clubdesk.ui.screens: " + ", ".join(found)


def test_every_screen_class_is_in_the_registry() -> None:
    from clubdesk.ui.screens import SCREENS

    registered = {entry.name for entry in SCREENS}
    names = []
    for path in ui_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.Assign) and any(
                            isinstance(t, ast.Name) and t.id == "screen_name"
                            for t in item.targets):
                        names.append(ast.literal_eval(item.value))
    assert names, "no screen found"
    assert set(names) == registered, set(names) ^ registered
