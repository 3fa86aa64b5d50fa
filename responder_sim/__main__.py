from responder_sim.cli import main

main()
