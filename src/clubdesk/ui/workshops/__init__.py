"""« Ateliers collectifs »: the collective workshop sessions of a year."""
