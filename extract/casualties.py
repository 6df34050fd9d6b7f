"""Casualty figures: how many killed, wounded or missing, on whose side, by whose count.

A casualty noun or verb from ``patterns/casualties.jsonl`` (``قتيلاً``،
``مقتل``، ``جرحى``) is paired with the number next to it, written in digits
(Arabic-Indic digits are folded to ASCII by the normalizer), in words from
``patterns/numbers.tsv`` (``تسعة وأربعون``، ``ثلاثة آلاف``), or as a vague
quantity (``مئات``، ``عشرات``: the count stays ``None``). Hedges
(``على الأقل``، ``ما لا يقل عن``، ``أكثر من``) set ``at_least``.

The side, in this order: (1) the actor named with the victims: a nisba
(``جندياً أذربيجانياً``), ``من``/``في`` + actor (``من الجانب الأرميني``،
``في غزة``); (2) a loss noun's genitive (``خسائر أرمينيا ... 49 قتيلاً``);
(3) possessive victims (``تسعة من جنودها``) -> the reporter; (4) the nearest
actor or place before the figure in the same clause; (5) a reporter belonging
to a state -> that state (a government counts its own losses); (6) fighters
with no side -> both sides of the article's conflict; (7) civilians or people
with no side -> the state the article reports from (its dateline).
``reported_by`` is the
speaker of the sentence (``أعلن X أن``، ``بحسب X``).
A figure repeated in one article is reported once.
"""
from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .clauses import COMMA, PREPOSITIONS, ActorGroup, Clause, DocView
from .gazetteer import gazetteer
from .normalize import fold
from .records import Casualty

#: Tokens between a casualty word and its number (either side).
NUMBER_GAP = 3
#: Tokens after the figure searched for the victims' side.
SIDE_GAP = 4
#: The "-teen" word after a unit ("ثلاثة عشر"، "ثلاث عشرة"), folded.
TEENS = frozenset({"عشر", "عشره"})
#: "one" after a singular victim noun (folded).
ONE = frozenset({"واحد", "واحدا", "واحده"})
#: Tokens before the figure searched for the victims' side.
BEFORE_GAP = 12
#: How far after the figure a victims' noun phrase may end in its nisba.
PHRASE_GAP = 8
#: How far after a toll's casualty word «إلى» or its verb may stand ("حصيلة القتلى في ... إلى").
TOLL_GAP = 6
#: How far after a killing verb its object's figure may stand (past the subject).
OBJECT_GAP = 7
#: Hedge words a figure may follow (``بما لا يقل عن``، ``بأكثر من``): skipped, not counted.
HEDGE_WORDS = 4


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


