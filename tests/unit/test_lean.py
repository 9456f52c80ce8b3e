"""The last look before a lockout (`coach.questions.lean`): context that points away, read in
general terms, turns a lockout into a question back, never into an answer; and a sign that is
the writer's own, now, still locks out (SAFETY.md 7: ask when ambiguous, never when not)."""

from __future__ import annotations

from coach.questions.answers import answer
from coach.questions.lean import points_away
from coach.questions.triage import TriageLevel, _prepare_mended, _rank_of, _triage, _weigh, triage
from tests.probes import each

# Wordings of context that points away, each read by the layer as its context.
ASKED: dict[str, list[str]] = {
    "someone_else": [
        "one of my regulars keeled over at the counter, the paramedics came quickly",
        "the groom's uncle fell down the hotel steps at the party, he was fine after a sit",
        "grandpa's bladder has been giving up on him at the care home, visiting him later",
        "lad from the kitchen came off his scooter on the way in, broke his collarbone",
        "my flatmate's girlfriend passed out at a concert on Friday, she's ok now",
        # round 51: a short piece after "and" carries on the person before it
        "nan is having night sweats and a temperature, she has a nurse visit on friday",
    ],
    "past": [
        "came off my mountain bike in 2015, fully recovered, no problems since",
        "had a high temperature last month with the flu, completely back to normal now",
        "the tingling hand I had in May turned out to be my watch strap done up too tight, "
        "loosened it, no tingling since",
        # round 52: "before I took up...", "used to keep", "now I sleep straight through"
        "hip pain used to keep me awake before I took up this routine, now I sleep straight "
        "through the night",
        # round 53: a decade dates it, "not for years" and "settled" say it is over, a habit kept
        # up is no word of now
        "had night pain in my hip back in the nineties on the building sites, not for years now",
        "the dizziness after my covid jab settled last spring, I still fill in my step diary",
    ],
    "hedged": [
        "not a single twinge of shooting pain tonight, lovely and loose",
        "I have not fallen, I have not crashed, I am just stiff from a long shift",
        "no fever, no numbness, no weakness, just a bit tight",
        # round 50: figures of speech, a thing as the subject, an everyday kind
        "totally fell head over heels for the hip opener this week",
        "diesel prices fell off a cliff so the van runs are cheaper again",
        "shooting for ten mornings in a row on this move",
        "the lab's been closed for a chemical leak since monday, so I am working from home",
        "my hip is killing me in the creaky morning way, not the bad way, just slow to get going",
        # round 51: an app as the thing, the writer only after "when"
        "signal keeps crashing when I send the photos",
        # round 53: a place between the thing and its verb, a verb after "and" carrying the thing,
        # a likeness, the writer up fast, a denial of "shoot"
        # round 54: a place with a carrier's noun, so `senses` (which now reads "took a tumble"
        # said of any thing) leaves it to this layer
        "milk prices at the dairy van took a nasty tumble in march",
        "drive chain keeps jumping and catching on the small cog",
        "test scores dropped like a stone this year",
        "I was shooting up off the floor like a rocket when the phone rang",
        "it doesn't stab and it's not shooting down anything, only a bit stiff",
    ],
    "cause": [
        # round 50: training words, giving out as the point of the exercise
        "arms gave out on the last plank at circuits, which is the whole point of planks",
        "calves gave out on the final set of raises, that's the point of going to failure",
        # round 53: a trainer's verdict on a muscle
        "my PT says both calves are weak, is this move any use for that?",
    ],
    "general": [
        "the first aid module says chest pain with sweating is an emergency, is that right?",
        "why would the check in want to know about people losing bladder control?",
        "the leaflet at the gym lists numbness in both legs as serious, why?",
        # round 51: "ever linked", "a reason to", the writer's own denied or asked ahead
        "is a fever ever linked to back trouble? only curious, I'm fine",
        "is dizziness a reason to skip a day? I feel fine now, just asking for the future",
        # round 52: "a reason not to", "count as"
        "would breathlessness count as a good reason not to train? checking ahead of my first "
        "session, I have none",
        # round 53: the bot asked what it would do if told of a sign
        "what does the coach bot say if I type that I had chest pain?",
    ],
    "habit": [
        "my left leg has always been weaker for hopping, always has been",
    ],
}

# The rules alone lock these out; the layer turns each into a question back.
# Round 54: a thing's fall or drop with a determiner is now read by `senses` before anything else
# (no sign at all, so nothing for this layer to lean on).
SENSES_FIRST: list[str] = [
    "milk prices at the farm shop took a nasty tumble in march",
    "my test scores dropped like a stone this year",
]

# Round 54: the move's side asked beside a thing's fall ("which side first?") is no word of the
# body: the message settles it, answered without a question.
SETTLED_SIDE: list[str] = [
    "petrol prices fell off a cliff at the weekend, left side or right side first?",
    "egg prices took a tumble this week, which side first?",
]

# (seventeenth session, h82: someone else's fall told as over, "he was fine after a sit", is set
# aside by the rules (`triage._aside_h82b`, tests/unit/test_red_flag_families.py); the fall told
# with no word that it is over keeps the lean's question)
LEANED: list[str] = [
    "the groom's uncle fell down the hotel steps at the party, he got up after a sit",
    "lad from the kitchen came off his scooter on the way in, broke his collarbone",
    "not a single twinge of shooting pain tonight, lovely and loose",
]

