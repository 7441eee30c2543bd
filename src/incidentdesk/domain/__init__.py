"""Rules and value types of the ledger: states, errors, era dates. No Qt, no SQL."""
