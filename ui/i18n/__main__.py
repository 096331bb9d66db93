"""``python -m ui.i18n update`` (or ``check``): refresh the translation files. A development
script from a checkout: ui.i18n.maintenance is not part of the installed app."""

from ui.i18n.maintenance.ui_texts import main

raise SystemExit(main())
