"""Icons drawn in the interface (SVG): arrows for drop-down lists, spin boxes and a row of tabs
too long for the page, and the tick of a check box; one file per shape and tone ("dark" for
light themes, "light" for dark and high-contrast themes)."""
