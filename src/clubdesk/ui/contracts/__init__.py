"""The « Stages et contrats » screen (pre-insertion, issue 20 item 2)."""
