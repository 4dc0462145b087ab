"""The one clock of clubdesk: every "today" and "now" of the club is read here.

The club's day (who is present this morning, what is overdue, the year of the report) must
not depend on the moment a test or a screenshot runs. Code asks ``clock.today()`` or
``clock.now(tz)`` instead of ``date.today()`` / ``datetime.now(tz)``; tests, screenshots and
demonstrations set the clock:

- ``CLUBDESK_NOW=2026-11-23T09:30`` (environment, read at each call): the clock starts at
  that local moment when the process first reads it and runs from there;
- ``clock.set_now(moment, running=True)`` in Python (tests): the same, or a frozen moment
  with ``running=False``; ``clock.reset()`` goes back to the system clock.

Only the club's notion of time goes through here. Technical uniqueness (temporary file
names) and durations (timeouts, benchmarks) keep the system's clocks.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta, tzinfo

ENV = "CLUBDESK_NOW"

# (the moment the clock was set to, as an aware datetime; the monotonic time it was set at,
# or None for a frozen clock)
_set: tuple[datetime, float | None] | None = None
_env_seen: tuple[str, datetime, float] | None = None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def set_now(moment: datetime, *, running: bool = True) -> None:
    """Set the club's clock to ``moment`` (naive means local time). A running clock goes on
    from there at the system's pace; a frozen one stays at ``moment``."""
    global _set
    _set = (_aware(moment), time.monotonic() if running else None)


def reset() -> None:
    """Back to the system clock (the environment's ``CLUBDESK_NOW`` still applies)."""
    global _set, _env_seen
    _set = None
    _env_seen = None


def _from_env() -> datetime | None:
    global _env_seen
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return None
    if _env_seen is None or _env_seen[0] != raw:
        try:
            start = _aware(datetime.fromisoformat(raw))
        except ValueError:
            return None  # an unreadable override is ignored: the system clock applies
        _env_seen = (raw, start, time.monotonic())
    return _env_seen[1] + timedelta(seconds=time.monotonic() - _env_seen[2])


def _current() -> datetime | None:
    if _set is not None:
        moment, since = _set
        return moment if since is None else moment + timedelta(seconds=time.monotonic() - since)
    return _from_env()


def now(tz: tzinfo | None = None) -> datetime:
    """Like ``datetime.now(tz)``: naive local time without ``tz``, aware in ``tz`` with it."""
    moment = _current()
    if moment is None:
        return datetime.now(tz)
    if tz is None:
        return moment.astimezone().replace(tzinfo=None)
    return moment.astimezone(tz)


def today() -> date:
    """The club's date (local)."""
    return now().date()
