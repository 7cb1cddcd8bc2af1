"""Exports: side-by-side PDF, TMX, TSV, HTML."""
