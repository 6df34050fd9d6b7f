"""Clause-level reading of one sentence: actor groups, prepositions, subjects, speakers.

Arabic news reports mostly follow a handful of shapes, which this module reads
without a parser:

- VSO (``اتهمت أذربيجان أرمينيا``, the default for verb-initial clauses) and
  SVO (``أذربيجان تتهم أرمينيا``, headline style): the subject is the actor
  right after the verb, or right before it in the same clause;
- reported speech (``قال X إن ...``, ``وأضاف أن ...``, ``بحسب X``): X is the
  *speaker*, the source of what the content asserts when that has no subject
  of its own, and subject-less continuations (``وأضاف``) keep the last speaker;
- coordinated actors (``أرمينيا وأذربيجان``) form one group whose members
  each take part in the relation;
- collective references (``الطرفين``، ``البلدين``) stand for the two sides of
  the article's conflict dyad, resolved by the caller.

An :class:`ActorGroup` remembers the preposition in front of it (``إلى``,
``على``, ``بين``, a split clitic ``ل``/``ب``): that is how objects, parties and
beneficiaries are told apart.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, IS_SPACE, LENGTH, NORM, SENT_START
from spacy.tokens import Doc

from .entities import MENTIONS_KEY, PLAIN_SPANS_KEY
from .gazetteer import gazetteer, known_words
from .normalize import doc_offsets, fold_phrase, token_lists
from .records import Evidence
from .triggers import TriggerMatch

#: Prepositions (folded) recognised in front of an actor group.
PREPOSITIONS = frozenset({
    "ل", "ب", "الي", "علي", "من", "عن", "مع", "في", "بين", "ضد", "لدي", "عند", "حول",
    "تجاه", "نحو", "داخل", "جانب", "قبل", "لصالح",
})
#: Tokens that end a clause for subject search (besides complementizer/relative cues).
HARD_STOPS = frozenset({".", ":", "؛", ";", "!", "؟", "?", "\n"})
COORDINATOR = "و"
CONJ_LETTERS = ("و", "ف")
COMMA = frozenset({"،", ","})
QUOTES = frozenset({'"', "«", "»", "“", "”", "'"})
#: A dash ends a dateline ("نيامي (رويترز) - أعلن الجيش ..."): what precedes is no subject.
DASHES = frozenset({"-", "–", "—"})
#: "كل من A وB" (each of A and B): the phrase is a noun phrase, its من no preposition.
EACH_OF = frozenset({"كل", "كلا", "وكل", "وكلا"})
RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
SUBJECT_GAP = 6   # max tokens between a left subject and its verb
VSO_GAP = 10      # max tokens between a verb and its right subject


@dataclass
class DocView:
    """Plain-Python copy of what the relation reader needs from a Doc, built once per doc.

    spaCy rebuilds ``doc.text`` and creates a Token object on every access; reading
    those once into lists keeps the relation pipe linear in the document length.
    """

    text: str
    norms: list[str]
    texts: list[str]
    idx: list[int]
    space: list[bool]
    ents: list[tuple[int, int, str, str]]    # outermost actor spans: start, end, id, type
    nested: list[tuple[int, int, str, str]]  # every mention (doc.spans["ckg_mentions"])
    sents: list[tuple[int, int]]
    known: frozenset[str] = frozenset()  # ids of doc._.entities
    #: per-view results derived from the fields above (filled by their readers)
    cache: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, doc: Doc, mentions_key: str = "ckg_mentions") -> DocView:
        fast = _view_from_lists(cls, doc, mentions_key)
        if fast is not None:
            return fast
        nested = []
        if mentions_key in doc.spans:
            nested = sorted((sp.start, sp.end, sp.kb_id_, sp.label_)
                            for sp in doc.spans[mentions_key] if sp.kb_id_)
        text = doc.text
        strings = doc.vocab.strings
        arr = doc.to_array([NORM, IDX, LENGTH, IS_SPACE, SENT_START]).tolist()
        norms = [strings[row[0]] for row in arr]
        idx = [row[1] for row in arr]
        texts = [text[row[1]:row[1] + row[2]] for row in arr]
        starts = [i for i, row in enumerate(arr) if row[4] == 1 or i == 0]
        sents = list(zip(starts, starts[1:] + [len(arr)]))
        return cls(
            text=text, norms=norms, texts=texts, idx=idx, space=[bool(r[3]) for r in arr],
            ents=[(e.start, e.end, e.kb_id_, e.label_) for e in doc.ents if e.kb_id_],
            nested=nested, sents=sents, known=frozenset(doc._.entities or ()))

    def span_chars(self, start: int, end: int) -> tuple[int, int]:
        """Character range of tokens ``[start, end)`` without leading/trailing whitespace."""
        key = ("span_chars", start, end)  # asked again for each fact of a sentence
        got = self.cache.get(key)
        if got is not None:
            return got  # type: ignore[return-value]
        toks = [i for i in range(start, end) if not self.space[i]]
        if not toks:
            got = (self.idx[start] if start < len(self.idx) else len(self.text),) * 2
        else:
            got = self.idx[toks[0]], self.idx[toks[-1]] + len(self.texts[toks[-1]])
        self.cache[key] = got
        return got

    def evidence(self, sentence_index: int, sent: tuple[int, int], trig: tuple[int, int]
                 ) -> Evidence:
        """Evidence of a trigger ``trig`` (token range) inside sentence ``sent``."""
        s, e = self.span_chars(*sent)
        ts = self.idx[trig[0]]
        te = self.idx[trig[1] - 1] + len(self.texts[trig[1] - 1])
        return Evidence(sentence_index=sentence_index, start=s, end=e, text=self.text[s:e],
                        trigger=self.text[ts:te], trigger_start=ts, trigger_end=te)

    def sentence_text(self, sent: tuple[int, int]) -> str:
        s, e = self.span_chars(*sent)
        return self.text[s:e]


def _view_from_lists(cls: type[DocView], doc: Doc, mentions_key: str) -> DocView | None:
    """``DocView.of`` from the plain lists earlier components left in ``doc.user_data``
    (token lists, see ``normalize.token_lists``; entity spans, see
    ``entities.PLAIN_SPANS_KEY``): the same view without Token or Span objects."""
    lists = token_lists(doc)
    plain = doc.user_data.get(PLAIN_SPANS_KEY)
    if lists is None or plain is None or mentions_key != MENTIONS_KEY \
            or mentions_key not in doc.spans or len(doc.spans[mentions_key]) != len(plain[1]):
        return None
    words, spaces, norms, sent_flags = lists
    text, idx = doc_offsets(doc, words, spaces)
    starts = [i for i, flag in enumerate(sent_flags) if flag or i == 0]
    return cls(
        text=text, norms=list(norms), texts=list(words), idx=idx,
        space=[w.isspace() for w in words],
        ents=[e for e in plain[0] if e[2]], nested=sorted(e for e in plain[1] if e[2]),
        sents=list(zip(starts, starts[1:] + [len(words)])), known=frozenset(doc._.entities or ()))


@dataclass(slots=True)
class ActorGroup:
    """Coordinated actor mentions ``ids`` over tokens ``[start, end)`` of the doc."""

    ids: list[str]
    start: int
    end: int
    prep: str | None = None
    kind: str = "ent"  # ent | nisba | both (collective) | other
    types: list[str] = field(default_factory=list)
    prep2: str | None = None  # preposition before a head noun: "على مواقع الجماعة" -> على

    @property
    def collective(self) -> bool:
        return self.kind in ("both", "countries", "other", "groups", "listed")


@dataclass(slots=True)
class Clause:
    """A sentence's tokens with the actor groups and cue matches found in it."""

    start: int
    end: int
    norms: list[str]
    groups: list[ActorGroup]
    cues: list[TriggerMatch]
    boundaries: set[int]  # doc token indices that end a clause (cue or punctuation)
    triggers: list[TriggerMatch] = field(default_factory=list)  # relation triggers
    texts: list[str] = field(default_factory=list)  # token texts as written (unfolded)
    casualty_matches: list[TriggerMatch] = field(default_factory=list)  # sentence-relative
    _parens: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)

    def text(self, i: int) -> str:
        return self.texts[i - self.start] if self.start <= i < self.end and self.texts else ""

    def norm(self, i: int) -> str:
        return self.norms[i - self.start] if self.start <= i < self.end else ""

    def cue_at(self, i: int, label: str) -> TriggerMatch | None:
        for c in self.cues:
            if c.label == label and c.start == i:
                return c
        return None

    def has_cue(self, label: str, lo: int, hi: int) -> bool:
        for c in self.cues:  # (a loop: cheaper than any() over a generator on short lists)
            if c.label == label and lo <= c.start < hi:
                return True
        return False

    def blocked(self, lo: int, hi: int) -> bool:
        """True when a clause boundary lies in ``[lo, hi)``."""
        for b in self.boundaries:
            if lo <= b < hi:
                return True
        return False

    def parentheticals(self) -> list[tuple[int, int]]:
        """Comma-delimited insertions ``، ... ،`` of at most 8 tokens (appositions, times)."""
        if self._parens is not None:
            return self._parens
        out = []
        commas = [i for i, n in enumerate(self.norms[:self.end - self.start], self.start)
                  if n in COMMA]
        for a, b in zip(commas, commas[1:]):
            if 0 < b - a <= 9:
                out.append((a, b + 1))
        self._parens = out
        return out


