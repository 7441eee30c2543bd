"""Engine, tables, migrations, audit chain and search index. No Qt."""
