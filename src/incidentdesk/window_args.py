"""The window's start reads its two options without building the command line's parser.

`incidentdesk`, `incidentdesk --db X --lang ja gui` and the gui-script are the common start; building
the full argparse parser, with every command's help text from the catalog, took 10 ms of it before
the first paint. Anything but those two options and `gui` (another command, --help, a typo, an
abbreviation) returns None and goes through cli.build_parser as before, errors and all.
"""

from __future__ import annotations

LANGS = ("ja", "en")  # the choices of --lang in cli.build_parser


def window_options(argv: list[str]) -> tuple[str | None, str | None] | None:
    """(--db, --lang) when `argv` only opens the window, else None. A repeated option: the last wins, as in argparse."""
    db = lang = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "gui" and i == len(argv) - 1:
            break
        if arg in ("--db", "--lang") and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            name, value, i = arg, argv[i + 1], i + 2
        elif arg.startswith(("--db=", "--lang=")):
            name, _, value = arg.partition("=")
            i += 1
        else:
            return None
        if name == "--db":
            db = value
        elif value in LANGS:
            lang = value
        else:
            return None
    return db, lang
