"""The event streams (`/events`, `/client/events`) and the stream tickets the web page opens
its stream with."""
