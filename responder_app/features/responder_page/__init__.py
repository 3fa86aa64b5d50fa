"""A responder's public page from the app: Account ▸ My page (the editor with a live
preview, the QR code and the share image), the page's weekly figures in the statistics
window, and "via your page" on the chats it brought."""
