"""Free-text safety triage (SAFETY.md sections 3.1, 3.2 and 7).

Every message a user types goes through `triage` before anything else reads it. The rule set
is fixed and readable: the text is normalised (see `coach.text.normalise`), near-miss spellings
of key words are corrected ("numbnes" -> "numbness"), then each rule below is a regular
expression over the normalised words. The most severe matching level wins.

Design choices, all on the cautious side:

* **Context weighs in, cautiously** (`_context_masks`). Words that clearly are not a symptom
  are set aside before the rules run: a plain negation ("no tingling", "it doesn't hurt",
  "painless"), a training word ("leg day", "weak glutes", "tight chest muscles", "a cramp in
  my calf"). Words whose context only *points away* from a red flag (a stated harmless cause,
  "from sitting at my desk"; the past and resolved, "last month, fine now"; someone else, "my
  husband has..."; a hypothetical question, "what should I do if..."; a hedged negation, "not
  really numb") make the result ``ambiguous``: the bot gives the safety line conditionally and
  asks whether it is new and happening now. A cause never softens the hardest signs (saddle,
  bladder, bowel, foot drop, serious accident, breathing); and when any sign remains outside
  the set-aside words, the whole result stands, unambiguous: in doubt, escalate.
* **A message that settles the matter itself is answered without the question** (`_settled`,
  round 7): a harmless cause and gone now ("pins and needles from sleeping on my arm, gone
  now"), the past and resolved, a hand's symptom with a cause, someone else's with the writer
  fine or asked about on their behalf. Never for the saddle area, bladder, bowel, chest,
  breathing, both legs or the writer's own recent fall, and never beside a word of now.
* **General rules of round 9**: a checklist answered no ("Chest pain? nope.") is set aside,
  never a function answered no ("Bladder control? no"); laughter or "it's fine" in the
  symptom's own clause, or a cause told in the clause next to it, asks instead of locking out,
  never for the signs in `_NEVER_LIGHT` or beside onset; a symptom word said of a thing ("my
  willpower is weak") is set aside unless carried over to a body part ("and so is my leg").
* **Round 16** (`_ROUND16_DISMISS` and the checks in `_triage`): a sign the message itself
  reassures (denied in a "nothing shooting" list, only feared, over in seconds), a figure of
  speech (the wallet's pain, the pride's hurt, numb inside), the shoe's fault for a dragging
  foot; never beside a sign of now. Chest training never explains breathlessness, sweating or a
  spreading pain; getting up too fast never explains a faint.
* **Round 17** (`_blank_disowned`, `_USUAL_ACHE`, `_MEDICINE_NAME`): signs that are not the
  writer's are set aside before the clauses (disowned at once, "(not mine)"; other people's at
  work; a clinician's quoted rule; a wee every few minutes after drinking a lot; a stretchy
  tingle), a usual ache whatever the figure of speech, drink with a medicine (the medical
  decline); never beside "same here", the seat, a numb foot or a sign of now.
* **Round 18** (`_MISHAP_OBJECT`, `_ROUND18_DISMISS`, `_SIGNS_TALKED`, `_CHILD`): someone named
  only as what the writer's mishap met ("tripped over the dog") never makes the writer's fall
  someone else's; signs talked about in a talk or leaflet, never claimed; a normal temperature
  reading; a flare denied or asked about in the calm; a trainer's verdict on weak ankles; a day
  of moving house as exertion; a numb seat that standing up fixed (asked at most); an old knock
  told across two clauses; a child's aches (declined); never beside a sign of now.
* **Round 19** (`_carry_list_negation`, `_ROUND19_DISMISS`, `_OTHER_WORKOUT`,
  `_BREATHLESS_HARD`): a negation carries over a list of signs ("no X, Y or Z"), never to an
  item with anything else in it nor across "but" or a full stop; a sign word in a thing's
  compound ("shooting stars"); a described feeling asked and answered no; the bot's own
  questions; a muscle's burn in another exercise that stopped when it did; out of breath only at
  a hard effort; "treated and gone". Out of breath at rest or at a small effort is a sign.
* **Round 22** (`_MOOD_BUZZ`, `_SWOON`, `_STRESS_LEAK`, `_fine_but_mine`): "buzzing" alone is
  the mood; knees gone weak at a sight; a long-known small leak on a sneeze (asked); someone
  else said to be fine, then "but" and a sign with no owner, is the writer's; laughter never
  lightens night pain or a fever; sciatica in both legs is the both-legs sign.
* **Round 23** (`_DRAG_IDIOM`, `_THING_LEAK`, `_NIGHT_DENIED`, `_ROUND23_DISMISS`, `_FLOPPED`,
  `_ALL_CLEAR`, `_tired_after_effort`): "dragging my feet" about a thing put off is the idiom; a
  leak of a thing (a roof, a tyre) is blanked alone; the bot's own screening asked is general;
  a part that "shoots up" is a movement; night pain denied; "collapsed on the sofa" tired. Settled
  without a question: legs tired after the effort in training words, the past cleared by a
  clinician, someone else's condition in care asked on their behalf, legs asleep from sitting
  and stamped back; never with a word of now, numbness, giving way or the saddle area.
* **Round 24** (`_EMOTION_TINGLE`, `_THING_LEAK_ANSWERED`, `_WORD_DISAMBIGUATED`, `_POP_WORDS`,
  `_OTHERS_FELL`, `_SIGNS_KNOWN_NONE`, `_DOSE_ASKED`): a negated list read whole ("not dizzy or
  breathless or anything"); "shooting as in aiming"; a pop that felt good and did not hurt;
  others who went flying with the writer unhurt; a tingle of an emotion; "Leaking? only my roof";
  signs known and none had; a dose asked beside a medicine's light head. Settled without a
  question: a long sit's numb legs or bum, fine once up; cold hands or feet for years or with
  Raynaud's; someone else's condition of years with the writer's own ordinary; an old knee fully
  rehabbed; an own accident a year ago treated and fine; tired after a race that morning.
* **Round 25** (`_round25_lockout`, `_blank_round25`): never asked when unambiguous: a turn
  ("but", "however", "and now") to a part that locks out on its own, after a clinician's "fine",
  a cause or a long-known thing; a long-known numbness now in both legs or the saddle; the
  writer's own faint, whatever the place or the laughter; "someone rear-ended me". Set aside:
  something else waking the writer at night, "will it hurt?" asked ahead, a trip caught before a
  fall, a sound of pleasure, an online quote or a joke quoted, "the only thing weak is my
  willpower", a worry about a new joint popping out, a mild old shoulder with another arm
  position asked. Settled: numb hands after hours of a thing, weak after an illness that has
  passed, a sleeping foot gone after a minute, toes from the cold warming up, incontinence
  products bought for someone else ("not me").
* **Round 26** (`_fragile_bone_pain`, `_own_collapse`, `_blank_round26`): the writer's fragile
  bones (osteoporosis, steroid tablets) and a pop, lift or bend with new pain lock out at the
  clinician level at least; "stable" is no stabbing; others' signs a professional is "around"
  all day are the work; a lifelong small bladder as a figure of speech, a procedure's bowel prep,
  a fever said gone and a general question with the sign denied are set aside. Settled: legs
  sore after an effort, "fine today"; a long sit's numbness told as over; someone else's fall or
  condition in care with the writer's back only ordinary from its cause.
* **Round 27** (`_NUMBING_CAUSE`, `_MOUTH_NUMB`, `_MOUTH_NUMB_GUARD`): a recovery told in an
  idiom ("right as rain", "fit as a fiddle") resolves a past fever; the mouth numbed by the
  dentist's injection and weakness from a fast are causes told (asked at most). Settled: a bum
  numbed by a long meeting on a hard seat and gone; legs heavy from stairs climbed; someone
  else's cancer treatment under way. Legs heavier day after day lock out as leg weakening.
* **Round 28** (`_ROUND28_DISMISS`, `_CARE_ROLE`, `_MY_PATIENT`): set aside: a jab's needle or
  its site, a thing fallen on a foot or a hand, a pain in the heart at a loss or a break up.
  Settled: a clinician's or a student's own patient; a knee that gave way "last season",
  rehabbed and strong now.
* **Round 29** (`_ROUND29_DISMISS`, `_blank_round29`, `_GENERAL_29`): set aside: money or
  prices that fall or shoot up, a thing that fell or slipped (never beside a landing), shooting in
  another sense, breathless from laughing (never with the chest, the lips or now), others who
  fell over each other, a problem denied in a learner's grammar ("never had bladder problem"),
  a catch denied in a list, weight lost in an illness and put back on, a sign the writer "used
  to get" with none since, a character in a film; a care worker's residents are their
  patients; a sign asked about "only for knowledge" or a leaflet's advice is general, and "what
  i do if it hurts" the stop-pain question. Settled: the writer's own fall seasons ago, back to
  normal long since; someone else's fall beside the writer's motive ("scared to get stiff").
  Blue lips lock out as a breathing sign; "dragging my left foot" is foot drop. The signs of a
  stroke (slurred or garbled speech, a face drooping on one side) are an emergency sign of
  their own (`stroke_signs`), asked about for someone else and never settled.
* **Round 30** (`_MONEY`, `_BOT_ASKED`, `_blank_other_worker_fell`, `_FEET_KILLING`,
  `_BLADDER_OF_STEEL`): round 29's classes written as wide as they are, whatever the sentence
  shape: money that falls, takes a hit or rises sharply (named before or after, never a place:
  "a fall in the market"); shooting as a sport ("clay pigeon shooting", "I go shooting"); any
  thing that leaks ("the dishwasher's leaking", "water leaking out of the fridge"); an accident
  as paperwork; someone else's fall at work with the writer said unhurt (never when the writer
  fell, was hit or caught them); feet or legs "killing me" from a long shift (never beside
  numbness, weakness or a tingle); a "bladder of steel" (never beside control, a leak or now); a
  fall idiom ("fell flat", never "fell flat on my back"); the bot's own check-in questions asked
  about, and a general question with the writer's own state denied ("mine's fine"), answered
  with the warning signs; a past sign "all better now" or that "hasn't happened in years".
  A foot that can "barely" be lifted is foot drop; "crashed into us", "with me in it" and "fell
  off a ladder on me" make the accident the writer's.
  After round 30: a fall told in the present tense ("I did fall off the chair"), someone who
  "took me down with him" or "knocked me over" (never "over with a feather", nor the dog that
  pulled me over on the lead), a thing that fell "in on us"; "why do you ask about bladder
  stuff? mine stopped working" is the writer's own (`_SO_IS_MINE`).
* **Round 31** (`_CHECKLIST_AREA`, `_GADGET`, `_NAME_ASKED`, `_LEAK_OVER`): h31's classes
  written wide. The bot's checklist answered no item by item, in text speak too ("re the
  checklist: numbness between the legs? no. bladder? n. both legs? x lol"): a bare part asked
  there is denied when the checklist is named or two items are denied (never "bladder? no"
  alone, never a function); a sign word said of a device, an account, a connection, a ball's
  bladder or the brain ("my bank account had a heart attack", "wifi keeps collapsing", "brain
  went numb after zoom calls"; never "on the phone, passed out", never "so is my leg"); a
  condition's name asked ("what's cauda equina? heard it on a podcast") and a question said not
  to be the writer's ("just curious, not happening to me") are general; the past and over: "went
  away and never came back" (never "the feeling never came back", "till today"), "when i was
  like 15", a leak after a birth that cleared up (asked). Settled: a bum numb after a long
  lecture, back to normal once walking.
* **Round 32** (`_STRESS_HEART`, `_BREATHLESS_JUST_DID`, `_OTHER_WORKER_FELL` widened, figures in
  `_ROUND29_DISMISS`): h32's classes written wide. Someone else's fall or collapse at any
  workplace (a pupil, a customer, a patient), the writer unhurt, the other okay, the writer
  shaken or on duty; a pain denied with its path ("no pain going down my legs") and "none of
  that sciatica business"; figures of speech: a stressor that "gives me chest pain" with a
  laugh, legs to jelly "at the thought of", "sick to death of", "sharp as a tack", "twice as
  prickly", a happy accident, pins and needles as wares, shooting a video, a "new area manager";
  a patch that keeps falling off; a leak in "the staff room roof"; a general question asked
  first with "just curious" after (asked). Breathless from an effort just done is asked.
* **Round 33** (`_THING_LEAK`, `_GEN_NEG_FILLER`, `_ASKING_GENERALLY`, `_NOT_A_CLAIM`,
  `_CARER_CLAIM`, `_PRESSURE`, `_UP_AGAIN`, `_RESOLVED`, `_NORMAL_TIRED`, `_GENERAL_33`,
  `_IF_I_GOT`): h33's classes written wide. A thing's leak a few words on or named by its fluid
  ("the radiator in the hall is leaking again", "a coolant leak"); a negation with any verb of
  causing before "any" ("didn't cause any sharp pain", "never gave me any"); a general question
  with the writer's own denied ("would numb feet ever be a reason to stop? mine are fine") or for
  a course, an exam, a leaflet or a quiz; a generic person's sign asked about ("if someone got
  numbness between their legs, would that be an emergency?") and a sharp pain in the twist asked
  ahead ("hypothetically, if I got...") are general. A role's people named without "my" ("as a
  carer I help residents who've lost bladder control") are theirs (asked). Settled: a numb seat
  from any seat or vehicle once up and about (never "it passed quickly" alone); a single episode
  long ago "never since"; legs dead or like jelly after the training told as their cause or "but
  otherwise grand"; someone else's sign beside a film, their condition "sorted now", the writer's
  own back only stiff from a cause, the bot to be passed on to them, a patient on the ward.
* **Round 34** (`_THRESHOLD_ASKED`, `_OWN_DENIED`, `_pain_ahead_in_move`, `_FIGURATIVE`,
  `_WORKOUT_34`, `_ROAD_ACCIDENT`, `_CHEST_POSTURE`, `_CARER_CLAIM` widened; `senses`): h34-h36's
  false alarms written wide. General: a purpose for study or teaching in any shape ("need it for
  my physio essay", "a handout for the class I teach"), where it came up ("in a lecture today"),
  the threshold asked ("when is back pain bad enough for a&e"), the checklist's wording ("does
  'loss of bladder control' on your checklist mean any leak?"), the writer's own denied outright
  ("no problem here", "nothing has happened to me"). The stop rule asked in any shape ("what am I
  supposed to do if it starts to hurt"), a travelling pain asked ahead of the move with "if".
  Set aside: a sentence said to be a figure ("not literally", "figuratively"), "dead on my feet",
  nerves at a moment whoever brought it; someone else's road accident holding the writer up.
  Asked or settled: legs shaking or aching from any workout or a day on the feet with the burn
  called normal; a chest tight from posture (settled with a clinician's verdict); the writer's
  role beside someone else's sign ("I'm a carer for my dad, who has..."); a flare told as over;
  weight back after an illness in a learner's grammar. Never beside a sign of now.
* **Round 35** (`_DENIED_NOW_35`, `_REASON_TO_ASK_35`, `_blank_round35`, `_HAND_CAUSE_35`,
  `_BOT_TOLD_35`, `_RECURRED_35`; `senses`): h37's classes written wide. General: a question
  with the writer's own denied as of now in any short shape ("None today.", "mine's steady",
  "not at the moment"), a known condition told as the reason to ask, where it was seen (a
  leaflet, a poster, the paper); what the bot does with an answer, asked ("if I tick yes to
  bladder problems will it lock me out?"). Set aside: a blackout of a place (never with someone
  who had it, never beside a knock), shooting a quarry or a target as a bare noun, money in
  pain in any shape, pins and needles as sewing things where they lie; an event denied in a
  checklist ("never had a fall, no fevers"). Settled: a hand's tingle from any tool held; legs
  tired after any class or sport of any age, called pleasant in any word; someone else's sign
  with the bot the writer's alone, their past event over and the writer's motive told, the
  writer turning to their own question or "grand"; the writer's own bladder or bowel trouble
  years ago, treated and sorted. Locks out: a past trouble said to be back ("it's started again
  this week"); a clause of its own onset beside someone else's "fine now".
* **Sign words said of a thing** (`coach.questions.senses`, applied in `_mend` before anything
  reads the message): the lists turned round. The body and its slang, people, what carries
  them and words of pain are a closed list; any other noun as the subject of "weak",
  "collapsed", "fell", "leaking", "crashed", "had a heart attack", or as the object of
  "shooting" and "sharp", is a thing, and only the word is set aside.
* **Rounds rt1 and rt2** (patterns marked `# rt1` and `# rt2` in `RULES`, `_rt2_own`): two
  blind sets of red flags written to be missed. Each sign told without its word: likenesses
  (like the dentist injected it, sitting on nothing, an elephant on the chest, a hot wire or a
  hot poker, pins and noodles, cling film over a shin), what the body no longer does (the
  stairs, the sofa, holding anything in), second-language words ("the big toilet", "breathing
  is short short", "weight reducing automatically"), the stroke seen by a watcher, a near faint
  that went further. An understated guess ("probably nothing", "probably my cold") never
  lightens a clear sign of the writer's.
* **Rounds rt3-rt5 and 38-40** (patterns marked `# rt3`, `# rt4`, `# rt5`; `_rt3_own`; a rule
  may name words that bar it, ``unless=``): dialects and slang read as the rules' words (Scots,
  Caribbean, Nigerian), signs told by what was found or had to be done, by what others saw, in
  formal or report-like words; someone else's sign beside the writer's own plans, a sign word as
  a title, a figure of a life, a general question after a training or a poster.
* **Round 43** (`_blank_round43`, found while probing): set aside: words that came out wrong
  with the nerves named and no other sign of a stroke; a step or a fall done on purpose for a
  stretch, never with a landing, a knock or a pain; a phone or a watch buzzing as the tingle,
  never down a leg, in both, numb or still; the cold's tingle in the fingers or toes, never the
  feet or legs, numb, new or worse; none beside a guessed cause ("I think", "maybe").
  "Freezing and numb" is one clause, so both feet told so are read with the cold (`_CAUSE`);
  "warm again now" is no return (`_RETURNED`); numb parts that are not warming up are now
  (`_PRESENT`); a cause in the clause before never softens a sign that is back.
* **Beneath the rules, a safety net** (`coach.questions.unsure`, outside this module): a
  message about the writer's own body where no rule here sees any sign (`sees_sign`) and the
  question bank would decline it is asked about with both lists of signs, never declined.
* **General negation, round 10** (`_GEN_NEGATION`): a negation word, then only claim-free words
  from a closed list (a verb of having or feeling, an article, an intensifier, a body part),
  then a symptom whose absence is good ("I am not having any chest pain", "not even a twinge",
  "no bladder or bowel issues"). Never an ability or a function ("can't feel", "no feeling
  down there", "no control"), never a claim ("never had pain like this before", "more numb
  than", "can't sit without numbness"). Checklists in any punctuation, answered no, "fine" or
  "gone"; a function answered no or gone ("Feeling down there? none") reads as its loss.
* **Questions about oneself still count.** "Is tingling normal?" gets the clinician reply,
  which answers it. A *general* question about the move or about warning signs ("can this
  twist set off sciatica?", "what warning signs should I watch for, like numbness or bladder
  stuff?") reports no symptom (SAFETY.md 7): its context is ``general`` and the question bank
  answers it with the safety information (`coach.questions.answers`), never a lockout; a clause
  that speaks of the user's body or of now ("...? my groin has been numb since yesterday")
  keeps the whole result.
* The bare word "pain" is *not* a sign: the bot's users have back pain and ask about it
  ("does it help back pain?"). Pain becomes a sign when it is sharp, shooting, stabbing,
  severe, comes with a movement, travels into a leg, is in both legs, at night, at rest,
  between the shoulder blades, in the chest, or after a fall.
* "Sciatica" alone is a topic for the question bank; with a leg symptom it is a sign.
* Soreness ("sore", "stiff", "tight", "achy after the session") is not a sign by itself.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from coach.questions.anchors import anchors, grams
from coach.questions.lean import points_away, settles
from coach.questions.senses import BODY, CARRIES, PEOPLE, _is_thing, blank_thing_senses
from coach.text import blanked, edit_distance, normalise, words
from content.safety import SAFETY_ASK, SAFETY_REPLIES, UNSURE_ASK

# Telegram messages are at most 4096 characters; anything longer is cut, not skipped.
MAX_CHARS = 8000


class TriageLevel(enum.Enum):
    """Ordered by severity: ``NONE < STOP_PAIN < CLINICIAN < EMERGENCY``."""

    NONE = "none"
    STOP_PAIN = "stop_pain"
    CLINICIAN = "clinician"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _RANK[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, TriageLevel):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {"none": 0, "stop_pain": 1, "clinician": 2, "emergency": 3}


@dataclass(frozen=True)
class Triage:
    level: TriageLevel
    signs: tuple[str, ...]  # sign keys matched, most severe first, e.g. ("saddle_numbness",)
    # True when the signs sit only in words whose context points away from a red flag (a
    # stated harmless cause, the past and resolved, someone else, a hypothetical question, a
    # hedged negation): the bot asks "is this new and happening now?" instead of locking out.
    ambiguous: bool = False
    context: str | None = None  # why it is ambiguous: one of `CONTEXTS`


# The sign of the safety net (`coach.questions.unsure`): a message about the writer's own body
# that no rule recognised; the user is asked, and "Yes" records this key.
UNSURE_SIGN = "unsure"


def safety_reply(level: TriageLevel) -> str:
    """The reply for a triage level (HTML). ``NONE`` has no safety reply."""
    if level is TriageLevel.NONE:
        raise ValueError("no safety reply for TriageLevel.NONE")
    return SAFETY_REPLIES[level.value]


def safety_ask_text(found: Triage) -> str:
    """The conditional safety line and the question for an ambiguous message (HTML); the
    safety net's own question for its sign (`coach.questions.unsure`)."""
    if found.level is TriageLevel.NONE:
        raise ValueError("no safety question for TriageLevel.NONE")
    if UNSURE_SIGN in found.signs:
        return UNSURE_ASK
    return SAFETY_ASK[found.level.value]


# ---------------------------------------------------------------------------------------------
# Spelling tolerance: tokens of 6+ letters within a small edit distance of a key word (same first
# letter) are read as that key word. Short words are matched by explicit variants in the
# patterns instead, because fuzzy matching them hits ordinary words ("never" ~ "fever").

_KEY_WORDS: tuple[str, ...] = (
    "numbness",
    "numbing",
    "tingling",
    "tingles",
    "tingly",
    "tingle",
    "weakness",
    "weakening",
    "bladder",
    "bowels",
    "incontinence",
    "incontinent",
    "urinate",
    "urinating",
    "urination",
    "genitals",
    "genital",
    "buttocks",
    "crotch",
    "perineum",
    "accident",
    "feverish",
    "temperature",
    "shooting",
    "stabbing",
    "radiating",
    "radiates",
    "shoulder",
    "needles",
    "unwell",
    "leaking",
    "dragging",
    "popped",
    "clicked",
    "painful",
    "hurting",
    "paralysed",
    "paralyzed",
    "sensation",
    "stairs",
    "vomiting",
    "nauseous",
    "catching",
    "excruciating",
    "unbearable",
    "sciatica",
    "dizziness",
)

# Ordinary words within one edit of a key word: never "corrected".
_PROTECTED: frozenset[str] = frozenset(
    {
        "tangle",
        "tangles",
        "tangled",
        "single",
        "tingle",
        "bowls",
        "bowlers",
        "leaning",
        "leading",
        "leaping",
        "leasing",
        "hunting",
        "hurling",
        "hurtling",
        "shouting",
        "propped",
        "popper",
        "pooped",
        "needless",
        "needled",
        "crouch",
        "stars",
        "stains",
        "stair",
        "chairs",
        "shoulders",
        "clocked",
        "clicker",
        "blander",
        "radiation",
        "sensations",
        "accidents",
        "watching",
        "matching",
        "patching",
        "coaching",
        "stubbing",
        "sciatic",
        "radiator",
        "radiators",
    }
)

_KEYS_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _key in _KEY_WORDS:
    _KEYS_BY_INITIAL[_key[0]] = (*_KEYS_BY_INITIAL.get(_key[0], ()), _key)


# h29 (a red flag missed at first sight): "it zings down my bum into my thigh" is a pain that
# shoots; the verb is read as "shoot" so every rule of a shooting pain reads it too (not the
# noun: "a lemon zing").
_SAME_AS = {"zings": "shoots", "zinged": "shooting", "zinging": "shooting"}

# rt3: Scots, Caribbean and Nigerian words and dropped g's read as the words the rules know
# ("cannae hold ma jobbies", "cyaan hold mi business", "baith ma legs", "hingin aff me", "I
# siddon"); "someones" typed without its apostrophe.
_DIALECT = {
    "cannae": "can not",
    "canna": "can not",
    "cyaan": "can not",
    "kyaan": "can not",
    "couldnae": "could not",
    "wouldnae": "would not",
    "willnae": "will not",
    "wullnae": "will not",
    "dinnae": "do not",
    "dinna": "do not",
    "didnae": "did not",
    "doesnae": "does not",
    "isnae": "is not",
    "baith": "both",
    "doon": "down",
    "fae": "from",
    "aff": "off",
    "claes": "clothes",
    "siddon": "sit down",
    "someones": "someone",
    "somebodys": "somebody",
    "clampd": "clamped",
    "comot": "come out",
    "tunnle": "tunnel",
    "tryin": "trying",
    "gettin": "getting",
    "stoppin": "stopping",
    "crawlin": "crawling",
    "hingin": "hanging",
    "hangin": "hanging",
    "comin": "coming",
    "goin": "going",
    "feelin": "feeling",
    "walkin": "walking",
    "fallin": "falling",
    "breathin": "breathing",
    "achin": "aching",
    "hurtin": "hurting",
    "killin": "killing",
    "givin": "giving",
    "leakin": "leaking",
    "shakin": "shaking",
    "draggin": "dragging",
    "losin": "losing",
    # rt12: Scots "gaspin", "oot", "wisnae" and "nae" ("nae control o ma bum")
    "gaspin": "gasping",
    "oot": "out",
    "wisnae": "was not",
    "wasnae": "was not",
    "nae": "no",
    # rt5: German, French and Italian words for numb, the seat and a tingle ("my popo is
    # everything pelzig", "mes fesses engourdies")
    "popo": "bum",
    "pelzig": "numb",
    "taub": "numb",
    "engourdi": "numb",
    "engourdie": "numb",
    "engourdis": "numb",
    "engourdies": "numb",
    "fesses": "buttocks",
    "formicolio": "tingling",
    "intorpidito": "numb",
    "intorpidita": "numb",
}
# rt3: "ma" and "mi" before a part of the body are "my" ("ma legs", "mi back"), never the mother
_MY_DIALECT = re.compile(
    r"(?<!\bme )(?<!\bmy )(?<!\byer )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bthe )"
    r"\b(?:ma|mi)\b(?= (?:own |left |right |whole |poor )?(?:legs?|feet|foot|back|breath|chest"
    r"|bum|arse|erse|jobbies|business|bladder|bowels?|clothes|toes|hands?|arms?|knees?|heid|head"
    r"|face|wee|pee|water|wata|shins?|calf|calves|thighs?|hips?|tummy|belly|stomach|ribs|neck"
    r"|shoulders?|body|skin|yansh|privates|groin|bits)\b)"
)

# rt12: the Irish "after" perfect ("my foot's after goin numb") is a change that has
# happened, never a cause told ("after going for a run")
_IRISH_AFTER = re.compile(
    r"\bafter go(?:ing|in) (?=(?:\w+ )?(?:numb|dead|weak|tingly|funny|heavy|useless|floppy"
    r"|limp|wonky)\b)"
)

# rt4: the saddle area in the words of a new mother
_LADY_BITS = re.compile(r"\blady (?:bits|parts|garden|area|region|regions|bobs)\b")


@lru_cache(maxsize=4096)
def _correct(token: str) -> str:
    if token in _DIALECT:
        return _DIALECT[token]
    token = _SAME_AS.get(token, token)
    if len(token) < 6 or token in _PROTECTED or token in _KEY_WORDS:
        return token
    limit = 1 if len(token) <= 8 else 2
    for key in _KEYS_BY_INITIAL.get(token[0], ()):
        if edit_distance(token, key, limit) <= limit:
            return key
    return token


# rt9: an emoji for a part of the body, read as its word (the rest are dropped by `normalise`)
_BODY_EMOJI = re.compile(
    "\U0001f9b5\U0001f9b5|[\U0001f351\U0001f4a9\U0001f9b5\U0001fac0\U0001f9b6]"
)
_BODY_EMOJI_WORDS = {
    "\U0001f9b5\U0001f9b5": " both legs ",
    "\U0001f351": " bum ",
    # the poo emoji is also "rubbish" ("back feels 💩"): a word of its own, read with no warning
    "\U0001f4a9": " pooemoji ",
    "\U0001f9b5": " leg ",
    "\U0001fac0": " heart ",
    "\U0001f9b6": " foot ",
}


def _prepare(text: str) -> str:
    text = text[:MAX_CHARS]
    if _BODY_EMOJI.search(text):
        text = _BODY_EMOJI.sub(lambda m: _BODY_EMOJI_WORDS[m.group()], text)
    prepared = " ".join(_correct(w) for w in words(normalise(text)))
    if " ma " in f" {prepared} " or " mi " in f" {prepared} ":
        prepared = _MY_DIALECT.sub("my", prepared)
    if " after go" in f" {prepared}":
        prepared = _IRISH_AFTER.sub("has gone ", prepared)
    if " lady " in f" {prepared} ":
        # rt4: "my lady bits" are the writer's own privates, never a lady's
        prepared = _LADY_BITS.sub("privates", prepared)
    return prepared


# ---------------------------------------------------------------------------------------------
# Vocabulary (regex fragments over normalised words)


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _near(a: str, b: str, gap: int = 6) -> str:
    """``a`` and ``b`` in either order with at most ``gap`` words between them."""
    filler = rf"(?:\s+\S+){{0,{gap}}}\s+"
    return rf"(?:\b{a}\b{filler}\b{b}\b|\b{b}\b{filler}\b{a}\b)"


# "can't feel", with a word between ("can't really feel", "can not even feel") or said as
# "can barely / hardly feel": loss of feeling either way. (Contractions are already expanded.)
CANT_FEEL = _any(
    r"(?:can|could) not (?:\w+ )?feel",
    r"cannot (?:\w+ )?feel",
    r"(?:can|could) (?:barely|hardly|scarcely|no longer) feel",
)


def _feeling_gone(region: str) -> str:
    """Round 10. Feeling said to have gone from a region: "the feeling down there has gone",
    "sensation in both legs went"."""
    return (
        r"(?:feeling|sensation) (?:(?:in|around|on|from|of) (?:my |the |both |either |one |your )?"
        r"(?:\w+ )?)?"
        + region
        + r" (?:has |have |had |is |was |just |kind of |sort of )*(?:all |completely |totally"
        r" |pretty much |almost )?(?:gone|went|vanished|disappeared|faded|died)"
    )


NUMB = _any(
    r"numb(?!er)\w*",
    r"nunb\w*",
    r"numm\w*",
    r"dead leg",
    # rt17: "the outside of my shin went dead"
    r"(?:legs?|foot|feet|toes|thighs?|arms?|shins?|calf|calves|heels?|soles?) (?:\w+ ){0,2}dead",
    # after round 31: "my laptop is dead and so is my left leg" (the word carried over)
    r"dead (?:and|but) (?:so|as) (?:is|are|was|were) my (?:\w+ )?(?:legs?|foot|feet|toes|thighs?"
    r"|arms?)",
    r"(?:legs?|foot|feet|arms?|hands?|bum|butt|toes|thighs?|bottom) (?:\w+ ){0,2}(?:fell|falls"
    r"|falling|gone|goes|going|went|is|are|feels?) (?:to )?(?:sleep|asleep)",
    r"no feeling",
    # rt3: pidgin ("my legs no get feeling"), a likeness of what the feet are in ("like I'm
    # wearing ski boots", "like walking on sponges")
    r"no (?:get|dey get|dey|fit|fit get) (?:any )?(?:feeling|sensation)",
    r"(?:feet|foot|legs?|toes) (?:\w+ ){0,8}?like (?:i am |i was |i have |i have got )?(?:wearing"
    r"|in|got on|walking in) (?:a pair of )?(?:ski boots|wellies|wellingtons|moon boots|diving"
    r" boots|flippers|concrete boots|concrete shoes|clown shoes|someone else s (?:shoes|boots))",
    r"walking on (?:cotton wool|pillows|sponges?|marshmallows?|foam|bubble wrap)",
    # rt1 (missed at first sight): "left foot's been asleep since I woke up and won't wake up",
    # "my shin feels like it's got cling film over it"
    r"(?:legs?|foot|feet|toes|thighs?|calf|calves|shins?|arms?|hands?) (?:\w+ ){0,3}?asleep",
    r"(?:legs?|foot|feet|toes|thighs?|calf|calves|shins?|arms?|hands?) (?:\w+ ){0,8}?(?:will not"
    r"|would not|does not|can not) (?:\w+ )?wake (?:up|back up)",
    r"(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|knees?|ankles?|arms?|hands?|fingers?"
    r"|skin) (?:\w+ ){0,3}?(?:feels?|felt|feeling|is|are) (?:\w+ ){0,5}?(?:cling ?film|plastic"
    r" wrap|glad wrap|saran wrap|(?:(?:thick |woolly |wooly |fluffy )(?:wool |woollen |woolen )?"
    r"|wool |woollen |woolen )socks?|a (?:thick )?glove|a"
    r" layer of (?:\w+ )?(?:plastic|film|rubber|wax))",
    # h32 (missed at first sight): "the top of that foot feels like cotton wool"
    r"(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|knees?|ankles?|arms?|hands?|fingers?"
    r"|bum|buttocks?|groin|side) (?:\w+ ){0,2}?(?:feels?|feel|felt|feeling|gone|went|is|are)"
    r" (?:\w+ ){0,2}?(?:like (?:it is |they are )?|as if (?:it is |they are ))?(?:made of )?"
    r"(?:cotton wool|wrapped in cotton wool|wood|wooden|rubber|rubbery|cardboard|not (?:my own"
    r"|mine|part of me)|someone else s"
    # rt3: "my left leg feels like it's someone else's" (the owner's s dropped)
    r"|(?:someone|somebody) else\b(?! (?:s )?(?:problem|fault|job|business|turn|story|is|was"
    r"|has)\b)"
    # rt2: "feel like they belong to someone else, sort of rubbery"
    r"|(?:they |it )?(?:belongs?|belonged) to (?:someone|somebody) else)",
    r"(?:have|has|had|do|does|did) not (?:had|have|got|get) (?:any )?(?:feeling|sensation)(?! (?:of"
    r"|that|like|about|for|good|bad|great|better|worse|well))",
    r"lost (?:the |all )?feeling",
    r"loss of (?:feeling|sensation)",
    # round 10: "the feeling in my foot has gone" (the saddle area and both legs: their rules)
    _feeling_gone(
        r"(?:legs?|foot|feet|toes?|thighs?|calf|calves|groin|bum|butt|bottom|privates|genitals"
        r"|saddle|buttocks|crotch|backside|back passage|arms?|hands?|fingers?)"
    ),
    r"(?:altered|reduced|strange|weird|odd|funny|less|no) (?:sensation|feeling)",
    CANT_FEEL + r" (?:my |the |your |any )?(?:\w+ )?(?:of (?:my |the )?)?"
    # rt3: a side named ("the outside of my right shin")
    r"(?:left |right |other |bad |whole )?"
    r"(?:leg|legs|foot|feet|toes?|thighs?|calf|calves|shins?|ankles?|heels?|soles?"
    r"|knees?|bum|butt\w*|groin|skin|genitals|bottom|privates)",
)
# rt1: fizz or a buzz is a tingle only said of a body part (see `TINGLE`)
_FIZZ = r"(?:fizz\w*|buzzy|sherbet\w*|popping candy|pop rocks)"
_FIZZ_PART = (
    r"(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|knees?|ankles?|arms?|hands?|fingers?|bum"
    r"|buttocks?|groin|skin)"
)
TINGLE = _any(
    r"tingl\w*",
    r"tingel\w*",
    r"tinglin",
    r"pins and needles",
    r"pins needles",
    # rt2: "pins and noodles", "pins n needles" (never the noticeboard's pins)
    r"pins (?:and |n )?(?:noodles|needels|needle|neeedles)",
    r"needles",
    r"prickl\w*",
    r"buzzing",
    r"electric\w*",
    r"(?:burning|hot|cold) (?:sensation|feeling)",
    # rt1 (missed at first sight): a tingle told as fizz, never the drink alone ("both my legs
    # feel full of fizzy pop", "a fizzy buzzy feeling down my calf"; not "fizzy pop tastes of
    # nothing")
    _FIZZ_PART + r" (?:\w+ ){0,6}?" + _FIZZ,
    # rt3: "baith ma legs are crawlin wi ants" (never an ants' nest or a picnic)
    r"(?:crawl\w*|creep\w*|swarm\w*|crawling with|covered in) (?:with |wi )?(?:ants|bugs|insects"
    r"|spiders|beetles|worms|creepy crawlies)\b(?! (?:\w+ ){0,3}?(?:nest|hill|picnic|garden"
    r"|grass|kitchen|house|tent|bin|cupboard|floor)\b)",
    r"ants (?:\w+ )?(?:crawling|running|marching|walking) (?:\w+ )?(?:up|down|over|all over|under)"
    r" (?:my |ma )?(?:skin|legs?|feet|arms?)",
    _FIZZ + r" (?:\w+ ){0,9}?" + _FIZZ_PART,
)
WEAK = _any(
    r"weak\w*",
    r"week(?:ness|er)",
    r"(?:gave|give|gives|giving) (?:way|out)",
    r"buckl\w*",
    r"floppy",
    # rt3: "legs getting feebler by the day"
    r"feeble(?:r|st)?",
    r"(?:lost|losing|loss of|no) (?:strength|power)",
    # rt2: "my legs are losing their power"
    r"(?:lost|losing|lose|loses) (?:all )?(?:their|its|my|the|her|his) (?:strength|power)",
)
NEURO = _any(NUMB, TINGLE, WEAK)
# Words that make "pain" a sign when combined with a place or situation. "Sore" is left out on
# purpose (see the module docstring).
PAIN = _any(
    r"pain\w*",
    r"hurt\w*",
    r"ache\w*",
    r"aching",
    r"achy",
    r"burn\w*",
    r"throb\w*",
    r"shoot\w*",
    # round 26: not "stable" ("sugars stable, no numbness in my feet"), as in `sharp_pain`
    r"stab(?!le|ility|ili[sz]|les)\w*",
    r"sharp\w*",
    r"agony",
    r"cramp\w*",
    # rt1: a gnawing ache or pain (not a dog gnawing a bone)
    r"gnaw\w*(?= (?:\w+ )?(?:ache|pain|feeling|sensation|between|in|at the|under|inside)\b)",
)
# rt1: "my legs feel like noodles" (legs gone weak as a likeness)
SYMPTOM = _any(
    NEURO,
    PAIN,
    r"heavy",
    r"jelly",
    r"dead",
    r"(?:like|as) (?:wet |cooked |limp )?(?:noodles|spaghetti)",
)
LEGS = _any(r"legs", r"feet", r"thighs", r"calves", r"shins", r"ankles")
LEG = _any(
    r"leg",
    r"foot",
    r"thigh",
    r"calf",
    r"shin",
    r"ankle",
    r"toes?",
    r"hamstring",
    r"buttock",
    r"glute",
)
# A feeling changed without the word numb: like cardboard, rubber or wood, like someone else's
# skin, like after the dentist's injection.
_SADDLE_ALTERED = (
    r"(?:cardboard\w*|rubber\w*|wooden|made of wood|(?:someone|somebody) else(?: ?s)? (?:skin|bum"
    r"|bottom|body)|not (?:my own|mine|part of me)|(?:after|from) (?:a |the )?(?:dentist|dental)"
    r"(?:s)?(?: injection| jab| needle)?|anaesthetic|anesthetic|novocaine|local anaesthetic"
    # rt1 (missed at first sight): "feel like the dentist injected them", "like sitting on
    # nothing", "dead and fuzzy", "the feeling of sleeping", "frozen"
    r"|like (?:it is |it has |they have |they are |i have |i had )?(?:been|gone) to the dentist"
    # rt3: "e be like say dem inject me"
    r"|like say (?:dem|they|them|dey|somebody|someone|person|doctor|dentist) (?:don |done |have"
    r" |has |had |just )?(?:inject|injected|numb|numbed|jab|jabbed|freeze|froze)"
    r"|like (?:the |a |my )?(?:dentist|dental\w*|doctor|nurse|someone) (?:has |had |just"
    r" )?(?:injected|numbed|jabbed|froze|frozen|anaesthetised|anesthetized)|(?:like|as if i am|as"
    r" if i was) sitting on (?:nothing|air|thin air|a cloud of nothing)|(?:is|are|feels?|felt|gone"
    r"|went|been) (?:\w+ ){0,2}?(?:dead|fuzzy|frozen)(?! (?:tired|serious|right|funny|cold|easy"
    r"|good|sure|set|comfy|comfortable|nice|keen|handy|lucky|simple|happy|proud|chuffed|soft|cosy"
    r"|cozy|warm|smooth|cheap|quick|slow|on|against|certain|chuffed|proper|brilliant|great|boring"
    r"|quiet|still|excited|pleased|fast|late|hot)\b)|(?:feels?|felt|feeling) like (?:it is |they"
    r" are |it was )?(?:someone|somebody) else(?: s| is| are)?(?! (?:\w+ )?(?:problem|fault|job"
    r"|business|turn|story))|(?:feeling|sensation) of (?:sleeping|sleep|being asleep|pins)|asleep)"
)
SADDLE_REGION = _any(
    r"saddle\w*",
    r"groin",
    r"genital\w*",
    r"privates?",
    r"private (?:parts|area|bits)",
    r"crotch",
    r"perine\w*",
    r"anus",
    r"anal",
    r"back passage",
    r"bum",
    r"butt",
    r"buttocks?",
    r"bottom",
    r"backside",
    r"between (?:my |the |your )?legs",
    r"inner thighs?",
    r"insides? of (?:my |the |your )?thighs?",
    r"vagina\w*",
    r"vulva",
    r"penis",
    r"testicles?",
    r"scrotum",
    r"down there",
    # rt1 (missed at first sight): "the bit you sit on", "the bit in between", "around the
    # back door"
    r"(?:the |my )?(?:bit|area|part|place|bits|parts) (?:that )?(?:you|i|we|one) sits? on",
    r"bum cheeks",
    r"(?:the )?bits? (?:in )?between(?! (?:the|my|your|sets?|reps?|sessions?|meals?|shifts?))",
    r"(?:around|round|near|at) (?:the |my )?back door",
    r"sit(?:ting)? bones?",
    r"down below",
    # slang
    r"balls(?:ack)?",
    r"ball sack",
    r"arse(?:hole)?",
    r"ass(?:hole)?",
    r"fanny",
    r"nether regions?",
    r"undercarriage",
    r"taint",
    r"dick",
    # rt3: Nigerian, Scots and Australian words for the seat ("my yansh no get feeling")
    r"n?yansh",
    r"nyash",
    r"erse",
    r"bahookie",
    r"jacksie",
    r"clacker",
)


VEHICLE = _any(
    r"cars?",
    r"vans?",
    r"bus(?:es)?",
    r"trucks?",
    r"lorr(?:y|ies)",
    r"vehicles?",
    r"motor ?bikes?",
    r"motorcycles?",
    r"taxis?",
    r"cabs?",
    r"cyclists?",
    r"bikes?",
    r"bicycles?",
    r"scooters?",
    r"moped",
    r"tram",
    r"train",
    r"tractor",
    r"forklift",
    r"driver",
    r"horse",
)
IMPACT = _any(
    r"(?:hit|hits|struck|knocked|clipped|rammed|smashed|slammed|t boned|side swiped|sideswiped)",
    r"(?:ran|crashed|went|drove|reversed|backed|ploughed|plowed|piled|smashed|slammed|careered"
    r"|swerved|shunted) into",
    r"ran over",
    r"rear ended",
)


@dataclass(frozen=True)
class _Rule:
    sign: str
    level: TriageLevel
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None  # must also match somewhere in the message
    unless: re.Pattern[str] | None = None  # rt3: must match nowhere in the message
    # one of these is in every text the pattern matches (`coach.questions.anchors`)
    anchors: frozenset[str] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "anchors", anchors(self.pattern))

    def may_match(self, pieces: frozenset[str]) -> bool:
        """False when the rule cannot match a text with these `anchors.grams`."""
        return self.anchors is None or not self.anchors.isdisjoint(pieces)

    def matches(self, text: str) -> bool:
        if self.requires is not None and not self.requires.search(text):
            return False
        if self.pattern.search(text) is None:
            return False
        return self.unless is None or not self.unless.search(text)


# Round 20. A filler word that does not deny what follows: "lost a stone, no dieting at all"
# denies the diet, so the weight loss stays unexplained.
_NOT_DENIED = r"(?:(?!(?:not|without|never|no|nor|nothing)\b)\w+ )"


def _words_pattern(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b")


def _rule(
    sign: str,
    level: TriageLevel,
    *patterns: str,
    requires: str | None = None,
    unless: str | None = None,
) -> _Rule:
    required = _words_pattern(requires) if requires is not None else None
    barred = _words_pattern(unless) if unless is not None else None
    return _Rule(sign, level, _words_pattern(*patterns), required, barred)


E, C, S = TriageLevel.EMERGENCY, TriageLevel.CLINICIAN, TriageLevel.STOP_PAIN

# rt2: double vision from a screen, a 3D film, a headset or drink is no stroke sign
_DOUBLE_CAUSED = (
    r"(?! (?:\w+ ){0,3}?(?:after|from|watching|with|in|at) (?:\w+ ){0,3}?(?:3d|film|movie|cinema"
    r"|vr|headset|drinks?|drinking|pints?|wine|beers?|vodka|gin|glasses|contacts?|lenses|screen"
    r"|optician\w*|eye test|eye drops|magic eye))"
)

# rt2: a pain told as a hot poker (never the fireplace's)
_HOT_POKER = (
    r"(?:(?:like|as if|feeling of|feels like) (?:\w+ ){0,2}?(?:a |an )?(?:red )?hot poker"
    r"|hot poker (?:feeling|sensation|pain|in|between|stuck|through|jabbing|down|into))"
)

# rt3: a wet bed is the writer's own only when nothing else wet it (a spilt drink, a child, a pet,
# a leak, sweat or a bath)
_RT3_OTHER_WETTER = (
    r"(?<!no )(?<!not )(?<!without )(?<!anything to )(?<!nothing to )(?:spill\w*|spilt"
    r"|knocked over|drinks?|glass|cup|mug"
    r"|bottle|hot water bottle|toddler|baby|babies|kids?|child|children|son|daughter|little one"
    r"|wee one|dog|cat|puppy|kitten|roof|ceiling|window|rain\w*|leak\w*|sweat\w*|bath|shower"
    r"|swim\w*|tea|coffee|juice|water bed|ice pack|hair|nappy|nappies|puddles?|mud|muddy)"
)
# rt3: a bowel accident not felt or not noticed
_RT3_UNFELT = (
    r"(?:(?:never|not|did not|do not|does not|can not|could not|without|no) (?:\w+ )?(?:felt|feel"
    r"|feeling|notic\w*|realis\w*|realiz\w*|know\w*|knew|sense\w*|warning|idea|control)"
    r"|keep finding|again|twice)"
)
# rt3: legs that fold at a weight that was easy, never at a new best or a heavier weight
_RT3_NEW_MAX = (
    r"(?:pb|pr|prs|pbs|personal best|personal record|new max|max|maxing|1 ?rm|one rep max"
    r"|heavier|new weight|to failure|failed (?:the|a|my) (?:lift|rep|attempt)|grinder)"
)
# rt3: weight lost with no plan told ("without cutting" is no plan)
_RT3_ON_PURPOSE = (
    r"(?<!without )(?<!not )(?<!no )(?:on purpose|dieting|on a diet|cutting|calorie"
    r" deficit|deficit|fasting|trying to lose|slimming world|weight watchers|intentional\w*"
    r"|making weight|weight cut)"
)

# rt4: the bowel's own words ("the caca", "number twos") and a bowel accident found or had to
# be run from; never a shirt's marks, a parcel or a bus
_RT4_POO = (
    r"(?:caca|kaka|poo|poos|poop|poops|pooh|stool|stools|bowels?|number (?:2|two)s?|jobb(?:y|ies)"
    r"|faeces|feces|turds?|back end(?! of)|back passage)"
)
_RT4_FART = r"(?:trump\w*|fart\w*|parp\w*|guff\w*|toot\w*|wind|gas|pump|pumped)"
_RT4_UNDIES = (
    r"(?:underpants|pants|undies|boxers|knickers|briefs|kecks|y fronts|underwear|drawers|trunks"
    r"|smalls|panties|thong)"
)
# rt4: marks with a cause of their own (paint, dye, blood...)
_RT4_MARK_CAUSE = (
    r"(?:paint\w*|dye\w*|ink|pen|biro|felt tips?|blood|period|mud|muddy|grass|oil|grease|wash"
    r"|washing|tumble|colours? ran|colors? ran|lint|fluff|elastic|seam|tag|label|bleach|tea"
    r"|coffee|food|sauce|wine|makeup|make up|fake tan|tan|sweat)"
)
# rt4: a bed, a chair or the clothes found wet with the writer as the cause, unfelt
_RT4_WET_THING = (
    r"(?:bed|sheets?|mattress|duvet|pyjamas|pjs|pants|trousers|undies|boxers|knickers|jeans"
    r"|joggers|leggings|chair|seat|sofa|car seat)"
)
_RT4_IT_WAS_ME = (
    r"(?:it was me|it was mine|i had wet|i wet|i must have wet|i had weed|i had peed|i must have"
    r" (?:weed|peed)|from me|came from me|i did it|i had done it|did not wake|never woke|did not"
    r" feel|never felt|no idea|not noticed|did not notice|never noticed|had not noticed)"
)
# rt4: a small everyday effort (rest itself is rt3's: "even when I sit")
_RT4_SMALL_EFFORT = (
    r"(?:walk\w* (?:to|into|across) (?:the |my )?(?:kitchen|toilet|loo|bathroom|door|front door"
    r"|car|letterbox|post box|shop|corner|bedroom|lounge|sofa|end of the (?:road|garden|drive))"
    r"|putting (?:my |on my |on )?(?:socks|shoes|clothes|trousers|pants|bra|shirt|coat)(?: on)?"
    r"|(?:getting|got|get) dressed|(?:in|having|after) (?:a |the |my )?shower|brushing my (?:teeth"
    r"|hair)|making (?:the |a )?(?:bed|cup of tea|tea|brew)|tying (?:my )?(?:laces|shoes)"
    r"|bending (?:down )?to (?:tie|pick)|(?:hanging|hang) (?:out )?(?:the )?washing)"
)
# rt4: a hard effort named beside the breath, or the breath back at once
_RT4_HARD_EFFORT = (
    r"(?:run|runs|ran|running|jog\w*|gym|sprint\w*|workout|work out|hill|hills|stairs|flights?"
    r"|session|training|match|game|race|cycl\w*|swim\w*|hiit|class|bus|football|rugby|tennis"
    r"|squash|danc\w*|fine now|was fine|back to normal|hike|hiking|climb\w*)"
)
# rt4: the clothes, the belt or a ring gone loose on the writer, never in the wash
_RT4_LOOSE = (
    r"(?:(?:clothes|trousers|jeans|skirts?|dress\w*|shirts?|tops?|collars?|waistband|belt"
    r"|rings?|watch|bra|pants|everything) (?:\w+ ){0,3}?(?:become |got |gone |getting |are |is"
    r" |all )?(?:loose|looser|baggy|baggier|hanging off|falling off|swimming on|too big|massive"
    r" on me)|belt (?:\w+ ){0,2}?(?:last|new|extra|tightest|smallest) (?:notch|hole)|(?:new"
    r"|extra|another) (?:notch|hole) (?:in|on) (?:my |the )?belt)"
    r"(?! (?:\w+ ){0,4}?(?:wash|washing|washed|dryer|tumble|stretched|stretchy|second hand"
    r"|hand me down|wrong size|size up|sized up|bought|ordered))"
)
_RT4_NO_DIET = (
    r"(?:(?:not|never|no|without|have not|had not|did not) (?:\w+ ){0,2}?(?:diet\w*|trying|tried"
    r"|changed|cutting|eating less|exercis\w*|watching)|(?:eat|eating) (?:the same|normal\w*"
    r"|as usual|like a horse|loads))"
)

# rt5: formal, second-language and slang wording of the signs (a lack of sensation, short of
# wind, "I must lift the knee high when I walk", "my friends say I was like sleeping 1 minute",
# "nearly conked out"), and a sign blamed on training gear or anxiety
_RT5_SEAT_GONE = (
    r"(?:(?:distinct |complete |total |marked |noticeable |some |a )?(?:lack|absence|loss"
    r"|reduction|diminution) of (?:normal )?(?:sensation|feeling)|(?:diminished|reduced|absent"
    r"|altered) (?:sensation|feeling)|feel nothing|(?:do|can|could) not feel (?:well |good"
    r" |properly |right |anything |much )?|(?:everything|all|completely|totally) numb|like (?:when"
    r" |after )?(?:the |a )?dentist (?:gives|gave|has given|does|did) (?:\w+ )?(?:injection|jab"
    r"|needle|anaesthetic)|(?:like )?(?:it|this|that) is not my (?:body|own)|muffled|dull(?! (?:\w+"
    r" )?(?:ache|aching|pain|throb\w*|sore\w*|day|week|job|meeting)))"
)
_RT5_SEAT = _any(SADDLE_REGION, r"my sex(?! (?:life|drive|education|appeal|toys?))")
_RT5_SHOOT = (
    r"(?:like (?:a |an )?(?:lightning|lightning bolt|electric\w*|current|shock|knife)|zap\w*|zack"
    r"|zing\w*|jolt\w*|bolt of lightning)"
)
_RT5_DOWN_LEG = (
    r"(?:goes|go|going|went|runs?|ran|running|travels?|travelled|shoots?|comes?|coming|moves?"
    r"|moving|spreads?|spreading) (?:\w+ )?(?:down|into) (?:in |into |to |through )?(?:my |the )?"
    r"(?:left |right )?(?:leg|thigh|calf|knee|foot|buttock|bum)"
)
_RT5_SLEEPY = (
    r"(?:sofa|couch|bed|asleep|sleep\w*|nap\w*|kip|snooz\w*|telly|tv|film|movie|long day|knackered"
    r"|exhausted|tired|shattered|night shift|engine|car|laptop|phone|battery|boiler|computer"
    r"|printer|slept|night|woke|early|meeting|boring|bored|lecture|lesson|class|church|sermon"
    # a thing that keels over (a boat, a tree)
    r"|boat|ship|yacht|canoe|kayak|tree|tower|stack|pile|tent|wind|plant|vase|bottle|glass)"
)
_RT5_RULES: tuple[_Rule, ...] = (
    _rule(
        "saddle_numbness",
        E,
        _near(_RT5_SEAT, _RT5_SEAT_GONE, 10),
    ),
    _rule(
        "numbness",
        C,
        r"(?:lack|absence|loss|reduction|diminution) of (?:normal )?(?:sensation|feeling)"
        r"(?! (?:of|that|like|about|for|towards?|in (?:\w+ )?(?:story|film|book|song|music|movi"
        r"e|show"
        r"|writing|acting|voice|performance|team|office|relationship|marriage)))",
        r"(?:diminished|reduced|absent) (?:sensation|feeling)",
    ),
    _rule(
        "bowel",
        E,
        _near(r"skid ?marks?", _any(_RT3_UNFELT, r"(?:did not|not|never) feel a thing"), 16),
    ),
    _rule(
        "bladder",
        E,
        r"(?:just|only|nothing but) (?:a )?(?:dribble|trickle|few drops)s? (?:\w+ ){0,3}?(?:when"
        r"|if|unless|even when) i (?:\w+ )?(?:push|strain|bear down|force)",
        r"(?:have|has) not (?:managed|been able) to (?:go|wee|pee|pass water|pass urine)\b(?! (?:to"
        r"|out|for a|on|in|into|back|up|down|over|shopping|running|swimming|anywhere)\b)(?: \w+)?"
        r" (?:since|for|all)",
    ),
    _rule(
        "leg_weakening",
        E,
        r"(?:progressive|increasing|worsening|growing) (?:\w+ )?(?:difficulty|trouble|weakness"
        r"|problems?|struggle) (?:\w+ ){0,2}?(?:rising|getting up|to get up|standing|to stand"
        r"|climbing|walking|with (?:the )?stairs|lifting (?:my )?(?:leg|legs|foot|feet))",
        r"(?:now )?(?:require|requires|need|needs|needing|requiring) (?:to use )?(?:both |my |two )"
        r"?(?:arms|hands) to (?:stand|get up|rise|get out of|push (?:myself )?up)",
        r"scuff\w* (?:\w+ )?(?:the )?(?:toe|toes|front|tip) (?:of|on) (?:my )?(?:left |right )?"
        r"(?:shoe|shoes|trainer|trainers|boot|boots)",
        r"(?:toe|toes|foot) (?:keeps |kept |is |keep |has been |have been )?(?:catching|scuffing"
        r"|snagging|clipping|tripping) (?:on )?(?:the )?(?:floor|ground|carpet|pavement|kerb|curb"
        r"|stairs|steps?|rug)",
        r"big toe (?:\w+ ){0,2}?(?:will not|would not|can not|could not|does not|do not|no longer"
        r"|is not|refuses to) (?:\w+ )?(?:lift|go up|raise|move up|come up|point up|bend up|pull"
        r" up)",
        r"(?:can not|could not|unable to) (?:lift|raise|pull up|point up|bend up) (?:my )?(?:left"
        r" |right )?big toe",
        r"foot (?:is |keeps |keep |has been )?(?:falling|dropping|flopping|slapping|hanging|falls"
        r"|drops|flops|slaps) (?:down )?(?:\w+ )?(?:when|while|as|if) i (?:walk|step|go)",
        r"(?:must|have to|need to|had to|got to) (?:lift|raise|pick up|bring up) (?:my |the )?"
        r"(?:left |right )?(?:knee|knees|leg|legs|foot) (?:very |really |extra |so |too )?high("
        r"?:er)?"
        r" (?:\w+ ){0,4}?(?:or (?:i|my foot|my toes) (?:trip|catch|drag)|so (?:my |the )?(?:foo"
        r"t|toes)"
        r" (?:clears?|does not|do not|will not)|to not trip|so i do not trip|to clear (?:my |the )?"
        r"(?:foot|toes|floor|ground))",
    ),
    _rule(
        "serious_trauma",
        E,
        r"(?:my|our|the) (?:car|van|vehicle) (?:was |got |had been |has been )?(?:struck|hit"
        r"|rammed|shunted|rear ended|smashed into|crashed into|ploughed into|written off) (?:\w+ )"
        r"{0,10}?(?:\d+ ?(?:mph|miles an hour|miles per hour|kph|km h|kmh)|while i was|with me"
        r"|i was (?:driving|in it|inside|at the wheel)|from behind|head on|at speed|on the"
        r" motorway)",
        r"(?:road traffic|motor vehicle|vehicular) (?:collision|accident|incident|crash)",
        r"\b(?:rta|rtc|mva|mvc)\b",
        unless=r"(?:was empty|nobody (?:was )?in (?:it|the car)|no one (?:was )?in (?:it|the car)"
        r"|i was not in (?:it|the car)|while (?:it was )?parked and empty)",
    ),
    _rule(
        "breathing_difficulty",
        E,
        r"short of (?:wind|puff|air)",
        r"dyspn\w*",
        r"(?:can not|could not|cannot|unable to) (?:take|get|catch|find|draw) (?:the |my |enough"
        r" |any )?(?:air|breath)(?! (?:fryer|con\w*|miles|points?|bnb|freshener|in (?:the )?"
        r"(?:tyres?|tires?)))",
        r"(?:breath\w*|wind\w*|puff\w*) (?:\w+ ){0,3}?(?:on|with|at|after) (?:minimal|minimum"
        r"|slight|the slightest|very little|little|mild|light|any) (?:exertion|effort|activity)",
    ),
    _rule(
        "dizziness_fainting",
        C,
        r"(?:nearly|almost|very nearly|practically|close to|about to) (?:conk\w*|keel\w*|hit the"
        r" deck|hit the floor|passed out|blacked out|whited out|greyed out|fainted|swooned)",
        r"(?:conk\w* out|spark out)",
        unless=_RT5_SLEEPY,
    ),
    _rule(
        "dizziness_fainting",
        C,
        r"(?:friends?|people|they|wife|husband|partner|everyone|colleagues?|mates?|he|she|someone"
        r"|somebody) (?:say|says|said|told me) (?:that )?i (?:was|were|am) (?:like )?(?:sleeping"
        r"|asleep|unconscious|out|gone|out cold|not there|away|not responding|unresponsive)"
        r"(?! like a (?:log|baby))(?: for)? (?:about |around |maybe |like )?(?:\d+|one|a|half a|a"
        r" few|two|few) (?:minutes?|mins?|seconds?|secs?|moment)",
        r"(?:i|me) (?:go|went|gone|fell|falls?|collapsed) down (?:\w+ ){0,8}?(?:was|were|am) (?"
        r":like"
        r" )?(?:sleeping|asleep|unconscious|gone|out|not there|not responding)",
    ),
    _rule(
        "radiating_leg_pain",
        C,
        _near(_RT5_SHOOT, _RT5_DOWN_LEG, 12),
        r"(?:goes|go|going|went|runs?|ran|running|travels?|shoots?|comes?|coming) (?:\w+ )?down"
        r" (?:in|into|to|through) (?:my |the )?(?:left |right )?(?:leg|thigh|calf|foot|buttock)"
        r" (?:until|till|to|up to|as far as) (?:the |my )?(?:knee|ankle|foot|toes?|calf|heel)",
        requires=r"(?:back|pain\w*|hurt\w*|lightning|zap\w*|zack|electric\w*|shoot\w*|shock"
        r"|stab\w*|burn\w*)",
    ),
    _rule(
        "stroke_signs",
        E,
        r"(?:keep|keeps|kept|keeping|am|been|started|start) (?:\w+ )?(?:typing|writing|saying"
        r"|using|texting|mixing up) (?:the )?wrong (?:words?|wrods|letters)",
        r"(?:(?:left|right|one) side of (?:my |the )?face|half (?:of )?my face) (?:\w+ ){0,3}?"
        # a likeness of the dentist's numbing, never "still numb" after a visit (a clause
        # read alone would not see the dentist)
        r"(?:tingl\w*|heavy|droop\w*|like (?:after |when )?(?:the |a )?dentist)",
        r"(?:can not|could not|unable to) (?:\w+ )?(?:lift|raise|move) (?:my )?(?:left|right) arm",
        requires=r"(?:face|words?|wrods|speech|speak\w*|talk\w*|mouth|smile|typing)",
        # a dentist's visit, never a likeness of one ("feels like after the dentist")
        unless=r"(?:(?<!like after the )(?<!like after a )(?<!like after )(?<!like the )"
        r"(?<!like a )"
        r"(?<!like when the )(?<!like at the )(?<!like )dentist\w*|had (?:a )?(?:filling|tooth"
        r" out|root canal|extraction)|crossword|password|autocorrect|auto correct|spell check)",
    ),
    _rule(
        "weight_loss",
        C,
        r"(?:lost|losing|dropped|shed) (?:approximately |about |around |roughly |nearly |almost"
        r" |over |some )?(?:\d+|a (?:tenth|fifth|quarter)) (?:percent |per cent )?of (?:my )?(?"
        r":body"
        r" ?weight|total weight|weight|body mass)(?! "
        + _NOT_DENIED
        + r"{0,4}(?:on purpose|diet\w*|intentional\w*|deliberately|slimming|calorie\w*|fasting"
        r"|weight watchers|cutting))",
    ),
    _rule(
        "sharp_pain",
        S,
        r"(?:stab|stabbing|jab|pain) (?:\w+ ){0,4}?like a knife",
    ),
)


# rt6 (missed or asked back at first sight): the signs of exhausted shift workers and carers,
# older people, new parents, gardeners and DIY people who blame the lack of sleep, age or the
# work, voice-to-text and run-on sentences, English of other first languages.
_RT6_UNFELT = (
    r"(?:(?:did not|didn t|do not|never|not) (?:even |really )?(?:feel|felt|notice\w*|know|knew"
    r"|realis\w*|realiz\w*|sense) (?:it |that )?(?:coming|come|happen\w*|start\w*|going)"
    r"|(?:without|with no|no) (?:any )?(?:warning|urge|feeling it))"
)
_RT6_GARMENT = (
    r"(?:scrubs|uniform|jeans|leggings|pants|trousers|knickers|underwear|shorts|joggers|nightie"
    r"|nightdress|pyjamas|pajamas|pjs|tights|boxers|bed|sheets|chair|seat)"
)
_RT6_SMELT = (
    r"(?:(?:never|did not|not|had no idea|no idea) (?:even |really )?(?:knew|know|notic\w*"
    r"|realis\w*"
    r"|realiz\w*|felt|feel|aware)? ?(?:\w+ ){0,3}?(?:until|till|til|before) (?:i |someone |my \w+"
    r" |she |he |they )?(?:smel\w*|smell|could smell|noticed the smell|caught the smell)"
    r"|(?:only|just) (?:knew|noticed|found out|realis\w*) (?:\w+ ){0,2}?(?:by|from|because of)"
    r" (?:the )?smell)"
)
_RT6_BOTH_LOWER = r"(?:both (?:thighs|legs|feet|calves|shins)|my (?:thighs|legs|feet|calves|shins))"
_RT6_BREATH_SMALL = (
    r"(?:walk\w*|stairs|steps|car|door|front door|room|kitchen|shop|house|garden|dress\w*"
    r"|shower\w*|talk\w*|phone|bus stop|landing|toilet|bed)"
)
_RT6_HARD_EFFORT = (
    r"(?:sprint\w*|race|racing|hiit|intervals?|hill repeats|marathon|5k|10k|running hard|max"
    r" effort|burpees|crossfit|spin class|swimming lengths)"
)
_RT6_LEG = r"(?:leg|legs|thigh|thighs|foot|feet|calf|calves|shin|shins|knee|toes|bum|buttock|hip)"

_RT6_RULES: tuple[_Rule, ...] = (
    # wetting oneself without feeling it coming ("wet my scrubs and didn't feel it coming")
    _rule(
        "bladder",
        E,
        _near(
            r"(?<!nearly )(?<!almost )wet (?:my|me|myself|the) (?:\w+ )?" + _RT6_GARMENT,
            _RT6_UNFELT,
            14,
        ),
        _near(
            r"(?:wet|damp|soaked) (?:patch|patches)? ?(?:on|in) (?:my )?" + _RT6_GARMENT,
            _RT6_UNFELT,
            10,
        ),
        # never the rain, a spill or a splash that wet the clothes
        unless=r"(?:rain\w*|drizzle|downpour|puddles?|spil\w*|splash\w*|hose\w*|sprinklers?|waves?"
        r"|knocked over|washing up)",
    ),
    # needing incontinence pads oneself
    _rule(
        "bladder",
        E,
        _near(
            r"(?<!knee )(?<!shoulder )(?<!mouse )(?<!cotton )(?<!breast )(?<!nursing )(?:pads"
            r"|nappies"
            r"|diapers|tena|tena lady|incontinence pants|adult nappies|depends|pull ups)",
            r"(?:need|needing|needed|wear|wearing|wore|started (?:wearing|using)|using|use|buy"
            r"|buying|bought) (?:them |those |pads |some |one |nappies )?(?:for |on )?(?:myself"
            r"|me now|for me)\b",
            14,
        ),
        _near(
            r"(?<!knee )(?<!shoulder )(?<!mouse )(?<!cotton )(?<!breast )(?<!nursing )(?:pads"
            r"|nappies"
            r"|diapers|tena|incontinence pants|adult nappies|pull ups) (?:for|on) (?:me|myself)\b",
            r"(?:need|needing|needed|wear|wearing|wore|using|use|buy|buying|bought|started)",
            6,
        ),
    ),
    # a number two that could not be held, that just came, or that was only noticed by smell
    _rule(
        "bowel",
        E,
        r"(?:could not|can not|cannot|did not|unable to|not able to|failed to|no way to) (?:\w+ )?"
        r"(?:hold|hold on to|hold in|hold back|stop|control) (?:\w+ )?(?:a |the |my |it in )?"
        r"(?:number (?:2|two)s?|poo|poos|poop|bowels?|stool|stools|bowel movement|motion|motions)"
        r"\b(?! (?:pencil|pencils|bus|jersey|shirt|spot|pick|seed)\b)",
        r"(?:number (?:2|two)s?|poo|poop) (?:\w+ ){0,8}?(?:it )?(?:just )?(?:came|came out|slipped"
        r" out|happened|escaped) (?:\w+ )?(?:by itself|on its own|without|before i|no warning"
        r"|with no)",
        r"(?:it|poo|the poo) just (?:came|came out|slipped out|happened)\b(?=.*\b(?:number (?:2"
        r"|two)"
        r"s?|poo\w*|bowels?|toilet|loo|pants|knickers|trousers|underwear)\b)",
    ),
    _rule(
        "bowel",
        E,
        _near(
            r"(?:i (?:have |had |did |just )?(?:\w+ ){0,3}?(?:mishap|accident|mess|poo\w*|number"
            r" (?:2|two)s?)|soil\w* (?:myself|my \w+)|messed (?:myself|my \w+)|(?:mishap|accident"
            r"|mess|poo\w*) in my \w+)",
            _RT6_SMELT,
            14,
        ),
        unless=r"(?:dog|puppy|cat|kitten|baby|toddler|the kids?|my (?:son|daughter|dad|mum|mother"
        r"|father|husband|wife|patient)|nappy|nappies) (?:\w+ )?(?:had|did|made|has|was)",
    ),
    # trouble starting to pee, "the tap is stuck", only a trickle
    _rule(
        "bladder",
        E,
        r"(?:can not|could not|cannot|struggl\w* to|hard to|trouble|difficulty|unable to|not able"
        r" to|takes ages to|take ages to|forever to) (?:\w+ ){0,2}?(?:start|starting|get going"
        r"|get started|get it going|get it started) (?:my |the |a |to )?(?:we|wee|pee|weeing|peeing"
        r"|urine|urinating|urinate|wees|pees)\b",
        _near(
            r"(?:like|as if|as though) (?:the |a |my )?tap (?:is |was |has "
            r"|had )?(?:been )?(?:stuck"
            r"|jammed|turned off|off|blocked|will not|would not|does not|broken)",
            r"(?:toilet|loo|urinal|wee\w*|pee\w*|my we|stand there|stood there|bladder)",
            16,
        ),
        _near(
            r"(?:only|just|nothing but|barely|no more than|hardly) (?:a |the )?(?:trickle|dribble"
            r"|few drops|drip|drips)",
            r"(?:toilet|loo|urinal|wee|wees|weeing|pee|pees|peeing|stand there|stood there|bladder"
            r"|urine|start my we)",
            14,
        ),
    ),
    # the saddle area "like a cushion of cotton wool"
    _rule(
        "saddle_numbness",
        E,
        _near(
            r"(?:cotton wool|cotton balls?|cushion of|foam|sponge|marshmallows?|padding|bubble wrap"
            r"|a thick (?:glove|towel)|wadding)",
            _any(SADDLE_REGION, r"insides? of (?:my |the )?thighs?", r"toilet", r"loo", r"wip\w*"),
            12,
        ),
    ),
    # both thighs wrapped in a wet towel, feet like socks full of rice
    _rule(
        "both_legs",
        E,
        _near(
            _RT6_BOTH_LOWER,
            r"(?:wrapped|wrapped up|bound|covered|swaddled) (?:\w+ )?in (?:a |an |some )?(?:(?:wet"
            r"|damp|cold|soggy|soaking|freezing|thick|heavy) ){1,2}(?:towel|towels|cloth|blanket|fl"
            r"annel|sponge|bandage)",
            12,
        ),
    ),
    _rule(
        "numbness",
        C,
        r"(?:like|as if|as though|feels?|felt) (?:\w+ ){0,4}?(?:socks?|shoes?|boots?) (?:are |were"
        r" |is |was )?(?:full of|filled with|stuffed with) (?:rice|sand|gravel|marbles"
        r"|beans|peas|lentils|pebbles|cotton wool|grit)",
        r"(?:like|as if|as though) (?:i am |i was )?(?:walking|standing|stepping) on (?:rice"
        r"|marbles|gravel|pebbles|cotton wool|beans|lentils|dried peas|grit)",
    ),
    # legs with less and less power, needing to hold the wall
    _rule(
        "leg_weakening",
        E,
        r"(?:legs?|knees?) (?:\w+ ){0,3}?(?:less and less|losing|lost|no|weaker and weaker|getting"
        r" weaker|no more|not much|hardly any|decreasing) (?:power|strength)",
        r"(?:less and less|losing|lost|no|hardly any|decreasing) (?:power|strength) (?:in|of) (?:my"
        r" |both"
        r" )?(?:legs?|knees?|thighs?)",
        _near(
            r"(?:need|needed|needing|have to|had to|must|now) (?:to )?(?:hold|grab|lean on|hang on"
            r" to|hold on to|cling to|use) (?:on to |onto )?(?:the )?(?:wall|walls|furniture)"
            r"\b(?! (?:\w+ )?(?:for|during|while|when|in) (?:\w+ )?(?:stretch\w*|balance|exercise"
            r"|calf|twist|lunge|pose|squat|raise|class|drill|the (?:stretch|exercise|pose))\b)",
            r"(?:legs?|walk\w*|stairs|stand\w*|power|strength|weak\w*|yesterday|today|climb\w*)",
            12,
        ),
    ),
    # a fire in the middle of the chest going to the neck
    _rule(
        "chest_pain",
        E,
        _near(
            r"(?:fire|burning|burn|heat|pressure|weight|squeez\w*|tight\w*|crush\w*|heavy) (?:\w+ )"
            r"{0,3}?(?:in|on|across|over) (?:the |my )?(?:middle of (?:the |my )?)?chest",
            r"(?:going|goes|went|spread\w*|moving|moves|travel\w*|runs|running|radiat\w*) (?:\w+ )"
            r"{0,2}?(?:to|into|up) (?:the |my )?(?:neck|jaw|arm|arms|shoulder|left arm)",
            14,
        ),
    ),
    # short walks, mid-sentence, "the air is not enough", sitting up to breathe at night
    _rule(
        "breathing_difficulty",
        E,
        _near(
            r"(?:had to|have to|need to|needed to|must|keep having to) stop (?:\w+ ){0,2}?(?:to"
            r" )?(?:get|catch|find|take) (?:my )?breath",
            _RT6_BREATH_SMALL,
            14,
        ),
        r"(?:the )?air (?:is |was )?not (?:enough|arriving|coming|going in|reaching|getting in)"
        r"\b(?! (?:in (?:the|this|here) (?:room|office|tyres?|car)|for (?:the )?(?:tyres?|balloon"
        r"|plants?)))",
        r"breathe and breathe",
        r"(?:need|needs|have|had|must|needed|having) to sit (?:up|upright"
        r"|up straight) (?:\w+ ){0,3}?"
        r"(?:to|so i can|in order to) (?:breathe|get (?:my )?breath|catch (?:my )?breath)",
        r"short (?:of )?breath (?:\w+ ){0,2}?(?:when|while) (?:i am |i )?(?:sleep\w*|lying|lie"
        r"|resting|sitting|in bed)",
        unless=_RT6_HARD_EFFORT,
    ),
    # blanking out and coming to
    _rule(
        "dizziness_fainting",
        C,
        _near(
            r"(?<!mind )(?<!brain )(?<!head )(?<!memory )(?:blank\w*|black\w*|zon\w*|switch\w*"
            r"|conk\w*) out(?! (?:the|that|this|all|everything|it|them|him|her|my|a|an)\b)",
            r"(?:came|come|coming) (?:to|round|around)\b(?! (?:me|mind|my|the|us|him|her|them|see"
            r"|visit|say|ask|think|realis\w*|realiz\w*|terms|an|nothing|pass|life|a|this|that"
            r"|it|mind|to)\b)",
            16,
        ),
        r"(?:came|come) to (?:sitting|lying|on the floor|on the ground|in the (?:tray|bath"
        r"|shower))",
        r"(?:going|about|gonna) to (?:lose|losing) (?:my )?(?:senses|consciousness)",
        r"everything (?:went |goes |going |gone |was |is |became |turned )?(?:dark|black|grey"
        r"|gray|dim) (?:and|with) (?:\w+ )?(?:sweat\w*|clammy|dizzy|spinning|faint\w*)",
        r"everything (?:went |goes |going |gone |was |is |became |turned )?(?:dark|black) and"
        r" (?:i )?(?:broke into|came out in|was|got|started) (?:a )?(?:cold )?(?:sweat\w*|clammy)",
    ),
    # getting thin without dieting, kilos in a month
    _rule(
        "weight_loss",
        C,
        _near(
            r"(?:becoming|getting|gone|going|became|got) (?:so |very |really )?(?:thin|thinner"
            r"|skinny|skinnier)",
            r"\d+ ?(?:kilos?|kgs?|lbs?|pounds) (?:\w+ ){0,2}?(?:in|this|last|a|one) (?:\w+ )?"
            r"(?:month|weeks?|fortnight)",
            12,
        ),
        unless=_RT3_ON_PURPOSE,
    ),
    _rule(
        "weight_loss",
        C,
        r"(?:becoming|getting|gone|going|grown|growing|became|got) (?:\w+ )?(?:thin|thinner|skinny"
        r"|skinnier) (?:\w+ ){0,2}?(?:without|no|not) (?:any |even )?(?:diet\w*|trying)",
    ),
    # throbbing sat dead still, no position eases it
    _rule(
        "rest_pain",
        C,
        r"no (?:position|way of (?:sitting|lying)|posture|way i (?:sit|lie)) (?:\w+ )?(?:takes the"
        r" edge off|eases|helps|relieves|settles|makes (?:it|a difference)|stops|works|is"
        r" comfortable)",
        r"(?:sat|sitting|lying|lay|laying|lie|sit) (?:dead |completely |perfectly |totally |stock"
        r" )?still (?:\w+ ){0,4}?(?:it |pain |back |it still )?(?:throbs|throbbing|hurts|aches"
        r"|pounds|burns|pounding)",
    ),
    # a thigh that feels injected with anaesthetic, pinched and hardly felt
    _rule(
        "numbness",
        C,
        _near(
            r"(?:injected|injection|jab|shot|jabbed|pumped) (?:\w+ )?(?:with |of |full of )?"
            r"(?:novo ?caine|nova ?cane|novocane|novacaine|local|anaesthetic|anesthetic|lidocaine"
            r"|numbing)",
            _RT6_LEG,
            12,
        ),
        _near(
            r"(?:pinch|prick|poke|scratch|touch|press|tap) (?:it|them|my \w+|the skin)"
            r" (?:\w+ )?(?:and|but) (?:i )?(?:can |could )?(?:hardly|barely|not|can not|could not"
            r"|do not|did not|scarcely) (?:\w+ )?feel",
            _RT6_LEG,
            14,
        ),
        r"(?:pinch|prick|poke|scratch|touch|press|tap) (?:my |the )?(?:left |right )?"
        + _RT6_LEG
        + r" (?:\w+ )?(?:and|but) (?:i )?(?:can |could )?(?:hardly|barely|not|can not|could not"
        r"|do not|did not|scarcely) (?:\w+ )?feel",
        _near(
            r"(?:pinch|prick|poke|scratch|touch|press|tap) (?:it|them|my \w+|the skin)"
            r" (?:\w+ )?(?:and|but) (?:i )?(?:can |could )?(?:hardly|barely|not|can not|could not"
            r"|do not|did not|scarcely) (?:\w+ )?feel",
            _RT6_LEG,
            14,
        ),
    ),
    # a foot "sleeping" all day that won't wake, small electricity in the leg
    _rule(
        "numbness",
        C,
        r"(?:foot|leg|feet|legs|toes|thigh) (?:is |are |has been |have been |keeps |keep |still "
        r"|been"
        r" |feels |feel |is still |are still )?(?:sleeping|asleep) (?:\w+ ){0,2}?(?:all day"
        r"|all night"
        r"|the whole|since|for (?:\w+ )?(?:hours|days|a day)|from yesterday|all the time"
        r"|constantly)",
        r"(?:foot|leg|feet|legs|toes|thigh) (?:\w+ ){0,3}?(?:sleeping|asleep) (?:\w+ ){0,4}?(?:it "
        r"|they"
        r" )?(?:not|will not|would not|does not|did not|never|still not|can not) (?:\w+ )?wak\w*"
        r"(?! (?:\w+ )?(?:me|him|her|them|the|my|us)\b)",
    ),
    _rule(
        "tingling",
        C,
        _near(
            r"(?:small|little|like|some) (?:\w+ )?electricity",
            _RT6_LEG,
            10,
        ),
    ),
    # a needle in the back that runs to the leg
    _rule(
        "radiating_leg_pain",
        C,
        _near(
            r"(?:needle|needles|knife|nail|spike|dagger|skewer) (?:go\w*|went|stuck|stab\w*|push\w*"
            r"|in|into) (?:\w+ ){0,2}?(?:the |my )?(?:back|spine)",
            r"(?:runs|run|running|ran|goes|going|went|shoots|shooting|travels|spreads|moves) (?:\w+"
            r" )"
            r"{0,2}?(?:to|into|down|in) (?:the |my )?(?:left |right )?" + _RT6_LEG,
            16,
        ),
    ),
    # slurred speech as if drunk, a hand that can't hold the phone
    _rule(
        "stroke_signs",
        E,
        r"(?:speech|words|talking|voice|speaking|mouth) (?:\w+ ){0,4}?(?:like|as if|as though)"
        r" (?:i am |i was |i had been |i have been |i m )?(?:drunk|pissed|sloshed|tipsy|wasted"
        r"|hammered|plastered)",
        r"(?:left|right|one) (?:hand|arm) (?:\w+ )?(?:can not|could not|will not|does not|did not"
        r"|cannot) (?:\w+ )?(?:hold|grip|grab|lift|pick up) (?:\w+ ){0,3}?(?:\w+ ){0,4}?(?:started"
        r"|since|ago|suddenly|just now|all of a sudden|this morning|out of nowhere)",
        unless=r"(?:after|from) (?:\w+ ){0,3}?(?:party|pub|wine|beer|beers|drinks?|pints?"
        r"|cocktails|shots|night out|glass\w*|prosecco|vodka|gin|whisky|rum|cider|lager)",
    ),
)


# rt7 (missed or asked back at first sight): tradespeople and farmers who play pain down,
# musicians and office workers who blame posture, people who blame a recent cold or flu, the
# sign told only through what the writer could not do today or in a PS after other questions,
# Scots, Welsh, Geordie, Jamaican and Indian English, English of other first languages.
_RT7_UNDIES = (
    r"(?:underwear|undies|pants|knickers|boxers|briefs|trunks|shorts|trousers|kecks|nappy|pad)"
)
_RT7_BOWEL_WORDS = (
    r"(?:poo\w*|bowels?|toilet|loo|bog|number twos?|" + _RT7_UNDIES + r"|gone in|messed"
    r"|soiled|accident)"
)
_RT7_FRONT = (
    r"(?:breast ?bone|sternum|front of (?:my |me |the )?(?:chest|chess|ribs|body)|front of me"
    r"|middle of (?:my |me |the )?(?:chest|chess|breast|ribs)|heart side"
    r"|my (?:chest|chess)(?! (?:muscles?|day|workout|press\w*|stretch\w*|opener|and (?:back|arms"
    r"|shoulders|triceps))))"
)
_RT7_PRESS = (
    r"(?:squeez\w*|(?<!blood )(?<!bench )(?<!chest )(?<!leg )(?<!shoulder )press\w*(?! ups?\b)"
    r"|crush\w*|heav\w*|tight\w*|gripping|grips|clench\w*|band|vice|vise"
    r"|weight|anvil|elephant|fist|belt)"
)
_RT7_ONE_LIMB = r"(?:(?:left|right|one|me|my) (?:leg|foot|arm|hand|side))"
_RT7_WRONG_WORDS = (
    r"(?:words?|speech|talking|sentences?) (?:\w+ ){0,5}?(?:scrambl\w*|jumbl\w*|garbl\w*|wrong"
    r"|wrang|muddl\w*|mixed up|all over the place|back to front|nonsense|gibberish|slurr\w*)"
)
_RT7_SIDE_GONE = (
    r"(?:(?:(?:left|right|one|me|my) (?:side|arm|hand|leg|face)) (?:\w+ ){0,2}?(?:gone|went|going"
    r"|is|feels?|felt|has gone)? ?(?:daft|floppy|useless|dead|heavy|limp|numb|weak|droop\w*"
    r"|funny|strange)"
    r"|(?:can not|cannot|cannit|canna|cannae|could not|cant) (?:\w+ )?(?:lift|raise|move|grip"
    r"|hold) (?:up )?(?:my |me |the )?(?:left |right )?(?:arm|hand)"
    r"|(?:left|right|one) (?:hand|arm) (?:\w+ )?(?:will not|would not|does not|did not|can not)"
    r" (?:\w+ )?(?:grip|hold|lift|grab|work))"
)

_RT7_RULES: tuple[_Rule, ...] = (
    # the bowel going by itself, dirty underwear found without feeling anything, no longer
    # getting "the signal", already gone in one's boxers
    _rule(
        "bowel",
        E,
        r"(?:stomach|bowels?|tummy|belly|bum|back passage|poo|it) (?:it )?(?:just )?(?:goes|go"
        r"|went|going|gone|comes|came|opens|opened|empties|emptied|lets go|let go|moves|moved)"
        r" (?:out )?(?:by itself|on (?:its|it is) own|of (?:its|it is) own accord|without me)\b",
        _near(
            r"(?:find|found|finding|notic\w*|see|saw|seeing|discover\w*) (?:the |my |me )?"
            + _RT7_UNDIES
            + r" (?:\w+ )?(?:dirty|soiled|stained|messy|mucky|brown|filthy|marked)",
            _any(
                _RT6_UNFELT,
                r"(?:do|did|does) not (?:even )?feel (?:nothing|anything|a thing|it)",
                r"(?:never|not) (?:even )?(?:felt|feel) (?:nothing|anything|a thing|it)",
            ),
            12,
        ),
        r"(?:already |had |have |just |would )?(?:gone|pooed|pooped|soiled|messed|shat|shit"
        r"|done a poo|done one) (?:myself )?in (?:my |me )" + _RT7_UNDIES,
        _near(
            r"(?:not|no longer|never|stopped) (?:\w+ )?(?:get|getting|got|feel|feeling|have"
            r"|having) (?:the |any |a )?(?:signal|urge|warning|message|sign)s?",
            _RT7_BOWEL_WORDS,
            14,
        ),
        requires=_RT7_UNDIES
        + r"|itself|own|accord|without me|signals?|urges?|warnings?|messages?|signs?",
        unless=r"(?:dog|puppy|cat|baby|toddler|son|daughter|child|kid|grandson|granddaughter"
        r"|phone|wifi|wi fi|signal bar|reception)",
    ),
    # a bladder that will not go: nothing happens at the toilet, only a slow dribble
    _rule(
        "bladder",
        E,
        _near(
            r"(?:toilet|loo|ty bach|lav|lavvy|netty|bog|wee|pee)",
            _any(
                r"nothing (?:happens|happened|comes|came|will come)",
                r"(?:only|just) (?:\w+ )?(?:dribbl\w*|trickl\w*) (?:out )?(?:slow|slowly)",
            ),
            8,
        ),
        unless=r"(?:the|a|our|my) (?:tap|taps|cistern|flush|shower|sink|pipe|pipes|hose|kettle)"
        r"|plumb\w*|(?:dog|puppy|cat|baby|toddler|son|daughter|child|kid)",
    ),
    # the seat told as "the bit you sit on" or "the back door" gone fizzy and far away
    _rule(
        "saddle_numbness",
        E,
        _near(
            r"(?:(?:bit|part|bits) (?:you|i|we) sit on|back door|undercarriage|nether regions)",
            r"(?:fizz\w*|far away|numb\w*|dead|tingl\w*|pins and needles|can not feel|no feeling"
            r"|buzz\w*|asleep)",
            10,
        ),
        requires=r"sit on|back door|undercarriage|nether",
    ),
    # both legs not plugged in right, full of static, feet in wellies of sand with thighs buzzing
    _rule(
        "both_legs",
        E,
        _near(
            _any(r"(?:my |me |both )?legs", r"both (?:of them|feet|thighs|sides)", r"my feet"),
            _any(
                r"not (?:plugged|wired|connected|hooked|switched) (?:in |up |on )?(?:right|properly"
                r"|correctly)?",
                r"(?:full of|filled with) static",
                r"(?:wellies|boots|socks) (?:\w+ )?full of (?:sand|water|mud|rice|gravel)",
            ),
            8,
        ),
        _near(
            r"both (?:thighs|legs|feet|calves)",
            r"(?:buzz\w*|fizz\w*|static|humm\w*|vibrat\w*)",
            3,
        ),
        requires=r"plugged|wired|connected|hooked|switched|static|wellies|boots|socks|buzz\w*|fizz\w*|humm\w*|vibrat\w*",
        unless=r"(?:phone|charger|cable|lead|plug|telly|tv|laptop|speaker|headphones|console"
        r"|amp|lamp|socket|printer|router|after (?:the )?(?:gym|run|race|spin|leg day))",
    ),
    # a foot that does not lift and slaps down, going over on nothing, a foot that scrapes along
    _rule(
        "leg_weakening",
        E,
        r"(?:foot|feet) (?:\w+ ){0,4}?(?:does not|do not|will not|can not|not) (?:seem to )?"
        r"(?:lift|come up|pick up)\b",
        r"(?:keeps?|keeping|started|starts) (?:\w+ )?slapp\w* (?:down|on the (?:floor|ground))",
        r"(?:went|go|going|gone|goes|keep going|kept going) over on nothing",
        r"(?:foot|feet) (?:\w+ )?(?:scrapes|scraping|scraped|scuffs) (?:along|on the (?:floor"
        r"|ground))",
        _near(
            r"(?:flip flops|sliders|slippers|sandals|shoes?) (?:keep|keeps) (?:flying|falling"
            r"|coming|slipping) off",
            r"(?:foot|feet|toes|walk\w*|back|leg|legs)",
            12,
        ),
        requires=r"foot|feet|slapp\w*|nothing|flip flops|sliders|slippers|sandals|shoes?",
        unless=r"(?:danc\w*|flamenco|tap|clog|ceilidh|on purpose|deliberately|stomp\w* to|beat"
        r"|rhythm|percussion)",
    ),
    # a heavy squeeze or press behind the breastbone or mid chest, like a hand pushing,
    # a belt or band round the front, an elephant on the heart side, going to the neck or jaw
    _rule(
        "chest_pain",
        E,
        _near(
            _RT7_PRESS,
            r"(?:behind|under|on|in|at|across|round|around) (?:the |my |me )?" + _RT7_FRONT,
            4,
        ),
        _near(_RT7_PRESS, _RT7_FRONT, 3),
        _near(
            r"heav\w* (?:\w+ ){0,2}?(?:on|in|over) (?:my |the )?heart\b(?! (?:of|rate|sounds?)\b)",
            r"(?:like|as if|as though) (?:a |an )?(?:elephant|weight|brick|anvil|someone)",
            8,
        ),
        _near(
            r"(?:like|as if|as though) (?:a |an )?(?:hand|fist|elephant|anvil|weight|belt|band"
            r"|vice|vise|brick|someone) (?:\w+ ){0,3}?(?:push\w*|press\w*|sitting|sat|on|squeez\w*"
            r"|clench\w*|done up|pulled|crush\w*)",
            _any(
                _RT7_FRONT,
                r"(?:going|goes|went|down|to|into) (?:my |me |the )?(?:left )?(?:neck"
                r"|jaw|arm|left arm)",
                r"jaw (?:aches|hurts|sore)",
            ),
            14,
        ),
        requires=r"breast ?bone|sternum|front|chest|chess|breast|ribs|heart",
        unless=r"(?:hug\w*|cuddl\w*|chest of drawers|drawers|landing|sofa|fridge|wardrobe|hold\w*"
        r" (?:my|me|the) (?:baby|child)|toddler|cat|dog|bra|wetsuit|compression|bench press"
        r"|pec\w* (?:day|workout)|chess (?:board|club|game|match|set|piece))",
    ),
    # everything going black on standing with the legs going, having to lie on the floor
    _rule(
        "dizziness_fainting",
        C,
        r"everything (?:\w+ )?(?:go|goes|went|going|gone|turns?|turned) (?:black|dark|grey|gray"
        r"|white|fuzzy) (?:and|then|with) (?:\w+ ){0,2}?(?:legs?|knees?) (?:go|goes|went|gone"
        r"|give|gave|buckl\w*|fold\w*|disappear\w*)",
        r"(?:stand|stood|standing|get up|got up|getting up) (?:\w+ ){0,2}?everything (?:\w+ )?"
        r"(?:go|goes|went|going|turns?|turned) (?:black|dark|grey|gray)",
        r"(?:must|had to|have to|needed to|need to) lie (?:down )?on the floor (?:\w+ ){0,3}?"
        r"(?:or|before|because|till|until) (?:i )?(?:faint\w*|pass\w* out|fall|fell|drop)",
        unless=r"(?:power cut|lights? (?:went|go|out)|blackout|screen|tv|telly|monitor|film"
        r"|cinema|theatre|game|stage)",
    ),
    # pacing at night because the back won't let one lie still, rest not touching it
    _rule(
        "rest_pain",
        C,
        _near(
            r"pac\w* (?:\w+ ){0,3}?(?:at (?:\d+ ?(?:am)?|night|midnight)|all night|most nights"
            r"|every night|the landing|the floor|the kitchen|the house)",
            _any(
                r"(?:back|pain|it) (?:\w+ ){0,2}?(?:will not|would not|does not|did not) (?:let"
                r" me|allow me to) (?:lie|sleep|sit|rest|settle|stay)",
                r"(?:back|pain|hurts|aches|ache|sore)",
            ),
            12,
        ),
        r"(?:back|pain|it) (?:\w+ ){0,2}?(?:will not|would not|does not|did not) (?:let me"
        r"|allow me to) (?:lie|sleep|sit|rest) (?:still|down|flat)",
        r"(?:rest|resting|lying down|lying still|sitting still) (?:does not|did not|will not"
        r"|never) (?:even )?touch (?:it|the pain)",
        _near(
            r"(?:nowt|nothing|no) (?:\w+ )?eases (?:it|the pain)",
            r"(?:sat|sitting|lying|lyin|lie|lay) (?:still|doon|down|flat)",
            6,
        ),
        r"(?:up|awake) (?:half|most of|all) (?:the )?(?:night|neet|nicht) (?:every|each) (?:night"
        r"|neet|nicht)",
        requires=r"pac\w*|let me|allow me|touch|eases|night|neet|nicht",
        unless=r"(?:gig|show|exam|interview|baby|newborn|wedding|deadline|results|nerves)",
    ),
    # one leg fizzing like popping candy, not pushing off; one foot like a block of wood; a thigh
    # humming like a phone set to vibrate; a current-like feeling with the toes asleep
    _rule(
        "numbness",
        C,
        _near(
            r"(?:like|feels?|felt|feel) (?:\w+ ){0,2}?(?:a )?block of (?:wood|ice|stone|concrete)",
            _RT6_LEG,
            8,
        ),
        _near(
            r"(?:fizz\w*|crackl\w*|popping) (?:\w+ ){0,2}?like (?:popping candy|space dust"
            r"|pop rocks|sherbet|a sparkler)",
            _RT6_LEG,
            10,
        ),
        _near(
            r"(?:buzz\w*|vibrat\w*|humm\w*) (?:\w+ ){0,4}?like (?:a )?(?:phone|mobile) (?:on|set"
            r" to) (?:vibrate|silent|buzz)",
            _RT6_LEG,
            10,
        ),
        _near(
            r"current (?:like )?(?:feeling|sensation)",
            _any(_RT6_LEG, r"toes (?:are |is )?(?:sleeping|asleep)"),
            8,
        ),
        requires=r"block|popping|space dust|pop rocks|sherbet|sparkler|phone|mobile|current",
        unless=r"(?:garden|shed|fire ?wood|carv\w*|whittl\w*|workshop|sweets?|candy (?:shop|aisle"
        r"|bar)|ate|eating|my (?:kid|son|daughter)|the phone (?:buzz\w*|vibrat\w*))",
    ),
    _rule(
        "leg_weakening",
        E,
        r"(?:leg|foot) (?:\w+ ){0,3}?(?:does not|did not|will not|can not|not) push off"
        r"(?! (?:the|a|from|with my (?:hands?|arms?))\b)",
        r"(?:it|leg|foot|one) (?:does not|did not|will not|would not) push off (?:properly|any"
        r" more|anymore|like it (?:should|used to)|when i (?:walk|climb|step|go up))",
    ),
    # a sudden lightning pain in the back going into the leg, the leg strange after it
    _rule(
        "radiating_leg_pain",
        C,
        _near(
            r"(?:like (?:a |an )?)?(?:lightning|electric shock|bolt|thunderbolt|zap)",
            r"(?:goes|went|going|shoots|shot|runs|ran|travels|travelled) (?:\w+ )?(?:in|into|down"
            r"|through) (?:the |my )?(?:left |right )?" + _RT6_LEG,
            14,
        ),
    ),
    # a stroke told as an arm heavy like stone with the face strange on that side, words coming
    # out wrong with one side gone daft, half the screen not there with an arm gone floppy
    _rule(
        "stroke_signs",
        E,
        _near(
            r"(?:arm|hand|leg) (?:is |feels |felt |went |gone )?(?:heavy|dead) (?:like|as) (?:a )?"
            r"(?:stone|lead|a rock|concrete|brick|a brick)",
            _any(
                r"(?:can not|cannot|could not) (?:\w+ )?(?:lift|raise|move)",
                r"face (?:\w+ ){0,2}?(?:strange|funny|odd|numb|droop\w*|weird|heavy)",
            ),
            10,
        ),
        _near(
            r"face (?:\w+ ){0,3}?(?:strange|funny|odd|numb|droop\w*|weird|heavy|dead)",
            r"same side",
            8,
        ),
        _near(_RT7_WRONG_WORDS, _RT7_SIDE_GONE, 14),
        r"(?:words|speech) (?:are |is |keep |keeps )?(?:comin|coming) (?:oot|out) (?:\w+ )?"
        r"(?:wrang|wrong)",
        _near(
            r"half (?:of )?(?:my |the )?(?:screen|page|monitor|tv|telly|laptop|book|view|picture)"
            r" (?:\w+ ){0,2}?(?:was not|were not|is not|not|missing|gone|went|vanished|disappeared"
            r"|blank|dark|black)",
            r"(?:arm|hand|leg|face|side) (?:\w+ ){0,2}?(?:went|gone|going|is|was|felt|feels)? ?"
            r"(?:floppy|limp|dead|heavy|useless|numb|weak|droop\w*)",
            12,
        ),
        requires=r"arm|hand|leg|face|words?|speech|half",
    ),
    # breath: stopping to get one's wind as never before, can't get one's breath up the stairs
    _rule(
        "breathing_difficulty",
        E,
        r"(?:stop|stopped|stopping) (?:\w+ ){0,3}?(?:to )?(?:get|catch|find) (?:my |me )?(?:wind"
        r"|breath) (?:\w+ ){0,2}?never (?:happened|had|done|been like)",
        r"(?:walk\w*|stroll\w*|went|go|going) (?:up )?(?:\w+ ){0,5}?(?:like|as) (?:i do )?every"
        r" (?:day|morning) (?:\w+ ){0,3}?(?:had|have|needed|need) to stop (?:\w+ ){0,3}?(?:to )?"
        r"(?:get|catch|find) (?:my |me )?(?:wind|breath)",
        _near(
            r"(?:can not|cannot|cannit|canna|cannae|could not) (?:get|catch|find) (?:my |me )?"
            r"(?:breath|wind)",
            r"(?:stairs|gaspin\w*|landing|walk\w*|gannin|since|fish|hill|sat|sitting|talking)",
            10,
        ),
        unless=_RT6_HARD_EFFORT,
    ),
    # thinner without trying: a belt in notches while eating well, kilos lost not on a diet
    _rule(
        "weight_loss",
        C,
        r"(?:lose|lost|losing|dropped|drop|lose like|down) (?:like |about |around |nearly |almost"
        r" |over )?\d+ ?(?:kilos?|kgs?|lbs?|pounds|stone) (?:\w+ ){0,4}?(?:not|without|no) (?:on"
        r" |a |any |even )?(?:diet\w*|trying)",
        _near(
            r"(?:belt|trousers|jeans) (?:\w+ ){0,2}?(?:in )?(?:\w+ )?notch\w*",
            r"(?:eating|eat|ate) (?:like a horse|normal\w*|loads|plenty|well|the same|more)",
            12,
        ),
        r"(?:wasting away|clothes are (?:\w+ )?(?:big|loose|hanging) on me)",
        unless=_RT3_ON_PURPOSE,
    ),
    # all one's weight landed on a step's edge, knocked down by a car ("lick dung")
    _rule(
        "serious_trauma",
        E,
        r"land\w* (?:\w+ ){0,4}?(?:on|onto) (?:the |my )?(?:back|spine) (?:\w+ ){0,2}?(?:on"
        r"|across|against) the edge of (?:the |a )?(?:step|stair|stairs|kerb|curb|table)",
        r"(?:lick|licked|knock\w*|hit) (?:dung|down|over) (?:\w+ )?by (?:a |de |di )?(?:car|van"
        r"|bus|truck|lorry|bike|motorbike)",
    ),
    # the legs "going away" under one (a learner's "gave way")
    _rule(
        "leg_weakening",
        E,
        r"(?:my |me |both |the )?legs (?:just |suddenly )?(?:go|goes|went|going|gone) (?:away"
        r"|from me|from under me)\b(?! (?:from (?:the|my|your|each)|for|on|to|with|after|when i"
        r" (?:stretch|rest))\b)",
    ),
)


# rt8 (missed at first sight): the saddle area told as the place the saddle or the seat meets
# ("the patch the saddle touches is dead for hours", "the spot I sit on has no feeling"),
# a numb seat as "a cushion of air"; "the long call" (a bowel movement) and "the short call" (a
# wee) coming unheld or unfelt; a foot that slips off the pedal and cannot push down; a fall
# backwards or a drop onto a hard floor; the heart area pressed as with a fist; feeling dreadful
# and hot to the touch beside a back that throbs; an ache that a day of rest does not budge,
# worse at night; a back gnawing all night; a leg that "dey drag" (Nigerian Pidgin); clothes
# hanging off and the belt taken in without trying.
_RT8_SEAT_PLACE = (
    r"(?:bit|bits|area|part|parts|place|spot|region) (?:\w+ )?(?:where|that) (?:the |my )?"
    r"(?:(?:bike |bicycle )?(?:saddle|seat) (?:goes|sits|touches|presses|is|rests|meets)"
    r"|(?:i|you|we|one|people) (?:sit|sits|sat|sitting)(?: on)?)\b"
)
_RT8_NO_FEELING = _any(
    CANT_FEEL,
    r"without (?:any )?(?:feeling|sensation)(?! (?:pain|sore|stiff|tired|guilty|bad|rushed"
    r"|like|that|the|a|any|it|much|too)\b)",
    r"(?:no|lost|losing|lose) (?:the |any |all )?(?:feeling|sensation)",
    r"(?:is|are|was|were|feels?|felt|gone|went|been|still) (?:\w+ ){0,2}?(?:dead|numb\w*|fuzzy"
    r"|frozen)\b(?! (?:tired|serious|right|set|keen|easy|good|lucky|quiet|boring)\b)",
    r"(?:a )?(?:cushion|pillow|cloud|bubble|layer) of (?:air|nothing)",
)
_RT8_CALL_UNHELD = _any(
    r"(?:by|on) (?:itself|its own)",
    r"(?:can|could) not (?:\w+ )?(?:hold|control|stop|feel|tell|notice)",
    r"cannot (?:\w+ )?(?:hold|control|stop|feel)",
    r"(?:am|is|was|were) not (?:\w+ )?(?:feel\w*|notic\w*)",
    r"without (?:\w+ )?(?:feel\w*|notic\w*|know\w*|warning|control|wanting)",
    r"(?:no|lost|losing|lose|without) (?:\w+ )?(?:control|warning|urge)",
    r"(?:in|into) my (?:pants|trousers|clothes|underwear|knickers|wrapper|skirt)",
)
# rt8: an electric zap or a shooting pain from the seat or the back into the leg ("a zap like an
# cattle fence from the seat into the calf"), felt in the move itself
_RT8_NERVE_ZAP = re.compile(
    r"\b(?:zap\w*|electric\w*|shock\w*|jolt\w*|shoot\w*|lightning|bolt)\b(?:\s+\w+){0,8}?\s+(?:from"
    r"|out of) (?:my |the )?(?:bum|butt\w*|buttocks?|glutes?|bottom|backside|hip|lower back|back"
    r"|spine)\b(?:\s+\w+){0,3}?\s+(?:into|down|to|through|along) (?:my |the )?(?:\w+ )?"
    r"(?:leg|legs|calf|calves|foot|feet|thigh|shin|ankle|toes|knee|heel)\b"
)
_RT8_UNMOVED = _near(
    _any(PAIN, r"back"),
    r"(?:did|does|do|would|will|has|have) not (?:\w+ )?(?:budge|budged|shift|shifted|ease|eased"
    r"|let up|settle|settled|go away|gone away|improve|improved|change|changed)",
    8,
)
_RT8_REST = (
    r"(?:day off|rest\w*|couch|sofa|settee|bed|lying|lay|lain|sat|sitting|still|doing nothing"
    r"|nothing all day)"
)
_RT8_RULES: tuple[_Rule, ...] = (
    # the lights going out and waking on the floor ("the lights went out, came to on the floor")
    _rule(
        "dizziness_fainting",
        C,
        _near(
            r"(?:woke|wake|waking|woken|came to|come to|came round|came around|coming to)"
            r" (?:up )?(?:\w+ ){0,4}?(?:floor|ground|deck|pavement|tiles|carpet|lino)",
            r"(?:(?:the )?lights (?:\w+ )?(?:went|go|goes|gone|going) (?:out|off)|(?:my )?legs"
            r" (?:just )?(?:went|gave|gone)|everything (?:\w+ )?(?:went|goes|going) (?:black|dark"
            r"|white|grey|gray)|(?:went|gone) (?:black|dark)|out (?:cold )?for a (?:sec|second"
            r"|moment|minute|bit|few))",
            14,
        ),
        requires=r"floor|ground|deck|pavement|tiles|carpet|lino",
    ),
    _rule(
        "saddle_numbness",
        E,
        _near(_RT8_SEAT_PLACE, _RT8_NO_FEELING, 10),
        _near(r"private (?:part|bit|area|parts|bits)", _RT8_NO_FEELING, 10),
        # the seat felt as nothing, a cushion of air, beside a feeling that cannot be had
        _near(
            CANT_FEEL,
            r"(?:like|as if|as though) (?:i am |i was |i m )?sitting on (?:a |an )?(?:\w+ )?"
            r"(?:cushion|pillow|cloud|bubble|layer) of (?:air|nothing)",
            8,
        ),
        requires=r"saddle|seat|sit|sits|sat|sitting|private",
    ),
    _rule(
        "bowel",
        E,
        _near(r"(?:the |my |a )?long calls?", _RT8_CALL_UNHELD, 10),
        requires=r"long calls?",
    ),
    _rule(
        "bladder",
        E,
        _near(r"(?:the |my |a )?short calls?", _RT8_CALL_UNHELD, 10),
        requires=r"short calls?",
    ),
    _rule(
        "leg_weakening",
        E,
        _near(
            r"(?:foot|feet|leg|legs) (?:\w+ ){0,3}?(?:slipp\w*|slid\w*|slides?|fall\w*|fell|flops?"
            r"|flopp\w*|dropp\w*|drops?) (?:\w+ )?off (?:the |my )?(?:pedals?|clutch|brake"
            r"|accelerator|step|footplate|footrest)",
            _any(
                r"(?:can|could) not (?:\w+ )?(?:push|press|lift|clip|grip|hold|keep)",
                r"anymore|any more|weak\w*|no power|no strength|getting worse|worse",
            ),
            14,
        ),
        r"(?:can|could) not (?:\w+ )?(?:push|press) (?:\w+ )?down (?:on |with |through )?(?:it"
        r"|my (?:left |right |bad |one )?(?:foot|leg)|(?:the |that )?(?:left |right )?(?:foot"
        r"|leg))\b(?= (?:\w+ ){0,3}?(?:properly|anymore|any more|now|since|like (?:i|before)|at"
        r" all)\b)",
        # Nigerian Pidgin: "my leg dey drag", "the foot no dey lift"
        r"(?:leg|legs|foot|feet) (?:\w+ )?(?:dey|de|don dey|don) (?:drag|draw|scrape)",
        r"(?:leg|legs|foot|feet) (?:\w+ )?(?:no|no dey|no de|no fit|no go) (?:\w+ )?(?:lift|raise"
        r"|carry me|hold me|gree lift)",
        requires=r"pedals?|clutch|brake|accelerator|step|footplate|footrest|push|press|dey|de|don",
    ),
    _rule(
        "serious_trauma",
        E,
        r"(?:went|fell|fall|falls|falling|toppled|tipped|flew|tumbled|came|go|going|gone)"
        r" (?:straight |right |over |flying )?backwards? (?:off|from|down|over|out of)\b",
        r"(?:fell|fall|falls|falling|went|toppled|tipped|flew|tumbled|dropped|slipped|came|a)"
        r" (?:\w+ ){0,6}?(?:drop|fall|off|from) (?:\w+ ){0,3}?(?:onto|on to) (?:the |a |some"
        r" )?(?:hard |bare |solid )?(?:concrete|tarmac|patio|paving|paving stones|stone|stones"
        r"|tiles|tiled floor|pavement|road|rocks|slabs|flags|flagstones)\b",
        requires=r"backwards?|concrete|tarmac|patio|paving|stones?|tiles|tiled|pavement|road|rocks|slabs|flags|flagstones",
    ),
    _rule(
        "chest_pain",
        E,
        # a heavy, pressing pain that goes down the left arm, the chest unnamed
        r"(?:heavy|heaviness|pressing|pressure|crushing|squeezing|squeezy|tight|tightness)"
        r" (?:\w+ ){0,4}?(?:that |which |and it |and )?(?:goes|going|went|gone|spreads?|spreading"
        r"|spread|radiat\w*|travel\w*|runs?|running|moving|moves|shoots?|shooting) (?:\w+ )?"
        r"(?:down|into|along|to) (?:my |the )?(?:left arm|left shoulder and arm|jaw"
        r"|neck and arm)\b",
        _near(
            r"(?:heart|chest) (?:area|region|side|part)",
            _any(PAIN, r"press\w*", r"squeez\w*", r"tight\w*", r"heavy", r"heaviness", r"crush\w*"),
            6,
        ),
        r"(?:someone|somebody|something|a hand|a fist) (?:is |was )?(?:pressing|pushing"
        r"|squeezing|crushing|sitting|standing) (?:\w+ ){0,3}?(?:with (?:a |his |their |the"
        r" )?(?:fist|knee|hand|elbow|foot))(?= (?:\w+ ){0,8}?(?:heart|chest|since|minutes?|min"
        r"|hour|rest|sitting|sat)\b)",
        requires=r"heart|chest|arm|jaw|fist",
    ),
    _rule(
        "fever_unwell",
        C,
        _near(
            r"(?:death warmed up|like death|like (?:i am |i m )?dying|like hell|like rubbish"
            r"|like garbage|dreadful|awful|terrible|rotten|rough)",
            r"(?:hot to (?:the )?touch|burning up|shiver\w*|shaking|sweat\w*|clammy|temp\w*)",
            14,
        ),
        r"(?:i am|i m|im|me|my (?:skin|body|forehead|back)|feel|feels|felt|feeling|and)"
        r" (?:\w+ )?hot to (?:the )?touch\b(?=.*\b(?:back|spine|throb\w*|ache\w*|pain\w*|unwell"
        r"|ill|sick|death|awful|dreadful|terrible|rough)\b)",
        r"^(?:\w+ ){0,3}?hot to (?:the )?touch\b(?=.*\b(?:back|spine|throb\w*|ache\w*|pain\w*"
        r"|unwell|ill|sick|death|awful|dreadful|terrible|rough)\b)",
        requires=r"touch|death|dying|hell|rubbish|garbage|dreadful|awful|terrible|rotten|rough",
    ),
    _rule(
        "rest_pain",
        C,
        # the rest told before or after ("lay on the sofa all day and the ache didn't budge")
        r"(?:\b"
        + _RT8_REST
        + r"\b.*"
        + _RT8_UNMOVED
        + r"|"
        + _RT8_UNMOVED
        + r"(?=.*\b"
        + _RT8_REST
        + r"\b))",
        requires=r"budge\w*|shift\w*|ease\w*|let up|settle\w*|go away|gone away|improve\w*"
        r"|change\w*",
    ),
    _rule(
        "radiating_leg_pain",
        C,
        _RT8_NERVE_ZAP.pattern,
        requires=r"zap\w*|electric\w*|shock\w*|jolt\w*|shoot\w*|lightning|bolt",
    ),
    _rule(
        "night_pain",
        C,
        _near(
            _any(PAIN, r"back"),
            r"(?:the )?nights? (?:\w+ )?(?:was|were|is|are|gets|get|got|getting|go|goes) (?:even"
            r" |much |far |way |a lot |heaps )?worse",
            12,
        ),
        r"gnaw\w* (?:\w+ ){0,3}?(?:all night|through the night|the whole night|all through the"
        r" night|every night|at night)",
        r"(?:all night|through the night|the whole night) (?:\w+ ){0,8}?(?:no matter (?:which|what"
        r"|how)|whichever) (?:way|position|side) i (?:lay|lie|lied|laid|turned|turn|slept|sleep)",
        requires=r"nights?|gnaw\w*",
    ),
    _rule(
        "weight_loss",
        C,
        r"(?:clothes|whites|uniform|jeans|trousers|shirts?|scrubs|work clothes|everything)"
        r" (?:\w+ ){0,2}?(?:hanging|hang|hangs|hung) off me\b"
        r"(?=.*\b(?:eat\w*|ate|not trying|without trying|no diet|not dieting|in a month|in (?:a"
        r" )?(?:few|couple of) weeks|belt|notch\w*|appetite)\b)",
        r"(?:gone|went|moved|taken|take|took|down) (?:\w+ ){0,2}?(?:two|three|four|2|3|4|a couple"
        r" of|a few|several) (?:notches|holes) (?:\w+ ){0,3}?(?:on|in) (?:the |my )?belt"
        r"(?=.*\b(?:eat\w*|ate|not trying|without trying|no diet|not dieting|month|weeks?"
        r"|appetite|and yet|somehow)\b)",
        requires=r"hanging|hang|hangs|hung|notches|holes",
    ),
)


# rt9 (missed or asked at first sight): a mess found in one's underwear unnoticed; "motion" (a
# bowel movement, Indian English) unfelt or passing by itself; a bowel that "just happens" with no
# warning; both legs heavy or shaky with a pain down the backs of both, or a pain "down the pair
# of them"; a squeezing or crushing that goes down the left arm; a sudden twang, jab, pinch or
# zinger then a pain running down into the leg; waking on the floor not knowing how, "came over
# funny"; a back that starts pounding in bed, up half the night with it; weight still dropping
# while eating plenty, or lost "without diet"; a dead feeling down a leg, a leg "not mine"; a calf
# gone zingy or like ants crawling, a foot heavier than the other; slurring told by someone else
# beside a hand that cannot hold a cup; a face gone squint or fallen on one side; speech like
# drunk (never after a drink); a feeling like sleeping in the bottom or between the legs.
_RT9_UNDIES = (
    r"(?:underthings|underwear|undies|under ?pants|pants|knickers|smalls|drawers|briefs|boxers"
    r"|trousers|bed|nightie|pyjamas|pajamas|pjs)"
)
_RT9_UNFELT = _any(
    _RT3_UNFELT,
    r"not (?:\w+ )?able to (?:feel|hold|control|stop|tell|notice)",
    r"(?:by|on) (?:itself|its own)",
    r"(?:no|any|without) (?:\w+ )?warning",
    r"just (?:happens?|happened|comes?|came) (?:out )?(?:now|anyway|by itself|on its own)",
    r"not like me",
)
# ...the same for a word of the bowel alone, without the broad "again" or "did not know" ("I
# don't know what number 2 on the list means" is no bowel)
_RT9_UNHELD = _any(
    r"not (?:\w+ )?able to (?:feel|hold|control|stop|tell|notice)",
    r"(?:can|could) not (?:\w+ )?(?:hold|control|stop|feel)",
    r"(?:by|on) (?:itself|its own)",
    r"(?:no|any|without) (?:\w+ )?warning",
    r"without (?:\w+ )?(?:feel\w*|notic\w*|know\w*|realis\w*|realiz\w*|control)",
    r"just (?:happens?|happened|comes?|came) (?:out )?(?:now|anyway|by itself|on its own)",
)
_RT9_MOTION = (
    r"(?<!range of )(?<!slow )(?<!full )(?<!in )(?<!a )(?<!the same )motions?(?! sickness| sensor"
    r"| picture| graphics| capture| blur| of (?:the|my) (?:arm|leg|body|twist|stretch))"
)
_RT9_SUDDEN = (
    r"(?:twang\w*|jab|jabs|jabbing|pinch|pinched|pinching|zinger\w*|zing|zings|zinged|ping|pinged"
    r"|hot line|line of (?:fire|heat|pain)|stapler|tweak|tweaked|click(?:ed)? and|pop(?:ped)? and"
    r"|lightning)"
)
_RT9_DOWN_LEG = (
    r"(?<!sat )(?<!sit )(?<!lie )(?<!lay )(?<!lying )(?<!sitting )(?<!calm )(?<!slow )"
    r"(?<!upside )(?<!put )(?<!bent )(?<!bend )(?<!head )down (?:\w+ ){0,5}?(?:leg|legs|calf|calves"
    r"|thigh|thighs|foot|feet|shin|shins|heel|ankle|toes)"
)


def _near9(a: str, b: str, gap: int = 6) -> str:
    """`_near` with each side grouped whole (an alternation of its own)."""
    return _near(_any(a), _any(b), gap)


_RT9_LOOKBEHIND = re.compile(r"(\(\?<!?[^()]*\))")


def _rule9(sign: str, level: TriageLevel, *patterns: str, unless: str | None = None) -> _Rule:
    """rt9: a rule whose spaces stand for any run of white space (clauses set aside leave two),
    never inside a look-behind."""
    spaced = tuple(
        "".join(
            part if _RT9_LOOKBEHIND.fullmatch(part) else part.replace(" ", r"\s+")
            for part in _RT9_LOOKBEHIND.split(pattern)
        )
        for pattern in patterns
    )
    return _rule(sign, level, *spaced, unless=unless)


_RT9_RULES: tuple[_Rule, ...] = (
    _rule9(
        "bowel",
        E,
        _near9(
            r"(?:mess|messed|soil\w*|accidents?|poo|poos|poop|stool|stools|motions?) (?:\w+ ){0,3}?"
            r"(?:in|into|on) (?:my |me |ma )?" + _RT9_UNDIES,
            _RT9_UNFELT,
            12,
        ),
        _near9(_RT9_MOTION, _RT9_UNHELD, 8),
        _near9(_any(_RT4_POO, r"pooemoji"), _RT9_UNHELD, 6),
        unless=r"dog|dogs|cat|cats|puppy|kitten|nappy|nappies|horse|the baby s|toddler s",
    ),
    _rule9(
        "both_legs",
        E,
        r"both (?:my |of my |me |ma )?legs (?:\w+ ){0,3}?(?:heavy|shaky|wobbly|jelly|weak)\b"
        r"(?:\s+\S+){0,20}?\s+(?:burn\w*|pain\w*|ach\w*|tingl\w*|fizz\w*|numb\w*|shoot\w*)"
        r" (?:\w+ ){0,3}?down",
        _near9(
            PAIN,
            r"down (?:the )?(?:backs?|fronts?|sides?|outsides?|insides?) of both\b"
            r"|down (?:the pair|both) of (?:them|em)"
            r"|down both (?:sides|of them|legs|thighs|calves)",
            8,
        ),
        r"(?:both legs|legs both|my legs) (?:\w+ ){0,2}?(?:are |were |is |gone |going )?(?:fizz\w*"
        r"|tingl\w*|numb\w*|dead)",
    ),
    _rule9(
        "chest_pain",
        E,
        r"(?:squeez\w*|crush\w*|pressing|pressure|tight\w*|heavy|heaviness|pain\w*|ache\w*|aching"
        r"|vice|vise|clamp\w*) (?:\w+ ){0,4}?(?:goes|going|gone|went|spread\w*|runs?|running|ran"
        r"|radiat\w*|travel\w*|moves?|moving|shoot\w*) (?:\w+ )?(?:down|into|up|along) (?:my |the "
        r"|me |ma )?(?:left arm|jaw|left shoulder and arm)",
    ),
    _rule9(
        "radiating_leg_pain",
        C,
        _near9(_RT9_SUDDEN, _RT9_DOWN_LEG, 10),
        unless=r"guitar|string|strings|banjo|ukulele|violin|salt|pepper|flu|covid|vaccine\w*"
        r"|booster",
    ),
    _rule9(
        "dizziness_fainting",
        C,
        _near9(
            r"(?:woke|wake|waking|woken|came to|come to|came round|found myself) (?:up )?"
            r"(?:\w+ ){0,4}?(?:floor|ground|lino|tiles|carpet|rug|pavement)",
            r"(?:not sure|no idea|do not know|did not know|dunno|can not remember|could not"
            r" remember|cannot remember) how i (?:got|ended up)|came over (?:all )?(?:funny|queer"
            r"|faint|peculiar|strange|weird|odd)|blacked out|passed out",
            16,
        ),
    ),
    _rule9(
        "night_pain",
        C,
        r"(?:in|into|to|hit) (?:my |the )?bed (?:\w+ ){0,4}?(?:starts?|started|begins?|began"
        r"|kicks?|kicked|goes|went|is|gets) (?:off )?(?:\w+ ){0,2}?(?:pounding|throbbing|aching"
        r"|hurting|burning|gnawing|agony)",
        r"(?:up|awake) (?:half|all|most of|much of) the night (?:\w+ )?with (?:it|the pain|the ache"
        r"|my back|the back|the throbbing|the pounding)",
    ),
    _rule9(
        "weight_loss",
        C,
        _near9(
            r"(?:weight|kilos?|kg|kgs|pounds|lbs|stone|i|i am|and) (?:\w+ ){0,3}?(?:still|keep"
            r"|keeps|kept) (?:\w+ )?(?:dropping|losing|falling)|way under my (?:\w+ ){0,3}?weight"
            r"|weight (?:\w+ ){0,2}?(?:dropping|falling|coming off|dropping off)",
            r"eat\w* (?:like a horse|loads|lots|plenty|more|normally|well|everything|so much"
            r"|a lot|like a pig|for two|for england)",
            14,
        ),
        r"without (?:any |a )?(?:diet\w*|trying|exercise|doing anything) (?:\w+ ){0,3}?(?:lose"
        r"|lost|losing|dropped|drop|dropping) (?:\w+ ){0,2}?(?:kilo\w*|kg|kgs|pounds|lbs|stone"
        r"|weight)",
    ),
    _rule9(
        "numbness",
        C,
        r"dead (?:feeling|sensation)s? (?:\w+ ){0,6}?(?:leg|thigh|calf|shin|foot|side|hip)",
        _near9(
            LEG,
            r"(?:like|as if|as though) (?:it is |it s |they are |it was )?not (?:mine|my own"
            r"|part of me|attached)",
            8,
        ),
    ),
    _rule9(
        "tingling",
        C,
        r"(?:leg|legs|foot|feet|calf|calves|thigh|thighs|shin|shins|toes|bum|arm|hand)"
        r" (?:\w+ ){0,4}?zing(?:y|ey|ing)\b",
        _near9(
            LEG,
            r"(?:like|as if|as though) (?:there are |there s )?(?:ants|insects|bugs) (?:are )?"
            r"(?:crawling|marching|walking|running)",
            8,
        ),
    ),
    _rule9(
        "leg_weakening",
        E,
        r"(?:foot|leg) (?:\w+ ){0,2}?(?:feels?|felt|is|gone|going|getting) heavier than the"
        r" other",
    ),
    _rule9(
        "stroke_signs",
        E,
        _near9(
            r"slurr\w*",
            r"(?:can|could) not (?:\w+ ){0,2}?(?:hold|grip|lift|pick up) (?:\w+ ){0,4}?(?:right"
            r"|left|one) (?:hand|arm)|(?:right|left) (?:hand|arm) (?:\w+ ){0,4}?(?:weak|slips|no"
            r" good|not working|dropp\w*)",
            25,
        ),
        r"face (?:\w+ ){0,4}?(?:squint|skew\w*|squiff\w*|crooked|lopsided|droop\w*|fall|falls"
        r"|fallen|fell|dropped|slipped|twisted|wonky|sagg\w*|saggy) (?:\w+ ){0,2}?(?:on |down )?"
        r"(?:one|wan|ae|1|the left|the right|left|right|the one) side",
        r"(?:speak\w*|talk\w*|speech|words?|voice) (?:\w+ ){0,3}?(?:like (?:i am |i m |i was )?"
        r"(?:drunk|pissed|tipsy|a drunk|drunken))",
        unless=r"pints?|wine|beers?|vodka|gin|hangover|hungover|cocktails?|drinking|shots",
    ),
    _rule9(
        "saddle_numbness",
        E,
        _near9(
            r"(?:feeling|feel|feels|felt|sensation) (?:like|as if|of) (?:\w+ )?(?:sleeping|asleep)",
            SADDLE_REGION,
            8,
        ),
    ),
)


# rt10 (missed or asked at first sight): the bowels misspelt "bowls" with control lost or unfelt;
# the back door or the rear end with no say or control over it and things escaping; nothing
# coming at the toilet for "small water" however hard one pushes; both legs told one by one ("the
# left one and the right one as well") or together full of ants, pins or heavy; a fall of a height
# in metres or feet or off a ladder, a roof or a horse onto the back or the head, lying there a
# while; puffing, huffing, gasping or out of air at a small effort (one flight, out of bed, a few
# words, walking the dog up the street, sitting on the couch); a pain, a burning or a pressing in
# "the heart place"; a faint in its jargon (vasovagal, syncope) or going down and being caught;
# the eyes going black with a near fall; weight reducing while eating normally; a leg sleeping for
# days and not waking, pins pricking; a leg without feeling, "not my leg"; a pain that
# reaches right down to the ankle or the foot.
_RT10_BOWLS = r"(?:bowls?|bowles|bowells?|bowles|bowl movements?|bowel movemnts?)"
_RT10_BACK_END = (
    r"(?:back door|backdoor|back end|rear end|rear|back passage|behind|backside|bum|butt|arse"
    r"|bottom|tail end|other end|exhaust)"
)
_RT10_NO_SAY = (
    r"(?:no say|no control|no command|no grip|no hold|no power|no charge|no handle|not in charge"
    r"|lost (?:all )?(?:control|say|command|grip)|losing (?:all )?(?:control|grip)|can not"
    r" (?:control|hold|manage)|could not (?:control|hold))"
)
_RT10_ESCAPE = (
    r"(?:escap\w*|slip\w* out|leak\w*|coming out|comes out|came out|falls? out|fell out|getting"
    r" out|gets out|got out|sneak\w* out|let\w* go|lets? loose|runs? out|running out|seep\w*"
    r"|accidents?)"
)
_RT10_SMALL_EFFORT = (
    r"(?:(?:one|a|1|single|a single|one single|a short|one short) flight|(?:few|couple of|couple"
    r"|3|three|two|2|4|four|5|five|ten|10) (?:steps|stairs)|(?:getting|get|got|gets) (?:up )?"
    r"(?:out of|off|up from|up off) (?:the |my )?(?:bed|couch|sofa|chair|toilet|settee)"
    r"|getting dressed|(?:after|every|in) (?:just |only )?(?:\d+|two|three|four|five|a few|few"
    r"|a couple of) words|(?:sitting|lying|resting|sat|lay|laying) (?:still |down )?(?:on|in)"
    r" (?:the |my )?(?:couch|sofa|settee|bed|chair|armchair)|at rest|(?:walking|walk|walked)"
    r" (?:the dog|to the (?:shops|corner|car|bathroom|toilet|kitchen|letterbox|mailbox|bus stop))"
    r"|(?:up|along|down|across) (?:the|our|my) (?:street|road|drive|driveway|garden path|hallway"
    r"|hall|corridor|block)|to my room|(?:brushing|brush) my teeth|talking on the phone)"
)
_RT10_PUFF = (
    r"(?:puff\w*|huff\w*|gasp\w*|wheez\w*|pant\w*|out of (?:air|breath|puff|wind)|breathless\w*"
    r"|winded|short of breath|(?:catch|get) my breath|blowing (?:hard|like)|running out of"
    r" (?:air|breath))"
)
_RT10_EFFORT_HARD = (
    r"(?:sprint\w*|marathon (?:training|race)|(?:\d+|ten|five) ?k\b|race|hiit|intervals|hill"
    r" sprints|running up|ran up|raced up|jogg\w*|run club|parkrun|football|rugby|spin class"
    r"|crossfit|burpees|two at a time|with a (?:sofa|fridge|wardrobe|mattress)|gym|workout"
    r"|work out|training session|circuits|bootcamp|match|swim|bike ride|spin)"
)
_RT10_RULES: tuple[_Rule, ...] = (
    _rule9(
        "bowel",
        E,
        _RT10_NO_SAY + r" (?:\w+ ){0,2}?(?:my |me |ma |the )?" + _RT10_BOWLS,
        _near9(r"(?:my |me |ma )" + _RT10_BOWLS, _RT9_UNFELT, 10),
        _near9(
            _RT10_NO_SAY + r" (?:\w+ )?(?:over|of|on|with) (?:my |me |ma |the )?" + _RT10_BACK_END,
            _RT10_ESCAPE,
            10,
        ),
        r"(?:lost|no|losing) control (?:\w+ )?(?:over|of) (?:my |me |ma |the )?(?:back door"
        r"|backdoor|back end|rear end|back passage|backside|bum|butt|arse|bottom)",
        unless=r"soup|cereal|salad|porridge|bowling|lawn bowls|jack|rink|dog|cat|puppy|horse",
    ),
    _rule9(
        "bladder",
        E,
        _near9(
            r"(?:small water|small toilet|number one|number 1|urine|pee|wee|peeing|weeing|pass"
            r" water|passing water|my water)",
            r"(?:not|no|nothing|never) (?:\w+ )?(?:coming|come|comes|came|going|goes|out|passing)"
            r"|(?:very|only|too) little (?:\w+ )?(?:come|comes|coming|came|out)|(?:i|have to|must"
            r"|need to) (?:push|strain|force) (?:\w+ ){0,3}?(?:nothing|little|drops?|not)",
            8,
        ),
        unless=r"(?:the|a|our|my) (?:tap|taps|cistern|flush|shower|sink|pipe|pipes|hose|kettle"
        r"|bottle|glass|plant|plants)|plumb\w*|dog|puppy|cat|baby|toddler|son|daughter|child"
        r"|kid|drink\w*|drank|thirst\w*",
    ),
    _rule9(
        "both_legs",
        E,
        r"both (?:my |of my |me |ma |the )?legs (?:\w+ ){0,3}?(?:like |feel |feels |are |is )?"
        r"(?:like )?(?:full of|crawling with|with) (?:ants|bugs|insects|pins|needles|bees|fizz"
        r"|electric\w*|sand)",
        _near9(
            r"(?:right|left) (?:one|leg|side) and (?:the |my )?(?:left|right) (?:one|leg|side)"
            r"(?: too| also| as well| both)?",
            r"heavy|heavier|ants|numb\w*|tingl\w*|weak\w*|pins|needles|prickl\w*|dead|jelly"
            r"|no feeling|without feeling|sleeping|asleep",
            12,
        ),
        unless=r"stretch\w* (?:the )?(?:right|left)|hamstring stretch|switch sides",
    ),
    _rule9(
        "serious_trauma",
        E,
        r"(?:\d+(?:\.\d+)? ?(?:metres|meters|metre|meter|m|feet|foot|ft)|(?:a|one|two|2)"
        r" (?:whole )?(?:storey|storeys|story|floor|floors)|(?:the )?(?:whole |full )?flight of"
        r" (?:stairs|steps))"
        r" (?:\w+ ){0,3}?(?:onto|on to|on|down on|down onto|flat on) (?:my |the )?(?:back|head"
        r"|neck|spine|tailbone|coccyx|hips?|bum|concrete|patio|paving|tiles|floor|ground)",
        _near9(
            r"(?:fell|fall|falls|fallen|came|come|tumbled|slipped|missed|dropped) (?:\w+ ){0,3}?"
            r"(?:off|from|down) (?:the |a |my |our )?(?:loft |attic |step |tall |big |long )?"
            r"(?:ladder|roof|scaffold\w*|balcony|horse|pony|wall|tree|loft hatch|mezzanine"
            r"|top bunk)",
            r"(?:landed|landing|land) (?:\w+ )?(?:on|onto|flat on) (?:my )?(?:back|head|neck|spine"
            r"|tailbone)|(?:lay|lying|laid|stayed|was) (?:\w+ )?there (?:for )?(?:a while|ages"
            r"|some time|a bit|a few minutes|\d+ minutes|minutes)|could not get up|knocked out"
            r"|winded",
            14,
        ),
    ),
    _rule9(
        "breathing_difficulty",
        E,
        _near9(_RT10_PUFF, _RT10_SMALL_EFFORT, 8),
        _near9(
            r"(?:could not|can not|cannot) (?:catch|get) (?:my )?breath",
            r"(?:had|have|having|need|needed) to stop (?:\w+ )?(?:twice|again|\w+ times|every)",
            12,
        ),
        r"(?:still|keep|kept) (?:\w+ )?(?:huffing|puffing|gasping|panting|wheezing) (?:\w+ ){0,2}?"
        r"(?:sitting|lying|resting|sat|on the couch|on the sofa|in bed|at rest)",
        unless=_RT10_EFFORT_HARD,
    ),
    _rule9(
        "chest_pain",
        E,
        r"(?:pain\w*|burn\w*|press\w*|pressure|squeez\w*|tight\w*|heavy|heaviness|ache\w*|aching"
        r"|hurt\w*|stabb\w*) (?:\w+ ){0,3}?(?:in|at|on|around|near|over|by) (?:the |my )?heart"
        r" (?:place|side|area|region|part|spot|zone|location)",
        r"(?:in |at |around |near )(?:the |my )?heart (?:place|side|area|region|part|spot|zone)"
        r" (?:\w+ ){0,6}?(?:burn\w*|press\w*|squeez\w*|pain\w*|tight\w*|heavy|ache\w*|aching"
        r"|hurt\w*|stabb\w*)",
    ),
    _rule9(
        "dizziness_fainting",
        C,
        r"(?:had|have had|having|got|get|gets|getting|went|go|goes|going|another) (?:a |an |another"
        r" |my |into |through )?(?:\w+ )?(?:vasovagal|vaso vagal|syncope|syncopal|presyncope|pre"
        r" syncope|presyncopal)",
        r"(?:vasovagal|vaso vagal|syncopal|presyncopal) (?:moment|episode|attack|event|faint|turn"
        r"|spell|thing)s? (?:\w+ ){0,3}?(?:today|yesterday|this|last|at|on|in|again|earlier)",
        r"(?:went|go|going|gone|goes) down (?:\w+ ){0,6}?(?:caught me|catch me|caught by)",
        _near9(
            r"(?:eyes?|vision|sight|everything|world) (?:\w+ ){0,2}?(?:become|became|becomes|go"
            r"|goes|went|going|gone|turn\w*|get|gets|getting) (?:all |completely )?(?:black|dark"
            r"|darker|grey|gray|white|blank)",
            r"(?:almost|nearly|about to|practically) (?:fall|fell|falling|faint\w*|drop\w*|collaps"
            r"\w*|go down|went down)|(?:need|needed|had|have) to (?:sit|lie|grab|hold)",
            12,
        ),
    ),
    _rule9(
        "weight_loss",
        C,
        _near9(
            r"weight (?:\w+ ){0,2}?(?:reduc\w*|decreas\w*|going down|gone down|went down|less"
            r"|dropp\w*|falling|coming down|shrinking)|\d+ ?(?:kilo\w*|kg|kgs|pounds|lbs|stone)"
            r" (?:less|down|lost|gone|lighter)|(?:lost|losing|lose|dropped|down) \d+ ?(?:kilo\w*"
            r"|kg|kgs|pounds|lbs|stone)",
            r"eat\w* (?:\w+ )?(?:normal\w*|same|as usual|as normal|properly|fine|well|regular\w*"
            r"|like always|as always|the same)|appetite (?:\w+ )?(?:normal|fine|good|same|ok)",
            14,
        ),
        unless=_RT3_ON_PURPOSE
        + r"|puppy|dog|cat|my son|my daughter|training|marathon|half marathon|running more|gym"
        r"|cardio|exercising more|working out|cycling|swimming|walking more|work outs?|workouts?",
    ),
    _rule9(
        "numbness",
        C,
        LEG + r" (?:\w+ ){0,6}?(?:is |are |has been |have been |keeps |still )?(?:sleeping|asleep)"
        r" (?:since|for) (?:\w+ ){0,2}?(?:days?|hours?|yesterday|morning|week\w*|night)",
        _near9(
            LEG + r" (?:\w+ ){0,6}?(?:sleeping|asleep)",
            r"(?:not|never|won t|will not) (?:\w+ )?(?:waking|waken\w*|wake|woke)",
            12,
        ),
        _near9(
            LEG,
            r"(?:is|are|was|feels?|gone|went|stays?) without (?:any )?(?:feeling|sensation)"
            r"|(?:like|as if|as though) (?:it is |it s |this is |it was )?not my (?:own )?(?:leg"
            r"|foot|thigh|calf|shin)",
            10,
        ),
    ),
    _rule9(
        "tingling",
        C,
        _near9(LEG, r"pins (?:are |keep )?prick\w*|prick\w* like (?:pins|needles)", 10),
    ),
    _rule9(
        "radiating_leg_pain",
        C,
        r"(?:it|pain|ache|the pain|the ache|burning|tingl\w*) (?:\w+ ){0,2}?(?:goes|going|went"
        r"|gone|runs?|running|ran|travels?|travelling|traveling|spreads?|spreading|shoots?"
        r"|shooting) (?:all the way |right |straight )?down (?:\w+ ){0,2}?(?:to|into|past"
        r"|through) (?:my |the )?(?:ankle|ankles|foot|feet|toes|heel|heels)",
        unless=r"socks?|stockings?|boots?|trousers|jeans|water|skirt|dress|tights|leggings|cast"
        r"|brace|tattoo",
    ),
)


# rt11 (missed or asked at first sight), each class in other words: the part that sits on a
# saddle or a seat, or "my bits", the bottom ("po", German) told as gone unfelt, rubber, dumb,
# belonging to someone else, or odd like sitting on something that is not there; pipi that will
# not come for pushing; the back end "not working" with things coming out by themselves; the
# bowels (misspelt "bowls") that cannot hold on; pinned, crushed or trampled by a farm animal;
# the "ticker" (the heart) aching or heavy; the chest given a score; the chest in Spanish, French
# or German with a pain or a pressure; puffed out halfway up the stairs, walking a few yards or
# just walking; the breath gone short; weight lost in words ("eight kilograms") or dropped
# without a change of diet, the scales going down without trying; a night hour awake with the
# back; a leg or shin that belongs to someone else; a pain like a sting, a gin trap or a nail,
# a jolt down the leg; an arm that cannot be lifted with clumsy fingers, or of minutes ago.
_RT11_SEAT_PART = (
    r"(?:(?:part|bit|area|parts|bits|region) of (?:me|my body|my anatomy) (?:\w+ ){0,3}?(?:sits?"
    r"|rests?|sat|touches?|meets?|goes)(?: on)?|(?<!the )between (?:the|my|me) legs|(?:my|me|ma)"
    r" (?:privates|undercarriage|nether regions|nethers|downstairs|down below|crown jewels|family"
    r" jewels)|(?:my|me|ma) (?:po|popo|hintern|culo|derriere|fesses|bum|bottom|backside|arse"
    r"|butt|rear end|sit bones|sitting bones)(?! of)(?: and (?:the )?(?:skin|area|bit|bits)"
    r" (?:around|round|near) it)?)"
)
# "my bits" alone: numb is the clinician's numbness (the word is vague); gone to rubber or
# someone else's is the saddle area
_RT11_BITS = r"(?:my|me|ma) (?:bits|bits down there|tackle)(?! and| n | of)"
_RT11_UNFELT_BITS = (
    r"(?:(?:is|are|gone|went|feels?|felt) (?:\w+ )?dumb|(?:made of|like|gone to) rubber|rubbery"
    r"|wooden|cardboard|not (?:my own|mine|part of me)|lost (?:\w+ ){0,4}?(?:feeling|sensation)"
    r"|(?:belong|belongs|belonged) to (?:somebody|someone|some one|somebody s|someone s) else)"
)
_RT11_UNFELT = (
    r"(?:lost (?:\w+ ){0,4}?(?:feeling|sensation)|(?:like|as if|as though) (?:\w+ ){0,3}?(?:belong"
    r"|belongs|belonged) to (?:somebody|someone|some one|anyone|somebody s|someone s) else"
    r"|(?:belong|belongs) to (?:somebody|someone|some one) else|not (?:my own|mine|part of me)"
    r"|(?:is|are|gone|went|feels?|felt) (?:\w+ )?dumb|(?:made of|like|gone to) rubber|rubbery"
    r"|numb\w*"
    r"|wooden|cardboard|(?:sitting|sat|sit|perched|resting) on (?:\w+ ){0,4}?(?:that|which)"
    r" (?:is|was) not there|(?:felt|feels?|feeling|gone) (?:\w+ )?(?:dead|nothing))"
)
_RT11_BODY_OUT = (
    r"(?:stuff|things?|it|poo|poop|mess|muck|number twos?|the lot) (?:\w+ )?(?:comes?|came"
    r"|coming|falls?|fell|slips?|slipped|leaks?|leaked|drops?|escapes?|escaped|gets?) out"
)
_RT11_TICKER = r"(?:my|me|the|ma|old|me old) ticker(?: area| region| zone| bit| side| place)?"
_RT11_ACHE = (
    r"(?:ach\w*|heavy|heaviness|pain\w*|hurt\w*|tight\w*|press\w*|pressure|squeez\w*|crush\w*"
    r"|sore|burn\w*|stabb\w*|funny|weird|odd)"
)
_RT11_CHEST_FOREIGN = r"(?:pecho|poitrine|brust|petto|peito|torace)"
_RT11_FOREIGN_PAIN = (
    r"(?:dolor\w*|duele|presion|opresion|douleur\w*|mal|pression|oppression|serre|schmerz\w*"
    r"|weh|druck|enge|stechen|dolore|dor|pain\w*|pressure|press\w*|tight\w*|heavy|heaviness"
    r"|squeez\w*|crush\w*|ache\w*|aching|hurt\w*|burn\w*|ahora mismo|right now)"
)
_RT11_SMALL_EFFORT = (
    r"(?:halfway up (?:\w+ ){0,2}?(?:stairs|steps|landing)|(?:had|have|having|need|needed) to sit"
    r" (?:down )?on (?:the |a )?(?:step|steps|stairs)|(?:just|only|simply) (?:walking|walk|walked"
    r"|standing|talking|getting up|sitting|pottering)|(?:\d+|ten|twenty|thirty|fifty|a hundred"
    r"|few|a few|couple of) (?:yards|metres|meters|paces)|from the car (?:park )?to|(?:can not"
    r"|could not) (?:get through|finish|get out|get|say|manage|complete) (?:\w+ ){0,2}?(?:sentence"
    r"|sentences))"
)
_RT11_BREATH_GONE = (
    r"(?:breath|breathing) (?:has |have |is |s )?(?:gone|going|went|getting|got|become|became"
    r"|come|came|turned|gets) (?:very |really |so |all |a bit )?(?:short|shallow|tight|ragged"
    r"|wheezy|hard|difficult)"
)
_RT11_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few"
    r"|several|a couple of)"
)
_RT11_KILOS = r"(?:kilo\w*|kg|kgs|pounds|lbs|stone|kilogrammes)"
_RT11_WEIGHT_LOST = (
    r"(?:lost|losing|lose|dropped|dropping|drop|shed|down|gone down) (?:\w+ ){0,2}?"
    + _RT11_NUMBER
    + r"\s?"
    + _RT11_KILOS
    + r"|(?:drop|dropp\w*|lose|losing|lost|shed\w*) (?:\w+ ){0,2}?weight"
    r"|" + _RT11_NUMBER + r"\s?" + _RT11_KILOS + r" in (?:\w+ )?(?:\d+ |two |three |a )?(?:weeks?"
    r"|months?|days)|(?:the )?(?:scales?|weighing scales?) (?:\w+ ){0,2}?(?:keeps?|going|goes"
    r"|went|gone|dropping|falling|coming|come) (?:\w+ )?down"
)
_RT11_NOT_TRYING = (
    r"without (?:\w+ ){0,2}?(?:change|changing|trying|dieting|diet)|(?:no|not on a) (?:\w+ )?diet"
    r"|not (?:\w+ ){0,2}?(?:trying|dieting)|eat\w* (?:\w+ )?(?:same|normal\w*|as always|as usual"
    r"|like always|the same)|look (?:\w+ )?thin"
)
_RT11_NIGHT_HOUR = (
    r"(?:0[0-5][0-5]\d|[1-5]\s?am|[1-5]\s?o\s?clock (?:in the morning|at night)|middle of the night"
    r"|small hours|wee hours)"
)
_RT11_SIMILE_PAIN = (
    r"(?:(?:like|as if) (?:\w+ ){0,2}?(?:stung|a sting|being stung|getting stung) (?:\w+ )"
    r"{0,3}?(?:in|into) (?:my |me |the )?(?:spine|back|lower back|tailbone|bum|hip|buttock)|(?:grab"
    r"\w*|caught|clamp\w*|snapp\w*|seized) (?:\w+ ){0,3}?like a (?:gin trap|trap|bear trap|vice"
    r"|mousetrap)|(?:pain|ache|stab\w*) like (?:a )?(?:nail|nails|knife|spike|hot poker|dagger"
    r"|skewer))"
)
_RT11_RULES: tuple[_Rule, ...] = (
    _rule9(
        "saddle_numbness",
        E,
        _near9(_RT11_SEAT_PART, _RT11_UNFELT, 12),
        _near9(_RT11_BITS, _RT11_UNFELT_BITS, 10),
        # a seat that is not there: the saddle area's altered feeling, wherever it is told
        r"(?:like|as if|as though) (?:i am |i m |im |i was |you are )?(?:sitting|sat|perched"
        r"|resting) on (?:\w+ ){0,4}?(?:that|which) (?:is|was) not (?:there|really there)",
        unless=r"bits and bobs|new saddle|saddle (?:bag|sore\w*)|replac\w*|adjust\w*|car seat"
        r"|seat belt",
    ),
    _rule9(
        "bladder",
        E,
        _near9(
            r"(?:pipi|pee pee|wee wee|weewee|peepee|make water|pass water|small water|urin\w*)",
            r"(?:can|could) not (?:\w+ )?(?:make|do|pass|go|get)|push and push|(?:only|just) (?:\w+"
            r" )?drops?|drops? (?:\w+ )?(?:come|comes|came|only)",
            12,
        ),
        _near9(
            r"(?:wee|pee|loo|toilet|the bathroom|need to go)",
            r"(?:look\w*|check\w*|glanc\w*) (?:down )?at (?:my|me) (?:jeans|trousers|leggings"
            r"|knickers|undies|pants|lap|crotch|joggers|shorts|skirt)",
            8,
        ),
        unless=r"shellfish|clams?|cockles?|restaurant|menu|cook\w*|recipe|dog|puppy|cat|baby"
        r"|toddler|son|daughter|child|kid",
    ),
    _rule9(
        "bowel",
        E,
        _near9(_RT10_BACK_END + r"|my bowels?", _RT11_BODY_OUT, 10),
        _near9(_RT10_BOWLS, r"(?:can|could) not (?:\w+ )?hold (?:on|it|them|in)", 8),
        unless=r"soup|cereal|salad|porridge|bowling|lawn bowls|jack|rink|dog|cat|puppy|horse"
        r"|baby|toddler|nappy|diaper|wallet|phone|keys|pocket|bag|car|van",
    ),
    _rule9(
        "serious_trauma",
        E,
        r"(?:cow|bull|heifer|bullock|steer|horse|pony|mare|stallion|ram|tup|beast|cattle|sow"
        r"|boar|stag|bison|buffalo|camel|animal) (?:\w+ ){0,3}?(?:pinned|crushed|squashed|trapped"
        r"|squeezed|rammed|trampled|rolled on|fell on|landed on|butted|tossed|flattened|barged)"
        r" (?:\w+ ){0,2}?(?:me|us|my)",
        r"(?:pinned|crushed|squashed|trapped|squeezed|rammed|trampled|butted|tossed|flattened)"
        r" (?:\w+ ){0,3}?by (?:a |the |an |our |my )?(?:\w+ )?(?:cow|bull"
        r"|heifer|bullock|steer|horse|pony|mare|stallion|ram|tup|beast|cattle|sow|boar|stag)",
    ),
    _rule9(
        "chest_pain",
        E,
        _near9(_RT11_TICKER, _RT11_ACHE, 6),
        r"chest (?!press|fly|flies|day|workout|stretch|opener|muscles?|exercise|size|measure)"
        r"(?:pain |ache |pressure |tightness )?(?:\w+ ){0,3}?(?:[1-9]|10)"
        r" (?:10|out of 10|outta 10|of 10)",
        _near9(_RT11_CHEST_FOREIGN, _RT11_FOREIGN_PAIN, 8),
        unless=r"stock|shares?|news|tape|price|market|crypto|ticker symbol|translat\w*"
        r"|word for|how do you say|what is \w+ in",
    ),
    _rule9(
        "breathing_difficulty",
        E,
        _near9(_RT10_PUFF + r"|stopp\w* for (?:air|breath)", _RT11_SMALL_EFFORT, 12),
        _RT11_BREATH_GONE,
        unless=_RT10_EFFORT_HARD + r"|hill|fell run\w*|summit|climb\w*|mountain|chasing|after"
        r" (?:a|the|my) (?:run|race|sprint)",
    ),
    _rule9(
        "weight_loss",
        C,
        _near9(_RT11_WEIGHT_LOST, _RT11_NOT_TRYING, 14),
        r"(?:lost|losing|dropped|shed) (?:\w+ ){0,2}?"
        + _RT11_NUMBER
        + r"\s?"
        + _RT11_KILOS
        + r" (?:over|in) (?:the )?(?:past|last) (?:\w+ )?(?:weeks|months|year)",
        unless=_RT3_ON_PURPOSE
        + r"|puppy|dog|cat|my son|my daughter|training|marathon|running more|gym|cardio"
        r"|exercising more|working out|cycling|swimming|walking more|baby|pregnan\w*|birth"
        r"|(?<!in )(?<!no )(?<!any )diet|proud|goal|target|keto|low carb|calorie\w*|ozempic"
        r"|wegovy|mounjaro|jabs?|injections?|on purpose|trying to",
    ),
    _rule9(
        "night_pain",
        C,
        _RT11_NIGHT_HOUR + r" (?:\w+ ){0,2}?(?:awake|up|woke|wide awake|waking|again) (?:\w+ )"
        r"{0,3}?(?:back|pain|hurt\w*|ach\w*|sore)",
        unless=r"baby|babies|toddler|newborn|kid|kids|child|feed|feeding|dog|puppy|neighbour\w*"
        r"|alarm|shift|flight|party|noise|storm|cat",
    ),
    _rule9(
        "numbness",
        C,
        _near9(
            LEG + r"|shin|shins",
            r"(?:like|as if|as though) (?:\w+ ){0,3}?(?:belong|belongs|belonged) to (?:somebody"
            r"|someone|some one|somebody s|someone s) else|(?:pinch|poke|prod|scratch)\w* (?:\w+"
            r" ){0,3}?(?:barely|hardly|can not|can t|do not|don t) (?:\w+ )?feel",
            10,
        ),
    ),
    _rule9(
        "sharp_pain",
        S,
        _RT11_SIMILE_PAIN,
        unless=r"wall|picture|hammer|fence|tyre|tire|shoe|boot",
    ),
    _rule9(
        "popped",
        S,
        r"like (?:a |an )?(?:\w+ ){0,2}?(?:string|strings|elastic|elastic band|rubber band|band"
        r"|cable|rope|wire) (?:\w+ )?(?:snapp\w*|snaps?|break\w*|pinging|going)",
        _near9(
            r"(?:snap|snaps|snapping|twang\w*|ping|pings|pinging) like (?:a |an )?(?:\w+ ){0,2}?"
            r"(?:string|strings|elastic|elastic band|rubber band|band|cable|rope|wire)",
            r"(?:my |me |the |lower |low )(?:back|spine|hip|neck|bum|buttock|leg)",
            6,
        ),
    ),
    _rule9(
        "radiating_leg_pain",
        C,
        r"(?:jolt|zap|shock|bolt)\w* (?:\w+ ){0,2}?(?:went|goes|going|shot|shoots|ran|runs|came)"
        r" down (?:my |me |the )?(?:leg|legs|calf|thigh|foot)",
        unless=r"coffee|espresso|caffeine|bus|train|car|ride",
    ),
    _rule9(
        "stroke_signs",
        E,
        _near9(
            r"(?:can not|cannot|could not|unable to) (?:\w+ )?(?:lift|raise|move) (?:my |me )?"
            r"(?:left|right|one) arm",
            r"(?:fingers?|hand) (?:\w+ ){0,2}?(?:clumsy|useless|not working|will not work|numb"
            r"|floppy)|(?:started|began|came on|since) (?:\w+ ){0,2}?(?:\d+|twenty|ten|a few|few"
            r"|five) (?:min|mins|minutes)|(?:speech|words|face|mouth)",
            16,
        ),
        unless=r"frozen shoulder|rotator|dislocat\w*|since (?:last )?(?:year|month|surgery|the op)",
    ),
)


# rt13 (a thirteenth blind set, issue 13), by class: the seat ("the place I sit", between the legs)
# gone to sleep; the back door that will not stay shut; a sandal falling off a foot that cannot
# grip, a foot slapped down or gone lazy on the brake; a capsize with a blow or a drag; breathless
# climbing into bed; near-fainting told by the ears, the vision and having to sit or drop; weight
# lost told by a belt or without meaning to; a temperature for days; pain worse at rest and in
# bed, waking many times; a limb not felt good, "like sleeping"; the right words not
# found with a clumsy hand (typed fast); a heart wrung out; a toilet not needed since yesterday;
# the wings (shoulder blades) and the centre of the upper back; a knife felt stuck in the back
_RT13_SEAT_PLACE = (
    r"(?:place|part|area|spot|bit|parts|places) (?:where|that|which|what|i) (?:i )?(?:sit|sits"
    r"|sitting|sat)(?! (?:on|in) (?:the |my |a )?(?:bus|train|office|class|church|car|cab)\b)"
    r"|between (?:my |the |me )?legs"
)
_RT13_ASLEEP = (
    r"(?:do not|can not|could not|does not|did not) (?:\w+ )?feel (?:it |them |there |nothing"
    r" )?(?:good|well|properly|right|anything|nothing)\b|(?:like|as if|is|it is|its|it s|are)"
    r" (?:\w+ )?(?:sleeping|asleep|sleep)\b|no (?:\w+ )?(?:feeling|sensation)|numb\w*"
)
_RT13_RULES: tuple[_Rule, ...] = (
    _rule9(
        "saddle_numbness",
        E,
        _near9(_RT13_SEAT_PLACE, _RT13_ASLEEP, 12),
        unless=r"\b(?:cat|cats|dog|dogs|puppy|kitten|baby|pillow|cushion|toddler)\b",
    ),
    _rule9(
        "bowel",
        E,
        _near9(
            r"back door (?:\w+ ){0,2}?(?:will not|would not|does not|can not|could not|is not"
            r"|never) (?:\w+ )?(?:stay|staying|keep|kept|close|shut|hold|holding|stays)",
            r"(?:escap\w*|leak\w*|comes? out|came out|slips? out|pants|knickers|undies|accident"
            r"|stand|standing|cough\w*|bowel|bum|toilet|loo|back pain|bad back|my back)",
            16,
        ),
        r"(?:stuff|it|things|bits|poo|poop|muck) (?:just |keeps |kept )?(?:escapes?|escaping"
        r"|escaped|leaks? out|leaking out|slips? out|slipping out|comes? out|coming out)"
        r" (?:\w+ )?(?:when|whenever|as soon as|every time) i (?:stand|get up|sit|cough|sneeze"
        r"|bend|walk|move)\b",
        unless=r"\b(?:pockets?|bags?|hinges?|latch|lock|handle|wind|draught|draft|heat|cat|dog"
        r"|rucksack|bin|hood)\b",
    ),
    _rule9(
        "leg_weakening",
        E,
        _near9(
            r"(?:flip\W*flops?|sandals?|slippers?|shoes?|thongs|sliders|clogs|crocs|mules)"
            r" (?:\w+ )?(?:(?:keeps?|kept|keep on|always) )?(?:falling|slipping|flying|flies|flew"
            r"|coming|sliding|slides|falls|slips)"
            r" off (?:my |me |the )?(?:left |right |one |bad )?(?:foot|feet)",
            r"(?:can not|could not|do not|will not|cannot) (?:\w+ )?(?:grip|hold|keep)|toes"
            r" (?:\w+ )?(?:will not|can not|do not|would not) (?:\w+ )?(?:grip|hold|curl|work)",
            12,
        ),
        r"(?:slapping|slaps|slapped|slap|flapping|flaps|flapped|flap|smacking|slamming) (?:my |me"
        r" |that |the |this |one )?(?:left |right |bad |one )?foot (?:\w+ )?(?:down|on the"
        r" (?:floor|ground)|onto the (?:floor|ground)) (?:\w+ ){0,2}?(?:when|as|while|whenever)"
        r" (?:i )?(?:walk|walking|step|stepping|go)",
        r"(?:foot|leg|ankle|toes) (?:has |is |s |have |are )?(?:gone|going|went|gotten|got|feels?"
        r"|feeling|become) (?:all |a bit |really |so )?lazy\b",
        r"(?:can|could) (?:hardly|barely|not|no longer|only just) (?:\w+ )?(?:press|push|work"
        r"|use|reach|feel|lift my foot (?:off|onto)) (?:down )?(?:on )?(?:the )?(?:brake|clutch"
        r"|accelerator|pedal|pedals|gas)\b",
        unless=r"\b(?:stiff|new (?:car|van|cab|taxi|lorry|truck)|hire car|seat (?:is|was) too"
        r"|too far|broken|mechanic|garage|dance|music|beat)\b",
    ),
    _rule9(
        "serious_trauma",
        E,
        _near9(
            r"capsiz\w*|(?:boat|scull|kayak|canoe|dinghy|shell) (?:\w+ )?(?:flipped|rolled|went"
            r" over|turned over)|thrown (?:out|overboard|in)",
            r"(?:smack\w*|hit|struck|whack\w*|dragged|trapped|knocked|bashed|slammed|clobbered"
            r"|thumped|crushed|pinned|caught) (?:\w+ )?(?:across|in|on|by|along|under|against"
            r"|into|me)\b",
            24,
        ),
    ),
    _rule9(
        "breathing_difficulty",
        E,
        _near9(
            r"(?:out of breath|winded|puffed(?: out)?|puffing|panting|breathless|huffing|gasping"
            r"|short of breath|wheezing|blowing)",
            r"(?:climbing|getting|get|got|climb|clambering|hauling myself) (?:in|into|on|onto|up"
            r" into|up onto) (?:my |the |a |ma )?(?:bed|bath|car|chair|sofa|couch|cab|seat|shower)",
            8,
        ),
        unless=r"gasping for|dying for|gagging for",
    ),
    _rule9(
        "dizziness_fainting",
        C,
        r"(?:my )?(?:vision|sight|eyesight|eyes) (?:\w+ )?(?:goes|went|going|gone|turns?|turned"
        r"|turning|fades?|faded|fading) (?:to |all )?(?:static|snowy|snow|fuzzy|white noise|grey"
        r"|gray|black|white|sparkly|tunnel\w*|dark|dots)\b",
        r"(?:sit|lie|get|squat|crouch) down (?:\w+ )?(?:quick|quickly|fast|sharpish|right away"
        r"|straight away) (?:or|before) (?:i will|i would|i ll|i d|i am going to|i m going to|i)"
        r" (?:\w+ )?(?:drop|go down|fall|faint|pass out|keel over|collapse|hit the floor|go)\b",
        r"(?:came|come|coming) (?:to|round|around)"
        r" (?:sat|sitting|lying|laid|slumped|propped|on (?:a|the) (?:\w+ )?(?:crate|chair|bench"
        r"|floor|ground|box|step|stairs|pallet))\b",
    ),
    _rule9(
        "weight_loss",
        C,
        r"belt (?:\w+ )?(?:has |is |s )?(?:gone|went|going|moved|come|come down|down) (?:in"
        r" |down |tighter )?(?:\w+ )?(?:notch|notches|holes?)\b(?! (?:\w+ )?(?:on purpose"
        r"|dieting|diet))",
        r"(?:lost|dropped|shed|down) (?:\w+ ){0,2}?(?:\d+\s*(?:kg|kgs|kilos?|lbs?|pounds|stone)"
        r"|a stone|weight|half a stone) (?:\w+ ){0,3}?without (?:meaning|wanting|intending"
        r"|planning|trying|even trying) to\b",
        _near9(
            r"(?:getting|got|become|becoming|gone|going|grown|grow\w*) (?:\w+ )?(?:thinner"
            r"|skinnier|smaller|slimmer)|(?:clothes|trousers|jeans|pants|belt|shirts?)"
            r" (?:\w+ )?(?:getting|got|gone|going) (?:\w+ )?(?:loose|looser|baggy|baggier|big)",
            r"(?:even (?:if|though|when) i (?:eat|am eating)|(?:eat|eating|ate) (?:a lot|lots"
            r"|loads|plenty|normal\w*|the same|as usual|more)|same (?:\w+ ){0,3}?every day|not"
            r" (?:dieting|trying))",
            14,
        ),
        unless=r"\b(?:on purpose|slimming|diet(?:ing)? (?:is|has been) working|gym"
        r" (?:is|has been) paying)\b",
    ),
    _rule9(
        "fever_unwell",
        C,
        r"(?:having|have|had|got|with|running) (?:a )?(?:high |little |bit of |slight )?"
        r"(?:temperature|fever|temp) (?:\w+ )?(?:since|for|from) (?:\w+ )?(?:two|three|four|five"
        r"|\d+|few|several|many|couple of) (?:days?|nights?)\b",
        r"(?:my )?body (?:is |has been |s )?(?:breaking|broken|paining|aching all over)\b",
        unless=r"\b(?:check\w*|reading|room|fridge|freezer|oven|water|weather|engine)\b",
    ),
    _rule9(
        "night_pain",
        C,
        _near9(
            r"(?:wake|woke|waking|wakes) (?:up )?(?:\w+ )?(?:many|several|lots of|a lot of|so many"
            r"|multiple|\d+|three|four|five) times",
            r"(?:pain\w*|hurt\w*|ache\w*|sore|the back|my back|in (?:the )?bed (?:is|it is)"
            r" (?:the )?(?:worst|more bad|worse))",
            14,
        ),
        r"(?:pain|it|ache|back) (?:is )?(?:more bad|more worse|badder|more pain\w*) (?:when|while"
        r"|if) i (?:rest|lie|lay|sleep)\b",
        unless=r"\b(?:baby|babies|toddler|kids?|dog|cat|neighbou\w*|noise|feeds?|feeding|snor\w*"
        r"|bladder|wee|pee)\b",
    ),
    _rule9(
        "numbness",
        C,
        _near9(
            r"(?:leg|legs|foot|feet|arm|arms|hand|hands|knee|thigh|calf|shin|toes|hip|ankle|heel"
            r"|elbow|wrist)",
            r"(?:do not|can not|could not) feel (?:it|them) (?:good|well|properly|right|nice)"
            r"|like (?:is|it is|it s|its|are|they are) (?:\w+ )?sleeping",
            12,
        ),
        r"(?:not|never|is not|isnt) waking (?:up )?(?:properly|back up|up again|fully)\b"
        r"(?=.*\b(?:toe|toes|foot|leg|outside|down)\b)",
        unless=r"\b(?:dog|cat|baby|toddler|kids?|partner|husband|wife)\b (?:\w+ )?(?:sleeping|is"
        r" not waking)",
    ),
    _rule9(
        "stroke_signs",
        E,
        _near9(
            r"(?:can not|could not|cant|struggl\w* to|trouble|hard to) (?:\w+ )?find (?:the |my"
            r" )?(?:right |rite |rigt |proper )?words",
            r"(?:hand|arm|face|mouth|clumsy|clumsey|clumbsy|slurr\w*|came on|sudden\w*|\d+ min\w*"
            r" ago|started \d+|minutes ago)",
            10,
        ),
        unless=r"\bwords (?:\w+ )?(?:to|for|that) (?:\w+ )?(?:thank\w*|grateful|gratitude|describe"
        r"|explain|express|say how|tell you)\b|\b(?:essay|poem|speech for|crossword|lyrics)\b",
    ),
    _rule9(
        "chest_pain",
        E,
        r"(?:heart|chest) (?:\w+ )?(?:feels?|felt|is feeling|feeling) (?:\w+ )?like (?:it is |it s"
        r" |its |it was |it has been |someone is |somebody is )?(?:being )?(?:wrung|wringing"
        r"|squeezed|squeezing|twisted|twisting|crushed|crushing|gripped|gripping|clenched"
        r"|in a vice)\b",
    ),
    _rule9(
        "bladder",
        E,
        r"(?:have not|has not|had not|not|haven t|havent) (?:\w+ )?(?:needed|need|had to go to"
        r"|been to|gone to|used) (?:the )?(?:toilet|loo|bathroom|lav|wee|pee) (?:\w+ )?since"
        r" (?:yesterday|last night|this morning|the morning|lunch\w*|breakfast)\b(?=.*\b(?:(?:loads"
        r"|lots|plenty|litres|cups|mugs|pints|gallons) of (?:tea|coffee|water|drinks?|fluids?)"
        r"|drunk (?:loads|lots|plenty|a lot|gallons)|urge|weird|strange|odd)\b)",
        _near9(
            r"no (?:\w+ )?urge (?:at all|whatsoever|to (?:go|wee|pee))?",
            r"(?:toilet|loo|wee|pee|bladder|tea|coffee|drink\w*|water|bathroom)",
            14,
        ),
    ),
    _rule9(
        "shoulder_blade_pain",
        C,
        _near9(
            r"between (?:my |the |me )?(?:two )?wings|(?:centre|center|middle) of (?:my |the"
            r" )?(?:upper|mid|middle|top of my) back|where you can (?:never|not|t) reach",
            r"(?:knot|pain\w*|ache\w*|hurt\w*|sore|burn\w*|stab\w*|inside|deep|new|since)",
            12,
        ),
    ),
    _rule9(
        "sharp_pain",
        S,
        r"(?:felt|feels?|feeling|like) (?:\w+ )?(?:someone|somebody|a person) (?:\w+ )?(?:stuck"
        r"|stick|sticking|stabbed|stabbing|jabbed|plunged|shoved|drove|twisted) (?:a |the )?"
        r"(?:knife|dagger|blade|needle|skewer|spike) (?:in|into) (?:my )?(?:back|spine|side|bum"
        r"|hip)",
    ),
)


# rt14 (a fourteenth blind set, issue 13), by class: a vehicle that clipped the writer, over the
# bonnet; thrown across a room or a deck with the back or head hitting something; losing oneself
# for a moment, caught falling by someone else (a faint in non-native English); shaking and
# sweating all night, roasting then freezing (fever); pushing to get a stream going (retention);
# no warning before a No.2, not making it, control of when to go lost (bowel); both legs like
# cotton wool; both legs spreading pins and needles from hip to toe; a temperature with full body
# pain; weight lost with no diet or trousers falling off (Pidgin); pain not easing even lying
# flat; a mouth bent to one side, a hand with no strength (Pidgin); a leak again, not felt coming
_RT14_VEHICLE = r"(?:bus|car|van|lorry|truck|taxi|cab|motorbike|motorcycle|scooter|tram|moped|jeep)"
_RT14_RULES: tuple[_Rule, ...] = (
    _rule9(
        "serious_trauma",
        E,
        r"(?:went|gone|flew|flying|thrown|rolled|bounced|landed|launched|tossed|sent|knocked"
        r"|flipped|carried) (?:right |straight |clean )?(?:over|onto|on to|across) (?:the |his"
        r" |her |their |a |its )?(?:bonnet|hood|windscreen|windshield|roof of the (?:car|van|cab"
        r"|taxi))\b(?! (?:\w+ ){0,4}?(?:to|and) (?:check|look|fix|clean|wash|polish|open|lift"
        r"|pop|top up|reach))",
        _near9(
            _RT14_VEHICLE,
            r"(?<!nearly )(?<!almost )(?<!just )(?:clipped|clip|hit|knocked|struck|bumped"
            r"|sideswiped|clipping|clips) me\b(?! with| up| for| (?:\w+ )?(?:in|on) (?:the )?"
            r"(?:queue|aisle|shoulder bag|bag))",
            10,
        ),
        _near9(
            r"(?:thrown|flung|hurled|tossed|launched|pitched) (?:\w+ )?(?:across|into|against"
            r"|over|down)",
            r"(?:back|spine|head|neck|hip|ribs) (?:\w+ )?(?:hit|smacked|slammed|struck|bashed"
            r"|whacked|cracked|banged|went into)|(?:hit|smacked|slammed|struck|bashed|whacked"
            r"|cracked|banged) (?:\w+ )?(?:my )?(?:back|spine|head|neck)\b",
            16,
        ),
        unless=r"(?:nearly|almost) (?:clipped|hit|knocked|struck)|miss(?:ed)? me"
        r"|(?:pillow|snowball|water) fight|bouncy castle|trampoline|toy car|remote control"
        r"|deep end|despair|frustration|facepalm|head in my hands",
    ),
    _rule9(
        "dizziness_fainting",
        C,
        r"(?:i )?(?:lose|lost|losing|loose) (?:myself|my self|my senses|my sense|consciousness"
        r"|conscious) (?:for|a) (?:a |one |small )?(?:moment|second|seconds|few seconds|minute"
        r"|bit|while|short time|small time)\b",
        r"(?:say|said|says|tell me|told me|telling me) (?:that )?(?:i|me) (?:was|were|am|dey)"
        r" (?:\w+ )?(?:falling(?! asleep| behind| apart| for| in love| off)|fall(?! asleep| behind"
        r"| for| in love)|going down|collapsing|fainting|passing out|dropping) (?:\w+ ){0,2}?and"
        r" (?:he|she|they|someone|somebody|my \w+) (?:catch|caught|catched|grab\w*|hold|held"
        r"|carry|carried) me\b",
        unless=r"(?:music|song|book|film|movie|dance|dancing|game|gaming|story|art|painting"
        r"|meditat\w*|yoga|prayer|worship|moment of|in the moment|in thought|in the zone|view"
        r"|views|scenery|sunset|sunrise|daydream\w*|thoughts|memories|nature|beauty|snor\w*)",
    ),
    _rule9(
        "fever_unwell",
        C,
        _near9(
            r"(?:roasting|boiling|burning up|baking|sweating|sweatin|sweaty|hot|sweat)"
            r" (?:\w+ ){0,2}?(?:then|and then|one minute|next minute) (?:\w+ ){0,2}?(?:freezing"
            r"|shivering|cold|frozen|chills?)|(?:freezing|shivering|cold|frozen|chills?)"
            r" (?:\w+ ){0,2}?(?:then|and then|one minute|next minute) (?:\w+ ){0,2}?(?:roasting"
            r"|boiling|burning up|baking|sweating|sweatin|hot)",
            r"(?:i|i have|i am|i was|been|me|ma|my) |(?:shak\w*|shiver\w*|sweat\w*|soaked|drenched"
            r"|night|bed|bunk|sheets|sleeping bag|all night)",
            12,
        ),
        _near9(
            r"(?:shaking|shakin|shivering|shiverin|trembling) and (?:sweating|sweatin)|(?:sweating"
            r"|sweatin) and (?:shaking|shakin|shivering|shiverin|trembling)",
            r"(?:all night|in (?:my |ma |the )?(?:bunk|bed|sleep|sleeping bag)|soaked|drenched"
            r"|sheets|sleeping bag)",
            12,
        ),
        _near9(
            r"feverreading",
            r"(?:full|whole|entire|all (?:my|the|over)|my) body (?:\w+ )?(?:pain|paining|ache"
            r"|aches|aching|sore|hurts?|hurting)|body (?:pain|aches?|aching) (?:all over"
            r"|everywhere)",
            10,
        ),
        unless=r"(?:gym|workout|spin class|spin|sauna|steam room|hot yoga|bikram|menopaus\w*"
        r"|hot flush\w*|hot flash\w*|weather|office|aircon|air con|heating|radiator|oven"
        r"|hangover|hungover|too much (?:wine|beer|booze|drink|to drink)|night out)",
    ),
    _rule9(
        "bladder",
        E,
        _near9(
            r"(?:push|strain|force|bear down|pushing|straining|forcing) (?:\w+ ){0,2}?(?:to"
            r" (?:get|start)|before|till|until|for) (?:a |the |my |any )?(?:stream|flow|wee|pee"
            r"|urine|it to come|anything to come) (?:\w+ )?(?:going|started|starting|flowing"
            r"|out|moving|to come|comes?|come)?",
            r"(?:dribbl\w*|trickl\w*|wee|pee|toilet|loo|bladder|urin\w*|stops|stop and start\w*"
            r"|stopping|just stops|pass water|empty)",
            14,
        ),
        _near9(
            r"(?:leaked|leaking|leaks|wet myself|wet me|peed myself|wee d myself|weed myself)"
            r" (?:\w+ ){0,3}?(?:twice|again|three times|a few times|\d+ times|couple of times"
            r"|more than once)",
            r"(?:did not|didnae|never|not|could not|couldnae) (?:\w+ )?(?:feel|notice|know) (?:it"
            r"|a thing)(?: (?:coming|happen\w*|start\w*))?|no warning|without (?:any )?warning",
            16,
        ),
        unless=r"(?:twitch|youtube|streaming|streamer|stream of (?:consciousness|work|ideas|traffic"
        r"|cars|people|emails|messages)|river|creek|garden hose|hosepipe|roof|tap|pipe|boiler"
        r"|tyre|tire|bottle|ink|pen|oil|petrol|fuel|diesel|engine|battery|coolant)",
    ),
    _rule9(
        "bowel",
        E,
        _near9(
            r"no (?:\w+ )?warning (?:\w+ ){0,4}?(?:before|when|that) (?:i )?(?:\w+ ){0,3}?(?:loo"
            r"|toilet|no 2|number two|number 2|number twos|poo|poop|bowels?|bathroom|a dump)",
            r"(?:did not|didnt|never|could not|not) (?:\w+ )?make it|accident|soil\w*|mess"
            r"|since|back|bowels?",
            20,
        ),
        r"(?:lost|losing|lose|no|gone|not got|got no|have no) (?:\w+ ){0,2}?control (?:\w+ ){0,5}?"
        r"(?:go|going|poo|poop|number twos?|number 2|no 2|bowels?|toilet|loo|bum|back passage)"
        r"\b(?! (?:\w+ )?(?:at the gym|on the pitch|on the road|of the car|of the bike))",
        _near9(
            r"(?:number twos?|number 2|no 2|a poo|pooing|my bowels)",
            r"(?:did not|didnt|never|could not) (?:\w+ )?make it|had an accident|(?:had|have) (?:a"
            r" |an )?(?:few )?accidents?\b",
            16,
        ),
        unless=r"(?:toddler|potty|puppy|dog|cat|baby|kid|kids|son|daughter|nappy|nappies|diaper"
        r"|food poisoning (?:is|was) (?:definitely|probably|the cause)|gastro|stomach bug|norovirus"
        r"|curry|laxative\w*)",
    ),
    _rule9(
        "leg_weakening",
        E,
        r"(?:both )?(?:my |me |the )?legs (?:\w+ ){0,3}?(?:like|as if|as though|feel|feels|feeling"
        r"|turned to|turn to|gone to) (?:\w+ ){0,3}?(?:cotton|cotton wool|wool|foam|sponge"
        r"|marshmallow|paper|straw)\b(?! (?:candy|shorts|trousers|socks|pyjamas|joggers))",
        unless=r"(?:after (?:the |a |my |that )?(?:\w+ )?(?:run|race|marathon|gym|workout|session"
        r"|class|squats?|leg day|ride|hike|climb|swim|swimming|walk|cycle|row|rowing|training|match"
        r"|game|shift|dance|dancing)|leg day|squats)",
    ),
    _rule9(
        "both_legs",
        E,
        _near9(
            r"both (?:my |me |the )?legs (?:\w+ ){0,4}?(?:pins and needles|tingl\w*|numb\w*"
            r"|buzz\w*)"
            r"|(?:pins and needles|tingl\w*|numb\w*) (?:\w+ ){0,3}?both (?:my |me |the )?legs",
            r"(?:spreading|spread|creeping|moving up|getting worse|not easing|not going|not"
            r" settling|hip to toe|hips to toes|top to bottom|all the way down)",
            12,
        ),
    ),
    _rule9(
        "weight_loss",
        C,
        _near9(
            r"(?:lose|lost|losing|loss|drop|dropped|shed|don lose|have lose|don drop) (?:\w+ )?"
            r"(?:like |about |around |almost |nearly |over )?\d+\s*(?:kg|kgs|kilos?|lbs?|pounds"
            r"|stone)\b",
            r"(?:no dey diet|never diet\w*|no diet\w*|not (?:\w+ )?diet\w*|without (?:\w+ )?"
            r"(?:diet\w*|trying)|did not (?:\w+ )?diet|no (?:\w+ )?(?:try|trying)|skinny|thin"
            r"|trouser\w*|waist)",
            12,
        ),
        _near9(
            r"(?:trouser|trousers|pants|jeans|skirt|belt|clothes)s? (?:\w+ ){0,2}?(?:dey |don"
            r" |keep |keeps |now )?(?:fall|falling|fallin|slide|sliding|drop|dropping) (?:\w+ )?"
            r"(?:off|down|from) (?:my |me |the )?(?:waist|hips?|body)",
            r"(?:lose|lost|losing|don lose|skinny|skinnier|thin|thinner|weight|\d+\s*(?:kg|kgs"
            r"|kilos?|lbs?|pounds|stone)|no dey diet|never diet|not (?:\w+ )?diet\w*|no diet)",
            16,
        ),
        unless=r"(?:on (?:a |the )?diet|dieting (?:is|has been) working|slimming world"
        r"|weight ?watchers|on purpose|calorie deficit|ozempic|wegovy|mounjaro|gym is paying"
        r"|bulk\w*|water weight|after (?:the )?(?:baby|birth|op))",
    ),
    _rule9(
        "rest_pain",
        C,
        r"(?:no|not|never|nae) (?:\w+ )?(?:easing|easin|eased|letting up|settling|easing off)"
        r" (?:\w+ ){0,5}?even (?:when )?(?:i am |i m )?(?:lying|lyin|laid|lay|lie|resting) (?:\w+"
        r" )?(?:flat|down|still)\b",
    ),
    _rule9(
        "night_pain",
        C,
        _near9(
            r"(?:keeps|kept|keeping) me (?:up|awake) (?:\w+ ){0,2}?night",
            r"(?:back|pain|ache|gnaw\w*|sore|throb\w*)",
            14,
        ),
        unless=r"(?:baby|babies|toddler|kids?|dog|cat|neighbou\w*|noise|snor\w*|coffee|caffeine"
        r"|worry|worrying|stress|exam\w*|phone|game|gaming|telly|netflix|party|puppy|thinking"
        r"|music|heat|partner|husband|wife)",
    ),
    _rule9(
        "stroke_signs",
        E,
        r"(?:my )?(?:mouth|face|lip|lips|smile) (?:\w+ ){0,2}?(?:bend|bent|bends|twist|twisted"
        r"|crooked|skew\w*|pull\w*|drop\w*|droop\w*|sag\w*|slant\w*|hang\w*) (?:\w+ )?(?:for|to"
        r"|on|at|down on|down to) (?:one|the one|the left|the right|left|right|a) side\b",
        _near9(
            r"(?:hand|arm|leg) (?:\w+ ){0,2}?(?:no get|no have|not get|not have|have no|has no|got"
            r" no|no) (?:\w+ )?(?:strength|power|grip|force)",
            r"(?:mouth|face|speech|talk\w*|words|eye|lip|lips|smile|slurr\w*)",
            16,
        ),
        unless=r"(?:dentist|filling|injection|anaesthetic|anesthetic|numbing|bell s palsy"
        r"|toothache|tooth|wisdom|botox|silly|funny face|pull\w* (?:a )?(?:\w+ )?faces?"
        r"|on purpose|smirk\w*|wink\w*|impression)",
    ),
)


# rt15 (a fifteenth blind set, issue 13), by class: bowel control lost in Scots or non-native words
# (slipping out with no warning, no feeling of a No.2 passing, cannot push); a pedal that feels
# miles away or a foot that cannot press it, a foot that slaps or drags on the ground, a flip flop
# flying off, no rise on tiptoe with a leg swinging out (a foot or leg gone weak); a drop off the
# top of a ramp onto the back on concrete; found on the floor, lost consciousness a short time,
# everything far away then on the floor, grey and swimmy, nearly went over (a faint); gnawing all
# night whatever the position, worse every night; pain that will not quit or ease at rest; a leg
# sleeping, a current from hip to toe, a leg dead on the outside, like after the dentist, a sock
# on the inside; both legs asleep and not waking, both feet like static, pins gone fizzy; a mouth
# gone squint or turned to one side, talking mince, a face dead on one side, the worst headache of
# a life, dizzy with an arm gone heavy; a hot body with shaking, sweating and cold at once; a
# heart area stood on; panting that does not settle; the writer's own leak after someone else's
_RT15_NUMB_LIKE = (
    r"(?:like|as if|as though|same as|feel like|feels like) (?:\w+ ){0,3}?(?:the |a |an )?"
    r"(?:dentist|anaesthetic|anesthetic|novocaine|local anaesthetic|numbing (?:jab|injection"
    r"|cream)|dental injection)"
)
_RT15_SADDLE = (
    r"(?:inner thighs?|inside of (?:my |mi |ma )?thighs?|down (?:there|dere|below)|groin|crotch"
    r"|privates?|private parts?|bum|bottom|backside|perineum|saddle|between (?:my |mi |ma )?legs)"
)
_RT15_LEG = r"(?:leg|legs|thigh|thighs|calf|calves|shin|shins|foot|feet|knee|knees|toes?)"
_RT15_TRAINING = (
    r"(?:leg day|squats?|after (?:the |a |my |that )?(?:\w+ )?(?:run|race|marathon|gym|workout"
    r"|session|class|ride|hike|climb|swim|training|match|game|dance|cycle|spin))"
)


def _then15(a: str, b: str, gap: int) -> str:
    """rt15: ``a`` then ``b`` within ``gap`` words, in that order only (its anchors are read from
    both sides, so it is searched more rarely than `_near9`)."""
    return _any(a) + r" (?:\w+ ){0," + str(gap) + r"}?" + _any(b)


def _rule15(
    sign: str, level: TriageLevel, *patterns: str, unless: str | None = None
) -> tuple[_Rule, ...]:
    """rt15: one `_rule9` per pattern, so each is searched only when its own anchors are in the
    text (`coach.questions.anchors`)."""
    return tuple(_rule9(sign, level, pattern, unless=unless) for pattern in patterns)


_RT15_RULES: tuple[_Rule, ...] = (
    *_rule15(
        "saddle_numbness",
        E,
        _near9(_RT15_NUMB_LIKE, _RT15_SADDLE, 14),
        unless=r"(?:at the dentist|dentist (?:today|this morning|yesterday)|my (?:mouth|jaw|lip"
        r"|lips|gum|gums|tooth|teeth|cheek|face))",
    ),
    *_rule15(
        "numbness",
        C,
        _near9(_RT15_NUMB_LIKE, _RT15_LEG, 14),
        _near9(
            _RT15_LEG,
            r"(?:gone|going|went|feels?|is|s) (?:\w+ ){0,2}?dead (?:on the (?:outside|inside|side"
            r"|front|back|top)|from the (?:knee|hip|thigh|ankle|waist) down|down the (?:side"
            r"|outside|front|back))",
            6,
        ),
        _near9(
            r"(?:leg|thigh|calf|shin|foot)s? (?:\w+ ){0,2}?(?:feels? )?(?:like (?:it is |its )?)?"
            r"(?:wearing|in|through|under) (?:a |an )?(?:sock|glove|stocking|wetsuit)",
            r"(?:skin|dull|numb\w*|feel\w*|outside|inside)",
            16,
        ),
        r"skin (?:\w+ ){0,2}?(?:all |gone |feels |is )?(?:dull|muffled|like cardboard|like rubber"
        r"|like leather) (?:\w+ ){0,3}?(?:outside|inside|front|back|side) of (?:it|my \w+|the"
        r" \w+)",
        unless=_RT15_TRAINING,
    ),
    *_rule15(
        "radiating_leg_pain",
        C,
        r"(?:my |the |mi )?(?:left|right) (?:leg|foot) (?:\w+ ){0,2}?(?:sleeping|asleep)\b(?! on"
        r" (?:it|the|my))",
        r"(?:current|electric\w*|shock\w*|zap\w*|buzz\w*) (?:\w+ ){0,3}?from (?:my |the |mi )?"
        r"(?:hips?|bum|buttocks?|back|thighs?|waist) (?:\w+ ){0,2}?to (?:my |the |mi )?(?:small"
        r" |little |big |pinky )?(?:toe|toes|foot|feet|ankle|heel|calf)",
        _near9(
            r"(?:right|left) leg (?:\w+ ){0,2}?all the way (?:down )?(?:to|into) (?:my |the )?"
            r"(?:calf|foot|ankle|heel|toes?)",
            r"(?:still there|still now|right now|now|since|today|this morning)",
            10,
        ),
        unless=r"(?:cross legged|crossed legs|sat on it|sitting on it|kneel\w*|stamp\w*)",
    ),
    *_rule15(
        "both_legs",
        E,
        r"both (?:my |me |the |ma )?(?:legs|pins|pegs) (?:\w+ ){0,6}?(?:asleep|sleeping|dead)"
        r" (?:\w+ ){0,4}?(?:will not|won t|not|never|can not|do not) (?:\w+ )?wake",
        r"both (?:my |me |the |ma )?(?:legs|pins|pegs) (?:have |has )?(?:gone|went|going|turned)"
        r" (?:\w+ ){0,3}?(?:fizzy|fizz\w*|buzz\w*|static|numb\w*|tingl\w*|jelly and|dead)",
        r"both (?:my |me |the |ma )?(?:calves|feet|shins|legs|thighs) (?:\w+ ){0,4}?(?:feel|feels"
        r"|like|gone|going) (?:\w+ ){0,2}?(?:static|fizz\w*|buzz\w*|tv static|television static"
        r"|electric\w*)",
        unless=r"(?:after (?:the |a |my )?(?:run|race|gym|workout|session|class|squats?|leg day)"
        r"|leg day)",
    ),
    *_rule15(
        "leg_weakening",
        E,
        _near9(
            r"(?:brake|pedal|clutch|accelerator|gas pedal)",
            r"(?:miles away|far away|a mile away|(?:can not|could not|cannot|not able to) (?:\w+"
            r" ){0,2}?(?:press|push|reach) (?:it|the)|no (?:power|strength) (?:in|on) (?:my )?"
            r"(?:right|left) (?:foot|leg))",
            12,
        )
        + r"(?= (?:\w+ ){0,12}?(?:foot|leg))",
        r"(?:foot|feet) (?:\w+ ){0,3}?(?:slap\w*|flap\w*|slaps) (?:\w+ )?(?:the |on the |against"
        r" the )?(?:floor|ground|pavement|road)",
        r"(?:flip ?flops?|sandals?|slippers?|sliders?|crocs?) (?:keeps? |keep on |always )?"
        r"(?:flying|falling|slipping|coming) off (?:my )?"
        r"(?:left |right )?foot",
        r"(?:foot|feet|toe|toes) (?:a |is |keeps? |just |dey )?(?:drag|dragging|draggin"
        r"|scrape\w*|scuff\w*) (?:pon|on|along|across) (?:di |the |de )?(?:ground|floor"
        r"|pavement|road)",
        _near9(
            r"(?:can not|could not|cannot|not able to) (?:\w+ ){0,2}?(?:get |go |stand |rise"
            r" |come )?(?:up )?on (?:my |to my |to )?(?:tip ?toes?|tippy toes|tiptoe|tip toe|toes)",
            r"(?:leg|foot) (?:\w+ ){0,2}?(?:swing\w*|flick\w*|kick\w*|flop\w*|drag\w*) (?:out|about"
            r"|around)|(?:walk|walking|limp\w*) (?:\w+ )?weird",
            16,
        ),
        unless=r"(?:tap|danc\w*|flamenco|clog\w*|to the beat|rhythm|stomp\w*"
        r"|flip flops? (?:is|are) (?:too )?(?:big|loose|old|broken)|strap (?:broke|is"
        r" broken|snapped)|new (?:car|van|bus|cab)|hire car|seat (?:is|was) too far)",
    ),
    *_rule15(
        "serious_trauma",
        E,
        _near9(
            r"(?:off|from) (?:the |a )?(?:top of (?:the |a )?)?(?:halfpipe|half pipe|ramp|quarter"
            r" ?pipe|vert|bowl|mini ?ramp|coping|ledge|roof|ladder|scaffold\w*|wall|stage)",
            r"onto (?:my |me |ma )?(?:back|head|spine|neck|tailbone|coccyx)",
            12,
        ),
        r"onto (?:my |me |ma )?(?:back|spine|head|neck|tailbone) (?:on|onto) (?:the )?(?:concrete"
        r"|tarmac|pavement|rocks?|stone|tiles)",
    ),
    *_rule15(
        "dizziness_fainting",
        E,
        r"(?:lose|lost|losing|loose) (?:my )?(?:conscious|consciousness) (?:\w+ )?(?:short|small"
        r"|little|few) (?:time|while|moment|minutes?|seconds?)",
        _near9(
            r"(?:found|find|finds) me (?:\w+ ){0,2}?(?:on|lying on|collapsed on|passed out on)"
            r" the (?:bathroom |kitchen |toilet |bedroom )?(?:floor|ground)",
            r"(?:lose|lost|conscious\w*|pass\w* out|black\w* out|faint\w*|do not remember|can not"
            r" remember|bathroom|toilet|came to|came round|woke up)",
            16,
        ),
        _then15(
            r"(?:everything|it all|the room|the world|sounds?|voices?) (?:went|gone|going|goes"
            r"|felt|seemed) (?:\w+ )?(?:far away|distant|far off|muffled|black|dark)",
            r"(?:on the floor|on the ground|hit the (?:floor|deck|ground)|went down|collapsed"
            r"|passed out|came to|came round)",
            16,
        ),
        r"(?:went|gone|going|go) (?:all )?(?:grey|gray|swimmy|woozy) and (?:grey|gray|swimmy"
        r"|woozy|faint|dizzy)",
        _near9(
            r"(?:went|gone|going|go) (?:all )?(?:grey|gray|swimmy|woozy)",
            r"(?:nearly|almost) (?:went over|keeled over|went down|passed out|fainted|blacked"
            r" out|fell)|head (?:down|between my knees)",
            16,
        ),
        unless=r"(?:in the (?:sea|water|pool|surf)|murky|sky|clouds|hair|paint\w*|screen|photo\w*"
        r"|picture|power cut|power went|lights? went out|torch|candles?)",
    ),
    *_rule15(
        "night_pain",
        C,
        _near9(
            r"(?:gnaw\w*|ach\w*|pain\w*|throb\w*|sore|hurt\w*|back)",
            r"(?:no|nae|not|any) matter (?:how|what way|which way|what position|where) (?:i )?"
            r"(?:lie|lay|lying|sleep|turn|position)|whatever (?:position|way i lie)|worse every"
            r" night",
            14,
        ),
        unless=r"(?:baby|babies|toddler|kids?|dog|cat|neighbou\w*|noise|snor\w*|coffee|caffeine"
        r"|mattress is|new mattress|exam\w*|party|puppy|heat|partner|husband|wife)",
    ),
    *_rule15(
        "rest_pain",
        C,
        r"(?:will not|does not|do not|never|not|won t) (?:\w+ )?(?:quit|stop|ease|ease off|let up"
        r"|settle|go away|calm down) (?:\w+ ){0,2}?even (?:when )?(?:i am |i m )?(?:sat|sitting"
        r"|still|at rest|resting|lying|laid)",
        _then15(
            r"(?:does not|do not|will not|never|not) (?:\w+ )?(?:ease|ease off|let up|settle|go"
            r" away|calm down|quit|stop) (?:at all |one bit )?(?:when|while|even when|if) (?:i )?"
            r"(?:rest|resting|lie|lying|sit|sitting|still)",
            r"(?:new|whole time|all the time|constant\w*|there the whole|just there|never goes"
            r"|every day|night)",
            16,
        ),
        r"(?:toothache|tooth ache) in (?:my |the )?(?:spine|lower back|back(?! (?:tooth|teeth"
        r"|molar\w*|of my mouth))|bones?|hip|pelvis)",
    ),
    *_rule15(
        "stroke_signs",
        E,
        r"(?:mouth|mooth|face|lip|lips|smile|coupon) (?:\w+ ){0,2}?(?:gone|went|is|all|going)"
        r" (?:all )?squint",
        r"(?:mouth|face|lip|lips|smile) (?:\w+ ){0,2}?(?:turned|turning|gone|went|moved) (?:\w+ )?"
        r"(?:to|on) (?:one|the one|wan|the left|the right|left|right) side\b",
        r"(?:face|cheek|lip|mouth) (?:\w+ ){0,2}?(?:feels? |gone |went |is )?(?:dead|numb) on"
        r" (?:one|the one|wan|the left|the right|left|right) side",
        r"(?:worst|worse) headache (?:of my life|ever|i (?:have )?ever had|in my life)|thunderclap"
        r" headache",
        _near9(
            r"(?:dizzy|dizziness|light ?headed|woozy|giddy|spinning|room spin\w*)",
            r"(?:arm|hand) (?:\w+ ){0,2}?(?:felt|feels|feel|went|gone|going|is|was) (?:\w+ )?"
            r"(?:heavy|like lead|leaden|like a dead weight|useless)",
            10,
        ),
        unless=r"(?:dentist|filling|injection|anaesthetic|bell s palsy|botox|silly|funny face"
        r"|on purpose|wink\w*|impression|gym|weights?|dumbbell\w*|kettlebell\w*|carrying|carried"
        r"|shopping bags?|curls?|press ups?|push ups?|hangover)",
    ),
    *_rule15(
        "fever_unwell",
        C,
        _near9(
            r"(?:hot body|body (?:is |very |so )?hot)",
            r"(?:shak\w*|shiver\w*|trembl\w*|since|chills?|sweat\w*)",
            8,
        ),
        r"(?:sweating|sweaty|hot|boiling) and (?:cold|freezing|shivering) (?:at|in) (?:the )?same"
        r" time|(?:cold|freezing|shivering) and (?:sweating|sweaty|hot|boiling) (?:at|in) (?:the )?"
        r"same time",
        r"(?:fine|ok|okay|good|grand|well) now except (?:for )?(?:a |the |my )?(?:fever|temperature"
        r"|temp|high temperature|chills) (?:tonight|today|now|this (?:morning|evening|afternoon))",
        unless=r"(?:gym|workout|spin class|sauna|hot yoga|menopaus\w*|hot flush\w*|hot flash\w*"
        r"|hangover)",
    ),
    *_rule15(
        "chest_pain",
        E,
        r"(?:heart|chest) (?:area )?(?:\w+ ){0,2}?(?:like|as if|as though) (?:someone|somebody|an"
        r" elephant|a person|something heavy|a car) (?:is |s )?(?:standing|sitting|stood|sat"
        r"|pressing|kneeling|stepping) on",
    ),
    *_rule15(
        "breathing_difficulty",
        E,
        _near9(
            r"(?:panting|puffing|gasping|out of breath|breathless|can not catch my breath)",
            r"(?:not settling|not stopping|will not settle|won t settle|not easing|not calming"
            r"|not slowing) (?:\w+ ){0,5}?(?:\d+ (?:min|mins|minutes|hour|hours)|half an hour"
            r"|an hour)",
            14,
        ),
    ),
    *_rule15(
        "bowel",
        E,
        _near9(
            _any(_RT4_POO, r"jobbies|jobby|keech|keich"),
            r"(?:slip\w*|slid\w*|come|comes|came|fall\w*|drop\w*) (?:just )?out (?:\w+ ){0,8}?"
            r"(?:no|nae|without) (?:\w+ )?warning",
            8,
        ),
        _near9(
            r"(?:number (?:2|two)s?|no 2|poo|poop|bowels?|toilet|bathroom|loo)",
            r"(?:no|not|can not|do not|did not|never) (?:\w+ )?feel (?:\w+ )?(?:pass\w*|come out"
            r"|coming out|it come)|can not (?:\w+ )?push (?:\w+ ){0,3}?muscle",
            12,
        ),
        unless=r"(?:toddler|potty|puppy|dog|cat|baby|nappy|nappies|diaper)",
    ),
    *_rule15(
        "bladder",
        E,
        _then15(
            r"(?:but |and )?(?:it is|it s|its) me now",
            r"(?:keep finding|damp|wet|leak\w*|no idea when|not know when|do not know when"
            r"|did not feel)",
            20,
        ),
    ),
)


# rt17 and rt18, the general signs (issue 13), by class: a body thrown against a hard surface,
# knocked "clean" off or landed "flat" on the back, a vehicle that "bounced" the writer; the chest
# told as the heart's place and pressing; out of puff or breathing "like a marathon" at a small
# effort, little air lying down, the breath "gone to pot" with stops on a short walk, a hot swollen
# calf after an operation; everything spinning and going grey, on the ground not knowing how; a
# belt's new or last hole, sizes dropped "not even trying", nothing changed in the eating; up in
# the small hours with the back, worse lying still than moving, no way of lying that helps; a hand
# gone useless with a face that looks funny, the sight gone on one side with an arm like lead, one
# side of the mouth that goes down or twists, a hand and a leg not strong, words that mix
_RT17_NO_EFFORT = (
    r"(?:after|from|finish\w*|during) (?:\w+ ){0,2}?(?:run|race|sprint|marathon|match|game|workout"
    r"|hiit|spin|training|session|gym|hike|climb)\b"
)
_RT17_LIMB_GONE = (
    r"(?:left|right|one) (?:hand|arm|leg) (?:\w+ ){0,2}?(?:went|gone|goes|is|was|felt|feels"
    r"|became|turned) (?:\w+ )?(?:useless|dead|floppy|limp|weak|heavy|numb)\b"
)

_RT17_GENERAL_RULES: tuple[_Rule, ...] = (
    *_rule15(
        "serious_trauma",
        E,
        r"(?:got|was|were|been|i|we|me) (?:\w+ )?(?:thrown|flung|hurled|tossed|catapulted|slammed"
        r"|smashed|launched) (?:\w+ ){0,2}?(?:into|against|onto|on to|across|down onto|down on)"
        r" (?:the |a )?(?:\w+ )?(?:ceiling|floor|wall|ground|deck|door|windscreen|dashboard"
        r"|concrete|tarmac|road|pavement|rocks?|roof|cobbles|flagstones|tiles|stones|yard|ice)\b",
        r"(?<!never )(?<!not )(?:got|get|gets|was|were|been|i|me|us) knocked (?:clean|right"
        r"|straight|flying|clear"
        r"|full) (?:off|down|over|out)\b",
        r"knocked (?:me|us) (?:clean|right|straight|flying|clear|full) (?:off|down|over|out)\b",
        r"landed (?:flat|square|smack|full|right|straight|hard|heavy|heavily|badly|awkwardly)"
        r" (?:\w+ )?on (?:my |me |ma |the )?(?:back|spine|bum|backside|bottom|tailbone|coccyx"
        r"|head|neck)\b",
        r"(?:get|got|gets|getting|was|been) (?:bounce|bounced|buck|bucked|lick|licked|bounce up"
        r"|bump|bumped|knock|knocked|hit|clip|clipped) (?:down |over )?by (?:a |an |the |some )?"
        rf"(?:\w+ )?(?:{VEHICLE}|taxi|cab|maxi|minibus|matatu|boda|tuk tuk|auto|rickshaw)\b",
    ),
    *_rule15(
        "chest_pain",
        E,
        _near9(
            r"(?:heart (?:place|area|region|zone|side|spot)|(?:around|over|near) (?:my |the"
            r" )?heart)",
            _any(PAIN, r"press\w*", r"tight\w*", r"squeez\w*", r"crush\w*", r"heavy"),
            5,
        ),
        _near9(
            r"chest(?! of (?:drawers|toys)| freezer| press| day| workout| muscles?| fly| flies)",
            r"(?:like|as if|as though) (?:\w+ )?(?:pressing|pressed|squeez\w*|crush\w*|press)\b",
            6,
        ),
    ),
    *_rule15(
        "breathing_difficulty",
        E,
        r"(?:out of puff|short of puff|no puff|puffed|out of wind|huffing and puffing|breathing"
        r" hard|blowing hard) (?:\w+ ){0,5}?(?:going to|walking to|getting to|to) (?:the )?(?:loo"
        r"|toilet|bathroom|kitchen|door|car|shop|bedroom|bed)\b",
        _near9(
            r"(?:out of puff|short of puff|puffed|out of breath|breathless|gasping|panting"
            r"|puffing)",
            r"(?:up the stairs|up the steps|one flight|one floor|getting dressed|in the shower"
            r"|to the loo|to the toilet)",
            5,
        ),
        r"breath\w* (?:\w+ ){0,2}?like (?:i |i have |i had |i just |just )?(?:\w+ )?(?:ran|run"
        r"|running|done|did|finished) (?:a |the |an )?(?:marathon|mile|race|sprint|ultra|10k)\b",
        _near9(
            r"(?:lie|lying|lay|laying|sitting|resting|at rest)",
            r"(?:little|no|not enough|less|hardly any|barely any) air\b",
            4,
        ),
        r"(?:breath\w*|lungs?|wind|chest) (?:has |is |s )?(?:gone|going|went) (?:\w+ )?(?:to pot"
        r"|tae pot|downhill|to pieces|to the dogs|to hell|to rubbish|to nothing)\b",
        _near9(
            r"(?:can not|cannae|canna|cannot|could not|couldnae) (?:\w+ )?(?:get|walk|make it|go)"
            r" (?:to|tae) (?:the )?(?:end|top|bottom|gate|corner|shop|car)\b",
            r"(?:without|withoot|wi out|wi oot) (?:\w+ )?(?:stopp\w*|stoppin|a rest|resting|a"
            r" breather|a break)",
            10,
        )
        + r"(?= (?:\w+ ){0,12}?(?:breath\w*|wheez\w*|puff\w*|gasp\w*|air|lungs?|chest)\b)",
        r"(?:calf|calves|lower leg) (?:\w+ ){0,5}?(?:hot and swollen|swollen and hot|red and"
        r" swollen|swollen and red|hot and red|swollen and tender|hot swollen|red hot)\b"
        r"(?= (?:\w+ ){0,12}?(?:op|operation|surgery|new hip|new knee|replacement|flight|plane"
        r"|since|today|this (?:morning|afternoon|evening)|hip))",
        r"(?:new hip|new knee|hip replacement|knee replacement|operation|op|surgery) (?:\w+"
        r" ){0,25}?(?:calf|calves|lower leg) (?:\w+ ){0,6}?(?:hot|swollen|red)\b",
        unless=r"(?:" + _RT17_NO_EFFORT + r"|laugh\w*|giggl\w*|on purpose)",
    ),
    *_rule15(
        "dizziness_fainting",
        C,
        r"(?:everything|the room|the world|it all|things) (?:is |was |s |keeps |kept |started"
        r" |starts |went |goes |going )?(?:spinning|spins|spun|swimming|swirling|tilting|whirling"
        r"|turning)\b(?! (?:\w+ ){0,3}?(?:fast|quick|well|smoothly|plan|out|on its))",
        r"(?:on|onto) the (?:ground|floor|pavement|deck) (?:\w+ ){0,3}?(?:did not|do not|dont|not"
        r" sure|no idea|can not remember|could not remember|cannot remember|dunno) (?:\w+ ){0,2}?"
        r"(?:how|why|what happened|how i got)\b",
        r"(?:i|me) (?:\w+ )?lost myself\b(?= (?:\w+ ){0,10}?(?:ground|floor|know|remember|fell"
        r"|woke|came))",
    ),
    *_rule15(
        "weight_loss",
        C,
        r"belt (?:\w+ ){0,5}?(?:new|another|extra|tighter|more) (?:\w+ )?(?:hole|notch)",
        r"(?:belt|waistband) (?:\w+ ){0,3}?(?:last|tightest|final|smallest) (?:hole|notch)\b(?="
        r" (?:\w+ ){0,12}?(?:not|no|never|havnae|havenae|same|normal|usual|trying|diet\w*"
        r"|changed|eat\w*))",
        _near9(
            r"(?:down|dropped|lost|gone down|go down|went down) (?:\w+ )?(?:one|two|three|four|2|3"
            r"|4|a couple of|several|a few|few|a) (?:\w+ )?sizes?",
            r"(?:not|never|no|without|havnae|havenae) (?:\w+ )?(?:dieting|diet|trying|changed)",
            10,
        ),
        _near9(
            r"(?:have not|havnae|havenae|not|never|did not) (?:\w+ )?changed (?:a thing|anything"
            r"|nothing|my diet|what i eat)",
            r"(?:belt|notch|hole|sizes?|kilos?|kg|stones?|skinny|hanging off)",
            14,
        ),
        unless=r"put (?:\w+ )?(?:weight|pounds|kilos|timber) on|put on (?:\w+ )?weight|gain\w*"
        r"|bigger|fatter|too tight|(?:she|he|they|daughter|son|wife|husband|mum|dad) (?:\w+ )?"
        r"(?:lost|dropped)|on (?:a |her |his |my )?diet",
    ),
    *_rule15(
        "night_pain",
        C,
        r"(?:up|awake|wide awake) at (?:\d+ ?am|\d+|three|four|two|five) (?:\w+ ){0,2}?(?:with"
        r"|wi|wae|because of|cos of|from|over) (?:the |my |me |ma )?(?:back|pain|hip|spine"
        r"|sciatica)\b",
        r"worse (?:\w+ ){0,3}?(?:lie|lying|lyin|laying|rest|resting|sit|sitting|sat|keep|keeping"
        r"|stay|staying) (?:still |down |flat )?than (?:\w+ ){0,3}?(?:moving|movin|walking|active"
        r"|up and about|on my feet)\b",
        r"(?:can not|cannae|canna|cannot|could not) (?:\w+ )?(?:lie|lay|get comfy|get comfortable"
        r"|sleep) (?:in )?(?:any|no) (?:way|position|side)\b",
    ),
    *_rule15(
        "stroke_signs",
        E,
        _near9(
            _RT17_LIMB_GONE,
            r"(?:suddenly|sudden|just now|out of nowhere|all of a sudden"
            r"|headache|face|mouth|smile|speech|words|talk\w*|see|sight|vision)",
            16,
        ),
        r"(?:could not|can not|cannot|couldnt) (?:\w+ )?(?:hold|grip|lift) (?:my |the |a )?(?:cup"
        r"|mug|glass|pen|fork|spoon|phone|cuppa|tea)\b(?= (?:\w+ ){0,16}?(?:face|mouth|smile|speech"
        r"|words|talk\w*|funny|strange|droop\w*|useless))",
        _near9(
            r"(?:face|mouth|smile) (?:\w+ ){0,2}?(?:looks?|looking|looked|gone|went|is) (?:\w+"
            r" )?(?:funny|strange|weird|odd|wrong|different|uneven|wonky)",
            r"(?:(?:left|right|one) (?:hand|arm|leg)|hold (?:my |the )?(?:cup|mug|glass)"
            r"|useless|words|speech|slur\w*)",
            20,
        ),
        r"(?:do|does|did) not (?:\w+ )?see (?:\w+ ){0,2}?(?:on|from|out of|to) (?:the |my )?(?:left"
        r"|right|one) (?:side|eye|half)(?! of (?:the |my )?(?:car|road|room|screen|page|picture"
        r"|house|stage|pitch|mat|tv))",
        r"(?:left|right|one) side of (?:my |his |her |the )?(?:mouth|face|smile|lips?) (?:\w+"
        r" ){0,2}?(?:go|goes|going|gone|went|drop\w*|droop\w*|hang\w*|fall\w*|fell|sag\w*|slid\w*"
        r"|slip\w*|pull\w*|twist\w*) (?:down|downwards|low|lower|away|crooked)?\b",
        r"(?:mouth|smile|lips?|face) (?:is |s |goes |went |keeps |kept )?(?:twist\w*|pull\w*"
        r"|crooked|lopsided|skew\w*) (?:\w+ ){0,2}?(?:when|as|if) (?:i |he |she )?(?:smile|smiles"
        r"|talk|talks|speak|speaks|laugh|laughs)\b",
        r"(?:left|right|one) (?:hand and (?:my |the )?(?:left |right )?leg|leg and (?:my |the )?"
        r"(?:left |right )?hand|arm and (?:my |the )?(?:left |right )?hand) (?:\w+ ){0,3}?(?:heavy"
        r"|weak|numb|dead|useless|not strong|not working|will not work|gone|no strength|no power)",
        r"(?:words|sentences) (?:\w+ )?(?:mix|mixed|mixing|muddle|muddled|jumble|jumbled|scramble"
        r"|scrambled) (?:up )?\b(?= (?:\w+ ){0,16}?(?:face|mouth|smile|arm|hand|leg|side|slur\w*"
        r"|strange|funny|just now|suddenly))",
    ),
)


# rt16: a bladder or legs told without the usual words, a fall down the steps or under someone, the
# breath that needs stops or pillows (Tagalog "hingal"), a blank out to the floor, a fever in
# Tagalog ("sinat", "lagnat"), night pain told by pacing or a figure lying still, ants ("langgam")
# or a crawl from the bum to the toe, a knee that "gives away", a face slipped or a smile gone
# lopsided ("tabingi"), words come out mushy
_RT16_TRAINING = _RT15_TRAINING + r"|after (?:\w+ ){0,2}?(?:bowls|golf|gym|training)|leg day"

_RT16_RULES: tuple[_Rule, ...] = (
    *_rule15(
        "bladder",
        E,
        _near9(
            r"(?:slash|wee|pee|piss|peeing|weeing|urine|waterworks|pee pee|toilet|loo|dribble"
            r"|dribbling|leak|leaking)",
            r"(?:can not|could not|cannot|do not|did not|does not|never) (?:even )?feel (?:it"
            r"|the (?:wee|pee|stream|flow)|anything) (?:\w+ )?(?:coming|come|going|pass\w*"
            r"|happen\w*|running|flowing)",
            12,
        ),
        _near9(
            r"(?:water|wee|pee|urine|stream|flow|when i go|toilet|loo)",
            r"(?:only|just) (?:comes? |coming )?(?:drop by drop|in drops|a few drops|drips?|drip"
            r" by drip)",
            12,
        )
        + r"(?= (?:\w+ ){0,8}?(?:push\w*|strain\w*|force|hard|since|days?|back))",
    ),
    *_rule15(
        "both_legs",
        E,
        r"both (?:my |me |the )?legs (?:\w+ ){0,5}?(?:like|feel like|feels like) (?:\w+ )?"
        r"cotton wool",
        r"legs (?:\w+ ){0,6}?(?:like|as if|as though) they (?:belong|belonged) to (?:a |an )?"
        r"(?:puppet|marionette|doll|dummy|robot|rag doll)",
        r"(?:both (?:my |me |the )?legs|my legs (?:\w+ ){0,2}?both of them) (?:\w+ ){0,6}?"
        r"heavy and (?:fizz\w*|tingl\w*|buzz\w*|numb\w*|prickl\w*)",
        unless=_RT16_TRAINING,
    ),
    *_rule15(
        "leg_weakening",
        E,
        r"legs (?:have |had |has |got |ve )?(?:got )?no (?:go|oomph|push|life|power|strength)"
        r" (?:left )?in (?:them|em)(?: at all)?\b",
        unless=_RT16_TRAINING + r"|after (?:\w+ ){0,3}?(?:walk|hike|run|shift|party|dancing)",
    ),
    *_rule15(
        "serious_trauma",
        E,
        r"(?:fell|tumbled|rolled|bounced|crashed) (?:all the way )?down (?:the |a )?(?:whole"
        r" |entire |full |complete )(?:flight|stairs|staircase|steps)",
        r"(?:went|came) (?:all the way )?down (?:the |a )?(?:whole |entire |full |complete )"
        r"(?:flight|stairs|staircase|steps)(?= (?:\w+ ){0,14}?(?:bump\w*|bounc\w*|tumbl\w*"
        r"|bag and all|head first|landed|on my (?:spine|back|bum|tailbone|head|neck)))",
        _near9(
            r"(?:steps|stairs|staircase|flight)",
            r"(?:bump\w*|bounc\w*|slid|slide|tumbl\w*|thump\w*|slam\w*) (?:\w+ ){0,2}?down"
            r" (?:\w+ ){0,2}?on (?:my |me )?(?:spine|back|tailbone|coccyx|backbone)",
            14,
        ),
    ),
    *_rule15(
        "fall_accident",
        C,
        _near9(
            r"(?:went down|fell|fallen|hit the (?:floor|ground|deck)|toppled|tripped)",
            r"(?:landed|fell|came down|crashed|dropped) (?:right |straight )?(?:on top of|onto)"
            r" me\b",
            14,
        ),
    ),
    *_rule15(
        "breathing_difficulty",
        E,
        r"(?:can not|could not|cannot) (?:get|go|walk|climb|make it) (?:up )?(?:\w+ ){0,6}?"
        r"(?:anymore|any more|now) without (?:stopping|a stop|stops|resting|a rest|having to"
        r" stop)(?: \w+)? (?:to|for) (?:get |catch |grab |find )?(?:air|breath|my breath)",
        r"(?:can not|could not|cannot) (?:lie|lay|sleep|be) (?:flat|down) (?:\w+ ){0,3}?"
        r"(?:anymore |any more )?without (?:gasping|wheezing|choking|struggling for (?:air"
        r"|breath)|getting breathless|being breathless|fighting for (?:air|breath))",
        _near9(
            r"hingal",
            r"(?:sitting|sat|resting|at rest|lying|doing nothing|not moving|since|still|upo)",
            10,
        ),
        unless=r"(?:after (?:the |a |my )?(?:run|race|sprint|climb|hike|match|game|workout)"
        r"|chased|chasing|habulan|takbo)",
    ),
    *_rule15(
        "dizziness_fainting",
        E,
        _near9(
            r"(?:blank\w* out|blacked out|black out|went blank)",
            r"(?:on the floor|on the ground|next thing|came to|woke up|standing over me)",
            14,
        ),
        _near9(
            r"(?:on the floor|on the ground|on the pavement|on the deck)",
            r"(?:people|everyone|folk|strangers|staff|they) (?:were |are )?(?:standing|stood"
            r"|crowded|gathered|leaning|bent|looking down) (?:round |around )?over me",
            16,
        ),
        unless=r"(?:cheer\w*|clapp\w*|applau\w*|plank\w*|stretch\w*|yoga|pilates|mat|push ups?"
        r"|sit ups?|wrestl\w*|tickl\w*|playing|game|laugh\w*)",
    ),
    *_rule15(
        "fever_unwell",
        C,
        r"(?:i have|i got|i ve got|i have got|may|meron|with|got) (?:a )?(?:sinat|lagnat)",
        r"(?:feel\w*|parang|like) (?:like )?(?:a )?lantang gulay",
    ),
    *_rule15(
        "night_pain",
        C,
        r"(?:lie|lying|lay) (?:down|flat|still) (?:\w+ ){0,4}?(?:like|as if|as though) (?:a |an"
        r" |some )?(?:dog|rat|animal|something|someone|beast) (?:is )?(?:chewing|gnawing|biting"
        r"|eating)",
        r"(?:up|awake) at (?:\d+am|\d+ am|\d+|three|four|two) (?:\w+ ){0,3}?(?:every|each) night"
        r" (?:\w+ ){0,4}?pacing",
        r"(?:lie|lying|lay) (?:still|down|flat) (?:\w+ ){0,2}?(?:at night|in bed) (?:\w+ ){0,2}?"
        r"(?:it is|it s|it goes to|goes up to|it hits|is) (?:an? )?(?:[6-9]|10|six|seven|eight"
        r"|nine|ten)\b",
        unless=r"(?:baby|newborn|feeds?|feeding|dog needs|puppy|toddler)",
    ),
    *_rule15(
        "numbness",
        C,
        r"(?:can not|could not|cannot|can t) feel (?:the )?(?:floor|ground|carpet|pedal) (?:\w+"
        r" )?with (?:it|them)\b",
        unless=r"(?:shoes?|trainers?|boots?|soles?|insoles?|cushion\w*|socks?|slippers?|gloves?)",
    ),
    *_rule15(
        "radiating_leg_pain",
        C,
        r"(?:crawl\w*|creep\w*|tingl\w*|fizz\w*|prickl\w*|burn\w*) (?:\w+ ){0,2}?from (?:my |the"
        r" |mi )?(?:butt|bum|buttocks?|hips?|back|backside) (?:\w+ ){0,2}?to (?:my |the |mi )?"
        r"(?:small |little |big |pinky )?(?:toe|toes|foot|feet|ankle|heel)",
        _near9(
            r"(?:may |parang |like )?langgam",
            r"(?:leg|legs|foot|feet|thigh|binti|paa|hita|butt|bum|toe)",
            10,
        ),
    ),
    *_rule15(
        "weakness",
        C,
        r"(?:knee|leg|knees|legs) (?:\w+ )?(?:gives|gave|giving|give|keeps giving) away (?:\w+"
        r" ){0,3}?(?:on|when|going|climbing|walking|stairs|steps)\b",
        r"(?:thigh|leg|calf|shin) (?:\w+ ){0,4}?(?:is |feels )?like (?:it is |its )?asleep"
        r"(?! (?:\w+ ){0,4}?(?:sat on|sitting|cross legged|kneel\w*|stamp\w*))",
        unless=r"(?:cross legged|sat on it|sitting on it|stamp\w*|after (?:the )?(?:run|gym"
        r"|squats))",
    ),
    *_rule15(
        "stroke_signs",
        E,
        r"(?:smile|mouth|face) (?:is |has gone |gone |went |looks |look )?(?:all )?(?:tabingi"
        r"|lopsided|crooked|wonky|one sided|skew\w*)(?! (?:\w+ ){0,3}?(?:on purpose|for (?:a |the"
        r" )?(?:photo|selfie|joke|laugh)|always|since (?:i was|birth|a kid|childhood)))",
        r"(?:face|cheek|mouth) (?:\w+ ){0,3}?(?:slipped|slid|sagg\w*|melt\w*|dropped) (?:\w+"
        r" ){0,2}?like (?:a )?(?:melted|melting|melt\w*) (?:candle|wax|ice cream)",
        r"(?:words|speech|talking) (?:\w+ ){0,2}?(?:come|coming|came|comes) out (?:all )?(?:mushy"
        r"|mush|slurred|jumbled|garbled|muddled|wrong|funny|mashed)",
    ),
)


# rt17 (a seventeenth blind set, issue 13), the cauda equina and nerve signs, by class: the
# writer's own self in dialect ("wet mesen", "soiled meself"); the need to pee not felt or its
# name in other Englishes ("the short call", "a small one"), found wet after; water that will not
# come at the toilet however pressed, a little only and still full after; the bum that "let go";
# the seat not felt on the toilet, like sitting on a cushion of air, "pp" for the seat; both legs
# in dialect ("both me legs", "the twa legs", "baith o them") full of fizz, like lead, buzzing;
# legs without their power like before; a foot that goes "slap slap" or flops down when walking,
# like a flipper; a zap or lightning going to the leg, a burning line down "me thigh", jabbed
# with a hot skewer
_RT17_SELF = r"(?:myself|meself|mesen|missen|masel|mysel|maself|mahself|miself|mself|mysef)"
_RT17_MY = r"(?:my|me|ma|mi|mah|de|di|the)"
_RT17_PEE = (
    r"(?:short call|small one|small toilet|number (?:1|one)|wee|pee|piss|urine|water|waterworks"
    r"|pee pee|wee wee|slash|tinkle)"
)
_RT17_PANTS = (
    r"(?:trousers?|pants|knickers|undies|underwear|jeans|shorts|boxers|kecks|pyjamas|pjs"
    r"|leggings|joggers|bed|sheets?|skirt|panties|briefs|drawers)"
)
_RT17_NOT_FELT = (
    r"(?:(?:can not|could not|cannot|do not|did not|does not|never|not) (?:even |really )?"
    r"(?:feel\w*|felt|notic\w*|know\w*|knew|sense\w*|realis\w*|realiz\w*)|(?:failing|fail|failed"
    r"|unable|not able) to (?:feel|notice|know|sense)|without (?:even )?(?:feel\w*|notic\w*"
    r"|know\w*|realis\w*|realiz\w*)|no (?:warning|idea|clue)|never felt a thing)"
)
_RT17_TRAINING = (
    _RT16_TRAINING + r"|after (?:the |a |my |that )?(?:\w+ )?(?:walk|hike|run|dancing|football"
    r"|match|game|ride|cycle)"
)
_RT17_LEG_PART = (
    r"(?:legs?|thighs?|calf|calves|shins?|knees?|foot|feet|ankles?|heels?|toes?|hamstrings?"
    r"|buttocks?|bum cheeks?)"
)

_RT17_NERVE_RULES: tuple[_Rule, ...] = (
    *_rule15(
        "bladder",
        E,
        # wetting oneself, the self in dialect ("wet mesen twice", "pissed meself")
        r"(?<!nearly )(?<!almost )(?:wet|wetting|wets|weed|peed|pissed|pissing) "
        + _RT17_SELF
        + r"(?! (?:laughing|with laughter|at|over|when (?:i|he|she|they) (?:saw|heard|told)))",
    ),
    *_rule15(
        "bladder",
        E,
        # the need not felt: "failing to feel when the short call is coming", "I don't feel when
        # the water is coming out, I only hear it"
        r"(?:feel|felt|feeling|notice|know|sense|tell) (?:it )?(?:when|if|that) (?:the |my |me )?"
        + _RT17_PEE
        + r" (?:is |was |are |s )?(?:\w+ )?(?:coming|come|comes|came|going|passing|passes"
        r"|running|flowing|starting|out)",
        unless=r"(?:kettle|taps?|boil\w*|hose|shower head|pan|pot|bath water|washing machine)",
    ),
    *_rule15(
        "bladder",
        E,
        # found wet after, unfelt ("I only find my trouser is wet", "finding my knickers soaked")
        _near9(
            r"(?:my |me |ma |the )?" + _RT17_PANTS + r" (?:\w+ ){0,2}?(?:is |are |was |were |all"
            r" |been |got |get )?(?:wet|damp|soaked|soaking|sodden|drenched|wringing)",
            r"(?:only (?:find|found|see|saw|notice|noticed|realise|realised|know|knew)|"
            + _RT17_NOT_FELT
            + r")",
            12,
        ),
        unless=_RT3_OTHER_WETTER,
    ),
    *_rule15(
        "bladder",
        E,
        # water that will not come at the toilet however pressed ("de water eh coming out at
        # all, and I real pressed")
        _near9(
            r"(?:toilet|loo|bathroom|lav|urinal|pressed|bursting|desperate|" + _RT17_PEE + r")",
            r"(?:water|wee|pee|urine|piss|it|nothing|not a drop|none) (?:eh|not|nah|no|never|does"
            r" not|did not|will not|would not|won t|wont|refuse to|refuses to|refused to) (?:\w+"
            r" )?(?:coming|come|comes|came|flow|flowing|flows|start|starting|pass|passing)"
            r"(?: out)?",
            12,
        ),
        unless=r"(?:flush\w*|cistern|taps?|plumb\w*|pipes?|hose|kettle|shower head|boiler"
        r"|radiator|roof|leak in the|washing machine|dishwasher|fridge|bottle|can|ketchup)",
    ),
    *_rule15(
        "bladder",
        E,
        # a little only and still full after ("only little bit come, and after I still feel
        # full")
        _near9(
            r"(?:toilet|loo|bathroom|lav|" + _RT17_PEE + r")",
            r"(?:only|just) (?:a )?(?:little|tiny|small|few) (?:bit |bits |drops? |amount |trickle"
            r" )?(?:come|comes|came|coming|out|pass\w*)|still (?:feel|feels|felt|feeling) (?:\w+"
            r" )?full|(?:never|not) (?:\w+ )?(?:feel|feels|felt) (?:\w+ )?empty",
            12,
        ),
        unless=r"(?:ate|eat|eating|dinner|lunch|breakfast|meal|food|stuffed|buffet|curry|pizza"
        r"|roast|takeaway|dessert|pudding|tummy full|belly full|taps?|kettle|bottle)",
    ),
    *_rule15(
        "bowel",
        E,
        r"(?:soil(?:ed|ing|s)?|shit|shat|shitting|pooed|pooped|pooing|pooping|messed|messing"
        r"|dirtied|dirtying|crapped|crapping) " + _RT17_SELF + r"(?! up| over)",
    ),
    *_rule15(
        "bowel",
        E,
        # "my bum just let go twice", "my bowels gave way with no warning"
        r"(?:bum|bottom|bowels?|back end|backside|arse|behind|rear end|back passage|butt) (?:\w+"
        r" ){0,2}?(?:let go|gave way|gave out|opened up|emptied)"
        r"(?! (?:a|an|of|one|wind|gas|the)\b)",
        unless=r"(?:fart\w*|trump\w*|wind|gas|toot\w*|parp\w*|guff\w*|rope|bar|branch|hand"
        r"|swing|ledge)",
    ),
    *_rule15(
        "saddle_numbness",
        E,
        # the seat not felt on the toilet ("I don't feel the seat like normal")
        r"(?:do|does|did|can|could|cannot) not (?:really |properly |even )?feel (?:the |my )?"
        r"(?:toilet |loo )?seat(?! (?:belt|of the|cover|warmer))",
        # the seat in Singlish or slang ("pp numb numb", "inside thigh same")
        _near9(
            r"(?:pp|pat pat|pi pi|tush|tushie|derriere|willy|todger|winkle|inside (?:my |me |ma )?"
            r"thighs?|inside thighs?|fanny|lady bits|front bits|bum cheeks?|butt cheeks?|ass"
            r" cheeks?)",
            r"(?:numb\w*|nunb\w*|tingl\w*|pins and needles|prickl\w*|dead|no feeling|(?:can|could"
            r"|do|did|does) not (?:\w+ )?feel|cannot (?:\w+ )?feel|like (?:touching|wearing) (?:\w+"
            r" )?(?:with )?(?:a )?(?:thick )?gloves?)",
            10,
        ),
        unless=r"(?:dentist|dental|numbing cream|waxing|wax)",
    ),
    *_rule15(
        "saddle_numbness",
        E,
        # "is like sitting on a cushion of air" (never a comfy chair's praise)
        r"(?:like|as if|as though) (?:i am |i m |i was )?sitting on (?:a |an )?(?:cushion|pillow"
        r"|bed|layer|bubble|ball) of (?:air|nothing)",
        unless=r"(?:comfy|comfortable|padded|(?:new|the|this|that|our) (?:\w+ )?(?:chair|sofa"
        r"|couch|armchair|seat|cushion|saddle|mattress|car|recliner)|heated seat|seat warmer|love"
        r" it|amazing|brilliant|great buy)",
    ),
    *_rule15(
        "both_legs",
        E,
        _near9(
            r"(?:both (?:of )?" + _RT17_MY + r" (?:two |twa )?legs|both (?:o|of) (?:them|em|dem"
            r"|thaim)|the (?:two|twa) (?:o )?(?:"
            + _RT17_MY
            + r" )?legs|"
            + _RT17_MY
            + r" (?:two|twa) legs|left and right|right and left|the pair of them)",
            r"(?:" + SYMPTOM + r"|fizz\w*|buzz\w*|like lead|(?:heavy|weighted) as lead|lead"
            r" weights|full of (?:fizzy|pop|sherbet|bubbles|static|electric\w*))",
            14,
        ),
        unless=_RT17_TRAINING,
    ),
    *_rule15(
        "leg_weakening",
        E,
        # "my legs are not having power like before", "no power in my legs like last week"
        r"(?:legs?|knees?) (?:\w+ ){0,2}?(?:not|no longer|never) (?:having|have|has|got|getting"
        r"|get|with) (?:the |any |much |enough )?(?:power|strength|force|oomph|grip)(?: \w+)?"
        r" (?:like|as) (?:before|usual|normal|last week|they (?:did|used to)|it (?:did|used to))",
        r"(?:power|strength|force) (?:in|of) " + _RT17_MY + r" legs? (?:\w+ ){0,2}?(?:not like"
        r" before|going|gone|less|reducing|reduced|disappearing|getting less|every day)",
        # a foot that slaps, flaps or flops when walking ("my foot go slap slap", "sound like a
        # flipper when I walk, foot just flops down")
        r"(?:foot|feet) (?:\w+ ){0,2}?(?:go|goes|going|went|is|keeps|just) (?:\w+ )?(?:slap|flap"
        r"|flop|smack|thwack|slapping|flapping|flopping|smacking)(?: (?:slap|flap|flop|smack))?\b",
        r"(?:foot|feet) (?:just |kind of |sort of |now )?(?:flops?|flopping|flopped|slaps?"
        r"|slapping|flaps?|flapping) down (?:\w+ ){0,3}?(?:when|as|while|each|every|since|started"
        r"|starting|now|new|lately|anymore|any more)\b",
        _near9(
            r"(?:sound|sounds|look|looks|walk|walking) like (?:a |i have |i am wearing )?"
            r"(?:flipper|flippers|a seal)",
            r"(?:walk|walking|walks|step|steps|foot|feet)",
            8,
        ),
        unless=r"(?:wear\w* (?:\w+ )?flippers|in flippers|snorkel\w*|diving|scuba|fins|penguin"
        r"|after (?:the )?(?:gym|run|race|squats|leg day|marathon))",
    ),
    *_rule15(
        "radiating_leg_pain",
        C,
        # "a zap go down my backside to the calf", "a pain like lightning going to my leg"
        r"(?:zap\w*|jolt\w*|shock\w*|bolt\w*|lightning|electric\w*|current|hot wire|live wire"
        r"|burning line|line of (?:fire|burning|pain)|hot line) (?:\w+ ){0,4}?(?:go|goes|going"
        r"|went|gone|run|runs|running|ran|shoot\w*|shot|travel\w*|spread\w*|come|comes|coming"
        r"|came|down|into|to) (?:\w+ ){0,5}?(?:down|into|to|through|along|in) (?:\w+ ){0,3}?"
        + _RT17_MY
        + r" (?:left |right |whole |other )?"
        + _RT17_LEG_PART,
        # a burning or a line running down the back of a leg ("down the back of me thigh")
        r"(?:burn\w*|pain\w*|line|streak|stripe|shoot\w*|zing\w*) (?:\w+ ){0,3}?(?:running|runs"
        r"|ran|going|goes|went|shooting|shoots|shot|travel\w*) (?:right )?down (?:the )?(?:back"
        r"|front|side|outside|inside) of " + _RT17_MY + r" (?:left |right )?" + _RT17_LEG_PART,
    ),
    *_rule15(
        "sharp_pain",
        S,
        # "felt like I'd been jabbed with a hot skewer in the lower back"
        r"(?:jabbed|stabbed|speared|skewered|knifed|poked|run through|impaled) (?:\w+ )?(?:with"
        r" |by )(?:a |an |some )?(?:red )?(?:hot |white hot |burning )?(?:skewer|knife|blade|spike"
        r"|poker|dagger|nail|ice pick|sword|spear|rod)(?: \w+){0,5}? (?:back|spine|leg|hip|side"
        r"|bum|buttock|thigh)",
        unless=r"(?:barbecue|bbq|kebab|cooking|chef|kitchen|fork)",
    ),
)


# rt19 (a nineteenth blind set, issue 13), by class: a near faint in other Englishes ("almost
# pengsan", "everything spin", the ears ringing with a sit down on the floor); the body hot without
# a verb ("feel body very hot"); a pain that rest does not reduce or that wakes the writer from it,
# or there while doing nothing; the shoulder blades as "wing bones", the back middle, a back that
# moved up to between them and was never there before; a knee that "gives away"; a spark or a jolt
# from the back "until the knee"; speech like a drunk's with no drink, an arm gone a dead weight;
# feeling nothing "there" in intimacy; own clothes soaked without knowing, found wet ("my pant is
# wet"), the urge not felt ("when I want to ease myself"), the urge with only a dribble after
# standing there for ages
_RT19_BLADES = (
    r"(?:shoulder ?blades?|wing ?bones?|wings|scapula\w*|shoulder ?bones?|shoulders|sholder"
    r" ?blades?)"
)
_RT19_BETWEEN_BLADES = (
    r"(?:between|in between|betwixt|in the middle of|middle of) (?:my |me |ma |mi |the |de |di"
    r" |both |two |the two |my two )?(?:two )?" + _RT19_BLADES
)
_RT19_PANTS = _RT17_PANTS[:-1] + r"|pant|pantie|nicker|trouser|clothes|dress)"
_RT19_EASE = (
    r"(?:ease (?:myself|meself|my self|masel)|urinate|pee|wee|piss|pass (?:water|urine)|go (?:to"
    r" )?(?:the )?(?:toilet|loo|bathroom|lav|washroom)|do (?:a |my )?(?:wee|pee|number (?:1|one)"
    r"|small one|short call))"
)
_RT19_DRINK = (
    r"(?:drunk|tipsy|pissed|sloshed|legless|hammered|plastered|wasted|merry|bladdered|steaming"
    r"|a skinful|skinful|a few|few drinks|drinks|a drink|bottle|pints?|sherry|wine|vodka|whisky"
    r"|whiskey|gin|beers?|rum|brandy|cider|shots|lager|prosecco)"
)

_RT19_RULES: tuple[_Rule, ...] = (
    *_rule15(
        "dizziness_fainting",
        C,
        # a faint in Malay, Indonesian or Tagalog English ("almost pengsan", "nearly pitam")
        r"(?:pengsan\w*|pitam|pengsankan|nahimatay|himatay)",
        r"(?:everything|the room|the world|it all|things|all|my head|the whole room|the place"
        r"|the floor|the ceiling) (?:is |was |s |keeps? |kept |start |started |starts |went |goes"
        r" |going |become |became )?(?:spin|spin spin|spin round|go round|going round|went round"
        r"|turn round|turning round|turn turn|moving|swaying|rocking)\b(?! (?:\w+ ){0,3}?(?:fast"
        r"|quick|well|smoothly|plan|out|on its|class|bike|ride|wheel|dance|game|games))",
        _near9(
            r"(?:ears?|head) (?:is |are |was |were |s |start\w* |went |all )?(?:buzz\w*|ring\w*"
            r"|whoosh\w*|hiss\w*|rushing|muffled|blocked)",
            r"(?:spin\w*|spun|sit (?:on the |down on the |down|on de )?(?:floor|ground)?|sat"
            r" (?:on the |down on the |down)(?:floor|ground)?|grey|gray|black|dark|faint\w*"
            r"|pengsan|pitam|dizz\w*|woozy|giddy|going down|went down|swimming|fall|falling)",
            12,
        ),
        unless=r"(?:spin class|spinning class|fairground|roller ?coaster|waltzer|merry go round"
        r"|carousel|washing machine|tumble dryer|vinyl|record|laughing|tinnitus for years"
        r"|concert|gig|festival|headphones|earphones|earbuds|loud music|speakers?|fire alarm)",
    ),
    *_rule15(
        "fever_unwell",
        C,
        # the body hot without a verb ("feel body very hot", "my body hot hot since morning")
        r"(?:my |me |de |di |whole |the )?(?:body|skin|forehead|whole body) (?:is |dey |s |feels?"
        r" |feeling |felt |was |been |become |became )?(?:very |so |too |really |extremely |quite"
        r" |all |hot )?(?:hot|heat\w*|burning|boiling|on fire|warm warm|warm and cold|hot and"
        r" cold)\b",
        # "I feel so hot inside my body"
        r"(?:feel|feels|feeling|felt) (?:\w+ )?(?:hot|burning|boiling) (?:all over|in (?:my"
        r"|me|the) (?:whole )?body|inside (?:my|me) (?:whole )?body|from inside)\b",
        unless=r"(?:sauna|bath|shower|workout|sun|sunny|gym|heatwave|heat wave|weather|summer"
        r"|hot tub|jacuzzi|sunburn\w*|sunbath\w*|tanning|nettles?|chilli|spicy|curry|hot yoga"
        r"|bikram|flush\w*|menopaus\w*|sexy|beach body|bikini|summer body|electric blanket"
        r"|heater|radiator|hot water bottle|fire|stove|oven|cooking|kitchen|run|running|race"
        r"|laps|exercise|fleece|jumper|coat|layers|blanket|duvet|hoodie|jacket)",
    ),
    *_rule15(
        "rest_pain",
        C,
        # rest that does not reduce it ("resting the whole day and the pain does not reduce")
        r"(?:rest|rested|resting|lie|lying|lay|laid|stayed|staying) (?:\w+ ){0,8}?(?:pain|it"
        r"|\w*ache|back|hurt\w*) (?:\w+ )?(?:does not|did not|do not|is not|not|never|will not"
        r"|would not) (?:\w+ )?(?:reduce|reducing|reduced|go down|come down|decrease\w*|ease"
        r"|easing|get better|getting better|improve|improving|better|lessen|subside|settle"
        r"|budge|shift|change|go away|stop)\b",
        # a pain there while doing nothing ("pain in back is also when I am doing nothing")
        _then15(
            PAIN,
            r"(?:when|while|whilst|even|also) (?:when |while |if )?(?:i am |i m |i s |i |am )?"
            r"(?:just |only |simply |completely |totally )?(?:sat |sitting |lying |laying |lay"
            r" |stood |standing )?(?:just |only |there )?(?:doing nothing|do nothing|not doing"
            r" (?:anything|nothing)|not moving|not move|keeping still|keep still|at rest|resting"
            r"|relaxing|lying in bed|lie in bed)\b",
            6,
        ),
        unless=r"(?:if i (?:rest|lie)|should i rest|will rest|after (?:a|an|the) (?:day|hour)s? of"
        r" rest it (?:went|is gone))",
    ),
    *_rule15(
        "night_pain",
        C,
        # woken from it ("in the night I wake from it 2-3 times")
        r"(?:wake|wakes|waking|woke|woken|wake up|woke up|waking up) (?:up )?(?:\w+ )?(?:(?:from"
        r"|because of|due to|by) (?:it|the pain|pain|my back|me back|the ache|ache|the hurt\w*)"
        r"|with (?:the pain|pain|my back|me back|the ache|back pain))\b",
    ),
    # "at night it becomes very bad"
    _rule(
        "night_pain",
        C,
        r"(?:at|in the|every|by|during the) night(?: time)? (?:it |the pain |pain |my back |me back"
        r" |the ache |my pain |time it )?(?:becomes?|become|gets?|getting|got|is|turns?|goes?|went)"
        r" (?:very |so |really |more |much |extra |even |too )?(?:bad|worse|terrible|unbearable"
        r"|strong|severe|serious|horrible|awful|painful|sore|intense)\b",
        requires=r"(?:pain\w*|ache\w*|aching|hurt\w*|back|sore|throb\w*)",
        unless=r"(?:traffic|noise|neighbou?rs?|baby|teething|cough\w*|itch\w*|heartburn"
        r"|reflux|snor\w*|insomnia|anxiety|nightmares?)",
    ),
    *_rule15(
        "shoulder_blade_pain",
        C,
        _near9(
            r"(?:" + _RT19_BETWEEN_BLADES + r"|wing ?bones?|back middle|middle back|mid back"
            r"|middle of (?:my |me |the )?back)",
            r"(?:" + PAIN + r"|killing|murder|agony|never (?:\w+ )?(?:been|had|felt) (?:\w+"
            r" )?(?:there|before|it)|first time|moved|moving|spread\w*|travel\w*|crept|creeping"
            r"|shifted|gone up|went up|come up|came up|new)",
            10,
        ),
        r"(?:back|pain|ache|it) (?:s |is |has )?(?:moved|moving|gone|went|spread\w*|travel\w*"
        r"|shifted|crept|creeping|come|came) (?:\w+ ){0,6}?" + _RT19_BETWEEN_BLADES,
        unless=r"(?:squeez\w*|pinch\w*|retract\w*|draw (?:\w+ )?together|pull (?:\w+ )?together"
        r"|tattoo\w*|mole|itch\w*|spot|spots|sunburn\w*|rash|sweat\w*|massage\w* (?:\w+ )?(?:is"
        r" |was )?(?:lovely|great|nice|amazing)|chicken|buffalo|angel|should (?:i|we|you) feel"
        r"|where should|supposed to feel|meant to feel|stretch (?:in|between))",
    ),
    *_rule15(
        "leg_weakening",
        E,
        # a learner's "gives away" for giving way ("the knee suddenly gives away")
        r"(?:knee|knees|leg|legs|ankle|ankles|hip) (?:\w+ ){0,2}?(?:give|gives|gave|giving|gived)"
        r" away\b(?! (?:the|a|an|my|his|her|their|some|free|it|them|everything"
        r"|nothing|secrets?|presents?|clothes|toys|for|to)\b)",
    ),
    *_rule15(
        "radiating_leg_pain",
        C,
        # a spark from the back "until the knee"
        r"(?:spark\w*|zap\w*|zing\w*|twang\w*|jolt\w*|shock\w*|bolt\w*|lightning|electric\w*|current"
        r"|wire|flash|fire|line of"
        r" (?:fire|pain)|pain\w*|shoot\w*|burn\w*|something|it) (?:\w+ ){0,2}?(?:go|goes|going"
        r"|went|run|runs|running|ran|shoot\w*|shot|travel\w*|spread\w*|come|comes|came|pass\w*"
        r"|move|moves|moving|moved|jump\w*|flash\w*) (?:\w+ )?from (?:the |my |me |ma |mi )?"
        r"(?:lower |low |small of (?:the |my )?)?(?:back|spine|bum|buttocks?|hip|waist|backside)"
        r" (?:\w+ ){0,2}?(?:until|till|til|to|into|down to|down into|reaching|right to|all the way"
        r" to|up to|as far as|reach) (?:the |my |me |ma |mi )?(?:left |right )?" + _RT17_LEG_PART,
        unless=r"(?:static|car door|socket|plug|fence|charger)",
    ),
    *_rule15(
        "stroke_signs",
        E,
        # speech like a drunk's with no drink ("came out like I'd had a bottle of sherry")
        r"(?:speech|words?|talking|voice|talk|speaking|sentences?) (?:\w+ ){0,3}?(?:came out"
        r"|come out|comes out|coming out|sounded|sounds|sound|was|were|is|are|went|gone|going"
        r"|s) (?:\w+ ){0,2}?(?:like|as if|as though) (?:i (?:would|had|have|was|am|d|been|would"
        r" have|had been|have been|were) )?(?:\w+ ){0,3}?" + _RT19_DRINK + r"\b",
        # "I sound drunk but I haven't had anything"
        r"(?:sound|sounds|sounded|sounding|talk|talks|talking|talked|speak|speaking|slur\w*)"
        r" (?:\w+ )?(?:drunk|tipsy|sloshed|legless|like (?:a |i am |i was |i m )?drunk\w*)\b",
        unless=r"(?:(?<!not )(?<!never )been drinking|(?<!not )(?<!never )i (?:was|am|got) (?:a"
        r" bit |bit |very |so |really )?(?:drunk|tipsy)|after (?:the |a |some |few |two |three )?"
        r"(?:pub|party|wine|beers?|drinks|pints)|hangover|hungover|at the pub|night out|wedding"
        r"|christening|(?:my|his|her|their) (?:dad|mum|uncle|husband|wife|mate|friend|brother"
        r"|sister|son|daughter|boss)(?: s)? (?:speech|words|voice))",
    ),
    *_rule15(
        "stroke_signs",
        E,
        # an arm gone a dead weight at once, a thing dropped ("dropped my cup, arm went like a
        # dead weight")
        _near9(
            r"(?:arm|hand) (?:\w+ ){0,2}?(?:went|gone|goes|felt|feels|was|is|became|turned|like)"
            r" (?:\w+ ){0,3}?dead weight",
            r"(?:dropped|drop|dropping|let go of|fell out of|slipped out of|(?:could|can) not"
            r" (?:\w+ )?(?:hold|grip|lift)|cannot (?:\w+ )?(?:hold|grip|lift)|suddenly|out of"
            r" nowhere|all of a sudden|for no reason|just now|minutes? ago|left|right)",
            10,
        ),
        unless=r"(?:slept on|sleeping on|lay on|lying on|laid on|sat on|fell asleep on|after (?:the"
        r" |a |my )?(?:gym|workout|session|class|curls|press|bench|weights)|numb from)",
    ),
    *_rule15(
        "weakness",
        C,
        # an arm or a hand gone a dead weight, a cup dropped
        r"(?:arm|hand|leg) (?:\w+ ){0,2}?(?:went|gone|goes|felt|feels|was|is|became|turned|like)"
        r" (?:\w+ ){0,2}?dead weight",
        unless=r"(?:slept on|sleeping on|lay on|lying on|laid on|sat on|after (?:the |a |my )?"
        r"(?:gym|workout|session|class|curls|press|bench|weights)|numb from)",
    ),
    *_rule15(
        "saddle_numbness",
        E,
        # feeling nothing "there" in intimacy ("when husband and I were intimate I feel almost
        # nothing there")
        _near9(
            r"(?:intimate|intimacy|sex|making love|made love|make love|intercourse|lovemaking"
            r"|love making|sexy time|in bed together|our time together|relations|(?:we are|we were"
            r"|being) together|in bed with (?:my |me )?(?:husband|wife|partner|him|her|boyfriend"
            r"|girlfriend|fella|missus|hubby))",
            r"(?:feel|felt|feeling|feels) (?:almost |hardly |barely |practically |next to"
            r" |virtually |nearly )?(?:nothing|no thing|very little|numb|dead|no sensation"
            r"|no feeling)|(?:can|could|do|did) not (?:\w+ )?feel (?:\w+ )?(?:anything|much|a"
            r" thing|it|there|down there|nothing)|cannot (?:\w+ )?feel|(?:no|lost|loss of|less"
            r"|reduced|lost all) (?:\w+ )?(?:sensation|feeling) (?:there|down there|below)|numb"
            r"\w*",
            12,
        ),
        unless=r"(?:for (?:him|her|them|my (?:husband|wife|partner))|emotion\w*|in love"
        r"|attract\w*|connection|spark|bored|boring|libido|mood|desire|stress\w*|depress\w*"
        r"|antidepressant\w*|dentist|numbing (?:cream|gel|spray)|condom|lube)",
    ),
    *_rule15(
        "saddle_numbness",
        E,
        # nothing felt down there ("I feel almost nothing down there")
        r"(?:feel|felt|feeling|feels) (?:almost |hardly |barely |practically |next to |virtually"
        r" |nearly )?(?:nothing|no thing|very little|no sensation|no feeling) (?:at all )?(?:down"
        r" there|down below|below|in (?:my |me )?(?:privates|private parts|groin|crotch|bits|lady"
        r" bits|front bits|saddle area))\b",
        unless=r"(?:dentist|dental|numbing (?:cream|gel|spray)|waxing|epidural|anaesthetic"
        r"|anesthetic|injection)",
    ),
    *_rule15(
        "saddle_numbness",
        E,
        # the insides of both thighs and everything in between asleep
        _near9(
            r"(?:insides? of (?:both |my |me |ma |the |both my |both me )?(?:thighs?|legs)|inner"
            r" thighs?|everything (?:in )?between|all (?:in )?between|(?:the |that )?bits? (?:in"
            r" )?between|in between (?:my |me |ma |the )?(?:legs|thighs))",
            r"(?:numb\w*|asleep|no feeling|tingl\w*|pins and needles|fizz\w*|(?:can|could|do|did)"
            r" not (?:\w+ )?feel|cannot (?:\w+ )?feel)",
            10,
        ),
        unless=r"(?:dentist|dental|numbing cream|waxing|wax|tried (?:\w+ ){0,6}?everything"
        r"|" + _RT15_TRAINING + r")",
    ),
    *_rule15(
        "bladder",
        E,
        # own clothes soaked without knowing ("soaked me trousers without even knowing I was
        # going")
        _near9(
            r"(?:soaked|wet|wetted|drenched|weed in|peed in|pissed in|weed|peed) (?:right )?"
            r"(?:through )?(?:my |me |ma |mi |the |all )?(?:own )?" + _RT19_PANTS,
            _RT17_NOT_FELT + r"|without (?:even )?(?:knowing|noticing|feeling)",
            12,
        ),
        # found wet, just seen ("I just see my pant is wet")
        _near9(
            r"(?:my |me |ma |mi |the )" + _RT19_PANTS + r" (?:\w+ ){0,2}?(?:is |are |was |were"
            r" |all |been |got |get |s )?(?:wet|damp|soaked|soaking|sodden|drenched)",
            r"(?:just|only|then) (?:see|saw|find|found|notice|noticed|realise|realised|discover"
            r"\w*|feel|felt)|" + _RT17_NOT_FELT,
            12,
        ),
        # the urge not felt ("I cannot feel when I want to ease myself")
        r"(?:" + _RT17_NOT_FELT + r"|" + CANT_FEEL + r") (?:when|if|that|the time|the moment)"
        r" (?:i |my body |me )?(?:want|wants|need|needs|have|got|must|should|am about) (?:\w+"
        r" )?to " + _RT19_EASE + r"\b",
        # the urge with only a dribble, standing there for ages
        _near9(
            r"(?:(?:need|needing|needed|want|urge|desperate|bursting|dying) (?:\w+ ){0,2}?(?:the"
            r" )?(?:loo|toilet|wee|pee|bathroom|lav|go|" + _RT19_EASE + r")|bursting|desperate)",
            r"(?:only |just |get |got |getting |a |then )(?:a |the )?(?:dribble|trickle|few"
            r" drops|drop|drip|dribbles|tiny bit|little bit)|stand\w* (?:there|at the \w+)"
            r" (?:for )?(?:ages|forever|for ever|minutes|waiting|and nothing)|nothing (?:comes"
            r"|came|happens|happened)",
            14,
        ),
        unless=_RT3_OTHER_WETTER + r"|queue|puddle|paint|mud|muddy|river|sea|beach|tap|kettle"
        r"|nose|mouth|drool\w*|coffee machine|printer|pen|ink|cistern|flush\w*",
    ),
)


RULES: tuple[_Rule, ...] = (
    # --- SAFETY 3.1: emergency signs -------------------------------------------------------
    _rule(
        "saddle_numbness",
        E,
        r"saddle\w*",
        r"cauda equina(?! (?:patients?|clients?|cases?|people|ward|unit|research|awareness))",
        _near(_any(NUMB, TINGLE), SADDLE_REGION, 8),
        _near(
            _any(
                CANT_FEEL,
                r"feel nothing",
                r"(?:no|lost|losing|lose) (?:the )?(?:feeling|sensation)",
                r"(?:does|do) not feel (?:anything|right)",
            ),
            SADDLE_REGION,
            8,
        ),
        _feeling_gone(SADDLE_REGION),
        _near(
            _any(NUMB, TINGLE, r"feel nothing", CANT_FEEL, r"no sensation", _SADDLE_ALTERED),
            _any(r"wip(?:e|es|ing)", r"toilet", r"loo", r"pee\w*", r"wee(?:ing)?", r"toilet paper"),
            6,
        ),
        # h35, h36 (missed at first sight): the saddle area's skin told as changed without the
        # word numb ("the skin around my bum and the insides of my thighs feels odd, sort of
        # cardboardy", "wiping feels like it's someone else's skin down there")
        _near(_SADDLE_ALTERED, SADDLE_REGION, 8),
        r"skin (?:\w+ ){0,3}?"
        + SADDLE_REGION
        + r" (?:\w+ ){0,8}?(?:feels?|felt|feeling|is|gone|went) (?:\w+ ){0,2}?(?:odd|weird|strange"
        r"|funny|different|wrong|off|dull|muffled|thick|padded)",
    ),
    _rule(
        "bladder",
        E,
        r"bladd?d?e?r\w*",
        r"blader",
        r"pee(?:ing|s|d)?",
        # "weed" is gardening ("kneeling to weed"), unless said of oneself ("weed myself")
        r"wee(?:ing|s)?(?! bit| while| one| little| thing)",
        r"weed (?:myself|my (?:pants|trousers|knickers|underwear|bed))",
        r"urin\w*",
        r"incontinen\w*",
        # not "i nearly wet myself laughing" (a figure of speech)
        r"(?<!nearly )(?<!almost )wet(?:ting)? (?:myself|the bed|my pants|my trousers|my underwear)"
        r"(?! (?:laughing|with laughter))",
        r"leak\w*",
        r"piss\w*",
        r"catheter\w*",
        r"pass(?:ing)? water",
        # rt1 (missed at first sight): "I cannot make water properly, I go and it does not
        # come", "nothing comes out when I go"
        r"(?:make|makes|making|made) water(?! (?:for|in|with|bottles?|kefir|filters?|from|balloons?"
        r"|fights?|pistols?|guns?|features?|ice|colou?rs?)\b)",
        r"(?:i|then) (?:go|try|went|tried|sit|sat)(?: (?:to|on) (?:the )?(?:toilet|loo|bathroom"
        r"|wee|pee)| for a (?:wee|pee)| to go)? (?:\w+ )?(?:and|but) (?:it|nothing|the wee|the pee"
        r"|no wee|no pee) (?:\w+ )?(?:does not|did not|will not|would not|do not) (?:\w+ )?(?:come"
        r"|flow|start|happen)\b(?! (?:easy|easily|naturally|off|home|with|to|up|round|along"
        r"|true)\b)",
        r"(?:sit|sat|go|went|get|got|am) (?:on|to) (?:the )?(?:toilet|loo) (?:\w+ )?(?:and|but)"
        r" (?:it|nothing|the wee|the pee) (?:\w+ )?(?:does not|did not|will not|would not|do not)"
        r" (?:\w+ )?(?:come|flow|start|happen)\b(?! (?:easy|easily|naturally|up|round|along)\b)",
        r"(?:nothing|not a drop|barely anything|hardly anything) (?:\w+ )?(?:comes|came|will come"
        r"|would come) out (?:\w+ ){0,3}?(?:when i (?:go|try|pee|wee)|on the (?:toilet|loo))",
        r"accidents? in (?:my |the )?(?:pants|underwear|trousers|bed)",
        # "no control of my water", "can't feel when I need to go", "my pants are wet and I
        # didn't notice"
        r"(?:no|lost|losing|lose|without|not any|little|poor) (?:\w+ )?control (?:of|for|over|on"
        r"|with) (?:my |the )?(?:water|wee\w*|pee\w*|urine|waterworks|bladder|peeing|weeing)",
        r"(?:do|does|did|can|could) not (?:\w+ )?(?:feel|notice|know|tell|sense) (?:it |anything )?"
        r"(?:when|if|that|like) (?:i )?(?:\w+ )?(?:need|must|have|want|got|going) to "
        r"(?:go\b(?! (?:on|up|further|deeper|higher|harder|back|for|out|with"
        r"|to (?!the (?:toilet|loo|bathroom))))|pee"
        r"|wee|poo"
        r"|empty)",
        # rt12: the need not felt till it was happening ("never knew I needed a wee until it was
        # too late", "had no clue I had to go before it started")
        r"(?:(?:do|does|did|can|could|never) (?:not )?(?:\w+ )?(?:feel|felt|notice|noticed|sense"
        r"|sensed|know|knew|realise|realised|realize|realized)|(?:had|have|with) (?:no|not a)"
        r" (?:\w+ )?(?:clue|idea|warning|inkling)) (?:that )?(?:i )?(?:\w+ )?(?:need"
        r"|needed|had|have|must|was going) (?:to go|to pee|to wee|to poo|a wee|a pee|a poo"
        r"|the (?:loo|toilet|bathroom)) (?:\w+ ){0,2}?(?:till|until|til|before) (?:it )?(?:\w+"
        r" ){0,2}?(?:happening|too late|coming|came|out|running|on the way|started)",
        # rt12: ran for the loo and did not make it
        r"(?:loo|toilet|bathroom|lavatory|restroom|lav|bog|wc) (?:\w+ ){0,2}?(?:and|but) (?:i"
        r" )?(?:just )?(?:did not|never|could not|nearly did not|failed to) (?:quite )?(?:make"
        r"|made) it\b(?! (?:to (?!the (?:loo|toilet|bathroom))|back|home|out|on time for|through"
        r"|up)\b)",
        r"(?:do|does|did|can|could) not (?:\w+ )?(?:feel|notice|sense) (?:it |anything )?(?:when"
        r"|while) (?:i )?(?:\w+ )?(?:go to|am on|sit on|use) (?:the )?(?:toilet|loo|bathroom)",
        _near(
            r"(?:pants|underwear|trousers|knickers|bed|sheets) (?:\w+ ){0,2}wet",
            r"(?:did not|without|not|never) (?:\w+ )?(?:notic\w*|feel\w*|felt|realis\w*|realiz\w*"
            r"|know\w*)",
            6,
        ),
        r"(?:keep|keeps|been|am|started|is) dribbling(?! (?:the|a|past|around|round|ball))",
        # h35 (missed at first sight): "i keep not making it to the loo in time"
        r"(?:not|never|nt|barely|hardly|without) (?:\w+ )?(?:make|makes|making|made|get|gets"
        r"|getting|got) (?:it )?(?:to|into) (?:the )?(?:loo|toilet|bathroom|lavatory|restroom)"
        r" (?:\w+ )?in time",
        _near(
            _any(r"trouble", r"problems?", r"difficult\w*", r"can not", r"control", r"hard"),
            _any(r"toilet", r"loo", r"bathroom", r"restroom"),
            4,
        ),
    ),
    _rule(
        "bowel",
        E,
        r"bowel\w*",
        r"poo(?:s|ed|ing)?",
        r"poop\w*",
        r"faec\w*",
        r"fec(?:al|es)",
        r"soil(?:ed|ing) (?:myself|my pants|my underwear)",
        r"(?:shit|shat|pooped|messed) myself",
        # rt12: "sharted with zero warning" (the writer's own; someone else's is their context)
        r"shart(?:ed|ing|s)?",
        # rt12: "motion" in Indian English ("no feeling for motion", "motion is
        # coming on its own", "passing motion without knowing")
        r"(?:not|no|never|without|lost|losing|loss of) (?:\w+ ){0,2}?(?:the |any )?(?:feeling"
        r"|sensation|urge|pressure|sense|control) (?:for|of|to pass|over|on) (?:my |the )?"
        r"motions?\b(?! sickness| sensor| control(?:ler)?s?| capture| picture)",
        r"motions? (?:is |are |was |were )?(?:\w+ )?(?:coming|comes|came|passing|passes|passed"
        r"|going|goes|went|leaking|leaks) (?:out )?(?:\w+ )?(?:on its own|by itself|without)",
        r"(?:passing|passed|pass|passes) (?:\w+ )?motions? (?:\w+ )?(?:on its own|by itself"
        r"|without|in (?:my |the )?(?:undergarments?|underwear|pants|bed))",
        r"(?:comes?|coming|came|passes|passing|passed|leaks?|leaking) (?:out )?(?:\w+ ){0,3}?(?:on"
        r" its own|by itself|without (?:my )?(?:knowing|control|feeling|warning)) (?:\w+ ){0,2}?in"
        r" (?:my |the )?(?:undergarments?|underwear|pants|knickers|undies|trousers|nappy|bed)",
        # h30 (a red flag missed at first sight): "i messed my pants this arvo and didn't even
        # notice"; never "messed up my jeans with paint"
        r"(?:messed|pooed|pooped|soiled|dirtied) (?:my |me )?(?:own )?(?:pants|trousers|underwear"
        r"|undergarments?|knickers|undies|jeans|shorts|boxers|kecks|nappy|pad)(?! (?:with|up)\b)",
        r"back passage",
        r"stools? (?:control|leak\w*|accident\w*)",
        # plain and non-native wordings of a lost control (issue 13 round 6): "no control for
        # my stool", "can't hold my poo", "it comes out without I feel it", "lose my stool"
        r"(?:no|lost|losing|lose|without|not any|little|poor) (?:\w+ )?control (?:of|for|over|on"
        r"|with) (?:my |the |me )?(?:\w+ )?(?:stools?|poo\w*|bowels?|number twos?|bum|bottom"
        r"|back passage|toilet|bathroom|loo)",
        r"(?:can not|could not|unable to|not able to|struggl\w* to|no way to) (?:\w+ )?"
        r"(?:hold|keep|control) (?:in )?(?:my |the |back )?(?:\w+ )?(?:stools?|poo\w*|bowels?"
        r"|number twos?)",
        r"(?:lose|losing|lost|leaking) (?:my |some |the )?stools?",
        r"(?:my |the )?(?:stools?|poo\w*|number twos?) (?:\w+ ){0,2}(?:comes?|coming|came|leaks?"
        r"|leaking|slips?|escapes?) (?:\w+ ){0,2}(?:out|by itself|on its own|without)",
        r"(?:it|stuff|things?|something|everything|wee|pee|urine) (?:\w+ )?(?:comes?|coming|came"
        r"|slips?|leaks?) out (?:\w+ ){0,3}?(?:without (?:me |i |my )?(?:\w+ )?(?:feel\w*|notic\w*"
        r"|know\w*|control\w*|realis\w*|realiz\w*|wanting)|before i (?:can|could|get|reach|make))",
        r"(?:things?|stuff|it) (?:\w+ ){0,2}(?:comes?|coming|came) out (?:\w+ ){0,2}down there",
        # rt1 (missed at first sight): "can't tell if I need a number 2, it just happens", "no
        # control back there, wind and everything escapes", "no urge first, just went in my
        # trousers", "couldn't feel myself going, only noticed after"
        _near(
            r"(?:(?:need|needing|needed|want|go|going|went|do|doing|did|have|having|had) (?:a |for"
            r" a |to do a |to go for a )?number (?:2|two)s?|my number (?:2|two)s)",
            _any(
                CANT_FEEL,
                r"(?:can|could|do|did) not (?:\w+ )?(?:tell|know|sense|notice)",
                r"just (?:\w+ ){0,2}?happens?",
                r"(?:no|without|never) (?:any )?(?:warning|urge|control|feeling)",
                r"by itself|on its own",
            ),
            8,
        ),
        r"(?:no|lost|losing|lose|without|little|poor|not much) (?:\w+ )?control (?:\w+ )?(?:back"
        r" there|down there|(?:of|o|over|ower) (?:my |ma |me )?(?:back end|rear end|behind|bum"
        r"|bottom|rear|arse|erse))",
        # rt12: "no warning and I could not hold it" (a bowel or bladder gone without notice)
        _near(
            r"(?:zero|no|without (?:any )?|not a) warning",
            r"(?:can|could) not (?:\w+ )?(?:hold|stop|keep) it(?: in| back)?",
            6,
        ),
        r"(?:wind|gas|farts?) and (?:everything|all|the rest|stuff|more)(?: else)? (?:\w+"
        r" )?(?:escapes?|escaping|escaped|comes? out|came out|slips? out|slipped out|leaks? out"
        r"|gets? out)",
        r"(?:can|could) not (?:\w+ )?(?:hold (?:in )?(?:my )?(?:wind|gas|farts?)|keep (?:my"
        r" )?(?:wind|gas|farts?) in)\b",
        r"(?:(?:^|(?:just|actually|accidentally|literally|then|i) )(?:went|did it|done it)|pooed"
        r"|weed|wee d|did a (?:poo|wee)) (?:right |just )?in my (?:trousers|pants|knickers|undies"
        r"|underwear|jeans|shorts|boxers|kecks|nappy)(?! pockets?)(?! (?:to|for|and went"
        r"|because)\b)",
        r"(?:can|could|did|do) not (?:\w+ )?(?:feel|notice|sense|realise|realize|know) (?:myself"
        r"|me) (?:going|go|wee\w*|pee\w*|poo\w*)\b(?! (?:deeper|further|into|down|up|faster|slower"
        r"|to|so|too|red|pale|quiet|under|mad|crazy|off|out|through|over|for|with|on)\b)",
    ),
    _rule(
        "both_legs",
        E,
        _near(
            r"both(?: of)?(?: my| the)? " + _any(LEGS, r"legs?", r"sides", r"knees"),
            SYMPTOM,
            10,
        ),
        _near(LEGS, SYMPTOM, 5),
        # round 22: sciatica down both legs ("my sciatica is in both legs now")
        _near(r"both(?: of)?(?: my| the)? (?:legs?|sides|thighs|buttocks)", r"sciatic\w*", 8),
        # and a symptom gone into both legs without its name ("since this morning it's in both
        # legs", "now it has spread down both legs")
        r"\b(?:it is|it has|it went|it goes|it is gone|now|spread\w*|moved) (?:\w+ ){0,2}?"
        r"(?:in|into|to|down) both (?:of )?(?:my |the )?legs\b",
        CANT_FEEL + r" (?:my |the |both |either )?(?:\w+ )?" + LEGS,
        _feeling_gone(_any(LEGS, r"both legs?")),
        _near(
            _any(r"both", r"each leg", r"either leg", r"left and right", r"right and left"),
            NEURO,
            6,
        ),
        # rt1 (missed at first sight): "pain going down the back of left AND right leg"
        _near(
            r"(?:left|right) (?:\w+ )?(?:and|an|n|&|plus) (?:the |my )?(?:left|right|other) (?:\w+"
            r" )?" + _any(LEG, LEGS, r"legs?", r"sides?", r"knees?"),
            SYMPTOM,
            10,
        ),
    ),
    _rule(
        "leg_weakening",
        E,
        _near(
            _any(LEG, LEGS, r"legs?", r"knees?"),
            _any(r"weaker", r"weakening", r"(?:gave|give|gives|giving) way", r"buckl\w*"),
            6,
        ),
        r"foot ?drop(?! (?:down|to|back|onto|slowly|gently)\b)",
        # round 27: legs heavier day after day ("my legs are getting heavier and heavier every
        # day"), a weakening told as weight; never heavy after one effort
        r"(?:legs?|knees?)(?! (?:day|days|press|curls?|extensions?|weights?|workouts?|sessions?"
        r"|raises?)\b) (?:(?!(?:weights?|bar|plates?|kettlebells?|dumbbells?|shopping|bags?"
        r"|baby|son|daughter|kids?)\b)\w+ ){0,3}?"
        r"(?:(?:getting|got|grown|growing|gone|become|becoming) )?(?:heavier and heavier"
        r"|heavier (?:every|each) (?:day|week|morning)|heavier by the (?:day|week)"
        r"|heavier day by day|heavier over (?:the )?(?:last |past )?(?:few |couple of )?"
        r"(?:days|weeks))",
        r"drop(?:ped|py)? foot",
        # round 9: "my foot has been dragging" (two words between)
        r"(?:foot|feet|leg|toes) (?:\w+ ){0,2}(?:dragging|drags|dragged|slapping|slaps|scuffing)",
        # round 29: a side named ("I'm dragging my left foot")
        r"drag(?:ging|s)? (?:my |one |the |his |her )?(?:left |right |bad |weak |other )?(?:foot"
        r"|leg|feet|toes)",
        r"(?:foot|feet|toes) (?:\w+ ){0,3}(?:catch|catches|catching|caught|snag\w*|scuff\w*)"
        r"(?! (?:a|an|the|my|some|up)\b)",
        r"trip(?:ping|ing|ped|s)? over (?:my |one )?(?:own )?(?:foot|feet|toes)",
        r"can not lift (?:my |the |one )?(?:foot|feet|toes|leg)",
        # after round 30 (a gap found while probing): "can barely lift my foot", "struggling to
        # lift my left foot", "can hardly raise my toes"
        r"(?:can|could) (?:barely|hardly|only just|not really|scarcely) (?:\w+ )?(?:lift|raise)"
        r" (?:up )?(?:my |the |one |that )?(?:left |right |bad |other )?(?:foot|feet|toes|ankle)",
        r"(?:struggl\w*|trouble|difficulty|hard) (?:\w+ )?(?:to |with )?(?:lift\w*|rais\w*)"
        r" (?:up )?(?:my |the |one |that )?(?:left |right |bad |other )?(?:foot|feet|toes|ankle)"
        r"(?! (?:\w+ )?(?:off|onto|on to|up onto|over|into|in the|during|for the|in this"
        r"|to the)\b)",
        # round 14: a foot's push-off or lift lost, whichever side is named ("can't push off
        # when I walk", "can't lift my left foot", "can't stand on tiptoe")
        r"can not (?:\w+ )?(?:lift|raise) (?:my |the |one |that )?(?:left |right |bad |other )?"
        r"(?:foot|feet|toes|ankle)",
        # h27 (missed at first sight): the front, the tip or the toes of the foot not lifting,
        # and a foot named, then "it drags" ("can't lift the front of my left foot, it just
        # drags along")
        r"can not (?:\w+ )?(?:lift|raise|pick up|pull up|flex) (?:up )?(?:the )?(?:front|tip|ball"
        r"|toes|end) of (?:my |the |one |that )?(?:left |right |bad |other )?(?:foot|feet)",
        r"(?:front|tip|ball|toes) of (?:my |the |one |that )?(?:left |right |bad |other )?(?:foot"
        r"|feet) (?:will not|does not|do not|can not|wont|doesnt|dont) (?:\w+ )?(?:lift|come up)",
        r"(?:foot|feet|toes) (?:\w+ ){0,2}?(?:will not|does not|do not|can not|wont|doesnt|dont)"
        r" (?:\w+ )?(?:lift|lift up|come up|pick up|clear the (?:floor|ground))\b(?=(?: \w+){0,3}?"
        r" (?:when i walk\w*|walking|on the stairs|up the stairs|since|properly|anymore|any more"
        r"|these days|now)\b)",
        r"(?:foot|feet) (?:\w+ ){0,6}?(?:it|they) (?:\w+ ){0,2}?(?:drags|drag|dragging|dragged"
        r"|slaps|slapping|scuffs|scuffing|flops|flopping)\b(?! (?:\w+ )?(?:mat|blanket|towel|bag"
        r"|box|chair|case|suitcase|lead|leash|dog|toy)\b)",
        r"can not (?:\w+ )?push off(?! (?:the|a|from|with my (?:hands?|arms?))\b)",
        r"(?:no|lost|losing|loss of) (?:the )?push off",
        # round 14: a leg gone weak over recent days is its weakening, whatever the cause
        _any(LEG, r"legs?", r"knees?")
        + r" (?:\w+ ){0,3}?(?:has |have |is |are )?(?:gone|going|went|getting|got|become|becoming"
        r"|been|grown) (?:\w+ )?weak (?:\w+ )?(?:in|over|for|during) (?:the )?(?:last|past|few"
        r"|couple|\d+|two|three|four|five) (?:\w+ )?(?:days?|weeks?|nights?)",
        # round 20: one leg that will not bear the writer ("my right leg won't hold me up",
        # "my knee couldn't take my weight"); both legs after a hard effort are tiredness
        # round 20: a giving way told again and again now ("it just buckled when I stood up,
        # 3rd time today", "gave way again this morning, twice now")
        r"(?:buckl\w*|(?:gave|give|gives|giving) way|went from under me|gone from under me)"
        r" (?:\w+ ){0,10}?(?:(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|several|few|two"
        r"|three|four|five) times? (?:now )?(?:today|this morning|this afternoon|this evening"
        r"|tonight|this week|in a row|now)|twice (?:now|today|this morning|this week|in a row)"
        r"|again (?:today|this morning|now|tonight))",
        r"(?:leg|knee) (?:\w+ ){0,2}?(?:(?:will|would|does|did|can|could) not|wont|cant)"
        r" (?:\w+ )?(?:hold|support|take|carry|bear) (?:me|my weight|my body|the weight)\b",
        r"(?:foot|feet|toes|leg) (?:\w+ )?(?:will|does|can|would|do) not (?:\w+ )?(?:lift|come up"
        r"|pick up|clear the (?:floor|ground))",
        r"keeps? (?:tripping|stumbling)",
        r"(?:keep|keeps|kept|keeping) (?:\w+ )?(?:giving way|buckling|collapsing)",
        r"(?:falling|fall|falls|fallen) over (?:more|a lot|all the time|lately|often|again)",
        r"can not (?:\w+ )?(?:get|go|stand|push) (?:up )?(?:on|onto) (?:my |one |the )?"
        r"(?:tip ?toes?|tiptoes?|toes|heels?)(?! for (?:long|more|very|ages))",
        # foot drop in other words: "my foot flops down", "ankle won't bend up", "can't stand
        # on my heels"
        r"(?:foot|feet) (?:\w+ )?(?:drops|dropping|flops|flopping|flaps|flapping|slapping|slaps"
        r"|hangs? down|hanging down)(?! (?:to|down|onto|on|back|towards|over|slowly|gently|across"
        r"|the|into|in)\b)",
        r"(?:ankle|foot|feet|toes) (?:\w+ )?(?:(?:will|does|can|would|do|is) not|wont)"
        r" (?:\w+ )?(?:bend|flex|point|pull|lift|go|come) (?:\w+ )?up",
        r"can not (?:\w+ )?(?:stand|walk|balance) on (?:my |one |the )?(?:heels?|tip ?toes?"
        r"|tiptoes?|toes)(?! for (?:long|more|very|ages))",
        r"can not walk",
        r"paraly[sz]\w*",
    ),
    _rule(
        "serious_trauma",
        E,
        r"car (?:crash|accident|wreck|collision)",
        # a crash, but not a computer's, an app's, energy's or a nap on the sofa
        r"(?<!laptop )(?<!computer )(?<!phone )(?<!app )(?<!bot )(?<!website )(?<!site )"
        r"(?<!server )(?<!game )(?<!market )(?<!screen )(?<!it )(?<!energy )(?<!energy levels )"
        r"(?<!mood )(?<!motivation )(?<!battery )(?<!wifi )(?<!internet )(?<!prices )(?<!shares )"
        r"(?<!stocks )crash\w*(?! (?:out|on (?:the |my )?"
        r"(?:sofa|couch|bed)|diet|course|pad|mat)\b)",
        r"collision",
        r"hit by (?:a )?(?:car|bus|truck|lorry|van|bike|cyclist|vehicle)",
        # Any vehicle as the subject or the object of an impact, a word or two apart: "got hit
        # by a motorbike", "a lorry reversed into me", "a bus went into the back of my car".
        rf"(?:hit|struck|knocked|clipped|rammed|smashed|mown|mowed) (?:down |over )?by (?:a |an "
        rf"|the |some )?(?:\w+ )?{VEHICLE}",
        rf"{VEHICLE} (?:\w+ ){{0,3}}{IMPACT} (?:\w+ ){{0,3}}(?:me|my|us)",
        r"(?:ran|crashed|drove|reversed|backed|ploughed|plowed|smashed|slammed|careered|swerved"
        rf"|piled) into (?:the (?:back|side|front) of )?(?:me\b|my {VEHICLE})",
        r"(?:got|was|were|been|get|getting) (?:\w+ )?(?:run over|mown down|mowed down|rear ended"
        r"|t boned|side swiped|sideswiped|knocked (?:off|down|over) (?!by (?:the|my) \w+ing))",
        r"(?:car|van|bus|truck|lorry|vehicle|motorbike|motorcycle|taxi|cab|cyclist|scooter)"
        r" (?:\w+ )?(?:hit|hits|struck|knocked|clipped|ran into|crashed into|went into|ploughed"
        r" into|plowed into) (?:me|my|into me)",
        r"(?:motorbike|motorcycle|bike|cycling|ski|skiing|riding|horse|sports?|work|road|rta)"
        r" (?:accident|crash|fall)",
        r"(?:fell|fallen|falling|tumbled|thrown) (?:down|off|from|out of)",
        r"(?:a|my|the) fall (?:down|off|from)",
        # round 16: walking down the stairs is no fall ("my knee hurts going down stairs")
        r"(?<!going )(?<!go )(?<!goes )(?<!walking )(?<!walk )(?<!walks )(?<!walked )(?<!coming )"
        r"(?<!went )(?<!ran )(?<!run )(?<!popped )(?<!nipped )(?<!headed )(?<!came )"
        r"(?<!come )(?<!comes )(?<!climbing )(?<!when )(?<!heading )(?<!way )(?<!limping )"
        r"(?<!hobbling )(?<!hobble )(?<!limp )down (?:the |some |a flight of )?(?:stairs|steps)",
        r"(?:bad|serious|big|heavy|nasty|major|hard|huge) (?:fall|accident|crash)",
        r"from (?:a )?height",
        r"off (?:a |the )?(?:ladder|roof|horse|wall|scaffold\w*)",
        r"whiplash",
        r"knocked (?:off|down|over|out)(?! of)",
        r"(?:came|come|thrown|flew) off (?:my |a |the )?(?:bike|bicycle|motorbike|motorcycle|horse"
        r"|scooter|skateboard|ladder|roof|wall)",
        # rt1 (missed at first sight): "came off my mountain bike, went over the bars", "went
        # down the last five stairs on my backside"
        r"(?:came|come|comes|coming|thrown|flew|fell|tumbled) off (?:my |a |the |his |her )?(?:\w+"
        r" ){1,2}(?:bike|bicycle|motorbike|motorcycle|horse|pony|scooter|skateboard|ladder|roof"
        r"|wall)\b",
        r"(?:went|go|gone|going|flew|flipped|thrown) over the (?:handle ?bars|bars|front of (?:the"
        r"|my) (?:bike|bicycle|handlebars))",
        r"(?:went|came|slid|tumbled|bounced|bumped|rolled|crashed|shot) down (?:the |a |some"
        r" )?(?:\w+ ){0,3}?(?:stairs|steps|staircase|flight)(?: \w+){0,3}? on (?:my |his |her"
        r" )?(?:back|backside|bum|bottom|butt|arse|ass|tailbone|coccyx|head|side|face|front)\b",
        r"(?:slid|tumbled|bounced|rolled) down (?:the |a |some )?(?:\w+ ){0,3}?(?:stairs|steps"
        r"|staircase)",
        r"run over",
        r"rear ended",
        # round 25: "some idiot T-boned me at the junction"
        r"t boned (?:me|us|my)",
        r"(?:side swiped|sideswiped) (?:me|us|my)",
        r"(?:bike|bicycle|cycling|scooter) (?:accident|crash|collision)",
        r"crashed (?:my |the |a |into )",
        r"tackled",
        # more impacts: kicked, thrown or flattened by an animal or a player, a pile-up
        r"(?:kicked|trampled|thrown|bucked off|flattened|crushed|squashed|stamped on|landed on)"
        r" (?:\w+ ){0,2}by (?:a |an |the |my )?(?:\w+ )?(?:horse|cow|animal|player|scrum|crowd"
        r"|forward|tackle|tree|branch|beam|shelf|wardrobe)",
        r"(?:horse|pony) (?:\w+ )?(?:threw|throws|thrown|bucked|kicked|fell on) (?:me|my)",
        r"(?:flattened|crushed|squashed|trampled) (?:in|at|during) (?:a |the )?(?:scrum|ruck|maul"
        r"|tackle|crowd|crush)",
        r"pile ?up",
        r"(?:tree|branch|beam|shelf|wardrobe|box|boxes|weight|barbell) (?:\w+ )?(?:fell|fallen"
        r"|dropped|landed) (?:on|onto) (?:me\b|my (?:back|spine|neck|head))",
        r"landed (?:hard |heavily |badly )?on (?:my |the )?(?:back|spine|bum|bottom|tailbone|coccyx"
        r"|head|neck)",
        # rt12: a landing on a named part of the spine ("landed on the bottom of my spine",
        # "came down on my coccyx")
        r"(?:landed|landing|came down|come down|crashed down|dropped|thumped down) (?:\w+ )?(?:on"
        r"|onto|on to) (?:my |the )?(?:(?:base|bottom|end|tip|top|middle|lower part|small) of"
        r" (?:my |the )?)?(?:spine|tailbone|coccyx|sacrum|lower back)\b",
    ),
    _rule(
        "chest_pain",
        E,
        _near(
            r"chest",
            _any(PAIN, r"tight\w*", r"pressure", r"crush\w*", r"squeez\w*", r"heavy"),
            4,
        ),
        r"heart attack",
        r"angina",
        # rt12: Nigerian Pidgin ("my chest dey do me", "something dey press my chest", "e dey go
        # my back")
        r"chest (?:\w+ )?(?:dey|de|don dey|don) (?:do me|pain me|pain|hurt me|hurt|press me|tight"
        r" me|tight|squeeze me|heavy)\b",
        _near(
            r"chest(?! of (?:drawers|toys)| freezer| press| day| workout| muscles?| fly| flies)",
            _any(
                r"(?:something|somebody|someone|a weight|weight|stone|load|hand) (?:\w+ )?(?:dey"
                r" )?(?:press\w*|squeez\w*|sitting on|sit on|sat on|pushing down)(?: am| it| me)?",
                r"(?:e|it|the pain|pain) (?:\w+ )?(?:dey |is |don )?(?:spread\w*|radiat\w*|go|going"
                r"|moving) (?:go |to |into |down |through |reach )?(?:my |the )?(?:back|left arm"
                r"|arm|arms|jaw|neck)\b",
            ),
            10,
        ),
        # h31 (missed at first sight): "crushing pressure in the middle of my chest rn"
        r"(?:crush\w*|squeez\w*|pressure|tight\w*|heav\w*|pain\w*|ache\w*|aching) (?:\w+ ){0,3}?"
        r"(?:in|on|across|around|at) (?:the )?(?:middle|centre|center|front) of (?:my |the )?chest",
        r"(?:elephant|brick|bricks|vice|vise) (?:\w+ ){0,2}(?:on|around|across|in)"
        r" (?:my |the )?chest",
        # rt1 (missed at first sight): "chest feels like an elephant is sitting on it", "a heavy
        # squeezing behind my breastbone"
        r"(?:someone|somebody|something|a weight|an elephant|a brick) (?:is |was )?(?:sitting|sat"
        r"|standing|stood|pressing|kneeling|pushing) (?:down )?on my chest",
        r"chest (?:\w+ ){0,3}?(?:like|as if|as though) (?:\w+ ){0,3}?(?:elephant|bricks?|vi[cs]e"
        r"|tonne|ton of|someone (?:is )?(?:sitting|standing|sat|stood)|a (?:heavy )?weight)",
        _near(
            r"(?:breast ?bone|sternum)",
            _any(PAIN, r"tight\w*", r"pressure", r"crush\w*", r"squeez\w*", r"heavy", r"heaviness"),
            4,
        ),
    ),
    _rule(
        "breathing_difficulty",
        E,
        r"can not (?:breathe|breath|catch my breath)",
        r"short(?:ness)? of breath",
        r"(?:struggling|struggle|difficulty|trouble|hard) (?:to )?breath\w*",
        r"breathless\w*",
        # round 19: out of breath at rest or at a small effort
        # after round 32: "gasping" and "puffing" at a small effort ("walked up one flight of
        # stairs and I'm gasping"), the effort told before or after
        r"(?:walk\w*|climb\w*|went|go|going|got) (?:up )?(?:\w+ ){0,5}?(?:stairs|flight|the kitchen"
        r"|the loo|the toilet|the bathroom|the shop|the car) (?:\w+ ){0,3}?(?:gasping|puffing"
        r"|panting|wheezing)(?! for (?:a |some )?(?:drink|tea|coffee|pint|cuppa|water|beer))",
        r"(?:out of breath|winded|puffed out|gasping for (?:air|breath)|gasping|puffing|panting)"
        r" (?:\w+ ){0,2}?(?:at rest"
        r"|resting|sitting|lying|talking|doing nothing|for no reason|walking|going for a walk"
        r"|to the (?:kitchen|loo|toilet|bathroom|shop|car)|up the stairs|getting dressed|all the"
        r" time"
        # rt12: "gasping getting out of my bed", "puffing standing up from the sofa"
        r"|(?:getting|get|got|climbing|standing|stood) (?:up )?(?:out of|out|off|from|up from)"
        r" (?:my |ma |the |a )?(?:bed|chair|sofa|couch|settee|bath|car|seat|armchair)"
        r"|(?:brushing|washing|drying) my (?:teeth|hair|face)|getting washed|making (?:the bed"
        r"|a cup of tea|a cuppa|my bed))",
        r"can not (?:get|catch) (?:my|a) breath",
        # round 29: blue lips ("my lips went blue"), never lipstick or a drink's colour
        r"(?<!lipstick )lips? (?:\w+ ){0,2}?(?:went|turned|turning|going|gone|were|are|was|is"
        r"|looked|look|looks|looking|got|getting) (?:a bit |slightly |all |kind of |really |very )?"
        r"(?:blue|bluish|blueish|grey|gray|purple)(?! (?:lipstick|gloss|from (?:the |a |that"
        r" |my )?(?:\w+ )?(?:juice|ink|blueberr\w*|berr\w*|sweets?|lolly|lollipop|ice lolly"
        r"|slush\w*|dye|paint|drink|sweet|cake|icing|food colou?ring|wine)))",
        r"(?:blue|bluish|blueish|grey|purple) (?:around|round) (?:the|my|his|her) (?:lips|mouth)",
        # rt1 (missed at first sight): "like breathing through a straw", "can't get a full
        # breath in", "couldn't get enough air in", "had to stop halfway up the stairs to get
        # some air"
        r"breath\w* (?:\w+ ){0,2}?through (?:a |an )?(?:\w+ )?(?:straw|pillow|towel|sponge"
        r"|blanket)",
        r"(?:can|could) not (?:\w+ )?(?:get|take|draw|pull|suck|catch) (?:in )?(?:a |my |enough "
        r"|any )?(?:full |deep |proper |decent |good |big |whole )?(?:breaths?|breth|air)\b(?!"
        r" (?:\w+ )?(?:in|into) (?:the|my|a) (?:tyres?|tires?|balls?|balloons?|mattress|bed|pool"
        r"|lilo))",
        r"(?:struggl\w*|trouble|hard|unable|difficult\w*) (?:\w+ )?(?:to )?(?:get|getting|take"
        r"|taking|draw|drawing) (?:a |my |enough |any )?(?:full |deep |proper |decent |big"
        r" )?(?:breaths?|air) (?:in|into my lungs)\b",
        r"(?:stop|stopped|stopping|pause|paused|rest|rested) (?:\w+ ){0,3}?(?:up|on|climbing)"
        r" (?:the |a )?(?:stairs|steps|hill|slope|flight) (?:\w+ ){0,2}?(?:to|for) (?:get |catch "
        r"|grab )?(?:some |my |a )?(?:air|breath)",
        r"(?:lungs?|chest) (?:\w+ ){0,3}?(?:have |has )?(?:shrunk|shrunken|got smaller|will not"
        r" fill|do not fill|does not fill|not filling)",
    ),
    # After round 29 (a gap found while probing): the signs of a stroke are an emergency
    # whatever the back does (SAFETY.md 1: when in doubt, stop and send to care). Slurred or
    # garbled speech, a face or a mouth drooping on one side. A cause told ("after six pints")
    # asks at most; never settled.
    _rule(
        "stroke_signs",
        E,
        r"(?:speech|words|voice|talking) (?:\w+ ){0,2}?(?:slurr\w*|garbled|jumbled)",
        r"slurr(?:ing|ed|s)? (?:all )?(?:my |his |her |their )?(?:words|speech)",
        r"(?:i am|im|been|keep|started|start) slurring",
        r"(?:face|mouth|smile|lip|eyelid|cheek) (?:\w+ ){0,3}?(?:droop\w*|lopsided|sagg\w*"
        r"|(?:dropped|fallen|slipped|gone down) on one side)",
        r"(?:droop\w*|lopsided) (?:\w+ ){0,2}?(?:face|mouth|smile)",
        # rt12: "my mouth goes down on one side", "my smile has gone crooked on the left"
        r"(?:face|mouth|smile|lips?|eyelid|cheek|corner of (?:my |his |her )?mouth) (?:\w+ ){0,3}?"
        r"(?:(?:going|gone|goes|went|pulling|pulled|hanging|dropping|dropped|falling|fallen"
        r"|slipping|slipped|sliding|slid|sagging|sagged|drooping|drooped) (?:down|downwards)"
        r"|crooked|twisted|hanging|pulled across) (?:\w+ )?(?:on|to|at) (?:one|the left|the right"
        r"|left|right|my left|my right|the one)(?: side)?\b",
        r"(?:can not|could not|struggl\w* to|trouble|hard to) (?:\w+ )?(?:speak|talk|get (?:my |ma"
        r" |the )?words out) (?:properly|clearly|normally"
        r"|right(?! now| away| at| then| this| here))",
        # after round 33: an arm and a leg of one side weak, heavy or numb together ("my left
        # arm and leg feel heavy since this morning")
        r"(?:left|right|one) (?:arm and (?:my |the )?(?:left |right )?leg|leg and (?:my |the )?"
        r"(?:left |right )?arm) (?:\w+ ){0,3}?(?:heavy|weak|numb|dead|useless|not working"
        r"|will not work|gone)",
        # rt1 (missed at first sight): words lost or wrong ("can't find the right words, keep
        # typing the wrong things"), a hand that won't obey, talking funny with no drink, a
        # side of the sight lost, half the mouth that didn't move
        r"(?:can|could) not (?:\w+ )?(?:find|get|think of|remember) (?:the |my )?(?:right"
        r" )?(?:words?|wrds)\b(?! (?:to|for|that|when|which|in)\b)",
        r"(?:keep|keeps|kept|been|am|started|i) (?:\w+ )?(?:typing|saying|writing|using|texting)"
        r" (?:the )?wrong (?:things?|thngs|words?|wrds)",
        r"(?:words?|wrds|sentences?) (?:\w+ )?(?:coming|come|came|comes) out (?:all )?(?:wrong"
        r"|jumbled|muddled|mixed up|backwards|in the wrong order|funny|weird)",
        r"(?:hand|arm|leg|foot|fingers?|face|mouth) (?:\w+ )?(?:will not|wont|does not|do not"
        r"|doesnt|dont|would not|is not|isnt) (?:\w+ )?(?:do|doing) what i (?:tell|told|want|ask)",
        r"(?:talking|speaking|speech|talk|voice|(?:i|he|she) (?:speak|speaks|spoke|talk|talks))"
        r" (?:\w+ ){0,2}?(?:funny|strange|weird|odd|slow\w*"
        r"|thick|muddled|mumbl\w*|drunk)(?= (?:\w+ ){0,12}?(?:drink|drunk|had a few|pints?|sober"
        r"|one side|left|right|face|mouth|arm|hand|sudden\w*|today|this morning|since)\b)",
        r"(?:talking|speaking|sound\w*) (?:\w+ ){0,2}?like (?:i have|i had|i am|i was) (?:had a"
        r" few|drunk|been drinking)",
        r"(?:can|could) not (?:\w+ )?see (?:\w+ ){0,2}?(?:out of|on|from|to) (?:the |my )?(?:left"
        r"|right|one) (?:side|eye|half)(?! of (?:the |my )?(?:car|windscreen|window|mirror|screen"
        r"|road|house|room|tv|telly|stage|pitch|mat|video|picture|page|diagram|image|photo"
        r"|screen))",
        r"(?:lost|losing|loss of|no) (?:the )?(?:sight|vision) (?:in|on|out of) (?:my |one |the"
        r" )?(?:left |right )?(?:eye|side)",
        r"(?:one|left|right) (?:half|side) of (?:my |his |her )?(?:face|mouth|smile|lips?) (?:\w+"
        r" ){0,3}?(?:did not|does not|will not|would not|wont|can not|could not|not|stopped|is"
        r" not) (?:\w+ )?(?:move|moving|work|working|lift|go up|smile)",
    ),
    # --- SAFETY 3.2 and 7: see-a-clinician signs --------------------------------------------
    _rule(
        "fever_unwell",
        C,
        # round 12: never a figure of speech ("a fever dream", "cabin fever", "hay fever",
        # "working feverishly", "at fever pitch")
        r"(?<!cabin )(?<!hay )(?<!spring )(?<!football )(?<!night )(?<!gold )(?<!cup )"
        r"fever(?!ishly|s? dreams?| pitch| tree)\w*",
        r"feaver\w*",
        r"fevre",
        r"(?:high |a |running a )temp(?:erature)?",
        r"feverreading",
        r"burning up(?! \w* ?calories)",
        r"hot and (?:cold|shivery)",
        r"temperature of",
        r"chills",
        r"shiver\w*",
        r"(?:night )?sweats",
        r"sweating at night",
        r"unwell",
        r"poorly",
        r"(?:feel|feels|feeling|felt) (?:\w+ )?(?:ill|sick|rough|awful|terrible|rubbish|horrible"
        r"|rotten|lousy|grim|dreadful|ropey|ropy|crap|crappy|shivery|feverish)",
        r"sick(?! of| and tired)",
        r"nause\w*",
        r"vomit\w*",
        r"throw(?:ing)? up",
        r"threw up",
        r"flu",
        r"infection",
        # rt1 (missed at first sight): "I am not well since few days, body is hot, no appetite"
        r"(?:i am|i have been|been|feeling|feel|felt|i was) not (?:very |so |too |at all )?well(?!"
        r" (?:versed|known|enough|rested|paid|organised|organized|prepared|done)\b)",
        r"(?:body|skin|forehead|whole self) (?:\w+ )?(?:is|feels?|felt|was|been|all|gone) (?:\w+"
        r" )?(?:hot|burning|boiling|on fire|clammy)\b(?! (?:\w+ )?(?:after|from|in) (?:the |a |my"
        r" )?(?:sauna|bath|shower|workout|run|session|sun|gym|heat|hot tub|jacuzzi|class|sunburn"
        r"|sunbathing|tanning|nettles?|chilli|spicy|curry|yoga|hot yoga))",
        r"(?:no|lost (?:my |all )?|loss of|poor|zero|off my) appetite\b(?! for\b)|off my food",
    ),
    _rule(
        "dizziness_fainting",
        C,
        r"dizz\w*",
        r"light ?headed",
        r"faint(?:ed|ing)",
        r"(?:feel|feels|feeling|felt) faint",
        # round 24: "my tablets made me faint", "it makes me pass out"
        r"(?:made|make|makes|making) (?:me|him|her) (?:\w+ )?(?:faint|pass out|black out)",
        r"passed out",
        r"black(?:ed)? out",
        r"blackouts?",
        r"lost consciousness",
        r"vertigo",
        r"collaps\w*",
        # h33 (missed at first sight): a faint told without its name ("everything went grey,
        # next thing I knew I was on the floor"), a vision that greyed or blacked out
        r"(?:everything|it all|the room|my vision|my eyes|the world|my sight) (?:\w+ )?(?:went|goes"
        r"|going|turned|go) (?:all |a bit |kind of )?(?:grey|gray|black|dark|white|fuzzy|blurry"
        r"|spotty|dim|wobbly)(?! (?:\w+ ){0,3}?(?:power|lights?|electric\w*|fuse|cinema|screen|tv"
        r"|telly|film|movie|sky|clouds?|outside))",
        r"next thing i (?:knew|know|remember) i (?:was|am|woke|came round|came to) (?:\w+ ){0,2}?"
        r"(?:on the floor|on the ground|lying|waking|with people|in an ambulance|flat out)",
        r"(?:came round|came to|woke up) (?:\w+ ){0,2}?on the (?:floor|ground|bathroom floor)",
        # rt1 (missed at first sight): "went grey and woozy and ended up on the floor",
        # "everything went sparkly and far away", "my legs went and I was out cold", "nearly
        # keeled over, vision went tunnel-y", "came round on the kitchen floor", "felt like I
        # was going to pass out"
        r"wooz\w*",
        r"(?:came round|came around|come round|came to|woke up|woke) (?:\w+ ){0,2}?on (?:the |my"
        r" )?(?:\w+ )?(?:floor|ground|pavement|carpet)",
        r"ended up (?:\w+ ){0,2}?on the (?:\w+ )?(?:floor|ground|pavement)",
        r"(?:everything|it all|the room|my vision|my eyes|the world|my sight|things) (?:\w+"
        r" )?(?:went|goes|going|turned|go|gone) (?:all |a bit |kind of )?(?:sparkly|starry|far"
        r" away|distant|tunnel\w*|swimmy|spinny|floaty|muffled)",
        r"(?:vision|sight|eyes) (?:\w+ ){0,2}?tunnel\w*",
        r"(?:sparkly|starry|swimmy|spinny) and (?:far away|distant|faint|dizzy|woozy|fuzzy|grey"
        r"|gray)",
        r"(?:sparkly|starry|swimmy|spinny|far away|distant) (?:\w+ ){0,6}?had to (?:sit|lie|lay"
        r"|grab|hold|lean)",
        r"(?:was|went|i was|knocked|been|lay|lying|laid|am|is|were) out cold\b(?! (?:asleep|by|all"
        r" night|till|until|in bed|on the (?:sofa|couch|settee)|as soon as|the moment|after a"
        r" long)\b)",
        r"(?<!boat )(?<!ship )(?<!yacht )(?<!tree )(?<!fence )(?<!boat nearly )(?<!boat almost"
        r" )(?<!ship nearly )(?<!ship almost )keel(?:ed|ing|s)? over",
        r"(?:going to|gonna|about to|nearly|almost|could have) (?:\w+ )?(?:pass out|passed out"
        r"|faint|fainted|black out|blacked out)\b(?! (?:if|when|unless|at the thought|of"
        r" boredom)\b)(?! (?:from|with) (?:boredom|laughing|laughter|excitement|joy"
        r"|embarrassment))",
    ),
    _rule(
        "weight_loss",
        C,
        # weight lost without meaning to; not "lost weight on purpose / on a diet"
        r"(?:lost|losing|dropped|dropping|shed) (?:\w+ ){0,3}(?:weight|kilos?|kgs?|pounds|lbs"
        r"|stones?)(?! "
        + _NOT_DENIED
        + r"{0,3}(?:on purpose|diet\w*|intentional\w*|deliberately|slimming"
        r"|calorie\w*|fasting|weight watchers|gym|training|exercis\w*|running))",
        r"(?:lost|dropped) \d+ ?(?:kilos?|kgs?|pounds|lbs|stones?)",
        # round 12: a number lost with the time it took ("down 5kg since christmas, not dieting")
        r"(?:down|gone down|dropped|lost|shed) (?:by )?(?:\d+|a|one|two|three|four|five|six"
        r"|seven|eight|nine|ten|half a) ?(?:kilos?|kgs?|kg|pounds|lbs|lb|stones?|st|dress sizes?"
        r"|sizes?)"
        r" (?:\w+ ){0,3}(?:since|in|over|this|last|within)\b(?! "
        + _NOT_DENIED
        + r"{0,4}(?:on purpose"
        r"|intentional\w*|deliberately|slimming|calorie\w*|fasting|weight watchers|gym|training"
        r"|exercis\w*|running|trying to))",
        r"without (?:even )?(?:trying|dieting)",
        r"(?:clothes|trousers|jeans|belt) (?:\w+ ){0,2}(?:hanging off|looser|falling off|too big)",
        # rt12: any garment worn for a while now hanging off ("the uniform hangs off me")
        r"(?:tunic|uniform|scrubs|overalls|shirts?|tops?|dress|dresses|skirts?|jumpers?|bra"
        r"|waistband|shorts|leggings|suit|coat|joggers|trackies) (?:\w+ ){0,2}?(?:hanging|hangs"
        r"|hung|falling|falls) off (?:me|my)\b",
        _near(
            r"(?:down|dropped|lost|gone down|go down|went down) (?:\w+ )?(?:two|three|four|2|3|4"
            r"|a couple of|several|a few|few) (?:dress |clothes |trouser |jean |uniform )?sizes",
            r"(?:not|never|no|without) (?:\w+ )?(?:dieting|diet|trying|on a diet)",
            8,
        ),
        r"(?:have|had) not been (?:dieting|trying)",
        r"weight loss",
        r"weight (?:is )?(?:dropping|falling)",
        # rt1 (missed at first sight): "everyone says I look thin, belt needs a new hole", "my
        # wedding ring slides off, face looks gaunt"
        r"belt (?:\w+ ){0,3}?(?:new|another|extra|tighter|more) (?:hole|notch)",
        r"(?:new|another|extra) (?:hole|notch) (?:in|on) (?:my |the )?belt",
        r"(?:everyone|people|they|keeps?|kept|friends|family|wife|husband|partner|work) (?:\w+"
        r" ){0,4}?(?:saying|say|says|telling|tell|tells|said|told) (?:\w+ ){0,2}?(?:i|me) (?:\w+"
        r" )?(?:look|looking|looks|am|have got|got|gotten|gone) (?:\w+ )?(?:thin|thinner|skinny"
        r"|gaunt|drawn|skeletal)",
        r"(?:face|cheeks|i|body) (?:\w+ )?(?:looks?|looking|look|gone|went|am|is) (?:\w+"
        r" )?(?:gaunt|skeletal|hollow|sunken|like skin and bone)",
        r"(?:ring|rings|watch|watch strap) (?:\w+ ){0,3}?(?:slides?|slid|sliding|slipping|slips"
        r"|falls?|fell|falling|spins?|comes?) (?:right |straight )?off\b(?! (?:\w+ ){0,3}?(?:cold"
        r"|winter|soap|water|wet|swim\w*|pool|lotion|cream|oil))",
    ),
    _rule(
        "night_pain",
        C,
        r"wak(?:es|ing) me",
        r"woke me",
        # after round 42: the habit told in the past ("my hip used to wake me"), which
        # the past's context weighs (and a return, "back again this week", locks out)
        r"(?:back|pain|pains|ache|aches|aching|spine|sciatica|hips?|legs?) (?:\w+ )?(?:used to"
        r"|would) wake me",
        r"woken (?:up )?by",
        r"keeps? me (?:up|awake)",
        r"kept me (?:up|awake)",
        r"(?:can|could) not sleep",
        r"unable to sleep",
        r"sleepless",
        r"lying awake",
        r"worse (?:\w+ ){0,2}(?:at night|in the night|overnight|in bed)",
        r"(?:at night|overnight|in bed) (?:\w+ ){0,2}worse",
        _near(_any(r"night\w*", r"sleep\w*", r"wak(?:e|es|ing)", r"woke", r"bed"), PAIN, 6),
        # rt1 (missed at first sight): "sleeping in the armchair because lying flat my back
        # throbs till morning"
        _near(
            PAIN,
            r"(?:till|until|til|right through to|through to) (?:the )?(?:morning|dawn|small hours"
            r"|early hours)",
            3,
        ),
        _near(
            r"(?:sleep\w*|slept|nights?) (?:\w+ ){0,2}?in (?:the |an |my |a )?(?:arm ?chair|chair"
            r"|recliner|sofa|couch)",
            _any(PAIN, r"lying flat", r"lie flat", r"laying flat", r"lay flat"),
            10,
        ),
    ),
    _rule(
        "rest_pain",
        C,
        _near(
            PAIN,
            _any(
                # h31 (missed at first sight): "even when im lying totally still"
                r"(?:at|when|while|with|during) (?:i am )?(?:rest|resting|lying down|lying"
                r" (?:totally |completely |perfectly |dead |really |very )?still)",
                r"rest (?:does not|did not|will not) help",
                # h34 (asked at first sight): "hurts even when im just lying on the sofa doing
                # nothing"
                r"even (?:when|while|if) (?:i am )?(?:just |only )?(?:lying|laying|resting"
                r"|doing nothing|in bed|keeping still|sat still|sitting still)",
                # rt1: "even just sat still", "lying flat my back throbs"
                r"even (?:just |only )?(?:sat|sitting|lying|laying|lay) (?:still|down|flat)",
                r"(?:lying|laying|lie|lay) flat",
            ),
            6,
        ),
        r"constant (?:pain|ache|aching)",
        _near(
            PAIN,
            _any(
                r"all the time",
                r"24 ?7",
                r"non ?stop",
                r"never (?:stops|goes away|eases)",
                r"does not (?:stop|go away|ease|settle)",
                # h31: "the pain doesnt let up"
                r"(?:day|night) (?:and|or) (?:night|day)",
                r"(?:does not|do not|never|will not|would not) (?:lets? up|ease off|ease up"
                r"|calm down|settle down|switch off|give me a break)",
                # rt1: "a deep gnawing ache that never switches off"
                r"never (?:\w+ )?(?:switch(?:es)? off|turns? off|lets? up|eases? (?:off|up)"
                r"|settles?|shuts? off|goes? away|stops?)",
            ),
            4,
        ),
        # rt1: "a gnawing ache in my lower back that never lets up"
        PAIN + r" (?:\w+ ){0,6}?that (?:never|does not|will not|just will not) (?:\w+"
        r" )?(?:switch(?:es)? off|turns? off|lets? up|eases? (?:off|up)|settles?|shuts? off|goes?"
        r" away|stops?)",
        _near(
            PAIN,
            _any(
                r"never (?:\w+ )?(?:switch(?:es)? off|turns? off|lets? up)",
            ),
            4,
        ),
    ),
    # "rest doesn't help", "nothing eases it, not even lying down" (with pain anywhere)
    _rule(
        "rest_pain",
        C,
        _near(
            _any(r"not", r"never", r"nothing", r"no"),
            _any(r"rest", r"resting", r"lying down", r"lie down", r"lying still"),
            6,
        ),
        requires=PAIN,
    ),
    _rule(
        "shoulder_blade_pain",
        C,
        _near(
            _any(
                r"shoulder ?blades?",
                r"scapula\w*",
                r"between (?:my |the )?shoulders",
                # rt1: "between the shoulder bones" (and "sholder", corrected)
                r"shoulder ?bones?",
                r"upper back",
                r"mid(?:dle)? back",
                r"thoracic",
            ),
            _any(PAIN, r"killing me"),
            6,
        ),
    ),
    _rule("numbness", C, NUMB),
    _rule("tingling", C, TINGLE),
    _rule(
        "weakness",
        C,
        WEAK,
        # after round 33 (a gap found while probing): one side heavy ("my left side feels
        # heavy", "heavy down my right side")
        r"(?:left|right|one) side (?:of my body )?(?:\w+ ){0,2}?heavy",
        r"heavy (?:\w+ ){0,2}?(?:down|on) (?:my )?(?:left|right|one) side",
    ),
    _rule(
        "radiating_leg_pain",
        C,
        r"radiat(?!ors?\b)\w*",  # round 16: never the radiator
        _near(
            _any(
                PAIN,
                r"sciatic\w*",
                r"nerve\w*",
                r"travel\w*",
                r"spread\w*",
            ),
            r"(?:down|into|through|along)(?: to| into)?"
            r"(?: the (?:back|side|front|outside|inside) of)?"
            r"(?: my| the| one| a| your)?(?: left| right| other| one)? " + _any(LEG, LEGS, "legs?"),
            4,
        ),
    ),
    # round 14: the pain's path told at length ("the pain runs from my back right down to the
    # foot")
    _rule(
        "radiating_leg_pain",
        C,
        PAIN
        + r" (?:\w+ ){0,2}?(?:runs?|running|ran|goes|going|went|travels?|travell?ing|travell?ed"
        r"|shoots?|shooting|shot) (?:\w+ ){0,5}?(?:down|into) (?:to |into )?(?:the |my )?(?:left"
        r" |right |other )?" + _any(LEG, LEGS, r"legs?"),
        # h29: "it shot down my leg on the last rep", the pain unnamed
        r"shot (?:right |straight )?(?:down|into|down into) (?:the |my )?(?:left |right |other )?"
        + _any(LEG, LEGS, r"legs?"),
    ),
    _rule(
        "leg_pain",
        C,
        _near(PAIN, _any(LEG, r"legs?"), 3),
        # after round 34 (a gap found while probing): a calf or leg swollen and red, warm to
        # the touch or tender ("my calf is swollen and hot and red"): a clinician's to see, not
        # SAFETY.md's list but on the cautious side (never a hot day: "hot" alone is no sign)
        r"(?:calf|calves|leg|legs|shin|thigh) (?:\w+ ){0,3}?(?:swollen|swelling|puffy|swelled)"
        r" (?:\w+ ){0,4}?(?:red|redness|tender|(?:hot|warm) to (?:the )?touch|hot and red"
        r"|red and hot|angry)",
        r"(?:calf|calves|leg|shin|thigh) (?:\w+ ){0,3}?(?:swollen and (?:hot|warm)|(?:hot|warm) and"
        r" swollen)",
        r"(?:swollen|swelling|puffy|red|tender) (?:\w+ ){0,3}?(?:calf|calves) (?:\w+ ){0,4}?"
        r"(?:swollen|red|tender|hot|warm)",
    ),
    _rule(
        "fall_accident",
        C,
        r"fell(?! asleep)",
        # after round 33 (a gap found while probing): what the writer stood or sat on gave
        # way under them ("the scaffolding collapsed with me on it", "the chair broke under me")
        r"(?:collapsed|gave way|gave out|broke|snapped|tipped(?: over)?|toppled(?: over)?"
        r"|slid|fell apart|went) (?:\w+ )?(?:under|beneath|underneath) (?:me|us)",
        r"(?:collapsed|gave way|gave out|broke|snapped|tipped(?: over)?|toppled(?: over)?"
        r"|fell apart|went down|came down|crashed) with (?:me|us) (?:on|in|inside|on top of|up)"
        r"(?: it| them| there)?",
        r"(?:banged|bashed|hit|whacked|injured|hurt|jarred) (?:my |the )?"
        r"(?:back|spine|tailbone|coccyx|neck)",
        r"injur(?:ed|ing)",
        r"went flying",
        # after round 30: the present tense told of a fall ("I did fall off the chair onto my
        # back"); someone who took the writer down ("a lad slipped and took me down with him")
        r"(?<!if )(?<!case )(?<!when )(?<!might )(?<!scared )(?<!afraid )(?<!worried )"
        r"(?:i|we) (?:did |just |sort of |kind of |also |then )?fall (?:off|down|over|from|onto"
        r"|out of|backwards|on my|on to)",
        r"(?:knocked|threw|pushed|shoved|barged|tackled) (?:me|us) off (?:my|the|a)",
        # (not "the dog pulled me over on the lead": round 5's harmless cause)
        r"(?:took|knocked|dragged|brought|threw|pushed|shoved|barged|tackled) (?:me|us)"
        r" (?:down|over|flying|to the ground)(?! (?:the edge|the limit|with a feather"
        r"|with (?:a|the) (?:news|price|bill)))",
        r"missed a step",
        r"took a (?:tumble|fall|knock)",
        r"fallen",
        r"(?:a|my|the|that|this|bad|recent|small|little|minor) fall(?! asleep)",
        r"accident\w*",
        # round 17: "slipped a disc" is no fall
        r"slipped(?! (?:a |my |the |his |her )?dis[ck])",
        r"tripped",
        r"tumbled?",
        # round 18: a fall in other words ("stumbled over the puppy", "went down hard on my
        # bum", "hit the deck"), never "stumbled across this bot"
        r"stumbl(?:ed|ing)(?! (?:on|upon|across|onto|into) (?:a|an|the|this|that|your|some"
        r"|these)\b(?! (?:\w+ )?(?:steps?|stairs|kerb|curb|floor|ice|pavement)\b))"
        r"(?!(?: \w+){0,3}? (?:but|and) (?:i )?(?:did not|never|caught|managed|stayed|kept|didnt)"
        r"\b)",
        r"(?:went|go|goes|gone|going) (?:down|over) (?:hard|heavily|badly|awkwardly)",
        r"landed (?:hard|heavily|badly|awkwardly)",
        r"hit the (?:deck|ground|floor|pavement)",
        r"came a cropper",
        r"lost my (?:footing|balance) and",
    ),
    _rule(
        "new_symptom",
        C,
        r"new (?:\w+ )?(?:pain|aches?|aching|symptoms?|numbness|tingling|weakness|problems?"
        r"|sensations?|twinges?|spots?|place|area|injury|issues?)"
        # round 32: never a job's title ("our new area manager")
        r"(?! (?:managers?|reps?|supervisors?|offices?|teams?|leads?|directors?|heads?"
        r"|coordinators?|sales|meetings?|code|managers?|organisers?|officers?|staff|boss))",
        r"(?:in|to) a (?:new|different) (?:place|spot|area)",
        r"never (?:had|felt) (?:this|that|it|anything like)",
        r"different (?:kind of |type of |sort of )?pain",
        r"pain (?:has )?(?:moved|spread)",
        r"spread(?:ing|s)? (?:to|into|down)",
        r"something new",
    ),
    _rule(
        "cancer_history",
        C,
        r"cancer\w*",
        r"tumou?rs?",
        r"chemo\w*",
        r"radiotherapy",
        r"(?:mass|lump|growth|lesion|shadow) (?:\w+ ){0,3}(?:on|in|near) (?:my |the )?(?:spine|back"
        r"|vertebra\w*|bones?)",
        r"radiation (?:therapy|treatment)",
        r"malignan\w*",
        r"metasta\w*",
        r"oncolog\w*",
        r"lymphoma",
        r"leuka?emia",
        r"myeloma",
        r"sarcoma",
        r"melanoma",
        r"carcinoma",
        r"the big c",
        r"in remission",
        r"(?:double )?mastectomy",
        r"lumpectomy",
    ),
    _rule(
        "rest_pain",
        C,
        _near(
            PAIN,
            _any(
                r"(?:lying|sitting|keeping|staying) still",
                r"at rest",
                r"resting",
                r"lying down",
                r"in bed",
            ),
            4,
        ),
    ),
    # --- SAFETY 5 and 7: stop the movement ---------------------------------------------------
    _rule(
        "hurts",
        S,
        # never a pain that "stopped hurting"; "has not stopped hurting" hurts
        r"(?:(?<!stopped )(?<!stops )(?<!stop )|(?<=not stopped )|(?<=not stop )|(?<=never"
        r" stopped ))hurt\w*",
        r"hurst",
        r"ouch\w*",
        r"ow+",
        r"owie",
        r"painful\w*",
        r"pianful",
        r"in (?:\w+ )?(?:a lot of |so much |real |such )?pain",
        r"agony",
        r"agonis\w*",
        r"agoniz\w*",
    ),
    _rule(
        "sharp_pain",
        S,
        r"sharp\w*",
        r"shoot\w*",
        # round 11: not "stable", "stability", "stabilisers"
        r"stab(?!le|ility|ili[sz]|les)\w*",
        # after round 33 (a gap found while probing): "a pain ... shot into my bum"
        r"shot (?:\w+ )?(?:down|into|through|across|up|along) (?:my|the) (?:\w+ )?(?:back|bum"
        r"|buttocks?|legs?|hips?|groin|spine|side|thighs?|calf|calves|foot|feet|bottom|backside)",
        r"searing",
        # rt1 (missed at first sight): "like a hot wire being pulled through the back of my
        # thigh", "my back went twang and then jab", "a lightning bolt down into my foot"
        r"like (?:a |an )?(?:red )?(?:hot|burning|electric|live|sharp) (?:wires?|pokers?|needles?"
        r"|knife|knives|nails?|skewers?)",
        r"(?:wires?|pokers?|skewers?) (?:\w+ ){0,3}?(?:pulled|dragged|drawn|pushed|going|running"
        r"|shoved|threaded) (?:\w+ )?(?:through|down|into|along) (?:\w+ ){0,4}?my "
        + _any(LEG, LEGS, r"legs?", r"back", r"spine", r"hips?", r"bum", r"groin", r"side"),
        r"(?:back|hip|leg|knee|neck|spine|something|nerve|hamstring|muscle) (?:\w+ ){0,3}?(?:go"
        r"|goes|went|going|gave a|give a|gives a|did a) (?:\w+ )?twang",
        r"twang\w* (?:\w+ ){0,3}?(?:and|then) (?:\w+ ){0,2}?(?:jab|stab|pain|shoot|zap|jolt)\w*",
        r"(?:lightning|bolts? of \w+|shocks?|zaps?|jolts?) (?:\w+ ){0,3}?(?:down|into|through|up"
        r"|along|across) (?:\w+ ){0,3}?my (?:\w+ )?"
        + _any(LEG, LEGS, r"legs?", r"back", r"spine", r"hips?", r"bum", r"groin", r"knees?"),
        r"excruciat\w*",
        r"unbearable",
        r"(?:severe|intense|sudden|extreme|horrible|terrible|awful) (?:\w+ )?pain",
        r"(?:jolt|jab|zap|bolt|shock|spike|surge)s? of pain",
        r"pain (?:is |was |feels |felt )?(?:so |really |very |quite |pretty )?(?:awful|terrible"
        r"|horrible|severe|intense|unbearable|extreme|bad)",
        # "my back is killing me", not "this workout is killing me haha" (a figure of speech)
        r"(?<!workout is )(?<!workouts are )(?<!class is )(?<!session is )(?<!training is )(?<!job"
        r" is )(?<!work is )(?<!boss is )(?<!heat is )(?<!traffic is )(?<!commute is )killing me",
    ),
    _rule(
        "popped",
        S,
        # rt1: never the drink ("fizzy pop tastes of nothing")
        r"(?<!fizzy )(?<!soda )(?<!bottle of )(?<!can of )(?<!glass of )pop(?:ped|ping|s)?(?!"
        r" (?:music|songs?|stars?|quiz|culture|concert|bands?|groups?|radio|playlists?|tunes?"
        r"|art)\b)",
        _near(
            _any(
                r"click\w*",
                r"crack\w*",
                r"clunk\w*",
                # rt11: never a guitar's or a bag's string that snapped
                r"(?<!\bstring )(?<!\bstrings )snap\w*",
                r"crunch\w*",
                r"grind\w*",
            ),
            _any(
                r"back",
                r"spine",
                r"hips?",
                r"neck",
                r"knees?",
                r"shoulders?",
                r"joints?",
                r"something",
                r"it",
                r"legs?",
                PAIN,
            ),
            4,
        ),
        r"tore",
        r"torn",
        r"ripped",
        r"pulled (?:a |my )?(?:muscle|back|something)",
        r"strained (?:a |my )?(?:muscle|back|something)",
        r"tweak\w*",
        r"something (?:went|gave|moved|shifted|slipped)",
        r"felt something",
    ),
    _rule(
        "cannot_move",
        S,
        r"can not (?:move|get up|straighten up|stand up)(?: at all| my back| because| without|$)",
        r"(?:barely|hardly) (?:move|walk|stand|get up)",
        r"stuck on the floor",
        r"(?:seized|locked) (?:up )?and",
    ),
    _rule(
        "catching",
        S,
        r"(?:catch(?:es|ing)?|caught)"
        r"(?! up| (?:a|an|the|covid|flu|some|my (?:train|bus|flight))\b)"
        # round 18: "stumbled but caught myself" is a fall stopped, not a catch in the back
        r"(?! (?:myself|my balance|my footing|my fall|hold of)\b)"
        # rt2: an illness caught ("probably caught theirs", "caught it off the kids")
        r"(?! (?:theirs|his|hers|it off|it from|something|a bug|the bug|a virus|a cold|what)\b)",
    ),
    _rule("spasm", S, r"spasm\w*", r"cramp\w*", r"twinge\w*", r"locked(?: up)?"),
    _rule(
        "worse",
        S,
        r"(?:pain|it|back|hip|neck|leg) (?:\w+ ){0,2}(?:worse|worsening)",
        r"worse pain",
        r"(?:getting|got|gets|made it|makes it|making it) worse",
        r"flar(?:e|ed|ing) up",
        r"flare ?ups?",
    ),
    _rule(
        "pain_on_movement",
        S,
        r"(?:pain|aches?|aching) (?:\w+ ){0,2}(?:when|while|as|during|every time|each time) "
        r"(?:i |it |doing |twist|turn|mov|sweep|lift|rotat)",
    ),
    # --- rt2 (missed or asked at first sight), by class and written wide -----------------------
    # The bowel and bladder told without their words: "the big toilet", the loo found already
    # gone, a back end that will not hold anything in, a wee that will not come for all the
    # fullness. The rt1 fix knew "number two" and "comes out": rt2 said "big toilet", "I just
    # find I've gone", "won't hold anything in", "nothing comes".
    _rule(
        "bowel",
        E,
        _near(
            r"(?:big|large) (?:toilet|job|business)(?! rolls?| paper| seat| brush| cleaner)",
            _any(
                r"in (?:my|the) (?:clothes|pants|trousers|underwear|knickers|bed|nappy)",
                r"without (?:\w+ )?(?:feeling|knowing|noticing|warning|control)",
                r"by itself|on its own|itself",
                r"(?:do|did|does|can|could) not (?:\w+ )?(?:feel|know|notice|sense|tell|control"
                r"|hold)",
                r"comes? out|coming out|came out",
            ),
            10,
        ),
        _near(
            r"(?:back end|backside|rear end|back passage|bottom|bum|behind|bowels?)",
            r"(?:will not|would not|can not|could not|does not|do not|no longer|can no longer)"
            r" (?:\w+ )?(?:hold|keep) (?:anything|it|things|stuff|much|owt|wind|poo) ?(?:\w+"
            r" )?in\b",
            6,
        ),
        r"(?:can not|could not|can no longer|unable to) (?:\w+ )?(?:hold|keep) (?:anything|it"
        r"|things|stuff) in (?:\w+ ){0,4}?(?:(?:it|stuff|things?) (?:just )?(?:slips?|leaks?"
        r"|comes?|came|dribbles?) out)",
    ),
    _rule(
        "bladder",
        E,
        r"(?:do|did|does|can|could) not (?:\w+ )?(?:feel|know|notice|sense|tell) when i (?:\w+"
        r" )?(?:need|must|have|want|should|got) (?:\w+ )?(?:go\b(?! (?:deeper|further|faster"
        r"|slower|harder|easier|lower|higher|on|back|out|into|in|up|down|over|through|with|home"
        r"|running|walking|jogging|to (?:bed|sleep|work|the gym|class))\b)|wee|pee|the loo|the"
        r" toilet|a wee|a pee)\b",
        _near(
            r"(?:find|found|notice|noticed|realise|realised|realize|realized) (?:that )?i (?:have"
            r"|had|am) (?:already |just )?(?:gone|wet|weed|been)",
            r"(?:loo|toilet|wee|pee|need to go|pants|knickers|trousers)",
            12,
        ),
        _near(
            r"(?:toilet|loo|wee|pee|small toilet|urinal|the pan|bathroom)",
            r"nothing (?:\w+ )?(?:comes?|came|coming|happens|happened|will come|would come"
            r"|starts?|started)(?! (?:close|of|to mind|near)\b)(?! (?:out )?(?:of|from) (?:the"
            r" )?(?:tap|taps|shower|flush|cistern|hose|pipe|sink|kettle|dispenser|machine)\b)",
            10,
        ),
        _near(
            r"(?:full to bursting|bursting|desperate|feel full|bladder full|so full)",
            r"(?:nothing|can not|could not|will not|would not|does not|do not) (?:\w+ )?(?:comes?"
            r"|came|go|going|come|start|wee|pee|pass)",
            10,
        ),
        _near(
            r"small toilet",
            r"(?:not coming|not come|nothing|can not|could not|will not|blocked|stuck|not"
            r" passing|in my clothes|without (?:\w+ )?(?:feeling|knowing))",
            8,
        ),
    ),
    # Both legs and the saddle area as likenesses: "pins and noodles", "where you'd sit on a bike
    # seat", "like a cushion between me and the chair that isn't there".
    _rule(
        "saddle_numbness",
        E,
        _near(
            r"(?:where (?:you|i|one|we) (?:would |d |will )?sit(?: on a (?:bike|bicycle|horse"
            r"|saddle)(?: seat)?)?|bike seat area|saddle area)",
            _any(NUMB, TINGLE, r"dead", _SADDLE_ALTERED, r"odd|weird|strange|different|fuzzy"),
            10,
        ),
        r"like (?:there is |there s |i am sitting on |sitting on |i have |i have got )?(?:a |an )"
        r"?(?:\w+ )?(?:cushion|pillow|pad|padding|layer|sponge|towel|blanket) (?:\w+ ){0,3}?"
        r"(?:(?:between me and|between my (?:bum|bottom|backside) and)(?: the)? (?:chair|seat"
        r"|toilet|saddle|bed|floor)|under (?:me|my (?:bum|bottom|backside)) (?:\w+ )?(?:that is"
        r" not|is not|not) there)",
    ),
    # Weak legs told by what they can no longer do: the stairs, the sofa, the bannister, legs
    # that "won't push", "aren't listening".
    _rule(
        "leg_weakening",
        E,
        r"(?:legs?|knees?) (?:\w+ ){0,3}?(?:will not|would not|wont|can not|could not|do not|does"
        r" not|did not|no longer|are not|is not|not) (?:\w+ )?(?:push\w*|lift\w*|go\b(?! (?:any"
        r"|faster|further|quicker|as|so|to|on|out|in|for|into|up|down|over|through|round|with"
        r"|away|back|off|anywhere|near|numb|dead|to sleep|far|all|very|that|past|beyond|quite|much"
        r"|straight|flat|fully|low|high|deep)\b)|hold(?:ing)? me(?! (?:up )?(?:after|at the"
        r" end|following|by the end|post)\b)"
        r"(?! back)|carry(?:ing)? me|listen\w*|obey\w*|take my weight|support\w* me|respond\w*"
        r"|work\w* (?:properly|right|at all)|do what i (?:want|tell|say|ask))"
        r"(?! (?:any )?(?:faster|further|quicker|harder|more)\b)"
        r"(?! (?:to me )?(?:on|at|in|during) (?:the |my )?(?:dance ?floor|dance|dancing|class|pitch"
        r"|court|track|ballet|zumba|salsa|disco|rink)\b)",
        _near(
            r"(?:can not|could not|can no longer|no longer|unable to|struggl\w*|struggl\w* to)"
            r" (?:\w+ ){0,2}?(?:get|stand|climb|go|walk) (?:\w+ ){0,2}?(?:up|off|out of|upstairs"
            r"|the stairs|stairs)",
            _any(
                r"legs? (?:\w+ ){0,3}?(?:will not|would not|wont|can not|just|are not|not)",
                r"(?:hauling|haul|pull|pulling|heave|heaving|drag|dragging) (?:myself|me) up",
                r"last week i could|used to (?:be able|manage)|a week ago i could",
            ),
            14,
        ),
        r"(?:hauling|haul|pull|pulling|heave|heaving|drag|dragging) (?:myself|me) up (?:\w+"
        r" ){0,4}?(?:bannister|banister|handrail|rail|stairs)(?: \w+){0,6} (?:legs?|knees?)"
        r" (?:\w+ ){0,2}?(?:will not|would not|wont|can not|could not|just|are not|not|gone)",
    ),
    # Breathing in a second language and in understatement: "breathing is short short", "I have
    # no air", "breathe fast fast even sitting", "out of puff even talking", "have to stop
    # halfway through a sentence". rt1 taught "like breathing through a straw".
    _rule(
        "breathing_difficulty",
        E,
        r"breath\w* (?:is |are |was |has been |feels? |very |so |too |getting )*short"
        r"(?! (?:walk|run|jog|ride|swim|break|stop|rest|set|sprint|distance)\b)",
        r"\bi (?:have|had|got|get|am getting|been getting) no (?:air|breath)\b(?! (?:in|con\w*"
        r"|fryer|bnb|b b|pump|mattress|bed|freshener)\b)",
        r"(?:no|not enough|can not get (?:enough )?|could not get (?:enough )?)air (?:in|into|going"
        r" into|to) (?:my )?(?:chest|lungs)",
        _near(
            r"(?:breath\w*|puff\w*|pant\w*|gasp\w*|out of puff|out of breath|winded|air)",
            r"(?:even|just|only) (?:when |while |from |by )?(?:i am |i m )?(?:sitting|sat|lying"
            r"|resting|at rest|talking|speaking|talk|speak|getting dressed|dressing|standing|in"
            r" (?:the |my |a )?chair|in bed|doing nothing|brushing|walking to|in the chair)",
            8,
        ),
        r"breath\w* (?:fast fast|quick quick|hard hard|fast like|quickly like) ",
        _near(
            r"(?:have|had|need|needed|having|got) to stop (?:\w+ ){0,2}?(?:halfway through"
            r"|through|in the middle of|mid|part way through) (?:a |my |every |each |the )?"
            r"sentences?",
            r"(?:breath\w*|puff\w*|air|gasp\w*|pant\w*|winded)",
            10,
        ),
        r"(?:can not|could not) (?:finish|complete|get to the end of|get through) (?:a |my |one )"
        r"?sentences? (?:without (?:stopping|gasping|pausing|puffing|panting|catching|taking a"
        r" breath|a breath|breath\w*))",
    ),
    # The stroke: a face or mouth gone crooked, a hand that won't do what it is told, speech
    # difficult, double vision, walking as if drunk; told by the writer or someone watching.
    _rule(
        "stroke_signs",
        E,
        r"(?:mouth|face|lip|lips|smile) (?:\w+ ){0,3}?(?:is |has |gone |went |looks |look |feels"
        r" )?(?:crooked|drooping|droopy|drooped|droop|lopsided|slanted|wonky|skewed|saggy|sagging"
        r"|sagged|pulled to one side)\b(?! (?:\w+ ){0,3}?(?:in (?:photos|pictures|selfies)|always"
        r"|since (?:birth|i was)|from birth|all my life))",
        r"(?:one side of|half of|half) (?:my |his |her )?(?:face|mouth) (?:\w+ ){0,3}?(?:dropped"
        r"|droop\w*|fallen|slipped|gone|sagg\w*|down|not moving|will not move)",
        _near(
            r"(?:mouth|face|lips?|tongue|cheek) (?:\w+ ){0,2}?(?:feels?|felt|is|gone|went)"
            r" (?:\w+ )?(?:funny|funy|weird|odd|strange|numb|heavy|thick|wrong)",
            r"(?:hand|hnd|arm|leg|fingers?|side|words?|speech|speak\w*|talk\w*|typ\w*)"
            r" (?:\w+ ){0,3}?(?:will not|won t|wont|would not|can not|not|does not|is not|are"
            r" not|difficult|wrong|slurr\w*)",
            14,
        ),
        r"(?:hand|hnd|arm|fingers|side) (?:\w+ ){0,3}?(?:will not|won t|wont|would not|can not"
        r"|does not|do not|is not|are not|not) (?:\w+ )?(?:do (?:what|wat|wot) i (?:want|tell|say"
        r"|ask)|work\w* (?:properly|right|at all)|listen\w*|obey\w*|respond\w*|cooperat\w*)"
        r"(?! (?:on|with|at|in) (?:the |my )?(?:guitar|piano|keyboard|controller|game|chords?"
        r"|knitting|crochet)\b)",
        r"(?:speaking|talking|speech|speak|talk) (?:is |are |has been |feels? |got |getting |very"
        r" |so |really )*(?:difficult|hard|slurred|slurry|slurring|jumbled|muddled|garbled|thick"
        r"|wrong)\b(?! (?:for|in|when|to) (?:me )?(?:in )?(?:public|french|spanish|german"
        r"|english|class|a crowd|front|strangers|interviews?|meetings?)\b)",
        r"(?:vision|eyes?|sight|everything) (?:\w+ ){0,3}?(?:went|gone|going|goes|is|are|turned)"
        r" double" + _DOUBLE_CAUSED,
        r"(?:double vision|seeing double|see double|seeing two of everything|seeing 2 of"
        r" everything)" + _DOUBLE_CAUSED,
        r"walk\w* (?:\w+ ){0,2}?like (?:i am |i was |i had been |i have been |a |someone )?"
        r"(?:drunk|drunken|tipsy|sozzled|plastered|on a boat)",
        r"(?:lurch\w*|stagger\w*|veer\w*|listing|tilting|keeling|pulling|leaning) (?:\w+"
        r" )?(?:to|off to|towards) one side",
        r"(?:can not|could not) walk (?:in a )?straight(?: line)?",
    ),
    # The fever told as teeth chattering under the duvets, shaking under blankets.
    _rule(
        "fever_unwell",
        C,
        r"teeth (?:\w+ )?chatter\w*(?! (?:at|with) (?:fear|fright|the thought))",
        r"chattering teeth",
        r"(?:shiver\w*|shaking|shake|freezing|frozen|the shakes|cold) (?:\w+ ){0,4}?(?:under|in"
        r"|with) (?:\w+ ){0,2}?(?:duvets?|blankets?|covers|quilts?|hot water bottles?|jumpers"
        r"|coats)",
        r"(?:two|2|three|3|four|4|several|all the|both) (?:duvets|blankets|quilts|jumpers) (?:\w+"
        r" ){0,4}?(?:still )?(?:cold|freezing|shivering|shaking|shivery)",
    ),
    # A near faint that went further than a near miss: legs went, sitting or on the floor, twice,
    # grabbing a post "or I'd have gone down", the next thing known the floor. rt1 taught "went
    # grey and woozy ... ended up on the floor"; rt2 said "swimmy", "had to grab the post".
    _rule(
        "dizziness_fainting",
        C,
        r"faunted|fainded|feinted|fanted|fainted|faintness",
        _near(
            r"(?:nearly|almost|about to|going to|close to|near) (?:\w+ )?(?:faint\w*|faunt\w*|pass"
            r"\w* out|black\w* out|keel\w* over|collaps\w*|went down|gone down|go down|hit the"
            r" (?:floor|deck|ground))",
            _any(
                r"twice|two times|again|three times|2 times|3 times|a few times|several times",
                r"legs (?:\w+ )?(?:went|gone|gave|buckl\w*|went to jelly)",
                r"(?:sit|sat|sitting|lie|lay|lying|get|got) (?:\w+ ){0,2}?(?:down|on the floor|on"
                r" the ground)",
                r"(?:grab|grabbed|hold|held|clutch\w*|cling\w*)",
            ),
            12,
        ),
        r"(?:grab|grabbed|grabbing|hold|held|holding|clutch\w*|cling\w*|hang\w*) (?:on to |onto"
        r" |on |hold of )?(?:\w+ ){0,3}?(?:or|otherwise|else) (?:i would|i d|id|i|i would have)"
        r" (?:have )?(?:gone down|gone over|fallen|fell|collapsed|dropped|hit the (?:floor|deck"
        r"|ground)|passed out|keeled over)",
        _near(
            r"(?:swimmy|woozy|giddy|grey|gray|faint|dizzy|light headed|lightheaded|spinny|muzzy"
            r"|wobbly|funny turn|went all \w+|everything went \w+)",
            r"(?:next thing i knew|next thing|came to|came round|came around|woke up on|on the"
            r" (?:\w+ )?(?:floor|ground|deck)|looking (?:up )?at the ceiling|gone down|went"
            r" down|had to sit)",
            12,
        ),
    ),
    # Weight lost without trying, told in a second language or against the food eaten.
    _rule(
        "weight_loss",
        C,
        r"weight (?:is |has been |keeps |keep |been )?(?:reducing|reduce|decreasing|dropping"
        r"|going down|falling|coming off|melting)(?: \w+)? (?:automatically|by itself|on its own"
        r"|without)",
        _near(
            r"(?:\d+ ?(?:kilos?|kg|kgs|pounds|lbs|stone)|a stone|weight) (?:\w+ ){0,2}?(?:lighter"
            r"|less|down|gone|lost|reducing|dropping|off)",
            r"(?:not eating less|eating (?:cake|normally|the same|more|as usual|loads|fine|well"
            r"|plenty)|without (?:trying|dieting|a diet)|not (?:trying|dieting|on a diet)"
            r"|automatically|by itself|on its own|no idea why|do not know why)",
            12,
        ),
    ),
    # Pain at rest and day and night: no position helps, still throbbing sitting still, "pain
    # continuous".
    _rule(
        "rest_pain",
        C,
        r"no (?:position|way of (?:sitting|lying)) (?:\w+ )?(?:helps?|eases?|works?|is"
        r" comfortable|makes (?:any|a) difference)",
        r"(?:not moving|keeping still|kept still|sat still|sitting still|lying still|at rest"
        r"|resting) (?:\w+ ){0,4}?(?:still|and still|yet) (?:\w+ ){0,2}?(?:throb\w*|hurts?"
        r"|hurting|aches?|aching|pain\w*)",
        r"(?:pain|ache|aching|hurts?|hurting|throb\w*) (?:is |are |been )?(?:continuous|continual"
        r"|constant|nonstop|non stop|all the time|24 7|round the clock)",
        r"(?:pain|ache|aching|hurts?|hurting|throb\w*) (?:\w+ )?(?:day and night|night and day|all"
        r" day and all night|all day and night)",
    ),
    # Shoulder blades, whatever the spelling, and a pain told as a hot poker.
    _rule(
        "shoulder_blade_pain",
        C,
        _near(
            r"shoulder (?:blinds?|blads?|blaids?|blaides?|bones?|blad|blades?)",
            _any(PAIN, _HOT_POKER, r"knife", r"dagger", r"stab\w*"),
            8,
        ),
    ),
    _rule(
        "sharp_pain",
        S,
        _HOT_POKER,
        r"red hot (?:poker|needle|knife|wire|nail)",
    ),
    # A pop and then a stab: the pop is the sign whatever the ending.
    _rule(
        "popped",
        S,
        r"(?:felt|heard|had|got) (?:a |an )?(?:little |small |big |sudden |loud |tiny )?(?:pop|snap"
        r"|click|crack|ping) (?:\w+ ){0,3}?(?:then|and|followed by|with) (?:then )?(?:a |an"
        r" )?(?:\w+ )?(?:stab\w*|sharp|pain|shoot\w*|jolt|twinge|agony)",
    ),
    # --- rt3 (missed or asked at first sight): each sign told without its word, written wide --
    # The saddle area in pidgin and its feeling gone ("my yansh no get feeling", "e be like say
    # dem inject me"): the region and the feeling are in the vocabulary above.
    _rule(
        "saddle_numbness",
        E,
        _near(
            _any(
                r"(?:no|not|nor|never) (?:\w+ )?(?:get|dey|fit|have|has|got|gets|dey get|fit get)"
                r" (?:any |some )?(?:feeling|sensation|feel)",
                r"(?:do not|does not|did not|can not|no|not) (?:\w+ )?feel (?:am|it|anything"
                r"|nothing|am again|it again)\b",
            ),
            SADDLE_REGION,
            8,
        ),
    ),
    # rt3: a wet bed in an adult on waking (never a spilt drink, a child, a pet, a leak or sweat)
    _rule(
        "bladder",
        E,
        r"(?:woke|wake|wakes|waking|woken|got up|get up) (?:up )?(?:\w+ ){0,4}?(?:in |to |on"
        r" )?(?:a |the |my )?(?:wet|soaked|soaking|damp|drenched|sodden|sopping) (?:bed|sheets"
        r"|mattress|pyjamas|pjs|pants|boxers|undies)",
        r"(?:woke|wake|wakes|waking|woken|got up|get up) (?:up )?(?:\w+ ){0,4}?(?:the |my )?"
        r"(?:bed|sheets|mattress|pyjamas|pjs|pants|boxers|undies) (?:\w+ ){0,2}?(?:(?:was|were|is"
        r"|are|had been|been|all|got|felt|feels) )?(?:all |completely |totally |soaking |sopping"
        r" |a bit )?(?:wet|soaked|damp|drenched|sodden)",
        # "my kecks were wet and I didn't even notice"
        _near(
            r"(?:kecks|undies|boxers|shorts|jeans|pyjamas|pjs|joggers|trackies|leggings|briefs|y"
            r" fronts) (?:\w+ ){0,2}(?:wet|damp|soaked)",
            _RT3_UNFELT,
            6,
        ),
        unless=_RT3_OTHER_WETTER,
    ),
    _rule(
        "bladder",
        E,
        # "can't hold my wee / water / piss in", "cyaan hold mi wata"
        r"(?:can|could) not (?:\w+ )?(?:hold|keep|control) (?:in )?(?:my |the )?(?:wee|pee|water"
        r"|wata|piss|urine|bladder)\b(?! (?:bottles?|down|balloons?|pistols?)\b)",
    ),
    # rt3: the bowel in slang and dialect ("cannae hold ma jobbies in", "cyaan hold mi business,
    # it just come out", "sharted and did not feel it", "skid marks I never felt happen", "can't
    # tell a fart from the real thing")
    _rule(
        "bowel",
        E,
        r"(?:can|could) not (?:\w+ )?(?:hold|keep|control) (?:in )?(?:my |the )?"
        r"(?:jobb(?:y|ies)|keech|turds?|number (?:2|two)s?|bum|bottom|back end|arse|bowels?"
        r"|poo\w*)\b(?! (?:together|afloat|going|running|open|up|down|still|straight)\b)",
        # the words with other senses ("my business", "my shit") only when nothing follows but
        # "in", "at all", "anymore" or the time ("can't hold my business together" is not it)
        r"(?:can|could) not (?:\w+ )?(?:hold|keep) (?:in )?(?:my |the )?(?:business|shite?|shits"
        r"|dumps?)(?:\s+in)?(?:\s*$|\s+(?:at all|any ?more|no more|since|from|it|again|properly"
        r"|and it)\b)",
        _near(r"shart\w*", _RT3_UNFELT, 8),
        r"(?:keep|keeps|kept|been|started|start) (?:\w+ )?sharting",
        _near(r"skid ?marks?", _RT3_UNFELT, 8),
        r"(?:can|could) not (?:\w+ )?(?:tell|know|feel) (?:\w+ ){0,3}?(?:fart|farts|wind|gas|trump"
        r"|parp)s? (?:from|apart from|or|and|vs|versus) (?:a |the )?(?:real thing|real deal|poo\w*"
        r"|number (?:2|two)|shit|the other|something more|solid\w*|follow through)",
        r"(?:follow|followed|following) (?:\w+ )?through (?:\w+ ){0,3}?(?:without|and did not|never"
        r" felt|did not feel|did not notice|again|twice)",
        _near(
            r"(?<!nearly )(?<!almost )(?:crapped|shit|shat|pooed|pooped|soiled|dirtied) (?:my |me"
            r" )?(?:own )?(?:pants|trousers|undies|kecks|boxers|knickers|shorts|jeans|breeks|bed)",
            _RT3_UNFELT,
            8,
        ),
        r"(?:it|poo|stuff|business|things?) (?:\w+ )?(?:just )?(?:come|comes|came|coming|slip\w*"
        r"|fall\w*|drop\w*) out (?:\w+ )?(?:by itself|on its own|itself|without|anyhow|like so"
        r"|any how)",
    ),
    _rule(
        "both_legs",
        E,
        # rt3: "is it normal for it to go down both legs now?", "the left's joined the right"
        r"(?:go|goes|going|gone|went|travel\w*|run|runs|running|shoot\w*|spread\w*|move|moved"
        r"|moving|come|came|coming) (?:\w+ )?(?:in|into|to|down) both (?:of )?(?:my |the )?legs",
        r"(?:from )?(?:one|a single|the one) (?:leg|side) (?:\w+ )?(?:to|into|now in) both\b",
        r"(?:the )?(?:left|right)(?: one| leg| side| foot)? (?:has |is |now |also |just )?"
        r"(?:joined|joins|joining|caught up with|copying|followed|doing the same as|started on"
        r" the same as) (?:in )?(?:the |my )?(?:right|left|other)(?: one| leg| side)?\b",
        # "can barely feel the floor under either foot", "like walking in ski boots" (both)
        CANT_FEEL + r" (?:the )?(?:floor|ground|pavement|carpet|pedals?|road|grass|sand)"
        r" (?:\w+ ){0,3}?(?:under|beneath|with|through) (?:either|both|my|the) (?:of my )?(?:feet"
        r"|foot|legs)\b(?! (?:\w+ )?(?:because|from|after|in (?:the )?(?:cold|snow)))",
    ),
    _rule(
        "leg_weakening",
        E,
        # rt3: the body told by what it can no longer do: the clutch, tiptoe, the banister, the
        # sofa without the arms, a squat that folds at a weight that was easy
        _near(
            r"(?:can|could) not (?:\w+ )?(?:push|press|work|hold|get|put|depress) (?:down |in )?"
            r"(?:the |my )?(?:clutch|brake|brakes|pedals?|accelerator|gas pedal)",
            _any(LEG, LEGS, r"legs?", r"knees?"),
            10,
        ),
        r"(?:leg|foot|legs|feet|knee|ankle) (?:just )?(?:would not|will not|did not|does not|do"
        r" not|wont|could not|can not) (?:\w+ )?(?:do it|work|respond|cooperate|obey"
        r"|play ball|do as (?:it is|i) told|take it|go up)\b(?! (?:\w+ )?(?:over|across"
        r"|further|down to|to the floor|all the way)\b)(?! (?:\w+ ){0,4}?(?:danc\w*|harder|faster"
        r"|further|more reps|on the bike)\b)",
        _near(
            r"(?:haul|pull|drag|heave|hoist|hauling|pulling|dragging|heaving|hoisting|hauled"
            r"|pulled|dragged|heaved|hoisted) (?:myself|meself|my self|me|my body) (?:\w+ ){0,3}?"
            r"(?:banister|bannister|handrail|hand rail|railings?|rail|stairs|steps)",
            _any(LEG, LEGS, r"legs?", r"knees?", r"worse", r"weak\w*", r"every day", r"feeble\w*"),
            14,
        ),
        r"(?:can|could) not (?:\w+ )?(?:get|stand|push|rise|climb) (?:up )?(?:off|out of|from)"
        r" (?:the |a |my )?(?:sofa|couch|chair|settee|toilet|loo|floor|bed|car|bath)(?: \w+)?"
        r" without (?:using )?(?:my |both |me )?(?:arms|hands)\b(?=.*\b(?:any ?more|now|since"
        r"|new|by the day|every day|this week|lately|suddenly|today|feebl\w*|weak\w*)\b)",
        r"(?:can|could) (?:barely|hardly|not|no longer) (?:\w+ )?(?:lift|raise|swing|get)"
        r" (?:my |the |one )?(?:left |right |bad )?(?:leg|legs) (?:\w+ )?(?:into|in|onto|out of"
        r"|up) (?:the |my )?(?:car|bath|bed|shower|van|taxi|trousers|jeans|stairs|step|kerb"
        r"|curb)\b",
        r"(?:getting|got|grown|growing|gone|become|becoming) (?:\w+ )?(?:weaker|feebler|wobblier"
        r"|shakier|less steady) (?:\w+ )?(?:by the day|every day|each day|day by day|by the hour"
        r"|every morning)",
        # tiptoe: "tried going on tiptoe and my left foot just wouldn't, like the motor's gone"
        r"(?:tip ?toes?|tiptoes?|on my toes|on my heels) (?:\w+ ){0,8}?(?:foot|leg|ankle|calf"
        r"|toes) (?:just )?(?:would not|will not|did not|does not|wont|could not|can not)\b",
        _near(
            r"(?:motor|engine|power|battery|spring|oomph|go) (?:has |is |had |just )?(?:gone"
            r"|died|cut out|packed in|packed up|switched off|run out|ran out)",
            r"(?:foot|feet|leg|legs|ankle|calf|toes)",
            8,
        ),
        # the foot scuffed or scraped along, told by the writer or by a watcher
        _near(
            r"(?:scuff\w*|scrap\w*|slapp\w*|drag\w*) (?:it|them) (?:\w+ )?along",
            r"(?:foot|feet|toes?|leg|shoe|shoes)",
            10,
        ),
        r"(?:scrap\w*|scuff\w*|drag\w*|slapp\w*|catch\w*) (?:my |me |ma |one |the )?(?:left |right"
        r" |bad |other )?(?:shoe|shoes|trainer|trainers|boot|boots|toe|toes|heel|sole|foot|feet)"
        r" (?:\w+ ){0,2}?along (?:the )?(?:pavement|ground|floor|road|path|pavements|carpet"
        r"|tarmac|concrete|street|footpath|sidewalk)\b(?! (?:\w+ ){0,4}?(?:to get|to clean|gum"
        r"|poo|mud|muck|dog|mess|off)\b)",
    ),
    _rule(
        "leg_weakening",
        E,
        r"(?:legs?|knees?) (?:\w+ )?(?:just |both |simply )?(?:folded|folding|folds|crumpled"
        r"|crumpling|crumple|collapsed|caved|caved in|went from under me|gave out)",
        unless=_RT3_NEW_MAX,
    ),
    # A leg that stopped doing its job ("stopped working", "quit on me", "packed up"), never
    # spent by a race or a workout, nor asleep from a way of sitting and back once stood up.
    _rule(
        "leg_weakening",
        E,
        r"(?:legs?|knees?) (?:\w+ ){0,2}?(?:stopped|quit|have stopped|has stopped|just stopped)"
        r" (?:\w+ )?work\w*|(?:legs?|knees?) (?:\w+ )?(?:packed up|packed in|quit on me|gave up"
        r" on me|have given up|has given up)",
        unless=_RT3_NEW_MAX + r"|leg day|marathon|race|races|mile \d+|\d+ ?k|\d+ miles|squats?"
        r"|lunges?|workout|gym|spin class|cross legged|sat on (?:it|them)|slept on (?:it|them)"
        r"|fine (?:once|when|after)|back to normal|for a (?:second|sec|moment|minute)",
    ),
    _rule(
        "serious_trauma",
        E,
        # rt3: a crash or a fall in local words ("ate it hard at the skatepark", "slammed flat on
        # my back", "speared into the deck", "horse chucked me", "taxi I was in jam another car")
        r"landed (?:\w+ ){0,2}?on (?:my |the )?(?:back|spine|bum|bottom|tailbone|coccyx|head|neck"
        r"|backside|arse)\b",
        r"landed (?:\w+ )?(?:back|head|bum|tailbone|neck|arse|butt) first",
        r"(?:slammed|smashed|dumped|chucked|flung|hurled|speared|spiked|planted|piledriven"
        r"|pile driven|body slammed|driven|thrown|launched) (?:\w+ ){0,3}?(?:on|onto|into|flat on)"
        r" (?:my |the )?(?:back|spine|head|neck|tailbone|coccyx)\b",
        r"(?:got|was|been|get|getting|i|me) (?:\w+ )?(?:speared|slammed|dumped|planted|spiked"
        r"|piledriven|body slammed|driven|thrown|chucked|flung|hurled|launched) (?:(?!(?:the |a"
        r" )?(?:ball|door|phone|laptop|fist|brakes?|weights?|bar|barbell|dumbbells?|plates?)\b)\w+"
        r" ){0,5}?(?:into|onto|on) (?:the |my )?(?:deck|ground|floor|concrete|tarmac|turf|pitch"
        r"|wall|fence|post|rocks?|road|pavement)\b",
        r"(?:^|\bi |\bi just |\bi totally |\bi properly |\bi really |\bwe |\bi have |\bjust )(?:ate"
        r"|eaten) (?:it|shit|dirt) (?:so |really |pretty |real |hella |proper )?(?:hard|bad|badly"
        r"|big time)\b",
        r"(?:^|\bi |\bi just |\bi totally |\bi properly |\bi really |\bwe |\bi have |\bjust )(?:ate"
        r"|eaten) (?:the )?(?:pavement|concrete|tarmac|asphalt|gravel|curb|kerb|floor|ground"
        r"|deck)\b",
        r"(?:went|gone|going|fell) (?:arse|ass|head) over (?:tit|tits|tea ?kettle|heels|elbow)",
        r"(?:flattened|crushed|squashed|trampled|tackled|speared|smashed|steamrolled|clattered"
        r"|wiped out|taken out|sandwiched|cleaned out|levelled|leveled|decked|hit) (?:\w+ ){0,2}?by"
        r" (?:a |an |the |some |this |their )?(?:\w+ ){0,3}?(?:lad|guy|bloke|player|prop|forward"
        r"|defender|winger|opponent|fella|bull|cow|tackler|lock|centre|full back|number 8"
        r"|linebacker|lineman)\b",
        r"(?:horse|pony|bull|bronco|mare|gelding) (?:\w+ )?(?:chucked|dumped|flung|tossed|launched"
        r"|unseated|ditched|fired|threw) (?:me|my)\b",
        VEHICLE
        + r" (?:\w+ )?(?:i was in|i was inside|i dey inside|i dey|i board\w*|we were in|wey carry"
        r" me|carrying me|carrying us) (?:\w+ ){0,2}?(?:jam|jammed|bash|bashed|hit|smash\w*"
        r"|knock\w*|enter|entered|collid\w*|crash\w*|somersault\w*|tumbl\w*|turn over|overturn\w*"
        r"|summersault\w*)\b",
        r"(?:danfo|okada|keke|molue|matatu|tro tro|trotro|minibus taxi|kombi) (?:\w+ ){0,4}?(?:jam"
        r"|jammed|bash|bashed|hit|smash\w*|knock\w*|collid\w*|crash\w*|somersault\w*|tumbl\w*"
        r"|overturn\w*|fell|fall|accident)\b",
        r"(?:had|in|was in|got in|been in) (?:a |an )?(?:\w+ )?(?:bingle|prang|write off|fender"
        r" bender)\b",
        r"pranged (?:my |the |our |his |her |a )?(?:car|ute|van|bike|motor|truck)",
        r"(?:rolled|flipped|overturned|wrapped) (?:my |the |our |a )?(?:car|van|ute|truck|jeep|suv"
        r"|bakkie|motor|quad|quad bike)\b(?! (?:\w+ )?(?:windows?|forward|backwards?|back|out of"
        r"|into the garage|off the drive|down the drive|onto the drive|to the|keys)\b)",
        r"(?:car|ute|van|bakkie|motor) (?:was |got |is |has been )?(?:written off|totalled|totaled"
        r"|a write off)",
    ),
    _rule(
        "chest_pain",
        E,
        # rt3: likenesses ("someone's sitting on my chest", "chest clamped in a vise", "a strap
        # pulled tight round the middle of my chest")
        _near(r"chest", r"(?:crush\w*|squash\w*|squeez\w*)", 6),
        r"chest (?:\w+ ){0,6}?(?:in|into|like|by) (?:a |an )?(?:\w+ )?(?:vi[cs]e|clamp"
        r"|bear hug|corset|tourniquet|boa constrictor|python)\b(?! (?:on|for) (?:the |a |my )?"
        r"(?:bar|barbell|plates?|bench|machine)\b)",
        r"chest (?:\w+ ){0,2}?(?:is |feels |felt |was |being |getting |like it is |all )?(?:clamped"
        r"|clamping|in a vi[cs]e|gripped|in a grip)\b(?! (?:to|on|into) (?:the |a )?(?:bench"
        r"|machine|bar))",
        r"vi[cs]e (?:\w+ ){0,3}?(?:on|around|round|across|gripping|squeezing|crushing) (?:my |the"
        r" )?chest",
        r"(?:like|as if|as though) (?:\w+ ){0,2}?(?:strap|band|belt|rope|ratchet strap|cable tie"
        r"|zip tie|steel band|iron band) (?:\w+ ){0,3}?(?:pulled|pulling|tightened|tightening|tight"
        r"|cinched|squeez\w*|round|around|across) (?:\w+ ){0,5}?chest\b",
        r"(?:crush\w*|squeez\w*|pressure|tight\w*|heav\w*|pain\w*|ache\w*|aching) (?:\w+ ){0,3}?"
        r"(?:round|around) (?:the )?(?:middle|centre|center|front) of (?:my |the )?chest",
    ),
    _rule(
        "breathing_difficulty",
        E,
        # rt3: breathing told by what it stops ("can't finish a sentence without stopping for
        # air", "cannae get up the stairs without stoppin", "propped up on 3 pillows to get air
        # in", "pant like say I run race even when I siddon", a coffee stirrer, the inhaler)
        r"(?:can|could) not (?:\w+ )?(?:finish|get through|complete|say|get out) (?:a |my |one"
        r" |the |full |whole )*(?:sentence|sentences|word|words|phrase) (?:\w+ ){0,5}?without"
        r" (?:\w+ ){0,2}?(?:stopping|stop|pausing|gasping|catching|taking|coming up|breathing)",
        r"(?:can|could) not (?:\w+ )?(?:talk|speak|walk|move|eat|laugh|get dressed) (?:\w+ ){0,3}?"
        r"without (?:\w+ ){0,2}?(?:gasping|stopping for (?:air|breath)|running out of"
        r" (?:air|breath)|getting out of breath|losing my breath|puffing|panting)",
        r"(?:stop|stopping|pause|pausing) (?:\w+ )?(?:for|to catch|to get|to take) (?:some |a"
        r" )?(?:air|breath|my breath) (?:\w+ ){0,3}?(?:mid|middle of|halfway through|between|in"
        r" the middle of) (?:a |my |each )?(?:sentence|sentences|words|talking|a word)",
        r"(?:my|ma|mi) breath (?:is |has |s )?(?:gone|went|shot|vanished|packed in|packed up"
        r"|disappeared)\b(?! (?:away|stale|bad|smelly|minty|fresh|off)\b)",
        _near(
            r"(?:can|could) not (?:\w+ )?(?:get|go|walk|climb|make it) (?:up )?(?:the |a |my )?"
            r"(?:\w+ )?(?:stairs|steps|hill|close|flight) (?:\w+ ){0,2}?without (?:\w+ )?"
            r"(?:stopping|a rest|resting|a break|stoppin)",
            r"(?:breath\w*|air|puff\w*|winded|pant\w*|gasp\w*|wheez\w*)",
            12,
        ),
        r"(?:out of breath|winded|puffed(?: out)?|gasping|puffing|panting|breathless|wheezing"
        r"|blowing|huffing and puffing|blowing hard) (?:\w+ ){0,3}?(?:after|from|by|climbing"
        r"|walking|going|up|on) (?:\w+ ){0,2}?(?:one|a single|1|half a|the first|a|just one|two"
        r"|2|a short) (?:flight|set) of (?:stairs|steps)",
        r"(?:prop|propped|propping|sleep|sleeping|slept|need|needing) (?:\w+ ){0,3}?(?:(?:on|with"
        r"|up on) )?(?:\d+|two|three|four|five|extra|more|loads of|a stack of|a pile of) pillows"
        r" (?:\w+ ){0,4}?(?:to (?:get|catch|take|draw|grab|suck) (?:\w+ )?(?:air|breath|breathe)|to"
        r" breathe|or i can not breathe|so i can breathe|to be able to breathe)",
        r"(?:can|could) not (?:\w+ )?(?:breathe|breath|get air|get my breath) (?:\w+ ){0,3}?"
        r"(?:lying|lie|laying|lay) (?:flat|down)",
        r"(?:gasp\w*|pant\w*|puff\w*|breathless|out of breath|fighting for air|air hungry) (?:\w+"
        r" ){0,6}?(?:when|while|whenever|if|even when|even while) (?:i )?(?:lie|lying|laying|lay"
        r"|sit|sitting|sat|rest|resting|talk|talking|doing nothing|do nothing|in bed|siddon|sit"
        r" down)\b",
        r"(?:pant\w*|gasp\w*|puff\w*|breathless|out of breath|blowing) (?:\w+ ){0,6}?even (?:when"
        r"|while|if) (?:i )?(?:siddon|sit|sitting|sat|lie|lying|rest|resting|do nothing|doing"
        r" nothing|in bed|talking|talk)",
        r"breath (?:dey |de |is |don )?(?:cut|no reach|no dey reach|dey catch me|dey short)",
        r"breath\w* (?:\w+ ){0,2}?through (?:a |an )?(?:\w+ )?(?:stirrer|straw|pinhole|snorkel"
        r"|keyhole|wet (?:cloth|towel|sock)|sock|mask|pin hole|needle)",
        r"(?:inhaler|puffer|ventolin|salbutamol|reliever|blue one) (?:\w+ ){0,3}?(?:is not|not"
        r"|does not|did not|has not|will not|nothing|no|is doing nothing|barely) (?:\w+"
        r" )?(?:touching|touch|help\w*|work\w*|doing|shifting|making a difference|making any"
        r" difference|easing|touched)\b(?! (?:\w+ ){0,4}?(?:empty|expired|ran out|run out|out of"
        r" date|new one|broken))",
    ),
    _rule(
        "stroke_signs",
        E,
        # rt3: the stroke seen by a watcher in slang ("lads on discord say I'm talking
        # gibberish"); never a language class
        r"(?:talking|talk|speaking|speak|saying|spouting|typing|texting|speech|words|came out"
        r"|coming out) (?:\w+ ){0,2}?(?:gibberish|jibberish|gobbledy ?gook|gobblede ?gook|word"
        r" salad|double dutch)\b(?! (?:\w+ ){0,4}?(?:in|at|during|for) (?:the |my |a |our )?(?:\w+"
        r" )?(?:class|lesson|course|exam|french|spanish|german|italian|language|duolingo"
        r"|homework))(?! (?:\w+ ){0,4}?(?:asleep|sleep|sleepy|half asleep|drunk|tipsy|pissed"
        r"|hammered|after (?:a few|some|six|five|four|three|two) (?:pints|drinks|beers|wines)))",
        r"(?:left|right|one) (?:side|half) of (?:my |his |her )?(?:face|mouth|smile|lip|lips)"
        r" (?:\w+ ){0,3}?(?:has |is |have |has gone |is gone |went )?(?:dropped|drooped|droopy"
        r"|drooping|fallen|sagg\w*|slipped|gone down|numb|slack|lopsided|gone funny)\b",
        r"(?:right|left|one) (?:hand|arm|side) (?:\w+ ){0,2}?(?:can not|could not|will not|would"
        r" not|wont|cant) (?:\w+ )?(?:hold|grip|grab|lift|pick up|keep hold of) (?:\w+ ){0,3}?"
        r"(?:controller|pad|phone|cup|mug|pen|fork|spoon|toothbrush|mouse|glass|kettle|anything"
        r"|things|a thing)\b(?=.*\b(?:just|sudden\w*|now|today|this morning|tonight|gibberish"
        r"|slurr\w*|face|words)\b)",
    ),
    _rule(
        "dizziness_fainting",
        C,
        # rt3: "keep nearly going lights out whenever I stand up, tunnel vision"
        r"(?:go|going|gone|went|goes|nearly|almost) (?:\w+ )?lights out\b(?! (?:\w+"
        r" ){0,4}?(?:boredom|bored|tired\w*|sleep\w*|nap|bed|bedtime|asleep)\b)",
        r"tunn?e?le?\w* vision",
        r"(?:nearly|almost|keep|kept|keeps|started|start|been) (?:\w+ )?(?:greying|graying|whiting"
        r"|browning|blacking) out",
        r"(?:went|dropped|keeled|go|going|gone) (?:down |over )?like a sack of (?:spuds|potatoes"
        r"|tatties|bricks|coal)",
    ),
    _rule(
        "fever_unwell",
        C,
        # rt3: "body hot like fire", "maybe na malaria"
        r"(?:body|skin|forehead|head|chest) (?:dey |de |is |don |feel |feels )?(?:hot|heat|burn\w*"
        r"|on fire) (?:like|as) (?:fire|an oven|oven|stove|hell|hot coal|pepper|a furnace|furnace"
        r"|a radiator|radiator|a kettle|kettle|toaster)\b(?! (?:\w+ )?(?:after|from|in) (?:the |a"
        r" |my )?(?:sauna|bath|shower|workout|run|session|sun|gym|heat|hot tub|jacuzzi|class"
        r"|sunburn|sunbathing|tanning|nettles?|chilli|spicy|curry|yoga|hot yoga|beach))",
        r"(?:body|skin) (?:dey|de) (?:hot|burn\w*|heat)",
        r"(?:malaria|typhoid)\b(?! (?:tablets?|pills?|jab|vaccine\w*|prophylaxis|medication|meds"
        r"|area|zone|risk|mosquito\w*|nets?|research)\b)",
    ),
    _rule(
        "weight_loss",
        C,
        # rt3: "everyone says I've slimmed down but I haven't changed a thing", "5kg lighter than
        # last month without cutting"
        _near(
            r"(?:slimmed|slimming|thinner|slimmer|skinnier|lighter|lost (?:loads|a lot|lots|weight"
            r"|a ton))",
            r"(?:have not|had not|did not|not|without|no|nothing) (?:\w+ )?(?:changed|change"
            r"|changing|trying|tried|tryin|dieting|cutting|diet|different)",
            8,
        ),
    ),
    _rule(
        "weight_loss",
        C,
        r"(?:\d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)|a stone|half a stone) (?:\w+ )?"
        r"(?:lighter|down|less) (?:than|since) (?:\w+ )?(?:last|a|the|before|christmas|summer)",
        unless=_RT3_ON_PURPOSE,
    ),
    _rule(
        "rest_pain",
        C,
        # rt3: "lying still is worse than moving, it throbs whatever way I lie"
        r"(?:lying|laying|lie|sitting|resting|rest|keeping|staying) still (?:is |makes it |feels"
        r" |just )?(?:worse|no better|not better)",
        PAIN + r" (?:\w+ ){0,3}?(?:whatever|no matter (?:what|which|how)|any) (?:way|position)"
        r" (?:i )?(?:lie|lay|sit|turn|am)",
        r"(?:can|could) not (?:\w+ )?get (?:comfy|comfortable) (?:\w+ ){0,2}?(?:in bed|at night"
        r"|lying down|whatever way|any way|no matter)",
    ),
    _rule(
        "shoulder_blade_pain",
        C,
        # rt3: "knifed me between the wings", "tearing pain up between my blades", "bra strap
        # line, been killing since sat"
        _near(
            _any(
                r"between (?:my |the |me |ma )?(?:wings|blades|shoulders)",
                r"bra (?:strap )?line",
                r"bra strap",
                r"shoulder ?blades?",
                r"upper back",
                r"mid(?:dle)? back",
                # rt12: "the middle of the back", "between my two shoulder blades"
                r"middle of (?:my |the )?back",
                r"between (?:my |the )?two shoulder ?blades?",
            ),
            _any(PAIN, r"killing", r"knif\w*", r"dagger", r"tear\w*", r"ripp\w*", r"spear\w*"),
            8,
        ),
        _near(
            r"between (?:my |the |me |ma )?(?:wings|blades|shoulder ?blades|shoulders)",
            r"(?:brand new|totally new|new since|came on|out of nowhere|new spot)",
            6,
        ),
    ),
    _rule(
        "radiating_leg_pain",
        C,
        # rt3: "a zap like grabbing an electric fence down my leg", "a hot wire running down the
        # leg"
        r"(?:zap\w*|jolt\w*|shock\w*|bolt\w*|lightning|electric\w*|hot wire|live wire|red hot"
        r" wire|burning wire)\s+(?:\w+\s+){0,6}?(?:down|into|through|along) (?:the |my )?(?:back of"
        r" (?:the |my )?|left |right |whole )?" + _any(LEG, LEGS, r"legs?"),
    ),
    _rule(
        "sharp_pain",
        S,
        # rt3: "it felt like a knife went in my lower back"
        _near(
            r"like (?:a |an |someone )?(?:\w+ )?(?:knife|blade|dagger|nail|spike|skewer|sword"
            r"|spear|ice pick|knifed|stabbed)\b(?! through butter)",
            r"(?:back|spine|leg|hip|side|bum|buttock|neck|shoulder|chest|ribs?)",
            6,
        ),
    ),
    # rt4: the bladder found after the fact: a wet bed, chair or clothes the writer wet unfelt
    # ("the bed was damp this morning and it was me, didn't wake")
    _rule(
        "bladder",
        E,
        _near(
            r"(?:my |the )?" + _RT4_WET_THING + r" (?:\w+ ){0,2}?(?:was|were|is|are|been|got|felt"
            r"|all) (?:\w+ )?(?:wet|damp|soaked|soaking|sodden|drenched)",
            _RT4_IT_WAS_ME,
            10,
        ),
        unless=_RT3_OTHER_WETTER,
    ),
    # rt4: the bowel told by what was found or had to be done: marks in the underpants found
    # by someone else, running home or to the loo and not making it, "couldn't stop myself",
    # "not controlling the caca", "it goes out alone", a fart that wasn't, the back door open
    _rule(
        "bowel",
        E,
        r"(?:not|no|never|can not|could not|losing|lost|without) (?:\w+ )?(?:controlling|control"
        r"|control of|hold of|holding|managing|stopping) (?:over |of )?(?:the |my |me )?"
        + _RT4_POO,
        _RT4_POO + r" (?:\w+ )?(?:goes|go|going|went|comes|come|coming|came) out (?:\w+ )?(?:alone"
        r"|by (?:it|them)sel\w*|on (?:its|their) own|without (?:me|my|asking|warning|feeling))",
        r"(?:it|something|stuff) (?:just )?(?:goes|go|going|comes|come|coming) out (?:\w+ )?"
        r"(?:alone|by itself|on its own|without (?:me|my|asking|warning))(?=.*\b(?:toilet|loo|"
        + _RT4_POO[3:]
        + r"\b)",
        _near(
            _RT4_FART,
            r"(?:(?:was not|is not|not|was more than|more than) (?:just |only )?(?:a |an )?"
            r"(?:\w+ )?" + _RT4_FART + r"|follow\w* through|wet one|(?:can|could) not (?:\w+ )?"
            r"(?:hold|keep|stop) (?:it|them) (?:in|back)|not just wind)",
            8,
        ),
        _near(
            r"(?:can|could) not (?:\w+ )?(?:hold|keep|stop) (?:it|them) (?:in|back)\b",
            r"(?:toilet|loo|bathroom|lav|wc|pants|underpants|undies|tummy|bowels?|runny|back end"
            r"|bum|poo\w*|" + _RT4_FART[3:],
            10,
        ),
        _near(
            r"(?:run|ran|running|rush\w*|dash\w*|race\w*|sprint\w*|leg it|legged it|had to go)"
            r" (?:\w+ )?(?:home|to the (?:toilet|loo|bathroom|lav|gents|ladies))",
            r"(?:(?:could not|can not|did not) (?:\w+ )?(?:stop (?:myself|it)(?! \w+ing| from)|make"
            r" it|hold (?:it|on)|get there)|too late|accident|messed|soiled|back door)",
            10,
        ),
        r"back door (?:\w+ )?(?:is |s )?(?:just )?(?:open|wide open|left open|not (?:shutting"
        r"|closing|working)|will not (?:shut|close)|broken|has a mind of its own)\b(?=.*\b(?:toilet"
        r"|loo|tummy|bowels?|poo\w*|runny|myself|pants|accident|hold|stop)\b)",
    ),
    _rule(
        "bowel",
        E,
        _near(
            r"(?:marks?|stains?|streaks?|skid ?marks?|soiling|mess) (?:\w+ ){0,2}?(?:in|on|inside)"
            r" (?:my |me |his |the )?" + _RT4_UNDIES,
            r"(?:" + _RT3_UNFELT + r"|no (?:idea|clue)|not a clue|found|finds|finding|spotted"
            r"|back end|poo\w*|bowels?)",
            10,
        ),
        unless=_RT4_MARK_CAUSE,
    ),
    # rt4: the saddle told after a birth or in the writer's own words ("my lady bits and round
    # the back feel numb, no feeling at all")
    _rule(
        "saddle_numbness",
        E,
        _near(
            r"(?:lady (?:bits|parts|garden|area)|front bottom|foof|minge|nethers|bits down there"
            r"|round the back(?! of)|around the back(?! of)|back passage|where i sit)",
            _any(
                NUMB,
                r"no feeling",
                r"(?:can|could) not feel",
                r"dead",
                r"like after (?:a |the )?"
                r"dentist",
            ),
            10,
        ),
    ),
    # rt4: legs told by what they no longer do ("getting out of the car is a two hand job",
    # "legs have lost their oomph", "legs not doing what I tell them")
    _rule(
        "leg_weakening",
        E,
        r"(?:getting|get|got|standing|stand|climbing|climb) (?:up )?(?:out of|off|up from|from|up)"
        r" (?:the |a |my )?(?:car|chair|sofa|couch|bed|bath|toilet|loo|floor|stairs) (?:\w+ ){0,2}?"
        r"(?:a )?(?:two|2|both) ?hand(?:ed)?(?: job| effort| affair| manoeuvre)?",
        r"(?:legs?|knees?|thighs?) (?:\w+ ){0,2}?(?:have |has |had |just )?lost (?:their|its|all"
        r" their|all its|all|the|my) (?:oomph|umph|power|strength|go|spring|push|welly|puff|drive"
        r"|get up and go)\b(?! (?:\w+ ){0,4}?(?:after|from|because|since the (?:run|race|gym"
        r"|marathon|hike|session))\b)",
        r"(?:legs?|knees?) (?:\w+ )?(?:will not|would not|do not|does not|are not|is not) (?:\w+ )?"
        r"(?:do|doing) (?:what|as) (?:i|i am) (?:tell|told|ask|want)",
    ),
    # rt4: a fall told in other words: a parting of ways with a horse, a landing on the lower
    # back, steps missed, going down hard on the bum
    _rule(
        "serious_trauma",
        E,
        r"landed (?:\w+ ){0,2}?on (?:my |the )?(?:lower |upper |middle |mid |small of (?:my )?)"
        r"(?:back|spine)\b",
        r"(?:(?:me and (?:the |my )?(?:horse|pony|mare|gelding|stallion|cob|bike|motorbike)|(?:the"
        r" |my )?(?:horse|pony|mare|gelding|stallion|cob) and (?:i|me)) (?:\w+ )?(?:parted|went our"
        r" separate|split) (?:ways|company)|parted (?:ways|company) with (?:the |my |a )?(?:horse"
        r"|pony|mare|gelding|stallion|cob|bike|motorbike|saddle))(?=.*\b(?:landed|land|ground"
        r"|deck|fence|jump|sore|hurt\w*|pain\w*|flying|thrown|threw|i went (?:left|right|over|off)"
        r"|tailbone|spine|smack|hard|came down|fell|hit)\b)",
        r"came off (?:the |my |a )?(?:horse|pony|mare|gelding|stallion|cob|motorbike|motor bike"
        r"|scooter|quad)\b",
    ),
    _rule(
        "fall_accident",
        C,
        r"(?:went|go|gone|going|came|come|sat) down (?:\w+ )?(?:on|onto) (?:my |me )?(?:bum|back"
        r"|backside|bottom|tailbone|coccyx|arse|butt|behind|rear)\b(?: \w+){0,2}? (?:hard|heavily"
        r"|badly|awkwardly|with a (?:thud|bump|bang|thump|crash))",
        r"missed (?:the )?(?:bottom|last|top|final|first|\d+|two|three|four|five|a few|a couple of"
        r"|several)(?: \d+| two| three| four| five| few)? (?:steps|stairs)",
    ),
    # rt4: chest pain as a heartburn the writer never gets, pressure in the middle of the chest
    _rule(
        "chest_pain",
        E,
        _near(
            r"(?:heartburn|indigestion|reflux)",
            r"(?:(?:i )?never (?:get|have|had|suffer)|not my usual|not (?:the|my) (?:usual|normal)"
            r"|(?:rennie|gaviscon|antacid|tums)\w* (?:\w+ )?(?:did nothing|not (?:work|help)\w*"
            r"|no (?:help|good|use)|did not (?:help|work|touch)))",
            10,
        ),
        r"pressure (?:\w+ ){0,2}?(?:mid|(?:in )?(?:the )?(?:middle|centre|center) of (?:my |the"
        r" )?)chest\b",
        r"(?:burning|heavy|crushing|squeezing|tight|pressing) pressure (?:\w+ ){0,2}?(?:in|on"
        r"|across|over) (?:my |the )?chest\b",
    ),
    # rt4: breath that cannot catch up, puffed at a small effort that was easy before
    _rule(
        "breathing_difficulty",
        E,
        r"(?:my |ma |mi )?breath (?:\w+ )?(?:can not|could not|will not|would not|does not|never)"
        r" (?:\w+ )?(?:catch up|keep up|come back|come)\b(?! with (?:my |the )?(?:mouth|words"
        r"|brain|thoughts|talking|mind|excitement))",
    ),
    _rule(
        "breathing_difficulty",
        E,
        _near(
            r"(?:out of breath|winded|puffed(?: out)?|puffing|panting|breathless|huffing|gasping"
            r"|short of breath|wheezing|blowing)",
            _RT4_SMALL_EFFORT,
            8,
        ),
        unless=_RT4_HARD_EFFORT,
    ),
    # rt4: a faint seen by someone else or told by where the writer came round
    _rule(
        "dizziness_fainting",
        C,
        _near(
            r"(?:went|go|gone|goes|going) out like a light",
            r"(?:floor|ground|rug|carpet|tiles|waking up (?:on|there)|woke up (?:on|there)|came"
            r" round|remember|found me|said i|told me|saw me)",
            10,
        ),
        r"(?:^|\bi (?:just |then |eventually |finally |only )?)(?:came|come|coming) (?:round|around"
        r"|to) (?:\w+ ){0,2}?(?:on|in) (?:the |a |my )?(?:\w+"
        r" )?(?:floor|rug|carpet|ground|tiles|pavement|grass|kitchen|bathroom|hall|stairs|landing)",
        r"(?:woke|waking|wake|woken) up (?:\w+ ){0,2}?on the (?:\w+ )?(?:floor|rug|carpet|ground"
        r"|tiles|pavement)\b(?=.*\b(?:remember|do not know how|no idea how|went|black|faint\w*"
        r"|passed|light)\b)",
    ),
    # rt4: weight lost told as clothes loose, "wasting away", "shrinking", kilos gone with no
    # diet
    _rule(
        "weight_loss",
        C,
        r"(?:i am|i m|im|i look|i have been|been) (?:\w+ )?(?:wasting away|fading away|withering"
        r" away|skin and bone|a bag of bones|all skin and bones)",
        _near(
            r"(?:i am|i m|im) (?:just |really |literally |actually )?(?:shrinking|wasting)"
            r"(?! violet)",
            r"(?:weight|lose|lost|diet\w*|trying|thin|clothes|kilos?|kg)",
            12,
        ),
        r"(?:\d+ ?(?:kg|kgs|kilos?|lbs?|pounds|stone)|a stone|half a stone) (?:\w+ )?(?:gone|off"
        r"|lost|vanished|dropped)(?: \w+)?(?=.*\b(?:never|not|without|no) (?:\w+ )?diet\w*)",
    ),
    _rule(
        "weight_loss",
        C,
        _near(
            _RT4_LOOSE,
            "(?:" + _RT4_NO_DIET + r"|lose weight|losing weight|(?:\d+ ?(?:kg|kgs|kilos?|lbs?"
            r"|pounds|stone)|a stone|half a stone) (?:\w+ )?(?:gone|off|lost|down))",
            14,
        ),
        unless=_RT3_ON_PURPOSE,
    ),
    # rt4: pain that nothing settles, there all the time
    _rule(
        "rest_pain",
        C,
        r"nothing (?:\w+ ){0,2}?(?:makes|make|made|lets|helps|will make|seems to make) (?:it|the"
        r" pain|the ache|my back) (?:\w+ )?(?:settle|ease|calm|go|better|stop|let up)\b(?! (?:like"
        r"|as (?:well|much|fast|quick\w*)|better than|quite like)\b)",
        r"nothing (?:\w+ )?(?:settles|eases|calms|shifts|touches|stops) (?:it|the pain|the ache)",
        r"(?:it|pain|ache|the pain|the ache|hurt\w*) (?:is |s )?(?:there|with me) all the time"
        r"(?=.*\b(?:pain\w*|ache\w*|hurt\w*|sore|settle|ease|back|normal|usual|worse|throb\w*)\b)",
    ),
    # rt4: a foot that cannot feel the sock, the floor or the water
    _rule(
        "numbness",
        C,
        CANT_FEEL + r" (?:the |my )?(?:sock|socks|shoe|shoes|slipper|slippers|floor|carpet|ground"
        r"|water|towel|sheet|sheets|bath) (?:\w+ ){0,2}?(?:on|under|with|against|through|in)"
        r" (?:my |me |the )?(?:left |right |one |bad )?(?:foot|feet|leg|toes|heel|sole)\b(?! (?:\w+"
        r" ){0,4}?(?:because|as|so thin|so soft|it is so|they are so|comfy|comfortable|lovely))",
        r"(?:foot|feet|toes|heel|sole) (?:\w+ )?(?:can not|could not|does not|do not) (?:\w+ )?feel"
        r" (?:the )?(?:sock|socks|shoe|shoes|slipper|slippers|floor|carpet|ground)\b",
        r"(?:like|as if|as though) (?:i am |i was )?(?:touching|feeling|touch) (?:it |them |my \w+"
        r" )?(?:through|thru) (?:a |an |some |thick )?(?:glove|gloves|mitten|mittens|oven glove"
        r"|sock|blanket|cloth|towel|cardboard)",
    ),
    # rt4: one leg "like ants walking inside"
    _rule(
        "tingling",
        C,
        _near(
            r"ants (?:\w+ )?(?:walking|crawling|marching|running|moving|creeping) (?:\w+ )?"
            r"(?:inside|under|in|over|up|down|around|all over)(?! (?:the |my |our )?(?:kitchen"
            r"|house|garden|floor|tent|cupboard|bin|sugar|pants|picnic)\b)",
            r"(?:leg|legs|foot|feet|arm|hand|thigh|calf|shin|skin|toes)",
            10,
        ),
    ),
    # rt4: a stroke told by the mouth that dribbles on one side, a hand or arm gone heavy and
    # clumsy at once, half of what the writer sees gone dark
    _rule(
        "stroke_signs",
        E,
        r"(?:dribbl\w*|drool\w*|leak\w*|spill\w*|ran|run|running|came|poured|pouring|dripp\w*)"
        r" (?:\w+ ){0,2}?(?:out |down )?(?:of )?(?:the |one )?(?:left |right )?(?:side|corner) of"
        r" (?:my |me )?(?:mouth|lips?)",
        r"(?:left|right|one) (?:hand|arm|leg|side) (?:\w+ ){0,2}?(?:heavy|dead) and (?:clumsy"
        r"|odd|weird|useless|numb|weak|floppy|strange|funny)\b",
        r"(?:left|right|one) (?:hand|arm) (?:\w+ ){0,2}?(?:clumsy|useless|floppy) (?:\w+ ){0,3}?"
        r"(?:just now|suddenly|all of a sudden|out of nowhere|right now)",
        r"(?:(?:left|right|one|the) )?half of (?:what i (?:see|can see)|my (?:vision|sight|eyesight"
        r"|view)|everything|the world|what is in front)(?: \w+){0,2}? (?:has |is |went |gone )?"
        r"(?:gone |went |going )?(?:dark|black|blank|grey|gray|missing|dim|blurry|cut off)",
        r"(?:lost|losing|can not see|can only see) (?:\w+ )?half (?:of )?(?:my )?(?:vision|sight"
        r"|eyesight|what i (?:am )?(?:see|can see|look\w* at)|everything|things|the (?:room|page"
        r"|world|face|faces|picture))",
    ),
    *_RT17_GENERAL_RULES,
    *_RT5_RULES,
    *_RT6_RULES,
    *_RT7_RULES,
    *_RT8_RULES,
    *_RT9_RULES,
    *_RT10_RULES,
    *_RT11_RULES,
    *_RT13_RULES,
    *_RT14_RULES,
    *_RT15_RULES,
    *_RT16_RULES,
    *_RT17_NERVE_RULES,
    *_RT19_RULES,
    # The lead, probing after round 54: a ride that threw the writer, with the ride as the
    # subject ("the bike threw me off", "the scooter chucked me off"), or named before "I came
    # off" ("the bike caught a pothole and I came off"); a drop to the floor told of the writer
    _rule(
        "serious_trauma",
        E,
        r"(?:bike|bicycle|motorbike|motor bike|motorcycle|scooter|moped|horse|pony|quad"
        r"|skateboard|e ?bike|board) (?:\w+ ){0,2}?(?:threw|throws|thrown|chucked|flung|tossed"
        r"|bucked|dumped|launched|spat|fired) (?:me|us)\b",
        r"(?:bike|bicycle|motorbike|motor bike|motorcycle|scooter|moped|horse|pony|quad"
        r"|skateboard|ladder) (?:\w+ ){1,8}?(?:and |then |so )?(?:i|we) (?:came|come) off\b",
    ),
    # Half the face told by its side or its half: "half my smile has dropped", "the side of my
    # face dropped"
    _rule(
        "stroke_signs",
        E,
        r"(?:half|one side|one half|the side|the left side|the right side|left side|right side"
        r"|side) (?:of )?(?:my |me |ma )?(?:smile|face|mouth|lip|lips|grin|cheek) (?:\w+ ){0,2}?"
        r"(?:has |have |is |s )?(?:dropped|drooped|droop\w*|fallen|slipped|sagg\w*|gone down"
        r"|went down|slid|slumped|gone floppy|gone slack|gone numb|gone dead)",
    ),
    # A foot drop told by what the foot wears: "my shoe keeps catching on the pavement", "the
    # toe of my trainer scuffs the floor when I walk" (the verb before the shoe is rt3's)
    _rule(
        "leg_weakening",
        E,
        r"(?:my|me|ma|the|one|left|right) (?:\w+ )?(?:shoe|shoes|trainer|trainers|boot|boots"
        r"|slipper|slippers|sandal|sandals|sneaker|sneakers|toe of my \w+) (?:\w+ ){0,3}?(?:catch"
        r"|catches|catching|caught|scuff\w*|drag\w*|scrap\w*|clip\w*|snag\w*) (?:\w+ ){0,4}?"
        r"(?:floor|ground|pavement|kerb|curb|carpet|rug|step|steps|stairs|road|path|tarmac"
        r"|when i walk|as i walk|walking)\b",
        unless=r"(?:too big|too small|too loose|new shoes?|new trainers|new boots|new slippers"
        r"|broken|split|sole (?:\w+ )?(?:came|coming|is coming) (?:off|away|loose)|lace|laces"
        r"|untied|heels? (?:on|broke)|high heels|stilettos?)",
    ),
    _rule(
        "fall_accident",
        C,
        r"(?:^|\bi |\band |\bthen |\bjust )(?:dropped|collapsed|crumpled|went down|hit the deck)"
        r" (?:down )?(?:onto|on to|on|to) (?:the |my )?(?:\w+ )?(?:floor|ground|tiles|deck"
        r"|pavement|concrete)\b",
        unless=r"(?:for|to do|to start|to begin) (?:the |my |a |some )?(?:twist|stretch\w*"
        r"|exercise|session|move|workout|press ups?|push ups?|planks?|yoga|burpees?)",
    ),
)


# Every sign key, in rule order, then the net's: a sign's index is its compact id in button data.
ALL_SIGNS: tuple[str, ...] = (*dict.fromkeys(rule.sign for rule in RULES), UNSURE_SIGN)


def _anchor_index(rules: tuple[_Rule, ...]) -> tuple[dict[str, tuple[int, ...]], frozenset[int]]:
    """Each anchor's rules (by their place in ``rules``), and the rules with no anchor: the
    same test as `_Rule.may_match`, looked up from a text's pieces instead of tried per rule."""
    by_anchor: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        for anchor in rule.anchors or ():
            by_anchor.setdefault(anchor, []).append(index)
    always = frozenset(index for index, rule in enumerate(rules) if rule.anchors is None)
    return {anchor: tuple(found) for anchor, found in by_anchor.items()}, always


_RULES_BY_ANCHOR, _RULES_ALWAYS = _anchor_index(RULES)


def _may_match(pieces: frozenset[str]) -> list[_Rule]:
    """The rules that `_Rule.may_match` a text with these `anchors.grams`, in rule order."""
    found = set(_RULES_ALWAYS)
    for piece in pieces:
        hits = _RULES_BY_ANCHOR.get(piece)
        if hits is not None:
            found.update(hits)
    return [RULES[index] for index in sorted(found)]


@lru_cache(maxsize=256)
def _assess(prepared: str) -> Triage:
    if not prepared.strip():
        return Triage(TriageLevel.NONE, ())
    matched = [rule for rule in _may_match(grams(prepared)) if rule.matches(prepared)]
    if not matched:
        return Triage(TriageLevel.NONE, ())
    matched.sort(key=lambda rule: -rule.level.rank)  # stable: rule order within a level
    signs = tuple(dict.fromkeys(rule.sign for rule in matched))
    return Triage(matched[0].level, signs)


# ---------------------------------------------------------------------------------------------
# Context (see the module docstring). Everything below works on normalised, corrected words.

CONTEXTS = (
    "cause",
    "past",
    "someone_else",
    "hypothetical",
    "habit",
    "hedged",
    "routine",
    "general",
    "unsure",  # the safety net's question (`coach.questions.unsure`), never the rules'
)

# Signs no stated cause or hypothetical wording may soften (someone else's or the resolved past
# still may: they are not the user's, or not now).
HARD_SIGNS = frozenset(
    {
        "saddle_numbness",
        "bladder",
        "bowel",
        "leg_weakening",
        "serious_trauma",
        "breathing_difficulty",
    }
)
_HARD_RULES = tuple(rule for rule in RULES if rule.sign in HARD_SIGNS)

_SYMPTOM_NOUN = _any(
    r"pain\w*",
    r"hurt\w*",
    r"ache\w*",
    r"aching",
    r"achy",
    r"tingl\w*",
    r"numb\w*",
    r"pins and needles",
    r"weakness",
    r"cramp\w*",
    r"spasms?",
    r"twinges?",
    r"discomfort",
    r"soreness",
    r"symptoms?",
    r"fever",
    r"dizziness",
)
# Muscles whose weakness is training talk ("weak glutes"); calves, legs and plain "muscles" are
# left out on purpose: a weak calf can be a weakening leg.
# What a negation may name: a symptom, or "problems / issues" with a body part ("no bladder
# problems"); and the tail of a negated list ("or bladder problems or anything scary").
_NEG_NOUN = _any(
    _SYMPTOM_NOUN,
    r"problems?",
    r"issues?",
    r"trouble",
    r"changes?",
    r"weakness",
    r"stuff",
    r"things?",
)
_NEG_TAIL = (
    r"(?:,? (?:or|nor)(?: any| no)?(?: \w+)?(?: \w+)? "
    + _NEG_NOUN
    + r"|,? and no(?: \w+)? "
    + _NEG_NOUN
    + r")*(?:,? or anything(?: \w+| like that)?)?"
)
_WEAK_MUSCLE = _any(
    r"glutes?",
    r"gluteus",
    r"core",
    r"abs",
    r"abdominals?",
    r"obliques?",
    r"hip flexors?",
    r"biceps",
    r"triceps",
    r"pecs?",
    r"pectorals?",
    r"grip",
    r"posture",
    r"upper body",
)
_MUSCLE = _any(
    r"glutes?",
    r"gluteus",
    r"core",
    r"abs",
    r"abdominals?",
    r"obliques?",
    r"hip flexors?",
    r"hamstrings?",
    r"quads?",
    r"quadriceps",
    r"biceps",
    r"triceps",
    r"pecs?",
    r"pectorals?",
    r"lats",
    r"delts?",
    r"deltoids?",
    r"traps",
    r"grip",
    r"muscles?",
    r"calf muscles?",
    r"calves",
    r"calf",
    r"posture",
    r"balance",
)
_TRAINING_DAY = r"(?:leg|legs|arm|arms|chest|back|core|glute|glutes|ab|abs|shoulder|pull|push)"

# Round 6 (h6's classes): more shapes of a negated list. Nouns a negation may name besides
# `_SYMPTOM_NOUN` ("no fever, no weight loss, no night sweats"), adjectives ("not feeling weak or
# numb anywhere", "nothing numb, nothing weak") and a body function said to be fine ("bladder's
# fine, bowels fine, legs fine").
_NEG_EXTRA_NOUN = _any(
    r"temp(?:erature)?s?",
    r"(?:night )?sweats",
    r"weight loss",
    r"chills",
    r"shivers",
    r"leaks?",
    r"leaking",
    r"accidents?",
    r"incontinence",
    r"fevers?",
    r"dizzy spells?",
    r"sciatica",
    _SYMPTOM_NOUN,
)
_NEG_ADJ = _any(
    r"weak",
    r"numb",
    r"tingly",
    r"tingling",
    r"dizzy",
    r"faint",
    r"feverish",
    r"sick",
    r"ill",
    r"unwell",
    r"shivery",
    r"sweaty",
    r"light ?headed",
    r"wobbly",
    r"heavy",
    r"painful",
    r"sore",
)
_FINE_PART = _any(
    r"bladder",
    r"bowels?",
    r"waterworks",
    r"legs?",
    r"feet",
    r"foot",
    r"bum",
    r"bottom",
    r"groin",
    r"saddle(?: area)?",
    r"toilet",
    r"pee",
    r"wee",
    r"poo",
    r"stools?",
    r"peeing",
    r"weeing",
    r"sensation",
    r"feeling",
    r"strength",
    r"balance",
    r"temperature",
    r"weight",
)
_ROUND6_NEGATIONS: tuple[str, ...] = (
    r"(?:no|zero|without|not any|never any|free of|not had any|not a)(?: any| real| much)?"
    r"(?: \w+)? "
    + _NEG_EXTRA_NOUN
    + r"(?:(?: or| nor| and)(?: any| no)?(?: \w+)? "
    + _NEG_EXTRA_NOUN
    + r")*",
    r"(?<!can )(?<!could )(?:not|never|nothing|nowhere)(?: (?:feeling|feel|felt|getting|get|got"
    r"|going|gone|at all|any|is|feels))? "
    + _NEG_ADJ
    + r"(?:(?: or| nor| and)(?: \w+)? "
    + _NEG_ADJ
    + r")*",
    r"(?<!not )(?<!no )(?<!lost )(?<!losing )(?<!of )(?<!my )"
    + _FINE_PART
    + r"(?: control| function| habits| wise)? (?:is |are |all |both |seem |seems |feel |feels"
    r" |working |work |works |has been |have been )?(?:totally |completely |perfectly |absolutely"
    r" |all |also |just )?(?:fine|ok|okay|normal|good|perfect|all good|no problem|unaffected"
    r"|unchanged|stable)",
    r"(?:not|never|have not|has not|am not) (?:been )?(?:losing|lost|lose|dropping|dropped)"
    r" (?:any )?(?:weight|kilos?|kgs?|pounds)",
)
# Weight lost on purpose is not unexplained weight loss ("lost 6 kilos on purpose, with a
# diet"); a filler word that negates the intent ("and I haven't been dieting") keeps the sign.
_NO_NEG_FILLER = r"(?:(?!(?:not|without|never|no|nothing|unintentional\w*)\b)\w+ )"
_WEIGHT = r"(?:weight|kilos?|kgs?|\d+ ?kgs?|\d+ ?kilos?|pounds|lbs|\d+ ?lbs|stones?|a stone)"
_INTENT = (
    r"(?:on purpose|diet\w*|intentional\w*|deliberate\w*|slimming\w*|calorie\w*|fasting|weight"
    r" watchers|gym|training|exercis\w*|running|meal plans?|cutting|deficit|ozempic|wegovy"
    r"|mounjaro|keto|plan|trying to|tried to|wanted to|goal)"
)
_ROUND6_SET_ASIDE: tuple[str, ...] = (
    r"(?:lost|losing|lose|dropped|dropping|shed|shedding|shifted) "
    + _NO_NEG_FILLER
    + r"{0,3}?"
    + _WEIGHT
    + r" "
    + _NO_NEG_FILLER
    + r"{0,6}?"
    + _INTENT,
    # rt4: never the intent denied ("not trying to lose weight")
    r"(?<!not )(?<!never )(?<!without )(?<!no )"
    + _INTENT
    + r" "
    + _NO_NEG_FILLER
    + r"{0,5}?(?:lost|lose|losing|dropped|shed) "
    + _NO_NEG_FILLER
    + r"{0,3}?"
    + _WEIGHT,
    # "weakness" as a figure: "my weak side", "my weakness is my left side, flexibility wise"
    r"(?:weak|weaker|weakest) (?:side|direction|way|one|spot|point|link|suit|area of|of the two)",
    r"weakness(?:es)? (?:is|are|was|has (?:always )?been|have (?:always )?been) (?:(?!(?:on|in"
    r"|down|through|into|across|since)\b)\w+ ){0,3}?(?:flexib\w*|mobility|side|left|right"
    r"|rotation|stretch\w*|hamstrings?|hips?|consistency|motivation|discipline|range|turn\w*"
    r"|twist\w*|balance|posture|core|shoulders?)",
    r"(?:is|are|was) (?:my |a |the )?(?:biggest |main |greatest |real |big )?weakness(?:es)?",
    # a diagnosis asked about, not an event told: "is it sciatica or just a pulled muscle?"
    r"(?:is (?:it|this|that)|could (?:it|this|that) be|or|maybe|probably) (?:just |maybe |simply"
    r" |only |a |an ){0,2}(?:pulled|strained|tweaked) (?:\w+ )?(?:muscle|ligament|tendon)",
)

# Round 7. Things of life, not of the body, that people call a car crash or a train wreck.
_LIFE = _any(
    r"(?:to do )?list",
    r"day",
    r"week",
    r"weekend",
    r"month",
    r"year",
    r"morning",
    r"afternoon",
    r"evening",
    r"night out",
    r"life",
    r"love life",
    r"schedule",
    r"diary",
    r"calendar",
    r"inbox",
    r"emails?",
    r"desk",
    r"kitchen",
    r"house",
    r"flat",
    r"room",
    r"bedroom",
    r"office",
    r"garden",
    r"work",
    r"job",
    r"meeting",
    r"project",
    r"presentation",
    r"plans?",
    r"finances",
    r"budget",
    r"relationship",
    r"hair",
    r"exams?",
    r"interview",
    r"launch",
    r"season",
    r"team",
    r"government",
    r"economy",
    r"date",
    r"holiday",
    r"trip",
    r"party",
    r"wedding",
    r"rota",
    r"report",
    r"essay",
    r"code",
    r"spreadsheet",
    r"admin",
    r"paperwork",
    r"monday",
    r"tuesday",
    r"wednesday",
    r"thursday",
    r"friday",
    r"saturday",
    r"sunday",
    r"this",
    r"it all",
    r"everything",
)

# Round 9. Things, never body parts, that people call weak, dead or numb.
_THING = _any(
    r"will ?power",
    r"motivation",
    r"discipline",
    r"resolve",
    r"self control",
    r"memory",
    r"concentration",
    r"focus",
    r"spanish|french|german|english|maths|math|italian|grammar|spelling|chess|game",
    r"signal|wifi|wi fi|internet|connection|broadband|reception|battery|phone|laptop|torch"
    r"|remote|charger|pen|plants?|houseplants?|basil",
    r"excuses?|argument|jokes?|puns?|password|coffee|tea|beer|handshake",
    r"pound|euro|dollar|economy|market|team|defence|defense|squad|party|pub|town|office|chat"
    r"|group chat|conversation|social life|love life|sense of humou?r",
)


# Round 9 (h9's classes). Figures of speech whose alarming word names no symptom of the writer's.
_ROUND9_SET_ASIDE: tuple[str, ...] = (
    # a wish about someone else: "whoever invented burpees deserves a heart attack"
    r"(?:deserves?|deserved|deserving|hope (?:(?!(?:i|im|my|me)\b)\w+ ){1,4}?(?:gets?|has|have)"
    r"|wish (?:\w+ )?(?:on|upon) (?:\w+ )?) (?:\w+ ){0,2}?(?:a |an )?(?:massive |big |little |mini"
    r" |small |nasty )?(?:heart attack|stroke|coronary|seizure|hernia|breakdown|fall|accident)",
    # an emotion as the cause: "numb with fear", "weak with dread", "paralysed by indecision"
    r"(?:numb|numbness|weak|weakness|dizzy|faint|shaking|shaky|jelly|frozen|paralysed|paralyzed"
    r"|tingl\w*) (?:\w+ ){0,2}?(?:with|from|by) (?:\w+ )?(?:fear|terror|dread|panic|fright|boredom"
    r"|grief|horror|nerves|nervousness|anxiety|stage fright|embarrassment|shame|awe|indecision"
    r"|choice|choices|options|laughter|laughing|rage|anger|fury|cringe|worry)",
    r"(?:bored|scared|frightened|terrified|petrified) (?:stiff|numb|to death|witless)",
    # a weakness of the will or for a treat: "the weakness is in my willpower, not my legs"
    r"weakness(?:es)? (?:is |are |was |lies |lie |has always been )?(?:in|for|with|of|around)"
    r" (?:my |the |a |all )?(?:\w+ )?(?:willpower|will power|will|motivation|discipline|resolve"
    r"|self control|chocolate|cake|sweets|biscuits|crisps|cheese|wine|beer|snacks?|shoes"
    r"|shopping|consistency|character|mind|head|brain|memory|planning|time management"
    r"|organi[sz]ation|habits?|routine|sugar|food|takeaways?|netflix|sofa|bed|mornings?)",
    r"(?:a |my |big |real |huge |total )weakness for",
    r"weak (?:willed|willpower|will|resolve|excuse|joke|coffee|tea|signal|wifi|argument|password"
    r"|point|moment|attempt|effort)",
    # laughing till it hurt: "laughed so hard my stomach hurt", "my sides ache from laughing"
    r"(?:laugh\w*|giggl\w*|cackl\w*|in stitches) (?:\w+ ){0,4}?(?:my |our |the )?(?:stomach|tummy"
    r"|belly|sides?|abs|face|cheeks|jaw|ribs)(?: muscles)? (?:\w+ )?(?:hurt\w*|ache\w*|aching|sore"
    r"|hurted|killing me|in pain|was in pain|were in pain|split\w*)",
    r"(?:stomach|tummy|belly|sides?|abs|face|cheeks|jaw|ribs) (?:\w+ ){0,2}(?:hurt\w*|ache\w*"
    r"|aching|sore|pain\w*|killing me|splitting) (?:\w+ ){0,2}?(?:from|with|after|because of|cos"
    r" of|of) (?:\w+ )?(?:laugh\w*|giggl\w*)",
    r"(?:split|splitting) my sides",
    # general: the symptom word said of a thing, not a body: "my willpower is weak", "the wifi
    # is dead" (a list of things, never a body part, so an unknown word keeps its sign)
    r"(?:my|the|our|this|that|his|her|their|your) (?:\w+ )?" + _THING + r" (?:is|are|was|were"
    r"|has been|have been|feels?|felt|seems?|looks?|went|gone|got|getting|is getting|is going)"
    r" (?:\w+ )?(?:weak|weaker|numb|dead|paralysed|paralyzed|crippled|crippling|killing me"
    r"|broken)",
    r"(?:weak|weaker|dead|numb) " + _THING,
    r"(?:weak|weaker|dead|numb) (?:\w+ ){0,2}?(?:only|just) (?:my|the|our) (?:\w+ )?" + _THING,
    # "nobody hurt", "no one was injured": no one's symptom
    r"(?:nobody|no one|noone|none of us|neither of us|nobody else|no one else) (?:(?:was|got"
    r"|were|is|seriously|badly|really) )*(?:hurt|injured|harmed)",
)

# Round 10 (h10's classes). A training sensation described as good ("tight in a good way",
# "a good stretch across my pecs"); a figure of speech with an emotional trigger ("legs turned to
# jelly watching the penalties", "knees went weak when she walked in"); a near miss that never
# touched the writer ("a van nearly hit me", "almost got knocked off my bike"); a fright called
# a heart attack moment; a class pushed "till we collapsed".
_GOOD_FEELING = (
    r"(?:in a good way|in the good way|the good kind|a good kind|good kind of|in the good sense"
    r"|a good (?:stretch|ache|burn|pull|tightness|soreness)|(?:a )?nice (?:stretch|ache|burn|pull)"
    r"|satisfying|feels? (?:so |really )?(?:good|great|nice|lovely|amazing) (?:actually|honestly"
    r"|though|tbh))"
)
_ROUND10_SET_ASIDE: tuple[str, ...] = (
    # round 14: "it hurts in a good way, like a stretch" (never "hurts, and not in a good way")
    r"(?:hurts?|hurting) (?:(?!not\b|nt\b)\w+ ){0,2}?(?:in a good way|in the good way|the good"
    r" kind|a good kind|in the good sense)",
    _near(
        r"(?:tight|tighter|tightness|ache|aches|aching|achy|sore|soreness|burn|burns|burning"
        r"|pull|pulls|pulling|stretch|stretched|stretching)",
        _GOOD_FEELING,
        4,
    ),
    r"(?:legs?|knees?|whole body|body|i|arms?) (?:\w+ ){0,2}?(?:turned|turn|turning|went|go|goes"
    r"|going|were|was|are|is|felt|feel|feels) (?:\w+ ){0,2}?(?:to )?(?:jelly|wobbly|weak|shaky"
    r"|to water|like jelly) (?:(?:at the (?:sight|thought) of|thinking (?:about|of)|just"
    r" thinking)\b|(?:\w+ ){0,3}?(?:watching|seeing|saw|hearing|heard|meeting|met"
    r"|at the sight|at the thought|thinking|reading|during|in|at|when|before|for) (?:\w+ ){0,3}?"
    r"(?:penalt\w*|shoot ?out|match|game|final|semi ?final|film|movie|horror|scary|speech"
    r"|presentation|interview|exam|results|date|proposal|wedding|vows|kiss|crush|rollercoaster"
    r"|roller coaster|heights|edge|cliff|goal|score|scene|ending|trailer|him|her|them|news"
    r"|bill|nerves|nervous|excitement|concert|gig|audition|first dance|my name|(?:he|she|they)"
    r" (?:walked|came|smiled|looked|winked|spoke|said|sang|proposed)))",
    # "electricity bill", "an electric car": no electric sensation; never electricity felt in
    # the body (rt6: "my leg also feel like small electricity", "little electricity down my foot")
    r"(?<!like )(?<!small )(?<!little )(?<!some )(?<!of )electricity(?! (?:\w+ )?(?:in|into"
    r"|through|down|up|along|on) (?:my |me |the |both )?(?:left |right )?(?:leg|legs|foot|feet|arm"
    r"|arms|hand|hands|back|spine|thigh|calf|toes|fingers|bum|buttock|body)\b)"
    # rt13: never the fence a zap is likened to ("zapped like I touched an electric fence")
    r"|(?<!like an )(?<!like a )(?<!touching an )(?<!touching a )(?<!grabbing an )(?<!grabbing a )"
    r"(?<!touched an )(?<!grabbed an )(?<!hitting an )electric (?:bill|car|cars|guitar|blanket"
    r"|heater|toothbrush|bike|scooter|fence"
    r"|company|meter|shower|oven|hob|cooker|kettle|vehicle|van)",
    r"(?:penalty |photo )?shoot ?outs?|photo ?shoots?",
    # "neither leg is numb", "neither foot feels weak"
    r"neither (?:of )?(?:my |the )?(?:legs?|foot|feet|side|sides|arm|arms|hand|hands|of them|one)"
    r" (?:is|are|feels?|felt|was|were|went|goes|gets?|got) (?:\w+ )?(?:numb|weak|tingly|painful"
    r"|sore|dead|heavy)",
    # "sharply better" (autocorrect's "sharp... ly"), "a sharp turn", "looking sharp"
    r"sharply (?:\w+ )?(?:better|improved|improving|easier|looser|freer|up|more (?:flexible"
    r"|mobile|supple))|sharp (?:mind|dresser|knife|turn|corner|bend|eyes?|wit|suit)|look\w* sharp",
    r"(?:car|van|bus|lorry|truck|taxi|cab|bike|cyclist|scooter|motorbike|motorcycle|tram|train"
    r"|driver|someone|he|she|they) (?:\w+ ){0,2}?(?:nearly|almost|narrowly|just about|very"
    r" nearly) (?:hit|ran|run|knocked|clipped|crashed|reversed|pulled out|took me out|wiped me"
    r" out|got me|side ?swiped)(?: (?:into|over|out|on|down|off))?(?: (?:me|us|my \w+))?",
    r"(?:nearly|almost|narrowly) (?:got|been|was|were|being|get) (?:hit|run over|knocked (?:down"
    r"|over|off)|clipped|taken out|wiped out|squashed|flattened)",
    r"(?:did not|didnt|never) (?:actually )?(?:touch|hit|clip|catch|make contact with) (?:me|us)"
    r"|missed me|near miss|close call|close shave",
    r"(?:a |my |little |mini |minor )?heart attack moment",
    r"(?:till?|until) (?:we|they|everyone|you|all of us|the whole class|half the class|people)"
    r" (?:\w+ )?(?:collapsed|dropped|died|puked|fainted|passed out|keeled over)",
)

# Round 11 (h11's classes). A muscle or muscle group named weak is training talk, never the
# leg's weakness: "weak hip abductors", "my physio says my glutes are weak", "weak lower back
# muscles". Muscles of the leg itself ("leg muscles", "calf", "thigh") stay out on purpose.
_NAMED_MUSCLE = _any(
    r"(?:hip |thigh )?(?:abductors?|adductors?|rotators?|stabili[sz]ers?|flexors?|extensors?)",
    r"hamstrings?",
    r"quads?",
    r"quadriceps",
    r"glute (?:med|medius|min|minimus|max|maximus)",
    r"gluteus (?:medius|minimus|maximus)",
    r"vmo",
    r"(?:lower |upper |mid )?(?:back|core|stomach|tummy|hip|glute|ab|abdominal|postural|shoulder"
    r"|neck|trunk|side|oblique|bum|butt|arm|chest|pelvic floor) muscles?",
    r"rotator cuffs?",
    r"rhomboids?",
    r"lats",
    r"traps",
    r"delts?",
    r"erectors?",
    r"multifidus",
    r"transverse abdominis",
    r"tva",
    # round 15: a trainer's names for a chain of muscles ("a weak posterior chain")
    r"(?:posterior|anterior|kinetic|lateral|back) chain",
)
# Words of the night that are no night pain: a night shift, a night out, the writer's "night"
# that is the daytime; and the back that does *not* wake the writer.
_ROUND11_SET_ASIDE: tuple[str, ...] = (
    # the words between carry no other symptom nor a leg: "weak and numb, my back muscles"
    # keeps its numbness
    r"weak\w* (?:(?!(?:numb\w*|tingl\w*|pain\w*|dead|heavy|legs?|foot|feet|thighs?|calf|calves"
    r"|and|but)\b)\w+ ){0,3}"
    + _NAMED_MUSCLE
    + r"|"
    + _NAMED_MUSCLE
    + r" (?:(?!(?:numb\w*|tingl\w*|pain\w*|dead|heavy|legs?|foot|feet|and|but)\b)\w+ ){0,3}weak"
    r"(?:er|ness)?",
    r"(?:night|nights|late|early|evening) shifts?|nights? out|night owl|night shifts? worker"
    r"|(?:on|doing|work|working|worked) nights",
    r"(?:never|not|no longer|rarely|hardly ever|does not|do not|did not|has not|have not)"
    r" (?:\w+ )?(?:wakes?|woke|woken|keeps?|kept|waking) (?:me|us)(?: up| awake)?",
    r"(?:i|we) (?:can|could) not sleep (?:in|during) the day(?:time)?",
)
# Round 13 (h13's first sight), general: words that name no symptom of the writer's now.
_QUALITY = r"(?:sharp|shooting|stabbing|burning|searing|radiating|electric|throbbing|knife like)"
_ROUND13_SET_ASIDE: tuple[str, ...] = (
    # a quality of pain denied without its noun: "nothing sharp, nothing shooting", "not
    # stabbing"; never before a noun or a place ("no sharp pain but...": the general negation)
    r"(?<!can )(?<!could )(?:nothing|no|not|never|nor)(?: (?:very|that|remotely|really|even"
    r"|too))? "
    + _QUALITY
    + r"(?: (?:or|nor|and) (?:no |not |nothing )?"
    + _QUALITY
    + r")*(?! (?:pains?|twinges?|aches?|but|like|until|except|down|into|through|in|on|at(?! all)"
    r"|since|now|anymore|any more)\b)",
    # a pain score of nought: "pain is 0/10", "0 out of 10 for pain", "pain zero today"
    r"(?:pain|pains|ache|aches|hurt|hurting|discomfort)(?: (?:score|level|rating|is|was|at|of"
    r"|today|now|this morning|about|a|sitting at))* (?:0|zero|nil|nought|none)(?: (?:out of|outta"
    r"|of) 10| 10)?(?! (?:to|and|but)\b)",
    r"(?:0|zero|nought)(?: (?:out of|outta|of))? 10(?: (?:for|on))?(?: (?:the|my))? (?:pain|pains"
    r"|ache|hurt|discomfort)",
    # a jab named by its illness: "flu jab", "covid booster", "flu and covid shots"
    r"(?:flu|covid|covid 19|coronavirus|yellow fever|typhoid|tetanus|shingles|pneumonia|rsv|mmr"
    r"|hpv|whooping cough)(?: (?:and|or) (?:flu|covid)(?: 19)?)? (?:jabs?|shots?|vaccines?"
    r"|vaccinations?|boosters?|injections?|immuni[sz]ations?)",
    # "sick" as work's paperwork or leave: "a sick note", "off sick", "calling in sick"
    r"sick (?:notes?|leave|pay|days?|lines?|certificates?)|fit notes?|off sick|(?:call|calls|called"
    r"|calling|phone|phoned|phoning|ring|rang|text|texted) (?:in )?sick",
    # round 52: back at work after time "sick": the leave, over
    r"(?:back (?:at|to|in) work|returned to work|return to work|back on (?:shift|the rota|the"
    r" job)) after (?:\w+ ){0,3}?(?:days?|weeks?|months?|years?) (?:off )?sick(?! (?:with|from"
    r"|again)\b)",
    # "not sick sick", "not ill, just lazy": the illness denied
    r"(?<!can )(?<!could )(?:not|never|no longer|nor) (?:really |actually |properly |feeling |feel"
    r" )?(?:sick|ill|unwell|poorly)(?: (?:sick|ill|unwell|poorly))?(?! (?:but|though|until|till"
    r"|before|like|enough)\b)",
    # a sign denied as the problem: "weakness isn't my problem, flexibility is"
    r"(?:weak\w*|numb\w*|tingl\w*|pain|pains|dizz\w*|sciatica|balance|bladder|bowels?)"
    r" (?:is|are|was|were|has|have) (?:not|never)(?: been)? (?:really |actually |ever )?(?:my|the"
    r"|an?|our) (?:main |real |big |biggest |only )?(?:problem|issue|trouble|concern|complaint"
    r"|thing)s?",
    # the toilet said to be fine: "nothing weird with peeing", "no problems weeing"
    r"(?:nothing|no|not) (?:\w+ )?(?:weird|odd|strange|funny|unusual|wrong|different|new"
    r"|abnormal|problems?|issues?|trouble|changes?) (?:with|about|in|when) (?:my |the )?"
    r"(?:peeing|pee|weeing|wee|the toilet|the loo|bladder|bowels?|waterworks|pooing|poo)",
    # a bike saddle is equipment ("the saddle was rock hard", "sore from the bike saddle");
    # never the saddle area, nor with numbness or feeling beside it
    r"(?:(?:the|a|this|that|bike|bicycle|spin|cycling|road|racing|gel|peloton|new|hard|narrow"
    r"|wide|horse) (?:bike )?saddles?(?: (?:was|is|felt|were) (?:too |so |really |very |a bit |rock"
    r" )?(?:high|low|hard|awful|terrible|uncomfortable|narrow|wide|brutal|new|horrible|wrong"
    r"|bad))?|saddle (?:height|position|bags?|covers?|pads?))(?! area| region| numb\w*)"
    r"(?!(?: \w+){0,5} (?:numb\w*|tingl\w*|feel\w*|sensation|pins|dead))",
)


# Round 15 (h15's first sight), general: a named muscle called weak beside another training
# word, joined by "and" ("my hamstrings are tight and weak", "weak and stiff glute med"): the
# trainer's verdict, never the leg's weakening. Only a training word may stand between, so "my
# hamstrings are tight and my leg is weak" keeps its weakness.
_TRAINING_ADJ = (
    r"(?:tight|tighter|stiff|short|shortened|inflexible|lazy|inactive|underactive|sleepy"
    r"|switched off|overactive|tense|imbalanced|underdeveloped|unbalanced|deconditioned)"
)
_TRAINING_FILLER = (
    r"(?:(?:are|is|was|were|feel|feels|felt|seem|seems|both|so|very|really|quite|pretty|super"
    r"|a bit|a little|kind of|kinda|also|too|bit|always|apparently|massively|ridiculously) )"
)
_ROUND15_SET_ASIDE: tuple[str, ...] = (
    _NAMED_MUSCLE
    + r" "
    + _TRAINING_FILLER
    + r"{0,3}"
    + _TRAINING_ADJ
    + r",? (?:and|&|but|plus|yet) (?:also )?"
    + _TRAINING_FILLER
    + r"{0,2}weak(?:er|ness)?",
    r"weak(?:er|ness)?,? (?:and|&|but|plus|yet) (?:also )?"
    + _TRAINING_FILLER
    + r"{0,2}"
    + _TRAINING_ADJ
    + r" "
    + _NAMED_MUSCLE,
)

_SHARP_DEGREE = r"(?:so|very|really|super|nice and|extra|pretty|quite|mentally|properly|razor)"
_NO_PAIN_AFTER = (
    r"(?!(?: \w+){0,2} (?:pains?|twinges?|aches?|stabs?|jabs?|shooting|stabbing|burning|in|down"
    r"|into|through|on|at|when|whenever|if|across|around|behind|under|below|up|along|from|with"
    r"|feeling|sensations?|spasms?|cramps?|bolts?|jolts?|twists?|pulls?|catch\w*)\b)"
)
_PEE = r"(?:pee|wee|urine|piss|wees|pees)"
_PEE_LOOK = (
    r"(?:neon|luminous|fluorescent|bright|yellow|orange|green|pink|red|purple|dark|smelly|smell"
    r"\w*|stinks?|stinky|funny colou?r|weird colou?r|odd colou?r|colou?r\w*)"
)
_PEE_CAUSE = (
    r"(?:(?:the |my |these |those |some |a )?(?:multi ?)?vitamins?|(?:vitamin |vit )?b ?(?:12|2"
    r"|complex)|b vitamins?|supplements?|riboflavin|beetroot|beets|asparagus|berocca|berries"
    r"|blackberries|rhubarb|food colou?ring|carrots|pre ?workout|energy drinks?)"
)
_PEE_CAUSE_WORD = re.compile(r"\b" + _PEE_CAUSE + r"\b")
_PEE_CHANGE = re.compile(
    r"\b"
    + _PEE
    + r" (?:(?:is|was|has|have|went|goes|gone|turned|turns|turning|looks?|looked|looking|comes"
    r"|came|out|been|smells?|smelled|smelt|smelling|all|a|bit|very|really|so|super|quite|pretty"
    r"|totally|proper|kind of|kinda|like) ){0,4}"
    + _PEE_LOOK
    + r"(?: (?:yellow|orange|green|pink|red|purple|funny|weird|odd|strange|different|of \w+))?\b"
)
# Round 15: the bed as furniture, knocked or walked into ("stubbed my toe on the bed frame"),
# is no night in bed.
_ROUND15_DISMISS: tuple[str, ...] = (
    r"bed ?(?:frames?|posts?|legs?|rails?|slats?|corners?|ends?|base|steps?)|bedside (?:tables?"
    r"|cabinets?|lamps?|drawers?)|(?:head|foot) ?boards?|(?:corner|end|leg|post|frame|foot|rail)"
    r" of (?:the|my|our|his|her) bed",
    # "sharp" of the mind, the look or the clock ("sharp as a tack", "feeling sharp today",
    # "8am sharp"), never before a pain, a place or a "when"
    r"sharp as (?:a |an )?(?:tack|whip|ever|a button|button)(?! (?:\w+ )?(?:in|down|into"
    r"|through|across|up|along|round|around) (?:my|the|his|her))"
    r"|(?:sharp|quick) (?:witted|eyed|minded|dressed|dresser|suit|mind|wit|wits|eyes|brain"
    r"|memory|thinking|tongue)|look sharp"
    r"|(?:i|i am|we|we are|you|mind|brain|wits|eyes|reflexes|memory)(?: (?:is|are|was"
    r"|were|am))? (?:feel|feels|feeling|felt|look|looks|looking|looked|stay|stays|staying"
    r"|stayed|keep|keeping|kept|still|"
    + _SHARP_DEGREE
    + r")(?: (?:and|"
    + _SHARP_DEGREE
    + r"))* sharp"
    + _NO_PAIN_AFTER
    + r"|^(?:feeling|feel|felt|looking|staying|keeping)(?: "
    + _SHARP_DEGREE
    + r")* sharp"
    + _NO_PAIN_AFTER
    + r"|(?:\d+|\d+ ?(?:am|pm)|o clock|noon|midnight|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve) sharp(?! (?:pains?|twinges?|aches?|stabs?|jabs?|shooting"
    r"|stabbing)\b)",
    # the colour or smell of the pee with its food or supplement cause ("my pee is bright yellow
    # from the vitamins", "beetroot turned my wee pink", "asparagus makes my pee smell"): a
    # change explained, never the bladder's control
    _PEE + r" (?:(?:is|was|has|have|went|goes|gone|turned|turns|turning|looks?|looked|looking|comes"
    r"|came|out|been|smells?|smelled|smelt|smelling|all|a|bit|bright|very|really|so|super|quite"
    r"|pretty|totally|proper|kind of|kinda|like|of|lol|haha) ){0,4}"
    + _PEE_LOOK
    + r"(?: (?:\w+ ){0,4}?(?:from|because of|after|due to|thanks to|cos of|coz of|with|since"
    r"|of)"
    r" (?:\w+ ){0,4}?" + _PEE_CAUSE + r")",
    _PEE_CAUSE + r" (?:\w+ ){0,3}?(?:turns?|turned|turning|makes?|made|making|dyes?|dyed|colou?rs?"
    r"|colou?red|gives?|gave) (?:me )?(?:my |your |the )?"
    + _PEE
    + r"(?: (?:\w+ ){0,3}?"
    + _PEE_LOOK
    + r")?",
)

# Round 16 (h16's classes), set aside as no symptom of the writer's body.
_MONEY_THING = (
    r"(?:wallet|purse|bank account|bank balance|account|budget|finances|savings"
    r"|credit card|pay ?packet|pension|overdraft|pride|ego|dignity|feelings|soul)"
)
_ROUND16_DISMISS: tuple[str, ...] = (
    # a figure of speech: a pain of the wallet or the pride ("shooting pains in my wallet",
    # "my wallet is in agony", "pride's hurt", "a bruised ego"), never of a body part
    r"(?:sharp |shooting |stabbing |burning |real |actual |physical )?(?:pains?|aches?|agony"
    r"|twinges?|jolts?|stabs?) (?:\w+ )?(?:in|to|of) (?:my|the|our|your|his|her) " + _MONEY_THING,
    r"(?:my|the|our|your|his|her) " + _MONEY_THING + r" (?:is |was |are |were |got |has been |took"
    r" |feels? |felt )?(?:in )?(?:\w+ ){0,2}?(?:hurt\w*|aching|aches?|bruised|wounded|agony|pain"
    r"|crying|bleeding|dented|numb|dead|paralysed|sore|killing me)",
    # numb from a loss or a parting ("numb since losing my job", "numb after the breakup")
    # (never said of a part or as a body's state: "my legs are numb since the funeral" stays)
    r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!gone )(?<!went )(?<!go )(?<!goes )(?<!feel )"
    r"(?<!feels )(?<!felt )(?<!been )(?<!legs )(?<!leg )(?<!feet )(?<!foot )(?<!toes )(?<!bum )"
    r"(?<!groin )(?<!hands )(?<!arms )(?<!face )"
    r"(?:numb|numbness)(?: (?:inside|emotionally|mentally|really|totally|completely|ever))?"
    r" (?:since|after|from|over|about) (?:the |my |a |our )?(?:\w+"
    r" )?(?:breakup|break up|split|divorce|funeral|bereavement|redundancy|news|loss of|death"
    r"|losing (?:my|our) (?:job|dad|mum|mom|mother|father|wife|husband|partner|dog|cat|friend"
    r"|nan|gran|grandad|grandma|grandpa|brother|sister|son|daughter|baby|home|house))",
    _MONEY_THING + r" (?:is |was |got |took )?(?:a )?(?:hurt|hurts|bruised|wounded|dented|knock)"
    r"(?! (?:my|me|and my)\b)",
    r"(?:hurt|bruised|wounded|dented) (?:pride|ego|feelings|dignity)",
    # the mind's numbness, not the body's ("numb emotionally", "emotionally numb", "numb
    # inside"), never "numb emotionally and physically"
    r"(?:emotionally|mentally|spiritually) (?:numb|dead|paralysed|drained)"
    r"(?! (?:and|&|plus) (?:physically|in my))",
    r"(?<!is )(?<!are )(?<!legs )(?<!leg )(?<!feet )(?<!foot )(?<!toes )(?<!bum )(?<!groin )"
    r"(?<!hands )(?<!arms )(?:numb|dead|paralysed) (?:emotionally|mentally|inside)"
    r"(?! (?:and|&|plus) (?:physically|in my)|(?: \w+)? (?:my|the|your|his|her|of|these|those"
    r"|shoes|boots|gloves|socks)\b)",
    # a sign only feared ("I thought my back was going to snap", "I was scared something would
    # pop"), never one that happened; "felt like ..." is a sensation and stays
    r"(?:thought|worried|scared|afraid|feared|was sure|convinced|panicked|terrified)"
    r" (?:\w+ ){0,4}?(?:was|were|would|might|could|will) (?:\w+ )?(?:going to |about to )?"
    r"(?:snap|break|pop|crack|tear|give way|give out|go)(?! (?:and|then) (?:it|they) (?:did"
    r"|actually|really))",
    # a list of signs denied with "nothing": "nothing shooting down the leg", "nothing sharp"
    r"(?<!but )nothing (?:too |very |really |at all )?(?:sharp|shooting|stabbing|radiating"
    r"|burning|pinching|pinchy|tingly|tingling|numb|zingy|electric|nervy)(?: (?:going |running"
    r"|travelling |traveling )?(?:down|into|through|along|in) (?:my |the |either |both )?(?:\w+"
    r" )?(?:legs?|calf|calves|thighs?|foot|feet|bum|buttocks?|arms?|back))?"
    r"(?! (?:except|but|apart|other than|unless|until|only)\b)",
    # the foot or leg's drag, catch or slap explained by the shoe ("my foot was dragging because
    # the sole of my shoe came off"); never without the shoe's fault named
    r"(?:foot|feet|leg|legs|toes?) (?:was |were |is |are |kept |keeps |has been |kind of |sort"
    r" of )*(?:dragg\w*|catch\w*|slapp\w*|flopp\w*|scuff\w*|tripp\w*)(?: \w+){0,5}?"
    r" (?:because|cos|coz|cause|as|since|thanks to|due to|from)(?: of)?(?: \w+){0,5}?"
    r" (?:soles?|shoes?|boots?|slippers?|flip flops?|sandals?|heels?|laces?|trainers?|sneakers?"
    r"|insoles?)(?: \w+){0,3}? (?:came|come|coming|fell|falling|broke|broken|split|flapp\w*"
    r"|loose|undone|untied|worn|too big|off|apart|unstuck|peeling)\b(?: \w+)?",
)

# Round 19 (h19's classes), set aside as no symptom of the writer's body.
_ROUND19_DISMISS: tuple[str, ...] = (
    # a sign word in an ordinary compound of a thing ("only shooting stars", "the shooting
    # range", "a sharp knife"), never of a body part
    r"shooting (?:stars?|range|ranges|hoops|baskets|the breeze|pool|a (?:film|video|scene|movie"
    r"|music video|commercial|wedding)|photos?|pictures?|videos?|films?|ducks|clay pigeons?"
    r"|clays|guns?|gallery)",
    r"sharp (?:knife|knives|pencils?|scissors|suit|dresser|wit|mind|tongue|eyes?|eyed"
    r"|corners? of (?:the |a )?(?:table|desk|bed|counter))",
    # a feeling of the wallet or the pride ("heavy feeling in my WALLET", "a sinking feeling in
    # my bank account"), never of a body part
    r"(?:heavy |heavier |tight |tighter |sinking |empty |sick |crushing |burning |squeezing )"
    r"(?:feeling|sensation|pressure|weight|heaviness|tightness|squeeze) (?:\w+ )?(?:in|on|of)"
    r" (?:my|the|our|your|his|her) " + _MONEY_THING,
    # the bot's own questions about a sign, named as its questions ("the bot keeps asking about
    # bladder stuff", "you always ask about numbness"), never a claim of the writer's
    r"(?:you|bot|app|it|coach|this thing) (?:keeps? |kept |always |still |often |also )?"
    r"(?:asking|asks|asked|ask|mentioning|mentions|mentioned|going on|goes on|talking|talks"
    r"|warning|warns|banging on|bangs on|checking|checks) (?:me )?(?:about|re|regarding|on)"
    r" (?:the |all (?:the|this|that) |these |this |that )?(?:\w+ )?(?:\w+ )?(?:stuff|things?"
    r"|questions?|bits?|business|side of things|signs?|symptoms?|problems?|issues?|checks?"
    r"|malarkey)"
    # never the writer's own told after it ("...bladder stuff when mine stopped working", "? mine
    # went this morning"; after round 30), nor "and yes, I have"
    r"(?!(?: (?:and|but|because|cos|coz|as|since|when|while|now|though))? (?:yes|actually|mine"
    r"|my|me|i(?! (?:do not|did not|have not|never|am fine|am ok|am not)\b))\b)",
)

# Round 18 (h18's classes), set aside as no symptom of the writer's body now.
_COACH = (
    r"(?:coach|trainer|pt|physio\w*|instructor|teacher|osteo\w*|chiro\w*|podiatrist|sports"
    r" therapist)"
)
_JOINT_VERDICT = r"weak (?:ankles?|knees?|wrists?|arches|ankle joints?)"
_ROUND18_DISMISS: tuple[str, ...] = (
    # a normal temperature reading (`_mark_readings`): "a temperature of 37.2, normal"
    r"(?<!high )(?:(?:had|have|got|running) )?(?:(?:a|my|the) )?(?:temp|temperature"
    r"|thermometer)s? (?:\w+ ){0,3}?normaltemp",
    # a flare denied or asked about in the calm ("when it's not flared up", "between flare
    # ups"), never "it has not flared up like this before"
    r"(?:not|never|no longer|is not|has not|have not|without) (?:\w+ )?(?:flar(?:e|ed|ing) up"
    r"|flaring)(?! (?:like|this|that|so|as)\b)",
    r"(?:between|in between|outside(?: of)?) (?:the |his |her |my |a )?flare ?ups?",
    # round 34: a flare told as over ("the physio says my disc flare-up has settled", "the flare
    # up calmed down last week"), never "settled but now worse again"
    r"flare ?ups? (?:has |have |had |is |s |was )?(?:\w+ )?(?:settled|calmed(?: down)?|passed"
    r"|eased(?: off)?|died down|subsided|cleared(?: up)?|resolved|gone|over|done)"
    r"(?! (?:\w+ ){0,2}?(?:but|until|till|now|again|back)\b)",
    # a trainer's verdict on a joint's stability ("'weak ankles' according to my running
    # coach", "my PT says I have weak knees"), never a leg gone weak
    _JOINT_VERDICT + r"(?: \w+){0,3}? (?:according to|says|said|reckons|thinks|told me|calls?"
    r" (?:them|it))(?: (?:my|the|our|a|an))?(?: \w+)? " + _COACH,
    _COACH + r" (?:\w+ ){0,3}?(?:says|said|reckons|thinks|told me|tells me|calls|called"
    r"|diagnosed)(?: \w+){0,4}? " + _JOINT_VERDICT + r"(?! (?:and|but|now|since|that|which)\b)",
)

# Round 23 (h23's classes), set aside as no symptom of the writer's body.
_ROUND23_DISMISS: tuple[str, ...] = (
    # a part or a bar said to shoot up as a movement ("my hips shoot up first", "my bum shoots
    # up before my chest", "the bar shot up"), never a pain that shoots up a part ("shooting
    # up my back", "pain shoots up into my hip")
    r"(?:hips?|bum|butt|bottom|arse|ass|chest|shoulders?|head|knees?|heels?|hands?|arms?|bar"
    r"|barbell|weights?|heart rate|pulse|hand|legs?) (?:always |just |then |still |tend to"
    r" |tends to |kind of |sort of |keep |keeps |seem to |seems to )?(?:shoot|shoots|shooting"
    r"|shot) (?:straight |right )?(?:up|upwards)(?! (?:my|the|into|in|through|to|along|from"
    r"|towards|and down|your|his|her|me)\b)",
    # a trainer's verdict of weakness everywhere ("weak core, weak glutes, weak everything
    # according to my PT"), never a leg getting weaker
    r"weak (?:everything|all round|all of it|at everything)(?= (?:\w+ ){0,3}?(?:according to"
    r"|says|said|reckons|thinks|per) (?:my |the |our |me )?" + _COACH + r")",
    _COACH + r" (?:\w+ ){0,3}?(?:says|said|reckons|thinks|told me|calls me) (?:i am |im |i have"
    r" |ive got |i got )?(?:\w+ ){0,2}?weak (?:everything|all round|at everything)",
)
# Round 28 (h28's classes), set aside as no symptom of the writer's body.
_ROUND28_DISMISS: tuple[str, ...] = (
    # the needle of a jab or a blood test ("sore where the needle went in", "the needle site"),
    # never pins and needles, nor a likeness (rt6: "like a needle go in the back")
    r"(?:where |from |at )?(?<!like )(?<!as if )(?<!as though )(?:the|a|that|their|her|his)"
    r" needles? (?:\w+ )?(?:went|goes|go|was"
    r" put|got put|stuck|was stuck|going|had gone) in|(?:the )?(?:needles?|injection|jab"
    r"|vaccine|vaccination) (?:site|spot|mark)",
    # a thing that fell or was dropped on a hand or a foot ("the bass amp fell on my foot",
    # "dropped a dumbbell on my toe"), never the writer falling ("I fell on my hand")
    r"(?!(?:i|we|he|she|they|you|then|and|just|nearly|almost|also|again|me)\b)\w+ (?:fell"
    r"|dropped|landed|came down|crashed down|toppled) (?:right |straight )?(?:on|onto) (?:my|me)"
    r" (?:left |right |big |little |bare )?(?:foot|feet|toes?|fingers?|hands?|thumbs?|knuckles?)"
    r"|(?:dropped|drop) (?:a|the|my) (?:\w+ ){0,2}?(?:on|onto) (?:my|me) (?:left |right |big"
    r" |little |bare )?(?:foot|feet|toes?|fingers?|hands?|thumbs?)",
    # a pain in the heart at a loss or a break up, a figure of speech ("stabbing pain in my
    # heart when the band split up"), never a pain in the heart on effort or at rest
    r"(?:(?:sharp|stabbing|shooting|real|proper|actual|a|such a) )?(?:pain|pains|ache|stab|pang"
    r"|twinge|knife) (?:in|through|to) (?:my|the) (?:heart|soul) (?:when|as|after|because|cos"
    r"|cause|that) (?:\w+ ){0,5}?(?:split up|splitting up|broke up|breaking up|dumped|cheated"
    r"|left me|walked out|moved away|lost|relegated|cancell?ed|sold out|retired|ended|got"
    r" knocked out|went bust|closed down|passed away|died)",
)
# Round 30: money and prices, named before or after a fall, a drop or a rise of theirs; after
# "a fall in", never a place ("a fall in the market", "in the bank").
_MONEY_AFTER = (
    r"(?:pensions?|pension pot|savings|shares?|stocks?|prices?|price|value|income|funds?"
    r"|investments?|portfolio|interest rates?|rates?|profits?|pound|dollar|euro|(?:stock|share"
    r"|housing|property) markets?|house prices|wages?|salary|pay|payslip|numbers|attendance"
    r"|membership|memberships|balance|bank balance|bank account|account|accounts|finances"
    r"|budget|costs?|bills?|rents?|inflation|sales|fees?|fares?|premiums?|council tax|mortgage"
    r"|energy bills?|crypto|bitcoin|takings|earnings|bonus|credit score|subscriptions?"
    # round 49: trade and custom counted ("a big fall in trade", "a drop in bookings")
    r"|trade|business|custom|footfall|bookings?|orders?|demand|visitors|visitor numbers"
    r"|turnover|revenue|ratings|viewers|viewing figures|subscribers|followers|enrolments?"
    r"|admissions|passenger numbers|ticket sales|trips|jobs|work coming in)"
)
_MONEY = (
    r"(?:" + _MONEY_AFTER + r"|the market|markets|bank|wallet|petrol|diesel|fuel|tax|taxes|tips"
    r"|overtime)(?: (?!(?:and|then|i|so|but|where|when|we|he|she|me|my|after|before|while"
    r"|until|till|as|because|cos|on|in|at|outside|near|by|off|down|over|from|to|into|onto)\b)"
    r"\w+){0,2}?"
)
# Round 30: the feet or legs and a long day on them, for an ordinary ache from its cause.
_FEET = r"(?:feet|foot|legs|calves|heels|soles|arches|dogs|plates of meat|knees|shins|toes)"
_LONG_DAY = (
    r"(?:shift|shifts|hours|hour|day|days|standing|on my feet|floors?|concrete|walking|work|double"
    r"|nights|lates|earlies|warehouse|depot|site|shop floor|heels|boots|shoes|till|hike|march"
    r"|rounds|deliveries|parade|wedding|festival|gig|market|stall|tiles)"
)
# Round 31: devices, accounts, connections, balls and game items, whose alarming words are no
# symptom of the writer's ("my bank account had a heart attack", "wifi keeps collapsing").
_GADGET = (
    r"controllers?|control pad|gamepad|game pad|joy ?sticks?|joy ?cons?|thumb ?sticks?"
    r"|(?:left|right|analogue|analog|control|joy) sticks?|consoles?|ps ?\d|playstation|xbox"
    r"|nintendo(?: switch)?|pc|computer|laptop|macbook|phone|iphone|tablet|ipad|keyboard"
    r"|monitor|headset|headphones|earbuds|airpods|router|modem|wifi|wi fi|internet"
    r"|connection|signal|server|servers|network|broadband|(?:zoom|teams|video|work) calls?|zoom"
    r"|slack|app|apps|battery|charger|tv|telly|fridge|freezer|boiler|printer|website|vpn"
    r"|frame ?rate|fps|ping|hard drive|ssd|graphics card|gpu|cpu|code|deploy\w*|database"
    r"|spreadsheet|excel|save file|character|avatar|sims|health bar|bank account|bank balance"
    r"|account|wallet|budget|savings|credit card|overdraft|pension|portfolio|crypto|bitcoin"
    r"|stocks|shares|football|balloon|rugby ball|basketball|netball|volleyball|kettle"
    r"|washing machine|dishwasher|hoover|vacuum|toaster|microwave|speaker|alexa|smart watch"
    r"|fitbit|garmin"
)
_GADGET_SIGN = (
    r"(?:(?:had|has|have|having|is having|just had|gave|giving|threw|throwing|took|taken|taking"
    r"|suffered) (?:\w+ )?(?:a |an"
    r" )?(?:\w+ )?(?:heart attack|stroke|seizure|fit|breakdown|meltdown|coronary|cardiac arrest"
    r"|funny turn|wobbly)|heart attack|stroke|seizure|collaps\w*|weak|weaker|numb|dead|died"
    r"|dying|paralysed|paralyzed|fainted|passed out|blacked out|keeled over|popped|burst"
    r"|bleeding|leak\w*|drift\w*|crash\w*|froze|frozen|freezing|gave (?:up|out|way)"
    r"|giving (?:up|out|way))"
)
# Round 29 (h29's classes), set aside as no symptom of the writer's body.
_ROUND29_DISMISS: tuple[str, ...] = (
    # a fall, a crash or a shooting up of money or prices ("a big fall in my pension fund",
    # "prices shooting up again", "the shares crashed"), never a fall of the writer's; round 30:
    # whatever the shape ("my bank balance took a serious fall", "a sharp price rise on my gym
    # membership", "fees rose sharply"), the money named before or after
    r"(?:(?:big|huge|sharp|massive|steep|sudden|small|little|slight|serious|nasty|real|right"
    r"|proper) )?(?:fall|falls|drop|drops|crash|plunge|tumble|slump|dip|nosedive) (?:in|of|on)"
    r" (?:my |the |our |his |her |their )?(?:\w+ )?" + _MONEY_AFTER,
    r"(?:(?:sharp|sharply|steep|steeply|big|huge|massive) )?"
    + _MONEY
    + r" (?:have |has |are |is |keep |keeps |just |all |again |have been"
    r" |has been |went |gone |go |going |really |very )*(?:fell|fallen|fall|falls|falling"
    r"|crashed|crashing|dropped|plunged|tumbled|shot up|shooting up|shoot up|shoots up"
    r"|shooting through the roof|rose|risen|rising|rise|rises|up|down|increased|increasing"
    r"|jumped|jumping|climbed|climbing|dipped|declined|soared|spiked)(?: (?:so |really |very"
    r" |quite |pretty )?sharp(?:ly)?)?(?! (?:\w+ ){0,2}?(?:on|onto|on top of|over|in on|into|off"
    r"|out|from)\b)",
    _MONEY + r" (?:took|take|takes|taken|taking|had|has had|have had|saw|seen"
    r"|suffered|went into|has gone into) (?:a |an |another |quite a |such a |(?:a )?bit of a )?"
    r"(?:\w+ )?(?:fall|tumble|drop|nosedive|nose dive|dive|plunge|hit|knock|battering|hammering"
    r"|crash|dip|slump|beating|kicking)",
    # round 30: a sharp rise or fall of money ("a sharp increase in my council tax"), never of
    # a pain, a feeling, a strength or a temperature
    r"sharp(?:ly)? (?:\w+ )?(?:rise|rises|increase|increases|hike|hikes|jump|jumps|drop|drops"
    r"|fall|falls|decline|declines|climb|spike|dip|uptick|downturn|slump) (?:in|of|on|to) (?:my"
    r" |the |our |your )?(?:\w+ )?" + _MONEY_AFTER,
    # shooting in another sense ("shooting water pistols at me", "shooting hoops"), never a
    # shooting pain
    r"(?:shooting|shot|shoot|shoots) (?:\w+ ){0,2}?(?:water )?(?:pistols?|guns?|hoops|baskets?"
    r"|arrows|darts|nerf\w*|pictures|photos?|a film|films?|videos?|goals?|pool|clays?|targets?"
    # round 49: any film, scene or shoot ("shooting a documentary", "shooting an advert")
    r"|documentar(?:y|ies)|adverts?|ads|commercials?|episodes?|footage|interviews?|promos?"
    r"|movies?|trailers?|music videos?|photo ?shoots?|short films?|series|segments?|clips?"
    r"|vlogs?|reels?|tv shows?|pilot|takes|b roll|content|the"
    r" breeze|a scene|scenes|a look|looks|glances?|a message|messages|a text|an email|emails"
    r"|rockets?|fireworks?)",
    # round 30: shooting as a sport or a hobby, whatever the shape ("clay pigeon shooting",
    # "I go shooting at weekends", "the shooting range", "a photo shoot"), never a pain shooting
    r"(?:clay|clays|clay pigeon|clay pidgeon|pigeon|skeet|trap|sporting|target|rifle|pistol|air"
    r" rifle|air gun|airsoft|paintball|game|pheasant|grouse|duck|deer|rabbit|photo|photography"
    r"|fashion|film|video|wedding|location|studio|sport|sports|gun|field|practice|competition"
    r"|competitive|driven) (?:shooting|shoots?|shooter|shooters)",
    r"(?:shooting|shoot) (?:range|ranges|club|clubs|ground|grounds|season|trip|trips|lessons?"
    r"|party|parties|practice|instructor|jacket|gallery|match|matches|competition|day|days"
    r"|weekend|syndicate|school|sport|hobby|licen[cs]e|stick|skills|buddies|mates|team|coach)",
    r"(?:i|we|me|he|she|they|you|dad|my dad|husband|my husband|wife|my wife|mate|my mate)"
    r" (?:\w+ )?(?:go|goes|went|going|been|gone|do|does|did|love|loves|enjoy|enjoys|into"
    r"|took up|take up|taken up|tried|try|like|likes) shooting(?! (?:pain|pains|down|up"
    r"|through|into|in my|in the|along|across|sensations?|feelings?|round|around|from|again"
    r"|everywhere))",
    # others who fell over each other, or anyone who fell about laughing: a figure of speech
    r"(?:fell|falling|tumbled|tripping|tripped|fall) (?:over|on top of) each other|(?:fell|fall"
    r"|falling) about (?:laughing|in stitches)",
    # a problem denied in a learner's grammar ("never had bladder problem or anything like
    # that", "never got bowel issue"), never "never had ... like this before" nor "until"
    r"(?:never|not ever) (?:had|have|get|got|felt|experienced)(?: any| a)?(?: \w+)? (?:problems?"
    r"|issues?|trouble|changes?|complaints?)" + _NEG_TAIL + r"(?! (?:\w+ ){0,3}?(?:before"
    r"|until|till|up to now|like this|like that before))",
    # a catch, a pinch or a lock denied in a list ("no shooting no catching"), never a catch of
    # breath
    # round 42: "nothing sharp, nothing catching"
    r"(?:no|not any|without|never any|zero|nothing) (?:catch|catching|catches|pinch|pinching"
    r"|pinches"
    r"|locking|grabbing|twinges?|zings?|zinging)(?! (?:\w+ )?breath)",
    # round 30: a fall in another sense, an idiom ("the joke fell flat", "the plan fell apart",
    # "everything fell into place"); never "fell flat on my back" or onto anything
    r"(?:fell|falls|fall|falling|fallen) (?:flat|apart|into place|on deaf ears|by the wayside"
    r"|to pieces|into (?:a|the) (?:routine|habit|rhythm|groove)|out with|out of favou?r|off the"
    r" radar|off my radar|into my lap|silent|asleep|in line|into line|into step)(?! (?:on|onto"
    r"|to|against|over|down)\b)",
    # round 30: an accident as paperwork or training ("an accident report at work", "the
    # accident forms"), never the writer's own accident told beside it
    r"accident (?:report|reports|form|forms|book|log|logs|investigation|investigations"
    r"|paperwork|statistics|stats|training|prevention|write up|inquiry|enquiry|procedures?"
    r"|records?)|(?:report|write up|paperwork|forms?) (?:on|about|for) (?:an |the |a )?accident",
    # round 31: a sign word said of a device, an account, a connection, a ball or a game item,
    # named before it ("my bank account had a heart attack", "the controller's left stick is
    # weak", "wifi keeps collapsing", "the football bladder popped", "my laptop died"), never
    # onto or into the writer, and never a vehicle (a crash is an accident)
    r"(?:" + _GADGET + r")(?: s)? (?:(?:is|are|was|were|has|have|had|just|keeps?|kept|keep on"
    r"|totally|literally|basically|completely|fully|always|constantly|again|been|being|went|goes"
    r"|gone|got|gets|getting|so|really|properly|finally|actually|now|officially|a bit|kind of"
    r"|sort of|pretty much|lowkey|highkey|deadass|fr|just about|about to|going to|gonna) ){0,3}"
    + _GADGET_SIGN
    + r"(?! (?:\w+ )?(?:on|onto|into|in|at|over) (?:me|my|myself)\b)",
    # ... or named after it ("a heart attack in my bank account", "weak wifi", "dead controller"),
    # never "numb on the phone" nor "a heart attack on the zoom call" (where the writer was)
    r"(?:heart attack|stroke|seizure) (?:in|of) (?:my |the |our |this |that |his |her |their"
    r" |your )?(?:\w+ )?(?:" + _GADGET + r")",
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwent )(?<!\bgoes )(?<!\bgone )(?:weak|weaker|dead"
    r"|numb) (?:" + _GADGET + r")(?! (?:and|&|plus) (?:my|me)\b)",
    # the mind's numbness after screens or study ("brain went numb after 6 hours of zoom
    # calls", "my brain is dead after revision"), never the head, the face or a body part
    r"(?:brain|mind|brain cells?|braincells?) (?:(?:is|are|was|were|has|have|went|gone|goes"
    r"|going|feels?|felt|got|getting|is going|has gone|totally|completely|fully|basically"
    r"|literally|so|just|a bit|kind of|all) ){0,3}(?:numb|dead|died|fried|mush|paralysed"
    r"|paralyzed|collapsed|weak|frozen)(?! (?:and|&|plus) (?:my|me)\b)",
    r"(?:mind|brain) ?numbing(?:ly)?|(?:numb|dead|fried) (?:brain|mind)",
    # a ball's bladder ("the football bladder popped", "a new bladder for the rugby ball")
    r"(?:foot ?ball|rugby ball|basket ?ball|net ?ball|volley ?ball|ball|balloon|bagpipes?"
    r"|hot water bottle|bike tyre|inner tube)(?: s)? (?:\w+ )?bladders?(?: (?:has |have |just"
    r" |finally |totally )*(?:popped|burst|went|gone|split|punctured|leak\w*|deflated))?",
    r"bladders? (?:in|of|for|from) (?:my |the |our |a |an |this |that )?(?:\w+ )?(?:foot ?ball"
    r"|rugby ball|basket ?ball|net ?ball|volley ?ball|ball|balloon|bagpipes?)",
    # round 32: figures of speech with a sign word, whatever the shape. Fed up: "sick to death
    # of meetings", "sick and tired of it", "sick of the sight of"; never "sick of feeling sick"
    # (the second "sick" stays)
    r"(?:sick|sickened) (?:(?:to death|and tired|to the back teeth|to the teeth|up to here"
    r"|right) )?of(?= \w)",
    # a person sharp or prickly ("sharp as a tack and twice as prickly", "a prickly customer",
    # "my boss is a bit prickly"); never a part of the body
    # (a knife, a needle, a razor, a pin are a pain's likeness: "a pain as sharp as a razor")
    r"sharp as (?:a |an )?(?:tack|tacks|button|whip|mustard|nail)(?! (?:\w+ )?(?:in|down|into"
    r"|through|across|up|along|round|around) (?:my|the|his|her))",
    r"(?:he|she|they|boss|manager|head|headteacher|deputy|teacher|colleague|customer|client"
    r"|nan|gran|granny|grandma|grandad|mum|dad|wife|husband|partner|sister|brother|friend|mate"
    r"|son|daughter|supervisor|inspector|lawyer|coach) (?:is |are |was |were |s )?(?:still |always"
    r" |so )?(?:as )?sharp as (?:a |an )?(?:knife|razor|pin|needle)(?! (?:\w+ )?(?:in|down|into"
    r"|through|across|up|along|round|around) (?:my|the|his|her))",
    r"(?:twice|just|every bit|equally|three times|ten times) as (?:prickly|sharp|spiky|thorny)",
    r"(?:prickly|spiky|thorny|sharp tongued) (?:customer|character|person|boss|manager|colleague"
    r"|sort|type|one|personality|mood|temper|woman|man|lady|bloke|individual|team|lot|bunch"
    r"|headteacher|head|deputy|inspector|client|parent|parents)",
    r"(?:he|she|they|boss|manager|head|headteacher|deputy|colleague|customer|client|parent"
    r"|inspector|supervisor|mother in law|in laws) (?:is |are |was |were |can be |gets |got |s )"
    r"(?:a bit |very |so |quite |rather |really |a little |awfully |terribly |always )*(?:prickly"
    r"|spiky|thorny)",
    # a happy accident, by accident, an accident of birth: no accident of the writer's
    r"(?:happy|lucky|fortunate|fortuitous|beautiful|cosmic) accidents?|by (?:a )?(?:happy |lucky"
    r" |pure |sheer )?accident|accident of (?:birth|history|timing|fate|geography)"
    r"|accidentally on purpose",
    # legs or knees gone to jelly at the thought of a thing ("my legs have gone to jelly at the
    # thought of a staff meeting", "the thought of ofsted turns my knees to jelly"): dread, never
    # beside a sign told as the writer's own (those words stay)
    r"(?:my |me )?(?:legs?|knees?|insides|stomach|tummy) (?:(?!numb\w*|dead|tingl\w*|asleep"
    r"|pins)\w+ ){0,3}?(?:jelly|to water|weak|wobbly|shaky|shaking|trembling)(?: (?:a bit|again"
    r"|instantly|immediately|completely))? at the (?:mere |very"
    r" )?(?:thought|prospect|idea|sight|mention|memory|notion|news) of",
    r"(?:the )?(?:mere |very )?(?:thought|prospect|idea|sight|mention|memory) of (?:\w+ ){1,8}?"
    r"(?:makes?|made|turns?|turned|sends?|sent|gives?|gave|has|had|is making|is turning)"
    r" (?:my |me )?(?:legs?|knees?|insides) (?:(?!numb\w*|dead|tingl\w*)\w+ ){0,2}?(?:jelly"
    r"|to water|weak|wobbly|shaky"
    r"|shaking|trembling|jellylike)",
    # pins and needles as things: the wares of a wool, sewing or craft shop ("pins and needles
    # are literally my job", "we sell pins and needles", "a tin of pins and needles"); never in
    # or on a part of the body
    r"pins and needles (?:are|is|were|was) (?:literally |basically |quite |kind of |sort of"
    r" |pretty much |practically |really )?(?:my|our|the|his|her) (?:\w+ )?(?:job|trade|business"
    r"|life|work|stock|livelihood|bread|stock in trade|world|thing|jam|hobby|passion)",
    r"(?:sell|sells|selling|sold|stock|stocks|stocking|buy|buying|bought|order|ordered|ordering"
    r"|a (?:box|tin|pack|packet|pot|jar|drawer|bag|set|kit|pincushion) of|sewing|knitting"
    r"|crochet|embroidery|quilting|dressmaking|haberdashery|wool shop|craft shop|craft)"
    r" pins and needles(?! (?:in|on|down|up|through|into|all over)\b)",
    r"(?:knitting|sewing|darning|embroidery|tapestry|crochet|quilting|upholstery) needles?",
)
# Round 23. Night pain denied ("the pain doesn't wake me up at night, it's just stiff", "never
# keeps me awake"), blanked with its "at night" before the other negations read the clause;
# never "doesn't just wake me", and a sign of the night told elsewhere still counts.
_NIGHT_DENIED = re.compile(
    r"\b(?:(?:does|did|do|will|would|has|have|is|was) not (?:(?!just|only|even)\w+ )?(?:wake"
    r"|waken|woken|woke|waking|keep|kept|keeping) (?:me|us)(?: up| awake)?"
    r"|never (?:wakes|woke|wakens|keeps|kept) (?:me|us)(?: up| awake)?"
    # round 54: "nothing waking me at night", "nothing has woken me", "no waking at night"
    r"|(?:nothing|no pain|no ache|nothing new) (?:is |has been |that is |that |has |ever )?"
    r"(?:waking|wakes|woke|woken|wakening|keeping|keeps|kept|disturbing|disturbs|disturbed)"
    r" (?:me|us)(?: up| awake)?|no (?:night )?waking(?: up)?)"
    r"(?: (?:at night|in the night|overnight|during the night))?\b"
)

# Set aside: these words are not a symptom at all.
_DISMISS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(r"\b(?:" + p + r")\b")
    for p in (
        # round 32: a pain denied with its path ("no pain going down my legs", "no pain
        # travelling down either leg"), read before the bare "no pain" leaves the path alone;
        # never a pain denied in one leg beside the other ("down my leg, it's ... the other one")
        r"(?:no|zero|without|not any|never any|never had any|never get any|not getting any)"
        r"(?: \w+)? (?:pain|pains|aches?|twinges?|sensations?|feelings?|symptoms?|nerve pain"
        r"|shooting pains?|zings?|anything) (?:going|running|shooting|travell?ing|radiating"
        r"|spreading|that goes|that runs|that shoots|coming|moving|passing)? ?(?:down|into|along"
        r"|through|to) (?:the |my |either |both |one |a |each )?(?:\w+ )?(?:legs|leg|arms?|feet"
        r"|foot|buttocks?|bum|thighs?|calf|calves)(?: (?:or|and|nor) (?:my |the |either |both )?"
        r"(?:legs?|arms?|feet|foot|buttocks?|bum|thighs?|calf|calves))?"
        r"(?! \w+ (?:the )?other)",
        *_ROUND6_NEGATIONS,
        *_ROUND6_SET_ASIDE,
        # plain negation: "no pain", "without any tingling", "zero pain", "pain free"
        r"(?:no|zero|without|not any|never any|free of|not in any|not in)"
        r"(?: any| real| much)?(?: \w+)? "
        + _SYMPTOM_NOUN
        # a list: "no numbness or tingling", "no pain and no pins and needles"
        + r"(?: (?:or|and|nor)(?: any| no)? "
        + _SYMPTOM_NOUN
        + r")*",
        r"(?:do|does|did|have|has) not (?:have|had|get|got|feel|notice)(?: any)?(?: \w+)? "
        + _NEG_NOUN
        + _NEG_TAIL,
        r"never (?:had|have|get|got|felt)(?: any)?(?: \w+)? " + _SYMPTOM_NOUN,
        r"(?:no|without|not any) (?:trouble|problems?|issues?|difficulty) (?:with |when )?"
        r"(?:my |the )?(?:\w+ )?\w+",
        # "no leg weakness, no bladder issues", "no lasting problems"
        r"(?:no|without|not any|never any) (?:\w+ )?(?:problems?|issues?|trouble|changes?)"
        + _NEG_TAIL,
        # round 20: "no weird bladder stuff", "no numb leg things": a vague noun denied; never
        # "no idea, bladder stuff" nor "no control, bladder stuff"
        # round 32: "none of that sciatica business", "none of the numb leg stuff"
        r"(?:no|without|not any|never any|nor any|none of (?:the|that|this|those|your|my|them))"
        r" (?:(?!(?:idea|clue|control|feeling|sensation"
        r"|way|one|sign|warning|reason|but|and)\b)\w+ ){0,2}?(?:stuff|things?|business|weirdness"
        r"|malarkey)(?! (?:going on|happening|again|now|since|started|today)\b)" + _NEG_TAIL,
        _SYMPTOM_NOUN + r" ?free",
        r"painless\w*",
        # "none of the pins and needles stuff", "neither numb nor tingly"
        r"none of (?:the |that |this |those )?(?:\w+ ){0,2}(?:" + _SYMPTOM_NOUN + r"|sciatica"
        r"|sciatic (?:pain|nerve pain|stuff))",
        r"neither (?:\w+ )?" + _SYMPTOM_NOUN + r" nor (?:\w+ )?" + _SYMPTOM_NOUN,
        r"nothing (?:hurts|aches|tingles|is painful|is numb|is sore)",
        r"(?:does|did|do|is|was|were|are|will|would|has|have) not (?:\w+ )?(?:hurt|hurting|ache"
        r"|aching|tingle|tingling|painful|sore|numb|feel (?:painful|numb|sore|bad))",
        r"(?:not|never|isnt) (?:painful|sore|numb|tingly|weak)",
        r"(?:never|not ever|not once) (?:\w+ )?(?:hurts?|hurting|aches?|aching|tingles?|painful"
        r"|sore|numb)",
        # training talk, not a symptom
        _TRAINING_DAY + r" days?",
        _near(r"weak\w*", _WEAK_MUSCLE, 3),
        r"(?:period|menstrual|stomach|tummy) (?:pain|cramps?|aches?)",
        r"stretch (?:in|across|through) (?:my |the )?(?:chest|front|hip|shoulders?|back|legs?)",
        # figures of speech
        r"sick (?:of|and tired)",
        r"killing it",
        r"killer (?:workout|session|stretch|move)",
        r"dying to",
        r"dead (?:tired|keen|easy)",
        r"pain in the (?:neck|bum|butt|backside)",
        r"weak at the knees",
        r"bladder (?:is )?(?:the )?size of a (?:pea|peanut|walnut|grape|raisin)"
        r"|(?:pea|peanut|walnut|tiny|small) (?:sized? )?bladder",
        r"(?:numb|dead|deaf|blind) to (?:it|this|that|all|the|them|any|most|every|social|fitness"
        r"|advice|criticism|news|feelings?)",
        # "this deadline is killing me": not a body part, a symptom or "it / this"
        r"(?<!my )(?!(?:back|neck|legs?|hips?|knees?|foot|feet|spine|chest|head|shoulders?|bum"
        r"|butt|sciatica|pain|ache|it|this|that|stomach|tummy|side|arms?|groin|bladder|bowels?"
        r"|thighs?|calf|calves|glutes?|wrists?|toes|bones|blades?)\b)\w+ (?:is|are|was|were)"
        r" (?:\w+ )?killing me",
        r"(?:work|job|boss|deadline|commute|traffic|kids|exams?|meetings?|emails?|inbox|admin"
        r"|heat|weather|suspense|waiting|week|workload|schedule|mortgage|bills) (?:\w+ )?"
        r"(?:is|are|was|were) (?:\w+ )?killing me",
        r"accidentally|by accident",
        # round 7: "does that count as a fall?" asks about a history, it tells no new event
        r"(?:does|do|would|will|is|did) (?:that|this|it) (?:\w+ )?(?:count|class|qualify|matter)"
        r" as (?:a |an )?(?:\w+ )?(?:fall|falls|accident|injury|trauma)(?: history)?",
        r"(?:is|was|would|does) (?:that|this|it) (?:\w+ )?(?:a |an |my )?(?:fall|falls|accident"
        r"|injury) history",
        # round 7: figures of speech about life, not the body: "my to-do list is a car crash",
        # "work is a heart attack waiting to happen", "that bill nearly gave me a heart attack"
        r"(?:heart attack|stroke|coronary|car crash|accident|disaster|train ?wreck) waiting to"
        r" happen",
        r"(?:gave|give|gives|giving|given) (?:me|him|her|us|them|everyone) (?:a |an )?"
        r"(?:mini |minor |little |small |near )?(?:heart attack|coronary|stroke)",
        r"(?:nearly|almost|practically|virtually) (?:had|have|having|had myself) (?:a |an )?(?:mini"
        r" |little )?(?:heart attack|coronary)",
        _LIFE + r" (?:\w+ ){0,2}?(?:is|was|are|were|has been|have been|been|looks? like|looked like"
        r"|feels? like|felt like|turned into|became|is turning into)"
        r" (?:(?:a|an|such|like|total|complete|absolute|bit|of|real|right|proper|utter|massive|slow"
        r"|motion|literal|basically|honestly|just|one|big|bloody|flaming|actual|at|the|minute)"
        r" ){0,4}(?:car crash|car wreck|car accident|train ?wreck|crash|pile ?up|wreck|disaster)"
        r"(?! (?:on|at|in|into|with|involving|literally|for real|near)\b)",
        # a near miss is not an event: "I nearly fell off my chair"
        r"(?:nearly|almost) (?:\w+ )?(?:fell|fall|fallen|falling|tripped|collapsed|crashed"
        r"|fainted|passed out)(?: (?:off|over|down|out of) (?:my |the |a )?(?:chair|seat|sofa"
        r"|couch|bed))?",
        _near(
            r"(?:cramp\w*|pain\w*|ache\w*|aching)",
            r"(?:period|periods|menstrual|pms"
            r"|time of the month)",
            4,
        ),
        r"(?:fell|fallen|falling|fall) (?:behind|off the wagon|out of (?:the |my )?"
        r"(?:habit|routine)|for|in love|short|through)",
        # round 18: the fall of a thing, not a body ("the fall of the Roman Empire", "the rise
        # and fall of the pound"); never a height ("a fall of two metres")
        r"(?:the )?(?:rise and )?fall of (?:the |an? )?(?!(?:my|me|his|her|our|their|him|them"
        r"|about|around|over|nearly|almost|some|several|at least|\d+|one|two|three|four|five|six"
        r"|seven|eight|nine|ten|a few|a couple)\b)[a-z]+(?! (?:metres?|meters?|feet|foot|ft|m"
        r"|storeys?|stories|floors?|steps?|stairs|flights?)\b)",
        r"crash(?:ed|ing)? (?:out|on (?:the |my )?(?:sofa|couch|bed))|crash course",
        r"(?:i|we|you|to|can|will|then|quickly|just) pop (?:to|into|round|over|by|down to"
        r"|out to)",
        # prevention talk: "to avoid neck ache"
        r"(?:avoid|avoiding|prevent|prevents|preventing|stop getting) (?:\w+ ){0,3}"
        + _SYMPTOM_NOUN,
        # round 8: the user's own figures: "the trend in my pain ratings", "a chart of my pain"
        r"(?:trend\w*|history|chart|graph|log|record|stats|statistics|tracking) (?:of|in|for)"
        r" (?:my |the )?pain(?: scores?| ratings?| numbers?| levels?)?",
        # round 8: figures of speech: "dizzy with excitement", "giddy with relief"
        r"(?:dizzy|dizziness|giddy|light ?headed|faint|shaking|shaky|trembling|weak|numb)"
        r" (?:\w+ )?(?:with|from) (?:all (?:the|this) )?(?:excitement|joy|happiness|delight|glee"
        r"|pride|relief|laughter|laughing|anticipation|nerves|love|giggles|shock|surprise|success)",
        # round 8: an accident that befell a thing, not a body: "accident at work - spilled a
        # coffee over my keyboard", "a little accident with the paint"
        r"(?:an |a |little |small |minor |slight |bit of an? )?accident\w* (?:(?!(?:fell|fall\w*"
        r"|slip\w*|trip\w*|hit|crash\w*|car|bike|van|lorry|bus|landed|wet|pee\w*|wee\w*|poo\w*"
        r"|myself|bladder|bowel\w*|toilet|loo)\b)\w+ ){0,4}?(?:spill\w*|spilt|coffee|tea|wine|paint"
        r"|keyboard|laptop|phone|mug|cup|glass|juice|milk|ink|carpet|rug|dishwasher|washing"
        r"|printer|kettle|oven|the car park barrier)",
        *_ROUND9_SET_ASIDE,
        *_ROUND10_SET_ASIDE,
        *_ROUND11_SET_ASIDE,
        *_ROUND13_SET_ASIDE,
        *_ROUND15_DISMISS,
        *_ROUND16_DISMISS,
        *_ROUND18_DISMISS,
        *_ROUND19_DISMISS,
        *_ROUND23_DISMISS,
        *_ROUND28_DISMISS,
        *_ROUND29_DISMISS,
    )
)
_NEGATIONS = frozenset(_DISMISS[: len(_ROUND6_NEGATIONS)]) | frozenset(
    _DISMISS[len(_ROUND6_NEGATIONS) + len(_ROUND6_SET_ASIDE) :][:13]
)
# ...each with whether it is a negation, worked out once (a pattern's hash is not cheap).
_DISMISS_STEPS = tuple((pattern, pattern in _NEGATIONS) for pattern in _DISMISS)
# A cramp, burn or ache named in a muscle is training talk, unless it came during the stretch
# (then it is a reason to stop, SAFETY.md 5).
_MUSCLE_FEELING = re.compile(
    r"\b" + _near(r"(?:cramp\w*|burn\w*|tight\w*|ache\w*|aching|sore\w*)", _MUSCLE, 2) + r"\b"
)
_DURING = re.compile(
    r"\b(?:during|while|whilst|in the middle of|mid|halfway|as i|when i (?:twist|sweep|turn|do it"
    r"|did it|was doing|am doing))\b"
)

_RELATION = (
    r"(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|friend|colleague|coworker"
    r"|sister|brother|grandad|granddad|grandpa|grandma|granny|nan|grandmother|grandfather|boss"
    r"|client|patient|dog|cat|kid|kids|child|children|baby|neighbour|neighbor|boyfriend"
    r"|girlfriend|uncle|aunt|auntie|flatmate|roommate|guy|woman|man|lady|teammate|student"
    r"|parents?|in law|family|fiance|fiancee|spouse|hubby|missus|bf|gf|mate|buddy|pal|cousin"
    r"|niece|nephew|grandson|granddaughter|grandchild|relative|stepdad|stepmum|stepmom|trainer"
    r"|classmate|friends|members?|boy|girl|lad|lass|little one|toddler|twins|grandkids|youngest"
    r"|eldest|oldest|other half|housemate|(?<!as a )(?<!as an )\w+ (?:year|yr) old"
    # round 33: "my 15yo", "my 15 y o", "my teen"
    r"|\d+ ?yo|\d+ y o|teen|teenager|teens|teenagers|stepson|stepdaughter"
    # round 19: "my 6 month old has a temperature", "my gran lost weight"
    r"|\w+ (?:month|mo|week|wk|day)s? old|newborn|infant|gran|grandparents?|great gran\w*"
    r"|lodger|pupil|player|client"
    # round 51: the people of a bus, a shop or a venue ("a passenger on my bus had chest pain")
    r"|passengers?|customers?|guests?|visitors?|shoppers?|punters?|diners?|commuters?|tourists?"
    # round 29: a care worker's residents ("many of my residents have numb feet")
    r"|residents|service users?"
    # round 10: animals
    r"|puppy|pup|kitten|rabbit|bunny|hamster|budgie|parrot|tortoise|ferret|pet|pets"
    r"|guinea pig|dogs|cats)"
)
# Round 39: the people of a band, a course, a studio or a commute ("my drummer", "our bassist",
# "my lab partner", "the conductor").
_COMPANION_39 = (
    r"(?:bandmates?|band mates?|drummer|bassist|bass player|guitarist|singer|vocalist|pianist"
    r"|keyboardist|keys player|violinist|cellist|fiddler|saxophonist|sax player|trumpeter"
    r"|trombonist|flautist|choir mates?|tutor|lecturer|professor|prof|supervisor"
    r"|coursemates?|course mates?|lab partner|study buddy|seatmate|deskmate|landlord|landlady"
    r"|host|sitter)"
)
_THIRD_PARTY = re.compile(
    # round 25: never a simile or the writer's role ("weak as a kitten", "as a mum"); rt10: never
    # the pet the writer walks ("out of breath walking the dog": the writer's own effort)
    r"\b(?<!as )(?<!walking )(?<!walk )(?<!walked )(?<!walks )(?<!out with )"
    r"(?:my|our|his|her|their|a|the) (?:(?:little|eldest|youngest|oldest|older"
    r"|younger|baby|teenage|elderly|old|poor|best|big|step|twin"
    # round 28: "my placement patient", "my clinic client"
    r"|placement|clinic|ward|current|new|latest) )?"
    + _RELATION
    # rt8: never a likeness ("like someone pressing with a fist")
    + r"\b|\b(?<!like )(?<!as if )(?<!as though )(?:someone|somebody)\b|\b(?:he|she|him)\b"
    # round 9: "my teacher friend", "one of my residents"
    # round 39: band, study, studio and commute companions, named with a possessive or "the",
    # never "a" ("I'm a drummer" is the writer's own role)
    r"|\b(?<!as )(?:my|our|his|her|their|the) (?:(?:band s|new|old|lead|bass|session|fellow"
    r"|course|flat|studio|train|bus) )?" + _COMPANION_39 + r"\b"
    r"|\b(?:my|our) (?:teacher|nurse|doctor|gym|work|running|yoga|school|uni|old|best) "
    + _RELATION
    + r"\b|\bone of (?:my|our|the|his|her|their) (?:\w+ )?(?:residents|patients|clients|students"
    r"|pupils|players|kids|children|team|teammates|mates|friends|colleagues|customers|regulars"
    r"|runners|members|class|group|lot)\b"
    # a relation as the subject without a determiner: "wife's got a fever", "kids have flu"
    r"|(?:^|\b(?:so|and|but|because|as|since|while)\s)\s*" + _RELATION + r" (?:has|have|had|got"
    r"|is|are|was|were|running|been|caught|came|come|fell|lost|says|said|gets|keeps"
    # round 14: "coworker slipped on the wet floor"
    r"|slipped|tripped|collapsed|fainted|crashed|hurt|injured|broke|twisted|went over"
    # round 18: "kid threw up on me at 3am"
    r"|threw up|throws up|was sick|vomited|puked|coughed|sneezed|spewed)\b"
    # round 10: a relation in care, whatever the grammar: "grandma's in hospital with chest pains"
    r"|\b" + _RELATION + r"(?: s| is| was| has been| been| went| got| taken| rushed)?"
    r" (?:in|at|into|to|back in|still in) (?:the |a )?(?:hospital|a and e|er|icu|intensive care"
    r"|care home|nursing home|hospice|ward|cardiology|emergency room|vets?)\b"
    # people in general: "is it normal for people to feel tingling", "anyone with numbness"
    r"|\b(?:people|anyone|anybody|everyone|folks|others|seniors|the elderly|older (?:people"
    r"|adults)|patients|clients|beginners"
    # round 33: the people a role looks after, named without "my" ("I help residents who've
    # lost bladder control", "service users with numb feet", "the people I care for")
    r"|residents|service users?|care home residents|pupils|customers|the (?:people|folk|ones|men"
    r"|women|ladies|elderly|old folk) (?:i|we) (?:look after|care for|support|work with|nurse"
    r"|help|visit|lift|treat|see))\b"
    # round 13: a stranger with any word before ("a drunk guy fell over at the bus stop")
    r"|(?<!as )(?<!like )\b(?:a|an|some|this|that|the) (?:\w+ )?(?:guy|bloke|stranger|chap|fella"
    r"|fellow|gent|gentleman|lady|woman|man|passer ?by|pedestrian)\b"
)
# Round 18. Someone named only as what the writer's own mishap met ("tripped over the dog",
# "fell over my son's scooter", "slipped on the cat's toy"): the writer fell, so the clauses
# after it stay the writer's. A subject named before the verb ("my dad tripped over the dog")
# is still read by `_THIRD_PARTY`.
_MISHAP_OBJECT = re.compile(
    r"\b(?:tripped|tripping|trip|trips|fell|falling|fall|falls|stumbled|stumbling|slipped"
    r"|slipping|stepped|stepping|landed|landing|went flying|flew|flying|tumble|tumbled|tumbles"
    r"|tumbling|crashed|collided|bumped|knocked|caught my (?:foot|toe|heel))(?: \w+)??"
    r" (?:over|on|onto|into|against|with|across|because of|thanks to"
    r"|to avoid|dodging|avoiding) (?:my |our |the |a |his |her |their )?(?:\w+ )?"
    + _RELATION
    + r"(?: s| s \w+)?\b"
)


# Round 26. Someone named only as the writer's company in a long sit ("sitting cross legged
# doing a jigsaw with my daughter for an hour"): the signs stay the writer's; "with my daughter
# who..." or her own body ("her legs") are hers.
_COMPANION = re.compile(
    # round 41: "with the grandkids" as "with my grandkids"
    r"\b(?:with|alongside|beside|next to) (?:my|our|the) (?:little |eldest |youngest |baby )?"
    + _RELATION
    + r"\b(?! (?:who|whose|s|has|had|is|was)\b)"
)


# Round 33. The writer as the one who looks after the people named, the signs theirs ("as a
# carer I help residents who've lost bladder control", "the service users I support have numb
# feet", "I nurse patients with foot drop"): the writer's words are the role's, not a claim.
_CARER_OF = (
    r"(?:help|helps|helping|look after|looking after|care for|caring for|support|supporting"
    r"|work with|working with|nurse|nursing|treat|treating|see|lift|lifting|wash|washing|dress"
    r"|dressing|hoist|hoisting|feed|feeding|visit|visiting|teach|teaching|coach|coaching|train"
    r"|training|deal with|dealing with|move|moving|turn|turning|toilet|toileting|change|changing"
    r"|bathe|bathing|assist|assisting|cover|covering|have|had|get|got"
    # round 54: "I work one to one with a boy who..."
    r"|work (?:one to one|1 to 1|1 2 1|closely|daily|each day) with)"
)
_CARED_FOR = (
    r"(?:residents|patients|clients|service users?|people|folk|pupils|students|customers|kids"
    r"|children|elderly|old folk|ladies|gentlemen|men|women|clients|members|runners|riders"
    r"|learners|adults|seniors|punters"
    # round 54: one child or adult looked after ("as a TA I support a little boy with no
    # feeling in his legs")
    r"|boy|girl|lad|lass|child|toddler|young man|young woman|young lady|gentleman|lady|man"
    r"|woman|pupil|student|resident|patient|client|service user)"
)
_CARER_CLAIM = re.compile(
    r"\b(?:i|we)(?: (?:also|often|usually|mostly|mainly|sometimes|regularly|daily|now"
    r"|currently|just|do|get to|have to|used to))* "
    + _CARER_OF
    + r" (?:\w+ ){0,3}?"
    + _CARED_FOR
    # round 54: a place between ("a little lad at school who...")
    + r"(?=(?: (?:at|in|from|on) (?:the |my |our )?\w+)? (?:who|that|with|whose|which|w|wi)\b)|\b"
    + _CARED_FOR
    + r" (?:i|we)(?: (?:also|often|usually|mostly|now|currently|just|get to|have to|used to))* "
    + _CARER_OF
    + r"(?!(?: \w+)? (?:and|but|then|now) (?:i|me|my)\b)"
)


# Round 34: the writer's role told beside someone else's sign ("I'm a carer for my dad, who
# has...", "one of my clients (I'm a personal trainer) has...", "as her nurse I..."), and
# the turn to the writer's own question ("I'm asking for myself though")
_ROLE_34 = re.compile(
    r"\b(?:i am|im|i m|i work as|i have been|i ve been|as) (?:a|an|the|his|her|their|my \w+ s)"
    r" (?:\w+ ){0,2}?(?:carer|caregiver|care giver|care worker|support worker|personal trainer"
    r"|trainer|pt|nurse|physio|physiotherapist|teacher|coach|instructor|therapist|doctor|gp"
    r"|paramedic|midwife|student|osteopath|chiropractor|masseuse|massage therapist|sports"
    r" therapist|healthcare assistant|hca)(?: (?:for|to|of) (?:my|a|an|the|his|her) \w+)?"
    r"(?! (?:and|but|then|now) (?:i|me|my)\b)"
    r"|\b(?:i am|im|i m) (?:asking|writing|here) (?:for|about) (?:myself|me|my own \w+)(?: though"
    r"| tho| really)?"
)


# Round 34: the writer's care role for a named person ("I'm a carer for my dad"), no claim.
_ROLE_FOR = re.compile(
    r"\b(?:i am|im|i m|i work as|i have been|i ve been) (?:a|an|the|his|her|their) (?:\w+ ){0,2}?"
    r"(?:carer|caregiver|care giver|care worker|support worker|nurse|healthcare assistant|hca)"
    r" (?:for|to|of) (?:my|his|her) \w+(?! (?:and|but|then|now) (?:i|me|my)\b)"
)


def _someone_else_named(clause: str) -> bool:
    """A person or animal named in the clause other than as what the writer's mishap met."""
    if _THEIR_BODY.search(clause):
        return True
    if not _THIRD_PARTY.search(clause):
        return False
    clause = _blank(clause, _MISHAP_OBJECT)
    if _LONG_SIT.search(clause):
        # round 26: the company of a long sit ("sitting cross legged with my daughter")
        clause = _blank(clause, _COMPANION)
    return _THIRD_PARTY.search(clause) is not None


# The user speaking about themselves: "I", or "my" before a body part ("my wife says my foot
# drags" is about the user).
# Someone else's body: "her feet", "his leg".
_THEIR_BODY = re.compile(
    r"\b(?:his|her|their) (?:\w+ )?(?:legs?|foot|feet|toes|back|spine|bum|bladder|bowels?|chest"
    r"|hips?|knees?|arms?|hands?|groin|neck|thighs?|calf|calves|side|shoulders?|head|body)\b"
)
_FIRST_PERSON = re.compile(
    # the user as the object of an impact: "someone ran into me"
    r"\b(?:into|hit|knocked|clipped|struck|over|tackled|dropped on|fell on|threw|thrown|bucked"
    r"|kicked|bit|bitten|trampled|dragged|pulled|tripped|tripping|jumped on|landed on|ran at"
    r"|charged|headbutted|pushed"
    # round 25: "someone rear-ended me", "a van T-boned me"
    r"|rear ended|t boned|sideswiped|shunted|rammed|ran over|mowed down|barged|bumped) me\b|"
    # round 30: "someone crashed into us", "fell off a ladder on me", "crashed the van with me
    # in it"
    r"\b(?:into|rear ended|t boned|sideswiped|shunted|rammed|ran over|hit) us\b"
    r"|\b(?:fell|landed|came down|dropped|collapsed) (?:\w+ ){0,4}?(?:on|onto) me\b"
    r"|\bwith (?:me|us) (?:in|on|inside) (?:it|the \w+|the back)\b|"
    # round 10: the writer as the one who came off: "came off my horse", "thrown from my bike"
    r"\b(?:came|come|coming|fell|falling|fallen|thrown|flung|tumbled|slipped) (?:off|from|out of)"
    r" my\b|"
    r"\b(?:i|myself|im)\b|\bmy (?:(?!"
    + _RELATION
    + r"\b)\w+ )?(?:legs?|foot|feet|toes|back|spine|bum|butt|bottom"
    r"|bladder|bowels?|chest|hips?|knees?|arms?|hands?|groin|neck|thighs?|calf|calves|side"
    r"|shoulders?|head|body)\b"
    # round 39: the writer's own sign named as theirs ("my tutor told me that my numbness down
    # there is nothing")
    r"|\bmy (?:own )?(?:numbness|tingling|tingles|pins and needles|weakness|incontinence|leaks?"
    r"|leaking|symptoms?|dizziness|fever|temperature|chest pain|breathlessness|blackouts?"
    r"|faints?|fainting|sciatica|foot drop)\b"
)
_PAST = re.compile(
    r"\b(?:last (?:week|month|year|summer|winter|spring|autumn|fall|time)|\w+ (?:days?|weeks?"
    r"|months?|years?) ago|ago|as a (?:kid|child|teenager|teen)|when i was|back when|used to"
    r"|in the past|once|years back|previously|long time|years|had|was|were|got|went|sat|did"
    r"|felt|fell|happened|used|tore|broke|pulled|strained|sprained|injured|twisted|fractured|hurt"
    r"|caught|spell|bout of|(?:at|over|during) (?:half term|christmas|easter|new year|the"
    r" holidays)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:at|over|last)"
    r" the weekend|last weekend|the other day"
    # round 41: a sign reported on the bot's check-in, "a while back"
    r"|(?:a )?while back|a bit back|reported|ticked|mentioned|logged|flagged"
    # round 25: after an illness, told over ("weak after flu but that's passed now")
    r"|after (?:the |a |my |that |bad )?(?:flu|covid|cold|bug|virus|illness|infection|chest"
    r" infection|food poisoning|norovirus)"
    r"|(?:in|since) (?:19|20)\d\d|back in|in (?:the )?(?:spring|summer|autumn|fall"
    r"|winter|january|february|march|april|may|june|july|august|september|october|november"
    r"|december))\b"
)
# A time in the past that the hardest signs need before "fine now" sets them aside.
_PAST_TIME = re.compile(
    # round 28: "last season" is the past like "last year"
    r"\b(?:last (?:week|month|year|summer|winter|spring|autumn|fall|season)|\w+ (?:weeks?|months?"
    r"|years?) ago|as a (?:kid|child|teenager|teen|student|baby|toddler)|when i was|back when"
    r"|used to|years back|long time ago|(?:back )?in (?:19|20)\d\d|back in (?:\w+ )?\w+"
    # round 13: the past already dated ("kidney stones in 2021, peeing hurt back then")
    r"|back then|at the time|at that time|in those days"
    r"|in my (?:teens|twenties|thirties|forties|fifties|youth|childhood)"
    # round 11: a month named in the past ("an infection in March, antibiotics sorted it")
    r"|(?:in|last|back in|during|over) (?:early |late |mid )?(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december)"
    # round 20: a season or holiday told as the past ("had COVID in the summer")
    r"|(?:had|caught|got) (?:\w+ ){1,3}?(?:in|over|during) the (?:summer|spring|autumn|winter"
    r"|holidays?)|(?:had|caught|got) (?:\w+ ){1,3}?(?:at|over) (?:christmas|easter))\b"
)
_RESOLVED = re.compile(
    # rt5: "a bit better now" is still there, never resolved
    r"\b(?:(?:fine|(?<!bit )(?<!little )(?<!slightly )(?<!somewhat )better|ok|okay|good|normal|"
    r"great|healed|recovered|sorted) (?:now|again|since)"
    r"|(?:completely|fully|totally|all) (?:better|recovered|healed|gone|fine|clear|cleared)"
    r"(?! (?:\w+ ){0,3}?(?:except|apart from|besides|other than))"
    # round 45: the clinician's verdict ("the letter says my heart is fine")
    r"|(?:says?|said|shows?|showed|confirmed) (?:that )?(?:(?:my|the) heart|everything)"
    r" (?:is|was|s) (?:all )?"
    r"(?:fine|normal|healthy|ok|okay|perfectly fine)"
    r"|(?:results?|tests?|ecg|scans?|bloods) (?:all )?(?:came|come) back (?:all )?(?:normal|clear"
    r"|fine)"
    r"|recovered|healed|cleared up|cleared|went away|gone away|(?:has|have|is|are) (?:all )?gone"
    r" (?:now|since|away)|(?:all |long )?gone now"
    r"|nothing since|no problems since|fine since|been fine|normal again|resolved"
    # rt16: "all clear except" turns to a sign that follows, never resolves it
    r"|all clear(?! (?:\w+ ){0,3}?(?:except|apart from|besides|other than))"
    # round 34: a recovery in a learner's grammar ("now I am again normal weight since months",
    # "now is good again", "again healthy")
    r"|(?:now|again) (?:i am |i m |im |i |am |i have |is |it is |its )?(?:again |back |all )?"
    r"(?:normal|to normal|at normal|healthy|well|fine|good)(?: (?:weight|again|now))?"
    r"|(?:normal|healthy|usual|good) (?:weight )?(?:again )?since (?:months|weeks|years|long"
    r"|ages|a long time)"
    # round 29: "back to normal long time ago"
    r"|back to normal (?:a )?long time ago|back to normal (?:for|since) (?:years|ages|months)"
    # round 25: "weak as a kitten after flu but that's passed now"
    r"|(?:that|it|this|which|all that) (?:is |has |had )?passed(?! out| me| the| it)(?: now)?"
    # round 19: "a kidney infection with a fever and back pain, treated and gone"
    # round 38: "nothing for ages now", "not had it in years", "none for months"
    r"|(?:nothing|none|not once|no bother|no trouble|no problems?) (?:at all )?(?:for|in)"
    r" (?:\w+ )?(?:ages|years|months|yonks|donkey s years|a long time|a good while|decades)"
    r"(?: now)?(?! (?:but|until|till|except)\b)"
    # round 38: "in jan, all sorted", "got it sorted", "that's sorted now"
    r"|(?<!not )(?<!never )(?<!not been )(?:all|got|been|was|were|it is|its|it s|that is|thats"
    r"|that s|now|since|(?:got|get|had|have) (?:it|that|this|them|everything) (?:all )?) ?sorted"
    r"(?! (?:out )?(?:but|until|till|except)\b)"
    r"|(?:treated|sorted|antibiotics) and (?:all |long |completely )?(?:gone|fine|better|cleared"
    r"|over|done|resolved|healed)|cured"
    # round 13: a normal reading after the fever ("38.5 on the 3rd, 36.6 this morning"), or
    # gone by a date ("gone by the 5th")
    r"|normalreading|(?:gone|over|better|down|broke|broken) by (?:the )?(?:\d+(?:st|nd|rd|th)?"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|then|next day"
    r"|the next day)"
    r"|(?:all |long |completely )?gone (?:ever )?since"
    r"|long gone|(?:have|has) not (?:had|felt|noticed|been bothered by) (?:it|that|this|any|them"
    r"|one|those) (?:since|again|(?:in|for) (?:ages|years|months|a long time|a while))"
    r"|never had (?:it|that|this|them|any) (?:since|again)"
    # round 33: a single episode with "never since" ("that was six years ago, never since",
    # "never happened again", "not once since")
    r"|(?:never|not|not once|nothing) (?:ever )?since|never (?:again|happened again|had it again"
    r"|recurred|returned|been back)|(?:has|have|did) not (?:happened|recurred|returned|come back"
    r"|been back)(?: (?:since|again))"
    # round 27: recovery told in an idiom ("had a fever over christmas but I've been right as
    # rain for two weeks now", "fit as a fiddle since", "back on my feet")
    r"|(?<!not )(?<!never )(?<!not been )(?<!never been )(?:right as rain|fit as a fiddle"
    r"|fighting fit|(?:back )?on (?:my|me) feet again|back on (?:my|me) feet|over the worst of it"
    r"|(?:been|felt|feeling) (?:totally |completely |perfectly )?(?:well|fine|great|good|myself"
    r"|100 ?%?|100 percent) (?:for|since|ever since) (?:a |the )?(?:\w+ )?(?:days?|weeks?|months?"
    r"|while|ages|then))"
    # round 30: "all better now", "fully recovered", "hasn't happened in ten years"
    r"|(?<!not )(?:all better|fully recovered|completely recovered|recovered fully)(?: now)?"
    r"|(?:has not|have not|has never|not) (?:happened|come back|returned|been back) (?:in|for"
    r"|since) (?:\w+ )?(?:years?|months?|ages|a long time|a while|decades?|then)"
    r"|(?:physio|physiotherapist|doctor|gp"
    r"|treatment|surgery|operation|antibiotics|rest|chiropractor|osteo\w*)"
    r" (?:(?!(?:not|never|no|nothing)\b)\w+ ){0,3}?(?:sorted|fixed|cleared|cured|resolved)"
    r"|(?:fully|completely|totally|well) over it|got over it"
    r"|fixed (?:it|that|this)|sorted (?:it|out)|not (?:any ?more|anymore|since)|no longer"
    # round 24: "fully rehabbed and playing again", "sorted with physio months ago"
    r"|(?:fully |completely |totally )?rehabb?ed|rehabilitated|(?:back )?(?:playing|running"
    r"|training|competing) again|back to (?:full )?(?:playing|training|running|sport|football)"
    r"|sorted (?:out )?(?:with|by|after) (?:\w+ )?(?:physio\w*|treatment|rest|rehab|a course"
    r"|the doctor|my gp|osteo\w*|chiro\w*)"
    r"|no (?:issues|problems|trouble|symptoms|pain|recurrence|episodes) (?:at all )?since"
    r"|(?:not|never) (?:had it|happened|come back|came back|returned|bothered me) (?:again|since)"
    r"|back to normal|all good (?:now|since)|no lasting (?:\w+ )?(?:problems?|issues?|damage"
    r"|effects?|injur\w*|trouble)|no (?:after ?effects|long term (?:\w+ )?(?:problems?|issues?"
    r"|effects?|damage))|long forgotten|(?:all |long )?(?:forgotten|behind me)|(?:fully|completely)"
    r" recovered|walked away (?:fine|unhurt|without a scratch)|shook it off|shaken off"
    r"|(?:feel|feels|feeling)"
    r" (?:totally |completely |perfectly |quite )?(?:normal|fine|ok|okay|great) (?:now|today|again)"
    r"|settled (?:down )?(?:now|since)|passed (?:now|since)"
    r"|never (?:a|been a|caused a|caused any|given me a|gave me a) (?:problem|issue|bother)"
    # rt8: never a spread ("it has gone down both my legs")
    r"|(?:wore|worn|eased) off|(?:it is|it has|that is|they are|they have) (?:all )?gone"
    r"(?! (?:\w+ )?(?:down|into|in to|up|through|round|around|along|across|to|over|further"
    r"|deeper|worse)\b)"
    # round 8: an illness that is over: "all over now", "it's over and done with"
    # (only after the illness or "it", never "I ache all over now")
    # round 41: a past sign "never come back" or that "settled" with its subject named ("it's
    # never come back", "it hasn't come back", "it settled and she said carry on"); a feeling or
    # strength that did not come back is its loss (`_RETURNED`), never here
    r"|(?<!feeling )(?<!sensation )(?<!strength )(?:it|that|this|which|the (?:twinge|twang"
    r"|tingl\w*|pain|ache|niggle|numbness|pins and needles)) (?:is |has |had |have )?(?:never"
    r"|not) (?:ever )?(?:come|came|returned|been back)(?: back)?(?! (?:till|until|til|up until"
    r"|before|except|but)\b)"
    r"|(?<!not )(?:it|that|this|which|the (?:twinge|tingl\w*|pain|ache|niggle|numbness))"
    r" (?:has |had |all )?settled(?! (?:back|in|into|on)\b)"
    r"|(?:it is|it was|its|that is|which is|fever is|bug is|illness is|all of it is|and"
    r"|everything|bug|illness|infection|sickness|poisoning|virus|flu|covid|weekend|week|month"
    r"|yesterday|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:all )?over"
    r" (?:now|and done|with)|over and done with"
    r"(?! (?:numb|dead|weak|floppy|to sleep|funny|weird|odd|tingly|stiff|heavy|cold|worse)\b))\b"
)
_RETURNED = re.compile(
    # round 31: "went away and never came back" is over; a feeling or strength that "never
    # came back" is its loss, never over
    r"\b(?:(?:feeling|sensation|strength|power|control|movement|grip|balance)(?: \w+){0,4}?"
    r" (?:never|not|has not|have not|did not|has never|still not|still has not)(?: \w+)?"
    r" (?:came|come|returned|recovered)"
    r"|(?:came|come|returned)(?: back)? (?:till|until|up until|up till|til|before|except)"
    # round 41: a numbness, a tingle or a weakness that "never came back" is a feeling not back,
    # never over ("numbness down one leg... it never came back"), unless it went first
    r"|(?:numb\w*|tingl\w*|weak\w*|dead|pins and needles|asleep|no feeling|can not feel)\s+"
    r"(?:(?!(?:went|gone|away|settled|cleared|passed|eased|faded|disappeared|stopped|wore)\b)\w+"
    r"\s+){0,16}?(?:it|they|that|this|which|feeling)\s+(?:is\s+|has\s+|have\s+|had\s+|did\s+)?"
    r"(?:never|not)\s+(?:ever\s+)?"
    r"(?:came|come|returned|recovered)(?!\s+(?:back\s+)?(?:since|again)\b)"
    r"|(?<!never )(?<!not )(?<!never really )(?<!never ever )"
    r"(?:(?:came|come|coming|comes|is|it is|are) back|returned)"
    # round 43: "warm again now", "thawed out again now" is the cold's end, never a return
    r"|(?<!warm )(?<!warmer )(?<!toasty )(?<!warmed up )(?<!warmed back up )(?<!thawed )"
    r"(?<!thawed out )again now|recurring|worse"
    # round 26: "went away after a minute, but they went numb again this morning"
    r"|again (?:today|this morning|this afternoon|tonight|yesterday|last night)"
    r"|(?:went|gone|go|goes|going|got|gets|is|are|feels?|felt) (?:all |a bit )?(?:numb|dead"
    r"|tingly|weak) again"
    # rt15: "fine now except a fever tonight" is a sign of now after the past
    r"|(?:fine|ok|okay|good|grand|well|better) now (?:except|apart from|bar|other than|but)"
    r" (?:for )?(?:a |an |the |my |this |some )?(?:\w+ )?(?:fever|temperature|temp|chills|sweats"
    r"|numb\w*|tingl\w*|pain|ache|leak\w*) (?:tonight|today|now|this (?:morning|afternoon"
    r"|evening)))\b"
)
# rt19: a cause only likened ("numb like it's been in a snowbank") is none
_RT19_LIKENED = "".join(
    rf"(?<!{like} {who} {been} )"
    for like in ("like", "as if")
    for who, been in (
        ("it", "is been"),
        ("it", "has been"),
        ("it", "had been"),
        ("it", "would been"),
        ("it", "was"),
        ("they", "have been"),
        ("they", "had been"),
        ("they", "would been"),
        ("they", "were"),
        ("i", "have been"),
        ("i", "had been"),
        ("i", "would been"),
    )
)
_CAUSE = re.compile(
    # after round 41: hands or feet freezing and numb, the cold told as their state ("feet were
    # freezing and numb on the platform"): a cause, as "numb from the cold" is (never legs)
    r"\b(?:feet|foot|toes?|hands?|fingers?|fingertips?) (?:(?:were|was|are|is|went|got|go|goes"
    r"|felt|feel|feeling) )?(?:(?:a bit|so|really|totally|completely|absolutely) )?(?:freezing"
    r"|frozen|ice cold|icy|cold|like ice|blocks of ice) (?:cold )?(?:and|n|&) (?:\w+ )?numb\b|"
    # round 43: the same told numb first ("both feet numb and freezing at the bus stop")
    r"\b(?:feet|foot|toes?|hands?|fingers?|fingertips?) (?:(?:were|was|are|is|went|got|go|goes"
    r"|felt|feel|feeling) )?(?:(?:a bit|so|really|totally|completely|absolutely) )?numb"
    r" (?:and|n|&) (?:\w+ )?(?:freezing|frozen|ice cold|icy|cold|like ice|blocks of ice)\b|"
    # sleep or posture as the cause, without a preposition: "i slept funny", "sat on it"
    r"\b(?:slept|sleeping|sleep|asleep|lay|lying|laid|sat|sitting|leaned|leaning|lean|leant)"
    r" (?:funny|awkward\w*|badly|wrong|weird\w*|oddly"
    r"|on (?:it|them|my (?:arm|hand|leg|foot|side)))\b|"
    # round 14: "when I walk" or "when I stand" is when a symptom shows, never its cause
    # rt1: never a face's part that "did not move" (a stroke sign, not a cause)
    r"\b(?:(?<!mouth )(?<!face )(?<!smile )(?<!lip )(?<!lips )(?<!cheek )did|doing|done|from|after"
    r"|because(?: of)?|cos|coz|cause|due to|since|with|(?<!hole )(?<!notch )"
    + _RT19_LIKENED
    + r"in|"
    + _RT19_LIKENED
    + r"on|by"
    r"|when(?! (?:i |i am |im |you )?(?:\w+ )?(?:walk|walking|run|running"
    r"|(?:stand|standing)(?! up))\b)"
    r"|at|during)"
    r" (?:\w+ ){0,4}?(?:sitting|sat|sit|type|drive|cycle|lift|train|squat"
    r"|desk|flight|flying|plane|drive|driving|car journey|commute|commuting"
    # rt9: never a pain "running down" the legs (its path, not a run)
    r"|(?:run|running|ran)(?! (?:\w+ )?(?:down|into|through|along) (?:\w+ ){0,3}?(?:legs?|thighs?"
    r"|calf|calves|foot|feet|them|both|pair|bum|buttocks?|knees?|shins?))"
    r"|jog\w*|gym|workout|work out|working out|training|trained|squats?|deadlifts?|lifting"
    r"|lifted|weights|bench|press|cycling|cycle|bike ride|spin|yoga|pilates|class|gardening"
    r"|garden\w*|shopping|carrying|phone|typing|keyboard|mouse|cold|weather|winter|sleeping"
    r"|slept|sofa|couch|ballet|dance|dancing|football|rugby|tennis|golf|sport|sports|hike"
    r"|hiking|walk|walking|hill|hills|concrete|marathon|match|game|handlebars?|gripping|shoes"
    r"|(?:stand|standing|stood|get|getting|got|jump\w*|hop\w*|sprang|spring|leapt|leap\w*"
    r"|shot|sat|sit|sitting) up (?:too )?(?:fast|quickly|quick|suddenly)"
    r"|heat|sun|stress|stressed|swim\w*|climbing|cross"
    r" legged|kneeling|long day|move|moving house|dehydrat\w*|hangover|hungover|standing|stood"
    r"|work|shift|painting|decorating|hike|flight|travel\w*|heels|heatwave|holding|ski\w*"
    r"|skating|surf\w*|boxing|crossfit|hiit|bootcamp|boot camp|zumba|tournament|race|ride"
    r"|text|texting|scroll\w*|gaming|reading|writing|knitting|sewing|drawing|boots|pillow|bath"
    # rt8: never a belt taken in ("three notches down on my belt")
    r"|jeans|trousers|(?<!notches on the )(?<!notches on my )(?<!holes on my )(?<!holes in my )"
    r"(?<!holes on the )(?<!holes in the )belt|waistband|leggings|socks|tight clothes"
    r"|period|periods|menstruation|time of the month|pms|strimmer|mower|hoover\w*|vacuum\w*"
    r"|shower|sauna|hot tub|ice bath|cold water|sea|pool|slept on it|lying on it|leaning on it"
    r"|freezing|chilly|frost\w*|icy|snow\w*|gloves|cold (?:hands|fingers|out|outside|day|morning)"
    r"|sat on it|leg day"
    # round 33: any seat, any vehicle ("3 hours on the coach", "a long ferry crossing")
    r"|(?:the|a|our|my) coach(?:es)?|coach (?:trip|ride|journey|tour)|bus|buses|minibus|ferry"
    r"|boat|tram|tube|metro|underground|taxi|cab|uber|lorry|truck|van|tractor|motorbike"
    r"|motorcycle|scooter|trip|journey|crossing|commute|seat"
    r"|seats|chair|chairs|stool|stools|bench|pew|pews|saddle|horseback|flight)\b"
    # any "-ing" activity, but not the twist's own movements, nor waking, resting or lying,
    # nor "-ing" words that are no activity ("after doing the twist", "since this morning")
    # rt14: "from yesterday I am having a temperature" is since yesterday, never a cause
    r"|\b(?:from(?! (?:yesterday|today|last|this|morning|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b)|after|while|whilst) (?:\w+ ){0,3}?(?!(?:twist|sweep|stretch"
    r"|turn|rotat|roll|bend|doing|waking|resting|lying|laying|feeling|getting|being|nothing|something|anything"
    r"|everything|morning|evening|during|ceiling|thing)\w*\b)"
    r"\w{2,}ing\b"
    # round 25: hours of a thing ("numb from 6 hours of Elden Ring")
    r"|\b(?:from|after) (?:\w+ ){0,2}?(?:hours?|hrs) (?:of|on|at|playing) \w+"
    # lifelong and unchanged: a question, not a lockout
    r"|\b(?:always (?:had|have|been)|born with|all my life|since (?:i was a )?(?:child|kid|birth"
    r"|childhood|school)|since forever|for as long as i can remember)\b"
)
_HYPOTHETICAL = re.compile(
    r"^(?:what )?if (?!i (?:have|am|have got|keep)\b)"
    r"|\bdo i (?:stop|need to stop|have to stop|keep going|carry on)\b"
    r"|\bis (?:that|this|it) (?:\w+ ){0,2}or (?:normal|fine|ok|okay)\b"
    r"|\b(?:what (?:happens|should i do|do i do|to do|does it mean|if)|what do i do"
    # round 29: a learner's grammar ("what i do if it starts to hurt", "what i must do when")
    r"|what (?:i|we) (?:should |must |can |need to |have to )?do (?:if|when|in case|once)"
    # round 34: the bot's own rule asked in any shape ("what am I supposed to do if it starts to
    # hurt halfway through", "what would I do", "what's the drill if", "stop or keep going?")
    r"|^(?:say|suppose|supposing|imagine|lets say) |(?:what|wat|wot) (?:am|are|is|was) (?:i|we"
    r"|you|one|someone|a person) (?:\w+ )?(?:su\w*posed|meant"
    r"|expected|told|advised|allowed|going) to do|what (?:would|could|can|will|shall) (?:i|we|you"
    r"|one) (?:\w+ )?do|what (?:is|s) the (?:rule|drill|plan|protocol|advice|procedure|deal)"
    r"|(?:stop|stop dead|ease out|ease off|come out|back off)(?: \w+){0,3}? or (?:keep going|carry"
    r" on|continue|push on|push through|ease|stay|slowly|gently)"
    r"|should i (?:stop|worry|see|call|skip|keep going|carry on|continue|push on)|when should i"
    # round 8: pushing through, asked about: "should I push through if it's a bit painful?"
    r"|(?:should|can|do|must|shall|could) i (?:\w+ )?(?:push|work|power|stretch|keep going|carry on"
    r"|continue|go) (?:on )?through|no pain no gain"
    r"|is (?:\w+ ){1,4}a (?:sign|reason|red flag)"
    r"|what does (?:a |the )?(?:\w+ ){1,3}mean|how do i (?:make it|avoid|stop|prevent)"
    r"|(?:how|can) (?:to )?(?:avoid|prevent)|signs? (?:of|to watch)|in case|suppose"
    # questions about the move and a symptom in general
    r"|(?:can|could|will|would|does|do|might|may) (?:it|this|that|the twist|this twist|the"
    r" stretch|this stretch|the move|this move|twisting|stretching|doing (?:it|this|the twist))"
    r" (?:\w+ )?(?:cause|give|lead to|make|trigger|bring on|help|ease|relieve|fix|improve"
    r"|reduce|prevent|worsen)"
    r"|is it (?:normal|common|usual|ok|okay|safe|fine|bad|expected) (?:for \w+ )?to (?:feel"
    r"|get|have|notice)"
    r"|what counts as|difference between|versus|vs|how (?:do|can|would|will) (?:i|you) (?:tell"
    r"|know)|warning signs?|signs? (?:that|i should)|what (?:are|is) (?:the )?(?:\w+ )?"
    r"(?:signs|symptoms))\b"
)
_HEDGED = re.compile(
    r"\b(?:(?<!can )(?<!could )not really|not exactly|not quite|hardly any|barely any"
    r"|do not think|not sure"
    r"|not that|only a tiny|ever so slightly|a tiny bit|a little bit|slightly"
    # gone once moving: "aches when I first wake up, then goes away"
    r"|(?:then|soon|quickly|and) (?:it )?(?:goes away|eases|wears off|settles|loosens up"
    r"|disappears|fades)|(?:goes away|eases off|wears off|loosens up) (?:after|once|when|by"
    r"|within))\b"
)
# Joint noises ("my knees click"): set aside when the user says it does not hurt, ambiguous
# when habitual ("my spine clicks a lot in the morning").
_NOISE = re.compile(r"\b(?:click\w*|crack\w*|pop|pops|popping|clunk\w*|crunch\w*|grind\w*)\b")
_HABIT = re.compile(
    r"\b(?:a lot|always|sometimes|often|usually|every (?:morning|time|day)|in the morning"
    r"|all the time|normal|constantly|loads|always have|for years|since i was|nice|nicely"
    r"|satisfying|felt (?:good|great|nice"
    r"|amazing)|feels (?:good|great|nice)|relief|in a good way)\b"
)
# Bodily routine, not a loss of control: "a toilet break", "I need to pee first". Only when
# nothing in the message speaks of control, leaking or feeling (then it is the hard sign).
_ROUTINE = re.compile(
    r"\b(?:(?:pee|wee|toilet|loo|bathroom) break|(?:empty|emptied|emptying) (?:my )?bladder"
    r"|(?:go|going|went|nip|pop|popped) (?:to the (?:toilet|loo|bathroom)|for a (?:pee|wee|poo))"
    r"|need (?:to|a) (?:pee|wee|poo)|bowel movement)\b"
)
_ROUTINE_GUARD = re.compile(
    r"\b(?:late|control\w*|leak\w*|accidents?|myself|notice\w*|hold|feel|felt|feeling|numb\w*"
    r"|tingl\w*|can not|could not|trouble|difficult\w*|problems?|wet\w*|keeps?|always|all the"
    r" time|struggl\w*|unable|hard|fully|properly|complete\w*|stream|slow|strain\w*|weak\w*|only"
    r"|every|constantly|sudden\w*|urgent\w*|blood|pain\w*|hurts?|burn\w*"
    # rt6: a wee that will not start ("like the tap is turned off", "nothing comes")
    r"|tap|trickle|dribble\w*|drops?|nothing (?:comes|came|happens|happened)|will not start"
    # rt11: a wee one only learns of from a glance down at one's clothes
    r"|(?:find|found|finding) out (?:whether|if)|look\w* down at)\b"
)
# 3. Long-standing named benign conditions: at most the conditional question.
_CONDITION = re.compile(
    r"\b(?:raynaud\w*|flat (?:feet|footed)|fallen arches|hypermobil\w*|double jointed|chilblains"
    r"|restless legs?|carpal tunnel|tennis elbow|golfers elbow|plantar fasci\w*|shin splints"
    r"|bunions?|scoliosis|asthma\w*|eczema|psoriasis|migraines?|hay ?fever|overactive bladder"
    r"|weak bladder|small bladder|bladder (?:is )?the size of|ibs|irritable bowel"
    r"|growing pains|poor circulation|low blood pressure|knock knees|bow legs)\b"
)
# 6. A hypothetical, asked ahead: "what should I do if I ever get ...", even for the hardest
# signs (asked back, never dismissed), unless the message also speaks of now.
_IF_EVER = re.compile(
    r"\b(?:if (?:i|you|someone|one|we|a person|people) (?:ever|one day|someday|at some point"
    r"|in future|in the future|later on)|if ever"
    # round 16: "what happens if I feel a sharp pain during the sweep one day?"
    r"|if (?:i|you|someone|we) (?:\w+ ){1,8}?(?:one day|some day|someday|in future|in the future"
    r"|at some point|later on)|in case (?:i |you )?(?:ever|one day)|should i ever"
    r"|were i to|if that ever|what would (?:happen|i do) if|asking ahead|ahead of time"
    r"|asking in advance"
    r"|for future reference|hypothetically)\b"
)
# "nothing going on right now" denies the present, it does not claim it.
_NOT_NOW = re.compile(
    r"\b(?:(?:nothing|not anything|none|none of (?:this|that|it))(?: \w+){0,3}|not (?:happening"
    r"|going on|a problem|an issue)) (?:right now|at the moment|currently)"
    # round 35: "Not at the moment." at the message's end, after a question
    r"|not (?:right now|at the moment|currently|at present)$"
    # round 10: "normal since Wednesday", "fine ever since Monday": the recovery's date
    r"|(?:fine|normal|ok|okay|better|good|well|great|clear|healed|gone|back to normal)"
    r" (?:ever |again |all )?since (?:this|last|yesterday|today|the weekend|on|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|then)\b"
)
# 7. A lifelong habit, not a loss of control: "I always have to pee before I exercise".
_HABIT_ROUTINE = re.compile(
    r"\b(?:have|has|need|needs|got|like) to (?:pee|wee|go to the (?:toilet|loo|bathroom)|use the"
    r" (?:toilet|loo|bathroom)|empty my bladder)(?: \w+){0,2} (?:before|first|after|between)\b"
)
_HABIT_GUARD = re.compile(
    r"\b(?:control\w*|leak\w*|accidents?|myself|notice\w*|numb\w*|tingl\w*|can not|could not"
    r"|cannot|trouble|difficult\w*|wet\w*|struggl\w*|unable|stream|strain\w*|sudden\w*|blood"
    r"|pain\w*|hurts?|burn\w*|nothing comes|new|since|lately|recently|started|any more|anymore"
    r"|no longer)\b"
)
# Onset and the present: a symptom "since this morning" or "right now" is not explained away by
# a cause, a hedge, a habit or a hypothetical wording.
_PRESENT = re.compile(
    r"\b(?:(?:since|started|starting|began|begun|came on) (?:this|last|yesterday|today|the"
    r" weekend|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i woke|waking|then)"
    r"|right now|at the moment|getting worse"
    # rt14: "both legs pins and needles since the flight and it's spreading, not easing"
    r"|(?:it is|is|it s|its|are|they are|keeps?|still) (?:\w+ )?spreading|not easing(?! off)"
    r"|worse and worse|(?:has|have|is|does|did) not (?:gone|go|going|went|worn|eased|settled)"
    r"(?: away| off| down)?|will not (?:go away|ease|settle)|not going away"
    r"|still (?:\w+ )?(?:numb|tingl\w*|weak|dead|there|hurts?|hurting|painful|aching|burn\w*)"
    # rt17: the sign kept through the hours or the remedy ("still like it 5 hours after", "been
    # like that since lunch even after walking round")
    r"|still like (?:it|that|this)|(?:been|stayed|staying) like (?:that|this|it) since (?!(?:i"
    r" was|i were|childhood|birth|forever|ever|ages|years|school|my teens|a kid|a child)\b)"
    r"|even after (?:\w+ ){0,2}?(?:walking|walked|moving|moved|warming|warmed|stretching"
    r"|stretched|getting up|got up|standing up|stood up|shaking|shook|rubbing|rubbed)"
    # rt5: a numbness whose feeling "still hasn't come back"
    r"|numb\w* (?:\w+ ){0,14}?still (?:has|have) not (?:come back|returned)"
    # round 43: numb parts that are not warming up ("they still have not warmed up", "will not
    # warm up"): the numbness now, whatever the cold
    r"|(?:they|them|it|feet|toes|hands|fingers) (?:are |is |have |has |still |just )*(?:not"
    r"|never) (?:yet )?(?:warm\w*|thaw\w*)|(?:will not|would not|can not|could not) (?:get (?:them"
    r"|my \w+) to )?(?:warm|thaw))\b"
)
# Signs a stated cause does not explain away: pain that travels into a leg, sharp pain, chest
# pain ("shooting pain into my calf after lifting a box" is a reason to see a clinician).
# A fall is no less a fall for where it happened ("slipped in the shower").
# h32 (asked at first sight): pain at rest is what no stated cause explains ("hurts just as
# much lying still on the sofa as when I'm moving about")
CAUSE_PROOF = frozenset(
    {"radiating_leg_pain", "sharp_pain", "chest_pain", "fall_accident", "rest_pain"}
)
# ...except chest tightness from training the chest itself ("tight after bench press").
_CHEST_TRAINING = re.compile(
    r"\b(?:bench\w*|press ?ups?|push ?ups?|pushups|presses|flyes|flies|dips|pecs?|pectorals?"
    r"|chest (?:day|workout|session))\b"
)


# Round 6. A transient symptom from pressure or a cramp that is already gone: "stood up and it
# went away", "stretched it out and it went straight away", "fine once I stood up".
_GONE = re.compile(
    # rt17: "the sound went far away" is a faint coming on, never a sign gone
    r"\b(?:(?:went|goes|gone|go|faded|fades|passed|passes) (?:(?!far |miles )\w+ )?(?:away|off)|"
    # round 25: "gone after a minute", "they're warming up now"
    r"(?:gone|went|faded|passed|goes|passes|fades|disappears|wears off) (?:after|within|in)"
    r" (?:a|one|two|a few|a couple of|\d+|five|ten)"
    r" (?:minutes?|mins?|seconds?|secs?|moments?)|(?:they are|it is|they re|its|theyre) (?:already"
    r" )?(?:warming up|warmed up|thawing out|thawed out) (?:now|again)"
    # round 44: "it's wearing off now", "wearing off already": the feeling on its way back
    r"|(?:wearing|easing|fading) (?:off |away )?(?:now|already|quickly|fast|as i (?:type|write"
    r"|speak))(?! (?:but|though|although|and then|then)\b)|(?:wore|wears"
    r"|worn|eased|eases|easing) (?:\w+ )?off|(?:came|comes|coming) back (?:after|within|once|when"
    r"|as soon|in a|straight|quickly|right|in seconds|in a minute)|(?:stretched|shook|shaken|walked"
    r"|rubbed|massaged|stretch|shake|walk) (?:it|them) (?:out|off)"
    r"|(?:feeling |it |they )?(?:come|comes|came|coming) (?:right |straight |quickly |all )?back"
    r" (?:\w+ )?(?:once|when|as soon as|after) (?:i|we)"
    r" (?:am|are|get|got|warm|go|come|move|moved|walk|walked|stand|stood|stretch|shift|shifted"
    r"|wiggle)|(?:fine|ok|okay|normal|better"
    r"|good) (?:again )?(?:once|as soon as|after (?:a|i|standing|moving|getting|walking|walked"
    r"|stretching|a walk|a stretch))|back to normal"
    r"|all good now|disappeared|(?:went|it went|it was gone|gone) (?:straight|right) away"
    r"|settled (?:straight|quickly|down)"
    # round 12: "gone the minute I hop off", "back to normal the moment I stand"
    r"|(?:gone|goes|went|back|fine|normal|ok|okay|vanish\w*|disappear\w*|stops|stopped|fades"
    r"|faded|clears|cleared|passes|passed|eases|eased) (?:again )?(?:the )?(?:minute|moment|second"
    r"|instant) (?:i|we) (?:\w+)"
    # round 13: "vanishes as soon as I stand", "disappears once I get up"
    r"|(?:vanish\w*|disappear\w*|stops|fades|clears|eases|passes) (?:as soon as"
    r"|once|when) (?:i|we) (?:stand|stood|get|got|move|moved|walk|walked|straighten|shift|sit"
    r"|change)"
    # round 7: "went once I stood", "stopped as soon as I moved", "gone by teatime", "it
    # passed quickly"
    r"|(?:passed|faded|eased|settled|stopped|cleared) (?:off )?(?:quickly|soon after|fast"
    r"|in (?:seconds|minutes|a (?:minute|few \w+|second|moment|couple of \w+)))"
    r"|(?:gone|went|passed|eased|wore off) by (?:the )?(?:evening|morning|afternoon|tea\w*|lunch\w*"
    r"|dinner\w*|supper\w*|bed\w*|night\w*|the next day|next day|the end of the day|the time"
    r"|the weekend|then)"
    r"|(?:went|stopped|eased|gone|passed) (?:as soon as|once|when) i (?:stood|got up|moved"
    r"|stretched|shook|walked|changed|swapped|sat up|took"
    # round 21: "gone once I got off and walked around"
    r"|got off|hopped off|jumped off|dismounted)"
    # round 9: "stamped it and it woke up", "it came back to life"
    r"|(?:it|they|leg|foot|arm|hand) woke (?:back )?up|woke (?:it|them) up|came back to life"
    # round 9: "stood up and walked about and it was fine", "got up, it was back to normal"
    r"|(?:stood|got|get|getting|standing|walked|walking) (?:up|about|around|off)(?: \w+){0,5}?"
    r" (?:it|they|that|all|everything|feeling) (?:was|were|is|are|felt|feels|came) (?:\w+ )?"
    r"(?:fine|ok|okay|normal|better|gone|back)"
    # round 18: "standing up fixed it", "a walk round the office sorted it"
    r"|(?:standing|stood|getting|got|moving|moved|walking|walked|a walk|a stretch|stretching"
    r"|shifting|shifted|wiggling) (?:up |about |around |round |off )?(?:(?!(?:not|never|no)\b)\w+"
    r" ){0,3}?(?:fixed|sorted|cured|solved|cleared) (?:it|them|that)(?! (?:\w+ )?(?:for (?:a"
    r"|a few|a couple|two|ten|\d+)|briefly|temporarily|partly|partially|but)\b))\b"
)
# Pressure, posture or a cramp: the causes a transient numbness or cramp comes from.
_PRESSURE = re.compile(
    r"\b(?:sat|sitting|sit|seat|bench|bleachers|drive|driving|journey|flight|wallet|saddle|bike"
    # round 13: "when I kneel", "crouched"
    r"|kneel|kneels|knelt|crouch\w*|squat"
    # round 22: a long time in one place ("in the hold because I stayed there 5 minutes")
    r"|(?:long|\d+ minutes?|five minutes?|ten minutes?) hold|held it (?:for )?too long|stayed"
    r" (?:there|in it|put|in (?:the )?(?:hold|position|pose)) (?:for )?(?:\d+|ages|too long|a long"
    r" time|five|ten|\w+ minutes)|same position|too long in"
    r"|cycling|cross legged|kneeling|squatting|lying|slept|sleeping|leaning|pressure|toilet seat"
    r"|hard chair|chair|cramp\w*|stretched|train|bus|plane|car|commute|sofa|couch|floor|stool|loo"
    r"|toilet|seat|desk|cinema|theatre|stadium|film|movie|concert|lecture|gig|church|ceremony"
    r"|wedding|exam|meeting|drives|cab|lorry|truck|van|taxi|tractor|saddle|shifts?"
    # round 21: a horse's saddle ("a three hour hack on my horse")
    r"|horse|horseback|hack|hacks|hacking|pony|riding|rode"
    # round 33: any seat, any vehicle ("3 hours on the coach to Leeds", "a long ferry crossing")
    r"|(?:the|a|our|my) coach(?:es)?|coach (?:trip|ride|journey|tour)|minibus|buses|ferry|boat"
    r"|tram|tube|metro|underground|uber|motorbike"
    r"|motorcycle|scooter|journey|crossing|trip|flights|flew|seats|chairs|stools|benches|pews?"
    r"|sat on|cross legged|crossed legs|legs crossed|sitting on (?:it|them|my \w+))\b"
)
# Exertion: heavy, achy, sore or dead legs after a run or race are training soreness.
# Round 34: the training and the day's effort in one wide list, whatever was named ("wall sits",
# "spin class", "bench", "standing all day on the shop floor", "heels all day at the wedding").
_WORKOUT_34 = (
    r"(?:wall ?sits?|planks?|squats?|lunges?|deadlifts?|dead lifts?|bench(?: press)?|leg press"
    r"|calf raises|step ?ups?|box jumps?|burpees?|circuits?|hiit|crossfit|bootcamp|spin(?: class)?"
    r"|spinning|pilates|reformer|yoga|barre|boxing|kickboxing|climbing|bouldering|skiing|zumba"
    r"|rowing|erg|sprints?|intervals|hill repeats|leg day|legs day|lower body day|gym|workout"
    r"|training|session|class|run|race|parkrun|match|game|dancing|dance class|netball|football"
    r"|rugby|hockey|tennis|padel|squash|(?:standing|stood|on my feet|walking|in heels|wearing"
    r" heels|heels) (?:\w+ ){0,4}?all day|(?:a |my |the )?(?:long |double |12 hour |night )?shift"
    r"|heels"
    # round 35: any class or sport of any age ("aqua aerobics", "walking football", "line
    # dancing", "tai chi", "a day on the allotment")
    r"|(?:aqua|water|chair|step|low impact|senior s|seniors|over 50s|over 60s)"
    r" ?(?:aerobics|fit|fitness|zumba|class|exercises?|yoga|pilates)|aquafit|aqua|aerobics"
    r"|keep ?fit|swim|swimming|swam|lengths|walking (?:football|netball)|bowls"
    r"|bowling|golf|tai chi|qi gong|line dancing|ballroom|tea dance|salsa|ceilidh|badminton"
    r"|table tennis|pickleball|croquet"
    r"|gardening|allotment|digging|weeding|mowing|cycling|bike ride|circuit"
    r" class|stretch class|exercise class|fitness class|gym class|rehab class|physio class"
    r"|parkrun|couch to 5k|c25k"
    # round 51: boards and water ("3 hours paddling out past the swell", "a surf session")
    r"|paddling|paddled|paddle ?board\w*|sup|surf|surfing|surfed|kayak\w*|canoe\w*|skating"
    r"|skateboard\w*|snowboard\w*|windsurf\w*|kitesurf\w*|wakeboard\w*|sailing|bodyboard\w*)"
)
_EXERTION = re.compile(
    r"\b(?:" + _WORKOUT_34 + r"|ran|run|running|race|raced|marathon|half marathon|10k|5k|parkrun"
    r"|hike|hiked|hiking"
    # round 40: children chased or kept up with
    r"|chasing|chased|running after|ran after|keeping up with|kept up with"
    r"|leg day|squats?|lunges?|deadlifts?|cycled|cycling|ride|football|match|gym|training|trained"
    r"|workout"
    r"|spin|dance|danced|dancing|walked|tennis|netball|rugby|hockey|triathlon|ultra|trail"
    # round 18: a day of hard physical work ("moving house, carrying boxes, legs like lead")
    r"|moving house|moved house|house move|removals?|carrying boxes|carried boxes|lugging"
    r"|lugged|heavy lifting|shifting furniture|moving furniture|moved furniture|digging|dug"
    r"|decorating|shovelling|shoveling"
    # round 22: the bike and the distance as the effort ("after 80k on the bike")
    r"|bike|biking|bike ride|sportive|century|\d+ ?(?:km|k|miles?)"
    # round 27: stairs climbed ("walked up 12 floors, the lift was broken")
    r"|(?:walked|walking|climbed|climbing|ran|running|went) (?:up )?(?:\w+ ){0,3}?(?:floors"
    r"|flights|stairs|steps|storeys|stories)|stair climb\w*|stairmaster)\b"
)
_WEIGHT_LOSS_WORDS = re.compile(
    r"\b(?:(?:lost|losing|lose|dropped|dropping|shed|shedding|down|gone down) (?:\w+ ){0,3}?"
    r"(?:weight|kilos?|kgs?|kg|\d+ ?kgs?|\d+ ?kilos?|pounds|lbs|lb|stones?|st|a stone|sizes?"
    r"|dress sizes?)"
    r"|weight loss)\b"
)
_INTENDED_LOSS = re.compile(
    r"\b(?:on purpose|dieting|on a diet|diet|deliberately|intentionally|slimming\w*|calorie"
    r" deficit|weight watchers|trying to lose|tried to lose|wanted to lose)\b"
)
_UNINTENDED_LOSS = re.compile(
    r"\b(?:without (?:even )?(?:trying|dieting|meaning to)|not (?:been )?(?:dieting|trying)|no diet"
    r"|unintentional\w*|unexplained|for no reason|no idea why|not on (?:a|any) diet|by accident"
    r"|more than (?:i )?(?:expected|planned|meant|wanted|intended)|too (?:much|fast|quickly)"
    r"|despite|even though|worried|worrying|scary|keep losing|still losing"
    # round 12: the diet and the habits unchanged ("haven't changed my diet", "eating normally")
    r"|not (?:\w+ )?changed (?:my |anything|what)|(?:eating|eat|ate) (?:\w+ )?(?:normally"
    r"|the same|as usual|loads|more|plenty)|(?:same|normal|usual) diet|no reason|do not know why"
    r"|(?:can|could) not explain"
    # round 20: the intent denied with a filler word ("without any dieting or change", "no
    # dieting at all", "not on any special diet") and the cause not known in other words ("I
    # am not understanding why", "no clue why", "not sure why", "cannot figure out why")
    r"|(?:without|no|not|never|nor) (?:\w+ ){0,2}?(?:trying|tried|dieting|diet|diets|effort"
    r"|exercis\w*|reason|(?:change|changes|changing)(?! (?:in|to|with|of) (?!(?:my |the )?(?:diet"
    r"|eating|food|meals?|routine|habits?|lifestyle|exercise)\b)))"
    r"|(?:not|do not|does not|did not|can not|cannot|could not) (?:\w+ )?(?:understand\w*"
    r"|figure \w+|work \w+|see) (?:out )?why|no (?:clue|explanation|idea) (?:\w+ )?why"
    r"|not sure why|nobody knows why|(?:a )?mystery)\b"
)
# Round 7. A symptom told in the present ("both legs are numb"): not explained by a pressure
# numbness that went in another clause.
_STATE_NOW = re.compile(r"\b(?:are|is|am|feel|feels|keep|keeps|still|now)\b")
# Round 7. "my son has a fever and so do I": the writer has it too.
_ME_TOO = re.compile(
    r"\b(?:(?:so|and|as) (?:do|have|am|did|had|was|has) (?:i|me)|me too|me as well|i (?:do|have"
    r"|am|did|had|was|have got|got it) (?:too|as well)"
    # round 19: "my son has a fever, I have one too", "I've got the same thing as well"
    r"|i (?:have|had|got|have got|caught) (?:one|it|that|them|the same(?: \w+)?) (?:too|as well"
    r"|also)|same here|both of us|we both|(?:i|me) also"
    r" (?:have|had|got|feel)|mine (?:\w+ ){0,4}?(?:too|as well|also)|(?:and|but|so) mine (?:are|is"
    r"|have|has|went|go|goes|keep|keeps|feel|feels|get|gets)(?! (?:\w+ )?(?:fine|ok|okay|good"
    r"|normal|alright|all right|great))"
    # after round 30: someone else's fall that took the writer with it ("a lad slipped and took
    # me down with him")
    r"|(?:took|knocked|dragged|brought) (?:me|us) (?:down|over|flying)"
    # rt19: the one carried or with the writer fine, the writer not ("she's fine, I'm not so sure
    # about my back"), never "not sure if" a question
    r"|(?:is|s|are|was|were) (?:\w+ )?(?:fine|ok|okay|alright|all right|unhurt|grand|safe|not"
    r" hurt) (?:but |though |whereas |while )?(?:i am|im|i m|me|myself) (?:not|less)\b(?! (?:so"
    r" )?sure (?:if|whether|what|how|when|which|why|about (?:the|doing|this|that|it)))"
    # rt19: ...or the writer's own body hurt after it ("she's fine, my back's bad", "he's fine but
    # I landed on my tailbone")
    r"|(?:is|s|are|was|were) (?:\w+ )?(?:fine|ok|okay|alright|all right|unhurt|grand|safe|not"
    r" hurt) (?:but |though |whereas |while |thankfully |luckily )?(?:my (?:\w+ )?(?:back|bum"
    r"|tailbone|coccyx|spine|hip|hips|neck|legs?|side|bottom|backside) (?:is |s |are |has |took"
    r" |got |hit |feels )?(?:\w+ )?(?:bad|not (?:good|great|right|ok|okay|fine|so good)|killing"
    r"|agony|hit|took|bruised|banged|throbbing|wrecked|screaming|murder|the brunt|the impact"
    r"|in bits)"
    r"|i (?:\w+ )?(?:landed|hit (?:my|me|the)|(?:came|went) down (?:hard|heavily|on|onto|awkward\w*"
    r"|badly|flat)|fell (?:on|onto|hard|heavily|awkward\w*|badly|back|flat)|took the (?:brunt"
    r"|impact|fall|hit)|banged|bashed|jarred|whacked|smashed|cracked))\b"
    # round 51: the writer's own told by ellipsis ("a passenger fainted, then I did", "and I
    # nearly did"), never "I did CPR" or "then I did the shopping"
    r"|(?:and|then|so|but|before|after) (?:then )?i (?:(?:then|nearly|almost|also|just"
    r"|practically|very nearly) )*(?:did|was next)(?= *$| (?:too|as well|also|the same|same|lol"
    r"|haha|myself|and|but|so|after|later|afterwards|then|a minute later|soon after)\b))\b"
)
# Round 7. The long past as an age or a span: "when I was 12", "as a teenager", "back in uni",
# "in my twenties", "decades ago", "20 years ago".
_NUMBER_WORD = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty"
    r"|forty|fifty|a few|a couple of|several|many|loads of|lots of)"
)
_LONG_PAST = re.compile(
    # round 31: "when i was like 15", "when i was about 12"
    r"\b(?:when i was (?:(?:a|an|at|in|still|only|just|like|about|around|maybe|roughly|prob"
    r"|probably|barely|aged|age) ){0,2}(?:\d+|little|young|small|younger"
    r"|kid|child|teenager|teen|student|baby|boy|girl|school|uni|university|college|"
    + _NUMBER_WORD
    + r")|as a (?:kid|child|teenager|teen|student|baby|toddler|youngster|boy|girl|young \w+)"
    r"|back in (?:uni|university|college|school|sixth form|the day|my (?:teens|twenties|thirties"
    r"|youth|school days|uni days|student days|younger days|20s|30s)|the \d+s|the \w+ties"
    r"|(?:19|20)\d\d)|in my (?:teens|twenties|thirties|forties|youth|childhood|school days|uni"
    r" days|student days|20s|30s|40s)|decades ago|(?:years|ages|a long time|donkeys years)"
    r" ago|(?!(?:a|one|1)\b)"
    + _NUMBER_WORD
    + r" (?:years|yrs) (?:ago|back|before)|years (?:and years )?ago"
    # round 29: "two winters ago", "long time ago" in a learner's words
    r"|(?!(?:a|one|1)\b)"
    + _NUMBER_WORD
    + r" (?:winters|summers|springs|autumns|christmases|seasons) ago|long time ago"
    # round 10: a year before 2020 is the long past whenever this runs
    r"|(?:in|back in|since|during) (?:19\d\d|20[01]\d)|(?:at|in) (?:primary|secondary|high"
    r"|junior|infant|infants|middle|boarding|grammar) school)\b"
)
# ...but not when the clause speaks of now or of days ago ("and now both legs are numb").
_NOW_TOO = re.compile(
    r"\b(?:now|today|tonight|currently|lately|recently|yesterday|last (?:night|week)|this (?:week"
    r"|morning|afternoon|evening)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|at the weekend|just now|earlier|(?:days?|hours?|weeks?) ago)\b"
)
# Round 7. A clinician checked and explained it: "the GP checked, it was my new shoes".
_CHECKED = re.compile(
    r"\b(?:gp|doctor|doc|dr|physio\w*|consultant|nurse|surgeon|specialist|neurologist|a and e"
    r"|hospital|chiropractor|osteo\w*|podiatrist|pharmacist|clinic)"
    r" (?:\w+ ){0,3}?(?:checked|examined|looked at|assessed|tested|scanned|x rayed|confirmed"
    r"|said|says|told me|reckons|thinks|thought|found|explained|put it down to|reckoned)"
    r" (?:\w+ ){0,8}?(?:it was|it is|its|they were|was just|just|only|nothing|due to|caused by"
    r"|down to|from|because|fine|harmless|benign|normal|turned out)\b"
)
# Round 7. Weight lost while ill and put back on: "lost a bit with covid, all back on now".
_REGAINED = re.compile(
    r"\b(?:(?:put|putting|piled|got|gained|gaining|put it|put the weight|put them) (?:\w+ ){0,3}?"
    r"back on|(?:it is |it has |its |is |has )?(?:all |most of it |mostly )?back on (?:now|since"
    r"|again|already)|regain\w*|re gain\w*"
    r"|(?:it is|its|it has|weight is|weight has) (?:all |mostly |most of it )?back on\b"
    r"|back (?:up )?to (?:my )?(?:normal|usual|old|healthy"
    r"|proper|old|previous|same) weight|weight (?:is |has )?(?:\w+ )?(?:come|came|gone|went|back)"
    r" (?:back )?(?:up|on|to normal)|gained (?:it|them|that|the weight|every \w+) back"
    # round 25: lost with an illness, all back to normal and eating ("had a stomach bug, lost a
    # couple of pounds, all back to normal now and eating fine")
    r"|(?:bug|flu|covid|virus|sick|ill|illness|poisoning|gastro\w*|norovirus|infection|vomiting)"
    r"(?: \w+){0,6}? (?:lost|dropped) (?:\w+ ){0,4}?(?:pounds?|lbs?|kg|kilos?|weight)(?: \w+){0,5}?"
    r" (?:back to normal|eating (?:fine|normally|properly|well|again)))\b"
)
_STILL_LOSING = re.compile(
    r"\b(?:still (?:losing|dropping)|keep (?:losing|dropping)|losing (?:it |weight )?again"
    r"|(?:lost|dropping|dropped) (?:it |more |weight )?again|without (?:even )?(?:trying|dieting)"
    r"|unexplained|for no reason|no idea why"
    # round 25: weight going while eating is never explained by eating ("even though I'm eating")
    r"|even though|despite|but still)\b"
)
_SORENESS_SIGNS = frozenset({"both_legs", "leg_pain", "spasm", "numbness", "pain_on_movement"})
_ACHE_WORDS = re.compile(
    r"\b(?:heavy|achy|aching|aches?|sore\w*|tired|stiff|jelly|dead|burn\w*|cramp\w*|knackered"
    r"|wrecked|shattered|tight)\b"
)
# A question about resting instead of moving ("why move when my back hurts, wouldn't resting
# be better?"): the why-move topic, not a sign of pain at rest.
_WHY_MOVE = re.compile(
    r"\b(?:why (?:should|would|do|must|shall|bother to) (?:i|you|we) (?:\w+ )?(?:move|exercise"
    r"|stretch|twist|do (?:it|this|anything))"
    # round 25: "I'm scared moving it will make it worse. Why move at all?"
    r"|why (?:even |bother (?:to )?)?(?:move|moving|exercise|stretch)(?: it| my back)?(?: at all)?$"
    r"|why (?:even |bother (?:to )?)?(?:move|moving|exercise|stretch)(?: it| my back)? at all"
    r"|(?:should|should not|would it not be|would not it be"
    r"|is it not|is not it|wouldnt it be|surely|better (?:off )?(?:to|if)|instead of|rather than"
    r"|or should i|or just|or is)(?: \w+){0,5}? (?:rest|resting|bed rest|rest it|lie down"
    r"|lying down|lay down|take it easy|stay still|keep still|stay in bed|do nothing)|(?:rest"
    r"|resting|bed rest"
    r"|lying down|rest it)(?: \w+){0,3}? (?:better|best|safer|instead|rather))\b"
)
_REST_WORDS = re.compile(
    r"\b(?:bed rest|rest\w*|lying down|lie down|lay down|stay in bed|in bed|keep still|stay still"
    r"|lying still)\b"
)
_WHY_MOVE_SIGNS = frozenset({"hurts", "worse", "pain_on_movement"})
# ...but not pain too strong to move: that is the stop-pain reply.
_WHY_MOVE_GUARD = re.compile(
    r"\b(?:so much|so bad\w*|really bad\w*|a lot|badly|severe\w*|can not (?:move|walk|stand|get"
    r" up|sit|bend)|could not (?:move|walk|stand|get up)|barely|hardly|agony|unbearable)\b"
)
# Round 7. A diagnosis asked for ("what's wrong with my back? it hurts when I bend", "why does
# my lower back ache when I lift things?"): with ordinary pain only, the question bank declines
# it towards a clinician and /safety; sharp, shooting or worsening pain keeps its sign.
_CONDITION_NAMED = (
    r"(?:slipped disc|disc|discs|herniat\w*|bulg\w*|prolaps\w*|sciatica|arthritis|trapped nerve"
    r"|pinched nerve|pulled muscle|torn muscle|stenosis|spondyl\w*|degenerat\w*|sprain|strain"
    r"|fracture|kidney stones?|kidney infection)"
)
_DIAGNOSIS_ASKED = re.compile(
    r"\b(?:what is (?:wrong|going on|happening|up) with (?:my|me)|what (?:have|has) (?:i|it)"
    r" (?:got|done)|what (?:have|did) i do to|what (?:is|could be|might be|would be) (?:causing"
    r"|the cause)|what causes? (?:my|this|that|it)|why (?:does|do|is|would|did|has) (?:my|it"
    r"|this) (?:\w+ ){0,3}?(?:hurt|hurts|ache|aches|aching|sore|painful|get)|can you (?:tell|say"
    r"|diagnose|work out|figure out) (?:me )?what|diagnos\w*|what (?:is|could) (?:it|this) be"
    # round 16: "is it a slipped disc or a pulled muscle?", one condition against another
    r"|(?:is|could|might) (?:it|this|that) (?:be )?(?:a |an |my )?(?:\w+ ){0,2}?(?:disc|muscle"
    r"|nerve|sciatica|arthritis|sprain|strain|tear|hernia|kidney|ligament|joint|tendon)\w*"
    r" or (?:a |an |my |just )?(?:\w+ ){0,2}?(?:disc|muscle|nerve|sciatica|arthritis|sprain|strain"
    r"|tear|hernia|kidney|ligament|joint|tendon|something)\w*"
    # round 22: whether the writer has a named condition ("can you tell me if I've got a slipped
    # disc?", "have I herniated a disc?", "do I have arthritis in my spine?")
    r"|(?:tell|say|know|work out|figure out|check|confirm) (?:me )?(?:if|whether) (?:\w+ ){0,4}?"
    + _CONDITION_NAMED
    + r"|(?:have|did|do) i (?:\w+ ){0,2}?(?:a |an |my |some )?(?:\w+ )?"
    + _CONDITION_NAMED
    + r"|(?:is|could|might) (?:it|this|that) (?:be )?(?:a |an |my )?(?:\w+ )?"
    + _CONDITION_NAMED
    + r")\b"
)
# Round 16. A scan's report to interpret ("my MRI says L4-L5 disc bulge, what does that mean, will
# it get worse?"): declined towards a clinician by the question bank (SAFETY.md 1).
_REPORT_ASKED = re.compile(
    r"\b(?:mri|scan|x ray|xray|ct|ultrasound|radiolog\w*|report|results?)\b(?: \w+){0,20}?"
    r" (?:what does (?:that|this|it|all that) (?:\w+ )?mean|explain|interpret|translate|in plain"
    r" english|in english|is (?:that|this|it) (?:bad|serious)|should i (?:be )?worr\w*)\b"
)
_REPORT_SIGNS = frozenset({"hurts", "pain_on_movement", "worse"})
# Round 16. Exercises asked for another body part's pain ("my knee hurts going down stairs,
# what stretches should I do for that?"): declined by the question bank, not the twist's stop.
_OTHER_EXERCISE_ASKED = re.compile(
    r"\b(?:what|which|any|best|good|recommend\w*|give me|suggest\w*|know)(?: \w+){0,3}?"
    r" (?:stretch\w*|exercises?|moves?|workouts?|rehab|routines?)(?: \w+){0,4}? (?:for|to help"
    r"|to fix|to sort|to ease|help with|helps with)\b"
    r"|\b(?:stretch\w*|exercises?|rehab) for (?:that|it|this|my \w+)\b"
)
_UP_TOO_FAST = re.compile(
    r"\b(?:stand|standing|stood|get|getting|got|jump\w*|hop\w*|sprang|spring|leapt|leap\w*|shot"
    r"|sat|sit|sitting) up (?:too )?(?:fast|quickly|quick|suddenly)\b"
)
_OUT_COLD = re.compile(
    r"\b(?<!nearly )(?<!almost )(?<!not )(?<!never )(?<!going to )(?<!about to )(?<!like i )"
    r"(?:fainted|passed out|blacked out|collapsed|lost consciousness|hit my head|came round"
    r"|came to on)\b"
)
_OWN_MOVE = re.compile(r"\b(?:twist\w*|sweep\w*|session|reps?|this (?:move|stretch|exercise))\b")
# Round 16. Chest tightness told with the chest's training ("tight, but it's my pecs, heavy bench
# yesterday"): asked about, never with breathlessness, sweating or a pain spreading out.
_CHEST_ALARM = re.compile(
    r"\b(?:breath\w*|sweat\w*|clammy|crushing|squeez\w*|heaviness|nause\w*|sick|dizzy|faint\w*"
    r"|palpitat\w*|racing|pounding|pressure|jaw|(?:spread\w*|radiat\w*|going|goes|went|travel\w*"
    r"|moving|moves|shoot\w*|down|into|up) (?:\w+ ){0,3}?(?:arms?|jaw|neck|shoulders?|back)"
    # round 51 (found while probing): one arm heavy, numb or dead beside the chest ("and now my
    # left arm feels heavy")
    r"|(?:left|right|one) arm (?:\w+ ){0,2}?(?:heavy|numb|tingl\w*|dead)"
    r"|heavy (?:left |right )?arm)\b"
)
# Round 34. A chest tight from posture, said in a muscle's words, with the weak muscle beside it
# ("weak glutes and a tight chest from hunching over the laptop", "tight pecs and chest from
# slouching at my desk"), and a clinician's verdict ("my physio says").
_POSTURE_CAUSE = (
    r"(?:hunch\w*|slouch\w*|sitting|sat|desk|laptop|computer|screen|posture|rounded shoulders"
    r"|phone|typing|marking|driving|gaming|studying)"
)
_CHEST_POSTURE = re.compile(
    r"\b(?:tight|short|stiff|tense)(?: and (?:\w+ ))? (?:pecs and |pec and )?chest(?: muscles?)?"
    r" (?:\w+ ){0,2}?(?:from|after|because of|cos of|coz of|due to|with) (?:\w+ ){0,3}?"
    + _POSTURE_CAUSE
    + r"|\bchest (?:is |feels |gets |has got |muscles are )?(?:a bit |really |so |quite |super )?"
    r"(?:tight|short|stiff) (?:\w+ ){0,2}?(?:from|after|because of|cos of|due to) (?:\w+ ){0,3}?"
    + _POSTURE_CAUSE
    + r"|\bweak (?:glutes|core|back muscles|upper back|rhomboids|lats|traps|abs|mid back)\b"
)
_COACH_SAYS = re.compile(
    r"\b(?:physio\w*|osteo\w*|chiro\w*|pt|trainer|coach|gp|doctor|sports therapist"
    r"|massage therapist) (?:\w+ ){0,2}?(?:says|said|reckons|thinks|told me|tells me|found"
    r"|diagnosed|assessed)\b"
)
# Round 24. A dose asked about beside a medicine's light head ("my blood pressure tablets make me
# a bit lightheaded, should I halve the dose?"): the medical decline towards the prescriber, not
# the safety reply; never a faint, a fall, the chest, breathing or the heart racing.
_DOSE_ASKED = re.compile(
    r"\b(?:halve|halving|half|double|doubling|skip|skipping|stop|stopping|cut|cutting|lower"
    r"|lowering|reduce|reducing|change|changing|increase|increasing|drop|dropping|come off"
    r"|coming off|split|splitting|miss|missing|take less of|take fewer)\s+(?:\w+\s+){0,3}?"
    r"(?:dose|doses|dosage|tablets?|pills?|meds|medication|medicine)\b"
    r"|\b(?:dose|dosage)\b"
)
_MEDICINE_CAUSE = re.compile(
    r"\b(?:tablets?|pills?|meds|medication|medicines?|drugs?|dose|dosage|beta blockers?"
    r"|blood pressure|statins?|antidepressants?)\b"
)
_LIGHT_HEAD_GUARD = re.compile(
    r"\b(?:faint\w*|pass\w* out|black\w* out|collaps\w*|chest|breath\w*|palpitat\w*|racing"
    r"|pounding|fell|fall|falling|vision|speech|slurr\w*|numb\w*|weak\w*|spinning|vertigo"
    r"|room spins|hit my head|twist\w*|sweep\w*|session)\b"
)
_ORDINARY_PAIN = frozenset({"hurts", "pain_on_movement"})
# Round 8. A medicine asked about ("what tablets are good for sleeping when your back aches?"):
# the question bank declines it towards a clinician or pharmacist, never with a dose; the
# writer's own night pain keeps its sign.
# Round 17. A medicine named: a tablet or pill, a painkiller, or a common one by name.
_MEDICINE_NAME = (
    r"(?:tablets?|pills?|pain ?killers?|meds|medication|medicines?|drugs?|(?:muscle )?relaxants?"
    r"|anti ?inflammator\w*|ibuprofen|paracetamol|naproxen|codeine|co ?codamol|tramadol|diazepam"
    r"|valium|gabapentin|pregabalin|amitriptyline|morphine|oxycodone|diclofenac|nsaids?"
    r"|antibiotics?|steroids?|prescription)"
)
_MEDICINE_ASKED = re.compile(
    r"\b(?:(?:what|which|any|best|good|recommend\w*|take|taking|try)(?: \w+){0,3}?"
    r" (?:tablets?|pills?|pain ?killers?|meds|medication|medicines?|drugs?|ibuprofen"
    r"|paracetamol|naproxen|codeine"
    r"|remed(?:y|ies)|creams?|gels?|(?:muscle )?relaxants?|anti ?inflammator\w*)|(?:tablets?"
    r"|pills?|pain ?killers?|meds|medication|medicines?|drugs?|remed(?:y|ies)"
    r"|(?:muscle )?relaxants?|anti ?inflammator\w*) (?:\w+ ){0,2}(?:for|to help|to take|good for"
    r"|work|worth))\b"
    # round 17: drink with a medicine ("a couple of beers on the diazepam my doctor gave me for
    # back spasms", "can I mix codeine and wine"), or a medicine given for the pain and asked
    # about: the medical decline, not the safety reply
    r"|\b(?:beers?|wine|pints?|drinks?|drinking|drink|alcohol|booze|gin|vodka|whisky|cocktails?)"
    r" (?:\w+ ){0,4}?(?:on|with|while on|whilst on|and|after|alongside) (?:the |my |these |those"
    r" |me )?(?:\w+ )?" + _MEDICINE_NAME + r"\b"
    r"|\b" + _MEDICINE_NAME + r" (?:\w+ ){0,4}?(?:with|and|alongside) (?:a |some |any )?(?:beers?"
    r"|wine|pints?|drinks?|drinking|alcohol|booze)\b"
    r"|\b"
    + _MEDICINE_NAME
    + r" (?:\w+ ){0,5}?(?:gave|prescribed|given|put) (?:me )?(?:on )?(?:it |them"
    r" )?for\b"
)
# Round 8. A trivial cause told for feeling weak or dizzy all over ("weak and wobbly, I skipped
# breakfast", "tired from a late night"): asked about, never a lockout; not for a weak limb,
# a faint or a collapse.
_TRIVIAL_CAUSE = re.compile(
    r"\b(?:skipped (?:\w+ )?(?:breakfast|lunch|dinner|tea|a meal|meals|food)|(?:not|never|barely"
    r"|hardly) (?:\w+ )?(?:eaten|eat|ate)|no (?:breakfast|lunch|food)|hungry|starving|famished"
    r"|hunger|(?:not|never) had (?:any |my )?(?:breakfast|lunch|dinner|tea|food|anything to eat)"
    r"|low (?:blood )?sugar|(?:late|long|short|big|heavy) night|(?:no|little|not much|hardly any"
    r"|bad|poor|broken) sleep|(?:not|barely|hardly) (?:\w+ )?(?:slept|sleep much|sleep well)"
    r"|(?:tired|knackered|exhausted|shattered) (?:\w+ )?(?:from|after|because|since|cos)"
    r"|hangover|hungover|jet ?lag\w*|(?:gave|given|giving|donated|donating) blood|dehydrat\w*"
    r"|(?:too|very|so) hot|heatwave|not (?:drunk|drank|had) enough (?:water|fluids)"
    # round 27: a fast kept on purpose ("weak as a kitten because I'm fasting for Ramadan")
    r"|fasting|(?:on|doing|keeping|observing) (?:a |the |my )?fast|ramadan|(?:for|during) lent"
    r"|yom kippur"
    r"|(?:water|juice) fast|intermittent fasting|(?:calorie|caloric) deficit"
    # round 16: "light headed getting up quickly off the mat"
    r"|(?:stand|standing|stood|get|getting|got|jump\w*|hop\w*|sprang|spring|leapt|leap\w*|shot"
    r"|sat|sit|sitting) up (?:too )?(?:fast|quickly|quick|suddenly))\b"
)
_TRIVIAL_SIGNS = frozenset({"weakness", "dizziness_fainting"})
# Round 35. What the hands held or worked with, any tool, no preposition needed ("fingers went
# tingly holding the hedge trimmer for an hour", "hands buzzy using the jet washer"): the hands'
# cause (only for a tingle or numbness of the hands alone, see `_triage`).
_HAND_CAUSE_35 = re.compile(
    r"\b(?:holding|held|gripping|gripped|grip|using|used|operating|clutching|clutched|wielding"
    r"|carrying|carried|pushing|pushed|working|worked|clipping|trimming|strimming|mowing"
    r"|pruning|digging|raking|hoeing|hammering|drilling|sawing|sanding|scrubbing|chopping"
    r"|kneading|whisking|painting|wringing|polishing|vibrating) (?:with )?(?:the|a|an|my|our|his"
    r"|her|that|this|some|those|these|his|their|hubby s|next door s)? ?(?:\w+ ){0,2}?\w+"
    r"|\b(?:hedge ?trimmer|trimmer|strimmer|chainsaw|chain saw|leaf blower|jet ?wash\w*|pressure"
    r" ?wash\w*|power tools?|drill|sander|secateurs|shears|lawnmower|mower|rotavator|rotovator"
    r"|hammer|spade|shovel|rake|hoe|paintbrush|roller|steering wheel|handlebars?|pole|oars?"
    r"|paddle|racket|racquet|club|bat|knitting needles|crochet hook|whisk|vibrat\w*"
    # round 42: the building trade's vibrating tools
    r"|jack ?hammer|(?:angle )?grinder|(?:plate )?compactor|wacker(?: plate)?|kango|breaker"
    r"|nail gun|impact driver|sds(?: drill)?|polisher|planer|router|jigsaw|circular saw"
    r"|chasing|chaser|floor sander|scabbler|rammer)\b"
)
# Round 46. A named local cause in the fingers or hands: an instrument's strings or keys, a
# keyboard, a rope or a lead, the cold of a tap or of snow ("fingertips numb from the guitar
# strings"); never beside spreading, a numbness that will not go, a leg or the seat.
_HAND_CAUSE_46 = re.compile(
    r"\b(?:guitar|bass guitar|violin|viola|cello|double bass|ukulele|uke|banjo|mandolin|harp"
    r"|strings|fretboard|frets|fretting|piano|keyboard|keys|typing|drums?|drumsticks?|sticks"
    r"|rope|ropes|climbing|lead|leash|reins|cold tap|cold water|icy water|ice|snow|snowball\w*"
    r"|frozen|freezer|washing up|knitting|sewing|crochet|controller|gaming|mouse|texting|chopping"
    r"|peeling|dishes|bar work|pulling pints)\b"
)
_HAND_GUARD_46 = re.compile(
    r"\b(?:spread\w*|(?:will|would|does|did|has|have) not (?:go|going|gone|wear|ease)|not going"
    r"|won t go|wont go|legs?|feet|foot|toes?|seat|saddle|groin|bum|face|lips?|both (?:arms|sides)"
    r"|weak\w*|drop\w*|since|new|sudden\w*|worse|up my arm|into my arm|to my arm|neck|chest)\b"
)
_NOT_HANDS_46 = re.compile(
    r"\b(?:seat|saddle|bum|bottom|backside|crotch|privates|down below|between (?:my|the) legs"
    r"|face|lips?|tongue|mouth|jaw|cheeks?|head|one side|whole side)\b"
)
# Round 46. A part said plainly stiff ("back's just stiff", "my own back is only a bit tight"):
# no sign's part; never followed by "and" or "but".
_PART_PLAIN_46 = re.compile(
    r"\b(?:my (?:own )?|the )?(?:back|spine|neck|hips?|shoulders?|lower back)(?: (?:is|s|feels?"
    r"|felt|was))? (?:just|only|simply|mostly)(?: (?:a bit|a little|bit|a touch))?"
    # round 50: "back's just the usual stiff", "only my normal tightness"
    r"(?: (?:the|my|its|it s) (?:usual|normal|same old|everyday|regular|old))? (?:stiff|tight"
    r"|achy|tense|stiffish|creaky|stiffness|tightness)\b(?! (?:and|but|with|plus|too)\b)"
)
# Round 8. Tingling or numbness in the hands only.
_HAND_SIGNS = frozenset({"tingling", "numbness"})
# Round 8. An accident that befell a thing ("spilt tea everywhere"), told in another clause.
_ACCIDENT_WORD = re.compile(r"\baccident\w*\b")
_THING_MISHAP = re.compile(
    r"\b(?:spill\w*|spilt|knocked over|dropped (?:my |the |a )?(?:phone|mug|cup|glass|plate"
    r"|laptop|keys)|smashed (?:a |the |my )?(?:mug|cup|glass|plate|vase)|(?:coffee|tea|wine|paint"
    r"|juice|milk|ink) (?:all )?over|dented|scratched|broke (?:a |the |my )?(?:mug|cup|glass"
    r"|plate|vase))\b"
)
_WEAK_LIMB = re.compile(
    r"\b(?:legs?|foot|feet|toes?|ankles?|knees?|thighs?|arms?|hands?|grip|one side|face"
    r"|faint\w*|passed out|black\w*|collaps\w*|consciousness|giving way|gave way|give way"
    r"|buckl\w*)\b"
)
# Another body part's injury ("I think I've torn my knee cartilage, how do I rehab it?"): the
# question bank declines it towards a clinician; not the twist's stop-pain reply, unless it
# happened during the twist.
_OTHER_INJURY = re.compile(
    r"\b(?:torn|tore|tear|ripped|rip|pulled|strained|sprained|tweaked|popped|dislocated|broke"
    r"|broken|fractured|injured|hurt|damaged|twisted|rolled)"
    r" (?:(?!(?:back|spine|neck|tailbone|coccyx|bum|hips?|legs?)\b)\w+ ){0,4}?(?:knee|knees|wrist"
    r"|wrists|elbow|elbows|ankle|ankles|finger|fingers|thumb|thumbs|acl|mcl|pcl|meniscus|cartilage"
    r"|rotator cuff|achilles|hand|hands)(?: (?:cartilage|ligament|tendon|meniscus))?"
    r"|\b(?:knee|wrist|elbow|ankle|finger|thumb|acl|mcl|meniscus|cartilage|achilles) (?:\w+ )?"
    r"(?:tear|torn|sprain\w*|strain\w*|injury|rupture\w*)\b"
)
# Round 7. Another joint's noise ("my knee clicks when I squat"): not the twist's stop sign; the
# question bank declines it. Pain words beside it are not set aside.
_JOINT = (
    r"(?:knees?|ankles?|shoulders?(?! blades?)|wrists?|elbows?|fingers?|knuckles?|jaw|thumbs?"
    r"|toes?|neck)"
)
_JOINT_NOISE = r"(?:click\w*|crack\w*|pop|pops|popped|popping|clunk\w*|crunch\w*|grind\w*|snap\w*)"
_OTHER_NOISE = re.compile(
    rf"\b(?:{_JOINT} (?:\w+ ){{0,2}}?{_JOINT_NOISE}|{_JOINT_NOISE} (?:\w+ ){{0,2}}?(?:in|of|from)"
    rf" (?:my |the |both )?(?:\w+ )?{_JOINT})\b"
)
_TWIST_WORDS = re.compile(r"\b(?:twist\w*|stretch\w*|session|reps?|sweep\w*|exercise|move)\b")
# A general question about the move or about warning signs, not a claim: "can this twist set off
# sciatica?", "I heard it can cause numbness, true?", "what warning signs should I watch for,
# like numbness or bladder stuff?". Answered with the safety information (a topic), never a
# lockout; a clause that speaks of the user's own body or of now is no general question.
# Round 29: a question said to be asked in general ("only asking for knowledge").
# Round 30: the bot, its check-in or its questions, as the subject of a question.
_THE_BOT = (
    r"(?:you|u|ya|ye|the bot|this bot|your bot|the app|this app|it|the check|the check in|the"
    r" checkin|the checks|the question|the questions|the screening|the form|the checklist|the"
    r" quiz|they|the coach|this coach|the safety check|the programme|the program)"
)
# Round 30: why the bot's own check-in asks what it asks ("why do you ask about bladder and bowel
# stuff every time?", "what's with the chest pain question?"): the screening asked about,
# whatever sign it names; with the words it asks about, never the writer's own or now.
_BOT_ASKED = (
    r"(?:(?:(?:why|how come|what for) (?:do |does |did |would |are |is |will |must |should"
    r" |have |has )?" + _THE_BOT + r" (?:\w+ ){0,2}?(?:ask|asks|asking|asked|check|checks"
    r"|checking|mention"
    r"|mentions|mentioning|bring up|brings up|bringing up|go on|goes on|going on|want to know"
    r"|wants to know|need to know|needs to know|care|cares|screen|screens|screening|list|lists"
    r"|quiz|quizzes)"
    r"|(?:why|how come|what is with|whats with|why all|why so many|what is the point of|what is"
    r" the|what are the|why is there|why are there) (?:\w+ ){0,2}?(?:questions?|checks?|check"
    r" ins?|checkin|checklist|screening|quiz|form|safety check) (?:about|on|for|re|regarding"
    r"|asking|that ask|that asks|which ask|which asks)"
    r"|(?:what is|whats|what are) (?:the|that|this|those|these) (?:\w+ ){0,3}?(?:questions?"
    r"|check|checks|checklist) (?:for|about)(?: then)?$"
    # round 34: the checklist's wording asked ("does 'loss of bladder control' on your checklist
    # mean any little leak?", "what counts as numbness in the check in questions")
    r"|(?:what )?(?:does|do|did|would|is|are|counts?) (?:\w+ ){0,5}?(?:on|in|from) (?:your|the|ur"
    r"|this|that) (?:\w+ )?(?:checklist|check in|checkin|check ins|questions?|list|safety page"
    r"|safety info|form|quiz|screening)(?: (?:questions?|list|form|page))? (?:mean|means|meant"
    r"|cover|covers|include|includes|count"
    r"|counts|refer to|refers to)(?: as)?(?: (?:any|a|every|the odd|just|only|something|anything)"
    r"(?: \w+){0,2}? (?:leak|leaks|dribble|dribbles|accident|accidents|twinge|twinges|tingle"
    r"|tingles|numbness|pain|ache)(?: at all)?)?"
    # round 54: "what counts as pain in both legs on your checklist?", "what would count as a
    # fever for the check in?"
    r"|(?:what|which|how much|how bad) (?:\w+ )?(?:counts?|would count|qualifies|would qualify"
    r"|classes|is classed|is meant) as (?:\w+ ){1,6}?(?:on|in|for|by) (?:your|the|ur|this|that)"
    r" (?:\w+ )?(?:checklist|check list|check in|checkin|check ins|questions?|list|safety page"
    r"|safety info|form|quiz|screening)(?: (?:questions?|list|form|page))?)"
    r"(?: (?:about|on|for|re|if|whether|regarding|bout) (?:(?!(?:my|mine|me|i|now|today|since"
    r"|yesterday|started|got|have|has|had|this|lately|recently)\b)\w+ ?){0,8})?)"
)
# Round 35: the writer's own denied as of now, in any short shape.
_DENIED_NOW_35 = (
    r"(?:(?:none|nothing|not any|no sign of (?:it|that|them|any)|nothing like that|none of that"
    r"|none of those|not me|not for me|no) (?:(?:at all|whatsoever|thankfully|luckily|touch wood)"
    r" )?(?:today|now|right now|just now|at the moment|atm|at present|currently|so far|this"
    r" (?:morning|week|time)|lately|recently|here|for me|touch wood|thankfully)"
    r"|(?<!is )(?<!are )(?<!it s )(?<!its )(?<!i am )(?<!im )(?<!was )not (?:at the moment"
    r"|at present|currently|right now|today|these days)$"
    r"|(?:mine|my own|me|my weight|my pain|my back)(?: is| s| has been| have been| ve been| are"
    r"| feels| stays| has stayed)? (?:totally |perfectly |pretty |quite |very |nice and |rock )?"
    r"(?:steady|stable|unchanged|the same|same as ever|not changed|not changing|constant"
    r"|as usual|fine|ok|okay|normal|grand|alright|good))(?! (?:but|until|till|except|apart)\b)"
)
_ASKING_GENERALLY = (
    # round 31: a question said not to be the writer's ("just curious, not happening to me")
    r"(?:(?:it is |its |it s |this is |that is |this s )?not (?:happening (?:to|with) me|about me"
    r"|for me|(?:a thing )?(?:i am|im|i m) (?:having|feeling|getting)|(?:my|mine) (?:own )?"
    r"(?:issue|problem|symptom|thing))|(?:random|quick|silly|dumb|stupid|nerdy|weird) question"
    # round 32: "nothing going on with me", "nothing wrong with me", "none of it is mine"
    r"|nothing (?:is |s |has |ve |has ever |s ever )?(?:like (?:that|this|it) |of the sort |of that"
    r" sort )?(?:(?:going on|happening|happened|wrong) )?(?:with|to|for|in) me|none of (?:it|this"
    r"|that) (?:is |s )?(?:mine|me|happening to me)|(?:no|not a) (?:problems?|issues?) (?:here"
    r"|for me|with me|my end|at my end|on my end)"
    # round 35: the writer's own denied as of now after the question ("none today", "not at the
    # moment", "mine's steady", "mine has been stable"), never with "but", "until" or "except"
    r"|" + _DENIED_NOW_35 + r""
    r"|(?:purely |just |only |genuinely )?curious|purely (?:academic|theoretical)"
    r"|(?:only|just) (?:asking|curious|wondering)|asking (?:for (?:my )?(?:general |own )?"
    r"(?:knowledge|information|info|interest)|in general|generally|out of (?:interest|curiosity))"
    r"|for (?:my )?(?:own )?(?:general )?(?:knowledge|information|education)|out of (?:interest"
    r"|curiosity)|hypothetically"
    # round 34: a study or teaching purpose in any shape ("need it for my physio essay", "asking
    # for my revision", "writing a safety handout for the pilates class I teach", "for uni")
    r"|(?:(?:i )?(?:need|needed|want|wanted) (?:it|this|that|to know) |(?:asking|it is|its|it s"
    r"|this is|that is|question) )?(?:for|because of|because i am|because im|because i m) (?:a |an"
    r" |the |my |our |this |doing )?(?:\w+ ){0,3}?(?:essay|essays|assignment|assignments|revision"
    r"|dissertation|thesis|coursework|homework|project|presentation|lecture|lectures|seminar"
    r"|tutorial|exam|exams|test|quiz|course|module|osce|placement|handout|leaflet|poster"
    r"|uni|university|college|studies|degree|training)"
    r"|(?:writing|making|doing|putting together|preparing) (?:a |an |the |my |our )?(?:\w+ ){0,2}?"
    r"(?:leaflet|poster|handout|essay|assignment|quiz|presentation|lesson|lesson plan|talk)"
    r" (?:for|at|on) (?:a |an |the |my |our )?(?:\w+ ){0,2}?(?:class|classes|group|clients|course"
    r"|students|pupils|members|team|session|sessions)(?: (?:i|we) (?:teach|run|take|lead|coach))?"
    r"|(?:for|to|in) (?:the|my|our|a) (?:\w+ ){0,2}?(?:class|classes|group|groups|students|pupils"
    r"|clients|members|team|sessions?) (?:i|we) (?:teach|run|lead|coach|take)"
    r"|(?:i )?(?:just )?(?:want|wanted|would like|am trying|m trying|need) to (?:answer|fill in"
    r"|fill out|fill (?:it|them) (?:in|out)|do|get) (?:the |your |it|them|ur )?(?:\w+ ){0,2}?"
    r"(?:questions?|checklist|check in"
    r"|checkin|form|quiz|it|them|right)(?: (?:properly|correctly|right|honestly|accurately))?"
    r"|in general|general question|generally"
    # round 33: a question for a course, an exam, training, a leaflet or a quiz ("revising for
    # my first aid course", "studying for my nursing exam", "writing a leaflet for work")
    r"|(?:(?:i am|im|i m|am|just|currently) )?(?:revising|studying|swotting|cramming|preparing"
    r"|prepping|practising|practicing|reading up|learning about this) (?:for|on) (?:a |an |the"
    r" |my |our |this )(?:\w+ ){0,3}?(?:course|courses|exam|exams|test|quiz|assessment"
    r"|qualification|certificate|module|training|class|refresher|osce|placement)"
    r"|(?:writing|making|doing|putting together) (?:a |an |the |my |our )?(?:\w+ ){0,2}?(?:leaflet"
    r"|poster|handout|essay|assignment|quiz)(?: (?:for|at) (?:work|school|uni|college|the \w+"
    r"|my \w+|our \w+))?"
    r"|for (?:a |an |the |my |our )(?:\w+ ){0,3}?(?:first aid|nursing|medical|physio|anatomy"
    r"|sports science|coaching|care|carers?|health and safety) (?:course|exam|exams|test|quiz"
    r"|assessment|module|training|class|certificate|qualification|refresher)"
    # round 38: asked ahead with the writer's own denied ("not that I have, just thinking ahead
    # for winter", "not that I've got one, just in case", "for future reference")
    r"|not that (?:i ve|ive|i have|i am|i m|im|i do|i did|i ve got|i have got|i ve had"
    r"|i have had)(?: (?:one|it|any|that|them|those|got one|got it|got any|got that|had one|had it"
    r"|had any|ill|poorly|sick|unwell))?(?= *$| (?:just|only|thinking|planning|asking|looking"
    r"|for|in|so|and|anyway|lol|haha|thankfully|luckily|touch wood|mind you|of course|yet no|at"
    r" all|as far as i know|right now|at the moment|currently)\b)"
    r"|(?:just |only )?(?:thinking|planning|asking|looking) ahead(?: (?:for|to) (?:the |this |next"
    r" )?\w+)?|(?:just |only )?in case|for (?:future reference|the future|next time|another time)"
    r"|(?:just |only )?so (?:i|we) (?:know|am prepared|m prepared|are prepared|know what to do)"
    # round 38: where it came up at work ("we had a manual handling training on it at work
    # today", "there's a poster in the staff room about it", "and now I'm curious")
    r"|(?:we |i |they )?(?:had|did|got|went on|go on|attended|sat through|were given|was given"
    r"|have had|ve had|just had) (?:a |an |the |our |my |some |this )?(?:\w+ ){0,3}?(?:training"
    r"|trainings|course|talk|induction|briefing|refresher|toolbox talk|workshop|huddle|lecture"
    r"|webinar|module|e ?learning)(?! of\b)(?: (?:on|about|covering|re) (?:it|this|that|them"
    r"|(?!(?:my|me|mine|i|im|our|us)\b)\w+(?: (?!(?:my|me|mine|i|im|our|us)\b)\w+){0,2}?))?"
    r"(?: (?:at|in|for) (?:work|the \w+|our \w+|my \w+))?"
    r"(?: (?:today|yesterday|this (?:morning|afternoon|week)|last week|earlier|the other day))?"
    r"|(?:there is|theres|there s|there was|saw|seen|spotted|read) (?:a |an |the |this |that )?"
    r"(?:\w+ )?(?:poster|leaflet|notice|flyer|infographic)(?: (?:up )?(?:in|on"
    r"|at|by) (?:the|our|my|a) (?:\w+ )?(?:staff ?room|break ?room|canteen|locker room|mess room"
    r"|depot|office|ward|work|kitchen|lift|corridor|toilets|loos|yard|warehouse|cab|station"
    r"|reception|noticeboard|notice board|wall|door))?"
    r"|(?:and )?now (?:i am|i m|im|am|i) (?:just |really |a bit |proper |kind of |kinda )?"
    r"(?:curious|wondering|intrigued|interested)"
    r"|(?:got|gotten|left|made) (?:me|us) (?:curious|wondering|thinking))\b"
)
# Round 34: the threshold asked in general ("when is back pain bad enough for a&e", "at what
# point should back pain after a fall be checked by a doctor", "how bad does it have to be to go
# to a&e"): the question at the message's start, nobody's own named in it.
_NOBODY = r"(?:(?!(?:my|mine|i|me|it|this|that|his|her|their)\b)\w+ )"
_THRESHOLD_ASKED = (
    r"(?:^(?:so |ok |okay |hi |hey |quick question )?(?:when|at what point|at which point|how do"
    r" you know when|how do you know if) (?:is|are|does|do|should|would|must) "
    + _NOBODY
    + r"{1,8}?"
    r"(?:bad|serious|severe|worrying|urgent) enough(?: (?:for|to) (?:\w+ ){0,3}?(?:a and e|a e|er"
    r"|the er|hospital|the hospital|a doctor|the doctor|the gp|a gp|999|911|an ambulance|help"
    r"|emergency|urgent care|go|call|see))?"
    r"|^(?:so |ok |okay |hi |hey |quick question )?(?:at what point|at which point|when) (?:should"
    r"|must|would|do|does) " + _NOBODY + r"{1,8}?(?:be )?(?:checked|seen|looked at|assessed)"
    r"(?: out)? by (?:a |an |the )?(?:doctor|gp|physio|professional|clinician|hospital|nurse)"
    r"|^(?:so |ok |okay |hi |hey )?how (?:bad|serious|severe) (?:does|do|would|should|must) "
    + _NOBODY
    + r"{1,4}?(?:have to be|need to be|get) (?:\w+ ){0,2}?(?:before|to) (?:go|going|call|calling))"
)
_THRESHOLD_ASKED_RE = re.compile(r"\b" + _THRESHOLD_ASKED + r"\b")
_GENERAL = re.compile(
    r"\b(?:(?:can|could|will|would|does|do|might|may|is|are) (?:it|this|that|twisting|twists"
    # round 20: the move named with a word before it ("the prone twist", "this lying stretch")
    r"|(?:the|this|that|a) (?:\w+ ){0,2}?(?:twist|stretch|move|exercise|pose|position)"
    r"|stretching|doing (?:it|this|the twist)|it be)(?: \w+){0,3}? (?:cause|causes|give|gives|set"
    r" off|sets off|trigger|triggers|bring on|lead to|result in)"
    r"|(?:it|this|that|the twist|this twist|the stretch|this stretch|the move|this move|twisting"
    r"|twists|stretching) (?:can|could|might|may|will|does|do) (?:\w+ )?(?:cause|give|set off"
    r"|trigger|bring on|lead to)|is (?:it|that) true"
    r"|(?:heard|read|told|say|says|said|saw|seen)(?: \w+){0,4}? (?:can|could|might|may|will|does"
    r"|do|causes?|gives?|triggers?|sets? off|leads? to)"
    r"|(?:what|which) (?:are |is )?(?:the )?(?:main |usual |common |typical )?(?:warning signs"
    r"|signs|symptoms|red flags|danger signs)|warning signs? (?:to|i should|should i|for)"
    r"|(?:watch|look|keep an eye) out for|what (?:symptoms|signs) (?:mean|should)"
    r"|(?:what|which) (?:\w+ ){0,2}(?:should|would|must|will) (?:make|tell) me (?:stop|worry|go|see"
    r"|get)|when (?:should|do|must) i (?:stop|worry|get help|see a|call)"
    r"|" + _THRESHOLD_ASKED + r""
    # round 20: the rule itself asked ("the numbness thing only matters if it's new, right?")
    r"|(?:only )?(?:matters?|counts?|a worry|worrying|a problem|serious|a red flag|dangerous"
    r"|an issue) (?:\w+ ){0,2}?(?:if|when) (?:it is|its|they are|it s) (?:new|sudden|recent)"
    # round 23: the bot's own screening asked about ("do you actually screen for cauda equina
    # symptoms or just list them?", "does the bot check for red flags?", "can this app pick up
    # a stroke?"): a question about the warning signs, not a claim
    r"|(?:do|does|did|can|could|will|would|is|are) (?:you|u|the bot|this bot|the app|this app"
    r"|it|your bot|this thing) (?:\w+ ){0,2}?(?:screen|screens|screening|check|checks|checking"
    r"|test|tests|testing|ask|asks|asking|filter|filters|triage|triages|flag|flags|pick up"
    r"|picks up|detect|detects|catch|catches|spot|spots|cover|covers|warn|warns|list|lists"
    r"|mention|mentions|look out|looks out|watch out|watches out|know about) (?:for |about |on )?"
    r"(?:\w+ ){0,4}?(?:signs?|symptoms?|red flags?|cauda equina|emergenc\w*|strokes?"
    r"|(?:that|this|those|these|such) (?:stuff|things?|sort of (?:thing|stuff)|kind of (?:thing"
    r"|stuff))"
    r"|heart attacks?|sepsis|meningitis|conditions?|problems?|dangers?)"
    r"|" + _BOT_ASKED + r")\b"
)
# Round 29: a sign asked about in general ("is fever together with back pain dangerous? only
# asking for knowledge"), a leaflet's advice asked about ("the leaflet says watch for bladder or
# bowel changes, why is that?"); only when nothing in the message is the writer's own or now.
# Round 31: a condition's name, asked about as a name
_CONDITION_NAME = (
    r"(?:cauda equina(?: syndrome)?|ces|saddle an(?:a)?esthesia|saddle numbness|foot drop"
    r"|drop foot|(?:spinal )?cord compression|myelopathy|radiculopathy|sciatica"
    r"|(?:spinal )?stenosis"
    r"|heart attack|angina|stroke|tia|dvt|deep vein thrombosis|pulmonary embolism|aneurysm"
    r"|sepsis|meningitis|osteoporosis|red flags?|urinary retention|neuropathy|paraesthesia"
    r"|paresthesia|a slipped disc|slipped disc|herniated disc|disc prolapse|prolapsed disc)"
)
# a condition's name asked about ("what's cauda equina? heard it on a podcast", "what even is
# foot drop", "cauda equina, what is that?")
_NAME_ASKED = (
    r"(?:(?:what|whats|wtf|wot|wat)(?: s| is| are| does| do| even| exactly| actually| the heck"
    r"| the hell| on earth| in the world)* (?:a |an |the |this |that )?"
    + _CONDITION_NAME
    + r"(?: mean| means| stand for| stands for| about| exactly| even| actually| like)?"
    r"|(?:meaning|definition) of (?:a |an |the )?"
    + _CONDITION_NAME
    + r"|"
    + _CONDITION_NAME
    + r"(?: \w+){0,2}? (?:what|wtf|wat|wot) (?:is|s|are|does) (?:it|that"
    r"|this|they|that mean|it mean|this mean)|(?:what|wat|wot) (?:is|are) (?:it|that|this|they)"
    r" (?:\w+ ){0,2}?" + _CONDITION_NAME + r")"
)
_NAME_ASKED_RE = re.compile(r"\b" + _NAME_ASKED + r"\b")
_ASKED_GENERALLY_RE = re.compile(r"\b(?:" + _ASKING_GENERALLY + r")(?: (?:but|and|so))?")
_GENERAL_29 = re.compile(
    r"\b(?:(?:is|are) (?:(?!(?:my|mine|it|this|that|these|those|i)\b)\w+ ){1,7}?(?:dangerous"
    r"|serious|a bad sign|an emergency|a worry|worrying)\b(?=.*\b" + _ASKING_GENERALLY + r")"
    r"|" + _ASKING_GENERALLY + r".*\b(?:is|are) (?:(?!(?:my|mine|it|this|that|these|those|i)\b)\w+"
    r" ){1,7}?(?:dangerous|serious|a bad sign|an emergency|a worry|worrying)"
    r"|(?:says?|said|tells? you|told us) (?:to )?(?:watch|look) (?:out )?for"
    # round 31: any question asked generally ("just curious, not happening to me: is shooting
    # pain down the leg ever ok during this move?"), the asking before or after it
    r"|" + _ASKING_GENERALLY + r".*\b(?:is|are|does|do|can|could|should|would|will|what|how|why"
    r"|when)\b|\b(?:is|are|does|do|can|could|should|would|will|what|how|why|when)\b.*\?.*\b"
    + _ASKING_GENERALLY
    # round 32: the question first, the asking after it, as typed without the question mark
    # ("are bladder problems ever linked to the back just curious")
    + r"|^(?:is|are|does|do|can|could|should|would|will|what|how|why|when|at what point|at which"
    r" point|whats|what s)\b.*\b" + _ASKING_GENERALLY + r"|" + _NAME_ASKED + r")\b"
)
# The writer named ("I", "me", "my", "we"...), typed or normalised.
_WRITER_WORDS = r"i|i'm|im|i've|ive|me|my|myself|mine|we|us|our"
_OWN_CLAIM_29 = re.compile(
    r"\b(?:" + _WRITER_WORDS + r"|happened|happening|now|today|yesterday|tonight"
    r"|since|started|starting|this (?:morning|afternoon|evening|week)|last night)\b"
)
_ASKING_WORDS_29 = re.compile(
    r"\b(?:" + _ASKING_GENERALLY + r"|i (?:just )?(?:want|wanted) to know"
    # round 30: the writer's own state denied beside the general question ("mine's fine", "I
    # don't have it"), and where the writer read about it ("reading about it on my break")
    r"|(?:mine|me|i|i am|i m|im|myself)(?: is| s| am| are| have been| feel| feels)?"
    r" (?:totally |absolutely |perfectly |completely )?(?:fine|ok|okay|good|grand|normal|alright"
    r"|all right|great)(?! (?:but|until|till|except|apart)\b)"
    r"|i (?:do not|dont|don t|have not|haven t|havent) (?:have|had|got) (?:it|that|them|any|this"
    r"|those|any of (?:it|them|that|those))"
    r"|(?:i )?(?:was |have been |had been |ve been |am |m )?(?:just )?(?:reading|read|saw|seen"
    r"|heard|watching|watched|looking|looked|scrolling|came across|come across|stumbled on)"
    r"(?: (?:about|up on|into|at))?(?: (?:it|that|this|something|an article|a post|a thing"
    r"|online|on the news|on the internet|on facebook|on tiktok|on reddit))*(?: about (?:it|that"
    r"|this))?(?: (?:on|in|during|at) (?:my|the|our) (?:\w+ )?(?:break|lunch|lunchbreak|phone"
    r"|commute|way home|way in|day off|shift|tea break|downtime|dinner))?"
    r"|(?:on|in|during|at) (?:my|the|our) (?:\w+ )?(?:break|lunch|lunchbreak|phone|commute|way"
    r" home|way in|day off|tea break|downtime)"
    # round 34: where it came up for study ("came up in a lecture today", "we did cauda equina in
    # lectures today", "we covered it in class this week")
    r"|(?:(?:it |this |that )?(?:came up|comes up|come up|was mentioned|got mentioned|was covered)"
    r"|(?:we |they )?(?:did|covered|learned|learnt|studied|went over|talked about|were taught"
    r"|got taught)(?: about)?(?: \w+){0,4}?) (?:in|at|during) (?:a |an |the |my |our |today s )?"
    r"(?:\w+ )?(?:lecture|lectures|class|classes|seminar|seminars|tutorial|lesson|lessons|module"
    r"|placement|course|training|revision)(?: (?:today|yesterday|this (?:morning|afternoon|week)"
    r"|last week))?"
    # round 31: where it was heard ("heard it on a podcast", "saw it in a tiktok")
    r"|(?:on|in|from) (?:a|an|the|my|some|this) (?:\w+ )?(?:podcast|video|youtube|youtube video"
    r"|tiktok|tik tok|reel|show|documentary|programme|program|class|lecture|book|article|news"
    r"|post|thread|reddit|forum|film|movie|series|episode|ad|advert|seminar|course|module"
    r"|textbook|anatomy class"
    # round 35: printed or broadcast anywhere ("saw it on a leaflet at the surgery", "on a
    # poster in the waiting room", "in the paper")
    r"|leaflet|leaflets|poster|pamphlet|booklet|brochure|flyer|handout|magazine|paper|newspaper"
    r"|website|site|radio|telly|tv|news|noticeboard|notice board|sign)"
    r"(?: (?:at|in|on|from) (?:the|my|our|a) (?:\w+ )?(?:surgery|clinic|gp s|gp|doctor s"
    r"|doctors|hospital|pharmacy|chemist|chemist s|waiting room|practice|library|church"
    r"|centre|center))?"
    r")\b"
)


def _general_29(whole: str) -> bool:
    if _has(_GENERAL_33, whole) and not _has(
        _OWN_CLAIM_29, _blank(_blank(_blank(whole, _ASKING_WORDS_29), _NOT_A_CLAIM), _IF_SOMEONE_RE)
    ):
        # round 33: "if someone got numbness between their legs, would that be an emergency?"
        return True
    rest = _blank(_blank(whole, _ASKING_WORDS_29), _NOT_A_CLAIM)
    if _has(_DENIED_NOW_35_RE, whole):
        # round 35: with the writer's own denied as of now ("None today."), a long-known
        # condition told as the reason for asking ("I have a heart condition so I like to know
        # the rules") claims no sign
        rest = _blank(rest, _REASON_TO_ASK_35)
    if _ahead_denied(whole):
        # round 38: "not that I am, just so I know": the condition asked ahead claims nothing
        rest = _blank(
            _blank(_blank(_blank(rest, _IF_I_GOT_39), _IF_MY), _AHEAD_WORDS), _YOU_TELL_ME_39
        )
    return _has(_GENERAL_29, whole) and not _has(_OWN_CLAIM_29, rest)


_DENIED_NOW_35_RE = re.compile(r"\b" + _DENIED_NOW_35)
_KNOWN_CONDITION_35 = (
    r"(?:a |an )?(?:(?:dodgy|bad|weak|heart|lung|bone|long term|chronic) )?(?:heart condition"
    r"|heart problem|heart problems|angina|diabetes|arthritis|osteoporosis|high blood pressure"
    r"|blood pressure|asthma|copd|a pacemaker|pacemaker|a stent|stents?|heart failure|af"
    r"|atrial fibrillation|osteoarthritis|rheumatoid arthritis|condition)"
)
_REASON_TO_ASK_35 = re.compile(
    r"\b(?:(?:as|because|since|cos|coz|so) )?(?:i have|i ve got|ive got|i have got|i ve|i live"
    r" with|i m|im|i am) (?:got )?" + _KNOWN_CONDITION_35 + r"(?: (?:so|and|which is why))?"
    r"|\bi (?:just |always |d |would )?(?:like|want|wanted|need|needed) to (?:know|check|be sure)"
    r"(?: (?:the rules|what to (?:look|watch) (?:out )?for|where i stand|what s what))?\b"
)


# Words said about oneself in a question that claim nothing: "should I", "I heard", "I've never
# had it", "before I start".
_NOT_A_CLAIM = re.compile(
    r"\b(?:"
    # round 38: a gerund as the question's subject ("is losing control of your bladder an
    # emergency?", "is having a fever with back pain serious?"), read before "is" alone
    r"^(?:is|does|would|could|can|should|will|might) (?:suddenly )?(?:losing|having|getting"
    r"|feeling|going|peeing|weeing|wetting|leaking|passing)(?= \w)|"
    r"(?:should|do|can|could|would|will|must|shall|did|am|need) i|i (?:heard|read|was told"
    r"|have been told|wonder|want to know|wanted to know|am asking|ask|mean|start|started|begin"
    r"|try)|(?:asking|told|tell|show|warned) me|for me"
    # round 35: "should weight loss worry me?": the question's verb
    r"|(?:should|would|does|do|will|must|could|need|needs) (?:\w+ ){1,4}?(?:worry|concern|bother"
    r"|alarm|scare|trouble) me"
    # round 33: an adjective the question's verb puts before its noun ("would numb feet ever
    # be a reason to stop?", "are tingly toes a bad sign?"), and "does it mean I should stop"
    r"|^(?:would|could|can|is|are|should|will|do|does|might|may|must) (?:a |an |any )?(?:numb"
    r"|tingly|weak|dead|wobbly)(?= \w)|(?:mean|means|meant) (?:i|we) (?:should|need to|must"
    r"|have to|ought to)|^(?:is|are) |^(?:(?:in general|generally"
    r"|out of interest|out of curiosity|just curious|quick question|hypothetically|so|ok|okay"
    r"|honestly) )+(?:is|are) |what (?:i|we) (?:should |must"
    r" |can |need to |have to )?do (?:if|when|in case|once)"
    r"|(?:only|just) asking(?: for"
    r" (?:my )?(?:knowledge|information|info|interest))?"
    r"|(?:i|i have|i am|i do|who is|who has|who"
    r" have) (?:never|not)(?: \w+){0,3}|i do not have(?: \w+){0,3}|(?:before|when|if) i (?:start"
    r"|begin|try|do)|i (?:want|wanted|would like) to (?:know|check|ask)|is (?:it|that|this) (?:true"
    r"|right|correct|a myth|real)|(?:if|when) (?:it is|its|they are|it s) (?:new|sudden|recent))\b"
)
_CLAIM_WORDS = re.compile(
    r"\b(?:numb|tingly|weak|weaker|dead|asleep|wet|leak\w*|dribbl\w*|went|gone|goes|going|is|are"
    r"|was|were|feels?|felt|keeps?|kept|can not|could not|lost|losing|since|started|have|has|had"
    r"|got|get|gets|now|today|yesterday|my|mine|me)\b"
)

_BOT_ASKED_RE = re.compile(r"\b" + _BOT_ASKED + r"\b")
# Round 34: the writer's own denied outright beside a general question.
_OWN_DENIED = re.compile(
    r"\b(?:(?:no|not a) (?:problems?|issues?) (?:here|for me|with me|my end|at my end|on my end)"
    r"|nothing (?:is |s |has |ve |has ever |s ever )?(?:(?:going on|happening|happened|wrong) )?"
    r"(?:with|to|for|in) me|not (?:happening (?:to|with) me|about me)|(?:i am|im|i m|i) not"
    r" (?:having|getting|feeling|had|got) (?:any|anything|it|that|those|them)"
    r"|(?:i have|i ve|ive|i) (?:never|not) (?:had|got) (?:any|anything|it|that|those|them)"
    r"|i do not have (?:any|anything|it|that|those|them)"
    # round 35: denied as of now ("None today.", "mine's steady")
    r"|" + _DENIED_NOW_35 + r")\b"
)
_CLAIM_WORDS_DENIED = re.compile(
    r"\b(?:numb|tingly|weak|weaker|dead|asleep|wet|dribbl\w*|went|gone|keeps?|kept|can not|could"
    r" not|lost|since|started|have|has|had|got|now|today|yesterday|my|mine|me)\b"
)

# Round 33. A condition put in the past subjunctive or ahead ("if I got a sharp pain", "suppose
# I felt", "what if I get"), never "if I have" or "if I keep" (a claim).
_IF_I_GOT = re.compile(
    r"\b(?:(?:what )?if|when|once|suppose|supposing|say|imagine|in case) (?:i|we) (?:ever |was to"
    r" |were to |did |do )?(?:got|get|felt|feel|had|experienced|noticed|notice|started to (?:get"
    r"|feel)|start to (?:get|feel)|start getting|started getting)\b"
)
# Round 33. A generic person in a condition ("if someone got numbness between their legs, would
# that be an emergency?"): what follows is theirs, not a claim.
_IF_SOMEONE = (
    r"(?:(?:what )?if|when|say|suppose|supposing|imagine|in case) (?:someone|somebody|a person"
    r"|anyone|anybody|a patient|a client|people|a runner|an athlete|a woman|a man|you)(?: s)?"
    r"(?: (?:suddenly|ever|was to|were to|started to|starts to|did))? (?:\w+ )?(?:got|gets|get"
    r"|had|has|have|lost|loses|lose|went|goes|go|felt|feels|feel|was|were|is|are|noticed|notices"
    r"|started|starts|developed|develops)"
)
_IF_SOMEONE_RE = re.compile(r"\b" + _IF_SOMEONE + r"\b")
_GENERAL_33 = re.compile(
    r"\b" + _IF_SOMEONE + r"\b.*\b(?:would|could|is|will|should) (?:that|it|this|they|she|he)"
    r" (?:be |need |go |call |count as )?(?:\w+ )?(?:an emergency|emergency|serious|dangerous"
    r"|urgent|a red flag|a bad sign|a warning sign|999|911|112|a and e|an ambulance|worrying"
    r"|a worry|bad)\b"
    # round 34: what the generic person should do ("if someone got numbness around their bottom
    # while doing back exercises, what should they do?")
    r"|\b" + _IF_SOMEONE + r"\b.*\b(?:what|how) (?:should|would|must|do|does|can|could|ought)"
    r" (?:they|he|she|you|someone|a person|the person|people)(?: \w+)? (?:do|say|tell|react|handle)"
    r"|\b(?:would|could|is|will) (?:that|it|this) (?:be )?(?:\w+ )?(?:an emergency"
    r"|serious|dangerous|urgent|a red flag|a bad sign|a warning sign|999|911|a and e|worrying"
    r"|bad) (?:\w+ )?" + _IF_SOMEONE + r"\b"
)


# After round 33 (a gap found while probing): a sign told as lasting ("chest pain all week")
# is the writer's now, whatever "just curious" or "studying for exams" says before it.
_LASTS = (
    r"(?:(?:all|the whole) (?:week|weekend|fortnight|month)|for (?:a few |several |two |three"
    r" |four |many |the last |the past )?(?:days|weeks)|for a (?:week|fortnight)"
    r"|(?:since|all) (?:this morning|last night|yesterday))"
)
_LASTING_SIGN = (
    r"(?:pain|pains|ache|aching|hurt\w*|numb\w*|tingl\w*|weak\w*|breath\w*|dizz\w*|fever\w*"
    r"|temperature|sweats|leak\w*|faint\w*|shooting|stabbing|tight\w*|pressure)"
)
_LASTING = re.compile(
    r"\b"
    + _LASTING_SIGN
    + r" (?:\w+ ){0,3}?"
    + _LASTS
    + r"\b|\b"
    + _LASTS
    + r" (?:\w+ ){0,3}?"
    + _LASTING_SIGN
    + r"\b"
)


# "what do I do if my back starts to hurt": a body part named in the condition claims nothing.
_IF_MY = re.compile(r"\b(?:if|when|in case|once) (?:my|the|your|a) \w+(?: \w+)?\b")


# Round 35: what the bot does with an answer, asked ("what happens if i tell it ive had a fall,
# does it stop me exercising?", "if I tick yes to bladder problems will it lock me out?"): the
# telling is asked about, not done; never beside a word of time or now.
_BOT_TOLD_35 = re.compile(
    r"\b(?:if|when|once|say) i (?:tell|told|say|said|answer|answered|tick|ticked|press|pressed"
    r"|click|clicked|put|type|typed|report|reported|mention|mentioned|select|choose|pick)(?: (?:it"
    r"|you|u|the bot|the app|this|yes|them|the checklist))?\b(?: \w+){0,9}? (?:does|will|would|do"
    r"|is|can|could|are) (?:it|you|u|that|the bot|the app|this|i) (?:\w+ )?(?:stop|stops|block"
    r"|blocks|lock|locks|ban|bar|prevent|pause|cancel|let|allow|mean|still|refuse|kick|end|send"
    r"|tell)\b"
)
# Round 51: "what happens if I tell the bot I have chest pain? I don't": what the bot does if
# told of a sign, asked, with the writer's own denied at once.
_BOT_TOLD_51 = re.compile(
    r"\bwhat (?:happens|would happen|will happen|do you do|would you do|will you do|does it do"
    r"|would it do|will it do|does the bot do|would the bot do) (?:if|when) i (?:tell|told|say"
    r"|said|type|typed|write|wrote|message|messaged|answer|answered)"
    r" (?:it |you |u |the bot |the app |this )?(?:that )?i (?:have|ve got|have got|had|got|feel"
    r"|felt|am)\b(?: \w+){0,4}?"
    r"(?= i (?:do not|dont|have not|am not)\b|$)"
)
_TOLD_DENIED_51 = re.compile(
    r"\bi (?:do not|dont|have not|am not)(?: \w+)?(?: (?:i )?(?:just|only) (?:want|wanted|asking"
    r"|curious|wondering)\w*)?\b|\bnot (?:me|really|for real|actually)\b"
)
_TOLD_TIME_35 = re.compile(
    r"\b(?:happened|happening|now|today|yesterday|tonight|since|started|starting|this (?:morning"
    r"|afternoon|evening|week)|last (?:night|week)|ago|again|because|cos|as i|still|keep|keeps"
    r"|but|really|actually|did)\b"
)


# Round 40: whether a sign "counts as" a red flag, asked in general or for a group ("does night
# pain count as a red flag in general or is that only for older people?").
_COUNTS_AS_40 = re.compile(
    r"\b(?:does|do|would|will|is|are|should|can|could) (?:(?!(?:my|mine|i|me|our)\b)\w+ ){1,6}?"
    r"(?:count|counts|counted"
    r"|class|classed|qualify|qualifies|considered|regarded|seen|treated|rated) (?:as )?(?:an? )?"
    r"(?:red flags?|warning signs?|serious signs?|emergency|emergencies|danger signs?|alarm"
    r" signs?)\b(?: (?:in general|generally|for everyone|for anyone|for everybody|for (?:older"
    r"|elderly|younger|young) (?:people|adults|folk|ones)))?(?: or (?:is|are|does|do) (?:that|it"
    r"|this|they) (?:only|just)(?: (?:for|in|with|about) (?:\w+ ){0,2}?(?:people|adults|folk"
    r"|patients|ones|women|men|kids|children|runners|athletes))?)?"
)


# Round 41 (h41's questions back). General or future questions in three shapes, on the text as
# normalised, only with no word of now, nothing lasting and nothing back again:
# the bot's own wording asked ("what does the check in mean by new weakness in one leg? just
# want to understand it before i answer");
_CHECK_MEANS_41 = re.compile(
    r"\b(?:what|how) (?:does|do|did|is|s) (?:the|your|ur|this|that|you|the bot s|the app s)"
    r" (?:bot s |app s )?(?:check ?in|checkin|checklist|check list|questions?|question|bot|app|form"
    r"|list|quiz|screening|screener)(?: question)? (?:\w+ )?(?:mean|means|meaning|count|class)"
    r" (?:by|with|as|when it says|when it asks)?"
    r"|\b(?:what|how) (?:do|does|did) (?:you|u|the bot|the app|it) mean by\b"
)
_UNDERSTAND_41 = re.compile(
    r"\b(?:(?:i )?(?:just )?(?:want|wanted|need|needed|would like|trying|am trying|m trying|like)"
    r" to )?(?:understand|know what (?:it|you|that) means?|get (?:it|this|that) right|be sure)"
    r"(?: (?:it|this|that|the question|what it means|what you mean))?(?: (?:properly|right|first"
    r"|correctly))?(?: (?:before|so|when) (?:i|we) (?:answer|reply|respond|fill (?:it|this|that)"
    r" (?:in|out)|tick|pick|choose|say)(?: (?:it|them|that|the \w+))?(?: properly| right)?)?\b"
)
# a question about the future, with its purpose told or a condition that has not happened ("if I
# ever got numbness in both legs would that be an a&e thing? just want to know for the future",
# "if I fell on the ice this winter would I have to stop?");
_FUTURE_PURPOSE_41 = re.compile(
    r"\b(?:(?:just |only )?(?:want|wanted|need|needed|would like|like|asking|good) to know (?:for"
    r" (?:the )?future|for later|for next time|in future|in advance|ahead|just in case|in case)"
    r"|for (?:the )?future|for future reference|in future|just in case)\b"
)
_FUTURE_IF_41 = re.compile(
    r"\b(?:(?:what )?if|say|suppose|supposing|imagine|in case) (?:i|we) (?:ever |was to |were to"
    r" |did |do |should |happened to |happen to )?(?:got|get|felt|feel|had|fell|fall|slipped|slip"
    r"|tripped|trip|noticed|notice|came down with|started (?:to get|getting|to feel)|hurt|injured"
    # round 46: a loss put ahead ("suppose I ever lose the feeling in my feet, what then")
    r"|twisted|broke|broken|did|lost|lose|started losing|started to lose)\b"
    r"(?: (?!(?:now|today|since|again|still|yesterday|just|earlier"
    r"|already|this (?:morning|afternoon|evening))\b)\w+){0,9}?"
    r" (?:would|will|could|should|do|does|is|are) (?:i|we|you|that|it|this)\b(?: \w+){0,8}"
)
_FUTURE_TIME_41 = re.compile(
    r"\b(?:ever|one day|some day|someday|at some point|in (?:the )?future|this (?:winter|summer"
    r"|spring|autumn|year|christmas)|next (?:winter|summer|spring|autumn|year|month|week|time)"
    r"|later (?:on|in life)|when i am older|as i get older|down the (?:line|road))\b"
)
# and a general question called so in other words ("general knowledge question, I'm fine").
_GENERAL_KNOWLEDGE_41 = re.compile(
    r"\b(?:general knowledge|general interest|general query|general enquiry|general inquiry"
    r"|generic question|broad question|in principle)(?: question)?\b"
)
_RECUR_41 = re.compile(
    r"\b(?:again|another|anymore|any more|still|returns?|returned|(?:came|come|coming|comes|is"
    r"|it is|its|are|they are) back)\b"
)
_OWN_NOW_41 = re.compile(
    r"\b(?:now|today|yesterday|tonight|since|started|starting|this (?:morning|afternoon|evening"
    r"|week)|last night|at the moment|right now|currently|again|still|already|just now|earlier"
    r"|happened|happening|i (?:have|ve|had|am|m|was|got|feel|felt|keep)|ive|im|my (?:\w+ )?(?:legs?"
    r"|foot|feet|back|chest|bladder|bowels?|bum|groin|arms?|hands?))\b"
)


def _general_41(clause: str, whole: str) -> bool:
    """Round 41: the shapes above, each with nothing of the writer's own left once its words and
    the asking words are set aside."""
    if (
        _has(_PRESENT, _blank(_blank(whole, _FINE_39), _NOT_NOW))
        or _has(_LASTING, whole)
        or _has(_RECUR_41, whole)
    ):
        return False
    shaped = None
    if _has(_CHECK_MEANS_41, whole):
        shaped = _blank(_blank(whole, _CHECK_MEANS_41), _UNDERSTAND_41)
    elif _has(_FUTURE_IF_41, whole) and (
        _has(_FUTURE_PURPOSE_41, whole) or _has(_FUTURE_TIME_41, whole)
    ):
        shaped = _blank(_blank(whole, _FUTURE_IF_41), _FUTURE_PURPOSE_41)
    elif _has(_GENERAL_KNOWLEDGE_41, whole) and _has(_FINE_39, whole):
        shaped = _blank(_blank(whole, _GENERAL_KNOWLEDGE_41), _FINE_39)
    if shaped is None:
        return False
    rest = _blank(_blank(_blank(shaped, _ASKED_GENERALLY_RE), _NOT_A_CLAIM), _ASKING_WORDS_29)
    return not _has(_OWN_NOW_41, rest) and not _FIRST_PERSON.search(rest)


# Round 44: whether a sign is ever a reason to skip or stop the move, asked in general ("is
# numbness in the legs ever a reason not to do this?", "would tingling be grounds to skip it?"):
# the warning signs' question; the writer's own ("my", "I") or a word of now still claims.
_REASON_ASKED_44 = re.compile(
    r"\b(?:is|are|would|could|can|does|do|might|should|will|isn t|is not|wouldn t|would not)"
    r" (?:(?!(?:my|mine|i|me|our|im|ive)\b)\w+ ){1,9}?(?:(?:ever|always|usually|normally"
    r"|automatically|ever really|necessarily|by itself|on its own|on their own) )?(?:a (?:good"
    r" |valid |proper |real )?reason|grounds|reason enough|a sign|a signal|a cue|a red flag"
    r"|a warning)"
    r" (?:(?:for|why) (?:you |someone |people |anyone )?(?:should |to )?|(?:not )?to (?:not )?)"
    r"(?:not )?(?:do|doing|stop|stopping|skip|skipping|avoid|avoiding|miss|pause|quit|give up"
    r"|rest|sit out|leave out|hold off|not do|stay off|keep off|steer clear)\b"
)


# Round 44: a sign in the move supposed outright and whether it means stopping asked
# ("hypothetically if the leg went tingly during the twist would that mean stop?", "in theory,
# if my foot went numb mid stretch, do I stop?"): the stop rule's question; never beside a word
# of now, lasting or back, nor anything of the writer's own left outside the supposing.
_SUPPOSED_44 = re.compile(
    r"^(?:(?:so|ok|okay|just|quick question|random question|question) )*(?:hypothetically"
    r"(?: speaking)?|in theory|theoretically|purely hypothetically|just hypothetically"
    r"|hypothetical question|suppose|supposing|imagine|let s say|lets say|let us say|let say)"
    r" (?:if |what if |that )?(?:(?!(?:now|today|since|again|still|yesterday|already|this"
    r" morning|earlier|just now)\b)\w+ ){1,14}?(?:would|does|do|should|must|is|will) (?:that|it"
    r"|this|i|you|we|one)(?: \w+){0,3}? (?:stop|stopping|pause|quit|come out|ease out|get out"
    r"|call it a day|end the session|a stop|a sign to stop|a reason to stop)\b(?: (?:then|there"
    r"|straight away|right away|immediately|it|the twist|the stretch|the session|the move))*"
)


def _general_44(whole: str) -> bool:
    """Round 44: the supposing above, with nothing of the writer's own or of now left."""
    if (
        not _has(_SUPPOSED_44, whole)
        or _has(_PRESENT, whole)
        or _has(_LASTING, whole)
        or _has(_RECUR_41, whole)
    ):
        return False
    rest = _blank(whole, _SUPPOSED_44)
    return not _has(_OWN_NOW_41, rest) and not _FIRST_PERSON.search(rest)


def _general(clause: str, whole: str) -> bool:
    """Whether a clause with alarming words is part of a general question (see `_GENERAL`)."""
    if _general_41(clause, whole) or _general_42(whole) or _general_44(whole):
        return True
    ahead = _ahead_denied(whole)
    if (
        _has(_BOT_TOLD_51, whole)
        and _has(_TOLD_DENIED_51, whole)
        and not _has(_TOLD_TIME_35, _blank(_blank(whole, _BOT_TOLD_51), _TOLD_DENIED_51))
    ):
        # round 51: what the bot does if told of a sign, the sign denied at once
        return True
    if (
        _has(_BOT_TOLD_35, whole)
        and not _has(_TOLD_TIME_35, _blank(whole, _BOT_TOLD_35))
        and not _has(_TOLD_TIME_35, " ".join(m.group() for m in _BOT_TOLD_35.finditer(whole)))
    ):
        return True
    if (
        not (
            _has(_GENERAL, whole)
            or _general_29(whole)
            or _has(_TRUTH_ASKED_39, whole)
            or (
                _has(_REASON_ASKED_44, whole)
                and not _FIRST_PERSON.search(_blank(whole, _REASON_ASKED_44))
                and not _has(_OWN_CLAIM_29, _blank(whole, _REASON_ASKED_44))
            )
            or (
                _has(_COUNTS_AS_40, whole)
                and not _FIRST_PERSON.search(_blank(whole, _COUNTS_AS_40))
                and not _has(_OWN_CLAIM_29, _blank(whole, _COUNTS_AS_40))
            )
            or (ahead and bool(_has(_YOU_TELL_ME_39, whole) or _has(_STOP_ASKED_39, whole)))
        )
        or _has(_PRESENT, _blank(_blank(whole, _FINE_39) if ahead else whole, _NOT_NOW))
        or _has(_LASTING, whole)
    ):
        return False
    if _has(_BOT_ASKED_RE, whole) and _has(
        _OWN_CLAIM_29,
        # round 34: "I'm not having any problems" beside it claims nothing
        _blank(_blank(_blank(whole, _BOT_ASKED_RE), _ASKING_WORDS_29), _NOT_A_CLAIM),
    ):
        # round 30: the bot's question asked about beside the writer's own ("because I have it")
        return False
    rest = _blank(
        _blank(_blank(_blank(clause, _COUNTS_AS_40), _BOT_ASKED_RE), _NAME_ASKED_RE),
        _REASON_ASKED_44,
    )
    if _has(_TRUTH_ASKED_39, whole):
        # round 39: a rule someone else reported, asked to be true
        rest = _blank(rest, _REPORTED_RULE_39)
    # round 31: "just curious, not happening to me: is ...": the asking words claim nothing
    rest = _blank(_blank(rest, _ASKED_GENERALLY_RE).strip(), _NOT_A_CLAIM)
    rest = _blank(rest, _IF_SOMEONE_RE)
    # round 34: the threshold asked and the study words ("came up in a lecture today") claim
    # nothing; with the writer's own denied outright ("no problem here", "nothing has happened
    # to me"), a question's verbs ("is", "losing") claim nothing either
    rest = _blank(_blank(rest, _THRESHOLD_ASKED_RE), _ASKING_WORDS_29)
    if _ahead_denied(whole):
        # round 38: "should I skip it if I get dizzy? not that I am, just so I know": the
        # writer's own denied outright, the condition asked ahead claims nothing
        rest = _blank(
            _blank(_blank(_blank(rest, _IF_I_GOT_39), _IF_MY), _AHEAD_WORDS), _YOU_TELL_ME_39
        )
    claims = _CLAIM_WORDS_DENIED if _has(_OWN_DENIED, whole) else _CLAIM_WORDS
    return not _FIRST_PERSON.search(rest) and not claims.search(rest)


# Round 39: a question asked ahead with the writer fine now ("what would you tell me if I had a
# fever one day? asking for the future, I'm fine"): the condition asked ahead claims nothing,
# like "not that I have" (`_NOT_THAT_I_38`).
_FINE_39 = re.compile(
    r"\b(?:i am|im|i m|i feel|i am feeling|me|myself|all) (?:totally |perfectly |completely "
    r"|absolutely )?(?:fine|ok|okay|good|well|grand|alright|all right)(?: (?:now|today|right now"
    r"|at the moment|atm|currently|thankfully|luckily|though|tho|btw|lol|haha|here))*"
    r"(?! (?:but|until|till|except|apart|other than|besides)\b)"
)
_AHEAD_39 = re.compile(
    r"\b(?:one day|some day|someday|in (?:the )?future|for (?:the )?future|down the (?:line|road)"
    r"|later on|thinking ahead|planning ahead|asking ahead|just in case|in case|for future"
    r" reference|for next time|ever)\b"
)
# ...and the bot asked what it would say ("what would you tell me if...", "what do you say to
# me if..."): its words, not a claim.
# ...or what to do asked ("what should I do", "do I stop").
_STOP_ASKED_39 = re.compile(
    r"\b(?:what (?:should|would|do|must|shall) i do|(?:should|do|would|must) i (?:stop|carry on"
    r"|keep going|call|ring|see|go))\b"
)
_IF_I_GOT_39 = re.compile(_IF_I_GOT.pattern + r"(?: (?!(?:now|today|since|again|still)\b)\w+){0,3}")
_YOU_TELL_ME_39 = re.compile(
    r"\b(?:would|will|should|could|do|does|did|can) (?:you|u|the bot|this bot|it) (?:\w+ )?(?:tell"
    r"|say to|advise|recommend to|suggest to|want|ask) me\b|\b(?:one day|some day|someday|ever)\b"
)


def _ahead_denied(whole: str) -> bool:
    """Round 38 and 39: a condition asked ahead with the writer's own denied (see above)."""
    return bool(
        _has(_NOT_THAT_I_38, whole)
        or (
            _has(_FINE_39, whole)
            and _has(_AHEAD_39, whole)
            and _has(_IF_I_GOT, whole)
            and not _has(_PRESENT, _blank(_blank(whole, _FINE_39), _NOT_NOW))
            and not _has(_RECUR_39, whole)
        )
    )


# ...never a sign that has been before ("if I get numb legs again")
_RECUR_39 = re.compile(r"\b(?:again|another|anymore|any more|still|back|returns?|came back)\b")


# Round 39: a rule someone else reported, asked to be true ("my friend said a video told her
# chest pain while stretching is always an emergency. is that true in general?"): the rule as
# reported is a topic, when nothing after the reporting verb is the writer's own.
_REPORTED_RULE_39 = re.compile(
    r"^(?:(?!(?:i|im|i m|me|myself)\b)\w+ ){0,10}?(?:said|says|told|tells|reckons|claims?|claimed"
    r"|posted|wrote|writes|read|heard|saw)(?: (?!(?:i|im|i m|me|my|mine|myself|now|today|since"
    r"|yesterday|started)\b)\w+){1,12}? (?:is|are) (?:(?:always|never|usually|often|sometimes"
    r"|basically|definitely|automatically|really|very|pretty|quite|not|a|an) )*(?:emergency"
    r"|emergencies|red flags?|serious|dangerous|normal|fine|ok|okay|nothing|bad|warning signs?"
    r"|harmless|deadly|a sign of \w+)\b"
)
_TRUTH_ASKED_39 = re.compile(
    r"\b(?:is|are) (?:that|this|it|they|those) (?:really |actually |even |generally |usually )?"
    r"(?:true|right|correct|a myth|real|legit|accurate)\b|\btrue or (?:not|false)\b"
    r"|\bfact or (?:myth|fiction)\b"
)


# Round 38: the writer's own denied after a question asked ahead ("not that I have", "not that
# I am", "not that I've got one"), never followed by "but", "until" or "except".
_NOT_THAT_I_38 = re.compile(
    r"\bnot that (?:i ve|ive|i have|i am|i m|im|i do|i did|i ve got|i have got|i ve had"
    r"|i have had)(?: (?:one|it|any|that|them|those|got one|got it|got any|had one|had it|had any"
    r"|ill|poorly|sick|unwell|dizzy|numb))?(?= *$| (?:just|only|thinking|planning|asking|looking"
    r"|for|in|so|and|anyway|lol|haha|thankfully|luckily|touch wood|mind you|of course|at all|as"
    r" far as i know|right now|at the moment|currently)\b)"
)


# Round 34: a pain that travels or shoots, asked ahead of the move with "if" ("what happens if
# the pain starts going down into the leg while I do it, do I stop?", "if a pain ever shot down
# my leg during the twist, should I stop dead?"): the stop-pain information too; never numbness,
# weakness or both legs, never beside a word of now.
_PAIN_AHEAD_SIGNS = frozenset({"hurts", "sharp_pain", "leg_pain", "radiating_leg_pain"})
_IF_AHEAD = re.compile(
    r"\b(?:if|in case|suppose|supposing|say) (?:\w+ ){0,4}?(?:starts?|started|began|begins|ever"
    r"|got|get|gets|shot|shoots|went|goes|go|was to|were to|came|comes|suddenly|kicks in|kicked"
    r" in)\b"
)


def _pain_ahead_in_move(clause: str, whole: str) -> bool:
    signs = set(_assess(clause).signs)
    return (
        bool(signs)
        and signs <= _PAIN_AHEAD_SIGNS
        and _has(_DURING, whole)
        and _has(_IF_AHEAD, whole)
        and not _has(_NOW_TOO, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
    )


# Round 34: the writer doing the move, their leg in the condition, planning ahead: no claim in
# a question asked ahead ("while I do it", "if a pain ever shot down my leg", "I'm a planner").
_AHEAD_WORDS = re.compile(
    r"\b(?:(?:while|whilst|as|when|once) (?:i|we) (?:am |m |are )?(?:do|doing|twist|twisting|hold"
    r"|holding|stretch|stretching|sweep|sweeping)(?: (?:it|this|that|the \w+|my \w+))?"
    r"|(?:down|into|in|through|along) (?:my|the|your|one) (?:leg|thigh|calf|foot|bum|buttock|hip)"
    r"|(?:i am|im|i m|i) (?:just )?(?:a (?:planner|worrier|careful person)|planning ahead|thinking"
    r" ahead|being careful|being cautious|asking ahead|prepared)|i like to be prepared)\b"
)


def _stop_question(clause: str, whole: str) -> bool:
    """A question about what to do if the twist hurts ("what do I do if it starts hurting
    halfway through a rep?", "will it help or make it worse?"): the stop-pain information."""
    if _has(_PRESENT, _blank(whole, _NOT_NOW)):
        return False
    rest = _blank(_blank(_blank(clause, _NOT_A_CLAIM), _IF_MY), _IF_I_GOT)
    if _has(_IF_AHEAD, whole):
        rest = _blank(rest, _AHEAD_WORDS)
    return not _FIRST_PERSON.search(rest)


# rt15: a stated cause (a cab seat, a long shift) never explains a leg dead or fizzy from the
# knee down, dead down its outside, or everything going far away and then the floor (rt16: nor a
# foot that cannot feel the floor)
_RT15_CAUSE_PROOF = re.compile(
    r"\b(?:(?:fizzy|fizz\w*|buzz\w*|static|numb|tingl\w*) from the knees? down"
    r"|dead (?:on|down) the (?:outside|inside|side|front|back)"
    r"|(?:everything|the room|it all|the world) (?:went|goes|going|gone) (?:\w+ )?(?:far away"
    r"|distant|black|dark)"
    r"|(?:then|next thing|next minute) i (?:was|am|woke up|came to) on the (?:floor|ground)"
    # rt16: nor coming to on the floor with people standing over the writer
    r"|(?:came to|woke up|come to) on the (?:floor|ground|pavement)"
    r"|(?:people|folk|everyone|strangers|staff) (?:were |are )?(?:standing|stood|crowded|gathered"
    r"|leaning) (?:round |around )?over me"
    # rt16: nor a foot that cannot feel the floor with it, told after the cause
    r"|(?:can not|could not|cannot) feel (?:the )?(?:floor|ground) (?:\w+ )?with (?:it|them))\b"
)


def _cause_proof(clause: str) -> bool:
    """Whether the clause holds a sign that a stated cause does not explain away."""
    if _RT15_CAUSE_PROOF.search(clause) and _assess(clause).signs:
        return True
    proof = set(CAUSE_PROOF.intersection(_assess(clause).signs))
    if _CHEST_TRAINING.search(clause):
        proof.discard("chest_pain")
    return bool(proof)


_CLAUSE = re.compile(
    # round 10: "tight but in a good way" is one clause
    r"([.!?;\n]+|,|\b(?:but(?! (?:in )?(?:a |the )?good (?:way|sense|kind))|though|although"
    r"|anyway|however|otherwise|apart from that"
    # "so" joins clauses, but "my core is so weak" is one
    r"|so(?! (?:\w+ly |very |really )?(?:weak|numb|tight|sore|stiff|bad|tired|painful|achy"
    r"|tingly|dead|heavy|much|many|far|long|hard|glad|happy|excited|unfit|inflexible)\b)"
    # round 10: "bladder and bowels" is one clause
    r"|(?<!pins )(?<!bladder )(?<!bowel )(?<!bowels )and(?! needles| bowels?\b| bladder\b)"
    # round 43: "freezing and numb", "numb and freezing" is one clause, so the cold told as
    # the state is read with its numbness (`_CAUSE`)
    r"(?!(?:(?<=freezing and)|(?<=frozen and)|(?<=cold and)|(?<=icy and)|(?<=ice and))"
    r" (?:really |so |totally |completely |a bit )?numb\b)"
    r"(?!(?<=numb and) (?:really |so |totally |completely |a bit )?(?:freezing|frozen|ice cold"
    r"|icy|cold)\b))\b)",
    re.IGNORECASE,
)
_TRAINING_VERDICT = re.compile(r"\b(?:" + "|".join(_ROUND15_SET_ASIDE) + r")\b")
# Round 15: "tight and weak", "weak but stiff": a training word and "weak" joined are one clause,
# so the muscle they name is read with both (`_ROUND15_SET_ASIDE`).
_TRAINING_PAIR = re.compile(
    r"\b(?:"
    + "|".join(
        rf"(?<={word} )"
        for word in (
            "tight",
            "tighter",
            "stiff",
            "short",
            "inflexible",
            "lazy",
            "inactive",
            "underactive",
            "tense",
            "weak",
        )
    )
    + r")(?:and|but|&)(?= (?:also |a bit |really |quite |pretty |super |very |kind of |kinda )?"
    r"(?:weak(?:er)?|tight|tighter|stiff|short|inflexible|lazy|inactive|underactive|tense)\b)",
    re.IGNORECASE,
)


_SEPARATOR = re.compile(r"but|though|although|anyway|however|so|otherwise|apart from that|and")


# "leg day" is set aside as a symptom but stays a stated cause ("legs weak after leg day").
_TRAINING_DAY_WORDS = re.compile(_TRAINING_DAY + r" days?")


# The two caches below key a pattern by its identity. A compiled pattern's own hash is worked
# out from its whole program on every call (CPython keeps none): about 0.5 us for ours, on
# hundreds of lookups per message. Every pattern stays in `_BY_ID` once seen, so no id is
# reused; they are this module's constants, so the table stays the size of the module.
_BY_ID: dict[int, re.Pattern[str]] = {}


def _id(pattern: re.Pattern[str]) -> int:
    key = id(pattern)
    if key not in _BY_ID:
        _BY_ID[key] = pattern
    return key


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return _blanked(text, _id(pattern))


@lru_cache(maxsize=1024)
def _blanked(text: str, pattern_id: int) -> str:
    def blank(match: re.Match[str]) -> str:
        found = match.group()
        if _TRAINING_DAY_WORDS.fullmatch(found):
            return "gym".ljust(len(found))
        return " " * len(found)

    return _BY_ID[pattern_id].sub(blank, text)


def _has(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern`` occurs in ``text``. Cached: each clause of a message asks the same questions
    of the whole message, so without it a long message of many clauses cost time in the square
    of its length (a 4,096-character message held the event loop for up to 2 s)."""
    return _found(_id(pattern), text)


@lru_cache(maxsize=4096)
def _found(pattern_id: int, text: str) -> bool:
    return _BY_ID[pattern_id].search(text) is not None


def _hard(prepared: str) -> bool:
    pieces = grams(prepared)
    return any(rule.may_match(pieces) and rule.matches(prepared) for rule in _HARD_RULES)


# Round 9. Numb on wiping is the saddle sign itself, never a pressure numbness that went.
_WIPING = re.compile(r"\b(?:wip\w*|toilet paper|loo roll|tissue)\b")
# Round 9. Someone else's trauma met at work: "I'm a paramedic, three car crashes on my shift".
_ROLE = re.compile(
    r"\b(?:(?:i am|im|i work as|work as|working as|i was|as) (?:a |an )?(?:\w+ )?(?:paramedic"
    r"|nurse|doctor|medic|firefighter|fireman|firefighters|police\w*|cop|officer|ambulance \w+"
    r"|physio\w*|mechanic|tow truck driver|recovery driver|insurance \w+|claims handler|driving"
    r"|lifeguard|first aider|surgeon|carer|care worker|stunt\w*|emt|responder|radiographer"
    r"|porter|vet|marshal|steward|ski patrol\w*|mountain rescue\w*"
    # round 12: more of those whose work is others' symptoms
    r"|midwife|osteopath|chiropractor|healthcare assistant|hca|care home \w+|district nurse"
    r"|continence \w+|sports therapist|occupational therapist)"
    r"|(?:i |we )?work (?:in|on|for|at) (?:the |an? )?(?:a and e|ambulances?|ambulance service"
    r"|emergency|er|casualty|fire service|police|trauma|hospital|icu|rescue|recovery))\b"
)
_AT_WORK_EVENT = re.compile(
    r"\b(?:(?:on|during|in|over) (?:my|the|our|a|today s|tonight s|last night s) (?:\w+ )?"
    r"(?:shift|call ?outs?|rota|watch|round|rounds|lesson|lessons|patrol|job|ward|tests?)|attended"
    r"|responded to|called (?:out )?to"
    r"|brought in|came in|we had|we got|patients?|casualties|at work|on duty|on call"
    r"|call ?outs?|jobs? (?:today|tonight)"
    # round 14: "spent half the night at a car accident on the A30" (a responder's scene)
    r"|(?:spent|been|was|were|out) (?:\w+ ){0,3}?at (?:a|an|the|two|three|several) (?:\w+ ){0,2}?"
    r"(?:crash\w*|accidents?|collisions?|rtcs?|pile ?ups?|scenes?|incidents?))\b"
)
_ME_IN_IT = re.compile(
    r"\b(?:me|myself|i (?:was|got|fell|came|hit|crashed|slipped|tripped|had)|my (?!shift|rota"
    r"|watch)\w+|(?:got|get|been|was) (?:\w+ )?(?:hit|knocked|run over|thrown|injured|hurt|caught"
    r"|clipped|struck|crushed|tackled|kicked)|hit by|knocked (?:off|over|down|out))\b"
)
# Round 9. A lifelong habit of the bladder: "always need a wee halfway through, always has been".
_LIFELONG = re.compile(
    r"\b(?:always (?:has|have) been|always been (?:like (?:that|this)|that way)|my (?:whole|entire)"
    r" life|all my life|since (?:i was )?(?:a )?(?:kid|child|childhood|little|school)|lifelong"
    r"|for as long as i can remember|since forever|always (?:need|needed|needing|have|had)"
    r" (?:to )?(?:a |to )?(?:wee|pee|go|loo|toilet))\b"
)
_LIFELONG_GUARD = re.compile(
    r"\b(?:control\w*|leak\w*|accidents?|myself|notice\w*|numb\w*|tingl\w*|can not|could not"
    r"|cannot|trouble|difficult\w*|wet\w*|struggl\w*|unable|stream|strain\w*|sudden\w*|blood"
    r"|pain\w*|hurts?|burn\w*|nothing comes|new|lately|recently|started|any more|anymore"
    r"|no longer|worse|changed|different)\b"
)

# Round 22. A small leak on a sneeze, a cough, a laugh or a jump, long-standing or known ("a tiny
# leak when I sneeze, since having the twins 3 years ago, physio knows"): stress leaking, asked
# about at most; never new, worse, unfelt, with the seat numb or the bowel, or now.
_STRESS_LEAK = re.compile(
    r"\b(?:leak\w*|dribbl\w*|(?:wee|pee|wet) (?:myself )?(?:a )?(?:little|tiny|bit|drop)\w*)"
    r"(?: \w+){0,4}? (?:when|whenever|if|as|every time) (?:i )?(?:\w+ )?(?:sneez\w*|cough\w*"
    r"|laugh\w*|jump\w*|skip\w*|run|running|trampolin\w*|lift\w*)\b"
)
_LONG_KNOWN = re.compile(
    r"\b(?:since (?:having|giving birth|the birth|childbirth|(?:my |the )?(?:\w+ )?(?:baby|babies"
    r"|pregnancy|pregnancies|kids?|children|twins|son|daughter|c section|labour|delivery))"
    r"|after (?:having )?(?:the |my )?(?:twins|kids|baby|babies|children|pregnancy)"
    r"|for (?:years|ages|\w+ years)|\w+ years ago|(?:physio\w*|doctor|gp|midwife|nurse|consultant)"
    r" (?:knows|is aware|has checked|checked|said)|pelvic floor|nothing new|not new|always"
    r"|every time since)\b"
)
_BIRTH = re.compile(
    r"\b(?:c ?section|caesarean|cesarean|giving birth|gave birth|the birth|childbirth|labou?r"
    r"|deliver\w*|pregnan\w*|postpartum|post partum|post natal|postnatal|(?:my|the|our|having"
    r"|had (?:my|the|a|our)) (?:\w+ )?(?:baby|babies|twins|son|daughter|first|second|third))\b"
)
_LEAK_OVER = re.compile(
    r"\b(?:leak\w*|dribbl\w*|(?:wee|pee|wet)\w* (?:myself|a bit|a little))\b(?: \w+){0,14}?"
    r" (?:cleared(?: up)?|went away|gone away|stopped|sorted (?:itself|out|it)|got better"
    r"|resolved|settled(?: down)?|(?:was|is|has|had|been) (?:\w+ )?gone|fixed (?:itself|it)"
    r"|healed|went back to normal|back to normal|recovered|fine (?:now|since|again|after)"
    r"|all good (?:now|since)|(?:physio\w*|pelvic floor \w+) (?:\w+ )?(?:sorted|fixed))\b"
)
_NOT_OVER = re.compile(
    r"\b(?:never|not|still|yet|nowhere near)(?: \w+){0,2}? (?:cleared|stopped|went|gone|sorted"
    r"|got better|resolved|settled|fixed|healed|recovered|back to normal|fine|over)\b"
)
_STRESS_LEAK_GUARD = re.compile(
    r"\b(?:numb\w*|tingl\w*|can not (?:feel|stop|hold|control|tell)|could not (?:feel|stop|hold"
    r"|control|tell)|no feeling|without (?:feeling|noticing|knowing)|did not (?:feel|notice)"
    r"|control|bowels?|poo\w*|wip\w*|worse|worsening|getting|suddenly|sudden|lately|recently"
    r"|this week|yesterday|today|last night|since this|any more|anymore|no longer|changed"
    r"|different|more than (?:usual|before))\b"
)

# ---------------------------------------------------------------------------------------------
# Round 11 (h11's classes). Each rule only turns a lockout into the question back: every sign it
# touches is in `_KEEP_ASKING` or is asked about because the writer is in it.

# 7 and 4. A bladder that is only *more often*, with a stated cause: drinking more, pregnancy, a
# clinician who called it normal. Never control, leaking, feeling or an accident.
_FREQUENCY = re.compile(
    r"\b(?:(?:pee|peeing|wee|weeing|urinat\w*|toilet|loo|bathroom)(?: trips?)? (?:\w+ ){0,2}?"
    r"(?:more|a lot|loads|lots|constantly|all the time|often|frequently|non ?stop"
    r"|every (?:\w+ )?(?:hours?|minutes?)|so much|twice|at night)"
    r"|(?:more|frequent|constant|constantly|lots of|loads of|extra|so many|more often)"
    r" (?:\w+ )?(?:pee\w*|wee\w*|toilet trips|trips to the (?:toilet|loo|bathroom)|urinat\w*)"
    r"|(?:need|needing|have|having|got) to (?:pee|wee|go) (?:\w+ ){0,2}?(?:more|a lot|loads"
    r"|constantly|all the time|often|every))\b"
)
_FREQUENCY_CAUSE = re.compile(
    r"\b(?:pregnan\w*|\d+ weeks(?! ago)|trimester|midwife|expecting|bump|the baby(?! came)"
    r"|drink\w* (?:\w+ ){0,4}?(?:water|litres?|liters?|fluids?|coffee|tea|beer|juice|squash"
    r"|more)|(?:water|coffee|tea|caffeine|beer|fluid) intake|water tablets|diuretics?"
    r"|hydrat\w*|coffee|caffeine|espressos?|lattes?|beers?|pints|alcohol|booze|cider|lager"
    r"|(?:midwife|doctor|gp|nurse|consultant|urologist) (?:\w+ ){0,3}?(?:says|said"
    r"|told|reckons)(?: \w+){0,6} normal)\b"
)
_BLADDER_LOSS = re.compile(
    r"\b(?:control\w*|leak\w*|incontinen\w*|accidents?|wet\w*|numb\w*|tingl\w*|can not feel"
    r"|could not feel|can not tell|do not notice|did not notice|no feeling|retention|can not go"
    r"|could not go|nothing comes|unable|burn\w*|blood)\b"
)
# 5. Long-standing, stable and under care: "numb feet for years, diabetic, the podiatrist checks".
_LONG_STANDING = re.compile(
    r"\b(?:for (?:years|ages|decades|a long time|many years|several years|a few years|\d+ years"
    r"|(?:two|three|four|five|six|ten) years)|long ?standing|chronic|since my diagnosis"
    r"|(?:years|ages) now"
    # round 20: an operation or injury years ago left it ("a numb patch from a knee op ten years
    # ago")
    r"|(?:op|operation|surgery|replacement|injury|fracture|scar) (?:\w+ ){0,3}?(?:\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|several|a few) years ago)\b"
)
# Round 20. A weak joint and the joint's own long-known condition.
_WEAK_JOINT = re.compile(
    r"\b(?:knees?|ankles?|hips?|wrists?|hands?|grip)\b(?: \w+){0,3}? weak\b|\bweak (?:\w+ )?"
    r"(?:knees?|ankles?|hips?|wrists?|hands?|grip)\b"
)
_JOINT_CONDITION = re.compile(
    r"\b(?:\w*arthritis|arthritic|arthrosis|wear and tear|rheumat\w*|knee replacement|hip"
    r" replacement|hypermobil\w*|ehlers danlos|eds|old (?:knee|ankle|hip) injury|cartilage"
    r"|meniscus|acl)\b"
)
_STABLE_CARE = re.compile(
    r"\b(?:nothing new|not new|no change|not changed|unchanged|stable|same as (?:ever|always"
    r"|before)|same as (?:it|they) (?:is|are|has|have) always been|as it (?:has|is) always been"
    r"|well controlled|under control|keeps? an eye|keeps? checking|nothing (?:has )?changed"
    r"|has not changed|(?:neurologist|consultant|doctor|gp|specialist|nurse|podiatrist|team"
    r"|clinic) (?:\w+ ){0,2}?(?:sees|checks|reviews|monitors|knows|aware|follows)"
    r"|checks? (?:them|it|my \w+)|monitor\w*|diabet\w*|neuropath\w*|podiatrist|chiropodist"
    r"|under (?:the |a )?(?:doctor|gp|consultant|specialist|clinic|care)|reviewed"
    r"|annual check\w*)\b"
)
# Words of a new or changing symptom; "nothing new" and "no new" are blanked first.
_NEWLY = re.compile(
    r"\b(?:new|newly|worse|worsening|getting|spreading|spread|sudden\w*|today|this week|this"
    r" morning|yesterday|last night|just started|started|began|lately|recently|now)\b"
)
_NOT_NEW = re.compile(r"\b(?:nothing|no|not) (?:\w+ )?new\b|\bnothing (?:has )?changed\b")
_NEURO_ONLY = frozenset({"numbness", "tingling", "both_legs"})
# 6. A cancer history, clear for years, with the back said to be fine and no new pain.
_CANCER_CLEAR = re.compile(
    r"\b(?:survivor|remission|all clear|cancer free|clear (?:for|since)|\w+ years? clear"
    r"|(?:years|months) clear|given the all clear|discharged|cured|no recurrence|no sign of it"
    # round 16: a scare whose tests came back clear
    r"|(?:biopsy|biopsies|scans?|tests?|results?|bloods|mammogram|smear) (?:\w+ ){0,3}?(?:clear"
    r"|negative|benign|fine|normal)|(?:it was|turned out|was) (?:\w+ )?(?:benign|nothing)"
    r"|cancer scare|not cancer\w*)\b"
)
_BACK_FINE = re.compile(
    r"\b(?:(?:my |the )?back(?: is| feels| has been)? (?:\w+ )?(?:fine|good|great|ok|okay"
    r"|normal|grand|healthy)|no (?:new )?(?:pain|aches?|symptoms?|problems?|issues?)"
    r"|(?:pain|symptom) free"
    # round 16: "my back's never given me any bother"
    r"|back (?:has |had )?(?:never|not once) (?:\w+ ){0,3}?(?:bother\w*|trouble\w*|problems?"
    r"|issues?|grief|hurt))\b"
)
# 3. The writer unhurt after telling events of others: "three car crashes... I'm fine, not hurt".
_UNHURT = re.compile(
    r"\b(?:(?:i am|im|i was|i feel|i felt|me) (?:\w+ )?(?:fine|ok|okay|alright|unhurt|not hurt"
    r"|not injured|unscathed)|not hurt|unhurt|not a scratch|was not (?:in|involved)"
    r"|not involved)\b"
)
_OTHERS_EVENTS = re.compile(
    r"\b(?:(?:two|three|four|five|six|several|\d+|a few|multiple|so many|a couple of|a load of"
    r"|loads of) (?:\w+ )?(?:crashes|accidents|collisions|pile ?ups|falls|rtcs|smashes)"
    r"|(?:saw|witnessed|watched|attended|passed|drove past|stopped at|helped at|helped out at)"
    r" (?:a |an |the |two |three |several )?(?:\w+ )?(?:crash\w*|accidents?|collisions?"
    r"|pile ?ups?|falls?))\b"
)


# Round 12. A symptom named as the object of one's work ("I deal with chest pain and falls all
# day", "we treat sciatica"), with a job or working hours named; never "I have" or "my".
_WORK_WITH = re.compile(
    r"\b(?:i |we )?(?:deal|deals|dealing|dealt|treat|treats|treating|see|sees|seeing|handle"
    r"|handles|handling|attend to|attending to|assess|assessing|triage|triaging|manage|managing"
    r"|look after|looking after|care for|caring for|nurse|nursing|work with|working with|respond"
    r"|responding|scan|scanning|diagnose|diagnosing|specialise in|specialize in"
    # round 26: "I'm around chest pain and collapses all day", "surrounded by strokes"
    r"|around|surrounded by|exposed to|witness|witnessing|witnesses|hear about|hearing about)"
    r" (?:to |with |in )?(?:(?!(?:my|mine|me|myself|i)\b)\w+ ){0,8}"
    r"(?:(?!(?:my|mine|me|myself|i)\b)\w+)(?: (?:all day|every day|daily|every shift|on every"
    r" shift|for a living|at work|day in day out|all the time|constantly|every week))?\b"
)
_ROLE_START = re.compile(
    r"^(?:\w+ )?(?:paramedic|nurse|doctor|gp|medic|firefighter|police \w+|physio\w*|surgeon|carer"
    r"|care worker|midwife|radiographer|emt|osteopath|chiropractor|sports therapist|a and e \w+"
    r"|ambulance \w+|first aider|lifeguard|vet|porter|healthcare assistant|hca)\b"
)
_AT_WORK = re.compile(
    r"\b(?:patients?|clients?|for a living|at work|on (?:my |the )?shifts?|all day|every day"
    r"|in my job|my job|the ward|the clinic)\b"
)


# Round 13, general: any job named ("I'm a vet", "I work as an oncologist", "I work in a care
# home"), and the clause's symptoms belong to the work: patients, clients or animals, one that
# came in with them, "all day", "my whole day is ...", "I talk about ...". The writer's own
# words ("my own legs", "I have", "me too") stop the span, so their own sign stays.
_JOB = re.compile(
    r"\b(?:(?:i am|i work as|work as|working as|as|by trade) (?:a |an )?(?:\w+ )?(?:\w+(?:ist|ician"
    r"|wife|nurse|medic|doctor|surgeon|therapist|practitioner|assistant|carer|worker|keeper"
    r"|trainer|instructor|teacher|physician|dentist|porter|paramedic|handler|groomer|technician"
    r"|orderly|officer|attendant|aide|receptionist)|vet|gp|hca|emt)"
    r"|(?:i |we )?work (?:in|at|on|for) (?:a |an |the )?(?:\w+ )?(?:\w+ )?(?:hospital|clinic"
    r"|surgery|ward|practice|care home|nursing home|hospice|vets?|a and e|pharmacy|ambulance\w*"
    r"|shelter|kennels?|stables?|icu|emergency)"
    r"|at work i (?:see|deal with|treat|look after|get))\b"
)
_NOT_MINE = r"(?!(?:my|mine|me|myself|i|own|now|too|also|personally)\b)"
_WORK_SPAN = re.compile(
    r"\b(?:"
    + _NOT_MINE
    + r"(?!(?:back|legs?|foot|feet|bum|bladder|bowels?|chest|groin|neck|hips?|hurt|injured"
    r"|fell|lifting)\b)\w+ ){0,8}?(?:patients?|clients?|residents|cases|customers|animals|dogs?"
    r"|cats?|horses|pets|kids|children|babies|(?:came|come|comes|brought|rolled|walked|carried) in"
    r"|all day(?: long)?|every day|all the time|day in day out|whole day|every shift|on shift"
    r"|talk about|talking about)(?: " + _NOT_MINE + r"\w+){0,10}"
)


def _job_work(clause: str, whole: str) -> bool:
    """Whether a job is named and the clause's alarming words all sit in its work."""
    return bool(
        _has(_JOB, whole)
        and (_WORK_SPAN.search(clause) or _JOB.search(clause))
        and not _assess(_blank(_blank(clause, _WORK_SPAN), _JOB)).signs
        and not _has(_ME_TOO, whole)
    )


def _works_with_symptoms(whole: str) -> bool:
    return bool(_has(_ROLE, whole) or _has(_ROLE_START, whole) or _has(_AT_WORK, whole))


def _round11_context(clause: str, message: str, whole: str) -> str | None:
    """Round 11's reasons to ask instead of locking out (see the rules above), or None."""
    signs = set(_assess(clause).signs)
    if not signs:
        return None
    present = _has(_PRESENT, _blank(whole, _NOT_NOW))
    # 7 and 4: peeing more with a cause of its own
    if (
        signs <= {"bladder"}
        and _FREQUENCY.search(clause)
        and _has(_FREQUENCY_CAUSE, whole)
        and not _has(_BLADDER_LOSS, whole)
        and not {"saddle_numbness", "bowel"} & set(_assess(whole).signs)
    ):
        return "cause"
    # 5: numb or tingling for years, unchanged and under care
    unchanged = _blank(whole, _NOT_NEW)
    if (
        signs <= _NEURO_ONLY
        and _has(_LONG_STANDING, whole)
        and _has(_STABLE_CARE, whole)
        and not _has(_NEWLY, unchanged)
        and not present
        and not _has(_RETURNED, _blank(message, _GONE))
        and not {"saddle_numbness", "bladder", "bowel", "leg_weakening"} & set(_assess(whole).signs)
    ):
        return "habit"
    # round 20: a joint weak from a long-known joint condition ("my knees feel weak on stairs
    # but that's my arthritis, been like that for years"): asked about, never a leg giving way
    if (
        signs <= {"weakness"}
        and _WEAK_JOINT.search(clause)
        and _has(_JOINT_CONDITION, whole)
        and (_has(_LONG_STANDING, whole) or _has(_STABLE_CARE, whole))
        and not _has(_NEWLY, unchanged)
        and not present
        and not _has(_RETURNED, _blank(message, _GONE))
        and not HARD_SIGNS & set(_assess(whole).signs)
    ):
        return "habit"
    # 6: a cancer history clear for years, the back fine, no new pain
    if (
        signs == {"cancer_history"}
        and _has(_CANCER_CLEAR, whole)
        and _has(_BACK_FINE, whole)
        and not _has(_NEWLY, unchanged)
        and not present
        and set(_assess(message).signs) <= {"cancer_history"}
    ):
        return "past"
    # 3: events of others, and the writer unhurt
    if (
        signs <= _OWN_EVENT
        and _OTHERS_EVENTS.search(clause)
        and _has(_UNHURT, whole)
        and not _ME_IN_IT.search(_blank(clause, _OTHERS_EVENTS))
        and not present
    ):
        return "someone_else"
    return None


# Round 20. Weakness told again and again now ("it buckled when I stood from the sofa and it's
# the 3rd time today"): the moment it happened is no cause of it.
_GIVE_WAY = re.compile(
    r"\b(?:buckl\w*|(?:gave|give|gives|giving) way|(?:went|gone|going|goes) from under me)\b"
)
_REPEATED_NOW = re.compile(
    r"\b(?:(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|several|few|two|three|four|five)"
    r" times? (?:now )?(?:today|this morning|this afternoon|this evening|tonight|this week"
    r"|in a row|now)|twice (?:now|today|this morning|this week|in a row)|again (?:today|this"
    r" morning|now|tonight)|keeps? (?:happening|doing it|buckling|giving way))\b"
)
_SEAT_HABIT = re.compile(
    r"\b(?:always|every time|everytime|each time|whenever|every (?:flight|drive|journey|trip)"
    r"|on (?:long|every) (?:flights?|drives?|journeys?|trips?))\b"
)
_COLD_PLUNGE = re.compile(
    r"\b(?:ice bath|ice baths|cold plunge|cold water|cold dip|sea swim\w*|wild swim\w*|cold"
    r" shower|open water|ice swim\w*|polar plunge|plunge pool)\b"
)
_ILL_WORD = re.compile(
    r"\b(?:fever\w*|feverreading|temp|temperature|flu|infection|unwell|poorly|ill|sick|vomit\w*"
    r"|nause\w*|throw\w* up|threw up)\b"
)
_WARMED = re.compile(
    r"\b(?:warmed (?:up|back up)|warm (?:now|again)|(?:feel|feeling|felt) fine now|all good now"
    r"|stopped (?:now|shivering)|back to normal)\b"
)


# Round 21 (h21's first sight). A sign asked about in the subjunctive, then denied ("Would it be
# bad if I had numbness in my groin? I don't, I'm asking so I know what to watch for"): asked
# back, never a lockout, never with a word of now.
_WOULD_IF = re.compile(
    r"\b(?:would|will|could|is|should) (?:it|that|this) (?:be )?(?:\w+ )?(?:bad|serious|a problem"
    r"|an issue|worrying|dangerous|a worry|an emergency|a red flag|concerning|a concern|urgent"
    r"|a sign of \w+|something to worry about) if (?:i|you|someone|one|a person) (?:ever )?(?:had"
    r"|got|felt|noticed|lost|started|developed|were|was)\b"
)
_DENIED_ME = re.compile(
    r"\bi (?:do not|have not|am not|did not)(?: (?:have (?:it|that|any|them|those)|thankfully"
    r"|luckily|at all|though|yet|currently|now))? (?=i |just |only |asking|but |thankfully"
    r"|luckily|(?:so )?dont worry|$)|\bwhat to (?:watch|look) (?:out )?for\b"
    r"|\b(?:just |only )?asking (?:so|in case|for (?:future|reference|interest))\b"
)
# A character in a film, show or book ("I watched a film where someone lost control of their
# bladder after a spinal injury"): someone else's, once the watching is set aside.
_FICTION = re.compile(
    r"\b(?:i |we )?(?:watched|watching|saw|seen|read|reading|heard|listened to|binged)"
    r"(?: \w+){0,2}? (?:film|movie|tv show|show|series|documentary|episode|book|novel|story|soap"
    r"|drama|programme|program|video|podcast|article|news story|play)(?: \w+){0,3}? (?:where|in"
    r" which|about|when|that|in which)\b"
    # round 39: the work named first, then its character ("in the film last night the guy fell
    # off a roof", "in my game a soldier collapses")
    r"|\b(?:in|on) (?:the|a|that|this|my|our) (?:\w+ )?(?:film|movie|tv show|show|series|episode"
    r"|book|novel|play|musical|cartoon|anime|documentary|soap|drama|game|video game|comic|opera)"
    r"(?: (?:last night|yesterday|tonight|earlier|i watched|we watched|i saw|we saw|i am reading"
    r"|im reading|i read|on \w+))? (?:the|a|an|this|some|one|his|her) (?:\w+ ){0,2}?(?:guy|man"
    r"|woman|lady|girl|boy|kid|child|hero|heroine|villain|character|soldier|detective|doctor"
    r"|grandpa|grandad|grandma|dad|mum|mom|father|mother|king|queen|bloke|fella|old man"
    r"|old woman|main character|lead|protagonist)\b"
)
# A figure of speech: "the pain is killing me - the pain of choosing a new mat that is".
_FIGURE_PAIN = re.compile(
    r"\b(?:the|a|what a|such a) (?:pain|agony|torture|nightmare|headache) (?:is |was )?(?:of"
    r" )?(?:choosing|picking|deciding|finding|buying|shopping|waiting|booking|sorting|filling"
    r"|doing (?:my |the )?(?:taxes|paperwork|admin)|moving house|getting the kids|commuting"
    r"|queuing|dealing with|trying to (?:choose|pick|decide|find))\b"
)
_FIGURE_SIGNS = frozenset({"sharp_pain", "hurts", "pain_on_movement", "worse"})
_BODY_WORD = re.compile(
    r"\b(?:chest|back|neck|legs?|hips?|knees?|arms?|foot|feet|toes?|bum|butt|groin|buttocks?"
    r"|thighs?|calf|calves|shins?|shoulders?|spine|spinal|nerves?|joints?|muscles?|side|bladder"
    r"|bowels?|stomach|tummy|head|heart|hands?|fingers?|ankles?)\b"
)
# A coach's or instructor's verdict explained away ("my ski instructor said my back was weak,
# meaning my core muscles, not injured"; "my cycling coach said watch out for numbness in my
# hands on the bars, it's a bike fit thing"): asked back at most; never a hard sign.
_COACH_SAID = re.compile(
    r"\b" + _COACH + r" (?:\w+ ){0,2}?(?:said|says|told me|tells me|reckons|thinks|warned"
    r"|mentioned|pointed out)\b"
)
_VERDICT_EXPLAINED = re.compile(
    r"\b(?:meaning|meant|as in|i e|in other words|it is (?:a |just a )?(?:\w+ ){0,3}?thing"
    r"|(?:bike|saddle|bar|seat) (?:fit|setup|position|height)"
    r"|not (?:injured|an injury|hurt|damaged)"
    r"|unrelated|nothing to do with|core (?:muscles|strength)|muscles?)\b"
)
_VERDICT_SIGNS = frozenset({"weakness", "numbness", "tingling", "both_legs"})
_WORSENING = re.compile(
    r"\b(?:weaker|worse|getting \w+er|spreading|since|started|now|today|this morning|keeps?"
    r"|giving way|gave way|buckl\w*|drag\w*|cannot|can not|will not|wont|wo not)\b"
)
# A minor fall with no harm done, told as such ("fell off the sofa laughing, no harm done",
# "tumbled off my bike at low speed last month, just grazes, back was never hurt"): asked back,
# never with a pain, a numbness or any other sign, nor a fall from a height or at speed.
_NO_HARM = re.compile(
    r"\b(?:no harm done|no damage done|no harm|unhurt|not hurt|(?:my |the )?(?:back|i|spine)"
    r" (?:was|were|is|got) (?:never|not) (?:hurt|injured|affected)|not a scratch"
    r"|(?:just|only) (?:a few |some |a couple of )?(?:grazes?|scrapes?|bruises?|scratches|a bruise"
    r"|a graze|my pride|grazed)|(?:only |just )?(?:hurt|bruised|dented) my pride|bruised ego)\b"
)
_BIG_FALL = re.compile(
    r"\b(?:ladder|roof|stairs|steps|height|high speed|fast|car|motorbike|motorcycle|hit by"
    # rt17: any vehicle, a body thrown or slammed, a quad bike
    r"|by (?:a |an |the )?(?:\w+ )?(?:minibus|taxi|cab|van|lorry|truck|bus|tractor)|quad"
    r"|thrown|flung|hurled|slammed"
    r"|head|knocked out|unconscious|passed out|ambulance|a and e|hospital|horse|concussion"
    r"|landed on my (?:back|bum|tailbone|coccyx|spine))\b"
)
_FALL_SIGNS = frozenset({"serious_trauma", "fall_accident"})
# Weak or heavy legs after a long ride or race, called normal tiredness ("my legs felt weak
# after a 120 km sportive yesterday, totally normal fatigue"): asked back at most.
_LONG_EFFORT = re.compile(
    r"\b(?:"
    + _WORKOUT_34
    + r"|sportive|sportif|century|\d+ ?(?:km|k|mile|miles) (?:ride|run|race|walk|hike|sportive)"
    r"|long ride|bike ride|ride|rode|cycle|cycled|cycling|race|raced|marathon|ultra|hike|hiked"
    r"|spin|training|session|workout|leg day|triathlon|ironman|\d+ ?(?:km|k|miles))\b"
)
_NORMAL_TIRED = re.compile(
    r"\b(?:(?:normal|just|ordinary|usual|expected|healthy) (?:\w+ )?(?:fatigue|tiredness|tired"
    r"|muscle fatigue)|(?:a |the |that |this )?(?:good|nice|happy|satisfying"
    # round 35: any pleasant word ("that lovely tired feeling", "a welcome ache")
    r"|lovely|pleasant|welcome|healthy|honest|glorious|wonderful|great|earned|well earned"
    r"|contented|satisfied|delicious|blissful|gorgeous|cosy|smug|proud) (?:kind of |sort of )?"
    r"(?:tired|tiredness|ache|achy|aching|heavy|weary|worn out|fatigue|sleepy|spent)"
    r"|fatigue|knackered|exhausted|worn out|shattered|tired legs"
    # round 40: legs tired from chasing or keeping up with children ("legs are jelly after
    # chasing the kids round the park for an hour")
    r"|legs (?:are |were |feel |felt |went |gone |like |as |a bit |bit |totally )*(?:dead|jelly"
    r"|wobbly|like jelly|to jelly|tired|heavy|achy|knackered|spent|shot|shattered|done in)"
    r" (?:\w+ ){0,2}?(?:from|after) (?:\w+ ){0,2}?(?:chasing|chased|running after|ran after"
    r"|keeping up with|kept up with|playing tag with|playing with) (?:\w+ ){0,3}?(?:kids|children"
    r"|child|toddlers?|under \d+s|under \d+|grandkids|grandchildren|pupils|class|little ones|dog"
    r"|dogs|puppy|son|sons|daughter|daughters|twins|boys|girls|team|squad|nephews?|nieces?"
    r"|youngsters|cubs|scouts|brownies|juniors)"
    r"|legs (?:were |are )?(?:tired|spent|cooked|fried|toast|gone)"
    # round 23: the training's own verdict ("squats destroyed me", "leg day wrecked me", DOMS)
    r"|(?:destroyed|wrecked|killed|smashed|battered|obliterated|ruined|murdered|annihilated)"
    r" (?:me|my legs|my quads|my glutes|my thighs|my hamstrings)|doms"
    # round 24: "proper tired from the race", "dead tired after the match"
    r"|(?:proper|really|very|so|pretty|dead|well|super|just|bit|properly) tired (?:from|after)"
    r" (?:the |my |a |that |this |all the )?(?:\w+ )?(?:race|run|running|match|game|parkrun"
    r"|marathon|session|training|workout|ride|hike|gym|class|effort)"
    # round 26: "normal muscle soreness", "fine today" after yesterday's 10k
    r"|(?:normal |just |ordinary |usual |expected )?muscle (?:soreness|aches?|aching|fatigue)"
    r"|(?:fine|fine again|all good|back to normal|right as rain) (?:today|now|this morning)"
    # round 27: heavy legs with the effort told as the cause ("legs a bit heavy cos I walked up
    # 12 floors")
    r"|legs (?:are |were |feel |felt )?(?:a bit |bit |a little |quite |so )?heavy (?:cos|coz"
    r"|because|from|after) (?:of )?(?:the |that |all the |my |i )?(?:\w+ ){0,2}?(?:walked|climbed"
    r"|climbing|walking|ran|run|race|ride|rode|cycled|hike|hiked|stairs|floors|flights|steps"
    r"|stairmaster|gym|workout|training"
    r"|session|class|match|game|marathon|leg day)"
    # round 33: legs dead, like jelly or wobbly with the training told as the cause ("dead legs
    # after leg day yesterday", "legs like jelly after Sunday's half marathon"), or the rest
    # said to be fine ("but otherwise grand", "rest of me is fine")
    r"|(?:dead|jelly|jelly like|wobbly|heavy|tired|achy|knackered) legs (?:\w+ ){0,2}?"
    r"(?:from|after) (?:the |my |a |that |this |all the |all those |yesterday s |sunday s"
    r" |\w+ )?(?:\w+ )?"
    r"(?:run|race|parkrun|10k|5k|half marathon|marathon|match|game|class|session|workout|gym"
    r"|ride|hike|leg day|training|spin|squats|lunges|football|netball|rugby|hockey|tennis"
    r"|cycle|sportive|triathlon|ultra|bootcamp|crossfit|hiit|" + _WORKOUT_34 + r")"
    r"|legs (?:are |were |feel |felt |went |gone |like |as )*(?:dead|jelly|wobbly|like jelly"
    r"|to jelly|wobbly as jelly) (?:\w+ ){0,2}?(?:from|after) (?:the |my |a |that |this |all the"
    r" |all those |yesterday s |sunday s |\w+ )?(?:\w+ )?(?:run|race|parkrun|10k|5k|half marathon"
    r"|marathon|match|game|class|session|workout|gym|ride|hike|leg day|training|spin|squats"
    r"|lunges|football|netball|rugby|hockey|tennis|cycle|sportive|triathlon|ultra|bootcamp"
    r"|crossfit|hiit|" + _WORKOUT_34 + r")"
    # round 34: legs or calves shaking, aching or throbbing from the effort, whichever word
    # comes first, and the burn or DOMS called normal ("legs shaking after wall sits, normal
    # burn", "calves throbbing after heels all day", "legs wobbly after spin class, usual DOMS")
    r"|(?:legs?|calves|calf|thighs|quads|hamstrings|glutes) (?:\w+ ){0,3}?(?:shaking|shaky"
    r"|trembling|quivering|wobbly|jelly|dead|heavy|tired|achy|aching|ache|sore|burning|spent"
    r"|cooked|fried|toast|throbbing|killing me) (?:\w+ ){0,3}?(?:from|after|post|cos of|coz of"
    r"|because of|since) (?:\w+ ){0,3}?"
    + _WORKOUT_34
    + r"|(?:shaking|shaky|trembling|quivering|wobbly|dead|heavy|achy|aching|sore|throbbing)"
    r" (?:legs?|calves|thighs|quads) (?:\w+ ){0,3}?(?:from|after|post) (?:\w+ ){0,3}?"
    + _WORKOUT_34
    + r"|(?:normal|usual|just|the|good|standard|typical|regular) (?:\w+ )?(?:burn|doms|muscle"
    r" burn|tired aching|aching|ache|soreness|fatigue)"
    r"|(?:but |and )?otherwise (?:i am |im |i feel |feeling )?(?:grand|fine|good|ok|okay|all good"
    r"|great|well|alright|all right|right as rain)"
    r"|rest of me (?:is |s |feels? )?(?:totally |completely )?(?:grand|fine|good|ok|okay|great)"
    # round 51: the end of a working day called normal ("normal end of shift stuff")
    r"|(?:normal|usual|just|standard|typical|regular) (?:end of (?:the |a )?(?:shift|day|week)"
    r"|after work|after shift|post shift|work) (?:stuff|thing|things|aches?|tiredness|legs|feet))\b"
)
_TIRED_SIGNS = frozenset({"both_legs", "weakness", "leg_pain"})
# Round 24. The effort's own time ("after the 10k parkrun this morning"): when the effort was,
# not a sign's onset.
_EFFORT_WHEN = re.compile(
    r"\b(?:after|from|during|at) (?:the |my |a |this |that |our )?(?:\w+ ){0,2}?(?:run|race|parkrun"
    r"|10k|5k|half marathon|marathon|match|game|class|session|workout|gym|ride|hike|leg day"
    r"|training|spin|football|netball|rugby|hockey|tennis"
    # round 42: the gym's named exercises ("dead legs after lunges this morning")
    r"|squats?|lunges?|deadlifts?|leg press|bench|bench press|weights|lifting|circuits|crossfit)"
    r" (?:this morning|today|yesterday"
    r"|earlier|last night|this afternoon|this evening)\b"
)
# A seat that numbs the bum: riding a horse or a long hack, gone on walking about.
_RIDE_SEAT = re.compile(
    r"\b(?:horse|horseback|hack|hacks|hacking|hacked|pony|riding|rode|ride|saddle|bike|cycling"
    r"|cycled|spin)\b"
)


# Round 22. Knees or legs that went weak as a reaction to a sight or news ("my knees went weak
# when I saw the price of the mat"): a figure of speech; never with a sign now or getting worse.
_SWOON = re.compile(
    r"\b(?:knees?|legs?) (?:\w+ ){0,2}?(?:weak|wobbly|jelly|buckled|turned to jelly)\b"
    r"(?: \w+){0,3}? (?:(?:when|as|the moment|once|as soon as|the second|the minute) (?:i|we)"
    r" (?:saw|see|heard|hear|read|found out|opened|looked at|spotted|checked|got the bill|met)"
    # round 34: a moment of nerves, whoever brought it ("when my boss asked me to present to the
    # board", "the second she said yes", "before my driving test", "walking on stage")
    r"|(?:when|as|the moment|once|as soon as|the second|the minute) (?:my |the |our |a |his |her )?"
    r"(?:\w+ ){0,2}?(?:asked|told|called|said|announced|proposed|kissed|smiled|winked|texted|rang"
    r"|offered|picked|handed|walked in|walked up|looked at me|spoke to me|mentioned|read out"
    r"|called out|put me on the spot)"
    r"|(?:when|as|once|before|during|ahead of|after) (?:i |we )?(?:had to |have to |got up to |went"
    r" up to |stood up to )?(?:present|presenting|speak|speaking|perform|performing|sing|singing"
    r"|pitch|pitching|walked on stage|walking on stage|went on stage|my (?:\w+ )?(?:presentation"
    r"|speech|interview|exam|audition|pitch|driving test|first date|date|wedding|viva|recital"
    r"|performance|results))"
    r")\b"
)
_SWOON_SIGNS = frozenset({"weakness", "leg_weakening", "both_legs"})


def _round21_context(clause: str, whole: str) -> str | None:
    """Round 21's classes (see the patterns above), or None."""
    now = _has(_PRESENT, _blank(whole, _NOT_NOW))
    if now:
        return None
    signs = set(_assess(clause).signs)
    if (
        signs
        and signs <= _SWOON_SIGNS
        and _SWOON.search(clause)
        and set(_assess(whole).signs) <= _SWOON_SIGNS
        and not _WORSENING.search(_blank(clause, _SWOON))
        and not _assess(_blank(clause, _SWOON)).signs
    ):
        return "general"
    if _has(_WOULD_IF, whole) and _has(_DENIED_ME, whole):
        return "hypothetical"
    if _FICTION.search(clause) and not _has(_ME_TOO, whole):
        rest = _blank(clause, _FICTION)
        if _someone_else_named(rest) and not _FIRST_PERSON.search(rest):
            return "someone_else"
    if (
        signs
        and signs <= _FIGURE_SIGNS
        and _has(_FIGURE_PAIN, whole)
        and not _BODY_WORD.search(clause)
    ):
        return "general"
    if (
        signs
        and signs <= _VERDICT_SIGNS
        and _COACH_SAID.search(clause)
        and _has(_VERDICT_EXPLAINED, whole)
        and not _hard(clause)
        and not _WORSENING.search(_blank(clause, _COACH_SAID))
    ):
        return "cause"
    if (
        signs
        and set(_assess(_blank(clause, _NO_HARM)).signs) <= _FALL_SIGNS
        and _has(_NO_HARM, whole)
        and not _has(_BIG_FALL, whole)
        and set(_assess(_blank(whole, _NO_HARM)).signs) <= _FALL_SIGNS
    ):
        return "past"
    if (
        signs
        and signs <= _TIRED_SIGNS
        and _has(_LONG_EFFORT, whole)
        and _has(_NORMAL_TIRED, whole)
        and not _has(_WORSENING, _blank(whole, _NORMAL_TIRED))
        and not _hard(whole)
    ):
        return "cause"
    return None


# Round 22. Someone else said to be fine, then "but" and a sign with no owner ("my mum is fine,
# but numbness in both legs"): the sign is the writer's own; "but her legs are numb" stays hers.
_OTHER_FINE = re.compile(
    r"\b(?:is|are|was|were|s|seems?|feels?|looks?|doing) (?:(?!(?:not|never|no)\b)\w+ )?(?:fine"
    r"|ok|okay|well|good|great|alright|all right|all good|healthy|grand|better|perfect"
    r"|brilliant)\b"
)
_FINE_BUT = re.compile(_OTHER_FINE.pattern + r"[^.!?]*?\bbut\b")
_THEIR_WORD = re.compile(r"\b(?:she|he|they|her|his|their|hers|him|them|theirs)\b")


def _fine_but_mine(clause: str) -> bool:
    """Someone else said to be fine in ``clause``, then "but" and a sign nobody else owns."""
    found = _FINE_BUT.search(clause)
    if found is None:
        return False
    rest = clause[found.end() :]
    return (
        bool(_assess(rest).signs) and not _someone_else_named(rest) and not _THEIR_WORD.search(rest)
    )


# Round 27. A numbing by the dentist or a local anaesthetic, and the numb or tingling mouth.
_NUMBING_CAUSE = re.compile(
    r"\b(?:dentists?|dental|filling|fillings|root canal|extraction|(?:tooth|teeth|wisdom tooth)"
    r" (?:out|pulled|removed|taken out|extracted)|wisdom (?:tooth|teeth)|crown|anaesthetic"
    r"|anesthetic|novocaine|lidocaine|local|injection|jab|dentistry|orthodontist|hygienist)\b"
)
_MOUTH_PART = (
    r"(?:jaw|lips?|mouth|tongue|gums?|cheeks?|chin|teeth|tooth|side of (?:my|the) face"
    r"|half (?:my|the) face|face)"
)
_MOUTH_NUMB = re.compile(
    r"\b(?:" + _MOUTH_PART + r" (?:(?:is|are|was|were|still|feels?|felt|all|a bit|totally"
    r"|completely|gone|went|has gone|still feels?|is still|are still) ){0,3}(?:numb|tingly"
    r"|tingling|dead|frozen)\w*"
    # rt1 (a counter-probe): "the dentist numbed my jaw"
    r"|(?:numb|numbed|tingly|frozen|dead) (?:my |the |his |her |your )?" + _MOUTH_PART + r")\b"
)
# A sign of a stroke or of a numbing gone wrong beside it: never set aside.
_MOUTH_NUMB_GUARD = re.compile(
    r"\b(?:droop\w*|slurr\w*|speech|speak|talk\w*|vision|see|swallow\w*|breath\w*|arm|arms"
    r"|hand|hands|legs?|feet|foot|groin|days|weeks|since (?:yesterday|last \w+|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|spread\w*|worse)\b"
)


def _clause_context(clause: str, message: str, whole: str) -> str | None:
    """Why this clause's alarming words may not be a red flag now, or None. ``message`` is
    the message with the words that are not a symptom set aside, ``whole`` as it was typed
    (for "no issues since", which the negation rule sets aside)."""
    if _general(clause, whole):
        return "general"
    if _SWOON.search(clause) and _round21_context(clause, whole) == "general":
        # round 34: "knees went weak the second she said yes": the writer's nerves, whoever
        # brought them on
        return "general"
    if (
        _someone_else_named(clause)
        and not _FIRST_PERSON.search(_blank(_blank(clause, _CARER_CLAIM), _ROLE_34))
        and not _has(_ME_TOO, whole)
        and not _fine_but_mine(clause)
    ):
        return "someone_else"
    round21 = _round21_context(clause, whole)
    if round21 is not None:
        return round21
    # round 9: trauma the writer met at work ("I'm a paramedic, three crashes on my shift")
    if (
        set(_assess(clause).signs) <= _OWN_EVENT
        and _has(_ROLE, whole)
        and _AT_WORK_EVENT.search(clause)
        and not _ME_IN_IT.search(_blank(clause, _AT_WORK_EVENT))
    ):
        return "someone_else"
    # round 9: a lifelong bladder habit ("always need a wee halfway through, always has been")
    if (
        set(_assess(clause).signs) <= {"bladder"}
        and _has(_LIFELONG, whole)
        and not _has(_LIFELONG_GUARD, whole)
        and not _has(_PRESENT, whole)
    ):
        return "habit"
    if (
        set(_assess(clause).signs) <= {"bladder"}
        and (
            (_has(_STRESS_LEAK, whole) and _has(_LONG_KNOWN, _blank(whole, _STRESS_LEAK)))
            # round 31: a leak after a birth or on a sneeze, told as over ("after my c-section
            # i leaked a bit when i sneezed but that cleared up ages ago")
            or (
                _has(_LEAK_OVER, whole)
                and (_has(_STRESS_LEAK, whole) or _has(_BIRTH, whole))
                and not _has(_NOT_OVER, whole)
            )
        )
        # round 25: read with the training words set aside ("pelvic floor's a bit weak")
        and set(_assess(message).signs) <= {"bladder"}
        and not _has(_STRESS_LEAK_GUARD, _blank(whole, _NOT_NEW))
        and not _has(_PRESENT, whole)
    ):
        return "habit"
    hard = _hard(clause)
    if _has(_IF_EVER, whole) and not _has(_PRESENT, _blank(whole, _NOT_NOW)):
        # round 16: asked ahead about a sign during the move, with none now ("what if I ever
        # feel tingling during the stretch? I've got none at the moment"): the topic answer
        if _has(_DURING, whole) and _has(_TWIST_WORDS, whole) and _has(_NOT_NOW, whole):
            return "general"
        # round 33: "hypothetically, if I got a sharp pain in the twist, what should I do?": the
        # stop-pain information
        if (
            (_assess(clause).level is TriageLevel.STOP_PAIN or _pain_ahead_in_move(clause, whole))
            and _stop_question(clause, whole)
            and not _has(_NOW_TOO, whole)
        ):
            return "general"
        return "hypothetical"
    resolved = (
        _has(_RESOLVED, whole) or (_has(_REGAINED, whole) and not _has(_STILL_LOSING, whole))
    ) and not _has(_RETURNED, message)
    if (
        resolved
        # round 35 (a gap found while probing): "...she's fine now, and I've had chest pain since
        # this morning": a clause of its own onset is never the past, whoever is fine (an onset,
        # not a persistence: "the dentist's numbness hasn't worn off yet" stays a cause told)
        and not _has(_OWN_ONSET_35, _blank(clause, _NOT_NOW))
        # rt8: a nerve's zap down the leg in the move just done is no past, gone or not
        and not (_has(_DURING, whole) and _RT8_NERVE_ZAP.search(clause))
        and (
            (_PAST_TIME if hard else _PAST).search(clause)
            or (_RESOLVED.search(clause) and not hard)
        )
    ):
        return "past"
    present = _has(_PRESENT, whole) or _has(_RETURNED, _blank(message, _GONE))
    round11 = _round11_context(clause, message, whole)
    if round11 is not None:
        return round11
    # Round 12. Symptoms that are the writer's work, not the writer's ("Paramedic, I deal with
    # chest pain and falls all day", "as a physio I treat sciatica and numb legs every day").
    if (
        _WORK_WITH.search(clause)
        and _works_with_symptoms(whole)
        and not _assess(_blank(clause, _WORK_WITH)).signs
        and not present
    ):
        return "someone_else"
    if _job_work(clause, whole) and not present:
        return "someone_else"
    # Round 7. The long past stated as an age or a span ("a fall when I was 12, I'm 40 now",
    # "back in uni"): asked about, never a lockout, unless the message speaks of now.
    if (
        _LONG_PAST.search(clause)
        and _PAST.search(clause)
        and not present
        and not _has(_STILL_LOSING, whole)
        and not _NOW_TOO.search(clause)
        and "cancer_history" not in _assess(clause).signs
    ):
        return "past"
    # A numbness from pressure or a cramp that has already gone: asked about, never dismissed,
    # even in the saddle area; but never with bladder or bowel signs.
    if (
        _has(_GONE, whole)
        and _has(_PRESSURE, whole)
        and not present
        # round 33: the saddle area's numbness only once up and about ("went as soon as I stood
        # up"), never "it passed quickly" alone (round 7)
        and ("saddle_numbness" not in _assess(clause).signs or _has(_UP_AGAIN, whole))
        and not {"bladder", "bowel", "leg_weakening", "serious_trauma", "breathing_difficulty"}
        & set(_assess(clause).signs)
        and not _cause_proof(clause)
        # round 9: numb on wiping is the saddle sign, whatever went away
        and not _has(_WIPING, whole)
        # round 7: "...it went away, but both legs are numb" is another, present symptom
        and not (
            _STATE_NOW.search(clause) and not _GONE.search(clause) and not _PRESSURE.search(clause)
        )
    ):
        return "cause"
    # Round 14. Numbness from a long seat that always comes ("I always get a numb bum on long
    # flights"), or cold sweats and shivers from an ice bath, warmed up now: asked about, never
    # a lockout; never with bladder, bowel, wiping or a word of now.
    if (
        set(_assess(clause).signs) <= {"saddle_numbness", "numbness"}
        and _has(_SEAT_HABIT, whole)
        and _has(_PRESSURE, whole)
        and not present
        and not {"bladder", "bowel", "leg_weakening", "both_legs"} & set(_assess(whole).signs)
        and not _has(_WIPING, whole)
        and not _has(_NEWLY, _blank(whole, _NOT_NEW))
    ):
        return "habit"
    if (
        set(_assess(clause).signs) <= {"fever_unwell"}
        and _has(_COLD_PLUNGE, whole)
        and _has(_WARMED, whole)
        and not _has(_ILL_WORD, whole)
        and set(_assess(whole).signs) <= {"fever_unwell"}
        and not present
    ):
        return "cause"
    # Heavy, achy or sore legs after a run or a race: training soreness, asked about at most.
    if (
        _has(_EXERTION, whole)
        and not present
        and set(_assess(clause).signs) <= _SORENESS_SIGNS
        and not _assess(_blank(clause, _ACHE_WORDS)).signs
        and not _has(_DOWN_BOTH_9_RE, whole)
        and not _RT15_CAUSE_PROOF.search(clause)
    ):
        return "cause"
    if (
        _ROUTINE.search(clause)
        and not _has(_ROUTINE_GUARD, message)
        and not _assess(_blank(clause, _ROUTINE)).signs
    ):
        return "routine"
    if (
        _has(_HABIT_ROUTINE, whole)
        and not _has(_HABIT_GUARD, message)
        and not _assess(_blank(clause, _HABIT_ROUTINE)).signs
    ):
        return "habit"
    # Round 27. The mouth numbed by a dentist's or a local anaesthetic's injection ("dentist this
    # morning, my jaw is still numb from the injection"): the cause is told, the numbness is the
    # mouth's only; never numbness anywhere else, nor with another sign.
    if (
        set(_assess(clause).signs) <= _HAND_SIGNS
        and _has(_NUMBING_CAUSE, whole)
        and _has(_MOUTH_NUMB, whole)
        and not _has(_MOUTH_NUMB_GUARD, whole)
        and not _assess(_blank(whole, _MOUTH_NUMB)).signs
    ):
        return "cause"
    if hard or _has(_PRESENT, whole):
        return None
    if _has(_CONDITION, whole):
        return "cause"
    # Round 7. A symptom a clinician already checked and explained ("the GP checked, it was my
    # new shoes"): asked about, not a lockout.
    if _has(_CHECKED, whole) and not _cause_proof(clause):
        return "cause"
    # Round 8. Weak or dizzy all over, with a trivial cause told anywhere in the message.
    if (
        _has(_TRIVIAL_CAUSE, whole)
        and set(_assess(clause).signs) <= _TRIVIAL_SIGNS
        and not _has(_WEAK_LIMB, whole)
    ):
        return "cause"
    if _HYPOTHETICAL.search(clause):
        if (
            _assess(clause).level is TriageLevel.STOP_PAIN or _pain_ahead_in_move(clause, whole)
        ) and _stop_question(clause, whole):
            return "general"
        return "hypothetical"
    if _NOISE.search(clause) and _has(_HABIT, whole):
        return "habit"
    if (
        _CAUSE.search(clause)
        and not _cause_proof(clause)
        and not (_GIVE_WAY.search(clause) and _has(_REPEATED_NOW, whole))
    ):
        return "cause"
    if _HEDGED.search(clause):
        return "hedged"
    return None


# An exception after a negation keeps the sign: "no numbness except in my groin".
_EXCEPT = re.compile(
    r"\b(?:except|apart from|other than|besides|aside from|save for|only (?:in|on|around|down"
    r"|between|at))\b"
)


# Round 9. The neck's noise when the head turns, not the twist: declined by the question bank.
_NECK_TURN_NOISE = re.compile(
    r"\bneck (?:\w+ ){0,2}?" + _JOINT_NOISE + r"(?: \w+){0,2}? (?:when|whenever|if|as) (?:i|you)"
    r" (?:turn|move|tilt|look|roll|rotate|nod|crack)(?: (?:it|my head|round|around|left|right|to"
    r" the \w+))?\b"
)


# Round 10, general negation. A negation word, then only words that carry no claim of their
# own (a verb of having or feeling, an article, an intensifier, a body part), then a symptom whose
# absence is good: "I am not having any chest pain", "not even a twinge", "never had any back
# pain", "without the slightest tingling", "zero pain at all", "no numbness or tingling in my
# legs". The words between are a closed list, so "no idea why my leg is numb" negates nothing.
# Never an ability or a function: "can't feel", "no feeling down there", "no control", "no
# sensation", "no strength" name a loss, not a denial; "never had pain like this (before)" or
# "no pain except when I sweep" claim one.
_GEN_NEG_CUE = (
    r"(?<!can )(?<!could )(?<!cannot )(?<!if )(?<!or )(?:no|zero|without|never|not|nor|none|nothing"
    r"|neither|free of|no longer|nil|nary)"
)
_GEN_NEG_PART = (
    r"(?:chest|back|lower|low|upper|mid|neck|legs?|leg s|hips?|knees?|arms?|foot|feet|toes?|bum"
    r"|butt|groin|buttocks?|thighs?|calf|calves|shins?|shoulders?|spine|spinal|nerve|nerves"
    r"|joint|joints|muscle|muscles|muscular|side|sides|left|right|both|either|bladder|bowels?"
    r"|stomach|tummy|head|heart|saddle|sciatic|hand|hands|fingers?|ankles?|body|other)"
)
_GEN_NEG_FILLER = (
    r"(?:"
    + _GEN_NEG_PART
    + r" (?:or|nor|and|/) (?:my |the )?"
    + _GEN_NEG_PART
    + r"|any|a|an|the|single|even|real|much|more|bit of|hint of|trace of"
    r"|sign of|signs of|kind of|sort of|type of|slightest|least|little|tiny|of|my|at all|whatsoever"
    r"|having|have|had|has|got|get|getting|gotten|feel|feeling|felt|feels|experienced|experiencing"
    r"|experience|noticed|notice|noticing|seen|been"
    r"|new|further|serious|major|big|ever|once|one"
    r"|sharp|shooting|stabbing|burning|radiating|severe|bad|nasty|weird|odd|strange|funny|nerve"
    r"|sciatic|residual|lingering|lasting|whatsoever|yet|thankfully|luckily|same|old|bit|suffer"
    r"|suffered|suffering|suffers|from|history of|so much as|diagnosed with|had any"
    r"|usual|normal|obvious|noticeable"
    # round 33: any verb of causing before "any" ("didn't cause any sharp pain", "never gave me
    # any shooting pains", "hasn't brought on any numbness")
    r"|me|us|cause|caused|causes|causing|give|gave|given|gives|giving|bring on|brought on"
    r"|brings on|bringing on|trigger|triggered|triggers|triggering|set off|sets off|provoke"
    r"|provoked|provokes|produce|produced|produces|lead to|led to|leads to|result in|resulted in"
    r"|create|created|creates|do|did|does|done|" + _GEN_NEG_PART + r")"
)
_GEN_NEG_SYMPTOM = (
    r"(?:pains?|painful|hurt|hurts|hurting|aches?|aching|achy|achiness|twinges?|tingl\w*|numb"
    r"|numbness|pins and needles|weakness|weak|discomfort|sore|soreness|cramps?|cramping|spasms?"
    r"|symptoms?|fevers?|feverish|temperature|temp|dizzy|dizziness|light ?headed\w*|faint"
    r"|fainting|sciatica|problems?|issues?|trouble|complaints?|niggles?|changes?|leaks?|leaking"
    r"|accidents?|incontinence|weight loss|night sweats|sweats|chills|injur\w*|swelling|stiffness"
    r"|tightness|pressure|infection|inflammation|bruis\w*|damage|sensitivity|tenderness|tender"
    r"|shortness of breath|breathlessness|short of breath|breathing (?:problems?|issues?|trouble"
    r"|difficult\w*)|(?:trouble|difficulty|problems?) breathing|palpitations|nausea|vomiting"
    r"|sweating|dizzy spells?|blurred vision|headaches?"
    # round 24: "not dizzy or breathless or anything", "not out of breath at all"
    r"|breathless|out of breath|winded|puffed out|gasping"
    # round 35: an event denied ("never had a fall, no fevers", "not had any tumbles")
    r"|falls?|fallen|tumbles?|blackouts?|faints|collapses?|funny turns?|dizzy turns?|dizzy spells?"
    r"|waterworks (?:trouble|problems?|issues?)|bladder (?:trouble|problems?|issues?)|bowel"
    r" (?:trouble|problems?|issues?))"
)
_GEN_NEGATION = re.compile(
    r"\b"
    + _GEN_NEG_CUE
    + r"(?: "
    + _GEN_NEG_FILLER
    + r"){0,6} "
    + _GEN_NEG_SYMPTOM
    + r"(?:(?: or| nor| or any| nor any| or no| and no)(?: "
    + _GEN_NEG_FILLER
    + r"){0,3} "
    + _GEN_NEG_SYMPTOM
    + r")*"
    # where it is not: "no pain in my lower back", "anywhere"
    + r"(?: (?:in|down|into|on|at|around|across|between|through|along|anywhere|whatsoever|at all"
    r"|either)(?: (?:my|the|either|both|any|of|other|left|right|lower|upper|low))*(?: "
    + _GEN_NEG_PART
    + r"){0,2})*"
    + r"(?: (?:at all|whatsoever|anywhere|thankfully|luckily|today|now|any ?more|since))*\b"
    # never a claim: "never had pain like this before", "no pain except when I sweep"
    r"(?! (?:like|this bad|so bad|as bad|before|until|till|unless|except|apart|other than|besides"
    r"|save|only|but|compared|quite like|this severe|this intense|this strong|yet (?:but|though)"
    r"|than))"
)


_NEW_CLAIM = re.compile(
    # "I can't sit without numbness in my bum": what comes "without" is there
    r"\b(?:can not|could not|cannot|unable to|hard to|struggl\w* to|impossible to|barely|hardly)"
    r" (?:\w+ ){0,4}?without\b|\bmore (?:\w+ )?than\b|"
    r"\b(?:(?:never|not) (?:\w+ ){0,5}?(?:like (?:this|that|it|these|those)|this (?:bad|severe"
    r"|strong|intense)|before (?:now|today|tonight|this|yesterday|last)|until (?:now|today|tonight"
    r"|this|yesterday|last)|till (?:now|today|tonight|this|yesterday|last))"
    r"|first time (?:ever|in my life)?)\b"
)


# Round 19. A negation carried over a LIST of signs: "I don't have any leg weakness, numbness,
# fever or bladder problems", "free of numbness and tingling", "never had numbness, tingling or
# bladder problems", "not numb, tingly or weak". The clause split at the commas and "and" leaves
# the later items bare; each item that is only a sign named as a noun (or, after a bare
# adjective, only bare adjectives) carries the negation of the clause before it, when that
# negation reaches the end of its clause and the list closes with "or", "nor", "no" or "and".
# Never an item with anything else in it ("legs numb", "since this morning", "before now"),
# never across "but", "however" or a full stop.
_LIST_NOUN = (
    r"(?:pains?|aches?|aching|achiness|twinges?|tingling|tingles|numbness|pins and needles"
    r"|weakness|discomfort|soreness|cramps?|cramping|spasms?|symptoms?|fevers?|temperature|temp"
    r"|dizziness|light ?headedness|fainting|sciatica|problems?|issues?|trouble|complaints?"
    r"|niggles?|changes?|leaks?|leaking|accidents?|incontinence|weight loss|night sweats|sweats"
    r"|chills|injur(?:y|ies)|swelling|stiffness|tightness|pressure|infections?|inflammation"
    r"|bruising|sensitivity|tenderness|shortness of breath|breathlessness|palpitations|nausea"
    r"|vomiting|sweating|dizzy spells?|blurred vision|headaches?)"
)
_LIST_MODIFIER = (
    r"(?:any|a|an|the|my|of|sharp|shooting|stabbing|burning|radiating|severe|bad|new|weird|odd"
    r"|nerve|sciatic|chest|back|lower|low|upper|neck|legs?|hips?|knees?|arms?|foot|feet|toes?"
    r"|groin|buttock|thigh|calf|bladder|bowels?|stomach|tummy|head|heart|saddle|hand|finger"
    r"|joint|muscle|spinal|unexplained|unexpected|unusual)"
)
_LIST_CONJ = r"(?:or|nor|and|or any|nor any|and no|or no|no|not|nor any)"
_LIST_NOUN_ITEM = re.compile(
    r"(?:"
    + _LIST_CONJ
    + r" )?(?:"
    + _LIST_MODIFIER
    + r" ){0,3}"
    + _LIST_NOUN
    + r"(?: "
    + _LIST_CONJ
    + r"(?: "
    + _LIST_MODIFIER
    + r"){0,3} "
    + _LIST_NOUN
    + r")*"
    + r"(?: (?:in|down|into|at|anywhere|whatsoever|at all|either)(?: (?:my|the|either|both|any"
    r"|of|other|left|right|lower|upper|low))*(?: "
    + _GEN_NEG_PART
    + r"){0,2})?"
    + r"(?: (?:at all|whatsoever|anywhere|thankfully|luckily))?"
)
_LIST_ADJECTIVE = (
    r"(?:numb|tingly|weak|dizzy|faint|feverish|achy|sore|light ?headed|shaky|wobbly|sick|nauseous"
    r"|breathless|sweaty|clammy)"
)
_LIST_ADJECTIVE_ITEM = re.compile(
    r"(?:"
    + _LIST_CONJ
    + r" )?"
    + _LIST_ADJECTIVE
    + r"(?: "
    + _LIST_CONJ
    + r" "
    + _LIST_ADJECTIVE
    + r")*"
)
_LIST_CLOSE = re.compile(r"\b(?:or|nor|no|not)\b")
_DISTRIBUTES = re.compile(r"\b(?:free of|free from|without|never|neither)\b")
_GEN_NEG_CUE_WORD = re.compile(r"\b" + _GEN_NEG_CUE + r"\b")


def _carry_list_negation(raws: list[str], aside: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """``aside`` with the bare items of a negated list blanked too (see `_LIST_NOUN_ITEM`)."""
    out = list(aside)
    index = 0
    while index < len(raws):
        prepared = _prepare(raws[index])
        blanked, negated = out[index]
        if not (
            negated
            and prepared.strip()
            and not blanked[len(prepared.rstrip()) - 1 :].strip()
            and _has(_GEN_NEG_CUE_WORD, prepared)
        ):
            index += 1
            continue
        adjective = bool(_LIST_ADJECTIVE_ITEM.fullmatch(prepared.split()[-1]))
        items: list[int] = []
        closed = False
        j = index + 1
        while j + 1 < len(raws):
            separator = raws[j].strip().lower()
            if separator not in {",", "and"}:
                break
            item = _prepare(raws[j + 1]).strip()
            shape = _LIST_ADJECTIVE_ITEM if adjective else _LIST_NOUN_ITEM
            if not item or not shape.fullmatch(item):
                break
            if (
                separator == "and"
                and not items
                and not _LIST_CLOSE.match(item)
                and (
                    not _has(_DISTRIBUTES, prepared) or _assess(item).level is TriageLevel.EMERGENCY
                )
            ):
                # "no fever and numbness in both legs", "no back pain and saddle numbness": a
                # bare "and" after one denied sign may begin a claim, so the sign stays (only
                # "free of X and Y", "without X and Y", "never had X and Y" carry it, and never
                # to an emergency sign)
                break
            items.append(j + 1)
            closed = bool(_LIST_CLOSE.search(item)) or separator == "and"
            j += 2
        if items and closed:
            for k in items:
                out[k] = (" " * len(out[k][0]), True)
        index = max(index + 1, j - 1 if items else index + 1)
    return out


# rt6: "without" after an inability denies nothing ("can't finish a sentence on the phone
# without gasping"): the writer cannot do the thing without the sign, so the sign is there.
_UNABLE_BEFORE = re.compile(r"\b(?:(?:can|could) not|cannot|unable to|not able to) (?:\w+ ){1,7}$")


def _blank_general_negation(clause: str) -> tuple[str, bool]:
    """The clause with each general negation (`_GEN_NEGATION`) blanked, and whether any was."""

    def blank(match: re.Match[str]) -> str:
        found = match.group()
        if found.startswith("without ") and _UNABLE_BEFORE.search(clause, 0, match.start()):
            return found
        if _TRAINING_DAY_WORDS.fullmatch(found):
            return "gym".ljust(len(found))
        return " " * len(found)

    blanked = _GEN_NEGATION.sub(blank, clause)
    return blanked, blanked != clause


# Round 10. Parts said to be fine together: "bladder and bowels fine", "legs and feet both normal"
# (read before the single part, so no part of the list is left behind).
_PARTS_FINE = re.compile(
    r"\b(?:"
    + r"(?<!not )(?<!no )(?<!lost )(?<!losing )(?<!of )"
    + _FINE_PART
    + r"(?: (?:and|or|nor) (?:my |the )?"
    + _FINE_PART
    + r")+ (?:are |is |both |all |seem |seem to be |feel |working |work |have been |has been )?"
    r"(?:totally |completely |perfectly |absolutely |all |also |just |both )?(?:fine|ok|okay"
    r"|normal|good|perfect|all good|unaffected|unchanged|stable|working fine|working normally)"
    + r")\b"
)


# Round 12. An event said not to have happened: "nothing popped, nothing clicked", "no pop, no
# snap", "it didn't click or crack".
_NO_EVENT = re.compile(
    r"\b(?:nothing (?:has |had |ever |really |at all )?|no |not a |not one |never a |without a"
    r" |without any |(?:did|does|has|have|had) not (?:\w+ )?)(?:popped|pop|pops|popping|clicked"
    r"|click|clicks|clicking|cracked|crack|cracks|snapped|snap|snaps|tore|tear|clunked|clunk"
    r"|crunched|crunch|twanged|twang|pinged|ping|gave way|give way|go twang|go pop)"
    r"(?: (?:or|nor) (?:\w+ )?(?:popped|pop|clicked|click|cracked|crack|snapped|snap|twanged"
    r"|twang|pinged|ping|tore|torn|tear|clunked|crunched))?\b"
)


# Round 13: an illness denied with the doubled word: "not sick sick", "not ill ill".
_NOT_DOUBLED = re.compile(
    r"\b(?:not|never|nor) (?:really |actually |properly )?(sick|ill|unwell|poorly) \1\b"
)


def _set_aside(clause: str) -> tuple[str, bool]:
    """The clause with the words that are not a symptom blanked, and whether it negated one."""
    clause = _blank(_blank(_blank(clause, _NIGHT_DENIED), _NOT_DOUBLED), _TRAINING_VERDICT)
    no_event = _blank(clause, _NO_EVENT)
    negated_event, clause = no_event != clause, no_event
    if not _TWIST_WORDS.search(clause):
        clause = _blank(clause, _NECK_TURN_NOISE)  # round 9: "my neck clicks when I turn it"
    if not _DURING.search(clause):
        clause = _blank(clause, _MUSCLE_FEELING)
        if not _TWIST_WORDS.search(clause):
            clause = _blank(_blank(clause, _OTHER_INJURY), _OTHER_NOISE)
    parts_fine = _blank(clause, _PARTS_FINE)
    negated, clause = parts_fine != clause, parts_fine
    # round 10: "never had numbness like this before" claims a new symptom, it denies none
    excepted = _EXCEPT.search(clause) is not None or _NEW_CLAIM.search(clause) is not None
    if not excepted and (" or " in clause or " nor " in clause):
        # round 24: a negated list read whole before a single item's negation takes its first
        # item alone ("not dizzy or breathless or anything")
        listed = _GEN_NEGATION.sub(
            lambda m: " " * len(m.group()) if re.search(r" (?:or|nor) ", m.group()) else m.group(),
            clause,
        )
        negated, clause = negated or listed != clause, listed
    for pattern, negation in _DISMISS_STEPS:
        if excepted and negation:
            continue  # "no numbness except in my groin" negates nothing
        blanked = _blank(clause, pattern)
        negated = negated or (negation and blanked != clause)
        clause = blanked
    if not excepted:
        clause, general = _blank_general_negation(clause)
        negated = negated or general
    return clause, negated or negated_event


# Round 9. A checklist answered no ("Chest pain? nope. Dizzy? no."): a short symptom term asked
# and denied at once is set aside before anything else reads the message. A function asked
# and answered no ("Feeling down there? none.", "Bladder control? no") is a red flag, so a
# term that names an ability or a function is never set aside.
_CHECK_TERM = re.compile(
    r"\b(?:pain\w*|hurt\w*|aches?|aching|achy|tingl\w*|numb\w*|pins and needles|weak\w*|cramp\w*"
    r"|spasms?|twinges?|dizz\w*|faint\w*|light ?headed|fevers?|feverish|temperature|temp"
    r"|sweats|chills|weight loss|leak\w*|accidents?|incontinen\w*|sciatica|shooting|stabbing"
    r"|radiating|heart attack|falls?|fell|sick|nause\w*|vomit\w*|headaches?|trauma|injur\w*"
    r"|problems?|issues?|trouble|changes?"
    # round 17: "catching? no.", "locking? no."
    r"|catch\w*|locking|locked|sharp|pinch\w*|twang\w*"
    # round 19: "Heavy feeling in my chest? nah" (the described feeling reads as pressure)
    r"|pressure|tightness)\b",
    re.IGNORECASE,
)
_CHECK_FUNCTION = re.compile(
    r"\b(?:feel\w*|sensation|control\w*|pee\w*|wee\w*|poo\w*|go|walk\w*|lift\w*|stand\w*|hold"
    r"\w*|able|can|could|normal|ok|okay|working|works?|grip|strength|balance|move|moving|still"
    r"|yes)\b",
    re.IGNORECASE,
)
# Round 10: any shape and punctuation ("Chest pain: none", "numbness - nope", "pain -> no",
# "tingling = 0", "dizzy... nah"), and answers that say the part is fine ("Bladder? Fine.",
# "Legs: all good 👍"), which may follow a function too ("Feeling down there? normal"); a
# function answered no ("Feeling down there? none") is still never set aside.
_CHECKLIST_NO = re.compile(
    r"(?:^|(?<=[.!?;,:\n])|(?<=\s[-–—]\s))(?P<term>[^.!?;,:\n=>→…-]{1,40}?)\s*(?:\?+|:|-+>?|–|—|="
    r"|→|\.{2,}|…)"
    r"\s*(?:(?P<no>no+|nope|nah|nay|none|never|negative|not at all|zero|0|nada|nothing|no no"
    # round 31: text speak and emoji ("bladder? n", "both legs? x", "saddle? 🙅")
    r"|nop|noo+pe|na+h*|n|x|no way|no sir|🙅|🙅‍♂️|🙅‍♀️|🚫|❎"
    r"|not once|nil|never had (?:it|any|them|that|one)|❌|✗|✖️|👎|(?P<gone>gone|went|vanished"
    r"|disappeared|all gone|long gone|gone now))|(?P<fine>fine|ok|okay|good|normal|all good"
    r"|all fine|grand|great|perfect|sound|no issues?|no problems?|no change|unchanged"
    r"|all normal|working fine|✅|👍|✔️"
    # round 12: "Bowels? regular as a Swiss train", "Waterworks? like clockwork"
    r"|regular(?: as (?:a |an )?(?:\w+ ){0,2}\w+)?|like clockwork|spot on|tip top|normal as ever"
    r"|✔))(?: at all| whatsoever| thanks| thank god| thankfully| too| as well| either)?"
    # round 31: "both legs? no lol", "bladder? nope haha"
    r"(?: (?:lol+|lmao+|haha\w*|thank god|thankfully|phew|obviously|ofc|luckily))?"
    r"(?=\s*(?:[.!,;\n]|$|[^\w\s]))",
    re.IGNORECASE,
)
# "Pain-wise, nothing", "as for numbness, none at all", "in terms of tingling, zero".
_CHECKLIST_WISE = re.compile(
    r"(?:^|(?<=[.!?;\n]))\s*(?:(?:in terms of|as for|as to|regarding|when it comes to) "
    r"(?P<term>[^.!?;,:\n]{1,30}?)|(?P<wterm>[^.!?;,:\n]{1,30}?)[ -]?wise),\s*(?P<no>none"
    r"|nothing|nil|zero|no|nope|nada|never|not a thing|nothing at all)(?: at all| whatsoever"
    r"| to report| so far)?(?=\s*(?:[.!,;\n]|$|[^\w\s]))",
    re.IGNORECASE,
)
_CHECK_PART = re.compile(
    r"\b(?:bladder|bowels?|waterworks|toilet|wee\w*|pee\w*|poo\w*|legs?|feet|foot|toes|groin"
    r"|saddle|down there|bum|bottom|privates|genitals?|feeling|sensation|strength|balance|grip"
    r"|control|walking|chest|breathing|breath|heart|back|temperature|weight|appetite|sleep"
    r"|continence|numbness|tingling|pain|weakness|bowel habits?)\b",
    re.IGNORECASE,
)
_CHECK_ASKED = re.compile(
    r"\b(?:can|could|should|shall|is|are|do|does|did|will|would|was|were|have|has|if|when|how"
    r"|why|what|still|but|not|no)\b",
    re.IGNORECASE,
)


# Round 9. A cramp in the calf or the foot with a trivial cause or gone in a moment ("my calf
# cramps on the sweep when I haven't drunk enough", "a cramp in my arch when I point my toes,
# lasts a second"): a muscle cramp, answered, never the lockout.
_CRAMP = re.compile(r"\bcramp\w*\b")
_CRAMP_SITE = re.compile(
    r"\b(?:calf|calves|foot|feet|arch|arches|toes?|hamstrings?|shins?|soles?|instep|legs?|thighs?"
    r"|quads?)\b"
)
_CRAMP_CAUSE = re.compile(
    r"\b(?:water|drink\w*|drunk|drank|hydrat\w*|dehydrat\w*|electrolytes?|magnesium|salt|potassium"
    r"|bananas?|point\w* (?:my |the )?(?:toes?|foot|feet)|flex\w*|cold|lasts? (?:\w+ )?(?:a|one"
    r"|few|couple of) (?:\w+ )?(?:seconds?|moments?|secs?)|(?:then|and|soon|quickly) (?:it )?"
    r"(?:goes|went|passes|passed|eases|eased)|goes (?:away|off)|stretch\w* (?:it|them) out"
    r"|rub\w* (?:it|them)|walk\w* (?:it|them) off)\b"
)
_CRAMP_SIGNS = frozenset({"spasm", "leg_pain"})


_TAKEN_BACK = re.compile(
    r"\b(?:actually|wait|scratch that|correction|i mean yes|on second thought|come to think"
    r"|well yes|ok yes|okay yes|maybe a (?:bit|little)|a (?:bit|little) maybe|sometimes"
    # round 19: "Tight feeling in my chest? nah, more like a crushing pain"
    r"|more like|more of an?|rather|worse than that)\b",
    re.IGNORECASE,
)


_FUNCTION_LOST = re.compile(
    r"\b(?:feel\w*|sensation|control\w*|strength|grip|power)\b", re.IGNORECASE
)
_LOSS_ASKED = re.compile(
    r"\b(?:loss|lost|losing|change\w*|problems?|issues?|trouble|difficult\w*|numb\w*|reduced"
    r"|less|altered|weird|odd|strange|funny|tingl\w*)\b",
    re.IGNORECASE,
)


_DESCRIBED_FEELING = re.compile(
    r"\b(?:heavy|heaviness|tight|weird|odd|strange|funny|burning|pulling|crushing|squeezing"
    r"|sinking|pressing) (?:feeling|sensation)s?\b",
    re.IGNORECASE,
)
_IN_MY = re.compile(
    r"\b(?:in|on|across|around|round|down|through) my(?= (?:chest|back|legs?|arms?|feet|foot"
    r"|toes|neck|shoulders?|hips?|tummy|stomach)\b)",
    re.IGNORECASE,
)


_CHECKLIST_NAMED = re.compile(
    r"\b(?:check ?list|check ?in|your (?:list|questions?|safety (?:questions?|checks?|list))"
    r"|the (?:list|questions?|safety (?:questions?|checks?|list))|warning signs|red flags?"
    r"|screening)\b",
    re.IGNORECASE,
)
# A bare part, area or sign the checklist names, with at most a leading article or "any"
_CHECKLIST_AREA = re.compile(
    r"(?:(?:re|re the|the|any|and|also|plus|then|ok|okay|so)\s+)*(?:(?:any|the)\s+)?"
    r"(?:(?:numb\w*|tingl\w*|pins and needles|weak\w*|loss of feeling|feeling loss|pain|changes?"
    r"|problems?|issues?|trouble|leaks?|leaking|accidents?)\s+(?:in|of|with|between|around|down)"
    r"\s+(?:the\s+|your\s+|both\s+)?)?"
    r"(?:bladder|bowels?|bladder (?:or|and|/|&) bowels?|bowels? (?:or|and|/|&) bladder|waterworks"
    r"|toilet|both legs|legs|both sides|saddle(?: area| region)?|groin|down there|between the legs"
    r"|the legs|privates|bum|bottom|incontinence|continence|chest|breathing|fever|temperature"
    r"|weight|balance)"
    r"(?:\s+(?:stuff|things?|problems?|issues?|changes?|numb\w*|pain|weak\w*|trouble"
    r"|leaks?|accidents?|area|region))?",
    re.IGNORECASE,
)


def _blank_checklist(text: str) -> str:
    """The text with each symptom asked and answered no blanked (see `_CHECKLIST_NO`)."""
    if _TAKEN_BACK.search(text):
        return text  # "Numb? no. Well, actually yes, a bit": the answer is taken back

    # round 31: the bot's checklist answered item by item ("re the checklist: numbness between
    # the legs? no. bladder? no. both legs? no"): a bare part or area asked there and answered
    # no is denied too, when the message names the checklist or denies two items or more; a
    # function ("bladder control? no", "can you feel it? no") still reads as its loss
    answered_no = sum(1 for m in _CHECKLIST_NO.finditer(text) if m.group("no") is not None)
    checklist = answered_no >= 2 or _CHECKLIST_NAMED.search(text) is not None

    def blank(match: re.Match[str]) -> str:
        asked = match.group("term") or match.groupdict().get("wterm") or ""
        if (
            checklist
            and match.groupdict().get("no") is not None
            and _CHECKLIST_AREA.fullmatch(asked.strip())
            and not _TAKEN_BACK.search(asked)
        ):
            return " " * len(match.group())
        # round 19: "Heavy feeling in my chest? nah": a described feeling is a sensation, not
        # the function of feeling, and "in my chest" names where, not the writer as the object
        term = _IN_MY.sub(" ", _DESCRIBED_FEELING.sub("pressure", asked))
        if (
            match.groupdict().get("gone") is not None
            and _CHECK_TERM.search(term)
            and not _FUNCTION_LOST.search(term)
            and len(term.split()) <= 6
        ):
            return " " * len(match.group())  # "The numbness in my leg? Gone."
        if match.groupdict().get("fine") is not None:
            # "Bladder? Fine.": the part or the function said to be fine
            if (
                len(term.split()) > 5
                or not (_CHECK_TERM.search(term) or _CHECK_PART.search(term))
                or _CHECK_ASKED.search(term)
                or re.search(r"\b(?:i|me|im)\b", term, re.IGNORECASE)
            ):
                return match.group()
            return " " * len(match.group())
        if _LOSS_ASKED.search(term) is None and _FUNCTION_LOST.search(term):
            # round 10: "Feeling down there? none", "can I feel my feet? no": the function
            # answered no is its loss, read as such ("no feeling ..."), never set aside
            return match.group() + " no feeling " + asked + " . "
        if _LOSS_ASKED.search(term) and len(term.split()) <= 6 and not _TAKEN_BACK.search(term):
            # "Any loss of feeling? no", "changes in sensation: none": a loss asked and denied
            return " " * len(match.group())
        if (
            len(term.split()) > 5
            or not _CHECK_TERM.search(term)
            or _CHECK_FUNCTION.search(term)
            # round 13: "Back pain woke me? No, the dog did": the writer as the object is asked
            or re.search(r"\b(?:i|my|im)\b", term, re.IGNORECASE)
        ):
            return match.group()
        return " " * len(match.group())

    return _CHECKLIST_WISE.sub(blank, _CHECKLIST_NO.sub(blank, text))


# Round 9, general. Laughter in the symptom's own clause (read on the text as typed, for the
# emoji), or the writer saying it is fine or normal there: asked about, not a lockout.
_LAUGHING = re.compile(
    r"(?:\b(?:lol+|lmao+|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|jk|just kidding|kidding|joking)\b"
    r"|[\U0001F602\U0001F923\U0001F605\U0001F606\U0001F61C\U0001F643\U0001F92A])",
    re.IGNORECASE,
)
_SAID_FINE = re.compile(
    r"\b(?:(?:it|that|this|which|they|all) (?:is|was|are|were|seems|seemed|felt|feels|seem)"
    r" (?:(?!(?:not|never|no)\b)\w+ )?(?:fine|normal|ok|okay|nothing|harmless|grand|alright)"
    r"|(?:i am|im|i feel|feeling|i felt|i was) (?:(?!(?:not|never|no)\b)\w+ )?(?:fine|great"
    r"|good|ok|okay|grand|alright)|all good|no big deal|no biggie|not worried"
    r"|nothing serious)\b"
)


# Round 9. "My motivation is weak and so is my left leg": the same word carried over to a
# body part. Such a message keeps the reading of its words as typed, whatever the context.
_MY_PART = (
    r"my (?:\w+ )?(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|ankles?|knees?|back|spine"
    r"|bum|butt|groin|hips?|chest|neck|bottom|arms?|hands?|fingers?|side|face|bladder|bowels?"
    r"|body)"
)
_SO_IS_MINE = re.compile(
    r"\b(?:(?:so|as|and so|neither|nor) (?:is|are|does|do|did|was|were|has|have) "
    + _MY_PART
    + r"|same (?:with|for|goes for) "
    + _MY_PART
    + r"|"
    + _MY_PART
    + r" (?:is|are|was|were|does|did|feels?|felt) (?:\w+ )?too"
    r"(?! (?:many|much|long|far|hard|fast|often|late|early|soon|quick\w*|slow\w*|little|few"
    r"|tired|hot|cold|busy))"
    # after round 30: "why do you ask about bladder stuff? mine stopped working this morning"
    # rt1: "my dad's legs went numb years ago. now mine are doing it, both of them"
    r"|(?:now|and now|but now) mine (?:are|is|have|has) (?:\w+ )?(?:doing (?:it|that|the same)"
    r"|going (?:the same way|numb|dead)|the same|started)"
    r"|mine (?:has |have |had |just |kind of |totally |completely |properly )?(?:stopped"
    r"|went (?:numb|dead|weak|funny)|gave (?:up|out|way)|packed up|(?:is|was) not working|does"
    r" not work|will not work|leaks?|leaked|leaking|(?:is|went|was) numb|(?:is|was) gone)"
    # round 38 (a gap found while probing): "a resident lost control of her bladder, and I've
    # lost control of mine since this morning"
    r"|(?:i|i ve|ive|i have|i am|i m|im|i keep|i ve been|i have been) (?:\w+ )?(?:lost|losing"
    r"|lose) (?:all |the )?(?:control|feeling) (?:of|in|over) mine"
    # "...happened to me this morning", "I then did the same" (never "happened to me too once")
    r"|(?:it |that |this |the same |same thing |same )?(?:has |had |just )?happened to me (?:now"
    r"|today|tonight|this morning|this afternoon|this evening|yesterday|last"
    r" night|earlier|just now|again)|i (?:then |also |just |too |later |nearly |almost )?(?:did"
    r"|had|got) (?:the same|the exact same|exactly the same)(?: (?:thing|later|after|too))?)\b"
)


# A cause told on its own, next to the symptom: a stated cause (`_CAUSE`), getting up too fast,
# sitting on the floor, a screen, a race.
_NEIGHBOUR_CAUSE = re.compile(
    _CAUSE.pattern
    + r"|\b(?:(?:got|get|getting|stood|standing) up (?:too )?(?:fast|quick\w*|sudden\w*)"
    r"|(?:sat|sitting) (?:cross legged|on (?:the|a) (?:floor|bench|hard \w+))"
    r"|(?:been|was) (?:typing|texting|gaming|scrolling|gardening|kneeling)"
    r"|(?:did|done|ran|doing) (?:a |my )?(?:10k|5k|half marathon|marathon|parkrun|long run))\b"
)


def _neighbours(clauses: list[str], index: int) -> list[int]:
    """The clauses just before and after ``index`` that hold words (separators skipped)."""
    found: list[int] = []
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(clauses):
            piece = clauses[j].strip()
            if piece and not _SEPARATOR.fullmatch(piece):
                found.append(j)
                break
            j += step
    return found


# Round 44: an asthmatic's tight chest that the inhaler sorted ("chest tight from my asthma in
# the cold, the inhaler sorted it"): asthma named as the cause and the inhaler told as having
# settled it; only a tight or wheezy chest or breathing, never a pain, pressure, heaviness or
# squeeze, never beside anything that spreads, sweats or faints, nor a word of now, still,
# again, worse or different.
_ASTHMA_44 = re.compile(r"\b(?:asthma\w*|asthmatic)\b")
_INHALER_SORTED_44 = re.compile(
    r"\b(?:inhaler|puffer|pump|reliever|ventolin|salbutamol|blue one)\b(?: \w+){0,3}?"
    r" (?:sorted|settled|eased|cleared|fixed|calmed|sorted out|helped|did the trick|worked)"
    r"(?: (?:it|that|me|them|things))?(?: (?:out|right out|straight away|quickly|fine))*"
    r"|\b(?:sorted|settled|eased|cleared|fixed|calmed) (?:it |that |me )?(?:\w+ ){0,2}?with (?:my"
    r" |the )?(?:inhaler|puffer|pump|reliever|ventolin|salbutamol)\b"
)
_ASTHMA_GUARD_44 = re.compile(
    r"\b(?:pain\w*|pressure|heav\w*|crush\w*|squeez\w*|band|elephant|weight|spread\w*|arm|arms"
    r"|jaw|neck|shoulder|sweat\w*|clammy|faint\w*|dizz\w*|light headed|lightheaded|grey|blue"
    r" lips|lips|still|again|worse|different|not like|unlike|new|never|won t|will not|not (?:work"
    r"|help|touch|shift|settl\w*|eas\w*)|did not|didn t|hasn t|has not|keeps|can not|cannot"
    r"|barely|struggl\w*|gasp\w*|right now|at the moment|since|ambulance|999|a and e)\b"
)
_ASTHMA_SIGNS_44 = frozenset({"chest_pain", "breathing_difficulty"})


def _asthma_sorted_44(text: str, found: Triage) -> bool:
    """Round 44: see `_INHALER_SORTED_44`."""
    if not found.signs or not set(found.signs) <= _ASTHMA_SIGNS_44:
        return False
    whole = _prepare(_mend(text[:MAX_CHARS]))
    return (
        _has(_ASTHMA_44, whole)
        and _has(_INHALER_SORTED_44, whole)
        and not _has(_ASTHMA_GUARD_44, whole)
        and not _has(_PRESENT, whole)
    )


_ASTHMA_ALARM_44 = re.compile(
    r"\b(?:arm|arms|jaw|neck|shoulder|sweat\w*|clammy|crush\w*|pressure|heav\w*|squeez\w*"
    r"|spread\w*|different|not like|unlike|worse|elephant|band|grey|faint\w*)\b"
)


def _asthma_alarm_44(text: str, found: Triage) -> bool:
    """Round 44: see `_ASTHMA_ALARM_44`."""
    if "chest_pain" not in found.signs:
        return False
    whole = _prepare(_mend(text[:MAX_CHARS]))
    return _has(_ASTHMA_44, whole) and _has(_ASTHMA_ALARM_44, whole)


def triage(text: str) -> Triage:
    """The safety level a free-text message calls for, the sign keys that matched, and whether
    the context makes it ambiguous (see the module docstring)."""
    found = _triage(text)
    weighed = _weigh(text, found)
    if weighed.ambiguous:
        settled = _settled_53(text, weighed)
        if settled is not None:
            return settled  # round 53: the rules' doubt, settled by the message itself
    if found.ambiguous or found.level is TriageLevel.NONE:
        return weighed  # the rules' own doubt, and what they made of it, stand
    if weighed.ambiguous or weighed.level is TriageLevel.NONE:
        return weighed
    context = points_away(text[:MAX_CHARS], _prepare_mended, _rank_of)
    if context is None:
        return weighed
    settled = _settled_53(text, weighed)
    if settled is not None:
        return settled
    return Triage(weighed.level, weighed.signs, ambiguous=True, context=context)


def _settled_53(text: str, weighed: Triage) -> Triage | None:
    """Round 53: the message itself settles what the lean layer reads (`lean.settles`: a
    thing's fall, a figure, the signs denied but for tightness, the past with a long spell of
    normal, a trainer's verdict, someone else's sign with the writer's own words free of any,
    the hardest only from a screen): no sign; a supposition: the warning signs, answered."""
    kind = settles(
        text[:MAX_CHARS], _prepare_mended, _rank_of, hard=bool(set(weighed.signs) & HARD_SIGNS)
    )
    if kind is None:
        return None
    if kind == "supposed":
        return Triage(weighed.level, weighed.signs, True, "general")
    return Triage(TriageLevel.NONE, ())


def _prepare_mended(text: str) -> str:
    return _prepare(_mend(text))


def _rank_of(prepared: str) -> int:
    return _assess(prepared).level.rank


def _weigh(text: str, found: Triage) -> Triage:
    """The rules' result ``found`` for ``text`` weighed against the rounds' later checks."""
    if found.ambiguous and found.context == "cause" and _asthma_sorted_44(text, found):
        # round 44: an asthmatic's tight chest the inhaler sorted, back to the move
        return Triage(TriageLevel.NONE, ())
    if found.ambiguous and found.context == "cause" and _asthma_alarm_44(text, found):
        # round 44 (found while probing): asthma never explains a chest pain that spreads to an
        # arm or the jaw, sweats, crushes or is told as different
        return Triage(found.level, found.signs)
    if found.ambiguous and _owned_after_all(text, found):
        return Triage(found.level, found.signs)
    if (
        found.ambiguous
        and found.context in {"hypothetical", "general"}
        and _ONSET_NOW_53.search(_prepare(_mend(text[:MAX_CHARS])))
    ):
        # round 53 (found while probing): a supposition, then the sign's own onset told as
        # today's ("what happens if I tell you I have chest pain? it started an hour ago")
        return Triage(found.level, found.signs)
    if (
        found.ambiguous
        and found.context == "past"
        and _has(_RECURRED_35, _prepare(_mend(text[:MAX_CHARS])))
    ):
        # round 35 (a gap found while probing): the past trouble told as back ("all sorted,
        # but it's started again this week"): the writer's own, now
        return Triage(found.level, found.signs)
    if (
        found.ambiguous
        and found.context == "past"
        and "chest_pain" in found.signs
        and _has(_HEART_NOW_45, _prepare(_mend(text[:MAX_CHARS])))
    ):
        # round 45 (found while probing): a past chest pain cleared, then the jaw, an arm or the
        # chest told as aching, tight or heavy now: the heart's signs today, never the past
        return Triage(found.level, found.signs)
    if (
        found.ambiguous
        and found.context == "someone_else"
        and set(found.signs) & HARD_SIGNS
        and _has(_RECURRED_35, _prepare(_mend(text[:MAX_CHARS])))
        and _own_after_a_birth_45(text)
    ):
        # round 45 (found while probing): "leaking after my baby, sorted years ago, but it's
        # started again": the baby dates the writer's own sign, which is back
        return Triage(found.level, found.signs)
    if (
        found.ambiguous
        and found.context == "someone_else"
        and _has(_SAME_NOW_46, _prepare(_mend(text[:MAX_CHARS])))
    ):
        # round 46 (found while probing): someone else's sign, then the writer's own of the
        # same ("and now I've got it in both my legs too", "same here, mine are numb since...")
        return Triage(found.level, found.signs)
    if found.ambiguous and _rt7_own(text, found):
        return Triage(found.level, found.signs)
    if found.ambiguous and _rt11_own(text, found):
        # rt11: the writer's own sign, with a word of now, in a sentence of its own
        return Triage(found.level, found.signs)
    if found.ambiguous and _rt13_own(text, found):
        # rt13: the writer's own sign after all (see `_rt13_own`)
        return Triage(found.level, found.signs)
    if found.ambiguous and _rt17_own(text, found):
        # rt17: the writer's own sign after all (see `_rt17_own`)
        return Triage(found.level, found.signs)
    if found.ambiguous and _round25_lockout(text, found):
        # round 25: never ask when it is unambiguous (see `_round25_lockout`)
        return Triage(found.level, found.signs)
    if found.ambiguous and _own_collapse(text, found):
        # round 26: "I'm around collapses all day, and today I collapsed at work"
        return Triage(found.level, found.signs)
    if found.ambiguous or found.level is TriageLevel.NONE:
        # rt2: a sign the writer's own and present after all (see `_rt2_own`)
        owned = _rt2_own(text, found)
        if owned is not None:
            return owned
    if found.ambiguous or found.level is TriageLevel.NONE:
        # rt3: a sign the writer's own after all (see `_rt3_own`)
        owned = _rt3_own(text, found)
        if owned is not None:
            return owned
    if _fragile_bone_pain(text, found):
        # round 26: a pop, strain or lift with new pain on fragile bones (see below)
        return Triage(max(found.level, TriageLevel.CLINICIAN), found.signs)
    if found.level is TriageLevel.NONE or found.ambiguous:
        whole = _prepare(_mend(text[:MAX_CHARS]))
        if _has(_SO_IS_MINE, whole) or _has(_SAME_TODAY_46, whole):
            full = _assess(whole)
            if full.level > found.level or (full.level is found.level and found.ambiguous):
                return full
    if found.ambiguous and _others_only_45(text):
        # round 45: someone else's sign told, the writer's own words free of any sign and asking
        # about the move or the bot ("a colleague has sciatica down both legs, could she use this
        # too?", "my neighbour went off in an ambulance with chest pain, anyway how long do I hold")
        return Triage(TriageLevel.NONE, ())
    if found.ambiguous and found.context == "past" and _past_sorted_46(text, found):
        # round 46: one foot's numbness long past, a clinician sorted it, nothing since
        return Triage(TriageLevel.NONE, ())
    if found.ambiguous and found.context == "past" and _past_checked_50(text, found):
        # round 50: a fall, or a bladder infection, dated in the past, checked or treated at
        # the time, and fine since ("got checked at A&E, no damage, been fine for months",
        # "antibiotics sorted it, all fine now")
        return Triage(TriageLevel.NONE, ())
    if (found.ambiguous or found.level is not TriageLevel.NONE) and _others_handled_46(text, found):
        # round 46: someone else's sign handled or long known and checked, the writer's own
        # words free of signs ("my sister's been taken to hospital ... as for me, how long")
        return Triage(TriageLevel.NONE, ())
    if found.ambiguous and found.context == "someone_else" and _others_family_47(text, found):
        # round 47: a family member's sign, the writer's own words free of signs and about the
        # move or the bot ("my wife has had flu for days ... is the stretch ok tonight"); a
        # hardest sign only when long known (an operation last year, "still has") and the bot
        # asked about on their behalf ("could he use this?")
        return Triage(TriageLevel.NONE, ())
    if (
        found.ambiguous
        and set(found.signs) & HARD_SIGNS
        and _has(_BACK_AGAIN_47, _prepare(_mend(text[:MAX_CHARS])))
        and _own_after_a_birth_45(text)
    ):
        # round 47 (found while probing): a bladder problem after a birth, sorted, told as back
        # in other words ("but it's back now", "started leaking again this week")
        return Triage(found.level, found.signs)
    if found.context != "general" and found.signs == ("night_pain",) and _night_asked_47(text):
        # round 47: night pain asked about in general, the writer's own only stiff
        return Triage(found.level, found.signs, True, "general")
    if not found.ambiguous and set(found.signs) == {"bladder"} and _birth_bladder_47(text):
        # round 47: a bladder problem after a birth long ago that treatment sorted, asked
        # whether it matters: asked, never locked out (round 45 settles it with "none now")
        return Triage(found.level, found.signs, True, "past")
    if found.level is not TriageLevel.NONE and found.context != "general" and _general_48(text):
        # round 48: why the check-in asks about a sign, or whether a sign is ever a reason to
        # skip the move, told as curiosity with the writer's own denied: the warning signs
        return Triage(found.level, found.signs, True, "general")
    if found.ambiguous and "breathing_difficulty" in found.signs and _BLUE_NOW_49.search(text):
        # round 49 (found while probing): lips or a face going blue now, whatever the past
        return Triage(found.level, found.signs)
    if (
        found.level is not TriageLevel.NONE
        and found.context != "general"
        and _checklist_wording_54(text)
    ):
        # round 54: what counts as a sign on the bot's checklist, the writer's own denied
        return Triage(found.level, found.signs, True, "general")
    if found.level is not TriageLevel.NONE and found.context != "general" and _general_55(text):
        # round 55: whether a sign is one that stops a session, asked with nothing of the
        # writer's own: the warning signs
        return Triage(found.level, found.signs, True, "general")
    if found.level is not TriageLevel.NONE and found.context != "general" and _general_49(text):
        # round 49: the bot's list of signs asked about, why it asks about people's signs, or
        # what to do if a sign ever came during the move: the warning signs or the stop rule
        return Triage(found.level, found.signs, True, "general")
    return found


# Round 53: a sign's onset told as today's, in its own words ("it started an hour ago", "it came
# on this morning", "I have it right now").
_ONSET_NOW_53 = re.compile(
    r"\b(?:it|this|that|the pain|mine|which|they|both) (?:\w+ )?(?:started|began|came on"
    r"|kicked in|come on|hit me|has been going|has been there)"
    r"(?: \w+){0,3}? (?:(?:a|an|\d+|few|couple of|some|two|ten|twenty|half an) (?:\w+ )?"
    r"(?:minutes?|mins?|hours?|hrs?) ago|today|this (?:morning|afternoon|evening)|tonight"
    r"|last night|just now|earlier|at lunch|at breakfast)\b"
    r"|\b(?:i (?:have|have got|am having|do have|have actually got) (?:it|them|one|that) (?:right"
    r" )?now|it is happening (?:right )?now)\b"
    r"|\b(?:my|both) (?:\w+ ){0,2}?(?:legs?|feet|foot|bum|bladder|chest|arms?|face) (?:are|is|feel"
    r"|feels|have gone|has gone|went) (?:\w+ )?(?:numb|dead|weak|tingly|heavy|tight|crushing)"
    r" (?:right )?now\b"
)


# Round 54: the checklist's wording asked ("what counts as pain in both legs on your checklist?"),
# beside the writer's own denied and why they ask ("asking so I answer it right, I don't have
# any"); the rest free of any sign, of a word of now and of a claim ("because I do").
_COUNTS_ON_LIST_54 = re.compile(
    r"\b(?:what|which|how much|how bad) (?:\w+ )?(?:counts?|would count|qualifies|would qualify"
    r"|classes|is classed|is meant) as (?:\w+ ){1,6}?(?:on|in|for|by) (?:your|the|ur|this|that)"
    r" (?:\w+ )?(?:checklist|check list|check in|checkin|check ins|questions?|list|safety page"
    r"|safety info|form|quiz|screening)(?: (?:questions?|list|form|page))?\b"
)
_WHY_I_ASK_54 = re.compile(
    r"\b(?:(?:i am |im |i m )?(?:asking|checking|wondering)(?: so (?:i|that i) (?:can )?(?:answer"
    r"|tick|fill|get|do|reply|respond)(?: \w+){0,4})?|so (?:i|that i) (?:can )?(?:answer|tick|fill"
    r" in|get it right|reply)(?: \w+){0,4}|just (?:checking|curious|wondering|asking)|want to"
    r" (?:answer|tick|get it)(?: \w+){0,3})\b"
)
_OWN_NONE_54 = re.compile(
    r"\b(?:i (?:do not|did not|have not|never) (?:have|get|got|had)(?: (?:any|it|that|them"
    r"|those|one|anything like that))?|i have (?:none|not got any|no \w+)|none here|not me"
    r"|(?:mine|my \w+) (?:is|are) (?:normal|fine|ok|okay)|i have not (?:lost|had|got) any"
    r"|nothing (?:wakes|woke|has woken) me)\b"
)
_CLAIM_54 = re.compile(
    r"\b(?:because|cos|coz|as|since) i (?:do|have|had|am|get)\b|\b(?:now|today|yesterday"
    r"|since|started|this morning|tonight|last night|right now|at the moment|again|still)\b"
)


def _checklist_wording_54(text: str) -> bool:
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if not _has(_COUNTS_ON_LIST_54, whole) or not _has(_OWN_NONE_54, whole):
        return False
    rest = _blank(_blank(_blank(whole, _COUNTS_ON_LIST_54), _OWN_NONE_54), _WHY_I_ASK_54)
    return not _has(_CLAIM_54, whole) and _assess(rest).level is TriageLevel.NONE


def _general_48(text: str) -> bool:
    """Round 48: a question about a sign in general (`_WHY_ASKED_48`, `_EVER_REASON_48`) beside
    curiosity or the writer's own denied (`_JUST_CURIOUS_48`), the rest free of any sign and of
    any word of now."""
    head = text[:MAX_CHARS]
    if not _JUST_CURIOUS_48.search(head) or not (
        _WHY_ASKED_48.search(head) or _EVER_REASON_48.search(head)
    ):
        return False
    rest = blanked(_JUST_CURIOUS_48, blanked(_EVER_REASON_48, blanked(_WHY_ASKED_48, head)))
    if _NOW_48.search(rest):
        return False
    left = _triage(rest)
    return left.level is TriageLevel.NONE and not left.ambiguous


_EVER_REASON_48 = re.compile(
    r"\b(?:is|are|would|could|can|does|do|should)\s+(?:[\w']+\s+){1,5}?(?:ever|always|usually"
    r"|generally|normally)\s+(?:be\s+)?(?:a\s+|an\s+)?(?:good\s+)?(?:reason|sign|cause|signal"
    r"|excuse)\s+(?:not\s+to|to\s+(?:stop|skip|avoid|not|pause|leave)|against|for\s+stopping)\b"
    r"[^?.!\n]*\??",
    re.IGNORECASE,
)
_NOW_48 = re.compile(
    r"\b(?:now|today|tonight|since|still|again|yesterday|this (?:week|morning|month)|lately"
    r"|recently|currently|at the moment|but|though|except|started|keeps?)\b",
    re.IGNORECASE,
)


_BACK_AGAIN_47 = re.compile(
    r"\b(?:(?:it|that|they|the leaking|the leaks?) (?:is|s|are|re|has|have|ve)(?: come)?|its"
    r"|(?:it|that|they) (?:came|come|has come|is coming|s coming))"
    r" back(?: now| again| lately| recently| this \w+)?\b(?! (?:then|when|in|is|s|feels|was)\b)"
    r"|\b(?:started|starting|begun|began|back to) (?:\w+ing )?(?:again|once more)\b"
    r"|\b(?:leak\w*|wetting|trouble|problems?) (?:\w+ )?again\b"
)
# Round 47. The bot or the move asked about on someone else's behalf ("could he use this bot",
# "is it not for her", "would my mum be able to do it").
_FOR_THEM_47 = re.compile(
    r"\b(?:could|can|would|should|might|is it ok for|is it safe for) (?:he|she|they|him|her|them"
    r"|my (?:\w+ )?(?:dad|mum|mam|mom|father|mother|husband|wife|partner|nan|gran|grandad"
    r"|grandma|grandpa|brother|sister|son|daughter|uncle|aunt|auntie))(?: \w+){0,3}? (?:use|try"
    r"|do|give it a go|manage)\b|\b(?:is|isn t|isnt|is it not|it s not|its not|not) (?:it |this"
    r" |this bot |the bot |the twist )?(?:suitable |right |meant |safe )?for (?:him|her|them)\b"
)
# Someone else's hardest sign long known: an operation long past, "still has", for years.
_KNOWN_47 = re.compile(
    r"\b(?:surgery|operation|op|fusion|laminectomy|discectomy|stroke|ms|multiple sclerosis"
    r"|parkinson\w*)\b(?: \w+){0,3}? (?:last year|years ago|\d+ years|a year ago|ages ago"
    r"|in \d{4})\b|\b(?:still has|has had (?:\w+ ){0,2}for years|for years|long standing)\b"
)
_CARER_TIRED_47 = re.compile(
    r"\b(?:looking after|nursing|caring for|run ragged|shattered|worn out|barely slept|no sleep"
    r"|not slept|knackered|exhausted|wiped out|up all night with|frazzled|done in|tired out)\b"
)
_OTHERS_NOW_47 = re.compile(
    r"\b(?:suddenly|sudden|today|this morning|tonight|since yesterday|last night|just now"
    r"|worse|getting worse|new|started|in the night)\b"
)


# a clause that goes on with the same subject has no word of the writer's own
_MINE_47 = re.compile(r"\b(?:i|me|my|mine|myself|im|i m|i ve|ive|i d|id|we|us|our)\b")


def _others_family_47(text: str, found: Triage) -> bool:
    whole = _prepare(_mend(text[:MAX_CHARS]))
    # round 46's rule stands: a family member's sign with nothing done or known about it is
    # asked; an illness the writer is worn out nursing is the writer's tiredness, and a sign long
    # known (an operation long past, "still has") is settled when asked about on their behalf
    nursed = set(found.signs) <= {"fever_unwell"} and _has(_CARER_TIRED_47, whole)
    hard = not nursed
    if hard and not (_has(_FOR_THEM_47, whole) and _has(_KNOWN_47, whole)):
        return False
    if hard and _has(_OTHERS_NOW_47, whole):
        return False
    cleared = _blank(_blank(whole, _PART_PLAIN_46), _MINE_PLAIN_46)
    if _has(_OWN_CLAIM_45, cleared) or _has(_NOW_TOO_OWN_45, cleared) or _has(_SAME_NOW_46, whole):
        return False
    walked = _walk_others(
        text,
        lambda piece: _blank(_blank(piece, _PART_PLAIN_46), _MINE_PLAIN_46),
        lambda plain: not _MINE_47.search(plain),
    )
    if walked is None:
        return False
    others, rest = walked
    joined = " ".join(rest)
    return (
        others
        and not _assess(joined).signs
        and bool(
            _MOVE_OR_BOT_45.search(joined)
            or _has(_OWN_TURN_46, joined)
            or (hard and _has(_FOR_THEM_47, whole))
        )
    )


# Round 47. Night pain asked about in general ("is pain at night a warning sign with back
# trouble? only asking, mine is just stiff in the mornings"): the warning-signs answer; never
# with a night, a waking or a sign of the writer's own.
_NIGHT_ASKED_47 = re.compile(
    r"\b(?:is|are|does|do|can|could|would|should) (?:\w+ ){0,2}?(?:night pains?|pains? at night"
    r"|pain in the night|night time pain|nighttime pain|pain overnight|back pain at night)"
    r"(?: \w+){0,5}? (?:a |an )?(?:bad|warning|red flag|worrying|serious|danger\w*|concerning"
    r"|worry|worried|alarm\w*|sinister|big deal)\b(?: (?:sign|signs|thing|about))?"
)
_CURIOUS_47 = re.compile(
    r"\b(?:(?:just|only|purely) (?:curious|asking|wondering|interested)|out of (?:interest"
    r"|curiosity)|asking for (?:a friend|interest))\b"
)
_MINE_STIFF_47 = re.compile(
    r"\b(?:mine|my (?:own )?(?:back|one))(?: (?:is|s|gets|feels))? (?:only|just|simply)"
    r"(?: (?:a bit|a little|bit))? (?:stiff|tight|achy|creaky)(?: (?:first thing|in the"
    r" mornings?|when i (?:get|wake) up|on waking|after sitting))?\b(?! (?:and|but|plus)\b)"
)
_NIGHT_OWN_47 = re.compile(
    r"\b(?:wakes? me|woke me|waking me|keeps? me (?:up|awake)|kept me|i wake|i woke|i m waking"
    r"|im waking|tonight|last night|at night (?:i|my)|every night|nights?|lately|recently"
    r"|since|now|today|this week)\b"
)


def _night_asked_47(text: str) -> bool:
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if not (_has(_NIGHT_ASKED_47, whole) and _has(_CURIOUS_47, whole)):
        return False
    rest = _blank(_blank(_blank(whole, _NIGHT_ASKED_47), _CURIOUS_47), _MINE_STIFF_47)
    return (
        not _has(_NIGHT_OWN_47, rest)
        and not _assess(rest).signs
        and not _has(_OWN_CLAIM_29, rest)
        and not _FIRST_PERSON.search(rest)
    )


# Round 47. A bladder problem after a birth long ago that treatment sorted (round 45's words),
# with no "none now" but nothing of now either: asked.
def _birth_bladder_47(text: str) -> bool:
    whole = text[:MAX_CHARS]
    return bool(
        _BIRTH_LEAK_45.search(whole)
        and _LEAK_TREATED_45.search(whole)
        and _LONG_AGO_45.search(whole)
        and not _LEAK_GUARD_45.search(whole)
    )


# Round 45. Someone else named in the clause with the sign; the writer's clauses have no sign, no
# claim of the same ("me too", "I've got it as well") and ask about the move, the bot or an
# ordinary stiffness of their own.
_OTHER_MARK_45 = re.compile(
    r"\bone of (?:the|my|our) \w+|\b(?:colleague|coworker|neighbour|neighbor|patient|client"
    r"|resident|pupil|student|friend|mate)s?\b"
)
_OWN_CLAIM_45 = re.compile(
    r"\b(?:i|me|my|mine|myself)\b(?: \w+){0,4} (?:too|as well|also)\b|\b(?:i|me) (?:also|too)\b"
    r"|\b(?:same here|so do i|so have i|so am i|both of us|we both|the same thing|like (?:her|him"
    r"|them|hers|his)|mine (?:is|are|has|does|too)|(?:and|plus) (?:me|i|my) )"
)
# the someone else is the clause's subject, at its head ("my neighbour went off...", "one of the
# TAs has...", "had a patient with..."), never a word after it ("leaking after my baby")
_OTHER_SUBJECT_45 = re.compile(
    r"^\s*(?:(?:and|so|also|oh|well|anyway|yesterday|today|last \w+|recently|plus) )*(?:(?:my|our"
    r"|a|an|the|his|her|their) (?:\w+ )?(?:colleague|coworker|co worker|workmate|neighbour"
    r"|neighbor|patient|client|resident|pupil|student|ta|tas|customer)s?\b|one of (?:the|my|our)"
    r" \w+ (?:at work|at school|on the ward|in my class|i teach|i work with)|(?:had|have|got|saw"
    r"|see|treated|nursed|looked after|looking after) (?:a|an|my|one|some|two|three) (?:\w+ )?"
    r"(?:patient|client|resident)s?\b)"
)
_MOVE_OR_BOT_45 = re.compile(
    r"\b(?:twist\w*|stretch\w*|move|exercise|session|hold|bot|this|it|stiff\w*|achy|tight)\b"
)
_FIRST_PERSON_45 = re.compile(r"\b(?:i|me|we|us|myself|i m|im|i ve|ive|i d|my own)\b")


def _others_only_45(text: str) -> bool:
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if _has(_OWN_CLAIM_45, whole) or _has(_NOW_TOO_OWN_45, whole):
        return False
    pieces = [_prepare(piece) for piece in _CLAUSE.split(_mend(text[:MAX_CHARS])) if piece]
    pieces = [piece for piece in pieces if piece.strip()]
    others = False
    rest: list[str] = []
    for piece in pieces:
        if _assess(piece).signs:
            if not _OTHER_SUBJECT_45.search(piece):
                return False
            if _FIRST_PERSON_45.search(piece):
                return False
            others = True
        else:
            rest.append(piece)
    joined = " ".join(rest)
    return others and not _assess(joined).signs and bool(_MOVE_OR_BOT_45.search(joined))


# Round 46. Someone else's sign, already handled or long known and checked (a parent on the way
# to A&E, a client whose GP has been rung, a bandmate fine now, a diabetic parent's tingle for
# years), with the writer's own words free of any sign: a family member, a bandmate or someone
# the writer cares for, at the head of each clause with a sign; never a claim of the same, a
# word of the writer's own now, or a family member's sign with nothing done or known about it.
_OTHER_SUBJECT_46 = re.compile(
    r"^\s*(?:(?:and|so|also|oh|well|anyway|yesterday|today|last \w+|recently|plus|but) )*(?:(?:my"
    r"|our|a|an|the|his|her|their) (?:\w+ )?(?:dad|dads|mum|mums|mam|mom|moms|mother|father"
    r"|parents?|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|aunt|auntie"
    r"|uncle|husband|wife|partner|hubby|brother|sister|son|daughter|cousin|friend|mate|fiance"
    r"|fiancee|bassist|drummer|guitarist|singer|vocalist|keyboardist|bandmate|band mate|roadie"
    r"|lady|man|gentleman|woman|gent|person|service user|client|resident|patient)s?\b"
    r"|(?:he|she|they)\b"
    # round 54: a role's person named bare at the head ("client at the food bank told me...")
    r"|(?:client|customer|patient|resident|service user|volunteer|visitor|pupil|passenger)s?"
    r" (?:at|from|on|in|of|who|that|i|we)\b)"
)
# Round 54: someone else's words reported ("told me he's been..."): "me" there is no claim;
# only before "he", "she" or "they", so "told me my pee is red" stays the writer's.
_TOLD_ME_54 = re.compile(
    r"\b(?:told|tells|telling|said to|says to|mentioned to|confided in) me(?= (?:that )?(?:he|she"
    r"|they)\b)"
)
# "a lady I care for", "the man I look after": the writer's role, not a claim
_CARE_FOR_46 = re.compile(
    r"\b(?:i|we) (?:care for|look after|support|visit|sit with|help out|work with|nurse)\b"
)
_HANDLED_46 = re.compile(
    r"\b(?:a and e|a e|a&e|hospital|ambulance|paramedics?|999|111|gp|doctor|doctors|dr|nurse"
    r"|consultant|specialist|out of hours|walk in|urgent care|emergency department"
    r"|checked|diabetic|diabetes|neuropathy|for years|for ages|long standing|fine now|ok now"
    r"|okay now|alright now|all right now|recovered|come round|came round|right as rain)\b"
)
_KNOWN_LONG_46 = re.compile(
    r"\b(?:diabetic|diabetes|neuropathy|for (?:years|ages|decades)|long standing"
    r"|(?:been )?checked (?:for years|regularly|every \w+|yearly|annually))\b"
)
_MINE_PLAIN_46 = re.compile(
    r"\b(?:mine|me|i m|im|i am)(?: (?:is|s|am))? (?:just|only|simply)(?: (?:a bit|a little"
    r"|bit))? (?:stiff|tight|achy|tense)\b(?! (?:and|but|with|plus|too)\b)"
)
# a clause that goes on with the same subject ("..., and has pain at night")
_NO_SUBJECT_46 = re.compile(
    r"^\s*(?:and |also |plus )?(?:has|had|have|gets|got|is|was|keeps|can not|cannot|also|now has"
    r"|then)\b"
)
_OWN_TURN_46 = re.compile(
    r"\b(?:asking for (?:me|myself)|for (?:me|myself)|as for me|my own|me though|mine|i m asking"
    r"|im asking|i am asking|for my own|myself"
    # round 54: "nothing to do with me, just a stiff back from the crates"
    r"|nothing to do with me|not about me|not my (?:problem|issue)|none of it (?:is )?mine)\b"
)


def _walk_others(
    text: str, plain_of: Callable[[str], str], goes_on: Callable[[str], bool]
) -> tuple[bool, list[str]] | None:
    """Rounds 46 and 47: the message's clauses walked for whose signs they tell. None when a
    clause with a sign is not someone else's (`_OTHER_SUBJECT_46`, or the clause before it was
    theirs and ``goes_on`` with the same subject) or speaks of the writer; else whether any
    clause had someone else's sign, and the clauses with none. ``plain_of`` sets aside the
    words that are no claim before the clause is read."""
    others = False
    carried = False  # the last clause with words was someone else's
    rest: list[str] = []
    for piece in (_prepare(p) for p in _CLAUSE.split(_mend(text[:MAX_CHARS])) if p):
        if not piece.strip() or piece.strip() in {"and", "but", "so"}:
            continue
        plain = plain_of(piece)
        theirs = bool(_OTHER_SUBJECT_46.search(plain)) or (carried and goes_on(plain))
        if _assess(piece).signs:
            if not theirs or _FIRST_PERSON_45.search(plain):
                return None
            others = True
        else:
            rest.append(piece)
        carried = theirs and not _FIRST_PERSON_45.search(plain)
    return others, rest


def _others_handled_46(text: str, found: Triage) -> bool:
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if not _has(_HANDLED_46, whole):
        return False
    if not found.ambiguous and not (
        (
            _has(_KNOWN_LONG_46, whole)
            and set(found.signs) <= {"tingling", "numbness", "both_legs", "worse"}
        )
        # "a gentleman I look after has...": the writer's role names whose sign it is
        or _has(_CARE_FOR_46, whole)
    ):
        return False
    cleared = _blank(_blank(_blank(whole, _PART_PLAIN_46), _MINE_PLAIN_46), _CARE_FOR_46)
    if _has(_OWN_CLAIM_45, cleared) or _has(_NOW_TOO_OWN_45, cleared):
        return False
    walked = _walk_others(
        text,
        lambda piece: _blank(
            _blank(_blank(_blank(piece, _CARE_FOR_46), _PART_PLAIN_46), _MINE_PLAIN_46),
            _TOLD_ME_54,
        ),
        lambda plain: bool(_NO_SUBJECT_46.search(plain)),
    )
    if walked is None:
        return False
    others, rest = walked
    joined = " ".join(rest)
    if set(found.signs) & HARD_SIGNS and not _has(_OWN_TURN_46, joined):
        # round 10's rule: anyone's hardest sign is asked about unless the writer turns to
        # their own ("asking for me though", "mine is just stiff")
        return False
    return (
        others
        and not _assess(joined).signs
        and bool(_MOVE_OR_BOT_45.search(joined) or _has(_OWN_TURN_46, joined))
    )


# Round 46. One foot's or hand's numbness or tingle long past, sorted by a clinician and none
# since ("one numb hand for a week two summers ago, the doctor fixed it, fine ever since"): the past
# cleared, settled; never both sides, the legs, the saddle area, the bladder or bowel, weakness,
# a return or a word of now.
_ONE_PART_46 = re.compile(r"\b(?:a|my|one|the|left|right) (?:\w+ )?(?:foot|hand|toes?|fingers?)\b")
_SORTED_BY_46 = re.compile(
    r"\b(?:gp|doctor|doc|dr|physio|physiotherapist|consultant|hospital|nurse|podiatrist"
    r"|chiropodist|specialist|osteo|osteopath|chiropractor)(?: \w+){0,3}? (?:sorted|fixed"
    r"|cleared|treated|resolved|sorted out|dealt with|got rid of|cured)\b"
)
_LONG_PAST_46 = re.compile(
    r"\b(?:last (?:spring|summer|autumn|fall|winter|year)|(?:\d+|a few|a couple of|some|several"
    r"|two|three|four|five|six|many) (?:months|years) ago|(?:a|one) year ago|years ago|ages ago"
    r"|a long time ago|back in (?:the )?(?:spring|summer|autumn|winter|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|\d{4}))\b"
)
_NONE_SINCE_46 = re.compile(
    r"\b(?:nothing|none|no (?:problems?|issues?|trouble|bother)|not a thing|fine|all fine|been"
    r" fine|good|ok|okay) (?:ever )?since(?: then)?\b|\b(?:not|never) (?:had it )?since\b"
)
_PAST_GUARD_46 = re.compile(
    r"\b(?:both|legs|feet|saddle|groin|bum|bladder|bowel\w*|weak\w*|drop\w*|drag\w*|again"
    r"|back now|came back|come back|coming back|returned|now|today|tonight|still|this (?:week"
    r"|morning|month)|yesterday|lately|recently|started|starting|spread\w*|worse|new|but)\b"
)


def _past_sorted_46(text: str, found: Triage) -> bool:
    if not set(found.signs) <= {"numbness", "tingling"}:
        return False
    whole = _prepare(_mend(text[:MAX_CHARS]))
    return (
        _has(_ONE_PART_46, whole)
        and _has(_SORTED_BY_46, whole)
        and _has(_LONG_PAST_46, whole)
        and _has(_NONE_SINCE_46, whole)
        and not _has(_PAST_GUARD_46, whole)
    )


# Round 50: a past fall or bladder infection, checked or treated, fine since.
_DATED_50 = re.compile(
    r"\b(?:last (?:week|month|spring|summer|autumn|fall|winter|year)|(?:\d+|a few|a couple of"
    r"|some|several|two|three|four|five|six|many) (?:weeks|months|years) ago|(?:a|one) (?:year"
    r"|month) ago|years ago|ages ago|a long time ago|(?:in|back in) (?:the )?(?:spring|summer"
    r"|autumn|winter|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|\d{4}))\b"
)
_CHECKED_50 = re.compile(
    r"\b(?:(?:got |was |been |had it |had myself )?checked (?:out )?(?:at|by|in) (?:the )?(?:a"
    r" and e|a e|ae|hospital|er|emergency|urgent care|minor injuries|gp|doctor|doctors|physio)"
    r"|antibiotics (?:\w+ )?(?:sorted|cleared|fixed|got rid of|dealt with)|(?:x ray\w*|scan\w*)"
    r" (?:\w+ ){0,3}?(?:clear|fine|normal|nothing)"
    # round 51: discharged by the physio ("physio signed me off in September"), never a sick note
    r"|(?:physio|physios|physiotherapist|consultant|surgeon|orthopaedics|ortho|fracture clinic"
    r"|sports therapist) (?:has |had |finally |then )?(?:signed|discharged|cleared) me(?: off)?"
    r"(?! (?:work|sick|for|until|till))|(?:signed off|discharged) by (?:the |my )?(?:physio"
    r"|physiotherapist|consultant|surgeon|fracture clinic))\b"
)
_FINE_SINCE_50 = re.compile(
    r"\b(?:(?:been |all |totally |completely )?fine (?:for (?:months|weeks|ages|years) )?(?:ever"
    r" )?since|all fine now|fine now|no (?:problems?|issues?|trouble) since|nothing since"
    # round 51: "fully healed"
    r"|(?:fully|all|completely|totally) healed(?: up)?)\b"
)
_INFECTION_50 = re.compile(r"\b(?:bladder|urine|urinary|kidney) infection\b|\buti\b|\bcystitis\b")
_PAST_GUARD_50 = re.compile(
    r"\b(?:again|came back|come back|coming back|back now|returned|today|tonight|still|this"
    r" (?:week|morning|month)|yesterday|lately|recently|started|starting|spread\w*|worse|new"
    r"|but|though|except|numb\w*|tingl\w*|weak\w*|leak\w*|wet|control|saddle|groin|both"
    r"|drop\w*|drag\w*|can not|could not|pain\w*|hurt\w*|sore|ache\w*|fever\w*|temperature)\b"
)


def _past_checked_50(text: str, found: Triage) -> bool:
    signs = set(found.signs)
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if signs <= {"fall_accident", "serious_trauma"}:
        pass
    elif signs <= {"bladder", "fever_unwell"} and _has(_INFECTION_50, whole):
        whole = _blank(whole, _INFECTION_50)
    else:
        return False
    return (
        _has(_DATED_50, whole)
        and _has(_CHECKED_50, whole)
        and _has(_FINE_SINCE_50, whole)
        and not _has(_PAST_GUARD_50, whole)
    )


_SAME_NOW_46 = re.compile(
    r"\b(?:i ve|i have|ive|i m|im|i am|i|i now|now i)(?: also| now| just)? (?:got|get|getting"
    r"|have|having|had) (?:it|them|that|the same|this|one)\b(?: \w+){0,6}? (?:too|as well|also"
    r"|now|since|today)\b"
    r"|\bsame here\b(?: \w+){0,6}? (?:since|now|today|this morning|yesterday|started)\b"
    r"|\bmine (?:are|is|s|have|has|went|go|goes)(?: \w+)? (?:numb|tingl\w*|weak|dead|asleep"
    r"|gone numb|gone weak)\b(?! (?:years|ages|long) ago)"
)

# round 46 (found while probing): "my partner had chest pain last week, the hospital said it's
# fine, I've had it too today": the writer's own of the same, today
_SAME_TODAY_46 = re.compile(
    r"\b(?:i ve|i have|ive|i m|im|i am|i|i now|now i)(?: also| now| just)? (?:got|get|getting"
    r"|have|having|had) (?:it|them|that|the same|this)(?: (?:too|as well|also|myself))?"
    r"(?: \w+){0,3}? (?:now|today|tonight|since (?:this|last|yesterday)|this (?:morning|afternoon"
    r"|evening)|right now|yesterday)\b"
)

_NOW_TOO_OWN_45 = re.compile(
    r"\b(?:now i|i now|i ve (?:got|had|been)|i have (?:got|had|been)|i got|i had|i feel|i felt"
    r"|my (?:chest|legs?|arms?|back|bum|groin|bladder|bowels?|face|head))\b"
    r"(?! (?:just|only) (?:stiff|tight|achy))(?! s just)(?! is just)"
)


_THIRD_PRONOUN_45 = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b")


_AFTER_BIRTH_45 = re.compile(
    r"\b(?:after|since|following) (?:having |giving birth to )?(?:my |the |a |our )?(?:\w+ )?"
    r"(?:baby|babies|birth|childbirth|pregnancy|labour|labor|delivery|son|daughter|twins|kids?"
    r"|c section)\b"
)


def _own_after_a_birth_45(text: str) -> bool:
    """A birth dates the sign ("leaking after my baby"), and no clause with a sign names anyone
    else once that phrase is set aside."""
    if not _has(_AFTER_BIRTH_45, _prepare(_mend(text[:MAX_CHARS]))):
        return False
    for piece in _CLAUSE.split(_mend(text[:MAX_CHARS])):
        prepared = _blank(_prepare(piece), _AFTER_BIRTH_45) if piece else ""
        if (
            prepared.strip()
            and _assess(_prepare(piece)).signs
            and (_THIRD_PARTY.search(prepared) or _THIRD_PRONOUN_45.search(prepared))
        ):
            return False
    return True


_HEART_NOW_45 = re.compile(
    r"\b(?:now|today|tonight|this (?:morning|afternoon|evening|week)|right now|at the moment"
    r"|again)\b(?: \w+){0,8}? (?:jaw|left arm|arms?|neck|shoulder blades?|chest|breath\w*"
    r"|sweat\w*|clammy)\b(?: \w+){0,4}? (?:ache|aches|aching|achy|hurts?|hurting|pain|pains"
    r"|tight|heavy|numb|tingl\w*|squeez\w*|pressure|short|sore)\b"
)


# rt7 (asked back at first sight): a cause that never softens. The signs of a stroke whatever
# the writer blames (screen fatigue, an arm gone floppy at the computer); a sign
# that began with a recent cold, flu or bug ("since the cold", "everyone's had the bug"): the
# illness dates the sign, it does not explain it.
_RT7_BUG_ONSET = re.compile(
    r"\b(?:since|after) (?:the|my|a|this|that) (?:cold|flu|bug|virus|chest infection"
    r"|covid|lurgy)\b(?! (?:weather|snap|spell|water|air|morning|night|day|days|outside|shower"
    r"|plunge|swim|room|wind|season)\b)"
    r"|\b(?:had|have|got) (?:a |the |this )?(?:cold|flu|bug|virus) (?:\w+ ){0,2}?(?:so|and)"
    r" (?:maybe|i blamed|i thought|blamed)\b"
)

_RT7_LIMB_GONE = re.compile(r"\b" + _RT7_SIDE_GONE + r"\b")


# rt11 (issue 13): a sign of the writer's own made ambiguous only by a figure of speech or by
# people beside it. bits said to "belong to somebody else" are no one else's; "my left
# shin... new this week" after "my dad had sciatica" is the writer's; "can't get through a
# sentence to customers without stopping for air" is the writer's breath; "is it normal to get
# a twang... happens every rep now" is asked of the writer's own. Each sentence is read alone,
# with the figure of speech and the people spoken to set aside; one that is the writer's
# ("my", "I" or a verb with no subject), names no one else and triages unambiguously at the
# message's level, beside a word of now or onset, locks out.
_RT11_BELONGS = re.compile(
    r"\b(?:like|as if|as though) (?:\w+ ){0,3}?(?:belong|belongs|belonged|belonging) to"
    r" (?:somebody|someone|some one|somebody s|someone s|anyone|another person) else\b",
    re.IGNORECASE,
)
_RT11_SPOKEN_TO = re.compile(
    r"\b(?:to|with|for) (?:the |my |our )?(?:customers?|callers?|clients?|people|kids|class"
    r"|team|students?|guests?|punters)(?: on the (?:phone|phones|line|headset))?\b",
    re.IGNORECASE,
)
_RT11_OTHERS_WORDS = re.compile(
    r"\b(?:my (?:dad|father|mum|mom|mother|brother|sister|friend|mate|wife|husband|partner"
    r"|gran|grandad|granny|uncle|aunt|son|daughter)|manager|boss)\b"
)
_RT11_NOW = re.compile(
    r"\b(?:new this week|since (?:this morning|last night|yesterday|today|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs)|today|tonight|this morning"
    r"|every (?:rep|time|go|step)"
    r" now|(?:happens|happening|comes|coming) (?:\w+ ){0,2}?now|right now|started (?:\w+ ){0,2}?"
    r"ago|only started|and now|now there is)\b"
)
_RT11_HYPOTHETICAL_OWN = re.compile(
    r"\b(?:happens|happening|i get it|getting it) (?:\w+ ){0,2}?now\b"
)
# a sentence of the writer's own told without its subject ("can't get through a sentence...")
_RT11_NO_SUBJECT = re.compile(
    r"(?:can not|cannot|could not|got|getting|been|keep|kept|have|had|feel|feeling|woke|waking)\b"
)
_RT11_MINE = re.compile(r"\b(?:i|me|my|myself|im|i m|mine|ma)\b")
_RT11_CONTEXTS = frozenset({"someone_else", "hypothetical", "habit", "routine"})


def _rt11_own(text: str, found: Triage) -> bool:
    """rt11: see above."""
    if found.context not in _RT11_CONTEXTS:
        return False
    cut = _blank_disowned(_blank_checklist(_mend(text[:MAX_CHARS])))
    whole = _prepare(cut)
    if not _RT11_NOW.search(whole):
        return False
    if found.context == "hypothetical" and _RT11_HYPOTHETICAL_OWN.search(whole):
        return True
    for sentence in _SENTENCE_END.split(cut)[:12]:
        prepared = _RT11_SPOKEN_TO.sub(
            " ", _RT11_BELONGS.sub(" feels numb like rubber ", _prepare(sentence))
        )
        if not prepared.strip() or _RT11_OTHERS_WORDS.search(prepared):
            continue
        if _THEIR_BODY.search(prepared) or _someone_else_named(prepared):
            continue
        if not (_RT11_MINE.search(prepared) or _RT11_NO_SUBJECT.match(prepared.strip())):
            continue
        alone = _assess(prepared)
        if alone.level is found.level and alone.level >= TriageLevel.CLINICIAN:
            # read as typed (its commas are clauses), the figure of speech and the people spoken
            # to set aside
            raw = _RT11_SPOKEN_TO.sub(" ", _RT11_BELONGS.sub(" feels numb like rubber ", sentence))
            again = _triage(raw)
            if again.level is found.level and not again.ambiguous:
                return True
    return False


# rt13: the writer's own sign after all. Someone else only in a simile ("wakes me every couple
# of hours like a toddler"); a message typed for the account holder sitting beside the writer
# ("on my husband's behalf, his account"); someone else's question or word, then a sentence of
# the writer's own with a word of now ("does this happen to anyone? mine wakes me up every
# single night now", "my friend said ... and my backside has been dead for two days now"); a
# chest pain or both legs with a cause only guessed, now ("probably pulling my pecs? rn",
# "coach says it's lactic", still today) and nothing told as gone
_RT13_SIMILE_PERSON = re.compile(
    r"\blike (?:a|an|some|my) (?:\w+ )?(?:toddler|baby|newborn|child|kid|puppy|teenager)\b",
    re.IGNORECASE,
)
_RT13_ACCOUNT = re.compile(
    r"\b(?:it is|its|it s|this is) (?:her|his|their) (?:account|phone|app|profile|login)\b"
)
_RT13_BESIDE = re.compile(
    r"\b(?:she|he|they) (?:is|s|are) (?:\w+ )?(?:next to|beside|with|here with|sat with|sitting"
    r" with|sat next to|sitting next to) me\b"
)
_RT13_NOW = re.compile(
    r"\b(?:rn|right now|just now|(?:every|each) (?:single )?(?:night|morning|day) now|(?:for|since)"
    r" (?:\w+ ){0,2}?(?:days?|nights?)(?: now)?|still (?:are|is|am) today|(?:minutes?|mins?) ago"
    # rt14: a pal's story, then the writer's own ("mine is doing the same now")
    r"|mine (?:is |s )?(?:doing|started doing|starting to do) (?:the )?same (?:thing )?now"
    # rt19: "mine are worse ... since Sunday"
    r"|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week"
    r"|(?:\w+ )?(?:days?|weeks?) ago))\b"
)
_RT13_SINCE = re.compile(r"\bsince (?:yesterday|last night|this morning)\b")
_RT13_GUESS = re.compile(
    r"\b(?:probably|prob|maybe|might be|must be|could be|i guess|i think|i reckon|(?:says|said"
    r"|reckons|thinks) (?:it is|its|it s)|blam\w*)\b"
)
_RT13_RESOLVED = re.compile(
    r"\b(?:fine|gone|better|ok|okay|settled|eased|normal|passed) (?:now|again)\b|\b(?:went|wore"
    r"|worn) off\b"
)
_RT13_GUESS_SIGNS = frozenset({"chest_pain", "both_legs"})


def _rt13_own(text: str, found: Triage) -> bool:
    """rt13: see above."""
    cut = _mend(text[:MAX_CHARS])
    whole = _prepare(cut)
    if found.context == "cause":
        return (
            bool(set(found.signs) & _RT13_GUESS_SIGNS)
            and bool(_RT13_GUESS.search(whole))
            and bool(_RT13_NOW.search(whole) or _RT13_SINCE.search(whole))
            and not _RT13_RESOLVED.search(whole)
        )
    if found.context != "someone_else":
        return False
    if _RT13_ACCOUNT.search(whole) and _RT13_BESIDE.search(whole):
        return True
    if _RT13_SIMILE_PERSON.search(cut):
        again = _triage(_RT13_SIMILE_PERSON.sub(" ", cut))
        if again.level is found.level and not again.ambiguous:
            return True
    for sentence in _SENTENCE_END.split(cut)[:12]:
        prepared = _RT11_SPOKEN_TO.sub(" ", _prepare(sentence))
        if not prepared.strip() or _RT11_OTHERS_WORDS.search(prepared):
            continue
        if _THEIR_BODY.search(prepared) or _someone_else_named(prepared):
            continue
        if not _RT11_MINE.search(prepared) or not _RT13_NOW.search(prepared):
            continue
        again = _triage(_RT11_SPOKEN_TO.sub(" ", sentence))
        if (
            again.level is found.level
            and again.level >= TriageLevel.CLINICIAN
            and not again.ambiguous
        ):
            return True
    return False


# rt17 and rt18: the writer's own sign after all. Someone else only as what the writer carries
# or lifts ("puffed out hauling my son upstairs"), said not to be what keeps the writer
# up, or only as a time ("throbs even while he's sleeping"); the place the writer lies still for
# a pain at rest ("lying still on the sofa") is no cause. Read again without those words, the
# message must lock out on its own.
_RT17_OTHER_ONLY = re.compile(
    r"\b(?:carrying|carry|carried|lifting|lift|lifted|holding|pushing) (?:the|my|our|a) (?:baby"
    r"|newborn|toddler|kid|child|son|daughter|pram|buggy|twins|little one|wee one|youngest"
    r"|bairn|wean|grandson|granddaughter|grandchild|grandbaby|nephew|niece)\b"
    # rt19: the one carried said to be fine, the writer not ("baby's fine, I'm not so sure")
    r"|\b(?:the |my |our )?(?:baby|little one|wee one|toddler|kid|child|son|daughter|bairn|she|he"
    r"|they) (?:is |s |are )?(?:fine|ok|okay|alright|all right|unhurt|not hurt|safe|grand)(?="
    r" (?:but |though )?(?:i am|i m|me|myself) (?:not|less|on the other hand)\b)"
    r"|\b(?:the |my |our )?(?:baby|newborn|toddler|kids?|children|he|she|they) (?:is|s|are)"
    r" not (?:\w+ )?(?:what|who) (?:is |s )?(?:keeping|waking|keeps|wakes) me (?:up|awake)?"
    r"(?: (?:any ?more|now))?"
    r"|\beven (?:when|while|if) (?:she|he|they|the baby|the kids?|my (?:baby|wife|husband"
    r"|partner)) (?:is|s|are) (?:fast |sound )?(?:asleep|sleeping)\b"
)
_RT17_REST_PLACE = re.compile(
    r"(?:(?<=\bstill )|(?<=\blying )|(?<=\blaying )|(?<=\bresting )|(?<=\bflat )|(?<=\bdown ))"
    r"on (?:the|my|a) (?:sofa|couch|settee"
    r"|bed|floor|recliner)\b"
)


def _rt17_own(text: str, found: Triage) -> bool:
    """rt17: see above."""
    if found.context not in ("someone_else", "cause"):
        return False
    whole = _prepare(_mend(text[:MAX_CHARS]))
    pattern = _RT17_OTHER_ONLY if found.context == "someone_else" else _RT17_REST_PLACE
    if found.context == "cause" and "rest_pain" not in _assess(_blank(whole, pattern)).signs:
        return False
    if not pattern.search(whole):
        return False
    again = _triage(_blank(whole, pattern))
    return (
        again.level >= found.level and again.level >= TriageLevel.CLINICIAN and not again.ambiguous
    )


def _rt7_own(text: str, found: Triage) -> bool:
    if found.context != "cause":
        return False
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if "stroke_signs" in found.signs and _has(_RT7_LIMB_GONE, whole):
        return True
    return _has(_RT7_BUG_ONSET, whole) and found.level >= TriageLevel.CLINICIAN


# After round 33 (gaps found while probing): an ambiguous message the writer makes their own
# after all. Legs that gave way, told beside their cause ("legs like jelly after the run and
# they gave way on the stairs"): the giving way is the sign, whatever tired them. A general or
# someone else's question the writer then says is asked for themselves ("if someone got
# numbness between their legs, would that be an emergency? asking because I have that since
# this morning", "...asking because mine went last night").
_GAVE_WAY = re.compile(
    r"\b(?:legs?|knees?|they|it|one|both) (?:(?!nearly|almost|never|not|like|would|could|might"
    r"|felt|feel|feels|as if|if)\w+ ){0,2}?(?:gave way|gave out|buckled|went from"
    r" under me|collapsed under me|went from under)\b"
)
# after round 34: a hypothetical asked "because it did this morning and still is"
_HAPPENED_TO_ME = re.compile(
    r"\b(?:because|cos|coz|as|since) (?:it|that|this) (?:did|has|happened|happens|is happening"
    r"|does|just did|started)\b(?! not)(?! (?:\w+ )?to (?:my|a|an|her|his|their|our|some|the)\b)"
)
_SIMILE_ELSES = re.compile(
    r"\b(?:feels?|felt|feeling|is|as if|like) (?:\w+ ){0,2}?(?:someone|somebody) else(?: ?s)?\b"
)
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b")
_PERSISTS = re.compile(
    r"\b(?:(?:every|each) night|most nights|night after night|never lets? up|does not let up"
    r"|(?:day|night) (?:and|or) (?:night|day)|all the time|nothing (?:helps|eases|touches)"
    r"|does not (?:help|touch it|ease it) at all|does not touch it)\b"
)
_ASKING_AS_MINE = re.compile(
    r"\b(?:ask\w*|wonder\w*|question)\b(?: \w+){0,3}? (?:because|cos|coz|cause|as|since) (?:i"
    r" (?:have|ve|got|get|am|m|had|felt|feel|noticed|woke up with|have had|am having)|mine|my"
    r" own|it is (?:me|mine)|that is me)\b"
    # round 34: "asking because I'm writing a handout", "...because I am a physio student"
    r"(?! (?:writing|making|preparing|putting together|doing (?:a|an|my|some) \w+|studying"
    r"|revising|teaching|training to|learning|curious|interested|(?:a|an) (?:\w+ ){0,2}?(?:student"
    r"|teacher|instructor|trainer|coach|nurse|physio|carer|lecturer))\b)"
    r"(?! (?:a|an|the|some|my|loads of|lots of) (?:\w+ )?"
    r"(?:patients?|clients?|friends?|relatives?|residents?|pupils?|students?|sons?|daughters?"
    r"|mum|dad|kids?|child|children|husband|wife|partner)\b)"
)


# rt2 (missed or asked at first sight): a sign that is the writer's own and present after all,
# whatever the context first read. A near faint that went further than a near miss (twice, the
# legs went, sitting down or on the floor, grabbing hold); a limb "fallen asleep" that "won't
# wake up"; an understated guess beside a clear sign ("probably nothing", "probably my cold",
# "probably didn't eat enough", "probably caught theirs"); someone watching the writer ("my wife
# says my face has dropped"); a sign that "hasn't worn off"; sleeping in the chair because of
# the night's pain; a pop that is only "a bit better".
_NEAR_FAINT = (
    r"(?:nearly|almost|about to|close to|going to|gonna) (?:\w+ )?(?:faint\w*|faunt\w*|pass\w*"
    r" out|black\w* out|keel\w* over|collaps\w*|lost consciousness|losing consciousness|conk\w* out"
    # rt19: a faint in Malaysian English ("almost pengsan")
    r"|pengsan\w*|pitam)"
)
_FAINT_FURTHER = (
    r"(?:twice|two times|again|three times|(?:2|3|a few|several) times|legs (?:\w+ )?(?:went"
    r"|gone|gave|buckl\w*)|had to (?:\w+ )?(?:sit|lie|lay|get) (?:\w+ )?(?:down|on the"
    r" (?:floor|ground))|sit (?:\w+ )?on the (?:floor|ground)|grab\w*|held on|hold on"
    # rt5: the sight or the hearing gone with it
    r"|(?:loss|lost|losing) (?:of )?(?:my )?(?:vision|sight|hearing)|ringing (?:in (?:my )?)?ears"
    r"|(?:vision|sight|eyes) (?:went|going|gone|turned) (?:black|dark|white|grey|gray|blurry)"
    # rt19: the room spinning, the ears buzzing, down on the floor ("everything spin and my ears
    # buzzing, I sit on the floor")
    r"|(?:everything|the room|room|the world|it all|my head|head|things) (?:is |was |s |went |kept"
    r" |keeps )?(?:spin\w*|spun|went round|going round|swimming|swirling|whirling)"
    r"|ears? (?:\w+ )?(?:buzz\w*|ring\w*|whoosh\w*|rushing|muffled)|(?:sit|sat|squat\w*|crouch\w*"
    r"|slid|slump\w*) (?:\w+ ){0,2}?(?:on|to|onto) the (?:floor|ground))"
)
_RT2_FAINT = re.compile(
    r"\b(?:"
    + _NEAR_FAINT
    + r"\b(?: \w+){0,12}? "
    + _FAINT_FURTHER
    + r"|"
    + _FAINT_FURTHER
    + r"(?: \w+){0,10}? "
    + _NEAR_FAINT
    + r")\b"
)
_RT2_ASLEEP = re.compile(
    r"\b(?:legs?|foot|feet|toes|thighs?|calf|calves|shins?|arms?|hands?|bum|bottom) (?:\w+"
    r" ){0,3}?(?:fallen|fell|gone|went|is|are|been) (?:\w+ )?(?:asleep|sleeping) (?:\w+ )"
    r"{0,3}?(?:and )?(?:it |they )?(?:will not|would not|does not|do not|can not|has not"
    r"|have not|still not|not) (?:\w+ )?(?:wake|woken|waking|come back|come round)"
)
_RT2_GUESS = re.compile(
    r"\b(?:probably|prob|probs|maybe|must be|i expect|i guess|i suppose|surely) (?:just |only"
    r" |nothing but )?(?:nothing(?: serious| much| to worry about)?|my cold|a cold|the cold i"
    r" have|a bug|the bug|a virus|(?:did|have) not eat(?:en)? enough|not eaten enough|caught"
    r" (?:theirs|his|hers|it|something|a bug|the bug|what they have|whatever they have)|my age"
    r"|old age|nerves|just tired)\b"
)
_RT2_WATCHER = re.compile(
    r"\b(?:wife|husband|hubby|partner|daughter|son|grandson|granddaughter|friend|mum|mom|mother"
    r"|dad|father|neighbour|neighbor|carer|colleague|boss|sister|brother|kids|people|everyone"
    r"|he|she|they) (?:\w+ )?(?:says|said|tells me|told me|noticed|thinks|reckons|keeps saying"
    r"|pointed out|can see) (?:that )?(?:\w+ ){0,4}?(?:my|i am|i have|i look|i was|i keep|i)\b"
)
_RT2_STILL = re.compile(
    r"\b(?:has not|have not|had not|is not|not) (?:\w+ )?(?:worn off|gone away|gone off|passed"
    r"|eased off|cleared|settled|wearing off|going away)\b"
)
_RT2_CHAIR = re.compile(
    r"\b(?<!from )(?<!after )(?:sleep|sleeping|slept) (?:\w+ ){0,2}?(?:in|on) (?:the |a |my )?"
    r"(?:chair|armchair|recliner|sofa|settee|couch) (?:now|these days|every night|at night"
    r"|because|as lying|since|most nights)\b"
)
_RT2_FAINT_FIGURE = re.compile(
    r"\b(?:when i (?:saw|heard|got|opened|read)|at the (?:bill|price|cost|news|sight|thought)"
    r"|the (?:bill|price|cost)|laugh\w*)\b"
)
_RT2_LAUGH_GONE = re.compile(
    r"\b(?:gone now|all gone|better now|fine now|cleared up|went away|passed now|over now)\b"
)
_RT2_BIT_BETTER = re.compile(
    r"\b(?:a (?:little |tiny |wee )?bit|a little|slightly|somewhat|bit|little) (?:better|easier)\b"
)


def _rt2_own(text: str, found: Triage) -> Triage | None:
    """The writer's own present sign after all (see above), or None."""
    whole = _prepare(_mend(text[:MAX_CHARS]))
    full = _assess(whole)
    if full.level is TriageLevel.NONE:
        return None
    signs = set(full.signs)
    if (
        "dizziness_fainting" in signs
        and _has(_RT2_FAINT, whole)
        and not _has(_RT2_FAINT_FIGURE, whole)
    ):
        return full
    if "numbness" in signs and _has(_RT2_ASLEEP, whole):
        return full
    if found.level is TriageLevel.NONE:
        if "popped" in signs and _has(_RT2_BIT_BETTER, whole):
            return full
        return None
    kept = set(found.signs)
    if found.context == "cause" and kept & _RT2_GUESS_SIGNS and _has(_RT2_GUESS, whole):
        return Triage(found.level, found.signs)
    if found.context == "someone_else" and "stroke_signs" in kept and _has(_RT2_WATCHER, whole):
        return Triage(found.level, found.signs)
    if found.context == "past" and kept & _RT2_GUESS_SIGNS and _has(_RT2_STILL, whole):
        return Triage(found.level, found.signs)
    if (
        found.context == "hedged"
        and kept & _LAUGH_NEVER_LIGHT
        and _LAUGHING.search(text)
        and not _has(_RT2_LAUGH_GONE, whole)
    ):
        # laughter never lightens these signs, even told across clauses ("5 kilos lighter and
        # I've been eating cake 😂 the back hurts day and night")
        return Triage(found.level, found.signs)
    if found.context == "cause" and kept & {"night_pain", "rest_pain"} and _has(_RT2_CHAIR, whole):
        return Triage(found.level, found.signs)
    if (
        found.context == "cause"
        and "numbness" in kept
        and _has(_RT6_ANAESTHETIC, whole)
        and not _has(_RT6_DENTAL, whole)
    ):
        # rt6: a limb that feels injected with anaesthetic, whatever work is blamed ("since the
        # gardening my leg feels like it's been injected with local anaesthetic")
        return Triage(found.level, found.signs)
    return None


_RT6_ANAESTHETIC = re.compile(
    r"\b(?:injected|jabbed|pumped|shot) (?:\w+ )?(?:with |full of |of )?(?:novo ?caine|nova ?cane"
    r"|novocane|novacaine|local|anaesthetic|anesthetic|lidocaine|numbing)\b"
)
_RT6_DENTAL = re.compile(
    r"\b(?:dentist|dental|lip|lips|gum|gums|mouth|jaw|tooth|teeth|face|cheek|filling|tongue)\b"
)


# rt3 (asked at first sight): the writer's own sign after all. Someone only in a likeness ("like
# someone's knifed me", "belongs to someone else"); the writer's own turned to after someone
# else's ("mine's not that, mine's brand new", "now my right leg's doing the same"); the writer
# hurt by someone ("speared into the deck by a lad twice my size"); a sign that came "out of
# nowhere" beside a cause; the writer's own faint that went as far as the floor or a stranger's
# help.
_RT3_LIKENESS_ELSE = re.compile(
    r"\b(?:(?:like|as if|as though) (?:\w+ ){0,2}?(?:someone|somebody|some one)\b(?! (?:\w+"
    r" ){0,3}?(?:said|told|says|tells|with|else s (?:problem|fault|job|turn)))|(?:belongs?"
    r"|belonged|belonging) to (?:someone|somebody) else)\b"
)
_RT3_MINE_TURN = re.compile(
    # rt4: "her leg went numb but it went away. Mine hasn't: left shin's prickly and numb"
    r"\bmine (?:has not|have not|did not|had not|is not|does not|never)(?: \w+){0,3}? (?:my )?"
    r"(?:left |right )?(?:legs?|shins?|foot|feet|thighs?|calf|calves|arms?|hands?|toes|knees?"
    r"|bum|back|face|side)\b|"
    r"\b(?:mine (?:is |s )?(?:not that|different|not like (?:that|his|hers|theirs))|now my (?:\w+"
    r" ){0,3}?(?:is |s |has |are )?(?:doing|got|gone|going) (?:the same|it too|that too)|new for"
    r" me|but mine (?:is |s )?(?:\w+ ){0,4}?(?:brand new|new|since))\b"
)
_RT3_ONSET = re.compile(
    r"\b(?:since|brand new|new|today|tonight|last night|this morning|yesterday|just happened"
    r"|started)\b"
)
_RT3_HURT_BY = re.compile(
    r"\b(?:got|was|been|get|getting|i was|i got) (?:\w+ ){0,6}?by (?:a|an|the|some|this|their)"
    r" (?:\w+ ){0,3}?(?:lad|guy|bloke|player|man|fella|prop|forward|opponent|kid|girl|woman|lass"
    r"|bull|horse|cow|car|driver|defender|winger|tackler)\b"
)
_RT3_WATCHER = re.compile(
    r"\b(?:girlfriend|boyfriend|gf|bf|missus|missis|mrs|wife|husband|lads|mates?|boys|guys|bro"
    r"|flatmate|housemate|roommate|teammates?|coach|teacher|nan|gran|grandad|kids|wee one|little"
    r" one|everyone|people|folks|the team|discord|headset|squad|partner) (?:\w+ ){0,3}?(?:say|says"
    r"|said|tell|tells|told|reckon|reckons|think|thinks|noticed|notice|keep saying|keeps saying"
    r"|asked|asks) (?:me )?(?:that )?(?:(?:the )?(?:left |right |one )?(?:side|half|corner) of"
    r" )?(?:i am|i have|i was|i keep|i look|my|me|i)\b"
    # rt4: a sign found on the writer by someone close ("my wife's found marks in my underpants")
    r"|\b(?:wife|husband|partner|missus|mrs|hubby|carer|mum|mom|daughter|son) (?:has |had |just"
    r" |keeps |kept )?(?:found|finds|finding|spotted|noticed|seen|saw) (?:\w+ ){1,3}?(?:in|on)"
    r" (?:my|me) (?:\w+ )?(?:underpants|pants|undies|boxers|knickers|briefs|underwear|sheets|bed"
    r"|trousers|pyjamas|pjs)\b"
)
_RT3_NOT_THE_CAUSE = re.compile(
    r"\b(?:(?:is not|not|no|nothing to do with|different from|different to|unlike) (?:my |the |a"
    r" |just )?(?:pecs?|chest muscles?|muscles?|doms|muscle soreness|gym soreness|workout|training"
    r"|the gym|usual)|(?:this|it) is (?:\w+ )?deeper|deeper than (?:that|the muscle|muscle|a"
    r" muscle))\b"
)
_RT3_FROM_NOWHERE = re.compile(
    r"\b(?:out of (?:nowhere|the blue)|for no reason|(?:while|when) i was (?:just )?(?:doing"
    r" nothing|chilling|sitting still|relaxing|resting))\b"
)
_RT3_OUT = re.compile(
    r"\b(?:next thing|came (?:round|to)|fanning me|woke up on the (?:floor|ground)|on the floor"
    r"|on the ground|ambulance"
    # rt6: the world going dark with a sweat, about to lose one's senses
    r"|everything (?:went |was |going |gone |goes |turned )?(?:dark|black) (?:and|with) (?:\w+ )"
    r"{0,4}?(?:sweat\w*|clammy|cold sweat))\b"
)
_RT3_I_FAINTED = re.compile(
    r"(?:^|\bi (?:just |then |actually |literally |properly |kind of |sort of |must have |think i"
    r" )?)(?:keeled over|passed out|fainted|blacked out|collapsed|hit the deck|went down like"
    # rt6: "I kind of blanked out for a second and came to sitting in the tray"
    r"|blanked out|zonked out|conked out|switched off|lost consciousness)\b"
    r"|\b(?:going|about|gonna) to (?:lose|losing) (?:my )?(?:senses|consciousness)\b"
    # rt4: "everything went black and fuzzy ... and I came round on the rug"
    r"|\b(?:everything|it all|the world|all|the room) (?:just |suddenly )?went (?:black|dark"
    r"|grey|gray|white)\b"
)
_RT3_FAINT_HINT = re.compile(
    r"keeled|passed out|fainted|blacked out|collapsed|hit the deck|went down|blanked out"
    r"|zonked out|conked out|switched off|lost consciousness|to lose (?:my )?senses|went black"
    r"|went dark|everything dark|everything black"
)
# rt4: a sign noticed in an everyday moment (drying off, dressing) and still there: the moment
# is when it was found, never its cause
_RT4_NOTICED = re.compile(
    r"\b(?:(?:drying|dried|towelling|toweling|towelled|toweled) (?:myself |me )?off|getting (?:out"
    r" of the (?:shower|bath)|dressed)|got dressed|putting (?:my |on my )?(?:socks|shoes|tights"
    r"|trousers|jeans|pants|bra)|noticed|realised|realized)\b"
)
_RT4_STILL = re.compile(
    r"\b(?:still (?:like (?:that|this)|there|the same|numb|is|now|going|not right)|has not (?:gone"
    r"|worn off|come back|passed)|not gone (?:away|yet)|right now|just now)\b"
)
# rt3: the bot's check-in answered no earlier and changed now ("said no to that on your check-in
# yesterday but as of this morning the left's joined the right")
_RT3_CHANGED = re.compile(
    r"\b(?:said|answered|ticked|put|told you|replied|clicked|pressed|tapped) (?:\w+ ){0,2}?(?:no"
    r"|nope|none|not)\b(?: \w+){0,10}? (?:but|and|though) (?:\w+ ){0,2}?(?:now|as of|since|today"
    r"|this morning|tonight)\b"
)


def _rt3_own(text: str, found: Triage) -> Triage | None:
    """The writer's own sign in a message first read as someone else's, caused, past or settled
    (see above), or None."""
    if not found.ambiguous and not _RT3_FAINT_HINT.search(text[:MAX_CHARS].lower()):
        return None  # (cheap: most messages with no sign at all end here)
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if found.level is TriageLevel.NONE or found.context in {"cause", "past"}:
        full = _assess(whole)
        if (
            "dizziness_fainting" in full.signs
            and _has(_RT3_I_FAINTED, whole)
            and _has(_RT3_OUT, whole)
        ):
            return full
    if not found.ambiguous:
        return None
    owned = Triage(found.level, found.signs)
    signs = set(found.signs)
    if found.context == "someone_else":
        if (
            _has(_RT3_LIKENESS_ELSE, whole)
            and not _SOMEONE_NAMED.search(whole)
            and not _has(_THIRD_PERSON, whole)
        ):
            return owned
        if _has(_RT3_MINE_TURN, whole) and _has(_RT3_ONSET, whole):
            return owned
        if "serious_trauma" in signs and _has(_RT3_HURT_BY, whole):
            return owned
        if _has(_RT3_WATCHER, whole) and signs - _ORDINARY_PAIN:
            return owned
    if found.context == "cause" and _has(_RT3_NOT_THE_CAUSE, whole) and signs - _ORDINARY_PAIN:
        return owned
    if found.context == "cause" and _has(_RT3_FROM_NOWHERE, whole) and signs - _ORDINARY_PAIN:
        return owned
    if (
        found.context == "cause"
        and signs & {"numbness", "tingling", "weakness"}
        and _has(_RT4_NOTICED, whole)
        and _has(_RT4_STILL, whole)
    ):
        # rt4: "drying off after the shower ... my thigh felt like touching it through a glove.
        # Still like that"
        return owned
    if found.context in {"past", "general", "hypothetical"} and _has(_RT3_CHANGED, whole):
        return owned
    return None


def _owned_after_all(text: str, found: Triage) -> bool:
    """An ambiguous result the message itself makes unambiguous (see above)."""
    whole = _prepare(_mend(text[:MAX_CHARS]))
    if found.context == "cause" and "weakness" in found.signs and _has(_GAVE_WAY, whole):
        return True
    if (
        found.context == "someone_else"
        and _has(_SIMILE_ELSES, whole)
        and not _SOMEONE_NAMED.search(whole)
        and not _has(_THIRD_PERSON, whole)
    ):
        return True  # h36: "feels like it's someone else's skin down there" is a likeness
    if (
        found.context == "cause"
        and {"night_pain", "rest_pain"} & set(found.signs)
        and _has(_PERSISTS, whole)
    ):
        return True  # h34: night pain every night that lying still does not help
    if found.context in {"hypothetical", "general"} and _has(_HAPPENED_TO_ME, whole):
        return True
    return found.context in {"someone_else", "general", "hypothetical"} and _has(
        _ASKING_AS_MINE, whole
    )


# Round 35: a clause's own onset ("since this morning", "started on Monday").
_OWN_ONSET_35 = re.compile(
    r"\b(?:(?:since|started|starting|began|begun|came on) (?:this|last|yesterday|today|the weekend"
    r"|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i woke|waking)|right now"
    r"|at the moment)\b"
)
# Round 35: a past trouble said to be back ("it's started again this week", "now it's come
# back", "they've returned"), never denied ("it has not come back", "never came back").
_RECURRED_35 = re.compile(
    r"\b(?:it|that|this|they|the \w+|its|it s) (?:is |s |has |have |ve |are |re )?(?:(?:just|all"
    r"|now) )?(?:started|starting|begun|began|kicked off|come|came|coming|flared|flaring"
    r"|playing) (?:up )?(?:back )?again\b"
    r"|\b(?:it|that|this|they|its|it s) (?:is |s |has |have |ve |are |re )?(?:(?:just|now|all)"
    r" )?(?:come back|came back|coming back|returned|recurred|back again)\b"
)


# Round 25 (issue 13, h25's first sight): an ambiguous message that is a red flag all the same.
# A turn ("but", "however", "and now") to a part that locks out on its own: a clinician's "fine"
# or a long-known thing, then "but" and a sign of the writer's own ("my physio says it's fine but
# numbness in both legs"); a cause, then "and now" a sign ("legs like jelly after leg day and now
# they're numb"); a long-known numbness that now reaches both legs or the saddle ("feet numb in
# the cold, always have, but since christmas it's both legs"); the writer's own faint, whatever
# the place or the laughter ("I passed out at work", "haha I fainted lol").
_TURN = re.compile(r"\b(?:but|however|yet)\b(?:\s+now\b)?|\b(?:and|so|then)\s+now\b", re.IGNORECASE)
# A part after the turn that is a worry or a question, not a report ("but I'm worried about
# getting numbness"): its own triage is no proof.
_TURN_NOT_REPORT = re.compile(
    r"\b(?:worr\w*|scared|afraid|fear\w*|nervous|anxious|paranoid|what if|in case|if|could|might"
    r"|would|will it|does|do you|is it|can it|should|avoid\w*|prevent\w*|wonder\w*|read|heard)\b",
    re.IGNORECASE,
)
# "passed out" after a party or a long day is asleep, asked about at most.
_PASSED_OUT_ASLEEP = re.compile(
    r"\bpassed out\b(?=[^.!?\n]{0,40}\b(?:party|drunk|drinks|drinking|pints?|wine|beers?|vodka"
    r"|hungover|hangover|night out|tired|exhausted|knackered|shattered|night shift|long day"
    r"|after work)\b)|\b(?:party|drunk|drinks|drinking|pints?|wine|beers?|vodka|night out|tired"
    r"|exhausted|knackered|shattered|night shift|long day)\b[^.!?\n]{0,40}\bpassed out\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
_NEWLY_SPREAD = re.compile(
    r"\b(?:since|now|lately|recently|these days|this (?:week|month)|today|started|spread\w*)\b"
)
_SPREAD_PART = re.compile(
    r"\b(?:both (?:legs|feet|sides|thighs)|(?:my |the )?groin|down there|saddle|(?:my )?bum"
    r"|privates)\b"
)
_OWN_FAINT = re.compile(
    r"\b(?<!nearly )(?<!almost )(?<!not )(?<!never )(?<!going to )(?<!about to )(?<!like i )"
    r"(?<!would have )(?<!could have )(?<!might have )(?<!if i )(?<!in case i )"
    r"(?:fainted|passed out|blacked out|lost consciousness|keeled over"
    # after round 34 (a gap found while probing): "I had a blackout at work today"
    r"|(?:had|have had|having) (?:a |another )?(?:(?!power|electric\w*|media|news|total|full)\w+ )?"
    r"black ?out"
    # rt1: "I was out cold at the bus stop", "came round on the kitchen floor"
    r"|(?:was|went|knocked) out cold|(?:came round|came around|came to|woke up) (?:\w+ ){0,2}?on"
    # rt9: the kitchen lino or the tiles; everything going black ("stood up and everything
    # went black, twice today")
    r" (?:the |my )?(?:\w+ )?(?:floor|ground|pavement|lino|tiles|carpet|rug)"
    r"|(?:everything|it all|the world|my vision) (?:just )?(?:went|goes|going|gone|turned)"
    r" (?:black|dark)"
    # rt10: a faint in a clinician's jargon ("had a vasovagal moment", "a syncopal episode"), or
    # going down and being caught ("went down in the corridor and a colleague caught me")
    r"|(?:had|have had|having) (?:a |an |another |my )?(?:\w+ )?(?:vasovagal|vaso vagal|syncope"
    r"|syncopal|presyncope|presyncopal)|(?:went|go|going|gone) down (?:\w+ ){0,6}?(?:caught"
    r" me|catch me)"
    # rt14: a faint in non-native English (lost oneself for a second; someone said the writer
    # was falling and caught them)
    r"|(?:lose|lost|losing|loose) (?:myself|my self|my senses|consciousness) (?:for|a) (?:a |one"
    r" |small )?(?:moment|second|seconds|few seconds|minute|bit|short time)"
    r"(?! (?:\w+ )?(?:in|to|into) (?:the |a |my )?(?:music|song|book|film|movie|game|dance|story"
    r"|moment|prayer|zone|view|scenery|sunset|thoughts|memories|daydream))"
    r"|i (?:was|were) (?:\w+ )?(?:falling(?! asleep| behind| apart| for| in love| off)|going"
    r" down|collapsing|fainting) (?:\w+ ){0,3}?"
    r"(?:caught|catch|catched|grab\w*) me)\b"
    r"(?! (?:on|in|onto|into) (?:the |my )?(?:sofa|couch|bed|settee|armchair)| asleep"
    r"| (?:watching|in front of))"
)
_FAINT_OWNER = re.compile(
    r"\b(?:i|im|i am|i have|i had|i just|i nearly)\b"
    # rt10: the writer caught, or the subject left out at the start ("had a vasovagal moment")
    r"|\b(?:caught|catch|grabbed) me\b|^\s*(?:had|went|fainted|passed|blacked|keeled)\b"
)
_FAINT_CONTEXTS = frozenset({"cause", "hedged"})
_CAUGHT_ME_FAINT = re.compile(
    r"\b(?:i )?(?:went|go|going|gone) down\b[^.!?;]{0,60}?\b(?:caught|catch|grabbed) me\b"
)


def _round25_lockout(text: str, found: Triage) -> bool:
    """A message triaged as ambiguous that is a red flag all the same (see above)."""
    cut = _blank_disowned(_blank_checklist(_mend(text[:MAX_CHARS])))
    whole = _prepare(cut)
    turns = 0
    for turn in _TURN.finditer(cut):
        turns += 1
        if turns > 8:
            break
        start = turn.end()
        if turn.group().lower().endswith("now"):
            start -= len("now")
        end_at = _SENTENCE_END.search(cut, start)
        segment = cut[start : end_at.start() if end_at else len(cut)].strip()
        if not segment or len(segment) > 240 or _TURN_NOT_REPORT.search(segment.split(",", 1)[0]):
            continue
        alone = _triage(segment)
        if alone.level >= TriageLevel.CLINICIAN and not alone.ambiguous:
            return True
        if (
            alone.level is TriageLevel.NONE
            and _NEWLY_SPREAD.search(segment)
            and _SPREAD_PART.search(segment)
            and _assess(whole).level is TriageLevel.EMERGENCY
        ):
            return True
    if (
        found.context == "someone_else"
        and "dizziness_fainting" in found.signs
        and _CAUGHT_ME_FAINT.search(cut.lower())
    ):
        return True  # rt10: "went down in the kitchen and my husband caught me": the writer's
    if found.context in _FAINT_CONTEXTS and "dizziness_fainting" in found.signs:
        for clause in _SENTENCE_END.split(_PASSED_OUT_ASLEEP.sub(" ", cut.lower())):
            if _OWN_FAINT.search(clause) and (
                _FAINT_OWNER.search(clause) or not _someone_else_named(clause)
            ):
                return True
    return False


# Round 26 (issue 13, h26's first sight): fragile bones, then a pop, a crack, a lift or a bend
# with new pain, is a possible fracture (SAFETY.md 3.2: osteoporosis, steroid tablets for more
# than 3 months): never asked back, and never less than the see-a-clinician reply. "Been on
# steroid tablets for a year and today I felt something pop lifting the shopping, now severe
# pain"; "I have osteoporosis and felt a crack bending over". The writer's own condition only
# (never "my mum has osteoporosis"), and steroids taken by mouth or injection (never an inhaler,
# a cream, a nasal spray or drops); never a pain of the past nor a hypothetical one.
_FRAGILE_BONES = re.compile(
    r"\b(?:osteoporo\w*|osteopeni\w*|brittle bones|thin(?:ning)? bones|low bone density"
    r"|prednisol\w*|prednison\w*|dexamethasone|methylpred\w*"
    r"|(?:oral )?steroids?(?: tablets?| pills?| injections?| jabs?)?)\b"
    r"(?! (?:\w+ )?(?:inhalers?|puffers?|creams?|ointments?|sprays?|drops|gels?|nasal))"
)
_FRAGILE_NOT_MINE = re.compile(
    r"\b(?:inhal\w*|puffers?|creams?|ointments?|nasal|eye drops|ear drops|skin|eczema|topical)\b"
)
_FRAGILE_SIGNS = frozenset(
    {
        "popped",
        "sharp_pain",
        "hurts",
        "pain_on_movement",
        "fall_accident",
        "serious_trauma",
        "worse",
    }
)
_FRAGILE_CONTEXTS = frozenset({None, "cause", "hedged", "habit"})


def _fragile_bone_pain(text: str, found: Triage) -> bool:
    """The writer's own fragile bones and a pain sign of now (see above)."""
    if found.level is TriageLevel.NONE or found.context not in _FRAGILE_CONTEXTS:
        return False
    if found.level >= TriageLevel.CLINICIAN and not found.ambiguous:
        return False
    if not set(found.signs) & _FRAGILE_SIGNS:
        return False
    cut = _blank_disowned(_mend(text[:MAX_CHARS])).lower()
    for clause in _SENTENCE_END.split(cut):
        risk = _FRAGILE_BONES.search(clause)
        if risk is None or _FRAGILE_NOT_MINE.search(
            clause[max(0, risk.start() - 40) : risk.end() + 40]
        ):
            continue
        if _someone_else_named(clause[: risk.end()]) and not _FAINT_OWNER.search(
            clause[: risk.end()]
        ):
            continue
        return True
    return False


# Round 26. The writer's own collapse or faint, told beside others' ("I'm a nurse so I'm around
# collapses all day, and today I collapsed at work"): never someone else's; "I nearly collapsed"
# and "collapsed on the sofa" are not it.
_I_COLLAPSED = re.compile(
    r"\b(?:i|i've|ive|i have|i had) (?:just |then |actually |literally |properly )?(?:collapsed"
    r"|fainted|passed out|blacked out|keeled over|lost consciousness)\b"
    r"(?! (?:on|in|onto|into) (?:the |my )?(?:sofa|couch|bed|settee|armchair)| asleep"
    r"| (?:watching|in front of))"
)
_COLLAPSE_CONTEXTS = frozenset({"someone_else"})
_COLLAPSE_LAUGH = re.compile(r"\b(?:laugh\w*|giggl\w*|in stitches|lol|lmao|haha\w*)\b")


def _own_collapse(text: str, found: Triage) -> bool:
    """The writer's own collapse in a message made ambiguous by others' (see above)."""
    if found.context not in _COLLAPSE_CONTEXTS or "dizziness_fainting" not in found.signs:
        return False
    lowered = _PASSED_OUT_ASLEEP.sub(" ", _mend(text[:MAX_CHARS]).lower()).replace("’", "'")
    for sentence in _SENTENCE_END.split(lowered):
        for piece in sentence.split(","):
            if _I_COLLAPSED.search(piece) and not _COLLAPSE_LAUGH.search(piece):
                return True
    return False


# Round 10. A word split by an ellipsis, as autocorrect leaves it: "sharp... ly better" is
# "sharply better", never "sharp".
_SPLIT_WORD = re.compile(r"(\w)\s*(?:\.{2,}|…)\s*(ly|ness|er|est|ish|ened|en|ed|ing)\b")


def _mend(text: str) -> str:
    # a sign word said of a thing is set aside before anything reads the message
    # (`coach.questions.senses`)
    return blank_thing_senses(_mark_readings(_SPLIT_WORD.sub(r"\1\2", _joined_word_by_word(text))))


# h28 (a red flag missed at first sight): a message typed a word or two per sentence ("right.
# foot. dragging. since. yesterday. back. sore. twist?") is one sentence: its stops are dropped,
# so "foot" and "dragging" are read together. Only when at least four pieces and nearly all of
# them are one or two words long, and no question mark but a last one.
_PIECES = re.compile(r"[.!?\n]+")
_WORD_STOP = re.compile(r"(?<=\w)[.!]+(?=\s+\w)")


def _joined_word_by_word(text: str) -> str:
    if ("." not in text and "!" not in text) or "?" in text.rstrip().rstrip("?"):
        return text  # a checklist ("numb? no. tingling? no.") keeps its own reading
    pieces = [piece for piece in _PIECES.split(text) if piece.strip()]
    if len(pieces) < 4 or sum(len(piece.split()) <= 2 for piece in pieces) < 0.8 * len(pieces):
        return text
    return _WORD_STOP.sub("", text)


# Round 12 (safety): a fever given as a reading, not the word ("thermometer says 38.9", "temp of
# 38.5", "101 F", "39 degrees and my back throbs"). A reading of 38 C or more (100.4 F or more)
# becomes the word "feverreading", which the fever rule matches. Never a room or the weather
# ("the room is 38 degrees"), an angle ("turn 40 degrees"), an age, minutes, reps or kilos.
_TEMP_WORD = r"(?:thermometers?|temps?|temperatures?|fevers?|feverish)"
_NUMBER = r"(?<![\d.,£$€])(\d{2,3}(?:[.,]\d{1,2})?)(?![\d]|[.,]\d)"
_SCALE = r"(?:c|f|celsius|centigrade|fahrenheit)"
_UNIT = rf"(?:\s?(?:°|º|degrees?|degs?)\s?{_SCALE}?|\s?{_SCALE})\b"
_READING_AFTER_WORD = re.compile(
    rf"\b{_TEMP_WORD}\b(?:\W+\w+){{0,4}}?\W+{_NUMBER}(?:{_UNIT})?", re.IGNORECASE
)
_READING_UNIT = re.compile(rf"{_NUMBER}(?P<unit>{_UNIT})", re.IGNORECASE)
_READING_BARE = re.compile(r"(?<![\d.,£$€])(\d{2,3}[.,]\d)(?![\d]|[.,]\d)", re.IGNORECASE)
_NOT_A_READING_AFTER = re.compile(
    r"\s*(?:%|kgs?|kilos?|kilograms?|lbs?|pounds?|stones?|st\b|km|kms|miles?|k\b|m\b|cm|mm"
    r"|inch\w*|seconds?|secs?|s\b|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?"
    r"|reps?|sets?|steps?|quid|fm|mhz|times?|of (?:twist|rotation|turn)|to the|off|bpm|beats"
    r"|points?|pts|mmol|mph|kph|kmh|per ?cent|on (?:my|the) (?:\w+ )?(?:test|quiz|exam|scale))",
    re.IGNORECASE,
)
_WEATHER = re.compile(
    r"\b(?:room|rooms|outside|out there|indoors|weather|forecast|heat ?wave|sun|sunny|degrees out"
    r"|in here|office|house|flat|garden|pool|sauna|steam room|oven|bath|shower|water|car|holiday"
    r"|abroad|beach|kitchen|gym|studio|hot yoga|bikram|greenhouse|fridge|freezer|thermostat"
    r"|heating|climate|summer|winter|air ?con|aircon|it is|its|it'?s|wash|washing|it was"
    r"|it will be|it hit|it got|sunburn\w*|sunbath\w*|vacation|spain|greece|italy|dubai"
    r"|degrees hotter)\b",
    re.IGNORECASE,
)
_ANGLE = re.compile(
    r"\b(?:angle|angles|rotate\w*|rotation|turn\w*|twist\w*|bend\w*|bent|tilt\w*|lean\w*"
    r"|knees?|hips?|legs?|arms?|range|open\w*|drop\w*|lower\w*|swing\w*|lift\w*|raise\w*)"
    r"(?:\W+\w+){0,3}?\W+$",
    re.IGNORECASE,
)


# A measure named just before the number: "my BMI is 38.5", "shoe size 42.5", "scored 39.5".
_MEASURE_BEFORE = re.compile(
    r"\b(?:bmi|body mass|score\w*|scored|points?|size|rate|pulse|bpm|weigh\w*|waist|height|pace"
    r"|speed|price|cost|paid|version|level|grade|mark|marks|percent|aged?|number|hr|vo2 ?max"
    r"|pressure|sugars?|glucose|a1c|hba1c|cholesterol|vitamin d|ferritin|iron|hours|minutes"
    r"|mins|km|miles|time|pb|result|results|reading of my \w+|dose)(?:\W+\w+){0,2}?\W+$",
    re.IGNORECASE,
)


_LOOKBEHIND = 200  # characters: the patterns ending in \W+$ above look back a few words


def _before(text: str, at: int) -> str:
    """The words just before ``at`` (whole words, about `_LOOKBEHIND` characters), which is all
    that the patterns ending in ``\\W+$`` read. Searching the whole prefix instead cost time in
    the square of the length for a message full of readings (0.2 s at 4,096 characters)."""
    start = at - _LOOKBEHIND
    if start <= 0:
        return text[:at]
    space = text.find(" ", start, at)
    return text[start:at] if space < 0 else text[space + 1 : at]


def _fever_value(number: str, unit: str) -> bool:
    value = float(number.replace(",", "."))
    unit = unit.strip().lower()
    if unit.endswith(("f", "fahrenheit")):
        return 100.4 <= value <= 113
    if unit.endswith(("c", "celsius", "centigrade")):
        return 38 <= value <= 45
    return 38 <= value <= 45 or 100.4 <= value <= 113


# Round 13: a normal reading after the fever ("38.5 on the 3rd, 36.6 this morning") settles it:
# it becomes "normalreading", which `_RESOLVED` reads as over; never one before the fever.
_NORMAL_READING = re.compile(r"(?<![\d.,£$€])((?:3[5-7]|9[6-9])[.,]\d{1,2})(?![\d]|[.,]\d)")


# ...and never a normal reading said to be earlier ("fever 38.9, was 36.5 yesterday").
_PAST_BEFORE = re.compile(
    r"\b(?:was|were|had|been|previously|before that)(?:\W+(?:at|about|around|only|just))?\W+$",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(
    r"(?:\W+\w+){0,2}?\W+(?:yesterday|last|before|earlier|ago|previously|on (?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


def _normal_value(number: str) -> bool:
    value = float(number.replace(",", "."))
    return 35.5 <= value <= 37.5 or 96 <= value <= 99.5


def _normal_readings(text: str, after: int) -> list[tuple[int, int]]:
    return [
        found.span(1)
        for found in _NORMAL_READING.finditer(text, after)
        if _normal_value(found.group(1))
        and not _MEASURE_BEFORE.search(_before(text, found.start()))
        and not _NOT_A_READING_AFTER.match(text, found.end())
        and not _PAST_BEFORE.search(_before(text, found.start()))
        and not _PAST_AFTER.match(text, found.end())
    ]


def _mark_readings(text: str) -> str:
    if not any(ch.isdigit() for ch in text):
        return text
    spans: list[tuple[int, int]] = []
    weather = bool(_WEATHER.search(text))
    for found in _READING_AFTER_WORD.finditer(text):
        unit = found.group(0)[found.end(1) - found.start(0) :]
        if _fever_value(found.group(1), unit) and not _NOT_A_READING_AFTER.match(
            text, found.end(1)
        ):
            spans.append(found.span(1))
    for found in _READING_UNIT.finditer(text):
        unit = found.group("unit")
        bare_degrees = not re.search(r"[cf]|celsius|centigrade|fahrenheit", unit, re.IGNORECASE)
        if (
            not _fever_value(found.group(1), unit)
            or _ANGLE.search(_before(text, found.start()))
            or _MEASURE_BEFORE.search(_before(text, found.start()))
        ):
            continue
        if weather or (bare_degrees and _NOT_A_READING_AFTER.match(text, found.end())):
            continue
        spans.append(found.span(1))
    for found in _READING_BARE.finditer(text):
        if (
            _fever_value(found.group(1), "")
            and not weather
            and not _MEASURE_BEFORE.search(_before(text, found.start()))
            and not _NOT_A_READING_AFTER.match(text, found.end())
        ):
            spans.append(found.span(1))
    if not spans:
        # round 18: a normal reading of one's temperature ("a temperature of 37.2 this
        # morning, which is normal") with no fever reading anywhere: no fever
        normal_temps = [
            found.span(1)
            for found in _READING_AFTER_WORD.finditer(text)
            if _normal_value(found.group(1))
            and _NORMAL_READING.fullmatch(found.group(1))
            and not _NOT_A_READING_AFTER.match(text, found.end(1))
        ]
        for start, end in reversed(normal_temps):
            text = text[:start] + " normaltemp " + text[end:]
        return text
    normal = set(_normal_readings(text, max(end for _, end in spans)))
    out, last = [], 0
    for start, end in sorted(set(spans) | normal):
        if start < last:
            continue
        word = " normalreading " if (start, end) in normal else " feverreading "
        out.append(text[last:start] + word)
        last = end
    return "".join(out) + text[last:]


# Round 10. A named complaint of another body part, and the words of that part.
_CONDITION_ELSEWHERE = re.compile(
    r"\b(?:plantar fasci\w*|heel spurs?|tennis elbow|golfers elbow|carpal tunnel|bunions?"
    r"|shin splints|achilles \w+|frozen shoulder|rotator cuff|trigger finger|morton\w* neuroma"
    r"|gout|runners knee|jumpers knee)\b"
)
_SITE_ELSEWHERE = re.compile(
    r"\b(?:my |the |left |right )?(?:heels?|soles?|arch(?:es)?|toes?|bunions?|elbows?|wrists?"
    r"|fingers?|thumbs?|shoulders?(?! blades?)|knees?|ankles?|achilles|shins?)"
    r"(?: (?:\w+ ){0,3}?(?:hurts?|hurting|hurt|pain\w*|aches?|aching|sore))?\b"
)


# Round 11. A knock, bump or bruise of another body part, and the cry it drew ("bruised my shin
# on the bed frame, ouch"): not the back's pain. The hip and the tailbone are the back's.
_MINOR_KNOCK = re.compile(
    r"\b(?:bruised|bruise|stubbed|stub|bumped|banged|scraped|grazed|cut|nicked|whacked|jammed"
    r"|trapped|knocked|caught|burnt|burned|smacked|clipped|cracked|bashed|walloped|hit)"
    r" (?:my|the|his|her) (?:left |right |big"
    r" |little |poor )?(?:shins?|toes?|elbows?|knees?|kneecaps?|fingers?|thumbs?|head|forehead"
    r"|hands?|arms?|ankles?|funny bone|nose|wrists?|knuckles?|foot|heel)\b"
    # round 14: "dropped a tin of beans on my foot"
    r"|\b(?:dropped|drop|dropping|fell|landed) (?:\w+ ){1,4}?on (?:my|the|his|her) (?:left |right"
    r" |big |little |poor )?(?:foot|feet|toes?|hand|fingers?|thumb)\b"
)
_OUCH = re.compile(r"\b(?:ouch|ow+|oww+|oof|ooft|argh+|yikes|eek)\b")
# Round 15. The knock's pain given to the part that was knocked ("hurts like mad but it's just
# my toe"): a hurt that names no part of its own is that part's. A hurt that names the back, a
# leg or the trunk ("my back hurts too") stays.
_JUST_THAT_PART = re.compile(
    r"\b(?:just|only|merely) (?:my|the|a) (?:big |little |left |right |poor |stupid )?(?:toes?"
    r"|shins?|elbows?|kneecaps?|fingers?|thumbs?|head|forehead|hands?|funny bone|nose|wrists?"
    r"|knuckles?|heel)\b"
)
_BARE_HURT = re.compile(
    r"\b(?:hurts?|hurting|aches?|aching|sore|throbb\w*|stings?|stinging)(?: like (?:mad|hell"
    r"|crazy|anything|nothing else|the devil))?\b"
)


def _knock_hurt(clauses: list[str], whole: str) -> str:
    """The message with a bare hurt set aside when the writer gives it to the knocked part."""
    if not _has(_JUST_THAT_PART, whole):
        return " ".join(clauses)
    return " ".join(
        clause
        if _LOWER_OR_TRUNK.search(clause) or _UPPER_ONLY.search(clause)
        else _blank(clause, _BARE_HURT)
        for clause in clauses
    )


# Round 12 (safety): a cancer history with back pain that is new, recent, worsening or simply
# not denied is the red flag, whatever "all clear since" says. Round 11's "clear for years, back
# fine, no new pain" still asks; someone else's cancer is theirs.
_CANCER_PAIN = re.compile(
    r"\b(?:pain\w*|aches?|ached|aching|achy|sore\w*|hurt\w*|throb\w*|twinge\w*|niggl\w*"
    r"|playing up|killing me|agony|tender)\b"
)
_PAIN_DENIED = re.compile(
    r"\b(?:no|not any|without|zero|nil|free of|never any) (?:\w+ )?(?:new )?(?:back )?"
    r"(?:pain\w*|aches?|aching|soreness|twinges?|niggles?)|(?:pain|ache|symptom)s? ?free|painless"
    r"|not (?:\w+ )?(?:sore|aching|achy|hurting|painful)|(?:does|do|did) not hurt|nothing hurts"
    r"|(?:no|never) (?:\w+ )?hurt"
)

_BACK_WORSE = re.compile(
    r"\b(?:back|spine|neck|ribs?|hips?|pelvis|bones?)(?: \w+){0,3} (?:worse|worsening|bad|bothering"
    r"|troubling|acting up|giving me (?:grief|trouble|jip|gyp))\b"
)


def _cancer_with_pain(signs: tuple[str, ...], reasons: list[str], whole: str) -> bool:
    if "cancer_history" not in signs or "someone_else" in reasons:
        return False
    undenied = _blank(whole, _PAIN_DENIED)
    return bool(_CANCER_PAIN.search(undenied) or _BACK_WORSE.search(undenied))


# Round 13: work's paperwork asked about ("how do I get a sick note for back pain", "can I claim
# sick pay for my back").
_CLICK = re.compile(r"\b(?:click\w*|crunch\w*|grind\w*|clunk\w*|creak\w*)\b")
_PAPERWORK_ASKED = re.compile(
    r"\b(?:how|can|could|do|does|should|where|will|would|am i|is it|is there|who)\b(?: \w+){0,8}?"
    r" (?:sick (?:notes?|leave|pay|days?|lines?|certificates?)|fit notes?|off sick|time off work"
    r"|doctor (?:s )?note|doctors note|medical certificate|insurance claim|compensation"
    r"|disability (?:benefits?|allowance|claim)|statutory sick pay)\b"
)


# Round 14. A diagnosed, known sciatica asked about ("diagnosed by my GP. will this help?"):
# the question bank's topic, never a lockout; a new one, or one with weakness, numbness or the
# saddle area, keeps its signs.
_SCIATICA_KNOWN = re.compile(
    r"\bsciatica\b(?=.*\b(?:diagnosed|diagnosis|(?:gp|doctor|doc|physio\w*|consultant|specialist"
    r"|osteo\w*|chiro\w*) (?:\w+ ){0,3}?(?:says|said|confirmed|told me|thinks|reckons|called it)"
    r"|had it for|on and off for|for (?:\w+ )?years)\b)"
    r"|\b(?:diagnosed|diagnosis)\b(?=.*\bsciatica\b)"
    # round 20: a known sciatica that comes and goes ("I get sciatica on and off down my left
    # leg", "prone to sciatica now and then")
    r"|\b(?:i get|i suffer (?:from|with)|prone to|history of|i have had|i had|i have)"
    r" (?:\w+ )?sciatica\b(?=.*\b(?:on and off|off and on|now and (?:then|again)|from time to"
    r" time|every so often|comes and goes|come and go|flares? up|occasionally|sometimes"
    r"|recurring|chronic|every now and then)\b)"
    # round 21: the writer's own sciatica or sciatic nerve that plays up or comes and goes, in
    # any words ("my sciatic nerve plays up down my leg on and off", "my sciatica flares now and
    # then")
    r"|\bmy (?:\w+ )?(?:sciatica|sciatic nerve|sciatic)\b(?=.*\b(?:on and off|off and on|now and"
    r" (?:then|again)|from time to time|every so often|comes and goes|come and go|occasionally"
    r"|every now and then|once in a while|plays up|playing up|acts up|acting up|flares? up)\b)"
    # round 22: the same in any order, the writer's own named by "mine" or "I" ("is it any good
    # for sciatica? mine comes and goes down the back of my thigh")
    r"|^(?=.*\bsciatic)(?=.*\b(?:mine|my|i)\b)(?=.*\b(?:on and off|off and on|now and (?:then"
    r"|again)|from time to time|every so often|comes and goes|come and go|occasionally|sometimes"
    r"|every now and then|once in a while|plays up|playing up|acts up|acting up|flares? up"
    r"|flaring up|on occasion|in bouts|in spells)\b)"
)
_SCIATICA_ASKED = re.compile(
    r"\b(?:will|would|can|could|does|do|is|should|safe|ok|okay) (?:\w+ )?(?:this|it|the twist"
    r"|the stretch|the exercise|the move|i|twisting)\b(?:.*\b(?:help|worse|safe|ok|okay|do it"
    r"|good|bad|aggravat\w*|try|do this|do it)\b)"
)
_MAKE_WORSE = re.compile(
    r"\b(?:make|makes|making|made) (?:it|things|that|them|my \w+|the \w+) (?:\w+ )?worse\b"
)
# Round 22: a sciatica in both legs is never the known one ("mine comes and goes, and since this
# morning it's in both legs").
_BOTH_SIDES = re.compile(
    r"\b(?:both (?:of )?(?:my |the )?(?:legs|sides|thighs|buttocks)|(?:left and right|right and"
    r" left|each|either) legs?)\b"
)
_SCIATICA_SIGNS = frozenset({"radiating_leg_pain", "leg_pain", "hurts"})
# Round 44: a known sciatica's flares told as coming and going ("I get sciatica flare ups now and
# then"): the flare words are the condition's habit, not a worsening now; never beside a word of
# now ("flaring up right now", "since this morning", "again today").
_FLARE_44 = re.compile(r"\b(?:flar(?:e|es|ed|ing) ?ups?|flar(?:es|ing))\b")
_FLARE_NOW_44 = re.compile(
    r"\b(?:(?<!every )(?<!every single )now(?! and (?:then|again))|right now|at the moment"
    r"|currently|today|tonight|this (?:morning|afternoon|evening|week)|since|started|starting"
    r"|(?<!now and )again|worse|worst|bad one|really bad|both)\b"
)
_NEW_ONSET = re.compile(
    r"\b(?:new|newly|suddenly|sudden|started|starting|began|came on|since (?:this|last|yesterday"
    r"|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|i woke)"
    r"|this (?:morning|week)|today|yesterday|getting worse|worse and worse|got worse|worse than)\b"
)


# ---------------------------------------------------------------------------------------------
# Round 17 (issue 13, h17's first sight), read on the text as typed, before the clauses.

_THIRD = (
    r"(?:friend|mate|pal|mum|mom|dad|mother|father|wife|husband|partner|sister|brother|son"
    r"|daughter|colleague|coworker|neighbour|neighbor|patient|client|aunt|uncle|nan|gran|grandma"
    r"|grandad|grandpa|cousin|boss|flatmate|girlfriend|boyfriend)"
)
# A sign disowned at once: "a shift full of falls and chest pains (not mine)", "my friend's
# cancer has knocked me sideways. Not me, I'm fine": the words before the disowning, back to the
# last stop, when they name nobody's body but someone else's.
_DISOWNED = re.compile(
    r"(?:^|(?<=[.,;!?\n]))(?P<span>[^.,;!?\n(]{1,100}?)\s*(?:[.!?;]+\s*|\(\s*|[-–—]\s*)?"
    # rt19: never a likeness ("the knee gives away like it is not mine")
    r"(?<!\blike it is )(?<!\blike it's )(?<!\blike it’s )(?<!\bas if it is )(?<!\bas if it's )"
    r"(?<!\blike it was )(?<!\bas if it was )(?<!\bas though it is )(?<!\bas though it was )"
    r"(?:not mine|not me|not my own|none of (?:it|them|that) (?:is |was )?mine)\b\s*\)?"
    r"(?=\s*(?:[,.;!?\n)]|$|[^\x00-\x7f]))",
    re.IGNORECASE,
)
# "...and I've got it too", "same here": the writer shares the others' sign.
_WRITER_TOO = re.compile(
    r"\b(?:me too|mine too|same here|same for me|so do i|so have i|so am i|i do too|as do i"
    r"|i (?:have|'ve got|ve got|get|got|had) (?:it|one|them|that|those|the same)(?: \w+)? too"
    r"|me as well|mine as well|and me|including me|myself included)\b",
    re.IGNORECASE,
)
_WRITER = re.compile(r"\b(?:i|i'm|im|i've|ive|me|my|mine|myself)\b", re.IGNORECASE)
_SOMEONE_NAMED = re.compile(
    r"\b(?:my |a |our |his |her )" + _THIRD + r"(?:'s|’s|s'|s)?\b", re.IGNORECASE
)
_WRITERS_PART = re.compile(
    r"\bmy (?:\w+ )?(?:legs?|foot|feet|toes?|thighs?|back|spine|bum|groin|hips?|chest|bladder"
    r"|bowels?|arms?|hands?)\b|\bi (?:have|had|'ve|am|was|can't|cannot|can not)\b",
    re.IGNORECASE,
)
# Other people's signs at work ("my whole shift was about other people's bladders and bowels"):
# up to the next stop, an emoji, or the writer's own words.
_OTHER_PEOPLES = re.compile(
    r"\bother (?:people|peoples|folks?|patients|women|mums|mothers|men|kids|children|runners"
    r"|players)(?:'s|’s|s'|'|’)?\s[^.,;!?()\n:]{0,60}?(?=\s*(?:[.,;!?()\n:]|$|[^\x00-\x7f])"
    r"|\s(?:but|though|while|whereas|my|mine|and my|and i)\b)",
    re.IGNORECASE,
)
# A clinician's general rule quoted ("physio said 'a little ache is normal, sharp pain isn't'"):
# a rule, not the writer's sign; never a quote that tells the writer what they have or to go
# to hospital.
_QUOTED_RULE = re.compile(
    r"\b(?:said|says|told me|tells me|reckons|rules?(?: is| was| are)?|advice(?: is| was)?)\b"
    r"[\s:,]*"
    r"(?P<quote>['‘\"“](?:[^'’\"”\n]|['’](?=\w)){3,160}['’\"”](?!\w))",
    re.IGNORECASE,
)
_RULE_WORDS = re.compile(
    r"\b(?:is|are|isn't|isnt|aren't|arent|is not|are not)(?: (?:normal|ok|okay|fine|expected"
    r"|a warning|a red flag|good|bad|not))?\s*['’\"”]?$|\bis (?:normal|ok|okay|fine|expected)\b"
    r"|\b(?:stop if|if you|if it|means? (?:stop|stopping|you stop))\b",
    re.IGNORECASE,
)
_RULE_GUARD = re.compile(
    r"\b(?:you have|you've got|youve got|you've|your|go to|call|999|911|112|a ?& ?e|emergency"
    r"|urgent\w*|hospital|cauda|scan)\b",
    re.IGNORECASE,
)
# A wee every few minutes after drinking a lot ("I've just drunk 2 litres of water so I need a wee
# every 20 minutes"): the drink's doing, not the bladder's sign.
_DRINK_WEE = re.compile(
    r"\b(?:drunk|drank|drinking|downed|chugged|had)\b[^.!?\n]{0,40}?\b(?:water|litres?|liters?"
    r"|pints?|tea|coffee|cups?|mugs?|fluids?|beers?|squash|juice|bottles?)\b[^.!?\n]{0,30}?"
    r"\b(?:so|and|hence|which is why|that's why|thats why|now)\b[^.!?\n]{0,15}?\b(?:need|needing"
    r"|have|having|going|got|keep|running)\b[^.!?\n]{0,12}?\b(?:wee|pee|toilet|loo|bathroom)\b"
    r"(?:\s+(?:every|each)\s+(?:\d+\s*|few\s+|couple of\s+|other\s+)?(?:minutes?|mins?|hours?"
    r"|hrs?|half hour)|\s+(?:all the time|constantly|loads|a lot|non ?stop))?",
    re.IGNORECASE,
)


# "just the usual ache", "my normal stiffness", "same old niggle": the writer's usual ache; never
# "not the usual", "worse than the usual" or "unlike my usual".
_USUAL_ACHE = re.compile(
    r"(?<!not )(?<!not just )(?<!than )(?<!unlike )(?<!than just )\b(?:just |only )?(?:the |my |"
    r"our )?(?:usual|normal|regular|everyday|same old|typical|standard) (?:\w+ )?(?:ache|aches"
    r"|aching|stiffness|soreness|niggle|twinges?|back ache|backache)\b"
    r"(?! (?:but|except|only) (?:\w+ )?(?:worse|sharper|stronger|different|now))"
)
# Figures of speech for a bad ache: set aside only beside `_USUAL_ACHE`.
_KILLING = re.compile(
    r"\b(?:killing me|murdering me|in bits|giving me (?:grief|gyp|jip)|playing up|in agony"
    r"|agony)\b"
)


# A tingle told as the stretch's own feeling ("the tingle I feel is the nice stretchy kind at the
# front of my hip", "a tingly stretch"), never "not the stretchy kind", and never in a message
# that names the seat, the groin, a foot or numbness anywhere.
_STRETCHY_TINGLE = re.compile(
    r"\b(?:(?:tingl\w*|tingly)(?: (?!(?:down|into|numb\w*|foot|feet|toes?|legs?|calf|calves|not"
    r"|groin|bum)\b)[\w']+){0,8}? (?:the |a )?(?:nice |good |pleasant |gentle |normal )?"
    r"(?:stretchy|stretching|stretch) (?:kind|sort|type|feeling|sensation|tingle)"
    r"|(?<!not )(?<!not a )(?<!not the )(?:tingly|tingling) stretch(?:y|ing)?(?: feeling"
    r"| sensation)?"
    r"|(?<!not )(?<!not a )(?<!not the )(?:nice |good |pleasant |gentle )(?:stretchy )?tingl\w*)"
    r"(?!(?: \w+){0,4} (?:down|into|to) (?:my |the )?(?:legs?|calf|calves))\b",
    re.IGNORECASE,
)
# Round 22: "buzzing" alone is the mood ("first time in weeks, buzzing", "I'm buzzing after that
# session"), a sensation only with a body part, the seat or "down there" in the message, or "buzzing
# in / down / through" ("my feet are buzzing", "buzzing in my groin").
_MOOD_BUZZ = re.compile(r"\bbuzz(?:ing|ed|y)?\b(?! (?:in|down|through|along|into|around|up)\b)")
_BUZZ_GUARD = re.compile(
    r"\b(?:legs?|foot|feet|toes?|hands?|arms?|thighs?|calf|calves|shins?|fingers?|knees?|hips?"
    r"|groin|bum|butt\w*|bottom|buttocks?|saddle|privates|genitals?|crotch|perineum|down there"
    r"|between (?:my|the) legs|nerves?|skin|spine|numb\w*|tingl\w*|pins and needles|sensation"
    r"|feeling in|back (?:\w+ ){0,2}buzz\w*)\b"
)
_TINGLE_GUARD = re.compile(
    r"\b(?:groin|bum|buttocks?|saddle|privates|genitals?|inner thighs?|crotch|perineum|down there"
    r"|between (?:my|the) legs|foot|feet|toes?|numb\w*|pins and needles|bladder|bowels?"
    r"|pee|wee|poo)\b",
    re.IGNORECASE,
)


# Round 18. Signs as the subject of a talk, a course or a leaflet ("a talk on emergencies, heart
# attack signs and so on", "a first aid course on the signs of a stroke"): talked about, not
# had; never when the writer claims them ("I think I'm having heart attack symptoms").
_TEACHING = re.compile(
    r"\b(?:talks?|course|courses|training|lectures?|seminars?|workshops?|webinars?"
    r"|presentations?|first aid\w*|first aiders?|documentar(?:y|ies)|videos?|articles?|leaflets?"
    r"|posters?|podcasts?|taught|teaching|learn(?:ed|t|ing)? about|read(?:ing)? about"
    r"|awareness)\b",
    re.IGNORECASE,
)
_CONDITION_NAME = (
    r"(?:heart attacks?|strokes?|cardiac arrests?|angina|cauda equina|sepsis|meningitis"
    r"|(?:(?!my\b)\w+\s+)?cancers?|concussion|hypothermia|heat stroke|choking|falls?)"
)
_SIGNS_TALKED = re.compile(
    r"\b(?:" + _CONDITION_NAME + r"\s+(?:warning\s+)?(?:signs?|symptoms?|red flags?)"
    r"|(?:the\s+)?(?:warning\s+)?(?:signs?|symptoms?|red flags?)\s+(?:of|for)\s+(?:a\s+|an\s+)?"
    + _CONDITION_NAME
    + r"(?:\s+(?:and|or|&)\s+(?:a\s+|an\s+)?"
    + _CONDITION_NAME
    + r")*)\b",
    re.IGNORECASE,
)
_SIGNS_CLAIMED = re.compile(
    r"\b(?:i|i'm|im|i've|ive|me|my)\b[^.!?\n]{0,30}?\b(?:have|having|had|got|get|getting"
    r"|showing|show|feel|feeling|felt|think|experiencing|all)\b[^.!?\n]{0,30}?\b(?:signs?"
    r"|symptoms?|red flags?)\b"
    r"|\b(?:i|i've|ive|i'm|im)\s+(?:\w+\s+)?(?:have|had|get|got|having|experiencing)\s+(?:\w+\s+)?"
    r"(?:them|those|these|it|all of them|some of them|a few of them|most of them|one of them"
    r"|a couple of them|two of them|both)\b|\b(?:sounds?|sounded) like (?:me|mine|what i)\b"
    r"|\bthat(?:'s|s| is) me\b",
    re.IGNORECASE,
)


# ...and never beside emergency care ("on a video call the GP said signs of a heart attack, go
# to A&E").
_EMERGENCY_CARE = re.compile(
    r"\b(?:a ?& ?e|a and e|999|911|112|ambulance|paramedics?|hospital|emergency room|er)\b",
    re.IGNORECASE,
)


# Round 20. A sign named as something the writer knows, then denied ("I'm a nurse, I know what
# a foot drop looks like and I've got nothing like that"): the named sign is not theirs. Only
# the knowing words are blanked, so a sign told elsewhere still counts.
_KNOWN_AND_DENIED = re.compile(
    r"\b(?:know|knows|recognise|recognize|seen)\s+(?:what|how)\s+[^.!?\n,;]{1,40}?\s+(?:looks?"
    r"|feels?|is|are|presents?)\s+like\b(?=[^.!?\n]{0,40}?(?:\b(?:i'?ve|i\s+have|i'?m|i\s+am"
    r"|i)\s+(?:got\s+|had\s+|have\s+|having\s+)?(?:nothing|none)\s+(?:like|of)\s+(?:that|it"
    r"|this|those|them)\b|\b(?:i\s+)?(?:don'?t|do\s+not|haven'?t|have\s+not|ain'?t)\s+"
    r"(?:have|got|get)\s+(?:that|it|one|any\s+of\s+(?:that|it|those)|anything\s+like)\b|"
    r"\bnot\s+(?:me|this|what\s+i\s+have)\b))",
    re.IGNORECASE,
)


# Round 20. A leg or foot gone dead or numb while sitting on the toilet ("leg went completely
# dead while I was on the loo"): the toilet is the seat pressing on it, not the saddle's sign.
# Never with a saddle word in the same words (bum, groin, wiping, down there).
_LIMB_ON_LOO = re.compile(
    r"\b(?:leg|legs|foot|feet|toes?|calf|calves|knee|knees)\b(?:(?!\b(?:bum|butt|bottom|groin"
    r"|crotch|privates?|genitals?|down there|wip\w*|saddle|inner|between|anus|perineum|vagina"
    r"|penis|testicles?|balls)\b)[^.!?\n]){0,40}?\b(?:dead|numb|asleep|to sleep|fell asleep"
    r"|pins and needles|tingl\w*)\b(?:(?!\b(?:bum|butt|bottom|groin|crotch|privates?|genitals?"
    r"|down there|wip\w*|saddle|inner|between|anus|perineum)\b)[^.!?\n]){0,30}?\b(?:on|sitting on"
    r"|sat on|sitting|sat) (?:the )?(?P<loo>loo|toilet|throne|bog|john|lavatory)\b",
    re.IGNORECASE,
)


# Round 23. "Dragging my feet / heels" as the idiom for putting a thing off ("been dragging my
# feet about starting this for weeks", "dragging my heels over booking the physio", "dragging my
# feet on this, keep putting it off"): followed by what is put off (about, over, on it, with
# this, a gerund of starting) or with "putting it off" or "procrastinating" in the message. Never
# a foot said to drag ("my foot is dragging"), never on a floor or while walking.
_DRAG_FEET = r"\bdrag(?:ging|ged|s)?\s+(?:my|our|your|his|her|their)\s+(?:feet|heels)\b"
_DRAG_IDIOM = re.compile(
    _DRAG_FEET
    + r"(?=(?:\s+(?:a\s+bit|a\s+little|a\s+lot|again|for\s+(?:\w+\s+){0,2}?(?:days|weeks|months"
    r"|years|ages|a\s+while|too\s+long)))*\s*(?:about|over|re|regarding|when\s+it\s+comes\s+to"
    r"|on\s+(?:this|it|that|starting|getting|doing|booking|making)\b|with\s+(?:this|it|that)\b"
    r"|(?:start|begin|do|gett|book|sign|mak|try|join|sort|tidy|decid|commit|ring|call|phon)\w*ing"
    r"\b))",
    re.IGNORECASE,
)
_PUT_OFF = re.compile(
    r"\b(?:putting\s+(?:it|this|that|\w+ing)\s+off|put\s+(?:it|this|that)\s+off|procrastinat\w*)\b",
    re.IGNORECASE,
)
_DRAG_WALKING = re.compile(
    r"\b(?:walk\w*|step\w*|stairs?|floor|ground|pavement|carpet|trip\w*|limp\w*|gait|shuffl\w*"
    r"|numb\w*|weak\w*|tingl\w*|catch\w*|scuff\w*)\b",
    re.IGNORECASE,
)
_DRAG_ANY = re.compile(_DRAG_FEET, re.IGNORECASE)
# Round 23. A leak of a thing, not of the body: "a leak in the ceiling", "the roof is leaking",
# "my water bottle leaked on the mat", "a leaky tap", "slow leak in my tyre". Only the leak's own
# words are blanked, so "and I've been leaking urine" elsewhere still counts; never the toilet.
_THING_LEAKS = (
    r"(?:ceilings?|roofs?|pipes?|taps?|faucets?|tyres?|tires?|inner\s+tubes?|bottles?|flasks?"
    r"|kettles?|boilers?|radiators?|sinks?|showers?|baths?|windows?|gutters?|drains?|tanks?"
    r"|cisterns?|hoses?|pens?|batter(?:y|ies)|boats?|tents?|pools?|fridges?|freezers?"
    r"|washing\s+machines?|dishwashers?|cars?|engines?|sumps?|gas|oil|walls?|flats?|houses?"
    r"|kitchens?|mattress(?:es)?|air\s+beds?|(?:yoga|gym|exercise|swiss)\s+balls?|balls?"
    r"|cups?|mugs?|bags?|containers?|jars?|lids?|hot\s+water\s+bottles?|valves?|joints\s+in"
    r"\s+the\s+pipe|vans?|forklifts?|trucks?|lorr(?:y|ies)|tractors?|bikes?|nappy|nappies"
    r"|boots|wellies|wellingtons|trainers|shoes|jackets?|coats?|umbrellas?|kayaks?|canoes?"
    r"|printers?|cartridges?|coffee\s+machines?|water\s+butts?|paddling\s+pools?|hot\s+tubs?"
    r"|aquariums?|fish\s+tanks?|skylights?|conservator(?:y|ies)|garages?|sheds?|hydraulics"
    r"|hydraulic\s+hoses?|compressors?|air\s*con|washers?|dryers?|ice\s+machines?"
    r"|machines?|pumps?|barrels?|kegs?|pallets?|drums?|sacks?)"
)
_THING_LEAK = re.compile(
    r"\b(?:leak\w*|leaky|drip\w*)\s+(?:in|from|under|through|of|on|at|round|around)\s+(?:the\s+"
    r"|my\s+|our\s+|a\s+|an\s+|that\s+|this\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?"
    + _THING_LEAKS
    + r"\b|\bleaky\s+(?:\w+\s+)?"
    + _THING_LEAKS
    + r"\b|\b"
    + _THING_LEAKS
    + r"(?:['’]s)?(?:\s+(?:is|was|has|had|have|are|were|keeps|kept|started|been|s|just|always"
    r"|still|again|now|sprung|sprang|springing|got|developed))*\s+(?:a\s+)?leak\w*\b|\b"
    + _THING_LEAKS
    + r"\s+leaks?\b"
    # round 30: a leaking thing, whatever the shape ("the leaking dishwasher", "water leaking
    # out of the fridge", "oil leaking from the van")
    r"|\bleak(?:ing|ed|s)?\s+(?:\w+\s+)?" + _THING_LEAKS + r"\b"
    # round 33: a thing's leak a few words on, or a fluid's ("the radiator in the hall is
    # leaking again", "the tap won't stop leaking", "my car's got a coolant leak"); never past
    # the writer's own words or a body's
    r"|\b" + _THING_LEAKS + r"(?:['’]s)?(?:\s+(?!(?:i|im|ive|i've|i'm|me|my|myself|and|but|so"
    r"|because|cause|since|when|while|bladder|pee|wee|urine|bum|groin|pants|knickers|underwear|"
    r"trousers)\b)[\w'’]+){0,4}?\s+(?:a\s+|an\s+)?"
    r"(?:(?:slow|small|big|tiny|bad|major|minor)\s+)?(?:(?:coolant|antifreeze|oil|fuel|petrol|d"
    r"iesel"
    r"|brake\s+fluid|transmission|gearbox|water|gas|radiator|exhaust|hydraulic)\s+)?leak\w*\b"
    r"|\b(?:coolant|antifreeze|oil|fuel|petrol|diesel|brake\s+fluid|transmission|gearbox|gas"
    r"|radiator|exhaust|hydraulic|roof|pipe|tap|boiler|tyre|tire)\s+leak\w*\b"
    r"|\b(?:water|oil|coolant|diesel|petrol|fuel|gas|air|ink|paint|rain|rainwater|coffee|milk"
    r"|juice|wine|beer)\s+(?:is\s+|was\s+|has\s+been\s+|keeps\s+|kept\s+|been\s+)?"
    r"(?:leak\w*|drip\w*|seep\w*|pour\w*|gush\w*)\s+(?:\w+\s+)?(?:everywhere\b|all\s+over"
    r"\s+the\b|(?:out\s+of|from|through|under|in|into|onto|down)\s+(?:the|our|a|an|his|her|their"
    r"|my|next\s+door'?s)\s+(?!(?:bladder|bum|bottom|groin|willy|penis|vagina|privates|pants"
    r"|knickers|underwear|trousers|jeans|legs?|body|back|self|front|crotch|nappy|pad|pads)\b)\w+)",
    re.IGNORECASE,
)


# Round 23. "Collapsed on the sofa" after a long shift or a hard day: flopped down tired, not a
# collapse; only beside tiredness and never with a faint, a dizzy spell or a fall in the message.
_FLOPPED = re.compile(
    r"\b(?:(?:totally|just|literally|completely|basically) )?collaps(?:ed|e|ing) (?:on|onto|into"
    r"|in) (?:(?:the|my|a|our) )?(?:sofa|couch|settee|bed|armchair|beanbag|chair|recliner)\b",
    re.IGNORECASE,
)
_FLOPPED_TIRED = re.compile(
    r"\b(?:tired|exhausted|knackered|shattered|shift|shifts|long day|work|after work|wiped out"
    r"|worn out|done in|spent)\b",
    re.IGNORECASE,
)
_FLOPPED_GUARD = re.compile(
    r"\b(?:faint\w*|dizz\w*|passed out|pass out|black\w* out|blacked|light ?headed|fell|fall"
    r"|hit my head|unconscious|came round|came to|chest|breath\w*|numb\w*|legs? (?:gave|went)"
    r"|gave way|buckl\w*)\b",
    re.IGNORECASE,
)


# Round 24. An emotion named as a tingle ("a tingle of pure excitement", "tingly with nerves
# before my first class"): the feeling's words only, so a tingle told elsewhere still counts.
_EMOTION_TINGLE = re.compile(
    r"\btingl\w*\s+(?:of|with|from)\s+(?:pure\s+|real\s+|sheer\s+|total\s+|such\s+|utter\s+)?"
    r"(?:excitement|joy|pride|anticipation|happiness|delight|nerves|nervousness|glee|relief"
    r"|satisfaction|achievement|triumph|accomplishment|elation|euphoria|awe|love|gratitude)\b",
    re.IGNORECASE,
)
# Round 24. A leak of a thing in a question-and-answer shape ("Leaking? only my roof lol",
# "leak? just the tap"): the asked word and its answer, never the toilet.
_THING_LEAK_ANSWERED = re.compile(
    r"\b(?:leak\w*|leaky|drip\w*)\s*[?!.,:;\-–—]+\s*(?:(?:no|nope|nah|haha|lol|ha)\W+)?"
    r"(?:only|just|nothing but)\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+)?(?:\w+\s+)?"
    + _THING_LEAKS
    + r"\b",
    re.IGNORECASE,
)
# Round 24. The writer's own disambiguation of a sign word ("shooting as in aiming lol"), and
# "shooting for" a number of sessions as the aim ("Shooting for three sessions a week"); never
# a pain shooting for days.
_WORD_DISAMBIGUATED = re.compile(
    r"\bshoot\w*\s+(?:as\s+in|meaning|i\s+mean)\s+(?:aim\w*|target\w*|going\s+for|trying"
    r"(?:\s+for)?|hoping\s+for|a\s+goal)\b"
    r"|(?:^|(?<=[.!?,;(]\s)|(?<=[.!?,;(])|(?<=\bi'm\s)|(?<=\bim\s)|(?<=\bi\s)|(?<=\bwe\s)"
    r"|(?<=\bwe're\s))"
    r"shoot(?:ing)?\s+for\s+(?:\w+\s+){0,3}?(?:sessions|session|times|reps|rounds|workouts|goes"
    r"|classes|twice|thrice)\b",
    re.IGNORECASE,
)
# Round 24. A pop or crack that felt good and did not hurt ("my back popped during the twist,
# felt great after and no pain whatsoever"): the pop's words are blanked only with a good
# feeling and a painless word told, and never beside a sign of the nerve, a sharp pain or a
# pain that came after.
_POP_WORDS = re.compile(
    r"\b(?:pop\w*|crack\w*|click\w*|clunk\w*|snap\w*|crunch\w*)\b", re.IGNORECASE
)
_POP_FELT_GOOD = re.compile(
    r"\b(?:felt|feels|feel|feeling)\s+(?:\w+\s+)?(?:great|good|amazing|brilliant|lovely|nice"
    r"|better|fantastic|awesome|relieved|loose|looser|free|freer|lighter)\b"
    r"|\b(?:satisfying|relief|relieving|such a relief)\b",
    re.IGNORECASE,
)
_POP_PAINLESS = re.compile(
    r"\b(?:no\s+pain|painless|pain\s*free|without\s+(?:any\s+)?pain|(?:did|does|do)\s*n[o']?t"
    r"\s+hurt|didnt\s+hurt|doesnt\s+hurt|not\s+painful|never\s+hurt|no\s+(?:hurt|ache|twinge))\b",
    re.IGNORECASE,
)
_POP_GUARD = re.compile(
    r"\b(?:shoot\w*|numb\w*|tingl\w*|pins and needles|sharp|stabb\w*|can'?t\s+feel|cannot"
    r"\s+feel|down\s+(?:my|the)\s+(?:leg|legs|calf|foot)|weak\w*|gave\s+way|giving\s+way"
    r"|swell\w*|swollen|bruis\w*|but\s+now|since\s+then|ever\s+since|agony|worse|locked"
    r"|can'?t\s+(?:move|stand|walk|bend)|spasm\w*|at\s+first)\b",
    re.IGNORECASE,
)
# Round 54. "Popped" as put or went ("I've popped a new sensor on", "popped the kettle on",
# "popped to the shops", "popped round to mum's"): the writer, then what was put and where, or
# where the writer went; never a part of the body put back ("popped my shoulder back in"), never
# beside a sign of the joint (a click, pain, out of place).
_POPPED_PUT_54 = re.compile(
    r"(?:^\s*|\b(?:i|we|i've|i’ve|ive|i have|i had|i'd|we've|we have)\s+)(?:(?:just|quickly|then"
    r"|also|have|had)\s+)?(?P<sign>pop(?:ped|s)?)\s+"
    r"(?:(?:a|an|the|some|it|them|one|my|another|two|three|in|on)\s+)?(?:(?:new|fresh|spare"
    r"|clean|quick|second|replacement)\s+)?(?P<thing>[a-z]+)?\s*"
    r"(?:on|in|into|onto|back on|in the|on the|under|over|off|out|up|down|by)\b"
    r"|\b(?:i|we|i've|i’ve|ive|i have|i had|just|quickly)\s+(?P<sign2>pop(?:ped|s)?)\s+"
    r"(?:(?:out|over|round|down|up|back|across|in)\s+)?"
    r"(?:to|into|in to|round to|over to|by|for)\s+(?:the|a|an|my|our|mum|mums|mom|dad|see)\b",
    re.IGNORECASE,
)
_POPPED_PUT_GUARD_54 = re.compile(
    r"\b(?:click\w*|crack\w*|clunk\w*|snap\w*|pain\w*|hurt\w*|agony|sharp|shoot\w*|out of"
    r" place|dislocat\w*|socket|locked|numb\w*|tingl\w*|swell\w*|swollen)\b",
    re.IGNORECASE,
)


def _blank_popped_put_54(text: str) -> str:
    if _POPPED_PUT_GUARD_54.search(text):
        return text

    def keep_or_blank(match: re.Match[str]) -> str:
        thing = (match.group("thing") or "").lower()
        if thing in BODY or (thing.endswith("s") and thing[:-1] in BODY):
            return match.group()  # "popped my shoulder back in": the joint's
        name = "sign" if match.group("sign") else "sign2"
        start, end = match.start(name) - match.start(), match.end(name) - match.start()
        whole = match.group()
        return whole[:start] + " " * (end - start) + whole[end:]

    return _POPPED_PUT_54.sub(keep_or_blank, text)


# Round 24. Other people's fall or accident with the writer unhurt ("half the passengers went
# flying, not me, I held on to the rail"): the others' words, up to the writer's escape; never
# "and so did I", "me too" or the writer's own fall.
_OTHERS_FELL = re.compile(
    r"\b(?:(?:half|most|some|all|loads|lots|a\s+few|a\s+couple)\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:people|passengers|everyone|everybody|others|other\s+people|commuters|kids|children"
    r"|folks|shoppers|standing\s+passengers|crowd)\b[^.!?\n]{0,30}?\b(?:went\s+flying|fell"
    r"(?:\s+over)?|were\s+thrown|got\s+thrown|hit\s+the\s+(?:floor|deck|ground)|toppled"
    r"|tumbled|flew|landed\s+on\s+the\s+floor)\b"
    r"(?=[^.!?\n]{0,20}?\b(?:not\s+me|but\s+not\s+me|except\s+(?:for\s+)?me|apart\s+from\s+me"
    r"|i\s+was\s+(?:fine|ok|okay|alright|all\s+right|lucky|sat|seated|holding)|i\s+(?:held|grabbed"
    r"|hung|stayed|managed|kept)\b))",
    re.IGNORECASE,
)
_ME_FELL_TOO = re.compile(
    r"\b(?:so\s+did\s+i|me\s+too|and\s+me|including\s+me|i\s+(?:went\s+flying|fell|was\s+thrown"
    r"|got\s+thrown|hit\s+(?:my|the)|landed|banged|bashed|whacked))\b",
    re.IGNORECASE,
)
# Round 24. The signs known and none of them had ("I'm a paramedic so I know the cauda equina
# signs, I have none of them"): the knowing words only, so a sign told elsewhere still counts;
# never with the signs claimed ("I know the signs and I think I have them").
_SIGNS_KNOWN_NONE = re.compile(
    r"\b(?:know|knows|recognise|recognize|familiar\s+with|aware\s+of|trained\s+(?:in|on)"
    r"|learned|learnt)\s+(?:all\s+)?(?:the\s+|about\s+the\s+)?(?:[\w&]+\s+){0,3}?(?:warning\s+)?"
    r"(?:signs?|symptoms?|red\s+flags?)(?:\s+(?:of|for)\s+(?:[\w&]+\s+){0,2}?[\w&]+)?"
    r"(?=[^.!?\n]{0,25}?\b(?:i\s+have\s+none|i'?ve\s+got\s+none|i\s+got\s+none|none\s+of"
    r"\s+(?:them|those|these|that|it)|i\s+(?:don'?t|do\s+not)\s+have\s+any|i\s+haven'?t\s+got\s+any"
    r"|not\s+one\s+of\s+them|i\s+have\s+no\s+(?:signs?|symptoms?)|no\s+(?:signs?|symptoms?)\s+at"
    r"\s+all)\b)",
    re.IGNORECASE,
)


def _blank_disowned(text: str) -> str:
    """Round 17. The text with signs that are not the writer's blanked: disowned at once ("(not
    mine)", "Not me"), other people's at work, a clinician's quoted rule, and a wee every few
    minutes after drinking a lot; a tingle told as the stretch's own feeling."""

    def disowned(match: re.Match[str]) -> str:
        span = match.group("span")
        if _WRITER.search(span) and not (
            _SOMEONE_NAMED.search(span) and not _WRITERS_PART.search(span)
        ):
            return match.group()
        return " " * len(match.group())

    def quoted(match: re.Match[str]) -> str:
        quote = match.group("quote")
        if not _RULE_WORDS.search(quote.strip("'’\"”‘“ ")) or _RULE_GUARD.search(quote):
            return match.group()
        start = match.start("quote") - match.start()
        return match.group()[:start] + " " * len(quote)

    original = text
    text = _DISOWNED.sub(disowned, text)
    if not _WRITER_TOO.search(text):
        text = blanked(_OTHER_PEOPLES, text)
    text = _QUOTED_RULE.sub(quoted, text)
    if not _BUZZ_GUARD.search(text):
        text = blanked(_MOOD_BUZZ, text)
    if not _TINGLE_GUARD.search(text):
        text = blanked(_STRETCHY_TINGLE, text)
    if (
        _TEACHING.search(text)
        and not _SIGNS_CLAIMED.search(text)
        and not _EMERGENCY_CARE.search(text)
    ):
        text = blanked(_SIGNS_TALKED, text)
    text = blanked(_KNOWN_AND_DENIED, text)
    if "drag" in text.lower() and not _DRAG_WALKING.search(text):
        text = blanked(_DRAG_IDIOM, text)
        if _PUT_OFF.search(text):
            text = blanked(_DRAG_ANY, text)
    lowered = text.lower()
    if "leak" in lowered or "drip" in lowered:
        text = blanked(_THING_LEAK, text)
    if "collaps" in lowered and _FLOPPED_TIRED.search(text) and not _FLOPPED_GUARD.search(text):
        text = blanked(_FLOPPED, text)
    if "tingl" in lowered:
        text = blanked(_EMOTION_TINGLE, text)
    if "leak" in lowered or "drip" in lowered:
        text = blanked(_THING_LEAK_ANSWERED, text)
    if "shoot" in lowered:
        text = blanked(_WORD_DISAMBIGUATED, text)
    if (
        _POP_WORDS.search(text)
        and _POP_FELT_GOOD.search(text)
        and _POP_PAINLESS.search(text)
        and not _POP_GUARD.search(text)
    ):
        text = blanked(_POP_WORDS, text)
    if "pop" in lowered:
        text = _blank_popped_put_54(text)
    if not _ME_FELL_TOO.search(text):
        text = blanked(_OTHERS_FELL, text)
    if "sign" in lowered or "symptom" in lowered or "flag" in lowered:
        text = blanked(_SIGNS_KNOWN_NONE, text)
    text = _LIMB_ON_LOO.sub(lambda m: m.group()[: m.start("loo") - m.start()] + "seat", text)
    return _blank_round25(blanked(_DRINK_WEE, text), original)


# ---------------------------------------------------------------------------------------------
# Round 25 (h25's false alarms), read on the text as typed, before the clauses; each blanks only
# its own words, so a sign told elsewhere in the message still counts.

# Something else that wakes the writer at night ("hot flushes keep waking me up at night"), never
# a pain, an ache or the back ("hot flushes and pain keep waking me" stays).
_NIGHT_OTHER = re.compile(
    r"\b(?:hot\s+(?:flush(?:es)?|flashes)|flushes|sweats\s+from\s+the\s+menopause|(?:the|my|our)"
    r"\s+(?:baby|toddler|newborn|kids?|dog|cat|puppy|neighbou?rs?|partner'?s\s+snoring)|snoring"
    r"|(?:a|my|the)\s+cough|the\s+heat|noise|menopause|insomnia|bad\s+dreams|nightmares)"
    r"\s+(?:(?!(?:and|or|pain|ache|aches|hurt\w*|back|sore|agony|legs?)\b)[\w']+\s+){0,2}?"
    r"(?:waking|wakes|woke|wake|waken\w*)\s+(?:me|us)(?:\s+up)?(?:\s+(?:at\s+night|in\s+the\s+night"
    r"|every\s+night|during\s+the\s+night|overnight|all\s+night))?\b",
    re.IGNORECASE,
)
# A question whether the move will hurt ("Twist ok today or will it hurt?"), asked ahead; never
# "will it hurt more / again / worse", which tells a hurt now.
_WILL_IT_HURT = re.compile(
    r"\b(?:will|would|could|might|is|does|can)\s+(?:it|this|that|the\s+(?:twist|stretch|move"
    r"|pose|sweep|hold)|twisting|doing\s+it)\s+(?:(?:be\s+)?going\s+to\s+|gonna\s+)?(?:hurt"
    r"|be\s+painful)(?!\s+(?:again|more|worse|even|like|as|less|any\s+more))(?=\s*\?)",
    re.IGNORECASE,
)
# A trip or a slip caught before a fall ("tripped over the dog but grabbed the counter, didn't
# fall"), never with a fall, a landing or a knock told anywhere.
_TRIP_CAUGHT = re.compile(
    r"\b(?:tripped|stumbled|slipped|lost\s+my\s+(?:footing|balance))\b(?=[^.!?\n]{0,80}?\b(?:did\s*"
    r"n[o']?t\s+(?:fall|go\s+down|go\s+over|hit\s+the)|didnt\s+(?:fall|go\s+down)|without\s+falling"
    r"|caught\s+myself|stayed\s+(?:up|upright|on\s+my\s+feet)|kept\s+my\s+(?:feet|balance)"
    r"|managed\s+not\s+to\s+(?:fall|go\s+over)|never\s+(?:fell|hit\s+the))\b)",
    re.IGNORECASE,
)
_TRIP_GUARD = re.compile(
    r"\b(?:fell|fallen|landed|hit\s+my|banged|bashed|jarred|jolted|wrenched|twisted|pulled|tweaked"
    r"|sprained|since\s+then|ever\s+since|agony|shoot\w*|numb\w*|tingl\w*|(?<!nothing\s)hurts?"
    r"|(?<!no\s)pain(?!\s*free)|sore|aching|twinge\w*)\b",
    re.IGNORECASE,
)
# A sound explained as pleasure ("groaning in pain ... groaning because it felt GOOD").
_SOUND_WORD = r"(?:groan\w*|moan\w*|grunt\w*|noises?|sounds?|yelp\w*|whimper\w*|sighs?|sighing)"
_SOUND = re.compile(r"\b" + _SOUND_WORD + r"(?:\s+in\s+(?:pain|agony))?\b", re.IGNORECASE)
_SOUND_GOOD = re.compile(
    r"\b" + _SOUND_WORD + r"\s+(?:\w+\s+){0,2}?(?:because|cos|coz|cause|as|since)\s+(?:it|that)"
    r"\s+(?:felt|feels|was|is)\s+(?:so\s+|really\s+|just\s+)?(?:good|great|amazing|nice|lovely"
    r"|satisfying|brilliant|incredible)\b",
    re.IGNORECASE,
)
_SOUND_GUARD = re.compile(
    r"\b(?:sharp|shoot\w*|stab\w*|numb\w*|tingl\w*|hurt\w*|agony(?<!in agony)|twinge\w*|spasm\w*"
    r"|worse|since|but\s+now|weak\w*|gave\s+way)\b",
    re.IGNORECASE,
)
# A quote from the internet or a feed, then the sign denied ("the internet told me 'numbness in
# your legs means ...' lmao. I don't have any numbness").
_ONLINE_QUOTE = re.compile(
    r"\b(?:internet|google|dr\s+google|tiktok|tik\s+tok|instagram|reddit|youtube|forum|article"
    r"|website|web\s*site|a\s+post|facebook|a\s+video|chatgpt|online)\b[^'‘\"“\n]{0,40}?"
    r"(?P<quote>['‘\"“](?:[^'’\"”\n]|['’](?=\w)){3,160}['’\"”](?!\w))",
    re.IGNORECASE,
)
_QUOTE_DENIED = re.compile(
    r"\b(?:i\s+(?:do\s*n[o']?t|dont|do\s+not)\s+(?:have|get|feel)\s+(?:any|that|those|it)"
    r"|i\s+(?:have|ve\s+got|'ve\s+got|got)\s+none|i\s+have\s+no\s+\w+|none\s+of\s+(?:that|those|it)"
    r"|not\s+(?:me|mine)|i\s+(?:am|'m|m)\s+(?:fine|not\s+numb|not\s+tingly))\b",
    re.IGNORECASE,
)
# Someone's joke quoted ("My partner keeps joking 'your back's gonna snap one day'").
_JOKE_QUOTE = re.compile(
    r"\b(?:joking|jokes|joked|joke|teasing|teases|teased|kidding|ribbing|winds me up)\b"
    r"[^'‘\"“\n]{0,20}?"
    r"(?P<quote>['‘\"“](?:[^'’\"”\n]|['’](?=\w)){3,160}['’\"”](?!\w))",
    re.IGNORECASE,
)
# The only thing weak is a thing, not a body ("The only thing weak today is my willpower").
_ONLY_THING_WEAK = re.compile(
    r"\b(?:the\s+)?only\s+thing\s+(?:that\s+(?:is|was|'?s|feels?)\s+|(?:is|was)\s+)?(?:weak|num"
    r"b|dead"
    r"|sore|aching|hurting|tingling|broken|injured|failing)\s+(?:\w+\s+){0,2}?(?:is|was|are|'s"
    r")\s+(?:my"
    r"|the)\s+(?!(?:legs?|foot|feet|back|spine|bum|groin|bladder|bowels?|knees?|hips?|arms?"
    r"|hands?|chest|neck|toes?|thighs?|calf|calves|body|core|glutes?)\b)[a-z]+\b",
    re.IGNORECASE,
)


# A worry asked about a joint ("could it pop the new hip out?"), never a pop felt.
_POP_WORRY = re.compile(
    r"\b(?:could|would|can|will|might|does|is)\s+(?:it|this|that|twisting|the\s+(?:twist|stretch"
    r"|move|sweep|pose))\s+(?:\w+\s+)?(?:pop|dislocate|pull|knock|put)\s+(?:(?:the|my)\s+)?(?:n"
    r"ew\s+)?"
    r"(?:hip|knee|joint|shoulder|replacement|it|them)?\s*(?:out(?:\s+of\s+(?:place|joint))?)?"
    r"(?=[^.!\n]*\?)",
    re.IGNORECASE,
)
# A mild hurt of a shoulder in the arm position, with another way for the arms asked ("Arms
# straight out hurts my shoulder a bit (old frozen shoulder). Is there another way?").
_ARM_POSITION_HURT = re.compile(
    r"\b(?:(?:arms?|hands?)\s+(?:straight\s+|out\s+)?(?:out|overhead|wide|by\s+my\s+sides?)(?"
    r":\s+\w+)?"
    r"\s+(?:hurts?|aches?|pinch\w*|bothers?|niggles?|pulls?\s+on|twinges?)\s+(?:my\s+)?shoulders?"
    r"|(?:my\s+)?shoulders?\s+(?:hurts?|aches?|twinges?|niggles?|complains?)(?:\s+a\s+(?:bit|li"
    r"ttle|touch))?"
    r"\s+(?:with|when|in|having)\s+(?:my\s+|the\s+)?arms?\s+(?:straight\s+)?(?:out|overhead|wide))"
    r"(?:\s+(?:a\s+(?:bit|little|touch)|slightly))?\b",
    re.IGNORECASE,
)
_ARM_VARIATION_ASKED = re.compile(
    r"\b(?:another|other|different|alternative|easier|gentler)\s+(?:way|position|place|option"
    r"|spot)s?\s+(?:\w+\s+){0,3}?(?:arms?|hands?)|(?:arms?|hands?)\s+(?:\w+\s+){0,3}?(?:instead"
    r"|alternative|variation|option)|(?:can|could|should)\s+i\s+(?:put|rest|place|keep|have)\s+my"
    r"\s+(?:arms?|hands?)\b",
    re.IGNORECASE,
)
_ARM_GUARD = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins\s+and\s+needles|shoot\w*|sharp|stab\w*|down\s+(?:my|the)\s+arm"
    r"|chest|jaw|weak\w*|agony|severe|worse|since|can'?t\s+(?:lift|move|raise)|fell|fall)\b",
    re.IGNORECASE,
)


# A weak pelvic floor is a muscle's training word ("Pelvic floor's been a bit weak since the
# baby"), never a leak it names: the leak keeps its own rules.
_WEAK_PELVIC_FLOOR = re.compile(
    r"\bpelvic\s+floor(?:'s|\s+is|\s+has)?(?:\s+(?:been|is|a|bit|little|quite|really|very|so|always"
    r"|still|pretty|super|feels?|felt|gone|got)){0,4}\s+weak(?:er|ness)?\b|\bweak(?:ened|er|ness)?"
    r"(?:\s+(?:in\s+)?(?:my|the|her|a))?\s+pelvic\s+floor\b",
    re.IGNORECASE,
)
# Incontinence products bought for someone else, "not me" ("incontinence pads are on my shopping
# list, for my mum, she's 88, not me"): a shopping list, never the writer's own bladder.
_CARE_PRODUCT = re.compile(
    r"\b(?:incontinence|continence|bladder|tena|adult)\s+(?:pads?|pants|products?|knickers|sheets?"
    r"|mats?|nappies|diapers|liners?|supplies)\b",
    re.IGNORECASE,
)
_FOR_SOMEONE = re.compile(
    r"\bfor\s+(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|nan|gran|granny"
    r"|grandma|grandad|grandpa|husband|wife|partner|aunt|uncle|neighbou?r|patient|patients|client"
    r"|clients|son|daughter|brother|sister|parents?|in\s+laws?|friend)\b",
    re.IGNORECASE,
)
_NOT_FOR_ME = re.compile(r"\bnot\s+(?:for\s+)?(?:me|mine|myself)\b", re.IGNORECASE)
_CARE_PRODUCT_GUARD = re.compile(
    r"\b(?:me\s+too|i\s+(?:also|too)|so\s+do\s+i|myself\s+(?:too|as\s+well)|wet(?:ting)?\s+myself"
    r"|pee\w*\s+myself|leak(?:ing|ed|s)?\b(?!\s+pads?)|can'?t\s+(?:hold|control|feel)|cannot"
    r"|numb\w*|groin|saddle|bum)\b",
    re.IGNORECASE,
)
_TRIP_WORD = re.compile(r"trip|stumbl|slip|balance|footing")
_SOUND_HINT = re.compile(r"groan|moan|grunt|noise|sound|yelp|whimper|sigh")
_QUOTE_MARK = re.compile(r"['‘\"“]")


def _blank_round25(text: str, original: str) -> str:
    """Round 25: the false alarms of h25 set aside as no symptom (see the patterns above).
    ``original``: the text before the disowned words were blanked ("not me")."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())

    lowered = text.lower()
    if (
        ("pad" in lowered or "pants" in lowered or "product" in lowered)
        and _CARE_PRODUCT.search(text)
        and _FOR_SOMEONE.search(text)
        and _NOT_FOR_ME.search(original)
        and not _CARE_PRODUCT_GUARD.search(original)
    ):
        text = _CARE_PRODUCT.sub(blank, text)
    if "pelvic" in lowered:
        text = _WEAK_PELVIC_FLOOR.sub(blank, text)
    if "wak" in lowered:
        text = _NIGHT_OTHER.sub(blank, text)
    if "hurt" in lowered or "painful" in lowered:
        text = _WILL_IT_HURT.sub(blank, text)
    if _TRIP_WORD.search(lowered) and not _TRIP_GUARD.search(text):
        text = _TRIP_CAUGHT.sub(blank, text)
    if (
        _SOUND_HINT.search(lowered)
        and _SOUND_GOOD.search(text)
        and not _SOUND_GUARD.search(_SOUND.sub(blank, text))
    ):
        text = _SOUND.sub(blank, text)
    if _QUOTE_MARK.search(text) and _QUOTE_DENIED.search(text):

        def quoted(match: re.Match[str]) -> str:
            start = match.start("quote") - match.start()
            return match.group()[:start] + " " * len(match.group("quote"))

        text = _ONLINE_QUOTE.sub(quoted, text)
    if "jok" in lowered or "teas" in lowered or "kidding" in lowered:
        text = _JOKE_QUOTE.sub(
            lambda m: m.group()[: m.start("quote") - m.start()] + " " * len(m.group("quote")), text
        )
    if "only thing" in lowered:
        text = _ONLY_THING_WEAK.sub(blank, text)
    if "pop" in lowered or "dislocat" in lowered:
        text = _POP_WORRY.sub(blank, text)
    if "shoulder" in lowered and _ARM_VARIATION_ASKED.search(text) and not _ARM_GUARD.search(text):
        text = _ARM_POSITION_HURT.sub(blank, text)
    return _blank_round26(text)


# ---------------------------------------------------------------------------------------------
# Round 26 (h26's false alarms), read on the text as typed, before the clauses; each blanks only
# its own words, so a sign told elsewhere in the message still counts.

# A long-standing small bladder as a figure of speech ("bladder of a goldfish me, always need the
# loo after my coffee, been that way for years"): never a leak, a loss of control, a numbness or
# anything new.
_BLADDER_FIGURE = re.compile(
    r"\b(?:bladder\s+(?:of|like)\s+(?:a\s+|an\s+)?(?:goldfish|gnat|pea|peanut|walnut|sieve|mouse"
    r"|hamster|toddler|child|kid|squirrel|flea|thimble|tiny\s+\w+)"
    r"|bladder(?:'s|’s|\s+is|\s+the)?\s+(?:the\s+)?size\s+of\s+(?:a\s+|an\s+)?\w+"
    r"|(?:tiny|small|little|teeny|pea\s*sized)\s+bladder)\b",
    re.IGNORECASE,
)
_ALWAYS_BEEN = re.compile(
    r"\b(?:always|for\s+years|for\s+ages|for\s+decades|been\s+(?:that|this|like\s+that|like"
    r"\s+this)\s+(?:way\s+)?(?:for|since|all)|always\s+ha(?:s|ve)\s+been|my\s+whole\s+life"
    r"|all\s+my\s+life|since\s+(?:i\s+was\s+)?(?:a\s+)?(?:kid|child|little|forever)|forever)\b",
    re.IGNORECASE,
)
_BLADDER_GUARD = re.compile(
    r"\b(?:leak\w*|wet(?:ting)?\s+(?:myself|me|the\s+bed)|pee\w*\s+myself|accidents?"
    r"|incontinen\w*|can'?t\s+(?:hold|control|feel|go|stop|tell)|cannot|can\s+not|couldn'?t"
    r"|control|numb\w*|tingl\w*|burn\w*|blood|sting\w*|since\s+(?:yesterday|today|this|last"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|new|lately|recently|suddenly"
    r"|worse|groin|saddle|down\s+there|dribbl\w*|retention)\b",
    re.IGNORECASE,
)
# A planned medical procedure's preparation ("bowel prep tonight for a routine colonoscopy
# tomorrow so I'll be stuck near the loo"): the preparation's words, never a loss of control.
_PROCEDURE = re.compile(
    r"\b(?:colonoscopy|sigmoidoscopy|endoscopy|bowel\s+(?:prep\w*|cleans\w*|scope|screening)"
    r"|(?:procedure|scope|scan|op|operation|surgery)\s+(?:prep\w*|tomorrow|on\s+\w+day))\b",
    re.IGNORECASE,
)
_PROCEDURE_WORDS = re.compile(
    r"\b(?:bowel\s+(?:prep\w*|cleans\w*|scope|screening)|(?:colonoscopy|sigmoidoscopy|endoscopy)"
    r"(?:\s+prep\w*)?|(?:stuck|glued|chained|living|camped)\s+(?:near|on|by|to|in|next\s+to)\s+"
    r"(?:the\s+)?(?:loo|toilet|bathroom|lav)|(?:running|dashing|back\s+and\s+forth)\s+(?:to|from)"
    r"\s+(?:the\s+)?(?:loo|toilet|bathroom|lav)|(?:the\s+)?(?:laxatives?|prep)\s+(?:drink|sachets?"
    r"|solution|stuff))\b",
    re.IGNORECASE,
)
_PROCEDURE_GUARD = re.compile(
    r"\b(?:can'?t\s+(?:hold|control|feel|go|stop|tell)|cannot|can\s+not|couldn'?t|control"
    r"|accidents?|soil\w*|leak\w*|numb\w*|tingl\w*|blood\w*|bleed\w*|incontinen\w*"
    r"|wet\s+myself|pooed\s+myself|groin|saddle|down\s+there)\b",
    re.IGNORECASE,
)
# A fever said to be gone ("fever's gone, it was just a cold, 3 days clear now"): the fever's
# words, never a fever still there, back or on and off.
_FEVER_GONE = re.compile(
    r"\b(?:(?:the\s+|my\s+)?(?:fever|temperature|temp|high\s+temp\w*)(?:'s|’s|\s+has|\s+is"
    r"|\s+was)?\s+(?:\w+\s+)?(?:gone|went|broke|broken|passed|over|cleared|settled|disappeared"
    r"|back\s+to\s+normal|down\s+(?:now|again)|normal\s+(?:now|again))"
    r"|no\s+(?:more\s+)?(?:fever|temperature|temp)\s+(?:for|since|now|any\s*more|anymore))\b",
    re.IGNORECASE,
)
_FEVER_GUARD = re.compile(
    r"\b(?:came\s+back|come\s+back|coming\s+back|back\s+again|returned|still|on\s+and\s+off"
    r"|comes\s+and\s+goes|again\s+(?:today|tonight|now)|sweats?|shiver\w*|rigors?|unwell\s+now"
    r"|feel(?:ing)?\s+(?:awful|rough|ill|unwell|terrible)|night\s+pain|wakes?\s+me|worse|but)\b",
    re.IGNORECASE,
)
# A general question about a sign, with the sign denied ("where does numb go on the scale?
# asking in general, I don't have any numbness"): the sign's words are the question's.
_ASKED_IN_GENERAL = re.compile(
    r"\b(?:asking\s+(?:in\s+general|generally|for\s+interest|out\s+of\s+(?:interest|curiosity))"
    r"|just\s+(?:asking|curious|wondering)|general\s+question|in\s+general|hypothetically"
    r"|out\s+of\s+(?:interest|curiosity))\b",
    re.IGNORECASE,
)
_NEURO_WORD = r"(?:numb\w*|tingl\w*|pins\s+and\s+needles|weak(?:ness)?)"
_NEURO_DENIED = re.compile(
    r"\bi\s+(?:don'?t|do\s+not|dont|haven'?t\s+got|have\s+not\s+got|never)\s+(?:have\s+|get\s+"
    r"|feel\s+|had\s+|got\s+)?(?:any\s+)?"
    + _NEURO_WORD
    + r"|\bi\s+have\s+no\s+"
    + _NEURO_WORD
    + r"|\bnot\s+that\s+i\s+(?:have|get|feel)\s+(?:any\s+)?"
    + _NEURO_WORD,
    re.IGNORECASE,
)
_NEURO_WORDS = re.compile(r"\b" + _NEURO_WORD + r"\b", re.IGNORECASE)
_NEURO_GUARD = re.compile(
    r"\b(?:since|today|yesterday|this\s+morning|last\s+night|started|starting|getting|worse"
    r"|both\s+(?:legs|feet|sides)|groin|bum|saddle|down\s+there|bladder|bowels?|can'?t\s+feel"
    r"|giving\s+way|gave\s+way|drag\w*|but\s+(?:my|i))\b",
    re.IGNORECASE,
)


def _blank_round26(text: str) -> str:
    """Round 26: the false alarms of h26 set aside as no symptom (see the patterns above)."""

    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group())

    lowered = text.lower()
    if (
        "bladder" in lowered
        and _BLADDER_FIGURE.search(text)
        and _ALWAYS_BEEN.search(text)
        and not _BLADDER_GUARD.search(text)
    ):
        text = _BLADDER_FIGURE.sub(blank, text)
    if _PROCEDURE.search(text) and not _PROCEDURE_GUARD.search(text):
        text = _PROCEDURE_WORDS.sub(blank, text)
    if ("fever" in lowered or "temp" in lowered) and not _FEVER_GUARD.search(text):
        # "gone" stays, so an illness told beside it keeps its own past ("had flu in January,
        # the fever is long gone now")
        text = _FEVER_GONE.sub(lambda m: "gone".ljust(len(m.group())), text)
    if (
        _ASKED_IN_GENERAL.search(text)
        and _NEURO_DENIED.search(text)
        and not _NEURO_GUARD.search(text)
    ):
        # the denial's own words stay, so a negated list reads whole ("I don't feel weak or
        # dizzy at all")
        denied = [(m.start(), m.end()) for m in _NEURO_DENIED.finditer(text)]
        text = _NEURO_WORDS.sub(
            lambda m: m.group() if any(a <= m.start() < b for a, b in denied) else blank(m), text
        )
    return _blank_round29(text)


# Round 29 (h29's false alarms), read on the text as typed. Weight lost in a passing illness
# and put back on ("had a stomach bug and lost 2 kilo, it all came back already"); never
# without trying, still or again losing, nor with no reason.
_WEIGHT_LOST = re.compile(
    r"\b(?:lost|dropped|shed) (?:about |around |nearly |almost |like |maybe |over )?"
    r"(?:(?:\d+(?:[.,]\d+)?|a|one|two|three|four|five|a few|a couple of|some|a bit of|a little)"
    r" ?)?(?:\w+ )?(?:kilos?|kgs?|kilograms?|pounds?|lbs?|stones?|weight)\b",
    re.IGNORECASE,
)
_WEIGHT_BACK = re.compile(
    r"\b(?:(?:it|they|the weight|weight|all|it all|all of it|every (?:kilo|pound))(?: \w+)?"
    r" (?:came|come|has come|have come|is coming|went|crept) back|(?:put|gained|got) (?:it|them"
    r"|the weight|all of it|it all|most of it|every \w+) (?:all )?back(?: on)?"
    r"|back (?:up )?to (?:my )?(?:normal|usual|old) weight|regained"
    # round 34: "now I am again normal weight", "my normal weight again"
    r"|(?:again|back) (?:at |to )?(?:a |my )?(?:normal|usual|healthy) weight|(?:normal|usual"
    r"|healthy) weight (?:again|back))\b",
    re.IGNORECASE,
)
_WEIGHT_GUARD = re.compile(
    # round 34: "again" and "since" of the weight back ("now I am again normal weight since
    # months") are no guard
    r"\b(?:(?<!weight )again(?! (?:at |to )?(?:a |my )?(?:normal|usual|healthy))|then lost|lost"
    r" (?:it|more|another|even)|more weight|keep dropping"
    r"|without trying|not trying|no reason|unexplained|still losing|keep losing|keeps? dropping"
    r"|losing (?:it )?again|dropping again|cancer|tumou?r|night sweats?|sweats|lumps?"
    r"|(?<!weight )since(?! (?:months|weeks|years|ages|long|a long time)\b)"
    r"|more and more)\b",
    re.IGNORECASE,
)
# A sign the writer "used to get" that has not come since ("used to get pins and needles in my
# foot before I changed my shoes, none since last year"): the old sign's own clause is set
# aside; never the hardest signs, never "again", "back" or a sign of now.
_USED_TO = re.compile(r"\bused to (?:get|have|feel|suffer|had|be)\b[^,.;!?\n]*", re.IGNORECASE)
_NONE_SINCE = re.compile(
    r"\b(?:(?:none|nothing|not once|no more|not had (?:it|any|them|that)|have not had (?:it|any"
    r"|them|that)|gone|never had it) (?:since|for|in|(?:\w+ )?(?:ever )?since)\b"
    r"|(?:not|never|none) (?:any ?more|ever since|since then)|never (?:again|came back|returned)"
    # round 30: "hasn't happened in ten years"
    r"|(?:has\s*n[o']?t|has not|have\s*n[o']?t|have not|never) (?:happened|come back|returned)"
    r" (?:in|for|since) (?:\w+ )?(?:years?|months?|ages|decades?|a long time|a while|then)"
    r"|all gone (?:since|for)|stopped (?:since|for|years ago|ages ago|after))",
    re.IGNORECASE,
)
_USED_TO_GUARD = re.compile(
    r"\b(?:(?<!never )again|came back|coming back|(?<!n't )(?<!nt )(?<!not )come back"
    r"|(?<!n't )(?<!nt )(?<!not )returned|back now|now|today"
    r"|yesterday|this (?:morning|week|month)|last night|started|starting|lately|recently|worse"
    r"|saddle|groin"
    r"|down there|bladder|bowels?|both (?:legs|feet|sides)|chest|breath\w*|faint\w*|collaps\w*"
    r"|blacked|leak\w*|wet|control|but)\b",
    re.IGNORECASE,
)


# Out of breath from laughing, a figure of speech ("I was breathless from laughing"); never with
# the chest, the lips, at rest, or still going.
_BREATHLESS_LAUGHING = re.compile(
    r"\b(?:breathless|out of breath|short of breath|winded|gasping|could ?n[o']?t breathe"
    r"|can ?n[o']?t breathe|wheezing) (?:\w+ ){0,2}?(?:from|with|after|because of|through|at)"
    r" (?:all (?:the|that) |so much )?(?:laugh\w*|giggl\w*|the giggles|singing|cheering|shouting"
    # round 54: a happy feeling ("breathless with excitement", "breathless with anticipation")
    r"|(?:sheer |pure |such )?(?:excitement|anticipation|joy|delight|pride|glee|happiness"
    r"|wonder|awe|amazement|disbelief))\b"
    r"|\blaugh\w* (?:so hard |so much |myself |until |till |that )(?:\w+ ){0,3}?(?:breathless|out"
    r" of breath|could ?n[o']?t breathe|can ?n[o']?t breathe)\b"
    # round 54: "so excited I'm breathless", "chuffed to bits, breathless!"
    r"|\b(?:so |that |really |properly )?(?:excited|thrilled|chuffed|elated|giddy|over the moon"
    r"|buzzing),? (?:[\w'’]+,? ){0,3}?(?:breathless|out of breath)\b",
    re.IGNORECASE,
)
_BREATHLESS_GUARD = re.compile(
    r"\b(?:chest|lips?|blue|grey|gray|still|hours|stop|rest|resting|sitting|lying|night|wheez\w*"
    r"|inhaler|asthma|dizzy|faint\w*|pain\w*|tight\w*|now|today|since|every day|again)\b",
    re.IGNORECASE,
)


# A character in a film, a show or a book ("the grandpa in the film had chest pain and fell
# down, it made me cry"): fiction, the character's own clause set aside; never a clause with the
# writer in it, nor beside "me too" or "like him".
_FICTION_CHARACTER = re.compile(
    r"\b(?:the|a|an|this|that|some|his|her|their) (?:\w+ ){0,2}?(?:grandpa|grandad|granddad|grandma"
    r"|granny|gran|man|woman|guy|lady|girl|boy|kid|child|hero|heroine|villain|character|actor"
    r"|actress|detective|doctor|nurse|soldier|dad|mum|mom|father|mother|husband|wife|king|queen"
    r"|people|couple|patient|singer|cowboy|policeman|teacher|fella|bloke|chap) (?:in|on|from)"
    r" (?:the|a|that|this|an|my|our) (?:\w+ )?(?:film|movie|show|soap|series|drama|episode|book"
    r"|novel|play|musical|cartoon|documentary|programme|program|sitcom|story|video|opera)\b"
    # round 39: the work first ("in the film last night the guy...", "in my book the main
    # character collapses")
    r"|\b(?:in|on) (?:the|a|that|this|my|our) (?:\w+ )?(?:film|movie|show|series|episode|book"
    r"|novel|play|musical|cartoon|anime|documentary|soap|drama|video game|comic|opera|story"
    r"|script)(?: (?:last night|yesterday|tonight|earlier|i watched|we watched|i saw|we saw"
    r"|i am reading|im reading|i m reading|i read|i am writing|im writing|i m writing))?,?"
    r" (?:the|a|an|this|some|one|his|her) (?:\w+ ){0,2}?(?:guy|man|woman|lady|girl|boy|kid"
    r"|child|hero|heroine|villain|character|soldier|detective|grandpa|grandad|grandma|king"
    r"|queen|bloke|fella|protagonist)\b",
    re.IGNORECASE,
)
# Round 39: the writer's own work named as where the character is ("in my book"): no claim.
_MY_WORK_39 = re.compile(
    r"\b(?:in|on) my (?:\w+ )?(?:book|novel|story|script|screenplay|comic|film|play|game|zine)"
    r"(?: (?:i am|im|i m|i'm) (?:writing|reading|working on|making|drawing))?\b",
    re.IGNORECASE,
)
_WRITER_IN_CLAUSE = re.compile(r"\b(?:" + _WRITER_WORDS + r")\b", re.IGNORECASE)
_LIKE_THE_CHARACTER = re.compile(
    r"\b(?:me too|so do i|so did i|so have i|same here|same as (?:him|her|them|me)|like (?:him|her"
    r"|them|that|me|mine|i did|i do|i have|i had)|me as well|and me|just like me|that s me|thats me"
    r"|happened to me|i (?:have|had|get|got|feel|felt) (?:the same|that too|it too"
    r"|the same thing))\b",
    re.IGNORECASE,
)
_FICTION_CLAUSE = re.compile(r"[^,.;!?\n]+")


# A thing that fell ("the old apple tree in our garden fell down in the storm, nobody hurt"),
# never onto someone, and never beside a landing, a knock or the writer's own fall anywhere in
# the message.
_THING_FELL = re.compile(
    r"\b(?:"
    r"(?:the|a|an|our|my|that|this|their|his|her|some|next door s) (?:\w+ ){0,3}?(?:trees?"
    r"|branch|branches|fence|fences|shed|wall|shelf|shelves|picture|painting|mirror|vase|pot"
    r"|plant|lamp|ladder|tent|roof|tiles?|chimney|aerial|gate|bins?|statue|cake|tower|curtain"
    r" rail|blinds?|clock|frame|trellis|pole|post|scaffolding|washing line|bird feeder|umbrella"
    r"|decorations?|pylon|greenhouse|gazebo|hedge|cupboard|wardrobe|tv|telly"
    # round 32: a thing worn or stuck on that falls off ("my HRT patch keeps falling off")
    r"|patch|patches|plaster|plasters|sticker|stickers|label|labels|button|buttons|badge|wig"
    r"|glasses|specs|sunglasses|earring|earrings|false nails?|nails?|lashes|eyelashes|dressing"
    r"|tape|kinesio tape|strap|straps|sensor|monitor|libre|handle|knob|hook|heel|sole|cap|lid"
    r"|poster|posters|magnet|magnets|hat|hood|sign|signs) (?:(?:in|on|at|by"
    r"|from|near|behind|outside) (?:\w+ ){1,3}?)?(?:\w+ )?(?:fell"
    r"|fallen|falls|falling|keeps falling|kept falling|toppled|came down|blew down|blown down"
    r"|crashed down|collapsed)(?: (?:down"
    r"|over|off|in))?(?! (?:(?:down|over|off|in) )?(?:on|onto|over|on top of) (?:me|my|him|her|us"
    r"|them|someone|somebody|the kids"
    r"|the children|the dog)\b)"
    r")",
    re.IGNORECASE,
)
_THING_FELL_GUARD = re.compile(
    r"\b(?:went down|down i went|landed|hit|knocked|banged|bashed|trapped|pinned|crushed|took me"
    r"|on top of|onto|on me|i fell|i fall|i tripped|i slipped|we fell|flying|tailbone|head"
    r"|injur\w*|ambulance|hospital|a and e|a ?& ?e|i was under|under it"
    r"|(?:with|under|beneath|underneath) (?:me|us))\b",
    re.IGNORECASE,
)
# A thing in the hand that slipped ("the knife slipped when I cut onions"), never the writer nor
# anything underfoot, and never beside a fall, a landing or a knock anywhere in the message.
_THING_SLIPPED = re.compile(
    r"\b(?:the|my|a|his|her|our) (?:\w+ )?(?:knife|blade|scissors|saw|chisel|screwdriver|pen"
    r"|razor|peeler|grater|spoon|glass|plate|cup|mug|phone|hammer|lid|jar|tool|drill|needle"
    r"|pencil|brush|spanner|wrench|tray|bag|box|pot|pan) (?:\w+ )?(?:slipped|slips|slid)\b",
    re.IGNORECASE,
)
_SLIPPED_GUARD = re.compile(
    r"\b(?:fell|fall\w*|went down|down i went|landed|land|hit (?:my|the)|knocked|banged|bashed"
    r"|went over|over i went|flying|tailbone|coccyx|head|floor|ground|stairs?|steps|ladder"
    r"|i slipped|me slip|collaps\w*)\b",
    re.IGNORECASE,
)


# Round 30. Someone else's fall or accident at work with the writer said to be unhurt ("one of
# the lads on site fell off a roof today, air ambulance came. I'm fine"): the other's words to
# the end of their clause, and the ambulance told in a clause without the writer; never when the
# writer fell too, was hit, caught them, or is named in the other's clause.
_OTHER_WORKER = (
    r"(?:one\s+of\s+(?:the|my|our)\s+(?:\w+\s+)?(?:lads|guys|men|women|girls|boys|blokes|team"
    r"|crew|workers|builders|scaffolders|roofers|apprentices|colleagues|workmates|mates|drivers"
    r"|pickers|nurses|residents|patients|clients|staff|labourers|sparkies|chippies|lot|regulars"
    r"|customers|players|runners|riders"
    # round 32: any workplace and any role: a school, a shop, a clinic, an office
    r"|pupils|students|kids|children|class|year\s+\d+s?|year\s+\w+s|reception\s+kids|juniors"
    r"|infants|toddlers|shoppers|visitors|guests|diners|passengers|service\s+users|clients"
    r"|members|learners|trainees|interns|volunteers|carers|teachers|officers|cleaners|porters"
    r"|cashiers|waiters|chefs|kitchen\s+staff|temps|agency\s+staff|admin\s+staff|team\s+members)"
    r"|(?:a|my|our|the|one|this|some|another)\s+(?:\w+\s+)?(?:colleague|co-?worker|workmate"
    r"|work\s+mate|mate|lad|guy|bloke|fella|apprentice|labourer|scaffolder|roofer|builder|driver"
    r"|foreman|supervisor|manager|boss|picker|customer|client|resident|passenger|chap|lady|woman"
    r"|man|player|runner|rider|climber|teammate|team\s+mate"
    # round 32: a pupil, a patient, a shopper, a visitor, anyone met at work
    r"|pupil|student|child|kid|boy|girl|toddler|patient|shopper|visitor|guest|diner|member\s+of"
    r"\s+(?:the\s+)?(?:public|staff)|service\s+user|learner|trainee|intern|volunteer|carer"
    r"|teacher|nurse|doctor|cleaner|porter|cashier|waiter|waitress|chef|gentleman|pensioner"
    r"|lad|lass|year\s+\d+|year\s+\w+|regular|punter|member|client)"
    r"|someone|somebody|(?:one|two|three|a\s+couple|a\s+few)\s+of\s+(?:my|our|the)\s+(?:\w+\s+)?"
    r"(?:pupils|students|kids|children|year\s+\d+s?|year\s+\w+s|patients|customers|shoppers"
    r"|visitors|residents|clients|colleagues|staff))"
)
_OTHER_WORKER_FELL = re.compile(
    r"\b"
    + _OTHER_WORKER
    + r"(?:\s+(?:on|at|from|in|of|off)\s+(?:\w+\s+){0,2}?\w+)?(?:\s+\w+){0,2}?"
    r"\s+(?:fell|took\s+a\s+(?:\w+\s+)?(?:fall|tumble)|had\s+a\s+(?:\w+\s+)?(?:fall|tumble)"
    r"|collapsed|came\s+off|slipped|tripped|went\s+flying|went\s+down)\b"
    # round 32: the other's clause ends before the writer's own place at the time ("... and hurt
    # his back while I was on playground duty")
    r"(?P<rest>(?:(?!\b(?:while|whilst|when|as)\s+i\s+was\b)[^,.!?;\n])*)",
    re.IGNORECASE,
)
_WRITER_UNHURT = re.compile(
    r"\b(?:(?:i'?m|i\s+am|i\s+was|im)\s+(?:totally\s+|completely\s+|absolutely\s+|physically"
    r"\s+|perfectly\s+|all\s+)?(?:fine|ok|okay|alright|all\s+right|unhurt|not\s+hurt|uninjured"
    r"|good|grand|unscathed)|i\s+(?:wasn'?t|was\s+not|didn'?t\s+get|did\s+not\s+get|wasnt)"
    r"\s+(?:hurt|injured|touched|involved)|not\s+me|wasn'?t\s+me|nothing\s+happened\s+to\s+me"
    # round 32: the other said to be fine, the writer only shaken, or at work at the time ("the
    # ambulance came and she's okay, but it shook me up", "while I was on playground duty")
    r"|(?:he|she|they|he'?s|she'?s|they'?re|they\s+are|he\s+is|she\s+is)\s+(?:\w+\s+)?(?:okay"
    r"|ok|fine|alright|all\s+right|recovering|doing\s+(?:fine|well|ok|okay)|back\s+on\s+(?:his"
    r"|her|their)\s+feet)|(?:shook|shaken|shaking)\s+(?:me\s+)?up|(?:i\s+was|i'?m)\s+(?:a\s+bit"
    r"\s+|quite\s+|rather\s+|very\s+)?(?:shaken|rattled|upset)|what\s+a\s+day"
    r"|(?:while|whilst|when|as)\s+i\s+was\s+(?:on\s+(?:\w+\s+)?duty|on\s+shift|teaching|working"
    r"|serving|on\s+the\s+tills?|supervising|in\s+charge|first\s+aider|on\s+the\s+door)"
    r"|i'?m\s+the\s+first\s+aider|i\s+(?:gave|did|called|rang)\s+(?:\w+\s+)?(?:first\s+aid|cpr"
    r"|999|an\s+ambulance|the\s+ambulance))\b",
    re.IGNORECASE,
)
_OTHER_FELL_GUARD = re.compile(
    r"\b(?:so\s+did\s+i|me\s+too|and\s+me|including\s+me|i\s+(?:went\s+flying|fell|fall|was"
    r"\s+thrown|got\s+thrown|hit\s+(?:my|the)|landed|banged|bashed|whacked|caught|tried\s+to"
    r"\s+catch|slipped|tripped|was\s+hit|got\s+hit)|caught\s+(?:him|her|them)|knocked\s+me"
    r"|on\s+top\s+of\s+me|onto\s+me|on\s+me|landed\s+on\s+me|hit\s+me|took\s+me\s+(?:out"
    r"|down)|passengers?|with\s+(?:me|us)|into\s+(?:me|us)|on\s+us|we\s+(?:both|all)|both\s+of"
    r"\s+us|in\s+(?:the|our|my|his|her)\s+(?:car|van|lorry|truck|cab|bus|taxi|vehicle)"
    r"|crash\w*|collision|whiplash|hit\s+my)\b",
    re.IGNORECASE,
)
_AMBULANCE = re.compile(
    r"\b(?:(?:the|an|a)\s+)?(?:air\s+ambulance|ambulance|paramedics?|helicopter|hospital|a\s*&\s*e"
    r"|a\s+and\s+e|999)\b",
    re.IGNORECASE,
)
_CLAUSE_RAW = re.compile(r"[^,.;!?\n]+")


def _blank_other_worker_fell(text: str) -> str:
    """Round 30: someone else's fall at work, the writer unhurt (see `_OTHER_WORKER_FELL`)."""
    if not _WRITER_UNHURT.search(text) or _OTHER_FELL_GUARD.search(text):
        return text
    found = False

    def blank(match: re.Match[str]) -> str:
        nonlocal found
        if _WRITER_IN_CLAUSE.search(match.group("rest")):
            return match.group()
        found = True
        return " " * len(match.group())

    text = _OTHER_WORKER_FELL.sub(blank, text)
    if not found:
        return text
    return _CLAUSE_RAW.sub(
        lambda m: (
            blanked(_AMBULANCE, m.group()) if not _WRITER_IN_CLAUSE.search(m.group()) else m.group()
        ),
        text,
    )


# Round 30. Feet or legs "killing me" from a long shift, standing or hard floors, the cause told
# before or after ("my feet are killing me after 12 hours on the depot's concrete floor"): an
# ordinary ache from its cause; never the back, and never beside numbness, a tingle, weakness,
# swelling or a pain of the nerve anywhere in the message.
_FEET_KILL = (
    r"(?:my |me |the )?" + _FEET + r"(?:'re|'s)? (?:are |is |were |was |have been |has been |been"
    r" |r |proper |absolutely |actually |really |literally |just |so )*killing me"
)
_FEET_KILLING = re.compile(
    r"\b(?:(?:after|from) (?:[\w']+ ){0,7}?"
    + _LONG_DAY
    + r"\W+(?:[\w']+ ){0,4}?"
    + _FEET_KILL
    + r"|"
    + _FEET_KILL
    + r" (?:[\w']+ ){0,2}?(?:after|from|cos|because of|thanks to|with)"
    r" (?:[\w']+ ){0,7}?" + _LONG_DAY + r")\b",
    re.IGNORECASE,
)
_FEET_KILLING_GUARD = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|can'?t feel|cannot feel|can not feel|weak\w*|dead"
    r"|swell\w*|swollen|shoot\w*|stabb\w*|burning|electric|gone|went|gave|giving|drag\w*|fell"
    r"|fall\w*|tripped|hit|injur\w*|twisted|sprain\w*|broke\w*|cold|blue|white|black|red|hot"
    r"|night|rest|resting|still|days|week|weeks|worse|lift\w*|barely|limp\w*|buckl\w*|trip\w*"
    r"|catch\w*|can'?t (?:walk|stand|move)|cannot)\b",
    re.IGNORECASE,
)


# Round 30. A bladder that never needs the loo, a figure of speech ("bladder of steel me", "an
# iron bladder", "the bladder of a camel"); never beside a word of control, a leak, the seat's
# feeling, "but", "now" or "since".
_BLADDER_OF_STEEL = re.compile(
    r"\b(?:bladders?(?:'s| is)? (?:like |of |made of )?(?:a |an )?(?:steel|iron|cast iron|titanium"
    r"|concrete|camel|camel's|camels|elephant|elephant's|horse|racehorse|tank)"
    r"|(?:iron|steel|cast iron|cast-iron|titanium|camel|camel's|camels|elephant) bladders?)\b",
    re.IGNORECASE,
)
_BLADDER_OF_STEEL_GUARD = re.compile(
    r"\b(?:control|leak\w*|wet|dribbl\w*|accident|incontinen\w*|can'?t (?:hold|feel|tell|go|pee"
    r"|wee|stop)|cannot|can not|could ?n[o']?t|numb\w*|feel|feeling|tingl\w*|pee\w*|wee\w*"
    r"|urine|pissed|poo\w*|bowels?|but|now|since|anymore|any more|lately|recently|suddenly"
    r"|stopped|used to|worse|blood|burn\w*|groin|saddle|down there)\b",
    re.IGNORECASE,
)


# Round 32. A stress or a nuisance said to give the writer a heart sign, with a laugh ("my inbox
# gives me chest pain 😂", "the kids will give me a heart attack lol", "spreadsheets give me
# palpitations haha"): a figure of speech; never without the laugh, and never beside a word of
# the real thing (an arm, the jaw, sweating, breathlessness, tightness, an effort, now).
_STRESSOR = (
    r"(?:inbox|e-?mails?|e-?mail|emails|boss|bosses|manager|line manager|job|work|meetings?|zoom"
    r"|school run|nursery run|drive|journey|traffic|queue|queues|supermarket|shopping"
    r" calls?|teams calls?|spreadsheets?|kids|children|teenagers?|toddlers?|in-?laws|mother-in-law"
    r"|commute|bills?|taxes|tax return|deadlines?|ofsted|inspections?|marking|reports?|paperwork"
    r"|admin|news|politics|football|team|match|results?|class|year \w+s?|pupils|students"
    r"|customers?|clients?|rota|timetable|budget|energy bill|bank balance|overdraft|mortgage"
    r"|landlord|neighbours?|husband|wife|partner|son|daughter|mum|dad|teenager|traffic|parking"
    r"|printer|laptop|computer|phone|wifi|it department|it|this|that|he|she|they|you)"
)
_STRESS_HEART = re.compile(
    r"\b" + _STRESSOR + r"(?:'s|'re| is| are| will| would| gives?| gave| giving| give)*"
    r" (?:(?:going to|gonna|about to|literally|actually|honestly|basically|just|always|constantly"
    r"|genuinely|properly|is|are|will|would|be|the) )*(?:gives?|giving|gave|give|cause|causes"
    r"|causing|brings? on|bringing on) me (?:a |an |the |actual |literal |real )?(?:chest pains?"
    r"|pain in (?:my|the) chest|heart attacks?|coronary|cardiac arrest|palpitations|heart"
    r" palpitations|a stroke|stroke|aneurysm|hernia|breakdown|nervous breakdown)\b",
    re.IGNORECASE,
)
_LAUGH = re.compile(
    r"(?:\b(?:lol|lool|lmao|lmfao|rofl|ha(?:ha)+|he(?:he)+|ha|jk|joking|kidding|only joking)\b"
    r"|😂|🤣|😅|😆|😄|😁|🙃|😜|🙈|😩|🙄|😤|😫)",
    re.IGNORECASE,
)
_STRESS_HEART_GUARD = re.compile(
    r"\b(?:arm|arms|jaw|neck|shoulder|sweat\w*|clammy|breath\w*|tight\w*|crush\w*|squeez\w*"
    r"|pressure|radiat\w*|spread\w*|walk\w*|run\w*|stairs|climb\w*|exercis\w*|effort|actual"
    r"|actually|really|seriously|real|since|now|right now|today|tonight|still|again|started"
    r"|doctor|gp|hospital|a ?& ?e|ambulance|999|worried|worse|dizzy|faint\w*|sick|nause\w*"
    r"|not joking|no joke|genuinely)\b",
    re.IGNORECASE,
)


def _blank_round32(text: str) -> str:
    """Round 32: a heart sign as a figure of speech, said with a laugh (see `_STRESS_HEART`)."""
    if (
        _STRESS_HEART.search(text)
        and (_LAUGH.search(text) or _FIGURATIVE.search(text))
        and not _STRESS_HEART_GUARD.search(_STRESS_HEART.sub(" ", text))
    ):
        text = blanked(_STRESS_HEART, text)
    return text


def _blank_round29(text: str) -> str:
    """Round 29: the false alarms of h29 set aside as no symptom (see the patterns above)."""
    if (
        len(_WEIGHT_LOST.findall(text)) == 1
        and _WEIGHT_BACK.search(text)
        and not _WEIGHT_GUARD.search(text)
    ):
        text = blanked(_WEIGHT_LOST, text)
    if _BREATHLESS_LAUGHING.search(text) and not _BREATHLESS_GUARD.search(
        _BREATHLESS_LAUGHING.sub(" ", text)
    ):
        text = blanked(_BREATHLESS_LAUGHING, text)
    if _THING_FELL.search(text) and not _THING_FELL_GUARD.search(text):
        text = blanked(_THING_FELL, text)
    text = _blank_other_worker_fell(text)
    if "bladder" in text.lower() and not _BLADDER_OF_STEEL_GUARD.search(
        _BLADDER_OF_STEEL.sub(" ", text)
    ):
        text = blanked(_BLADDER_OF_STEEL, text)
    if "killing" in text.lower() and not _FEET_KILLING_GUARD.search(_FEET_KILLING.sub(" ", text)):
        text = blanked(_FEET_KILLING, text)
    if _THING_SLIPPED.search(text) and not _SLIPPED_GUARD.search(text):
        text = blanked(_THING_SLIPPED, text)
    if _FICTION_CHARACTER.search(text) and not _LIKE_THE_CHARACTER.search(text):
        text = _FICTION_CLAUSE.sub(
            lambda m: (
                " " * len(m.group())
                if _FICTION_CHARACTER.search(m.group())
                and not _WRITER_IN_CLAUSE.search(_MY_WORK_39.sub(" ", m.group()))
                else m.group()
            ),
            text,
        )
    if "used to" in text.lower() and _NONE_SINCE.search(text):
        text = _USED_TO.sub(
            lambda m: m.group() if _USED_TO_GUARD.search(text) else " " * len(m.group()), text
        )
    return _blank_round40(
        _blank_round39(
            _blank_round38(
                _blank_round35(
                    _blank_round34(
                        _blank_round32(
                            _blank_round41(
                                _blank_round42(
                                    _blank_round43(
                                        _blank_round44(
                                            _blank_round45(
                                                _blank_round46(
                                                    _blank_round47(
                                                        _blank_round48(
                                                            _blank_round49(_blank_round51(_blank_round55(text)))
                                                        )
                                                    )
                                                )
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    )


# Round 34. A sign word said outright to be a figure of speech ("fainted when I saw my exam
# results (not literally)", "giving me chest pains, figuratively", "my heart stopped,
# metaphorically speaking"): the sentence that says so is set aside, with the marker's own
# sentence before it when the marker stands alone; never a sentence with "but", "actually" or a
# word of now, never the saddle area, bladder or bowel.
_FIGURATIVE = re.compile(
    r"\b(?:not literally|not literal|not in real life|figuratively(?: speaking)?|metaphorically"
    r"(?: speaking)?|so to speak|in a manner of speaking|(?:just |only )?a figure of speech"
    r"|(?:just |only )?an expression|not for real|not really obvs|not actually)\b",
    re.IGNORECASE,
)
_FIGURE_GUARD = re.compile(
    r"\b(?:but|though|however|actually|actual|really|seriously|for real|genuinely|real life|now"
    r"|right now|today|tonight|still|since|again|started|numb\w*|tingl\w*|bladder|bowel\w*|pee"
    r"|wee|poo|saddle|groin|crotch|bum|privates|leg|legs|foot|feet|arm|jaw|sweat\w*|breath\w*"
    r"|not joking|no joke)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
# "dead on my feet": tired out, an idiom with no sign in it
_DEAD_ON_FEET = re.compile(r"\bdead on (?:my|our|his|her|their|me|ur|your) feet\b", re.IGNORECASE)


# Round 34. Someone else's accident on a road that holds the writer up ("there's been an accident
# on the motorway and I'm stuck in traffic", "a crash at the junction, we're diverted"): the
# accident word is set aside; never when the writer was in it, hit or hurt.
_ROAD_ACCIDENT = re.compile(
    r"\b(?:an?|the|big|bad|major|huge|serious) (?:\w+ ){0,2}?(?P<sign>accident|crash|collision"
    r"|pile ?up|smash)(?: \w+){0,3}? (?:on|at|near|ahead|by|outside|up ahead on|in) (?:the |a |our"
    r" )?(?:\w+ )?(?:motorway|road|m\d+|a\d+|bypass|ring road|high street|bridge|junction|dual"
    r" carriageway|roundabout|street|lane|carriageway|tunnel|flyover|crossing|route|way home"
    r"|way in|way to work)\b",
    re.IGNORECASE,
)
_HOLD_UP = re.compile(
    r"\b(?:stuck|held up|holding up|delayed|diverted|diversion|queue\w*|queuing|tailbacks?|traffic"
    r"|closed|closure|standstill|detour|gridlock\w*|running late|be late|won t make|will not make"
    r"|wont make|can t make|cannot make|miss my|missed my|late for)\b",
    re.IGNORECASE,
)
_ROAD_ACCIDENT_GUARD = re.compile(
    r"\b(?:me|my car|my bike|i was (?:in|hit|involved)|we were (?:in|hit|involved)|into us|hit us"
    r"|hit me|injur\w*|hurt\w*|whiplash|hospital|ambulance took|paramedics? (?:checked|saw) me"
    r"|airbags?|written off|shaken|bruis\w*|pain\w*|sore|agony|ach\w*|killing|throb\w*|back|neck"
    r"|legs?|head|spine|chest|arms?|shoulders?|hips?)\b",
    re.IGNORECASE,
)


def _blank_road_accident(text: str) -> str:
    def blank(match: re.Match[str]) -> str:
        return (
            match.group()[: match.start("sign") - match.start()]
            + " " * len(match.group("sign"))
            + match.group()[match.end("sign") - match.start() :]
        )

    out = []
    for piece in (m.group() for m in _SENTENCE.finditer(text)):
        plain = piece.replace("’", "'").replace("'", " ")
        if (
            _ROAD_ACCIDENT.search(piece)
            and _HOLD_UP.search(plain)
            and not _ROAD_ACCIDENT_GUARD.search(_ROAD_ACCIDENT.sub(" ", plain))
        ):
            piece = _ROAD_ACCIDENT.sub(blank, piece)
        out.append(piece)
    joined = "".join(out)
    return joined if len(joined) == len(text) else text


def _blank_round34(text: str) -> str:
    """Round 34: figures of speech said to be figures (see `_FIGURATIVE`), "dead on my feet",
    someone else's road accident holding the writer up."""
    if "dead on" in text.lower():
        text = blanked(_DEAD_ON_FEET, text)
    if _ROAD_ACCIDENT.search(text):
        text = _blank_road_accident(text)
    if not _FIGURATIVE.search(text):
        return text
    pieces = [match.group() for match in _SENTENCE.finditer(text)]
    if "".join(pieces) != text:
        return text
    out = list(pieces)
    for index, piece in enumerate(pieces):
        if not _FIGURATIVE.search(piece):
            continue
        targets = [index]
        rest = _FIGURATIVE.sub(" ", piece)
        if len(re.findall(r"\w+", rest)) <= 3 and index > 0:
            targets = [index - 1, index]  # "... my exam results. (not literally)"
        if any(_FIGURE_GUARD.search(_FIGURATIVE.sub(" ", pieces[j])) for j in targets):
            continue
        for j in targets:
            out[j] = " " * len(pieces[j])
    return "".join(out)


# Round 35. Money, a bill or a purchase in pain, in any shape ("my bank balance is in a lot of
# pain after Christmas", "my wallet's hurting", "the credit card is screaming in agony", "the
# gas bill gave my pension a stabbing pain"): the sign word said of money, never beside a part
# of the body in the same clause.
_MONEY_35 = (
    r"(?:(?:bank|current|savings|joint) (?:balance|account)|balance sheet|wallet|purse|pocket"
    r"|pockets|piggy bank|bank|account|budget|finances|savings|credit card|card|overdraft"
    r"|pension|pay ?packet|payslip|wages|salary|funds|money|cash|bills?|mortgage|credit rating"
    r"|credit score|loan|visa|mastercard|amex|direct debits?|christmas fund|holiday fund)"
)
_MONEY_PAIN_35 = re.compile(
    r"\b(?:my|our|the|his|her|their|your|me|poor) (?:\w+ )?" + _MONEY_35 + r"(?:['’]s| is| was"
    r"| are| were| has been| have been| s)? (?:(?!(?:but|so|my|our|back|leg|legs)\b)"
    r"(?!and (?!(?:is|are|was|were)\b))[\w'’]+ )"
    r"{0,5}?(?:in (?:\w+ ){0,3}?(?:pain|agony)|hurting|hurts|aching|aches|in bits|screaming"
    r"|crying|bleeding|wounded|black and blue|numb|in shock|collapsed|on life support"
    r"|(?:sharp|shooting|stabbing) pains?)\b"
    r"|\b(?:(?:sharp|shooting|stabbing|burning|real|terrible|awful|severe|horrible) )?(?:pain"
    r"|pains|agony|ache|aches|hurt|twinge|twinges|stab|stabs) (?:\w+ )?(?:in|to|of)"
    r" (?:my|our|the|his|her|their|your) (?:\w+ )?" + _MONEY_35 + r"\b",
    re.IGNORECASE,
)
_MONEY_PAIN_GUARD = re.compile(
    r"\b(?:back|spine|legs?|foot|feet|chest|bladder|bowels?|hips?|bum|groin|knees?|arms?|neck"
    r"|shoulders?|(?:my|left|right) side)\b(?! (?:is|s|are|feels?|has been)? ?(?:fine|ok|okay"
    r"|good|grand|great))",
    re.IGNORECASE,
)
# Round 35. Pins and needles as sewing things, wherever they lie ("pins and needles everywhere in
# the front room, I'm making a quilt", "quilting bee tonight so pins and needles all over the
# table"): with a sewing word in the message and a place of things after them, never a part of
# the body in their clause.
_SEWING = re.compile(
    r"\b(?:quilt\w*|sew\w*|knit\w*|embroider\w*|cross ?stitch\w*|tapestr\w*|darn\w*"
    r"|patchwork|haberdash\w*|dressmak\w*|pincushion|hem|hems|hemming|alterations|upholster\w*"
    r"|crochet\w*|seamstress|tailor\w*|fabric|bunting|curtains|cushion covers|costume\w*"
    r"|needlework|needlepoint|craft\w*|bazaar|fete|sewing machine|stitch\w*|pattern|dress"
    r"|bridesmaid dress|wedding dress|button\w*|zip|zips)\b",
    re.IGNORECASE,
)
_PINS_LYING = re.compile(
    r"\bpins and needles(?= (?:\w+ ){0,2}?(?:everywhere|all over (?:the|my|our|me)? ?(?:floor"
    r"|carpet|rug|table|place|house|room|front room|living room|sitting room|lounge|kitchen|sofa"
    r"|settee|couch)|scattered|lying|on the (?:floor|carpet|rug|table|chair|sofa|settee)|in the"
    r" (?:front|living|sitting|spare|sewing|back|dining|craft) room|in (?:a|the|my) (?:tin|box"
    r"|drawer|jar|basket|bag|case)|in the (?:lounge|kitchen|conservatory|hall)|to (?:pick up"
    r"|tidy|hoover)|for (?:the|my|a) \w+))",
    re.IGNORECASE,
)


def _blank_round35(text: str) -> str:
    """Round 35: money in pain; pins and needles as sewing things."""
    if _MONEY_PAIN_35.search(text):
        text = _SENTENCE.sub(
            lambda m: (
                blanked(_MONEY_PAIN_35, m.group())
                if not _MONEY_PAIN_GUARD.search(_MONEY_PAIN_35.sub(" ", m.group()))
                else m.group()
            ),
            text,
        )
    if "needles" in text.lower() and _SEWING.search(text) and _PINS_LYING.search(text):
        text = _SENTENCE.sub(
            lambda m: (
                blanked(_PINS_LYING, m.group())
                if not _SEWING_BODY.search(_PINS_LYING.sub(" ", m.group()))
                else m.group()
            ),
            text,
        )
    return text


_SEWING_BODY = re.compile(
    r"\b(?:my|me|i|i'?ve|ive|i'?m|im) (?:\w+ )?(?:hands?|fingers?|feet|foot|legs?|arms?|toes?|bum"
    r"|thumbs?|face|back)\b|\b(?:hands?|fingers?|feet|foot|legs?|arms?|toes?|bum|groin|numb\w*"
    r"|tingl\w*|got|getting|having|feel\w*|felt|since|keep|keeps|kept|today|now|all day"
    r"|hours)\b",
    re.IGNORECASE,
)


# Round 38 (h38's classes), set aside as no symptom of the writer's body.
# A break, a stop or a day named by "rest" ("kipped in the cab on my rest break", "rest stop on
# the motorway", "my rest day"): a time or a place, never resting; only the word is set aside.
_REST_TIME_38 = re.compile(
    r"\brest(?=[ -](?:breaks?|stops?|areas?|days?|bays?|rooms?|periods?|weeks?|hours?|time"
    r"|day off)\b)",
    re.IGNORECASE,
)
# ...never beside a pain that does not ease, settle or let up, or a word of lying still or the
# night: then "rest" may still be the sign's.
_REST_TIME_GUARD_38 = re.compile(
    r"\b(?:eas\w*|constant\w*|continu\w*|settl\w*|lets? up|let up|help\w*|reliev\w*|relief|even"
    r"|still|lying|lie|lay|laying|wak\w*|woke|night\w*|nothing|never|all the time|non ?stop"
    r"|24 ?7)\b",
    re.IGNORECASE,
)
# A blade's or a tool's sharpness ("since we got the new sharpener", "the knives are razor sharp
# now", "sharpened the chisels"): a thing's word; never "sharp as a knife" (a pain's likeness).
_BLADE_38 = (
    r"(?:knife|knives|blades?|scissors|razors?|saws?|axes?|chisels?|tools?|pencils?|secateurs"
    r"|shears|cleavers?|peelers?|graters?|mandolines?|machetes?|stanley knife|box cutters?"
    r"|cutters?|craft knife|scalpels?|tin lids?)"
)
# The sharpener and a blade sharpened ("got a new sharpener", "sharpened the chisels", "sharpened
# them"): never a pain that sharpens.
_SHARPENER_38 = re.compile(
    r"\bsharpeners?\b"
    r"|\bsharpen(?:ed|ing|s)? (?:(?:all |both )?(?:the |my |our |a |some |those |these )?(?:\w+ )?"
    + _BLADE_38
    + r"|(?:them|those|these)\b(?! (?:\w+ )?(?:pains?|aches?|twinges?|stabs?|hurts?|jabs?)\b))\b",
    re.IGNORECASE,
)
_THING_SHARP_38 = re.compile(
    r"\b(?:(?:a|an|the|my|our|new|these|those|that|this) )?"
    + _BLADE_38
    + r"(?: (?:at|in|from|for) (?:the |our |a |work )?(?:\w+ )?\w+)??"
    r"(?:'s|'re| is| are| was| were| s| re| have been| has been| been| got| get| getting"
    r"| stay| stays)+(?: (?:so|really|very|too|proper|dead|well|super|lethally|seriously"
    r"|insanely|frighteningly|scarily|scary|ridiculously|stupidly|wicked|crazy|mega|extra|now"
    r"|razor|lethal|and))*"
    r" (?:razor[ -])?sharp\b(?! (?:pain|pains|twinge|twinges|stab|stabbing|jab|shooting|ache|in"
    r"|down|through|across|into|on|at|when|whenever)\b)"
    r"|\bsharp (?=(?:new |kitchen |chef's |bread |carving )?(?:knife|knives|blades?|scissors"
    r"|razors?|saws?|chisels?|tools?|pencils?|objects?)\b)",
    re.IGNORECASE,
)
# ...never in a sentence that speaks of a pain, the body or a likeness ("like a blade in my back
# that's sharp", "the pain is sharp as a razor").
_SHARP_BODY_38 = re.compile(
    r"\b(?:pain\w*|ache\w*|aching|hurt\w*|twinge\w*|stab\w*|shoot\w*|jab\w*|burn\w*|throb\w*"
    r"|back|spine|legs?|hips?|neck|chest|bum|buttocks?|groin|thighs?|calf|calves|knees?|foot|feet"
    r"|shoulders?|blades? of|numb\w*|tingl\w*|like|as if|feels?|felt|feeling|twist\w*|stretch\w*"
    r"|when i|every time)\b",
    re.IGNORECASE,
)
# Someone met at work (a passenger, a resident, a patient, a customer) who fainted or lost
# control of the bladder, told as the writer's working day ("a passenger fainted on the 5am bus
# and I had to pull over", "one of the residents lost control of her bladder again, she's 94"):
# the other's sign, only their clause set aside; never with the writer's own ("so did I", "and
# then I fainted too", "me too"), nor the writer named between the subject and the verb.
_OTHERS_SIGN_38 = re.compile(
    r"\b"
    + r"(?:(?:a|an|the|one|our|my|this|that|another|some|two|three)\s+(?:(?:of\s+(?:the|my|our)"
    r"\s+)?(?:\w+\s+){0,2}?)?)?"
    r"(?:passengers?|residents?|patients?|customers?|clients?|service\s+users?|pupils?|students?"
    r"|visitors?|guests?|shoppers?|punters?|diners?|fares?|riders?|commuters?|travellers?"
    r"|colleagues?|co-?workers?|workmates?|lads?|blokes?|ladies|lady|gents?|gentleman|fellas?"
    r"|pensioners?|old\s+(?:boy|girl|man|woman|dear|lady|fella)|elderly\s+(?:man|woman|lady|gent)"
    r"|someone|somebody|man|woman|kid|child|boy|girl)"
    r"(?:\s+(?:on|at|in|from|of)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){0,2}?\w+)?"
    r"(?:\s+(?!(?:i|me|my|we|us|said|says|told|thought|reckons?)\b)\w+){0,2}?"
    r"\s+(?:fainted|passed\s+out|blacked\s+out|keeled\s+over|collapsed|went\s+down|had\s+a"
    r"\s+(?:\w+\s+)?(?:faint|funny\s+turn|blackout|seizure|fit|dizzy\s+spell)"
    r"|(?:lost|loses|losing)\s+control\s+of\s+(?:his|her|their)\s+(?:bladder|bowels?)"
    r"|wet\s+(?:himself|herself|themselves|the\s+(?:bed|seat|chair))"
    r"|soiled\s+(?:himself|herself|themselves)|had\s+an\s+accident|was\s+incontinent)\b"
    r"(?P<rest>(?:(?!\b(?:while|whilst|when|as|and)\s+i\b)[^,.!?;\n])*)",
    re.IGNORECASE,
)
# ...never when what is left of the message speaks of the same again (the writer's own faint,
# control, a wet or a leak, "mine", "too", "same", "me", "on me") or of a crash.
_OWN_TOO_38 = re.compile(
    r"\b(?:faint\w*|pass\w*\s+out|black\w*\s+out|keel\w*|collaps\w*|went\s+down|gone\s+down"
    r"|control|wet\w*|leak\w*|dizz\w*|light\s*-?head\w*|incontinen\w*|accident|wee\w*|pee\w*"
    r"|bladder|bowels?|mine|same|too|also|as\s+well|me|myself|crash\w*|collision|whiplash"
    r"|we\s+(?:both|all)|both\s+of\s+us|us)\b"
    # the writer's own told by ellipsis ("and I nearly did", "then I did", "I was next"), never
    # "I had to pull over", "I did CPR"
    r"|\bi\s+(?:(?:then|nearly|almost|also|just|very|practically|kind\s+of|sort\s+of)\s+)*"
    r"(?:did|do|does|was|am|have|had|nearly|almost)\b(?!\s+(?:to|cpr|first\s+aid|999|the"
    r"\s+ambulance|an\s+ambulance)\b)",
    re.IGNORECASE,
)
# A talk, a poster or a training about signs, the signs named only as its topic, with no verb
# ("there's a poster in the staff room about cauda equina, numb saddle area and that. what is
# it?"): the topic to the end of its sentence or the question after a comma, when the message
# claims nothing of the writer's.
_TOPIC_TOLD_38 = re.compile(
    r"\b(?:posters?|leaflets?|notices?|flyers?|infographics?|talks?|trainings?|courses?"
    r"|briefings?|videos?|articles?|programmes?|documentar(?:y|ies)|podcasts?|lectures?"
    r"|toolbox\s+talks?|inductions?|refreshers?|webinars?|e-?learning)(?:\s+[\w']+){0,5}?\s+(?:"
    r"about|on|re|covering|explaining|warning\s+(?:about|of)"
    r"|listing)\s+(?P<topic>(?:(?!,\s*(?:why|what|how|when|is|are|does|do|should|can|could"
    r"|would|will|any|anyone)\b)[^.!?;:\n])+)",
    re.IGNORECASE,
)
_TOPIC_CLAIM_38 = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|since|now|today|tonight|yesterday|started"
    r"|starting|this\s+(?:morning|afternoon|evening)|last\s+night|got|have|having|has|had|keeps?"
    r"|still|lately|recently|again|too|also|same|that s me|thats me|sounds like)\b",
    re.IGNORECASE,
)
# ...nor beside words of the body's doing anywhere else ("a video on the bladder; lost control
# of it")
_TOPIC_REST_CLAIM_38 = re.compile(
    r"\b(?:lost|losing|lose|loses|wet\w*|leak\w*|can not|cannot|could not|gone|went|keeps?|kept"
    r"|started|starting|happen\w*|numb\w*|tingl\w*|weak\w*|dead|hurt\w*|fell|fallen|falling"
    r"|woke|waking|stopped|control|feeling|feel|felt|pain\w*|ache\w*|aching|both|mine)\b"
)
# ...and a topic is named, never told as happening ("the talk on the leg press left both legs
# numb")
_TOPIC_VERB_38 = re.compile(
    r"\b(?:left|leaves|made|makes|gave|gives|went|gone|go|goes|going|turned|felt|feel|feels"
    r"|feeling|is|are|was|were|been|be|am|did|does|do|can|cannot|could|would|will|won't|wont"
    r"|can't|couldn't|lost|losing|lose|loses|wet|wetting|leak\w*|keep\w*|kept|came|come|comes"
    r"|coming|hit|fell|falls|fallen|falling|hurt\w*|happen\w*|woke|wake\w*|passed|stopped"
    r"|started|get|gets|got|getting|give|giving|went|seems?|seemed|stays?|stayed)\b",
    re.IGNORECASE,
)


# Round 39: a sign word as the name of a work ("the painting I'm working on is called Numbness",
# "our new song is titled Heart Attack", "my zine 'Pins and Needles'"): only the title, up to
# three words that are not the writer's own ("called numb and my legs are numb too" keeps
# the rest).
_WORK_39 = (
    r"(?:painting|paintings|drawing|sketch|print|sculpture|piece|artwork|art work|canvas|mural"
    r"|collage|series|exhibition|show|installation|photo|photograph|portrait|song|track|single"
    r"|album|ep|record|mixtape|tune|demo|band|poem|poetry|story|novel|book|zine|comic|play"
    r"|film|short film|script|screenplay|game|project|dissertation|essay|thesis|podcast|episode"
    r"|video|channel|dance piece|choreography|composition|sonata|suite|opera|musical)"
)
_TITLE_WORD_39 = (
    r"(?!(?:and|but|so|because|cause|i|im|i'm|my|me|mine|it|its|it's|is|was|are|since|now|which"
    r"|that|though|tho|today|too|also|then|when|while|as|after)\b)[\w'-]+"
)
_WORK_TITLE_39 = re.compile(
    r"\b" + _WORK_39 + r"\b(?:\s+(?!(?:and|but|so|because)\b)[\w']+){0,5}?\s+(?:is\s+|s\s+|was\s+"
    r"|will\s+be\s+|are\s+)?(?:called|titled|entitled|named)\s+"
    r"(?:[\"'“‘]\s*(?P<quoted>[^\"'”’\n]{1,40})[\"'”’]"
    r"|(?P<plain>" + _TITLE_WORD_39 + r"(?:\s+" + _TITLE_WORD_39 + r"){0,2}))",
    re.IGNORECASE,
)
# ...or a sign word as a figure of speech about a part of life ("lost all feeling in my social
# life", "no feeling left for my degree", "my love life is numb"): never a body part, and
# never beside the writer's own sign elsewhere (only the figure is blanked).
_LIFE_PART_39 = (
    r"(?:social life|love life|dating life|sex life|private life|family life|student life|uni"
    r" life|work life|career|degree|course|studies|grades|modules?|revision|exams?|art|music"
    r"|practice|band|hobbies|hobby|creativity|motivation|feed|timeline|friendships?|friend group"
    r"|relationships?|marriage|bank account|wallet|finances|savings|budget|weekends?|commute"
    r"|playlist|portfolio|sketchbook|inbox|group chat|fandom|team|job|life)"
)
_LIFE_FEELING_39 = re.compile(
    r"\b(?:(?:lost|losing|lose|loses|there is|there s|theres|no|zero|not much|not any|without)"
    r"\s+)?(?:all\s+|any\s+|the\s+|my\s+)?(?:feeling|feelings|sensation|numbness|tingle|tingles"
    r"|tingling)(?:\s+(?:left|whatsoever|at\s+all))?\s+(?:in|for|about|towards|from)\s+(?:my|our"
    r"|the)\s+(?:own\s+)?" + _LIFE_PART_39 + r"\b"
    r"|\b(?:my|our)\s+" + _LIFE_PART_39 + r"\s+(?:is|s|has\s+gone|went|feels|has\s+been|was)"
    r"\s+(?:totally\s+|completely\s+|so\s+|kind\s+of\s+|kinda\s+)?(?:numb|paralysed|paralyzed"
    r"|dead)\b",
    re.IGNORECASE,
)


def _blank_round39(text: str) -> str:
    """Round 39: a sign word as the name of a work, or in a figure of speech about a part of
    life (see `_WORK_TITLE_39`, `_LIFE_FEELING_39`)."""
    if re.search(r"\b(?:called|titled|entitled|named)\b", text, re.IGNORECASE):

        def title(match: re.Match[str]) -> str:
            name = "quoted" if match.group("quoted") is not None else "plain"
            start = match.start(name) - match.start()
            end = match.end(name) - match.start()
            return match.group()[:start] + " " * (end - start) + match.group()[end:]

        text = _WORK_TITLE_39.sub(title, text)
    if _LIFE_FEELING_39.search(text):
        text = _SENTENCE.sub(
            lambda m: (
                m.group()
                if _BODY_WORD.search(_LIFE_FEELING_39.sub(" ", m.group().lower()))
                else blanked(_LIFE_FEELING_39, m.group())
            ),
            text,
        )
    return text


# Round 40 (h40's false alarms, by class). The move's own words: a leg dragged, slid or swept
# across the floor asked about as the move is done ("do i lift the knee up or drag the leg
# across the floor"), never a leg or a foot that drags of itself or since a time.
_MOVE_DRAG_40 = re.compile(
    r"\b(?:do i|should i|shall i|am i (?:meant|supposed) to|do you|do we|or|and|then|to|just"
    r"|you|we|how (?:do|should|far do) i|is it ok to|can i)\s+(?:\w+\s+){0,2}?(?:drag|slide"
    r"|sweep|glide|swing|brush|scrape)\s+(?:the|your|my|this|that|one|each)\s+(?:\w+\s+)?(?:legs?"
    r"|foot|feet|knee|heel)\s+(?:across|along|over|on|around|round|through)\s+(?:the|your|my"
    r"|a)\s+(?:floor|mat|ground|carpet|rug|yoga mat)\b",
    re.IGNORECASE,
)
_MOVE_DRAG_GUARD_40 = re.compile(
    r"\b(?:can ?not|can t|cant|could not|couldn t|unable|keeps?|kept|been|started|since|now"
    r"|today|yesterday|weak\w*|numb\w*|won t|will not|doesn t|does not|drags|dragging|drooping"
    r"|catches|catching|trips?|tripping|lift (?:my|the) foot)\b",
    re.IGNORECASE,
)
# A formal denial, the signs listed after "there is no" or "I have no" ("I can confirm there is
# no weakness or loss of feeling in either of my legs"): "loss of" after "no" is its absence.
_DENIED_SIGN_40 = (
    r"(?:weakness|numbness|tingling|pins and needles|pain|loss of (?:feeling|sensation|control"
    r"|strength|power)|change in (?:feeling|sensation|control)|bladder (?:or bowel )?(?:problems?"
    r"|issues?|changes?)|bowel problems?|problems?|issues?|symptoms?|dizziness|fever)"
)
_FORMAL_DENIAL_40 = re.compile(
    r"\b(?:(?:i can|i wish to|i would like to|i d like to|let me|i hereby|i) confirm(?: that)?"
    r"|for the record|please note(?: that)?|to confirm|i am pleased to report(?: that)?"
    r"|i can report(?: that)?|i can assure you(?: that)?)\s*,?\s+(?:there is|there are|there s"
    r"|i have|i ve|i am having|i m having|i am experiencing|i m experiencing|i have had|i ve had"
    r"|i feel|i have experienced)\s+(?:absolutely\s+)?no\s+"
    + _DENIED_SIGN_40
    + r"(?:\s*(?:,|or|and|nor)\s+(?:any\s+)?"
    + _DENIED_SIGN_40
    + r")*"
    r"(?:\s+(?:in|with|of|down|from|to)\s+(?:either|both|any|one)?\s*(?:of\s+)?(?:my\s+)?"
    r"(?:legs?|feet|foot|arms?|hands?|back|bladder|bowels?|body|lower body))?"
    r"(?:\s+(?:whatsoever|at all|at this time|at present))?",
    re.IGNORECASE,
)
_DENIAL_TURN_40 = re.compile(
    r"\b(?:but|except|apart from|other than|however|although|though|only|just|save for|bar)\b",
    re.IGNORECASE,
)
# Someone else's sign told by a coach, a leader, a teacher or a volunteer ("one of the lads I
# coach gets shooting pains down his leg"; "one of the kids had chest pain on the hike"): the
# clause of the sign is theirs, to its comma or full stop, unless the writer is in it or says
# the same of themselves.
_GROUP_MEMBER_40 = re.compile(
    r"\b(?:one|two|three|a few|a couple|some|several|a lot|lots|most|half|none|any)\s+of\s+(?:the"
    r"|my|our)\s+(?:\w+\s+){0,2}?(?:lads|boys|girls|kids|children|players|pupils|students|scouts"
    r"|cubs|beavers|brownies|guides|rainbows|members|swimmers|runners|juniors|seniors|youngsters"
    r"|teens|teenagers|class|team|squad|group|clients|volunteers|athletes|dancers|trainees"
    r"|campers|walkers|ramblers|riders|cyclists|climbers|gymnasts|learners|participants|parents"
    r"|mums|dads|residents|regulars|attendees|choir|cast|crew|under-?\d+s?)"
    r"(?:\s+(?:i|we)\s+(?:coach|teach|train|lead|run|take|look after|manage|supervise|help"
    r"|work with|volunteer with|mentor|tutor))?"
    r"(?P<rest>[^,.!?;\n]*)",
    re.IGNORECASE,
)
_GROUP_OWN_40 = re.compile(
    r"\b(?:me too|so do i|so did i|so have i|same here|same with me|i (?:have|had|get|got|feel"
    r"|felt) (?:the same|that too|it too|it as well|that as well)|me as well|and me|and mine"
    r"|mine too|so is mine|both of us|we both|we all|i m the same|i am the same|as did i"
    r"|as do i|like me|like mine)\b",
    re.IGNORECASE,
)
# A person who is "a pain in the neck" or "in the backside": the idiom, never a pain the writer
# has ("I have a pain in my backside").
_PAIN_IN_IDIOM_40 = re.compile(
    r"\b(?:is|s|are|re|was|were|being|be|been|such|what|proper|right|real|royal|total"
    r"|absolute|bit of|bit)\s+(?:an?\s+)?(?:(?:right|real|royal|total|absolute|proper|massive"
    r"|bit of a|complete|bloody|flipping|utter)\s+)?pains?\s+in\s+the\s+(?:backside|neck|arse"
    r"|ass|bum|butt|rear|behind|bottom|posterior|rear end|derriere)\b",
    re.IGNORECASE,
)
# A role named with "head" ("the new head teacher", "head of year"): someone, not a head.
_HEAD_ROLE_40 = re.compile(
    r"\bhead\s*(?=(?:teacher|teachers|mistress|master|of\s+(?:year|department|maths|english"
    r"|science|house|school|sixth\s+form|the\s+department)|coach|chef|gardener|nurse|girl|boy"
    r"|office|honcho|teach)\b)",
    re.IGNORECASE,
)
# A part of the body named as a part of a thing ("the spine of my planner", "the bladder in the
# rugby ball", "the ball's bladder", "the leg of the table"): the part's word is set aside when
# what follows or owns it is a thing.
_PART_WORD_40 = (
    r"(?:spine|spines|back|neck|legs?|foot|feet|arms?|head|face|bladder|bladders|heart|hands?"
    r"|knees?|elbows?|shoulders?|lips?|mouth|eyes?|teeth|tongue|belly|skin|ribs?|bottom|bum"
    r"|chest|tail|nose|ears?|toes?|fingers?|joints?|nerves?)"
)
_PART_OF_THING_40 = re.compile(
    r"(?:^|(?<=[.!?;,\n])|\b(?:the|a|an|its)\s)\s*(?P<part>"
    + _PART_WORD_40
    + r")\s+of\s+(?:the|my|a"
    r"|an|our|your|this|that|his|her|their|its|every|each)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)"
    r"(?P<thing>[\w-]+)"
    r"|(?:^|(?<=[.!?;,\n])|\b(?:the|a|an|its)\s)\s*(?P<part2>bladders?)\s+(?:of|in|inside|from"
    r"|for)\s+(?:the|my|a|an|our|your|this|that|his|her|their|its|every|each)\s+"
    r"(?P<mods2>(?:[\w-]+\s+){0,2}?)(?P<thing2>[\w-]+)",
    re.IGNORECASE,
)
_THING_OWNS_PART_40 = re.compile(
    r"\b(?P<mods>(?:the|my|a|an|our|your|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?)"
    r"(?P<thing>[\w-]+)(?:'s|’s|s'|’)\s+(?P<part>" + _PART_WORD_40 + r")\b",
    re.IGNORECASE,
)
# A thing's weakness with no determiner before it ("food bank donations are weak this month",
# "sales were weak"): the word, when no word of the subject is of the body or of someone.
_BARE_THING_WEAK_40 = re.compile(
    r"(?:^|(?<=[.!?;,\n]))\s*(?P<subject>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:are|is|s|were"
    r"|was|have been|has been|seem|seems|look|looks|looking|feel|feels|remain|remains|stayed"
    r"|stay|got|have got|went|gone)\s+(?:(?:a bit|a little|really|very|so|pretty|quite|rather"
    r"|still|looking|bit|kinda|kind of|fairly|incredibly|super)\s+)*(?P<word>weak|weaker|weakened)"
    r"\b",
    re.IGNORECASE,
)
# Someone else's temperature or fever ("my son's got a temperature so we're off school"), never
# the writer's too.
_OTHERS_FEVER_40 = re.compile(
    r"\b(?:my|our|the|his|her|their)\s+(?:little\s+|eldest\s+|youngest\s+|oldest\s+|middle\s+)?"
    r"(?:son|sons|daughter|daughters|kid|kids|children|child|boy|boys|girl|girls|little one"
    r"|little ones|toddler|baby|husband|wife|partner|hubby|mum|mom|dad|nan|gran|grandson"
    r"|granddaughter|grandkids|niece|nephew|stepson|stepdaughter|youngest|eldest|brother|sister"
    r"|flatmate|housemate|boyfriend|girlfriend|dog|cat)(?:'s|’s|s)?\s+(?:has\s+|have\s+|had\s+"
    r"|s\s+|is\s+|are\s+|was\s+|were\s+|got\s+|has got\s+|s got\s+|ve got\s+|been\s+|has been\s+"
    r"|is running\s+|s running\s+|running\s+|come down with\s+|came down with\s+|got\s+)*"
    r"(?:a\s+|an\s+)?(?:(?:high|slight|bit of a|little|raised|bad|nasty|mild|low|low-grade"
    r"|spiking)\s+)?(?:temperature|temp|fever|feverish|temperatures)\b",
    re.IGNORECASE,
)
_FEVER_OWN_40 = re.compile(
    r"\b(?:so (?:do|have|am|did|was|had) i|i (?:do|have|am|did) (?:as well|too)|same here|me too"
    r"|too|as well|also|same|both|all of us|we all|mine|myself|one|it|temp\w*|fever\w*"
    r"|hot|shiver\w*|chills?|sweat\w*|unwell|ill|poorly|sick|rough|flu|bug|caught|catching"
    r"|coming down)\b",
    re.IGNORECASE,
)

_PART_OWNERS_40 = (
    BODY
    | PEOPLE
    | CARRIES
    | frozenset(
        [
            "it",
            "its",
            "this",
            "that",
            "him",
            "her",
            "them",
            "me",
            "my",
            "own",
            "self",
            "myself",
            "yourself",
            "body",
            "way",
            "front",
            "top",
            "side",
            "left",
            "right",
            "other",
            "lower",
            "upper",
        ]
    )
)


# Round 41: an ordinary ache after a named job, told as over ("my back was throbbing after
# hauling the christmas tree up the stairs yesterday, eased off overnight and fine today"): the
# net's question is not needed; never with a word of a sign, of still or of worse.
_JOB_ACHE_41 = re.compile(
    r"(?:\b(?:(?:my|me|the)\s+)?(?:\w+\s+)?(?:back|neck|shoulders?|arms?|hips?|knees?|body"
    r"|muscles)"
    r"(?:\W+\w+){0,3}?\W+)?"
    r"\b(?:throbb\w*|ach\w*|sore|stiff|tender|achey|achy)\b(?:\W+\w+){0,8}?\W+(?:after|from)"
    r"\s+(?:\w+\s+){0,2}?\w+ing\b",
    re.IGNORECASE,
)
_ACHE_OVER_41 = re.compile(
    r"\b(?:(?:eased|wore|worn|settled|calmed)(?: down| off)?(?: overnight| by (?:the )?morning"
    r"| after a (?:night|sleep|day))|(?:fine|ok|okay|good|grand|normal|right as rain|better)"
    r" (?:again )?(?:today|this morning|now)|(?:all )?gone (?:today|this morning|now))\b",
    re.IGNORECASE,
)
_ACHE_GUARD_41 = re.compile(
    r"\b(?:still|worse|again|except|apart|numb\w*|tingl\w*|weak\w*|shoot\w*|stabb\w*"
    r"|sharp|leg|legs|foot|feet|groin|bladder|bowel\w*|chest|fever\w*|night|can'?t|cannot"
    r"|fell|fall|slipped|pop\w*|snap\w*)\b",
    re.IGNORECASE,
)


# Round 42, for the net: words of no body ("itching to get back into the stretches", a chest of
# drawers); a past trouble a clinician sorted, well now ("my back woke me most nights last winter,
# the osteo fixed it, fine since"); a back condition's name asked beside an ordinary stiffness
# ("could it be a trapped nerve? my back's been sore since the weekend"), the question bank's
# diagnosis decline. Never with a word of a sign, of now or of back again.
_NO_BODY_42 = re.compile(
    r"\b(?:(?:get|getting|got|gets|come|coming|came|go|going|went|be|being) back (?:to|into|on"
    r"|in|at|onto)|(?:dying|dyin|itching|desperate|gagging) to|chests? of drawers)\b",
    re.IGNORECASE,
)
_SORTED_BY_42 = re.compile(
    r"\b(?:physio\w*|gp|doctor|doc|osteo\w*|chiro\w*|massage\w*|therapist|injection|jab"
    r"|treatment|course of \w+|exercises|tablets|specialist|consultant)\W+(?:\w+\W+){0,2}?"
    r"(?:sorted|fixed|cleared|cured|resolved|sorted out|got rid of)\b",
    re.IGNORECASE,
)
_WELL_SINCE_42 = re.compile(
    r"\b(?:sleep\w* (?:like a (?:baby|log)|fine|well|through(?: the night)?|soundly)|(?:fine"
    r"|grand|great|good|ok|okay|right as rain|good as new|all good) (?:now|since|these days"
    r"|ever since)|(?:no|not a) (?:bother|problem|peep|twinge) since|not had it since"
    r"|never (?:came|come) back)\b",
    re.IGNORECASE,
)
_NET_GUARD_42 = re.compile(
    r"\b(?:still|again|worse|(?:came|come|coming|is|it's|its) back|returned|today|tonight"
    r"|yesterday|this (?:week|morning)|last night|right now|at the moment|numb\w*|tingl\w*"
    r"|pins|weak\w*|legs?|foot|feet|groin|saddle|bladder|bowel\w*|pee|wee|poo|toilet|chest"
    r"|breath\w*|fever\w*|temperature|sweat\w*|fall|fell|fallen|faint\w*|dizz\w*|weight"
    r"|sharp|shoot\w*|stab\w*|burn\w*|can'?t|cannot|couldn'?t|won'?t|unbearable|agony|severe"
    r"|cancer|face|speech|arms?)\b",
    re.IGNORECASE,
)
_DIAGNOSIS_42 = re.compile(
    r"\b(?:is (?:it|this|that)|could (?:it|this|that) be|might (?:it|this) be|would (?:it|this)"
    r" be|do you think (?:it'?s|it is|this is|i'?ve got|i have)|sounds? like|reckon (?:it'?s|it"
    r" is)|is it maybe|any chance (?:it'?s|it is))\s+(?:a |an |my |just )?(?:slipped|bulging"
    r"|herniated|prolapsed|ruptured|trapped|pinched|pulled|torn) (?:disc|disk|nerve|muscle)"
    r"(?:\W+(?:do you think|d'?you reckon|you reckon|or what|or not|maybe))?",
    re.IGNORECASE,
)
_ORDINARY_42 = re.compile(
    r"\b(?:stiff\w*|sore\w*|ach\w*|tight\w*|niggl\w*|twing\w*|tender)\b", re.IGNORECASE
)


def _blank_net_42(text: str) -> str:
    """Round 42's words for the net (see the patterns above)."""
    text = blanked(_NO_BODY_42, text)
    if _NET_GUARD_42.search(text):
        return text
    if _SORTED_BY_42.search(text) and _WELL_SINCE_42.search(text):
        return " " * len(text)
    if _DIAGNOSIS_42.search(text) and _ORDINARY_42.search(blanked(_DIAGNOSIS_42, text)):
        return " " * len(text)
    return text


# Round 44, for the net: a part said not sore at all ("back's not sore at all today for once",
# "legs aren't stiff one bit this morning"): the writer's good news, blanked with its part;
# never beside "but", a sign word or a word of change for the worse.
_PART_NOT_SORE_44 = re.compile(
    r"\b(?:my\s+|the\s+|me\s+)?(?:lower\s+|upper\s+)?(?:back|neck|hips?|legs?|knees?|shoulders?"
    r"|body|spine|bum|glutes)(?:'s|\s+is|\s+are|\s+was|\s+were|\s+feels|\s+felt)?(?:\s+not"
    r"|n'?t|\s+isn'?t|\s+aren'?t|\s+wasn'?t|\s+weren'?t)(?:\s+even)?(?:\s+a\s+bit)?\s+(?:sore"
    r"|achy|aching|stiff|painful|hurting|tight|twingy|bad)(?:\s+(?:at\s+all|one\s+bit|whatsoever"
    r"|in\s+the\s+slightest|for\s+once|today|this\s+morning|anymore|any\s+more))*",
    re.IGNORECASE,
)
_NOT_SORE_GUARD_44 = re.compile(
    r"\b(?:but|except|apart|other\s+than|though|tho|although|however|still|since|worse|numb\w*"
    r"|tingl\w*|weak\w*|pins|shooting|burning|can'?t|cannot|dead|gone|went|lost|new|strange"
    r"|weird|odd|funny|different)\b",
    re.IGNORECASE,
)


# Round 52: a part said to be all right after all ("but my back's actually ok today"): good news,
# blanked alone, so the rest of the message is still weighed; never with a turn after it.
_PART_OK_52 = re.compile(
    r"\b(?:my\s+|the\s+|me\s+)?(?:lower\s+|upper\s+)?(?:back|neck|hips?|legs?|knees?|shoulders?"
    r"|body|spine)(?:\s+(?:itself|themselves|as such))?"  # round 54: "the back itself is fine"
    r"(?:'s|’s|\s+is|\s+are|\s+feels|\s+seems)\s+(?:actually|honestly|really|totally"
    r"|absolutely|perfectly|surprisingly|genuinely)?\s*(?:ok|okay|fine|good|grand|alright"
    r"|all right)(?:\s+(?:today|now|at the moment|for once|this morning))?\b",
    re.IGNORECASE,
)
_PART_OK_TURN_52 = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:but|except|apart|other\s+than|though|tho|although|however|still"
    r"|until|till|ish)\b",
    re.IGNORECASE,
)


def _blank_part_ok_52(text: str) -> str:
    def keep_or_blank(match: re.Match[str]) -> str:
        if _PART_OK_TURN_52.search(text[match.end() : match.end() + 40]):
            return match.group(0)
        return " " * len(match.group(0))

    return _PART_OK_52.sub(keep_or_blank, text)


def blank_for_net(text: str) -> str:
    """Words that tell nothing of the writer's body, blanked for the safety net
    (`coach.questions.unsure`), round 40: a person called "a pain in the backside", a role
    named with "head" ("the head teacher"), someone else's temperature; round 41: an ordinary
    ache after a named job, over today."""
    if "head" in text.lower():
        text = blanked(_HEAD_ROLE_40, text)
    if "pain" in text.lower():
        text = blanked(_PAIN_IN_IDIOM_40, text)
    text = _blank_part_ok_52(text)  # round 52: "though my back is ok today, actually"
    if _OTHERS_FEVER_40.search(text) and not _FEVER_OWN_40.search(_OTHERS_FEVER_40.sub(" ", text)):
        text = blanked(_OTHERS_FEVER_40, text)
    if (
        _JOB_ACHE_41.search(text)
        and _ACHE_OVER_41.search(text)
        and not _ACHE_GUARD_41.search(blanked(_ACHE_OVER_41, text))
    ):
        # round 41: an ordinary ache after a named job, over today
        text = blanked(_JOB_ACHE_41, text)
    if _PART_NOT_SORE_44.search(text) and not _NOT_SORE_GUARD_44.search(text):
        # round 44: "back's not sore at all today for once": good news of a part
        text = blanked(_PART_NOT_SORE_44, text)
    if _SWEAT_45.search(text) and _HOT_EFFORT_45.search(text) and not _SWEAT_GUARD_45.search(text):
        # round 45: sweating from a workout or a hot room, said to be just that
        text = blanked(_SWEAT_45, text)
    return _blank_net_53(_blank_net_51(_blank_net_42(_blank_net_47(text))))


# Round 47, for the net. Legs wobbly or like jelly after a morning's hauling, told as tiredness
# ("legs like jelly from lugging sacks all day, just shattered"); shaky or sweaty from a missed
# meal and fine after eating; "fever pitch" and a voice gone from shouting at a match or a gig.
# Never numb, tingling, giving way, a fall, one side, since, not going or worse.
_WOBBLY_47 = re.compile(
    r"\b(?:legs?|knees?)(?: (?:are|is|s|were|was|feel|felt|gone|went|a bit|bit|all|proper))*"
    r" (?:wobbly|jelly|like jelly|shaky|trembly|wobbling|shaking|heavy|tired|dead tired)\b"
    r"|\b(?:wobbly|jelly|shaky|trembly) (?:legs?|knees?)\b",
    re.IGNORECASE,
)
_HAULING_47 = re.compile(
    r"\b(?:humping|hauling|lugging|carrying|lifting|shifting|heaving|moving|stacking|loading"
    r"|unloading|digging|shovelling|shoveling|mucking out|walking|hiking|climbing|cycling"
    r"|running|dancing|gardening|labouring)\b(?: [\w']+){0,6}? (?:all (?:morning|day|afternoon"
    r"|week|weekend|shift)|for hours|since \d+|up the \w+|\d+ hours)\b",
    re.IGNORECASE,
)
_TIRED_47 = re.compile(
    r"\b(?:knackered|shattered|exhausted|tired|worn out|done in|cream crackered|wiped out"
    r"|pooped|whacked|bushed|spent|beat)\b",
    re.IGNORECASE,
)
_MEAL_MISSED_47 = re.compile(
    r"\b(?:skipped|missed|forgot|forgotten|no time for|didn t have|did not have|didnt have"
    r"|hadn t had|had not had|not had) (?:my |a |the |any )?(?:lunch|breakfast|dinner|tea"
    r"|a meal|meals|food|anything to eat|my dinner)\b",
    re.IGNORECASE,
)
_ATE_FINE_47 = re.compile(
    r"\b(?:had|ate|eaten|grabbed|wolfed) (?:a |an |some |my |me )?(?:\w+ )?(?:sandwich|sarnie"
    r"|butty|banana|biscuit\w*|snack|bite|something|food|lunch|meal|chocolate|crisps|toast"
    r"|apple|roll|pasty|sausage roll)\b(?: [\w']+){0,6}? (?:fine|grand|ok|okay|better|good"
    r"|right as rain|back to normal|sorted)\b",
    re.IGNORECASE,
)
_SHAKY_47 = re.compile(
    r"\b(?:shaky|shaking|trembly|sweaty|sweating|clammy|light headed|lightheaded|wobbly|dizzy"
    r"|woozy|faint|funny|weak)\b",
    re.IGNORECASE,
)
_FEVER_PITCH_47 = re.compile(
    r"\bfever pitch\b|\b(?:my )?voice(?: is| s| has| was)? (?:gone|went|shot|hoarse|croaky"
    r"|lost)\b|\b(?:from|after) (?:all the )?"
    r"(?:shouting|cheering|singing|screaming|yelling|chanting)\b",
    re.IGNORECASE,
)
_LOUD_DO_47 = re.compile(
    r"\b(?:shout\w*|cheer\w*|sing\w*|scream\w*|yell\w*|chant\w*|match|final|game|gig"
    r"|concert|darts|crowd|atmosphere|karaoke|football|rugby|stadium|terraces)\b",
    re.IGNORECASE,
)
_NET_GUARD_47 = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|gave way|give way|giving way|buckl\w*|fell|fall\w*"
    r"|one side|left side|right side|since (?:yesterday|last|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|the)|not going|won t go|wont go|worse|chest|breath\w*|faint(?:ed"
    r"|ing)|passed out|blacked|still (?:shaky|sweaty|wobbly|weak|dizzy|numb|faint|trembly)"
    r"|slurr\w*|face|vision|days)\b",
    re.IGNORECASE,
)


def _blank_net_47(text: str) -> str:
    if _NET_GUARD_47.search(text):
        return text
    if _WOBBLY_47.search(text) and _HAULING_47.search(text) and _TIRED_47.search(text):
        text = blanked(_WOBBLY_47, text)
    if _MEAL_MISSED_47.search(text) and _ATE_FINE_47.search(text):
        text = blanked(_SHAKY_47, text)
    if "fever pitch" in text.lower() or _LOUD_DO_47.search(text):
        text = blanked(_FEVER_PITCH_47, text)
    return text


# Round 45, for the net: sweating told with the effort or the heat that explains it ("sweating
# buckets, just because I've swum 40 lengths and the changing room is a sauna"); never a cold or
# night sweat, nor beside the chest, an arm, the jaw, a faint, breathlessness or no cause at all.
_SWEAT_45 = re.compile(r"\b(?:sweat\w*|drenched|dripping|soaked|perspir\w*)\b", re.IGNORECASE)
_HOT_EFFORT_45 = re.compile(
    r"\b(?:because|cos|coz|cause|from|after|since|due to|thanks to|it s|its|it's|that s|that's"
    r"|just) (?:[\w']+ ){0,8}?(?:lengths|laps|swim\w*|run|running|ran|workout|class|session"
    r"|training|gym|spin|hiit|sauna|steam room|hot|heat|heatwave|humid\w*|sun|boiling|roasting"
    r"|baking|stuffy|tropical|radiators?|heating)\b",
    re.IGNORECASE,
)
_SWEAT_GUARD_45 = re.compile(
    r"\b(?:cold sweat\w*|clammy|night sweats?|at night|in bed|in my sleep|woke|waking|chest|arms?"
    r"|jaw|faint\w*|dizz\w*|light ?headed|breath\w*|sick|nause\w*|pale|grey|gray|fever\w*"
    r"|temperature|shiver\w*|weight|for no reason|no reason|out of nowhere|at rest|sitting still"
    r"|resting|pounding|racing|palpitation\w*)\b",
    re.IGNORECASE,
)


def _blank_round40(text: str) -> str:
    """Round 40: the move's own words, a formal denial, a group member's sign told by their
    coach or leader, a thing's part or weakness, "a pain in the backside", someone else's
    temperature (see the patterns above)."""
    if _MOVE_DRAG_40.search(text):
        text = _SENTENCE.sub(
            lambda m: (
                blanked(_MOVE_DRAG_40, m.group())
                if not _MOVE_DRAG_GUARD_40.search(_MOVE_DRAG_40.sub(" ", m.group()))
                else m.group()
            ),
            text,
        )
    if _FORMAL_DENIAL_40.search(text):
        text = _SENTENCE.sub(
            lambda m: (
                blanked(_FORMAL_DENIAL_40, m.group())
                if not _DENIAL_TURN_40.search(_FORMAL_DENIAL_40.sub(" ", m.group()))
                else m.group()
            ),
            text,
        )
    if _GROUP_MEMBER_40.search(text) and not _GROUP_OWN_40.search(text):

        def member(match: re.Match[str]) -> str:
            if _WRITER_IN_CLAUSE.search(match.group("rest")):
                return match.group()
            return " " * len(match.group())

        text = _GROUP_MEMBER_40.sub(member, text)
    if "pain" in text.lower():
        text = blanked(_PAIN_IN_IDIOM_40, text)

    def part_of(match: re.Match[str]) -> str:
        two = match.groupdict().get("part2") is not None
        part, mods, thing = ("part2", "mods2", "thing2") if two else ("part", "mods", "thing")
        owner = (match.group(mods) + " " + match.group(thing)).replace("’", "'").split()
        owner = [word.lower().removesuffix("'s").strip("'-") for word in owner]
        if (
            match.group(thing)[:1].isupper()
            or not all(word.isalpha() for word in owner)
            or any(word in _PART_OWNERS_40 or word.rstrip("s") in _PART_OWNERS_40 for word in owner)
        ):
            return match.group()
        start = match.start(part) - match.start()
        end = match.end(part) - match.start()
        return match.group()[:start] + " " * (end - start) + match.group()[end:]

    text = _PART_OF_THING_40.sub(part_of, text)
    text = _THING_OWNS_PART_40.sub(part_of, text)
    if "weak" in text.lower():

        def bare_weak(match: re.Match[str]) -> str:
            subject = match.group("subject").split()
            if not all(_is_thing(word.lower()) for word in subject):
                return match.group()
            start = match.start("word") - match.start()
            end = match.end("word") - match.start()
            return match.group()[:start] + " " * (end - start) + match.group()[end:]

        text = _BARE_THING_WEAK_40.sub(bare_weak, text)
    if _OTHERS_FEVER_40.search(text) and not _FEVER_OWN_40.search(_OTHERS_FEVER_40.sub(" ", text)):
        text = blanked(_OTHERS_FEVER_40, text)
    return text


# Round 41 (h41's false alarms). An illness someone else has, feared or dodged by the writer
# ("praying I don't catch it before my exams", "trying not to catch whatever she's got"): the
# catching of an illness, never a catch in the back; only after a word of not wanting it.
_CATCH_ILLNESS_41 = re.compile(
    r"\b(?:don'?t|don’t|do not|dont|not|never|won'?t|won’t|avoid\w*|without|dodg\w*|escap\w*"
    r"|hope to not|hoping to not)\s+(?:\w+\s+){0,2}?catch(?:ing)?\s+(?:it|that|this|the bug|a bug"
    r"|the lurgy|the lurgey|whatever (?:\w+\s*)?(?:has|have|'s|’s|s|is|got)(?: got)?|his \w+"
    r"|her \w+|their \w+|a cold|the flu|flu|covid|the virus|anything|what (?:\w+ )?(?:has|'s|’s"
    r"|s|is)(?: got)?|the same)\b",
    re.IGNORECASE,
)
# A word of the weather in another sense ("the wind is sharp this morning", "a sharp frost"):
# the phrase alone, never a sharpness felt in a place ("sharp in my chest").
_WEATHER_41 = (
    r"(?:wind|winds|breeze|air|frost|frosts|cold|chill|weather|easterly|northerly|gusts?"
    r"|morning air|night air|cold snap|snap|wind chill)"
)
_WEATHER_SHARP_41 = re.compile(
    r"\b(?:the\s+)?" + _WEATHER_41 + r"(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+feels|\s+felt"
    r"|\s+s)?\s+(?:so\s+|really\s+|very\s+|pretty\s+|proper\s+|a bit\s+|bit\s+|quite\s+"
    r"|bloody\s+|rather\s+|that\s+|well\s+)?(?:sharp|bitter|biting)\b"
    r"(?!\s+(?:in|on|through|into|down|across|up|under|behind|at)\s+(?:my|me|both|his|her|our)\b)"
    r"|\b(?:sharp|bitter|biting)\s+(?:(?:and|,)\s+\w+\s+)?" + _WEATHER_41 + r"\b",
    re.IGNORECASE,
)


# ...and "crack on", carrying on ("the GP said crack on"), never a crack heard or felt.
_CRACK_ON_41 = re.compile(
    r"(?<!a )(?<!the )(?<!loud )(?<!big )(?<!heard )(?<!felt )\b(?:crack|cracking) on"
    r"(?: with (?:it|that|this|the \w+|my \w+))?\b"
    r"(?!\s+(?:the|my|a|each|every|one|both|his|her)\b)",
    re.IGNORECASE,
)


def _blank_round41(text: str) -> str:
    """Round 41: an illness feared or dodged ("praying I don't catch it"), the weather's
    sharpness ("the wind is sharp"), "crack on"; each blanks only its own words."""
    lowered = text.lower()
    if "crack" in lowered:
        text = blanked(_CRACK_ON_41, text)
    if "catch" in lowered:
        text = blanked(_CATCH_ILLNESS_41, text)
    if "sharp" in lowered or "bitter" in lowered or "biting" in lowered:
        text = blanked(_WEATHER_SHARP_41, text)
    return text


# Round 42 (h42's false alarms). Each blanks only its own words, on the text as typed.
# A circuit that trips ("the power tripped", "the breaker keeps tripping", "tripped the fuse"):
# the electrics, never a trip over anything;
_POWER_TRIP_42 = re.compile(
    r"\b(?:(?:the\s+)?(?:power|electrics?|electricity|fuses?|fuse\s+box|breakers?|circuit"
    r"(?:\s+breaker)?s?|trip\s+switch(?:es)?|rcd|mains|lights|amps?|pa(?:\s+system)?|sound"
    r"\s+system|desk|lighting\s+rig|rig|socket|switch)\s+(?:has\s+|had\s+|have\s+|just\s+|keeps?"
    r"\s+|kept\s+|must\s+have\s+|went\s+and\s+)?(?:tripped|trips|tripping|trip)"
    r"|(?:tripped|tripping|trip|trips)\s+(?:the\s+)?(?:power|electrics?|fuses?|breakers?"
    r"|circuit(?:\s+breaker)?s?|trip\s+switch|rcd|mains|switch)|trip\s+switch(?:es)?)\b"
    r"(?!\s+(?:over|up|on\s+(?:the|a|my)\s+(?:stairs?|steps?|kerb|curb|cable|rug|mat)"
    r"|and\s+(?:fell|landed|went\s+flying)))",
    re.IGNORECASE,
)
# a wait or a queue called agony or torture ("this queue is agony", "20 minutes on hold, this is
# agony"), only with no body part named anywhere (see `_blank_round42`);
_WAIT_WORDS_42 = re.compile(
    r"\b(?:queues?|queuing|queueing|wait|waits|waiting|waited|on\s+hold|hold\s+music|ticket"
    r"|traffic|tailback|delay\w*|late|loading|buffering|(?:has|have|hasn'?t|haven'?t|has\s+not"
    r"|have\s+not|not)\s+moved|minutes?|mins|hours?|hrs|ages|forever|slow\w*|dragging\s+on"
    r"|appointment\s+running\s+late)\b",
    re.IGNORECASE,
)
_AGONY_42 = re.compile(
    r"\b(?:(?:this|it|that|(?:the|this|that)\s+(?:wait|queue|traffic|hold\s+music|delay)"
    r"(?:\s+(?!(?:my|me|i)\b)\w+){0,5}?|waiting)\s*(?:is|'s|’s|was|s)"
    r"\s+(?:absolute\s+|pure\s+|sheer\s+|total\s+|actual\s+|utter\s+|such\s+)?(?:agony|torture"
    r"|torment|painful|killing\s+me)|(?:pure|sheer|absolute|utter|total)\s+(?:agony|torture))\b",
    re.IGNORECASE,
)
_AGONY_BODY_42 = re.compile(
    r"\b(?:my|me|i'?m|i\s+am|i\s+feel)\b[^.?!]{0,30}?\b(?:back|spine|legs?|foot|feet|knees?|hips?"
    r"|bum|groin|chest|neck|arms?|hands?|head|stomach|tummy|hurts?|hurting|pain\w*|aching"
    r"|sore|numb\w*|tingl\w*|weak)\b|\b(?:back|spine|legs?|foot|feet|knees?|hips?|chest|neck)"
    r"\b",
    re.IGNORECASE,
)
# someone whose trade names a sign's word ("an electrician", "the electricians"): a person;
# and a chest of drawers, furniture.
_TRADE_42 = re.compile(
    r"\b(?:electricians?|chests?\s+of\s+drawers)\b",
    re.IGNORECASE,
)


# a schedule that runs over ("meetings run over most days", "rehearsal ran over"): never
# someone run over, nor a thing that ran over a foot;
_SCHEDULE_OVER_42 = re.compile(
    r"\b(?:meetings?|rehearsals?|classes|class|lessons?|lectures?|shifts?|practices?|practice"
    r"|sessions?|appointments?|clinics?|surgery|school|work|the day|days|things|matches|games"
    r"|training|calls?|the show|shows|gigs?|services?)\s+(?:always\s+|often\s+|usually\s+"
    r"|tend\s+to\s+|keep\s+|kept\s+|sometimes\s+)?(?:run|runs|ran|running)\s+over\b"
    r"(?!\s+(?:my|me|him|her|them|us|his|someone|a\s+(?:man|woman|person|child|kid|dog|cat)))",
    re.IGNORECASE,
)
# "both" said of the hands ("both hands tingling from the grinder"): never of the legs or feet.
_BOTH_HANDS_42 = re.compile(
    r"\bboth(?=\s+(?:my\s+|of\s+my\s+)?(?:hands|palms|thumbs|wrists)\b"
    r"(?!\s+(?:and|or|&|plus)\s+(?:my\s+|both\s+)?(?:feet|legs|foot|toes)))",
    re.IGNORECASE,
)


# A grinder, the tool ("the angle grinder"): its grind is no joint's (only where the hands'
# own signs are weighed, see `_hand_signs_42`).
_GRINDER_42 = re.compile(r"\b(?:angle |bench |stump |floor )?grinders?\b")


def _hand_signs_42(signs: tuple[str, ...], clauses: list[str], whole: str) -> set[str]:
    """Round 42: the signs, a grinder's "popped" left out when the tool alone gave it."""
    found = set(signs)
    if (
        "popped" in found
        and _has(_GRINDER_42, whole)
        and "popped" not in _assess(_blank(" ".join(clauses), _GRINDER_42)).signs
    ):
        found.discard("popped")
    return found


# Round 43 (found while probing). Each blanks only its own words, on the text as typed.
# Nerves that make words come out wrong ("my words came out all wrong in the interview, I was so
# nervous"): the words set aside only with the nerves named and no other sign of a stroke (never
# slurred, a face, an arm or a side, nor told as still, again or out of nowhere);
_NERVES_43 = re.compile(
    r"\b(?:nerves|nervous\w*|nervy|anxious|anxiety|jitters|jittery|flustered|stage\s+fright"
    r"|panicky|panicked|panicking|tongue[\s-]+tied|starstruck|star\s+struck|butterflies)\b",
    re.IGNORECASE,
)
_WRONG_WORDS_43 = re.compile(
    r"\b(?:words?|speech|sentences?)(?:\s+\S+){0,5}?\s+(?:scrambl\w*|jumbl\w*|garbl\w*|wrong"
    r"|muddl\w*|mixed\s+up|all\s+over\s+the\s+place|back\s+to\s+front|nonsense|gibberish)\b",
    re.IGNORECASE,
)
_NERVES_GUARD_43 = re.compile(
    r"\b(?:slurr\w*|face|facial|droop\w*|arms?|hands?|side|numb\w*|weak\w*|vision|blurr\w*"
    r"|headache|sudden\w*|out\s+of\s+nowhere|for\s+no\s+reason|still|since|again|keeps?|right"
    r"\s+now|confus\w*|dizz\w*|can'?t\s+(?:speak|talk|smile)|cannot|lopsided|lips?|mouth)\b",
    re.IGNORECASE,
)
# a step or a fall done on purpose for a stretch ("I slipped my foot off the step on purpose to
# stretch my calf"): never with a landing, a knock, a pain or "by accident";
_ON_PURPOSE_43 = r"(?:on\s+purpose|deliberately|intentionally|purposely|purposefully|by\s+design)"
_PURPOSE_FALL_43 = re.compile(
    r"\b(?:slipped|slip|slips|slid|slide|dropped|drop|drops|stepped|step|let|fell|fall|falls"
    r"|lowered|tipped|tip|rolled|flopped)\b[^.?!,;]{0,60}?\b" + _ON_PURPOSE_43 + r"\b"
    r"|\b" + _ON_PURPOSE_43 + r"\b[^.?!,;]{0,60}",
    re.IGNORECASE,
)
_STRETCH_43 = re.compile(r"\b(?:stretch\w*|calf\s+raises?|heel\s+drops?)\b", re.IGNORECASE)
_PURPOSE_GUARD_43 = re.compile(
    r"\b(?:land\w*|hit|hurt\w*|bang\w*|smack\w*|bash\w*|crack\w*|whack\w*|went\s+flying"
    r"|by\s+accident|accident\w*|actually\s+(?:fell|slipped)|lost\s+my\s+(?:balance|footing)"
    r"|pain\w*|agony|numb\w*|tingl\w*|onto\s+my|on\s+my\s+(?:back|bum|head|side)|twisted"
    r"|sprain\w*|fell\s+(?:down|over|off)|knocked|stairs|ladder|concuss\w*)\b",
    re.IGNORECASE,
)
# a phone or a watch buzzing during the twist ("my phone buzzing in my pocket made my leg
# tingle"): the tingle set aside only with the device named buzzing and no tingle told down a
# leg, in both, numb, weak, still or since;
_DEVICE_BUZZ_43 = re.compile(
    r"\b(?:phones?|mobile|smartwatch|watch|fitbit|tracker|pager)\b(?:\s+\S+){0,5}?\s+(?:buzz\w*"
    r"|vibrat\w*)\b|\b(?:buzz\w*|vibrat\w*)\s+(?:of|from)\s+(?:my|the|me)\s+(?:phone|mobile"
    r"|smartwatch|watch|fitbit|tracker)\b",
    re.IGNORECASE,
)
_TINGLE_43 = re.compile(r"\b(?:tingl\w*)\b", re.IGNORECASE)
_DEVICE_GUARD_43 = re.compile(
    r"\b(?:numb\w*|weak\w*|down\s+(?:my|the|one|both|me|to)|both|legs|groin|saddle|bum"
    r"|privates|genitals|since|still|keeps?|kept|won'?t|hasn'?t|not\s+(?:gone|stopped|gone\s+away)"
    r"|shooting|spread\w*|burning|again|all\s+day|hours|days|every\s+time|face|arm|lips?"
    r"|not\s+(?:just\s+)?(?:the|my)\s+(?:phone|watch)|wasn'?t\s+(?:the|my|just))\b",
    re.IGNORECASE,
)
# cold weather making fingers or toes tingle ("the cold weather makes my fingers tingle in the
# mornings"): the tingle set aside only with the cold told, the hands' or feet's ends named and
# nothing else of a sign (never the feet or legs, numb, weak, new, worse, still, since,
# spreading: "my toes tingle when my feet are cold" is asked);
_COLD_43 = re.compile(
    r"\b(?:cold|chilly|freezing|frost\w*|icy|snow\w*|wintry|winter|frozen|sub[\s-]?zero"
    r"|below\s+zero)\b",
    re.IGNORECASE,
)
_COLD_ILLNESS_43 = re.compile(
    r"\b(?:a|my|head|chest|bad|nasty|heavy|streaming|stinking|this)\s+cold\b(?!\s+(?:mornings?"
    r"|days?|weather|snaps?|spells?|winds?|nights?|walks?|starts?|air|out|outside|bus\s+stop))"
    r"|\bcold\s+(?:sores?|sweats?|symptoms|virus)\b",
    re.IGNORECASE,
)
_COLD_ENDS_43 = re.compile(
    r"\b(?:fingers?|fingertips?|finger\s+tips|toes?|tips\s+of\s+my\s+(?:fingers|toes))\b",
    re.IGNORECASE,
)
_COLD_TINGLE_GUARD_43 = re.compile(
    r"\b(?:new|newly|lately|recently|worse\w*|spread\w*|legs?|thighs?|calf|calves|groin|bum"
    r"|butt\w*|saddle|bladder|bowel\w*|weak\w*|drag\w*|still|since|started|starting|numb\w*"
    r"|feet|foot|shooting|down\s+(?:my|the|one|both|me)|one\s+side|face|arms?|lips?|my\s+back|burning"
    r"|even\s+(?:indoors|inside|when\s+(?:it'?s\s+)?warm)|all\s+day|summer|heat|hot"
    r"|won'?t|hasn'?t|doesn'?t\s+(?:go|stop|ease))\b",
    re.IGNORECASE,
)

# A guess at the cause ("from the cold I think", "maybe my phone") is asked, never set aside.
_GUESS_43 = re.compile(
    r"\b(?:i\s+think|i\s+guess|i\s+reckon|maybe|probably|perhaps|not\s+sure|might\s+(?:be|have)"
    r"|could\s+(?:be|have)|must\s+(?:be|have)|hopefully)\b",
    re.IGNORECASE,
)


# Round 44 (h44's false alarms). Each blanks only its own words, on the text as typed.
# A word the writer corrects at once ("bowel of soup ruined, I mean bowl", "*bowl", "meant to
# type bowl"): the mistyped word is set aside when the correction is a near spelling of it and
# not the same word; never a correction that names a sign itself.
_CORRECTED_44 = re.compile(
    r"(?:\b(?:i\s+mean|i\s+meant|meant\s+to\s+(?:say|type|write|put)|meaning|sorry|oops|typo"
    r"|autocorrect(?:ed)?|auto\s+correct(?:ed)?|spell\s*check)\W{0,3}\s*|(?:^|\s)\*\s*)"
    # the correction ends its clause ("I mean bowl", "*bowl lol"), never "sorry for the long
    # message"
    r"([a-z]{3,})\b(?=\s*(?:[.!?,;:)]|$|\s(?:lol|haha\w*|oops|sorry|x+|not\s+\w+)\b))",
    re.IGNORECASE,
)
_WORD_44 = re.compile(r"[a-z]{3,}", re.IGNORECASE)
# ...never a word told as the writer's own or a function lost ("can't control my bowel, I mean")
_CORRECTED_GUARD_44 = re.compile(
    r"\b(?:my|me|i|control\w*|lost|losing|lose|hold|held|leak\w*|can'?t|cannot|couldn'?t"
    r"|no|accident\w*|empty\w*|open|opened|movements?)\W*\s*(?:\S+\s+){0,1}$",
    re.IGNORECASE,
)
# a thing that lost power ("the fridge lost power overnight", "the tills lost power"): never
# with a body part, nor the writer's own power;
_THING_POWER_44 = re.compile(
    r"\b(?:fridges?|freezers?|ovens?|microwaves?|kettles?|tills?|checkouts?|machines?|laptops?"
    r"|computers?|phones?|batter(?:y|ies)|routers?|wifi|lights?|shop|store|building|kitchen|house"
    r"|flat|street|estate|van|car|scooter|e-?bikes?|lifts?|escalators?|boiler|heating|servers?"
    r"|tablets?|tv|telly|radio|speakers?|dishwashers?|coffee\s+machine|cooler|chiller|warehouse"
    r"|restaurant|cafe|pub|bar|hotel|site|office|school)\b(?:\s+\S+){0,4}?\s+(?:lost|losing"
    r"|loses)\s+(?:all\s+)?(?:its\s+|their\s+|the\s+)?power\b",
    re.IGNORECASE,
)
_THING_POWER_GUARD_44 = re.compile(
    r"\b(?:legs?|arms?|hands?|grip|side|body|muscles?|knees?|feet|foot|i|me|my\s+(?:legs?|arms?"
    r"|body|strength))\s+(?:\S+\s+){0,3}?(?:lost|losing|loses|weak\w*|no\s+power)\b",
    re.IGNORECASE,
)


def _blank_corrected_44(text: str) -> str:
    """A word the writer corrected at once: the nearest word before the correction that is a near
    spelling of it (one or two letters apart), never the same word."""
    for match in _CORRECTED_44.finditer(text):
        meant = match.group(1).lower()
        before = list(_WORD_44.finditer(text, 0, match.start()))
        for word in reversed(before):
            typed = word.group().lower()
            if typed == meant or typed[0] != meant[0]:
                continue
            if (
                edit_distance(typed, meant, 2) <= 2
                and len(typed) >= 4
                and not _CORRECTED_GUARD_44.search(text[max(0, word.start() - 30) : word.start()])
            ):
                text = text[: word.start()] + " " * len(typed) + text[word.end() :]
                break
    return text


# Round 45 (h44's classes). A thing that popped or burst (a pipe, a tyre, a balloon, the wave
# machine): the thing's words only, never a body part in between ("the tyre and my back popped").
_THING_45 = (
    r"(?:pipes?|pipework|hose(?:pipe)?s?|tyres?|tires?|inner tubes?|balloons?|bubbles?|bubble wrap"
    r"|wave machine|machine|pump|corks?|fuses?|(?:light )?bulbs?|buttons?|zips?|seams?|popcorn"
    r"|toaster|air ?beds?|lilo|inflatables?|paddling pool|float|ball|football|radiator|boiler"
    r"|kettle|champagne|prosecco|bottle|crisp packet|bag)"
)
_THING_POP_45 = re.compile(
    r"\b" + _THING_45 + r"(?:'s)?(?:\s+(?!(?:back|neck|hips?|knees?|shoulders?|spine|joints?|ribs?"
    r"|discs?|ankles?|jaw|something|and|but|my|me|i)\b)[\w']+){0,2}?\s+(?:(?:has|have|had|s|just"
    r"|finally|gone|went|all|then)\s+){0,3}(?:popped|burst|went pop|gone pop|pops|popping)\b"
    r"|\b(?:popped|burst|pops|popping) (?:a|the|my|our|his|her|their|some|all the|another)"
    r" (?:\w+ )?" + _THING_45 + r"\b",
    re.IGNORECASE,
)
# A tingle (or a numb hand) from how the writer holds or leans on something, gone when they
# shift: a posture cause that resolves. Never a leg, the face, both sides, weakness, a tingle
# that stays or comes back, or one told as new or spreading.
_HOLD_CAUSE_45 = re.compile(
    r"\b(?:(?:the way|how) (?:i|im|i m|i am) (?:\w+ )?(?:hold|holding|carry|carrying|cradle"
    r"|cradling|lean|leaning|rest|resting|prop|propping|grip|gripping|feed|feeding|sleep|lie|lying"
    r"|sit|sitting)|(?:from|after|with|by|when|while|whilst) (?:\w+ ){0,2}?(?:holding|carrying"
    r"|cradling|leaning on|lying on|resting (?:on|it on|my \w+ on)|gripping|propping|clutching"
    r"|scrolling|on the phone))\b",
    re.IGNORECASE,
)
_SHIFT_GOES_45 = re.compile(
    r"\b(?:goes|go|went|stops|stopped|eases|eased|disappears|disappeared|wears off|wore off"
    r"|fades|faded|passes|passed|gone|settles|settled|clears|cleared)(?: away| off)? (?:\w+ ){0,3}?"
    r"(?:as soon as|the moment|the minute|the second|straight after|when|once|if|after) (?:i|we)"
    r" (?:\w+ )?(?:shift|shifted|move|moved|swap|swapped|change|changed|put|adjust|adjusted"
    r"|readjust\w*|reposition\w*|switch|switched|let go|shake|shook|stretch|stretched|lift"
    r"|lifted)\b"
    r"|\b(?:shift|shifted|move|moved|swap|swapped|switch|switched|put (?:her|him|it|them|the \w+)"
    r" down|change (?:position|sides|arms)) (?:\w+ ){0,3}?(?:and|then) (?:it|the tingl\w*|they"
    r"|that) (?:\w+ )?(?:goes|go|stops|eases|is gone|s gone|disappears|wears off|fades|passes)\b",
    re.IGNORECASE,
)
_HOLD_PART_45 = re.compile(
    r"\b(?:arms?|hands?|fingers?|wrists?|elbows?|forearms?|thumbs?|little finger|pinky)\b",
    re.IGNORECASE,
)
_HOLD_GUARD_45 = re.compile(
    r"\b(?:still(?! (?:do|doing|ok|okay|safe|be|able|fine|allowed|go|use|try|want)\b)|stays?"
    r"|stayed|staying|does not|doesn[' ]?t|didn[' ]?t|did not|won[' ]?t|will not|isn[' ]?t"
    r"|hasn[' ]?t|not"
    r"|never (?:goes|go|went)|not going|constant\w*|all the time|all day|comes? back|came back"
    r"|back again|new(?! (?:baby|born|mum|mom|dad|parents?|job|phone|bag)\b)|since|face|lips?"
    r"|tongue|mouth|legs?|feet|foot|toes?|both|chest|jaw|weak\w*|drop\w*|grip|slur\w*"
    r"|spread\w*|worse|worsening|sudden\w*)\b",
    re.IGNORECASE,
)
_HOLD_TINGLE_45 = re.compile(
    r"\b(?:tingl\w*|pins and needles|pins n needles|numb\w*|fizz\w*|prickl\w*|goes to sleep"
    r"|gone to sleep|falls asleep|asleep)\b",
    re.IGNORECASE,
)
# "last night's session", "the class last night": the time of the session, not pain at night
_SESSION_45 = (
    r"(?:session|class|workout|swim|yoga|pilates|practice|training|run|twist|stretch\w*|routine"
    r"|game|match|lesson|gym|set|reps|exercises?)"
)
_LAST_NIGHT_45 = re.compile(
    r"\blast night(?:'s| s)?(?= (?:\w+ )?" + _SESSION_45 + r"\b)"
    r"|(?<=\b" + "session" + r" )last night\b"
    r"|\b(?<=" + "class" + r" )last night\b",
    re.IGNORECASE,
)


def _blank_round45(text: str) -> str:
    """Round 45: a thing that popped, a hand's tingle from a hold that goes with a shift, "last
    night's session" as a time; each blanks only its own words."""
    lowered = text.lower()
    if "pop" in lowered or "burst" in lowered:
        text = blanked(_THING_POP_45, text)
    if (
        _HOLD_CAUSE_45.search(text)
        and _SHIFT_GOES_45.search(text)
        and _HOLD_PART_45.search(text)
        and not _HOLD_GUARD_45.search(blanked(_SHIFT_GOES_45, text))
    ):
        text = blanked(_HOLD_TINGLE_45, text)
    if "last night" in lowered:
        text = blanked(_LAST_NIGHT_45, text)
    if (
        _BIRTH_LEAK_45.search(text)
        and _LEAK_TREATED_45.search(text)
        and _LONG_AGO_45.search(text)
        and _NONE_NOW_45.search(text)
        and not _LEAK_GUARD_45.search(blanked(_NONE_NOW_45, text))
    ):
        text = blanked(_LEAK_WORDS_45, text)
    if (
        _BIRTH_LEAK_45.search(text)
        and _LEAK_TREATED_45.search(text)
        and _BABY_AGE_54.search(text)
        and len(_LEAK_ONLY_54.findall(text)) == 1
        and not _LEAK_GUARD_45.search(text)
        and not _LEAK_GUARD_54.search(text)
    ):
        # round 54: a leak in the weeks after a birth that treatment sorted, the baby's age
        # told ("baby's one now"): the past, over
        text = blanked(_LEAK_WORDS_45, text)
    if _BOT_RULE_ASKED_45.search(text):
        text = blanked(_BOT_RULE_ASKED_45, text)
    return text


# Round 54: the child's age since the birth ("baby's one now", "my son is two", "the twins are
# 18 months"), which dates a leak after it as the past.
_BABY_AGE_54 = re.compile(
    r"\b(?:baby|babies|son|daughter|twins|little one|kid|toddler|she|he|they)(?:['’]s| is| s"
    r"| are|['’]re| turned| turns| has turned| just turned)(?: now| nearly| almost| just| over)?"
    r" (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a year|(?:\d+|eighteen|fifteen"
    r"|twelve|ten|nine) months?)(?: (?:now|old|years? old|months? old|already))?\b",
    re.IGNORECASE,
)
_LEAK_ONLY_54 = re.compile(r"\b(?:leak\w*|incontinen\w*|wet (?:myself|me))\b", re.IGNORECASE)
_LEAK_GUARD_54 = re.compile(
    r"\b(?:pee|pees|peed|peeing|wee|wees|weed|weeing|toilet|loo|accidents?|control|hold it"
    r"|dribbl\w*|wet|but now|since then"
    r"|ever since|on and off|sometimes|occasionally|when i)\b",
    re.IGNORECASE,
)


# Round 46 (h45's classes). Slang for a good time said of a thing or an event ("that gig was
# sick", "a sick riff", "the set was well sick"): the word only; never a person or a part, never
# beside feeling, being or throwing up sick, a bug, a fever or a word of illness.
_SLANG_THING_46 = (
    r"(?:gig|gigs|show|set|party|night out|festival|tune|track|song|riff|solo|beat|drop|crowd"
    r"|match|game|goal|trick|ride|jump|view|car|bike|board|skate ?park|move|skills?|fill|bass ?line"
    r"|album|mix|concert|rave|venue|trainers|kicks|jacket|outfit|fit|tattoo|goal|skill|line ?up)"
)
_SLANG_SICK_46 = re.compile(
    r"\b(?:(?:that|the|this|our|their|his|her|your|ur|my) (?:\w+ )?"
    + _SLANG_THING_46
    + r"(?:'s| s)?|that|it)(?: (?:was|is|were|are|s|looked|looks|sounded|sounds))?"
    r" (?:(?:so|well|proper|absolutely|totally|actually|pretty|literally|mega|dead|bare|lowkey"
    r"|fully) )*sick\b(?! (?:of|and tired|to death)\b)"
    r"|\b(?:so |well |proper |absolutely |totally |pretty )?sick " + _SLANG_THING_46 + r"\b",
    re.IGNORECASE,
)
_SLANG_SICK_GUARD_46 = re.compile(
    r"\b(?:feel\w*|felt|being sick|been sick|was sick (?:all|again|in|on|everywhere|twice)"
    r"|threw up|throw\w* up|vomit\w*|puk\w*|nause\w*|queasy|fever\w*|temperature|unwell|ill"
    r"|poorly|bug|flu|virus|food poisoning|shiver\w*|sweat\w*|sick (?:bug|bag|bucket|all)"
    r"|(?:i|im|i m|i am|me|he|she|they) (?:was |is |am |were |got |get )?(?:so |really |very )?"
    r"sick)\b",
    re.IGNORECASE,
)
# A rider's "seat" or position called weak by a riding instructor ("my seat is weak", "a weak
# seat at the canter"): a training word; never beside numbness, a tingle, the saddle area's
# feeling, the bladder or bowel, or legs that gave way.
_RIDING_46 = re.compile(
    r"\b(?:rid(?:e|es|ing|er|ers)|horses?|pony|ponies|dressage|canter\w*|trot\w*|gallop\w*"
    r"|equestrian|stirrups?|reins|show ?jump\w*|eventing|hacking|riding instructor)\b",
    re.IGNORECASE,
)
_WEAK_SEAT_46 = re.compile(
    r"\b(?:seat|riding position|position in the saddle|position)(?:'s| s| is| was| are| has been"
    r"| feels| felt| looks| looked)? (?:(?:a bit|quite|really|very|too|so|still|rather|pretty"
    r"|bit|kinda|weirdly) )*weak\b|\bweak (?:seat|riding position|position in the saddle)\b",
    re.IGNORECASE,
)
_WEAK_SEAT_GUARD_46 = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|no feeling|can ?not feel|can[' ]?t feel|cannot feel"
    r"|feel nothing|dead|bladder|bowel\w*|leak\w*|wet|groin|down there|privates|legs? (?:\w+ )?"
    r"(?:weak|gave|give|gone|buckl\w*)|weak (?:\w+ )?legs?|gave way|give way|giving way|buckl\w*"
    r"|fell off|fall|fallen|thrown|came off|kicked)\b",
    re.IGNORECASE,
)
# Night pain in a past tied to a time long gone ("my hips kept me up back when I was expecting,
# he's nine now and I sleep well"): the past and resolved; never with a return, a word of
# now for the pain, or another sign.
_LONG_GONE_46 = re.compile(
    r"\b(?:(?:when|while|whilst|back when) (?:i|we) (?:was|were) (?:\w+ ){0,2}?(?:pregnant"
    r"|expecting|younger|a kid|a child"
    r"|at school|at uni|at college|a student|in my (?:teens|twenties|20s|thirties|30s)|training"
    r"|nursing|breastfeeding)|(?:years|ages|decades|a long time) ago|(?:she|he|they) (?:is|s|are"
    r"|re) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|grown|grown up"
    r"|at school|at uni) (?:now|these days)?|back in (?:the day|\d{4}))\b",
    re.IGNORECASE,
)
_SLEEP_FINE_46 = re.compile(
    r"\b(?:(?:i|we) (?:\w+ )?(?:sleep|sleeping|sleeps|slept) (?:fine|well|ok|okay|great|through"
    r"(?: the night)?|like a (?:baby|log)|soundly|normally)(?: now| these days| since)?"
    r"|not (?:any ?more|since)|no longer|never (?:since|again)|(?:fine|gone|stopped|settled)"
    r" (?:ever )?since)\b",
    re.IGNORECASE,
)
_USED_TO_WAKE_46 = re.compile(
    r"(?:^|(?<=[,.;!?\n]))[^,.;!?\n]*\bused to (?:wake|keep|get|have|hurt|ache|bother|disturb"
    r"|rouse)\b[^,.;!?\n]*",
    re.IGNORECASE,
)
_NIGHT_PAST_GUARD_46 = re.compile(
    r"\b(?:again|came back|coming back|back now|started|starting|lately|recently|this (?:week"
    r"|month|morning)|last night|tonight|yesterday|worse|but|numb\w*|tingl\w*|weight|fever\w*"
    r"|sweat\w*|saddle|groin|bladder|bowel\w*|legs?|chest|cancer|still)\b",
    re.IGNORECASE,
)


def _blank_round46(text: str) -> str:
    """Round 46: slang "sick" of a thing, a rider's weak seat, night pain tied to a time long
    gone; each blanks only its own words."""
    lowered = text.lower()
    if "sick" in lowered and not _SLANG_SICK_GUARD_46.search(blanked(_SLANG_SICK_46, text)):
        text = blanked(_SLANG_SICK_46, text)
    if "weak" in lowered and _RIDING_46.search(text) and not _WEAK_SEAT_GUARD_46.search(text):
        text = blanked(_WEAK_SEAT_46, text)
    if (
        "used to" in lowered
        and _LONG_GONE_46.search(text)
        and _SLEEP_FINE_46.search(text)
        and not _NIGHT_PAST_GUARD_46.search(blanked(_SLEEP_FINE_46, blanked(_LONG_GONE_46, text)))
    ):
        text = blanked(_USED_TO_WAKE_46, text)
    return text


# Round 47 (h46's classes). "Fell" as a hill or a walk on one ("fell walks", "up the fells",
# "fell running", "a fell race"): the noun only; never "I fell", "fell off", "fell over",
# "fell down" or "fell on".
_FELL_HILL_47 = re.compile(
    r"\bfell(?= (?:walk\w*|running|runs?|runners?|race\w*|rac\w*|hik\w*|trails?|paths?"
    r"|tops?|sides?|ponies|pony|farm\w*|country|routes?|guides?|boots|shoes|club)\b)"
    r"|\b(?:the|a|that|this|those|these|local|lakeland|lake district|cumbrian) fells?\b"
    r"(?! (?:off|over|down|on|onto|into|out|from|flat|backwards|forwards)\b)"
    r"|\bfells\b(?! (?:off|over|down|on|onto|into|out|from)\b)",
    re.IGNORECASE,
)
# Round 47. "Shooting for" a goal: aiming at a streak, a target or a record ("shooting for a 30
# day streak", "shooting for a new personal best"); never "shooting pain", never a time for
# which something shoots ("shooting for a week").
_SHOOTING_GOAL_47 = re.compile(
    r"\b(?:shooting|shoot|aiming|going) for (?:a |an |the |my |our |\d+ )?(?:[\w-]+ ){0,3}?"
    r"(?:streak|target|goal|record|pb|personal best|best|win|top spot|gold|medal|stars|moon"
    r"|promotion|title|score|perfect \w+|100 percent|full house|clean sheet|day run|week run"
    r"|day challenge|challenge)\b",
    re.IGNORECASE,
)
_SHOOTING_GUARD_47 = re.compile(
    r"\bshooting (?:pain\w*|pains|down|up|into|through|in my|across|from)\b|\b(?:leg|legs"
    r"|buttock|bum|groin|foot|feet|calf|thigh|nerve|sciatica|numb\w*|tingl\w*|pain\w*)\b",
    re.IGNORECASE,
)
# Round 47. Shivering and numb fingers from working out in the cold or wet, illness denied or
# warming up ("cold hands, can't feel my fingers, been on the roof in the sleet, not ill,
# warming up now"): the shiver and the fingers only; never the legs, the feet, both sides, the
# seat, a fever, a temperature, a word of not warming, or a numbness that stays.
_COLD_CAUSE_47 = re.compile(
    r"\b(?:sleet|snow\w*|hail|frost\w*|freezing|icy|ice|wind chill|bitter\w*|perishing"
    r"|baltic|brass monkeys|rain|pouring|drizzle|wet through|soaked|drenched|cold store"
    r"|freezer|cold)\b",
    re.IGNORECASE,
)
_COLD_ELSE_47 = re.compile(
    r"\b(?:not (?:ill|sick|unwell|poorly|a bug|coming down with \w+)|no (?:fever|temperature"
    r"|bug)|warming up|warmed up|warming through|thawing( out)?|thawed( out)?|by the fire"
    r"|(?:a |with a )?(?:brew|cuppa|hot drink|tea|coffee|soup)|in the warm|inside now|getting"
    r" warm|feeling (?:coming|come) back)\b",
    re.IGNORECASE,
)
_COLD_SIGN_47 = re.compile(
    r"\b(?:shiver\w*|shaking|shaky|teeth chattering|can ?not feel|cannot feel|cant feel|can t"
    r" feel|no feeling in|numb) (?:(?:my|me|the|in|of) )*(?:fingers?|fingertips?|hands?|thumbs?)"
    r"\b|\b(?:shiver\w*|teeth chattering)\b|\b(?:fingers?|fingertips?|hands?) (?:are |were |s"
    r" |gone |went )?(?:numb|dead|white|frozen|like ice)\b",
    re.IGNORECASE,
)
_COLD_GUARD_47 = re.compile(
    r"\b(?:legs?|feet|foot|toes?|seat|saddle|groin|bum|both (?:arms|sides|hands)|arm|face"
    r"|(?<!no )fever\w*|(?<!no )temperature|hot and cold|sweat\w*|night sweats|not warming"
    r"|won t warm"
    r"|wont warm|will not warm|still (?:numb|can)|hours later|since (?:yesterday|last|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)|days|spread\w*|weak\w*|chest"
    r"|breath\w*|dizzy|faint\w*|vomit\w*|(?<!not )(?:ill|unwell|poorly|flu|a bug))\b",
    re.IGNORECASE,
)
_NO_FEELING_LEFT_47 = re.compile(r"\bno feeling(?= {3,})")
# Round 47. Knocked out long ago in a game or at school, nothing since ("knocked out in a
# school rugby match twenty years back, no bother since"): the past and resolved; never a
# word of now, a recent time, a headache, sickness, a return or a fall of late.
_KO_47 = re.compile(
    r"\b(?:knocked (?:out|unconscious|myself out|out cold|cold|spark out|clean out)"
    r"|k\.?o\.?d|ko d|concuss\w*|lost consciousness|blacked out|was out cold|out cold)\b"
    r"(?: \w+){0,10}?(?: (?:rugby|football|boxing|hockey|hurling|tackle|scrum|match|game"
    r"|school|college|uni|pitch|ruck|fight|at school))?",
    re.IGNORECASE,
)
_KO_LONG_AGO_47 = re.compile(
    r"\b(?:(?:\d+|twenty|thirty|forty|fifty|a few|a couple of|several|many|ten|fifteen)"
    r"(?: odd)? (?:years|yrs|decades) (?:back|ago)|years (?:back|ago)|decades (?:back|ago)"
    r"|(?:at|in) (?:school|college|uni|secondary|high school|primary)|as a (?:kid|lad|teen"
    r"|teenager|boy|girl|student)|when i was (?:\d+|a kid|a lad|young|younger|at school"
    r"|a teenager))\b",
    re.IGNORECASE,
)
_KO_NONE_SINCE_47 = re.compile(
    r"\b(?:no (?:problems?|issues?|trouble|bother|after effects|lasting effects)(?: \w+)?"
    r" since|nothing since|fine (?:ever )?since|been fine|never (?:had )?(?:a |any )?(?:problems?"
    r"|issues?|bother) since|not a bother since|all good since|fine ever since)\b",
    re.IGNORECASE,
)
_KO_GUARD_47 = re.compile(
    r"\b(?:today|tonight|yesterday|this (?:morning|week|afternoon|evening)|last (?:night|week"
    r"|weekend)|just now|earlier|again|recently|lately|headaches?|sick|vomit\w*|confus\w*"
    r"|dizz\w*|blurr\w*|seeing double|memory|still|now (?:i|it|my)|but|fell|fall)\b",
    re.IGNORECASE,
)
# Round 47. A workmate's or someone else's fall off a height told, the writer unhurt ("a lad I
# work with came off a ladder and broke his arm"): the other person's words up to the fall;
# never "me too", "so did I", or the writer's own fall.
_WORKMATE_FELL_47 = re.compile(
    r"\b(?:(?:(?:a|the|one|this|my|our) (?:\w+ )?)?(?:lad|lass|bloke|guy|fella|fellow|chap|man"
    r"|woman"
    r"|girl|boy|lady|workmate|colleague|apprentice|labourer|sparky|chippy|brickie|roofer"
    r"|scaffolder|plasterer|mate|pal|neighbour|boss|foreman|gaffer|customer|client|caller)s?"
    r"(?: (?:i|we) (?:work|worked|worked with|know|knew|work alongside)(?: with)?)?"
    r"|(?:he|she|they))(?: [\w']+){0,3}? (?:fell|fallen|came|come|went|slipped|tumbled|dropped)"
    r"(?: (?:off|from|down|over|through))+(?: (?:a|the|his|her|their|some))?(?: \w+)?"
    r" (?:ladder|scaffold\w*|roof|stairs|steps|staircase|platform|wall|tree|horse|bike|tower"
    r"|truck|lorry|van|trailer|loft|hatch|mezzanine|cliff|ledge|chair|stool|crane|building"
    r"|balcony|bank|quad|motorbike|digger|tractor|rig|pallet|racking)"
    r"(?: (?:and|then) (?:broke|broken|hurt|smashed|fractured|cracked|did) (?:his|her|their)"
    r" \w+)?",
    re.IGNORECASE,
)
_WRITER_FELL_47 = re.compile(
    r"\b(?:so did i|me too|me as well|and me|i (?:fell|slipped|came off|went over|went flying"
    r"|tripped|hit|landed|banged|bashed|was thrown)|i ve (?:fallen|had a fall)|i had a fall"
    r"|(?:i|we) both (?:fell|went))\b",
    re.IGNORECASE,
)


# Round 47. Someone met at work told in a clause of their own ("had a caller who'd lost control
# of her bladder", "served a customer today who collapsed"): the clause only; never with the
# writer in it, or "me too", "so did I", "same here" after.
_CALLER_47 = re.compile(
    r"\b(?:had|got|took|spoke to|dealt with|served|helped|looked after|saw|put through)"
    r" (?:a|an|one|this|the) (?:\w+ )?(?:caller|customer|client|punter|passenger|patient|member"
    r" of the public|lady|man|woman|gent|gentleman|bloke|chap|fella|resident|guest|pupil)"
    r"(?: (?:today|earlier|this morning|this afternoon|on the phone|on the phones|on the line"
    r"|on shift|at work))? (?:who|that|whose)(?:'\w+)?(?: [\w']+){1,10}",
    re.IGNORECASE,
)
_CALLER_GUARD_47 = re.compile(
    r"\b(?:me too|so did i|same here|same with me|and me|i have too|i ve (?:had|got) (?:it|that"
    r"|the same)|mine too|as have i|as did i)\b",
    re.IGNORECASE,
)
# Round 47. "Numb from the neck up": the mind worn out ("numb from the neck up following a double
# shift"); never beside the face, lips, speech, an arm, one side, vision or a headache.
_NECK_UP_47 = re.compile(r"\b(?:numb|dead|gone|fried) from the neck up\b", re.IGNORECASE)
_NECK_UP_GUARD_47 = re.compile(
    r"\b(?:face|lips?|tongue|mouth|cheek\w*|jaw|speech|speak\w*|slurr\w*|words|arms?|hands?"
    r"|one side|vision|see|sight|headache|head hurts|dizz\w*|droop\w*|tingl\w*|legs?)\b",
    re.IGNORECASE,
)


# Round 48. A list of signs each denied, then a dash and a plain ache ("no fever, not waking at
# night, no leg trouble - just a dull ache"): the denied items go; never an item with "but",
# "except", "still" and the like, never a list with a sign told plainly.
_DENY_ITEM_48 = (
    r"\b(?:no|not|never|nor|without|zero)\b(?:(?! - | -- |\b(?:but|though|although|except|apart"
    r"|still|yet|however|and|only|just|until|unless|besides|now|since|til|till)\b)[^,;.!?\n\u2014"
    r"\u2013])+"
)
_DENIED_LIST_48 = re.compile(
    r"(" + _DENY_ITEM_48 + r"(?:\s*,\s*(?:or |nor )?" + _DENY_ITEM_48 + r")+)\s*,?\s*"
    r"(?:\u2014|\u2013| - | -- |--|:|\.\.\.)\s*(?:it s |its |it's |it is )?(?:just|only|simply"
    r"|merely|purely)\s+(?:an? |some )?(?:(?:bit of|little|dull|mild|plain|general|normal"
    r"|ordinary|low|slight|nagging|achy|stiff|boring|everyday|old)\s+){0,3}(?:ache|aching|achiness"
    r"|stiffness|stiff|sore|soreness|niggle|tightness|tight|twinge|stiff back)s?\b",
    re.IGNORECASE,
)
# A question about why the check-in asks about a sign, told as only curiosity ("why does the
# checklist bring up bowels? just wondering, mine are fine"): the question goes, the rest stays.
_WHY_ASKED_48 = re.compile(
    r"\bwhy (?:does|do|would|is|did|are) (?:the |this |your |you |it |a )?(?:check ?list |check"
    r" ?in |check-in |bot |app |questionnaire |form |screening |screener |questions? |coach"
    r" |list |quiz )?(?:ask|asks|asking|ask me|mention|mentions|bring up|brings up|check"
    r"|checks|care|want to know|wants to know|need to know|needs to know)\b[^?.!\n]*\??",
    re.IGNORECASE,
)
_JUST_CURIOUS_48 = re.compile(
    r"\b(?:just|only|purely) (?:curious|wondering|asking|nosy|nosey)\b|\bout of (?:pure )?curiosity"
    r"\b|\bnothing (?:wrong|up|amiss) with (?:mine|me|my \w+)\b|\bi (?:don ?t|do not|don't) have"
    r" (?:any|that|those|it|them)\b|\bnot that i (?:have|do|ve got)\b|\bmine (?:are|is) (?:fine"
    r"|ok|okay|normal|all good)\b|\bnone (?:here|for me)\b",
    re.IGNORECASE,
)
# Skin rubbed raw by kit ("the harness straps rub my hips raw, only the skin"): the rubbing goes,
# never with a pain down a leg, numbness or a pain inside.
_RUBBED_RAW_48 = re.compile(
    r"\b(?:rubs?|rubbing|rubbed|chafes?|chafing|chafed|scrapes?|scraping|scraped|grazes?|grazed"
    r"|wears?|wearing|wore|worn)\b(?: [\w']+){0,5}? raw\b|\bcarpet burns?\b|\brope burns?\b"
    r"|\b(?:friction|strap) burns?\b|\braw (?:skin|patch\w*|spot\w*)\b",
    re.IGNORECASE,
)
_STAB_VEST_48 = re.compile(
    r"\bstab(?:-| )?(?:proof )?(?:vest|jacket|plate|armou?r)s?\b", re.IGNORECASE
)
_KIT_SKIN_48 = re.compile(
    r"\b(?:vest|armou?r|rucksack|backpack|bergen|harness|straps?|belt|pack|bag|boots?|kit|bra"
    r"|waistband|rope|gear|webbing|holster|skin|chaf\w*|blisters?|carpet burn|sling|helmet"
    r"|lanyard|apron|tool ?belt)\b",
    re.IGNORECASE,
)
_SKIN_GUARD_48 = re.compile(
    r"\b(?:down (?:my|the|into|to) (?:\w+ )?(?:leg|legs|thigh|thighs|buttock|bum|foot|feet|knee"
    r"|calf)|shoot\w*|numb\w*|tingl\w*|pins and needles|inside|deep|radiat\w*|sciatic\w*|nerves?"
    r"|electric|weak\w*|bladder|bowel\w*|fever|bleed\w*|infect\w*|pus|swollen|hot to)\b",
    re.IGNORECASE,
)
# Stairs climbed to and fro, or a load carried on them ("up and down stairs all shift", "hauling
# a carry chair down the stairs"): a day's work, never a fall; never beside any word of falling.
_STAIRS_TRIP_48 = re.compile(
    r"\bup and down (?:the |some |all the |those )?(?:\w+ )?stairs\b|\b(?:carry\w*|carried|lug\w*"
    r"|haul\w*|bring\w*|brought|tak\w*|took|push\w*|drag\w*|heav\w*|hump\w*|lift\w*|wheel\w*"
    r"|manhandl\w*|shift\w*|mov\w*) (?:[\w']+ ){0,5}?(?:up and )?down (?:the |some |a flight of )?"
    r"(?:\w+ )?stairs\b",
    re.IGNORECASE,
)
_STAIRS_GUARD_48 = re.compile(
    r"\b(?:fell|fall\w*|fallen|tumbl\w*|slip\w*|trip\w*|landed|footing|missed (?:a|the) step"
    r"|bounc\w*|crash\w*|went flying|on my (?:back|head|bum|backside|side|face)|knocked|hit my"
    r"|rolled|slid)\b",
    re.IGNORECASE,
)
# "Killing me" after a named load ("my back's killing me after humping boxes all week"): an
# ordinary ache with its cause; never with a leg, numbness, the night or any other sign.
_KILLING_48 = re.compile(r"\bkilling me\b", re.IGNORECASE)
_LOAD_CAUSE_48 = re.compile(
    r"\bkilling me (?:\w+ ){0,2}?(?:after|from|since|with) (?:all )?(?:\w+ )?(?:lugging|carrying"
    r"|lifting|hauling|humping|heaving|moving|shifting|shovell?ing|digging|pushing|pulling"
    r"|dragging|stacking|loading|unloading|hoisting|toting|holding|bending|hoovering|mopping"
    r"|gardening|decorating|painting|wrestling|trekking|walking)\b",
    re.IGNORECASE,
)
_KILLING_GUARD_48 = re.compile(
    r"\b(?:legs?|thighs?|foot|feet|toes?|calf|calves|knees?|numb\w*|tingl\w*|pins|needles|nights?"
    r"|wakes?|waking|woke|sleep\w*|shoot\w*|down my|groin|saddle|bladder|bowel\w*|fever\w*"
    r"|weak\w*|chest|arms?|jaw|breath\w*|can ?t|cannot|couldn ?t|unable|sudden\w*|fall|fell"
    r"|fallen|worse|worst|weeks and weeks|months|cancer|weight|sweat\w*|dizz\w*|collaps\w*"
    r"|pop\w*|snap\w*|crack\w*|swell\w*|swollen)\b",
    re.IGNORECASE,
)
# A sign long past, its cause found or checked, gone and never back ("pins and needles in my
# feet two winters ago, too-tight trainers, new pair and never since"; "the night pain I had in
# May cleared after the physio looked at it"): that sentence goes; never with a word of now.
_PAST_SIGN_48 = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|night pain|pain at night|wak\w* me|woke me"
    r"|waking (?:up )?at night|shooting|sciatica)\b",
    re.IGNORECASE,
)
_PAST_WHEN_48 = re.compile(
    r"\b(?:last (?:winter|summer|spring|autumn|fall|year|month|christmas|easter)|(?:two|three"
    r"|four|five|a few|a couple of|\d+) (?:winters|summers|years|months) ago|years? ago|months"
    r" ago|weeks ago|used to|back in|in (?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_PAST_GONE_48 = re.compile(
    r"\b(?:settled|went away|went|gone|cleared(?: up)?|stopped|eased(?: off)?|sorted(?: out)?"
    r"|resolved|fixed|disappeared|vanished|never (?:came|come|been) back|never returned|not"
    r" (?:came|come|been) back|hasn ?t (?:come|been) back|has not (?:come|been) back|never had it"
    r" (?:again|since)|not since|never since)\b",
    re.IGNORECASE,
)
_PAST_FOUND_48 = re.compile(
    r"\b(?:gp|doctor|doc|physio\w*|checked|examined|scan\w*|x ?rays?|consultant|nurse|a ?& ?e"
    r"|hospital|turned out|boots?|shoes?|trainers|tight|laces|socks|wetsuit|skates?)\b",
    re.IGNORECASE,
)
_NOT_BACK_48 = re.compile(
    r"\b(?:never|not|hasn ?t|has not|haven ?t|have not|didn ?t|did not)(?: \w+){0,2}? (?:come|came"
    r"|been|coming) back\b|\b(?:it|it ?s|it's|has) never (?:come|came|been) back\b"
    r"|\b(?:(?:never|not|fine|ok|okay|nothing|none|good|been fine)(?: ever)?|ever) since\b",
    re.IGNORECASE,
)
_PAST_GUARD_48 = re.compile(
    r"\b(?:again|still|this (?:week|morning|month|year)|today|tonight|last night|yesterday"
    r"|lately|recently|started|starting|returned|worse|come back|came back|coming back|is back"
    r"|s back|back now|now|currently|both legs|saddle|groin|bladder|bowel\w*|weak\w*|fever"
    r"|weight|since|but|though|however|except)\b",
    re.IGNORECASE,
)


# "Gasping for a cuppa" (wanting a drink or a smoke): no breath word at all.
_GASPING_FOR_48 = re.compile(
    r"\b(?:gasping|gagging|dying) for (?:a |an |some |my |me )?(?:\w+ )?(?:cuppa"
    r"|cup of (?:tea|coffee)|brew|tea|coffee|drink|pint|beer|wine|fag|smoke|ciggie|cigarette"
    r"|vape|coke|pop|snack|biscuit|bacon butty|butty|sandwich)\b",
    re.IGNORECASE,
)


def _blank_round48(text: str) -> str:
    """Round 48: a denied list before a plain ache, a question about the check-in told as
    curiosity, skin rubbed raw by kit, "killing me" after a named load, a sign long past with its
    cause found or checked and never back; each blanks only its own words."""
    if _DENIED_LIST_48.search(text):
        text = _DENIED_LIST_48.sub(
            lambda m: " " * len(m.group(1)) + m.group()[len(m.group(1)) :], text
        )
    if "stab" in text.lower():
        text = blanked(_STAB_VEST_48, text)
    if " for " in text.lower():
        text = blanked(_GASPING_FOR_48, text)
    if (
        _RUBBED_RAW_48.search(text)
        and _KIT_SKIN_48.search(text)
        and not _SKIN_GUARD_48.search(text)
    ):
        text = blanked(_RUBBED_RAW_48, text)
    if "stairs" in text.lower() and not _STAIRS_GUARD_48.search(text):
        text = blanked(_STAIRS_TRIP_48, text)
    if _LOAD_CAUSE_48.search(text) and not _KILLING_GUARD_48.search(text):
        text = blanked(_KILLING_48, text)
    if (_PAST_SIGN_48.search(text) or _PAST_FALL_48.search(text)) and not _PAST_GUARD_48.search(
        blanked(_MOVE_NOW_48, blanked(_NOT_BACK_48, text))
    ):
        parts = re.split(r"(?<=[.!?\n])", text)
        for index, part in enumerate(parts):
            if (
                _PAST_SIGN_48.search(part)
                and _PAST_WHEN_48.search(part)
                and _PAST_GONE_48.search(part)
                and _PAST_FOUND_48.search(part)
            ) or (
                _PAST_FALL_48.search(part)
                and not _FALL_GUARD_48.search(text)
                and _PAST_WHEN_48.search(part)
                and _FALL_CHECKED_48.search(part)
                and _FALL_HEALED_48.search(part)
            ):
                parts[index] = " " * len(part)
        text = "".join(parts)
    if (
        _LIMB_SLEPT_48.search(text)
        and _LIMB_WAKING_48.search(text)
        and not _LIMB_GUARD_48.search(text)
    ):
        text = blanked(_LIMB_SIGN_48, text)
    if "dead" in text.lower() and _KNOCK_48.search(text) and not _DEAD_LEG_GUARD_48.search(text):
        text = blanked(_DEAD_LEG_48, text)
    return text


# A fall long past, checked and healed ("came off the bouldering wall two summers ago, x-rayed,
# nothing broken, mended fine"): that sentence goes; never with a word of now or a sign since.
_PAST_FALL_48 = re.compile(
    r"\b(?:fell|fall|fallen|came off|come off|tumbled|crashed|accident|slipped|tripped)\b",
    re.IGNORECASE,
)
_FALL_CHECKED_48 = re.compile(
    r"\b(?:a ?& ?e|a and e|hospital|x ?-? ?ray\w*|scan\w*|gp|doctor|checked(?: over| out)?"
    r"|examined|minor injuries|urgent care|physio\w*)\b",
    re.IGNORECASE,
)
_FALL_HEALED_48 = re.compile(
    r"\b(?:healed|all clear|nothing broken|no breaks?|recovered|mended|fine ever since|fine since"
    r"|right as rain|no damage)\b",
    re.IGNORECASE,
)
_FALL_GUARD_48 = re.compile(
    r"\b(?:hurt\w*|pain\w*|sore\w*|ache\w*|aching|numb\w*|tingl\w*|bruis\w*|swell\w*|swollen"
    r"|head\w*|dizz\w*|stiff\w*|weak\w*|worse|twinge\w*|niggl\w*|since)\b",
    re.IGNORECASE,
)
# "now" after the move asked about ("can I do the twist now?") is no word of the sign's
_MOVE_NOW_48 = re.compile(
    r"\b(?:twist|stretch|move|exercise|session|it|this|that|start|begin|one)(?: \w+)? now\b"
    r"(?= ?\?| please| then| too| as well)",
    re.IGNORECASE,
)
# A limb gone to sleep under a weight and coming back ("the dog's been lying on my foot, it's
# tingling back to life"): the sign's words go; never numb still, for hours, or elsewhere too.
_LIMB_SIGN_48 = re.compile(
    r"\b(?:(?:fell|fallen|falls|falling|gone|went|going|goes) (?:to sleep|asleep|numb|dead)"
    r"|numb\w*|dead|asleep|pins and needles|tingl\w*"
    r"|fizz\w*)\b",
    re.IGNORECASE,
)
_LIMB_SLEPT_48 = re.compile(
    r"\b(?:cat|cats|dog|dogs|pet|puppy|kitten|baby|toddler|little one|kid|child)(?: s|'s| has|"
    r" had| was|s)?(?: been)? (?:fell |fallen |falling )?(?:asleep|sleeping|lying|laying|lain|sat"
    r"|sitting|curled up|napping|napped|dozed|dozing|snoozed|snoozing|slept|lay) (?:on|across"
    r"|over)\b|\b(?:sat|sitting|lying|lay|laid|knelt|kneeling|slept"
    r"|sleeping) (?:on|across) (?:it|my (?:leg|legs|foot|feet|arm|hand))(?: \w+){0,2}? (?:for"
    r" (?:an? |ages|too long|hours?)|funny|wrong|awkward\w*)|\bcross legged\b",
    re.IGNORECASE,
)
_LIMB_WAKING_48 = re.compile(
    r"\b(?:waking up|woken up|coming back|coming round|wearing off|worn off|back to normal"
    r"|(?:fine|ok|okay|normal|better) (?:again|now)|going off|tingling back|back to life"
    r"|gone now|easing)\b",
    re.IGNORECASE,
)
_LIMB_GUARD_48 = re.compile(
    r"\b(?:still(?! (?:do|ok|okay|able|go|use|try|carry on|twist|stretch|train)\b)"
    r"|hours (?:later|after|on)|won ?t|hasn ?t|has not|isn ?t|not coming|other|too"
    r"|also|both|saddle|groin|bladder|bowel\w*|weak\w*|can ?t feel|since (?:yesterday|last"
    r"|this)|this morning|days?|all day|worse|again)\b",
    re.IGNORECASE,
)
# A "dead leg" from a knock (a kick, a knee, a tackle): a bruised muscle in a training word;
# never with numbness, pins and needles, the foot, weakness or a leg that will not bear weight.
_DEAD_LEG_48 = re.compile(r"\b(?:a |classic |proper |massive |nasty )?dead ?legs?\b", re.IGNORECASE)
_KNOCK_48 = re.compile(
    r"\b(?:kick\w*|kneed|knee to|knock\w*|bruis\w*|sparring|spar|tackl\w*|rugby|football"
    r"|hockey|whack\w*|cork\w*|charley horse|impact|took a)\b",
    re.IGNORECASE,
)
_DEAD_LEG_GUARD_48 = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins|can ?t feel|no feeling|foot|feet|toes|both legs|weak\w*|give"
    r" way|gave way|giving way|won ?t (?:take|hold|bear)|can ?t (?:walk|stand|bear|put weight)"
    r"|hours later|swell\w*|swollen|shoot\w*|down to|bone|crack\w*|snap\w*|pop\w*"
    r"|still(?! (?:do|ok|okay|able|go|use|try|carry on|twist|stretch|train)\b))\b",
    re.IGNORECASE,
)


def _blank_round47(text: str) -> str:
    """Round 47: "fell" as a hill, "shooting for" a goal, a cold job's shiver and numb fingers
    with illness denied or warming up, a knock-out long ago with nothing since, someone else's
    fall told with the writer unhurt; each blanks only its own words."""
    lowered = text.lower()
    if "fell" in lowered:
        text = blanked(_FELL_HILL_47, text)
    if "for" in lowered and not _SHOOTING_GUARD_47.search(text):
        text = blanked(_SHOOTING_GOAL_47, text)
    if (
        _COLD_CAUSE_47.search(text)
        and _COLD_ELSE_47.search(text)
        and _COLD_SIGN_47.search(text)
        and not _COLD_GUARD_47.search(text)
    ):
        # "hands gone numb - no, I'm not ill" is first read as a checklist answered no
        # ("no feeling ..."): that reading of the blanked words goes with them
        text = blanked(_NO_FEELING_LEFT_47, blanked(_COLD_SIGN_47, text))
    if (
        _KO_47.search(text)
        and _KO_LONG_AGO_47.search(text)
        and _KO_NONE_SINCE_47.search(text)
        and not _KO_GUARD_47.search(text)
    ):
        text = blanked(_KO_47, text)
    if _CALLER_47.search(text) and not _CALLER_GUARD_47.search(blanked(_CALLER_47, text)):
        text = blanked(_CALLER_47, text)
    if "neck up" in lowered and not _NECK_UP_GUARD_47.search(text):
        text = blanked(_NECK_UP_47, text)
    if _WORKMATE_FELL_47.search(text) and not _WRITER_FELL_47.search(
        blanked(_WORKMATE_FELL_47, text)
    ):
        text = blanked(_WORKMATE_FELL_47, text)
    return text


# Round 45. A leak after childbirth, treated long ago and none now ("some leaking after my first
# baby, pelvic floor physio sorted it years ago, nothing now"): the past and resolved, settled;
# never with a word of now, a return, numbness or the bowel.
_BIRTH_LEAK_45 = re.compile(
    r"\b(?:leak\w*|incontinen\w*|wet (?:myself|me)|bladder (?:weakness|problems?|issues?|trouble))"
    r"\b(?: \w+){0,6}? (?:after|since|following|post) (?:my |the |having |giving )?(?:\w+ )?"
    r"(?:baby|babies|birth|childbirth|pregnancy|labour|labor|delivery|kids?|son|daughter|twins)\b",
    re.IGNORECASE,
)
_LEAK_TREATED_45 = re.compile(
    r"\b(?:physio\w*|pelvic floor|exercises|treatment|an op|operation|surgery|sling|tape)\b"
    r"(?: [\w']+){0,4}? (?:sorted|fixed|cured|resolved|cleared|solved|stopped|sorted out|dealt"
    r" with)\b",
    re.IGNORECASE,
)
_LONG_AGO_45 = re.compile(
    r"\b(?:(?:\d+|a few|a couple of|several|many|two|three|four|five|six|ten) )?(?:years?) ago"
    r"|\b(?:ages|a long time|long) ago\b",
    re.IGNORECASE,
)
_NONE_NOW_45 = re.compile(
    r"\b(?:nothing (?:like that |of the sort |of that sort |of that )?(?:now|since|anymore|any"
    r" more|these days)|no (?:problems?|issues?|leaks?|leaking|trouble|bother) (?:now|since"
    r"|anymore|any more|these days)|(?:been )?(?:fine|dry|good) (?:now|since|ever since)"
    r"|not since|never (?:since|again))\b",
    re.IGNORECASE,
)
_LEAK_GUARD_45 = re.compile(
    r"\b(?:again|(?:is|s|came|come|coming|it s|its|it's|are) back|started|starting|today"
    r"|tonight|this (?:week|morning|month)|yesterday"
    r"|last (?:night|week)|recently|lately|numb\w*|tingl\w*|feel|feeling|saddle|groin|bum"
    r"|bowel\w*|poo\w*|worse|new|sudden\w*|legs?|still)\b",
    re.IGNORECASE,
)
_LEAK_WORDS_45 = re.compile(
    r"\b(?:leak\w*|incontinen\w*|wet (?:myself|me)|bladder)\b", re.IGNORECASE
)
# The bot's own rule asked about a sign told by anyone ("do you lock people out if they tell you
# they've had a fall?"): a question about the screening, not a sign of the writer's.
_BOT_RULE_ASKED_45 = re.compile(
    r"\b(?:do|will|would|does|can|could) (?:you|the bot|this bot|it|this) (?:\w+ )?(?:lock"
    r"|block|ban|bar|shut|kick|refuse|turn away|stop)\w* (?:\w+ ){0,2}?(?:out |from \w+ )?"
    r"(?:if|when|after|because|for) (?:\w+ ){0,2}?(?:they|someone|somebody|people|anyone"
    r"|a person|users?|you) (?:[\w']+ ){0,6}?(?:a fall|fell|fallen|falls|falling)\b",
    re.IGNORECASE,
)


def _blank_round44(text: str) -> str:
    """Round 44: a word the writer corrected at once, a thing that lost power."""
    if "power" in text.lower() and not _THING_POWER_GUARD_44.search(text):
        text = blanked(_THING_POWER_44, text)
    if _CORRECTED_44.search(text):
        text = _blank_corrected_44(text)
    return text


def _blank_round43(text: str) -> str:
    """Round 43: nerves that make words come out wrong, a step or a fall done on purpose for a
    stretch, a device that buzzed as the tingle, the cold's tingle in the fingers or toes; each
    blanks only its own words."""
    if _GUESS_43.search(text):
        return text
    if _NERVES_43.search(text) and not _NERVES_GUARD_43.search(text):
        text = blanked(_WRONG_WORDS_43, text)
    if (
        _STRETCH_43.search(text)
        and not _PURPOSE_GUARD_43.search(text)
        and re.search(_ON_PURPOSE_43, text, re.IGNORECASE)
    ):
        text = blanked(_PURPOSE_FALL_43, text)
    if _DEVICE_BUZZ_43.search(text) and not _DEVICE_GUARD_43.search(text):
        # the device's own buzz too, with or without a tingle told ("my phone was buzzing in
        # my pocket during the twist": the buzz alone reads as a tingle)
        text = blanked(_TINGLE_43, blanked(_DEVICE_BUZZ_43, text))
    elif (
        _TINGLE_43.search(text)
        and _COLD_43.search(text)
        and _COLD_ENDS_43.search(text)
        and not _COLD_ILLNESS_43.search(text)
        and not _COLD_TINGLE_GUARD_43.search(text)
    ):
        text = blanked(_TINGLE_43, text)
    return text


def _blank_round42(text: str) -> str:
    """Round 42: a circuit that trips, a wait called agony with no body part named, a trade's
    name ("electrician"), a chest of drawers, "both" said of the hands and a schedule that runs
    over; each blanks only its own words."""
    lowered = text.lower()
    if "trip" in lowered:
        text = blanked(_POWER_TRIP_42, text)
    if (
        (
            "agony" in lowered
            or "tortur" in lowered
            or "torment" in lowered
            or "painful" in lowered
            or "killing" in lowered
        )
        and _WAIT_WORDS_42.search(text)
        and not _AGONY_BODY_42.search(blanked(_AGONY_42, text))
    ):
        text = blanked(_AGONY_42, text)
    if "both" in lowered:
        text = blanked(_BOTH_HANDS_42, text)
    if "over" in lowered:
        text = blanked(_SCHEDULE_OVER_42, text)
    if "electrician" in lowered or "drawers" in lowered:
        text = blanked(_TRADE_42, text)
    return text


# Round 42 (h42's general questions). On the text as normalised. A general question with the
# writer well, or asked ahead of starting ("generally, is a temperature with back ache a worry?
# I'm fine, just asking before I begin");
_IN_GENERAL_42 = re.compile(
    r"\b(?:in general|generally|as a rule|on the whole|for (?:people|anyone|anybody|most people"
    r"|someone|somebody)(?: in general)?)\b"
)
_BEFORE_START_42 = re.compile(
    r"\b(?:(?:just )?(?:asking|checking|wondering|want to know|wanted to know)(?: this| that)?"
    r" (?:before|ahead of) (?:i|we) (?:start|begin|get going|try it|try this|do it|sign up)"
    r"(?: (?:it|this|the (?:twist|stretch|programme|program|course|move|exercises?)))?"
    r"|(?:haven t|have not|not yet) (?:started|begun|tried it)(?: yet)?)\b"
)
_WELL_42 = re.compile(
    r"\b(?:i am|im|i m|i feel|i am feeling|feeling|me|myself) (?:totally |perfectly |completely "
    r"|absolutely |very )?(?:well|fine|ok|okay|good|grand|healthy|alright|all right)(?: (?:now"
    r"|thankfully|luckily|though|tho|btw|lol|myself))*\b(?! (?:but|until|till|except|apart|other"
    r" than|besides)\b)"
)
# the bot asked what it would do with an answer, the event denied ("how would the app respond if
# I told it I'd fallen? I haven't, only curious");
_BOT_WOULD_42 = re.compile(
    r"\b(?:what|how) (?:would|will|does|do|did|should|could) (?:the bot|this bot|the app|this app"
    r"|the coach|you|u|it) (?:\w+ ){0,2}?(?:do|say|reply|respond|react|answer|tell me|suggest)"
    r" (?:if|when) (?:i|someone|somebody|a user|you) (?:said|say|says|told|tell|typed|type|wrote"
    r"|write|answered|ticked|tick|reported|put|mentioned|pressed|clicked|tapped)(?: (?:you|it"
    r"|the bot|yes|that|to))*(?: \w+){0,8}?(?= (?:just|only|purely|i have not|i had not|i did"
    r" not|i do not|not that|hypothetically|asking|curious|wondering)\b|$)"
)
_DENIED_42 = re.compile(
    r"\b(?:(?:i|we) (?:have|had|did|do|am|was) not(?: (?:had|got|done|fallen|fell|been|had one"
    r"|had any|got any))?(?: (?:one|any|it|that))?(?: (?:by the way|btw|lol|haha|thankfully"
    r"|luckily|yet))*|not that i (?:have|had|did|am|was)|(?:just|only|purely) (?:wondering"
    r"|curious|asking|hypothetical\w*)|hypothetically|asking (?:out of|for) (?:curiosity"
    r"|interest)|out of (?:curiosity|interest)|nothing (?:has )?happened(?: to me)?)\b"
)
# people with a sign asked about, the writer's own denied or a purpose told ("should people with
# bowel trouble skip the twist? not me, it's for a handout").
_PEOPLE_WITH_42 = re.compile(
    r"\b(?:do|does|should|can|could|must|would|is it (?:ok|okay|safe|wise) for|are there)"
    r" (?:people|anyone|anybody|someone|somebody|folk|folks|clients|patients|those|users"
    r"|others)(?: who (?:have|get|suffer from|live with)| with| suffering from| living with"
    r"| that have)\b"
)
_NOT_MINE_42 = re.compile(
    r"\b(?:i (?:do|did|have) not (?:have|had|get|got)(?: (?:any|one|them|it|that|those))?(?:"
    r" myself)?"
    r"|i (?:do|have) not(?= (?:asking|just|it is|its|this is|for|but i|though)\b|$)"
    r"|i have not got (?:any|one|them|it)|not me|none here|not (?:my|mine)|mine (?:are|is)"
    r" fine|i am (?:fine|ok|okay|well)(?: myself)?)\b"
)
_PURPOSE_42 = re.compile(
    r"\b(?:asking|ask|want to know|need to know|writing|making|putting together|preparing"
    r"|doing|for) (?:\w+ ){0,2}?(?:a |an |my |the |our )?(?:\w+ )?(?:leaflet|handout|flyer"
    r"|poster|newsletter|blog|post|course|class|clients?|students?|patients?|members|group"
    r"|website|sheet|guide|info sheet)s?(?: (?:i am|im|i m|we are) (?:making|writing|doing"
    r"|putting together|preparing)(?: for (?:my|our) (?:clients?|students?|patients?|members"
    r"|group|class))?)?\b"
)


def _general_42(whole: str) -> bool:
    """Round 42: the three shapes above, each with nothing of the writer's own left once its
    words and the asking words are set aside; never with a word of now, lasting or back."""
    if (
        _has(_PRESENT, _blank(_blank(whole, _WELL_42), _NOT_NOW))
        or _has(_LASTING, whole)
        or _has(_RECUR_41, whole)
    ):
        return False
    shaped = None
    if _has(_BOT_WOULD_42, whole) and _has(_DENIED_42, _blank(whole, _BOT_WOULD_42)):
        shaped = _blank(_blank(whole, _BOT_WOULD_42), _DENIED_42)
    elif _has(_IN_GENERAL_42, whole) and (_has(_WELL_42, whole) or _has(_BEFORE_START_42, whole)):
        shaped = _blank(_blank(_blank(whole, _IN_GENERAL_42), _WELL_42), _BEFORE_START_42)
    elif _has(_PEOPLE_WITH_42, whole) and _has(_NOT_MINE_42, whole):
        shaped = _blank(_blank(_blank(whole, _PEOPLE_WITH_42), _NOT_MINE_42), _PURPOSE_42)
    if shaped is None:
        return False
    rest = _blank(_blank(_blank(shaped, _ASKED_GENERALLY_RE), _NOT_A_CLAIM), _ASKING_WORDS_29)
    return not _has(_OWN_NOW_41, rest) and not _FIRST_PERSON.search(rest)


def _blank_round38(text: str) -> str:
    """Round 38: a break named by "rest", a blade's sharpness, someone at work's faint or
    bladder, a talk's or a poster's topic (see the patterns above)."""
    if "rest" in text.lower() and not _REST_TIME_GUARD_38.search(text):
        text = blanked(_REST_TIME_38, text)
    if "sharp" in text.lower():
        text = blanked(_SHARPENER_38, text)
        text = _SENTENCE.sub(
            lambda m: (
                blanked(_THING_SHARP_38, m.group())
                if not _SHARP_BODY_38.search(_THING_SHARP_38.sub(" ", m.group()))
                else m.group()
            ),
            text,
        )

    def others(match: re.Match[str]) -> str:
        if _WRITER_IN_CLAUSE.search(match.group("rest")):
            return match.group()
        return " " * len(match.group())

    if _OTHERS_SIGN_38.search(text):
        found = _OTHERS_SIGN_38.sub(others, text)
        if not _OWN_TOO_38.search(found):
            text = found

    def topic(match: re.Match[str]) -> str:
        if _TOPIC_CLAIM_38.search(match.group("topic")) or _TOPIC_VERB_38.search(
            match.group("topic")
        ):
            return match.group()
        start = match.start("topic") - match.start()
        return match.group()[:start] + " " * len(match.group("topic"))

    if _TOPIC_TOLD_38.search(text):
        found = _TOPIC_TOLD_38.sub(topic, text)
        rest = _blank(
            _blank(_prepare(_TOPIC_TOLD_38.sub(" ", text)), _ASKING_WORDS_29), _NOT_A_CLAIM
        )
        if not (
            _has(_OWN_CLAIM_29, rest)
            or _has(_TOPIC_CLAIM_38, rest)
            or _has(_TOPIC_REST_CLAIM_38, rest)
        ):
            text = found
    return text


# Round 19 (h19's classes). A muscle's feeling in another exercise, over when it was ("burning
# in my legs during wall sits ... stopped the moment I stopped. Fine now"); never in the twist,
# never down a leg, numb or still there.
_WORKOUT_FEELING_SIGNS = frozenset({"both_legs", "leg_pain", "hurts", "weakness"})
_WORKOUT = (
    r"(?:wall sits?|squats?|jump squats?|lunges?|planks?|burpees?|sprints?|sprinting|spin"
    r"(?: class)?|hiit|leg day|leg press|step ups?|hill sprints?|hill repeats|circuits?"
    r"|deadlifts?|rowing|intervals?|box jumps?|leg extensions?|calf raises?|bike sprints?"
    r"|stair climber|stairmaster|skipping|bootcamp|crossfit|wod)"
)
_OTHER_WORKOUT = re.compile(
    r"\b(?:during|while doing|while|in|on|at the end of|after|from|doing|with) (?:my |the |a |some"
    r" |those |these |all the |all those )?(?:\w+ )?" + _WORKOUT + r"\b"
)
_WORKOUT_FEELING = re.compile(
    r"\b(?:(?:burning|burn|burns|ache|aches|aching|heavy|heaviness|jelly|shaky|shaking|wobbly"
    r"|trembl\w*|fatigue|tired|pump|on fire)(?: feeling| sensation)? (?:in|through|across) (?:my"
    r" |both |the )?(?:legs?|thighs?|quads?|calves|calf|glutes?|hamstrings?|arms?|shoulders?)"
    r"|(?:my |both )?(?:legs?|thighs?|quads?|calves|glutes?) (?:were |are |was |felt |feel"
    r" |feeling |went |go |got )?(?:burning|on fire|shaking|shaky|like jelly|wobbly|aching|heavy"
    r"|weak|trembl\w*))\b"
)
_STOPPED_WITH_IT = re.compile(
    r"\b(?:(?:stopped|went|gone|eased|faded|disappeared|vanished|settled|went away|wore off)"
    r" (?:\w+ ){0,2}?(?:the (?:moment|second|minute|instant)|as soon as|once|when|right after"
    r"|straight after) (?:i|we) (?:stopped|finished|rested|sat down|stood up|got off|was done"
    r"|were done)|(?:fine|normal|fine again|all good|back to normal|totally fine) now)\b"
)
_IN_THE_TWIST = re.compile(
    r"\b(?:during|while|in|on|after) (?:the |my |a )?(?:twist\w*|stretch\w*|sweep\w*|session"
    r"|hold)\b"
)
# Out of breath only at a hard effort ("I only get breathless when I sprint"); never at rest,
# walking, lying down, new, worse, or with the chest.
_BREATHLESS_HARD = re.compile(
    r"\b(?:only|just) (?:\w+ ){0,2}?(?:breathless|out of breath|puffed out|puffed|winded|short of"
    r" breath|breathing hard|gasping) (?:when|if|after|during|on|at the end of|while|doing)"
    r" (?:i |doing |a |my |the )?(?:\w+ )?(?:sprint\w*|race|racing|hiit|intervals?|hill sprints?"
    r"|run hard|flat out|all out|max effort|burpees|going all out|push (?:it|hard))\b"
)
_BREATH_ALARM = re.compile(
    r"\b(?:rest|resting|lying|sitting|walking|stairs|talking|new|newly|worse|more than|lately"
    r"|recently|chest|wheez\w*|attacks?|blue|lips|can not|cannot|struggl\w*|night|getting"
    r"|sudden\w*|inhaler (?:is not|does not|not))\b"
)
# Round 32. Out of breath from an effort just done, the effort told before or after ("a bit
# breathless because I just ran up three flights of stairs", "just legged it for the bus, out of
# breath"): asked about, never answered; never with the chest, the lips, dizziness, at rest,
# lately or worse.
_JUST_DID = (
    r"(?:i |i ve |i have |ve )?(?:just |only just |literally just )?(?:ran|run|running|jogged"
    r"|jogging|sprinted|sprinting|raced|racing|rushed|rushing|dashed|dashing|legged it|leg it"
    r"|hurried|hurrying|cycled|cycling|biked|climbed|climbing|walked up|came up|come up|carried"
    r"|carrying|lugged|lugging|hauled|chased|chasing|danced|dancing|swam|swimming|hoovered"
    r"|did|done|finished) (?:\w+ ){0,6}?(?:stairs|steps|flights?|hill|hills|bus|train|tram"
    r"|school run|kids|dog|toddler|shopping|boxes|bags|pram|buggy|class|workout|run|jog|sprint"
    r"|race|spin|hiit|circuits|bootcamp|session|laps?|lengths|park ?run|5k|10k|floors?|lift"
    r"|escalator|up here|round the block|home|to work|in)"
)
_BREATHLESS_WORD = (
    r"(?:breathless|out of breath|puffed out|puffed|puffing|panting|winded|short of breath|huffing"
    r" and puffing|catching my breath|catch my breath|breathing hard|breathing heavily|gasping)"
)
_BREATHLESS_JUST_DID = re.compile(
    r"\b" + _BREATHLESS_WORD + r" (?:\w+ ){0,3}?(?:because|cos|coz|cause|as|since|after|from"
    r"|having|from having) (?:\w+ ){0,2}?" + _JUST_DID + r"\b"
    r"|\b" + _JUST_DID + r" (?:\w+ ){0,10}?(?:and|so|now|im|i am|i m|am|still|a bit|bit|totally"
    r"|completely|properly|very|quite)? ?(?:\w+ ){0,2}?" + _BREATHLESS_WORD + r"\b"
)
_BREATH_EFFORT_ALARM = re.compile(
    r"\b(?:chest|lips?|blue|grey|gray|dizzy|faint\w*|black\w* out|rest|resting|lying|sitting"
    r"|lately|recently|these days|weeks|days|new|newly|worse|getting|used to|never used"
    r"|not normal|unusual|cough\w*|wheez\w*|blood|sweat\w*|clammy|pain\w*|tight\w*|hours"
    r"|can not breathe|cannot breathe|could not breathe|struggl\w*|attack|inhaler|asthma|swell\w*"
    r"|calf|calves|heart|racing heart|palpitations|every time|always|even|since|still|hours?"
    r"|later|settl\w*|not (?:going|easing|calming)|won t|will not)\b"
)
_BREATHING_ASKED = re.compile(
    r"\b(?:does|do|should|how|what about|is) (?:my )?breath\w* (?:\w+ ){0,3}?(?:matter|important"
    r"|work|go|in the hold|during the hold)\b"
)


def sees_sign(text: str) -> bool:
    """Whether any rule finds a sign in ``text`` before its context is weighed (a cause, the
    past, someone else...): the safety net asks only about messages where none does."""
    return _assess(_prepare(_mend(text[:MAX_CHARS]))).level is not TriageLevel.NONE


def _triage(text: str) -> Triage:
    cut = _blank_disowned(_blank_checklist(_mend(text[:MAX_CHARS])))
    whole = _prepare(cut)
    full = _assess(whole)
    if full.level is TriageLevel.NONE:
        return full
    # Clauses, separators kept (as their own pieces) so the joined text reads as the message.
    raws = [piece for piece in _CLAUSE.split(_TRAINING_PAIR.sub("plus", cut)) if piece]
    aside = _carry_list_negation(raws, [_set_aside(_prepare(piece)) for piece in raws])
    clauses = [clause for clause, _ in aside]
    if any(negated for _, negated in aside):
        clauses = [_blank(clause, _NOISE) for clause in clauses]
    plain = _assess(" ".join(clauses))
    if plain.level is TriageLevel.NONE:
        return plain
    if (_has(_INTENDED_LOSS, whole) and not _has(_UNINTENDED_LOSS, whole)) or (
        _has(_REGAINED, whole) and not _has(_STILL_LOSING, whole)
    ):
        # "been dieting and lost 4kg": the intent may sit in another clause
        clauses = [_blank(clause, _WEIGHT_LOSS_WORDS) for clause in clauses]
        plain = _assess(" ".join(clauses))
        if plain.level is TriageLevel.NONE:
            return plain
    if _has(_PEE_CAUSE_WORD, whole):
        # round 15: "asparagus for dinner so my pee smells funny": the colour or smell of the
        # pee with its cause in another clause; the bladder's control is never blanked
        clauses = [_blank(clause, _PEE_CHANGE) for clause in clauses]
        plain = _assess(" ".join(clauses))
        if plain.level is TriageLevel.NONE:
            return plain
    if (
        _has(_OTHER_JOINT_FIX, whole)
        and set(plain.signs) <= _ORDINARY_PAIN | {"leg_pain"}
        and not _has(_TWIST_WORDS, whole)
        and not _has(_DURING, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _assess(_blank(" ".join(clauses), _OTHER_JOINT_PAIN)).signs
    ):
        # round 21: "my knee hurts when I cycle, how do I fix my knee": another joint's pain,
        # asked how to treat, is the question bank's medical decline
        return Triage(TriageLevel.NONE, ())
    if (
        _has(_SADDLE_GEAR, whole)
        and set(plain.signs) <= {"saddle_numbness"}
        and not _assess(_blank(" ".join(clauses), _SADDLE_GEAR)).signs
    ):
        # round 21: "recommend a good saddle for long rides, my bum goes sore": a bike's
        # saddle, equipment the question bank declines, not the saddle area's numbness
        return Triage(TriageLevel.NONE, ())
    if _ELSEWHERE_PAIN.search(" ".join(clauses)) and _elsewhere_settles(whole):
        # "a sharp twinge in my shoulder carrying the shopping, gone by tea": not the back's
        # sign; only in clauses that do not speak of the twist
        clauses = [
            clause if _TWIST_WORDS.search(clause) else _blank(clause, _ELSEWHERE_PAIN)
            for clause in clauses
        ]
        plain = _assess(" ".join(clauses))
        if plain.level is TriageLevel.NONE:
            return plain
    joined = " ".join(clauses)
    if (
        set(plain.signs) <= {"sharp_pain", "hurts"}
        and _has(_USUAL_ACHE, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _has(_NEW_ONSET, _blank(whole, _NOT_NOW))
        and not _has(_DURING, whole)
        and not _assess(_blank(joined, _KILLING)).signs
    ):
        # round 17: "my back is killing me but it's just the usual ache from gardening": a
        # usual ache said to be no more than that, whatever the figure of speech
        return Triage(TriageLevel.NONE, ())
    if _posture_ache_38(set(plain.signs), whole, joined):
        # round 38: "an achy upper back from slouching over the headset all day": an ordinary
        # ache from a posture held long, whatever the clause that tells the cause
        return Triage(TriageLevel.NONE, ())
    if (
        _has(_EXERTION, whole)
        and set(plain.signs) <= _SORENESS_SIGNS
        and not _assess(_blank(joined, _ACHE_WORDS)).signs
        and not _has(_PRESENT, whole)
        and not _has(_RETURNED, joined)
        and not _has(_DOWN_BOTH_9_RE, whole)
    ):
        # "legs are knackered and heavy after a bike ride": soreness, asked about at most
        if _tired_after_effort(set(plain.signs), whole):
            # round 23: "legs like jelly after leg day, squats destroyed me": settled
            return Triage(TriageLevel.NONE, ())
        if _settled(["cause"], plain.signs, whole, joined):
            # round 24: a walk named beside a numbness from kneeling that went once up ("legs
            # went dead from kneeling, fine as soon as I got up and walked about"): the same
            # settling as any other cause
            return Triage(TriageLevel.NONE, ())
        return Triage(plain.level, plain.signs, ambiguous=True, context="cause")
    if (
        set(plain.signs) <= _WORKOUT_FEELING_SIGNS
        and _has(_OTHER_WORKOUT, whole)
        and _has(_STOPPED_WITH_IT, whole)
        and not _has(_IN_THE_TWIST, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _has(_RETURNED, joined)
        and not _assess(_blank(joined, _WORKOUT_FEELING)).signs
    ):
        # round 19: "burning in my legs during wall sits, stopped the moment I stopped. Fine
        # now": the muscles' work in another exercise, over when it was
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) == {"breathing_difficulty"}
        and _has(_BREATHLESS_HARD, whole)
        and not _has(_BREATH_ALARM, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _assess(_blank(_blank(joined, _BREATHLESS_HARD), _BREATHING_ASKED)).signs
    ):
        # round 19: "I only get breathless when I sprint": out of breath only at a hard effort
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) == {"breathing_difficulty"}
        and _has(_BREATHLESS_JUST_DID, whole)
        and not _has(_BREATH_EFFORT_ALARM, whole)
    ):
        # round 32: "a bit breathless because I just ran up three flights of stairs, give me a
        # second": out of breath from an effort just done, asked about at most
        return Triage(plain.level, plain.signs, ambiguous=True, context="cause")
    if (
        _has(_SCIATICA_KNOWN, whole)
        and _has(_SCIATICA_ASKED, whole)
        and (
            set(_assess(_blank(joined, _MAKE_WORSE)).signs) <= _SCIATICA_SIGNS
            # round 44: "I get sciatica flare ups now and then": flares that come and go
            or (
                not _has(_FLARE_NOW_44, whole)
                and set(_assess(_blank(_blank(joined, _MAKE_WORSE), _FLARE_44)).signs)
                <= _SCIATICA_SIGNS
            )
        )
        and not _has(_NEW_ONSET, _blank(whole, _NOT_NOW))
        and not _has(_DURING, whole)
        and not _has(_BOTH_SIDES, whole)
    ):
        # round 14: "I've got sciatica down my right leg, diagnosed by my GP. will this help or
        # make it worse?": a known, diagnosed condition asked about is the sciatica topic
        return Triage(TriageLevel.NONE, ())
    if (
        (_has(_DIAGNOSIS_ASKED, whole) or _has(_PAPERWORK_ASKED, whole))
        and (
            set(plain.signs) <= _ORDINARY_PAIN
            # round 20: a click or a crunch asked about ("what's wrong with my back? it clicks
            # when I bend. is it a disc?"), never a pop or a snap felt
            or (
                set(plain.signs) <= _ORDINARY_PAIN | {"popped"}
                and not set(_assess(_blank(joined, _CLICK)).signs) - _ORDINARY_PAIN
            )
        )
        and not _has(_TWIST_WORDS, whole)
        and not _has(_DURING, whole)
        and not _has(_PRESENT, whole)
    ):
        # "what's wrong with my back? it hurts when I bend": a diagnosis asked for, declined
        # towards a clinician by the question bank (SAFETY.md 1), not the twist's stop reply;
        # round 13: "how do I get a sick note for back pain?", work's paperwork, likewise
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) <= _REPORT_SIGNS
        and _has(_REPORT_ASKED, whole)
        and not _has(_TWIST_WORDS, whole)
        and not _has(_DURING, whole)
        and not _has(_PRESENT, whole)
    ):
        # round 16: a scan's report to interpret is declined by the question bank
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) <= _ORDINARY_PAIN | {"leg_pain"}
        and _has(_OTHER_EXERCISE_ASKED, whole)
        and _has(_SITE_ELSEWHERE, whole)
        and not _has(_OWN_MOVE, whole)
        and not _has(_DURING, whole)
        and not _has(_PRESENT, whole)
        and not _assess(_blank(joined, _SITE_ELSEWHERE)).signs
    ):
        # round 16: exercises asked for another part's pain ("my knee hurts going down stairs,
        # what stretches should I do?"), declined by the question bank
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) == {"chest_pain"}
        and _has(_CHEST_TRAINING, whole)
        and not _has(_CHEST_ALARM, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _has(_DURING, whole)
    ):
        # round 16: chest tightness with the chest's training told anywhere: asked about
        if _has(_PEC_SORE_42, whole) and not _has(_CHEST_GUARD_42, whole):
            # round 42: settled with the pecs named sore ("chest tight after bench press, pecs
            # are proper sore"); never breathless, spreading, crushing, at rest, new or with
            # the arm, the jaw or the heart
            return Triage(TriageLevel.NONE, ())
        return Triage(plain.level, plain.signs, ambiguous=True, context="cause")
    if (
        set(plain.signs) <= {"chest_pain", "weakness"}
        and "chest_pain" in plain.signs
        and _has(_CHEST_POSTURE, whole)
        and not _has(_CHEST_ALARM, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _has(_DURING, whole)
        and not _assess(_blank(" ".join(clauses), _CHEST_POSTURE)).signs
    ):
        # round 34: a chest tight from posture, a muscle's word ("weak glutes and a tight chest
        # from hunching over the laptop"): settled when a clinician gave the verdict, else asked
        if _has(_COACH_SAYS, whole):
            return Triage(TriageLevel.NONE, ())
        return Triage(plain.level, plain.signs, ambiguous=True, context="cause")
    if "chest_pain" in plain.signs and _has(_CHEST_TRAINING, whole) and _has(_CHEST_ALARM, joined):
        # round 16: the chest's training never explains a tightness with breathlessness,
        # sweating or a pain spreading to the arm or jaw ("after bench press ... spreading to my
        # left arm")
        return plain
    if (
        "dizziness_fainting" in plain.signs
        and _has(_UP_TOO_FAST, whole)
        and _has(_OUT_COLD, joined)
    ):
        # round 16: getting up too fast explains a light head, never a faint, a blackout or a
        # collapse ("stood up too fast and I fainted and hit my head")
        return plain
    if (
        set(plain.signs) <= _ORDINARY_PAIN
        and _has(_CONDITION_ELSEWHERE, whole)
        and not _has(_TWIST_WORDS, whole)
        and not _has(_DURING, whole)
        and not _has(_PRESENT, whole)
        and not _assess(_blank(joined, _SITE_ELSEWHERE)).signs
    ):
        # round 10: "best exercises for plantar fasciitis? my heel hurts in the morning": a
        # complaint of another body part, declined towards a clinician by the question bank
        return Triage(TriageLevel.NONE, ())
    if (
        (
            set(plain.signs) <= {"hurts", "catching"}
            # round 15: a knocked shin or toe said to be "just my shin" may name the leg's pain,
            # and nothing but the knock, its part and a bare hurt may remain
            or (
                set(plain.signs) <= {"hurts", "catching", "leg_pain"}
                and _has(_JUST_THAT_PART, whole)
                and not _assess(
                    _blank(
                        _blank(_blank(_knock_hurt(clauses, whole), _MINOR_KNOCK), _JUST_THAT_PART),
                        _OUCH,
                    )
                ).signs
            )
        )
        and _has(_MINOR_KNOCK, whole)
        and not _has(_DURING, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _assess(
            _blank(
                _blank(_blank(_knock_hurt(clauses, whole), _MINOR_KNOCK), _OUCH), _SITE_ELSEWHERE
            )
        ).signs
    ):
        # round 11: "stubbed my toe on the bed, ouch, back's fine": another part's knock
        return Triage(TriageLevel.NONE, ())
    if (
        _hand_signs_42(plain.signs, clauses, whole) <= _HAND_SIGNS
        and _has(_UPPER_ONLY, whole)
        # round 42: "back feels fine though" names no sign's part
        and not _has(_LOWER_OR_TRUNK, _blank(_blank(whole, _PART_SAID_FINE_42), _PART_PLAIN_46))
        and (
            _has(_CAUSE, whole)
            or _has(_HAND_CAUSE_35, whole)
            # round 46: an instrument's strings, a keyboard, a rope, a cold tap
            or (_has(_HAND_CAUSE_46, whole) and not _has(_HAND_GUARD_46, whole))
        )
        # round 46 (found while probing): "hands numb from the rope and my seat feels numb as
        # well": the seat, the face or the head are never the hands' symptom
        and not _has(_NOT_HANDS_46, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _has(_RETURNED, _blank(joined, _GONE))
    ):
        # round 8: "fingers prickly and tingling after scraping the icy windscreen": a
        # symptom in the hands only, with its cause in any clause
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) <= _HAND_SIGNS
        and _has(_NEVER_FLAG_PART_42, whole)
        and not _has(_OTHER_PART_42, _blank(_blank(whole, _NEVER_FLAG_PART_42), _PART_SAID_FINE_42))
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _has(_RETURNED, _blank(joined, _GONE))
    ):
        # round 42: "ears and nose numb from the wind": parts that are never a sign's
        return Triage(TriageLevel.NONE, ())
    if (
        "breathing_difficulty" in plain.signs
        and set(plain.signs) <= {"breathing_difficulty", "fever_unwell"}
        and _has(_ILLNESS_42, whole)
        and _has(_CLEARED_42, whole)
        and _has(_BREATH_FINE_42, whole)
        and _has(_WHEN_PAST_42, whole)
        and not _has(_BREATH_GUARD_42, _blank(whole, _BREATH_FINE_42))
        and not _has(_RETURNED, _blank(joined, _GONE))
    ):
        # round 42: short of breath with a cold or the flu that cleared, breathing fine now
        # ("breathless with flu a fortnight ago, all cleared, breathing normal now")
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) <= _CRAMP_SIGNS
        and _has(_CRAMP, whole)
        and _has(_CRAMP_SITE, whole)
        and _has(_CRAMP_CAUSE, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _has(_RETURNED, _blank(joined, _GONE))
        and not _assess(_blank(joined, _CRAMP)).signs
    ):
        # round 9: "my calf cramps on the sweep when I haven't drunk enough": a muscle cramp
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) == {"fall_accident"}
        and _has(_THING_MISHAP, whole)
        and not _assess(_blank(joined, _ACCIDENT_WORD)).signs
    ):
        # round 8: "a little accident in the kitchen, spilt tea all over the counter"
        return Triage(TriageLevel.NONE, ())
    if (
        _has(_MEDICINE_ASKED, whole)
        and set(plain.signs) <= _ORDINARY_PAIN | {"night_pain", "spasm"}
        and not _has(_TWIST_WORDS, whole)
        and not _has(_DURING, whole)
        and not _has(_PRESENT, whole)
        and ("night_pain" not in plain.signs or not _has(_FIRST_PERSON, whole))
    ):
        # "what tablets help you sleep when your back aches?": a medicine question, declined
        # by the question bank (SAFETY.md 1), not the safety reply
        return Triage(TriageLevel.NONE, ())
    if (
        set(plain.signs) == {"dizziness_fainting"}
        and _has(_DOSE_ASKED, whole)
        and _has(_MEDICINE_CAUSE, whole)
        and not _has(_LIGHT_HEAD_GUARD, whole)
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
    ):
        # round 24: "my blood pressure tablets make me a bit lightheaded, should I halve the
        # dose?": a dose question, declined by the question bank towards the prescriber
        return Triage(TriageLevel.NONE, ())
    if (
        _has(_WHY_MOVE, whole)
        and not _has(_WHY_MOVE_GUARD, whole)
        and set(_assess(_blank(" ".join(clauses), _REST_WORDS)).signs) <= _WHY_MOVE_SIGNS
    ):
        return Triage(TriageLevel.NONE, ())
    # Context of each clause: a clause whose context points away is set aside, and the
    # message is ambiguous only when nothing alarming remains outside those clauses.
    message = " ".join(clauses)
    rest: list[str] = []
    reasons: list[str] = []
    previous, joined_by = "", ""
    other = False  # the last clause that named a subject named someone else
    work = False  # ...as the object of the writer's work (round 12)
    previous_reason: str | None = None  # the reason of the last clause with a sign
    for index, clause in enumerate(clauses):
        if not clause.strip():
            continue
        if _SEPARATOR.fullmatch(clause.strip()):
            joined_by = clause.strip()
            continue
        reason = None
        # round 34: the writer's role ("I'm a carer for my dad, who has...") is no claim of theirs
        mine = bool(_FIRST_PERSON.search(_blank(clause, _ROLE_FOR)))
        if _assess(clause).signs:
            reason = _clause_context(clause, message, whole)
            # round 9, general: laughter or "it's fine" in the symptom's own clause ("my leg
            # went weak lol", "legs like jelly, it's normal") makes it a question; never for
            # the hardest signs, the chest or breathing, nor beside a word of now
            if (
                reason is None
                and (
                    _SAID_FINE.search(clause)
                    # round 22: laughter never lightens night pain or a fever ("back pain wakes
                    # me every night lol", "haha a fever and my back hurts")
                    or (
                        _LAUGHING.search(raws[index])
                        and not set(_assess(clause).signs) & _LAUGH_NEVER_LIGHT
                    )
                )
                and not set(_assess(clause).signs) & _NEVER_LIGHT
                and not _TWIST_WORDS.search(clause)
                and not _DURING.search(clause)
                and not _NOW_TOO.search(clause)
                and not _has(_PRESENT, _blank(whole, _NOT_NOW))
                and not _RETURNED.search(_blank(clause, _GONE))
            ):
                reason = "hedged"
            # round 9, general: the cause told in the clause next to the symptom ("tingling in
            # my toes, from the cold I think", "my leg feels weak. Too many squats"): asked
            # about, as if told in the same clause; never for the signs laughter cannot lighten
            if (
                reason is None
                and not set(_assess(clause).signs) & _NEVER_LIGHT
                and not _has(_PRESENT, _blank(whole, _NOT_NOW))
                and not _has(_RETURNED, _blank(message, _GONE))
                and any(
                    _NEIGHBOUR_CAUSE.search(clauses[j]) and not _assess(clauses[j]).signs
                    for j in _neighbours(clauses, index)
                )
            ):
                reason = "cause"
            # round 12: a bare fragment naming the injury after a past clause ("a car accident
            # in 2009, whiplash, all healed ages ago") shares that clause's past
            if (
                reason is None
                and (
                    previous_reason == "past"
                    or (_LONG_PAST.search(previous) and not _NOW_TOO.search(previous))
                )
                and len(clause.split()) <= 3
                and not _FIRST_PERSON.search(clause)
                and not _NOW_TOO.search(clause)
                and not _PRESENT.search(clause)
                and not _RETURNED.search(clause)
            ):
                reason = "past"
            # round 15: the date told in the clause next to an old knock ("safe if you've had a
            # bad fall? mine was ten years ago and fully recovered") dates it, as if told in the
            # same clause; never beside a word of now or a sign that came back
            if (
                reason is None
                and (
                    set(_assess(clause).signs) <= _OLD_KNOCK
                    # round 20: an old illness told across clauses ("had COVID in the summer,
                    # high temperature for a week, totally recovered")
                    or set(_assess(clause).signs) <= _OLD_ILLNESS
                )
                and _has(_RESOLVED, whole)
                and not _has(_RETURNED, message)
                and not _NOW_TOO.search(clause)
                and not _has(_PRESENT, _blank(whole, _NOT_NOW))
                and any(
                    (_PAST_TIME.search(clauses[j]) or _LONG_PAST.search(clauses[j]))
                    # round 18: the same old knock told across two clauses, the dated one first
                    # ("had an accident at work last year, forklift clipped my foot. totally
                    # healed"); never with a word of now anywhere ("...this one was today")
                    and (
                        not _assess(clauses[j]).signs
                        or (
                            j < index
                            and (
                                set(_assess(clauses[j]).signs) <= _OLD_KNOCK
                                or set(_assess(clauses[j]).signs) <= _OLD_ILLNESS
                            )
                            and not _has(_NOW_TOO, whole)
                        )
                    )
                    and not _NOW_TOO.search(clauses[j])
                    for j in _neighbours(clauses, index)
                )
            ):
                reason = "past"
            # "my husband has sciatica and numbness down one leg": the subject carries on
            if reason is None and other and not mine and not (work and _NOW_TOO.search(clause)):
                reason = "someone_else"
            # round 10: "my son has numb legs, the GP says it's a dead leg": the clinician's
            # word on someone else's symptom is still theirs
            if reason == "cause" and other and not mine and _CHECKED.search(clause):
                reason = "someone_else"
            # round 8: "my sister has MS and numb legs. I've never had anything like it": the
            # writer denies having it, beside someone else's symptom
            if (
                reason is None
                and set(_assess(clause).signs) <= {"new_symptom"}
                and (other or (reasons and set(reasons) == {"someone_else"}))
                and _NEVER_HAD.search(clause)
            ):
                reason = "someone_else"
            if (
                reason is None
                and (
                    joined_by == "so"
                    # "slept funny and my neck hurts"; but "stiff from my desk and both legs
                    # are numb" stays an emergency
                    or (joined_by == "and" and _assess(clause).level < TriageLevel.EMERGENCY)
                )
                and _CAUSE.search(previous)
                and not _hard(clause)
                and not _has(_PRESENT, whole)
                # round 43: "...in the cold and they're numb again now" is the sign back
                and not _has(_RETURNED, _blank(message, _GONE))
                and not _cause_proof(clause)
            ):
                reason = "cause"  # "I did squats this morning so my thighs ache"
        if (
            # round 12: "I treat sciatica and numb legs": the work carries on
            _WORK_WITH.search(clause)
            and (reason == "someone_else" or not _assess(clause).signs)
            and _works_with_symptoms(whole)
        ) or (reason == "someone_else" and _job_work(clause, whole)):
            other = work = True
        elif mine:
            other = work = False
        elif (
            _someone_else_named(clause)
            and _OTHER_FINE.search(clause)
            and not _assess(clause).signs
            and not _THEIR_WORD.search(_blank(clause, _THIRD_PARTY))
        ):
            # round 22: "my mum is fine, but numbness in both legs": the other person said to
            # be fine does not carry on as the subject
            other = work = False
        elif _someone_else_named(clause):
            other, work = True, False
        previous, joined_by = clause, ""
        if _assess(clause).signs:
            previous_reason = reason
        if reason is None:
            rest.append(clause)
        else:
            reasons.append(reason)
    if not reasons or _assess(" ".join(rest)).level is not TriageLevel.NONE:
        return plain
    if _cancer_with_pain(plain.signs, reasons, whole):
        return plain
    if _settled(reasons, plain.signs, whole, message):
        return Triage(TriageLevel.NONE, ())
    # "general" only when every set-aside clause is part of a general question
    others = [reason for reason in reasons if reason != "general"]
    return Triage(plain.level, plain.signs, ambiguous=True, context=(others or reasons)[0])


# ---------------------------------------------------------------------------------------------
# Round 7 (issue 13): fewer questions back where the message settles the matter itself.

# A pain, twinge or cramp in an arm's joint or a hand, not the back's sign ("sharp twinge in my
# shoulder carrying the shopping, gone by tea"). "Arm" alone is left out (a chest pain travels
# there); a shoulder blade is the back's.
_UPPER_PART = (
    r"(?:shoulders?(?! blades?)|wrists?|elbows?|hands?|fingers?|fingertips?|thumbs?|forearms?"
    r"|biceps?|triceps?|knuckles?|collarbone|rotator cuff)"
)
_ELSEWHERE_WORD = (
    r"(?:sharp\w*|shoot\w*|stab\w*|twinge\w*|pain(?:s|ful)?|hurt(?:s|ing)?|aches?|aching"
    r"|cramp\w*|spasm\w*|tweak\w*|jolt|zap|sore(?:ness)?)"
)
_ELSEWHERE_PAIN = re.compile(
    r"\b(?:"
    + _ELSEWHERE_WORD
    + r" (?:\w+ ){0,4}?(?:in|on|at|across|round|around|near) (?:my |the |his |her )?(?:left"
    r" |right |other |top of (?:my |the )?)?"
    + _UPPER_PART
    + r"|(?:my |the |left |right )?"
    + _UPPER_PART
    + r" (?:\w+ ){0,2}?"
    + _ELSEWHERE_WORD
    + r")\b"
)


# Round 21. Another joint's pain asked how to treat ("my knee hurts when I cycle, how do I fix
# my knee"): declined towards a clinician by the question bank, not the twist's stop reply.
_LIMB_JOINT = r"(?:knees?|ankles?|wrists?|elbows?|heels?|shins?|achilles|kneecaps?)"
_OTHER_JOINT_FIX = re.compile(
    r"\b(?:how (?:do|can|should|would) i|what (?:can|should|do) i do to|best way to|help me"
    r"|ways? to|tips to|how to) (?:\w+ ){0,2}?(?:fix|treat|heal|sort|rehab|cure|strengthen|help"
    r"|stop|ease|settle) (?:my |the |this |a )?(?:sore |bad |painful |dodgy )?"
    + _LIMB_JOINT
    + r"\b"
)
_OTHER_JOINT_PAIN = re.compile(
    r"\b(?:(?:my|the|a|both|left|right) )?" + _LIMB_JOINT + r" (?:\w+ ){0,2}?(?:hurts?|hurting"
    r"|aches?|aching|sore|pain\w*|twinges?)\b|\b(?:pain|ache|hurts?|twinges?|sore) (?:in|on|at"
    r"|round|around) (?:my |the |both )?(?:left |right )?" + _LIMB_JOINT + r"\b"
)


# Round 21. A saddle as a thing to buy or fit ("recommend a good saddle for long rides").
_SADDLE_GEAR = re.compile(
    # rt8: never the place the saddle touches ("the spot where the bike saddle sits is dead")
    r"\b(?<!where the )(?<!where my )(?<!where a )(?:recommend\w*|buy|bought|buying|get|choose"
    r"|pick|new|good|best|better|comfy|comfortable|gel|wider|narrower|padded|bike|racing|road"
    r"|which|cut ?out|noseless|womens"
    r"|mens|decent)(?: \w+){0,2}? saddles?\b(?! area| region| zone)"
    r"|\bsaddles? (?:for|on) (?:my |a |the |long )?(?:\w+ )?(?:rides?|bike|cycling|riding|horse"
    r"|pony|commut\w*)\b"
)


def _elsewhere_settles(whole: str) -> bool:
    """A pain elsewhere is set aside when it has gone or has a stated cause, and no sign of
    now ("still hurts", "since this morning") or of the chest or a leg is near."""
    if _has(_PRESENT, _blank(whole, _NOT_NOW)) or _has(_RETURNED, _blank(whole, _GONE)):
        return False
    if re.search(r"\b(?:chest|arm|arms|jaw|breath\w*|sweat\w*)\b", whole):
        return False
    return bool(_has(_GONE, whole) or _has(_RESOLVED, whole) or _has(_CAUSE, whole))


# Signs always asked about, whatever the context (the brief of round 7 and SAFETY.md 3).
_KEEP_ASKING = frozenset(
    {
        "saddle_numbness",
        "bladder",
        "bowel",
        "chest_pain",
        "breathing_difficulty",
        "both_legs",
        "leg_weakening",
        "cancer_history",
        "weight_loss",
        "stroke_signs",
    }
)
# Someone else's symptom with the writer fine or asking on their behalf: asked about only for
# the saddle area, bladder, bowel, chest and breathing.
_KEEP_ASKING_OTHERS = frozenset(
    {"saddle_numbness", "bladder", "bowel", "chest_pain", "breathing_difficulty", "stroke_signs"}
)
# Round 9. Signs never made lighter by laughter or "fine" in their clause: the hardest, those
# always asked about, and those a cause does not explain away.
_NEVER_LIGHT = HARD_SIGNS | _KEEP_ASKING | CAUSE_PROOF
# rt2: nor weight lost against the food eaten ("5 kilos lighter and I've been eating cake 😂")
_LAUGH_NEVER_LIGHT = _NEVER_LIGHT | {"night_pain", "fever_unwell", "weight_loss"}
# rt2: nor by an understated guess ("probably nothing", "probably my cold"): those signs, and a
# faint, a new pain between the shoulder blades and a pop
_RT2_GUESS_SIGNS = _LAUGH_NEVER_LIGHT | {"dizziness_fainting", "shoulder_blade_pain", "popped"}
# Asking on someone else's behalf: "should he use this bot", "can she try this", "for him".
_ON_THEIR_BEHALF = re.compile(
    r"\b(?:(?:should|can|could|would|will|might|may|is it (?:ok|okay|safe) for) (?:he|she|they"
    r"|him|her|them)\b|(?:for|help|helps|suit|suits) (?:him|her|them)\b|asking for (?:a friend"
    r"|him|her|them|my \w+)|(?:is|are) (?:this|it|the \w+) (?:\w+ )?for (?:them|people like"
    r" (?:him|her|them))|(?:he|she|they) (?:could|can|should|might|may) (?:\w+ )?(?:try|do|use"
    r"|give it a go)"
    # round 23: "he wants to know if...", "she asked me to ask"
    r"|(?:he|she|they) (?:wants?|wanted|would like|asked|asks|has asked) (?:me )?to (?:know|ask)"
    r"|asked me to ask|wants me to ask"
    # round 39: "he's asking if this move is safe for older people", "she wonders whether..."
    r"|(?:he|she|they) (?:is |s |are |re |was |has been |keeps )?(?:asking|wondering|wonders"
    r"|asked|asks) (?:me )?(?:if|whether|what|how|about)"
    # round 33: the bot passed on to them ("is it ok if I send her this bot", "can I share this
    # with my clients", "thinking of recommending it to him")
    r"|(?:send|sending|share|sharing|forward|forwarding|recommend|recommending|pass|passing"
    r"|show|showing|give|giving|point|pointing) (?:(?:him|her|them|it|this|the (?:bot|app|link))"
    r" )?(?:this |the |your )?(?:bot|app|link|programme|program|routine|stretch|twist|exercise|it"
    r"|this)?(?: (?:on|over|along))? ?(?:to|with) (?:him|her|them|my \w+|our \w+)"
    r"|(?:send|sending|forward|forwarding|show|showing|give|giving) (?:him|her|them) (?:this|the"
    r"|your) (?:bot|app|link|programme|program|routine|stretch|twist|exercise))"
)
# Round 10. A person named beside the animal ("my son's dog bit him"): the animal rule stays out.
_THIRD_PARTY_PERSON = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter"
    r"|friend|sister|brother|grandad|grandma|gran|nan|kid|kids|child|baby|boyfriend|girlfriend"
    r"|neighbour|neighbor|colleague)\b"
)
# Round 10. An animal's fall or illness is never the writer's.
_PET = re.compile(
    r"\b(?:my|our|the|his|her|their) (?:\w+ )?(?:dog|dogs|cat|cats|puppy|pup|kitten"
    r"|rabbit|bunny|hamster|guinea pig|budgie|parrot|tortoise|ferret|pet)s?\b"
)
# A fall or knock of the writer's own, decades ago, and what it did then.
_OLD_KNOCK = frozenset({"serious_trauma", "fall_accident", "hurts", "popped", "spasm"})
# Round 10. An illness of the long past ("a kidney infection in my twenties, forty years ago")
# settles like an old knock.
_OLD_ILLNESS = frozenset({"fever_unwell", "dizziness_fainting", "hurts", "spasm"})
# The writer's own fall or accident: asked about unless it is the long past.
_OWN_EVENT = frozenset({"serious_trauma", "fall_accident"})
# Round 8. The writer says they never had it.
_NEVER_HAD = re.compile(
    r"\bi (?:have |had )?(?:never|not ever) (?:had|felt|experienced|got) (?:anything|something|it"
    r"|that|this|any of (?:that|this|it))(?: like (?:it|that|this))?(?: myself)?\b"
)
# Round 10. Someone else's symptom already in a clinician's hands: "the doctors are looking into
# it", "GP saw her", "in hospital", "vet says he's fine".
_IN_CARE = re.compile(
    r"\b(?:(?:in|at|into|to|on) (?:the |a |my |our )?(?:hospital|a and e|icu|intensive care"
    r"|hospice|ward"
    r"|cardiology|emergency room|vets?)|(?:doctors?|docs?|gp|consultant|specialist|nurses?|vet"
    r"|vets|surgeon|paramedics?|ambulance|cardiologist|neurologist|hospital|a and e|physio\w*)"
    r" (?:\w+ ){0,3}?(?:saw|seen|sees|is seeing|are seeing|checked|examined|treating|treated"
    r"|is treating|are treating|looking into|looked at|looking at|investigating|said|says|told"
    r"|reckons|came|took|has|have|sorted|on it|diagnosed)|under (?:the )?(?:doctor|gp|hospital"
    r"|consultant|specialist|care|investigation)|being (?:treated|looked after|investigated"
    r"|seen|checked)|on (?:medication|treatment|tablets)|(?:seeing|seen by|referred to|waiting"
    r" (?:to see|for)|booked in with) (?:a |the |his |her |their )?(?:doctor|gp|specialist"
    r"|consultant|physio\w*|surgeon|neurologist|urologist|cardiologist)|(?:his|her|their)"
    r" (?:cancer |hip |knee |heart |prostate |bowel |back )?(?:treatment|chemo\w*|radiotherapy"
    r"|operation|surgery|op|procedure|replacement)"
    # round 27: someone else's cancer treatment under way ("my best friend is going through
    # chemo, she does a seated stretch her team gave her")
    r"|(?:he|she|they|who) (?:is |s |are |re |has |have )?(?:going through|having|doing|on|started"
    r"|starting|finished|finishing|in the middle of) (?:\w+ )?(?:chemo\w*|radiotherapy"
    r"|immunotherapy|cancer treatment)|(?:going through|having|in the middle of) (?:chemo\w*"
    r"|radiotherapy|immunotherapy)|(?:his|her|their) (?:medical |care |cancer |oncology )?team"
    r"|(?:to|at) (?:the |a )?(?:emergency |out of hours |24 hour )?vets?"
    # round 42: "he's in with the doctor", "she's being seen"
    r"|(?:he|she|they) (?:is|are|s|was|were) (?:in with|with|seeing|being seen by) (?:the |a |her "
    r"|his |their )?(?:gp|doctor|nurse|consultant|specialist|physio\w*|practice nurse)"
    r"|(?:he|she|they) (?:is|are|s) (?:being|getting) (?:seen|checked|looked at)"
    # round 24: "he's seen the GP about it", "we're getting him seen tomorrow"
    r"|(?:he|she|they|he has|she has|they have|he s|she s|they ve) (?:seen|been to|saw) (?:the |a "
    r"|his |her |their )?(?:gp|doctor|specialist|consultant|physio\w*|neurologist|urologist)"
    # round 41: "had to take him to the walk-in", "drove her to minor injuries"
    r"|(?:take|took|taking|taken|drove|driving|drive|rushed|run|ran) (?:him|her|them)"
    r" (?:in |down |up |over )?(?:to )?(?:the |a |an )?(?:walk in(?: centre| center| clinic)?"
    r"|minor injuries(?: unit)?|urgent care(?: centre| center)?|a and e|hospital|gp|doctors?"
    r"|surgery|clinic|out of hours|emergency(?: room| department)?|casualty)"
    r"|getting (?:him|her|them) (?:seen|checked|looked at)|taking (?:him|her|them) to (?:the "
    r"|a |his |her |their )?(?:gp|doctor|hospital|a and e|specialist))\b"
)
# The writer says they are fine, beside someone else's symptom.
# Round 28. The writer a clinician or a student of one, and the person named their patient
# ("physio student here, my placement patient has foot drop").
_CARE_ROLE = re.compile(
    r"\b(?:(?:physio\w*|nursing|medical|med|osteo\w*|chiro\w*|sports therapy|paramedic\w*"
    r"|pt|ot|occupational therapy|midwifery|dental) students?|student (?:physio\w*|nurse|doctor"
    r"|paramedic|midwife|osteo\w*)|(?:health ?care|care|nursing|support|care home)"
    r" (?:assistant|worker)"
    r"|(?:i am|im|i work as|as) (?:a |an )?(?:\w+ )?(?:physio\w*"
    r"|nurse|doctor|gp|osteopath|chiropractor|paramedic|sports therapist|occupational therapist"
    r"|neurologist|surgeon|carer|care worker|care assistant|healthcare assistant|support worker"
    r"|care home worker|nursing assistant|home carer|paid carer))\b"
)
_MY_PATIENT = re.compile(
    r"\b(?:my|our|a|one of my|one of our|many of my|some of my|lots of my|most of my|a lot of my)"
    r" (?:\w+ )?(?:patients?|clients?|residents|service users?)\b"
)
_WRITER_FINE = re.compile(
    r"\b(?:i (?:have |had )?(?:never|not ever) (?:had|felt|experienced|got) (?:anything|something"
    r"|it|that|this)(?: like (?:it|that|this))?"
    r"|(?:i am|im|i feel|i have been|i was|i am feeling|i seem|me) (?:\w+ )?(?:fine|ok|okay"
    r"|good|alright|all right|well|great|unaffected|not affected|unhurt|healthy)"
    r"|mine (?:is|are|feel|feels|seem|seems) (?:\w+ )?(?:fine|ok|okay|good|alright|normal)"
    r"|(?:his|her|their) (?:problem|issue|thing)|not (?:mine|me|my problem|my issue)"
    # round 13: "he's fine, my back is fine"
    r"|my (?:own )?(?:back|body|legs?|spine) (?:is|are|feels?|felt|was|seems?) (?:\w+ )?(?:fine"
    r"|ok|okay|good|alright|all right|normal|unhurt)"
    # round 18: "back's ok though"
    r"|(?<!come )(?<!came )(?<!comes )back (?:is |s |feels? )?(?:totally |completely |perfectly )?"
    r"(?:fine|ok|okay|alright|all right)|(?:he|she|they) (?:is|are|was|were|seems?"
    r"|seemed) (?:\w+ )?(?:fine|ok|okay|alright|all right|unhurt)"
    # round 23: "my client has MS and weak legs, asking for me tho": the writer asks for themself
    r"|asking (?:for|about) (?:me|myself)(?: (?:tho|though|not (?:him|her|them)))?"
    r"|(?:he|she|they) (?:is|are|s|re) doing (?:really |so |very )?(?:brilliantly|well|great"
    r"|fine|amazingly|brilliant)"
    # round 24: "I don't have any of that", "Me, I'm 34 with a stiff desk back and nothing
    # else", "my own back gets stiff from lifting her": the writer's own is different
    r"|i (?:do not|don't|dont) (?:have|get) (?:any of )?(?:that|this|it|those|them|anything like"
    r" (?:that|it))|i (?:have not|haven't|havent) got (?:any of )?(?:that|this|it|those|them)"
    r"|(?:me|myself),? (?:i am|im|i'm) (?:\w+ ){0,7}?(?:and|with) nothing else"
    r"|my own (?:back|body|legs?|spine|neck|hips?) (?:\w+ ){0,2}?(?:gets?|is|feels?|goes)"
    # round 26: "is just a bit tight from carrying her shopping"
    r" (?:just |only )?(?:a bit )?(?:stiff|tight|achy|sore|tired)"
    r"(?= (?:\w+ ){0,2}?(?:from|after|when|with) )"
    # round 29: the writer's own motive for the move beside someone else's condition ("so I am
    # scared to get stiff, I want to keep moving", "I do the exercise for my own back")
    r"|(?:scared|afraid|worried|frightened) (?:to|of) (?:get|getting|become|becoming|end up"
    r"|ending up|go|going) (?:\w+ )?(?:stiff|weak|immobile|frail|like (?:her|him|them|that))"
    r"|i (?:just |only )?(?:want|wanna|would like) to (?:keep|stay) (?:moving|active|mobile|supple"
    r"|flexible|fit|strong|independent)"
    r"|(?:i do|i am doing|im doing|doing) (?:the|this|it|my) (?:\w+ )?for my own (?:back|body"
    r"|spine|stiffness)"
    r"|nothing like that (?:for|with|in) me"
    # round 35: the bot said to be the writer's alone ("he's not doing this, it's just me", "the
    # benefits for me"), the writer's own motive ("it made me want to look after myself better,
    # hence this bot"), the writer turning to their own question ("anyway my question is where
    # my foot goes"), and the writer fine in any word ("I feel grand though")
    r"|(?:he|she|they) (?:is|s|are|re|will|ll) not (?:be )?(?:doing|using|trying|on|going to do"
    r"|gonna do) (?:this|it|the \w+|any of (?:this|it))"
    r"|(?:it is|it s|its|this is|this s) (?:just|only|all) (?:me|for me|mine)"
    r"|(?:just|only) me (?:doing|using|on|trying) (?:this|it|the \w+)"
    r"|(?:the )?(?:benefits?|point|good|use) (?:of (?:it|this|the \w+) )?for me"
    r"|(?:want|wanted|wants|decided|determined|resolved|inspired|spurred|prompted) (?:me )?to"
    r" (?:look after|take care of|take better care of|get on top of|work on|do something about"
    r"|get) (?:myself|my (?:own )?(?:health|body|back|fitness)|fitter|fit|in shape|moving)"
    r"|hence (?:this|the) (?:bot|app|chat|exercise|twist)"
    r"|(?:anyway|anyhow|any road|enough about (?:him|her|them)|back to me|as for me|me though)"
    r"(?: \w+){0,3}? my (?:own )?(?:question|query)|my (?:own )?(?:question|query) (?:is|was)"
    r"|(?:i am|im|i m|i feel|i am feeling|feeling|me) (?:\w+ )?(?:grand|champion|tip top|right as"
    r" rain|in fine fettle|chipper|spot on|dandy|sound|hunky dory|fighting fit|fit as a fiddle)"
    r"(?: though| tho| myself| thankfully| luckily)?"
    # round 39: the writer's own plans for the move beside someone else's sign ("so I finally
    # have time for the twist", "I'll squeeze my stretch in tonight"), and the turn to the
    # writer's own question about it ("unrelated: how long do I hold?", "anyway, how often")
    r"|(?:i|i ve|i have|i ll|i will|i can|i could|so i|which means i|means i) (?:\w+ ){0,2}?"
    r"(?:have|got|get|found|find|make|do|fit in|squeeze in|getting|doing) (?:\w+ ){0,2}?"
    r"(?:time|a chance|the chance|a window|room) (?:for|to do|to get (?:in|on with)) (?:the|my"
    r"|this|a|some|today s|tonight s) (?:\w+ )?(?:twist|stretch|session|exercise|routine"
    r"|mobility|practice|reps?)"
    r"|(?:i ll|i will|i am going to|im going to|i m going to|gonna|i can still|so i can|means i can"
    r"|meaning i can|now i can|i can finally|i can now) (?:\w+ )?"
    r"(?:do|fit in|squeeze in|get in|get on with|crack on with|start) (?:my|the|a|this|today s"
    r"|tonight s) (?:\w+ )?(?:twist|stretch|session|exercise|routine|reps?)"
    r"|(?:unrelated|anyway|anyhow|any road|on another note|on a different note|moving on"
    r"|back to (?:me|real life|reality|my question|the twist|business)|separate question"
    r"|different question|other question|my question)(?: (?:but|though|tho|then|so|now|lol"
    r"|haha))? (?:how|what|when|where|which|can|could|should|shall|is|are|do|does|will)\b)\b"
)
# Symptoms in the hands or arms with a cause ("tingly fingers from the cold") settle without
# "gone now", unless the message also names the back, a leg, the saddle area or the chest.
_UPPER_ONLY = re.compile(
    # round 42: the palms
    r"\b(?:hands?|fingers?|fingertips?|thumbs?|wrists?|arms?|elbows?|forearms?|palms?)\b"
)
# Round 42: a part said fine ("back feels fine though", "legs are ok"), never "fine but";
# parts that are never a sign's (the ears, the nose), and every other part.
_PART_SAID_FINE_42 = re.compile(
    r"\b(?:my |the )?(?:back|spine|legs?|feet|foot|neck|hips?|bum|knees?|body)(?: (?:and|or)"
    r" (?:my )?(?:back|spine|legs?|feet|foot|neck|hips?|knees?))*(?: (?:is|are|s|feels?|feel"
    r"|seems?|felt|was|were))? (?:totally |completely |perfectly |absolutely )?(?:fine|ok|okay"
    r"|good|grand|normal|alright|all right)(?: (?:though|tho|thankfully|luckily|btw|lol))*\b"
    r"(?! (?:but|until|till|except|apart|other than|besides)\b)"
)
_NEVER_FLAG_PART_42 = re.compile(
    r"\b(?:ears?|ear ?lobes?|nose|nostrils|tip of (?:my|the) nose|nose tip|nose and ears?"
    r"|ears and nose)\b"
)
_OTHER_PART_42 = re.compile(
    r"\b(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|ankles?|knees?|back|spine|bum|butt"
    r"|groin|hips?|chest|neck|buttocks?|bottom|saddle|down there|glutes?|hamstrings?|hands?"
    r"|fingers?|fingertips?|thumbs?|wrists?|arms?|elbows?|forearms?|face|lips?|mouth|tongue"
    r"|cheeks?|jaw|chin|head|eyes?|side|one side|body|all over|everywhere|skin|scalp|shoulders?"
    r"|stomach|tummy|belly|privates|genitals|bits|bladder|bowels?|weak\w*"
    r"|dizz\w*|faint\w*|breath\w*|speech|speak\w*|words?|vision|sight|see)\b"
)
_LOWER_OR_TRUNK = re.compile(
    r"\b(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|ankles?|knees?|back|spine|bum|butt"
    r"|groin|hips?|chest|neck|buttocks?|bottom|saddle|down there|glutes?|hamstrings?)\b"
)


# Round 18. A child's aches ("my 8 year old complains of growing pains in her legs at night"):
# a child's pain is not the writer's and not this bot's to triage (the question bank declines
# it); never a child's numbness, weakness, fall, fever or anything beyond pain.
_CHILD = re.compile(
    r"\b(?:my|our|his|her) (?:\w+ )?(?:(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?(?:year|yr)s? old"
    r"|\w+ ?(?:month|mo|week|wk|day)s? old|newborn|infant|(?:[1-9]|1[0-7]) ?yo|(?:[1-9]|1[0-7]) y o"
    r"|kid|kids|child|children|toddler|toddlers|little one|little ones|teenager|teen|baby"
    r"|youngest|eldest)\b"
)
_CHILD_PAIN_SIGNS = frozenset(
    {"leg_pain", "both_legs", "night_pain", "hurts", "rest_pain", "pain_on_movement", "spasm"}
)
_PAIN_WORD = re.compile(r"\b" + PAIN + r"\b|\bgrowing pains?\b")


# Round 23. A clinician's all-clear for a past sign ("had physio", "heart checked", "turned out to
# be indigestion"), and the signs it may settle with the past and resolved.
_ALL_CLEAR = re.compile(
    r"\b(?:(?:had|saw|seen|went to|got|did) (?:a |the |my |some )?(?:physio\w*|doctor|gp"
    r"|cardiologist|specialist|consultant|rehab|tests?|ecg|scan)|(?:heart|back|knee|knees|leg"
    r"|legs|it|everything|i) (?:was |were |got |been |has been |have been )?(?:all )?(?:checked"
    r"|tested|scanned|x rayed|cleared|given the all clear)|turned out (?:to be )?(?:just )?"
    r"(?:indigestion|heartburn|nothing|a muscle|muscular|anxiety|a panic attack|reflux|wind)"
    r"|cleared by|all clear"
    # round 24: "fully rehabbed and playing again"
    r"|(?:fully |completely |properly )?rehabb?ed|rehabilitated"
    # round 45: the tests done and the verdict told ("the hospital ran all the tests", "the
    # letter says my heart is fine", "the results came back normal")
    r"|(?:(?:hospital|doctors?|gp|a and e|a e|cardiologist|specialist|consultant|they|clinic)"
    r" (?:\w+ ){0,2}?)?(?:did|ran|run|done|do) (?:all |every |loads of |lots of )?(?:the |some |a"
    r" |an |my )?(?:tests?|checks|ecg|scans?|bloods|heart tests?)"
    r"|(?:letter|results?|report|tests?|ecg|scan|doctor|cardiologist|hospital|gp|consultant"
    r"|specialist) (?:\w+ ){0,2}?(?:says?|said|shows?|showed|came back|come back|confirmed)"
    r" (?:that )?(?:my heart|the heart|everything|all|it|i) (?:is|was|s|were|am|came back)?"
    r" ?(?:all )?(?:fine|normal|healthy|clear|ok|okay|in good shape|perfectly fine))\b"
)
_CLEARED_SIGNS = frozenset(
    {"leg_weakening", "weakness", "chest_pain", "hurts", "pain_on_movement", "popped"}
)
# Round 23. Someone else's condition over or treated ("had an op for it last year, doing
# brilliantly now"), asked about on their behalf.
_THEY_RECOVERED = re.compile(
    r"\b(?:(?:he|she|they) (?:is|are|s|re|has|have|was|were) (?:been )?(?:doing )?(?:really |so "
    r"|very |absolutely |all |totally |completely )?(?:brilliantly|well|great|fine|amazingly"
    r"|brilliant|recovered|in remission|all clear|cancer free|clear|sorted|on the mend|back to"
    r" normal|doing well|much better|better now|fine now|ok now|okay now|good now"
    r"|on tablets for it"
    r"|on medication for it|being treated|treated)|(?:he|she|they) had (?:an? |the |his |her"
    r" |their )?(?:op"
    r"|operation|surgery|treatment)(?= (?:\w+ ){0,6}?(?:last|in|years?|months?|ago)\b))\b"
)
_FINE_NOW = re.compile(
    r"\b(?:totally |completely |perfectly |all |fully )?(?:fine|better|ok|okay|good|normal|great"
    r"|healed|recovered|sorted|strong|stronger|solid) now\b"
)
# Round 33. Up and about again: what ends a seat's numbness ("as soon as I stood up", "once I
# got off and walked", "after a walk about").
_UP_AGAIN = re.compile(
    r"\b(?:stood|stand|stands|standing|up and about|moved|move|moves|moving|walk\w*"
    r"|(?:hop|hops|hopped|hopping|jump|jumps|jumped|jumping|get|gets|got|getting|step|steps"
    r"|stepped|stepping|climb|climbs|climbed|climbing|roll|rolls|rolled|rolling) (?:off|out|up"
    r"|down)"
    r"|stretched|stretch|shifted|shift|wiggl\w*|stamp\w*|shook|shake|changed position|sat up"
    r"|dismounted|off the (?:bike|horse|coach|bus|train|plane|flight)|after a (?:walk|stretch"
    r"|wander|stroll)|all good now|back to normal|fine now|gone now|long gone|ages ago)\b"
)
_GONE_TO_SLEEP = re.compile(
    r"\b(?:(?:went|gone|go|goes|going|fell|falls|falling) (?:to )?(?:sleep|asleep)|dead legs?"
    r"|pins and needles"
    # round 24: "my legs went numb from sitting cross-legged", "numb bum from the flight"
    r"|(?:went|gone|go|goes|going|got|get|gets) (?:a bit |all |completely |totally |really )?"
    r"(?:numb|dead|tingly)|numb (?:bum|butt|backside|bottom|behind|arse|ass)"
    # round 31: the seat told first ("bum was a bit numb after a 3 hour lecture")
    r"|(?:bum|butt|backside|bottom|behind|arse|ass|bum cheeks?) (?:(?:was|were|is|felt|feels"
    r"|got|went|had gone|a bit|kind of|slightly|all|totally|completely|so) ){1,3}(?:numb|dead"
    r"|tingly|asleep))\b"
)
# Round 24. Hands, feet or toes that tingle or numb in the cold, for years or with a known
# diagnosis ("my feet always get tingly when they're cold, has been like that for years",
# "Raynaud's, diagnosed years ago, toes go white and numb in the cold"): settled without a
# question; never new, worse, spreading, the seat or a leg.
_COLD_CAUSE = re.compile(r"\b(?:cold|chilly|freezing|winter|frost\w*|icy|snow)\b")
_LONG_STANDING = re.compile(
    r"\b(?:for (?:years|ages|decades|as long as i can remember|my whole life|most of my life)"
    r"|(?:has|have) (?:always )?been like (?:that|this) (?:for|since)|always (?:have|had|get|got"
    r"|gets|go|goes|been)|since (?:i was|childhood|forever)|raynaud\w*|chilblains?|diagnosed"
    r" (?:\w+ ){0,3}?(?:years|ages|decades|long) ago|(?:\w+ )?years? ago diagnosed)\b"
)
_COLD_PARTS = re.compile(r"\b(?:feet|foot|toes?|fingers?|hands?|fingertips?)\b")
_COLD_GUARD = re.compile(
    r"\b(?:new|newly|lately|recently|worse|worsening|spread\w*|legs?|thighs?|calf|calves|groin|bum"
    r"|butt\w*|saddle|bladder|bowel\w*|weak\w*|drag\w*|still|since (?:this|last|yesterday|the)"
    r"|started|starting|getting)\b"
)
# Round 41: warmed up, told in any short shape ("warmed up now", "thawed out", "fine once I got
# in", "back to normal by the time I got to work").
_WARMED_41 = re.compile(
    r"(?<!not )(?<!never )(?<!yet )\b(?:warmed (?:up|back up|through)|warm (?:now|again)|thawed"
    r"(?: out)?|thawing out"
    r"|(?:fine|ok|okay|normal|grand|good) (?:again )?(?:once|as soon as|when|after) (?:i|we)"
    r" (?:got|get|was|were|warmed|had) (?:in|inside|indoors|home|to work|warm|a \w+)"
    r"|(?:feel|feeling|felt) fine now|all good now|back to normal)\b"
)
_YEAR_PAST = re.compile(
    r"\b(?:last year|the year before last|(?:a|one|1|over a|more than a) (?:year|yr) (?:ago|back)"
    r"|(?:two|three|four|five|\d+) (?:years|yrs) (?:ago|back)"
    # round 35: years ago in any word ("a few years ago", "some years back", "donkey's years")
    r"|(?:a few|a couple of|couple of|couple|some|several|many|a good few|a fair few|a good many"
    r"|loads of|lots of|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) (?:years|yrs)"
    r" (?:ago|back)|years (?:and years )?ago|decades? ago|donkey s years|yonks ago|ages ago)\b"
)
_TREATED = re.compile(
    r"\b(?:physio\w*|doctor|gp|treatment|treated|rehab\w*|hospital|a and e|checked|scan\w*"
    # round 35: an operation or a specialist ("after my prostate op", "the urologist sorted it")
    r"|op|operation|surgery|procedure|surgeon|consultant|specialist|urolog\w*|gynae\w*"
    r"|antibiotics|tablets|medication|catheter|nurse|clinic"
    r"|x ray\w*|osteo\w*|chiro\w*)\b"
)
# Round 24. A long sit that numbs a leg or the bum ("sitting cross-legged in meditation for 40
# minutes", "the 14 hour flight"), and what never goes with it.
_LONG_SIT = re.compile(
    r"\b(?:sat|sitting|cross legged|kneeling|meditat\w*|flights?|flew|drive|driving|drove"
    r"|journey|coach trip|train ride|car ride|road trip|lecture|cinema|\d+ (?:hours?|hrs?|minutes?"
    r"|mins?) (?:in|on|of|sat|sitting|flight|drive|journey)"
    # round 27: a long meeting or show on a hard seat ("numb bum from a 3 hour meeting on a hard
    # chair, went away as soon as I stood up")
    r"|(?:\d+|one|two|three|four|five|six|long|all day) (?:hours? |hrs? )?(?:meeting|exam|lecture"
    r"|seminar|service|concert|gig|play|show|film|movie|match|game|conference|wedding|ceremony)s?"
    r"|hard (?:chairs?|seats?|benches?|pews?|stools?)|(?:church )?pews?|bleachers|stadium seats?"
    # round 41: "the hard plastic chairs in the exam hall", "on the floor"
    r"|(?:hard|plastic|wooden|metal|folding|school|canteen) (?:\w+ )?(?:chairs?|seats?|benches?"
    r"|stools?)|(?:exam|sports|school|church|village|lecture) halls?"
    # round 33: any vehicle ("on the coach to Leeds", "a long ferry crossing", "the bus home")
    r"|(?:on|in) (?:the|a|my|our|his|her|their) (?:\w+ )?(?:coach|bus|minibus|train|ferry|boat"
    r"|tram|tube|plane|taxi|cab|lorry|truck|van|tractor|car|motorbike)|(?:coach|bus|ferry|boat"
    r"|train|tram|plane|taxi|car|minibus) (?:trip|ride|journey|crossing)|ferry crossing"
    r"|commute)\b"
)
# Round 26. A sit's numbness that came back or keeps coming is not over.
_SEAT_AGAIN = re.compile(
    r"\b(?:again|came back|comes back|coming back|keeps? (?:going|coming|happening)|every time"
    r"|since|returned|recurr\w*)\b"
)
_SEAT_NUMB_GUARD = re.compile(
    r"\b(?:groin|genital\w*|privates|crotch|perineum|vagina|penis|scrotum|testicles|balls|wip\w*"
    r"|pee|wee|poo|bladder|bowel\w*|toilet|loo|inner thighs?|between (?:my|the) legs|down there"
    r"|still|since|weak\w*|giving way|gave way|gives way|worse|spread\w*|both sides|saddle)\b"
)
# rt9: a burning or a pain running down both legs ("a burning down the backs of both", "the ache
# is running down the pair of them"): never soreness from an effort
_DOWN_BOTH_9 = (
    r"\b(?:burn\w*|pain\w*|shoot\w*|ach\w*) (?:\w+ ){0,6}?down (?:the )?(?:(?:backs?|fronts?"
    r"|sides?|outsides?|insides?) of )?(?:both|the pair|each)\b"
)
_DOWN_BOTH_9_RE = re.compile(_DOWN_BOTH_9)
_NOT_TIRED = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|gave way|give way|giving way|buckl\w*|collaps\w*"
    r"|can not (?:feel|walk|stand|lift)|dragg\w*|saddle|bladder|bowel\w*)\b"
    # rt9: a burning or a pain running down both legs ("a burning down the backs of both")
    r"|" + _DOWN_BOTH_9
)


def _tired_after_effort(found: set[str], whole: str) -> bool:
    """Round 23. Legs tired after the effort, said in training words ("legs like jelly after leg
    day, squats destroyed me"); never numb, tingling, giving way, worse or a sign now."""
    return (
        found <= _TIRED_SIGNS
        and _has(_EXERTION, whole)
        and _has(_NORMAL_TIRED, whole)
        and not _has(_NOT_TIRED, whole)
        and not _has(
            # round 42: the effort's own time read first ("after lunges this morning")
            _WORSENING,
            _blank(_blank(_blank(whole, _EFFORT_WHEN), _NORMAL_TIRED), _WHEN_ASKED_38),
        )
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
        and not _hard(whole)
    )


# Round 38. When to do the move, asked ("twist now or later?", "should I do it today or wait
# till tomorrow?"): a question of timing, no word of the sign's now.
_WHEN_ASKED_38 = re.compile(
    r"\b(?:(?:twist|stretch|do it|do the (?:twist|stretch|move|session|exercise)|session|exercise"
    r"|move|go|workout) )?(?:now|today|tonight|right away|straight away) or (?:later|tomorrow"
    r"|wait|after|in the morning|tonight|leave it|another day|skip)\b"
    r"|\b(?:should|can|could|shall) i (?:still )?(?:do|twist|stretch|try) (?:it |the (?:twist"
    r"|stretch|move|session|exercise) )?(?:now|today|tonight)(?= or| \?|$)"
)


# Round 26. The writer's own back said to be only ordinary, with its cause ("my back is just
# stiff from that").
_WRITER_ORDINARY = re.compile(
    # round 51: the verb dropped with the possessive ("my own back's just stiff from...")
    r"\bmy (?:own )?(?:back|body|spine|neck) (?:(?:is|s|feels?|has been) )?(?:just|only)"
    r" (?:a (?:bit|little|touch) )?(?:stiff|tight|achy|sore|tired)"
    r"(?= (?:\w+ ){0,2}?(?:from|after|with) )"
    # round 33: "I'm just stiff from all the lifting", "I'm just here for my stiff back", "my
    # own back is only a bit tight"
    r"|\b(?:i am|im|i m|i feel|i was|i have been|me) (?:just|only) (?:a (?:bit|little|touch) )?"
    r"(?:stiff|tight|achy|sore|tired)(?= (?:\w+ ){0,3}?(?:from|after|with) )"
    r"|\b(?:i am|im|i m) (?:just |only )?(?:here|on here|using (?:this|it|the bot)) (?:for|because"
    r" of|about) (?:my|a) (?:own )?(?:\w+ )?(?:stiff|tight|achy|sore|creaky|desk|office|old)"
    r" (?:back|body|spine|neck|hips?)"
)
# Round 26. A child's wet bed ("my son wet the bed again last night"): the child's, never the
# writer's bladder.
_CHILD_WET_BED = re.compile(
    r"\b(?:my|our) (?:little |youngest |eldest |\w+ (?:year|yr) old )?(?:son|daughter|kid|kids"
    r"|child|children|boy|girl|toddler|little one|twins|grandson|granddaughter|grandkids)"
    r" (?:\w+ ){0,2}?(?:wet|wets|wetting|has wet) (?:the|his|her|their) (?:bed|beds|pants)\b"
)


# Round 38. An upper back that aches from a posture held all day or for hours ("an achy upper
# back from slouching over the headset all day", "upper back stiff and sore from hunching over
# the wheel on a long shift"): an ordinary ache with its everyday cause, settled; never sharp,
# stabbing, burning or tearing, never new or sudden, at night, with the chest, an arm, the jaw or
# breathing beside it, nor between the shoulder blades named as such.
_POSTURE_38 = re.compile(
    r"\b(?:slouch\w*|hunch\w*|stoop\w*|crouch\w*|(?:leaning|leant|leaned|bent|bending|bend|craning"
    r"|peering|looking) (?:over|down|forward)|poor posture|bad posture|my posture|posture)\b"
)
_HELD_LONG_38 = re.compile(
    r"\b(?:all (?:day|shift|night shift|week|morning|afternoon|evening)|for hours|hours (?:of|on"
    r"|at|over)|(?:\d+|ten|eight|six|twelve|long) ?h(?:ou)?rs?|long (?:shifts?|days?|hours|drives?)"
    r"|every (?:day|shift)|(?:at|over) (?:my|the|a) (?:\w+ )?(?:desk|laptop|screen|computer|pc"
    r"|keyboard|headset|phone|wheel|steering wheel|till|counter|bench|workstation|monitor|sink"
    r"|conveyor|scanner|tablet))\b"
)
_UPPER_ALARM_38 = re.compile(
    r"\b(?:sharp\w*|stab\w*|burn\w*|tear\w*|rip\w*|knife|knifed|dagger|poker|shoot\w*|sudden\w*"
    r"|suddenly|out of nowhere|new|since|started|came on|night|nights|wakes?|woke|chest|arm|arms"
    r"|jaw|neck and arm|breath\w*|sweat\w*|clammy|sick|dizzy|blade|blades|between (?:my |the )?"
    r"shoulders"
    r"|worse|worst|agony|severe|killing|unbearable|rest|resting|lying|constant|fever|hot|weight)\b"
)


_PART_FINE_38 = re.compile(
    r"\b(?:(?:my )?(?:chest|arms?|jaw|breathing)(?: (?:and|or) (?:my )?(?:chest|arms?|jaw"
    r"|breathing))* (?:is|are|s|feels?|feel) (?:totally |completely |perfectly )?(?:fine|ok|okay"
    r"|good|normal|grand|alright)(?! (?:but|until|till|except)\b)"
    r"|no (?:pain )?(?:in )?(?:my )?(?:chest|arms?|jaw)(?: (?:or|and|nor) (?:my )?(?:chest|arms?"
    r"|jaw))*(?: pain)?(?: or anything(?: like that)?)?)\b"
)


def _posture_ache_38(found: set[str], whole: str, message: str) -> bool:
    """Round 38: an upper back's ache from a posture held long (see `_POSTURE_38`)."""
    return (
        found <= {"shoulder_blade_pain", "hurts"}
        and "shoulder_blade_pain" in found
        and bool(_has(_POSTURE_38, whole))
        and bool(_has(_HELD_LONG_38, whole))
        and not _has(_UPPER_ALARM_38, _blank(whole, _PART_FINE_38))
        and not _has(_PRESENT, _blank(whole, _NOT_NOW))
    )


# Round 42 (h42's questions back), on the text as normalised: legs called dead; the pecs sore;
# an illness's breathlessness over; the check's questions asked; someone sent to be seen.
_DEAD_LEGS_42 = re.compile(
    r"\b(?:dead legs|legs? (?:are |is |feel |feels |felt |were |was |s |gone |went )?(?:so "
    r"|proper |properly |absolutely |totally |completely |pretty |bit |a bit )?dead)\b"
)
_PEC_SORE_42 = re.compile(
    r"\b(?:pecs?|pectorals?|chest muscles?)(?: \w+){0,3}? (?:sore|stiff|tight|achy|aching|tender"
    r"|wrecked|destroyed|battered|killing me|doms)\b|\b(?:sore|stiff|achy|tender|tight) (?:pecs?"
    r"|pectorals?|chest muscles?)\b"
    # round 51: sore to the touch ("sore when I poke the pecs", "tender if I press my pecs")
    r"|\b(?:sore|tender|achy|bruised) (?:\w+ ){0,2}?(?:when|if|where) (?:i |you )?(?:poke|press"
    r"|prod|push on|touch|squeeze) (?:on )?(?:the |my )?(?:pecs?|pectorals?|chest muscles?)\b"
)
_CHEST_GUARD_42 = re.compile(
    r"\b(?:breath\w*|puff\w*|pant\w*|wheez\w*|sweat\w*|clammy|arms?|jaw|neck|shoulder blades?"
    r"|spread\w*|radiat\w*|travel\w*|crush\w*|squeez\w*|pressure|heavy|heaviness|weight on"
    r"|elephant|band|vice|sharp|stab\w*|pains?|burn\w*|rest|resting|lying|(?<!last )night"
    r"|nights|woke|wakes"
    r"|dizz\w*|faint\w*|light ?headed|sick|nause\w*|palpitat\w*|racing|pounding|flutter\w*"
    r"|heart|worse|still|new|sudden\w*|out of nowhere|left side|since|again|never)\b"
)
_CLEARED_42 = re.compile(
    r"\b(?:cleared|cleared up|cleared off|went away|gone away|passed|over|better|recovered|got"
    r" over it|shook it off|shifted)\b"
)
_WHEN_PAST_42 = re.compile(
    r"\b(?:ago|last (?:week|month|year|winter|spring|summer|autumn|time)|(?:a|one|two|three|few)"
    r" (?:weeks?|months?|fortnight)|fortnight|in (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)|over (?:christmas|easter|new year|the"
    r" holidays)|back in|earlier this (?:year|month))\b"
)
_ILLNESS_42 = re.compile(
    r"\b(?:cold|colds|flu|covid|bug|virus|chest infection|cough|lurgy|chesty cold|head cold"
    r"|chest bug|bronchitis)\b"
)
_BREATH_FINE_42 = re.compile(
    r"\b(?:breathing|breath|chest|lungs)(?: is| s| has been| have been| are| feels?| feel)?"
    r" (?:totally |completely |perfectly |absolutely |all )?(?:fine|normal|back to normal|good"
    r"|ok|okay|grand|clear|great)(?: (?:now|again|since|these days))*\b"
    r"(?! (?:but|until|till|except|apart|other than|besides)\b)"
)
_BREATH_GUARD_42 = re.compile(
    r"\b(?:still|again|worse|today|tonight|this (?:morning|afternoon|evening)|right now|at the"
    r" moment|lips|blue|grey|rest|resting|lying|sitting still|chest pain|pains?|tight|sweat\w*"
    r"|dizz\w*|faint\w*|since (?:then|yesterday|this)|every|keeps?|whenever)\b"
)
_CHECK_ASKS_42 = re.compile(
    r"\b(?:what|which) (?:symptoms|signs|questions|things|red flags|warning signs|stuff)?"
    r" ?(?:does|do|will|would|did) (?:your|the|this|ur|you) (?:bot s |app s )?(?:check ?in"
    r"|checkin|checklist|check list|checks?|screening|screener|questions?|bot|app|safety"
    r" check|quiz)? ?(?:\w+ )?(?:ask|asks|cover|covers|look for|check for|mention|screen for)\b"
)
_IN_WITH_42 = re.compile(
    r"\b(?:he|she|they) (?:is|are|s|was|were) (?:in with|with|seeing|being seen by) (?:the |a "
    r"|her |his |their )?(?:gp|doctor|nurse|consultant|specialist|physio\w*|practice nurse)"
    r"(?: (?:right now|now|at the moment|as we speak))?\b"
)
_SENT_TO_SEE_42 = re.compile(
    r"\b(?:told|telling|tell|said to|advised|urged|made|making|nagged|nagging|begged|sent)"
    r" (?:him|her|them) (?:to )?(?:go (?:and )?)?(?:get (?:it |that |this |himself |herself"
    r" |themselves )?(?:checked|seen|looked at|checked out)|(?:see|book in with|ring|call|visit)"
    r" (?:someone|somebody|a doctor|the doctor|a doc|the doc|the gp|a gp|his gp|her gp|their gp"
    r"|a physio|the physio|a professional|the doctors|a specialist))\b"
)


def _settled(reasons: list[str], signs: tuple[str, ...], whole: str, message: str) -> bool:
    """Whether an ambiguous message settles the matter itself, so the bot answers without the
    question: a harmless cause and gone now ("pins and needles from sleeping on my arm, gone
    now"), the past and resolved ("had a fever last week, fine now"), or someone else's symptom
    with the writer fine ("my son has a fever, I'm fine"). Never the signs in `_KEEP_ASKING`,
    never the writer's own recent fall, never with a word of now."""
    found = set(signs)
    if not reasons or "general" in reasons:
        return False
    # round 23: the past, resolved and cleared by a clinician ("knee gave way last spring, had
    # physio, totally fine now", "a heart attack scare in 2020, heart checked, all fine")
    cleared = (
        set(reasons) == {"past"}
        and found <= _CLEARED_SIGNS
        and _has(_RESOLVED, whole)
        and _has(_ALL_CLEAR, whole)
        and bool(_has(_PAST_TIME, whole) or _has(_LONG_PAST, whole))
        and not _has(_NOW_TOO, _blank(whole, _FINE_NOW))
    )
    # round 23: legs tired after the effort, said in training words ("legs like jelly after leg
    # day, squats destroyed me"); never numb, tingling, giving way or worse
    # round 42: legs told "dead" after the training ("dead legs from squats yesterday"): the word
    # is tiredness there, never with numb, tingling or pins and needles
    dead_only = (
        "numbness" in found
        and bool(_has(_DEAD_LEGS_42, whole))
        and "numbness" not in _assess(_blank(whole, _DEAD_LEGS_42)).signs
    )
    tired = (
        "cause" in reasons
        and set(reasons) <= {"cause", "hedged"}
        and _tired_after_effort(found - {"numbness"} if dead_only else found, whole)
    )
    # round 23: legs gone to sleep from sitting on them, stamped back and fine ("both legs went
    # to sleep on the bleachers, stamped about and they were fine")
    asleep = (
        set(reasons) <= {"cause", "past"}
        and found <= {"both_legs", "numbness", "tingling"}
        and _has(_PRESSURE, whole)
        and _has(_GONE_TO_SLEEP, whole)
        and _has(_GONE, whole)
        and not _has(_NOT_TIRED, _blank(whole, _GONE_TO_SLEEP))
    )
    # round 24: a bum numbed by a long sit, all good once up and walking ("numb bum from the 14
    # hour flight, all good once I walked about"); never the groin, the toilet, still numb or
    # a leg giving way
    seat = (
        # round 26: told as over ("pins and needles gone now, all good") reads as the past
        set(reasons) <= {"cause", "hedged", "past"}
        and found <= {"saddle_numbness", "numbness", "both_legs", "tingling"}
        and _has(_LONG_SIT, whole)
        and _has(_GONE_TO_SLEEP, whole)
        and (_has(_GONE, whole) or ("past" in reasons and bool(_has(_RESOLVED, whole))))
        # round 7 stands: the seat's numbness over once up, never only "it passed quickly"
        and _has(_UP_AGAIN, whole)
        # round 41: "it comes back the minute I stand up" is the feeling back, not the numbness
        and not _has(_SEAT_AGAIN, _blank(whole, _GONE))
        and not _has(_SEAT_NUMB_GUARD, whole)
    )
    asleep = asleep or seat
    # round 24: the writer's own accident a year or more ago, treated and resolved ("last year
    # I was in a car crash and had whiplash, sorted with physio months ago and my neck's been
    # fine"); never with a word of now
    year_treated = (
        set(reasons) == {"past"}
        and _has(_YEAR_PAST, whole)
        and _has(_RESOLVED, whole)
        and _has(_TREATED, whole)
        and not _has(_NOW_TOO, _blank(whole, _FINE_NOW))
        and not _has(_RETURNED, _blank(message, _GONE))
    )
    cold = (
        found <= {"numbness", "tingling", "both_legs"}
        and _has(_COLD_CAUSE, whole)
        and _has(_LONG_STANDING, whole)
        and _has(_COLD_PARTS, whole)
        and not _has(_COLD_GUARD, whole)
    )
    # round 41: feet or hands numb with the cold that warmed up ("feet numb with cold at the bus
    # stop this morning, warmed up now"); never the legs, the saddle area, weakness or still
    warmed = (
        set(reasons) <= {"cause", "hedged", "past"}
        and found <= {"numbness", "tingling", "both_legs"}
        and _has(_COLD_CAUSE, whole)
        and _has(_COLD_PARTS, whole)
        and _has(_WARMED_41, whole)
        and not _has(_COLD_GUARD, whole)
        and not _has(_RETURNED, _blank(message, _GONE))
    )
    cold = cold or warmed
    # round 35: the writer's own bladder or bowel trouble years ago, treated and sorted ("a few
    # years ago I had some bladder trouble after my prostate op, all sorted now"); never the
    # saddle area, breathing, a stroke's signs or a cancer
    years_sorted = year_treated and not found & {
        "saddle_numbness",
        "breathing_difficulty",
        "stroke_signs",
        "cancer_history",
    }
    if (
        found & _KEEP_ASKING
        and set(reasons) != {"someone_else"}
        and not (cleared or tired or asleep or cold or years_sorted)
    ):
        return False
    # round 42: someone else in with a clinician "right now" tells nothing of the writer's now
    if _has(_PRESENT, _blank(_blank(whole, _IN_WITH_42), _NOT_NOW)) or _has(
        _RETURNED, _blank(message, _GONE)
    ):
        return False
    gone = bool(_has(_GONE, whole) or _has(_RESOLVED, whole))
    for reason in set(reasons):
        if reason == "someone_else":
            if _has(_PET, whole) and not _has(_THIRD_PARTY_PERSON, whole):
                continue  # round 10: "my cat fell off the balcony, the vet says she's fine"
            in_care = bool(_has(_IN_CARE, whole)) and not _has(_ME_TOO, whole)
            # round 10: the chest or breathing of someone a doctor already has in hand
            # ("grandma's in hospital with chest pains") settles; saddle, bladder, bowel never
            asked = found & (
                _KEEP_ASKING_OTHERS - ({"chest_pain", "breathing_difficulty"} if in_care else set())
            )
            if (
                asked
                and _has(_ON_THEIR_BEHALF, whole)
                and (
                    in_care
                    or _has(_CHECKED, whole)
                    or _has(_RESOLVED, whole)
                    or _has(_THEY_RECOVERED, whole)
                )
                and not _has(_ME_TOO, whole)
            ):
                # round 23: asked on their behalf about a condition a clinician has in hand or
                # that is over ("the doctor said he has a weak bladder, he wants to know")
                asked = set()
            if (
                asked
                and _has(_THEY_RECOVERED, whole)
                and _has(_PAST_TIME, whole)
                and (_has(_WRITER_FINE, whole) or _has(_WRITER_ORDINARY, whole))
                and not _has(_ME_TOO, whole)
            ):
                # round 35: their past event, over now, with the writer's own fine or their
                # motive told ("my sister was rushed in with chest pain last week, she's fine
                # now and has a stent. It made me want to look after myself")
                asked = set()
            if (
                asked
                and _has(_CHECK_ASKS_42, whole)
                and (_has(_MY_PATIENT, whole) or _has(_PAST_TIME, whole))
                and not _has(_ME_TOO, whole)
            ):
                # round 42: their past sign told, and what the bot's check asks about ("one of my
                # patients had cauda equina last year... what does your check ask about?")
                asked = set()
            if (
                asked
                and (_has(_FICTION, whole) or _has(_FICTION_CHARACTER, whole))
                and not _has(_ME_TOO, whole)
                and not _has(_LIKE_THE_CHARACTER, whole)
            ):
                # round 33: a character in a film, a show or a book is no one's sign ("watched a
                # movie where the lady lost control of her bladder")
                asked = set()
            if (
                asked
                # round 26: or in hospital care ("grandad has bowel cancer, I've been visiting
                # him in hospital"), or a child's wet bed ("my son wet the bed again")
                and (_has(_LONG_STANDING, whole) or in_care or _has(_CHILD_WET_BED, whole))
                and (_has(_WRITER_FINE, whole) or _has(_WRITER_ORDINARY, whole))
                and not _has(_ME_TOO, whole)
            ):
                # round 24: their condition of years with the writer's own different and
                # ordinary ("my mum has had bladder problems for years, I'm her carer. My own
                # back gets stiff from lifting her")
                asked = set()
            if asked or not (
                in_care
                or _has(_WRITER_FINE, whole)
                or _has(_ON_THEIR_BEHALF, whole)
                # round 8: their injury already checked ("A&E said it's only a sprain")
                or _has(_CHECKED, whole)
                # round 28: a clinician's or a student's own patient ("physio student here, my
                # placement patient has foot drop")
                or (
                    _has(_CARE_ROLE, whole)
                    # round 33: "as a carer I help residents who've lost bladder control"
                    and (_has(_MY_PATIENT, whole) or _has(_CARER_CLAIM, whole))
                    and not _has(_ME_TOO, whole)
                )
                # round 33: a character in a film; their own condition over or in hand ("she's
                # sorted now"); the writer's own back said to be only ordinary ("my back is
                # just stiff from looking after him")
                or (
                    (
                        _has(_FICTION, whole)
                        or _has(_FICTION_CHARACTER, whole)
                        or _has(_THEY_RECOVERED, whole)
                        or _has(_WRITER_ORDINARY, whole)
                    )
                    and not _has(_ME_TOO, whole)
                    and not _has(_LIKE_THE_CHARACTER, whole)
                )
                # round 42: the check's questions asked beside their past sign, or someone sent
                # to be seen ("told him to go and see someone")
                or (
                    (
                        (
                            _has(_CHECK_ASKS_42, whole)
                            and (_has(_MY_PATIENT, whole) or _has(_PAST_TIME, whole))
                        )
                        or _has(_SENT_TO_SEE_42, whole)
                    )
                    and not _has(_ME_TOO, whole)
                )
                # round 18: a child's aches
                or (
                    _has(_CHILD, whole)
                    and found <= _CHILD_PAIN_SIGNS
                    and not _assess(_blank(whole, _PAIN_WORD)).signs
                )
            ):
                return False
        elif reason == "cause":
            if found & _OWN_EVENT:
                return False
            upper = (
                bool(_has(_UPPER_ONLY, whole))
                and not _has(_LOWER_OR_TRUNK, whole)
                # round 46 (found while probing): "and my seat is numb too" is never the hands'
                and not _has(_NOT_HANDS_46, whole)
            )
            if not (gone or upper or tired or cold or _posture_ache_38(found, whole, message)):
                return False
        elif reason == "past":
            long_past = bool(_has(_LONG_PAST, whole))
            if found & _OWN_EVENT and not long_past and not year_treated:
                return False
            # the writer's fall or knock decades ago settles without "fine now"
            if not (
                _has(_RESOLVED, whole)
                or (long_past and (found <= _OLD_KNOCK or found <= _OLD_ILLNESS))
            ):
                return False
        elif reason == "hedged" and tired:
            continue
        else:
            return False
    return True


# Round 49 (h48's classes, each as wide as it is).
# A word that is itself a negation of pain ("painless today", "pain-free at last").
_PAINLESS_49 = re.compile(r"\bpain ?(?:-|\s)?(?:less|free)\b", re.IGNORECASE)
_NOISE_49 = re.compile(
    r"\b(?:click\w*|clunk\w*|pop\w*|crack\w*|snap\w*|grind\w*|crunch\w*|clonk\w*|creak\w*"
    r"|grating|noise\w*|sound\w*)\b",
    re.IGNORECASE,
)
# Signs denied in a row of "I haven't ..." ("I haven't fallen, I haven't been in an accident"):
# each denial goes, never one that turns ("I haven't fallen but ...") in its own clause.
_DENIED_EVENT_49 = re.compile(
    r"\b(?:i|we)(?:['’ ]?ve| have| had| was| were)? (?:haven['’ ]?t|have not|hadn['’ ]?t|had not"
    r"|didn['’ ]?t|did not|never|wasn['’ ]?t|was not"
    r"|weren['’ ]?t|ve not|ve never|have never) (?:even |actually |ever )?(?:been in |in |had |been"
    r" involved in |got in |had any )?(?:an? |any )?(?:fallen|fall|fell|falls|fallen over"
    r"|fallen off|slipped|tripped|accident|accidents|crash|crashed|bump|knock|knocked|injur\w*"
    r"|hurt myself|hit|been hit|banged|bashed|car accident|rta|collision|prang)\b"
    r"(?: (?:over|off|down|or anything|or owt|at all|recently|lately))?"
    # never "never had a fall this bad", "never fallen like that before"
    r"(?! (?:this|that|so|like|as|quite|before|until|till|than|worse|bad|badly|hard|such)\b)"
    # the list's other items, denied by the same word ("or had any accident", "or a knock")
    r"(?:,? (?:or|nor) (?:had |been in |been |got |any |an? )*(?:fall|fallen|fell|accident|crash"
    r"|bump|knock|injury|injuries|collision|prang|trip|slip|tumble)s?\b)*",
    re.IGNORECASE,
)
# The cold's tingle at work ("the freezer room at the butcher's", "the cold store", "the chiller")
# in the hands or fingers, always back once warmed up; never the feet, legs or saddle, numbness
# that stays, or a new or worse tingle.
_COLD_PLACE_49 = re.compile(
    r"\b(?:freezers?|freezer room|fridges?|cold (?:store|stores|room|rooms|storage|chain|aisle"
    r"|warehouse|unit)|chillers?|chill room|walk ?in|ice (?:room|house|rink|bath|baths)|blast"
    r"|refrigerat\w*|frozen (?:aisle|section|goods|food)|frost\w*|freezing|cold|icy|winter|snow)\b",
    re.IGNORECASE,
)
_WARMED_49 = re.compile(
    r"\b(?:warm(?:ed|s|ing)? (?:up|back up|through)|once (?:i['’ ]?m |i['’ ]?ve |i have |i am )?(?"
    r":warm\w*"
    r"|out|inside|indoors)|(?:come|comes|came|coming) back|back to normal|go away|goes away|went"
    r" away|wears off|wear off|wore off|thaw\w*|fine (?:again|after)|after a brew|with a brew)\b",
    re.IGNORECASE,
)
_HAND_TINGLE_49 = re.compile(
    r"\b(?:hands?|fingers?|fingertips|thumbs?)\b(?: \w+){0,3}? (?:tingl\w*|pins and needles"
    r"|prickl\w*|buzz\w*)|\b(?:tingl\w*|pins and needles|prickl\w*)(?: \w+){0,3}? (?:in )?(?:my"
    r" )?(?:hands?|fingers?|fingertips|thumbs?)\b",
    re.IGNORECASE,
)
_COLD_GUARD_49 = re.compile(
    r"\b(?:legs?|foot|feet|toes?|thighs?|calf|calves|groin|saddle|bum|bottom|bladder|bowel\w*"
    r"|numb\w*|weak\w*|worse|worsening|new|newly|spread\w*|arm|arms|still|all the time|constant"
    r"\w*|one side|face|chest|droop\w*|speech|can['’ ]?t|cannot|drop\w*|clumsy|not coming back"
    r"|don['’ ]?t come back|doesn['’ ]?t come back|won['’ ]?t come back)\b",
    re.IGNORECASE,
)
# An illness's breathlessness or a sign long past, recovered from and cleared ("had covid in
# January, breathless for weeks, back to normal now, the GP says I can exercise"; "a numb foot in
# my twenties from a disc, fully recovered, never come back"): the sign words go; never with a
# word of now told of a sign, the chest, the lips, the saddle, the bladder or the bowels.
_ILLNESS_49 = re.compile(
    r"\b(?:covid|long covid|corona\w*|flu|influenza|pneumonia|chest infection|virus|bronchitis"
    r"|rsv|cold|glandular fever|a bug|tonsillitis|sinusitis)\b",
    re.IGNORECASE,
)
_BREATHLESS_49 = re.compile(
    r"\b(?:breathless\w*|out of breath|short of breath|shortness of breath|puffed out|puffing"
    r"|wheez\w*|struggl\w* (?:to|for) breath|couldn['’ ]?t breathe properly)\b",
    re.IGNORECASE,
)
_LONG_AGO_49 = re.compile(
    r"\b(?:in my (?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s|youth)|as a (?:teen"
    r"|teenager|student|kid|child|young \w+)|at (?:school|uni|university|college)|when i was"
    r" (?:younger|a \w+|\d+|in my \w+)|(?:years|decades|ages) ago|back in (?:the day|\d+|my \w+)"
    r"|in (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)|last (?:year|month|winter|summer|spring|autumn)|a (?:year|few years|couple of"
    r" years) (?:ago|back)|\d+ (?:years|months) (?:ago|back))\b",
    re.IGNORECASE,
)
_RECOVERED_49 = re.compile(
    r"\b(?:fully recovered|completely recovered|recovered fully|made a full recovery|back to"
    r" normal|(?:completely|fully|totally) (?:better|fine|healed|gone|cleared)|never (?:come|came"
    r"|been) back|hasn['’ ]?t (?:come|been) back|not (?:come|came|been) back|never returned|never "
    r"had"
    r" it (?:again|since)|never since|not since|fine ever since|all clear(?:ed)?|cleared (?:me|to"
    r" exercise)|(?:says|said) i can (?:exercise|train|start)|signed (?:me )?off|right as rain"
    r"|settled within|gone within|cleared up within|sleeping (?:like a log|fine|well|soundly))\b",
    re.IGNORECASE,
)
_LONG_PAST_SIGN_49 = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|sciatica|shooting pains?|night pain|pain at night"
    r"|wo?ke me(?: up)?(?: at night)?|waking (?:me )?(?:up )?at night|woken (?:up )?at night"
    r"|breathless\w*|out of breath|short of breath|shortness of breath|puffed out|wheez\w*)\b",
    re.IGNORECASE,
)
_AGE_NOW_49 = re.compile(
    r"\b(?:i['’ ]?m|i am|aged?|now aged) (?:\d+|\w+ty(?: \w+)?)(?: now)?\b|\b(?:back to normal"
    r"|fine|recovered|better|sleeping (?:like a log|fine|well|soundly)) now\b|\bcan (?:exercise"
    r"|train|start) now\b",
    re.IGNORECASE,
)
_LONG_PAST_GUARD_49 = re.compile(
    r"\b(?:now|again|still|today|tonight|last night|yesterday|this (?:week|morning|month)|lately"
    r"|recently|currently|at the moment|started|starting|returned|worse|is back|s back|came back"
    r"|coming back|but|though|however|except|both legs|both feet|saddle|groin|bladder|bowel\w*"
    r"|chest(?! infection)|lips|blue|at rest|weak\w*|fever\w*|weight|cough\w* (?:up )?blood|since "
    r"then i)\b",
    re.IGNORECASE,
)
# A figure of speech: someone or something that "gives me" pains ("my boss gives me more
# shooting pains than my back ever has", "the kids give me a pain").
_GIVES_PAINS_49 = re.compile(
    r"\b(?:boss|bosses|manager|gaffer|supervisor|job|work|kids|children|teenagers?|husband|wife"
    r"|partner|mother in law|father in law|in laws|inlaws|customers?|clients?|passengers?|fares"
    r"|traffic|commute|council|landlord|taxman|tax man|hmrc|bank|team|neighbours?|neighbors?"
    r"|colleagues?|coworkers?|students|pupils|visitors|tourists|this weather|the news|politics"
    r"|politicians|government|rota|paperwork|emails?|spreadsheet\w*|admin) (?:\w+ )?(?:gives?"
    r"|gave|giving|causes?|caused) me (?:more |worse |bigger |far more |way more |a lot more )?"
    r"(?:\w+ )?(?:shooting |stabbing |sharp |real )?(?:pains?|a pain|headaches?|grief|agony)\b"
    r"(?: (?:than|then) (?:my|the) (?:\w+ )?(?:\w+ )?(?:ever )?(?:has|have|did|does|do))?",
    re.IGNORECASE,
)
# "My will to live collapsed": a figure of a life, not a faint.
_WILL_TO_LIVE_49 = re.compile(
    r"\b(?:my|our|the|his|her|their) (?:will|reason|desire|zest|lust|love) (?:to|for) (?:live"
    r"|living|life|go on|carry on)(?: (?:has|had|just|totally|completely|finally|also|too|then"
    r"|basically))* (?:collapsed|crumbled|died|went|gone|fell apart|gave up|gave out|broke|crashed"
    r"|caved in|keeled over)\b",
    re.IGNORECASE,
)
# A machine's part or a vehicle losing power ("the fuel pump is weak", "the taxi keeps losing
# power on hills"): never the body's pump or a bare "it".
_MACHINE_WEAK_49 = re.compile(
    r"\b(?:fuel|water|petrol|diesel|oil|air|bike|tyre|tire|heat|sump|pool|boiler|coolant|vacuum"
    r"|hydraulic|injector|engine|shower|pond|fish tank|aquarium|bilge|well|garden|paddling pool"
    r"|sup|paddleboard|board) pumps?(?: (?:on|in|for|of) (?:the|my|our|a) \w+)?(?: (?:is|s|was|are"
    r"|has|had|have|seems|looks|keeps|getting"
    r"|going|a bit|really|very|so|pretty|quite|been|gone|got|too))* (?:weak\w*|failing|failed"
    r"|dying|dead|knackered|leaking|collapsed|feeble)\b|\b(?:taxi|cab|car|van|lorry|truck|wagon"
    r"|artic|engine|motor|bike|motorbike|scooter|e ?bike|boat|bus|tractor|mower|drill|laptop"
    r"|phone|battery|hoover|vacuum|signal|wifi|router|generator|boiler|oven|mixer|dough mixer"
    r"|compressor|cab s engine|motor home|camper(?: van)?)(?: (?:keeps|kept|is|was|s|has been"
    r"|started|starts|has started|keeps on|seems to be|always))* (?:losing|lost|loses|lose)"
    r" (?:all |its |some |a lot of )?power\b",
    re.IGNORECASE,
)
# Rowing technique: the catch is a phase of the stroke ("fix my catch", "skying the blade at the
# catch"); never a back, hip or leg that catches.
_ROWING_49 = re.compile(
    r"\b(?:row\w*|rower\w*|stroke|strokes|blade|blades|oars?|scull\w*|sweep|erg\w*|paddl\w*"
    r"|kayak\w*|canoe\w*|cox\w*|boat|crew|regatta|skying|feather\w*|recovery|drive phase)\b",
    re.IGNORECASE,
)
_ROWING_CATCH_49 = re.compile(
    r"\b(?:my|the|your|our|a|at the|into the|on the) (?:\w+ )?catch(?:es)?\b(?: (?:on|at|in|of)"
    r" (?:the|my|each) (?:rowing |paddle |paddling )?(?:stroke|strokes|erg|boat|drive|blade))?"
    r"|\bcatch (?:timing|position|phase|angle|length|work|drills?)\b",
    re.IGNORECASE,
)
_CATCH_GUARD_49 = re.compile(
    r"\b(?:back|spine|hip|hips|leg|legs|knee|knees|neck|shoulder|ribs?|side|groin|pelvis|bum"
    r"|glute\w*|buttock\w*)\b(?: \w+){0,3}? catch\w*|\bcatch\w* (?:\w+ ){0,3}?(?:in|to) (?:my|the)"
    r" (?:lower )?(?:back|spine|hip|leg|side|neck|ribs?|groin)\b|\b(?:pain|hurt\w*|sharp|stab\w*"
    r"|twinge|twang|locked|seized|numb\w*|tingl\w*|shoot\w*)\b",
    re.IGNORECASE,
)
# Round 49: someone else's sign at work, in a team or at home, handled or gone, with the writer
# well ("my dance partner fell and hurt her back, she's seeing a physio. I'm fine"; "a customer
# had chest pain and we called 999"; "one of my passengers collapsed, ambulance came, he's ok"):
# the other's sentence goes; never a sentence with the writer in it, never without both the
# matter handled and the writer's own words of being fine.
_OTHER_49 = re.compile(
    r"(?:^|(?<=[.!?;\n]) *|\b(?:and|but|so|then|because|cos|when) )(?:(?:one|two|some|a few|lots"
    r"|several) of (?:my|our|the) |my |our |a |an |the |this |one )(?:\w+ )?(?P<who>dance partner"
    r"|partner|wife|husband|hubby|missus|team ?mates?|teammates|crew ?mates?|crewmates|co ?driver"
    r"|passengers?|customers?|clients?|punters?|fares?|regulars?|shoppers?|visitors?|patrons?"
    r"|colleagues?|co ?workers?|workmates?|students?|pupils?|dancers?|rowers?|paddlers?|players?"
    r"|runners?|members?|friends?|mates?|neighbou?rs?(?: s| 's|'s)? (?:mum|dad|mother|father|wife"
    r"|husband|son|daughter|kid|child|nan|gran)|neighbou?rs?|mum|mam|mom|mother|dad|father"
    r"|son|daughter|sister|brother|nan|gran|grandad|grandma|grandpa|aunt|auntie|uncle|boss"
    r"|manager|apprentice|driver|baker|butcher|librarian|volunteer|guide|lodger|flatmate"
    r"|housemate|girlfriend|boyfriend|fiance|fiancee|coach|cox)\b(?:['’ ]s)?[^.!?;\n]*",
    re.IGNORECASE,
)
_OTHER_IN_CLAUSE_GUARD_49 = re.compile(
    r"\b(?:i|i['’ ]?m|i['’ ]?ve|i['’ ]?d|i['’ ]?ll|me|my|mine|myself|us|we both|both of us|the two"
    r" of us|with me"
    r"|on me|into me|and me|me and|me too|as well as me)\b",
    re.IGNORECASE,
)
_HANDLED_49 = re.compile(
    r"\b(?:999|911|112|111|ambulance|paramedics?|a ?& ?e|a and e|hospital|gp|doctor|doctors"
    r"|doc|physio\w*|tests?|scans?|appointment|urgent care|first aid\w*|first aider|nurse"
    r"|(?:he|she|they)(?:['’ ](?:s|re)| is| are| was| were) (?:ok|okay|fine|alright|all right|home"
    r"|being"
    r" looked after|in good hands|recovering|better)|(?:went|gone|faded|passed) (?:as soon as"
    r"|straight away|after|within|when)|for a (?:second|moment|sec|split second)|stood up)\b",
    re.IGNORECASE,
)
_WRITER_WELL_49 = re.compile(
    r"\b(?:i['’ ]?m|i am|i was|i feel|i felt) (?:totally |completely |absolutely |perfectly )?"
    r"(?:fine|ok|okay|alright|all right|unhurt|not hurt|grand|good|sound)\b|\bnothing wrong with"
    r" me\b|\bi felt nothing\b|\bi didn['’ ]?t feel (?:a thing|anything)\b|\bmy own (?:\w+)?(?:['’"
    r" ]s| is"
    r"| are| has been| feels?) (?:just )?(?:the usual|fine|ok|okay|normal|as usual|same as ever)\b"
    r"|\b(?:could|can|would|should|might) (?:she|he|they) (?:\w+ )?use\b|\bwhat(?:['’ ]s| is| are)"
    r" (?:that|those|these|this) (?:usually |normally |generally )?(?:a )?signs? of\b|\bjust"
    r" needed to (?:tell|talk to) someone\b|\btake my mind off\b|\bshook me up\b|\bto calm"
    r" (?:me )?down\b|\bnot me\b",
    re.IGNORECASE,
)
_WRITER_SIGN_GUARD_49 = re.compile(
    r"\b(?:me too|so do i|so did i|same here|i also|i did too|i have too|mine too|both of us"
    r"|we both (?:fell|felt|have|had|got|went|hurt|collapsed))\b",
    re.IGNORECASE,
)


# A feeling, strength or control lost that never came back: a sign of now, not one recovered.
_LOST_NOT_BACK_49 = re.compile(
    r"\b(?:feeling|feelings|sensation|strength|power|movement|control|grip|use|function)\b"
    r"(?: [\w']+){0,3}? (?:never|not|hasn['’ ]?t|has not|didn['’ ]?t|did not|haven['’ ]?t|have"
    r" not|isn['’ ]?t|is not)(?: \w+)? (?:came|come|coming|been|returned|back|fully)\b",
    re.IGNORECASE,
)
# "Sharpen it up": making a thing or a skill sharper, no pain.
_SHARPEN_49 = re.compile(
    r"\b(?:how (?:do|can|could|should|would) (?:i|we|you) )sharpen (?:it|this|that|them)\b"
    r"|\bsharpen(?:s|ed|ing)? (?:my (?:\w+ )?(?:catch|technique"
    r"|form|timing|stroke|skills?|game|knife|knives|pencils?|blades?|tools?|saw|chisel|focus"
    r"|mind|cv|writing|reflexes))\b",
    re.IGNORECASE,
)
# "Worried sick", "sick with worry", "sick and tired": a feeling, no illness.
_WORRIED_SICK_49 = re.compile(
    r"\b(?:worried|worrying|fretting|bored|scared|stressed|frightened|terrified|anxious|nervous"
    r"|fed up|bloody|so|really|proper|absolutely) sick\b|\bsick (?:with|from|of) (?:worry\w*"
    r"|nerves|fright|stress|it|this|that|them|him|her|waiting|the \w+)\b|\bsick (?:and|n)"
    r" tired\b|\bsick to (?:death|the back teeth|my stomach with worry)\b",
    re.IGNORECASE,
)
# A limb gone to sleep from sitting, driving or kneeling, and its pins and needles gone once
# moved ("foot went to sleep in the cab, gone after a stomp round"): never numb or tingling
# still, both sides, the seat, weakness, or a limb that keeps doing it.
_ASLEEP_49 = re.compile(
    r"\b(?:foot|feet|leg|legs|toes|calf|hand|hands|arm|arms)(?: \w+)?"
    r" (?:went|gone|had gone|has gone|fell|falls|goes|had fallen|has fallen|go|going) (?:to"
    r" sleep|asleep|dead)\b",
    re.IGNORECASE,
)
_SHOOK_OFF_49 = re.compile(
    r"\b(?:stomp\w*|stamp\w*|shak\w* (?:it|them) (?:off|out)|shook (?:it|them) (?:off|out)"
    r"|walk\w* (?:it |them )?(?:off|round|around|about)|wiggl\w*|jiggl\w*|stood up|standing up"
    r"|got up|getting up|got out|getting out|stretch\w* (?:it|them) out|moved about|moving about"
    r"|a wander)\b",
    re.IGNORECASE,
)
_SIGN_GONE_49 = re.compile(
    r"\b(?:gone|went|wore off|worn off|passed|cleared|vanished|back to normal|fine (?:again"
    r"|after)|ok (?:again|after)|disappeared|eased)\b",
    re.IGNORECASE,
)
# Round 54: the pins and needles told as a minute's, then fine ("pins and needles for a minute
# then fine", "tingled for a few seconds and then it was gone").
_BRIEF_54 = re.compile(
    r"\b(?:for|lasted|only lasted|just lasted|lasting) (?:a|one|about a|like a|a few|a couple of"
    r"|two|30|thirty|ten|10|20) (?:\w+ )?(?:seconds?|secs?|minutes?|mins?|moments?|moment)"
    r"(?:,| and)? (?:then|and then|after that)(?: it was| it s| they were| all| was| were| i was)?"
    r" (?:fine|gone|ok|okay|normal|back to normal|all good|right as rain|grand|over)\b",
    re.IGNORECASE,
)
_LIMB_FELL_ASLEEP_54 = re.compile(
    r"(?P<part>\b(?:foot|feet|leg|legs|toes|calf|calves|hand|hands|arm|arms|bum|butt)(?: \w+)? )"
    r"(?P<fell>fell|falls|had fallen|has fallen|keeps falling|falling)(?P<rest> asleep\b)",
    re.IGNORECASE,
)
_ASLEEP_SIGN_49 = re.compile(
    r"\b(?:pins and needles|tingl\w*|numb\w*|prickl\w*|fizz\w*|dead|asleep|to sleep)\b",
    re.IGNORECASE,
)
_ASLEEP_GUARD_49 = re.compile(
    r"\b(?:still|won['’ ]?t|wont|hasn['’ ]?t|has not|isn['’ ]?t|not gone|keeps?|every (?:time|day"
    r"|night)|always|again|both (?:legs|feet)|saddle|groin|between my legs|bladder|bowel\w*"
    r"|weak\w*|giv\w* way|gave way|drag\w*|can['’ ]?t (?:feel|lift|move)|hours|all day|since"
    r"|worse|spread\w*|back pain|shoot\w*)\b",
    re.IGNORECASE,
)
# Dead legs after a session of a sport ("dead legs after rowing 10k"): the training word.
_DEAD_LEGS_49 = re.compile(
    r"\bdead legs?\b(?= (?:after|from|following) (?:a |an |the |my |that |this |today['’ ]?s"
    r" |yesterday['’ ]?s |last night['’ ]?s )?(?:[\w-]+ ){0,3}?(?:row\w*|run\w*|cycl\w*|rid\w*"
    r"|spin\w*|swim\w*|paddl\w*|erg\w*|squat\w*|lunge\w*|leg day|train\w*|session|race|racing"
    r"|marathon|half|\d+ ?k|\d+ ?km|\d+ ?miles?|parkrun|match|game|hike|hiking|walk\w*|dance\w*"
    r"|danc\w*|class|gym|workout|circuits|hiit|sprints?|intervals|regatta|outing|climb\w*|ski\w*"
    r"|football|rugby|netball|hockey|tennis|shift))",
    re.IGNORECASE,
)
_DEAD_LEGS_GUARD_49 = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|giv\w* way|gave way|buckl\w*|can['’ ]?t"
    r" (?:feel|lift|move|walk|stand)|saddle|groin|bladder|bowel\w*|drag\w*|still dead"
    r"|since (?:last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|days"
    r"|week|worse|one leg|shoot\w*|crash\w*|fell|fall\w*)\b",
    re.IGNORECASE,
)


def _blank_round49(text: str) -> str:
    """Round 49: a word that negates pain itself, events denied in a row of "I haven't", the
    cold's tingle at work warmed away, an illness's breathlessness or a sign long past and
    recovered from, a figure of speech that "gives me" pains, a will to live that collapsed, a
    machine's part or a vehicle losing power, rowing's catch, someone else's sign handled with
    the writer well; each blanks only its own words."""
    low = text.lower()
    if "pain" in low and not _NOISE_49.search(text):
        # a noise told as painless keeps the word: its own rule reads the two together
        text = blanked(_PAINLESS_49, text)
    if "i" in low:
        text = blanked(_DENIED_EVENT_49, text)
    if (
        _HAND_TINGLE_49.search(text)
        and _COLD_PLACE_49.search(text)
        and _WARMED_49.search(text)
        and not _COLD_GUARD_49.search(text)
    ):
        text = blanked(_HAND_TINGLE_49, text)
    if _LONG_PAST_SIGN_49.search(text) and _LONG_AGO_49.search(text) and _RECOVERED_49.search(text):
        rest = blanked(_AGE_NOW_49, blanked(_NOT_BACK_48, text))
        breath = _BREATHLESS_49.search(text)
        if (
            not _LONG_PAST_GUARD_49.search(rest)
            and not _LOST_NOT_BACK_49.search(text)
            and (not breath or _ILLNESS_49.search(text))
        ):
            text = blanked(_LONG_PAST_SIGN_49, text)
            if breath:
                text = blanked(_ILLNESS_49, text)
    if "me" in low:
        text = blanked(_GIVES_PAINS_49, text)
    if "sharpen" in low:
        text = blanked(_SHARPEN_49, text)
    if "sick" in low:
        text = blanked(_WORRIED_SICK_49, text)
    # round 54: a limb that "fell asleep" and woke again had no fall: "fell" is blanked with the
    # sleeping limb's own words
    fell_asleep = [m.span("fell") for m in _LIMB_FELL_ASLEEP_54.finditer(text)]
    if (
        _ASLEEP_49.search(text)
        and (_SHOOK_OFF_49.search(text) or _BRIEF_54.search(text))
        and (_SIGN_GONE_49.search(text) or _BRIEF_54.search(text))
        and not _ASLEEP_GUARD_49.search(text)
    ):
        text = blanked(_ASLEEP_SIGN_49, text)
        for start, end in fell_asleep:
            text = text[:start] + " " * (end - start) + text[end:]
    if "dead" in low and not _DEAD_LEGS_GUARD_49.search(text):
        text = blanked(_DEAD_LEGS_49, text)
    if " to " in low or " for " in low:
        text = blanked(_WILL_TO_LIVE_49, text)
    if "pump" in low or "power" in low:
        text = blanked(_MACHINE_WEAK_49, text)
    if "catch" in low and _ROWING_49.search(text) and not _CATCH_GUARD_49.search(text):
        text = blanked(_ROWING_CATCH_49, text)
    if (
        _HANDLED_49.search(text)
        and _WRITER_WELL_49.search(text)
        and not _WRITER_SIGN_GUARD_49.search(text)
    ):
        text = _OTHER_49.sub(
            lambda m: (
                m.group()
                if _OTHER_IN_CLAUSE_GUARD_49.search(m.group()[m.end("who") - m.start() :])
                else " " * len(m.group())
            ),
            text,
        )
    return text


# Round 49: a question about the bot's own list of signs ("what are the emergency symptoms you
# keep going on about?"), why it asks about people's signs ("why does the bot care whether people
# have a fever?"), or what to do if a sign ever came ("if I ever did get shooting pain down my
# leg during the move, what should I do?"): general, when the rest is free of any sign and of any
# word of now.
_BOT_LIST_49 = re.compile(
    r"\bwhat (?:are|were|is|s) (?:the|these|those|your|all the|all these|all those|them|they)"
    r" (?:\w+ )?(?:emergency|warning|red ?flag|danger|serious|scary|bad|urgent|alarm|stop)"
    r" (?:symptoms?|signs?|things|stuff|ones|flags)\b[^?.!\n]*\??",
    re.IGNORECASE,
)
_WHY_PEOPLE_49 = re.compile(
    r"\bwhy (?:does|do|would|should|is|did) (?:a |the |this |your |you |it )?(?:[\w-]+ ){0,3}?"
    r"(?:bot|app|coach|chatbot|check ?in|check-in|checklist|questionnaire|form|screening|you)"
    r" (?:\w+ )?(?:care|ask|asks|need to know|want to know|wants to know|needs to know|check"
    r"|checks|bother) (?:about )?(?:whether|if|about|that|how|what) (?:people|someone|anyone"
    r"|users|folk|folks|a person|somebody|everyone|customers|clients)\b[^?.!\n]*\??",
    re.IGNORECASE,
)
_IF_EVER_49 = re.compile(
    r"\bif (?:i|you|someone|one|anyone) (?:(?:ever|did|do|does|were to|was to|should|happen to"
    r"|happened to|at some point|one day|someday) )+(?:get|got|feel|felt|have|had|notice|noticed"
    r"|start|started|develop|developed|experience|experienced)\b[^.?!\n]{0,90}?,? (?:what|how)"
    r" (?:should|do|would|shall|must|could) (?:i|you|we|they|one) (?:do|handle it|react)\b\??",
    re.IGNORECASE,
)
_IF_EVER_GUARD_49 = re.compile(
    r"\b(?:again|now|today|tonight|already|still|currently|right now|at the moment|this week"
    r"|yesterday|last night|like i did|as i did|like last time)\b",
    re.IGNORECASE,
)


def _general_49(text: str) -> bool:
    """Round 49: see above."""
    head = text[:MAX_CHARS]
    rest = head
    for pattern in (_BOT_LIST_49, _WHY_PEOPLE_49, _IF_EVER_49):
        match = pattern.search(rest)
        if match and not (pattern is _IF_EVER_49 and _IF_EVER_GUARD_49.search(match.group())):
            rest = blanked(pattern, rest)
    if rest == head or _NOW_48.search(rest):
        return False
    left = _triage(rest)
    return left.level is TriageLevel.NONE and not left.ambiguous


# Round 49 (found while probing): lips, a face or fingertips going blue, said of now, beside an
# illness long past; a sign of breathing, never the past.
_BLUE_NOW_49 = re.compile(
    r"\b(?:lips?|face|fingertips|fingers|mouth)(?: \w+){0,2}? (?:go|goes|going|gone|went|turn"
    r"|turns|turning|turned|are|is|look|looks|looking)(?: a bit| quite| really)? (?:blue|bluish"
    r"|purple|grey|gray)\b(?=.*\b(?:now|today|tonight|this (?:morning|week)|keep|keeps|still"
    r"|again|when i)\b)|\b(?:now|today|tonight|this (?:morning|week)|keep|keeps|still|again) (?:\w"
    r"+ )"
    r"{0,4}?(?:blue|bluish|purple) (?:lips?|face|fingertips)\b|\bnow (?:my )?(?:lips?|face|fingert"
    r"ips)"
    r"(?: \w+){0,2}? (?:blue|bluish|purple)\b",
    re.IGNORECASE,
)


# Round 51 (h51's classes). Each blanks only its own words, never beside a word of now or a
# sign told elsewhere: a correction of a pain word's typo ("*hurts not hurst"), the correction
# itself no claim; shivering from a cold room or broken heating ("only because the heating is
# broken"); a tummy's cramps told as the writer's period ("just my period, same every month").
_PAIN_WORD_51 = r"(?:hurts?|hurting|pain|pains|painful|aches?|aching|sore)"
_CORRECTION_51 = re.compile(
    r"(?:^|(?<=\s))\*\s*(?P<meant>" + _PAIN_WORD_51 + r")\s+not\s+(?P<typed>[a-z]{3,})\b",
    re.IGNORECASE,
)
_SHIVER_51 = re.compile(r"\b(?:shiver\w*|shivery)\b", re.IGNORECASE)
_COLD_CAUSE_51 = re.compile(
    r"\b(?:only|just|purely|all)? ?(?:because|cos|coz|cause|as|since|from|thanks to) (?:of )?"
    r"(?:\w+ ){0,4}?(?:heating|heater|radiators?|boiler|air ?con|aircon|air conditioning|draughts?"
    r"|drafts?|window|windows|door|cold|freezing|snow|ice|frost|rain|wind|weather|wet|winter)\b",
    re.IGNORECASE,
)
_SHIVER_GUARD_51 = re.compile(
    r"\b(?:fever\w*|temp\w*|sweat\w*|hot|burning|unwell|ill|sick|poorly|flu|covid|chills?"
    r"|clammy|night|nights|still|since|again|ache\w*|aching|pain\w*|not the|but)\b",
    re.IGNORECASE,
)
_PERIOD_51 = re.compile(
    r"\b(?:(?:just|only|it'?s|its|it is|because of|cos of|from|that time of) (?:my |the )?"
    r"(?:period|time of the month|monthly|menstrual)|period (?:pains?|cramps?|cramping))\b",
    re.IGNORECASE,
)
_PERIOD_CRAMP_51 = re.compile(r"\b(?:cramp\w*|crampy)\b", re.IGNORECASE)
_PERIOD_GUARD_51 = re.compile(
    r"\b(?:legs?|feet|foot|calf|calves|thighs?|numb\w*|tingl\w*|weak\w*|back|spine|bladder"
    r"|bowel\w*|pee|wee|worse|worst|new|never|different|unusual|not like|heavy|bleed\w*"
    r"|pregnan\w*|late|missed|faint\w*|dizz\w*|fever\w*|temp\w*|still|since|not normal)\b",
    re.IGNORECASE,
)


def _blank_round51(text: str) -> str:
    """Round 51: see `_CORRECTION_51`, `_COLD_CAUSE_51` and `_PERIOD_51`."""
    text = _blank_round51_probes(text)
    for match in _CORRECTION_51.finditer(text):
        meant, typed = match.group("meant").lower(), match.group("typed").lower()
        if typed != meant and typed[0] == meant[0] and edit_distance(typed, meant, 2) <= 2:
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    if (
        _SHIVER_51.search(text)
        and _COLD_CAUSE_51.search(text)
        and not _SHIVER_GUARD_51.search(text)
    ):
        text = blanked(_SHIVER_51, text)
    if (
        _PERIOD_51.search(text)
        and _PERIOD_CRAMP_51.search(text)
        and not _PERIOD_GUARD_51.search(blanked(_PERIOD_51, text))
    ):
        text = blanked(_PERIOD_CRAMP_51, text)
    return text


# Round 51 (found while probing): a vehicle that hit one of the writer's things ("a car knocked
# my wing mirror off", "a van clipped our bin"), never the writer, someone in it or a body word;
# "hit me with a joke" (words, not a blow); something other than pain that keeps the writer up at
# night ("next door's party keeps me up at night"); clothes falling off after a weight loss the
# writer chose ("my jeans keep falling off since I lost 5kg at slimming world").
_HIT_THING_51 = re.compile(
    r"\b(?P<verb>knock\w*|clipp\w*|hit|hits|smash\w*|bump\w*|scrap\w*|dent\w*|crash\w* into"
    r"|rear[- ]ended|ran over|run over|reversed into|backed into|took out|wrote off)"
    r"(?: off)? (?:my|our|the) (?P<mods>(?:[\w'’-]+ ){0,2}?)(?P<noun>[\w-]+)\b"
    r"(?= (?:off|down|over|on|in|as|while|when|and|last|this|yesterday|today)\b|\s*[,.!?;]|\s*$)",
    re.IGNORECASE,
)
_HIT_THING_GUARD_51 = re.compile(
    r"\b(?:me|us|him|her|them|myself|i was|we were|i am in|in it|inside|driving|riding|sat|sitting"
    r"|passenger|whiplash|injur\w*|hurt\w*|pain\w*|ache\w*|aching|sore|back|neck|head|legs?"
    r"|arms?|shoulders?|chest|body|ambulance|hospital|a&e|a and e|paramedics?|knocked out|thrown"
    r"|flew|landed|fell|off my (?:bike|feet))\b",
    re.IGNORECASE,
)
# ...parts of a parked car whose names end like a person's ("mirror"), said of the car
_CAR_PARTS_51 = frozenset(
    [
        "mirror",
        "mirrors",
        "bumper",
        "bumpers",
        "indicator",
        "indicators",
        "wiper",
        "wipers",
        "spoiler",
        "aerial",
    ]
)
_HIT_WITH_WORDS_51 = re.compile(
    r"\bhit (?:me|us) with (?:a|an|the|his|her|their|some|this|that|another) (?:[\w'’-]+ ){0,2}?"
    r"(?:joke|pun|question|news|story|fact|line|quote|bill|invoice|fine|ticket|request|surprise"
    r"|offer|idea|riddle|compliment|comment|one liner|one-liner|truth|deadline|announcement"
    r"|rumour|rumor|gossip|update|zinger|comeback|quip|tune|song|playlist)s?\b",
    re.IGNORECASE,
)
_KEEPS_UP_51 = re.compile(
    r"\b(?:the|my|our|a|an|their|his|her|this|that|some|next door'?s|next door|the neighbou?rs'?"
    r"|neighbou?rs'?) (?P<mods>(?:[\w'’-]+ ){0,2}?)(?P<noun>[\w-]+) (?:(?:has been|have been|is"
    r"|are|just|always|still) )?(?:keeps?|kept|keeping) (?:me|us) (?:up|awake)(?: (?:at night"
    r"|all night|every night|most nights|half the night|till late|late))?\b",
    re.IGNORECASE,
)
_KEEPS_UP_GUARD_51 = re.compile(
    r"\b(?:pain\w*|ache\w*|aching|hurt\w*|sore\w*|agony|throb\w*|burn\w*|spasm\w*|cramp\w*"
    r"|sciatica|numb\w*|tingl\w*|back|spine|hips?|legs?|neck|bladder|pee|wee|toilet|loo|sweat\w*"
    r"|fever\w*|temp\w*|cough\w*|breath\w*|chest|heart)\b",
    re.IGNORECASE,
)
_CLOTHES_FALL_51 = re.compile(
    r"\b(?:my |the )?(?:jeans|trousers|pants|skirt|shorts|leggings|joggers|belt|dress|clothes"
    r"|knickers|undies|boxers|bra|ring|rings|watch)(?: (?:keep|keeps|kept|are|is|have been|has"
    r" been|just))* (?:falling|fall|fell|slipping|slip|slipped|sliding) (?:off|down)"
    r"(?: (?:my|me) (?:waist|hips|bum|finger|wrist))?\b",
    re.IGNORECASE,
)


def _blank_round51_probes(text: str) -> str:
    """Round 51 (found while probing): see `_HIT_THING_51` and the patterns after it."""

    def thing_hit(match: re.Match[str]) -> str:
        noun = match.group("noun").lower()
        if not (
            _is_thing(noun, match.group("mods")) or noun in _CAR_PARTS_51
        ) or _HIT_THING_GUARD_51.search(blanked(_HIT_THING_51, text)):
            return match.group()
        return " " * len(match.group("verb")) + match.group()[len(match.group("verb")) :]

    if _HIT_THING_51.search(text):
        text = _HIT_THING_51.sub(thing_hit, text)
    if " with " in text.lower():
        text = blanked(_HIT_WITH_WORDS_51, text)
    if _KEEPS_UP_51.search(text):
        text = _KEEPS_UP_51.sub(
            lambda m: (
                m.group()
                if _KEEPS_UP_GUARD_51.search(m.group("mods") + " " + m.group("noun"))
                or m.group("noun").lower() in BODY
                else " " * len(m.group())
            ),
            text,
        )
    low = normalise(text)
    if (
        _CLOTHES_FALL_51.search(text)
        and _INTENDED_LOSS.search(low)
        and not _UNINTENDED_LOSS.search(low)
    ):
        text = blanked(_CLOTHES_FALL_51, text)
    return text


# Round 51, for the net. A muscle burning or shaking after a named exercise ("shoulders burning
# after holding plank forever in pilates"), and the writer's role as someone's carer "now" ("I'm
# his carer now"): neither tells of a change in the writer's body. Never numb, tingling, weak,
# sharp, shooting, since, still, not going or worse.
_MUSCLE_BURN_51 = re.compile(
    r"\b(?:shoulders?|arms?|forearms?|triceps|biceps|core|abs|stomach|tummy|obliques|glutes"
    r"|thighs|quads|hamstrings|calves|calf)(?: (?:are|is|s|were|was|feel|felt|all|a bit|bit"
    r"|proper|properly|absolutely|still))* (?:burning|on fire|shaking|shaky|trembling|quivering"
    r"|wobbly|pumped|cooked|fried|toast|aching|achy|sore|tired)(?: (?:\w+ ){0,3}?(?:after|from"
    r"|during|post|holding|doing) (?:\w+ ){0,3}?" + _WORKOUT_34 + r")\b",
    re.IGNORECASE,
)
_MUSCLE_BURN_GUARD_51 = re.compile(
    r"\b(?:numb\w*|tingl\w*|weak\w*|sharp\w*|shoot\w*|stab\w*|since|not going|won'?t go"
    r"|(?<!can i )(?<!i can )still(?! (?:do|ok|okay|go|be|fine|good|twist|stretch|hold))"
    r"|worse|days|chest|jaw|left arm|pins and needles|can'?t|cannot|lift|drop\w*|new|different)\b",
    re.IGNORECASE,
)
_CACTUS_51 = re.compile(r"\bcactus(?: arms?)?\b", re.IGNORECASE)
_CARER_NOW_51 = re.compile(
    r"\b(?:i'?m|i am|im)\s+(?:now\s+)?(?:his|her|their|my \w+'?s?|the)\s+(?:main\s+|full[- ]time\s+"
    r"|only\s+)?(?:carer|caregiver|care giver)(?:\s+now)?\b",
    re.IGNORECASE,
)


def _blank_net_51(text: str) -> str:
    """Round 51: see `_MUSCLE_BURN_51`."""
    if _MUSCLE_BURN_51.search(text) and not _MUSCLE_BURN_GUARD_51.search(text):
        text = blanked(_MUSCLE_BURN_51, text)
        # ...and the move's own variant named beside it ("will cactus arms be too much?")
        text = blanked(_CACTUS_51, text)
    if "carer" in text.lower() or "giver" in text.lower():
        text = blanked(_CARER_NOW_51, text)
    return text


# Round 53, for the net. The usual said plainly ("that is standard for me, nothing different");
# an upper body sore from a load carried ("traps tender from the bag strap"); a tummy upset by
# food ("stomach iffy since the kebab"), the back then said to have nothing to do with it; a
# thing's broken leg ("the garden table has a wobbly leg"). Only these words are blanked: any
# other word of the body or of a change still counts ("nothing new except my leg went numb").
_USUAL_53 = re.compile(
    r"\b(?:(?:that|it|which|this)(?: is|'s|s| is just|'s just| feels)? (?:(?:totally|pretty"
    r"|completely|quite) )?(?:normal|usual|standard|typical) for me|nothing new|nothing"
    r" different|no (?:\w+ )?(?:stuff|business|symptoms|issues|problems|dramas))\b",
    re.IGNORECASE,
)
_LOAD_SORE_53 = re.compile(
    r"\b(?:shoulders?|traps|neck|arms?|forearms?|wrists?|hands?|upper back)(?: (?:are|is|a|bit"
    r"|little|quite|really|abit|feel|feels|s|'s))* (?:sore|achy|aching|stiff|tender|tight|raw)"
    r"(?: (?:\w+ ){0,2}?(?:from|after|because of) (?:the |my |a |carrying |lugging |hauling )"
    r"(?:[\w']+ ){0,3}?(?:straps?|bag|bags|backpack|rucksack|load|loads|boxes|parcels|shopping"
    r"|order|orders|deliveries|pallets|trays|crates|sacks|tote|satchel)(?: digging in)?)\b"
    r"(?:[,.]? (?:think |probably |must have |reckon )?(?:i )?(?:overloaded|overfilled|overpacked"
    r"|carried too much)\b(?: it| the \w+)?(?: with the \w+ \w+)?(?: today| this morning)?)?",
    re.IGNORECASE,
)
_FOOD_TUMMY_53 = re.compile(
    r"\b(?:tummy|stomach|belly|guts)(?:'s|s| is| has| has been| been|'s been)* (?:a bit |bit )?"
    r"(?:off|dodgy|upset|funny|rough|iffy|bad|gurgly|unsettled) (?:since|after|from)"
    r" (?:the |a |that |some |my |last night'?s )?(?:\w+ ){0,3}?(?:sausage roll|pasty|curry|kebab"
    r"|takeaway|burger|pie|sandwich|butty|sarnie|prawns?|chicken|food|meal|dinner|lunch|breakfast|chips"
    r"|services|buffet|street food)(?: at the \w+)?\b"
    r"|\b(?:nothing to do with|unrelated to|separate from|not related to) my (?:back|hips?|neck"
    r"|spine)\b",
    re.IGNORECASE,
)
_FOOD_GUARD_53 = re.compile(
    r"\b(?:blood\w*|black|tarry|weight|fever\w*|temperature|faint\w*|dizz\w*|chest|numb\w*"
    r"|tingl\w*|can'?t keep|cannot keep|days|week|weeks|pain\w*|agony|vomit\w*|sick)\b",
    re.IGNORECASE,
)
_THING_LEG_53 = re.compile(
    r"\b(?:wheelbarrow|barrow|table|chair|stool|ladder|bench|trestle|easel|tripod|desk|piano"
    r"|sofa|settee|cot|crib|stand|trolley|sun lounger|lounger|deckchair|tent|bbq|barbecue)"
    r"(?:'s|s)?(?: (?:has|had|got|'s got|s got|'s|is|was|with))? (?:(?!i\b|my\b|me\b)[\w']+ ){0,6}?"
    r"(?:a |one )?(?:broken|bust|snapped|wobbly|dodgy|missing|bent|cracked|loose)"
    r" (?P<part>legs?|feet|foot|arms?)\b",
    re.IGNORECASE,
)


# ...and a hand in an idiom ("carried it by hand", "on the other hand", "lend a hand").
_HAND_IDIOM_53 = re.compile(
    r"\b(?:by hand|hand in hand|hands down|hand over fist|on the other hand|(?:give|gave|lend"
    r"|lent) (?:me |you |him |her |us |them )?a hand|first hand|second hand|hand ?made"
    r"|hand ?written)\b",
    re.IGNORECASE,
)


def _blank_net_53(text: str) -> str:
    """Round 53: see `_USUAL_53`."""
    text = blanked(_HAND_IDIOM_53, blanked(_USUAL_53, text))
    text = blanked(_LOAD_SORE_53, text)
    if _FOOD_TUMMY_53.search(text) and not _FOOD_GUARD_53.search(text):
        text = blanked(_FOOD_TUMMY_53, text)
    for match in reversed(list(_THING_LEG_53.finditer(text))):
        text = text[: match.start("part")] + " " * len(match.group("part")) + text[match.end() :]
    return _blank_net_54(text)


# Round 54 (the net): a part tired, achy or "like jelly" from a named effort of the hands or the
# back ("arms like jelly after lugging the crates all morning", "back's a bit achy cos I lifted
# the skip bag wrong yesterday"), and a usual stiffness named as such ("usual stiff back", "the
# usual muscly stiffness"): everyday, once no word of the nerves, of giving way, of a spread or
# of a change for the worse is anywhere in the message.
_PART_54 = (
    r"(?:(?:my|the|both|me) )?(?:lower |upper )?(?:back|arms?|forearms?|legs?|shoulders?|neck"
    r"|hips?|traps|body|whole body|everything)"
)
_EFFORT_ACHE_54 = re.compile(
    r"\b" + _PART_54 + r"(?:['’]s| is| are| feel| feels| felt| was| were| went)?(?: (?:a bit"
    r"|bit|a little|really|so|proper|quite|abit|all|gone|like))* (?:jelly|achy|aching|sore"
    r"|stiff|tight|tired|knackered|heavy|wrecked|done in|tender|spaghetti|noodles)\b"
    r"(?=[^.!?\n]{0,20}?\b(?:after|from|cos|coz|cause|because|as) (?:of |i |i've |i’ve |i had )?"
    r"(?:\w+ ){0,2}?(?:lugg|carr|haul|lift|shift|stack|unload|load|hump|shovel|dig|scrub|paint"
    r"|bend|kneel|crouch|push|pull|heav|drag|clean|garden|decorat|sort|pack)\w*)",
    re.IGNORECASE,
)
_USUAL_STIFF_54 = re.compile(
    r"\b(?:the |my |just the |just my |only the |only my |just )?usual (?:\w+ )?(?:stiff|achy"
    r"|tight|creaky)(?:ness)? (?:back|neck|hips?|shoulders?|lower back)\b"
    r"|\b(?:the |my |just the |just my |only the |only my |just )?usual (?:muscly |muscle |muscular"
    r" |old |morning )?(?:stiffness|tightness|ache|aches|achiness)\b",
    re.IGNORECASE,
)
_EFFORT_GUARD_54 = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|giv\w* way|gave way|buckl\w*|can['’ ]?t"
    r"|cannot|could ?n['’o]?t|still|since|worse|spread\w*|down (?:my|the|both|one)|radiat\w*"
    r"|sharp|stabb\w*|burning|(?<!nothing )(?<!no )shoot\w*|bladder|bowel\w*|saddle|groin"
    r"|chest|breath\w*|dizz\w*|faint\w*|fever|night|days|week|weeks|different|new|strange"
    r"|weird|odd|popped|snapped|crack\w*)\b",
    re.IGNORECASE,
)


def _blank_net_54(text: str) -> str:
    if not (_EFFORT_ACHE_54.search(text) or _USUAL_STIFF_54.search(text)):
        return text
    if _EFFORT_GUARD_54.search(text):
        return text
    return blanked(_USUAL_STIFF_54, blanked(_EFFORT_ACHE_54, text))


# Round 55 (h56's classes, written wide). Each blanks only its own words, so a sign told
# elsewhere in the message still counts.
# A change for the worse denied against a yardstick ("my back's no worse than usual", "it's not
# any worse than yesterday", "hasn't got any worse"): no word of a change at all.
_NO_WORSE_55 = re.compile(
    r"\b(?:no|not|not any|not much|none the|nae|never) (?:\w+ )?worse(?: off)? than (?:usual"
    r"|normal|ever|before|always|it (?:usually|normally|always) (?:is|was|gets)|it (?:was|has been)"
    r"|(?:it was )?yesterday|last (?:week|night|month|time|year)|the usual|most days|any other"
    r" day|it gets most days|a normal day)\b"
    r"|\b(?:has ?n[o']?t|have ?n[o']?t|is ?n[o']?t|was ?n[o']?t|did ?n[o']?t|never) (?:got|gotten"
    r"|been|getting|get|gone|grown) (?:any )?worse\b",
    re.IGNORECASE,
)
_NO_WORSE_GUARD_55 = re.compile(
    r"\b(?:except|apart from|other than|(?:until|till) (?:now|today|tonight|this)|but now|and now"
    r"|since|suddenly)\b",
    re.IGNORECASE,
)
# A breath taken away by something seen or heard, told with a laugh ("saw the price of halibut
# and honestly I can't breathe 😂", "opened the gas bill, literally cannot breathe lol"): the
# figure's words, never beside a word of the chest, the lips or an effort, nor "properly".
_SEEN_THING_55 = re.compile(
    r"\b(?:saw|seen|see|seeing|looked at|look at|read|reading|got|opened|open|heard|checked"
    r"|found|watched|watching)\b(?: [\w'’]+){0,5}? (?:price|prices|priced|bill|bills|cost|costs"
    r"|receipt|quote|invoice|total|rent|fare|fares|menu|meme|memes|video|clip|tiktok|reel|joke"
    r"|jokes|news|score|scores|result|results|statement|council tax|mortgage|estimate|valuation"
    r"|tab|tag|ticket prices|tickets|texts?|message|email|group chat|photo|photos|pics?|outfit"
    r"|face|reply|caption|sketch|sitcom|episode|stand ?up|comedian|ending)\b",
    re.IGNORECASE,
)
_LAUGH_55 = re.compile(r"😂|🤣|💀|😅|😆|😭|🙈|\b(?:lol+|lmao+|haha\w*|rofl|pmsl|jk|hehe\w*)\b",
    re.IGNORECASE)
_CANT_BREATHE_55 = re.compile(
    r"\b(?:i )?(?:can ?n?[o']?t|cannot|could ?n[o']?t|can not) (?:even )?breathe\b"
    r"|\bstopped breathing\b",
    re.IGNORECASE,
)
_BREATHE_GUARD_55 = re.compile(
    r"\b(?:chest|lungs?|lips?|blue|grey|asthma\w*|inhaler|wheez\w*|tight\w*|breathless\w*"
    r"|short of breath|out of breath|properly|struggl\w*|gasp\w*|stairs|walk\w*|ran|run\w*"
    r"|pain\w*|ache\w*|hurt\w*|ambulance|999|911|112|a&e|a and e|help|still|since|hours?"
    r"|minutes?|choking|chok\w*|allerg\w*|swell\w*|swollen|throat|dizz\w*|faint\w*)\b",
    re.IGNORECASE,
)


def _blank_round55(text: str) -> str:
    """Round 55: see `_NO_WORSE_55` and `_CANT_BREATHE_55`."""
    low = text.lower()
    if "worse" in low and not _NO_WORSE_GUARD_55.search(text):
        text = blanked(_NO_WORSE_55, text)
    if (
        "breathe" in low
        and _CANT_BREATHE_55.search(text)
        and _SEEN_THING_55.search(text)
        and _LAUGH_55.search(text)
        and not _BREATHE_GUARD_55.search(text)
    ):
        text = blanked(_CANT_BREATHE_55, text)
    return text


# Round 55: whether a sign stops, ends or pauses a session, asked in general ("is chest pain one
# of the things that would stop a session?", "would numb feet end a workout?", "does a fever
# count as a reason to stop?"): never with the writer, their body or a word of now in the
# question or beside it.
_SESSION_55 = (
    r"(?:(?:a|the|my|your|this|that|any|todays?|tonights?) )?(?:\w+ )?(?:session|sessions|workout"
    r"|workouts|stretch|stretches|routine|exercise|exercises|move|twist|practice|class|lesson"
    r"|programme|program|plan|bot|app|coach|check ?in|it|things|everything)"
)
_STOP_VERB_55 = (
    r"(?:stop|stops|end|ends|pause|pauses|halt|halts|cancel|cancels|block|blocks|lock|locks"
    r"|shut|shuts|rule|rules|put an end to|call off|calls off|bring|brings)(?: out| down| off)?"
)
_BOT_STOPS_55 = re.compile(
    r"\b(?:is|are|would|will|could|can|does|do|should|might|was|were)\b[^?.!\n]{1,60}?\b"
    r"(?:(?:one|some|any|part|among|on the list|in the list|on your list) (?:of )?(?:the |your"
    r" |those |these )?(?:\w+ )?(?:things|signs|symptoms|reasons|stuff|red flags|flags|ones"
    r"|stop signs|warning signs|list)(?: (?:that|which|who))?(?: (?:would|will|could|might|should"
    r"|do|does|can))? " + _STOP_VERB_55 + r"(?: " + _SESSION_55 + r")?"
    r"|" + _STOP_VERB_55 + r" " + _SESSION_55 + r"|count(?:s)? as (?:a |an )?(?:reason|grounds"
    r"|cause)(?: enough)? to (?:stop|skip|end|pause|not do|avoid|call off)(?: " + _SESSION_55
    + r")?)\b[^?.!\n]*\?",
    re.IGNORECASE,
)
_WRITER_55 = re.compile(
    r"\b(?:i|im|i'm|i’m|ive|i've|i’ve|me|my|mine|myself|we|our|us)\b", re.IGNORECASE
)


def _general_55(text: str) -> bool:
    """Round 55: see `_BOT_STOPS_55`."""
    head = text[:MAX_CHARS]
    match = _BOT_STOPS_55.search(head)
    if match is None or _WRITER_55.search(match.group()):
        return False
    rest = blanked(_BOT_STOPS_55, head)
    if _NOW_48.search(rest) or _WRITER_55.search(rest):
        return False
    left = _triage(rest)
    return left.level is TriageLevel.NONE and not left.ambiguous
