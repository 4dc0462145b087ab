"""The « Objectifs » screen of pre-insertion (issue 20 item 2)."""