def build_groups(mentions: Sequence[tuple[int, int, str, str, str]], norms_of: dict[int, str]
                 ) -> list[ActorGroup]:
    """Merge mentions ``(start, end, id, type, kind)`` joined by ``و`` into groups.

    Examples
    --------
    >>> norms = {0: "دعا", 1: "ارمينيا", 2: "و", 3: "اذربيجان", 4: "الي"}
    >>> [g.ids for g in build_groups([(1, 2, "ARM", "State", "ent"), (3, 4, "AZE", "State", "ent")], norms)]
    [['ARM', 'AZE']]
    """
    groups: list[ActorGroup] = []
    for start, end, eid, etype, kind in sorted(mentions):
        prev = groups[-1] if groups else None
        if prev is not None and kind in ("ent", "nisba") and prev.kind in ("ent", "nisba") \
                and (_coordinated(prev.end, start, norms_of) or (
                    start == prev.end and kind == "ent"
                    and norms_of.get(start, "")[:1] == COORDINATOR  # glued: "وجماعة"
                    and norms_of.get(start, "") not in waw_names())):  # not "واشنطن"
            prev.kind = "ent" if "ent" in (kind, prev.kind) else prev.kind
            if eid not in prev.ids:
                prev.ids.append(eid)
                prev.types.append(etype)
            prev.end = end
            continue
        if prev is not None and start == prev.end and kind == "nisba" and prev.kind == "ent":
            if norms_of.get(start, "")[:1] == COORDINATOR and eid not in prev.ids:
                prev.ids.append(eid)  # "القوات الهندية والباكستانية": a second party
                prev.types.append(etype)
            prev.end = end  # "حكومة الوفاق الوطني الليبية": the nisba qualifies the name
            continue
        if prev is not None and start == prev.end and kind == "nisba" and prev.kind == "nisba":
            if eid not in prev.ids:  # "الحدود الأرمينية الأذربيجانية"
                prev.ids.append(eid)
                prev.types.append(etype)
            prev.end = end
            continue
        prep = norms_of.get(start - 1)
        prep2 = norms_of.get(start - 2)
        second = prep2 if prep not in PREPOSITIONS and prep2 in PREPOSITIONS else None
        if prep == "من" and prep2 in EACH_OF:
            # "طالب X كلا من A وB"، "دعا إلى ... على كل من A وB": "كل من" is the phrase
            # itself, so the group takes the preposition before "كل" (or none)
            before = norms_of.get(start - 3)
            groups.append(ActorGroup([eid], start, end, before if before in PREPOSITIONS
                                     else None, kind, [etype], None))
            continue
        if prep == "من" and prep2 not in PREPOSITIONS and norms_of.get(start - 3) in PREPOSITIONS:
            second = norms_of.get(start - 3)  # "غارة على عناصر من الجماعة": على the group
        groups.append(ActorGroup([eid], start, end, prep if prep in PREPOSITIONS else None,
                                 kind, [etype], second))
    return groups


