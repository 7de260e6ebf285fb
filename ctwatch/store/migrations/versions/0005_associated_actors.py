"""Event mentions and incidents carry ACLED's associated actor of actor 1 (assoc_actor_1): the organisation
behind a crowd ("a sit-in organised by the Baloch Yakjehti Committee": actor 1 Protesters, associated the
BYC), by name and knowledge-base id. Extraction finds it since 0.4.24 (it is in ``extractions.data``), but
the flattened mention rows resolution reads dropped it, so incidents never showed who organised a protest;
resolution now chooses it like the perpetrator. Rows stored before are NULL (no associated actor) until
their articles are extracted again (`ctwatch extract --all`), which also re-resolves them.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("event_mentions", "incidents")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("associated", sa.Text))
            batch.add_column(sa.Column("associated_id", sa.String(64)))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("associated_id")
            batch.drop_column("associated")
