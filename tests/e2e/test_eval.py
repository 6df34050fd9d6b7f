"""Score annotated articles with ``../shared/eval/score.py`` and guard the floors.

Eight sets: ``../shared/eval/dev`` (the shared dev set), ``tests/data/heldout``
(articles and gold the team wrote about conflicts the dev set does not cover,
to see how far the rules generalize) and ``tests/data/heldout2`` to ``heldout7``
(such sets written and annotated before the extractor was ever run on them, so
that each first score was a blind estimate for unseen articles; heldout7 has
not been read by anyone tuning rules, heldout4 to heldout6 were read once a newer
blind set existed). The extractor's output for each article
is produced exactly as ``conflictkg extract ARTICLE --published DATE --format
json`` produces it (same library function), written to a temporary folder, and
scored by the shared scorer in a subprocess. Each floor sits just under the
figure measured when it was last raised; lower one only in a commit that says why.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg.api import extract_file

DATA = Path(__file__).resolve().parents[1] / "data"

# set -> scorer label -> minimum F1
FLOORS = {
    # measured 2026-12-02 (third session): entity 0.992 (each type >= 0.986), dyad 0.944,
    # actor 0.910, casualties 0.938; every type with >= 5 dev instances >= 0.74
    "dev": {
        "entity:ALL": 0.98, "entity:State": 0.98, "entity:Person": 0.97,
        "entity:Organization": 0.97, "entity:Place": 0.98,
        "dyad:ALL": 0.93, "actor:ALL": 0.90, "casualties": 0.92,
        "actor:accuses": 0.88, "actor:calls_on": 0.93, "actor:mediates": 0.90,
        "actor:fights": 0.72, "actor:allied_with": 0.91, "actor:ceasefire": 0.98,
        "actor:deploys_to": 0.93, "actor:holds_role": 0.86,
    },
    # measured 2026-12-02 (third session): entity 0.980, dyad 0.963, actor 0.859, casualties 0.909
    "heldout": {
        "entity:ALL": 0.97, "dyad:ALL": 0.95, "actor:ALL": 0.84, "casualties": 0.88,
    },
    # first (blind) score 2026-12-02 at a655b73: entity 0.836, dyad 0.467, actor 0.372,
    # casualties 0.615. Its failure families were then fixed (the third session read the set
    # itself), so 0.953, 0.868, 0.673, 0.800 now is optimistic
    "heldout2": {  # 0.963, 0.874, 0.691, 0.800 (fifth session); 0.973, 0.886, 0.703, 0.810 (sixth)
        "entity:ALL": 0.96, "dyad:ALL": 0.87, "actor:ALL": 0.69, "casualties": 0.79,
    },
    # blind at 4dcf878 (before the third session's fixes): 0.861, 0.603, 0.539, 0.581; the
    # morning's heldout2-driven rules left 7 of its 8 outputs byte-identical. A second round
    # then read it: 0.880, 0.658, 0.584, 0.625; the fourth session's entity round read it
    # too: 0.908, 0.675, 0.602, 0.625; 0.931, 0.689, 0.620, 0.688 after the fifth,
    # 0.967, 0.802, 0.734, 0.750 after the sixth (optimistic)
    "heldout3": {
        "entity:ALL": 0.95, "dyad:ALL": 0.78, "actor:ALL": 0.71, "casualties": 0.71,
    },
    # blind at 3dc54f0 (after the morning's fixes): 0.826, 0.397, 0.314, 0.636; unread by anyone
    # tuning rules until heldout5 existed: 0.824, 0.415, 0.316, 0.636 at the third session's end.
    # The fourth session read its casualty records: 0.827, 0.415, 0.316, 0.727; the fifth
    # read it whole: 0.907, 0.626, 0.497, 0.864 now (optimistic)
    "heldout4": {  # 0.961, 0.739, 0.609, 0.864 after the sixth session
        "entity:ALL": 0.94, "dyad:ALL": 0.72, "actor:ALL": 0.59, "casualties": 0.84,
    },
    # blind, written by a new writer in the fourth session: first scored at 58510ed 0.812,
    # 0.431, 0.231, 0.286 and unchanged after that session's rounds; read by the fifth
    # session's rounds: 0.902, 0.744, 0.538, 0.778 now (optimistic)
    "heldout5": {  # 0.944, 0.816, 0.583, 0.778 after the sixth session
        "entity:ALL": 0.93, "dyad:ALL": 0.80, "actor:ALL": 0.56, "casualties": 0.75,
    },
    # blind, written by a new writer in the fifth session: 0.783, 0.497, 0.419, 0.512 with
    # the code that session started from (32c9233), 0.780, 0.521, 0.429, 0.609 at its end;
    # read from the sixth session on, once heldout7 existed: 0.799, 0.607, 0.517, 0.680
    "heldout6": {
        "entity:ALL": 0.78, "dyad:ALL": 0.59, "actor:ALL": 0.50, "casualties": 0.66,
    },
    # blind, written by a new writer in the sixth session (nobody tuning rules has read it):
    # 0.799, 0.476, 0.429, 0.424 with the code that session started from (9a1206c), first
    # scored at its end: 0.812, 0.483, 0.427, 0.471, the honest estimate for unseen articles
    "heldout7": {
        "entity:ALL": 0.80, "dyad:ALL": 0.47, "actor:ALL": 0.41, "casualties": 0.45,
    },
}


def score_dir(gold_dir: Path, score_py: Path, pred: Path) -> dict:
    golds = sorted(gold_dir.glob("*.gold.json"))
    assert golds, f"no gold files in {gold_dir}"
    for gold_path in golds:
        name = gold_path.name[: -len(".gold.json")]
        published = json.loads(gold_path.read_text(encoding="utf-8")).get("published")
        out = extract_file(gold_dir / f"{name}.txt", published=published, fmt="json")
        (pred / f"{name}.json").write_text(out, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(score_py), str(gold_dir), "--pred-dir", str(pred), "--json"],
        capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    # --json prints the report, then the headline line last
    body, _, headline = proc.stdout.rstrip().rpartition("\n")
    assert headline.startswith("articles="), proc.stdout[-500:]
    data = json.loads(body)
    assert not data["failures"], data["failures"]
    return data


#: the team's own sets, beside the shared dev set
OWN_SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
            "heldout7")


@pytest.fixture(scope="module")
def reports(shared_eval: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    score_py = shared_eval / "score.py"
    dirs = {"dev": shared_eval / "dev", **{name: DATA / name for name in OWN_SETS}}
    return {name: score_dir(d, score_py, tmp_path_factory.mktemp(name)) for name, d in dirs.items()}


def table(data: dict) -> str:
    return "\n".join(f"{k:26} P={v['p']:.3f} R={v['r']:.3f} F1={v['f']:.3f}"
                     for k, v in sorted(data["scores"].items()))


@pytest.mark.parametrize(("which", "label"),
                         [(w, lab) for w, floors in FLOORS.items() for lab in sorted(floors)])
def test_floor(reports: dict[str, dict], which: str, label: str) -> None:
    data = reports[which]
    got = data["scores"].get(label, {"f": 0.0})["f"]
    floor = FLOORS[which][label]
    assert got >= floor, f"{which} {label} F1 {got:.3f} < floor {floor}\n{table(data)}"