@lru_cache(maxsize=1)
def waw_names() -> frozenset[str]:
    """Folded first words of gazetteer names that begin with the letter و (``واشنطن``، ``وارسو``،
    ``وهران``): no glued conjunction, so such a name never coordinates with the one before."""
    words = known_words()
    firsts = {fold_phrase(name).split()[0] for row in gazetteer().values() for name in row.names
              if fold_phrase(name)}
    return frozenset(w for w in firsts if w[:1] == COORDINATOR and w[1:] not in words)


def _coordinated(end: int, start: int, norms_of: dict[int, str]) -> bool:
    """Is the gap ``[end, start)`` a coordinator: ``و``, ``و"``, or one word ``وX`` (``والرواندي``)?"""
    gap = [norms_of.get(i, "") for i in range(end, start)]
    if not gap or len(gap) > 2:
        return False
    if gap[0] == COORDINATOR:
        return all(g in QUOTES for g in gap[1:])
    return len(gap[0]) > 3 and gap[0][0] == COORDINATOR and all(g in QUOTES for g in gap[1:])


def find_subject(clause: Clause, trig_start: int, trig_end: int,
                 exclude: tuple[int, int] | None = None) -> ActorGroup | None:
    """The subject of a verb-like trigger: SVO neighbour on the left, else VSO on the right.

    Parameters
    ----------
    clause : the sentence
    trig_start, trig_end : the trigger's token range
    exclude : a token range whose groups cannot be the subject
    """
    rel = trig_start - 1
    if clause.norm(rel) in ("و", "قد") :
        rel -= 1
    if clause.norm(rel) in RELATIVE:
        for g in reversed(clause.groups):
            if g.end <= rel:
                if rel - g.end <= 1 and g.prep is None:
                    return g
                break
    left = None
    # a verb with a conjunction ("وتتهم"، "و اتهم") or after a comma opens a new clause: VSO
    opens = clause.norm(trig_start)[:1] in CONJ_LETTERS and clause.norm(trig_start) not in (
        clause.norm(trig_start)[1:],) and len(clause.norm(trig_start)) > 3
    for g in reversed(clause.groups):
        if g.end > trig_start:
            continue
        if trig_start - g.end > SUBJECT_GAP or clause.blocked(g.end, trig_start):
            break
        gap = [clause.norm(i) for i in range(g.end, trig_start)]
        partitive = g.prep == "من" and trig_start - g.end <= 1  # "وحدات من القوات X فتحت"
        if (g.prep is None or partitive) and (g.kind != "nisba" or side_noun(clause, g)) \
                and not opens and not any(
                x in COMMA or x in DASHES or x in (COORDINATOR, "ف") for x in gap):
            left = g
        break
    if left is not None and trig_start - left.end <= 2:
        return left
    skip = clause.parentheticals()
    owner: ActorGroup | None = None
    for g in clause.groups:
        if g.start < trig_end or (exclude and exclude[0] <= g.start < exclude[1]):
            continue
        if g.start - trig_end > VSO_GAP or clause.blocked(trig_end, g.start):
            break
        if any(a <= g.start < b and a >= trig_end for a, b in skip):
            continue
        if g.kind == "nisba" and not side_noun(clause, g):
            continue
        if g.prep is None:
            return g
        if g.prep in ("ل", "في", "من") and g.start - 1 > trig_end:
            # a title's of-phrase: "رئيس اللجنة ... للحوثيين عبد القادر المرتضى" (the name
            # follows) or an unnamed head: "الأمين العام للأمم المتحدة", "مسؤول في الوزارة"
            if not g.collective and not any(clause.norm(i) in PREPOSITIONS
                                            or clause.norm(i) in QUOTES
                                            for i in range(trig_end, g.start - 1)):
                owner = owner or g
            continue
        break
    return owner or left


