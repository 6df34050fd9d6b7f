"""Mediation inference on stores built from hand-made records."""
from __future__ import annotations

import networkx as nx

from conflictkg.graph.convert import to_networkx
from conflictkg.graph.mediation import RULE_BOTH_SIDES, RULE_CEASEFIRE, infer_mediation


def pairs(meds) -> set[tuple[str, tuple[str, str]]]:
    return {(m.mediator, m.parties) for m in meds}


def test_contacts_with_both_sides_infer_mediation(caucasus, store_of) -> None:
    G = to_networkx(store_of(caucasus))
    before = nx.to_dict_of_dicts(G)
    meds = infer_mediation(G)
    assert pairs(meds) == {("RUS", ("ARM", "AZE")), ("person/putin", ("ARM", "AZE"))}
    assert nx.to_dict_of_dicts(G) == before  # input untouched
    m = meds[0]
    assert m.rule == RULE_BOTH_SIDES and m.targets == ("ARM", "AZE")
    contacts = [k for _, _, k, d in G.edges(keys=True, data=True) if d["type"] == "contacts"]
    fights = [k for _, _, k, d in G.edges(keys=True, data=True) if d["type"] == "fights"]
    assert set(m.support) == set(contacts) | set(fights)
    assert m.evidence and "بوتين" in m.evidence["text"]


def test_appeals_to_both_sides_are_not_mediation(caucasus, store_of) -> None:
    # the USA calls on both sides in the fixture: not a mediator
    meds = infer_mediation(to_networkx(store_of(caucasus)))
    assert not any(m.mediator == "USA" for m in meds)


def test_contact_with_one_side_is_not_enough(make_extraction, store_of, kit) -> None:
    x = make_extraction("one-side", [
        "تجددت المعارك بين إثيوبيا وإريتريا على الحدود.",
        "وتلقى رئيس الوزراء الإثيوبي اتصالا من الرئيس الكيني.",
    ], [kit.state("ETH", "إثيوبيا", "Ethiopia"), kit.state("ERI", "إريتريا", "Eritrea"),
        kit.state("KEN", "كينيا", "Kenya"),
        kit.person("person/abiy", ("آبي أحمد",), "Prime Minister", "ETH"),
        kit.person("person/ruto", ("وليام روتو",), "President", "KEN")],
        [("fights", "ETH", "ERI", 0), ("contacts", "person/ruto", "person/abiy", 1)])
    assert infer_mediation(to_networkx(store_of(x))) == []


def test_contact_stated_with_the_ceasefire(make_extraction, store_of, kit) -> None:
    x = make_extraction("truce", [
        "اتفقت الهند وباكستان على وقف إطلاق النار بعد اتصال بين وزير الخارجية الأميركي ورئيس الوزراء الباكستاني.",
    ], [kit.state("IND", "الهند", "India"), kit.state("PAK", "باكستان", "Pakistan"),
        kit.state("USA", "الولايات المتحدة", "United States"),
        kit.person("person/rubio", ("وزير الخارجية الأميركي",), "Secretary of State", "USA"),
        kit.person("person/sharif", ("رئيس الوزراء الباكستاني",), "Prime Minister", "PAK")],
        [("ceasefire", "IND", "PAK", 0), ("contacts", "person/rubio", "person/sharif", 0)])
    meds = infer_mediation(to_networkx(store_of(x)))
    assert pairs(meds) == {("USA", ("IND", "PAK")), ("person/rubio", ("IND", "PAK"))}
    assert {m.rule for m in meds} == {RULE_CEASEFIRE}


def test_the_parties_own_contact_is_not_mediation(make_extraction, store_of, kit) -> None:
    x = make_extraction("direct", [
        "اندلعت اشتباكات بين أرمينيا وأذربيجان.",
        "وأجرى رئيس الوزراء الأرميني اتصالا بالرئيس الأذربيجاني.",
    ], [kit.state("ARM", "أرمينيا", "Armenia"), kit.state("AZE", "أذربيجان", "Azerbaijan"),
        kit.person("person/pashinyan", ("نيكول باشينيان",), "Prime Minister", "ARM"),
        kit.person("person/aliyev", ("إلهام علييف",), "President", "AZE")],
        [("fights", "ARM", "AZE", 0), ("contacts", "person/pashinyan", "person/aliyev", 1)])
    assert infer_mediation(to_networkx(store_of(x))) == []


