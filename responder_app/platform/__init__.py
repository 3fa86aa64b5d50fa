"""What differs between Windows, Linux and macOS, each behind one small interface:

- `identity`: the AppUserModelID Windows files the app's windows and toasts under;
- `idle`: seconds since the last keyboard or mouse input on the whole computer;
- `autostart`: start at sign-in when the responder asks (Preferences);
- `single_instance`: one app per user; a second start brings the first one's window up.

Notifications live with the other services (`services/notifier.py`, `services/toasts.py`),
the saved sign-in with keyring (Windows Credential Manager, macOS Keychain, the Secret
Service on Linux: `services/credentials.py`), fonts with the theme (`ui/theme.py`).
"""
