"""Further surface forms of mediation, accusation and support (sentences written for these
tests, about real events, in our own words)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text

FIGHT_TH_KH = "اندلعت اشتباكات بين تايلاند وكمبوديا على الحدود. "


def rels(nlp, text: str, published: str | None = "2025-07-30") -> set[tuple[str, str, str]]:
    ex = extract_text(nlp, text, published=published)
    return {(r.type, r.source, r.target) for r in ex.relations}


def mediators(nlp, text: str) -> set[str]:
    return {s for t, s, _ in rels(nlp, text) if t == "mediates"}


def dyad_pairs(nlp, text: str, rtype: str, published: str = "2025-07-30") -> set[tuple[str, str]]:
    """``(source, target)`` of ``rtype`` relations, each end rolled up to its state or group
    (``part_of``, then the first role), as the scorer's dyad level does."""
    ex = extract_text(nlp, text, published=published)
    infos = {e.id: e for e in ex.entities}

    def top(x: str) -> str:
        seen = set()
        while x in infos and x not in seen:
            seen.add(x)
            info = infos[x]
            parent = info.part_of or (info.roles[0].of if info.roles else None)
            if not parent:
                break
            x = parent
        return x

    return {(top(r.source), top(r.target)) for r in ex.relations if r.type == rtype}


# ------------------------------------------------------------------ mediation: listed mediators


@pytest.mark.parametrize("text, expected", [
    # a head noun, then the list after "وهي"
    (FIGHT_TH_KH + "ووقّع البلدان الإعلان برعاية الدول الراعية وهي ماليزيا والصين واليابان.",
     {"MYS", "CHN", "JPN"}),
    # after a colon, comma-separated
    (FIGHT_TH_KH + "وشارك في الجولة الوسطاء: ماليزيا، واليابان.", {"MYS", "JPN"}),
    # in parentheses
    (FIGHT_TH_KH + "وجرى اللقاء برعاية الدولتين الوسيطتين (ماليزيا والصين).", {"MYS", "CHN"}),
    # coordinated mediators after "تحت رعاية" and "برعاية مشتركة من"
    (FIGHT_TH_KH + "ووقّع الطرفان الاتفاق تحت رعاية ماليزيا والصين.", {"MYS", "CHN"}),
    (FIGHT_TH_KH + "وعُقدت الجولة برعاية مشتركة من ماليزيا واليابان.", {"MYS", "JPN"}),
    # efforts, a relative clause, mediators "from", a host announcing the talks
    (FIGHT_TH_KH + "وتواصلت جهود ماليزيا للوساطة بين البلدين.", {"MYS"}),
    (FIGHT_TH_KH + "وقال مسؤول إن الوساطة التي تقودها ماليزيا تحرز تقدما.", {"MYS"}),
    (FIGHT_TH_KH + "وانطلقت جولة مفاوضات بين البلدين بمشاركة وسطاء من ماليزيا.", {"MYS"}),
    (FIGHT_TH_KH + "وأعلنت ماليزيا أنها ستستضيف جولة محادثات بين الجانبين.", {"MYS"}),
])
def test_mediators_mediate_for_both_sides(nlp, text, expected):
    got = rels(nlp, text)
    for m in expected:
        assert {("mediates", m, "THA"), ("mediates", m, "KHM")} <= got, (m, got)


def test_an_actor_before_the_introducer_is_no_list_head(nlp):
    # "برعاية ماليزيا وهي ..." names Malaysia itself; what follows "وهي" is no mediator
    got = mediators(nlp, FIGHT_TH_KH + "وجرى اللقاء برعاية ماليزيا وهي دولة جارة للصين.")
    assert got == {"MYS"}


# ------------------------------------------------------------------ mediation: chairs of talks


@pytest.mark.parametrize("text, chair", [
    (FIGHT_TH_KH + "وجرت المفاوضات بين الجانبين برئاسة رئيس الوزراء الماليزي أنور إبراهيم.",
     "MYS"),
    (FIGHT_TH_KH + "وترأس وزير الخارجية الماليزي المحادثات بين البلدين في بوتراجايا.", "MYS"),
    (FIGHT_TH_KH + "واختُتمت المشاورات التي ترأستها ماليزيا أمس.", "MYS"),
    (FIGHT_TH_KH + "وبدأت محادثات تايلاندية كمبودية برئاسة ماليزيا.", "MYS"),
])
def test_the_chair_of_talks_between_the_sides_mediates(nlp, text, chair):
    got = dyad_pairs(nlp, text, "mediates")
    assert {(chair, "THA"), (chair, "KHM")} <= got, got


