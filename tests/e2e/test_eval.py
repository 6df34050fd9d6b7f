"""Score ``../shared/eval/dev`` with ``../shared/eval/score.py`` and guard the floors.

The extractor's output for each dev article is produced exactly as
``conflictkg extract ARTICLE --published DATE --format json`` produces it (same
library function), written to a temporary folder, and scored by the shared
scorer in a subprocess. Each floor sits just under the figure measured when it
was last raised; lower one only in a commit that says why.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg.api import extract_file

# label in the scorer's report -> minimum F1
FLOORS = {
    "entity:ALL": 0.35,
    "entity:State": 0.90,
}
# the headline figures, as printed on the scorer's last line
HEADLINE_FLOORS = {
    "entity_F1": 0.35,
}


@pytest.fixture(scope="module")
def report(shared_eval: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    dev = shared_eval / "dev"
    pred = tmp_path_factory.mktemp("pred")
    golds = sorted(dev.glob("*.gold.json"))
    assert golds, f"no gold files in {dev}"
    for gold_path in golds:
        name = gold_path.name[: -len(".gold.json")]
        published = json.loads(gold_path.read_text(encoding="utf-8")).get("published")
        out = extract_file(dev / f"{name}.txt", published=published, fmt="json")
        (pred / f"{name}.json").write_text(out, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(shared_eval / "score.py"), str(dev), "--pred-dir", str(pred), "--json"],
        capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    # --json prints the report, then the headline line last
    body, _, headline = proc.stdout.rstrip().rpartition("\n")
    assert headline.startswith("articles="), proc.stdout[-500:]
    data = json.loads(body)
    assert not data["failures"], data["failures"]
    return data


def table(data: dict) -> str:
    return "\n".join(f"{k:26} P={v['p']:.3f} R={v['r']:.3f} F1={v['f']:.3f}"
                     for k, v in sorted(data["scores"].items()))


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_floor(report: dict, label: str) -> None:
    got = report["scores"][label]["f"]
    assert got >= FLOORS[label], f"{label} F1 {got:.3f} < floor {FLOORS[label]}\n{table(report)}"


def test_headline(report: dict) -> None:
    s = report["scores"]
    headline = {
        "entity_F1": s["entity:ALL"]["f"],
        "relation_F1_dyad": s.get("dyad:ALL", {"f": 0.0})["f"],
        "relation_F1_actor": s.get("actor:ALL", {"f": 0.0})["f"],
        "casualties_F1": s.get("casualties", {"f": 0.0})["f"],
    }
    low = {k: v for k, v in headline.items() if v < HEADLINE_FLOORS.get(k, 0.0)}
    assert not low, f"below floor: {low}\n{table(report)}"
