"""A month at a glance: the calendar page (issue 19)."""
