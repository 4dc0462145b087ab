"""Settings screens: the task catalogue of the work-ordered day."""
