"""The application's window icon comes from resources/icons (in a bundle too)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from clubdesk import paths


def test_application_sets_the_clubdesk_icon(qapp) -> None:
    from clubdesk.app import ensure_application

    app = ensure_application()
    icon = app.windowIcon()
    assert not icon.isNull()
    shown = icon.pixmap(64, 64).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    expected = QImage(str(paths.resources_dir() / "icons" / "clubdesk-256.png")).scaled(
        64, 64).convertToFormat(QImage.Format.Format_ARGB32)
    # The door of the house: the icon's warm orange, at the same place.
    assert shown.pixelColor(32, 48).name() == expected.pixelColor(32, 48).name()
    assert shown.pixelColor(32, 48).red() > 200 and shown.pixelColor(32, 48).blue() < 120
