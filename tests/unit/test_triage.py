"""Free-text safety triage (SAFETY.md 3.1, 3.2 and 7): a fixed, tested rule set."""

from __future__ import annotations

import re

import pytest

from coach.questions.answers import answer
from coach.questions.triage import Triage, TriageLevel, safety_ask_text, safety_reply, triage
from coach.text import squeezed
from content.safety import DISCLAIMER, SAFETY_ASK_QUESTION, SAFETY_REPLIES, SAFETY_SUMMARY
from tests.probes import each
from tests.unit.telegram_html import valid_html

E = TriageLevel.EMERGENCY
C = TriageLevel.CLINICIAN
S = TriageLevel.STOP_PAIN
N = TriageLevel.NONE

# (message, expected level, a sign key that must be among the matches or None)
CASES: list[tuple[str, TriageLevel, str | None]] = [
    # --- 3.1 emergency: saddle area ---
    ("I have numbness between my legs", E, "saddle_numbness"),
    ("tingling around my genitals since this morning", E, "saddle_numbness"),
    ("numb around my back passage", E, "saddle_numbness"),
    ("my inner thighs feel numb", E, "saddle_numbness"),
    ("saddle area feels strange", E, "saddle_numbness"),
    ("can't feel anything when I wipe after the toilet", E, "saddle_numbness"),
    ("pins and needles in my groin", E, "saddle_numbness"),
    # a word between "can't" and "feel", or "barely / hardly feel": still loss of feeling
    (
        "since yesterday i cant really feel my bum when i wipe, is the twist still ok",
        E,
        "saddle_numbness",
    ),
    ("i can barely feel my bum", E, "saddle_numbness"),
    ("i can hardly feel my bottom", E, "saddle_numbness"),
    ("i couldnt even feel the toilet paper", E, "saddle_numbness"),
    ("i cant really feel my legs", E, "both_legs"),
    ("i can barely feel my feet", E, "both_legs"),
    ("i cant feel my left leg", C, "numbness"),
    ("can't really feel my foot", C, "numbness"),
    # --- 3.1 emergency: bladder and bowel ---
    ("new trouble peeing since yesterday", E, "bladder"),
    ("I can't control my bladder", E, "bladder"),
    ("I've been leaking a bit", E, "bladder"),
    ("I wet myself without noticing", E, "bladder"),
    ("difficulty going to the toilet", E, "bladder"),
    ("lost control of my bowels", E, "bowel"),
    ("I pooed myself", E, "bowel"),
    # --- 3.1 emergency: both legs, weakening, foot drop ---
    ("pain in both legs", E, "both_legs"),
    ("tingling in both of my legs", E, "both_legs"),
    ("both feet are numb", E, "both_legs"),
    ("my legs feel weak", E, "both_legs"),
    ("weakness in both legs when I stand", E, "both_legs"),
    ("my leg is getting weaker every day", E, "leg_weakening"),
    ("my right foot keeps catching on the floor when i walk", E, "leg_weakening"),
    ("my toes scuff on the pavement since last week", E, "leg_weakening"),
    ("my foot is dragging when I walk", E, "leg_weakening"),
    ("I think I have foot drop", E, "leg_weakening"),
    ("my legs keep giving way", E, "leg_weakening"),
    # --- 3.1 emergency: serious accident, chest pain ---
    ("I was in a car crash last week", E, "serious_trauma"),
    ("I fell down the stairs yesterday", E, "serious_trauma"),
    ("had a bad fall off a ladder", E, "serious_trauma"),
    ("I have chest pain", E, "chest_pain"),
    ("my chest feels tight and heavy", E, "chest_pain"),
    ("pain in my chest when I twist", E, "chest_pain"),
    # --- 3.2 and 7 clinician ---
    ("I have a fever and my back aches", C, "fever_unwell"),
    ("feeling really unwell today", C, "fever_unwell"),
    ("I've been sick all night", C, "fever_unwell"),
    ("I've lost a lot of weight without trying", C, "weight_loss"),
    ("unexplained weight loss", C, "weight_loss"),
    ("the pain wakes me up at night", C, "night_pain"),
    ("my back aches at night", C, "night_pain"),
    ("it's much worse at night", C, "night_pain"),
    ("the ache doesn't ease with rest", C, "rest_pain"),
    ("pain even when I'm resting", C, "rest_pain"),
    ("new pain between my shoulder blades", C, "shoulder_blade_pain"),
    ("numbness in my left leg", C, "numbness"),
    ("pins and needles in my right foot", C, "tingling"),
    ("my right leg feels weak", C, "weakness"),
    ("a bit numb", C, "numbness"),
    ("is tingling normal?", C, "tingling"),
    ("pain travels into my leg", C, "radiating_leg_pain"),
    ("pain going down my leg", C, "radiating_leg_pain"),
    ("I had a fall last week", C, "fall_accident"),
    ("I slipped on the ice", C, "fall_accident"),
    ("there's a new pain in my hip", C, "new_symptom"),
    ("the pain is in a new place today", C, "new_symptom"),
    ("I feel dizzy when I get up", C, "dizziness_fainting"),
    # --- 5 and 7 stop the movement ---
    ("it hurts", S, "hurts"),
    ("that hurts!", S, "hurts"),
    ("ouch", S, "hurts"),
    ("this is painful", S, "hurts"),
    ("sharp pain in my lower back", S, "sharp_pain"),
    ("shooting pain when I twist", S, "sharp_pain"),
    ("something popped", S, "popped"),
    ("felt a pop and now it hurts", S, "popped"),
    ("my back clicked and it hurts", S, "popped"),
    ("my back catches when I turn", S, "catching"),
    ("my back went into spasm", S, "spasm"),
    ("the pain is getting worse", S, "worse"),
    # --- typos and mixed case ---
    ("NUMBNESS BETWEEN MY LEGS", E, "saddle_numbness"),
    ("numbnes in my leg", C, "numbness"),
    ("tingeling in my foot", C, "tingling"),
    ("i cant control my bladdder", E, "bladder"),
    ("ive got a feaver", C, "fever_unwell"),
    ("WeAkNeSs In BoTh LeGs", E, "both_legs"),
    ("it’s really hurting", S, "hurts"),
    ("numbness between my legs, no séance of feeling", E, "saddle_numbness"),
    # --- red flags win over technique questions, long messages ---
    ("how long do I hold it, my legs are both numb", E, "both_legs"),
    ("sciatica with numbness in both legs", E, "both_legs"),
    (
        "I've been doing the twists for three weeks and they really help with stiffness. " * 10
        + "But since Tuesday there is some numbness in my groin when I sit down.",
        E,
        "saddle_numbness",
    ),
    (
        "Quick question about reps and sets and the mat and my arms. " * 40 + "Also it hurts.",
        S,
        "hurts",
    ),
    # --- a plain negation is not a sign; a sign beside it still is ---
    ("no numbness, just stiff", N, None),
    ("I don't have any tingling", N, None),
    ("no pain but both my legs are numb", E, "both_legs"),
    ("it doesn't hurt but my foot is dragging", E, "leg_weakening"),
    # --- ordinary technique questions: NONE ---
    ("how long do I hold it", N, None),
    ("I can feel the stretch in my bum", N, None),  # feeling it is not losing feeling
    ("i cant feel the stretch in my legs", N, None),
    ("which leg first", N, None),
    ("what muscles does it stretch", N, None),
    ("my foot doesn't reach the floor", N, None),
    ("is it ok with sciatica?", N, None),
    ("does it help sciatica", N, None),
    ("reps?", N, None),
    ("how many sets per side", N, None),
    ("does it help lower back pain?", N, None),
    ("I have back pain, can I do this?", N, None),
    ("can I do it at night before bed?", N, None),
    ("how long do I rest between sets", N, None),
    ("does it stretch my chest?", N, None),
    ("should both shoulders stay on the mat", N, None),
    ("I feel the stretch between my shoulder blades", N, None),
    ("number of reps", N, None),
    ("I'm new to this, what should I feel?", N, None),
    ("a wee bit stiff this morning", N, None),
    ("should I let my leg fall to the side?", N, None),
    ("where does my foot go, outside the other leg?", N, None),
    ("what's the pain scale for?", N, None),
    ("do I need a yoga mat", N, None),
    ("can I do it if I'm pregnant", N, None),
    ("I had back surgery two years ago", N, None),
    ("what are the warning signs", N, None),
    ("", N, None),
]


@each(("text", "level", "sign"), CASES)
def test_triage_table(text: str, level: TriageLevel, sign: str | None) -> None:
    result = triage(text)
    assert result.level is level, (text, result)
    if sign is not None:
        assert sign in result.signs, (text, result)
    else:
        assert result.signs == ()


# Context (issue 13): (message, level, ambiguous, context) for each triage rule.
# Round 7 (issue 13): a message that settles the matter itself (a harmless cause and gone now,
# the past and resolved, a hand's or an arm's symptom with a cause, someone else's with the
# writer fine) is answered without the question; these rows were asked back before.
CONTEXT_CASES: list[tuple[str, TriageLevel, bool, str | None]] = [
    # clearly harmless: plain negation
    ("no pain at all today, how many reps?", N, False, None),
    ("it doesn't hurt, is that right?", N, False, None),
    ("painless so far", N, False, None),
    ("pain free this week", N, False, None),
    ("nothing hurts, just curious", N, False, None),
    ("no tingling and no numbness", N, False, None),
    ("no trouble peeing or anything", N, False, None),
    ("zero numbness or tingling, just curious", N, False, None),
    ("no pain and no pins and needles", N, False, None),
    ("it never hurts while I do it", N, False, None),
    ("no numbness or tingling but my legs are weak", E, False, None),
    # clearly harmless: training words
    ("leg day tomorrow, twist before or after?", N, False, None),
    ("my glutes are weak, will this help", N, False, None),
    ("weak core, does it work the obliques", N, False, None),
    ("my chest muscles are tight", N, False, None),
    ("a cramp in my calf muscle at night sometimes", N, False, None),
    ("I get calf cramps when I point my toes", N, False, None),
    ("my abs are burning from planks", N, False, None),
    ("how do I avoid neck ache", N, False, None),
    ("i'm sick of being stiff", N, False, None),
    # training words do not hide a stop sign during the stretch, or leg weakness
    ("I got a cramp in my hamstring during the stretch", C, False, None),
    ("my left calf feels weak and heavy since this morning", C, False, None),
    # a joint noise: harmless when it does not hurt, ambiguous when habitual
    ("my knees click but there's no pain", N, False, None),
    ("my spine clicks a lot in the morning", S, True, "habit"),
    ("something popped", S, False, None),
    # ambiguous: a stated harmless cause
    ("my back is tight from sitting at my desk all day", N, False, None),  # "tight" alone
    ("my legs ache from sitting at my desk all day", E, True, "cause"),
    ("my toes go tingly when my feet are cold", E, True, "cause"),
    ("I did squats this morning so my thighs ache", E, True, "cause"),
    ("calves burning after my run", N, False, None),
    ("I get lightheaded when I stand up too quickly", C, True, "cause"),
    # ambiguous: the past and resolved
    ("I had a fever last week but I'm fine now", N, False, None),
    ("I used to get numb toes in tight shoes, new shoes fixed it", N, False, None),
    ("my arms went tingly holding my phone, gone now", N, False, None),
    # ...but not when it came back, and the hardest signs need a past time
    ("I had numbness last month, fine now but it came back today", C, False, None),
    ("my foot has gone numb", C, False, None),
    ("my right foot has gone floppy", C, False, None),
    # ambiguous: someone else
    ("my husband has numbness in his leg", C, True, "someone_else"),
    ("my mum fainted last week, is the twist safe for her?", N, False, None),
    ("my wife says my foot is dragging", E, False, None),
    ("my girlfriend gets pins and needles in her feet", E, True, "someone_else"),
    ("he has pins and needles in his foot", C, True, "someone_else"),
    ("my partner's back went into spasm, could it help him", N, False, None),
    ("my partner and I both have tingling in our legs", E, False, None),
    # ambiguous: a hypothetical question
    ("what should I do if my leg goes numb", C, True, "hypothetical"),
    ("if my leg goes numb halfway through, do I stop?", C, True, "hypothetical"),
    ("if I have tingling in one leg, is the twist ok?", C, False, None),
    ("is numbness a sign I should stop?", C, True, "hypothetical"),
    ("my leg shakes, is that weakness or normal", C, True, "hypothetical"),
    # ambiguous: a hedged negation
    ("not really numb, more a dull feeling in my leg", C, True, "hedged"),
    # never softened by a cause or a hypothetical: the hardest signs
    ("after sitting all day I can't feel my bum when I wipe", E, False, None),
    ("since my run I keep leaking wee", E, False, None),
    ("what if I lose control of my bladder", E, False, None),
    # round 3 (classes of cause, not single sentences): more negations and figures of speech
    ("none of the pins and needles stuff, just stiffness", N, False, None),
    ("neither numb nor tingly, just tight hips", N, False, None),
    ("i accidentally skipped yesterday's session", N, False, None),
    ("i fell behind on my daily sessions this week", N, False, None),
    ("i crashed on the sofa after work and forgot my session", N, False, None),
    ("i pop to the gym after work, twist before or after", N, False, None),
    ("i caught a cold last week but it's gone", N, False, None),
    # any "-ing" activity stated as the cause, and more activities
    ("my feet ache from standing at work all day, any tips", E, True, "cause"),
    ("shoulders numb after painting the ceiling", C, True, "cause"),
    # ...but not for the twist itself, nor when the sign is new and still there
    ("my leg went numb after twisting", C, False, None),
    ("numbness in my leg after waking up", C, False, None),
    ("my leg is numb after doing the twist", C, False, None),
    ("my leg is numb after sitting for an hour and it hasn't gone away", C, False, None),
    ("my foot went numb from sitting cross legged, still numb since this morning", C, False, None),
    # a cause does not explain away pain travelling into a leg, sharp pain, or chest pain...
    ("sharp pain shooting into my calf after lifting a box yesterday", C, False, None),
    ("chest pain after running up the stairs", E, False, None),
    # ...except chest tightness from training the chest itself
    ("chest feels tight after bench press, which muscles does it stretch", E, True, "cause"),
    # more ways to say resolved, and past verbs and years
    ("i had a dizzy spell last summer, no issues since", N, False, None),
    ("tore my hamstring in 2019, all healed now", N, False, None),
    ("my back twinged last month, back to normal now", N, False, None),
    # more people: relations, and people in general
    ("my fiance gets dizzy spells, can he do the twist", N, False, None),
    ("is it normal for people to feel tingling in this stretch", C, True, "someone_else"),
    # general questions about the move and a symptom (round 6: answered with the safety
    # information topic, context "general", never a lockout)
    ("can this stretch cause numbness in the legs", E, True, "general"),
    ("what counts as sharp pain versus a normal stretch", S, True, "general"),
    ("does the twist help with pins and needles", C, True, "hypothetical"),
    # ...but the present wins over a hypothetical wording
    ("does the twist help with the tingling i have right now", C, False, None),
    # a symptom that goes once moving, a pleasant joint noise
    ("it only aches a little when i first wake up then goes away", C, True, "hedged"),
    # twenty-fifth session, heldout_h107 (fa107b): a joint noise told good is set aside (a crack
    # with pain, locking or a sign beside it still is not)
    ("my back cracked nicely during the twist, felt great", N, False, None),
    # bodily routine: asked, never dismissed; with any word of control or feeling, the sign
    ("i need to pee first, do i pause the session", E, True, "routine"),
    ("can i do it right after a bowel movement", E, True, "routine"),
    ("i'm struggling to empty my bladder", E, False, None),
    ("i needed a pee but couldn't hold it", E, False, None),
    # after h4's first run (classes): a near miss, the period, pleasant or lifelong joint
    # noises judged on the whole message, more causes (screens, "while ..."), "shook it off"
    ("almost fell off the sofa laughing, anyway how long is the hold", N, False, None),
    ("i nearly fainted when i saw the price of mats", N, False, None),
    ("period pain this week, is the twist ok", N, False, None),
    ("my hips click going up stairs, they always have", S, True, "habit"),
    ("my thumbs go tingly from scrolling on my phone", N, False, None),
    ("my arm went numb while sleeping on it, shook it off", N, False, None),
    # ...and the red flags h4 found: a vehicle as the subject, toes catching, an onset
    ("a lorry clipped me on my bike today", E, False, None),
    ("my toes keep catching when i walk, it started on monday", E, False, None),
    ("my leg tingles when i sit down, it started this week", C, False, None),
    # a sign outside the clause that points away keeps the whole result
    ("my back is stiff from my desk job and both legs are numb", E, False, None),
    ("my husband has sciatica and I have numbness in my groin", E, False, None),
]


