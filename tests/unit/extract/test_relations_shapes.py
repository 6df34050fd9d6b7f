"""Clause shapes and article context that unseen articles use: the accused glued to its
"بـ" complement after a subordinator or a same-subject opener, several accused in turn,
"X يقف وراء" in reported speech, observers (rights groups, agencies, UN panels) who are
no side of the conflict, "البلدين" beside a civil war, "بلا/بدون" as negation (sentences
written for these tests, about other conflicts, in our own words)."""
from __future__ import annotations

import pytest

from conflictkg.extract import extract_text


def rels(nlp, text: str, published: str | None = "2024-05-10") -> set[tuple[str, str, str]]:
    ex = extract_text(nlp, text, published=published)
    return {(r.type, r.source, r.target) for r in ex.relations}


def typed(nlp, text: str, rtype: str) -> set[tuple[str, str]]:
    return {(s, t) for ty, s, t in rels(nlp, text) if ty == rtype}


# ------------------------------------------------------------------ the accused before "بـ"


@pytest.mark.parametrize("text, pair", [
    # after a subordinator, the accuser named in the main clause
    ("وطالبت منظمة العفو الدولية الحكومة الصومالية بحماية المدنيين، بعدما اتهمت في تقرير "
     "سابق حركة الشباب بتنفيذ هجمات على الأسواق.", ("amnesty", "al_shabaab")),
    ("ودعت منظمة هيومن رايتس ووتش إلى تحقيق مستقل، بعد أن اتهمت الشهر الماضي الجيش "
     "الإثيوبي بارتكاب مجازر في تيغراي.", ("hrw", "ETH/army")),
    ("وأصدرت منظمة العفو الدولية تقريرا جديدا، عقب أن اتهمت القوات الروسية بقصف مستشفيات "
     "في خاركيف.", ("amnesty", "RUS/armed_forces")),
    # a same-subject opener carries the last speaker on
    ("وحمّلت وزارة الدفاع الأرمينية أذربيجان مسؤولية التصعيد. كما اتهمت القوات الأذربيجانية "
     "بقصف قرى حدودية.", ("ARM/mod", "AZE/armed_forces")),
    ("وأدانت الحكومة الصومالية الهجوم. ثم اتهمت حركة الشباب بالوقوف وراء التفجير.",
     ("SOM", "al_shabaab")),
    ("وأدانت الحكومة الصومالية الهجوم. وكما اتهمت حركة الشباب بشن هجمات سابقة على الفنادق.",
     ("SOM", "al_shabaab")),
])
def test_the_actor_glued_to_its_complement_is_the_accused(nlp, text, pair):
    assert pair in typed(nlp, text, "accuses")
    assert (pair[1], pair[0]) not in typed(nlp, text, "accuses")


@pytest.mark.parametrize("text, accused", [
    ("واتهم الجيش الأوكراني روسيا بقصف خاركيف، والقوات البيلاروسية بتسهيل عبور القوات.",
     {"RUS", "BLR/armed_forces"}),
    ("وطالبت منظمة العفو الدولية بتحقيق، بعدما اتهمت حركة الشباب بتنفيذ هجمات على الأسواق، "
     "والجيش الصومالي بقتل مدنيين.", {"al_shabaab", "SOM/army"}),
    ("وتتهم أرمينيا أذربيجان بخرق الهدنة وتركيا بإرسال مرتزقة.", {"AZE", "TUR"}),
])
def test_each_accused_in_turn(nlp, text, accused):
    assert accused <= {t for _, t in typed(nlp, text, "accuses")}


def test_a_verb_with_its_own_subject_before_b_keeps_it(nlp):
    # the actor after the verb has an object of its own: it is the accuser
    text = "وبعد ساعات، اتهمت أذربيجان أرمينيا بقصف مواقعها."
    assert typed(nlp, text, "accuses") == {("AZE", "ARM")}


# ------------------------------------------------------------------ "X يقف وراء" in speech


@pytest.mark.parametrize("text, pair", [
    ("وقال الجيش الباكستاني إن حركة طالبان باكستان تقف وراء التفجير.", ("PAK/army", "ttp")),
    ("وأعلنت وزارة الدفاع الأرمينية مقتل جنديين، معتبرة أن \"القوات الأذربيجانية\" تقف خلف "
     "الهجوم.", ("ARM/mod", "AZE/armed_forces")),
    ("وأكدت الحكومة الصومالية أن حركة الشباب كانت وراء الهجوم على الفندق.",
     ("SOM", "al_shabaab")),
    ("وقال الرئيس النيجيري إن جماعة بوكو حرام تقف وراء التفجير.", (None, "boko_haram")),
])
def test_standing_behind_an_attack_in_reported_speech_accuses(nlp, text, pair):
    got = typed(nlp, text, "accuses")
    assert any((pair[0] is None or s == pair[0]) and t == pair[1] for s, t in got)


