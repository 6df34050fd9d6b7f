"""Trigger patterns (spaCy token-pattern JSONL) and a fast first-token index to match them.

Each line of ``patterns/<type>.jsonl`` is a spaCy ``Matcher`` pattern with a
``label`` (the relation type, or a cue class in ``cues.jsonl``) and an ``id``
(the argument *frame*: ``verb``, ``masdar``, ``between`` ...). Patterns use
the ``NORM`` attribute (folded, see ``normalize.fold``) with a literal string or
``{"IN": [...]}``, an optional ``OP`` (``?``, ``*``, ``+``, ``{n,m}``), and
the empty spec ``{}`` for "any token". Pattern strings are folded on loading,
so the files may be written with hamza and alef maqsura.

spaCy's ``Matcher`` checks every pattern at every token (measured: about 1 ms
per ``IN`` pattern per 1000 tokens), which would make the trigger step the
slowest pipe. ``TriggerIndex`` keeps the same semantics but indexes patterns
by their first token's possible values, so only the few tokens that start a
trigger are examined. A conjunction proclitic (``و``/``ف``) glued to the first
word is accepted (``واتهمت``), because the tokenizer only splits clitics off
known names.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .normalize import fold

PATTERN_FILES = (
    "accuses", "calls_on", "mediates", "fights", "ceasefire", "allied_with",
    "deploys_to", "cedes_to", "denies", "contacts", "casualties",
)
CUE_FILE = "cues"
CONJUNCTIONS = ("و", "ف")
_QUANT = re.compile(r"^\{(\d*),(\d*)\}$")
MAX_REPEAT = 12


@dataclass(frozen=True)
class TokenSpec:
    """One token of a pattern: allowed NORM values (``None`` = any) and repeat bounds."""

    values: frozenset[str] | None
    min: int = 1
    max: int = 1

    def accepts(self, norm: str) -> bool:
        return self.values is None or norm in self.values


@dataclass(frozen=True)
class TriggerPattern:
    """A parsed pattern line."""

    label: str
    id: str
    tokens: tuple[TokenSpec, ...]


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A match: token range ``[start, end)`` of pattern ``label``/``id``."""

    label: str
    id: str
    start: int
    end: int


def _parse_token(spec: dict[str, object], where: str) -> TokenSpec:
    op = str(spec.get("OP", "1"))
    fixed = {"1": (1, 1), "?": (0, 1), "*": (0, MAX_REPEAT), "+": (1, MAX_REPEAT)}
    if op in fixed:
        lo, hi = fixed[op]
    else:
        m = _QUANT.match(op)
        if not m:
            raise ValueError(f"{where}: unsupported OP {op!r}")
        lo = int(m.group(1) or 0)
        hi = int(m.group(2)) if m.group(2) else MAX_REPEAT
    keys = set(spec) - {"OP"}
    if not keys:
        return TokenSpec(None, lo, hi)
    if keys != {"NORM"}:
        raise ValueError(f"{where}: only NORM is supported, got {sorted(keys)}")
    value = spec["NORM"]
    if isinstance(value, str):
        vals = {value}
    elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        vals = set(value["IN"])
    else:
        raise ValueError(f"{where}: NORM must be a string or {{'IN': [...]}}")
    return TokenSpec(frozenset(fold(v) for v in vals), lo, hi)


def parse_patterns(lines: Iterable[str], source: str = "<patterns>") -> list[TriggerPattern]:
    """Parse JSONL pattern lines.

    Examples
    --------
    >>> [p] = parse_patterns(['{"label": "accuses", "id": "verb", "pattern": [{"NORM": "اتّهم"}]}'])
    >>> p.label, p.id, sorted(p.tokens[0].values)
    ('accuses', 'verb', ['اتهم'])
    """
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: {exc}") from exc
        if not {"label", "id", "pattern"} <= set(row) or not row["pattern"]:
            raise ValueError(f"{where}: a pattern line needs label, id and a non-empty pattern")
        tokens = tuple(_parse_token(t, where) for t in row["pattern"])
        if tokens[0].values is None or tokens[0].min == 0:
            raise ValueError(f"{where}: the first token must be required and constrained")
        out.append(TriggerPattern(str(row["label"]), str(row["id"]), tokens))
    return out


