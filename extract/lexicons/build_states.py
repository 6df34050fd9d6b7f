"""Regenerate ``states.tsv`` from pycountry's Arabic ISO 3166 names.

Run ``python -m conflictkg.extract.lexicons.build_states`` after editing
``states_extra.tsv`` (hand-curated short forms, capitals, nisbas). The output is
committed; nothing reads pycountry at run time.
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


def clean(name: str) -> str:
    return unicodedata.normalize("NFC", TASHKEEL.sub("", name)).strip()


def pycountry_rows() -> dict[str, dict[str, str]]:
    import pycountry

    ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    rows: dict[str, dict[str, str]] = {}
    for c in pycountry.countries:
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
        names = list(dict.fromkeys(n for n in names if n))
        rows[c.alpha_3] = {
            "id": c.alpha_3, "type": "State", "subtype": "", "canonical_ar": names[0] if names else "",
            "variants": "|".join(names[1:]), "name_en": getattr(c, "common_name", None) or c.name,
            "part_of": "", "wikidata": "", "valid_from": "", "valid_to": "",
            "source": "pycountry iso3166-1 ar",
        }
    return rows


def main() -> int:
    rows = pycountry_rows()
    extra = HERE / "states_extra.tsv"
    with extra.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            sid = r["id"]
            row = rows.setdefault(sid, {k: "" for k in COLUMNS} | {"id": sid, "type": "State"})
            if r.get("canonical_ar"):
                old = row["canonical_ar"]
                row["canonical_ar"] = r["canonical_ar"]
                if old:
                    row["variants"] = "|".join(filter(None, [old, row["variants"]]))
            if r.get("variants"):
                row["variants"] = "|".join(filter(None, [row["variants"], r["variants"]]))
            for k in ("name_en", "wikidata"):
                if r.get(k):
                    row[k] = r[k]
            row["source"] = "; ".join(filter(None, [row["source"], "states_extra.tsv"]))
            variants = [v for v in dict.fromkeys(row["variants"].split("|")) if v and v != row["canonical_ar"]]
            row["variants"] = "|".join(variants)
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
