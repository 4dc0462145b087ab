"""« Affichage »: the text size, the contrast and the language of this computer."""
