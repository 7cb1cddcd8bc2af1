"""Hand edits of an alignment: planned changes, undoable commands, and re-alignment around fixed links."""
