"""clubdesk: the day of a French club-house, offline-first."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package the first time it is asked for
    (importlib.metadata costs about 20 ms: not at every start of the command line)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("clubdesk")
    except PackageNotFoundError:  # running from a source tree that is not installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
