"""Workspace storage: SQLModel tables, the engine and its pragmas, the lock, migrations, backups and
the hash-chained audit log. No Qt."""
