"""Fixing the alignment by hand: link editing, its mouse gestures, re-alignment and the split dialog."""
