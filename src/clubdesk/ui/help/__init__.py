"""Short help in plain French: one text per screen of the registry (F1), and « À propos »."""
