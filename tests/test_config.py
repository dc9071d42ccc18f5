import pytest

from newsgraph.config import load_settings
from newsgraph.errors import ConfigError


def test_defaults():
    s = load_settings()
    assert s.spacy_model == "sm" and s.db_url == "sqlite:///newsgraph.db" and s.languages == ("en",)


def test_user_file_changes_only_its_keys(tmp_path):
    f = tmp_path / "my.toml"
    f.write_text('max_bytes = 1000\nlanguages = ["en", "fr"]\n')
    s = load_settings(f)
    assert s.max_bytes == 1000 and s.languages == ("en", "fr") and s.spacy_model == "sm"


def test_environment_overrides_the_file(tmp_path, monkeypatch):
    f = tmp_path / "my.toml"
    f.write_text('spacy_model = "md"\n')
    monkeypatch.setenv("NEWSGRAPH_SPACY_MODEL", "trf")
    monkeypatch.setenv("NEWSGRAPH_N_PROCESS", "2")
    s = load_settings(f)
    assert s.spacy_model == "trf" and s.n_process == 2


@pytest.mark.parametrize("body, message", [("nope = 1\n", "unknown setting"), ("max_bytes = -5\n", "invalid setting max_bytes"), ("max_bytes = \n", "not valid TOML")])
def test_bad_user_files_are_clear_errors(tmp_path, body, message):
    f = tmp_path / "bad.toml"
    f.write_text(body)
    with pytest.raises(ConfigError, match=message):
        load_settings(f)
