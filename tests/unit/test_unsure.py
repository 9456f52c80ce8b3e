"""The safety net under the triage rules (`coach.questions.unsure`): a message about the writer's
own body that no rule recognises, and that the bank would decline, is asked about, with both
lists of signs; it never locks out by itself, never speaks for a sign the rules judged, and
never stands in for an answer the bank has.

The messages are our own wordings, none from an evaluation batch."""

from __future__ import annotations

from coach.questions.answers import answer, default_matcher, understand
from coach.questions.triage import UNSURE_SIGN, Triage, TriageLevel, sees_sign, triage
from coach.questions.unsure import UNSURE, body_report, unsure
from coach.questions.view import decode_safety, safety_ask_view, safety_asked_view
from content.safety import (
    UNSURE_ASK,
    UNSURE_NO,
    UNSURE_YES_SOON,
    UNSURE_YES_URGENT,
)
from tests.probes import each
from tests.unit.telegram_html import valid_html

# The writer's own body, something changed or not working, in words no rule knows.
ASKED = [
    "my jaw has felt strange since this morning, sort of far away",
    "my lips have gone a funny colour since I woke up",
    "my skin has gone yellow since last week",
    "my hands feel odd since yesterday, kind of clumsy",
]
# Body reports (whatever the rules and the bank make of them).
REPORTS = [
    *ASKED,
    "woke up and one side of my tongue won't do what I tell it",
    "the room spun this morning and I ended up sitting on the bathroom floor",
    "my belt is two holes tighter and I haven't changed what I eat",
    "legs had nothing in them on the stairs today",
    "the back of my thigh has gone cold since I sat on the train",
    "my legs haven't felt right since the weekend, kind of far away",
    "breathing like after running even though I'm sat still",
    "like a belt pulled tight round my ribs, came on out of nowhere",
    "feels like I've been stabbed between the shoulders, started an hour ago",
    "puffed after one flight of stairs since the weekend, and I swim three times a week",
    "I'm 4 kg lighter than a month ago and eating the same",
    "not my pecs from the gym, this one feels different, deep in my chest",
]
# Not a change in the writer's own body: all is well, an everyday cause, someone else, a
# thing, no body at all, nothing changed.
NOT_REPORTS = [
    "my back feels fine today, ready when you are",
    "no pain at all since I started, thanks",
    "I feel great since I started the twist, my back is so much better",
    "my legs are wrecked after leg day, can I still do the twist?",
    "my hamstrings feel tight after running, which side first?",
    "arm's a bit sore from the flu jab, injection site is tender",
    "I laughed so hard my tummy hurt, your pictures are funny",
    "my son says his knee feels weird since football",
    "my dad's legs went weird since yesterday, what should he do?",
    "my phone battery went dead since the update",
    "my wallet has lost a lot of weight since the holidays",
    "can you tell me a good recipe for pancakes?",
    "what is the capital of Peru?",
    "never had any back problems, just want to stay supple",
    "gasping for a brew after that night shift",
    "my pecs are sore after chest day",
]


@each("text", REPORTS)
def test_a_change_in_ones_own_body_is_a_body_report(text: str) -> None:
    assert body_report(text)


@each("text", NOT_REPORTS)
def test_what_is_not_a_change_in_ones_own_body_is_not(text: str) -> None:
    assert not body_report(text)


@each("text", ASKED)
def test_a_body_report_no_rule_knows_is_asked_with_both_lists_not_declined(text: str) -> None:
    assert not sees_sign(text)  # otherwise the rules judge it, and this is not the net's case
    found = triage(text)
    assert found.level is TriageLevel.NONE
    # without the net the bank would decline it or only ask "Did you mean..."
    assert default_matcher()._answer(text, False, found).kind in {"decline", "clarify"}
    got = answer(text)
    assert (got.kind, got.text) == ("safety_ask", UNSURE_ASK)
    assert understand(text) == (UNSURE, got)
    assert unsure(text, found)


@each("text", ASKED)
def test_no_after_the_question_answers_the_message_without_asking_again(text: str) -> None:
    got = answer(text, safety_checked=True)
    assert got.kind in {"decline", "clarify"}


