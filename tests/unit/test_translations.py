"""The English catalogue keeps up with the code: every tr() string translated, placeholders kept.

When a test here fails after adding or changing a French string:
    .venv/bin/python packaging/translations.py update       (the new strings arrive unfinished)
    translate them in resources/translations/clubdesk_en.ts  (Qt Linguist, or any editor)
    .venv/bin/python packaging/translations.py unfinished   (nothing left)
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("clubdesk_translations_tool",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
TS = tool.ts_path("en")
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}")


def describe(entries: list) -> str:
    return "\n".join(f"  [{e.context}] {e.source!r}" for e in entries[:40]) + (
        f"\n  ... and {len(entries) - 40} more" if len(entries) > 40 else "")


def active(entries: list) -> list:
    return [e for e in entries if e.status not in ("vanished", "obsolete")]


def test_the_english_catalogue_is_committed() -> None:
    assert TS.is_file(), f"{TS} is missing: run packaging/translations.py update"
    assert len(active(tool.read_entries(TS))) > 1000


def test_every_entry_is_translated() -> None:
    missing = tool.unfinished_entries(TS)
    assert not missing, ("entries without a finished English translation "
                         "(packaging/translations.py unfinished):\n" + describe(missing))


def test_no_tr_string_of_the_code_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    """lupdate on a copy of the .ts: every string it finds must already be there, translated
    (a new tr() string, or one whose only entry was marked obsolete, fails here)."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    tool.run_lupdate(copy)
    committed = {e.key: e for e in active(tool.read_entries(TS)) if e.status == "finished"}
    needed = active(tool.read_entries(copy))
    absent = [e for e in needed if e.key not in committed or e.status != "finished"]
    assert not absent, ("strings of the code not translated in the committed catalogue "
                        "(run packaging/translations.py update, then translate):\n"
                        + describe(absent))


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: a tr() there is never extracted, so never
    translated. Build the sentence with a %1 placeholder instead."""
    import ast

    hidden = []
    for path in tool.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                func = inner.func if isinstance(inner, ast.Call) else None
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                if name in ("tr", "translate"):
                    hidden.append(f"  {path.relative_to(ROOT)}:{inner.lineno}")
    assert not hidden, "tr() inside an f-string (not extracted by lupdate):\n" + "\n".join(hidden)


def test_the_core_writes_its_messages_as_templates() -> None:
    """An f-string given to ClubdeskError (or a subclass) cannot be translated: write a
    template with named values (clubdesk.model.errors)."""
    _, fstrings = tool.scan_core()
    assert not fstrings, "messages of the core written as f-strings:\n" + "\n".join(
        f"  {m.path.relative_to(ROOT)}:{m.line}: {m.text[:90]}" for m in fstrings)


def test_every_message_of_the_core_is_translated() -> None:
    messages, _ = tool.scan_core()
    assert len(messages) > 150
    committed = {e.source: e for e in active(tool.read_entries(TS))
                 if e.context == tool.MODEL_CONTEXT}
    absent = [m for m in messages
              if m.text not in committed or committed[m.text].status != "finished"]
    assert not absent, ("messages of the core missing from the catalogue (run "
                        "packaging/translations.py update, then translate):\n" + "\n".join(
                            f"  {m.path.relative_to(ROOT)}:{m.line}: {m.text!r}"
                            for m in absent[:40]))


def test_update_keeps_the_translations_of_the_core(tmp_path: Path) -> None:
    """lupdate drops the context it does not know; update puts it back, translations kept."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    known = tool.core_translations(copy)
    tool.run_lupdate(copy)
    assert not tool.core_translations(copy)  # what lupdate alone would do
    tool.merge_core_messages(copy, known)
    assert tool.core_translations(copy) == known
    assert {e.key for e in active(tool.read_entries(copy))} == {
        e.key for e in active(tool.read_entries(TS))}


def test_placeholders_and_accelerators_are_kept() -> None:
    problems = []
    for e in active(tool.read_entries(TS)):
        if e.status != "finished":
            continue
        expected = sorted(set(PLACEHOLDER.findall(e.source)))
        if e.numerus and len(e.translations) != 2:
            problems.append(f"[{e.context}] {e.source!r}: English needs 2 plural forms")
        for text in e.translations:
            if sorted(set(PLACEHOLDER.findall(text))) != expected:
                problems.append(f"[{e.context}] {e.source!r} -> {text!r}: placeholders differ")
            if ("&" in e.source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"[{e.context}] {e.source!r} -> {text!r}: accelerator (&)")
            if text.replace("&&", "").count("&") > 1:
                problems.append(f"[{e.context}] {e.source!r} -> {text!r}: several accelerators")
    assert not problems, "\n".join(problems)


def test_contexts_are_those_used_at_run_time() -> None:
    """lupdate names the context after the variable in ``window.tr(...)``, whereas Qt looks the
    string up under the class of the object: such strings would never be translated. Use
    self.tr(...) or QCoreApplication.translate("Context", ...) instead."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in tool.source_files())
    known = set(re.findall(r"^\s*class (\w+)", code, re.MULTILINE))
    known |= set(re.findall(r"translate\(\s*\"([^\"]*)\"", code))
    # marked with QT_TRANSLATE_NOOP and looked up by a translate() on that context's name
    known |= set(re.findall(r"QT_TRANSLATE_NOOP\(\s*\"([^\"]*)\"", code))
    known.add("")  # module-level tr() helpers; the English translator looks there too
    unknown = sorted({e.context for e in active(tool.read_entries(TS))} - known)
    assert not unknown, f"contexts that match no class nor translate() call: {unknown}"


def test_lrelease_builds_a_catalogue_qt_can_read(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "clubdesk_en.qm"
    tool.run_lrelease(TS, qm)
    assert qm.stat().st_size > 10_000
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Accueil") == "Reception"
    assert translator.language() == "en_GB"


@pytest.mark.parametrize("text", ["Accueil", "&Annuler", "%1 à %2", "Bonjour {name} !",
                                  "%n personne(s)", "a", "Ligne %1 du fichier\nsuite"])
def test_pseudo_localisation_is_40_per_cent_longer_and_keeps_placeholders(text: str) -> None:
    from clubdesk.ui.i18n import pseudo

    result = pseudo(text)
    assert len(result) >= 1.4 * len(text)
    assert sorted(PLACEHOLDER.findall(result)) == sorted(PLACEHOLDER.findall(text))
    assert result.count("&") == text.count("&")
    assert result.count("\n") == text.count("\n")
    assert pseudo("") == ""
