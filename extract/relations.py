"""Relations between recognised entities, each with the sentence that states it.

The component ``conflictkg_relations_v1`` reads ``doc.ents`` and
``doc._.entities`` (written by the entity component) and writes
``doc._.relations``: a list of :class:`~conflictkg.extract.records.RelationMention`.

How it reads a document
-----------------------
1. Every sentence becomes a :class:`~conflictkg.extract.clauses.Clause`:
   actor groups (coordinated mentions, nisba adjectives, collective words such
   as ``الطرفين``), structural cues (speech verbs, complementizers, negation,
   conditionals) and relation triggers from ``patterns/<type>.jsonl``.
2. First pass: the article's *conflict dyad*, the pair of actors most often
   said to fight (``اشتباكات بين X وY``, ``قصفت X Y``).
3. Second pass: each trigger's pattern ``id`` names its argument *frame*
   (``verb``: subject → object; ``masdar``: nisba/genitive → ``ل``/``على``
   object; ``between``: the two parties after ``بين``; ``under``: ``بوساطة X``
   ...). Collective words resolve to the dyad; a trigger without its own
   subject takes the speaker of the reported speech it sits in, or the last
   speaker for ``وأضاف``-style continuations.
4. Polarity: questions, conditionals and negated triggers yield nothing; a
   denial (``نفى``، ``رفض الاتهامات``) yields ``denies`` and cancels an
   accusation in the same clause.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .clauses import (
    COMMA, EACH_OF, HARD_STOPS, PREPOSITIONS, QUOTES, RELATIVE, SUBJECT_GAP, ActorGroup, Clause, DocView,
    build_groups, find_subject, group_before, relative_antecedent,
)
from .dates import DateResolver
from .casualties import casualties_in, merge_repeats, number_words
from .records import Casualty, RelationMention
from .gazetteer import gazetteer, nisba_rows
from .normalize import fold as fold_text, nisba_forms
from .triggers import (
    CONJUNCTIONS, PATTERN_FILES, TriggerMatch, combined_index, cue_index, relation_index,
)

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # ISO date of the article, set by the caller

RELATION_LABELS = frozenset(PATTERN_FILES) - {"casualties"}
#: Frames of verb triggers (and continuation cues): a verb's objects stand before the next.
PREDICATE_FRAMES = frozenset({"verb", "participle", "verb_pron", "support_verb",
                              "support_pron", "reciprocal", "stationed"})
#: Clause openers after which the same subject goes on ("كما طالب ...").
SAME_SUBJECT = frozenset({"كما", "ثم"})
#: Relations that are statements: their source becomes the article's last speaker.
STATEMENTS = frozenset({"accuses", "calls_on", "denies"})
#: Cue labels whose reading needs the sentence's actors (who speaks).
NEEDS_ACTORS = frozenset({"speech", "continuation", "attribution"})
ACTOR_TYPES = frozenset({"State", "Organization", "Person"})
PLACE_TYPES = frozenset({"Place"})
ACTOR_OR_PLACE_TYPES = ACTOR_TYPES | PLACE_TYPES
BOTH, COUNTRIES, OTHER, GROUPS = "both", "countries", "other", "groups"
LISTED = "listed"  # "الدول الأربع": the last list of that many states
SCORED_NEEDS_TWO = frozenset({"fights", "ceasefire", "contacts"})
#: Relations whose two ends are actors (never a Place).
ACTOR_ONLY = frozenset({"fights", "ceasefire", "contacts", "mediates", "allied_with", "accuses",
                        "calls_on"})
#: How far (tokens) a nominal trigger looks right for its own nisba/genitive actor.
OWN_ACTOR_GAP = 2
#: How far before a noun with a possessive pronoun ("حملته") its possessor may stand.
POSSESSOR_GAP = 5
#: How far a polarity cue may stand before the trigger it cancels.
NEGATION_GAP = 2
#: How far a negation may stand before "أي" + noun ("لم يعلن أي هدنة").
NOUN_NEGATION_GAP = 6
#: How far after the first party of ``بين`` the second one may stand.
BETWEEN_GAP = 8
#: How far after a mediation trigger its "بين" parties may stand.
PARTIES_GAP = 12
#: How far after a violation word the violated thing (truce, embargo) may stand.
VIOLATION_GAP = 6
#: Support triggers that can be alleged or denied (not the descriptive حليف/المدعوم من).
ALLEGEABLE_SUPPORT = frozenset({"support", "support_verb", "alongside", "solidarity"})
#: How far after a denial or accusation verb the support it disputes may stand.
DISPUTE_GAP = 20
#: How far after a denial verb its subject may reach (``نفاه المتحدث باسم ... X``).
VSO_GAP_DENIAL = 8
#: How many head-noun tokens may stand between a mediation trigger and the introducer of a
#: list of mediators ("برعاية الدول الضامنة وهي X وY").
LIST_HEAD_GAP = 4
#: How far before a chair word ("برئاسة") the talks noun may stand.
CHAIR_GAP = 8


Infos = Mapping[str, object]


def _infos(doc: Doc | Infos) -> Infos:
    """The entity table: ``doc._.entities`` (read once per call site: spaCy's ``doc._``
    builds an object on every access), or the mapping itself."""
    return (doc._.entities or {}) if isinstance(doc, Doc) else doc


def _info(doc: Doc | Infos, eid: str) -> object | None:
    return _infos(doc).get(eid)


def top_actor(doc: Doc | Infos, eid: str) -> str:
    """The state or organization ``eid`` rolls up to via ``part_of`` then ``roles``."""
    doc = _infos(doc)
    seen: set[str] = set()
    cur = eid
    while cur not in seen:
        seen.add(cur)
        info = doc.get(cur)
        if info is None or getattr(info, "type", None) == "State":
            return cur
        parent = getattr(info, "part_of", None)
        roles = getattr(info, "roles", None) or []
        if not parent and roles:
            parent = roles[0][1]
        if not parent:
            return cur
        cur = parent
    return cur


def ancestors(doc: Doc | Infos, eid: str) -> set[str]:
    """``eid`` and everything it belongs to."""
    doc = _infos(doc)
    out = {eid}
    cur = eid
    for _ in range(8):
        info = doc.get(cur)
        if info is None:
            break
        parent = getattr(info, "part_of", None)
        roles = getattr(info, "roles", None) or []
        if not parent and roles:
            parent = roles[0][1]
        if not parent or parent in out:
            break
        out.add(parent)
        cur = parent
    return out


def _state_of(infos: Infos, eid: str) -> str | None:
    """The State ``eid`` belongs to (itself if a State), or None."""
    top = top_actor(infos, eid)
    return top if getattr(infos.get(top), "type", None) == "State" else None


def same_side(doc: Doc | Infos, a: str, b: str) -> bool:
    """True when one of ``a``/``b`` belongs to the other (a ministry and its state)."""
    doc = _infos(doc)
    return a == b or a in ancestors(doc, b) or b in ancestors(doc, a)


# --------------------------------------------------------------------------- reading


def actor_mentions(view: DocView, start: int, end: int) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, id, type, kind)`` for actor and place mentions of tokens ``[start, end)``.

    Outermost entity spans come from ``doc.ents``; bare nisba adjectives (``روسية``)
    outside every outer span come from ``nisba.tsv`` or from the nested mentions
    (``doc.spans["ckg_mentions"]``), as kind ``nisba``.
    """
    out = []
    covered: set[int] = set()
    lo = bisect_left(view.ents, (start,))
    for es, ee, eid, etype in islice(view.ents, lo, None):
        if es >= end:
            break
        if ee > end or etype not in ACTOR_OR_PLACE_TYPES:
            continue
        out.append((es, ee, eid, etype, "ent"))
        covered.update(range(es, ee))
    # a body named inside an unnamed office ("المتحدث باسم الجيش الباكستاني") is read whole,
    # not as its nisba alone: the nested mention, where no outer span covers it
    inner: set[int] = set()
    lo = bisect_left(view.nested, (start,))
    for ns, ne, _eid, etype in islice(view.nested, lo, None):
        if ns >= end:
            break
        if ne - ns > 1 and ne <= end and etype in ACTOR_TYPES \
                and covered.isdisjoint(range(ns, ne)):
            inner.update(range(ns, ne))
    hits = _nisba_hits(view)  # the tokens of the doc that read as a nisba, in order
    for i, hit in islice(hits, bisect_left(hits, (start,)), None):
        if i >= end:
            break
        if i in covered or i in inner:
            continue
        out.append((i, i + 1, hit[0], hit[1], "nisba"))
        covered.add(i)
    lo = bisect_left(view.nested, (start,))
    for ns, ne, eid, etype in islice(view.nested, lo, None):
        if ns >= end:
            break
        if ne > end or etype not in ACTOR_TYPES or not covered.isdisjoint(range(ns, ne)):
            continue
        out.append((ns, ne, eid, etype, "nisba"))
        covered.update(range(ns, ne))
    return out


def _nisba_hits(view: DocView) -> list[tuple[int, tuple[str, str]]]:
    """``(token, (entity id, type))`` for every token of the view that reads as a nisba of
    a known entity (``nisba_map``, also behind a conjunction), computed once per view."""
    hits = view.cache.get("nisba_hits")
    if hits is None:
        known = view.known  # facts only point to known entities
        hits = [(i, hit) for i, hit in enumerate(map(_nisba_or_conj().get, view.norms))
                if hit is not None and hit[0] in known]
        view.cache["nisba_hits"] = hits
    return hits


@lru_cache(maxsize=1)
def _nisba_or_conj() -> dict[str, tuple[str, str]]:
    """``nisba_map`` plus each form behind a conjunction (``والروسية``) where that string is
    not a form itself: one lookup per token reads ``get(norm) or get(norm[1:])``."""
    out = dict(nisba_map())
    for form, hit in nisba_map().items():
        for c in CONJUNCTIONS:
            out.setdefault(c + form, hit)
    return out


def _as_parties(infos: Infos, found: list[Casualty]) -> list[Casualty]:
    """Each side as the party of the conflict: a state's army, police or ministry named by
    its state (``مقتل 18 من أفراد الشرطة``، ``الجيش المقدوني``) counts as the state, as event
    datasets code sides. Named institutions from the gazetteer (a rival government, the
    Peshmerga), armed groups, organizations and places stay themselves, unless every side
    named belongs to one state (two of its bodies, or a body and its town)."""
    rows = gazetteer()

    def party(x: str) -> str:
        info = infos.get(x)
        if x in rows or getattr(info, "type", None) != "Organization":
            return x
        return _state_of(infos, x) or x

    out = []
    for c in found:  # (a news agency or monitor counts, it is nobody's side)
        side = tuple(dict.fromkeys(party(x) for x in c.side
                                   if getattr(infos.get(x), "subtype", None) != "Media"))
        states = {_state_of(infos, x) for x in side}
        if len(side) > 1 and len(states) == 1 and None not in states:
            side = (states.pop(),)  # "18 من أفراد الشرطة والحرس الوطني": one state's losses
        out.append(c if side == c.side else replace(c, side=side))
    return out


def _previous_side(found: list[Casualty], idx: int) -> tuple[str, ...]:
    """The side of the last figure when one of the two sentences before gave it (``قتل
    ثلاثة جنود. وأصيب خمسة آخرون``: the others are the same side's)."""
    if found and found[-1].evidence is not None \
            and idx - 2 <= found[-1].evidence.sentence_index < idx:
        return found[-1].side
    return ()


#: How many sentences from the top a dateline may stand when it only names "البلاد" (a site's
#: menu, date and title lines may come first).
COUNTRY_SENTENCES = 8


def dateline_state(doc: Doc, view: DocView, sentences: int = 4) -> str | None:
    """The state of the article's dateline (``صنعاء (وكالات) -`` -> the capital's state)."""
    for start, end in view.sents[:sentences]:
        first = next((i for i in range(start, end) if not view.space[i]), None)
        if first is None:
            continue
        for es, ee, eid, _ in view.ents:
            if es == first and ee < len(view.norms) and view.norms[ee] in ("(", "-", "–", "—"):
                return top_actor(doc, eid)
    return None


def theatre_state(infos: Infos) -> str | None:
    """The State most of the article's places belong to (at least two places, a strict
    majority of those whose state is known): where the events are, which the dateline
    (the capital a correspondent writes from) need not be."""
    counts: dict[str, int] = {}
    for eid, info in infos.items():
        if getattr(info, "type", None) == "Place":
            state = _state_of(infos, eid)
            if state is not None:
                counts[state] = counts.get(state, 0) + 1
    if not counts:
        return None
    best = max(sorted(counts), key=counts.__getitem__)
    n = counts[best]
    return best if n >= 2 and 2 * n > sum(counts.values()) else None


def _dateline(start: int, end: int, first: int, norms_of: dict[int, str]) -> bool:
    """``بروكسل (وكالات) -``: a place name opening the article is no actor."""
    return start == first and norms_of.get(end, "") in ("(", "-", "–", "—")


@lru_cache(maxsize=1)
def nisba_map() -> dict[str, tuple[str, str]]:
    """Folded nisba form -> ``(entity id, type)`` from the gazetteer's ``nisba.tsv``."""
    rows = gazetteer()
    out: dict[str, tuple[str, str]] = {}
    for r in nisba_rows():
        etype = rows[r.id].type if r.id in rows else "State"
        for form in nisba_forms(r.nisba, r.plurals):
            out.setdefault(form, (r.id, etype))
    return out


def read_clause(view: DocView, start: int, end: int) -> tuple[Clause, list[TriggerMatch]]:
    """Analyse the sentence ``[start, end)``: actor groups, cues and relation triggers
    (all positions are doc token indices)."""
    norms = view.norms[start:end]
    off = start
    cues: list[TriggerMatch] = []
    triggers: list[TriggerMatch] = []
    casualty: list[TriggerMatch] = []
    for shifted in combined_index().match(norms, off):
        m = shifted
        if m.label == "casualties":
            # casualties work on sentence-relative positions
            casualty.append(TriggerMatch(m.label, m.id, m.start - off, m.end - off))
        elif m.label in RELATION_LABELS:
            triggers.append(shifted)
        else:
            cues.append(shifted)
    if not triggers and not casualty and not any(c.label in NEEDS_ACTORS for c in cues) \
            and "بين" not in norms and ":" not in norms:
        # nothing in this sentence can use its actors: skip reading them
        return Clause(start, end, norms, [], cues, set(), triggers, view.texts[start:end],
                      casualty), triggers
    mentions = actor_mentions(view, start, end)
    if any(c.label == "body_anaphor" for c in cues):  # "وأضافت الوزارة": the ministry named
        mentions += _body_anaphors(view, cues, mentions)
    if any(c.label == "collective" for c in cues):
        taken = {i for s, e, *_ in mentions for i in range(s, e)}
        for c in cues:
            if c.label == "collective" and c.start not in taken:
                mentions.append((c.start, c.end, "", "", c.id))
    norms_of = dict(zip(range(off, off + len(norms)), norms))
    first = next((i for i in range(start, end) if not view.space[i]), start)
    mentions = [x for x in mentions if not _dateline(x[0], x[1], first, norms_of)]
    starts = {x[0] for x in mentions if x[4] == "ent"}
    mentions = [x for x in mentions if not (x[4] == "nisba" and x[1] in starts
                                            and norms_of.get(x[0], "")[:1] in CONJUNCTIONS)]
    groups = build_groups(mentions, norms_of)
    for g in groups:  # collective groups carry no ids until the dyad is known
        g.ids = [x for x in g.ids if x]
    boundaries = {c.start for c in cues if c.label in ("complementizer", "clause")
                  and not _time_adverbial(cues, norms_of, c)}
    boundaries |= {i + off for i, n in enumerate(norms) if n in HARD_STOPS or "\n" in n}
    clause = Clause(start, end, norms, groups, cues, boundaries, triggers,
                    view.texts[start:end], casualty)
    return clause, triggers