@pytest.mark.parametrize("text, rtype", [
    # a delegation's head, a party's own meeting, a council session: no mediation
    (FIGHT_TH_KH + "ووصل إلى بوتراجايا وفد تايلاندي برئاسة وزير الخارجية التايلاندي.", "mediates"),
    (FIGHT_TH_KH + "وعُقد اجتماع لمجلس الأمن القومي برئاسة رئيس الوزراء الكمبودي.", "mediates"),
    (FIGHT_TH_KH + "وترأس رئيس الوزراء التايلاندي اجتماعا للحكومة.", "mediates"),
    (FIGHT_TH_KH + "وعقد مجلس الأمن جلسة طارئة برئاسة فرنسا.", "mediates"),
    (FIGHT_TH_KH + "وحضرت الصين الاجتماع بصفة مراقب.", "mediates"),
    # appeals with no addressee borrow none, not even from a contact before them
    (FIGHT_TH_KH + "ودعت الصين إلى وقف التصعيد.", "calls_on"),
    (FIGHT_TH_KH + "ودعت اليابان في بيان إلى وقف الأعمال العدائية.", "calls_on"),
    (FIGHT_TH_KH + "والتقى الأمين العام للأمم المتحدة سفير تايلاند، ودعا إلى وقف إطلاق النار.",
     "calls_on"),
    (FIGHT_TH_KH + "وأجرى وزير الخارجية الصيني اتصالا مع نظيره التايلاندي، ثم دعا في بيان إلى "
     "الهدوء.", "calls_on"),
])
def test_forms_that_state_no_such_relation(nlp, text, rtype):
    assert not any(t == rtype for t, _, _ in rels(nlp, text))


def test_who_undertakes_the_mediation_mediates(nlp):
    got = rels(nlp, FIGHT_TH_KH + "وتتولى ماليزيا الوساطة بين البلدين منذ أسبوع.")
    assert {("mediates", "MYS", "THA"), ("mediates", "MYS", "KHM")} <= got


def test_rejected_mediation_is_none(nlp):
    assert not mediators(nlp, FIGHT_TH_KH + "ورفضت تايلاند الوساطة.")


# ------------------------------------------------------------------ contacts with both sides


@pytest.mark.parametrize("text", [
    FIGHT_TH_KH + "وأجرى أنور إبراهيم اتصالا هاتفيا بكل من تايلاند وكمبوديا.",
    FIGHT_TH_KH + "واتصل أنور إبراهيم بكل من رئيسي الوزراء التايلاندي والكمبودي.",
    FIGHT_TH_KH + "وقالت الخارجية الصينية إن الوزير تحدث هاتفيا مع نظيريه التايلاندي والكمبودي.",
    FIGHT_TH_KH + "والتقى أنور إبراهيم بوزيري خارجية تايلاند وكمبوديا كلا على حدة.",
    FIGHT_TH_KH + "والتقى المبعوث الصيني بمسؤولين من البلدين.",
])
def test_contacts_with_each_side_reach_both(nlp, text):
    ex = extract_text(nlp, text, published="2025-07-30")
    reached = {r.target for r in ex.relations if r.type == "contacts"}
    assert {"THA", "KHM"} <= reached, ex.relations


def test_contacts_with_both_sides_infer_mediation_end_to_end(tmp_path):
    import json

    from conflictkg.api import extract_file

    path = tmp_path / "a.txt"
    path.write_text(FIGHT_TH_KH + "واتصل أنور إبراهيم بكل من تايلاند وكمبوديا داعيا إلى التهدئة.",
                    encoding="utf-8")
    data = json.loads(extract_file(path, published="2025-07-30"))
    inferred = {r["target"] for r in data["relations"]
                if r["type"] == "mediates" and r.get("inferred")}
    assert inferred == {"THA", "KHM"}


def test_speaking_to_the_press_is_no_contact(nlp):
    got = rels(nlp, FIGHT_TH_KH + "وتحدث رئيس الوزراء الماليزي للصحفيين عن تايلاند.")
    assert not any(t == "contacts" for t, _, _ in got)


# ------------------------------------------------------------------ accusations

FIGHT_IN_PK = "تجددت الاشتباكات بين الهند وباكستان في كشمير. "
BOTH_WAYS = {("accuses", "IND", "PAK"), ("accuses", "PAK", "IND")}


@pytest.mark.parametrize("text", [
    FIGHT_IN_PK + "وتبادلت الهند وباكستان الاتهامات بإشعال المواجهة.",
    FIGHT_IN_PK + "وتبادلت الحكومتان الاتهامات بشأن القصف.",
    FIGHT_IN_PK + "ويأتي ذلك وسط اتهامات متبادلة بين نيودلهي وإسلام آباد بشأن البادئ بإطلاق النار.",
    FIGHT_IN_PK + "وجرى تبادل الاتهامات بين الهند وباكستان في مجلس الأمن.",
    FIGHT_IN_PK + "واستمر القصف ليلا وسط اتهامات متبادلة بخرق التفاهمات.",
])
def test_mutual_accusations_go_both_ways(nlp, text):
    assert BOTH_WAYS <= rels(nlp, text)


