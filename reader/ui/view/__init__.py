"""The reading pane: columns, gutter, rendering, highlights, scrolling in step, find, go to, status, overview, navigation."""
