"""Import and export: the whole ledger as JSON, the inventory and the survey answer as Excel/CSV; no Qt."""
