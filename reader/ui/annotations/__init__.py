"""Highlights and notes: the controller, the table model, the dock and the note dialog."""
