"""The plain-list fast paths give exactly what reading spaCy's Token and Span objects gives.

Later components read the token lists the tokenizer, normalizer and sentencizer leave in
``doc.user_data`` and the plain copy of the entity spans (``PLAIN_SPANS_KEY``) instead of
building Token/Span objects; each falls back to the Doc when a list is missing. These tests
run both ways on text written for them and compare.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
from pathlib import Path

import pytest

from conflictkg.extract import Article, extract_article, relations
from conflictkg.extract.clauses import DocView
from conflictkg.extract.entities import MENTIONS_KEY, PLAIN_SPANS_KEY, _fold_head, clutter_lines
from conflictkg.extract.normalize import OFFSETS_KEY, char_offsets, fold
from conflictkg.extract.pipeline import doc_to_extraction

TEXT = (
    "الرئيسية | أخبار | أفريقيا\n"
    "أديس أبابا (وكالات) - اتهمت الحكومة الإثيوبية جبهة تحرير تيغراي بخرق الهدنة، "
    "وقال المتحدث باسم الجيش الإثيوبي إن  الاشتباكات  تجددت قرب مدينة ميكيلي.\n\n"
    "ودعا الاتحاد الأفريقي الطرفين إلى العودة للمحادثات في بريتوريا، فيما أعلنت "
    "للأمم المتحدة مقتل 12 مدنياً وإصابة 30 آخرين.\n"
    "الوسوم: إثيوبيا، تيغراي"
)


def _run_pipes(nlp, text: str):  # noqa: ANN001, ANN202
    doc = nlp.make_doc(text)
    for _name, proc in nlp.pipeline[:3]:  # normalizer, sentencizer, entities
        doc = proc(doc)
    return doc


def test_tokenizer_lists_rebuild_the_text(nlp) -> None:  # noqa: ANN001
    for text in (TEXT, "  قال\n\n الوزير ، إن", "وأذربيجان\u00a0و 12٫5 km", ""):
        doc = nlp.make_doc(text)
        assert doc.text == text
        assert doc.user_data["ckg_words"] == [t.text for t in doc]
        assert doc.user_data["ckg_spaces"] == [bool(t.whitespace_) for t in doc]


def test_offsets_are_token_idx(nlp) -> None:  # noqa: ANN001
    doc = nlp.make_doc(TEXT)
    text, idx = char_offsets(doc.user_data["ckg_words"], doc.user_data["ckg_spaces"])
    assert text == doc.text
    assert idx == [t.idx for t in doc]


def test_doc_view_from_lists_equals_view_from_tokens(nlp) -> None:  # noqa: ANN001
    doc = _run_pipes(nlp, TEXT)
    fast = DocView.of(doc)
    plain = doc.user_data.pop(PLAIN_SPANS_KEY)
    doc.user_data.pop(OFFSETS_KEY, None)
    slow = DocView.of(doc)
    doc.user_data[PLAIN_SPANS_KEY] = plain
    assert fast.ents, "the text names entities"
    for f in dataclasses.fields(DocView):
        if f.compare:
            assert getattr(fast, f.name) == getattr(slow, f.name), f.name


def test_plain_spans_are_the_doc_spans(nlp) -> None:  # noqa: ANN001
    doc = _run_pipes(nlp, TEXT)
    ents, mentions = doc.user_data[PLAIN_SPANS_KEY]
    assert ents == [(e.start, e.end, e.kb_id_, e.label_) for e in doc.ents]
    assert mentions == [(s.start, s.end, s.kb_id_, s.label_) for s in doc.spans[MENTIONS_KEY]]


def test_mentions_from_lists_equal_mentions_from_spans(nlp) -> None:  # noqa: ANN001
    article = Article(id="t", text=TEXT)
    doc = _run_pipes(nlp, TEXT)
    doc = nlp.get_pipe("relations")(doc)
    fast = doc_to_extraction(doc, article)
    del doc.user_data[PLAIN_SPANS_KEY]
    slow = doc_to_extraction(doc, article)
    assert any(e.mentions for e in fast.entities)
    assert fast == slow


@pytest.mark.parametrize("line", [
    "اقرأ أيضاً: " + "نص طويل عن المفاوضات " * 30,
    "الوسوم " + "ًٌٍ" * 40 + " إثيوبيا",
    "مقالات ذات صلة" + " " * 90 + "x",
])
def test_folded_head_is_a_prefix_of_the_fold(line: str) -> None:
    head = _fold_head(line, 20)
    assert fold(line).startswith(head)
    assert len(head.rstrip()) > 20 or head == fold(line)


def test_clutter_lines_on_long_lines() -> None:
    body = "تواصلت الاشتباكات في الإقليم " * 20
    text = f"اقرأ أيضا: {body}\n{body}\nالوسوم:{body}"
    lines = clutter_lines(text, (fold("اقرأ أيضا"), fold("الوسوم")))
    assert [text[s:e][:6] for s, e in lines] == ["اقرأ أ", "الوسوم"]


# ----------------------------------------------------------------- prefilters
ROOT = Path(__file__).resolve().parents[3]
ARTICLE_DIRS = (ROOT.parent / "shared" / "eval" / "dev", ROOT / "tests" / "data" / "heldout",
                ROOT / "tests" / "data" / "heldout2", ROOT / "tests" / "data" / "articles",
                ROOT / "conflictkg" / "examples")


def _bench_articles() -> list[Article]:
    """The team's article folders (read at test time) and the benchmark's synthetic articles."""
    from conflictkg.inputs import article_from_file

    out = []
    for folder in ARTICLE_DIRS:
        for path in sorted(folder.glob("*.txt")):
            gold = path.with_name(path.stem + ".gold.json")
            published = json.loads(gold.read_text(encoding="utf-8")).get("published") \
                if gold.exists() else None
            out.append(article_from_file(path, published))
    spec = importlib.util.spec_from_file_location("extract_bench",
                                                  ROOT / "benchmarks" / "extract_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # type: ignore[union-attr]
    out += [Article(id=f"synthetic{k}", text=t, published="2022-09-13")
            for k, t in enumerate(bench.synthetic_articles(30))]
    return out


@pytest.fixture(scope="module")
def bench_articles() -> list[Article]:
    return _bench_articles()


def test_dyad_prefilter_skips_only_clauses_without_a_pair(nlp, bench_articles) -> None:  # noqa: ANN001
    """``find_dyad`` skips clauses whose groups name no two sides: there, no weighed
    trigger's frame gives a usable pair."""
    rel = nlp.get_pipe("relations")
    skipped = 0
    for article in bench_articles:
        doc = _run_pipes(nlp, article.text)
        view = DocView.of(doc)
        infos = relations._infos(doc)
        for start, end in view.sents:
            clause, triggers = relations.read_clause(view, start, end)
            if relations._sides_apart(infos, clause):
                continue
            for m in triggers:
                if m.label not in ("fights", "ceasefire", "accuses"):
                    continue
                skipped += 1
                pairs = rel.arguments(None, clause, m, resolve=False)
                assert not [(a, b) for a, b in pairs if a and b and a != b
                            and not relations.same_side(infos, a, b)], (article.id, m)
    assert skipped > 100, "the folders have clauses the prefilter skips"


def test_dyad_prefilter_keeps_the_output(nlp, bench_articles, monkeypatch) -> None:  # noqa: ANN001
    fast = [repr(extract_article(nlp, a)) for a in bench_articles]
    monkeypatch.setattr(relations, "_sides_apart", lambda infos, clause: True)
    slow = [repr(extract_article(nlp, a)) for a in bench_articles]
    assert len(fast) > 50
    assert fast == slow
