"""Study data out of Simak: Anki packages and CSV."""