def _time_adverbial(cues: list[TriggerMatch], norms_of: dict[int, str], c: TriggerMatch) -> bool:
    """``منذ عام 2013``، ``منذ مطلع العام``، ``بعد أيام من``: a time conjunction followed by a
    number, a month or a time noun opens a time phrase, not a clause."""
    if c.label != "clause" or c.id != "time":
        return False
    nxt = norms_of.get(c.end, "")
    return nxt.isdigit() or nxt in _month_words() or any(
        x.label == "time_noun" and x.start == c.end for x in cues)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Folded month names (both calendars), for date phrases inside a clause."""
    from .dates import _locale_words
    return frozenset(_locale_words()["months"])


def _troops_near(clause: Clause, m: TriggerMatch, gap: int = 8) -> list[TriggerMatch]:
    """Troops nouns at most ``gap`` tokens after the trigger, not counting the tokens of a date
    written between them (``أرسلت في التاسع من تموز/يوليو الماضي نحو ألف جندي``)."""
    hi, i = m.end + gap, m.end
    while i <= hi and i < clause.end:
        n = clause.norm(i)
        if n == "/" or n.isdigit() or n in _month_words():
            hi += 1
        i += 1
    return [c for c in clause.cues if c.label == "troops" and m.start <= c.start <= hi]


#: How many tokens back a bare head noun ("الوزارة") may find the body it stands for.
ANAPHOR_TOKENS = 400


def _body_anaphors(view: DocView, cues: list[TriggerMatch],
                   mentions: list[tuple[int, int, str, str, str]]
                   ) -> list[tuple[int, int, str, str, str]]:
    """A bare definite head noun (``الوزارة``، ``الحركة``، ``الجماعة``) outside every entity
    refers to the latest body named with that head before it (``وزارة الخارجية التركية ...
    واتهمت الوزارة``), as a mention of that entity."""
    taken = {i for s, e, *_ in mentions for i in range(s, e)}
    out = []
    for c in cues:
        if c.label != "body_anaphor" or c.start in taken:
            continue
        head = view.norms[c.start]
        head = head[1:] if head[:1] in CONJUNCTIONS and head[1:3] == "ال" else head
        bare = head[2:]  # without the article
        lo = bisect_left(view.ents, (c.start - ANAPHOR_TOKENS,))
        for es, _ee, eid, etype in reversed(view.ents[lo:bisect_left(view.ents, (c.start,))]):
            first = view.norms[es]
            if etype in ACTOR_TYPES and first in (bare, head, "و" + bare, "و" + head):
                out.append((c.start, c.end, eid, etype, "ent"))
                break
    return out


# --------------------------------------------------------------------------- component


@dataclass
class _Context:
    """Per-document state of the second pass."""

    doc: Doc
    view: DocView
    infos: Infos
    dyad: tuple[str, str] | None
    dyad_evidenced: bool = False  # found from stated fights/truces, not only mention counts
    location: str | None = None  # the state of the dateline ("الخرطوم (وكالات) -")
    theatre: str | None = None  # the state most of the article's places are in
    sentence_ids: set[str] = field(default_factory=set)  # actors named in the sentence
    last_speaker: list[str] = field(default_factory=list)
    out: list[RelationMention] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    seen: set[tuple[str, str, str, int]] = field(default_factory=set)
    talks: list[str] = field(default_factory=list)  # parties of the last talks named with them
    state_dyad: tuple[str, str] | None = None  # the two states most said to be at odds
    country: str | None = None  # what "البلاد" names: the dateline's state, found further down
    opposed: set[frozenset[str]] = field(default_factory=set)  # top-actor pairs said at odds


class RelationExtractor:
    """Callable pipe: writes ``doc._.relations``."""

    def __init__(self, dates: DateResolver | None = None) -> None:
        self.dates = dates or DateResolver()
        # force the pattern files to load now (factory time), not on the first doc
        relation_index()
        cue_index()
        combined_index()

    def __call__(self, doc: Doc) -> Doc:
        view = DocView.of(doc)
        read = [read_clause(view, s, e) for s, e in view.sents]
        pairs: Counter[tuple[str, str]] = Counter()
        dyad, evidenced = self.find_dyad(doc, read, pairs)
        infos = _infos(doc)
        ctx = _Context(doc, view, infos, dyad, dyad_evidenced=evidenced,
                       location=dateline_state(doc, view), theatre=theatre_state(infos),
                       state_dyad=_state_pair(infos, pairs),
                       country=dateline_state(doc, view, COUNTRY_SENTENCES) or theatre_state(infos),
                       opposed={frozenset((top_actor(infos, a), top_actor(infos, b)))
                                for a, b in pairs})
        published = doc._.published
        for idx, (sent, (clause, triggers)) in enumerate(zip(view.sents, read)):
            self.read_sentence(ctx, idx, sent, clause, triggers, published)
        doc._.relations = ctx.out
        doc._.casualties = merge_repeats(ctx.casualties)
        return doc

    # ---------------------------------------------------------------- pass 1
    def find_dyad(self, doc: Doc, read: list[tuple[Clause, list[TriggerMatch]]],
                  pairs: Counter[tuple[str, str]] | None = None
                  ) -> tuple[tuple[str, str] | None, bool]:
        """The article's conflict pair and whether the text states it (fights, truces,
        accusations, ``بين X وY``) rather than it being the two most mentioned states or
        armed groups."""
        infos = _infos(doc)
        weights = {"fights": 3, "ceasefire": 3, "accuses": 1}
        pairs = Counter() if pairs is None else pairs  # (filled for the caller)
        for clause, triggers in read:
            best: dict[tuple[str, str], int] = {}  # a pair counts once a sentence (its top weight)
            if not any(m.label in weights for m in triggers) or not _sides_apart(infos, clause):
                continue  # no two sides named: no frame of this pass can give a pair
            for m in triggers:
                if m.label not in weights or self.cancelled(clause, m):
                    continue
                for a, b in self.arguments(None, clause, m, resolve=False):
                    if _observer(infos, a, igo=m.label == "accuses") or _observer(infos, b):
                        continue  # a rights group's or a UN panel's accusation names no side
                    if a and b and a != b and not same_side(infos, a, b):
                        key = (min(a, b), max(a, b))
                        best[key] = max(best.get(key, 0), weights[m.label])
            for key, w in best.items():
                pairs[key] += w
        for clause, _ in read:  # any "بين X وY" (talks, tension, exchange) weighs a little
            for g in clause.groups:
                if g.prep == "بين" and not _located_between(clause, g):
                    ids = _between_ids(self, None, clause, g)
                    for a, b in _pairs_within(ids):
                        if not same_side(infos, a, b) and not _observer(infos, a) \
                                and not _observer(infos, b):
                            pairs[tuple(sorted((a, b)))] += 1  # type: ignore[index]
        if pairs:
            return _dyad_of(infos, pairs), True
        counts: Counter[str] = Counter()
        hosts = _mediators_named(read)  # "بتيسير من X"، "بوساطة X": a go-between is no side
        hosts |= {a for clause, triggers in read for m in triggers if m.label == "mediates"
                  for a, _ in self.arguments(None, clause, m) if a}  # "توسطت X بين A وB"
        hosts = {top_actor(infos, x) for x in hosts}
        for ent in doc.ents:
            info = _info(infos, ent.kb_id_)
            if info is None or top_actor(infos, ent.kb_id_) in hosts:
                continue
            if getattr(info, "type", "") == "State" or getattr(info, "subtype", "") in (
                    "ArmedGroup", "ArmedForce"):
                counts[ent.kb_id_] += 1
        top = [k for k, _ in counts.most_common(2)]
        return ((top[0], top[1]) if len(top) == 2 else None), False

    # ---------------------------------------------------------------- pass 2
    def read_sentence(self, ctx: _Context, idx: int, sent: tuple[int, int], clause: Clause,
                      triggers: list[TriggerMatch], published: str | None) -> None:
        if all(ctx.view.space[sent[0]:sent[1]]):
            return
        ctx.sentence_ids = {x for g in clause.groups for x in g.ids}
        dated: list[str | None] = []

        def date() -> str | None:  # dateparser only for sentences that state something
            if not dated:
                dated.append(self.dates.date_of(ctx.view.sentence_text(sent), published))
            return dated[0]

        reporters: list[tuple[int, list[str]]] = []  # "بحسب X": who reports, never an agent
        speakers = self.speakers(ctx, clause, reporters)
        if clause.has_cue("question", clause.start, clause.end):
            return
        sources = sorted(speakers + reporters, key=lambda x: x[0]) if reporters else speakers
        self.note_talks(ctx, clause)
        ctx.casualties.extend(_as_parties(ctx.infos, casualties_in(
            ctx.view, idx, sent, clause, lambda pos: self.speaker_at(sources, pos),
            lambda g: self.resolve(ctx, g), date,
            dyad=list(ctx.dyad) if ctx.dyad and ctx.dyad_evidenced else [],
            parent=lambda x: top_actor(ctx.infos, x),
            location=ctx.theatre if ctx.location and ctx.theatre else ctx.location, theatre=ctx.theatre,
            state_of=lambda x: _state_of(ctx.infos, x),
            previous=_previous_side(ctx.casualties, idx))))
        for m in triggers:
            if self.cancelled(clause, m):
                continue
            if m.label == "accuses" and self.denied(clause, m, triggers):
                continue
            if m.label == "allied_with" and self.disputed(clause, m, triggers):
                continue
            pairs = self.arguments(ctx, clause, m, speakers=speakers)
            if not pairs and m.label in STATEMENTS and m.id == "verb":
                # "وأدانت X الهجوم.": X speaks, though it names no target ("ثم اتهمت ...")
                subj = find_subject(clause, m.start, m.start + 1)
                if subj is not None and subj.prep is None and subj.kind == "ent":
                    ctx.last_speaker = list(subj.ids)
            for src, tgt in pairs:
                if not src or not tgt or src == tgt:
                    continue
                if same_side(ctx.infos, src, tgt) and m.id != "linked" and not (
                        m.label == "deploys_to" and _is_place(ctx, tgt)):
                    continue  # "X المرتبطة بـY": an affiliate is also its parent's ally;
                    # "سينتشر الجيش اللبناني في جنوب لبنان": a force moves within its state
                if m.label in ACTOR_ONLY and (_is_place(ctx, src) or _is_place(ctx, tgt)):
                    continue  # places are never parties ("استهدفت مواقع A وB")

                if m.label in ("deploys_to",) and src == tgt:
                    continue
                key = (m.label, src, tgt, idx)
                if key in ctx.seen:
                    continue
                ctx.seen.add(key)
                ctx.out.append(RelationMention(
                    type=m.label, source=src, target=tgt,
                    evidence=ctx.view.evidence(idx, sent, (m.start, m.end)), date=date()))
                if m.label in STATEMENTS:  # "اتهمت X ... وقال المتحدث باسمها": X speaks on
                    ctx.last_speaker = [src]
            if m.label == "ceasefire" and pairs:
                parties = sorted({x for p in pairs for x in p if x})
                for broker in ceasefire_brokers(self, ctx, clause, m, speakers):
                    if any(same_side(ctx.infos, broker, x) for x in parties):
                        continue  # a party announcing its own truce brokers nothing
                    for party in parties:
                        key = ("mediates", broker, party, idx)
                        if same_side(ctx.infos, broker, party) or key in ctx.seen:
                            continue
                        ctx.seen.add(key)
                        ctx.out.append(RelationMention(
                            type="mediates", source=broker, target=party,
                            evidence=ctx.view.evidence(idx, sent, (m.start, m.end)),
                            date=date()))

    def note_talks(self, ctx: _Context, clause: Clause) -> None:
        """Remember the parties of talks named with them (``محادثات سعودية حوثية``، ``مفاوضات
        بين X وY``): a later "المحادثات" without parties refers to those talks."""
        for c in clause.cues:
            if c.label != "talks" or c.id != "talks":
                continue
            g = next((g for g in clause.groups if g.start == c.end
                      or (g.start == c.end + 1 and g.prep == "بين")), None)
            ids: list[str] = []
            if g is not None and g.kind == "nisba" and len(g.ids) >= 2:
                ids = list(g.ids)
            elif g is not None and g.prep == "بين":
                ids = _between_ids(self, ctx, clause, g)
            ids = [x for x in ids if not _is_place(ctx, x)]
            if len(ids) == 2:
                ctx.talks = ids

    def speakers(self, ctx: _Context, clause: Clause,
                 reporters: list[tuple[int, list[str]]] | None = None
                 ) -> list[tuple[int, list[str]]]:
        """``(content_start, speaker ids)`` for the reported speech of the sentence.

        Sources named by an attribution (``بحسب X``، ``وفقا لـX``) go to ``reporters`` when
        given: they report what the sentence says, they do not accuse or appeal."""
        out: list[tuple[int, list[str]]] = []
        for c in clause.cues:
            if c.label == "speech" and any(t.start == c.start and t.label == "mediates"
                                           for t in clause.triggers):
                continue  # "تنقل X بين العاصمتين": shuttling, not reporting ("تنقل عن")
            if c.label == "speech" and clause.norm(c.start) in STATEMENT_NOUNS and any(
                    t.end == c.start for t in clause.triggers):
                continue  # "واتهم البيان X": the statement is the verb's subject, X its object
            if c.label in ("speech", "continuation"):
                if clause.norm(c.start).startswith("م") and c.start > clause.start:
                    # a participle ("مؤكداً"، "مشيراً"): the sentence's subject speaks
                    ids = self.fallback_source(ctx, clause, c.start, out, across=True)
                    if ctx is not None and ctx.last_speaker and _carried_subject(clause):
                        ids = list(ctx.last_speaker)  # "كما اتهمت X بشن ...، معتبرةً أن ..."
                    if ids:
                        out.append((c.end, ids))
                        ctx.last_speaker = ids
                    continue
                subj = find_subject(clause, c.start, c.end)
                ids = self.resolve(ctx, subj) if subj else []
                if not ids and clause.has_cue("agent_noun", c.end, c.end + 2):
                    out.append((c.end, []))  # "وقالت مصادر إن"، "وتقدّر منظمات حقوقية أن":
                    ctx.last_speaker = []    # someone unnamed speaks, not the last speaker
                    continue
                if not ids:  # "وأضاف أن ...": a subject-less speech verb keeps the last speaker
                    ids = list(ctx.last_speaker)
                if ids:
                    out.append((c.end, ids))
                    ctx.last_speaker = ids
            elif c.label == "attribution":
                for g in clause.groups:
                    if c.end <= g.start <= c.end + 2:
                        ids = self.resolve(ctx, g)
                        if ids:
                            (out if reporters is None else reporters).append((clause.start, ids))
                            ctx.last_speaker = ids
                        break
        for g in clause.groups:  # headline style "X: ..."
            if clause.norm(g.end) == ":" and g.prep is None and g.kind == "ent":
                out.append((g.end, list(g.ids)))
        out.sort(key=lambda x: x[0])
        return out

    @staticmethod
    def speaker_at(speakers: list[tuple[int, list[str]]], pos: int) -> list[str]:
        best: list[str] = []
        for start, ids in speakers:
            if start <= pos:
                best = ids
        return best

    # ---------------------------------------------------------------- polarity
    @staticmethod
    def cancelled(clause: Clause, m: TriggerMatch) -> bool:
        """Negated, conditional or hypothetical triggers state nothing."""
        for c in clause.cues:
            if c.label == "negation" and _relative_ma(clause, c.start):
                continue  # "إن ما جرى اعتداء": "what happened", no negation
            if c.label == "negation" and m.start - NEGATION_GAP <= c.start < m.start:
                return True
            if c.label == "negation" and c.id == "verbal" and _negated_governor(clause, c.start, m):
                return True  # "لم تتعهد أوغندا بإرسال جنود": the pledge is negated
            if c.label == "negation" and m.start - NOUN_NEGATION_GAP <= c.start < m.start \
                    and clause.norm(m.start - 1) in ("اي", "ايه"):
                return True  # "لا يتضمن الاتفاق أي وقف لإطلاق النار"
            if c.label == "conditional" and c.start < m.start and not clause.blocked(
                    c.end, m.start) and not any(clause.norm(i) in HARD_STOPS
                                                for i in range(c.end, m.start)) \
                    and not _quote_closes(clause, c.start, m.start):
                return True
            if c.label == "conditional" and c.start >= m.end and clause.norm(c.start - 1) != "ما" \
                    and not any(clause.norm(i) in HARD_STOPS or clause.norm(i) in COMMA
                                for i in range(m.end, c.start)):
                return True  # the main clause of a condition: "... إذا فشلت المحادثات"
        return False

    @staticmethod
    def denied(clause: Clause, m: TriggerMatch, triggers: list[TriggerMatch]) -> bool:
        """An accusation governed by a denial in the same clause (not the denier's own
        counter-accusation: ``نفاه الجيش، متهماً X``)."""
        if m.id == "participle":
            return False
        return any(t.label == "denies" and t.start < m.start and m.start - t.end <= 4
                   and not _new_predicate(clause, t.end, m) for t in triggers)

    @staticmethod
    def disputed(clause: Clause, m: TriggerMatch, triggers: list[TriggerMatch]) -> bool:
        """Support that is only denied (``نفت X تقديم أي دعم لـY``) or only alleged, as the
        content of an accusation (``اتهمت X Y بدعم Z``، ``... بالقتال إلى جانب Z``): no
        asserted alliance. Descriptions (``حليفة``، ``المدعومة من``) stay facts."""
        if m.id not in ALLEGEABLE_SUPPORT:
            return False
        for t in triggers:
            if t.start >= m.start or m.start - t.end > DISPUTE_GAP or any(
                    clause.norm(i) in HARD_STOPS for i in range(t.end, m.start)) or any(
                    c.label == "clause" and t.end <= c.start < m.start for c in clause.cues):
                continue
            if t.label == "denies" and t.id in ("verb", "verb_pron") and not _new_predicate(clause, t.end, m):
                return True
            if t.label == "accuses" and t.id in ("verb", "participle", "verb_pron", "masdar") and (
                    clause.norm(m.start).startswith("ب") or any(
                        clause.norm(i).startswith("ب") or clause.has_cue("complementizer", i, i + 1)
                        for i in range(t.end, m.start))):
                return True
        return False

    # ---------------------------------------------------------------- arguments
    def resolve(self, ctx: _Context | None, g: ActorGroup | None,
                source: list[str] | None = None) -> list[str]:
        """Entity ids of a group; collective words become the dyad's sides."""
        if g is None:
            return []
        if not g.collective and g.kind not in (BOTH, COUNTRIES, OTHER):
            return list(g.ids)
        if g.kind == LISTED:
            return _named_list(ctx, g, source) if ctx is not None else []
        if ctx is not None and g.kind in (COUNTRIES, GROUPS):
            named = _named_pair(ctx, g, source)  # "للمغرب وموريتانيا، ... حربا ضد البلدين"
            if named or g.kind == GROUPS:  # "الجماعتان" names no side of the dyad
                return named
        if ctx is None or ctx.dyad is None:
            return []
        sides = list(ctx.dyad)
        if g.kind == COUNTRIES:
            sides = [top_actor(ctx.infos, s) for s in sides]
            if ctx.state_dyad is not None and not all(
                    getattr(ctx.infos.get(s), "type", None) == "State" for s in sides):
                # "البلدين" where the fighting pair is a state and a rebel group: the two
                # states at odds (a border row beside a civil war)
                sides = list(ctx.state_dyad)
            elif ctx.state_dyad is None:
                sides = _two_countries(ctx, sides)
        if g.kind == OTHER:
            src = set(source or ())
            rest = [s for s in sides if not any(same_side(ctx.infos, s, x) for x in src)]
            if len(rest) == len(sides):  # the source's side is only named near it:
                rest = [s for s in sides if s not in ctx.sentence_ids]  # "التابعة للحوثيين"
            sides = rest if rest else sides
        return sides

    def arguments(self, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                  resolve: bool = True, speakers: list[tuple[int, list[str]]] | None = None
                  ) -> list[tuple[str, str]]:
        """``(source, target)`` pairs stated by trigger ``m`` (frame = ``m.id``)."""
        frame = FRAMES.get((m.label, m.id)) or FRAMES.get((m.label, "*"))
        if frame is None:
            return []
        pairs = frame(self, ctx, clause, m, speakers or [])
        if not pairs and m.label == "fights" and m.id in ("between", "masdar", "war"):
            pairs = _the_conflict(ctx, clause, m, definite_only=m.id != "war")
        if not pairs and m.label == "calls_on" and m.id in ("participle", "verb"):
            pairs = self.appeal_to_contacted(ctx, clause, m, speakers or [])
        return pairs

    def appeal_to_contacted(self, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                            speakers: list[tuple[int, list[str]]]) -> list[tuple[str, str]]:
        """``اتصل X بـA وB، داعياً إلى وقف إطلاق النار``: the appeal goes to those contacted."""
        for t in clause.triggers:
            if t.label == "contacts" and t.start < m.start:
                if m.id == "verb" and (clause.norm(m.start)[:1] == "و" or any(
                        clause.norm(i) in ("و", "ثم") for i in range(t.end, m.start))):
                    return []  # "التقى X سفير Y، ودعا إلى ...": a statement of its own
                infos = ctx.infos if ctx is not None else {}
                # the leaders called stand for their states ("بنظيريه الكونغولي فيليكس ...")
                return [(s, top_actor(infos, o)) for s, o in frame_contact(
                    self, ctx, clause, t, speakers) if top_actor(infos, o) != s]
        return []

    # helpers shared by frames
    def ids(self, ctx: _Context | None, g: ActorGroup | None, source: list[str] | None = None
            ) -> list[str]:
        if g is None:
            return []
        if g.collective or g.kind in (BOTH, COUNTRIES, OTHER, GROUPS):
            return self.resolve(ctx, g, source)
        return list(g.ids)

    def fallback_source(self, ctx: _Context | None, clause: Clause, pos: int,
                        speakers: list[tuple[int, list[str]]], across: bool = False
                        ) -> list[str]:
        """A trigger without a subject: the speaker, else the clause's first plain actor
        (``across``: the sentence's first plain actor, whatever clause it is in)."""
        spk = self.speaker_at(speakers, pos)
        if spk:
            return spk
        infos = ctx.infos if ctx is not None else {}
        for g in clause.groups:
            if g.start >= pos:
                break
            partitive = g.prep == "من" and clause.has_cue("troops", g.start - 2, g.start - 1)
            if (g.prep is None or partitive) and g.kind == "ent" \
                    and (across or not clause.blocked(g.end, pos)) \
                    and not (infos and all(_media(infos, x) for x in g.ids)):
                # (also "وحدات من الشرطة X"، "عناصر من الجيش X": the units of X act)
                return list(g.ids)  # (not the agency of a dateline: "سكوبيه (أ ف ب) - ...")
        return []


#: Organization subtypes that report or monitor a conflict and are never one of its sides.
OBSERVER_SUBTYPES = frozenset({"NGO", "Media"})


def _observer(infos: Infos, eid: str, igo: bool = False) -> bool:
    """Is ``eid`` (or what it belongs to) a news agency or an NGO (``igo``: or an
    intergovernmental body)?"""
    sub = getattr(infos.get(top_actor(infos, eid)), "subtype", None) if eid else None
    return sub in OBSERVER_SUBTYPES or (igo and sub == "IGO")


def _media(infos: Infos, eid: str) -> bool:
    """Is ``eid`` a news agency or outlet (it reports; it is no agent)?"""
    return getattr(infos.get(eid), "subtype", None) == "Media"


def _sides_apart(infos: Infos, clause: Clause) -> bool:
    """Whether the clause's groups name two actors of different sides. Without a context
    (``find_dyad``) a frame takes its ids from the clause's groups only, so a clause without
    such a pair yields none (``test_fast_paths`` checks it on every article folder)."""
    ids = list(dict.fromkeys(x for g in clause.groups for x in g.ids))
    return any(not same_side(infos, a, b) for k, a in enumerate(ids) for b in ids[k + 1:])


#: How many sentences back a dual collective ("البلدين"، "الجماعتين") may find its pair (0: its
#: own sentence only; a headline's "واشنطن وبكين تدعوان" is no antecedent of "الجارتين" after it).
PAIR_SENTENCES = 0


def _named_pair(ctx: _Context, g: ActorGroup, source: list[str] | None) -> list[str]:
    """The two actors a dual collective refers to when the text has just named them: the last
    coordinated pair before it (``X وY``) in its sentence, of states for
    ``البلدين``/``الدولتين``, of armed groups for ``الجماعتين``/``الحركتين`` (for these, also two
    groups named apart: ``تتقاسم الجماعة ... مع جماعة Y، وتخوض الجماعتان``). A pair that
    holds the relation's own source is its subject, not the antecedent (``دعت X وY
    البلدين``); no pair: empty (the caller uses the dyad)."""
    view, infos = ctx.view, ctx.infos
    here = bisect_left(view.sents, (g.start + 1,)) - 1
    lo = view.sents[max(0, here - PAIR_SENTENCES)][0]
    src = set(source or ())

    def fits(eid: str) -> bool:
        info = infos.get(eid)
        if g.kind == COUNTRIES:
            return getattr(info, "type", None) == "State"
        return getattr(info, "type", None) == "Organization" and getattr(
            info, "subtype", None) == "ArmedGroup"

    ents = [e for e in view.ents if lo <= e[0] and e[1] <= g.start and fits(e[2])]
    pick: list[str] = []
    for k in range(len(ents) - 1, 0, -1):
        (s1, e1, a, _), (s2, _e2, b, _t) = ents[k - 1], ents[k]
        gap = view.norms[e1:s2]
        joined = gap == ["و"] or (not gap and view.norms[s2][:1] == "و")
        if a != b and (joined or g.kind == GROUPS) and not same_side(infos, a, b):
            pick = [a, b]
            break
    if not pick or src & set(pick) or any(same_side(infos, x, y) for x in src for y in pick):
        return []
    return pick


def _two_countries(ctx: _Context, sides: list[str]) -> list[str]:
    """``البلدين`` where the dyad is a state and a non-state actor and no two states are said to
    be at odds: the dyad's state and the dateline's (or the theatre's) state, when that is
    another state; else the dyad's sides unchanged."""
    infos = ctx.infos
    states = [s for s in sides if getattr(infos.get(s), "type", None) == "State"]
    if len(states) != 1:
        return sides
    for other in (ctx.location, ctx.theatre):
        if other and other != states[0] and getattr(infos.get(other), "type", None) == "State" \
                and not same_side(infos, other, states[0]):
            return [states[0], other]
    return sides


def _named_list(ctx: _Context, g: ActorGroup, source: list[str] | None) -> list[str]:
    """The states a numbered collective (``الدول الأربع``، ``العواصم الثلاث``) refers to: the
    last list of exactly that many states before it in the article (``السعودية والإمارات
    والبحرين ومصر``, joined by ``و`` or commas). None found, or the relation's own source
    among them (``دعت الدول الثلاث``: its subject, resolved by the caller): empty."""
    view, infos = ctx.view, ctx.infos
    word = view.norms[g.end - 1]
    kinds = number_words().get(word[2:] if word.startswith("ال") else word, {})
    want = kinds.get("unit")
    if not want or want < 3:
        return []
    states = [e for e in view.ents if e[1] <= g.start
              and getattr(infos.get(e[2]), "type", None) == "State"]
    runs: list[list[str]] = []
    for k, (s, _e, eid, _t) in enumerate(states):
        gap = view.norms[states[k - 1][1]:s] if k else None
        joined = gap is not None and (gap in (["و"], ["،"], [","], ["،", "و"]) or (
            not gap and view.norms[s][:1] == "و"))
        if not joined:
            runs.append([])
        if eid not in runs[-1]:
            runs[-1].append(eid)
    best = next((r for r in reversed(runs) if len(r) == want), [])
    if not best or set(source or ()) & set(best):
        return []
    return best


