"""Data leaving and coming back: the complete journal as one versioned JSON document, and CSV
files for spreadsheets (SPEC §3). No Qt here; the report (PDF) lives in ``ui.report.document``."""
