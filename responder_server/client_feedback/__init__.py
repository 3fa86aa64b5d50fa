"""The client's feedback in a chat: typing indicators and ratings."""
