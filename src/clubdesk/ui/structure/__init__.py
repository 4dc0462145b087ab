"""« Structure »: the club's profile for the annual report (direction only for changes)."""
