"""Store: SQLAlchemy schema and writes. SQLite by default, PostgreSQL for teams."""

from .database import Store, create, upgrade

__all__ = ["Store", "create", "upgrade"]
