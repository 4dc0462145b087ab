"""Numbers, sums of money, shares and dates written the French way (documents and screens)."""

from __future__ import annotations

from datetime import date

NBSP = "\u00a0"


def fr_number(value: float, decimals: int | None = None) -> str:
    """12.5 -> '12,5'; 250000 -> '250 000' (no-break space between thousands)."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 3
        text = f"{value:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def fr_euros(value: float) -> str:
    """250000 -> '250 000 €'; 1234.5 -> '1 234,50 €'."""
    return fr_number(value, 0 if float(value).is_integer() else 2) + NBSP + "€"


def fr_percent(share: float) -> str:
    """0.152 -> '15,2 %'."""
    return fr_number(share * 100, 1) + NBSP + "%"


def fr_date(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime("%d/%m/%Y")
