"""The « Candidatures » and « Commissions » screens (pre-insertion admissions)."""
