"""Settings: the packaged defaults, a user's file over them, then the environment over both."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError
from .knowledge import data_path


class Settings(BaseModel):
    """Validated once; every command and stage reads this object, never the raw files."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    spacy_model: str = "sm"
    db_url: str = "sqlite:///newsgraph.db"
    max_bytes: int = Field(5_000_000, gt=0)
    max_chars: int = Field(300_000, gt=0)
    min_chars: int = Field(40, ge=0)
    languages: tuple[str, ...] = ("en",)
    language_min_confidence: float = Field(0.5, ge=0.0, le=1.0)
    n_process: int = Field(1, ge=1)
    batch_size: int = Field(32, ge=1)
    eval_data_dir: str = "../shared/eval"
    event_classifier: bool = True
    stages: tuple[str, ...] = ()
    ingest_token: str | None = None

    def replace(self, **changes) -> "Settings":
        return Settings(**{**self.model_dump(), **{k: v for k, v in changes.items() if v is not None}})


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def _from_env(fields) -> dict:
    values = {}
    for name in fields:
        raw = os.environ.get(f"NEWSGRAPH_{name.upper()}")
        if raw is None:
            continue
        values[name] = raw.split(",") if name == "languages" else raw
    return values


def load_settings(user_file: str | Path | None = None) -> Settings:
    """Defaults, then ``user_file`` (or ``$NEWSGRAPH_CONFIG``), then ``NEWSGRAPH_*`` variables."""
    values = _read_toml(data_path("default_config.toml"))
    user_file = user_file or os.environ.get("NEWSGRAPH_CONFIG")
    if user_file:
        user = _read_toml(Path(user_file))
        unknown = sorted(set(user) - set(Settings.model_fields))
        if unknown:
            raise ConfigError(f"unknown setting(s) in {user_file}: {', '.join(unknown)}")
        values.update(user)
    values.update(_from_env(Settings.model_fields))
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid setting {where}: {first['msg']}") from None


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    return load_settings()
