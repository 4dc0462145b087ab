"""This workstation's display preferences: language, text size, high contrast.

They belong to the computer (the reception PC may want large text, a staff office not),
not to the club's database, so they live in ``preferences.json`` in the data directory.
A missing or unreadable file gives the defaults; nothing personal is stored here.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from clubdesk import paths

log = logging.getLogger(__name__)

LANGUAGES = ("system", "fr", "en")
TEXT_SCALES = (100, 125, 150, 175, 200)
FILENAME = "preferences.json"


@dataclass(frozen=True)
class Preferences:
    language: str = "system"  # "system" follows the computer's language (French if unknown)
    text_scale: int = 100  # per cent, 100 to 200
    high_contrast: bool = False

    def normalised(self) -> Preferences:
        language = self.language if self.language in LANGUAGES else "system"
        scale = min(200, max(100, int(self.text_scale)))
        return replace(self, language=language, text_scale=scale,
                       high_contrast=bool(self.high_contrast))


def preferences_path() -> Path:
    return paths.data_dir() / FILENAME


def load() -> Preferences:
    path = preferences_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError):
        log.warning("display preferences unreadable: defaults used")
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    known = {k: raw[k] for k in ("language", "text_scale", "high_contrast") if k in raw}
    try:
        return Preferences(**known).normalised()
    except (TypeError, ValueError):
        return Preferences()


def save(prefs: Preferences) -> None:
    """Written to a temporary file then renamed: a crash never leaves half a file."""
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(prefs.normalised()), indent=2), encoding="utf-8")
    tmp.replace(path)
