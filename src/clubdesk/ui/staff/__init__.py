"""The « Salariés » screen: staff, their FTE periods, their account and their skills."""
