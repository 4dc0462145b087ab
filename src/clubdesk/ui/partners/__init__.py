"""« Partenaires »: partner firms and organisations, their contacts, partnerships and
exchanges, and the members they have hosted."""
