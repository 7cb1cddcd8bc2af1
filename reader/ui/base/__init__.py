"""Shared ground of the window: the context, background tasks, settings, theme, translations, actions, small dialogs."""
