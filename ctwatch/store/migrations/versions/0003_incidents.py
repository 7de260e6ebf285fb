"""Resolved incidents, the human decisions that shape them, the mention facts resolution reads, and alerts.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

MENTION_COLUMNS = (
    ("actions", sa.JSON),
    ("target_category", lambda: sa.String(32)),
    ("killed_by_side", sa.JSON),
    ("injured_by_side", sa.JSON),
    ("arrested", sa.Integer),
    ("surrendered", sa.Integer),
    ("incident_uid", lambda: sa.String(36)),
    ("perpetrator_kind", lambda: sa.String(32)),
    ("target_id", lambda: sa.String(64)),
)


def upgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch:
        for name, kind in MENTION_COLUMNS:
            batch.add_column(sa.Column(name, kind()))
    op.create_index("ix_event_mentions_incident_uid", "event_mentions", ["incident_uid"])
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("acled_event_type", sa.String(64)),
        sa.Column("acled_sub_event_type", sa.String(64)),
        sa.Column("gtd_attack_type", sa.String(64)),
        sa.Column("perpetrator_id", sa.String(64)),
        sa.Column("perpetrator", sa.Text),
        sa.Column("perpetrator_kind", sa.String(32)),
        sa.Column("target_category", sa.String(32)),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("event_date", sa.Date),
        sa.Column("time_precision", sa.Integer),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org", sa.String(64), nullable=False),
        sa.Column("tlp", sa.String(16), nullable=False),
    )
    op.create_index("ix_incidents_date", "incidents", ["event_date"])
    op.create_index("ix_incidents_place", "incidents", ["country", "admin1", "admin2"])
    op.create_index("ix_incidents_perpetrator", "incidents", ["perpetrator_id"])
    op.create_table(
        "resolution_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("groups", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reverted_at", sa.DateTime(timezone=True)),
        sa.Column("reverted_by", sa.String(128)),
        sa.Column("revert_reason", sa.Text),
        sa.Column("org", sa.String(64), nullable=False),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("threshold", sa.Integer, nullable=False),
        sa.Column("window_start", sa.Date, nullable=False),
        sa.Column("window_end", sa.Date, nullable=False),
        sa.Column("incident_uids", sa.JSON, nullable=False),
        sa.Column("trigger", sa.JSON, nullable=False),
        sa.Column("deliveries", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True)),
        sa.Column("acknowledged_by", sa.String(128)),
        sa.Column("ack_note", sa.Text),
        sa.Column("org", sa.String(64), nullable=False),
        sa.Column("tlp", sa.String(16), nullable=False),
    )
    op.create_index("ix_alerts_rule_id", "alerts", ["rule_id"])


def downgrade() -> None:
    op.drop_table("alerts")
    op.drop_table("resolution_decisions")
    op.drop_table("incidents")
    op.drop_index("ix_event_mentions_incident_uid", "event_mentions")
    with op.batch_alter_table("event_mentions") as batch:
        for name, _ in MENTION_COLUMNS:
            batch.drop_column(name)
