"""Frozen-bundle entry point: the console executable (CLI, or the window when given no command)."""

import sys

from incidentdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
