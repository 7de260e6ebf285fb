"""Event mentions carry the number of the set of incidents their article tells apart ("in two separate
incidents", "In another incident, ..."): resolution never merges two mentions of one article in one set.
Mentions extracted before (NULL) belong to no set; extractor 0.4.2 re-extracts them on the next
`ctwatch extract`.

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
        batch.add_column(sa.Column("separate_set", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch:
        batch.drop_column("separate_set")
