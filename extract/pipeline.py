"""Build the spaCy pipeline from ``config.cfg`` and turn a Doc into records."""
from __future__ import annotations

import gc
from importlib.resources import files

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from . import relations  # noqa: F401  (registers conflictkg_relations_v1)
from .entities import MENTIONS_KEY, PLAIN_SPANS_KEY
from .gazetteer import gazetteer
from .normalize import doc_offsets, fold, token_lists
from .records import Article, Casualty, Entity, Extraction, Mention, RelationMention, Role


def load_pipeline() -> Language:
    """Return the conflictkg Arabic pipeline (no download, no model files).

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> [e.kb_id_ for e in nlp("وأذربيجان").ents]
    ['AZE']
    """
    cfg_text = files("conflictkg.extract").joinpath("config.cfg").read_text(encoding="utf-8")
    config = spacy.util.load_config_from_str(cfg_text)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    # the lexicons and matchers live as long as the pipeline: keep the cyclic garbage
    # collector from rescanning them on every full collection (about 10-30% of run time)
    gc.collect()
    gc.freeze()
    return nlp


def doc_to_extraction(doc: Doc, article: Article) -> Extraction:
    """Freeze the pipeline's document annotations into an ``Extraction``."""
    infos = doc._.entities or {}
    plain = _plain_mentions(doc)  # the same mentions without Span objects, when it can
    mentions: dict[str, list[Mention]] = {} if plain is None else plain
    spans = doc.spans[MENTIONS_KEY] if MENTIONS_KEY in doc.spans else doc.ents
    for ent in spans if plain is None else ():
        if not ent.kb_id_:
            continue
        mentions.setdefault(ent.kb_id_, []).append(Mention(
            entity_id=ent.kb_id_, start=ent.start_char, end=ent.end_char, text=ent.text,
            label=components.surface_label(ent)))
    relations: tuple[RelationMention, ...] = tuple(doc._.relations or ())
    casualties: tuple[Casualty, ...] = tuple(doc._.casualties or ())
    keep = _emitted_ids(infos, relations, casualties)
    entities = tuple(
        Entity(id=i.id, type=i.type, labels=tuple(i.labels) or _gazetteer_name(i.id),
               part_of=i.part_of,
               roles=tuple(Role(title=t, of=o) for t, o in i.roles), subtype=i.subtype,
               name_en=i.name_en, wikidata=i.wikidata, mentions=tuple(mentions.get(i.id, ())),
               implicit=bool(getattr(i, "implicit", False)))
        for i in infos.values() if i.id in keep
    )
    return Extraction(article=article, entities=entities, relations=relations,
                      casualties=casualties)


def _plain_mentions(doc: Doc) -> dict[str, list[Mention]] | None:
    """The mentions of ``doc.spans[MENTIONS_KEY]`` read from the plain lists in
    ``doc.user_data`` (no Span or Token objects), or None when they are not there.
    Offsets, text and label are those of the spans (``surface_label``)."""
    lists = token_lists(doc)
    plain = doc.user_data.get(PLAIN_SPANS_KEY)
    if lists is None or plain is None or MENTIONS_KEY not in doc.spans \
            or len(doc.spans[MENTIONS_KEY]) != len(plain[1]) \
            or any(e <= s for s, e, _, _ in plain[1]):
        return None
    words, spaces, norms, _ = lists
    text, idx = doc_offsets(doc, words, spaces)
    out: dict[str, list[Mention]] = {}
    for start, end, kb_id, _label in plain[1]:
        if not kb_id:
            continue
        s_char, e_char = idx[start], idx[end - 1] + len(words[end - 1])
        surface = text[s_char:e_char]  # the tokens' texts and spaces (``text`` joins them)
        label = surface
        if start and words[start - 1] == "ل" and not spaces[start - 1] \
                and norms[start].startswith("ال") and not fold(words[start]).startswith("ال"):
            label = "ا" + surface  # as ``strip_article_clitic``
        out.setdefault(kb_id, []).append(Mention(
            entity_id=kb_id, start=s_char, end=e_char, text=surface, label=label.strip()))
    return out


def _gazetteer_name(entity_id: str) -> tuple[str, ...]:
    """The gazetteer's Arabic name for an entity the text only implies (no label of its own).

    >>> _gazetteer_name("USA")
    ('الولايات المتحدة',)
    """
    row = gazetteer().get(entity_id)
    return (row.canonical_ar,) if row and row.canonical_ar else ()


def _emitted_ids(infos: dict, relations: tuple[RelationMention, ...],
                 casualties: tuple[Casualty, ...]) -> set[str]:
    """Ids of the entities an ``Extraction`` carries.

    Every entity named in the text, plus any *implicit* one (a state seen only
    through a nisba, as in «بوساطة قطرية») that a fact points to: a relation end,
    a casualty side or reporter, a role's ``of`` or a ``part_of``. A fact never
    points to an entity the record leaves out. Implicit entities keep
    ``implicit=True``: the JSON view lists them only when a relation or casualty
    names them (analysts do not count "جامعة غنت البلجيكية" as naming Belgium).
    """
    keep = {i.id for i in infos.values() if not getattr(i, "implicit", False)}
    wanted = {x for r in relations for x in (r.source, r.target)}
    for c in casualties:
        wanted.update(c.side)
        if c.reported_by:
            wanted.add(c.reported_by)
    while True:
        for i in list(infos.values()):
            if i.id in keep or i.id in wanted:
                wanted.update(o for _t, o in i.roles if o)
                if i.part_of:
                    wanted.add(i.part_of)
        grown = keep | (wanted & set(infos))
        if grown == keep:
            return keep
        keep = grown


def extract_article(nlp: Language, article: Article) -> Extraction:
    """Run the pipeline over one article and return its records."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published  # relative dates resolve against it
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc_to_extraction(doc, article)


def extract_text(nlp: Language, text: str, *, published: str | None = None,
                 article_id: str = "text") -> Extraction:
    """Convenience wrapper: extract from a bare string."""
    return extract_article(nlp, Article(id=article_id, text=text, published=published))
