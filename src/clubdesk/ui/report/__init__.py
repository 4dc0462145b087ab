"""« Rapport annuel »: the indicators for the ARS, their « why », and the three files."""
