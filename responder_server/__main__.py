from responder_server.cli import main

main()
