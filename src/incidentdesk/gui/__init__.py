"""The PySide6 window: pages, dialogs, table models. Calls services only, through gui.background."""
