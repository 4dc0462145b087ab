"""« Tableau de bord »: charts of the club's life, each with its numbers as a table."""