@pytest.mark.parametrize("text", [
    FIGHT_IN_PK + "ونفت باكستان ذلك وحمّلت الهند المسؤولية.",
    FIGHT_IN_PK + "ونفت إسلام آباد الاتهام، وحمّلت نيودلهي مسؤولية التوتر.",
    FIGHT_IN_PK + "ونفت باكستان الاتهامات واتهمت الهند بافتعال الأزمة.",
    FIGHT_IN_PK + "ونفى الجيش الباكستاني أي صلة له بالهجوم، محمّلا الهند مسؤولية التصعيد.",
    FIGHT_IN_PK + "وحمّلت إسلام آباد مسؤولية الانفجار للهند.",
    FIGHT_IN_PK + "وحمّلت الحكومة الباكستانية الجانب الهندي مسؤولية التصعيد.",
])
def test_a_denial_then_a_blame_still_blames(nlp, text):
    assert ("PAK", "IND") in dyad_pairs(nlp, text, "accuses", "2025-05-08")


def test_a_denied_accusation_is_no_accusation(nlp):
    got = rels(nlp, FIGHT_IN_PK + "ونفت باكستان الاتهامات الهندية.")
    assert not any(t == "accuses" for t, _, _ in got)
    assert ("denies", "PAK", "IND") in got


# ------------------------------------------------------------------ polarity of support

FIGHT_CD_RW = "تواصلت المعارك بين الجيش الكونغولي ومتمردي حركة إم 23 قرب غوما. "


def allied(nlp, text: str) -> set[frozenset[str]]:
    return {frozenset((s, t)) for ty, s, t in rels(nlp, text, "2025-02-10") if ty == "allied_with"}


@pytest.mark.parametrize("text", [
    FIGHT_CD_RW + "ونفت رواندا مجددا تقديم أي دعم لحركة إم 23.",
    FIGHT_CD_RW + "وتنفي رواندا أن تكون قد دعمت حركة إم 23.",
    FIGHT_CD_RW + "واتهمت كينشاسا رواندا بدعم حركة إم 23 بالسلاح.",
    FIGHT_CD_RW + "وتتهم الكونغو الديمقراطية رواندا بإرسال جنود للقتال إلى جانب حركة إم 23.",
    FIGHT_CD_RW + "واتهم الرئيس الكونغولي رواندا بأنها تساند حركة إم 23.",
])
def test_denied_or_alleged_support_is_no_alliance(nlp, text):
    assert frozenset(("RWA", "m23")) not in allied(nlp, text)


@pytest.mark.parametrize("text", [
    FIGHT_CD_RW + "وتقول الأمم المتحدة إن رواندا تدعم حركة إم 23.",
    FIGHT_CD_RW + "واتهمت الحكومة حركة إم 23 المدعومة من رواندا بقصف المدينة.",
])
def test_stated_support_stays_an_alliance(nlp, text):
    assert frozenset(("RWA", "m23")) in allied(nlp, text)


# ------------------------------------------------------------------ appeals without addressee


def appeals(nlp, text: str) -> set[str]:
    return {t for ty, _, t in rels(nlp, text, "2025-05-08") if ty == "calls_on"}


def test_an_appeal_made_in_the_call_goes_to_those_called(nlp):
    text = FIGHT_IN_PK + "واتصل وزير الخارجية الصيني بنظيريه الهندي والباكستاني، داعيا إلى الهدوء."
    assert {"IND", "PAK"} <= appeals(nlp, text)


def test_who_leads_the_talks_mediates_but_not_a_delegation_head(nlp):
    ex = extract_text(nlp, FIGHT_TH_KH + "ويقود المبعوث الأميركي المحادثات بين الطرفين منذ أسابيع.",
                      published="2025-07-30")
    assert {r.target for r in ex.relations if r.type == "mediates"} == {"THA", "KHM"}
    assert not mediators(nlp, FIGHT_TH_KH + "وقاد وزير الخارجية التايلاندي وفد بلاده في المفاوضات.")


@pytest.mark.parametrize("text, pair", [
    # the blamed after a long subject (title, ministry, name)
    (FIGHT_IN_PK + "وحمّل المتحدث باسم وزارة الخارجية الباكستانية شفقت علي خان القوات الهندية "
     "المسؤولية.", ("PAK", "IND")),
    # condemning an actor's attack
    (FIGHT_IN_PK + "وأدانت إسلام آباد القصف الهندي على مظفر آباد.", ("PAK", "IND")),
    # a participle after a denial: the denier accuses
    (FIGHT_IN_PK + "واتهمت نيودلهي إسلام آباد بإيواء مسلحين، وهو ما نفته الخارجية الباكستانية، "
     "متهمة الهند بتأجيج التوتر.", ("PAK", "IND")),
])
def test_blame_shapes(nlp, text, pair):
    assert pair in dyad_pairs(nlp, text, "accuses", "2025-05-08")


