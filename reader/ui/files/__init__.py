"""Files of the window: opening pairs, projects (save, autosave, recovery) and the export dialog."""
