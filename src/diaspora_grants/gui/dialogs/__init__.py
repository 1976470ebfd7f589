"""Dialogs that collect input, call one service, and show what the service refused and why."""
