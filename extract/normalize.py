"""Arabic orthographic normalization and a clitic-aware tokenizer.

``fold`` is the one normalization used everywhere a string is compared: it
removes diacritics and tatweel, unifies alef forms, and folds alef maqsura,
taa marbuta and hamza seats, mirroring how analysts (and the scorer) compare
names. Text is never rewritten: tokens keep their exact character offsets.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate

from spacy.tokens import Doc
from spacy.vocab import Vocab

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None,
    "\u06cc": "ي", "\u06a9": "ك",  # Persian yeh / keheh
    "\u0660": "0", "\u0661": "1", "\u0662": "2", "\u0663": "3", "\u0664": "4",
    "\u0665": "5", "\u0666": "6", "\u0667": "7", "\u0668": "8", "\u0669": "9",
    "\u06f0": "0", "\u06f1": "1", "\u06f2": "2", "\u06f3": "3", "\u06f4": "4",
    "\u06f5": "5", "\u06f6": "6", "\u06f7": "7", "\u06f8": "8", "\u06f9": "9",
})

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc"
ARABIC_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
TOKEN_RE = re.compile(
    rf"(?P<ar>[{ARABIC_LETTER}][{ARABIC_LETTER}{ARABIC_MARK}]*)"
    r"|(?P<num>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)"
    r"|(?P<lat>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?)"
    r"|(?P<ws>\s+)"
    r"|(?P<other>.)",
    re.S,
)
#: ``TOKEN_RE`` read in one pass with the single space after a token (its ``whitespace_``):
#: groups ar, other token, that space, a whitespace run left over.
_TOKEN_SPACE_RE = re.compile(
    rf"(?:([{ARABIC_LETTER}][{ARABIC_LETTER}{ARABIC_MARK}]*)"
    r"|([0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?|\S))( ?)"
    r"|(\s+)",
    re.S,
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold Arabic orthography for matching.

    >>> fold("أذربيجانيّة") == fold("اذربيجانيه")
    True
    """
    text = unicodedata.normalize("NFC", text)
    return DIACRITICS.sub("", text).translate(_FOLD)


@lru_cache(maxsize=1 << 16)
def fold_phrase(text: str) -> str:
    """``fold`` plus whitespace collapsed and punctuation dropped."""
    s = fold(text).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


# Enclitic pronouns, longest first (folded: taa marbuta already reads "ه").
ENCLITICS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


def strip_enclitic(folded: str, known: Callable[[str], bool]) -> str | None:
    """The stem of a folded word carrying an enclitic pronoun, if the stem is known.

    A feminine stem shows its taa marbuta as ``ت`` before a suffix
    (``حكومتها`` -> ``حكومه``).

    >>> strip_enclitic("وزيرها", lambda w: w == "وزير")
    'وزير'
    >>> strip_enclitic("حكومتها", lambda w: w == "حكومه")
    'حكومه'
    >>> strip_enclitic("وزير", lambda w: True) is None
    True
    """
    for suf in ENCLITICS:
        if folded.endswith(suf) and len(folded) - len(suf) >= 3:
            stem = folded[: -len(suf)]
            if known(stem):
                return stem
            if stem.endswith("ت") and known(stem[:-1] + "ه"):
                return stem[:-1] + "ه"
    return None


def nisba_forms(base: str, plurals: Iterable[str] = ()) -> set[str]:
    """All folded inflections of a nisba adjective, with and without the article.

    ``base`` is the masculine singular without article (``أرميني``); the
    forms are feminine, sound plurals, duals, the accusative tanween form and
    the irregular ``plurals`` given (``أرمن``).

    >>> sorted(f for f in nisba_forms("أرميني", ["أرمن"]) if not f.startswith("ال"))[:4]
    ['ارمن', 'ارميني', 'ارمينيا', 'ارمينيات']
    >>> "الاذربيجانيون" in nisba_forms("أذربيجاني")
    True
    >>> "الالمانيه" in nisba_forms("ألماني")
    True
    """
    s = fold_phrase(base)
    if base.startswith("ال"):  # a written article (not the hamza of ألماني)
        s = s[2:]
    forms = {s}
    if s.endswith("ي"):
        forms |= {s + "ه", s + "ون", s + "ين", s + "ات", s + "ان", s + "تان", s + "تين", s + "ا"}
    forms |= {fold_phrase(p) for p in plurals if not p.startswith("ال")}
    return forms | {"ال" + f for f in forms}



COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب"})


