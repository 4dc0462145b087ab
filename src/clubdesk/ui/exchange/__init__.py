"""« Importer et exporter »: the import assistant and the exports of the exchange format."""
