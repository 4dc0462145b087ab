"""« Sorties et activités »: a GEM's calendar of activities and outings."""
