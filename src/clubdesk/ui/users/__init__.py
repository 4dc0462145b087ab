"""« Comptes »: the accounts of the people who use clubdesk (direction only)."""
