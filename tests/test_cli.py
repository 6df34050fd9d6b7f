"""Every command has help, appears in the README, and runs on a tiny fixture.

Bad inputs leave one line on stderr, a non-zero exit and no traceback.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictkg.api import example_paths
from conflictkg.cli import app

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ["extract", "build", "query", "view", "export", "validate", "serve"]
runner = CliRunner()


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code != 0, result.output
    err = result.stderr.strip()
    assert "Traceback" not in result.output + err
    assert len(err.splitlines()) == 1, err
    for n in needles:
        assert n in err, err


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_and_is_in_readme(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout.strip()) > 40
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"conflictkg {command}\b", readme), f"`conflictkg {command}` not in README"


def test_extract_example_emits_contract_json() -> None:
    path = example_paths()[0]
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-07-28"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"entities", "relations", "casualties"} <= set(data)
    ids = {e["id"] for e in data["entities"]}
    assert {"THA", "KHM", "MYS"} <= ids
    text = path.read_text(encoding="utf-8")
    for r in data["relations"]:
        ev = r.get("evidence")
        if ev:
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_extract_trig() -> None:
    result = runner.invoke(app, ["extract", str(example_paths()[0]), "--format", "trig"])
    assert result.exit_code == 0, result.stderr
    assert "@prefix" in result.stdout or "PREFIX" in result.stdout


def test_extract_missing_file(tmp_path: Path) -> None:
    one_line_error(runner.invoke(app, ["extract", str(tmp_path / "nope.txt")]), "nope.txt", "no such file")


def test_extract_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("  \n", encoding="utf-8")
    one_line_error(runner.invoke(app, ["extract", str(p)]), "empty.txt", "empty")


def test_extract_not_utf8(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("\u0645\u0635\u0631".encode("cp1256"))
    one_line_error(runner.invoke(app, ["extract", str(p)]), "latin.txt", "UTF-8")


def test_extract_binary(tmp_path: Path) -> None:
    p = tmp_path / "img.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    one_line_error(runner.invoke(app, ["extract", str(p)]), "img.txt")


def test_extract_bad_date(tmp_path: Path) -> None:
    one_line_error(runner.invoke(app, ["extract", str(example_paths()[0]), "--published", "13/09/2022"]),
                   "YYYY-MM-DD")


def test_build_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.md").write_text("x", encoding="utf-8")
    one_line_error(runner.invoke(app, ["build", str(tmp_path / "docs"), "--store", str(tmp_path / "kg")]),
                   "no .txt or .jsonl")
    assert not (tmp_path / "kg").exists()


def test_build_malformed_jsonl_writes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "دعت مصر إسرائيل إلى وقف القتال."}\n{"id": "b", "text": \n',
                      encoding="utf-8")
    one_line_error(runner.invoke(app, ["build", str(corpus), "--store", str(tmp_path / "kg")]),
                   "c.jsonl:2", "malformed JSON")
    assert not (tmp_path / "kg").exists()


def test_build_jsonl_missing_text(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a"}\n', encoding="utf-8")
    one_line_error(runner.invoke(app, ["build", str(corpus), "--store", str(tmp_path / "kg")]),
                   "c.jsonl:1", "text")


def test_build_unwritable_store(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    one_line_error(runner.invoke(app, ["build", "--example", "--store", str(blocker / "kg")]))


def test_build_no_inputs(tmp_path: Path) -> None:
    one_line_error(runner.invoke(app, ["build", "--store", str(tmp_path / "kg")]), "no inputs")


def test_query_view_export_validate_on_example(example_store: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["query", str(example_store), "accusations", "--format", "json"])
    assert res.exit_code == 0, res.stderr
    rows = json.loads(res.stdout)
    assert rows, "the example states accusations"
    res = runner.invoke(app, ["query", str(example_store), "list"])
    assert res.exit_code == 0 and "accusations" in res.stdout
    out = tmp_path / "kg.html"
    res = runner.invoke(app, ["view", str(example_store), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    html = out.read_text(encoding="utf-8")
    assert "vis-network" in html or "vis.Network" in html
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", html)
    for suffix in ("trig", "nq"):
        target = tmp_path / f"kg.{suffix}"
        res = runner.invoke(app, ["export", str(example_store), "-o", str(target)])
        assert res.exit_code == 0, res.stderr
        assert target.stat().st_size > 1000
    res = runner.invoke(app, ["validate", str(example_store)])
    assert res.exit_code == 0, res.stdout + res.stderr


def test_query_unknown_name(example_store: Path) -> None:
    one_line_error(runner.invoke(app, ["query", str(example_store), "no_such_query"]), "no_such_query")


def test_query_missing_store(tmp_path: Path) -> None:
    one_line_error(runner.invoke(app, ["query", str(tmp_path / "nokg"), "accusations"]), "nokg")


def test_view_missing_store(tmp_path: Path) -> None:
    one_line_error(runner.invoke(app, ["view", str(tmp_path / "nokg"), "-o", str(tmp_path / "x.html")]))


def test_build_locked_store(example_store: Path, tmp_path: Path) -> None:
    from conflictkg.ontology.store import Store

    store = tmp_path / "kg"
    with Store.open(store):  # another writer holds the store
        one_line_error(runner.invoke(app, ["build", "--example", "--store", str(store)]), "locked")
    with Store.open(store, read_only=True, create=False) as kg:
        assert kg.article_ids() == []  # nothing half-written


def test_query_param_without_equals(example_store: Path) -> None:
    one_line_error(runner.invoke(app, ["query", str(example_store), "statements_by", "--param", "actor"]),
                   "KEY=VALUE")


def test_build_folder_skips_hidden_folders(tmp_path: Path) -> None:
    (tmp_path / "docs" / ".venv").mkdir(parents=True)
    (tmp_path / "docs" / ".venv" / "x.jsonl").write_text("not json\n", encoding="utf-8")
    one_line_error(runner.invoke(app, ["build", str(tmp_path / "docs"), "--store", str(tmp_path / "kg")]),
                   "no .txt or .jsonl")
