from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def clubdesk_application(qapp):
    """The same QApplication set-up as the real program (style sheet, French locale)."""
    from clubdesk.app import ensure_application

    return ensure_application()