def test_two_standing_behind(nlp):
    text = "ورأى الرئيس الأوكراني أن روسيا وبيلاروسيا تقفان وراء الهجمات على محطات الكهرباء."
    assert {t for _, t in typed(nlp, text, "accuses")} == {"RUS", "BLR"}


@pytest.mark.parametrize("text", [
    "وتقف حركة الشباب وراء معظم الهجمات في مقديشو.",  # the narrator's own statement
    "ونفت الحكومة الصومالية أن تكون حركة الشباب وراء الهجوم.",  # denied
    "وقالت وزارة الدفاع الأرمينية إنه إذا كانت أذربيجان تقف وراء الهجوم فسترد.",  # condition
    "وقال الجيش الباكستاني إن حركة طالبان باكستان لا تقف وراء التفجير.",  # negated
])
def test_standing_behind_states_nothing_outside_asserted_speech(nlp, text):
    assert not typed(nlp, text, "accuses")


def test_a_carried_subject_speaks_in_the_participle(nlp):
    text = ("وحمّلت وزارة الدفاع الأرمينية أذربيجان مسؤولية التصعيد. كما اتهمت القوات "
            "الأذربيجانية بقصف قرى حدودية، معتبرة أن تركيا تقف وراء الهجوم.")
    got = typed(nlp, text, "accuses")
    assert ("ARM/mod", "TUR") in got and ("AZE/armed_forces", "TUR") not in got


# ------------------------------------------------------------------ observers are no side


def test_a_rights_groups_accusations_do_not_make_the_dyad(nlp):
    # the only pairs stated are accusations by an NGO: the sides are the two accused, so
    # "الطرفين" reaches both of them and never the NGO
    text = ("وقالت الحكومة الإثيوبية إن المحادثات مستمرة. وطالبت منظمة هيومن رايتس ووتش "
            "الطرفين بحماية المدنيين، بعدما اتهمت الجيش الإثيوبي بقتل مدنيين، وجبهة تحرير "
            "شعب تيغراي بنهب المستشفيات.")
    got = rels(nlp, text)
    assert not any("hrw" in (s, t) for ty, s, t in got if ty in ("fights", "ceasefire"))
    assert ("accuses", "hrw", "tplf") in got


def test_a_dateline_agency_is_no_agent(nlp):
    text = ("أبوجا (رويترز) - انتهت عملية واسعة شنها الجيش النيجيري بعد ساعات من المواجهات "
            "مع جماعة بوكو حرام.")
    got = typed(nlp, text, "fights")
    assert not any("reuters" in p for p in got)


def test_a_go_between_is_no_side_of_the_counted_dyad(nlp):
    # no fight is stated: the two sides are the most named actors, the host excluded
    text = ("اتفق الوفد الحكومي الفلبيني ووفد جبهة تحرير مورو الإسلامية على خطة سلام، بتيسير "
            "من الحكومة الماليزية. وقالت ماليزيا إن ماليزيا ستواصل دعم الحوار، وإن ماليزيا "
            "ترحب بالخطة. ودعت الحكومة الماليزية الطرفين إلى الالتزام بالخطة.")
    got = typed(nlp, text, "calls_on")
    assert ("MYS", "MYS") not in got and not any(t == "MYS" for _, t in got)


# ------------------------------------------------------------------ "البلدين" beside a civil war


def test_the_two_countries_are_the_two_states_at_odds(nlp):
    text = ("واندلعت اشتباكات عنيفة بين الجيش الإثيوبي وجبهة تحرير شعب تيغراي. واتهمت إريتريا "
            "إثيوبيا بدعم المعارضة. وحض الاتحاد الأفريقي البلدين على ضبط النفس.")
    assert typed(nlp, text, "calls_on") == {("AU", "ERI"), ("AU", "ETH")}


def test_the_two_countries_of_a_war_between_states_stay_its_sides(nlp):
    text = ("واندلعت اشتباكات عنيفة بين الجيش الأرميني والجيش الأذربيجاني. وحض الاتحاد "
            "الأوروبي البلدين على ضبط النفس.")
    assert typed(nlp, text, "calls_on") == {("EU", "ARM"), ("EU", "AZE")}


