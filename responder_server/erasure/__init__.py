"""`responder-server erase-client`: everything a client wrote goes, the money stays."""
