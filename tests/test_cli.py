"""The command line as a user meets it: help with examples, one-line errors, JSON records."""

import json
import sys

import pytest

from newsgraph.cli import app, main

from .conftest import EXAMPLES

COMMANDS = ["extract", "ingest", "show", "export", "serve", "eval", "stages"]


def run(capsys, monkeypatch, *args, stdin=None):
    """Call the real entry point in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["newsgraph", *map(str, args)])
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code or 0
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(capsys, monkeypatch, command):
    code, out, _ = run(capsys, monkeypatch, command, "--help")
    assert code == 0
    assert "Example: newsgraph " + command in " ".join(out.split())


@pytest.mark.parametrize("group, command", [("kb", "import-phoenix"), ("gazetteer", "import")])
def test_command_groups_have_help_with_an_example(capsys, monkeypatch, group, command):
    code, out, _ = run(capsys, monkeypatch, group, command, "--help")
    assert code == 0 and f"Example: newsgraph {group} {command}" in " ".join(out.split())


def test_missing_geonames_dump_is_a_one_line_error(capsys, monkeypatch, tmp_path):
    code, _, err = run(capsys, monkeypatch, "gazetteer", "import", tmp_path / "allCountries.zip")
    assert code == 2 and "no file at" in err and len(err.strip().splitlines()) == 1


def test_every_registered_command_is_documented_here():
    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert names == set(COMMANDS)


def test_version(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "--version")
    assert code == 0 and out.startswith("newsgraph ")


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["extract", "/no/such/file.txt"], "no such file"),
        (["extract", "EXAMPLE", "--published", "10/11/2016"], "--published must be a date"),
        (["show", "--db", "nosuchdb://x"], "cannot use database URL"),
        (["eval", "no-such-set", "--data-dir", "EXAMPLES"], "no gold set 'no-such-set'"),
        (["export", "--format", "xml"], "--format must be one of jsonl, csv, geojson, graphml, plover"),
        (["show", "--db", "sqlite:///no/such/dir/typo.db"], "no database at no/such/dir/typo.db"),
    ],
)
def test_errors_are_one_line_and_non_zero(capsys, monkeypatch, args, fragment):
    args = [str(EXAMPLES / "articles" / "kharkiv-strikes.txt") if a == "EXAMPLE" else str(EXAMPLES) if a == "EXAMPLES" else a for a in args]
    code, _, err = run(capsys, monkeypatch, *args)
    assert code != 0
    assert fragment in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_extract_seed_article(capsys, monkeypatch, seed_article):
    code, out, _ = run(capsys, monkeypatch, "extract", seed_article, "--published", "2016-11-10", "--json")
    assert code == 0
    record = json.loads(out)
    assert {"schema_version", "article", "actors", "places", "times", "quotes", "events", "category", "relations", "warnings"} <= set(record)
    article = record["article"]
    assert article["authors"] == ["Mohamad Bazzi"]
    assert article["published"] == "2016-11-10"
    assert any("By subscribing" in b for b in article["boilerplate"])
    assert "By subscribing" not in article["text"] and "subscrib" not in article["text"].lower()


def test_extract_jsonl_prints_one_record_per_line_in_order_with_input_ids(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "extract", EXAMPLES / "batch.jsonl", "--json")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    expected = [json.loads(line) for line in (EXAMPLES / "batch.jsonl").read_text().splitlines()]
    assert [r["article"]["input_id"] for r in records] == [e["id"] for e in expected]
    assert [r["article"]["published"] for r in records] == [e["published"] for e in expected]


def test_extract_reports_a_bad_line_in_place_and_goes_on(capsys, monkeypatch, tmp_path):
    lines = (EXAMPLES / "batch.jsonl").read_text().splitlines()
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([lines[0], "{broken", lines[1]]) + "\n")
    code, out, err = run(capsys, monkeypatch, "extract", path, "--json")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [("error" in r) for r in records] == [False, True, False]
    assert "malformed" in err


def test_extract_from_stdin(capsys, monkeypatch):
    text = (EXAMPLES / "articles" / "kharkiv-strikes.txt").read_bytes()
    code, out, _ = run(capsys, monkeypatch, "extract", "-", "--json", "--published", "2025-03-15", stdin=text)
    assert code == 0 and json.loads(out)["article"]["published"] == "2025-03-15"


def test_ingest_show_search_and_export(capsys, monkeypatch, tmp_path):
    db = f"sqlite:///{tmp_path / 'ng.db'}"
    code, out, _ = run(capsys, monkeypatch, "ingest", EXAMPLES, "--db", db, "--no-progress")
    assert code == 0 and out.startswith("stored 10, already stored 0, rejected 0")
    code, out, _ = run(capsys, monkeypatch, "ingest", EXAMPLES, "--db", db, "--no-progress")
    assert out.startswith("stored 0, already stored 10, rejected 0")
    code, out, _ = run(capsys, monkeypatch, "show", "--db", db, "--search", "tear gas", "--json")
    [hit] = [json.loads(line) for line in out.splitlines()]
    assert "Nairobi" in hit["title"]
    code, out, _ = run(capsys, monkeypatch, "show", hit["id"][:6], "--db", db, "--json")
    assert json.loads(out)["article"]["id"] == hit["id"]
    code, out, _ = run(capsys, monkeypatch, "export", "--db", db, "--format", "csv")
    assert len(out.strip().splitlines()) == 11 and out.startswith("id,input_id,title,published")
    out_file = tmp_path / "all.jsonl"
    code, _, _ = run(capsys, monkeypatch, "export", "--db", db, "-o", out_file)
    assert len(out_file.read_text().splitlines()) == 10


def test_ingest_a_directory_with_bad_files_stores_all_good_ones(capsys, monkeypatch, tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for name in ("sahel-convoy-ambush.txt", "khartoum-ceasefire.html", "wire-feed.xml"):
        (src / "sub" / name).write_bytes((EXAMPLES / "articles" / name).read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "image.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    (src / "latin1.txt").write_bytes("Des soldats maliens ont été tués près de Mopti, a déclaré l'armée mardi.".encode("latin-1"))
    (src / "spanish.txt").write_text("Soldados colombianos murieron el martes en combates con el ELN en Arauca, informó el ejército nacional.")
    (src / "broken.html").write_text("<html><body><p>Shelling hit a market in Donetsk on Sunday, killing six people, officials said.</div></table>")
    with open(src / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (src / "dangling.txt").symlink_to(src / "gone.txt")
    db = f"sqlite:///{tmp_path / 'ng.db'}"
    code, out, err = run(capsys, monkeypatch, "ingest", src, "--db", db, "--no-progress")
    assert code == 1  # some inputs were rejected ...
    assert out.startswith("stored 8, already stored 0, rejected 4")  # ... and every good one was stored
    for reason in ("empty", "binary", "too_large", "unreadable"):
        assert f"[{reason}]" in err
    code, out, _ = run(capsys, monkeypatch, "show", "--db", db, "--rejected")
    assert len(out.splitlines()) == 4