# ------------------------------------------------------------------ "بلا" and "بدون" negate


@pytest.mark.parametrize("text", [
    "واندلعت اشتباكات بين الجيش الكولومبي وجيش التحرير الوطني. ومرّ الأسبوع بلا هدنة.",
    "واندلعت اشتباكات بين الجيش الكولومبي وجيش التحرير الوطني. وانتهت المحادثات بدون "
    "هدنة.",
    "واندلعت اشتباكات بين الجيش الكولومبي وجيش التحرير الوطني. وانتهت الجولة بلا وقف "
    "لإطلاق النار.",
])
def test_without_a_truce_is_no_truce(nlp, text):
    assert not typed(nlp, text, "ceasefire")


# ------------------------------------------------------------------ «على لسان» and «أما ... فـ»


@pytest.mark.parametrize("text, pairs", [
    ("وحثت موسكو، على لسان المتحدثة باسم خارجيتها ماريا زاخاروفا، أرمينيا وأذربيجان على "
     "ضبط النفس.", {("RUS", "ARM"), ("RUS", "AZE")}),
    ("ودعت بكين، على لسان وزير خارجيتها وانغ يي، الهند وباكستان إلى التهدئة.",
     {("CHN", "IND"), ("CHN", "PAK")}),
    ("وطالبت واشنطن، على لسان المتحدث باسم البيت الأبيض، إسرائيل بوقف الغارات.",
     {("USA", "ISR")}),
])
def test_an_appeal_through_a_spokesperson_reaches_its_addressee(nlp, text, pairs):
    assert pairs <= typed(nlp, text, "calls_on")


def test_a_complement_in_a_later_insertion_still_blocks(nlp):
    # "بتفعيل" inside the second comma pair is the complement: the force is no addressee
    text = ("وكان قادة الاتحاد الأفريقي قد أمروا، في قمة طارئة عقدت في أديس أبابا، بتفعيل "
            "\"القوة الاحتياطية\" استعدادا للتدخل، مع تأكيدهم أن الحوار ممكن.")
    assert not typed(nlp, text, "calls_on")


WAR = "واندلعت اشتباكات بين الجيش الأرميني والجيش الأذربيجاني. "


@pytest.mark.parametrize("text, rtype, pairs", [
    (WAR + "أما الأمين العام للأمم المتحدة أنطونيو غوتيريش، فحث الطرفين بدوره على ضبط النفس.",
     "calls_on", {"ARM", "AZE"}),
    (WAR + "أما فرنسا فقد دعت أذربيجان إلى وقف القصف.", "calls_on", {"AZE"}),
    (WAR + "وأما موسكو، فاتهمت أذربيجان بخرق الهدنة.", "accuses", {"AZE"}),
    (WAR + "أما الاتحاد الأوروبي فطالب الجانبين بالعودة إلى المفاوضات.", "calls_on",
     {"ARM", "AZE"}),
])
def test_the_topic_of_amma_is_the_subject_of_its_fa_verb(nlp, text, rtype, pairs):
    got = typed(nlp, text, rtype)
    assert {t for _, t in got} == pairs
    assert all(s not in ("ARM", "AZE") for s, _ in got)


# ------------------------------------------------------------------ facilitating talks


@pytest.mark.parametrize("text, mediator, parties", [
    ("النرويج تعلن تكليفها بتيسير محادثات بين الحكومة الكولومبية وجيش التحرير الوطني.",
     "NOR", {"COL", "eln"}),
    ("وتتولى ماليزيا تسهيل المحادثات بين الحكومة الفلبينية وجبهة تحرير مورو الإسلامية منذ "
     "عام 2001.", "MYS", {"PHL", "milf"}),
    ("ويسّرت قطر الحوار بين الولايات المتحدة وحركة طالبان في الدوحة.", "QAT",
     {"USA", "taliban"}),
    ("وأكدت النرويج أنها ستواصل تيسير المفاوضات بين الحكومة الكولومبية وجيش التحرير الوطني.",
     "NOR", {"COL", "eln"}),
    ("وقالت الحكومة السويسرية إنها تيسر عملية تفاوض بين الحكومة الكاميرونية والانفصاليين.",
     "CHE", {"CMR"}),
])
def test_who_facilitates_talks_between_two_sides_mediates(nlp, text, mediator, parties):
    assert {(mediator, p) for p in parties} <= typed(nlp, text, "mediates")


