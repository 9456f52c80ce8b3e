"""The general reading of sign words said of a thing (`coach.questions.senses`, issue 13).

Probes and counter-probes of our own wording, never a held-out batch's sentences.
"""

from __future__ import annotations

from coach.questions.senses import blank_thing_senses, thing_senses
from coach.questions.triage import TriageLevel, triage
from tests.probes import each

# A sign word said of a thing: the word is set aside, and nothing locks out.
THINGS = [
    "the kettle started leaking all over the worktop this morning, what a start to the day",
    "the hot tub leaks so we drained it, can i do the twist on the decking",
    "my coffee flask leaked in my bag on the train, everything's soggy",
    "there's a leak under the bathroom sink and the plumber is coming at 2",
    "the washing machine has developed a leak, so I'm waiting in for the repair man",
    "a gas leak in our street so we were evacuated for an hour, all fine now",
    "my pen leaked ink all over my hands during the meeting lol",
    "sharp drop in the share price today, so I need to relax with a stretch",
    "the petrol price has shot up again, good thing the twist is free",
    "my phone battery collapsed to 5 percent in an hour",
    "the shelf in the garage collapsed under all the paint tins, nobody near it",
    "the old fence fell down in the wind last night",
    "our team collapsed in the second half, gutted",
    "the company had a data breach and the server crashed, long day",
    "my laptop crashed and i lost my essay, send help",
    "the stock market had a heart attack today lol",
    "shooting some hoops with my son later, should i stretch first?",
    "the kids were shooting nerf guns at each other all afternoon",
    "my daughter is shooting her first short film this weekend",
    "the reception was weak in the hotel so I could not open the video",
    "the wifi signal is weak upstairs, can I download the pictures?",
    "that was a sharp comment from my boss today, ouch, anyway hold time?",
    "the cake collapsed in the oven, baking disaster",
    "the tent collapsed on the campsite in the rain, we all got soaked but fine",
    "the bathroom ceiling dripped all night into a bucket",
    "our boiler is leaking water onto the floor and the heating is off",
    "the bridge collapsed in the documentary we watched, terrifying engineering",
    "my sourdough collapsed again, third time this week",
    "the souffl\u00e9 fell flat at the dinner party, how embarrassing",
    "our gutter is leaking onto the front step every time it rains",
    "the garden hose has a leak so I'm watering with a can",
    "the treadmill belt slipped at the gym so i switched to the bike",
    "the bitcoin price crashed overnight, glad I sold",
    "the share market fell sharply today",
    "our broadband crashed during the football",
    "the website crashed when I tried to book tickets",
    "the whole system crashed at work, no emails all day",
    "the camera on my phone is weak in the dark",
    "the tea at work is always weak and lukewarm",
    "our defence was weak in the second half and we lost 3-1",
    "the plot of that film was weak but the acting was great",
    "the radiator has popped a valve, plumber coming tomorrow",
    "the champagne cork popped and hit the ceiling lol",
    "the old oak in the park fell in the storm, nobody was hurt",
    "the curtain pole collapsed while I was hoovering",
    "the gazebo collapsed in the wind at the school fete",
    "the dishwasher drips onto the kitchen floor",
    "the rota is a sharp reminder that I need a holiday",
    "my son is shooting a music video in the garage",
    # twenty-first session, the lead's: two things named, joined ("and"), still things
    "the fence and gate fell down in the storm",
    "the shelf and then the books fell down, what a mess",
]

# The writer's own sign beside the same words (slang for the body, a carrier that gave way, a
# thing that landed on someone, a word carried over to a leg): still a lockout.
STILL_SIGNS = [
    "my undercarriage has gone weak and numb since this morning",
    "the ladder gave way and I landed on my back",
    "the chair collapsed under me and I hit the floor hard",
    "my car crashed into a wall this morning, back is agony",
    "the bus crashed on the motorway, I was on it, neck and back hurt",
    "a shelf fell on me at work and now my back is killing me",
    "the roof fell in on us last night and my leg is numb",
    "my pelvic floor is weak and I've started leaking when I walk",
    "my waterworks are leaking and I can't stop it",
    "my plumbing keeps leaking since yesterday and I don't feel it",
    "the pads keep leaking, I can't control my bladder",
    "my whole left side went weak suddenly",
    "my pins are weak and wobbly since tuesday",
    "my ticker had a funny turn and there's pressure in my chest",
    "a sharp stabbing in my lower back when I twist",
    "sharp zinger down my left leg during the twist",
    "shooting a bolt of fire down my leg every time I turn",
    "shooting pains in my bum and down the back of my thigh",
    "I had a similar crash last year but this one was today, car written off, back hurts",
    "the ice gave way and I fell through onto my back",
    "the horse fell on me and I can't feel my leg",
    "my motorbike slid and I went down hard on my hip",
    "the trampoline collapsed with my son and me on it, I landed on my tailbone",
    "our van crashed this morning with me in it",
    "the wifi is weak and so is my right leg, it keeps buckling",
    "my phone died and my legs went numb at the same time",
    "my temperature shot up last night and my back is agony",
    "my weight has fallen by 6 kilos without trying",
    "my blood pressure crashed and I fainted",
    "my stream is weak and I keep dribbling",
    "the rug slipped and I went flying, landed on my coccyx",
    "the step gave way under me and I twisted my back, now my leg is numb",
    "my strength has collapsed in both legs",
    "the swing snapped and I fell off onto the concrete",
    "a tree branch fell and hit my back",
    "a sharp one in my back when I turned, took my breath away",
    "the stairs were wet and my foot slipped, fell down the whole flight",
    "my legs have been weak and collapsing under me since monday",
    "my downstairs has been leaking since yesterday and I can't feel it",
    "the old waterworks have sprung a leak, can't hold it in at all",
    "my pelvic floor has sprung a leak since the fall",
    "my back end is leaking and I didn't notice",
    "my bits have gone weak and I can't tell when I need to go",
    "my legs have been weak and wobbly since the weekend",
    # twenty-first session, the lead's: a word joining two of the writer's doings is no thing
    "dropped my phone and then fell down the stairs myself this morning",
    "grabbed my bag and then fell over on the icy path today, landed on my back",
    "put the kettle on and then collapsed on the kitchen floor an hour ago",
]