def _bodies_of_one_state(doc: Doc | Infos, a: str, b: str) -> bool:
    """Are ``a`` and ``b`` two bodies of one state, neither an armed group (a civil war's
    sides are a state's forces and a movement, not its council and its army)?"""
    infos = _infos(doc)
    sa, sb = _state_of(infos, a), _state_of(infos, b)
    return sa is not None and sa == sb and not any(
        getattr(infos.get(x), "subtype", None) == "ArmedGroup" for x in (a, b))


#: How far before "بين X وY" a location word makes it geography ("الواقع جنوب X بين A وB").
LOCATED_GAP = 4


def _located_between(clause: Clause, g: ActorGroup) -> bool:
    """``يقع الإقليم بين A وB``، ``الطريق الرابط بين A وB``: a place between two others, no
    pair at odds."""
    return any(c.label == "located" and g.start - 1 - LOCATED_GAP <= c.start < g.start - 1
               and not any(clause.norm(i) in HARD_STOPS for i in range(c.end, g.start))
               for c in clause.cues)


def _mediators_named(read: list[tuple[Clause, list[TriggerMatch]]]) -> set[str]:
    """Ids of the actors named right after a mediation phrase (``بوساطة X``، ``برعاية X``،
    ``بتيسير من X``) anywhere in the article."""
    out: set[str] = set()
    for clause, triggers in read:
        for m in triggers:
            if m.label == "mediates" and m.id == "under":
                g = next((g for g in clause.groups if m.end <= g.start <= m.end + 2), None)
                if g is not None and g.prep in (None, "من"):
                    out.update(g.ids)
    return out


def _state_pair(infos: Infos, pairs: Counter[tuple[str, str]]) -> tuple[str, str] | None:
    """The two different States whose actors are most weighted as a pair in ``pairs``."""
    top: Counter[tuple[str, str]] = Counter()
    for (a, b), w in pairs.items():
        sa, sb = top_actor(infos, a), top_actor(infos, b)
        if sa != sb and all(getattr(infos.get(x), "type", None) == "State" for x in (sa, sb)):
            top[(min(sa, sb), max(sa, sb))] += w
    return top.most_common(1)[0][0] if top else None


def _dyad_of(doc: Doc | Infos, pairs: Counter[tuple[str, str]]) -> tuple[str, str]:
    """The winning pair, counted at state/organization level (an army's clashes and its
    state's talks add up), each side then named by its most weighted actor."""
    top: Counter[tuple[str, str]] = Counter()
    side_weight: Counter[tuple[str, str]] = Counter()  # (top id, actor id)
    plausible = {k: w for k, w in pairs.items() if not _bodies_of_one_state(doc, *k) and not any(
        getattr(_info(doc, top_actor(doc, x)), "type", None) in ("Person", "Place") for x in k)}
    pairs = plausible or pairs  # a parliament "fighting" its own army, a spokesman, a border
    # post of no known state: misreads
    for (a, b), w in pairs.items():
        ta, tb = top_actor(doc, a), top_actor(doc, b)
        if ta == tb:
            ta, tb = a, b
        top[tuple(sorted((ta, tb)))] += w  # type: ignore[index]
        side_weight[(ta, a)] += w
        side_weight[(tb, b)] += w
    best = top.most_common(1)[0][0]
    sides = []
    for t in best:
        cands = [(getattr(_info(doc, aid), "type", None) != "Person", w, -i, aid)
                 for i, ((tt, aid), w) in enumerate(side_weight.items()) if tt == t]
        # a side is named by a body, not by the official who speaks for it
        sides.append(max(cands)[3] if cands else t)
    infos = _infos(doc)
    is_state = [getattr(infos.get(t), "type", None) == "State" for t in best]
    if all(is_state):  # two states: a police or an army facing the other state is its state
        sides = list(best)
    return sides[0], sides[1]


# --------------------------------------------------------------------------- frames

Pairs = list[tuple[str, str]]
Frame = Callable[[RelationExtractor, "_Context | None", Clause, TriggerMatch,
                  list[tuple[int, list[str]]]], Pairs]


def _cross(srcs: Iterable[str], tgts: Iterable[str]) -> Pairs:
    tg = list(tgts)
    return [(s, t) for s in srcs for t in tg if s != t]


def _pairs_within(ids: list[str]) -> Pairs:
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if a != b]


def _after(clause: Clause, pos: int, gap: int = 40) -> list[ActorGroup]:
    """Groups from ``pos`` up to the next clause boundary (a relative clause inside a
    ``، ... ،`` insertion does not end the clause: "ونشرت روسيا، التي ...، قوات في X")."""
    parens = clause.parentheticals()
    out = []
    for g in clause.groups:
        if g.start < pos:
            continue
        if g.start - pos > gap:
            break
        if any(pos <= b < g.start and not any(a <= b < c for a, c in parens)
               for b in clause.boundaries):
            break
        out.append(g)
    return out


def _own_actor(clause: Clause, m: TriggerMatch, gap: int = OWN_ACTOR_GAP) -> ActorGroup | None:
    """The nisba or genitive actor right after a nominal trigger (``وساطة روسية``)."""
    for g in clause.groups:
        if g.start < m.end:
            continue
        if g.start - m.end > gap or g.prep2 is not None:
            return None  # "غارات على مواقع الجماعة": the target, not the agent
        if g.prep is None or (g.prep == "ل" and g.kind == "nisba"):
            return g
        return None
    return None


#: How long a «، على لسان ... ،» insertion may be (a spokesperson's name and full title).
SPOKES_GAP = 16


def _spokesperson_insertions(clause: Clause, starts: Iterable[int]) -> list[tuple[int, int]]:
    """``، على لسان المتحدث باسم أمينها العام X ،`` opening at one of ``starts`` (a comma):
    the token range up to and with its closing comma, however long its title."""
    out = []
    for a in starts:
        if clause.norm(a) not in COMMA or clause.norm(a + 1) != "علي" or not (
                clause.norm(a + 2) == "لسان" or (clause.norm(a + 2) == "ل"
                                                 and clause.norm(a + 3) == "سان")):
            continue
        for b in range(a + 3, min(a + SPOKES_GAP, clause.end)):
            if clause.norm(b) in HARD_STOPS:
                break
            if clause.norm(b) in COMMA:
                out.append((a, b + 1))
                break
    return out


def _skip_apposition(clause: Clause, subj: ActorGroup | None, groups: list[ActorGroup],
                     trigger: int | None = None) -> list[ActorGroup]:
    """Drop groups inside a ``، ... ،`` insertion right after the subject, unless the trigger
    itself stands inside it (a relative clause: "X، التي دعت Y إلى ...، قالت ...")."""
    if subj is None:
        return groups
    for a, b in _spokesperson_insertions(clause, (subj.end,)):
        groups = [g for g in groups if not (a <= g.start < b)]
    for a, b in clause.parentheticals():
        if a == subj.end and not (trigger is not None and clause.norm(a + 1) in RELATIVE
                                  and a + 2 <= trigger <= a + 3 and trigger < b):
            return [g for g in groups if not (a <= g.start < b)]
    return groups


def _subject_and_objects(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                         m: TriggerMatch, speakers: list[tuple[int, list[str]]]
                         ) -> tuple[list[str], ActorGroup | None, list[ActorGroup]]:
    subj = find_subject(clause, m.start, m.start + 1) or relative_antecedent(clause, m.start)
    if subj is None or subj.start >= m.end:
        subj = _topic(clause, m.start) or subj  # "أما X، فحث الطرفين على ..."
    if (subj is None or subj.start >= m.end) and _common_subject(clause, m.end):
        # "ويتهم حقوقيون الطرفين ..."، "تتهم منظمات حقوقية X": the subject is no actor, and
        # neither the reporter ("بحسب X") nor the actor after it takes its place; a nisba
        # of the noun names its side ("اتهم مسؤولون أمريكيون X")
        side = next((g for g in clause.groups if g.kind == "nisba" and g.prep is None
                     and m.end < g.start <= m.end + 2), None)
        after = [g for g in _after(clause, m.start + 1) if g is not side]
        return self.ids(ctx, side), side, after
    src = self.ids(ctx, subj)
    if not src:
        src = self.fallback_source(ctx, clause, m.start, speakers)
    after = [g for g in _after(clause, m.start + 1) if g is not subj]
    after = _skip_apposition(clause, subj, after, m.start)
    return src, subj, after


#: How far before its verb the topic of "أما X، فـVERB" may stand.
TOPIC_GAP = 14


def _topic(clause: Clause, pos: int) -> ActorGroup | None:
    """``أما X، (الأمين العام ...)، فحثّ ...``: the actor right after أما is the subject of the
    verb its ``فـ`` opens (``ف`` split off or glued, ``فقد``)."""
    prev = clause.norm(pos - 1)
    if clause.norm(pos)[:1] != "ف" and prev not in ("ف", "فقد") and not (
            prev == "قد" and clause.norm(pos - 2) == "ف"):
        return None
    for i in range(pos - 1, max(clause.start, pos - TOPIC_GAP) - 1, -1):
        if clause.norm(i) in ("اما", "واما"):
            g = next((g for g in clause.groups if g.start == i + 1), None)
            return g if g is not None and g.prep is None and g.end <= pos else None
        if clause.norm(i) in HARD_STOPS:
            return None
    return None


def _common_subject(clause: Clause, pos: int) -> bool:
    """Does a common noun (``حقوقيون``، ``مصادر``، a nominative plural in ``ون``) fill the
    subject slot right after a verb at ``pos``?"""
    if pos >= clause.end or any(g.start <= pos < g.end for g in clause.groups):
        return False
    word = clause.norm(pos)
    if clause.has_cue("agent_noun", pos, pos + 1):
        return True
    return len(word) >= 5 and word.endswith("ون") and not any(
        c.start == pos for c in clause.cues + clause.triggers)


def _common_object(clause: Clause, pos: int) -> bool:
    """Does a common noun phrase fill the object slot at ``pos``, right before the
    complement (``المجتمع الدولي بإلزام ...``، ``الدول الأعضاء إلى ...``)?"""
    starts = {g.start for g in clause.groups}
    word = clause.norm(pos)
    if pos >= clause.end or pos in starts or not word.isalpha() or _complement_word(word) \
            or word in EACH_OF:  # "كلا من A وB": the named actors are the object
        return False
    for j in range(pos + 1, min(pos + 4, clause.end)):
        if j in starts or clause.norm(j) in COMMA or clause.norm(j) in HARD_STOPS:
            return False
        if _complement_word(clause.norm(j)):
            return True
    return False


def _complement_word(word: str) -> bool:
    """A complement marker, split (``إلى``، ``ب``، ``بأن``) or glued to its masdar (``بتوفير``)."""
    return word in COMPLEMENT_MARKERS or (word.startswith("ب") and len(word) >= 5
                                          and not word.startswith("بدور"))  # "بدوره": in turn


def _passive(clause: Clause, m: TriggerMatch) -> bool:
    """A vocalized passive verb: damma on its first letters (``اتُّهمت``، ``يُتَّهم``)."""
    word = clause.text(m.start)
    return "\u064f" in word[:4] and not word.startswith(("م", "وم"))


