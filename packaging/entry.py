"""Frozen-bundle entry point: the console executable (CLI, or the window when given no command)."""

import sys

from incidentdesk.__main__ import main
from smoke_hook import install as install_smoke_hook

if __name__ == "__main__":
    install_smoke_hook()  # does nothing unless packaging/smoke_test.sh sets INCIDENTDESK_SMOKE_QUIT_MS
    sys.exit(main())
