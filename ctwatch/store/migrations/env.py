"""Alembic environment: ctwatch runs migrations itself on the connection it opened (see database.py)."""

from alembic import context

from ctwatch.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
