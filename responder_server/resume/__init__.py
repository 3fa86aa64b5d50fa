"""Resume: a short code (and a link carrying it) that opens a paid chat on another tab,
browser or device while it is open: traded for a fresh client token of that one chat."""
