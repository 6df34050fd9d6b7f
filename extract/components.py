"""spaCy factories of the conflictkg Arabic pipeline (registered names carry a version; spaCy forbids dots in factory names, so they read conflictkg_<name>_v<N>)."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy
from spacy.attrs import NORM, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from .entities import EntityInfo, EntityRecognizer, strip_article_clitic
from .entities_lexicon import lexicon
from .gazetteer import known_words
from .normalize import (
    NORMS_KEY, SENTS_KEY, SPACES_KEY, WORDS_KEY, ArabicTokenizer, fold, strip_enclitic,
)

__all__ = ["EntityInfo", "make_entities", "normalizer", "sentencizer", "surface_label"]

for _name, _default in (("entities", None), ("relations", None), ("casualties", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def tokenizer_words() -> set[str]:
    """Folded words after which a proclitic may be split off.

    A lexicon word that is itself a proclitic plus a known word (``للامم``)
    is left out, so the text and the patterns are split alike.
    """
    lex = lexicon()
    # short indefinite nisbas (روس، صرب) would cut names: بروس، وصربي
    short = {w for w in lex.nisba if not w.startswith("ال") and len(w) <= 4}
    words = known_words() | (lex.words() - short)

    def composite(w: str) -> bool:
        for pre in PROCLITICS:
            rest = w[len(pre):]
            if w.startswith(pre) and len(rest) >= 3 and (
                    rest in words or (pre.endswith("ل") and rest.startswith("ل") and "ا" + rest in words)):
                return True
        return False

    # a given name is a name even when it reads as proclitics + a word (وليام = و + ل + يام);
    # so is a head noun of the lexicon (ولاية = و + ل + أية)
    keep = set(lex.given_names) | {w for w in lex.place_nouns if " " not in w} \
        | {w for w in lex.org_heads if " " not in w}
    # "فانس" (Vance) is no ف + أنس: a short given name does not split off a ف, which is a
    # conjunction of clauses, hardly ever glued to a bare name
    whole = {"ف" + g for g in lex.given_names if len(g) <= 3 and "ف" + g not in words}
    # "كريم"، "كامل" are no ك ("like") + ريم/أمل: news hardly ever glues ك to a bare name
    whole |= {"ك" + g for g in lex.given_names if "ك" + g not in words}
    return {w for w in words if w in keep or not composite(w)} | whole


@registry.tokenizers("conflictkg.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], ArabicTokenizer]:
    def make(nlp: Language) -> ArabicTokenizer:
        return ArabicTokenizer(nlp.vocab, tokenizer_words())
    return make


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    lex = lexicon()
    words = {p.split()[0] for _, p in lex.phrases if p} | {p.split()[-1] for _, p in lex.phrases if p}
    return frozenset(words)


@Language.factory("conflictkg_normalizer_v2")
def make_normalizer_v2(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Folded, de-cliticized ``NORM``: ``ل`` + ``لأمم`` -> ``الامم``; ``وزيرها`` -> ``وزير``."""
    stems = _stems()
    memo: dict[str, str] = {}
    return lambda doc: normalize_doc(doc, stems, memo)


_NORM_MEMO: dict[tuple[str, frozenset[str]], str] = {}


def _norm_of(text: str, stems: frozenset[str]) -> str:
    norm = fold(text)
    if norm not in stems and len(norm) > 4:
        stem = strip_enclitic(norm, stems.__contains__)
        # "الحية" folds to "الحيه": after the article a final ه is the taa marbuta, no pronoun
        if stem is not None and not (norm.startswith("ال") and stem == norm[:-1]):
            return stem
    return norm


def normalize_doc(doc: Doc, stems: frozenset[str], memo: dict[str, str] | None = None) -> Doc:
    """Set each token's ``NORM``: folded; ``لأمم`` after ``ل`` -> ``الامم``; enclitics cut off known stems."""
    memo = {} if memo is None else memo
    strings = doc.vocab.strings
    hashes = numpy.empty(len(doc), dtype="uint64")
    words = doc.user_data.get(WORDS_KEY)
    if words is None or len(words) != len(doc):
        words = [t.text for t in doc]
        doc.user_data[WORDS_KEY] = words
        doc.user_data[SPACES_KEY] = [bool(t.whitespace_) for t in doc]
    spaces = doc.user_data[SPACES_KEY]
    norms: list[str] = []
    prev_lam = False
    for i, text in enumerate(words):
        norm = memo.get(text)
        if norm is None:
            norm = _norm_of(text, stems)
            if len(memo) < 200_000:
                memo[text] = norm
        if prev_lam and norm.startswith("ل"):
            norm = "ا" + fold(text)
        # "ل" written against the next word (no space): the article of "لأمم" is restored
        prev_lam = text == "ل" and not spaces[i]
        norms.append(norm)
    add = strings.add
    hashes[:] = [add(norm) for norm in norms]  # one array write, not one per token
    doc.from_array([NORM], hashes)
    doc.user_data[NORMS_KEY] = norms
    return doc


@Language.component("conflictkg_normalizer_v1")
def normalizer(doc: Doc) -> Doc:
    """Write folded, de-cliticized forms to ``NORM`` (``ل`` + ``لأمم`` -> ``الامم``)."""
    for i, tok in enumerate(doc):
        norm = fold(tok.text)
        if i and doc[i - 1].text == "ل" and not doc[i - 1].whitespace_ and norm.startswith("ل"):
            norm = "ا" + norm
        tok.norm_ = norm
    return doc


def make_normalizer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Entry point for ``spacy_factories``."""
    return normalizer


SENT_END = {".", "!", "?", "؟", "…"}


@Language.component("conflictkg_sentencizer_v1")
def sentencizer(doc: Doc) -> Doc:
    """Sentences end at . ! ? ؟ and at line breaks (headlines carry no full stop)."""
    if not len(doc):
        return doc
    starts = numpy.full(len(doc), -1, dtype="int32")
    words = doc.user_data.get(WORDS_KEY)
    if words is None or len(words) != len(doc):
        words = [t.text for t in doc]
    flags = []
    start = True
    for i, text in enumerate(words):
        if start:
            starts[i] = 1
        flags.append(start)
        start = text in SENT_END or "\n" in text
    doc.from_array([SENT_START], starts.astype("uint64"))
    doc.user_data[SENTS_KEY] = flags
    return doc


def surface_label(span: Span) -> str:
    """The span's text with the clitic-restored article (``لأمم`` after ``ل`` -> ``الأمم``)."""
    parts = []
    for i, tok in enumerate(span):
        text = strip_article_clitic(span.doc, tok.i, tok.text) if i == 0 else tok.text
        parts.append(text + tok.whitespace_)
    return "".join(parts).strip()


@Language.factory("conflictkg_entities_v1")
def make_entities(nlp: Language, name: str) -> EntityRecognizer:
    """Entity recognition: see ``conflictkg.extract.entities``."""
    stems = _stems()
    return EntityRecognizer(nlp.vocab, lexicon(),
                            make_doc=lambda text: normalize_doc(nlp.make_doc(text), stems))
