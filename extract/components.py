"""spaCy factories of the conflictkg Arabic pipeline (registered names carry a version; spaCy forbids dots in factory names, so they read conflictkg_<name>_v<N>)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from .gazetteer import gazetteer, known_words, phrase_patterns
from .normalize import ArabicTokenizer, fold


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

    def add_label(self, label: str) -> None:
        if label and label not in self.labels:
            self.labels.append(label)


for _name, _default in (("entities", None), ("relations", None), ("casualties", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@registry.tokenizers("conflictkg.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], ArabicTokenizer]:
    def make(nlp: Language) -> ArabicTokenizer:
        return ArabicTokenizer(nlp.vocab, known_words())
    return make


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
    start = True
    for tok in doc:
        tok.is_sent_start = start
        start = tok.text in SENT_END or "\n" in tok.text
    return doc


def surface_label(span: Span) -> str:
    """The span's text with the clitic-restored article (``لأمم`` after ``ل`` -> ``الأمم``)."""
    parts = []
    for i, tok in enumerate(span):
        text = tok.text
        if i == 0 and tok.i and span.doc[tok.i - 1].text == "ل" and tok.norm_.startswith("ال") \
                and not fold(text).startswith("ال"):
            text = "ا" + text
        parts.append(text + tok.whitespace_)
    return "".join(parts).strip()


@Language.factory("conflictkg_gazetteer_ruler_v1")
def make_gazetteer_ruler(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    rows = gazetteer()
    by_key: dict[str, str] = {}
    for pat in phrase_patterns():
        key = f"{pat['id']}"
        by_key[key] = pat["label"]
        words = pat["pattern"].split()
        matcher.add(key, [Doc(nlp.vocab, words=words, spaces=[True] * len(words))])

    def ruler(doc: Doc) -> Doc:
        # pattern docs were built with NORM == text (already folded)
        spans = []
        for match_id, start, end in matcher(doc):
            key = nlp.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=rows[key].type, kb_id=key))
        spans = filter_spans(list(doc.ents) + spans)
        doc.ents = spans
        ents: dict[str, EntityInfo] = doc._.entities or {}
        for sp in spans:
            row = rows.get(sp.kb_id_)
            info = ents.get(sp.kb_id_)
            if info is None:
                info = EntityInfo(id=sp.kb_id_, type=sp.label_,
                                  part_of=(row.part_of or None) if row else None,
                                  subtype=(row.subtype or None) if row else None,
                                  name_en=(row.name_en or None) if row else None,
                                  wikidata=(row.wikidata or None) if row else None)
                ents[sp.kb_id_] = info
            info.add_label(surface_label(sp))
        doc._.entities = ents
        return doc

    return ruler
