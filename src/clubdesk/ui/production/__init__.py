"""« Commandes et production »: orders of client partners and production sessions."""
