"""The script PyInstaller freezes: the installed app starts here."""

from responder_app.bundle_entry import main

raise SystemExit(main())
