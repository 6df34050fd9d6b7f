"""Hand-overs as cessions, co-agents of a deployment and deployments into a place named
before (sentences written for these tests, about real events, in our own words)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text


def typed(nlp, text: str, rtype: str) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text, published="2024-05-10")
    return {(r.source, r.target) for r in ex.relations if r.type == rtype}


# ------------------------------------------------------------------ cedes_to: hand-overs

@pytest.mark.parametrize("text, expected", [
    ("وسلمت جبهة النصرة مواقعها في البلدة إلى الجيش السوري.", ("jabhat_al_nusra", "SYR")),
    ("وكانت حركة الشباب قد أبرمت اتفاقا مع مقديشو تخلت بموجبه عن مواقعها في المدينة "
     "لصالح الجيش الصومالي.", ("al_shabaab", "SOM")),
])
def test_handing_ground_over_cedes_it(nlp, text, expected):
    got = {(s, t.split("/")[0]) for s, t in typed(nlp, text, "cedes_to")}
    assert expected in got


def test_a_coordinated_hand_over_keeps_the_withdrawing_subject(nlp):
    text = ("وتقدم الجيش السوري نحو المدينة، قبل أن تنسحب وحدات من جبهة النصرة وتسلم "
            "المعبر والمطار للجيش السوري.")
    got = {(s, t.split("/")[0]) for s, t in typed(nlp, text, "cedes_to")}
    assert ("jabhat_al_nusra", "SYR") in got


@pytest.mark.parametrize("text", [
    "وتسلم الرئيس الفرنسي رسالة من نظيره الروسي.",  # received: no ground, no receiver
    "ودعا الرئيس الصومالي مقاتلي حركة الشباب إلى تسليم أنفسهم.",  # surrender themselves
])
def test_receiving_or_surrendering_is_no_cession(nlp, text):
    assert not typed(nlp, text, "cedes_to")


# ------------------------------------------------------------------ deploys_to: co-agents

def test_a_fronted_co_agent_deploys_too(nlp):
    text = "وإلى جانب فرنسا، أرسلت بريطانيا ألف جندي إلى إستونيا."
    assert {("GBR", "EST"), ("FRA", "EST")} <= typed(nlp, text, "deploys_to")


def test_a_trailing_co_agent_and_a_pronoun_destination(nlp):
    text = ("وبدأت الأمم المتحدة نشر بعثتها العسكرية في مالي، وتسهم فيها تشاد بنحو ألف "
            "جندي، إلى جانب النيجر والسنغال.")
    assert {("UN", "MLI"), ("TCD", "MLI"), ("NER", "MLI"), ("SEN", "MLI")} <= typed(
        nlp, text, "deploys_to")


def test_alongside_after_another_predicate_is_no_co_agent(nlp):
    text = ("وتتهم الحكومة موسكو بتجنيد مرتزقة للقتال إلى جانب قوات حفتر، فيما نشرت تركيا "
            "مستشارين عسكريين في ليبيا.")
    got = typed(nlp, text, "deploys_to")
    assert ("TUR", "LBY") in got
    assert not {s for s, _ in got} - {"TUR"}


def test_the_host_army_alongside_is_no_deployer(nlp):
    text = "ونشرت فرنسا قوات في مالي إلى جانب الجيش المالي."
    assert typed(nlp, text, "deploys_to") == {("FRA", "MLI")}


def test_a_relative_clause_stationed_in_the_places_named_before(nlp):
    text = ("وتخلى الجيش الأوكراني عن مواقعه في باخموت لصالح القوات الروسية التي انتشرت "
            "فيها.")
    got = typed(nlp, text, "deploys_to")
    assert any(s.startswith("RUS") and t == "bakhmut" for s, t in got)


def test_a_time_phrase_between_the_subject_and_the_deployment(nlp):
    text = "وبدأت سادك منتصف الشهر الماضي نشر قوات في موزمبيق."
    assert ("SADC", "MOZ") in typed(nlp, text, "deploys_to")


def test_an_alleged_deployment_is_no_deployment(nlp):
    assert ("RUS", "LBY") in typed(nlp, "وأرسلت موسكو الشهر الماضي طائرات حربية إلى ليبيا.",
                                   "deploys_to")
    text = "واتهم البرلمان الليبي موسكو خلال الشهر الماضي بإرسال طائرات حربية إلى ليبيا."
    assert not typed(nlp, text, "deploys_to")


def test_a_pronoun_destination_keeps_the_sentence_subject_before_a_speaker(nlp):
    text = ("وعززت تشاد وجودها العسكري في إقليم تيبستي، وأرسلت إليه مدرعات وجنودا، في خطوة "
            "قالت وزارة الدفاع التشادية إنها وقائية.")
    got = typed(nlp, text, "deploys_to")
    assert got and all(s == "TCD" for s, _ in got)


# ------------------------------------------------------------------ mediates: messages carried

@pytest.mark.parametrize("text, expected", [
    ("واتهمت إسرائيل حركة حماس بخرق الهدنة. وتسلمت قطر رسالة من حركة حماس، قبل أن تنقلها "
     "إلى إسرائيل.", {("QAT", "hamas"), ("QAT", "ISR")}),
    ("وتبادل الجيشان الأمريكي والإيراني الاتهامات. ونقلت سلطنة عمان رسائل بين الولايات "
     "المتحدة وإيران.", {("OMN", "USA"), ("OMN", "IRN")}),
])
def test_carrying_messages_between_two_sides_mediates(nlp, text, expected):
    assert expected <= typed(nlp, text, "mediates")


@pytest.mark.parametrize("text", [
    "واتهمت إسرائيل حركة حماس بخرق الهدنة. ونقلت مصر رسالة إلى إسرائيل.",  # one side only
    "واتهمت روسيا أوكرانيا بقصف المدينة. ونقلت فرنسا رسالة إلى أوكرانيا وبولندا.",  # no two sides
])
def test_a_message_to_one_side_or_to_friends_is_no_mediation(nlp, text):
    assert not typed(nlp, text, "mediates")


# ------------------------------------------------------------------ collectives: "البلدين"

def test_the_two_countries_beside_a_state_and_rebel_dyad_are_the_datelines_too(nlp):
    text = ("نيروبي (وكالات) - اشتبك الجيش الصومالي مع حركة الشباب قرب الحدود الكينية. "
            "ودعا الاتحاد الأفريقي البلدين إلى ضبط النفس.")
    assert typed(nlp, text, "calls_on") == {("AU", "SOM"), ("AU", "KEN")}


# ------------------------------------------------------------------ mediates: shuttling with an apposition

def test_shuttling_with_an_apposed_title_and_the_appeal_that_follows(nlp):
    text = ("واتهمت أرمينيا أذربيجان بقصف قرى حدودية. وتنقل رئيس مجموعة مينسك، "
            "وزير الخارجية الفرنسي جان إيف لودريان، بين العاصمتين، ودعا الجانبين إلى التهدئة.")
    got = typed(nlp, text, "mediates")
    med = {s for s, _ in got}
    assert {t for _, t in got} >= {"ARM", "AZE"} and med
    assert med == {s for s, _ in typed(nlp, text, "calls_on")}


# ------------------------------------------------------------------ deploys_to: more destinations

def test_a_relative_clause_with_its_own_subject_and_two_destinations(nlp):
    text = ("وانتقدت أنقرة مهمة حلف شمال الأطلسي، الذي تنشر فرنسا في إطاره نحو ألف جندي في "
            "رومانيا ونحو 300 في إستونيا.")
    got = typed(nlp, text, "deploys_to")
    assert {("FRA", "ROU"), ("FRA", "EST")} <= got
    assert not any(s == "NATO" for s, _ in got)


def test_troops_sent_to_a_base_near_a_city(nlp):
    text = "أما فرنسا، فقد أرسلت دفعة من جنودها إلى قاعدتها العسكرية قرب نيامي."
    got = typed(nlp, text, "deploys_to")
    assert got and all(s == "FRA" for s, _ in got)


def test_warships_are_a_deployment(nlp):
    text = "ونشرت الولايات المتحدة مدمرات وغواصة في البحر الأحمر."
    assert ("USA", "red_sea") in typed(nlp, text, "deploys_to")


# ------------------------------------------------------------------ participles: "إياها", relative subjects

def test_a_participle_after_a_relative_clause_takes_its_antecedent_and_its_pronoun(nlp):
    text = ("وكانت السعودية والإمارات والبحرين قد أصدرت بيانا. واجتمع في الرياض وزراء خارجية "
            "الدول الثلاث، التي قطعت علاقاتها مع إيران، متهمة إياها بدعم جماعات مسلحة.")
    assert {("SAU", "IRN"), ("ARE", "IRN"), ("BHR", "IRN")} <= typed(nlp, text, "accuses")


def test_a_detached_pronoun_whose_nearest_actor_is_the_subject_gives_nothing(nlp):
    text = ("ويطالب عدد من أحزاب المعارضة الأرمينية باستقالة نيكول باشينيان، متهمين إياه "
            "بتقديم تنازلات.")
    assert not any(s.startswith("person/") and t.startswith("ARM/")
                   for s, t in typed(nlp, text, "accuses"))


# ------------------------------------------------------------------ fights: retaking ground

@pytest.mark.parametrize("text, expected", [
    ("واستعاد الجيش العراقي مدينة الموصل من تنظيم الدولة الإسلامية.", ("IRQ", "isis")),
    ("وطردت القوات الصومالية مقاتلي حركة الشباب من البلدة.", ("SOM", "al_shabaab")),
])
def test_retaking_ground_or_driving_out_fights_who_held_it(nlp, text, expected):
    assert expected in {(s.split("/")[0], t) for s, t in typed(nlp, text, "fights")}


def test_recovering_something_that_is_no_ground_is_no_fight(nlp):
    text = "واستعادت الحكومة العراقية أموالا من الحكومة السورية."
    assert not typed(nlp, text, "fights")


def test_military_planes_laden_with_aid_are_no_deployment(nlp):
    text = "وقال الرئيس إن الولايات المتحدة سترسل طائرات عسكرية محملة بالمساعدات الإنسانية إلى تبليسي."
    assert not typed(nlp, text, "deploys_to")
    text = "ونشرت الأمم المتحدة قوات حفظ السلام لحماية المساعدات الإنسانية في دارفور."
    assert ("UN", "darfur") in typed(nlp, text, "deploys_to")


def test_a_statement_as_subject_speaks_for_whoever_issued_it(nlp):
    text = ("وقال المتحدث باسم الجيش السوداني، في بيان، إن الدورية تعرضت لإطلاق نار. "
            "واتهم البيان الجيش الإثيوبي بتوفير الغطاء للمسلحين.")
    got = typed(nlp, text, "accuses")
    assert got and all(t == "ETH/army" and not s.startswith("ETH") for s, t in got)
