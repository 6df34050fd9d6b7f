"""Regenerate ``states.tsv`` from pycountry's Arabic ISO 3166 names.

Run ``python -m conflictkg.extract.lexicons.build_states`` after editing
``states_extra.tsv`` (hand-curated short news names, variants, Wikidata ids,
names to drop, the type of non-sovereign territories, dates of statehood, and
former states such as the Soviet Union that news still names). The output is
committed; nothing reads pycountry at run time.

pycountry's Arabic names are ISO long forms with tashkeel, some are wrong
(``جمهورية الفرنسية``), some contain parentheses, and the comma-inverted forms
yield bare heads such as ``كوريا`` or ``الكونغو`` that name two states. The
``drop`` column of ``states_extra.tsv`` removes such names before the curated
ones are merged in.
"""
from __future__ import annotations

import csv
import gettext
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
COLUMNS = ["id", "type", "subtype", "canonical_ar", "variants", "name_en", "part_of",
           "wikidata", "valid_from", "valid_to", "source"]
TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
#: ISO codes that are not kept in states.tsv (Western Sahara is a disputed
#: territory: it lives in places.tsv as ``western_sahara``).
EXCLUDED = frozenset({"ESH"})


def clean(name: str) -> str:
    """Strip tashkeel, NFC-normalize, glue the conjunction ``و`` to its word.

    >>> clean("البوسنة و الهرسك")
    'البوسنة والهرسك'
    """
    name = unicodedata.normalize("NFC", TASHKEEL.sub("", name)).strip()
    return re.sub(r"(?<=\s)و\s+", "و", name)


def pycountry_rows() -> dict[str, dict[str, str]]:
    import pycountry

    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    rows: dict[str, dict[str, str]] = {}
    for c in pycountry.countries:
        if c.alpha_3 in EXCLUDED:
            continue
        names = []
        for attr in ("name", "official_name"):
            en = getattr(c, attr, None)
            if not en:
                continue
            tr = ar.gettext(en)
            if tr == en:
                continue
            tr = clean(tr)
            # "إيران، الجمهورية الإسلامية" -> short head and the long form reordered
            if "،" in tr:
                head, tail = [p.strip() for p in tr.split("،", 1)]
                names.extend([head, tail])
            else:
                names.append(tr)
        names = list(dict.fromkeys(n for n in names if n and "(" not in n))
        rows[c.alpha_3] = {
            "id": c.alpha_3, "type": "State", "subtype": "", "canonical_ar": names[0] if names else "",
            "variants": "|".join(names[1:]), "name_en": getattr(c, "common_name", None) or c.name,
            "part_of": "", "wikidata": "", "valid_from": "", "valid_to": "",
            "source": "pycountry iso3166-1 ar",
        }
    return rows


def split(field: str | None) -> list[str]:
    return [clean(v) for v in (field or "").split("|") if v.strip()]


def merge(rows: dict[str, dict[str, str]], extra: dict[str, str]) -> None:
    """Merge one ``states_extra.tsv`` row into ``rows`` (in place).

    ``drop`` removes pycountry-derived names; the curated canonical name and
    variants always stay.
    """
    sid = extra["id"]
    row = rows.setdefault(sid, {k: "" for k in COLUMNS} | {"id": sid, "type": "State"})
    drop = set(split(extra.get("drop")))
    names = [n for n in [row["canonical_ar"], *row["variants"].split("|")] if n and n not in drop]
    canonical = clean(extra.get("canonical_ar") or "") or (names[0] if names else "")
    names = [canonical, *names, *split(extra.get("variants"))]  # curated names are never dropped
    names = [n for n in dict.fromkeys(names) if n]
    row["canonical_ar"] = names[0]
    row["variants"] = "|".join(names[1:])
    for k in ("type", "subtype", "name_en", "part_of", "wikidata", "valid_from", "valid_to"):
        if extra.get(k):
            row[k] = extra[k].strip()
    row["source"] = "; ".join(filter(None, [row["source"], "states_extra.tsv"]))


def main() -> int:
    rows = pycountry_rows()
    with (HERE / "states_extra.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            merge(rows, r)
    out = HERE / "states.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for sid in sorted(rows):
            if rows[sid]["canonical_ar"]:
                w.writerow(rows[sid])
    print(f"wrote {out} ({len(rows)} rows)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