def test_the_net_never_locks_out_and_never_speaks_for_a_sign_the_rules_judged() -> None:
    # SAFETY.md 7: ask when ambiguous, never ask when unambiguous. The net's result is always
    # a question, and where a rule sees a sign the rules decide: a clear one locks out...
    assert UNSURE.ambiguous and UNSURE.level is TriageLevel.EMERGENCY
    clear = "since this morning I can't feel anything between my legs when I wipe"
    assert sees_sign(clear) and answer(clear).kind == "safety"
    assert understand(clear)[0].signs != (UNSURE_SIGN,)
    # ...and one set aside by its context stays as the rules left it
    judged = "no pain at all today, how long do I hold it?"
    assert understand(judged)[0] == triage(judged)
    assert answer(judged).kind == "topic"


def test_a_question_the_bank_answers_is_answered_even_about_the_body() -> None:
    text = "my back feels stiff since this morning, how long should I hold each side?"
    assert body_report(text) and not sees_sign(text)
    assert answer(text).kind == "topic"


def test_the_question_is_html_and_names_the_urgent_and_the_soon_signs() -> None:
    assert valid_html(UNSURE_ASK)
    for words in (
        "between your legs",
        "peeing",
        "both legs",
        "chest pain",
        "breathe",
        "fainting",
        "face",
        "fall",
        "fever",
        "weight",
        "shoulder blades",
        "one leg",
    ):
        assert words in UNSURE_ASK, words
    assert "emergency" in UNSURE_ASK and "GP or physiotherapist" in UNSURE_ASK


def test_the_view_has_two_yes_buttons_one_per_list_and_a_no() -> None:
    view = safety_ask_view(UNSURE, "1z")
    assert view.text == UNSURE_ASK
    assert [row[0].label for row in view.buttons] == [UNSURE_YES_URGENT, UNSURE_YES_SOON, UNSURE_NO]
    said = [decode_safety(row[0].data) for row in view.buttons]
    assert all(
        s is not None and len(row[0].data.encode()) <= 64
        for s, row in zip(said, view.buttons, strict=True)
    )
    urgent, soon, no = said
    assert urgent is not None and urgent.yes and urgent.level is TriageLevel.EMERGENCY
    assert soon is not None and soon.yes and soon.level is TriageLevel.CLINICIAN
    assert no is not None and not no.yes
    assert {urgent.signs, soon.signs, no.signs} == {(UNSURE_SIGN,)}


@each(
    ("level", "yes", "label"),
    [
        (TriageLevel.EMERGENCY, True, UNSURE_YES_URGENT),
        (TriageLevel.CLINICIAN, True, UNSURE_YES_SOON),
        (TriageLevel.EMERGENCY, False, UNSURE_NO),
    ],
)
def test_the_answered_question_shows_the_choice_and_no_buttons(
    level: TriageLevel, yes: bool, label: str
) -> None:
    view = safety_asked_view(level, (UNSURE_SIGN,), yes)
    assert view.buttons == () and view.text.startswith(UNSURE_ASK) and label in view.text


def test_the_rules_own_questions_keep_their_text() -> None:
    found = Triage(TriageLevel.CLINICIAN, ("numbness",), ambiguous=True, context="someone_else")
    assert safety_ask_view(found, "1").text != UNSURE_ASK


# Twelfth session, h71: a part gone to sleep from a held posture (kneeling, squatting, crouching,
# cross-legged), back once the writer moved, is no report for the net...
POSTURE_ASLEEP_SETTLED = [
    "my foot went to sleep from squatting to paint the skirting, came back the moment i stood up",
    "left calf went dead while sitting cross-legged on a picnic rug, was fine again once i got up",
    "my lower leg had gone to sleep after crouching under the sink, went once i stood up and shook"
    " it",
]
# ...unless it lasts or comes with more
POSTURE_ASLEEP_ASKED = [
    "my foot went to sleep from squatting this morning and it still feels far away",
    "my calf went dead from kneeling yesterday and it has stayed odd for hours since",
]


