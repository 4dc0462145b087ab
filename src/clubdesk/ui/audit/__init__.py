"""« Journal »: who read or changed which record, and when (direction only)."""
