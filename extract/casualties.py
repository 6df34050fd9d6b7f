"""Casualty figures: how many killed, wounded or missing, on whose side, by whose count.

A casualty noun or verb from ``patterns/casualties.jsonl`` (``قتيلاً``،
``مقتل``، ``جرحى``) is paired with the number next to it, written in digits
(Arabic-Indic digits are folded to ASCII by the normalizer), in words from
``patterns/numbers.tsv`` (``تسعة وأربعون``، ``ثلاثة آلاف``), or as a vague
quantity (``مئات``، ``عشرات``: the count stays ``None``). Hedges
(``على الأقل``، ``ما لا يقل عن``، ``أكثر من``) set ``at_least``.

The side is the actor named with the victims: a nisba (``جندياً أذربيجانياً``),
``من``/``في`` + actor (``من الجانب الأرميني``، ``في غزة``), a genitive before
the figure (``خسائر أرمينيا ... 49 قتيلاً``), or the dyad for ``من الطرفين``.
``reported_by`` is the speaker of the sentence (``أعلن X أن``، ``بحسب X``).
A figure repeated in one article is reported once.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc, Span

from .clauses import ActorGroup, Clause
from .normalize import fold
from .records import Casualty, Evidence
from .triggers import TriggerMatch, casualty_index

#: Tokens between a casualty word and its number (either side).
NUMBER_GAP = 3
#: Tokens after the figure searched for the victims' side.
SIDE_GAP = 4


@lru_cache(maxsize=1)
def number_words() -> dict[str, dict[str, int]]:
    """``folded word -> {kind: value}`` from ``patterns/numbers.tsv``."""
    text = files("conflictkg.extract").joinpath("patterns", "numbers.tsv").read_text(
        encoding="utf-8")
    out: dict[str, dict[str, int]] = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        out.setdefault(fold(row["word"]), {})[row["kind"]] = int(row["value"])
    return out


def _strip_conj(norm: str, words: dict[str, dict[str, int]]) -> str:
    if norm not in words and len(norm) > 2 and norm[0] == "و" and norm[1:] in words:
        return norm[1:]
    return norm


def _digits(norm: str) -> int | None:
    s = norm.replace(",", "").replace("\u066c", "").replace("\u066b", ".")
    if s.replace(".", "", 1).isdigit():
        try:
            return int(float(s))
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class Number:
    """A parsed figure over tokens ``[start, end)``; ``value`` None for a vague quantity."""

    start: int
    end: int
    value: int | None
    at_least: bool = False


def parse_number(norms: list[str], i: int) -> Number | None:
    """Parse the number starting at ``norms[i]`` (digits, words, multipliers, vague).

    Examples
    --------
    >>> parse_number(["49", "قتيلا"], 0).value
    49
    >>> parse_number(["تسعه", "واربعون", "قتيلا"], 0).value
    49
    >>> parse_number(["30", "الف", "قتيل"], 0).value
    30000
    >>> parse_number(["ثلاثه", "الاف", "جندي"], 0).value
    3000
    >>> parse_number(["مئات", "القتلي"], 0).value is None
    True
    """
    words = number_words()
    total, current, j, seen = 0, 0, i, False
    while j < len(norms):
        w = _strip_conj(norms[j], words)
        d = _digits(w)
        kinds = words.get(w, {})
        if d is not None and not seen:
            current, seen = d, True
        elif seen and "multiplier" in kinds:
            total += max(current, 1) * kinds["multiplier"]
            current = 0
        elif not seen and "multiplier" in kinds and "vague" not in kinds:
            total += kinds["multiplier"]
            seen = True
        elif any(k in kinds for k in ("unit", "ten", "hundred")) and (
                not seen or norms[j] != w):  # words chain with "و"
            current += next(kinds[k] for k in ("unit", "ten", "hundred") if k in kinds)
            seen = True
        elif not seen and "vague" in kinds:
            return Number(i, j + 1, None)
        else:
            break
        j += 1
    if not seen:
        return None
    return Number(i, j, total + current)


def find_number(norms: list[str], lo: int, hi: int) -> Number | None:
    """The number nearest a casualty word in ``norms[lo:hi]`` (indices into ``norms``)."""
    for i in range(max(lo, 0), min(hi, len(norms))):
        n = parse_number(norms, i)
        if n is not None:
            return n
    return None


def _hedged(norms: list[str], n: Number) -> bool:
    words = number_words()
    before = norms[max(0, n.start - 4):n.start]
    after = norms[n.end:n.end + 4]
    return any("at_least" in words.get(w, {}) for w in before) or "الاقل" in after


def casualties_in(doc: Doc, idx: int, sent: Span, clause: Clause, speaker: list[str],
                  resolve: "callable", published_date: str | None) -> list[Casualty]:  # type: ignore[valid-type]
    """Casualty records stated in one sentence (``resolve`` turns a group into ids)."""
    norms = clause.norms
    off = clause.start
    out: list[Casualty] = []
    used: set[int] = set()
    for m in casualty_index().match(norms):
        kind = m.id
        if kind not in ("killed", "wounded", "missing"):
            continue
        before = find_number_back(norms, m.start)
        after = find_number(norms, m.end, m.end + NUMBER_GAP)
        num = before if before is not None else after
        if num is None or num.start in used:
            continue
        used.add(num.start)
        side = _side(clause, off + min(num.start, m.start), off + max(num.end, m.end), resolve)
        trig = doc[off + m.start: off + m.end]
        toks = [t for t in sent if not t.is_space]
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        ev = Evidence(sentence_index=idx, start=s, end=e, text=doc.text[s:e], trigger=trig.text,
                      trigger_start=trig.start_char, trigger_end=trig.end_char)
        counts = {"killed": None, "wounded": None, "missing": None}
        counts[kind] = num.value
        out.append(Casualty(side=tuple(side), reported_by=speaker[0] if speaker else None,
                            at_least=_hedged(norms, num), evidence=ev, date=published_date,
                            **counts))
    return out


def find_number_back(norms: list[str], pos: int) -> Number | None:
    """A number ending right before ``pos`` (``49 قتيلاً``، ``30 ألف قتيل``)."""
    for start in range(max(0, pos - NUMBER_GAP), pos):
        n = parse_number(norms, start)
        if n is not None and n.end == pos:
            return n
    return None


def _side(clause: Clause, lo: int, hi: int, resolve: "callable") -> list[str]:  # type: ignore[valid-type]
    """Ids of the victims' side: an actor right after the figure, else just before it."""
    for g in clause.groups:
        if hi <= g.start <= hi + SIDE_GAP and g.prep in (None, "من", "في", "ل"):
            ids = resolve(g)
            if ids:
                return ids
        if g.start > hi + SIDE_GAP:
            break
    prev: ActorGroup | None = None
    for g in clause.groups:
        if g.end <= lo and lo - g.end <= 6 and not clause.blocked(g.end, lo) and g.prep in (
                None, "في", "من"):
            prev = g
    return resolve(prev) if prev is not None else []


def merge_repeats(items: list[Casualty]) -> list[Casualty]:
    """One record per (kind, count): a figure repeated later only fills a missing side/source."""
    out: list[Casualty] = []
    index: dict[tuple[str, int], int] = {}
    for c in items:
        kind = "killed" if c.killed is not None else "wounded" if c.wounded is not None \
            else "missing" if c.missing is not None else None
        if kind is None:
            out.append(c)
            continue
        key = (kind, getattr(c, kind))
        if key in index:
            old = out[index[key]]
            if (not old.side and c.side) or (not old.reported_by and c.reported_by):
                out[index[key]] = Casualty(
                    side=old.side or c.side, killed=old.killed, wounded=old.wounded,
                    missing=old.missing, reported_by=old.reported_by or c.reported_by,
                    at_least=old.at_least or c.at_least, evidence=old.evidence, date=old.date)
            continue
        index[key] = len(out)
        out.append(c)
    return out


_ = TriggerMatch  # the match type of casualty_index(), documented in triggers
