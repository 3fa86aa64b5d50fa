"""The client's web page: the static files in web/ and the router that serves them."""