@each("text", THINGS)
def test_a_sign_word_said_of_a_thing_is_set_aside(text: str) -> None:
    assert thing_senses(text)
    found = triage(text)
    assert found.level is TriageLevel.NONE or found.ambiguous, found


@each("text", STILL_SIGNS)
def test_the_writers_own_sign_still_locks_out(text: str) -> None:
    found = triage(text)
    assert found.level is not TriageLevel.NONE and not found.ambiguous, found


@each(
    ("text", "kept"),
    [
        ("the ladder gave way", "gave way"),  # what one stands on: the writer's fall
        ("the chair collapsed", "collapsed"),
        ("my car crashed", "crashed"),  # a carrier: the writer's accident
        ("my pelvic floor is weak", "weak"),  # a word of the body among the words
        ("my nan collapsed", "collapsed"),  # someone: the rules of others weigh it
        ("my workmate fell", "fell"),  # a word for a person by its ending
        ("the shelf fell on me", "fell"),  # a thing that landed on someone
        ("the wifi is weak and so is my leg", "weak"),  # carried over to the body
        ("I had a nasty crash", "crash"),  # an adjective, not a thing
        ("a horrible leak when I coughed", "leak"),
        ("Sarah collapsed", "collapsed"),  # a name
        ("a sharp pain in my side", "sharp"),
        ("a sharp one down my leg", "sharp"),
        ("shooting a bolt of it down my leg", "shooting"),
    ],
)
def test_what_keeps_the_sign(text: str, kept: str) -> None:
    assert kept in blank_thing_senses(text)


@each(
    ("text", "gone"),
    [
        ("the wifi is weak", "weak"),
        ("our team collapsed", "collapsed"),
        ("the kettle has sprung a leak", "leak"),
        ("a coolant leak", "leak"),
        ("a leak in the conservatory roof", "leak"),
        ("shooting a video", "shooting"),
        ("a sharp price rise", "sharp"),
        ("sharp as a tack", "sharp"),
        ("the stock market had a heart attack", "heart attack"),
        ("the fence fell down", "fell"),
    ],
)
def test_what_is_said_of_a_thing(text: str, gone: str) -> None:
    assert gone not in blank_thing_senses(text)
    assert len(blank_thing_senses(text)) == len(text)  # every other word keeps its place


# Round 34: a thing that loses weight or cracks, a sign word heading a thing's compound ("cup
# fever", "a power blackout"), the fall semester; the body's, an illness's own name and the
# writer's own keep the sign.
@each(
    ("text", "gone"),
    [
        ("my savings account is losing weight fast", "losing weight"),
        ("my wallet has lost loads of weight", "lost loads of weight"),
        ("the phone screen is cracked", "cracked"),
        ("world cup fever in the office", "fever"),
        ("a power blackout on our road", "blackout"),
        ("blackout blinds for the nursery", "blackout"),
        ("the fall semester starts soon", "fall"),
    ],
)
def test_round34_what_is_said_of_a_thing(text: str, gone: str) -> None:
    assert gone not in blank_thing_senses(text)


@each(
    ("text", "kept"),
    [
        ("my dad has lost weight without trying", "lost weight"),
        ("my back cracked", "cracked"),
        ("glandular fever last month", "fever"),
        ("a high fever and chills", "fever"),
        ("back pain and fever", "fever"),
        ("i keep having blackouts", "blackouts"),
        ("i had a bad fall on the ice", "fall"),
        # 2026-12-05: the way it went names the body, whatever noun came before the word
        ("a bloke twice my size and heard a crack in my spine", "crack"),
        ("the big lad and then a crack down my neck", "crack"),
    ],
)
def test_round34_what_keeps_the_sign(text: str, kept: str) -> None:
    assert kept in blank_thing_senses(text)
