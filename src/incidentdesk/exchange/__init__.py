"""Import and export of the ledger (whole-ledger JSON). Gets data through storage sessions it is handed; no Qt."""
