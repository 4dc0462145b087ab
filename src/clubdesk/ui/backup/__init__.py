"""Backups: the automatic backup scheduler, its status line and the « Sauvegardes » screen."""
