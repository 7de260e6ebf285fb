"""Event mentions say whether their article tells them apart from its other incidents ("in two separate
incidents", "In another incident, ..."): resolution never merges two such mentions of one article.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch:
        batch.add_column(sa.Column("told_apart", sa.Boolean))


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch:
        batch.drop_column("told_apart")