@each(("text", "level", "ambiguous", "context"), CONTEXT_CASES)
def test_context_table(text: str, level: TriageLevel, ambiguous: bool, context: str | None) -> None:
    result = triage(text)
    assert (result.level, result.ambiguous, result.context) == (level, ambiguous, context), (
        text,
        result,
    )
    if level is N:
        assert result.signs == ()


def test_unambiguous_red_flags_are_never_ambiguous() -> None:
    for text, level, _sign in CASES:
        if level is not N:
            assert not triage(text).ambiguous, text


def test_safety_question_texts_are_conditional() -> None:
    for level in (E, C, S):
        text = safety_ask_text(Triage(level, ("numbness",), ambiguous=True))
        assert "If this is" in text and text.endswith(SAFETY_ASK_QUESTION)
        assert valid_html(text)
    with pytest.raises(ValueError):
        safety_ask_text(Triage(N, ()))


def test_enough_cases() -> None:
    assert len(CASES) >= 60


def test_levels_are_ordered_by_severity() -> None:
    assert N < S < C < E
    assert max([S, E, C]) is E
    assert [lvl.value for lvl in TriageLevel] == ["none", "stop_pain", "clinician", "emergency"]


def test_most_severe_sign_listed_first() -> None:
    result = triage("it hurts and I have numbness in both legs")
    assert result.level is E
    assert result.signs[0] == "both_legs"
    assert "hurts" in result.signs


def test_result_is_frozen() -> None:
    result = triage("ouch")
    assert isinstance(result, Triage)
    with pytest.raises(AttributeError):
        result.level = N  # type: ignore[misc]


def test_a_very_long_message_is_still_checked_to_its_end() -> None:
    text = ("lorem ipsum dolor sit amet " * 300)[:3990] + " ouch"
    result = triage(text)
    # The red flag at the very end of a 4000-character message is still found.
    assert result.level is S


def test_long_runs_of_blanks_read_as_short_ones() -> None:
    # twenty-seventh session: 3,000 spaces between words, or a rest whose long spans were set
    # aside, had held the event loop for minutes in patterns with optional blanks in a row
    assert squeezed("numb" + " " * 3000 + "with boredom") == "numb   with boredom"
    assert squeezed("my back hurts\n" + "\n \t" * 900 + "is that ok") == (
        "my back hurts\n\n\nis that ok"
    )
    assert squeezed("no  numbness,   none") == "no  numbness,   none"
    spaced = "numb " + "a " * 10 + " " * 3500 + "with boredom, my groin has gone numb"
    assert triage(spaced) == triage(squeezed(spaced))
    assert triage(spaced).level is E


# --- the safety texts -----------------------------------------------------------------------

FORBIDDEN = re.compile(
    r"ibuprofen|paracetamol|naproxen|codeine|tramadol|aspirin|\bmg\b|\bdoses?\b|cauda|"
    r"push through|push on through|herniat|slipped disc",
    re.IGNORECASE,
)


ALL_TEXTS = {**SAFETY_REPLIES, "disclaimer": DISCLAIMER, "summary": SAFETY_SUMMARY}


@each("name", sorted(ALL_TEXTS))
def test_safety_texts_name_no_drug_dose_or_diagnosis(name: str) -> None:
    assert not FORBIDDEN.search(ALL_TEXTS[name]), name


@each("name", sorted(ALL_TEXTS))
def test_safety_texts_are_valid_telegram_html(name: str) -> None:
    assert valid_html(ALL_TEXTS[name]), name


@each("key", ["emergency", "clinician", "stop_pain"])
def test_replies_exist_and_are_short(key: str) -> None:
    assert 0 < len(SAFETY_REPLIES[key]) <= 1000


def test_reply_wording() -> None:
    emergency = SAFETY_REPLIES["emergency"].lower()
    assert "emergency department" in emergency and "emergency number" in emergency
    assert "urgent" in emergency and "stop" in emergency
    clinician = SAFETY_REPLIES["clinician"].lower()
    assert "no exercise today" in clinician and "gp or physiotherapist" in clinician
    stop = SAFETY_REPLIES["stop_pain"].lower()
    assert "stop the movement" in stop and "comfortable" in stop
    assert "travels into a leg" in stop
    for word in ("doctor", "physiotherapist", "medical device", "diagnose"):
        assert word in DISCLAIMER.lower()
    summary = SAFETY_SUMMARY.lower()
    for phrase in ("0-3", "4-5", "6 or more", "both legs", "between the shoulder blades"):
        assert phrase in summary


def test_safety_reply_by_level() -> None:
    assert safety_reply(E) == SAFETY_REPLIES["emergency"]
    assert safety_reply(C) == SAFETY_REPLIES["clinician"]
    assert safety_reply(S) == SAFETY_REPLIES["stop_pain"]
    with pytest.raises(ValueError):
        safety_reply(N)


@each(
    "text",
    [
        "now I can't feel anything between my legs",
        "I can't feel my bum",
        "I have lost feeling in my groin",
        "there's no sensation down there",
    ],
)
def test_lost_feeling_in_the_saddle_area_is_an_emergency(text: str) -> None:
    result = triage(text)
    assert result.level is TriageLevel.EMERGENCY
    assert "saddle_numbness" in result.signs


# Twelfth session, the lead's probes: another's emergency sign, then the writer's own by
# ellipsis in the same sentence ("and i can't either", "neither can i"): locked out, not asked.
# The counter-probes: the ellipsis of a feeling or of coping is no claim, and a sign an everyday
# cause explains for both stays a question.
OWN_TOO_RED = [
    "my friend had back surgery and can't pee, poor guy, and i can't either",
    "my mum can't feel her feet since her stroke and neither can i since monday",
    "my gran can't hold her wee anymore and nor can i since the weekend",
    "i'm a nurse and see plenty of bowel trouble on shift, and now i can't hold mine either",
    "my mum's bowels are playing up, she's seeing the gp, and mine have gone too, can't hold it",
]
OWN_TOO_NOT_LOCKED_OUT = [
    "my dad can't control his bowels after his stroke, i can't believe it either, how do i help",
    "my father can't control his bladder any more, i can't cope either, any tips",
    "my husband can't feel his toes in the cold and i can't either, how long do i hold?",
    "my son can't do the twist because he's tiny and i can't either lol, how do i make it easier",
]