@pytest.mark.parametrize("text, expected", [
    (FIGHT_IN_PK + "واتهمت الهند، في بيان شديد اللهجة، باكستان بتدبير الهجوم.",
     {("accuses", "IND", "PAK")}),
    (FIGHT_IN_PK + "وحمّلت الهند في بيان لوزارة خارجيتها باكستان مسؤولية الانفجار.",
     {("accuses", "IND", "PAK")}),
    (FIGHT_IN_PK + "وألقت الهند باللوم على باكستان في الانفجار.", {("accuses", "IND", "PAK")}),
    (FIGHT_IN_PK + "وأنحت باكستان باللائمة على الهند.", {("accuses", "PAK", "IND")}),
    (FIGHT_IN_PK + "وقالت الهند إن باكستان مسؤولة عن الانفجار.", {("accuses", "IND", "PAK")}),
    (FIGHT_IN_PK + "واتهم كل طرف الآخر بخرق التفاهمات.", BOTH_WAYS),
    (FIGHT_IN_PK + "ويتهم كل من البلدين الآخر بالبدء بإطلاق النار.", BOTH_WAYS),
])
def test_more_accusation_shapes(nlp, text, expected):
    assert expected <= rels(nlp, text)


def test_claiming_ones_own_responsibility_accuses_nobody(nlp):
    got = rels(nlp, FIGHT_IN_PK + "وقالت جماعة لشكر طيبة إنها مسؤولة عن الانفجار.")
    assert not any(t == "accuses" for t, _, _ in got)


@pytest.mark.parametrize("text", [
    # a summit both sides attend, chaired by a third party
    FIGHT_TH_KH + "وحضر القمة التي ترأسها رئيس الوزراء الماليزي الزعيمان التايلاندي والكمبودي.",
    FIGHT_TH_KH + "وعُقد اجتماع ضم وزيري خارجية تايلاند وكمبوديا برئاسة وزير الخارجية الماليزي.",
    # the head of a mediation team
    FIGHT_TH_KH + "وقدم فريق الوساطة برئاسة وزير الخارجية الماليزي مقترحا جديدا.",
])
def test_chairs_of_meetings_and_mediation_teams(nlp, text):
    ex = extract_text(nlp, text, published="2025-07-30")
    assert {r.target for r in ex.relations if r.type == "mediates"} >= {"THA", "KHM"}


def test_round_tables_organised_by_a_third_party(nlp):
    got = rels(nlp, FIGHT_TH_KH + "وتُعقد الموائد المستديرة التي تنظمها الأمم المتحدة في جنيف.")
    assert {("mediates", "UN", "THA"), ("mediates", "UN", "KHM")} <= got


def test_successive_calls_reach_each_side(nlp):
    ex = extract_text(nlp, FIGHT_TH_KH + "واتصل أنور إبراهيم برئيس الوزراء التايلاندي ثم بنظيره "
                      "الكمبودي.", published="2025-07-30")
    reached = {r.target for r in ex.relations if r.type == "contacts"}
    assert "KHM" in reached and len(reached) == 2


def test_a_renewed_call_is_an_appeal_not_a_truce(nlp):
    got = rels(nlp, FIGHT_IN_PK + "وجددت الأمم المتحدة دعوتها إلى وقف الأعمال العدائية بين الجانبين.",
               "2025-05-08")
    assert {("calls_on", "UN", "IND"), ("calls_on", "UN", "PAK")} <= got
    assert not any(t == "ceasefire" for t, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    (FIGHT_TH_KH + "ووقّع الطرفان الاتفاق بضمانة ماليزيا والصين.", {"MYS", "CHN"}),
    (FIGHT_TH_KH + "ودعت ماليزيا والصين، الدولتان الضامنتان للاتفاق، إلى احترامه.", {"MYS", "CHN"}),
])
def test_guarantors_mediate(nlp, text, expected):
    assert mediators(nlp, text) == expected


def test_a_sponsor_of_terrorism_mediates_nothing(nlp):
    assert not mediators(nlp, FIGHT_TH_KH + "ووصفت تايلاند الصين بأنها الدولة الراعية للمتمردين.")


def test_later_mediation_of_the_talks_takes_their_parties(nlp):
    # the article's conflict is Thailand-Cambodia; the talks are China-Cambodia ones
    text = (FIGHT_TH_KH + "وبدأت في بكين مفاوضات بين الصين وكمبوديا حول الحدود البحرية. "
            "وقال مسؤول إن المحادثات تجري بوساطة ماليزيا.")
    got = {t for ty, s, t in rels(nlp, text) if ty == "mediates" and s == "MYS"}
    assert got == {"CHN", "KHM"}
