"""Frozen-bundle entry point without a console window (Windows Start-menu shortcut): always the window."""

import sys

from incidentdesk.__main__ import main

if __name__ == "__main__":
    # Options first, then the command: `incidentdesk-gui.exe --db URL --lang ja` must work from a
    # shortcut, and argparse only takes --db/--lang before the sub-command.
    sys.exit(main([*sys.argv[1:], "gui"]))
