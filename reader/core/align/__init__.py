"""Paragraph (and sentence) alignment of a Russian document with an English one."""
