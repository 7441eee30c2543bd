"""Frozen-bundle entry point without a console window (Windows Start-menu shortcut): always the window."""

import sys

from incidentdesk.__main__ import main_gui

if __name__ == "__main__":
    sys.exit(main_gui())