@each("text", POSTURE_ASLEEP_SETTLED)
def test_a_part_asleep_from_a_posture_back_on_moving_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", POSTURE_ASLEEP_ASKED)
def test_a_part_asleep_from_a_posture_that_lasts_is_still_asked(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Twelfth session, h72: the heart's figure at a moment of suspense, and sweating in named heat,
# are no report for the net...
FIGURES_H72_SETTLED = [
    "the final went to extra time and my heart almost stopped haha, right so what's the hold time"
    " per side",
    "watching the results come in, heart practically stopped haha. can i twist on a yoga mat",
    "flat's sweltering this week, sweating like a pig doing nothing. should i still stretch",
    "it's 32 degrees in the office and i'm sweating buckets at my desk, is the stretch still fine",
]
# ...unless more is told beside them; and numbness blamed on the cold that outlasts it is asked
FIGURES_H72_ASKED = [
    "my heart nearly stopped during the match and it keeps fluttering since",
    "in this heat i'm sweating at night and feel unwell",
    "the little toes got numb in the cold out on the hill and they still haven't warmed up, can't"
    " feel them since friday",
    "both hands were numb with the cold on saturday and still have no feeling in the fingertips",
]


@each("text", FIGURES_H72_SETTLED)
def test_a_figure_of_suspense_or_the_heat_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", FIGURES_H72_ASKED)
def test_the_figures_with_more_beside_them_are_still_asked(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Thirteenth session, h73 (a): the stretch felt in the move told as pleasant is no report for
# the net...
NICE_STRETCH_H73_SETTLED = [
    "i really enjoy the pull across my lower back when my knee drops, such a satisfying stretch."
    " right place?",
    "feels so good in my hips when i hold it, lovely gentle stretch. how long per side",
    "i love that release along my side when i twist, is that where i should feel it",
]
# ...unless something strange is told beside it
NICE_STRETCH_H73_ASKED = [
    "the stretch feels lovely but my hip has felt odd and different since friday",
    "nice pull across my back, though my foot went weird after and won't settle",
    "love the feeling in my side when i twist, but my back has been strange since i woke up",
]


@each("text", NICE_STRETCH_H73_SETTLED)
def test_a_pleasant_stretch_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", NICE_STRETCH_H73_ASKED)
def test_a_pleasant_stretch_with_something_strange_beside_it_is_still_asked(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Twelfth session, the lead's probes: weight lost by a plan told in everyday words is no report
# for the net; denied, or with something strange beside it, it is still a safety reply or asked.
WEIGHT_PLANNED = [
    "down 3 kg since january, eating less and walking more, how long do i hold",
    "dropped a stone since new year cutting out takeaways, feeling great, which side first",
]
WEIGHT_NOT_PLANNED = [
    "down 5 kg since christmas, not eating less or anything, just dropping",
    "lost 4 kg since march eating less, and my legs feel weird and heavy now",
]


@each("text", WEIGHT_PLANNED)
def test_weight_lost_by_a_plan_told_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", WEIGHT_NOT_PLANNED)
def test_weight_lost_with_the_plan_denied_or_more_beside_it_is_not_let_go(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Thirteenth session, h73: someone close's own operation or treatment, told in a clause with no
# word of the writer's, is no report for the net; the writer's own change told beside it, or the
# writer sharing it, is still a safety reply or asked.
OTHERS_TREATMENT_H73 = [
    "my dad had a hip op last year and his physio changed his stretches. i've never had an op, how"
    " long per side",
    "my husband needed knee surgery in the spring so his routine's different now. mine is just for"
    " stiffness, reps?",
    "my sister's got a new knee and her exercises are different. nothing like that for me, how"
    " often is right",
]
OTHERS_TREATMENT_AND_MINE_H73 = [
    "my dad had back surgery and now my legs feel weird since tuesday",
    "my mum had a hip op and my own foot has had pins and needles since yesterday",
    "my husband had sciatica, same here now, legs feel odd",
    "my wife's leg went numb and so did mine this week, feels strange",
]


@each("text", OTHERS_TREATMENT_H73)
def test_someone_elses_treatment_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", OTHERS_TREATMENT_AND_MINE_H73)
def test_someone_elses_treatment_with_the_writers_own_is_not_let_go(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Thirteenth session, h74: a sign of the writer's own only supposed, yet to come, beside a word
# that the asking is idle, is not asked by the net; told beside the writer's share now, it is.
SUPPOSED_IDLE_H74 = [
    "hypothetically, if i one day woke up unable to lift my arm would the coach still let me"
    " train?",
    "out of interest, if i ever couldnt lift my arm one morning would the coach still let me"
    " stretch?",
    "purely curious, if someday my fingers stopped gripping would the app still let me do it?",
]
SUPPOSED_IDLE_AND_NOW_H74 = [
    "hypothetically, if i one day woke up unable to lift my arm, which i did today, would the"
    " coach let me train?",
    "purely curious, if i ever couldnt lift my arm would the coach stop me? i cant lift it now",
]


@each("text", SUPPOSED_IDLE_H74)
def test_an_idle_supposition_of_the_writers_own_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", SUPPOSED_IDLE_AND_NOW_H74)
def test_an_idle_supposition_beside_the_writers_share_now_is_asked(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Fourteenth session, h75: the writer's job meeting others' injuries ("i treat slipped discs
# daily") is not asked by the net; the writer's own trouble told beside it still is.
JOB_SEES_INJURIES_H75 = [
    "I'm an A&E nurse, I deal with broken backs every shift, so I'm keen to keep my own spine"
    " healthy",
    "physio by trade, i treat slipped discs daily and want to practise what i preach",
    "i work on the ambulances and pick up people after falls all the time, want to stay supple"
    " myself",
]
JOB_SEES_INJURIES_AND_MINE_H75 = [
    "physio here, i treat slipped discs daily and now my own leg feels strange since monday",
    "i'm a nurse, i see broken backs every shift, and my back has felt weird since a lift today",
    "paramedic, i pick up people after falls all the time and now my leg keeps going funny",
]


@each("text", JOB_SEES_INJURIES_H75)
def test_a_job_that_meets_others_injuries_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", JOB_SEES_INJURIES_AND_MINE_H75)
def test_a_job_that_meets_others_injuries_beside_the_writers_own_is_asked(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Fourteenth session, h75: idioms of a body part, stiffness blamed on stretching skipped, a
# stretch praised as scary and the ends of a lift tell nothing of the body: the net does not ask;
# told beside something strange of now, it still does.
FIGURES_AND_POSITIONS_H75 = [
    "put my foot in it at work today lol, anyway is a lunchtime twist ok",
    "gave up yoga over christmas and my hips are tight as a drum now, how often should i twist",
    "been slacking on mobility for months, lower back feels rusty and stiff now. is daily ok",
    "scarily satisfying stretch that, should i feel it up into my neck",
    "what's the best squat depth? knees cave in at the bottom",
    "my pull ups stall near the bottom of the movement, any tips",
]
FIGURES_AND_STRANGE_H75 = [
    "totally shot myself in the foot there, no stretching, and now my back feels weird and"
    " different since monday",
    "gave up yoga over christmas and now my hips feel odd and not right when i walk",
    "it's insane how good this is, but my foot has felt strange and heavy since yesterday",
    "deadlifts felt fine but now my bottom feels odd and different since saturday",
]


@each("text", FIGURES_AND_POSITIONS_H75)
def test_figures_and_the_ends_of_a_lift_are_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", FIGURES_AND_STRANGE_H75)
def test_figures_beside_something_strange_now_are_asked(text: str) -> None:
    assert unsure(text, triage(text))


# Fourteenth session, h76: an old injury dated years back and said long over tells nothing of
# the body now: the net does not ask; with the trouble back or something strange of now beside
# it, it still does.
OLD_INJURY_OVER_H76 = [
    "hurt my neck in a rugby tackle when i was at uni, not a bother since. ok to start the twist?",
    "sprained my back lifting a sofa back in 2017, been fine for years now. how often should i"
    " practise",
    "did my lower back in at work a decade ago, no trouble since, just keeping supple",
    "herniated a disc years back, fully recovered ages ago, is this ok as a daily habit",
]
OLD_INJURY_BACK_H76 = [
    "did my back in years ago, been fine for years but now it feels odd and different since monday",
    "tweaked my spine back in 2018, no bother since, but this week my foot has felt strange and"
    " heavy",
    "hurt my neck years back, fully recovered, but lately my hand feels strange and heavy",
]


@each("text", OLD_INJURY_OVER_H76)
def test_an_old_injury_long_over_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", OLD_INJURY_BACK_H76)
def test_an_old_injury_beside_something_of_now_is_asked(text: str) -> None:
    assert answer(text).kind in {"safety", "safety_ask"}


# Fourteenth session, h76: ordinary tiredness after a named run, race or class, told as the usual
# kind, tells nothing strange: the net does not ask; told beside something strange, it still does.
TIRED_AFTER_RUN_H76 = [
    "legs heavy after my parkrun this morning, the usual post-run feeling. twist ok?",
    "knackered legs from the half marathon yesterday, just normal tiredness. can i stretch?",
    "legs a bit weary after spin class, just the usual. good time for the sweep?",
]
TIRED_AND_STRANGE_H76 = [
    "legs heavy after my parkrun, the usual, but they feel odd and different since then",
    "legs tired after the 5k, just normal i guess, though my feet feel weird and not right",
    "legs tired after my run, just normal, but my right leg has felt weird and floppy since"
    " yesterday",
]


@each("text", TIRED_AFTER_RUN_H76)
def test_ordinary_tiredness_after_a_run_is_not_asked(text: str) -> None:
    assert not unsure(text, triage(text))
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", TIRED_AND_STRANGE_H76)
def test_tiredness_beside_something_strange_is_asked(text: str) -> None:
    found = triage(text)
    assert (
        found.level is not TriageLevel.NONE
        or unsure(text, found)
        or answer(text).kind
        in {
            "safety",
            "safety_ask",
        }
    )


# Fourteenth session, the lead after h76: an old injury the rules weigh as over leaves the net
# the turn to now ("but this week my ..."), read alone; a turn that is settled, or tells nothing
# of the writer's own body, is not asked.
TURN_TO_NOW_H76 = [
    "cricked my neck back in 2016, no trouble since, but lately my left hand feels odd and clumsy",
    "slipped a disc a decade back, fully healed, yet since monday my right leg feels strange",
    # fifteenth session, the lead after h80: the turn's own words a rule reads, the whole weighed
    # as the old trouble's past
    "years ago i had whiplash, long healed, but today my arms went numb and tingly",
    "broke my wrist skiing in 2015, long healed, but today my hands went numb and tingly",
]
TURN_SETTLED_H76 = [
    "put my back out in 2019, no bother since, but this week my legs feel great after the twists",
    "had covid last spring and dropped some weight, but it's all piled back on now sadly",
]


@each("text", TURN_TO_NOW_H76)
def test_a_turn_to_something_strange_now_after_an_old_injury_is_asked(text: str) -> None:
    assert unsure(text, triage(text)), triage(text)


@each("text", TURN_SETTLED_H76)
def test_a_settled_turn_after_an_old_injury_is_not_asked(text: str) -> None:
    assert answer(text).kind not in {"safety", "safety_ask"}, triage(text)


# Fifteenth session, h79: "back" as money or a thing returned, and a lift's form asked about with
# the back rounded in it, are not the body; pain beside either is still asked or locked out
PAID_OR_ROUNDED_BACK_H79 = [
    "my sister borrowed my jacket and never gave it back, how do i ask nicely",
    "he owes me twenty quid and won't pay me back, advice?",
    "my squat form is off, i keep arching my lower back at the bottom, any cues",
    "on kettlebell swings i end up hunching my upper back, how do i fix my technique",
]
BACK_PAIN_BESIDE_H79 = [
    "keeps giving me back pain at night, wakes me up",
    "my mate never paid me back and my back pain is keeping me up at night",
    "rounding my back on deadlifts and now it aches all the time",
]


def _neither_asked_nor_locked_out(text: str) -> None:
    assert not unsure(text, triage(text)), triage(text)
    assert answer(text).kind not in {"safety", "safety_ask"}, triage(text)


def _asked_or_locked_out(text: str) -> None:
    found = triage(text)
    assert (
        found.level is not TriageLevel.NONE
        or unsure(text, found)
        or answer(text).kind in {"safety", "safety_ask"}
    ), found


@each("text", PAID_OR_ROUNDED_BACK_H79)
def test_money_paid_back_or_a_lifts_rounded_back_is_not_asked(text: str) -> None:
    _neither_asked_nor_locked_out(text)


@each("text", BACK_PAIN_BESIDE_H79)
def test_back_pain_beside_a_paid_or_rounded_back_is_still_asked(text: str) -> None:
    _asked_or_locked_out(text)


# Fifteenth session, h80: the back praised as good as new, and figures of a busy spell ("fever
# pitch", shoulders up by the ears), tell no change of the body: the net does not ask.
AS_NEW_OR_BUSY_H80 = [
    "killing it on the mat lately, my lower back feels good as new. what's next",
    "three weeks of this and my back moves like a new one, honestly feels ten years younger",
    "fever pitch in the house with the kids off school, my twists keep me sane",
    "exams week, everything at fever pitch and my shoulders up by my ears, is twisting good "
    "for stress",
]
STRANGE_BESIDE_H80 = [
    "back feels brand new but my feet have gone funny and heavy since tuesday",
    "fever pitch at work and my legs feel weird and weak since yesterday",
]


@each("text", AS_NEW_OR_BUSY_H80)
def test_as_new_or_a_busy_figure_is_not_asked(text: str) -> None:
    _neither_asked_nor_locked_out(text)


@each("text", STRANGE_BESIDE_H80)
def test_something_strange_beside_as_new_or_busy_is_still_asked(text: str) -> None:
    _asked_or_locked_out(text)
