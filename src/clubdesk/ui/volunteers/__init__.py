"""« Bénévoles et parrainage » (a GEM\x27s volunteer animators, sponsor, managing association)."""