def test_explicit_mediation_is_not_reinferred(make_extraction, store_of, kit) -> None:
    x = make_extraction("explicit", [
        "تواصلت المعارك بين الجيش السوداني وقوات الدعم السريع.",
        "وتوسطت السعودية بين الجيش السوداني وقوات الدعم السريع.",
        "وأجرى وزير الخارجية السعودي اتصالين بقائد الجيش وقائد الدعم السريع.",
    ], [kit.state("SDN", "السودان", "Sudan"), kit.state("SAU", "السعودية", "Saudi Arabia"),
        kit.entity("saf", "Organization", ("الجيش السوداني",), part_of="SDN", subtype="ArmedForce"),
        kit.entity("rsf", "Organization", ("قوات الدعم السريع",), subtype="ArmedGroup"),
        kit.person("person/faisal", ("وزير الخارجية السعودي",), "Foreign Minister", "SAU"),
        kit.person("person/burhan", ("قائد الجيش",), "Commander", "saf"),
        kit.person("person/hemedti", ("قائد الدعم السريع",), "Commander", "rsf")],
        [("fights", "saf", "rsf", 0), ("mediates", "SAU", "saf", 1), ("mediates", "SAU", "rsf", 1),
         ("contacts", "person/faisal", "person/burhan", 2),
         ("contacts", "person/faisal", "person/hemedti", 2)])
    meds = infer_mediation(to_networkx(store_of(x)))
    # SAU's mediation is asserted for both parties: only the minister is inferred
    assert pairs(meds) == {("person/faisal", ("saf", "rsf"))}
    assert meds[0].dyad == ("SDN", "rsf")


def test_window_separates_unrelated_contacts(make_extraction, store_of, kit) -> None:
    ents = [kit.state("ARM", "أرمينيا", "Armenia"), kit.state("AZE", "أذربيجان", "Azerbaijan"),
            kit.state("FRA", "فرنسا", "France")]
    a = make_extraction("a", ["اشتباكات بين أرمينيا وأذربيجان.", "واتصلت فرنسا بأرمينيا."],
                        ents, [("fights", "ARM", "AZE", 0), ("contacts", "FRA", "ARM", 1)],
                        published="2022-01-01")
    b = make_extraction("b", ["واتصلت فرنسا بأذربيجان."], ents, [("contacts", "FRA", "AZE", 0)],
                        published="2022-06-01")
    G = to_networkx(store_of(a, b))
    assert infer_mediation(G, window_days=30) == []
    assert pairs(infer_mediation(G, window_days=365)) == {("FRA", ("ARM", "AZE"))}


def test_inferred_edges_are_not_input(caucasus, store_of) -> None:
    from conflictkg.graph.inference import inferred_triples

    kg = store_of(caucasus)
    first = infer_mediation(to_networkx(kg))
    kg.replace_inferred(inferred_triples(first))
    G = to_networkx(kg)
    assert any(d["inferred"] for _, _, d in G.edges(data=True))
    assert infer_mediation(G) == first



def test_a_recalled_war_does_not_support_todays_contacts(make_extraction, store_of, kit) -> None:
    from conflictkg.extract.records import Article, Evidence, Extraction, RelationMention

    sentences = ["وكانت إثيوبيا وإريتريا قد خاضتا حربا حدودية عام 1998.",
                 "واتصل الرئيس الكيني اليوم بالرئيسين الإثيوبي والإريتري."]
    text = "\n".join(sentences)
    def ev(i):
        start = text.index(sentences[i])
        return Evidence(i, start, start + len(sentences[i]), sentences[i])
    ents = (kit.state("ETH", "إثيوبيا", "Ethiopia"), kit.state("ERI", "إريتريا", "Eritrea"),
            kit.state("KEN", "كينيا", "Kenya"))
    rels = (RelationMention("fights", "ETH", "ERI", ev(0), date="1998-05-06"),
            RelationMention("contacts", "KEN", "ETH", ev(1), date="2024-03-01"),
            RelationMention("contacts", "KEN", "ERI", ev(1), date="2024-03-01"))
    x = Extraction(Article("recalled", text, published="2024-03-01"), ents, rels)
    assert infer_mediation(to_networkx(store_of(x))) == []


def test_a_presidents_mediation_is_also_their_states(make_extraction, store_of, kit) -> None:
    from conflictkg.graph.mediation import RULE_MEMBER

    x = make_extraction("member", [
        "تتواصل الحرب بين روسيا وأوكرانيا.",
        "وتوسط الرئيس التركي بين موسكو وكييف.",
    ], [kit.state("RUS", "روسيا", "Russia"), kit.state("UKR", "أوكرانيا", "Ukraine"),
        kit.state("TUR", "تركيا", "Turkey"),
        kit.person("person/erdogan", ("الرئيس التركي",), "President", "TUR")],
        [("fights", "RUS", "UKR", 0), ("mediates", "person/erdogan", "RUS", 1),
         ("mediates", "person/erdogan", "UKR", 1)])
    meds = infer_mediation(to_networkx(store_of(x)))
    assert pairs(meds) == {("TUR", ("RUS", "UKR"))}  # the president's is asserted already
    assert meds[0].rule == RULE_MEMBER


def test_unaffiliated_person_is_not_a_ceasefire_mediator(make_extraction, store_of, kit) -> None:
    x = make_extraction("unknown", [
        "واتفق الطرفان على هدنة بعد لقاء بين عبد الله الفلاني ووفد الحكومة اليمنية.",
    ], [kit.state("YEM", "اليمن", "Yemen"),
        kit.entity("houthis", "Organization", ("الحوثيون",), subtype="ArmedGroup"),
        kit.entity("person/x", "Person", ("عبد الله الفلاني",))],
        [("ceasefire", "YEM", "houthis", 0), ("contacts", "person/x", "YEM", 0)])
    assert infer_mediation(to_networkx(store_of(x))) == []