def frame_passive(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``اتُّهمت X`` / ``دُعيت X``: X is the target; the source follows ``من قبل``/``من جانب``
    or is the speaker."""
    target = find_subject(clause, m.start, m.start + 1)
    tgt = self.ids(ctx, target)
    src: list[str] = []
    for g in clause.groups:  # "من قبل X" (قبل also opens clauses: no _after here)
        if g.start > m.start and g is not target and g.prep in ("قبل", "جانب") \
                and clause.norm(g.start - 2) == "من":
            src = self.ids(ctx, g)
            break
    src = src or self.speaker_at(speakers, m.start)
    return _cross(src, [t for t in tgt if t not in src])


def frame_verb(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
               speakers: list[tuple[int, list[str]]]) -> Pairs:
    """Active verb: subject -> first object (accuses, calls_on, fights, cedes_to, denies ...)."""
    if m.label in ("accuses", "calls_on") and _passive(clause, m):
        return frame_passive(self, ctx, clause, m, speakers)
    if m.label in ("accuses", "calls_on") and ctx is not None and ctx.last_speaker \
            and clause.norm(m.end) in STATEMENT_NOUNS:
        # "واتهم البيان الجيش X بـ...": the statement speaks for whoever issued it, the last
        # speaker; its object follows
        obj = next((g for g in _after(clause, m.end + 1, gap=2) if g.prep is None), None)
        src = list(ctx.last_speaker)
        tgt = [x for x in self.ids(ctx, obj, src) if not _is_place(ctx, x)] if obj else []
        if m.label != "denies" and tgt and not any(same_side(ctx.infos, a, b)
                                                   for a in src for b in tgt):
            return _cross(src, tgt)
        return []
    src, subj, after = _subject_and_objects(self, ctx, clause, m, speakers)
    if m.label == "calls_on" and (_common_object(clause, m.end) or _common_object(
            clause, subj.end if subj is not None and subj.start >= m.end else m.end)):
        return []  # "طالبت X الجهات المانحة بتوفير ... لبعثة Y": the addressee is no actor
    after = [g for g in after if not set(g.ids) <= set(src) or g.collective]
    nxt = min((t.start for t in clause.triggers + clause.cues
               if t.start > m.start and t.id in PREDICATE_FRAMES and t.start > (
                   subj.end if subj is not None and subj.start > m.start else m.start)
               and clause.norm(t.start - 1) not in ("في", "ب", "خلال", "عبر")),  # "في بيان"
              default=clause.end)
    after = [g for g in after if g.start < nxt]  # objects stand before the next predicate
    if m.label in ("calls_on", "accuses") and subj is not None and subj.start > m.start:
        before_marker = [g for g in after if not _marker_between(clause, m.start + 1, g.start)]
        earlier = _content_subject(clause, m.start) or self.fallback_source(
            ctx, clause, m.start, speakers, across=True)
        if not earlier and ctx is not None and _opens_same_subject(clause, m.start):
            earlier = list(ctx.last_speaker)  # "كما اتهمت X بـ...": the last speaker goes on
        new_clause = any(c.label == "clause" and c.start < m.start
                         and clause.norm(c.start) not in SAME_SUBJECT for c in clause.cues)
        # an accusation's one actor glued to its "بـ" complement is the accused, also after a
        # subordinator: "بعدما اتهمت في تقرير سابق X بتنفيذ ..." (the accuser was named before)
        accused = m.label == "accuses" and _b_complement(clause, subj.end)
        if accused:  # what follows the glued complement is its content ("في تيغراي")
            before_marker = [g for g in before_marker if g.start < subj.end]
        if not before_marker and earlier and subj.prep is None and (not new_clause or accused):
            # one actor before the complement and a subject earlier in the sentence:
            # "وطالبت مجلسَ الأمن بفرض ..." -- the actor is the object
            tgt = self.ids(ctx, subj, earlier)
            if m.label == "accuses":  # "... X بقصف A، وY بتسهيل B": each accused in turn
                for g in _parallel_addressees(clause, subj, after):
                    tgt += [x for x in self.ids(ctx, g, earlier) if x not in tgt]
            return _cross(earlier, tgt)
    allowed = OBJECT_PREPS.get(m.label, (None,))
    if m.label == "fights":  # "هاجمت X معسكرا للجيش Y": the installation's owner
        lo = subj.end if subj is not None and subj.start >= m.end else m.end
        if subj is not None and subj.start > m.end and clause.has_cue("asset", m.end, m.end + 1):
            # "تبنت X تفجيرا استهدف موكب الرئيس Y": the noun right after the verb is its
            # object, so Y (its owner) is no subject; the subject stands before
            lo, left = m.end, group_before(clause, m.start)
            src = self.ids(ctx, left) or self.fallback_source(ctx, clause, m.start, speakers)
        owner = _asset_owner(self, ctx, clause, lo, 3, src)
        if owner is not None:
            return _cross(src, owner)
    if m.label == "fights":  # "فتحت النار على مواقع للجيش X": the target behind "على"
        after = [g if g.prep in allowed or not any(
            clause.norm(i) in ("علي", "ضد") for i in range(g.start - 3, g.start))
            else ActorGroup(g.ids, g.start, g.end, "علي", g.kind, g.types) for g in after]
    direct = [g for g in after if g.prep in allowed and (
                  g.kind != "nisba" or clause.has_cue("side_noun", g.start - 1, g.start))
              and not (m.label != "deploys_to" and "Place" in g.types and len(set(g.types)) == 1)]
    if m.label == "calls_on":
        between = [g for g in after if g.prep == "بين"]
        inside = {i for g in clause.groups for i in range(g.start, g.end)}  # "بوريل" is a name
        # "دعت بكين، على لسان المتحدثة باسمها، البلدين إلى": an insertion holds no complement
        opens = {m.end, subj.end if subj is not None and subj.start >= m.end else m.end}
        inside.update(i for a, b in clause.parentheticals() if a in opens for i in range(a, b))
        inside.update(i for a, b in _spokesperson_insertions(clause, opens) for i in range(a, b))
        direct = [g for g in direct if not any(_complement_word(clause.norm(i))
                                               for i in range(m.end, g.start)
                                               if i not in inside and not _each_of(clause, i))]
        if direct:
            tg = self.ids(ctx, direct[0], src)
            for g in _parallel_addressees(clause, direct[0], after):
                tg += [x for x in self.ids(ctx, g, src) if x not in tg]
        elif between:
            tg = _between_ids(self, ctx, clause, between[0])
        else:
            return []
        return _cross(src, tg)
    if m.label == "denies":
        return _denial(self, ctx, clause, m, src, subj)
    if m.label == "accuses" and ctx is not None and ctx.dyad is not None and ctx.dyad_evidenced:
        each = next((i for i in range(m.end, min(m.end + 3, clause.end))
                     if clause.norm(i) in ("كل", "وكل")), None)
        if each is not None and any(clause.norm(i) == "الاخر"
                                    for i in range(each, min(each + 6, clause.end))):
            # "اتهم كل طرف الآخر"، "يتهم كل من البلدين الآخر": each side accuses the other
            grp = next((g for g in clause.groups if each < g.start <= each + 3
                        and not (g.kind == OTHER)), None)
            ids = self.ids(ctx, grp) if grp is not None else list(ctx.dyad)
            if len(ids) >= 2:
                return [(a, b) for a in ids for b in ids if a != b]
    if m.label == "cedes_to":
        tgt = [g for g in after if g.prep in ("ل", "الي", "لصالح")]  # "تخلت عن X لصالح Y"
        return _cross(src, self.ids(ctx, tgt[0], src)) if tgt else []
    if not direct and m.label == "fights" and src:  # "قصفت القوات الروسية مدينة خاركيف"
        enemy = _enemy_at(ctx, [g for g in after if g.prep in allowed], src)
        if enemy:
            return _cross(src, enemy)
    if not direct and m.label == "accuses":
        # "أدانت X الهجوم الإيراني": condemning an actor's attack accuses the actor
        for g in after:
            if g.kind in ("nisba", "ent") and g.prep is None and clause.has_cue(
                    "war", g.start - 1, g.start) and g.start - 1 >= m.end:
                return _cross(src, [x for x in self.ids(ctx, g, src) if not _is_place(ctx, x)])
            break
    if not direct and m.label == "accuses" and m.end - m.start > 1:
        # "حمّلت X مسؤولية الهجوم لـY": the one blamed after the responsibility noun
        to = [g for g in _after(clause, m.end, gap=6) if g.prep in ("ل", "الي")
              and "Place" not in g.types]
        if to:
            return _cross(src, self.ids(ctx, to[0], src))
    if not direct:
        mutual = subj is not None and (subj.collective or any(
            clause.norm(i) in ("الاخر", "بعضهما", "بعضهم") for i in range(m.end, m.end + 6)))
        if subj is not None and mutual and len(self.ids(ctx, subj)) > 1 and m.label in (
                "accuses", "fights"):
            ids = self.ids(ctx, subj)
            return [(a, b) for a in ids for b in ids if a != b]
        return []
    tgt = self.ids(ctx, direct[0], src)
    if m.label == "accuses":  # "اتهمت X Y بقصف A، وZ بتسهيل B": each accused in turn
        for g in _parallel_addressees(clause, direct[0], after):
            tgt += [x for x in self.ids(ctx, g, src) if x not in tgt and x not in src]
    return _cross(src, tgt)


#: How far after the ground handed over its receiver may stand ("سلمت المطار والقاعدة للجيش").
HANDOVER_GAP = 12


def frame_handover(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                   m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``سلّمت X المدينة للجيش Y``، ``تسليم القاعدة إلى Y``: handing ground (a town, a base,
    positions, a named place) over to an actor cedes it to that actor.

    The ground must follow the verb (or its subject) at once and the receiver stand behind
    ``لـ``/``إلى``/``لصالح``: ``تسلّم X رسالة من Y`` (received: the same letters) names no
    ground, ``تسليم أنفسهم`` no receiver."""
    src, subj, after = _subject_and_objects(self, ctx, clause, m, speakers)
    lo = m.end
    if subj is not None and subj.start >= m.end:
        if clause.has_cue("ceded_ground", m.end, m.end + 1) or (
                set(subj.types) == {"Place"} and subj.start == m.end):
            # "وتنسحب وحدات من X وتسلم القاعدة لـY": the ground right after the verb, so the
            # subject stands before it (an actor after the ground is no subject): the nearest
            # plain actor or troops partitive ("وحدات من X"), else the clause's first one
            left = next((g for g in reversed(clause.groups) if g.end <= m.start), None)
            after = [subj] + after  # (what was taken for the subject may be the receiver)
            if left is not None and m.start - left.end <= SUBJECT_GAP and (
                    left.prep is None or (left.prep == "من" and clause.has_cue(
                        "troops", left.start - 2, left.start - 1))) and left.kind == "ent":
                src = list(left.ids)
            else:
                src = self.fallback_source(ctx, clause, m.start, speakers)
        else:
            lo = subj.end
    ground = clause.has_cue("ceded_ground", lo, lo + 1) or any(
        g.start == lo and g.prep is None and set(g.types) == {"Place"} for g in clause.groups)
    if not ground:
        return []
    src = [x for x in src if not _is_place(ctx, x)]
    for g in after:
        if g.start <= lo or g.start - lo > HANDOVER_GAP or clause.blocked(lo, g.start):
            continue
        if g.prep in ("ل", "الي", "لصالح") and not all(_is_place(ctx, x) for x in g.ids):
            return _cross(src, [x for x in self.ids(ctx, g, src) if not _is_place(ctx, x)])
    return []


#: How far after a recapture verb the actor the ground is taken from may stand.
RECAPTURE_GAP = 10


def frame_recapture(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``استعادت X المدينة من المتمردين``، ``طردت X مقاتلي Y من البلدة``: who retakes ground
    fights who held it (the actor behind ``من``), or whom it drives out (the object)."""
    src, subj, after = _subject_and_objects(self, ctx, clause, m, speakers)
    src = [x for x in src if not _is_place(ctx, x)]
    lo = subj.end if subj is not None and subj.start >= m.end else m.end
    for g in after:
        if g.start < lo or g.start - lo > RECAPTURE_GAP or clause.blocked(lo, g.start):
            continue
        ids = [x for x in self.ids(ctx, g, src) if not _is_place(ctx, x)]
        if not ids:
            continue
        if g.prep is None and clause.norm(m.start).lstrip("و").startswith(("طرد", "يطرد", "تطرد")):
            return _cross(src, ids)
        if g.prep == "من":  # the ground retaken stands between: a town, a base, a named place
            ground = any(clause.has_cue("ceded_ground", i, i + 1) for i in range(lo, g.start)) or any(
                lo <= h.start < g.start and "Place" in h.types for h in clause.groups)
            return _cross(src, ids) if ground else []
        if g.prep is None:
            continue  # the ground retaken ("استعادت X مدينة Y")
        break
    return []


def _opens_same_subject(clause: Clause, pos: int) -> bool:
    """Is the word at ``pos`` the first after a same-subject opener (``كما``، ``ثم``)?"""
    words = [clause.norm(i) for i in range(clause.start, pos)]
    opener = [w in SAME_SUBJECT or (w[:1] in CONJUNCTIONS and w[1:] in SAME_SUBJECT)
              for w in words]
    return any(opener) and all(o or w in CONJUNCTIONS for o, w in zip(opener, words))


def _carried_subject(clause: Clause) -> bool:
    """``كما اتهمت X بشن ...``: a same-subject opener, a verb, then one actor glued to its
    ``بـ`` complement -- the actor is the object and the subject goes on from before."""
    first = next((g for g in clause.groups if g.prep is None), None)
    if first is None or first.start < clause.start + 2 or first.end >= clause.end:
        return False
    return _opens_same_subject(clause, first.start - 1) and _b_complement(clause, first.end)


def _b_complement(clause: Clause, pos: int) -> bool:
    """Does a ``بـ`` complement open at ``pos`` (``بشن``، ``بتنفيذ``، ``ب`` split off), right
    after an actor (so a word that is no name of its own)?"""
    word = clause.norm(pos)
    return pos < clause.end and word[:1] == "ب" and (len(word) >= 3 or word == "ب") \
        and not any(g.start == pos for g in clause.groups)


def _parallel_addressees(clause: Clause, first: ActorGroup, after: list[ActorGroup]
                         ) -> list[ActorGroup]:
    """``دعا X إلى سحب قواته، وY إلى وقف القصف``، ``حث X على ... وY على ...``: further objects
    of an appeal, each after ``و`` and before a complement of its own (like the first)."""
    def opens(i: int) -> str | None:  # the complement's marker: "الي"، "علي"، "ب" (glued too)
        word = clause.norm(i)
        if word in COMPLEMENT_MARKERS:
            return "ب" if word.startswith("ب") else word
        return "ب" if word[:1] == "ب" and len(word) >= 4 else None

    marker = opens(first.end)
    if marker is None:
        return []
    out = []
    for g in after:
        if g.start <= first.end or g.prep is not None or g.kind != "ent":
            continue
        joined = clause.norm(g.start - 1) == "و" or (
            clause.norm(g.start)[:1] == "و" and clause.text(g.start)[:1] == "و")
        if joined and opens(g.end) == marker:  # the same complement shape as the first
            out.append(g)
    return out


def _content_subject(clause: Clause, pos: int) -> list[str]:
    """The first plain actor of the reported content before ``pos``: "أوضح X أنّ الأمين العام
    قلق ...، ويدعو الطرفين" -> the Secretary-General, not the speaker X."""
    comp = [c.end for c in clause.cues if c.label == "complementizer" and c.end <= pos]
    if not comp:
        return []
    if any(clause.norm(t.start).startswith("م") and comp[-1] <= t.start < pos
           for t in clause.cues + clause.triggers if t.label in ("speech", "accuses", "calls_on")):
        return []  # "بأنه ...، متهمةً X، وطالبت": back in the main clause after a participle
    for g in clause.groups:
        if comp[-1] <= g.start < pos and g.prep is None and g.kind == "ent":
            return list(g.ids)
    return []


def _denial(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
            src: list[str], subj: ActorGroup | None) -> Pairs:
    """``نفت X الاتهامات الأمريكية`` -> X denies the accuser (the accusation's nisba or
    genitive); ``نفت X اتهامات Y لها`` likewise; otherwise a direct object right after."""
    start = subj.end if subj is not None and subj.start > m.start else m.end
    for t in clause.triggers:
        if t.label == "accuses" and t.id == "masdar" and start <= t.start <= start + 3:
            own = _own_actor(clause, t, gap=1)
            return _cross(src, [x for x in self.ids(ctx, own) if x not in src]) if own else []
    for g in clause.groups:
        if g.start >= start and g.start - start <= 1 and g.prep is None and g.kind == "ent":
            return _cross(src, self.ids(ctx, g, src))
        if g.start > start + 1:
            break
    return []


def _each_of(clause: Clause, i: int) -> bool:
    """Is token ``i`` the من of "كلا من A وB" (part of the object, no complement marker)?"""
    return clause.norm(i) == "من" and clause.norm(i - 1) in EACH_OF


def _marker_between(clause: Clause, lo: int, hi: int) -> bool:
    """A complement marker (``إلى``، ``على``، ``ب``، ``أن``) between ``lo`` and ``hi``."""
    return any(clause.norm(i) in COMPLEMENT_MARKERS and not _each_of(clause, i)
               for i in range(lo, hi))


def frame_participle(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``متهمةً X``، ``داعياً X إلى``: the sentence's subject (or speaker) -> the object;
    after a denial (``وهو ما نفاه X، متهماً Y``) the denier."""
    src: list[str] = []
    denial = max((t for t in clause.triggers if t.label == "denies" and t.end <= m.start),
                 key=lambda t: t.start, default=None)
    if denial is not None and not clause.norm(denial.start).startswith(("م", "وم")) and not any(
            c.label in ("speech", "continuation") and denial.end <= c.start < m.start
            for c in clause.cues):  # (not "نفت X ...، وقالت Y ...، متهمةً": Y speaks)
        subj = find_subject(clause, denial.start, denial.end)
        if subj is not None and subj.start >= denial.end:
            src = self.ids(ctx, subj)
    src = src or _last_denier(self, ctx, clause, m) or _relative_subject(
        self, ctx, clause, m) or self.fallback_source(ctx, clause, m.start, speakers, across=True)
    after = _after(clause, m.start + 1)  # "محمّلاً X المسؤولية": the object inside the match
    direct = [g for g in after if g.prep is None and g.kind != "nisba"
              and not _marker_between(clause, m.start + 1, g.start)]
    pron = clause.norm(m.end) if m.end < clause.end else ""
    if pron in OBJECT_PRONOUNS and not (direct and direct[0].start == m.end):
        # "متهمةً إياها بـ...": the nearest fitting actor before the participle, not its subject
        feminine = pron.endswith("ها")
        for g in reversed(clause.groups):
            if g.end > m.start:
                continue
            if g is clause.groups[0]:
                break  # the sentence's first actor is its subject, not the pronoun's referent
            ids = [x for x in self.ids(ctx, g) if not _is_place(ctx, x)]
            if not ids or (feminine and not _feminine(clause, g)):
                continue
            if set(ids) & set(src) or any(same_side(ctx.infos if ctx else {}, a, b)
                                          for a in src for b in ids):
                return []  # the nearest actor is the subject itself: the reading is unsure
            return _cross(src, ids)
        return []
    if direct:
        return _cross(src, self.ids(ctx, direct[0], src))
    if m.label == "calls_on":
        between = [g for g in after if g.prep == "بين"]
        if between:
            return _cross(src, _between_ids(self, ctx, clause, between[0]))
    return []


#: How far before a participle the relative clause it closes may open.
RELATIVE_SPAN = 30


def _relative_subject(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                      m: TriggerMatch) -> list[str]:
    """``الدول الأربع، التي قطعت علاقاتها مع X ...، متهمةً إياها``: a participle right after a
    relative clause (no speech verb or complementizer between) takes its antecedent."""
    rel = max((i for i in range(max(clause.start, m.start - RELATIVE_SPAN), m.start)
               if clause.norm(i) in RELATIVE), default=None)
    if rel is None or clause.norm(m.start - 1) not in COMMA or clause.blocked(rel + 1, m.start) or any(
            c.label in ("speech", "continuation", "complementizer") and rel < c.start < m.start
            for c in clause.cues):
        return []
    ante = next((g for g in reversed(clause.groups) if g.end <= rel), None)
    if ante is None or rel - ante.end > 1 or (rel > ante.end and clause.norm(ante.end) not in COMMA):
        return []
    return [x for x in self.ids(ctx, ante) if not _is_place(ctx, x)]


def _last_denier(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                 m: TriggerMatch) -> list[str]:
    """``وهو ما نفاه X، متهماً Y``: a participle after a denial takes the denier as its
    subject (not the sentence's first actor, whose claim was denied)."""
    prev = [t for t in clause.triggers if t.label == "denies" and t.id in ("verb", "verb_pron")
            and t.end <= m.start and m.start - t.end <= SUBJECT_GAP + VSO_GAP_DENIAL]
    if not prev or any(clause.norm(i) in HARD_STOPS for i in range(prev[-1].end, m.start)):
        return []
    subj = find_subject(clause, prev[-1].start, prev[-1].end)
    if subj is None or subj.end > m.start:
        return []
    return self.ids(ctx, subj)


def frame_verb_pron(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``وتتهمها الجبهة``: the object pronoun refers to the nearest actor before the verb."""
    subj = find_subject(clause, m.start, m.end)
    src = self.ids(ctx, subj) or self.fallback_source(ctx, clause, m.start, speakers)
    before = [g for g in clause.groups if g.end <= m.start and g is not subj
              and g.kind in ("ent", "nisba") and not set(g.ids) & set(src)]
    if clause.text(m.start).endswith("ها"):  # a feminine pronoun: a state or a feminine noun
        fem = [g for g in before if _feminine(clause, g)]
        before = fem or before
    return _cross(src, self.ids(ctx, before[-1], src)) if before else []


def _feminine(clause: Clause, g: ActorGroup) -> bool:
    """Can a feminine pronoun (``ها``) refer to group ``g``? States and nouns in ``ة`` can."""
    if g.types and g.types[0] == "State":
        return True
    head = clause.text(g.start)
    return head.endswith(("ة", "ات")) or g.kind == "nisba"


def _between_ids(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                 first: ActorGroup) -> list[str]:
    """Parties of ``بين X وY`` (one coordinated group, or two groups joined by و)."""
    ids = self.ids(ctx, first)
    if len(ids) >= 2:
        return ids
    for g in clause.groups:  # "بين X [المدعومين من Z] وY": the party after the "و"
        if g.start < first.end:
            continue
        gap = [clause.norm(i) for i in range(first.end, g.start)]
        comma_and = gap in ([",", "و"], ["،", "و"]) or (
            len(gap) == 1 and gap[0] in COMMA and clause.norm(g.start)[:1] == "و")
        if g.start - first.end > BETWEEN_GAP or any(n in HARD_STOPS for n in gap) or (
                any(n in COMMA for n in gap) and not comma_and):
            break  # "بين X، وY" (a comma before the و) still joins the two parties
        other = self.ids(ctx, g)
        if clause.norm(g.start - 1) == "و" or clause.norm(g.start)[:1] == "و":
            return ids + [x for x in other[:1] if x not in ids]
        if len(other) >= 2:
            return ids + [x for x in other[1:2] if x not in ids]
    return ids


def frame_reciprocal(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تواجهت X وY`` / ``اشتبك X مع Y``: the coordinated subject, or subject + ``مع``."""
    subj = find_subject(clause, m.start, m.start + 1)
    ids = self.ids(ctx, subj)
    if len(ids) >= 2:
        return _pairs_within(ids)
    with_ = [g for g in _after(clause, m.end) if g.prep in ("مع", None) and g is not subj]
    return _cross(ids, self.ids(ctx, with_[0])) if with_ and ids else []


def frame_between(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``اشتباكات بين X وY``."""
    for g in _after(clause, m.end - 1, gap=2):
        if g.prep == "بين":
            return _pairs_within(_between_ids(self, ctx, clause, g))
    return []


def _new_predicate(clause: Clause, lo: int, m: TriggerMatch) -> bool:
    """Does verb trigger ``m`` open a predicate of its own after ``lo`` (``نفت X ذلك
    وحمّلت Y المسؤولية``، ``..., متهمة Y``)? A nominal trigger (``نفت الاتهامات``) does not."""
    if m.id in ("masdar", "reciprocal", "resp_on"):
        return False
    glued = clause.norm(m.start)[:1] == "و" and clause.norm(m.start)[1:2] != "و"
    return glued or any(clause.norm(i) in COMMA or clause.norm(i) == "و"
                        for i in range(lo, m.start))


def _negated_governor(clause: Clause, neg: int, m: TriggerMatch) -> bool:
    """Is the verb that governs a ``ب``-masdar trigger (``بإرسال``، ``بنشر``) negated: ``لم
    تتعهد X بإرسال``، ``لن تقوم X بنشر``? The negation stands before the verb and its subject,
    with no comma or clause boundary before the trigger."""
    # (also "لم تتمكن X من تيسير"، "لم تسع X لتيسير": a masdar after من or a glued ل)
    glued = clause.norm(m.start)[:1] in ("ب", "ل") and len(clause.norm(m.start)) > 3
    if not (glued or clause.norm(m.start - 1) in ("ب", "من")) \
            or not m.start - NOUN_NEGATION_GAP <= neg:
        return False
    return neg < m.start and not clause.blocked(neg + 1, m.start) and not any(
        clause.norm(i) in COMMA or clause.norm(i) in HARD_STOPS for i in range(neg + 1, m.start))


def _relative_ma(clause: Clause, pos: int) -> bool:
    """Is ``ما`` at ``pos`` the relative "what" (after a complementizer or a preposition:
    ``إن ما جرى``، ``إلى ما حدث``)?"""
    return clause.norm(pos) == "ما" and (clause.norm(pos - 1) in PREPOSITIONS or clause.has_cue(
        "complementizer", pos - 1, pos))


def _quote_closes(clause: Clause, lo: int, hi: int) -> bool:
    """Does a quotation open before ``lo`` close in ``[lo, hi)``? A condition quoted from a
    speaker ends with the quote: ``قال X إن "... إذا جاءت"، متهما Y`` (the participle is the
    reporter's own clause)."""
    quotes = [i for i in range(clause.start, hi) if clause.norm(i) in QUOTES]
    inside = [i for i in quotes if i < lo]
    after = [i for i in quotes if lo <= i < hi]
    if not after:
        return False
    if any(clause.norm(i) in ("«", "“") for i in quotes):  # paired marks: open before, close after
        depth = sum(1 if clause.norm(i) in ("«", "“") else -1 for i in inside
                    if clause.norm(i) in ("«", "“", "»", "”"))
        return depth > 0 and any(clause.norm(i) in ("»", "”") for i in after)
    return len(inside) % 2 == 1 and len(quotes) % 2 == 0


def _the_conflict(ctx: _Context | None, clause: Clause, m: TriggerMatch,
                  definite_only: bool = True) -> Pairs:
    """A war or clash noun with no parties of its own (``واندلعت الاشتباكات``، ``دوي
    اشتباكات``) refers to the article's conflict: the dyad fights. Attack nouns
    (``القصف``) only when definite."""
    if ctx is None or ctx.dyad is None or not ctx.dyad_evidenced:
        return []
    if definite_only and not clause.norm(m.start).startswith(("ال", "وال")):
        return []
    if any(g.start in range(m.end, m.end + 2) and g.prep in (None, "بين", "مع", "علي", "ضد")
           for g in clause.groups):
        return []  # the noun has parties of its own, which its frame did not accept
    if any(t.label == "accuses" and t.start < m.start and not clause.blocked(t.end, m.start)
           for t in clause.triggers):
        return []  # "اتهمت X Y بالوقوف وراء الهجوم"، "أدانت X القصف": the act blamed on one actor
    return [ctx.dyad]


def frame_masdar(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                 speakers: list[tuple[int, list[str]]]) -> Pairs:
    """Nominal trigger: own nisba/genitive actor (or the clause subject) -> ``ل/على/ضد`` object."""
    own = _own_actor(clause, m)
    if own is None and m.label == "fights":  # "هجوم لحركة الشباب": the attacker
        own = next((g for g in _after(clause, m.end, gap=1) if g.prep == "ل"), None)
    src = self.ids(ctx, own)
    if not src:  # "هجوم شنّه X": the agent after a light verb
        for g in _after(clause, m.end, gap=3):
            if g.prep is None and any(clause.norm(i).startswith(LIGHT_VERBS)
                                      for i in range(m.end, g.start)):
                src = self.ids(ctx, g)
            break
    if not src:  # "وجّهت X اتهامات": the subject of the light verb before
        subj = find_subject(clause, m.start, m.start)
        if subj is not None and subj.end <= m.start:
            src = self.ids(ctx, subj)
    if not src:  # "تخوض القوات الصومالية، بدعم من ...، معارك ضد": the light verb's subject
        for i in range(m.start - 1, max(clause.start, m.start - 14) - 1, -1):
            word = clause.norm(i)
            if word in HARD_STOPS:
                break
            if word.startswith(LIGHT_VERBS_BEFORE):
                subj = find_subject(clause, i, i + 1)
                if subj is not None and subj.end <= m.start:
                    src = self.ids(ctx, subj)
                break
    if not src and m.label in ("accuses", "calls_on", "denies"):
        src = self.speaker_at(speakers, m.start)
    if not src and m.label == "fights" and any(
            clause.norm(i) in SELF_COMPLEMENTIZERS for i in range(max(clause.start, m.start - 3),
                                                                 m.start)):
        src = self.speaker_at(speakers, m.start)  # "قالت X إنها نفذت غارة على Y"
    word = clause.text(m.start)
    if not src and m.label == "fights" and len(word) > 4 and word.endswith(("ه", "ها", "هم")):
        # "انتكاسة للجيش X منذ إطلاق حملته على Y": the possessor is the nearest actor before
        for g in reversed(clause.groups):
            if g.end > m.start:
                continue
            if m.start - g.end <= POSSESSOR_GAP and g.kind == "ent" and not any(
                    clause.norm(i) in HARD_STOPS for i in range(g.end, m.start)):
                src = [x for x in self.ids(ctx, g) if not _is_place(ctx, x)]
            break
    defender = _repelled_by(self, ctx, clause, m, speakers) if m.label == "fights" else []
    if defender is None:
        return []
    if defender:  # "قال الجيش إن قواته صدت هجوما شنه X": the defender fights the attacker
        attacker = [x for x in src if x not in defender and not _is_place(ctx, x)]
        nisba = next((g for g in clause.groups if g.start == m.end and g.kind == "nisba"), None)
        if not attacker and nisba is not None:  # "تصدت X لهجوم روسي"
            attacker = [x for x in self.ids(ctx, nisba) if x not in defender]
        if not attacker and ctx is not None and ctx.dyad is not None and ctx.dyad_evidenced:
            attacker = [b for a, b in (ctx.dyad, ctx.dyad[::-1]) if any(
                same_side(ctx.infos, a, d) for d in defender) and not any(
                same_side(ctx.infos, b, d) for d in defender)][:1]
        return _cross(attacker, defender)
    if m.label == "fights":  # "هجوم على قاعدة تابعة للجيش X": the installation's owner
        owner = _asset_owner(self, ctx, clause, m.end, MASDAR_GAP["fights"], src)
        if owner is not None:
            return _cross(src, owner)
    preps = MASDAR_PREPS.get(m.label, ("ل", "ضد", "علي", "الي"))
    after = [g for g in _after(clause, m.end, gap=MASDAR_GAP.get(m.label, 40)) if g is not own]
    tgt = [g for g in after if (g.prep in preps or g.prep2 in preps) and "Place" not in g.types]
    if not src and m.label == "fights" and tgt and "مع" in (tgt[0].prep, tgt[0].prep2) \
            and tgt[0].start - m.end <= 3:  # (also "مع مقاتلي X": prep2)
        # "X ... بعد معارك عنيفة مع Y": the sentence's subject fought Y
        src = self.fallback_source(ctx, clause, m.start, speakers, across=True)
    if tgt:
        return _cross(src, self.ids(ctx, tgt[0], src))
    if m.label == "fights" and src:  # "غارات إسرائيلية على صنعاء": the side that holds it
        enemy = _enemy_at(ctx, [g for g in after if g.prep in ("علي", "ضد")], src)
        if enemy:
            return _cross(src, enemy)
    between = [g for g in after if g.prep == "بين"]
    if between and m.label in ("calls_on", "fights"):
        ids = _between_ids(self, ctx, clause, between[0])
        return _pairs_within(ids) if m.label == "fights" else _cross(src, ids)
    if m.id == "war" and len(src) == 2 and _collective_before(clause, m.start):
        return _pairs_within(src)  # "وتخوض الجماعتان اقتتالا داميا": the two fight each other
    return []


def _collective_before(clause: Clause, pos: int) -> bool:
    """Is the subject of the war noun at ``pos`` a dual collective (``تخوض الجماعتان``)?"""
    g = next((g for g in reversed(clause.groups) if g.end <= pos), None)
    return g is not None and g.collective and pos - g.end <= 4 and g.prep is None and not any(
        clause.norm(i) in HARD_STOPS or clause.norm(i) in COMMA for i in range(g.end, pos))


def _repelled_by(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                 speakers: list[tuple[int, list[str]]]) -> list[str] | None:
    """Who repels the attack noun ``m`` (``صدت X هجوما``، ``تصدت X لهجوم``، ``قال X إن قواته
    صدت هجوما``): the repelling verb's subject, or the speaker for its own forces; None when
    the repelling is negated."""
    verb = next((c for c in clause.cues if c.label == "repel" and m.start - 5 <= c.start < m.start
                 and not clause.blocked(c.end, m.start)), None)
    if verb is None:
        return []
    if clause.has_cue("negation", verb.start - NEGATION_GAP, verb.start):
        return None  # "لم يصد الجيش هجوما": nothing is stated
    before = clause.norm(verb.start - 1)
    if before in SELF_COMPLEMENTIZERS or _own_forces(fold_text(clause.text(verb.start - 1))):
        return self.speaker_at(speakers, verb.start)  # "إنه صد"، "إن قواته صدت"
    subj = find_subject(clause, verb.start, verb.end)
    if subj is None or subj.start >= m.start and subj.start < m.end:
        return []
    return [x for x in self.ids(ctx, subj) if not _is_place(ctx, x)]


def frame_kill(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
               speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``الجيش قتل 47 من عناصر حركة الشباب``، ``اغتالت X قائدا في Y``: killing or capturing
    the other side's members is a clash. Needs a named killer (unvocalized ``قتل`` is also
    the passive "were killed") and victims that belong to a named actor."""
    subj = find_subject(clause, m.start, m.start + 1)
    src: list[str] = []
    if subj is not None and subj.kind == "ent" and (subj.end <= m.start or subj.start == m.end):
        src = [x for x in self.ids(ctx, subj) if not _is_place(ctx, x)]
    elif clause.norm(m.start - 1) in SELF_COMPLEMENTIZERS:  # "قال الجيش إنه قتل ..."
        subj, src = None, self.speaker_at(speakers, m.start)
    if not src:
        return []
    lo = subj.end if subj is not None and subj.start >= m.end else m.end
    for g in _after(clause, lo, gap=6):
        members = any(clause.has_cue(k, i, i + 1) for i in range(lo, g.start)
                      for k in ("combatant", "troops"))
        if g.prep in (None, "من", "في") and (g.prep2 == "من" or members) or (
                g.prep is None and g.start == lo):
            return _cross(src, [x for x in self.ids(ctx, g, src) if not _is_place(ctx, x)])
        break
    return []


def frame_projectile(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``أطلقت X صواريخ على Y``، ``صواريخ إيرانية على Y``: whoever fires at an actor fights it
    (read as an attack noun), unless the firing is denied (``نفت إطلاق أي صاروخ نحو Y``)."""
    if any(t.label == "denies" and m.start - 4 <= t.start < m.start for t in clause.triggers):
        return []
    return frame_masdar(self, ctx, clause, m, speakers)


def frame_exposed(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تعرضت X لهجوم من Y``، ``تعرضت قاعدة تابعة للجيش X لقصف تركي``: the one exposed to
    an attack (the verb's subject, or an installation's owner) fights its attacker (``من`` Y,
    ``من قبل`` Y, ``شنه`` Y, or a nisba on the attack noun)."""
    noun = m.end - 1
    attackers: list[str] = []
    for g in _after(clause, m.end, gap=3):
        light = any(clause.norm(i).startswith(LIGHT_VERBS) for i in range(m.end, g.start))
        if g.prep in ("من", "قبل", "جانب") or (g.prep is None and (light or (
                g.kind == "nisba" and g.start <= m.end + 1))):
            attackers = [x for x in self.ids(ctx, g) if not _is_place(ctx, x)]
        break
    if not attackers:
        return []
    victims = _asset_owner(self, ctx, clause, m.start + 1, 3, attackers)
    if victims is None:
        subj = find_subject(clause, m.start, m.start + 1)
        if subj is None or subj.start >= noun or (subj.start > m.start and subj.prep is not None):
            subj = None if subj is None or subj.start >= noun else subj
        victims = [x for x in self.ids(ctx, subj) if not _is_place(ctx, x)] if subj else []
        if subj is not None and "Place" in subj.types and not victims:
            victims = _enemy_at(ctx, [subj], attackers)
    if not victims and _own_forces(clause.norm(m.start - 1)):
        victims = self.speaker_at(speakers, m.start)  # "قال X إن قواته تعرضت لقصف من Y"
    return _cross(attackers, [v for v in victims if v not in attackers])


def _own_forces(word: str) -> bool:
    """A troops or installation noun with a possessive pronoun (``قواته``، ``مواقعها``)."""
    for suffix in ("هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[:-len(suffix)]
            stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)  # "قاعدتها"
            return any(p.label in ("troops", "asset") for x in stems
                       for p in cue_index().candidates(x))
    return False


def frame_response(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                   m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``شنت X غارات ... ردا على صاروخ أطلقه Y``: who strikes back fights whose act it answers."""
    answered: list[str] = []
    for g in _after(clause, m.end, gap=5):
        if g.prep is None and any(clause.norm(i).startswith(LIGHT_VERBS)
                                  for i in range(m.end, g.start)):
            answered = self.ids(ctx, g)
        break
    if not answered:
        return []
    strikes = {t.start for t in clause.triggers if t.label == "fights" and t.start < m.start}
    for i in range(m.start - 1, max(clause.start, m.start - 16) - 1, -1):
        if i in strikes or clause.norm(i).startswith(LIGHT_VERBS_BEFORE):
            subj = find_subject(clause, i, i + 1)
            if subj is not None:
                src = [x for x in self.ids(ctx, subj) if not _is_place(ctx, x)]
                return _cross(src, [x for x in answered if not _is_place(ctx, x)])
    return []


def frame_resp_on(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تقع المسؤولية على X`` / ``المسؤولية الكاملة عن``: speaker accuses X."""
    src = self.speaker_at(speakers, m.start) or self.fallback_source(ctx, clause, m.start, speakers)
    on = next((i for i in range(m.start, min(m.end + 6, clause.end)) if clause.norm(i) == "علي"),
              None)
    for g in _after(clause, m.start + 1, gap=12):
        if g.prep == "علي" or (on is not None and on < g.start <= on + 3) or (
                clause.norm(m.end - 1) == "عن" and g.prep is None):
            # "تقع على القادة السياسيين الأرمينيين": the nisba names who is blamed
            return _cross(src, self.ids(ctx, g, src))
    subj = find_subject(clause, m.start, m.start)  # "X يتحمل المسؤولية" style
    if subj is not None and clause.norm(m.end - 1) == "عن":
        return _cross(src, self.ids(ctx, subj, src))
    return []


def frame_blame(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``ألقت X باللوم على Y``، ``أنحى X باللائمة على Y``: the subject blames Y."""
    subj = find_subject(clause, m.start, m.start + 1)
    src = self.ids(ctx, subj) or self.fallback_source(ctx, clause, m.start, speakers)
    for g in _after(clause, m.end, gap=6):
        if g.prep == "علي" and "Place" not in g.types:
            return _cross(src, self.ids(ctx, g, src))
    return []


def frame_resp_pred(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``قالت X إن Y مسؤولة عن الهجوم``: the speaker blames the subject of the content
    (``إنها مسؤولة``, a claim of one's own responsibility, is none)."""
    held = next((g for g in reversed(clause.groups) if g.end == m.start and g.prep is None), None)
    if held is None or not any(clause.has_cue("complementizer", i, i + 1)
                               for i in range(max(clause.start, held.start - 2), held.start)):
        return []
    spk = self.speaker_at(speakers, m.start)
    return _cross(spk, [x for x in self.ids(ctx, held, spk) if not _is_place(ctx, x)])


def frame_behind(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                 m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``قالت X إن Y يقف وراء الهجوم``، ``معتبرةً أن "Y وZ" يقفان خلف التفجير``: the speaker
    accuses the subject of the reported content (a statement of the narrator, with no
    complementizer before, accuses nobody)."""
    lo = m.start
    while lo > clause.start and clause.norm(lo - 1) in QUOTES:
        lo -= 1  # the quoted subject: "«الحشد والحرس» يقفان وراء"
    held = next((g for g in reversed(clause.groups) if g.end == lo and g.prep is None), None)
    if held is None or not any(clause.has_cue("complementizer", i, i + 1)
                               for i in range(max(clause.start, held.start - 3), held.start)):
        return []
    spk = self.speaker_at(speakers, m.start)
    return _cross(spk, [x for x in self.ids(ctx, held, spk) if not _is_place(ctx, x)])


def frame_violation(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """A violation (of a truce, an embargo, sovereignty) reported by a speaker: the speaker
    accuses the violator (the verb's subject, or ``من`` + actor after the noun)."""
    spk = self.speaker_at(speakers, m.start)
    if not spk or not clause.has_cue("truce_word", m.end, m.end + VIOLATION_GAP):
        return []
    subj = find_subject(clause, m.start, m.start + 1)
    if subj is None or subj.start >= m.end and subj.prep is not None:
        subj = next((g for g in _after(clause, m.end, gap=2) if g.prep == "من"), None)
    agents = [a for a in self.ids(ctx, subj) if not _is_place(ctx, a)]
    if not agents and clause.has_cue("object_pronoun_verb", m.start - 1, m.start):
        # "أدانت X الهجوم واعتبرته انتهاكا لسيادتها": the pronoun is the attack, named
        # before it; the violator is that attack's attacker
        agents = _attacker_of(ctx, clause, m.start - 1)
    return _cross(spk, [a for a in agents if a not in spk and not any(
        same_side(ctx.infos, a, x) for x in spk)] if ctx is not None else [])


#: How far after an aggression noun its agent (``من`` X) may stand ("اعتداء غادر من X").
AGGRESSOR_GAP = 3


def frame_aggression(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """An aggression named by a speaker (``قال X إن ما جرى اعتداء غادر من Y``، ``طالب X بجلسة
    لبحث الاعتداءات Y-ية``): the speaker, or the subject of the statement it sits in, accuses
    the aggressor (the noun's nisba or genitive, or ``من`` Y)."""
    own = _own_actor(clause, m)
    if own is not None and own.prep is not None:
        own = None
    if own is None:
        own = next((g for g in _after(clause, m.end, gap=AGGRESSOR_GAP)
                    if g.prep in ("من", "قبل")), None)
    if own is None:
        return []
    src = self.speaker_at(speakers, m.start)
    if not src and any(t.label in STATEMENTS and t.start < m.start and t is not m
                       for t in clause.triggers):
        src = self.fallback_source(ctx, clause, m.start, speakers, across=True)
    infos = ctx.infos if ctx is not None else {}
    agents = [a for a in self.ids(ctx, own, src) if not _is_place(ctx, a)]
    return _cross(src, [a for a in agents if not any(same_side(infos, a, x) for x in src)])


#: How many sentences back an anaphoric attack noun ("الهجوم") may find its attack.
ANAPHOR_SENTENCES = 2


def _attacker_of(ctx: _Context | None, clause: Clause, pos: int) -> list[str]:
    """The attacker of the definite attack noun before ``pos`` (``الهجوم``): the source of
    the latest fights relation of this or the previous sentences, one stated with the same
    noun if there is one."""
    if ctx is None:
        return []
    noun = next((c for c in sorted(clause.cues, key=lambda c: -c.start) if c.label == "war"
                 and c.start < pos and clause.norm(c.start).startswith(("ال", "وال"))), None)
    if noun is None:
        return []
    here = bisect_left(ctx.view.sents, (clause.start + 1,)) - 1
    stem = _stem(clause.norm(noun.start))
    recent = [r for r in ctx.out if r.type == "fights"
              and here - ANAPHOR_SENTENCES <= r.evidence.sentence_index <= here]
    same = [r for r in recent if _stem(fold_text(r.evidence.trigger.split()[0])) == stem]
    pick = (same or recent)[-1:] if recent else []
    return [r.source for r in pick]


def _enemy_at(ctx: _Context | None, targets: list[ActorGroup], src: list[str]) -> list[str]:
    """An attacked place (the first of ``targets``, if it is one) stands for the attacker's
    enemy in the article's stated conflict, unless it lies in the attacker's own state."""
    if ctx is None or ctx.dyad is None or not ctx.dyad_evidenced or not targets:
        return []
    place = targets[0]
    if set(place.types) != {"Place"}:
        return []
    # the place's state, whether or not the article names that state elsewhere
    states = {st for st in (top_actor(ctx.infos, x) for x in place.ids) if st not in place.ids}
    if any(same_side(ctx.infos, s, st) for s in src for st in states):
        return []  # "قصف الجيش مدنا في بلاده": its own territory
    for a, b in (ctx.dyad, ctx.dyad[::-1]):
        if any(same_side(ctx.infos, a, s) for s in src) and not any(
                same_side(ctx.infos, b, s) for s in src):
            home = _state_of(ctx.infos, b)
            if home and states and home not in states:
                return []  # a place in a third state: "غارات إسرائيلية على بيروت" in a Gaza war
            return [b]
    return []


def _stem(word: str) -> str:
    """A folded attack noun without conjunction, article and accusative ending."""
    for pre in ("و", "ال", "ب", "ل"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            word = word[len(pre):]
    return word[:-1] if word.endswith("ا") and len(word) > 3 else word


def frame_reciprocal_accusation(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                                m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تبادل X وY الاتهامات``: each accuses the other."""
    subj = find_subject(clause, m.start, m.start + 1)
    ids = [a for a in self.ids(ctx, subj) if not _is_place(ctx, a)]
    if len(ids) < 2:  # "وسط اتهامات متبادلة بين X وY"، "تبادل الاتهامات بين X وY"
        between = next((g for g in _after(clause, m.end, gap=2) if g.prep == "بين"), None)
        if between is not None:
            ids = [a for a in _between_ids(self, ctx, clause, between) if not _is_place(ctx, a)]
        elif subj is None and ctx is not None and ctx.dyad is not None and ctx.dyad_evidenced \
                and not any(m.start - 3 <= g.end <= m.start for g in clause.groups):
            ids = list(ctx.dyad)  # "وسط اتهامات متبادلة بخرق الهدنة": the conflict's two sides
    if len(ids) < 2:
        return []
    return [(a, b) for a in ids for b in ids if a != b]


def _is_place(ctx: _Context | None, eid: str) -> bool:
    if ctx is None:
        return False
    info = _info(ctx.infos, eid)
    return getattr(info, "type", "") == "Place"


#: How far after an attacked installation the phrase naming its owner may start.
ASSET_OWNER_GAP = 8


def _asset_owner(self: RelationExtractor, ctx: _Context | None, clause: Clause, lo: int,
                 gap: int, src: list[str]) -> list[str] | None:
    """Who owns an attacked installation or asset (a base, camp, convoy, ship) in ``[lo, lo+gap)``.

    ``قاعدة تابعة للجيش X``، ``معسكرا للجيش X``، ``مواقع الجماعة``، ``قاعدة العديد التي تستضيف
    قوات X``: the owner named after it; else the state a military site lies in (``قاعدة ... في
    X``, a place of X), else for an unnamed military site the other side of the article's
    conflict or its dateline state. None when the object is no installation (the caller reads
    the target as usual); ``[]`` when it is one whose owner is unknown."""
    asset = next((c for c in clause.cues if c.label == "asset" and lo <= c.start < lo + gap),
                 None)
    if asset is None or clause.blocked(lo, asset.start):
        return None
    if asset.start != lo and clause.norm(asset.start - 1) not in ("علي", "ضد"):
        return None
    for g in clause.groups:
        if lo <= g.start < asset.start and g.kind == "ent" and "Place" not in g.types:
            return None  # an actor stands before it: "هجوم على الجيش في قاعدة ..."
        if g.start <= asset.start < g.end and "Place" not in g.types:
            return None  # the noun is part of a name: "تنظيم القاعدة"
    place = next((g for g in clause.groups if g.start == asset.start), None)
    end = place.end if place is not None else asset.end
    infos = ctx.infos if ctx is not None else {}
    owners: list[str] = []
    for g in clause.groups:
        if g.start < end or g.start - end > ASSET_OWNER_GAP:
            continue
        gap_norms = [clause.norm(i) for i in range(end, g.start)]
        if any(n in HARD_STOPS for n in gap_norms):
            break
        plain = not any(n in PREPOSITIONS or n in COMMA for n in gap_norms)
        if g.prep is None and "Place" not in g.types and (g.start == end or (
                g.kind == "nisba" and g.start - end <= 2 and plain)):
            owners = self.ids(ctx, g, src)  # "مواقع الجماعة"، "قاعدة جوية روسية"
        elif g.kind == "nisba" and not clause.has_cue("troops", g.start - 1, g.start):
            continue  # "سفينة تابعة لشركة يونانية": the nisba qualifies another noun
        elif g.prep == "ل" and g.start - end <= 3 and not any(
                n in PREPOSITIONS or n in COMMA for n in gap_norms[:-1]):
            owners = self.ids(ctx, g, src)  # "معسكرا للجيش X"، "قاعدة تابعة لـX"
        elif g.prep in (None, "ل") and clause.has_cue("owner_link", max(end, g.start - 3),
                                                       g.start):
            # "التي تستضيف قوات X": hosted forces stand for their state
            owners = [top_actor(infos, x) if clause.has_cue("troops", g.start, g.start + 1)
                      else x for x in self.ids(ctx, g, src)]
        else:
            continue
        break
    owners = [top_actor(infos, x) if getattr(infos.get(x), "type", None) == "Person" else x
              for x in owners if not _is_place(ctx, x)]  # "موكب الرئيس X": X's state
    if owners or asset.id != "military":
        return owners
    where = [place] if place is not None and "Place" in place.types else []
    where += [g for g in clause.groups if g.prep == "في" and end <= g.start <= end + 3]
    for g in where:  # "قاعدة ... في قطر"، "معسكر X" (a place of a state): its army's
        states = [s for s in (_state_of(infos, x) for x in g.ids) if s]
        if states:
            return [_army_of(infos, states[0])]
    if ctx is None or (place is not None and "Place" not in place.types):
        return []  # (a camp named by a place of no known state is as good as unnamed)
    if ctx.dyad is not None and ctx.dyad_evidenced:  # an unnamed camp of the attacker's enemy
        for a, b in (ctx.dyad, ctx.dyad[::-1]):
            if any(same_side(infos, a, s) for s in src):
                return [b]
    if ctx.location and not any(same_side(infos, ctx.location, s) for s in src):
        return [_army_of(infos, ctx.location)]
    return []


def _army_of(infos: Infos, state: str) -> str:
    """The armed force of ``state`` the article names first (a military site's owner), else
    the state itself."""
    forces = [k for k, v in infos.items() if getattr(v, "subtype", None) == "ArmedForce"
              and getattr(v, "part_of", None) == state]
    return forces[0] if forces else state


def frame_under(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``بوساطة X`` / ``برعاية X``: X mediates for each party (``بين``, the subject, the dyad)."""
    own = None
    for g in _after(clause, m.end, gap=OWN_ACTOR_GAP):
        if g.prep in (None, "ل", "من") or g.kind == "nisba":
            own = g
        break
    listed = _listed(clause, m.end) if own is None or own.collective else []
    if listed:  # "برعاية الدول الضامنة وهي X وY"، "برعاية الدولتين (X وY)"
        own = listed[-1]
    mediators = [x for g in listed for x in self.ids(ctx, g)] or self.ids(ctx, own)
    if own is not None and not listed:  # "برعاية X (س) ومجموعة Y (ك)": acronyms in brackets
        mediators += [x for g in _bracketed_partners(clause, own) for x in self.ids(ctx, g)
                      if x not in mediators]
    if not mediators and own is None:  # "تتولى X الوساطة بين A وB": the undertaker
        for c in clause.cues:
            if c.label == "undertake" and m.start - SUBJECT_GAP <= c.start < m.start:
                subj = find_subject(clause, c.start, c.start + 1)
                if subj is not None and subj.end <= m.start and not clause.blocked(c.end, m.start):
                    own = subj
                    mediators = [x for x in self.ids(ctx, subj) if not _is_place(ctx, x)]
    if not mediators:
        return []
    return _cross(mediators, _parties(self, ctx, clause, m, own, mediators))


def frame_facilitate(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تتولى X تسهيل المحادثات بين A وB``، ``X تعلن تكليفها بتيسير محادثات بين A وB``،
    ``يسّر X الحوار بين A وB``: who facilitates talks between named parties mediates for
    them -- the actor after the word (``بتيسير من X``), else its subject, the speaker or the
    sentence's first actor. Without talks (a talks noun) between a ``بين`` pair nothing
    (``تسهيل وصول المساعدات``، ``تسهيل التجارة بين``)."""
    between = next((g for g in clause.groups if g.start >= m.end and g.prep == "بين"
                    and g.start - m.end <= PARTIES_GAP and not clause.blocked(m.end, g.start)),
                   None)
    if between is None or not any(c.label == "talks" and m.end <= c.start < between.start
                                  for c in clause.cues):
        return []  # talks between them, not "تسهيل التجارة بين"
    own = next((g for g in _after(clause, m.end, gap=OWN_ACTOR_GAP)
                if g.prep in (None, "من") and g is not between), None)
    if own is not None and own.start > between.start:
        own = None
    subj = own or find_subject(clause, m.start, m.start + 1)
    if subj is not None and subj.start > between.start:
        subj = None
    mediators = self.ids(ctx, subj) or self.fallback_source(ctx, clause, m.start, speakers,
                                                            across=True)
    mediators = [x for x in mediators if not _is_place(ctx, x)]
    parties = [x for x in _between_ids(self, ctx, clause, between) if x not in mediators]
    return _cross(mediators, parties)


#: How many words of an unrecognised name may stand between "و" and its bracketed acronym.
ACRONYM_NAME_GAP = 4


def _bracketed_partners(clause: Clause, first: ActorGroup) -> list[ActorGroup]:
    """Actors coordinated with ``first`` across bracketed acronyms: ``X (ACR) وY (ACR2)``،
    where Y itself may be known only by its acronym. The bracket after ``first`` repeats it;
    each partner is the acronym in the next bracket, reached through ``و`` and a short name."""
    out: list[ActorGroup] = []
    pos = first.end
    groups = {g.start: g for g in clause.groups}
    while True:
        if clause.norm(pos) == "(" and clause.norm(pos + 1) != "(":  # the repeated acronym
            close = next((i for i in range(pos + 1, min(pos + 5, clause.end))
                          if clause.norm(i) == ")"), None)
            if close is None:
                break
            pos = close + 1
        if clause.norm(pos) != "و":
            break
        nxt = next((i for i in range(pos + 1, min(pos + 2 + ACRONYM_NAME_GAP, clause.end))
                    if clause.norm(i) == "(" or i in groups), None)
        if nxt is None:
            break
        if nxt in groups:  # "و" + a recognised name: build_groups has not joined it
            g = groups[nxt]
        elif nxt + 1 in groups and clause.norm(groups[nxt + 1].end) == ")":
            g = groups[nxt + 1]
        else:
            break
        if g.prep is not None or any(clause.norm(i) in COMMA or clause.norm(i) in HARD_STOPS
                                     for i in range(pos, g.start)):
            break
        out.append(g)
        pos = g.end
    return out


def _listed(clause: Clause, pos: int, gap: int = LIST_HEAD_GAP) -> list[ActorGroup]:
    """Actors listed after a head noun and an introducer (``:``، ``وهي``، ``(``):
    ``برعاية الدول الضامنة وهي X وY``، ``الوسطاء: X، وY``. Empty when an actor stands
    before the introducer (then that actor is the head)."""
    for c in clause.cues:
        if c.label != "listing" or not pos <= c.start <= pos + gap:
            continue
        if any(g.start < c.start and g.end > pos and not g.collective for g in clause.groups) or any(
                clause.norm(i) in HARD_STOPS for i in range(pos, c.start)):
            return []
        out: list[ActorGroup] = []
        nxt = c.end
        for g in clause.groups:
            if g.start < c.end:
                continue
            gap_words = [clause.norm(i) for i in range(nxt, g.start)]
            if g.prep is not None or not all(w in COMMA or w in QUOTES or (out and w == "و")
                                             for w in gap_words):
                break
            out.append(g)
            nxt = g.end
        return out
    return []


def _neutral(ctx: _Context | None, mediators: list[str], parties: list[str]) -> list[str]:
    """Mediators that belong to neither party (a party's own official chairs nothing)."""
    if ctx is None:
        return mediators
    return [x for x in mediators if not any(same_side(ctx.infos, x, p) for p in parties)]


def frame_chair(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                speakers: list[tuple[int, list[str]]]) -> Pairs:
    """The chair of talks between two sides mediates: ``المحادثات بين A وB برئاسة X``،
    ``المفاوضات التي ترأسها X``، ``ترأس X المحادثات بين البلدين`` (verb frame). A meeting
    (not talks) needs its ``بين`` parties; a delegation's head (``وفد ... برئاسة``) is none."""
    if m.id == "chair_verb":
        talks = [c for c in clause.cues if c.label == "talks" and c.start == m.end - 1]
        if clause.has_cue("delegation", m.start, m.end):
            return []  # "قاد X وفد بلاده في المفاوضات": a party's negotiator
        chair = find_subject(clause, m.start, m.start + 1)
        if chair is not None and chair.start >= m.end:
            return []  # the talks noun stands before its subject: not a chair
    else:
        talks = [c for c in clause.cues + [  # "فريق الوساطة برئاسة X": a mediation's head
                    TriggerMatch("talks", "talks", t.start, t.end) for t in clause.triggers
                    if t.label == "mediates" and t.id in ("masdar", "under", "mediator_noun")]
                 if c.label == "talks" and m.start - CHAIR_GAP <= c.start < m.start
                 and not any(clause.norm(i) in HARD_STOPS for i in range(c.end, m.start))]
        talks.sort(key=lambda c: c.start)
        if clause.has_cue("delegation", m.start - CHAIR_GAP, m.start):
            return []
        chair = next((g for g in _after(clause, m.end, gap=2) if g.prep in (None, "من")), None)
    if not talks or chair is None:
        return []
    noun = talks[-1]
    mediators = [x for x in self.ids(ctx, chair) if not _is_place(ctx, x)]
    parties: list[str] = []
    between = next((g for g in clause.groups if g.prep == "بين" and noun.end <= g.start
                    and g.start - noun.end <= 2), None)
    if between is not None:
        parties = _between_ids(self, ctx, clause, between)
    elif noun.id == "meeting" and ctx is not None and ctx.dyad is not None \
            and ctx.dyad_evidenced and all(any(same_side(ctx.infos, side, x)
                                               for x in ctx.sentence_ids) for side in ctx.dyad):
        parties = list(ctx.dyad)  # a meeting of both sides, named in the sentence
    elif noun.id == "talks":
        nisba = next((g for g in clause.groups if g.kind == "nisba" and g.start == noun.end), None)
        if nisba is not None and len(nisba.ids) >= 2:
            parties = list(nisba.ids)  # "محادثات تايلاندية كمبودية برئاسة X"
        elif ctx is not None and ctx.dyad is not None and ctx.dyad_evidenced:
            parties = list(ctx.dyad)
    parties = [p for p in parties if p not in mediators]
    if len(parties) < 2:
        return []
    return _cross(_neutral(ctx, mediators, parties), parties)


def _parties(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
             own: ActorGroup | None, mediators: list[str]) -> list[str]:
    for g in clause.groups:  # "بين X وY" may follow a relative clause ("التي تقودها مسقط")
        if g.start >= m.end and g.prep == "بين" and g.start - m.end <= PARTIES_GAP and not any(
                clause.norm(i) in HARD_STOPS for i in range(m.end, g.start)):
            return _between_ids(self, ctx, clause, g)
    nisbas = [g for g in clause.groups if g.kind == "nisba" and g.end <= m.start
              and m.start - g.end <= 10 and not clause.blocked(g.end, m.start)]
    if nisbas:  # "محادثات سعودية حوثية ... بوساطة X"
        ids = [x for g in nisbas for x in self.ids(ctx, g) if x not in mediators]
        if len(ids) >= 2 or ctx is None or ctx.dyad is None:
            return ids
        return ids + [s for s in ctx.dyad if s not in ids and s not in mediators]
    for g in reversed(clause.groups):  # the coordinated subject of the agreement
        if g is own or set(g.ids) & set(mediators):
            continue  # "شكر X وY على وساطتهما": the mediators themselves
        if g.end <= m.start and m.start - g.end <= 3 and g.prep is None and (
                len(g.ids) > 1 or g.collective):
            return self.ids(ctx, g)
    if ctx is not None and ctx.talks and any(  # "المحادثات": the talks named before
            c.label == "talks" and c.id == "talks" and clause.norm(c.start).startswith(("ال", "وال"))
            for c in clause.cues):
        return [s for s in ctx.talks if s not in mediators]
    if ctx is not None and ctx.dyad is not None and ctx.dyad_evidenced:
        return [s for s in ctx.dyad if s not in mediators]
    return []


def frame_mediate_verb(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                       m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``توسطت X بين Y وZ`` / ``استضافت X محادثات``: subject mediates for the parties.

    A subject inside the trigger's span with an apposition (``تنقل رئيس المنظمة، وزير
    خارجية X فلان، بين العاصمتين``): its named actor."""
    subj = find_subject(clause, m.start, m.start + 1)
    if subj is None and m.end - m.start > 2:
        inside = [g for g in clause.groups if m.start < g.start and g.end <= m.end
                  and g.prep is None]
        subj = next((g for g in inside if g.types == ["Person"]), None) or next(
            (g for g in inside if g.kind == "ent"), inside[0] if inside else None)
    mediators = self.ids(ctx, subj)
    if not mediators and any(clause.norm(i) in SELF_COMPLEMENTIZERS
                             for i in range(max(clause.start, m.start - 2), m.start)):
        mediators = self.speaker_at(speakers, m.start)  # "أعلنت X أنها ستستضيف محادثات"
    if not mediators:
        return []
    return _cross(mediators, _parties(self, ctx, clause, m, subj, mediators))


def frame_mediate_noun(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                       m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``الوساطة القطرية``, ``جهود الوساطة``, ``على وساطته``: nisba/genitive or nearest actor."""
    own = _own_actor(clause, m, gap=3)
    mediators = self.ids(ctx, own)
    inside = [g for g in clause.groups if m.start < g.start and g.end < m.end and g.prep is None]
    if not mediators and inside:  # "جهود ماليزيا للوساطة"
        own = inside[0]
        mediators = self.ids(ctx, own)
    before = [g for g in clause.groups if g.end <= m.start and g.kind == "ent"]
    if before and (not mediators or m.start - before[-1].end <= 4):
        mediators += [x for x in self.ids(ctx, before[-1]) if x not in mediators]
        own = own or before[-1]
    if not mediators:
        return []
    return _cross(mediators, _parties(self, ctx, clause, m, own, mediators))


#: Statement nouns that stand as the subject of an accusation or an appeal for whoever issued
#: the statement ("واتهم البيان X"), folded.
STATEMENT_NOUNS = frozenset(fold_text(w) for w in ("البيان", "بيانها", "بيانه", "المذكرة",
                                                   "الرسالة", "الشكوى"))
#: Detached object pronouns after a participle ("متهمةً إياها"), folded.
OBJECT_PRONOUNS = frozenset({"اياه", "اياها", "اياهم", "اياهما"})
#: Message nouns whose carrier between two sides mediates (folded).
MESSAGE_NOUNS = frozenset(fold_text(w) for w in (
    "رسالة", "رسالتين", "رسالتي", "رسائل", "الرسالة", "الرسائل", "رسالتان", "برسالة", "برسائل"))
#: How far after a message noun its addressees or its sender may stand.
MESSAGE_GAP = 6


def frame_messenger(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``نقل X رسالتين إلى A وB``، ``تسلّم X رسالة من A قبل أن ينقلها إلى B``: carrying messages
    between two sides mediates between them; a message to one side only is no mediation,
    nor one to a side the carrier belongs to."""
    infos = ctx.infos if ctx is not None else {}
    noun = next((i for i in range(m.start, m.end) if clause.norm(i) in MESSAGE_NOUNS), None)
    if noun is None:  # "ينقلها": the message named before in the sentence
        noun = next((i for i in range(m.start - 1, clause.start - 1, -1)
                     if clause.norm(i) in MESSAGE_NOUNS), None)
        if noun is None:
            return []
    if any(g.start <= noun < g.end for g in clause.groups):
        return []  # "الأمير رسالة الرد" read as a name: no message, no carrier to trust
    parties: list[str] = []
    party_groups: list[ActorGroup] = []
    reach = m.end
    for g in clause.groups:
        if noun < g.start <= noun + MESSAGE_GAP and (g.prep == "من" or (
                g.kind == "nisba" and "من" in clause.norms[noun - clause.start:g.start - clause.start])):
            party_groups.append(g)
            parties += self.ids(ctx, g)  # who sent the message the carrier took on
        to = g.prep in ("الي", "بين") or (g.prep is None and "الي" in (
            g.prep2, clause.norm(g.start - 2)))
        # (also one head noun between: "إلى عواصم الدول الأربع"، "إلى قادة البلدين")
        if reach <= g.start <= reach + MESSAGE_GAP and to and not clause.blocked(reach, g.start):
            party_groups.append(g)
            parties += _between_ids(self, ctx, clause, g) if g.prep == "بين" else self.ids(ctx, g)
            reach = g.end  # "إلى A وإلى B": the next addressee
    subj = find_subject(clause, m.start, m.start + 1)
    if subj is not None and any(g is subj for g in party_groups):
        subj = None  # the sender or an addressee is no carrier
    if subj is not None and (subj.prep is not None or subj.prep2 is not None
                             or subj.start > noun > m.start):
        subj = None
    carrier = [x for x in self.ids(ctx, subj) if not _is_place(ctx, x)] if subj else []
    if not carrier:
        carrier = [x for x in self.fallback_source(ctx, clause, m.start, [], across=True)
                   if not _is_place(ctx, x)]
    # the leaders a message goes to stand for their sides ("إلى البرهان وآبي أحمد")
    parties = [top_actor(infos, x) if getattr(infos.get(x), "type", None) == "Person" else x
               for x in parties]
    parties = [x for x in dict.fromkeys(parties) if not _is_place(ctx, x) and x not in carrier]
    if not carrier or len(parties) < 2 or any(same_side(infos, c, p) for c in carrier
                                              for p in parties):
        return []
    if ctx is None or not any(frozenset((top_actor(infos, a), top_actor(infos, b))) in ctx.opposed
                              for a in parties for b in parties if a != b):
        return []  # two sides the article sets at odds (fights, accusations, "بين A وB")
    return _cross(carrier, parties)


#: How far before a shuttle-diplomacy noun its mediator may stand ("قام المبعوث X بجولات مكوكية").
SHUTTLE_GAP = 5


def frame_shuttle(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``جولات مكوكية بين A وB``، ``الدبلوماسية المكوكية الأمريكية``: the one shuttling (the
    nisba or genitive after the noun, else the nearest actor before it, nisba included: the
    envoy "المبعوث الأمريكي") mediates between the parties."""
    own = _own_actor(clause, m, gap=2)
    if own is None:
        own = group_before(clause, m.start, max_gap=SHUTTLE_GAP)
    mediators = [x for x in self.ids(ctx, own) if not _is_place(ctx, x)]
    if not mediators:
        return []
    return _cross(mediators, _parties(self, ctx, clause, m, own, mediators))


def frame_hosted(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                 m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``محادثات استضافتها X``: the host after the verb mediates for the parties."""
    host = next((g for g in _after(clause, m.end, gap=1) if g.prep is None), None)
    mediators = [x for x in self.ids(ctx, host) if not _is_place(ctx, x)]
    if not mediators:
        return []
    return _cross(mediators, _parties(self, ctx, clause, m, host, mediators))


def frame_mediator_noun(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                        m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``الوسيطين X وY`` (the mediators after the noun) or ``X، الوسيط`` (before it)."""
    groups = [g for g in _after(clause, m.end, gap=4) if g.prep is None
              or (g.prep == "من" and g.start == m.end + 1)]  # "وسطاء من X وY"
    mediators: list[str] = []
    if groups:
        first = groups[0]
        mediators = self.ids(ctx, first)
        for g in groups[1:]:  # "الوسيطين الآخرين X ونائبة الرئيس Y": keep coordinated names
            if g.start - first.end <= 6 and clause.norm(g.start - 1).startswith("و"):
                mediators += [x for x in self.ids(ctx, g) if x not in mediators]
    else:
        listed = _listed(clause, m.end)  # "الوسطاء: X وY"
        before = [g for g in clause.groups if g.end <= m.start and m.start - g.end <= 2
                  and not g.collective]  # "X وY، الدولتان الضامنتان": not the dyad
        mediators = [x for g in listed for x in self.ids(ctx, g)] or (
            self.ids(ctx, before[-1]) if before else [])
    if not mediators:
        return []
    return _cross(mediators, _parties(self, ctx, clause, m, None, mediators))


def frame_truce(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                speakers: list[tuple[int, list[str]]]) -> Pairs:
    """A ceasefire between ``بين`` parties, the coordinated subject, or the dyad.

    A truce that is only called for (``دعا إلى وقف إطلاق النار``) is none."""
    if clause.has_cue("negation", m.start - 3, m.start) or clause.norm(m.start - 1) in ("اي", "ايه"):
        return []  # "رفضت X أي هدنة"، "لا يتضمن أي وقف": any truce is no truce
    for t in clause.triggers:
        if t.label == "calls_on" and t.start < m.start and not any(
                clause.norm(i) in HARD_STOPS for i in range(t.end, m.start)):
            return []
    with_party = None
    for g in _after(clause, m.end, gap=4):
        if g.prep == "بين":
            return _pairs_within(_between_ids(self, ctx, clause, g))
        if g.prep == "مع" and with_party is None:
            with_party = g
    mediated = {t.end for t in clause.triggers if t.label == "mediates"}
    if with_party is not None:  # "اتفقت X على هدنة مع Y"، "وقعت X اتفاق وقف إطلاق النار مع Y"
        subj = next((g for g in reversed(clause.groups) if g.end <= m.start and g.prep is None
                     and g.start not in mediated and not clause.blocked(g.end, m.start)), None)
        src = self.ids(ctx, subj) if subj is not None else self.speaker_at(speakers, m.start)
        pairs = [(a, b) for a in src for b in self.ids(ctx, with_party, src) if a != b]
        if pairs:
            return pairs
    for g in reversed(clause.groups):
        if g.end > m.start or g.prep is not None or g.start in mediated:
            continue  # "بوساطة X وY" names mediators, not parties
        if clause.blocked(g.end, m.start) or any(
                c.label in ("speech", "continuation") and g.end <= c.start < m.start
                for c in clause.cues):
            break
        if len(g.ids) > 1 or g.collective:
            return _pairs_within(self.ids(ctx, g))
    if ctx is not None and ctx.dyad is not None and ctx.dyad_evidenced:
        return [ctx.dyad]
    return []


#: How far after a peace agreement's noun its signing participle may stand (``الموقع``، ``وقعه``).
SIGNED_AFTER = 3


def frame_accord(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                 speakers: list[tuple[int, list[str]]]) -> Pairs:
    """A peace agreement signed or reached (``وقّع X وY اتفاق سلام``، ``مذكرة تفاهم لإنهاء
    النزاع وقعها الطرفان``) ends the fighting as a truce does; one only discussed, drafted or
    called for (``مفاوضات اتفاق السلام``) is none."""
    if not any(c.label == "signing" and (
            m.end <= c.start < m.end + SIGNED_AFTER
            or c.end <= m.start and not clause.blocked(c.end, m.start)) for c in clause.cues):
        return []  # the verb of the same clause, however long its subject, or a participle after
    return frame_truce(self, ctx, clause, m, speakers)


#: How many adjectives may stand between an ally noun and its "لـ" partner.
ALLY_ADJECTIVES = 3


def frame_ally(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
               speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تركيا، حليفة أذربيجان``: the head before the noun and the partner right after."""
    head = None
    for g in reversed(clause.groups):
        if g.end <= m.start:
            if m.start - g.end <= 2:
                head = g
            break
    partner = _own_actor(clause, m)
    if m.id == "backed":
        partner = next((g for g in _after(clause, m.end, gap=1)), None)
    if partner is None and m.id == "ally":  # "الحليف الإقليمي الأبرز لكير"، "الحليفة للطرفين"
        partner = next((g for g in clause.groups if m.end <= g.start - 1 <= m.end + ALLY_ADJECTIVES
                        and g.prep == "ل" and not any(
                            clause.norm(i) in COMMA or clause.norm(i) in PREPOSITIONS
                            or any(h.start <= i < h.end for h in clause.groups)
                            for i in range(m.end, g.start - 1))), None)
    if head is None or partner is None:
        return []
    partners = self.ids(ctx, partner)
    if head.prep == "بين":  # "بين X المدعومين من Z وY": "وY" is the other party, not a backer
        partners = partners[:1]
    return _cross(self.ids(ctx, head), partners)


def frame_alongside(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``قاتلت X إلى جانب Y``: the clause subject and the actor after ``جانب``.

    Only after a verb or noun of fighting or taking sides (``قاتلت``، ``القتال``، ``وقفت``):
    ``إلى جانب`` also means "in addition to" ("تشارك في المراقبة إلى جانب Y")."""
    partner = next((g for g in _after(clause, m.end, gap=1)), None)
    if partner is None or not clause.has_cue("side_taking", m.start - 5, m.start):
        return []
    subj = relative_antecedent(clause, m.start - 1)
    if subj is None:
        for g in reversed(clause.groups):
            if g.end <= m.start and g.kind == "ent" and (g.prep is None or (
                    g.prep == "من" and (clause.has_cue("people_noun", g.start - 2, g.start - 1)
                                       or clause.has_cue("combatant", g.start - 2, g.start - 1)))):
                subj = g  # (also "يقاتل متطوعون من X إلى جانب Y": the volunteers of X)
                break
    return _cross(self.ids(ctx, subj), self.ids(ctx, partner)) if subj else []


def frame_stand_with(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تقف (بقوة) مع Y``، ``وقوفها مع Y``: taking Y's side. The source is the relative
    antecedent, the subject before the verb, or, for «إنها تقف مع» and a masdar with its
    pronoun, the speaker."""
    partner = next((g for g in _after(clause, m.end, gap=1)), None)
    if partner is None or clause.has_cue("talks", m.start - 4, m.start):
        return []
    subj = relative_antecedent(clause, m.start - 1) or group_before(clause, m.start, max_gap=4)
    src = self.ids(ctx, subj) if subj is not None and subj.prep is None else []
    if not src:
        src = self.speaker_at(speakers, m.start)
    return _cross(src, [x for x in self.ids(ctx, partner) if x not in src])


#: Arms nouns between which and their recipient only these may stand ("شحنات من الذخائر
#: والعتاد إلى X"), besides other arms nouns and adjectives.
ARMS_GAP = 5


def frame_arms(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
               speakers: list[tuple[int, list[str]]]) -> Pairs:
    """Arms supplied to an actor (``بدأت نقل شحنات من الذخائر إلى الجيش X``، ``زودت X
    الجيش Y بأسلحة``، ``صفقة أسلحة لـY``): the supplier backs the recipient. Needs a verb
    or masdar of supplying just before the arms noun."""
    lo = max(clause.start, m.start - 6)  # ("زودت X الجيش Y بأسلحة": VSO, then the object)
    verb = next((c for c in clause.cues if c.label == "supply" and lo <= c.start < m.start
                 and not clause.blocked(c.end, m.start)), None)
    if verb is None or any(t.label in ("accuses", "denies") and t.start < m.start
                           for t in clause.triggers):
        return []  # (no supply stated; "اتهمت X بتزويد Y بالأسلحة": alleged, not stated)
    recipient = next((g for g in _after(clause, m.end, gap=ARMS_GAP) if g.prep in ("الي", "ل")
                      and not _is_place(ctx, g.ids[0] if g.ids else "")), None)
    if recipient is None:  # "زودت X الجيش Y بأسلحة": the object between verb and arms noun
        objects = [g for g in clause.groups if verb.end <= g.start and g.end <= m.start
                   and g.prep is None and g.kind == "ent"]
        if len(objects) < 2 and not (objects and clause.texts and clause.text(
                verb.start).endswith(("ت", "وا"))):  # (VSO needs subject and object)
            return []
        recipient = objects[-1]
    subj = find_subject(clause, verb.start, verb.start + 1)
    src = [x for x in self.ids(ctx, subj)] if subj is not None and subj is not recipient else []
    if not src:
        src = self.fallback_source(ctx, clause, verb.start, speakers)
    return _cross(src, [x for x in self.ids(ctx, recipient) if x not in src])


def frame_jointly(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``سيطرت X، بالاشتراك مع Y، على ...``، ``هاجمت X بالتنسيق مع Y``: forces acting jointly in
    a fight are allies: the clause subject (or the speaker whose forces it names) and Y.

    Only in a clause that states a fight: ``نظمت X بالتعاون مع Y مؤتمرا`` is no alliance."""
    partner = next((g for g in _after(clause, m.end, gap=1)), None)
    lo = max(clause.start, m.start - 4)
    own = any(_own_forces(clause.norm(i)) for i in range(lo, m.start)) or clause.has_cue(
        "troops", lo, m.start)  # "قواته" (its pronoun split off), "القوات"
    if partner is None or not own and not clause.has_cue("troops", clause.start, m.start) and not any(
            t.label == "fights" and abs(t.start - m.start) <= 8 for t in clause.triggers):
        return []  # neither a fight nor forces acting
    if clause.has_cue("talks", m.start - 6, m.start):
        return []  # "مفاوضات قادها X بالتنسيق مع Y": a joint mediation, no alliance
    if any(t.label in ("accuses", "denies") and t.start < m.start for t in clause.triggers):
        return []  # "متهمة X بالتعاون مع Y": a collaboration alleged, not stated
    subj = group_before(clause, m.start, max_gap=6)
    src = self.ids(ctx, subj) if subj is not None and subj.prep is None else []
    if not src and own:
        src = self.speaker_at(speakers, m.start)  # "أعلن X أن قواته سيطرت، بالاشتراك مع Y"
    return _cross(src, [x for x in self.ids(ctx, partner) if x not in src])


def _support_object(clause: Clause, g: ActorGroup) -> bool:
    """Is ``g`` what support is given to: ``ل``/``مع`` g, or ``لسيادة g``، ``لوحدة أراضي g``?"""
    return g.prep in ("مع", "ل") or g.prep2 in ("مع", "ل") or clause.has_cue(
        "support_object", g.start - 2, g.start)


def _genitive_agent(clause: Clause, m: TriggerMatch, after: list[ActorGroup]
                    ) -> tuple[ActorGroup, ActorGroup | None] | None:
    """``دعم X (الثابت) لـY``: a masdar's genitive agent right after it, then its object
    (None when the object is no actor: ``دعم X للجهود الأممية``)."""
    if clause.norm(m.start).startswith("ب") or clause.norm(m.start - 1) == "ب" or not after:
        return None  # "بدعم X": with X's support, X is no agent of a stated object
    first = after[0]
    if first.start != m.end or first.prep is not None or first.kind != "ent":
        return None
    second = after[1] if len(after) > 1 else None
    if second is not None and second.kind == "ent" and sum(
            clause.norm(i) not in QUOTES for i in range(first.end, second.start)) <= 3 \
            and _support_object(clause, second):  # (quotes around "الكامل" do not count)
        return first, second
    if any(clause.norm(i)[:1] == "ل" and not clause.has_cue("negation", i, i + 1)
           and not clause.has_cue("clause", i, i + 1)
           for i in range(first.end, min(first.end + 2, clause.end))):
        return first, None  # the agent's support goes to something that is no actor
    return None


def frame_support(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``دعم X لY`` / ``بدعم من X`` / ``دعمها لY``: supporter and beneficiary."""
    quotes = sum(clause.norm(i) in QUOTES for i in range(m.end, min(m.end + 6, clause.end)))
    after = _after(clause, m.end, gap=4 + quotes)  # (quotes around "الكامل" take no room)
    supporter = None
    beneficiary = None
    # "بدعم X" / "بدعم من X": with the support of X; "إلى دعم X": support for X
    with_support = clause.norm(m.start).startswith("ب") or clause.norm(m.start - 1) == "ب"
    agent = _genitive_agent(clause, m, after)
    if agent is not None:  # "دعم الولايات المتحدة الثابت لسيادة غيانا": agent, then the ل-object
        return _cross(self.ids(ctx, agent[0]), [x for x in self.ids(ctx, agent[1])
                                                if not _is_place(ctx, x)]) if agent[1] else []
    for g in after:
        if g.start - m.end <= 1 and supporter is None and beneficiary is None and (
                g.prep == "من" or (g.prep is None and with_support)):
            supporter = g
        elif g.start - m.end <= 1 and g.prep is None and beneficiary is None:
            beneficiary = g
        elif g.prep == "ل" and beneficiary is None:
            beneficiary = g
    if supporter is None and clause.norm(m.start).endswith(("ها", "ه")):
        before = [g for g in clause.groups if g.end <= m.start and g.kind == "ent"]
        supporter = before[-1] if before else None
    if supporter is None and beneficiary is not None:  # "تقدم إيران الدعم للحوثيين"
        subj = find_subject(clause, m.start, m.start)
        supporter = subj if subj is not None and subj.end <= m.start else None
    if beneficiary is None and supporter is not None and supporter.start >= m.end:
        # "X بدعم من Y" / "X فيحظى بدعم Y": the beneficiary is the actor before
        before = [g for g in clause.groups if g.end <= m.start and m.start - g.end <= 4
                  and g.prep is None and g.kind == "ent"]
        beneficiary = before[-1] if before else None
    if supporter is None or beneficiary is None:
        return []
    return _cross(self.ids(ctx, supporter), self.ids(ctx, beneficiary))


#: How far after a solidarity noun the one it stands with may stand.
SOLIDARITY_GAP = 6


def frame_solidarity(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """Solidarity and backing as nouns: ``أعلنت X تضامنها مع Y وتأييدها لخطوته``، ``دعم X
    الثابت لسيادة Y``: the genitive after the noun (else the possessor: the speaker or the
    clause's subject) stands with Y (``مع``/``ل`` Y, or ``لسيادة/لوحدة/لحق`` Y)."""
    after = [g for g in _after(clause, m.end, gap=SOLIDARITY_GAP) if "Place" not in g.types
             or len(set(g.types)) > 1]
    own = after[0] if after and after[0].start == m.end and after[0].prep is None \
        and after[0].kind == "ent" else None
    partner = next((g for g in after if g is not own and _support_object(clause, g)), None)
    if partner is None:
        return []
    infos = ctx.infos if ctx is not None else {}
    if own is not None:
        src = self.ids(ctx, own)
    elif clause.norm(m.start).endswith(("ها", "ه", "هما", "هم")):
        src = self.fallback_source(ctx, clause, m.start, speakers)
    elif clause.has_cue("own_country", m.end, m.end + 1) and fold_text(
            clause.text(m.end)).endswith(("ه", "ها", "هم", "هما")):
        # "أكد الرئيس X تضامن بلاده مع Y": the speaker's state stands with Y
        src = [s for s in (_state_of(infos, x) for x in self.fallback_source(
            ctx, clause, m.start, speakers)) if s]
    else:
        return []
    src = [x for x in src if not _is_place(ctx, x)]
    return [(a, b) for a, b in _cross(src, self.ids(ctx, partner, src))
            if not _is_place(ctx, b) and not same_side(infos, a, b)]


def frame_support_verb(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                       m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تدعم X Y``: subject and direct object."""
    subj = find_subject(clause, m.start, m.start + 1)
    if subj is None:
        return []
    obj = [g for g in _after(clause, m.start + 1) if g is not subj and g.prep is None
           and g.kind == "ent"]
    return _cross(self.ids(ctx, subj), self.ids(ctx, obj[0])) if obj else []


def frame_support_pron(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                       m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``التي يساندها X``: X (the subject after) supports the antecedent before."""
    subj = None
    for g in _after(clause, m.end, gap=6):
        if g.prep is None and g.kind == "ent":
            subj = g
        break
    before = [g for g in clause.groups if g.end <= m.start and m.start - g.end <= 3]
    if subj is None or not before:
        return []
    return _cross(self.ids(ctx, subj), self.ids(ctx, before[-1]))


def frame_allies_pair(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                      m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``X وY، اللذان كانا حليفين``: the two are allies (a dual predicate of a coordinated
    subject, directly or through a relative pronoun)."""
    g = relative_antecedent(clause, m.start)
    if g is None:
        for cand in reversed(clause.groups):
            if cand.end <= m.start and cand.prep is None:
                g = cand
                break
    ids = self.ids(ctx, g)
    return _pairs_within(ids) if len(ids) == 2 else []


#: Heads of an alliance whose members follow "يضم" ("تحالف X، الذي يضم A وB"), folded.
ALLIANCE_HEADS = ("تحالف", "التحالف", "ائتلاف", "الائتلاف", "حلف", "الحلف", "تكتل", "التكتل",
                  "جبهه", "الجبهه")


def frame_linked(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                 m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``جماعة X المرتبطة بتنظيم Y``: a group linked to (pledged to) another is its ally."""
    if m.id == "linked_verb":  # "جماعة X، التي يتزعمها Y وترتبط بتنظيم Z": the antecedent
        head = relative_antecedent(clause, m.start) or find_subject(clause, m.start, m.start + 1)
    else:
        head = next((g for g in reversed(clause.groups) if g.end <= m.start), None)
        if head is not None and not all(clause.norm(i) in QUOTES for i in range(head.end, m.start)):
            head = None  # ("جماعة "ماوتي" الموالية"; not "حمّل بايدن فصائل متحالفة مع X")
    if head is None:
        return []
    partner = next((g for g in _after(clause, m.end, gap=1)), None)
    if partner is None or partner.prep not in ("ب", None, "ل", "مع"):
        return []  # ("الموالية لـ"، "المرتبطة بـ"، "المتحالفة مع")
    return _cross(self.ids(ctx, head)[-1:], self.ids(ctx, partner)[:1])


def frame_members(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تحالف X، الذي يضم A وB``: the members of an alliance are allies of each other."""
    if not any(clause.norm(i).lstrip("و").startswith(ALLIANCE_HEADS)
               for i in range(max(clause.start, m.start - 8), m.start)):
        return []
    after = _after(clause, m.end, gap=2)
    if after and clause.norm(after[0].start).lstrip("و").startswith(ALLIANCE_HEADS):
        after = _after(clause, after[0].end, gap=1)
    for g in after[:1]:  # "ويضم تحالف X A وB": the alliance itself is the subject
        if g.prep is None:
            ids = [x for x in _between_ids(self, ctx, clause, g) if not _is_place(ctx, x)]
            return _pairs_within(ids) if len(ids) >= 2 else []
    return []


#: Verbs of founding, before the alliance noun ("شكلت A وB تحالفا"), folded, و stripped.
FORMATION_VERBS = frozenset({"شكل", "شكلت", "شكلا", "شكلتا", "شكلوا", "تشكل", "اسس", "اسست",
                             "اسستا", "اسسوا", "انشات", "انشا", "انشاتا", "اقامت", "اقاموا"})


def frame_formed(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                 m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``شكلت A وB وC تحالفا``: the founders of an alliance are allies of each other."""
    for v in range(m.start - 1, max(clause.start, m.start - 12) - 1, -1):
        if clause.norm(v).lstrip("و") in FORMATION_VERBS:
            if clause.has_cue("negation", v - NEGATION_GAP, v):
                return []  # "لم تشكل A وB تحالفا"
            subj = find_subject(clause, v, v + 1)
            ids = [x for x in self.ids(ctx, subj) if not _is_place(ctx, x)]
            return _pairs_within(ids) if len(ids) >= 2 else []
    return []


#: How far before a founding masdar its founders may stand ("انسحاب A وB من ... وتشكيلها تحالفا").
FOUNDERS_GAP = 12


def frame_formed_noun(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                      m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``أعلنت A وB وC تشكيل تحالف``، ``... A وB ... وتشكيلها تحالف X``: the founders of an
    alliance (the coordinated actors before the founding noun) are allies of each other."""
    for g in reversed(clause.groups):
        if g.end > m.start:
            continue
        if m.start - g.end > FOUNDERS_GAP or any(clause.norm(i) in HARD_STOPS
                                                 for i in range(g.end, m.start)):
            break
        ids = [x for x in self.ids(ctx, g) if not _is_place(ctx, x)]
        if g.prep is None and len(ids) >= 2:
            if clause.has_cue("negation", g.start - 3, g.start):
                return []  # "ولم تعلن A وB تشكيل تحالف"
            return _pairs_within(ids)
        if g.prep is None and ids:
            break  # a single actor before: "أعلن X تشكيل تحالف" says nothing of pairs
    return []


def frame_joined(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                 m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``انضمت X إلى حلف Y`` / ``انضمام X إلى التحالف Y``: the member and the alliance."""
    alliance = next((g for g in _after(clause, m.end - 1, gap=0) if g.prep == "الي"), None)
    if alliance is None or "Organization" not in alliance.types or clause.has_cue(
            "unrealized", m.start - 3, m.start):
        return []  # "رفضت X طلب انضمام Y إلى الحلف": a bid or a veto is no membership
    member = next((g for g in _after(clause, m.start + 1, gap=1) if g.prep is None
                   and g.end <= alliance.start), None)  # "انضمام X": the genitive
    if member is None:
        member = find_subject(clause, m.start, m.start + 1)
    members = [x for x in self.ids(ctx, member) if not _is_place(ctx, x)]
    return _cross(members, [x for x in self.ids(ctx, alliance) if x not in members])


def frame_member_of(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``X عضو في التحالف Y``، ``X، العضو في حلف Y``، ``عضوية X في الحلف``: the member and
    the alliance it belongs to (an alliance noun heads the body after في)."""
    if clause.has_cue("unrealized", m.start - 3, m.start) or clause.has_cue(
            "negation", m.start - 3, m.start):
        return []  # "طلب عضوية X في الحلف"، "ليست عضوا في الحلف": no membership
    after = _after(clause, m.start + 1, gap=4)
    alliance = next((g for g in after if g.prep == "في" and "Organization" in g.types
                     and clause.norm(g.start).startswith(ALLIANCE_HEADS)), None)
    if alliance is None:
        return []
    member = None
    if m.id == "membership":  # "عضوية X في": the genitive before the alliance
        member = next((g for g in after if g.prep is None and g.end <= alliance.start), None)
    else:
        for g in reversed(clause.groups):
            if g.end <= m.start:
                if g.prep is None and m.start - g.end <= 2 and all(
                        clause.norm(i) in COMMA or clause.has_cue("copula", i, i + 1)
                        for i in range(g.end, m.start)):
                    member = g
                break
    members = [x for x in self.ids(ctx, member) if not _is_place(ctx, x)]
    return _cross(members, [x for x in self.ids(ctx, alliance) if x not in members])


def frame_ally_pron(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``X وميليشيات Y المتحالفة معه``: Y (before the adjective) and X (the antecedent)."""
    before = [g for g in clause.groups if g.end <= m.start]
    if len(before) < 2 or m.start - before[-1].end > 2:
        return []
    head = before[-1]
    other = before[-2]
    ids = self.ids(ctx, head)
    if len(ids) >= 2:  # "X وY المتحالفة معه" merged into one group
        return [(ids[-1], ids[0])]
    return _cross(ids, self.ids(ctx, other))


#: How far after a troops noun its cargo of aid may stand ("طائرات عسكرية محملة بالمساعدات").
AID_GAP = 4
#: Words that make a troops noun a carrier of cargo ("محملة بـ"), folded.
LADEN_WORDS = frozenset(fold_text(w) for w in ("محملة", "محمّلة", "تحمل", "يحمل", "تنقل", "لنقل",
                                               "محملات"))
#: How far after one destination of a deployment the next may stand ("في X ونحو 900 في Y").
DESTINATION_GAP = 5
#: Words that place an installation near a place ("قاعدة قرب X"), folded.
NEAR_WORDS = frozenset({"قرب", "بالقرب", "قريبا", "بمحاذاه", "جنوب", "شمال", "شرق", "غرب"})
#: How far from a deployment verb its co-agent's ``إلى جانب`` may stand.
CO_AGENT_GAP = 15


def frame_deploy(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
                 speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``نشرت X قوات في Y``: needs a troops noun; the target is the place after في/إلى.

    Co-agents named with ``إلى جانب`` deploy there too: ``وإلى جانب X، أرسلت Y قوات إلى
    Z``، ``وتسهم فيها Y بألف جندي، إلى جانب X``."""
    pairs = _deploy_pairs(self, ctx, clause, m, speakers)
    return pairs + _co_agents(self, ctx, clause, m, pairs) if pairs else pairs


def _co_agents(self: RelationExtractor, ctx: _Context | None, clause: Clause, m: TriggerMatch,
               pairs: Pairs) -> Pairs:
    """The actors after an ``إلى جانب`` of the deployment's clause (no fighting or side-taking
    word before it: that one is an alliance) share its targets."""
    srcs = {a for a, _ in pairs}
    tgts = list(dict.fromkeys(t for _, t in pairs))
    out: Pairs = []
    for t in clause.triggers:
        if t.label != "allied_with" or t.id != "alongside" or abs(t.start - m.start) > CO_AGENT_GAP \
                or clause.has_cue("side_taking", t.start - 3, t.start) \
                or clause.blocked(min(t.end, m.end), max(t.start, m.start)):
            continue
        lo, hi = (t.end, m.start) if t.start < m.start else (m.end, t.start)
        if any(x.start != t.start and lo <= x.start < hi for x in clause.triggers) or any(
                c.label in ("speech", "continuation") and lo <= c.start < hi for c in clause.cues):
            continue  # another predicate between: the phrase belongs to it
        if t.start < m.start and t.start > clause.start and clause.norm(t.start - 1) not in (
                "و", *COMMA):
            continue  # a fronted co-agent opens its clause: "وإلى جانب X، أرسلت Y"
        partner = next((g for g in _after(clause, t.end, gap=1)), None)
        if partner is None or not ({"State", "Organization"} & set(partner.types)):
            continue
        for a in self.ids(ctx, partner):
            if a in srcs or _is_place(ctx, a) or a in tgts:
                continue
            out.extend((a, x) for x in tgts if (a, x) not in out)
    return out


def _pronoun_place(clause: Clause, m: TriggerMatch) -> ActorGroup | None:
    """``فيها``/``فيهما`` right after a deployment verb: the last place or state named with
    في/إلى before the verb in the sentence (``نشرت بعثتها في X، وتسهم فيها Y بـ...``)."""
    if clause.norm(m.end) not in PLACE_PRONOUNS:
        return None
    return next((g for g in reversed(clause.groups) if g.end <= m.start and g.prep in (
        "في", "الي", "داخل") and ({"Place", "State"} & set(g.types))), None)


#: Pronoun complements that refer back to a place (folded).
PLACE_PRONOUNS = frozenset(fold_text(w) for w in (
    "فيها", "فيه", "فيهما", "فيهم", "إليها", "إليه", "إليهما"))


def _deploy_pairs(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    troops = _troops_near(clause, m)
    if not troops and not clause.has_cue("troops", m.start - 3, m.start):
        return []
    if troops and clause.has_cue("aid_cargo", troops[0].end, troops[0].end + AID_GAP) and any(
            clause.norm(i) in LADEN_WORDS for i in range(troops[0].end, troops[0].end + AID_GAP)):
        return []  # "سترسل طائرات عسكرية محملة بالمساعدات": aid delivered, not forces sent
    if clause.norm(m.start).startswith("ب") and any(
            t.label == "accuses" and m.start - DISPUTE_GAP <= t.start < m.start
            and not clause.blocked(t.end, m.start) for t in clause.triggers):
        return []  # "اتهمت X روسيا بنشر مقاتلات في ليبيا": an alleged deployment is no fact
    subj = find_subject(clause, m.start, m.start + 1)
    if subj is not None and subj.start > m.start and subj.prep is None and (set(subj.types) == {
            "Place"} or clause.norm(subj.start - 1) in NEAR_WORDS):
        subj = _topic(clause, m.start)  # "أما X، فأرسلت ... قرب الدوحة": a place is no subject
    own_subject = next((g for g in clause.groups if g.start == m.end and g.prep is None
                        and g.kind == "ent" and {"State", "Organization"} & set(g.types)), None)
    if subj is not None and subj.end <= m.start and clause.norm(m.start - 1) in RELATIVE \
            and own_subject is not None:
        subj = own_subject  # "التحالف، الذي تنشر X في إطاره قوات": the relative has its subject
    if subj is not None and subj.start > m.start and subj.prep in ("في", "الي", "داخل"):
        # "بدأت X منتصف الشهر نشر قوات في Y": the destination is no subject; the plain actor
        # before a time phrase is
        left = next((g for g in reversed(clause.groups) if g.end <= m.start), None)
        if left is not None and left.prep is None and left.kind == "ent" and (
                m.start - left.end <= SUBJECT_GAP) and not clause.blocked(left.end, m.start):
            subj = left
    src = self.ids(ctx, subj)
    sender = next((g for g in clause.groups if m.end <= g.start <= m.end + 2 and (
        g.kind == "nisba" or (g.types == ["State"] and g.start > m.end and g.prep is None))
        and all(clause.has_cue("troops", i, i + 1) for i in range(m.end, g.start))), None)
    if sender is not None:  # "ترصد X انتشارا عسكريا صربيا": the nisba names who deploys
        src = self.ids(ctx, sender)
    elif subj is not None and subj.start >= m.end and clause.has_cue("troops", subj.start,
                                                                     subj.start + 1):
        # "نشر قوات روسية في X": the forces after the verb are what is sent; their state sends
        src = [top_actor(ctx.infos, x) if ctx is not None else x for x in src]
        src = [x for x in src if x not in subj.ids or ctx is None]
    if not src:  # "نشر قوات حفظ سلام في X": the forces after the noun are what is sent;
        own = _own_actor(clause, m, gap=4)  # their state sends them
        src = [top_actor(ctx.infos, x) if ctx is not None else x for x in self.ids(ctx, own)]
    if not src:  # "وصلت إلى X الدفعة الأولى من عناصر الشرطة الكينية": the contingent's force
        src = [x for g in _contingents(clause, m.end) for x in self.ids(ctx, g)]
    if not src:
        before = [g for g in clause.groups if g.end <= m.start and m.start - g.end <= 3
                  and g.kind in ("ent", "nisba")]
        src = self.ids(ctx, before[-1]) if before else self.fallback_source(
            ctx, clause, m.start, [], across=True)
    after = _skip_apposition(clause, subj, [g for g in _after(clause, m.end) if g is not subj])
    for k, g in enumerate(after):
        if _where_prep(clause, g) in WHERE_PREPS and ({"Place", "State"} & set(g.types)):
            force = [x for x in _within_force(self, ctx, clause, g.end) if x not in src]
            where = self.ids(ctx, g)
            for h in after[k + 1:]:  # "نحو 2500 جندي في العراق ونحو 900 في سوريا"
                if h.prep != g.prep or h.start - g.end > DESTINATION_GAP or not (
                        {"Place", "State"} & set(h.types)) or not clause.norm(g.end).startswith("و") \
                        or any(g.end <= t.start < h.start for t in clause.triggers):
                    break
                where += [x for x in self.ids(ctx, h) if x not in where]
                g = h
            return _cross(src + force, where)
        if g.prep is None and ({"Place", "State"} & set(g.types)) and any(
                clause.norm(i) == "الي" and (clause.has_cue("asset", i + 1, i + 2)
                                             or clause.has_cue("ceded_ground", i + 1, i + 2))
                for i in range(max(m.end, g.start - 5), g.start - 1)) and clause.norm(
                g.start - 1) in NEAR_WORDS:
            return _cross(src, self.ids(ctx, g))  # "إلى قاعدتها العسكرية قرب الدوحة"
        if _where_prep(clause, g) == "علي" and g.types == ["Place"]:  # "على الحدود مع X"
            return _cross(src, self.ids(ctx, g))
        if g.prep == "في" and ctx is not None and "Organization" in g.types:
            where = [_state_of(ctx.infos, x) for x in g.ids]  # "في بعثة الأمم المتحدة في X"
            where = [x for x in where if x and x not in src]
            if where:
                return _cross(src, where[:1])
            if ctx.location and clause.norm(g.start).startswith(MISSION_HEADS) and (
                    ctx.location not in src):
                return _cross(src, [ctx.location])  # "بقوات في البعثة": the dateline's country
    back = _pronoun_place(clause, m)
    if back is not None:  # "وتسهم فيها Y": the place named before
        if subj is not None and subj.start > m.end and any(
                c.label == "speech" and m.end <= c.start < subj.start for c in clause.cues):
            # "وأرسلت إليها مدرعات، في خطوة قالت الوزارة X إنها ...": the speaker of the
            # next clause is no subject; the sentence's is
            src = self.fallback_source(ctx, clause, m.start, [], across=True)
        return _cross([x for x in src if x not in back.ids], self.ids(ctx, back))
    country = ctx.country if ctx is not None else None
    if country:  # "نشر قوات في البلاد": the dateline's state (else the one of its places)
        for i in range(m.end, clause.end - 1):
            if clause.norm(i) in ("في", "الي", "داخل") and clause.norm(i + 1) == "البلاد":
                if not clause.blocked(m.end, i):
                    return _cross([x for x in src if x != country], [country])
    if clause.norm(m.start).startswith("ب") and not any(
            g.prep in ("في", "الي", "داخل", "علي") for g in after) and not any(
            t.label in ("accuses", "denies") and t.start < m.start for t in clause.triggers):
        # "تعهدت بنين بإرسال ألفي جندي": a pledge with no destination goes where the
        # article's deployment goes
        return _cross(src, _destination(ctx, src))
    return []


#: Prepositions that place a deployment (``نشر قوات في/إلى/عند/قرب/حول X``).
WHERE_PREPS = frozenset({"في", "الي", "داخل", "عند", "قرب", "حول"})


def _where_prep(clause: Clause, g: ActorGroup) -> str | None:
    """The preposition that locates a place group, read back over locative nouns
    (``إلى محيط مدينة X``، ``عند مداخل X``، ``بالقرب من X``)."""
    if g.prep == "من" and clause.norm(g.start - 2) in ("قرب", "القرب", "مقربه"):
        return "قرب"  # ("بالقرب من X"، "على مقربة من X")
    if g.prep is not None:
        return g.prep
    i = g.start - 1
    while i > clause.start and g.start - i <= 3 and clause.has_cue("locative_noun", i, i + 1):
        i -= 1
    norm = clause.norm(i)
    return norm if i < g.start and norm in WHERE_PREPS | {"علي"} else None


def _within_force(self: RelationExtractor, ctx: _Context | None, clause: Clause, pos: int
                  ) -> list[str]:
    """The multinational force or mission a deployment belongs to (``ضمن قوة X``، ``في إطار
    بعثة X``), named after the destination: it deploys there too."""
    for c in clause.cues:
        if c.label != "within_force" or not pos <= c.start <= pos + 6 or clause.blocked(pos, c.start):
            continue
        g = next((g for g in _after(clause, c.end, gap=2)), None)
        if g is None or "Organization" not in g.types or (
                g.start > c.end and not clause.norm(g.start - 1).startswith(MISSION_HEADS)):
            return []  # "ضمن قوة X": the force's own name, or its head noun right before it
        infos = ctx.infos if ctx is not None else {}
        ids = [x for x in self.ids(ctx, g) if not _is_place(ctx, x)]
        # a body of an international organization ("قوة المجموعة X") deploys as X
        return [x if _state_of(infos, x) else top_actor(infos, x) for x in ids]
    return []


def _contingents(clause: Clause, pos: int) -> list[ActorGroup]:
    """Forces named by a partitive after ``pos``: ``عناصر من جامايكا والباهاماس``، ``الدفعة
    الأولى من عناصر الشرطة الكينية`` (a troops noun, then ``من`` + the actor, or ``من`` + a
    troops noun + the actor)."""
    out = []
    for g in _after(clause, pos, gap=12):
        if g.prep == "من" and clause.has_cue("troops", g.start - 2, g.start - 1):
            out.append(g)
        elif g.prep2 == "من" and g.prep is None and clause.has_cue("troops", g.start - 1, g.start):
            out.append(g)
    return out[:1]


def _destination(ctx: _Context | None, src: list[str]) -> list[str]:
    """Where a deployment with no stated destination goes: the state of the article's last
    deployment target, else the dateline's state; never the sender's own side."""
    if ctx is None:
        return []
    last = next((r.target for r in reversed(ctx.out) if r.type == "deploys_to"), None)
    where = (_state_of(ctx.infos, last) or last) if last else ctx.location
    if not where or any(same_side(ctx.infos, where, x) for x in src):
        return []
    return [where]


def frame_join_force(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                     m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``تنضم إلى القوة عناصر من جامايكا والباهاماس``، ``انضمت X إلى البعثة``: a contingent
    joining a deployed force deploys where that force is."""
    members = _contingents(clause, m.end)
    if not members:
        subj = find_subject(clause, m.start, m.start + 1)
        members = [subj] if subj is not None and subj.prep is None else []
    src = [x for g in members for x in self.ids(ctx, g) if not _is_place(ctx, x)]
    return _cross(src, _destination(ctx, src))


#: Head nouns of a mission or a multinational force ("تشارك X بقوات في البعثة"), folded.
MISSION_HEADS = ("بعثه", "البعثه", "قوه", "القوه")


def frame_stationed(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                    m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``وتنتشر قوات X في Y``: forces stationed in a place (no troops noun needed)."""
    subj = find_subject(clause, m.start, m.start + 1)
    if subj is None and clause.norm(m.start - 1) in RELATIVE:  # "لصالح الجيش X الذي انتشر فيها"
        subj = relative_antecedent(clause, m.start)
    src = [a for a in self.ids(ctx, subj) if not _is_place(ctx, a)]
    for g in _after(clause, m.end):
        if g is not subj and g.prep in ("في", "داخل") and ({"Place", "State"} & set(g.types)):
            return _cross(src, self.ids(ctx, g))
        if g is not subj and g.prep == "علي" and g.types == ["Place"]:  # "على الحدود"
            return _cross(src, self.ids(ctx, g))
    back = _pronoun_place(clause, m)  # "الجيش X، الذي انتشر فيهما": the places named before
    return _cross([x for x in src if x not in back.ids], self.ids(ctx, back)) if back else []


def frame_contact(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                  m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """Calls, meetings, visits: ``بين X وY``, or the subject with ``مع/ب`` or the object."""
    after = _after(clause, m.end)
    for g in after[:1]:
        if g.prep == "بين":
            ids = _between_ids(self, ctx, clause, g)
            return _pairs_within(ids)
    subj = None
    if m.id == "call":  # a noun: "أجرى X اتصالات مع Y" -- the light verb's subject, before
        subj = group_before(clause, m.start)
        if subj is not None and any(clause.norm(i) in COMMA for i in range(subj.end, m.start)):
            subj = None  # "X، الذي ... (Y)، التوصل ... في مؤتمر مع": Y is in an insertion
    subj = subj or find_subject(clause, m.start, m.start + 1) or relative_antecedent(
        clause, m.start - 1)
    src = self.ids(ctx, subj)
    if m.id == "call" and clause.has_cue("light_verb_back", m.end, m.end + 1):
        # "توصلت X إلى هدنة بعد اتصالات أجرتها مع A ومع B": whoever the pronoun of the
        # relative light verb refers to, the sentence's first plain actor, made the calls
        src = self.fallback_source(ctx, clause, m.start, [], across=True) or src
    if not src:
        src = self.fallback_source(ctx, clause, m.start, speakers)
    after = _skip_apposition(clause, subj, [g for g in after if g is not subj])
    preps = ("مع", "الي") if m.id == "spoke" else ("مع", "ب", None, "الي")
    for g in after:
        each = g.prep == "من" and (clause.norm(g.start - 2).lstrip("وب") in ("كل", "كلا")
                                  or clause.has_cue("people_noun", g.start - 2, g.start - 1))
        if m.id == "spoke" and g.prep is None and g.prep2 in preps:
            each = True  # "تحدث إلى زعيمي البلدين"، "مع نظيريه X وY"
        if (g.prep in preps or each) and "Place" not in g.types:  # "بكل من X وY"
            out = _cross(src, self.ids(ctx, g, src))
            last = g
            for g2 in clause.groups:  # "اتصل X بـA ثم بـB"، "التقى X بـA، وبـB"
                if g2.start < last.end:
                    continue
                gap = [clause.norm(i) for i in range(last.end, g2.start)]
                same = g2.prep == g.prep or (g2.prep is None and g2.prep2 == g.prep)
                if g2.prep is None and g2.prep2 is None and clause.has_cue(
                        "leader_noun", g2.start - 1, g2.start):
                    same = True  # "مع قيادة الجيش ومع قادة التنظيم": the leaders of the second
                if not same or g.prep is None or not gap or not all(  # "ثم بنظيره الكمبودي"
                        w in ("ثم", "و", g.prep, "و" + (g.prep or "")) or w in COMMA
                        or w.startswith("نظير") or clause.has_cue("leader_noun", last.end + k,
                                                                 last.end + k + 1)
                        for k, w in enumerate(gap)):
                    break
                out += [p for p in _cross(src, self.ids(ctx, g2, src)) if p not in out]
                last = g2
            return out
    return []


def frame_gathered(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                   m: TriggerMatch, speakers: list[tuple[int, list[str]]]) -> Pairs:
    """``لقاء جمع X وY``: a meeting that brought together the coordinated object."""
    for g in _after(clause, m.end)[:1]:
        if g.prep is None:
            return _pairs_within([a for a in _between_ids(self, ctx, clause, g)
                                  if not _is_place(ctx, a)])
    return []


#: Verbs announcing an outcome: "أعلن X (التوصل إلى) وقف لإطلاق النار بين A وB" -> X brokered it.
ANNOUNCE_VERBS = frozenset({"اعلن", "اعلنت", "يعلن", "تعلن", "واعلن", "واعلنت", "ويعلن", "وتعلن"})
#: Words allowed between the announcer and the truce noun.
ANNOUNCE_GAP_WORDS = frozenset({"التوصل", "توصل", "الي", "عن", "اتفاق", "اتفاقا", "علي",
                                "ابرام", "امس", "اليوم", "مساء", "صباح", "فجر", "ليل", "ظهر",
                                "ل", "دخول", "سريان", "بدء", "السبت", "الاحد", "الاثنين",
                                "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"})
#: A reported agreement: "قال X إن A وB اتفقتا على وقف لإطلاق النار" -> the third party X.
AGREED_VERBS = frozenset({"اتفق", "اتفقا", "اتفقت", "اتفقتا", "اتفقوا", "توصل", "توصلا",
                          "توصلت", "توصلتا", "توصلوا", "التوصل"})
#: "بموجب المقترح الأميركي"، "بطلب من واشنطن": the proposer or requester of a truce brokers it.
BROKER_MARKERS = {"بموجب": 3, "بطلب": 2, "وبطلب": 2, "بمبادره": 1, "بمقترح": 1, "بدعم": 2}


def ceasefire_brokers(self: RelationExtractor, ctx: _Context | None, clause: Clause,
                      m: TriggerMatch, speakers: list[tuple[int, list[str]]] | None = None
                      ) -> list[str]:
    """Actors that brought about the ceasefire ``m`` between two other parties.

    The announcer of an agreement reached (``أعلن X التوصل إلى وقف لإطلاق النار``), the
    proposer (``بموجب المقترح الأميركي``) or the requester (``بطلب من واشنطن``)."""
    out: list[str] = []
    for v in range(clause.start, m.start):
        if clause.norm(v) not in ANNOUNCE_VERBS:
            continue
        subj = next((g for g in _after(clause, v + 1, gap=1) if g.prep is None), None)
        end = subj.end if subj is not None else v + 1
        if subj is None or subj.end > m.start:  # "X يعلن وقفا لإطلاق النار": SVO
            subj, end = group_before(clause, v, max_gap=0), v + 1
        if subj is None or end > m.start or clause.blocked(end, m.start):
            continue
        if all(clause.norm(i) in ANNOUNCE_GAP_WORDS for i in range(end, m.start)):
            out += self.ids(ctx, subj)
    if speakers and any(clause.norm(i) in AGREED_VERBS for i in range(clause.start, m.start)):
        out += self.speaker_at(speakers, m.start)
    for i in range(clause.start, clause.end):
        word = clause.norm(i)
        if i > clause.start and clause.norm(i - 1) == "ب":  # the clitic split off: "ب" + "دعم"
            word = "ب" + word
        gap = BROKER_MARKERS.get(word)
        if gap is None:
            continue
        g = next((g for g in _after(clause, i + 1, gap=gap)), None)
        if g is not None and not clause.blocked(i, g.start):
            out += self.ids(ctx, g)
    return [x for x in dict.fromkeys(out) if not _is_place(ctx, x)]


#: Prepositions that mark the object of each verb type (None = direct object).
OBJECT_PREPS: dict[str, tuple[str | None, ...]] = {
    "accuses": (None,),
    "calls_on": (None, "من"),
    "fights": (None, "علي", "ضد"),
    "denies": (None,),
}
#: Prepositions that mark the target of a nominal trigger.
MASDAR_PREPS: dict[str, tuple[str, ...]] = {
    "accuses": ("ل", "ضد", "الي"),
    "calls_on": ("ل", "الي"),
    "fights": ("علي", "ضد", "مع", "نحو", "تجاه"),
}
#: How far after a nominal trigger its target may stand ("قصف ... على X").
MASDAR_GAP: dict[str, int] = {"fights": 6}
#: Light verbs whose agent follows a nominal trigger ("هجوم شنّه X", "غارات نفّذها X").
LIGHT_VERBS = ("شن", "نفذ", "قاد", "اطلق", "وجه", "اجري", "يشن", "تشن")
#: Light verbs before a nominal trigger ("تخوض X معارك", "شنّت X غارات"), folded, glued و allowed.
LIGHT_VERBS_BEFORE = ("تخوض", "يخوض", "خاض", "وتخوض", "ويخوض", "شن", "يشن", "تشن", "وشن",
                      "وتشن", "نفذ", "ينفذ", "تنفذ", "ونفذ", "اطلق", "واطلق", "وجه", "ووجه",
                      "تطلق", "يطلق", "وتطلق", "ويطلق", "ستطلق", "سيطلق",
                      "تواصل", "يواصل", "واصل", "وتواصل", "ويواصل", "بدات", "بدا")
#: "قالت X إنها نفذت غارة": the pronoun of the complementizer is the speaker.
SELF_COMPLEMENTIZERS = frozenset({"انها", "انه", "انهم", "انهما", "بانها", "بانه", "بانهم"})
#: Tokens that open a verb's complement: objects stand before them.
COMPLEMENT_MARKERS = frozenset({"الي", "علي", "ب", "بان", "ان", "لان", "من"})

FRAMES: dict[tuple[str, str], Frame] = {
    ("accuses", "verb"): frame_verb,
    ("accuses", "masdar"): frame_masdar,
    ("accuses", "resp_on"): frame_resp_on,
    ("accuses", "violation"): frame_violation,
    ("accuses", "aggression"): frame_aggression,
    ("accuses", "blame"): frame_blame,
    ("accuses", "resp_pred"): frame_resp_pred,
    ("accuses", "behind"): frame_behind,
    ("mediates", "facilitate"): frame_facilitate,
    ("accuses", "reciprocal"): frame_reciprocal_accusation,
    ("deploys_to", "stationed"): frame_stationed,
    ("calls_on", "verb"): frame_verb,
    ("calls_on", "masdar"): frame_masdar,
    ("mediates", "under"): frame_under,
    ("mediates", "verb"): frame_mediate_verb,
    ("mediates", "host"): frame_mediate_verb,
    ("mediates", "masdar"): frame_mediate_noun,
    ("mediates", "mediator_noun"): frame_mediator_noun,
    ("mediates", "hosted"): frame_hosted,
    ("mediates", "shuttle"): frame_shuttle,
    ("mediates", "messenger"): frame_messenger,
    ("mediates", "chair"): frame_chair,
    ("mediates", "chair_verb"): frame_chair,
    ("accuses", "participle"): frame_participle,
    ("accuses", "verb_pron"): frame_verb_pron,
    ("calls_on", "participle"): frame_participle,
    ("calls_on", "verb_pron"): frame_verb_pron,
    ("fights", "between"): frame_between,
    ("fights", "verb"): frame_verb,
    ("fights", "reciprocal"): frame_reciprocal,
    ("fights", "masdar"): frame_masdar,
    ("fights", "war"): frame_masdar,
    ("fights", "response"): frame_response,
    ("fights", "kill"): frame_kill,
    ("fights", "projectile"): frame_projectile,
    ("fights", "exposed"): frame_exposed,
    ("fights", "recapture"): frame_recapture,
    ("ceasefire", "truce"): frame_truce,
    ("ceasefire", "accord"): frame_accord,
    ("allied_with", "ally"): frame_ally,
    ("allied_with", "backed"): frame_ally,
    ("allied_with", "alongside"): frame_alongside,
    ("allied_with", "jointly"): frame_jointly,
    ("allied_with", "stand_with"): frame_stand_with,
    ("allied_with", "arms"): frame_arms,
    ("allied_with", "support"): frame_support,
    ("allied_with", "support_verb"): frame_support_verb,
    ("allied_with", "solidarity"): frame_solidarity,
    ("allied_with", "support_pron"): frame_support_pron,
    ("allied_with", "ally_pron"): frame_ally_pron,
    ("allied_with", "allies_pair"): frame_allies_pair,
    ("allied_with", "reciprocal"): frame_reciprocal,
    ("allied_with", "linked"): frame_linked,
    ("allied_with", "linked_verb"): frame_linked,
    ("allied_with", "members"): frame_members,
    ("allied_with", "formed"): frame_formed,
    ("allied_with", "formed_noun"): frame_formed_noun,
    ("allied_with", "joined"): frame_joined,
    ("allied_with", "member_of"): frame_member_of,
    ("allied_with", "membership"): frame_member_of,
    ("deploys_to", "deploy"): frame_deploy,
    ("deploys_to", "join_force"): frame_join_force,
    ("cedes_to", "verb"): frame_verb,
    ("cedes_to", "handover"): frame_handover,
    ("denies", "verb"): frame_verb,
    ("denies", "masdar"): frame_masdar,
    ("denies", "verb_pron"): frame_verb_pron,
    ("contacts", "call"): frame_contact,
    ("contacts", "verb"): frame_contact,
    ("contacts", "spoke"): frame_contact,
    ("contacts", "gathered"): frame_gathered,
}


@Language.factory("conflictkg_relations_v1")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    """Factory of the relation pipe (pattern files are loaded here, once)."""
    return RelationExtractor()