@each("text", OWN_TOO_RED)
def test_another_s_sign_then_the_writer_s_own_by_ellipsis_locks_out(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.EMERGENCY and not found.ambiguous, found


@each("text", OWN_TOO_NOT_LOCKED_OUT)
def test_an_ellipsis_that_claims_no_sign_does_not_lock_out(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.NONE or found.ambiguous, found


# Twelfth session, the lead's probes: another's sign shared by the writer ("same here", "me
# too"), dated past and over after the share: asked as the writer's own past sign is, not locked
# out. The counter-probes keep it going (a date of now, "come back", "still", a new sign).
SHARED_PAST_ASKED = [
    "my mum had bladder trouble after her op, same here a few years back, all sorted now. reps?",
    "my sister had numb legs last year, me too once as a kid, all fine now. hold time?",
    "my uncle had bowel trouble after his surgery, same here ages ago, long since cleared up."
    " which side first?",
    "my aunt's bladder played up after her op, same here ages back, all sorted now",
]
SHARED_PAST_LOCKED_OUT = [
    "my mum had bladder trouble after her op, same here since monday",
    "my mum had bladder trouble, same here a few years back and it has come back this week",
    "my sister had numb legs last year, me too, still numb now",
    "my sister had numb legs ages back, me too, and mine went numb again since monday",
    "my sister had numb legs last year, me too a while back, all fine now but my groin is numb"
    " today",
]


@each("text", SHARED_PAST_ASKED)
def test_another_s_sign_shared_in_the_past_and_over_is_asked(text: str) -> None:
    found = triage(text)
    assert found.ambiguous and found.context == "past", found


@each("text", SHARED_PAST_LOCKED_OUT)
def test_a_shared_sign_that_goes_on_still_locks_out(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.EMERGENCY and not found.ambiguous, found


# Twelfth session, the lead's probes: weight lost with the plan told in everyday words (eating
# less, cutting out takeaways, walking more) is no weight loss without trying; denied, or with
# the writer unwell, it still locks out.
PLAN_TOLD = [
    "down 3 kg since january, eating less and walking more, how long do i hold",
    "lost 4kg this month cutting out takeaways, which side first",
    "dropped 2 kilos over the summer with smaller portions and no more beer, reps?",
]
PLAN_DENIED_OR_UNWELL = [
    "down 5 kg since christmas, not eating less or anything, just dropping",
    "lost 6 kilos this month without cutting back on anything",
    "lost weight eating less than usual because i feel queasy constantly and my back aches",
]


@each("text", PLAN_TOLD)
def test_weight_lost_by_a_plan_told_in_everyday_words_does_not_lock_out(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.NONE or found.ambiguous, found


@each("text", PLAN_DENIED_OR_UNWELL)
def test_weight_lost_with_the_plan_denied_or_unwell_locks_out(text: str) -> None:
    found = triage(text)
    assert found.level is not TriageLevel.NONE and not found.ambiguous, found


# Thirteenth session, the lead's probes: the chest named (sore from training, say), then a
# crushing or squeezing feeling, or a pressure at rest, told of it: locked out, whatever the
# training. The counter-probes: "crushed it" is a figure, and the signs asked of in general or
# of someone else long ago stay as they were.
CHEST_AFTER_TRAINING_RED = [
    "pecs sore after bench on monday, thought nothing of it, now it's a squeezing pain in the"
    " chest sitting on the sofa",
    "my chest was achy from push ups but this morning it feels crushed, like a weight on it",
    "chest felt tight after the gym and now there's pressure in it even sitting still",
]
CHEST_AFTER_TRAINING_NOT_LOCKED_OUT = [
    "pecs sore from chest day, crushed it lol, how long per hold",
    "chest day crushed me haha, pecs are wrecked, twist tonight?",
    "my dad had a crushing feeling in his chest years ago, he's fine now. how long per hold",
]


@each("text", CHEST_AFTER_TRAINING_RED)
def test_a_crushing_chest_after_training_locks_out(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.EMERGENCY and not found.ambiguous, found


@each("text", CHEST_AFTER_TRAINING_NOT_LOCKED_OUT)
def test_a_chest_figure_or_another_s_past_does_not_lock_out(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.NONE or found.ambiguous, found


# Thirteenth session, the lead's probes: another's collapse or faint, then "so did i": the
# writer's own share, never set aside as someone else's alone.
SO_DID_I = [
    "my colleague collapsed at work and so did i this morning",
    "a pupil of mine passed out in assembly and so did i at lunch",
]


@each("text", SO_DID_I)
def test_another_s_faint_shared_by_so_did_i_is_not_set_aside(text: str) -> None:
    found = triage(text)
    assert found.level is not TriageLevel.NONE, found


# Thirteenth session, the lead's probes: a sign given as an example after "e.g." or "i.e." in a
# question of which signs matter is the example's, not the writer's (the dots split no clause,
# and "i e" is no "i"); the writer's own told after it still locks out.
EXAMPLE_AFTER_EG = [
    "any symptoms that rule this out for me, e.g. tingling down the leg?",
    "any signs to watch for, i.e. numb legs?",
    "which red flags matter with back pain, e.g. a numb groin?",
]
EXAMPLE_AFTER_EG_OWN = [
    "what are the red flags i.e. bladder trouble? i have had that since monday",
    "which signs matter, e.g. numb legs? because both of mine went numb this morning",
]


@each("text", EXAMPLE_AFTER_EG)
def test_a_sign_given_after_eg_in_a_general_question_does_not_lock_out(text: str) -> None:
    assert answer(text).kind not in ("safety", "safety_ask"), triage(text)


@each("text", EXAMPLE_AFTER_EG_OWN)
def test_the_writer_s_own_sign_after_an_eg_example_still_locks_out(text: str) -> None:
    assert answer(text).kind == "safety", triage(text)


# Thirteenth session: `triage` is cached, and two later readers weigh a message again without
# themselves. A reading made while a reader stands aside is never cached nor served as the
# message's own, and the standing aside is per thread (a context variable).
WEIGHED_AGAIN = [
    "my gp talked me through the warning signs, numb bum, weak legs, loss of bowel control. none"
    " of that here thankfully",
    "if a client suddenly fainted mid stretch what do i do? just curious",
]


@each("text", WEIGHED_AGAIN)
def test_a_message_weighed_again_without_a_reader_reads_the_same_cached(text: str) -> None:
    from coach.questions import triage as module

    module._triage_cached.cache_clear()
    first = triage(text)
    assert first == triage(text) == module._triaged(text), first
    assert first.level is TriageLevel.NONE or first.ambiguous, first
    assert answer(text).kind not in ("safety", "safety_ask"), first


def test_a_reader_standing_aside_is_not_seen_by_another_thread() -> None:
    import threading

    from coach.questions import triage as module

    seen: list[frozenset[str]] = []
    token = module._WITHOUT.set(frozenset({"h73b"}))
    try:
        thread = threading.Thread(target=lambda: seen.append(module._WITHOUT.get()))
        thread.start()
        thread.join()
    finally:
        module._WITHOUT.reset(token)
    assert seen == [frozenset()]


# Thirteenth session, the lead's probes: a clinician's list of red flags told "for me" or "to
# me", all denied as "none of those apply to me": set aside like the h73 round's wordings; a
# sign of the list claimed for now still locks out.
CLINICIAN_LIST_DENIED = [
    "my physio listed the red flags for me, a numb saddle, weak legs, bladder trouble. none of"
    " those apply to me",
    "the nurse went over the warning signs, numb groin, leaking, both legs weak. none of these"
    " fit me, which side first",
]
CLINICIAN_LIST_CLAIMED = [
    "my physio listed the red flags for me, a numb saddle, weak legs, bladder trouble. none of"
    " those apply to me except the numb saddle since monday",
    "the gp explained the warning signs to me: numb bum, weak legs. i've got the numb bum now",
]


@each("text", CLINICIAN_LIST_DENIED)
def test_a_clinician_s_list_all_denied_does_not_lock_out(text: str) -> None:
    assert answer(text).kind not in ("safety", "safety_ask"), triage(text)


@each("text", CLINICIAN_LIST_CLAIMED)
def test_a_sign_of_a_clinician_s_list_claimed_now_locks_out(text: str) -> None:
    assert answer(text).kind == "safety", triage(text)


# Twenty-second session (the lead's): a foot gone floppy for days or in walking, or slapped down,
# is a foot that drops: urgent, as a dragging foot is (SAFETY.md 3.1), not one leg's weakness...
FLOPPY_FOOT = [
    "my left foot has gone floppy and slaps down when I walk",
    "my right foot has gone floppy when I walk since tuesday",
    "foot's gone all limp for two days now, back sore",
]
# ...never one asleep for a minute from sitting
FLOPPY_FOOT_ASLEEP = [
    "sat cross-legged and my foot went all floppy for a minute, fine once I stood up. which side"
    " first?",
    "my foot went limp after sitting on it, gone after a minute, which side first?",
]


@each("text", FLOPPY_FOOT)
def test_a_foot_gone_floppy_for_days_or_in_walking_is_urgent(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.EMERGENCY and "leg_weakening" in found.signs, found


@each("text", FLOPPY_FOOT_ASLEEP)
def test_a_foot_floppy_for_a_minute_from_sitting_is_no_sign(text: str) -> None:
    assert answer(text).kind not in ("safety", "safety_ask"), triage(text)


# Twenty-third session, h98: the worried well. A fear of a serious cause told as the writer's
# worry with nothing changed; a scare of the past checked and cleared; another's sign with the
# writer's own body fine; a shy bladder told lifelong and the checklist's words asked about; an
# earlier message corrected as a slip of the keyboard: no sign of the writer's own, by the rules
# alone too...
SESSION23_H98_WORRIED_WELL = [
    "been on dr google again and now I'm sure it's a tumour, but honestly nothing is different,"
    " the usual mild stiffness. which side first?",
    "health anxiety flaring, my mind races to spinal cancer whenever I bend, yet nothing's"
    " changed and my back is fine. how long is a hold?",
    "total hypochondriac, read threads online about people losing bladder control and panicked."
    " mine is fine, peeing as normal. start me off?",
]
SESSION23_H98_CHECKED_PAST = [
    "my legs went weak once on a hike a few years ago, doctors found nothing and it never"
    " happened again. should I avoid the move?",
    "I had a scare a few months ago, my legs were wobbly after a long shift, bloods all clear,"
    " never happened since. how long per side?",
    "had chest pain once last summer, went to urgent care, ECG normal, it's never come back"
    " since. what's the first step?",
    "my legs buckled once in 2018 after a marathon, the physio checked me over and it never"
    " happened again. how many reps?",
]
SESSION23_H98_OTHERS_SIGN = [
    "my auntie has numb feet and is off for a scan. mine ache a bit after the gym, my feet are"
    " totally fine. ok to start?",
    "our neighbour's legs gave out and he's in hospital. worried about my back now? mine's a bit"
    " achy from gardening, my legs feel perfectly normal",
    "my brother has numb legs, both of them, and they're checking his spine. what about me? mine"
    " just ache after work, both my legs are fine",
]
SESSION23_H98_SHY_BLADDER = [
    "I've had a shy bladder all my life, can't wee when anybody is waiting outside the cubicle."
    " is that one of your warning signs?",
    "never could pee with people around at the urinal, always been that way. does that count as"
    " a bladder problem on your list?",
    "pee shy for as long as I can remember, can't go when there's a bloke at the next urinal. is"
    " that the 'trouble peeing' you mean?",
]
SESSION23_H98_CORRECTED = [
    "ignore my last message, predictive text changed 'mum' to 'numb'. my back is fine. how long"
    " should I hold?",
    "that earlier text about sharp pain was a typo, I meant a sharp turn in the road. what time"
    " is my reminder?",
    "sorry, wrong chat, the bit about my legs giving way was meant for my sister. can I do a"
    " quick session?",
]
SESSION23_HARMLESS = [
    *SESSION23_H98_WORRIED_WELL,
    *SESSION23_H98_CHECKED_PAST,
    *SESSION23_H98_OTHERS_SIGN,
    *SESSION23_H98_SHY_BLADDER,
    *SESSION23_H98_CORRECTED,
]
# ...while the same worry words beside the writer's own sign new, of now, or come back, a sign
# shared, a lifelong habit turned new, or a correction that claims a sign after all, lock out
SESSION23_H98_LOCKED_OUT = [
    "I'm a total hypochondriac but my feet have both been numb since yesterday",
    "probably overthinking it but wiping feels numb down below since this morning",
    "googled it and I'm scared, my legs went weak this morning and it's getting worse",
    "I'm paranoid, nothing has changed except I've started leaking urine",
    "went to A&E last month with chest pain, all clear then, but the tightness is back today",
    "had a scare last year, legs numb, scans normal, fine since, but it's come back this week"
    " both legs numb",
    "my dad has numb legs and so do I, both legs since Tuesday",
    "my brother's got pins and needles in his legs, mine too since last night",
    "shy bladder my whole life but since yesterday I can't pee at all even alone",
    "ignore my earlier message, autocorrect, but I do have numbness in my groin today",
    "that was a typo earlier, but actually my legs are both numb now since this morning",
    "I'm catastrophising again, my legs both went weak today and I keep tripping",
]


@each("text", SESSION23_HARMLESS)
def test_a_worried_well_message_with_no_own_sign_does_not_lock_out(text: str) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), triage(text)


@each("text", SESSION23_H98_LOCKED_OUT)
def test_worry_words_beside_an_own_sign_of_now_still_lock_out(text: str) -> None:
    assert triage(text).level is not N, triage(text)


# Twenty-third session, h98 (REQUEST and WORDS classes): a request with an everyday reason (a
# toilet habit as regular as ever, a racing heart from a dash, sick at the thought of a chore), a
# sign said as a figure and taken back, a device's fall alarm set off by a flop onto a sofa or a
# bed, a training day's spent muscles and their figure: no sign, with the rules alone too...
SESSION23_HARMLESS_B = [
    "bowels work like clockwork at 6, I'm on the loo every day then. remind me at half 6 instead",
    "can the ping wait till 9? my bowels are like clockwork and I use the loo each morning at 8",
    "my bowels are as regular as a clock at 6am, can we move the session to 7",
    "just legged it up three flights of stairs, give me two minutes to catch my breath",
    "cycled home flat out and my heart is pounding, two minutes to catch my breath please",
    "heart's thumping after I dashed for the train, let me catch my breath and then go",
    "the dentist tomorrow, I feel sick thinking about it. can you push the reminder to Friday",
    "makes me sick at the thought of the school run, remind me at lunch instead",
    "thinking about the quarterly report makes me feel sick, so nudge me after lunch please",
    "legs feel like they'll give way? not literally, only tired from standing all day."
    " start me off",
    "not literally, but it feels like I can't breathe with my nose in the mat. any tips?",
    "my legs will give way from boredom, only joking, what's next?",
    "fitbit says a fall was detected, hard fall alert, but I just dropped onto the bed after work",
    "phone sent an SOS, it thinks I fell, I'd only flopped into the beanbag. can we start?",
    "apple watch flagged a hard fall but I just dropped onto my bed after a long day",
    "did leg day this morning, hamstrings are fried, legs feel weak as a lamb now. twist or rest?",
    "pecs wrecked from chest day. could the twist loosen them, or would it make things worse?",
    "arm day at the gym, biceps feel dead. is the move going to stretch them or make them worse",
    "upper body day, pecs battered, could the session make it worse?",
]
# ...never a request or a figure beside a real sign, a real fall, chest pain after the gym, or
# both legs weak with no training
SESSION23_HARMLESS_B_LOCKED_OUT = [
    "skip today, can't feel my bum on the loo since this morning",
    "I really can't breathe and my chest hurts",
    "fell down the stairs today, back killing me",
    "chest pain now after the gym, tight across my chest",
    "both legs weak since yesterday, I haven't trained at all",
    "move my reminder, I've been on the toilet every morning with no bowel control since Monday",
    "heart's pounding since I ran for the bus an hour ago and my chest is tight, still can't"
    " catch my breath",
    "sick just thinking of it and I've been vomiting with a fever since yesterday",
    "not literally lol, but my legs actually went numb today and I can't feel my saddle area",
    "my watch said hard fall detected, I fell down the stairs and hit my back, it hurts",
    "leg day yesterday, my legs are weak and numb and I can't lift my foot",
    "chest day and now my chest is tight and I can't breathe properly",
    "bowels like clockwork but since today I don't notice needing to go, numb down there",
    "gym this morning and my legs gave way twice since, they're like jelly",
    "I can't breathe, not joking, my lips are going blue",
    "legs weak as a kitten since yesterday, no leg day, nothing",
    "I can't feel my legs, not really sure why, it started an hour ago",
    "both my legs are numb and weak. work is killing me, not literally",
    "ran for the bus an hour back and still gasping, can't get my breath",
    "I ran up the stairs and my heart is racing and my chest hurts",
    "I only flopped onto the sofa but my watch said fall detected and now my back hurts and my"
    " legs are numb",
    "squats yesterday, legs like jelly and I wet myself this morning",
]


# Twenty-third session, h99: harmless figures. A reading that is another's (a child's
# temperature on the writer's app), a unit conversion asked of a bare figure, the weather's heat
# and its sweat with illness denied, a short night or a low sleep score with its harmless cause
# told, a character's sign in a story on a screen or a page with the writer's body fine, the
# warning signs studied and asked of the bot, a price's "pain" through the roof, a diagnosis
# asked of an everyday movement's ache: no sign, by the rules alone too...
SESSION23_H99_OTHERS_READING = [
    "thermometer shows 39.2 - that is my daughter's temperature though, not me, i'm fine."
    " ok to train tonight?",
    "the 38.7 on the app was the baby's reading, not mine, I feel perfectly well",
    "our toddler's temp hit 39.5 last night; not mine, I'm totally fine, ok for today's session",
]
SESSION23_H99_CONVERSION = [
    "convert 39.5 c to fahrenheit please",
    "how many fahrenheit is 40 celsius?",
    "what is 102 f in celsius",
]
SESSION23_H99_HEAT = [
    "39 degrees in the shade today, dripping sweat, not ill at all, best time to train?",
    "sweltering, it hit 40°C, sweating buckets but no fever. should I go early or late?",
    "so humid here, 38 degrees, soaked through but nothing sick about me. when should I do it?",
]
SESSION23_H99_SHORT_SLEEP = [
    "garmin gave me a sleep score of 41 because of the night shift, not my back. ok to do today's?",
    "barely 4 hours of sleep thanks to the gig till 2, not because of pain. still go ahead?",
    "only 5 hrs sleep, the baby was up till 3, my back had no part in it. fine to train?",
]
SESSION23_H99_SCREEN_STORY = [
    "watching a drama where the detective went numb below the waist after a fall. creepy"
    " but my legs are fine",
    "in that film the soldier can't feel his feet after the blast; had me checking, mine are fine",
    "the main character in my book wet herself after a car accident. spooky! my"
    " body is fine though",
]
SESSION23_H99_STUDIED_SIGNS = [
    "nursing student - we covered the red flags like cauda equina in class. does the app"
    " check for them?",
    "we were taught the warning signs, saddle numbness and all that. will this bot ask about them?",
    "sports science student here, I learned all the red flags in lectures. can you screen"
    " for numb legs?",
]
SESSION23_H99_PRICE_PAIN = [
    "the pain is going through the roof - the cost of physio I mean, any free options?",
    "pain's gone sky-high... i meant the prices of foam rollers lol, any budget ones?",
    "the pain was rocketing through the roof, the rent I mean. anyway can I do it at home?",
]
SESSION23_H99_DIAGNOSIS_ASKED = [
    "could it be a herniated disc? it aches when i lean over the sink",
    "is it sciatica do you reckon? my back gets sore when I sit for long",
    "might it be a bulging disc? it aches when i stoop to tie my shoes",
]
SESSION23_H99_HARMLESS = [
    *SESSION23_H99_OTHERS_READING,
    *SESSION23_H99_CONVERSION,
    *SESSION23_H99_HEAT,
    *SESSION23_H99_SHORT_SLEEP,
    *SESSION23_H99_SCREEN_STORY,
    *SESSION23_H99_STUDIED_SIGNS,
    *SESSION23_H99_PRICE_PAIN,
    *SESSION23_H99_DIAGNOSIS_ASKED,
]
# ...while the writer's own fever now, weight lost without trying, pain waking the writer at
# night, the writer's own legs numb after a crash today, a sign shared with a story or a course,
# or a pain during the twist itself, lock out
SESSION23_H99_LOCKED_OUT = [
    "38.9 and shivery with my back pain",
    "thermometer says 39.1, my son's temp is normal but mine is high, shivery",
    "my son's temp was 39 and I've got a temperature too now, back aching",
    "what is my temp of 38.9 in fahrenheit, I feel awful",
    "39 degrees in here and I'm shivering with chills, not sick I think but my back hurts",
    "weight dropping off me without any diet and a constant backache",
    "pain 8/10 every night, wakes me up",
    "only 4 hours sleep because the pain woke me, not the baby",
    "the film guy went numb from the waist down, and now I can't feel mine either"
    " after my fall today",
    "I crashed my bike today and now my legs are numb",
    "physio student, we learned the red flags, and I've got saddle numbness now",
    "the pain is shooting down my leg, through the roof",
    "it hurts when I twist, sharp",
    "do you think it's a slipped disc? sharp pain as my knee crosses in the twist",
    "could it be a slipped disc? it aches as I lean over and both legs are numb",
]


# Twenty-third session, h100: banter. A sign's word turned into a joke after a pause (a price
# in the wallet, a feeling, "only in the X sense"), "stabbed in the back" by people, a body word
# with a harmless cause then denied or gone, the bot's reply to a typed word corrected with the
# body fine, the check items denied in a list: no sign, by the rules alone too...
SESSION23_H100_PAUSE_JOKE = [
    "a stabbing pain... of regret, I skipped the stretch all weekend. how should I restart",
    "burning... in my wallet, the physio charged me sixty quid. is the free routine here enough",
    "numbness -- only in the emotional way, my team lost again. how long is each hold",
    # the lead's: the price "through" or "to" the wallet
    "sharp pain... right to my bank balance, the mat cost 90 quid",
]
SESSION23_H100_BACKSTAB = [
    "got knifed in the back by my so-called best friend at work, anyway how many reps",
    "honestly stabbed in the back by the council over the parking again, what time is best"
    " to stretch",
    "stabbed in the back by our sister over the holiday plans, what side goes first",
]
SESSION23_H100_CAUSED_PART = [
    "my throat went tight after sobbing through the finale, gone now though, ok to do the twist?",
    "after a three hour teams call my butt was totally numb, stood up and it wore off, can I"
    " stretch now",
    "legs felt dead after sitting through two lectures back to back, fine now. which side first",
    "after a long video call my legs went dead and it wore off once I walked about",
]
SESSION23_H100_BOT_CORRECTED = [
    "you said to see a doctor when i wrote weak, i meant my mind is weak after a long week."
    " my legs are fine",
    "the app warned me off when I mentioned tingling, I meant my brain was tingling with ideas"
    " lol, my body's fine",
    "this bot flagged me when I put 'numb', i meant my head is numb over the tax return. my"
    " back is fine",
]
SESSION23_H100_DENIED_LIST = [
    "no fever, zero tingles, nil bladder trouble. so can I do the stretch today",
    "zero leg weirdness, zero loo issues, all clear. where do i start",
    "zero temperature, zero numb bits, happy to go. how long per side",
]
SESSION23_H100_HARMLESS = [
    *SESSION23_H100_PAUSE_JOKE,
    *SESSION23_H100_BACKSTAB,
    *SESSION23_H100_CAUSED_PART,
    *SESSION23_H100_BOT_CORRECTED,
    *SESSION23_H100_DENIED_LIST,
]
# ...while a joke beside a sign that stays, a sign told now or not joking, a body place named
# after the pause, or a real sign left beside the denied items or the corrected reply, lock out
SESSION23_H100_LOCKED_OUT = [
    "lol my bum's been numb since yesterday and won't come back",
    "chest tight and heavy right now, not joking",
    "shooting pains down both of my legs from this morning",
    "zero fever but both legs numb since lunch",
    "shooting pain... in my leg since this morning",
    "shooting pain... through my leg since this morning",
    "tingling?? in both my feet since yesterday lol",
    "sharp pain... and also down my leg, not joking",
    "knifed in the back by the mates lol but seriously my back has a sharp pain since this morning",
    "chest is tight from crying at a film, and it's still tight and heavy now",
    "numb bum from a long zoom call and it's still numb since this morning, groin too",
    "numb bum from a long zoom call, back to normal but both legs are weak today",
    "you told me to get help when I typed numb, I meant my head was numb. but my legs are numb"
    " too since today",
    "zero fever, zero tingles, but I can't feel my groin since this morning",
    "numbness... in my groin since yesterday",
    "after a long video call my legs went dead and it's still like that since this morning",
    "after the flight my feet went numb, not an actual medical thing, but both legs weak today",
]


# Twenty-third session, h100: harmless stories, others and plain bodily facts. A trip over a thing
# with no fall and the foot told fine, a lot drunk and a lot passed, the hours since the last wee
# asked as normal, the checklist's night-pain item quoted and asked of a harmless waking, weight
# lost to a stomach bug with the eating back, a character's sign on a screen asked of the bot's
# warning or with the writer's back fine, someone's fall in a past week told fine with the move
# now wanted for them: no sign, by the rules alone too...
SESSION23_H100B_TRIP_FOOT_FINE = [
    "tripped on the rug once today, foot is fine, just clumsy",
    "stumbled over the cat earlier, my foot's fine, I'm just clumsy",
    "caught my toe on a step this afternoon, my foot is totally fine",
]
SESSION23_H100B_DRANK_PASSED = [
    "drank 3 litres of water this afternoon and have peed a lot, normal?",
    "had 2 litres of water and been to the toilet 7 times today lol is that ok",
    "downed loads of tea this morning and been to the loo like mad, is that ok",
]
SESSION23_H100B_HOURS_SINCE_WEE = [
    "it's been 3 hours since I last went for a wee, is that normal after exercising?",
    "been a few hours since my last pee, normal?",
    "its been 4 hours since I last had a wee, is that ok on a hot day",
]
SESSION23_H100B_CHECKLIST_WAKER = [
    "your list says pain that wakes u at night, does my baby crying count lol",
    "does 'pain waking you at night' count if it's my partner's snoring that wakes me up?",
    '"back pain that wakes you in the night" - does the dog barking at 3am count?',
]
SESSION23_H100B_BUG_WEIGHT = [
    "lost some weight with a tummy bug a few days ago, back to normal meals now and feel good."
    " ok to carry on?",
    "had norovirus last week and lost a kilo or two, appetite is back, fine to do the stretch?",
    "lost a few pounds with a sickness bug last week, eating properly again now, can I restart",
]
SESSION23_H100B_SCREEN_STORY = [
    "watching a medical drama and the patient couldn't hold his bladder once a disc burst."
    " is that what you warn about?",
    "binged a series where the hero's legs went numb after a crash - is that one of the signs"
    " you mention?",
    "the detective in the show I'm streaming broke his back falling off a roof, scary. my back's"
    " fine, just a bit tight. go on then",
]
SESSION23_H100B_THEIR_PAST_FALL = [
    "my mum slipped on ice a few days ago, she's ok, just bruised, and now she wants a go at the"
    " twist. safe for her age?",
    "my grandad tripped on sunday, just a graze, he's fine and now he's keen to try the exercise",
    "our granny took a tumble last week - she's okay, only a bruise - and is now asking to do"
    " the stretch. fine at 80?",
]
SESSION23_H100B_HARMLESS = [
    *SESSION23_H100B_TRIP_FOOT_FINE,
    *SESSION23_H100B_DRANK_PASSED,
    *SESSION23_H100B_HOURS_SINCE_WEE,
    *SESSION23_H100B_CHECKLIST_WAKER,
    *SESSION23_H100B_BUG_WEIGHT,
    *SESSION23_H100B_SCREEN_STORY,
    *SESSION23_H100B_THEIR_PAST_FALL,
]
# ...while a wee that will not come, no urge with back pain, a fall onto the back, a foot that
# catches since a day, weight lost without a cause or still going, the writer's own fall beside
# another's, their fall followed by a sign of now, pain waking the writer every night, or a
# character's sign shared, lock out
SESSION23_H100B_LOCKED_OUT = [
    "can't pee since this morning even after drinking 2 litres",
    "drank loads of water and nothing comes out when I try to wee",
    "5 hours since my last wee and no urge at all, plus my back is killing me",
    "it's been 6 hours since my last wee and I've tried but nothing comes, is that normal",
    "tripped and fell onto my back today",
    "tripped on the rug today and my foot keeps catching since",
    "my foot catches on every step since Monday",
    "lost 5 kg without trying, back aching",
    "lost weight after a stomach bug but still losing it and feel unwell",
    "my nan fell and so did I this morning",
    "my mum fell last week, she's fine but now her legs are weak, can she do the stretch",
    "my nan fell a few days ago, just a bruise, but since then she can't feel her feet, can she"
    " still do it",
    "drank 2 litres and I can't feel when I'm peeing",
    "been woken by my back pain at night, not by snoring",
    "'pain waking you in the night' - yes, every night this week, my back",
    "in the show the guy's legs went numb and mine are numb too",
    "watched a film where a man's legs went numb after a fall, is that what you mention? same"
    " thing happened to me this morning",
]

# twenty-third session, h101: another's sign with the writer told fine, another's joke of a sign
# still to come, one side weaker as a matter of strength with the nerves denied
SESSION23_H101_ANOTHER_TOLD_FINE = [
    "partner's had a fever since friday and I'm doing every school run, but I feel fine"
    " myself. time for a quick one?",
    "my wife had chest pain a few months back, ECG was normal. I'm healthy myself, can she join"
    " in?",
    "grandad had chest pains in the spring, scans all clear, heart is fine. I'm healthy, can he"
    " do it with me?",
    "wife: 60, had a chest pain scare last month, tests normal. me: 58, no health issues. ok for"
    " us both?",
]
SESSION23_H101_THEIR_JOKE = [
    "my dad swears he'll pee himself from laughing at my form. what's the right hip position?",
    "my girlfriend jokes she'll wet herself if I keep doing the twist in my pyjamas. how long"
    " should I hold it?",
    "my son says he'll lose control of his legs if he watches me do this any longer haha. elbows"
    " up or down?",
]
SESSION23_H101_SIDE_STRENGTH = [
    "my left arm is weaker than the other one, strength-wise, always has been. can I still twist?",
    "my right side has always been slightly weaker than the left, muscle imbalance, not nerves. ok"
    " to start?",
    "the physio said my right leg is weaker than my left, strength-wise, nothing to do with"
    " nerves. will the twist help?",
]
SESSION23_H101_HARMLESS = [
    *SESSION23_H101_ANOTHER_TOLD_FINE,
    *SESSION23_H101_THEIR_JOKE,
    *SESSION23_H101_SIDE_STRENGTH,
]
# ...while the writer's own sign beside another's or told by another, a joke beside the writer's
# own loss, or one side gone weaker, suddenly or since a day, lock out
SESSION23_H101_LOCKED_OUT = [
    "my wife has a fever and I've got one too, back aching since yesterday",
    "my wife has a fever and me too, I'm fine otherwise",
    "my brother had a fever. I'm fine but I've had a fever since yesterday too",
    "dad had chest pain last year and now I have chest pain right now, I'm fine otherwise",
    "my husband has chest pains and I feel fine but both my legs have been numb since breakfast",
    "dad had a fall today, I'm fine. my back is agony and both legs are numb",
    "my husband noticed my mouth drooping on one side and my speech is slurred, I feel fine"
    " otherwise",
    "my partner reckons I've dropped two stone without trying since the summer, I'm fine in myself",
    "I can't control my bladder and my husband jokes he'll do the same",
    "my partner keeps joking he'll lose his bladder control, and honestly my legs are numb today",
    "my right leg is weaker than my left since last week, not nerves I think",
    "my left leg is suddenly a lot weaker than the right one, strength-wise",
    "my left side has been weaker than my right since Monday, not nerves",
    "my left leg is weaker than my right and it's getting worse, strength-wise",
]


# Twenty-third session, h98 (requests and figures of speech), h99, h100 and h101: each round's
# harmless wordings (no sign, with the rules alone too), and its guards beside them
SESSION23_ROUNDS_HARMLESS = (
    SESSION23_HARMLESS_B
    + SESSION23_H99_HARMLESS
    + SESSION23_H100_HARMLESS
    + SESSION23_H100B_HARMLESS
    + SESSION23_H101_HARMLESS
)
SESSION23_ROUNDS_LOCKED_OUT = (
    SESSION23_HARMLESS_B_LOCKED_OUT
    + SESSION23_H99_LOCKED_OUT
    + SESSION23_H100_LOCKED_OUT
    + SESSION23_H100B_LOCKED_OUT
    + SESSION23_H101_LOCKED_OUT
)


# Twenty-fourth session, h103: a bum numbed by a work seat and gone once off it, legs heavy after
# a long shift on the feet and normal by the morning (`_aside_h103a`)...
SESSION24_H103A_HARMLESS = [
    "my backside goes numb on the digger seat, gone as soon as i hop off. which side first",
    "bum's numb from the forklift seat most shifts but it goes once i walk about for a minute",
    "harvest again, bum goes dead on the combine seat, fine the moment i climb down",
    "stood all day at the till, legs feel heavy after but fine by the morning. quick version?",
    "10 hour shift on my feet at the warehouse, legs feel tired and heavy after, back to normal by"
    " the morning",
]
# ...never a numbness that stays, between the legs or in the groin, for hours, nor legs still
# heavy, worse or numb
SESSION24_H103A_LOCKED_OUT = [
    "numb bum from the forklift seat and it doesnt go away after i get off, still numb now",
    "bum numb from the tractor seat and numb between my legs too, goes when i climb down",
    "bum numb from the forklift seat, gone when i walk round but my groin is still tingly",
    "numb bum from the forklift seat for hours after i get off, never had that before",
    "on my feet 12 hours, legs feel heavy after and still heavy in the morning, getting worse",
    "on my feet all shift, legs feel heavy after and numb, fine by the morning",
]


# Twenty-fourth session, h102: a word of an earlier message taken back ("i said tingling
# last time but i meant the nice stretchy feeling") is no report, even as the whole message
SESSION24_H102_HARMLESS = [
    "i said tingling last time but i meant the nice stretchy feeling in my hip, nothing nervy,"
    " never had any numbness",
    "when i wrote numb earlier i really meant tight, just a normal stretch feeling in my glutes",
    "i typed weak yesterday but what i meant was tired after the gym, nothing else going on",
    "i said numb in my last message but i was describing the pleasant stretch in my glutes, no"
    " numbness at all",
    "i wrote weak earlier, what i meant was my hips feel tight, never had any weakness",
]
# ...while what the writer meant instead, or a sign of now beside the correction, locks out
SESSION24_H102_LOCKED_OUT = [
    "i said tingling last time but i meant numbness, my groin has been numb since this morning",
    "i said stiff earlier but i meant my legs have gone numb and weak today",
    "i said tingling but i meant the nice stretchy feeling, though now my foot has been tingling"
    " since this morning",
]

# Twenty-fourth session, h103 (daily life and work): a sign of someone the writer cares for or
# of a relative with the writer told fine, a tingle of a passing trigger or of nettle stings, a
# past pain explained and gone, a waking by a baby or a pet, a tired "weak as a kitten", a sharp
# pain in a finger from a splinter with the back fine: no sign of the writer's own...
SESSION24_H103B_HARMLESS = [
    "i work as a carer and the man i look after has bladder incontinence, should i avoid this?"
    " im fine myself",
    "the gentleman i care for lost weight without trying, im 35 and fine, just curious if the"
    " twist is ok",
    "my nan has leg numbness from her diabetes, im 30 and healthy. is the twist ok for me",
    "new mum here, toddler woke me 5 times last night and my back is stiff from carrying her."
    " which version",
    "does pain that wakes you count if its my dog jumping on my bed at 6am",
    "the stomach pain i had last month was indigestion from a curry, cleared up after rennie."
    " fine now, ok to twist?",
    "chest pain a few days ago turned out to be trapped wind, all gone. can i start",
    "nettle rash all over both legs from the allotment, tingling like mad haha. which mat",
    "my feet tingle when i sit cross legged, goes away as soon as i stretch them out. ok for"
    " the floor version",
    "pins and needles in my hands when i lean on my elbows, gone the second i move. is the T"
    " position ok",
    "weak as a kitten after a double shift, just knackered not injured. shortest version?",
    "sharp pain in my thumb from a thorn gardening, my back is fine. how long do i hold it",
]
# ...while the same wordings with the writer's own sign, new, back again or spreading, lock out
SESSION24_H103B_LOCKED_OUT = [
    "im a carer and the lady i look after has bowel incontinence, and since this morning i"
    " cant control my bladder either",
    "my grandad lost weight without trying and im 28 and fine but ive lost weight too without"
    " trying",
    "the baby woke me up but honestly its the back pain that wakes me every night now",
    "does pain that wakes you include my back pain waking me at 3am every night this week",
    "the chest pain i had last week was heartburn, gone after gaviscon, but its back today and"
    " worse",
    "the chest pain i had last week was heartburn but now i have it again with my arm aching",
    "got stung by nettles but both my legs have gone numb and weak since this morning",
    "my legs tingle when i stand up and now its all the time and spreading to my bum",
    "pins and needles in both feet when i kneel, gone as soon as i stand, but now numbness in"
    " my saddle area today",
    "weak as a kitten after a shift, tired but my legs keep giving way since yesterday",
    "sharp pain in my finger from a splinter, back is fine but my legs went numb today",
]

# Twenty-fourth session, h103: a known sciatica told in a clipped way, no "I", over the years
SESSION24_H103_HARMLESS = [
    "lorry driver, had sciatica flare ups on and off over the years, is this twist ok for people"
    " with sciatica",
    "bus driver here, had sciatica on and off for years, is the twist ok for sciatica",
    "got sciatica on and off over the years from the cab, can this help with sciatica",
    "nurse, suffered with sciatica now and then over the years, is this ok for me",
]
SESSION24_H103_LOCKED_OUT = [
    "had sciatica flare ups on and off over the years but since this morning both legs are numb,"
    " is this ok",
    "had sciatica on and off for years, this week my foot is dragging and its getting worse, is"
    " this twist ok",
    "lorry driver, had sciatica flare ups on and off over the years, now i cant feel between my"
    " legs since this morning, is this ok",
    "had sciatica now and then over the years, since yesterday ive wet myself twice, is the twist"
    " ok for sciatica",
]

# Twenty-fourth session, h104: a condition's known sign (the numbness of MS or a neuropathy, the
# pelvic ache of pregnancy), told checked and unchanged by a clinician
SESSION24_H104_HARMLESS = [
    "multiple sclerosis diagnosed in 2015, my right foot has been numb since diagnosis, my"
    " neurologist says it is stable",
    "type 2 diabetic, feet have been tingly for years, the diabetes nurse checks them every year"
    " and says nothing has changed",
    "28 weeks pregnant, pelvic ache when i turn over at night, midwife said its pelvic girdle"
    " pain and very common",
    "neuropathy in my feet for ages, cant really feel my toes, podiatrist checks them yearly and"
    " says no change",
    "expecting my second, pubic bone aches getting out of the car, midwife says its SPD and normal",
]
# ...while the same wordings with a new, changed, worse or present sign still lock out
SESSION24_H104_LOCKED_OUT = [
    "MS, but since yesterday both legs numb, neuro says stable",
    "neuropathy for years but now numb between my legs, consultant checks it every year",
    "diabetic neuropathy, consultant says stable, but this morning my foot went numb and weak",
    "MS for 10 years, neuro says stable, but my left foot has gone numb today",
    "pregnant, pelvis aches at night, midwife said normal, and now i cant control my bladder",
    "diabetic feet numb for years, doc says stable, but the numbness is spreading up to my knees",
    "MS for years, neuro says stable, but since this morning i cant feel my bum when i sit",
    "pregnant, midwife says SPD is normal, but since last night my pelvis aches and i have a"
    " temperature",
]

# Twenty-fourth session, heldout_h105: a calf or foot cramp's pain gone in a minute, a kilo lost
# to a bug and put back on, a waking by a baby or a pet with the pain denied, night sweats of a
# warm duvet or room, feeling sick from eating too much
SESSION24_H105_HARMLESS = [
    "sharp pain in my calf from a cramp last night while running, went away in a few seconds,"
    " fine now",
    "got cramp in my foot in the pool, really painful but gone within a minute, all good now",
    "stabbing pain in my calf with cramp at 3am, passed after a minute, ok now",
    "cramp in my hamstring at football, agony for a sec but gone in a minute, all fine now",
    "lost 2 kg from a tummy bug last week, put it all back on now",
    "up 3 times in the night cos the toddler had a nightmare, not because of back pain lol",
    "woke up loads of times bc the dog was barking, not bc of my back, all good",
    "sweating at night because the heating is stuck on, otherwise fine",
    "night sweats from my new duvet lol, way too warm, back is fine",
    "ate too much at the party and feel a bit sick haha, back is fine",
]
SESSION24_H105_LOCKED_OUT = [
    "shooting pain in my calf from cramp yesterday, gone in a minute but my calf is still swollen"
    " and hot",
    "shooting pain down my leg from my back, gone in a minute, ok now",
    "cramp in my calf, gone in a minute but now my leg is numb",
    "cramp in my calf gone in a minute but it keeps coming back every night and my leg feels weak",
    "i lost 1 kg from being ill with a cold, back to normal now but im still losing weight",
    "what counts as weight loss without trying? ive lost 5 kg in 2 months without trying",
    "lost 1 kg from a cold, back to normal now, but i have night sweats",
    "woke up 4 times last night bc baby crying, but my back pain wakes me too every night",
    "woke up bc the baby, not bc of pain, but my legs are numb since yesterday",
    "night sweats bc my duvet is too thick but ive also lost weight without trying",
    "night sweats from the heating but soaked even with the window open every night for weeks and"
    " fever",
    "ate so much at the wedding i feel unwell, got a fever and chills now",
    "ate too much and feel sick, also back pain waking me every night",
]

# Twenty-fourth session, heldout_h106: the foot dragged along the carpet by the sweep itself, a
# numbness, tingle or burn of the position gone when the position changes, a joke's leaking of
# sweat
SESSION24_H106A_HARMLESS = [
    "my heel scraped across the floor as i swung my leg over haha, bit of rug burn",
    "my foot brushed along the rug as i swept it across, tiny friction burn on my big toe",
    "my leg dragged over the carpet as i swept it over, no biggie",
    "toes dragged along the mat as i swept over, lol",
    "bum went numb from sitting on the sofa all evening, gone after i got up and walked about",
    "my hand went numb in cactus arms, moved my arm lower and it went",
    "pins and needles in my foot from kneeling, fine once i stood up",
    "tingly fingers in cactus arms, lowered my elbows and it stopped",
    "burning in my hip during the hold, just a good stretch burn, gone as soon as i come out",
    "my arm went dead from lying on it, shook it out and it's fine",
    "leaking sweat everywhere lol this heat",
    "leaking - sweat, not what you think haha",
]
# ...while the same wordings with a present, lasting, returning or new sign still lock out
SESSION24_H106A_LOCKED_OUT = [
    "my foot drags when i walk since yesterday",
    "numb bum that hasn't gone since this morning",
    "my foot dragged along the carpet as i swept it over and now i cant lift it",
    "my foot dragged along the mat as i swept it over, and since monday my foot drags when i walk",
    "my foot keeps dragging on the carpet when i walk, keep tripping",
    "numb bum from sitting, went after a walk but came back and i cant feel when i wipe",
    "numb bum from sitting, still numb now after walking about",
    "fingers tingled in cactus arms, bent my elbow and it went but now my hand is weak",
    "burning in my hip mid hold, gone when i come out but now shooting pain down my leg",
    "my cheek went numb from the mat, fine when i turned my head but now my face is drooping",
    "my leg went numb from sitting cross legged, moved and it's fine but both legs are weak now",
    "my arm went numb in cactus, moved it and it went but it keeps coming back",
    "leaking... wee. cant stop it since this morning",
    "leaking sweat and also leaking wee, cant control my bladder since today",
]

# Twenty-fourth session: each round's harmless wordings (no sign, with the rules alone too), and
# its guards beside them
# twenty-fourth session, heldout_h106: the bot's check answered no, a stretch told strong and not
# painful, a checklist's sign asked about with the writer fine, training soreness told as a muscle
# paralysed, a noisy tummy; the same wordings with a present sign still lock out
SESSION24_H106B_HARMLESS = [
    "the bot asked about bladder or bowel changes, no, none, all fine",
    "you asked if i had any numbness, nope, nothing at all",
    "the stretch across my chest is really intense but it's not painful, just big",
    "stretch in my glutes is so deep it made me go oof, no pain though",
    "the stretch in my back is strong but it eases when i breathe out, no pain",
    "does 'bladder control' include needing to pee a lot? had a cold last week, fine now, just"
    " checking the list",
    "quads are dead after leg day lol, twist feels great",
    "glutes are destroyed from that bootcamp class haha",
    "my tummy rumbled so loud in the twist lol",
    "belly made such a noise during the stretch haha, insides getting a massage",
]
SESSION24_H106B_LOCKED_OUT = [
    "you asked about bladder or bowel changes, yes actually, i leaked this morning",
    "you asked about numbness, nope, but my groin's gone numb since this morning",
    "the stretch in my hip is intense but not painful, but my leg went numb and it's still numb"
    " now",
    "the stretch is so strong it made me go ow, sharp shooting pain down my leg now",
    "does 'loss of bowel control' include what happened this morning? i couldn't hold it, it's"
    " still happening",
    "hamstrings are paralysed after that spin class, and i can't feel my feet since",
    "stomach gurgling and i've had severe pain and vomited blood today",
]

SESSION24_ROUNDS_HARMLESS = (
    SESSION24_H102_HARMLESS
    + SESSION24_H103A_HARMLESS
    + SESSION24_H103B_HARMLESS
    + SESSION24_H103_HARMLESS
    + SESSION24_H104_HARMLESS
    + SESSION24_H105_HARMLESS
    + SESSION24_H106B_HARMLESS
    + SESSION24_H106A_HARMLESS
)
SESSION24_ROUNDS_LOCKED_OUT = (
    SESSION24_H102_LOCKED_OUT
    + SESSION24_H103A_LOCKED_OUT
    + SESSION24_H103B_LOCKED_OUT
    + SESSION24_H103_LOCKED_OUT
    + SESSION24_H104_LOCKED_OUT
    + SESSION24_H105_LOCKED_OUT
    + SESSION24_H106B_LOCKED_OUT
    + SESSION24_H106A_LOCKED_OUT
)

# twenty-fifth session, heldout_h107: weight lost with a drink or food habit given up, legs tired
# like after a long day, the will told weak, a pop only supposed
SESSION25_H107_HARMLESS = [
    "lost a bit of weight since i quit drinking, feeling good. 1",
    "dropped some weight cos i gave up the booze in january, back 0",
    "my legs felt tired after, like after a busy shift, just normal tiredness",
    "calves felt heavy tonight like after a long day at work, normal tired",
    "weak? only my willpower when i see cake lol. 0/10",
    "if my back had snapped id be on the floor not texting lol. 2",
]
# ...and the same words with a present own sign
SESSION25_H107_LOCKED_OUT = [
    "lost weight without trying even tho i havent stopped drinking",
    "lost weight since i stopped the beers but also lost weight without trying and cant eat",
    "my legs feel heavy and numb since this morning like after a long day",
    "legs feel weak and heavy, like after a long day, still like it now",
    "weakness in my legs, only my willpower keeps me standing",
    "my back popped and now sharp pain, if it had popped properly id be on the floor",
]

# twenty-fifth session, heldout_h108: the checklist or a source quoted by a worried writer, or one
# of its words asked about, the writer's own sign denied or given an ordinary cause
SESSION25_FA108A_HARMLESS: list[str] = [
    "the list says trouble peeing - i wee loads cos i drink tons of water, that doesnt count right",
    "is that the chest pain thing when my heart thumps before a workout? there's no pain, just"
    " nervous",
    "heard on a podcast that back pain at night can be cancer, freaking out. my back only aches"
    " after digging, fine at night",
    "what does 'weakness in one leg' mean? my right leg is weaker at lunges, always has been since"
    " i was a kid",
    "i read that numbness in the saddle area is an emergency, what does it mean? i dont have it",
]
SESSION25_FA108A_LOCKED_OUT: list[str] = [
    "what does saddle area mean? because mine's numb since this morning",
    "i read that trouble peeing is an emergency, i cant pee since this morning",
    "is that the chest pain thing? theres no pain just nerves but my chest feels tight right now",
    "saw a tiktok saying night pain means cancer. my back pain wakes me every night now",
    "does 'weakness in one leg' mean like my left leg is suddenly weaker than my right? it has been"
    " since yesterday",
    "the checklist said numbness - i dont have it but my bum has gone numb today",
]

# twenty-fifth session, heldout_h108: a past episode checked and cleared, someone close's sign
# with the writer's own denied, a workout, a day's sitting or a drive told as a passing cause
SESSION25_FA108B_HARMLESS: list[str] = [
    "had chest pain back in march, a&e ran every test and it was only indigestion. my gp cleared"
    " me to exercise",
    "i had a kidney infection last year with a fever and trouble weeing, antibiotics sorted it and"
    " im fine now",
    "broke my ankle in a fall 3 years ago, completely healed. the fall thing on your list made me"
    " worry",
    "my wife has sciatica and the physio is sorting it. im perfectly fine myself, is it catching"
    " lol",
    "my mate slipped a disc at the gym so im a bit scared. im not in any pain, how do i avoid that",
    "my nan lost loads of weight before her diagnosis, im 25 and havent lost any, just worried",
    "legs feel like jelly after squats yesterday, is it ok to do the twist or will it make it"
    " worse",
    "my legs feel tired after sitting at my desk all day but it goes after a walk",
]
SESSION25_FA108B_LOCKED_OUT: list[str] = [
    "had chest pain in january, hospital said it was heartburn, but it came back this morning and"
    " is crushing",
    "i had a uti last month, fine now, but this week i have a new fever with back pain",
    "my husband has sciatica and now i have numbness in my groin too since this morning",
    "my friend popped a disc and i have shooting pain down my leg and my leg is weak since today",
    "my legs feel weak after leg day two days ago and getting worse, they keep giving way",
    "my legs feel heavy after sitting all day and it doesnt go after a walk, im losing control of"
    " my bladder",
    "my grandad lost weight, im 30 and havent lost anything but i have a fever and night sweats"
    " since last week",
    # the review's: the other telling of the writer, and a sign of late beside a healed past
    "my partner says my mouth droops on one side and my words come out wrong, i feel fine though",
    "had a kidney stone 3 years ago, all sorted since, but recently i've dropped 5kg without trying"
    " and my back aches",
]


# twenty-fifth session, heldout_h107 (fa107b): a hand's pins and needles from leaning on it, a
# back's click told good, a part numb with boredom across dots, a past episode over within days
# beside a low score today; the same with a real sign of now still locks out
SESSION25_FA107B_HARMLESS: list[str] = [
    "tingling in my hand from lying on it watching tv, not my back. back 3",
    "my arm went dead from leaning on it on the sofa, nothing to do with the twist. back's fine",
    "pins and needles in my hand from leaning on it, back 2",
    "when i came back to the middle my back clicked like knuckles, felt good actually",
    "lower back popped on the way back up, such a relief",
    "back clicked on the twist, so satisfying, like cracking knuckles",
    "bum's gone numb with boredom during the hold lol",
    "my legs are numb from sheer boredom waiting for the timer, kidding",
    "my feet are dead... with boredom. jk",
    "my legs are numb... with boredom waiting for the countdown 😂 jk all good",
    "foot dragged a bit at the end of my marathon last year lol, recovered in days. today 1/10",
    "foot went floppy and dragged after an ultra last year, was fine within a couple of days."
    " today 0",
]
SESSION25_FA107B_LOCKED_OUT: list[str] = [
    "pins and needles in both hands since this morning, not from leaning on them",
    "pins and needles in my hand from leaning on it, still there 3 days later",
    "my hand is weak and tingly from leaning on it, can't grip",
    "my back clicked and now there's a sharp pain that won't go",
    "back popped when i came back to the middle and it still hurts",
    "my back clicked and my legs went numb",
    "my legs are numb... with boredom lol but actually they're still numb since this morning",
    "my legs are numb and still numb an hour later",
    "both legs numb, not with boredom, for real",
    "my foot dragged a bit at the end of my marathon last year, recovered in days. today it's"
    " dragging again",
    "my foot has been dragging since this morning",
    "foot dragged a bit last year, recovered in days. today 6/10 and my foot drags",
]


# twenty-fifth session, heldout_h109 (fa109a): the bot's word echoed and denied or answered with a
# joke of no body, a truck's figure of sore muscles, a pet landed on the back, the checklist's word
# asked or taught with the writer's own denied, someone close's surgery that ended well; the same
# shapes with the writer's own sign of now still lock out
SESSION25_FA109A_HARMLESS: list[str] = [
    "numbness? nah none, just going through your list haha. should i use a cushion",
    "bladder problems? no nothing, all good. how long do i hold it",
    "leg weakness? only when i drag myself out of bed on a monday haha. how many reps",
    "my dog jumped onto my back while i was on the mat 😂 what are cactus arms",
    "feel like ive been hit by a bus after the gym lol, normal doms. will the twist help",
    "does feeling tired count as 'fatigue' on your list? i just had a late night, im fine btw."
    " how often",
    "my teacher was talking about red flags like numbness in the groin, i dont have any. which"
    " side first",
    "my mate had cauda equina surgery and hes fine now, ive got zero symptoms. how many sets",
    "what counts as a serious fall? i tripped on the stairs but caught myself before i hit the"
    " floor, nothing hurts. how long",
    "what counts as new back pain? ive had the same stiff lower back for 15 years from lifting,"
    " no change. how often",
]
SESSION25_FA109A_LOCKED_OUT: list[str] = [
    "chest pain? yes since this morning, can i do it on the bed",
    "chest pain? nope. well a bit actually when i breathe in. can i do it on the bed",
    "foot dragging? only when i walk lol, it started this week. how many sets",
    "my cat fell onto my back and now i have shooting pain down my leg. what are cactus arms",
    "feels like ive been hit by a truck after a car crash this morning lol, my legs are numb",
    "the word cauda equina keeps coming up in your warnings, im fine btw but my groin has been"
    " numb since this morning",
    "my neighbour had cauda equina surgery and hes fine now but ive got numbness in my saddle"
    " area today",
    "what counts as a serious fall? i fell down the stairs this morning and hit my head, nothing"
    " hurts though",
    "does weight loss from my diet count? im dieting on purpose but lost 8kg in 3 weeks without"
    " trying, also reps",
    "my lecturer was explaining red flags like bladder problems, i dont have any, but i cant feel"
    " when i pee since yesterday",
]
# twenty-fifth session, heldout_h110 (fa110): a passing numbness, tingle or dizziness of the cold,
# the heat or a cramped seat; legs weak from time off training; the shoulder blades worked by
# training; a sneeze's or cough's usual muscle twinge; an old fall fine ever since; the bot's
# question echoed and denied; a painless click
SESSION25_FA110_HARMLESS: list[str] = [
    "cold plunge this morning, my feet went numb for a minute but warmed up fine after",
    "winter swim in the lake, hands and feet went tingly for a few minutes, warmed back up"
    " fine in the car",
    "my toes went numb in the snow on the walk today, fine once i got inside and warmed them up",
    "legs went all pins and needles sitting cross legged at the wedding, fine as soon as i"
    " stood up",
    "felt a bit light headed in the sun at the match, had a drink and was fine, back's just tight",
    "legs are weak after a month away from running, totally deconditioned",
    "coughing so much with this cold my back twinges, just the usual muscle thing",
    "fell off my bike two years ago, bruised my hip but fine ever since",
    "slipped on the stairs last winter, sore for a week, no problems since",
    "any numbness in your legs? nope, just tight hamstrings",
    "is the crack in my neck when i turn a problem? just a click, doesnt hurt at all",
    "legs feel weak after two months off the gym, so out of shape lol",
    "shoulder blades are sore from pull ups at the gym, just muscle, feels good",
]
SESSION25_FA110_LOCKED_OUT: list[str] = [
    "sea swim this morning, my legs went numb and theyre still numb now",
    "legs went numb on the flight yesterday and they havent come back, still numb",
    "tingly feet after the hot beach walk and now my bladder feels weird, cant go",
    "shoulder blades ache out of nowhere, not from training, with a tight chest and sweating",
    "pain between my shoulder blades since this morning with pain down my left arm",
    "my back popped when i twisted and now theres a sharp pain and i cant stand up straight",
    "legs feel weak after weeks off training and now one leg keeps giving way",
    "sneezing made my back twinge and now pain shoots down my leg and my foot is numb",
    "slipped on the ice yesterday and hit my head, back hurts now",
    "got dizzy in the heat and passed out, hit the floor",
]
SESSION25_FA109B_HARMLESS: list[str] = [
    # twenty-fifth session, heldout_h109 (fa109b): a dash to the loo after drinks, a calf pain told
    # only a cramp and gone, someone's scary claim, a numbness of a position or a tight shoe gone,
    # a pet's leaking, night sweats of the summer's heat, a stress leak known for years
    "needed to nip to the loo halfway through because of all the tea i drank, can i pause it",
    "ran for a pee in the middle because of too many cups of coffee, how do i restart",
    "3 coffees made me need the loo halfway, can i pause",
    "sharp pain in my foot at football last night, only a cramp, it eased off after a minute."
    " how long should i hold",
    "stabbing pain in my hamstring during the swim, was just a cramp, rubbed it and it passed."
    " which side first",
    "my mum reckons my back will break if i twist every day haha, is that a myth",
    "my mate told me my disc could slip if i do this stretch, is that true",
    "my feet went numb from sitting cross legged on the floor but fine once i stood up. how many"
    " reps",
    "pins and needles in my foot from tight laces, loosened them and it went away. what should i"
    " feel",
    "tingling in my toes from my new ski boots, took them off and it passed. where do i look",
    "our cat has been weeing on the rug bless her, shes old. should i use a towel instead of a mat",
    "my elderly dog keeps having accidents on my yoga mat, is it ok to do on carpet",
    "night sweats every summer, it's just the heat in my flat, no temperature. how long does it"
    " take",
    "i get sweaty at night when its hot and humid, no fever or anything. can i do it in the"
    " morning",
    "bladder a bit weak since having the twins, tiny leak when i cough, same as ever for years."
    " can i still do this",
]
SESSION25_FA109B_LOCKED_OUT: list[str] = [
    "had to run for a wee thanks to 3 coffees but i couldnt hold it and wet myself",
    "had to run to the loo after coffee and now i cant pee at all since this morning",
    "shooting pain in my calf, just a cramp i think, but it keeps coming back and my calf is"
    " swollen and hot",
    "sharp pain in my foot, only a cramp, it went but now my foot is numb",
    "friend said my spine would snap if i twist and now i felt a pop and its agony",
    "my legs went numb from kneeling in the garden and they are still numb now",
    "numbness in my toes from tight boots, took them off but it's still numb since yesterday",
    "my legs were numb from kneeling but fine after a stretch, now i cant feel when i wipe",
    "my dog is incontinent and so am i since this morning",
    "my dog is incontinent bless him, and i have started leaking too since yesterday",
    "my old dog leaks on the mat and i have wet myself twice today without noticing",
    "our dog woke me at 3 and i had wet the bed without knowing, first time ever",
    "walked the dog for a couple of weeks now and since this morning i cant feel when i wipe",
    "night sweats in summer, just the heat, but ive lost weight and have a fever",
    "night sweats in the heat, no fever, but they started last week and im drenched every night"
    " now",
    "my pelvic floor has been weak since my second kid, little leak when i sneeze, but now i cant"
    " control my bladder at all since yesterday",
    "my pelvic floor has been weak since my second kid, little leak when i sneeze, been like that"
    " for years, but this week ive started leaking without any warning",
]


# The twenty-fifth session's rounds: each fix's lists join these two
SESSION25_ROUNDS_HARMLESS: list[str] = [
    *SESSION25_H107_HARMLESS,
    *SESSION25_FA108A_HARMLESS,
    *SESSION25_FA108B_HARMLESS,
    *SESSION25_FA107B_HARMLESS,
    *SESSION25_FA109A_HARMLESS,
    *SESSION25_FA110_HARMLESS,
    *SESSION25_FA109B_HARMLESS,
]
SESSION25_ROUNDS_LOCKED_OUT: list[str] = [
    *SESSION25_H107_LOCKED_OUT,
    *SESSION25_FA108A_LOCKED_OUT,
    *SESSION25_FA108B_LOCKED_OUT,
    *SESSION25_FA107B_LOCKED_OUT,
    *SESSION25_FA109A_LOCKED_OUT,
    *SESSION25_FA110_LOCKED_OUT,
    *SESSION25_FA109B_LOCKED_OUT,
]


# twenty-sixth session, heldout_h111 (ans111): a known sciatica's flares that come and go, its
# suitability asked; the shoulder or an arm popping or lifting up off the floor (a point of form)
SESSION26_ANS111_HARMLESS: list[str] = [
    "i get sciatica flare ups now and then, is this alright to do",
    "my sciatica flares up every so often, is the twist fine for me",
    "i get sciatica on and off, would this be suitable",
    "my right shoulder keeps popping up off the floor when i twist, annoying",
    "my left shoulder lifts up off the mat every time i go over, how do i stop that",
    "my arm keeps coming up off the floor when my knee goes across",
]
# ...never a flare told now, both legs, a joint popped, a pop beside pain or numbness
SESSION26_ANS111_LOCKED_OUT: list[str] = [
    "my sciatica flared up this morning and now my leg is numb",
    "i get sciatica flare ups now and then, it flared up this morning, is this alright to do",
    "i get sciatica now and then but since yesterday both legs are weak, is this alright to do",
    "my shoulder popped when i twisted and now it hurts",
    "my shoulder keeps popping up off the floor and now it's numb",
]


# twenty-sixth session, heldout_h111 (fa111b): the checklist's word echoed and answered with going
# often after drinks, joints weak from old injuries and fine walking, someone else's fall with them
# fine, a past sign treated and over, someone else's history with the writer fine: no sign of the
# writer's own, neither locked out nor asked (`_aside_fa111b`)
SESSION26_FA111B_HARMLESS: list[str] = [
    "trouble peeing? only in that after 3 coffees i cant stop going lol",
    "bladder trouble? only that after my morning coffees i pee loads haha",
    "toilet issues? only in that 4 teas means im constantly in the loo lol",
    "trouble weeing? nah, only when ive had 3 pints i keep going all night haha",
    "weak ankles from old sprains but they're fine walking, anything to watch for?",
    "dodgy knees from old football injuries but i walk fine, anything to avoid?",
    "my ankles are a bit weak from previous sprains, no problem walking though, any tips?",
    "weak wrists after old fractures, fine day to day, should i watch anything?",
    "son came off his bike today, hes ok just a grazed knee, anyway doing my session now",
    "my daughter fell off the trampoline this morning, she's fine, just a bruised elbow. right,"
    " starting my twist",
    "wife slipped on the stairs earlier but she's ok, only a scraped shin, anyway onto my"
    " stretches",
    "my lad crashed his scooter today, hes fine just a graze, can we start",
    "had a uti last month and it stung to pee but antibiotics sorted it, all good now",
    "got a water infection a few weeks ago, burned when i peed but antibiotics cleared it, all fine"
    " now",
    "had a kidney infection last month with a fever, the tablets sorted it, all good now",
    "dad's got bowel cancer screening next week, im a bit stressed but physically fine, just want"
    " to keep up my stretches",
    "my mum's got a bowel scan next month, im a bit anxious but physically fine, want to do my"
    " twist",
    "my brother had surgery for cauda equina years back, im fine, no symptoms, just wondering if i"
    " should be careful",
    "my sister had surgery for a slipped disc years ago, im fine, no symptoms, is the twist safe",
]
# ...counter-probes: the writer's own present sign beside the same wordings still locks out
SESSION26_FA111B_LOCKED_OUT: list[str] = [
    "trouble peeing? yes, since this morning i cant pee at all",
    "bladder problems? only that after 3 coffees i keep leaking and cant control it",
    "my own ankles are suddenly weak and i keep tripping today",
    "weak ankles from old sprains but since this morning both legs feel weak and numb",
    "son came off his bike today and so did i, my back is killing me and my legs are numb",
    "my son fell off his bike, hes ok, but i fell too and now my saddle area is numb",
    "my son came off his bike today, we both fell, hes ok but my legs are numb",
    "had a uti last month, antibiotics sorted it, but since this morning i cant pee at all",
    "had a uti last month and antibiotics sorted it, all good now but my saddle is numb today",
    "my brother had cauda equina years back, im fine but my own saddle has gone numb since this"
    " morning",
    "dad's got bowel cancer screening next week, i have lost control of my bowels since yesterday",
    "i'm losing weight without trying and have back pain at night",
]


@each("text", SESSION26_FA111B_HARMLESS)
def test_session26_fa111b_harmless_is_neither_locked_out_nor_asked(text: str) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# twenty-sixth session, heldout_h111 (fa111a): someone else's sign with the writer told as the one
# doing the move, muscles weak from a desk life, the legs' muscles sore after a run and the legs
# like wood, a product's tingle of the scalp, the bot's word "new" asked beside a stiffness of
# years, the knuckles popped not the back, a fever dream: neither locked out nor asked
SESSION26_FA111A_HARMLESS: list[str] = [
    "my husband gets pins and needles in his feet from his diabetes, im the one doing the"
    " twist though, any advice",
    "my mum has numb fingers from her arthritis, it's not me, i'm just the one stretching",
    "my partner has tingling hands from carpal tunnel, im the one doing the exercise tho, tips?",
    "weak abs and weak glutes after 20 years at a desk, where do i start",
    "my core is so weak from years of sitting at a computer, will this help",
    "weak upper body, weak core, weak everything really. too much sofa time",
    "quads are screaming after a half marathon yesterday, legs feel like lead",
    "hamstrings sore after leg day, legs feel like tree trunks haha",
    "scalp is all tingly from the peppermint shampoo, anyway lets go",
    "my skin tingles after the new tea tree body wash lol, ready when you are",
    "itchy tingly scalp since using the new hair dye, nothing to do with my back, shall we start",
    "what do you mean by new pain? i've had the same tight spot in my back for years",
    "what counts as a new pain? my lower back has been stiff for like 15 years, same as always",
    "cracked my knuckles not my back lol, how many reps",
    "just popped my toes, not my spine haha, when do i start",
    "woke up from a proper fever dream about my mat eating me lol, right lets go",
    "total fever dream last night, dreamt i was twisting on a rollercoaster haha",
]
# ...and the same wordings with the writer's own sign told present, new or worse
SESSION26_FA111A_LOCKED_OUT: list[str] = [
    "my wife has pins and needles in her hands, im the one doing the stretch and my hands are numb"
    " too",
    "i have pins and needles in both my hands since this morning, im the one doing the stretch",
    "my wife has pins and needles in her hands, and now i have it in both my hands too"
    " since this morning",
    "weak core, weak glutes, and my legs suddenly gave way this morning",
    "weak glutes from office life but now both legs are weak and getting worse since yesterday",
    "hamstrings are screaming after a 10k yesterday, both legs numb and weak since the"
    " run, getting worse",
    "both legs feel like wood and numb since the run yesterday, cant feel my feet",
    "tingly scalp after the new shampoo and numb legs since this morning",
    "what counts as new pain? i've had the same stiff spot for 10 years but since this"
    " morning there's a new sharp pain down my leg",
    "popped my knuckles and then my back popped and now it hurts",
    "cracked my knuckles and my back popped during the twist, sharp pain since",
    "had a fever last night and my back is killing me now",
    "i've had a fever dream and a real fever since yesterday, back aches",
]


@each("text", SESSION26_FA111A_HARMLESS)
def test_session26_fa111a_harmless_is_neither_locked_out_nor_asked(text: str) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# twenty-sixth session, heldout_h112 (fa112a): the bot's checklist word echoed as its question (with
# "?", in quotes or before a dash) and answered no, "i wish" or "only" with no sign of the body (a
# reason, the good kind, someone else, a pun, a joke): neither locked out nor asked
SESSION26_FA112A_HARMLESS: list[str] = [
    "pain waking you at night? only the baby wanting a feed at 3am",
    "waking at night? only my dog snoring like a train",
    "fallen over? only off the wagon this weekend lol",
    "unexplained weight loss? i wish lol, the opposite",
    "pins and needles? only in the fun way, that stretch was lush",
    "feeling unwell? only cos payday is a week away",
    "'bladder problems' no, only problem is i keep forgetting my water bottle lol",
    "dragging a leg? only dragging myself round the shops lol",
]
# ...and the same echo answered with a yes, a real sign, a time, a side or a loss of use: locked out
SESSION26_FA112A_LOCKED_OUT: list[str] = [
    "wakes me at night? yes, every night this week, the pain gets me up",
    "fell over? yes, off a ladder this morning and my back is killing me",
    "weight loss without trying? actually yes, 6kg since the summer",
    "fever? yes, 39 and my back aches",
    "tingling? only in both feet, since yesterday",
    "dragging my foot? only since yesterday, my right one catches",
    "trouble peeing? only that i can't go at all since this morning",
    "pain waking you at night? only every night this week, can't get back to sleep",
    "numbness? only in my left foot since this morning",
    "pins and needles? only in both legs and it's getting worse",
    "bladder problems? no, only that i can't go at all since this morning",
    "fallen over? only twice today, my legs just gave way",
    "weight loss without trying? i wish... actually yes, 8kg since june",
    "tingling? just in my saddle area since last night",
    "fever? only 39 and my back's agony now",
]


@each("text", SESSION26_FA112A_HARMLESS)
def test_session26_fa112a_echo_answered_harmless_is_neither_locked_out_nor_asked(text: str) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# twenty-sixth session, heldout_h112 (fa112b): the bot's checklist answered no item by item in a
# bare list or with scores, the bot's word asked about with the sign denied or unchanged, the
# checklist's question echoed and answered with a thing healed or long known and checked, and
# someone else's sign with "not me": neither locked out nor asked
SESSION26_FA112B_HARMLESS: list[str] = [
    "re ur questions: tingling no, bladder no, bowels no, fever no",
    "checklist done: numbness nope, leaks nope, both legs nope",
    "numbness 0, tingling 0, stiffness 3",
    "pain 2, numbness 0, energy 8 💪",
    "numb: 0, bladder: no, bowels: no, fever: no",
    "what counts as 'weakness'? my legs have never been strong but they're not getting any weaker",
    "what do you mean by weakness? my legs are skinny but they haven't got any weaker",
    "what do u mean 'numbness'? i was confused by that one. no numbness at all",
    "what counts as 'saddle'? my bum goes a bit sore on long rides lol. no numbness down there",
    "hurt after a fall? fell off a ladder two years ago but it all healed, no pain since",
    "fallen recently? slipped on ice last winter but it healed completely, no pain now",
    "between the shoulder blades? tight there for years from the desk, nothing new, the gp"
    " checked it",
    "knot between my shoulder blades? had it for ages from my job, same as always",
    "my mum's got a numb foot from her diabetes, not me. i'm just stiff from gardening",
    "my brother has sciatica, not me lol. my hamstrings are just tight",
]
# ...and the same wordings with the writer's own sign told present, new or worse
SESSION26_FA112B_LOCKED_OUT: list[str] = [
    "numbness yes, between my legs since this morning, bladder no, bowels no",
    "numbness 7, pain 8, can't feel my saddle",
    "what counts as weakness? my legs are getting weaker every day",
    "hurt after a fall? yes, fell down the stairs this morning",
    "sharp pain? yes, shooting down both legs now",
    "between my shoulder blades? yes, new since yesterday and getting worse",
    "my dad's got sciatica and so have i, my leg went numb this morning",
    "bladder no, bowels no, but i can't feel my bum since this morning",
    "what do you mean 'saddle'? i have no feeling there since last night",
    "what counts as weakness? my legs aren't getting any weaker but they both went numb this"
    " morning",
    "hurt after a fall? had a fall years ago, healed, but fell again today and my back is agony",
    "my dad's got a numb leg, not me, but my own legs went weak this morning",
    "numbness 0, pain 9, fever yes and my back is killing me since yesterday",
    "bowels no, bladder no, feeling down there none, legs no",
    "bladder control no, bowels no",
]


@each("text", SESSION26_FA112B_HARMLESS)
def test_session26_fa112b_harmless_is_neither_locked_out_nor_asked(text: str) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# twenty-sixth session, the review (h113's first sight): a known sciatica's flares with the time
# of now denied outright ("not at the moment") are the sciatica topic; a flare of now, a numbness
# since this morning, both legs or a worsening this week beside the denial still lock out
SESSION26_REVIEW_SCIATICA: list[str] = [
    "i get sciatica flare ups now and then (not right now), is this alright to do",
    "my sciatica flares up every so often, not currently though, would the twist be ok",
    "i get sciatica on and off, not at present, is the twist safe for me",
]
SESSION26_REVIEW_LOCKED_OUT: list[str] = [
    "i get sciatica flare ups now and then and its flaring right now, is the twist ok",
    "i get sciatica flare ups now and then, not at the moment, but since this morning my leg is"
    " numb, is the twist ok",
    "i get sciatica flare ups now and then, not at the moment but both legs are tingling today,"
    " is the twist ok",
    "my sciatica flares up now and then, not right now but its worse than ever this week, is the"
    " twist ok",
]


@each("text", SESSION26_REVIEW_SCIATICA)
def test_session26_a_known_sciaticas_flares_not_of_now_are_its_topic(text: str) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).topic == "sciatica", answer(text)


# twenty-sixth session, the review (h113's first sight): the checklist's echo introduced as the
# bot's question ("you asked ...", "to answer your question, ...") and denied is no sign; a yes, an
# "only" with a sign, a turn to a sign of now or a function denied still lock out
SESSION26_REVIEW_ECHO_HARMLESS: list[str] = [
    "you asked any new tingling or weakness - nope, none at all",
    "you asked about any new numbness or tingling? no, none",
    "to answer your question, any new numbness or weakness? nah",
]
# ...and a denial is the answer only when nothing but a mark, a laugh or its own words follows it:
# "legs gave way - no warning", "- never had that before", "- i wish i was joking" tell the sign
# (fa112a's reader had set them aside: the rules alone missed them)
SESSION26_REVIEW_ECHO_LOCKED_OUT: list[str] = [
    "my legs gave way - no warning",
    "both legs went from under me - no warning at all, this morning",
    "legs buckled - no reason, twice today",
    "my legs went from under me - never had that before",
    "the saddle area has gone numb - never felt anything like it",
    "both legs numb - none of my usual stretches touch it",
    "wet myself on the way to the loo - i wish i was joking",
    "both legs weak - nope not imagining it",
    "you asked about numbness - yes, in my groin since this morning",
    "you asked about weakness? only in both legs since yesterday",
    "you asked any new numbness - no but my legs are weak since this morning",
    "to answer your question, bladder control? no",
]


@each("text", SESSION26_REVIEW_ECHO_HARMLESS)
def test_session26_an_echo_introduced_as_the_bots_question_and_denied_is_no_sign(
    text: str,
) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# The twenty-sixth session's rounds: each fix's lists join these two (a harmless list with a
# test of its own that it is not even asked, FA111A's and FA111B's, is read there alone)
SESSION26_ROUNDS_HARMLESS: list[str] = [
    *SESSION26_ANS111_HARMLESS,
]
SESSION26_ROUNDS_LOCKED_OUT: list[str] = [
    *SESSION26_ANS111_LOCKED_OUT,
    *SESSION26_FA111B_LOCKED_OUT,
    *SESSION26_FA111A_LOCKED_OUT,
    *SESSION26_FA112A_LOCKED_OUT,
    *SESSION26_REVIEW_LOCKED_OUT,
    *SESSION26_REVIEW_ECHO_LOCKED_OUT,
    *SESSION26_FA112B_LOCKED_OUT,
]


# twenty-seventh session, heldout_h113 (fa113a): an echo of the checklist answered no that a wide
# reader swallowed whole ("trouble peeing? no all good") or reported as the bot's question ("you
# asked if i have any bladder trouble - no"); a sign taken back at once and put down to something
# else, the back fine; the checklist's word asked whether it covers a daily thing with its cause
# named; a past episode closed ("long gone now", "didnt hurt then or since"); someone else's sign,
# claim or accident with the writer's own back told apart as ordinary; weight lost told with its
# cause after blood tests came back fine: neither locked out nor asked. Beside them, the same
# wordings with the writer's sign told now, new or back, which lock out.
SESSION27_FA113A_HARMLESS: list[str] = [
    "trouble peeing? no all good",
    "you asked if i have any bladder trouble - no",
    "trouble peeing? no",
    "problems with your bladder? nope all fine",
    "you asked if ive had any numbness - nope",
    "you asked whether i get any tingling in my legs - no, none",
    "bladder issues? nah all good thanks",
    "back pain kept me up last night... actually no it was the neighbours dog barking lol, "
    "back is fine",
    "my back woke me at 3am, actually no it was the baby crying, back's fine",
    "back pain kept me awake - wait no, that was the heat, my back is fine",
    "woke up with back ache... actually nah it was the storm keeping me up, back is grand",
    "does loss of bowel control include needing the loo urgently after my morning coffee? "
    "because thats every single day for me haha",
    "does bowel control include having to rush to the toilet after coffee? thats me every "
    "morning lol",
    "does urgency count if i always need a wee after my second cup of tea? every day for years",
    "would incontinence include needing the loo quick after a curry? asking for a friend (me) haha",
    "i fell over on the dance floor at my cousins wedding in june 🥂 didnt hurt then or "
    "since, just being honest",
    "had chest pain from coughing when i had that horrible cold in march, long gone now",
    "slipped on the ice last winter, didnt hurt at the time or since",
    "had a bit of chest pain with a chest infection two years ago, cleared up completely",
    "fell off a ladder back in 2019, fully recovered, just want to loosen up",
    "took a tumble at a festival in august, never bothered me then or since 👍",
    "my dad had cauda equina surgery last year, hes doing great now. im just here for my own "
    "stiff back, nothing like his",
    "my mate reckons twisting can paralyse you 🙄 pretty sure hes chatting rubbish, my back "
    "feels great anyway",
    "im a paramedic, we had a guy fall off scaffolding today, grim. made me think i should "
    "look after my own back more",
    "my mum had cauda equina a few years back, shes fine now. my back is just stiff, nothing "
    "like hers",
    "my brother says stretching can leave you paralysed lol, hes talking rubbish, my back is fine",
    "we had a patient come in after falling off a roof today. reminded me to look after my "
    "own back",
    "blood tests came back fine, the weight i lost was because i started running 3x a week",
    "the weight ive lost is because i started the gym in january, blood work was all normal",
    "my gp checked me, the weight i dropped was because i started cycling to work",
    "the weight i lost was cos i started walking every day",
    "you asked any new numbness or weakness - no, none whatsoever",
]
SESSION27_FA113A_LOCKED_OUT: list[str] = [
    "bowels? no",
    "peeing? no",
    "trouble peeing? yes, can't go since this morning",
    "you asked about numbness - yes, both legs since yesterday",
    "bladder control? no",
    "you asked if i can feel my legs - no",
    "you asked if i have any bladder trouble - no, but i wet myself this morning",
    "numbness? no, only in my left foot since monday",
    "back pain kept me up last night, actually it's been waking me every night this week",
    "back pain kept me up last night... actually no it was worse than that, still is, back "
    "is fine during the day",
    "back pain kept me up last night... actually no it was the numbness in both legs, back is fine",
    "does loss of bowel control include not making it to the loo after coffee? happened "
    "today, couldnt hold it",
    "does bowel control include needing to go urgently after coffee? its new since monday",
    "does loss of bowel control include not feeling when i go? because thats every day for me now",
    "fell on the dance floor last night and my back's been agony since",
    "chest pain since the cold, still there now",
    "had chest pain with a cold in march, long gone but it came back today",
    "fell over in june, didnt hurt then but now my back is killing me",
    "had chest pain in march, long gone now, but tight chest again this morning",
    "my dad had cauda equina, and now i've got numbness around my bum too",
    "my mate reckons twisting can paralyse you, my legs have gone weak since this morning",
    "my dad had cauda equina surgery, im just here for my stiff back but i cant feel my bum "
    "since yesterday",
    "we had a guy fall off scaffolding today, i fell too and my back is agony",
    "lost 6kg, not trying, blood tests pending",
    "the weight i lost was because i started running but i have night sweats too",
    "i lost loads of weight without trying, blood in my pee too",
    "trouble peeing? no, but i cant feel when i pee since yesterday",
    "fell over in june, didnt hurt then or since, but my legs went numb this morning",
]


@each("text", SESSION27_FA113A_HARMLESS)
def test_session27_fa113a_a_sign_denied_taken_back_closed_explained_or_anothers_is_not_asked(
    text: str,
) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# twenty-seventh session, heldout_h113 (fa113b): the arms or legs told dead beside a sport done, a
# sign's word as a figure of the mood, a mishap taken back as a joke, muscles weak from a desk life
# read whole (one decision on what the readers set aside: `_aside_clears_fa113b`), a stress leak
# of years after births known to the GP, a child's words quoted and a toe knocked with the back
# fine: neither locked out nor asked; the same wordings with a sign of the writer's own of now
# still lock out
SESSION27_FA113B_HARMLESS: list[str] = [
    "weak core, weak hips, weak everything lol, 10 years of a desk job will do that",
    "we did clay pigeon shooting today, arms are dead, still up for the twist tho",
    "scored a hat trick on sunday, legs absolutely dead today haha",
    "lol tingling is how i'd describe my excitement for todays session",
    "slipped on a banana skin, joking, nobody actually does that. ok starting",
    "my 8 yr old says 'my legs are broken' every time we walk to school, kids. anyway me: "
    "just stiff hips",
    "leak a tiny bit when i sneeze, had 3 kids, been like that for years and my gp knows about "
    "it. anyway back is just stiff",
    "dropped a dumbbell on my toe yesterday, its bruised and purple but my back is fine",
    "weak glutes, weak core, weak everything haha, 15 years of office work will do that",
    "weak abs and weak hips, decades at a desk",
    "did archery all afternoon, arms are dead lol, still keen for the twist",
    "went bouldering last night and my forearms are absolutely destroyed haha",
    "tingling is how i'd sum up my mood before todays session lol",
    "i'd describe my excitement as tingly lol",
    "fell down the stairs lol jk, ready to go",
    "broke my back carrying the shopping, only kidding, lets start",
    "leak a little when i cough, had two kids, been like that for years, my physio knows",
    "stubbed my toe on the bed frame this morning, swollen and purple, back is fine though",
    "trapped my finger in the car door, bruised nail, my back is totally fine",
    "my son always says 'my legs are broken' when we walk anywhere lol. me, just tight hips",
]
SESSION27_FA113B_LOCKED_OUT: list[str] = [
    "legs gone weak and wobbly since this morning, not from sport",
    "both legs dead and numb since i woke up",
    "tingling in my groin since yesterday, not excitement",
    "slipped on ice this morning, landed on my back, not joking, it's agony",
    "started leaking when i sneeze since last week, never before",
    "dropped a dumbbell on my back, now sharp pain",
    "weak right leg since monday, foot catches",
    "played football yesterday, both legs dead and numb since this morning",
    "fell down the stairs this morning, not joking, cant feel my legs",
    "weak core, weak legs since monday, desk job",
    "leak a little when i cough, had two kids, but now i cant feel when i go since last week",
    "tingling is how i'd describe my feet since yesterday",
    "my son says 'my legs are broken' and i feel the same, numb since monday",
]


@each("text", SESSION27_FA113B_HARMLESS)
def test_session27_a_sport_a_figure_a_joke_or_an_old_known_trouble_is_not_even_asked(
    text: str,
) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# twenty-seventh session, heldout_h114 (fa114a): typed in a hurry (the checklist asked then the
# sign denied is the warning signs' topic: test_answers), a sign taken back as a joke with its
# cause, a sign supposed to test the bot, woken
# by a pet with the pain denied, the bum numb as a habit on the loo, a pun on a thing, the
# checklist's item echoed and answered no; and the same wordings with a sign of the writer's own
SESSION27_FA114A_HARMLESS: list[str] = [
    "my bum goes numb on the loo when im scrolling too long 😂 totally normal right",
    "my cat walks on my back at nite and wakes me up lol not pain related",
    "the back pain woke me up at 6 — jk it was my alarm lol",
    "pretend i said i had a fever what would happen lol testing u",
    "only thing losing weight w/o trying is my bank account 😂 anyway how often shld i do this",
    "re ur checklist pain that wakes you at night... nope sleep like a baby",
    "my legs gave way lol no it was the cat tripping me up",
    "back pain kept me up last night jk it was the baby crying lol",
    "what if i told u i had numb legs, what would u do lol",
    "hypothetically if i said my bladder went would you stop me? just testing",
    "imagine i typed i had chest pain what would the bot say",
    "the dog jumps on the bed at night and wakes me up, nothing to do with my back",
    "my baby wakes me up at 3 lol not pain related",
    "my butt gets numb sitting on the toilet reading, normal?",
    "my backside always goes to sleep on the toilet when im on my phone lol",
    "bum goes dead on the bog if i stay on too long haha",
    "the only thing getting numb is my brain from this meeting lol how long is the twist",
    "only thing that's lost weight without trying is my wallet 😂",
    "re your checklist numbness in the groin... nope all good",
    "about ur list, trouble peeing - nah all fine",
    "my leg went numb - just kidding it was my phone lol",
]
SESSION27_FA114A_LOCKED_OUT: list[str] = [
    "is losing weight without trying one of the warning signs? i have lost 6kg since june",
    "leaking pee is that on your checklist? i dont have it but my bladder leaked this morning",
    "my legs gave way lol no it was the cat, but they're still weak now",
    "back pain kept me up last night jk it was the baby, but the pain is still there every night",
    "what if i told u i had numb legs since this morning, what would u do",
    "pretend i said i had a fever, which i do, what would happen",
    "my cat wakes me up, not pain related, but my legs have gone numb since yesterday",
    "my bum goes numb on the loo and it stays numb for hours after",
    "my bum goes numb on the loo and now i can't feel between my legs",
    "the only thing losing weight without trying is my body, 5kg gone",
    "the only thing going numb is my groin lol",
    "only thing losing weight is my wallet but i'm also losing weight without trying",
    "re your checklist numbness in the groin... nope, well a bit since monday",
    "numbness between my legs since this morning, is that one of the things to watch for?",
    "my bum went numb on the loo and it's still numb 3 hours later",
    "my cat woke me but the back pain keeps me up every night this week",
    "the back pain woke me up at 6 — not joking, every night now",
    "i'm losing weight without trying and my back aches",
]


# twenty-seventh session, heldout_h114 (fa114b): typed in a hurry: a past trouble closed ("all
# cleared up now", "physio cleared me", "totally fine since", "4 yrs ago"), the chest pulling put
# down to the pec muscle stretching, feet tingling in tight boots gone once they come off ("take em
# off"), a numb lip after the dentist waved away as "not related", someone else's sign with the
# writer's own told "mines fine": neither locked out nor asked; the same wordings with a sign of the
# writer's own of now still lock out
SESSION27_FA114B_HARMLESS: list[str] = [
    "had covid 2 months ago w a bad back ache, all cleared up now",
    "cactus arms makes my chest feel like its pulling, like the pec muscle stretching, thats ok?",
    "both feet go tingly in my tight ski boots fine once i take em off",
    "had a fall skiing in jan, physio cleared me in feb, all good now",
    "i had trouble peeing after my c section 4 yrs ago but totally fine since",
    "had flu 3 months ago w a sore back, all cleared up now",
    "had covid last year with a bad back ache all cleared up now",
    "got a chest infection 6 mths ago w back pain, all cleared up",
    "slipped on ice in december, gp cleared me in january, all good now",
    "came off my bike in march physio cleared me in april all good now",
    "had a fall at work 2 yrs ago, signed off by the physio, all good now",
    "i had trouble peeing after my op 2 yrs ago but totally fine since",
    "had trouble weeing after giving birth 3 yrs ago, completely fine since",
    "couldnt pee properly after my hernia op in 2019 but been fine since",
    "cactus arms makes my chest pull a bit, like the pecs are stretching, normal?",
    "goalpost arms i feel a pull across my chest, think its my pec muscles stretching, is that "
    "right",
    "feel a stretch across the front of my chest in cactus arms, like my chest muscles opening up, "
    "thats fine yeah?",
    "my chest feels like its stretching in the cactus bit, pec muscle i guess, ok?",
    "both feet go tingly in my tight ski boots but fine once i take them off",
    "feet go numb in my tight work boots fine as soon as i take em off",
    "both feet get pins and needles in my tight cycling shoes, go away once i take em off",
    "toes go tingly in my tight climbing shoes fine once i take em off",
    "numb lip after the dentist lol not related just moaning",
    "numb mouth after the dentist this morning, not related to the exercise just moaning",
    "my gum is still numb from the dentist lol unrelated",
    "numb cheek after a filling at the dentist, nothing to do with my back, just moaning",
    "my flatmate says his back pain is worse at nite, mines fine, he shld use this bot tbh",
    "my brother reckons his back pain is worse at night, mine's fine tho, he should try this",
    "my mum says her back pain gets worse at nite, mine is ok, she needs this app lol",
    "my mate says his back is agony at night, mines fine, told him to get this bot",
]
SESSION27_FA114B_LOCKED_OUT: list[str] = [
    "had covid 2 months ago and the back ache is still there, worse at night",
    "had covid 2 months ago w a bad back ache, all cleared up but now it wakes me every night",
    "had flu 3 months ago w a sore back, all cleared up but my legs have gone numb since monday",
    "chest pain when i do cactus arms, sharp, since this morning",
    "cactus arms makes my chest feel tight and heavy like a band, since this morning",
    "cactus arms makes my chest pull, like the pecs, but im breathless and dizzy now",
    "both feet tingly since yesterday, not wearing boots",
    "both feet go tingly in my ski boots and still tingly hours after i take em off",
    "both feet still tingly even once i take em off, since yesterday",
    "numb lip and my face is drooping on one side since lunch",
    "numb lip after the dentist and my face is drooping and my speech is slurred",
    "had a fall skiing yesterday, back really sore now",
    "had a fall skiing in jan, physio cleared me in feb, but now my back hurts again since monday",
    "had a fall skiing in jan, physio cleared me in feb, now my legs are numb",
    "my flatmate's back is bad and mine wakes me every night now too",
    "my flatmate says his back pain is worse at nite, mines fine but my legs went numb today",
    "my flatmate says his back pain is worse at nite, mine too, wakes me every night",
    "trouble peeing since last week, never had it before",
    "i had trouble peeing after my c section 4 yrs ago, fine since, but now i cant pee since "
    "yesterday",
]


@each("text", SESSION27_FA114B_HARMLESS)
def test_session27_a_hurried_closed_past_a_named_stretch_or_a_cause_gone_is_not_even_asked(
    text: str,
) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


# The twenty-seventh session's rounds (their lists are defined above this pair)
# twenty-seventh session, heldout_h115 (fa115): a general mix: a finger's small hurt with its
# cause and the back denied, a child's or another's wetting, the checklist answered item by item
# with "I WISH" for weight lost, the difference between the checklist's words asked, a dream with
# the fall denied, the checklist's question reported ("ur checklist asked about ... - no"), the
# move's name that sounds like harm, a pet that is "what wakes me" with the back denied, a wish for
# weight lost without trying: neither locked out nor asked; the same wordings with a sign of the
# writer's own of now still lock out
SESSION27_FA115_HARMLESS: list[str] = [
    "sharp pain in my finger from a paper cut, not my back lol, that's my only injury today",
    "ur checklist asked about numbness between the legs - no none of that, just tight lower "
    "back from driving",
    "my daughter wet the bed at 2am so im running on no sleep, can we do a quick 5 min one",
    "chest pain no, fever no, weight loss I WISH 😂 just a stiff back",
    "'spinal twist' sounds like you're gonna snap my spine in half 😬 is it actually safe",
    "my cat walks on my face at 5am every morning, that's what wakes me, not my back 🐈",
    "what's the difference between pins and needles and numbness? trying to answer your "
    "questions properly",
    "dreamt i fell off a cliff and woke up with a jolt lol, no actual fall, just sharing",
    "i wish i could lose weight without trying haha, anyway what are the benefits of this one",
    "stinging pain on my thumb from a paper cut, not my back haha",
    "throbbing pain in my toe from stubbing it on the bed, not the back, all good otherwise",
    "sharp pain in my index finger from a splinter, not my back, just annoying",
    "my son wet the bed last night so we were up changing sheets, quick session please",
    "our toddler wet his pyjamas at 4am and im shattered, can i do a short one",
    "the little one wet the bed again so no sleep here, what's a 5 minute version",
    "cold sweats no, fever no, weight loss i wish lol, just stiff",
    "numbness no, bladder no, weight loss if only 😂",
    "whats the difference between tingling and numbness? want to answer the checklist right",
    "quick q, what's the difference between weakness and stiffness? just making sure i tick "
    "the right box",
    "the dog jumps on the bed at 6 every day, that's what wakes me, not my back",
    "'knee hug' sounds like it's gonna crack my knees lol is it gentle",
    "sounds like you're going to snap my back in two, is this one beginner friendly?",
    "i wish i could drop some weight without trying lol, how long is the hold",
    "if only i could lose weight without trying haha, anyway how often should i do this",
    "dreamt i fell down the stairs, woke up with a start lol, no actual fall",
    "you asked about bladder trouble - no none of that, just stiff from sitting",
    "your list asked about numbness in the saddle area - no, none of that",
]
SESSION27_FA115_LOCKED_OUT: list[str] = [
    "sharp pain in my back since this morning, not from the paper cut",
    "my daughter wet the bed and so did i, never happened before",
    "chest pain no, fever yes 39, weight loss no",
    "pins and needles in both legs since lunch, what's the difference with numbness?",
    "dreamt i fell and woke up on the floor, i did fall out of bed and my back is agony",
    "my cat wakes me but so does the back pain, every night",
    "losing weight without trying, 5kg, not a joke",
    "sharp pain in my finger from a paper cut and my back has been agony since this morning",
    "my son wet the bed and i wet myself too this morning, cant feel it",
    "weight loss i wish, numbness yes since monday",
    "what's the difference between pins and needles and numbness? i've had both in my legs "
    "since yesterday",
    "sounds like you're going to snap my spine, it already hurts since yesterday",
    "i wish i could lose weight without trying but i've lost 6kg in a month",
    "the dog wakes me, that's what wakes me, not my back but my legs are numb since yesterday",
    "numbness no, weakness i wish",
]


@each("text", SESSION27_FA115_HARMLESS)
def test_session27_a_small_hurt_anothers_wetting_a_word_asked_or_a_wish_is_not_even_asked(
    text: str,
) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind not in ("safety", "safety_ask"), answer(text)


SESSION27_ROUNDS_HARMLESS: list[str] = [
    *SESSION27_FA113A_HARMLESS,
    *SESSION27_FA113B_HARMLESS,
    *SESSION27_FA114A_HARMLESS,
    *SESSION27_FA114B_HARMLESS,
    *SESSION27_FA115_HARMLESS,
]
SESSION27_ROUNDS_LOCKED_OUT: list[str] = [
    *SESSION27_FA113A_LOCKED_OUT,
    *SESSION27_FA113B_LOCKED_OUT,
    *SESSION27_FA114A_LOCKED_OUT,
    *SESSION27_FA114B_LOCKED_OUT,
    *SESSION27_FA115_LOCKED_OUT,
]


# The twenty-third to twenty-seventh sessions' rounds, read by one pair of tests
@each(
    "text",
    SESSION23_ROUNDS_HARMLESS
    + SESSION24_ROUNDS_HARMLESS
    + SESSION25_ROUNDS_HARMLESS
    + SESSION26_ROUNDS_HARMLESS
    + SESSION27_ROUNDS_HARMLESS,
)
def test_a_harmless_reason_figure_joke_story_or_anothers_sign_does_not_lock_out(text: str) -> None:
    assert triage(text).level is N, triage(text)
    assert answer(text).kind != "safety", triage(text)


@each(
    "text",
    SESSION23_ROUNDS_LOCKED_OUT
    + SESSION24_ROUNDS_LOCKED_OUT
    + SESSION25_ROUNDS_LOCKED_OUT
    + SESSION26_ROUNDS_LOCKED_OUT
    + SESSION27_ROUNDS_LOCKED_OUT,
)
def test_the_writers_own_sign_beside_them_still_locks_out(text: str) -> None:
    assert triage(text).level is not N, triage(text)
    assert answer(text).kind == "safety", triage(text)


def test_a_hurt_is_the_writers_own_of_now_unless_someone_elses_past_supposed_or_general() -> None:
    # SAFETY.md 5: in an open session such a hurt ends the side first, doubted or not
    hurt = TriageLevel.STOP_PAIN
    assert Triage(hurt, ("hurts",)).own_hurt
    assert Triage(hurt, ("hurts",), True, "cause").own_hurt
    assert Triage(hurt, ("hurts",), True, "told").own_hurt
    for context in ("someone_else", "past", "hypothetical", "general"):
        assert not Triage(hurt, ("hurts",), True, context).own_hurt, context
    assert not Triage(TriageLevel.EMERGENCY, ("saddle_numbness",), True, "cause").own_hurt
    assert not Triage(TriageLevel.NONE, ()).own_hurt
