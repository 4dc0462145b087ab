from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def clubdesk_application(qapp):
    """The same QApplication set-up as the real program (style sheet, French locale)."""
    from clubdesk.app import ensure_application

    return ensure_application()


@pytest.fixture
def usual_appearance(qapp):
    """For tests that change the text size or the contrast: the windows of earlier tests are
    deleted first (restyling them is slow), and the usual look is back afterwards."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from clubdesk.ui import appearance
    from clubdesk.ui.preferences import Preferences

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    appearance.apply(qapp, Preferences())