@lru_cache(maxsize=None)
def load_patterns(name: str) -> tuple[TriggerPattern, ...]:
    """Patterns of ``patterns/<name>.jsonl`` from the installed package (cached)."""
    text = files("conflictkg.extract").joinpath("patterns", f"{name}.jsonl").read_text(
        encoding="utf-8")
    return tuple(parse_patterns(text.splitlines(), f"patterns/{name}.jsonl"))


class TriggerIndex:
    """Match many token patterns over a sequence of NORM strings in about linear time.

    Examples
    --------
    >>> idx = TriggerIndex(parse_patterns([
    ...     '{"label": "ceasefire", "id": "truce", "pattern": '
    ...     '[{"NORM": "وقف"}, {"NORM": "إطلاق"}, {"NORM": "النار"}]}',
    ...     '{"label": "accuses", "id": "verb", "pattern": [{"NORM": {"IN": ["اتهم", "اتهمت"]}}]}']))
    >>> [(m.label, m.start, m.end) for m in idx.match(["واتهمت", "باكو", "بخرق", "وقف", "اطلاق", "النار"])]
    [('accuses', 0, 1), ('ceasefire', 3, 6)]
    """

    def __init__(self, patterns: Sequence[TriggerPattern]) -> None:
        self.patterns = tuple(patterns)
        first: dict[str, list[TriggerPattern]] = {}
        for p in self.patterns:
            for v in p.tokens[0].values or ():
                first.setdefault(v, []).append(p)
        # one lookup per token: the conjunction-glued forms are keys too ("واتهم")
        self._first = dict(first)
        for v, pats in first.items():
            if len(v) >= 3:
                for c in CONJUNCTIONS:
                    if c + v not in first:
                        self._first[c + v] = pats

    def candidates(self, norm: str) -> list[TriggerPattern]:
        """Patterns whose first token accepts ``norm`` (or ``norm`` minus a conjunction)."""
        return self._first.get(norm) or []

    def match(self, norms: Sequence[str], offset: int = 0) -> list[TriggerMatch]:
        """All matches, longest first at each start; overlapping matches are kept.
        Positions are indices into ``norms`` plus ``offset``."""
        out: list[TriggerMatch] = []
        first = self._first
        # the few tokens that start a pattern, found in one pass
        for i, pats in [(i, p) for i, p in enumerate(map(first.get, norms)) if p]:
            for p in pats:
                # a one-token pattern has matched already (most verbs and nouns)
                end = i + 1 if len(p.tokens) == 1 else _match_rest(p.tokens, 1, norms, i + 1)
                if end is not None:
                    out.append(TriggerMatch(p.label, p.id, i + offset, end + offset))
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return out


def _match_rest(tokens: tuple[TokenSpec, ...], k: int, norms: Sequence[str], i: int) -> int | None:
    """End index of the shortest match of ``tokens[k:]`` at ``norms[i:]``, or None."""
    if k == len(tokens):
        return i
    spec = tokens[k]
    n = 0
    while True:
        if n >= spec.min:
            end = _match_rest(tokens, k + 1, norms, i + n)
            if end is not None:
                return end
        if n >= spec.max or i + n >= len(norms) or not spec.accepts(norms[i + n]):
            return None
        n += 1


@lru_cache(maxsize=1)
def relation_index() -> TriggerIndex:
    """One index over every relation pattern file (cached: package data is immutable)."""
    pats: list[TriggerPattern] = []
    for name in PATTERN_FILES:
        if name != "casualties":
            pats.extend(load_patterns(name))
    return TriggerIndex(pats)


@lru_cache(maxsize=1)
def cue_index() -> TriggerIndex:
    """The index of structural cues (speech verbs, complementizers, polarity, collectives)."""
    return TriggerIndex(load_patterns(CUE_FILE))


@lru_cache(maxsize=1)
def combined_index() -> TriggerIndex:
    """Relation, cue and casualty patterns in one index: one pass over a sentence."""
    return TriggerIndex(relation_index().patterns + cue_index().patterns
                        + casualty_index().patterns)


@lru_cache(maxsize=1)
def casualty_index() -> TriggerIndex:
    """The index of casualty nouns and verbs."""
    return TriggerIndex(load_patterns("casualties"))
