"""Synthetic extraction records in bulk (for the crash test and benchmarks/store_bench.py).

Deterministic: ``synthetic_extraction(i)`` is always the same article. Texts
are made of short generated Arabic clauses; offsets are computed, so the
provenance contract holds.
"""
from __future__ import annotations

import random

from conflictkg.extract.records import (
    Article, Casualty, Entity, Evidence, Extraction, RelationMention, Role,
)

STATES = ["ARM", "AZE", "THA", "KHM", "IND", "PAK", "RUS", "UKR", "ISR", "PSE", "SDN", "ETH",
          "ERI", "SOM", "YEM", "SAU", "IRN", "IRQ", "SYR", "TUR", "LBY", "EGY", "MLI", "NER"]
TYPES = ["accuses", "calls_on", "mediates", "fights", "ceasefire", "allied_with", "deploys_to",
         "cedes_to", "denies", "contacts"]
WORDS = ["اتهمت", "الحكومة", "القوات", "الحدود", "بقصف", "مواقع", "وقالت", "الوزارة", "إن",
         "الهجوم", "استهدف", "قرى", "ودعت", "إلى", "ضبط", "النفس", "والتفاوض", "المباشر"]
TITLES = ["Spokesperson", "Minister of Defence", "Foreign Minister", "President"]


def synthetic_extraction(i: int, relations: int = 20, persons: int = 3) -> Extraction:
    """Article ``i`` with ``relations`` relation mentions among states, bodies and persons."""
    rnd = random.Random(i)
    sentences = [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 14))) + "."
                 for _ in range(relations + 1)]
    text = " ".join(sentences)
    offsets, pos = [], 0
    for s in sentences:
        offsets.append((pos, pos + len(s)))
        pos += len(s) + 1
    states = rnd.sample(STATES, 6)
    entities: list[Entity] = [Entity(s, "State", (f"دولة {s}", f"{s} الرسمية"), name_en=s,
                                     wikidata=f"Q{1000 + STATES.index(s)}") for s in states]
    bodies = [f"{s}/mfa" for s in states[:3]]
    entities += [Entity(b, "Organization", (f"وزارة خارجية {b[:3]}",), part_of=b[:3],
                        subtype="GovernmentBody") for b in bodies]
    people = [f"person/{i:06x}{k:02x}" for k in range(persons)]
    entities += [Entity(p, "Person", (f"المسؤول {p[-4:]}",),
                        roles=(Role(rnd.choice(TITLES), rnd.choice(states)),)) for p in people]
    actors = states + bodies + people
    rels = []
    for n in range(relations):
        a, b = rnd.sample(actors, 2)
        s, e = offsets[n]
        rels.append(RelationMention(rnd.choice(TYPES), a, b,
                                    Evidence(n, s, e, text[s:e], text[s:s + 5], s, s + 5),
                                    date=f"2024-{1 + n % 12:02d}-{1 + i % 28:02d}"
                                    if n % 3 else None))
    s, e = offsets[relations]
    cas = (Casualty((states[0],), killed=rnd.randint(0, 50), wounded=rnd.randint(0, 90),
                    reported_by=states[1], evidence=Evidence(relations, s, e, text[s:e])),)
    return Extraction(Article(f"synthetic-{i:07d}", text, f"2024-{1 + i % 12:02d}-15"),
                      tuple(entities), tuple(rels), cas)