def nisba_pairs(base: str) -> set[tuple[str, str]]:
    """Folded token pairs of a two-word nisba (``كوري شمالي``, ``جنوب أفريقي``).

    When the first word is a compass noun only the last word inflects and the
    article goes on the first (``الجنوب أفريقية``); otherwise both words agree
    (``الكورية الشمالية``). A one-word base gives no pair.

    >>> ("الكوريه", "الشماليه") in nisba_pairs("كوري شمالي")
    True
    >>> ("الجنوب", "افريقيه") in nisba_pairs("جنوب أفريقي")
    True
    >>> nisba_pairs("أرميني")
    set()
    """
    words = fold_phrase(base).split()
    if len(words) != 2:
        return set()
    first, last = words
    lasts = {f for f in nisba_forms(last) if not f.startswith("ال")}
    if first in COMPASS:
        return {(a, b) for a in (first, "ال" + first) for b in lasts}
    suffixes = [f[len(last):] for f in lasts if f.startswith(last)]
    out = set()
    for suf in suffixes:
        a, b = first + suf, last + suf
        out |= {(a, b), ("ال" + a, "ال" + b)}
    return out

# Proclitic sequences, longest first. "ل" before "ال" surfaces as "لل".
CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")


def _bare(word: str) -> tuple[str, list[int]]:
    """Word without diacritics, with the index of each kept char in ``word``."""
    chars, index = [], []
    for i, ch in enumerate(word):
        if not DIACRITICS.match(ch):
            chars.append(ch)
            index.append(i)
    return "".join(chars), index


def split_proclitics(word: str, known: Callable[[str], bool]) -> list[str]:
    """Split conjunction/preposition proclitics off ``word``.

    A proclitic is split only when what remains is a known word (``known``
    gets the folded remainder) or a definite noun (``ال`` + at least three
    letters). ``ل`` + ``ال`` is written ``لل``: the remainder then starts
    with the ``ل`` of the article and ``known`` is asked about ``ال`` + rest.

    >>> split_proclitics("وأذربيجان", lambda w: w == "اذربيجان")
    ['و', 'أذربيجان']
    >>> split_proclitics("للأمم", lambda w: w == "الامم")
    ['ل', 'لأمم']
    >>> split_proclitics("وزير", lambda w: False)
    ['وزير']
    """
    bare, index = _bare(word)
    f = fold(bare)

    def ok(rest: str) -> bool:
        if len(rest) < 2:
            return False
        if rest.startswith("ال") and len(rest) >= 5:
            return True
        return known(rest)

    # Try conj? + prep? prefixes; choose the shortest split that works.
    options: list[tuple[int, bool]] = []  # (prefix length, lam-lam case)
    for c in ("",) + CONJ:
        for p in ("",) + PREP:
            pre = c + p
            if not pre or not f.startswith(pre):
                continue
            rest = f[len(pre):]
            if p == "ك" and len(rest) < 3:
                continue  # "كلا"، "كما": one word, not ك + "لا"/"ما" (a false negation)
            if p == "ل" and rest.startswith("ل") and ok("ا" + rest):
                options.append((len(pre), True))
            elif ok(rest) and not (p == "ل" and rest.startswith("ل")):
                options.append((len(pre), False))
    if not options or known(f):
        return [word]
    n, _ = min(options)
    cut = index[n] if n < len(index) else len(word)
    head, tail = word[:cut], word[cut:]
    parts = list(head) if len(DIACRITICS.sub("", head)) == len(head) else [head]
    # keep diacritics attached: split head letter by letter only when it has none
    return [p for p in parts if p] + [tail]


