"""Icons drawn in the interface (SVG): arrows for drop-down lists and spin boxes, one file per
direction and tone ("dark" for light themes, "light" for dark and high-contrast themes)."""
