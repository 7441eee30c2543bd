"""Dialogs: modal windows that ask or show one thing."""
