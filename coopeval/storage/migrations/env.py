"""Alembic environment for workspace files. CoopEval runs migrations itself (never from a shell),
passing an open connection; each migration step runs in its own transaction and stamps the version."""

from alembic import context
from sqlmodel import SQLModel

import coopeval.storage.tables  # noqa: F401 - registers the tables on SQLModel.metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