def side_noun(clause: Clause, g: ActorGroup) -> bool:
    """Is the nisba group ``g`` the adjective of a "side" noun that stands for its state
    (``الجانب الصيني``، ``الطرف الإثيوبي``، ``الطائرات الإسرائيلية``)?"""
    return g.kind == "nisba" and (clause.has_cue("party_noun", g.start - 1, g.start) or (
        clause.has_cue("weapon_adj", g.start - 1, g.start)  # "طائرات حربية سودانية"
        and clause.has_cue("party_noun", g.start - 2, g.start - 1)))


def relative_antecedent(clause: Clause, pos: int) -> ActorGroup | None:
    """The antecedent of a relative clause that ``pos`` sits in:
    "إريتريا، التي أرسلت قوات إلى تيغراي قاتلت ..." -> إريتريا."""
    for i in range(pos - 1, max(clause.start, pos - 14) - 1, -1):
        n = clause.norm(i)
        if n in HARD_STOPS or n in COMMA and i != pos - 1 and clause.norm(i + 1) not in RELATIVE:
            return None
        if n in RELATIVE:
            for g in reversed(clause.groups):
                if g.end <= i:
                    return g if i - g.end <= 1 else None
            return None
    return None


def groups_after(clause: Clause, pos: int, *, stop_at_boundary: bool = True,
                 skip_parentheticals: tuple[int, int] | None = None) -> list[ActorGroup]:
    """Groups starting at or after ``pos`` up to the next clause boundary."""
    out = []
    paren = clause.parentheticals() if skip_parentheticals else []
    for g in clause.groups:
        if g.start < pos:
            continue
        if stop_at_boundary and clause.blocked(pos, g.start):
            break
        if any(a <= g.start < b and a == skip_parentheticals[1] for a, b in paren) \
                if skip_parentheticals else False:
            continue
        out.append(g)
    return out


def group_before(clause: Clause, pos: int, max_gap: int = SUBJECT_GAP,
                 allow_prep: bool = False) -> ActorGroup | None:
    """The nearest group ending before ``pos`` within the same clause."""
    for g in reversed(clause.groups):
        if g.end > pos:
            continue
        if pos - g.end > max_gap or clause.blocked(g.end, pos):
            return None
        if g.prep is None or allow_prep:
            return g
        return None
    return None
