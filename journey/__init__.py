"""Journey's domain: the journal, its rules, storage and services.

Pure Python and SQLAlchemy; never imports Qt, matplotlib or ``ui`` (an import-linter contract
in pyproject.toml checks it). Importing this package is cheap on purpose: SQLAlchemy is only
loaded by the modules that need it, so the window can appear before the database opens.
"""

__version__ = "0.1.0"
