from responder_app.main import main

raise SystemExit(main())
