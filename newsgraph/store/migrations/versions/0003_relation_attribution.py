"""relations.attributed_to: whose view a relation is ("Turkey views the YPG as allies of the PKK").
Relations stored before had no attribution, so the column starts empty for them.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("relations") as batch:
        batch.add_column(sa.Column("attributed_to", sa.String(255)))


def downgrade() -> None:
    with op.batch_alter_table("relations") as batch:
        batch.drop_column("attributed_to")
