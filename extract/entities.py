"""Rule-based Arabic entity recognition over the clitic-split, folded ``NORM``.

One left-to-right pass reads the lexicon matches (gazetteer names, titles,
government-body heads, place nouns, direction words, organization heads) and
builds mentions the way Arabic news writes them:

- a title, its owner (nisba ``الروسي``, ``لـ``/``في``/``باسم`` + entity, or an
  idafa ``رئيس المجلس الأوروبي``), then the name: a Person with a role;
- a body head plus owner (``وزارة الدفاع الأرمينية``, ``الخارجية الأميركية``):
  an Organization ``<state>/<body>`` part_of the state;
- a capital as actor stands for its State, after a locative preposition it is a Place;
- place nouns (``قرية``, ``إقليم``), direction words (``شمال`` + place), border phrases;
- organization heads (``حركة``, ``وكالة``, ``بعثة`` ...) with a foreign name or an owner.

A second pass finds later mentions of each person by surname or full name
(also behind a proclitic), then references by bare office (``الأمين العام``)
or bare body (``الجيش``) join the entity they refer back to.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .entities_lexicon import Lexicon, Title
from .normalize import NORMS_KEY, SENTS_KEY, SPACES_KEY, WORDS_KEY, fold, fold_phrase

MENTIONS_KEY = "ckg_mentions"
NISBA_KEY = "ckg_nisba"
COVER_KEY = "ckg_token_entities"
#: ``doc.ents`` and ``doc.spans[MENTIONS_KEY]`` as plain ``(start, end, kb_id, label)`` lists,
#: written with them (later components read these instead of building Span objects)
PLAIN_SPANS_KEY = "ckg_plain_spans"
PRIORITY = {"G": 0, "T": 1, "B": 2, "P": 3, "D": 4, "O": 5}
LOCATIVE = frozenset({"في", "الي", "نحو", "قرب", "داخل", "عبر", "حول", "ب", "بمدينه", "وسط"})
NOT_ACTING = LOCATIVE | {"علي", "بين", "من", "عن", "مع", "لدي"}  # a capital after these is no actor
OF_LINKS = frozenset({"ل", "في", "باسم", "لدي"})
COMMA = frozenset({"،", ",", "-", "–"})
FORMER = frozenset({"السابق", "السابقه", "الاسبق"})
QUOTES_OPEN = frozenset({'"', "«", "“"})
QUOTES_CLOSE = frozenset({'"', "»", "”"})
# the nouns an indefinite adjective governs inside a name: "رفيعة المستوى"، "متعددة الجنسيات"
ADJECTIVE_GENITIVES = frozenset({"المستوي", "النطاق", "الجنسيات", "الاطراف"})
DIRECTION_ADJECTIVES = frozenset({"الشماليه", "الجنوبيه", "الشرقيه", "الغربيه"})
MILITIA_HEADS = frozenset({"ميليشيا", "ميليشيات", "كتائب", "جماعه", "مليشيا", "مليشيات"})
PROCLITIC_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
MAX_NAME = 4
TANWEEN = re.compile("[\u064b-\u064d]")
DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
LATIN_OR_DIGIT = frozenset("0123456789")


MENU_SEPARATORS = ("|", ">", "›", "»»")
DATELINE_PUNCT = ("(", "-", "–", "—", "/", ":")
#: Gazetteer place subtypes an office may be scoped to ("محافظ كركوك"، "والي ولاية X")
PROVINCE_SUBTYPES = frozenset({"Region", "Province", "State", "Governorate", "City"})
MARKER_END = frozenset(":|>›-–")


def clutter_lines(text: str, markers: tuple[str, ...]) -> list[tuple[int, int]]:
    r"""Character ranges of page-furniture lines: breadcrumbs, link, share, tag and time lines.

    A line is furniture when it opens with a marker (``اقرأ أيضا:``، ``الوسوم:``،
    ``(صورة``) followed by a colon, a menu separator or the line end (several-word
    markers and markers opening with a bracket need no colon), or when it is a menu:
    at least two ``|`` / ``>`` separators between short items.

    Examples
    --------
    >>> text = "الرئيسية | أخبار | آسيا\nقال الوزير إن الهدنة صامدة\nالوسوم: الهند، الصين"
    >>> [text[s:e] for s, e in clutter_lines(text, ("الوسوم", "الرييسيه"))]
    ['الرئيسية | أخبار | آسيا', 'الوسوم: الهند، الصين']
    >>> site = "وكالة الأنباء - القاهرة | نشر في: 3 مايو\nنص"
    >>> [site[s:e] for s, e in clutter_lines(site, ("نشر في",))]
    ['وكالة الأنباء - القاهرة | نشر في: 3 مايو']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    longest = max(map(len, markers), default=0)
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        body = line.strip()
        if not body:
            continue
        heads = [_fold_head(body, longest)]
        if "|" in body and len(body.split()) <= 15:
            # "سكاي نيوز عربية - أبوظبي | نشر في: ...": a marker after a bar, on a short line
            heads += [fold(x.strip()) for x in body.split("|")[1:]]
        hit = any(_marker_opens(folded, markers) for folded in heads)
        if not hit:
            seps = sum(body.count(sep) for sep in MENU_SEPARATORS)
            if seps >= 2:
                items = [x for x in re.split(r"[|>›]", body) if x.strip()]
                hit = all(len(x.split()) <= 4 for x in items)
        if hit:
            out.append((start, end))
    return out


def _marker_opens(folded: str, markers: tuple[str, ...]) -> bool:
    """A furniture marker opens ``folded``: followed by a colon, separator or the end (a
    several-word marker, or one opening with a bracket, needs none)."""
    for mk in markers:
        if not folded.startswith(mk):
            continue
        rest = folded[len(mk):].lstrip()
        if not rest or rest[0] in MARKER_END or " " in mk or not mk[:1].isalpha() \
                or mk.endswith(":"):
            return True
    return False


def _fold_head(body: str, longest: int) -> str:
    """``fold(body)``, or for a long line an exact prefix of it long enough for markers of up to
    ``longest`` characters and the character after them (a line is cut before a space:
    folding works character by character there).

    >>> line = "اقرأ أيضاً: " + "نص " * 80
    >>> head = _fold_head(line, 6)
    >>> len(head) < len(fold(line)) and fold(line).startswith(head)
    True
    """
    cut = body.find(" ", 2 * longest + 16)
    if cut < 0:
        return fold(body)
    head = fold(body[:cut])
    # the marker, spaces, then at least the first character of what follows it
    return head if len(head.rstrip()) > longest else fold(body)


@dataclass
class EntityInfo:
    """Mutable per-document entity record, frozen into ``records.Entity`` at the end."""

    id: str
    type: str
    labels: list[str] = field(default_factory=list)
    part_of: str | None = None
    roles: list[tuple[str, str | None]] = field(default_factory=list)
    subtype: str | None = None
    name_en: str | None = None
    wikidata: str | None = None
    implicit: bool = False  # only referred to through a nisba: not written out

    def add_label(self, label: str) -> None:
        if label and label not in self.labels:
            self.labels.append(label)

    def add_role(self, title: str, of: str | None) -> None:
        if (title, of) not in self.roles:
            if of is not None and (title, None) in self.roles:
                self.roles.remove((title, None))
            elif of is None and any(t == title for t, _ in self.roles):
                return
            self.roles.append((title, of))


@dataclass
class Mention:
    """A recognized span before it is written to the Doc."""

    start: int
    end: int
    id: str
    type: str
    label: str
    outer: bool = True


@lru_cache(maxsize=1 << 14)
def masdar_shape(w: str) -> bool:
    """The shape of a verbal noun of the derived stems (إفعال، افتعال، انفعال، استفعال،
    تفعيل), folded.

    >>> masdar_shape("استعداد"), masdar_shape("تعزيز"), masdar_shape("بلتران")
    (True, True, False)
    """
    n = len(w)
    return (n == 5 and w[0] == "ا" and w[3] == "ا") \
        or (n == 5 and w[0] == "ت" and w[3] == "ي") \
        or (n == 6 and w[0] == "ا" and w[4] == "ا" and (w[1] == "ن" or w[2] in "تطد")) \
        or (n == 7 and w.startswith("است") and w[5] == "ا")


def short_hash(text: str) -> str:
    """Stable 10-hex-digit hash of a folded string.

    >>> short_hash("نيكول باشينيان") == short_hash("نيكول  باشينيان")
    True
    """
    return hashlib.sha1(fold_phrase(text).encode("utf-8")).hexdigest()[:10]


def person_id(name: str) -> str:
    """``person/<hash>`` of the normalized full name."""
    return f"person/{short_hash(name)}"


def place_id(name: str) -> str:
    """``place/<hash>`` of the normalized name of a place not in the gazetteer."""
    return f"place/{short_hash(name)}"


def strip_article_clitic(doc: Doc, i: int, text: str) -> str:
    """Restore the article swallowed by ``ل`` + ``ال`` (``لأمم`` after ``ل`` -> ``الأمم``)."""
    if i and doc[i - 1].text == "ل" and not doc[i - 1].whitespace_ \
            and doc[i].norm_.startswith("ال") and not fold(text).startswith("ال"):
        return "ا" + text
    return text


def span_label(doc: Doc, start: int, end: int) -> str:
    """Surface text of tokens ``start:end`` without proclitics, as a label."""
    parts = []
    for k in range(start, end):
        tok = doc[k]
        text = strip_article_clitic(doc, k, tok.text) if k == start else tok.text
        parts.append(text + (tok.whitespace_ if k < end - 1 else ""))
    return "".join(parts).strip()


class EntityRecognizer:
    """The ``conflictkg_entities_v1`` component: see the module docstring."""

    def __init__(self, vocab: Vocab, lex: Lexicon,
                 make_doc: Callable[[str], Doc] | None = None) -> None:
        self.lex = lex
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        seen: dict[str, list[Doc]] = {}
        for key, phrase in lex.phrases:
            if make_doc is not None:
                pdoc = make_doc(phrase)
                norms = [t.norm_ for t in pdoc if not t.is_space]
                pdoc = Doc(vocab, words=norms)
            else:
                pdoc = Doc(vocab, words=phrase.split())
            seen.setdefault(key, []).append(pdoc)
        for key, docs in seen.items():
            self.matcher.add(key, docs)
        self.strings = vocab.strings
        # org names written with their scope ("بعثة ... في هايتي"): the name before "في",
        # when only one row has it, names that row too (see ``definite_org``)
        scoped: dict[str, set[str]] = {}
        by_name = {fold_phrase(n): r.id for r in lex.gaz.values() for n in r.names}
        self.by_name = by_name  # folded gazetteer name -> row id
        scope: dict[str, str] = {}
        for row in lex.gaz.values():
            if row.type != "Organization":
                continue
            for name in row.names:
                head, sep, where = fold_phrase(name).partition(" في ")
                if sep and len(head.split()) >= 3:
                    scoped.setdefault(head, set()).add(row.id)
                    if where in by_name and row.subtype in ("ArmedGroup", "PoliticalParty"):
                        scope[head] = by_name[where]  # (movements share names across
                        # countries; a mission's name is its own: "بعثة الدعم الأمني ...")
        self.scoped_names = {k: next(iter(v)) for k, v in scoped.items() if len(v) == 1}
        #: the state or place a movement's scoped name is written with ("... في كولومبيا" ->
        #: COL): the bare name is that row only in an article that names its scope
        self.scope_of = {k: v for k, v in scope.items() if k in self.scoped_names}
        # one-word bodies by their folded form ("الخارجيه" -> mfa): "خارجيتها" is the pronoun's
        self.word_bodies = {h: b.key for b in lex.bodies.values() for h in b.heads + b.shorts
                            if " " not in h and h.startswith("ال") and b.subtype != "STATE"}
        # match id -> (kind, value), so matching never splits strings per match
        self.keys: dict[int, tuple[str, str]] = {}
        for key in seen:
            kind, _, value = key.partition("|")
            self.keys[vocab.strings.add(key)] = (kind, value)

    # ------------------------------------------------------------------ matching
    def _matches(self, doc: Doc) -> list[tuple[int, str, str] | None]:
        """For each token, the best lexicon match starting there: (end, kind, value)."""
        best: list[tuple[int, str, str] | None] = [None] * len(doc)
        bodies: dict[int, tuple[int, str, str]] = {}
        keys = self.keys
        for match_id, start, end in self.matcher(doc):
            kind, value = keys[match_id]
            if kind == "B":
                bodies[start] = (end, kind, value)
            cur = best[start]
            if cur is None or (end, -PRIORITY[kind]) > (cur[0], -PRIORITY[cur[1]]):
                best[start] = (end, kind, value)
        # "مجلس الأمن الأرميني": a body head with a state nisba beats the same-length
        # gazetteer name ("مجلس الأمن" = the UN organ)
        for start, alt in bodies.items():
            cur = best[start]
            end = alt[0]
            if cur is not None and cur[1] == "G" and cur[0] == end and end < len(doc) \
                    and doc[end].norm_ in self.lex.nisba and best[end] is None:
                best[start] = alt
        return best

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        run = _Run(self, doc)
        run.scan()
        run.second_pass()
        run.coordinated_places()
        run.resolve()
        run.drop_clutter()
        run.write()
        return doc


class _Run:
    """State of one document's recognition (kept off the component: no shared state)."""

    def __init__(self, rec: EntityRecognizer, doc: Doc) -> None:
        self.rec = rec
        self.lex = rec.lex
        self.doc = doc
        self.n = len(doc)
        ud = doc.user_data
        lists = [ud.get(k) for k in (NORMS_KEY, WORDS_KEY, SPACES_KEY, SENTS_KEY)]
        if all(x is not None and len(x) == self.n for x in lists):
            # the tokenizer, normalizer and sentencizer left their lists: no Token objects
            self.norm, self.texts = list(lists[0]), list(lists[1])
            self.ws = [" " if sp else "" for sp in lists[2]]
            self.sent_start = list(lists[3])
        else:
            self.norm, self.texts, self.ws, self.sent_start = [], [], [], []
            for t in doc:
                self.norm.append(t.norm_)
                self.texts.append(t.text)
                self.ws.append(t.whitespace_)
                self.sent_start.append(t.is_sent_start is True)
        self.word = [t[:1].isalpha() and not t.isascii() for t in self.texts]
        # the article: a bare alef + lam (أل/إل/آل are name letters: ألكسندر، إلهام)
        self.definite = [nm.startswith("ال") and not t.startswith(("أل", "إل", "آل"))
                         for nm, t in zip(self.norm, self.texts)]
        self.best = rec._matches(doc)
        # nisba readings by token (``nisba_at``): most tokens have none, so most calls end at once
        nisba, nisba2 = self.lex.nisba, self.lex.nisba2
        self.pair_nisba = list(map(nisba2.get, zip(self.norm, self.norm[1:]))) + [None] \
            if nisba2 else [None] * (self.n + 1)
        self.maybe_nisba = [p is not None or nm in nisba
                            for p, nm in zip(self.pair_nisba, self.norm)]
        self.mentions: list[Mention] = []
        self.ents: dict[str, EntityInfo] = {}
        self.direct: set[str] = set()  # ids mentioned by name (not only via nisba)
        self.covered = [False] * self.n
        self.names: dict[str, tuple[str, ...]] = {}  # person id -> folded name words
        self.bare_titles: list[tuple[int, int, Title]] = []
        self.bare_bodies: list[tuple[int, int, str]] = []
        self.bare_borders: list[tuple[int, int]] = []
        self.office_persons: dict[str, tuple[str, str]] = {}  # id -> (title, of)
        self.nisba_spans: list[tuple[int, str]] = []
        self.borders: dict[str, set[str]] = {}  # border place id -> states it separates
        self.pending_pronoun: list[tuple[str, str, int, bool, str | None]] = []
        self.pending_unowned: list[tuple[str, str, int]] = []  # (person, minister title, at)
        self.variant_rows: dict[str, str] = {}  # gazetteer org id -> longer-named org (variant_org)
        self._named: frozenset[str] | None = None  # see ``named_anywhere``

    # ------------------------------------------------------------ helpers
    def named_anywhere(self) -> frozenset[str]:
        """Gazetteer ids the document names anywhere, by name or nisba, capitals and seats
        also as their state (computed once, on first use)."""
        got = self._named
        if got is None:
            ids = {m[2] for m in self.best if m is not None and m[1] == "G"}
            ids |= {self.lex.nisba[nm] for nm in self.norm if nm in self.lex.nisba}
            ids |= {self.lex.gaz[x].part_of for x in list(ids)
                    if x in self.lex.gaz and self.lex.gaz[x].part_of}
            got = self._named = frozenset(ids)
        return got

    def label(self, start: int, end: int) -> str:
        """``span_label`` on the precomputed token lists (no Token objects)."""
        parts = []
        for k in range(start, end):
            text = self.texts[k]
            if k == start and k and self.texts[k - 1] == "ل" and not self.ws[k - 1] \
                    and self.norm[k].startswith("ال") and not fold(text).startswith("ال"):
                text = "ا" + text
            sep = self.ws[k]
            if not sep and k < end - 1 and self.word[k] and self.word[k + 1] \
                    and len(self.norm[k]) >= 3:
                sep = " "  # a space the text lost between two glued words
            parts.append(text + (sep if k < end - 1 else ""))
        return "".join(parts).strip()

    def has_enclitic(self, i: int) -> bool:
        """Token ``i`` carries a pronoun suffix: its NORM is the stem (``وزيرها`` -> ``وزير``).

        ``لمجلس`` after ``ل`` has the NORM ``المجلس`` (the article ``لل`` swallowed): no suffix.
        """
        text = fold(self.texts[i])
        return text != self.norm[i] and "ا" + text != self.norm[i]

    def is_word(self, i: int) -> bool:
        return i < self.n and self.word[i]

    def breaks_after(self, i: int) -> bool:
        """A line break or sentence end right after token ``i``."""
        if i + 1 >= self.n:
            return True
        return self.texts[i + 1].isspace() or "\n" in self.ws[i] or self.sent_start[i + 1]

    def entity(self, eid: str, etype: str, **kw: object) -> EntityInfo:
        info = self.ents.get(eid)
        if info is None:
            row = self.lex.gaz.get(eid)
            info = EntityInfo(id=eid, type=etype)
            if row is not None:
                info.subtype = row.subtype or None
                info.name_en = row.name_en or None
                info.wikidata = row.wikidata or None
                if row.type != "State" and row.part_of:
                    info.part_of = row.part_of
            self.ents[eid] = info
        for k, v in kw.items():
            if v is not None and getattr(info, k) in (None, ""):
                setattr(info, k, v)
        return info

    def add(self, start: int, end: int, eid: str, etype: str, label: str | None = None,
            outer: bool = True, **kw: object) -> EntityInfo:
        info = self.entity(eid, etype, **kw)
        lab = label if label is not None else self.label(start, end)
        info.add_label(lab)
        self.direct.add(eid)
        self.mentions.append(Mention(start, end, eid, etype, lab, outer))
        for k in range(start, end):
            self.covered[k] = True
        return info

    def implicit_state(self, sid: str, at: int | None = None) -> None:
        if at is not None:
            self.nisba_spans.append((at, sid))
        row = self.lex.gaz.get(sid)
        etype = row.type if row else "State"
        info = self.entity(sid, etype)
        if sid not in self.direct:
            info.implicit = True

    def nisba2_at(self, i: int) -> str | None:
        """The id of a two-word nisba starting at token ``i`` (``الكورية الشمالية``)."""
        if i + 1 >= self.n or not self.lex.nisba2 or self.pair_nisba[i] is None:
            return None
        if self.best[i] is not None and self.best[i][1] == "G":
            return None
        return self.lex.nisba2.get((self.norm[i], self.norm[i + 1]))

    def nisba_at(self, i: int) -> str | None:
        if i >= self.n or not self.maybe_nisba[i]:
            return None
        sid2 = self.nisba2_at(i)
        if sid2 is not None:
            return sid2
        if i and self.nisba2_at(i - 1) is not None:
            return None  # the second word of a two-word nisba
        sid = self.lex.nisba.get(self.norm[i])
        if sid is None:
            return None
        if self.best[i] is not None and self.best[i][1] == "G":  # a name, not an adjective
            return None
        return sid

    def gaz_row(self, i: int):  # noqa: ANN201
        m = self.best[i] if i < self.n else None
        if m is not None and m[1] == "G":
            return m[0], self.lex.gaz[m[2]]
        return None

    def variant_org(self, i: int, end: int, row) -> tuple[str, int] | None:  # noqa: ANN001
        """``جيش التحرير الشعبي السوداني``: a gazetteer org name that is only the prefix
        of a different organization's name.

        The match at ``i:end`` names another organization when a definite singular
        adjective follows that changes the referent: a nisba of a state (or IGO) the
        row does not belong to, or a word other than the one that continues one of
        the row's own longer names (``جيش التحرير الشعبي`` + ``الصيني``). The mention
        becomes an unknown organization named by the whole span, part_of the nisba's
        state; a later bare match of the same row joins it. Returns (id, end).
        """
        if row.type != "Organization" or row.subtype == "Media" or end >= self.n:
            return None
        nxt = self.norm[end]
        if not self.definite[end] or not nxt.endswith(("ي", "يه")) or self.breaks_after(end - 1):
            return None
        sid = self.nisba_at(end)
        e = end + (2 if sid is not None and self.nisba2_at(end) is not None else 1)
        words = self.norm[i:end]
        longer = [fold_phrase(n).split() for n in row.names]
        longer = [w for w in longer if len(w) > len(words) and w[:len(words)] == words]
        if sid is not None:
            chain, cur = set(), row.part_of
            while cur and cur not in chain:
                chain.add(cur)
                nrow = self.lex.gaz.get(cur)
                cur = nrow.part_of if nrow is not None and nrow.type != "State" else ""
            if sid in chain or any(w[len(words)] == nxt for w in longer):
                return None
            if not chain and not longer:
                return None  # "حركة طالبان الأفغانية": a row of no one state, described
        elif not longer or any(w[len(words)] == nxt for w in longer) \
                or self.best[end] is not None or nxt in self.lex.stoppers:
            return None
        label = self.label(i, e)
        oid = f"org/{short_hash(label)}"
        if sid is not None:
            self.implicit_state(sid, end)
        self.add(i, e, oid, "Organization", label=label, part_of=sid,
                 subtype=row.subtype or None)
        self.variant_rows[row.id] = oid
        return oid, e

    def state_of(self, eid: str) -> str:
        """The state id a gazetteer row or built id stands for (capitals -> state)."""
        row = self.lex.gaz.get(eid)
        if row is not None and row.kind == "capital" and row.part_of:
            return row.part_of
        return eid

    # ------------------------------------------------------------ owner phrases
    def parse_owner(self, j: int, allow_title: bool = True) -> tuple[str, int] | None:
        """Who a title or body belongs to: nisba, link word + entity, or idafa entity."""
        if j >= self.n:
            return None
        sid = self.nisba_at(j)
        if sid is not None:
            self.implicit_state(sid, j)
            return sid, j + (2 if self.nisba2_at(j) is not None else 1)
        k = j
        if self.norm[j] in OF_LINKS:
            k = j + 1
        elif self.norm[j] in ("التابع", "التابعه") and j + 1 < self.n and self.norm[j + 1] == "ل":
            k = j + 2
        if k >= self.n:
            return None
        m = self.best[k]
        if m is None and self.word[k] and self.has_enclitic(k) \
                and "ال" + self.norm[k] in self.rec.word_bodies:
            # "المتحدث باسم خارجيتها X": the office is the pronoun's state's (its foreign
            # ministry is not named, so no body of its own)
            ref = self.antecedent(k)
            if ref is None:
                return None
            sid = self.top_state(ref)
            if sid not in self.ents or self.ents[sid].type != "State":
                return None
            return sid, k + 1
        if m is None:
            return None
        end, kind, value = m
        if kind == "G":
            row = self.lex.gaz[value]
            if row.kind == "capital":
                sid = self.state_of(value)
                self.add(k, end, sid, "State", outer=False)
                return sid, end
            if row.type == "Place":
                # "الحاكم العسكري لإقليم شمال كيفو": an office of the place's state
                # "حاكم ولاية بورنو": an office of an administrative unit (idafa or ل)
                admin = j == k and end - k >= 2 and self.norm[k] in self.lex.place_definite
                if (j == k and not admin) or not row.part_of or not allow_title:
                    return None  # bodies are not owned by places ("قوات حفظ السلام في ...")
                self.add(k, end, value, "Place", outer=False, part_of=row.part_of)
                return row.part_of, end
            got = self.variant_org(k, end, row)
            if got is not None:
                return got
            if row.type == "Organization" and value in self.variant_rows and value not in self.direct:
                self.add(k, end, self.variant_rows[value], "Organization", outer=False)
                return self.variant_rows[value], end
            # an owner followed by its own owner: "مجلس الأمن التابع للأمم المتحدة"
            self.add(k, end, value, row.type, outer=False)
            self.parent_inside(k, end, row)
            return value, end
        if kind == "B":
            got = self.parse_body(k, end, value, outer=False)
            if got is not None:
                return got
            key, _, form = value.partition("|")
            if form == "full" and self.lex.bodies[key].bare:
                # "المتحدث باسم الجيش": the army the text has already named
                for m in reversed(self.mentions):
                    if m.start < k and m.id.endswith("/" + key) and m.id in self.ents:
                        self.add(k, end, m.id, self.ents[m.id].type, outer=False)
                        return m.id, end
            body = self.lex.bodies[key]
            sid = None
            if body.context and allow_title and body.subtype != "STATE":
                sid = self.sentence_official_state(k) or self.sole_state(k)
            if sid is not None:
                # "المتحدث باسم الخارجية X": the ministry of the only state in context
                info = self.add(k, end, f"{sid}/{key}", "Organization", outer=False, part_of=sid,
                                subtype=body.subtype or None, name_en=body.name_en or None)
                return info.id, end
            return None
        if kind == "O":
            got = self.parse_org_head(k, end, value, outer=False)
            if got is not None:
                return got
            if k == j and j and self.definite[j - 1]:
                return None  # "اتهم الجيش الجماعة": a definite head takes no idafa owner
            ref = self.bare_head_ref(k, end, value)
            if ref is not None:
                return ref, end
            return None
        if kind == "T" and allow_title:
            title = self.lex.titles[int(value)]
            own = self.parse_owner(end, allow_title=False)
            if own is not None:
                # "المتحدث باسم الأمين العام للأمم المتحدة": the spokesperson of the UN
                return own
            for m in reversed(self.mentions):  # "المتحدث باسم الأمين العام": the office named earlier
                info = self.ents.get(m.id)
                if m.start < k and info is not None and info.type == "Person":
                    of = next((of for t, of in info.roles if t == title.en and of), None)
                    if of is not None:
                        return of, end
        return None

    # ------------------------------------------------------------ bodies
    def parse_body(self, i: int, end: int, value: str, outer: bool = True) -> tuple[str, int] | None:
        key, _, form = value.partition("|")
        body = self.lex.bodies[key]
        if form == "short" and i > 0 and self.definite[i] and self.definite[i - 1] \
                and self.best[i - 1] is None and self.texts[i - 1].endswith(("ة", "ات")) \
                and not self.breaks_after(i - 1):
            return None  # "السياسة الخارجية في الاتحاد": the adjective of a noun, no ministry
        own = self.parse_owner(end, allow_title=False)
        if own is not None and body.subtype == "ArmedForce" and end < self.n \
                and self.norm[end] in ("في", "الي") and not self.definite[i]:
            own = None  # "نشرت تركيا مستشارين عسكريين في ليبيا": where they go, not whose
        if own is None and form == "full":
            # "الشرطة الوطنية الهايتية": the body's own adjectives, then the owner's nisba
            a = end
            while a < self.n and a - end < 3 and (self.definite[a] or self.norm[a] == "شبه") \
                    and self.best[a] is None and self.nisba_at(a) is None \
                    and self.norm[a] not in self.lex.stoppers and not self.breaks_after(a):
                a += 1  # "الشرطة شبه العسكرية الهندية"
            if a > end and self.nisba_at(a) is not None:
                own = self.parse_owner(a, allow_title=False)
            elif a > end and a + 1 < self.n and self.norm[a] == "في" and self.gaz_row(a + 1) is not None \
                    and (self.gaz_row(a + 1)[1].type == "State" or self.gaz_row(a + 1)[1].kind == "capital"):
                own = self.parse_owner(a, allow_title=False)  # "وكالة الأنباء الرسمية في جوبا"
            elif a > end and outer and a < self.n and self.texts[a].startswith("ل") \
                    and self.remit_end(a) is not None:
                # "الجيش الشعبي لتحرير السودان": a body's head, adjectives and remit name a group
                r = self.remit_end(a)
                self.add_remit(a, r)
                label = self.label(i, r)
                close = self.bracket_label(r)
                info = self.add(i, close, f"org/{short_hash(label)}", "Organization", label=label)
                if close > r:
                    info.add_label(self.texts[r + 1])
                return info.id, close
        if own is None:
            if form == "short" and body.subtype == "STATE":
                # "حكومة الوحدة الوطنية": a government named by its adjectives
                return self.definite_org(i, end, "حكومه", "organ", outer)
            if form == "full" and body.subtype == "STATE" and body.bare:
                # "الحكومة (الانتقالية)": the state the article is about so far
                e = end
                while e < self.n and e - end < 2 and self.definite[e] and self.best[e] is None \
                        and self.nisba_at(e) is None and self.norm[e] not in self.lex.stoppers:
                    e += 1
                seat = self.parse_owner(e, allow_title=False) if e > end else None
                if seat is not None and seat[0] in self.ents and self.ents[seat[0]].type == "State":
                    # "الحكومة الشرعية في بيروت": the adjectives, then the seat names the state
                    self.add(i, seat[1], seat[0], "State", outer=outer)
                    return seat
                sid = self.dominant_state(i)
                if sid is not None:
                    self.add(i, e, sid, "State", outer=outer)
                    return sid, e
            if end < self.n and fold_phrase(self.label(i, end + 1)) in self.lex.not_bodies:
                return None  # "الرئاسة الدورية للمجموعة": the chair of an organization
            if form == "full" and end - i == 1 and self.texts[i].endswith("ة") \
                    and (self.adjective_in_row(i - 1, -1) or self.adjective_in_row(end, 1)):
                return None  # "العمليات البرية والبحرية والجوية": adjectives in a row, no body
            if form == "full" and body.bare and outer:
                named = self.named_before(i, end)
                if named is not None:
                    return named  # "الجيش الوطني" after "الجيش الوطني الليبي"
                self.bare_bodies.append((i, end, key))
            return None
        oid, oend = own
        owner_type = self.ents[oid].type if oid in self.ents else "State"
        if owner_type == "Person":
            return None
        if body.subtype == "STATE":
            if owner_type == "Organization" and form == "short" and "/" not in oid:
                # "حكومة طالبان": the government a movement or group runs is that group
                self.add(i, oend, oid, "Organization", outer=outer)
                return oid, oend
            if owner_type != "State":
                return None
            self.add(i, oend, oid, "State", outer=outer)
            return oid, oend
        if body.link == "none" and owner_type == "Organization":
            # "المتمردون الحوثيون": the organization itself, named as a group
            self.add(i, oend, oid, "Organization", outer=outer)
            return oid, oend
        if body.link == "none":
            # "مسلحون صرب": a group named by its affiliation, not a body of the state
            bid = f"org/{key}-{oid.lower()}"
            info = self.add(i, oend, bid, "Organization", outer=outer,
                            subtype=body.subtype or None, name_en=body.name_en or None)
            return info.id, oend
        bid = f"{oid}/{key}"
        info = self.add(i, oend, bid, "Organization", outer=outer, part_of=oid,
                        subtype=body.subtype or None, name_en=body.name_en or None)
        if form == "full" and end < self.n and self.norm[end] in ("في", "لدي"):
            info.add_label(self.label(i, end))  # "وزارة الدفاع في نيامي": also the body's own name
        return info.id, oend

    def adjective_in_row(self, x: int, step: int) -> bool:
        """Token ``x`` (the one before a bare body, ``step`` -1, or after it, 1) joins it to
        another definite adjective in ة by و: "البرية والبحرية"، "البحرية والجوية"."""
        if x < 0 or x >= self.n:
            return False
        if self.texts[x] == "و":  # the conjunction split off the next word
            x += step
            if x < 0 or x >= self.n:
                return False
            glued = False
        else:
            glued = True
        t = self.texts[x]
        if step == 1 and glued and not t.startswith("و"):
            return False
        if step == -1 and glued:
            return False  # "والبحرية" itself was not split: its و is checked by the caller
        return self.definite[x] and t.endswith("ة") and self.nisba_at(x) is None \
            and (self.best[x] is None or self.best[x][1] == "B")

    # ------------------------------------------------------------ names
    def name_word(self, j: int) -> bool:
        """Token ``j`` may be part of a personal name."""
        if not self.is_word(j):
            return False
        nm = self.norm[j]
        if nm in self.lex.stoppers or len(nm) < 2 or TANWEEN.search(self.texts[j]):
            return False
        m = self.best[j]
        if m is not None:
            return False
        return self.nisba_at(j) is None

    def name_like(self, j: int) -> bool:
        """``name_word``, or a given name that folds like a function word (``علي``, ``إمام``)."""
        if self.name_word(j):
            return True
        return j < self.n and self.word[j] and self.norm[j] in self.lex.given_names \
            and self.best[j] is None and self.spelled_as_name(j)

    def spelled_as_name(self, j: int) -> bool:
        """A given name that folds like a stopper is written as the name (``إمام``, not ``أمام``)."""
        return self.norm[j] not in self.lex.stoppers \
            or DIACRITICS.sub("", self.texts[j]) in self.lex.given_spellings

    def foreign_run(self, j: int, room: int) -> bool:
        """Tokens from ``j`` (at most ``room``) look like the rest of a foreign name
        (``خوان مانويل سانتوس``، ``أندريس مانويل لوبيز أوبرادور``) and the run is closed.

        A name part is an indefinite word that is no stopper, no lexicon match, no
        object noun, and does not end like an Arabic indefinite noun or a suffixed
        pronoun (ة, ا, ات, ه). The run must be followed by something that cannot
        continue a name: punctuation, a line end, a stopper, a lexicon match, a word
        opening with و, or a definite word (an object noun, or after a last part of
        four letters or more: ``دعم الحكومة`` is no name).
        """
        lex = self.lex
        r = 0
        while r < room and j + r < self.n:
            x = j + r
            nm = self.norm[x]
            if nm not in lex.given_names and (
                    not self.name_like(x) or self.definite[x] or nm in lex.object_nouns
                    or nm.startswith("و") or self.texts[x].endswith(("ة", "ا", "ات", "ه", "هم"))
                    or not any(ch in "اوي" for ch in nm[1:])  # "فجر"، "أبعد": no vowel letter
                    or self.masdar(x)
                    or (nm[0] in "يتن" and 4 <= len(nm) <= 6)):  # "يجري": an imperfect verb
                break
            r += 1
            if self.breaks_after(x):
                return True
        if r == 0:
            return False
        c = j + r
        if c >= self.n or not self.word[c]:
            return True
        nm = self.norm[c]
        if nm in lex.stoppers or self.best[c] is not None or self.nisba_at(c) is not None \
                or nm.startswith("و"):
            return True
        if self.masdar(c):
            return True
        return self.definite[c] and not self.masdar(c - 1) \
            and (nm in lex.object_nouns or len(self.norm[c - 1]) >= 4)

    def masdar(self, x: int) -> bool:
        """``استهداف``، ``بإتمام``، ``تعزيز``: the shape of a verbal noun (إفعال، افتعال،
        استفعال، تفعيل), which opens an object after a name rather than ending it."""
        w = self.norm[x]
        if w[:2] in ("با", "لا"):
            w = w[1:]
        if w in self.lex.given_names or self.norm[x] in self.lex.given_names:
            return False
        return masdar_shape(w)

    def object_word(self, x: int, units: int) -> bool:
        """Token ``x`` opens an object after a name instead of continuing it: a verbal
        noun with a pronoun suffix (``استعداده``، ``بإرساله``), or, after two name units,
        ``ب``/``ل`` glued to a short noun before its genitive (``غاري كونيي بوصول القوة``،
        ``بان كي مون بسحب قواته``)."""
        nm = self.norm[x]
        if nm in self.lex.given_names:
            return False
        if units and self.definite[x] and masdar_shape(nm[2:]):
            return True  # "الملك سلمان الأوضاع": a verbal noun or plural (أفعال), no family name
        t = fold(self.texts[x])
        for suffix in ("ه", "ها", "هم"):
            w = t[:-len(suffix)]
            if t.endswith(suffix) and masdar_shape(w[1:] if w[:2] in ("با", "لا") else w):
                return True
        g = x + 1
        return units >= 2 and t[:1] in "بل" and 4 <= len(t) <= 5 and g < self.n and self.word[g] \
            and (self.definite[g] or self.has_enclitic(g)) and not self.breaks_after(x)

    def skip_honorifics(self, k: int) -> tuple[int, int | None]:
        """Step over honorifics and ranks (اللواء، الشيخ) at ``k``; return (next index, first one)."""
        honor = None
        while k < self.n and self.best[k] is not None and self.best[k][1] == "T" \
                and self.lex.titles[int(self.best[k][2])].kind in ("honorific", "rank"):
            honor = k if honor is None else honor
            k = self.best[k][0]
        return k, honor

    def parse_name(self, k: int, titled: bool = False) -> int:
        """End of a personal name starting at ``k`` (``k`` when there is none).

        A name is one to three units; a unit is a word, or a particle plus a
        word (``عبد الفتاح``, ``بن حمد``, ``آل ثاني``). A definite word only
        joins as the second unit (``ماجد الأنصاري``); a third unit needs a
        given name in second or third place (``محمد حمدان دقلو``), and a
        particle unit always continues (``تميم بن حمد آل ثاني``).
        """
        lex = self.lex
        units: list[tuple[int, int]] = []
        j = k
        while j < self.n and len(units) < 5:
            homograph = (titled or units) and self.norm[j] in lex.given_names \
                and self.norm[j] in lex.stoppers and self.spelled_as_name(j) \
                and self.best[j] is None and ((j + 1 < self.n and self.name_like(j + 1)
                                               and not self.definite[j + 1])
                                              or (units and (j + 1 >= self.n or self.breaks_after(j)
                                                             or not self.word[j + 1]))
                                              # "محمد علي العبدلي،": a family name closes it
                                              or (len(units) == 1 and j + 1 < self.n
                                                  and self.definite[j + 1] and self.best[j + 1] is None
                                                  and self.norm[j + 1] not in lex.stoppers
                                                  and self.name_closed(j + 2)))
            if not units and self.object_word(j, 0):
                break  # "القائم بالأعمال التركي لإبلاغه": a verbal noun, no name
            # "وزير الخارجية أمير خان متقي": an indefinite title word that is also a given name
            # opens the name when name words follow it
            m0 = self.best[j]
            homograph = homograph or (titled and not units and m0 is not None and m0[1] == "T"
                                      and m0[0] == j + 1 and self.norm[j] in lex.given_names
                                      and not self.definite[j] and j + 1 < self.n
                                      and self.name_word(j + 1) and not self.breaks_after(j))
            # "الرئيس الإيراني إبراهيم رئيسي،": an indefinite adjective that is a stopper
            # (رئيسي "main") is the surname after a given name when the name closes after it
            homograph = homograph or (titled and len(units) == 1 and units[0][1] - units[0][0] == 1
                                      and self.norm[units[0][0]] in lex.given_names
                                      and self.norm[j] in lex.stoppers and not self.definite[j]
                                      and self.texts[j].endswith("ي") and len(self.norm[j]) >= 4
                                      and self.best[j] is None
                                      and (self.name_closed(j + 1) or (j + 1 < self.n and self.norm[j + 1]
                                                                       in lex.stoppers))
                                      and not self.breaks_after(j - 1))
            # "الرئيس جورجي إيفانوف": a given name spelled like an indefinite nisba
            homograph = homograph or (titled and not units and not self.definite[j]
                                      and self.norm[j] in lex.given_names and j > 0 and self.definite[j - 1]
                                      and self.best[j] is None and self.nisba_at(j) is not None
                                      and j + 1 < self.n and self.name_word(j + 1))
            if not self.name_word(j) and not homograph:  # "المرشد الأعلى علي خامنئي"
                m = self.best[j]
                # "حسين أمير عبد اللهيان": an indefinite title word inside a name
                inside = units and m is not None and m[1] == "T" and m[0] == j + 1 \
                    and self.lex.titles[int(m[2])].kind == "head" and not self.definite[j] \
                    and j + 1 < self.n and (self.name_word(j + 1) or self.norm[j + 1] in lex.particles) \
                    and not self.breaks_after(j)
                if not inside:
                    break
            nm = self.norm[j]
            e = j + 1
            particle = nm in lex.particles
            if particle:
                # the word after a particle may be any noun: عبد الملك، أبو الغيط
                if e >= self.n or not self.word[e] or self.norm[e] in lex.stoppers \
                        or self.breaks_after(j):
                    break
                e += 1
                if self.norm[e - 1] in ("عبد", "ابو") and e < self.n and self.word[e] \
                        and self.norm[e] not in lex.stoppers and not self.breaks_after(e - 1):
                    e += 1  # "بن عبد الرحمن"
            elif not units and self.definite[j]:
                break
            elif units and self.definite[j] and e < self.n and self.definite[e] \
                    and self.best[e] is None and self.norm[e] not in lex.stoppers \
                    and self.norm[e].endswith(("ي", "يه")) and self.nisba_at(e) is None \
                    and not self.breaks_after(j) and not self.breaks_after(j - 1):
                break  # "إيفانوف الحداد الوطني": a definite noun and its adjective, no family name
            if units:
                prev_s, prev_e = units[-1]
                if len(units) >= 2 and self.norm[prev_s] in lex.particles and not particle:
                    if self.definite[j] and e - j == 1 and self.name_closed(e) \
                            and self.texts[j].endswith("ي") and not self.breaks_after(prev_e - 1):
                        units.append((j, e))  # "محمد بن عبد العزيز الخليفي إن": a family nisba
                    break  # after "بن سلمان" only another particle unit: "آل سعود"
                last_breaks = self.breaks_after(prev_e - 1)
                if last_breaks:
                    break
                if not particle and self.object_word(j, len(units)):
                    break  # "كونيي بوصول القوة": a verbal noun after the name
                if not particle:
                    # "ستيف ويتكوف،": a surname starting with و may close a titled name
                    ends = titled and (self.name_closed(e) or self.norm[e] in lex.stoppers
                                       or (e + 1 < self.n and self.nisba_at(e + 1) is not None
                                           and not self.definite[e + 1]))
                    # "جان بيير واتارا،": after two given names a closed third word in و is the surname
                    given_pair = len(units) == 2 and (ends or (
                        e + 1 < self.n and self.norm[e] in ("ب", "ل") and self.definite[e + 1])) \
                        and all(b - a == 1 and self.norm[a] in lex.given_names for a, b in units) \
                        and not self.texts[j].endswith(("ه", "ها", "هم", "ة"))
                    if nm.startswith("و") and not given_pair and not (len(units) == 1 and (
                            self.norm[units[0][0]] in lex.given_names or ends)):
                        break
                    if e < self.n and self.nisba_at(e) is not None and not self.definite[e]:
                        break  # "مسؤولين إيرانيين": a noun with its adjective, not a name
                    # "أونغ سان سو تشي": transliterated names of short syllables run to four units
                    short = len(nm) <= 4 and not self.definite[j] \
                        and all(b - a == 1 and len(self.norm[a]) <= 4 and not self.definite[a]
                                for a, b in units)
                    if len(units) >= 2 and self.texts[j].endswith("ا") and len(nm) >= 4 \
                            and not self.texts[j].endswith(("يا", "وا")) and nm not in lex.given_names \
                            and not (titled and self.accusative_free(j, e)):
                        break  # "توم باراك منشورا": an indefinite accusative noun after the name
                    if self.definite[j] and len(units) >= 2 and not (
                            len(units) == 2 and titled and self.name_closed(e)
                            and all((b - a == 1 and self.norm[a] in lex.given_names)
                                    or (b - a == 2 and self.norm[a] in lex.particles) for a, b in units)):
                        break  # ("العميد عامر محمد الحسن،": given name, father's name, family name)
                    if self.definite[j] and self.norm[prev_s][:1] in "لب" and prev_e - prev_s == 1 \
                            and len(self.norm[prev_s]) >= 5 and self.norm[prev_s] not in lex.given_names:
                        return k  # "لوسائل الإعلام": a preposition glued to a noun, then its genitive
                    # "أندريس مانويل لوبيز أوبرادور": a closed run of foreign name parts
                    run = titled and len(units) >= 2 and self.foreign_run(j, MAX_NAME - len(units))
                    if len(units) >= 3 and not (short and len(units) == 3) and not run:
                        break
                    if len(units) >= 2 and not self.norm[prev_s] in lex.particles:
                        second_given = self.norm[units[1][0]] in lex.given_names
                        closed = e >= self.n or self.breaks_after(j) or not self.word[e] \
                            or self.norm[e] in ("ان", "انه", "انها") or run  # "قال X Y Z إن"
                        if self.texts[j].endswith(("ه", "ها", "هم")):
                            break
                        # (a titled name closed by punctuation right after: "يوليوس أيوك تابي،")
                        punct = titled and e < self.n and not self.word[e] and not self.texts[e].isdigit()
                        if nm not in lex.given_names and (self.masdar(j) or (
                                nm[0] in "يتن" and 4 <= len(nm) <= 6 and not punct)):
                            break  # "شارل ميشيل يجري": a verb or verbal noun after the name
                        if not (second_given or nm in lex.given_names or (closed and titled) or short):
                            break
            # "ملامبو-نغكوكا": a hyphen without spaces joins two words into one unit
            while e + 1 < self.n and self.texts[e] in ("-", "‐") and not self.ws[e - 1] \
                    and not self.ws[e] and self.name_word(e + 1):
                e += 2
            if e < self.n and self.norm[e] in lex.name_suffixes and not self.breaks_after(e - 1):
                e += 1  # "إسماعيل بقائي زاده": a surname suffix written apart
            elif not particle and e == j + 1 and e < self.n and self.norm[e] in lex.compound_parts \
                    and not self.breaks_after(j):
                e += 1  # "نور الدين"، "زين العابدين": a compound given name is one unit
            units.append((j, e))
            j = e
        while units and self.norm[units[-1][0]] in lex.particles and units[-1][1] - units[-1][0] < 2:
            units.pop()
        return units[-1][1] if units else k

    def accusative_free(self, j: int, e: int) -> bool:
        """``الرئيس فوستان أرشانج تواديرا،``: a titled name's last word in ا is a surname, not an
        accusative object, when the name closes right after it (punctuation, ``إن``) and the word
        without its ا is no common noun the lexicons know (``بيانا``، ``اتصالا``) nor a verbal noun."""
        if not self.name_closed(e):
            return False
        stem = self.norm[j][:-1]
        lex = self.lex
        return stem not in lex.stoppers and stem not in lex.object_nouns \
            and not masdar_shape(stem) and not masdar_shape(self.norm[j])

    def name_closed(self, e: int) -> bool:
        """Token ``e`` ends a name: the line or sentence ends, punctuation, or ``إن``/``قوله``."""
        return e >= self.n or self.breaks_after(e - 1) or not (self.word[e] or self.texts[e].isdigit()) \
            or self.norm[e] in ("ان", "انه", "انها", "قوله", "قولها")

    def unowned_name(self, k: int, ne: int) -> bool:
        """``وزير الدفاع خواجة آصف،``: an unknown name after a title without owner is kept
        when it has two or three indefinite words, none a verb or an accusative noun, and
        punctuation, ``إن``, a reporting verb or stopper, or a verbal noun closes it
        (``وزيرة الخارجية كوندوليزا رايس بالتوجه``)."""
        closed = self.name_closed(ne) or self.norm[ne] in self.lex.stoppers or self.masdar(ne) \
            or (self.norm[ne] in ("ب", "ل") and ne + 1 < self.n
                and (self.definite[ne + 1] or self.masdar(ne + 1)))  # "أكد"، "بالتوجه"
        # (an imperfect verb or و-word opens no name; "توت": three letters are too short for one)
        if not 2 <= ne - k <= 3 or not closed or self.norm[k][:1] == "و" \
                or (self.norm[k][:1] in "يتنس" and len(self.norm[k]) >= 4):
            return False
        if self.norm[ne - 1] in self.lex.name_suffixes and ne - k == 3:
            ne -= 1  # "فرديناند ماركوس الابن": the suffix is no definite noun
        for x in range(k, ne):
            t = self.texts[x]
            # "كوندوليزا رايس": a given name may end in ا when the surname does not
            accusative = t.endswith("ا") and not t.endswith(("يا", "وا")) and len(t) >= 4 \
                and (x > k or self.texts[ne - 1].endswith("ا") or self.norm[x] in self.lex.object_nouns
                     or self.masdar(x)) and not (x == ne - 1 and self.accusative_free(x, ne))
            if (self.definite[x] and self.norm[x] not in self.lex.compound_parts) or accusative:
                return False
        return True

    def add_person(self, start: int, ns: int, ne: int, honor_start: int | None = None,
                   role: tuple[str, str | None] | None = None) -> EntityInfo:
        name = self.label(ns, ne)
        words = tuple(self.norm[k] for k in range(ns, ne))
        pid = person_id(" ".join(words))
        end = ne
        if ne + 2 < self.n and self.texts[ne] == "(" and self.texts[ne + 2] == ")" \
                and self.word[ne + 1] and self.best[ne + 1] is None:
            end = ne + 3  # "محمد حمدان دقلو (حميدتي)": a nickname in brackets
        info = self.add(start, end, pid, "Person", label=name)
        if end > ne:
            info.add_label(self.texts[ne + 1])
        if honor_start is not None and honor_start < ns:
            info.add_label(self.label(honor_start, ne))
        self.names[pid] = words
        if role is not None:
            info.add_role(*role)
        return info

    # ------------------------------------------------------------ titles
    def parse_title(self, i: int, end: int, title: Title) -> int:
        j = end
        pronoun = self.has_enclitic(end - 1)  # "وزيرها"، "رئيسه"
        if title.kind == "minister-generic":
            while j < self.n and j - end < 3 and self.definite[j] \
                    and self.best[j] is None and self.nisba_at(j) is None \
                    and self.norm[j] not in self.lex.stoppers:
                j += 1
            if j == end and not pronoun:
                return i + 1
            if pronoun and j + 1 < self.n and self.norm[j] == "ل" and self.best[j + 1] is not None \
                    and self.best[j + 1][1] == "B":
                j = self.best[j + 1][0]  # "وزيرها للخارجية": the portfolio, not an owner
        if title.kind == "spokes" and j + 1 < self.n and self.definite[j] \
                and self.norm[j + 1] == "باسم" and self.best[j] is None:
            j += 2  # "الناطق العسكري باسم"
        elif title.kind == "spokes" and j < self.n and self.norm[j] == "باسم":
            j += 1
        if not pronoun and j == end and j < self.n and self.best[j] is not None \
                and self.best[j][1] == "T" and title.kind not in ("honorific", "rank", "spokes") \
                and self.lex.titles[int(self.best[j][2])].kind not in ("honorific", "rank"):
            # stacked titles "رئيس الوزراء وزير الخارجية القطري X": the owner of the
            # last title owns them all
            before = len(self.mentions)
            nxt = self.parse_title(j, self.best[j][0], self.lex.titles[int(self.best[j][2])])
            for m in self.mentions[before:]:
                if m.type == "Person" and m.outer and m.id in self.ents and self.ents[m.id].roles:
                    info = self.ents[m.id]
                    if title.en == "Deputy":
                        # "نائب وزير الخارجية X": the deputy holds no office of the minister's
                        info.roles = [(f"Deputy {t}", of) for t, of in info.roles]
                        self.add(i, j, m.id, "Person", label=info.labels[0], outer=False)
                        return nxt
                    info.add_role(title.en, info.roles[-1][1] if len(info.roles) == 1
                                  else info.roles[0][1])
                    self.add(i, j, m.id, "Person", label=info.labels[0], outer=False)
                    return nxt
            return max(nxt, end)
        portfolio = False
        if title.kind == "minister" and not pronoun and j == end and j + 2 < self.n:
            x = j + 1 if self.texts[j] == "ل" and not self.breaks_after(j) else j
            if self.norm[x] in self.lex.portfolio_nouns and not self.breaks_after(x):
                # "وزير الدولة للشؤون الخارجية في X": the portfolio belongs to the title
                x += 1
                start = x
                while x < self.n and x - start < 2 and self.definite[x] and self.nisba_at(x) is None \
                        and self.norm[x] not in self.lex.stoppers and not self.breaks_after(x - 1):
                    x += 1
                if x > start:
                    j, portfolio = x, True
        # "الرئيس جورجي إيفانوف": an indefinite nisba cannot qualify a definite title, so a
        # given name spelled like one (جورجي) opens the name instead of owning the title
        given_nisba = j == end and j + 1 < self.n and self.definite[end - 1] and not self.definite[j] \
            and self.norm[j] in self.lex.given_names and self.nisba_at(j) is not None \
            and self.name_word(j + 1)
        own = None if (pronoun and j > end) or given_nisba else self.parse_owner(j)
        if own is None and not pronoun and j == end and title.kind in ("office", "head"):
            own = self.body_in_title(i, end)
        if own is None and not pronoun and j == end and title.kind == "head" and j < self.n:
            g = self.gaz_row(j)  # "محافظ كركوك X"، "حاكم إقليم دارفور X": the office's province
            if g is not None and g[1].type == "Place" and g[1].subtype in PROVINCE_SUBTYPES:
                self.add(j, g[0], g[1].id, "Place", outer=False, part_of=g[1].part_of or None)
                sid = g[1].part_of if g[1].part_of in self.lex.gaz else None
                if sid is not None and self.lex.gaz[sid].type == "State":
                    self.implicit_state(sid, j)  # the governor is an official of the state
                    own = (sid, g[0])
                else:
                    own = (g[1].id, g[0])
        if own is None and portfolio and j + 1 < self.n and self.norm[j] == "في":
            g = self.gaz_row(j + 1)
            if g is not None and (g[1].type == "State" or g[1].kind == "capital"):
                sid = self.state_of(g[1].id)
                self.add(j + 1, g[0], sid, "State", outer=False)
                own = (sid, g[0])
        if own is None and not pronoun and j == end and end - i >= 2 and title.kind == "head" \
                and self.norm[end - 1] == "حكومه":
            # "رئيس حكومة الوحدة الوطنية X": the title's own head noun names the body
            own = self.definite_org(end - 1, end, self.norm[end - 1], "organ", outer=False)
        owner: str | None = None
        if own is not None:
            owner, j = own
            if j + 2 < self.n and self.texts[j] == "(":
                # "رئيسة بعثة ... لمساعدة العراق (يونامي) X": the owner's acronym in brackets
                g = self.gaz_row(j + 1)
                if g is not None and g[1].id == owner and g[0] < self.n and self.texts[g[0]] == ")":
                    self.add(j + 1, g[0], owner, g[1].type, outer=False)
                    j = g[0] + 1
                else:
                    j = self.bracket_label(j)
        elif pronoun and title.kind != "counterpart":
            owner = self.antecedent(i)  # "المتحدث باسمها"، "وزيرها": the pronoun's referent
            if owner is not None and title.kind.startswith("minister"):
                owner = self.top_state(owner)
            # a second nisba or owner after the first: keep the first
            if title.kind.startswith("minister") and owner in self.ents \
                    and self.ents[owner].part_of and self.ents[owner].type == "Organization" \
                    and "/" in owner:
                owner = self.ents[owner].part_of
        while j < self.n and self.norm[j] in self.lex.title_modifiers:
            j += 1
        if j + 2 < self.n and (owner is not None or title.kind == "head"):
            # (without an owner only a portfolio: "مستشاره للشؤون الأمنية X")
            j = self.title_purpose(j, portfolio_only=owner is None)
        if owner is not None and j + 2 < self.n and self.norm[j] in ("التابع", "التابعه") \
                and self.norm[j + 1] == "ل" and self.gaz_row(j + 2) is not None:
            g = self.gaz_row(j + 2)  # "المجلس السياسي الأعلى التابع للحوثيين"
            self.add(j + 2, g[0], self.state_of(g[1].id), g[1].type if g[1].kind != "capital"
                     else "State", outer=False)
            j = g[0]
        if owner is not None and j + 1 < self.n and self.norm[j] in ("في", "لدي", "الي", "ل"):
            g = self.gaz_row(j + 1)
            if g is not None and (g[1].type in ("State", "Place") or g[1].kind == "capital"):
                sid = self.state_of(g[1].id)
                self.add(j + 1, g[0], sid, "State" if g[1].type == "State" or g[1].kind == "capital"
                         else g[1].type, outer=False)
                j = g[0]
        title_end = j
        k = j
        former = False
        while k < self.n and self.norm[k] in FORMER:
            former = True
            k += 1
        if owner is None and title.kind in ("head", "office") and k < self.n \
                and self.best[k] is not None and self.best[k][1] == "O":
            got = self.parse_org_head(k, self.best[k][0], self.best[k][2], outer=False)
            if got is not None:
                owner, k = got
                title_end = k
        while k < self.n and self.norm[k] in COMMA:
            k += 1
        if owner is not None and k == title_end and k + 1 < self.n and self.norm[k] == "و" \
                and self.best[k + 1] is not None and self.best[k + 1][1] == "T" \
                and self.nisba_at(self.best[k + 1][0]) != owner:
            # "رئيس مجلس السيادة وقائد الجيش ...": a second title for the same name; with the
            # owner's nisba repeated ("الرئيس الكيني ووزير الخارجية الكيني X") two persons
            k += 1
        if owner is not None and k == title_end:
            k = self.office_scope(k)
        elif owner is None and title.kind == "head" and k == end and k + 2 < self.n and self.definite[k] \
                and self.best[k] is None and self.nisba_at(k) is None and self.norm[k] not in self.lex.stoppers \
                and self.norm[k + 1] in self.lex.given_names and self.best[k + 1] is None \
                and not self.breaks_after(k):
            k += 1  # "زعيم الانفصاليين يوليوس X": the title's genitive is no entity, a name follows
        k, honor = self.skip_honorifics(k)
        ne = self.parse_name(k, titled=True)
        if ne == k and honor is not None and k + 2 < self.n and self.definite[k] \
                and self.texts[k].endswith("ي") and self.best[k] is None and self.nisba_at(k) is None \
                and self.norm[k] not in self.lex.stoppers and self.norm[k + 1] in self.lex.given_names \
                and not self.breaks_after(k):
            ne = max(k, self.parse_name(k + 1, titled=True))  # "العقيد الصوارمي خالد سعد"
        if ne > k and self.norm[k] in self.lex.object_nouns and self.norm[k] not in self.lex.given_names:
            ne = k  # "وتسلم الأمير رسالة الرد": an object noun after the title, no name
        if ne > k and k > title_end and self.norm[k] not in self.lex.given_names \
                and (ne == k + 1 or self.norm[k].startswith("و")):
            ne = k  # "X، رئيس الآلية ...، وساطة يرعاها": no name after the closing comma
        if ne > k and owner is None and title.kind not in ("honorific", "rank") \
                and self.norm[k] not in self.lex.given_names and not self.unowned_name(k, ne) \
                and not (self.norm[k] in ("عبد", "ابو") and ne - k >= 2):  # "الملك عبد الله"
            ne = k  # "الأمين العام قلق": without an owner only a given name starts a name
        if ne == k + 1 and pronoun and own is None and self.norm[k] not in self.lex.given_names:
            ne = k  # "مبعوثها سيزور": after a pronoun-owned title one unknown word is no name
        if ne == k + 1 and self.norm[k][:1] in "يتنس" and self.norm[k] not in self.lex.given_names:
            ne = k  # "وزير الخارجية المصري يبحث": an imperfect verb, not a one-word name
        if ne == k + 1 and title.kind == "rank" and self.norm[k] not in self.lex.given_names \
                and (self.texts[k].endswith(("ين", "ون", "ان")) or (self.texts[k].endswith("ا")
                                                                   and not self.texts[k].endswith(("يا", "وا")))):
            ne = k  # "سجل الفريق هدفين": a dual, plural or accusative noun after a rank word
        if ne > k and title.kind != "honorific":
            info = self.add_person(i, k, ne, honor, None if former else (title.en, owner))
            if owner is None and not pronoun and not former and title.kind.startswith("minister"):
                self.pending_unowned.append((info.id, title.en, i))  # resolved in ``resolve``
            if pronoun and own is None and not former and title.kind != "counterpart":
                # the referent may be a person found only by the later surname pass
                self.pending_pronoun.append((info.id, title.en, i, title.kind.startswith("minister"),
                                             owner))
            # "بنظيريه الكونغولي فيليكس تشيسيكيدي والرواندي بول كاغامي": و + nisba + name
            while ne + 2 < self.n and self.norm[ne] == "و" and self.nisba_at(ne + 1) is not None:
                sid2 = self.nisba_at(ne + 1)
                ne2 = self.parse_name(ne + 2, titled=True)
                if ne2 == ne + 2:
                    break
                self.implicit_state(sid2, ne + 1)  # type: ignore[arg-type]
                self.add_person(ne + 1, ne + 2, ne2, None, (title.en, sid2))
                ne = ne2
            return ne
        if ne > k:  # honorific + name
            self.add_person(i, k, ne, i, None)
            return ne
        if title.kind in ("honorific", "rank"):
            return i + 1
        if former:
            return k
        if owner is not None and k < self.n and self.best[k] is not None and self.best[k][1] == "T" \
                and (k > title_end or self.lex.titles[int(self.best[k][2])].kind == "office"):
            # "الممثل الأعلى للاتحاد الأفريقي، الرئيس النيجيري الأسبق أولوسيغون أوباسانجو";
            # "العاهل المغربي الملك X": the second office has the first one's owner
            before = len(self.mentions)
            nxt = self.parse_title(k, self.best[k][0], self.lex.titles[int(self.best[k][2])])
            for m in self.mentions[before:]:
                if m.type == "Person" and m.outer and m.id in self.ents:
                    if k == title_end:
                        info = self.ents[m.id]
                        info.roles = [(t, of if of is not None else owner) for t, of in info.roles]
                    self.ents[m.id].add_role(title.en, owner)
                    self.add(i, title_end, m.id, "Person", label=self.ents[m.id].labels[0],
                             outer=False)
                    return nxt
            return nxt
        back = self.name_before(i)
        if back is not None and owner is not None and title.kind not in ("honorific", "rank"):
            # "وقال أحمد المسماري، المتحدث باسم الجيش، إن": the name stands before its title
            info = self.add_person(back, back, i - 1)
            info.add_role(title.en, owner)
            self.add(i, title_end, info.id, "Person", label=info.labels[0], outer=False)
            return title_end
        loose = title_end < self.n and self.definite[title_end] and self.best[title_end] is None \
            and self.nisba_at(title_end) is None and self.norm[title_end] not in self.lex.stoppers \
            and self.norm[title_end].endswith(("ي", "يه")) and not self.breaks_after(title_end - 1)
        if owner is not None and title.alone and not loose \
                and not (pronoun and own is None and title.kind == "spokes"):
            # (not "المتحدث باسم الجيش الشعبي": an adjective the owner parse left, so another
            # body; not "المتحدث باسمه": the pronoun's spokesperson, named elsewhere if at all)
            pid = f"person/{short_hash('office|' + title.en + '|' + owner)}"
            info = self.add(i, title_end, pid, "Person")
            info.add_role(title.en, owner)
            self.office_persons[pid] = (title.en, owner)
            return title_end
        if owner is None and title.alone:
            self.bare_titles.append((i, title_end, title))
        return title_end if owner is not None else end

    def body_in_title(self, i: int, end: int) -> tuple[str, int] | None:
        """``رئيس الأركان العامة الروسية``: a body's name that starts inside the title and runs
        past it (the title ``رئيس الأركان``, the body ``الأركان العامة``) is the title's owner:
        (body id, index after it), else None."""
        for k in range(i + 1, end):
            m = self.best[k]
            if m is not None and m[1] == "B" and m[0] > end:
                return self.parse_body(k, m[0], m[2], outer=False)
        return None

    def office_scope(self, k: int) -> int:
        """``المتحدث باسم الجيش في الشمال الشرقي المقدم X``: a ``في`` phrase (a known place,
        or up to three definite words) between an owned title and a rank or honorific
        belongs to the office; the index after it (``k`` when there is none)."""
        if k + 2 >= self.n or self.norm[k] != "في" or self.breaks_after(k):
            return k
        x = k + 1
        g = self.gaz_row(x)
        if g is not None and g[1].type in ("Place", "State"):
            x = g[0]
        while g is None and x < self.n and x - k <= 3 and self.definite[x] and self.best[x] is None \
                and self.norm[x] not in self.lex.stoppers and not self.breaks_after(x - 1):
            x += 1
        m = self.best[x] if x < self.n and x > k + 1 else None
        if m is not None and m[1] == "T" and self.lex.titles[int(m[2])].kind in ("honorific", "rank"):
            return x
        return k

    def title_purpose(self, j: int, portfolio_only: bool = False) -> int:
        """``المفوض السامي للأمم المتحدة لحقوق الإنسان فولكر تورك``: a ``ل``-phrase naming the
        office's remit between the owner and a name belongs to the title; returns the index
        after it (``j`` when no name follows it)."""
        k = j + 1 if self.texts[j] == "ل" and not self.ws[j] else j
        # "للشؤون الأمنية": a portfolio noun after ل (ل + ال written لل) and its adjectives
        portfolio = k > j and self.word[k] and self.norm[k] in self.lex.portfolio_nouns \
            and self.best[k] is None
        if portfolio_only and not portfolio:
            return j
        # the remit: an indefinite head noun (glued to ل or not) and its definite genitive
        if not portfolio and not (self.word[k] and self.best[k] is None and not self.definite[k]
                                  and self.norm[k] not in self.lex.stoppers
                                  and (k > j or self.norm[k][:1] == "ل")):
            return j
        k += 1
        start = k
        while portfolio and k < self.n and k - start < 2 and self.definite[k] \
                and self.norm[k] not in self.lex.stoppers and not self.breaks_after(k - 1) \
                and (self.best[k] is None or self.nisba_at(k) is not None):
            k += 1  # "للشؤون الأفريقية": the portfolio's adjective may be a nisba
        while k < self.n and k - start < 3 and self.definite[k] and self.nisba_at(k) is None \
                and self.norm[k] not in self.lex.stoppers and not self.breaks_after(k - 1):
            g = self.gaz_row(k)
            if g is not None:
                if g[1].type != "Place":
                    break
                k = g[0]  # "لشؤون الشرق الأوسط"
                continue
            if self.best[k] is not None:
                break
            k += 1
        if k == start or k >= self.n:
            return j
        s, _ = self.skip_honorifics(k)
        if self.norm[s] in self.lex.given_names or self.parse_name(s, titled=True) >= s + 2:
            return k
        return j

    def led_by(self, i: int, end: int) -> int:
        """``ORG بقيادة المشير خليفة حفتر``: the leader of the organization just named.

        Returns the end of the person mention, or 0 when the pattern does not apply.
        """
        if i < 2 or self.texts[i - 1] != "ب" or self.norm[i] not in ("قياده", "رئاسه", "رياسه"):
            return 0
        prev = [m for m in self.mentions if m.end == i - 1 and m.outer and m.id in self.ents]
        if not prev or self.ents[prev[-1].id].type != "Organization":
            return 0
        k = end
        k, honor = self.skip_honorifics(k)
        ne = self.parse_name(k, titled=True)
        if ne == k:
            return 0
        title = "Commander" if self.norm[i] == "قياده" else "Head"
        self.add_person(i - 1, k, ne, honor, (title, prev[-1].id))
        return ne

    def quoted_name(self, k: int) -> tuple[int, int, int] | None:
        """``"وازاليندو"`` right at ``k``: (name start, name end, end after the closing quote)."""
        if k + 2 >= self.n or self.texts[k] not in QUOTES_OPEN:
            return None
        j = k + 1
        while j < self.n and j - k <= 3 and self.texts[j] not in QUOTES_CLOSE:
            if not (self.word[j] or self.texts[j].isdigit()) or self.breaks_after(j - 1) \
                    or self.norm[j] in self.lex.stoppers or TANWEEN.search(self.texts[j]):
                return None  # quoted speech, not a name
            j += 1
        if j >= self.n or self.texts[j] not in QUOTES_CLOSE or j == k + 1:
            return None
        return k + 1, j, j + 1

    def byline(self, i: int) -> bool:
        """Token ``i`` follows a byline word (``بقلم:``, ``كتب``)."""
        k = i - 1
        while k >= 0 and self.texts[k] in (":", "-", "/", "|") or (k >= 0 and self.texts[k].isspace()):
            k -= 1
        return k >= 0 and self.norm[k] in self.lex.bylines

    def name_before(self, i: int) -> int | None:
        """Start of an uncovered two- or three-word name ending with a comma before ``i``.

        The name must follow a reporting verb or other name stopper (``وقال X Y،``).
        """
        if i < 3 or self.norm[i - 1] not in COMMA:
            return None
        for size in (2, 3):
            s0 = i - 1 - size
            if s0 < 1:
                break
            if any(self.covered[s0:i - 1]) or not all(self.name_word(k) for k in range(s0, i - 1)):
                continue
            if self.definite[s0] or self.breaks_after(s0 - 1):
                continue
            if self.norm[s0 - 1] in self.lex.stoppers and self.parse_name(s0, titled=True) == i - 1:
                return s0
        return None

    def bare_head_ref(self, i: int, end: int, head: str, outer: bool = False) -> str | None:
        """``الحركة``/``الجماعة``/``الإقليم``: the latest entity named with that head noun.

        The mention joins that entity (its label is the bare head, as the text
        has it); nothing happens when no earlier name starts with the head.
        """
        if end - i != 1 or not self.definite[i]:
            return None
        bare = head[2:]
        if len(bare) < 3:
            return None
        for m in reversed(self.mentions):
            if m.start >= i:
                continue
            info = self.ents.get(m.id)
            if info is None or info.type not in ("Organization", "Place"):
                continue
            if any(fold_phrase(lab).split()[0] in (bare, head) for lab in info.labels
                   if lab and len(fold_phrase(lab).split()) > 1):
                self.add(i, end, m.id, info.type, outer=outer)
                return m.id
        if head == "الجماعه" and not (i and self.definite[i - 1]):
            # "قائد الجماعة": news calls any armed group "the group", whatever its name
            for m in reversed(self.mentions):
                info = self.ents.get(m.id)
                if m.start < i and info is not None and info.subtype == "ArmedGroup" \
                        and info.type == "Organization":
                    self.add(i, end, m.id, info.type, outer=outer)
                    return m.id
        return None

    def dominant_state(self, i: int) -> str | None:
        """The State named most often before token ``i`` (ties: the latest)."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}

        def vote(sid: str | None, at: int, weight: int) -> None:
            if sid and sid in self.ents and self.ents[sid].type == "State":
                counts[sid] = counts.get(sid, 0) + weight
                last[sid] = max(last.get(sid, -1), at)

        for m in self.mentions:
            if m.start >= i or m.id not in self.ents:
                continue
            if m.type == "State":
                vote(m.id, m.start, 2)
            else:  # a ministry, army or town of the state
                vote(self.top_state(m.id), m.start, 1)
                if m.type == "Place" and self.dateline(m.start, m.end):
                    vote(self.top_state(m.id), m.start, 3)  # dateline: where the story is
        for at, sid in self.nisba_spans:
            if at < i:
                vote(sid, at, 1)
        if not counts:
            return None
        return max(counts, key=lambda sid: (counts[sid], last[sid]))

    def named_before(self, i: int, end: int) -> tuple[str, int] | None:
        """``head + definite adjective`` that starts the name of an organization named earlier."""
        j = end
        while j < self.n and j - end < 2 and self.definite[j] and self.best[j] is None \
                and self.nisba_at(j) is None and self.norm[j] not in self.lex.stoppers:
            j += 1
        for stop in range(j, end, -1):
            want = fold_phrase(self.label(i, stop))
            for m in reversed(self.mentions):
                info = self.ents.get(m.id)
                if m.start < i and info is not None and info.type == "Organization" \
                        and any(fold_phrase(lab) == want or fold_phrase(lab).startswith(want + " ")
                                for lab in info.labels):
                    self.add(i, stop, m.id, "Organization")
                    return m.id, stop
        return None

    def context_state(self, i: int) -> str | None:
        """The state a bare body at ``i`` belongs to: that of the latest official named
        earlier in the sentence (``أمر وزير الدفاع X الجيش``), else the dominant state."""
        return self.sentence_official_state(i) or self.dominant_state(i)

    def sole_state(self, i: int) -> str | None:
        """The state named before token ``i`` (by name, nisba or a body) when it is the only one."""
        seen = {sid for at, sid in self.nisba_spans if at < i}
        for m in self.mentions:
            if m.start < i and m.id in self.ents:
                top = self.top_state(m.id)
                if top in self.ents and self.ents[top].type == "State":
                    seen.add(top)
            if len(seen) > 1:
                return None
        return next(iter(seen)) if len(seen) == 1 and next(iter(seen)) in self.ents \
            and self.ents[next(iter(seen))].type == "State" else None

    def sentence_official_state(self, i: int) -> str | None:
        """The state of the latest official named earlier in the sentence of token ``i``."""
        k = i - 1
        while k > 0 and not self.sent_start[k]:
            k -= 1
        for m in sorted(self.mentions, key=lambda m: -m.start):
            if m.start >= i or m.start < k or not m.outer:
                continue
            info = self.ents.get(m.id)
            if info is None or info.type != "Person":
                continue
            for _, of in info.roles:
                top = self.top_state(of) if of else None
                if top in self.ents and self.ents[top].type == "State":
                    return top
        return None

    def top_state(self, eid: str) -> str:
        """The state (or IGO) an entity id rolls up to, inside this document."""
        seen: set[str] = set()
        while eid in self.ents and eid not in seen:
            seen.add(eid)
            info = self.ents[eid]
            if info.type == "State" or not info.part_of:
                return eid
            eid = info.part_of
        return eid

    def antecedent(self, i: int) -> str | None:
        """The organization or state a pronoun at ``i`` most likely refers to."""
        for m in reversed(self.mentions):
            if m.start >= i:
                continue
            if i - m.start > 60:
                return None
            info = self.ents.get(m.id)
            if info is None:
                continue
            if info.type in ("Organization", "State"):
                return m.id
            if info.type == "Person":
                return next((o for _, o in info.roles if o), None)
        return None

    # ------------------------------------------------------------ places
    def place_name_end(self, k: int, max_len: int = 2, definite_ok: bool = False,
                       trailing_adj: bool = True) -> int:
        lex = self.lex
        j = k
        while j < self.n and j - k < max_len and self.is_word(j):
            nm = self.norm[j]
            if j == k and self.texts[j] == "أم" and j + 1 < self.n and self.word[j + 1] \
                    and not self.breaks_after(j):
                j += 1  # "أم درمان": the word "أم" opens many place names
                continue
            # "بلدة آن،": a short name that folds like a function word, closed by punctuation
            madda = j == k and self.texts[j].startswith("آ") and j + 1 < self.n \
                and not self.word[j + 1] and self.best[j] is None
            if (nm in lex.stoppers and not madda) or self.best[j] is not None \
                    or self.nisba_at(j) is not None or len(nm) < 2 or TANWEEN.search(self.texts[j]):
                break
            if j > k and nm.startswith("و"):
                break
            if j == k and nm.startswith("و") and (nm[1:] in lex.place_nouns or nm[1:-1] in lex.place_nouns):
                break  # "ميناء ومطارا": a second place noun joined by و, no name
            if self.definite[j] and not (definite_ok or j > k):
                break
            if j > k and self.definite[k] and not self.definite[j]:
                break  # "ولاية الوحدة جدعون": a definite name ends before an indefinite word
            if j == k and self.texts[j].endswith(("ية", "يه")) and len(nm) > 3 \
                    and not self.definite[j]:
                break  # an adjective: "قاعدة عسكرية"
            if j > k and self.definite[j] and nm.endswith(("يه", "ي")):
                if trailing_adj:
                    j += 1  # a trailing adjective: "قاعدة الجفرة الجوية"
                break
            j += 1
            if self.breaks_after(j - 1):
                break
        return j

    def parse_place_noun(self, i: int, end: int, noun: str) -> int:
        kind = self.lex.place_nouns[noun]
        if kind in ("same", "ref") and end + 1 < self.n and self.nisba_at(end) is not None:
            # "العاصمة الهايتية بورت أو برنس": noun + nisba + a known place in apposition
            sid = self.nisba_at(end)
            e = end + (2 if self.nisba2_at(end) is not None else 1)
            g = self.gaz_row(e)
            if g is not None and (g[1].type == "Place" or g[1].kind == "capital") \
                    and not self.breaks_after(e - 1):
                gend, row = g
                self.implicit_state(sid, end)  # type: ignore[arg-type]
                info = self.add(i, gend, row.id, "Place", part_of=row.part_of or sid)
                info.add_label(self.label(e, gend))
                return gend
        if kind == "list":
            return self.parse_place_list(i, end)
        if kind == "pair":
            return self.parse_place_pair(i, end)
        if kind == "border":
            return self.parse_border(i, end)
        if kind == "ref":
            self.bare_head_ref(i, end, noun, outer=True)
            return end
        if kind in ("event", "attack"):
            return end  # only a context for the capital that may follow (see ``locative``)
        if kind == "sea":
            # "البحر الأسود"، "الضفة الغربية"، "القرن الأفريقي": a definite noun + its adjective
            if end < self.n and self.definite[end] and self.best[end] is None \
                    and self.norm[end] not in self.lex.stoppers and not self.breaks_after(i):
                label = self.label(i, end + 1)
                self.add(i, end + 1, place_id(label), "Place")
                return end + 1
            return end
        g = self.gaz_row(end)
        if g is not None and g[0] == end + 1 and g[0] < self.n and self.name_word(g[0]) \
                and not self.definite[g[0]] and not self.norm[g[0]].endswith(("ه", "ا")) \
                and not self.breaks_after(end):
            g = None  # "بلدة عدن يابال": a longer name that starts like a known one
            self.best[end] = None
        if g is not None:
            gend, row = g
            if row.type == "Place" or row.kind == "capital":
                if kind == "same":
                    info = self.add(i, gend, row.id, "Place", part_of=row.part_of or None)
                    info.add_label(self.label(end, gend))
                else:
                    e2 = gend
                    if e2 < self.n and self.definite[e2] and self.best[e2] is None \
                            and self.nisba_at(e2) is None and self.texts[e2].endswith(("ي", "ية")) \
                            and not self.breaks_after(gend - 1):
                        e2 += 1  # "مطار صنعاء الدولي"
                    info = self.add(i, e2, place_id(self.label(i, e2)), "Place",
                                    part_of=row.part_of or None)
                    if e2 > gend:
                        info.add_label(self.label(i, gend))
                    gend = e2
                return gend
            return end
        if kind in ("same", "facility") and self.texts[end - 1].endswith(("ها", "هم", "ه")) \
                and self.has_enclitic(end - 1):
            return end  # "قاعدتها العسكرية": the place of a pronoun's referent, named elsewhere
        nm = self.norm[end] if end < self.n else ""
        if kind == "same" and noun not in self.lex.place_definite and nm[:1] in ("ي", "ت", "ن") \
                and 4 <= len(nm) <= 6 and not nm.endswith(("ا", "ي", "ه")) and end + 1 < self.n \
                and self.norm[end + 1] in self.lex.stoppers and not self.breaks_after(end):
            return end  # "في منطقة تعتمد على": a verb opens a relative clause after a generic noun
        # "إقليم البنجاب"، "ولاية الجزيرة": an administrative noun takes a definite name too
        ne = self.place_name_end(end, max_len=2, definite_ok=(kind == "facility"
                                                               or noun in self.lex.place_definite))
        if kind == "same" and ne - end == 2 and (self.definite[end + 1]
                                                 or self.norm[end + 1].endswith(("ه", "ا"))) \
                and self.norm[end + 1] not in self.lex.region_adjectives:
            ne = end + 1  # a second word is kept only when it cannot be a noun or an adjective
        if kind == "same" and ne == end + 1 and ne < self.n and self.norm[ne] in self.lex.region_adjectives:
            ne += 1  # "إقليم شبيلي الوسطى"
        if kind in ("same", "facility") and ne - end == 2 and self.norm[ne - 1] in self.lex.particles \
                and not self.breaks_after(ne - 1) and self.place_name_end(ne, max_len=1) == ne + 1:
            ne += 1  # "إقليم نورتي دي سانتاندر": a particle inside a transliterated name
        if kind == "facility" and ne - end == 2 and ne < self.n and self.definite[ne] \
                and self.norm[ne].endswith(("ي", "يه")) and self.best[ne] is None \
                and self.nisba_at(ne) is None and not self.breaks_after(ne - 1):
            ne += 1  # "مطار توسان لوفرتور الدولي"
        # "قرية كيوك ني ماو": a transliterated name is a run of short indefinite words
        while kind == "same" and 2 <= ne - end < 4 and not self.breaks_after(ne - 1) \
                and all(len(self.norm[x]) <= 4 and not self.definite[x] for x in range(end, ne)) \
                and len(self.norm[ne]) <= 4 and self.place_name_end(ne, max_len=1) == ne + 1 \
                and not self.definite[ne]:
            ne += 1
        if ne == end:
            return end
        if kind == "facility" and ne < self.n and self.texts[ne].isdigit() and self.ws[ne - 1] \
                and not self.breaks_after(ne - 1) and (ne + 1 >= self.n or not self.word[ne + 1]
                                                       or self.norm[ne + 1] in self.lex.stoppers):
            ne += 1  # "قاعدة البرج 22"، "معبر الكيلو 101": a number belongs to the name
            # (not "مطار المدينة 3 أيام": a count of the noun after it)
        part_of = None
        sid = self.nisba_at(ne)
        if sid is not None:
            part_of = sid
            self.implicit_state(sid, ne)
        bare = self.label(end, ne)
        if kind == "same":
            info = self.add(i, ne, place_id(bare), "Place", part_of=part_of)
            info.add_label(bare)
            if ne - end >= 2 and self.norm[ne - 1] in DIRECTION_ADJECTIVES:
                # "ولاية رورايما الشمالية": the direction may describe the state, not name it
                info.add_label(self.label(i, ne - 1))
                info.add_label(self.label(end, ne - 1))
        else:
            full = self.label(i, ne)
            info = self.add(i, ne, place_id(full), "Place", part_of=part_of)
            if ne - end > 1 and self.definite[ne - 1]:
                info.add_label(self.label(i, ne - 1))
        return ne

    def parse_place_pair(self, i: int, end: int, plural: bool = False) -> int:
        """``منطقتي القائم وعكاشات``، ``قرى X وY``: a dual (or indefinite plural) place noun,
        then two names joined by و (the first of at most three words, the second as long at most)."""
        j = end
        while j < self.n and j - end < 3 and self.is_word(j) and not self.breaks_after(j):
            if j > end and (self.norm[j] == "و" or (self.texts[j].startswith("و") and len(self.norm[j]) > 3)):
                break
            j += 1
        if j == end or j >= self.n or j - end > 3 \
                or not (self.norm[j] == "و" or self.texts[j].startswith("و")):
            return end
        items = [(end, j)]
        s2 = j + 1 if self.norm[j] == "و" else j
        g = self.gaz_row(s2) if s2 > j else None
        if g is not None and (g[1].type in ("Place", "State") or g[1].kind == "capital"):
            items.append((s2, g[0]))
        else:
            e2 = s2
            while e2 < self.n and e2 - s2 < j - end and self.is_word(e2) and self.best[e2] is None \
                    and self.norm[e2] not in self.lex.stoppers \
                    and not (e2 > s2 and self.texts[e2].startswith("و")):
                e2 += 1
                if self.breaks_after(e2 - 1):
                    break
            if e2 == s2:
                return end
            items.append((s2, e2))
        for a, b in items:
            for x in range(a, b):
                if not self.is_word(x) or TANWEEN.search(self.texts[x]) \
                        or (self.norm[x] in self.lex.stoppers and not (x > a and self.spelled_as_name(x))) \
                        or (plural and not self.definite[x]
                            and self.texts[x].endswith(("ة", "ات", "ين", "ون"))):
                    return end  # "قرى كثيرة ومزارع": an adjective or a common plural, no names
        for a, b in items:
            g = self.gaz_row(a)
            if g is not None and g[0] == b and (g[1].type == "Place" or g[1].kind == "capital"):
                self.add(a, b, g[1].id, "Place", part_of=g[1].part_of or None)
                continue
            if g is not None and g[0] == b and g[1].type == "State":
                self.add(a, b, g[1].id, "State")
                continue
            label = self.label(a, b)
            if a == j and label.startswith("و"):
                label = label[1:]
            self.add(a, b, place_id(label), "Place", label=label)
        return items[-1][1]

    def parse_place_list(self, i: int, end: int) -> int:
        """``القرى (الثلاث): A وB وC``: a plural place noun, a colon, then names."""
        k = end
        limit = min(self.n, end + 6)
        while k < limit and self.norm[k] not in (":", "هي"):
            k += 1
        if k >= limit:
            # "قرى حوش السيد علي والقصر": an indefinite plural, then two names joined by و
            return end if self.definite[i] else self.parse_place_pair(i, end, plural=True)
        k += 1  # "القرى: ..." or "ثلاثة موانئ هي ..."
        items: list[tuple[int, int]] = []
        start = k
        j = k
        while j < self.n and self.is_word(j):
            nm = self.norm[j]
            if nm in self.lex.stoppers:
                break
            if j > start and (nm == "و" or (self.texts[j].startswith("و") and len(nm) > 3)):
                items.append((start, j))
                start = j + 1 if nm == "و" else j
            j += 1
            if self.breaks_after(j - 1):
                break
        if j > start:
            items.append((start, j))
        for s, e in items:
            if e - s > 3 or e <= s:
                continue
            label = self.label(s, e)
            if label.startswith("و") and s > k and self.norm[s - 1] != "و":
                label = label[1:]
            g = self.gaz_row(s)
            if g is not None and g[0] == e and g[1].type == "Place":
                self.add(s, e, g[1].id, "Place", part_of=g[1].part_of or None)
                continue
            self.add(s, e, place_id(label), "Place", label=label)
        return j

    def parse_border(self, i: int, end: int) -> int:
        states: list[str] = []
        j = end
        while j < self.n and self.nisba_at(j) is not None:
            states.append(self.nisba_at(j))  # type: ignore[arg-type]
            self.nisba_spans.append((j, states[-1]))
            j += 1
        if not states and j < self.n and self.norm[j] in ("مع", "بين"):
            k = j + 1
            while k < self.n:
                g = self.gaz_row(k)
                if g is None or g[1].type not in ("State",) and g[1].kind != "capital":
                    break
                states.append(self.state_of(g[1].id))
                self.add(k, g[0], self.state_of(g[1].id), "State", outer=False)
                k = g[0]
                nxt = self.gaz_row(k + 1) if k + 1 < self.n and self.norm[k] == "و" else None
                if nxt is not None and (nxt[1].type == "State" or nxt[1].kind == "capital"):
                    k += 1  # "الحدود بين السودان وإثيوبيا" (not "حدودها مع رواندا وتتهم")
                else:
                    break
            if states:
                j = k
        if not states:
            if self.norm[i].startswith("ال"):
                self.bare_borders.append((i, end))
            return end
        for sid in states:
            self.implicit_state(sid)
        bid = "place/" + short_hash("border|" + "|".join(sorted(set(states))))
        self.add(i, j, bid, "Place")
        self.borders.setdefault(bid, set()).update(states)
        return j

    def parse_direction(self, i: int, end: int) -> int:
        if self.texts[end - 1].endswith(("ية", "يه", "ة")):
            return end  # "دول غربية": a feminine adjective, not the west of what follows
        k = end
        g = self.gaz_row(k)
        if g is None:
            m = self.best[k] if k < self.n else None
            if m is not None and m[1] == "P" and self.lex.place_nouns[m[2]] == "same":
                g2 = self.gaz_row(m[0])
                if g2 is not None and g2[1].type == "Place":
                    self.add(k, g2[0], g2[1].id, "Place", outer=False)
                    self.add(i, g2[0], place_id(self.label(i, g2[0])), "Place",
                             part_of=g2[1].part_of or None)
                    return g2[0]
            return i + 1
        gend, row = g
        if row.type not in ("State", "Place") and row.kind != "capital":
            return i + 1
        inner = self.state_of(row.id) if row.type == "State" or row.kind == "capital" else row.id
        inner_type = "State" if row.type == "State" else "Place"
        if row.kind == "capital":
            inner, inner_type = row.id, "Place"
        self.add(k, gend, inner, inner_type, outer=False)
        part_of = inner if inner_type == "State" else (row.part_of or None)
        self.add(i, gend, place_id(self.label(i, gend)), "Place", part_of=part_of)
        return gend

    # ------------------------------------------------------------ organizations
    def parse_org_head(self, i: int, end: int, head: str, outer: bool = True) -> tuple[str, int] | None:
        kind = self.lex.org_heads[head]
        if not head.startswith("ال") and self.counted(i):
            return None  # "بين الحكومة و14 جماعة مسلحة"، "أي قوات أوغندية": no group named
        j = end
        # up to two modifier words before an owner ("فريق خبراء الأمم المتحدة")
        for gap in range(0, 3):
            k = end + gap
            if k >= self.n:
                break
            if gap and self.has_enclitic(end - 1):
                break  # "قواته دخلت جنوب السودان": a pronoun's forces, then a verb
            if gap and (kind not in ("organ", "agency", "institution", "igo_organ") or not self.is_word(k - 1)
                        or self.norm[k - 1] in self.lex.stoppers or len(self.norm[k - 1]) < 2
                        or self.best[k - 1] is not None):
                break
            sid = self.nisba_at(k)
            g = self.gaz_row(k)
            link = None
            if g is None and k < self.n and self.norm[k] == "ل" and gap and kind == "organ" \
                    and head.startswith("ال"):
                g = self.gaz_row(k + 1)
                link = k
            if sid is None and g is None:
                continue
            if g is not None:
                gend, row = g
                if row.type == "Place" and gap == 0 and kind == "organ" and link is None \
                        and head in ("قوات", "قوه", "شرطه"):
                    # "قوات بونتلاند": the forces of a region (the region itself is not
                    # listed unless the text names it otherwise, as for a nisba)
                    named = row.id in self.direct
                    self.add(k, gend, row.id, "Place", outer=False, part_of=row.part_of or None)
                    if not named:
                        self.direct.discard(row.id)
                        self.ents[row.id].implicit = True
                    label = self.label(i, gend)
                    info = self.add(i, gend, f"org/{short_hash(label)}", "Organization",
                                    outer=outer, part_of=row.part_of or None)
                    return info.id, gend
                if row.type == "Place" or row.type == "Person":
                    return None
                if row.type == "Organization" and gap == 0 and link is None and head in ("قوات", "قوه") \
                        and (row.subtype == "ArmedGroup" or (row.subtype == "IGO" and row.part_of)):
                    # "قوات حركة طالبان": the forces of an armed group are the group itself, and
                    # "قوة بعثة X"، "قوة إيكوميغ" the mission's are the mission
                    self.add(k, gend, row.id, row.type, outer=False)
                    self.add(i, gend, row.id, row.type, outer=outer)
                    return row.id, gend
                if row.type == "Organization" and gap == 0 and kind in ("group", "agency", "party") \
                        and link is None and not head.startswith("ال"):
                    # "حركة حماس": the head restates the organization's kind
                    self.add(i, gend, row.id, row.type, outer=outer)
                    return row.id, gend
                if gap == 0 and link is None and kind == "army" \
                        and (row.type == "State" or row.kind == "capital"):
                    sid = self.state_of(row.id)  # "جيش ميانمار": the army of the state
                    self.add(k, gend, sid, "State", outer=False)
                    body = self.lex.bodies.get("army")
                    info = self.add(i, gend, f"{sid}/army", "Organization", outer=outer, part_of=sid,
                                    subtype=body.subtype if body else None,
                                    name_en=body.name_en if body else None)
                    return info.id, gend
                if gap == 0 and link is None and row.type == "State":
                    return None  # "بقيادة السعودية": a verbal noun, not a body
                owner = self.state_of(row.id)
                self.add(link + 1 if link is not None else k, gend, owner,
                         "State" if row.type == "State" or row.kind == "capital" else row.type,
                         outer=False)
                j = gend
            else:
                owner = sid  # type: ignore[assignment]
                self.implicit_state(owner, k)
                j = k + 1
            if kind == "group" and gap == 0 and g is None and head in MILITIA_HEADS \
                    and not head.startswith("ال") and not self.has_enclitic(end - 1):
                # "ميليشيات إثيوبية": militias named by their nationality, no body of the state
                label = self.label(i, j)
                info = self.add(i, j, f"org/{short_hash(label)}", "Organization", outer=outer)
                return info.id, j
            if kind not in ("organ", "agency", "institution", "igo_organ") and gap == 0:
                return None
            if kind == "igo_organ" and not row_is_igo(self.lex, owner):
                return None  # "البرنامج النووي الإيراني" is no organization
            if row_is_igo(self.lex, owner) and j < self.n and self.definite[j] \
                    and self.norm[j].endswith(("ي", "يه")) and self.best[j] is None \
                    and self.nisba_at(j) is None:
                j += 1  # "برنامج الأمم المتحدة الإنمائي"
            if j + 1 < self.n and self.word[j] and not self.definite[j] and self.best[j] is None \
                    and self.texts[j].endswith(("ة", "ي")) and self.norm[j + 1] in ADJECTIVE_GENITIVES \
                    and not self.breaks_after(j):
                j += 2  # "الآلية الأفريقية رفيعة المستوى": an adjective and the noun it governs
            acr = self.bracketed_acronym(j)
            if acr is None and row_is_igo(self.lex, owner) and j < self.n and self.texts[j].startswith("ل") \
                    and self.remit_end(j) is not None:
                # "بعثة الأمم المتحدة للتحقق في كولومبيا": an IGO organ named by its remit
                r = self.remit_end(j)
                self.add_remit(j, r)
                label = self.label(i, r)
                close = self.bracket_label(r)
                info = self.add(i, close, f"{owner}/{short_hash(label)}", "Organization",
                                outer=outer, part_of=owner, label=label)
                info.add_label(self.label(i, j))
                if close > r:
                    info.add_label(self.texts[r + 1])
                return info.id, close
            if acr is not None:
                # "بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوسوم)": the long name
                # is the organization the bracket names
                name_end, row, close = acr
                for x in range(j, name_end):
                    g2 = self.gaz_row(x)  # "في الصومال" inside the remit stays a mention
                    if g2 is not None and g2[0] <= name_end and g2[1].type in ("State", "Place"):
                        self.add(x, g2[0], g2[1].id, g2[1].type, outer=False)
                self.add(name_end + 1, close - 1, row.id, row.type, outer=False)
                self.add(i, close, row.id, row.type, outer=outer, label=self.label(i, name_end))
                return row.id, close
            label = self.label(i, j)
            oid = f"{owner}/{short_hash(label)}"
            info = self.add(i, j, oid, "Organization", outer=outer, part_of=owner)
            if gap and sid is not None and g is None:
                info.add_label(self.label(i, j - 1))  # "جامعة غنت البلجيكية"
            return oid, j
        if self.has_enclitic(end - 1):
            return None  # "جماعته": a pronoun-owned common noun, not a name
        if kind == "company" and not head.startswith("ال"):
            j = end  # "شركة النفط الوطنية الفنزويلية": a state company, named by its trade
            while j < self.n and j - end < 3 and self.definite[j] and self.best[j] is None \
                    and self.nisba_at(j) is None and self.norm[j] not in self.lex.stoppers \
                    and not self.breaks_after(j):
                j += 1
            sid = self.nisba_at(j) if j > end and j < self.n else None
            if sid is not None and sid in self.lex.gaz and self.lex.gaz[sid].type == "State":
                self.implicit_state(sid, j)
                label = self.label(i, j + 1)
                info = self.add(i, j + 1, f"{sid}/{short_hash(label)}", "Organization", outer=outer,
                                part_of=sid)
                return info.id, j + 1
        if kind in ("organ", "igo_organ") and not head.startswith("ال") and end + 2 < self.n \
                and self.norm[end] in ("تابع", "تابعه") and self.norm[end + 1] == "ل":
            g = self.gaz_row(end + 2)  # "فريق خبراء تابع للأمم المتحدة": an organ of its owner
            if g is not None and (g[1].type == "State" or row_is_igo(self.lex, g[1].id)):
                owner = self.state_of(g[1].id)
                self.add(end + 2, g[0], owner, "State" if g[1].type == "State" or g[1].kind == "capital"
                         else g[1].type, outer=False)
                label = self.label(i, g[0])
                info = self.add(i, g[0], f"{owner}/{short_hash(label)}", "Organization", outer=outer,
                                part_of=owner)
                return info.id, g[0]
        if end - i == 1 and self.texts[i].startswith("إ") and self.texts[i].endswith("ه"):
            return None  # "توصل إليه": the preposition and pronoun that fold like "آلية"
        quoted = None if head.startswith("ال") else self.quoted_name(end)
        if quoted is not None and outer:
            # "ميليشيات "وازاليندو""، وكالة "ريا نوفوستي"، قوة "كفور"
            qs, qe, close = quoted
            name = self.label(qs, qe)
            full = self.label(i, end) + " " + name
            known = self.rec.by_name.get(fold_phrase(full))  # 'قناة "الجزيرة"' = the listed channel
            info = self.add(i, close, known if known in self.lex.gaz and self.lex.gaz[known].type
                            == "Organization" else f"org/{short_hash(name)}", "Organization", label=full)
            info.add_label(name)
            return info.id, close
        if kind == "group" and not head.startswith("ال") and end < self.n and self.definite[end] \
                and head in MILITIA_HEADS and self.best[end] is None and self.nisba_at(end) is None \
                and self.norm[end] not in self.lex.stoppers and not self.texts[end].endswith(("ية", "ي")):
            # "ميليشيات الجنجويد": a militia named by one definite word
            label = self.label(i, end + 1)
            info = self.add(i, end + 1, f"org/{short_hash(self.label(end, end + 1))}", "Organization",
                            outer=outer, label=label)
            info.add_label(self.label(end, end + 1))
            return info.id, end + 1
        named = self.definite_org(i, end, head, kind, outer)
        if named is not None:
            return named
        named = self.genitive_org(i, end, head, kind, outer)
        if named is not None:
            return named
        if not outer or kind not in ("group", "agency", "institution", "company", "party", "army"):
            return None
        if head.startswith("ال"):
            return None
        # "جيش تحرير تانغ الوطني": an army's name keeps its trailing adjective
        ne = self.place_name_end(end, max_len=3 if kind == "army" else 2, trailing_adj=(kind == "army"))
        if ne < self.n and ne > end and self.texts[ne].isdigit():
            ne += 1
        elif ne == end and end + 1 < self.n and self.texts[end].isascii() and self.texts[end].isalnum():
            return None
        if ne == end:
            return None
        bare = self.label(end, ne)
        if self.norm[end] in self.lex.given_names:
            return None  # "قوات حفتر": forces of a person, not a named organization
        info = self.add(i, ne, f"org/{short_hash(bare)}", "Organization")
        info.add_label(bare)
        return info.id, ne

    def counted(self, i: int) -> bool:
        """A digit or a quantifier (``أي``، ``عدة``, glued to و/ب/ل or not) stands before token ``i``."""
        if i == 0:
            return False
        t = self.texts[i - 1]
        if t.isdigit():
            return True
        w = self.norm[i - 1]
        return w in self.lex.quantifiers or (len(w) > 2 and w[0] in "وبل" and w[1:] in self.lex.quantifiers)

    def bracketed_acronym(self, j: int):  # noqa: ANN201
        """A remit (``ل``/``في`` phrase of at most eight words) and then a bracketed
        gazetteer organization: (index of ``(``, row, index after ``)``), else None."""
        if j >= self.n or not (self.norm[j] in ("ل", "في") or (self.texts[j].startswith("ل")
                                                                 and self.word[j])):
            return None
        k = j
        while k < self.n and k - j <= 8 and (self.word[k] or self.texts[k] == "و") \
                and not self.breaks_after(k):
            k += 1
        if k >= self.n or self.texts[k] != "(" or k == j:
            return None
        g = self.gaz_row(k + 1)
        if g is None or g[1].type != "Organization" or g[0] >= self.n or self.texts[g[0]] != ")":
            return None
        return k, g[1], g[0] + 1

    def adjective_genitive(self, a: int) -> bool:
        """``المتعددة الجنسيات``، ``الواسعة النطاق``: a definite participle adjective at ``a``
        followed by the definite noun it governs (one unit of a name)."""
        g = a + 1
        if g >= self.n or not self.definite[a] or not self.definite[g] or self.best[g] is not None \
                or self.nisba_at(g) is not None or self.norm[g] in self.lex.stoppers \
                or self.norm[g] in self.lex.object_nouns:
            return False
        w = self.norm[a][2:]
        participle = len(w) >= 5 and w[0] == "م" or len(w) == 5 and w[2] == "ا"  # متعدده، واسعه
        return participle and w.endswith(("ه", "ي")) and self.norm[g].endswith(("ات", "اق", "اف"))

    def remit_end(self, j: int) -> int | None:
        """End of the remit that closes an organization's name at a split ``ل`` (``j``),
        or None: ``لتحرير السودان``، ``لمساعدة العراق``، ``للأمن الوطني``،
        ``للتحقق في كولومبيا``.

        Either a listed verbal noun (``remit_masdars``) and its genitive (a gazetteer
        name, or a definite noun and at most one adjective), or ``لل`` + a definite noun
        and its adjectives; then at most one ``في`` + state or place. A bare ``لل`` + noun
        with neither an adjective nor that ``في`` is no remit (``للمرة``، ``للرد على``).
        """
        lex = self.lex
        k = j + 1
        if j < self.n and self.norm[j] != "ل" and self.texts[j].startswith("ل") \
                and fold(self.texts[j])[1:] in lex.remit_masdars:
            k = j  # "لتحقيق": the proclitic left on the verbal noun
        elif k >= self.n or self.norm[j] != "ل" or self.breaks_after(j) or not self.word[k]:
            return None
        nm = self.norm[k] if k > j else fold(self.texts[k])[1:]
        if nm in lex.stoppers or nm in lex.object_nouns or (k > j and self.has_enclitic(k)) \
                or self.best[k] is not None or self.nisba_at(k) is not None:
            return None

        def plain(x: int) -> bool:  # a definite word that may continue the remit
            return x < self.n and self.definite[x] and self.best[x] is None \
                and self.norm[x] not in lex.stoppers and self.norm[x] not in lex.object_nouns \
                and not self.breaks_after(x - 1)

        adjs = 0
        if self.definite[k] and k > j:
            e = k + 1
            while adjs < 2 and plain(e) and (self.nisba_at(e) is None or adjs == 0):
                e += 1
                adjs += 1
        elif nm in lex.remit_masdars and not self.breaks_after(k):
            g = self.gaz_row(k + 1)
            if g is not None and g[1].type in ("State", "Place", "Organization"):
                e, adjs = g[0], 1
            elif plain(k + 1) and self.nisba_at(k + 1) is None:
                e, adjs = k + 2, 1
                if plain(e) and self.nisba_at(e) is None:
                    e += 1
            else:
                return None
        else:
            return None
        if e + 1 < self.n and self.norm[e] == "في" and not self.breaks_after(e):
            g = self.gaz_row(e + 1)
            if g is not None and g[1].type in ("State", "Place"):
                return g[0]
        return e if adjs else None

    def add_remit(self, j: int, e: int) -> None:
        """The gazetteer names inside a remit ``j:e`` stay mentions (``لتحرير السودان``)."""
        x = j
        while x < e:
            g = self.gaz_row(x)
            if g is not None and g[0] <= e and g[1].type in ("State", "Place", "Organization") \
                    and g[1].kind != "capital":
                self.add(x, g[0], g[1].id, g[1].type, outer=False)
                x = g[0]
            else:
                x += 1

    def bracket_label(self, e: int) -> int:
        """``... (يونامي)``: an unknown bracketed word right after a long name is its acronym;
        the index after ``)`` (``e`` when there is none)."""
        if e + 2 < self.n and self.texts[e] == "(" and self.texts[e + 2] == ")" \
                and self.word[e + 1] and self.best[e + 1] is None:
            return e + 3
        return e

    def genitive_org(self, i: int, end: int, head: str, kind: str,
                     outer: bool) -> tuple[str, int] | None:
        """``جبهة التحرير الوطني الصحراوية``، ``حركة العدل والمساواة``، ``مجلس الإنقاذ
        الوطني``: an indefinite head, a name-forming genitive (``name_genitives``), then
        adjectives, a coordinated genitive or a remit; at least one of those."""
        lex = self.lex
        if head.startswith("ال") or kind not in ("group", "organ", "party") or end >= self.n \
                or not self.definite[end] or self.best[end] is not None \
                or self.norm[end] not in lex.name_genitives or self.breaks_after(end - 1):
            return None
        e = end + 1
        more = 0
        while e < self.n and more < 3 and not self.breaks_after(e - 1):
            nm = self.norm[e]
            if nm == "و" and e + 1 < self.n and self.norm[e + 1] in lex.name_genitives \
                    and self.definite[e + 1]:
                e += 2  # "حركة العدل والمساواة"
            elif self.definite[e] and self.best[e] is None and nm not in lex.stoppers \
                    and nm not in lex.object_nouns:
                e += 1
                if self.nisba_at(e - 1) is not None:
                    more += 1
                    break  # "... الصحراوية": a nisba closes the name
            else:
                break
            more += 1
        r = self.remit_end(e) if e < self.n and self.texts[e].startswith("ل") else None
        if r is not None:
            self.add_remit(e, r)
            e, more = r, more + 1
        if not more:
            return None
        label = self.label(i, e)
        close = self.bracket_label(e)
        info = self.add(i, close, f"org/{short_hash(label)}", "Organization", outer=outer, label=label)
        if close > e:
            info.add_label(self.texts[e + 1])
        return info.id, close

    def place_state(self, i: int) -> str | None:
        """The State of the latest place named before token ``i`` (a capital of a dateline or
        of talks aside: not a capital), else of the latest capital."""
        best = None
        for m in self.mentions:
            if m.start >= i or m.type != "Place" or m.id not in self.ents:
                continue
            sid = self.top_state(m.id)
            if (sid in self.ents and self.ents[sid].type == "State") \
                    or (sid in self.lex.gaz and self.lex.gaz[sid].type == "State"):
                row = self.lex.gaz.get(m.id)
                capital = row is not None and row.kind in ("capital", "seat")
                if best is None or not capital or best[1]:
                    best = (sid, capital)
        if best is None:
            return None
        if best[0] not in self.ents:
            self.implicit_state(best[0])
        return best[0]

    def region_genitive(self, j: int) -> bool:
        """``قيادة المنطقة العسكرية الرابعة``: a definite region noun (``المنطقة``) and a definite
        adjective after an organ's head name the region the organ commands."""
        m = self.best[j]
        return m is not None and m[1] == "P" and m[0] == j + 1 and self.lex.place_nouns.get(m[2]) == "ref" \
            and j + 1 < self.n and self.definite[j + 1] and self.best[j + 1] is None \
            and self.nisba_at(j + 1) is None and self.norm[j + 1] not in self.lex.stoppers \
            and not self.breaks_after(j)

    def definite_org(self, i: int, end: int, head: str, kind: str,
                     outer: bool) -> tuple[str, int] | None:
        """A named body written as head + definite adjectives: ``اللجنة العسكرية المشتركة``,
        ``مركز التنسيق المشترك``, ``اللجنة الوطنية لشؤون الأسرى``."""
        if kind in ("company", "institution", "igo_organ"):
            return None
        if head.startswith("ال") and end < self.n and self.norm[end] in self.lex.backing:
            # "الحزب المدعوم من إيران": the head refers back to a party named earlier, if any
            ref = self.bare_head_ref(i, end, head, outer=outer)
            return (ref, end) if ref is not None else None
        if head.startswith("ال") and i > 1 and self.texts[i - 1] == "،" and any(
                m.end == i - 1 and m.type == "State" for m in self.mentions[-3:]):
            return None  # "فرنسا، القوة الاستعمارية السابقة": a description of the state
        j = end
        command = head in ("قياده", "القياده")  # "قيادة المنطقة العسكرية الرابعة"
        # "جيش التحالف الوطني الديمقراطي": an army head takes a genitive that is itself a head noun
        while j < self.n and j - end < 3 and self.definite[j] \
                and (self.best[j] is None or (kind == "army" and j == end and self.best[j][1] == "O"
                                              and self.best[j][0] == j + 1)
                     or (command and j == end and self.region_genitive(j))) \
                and self.nisba_at(j) is None \
                and (self.norm[j] not in self.lex.stoppers or (command and j == end
                                                              and self.region_genitive(j))) \
                and not TANWEEN.search(self.texts[j]) \
                and not ((j > end or head.startswith("ال"))  # "حزب العمال المسؤولية"
                         and self.norm[j] in self.lex.object_nouns):
            j += 1
            if self.breaks_after(j - 1):
                break
            if j < self.n and self.adjective_genitive(j - 1):
                j += 1  # "المتعددة الجنسيات": an adjective with its own genitive
                if self.breaks_after(j - 1):
                    break
        if j + 1 < self.n and self.norm[j] == "ل" and not self.breaks_after(j):
            m = self.best[j + 1]
            if m is not None and m[1] in ("G", "B") and self.definite[j + 1]:
                own = self.parse_owner(j)  # "هيئة الأركان العامة للقوات المسلحة الأوكرانية"
                if own is not None:
                    label = self.label(i, own[1])
                    info = self.add(i, own[1], f"org/{short_hash(label)}", "Organization",
                                    outer=outer, part_of=self.top_state(own[0]))
                    return info.id, own[1]
        need = 1 if head.startswith("ال") or kind in ("army", "party") else 2  # "حزب العمال"
        if kind not in ("organ", "party", "army") and not head.startswith("ال"):
            return None
        if j - end < need:
            return None
        if j + 1 < self.n and self.texts[j].startswith("ل") and len(self.norm[j]) > 3 \
                and self.best[j] is None and self.definite[j + 1] and self.best[j + 1] is None \
                and self.nisba_at(j + 1) is None and not self.breaks_after(j):
            j += 2  # "... لشؤون الأسرى"
        elif j < self.n and self.texts[j].startswith("ل") and self.remit_end(j) is not None:
            r = self.remit_end(j)  # "المجلس الوزاري للأمن الوطني"
            self.add_remit(j, r)
            j = r
        label = self.label(i, j)
        prefix = fold_phrase(label) + " "
        for m in reversed(self.mentions):  # "المجلس العسكري" after "المجلس العسكري في ميانمار"
            info = self.ents.get(m.id)
            if m.start < i and info is not None and info.type == "Organization" \
                    and any(fold_phrase(lab).startswith(prefix) for lab in info.labels):
                self.add(i, j, m.id, "Organization", outer=outer)
                return m.id, j
        known = self.rec.scoped_names.get(fold_phrase(label))
        where = self.rec.scope_of.get(fold_phrase(label))
        if where is not None and where not in self.named_anywhere():
            known = None  # "جيش التحرير الوطني" in a Macedonian story is not Colombia's ELN
        if known is not None and known in self.lex.gaz:
            # "بعثة الدعم الأمني المتعددة الجنسيات" = the row "... في هايتي"
            row = self.lex.gaz[known]
            self.add(i, j, known, row.type, outer=outer)
            return known, j
        part_of = None
        if j + 2 < self.n and self.norm[j] in ("التابع", "التابعه") and self.norm[j + 1] == "ل":
            g = self.gaz_row(j + 2)
            if g is not None and g[1].type in ("State", "Organization"):
                part_of = self.state_of(g[1].id)
                self.add(j + 2, g[0], part_of, "State" if g[1].type == "State" else g[1].type,
                         outer=False)
                j = g[0]
        if part_of is None and command and self.region_genitive(end):
            part_of = self.place_state(i)  # a military region's command: of the state it is in
        where = None
        if part_of is None and j + 1 < self.n and self.norm[j] == "في" and not self.breaks_after(j):
            g = self.gaz_row(j + 1)  # "المجلس العسكري في ميانمار": the state closes the name
            if g is not None and g[1].type == "State":
                where = g
        info = self.add(i, j, f"org/{short_hash(label)}", "Organization", outer=outer,
                        part_of=part_of)
        if info.labels[-1] != label:
            info.labels.remove(info.labels[-1])
            info.add_label(label)
        if where is not None:
            self.add(j + 1, where[0], where[1].id, "State", outer=False)
            info.add_label(self.label(i, where[0]))
            self.mentions[-2].end = where[0]  # the organization's mention spans the state
            for x in range(j, where[0]):
                self.covered[x] = True
            j = where[0]
        return info.id, j

    # ------------------------------------------------------------ gazetteer names
    def locative(self, i: int, end: int | None = None) -> bool:
        if i > 0 and self.norm[i - 1] in LOCATIVE:
            return True
        if i > 1 and self.norm[i - 2] == "العاصمه" and self.definite[i - 1] and self.best[i - 1] is None \
                and self.nisba_at(i - 1) is None:
            return True  # "غرب العاصمة الاقتصادية بوجمبورا": the city, named by its rank
        if i > 0 and self.lex.place_nouns.get(self.norm[i - 1]) == "event":
            return True  # "مؤتمر برلين", "مسار لواندا": the city hosts the event
        if i > 1 and self.norm[i - 1] == "علي" and self.lex.place_nouns.get(self.norm[i - 2]) == "attack":
            return True  # "الهجوم على طرابلس": the city is the target
        return self.dateline(i, end)

    def dateline(self, i: int, end: int | None = None) -> bool:
        """Tokens ``i:end`` open a line and are followed by ``(``, a dash or a slash: "الخرطوم (وكالات) -",
        "كوالالمبور/ الأناضول -"."""
        at_line_start = i == 0 or "\n" in self.texts[i - 1] or "\n" in self.ws[i - 1]
        end = i + 1 if end is None else end
        return at_line_start and end < self.n and self.texts[end] in ("(", "-", "–", "—", ":", "/")

    def handle_gaz(self, i: int, end: int, eid: str) -> int:
        row = self.lex.gaz[eid]
        if row.kind == "capital":
            if self.locative(i, end):
                self.add(i, end, eid, "Place", part_of=row.part_of or None)
            else:
                self.add(i, end, self.state_of(eid), "State")
            return end
        if row.type == "State":
            self.add(i, end, eid, "State")
            return end
        if row.type == "Organization":
            got = self.variant_org(i, end, row)
            if got is not None:
                return got[1]
            if eid in self.variant_rows and eid not in self.direct:
                # "جيش التحرير الشعبي" after "جيش التحرير الشعبي السوداني": the same group
                self.add(i, end, self.variant_rows[eid], "Organization")
                return end
        if eid in self.lex.broad_regions and not self.locative(i, end):
            return end  # "دول الشرق الأوسط"، "قادة أفريقيا": named in passing, not a scene
        if eid in self.lex.adjective_places and i > 0 and self.norm[i - 1].startswith("ال") \
                and not self.locative(i, end):
            return end  # "على الأمد القصير": the adjective of a definite noun, not the town
        gov = self.lex.regional_seats.get(eid)
        if gov is not None and not self.locative(i, end):
            # "وأربيل تتحدث عن خيانة": a regional government's seat acting is that government
            grow = self.lex.gaz[gov]
            self.add(i, end, gov, grow.type, part_of=grow.part_of or None)
            return end
        if row.type == "Place":
            # "قرب عدن يابال" after "بلدة عدن يابال": the longer place found earlier wins
            for stop in (end + 2, end + 1):
                if stop <= self.n and not any(self.breaks_after(x) for x in range(end - 1, stop - 1)):
                    want = fold_phrase(self.label(i, stop))
                    for pid, pinfo in self.ents.items():
                        if pid != eid and pinfo.type == "Place" \
                                and any(fold_phrase(lab) == want for lab in pinfo.labels):
                            self.add(i, stop, pid, "Place")
                            return stop
        info = self.add(i, end, eid, row.type)
        self.parent_inside(i, end, row)
        if row.subtype == "Border":
            sides = {self.lex.nisba[w] for w in fold_phrase(row.canonical_ar).split()
                     if w in self.lex.nisba}
            self.borders.setdefault(eid, set()).update(sides)
        if row.type == "Place" and end - i > 1 and self.norm[i] in self.lex.place_nouns \
                and self.lex.place_nouns[self.norm[i]] == "same":
            info.add_label(self.label(i + 1, end))  # "مدينة نيالا" -> "نيالا"
        if row.type == "Organization" and end - i > 1 and self.norm[end - 1] in self.lex.nisba:
            info.add_label(self.label(i, end - 1))  # "مجموعة فاغنر الروسية"
        if row.type == "Organization" and end - i > 1 and self.norm[i] in self.lex.org_heads:
            # "منظمة هيومن رايتس ووتش": the name without its head noun is the row's name too
            rest = self.label(i + 1, end)
            if fold_phrase(rest) in {fold_phrase(n) for n in row.names}:
                info.add_label(rest)
        return end

    def parent_inside(self, i: int, end: int, row) -> None:  # noqa: ANN001
        """``مفوضية الاتحاد الأفريقي``: a name that spells out its parent organization
        names that parent too (a nested mention of the parent)."""
        parent = self.lex.gaz.get(row.part_of) if row.part_of else None
        if parent is None or parent.type != "Organization" or end - i < 2:
            return
        for name in parent.names:
            words = fold_phrase(name).split()
            size = len(words)
            for s0 in range(i, end - size + 1):
                if list(self.norm[s0:s0 + size]) == words:
                    self.add(s0, s0 + size, parent.id, parent.type, outer=False)
                    return

    # ------------------------------------------------------------ passes
    def scan(self) -> None:
        i = 0
        lex = self.lex
        while i < self.n:
            m = self.best[i]
            if m is None and self.norm[i] == "رياسه" and self.led_by(i, i + 1):
                i = self.led_by(i, i + 1)  # "وفد حماس برئاسة X": the head of the delegation's side
                continue
            if m is None:
                nm = self.norm[i]
                homograph = nm in lex.stoppers and i + 1 < self.n and self.definite[i + 1]
                # "وحسن الجوار"، "لحسن النية": a given name that heads an idafa, no person
                idafa = nm in lex.noun_given_names and i + 1 < self.n and self.definite[i + 1] \
                    and self.best[i + 1] is None and not self.breaks_after(i) \
                    and not self.texts[i + 1].endswith("ي") \
                    and i > 0 and self.texts[i - 1] in ("و", "ل", "ب") and not self.ws[i - 1]
                if (nm in lex.given_names and self.spelled_as_name(i) and not homograph and not idafa) \
                        or nm in ("عبد", "ابو"):
                    ne = self.parse_name(i)
                    if self.byline(i):
                        ne = i  # "بقلم: سامر خليل": the author of the page
                    if ne - i >= 2 and not (ne - i == 2 and self.norm[i] in lex.particles):
                        info = self.add_person(i, i, ne)
                        i = self.appositive_title(ne, info)
                        continue
                if i + 2 < self.n and (self.norm[i + 1] == "ب" or (
                        self.best[i + 1] is not None and self.best[i + 1][1] == "D")) \
                        and self.town_in_state(i):
                    i += 1
                    continue
                sid = self.nisba_at(i) if self.maybe_nisba[i] else None
                if sid is not None:
                    self.implicit_state(sid, i)
                i += 1
                continue
            end, kind, value = m
            if kind == "G":
                i = self.handle_gaz(i, end, value)
            elif kind == "T":
                i = max(i + 1, self.parse_title(i, end, lex.titles[int(value)]))
            elif kind == "B" and self.led_by(i, end):
                i = max(i + 1, self.led_by(i, end))  # "وفد حماس برئاسة X"
            elif kind == "B":
                got = self.parse_body(i, end, value)
                i = got[1] if got else end
            elif kind == "P":
                i = max(i + 1, self.parse_place_noun(i, end, value))
            elif kind == "D":
                i = max(i + 1, self.parse_direction(i, end))
            elif kind == "O" and self.led_by(i, end):
                i = max(i + 1, self.led_by(i, end))
                continue
            elif kind == "O":
                got = self.parse_org_head(i, end, value)
                if got is None and self.bare_head_ref(i, end, value, outer=True) is not None:
                    got = ("", end)
                i = got[1] if got else i + 1
            else:
                i += 1

    def town_in_state(self, i: int) -> bool:
        """``في سمرقند بأوزبكستان``، ``في كوتكاي شمالي ميانمار``: an unknown word after
        ``في`` and before ``ب`` + a state, or a direction + a state, is a town of that state
        (the shape news gives a location). Adds the Place.

        Common nouns are kept out by shape: verbal nouns, words ending like an Arabic
        noun or plural (ة، ا، ات), the broken plurals مفاعل (معارك، مناطق، مواقع) and
        the verbal nouns فعال (قتال، حصار)."""
        nm = self.norm[i]
        glued = self.norm[i + 1] == "ب"
        if not i or self.norm[i - 1] not in ("في", "الي", "قرب") or (glued and self.ws[i + 1]) \
                or self.definite[i] or not self.name_word(i) or len(nm) < 3 or self.covered[i] \
                or self.masdar(i) or nm in self.lex.object_nouns \
                or self.texts[i].endswith(("ة", "ا", "ات")) or nm in self.lex.given_names \
                or (len(nm) == 5 and nm[0] == "م" and nm[2] == "ا") or (len(nm) == 4 and nm[2] == "ا"):
            return False
        g = self.gaz_row(i + 2 if glued else self.best[i + 1][0])
        if g is None or g[1].type != "State" or (not glued and self.breaks_after(i)):
            return False
        label = self.label(i, i + 1)
        self.add(i, i + 1, place_id(label), "Place", part_of=g[1].id)
        return True

    def appositive_title(self, j: int, info: EntityInfo) -> int:
        """``NAME، المتحدث باسم X``: a title right after a name gives its role."""
        k = j
        if k < self.n and self.norm[k] in COMMA:
            k += 1
        m = self.best[k] if k < self.n else None
        if m is None or m[1] != "T":
            return j
        title = self.lex.titles[int(m[2])]
        if title.kind in ("honorific", "rank"):
            return j
        if k == j and title.ar.startswith("ال"):
            return j  # "التقى محمد بن زايد الرئيس الفرنسي": without a comma, a definite title is an object
        own = self.parse_owner(m[0])
        if own is None:
            return j
        owner, oend = own
        s0, _ = self.skip_honorifics(oend)
        if s0 < self.n and self.parse_name(s0, titled=True) > s0 \
                and (self.norm[s0] in self.lex.given_names or k == j):
            return j  # "التقى X رئيس الوزراء البريطاني Y": the title has its own holder
        info.add_role(title.en, owner)
        return oend

    def second_pass(self) -> None:
        """Later mentions of known persons (full name or surname) and of places first
        introduced by a place noun (``قرية بانيسكا`` ... ``في بانيسكا``), proclitics allowed."""
        full: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for eid, info in self.ents.items():
            if info.type == "Place" and eid.startswith("place/") and len(info.labels) > 1:
                words = tuple(fold_phrase(info.labels[-1]).split())
                if words and len(words[0]) >= 3 and words[0] not in self.lex.stoppers:
                    full.setdefault(words[0], []).append((words, eid))
        if not self.names and not full:
            return
        surname: dict[str, str] = {}
        ambiguous: set[str] = set()
        for pid, words in self.names.items():
            full.setdefault(words[0], []).append((words, pid))
            if len(words) >= 3 and words[-2] in ("عبد", "ابو"):
                # the surname is the last unit: "رامي عبد الرحمن" -> "عبد الرحمن"
                full.setdefault(words[-2], []).append((words[-2:], pid))
                continue
            last = words[-1]
            if len(words) >= 2 and len(last) >= 3 and last not in self.lex.stoppers \
                    and not any(w in ("بن", "ال") for w in words) \
                    and last not in self.lex.given_names:
                if last in surname and surname[last] != pid:
                    ambiguous.add(last)
                surname[last] = pid
        for a in ambiguous:
            surname.pop(a, None)
        for seqs in full.values():
            seqs.sort(key=lambda s: -len(s[0]))
        keys = set(full) | set(surname)
        i = 0
        while i < self.n:
            if self.covered[i] or not self.is_word(i):
                i += 1
                continue
            nm = self.norm[i]
            if nm not in keys and (len(nm) <= 4 or nm[0] not in "وفبلك"):
                i += 1  # no reading of this word (see ``variants``) starts a known name
                continue
            hit = None
            for cut, stem in self.variants(i):
                for words, pid in full.get(stem, ()):
                    e = i + len(words)
                    if e <= self.n and all(self.norm[i + x] == words[x] for x in range(1, len(words))) \
                            and not any(self.covered[i:e]):
                        hit = (cut, e, pid)
                        break
                if hit is None and stem in surname:
                    hit = (cut, i + 1, surname[stem])
                if hit is not None:
                    break
            if hit is None:
                i += 1
                continue
            cut, e, pid = hit
            label = self.label(i, e)[cut:]
            self.add(i, e, pid, self.ents[pid].type, label=label)
            i = e

    def coordinated_places(self) -> None:
        """``في إدلب وسرمين``: an unknown word joined by و to a place is a place too."""
        for m in sorted((m for m in self.mentions if m.type == "Place" and m.outer),
                        key=lambda m: m.start):
            e = m.end
            while e < self.n:
                if self.texts[e] == "و" and e + 1 < self.n and not self.ws[e]:
                    s0, cut = e + 1, 0
                    start = e
                elif self.texts[e].startswith("و") and len(self.norm[e]) > 3:
                    s0, cut = e, 1
                    start = e
                else:
                    break
                if self.covered[s0] or not self.name_word(s0) or self.definite[s0] \
                        or self.norm[s0][cut:] in self.lex.stoppers \
                        or not (s0 + 1 >= self.n or not self.word[s0 + 1]
                                or self.texts[s0 + 1].startswith("و")):
                    break
                label = self.texts[s0][cut:]
                self.add(start, s0 + 1, place_id(label), "Place", label=label)
                e = s0 + 1

    def variants(self, i: int) -> list[tuple[int, str]]:
        """(characters cut, folded stem) readings of token ``i`` without proclitics."""
        nm = self.norm[i]
        out = [(0, nm)]
        text = self.texts[i]
        if len(nm) > 4 and nm[0] in "وفبلك":
            for pre in PROCLITIC_PREFIXES:
                if nm.startswith(pre) and fold(text[:len(pre)]) == pre:
                    out.append((len(pre), nm[len(pre):]))
        return out

    def resolve(self) -> None:
        """Bare offices and bodies join the entity they refer to; office-holders merge."""
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        # "نائب المتحدث باسمه": re-read the pronoun now that every mention is known
        for pid, title_en, at, minister, old in self.pending_pronoun:
            new = self.antecedent(at)
            if new is not None and minister:
                new = self.top_state(new)
            info = self.ents.get(pid)
            if info is None or new is None or new == old:
                continue
            if (title_en, old) in info.roles:
                info.roles.remove((title_en, old))
            info.add_role(title_en, new)
        # "وقال بيترو ...، فيما اتهم وزير الدفاع X": an unowned minister serves the state of
        # the official named earlier in the same sentence (surnames are known by now)
        for pid, title_en, at in self.pending_unowned:
            info = self.ents.get(pid)
            sid = self.sentence_official_state(at) if info is not None else None
            if sid is not None and (title_en, None) in info.roles:
                info.add_role(title_en, sid)
        # office-only persons merge into the named holder of the same office
        holders: dict[tuple[str, str | None], str] = {}
        for pid, info in self.ents.items():
            if info.type == "Person" and pid not in self.office_persons:
                for role in info.roles:
                    holders.setdefault(role, pid)
        remap: dict[str, str] = {}
        for pid, role in self.office_persons.items():
            target = holders.get(role)
            if target is not None:
                remap[pid] = target
        for old, new in remap.items():
            for lab in self.ents[old].labels:
                self.ents[new].add_label(lab)
            del self.ents[old]
        for m in self.mentions:
            m.id = remap.get(m.id, m.id)
        # bare titles: the nearest preceding (else following) person with that title
        persons = [(m.start, m.id) for m in self.mentions if m.type == "Person"]
        for s, e, title in self.bare_titles:
            cands = [(abs(s - ps) + (0 if ps < s else 10_000), pid) for ps, pid in persons
                     if pid in self.ents and any(t == title.en for t, _ in self.ents[pid].roles)]
            if cands:
                pid = min(cands)[1]
                self.add(s, e, pid, "Person")
        # bare bodies: the nearest body with the same key
        bodies = [(m.start, m.id) for m in self.mentions if m.type in ("Organization", "State")]
        for s, e, key in self.bare_bodies:
            if any(self.covered[s:e]):
                continue
            body = self.lex.bodies[key]
            if body.subtype == "STATE":
                cands = [(abs(s - bs) + (0 if bs < s else 10_000), bid) for bs, bid in bodies
                         if bid in self.ents and self.ents[bid].type == "State"
                         and any(fold_phrase(lab).startswith(body.heads[0]) for lab in self.ents[bid].labels)]
            else:
                cands = [(abs(s - bs) + (0 if bs < s else 10_000), bid) for bs, bid in bodies
                         if bid.endswith("/" + key)]
            if cands:
                bid = min(cands)[1]
                self.add(s, e, bid, self.ents[bid].type)
            elif body.subtype != "STATE" and body.context \
                    and not any(self.nisba_at(x) is not None for x in range(e, min(self.n, e + 4))):
                # "وأمر الجيش بالرد": no army named yet, so the army of the state in context
                # (not when a nisba follows: an owner the parse missed)
                sid = self.context_state(s)
                if sid is not None:
                    self.add(s, e, f"{sid}/{key}", "Organization", part_of=sid,
                             subtype=body.subtype or None, name_en=body.name_en or None)
        # "الحدود مع أذربيجان" in a text that also names "الحدود الأرمينية الأذربيجانية":
        # a one-sided border joins the unique full border that includes its state
        full = {b: st for b, st in self.borders.items() if len(st) >= 2}
        bmap: dict[str, str] = {}
        for b, st in self.borders.items():
            if len(st) == 1:
                hits = [f for f, fst in full.items() if st <= fst]
                if len(hits) == 1:
                    bmap[b] = hits[0]
        for old_id, new_id in bmap.items():
            for lab in self.ents[old_id].labels:
                self.ents[new_id].add_label(lab)
            del self.ents[old_id]
            del self.borders[old_id]
        for m in self.mentions:
            m.id = bmap.get(m.id, m.id)
        borders = set(self.borders)
        if len(borders) == 1:
            bid = next(iter(borders))
            for s, e in self.bare_borders:
                self.add(s, e, bid, "Place")
        self.capitals_as_states()

    def capitals_as_states(self) -> None:
        """A capital that acts somewhere in the article ("واتهمت موسكو") stands for its state
        in every mention, locative ones included ("وصل إلى موسكو"): one actor, not a city too."""
        cmap: dict[str, str] = {}
        for cid, info in self.ents.items():
            row = self.lex.gaz.get(cid)
            seat = self.lex.regional_seats.get(cid)
            if info.type != "Place" or row is None or (row.kind != "capital" and seat is None):
                continue
            sid = seat or self.state_of(cid)  # (a regional seat: its government)
            acting = {m.label for m in self.mentions if m.id == sid and m.start > 0
                      and self.norm[m.start - 1] not in NOT_ACTING}
            if sid != cid and sid in self.ents \
                    and any(fold_phrase(lab) == fold_phrase(a) for lab in info.labels for a in acting):
                cmap[cid] = sid
        for old, new in cmap.items():
            for lab in self.ents[old].labels:
                self.ents[new].add_label(lab)
            del self.ents[old]
        for m in self.mentions:
            if m.id in cmap:
                m.id, m.type = cmap[m.id], self.ents[cmap[m.id]].type

    def drop_direction_insides(self) -> None:
        """``شرق الفرات``: a river named only inside a direction phrase is no place of its own:
        the phrase names the land beyond it (a state, city or sea stays: the region is part of it)."""
        regions = [(m.start, m.end) for m in self.mentions if m.type == "Place" and m.outer
                   and self.best[m.start] is not None and self.best[m.start][1] == "D"]
        if not regions:
            return
        by_id: dict[str, list[Mention]] = {}
        for m in self.mentions:
            by_id.setdefault(m.id, []).append(m)
        gone = set()
        for eid, ms in by_id.items():
            info = self.ents.get(eid)
            row = self.lex.gaz.get(eid)
            if info is None or info.type != "Place" or row is None or row.subtype != "River":
                continue
            if all(not m.outer and any(s <= m.start and m.end <= e and s < m.start for s, e in regions)
                   for m in ms):
                gone.add(eid)
        if not gone:
            return
        needed = {x for eid, info in self.ents.items() if eid not in gone
                  for x in [info.part_of] + [of for _, of in info.roles] if x}
        gone -= needed
        self.mentions = [m for m in self.mentions if m.id not in gone]
        for eid in gone:
            self.ents.pop(eid, None)
            self.direct.discard(eid)

    def line_start(self, i: int) -> bool:
        """Token ``i`` opens a line."""
        return i == 0 or "\n" in self.texts[i - 1] or "\n" in self.ws[i - 1]

    def dateline_credit(self, m: Mention) -> bool:
        """A news agency credited in a dateline (``بغداد (رويترز) -``، ``جنيف - رويترز``،
        ``سكاي نيوز عربية - أبوظبي``) is the story's source, not one of its actors: at most
        three words (the place) stand before it on its line, right before it a bracket, dash,
        slash or colon, and after it a closing bracket, dash, slash, bar or the line end.
        A credit at the end of a caption (``... غرب ميانمار - رويترز``) has more words before it."""
        row = self.lex.gaz.get(m.id)
        if row is None or row.subtype != "Media":
            return False
        k, words = m.start, 0
        while not self.line_start(k):
            k -= 1
            if self.word[k]:
                words += 1
                if words > 3:
                    return False
        if k < m.start and self.texts[m.start - 1] not in DATELINE_PUNCT:
            return False
        e = m.end
        return e >= self.n or self.line_start(e) or "\n" in self.texts[e] \
            or self.texts[e] in DATELINE_PUNCT + (")", "|")

    def drop_clutter(self) -> None:
        """Mentions on page-furniture lines go, and agencies credited in a dateline; so do
        entities seen only there."""
        self.drop_direction_insides()
        text = "".join([t + w for t, w in zip(self.texts, self.ws)])  # doc.text, no Tokens
        ranges = clutter_lines(text, self.lex.clutter)
        credits = {id(m) for m in self.mentions if self.dateline_credit(m)}
        if not ranges and not credits:
            return
        offsets, pos = [], 0
        for t, w in zip(self.texts, self.ws):
            offsets.append(pos)
            pos += len(t) + len(w)

        def in_clutter(i: int) -> bool:
            c = offsets[i]
            return any(s <= c < e for s, e in ranges)

        kept, dropped = [], set()
        for m in self.mentions:
            if id(m) in credits or in_clutter(m.start):
                dropped.add(m.id)
            else:
                kept.append(m)
        self.mentions = kept
        alive = {m.id for m in kept}
        needed = set(alive)
        for eid in alive:
            info = self.ents.get(eid)
            if info is not None:
                needed.update(x for x in (info.part_of,) if x)
                needed.update(of for _, of in info.roles if of)
        for eid in dropped - needed:
            self.ents.pop(eid, None)
            self.direct.discard(eid)
        self.nisba_spans = [(i, sid) for i, sid in self.nisba_spans if not in_clutter(i)]

    def write(self) -> None:
        doc = self.doc
        # one Span per mention (doc.ents and doc.spans share them); plain tuples alongside
        made: dict[int, tuple[Span, tuple[int, int, str, str]]] = {
            id(m): (Span(doc, m.start, m.end, label=m.type, kb_id=m.id),
                    (m.start, m.end, m.id, m.type))
            for m in self.mentions if m.id in self.ents}
        ordered = [made[id(m)] for m in sorted(self.mentions, key=lambda m: (m.start, -m.end))
                   if m.id in self.ents]
        spans = [sp for sp, _ in ordered]
        plain = [t for _, t in ordered]
        # spaCy's ``filter_spans`` (same order, same choice), read from the plain tuples
        outer = sorted((made[id(m)] for m in self.mentions if m.outer and m.id in self.ents),
                       key=lambda x: (x[1][1] - x[1][0], -x[1][0]), reverse=True)
        kept_pairs = []
        seen_tokens: set[int] = set()
        for pair in outer:
            s, e = pair[1][0], pair[1][1]
            if s not in seen_tokens and e - 1 not in seen_tokens:
                kept_pairs.append(pair)
                seen_tokens.update(range(s, e))
        kept_pairs.sort(key=lambda x: x[1][0])
        kept = [sp for sp, _ in kept_pairs]
        doc.set_ents(kept)  # what ``doc.ents = kept`` does, without copying each span first
        doc.spans[MENTIONS_KEY] = spans
        doc.user_data[PLAIN_SPANS_KEY] = ([t for _, t in kept_pairs], plain)
        # token -> ids of the mentions covering it, outermost first (see ``entities_at``)
        cover: list[tuple[str, ...]] = [()] * self.n
        for start, end, kb_id, _label in sorted(plain, key=lambda sp: sp[0] - sp[1]):
            for k in range(start, end):
                if kb_id not in cover[k]:
                    cover[k] = cover[k] + (kb_id,)
        doc.user_data[COVER_KEY] = cover
        seen_nisba: set[int] = set()
        nisba = []
        for i, sid in self.nisba_spans:
            if i not in seen_nisba and sid in self.ents:
                seen_nisba.add(i)
                nisba.append(Span(doc, i, i + 1, label=self.ents[sid].type, kb_id=sid))
        doc.spans[NISBA_KEY] = sorted(nisba, key=lambda sp: sp.start)
        for eid, info in self.ents.items():
            if eid in self.direct:
                info.implicit = False
        doc._.entities = self.ents


def row_is_igo(lex: Lexicon, eid: str) -> bool:
    """Whether ``eid`` is a gazetteer IGO row."""
    row = lex.gaz.get(eid)
    return row is not None and row.subtype == "IGO"


def entities_at(doc: Doc, i: int) -> list[str]:
    """Ids of every mention covering token ``i``, outermost first."""
    cover = doc.user_data.get(COVER_KEY)
    if cover is not None and len(cover) == len(doc):
        return list(cover[i])
    hits = [(s.start - s.end, s.kb_id_) for s in doc.spans.get(MENTIONS_KEY, ())
            if s.start <= i < s.end]
    return [eid for _, eid in sorted(hits)]


def top_actor(doc: Doc, entity_id: str) -> str:
    """The State or IGO an entity rolls up to (``part_of``, then its first role)."""
    ents = doc._.entities or {}
    seen: set[str] = set()
    cur = entity_id
    while cur in ents and cur not in seen:
        seen.add(cur)
        info = ents[cur]
        if info.type == "State":
            return cur
        nxt = info.part_of or next((o for _, o in info.roles if o), None)
        if not nxt:
            return cur
        cur = nxt
    return cur
