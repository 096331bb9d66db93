from ui.shell.app import main

raise SystemExit(main())
