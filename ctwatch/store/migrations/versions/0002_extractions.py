"""Extraction results: one row per article, and one row per incident mention for querying.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "extractions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, unique=True),
        sa.Column("extractor_version", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("org", sa.String(64), nullable=False),
        sa.Column("tlp", sa.String(16), nullable=False),
    )
    op.create_table(
        "event_mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("acled_event_type", sa.String(64)),
        sa.Column("acled_sub_event_type", sa.String(64)),
        sa.Column("gtd_attack_type", sa.String(64)),
        sa.Column("perpetrator", sa.Text),
        sa.Column("perpetrator_id", sa.String(64)),
        sa.Column("target", sa.Text),
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
        sa.Column("org", sa.String(64), nullable=False),
        sa.Column("tlp", sa.String(16), nullable=False),
    )
    op.create_index("ix_event_mentions_article_id", "event_mentions", ["article_id"])
    op.create_index("ix_event_mentions_date", "event_mentions", ["event_date"])
    op.create_index("ix_event_mentions_place", "event_mentions", ["country", "admin1", "admin2"])


def downgrade() -> None:
    op.drop_table("event_mentions")
    op.drop_table("extractions")
