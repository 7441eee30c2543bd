"""Entry point: `incidentdesk` with a command runs the CLI; with none it opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


def main_gui() -> int:
    """gui-scripts entry (no console on Windows): always the window."""
    from . import cli

    return cli.main([*sys.argv[1:], "gui"])  # options such as --db belong before the command


if __name__ == "__main__":
    sys.exit(main())
