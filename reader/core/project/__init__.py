"""Reading projects and annotations."""
