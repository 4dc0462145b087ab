"""Backups and data retention: the automatic backup scheduler, its status line, the
« Sauvegardes » screen and the « Conservation des données » screen."""