@lru_cache(maxsize=1 << 14)  # a pure function of the token, asked for each token near a figure
def _digits(norm: str) -> int | float | None:
    s = norm.replace(",", "").replace("\u066c", "").replace("\u066b", ".")
    if s.replace(".", "", 1).isdigit():
        try:
            f = float(s)  # "1.5 مليون": the fraction counts once multiplied
            return int(f) if f.is_integer() else f
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
    >>> parse_number(["ثلاثه", "عشر", "قتيلا"], 0).value
    13
    >>> parse_number(["1.5", "مليون"], 0).value
    1500000
    >>> find_number(["بين", "ثلاثه", "واربعه", "الاف", "جندي"], 0, 3)
    Number(start=1, end=4, value=3000, at_least=True)
    >>> parse_number(["ميات", "القتلي"], 0).value is None  # folded "مئات"
    True
    >>> parse_number(["منذ", "1984"], 1) is None  # a year
    True
    >>> parse_number(["جنديين", "اثنين"], 0)
    Number(start=0, end=2, value=2, at_least=False)
    """
    words = number_words()
    total, current, j, seen = 0, 0, i, False
    while j < len(norms):
        w = _strip_conj(norms[j], words)
        d = _digits(w)
        kinds = words.get(w, {})
        if d is not None and not seen:
            if 1000 <= d <= 2100 and j == i and _after_year(norms, i, words):
                return None  # "منذ عام 1984"، "بين عامي 2013 و2018": a year, never a count
            current, seen = d, True
        elif not seen and "dual" in kinds:  # "شرطيان"، "جنديين" (+ "اثنان"): two
            two = j + 1 < len(norms) and words.get(norms[j + 1], {}).get("unit") == 2
            return Number(i, j + 1 + two, 2)
        elif seen and "multiplier" in kinds:
            total += max(current, 1) * kinds["multiplier"]
            current = 0
        elif not seen and "multiplier" in kinds and "vague" not in kinds:
            total += kinds["multiplier"]
            seen = True
        elif seen and w in TEENS and 0 < current < 10 and norms[j] == w:
            current += 10  # "ثلاثة عشر"
        elif any(k in kinds for k in ("unit", "ten", "hundred")) and (
                not seen or norms[j] != w):  # words chain with "و"
            if seen and "unit" in kinds and "ten" not in kinds and 0 < current % 100 < 10:
                break  # "ثلاثة وأربعة": two units are a range or a list, not a sum
            current += next(kinds[k] for k in ("unit", "ten", "hundred") if k in kinds)
            seen = True
        elif not seen and "vague" in kinds:
            k = j + 1  # "عشرات الآلاف"، "مئات الآلاف": one vague quantity
            while k < len(norms) and {"vague", "multiplier"} & set(words.get(norms[k], {})):
                k += 1
            return Number(i, k, None)
        else:
            break
        j += 1
    if not seen:
        return None
    return Number(i, j, int(total + current))


def _after_year(norms: list[str], i: int, words: dict[str, dict[str, int]]) -> bool:
    """``norms[i]`` follows a year word, directly or as the second year of a span
    (``عامي 2013 و2018``، ``بين عامي 2013 - 2018``)."""
    def is_year_word(k: int) -> bool:
        return k >= 0 and "year" in words.get(_strip_conj(norms[k], words), {})

    if is_year_word(i - 1):
        return True
    k = i - 1
    if k >= 0 and norms[k] in ("و", "-", "–", "الي"):
        k -= 1
    return k >= 0 and 1000 <= (_digits(_strip_conj(norms[k], words)) or 0) <= 2100 \
        and is_year_word(k - 1)


def find_number(norms: list[str], lo: int, hi: int) -> Number | None:
    """The first number in ``norms[lo:hi]``, hedges (``نحو``، ``أكثر من``) skipped."""
    words = number_words()
    i = max(lo, 0)
    while i < min(hi, len(norms)):
        n = parse_number(norms, i)
        if n is not None:
            return _range(norms, n)
        w = _strip_conj(norms[i], words)
        if not ({"approx", "at_least"} & set(words.get(w, {})) or w in ("من", "عن", "ما", "لا",
                                                                      "يصل", "الي", "بين", "علي")):
            return None
        hi += 1
        i += 1
    return None


def _range(norms: list[str], n: Number) -> Number:
    """``بين 3 و4 آلاف``، ``من 10 إلى 15``، ``10-15``: the lower bound, marked ``at_least``.

    Examples
    --------
    >>> _range(["10", "الي", "15", "قتيلا"], Number(0, 1, 10))
    Number(start=0, end=3, value=10, at_least=True)
    """
    j = n.end
    if j >= len(norms) or n.value is None:
        return n
    nxt = None
    if norms[j] in ("و", "الي", "-", "–"):
        nxt = parse_number(norms, j + 1)
    elif norms[j][:1] == "و" and len(norms[j]) > 1:
        glued = [norms[j][1:]] + list(norms[j + 1:j + 3])
        nxt = parse_number(glued, 0)
        if nxt is not None:
            nxt = Number(j, j + nxt.end, nxt.value)
    if nxt is None or nxt.value is None or nxt.value <= 0:
        return n
    low, high = n.value, nxt.value
    if high < 1000 <= low:  # "بين ثلاثة وأربعة آلاف": the multiplier is shared
        return n
    if high < low and low % 1000 == 0 and high < 1000:
        return n
    if n.value < 1000 and nxt.value >= 1000 and nxt.value % 1000 == 0 and nxt.value // 1000 < 100:
        low = n.value * 1000  # "ثلاثة وأربعة آلاف" -> 3000
    return Number(n.start, nxt.end, min(low, high), at_least=True)


def _hedged(norms: list[str], n: Number) -> bool:
    words = number_words()
    before = norms[max(0, n.start - 4):n.start]
    after = norms[n.end:n.end + 4]
    return any("at_least" in words.get(w, {}) for w in before) or "الاقل" in after


Resolver = Callable[[ActorGroup], list[str]]


@dataclass(frozen=True)
class SideContext:
    """What the side rules need besides the sentence: who speaks, the dyad, roll-up."""

    reporter: list[str]
    dyad: list[str]
    parent: Callable[[str], str]
    location: str | None = None
    state_of: Callable[[str], str | None] = lambda _x: None  # noqa: E731
    theatre: str | None = None  # the state most of the article's places are in


def casualties_in(view: DocView, idx: int, sent: tuple[int, int], clause: Clause,
                  speaker: Callable[[int], list[str]],
                  resolve: Resolver, date: Callable[[], str | None],
                  dyad: list[str] | None = None,
                  parent: Callable[[str], str] | None = None,
                  location: str | None = None,
                  state_of: Callable[[str], str | None] | None = None,
                  previous: tuple[str, ...] = (),
                  theatre: str | None = None) -> list[Casualty]:
    """Casualty records stated in one sentence.

    Parameters
    ----------
    speaker : doc token position -> ids of who reports what is said there (may be empty)
    date : returns the sentence's event date (called only when a figure is found)
    resolve : turns an actor group into entity ids (collectives -> the dyad)
    dyad : the two sides of the article's conflict
    parent : maps an entity to the state/organization it belongs to
    location : the state of the article's dateline or, when the dateline is elsewhere (talks
        in Geneva, a correspondent in the attacker's capital), the state most of its places are in
    state_of : the State an entity belongs to, or None (IGOs, armed groups, ...)
    previous : the side of the figure the sentence before gave (``آخرون`` keep it)
    theatre : the state most of the article's places are in (soldiers with no side named
        and no conflict pair known are its soldiers)
    """
    if not clause.casualty_matches:
        return []  # (most sentences: nothing to set up)
    norms = clause.norms
    off = clause.start
    base = SideContext([], list(dyad or ()), parent or (lambda x: x), location,
                       state_of or (lambda _x: None), theatre)
    matches = clause.casualty_matches
    victims = frozenset([c.start - off for c in clause.cues
                         if c.label in ("civilian", "combatant", "victim")]
                        + [i - off for g in clause.groups if g.kind == "nisba"
                           for i in range(g.start, g.end)])  # "ثلاثة جنود هنود قتلوا"
    victims = _victim_tail(clause, victims)
    trig_at = {m.start for m in matches}
    out: list[Casualty] = []
    used: set[int] = set()
    for m in matches:
        if m.id == "lost":  # "خسر الجيش نحو ألف من عناصره": the subject's own dead
            lost, losers = _object_figure(clause, m.end, trig_at, resolve, own=True)
            reporter = speaker(off + m.start)
            if lost is not None and losers and lost.start not in used:
                used.add(lost.start)
                out.append(Casualty(
                    side=tuple(losers), reported_by=reporter[0] if reporter else None,
                    at_least=lost.at_least or _hedged(norms, lost), date=date(),
                    evidence=view.evidence(idx, sent, (off + m.start, off + m.end)),
                    killed=lost.value, wounded=None, missing=None))
            continue
        if m.id not in ("killed", "wounded", "missing"):
            continue
        reporter = speaker(off + m.start)
        ctx = SideContext(reporter, base.dyad, base.parent, base.location, base.state_of,
                          base.theatre)
        before = find_number_back(norms, m.start, victims)
        if before is not None and before.value is None and clause.has_cue(
                "toll", off + before.start, off + before.end) and norms[m.start].startswith("ال"):
            before = None  # "بلغ عدد القتلى 40": "the number of", not "a number of"
        after = find_number(norms, m.end, m.end + NUMBER_GAP)
        if before is not None and before.start in used:
            before = None  # "مقتل خمسة مدنيين وإصابة عشرين": 5 is the killed figure
        agent: list[str] = []
        if before is None and after is None:
            after = _toll_figure(clause, m.start, m.end, trig_at)
        if before is None and after is None and m.id in ("killed", "wounded"):
            after, agent = _object_figure(clause, m.end, trig_at, resolve)
        elif before is None and after is not None:
            agent = _subject_before(clause, m.start, resolve)  # "مسلحون من X قتلوا 26 شخصا"
        figures = [before if before is not None else after]
        if figures[0] is None and m.end + 1 < len(norms) and norms[m.end + 1] in ONE:
            figures = [Number(m.end + 1, m.end + 2, 1)]  # "مقتل شخص واحد"
        elif figures[0] is None and m.id == "killed" and m.end < len(norms) and clause.has_cue(
                "single_victim", off + m.end, off + m.end + 1):
            figures = [Number(m.end, m.end, 1)]  # "مقتل ضابط وثلاثة جنود": one officer
        if figures[0] is None:
            named = None if clause.has_cue("needs_figure", off + m.start, off + m.end) \
                else _named_victim(clause, off + m.end)  # ("سقوط نظام X": no victim)
            if named is None:
                continue
            side = [ctx.parent(named)]
            figures = [Number(m.end, m.end, 1)]
        else:
            side = []
        figures += _more_figures(norms, figures[-1], trig_at)  # "ألفي مقاتل ونحو 280 مدنياً"
        ev = view.evidence(idx, sent, (off + m.start, off + m.end))
        mine: list[tuple[Number, tuple[str, ...], bool]] = []  # this trigger's figures
        for num in figures:
            if num is None or (num.start in used and num.end > num.start):
                continue
            used.add(num.start)
            lo, hi = off + min(num.start, m.start), off + max(num.end, m.end)
            if figures.index(num) > 0:
                lo, hi = off + num.start, off + num.end
            noun = off + num.end if num.end > num.start else off + m.end
            earlier = out[-1].side if out else previous
            if earlier and clause.has_cue("others", noun, noun + 2):
                this_side = list(earlier)  # "وإصابة خمسة آخرين": the same side as before
            else:
                this_side = side or _nisba_state(clause, num.end, m.start, victims, resolve) \
                    or _toll_side(clause, m.end, num.start, resolve) \
                    or _side(clause, lo, hi, resolve, ctx, off + num.end)
                killers = {ctx.parent(x) for x in agent}
                named = any(g.kind == "nisba" and off + num.end <= g.start <= off + num.end + 2
                            for g in clause.groups)  # "70 جندياً مالياً": the victims' own
                if killers and not named and this_side and {ctx.parent(x) for x in this_side} <= killers:
                    # the killer's victims are not its own: the other side, or the country
                    # where people with no side were killed
                    people = clause.has_cue("civilian", lo, hi + 2) or clause.has_cue(
                        "victim", lo, hi + 2)
                    this_side = ([ctx.location] if people and ctx.location else [
                        d for d in ctx.dyad if ctx.parent(d) not in killers][:1])
            span = (off + num.start, max(noun, off + num.end) + 1)  # (a dual is its own noun)
            troops = clause.has_cue("combatant", *span) or clause.has_cue("single_victim", *span)
            if mine and troops and mine[-1][2] and mine[-1][1] == tuple(this_side) \
                    and num.value is not None and mine[-1][0].value is not None:
                prev = mine.pop()  # "مقتل ضابط وثلاثة جنود": one force's dead add up
                num = Number(prev[0].start, num.end, prev[0].value + num.value,
                             prev[0].at_least or num.at_least)
            mine.append((num, tuple(this_side), troops))
        for num, this_side, _ in mine:
            counts: dict[str, int | None] = {"killed": None, "wounded": None, "missing": None}
            counts[m.id] = num.value
            out.append(Casualty(side=this_side,
                                reported_by=reporter[0] if reporter else None,
                                at_least=num.at_least or _hedged(norms, num), evidence=ev,
                                date=date(), **counts))
    return out


def _open_span(clause: Clause, lo: int, hi: int, trig_at: set[int]) -> bool:
    """No comma, clause boundary (but «منذ»، «بعد» opening a time phrase), speech verb or
    other casualty word in ``norms[lo:hi]``."""
    off = clause.start
    times = {c.start for c in clause.cues if c.label == "clause" and c.id == "time"}
    return not (any(off + lo <= b < off + hi and b not in times for b in clause.boundaries)
                or clause.has_cue("speech", off + lo, off + hi)
                or any(clause.norms[k] in COMMA or k in trig_at for k in range(lo, hi)))
    # (a time phrase may stand between: "قتلت منذ بدء العملية 25 مسلحا")


def _toll_figure(clause: Clause, start: int, end: int, trig_at: set[int]) -> Number | None:
    """The figure of a toll: ``حصيلة القتلى في الهجوم إلى 30``، ``عدد الجرحى جراء القصف
    بلغ 52``، ``قدّر عدد القتلى بنحو ستين`` (a toll noun before the casualty word, the
    figure after «إلى», a verb of reaching or «بـ» within a few words)."""
    off, norms = clause.start, clause.norms
    if not clause.has_cue("toll", off + start - 1, off + start):
        return None
    for k in range(end, min(end + TOLL_GAP, len(norms))):
        if norms[k].startswith("ب") and len(norms[k]) != 2:  # "قدّرت عدد القتلى ... بنحو ستين"
            glued = ([norms[k][1:]] if len(norms[k]) > 1 else []) + list(
                norms[k + 1:k + 1 + NUMBER_GAP + HEDGE_WORDS])  # "بما لا يقل عن 200"
            shift = k if len(norms[k]) > 1 else k + 1
            n = find_number(glued, 0, NUMBER_GAP)
            if n is not None and _open_span(clause, end, k, trig_at):
                return Number(shift + n.start, shift + n.end, n.value, n.at_least)
        if k + 1 < len(norms) and (
                norms[k] == "الي" or clause.has_cue("reach", off + k, off + k + 1)):
            n = find_number(norms, k + 1, k + 1 + NUMBER_GAP)
            if n is not None and _open_span(clause, end, n.start, trig_at):
                return n
            return None
    return None


def _passive(clause: Clause, i: int) -> bool:
    """A killing verb read as passive: vocalized so (``قُتل``، ``أُصيب``) or followed by a
    resumptive «فيه/فيها/فيهم» (``معارك قتل فيها 21 شخصاً``): it names no killer."""
    raw = clause.text(clause.start + i)
    if "\u064f" in raw[:3]:
        return True
    nxt = clause.norms[i + 1] if i + 1 < len(clause.norms) else ""
    return nxt in ("فيه", "فيها", "فيهم", "خلاله", "خلالها", "جراءه", "جراءها")


def _subject_before(clause: Clause, start: int, resolve: Resolver) -> list[str]:
    """Ids of the actor that is the subject of a killing verb before it (SVO: ``مسلحون من
    X قتلوا``، ``الجيش قتل``), read back over time words and «قد»; none for a place."""
    off = clause.start
    if not clause.has_cue("killer_verb", off + start, off + start + 1) or _passive(clause, start):
        return []
    for g in reversed(clause.groups):
        if g.end - off > start:
            continue
        if start - (g.end - off) > 3 or clause.blocked(g.end, off + start) or not g.types \
                or set(g.types) <= {"Place"} or g.prep not in (None, "من"):
            return []
        return resolve(g)
    return []


def _object_figure(clause: Clause, end: int, trig_at: set[int], resolve: Resolver,
                   own: bool = False) -> tuple[Number | None, list[str]]:
    """The object of a killing verb after its subject: ``قتل الجيش الكيني 20 مسلحاً``
    (the figure followed by a victims' noun) and the ids of the subject, the killer.

    ``own``: a verb of losing (``خسر الجيش نحو ألف من عناصره``، ``فقدت القوات 300 جندي``),
    whose subject is the victims' side; the figure may take «من» before its soldiers' noun."""
    off, norms = clause.start, clause.norms
    if not own and not clause.has_cue("killer_verb", off + end - 1, off + end):
        return None, []
    for k in range(end, min(end + OBJECT_GAP, len(norms))):
        n = parse_number(norms, k)
        if n is None:
            continue
        noun = n.end + (own and n.end < len(norms) and norms[n.end] == "من")
        if n.end == n.start or not any(
                clause.has_cue(c, off + noun, off + noun + 1) for c in (
                    ("combatant", "state_force") if own else
                    ("civilian", "combatant", "victim", "hostile", "state_force"))) \
                or not _open_span(clause, end, n.start, trig_at):
            return None, []
        agent = [x for g in clause.groups if end <= g.start - off < n.start and g.prep is None
                 for x in resolve(g)]
        return _range(norms, n), agent
    return None, []


def _victim_tail(clause: Clause, victims: frozenset[int]) -> frozenset[int]:
    """Words that may stand between the victim noun and its verb (``N عسكريا روسيا قتلوا``):
    a state whose name is also the accusative nisba (روسيا، أوكرانيا، تركيا) right after a
    victim noun."""
    off, norms = clause.start, clause.norms
    out = set(victims)
    for g in clause.groups:
        if g.kind == "ent" and g.types == ["State"] and g.end - g.start == 1 and g.prep is None \
                and g.start - off - 1 in out and norms[g.start - off].endswith("ا"):
            out.add(g.start - off)
    # the genitive after a victims noun in construct ("عناصر الجيش البوليفي"، "مقاتلي
    # الحركة"): the named body, or one definite noun
    for g in clause.groups:
        if g.prep is None and g.start - off - 1 in out and g.start - off not in out:
            out.update(range(g.start - off, g.end - off))
    for i in sorted(out):
        if i + 1 < len(norms) and i + 1 not in out and norms[i + 1].startswith("ال") \
                and len(norms[i + 1]) > 3 and not norms[i].startswith("ال"):
            out.add(i + 1)
    return frozenset(out)


def _nisba_state(clause: Clause, lo: int, hi: int, victims: frozenset[int],
                 resolve: Resolver) -> list[str]:
    """The state named by a victims' nisba between the figure and its verb (``30 عسكريا روسيا
    قتلوا``: Russia's dead)."""
    for g in clause.groups:
        if lo <= g.start - clause.start < hi and g.start - clause.start in victims and (
                g.kind == "nisba" or (g.types and "Place" not in g.types)):
            return resolve(g)  # ("5 من مقاتلي الحركة لقوا حتفهم": the movement's dead)
    return []


def _toll_side(clause: Clause, lo: int, hi: int, resolve: Resolver) -> list[str]:
    """The victims named between a toll's casualty word and its figure: ``عدد القتلى في
    صفوف الكويتيين بنحو مئتي``، ``حصيلة القتلى المدنيين الأفغان إلى 30`` (a nisba or
    «صفوف» + actor; not ``حصيلة القتلى في الغارات الإسرائيلية``: the attacker)."""
    off = clause.start
    for g in clause.groups:
        if off + lo <= g.start < off + hi and (g.kind == "nisba" or clause.norm(g.start - 1) in (
                "صفوف", "بصفوف")) and not clause.has_cue("war", g.start - 2, g.start) \
                and not clause.blocked(off + lo, g.start):
            return resolve(g)
    return []


def _named_victim(clause: Clause, pos: int) -> str | None:
    """A person named right after ``مقتل`` (one victim)."""
    for g in clause.groups:
        if pos <= g.start <= pos + 4 and g.types and g.types[0] == "Person" and g.prep is None:
            return g.ids[0]
        if g.start > pos + 4:
            break
    return None


def _more_figures(norms: list[str], first: Number | None, trig_at: set[int]) -> list[Number]:
    """Further figures coordinated with the first (``و`` + number + noun, not a new trigger)."""
    out: list[Number] = []
    cur = first
    while cur is not None:
        nxt = None
        for j in range(cur.end, min(cur.end + 3, len(norms))):
            if norms[j].startswith("و"):
                if norms[j] == "و":
                    cand = find_number(norms, j + 1, j + 3)
                else:  # "ونحو 200"، "و14 مسلحا": the glued word is a number or a hedge;
                    # "وأجبر أكثر من مليون شخص": a verb glued to و starts a new clause
                    glued = [norms[j][1:]] + list(norms[j + 1:j + 4])
                    cand = find_number(glued, 0, 3)
                    if cand is not None:
                        cand = Number(j + cand.start, j + cand.end, cand.value, cand.at_least)
                    elif j + 1 < len(norms) and norms[j + 1] in ONE:
                        cand = Number(j, j + 2, 1)  # "وشرطيا واحدا": one more
                later = cand is not None and cand.end + 1 in trig_at and find_number(
                    norms, cand.end + 2, cand.end + 2 + NUMBER_GAP) is None
                if cand is not None and cand.end not in trig_at and not later \
                        and not any(k in trig_at for k in range(j, cand.start)):
                    nxt = cand  # not "وإصابة عشرين": a new trigger starts a new figure;
                    # "مقتل ضابط و3 جنود وإصابة 27": 3 is the dead's (27 the wounded's)
                break
        if nxt is None:
            break
        out.append(nxt)
        cur = nxt
    return out


def find_number_back(norms: list[str], pos: int, victims: frozenset[int] = frozenset()
                     ) -> Number | None:
    """A number ending right before ``pos`` (``49 قتيلاً``، ``30 ألف قتيل``), or before the
    victim nouns that precede a verb (``14 مدنياً قتلوا``; ``victims``: their positions)."""
    for start in range(max(0, pos - NUMBER_GAP), pos):
        n = parse_number(norms, start)
        if n is not None and n.end == pos:
            return n
    if pos > 1 and norms[pos - 1] == "من":  # partitive: "عشرات الآلاف من القتلى"
        for start in range(max(0, pos - 1 - NUMBER_GAP), pos - 1):
            n = parse_number(norms, start)
            if n is not None and n.end == pos - 1 and n.value is None:
                return n  # (a vague quantity only: "اثنان من القتلى كانا" is a subset)
    end = pos
    while end - 1 in victims:
        end -= 1
    if end < pos:
        for start in range(max(0, end - NUMBER_GAP), end):
            n = parse_number(norms, start)
            if n is not None and n.end == end:
                return n
        if end > 1 and norms[end - 1] == "من":  # "6 من جنودها لقوا حتفهم": a partitive
            for start in range(max(0, end - 1 - NUMBER_GAP), end - 1):
                n = parse_number(norms, start)
                if n is not None and n.end == end - 1:
                    return n
    return None


def _side(clause: Clause, lo: int, hi: int, resolve: Resolver, ctx: SideContext,
          noun: int | None = None) -> list[str]:
    """Ids of the victims' side (see the module docstring for the order of the rules)."""
    # 1. nisba / من / في + actor right after the figure; an actor qualifying an attack
    #    noun there ("في الغارات الإسرائيلية") is the attacker, not the victims' side
    hostile = clause.has_cue("hostile", lo, hi + 2)  # "21 إرهابيا": the enemy's fighters
    soldiers = clause.has_cue("combatant", lo, hi + 2)  # (civilians "في غزة" are Gaza's)
    for g in clause.groups:
        if hi <= g.start <= hi + SIDE_GAP and g.prep in (None, "من", "في", "ل"):
            if g.kind != "nisba" and (hostile and set(g.types) <= {"Place", "State"} or (
                    g.prep == "في" and soldiers and set(g.types) <= (
                        {"Place", "State"} if ctx.reporter else {"Place"}))):
                continue  # "مقتل 30 مسلحاً في ولاية زمفرا"، "جنديين في جنوب لبنان": where
            if clause.blocked(hi, g.start) or clause.has_cue("speech", hi, g.start) or (
                    clause.has_cue("attribution", hi, g.start) and not any(
                        clause.text(k).endswith(("ها", "هم")) and len(clause.text(k)) > 4
                        for k in range(lo, g.start))):
                break  # "وإصابة 300 آخرين، بينما تقول السلطات X": X starts another clause;
                # "قتل 26 شخصا قالت الوزارة إنهم ...": the ministry speaks of them;
                # "بحياة 40 ألف شخص، وفق تقديرات الأمم المتحدة": the UN counts them (but
                # "مقتل أحد أفراد طاقمها، بحسب البعثة": its own crew)
            if clause.has_cue("war", g.start - (2 if g.prep else 1), g.start) or (
                    clause.has_cue("fire_origin", g.start - 3, g.start)):
                continue  # ("في هجوم لحركة الشباب": the attacker; "بقذائف أطلقت من X":
                # where the fire came from)
            if _at_border(clause, g):
                continue  # "على الحدود مع X"، "قرب الحدود X-ية": where, not whose
            ids = resolve(g)
            if ids:
                return ids
        if g.start > hi + SIDE_GAP:
            break
    # 1b. a longer victims' phrase closed by its nisba: "40 من عناصر الشرطة شبه العسكرية
    #     الهندية" (only nouns and adjectives between: no preposition, comma or clause)
    if clause.has_cue("combatant", hi, hi + 2) or clause.has_cue("civilian", hi, hi + 2):
        for g in clause.groups:
            if hi + SIDE_GAP < g.start <= hi + PHRASE_GAP and g.kind == "nisba" and (
                    g.prep is None) and not clause.blocked(hi, g.start) and not any(
                    clause.norm(i) in PREPOSITIONS or clause.norm(i) in COMMA
                    for i in range(hi + (clause.norm(hi) == "من"), g.start)):
                ids = resolve(g)
                if ids:
                    return ids
    # 2. a loss noun's genitive before the figure: "خسائر أرمينيا ... 49 قتيلاً"
    for c in clause.cues:
        if c.label == "loss" and c.end <= lo:
            for g in clause.groups:
                if c.end <= g.start <= c.end + 1 and g.end <= lo and not (
                        g.kind == "nisba" and clause.has_cue("war", g.start - 1, g.start)):
                    ids = resolve(g)  # (not "حصيلة الغارات الكينية": the attacker)
                    if ids:
                        return ids
    # 2b. militants, rebels, terrorists with no group named: the other side of the
    #     conflict from the one counting them, never the reporter's own side
    if hostile:
        own = {ctx.parent(r) for r in ctx.reporter} | {
            s for s in (ctx.state_of(r) for r in ctx.reporter) if s}
        if not own:  # nobody counting: militants are the side that is no state's
            own = {d for d in ctx.dyad if ctx.state_of(d) is not None}
        others = [d for d in ctx.dyad if d not in own and ctx.parent(d) not in own]
        return others if 0 < len(others) < len(ctx.dyad) else []
    # 3. possessive victims: "مقتل تسعة من جنودها" -> the reporter's side
    #    (read on the text as written: a folded "ه" may be a taa marbuta)
    if noun is not None and clause.norm(noun) == "من":
        noun += 1
    if noun is not None and clause.text(noun).endswith(("ها", "ه", "هم")) \
            and len(clause.text(noun)) > 4:
        if ctx.reporter:
            return [ctx.parent(ctx.reporter[0])]
        person = next((g for g in clause.groups if g.end <= lo and g.prep is None
                       and g.types[:1] == ["Person"]), None)
        if person is not None:  # "اتهم المتحدث باسم الحركة ... مقتل 5 من مقاتليها"
            ids = resolve(person)
            if ids and ctx.parent(ids[0]) != ids[0]:
                return [ctx.parent(ids[0])]
    # 4. the nearest actor or place before, in the same clause
    prev: ActorGroup | None = None
    for g in clause.groups:
        if g.end <= lo and lo - g.end <= BEFORE_GAP and not clause.blocked(g.end, lo) \
                and g.prep in (None, "في", "علي", "من") and not any(
                    c.label == "speech" and g.end <= c.start < lo for c in clause.cues) \
                and not _at_border(clause, g) and not (
                    g.kind == "nisba" and clause.has_cue("war", g.start - 1, g.start)) \
                and not (soldiers and g.kind != "nisba" and set(g.types) <= {"Place"}):
            prev = g  # (not across "مؤكداً"; not "الغارات الباكستانية": the attacker;
            # not "قرب بلدة X ... مقتل 5 من مقاتليه": fighters are nobody's by place)
    if prev is not None:
        ids = resolve(prev)
        if ids and ctx.reporter and ids == ctx.reporter[:1]:
            top = ctx.parent(ids[0])
            if top != ids[0] or ctx.state_of(ids[0]) is not None:
                return [top]  # "أعلنت وزارة الصحة اللبنانية مقتل ...": Lebanon's dead
            ids = []  # "بحسب منظمة X، قتل N شخصا": a monitor or NGO counting, not a side
        if ids:
            return ids
    # 5. a government body counting victims with no side named counts its own state's
    reported_state = ctx.state_of(ctx.reporter[0]) if ctx.reporter else None
    if reported_state is None and ctx.reporter:  # "قال الجيش المالي": a state's own force,
        top = ctx.parent(ctx.reporter[0])        # its state not named in the text
        row = gazetteer().get(top)
        reported_state = top if row is not None and row.type == "State" else None
    if reported_state is not None:
        return [reported_state]
    # 6. fighters killed in "the war" with no side named: both sides of the conflict;
    #    soldiers and policemen are the side that is a state's (when one is)
    combatants = clause.has_cue("combatant", lo, hi + 2)
    if clause.has_cue("state_force", lo, hi + 2):
        states = [d for d in ctx.dyad if ctx.state_of(d) is not None]
        if len(states) == 1:
            return states
        if not ctx.dyad and ctx.theatre:
            return [ctx.theatre]  # "قتل جنديان في ولاية X": the soldiers of X's state
    if combatants and ctx.dyad:
        return list(ctx.dyad)
    # 6b. people killed by a war between two states ("الحرب التي اندلعت عام 1998 أسفرت عن
    #     مقتل 70 ألف شخص"): a toll of both its sides, wherever the dateline is (a civil
    #     war's toll is its country's, step 7)
    if len({ctx.state_of(d) for d in ctx.dyad} - {None}) == 2 and clause.has_cue(
            "whole_war", lo - BEFORE_GAP, lo) and not any(
            c.label == "war" and c.id == "war" and c.start < lo and not clause.has_cue(
                "whole_war", c.start, c.end) for c in clause.cues):
        return list(ctx.dyad)  # (not "هجوم على قرية خلال الحرب": that attack's victims)
    # 7. civilians and people with no side named: the country the article is set in
    if ctx.location:
        return [ctx.location]
    if ctx.dyad and clause.has_cue("war", lo - 8, hi):
        return list(ctx.dyad)
    return []


def _at_border(clause: Clause, g: ActorGroup) -> bool:
    """A place named by a border noun (``الحدود الكمبودية``، ``الجانب الحدودي``): a
    location, not the victims' side; a nisba of a side noun (``الجانب التايلاندي``) is."""
    if g.kind == "nisba" or "Organization" in g.types:
        return False  # "حرس الحدود الأفغاني": a body named by the border it guards
    return clause.has_cue("border", g.start, min(g.end, g.start + 3))


def merge_repeats(items: list[Casualty]) -> list[Casualty]:
    """One record per (kind, count, side): a figure repeated later only fills a missing
    side/source; the same count on two named sides (12 soldiers, 12 militants) is two."""
    out: list[Casualty] = []
    index: dict[tuple[str, int], int] = {}
    for c in items:
        kind = "killed" if c.killed is not None else "wounded" if c.wounded is not None \
            else "missing" if c.missing is not None else None
        if kind is None:
            out.append(c)
            continue
        key = (kind, getattr(c, kind))
        if key in index and out[index[key]].side and c.side \
                and set(out[index[key]].side).isdisjoint(c.side):
            key = key + (tuple(sorted(c.side)),)  # type: ignore[assignment]
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


