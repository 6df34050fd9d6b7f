"""An autonomous regional government is a party of its own: its disputes with the central
government are relations, not one side talking to itself."""
from __future__ import annotations

from conflictkg.extract import extract_text


def test_regional_government_accuses_the_central_one(nlp):
    got = extract_text(nlp, "واتهمت حكومة إقليم كردستان الحكومة العراقية بقطع رواتب موظفي "
                            "الإقليم.", published="2024-03-12")
    assert ("accuses", "krg", "IRQ") in {(r.type, r.source, r.target) for r in got.relations}