# Beside the same kinds of context, the writer's own sign now: locked out, never asked.
LOCKED: list[str] = [
    "a punter in my taxi had chest pain and now I have it too, tight and heavy",
    "my uncle fell down the stairs and I fell with him, my back took the edge of the step",
    "slipped a disc back in 2011, fully healed, but since this morning both legs are numb",
    "I had a fall last year, all healed, but this week my foot keeps dragging",
    "no numbness in my feet but I can't feel my bum when I wipe",
    "not a single twinge but I have wet myself twice today without noticing",
    "the leaflet says saddle numbness is serious and mine has been numb down there since Monday",
    "my legs have always been strong but since yesterday they keep giving way",
    "my doctor said 'you have cauda equina, go to the emergency department now'",
    # round 50: beside a figure, a thing, an everyday kind or training words, the writer's own
    "fell head over heels down the stairs last night and hit my back",
    "my leg has been shooting for two days, pain down to my heel",
    "the boat engine failed and I fell across the deck, landed on my back",
    "prices fell off a cliff and so did I, fell off a ladder and hit my back",
    "my back is killing me, not in the usual way, it is the injury way",
    "arms gave out on the last plank, that is the point, but now I can not feel my hands",
    "legs gave out on squats and they are still weak and numb now",
    "the numb toe I had in June is back and now my whole foot is numb",
    # round 51: beside an app, an age, a general question or someone else's sign, the writer's own
    "the app keeps crashing when I fall, I fell on my back this morning and can't get up",
    "blacked out at 17, the only time until today, I blacked out again an hour ago",
    "is chest pain ever linked to the twist? I have chest pain now, crushing",
    "nan has a temperature and so do I, my back is agony",
    # round 52: the night pain back again, the sign in the writer's own chest now
    "hip pain used to keep me awake before I took up this routine, now it keeps me awake again",
    "is chest pain ever a reason not to try the twist? I have it right now, crushing",
    # round 53: beside a thing, a figure, a decade, a verdict or a question about the bot, the
    # writer's own sign now
    "the trolley keeps catching on the lino and now my back keeps catching when I bend",
    "I shot up off the sofa and since then a pain shoots down my leg",
    "had night pain back in the nineties, not for years, but it came back this week every night",
    "my PT reckons my hamstrings are weak and since this morning both legs keep giving way",
    "what does the app say if I type that I had chest pain? because I do, it is crushing",
    # round 54: beside a thing's catch or fall and the move's side asked, the writer's own
    "the drawer keeps catching and now my back catches when I twist, which side first?",
    "petrol prices fell off a cliff and so did I, off the ladder onto my back, which side first?",
    # round 56: beside a figure whose own words are the only body words, or someone else's sign
    # with the writer's own back "a bit tight", the writer's own sign now
    "fell head over heels for the routine, then tumbled down the stairs and hit my back",
    "my aunt's scan is for her night pain, my own back is a bit tight but my legs went numb today",
    # rt22: the sleep the writer "used to" have is no sign that the trouble is over
    "I used to sleep through my alarm, these last weeks the ache deep in my spine wakes me each"
    " night around four",
]

# Round 56: the message settles it, answered without a question: a figure whose only body words
# are its own ("head over heels"), someone else's sign beside the writer's own back only tight.
SETTLED_56: list[str] = [
    "went head over heels for the evening routine this week",
    "totally fell head over heels for the hold 😍",
    "my uncle's night pain is being scanned next week, my own back is a little tight",
    "grandma's letter says her night pain needs a look, my own back is slightly stiff",
]


_prepared, _rank = _prepare_mended, _rank_of


@each("context, text", [(c, t) for c, texts in ASKED.items() for t in texts])
def test_context_that_points_away_is_read_in_general_terms(context: str, text: str) -> None:
    assert points_away(text, _prepared, _rank) == context
    found = triage(text)
    assert found.level is TriageLevel.NONE or found.ambiguous, found
    assert answer(text).kind != "safety", found


@each("text", LEANED)
def test_a_lockout_of_the_rules_becomes_a_question_back(text: str) -> None:
    rules = _weigh(text, _triage(text))
    assert rules.level is not TriageLevel.NONE and not rules.ambiguous, rules
    found = triage(text)
    assert found.ambiguous and found.level is rules.level, found
    assert answer(text).kind == "safety_ask", found


@each("text", LOCKED)
def test_the_writers_own_sign_now_still_locks_out(text: str) -> None:
    found = triage(text)
    assert found.level is not TriageLevel.NONE and not found.ambiguous, found
    assert points_away(text, _prepared, _rank) is None
    assert answer(text).kind == "safety", found


def test_nothing_to_lean_on_when_the_rules_see_no_sign() -> None:
    assert points_away("what is the hold time for beginners?", _prepared, _rank) is None


@each("text", SETTLED_SIDE)
def test_the_moves_side_asked_is_no_word_of_the_body(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.NONE, found
    assert answer(text).kind not in {"safety", "safety_ask"}, found


@each("text", SENSES_FIRST)
def test_a_things_fall_with_a_determiner_is_read_before_this_layer(text: str) -> None:
    assert points_away(text, _prepared, _rank) is None
    assert triage(text).level is TriageLevel.NONE
    assert answer(text).kind not in {"safety", "safety_ask"}


@each("text", SETTLED_56)
def test_a_figure_or_someone_elses_sign_the_message_settles(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.NONE, found
    assert answer(text).kind not in {"safety", "safety_ask"}, found
