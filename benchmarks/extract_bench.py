"""Throughput of the full extraction pipeline vs bare spaCy Arabic tokenization.

Usage: python benchmarks/extract_bench.py [--articles DIR] [--repeat N]

Without ``--articles`` the text is a synthetic ~600-word article assembled at
run time from the team's own sentence templates (names, states and numbers
varied), so nothing from the evaluation set is stored in the repository. With
``--articles DIR`` every ``*.txt`` in DIR is read at run time (e.g.
``../shared/eval/dev``). Prints a small table: articles/s and tokens/s for
``spacy.blank("ar")`` tokenization and for the full pipeline (words = whitespace-separated
words of the input, the same count for both), their time ratio, and where the full
pipeline's time goes (tokenizer, each pipe, freezing the Doc into records; one extra pass).
Times are CPU time of this process; each of the ``--repeat`` passes over the articles is
timed alone and the table gives the fastest pass (the least disturbed by other processes),
with the mean of all passes and the load average beside it (a loaded machine is slower).
A folder without ``*.txt`` files is an error (one line on stderr, exit status 2).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

import spacy

from conflictkg.extract import Article, extract_article, load_pipeline
from conflictkg.extract.pipeline import doc_to_extraction

ENTITY_STAGES = ("normalizer", "sentencizer", "entities")
TEMPLATES = (
    "قال وزير الخارجية {nis} {name} في مؤتمر صحافي اليوم إن بلاده تدعو إلى وقف فوري للقتال.",
    "واتهمت وزارة الدفاع {nis2} القوات المسلحة {nis} بقصف قرية {village} الحدودية ليل الأحد.",
    "وأعلن المتحدث باسم الجيش {nis}، {name2}، مقتل {n} جنديا وإصابة {m} آخرين في الاشتباكات.",
    "ودعا الأمين العام للأمم المتحدة الطرفين إلى ضبط النفس والعودة إلى طاولة المفاوضات.",
    "وأكد الرئيس {nis2} {name} خلال اتصال هاتفي مع نظيره أن {state} مستعدة للحوار.",
    "وذكرت وكالة الأنباء {nis} أن وفدا من {state2} وصل إلى {capital} لبحث سبل التهدئة.",
    "من جهته، حض الاتحاد الأوروبي {state} و{state2} على احترام اتفاق وقف إطلاق النار.",
    "وأفادت مصادر محلية بأن المعارك تركزت في شمال {state} قرب مدينة {village}.",
)
FILLERS = {
    "nis": ["الأرميني", "الأذربيجاني", "الروسي", "الأوكراني", "السوداني"],
    "nis2": ["الأرمينية", "الأذربيجانية", "الروسية", "الأوكرانية", "السودانية"],
    "name": ["أحمد سالم", "جون سميث", "ماريا لوبيز", "سيرغي إيفانوف", "يوسف حداد"],
    "name2": ["خالد منصور", "بيتر كوفاكس", "عمر الحسيني", "آنا بتروفا", "علي حسين"],
    "state": ["أرمينيا", "أذربيجان", "روسيا", "أوكرانيا", "السودان"],
    "state2": ["تركيا", "إيران", "فرنسا", "مصر", "قطر"],
    "capital": ["يريفان", "باكو", "موسكو", "كييف", "الخرطوم"],
    "village": ["تالين", "أغدام", "سومي", "نيالا", "كابان"],
}


def synthetic_articles(count: int, words: int = 600, seed: int = 7) -> list[str]:
    """``count`` synthetic articles of about ``words`` words each."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        sents: list[str] = []
        n = 0
        while n < words:
            fill = {k: rng.choice(v) for k, v in FILLERS.items()}
            s = rng.choice(TEMPLATES).format(n=rng.randint(2, 60), m=rng.randint(2, 90), **fill)
            sents.append(s)
            n += len(s.split())
        out.append("\n\n".join(" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)))
    return out


def timed(fn, texts: list[str], repeat: int) -> tuple[float, int, float]:  # noqa: ANN001
    """CPU seconds of the fastest of ``repeat`` passes over ``texts``, the words of one
    pass and the mean seconds per pass."""
    passes = []
    tokens = 0
    for _ in range(repeat):
        tokens = 0
        t0 = time.process_time()
        for t in texts:
            tokens += fn(t)
        passes.append(time.process_time() - t0)
    return min(passes), tokens, sum(passes) / len(passes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, help="folder of *.txt articles read at run time")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--count", type=int, default=30, help="synthetic articles")
    args = ap.parse_args(argv)
    if args.articles:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.articles.glob("*.txt"))]
        if not texts:
            print(f"error: no *.txt articles in {args.articles}", file=sys.stderr)
            return 2
        source = str(args.articles)
    else:
        texts = synthetic_articles(args.count)
        source = f"{len(texts)} synthetic articles"
    blank = spacy.blank("ar")
    nlp = load_pipeline()
    extract_article(nlp, Article(id="warm", text=texts[0]))  # warm-up
    blank(texts[0])
    words = sum(len(t.split()) for t in texts) / len(texts)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    t_blank, _, m_blank = timed(lambda t: len(blank(t)), texts, args.repeat)

    def full(t: str) -> int:
        extract_article(nlp, Article(id="b", text=t))
        return len(t.split())

    t_full, n_full, m_full = timed(full, texts, args.repeat)
    entity_pipes = [p for name, p in nlp.pipeline if name in ENTITY_STAGES]

    def entities_only(t: str) -> int:
        doc = nlp.make_doc(t)
        for proc in entity_pipes:
            doc = proc(doc)
        return len(t.split())

    t_ent, _, m_ent = timed(entities_only, texts, args.repeat)
    n_docs = len(texts)
    print(f"source: {source}, mean {words:.0f} words/article, fastest of {args.repeat} passes, "
          f"one process, CPU time, load average {load:.2f} before the runs")
    print(f"{'pipeline':28} {'articles/s':>11} {'words/s':>11} {'mean art/s':>11}")
    for name, t, m in (("spacy.blank(ar) tokenizer", t_blank, m_blank),
                       ("conflictkg full pipeline", t_full, m_full),
                       ("entities (tok..entities)", t_ent, m_ent)):
        print(f"{name:28} {n_docs / t:11.1f} {n_full / t:11.0f} {n_docs / m:11.1f}")
    print(f"{'ratio full / blank (time)':28} {t_full / t_blank:11.1f}")
    print(f"{'ratio entities / blank':28} {t_ent / t_blank:11.1f}")
    stages = stage_times(nlp, texts)
    total = sum(stages.values())
    print("full pipeline by stage (one more pass, CPU time):")
    for name, sec in stages.items():
        print(f"  {name:26} {1000 * sec / len(texts):8.2f} ms/article {100 * sec / total:5.1f}%")
    return 0


def stage_times(nlp, texts: list[str]) -> dict[str, float]:  # noqa: ANN001
    """CPU seconds spent in each stage of ``extract_article`` over ``texts`` (one pass)."""
    out = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}, "doc_to_extraction": 0.0}
    clock = time.process_time
    for t in texts:
        article = Article(id="b", text=t)
        t0 = clock()
        doc = nlp.make_doc(t)
        t1 = clock()
        out["tokenizer"] += t1 - t0
        doc._.published = article.published
        for name, proc in nlp.pipeline:
            t0 = clock()
            doc = proc(doc)
            t1 = clock()
            out[name] += t1 - t0
        t0 = clock()
        doc_to_extraction(doc, article)
        out["doc_to_extraction"] += clock() - t0
    return out


if __name__ == "__main__":
    raise SystemExit(main())