def split_glued(word: str, known: Callable[[str], bool], min_part: int = 3) -> list[str]:
    """Cut a run-together word (a lost space) into two words the lexicon knows.

    Only words of at least ``2 * min_part`` letters that are not known
    themselves are tried; both halves must be known (the left one may carry
    proclitics, see ``split_proclitics``).

    >>> known = {"وزاره", "الدفاع", "قال"}.__contains__
    >>> split_glued("وزارةالدفاع", known)
    ['وزارة', 'الدفاع']
    >>> split_glued("كوستيانتينيفكا", known)
    ['كوستيانتينيفكا']
    """
    if DIACRITICS.search(word):
        return [word]
    f = fold(word)
    if len(f) < 2 * min_part or known(f) or len(f) != len(word):
        return [word]
    for cut in range(min_part, len(f) - min_part + 1):
        left, right = f[:cut], f[cut:]
        if right in ENCLITICS or not known(right):
            continue
        if (known(left) and not (len(left) <= 3 and left[0] in "وفبلك")) or any(
                left.startswith(p) and known(left[len(p):])
                for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")):
            # (a short known word that starts like a proclitic is no left half: "واستقبل"
            # is no "واس" + "تقبل")
            return [word[:cut], word[cut:]]
    return [word]


WORDS_KEY = "ckg_words"
SPACES_KEY = "ckg_spaces"
NORMS_KEY = "ckg_norms"
SENTS_KEY = "ckg_sent_starts"


def token_lists(doc: Doc) -> tuple[list[str], list[bool], list[str], list[bool]] | None:
    """The token texts, trailing-space flags, ``NORM`` strings and sentence starts the
    tokenizer, normalizer and sentencizer left in ``doc.user_data``, or None when any is
    missing or does not fit the doc (then read the Tokens). Plain lists spare the later
    components spaCy's Token objects, which are built anew on every access."""
    ud = doc.user_data
    n = len(doc)
    lists = (ud.get(WORDS_KEY), ud.get(SPACES_KEY), ud.get(NORMS_KEY), ud.get(SENTS_KEY))
    if all(x is not None and len(x) == n for x in lists):
        return lists  # type: ignore[return-value]
    return None


OFFSETS_KEY = "ckg_offsets"


def doc_offsets(doc: Doc, words: list[str], spaces: list[bool]) -> tuple[str, list[int]]:
    """``char_offsets`` of the doc's token lists, computed once per doc (remembered with the
    word list it was computed from)."""
    got = doc.user_data.get(OFFSETS_KEY)
    if got is not None and got[0] is words and len(got[2]) == len(words):
        return got[1], got[2]
    text, idx = char_offsets(words, spaces)
    doc.user_data[OFFSETS_KEY] = (words, text, idx)
    return text, idx


def char_offsets(words: list[str], spaces: list[bool]) -> tuple[str, list[int]]:
    """``doc.text`` and each token's character offset (``Token.idx``) from the lists.

    >>> char_offsets(["قال", "،", "إن"], [False, True, False])
    ('قال، إن', [0, 3, 5])
    """
    pieces = [w + " " if sp else w for w, sp in zip(words, spaces)]
    idx = list(accumulate(map(len, pieces), initial=0))  # where each piece starts
    idx.pop()
    return "".join(pieces), idx


class ArabicTokenizer:
    """Regex tokenizer that keeps offsets and splits known proclitics.

    spaCy's Arabic tokenizer leaves ``وأذربيجان`` whole and glues the final
    period to words ending in tanween (``قتيلاً.``). This one splits letters,
    digits, Latin and punctuation apart, then cuts proclitics off words whose
    remainder is known (see ``split_proclitics``).
    """

    def __init__(self, vocab: Vocab, known_words: Iterable[str] = ()) -> None:
        self.vocab = vocab
        self.known = frozenset(fold(w) for w in known_words)
        self._splits: dict[str, tuple[str, ...]] = {}  # word -> pieces (memo; words repeat a lot)

    def _is_known(self, folded: str) -> bool:
        if folded in self.known:
            return True
        return strip_enclitic(folded, self.known.__contains__) is not None

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        # TOKEN_RE's tokens, each with the one space after it (so no match per space)
        for ar, other, space, run in _TOKEN_SPACE_RE.findall(text):
            if run:
                tok = run
                if words and not spaces[-1] and not words[-1].isspace() and tok[0] == " ":
                    spaces[-1] = True
                    tok = tok[1:]
                if tok:
                    words.append(tok)
                    spaces.append(False)
                continue
            tok = ar or other
            if ar:
                pieces = self._splits.get(tok)
                if pieces is None:
                    pieces = split_proclitics(tok, self._is_known)
                    if len(pieces) == 1 and len(tok) >= 7:
                        glued = split_glued(tok, self._is_known)
                        if len(glued) == 2:
                            pieces = split_proclitics(glued[0], self._is_known) + [glued[1]]
                    elif len(pieces[-1]) >= 7:
                        # "للجيشالجيبوتي": proclitics, then two words run together
                        last = pieces[-1]
                        probe = "ا" + last if pieces[-2:-1] == ["ل"] and last.startswith("ل") \
                            and not last.startswith("ال") else last
                        glued = split_glued(probe, self._is_known)
                        if len(glued) == 2:
                            first = glued[0][1:] if probe is not last else glued[0]
                            pieces = pieces[:-1] + [first, glued[1]]
                    pieces = tuple(pieces)  # tuples of str are not tracked by the GC
                    if len(self._splits) < 200_000:
                        self._splits[tok] = pieces
                for piece in pieces:
                    words.append(piece)
                    spaces.append(False)
            else:
                words.append(tok)
                spaces.append(False)
            if space:
                spaces[-1] = True
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[WORDS_KEY] = words  # lets later components skip Token objects
        doc.user_data[SPACES_KEY] = spaces
        return doc

    # spaCy serialisation hooks: nothing to save, the word list is package data.
    def to_bytes(self, **_: object) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: object) -> ArabicTokenizer:
        return self

    def to_disk(self, _path: object, **_: object) -> None:
        return None

    def from_disk(self, _path: object, **_: object) -> ArabicTokenizer:
        return self
