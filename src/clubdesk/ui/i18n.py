"""The language of the interface: French (the source strings), English, or pseudo-localisation.

French is written in the code, so French needs no translator of our own; English comes from
``resources/translations/clubdesk_en.qm`` (built from the .ts by
``packaging/translations.py release``). Qt's own translations (``qtbase_fr`` / ``qtbase_en``,
shipped with PySide6) translate the standard buttons of dialogs (Oui/Non, Annuler...).

``pseudo`` lengthens every string by at least 40 %, keeping placeholders and accelerators, so
that a test can see which labels would be clipped in a longer language.

Strings translated through a module-level helper named ``tr`` (``QCoreApplication.translate``
with a fixed context) are filed by lupdate under the empty context; the English translator
looks there when the caller's context has no entry.
"""

from __future__ import annotations

import logging
import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clubdesk import paths
from clubdesk.model import errors

log = logging.getLogger(__name__)

FRENCH = "fr"
ENGLISH = "en"
SYSTEM = "system"
PSEUDO = "pseudo"
LANGUAGES = (SYSTEM, FRENCH, ENGLISH, PSEUDO)
ENV_VAR = "CLUBDESK_LANG"

_installed: list[QTranslator] = []  # ours, kept alive and removable
_current = FRENCH


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def qm_file(language: str = ENGLISH) -> Path:
    return translations_dir() / f"clubdesk_{language}.qm"


def resolve(language: str | None) -> str:
    """"fr", "en" or "pseudo": ``system`` follows the computer (English if its language is
    English, else French); anything unknown gives French."""
    language = (language or SYSTEM).strip().lower()
    if language == SYSTEM:
        english = QLocale.system().language() == QLocale.Language.English
        return ENGLISH if english else FRENCH
    return language if language in (FRENCH, ENGLISH, PSEUDO) else FRENCH


def chosen_language() -> str:
    """CLUBDESK_LANG (tests, screenshots) else this workstation's preference."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return override
    from clubdesk.ui import preferences

    return preferences.load().language


def current_language() -> str:
    """The language installed last: "fr", "en" or "pseudo"."""
    return _current


def locale_for(language: str) -> QLocale:
    if language == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.French, QLocale.Country.France)


class CatalogTranslator(QTranslator):
    """A .qm catalogue that also looks in the empty context (see the module docstring)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        return found or None  # None: not found, Qt asks the next translator


_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}|&&|&\S|<[^<>]*>|\n")
_VOWELS = str.maketrans("aeiouAEIOU", "àéîöûÀÉÎÖÛ")


def pseudo(text: str) -> str:
    """« Accueil » -> « [Àççüéîl~~~~] »: accents on the vowels, brackets, and "~" up to at
    least 140 % of the length. Placeholders ({name}, %1, %n), accelerators (&), tags and line
    breaks are kept as they are."""
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _PLACEHOLDER.finditer(text):
        parts.append(text[last:match.start()].translate(_VOWELS))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_VOWELS))
    body = "".join(parts)
    target = math.ceil(len(text) * 1.4)
    padding = max(1, target - len(body) - 2)
    return f"[{body}{'~' * padding}]"


class PseudoTranslator(QTranslator):
    """Every string through :func:`pseudo` (for the clipping test and screenshots)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return pseudo(source_text) if source_text else None

    def isEmpty(self) -> bool:
        return False


def translate_core(template: str) -> str:
    """A message template of the core (clubdesk.model.errors) in the interface's language:
    the .ts keeps them in the context ``model`` (packaging/translations.py)."""
    return QCoreApplication.translate("model", template)


class QtCatalog(QTranslator):
    """Qt's own catalogue (``qtbase_<language>``). Qt 6 added accelerators to a few labels
    of its file dialog (« &Look in: », « Files of &type: ») that the shipped French catalogue
    still knows without them: a label not found is looked up without its « & » and given an
    accelerator on its first letter."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and "&" in source_text and "&&" not in source_text:
            plain = super().translate(context, source_text.replace("&", ""), disambiguation, n)
            if plain:
                found = "&" + plain
        return found or None


def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings (standard buttons and labels of dialogs) in ``language``, when PySide6
    ships them (PySide6's translations folder)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QtCatalog()
    if translator.load(f"qtbase_{language}", folder):
        return translator
    return None


def install_qt_catalog(app: QCoreApplication) -> None:
    """Qt's own catalogue for the current language, when no language was installed yet
    (windows built without :func:`install_translator`: tests, the first start)."""
    if _installed:
        return
    qt = _qt_translator(current_language())
    if qt is not None:
        app.installTranslator(qt)
        _installed.append(qt)


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Back to the French source strings (the translators installed here are removed)."""
    global _current
    app = app or QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = FRENCH
    errors.set_translator(None)
    QLocale.setDefault(locale_for(FRENCH))


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Install the interface language: "fr", "en", "system" or "pseudo"; returns the language
    installed ("fr", "en" or "pseudo"). Call before building any window: texts already shown
    do not change. A missing English catalogue leaves the interface in French (logged)."""
    global _current
    remove_translators(app)
    wanted = resolve(language)
    effective = wanted
    translators: list[QTranslator] = []
    if wanted == ENGLISH:
        catalog = CatalogTranslator()
        path = qm_file(ENGLISH)
        if path.is_file() and catalog.load(str(path)):
            translators.append(catalog)
        else:
            log.warning("English catalogue missing (%s): run packaging/translations.py "
                        "release; the interface stays in French", path)
            effective = FRENCH
    elif wanted == PSEUDO:
        translators.append(PseudoTranslator())
    qt = _qt_translator(ENGLISH if effective == ENGLISH else FRENCH)
    if qt is not None:
        translators.insert(0, qt)  # installed first: ours are asked before Qt's
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    _current = effective
    errors.set_translator(translate_core if effective != FRENCH else None)
    QLocale.setDefault(locale_for(effective))
    return effective