@pytest.mark.parametrize("text", [
    "وطالبت الأمم المتحدة بتسهيل وصول المساعدات إلى غزة.",
    "وقال الرئيس الأمريكي إن تسهيل التجارة بين الولايات المتحدة والصين أولوية.",
    "ولم تتمكن النرويج من تيسير المحادثات بين الحكومة الكولومبية وجيش التحرير الوطني.",
])
def test_facilitating_no_talks_or_failing_to_mediates_nothing(nlp, text):
    assert not typed(nlp, text, "mediates")


def test_a_facilitator_is_no_side_of_the_counted_dyad(nlp):
    text = ("سويسرا تعلن تيسير محادثات بين الكاميرون والانفصاليين. وقالت سويسرا إن سويسرا "
            "مستعدة. ورحبت الكاميرون بدور سويسرا. ودعا الاتحاد الأفريقي الطرفين إلى الحوار.")
    assert ("AU", "CHE") not in typed(nlp, text, "calls_on")


# ------------------------------------------------------------------ allies and solidarity


@pytest.mark.parametrize("text, pairs", [
    # dual construct
    ("وأعلنت مالي وبوركينا فاسو، حليفتا نيامي، أن أي تدخل عسكري في النيجر سيعد إعلان حرب.",
     {("BFA", "NER"), ("MLI", "NER")}),
    ("وأعلنت أرمينيا وبيلاروسيا، حليفتا موسكو، رفضهما للعقوبات.", {("ARM", "RUS"), ("BLR", "RUS")}),
    # adjectives between the ally noun and its "لـ" partner
    ("وتعد كمبالا الحليف الإقليمي الأبرز لجوبا.", {("UGA", "SSD")}),
    ("وتعد موسكو الحليفة الأوثق لدمشق.", {("RUS", "SYR")}),
    ("وتعد أوغندا الحليف الأول للحكومة في جوبا.", {("UGA", "SSD")}),
])
def test_ally_nouns_in_all_shapes(nlp, text, pairs):
    got = {tuple(sorted(p)) for p in typed(nlp, text, "allied_with")}
    assert {tuple(sorted(p)) for p in pairs} <= got


def test_an_ally_of_both_sides(nlp):
    text = ("واندلعت اشتباكات بين الجيش العراقي وقوات البيشمركة. ودعت الولايات المتحدة، "
            "الحليفة للطرفين، الجانبين إلى الحوار.")
    assert {t for _, t in typed(nlp, text, "allied_with")} == {"IRQ/army", "peshmerga"}


def test_an_ally_noun_before_a_preposition_phrase_takes_no_later_partner(nlp):
    text = "وتعد تركيا الحليف الأبرز في المنطقة لأذربيجان."
    assert not typed(nlp, text, "allied_with")


@pytest.mark.parametrize("text, pair", [
    ("وأكد الرئيس الغامبي أداما بارو، في اتصال هاتفي مع نظيره السنغالي ماكي سال، \"تضامن "
     "بلاده الكامل\" مع السنغال.", ("GMB", "SEN")),
    ("وأعلن وزير الخارجية التركي تأييد بلاده لأذربيجان.", ("TUR", "AZE")),
    ("وجدد الرئيس الكيني ويليام روتو تضامن حكومته مع الصومال.", ("KEN", "SOM")),
])
def test_solidarity_of_the_speakers_own_country(nlp, text, pair):
    assert pair in typed(nlp, text, "allied_with")


def test_solidarity_refused_is_no_alliance(nlp):
    assert not typed(nlp, "وأكد الرئيس الفرنسي أن بلاده لن تتضامن مع أي طرف.", "allied_with")


@pytest.mark.parametrize("text, pairs", [
    ("ودعت الأمم المتحدة، على لسان ستيفان دوجاريك المتحدث باسم أمينها العام، الولايات "
     "المتحدة وفنزويلا إلى خفض التوتر.", {("UN", "USA"), ("UN", "VEN")}),
    ("وحث الاتحاد الأوروبي، على لسان المتحدث باسم مسؤول السياسة الخارجية فيه بيتر ستانو، "
     "أرمينيا وأذربيجان على ضبط النفس.", {("EU", "ARM"), ("EU", "AZE")}),
    ("وطالبت الولايات المتحدة، على لسان المتحدث باسم وزارة الخارجية ماثيو ميلر، إسرائيل "
     "بوقف الغارات.", {("USA", "ISR")}),
])
def test_a_long_spokesperson_insertion_is_skipped_whole(nlp, text, pairs):
    assert typed(nlp, text, "calls_on") == pairs


