"""Measuring the aligner against gold links (the development set's format and its scores)."""
