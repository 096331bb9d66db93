"""Icons drawn in the interface (SVG): arrows for drop-down lists and spin boxes and the tick of
a check box, one file per shape and tone ("dark" for light themes, "light" for dark and
high-contrast themes)."""