# ------------------------------------------------------------------ geography is no dyad


@pytest.mark.parametrize("text", [
    "وقتل أربعة جنود سنغاليين في اشتباك مع متمردين. ويقع إقليم كازامانس، الواقع جنوب "
    "السنغال بين غامبيا وغينيا بيساو، في منطقة غابات.",
    "وقتل ثلاثة جنود في اشتباك مع مسلحين. وتمر الطريق الرابطة بين مالي والنيجر عبر مناطق "
    "صحراوية.",
    "وقتل ثلاثة جنود في اشتباك مع مسلحين. وتقع البلدة على مسافة قريبة من الحدود بين مالي "
    "والنيجر.",
])
def test_a_place_between_two_states_puts_them_at_no_odds(nlp, text):
    assert not typed(nlp, text, "fights")


def test_tension_between_two_states_still_makes_the_dyad(nlp):
    text = "وقتل ثلاثة جنود في اشتباكات. وتصاعد التوتر بين مالي والنيجر."
    assert typed(nlp, text, "fights") == {("MLI", "NER")}


# ------------------------------------------------------------------ a truce "مع" the other side


@pytest.mark.parametrize("text, pair", [
    ("واتفقت الحكومة الكولومبية على هدنة مع جيش التحرير الوطني.", ("COL", "eln")),
    ("ووقعت الحكومة الكولومبية اتفاق وقف إطلاق النار مع جيش التحرير الوطني في هافانا.",
     ("COL", "eln")),
    ("وأعلنت حركة طالبان هدنة مع القوات الأفغانية لمدة ثلاثة أيام.",
     ("taliban", "AFG/armed_forces")),
])
def test_a_truce_with_the_other_side(nlp, text, pair):
    got = {tuple(sorted(p)) for p in typed(nlp, text, "ceasefire")}
    assert tuple(sorted(pair)) in got


@pytest.mark.parametrize("text", [
    "ورفضت الحكومة الكولومبية أي هدنة مع جيش التحرير الوطني.",
    "ودعت الأمم المتحدة الحكومة الكولومبية إلى هدنة مع جيش التحرير الوطني.",
    "ولم تعلن الحكومة الكولومبية أي وقف لإطلاق النار مع جيش التحرير الوطني.",
])
def test_any_truce_or_one_called_for_is_none(nlp, text):
    assert not typed(nlp, text, "ceasefire")


# ------------------------------------------------------------------ clashes "مع مقاتلي X"


@pytest.mark.parametrize("text, pair", [
    ("وتقدمت وحدات من الشرطة العراقية نحو المدينة، ودارت اشتباكات متقطعة مع مقاتلي "
     "البيشمركة جنوب المدينة.", ("IRQ/police", "peshmerga")),
    ("وتوغلت القوات الإثيوبية في المنطقة، ودارت معارك عنيفة مع عناصر الجيش السوداني.",
     ("ETH/armed_forces", "SDN/army")),
    ("وانتشرت عناصر من الجيش المالي في المدينة، واندلعت مواجهات مع مسلحي جماعة نصرة "
     "الإسلام والمسلمين.", ("mli_armed_forces", "jnim")),
])
def test_clashes_with_the_fighters_of_a_group(nlp, text, pair):
    got = {tuple(sorted(p)) for p in typed(nlp, text, "fights")}
    assert tuple(sorted(pair)) in got


# ------------------------------------------------------------------ "في البلاد" under a late dateline


@pytest.mark.parametrize("text", [
    "أفريقيا | مالي\nالإثنين 18 تشرين الأول 2021\nحجم الخط\nعنوان الخبر\n.\nسطر فرعي\n"
    "باماكو (أ ف ب) - قالت الحكومة إن الوضع هادئ. وتنشر الأمم المتحدة نحو 13 ألف جندي من "
    "قوات حفظ السلام في البلاد.",
    "باماكو (أ ف ب) - قالت الحكومة إن الوضع هادئ. ونشرت الأمم المتحدة آلاف الجنود داخل البلاد.",
    "باماكو (أ ف ب) - قالت الحكومة إن الوضع هادئ. وأرسلت الأمم المتحدة تعزيزات عسكرية إلى "
    "البلاد.",
])
def test_troops_sent_into_the_country_go_to_the_datelines_state(nlp, text):
    assert ("UN", "MLI") in typed(nlp, text, "deploys_to")
