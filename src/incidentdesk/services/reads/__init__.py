"""Every read the screens, the memo and the command line make: plain SQL on storage.reader.Reader.

Each function takes a Reader (one read transaction) and returns frozen read models from
services/views.py, so a caller can combine several reads in one snapshot:

    with db.reader() as r:
        overview = incidents.overview(r, incident_id, today=date.today())

Nothing here imports the ORM: the memo command and the window read an SQLite ledger with the
standard library alone (storage/reader.py), and PostgreSQL through the ORM session's connection.
"""
