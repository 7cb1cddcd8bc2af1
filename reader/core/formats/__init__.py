"""Readers for every supported input format, producing a Document."""
