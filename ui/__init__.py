"""Everything Qt: the composition root and command line, windows, pages, dialogs, themes."""
