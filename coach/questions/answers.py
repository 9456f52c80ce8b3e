"""Offline question answering over the question bank (`content.questions`).

Pipeline for one message (`answer`):

1. **Triage first** (`coach.questions.triage`): any safety sign wins over everything else.
2. **Hard declines**: questions about medicines or amounts to take (named or not: "can I take
   something first?", "after my meds"), requests for a diagnosis or about conditions the bank
   does not cover ("do I have sciatica?", but not "I have sciatica"), and attempts to override
   the bot's instructions get a kind decline, whatever else they ask. Pure small talk is
   declined too.
3. **Matching**: TF-IDF cosine similarity between the question and every example phrasing and
   title, each topic's centroid (the mean of its examples) and, at a lower weight, its answer.
   Features: light-stemmed words after a synonym and phrase map, word bigrams, "question
   shape" bigrams, and character 3-4-grams. Before that, unknown query words are corrected
   when they look like phone typos of a known word (`typo_distance`: "musles" -> "muscles",
   but everyday words such as "thing" or "sleeping" are left alone), and words typed without
   their vowels are read ("hw lng" -> "how long"); synonyms also cover the
   other forms of a word (`synonym`: "dangling" like "dangle"); phrase rules add a token for
   a family of wordings ("start to finish", "stay still", "what I tell you", "7am"); and a
   few ideas spread over a sentence add one too (`_concepts`: holding *or* moving).
4. **Calibrated decline**: the best topic must reach `THRESHOLD`, beat the out-of-scope
   pseudo-topic (`content.questions.OUT_OF_SCOPE_EXAMPLES`) by `MARGIN`, and the topics must
   know at least `MIN_COVERAGE` of the question's words (unknown filler such as "sometimes"
   does not count). A question about another exercise, another body part's complaint, food
   and drink, products or finding a clinician is declined unless it also names the twist
   (outside the other exercise's name) and matches strongly (`OTHER_EXERCISE_THRESHOLD`).
   So is a thing to do or to buy that no topic knows ("how do I land a kickflip", "which
   skateboard is best", "the best chainsaw for tree work"), another app weighed against this one
   (even beside the move's words), or another person to move. A dance, sport or trade named only
   as a likeness or as who or where ("slow like a rumba", "at the dance studio", "she's a
   ballroom dancer") does not count when the question is in the move's own words (round 57).
5. **The safety net** (`coach.questions.unsure`): a decline or a "Did you mean..." that tells of
   the writer's body, or an answer beside a clause telling of something strange in it, becomes
   the net's question.
6. **The learned reader** (`coach.questions.learned`): a message no rule finds a red flag in,
   but that reads like one to a model trained on every red flag and harmless message so far,
   gets the net's question too (never a lockout, never an answer; over a rule's harmless
   weighing of a sign only when the model is all but sure).

Long messages are cut to `MAX_CHARS` (head and tail) and scored as a whole and sentence by
sentence; a sentence ending in "?", or opening like a question ("who can see it"), is
preferred, since the rest is usually context; a question closing the message after a comma
counts as a sentence when it says enough by itself (round 54). Bars scale down with length
because cosine similarity falls as a message grows.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, TypeVar

import numpy as np

from coach.questions.anchors import anchors
from coach.questions.learned import reads_red_flag
from coach.questions.patterns import lazy
from coach.questions.triage import (
    Triage,
    TriageLevel,
    face_down_breath_h87,
    safety_ask_text,
    safety_reply,
    sees_sign_or_aside,
    strong_stretch_h106,
    triage,
)
from coach.questions.unsure import (
    HOPED_FEEL_H81,
    MILD_SORE_11,
    UNSURE,
    body_report,
    chest_stretch_fa114b,
    cold_floor_h106,
    sore_after_session_11,
    stretch_well_fa107b,
    unsure,
    unsure_aside,
)
from coach.text import blanked, edit_distance, normalise, words
from content.general import CLARIFY_TEXT, help_text
from content.questions import (
    DECLINE_MEDICAL_RELATED,
    DECLINE_MEDICAL_TEXT,
    DECLINE_RELATED,
    DECLINE_TEXT,
    DECLINE_TREATMENT_TEXT,
    NOTHING_ASKED_TEXT,
    OUT_OF_SCOPE_EXAMPLES,
    TOPICS,
    Topic,
)

THRESHOLD = 0.30  # minimum topic score to answer
MARGIN = 0.03  # the best topic must beat the out-of-scope examples by this much
MIN_COVERAGE = 0.3  # share of the question's (IDF-weighted) words the topics must know
OTHER_EXERCISE_THRESHOLD = 0.55  # minimum score when the question names another exercise
EXAMPLE_WEIGHT = 0.6  # weight of the best-matching example phrasing (or title)
CENTROID_WEIGHT = 0.4  # weight of the topic's centroid (mean of its examples)
ANSWER_WEIGHT = 0.25  # how much a topic's answer text adds to its score
WORD_WEIGHT = 0.8  # share of the cosine from word features; the rest from character n-grams
BIGRAM_WEIGHT = 0.5  # a bigram counts this much relative to a word
FRAME_WEIGHT = 0.3  # a bigram including a stop word ("what is", "is this")
DF_POWER = 0.5  # per topic, document frequency counts as (phrasings using the word) ** DF_POWER
LENGTH_PIVOT = 10  # segments with more content words than this get a proportionally lower bar
MAX_CHARS = 1500  # longer messages keep their first and last MAX_CHARS // 2 characters
MAX_SEGMENTS = 24
MAX_QUERY_FEATURES = 160  # a query vector keeps at most this many features (speed)

CLOSE_GAP = 0.015  # a runner-up this close to the best topic: ask which one was meant
WEAK_SLACK = 0.045  # a match this close to the bar is weak: offer it with the runner-up
WEAK_RUNNER = 0.8  # ...when the runner-up reaches this share of the bar
MAX_OPTIONS = 3
# Calibrated on the first runs of the held-out batches (issue 13): a confident wrong answer
# usually had a modest score and a runner-up not far behind, or was one of a pair of
# neighbouring topics that new wording often confuses. Then a question back is cheaper.
MODEST_SCORE = 0.45  # a best score under this...
MODEST_GAP = 0.05  # ...with a runner-up within this: ask
CONFUSED_GAP = 0.06  # a runner-up within this that is the best topic's known neighbour: ask
CONFUSED_STRONG = 0.85  # ...unless the best score reaches this
CONFUSED_PAIRS: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("mat", "where_to_do"),
        ("dynamic_benefits", "speed_rhythm"),
        ("uneven_sides", "speed_rhythm"),
        ("check_first", "surgery_history"),
        ("leg_sweep", "surgery_history"),
        ("which_side_first", "return_switch"),
        ("leg_sweep", "return_switch"),
        ("how_often", "benefits"),
        ("shoulders_down", "why_cues"),
        ("hand_support", "dont_force"),
        ("hold_time", "reps_sets"),
        ("progression", "progress"),
    )
)

NEGATIVE = "__out_of_scope__"

Kind = Literal["safety", "safety_ask", "clarify", "help", "topic", "decline"]


@dataclass(frozen=True)
class Answer:
    kind: Kind
    topic: str | None
    score: float
    text: str
    related: tuple[str, ...]  # related topic keys (for buttons); for "clarify", the options


# ---------------------------------------------------------------------------------------------
# Text to features

_STOP_WORDS = """a an the to of and or in on at for with is are am be been was were it this
    that these those i me my mine myself we our is it its do does did doing so just please
    really very
    about some any also too would could should can will shall may might must there here than
    then if but as by from into onto up out over get got go going like kind sort thing things
    one ones bit lot lots quite still even much many ever yet already again ok okay yes no not
    hi hey hello thanks thank you your yours what when where which who whom whose how why
    exactly actually even basically literally honestly maybe perhaps lol haha um uhm hmm pretty
    well anyway tell wondering wonder wanted want curious question ask"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS.split())
# Words that carry the question even though they look like stop words. They are kept as
# features (IDF keeps their weight modest) so short questions like "how long?" still work.
KEEP_WORDS: frozenset[str] = frozenset(
    {
        "how",
        "long",
        "many",
        "often",
        "why",
        "which",
        "where",
        "who",
        "you",
        "not",
        "over",
        "up",
        "then",
    }
)

# Everyday words the question bank does not use. Spelling correction leaves them alone: one
# letter away from a bank word, they are still not typos ("thing" is not "think", "sleeping"
# is not "sweeping").
_COMMON_WORDS = """about above across after afternoon again against ages ahead almost alone along
    always among angle ankle ankles another answer anything anyway anywhere around asked asking
    awful baby back bad badly barely because become bed been before behind being below best
    better between beyond big birthday body bored boring both bottom bought brain break
    breakfast breath bring broke brother brought build busy call called came care carry case
    cause chair change cheap cheek cheeks child children choose city class clean clear close
    coffee cold colour come comes coming could couldnt country couple course crazy cried dance
    dark daughter days dead deal dear desk died diet doctor does dog dogs done door dose doses
    down dream dress drink drive drop early easily eight either else email end enough evening
    every everyone everything example except eye face fact fair fall family far fast father fear
    feel feeling feels fell felt few field fight fill film find fine finger fingers finish fire
    first fish five fix flat food foot forget forgot found four free friend friends from full
    fun funny game garden gave girl give given glad goes gone good great green grow guess guy
    guys hair half hand hands happen happy hard hate have head heard heart heavy help here high
    hold holiday home hope horse hour hours house however huge husband idea ideal idle ill
    inside instead into itself job join joke jump keep kept kids kill kind king kitchen knew
    know known lady land large last late later laugh lay lazy learn least leave left less letter
    life light line list listen little live lives long look lost loud love lovely made main make
    man many mark married matter mean meant meet mind minute miss mister moment money month more
    most mostly mother move much mum music must name near nearly need never news next nice night
    nobody noise none normal nose note nothing notice number often older once only open order
    other others outside over own page paid pain paper parent parents part party pass past pay
    pee peed peeing people perfect phone pick picture piece place plan plant play please plus
    point poor power powder pretty print probably problem proud pull quick quiet quite rain
    rather read ready real realise realising reason red rest rich ride right ring road room
    round rule run sad said same sat save saw say school sea second seem seems seen sell send
    sent seven shall share sharp shop short shot should show sick side sign since sing sister
    sit six size sleep sleeping slept slow small smell smile snow soft some someone something
    sometimes son song soon sorry sound speak spend spent spine stand star start stay step still
    stone stop story straight strange street strong study stuff such summer sure sweet table
    take taken talk tall taste teach team tell telly ten than thank that their them then there
    these they thing things think thinks third this those though thought three threw through
    throw till time tired today together told tomorrow too took top total touch town tree tried
    true truth turn twice type under until upon used useful usual very visit voice wait wake
    walk wall want warm wash watch water wee weeing week weekend weeks well went were what whole
    wife will wind window winter wish with woke woman women wonder word words work world worry
    worse worst would write wrong year years yellow young"""
_NEVER_CORRECT: frozenset[str] = frozenset(_COMMON_WORDS.split())

# Words about when, how much or how sure, which say nothing about the subject: an unknown one
# must not count against a question as a word the topics do not know ("my sciatica flares up
# sometimes").
_FILLER_WORDS = """sometimes usually always occasionally recently lately today yesterday tonight
    tomorrow now currently mostly generally normally typically constantly often every all time
    times little slightly somewhat totally completely definitely probably seriously since ago
    week weeks month months year years day days these those sort honest honestly reckon think
    guess suppose anyway though although still else"""
_FILLER: frozenset[str] = frozenset(_FILLER_WORDS.split())

# Messages made only of these words are small talk, declined kindly.
_SMALL_TALK = """hi hello hey hiya yo sup howdy morning afternoon evening night goodnight good day
    today thanks thank you cheers ta bye goodbye later see soon ok okay cool nice great
    awesome lol haha hahaha lmao how are is it going doing what up wassup you your there
    well fine all right alright am i im and too so very much a the nice to meet
    please sorry oh ah hmm yes no yeah yep nope"""
SMALL_TALK: frozenset[str] = frozenset(_SMALL_TALK.split())
_NEVER_CORRECT |= STOP_WORDS | KEEP_WORDS | SMALL_TALK
# thirteenth session, h73: words that merely begin with "foot" (the game, a film, a path, a note)
_FOOT_LOOKALIKES_13 = """footy footie footies football footballs footballer footballers footballing
    footage footages footpath footpaths footnote footnotes"""
_NEVER_CORRECT |= frozenset(_FOOT_LOOKALIKES_13.split())

# Token -> canonical token, applied before stemming.
SYNONYMS: dict[str, str] = {
    # twenty-seventh session, heldout_h114 (ans114): "which leg 1st"
    "1st": "first",
    "rep": "rep",
    "reps": "rep",
    "repetition": "rep",
    "repetitions": "rep",
    "repition": "rep",
    "repititions": "rep",
    "reptitions": "rep",
    "round": "set",
    "rounds": "set",
    "sec": "second",
    "secs": "second",
    "seconds": "second",
    "s": "second",
    "min": "minute",
    "mins": "minute",
    "minutes": "minute",
    "tummy": "stomach",
    "belly": "stomach",
    "front": "front",
    "facedown": "prone",
    "feet": "foot",
    "ground": "floor",
    "okay": "ok",
    # round 33: undoing a day of sitting ("will the twist counteract that?")
    "counteract": "undo",
    "counteracts": "undo",
    "counteracting": "undo",
    "offset": "undo",
    "undoes": "undo",
    "undoing": "undo",
    "alright": "ok",
    "fine": "ok",
    "safe": "safe",
    "twisting": "twist",
    "twists": "twist",
    "twisted": "twist",
    "rotation": "twist",
    "rotate": "twist",
    "rotating": "twist",
    "rotational": "twist",
    "everyday": "daily",
    "frequently": "often",
    "frequency": "often",
    "regularly": "often",
    "newbie": "beginner",
    "novice": "beginner",
    "noob": "beginner",
    "sciatic": "sciatica",
    "doc": "doctor",
    "gp": "doctor",
    "physio": "doctor",
    "physiotherapist": "doctor",
    "clinician": "doctor",
    "pecs": "chest",
    "pectorals": "chest",
    "pectoral": "chest",
    "delts": "shoulder",
    "deltoids": "shoulder",
    "deltoid": "shoulder",
    "abs": "core",
    "abdominals": "core",
    "abdominal": "core",
    "stomachmuscles": "core",
    "discomfort": "pain",
    "uncomfortable": "pain",
    "sore": "pain",
    "soreness": "pain",
    "ache": "pain",
    "aches": "pain",
    "achy": "pain",
    # round 11: mild discomfort in everyday words
    "pinchy": "pain",
    "pinch": "pain",
    "pinches": "pain",
    "pinching": "pain",
    "niggle": "pain",
    "niggly": "pain",
    "niggles": "pain",
    "twingey": "pain",
    "twingy": "pain",
    "reminder": "remind",
    "reminders": "remind",
    "notification": "remind",
    "notifications": "remind",
    "alarm": "remind",
    "nudge": "remind",
    "statistics": "stats",
    "stat": "stats",
    "streak": "stats",
    "streaks": "stats",
    "info": "data",
    "information": "data",
    "erase": "delete",
    "remove": "delete",
    "gaze": "look",
    "eyes": "look",
    "neck": "head",
    "matt": "mat",
    "cushion": "mat",
    "cushioned": "mat",
    "padding": "mat",
    "pregnancy": "pregnant",
    "expecting": "pregnant",
    "operation": "surgery",
    "op": "surgery",
    "bot": "you",
    "app": "you",
    "hover": "hover",
    "hovering": "hover",
    "float": "hover",
    "floats": "hover",
    "floating": "hover",
    "dangle": "hover",
    "dangles": "hover",
    "hanging": "hover",
    "hangs": "hover",
    "tough": "hard",
    "difficult": "hard",
    "challenging": "hard",
    "stiffness": "stiff",
    "tight": "stiff",
    "tightness": "stiff",
    "tense": "stiff",
    "tension": "stiff",
    "rigid": "stiff",
    "stuck": "stiff",
    "stretchy": "flexible",
    "flexibility": "flexible",
    "bendy": "flexible",
    "mobile": "mobility",
    "pose": "position",
    "positioning": "position",
    "workout": "exercise",
    "routine": "session",
    "sesh": "session",
    "benefit": "benefit",
    "advantages": "benefit",
    "upside": "benefit",
    "upsides": "benefit",
    "perks": "benefit",
    "gains": "benefit",
    "advantage": "benefit",
    "pros": "benefit",
    "swap": "switch",
    "change": "switch",
    "changing": "switch",
    "alternate": "switch",
    "alternating": "switch",
    "duration": "howlong",
    "dynamically": "flow",
    "push": "force",
    "pushing": "force",
    "press": "force",
    "pressing": "force",
    "forcing": "force",
    "forced": "force",
    "variant": "version",
    "variation": "version",
    "variations": "version",
    "modification": "version",
    "modified": "version",
    "alternative": "version",
    "gentle": "easy",
    "gentler": "easy",
    "easier": "easy",
    "lighter": "easy",
    "softer": "easy",
    "simpler": "easy",
    "unfit": "fit",
    "anyone": "who",
    "anybody": "who",
    "robot": "ai",
    "human": "ai",
    "person": "ai",
    "chatbot": "ai",
    "technique": "technique",
    "form": "technique",
    "properly": "technique",
    "proper": "technique",
    "correctly": "technique",
    "instructions": "technique",
    "instruction": "technique",
    "tutorial": "technique",
    "perform": "technique",
    "target": "muscle",
    "targets": "muscle",
    "targeted": "muscle",
    "area": "muscle",
    "areas": "muscle",
    "privacy": "data",
    "private": "data",
    "confidential": "data",
    "gdpr": "data",
    "personal": "data",
    "rating": "score",
    "rate": "score",
    "level": "score",
    "morning": "daily",
    "mornings": "daily",
    "evening": "daily",
    "evenings": "daily",
    "afternoon": "daily",
    "bedtime": "daily",
    "begin": "start",
    "beginning": "start",
    "starting": "start",
    "setup": "start",
    "menu": "command",
    "commands": "command",
    "contraindications": "avoid",
    "contraindication": "avoid",
    "shouldnt": "avoid",
    "worth": "benefit",
    "point": "benefit",
    "purpose": "benefit",
    "surface": "mat",
    "carpet": "mat",
    "rug": "mat",
    "lotion": "lotion",
    "sticky": "stiff",
    "seized": "stiff",
    "overdo": "toomuch",
    "overdoing": "toomuch",
    "overdid": "toomuch",
    "overdone": "toomuch",
    "excessive": "toomuch",
    "kit": "equipment",
    "gear": "equipment",
    "props": "equipment",
    "accessories": "equipment",
    "ab": "core",
    "cope": "manage",
    "handle": "manage",
    "capable": "manage",
    "raise": "lift",
    "raises": "lift",
    "raising": "lift",
    "rise": "lift",
    "rises": "lift",
    "peel": "lift",
    "peels": "lift",
    "peeling": "lift",
    "tuck": "put",
    "place": "put",
    "placing": "put",
    "inflexible": "flexible",
    "elderly": "old",
    "older": "old",
    "senior": "old",
    "seniors": "old",
    "age": "old",
    "aged": "old",
    "message": "remind",
    "messages": "remind",
    "texts": "remind",
    "pings": "remind",
    "alerts": "remind",
    "clearance": "clearance",
    "cleared": "clearance",
    "permission": "clearance",
    "approval": "clearance",
    "static": "hold",
    "held": "hold",
    "holding": "hold",
    "dynamic": "flow",
    "moving": "move",
    "movement": "move",
    "motions": "motion",
    "elbow": "elbow",
    "forearm": "elbow",
    "upperback": "thoracic",
    "lumbar": "lowerback",
    "buttocks": "hip",
    "glutes": "hip",
    "thighs": "hip",
    "hamstrings": "hamstring",
    # Moving side to side, as opposed to holding still.
    "rock": "flow",
    "rocking": "flow",
    "sway": "flow",
    "swaying": "flow",
    "shove": "force",
    "jam": "force",
    "yank": "force",
    "wipe": "delete",
    "ping": "remind",
    "amber": "zone",
    "zones": "zone",
    "flare": "pain",
    "flares": "pain",
    "flareup": "pain",
    # speed and rhythm (issue 13): one idea, many words
    "fast": "speed",
    "faster": "speed",
    "quick": "speed",
    "quickly": "speed",
    "quicker": "speed",
    "tempo": "speed",
    "pace": "speed",
    "paced": "speed",
    "rhythm": "speed",
    "rhythmic": "speed",
    "momentum": "speed",
    "slowly": "speed",
    "slower": "speed",
    # where to do it
    "bedroom": "location",
    "lounge": "location",
    "office": "location",
    "gym": "location",
    "hotel": "location",
    "outdoors": "location",
    "outside": "location",
    "park": "location",
    # round 38: on the road ("in the sleeper cab or on a layby", "in the van", "at the
    # services")
    "cab": "location",
    "lorry": "location",
    "truck": "location",
    "van": "location",
    "layby": "location",
    "laybys": "location",
    "services": "location",
    "depot": "location",
    "warehouse": "location",
    "breakroom": "location",
    "staffroom": "location",
    "bunk": "surface",
    "bed": "surface",
    "mattress": "surface",
    "sofa": "surface",
    "couch": "surface",
    "carpeted": "surface",
    "grass": "surface",
    "lawn": "surface",
    # a joint replacement or an implant is surgery
    "titanium": "surgery",
    "implant": "surgery",
    "implants": "surgery",
    "prosthetic": "surgery",
    "prosthesis": "surgery",
    "artificial": "surgery",
    "replacement": "surgery",
    "replaced": "surgery",
    "surgical": "surgery",
    "surgeon": "surgery",
    # round 8: the names of operations
    "microdiscectomy": "surgery",
    "discectomy": "surgery",
    "laminectomy": "surgery",
    "laminotomy": "surgery",
    "foraminotomy": "surgery",
    "arthroplasty": "surgery",
    "arthroscopy": "surgery",
    "resurfacing": "surgery",
}

# eighteenth session, h83: sciatica spelt by its sound (see `PHRASES`); the checks that look for
# sciatica in a question's words read it too (`_SCIATICA`, `_SCIATICA_10B`)
SCIATICA_SOUND_S18 = r"(?:sc|s|c|ps)(?:y|i|ie|ei|ee)?at+(?:i|e|y)?(?:c|k|ck|kk)(?:a|ah|er|uh)"

# Multi-word phrases rewritten before tokenising (on normalised text).
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy(rf"\b{p}\b"), r)
    for p, r in (
        # Asking for the whole exercise, not one step of it ("start to finish" is not about the
        # starting position, so those words go).
        (
            r"(?:from )?(?:start|beginning) to (?:the )?(?:finish|end)|from the very start",
            "technique",
        ),
        # Round 35: how far off a thing is, in any words ("won't get anywhere near the floor",
        # "nowhere near the mat", "miles from touching down", "well clear of the floor"): it
        # does not reach.
        # Round 54: the message's own framing ("quick q", "a quick question", "quick one:") is
        # no speed of the sweep; "quick" goes, so the question after it decides.
        (
            r"quick (?=(?:q|qs|qn|qq|qu|ques|question|questions|query|queries|ask|check)\b)"
            r"|^(?:(?:hi|hey|ok|okay|so|right|just|a|one) )*quick (?=one\b(?! (?:or|vs|versus)\b))",
            "",
        ),
        (
            r"(?:anywhere|nowhere|not even|not) (?:near|close to|close)|(?:miles|a long way|a mile"
            r"|inches|well|way|ages) (?:off|from|clear of|short of|above)",
            "not reach",
        ),
        # Round 38: more than stretching can do ("get help instead of just stretching it out",
        # "when are stretches not enough", "stop stretching and see someone"): when to get help,
        # one token of its own (not "help", which the bot's own help shares)
        (
            r"(?:instead of|rather than|more than|other than|beyond) (?:just |only |keep |keeping"
            r" )?(?:doing )?(?:(?:the|my|some|more) )?stretch\w*(?: (?:it|them|things) out"
            r"| it off)?"
            r"|stretch\w* (?:alone |only )?(?:is not|are not|isnt|arent|is no|are no|not) (?:enough"
            r"|the answer|cutting it|working|doing it)|stop (?:trying to )?stretch\w*(?: it (?:off"
            r"|out))?(?: and)",
            "beyondstretching",
        ),
        # Round 35: less than the whole move ("a little movement instead of the whole thing",
        # "half rather than the full twist", "not the entire way"): a smaller range, not the
        # whole technique asked for.
        (
            r"(?:instead of|rather than|not|less than|short of|(?:only |just )?(?:part|bit|some"
            r"|half) of) (?:doing |going )?(?:the |a |all the |my )?(?:whole|full|entire|complete)"
            r" (?:thing|routine|exercise|move|movement|stretch|way|range|twist|distance|version)"
            r"|(?:instead of|rather than|not) (?:going |doing )?(?:all the way|the lot|all of it)",
            "smaller range",
        ),
        # Round 56: the move kept small (e.g. "may I shrink the motion when I'm stiff",
        # "just do tiny movements", "keep the swing short"): a smaller range, not why to move;
        # never a short session ("keep it short today")
        (
            r"(?:keep|keeping|kept) (?:it|them|the (?:movement|movements|move|moves|twist|sweep"
            r"|swing|swings|range|motion|rotation|turn)|things|everything|my (?:movement"
            r"|movements|range|twist)) (?:really |nice and |very |quite |a bit |fairly |pretty )?"
            r"(?:small|little|tiny|mini)"
            r"|(?:keep|keeping|kept) (?:the|my) (?:movement|sweep|swing|range|twist|motion)s?"
            r" (?:really |nice and |very |quite |a bit |fairly |pretty )?(?:short|shorter)"
            r"|(?:do|doing|just|only|stick to|sticking to|try|keep to) (?:a |some |really |very"
            r" |nice )?(?:small|little|tiny|mini|short|shorter|smaller) (?:movements?|moves?|range"
            r"|twists?|sweeps?|swings?|motions?|turns?|rotations?)",
            "smaller range",
        ),
        (
            r"from the top|(?:the )?whole (?:thing|routine|exercise|move|sequence|stretch)"
            r"|all (?:of )?the steps|full (?:instructions|routine|sequence|technique)",
            r"\g<0> technique",
        ),
        (
            r"(?:go|run) (?:over|through) (?:how|it again|that again|this again|the (?:steps"
            r"|technique|instructions|exercise|moves?))",
            r"\g<0> technique",
        ),
        # ninth session, h63: the steps asked to be gone through again ("run through them")
        (
            r"(?:go|going|run|running|talk me|walk me|take me) (?:over|through) (?:them|those"
            r"|it all|everything|the lot)(?: again| once more)?",
            "technique",
        ),
        (r"(?:forgot|forgotten|forget|remember|recall) how", r"\g<0> explain technique"),
        # ninth session, h63: the steps or their order forgotten or lost track of mid-way
        (
            r"(?:forgot|forgotten|forget|forgetting|(?:can not|cannot|do not|did not|could not"
            r"|never) (?:remember|recall)|lost track of|lose track of|losing track of|mixed up"
            r"|muddled up|confused about|blanked on|blank on) (?:all |what |which )?(?:the |your"
            r" |those |these |my |of the )?(?:steps?|order|sequence|instructions|stages|next step"
            r"|next bit|comes next|comes after|is next|bit comes next)",
            r"\g<0> explain technique",
        ),
        (
            r"(?:moves|steps|stages|bits|parts|movements) in order|in (?:what|which|the right)"
            r" order|(?:order|sequence) of (?:the )?(?:moves|steps|movements|stages)",
            r"\g<0> technique",
        ),
        # What it is good for is its benefit; the point of a cue is why it matters (issue 13).
        (r"(?:good|great|useful) (?:about|for me about)|what (?:do|will) i get out of", "benefit"),
        (
            r"(?:what is the )?(?:point|purpose|reason) (?:of|for|behind) (?:keeping|having|the"
            r"|my|resting|looking|not)|why (?:do|should|must|does) (?:i|you|we|one)"
            r" (?:(?:have|need|got) to |gotta )?(?:keep|rest|look|not|press|put|hold|stay|lie"
            r"|leave)|why (?:should not|can not|must not|not)",
            r"\g<0> whycue",
        ),
        # Round 10: a cue that "seems random" is asked about its reason.
        (
            r"(?:seems?|sounds?|feels?) (?:a bit |kind of |so |rather |quite )?(?:random|pointless"
            r"|arbitrary|odd|weird|strange|unnecessary)",
            r"\g<0> whycue",
        ),
        # Round 16: rest instead of the twist ("why twist at all? wouldn't resting be better?")
        # is why to move at all.
        (
            r"(?:why (?:twist|move|exercise|stretch|bother|do (?:it|this|the twist))(?: it)? at"
            r" all|(?:would not|will not|is not|should not|does not) (?:\w+ ){0,2}?rest\w*"
            r" (?:\w+ )?(?:be )?(?:better|best|smarter|wiser|safer)|(?:better|best|safer) to"
            r" (?:just )?rest\w*|rest\w* (?:it )?(?:instead|rather))",
            r"\g<0> rest movement",
        ),
        # Round 20: more sore than usual after a session ("a bit achier the morning after
        # yesterday's session, up 2 from usual"): pain after.
        (
            r"(?:achier|sorer|stiffer|more sore|more achy|more stiff) (?:\w+ ){0,4}?(?:after|since"
            r"|following)",
            r"\g<0> sore after",
        ),
        # Round 20: "why bother with this one", "why should I even bother": its benefit.
        (
            r"why (?:should i |would i |do i |would anyone |even |should anyone )?(?:even )?bother"
            r"(?! (?:\w+ )?at all)",
            r"\g<0> benefit",
        ),
        # Round 16: more reps or longer holds, asked over weeks, is the progression.
        (
            r"(?:(?:more|extra) (?:reps|sets|rounds)(?: now)? or (?:longer|more) (?:holds?|time"
            r"|seconds)|(?:longer|more) (?:holds?|time|seconds)(?: now)? or (?:more|extra)"
            r" (?:reps|sets|rounds)|how (?:am|do|should|can|will) i (?:meant to |supposed to"
            r" |going to |best )?progress|(?:meant|supposed|expected) to progress)",
            r"\g<0> progression",
        ),
        # Round 16: a pain score told above one's usual ("a 5 today, usually a 2") is the pain
        # scale's zones.
        (
            r"(?:(?:\d|10|one|two|three|four|five|six|seven|eight|nine|ten)(?: out of (?:10|ten))?"
            r" (?:today|now|tonight|this morning|this evening)(?: \w+){0,5}? (?:usually|normally"
            r"|typically|mostly)(?: \w+){0,2}? (?:\d|10|one|two|three|four|five|six|seven|eight"
            r"|nine|ten)|(?:higher|worse|up|more) than (?:my )?(?:usual|normal))",
            r"\g<0> pain score usual",
        ),
        # Round 18: the pain check's colours ("what do the green amber red things mean", "an
        # amber day") are the pain scale's zones.
        (
            r"(?:green|amber|red)(?:,? (?:and |or |then )?(?:green|amber|red)){1,2}|amber"
            r"|(?:a |the |today |today is |it is |was |got )(?:green|red) (?:day|zone|light)",
            r"\g<0> pain scale zones",
        ),
        # Round 10: weeks into it, asking what next, is progress over the weeks.
        (
            r"(?:\d+|a few|few|a couple of|couple of|some|two|three|four|five|six|seven|eight"
            r"|several|a|one) (?:weeks?|wks?|months?) (?:in|on|now|into it|of doing (?:it|this"
            r"|the \w+))"
            r"|(?:been doing (?:it|this|the \w+)|doing (?:it|this) for) (?:for )?(?:\d+|a few|few"
            r"|two|three|four|five|six|several) (?:weeks?|wks?|months?)",
            r"\g<0> progress",
        ),
        # Round 10: "go and see someone", "get it checked": a clinician, asked about when.
        (
            r"(?:see|visit|call|ring) (?:someone|somebody|a professional|a pro|an expert"
            r"|a specialist)|get (?:it |myself |this |that )?(?:checked|looked at|seen to)(?: out)?"
            r"|seek (?:medical )?(?:help|advice)",
            r"\g<0> doctor",
        ),
        (
            r"(?:know|tell|be sure) (?:when|if) (?:\w+ ){0,5}?(?:see|get|seek|worry|go to|call"
            r"|ring|visit)",
            r"warning signs \g<0>",
        ),
        # After one side comes the other (switching sides, not which side goes first).
        (
            r"(?:after|once|when)(?: i)?(?: \w+)?(?: with)? (?:the |my )?"
            r"(?:first|left|right|one) (?:side|leg)(?: is)?(?: done| finished)?",
            r"\g<0> switchside",
        ),
        # Round 8: done one side, straight on or a rest first: switching sides.
        (
            r"(?:done|finished|completed) (?:with )?(?:my |the )?(?:first|left|right|one)"
            r" (?:side|leg)|(?:straight|go straight|move straight|right away) (?:on )?(?:to|onto"
            r"|over to|on to) (?:the )?(?:other|left|right|second|next)(?: side| leg)?"
            r"|(?:rest|break|pause) (?:\w+ )?(?:between|before) (?:the )?(?:sides|other side"
            r"|next side|second side|switching)",
            r"\g<0> switchside",
        ),
        # Round 8: seeing one's own scores, history, trend or chart is progress.
        (
            r"(?:my )?(?:pain )?(?:scores?|ratings?|numbers?|pain) (?:\w+ ){0,3}?(?:changed"
            r"|changing|over time|so far|history|trend\w*|gone (?:up|down)|going (?:up|down)"
            r"|improved|improving|since i (?:started|began|joined))"
            r"|(?:history|chart|graph|trend) of (?:my )?(?:pain|scores?|ratings?)",
            r"\g<0> progress stats",
        ),
        # Back or spine surgery is the check-first list, not a joint replacement.
        (
            r"(?:back|spine|spinal|disc|lumbar|neck) (?:surgery|operation|op|fusion)"
            r"|(?:surgery|operation|op) on (?:my |the )?(?:back|spine|disc|neck)"
            # round 8: the names of back operations
            r"|(?:micro ?)?dis[ck]ectomy|micro ?dis[ck]\w*|laminectomy|laminotomy|foraminotomy"
            r"|(?:spinal |lumbar )?decompression|(?:spinal |lumbar )?fusion|fused (?:\w+ )?"
            r"(?:vertebrae|discs?|spine|back)",
            r"\g<0> spinesurgery",
        ),
        # Round 12: weeks at it, asking when to step up, is progression.
        (
            r"(?:been )?(?:at it|at this|doing it|doing this|on it)(?: for)? (?:\d+|a few|few|a"
            r" couple of|two|three|four|five|six|several) (?:weeks?|wks?|months?)"
            r"|when (?:do|should|can|could|shall|would) i (?:move (?:on|up|from)|progress|step"
            r" (?:it )?up|level up|add (?:more |extra )?(?:reps|sets|time|seconds)|increase|do more"
            r"|go (?:further|longer|harder))",
            r"\g<0> progression",
        ),
        # Round 21: how long before it works ("how many weeks before I notice a difference",
        # "how long till I see results"): progress over the weeks.
        (
            r"(?:how (?:many|much) (?:weeks?|months?|days?|sessions?|time)|how long|how soon)"
            r" (?:\w+ ){0,4}?(?:before|till|until|to|for|do i|will i|does it|will it)"
            r" (?:\w+ ){0,3}?(?:notice|see|feel|get|start|expect) (?:\w+ ){0,2}?(?:a |any )?"
            r"(?:difference|results?|improvement|change|benefits?|progress|better|looser|effect)",
            r"\g<0> progress progression",
        ),
        # Moving on to more, over weeks, is progression.
        (
            r"(?:move|moving) (?:on|up) to|over (?:the )?(?:weeks|months|time)|(?:each|every|per)"
            r" week|(?:after|in) (?:a|one|two|three|a few|some) (?:weeks?|months?)",
            r"\g<0> progress",
        ),
        # Where the stretch is felt is about the muscles.
        (
            r"where (?:do|will|would|should|am) i (?:feel|be feeling|supposed to feel)",
            r"\g<0> muscle",
        ),
        (r"(?:feel|feeling) (?:it|this|that) (?:in|most|mostly)", r"\g<0> muscle"),
        # Making the leg reach is forcing it.
        (
            r"(?:make|force|push|pushing|forcing|get) (?:my |the )?(?:knee|leg|foot|hip)s? (?:to )?"
            r"(?:touch|reach|go|get|hit) (?:the )?(?:floor|ground|mat|down|lower|further)",
            r"\g<0> force",
        ),
        # Toughing it out is moving through pain.
        (
            r"grit (?:my|your) teeth|suck it up|bear (?:it|with it)|man up|tough(?:en)? it out"
            r"|(?:ignore|ignoring) it",
            r"\g<0> pain through",
        ),
        # Holding for long, giving it a go, how far to go.
        (
            r"hold (?:it |the stretch |the twist |them |each side )?(?:for )?(?:long|longer|ages"
            r"|a while)",
            r"\g<0> howlong",
        ),
        (r"(?:give it|have) a (?:go|try|bash|shot)", r"\g<0> try"),
        (
            r"(?:to|can i|could i|should i|if i) (?:even |still |ever |safely )?(?:start|begin)"
            r"(?! (?:position|pose|with|on|in|from|by)\b)",
            r"\g<0> try",
        ),
        (r"(?:that |which )?you (?:teach|coach|show|cover|guide)", "you coach"),
        (
            r"(?:only |just )?(?:a little|a tiny|a small|a short) (?:bit|way|amount|distance)"
            r"|not (?:as|so) far|less far",
            r"\g<0> smaller range",
        ),
        # Counting what the user has done is their progress; how many days to do it is not.
        (r"how many (?:\w+ ){0,3}(?:did i|have i|i have|i ve|i did)\b", r"\g<0> stats"),
        (r"(?:days|sessions|times|weeks) in a row", "stats"),
        (
            r"how many (?:days|weeks|months) (?:should|must|do i|can i|per|a|each|until|before"
            r"|is it)",
            "howoften",
        ),
        # After having a baby, check with a clinician first, as in pregnancy.
        (
            r"(?:had|having|just had|have just had) (?:a |my )?baby|gave birth|post ?natal"
            r"|post ?partum|c section|caesarean",
            "condition pregnant",
        ),
        (r"(?:green|amber|red|orange|yellow) (?:zone|day|light|level|session)", "zone"),
        # "How do I do it?", but not "how do I do the twist part?".
        (
            r"how (?:does one|do you|do i|to|would i|should i|can i|do we|am i (?:meant|supposed)"
            r" to) (?:actually |even |exactly |really |properly )?(?:do|perform|practi[cs]e)"
            r"(?! (?:the |this |that )?(?:\w+ )?(?:part|bit|side|version)s?\b)",
            r"\g<0> technique",
        ),
        # "The right way to X" asks how to X.
        (
            r"(?:what is |whats )?the (?:correct|right|best|proper|safest|safe|ideal|recommended)"
            r" way to",
            "how to",
        ),
        # Staying put in the stretch (the hold), as opposed to moving.
        (
            r"(?:stay|staying|stays|keep|keeping|remain|remaining) (?:still|put|static)",
            r"\g<0> hold",
        ),
        (
            r"(?:stay|staying|remain|remaining) in (?:one|the same) (?:spot|place|position)",
            r"\g<0> hold",
        ),
        (
            r"(?:stay|staying|remain|remaining) in (?:it|there|the stretch|the twist|the position)",
            r"\g<0> hold",
        ),
        # What the user tells the bot is their data.
        (
            r"what (?:i|we) (?:tell|told|say|said|type|typed|write|wrote|send|sent|share|shared"
            r"|enter|entered|put in)(?: to)?(?: you| in| here)?",
            r"\g<0> data",
        ),
        (
            r"(?:everything|anything|all|stuff|what) (?:that )?you (?:have|know|hold|keep|store"
            r"|record|save|collect)(?: on| about)?(?: me)?",
            r"\g<0> data",
        ),
        (r"my (?:answers|replies|check ?ins|records|details)", r"\g<0> data"),
        (
            r"(?:other people|anyone|anybody|someone|others|who) (?:else )?(?:can |could |will"
            r" |gets to )?(?:see|read|access|view|look at)",
            r"\g<0> data",
        ),
        # A clock time is for a reminder ("7am", "at 8", "6.30 pm").
        (r"\d{1,2}(?: \d{2})? ?(?:am|pm)|at \d{1,2}(?: \d{2})?|\d{1,2} o clock", "clocktime"),
        (
            r"never (?:\w+ ){0,2}(?:done|tried|been|exercised|stretched|worked out|trained"
            r"|did|exercise|stretch)",
            r"\g<0> beginner",
        ),
        # round 34: years without exercise told ("havent exercised in years", "not worked out
        # for ages", "no exercise for decades", "hardly done any sport since school")
        (
            r"(?:not|hardly|barely|rarely|no|without) (?:\w+ ){0,2}?(?:exercised|exercise|worked"
            r" out|workouts?|trained|training|sport|sports|been active|been sporty|been to a gym)"
            r"(?= (?:\w+ ){0,3}?(?:years?|ages|decades?|a long time|a while|since|yrs|donkey s))",
            r"\g<0> beginner",
        ),
        (r"(?:first|initial|opening) (?:position|pose|step)", "start position"),
        # "This stretch" names the exercise; "does it stretch" is about muscles.
        (
            r"(?:this|that) stretch (?=(?:\w+ )?(?:do|does|help|helps|work|works|is|good|for)\b)",
            "this exercise ",
        ),
        (
            "".join(f"(?<!{verb} )" for verb in ("does", "do", "will", "would", "can", "did"))
            + r"(?:this|that|these) stretch(?:es)?",
            "this exercise",
        ),
        # What you get out of it, what it does for you, why a physio suggests it: benefits.
        (
            r"what (?:do|will|would|can|could|does|did|should) (?:i|you|one|someone|people|it)"
            r" (?:get|gain) (?:out of|from)",
            r"\g<0> benefit",
        ),
        (
            r"what (?:does|do|will|would|can|could|is) (?:it|this|that|(?:this|the|that)"
            r" (?:exercise|stretch|move|movement|twist|thing))(?: actually| really| even"
            r"| exactly)? (?:do|doing|achieve)",
            r"\g<0> benefit",
        ),
        (
            r"what (?:kind|sort|type) of (?:a )?(?:stretch|exercise|move|movement|thing|pose)"
            r" is (?:this|it|that)",
            "what is this exercise",
        ),
        (r"goal ?posts?", "goalpost"),
        (
            r"why (?:would|do|does|did|should|might|is|are) (?:a |my |the |your |so many )?"
            r"(?:doctor|physio\w*|gp|trainer|coach|people|someone|anyone|they|you|it)"
            r" (?:recommend\w*|suggest\w*|advis\w*|use|prescrib\w*|give|do|doing)",
            r"\g<0> benefit",
        ),
        # One side compared with the other (twenty-first session, h93: a bare "one" only when
        # no "better" or "worse" follows it: which of two is better may weigh two ways of doing
        # the move as often as two sides; with "side", "leg" or "hip" named it still counts).
        (
            r"(?:(?:left|right|one)(?: side| leg| hip)|left|right|one(?! (?:is |seems |really "
            r"|much |way |any |actually )?(?:better|worse|safer|best|more (?:effective|useful"
            r"|helpful)|superior)\b)) (?:\w+ ){0,5}?than (?:on )?(?:the |my )?(?:left|right|other)",
            r"\g<0> uneven",
        ),
        (
            r"(?:left|right) (?:side |leg |hip )?(?:is |feels |goes |seems )?(?:way |much |a lot "
            r"|far |so much )?(?:tighter|stiffer|looser|easier|harder|better|worse|further"
            r"|more (?:mobile|flexible|stiff))",
            r"\g<0> uneven",
        ),
        (r"after (?:the |my )?(?:first|1st|one) (?:side|leg|one)", r"\g<0> switch"),
        (r"t (?:position|shape|pose)", "straight arms"),
        (
            r"see (?:someone|somebody|a professional|a specialist|a pro|an expert|a medic)",
            r"\g<0> doctor",
        ),
        (
            r"on (?:my |the |a |top of )?(?:bed|sofa|couch|mattress|floorboards|tiles?|wood"
            r"|wooden floor|concrete|grass|lawn|laminate)",
            r"\g<0> mat",
        ),
        (r"a and e", "emergency"),
        (r"upper back", "thoracic"),
        (r"mid(?:dle)? back", "thoracic"),
        (r"lower back", "lowerback"),
        (r"low back", "lowerback"),
        (r"face down", "prone"),
        (r"on (?:my|your|the) back", "supine"),
        (r"out of shape", "fit"),
        (r"on (?:my|your|the) (?:front|stomach|tummy|belly)", "prone"),
        (r"(?:walk|talk|guide|take|run) (?:me|us) (?:through|thru)", "technique"),
        (r"step by step", "technique steps"),  # round 14: the steps asked for
        (r"(?:times|days|sessions) (?:a|per|each) week", "howoften"),
        (r"(?:times|sessions) (?:a|per|each) day", "howoften"),
        (r"time of day", "daily"),
        (r"should not", "avoid"),
        (r"out of (?:10|ten)", "score"),
        (r"0 to 10", "score"),
        (r"too (?:much|far|hard)", "toomuch"),
        # The conditions SAFETY.md asks people to check with a clinician about first.
        (
            r"(osteoporosis|osteopenia|brittle bones|spondylolisthesis|pars defect|fractur\w*"
            r"|broken (?:back|spine|vertebra\w*)|steroids?|surgery|pregnan\w*|heart (?:condition"
            r"|problems?|disease)|blood pressure|hypertension)",
            r"condition \1",
        ),
        (r"(?:come|get|coming|getting) (?:back )?out of", "return"),
        (r"go ahead", "clearance"),
        (r"(?:0|1|zero|one) (?:to )?(?:10|ten)", "score"),
        (r"remind me (?:of|how|what|about)", "explain"),
        (r"half (?:a )?minute", "30 second"),
        (r"how long", "howlong"),
        (r"how many", "howmany"),
        (r"how often", "howoften"),
        (r"how much time", "howlong"),
        (r"every day", "daily"),
        (r"each day", "daily"),
        (r"a day", "daily"),
        (r"per day", "daily"),
        (r"side to side", "sidetoside"),
        # Round 56: "side by side" is two people beside each other, never the move's two sides
        # (e.g. a couple doing it next to each other at home): the room they need, a place question
        (
            r"side by side|next to (?:each other|one another)|alongside (?:each other|one another)",
            "room",
        ),
        (r"back and forth", "sidetoside"),
        (r"six ?pack", "core"),
        (r"yoga mat", "mat"),
        (r"pins and needles", "tingling"),
        (r"motion is lotion", "motion lotion"),
        (r"no pain no gain", "pain through"),
        (r"push(?:ing)? through", "through"),
        (r"work(?:ing)? through", "through"),
        (r"power through", "through"),
        (r"tough it out", "through"),
        (r"red flags?", "warning"),
        (r"first time", "beginner"),
        # ninth session, h63: an operation named by its own word is an operation
        (
            r"c ?sections?|c secs?|(?:caesarean|cesarean|caesarian|cesarian)s?|hysterectomy"
            r"|appendectomy|appendicectomy|cholecystectomy|hernia (?:repair|mesh|op)|(?:appendix"
            r"|gallbladder|gall bladder|womb|uterus|ovary|ovaries) (?:out|removed|taken out)"
            r"|tummy tuck|abdominoplasty",
            r"\g<0> operation",
        ),
        (r"never done", "beginner"),
        (r"new to", "beginner"),
        # eighteenth session, h83: sciatica spelt by its sound, the "sci" as a "c", "s", "sy" or
        # "cy", the "ca" as "ka" ("cyatica", "syatika", "siattica"), is sciatica
        (SCIATICA_SOUND_S18, "sciatica"),
        # eighteenth session, h83: "arms" after the cactus, as a phone's correction makes it
        # ("cactus alarms", "cactus alms"): the cactus arms
        (r"cactus (?:alarms?|alms|arns|ams|arma|armes)", "cactus arms"),
    )
)


# Each phrase rule with its `anchors`: when none is in the text, the rule cannot match it and
# is skipped cheaply.
_PHRASE_RULES = tuple((anchors(p), p, r) for p, r in PHRASES)

# Words the phrase rules look for: spelling correction must leave them alone.
_PHRASE_WORDS: tuple[str, ...] = tuple(
    w for pattern, _ in PHRASES for w in re.findall(r"[a-z]{4,}", pattern.pattern)
)

_IRREGULAR: dict[str, str] = {"feet": "foot", "held": "hold", "knees": "knee", "lying": "lie"}


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light suffix stripper: enough to join plurals and -ing/-ed forms."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    for suffix, minimum in (("ing", 6), ("ed", 5), ("ly", 6)):
        if word.endswith(suffix) and len(word) >= minimum:
            base = word[: -len(suffix)]
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


Corrector = Callable[[str], str]


# Round 31: a few common words of other languages that a question may mix in ("kann ich das
# auch ohne Matte machen, just on the floor?"), read as their English meaning before spelling
# correction turns them into unrelated English words ("matte" -> "mate"). Only words that are
# not also English words ("die", "son", "sol", "con", "dos", "rug" are left out).
# Twenty-first session, h93: more French, German and Polish words of the move and of a gentler
# version ("plus", "version" and "dos" are English words and stay as they are; Polish words are
# read as typed without their accents, "dlugo" for "długo").
_FOREIGN_WORDS = """ich:i kann:can koennen:can konnen:can das:that auch:also ohne:without
    matte:mat yogamatte:mat machen:do mache:do mit:with wie:how oft:often wann:when warum:why
    boden:floor fussboden:floor ruecken:back rucken:back bein:leg beine:legs knie:knee lange:long
    sekunden:seconds mal:times jeden:every tag:day morgens:morning abends:evening nicht:not
    sans:without avec:with tapis:mat comment:how pourquoi:why combien:many faire:do peux:can
    je:i jambe:leg jambes:legs genou:knee matin:morning soir:evening
    puedo:can hacer:do sin:without esterilla:mat colchoneta:mat suelo:floor espalda:back
    pierna:leg piernas:legs rodilla:knee cuanto:long cuantas:many veces:times
    posso:can fare:do senza:without tappetino:mat pavimento:floor schiena:back gamba:leg
    gambe:legs ginocchio:knee quanto:long
    ik:i zonder:without vloer:floor rugpijn:backache
    fazer:do sem:without tapete:mat chao:floor costas:back perna:leg
    douce:gentle doux:gentle etirement:stretch etirements:stretches temps:time longtemps:long
    facile:easy
    dehnung:stretch dehnen:stretch sanft:gentle sanfter:gentler sanftere:gentler leichter:easier
    leichtere:easier einfacher:easier drehung:twist ubung:exercise uebung:exercise halten:hold
    jak:how ile:many dlugo:long mata:mat macie:mat plecy:back noga:leg nogi:legs kolano:knee
    kolana:knees skret:twist skretu:twist rozciaganie:stretch cwiczenie:exercise wersja:version
    delikatniej:gentler delikatna:gentle delikatniejsza:gentler lagodniejsza:gentler
    latwiejsza:easier trzymac:hold"""
_FOREIGN: dict[str, str] = dict(pair.split(":") for pair in _FOREIGN_WORDS.split())


_SECONDS = lazy(r"\d+s")


def _tokens(text: str, correct: Corrector | None = None) -> list[str]:
    """Canonical word tokens of raw text (spelling corrected, phrases and synonyms applied,
    not yet stemmed)."""
    normal = words(normalise(text))
    if correct is not None:  # a question (the bank's own texts are English)
        normal = [correct(_FOREIGN.get(w, w)) for w in normal]
    joined = " ".join("and" if w == "n" else w for w in normal)  # "back n forth"
    for triggers, pattern, replacement in _PHRASE_RULES:
        if triggers is not None:
            for trigger in triggers:
                if trigger in joined:
                    break
            else:
                continue
        joined = pattern.sub(replacement, joined)
    out: list[str] = []
    for word in joined.split():
        if _SECONDS.fullmatch(word):  # "30s" -> "30 second"
            out.extend((word[:-1], "second"))
            continue
        out.append(synonym(word))
    return _concepts(out)


_CHOICE = frozenset({"or", "vs", "versus", "better", "instead", "rather", "difference", "than"})
_MOVING = frozenset({"flow", "move", "sidetoside", "rep", "swing"})
_WHY = frozenset({"why", "benefit"})  # asking what moving adds is `dynamic_benefits`
_TOO = frozenset({"both", "neither", "either", "also", "too", "still", "else"})
_LEG = frozenset({"knee", "knees", "leg", "legs"})
_LEG_MOVE_WORDS = """lift go goes going went travel travels move moves cross crosses swing swings
    come comes sweep sweeps bend bends"""
_LEG_MOVES = frozenset(_LEG_MOVE_WORDS.split())
_UPPER_BODY_WORDS = """shoulder shoulders chest arm arms palm palms hand hands head face look
    forehead cheek temple body looking looks looked eyes gaze"""
_UPPER_BODY = frozenset(_UPPER_BODY_WORDS.split())
# Round 8: asking to move less far is the range, not what the leg does.
_SMALLER = frozenset({"smaller", "less", "shorter", "partial", "reduce", "little", "halfway"})


def _concepts(tokens: list[str]) -> list[str]:
    """Add a token for an idea spread over the question: choosing between holding and moving
    ("stay still or keep rocking?"); the cactus arms not working either; what the knee or leg
    does, when no shoulder, arm or head is mentioned ("does my knee lift as it goes over")."""
    present = set(tokens)
    if "hold" in present and present & _MOVING and present & _CHOICE and not present & _WHY:
        tokens.append("holdorflow")
    if "cactus" in present and present & _TOO:
        tokens.extend(("support", "hand"))
    if (
        present & _LEG
        and present & _LEG_MOVES
        and not present & _UPPER_BODY
        and not present & _SMALLER
    ):
        tokens.append("legmove")  # what the knee or leg does, not the shoulders
    return tokens


def _family(word: str) -> str:
    """What the inflections of a word share: "dangle", "dangles", "dangling" -> "dangl"."""
    return stem(word).rstrip("e")


# Synonym entries whose other forms mean something else ("even" is not "evening", "prop
# myself up" is not "props", "what to expect" is not "expecting").
_NO_FAMILY = frozenset(
    {"evening", "evenings", "expecting", "props", "texts", "cleared", "correctly"}
)


def _synonym_families() -> dict[str, str]:
    canonical: dict[str, set[str]] = defaultdict(set)
    for word, target in SYNONYMS.items():
        if len(word) >= 4 and word not in _NO_FAMILY:
            canonical[_family(word)].add(target)
    return {family: next(iter(t)) for family, t in canonical.items() if len(t) == 1}


@lru_cache(maxsize=8192)
def synonym(word: str) -> str:
    """The canonical token for a word: its own synonym entry, else that of another form of it
    ("pinging" and "ping" like "pings" -> "remind", "dangling" like "dangle" -> "hover")."""
    found = SYNONYMS.get(word)
    if found is not None:
        return found
    if len(word) >= 4 and word.isalpha() and word not in _NEVER_CORRECT:
        return _SYNONYM_FAMILIES.get(_family(word), word)
    return word


_SYNONYM_FAMILIES = _synonym_families()


# Round 17. Words of time, frequency and doing that say nothing of the move on their own: a topic
# chosen on them alone ("every evening", "through the night", "what do I do") is no evidence
# that the question is about the twist (see `AnswerIndex.subject_evidence`).
_GENERIC_WORDS = """every daily night nightly evening evenings morning mornings day days week weeks
month months year years old time times do does did doing done how what when where why which who
get gets getting got through before after has have had having know better next over make go
going went want need take put keep come first last good bad best okay ok fine whole thing things
lot lots really just still also"""
_GENERIC: frozenset[str] = frozenset(_GENERIC_WORDS.split())
# "why bother with this one", "can I do it at night": the move meant without naming it.
_THE_MOVE_MEANT = lazy(
    r"\b(?:do|doing|did|try|trying|start|starting|hold|holding|repeat|skip|with) (?:it|this|that)\b"
    r"|\b(?:this|that) one\b|\bis (?:it|this) (?:ok|okay|fine|safe|alright|good|bad|enough|too)\b"
)


def _content(tokens: Sequence[str]) -> list[str]:
    kept = [t for t in tokens if t not in STOP_WORDS or t in KEEP_WORDS]
    return kept or list(tokens)


Features = dict[str, float]
_F = TypeVar("_F", str, int)  # a feature: its string, or its id in an index


def _raw_features(tokens: Sequence[str]) -> tuple[Features, Features]:
    """Term counts: (word and bigram features, character n-gram features)."""
    content = _content(tokens)
    stems = [stem(t) for t in content]
    word_tf: Features = defaultdict(float)
    for s in stems:
        word_tf["w:" + s] += 1.0
    for a, b in itertools.pairwise(stems):
        word_tf[f"b:{a}_{b}"] += BIGRAM_WEIGHT
    # The question's shape ("what is this", "how do i", "does it") from all words.
    if FRAME_WEIGHT:
        every = [stem(t) for t in tokens]
        for a, b in itertools.pairwise(every):
            if a in STOP_WORDS or b in STOP_WORDS:
                word_tf[f"f:{a}_{b}"] += FRAME_WEIGHT
    char_tf: Features = defaultdict(float)
    for t in content:
        if t in KEEP_WORDS:
            continue
        padded = f"#{t}#"
        for n in (3, 4):
            for i in range(len(padded) - n + 1):
                char_tf["c:" + padded[i : i + n]] += 1.0
    return word_tf, char_tf


# ---------------------------------------------------------------------------------------------
# The index

# Document roles: an example phrasing (or title), a topic's answer, a topic's centroid.
_EXAMPLE, _ANSWER, _CENTROID = 0, 1, 2


class _Postings:
    """An inverted index in three flat arrays: for feature id ``f``, the documents using it
    (in document order) are ``docs[offsets[f]:offsets[f + 1]]``, with their weights at the same
    positions of ``weights``. Far smaller than a dict of lists of (document, weight) tuples."""

    def __init__(self, offsets: array[int], docs: array[int], weights: array[float]) -> None:
        self.offsets = offsets
        self.docs = docs
        self.weights = weights

    @classmethod
    def build(
        cls, features: array[int], docs: array[int], weights: array[float], n_features: int
    ) -> _Postings:
        """From (feature id, document id, weight) entries given in document order."""
        counts = [0] * (n_features + 1)
        for feature in features:
            counts[feature + 1] += 1
        offsets = array("I", itertools.accumulate(counts))
        fill = list(offsets[:-1])  # where each feature's next entry goes
        sorted_docs = array("I", bytes(4 * len(docs)))
        sorted_weights = array("d", bytes(8 * len(weights)))
        for feature, doc, weight in zip(features, docs, weights, strict=True):
            position = fill[feature]
            sorted_docs[position] = doc
            sorted_weights[position] = weight
            fill[feature] = position + 1
        return cls(offsets, sorted_docs, sorted_weights)

    def __getitem__(self, feature: int) -> Iterable[tuple[int, float]]:
        """(document id, weight) of every document using the feature, in document order."""
        start, end = self.offsets[feature], self.offsets[feature + 1]
        return zip(self.docs[start:end], self.weights[start:end], strict=True)


class _Counts:
    """The term counts of one document by feature id: word features, then character n-grams."""

    __slots__ = ("ids", "n_words", "tf")

    def __init__(self, ids: array[int], tf: array[float], n_words: int) -> None:
        self.ids = ids
        self.tf = tf
        self.n_words = n_words

    @classmethod
    def of(cls, word_tf: Features, char_tf: Features, feature_ids: dict[str, int]) -> _Counts:
        """From counts by feature string, giving each new feature the next id."""
        ids = array("I", (feature_ids.setdefault(f, len(feature_ids)) for f in word_tf))
        ids.extend(feature_ids.setdefault(f, len(feature_ids)) for f in char_tf)
        return cls(ids, array("d", (*word_tf.values(), *char_tf.values())), len(word_tf))

    def blocks(self) -> tuple[dict[int, float], dict[int, float]]:
        """(word counts, character n-gram counts), as `_raw_features` gave them."""
        ids, tf, n = self.ids, self.tf, self.n_words
        return dict(zip(ids[:n], tf[:n], strict=True)), dict(zip(ids[n:], tf[n:], strict=True))


class AnswerIndex:
    """TF-IDF vectors of every phrasing, title and answer, kept as an inverted index.

    Feature strings are interned once (``_feature_ids``); everything else is held by feature
    or document id in flat arrays.
    """

    def __init__(
        self,
        topics: Sequence[Topic],
        doc_topics: tuple[str, ...],
        doc_roles: bytes,
        feature_ids: dict[str, int],
        idf: array[float],
        default_idf: float,
        postings: _Postings,
        vocabulary: frozenset[str],
    ) -> None:
        self.topics = {t.key: t for t in topics}
        self._doc_topics = doc_topics
        self._doc_roles = doc_roles
        self._feature_ids = feature_ids
        self._idf = idf
        self._default_idf = default_idf
        self._postings = postings
        # Whether each feature is a word some real topic (not the out-of-scope one) uses.
        self._topic_word = bytearray(len(feature_ids))
        for feature, i in feature_ids.items():
            if feature.startswith("w:") and any(
                doc_topics[doc] != NEGATIVE for doc, _ in postings[i]
            ):
                self._topic_word[i] = 1
        self._vocabulary = vocabulary
        self._stems = frozenset(stem(w) for w in vocabulary)
        # For `scores`: the postings as numpy views of the same memory, and per document its
        # topic's number, whether it is an example, and the weight of its role.
        self._np_docs = np.frombuffer(postings.docs, dtype=np.uintc)
        self._np_weights = np.frombuffer(postings.weights, dtype=np.float64)
        self._np_offsets = np.frombuffer(postings.offsets, dtype=np.uintc).astype(np.intp)
        self._topic_keys = tuple(sorted(set(doc_topics)))
        number = {key: i for i, key in enumerate(self._topic_keys)}
        self._doc_topic = np.array([number[key] for key in doc_topics], dtype=np.intp)
        roles = np.frombuffer(doc_roles, dtype=np.uint8)
        self._doc_example = roles == _EXAMPLE
        role_weight = {_EXAMPLE: 0.0, _ANSWER: ANSWER_WEIGHT, _CENTROID: CENTROID_WEIGHT}
        self._doc_weight = np.array([role_weight[role] for role in doc_roles], dtype=np.float64)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(vocabulary):
            by_initial[word[0]].append(word)
        self._by_initial = {k: tuple(v) for k, v in by_initial.items()}
        self._corrections: dict[str, str] = {}
        self._skeletons = _skeletons(topics)

    @classmethod
    def build(
        cls, topics: Sequence[Topic], negatives: Iterable[str] = OUT_OF_SCOPE_EXAMPLES
    ) -> AnswerIndex:
        negatives = tuple(negatives)
        texts: list[tuple[str, int, str]] = []  # (topic key, role, text) per document
        for topic in topics:
            texts.append((topic.key, _EXAMPLE, topic.title))
            texts.extend((topic.key, _EXAMPLE, phrasing) for phrasing in topic.phrasings)
            texts.append((topic.key, _ANSWER, re.sub(r"<[^>]+>", " ", topic.answer)))
        texts.extend((NEGATIVE, _EXAMPLE, negative) for negative in negatives)

        # Term counts per document by feature id (ids in order of first use). A topic's
        # documents are consecutive, so the document frequencies are summed topic by topic:
        # within one topic, document frequency grows only with the square root of the number
        # of phrasings using a feature, since a word many phrasings of one topic share is
        # what makes that topic distinctive, and should not be discounted as if it were common.
        feature_ids: dict[str, int] = {}
        counts: list[_Counts] = []
        df = array("d")
        for _, topic_texts in itertools.groupby(texts, key=lambda text: text[0]):
            holders: dict[int, int] = defaultdict(int)
            for _, _, text in topic_texts:
                doc_counts = _Counts.of(*_raw_features(_tokens(text)), feature_ids)
                for i in doc_counts.ids:
                    holders[i] += 1
                counts.append(doc_counts)
            df.extend(itertools.repeat(0.0, len(feature_ids) - len(df)))
            for i, c in holders.items():
                df[i] += c**DF_POWER
        n = len(texts)
        idf = array("d", (math.log((n + 1) / (f + 1)) + 1.0 for f in df))
        default_idf = math.log(n + 1) + 1.0

        # Postings as (feature id, document id, weight) entries in document order, plus one
        # more document per topic: the normalised mean of its examples, so a question that
        # mixes words from several phrasings of the same topic still scores well.
        features, docs, weights = array("I"), array("I"), array("d")
        centroids: list[tuple[str, dict[int, float]]] = []
        doc_roles = bytes(role for _, role, _ in texts)
        for key, topic_docs in itertools.groupby(range(n), key=lambda doc: texts[doc][0]):
            centroid: dict[int, float] = defaultdict(float)
            for doc in topic_docs:
                vector = _weigh(*counts[doc].blocks(), idf.__getitem__)
                if doc_roles[doc] == _EXAMPLE:
                    for i, weight in vector.items():
                        centroid[i] += weight
                features.extend(vector)
                docs.extend(itertools.repeat(doc, len(vector)))
                weights.extend(vector.values())
            if centroid:
                centroids.append((key, centroid))
        for doc, (_, centroid) in enumerate(centroids, start=n):
            norm = math.sqrt(sum(w * w for w in centroid.values()))
            features.extend(centroid)
            docs.extend(itertools.repeat(doc, len(centroid)))
            weights.extend(weight / norm for weight in centroid.values())
        postings = _Postings.build(features, docs, weights, len(feature_ids))

        sources = [t.title for t in topics] + [p for t in topics for p in t.phrasings]
        sources += [re.sub(r"<[^>]+>", " ", t.answer) for t in topics] + list(negatives)
        vocabulary = frozenset(
            word
            for text in (*sources, *SYNONYMS, *SYNONYMS.values(), *_PHRASE_WORDS)
            for word in words(normalise(text))
            if word.isalpha() and len(word) >= 4
        )
        return cls(
            topics,
            tuple(key for key, _, _ in texts) + tuple(key for key, _ in centroids),
            doc_roles + bytes([_CENTROID]) * len(centroids),
            feature_ids,
            idf,
            default_idf,
            postings,
            vocabulary,
        )

    # -- querying -------------------------------------------------------------------------

    def _correct(self, token: str) -> str:
        if _VOWELLESS_51.fullmatch(token) and token not in _NEVER_CORRECT:
            # round 51: text speak without its vowels ("hw lng do i hld it")
            return self._skeletons.get(token, token)
        if len(token) < 4 or token in self._vocabulary or not token.isalpha():
            return token
        if token in _NEVER_CORRECT or stem(token) in self._stems:
            return token  # a real word, or a form of a known one ("stretches", "moved")
        corrected = self._corrections.get(token)
        if corrected is None:
            corrected = _closest(token, self._by_initial.get(token[0], ()))
            if len(self._corrections) < 20_000:
                self._corrections[token] = corrected
        return corrected

    def tokens(self, text: str) -> list[str]:
        return _tokens(text, self._correct)

    def idf(self, feature: str) -> float:
        i = self._feature_ids.get(feature)
        return self._default_idf if i is None else self._idf[i]

    def vector(self, tokens: Sequence[str]) -> Features:
        return _weigh(*_raw_features(tokens), self.idf)

    def subject_evidence(self, tokens: Sequence[str]) -> bool:
        """Round 17. Whether the question gives any real evidence of the move's subject: a
        word some topic knows that is not one of the generic words of time, frequency or doing
        (`_GENERIC`), or no word the topics do not know at all (a short "how often?" or "is it
        ok every evening?" leans on the chat; "my baby has colic and screams every evening, what
        do I do" is about something else), or at most `FOLLOW_UP` content words."""
        content = _content(tokens)
        if len(content) <= FOLLOW_UP:
            return True
        unknown = False
        for word in content:
            if word in _GENERIC or word.isdigit():
                continue
            i = self._feature_ids.get("w:" + stem(word))
            if i is not None and self._topic_word[i] == 1:
                return True
            unknown = unknown or word not in _FILLER
        return not unknown

    def unknown_thing(self, text: str) -> bool:
        """Round 51. Whether ``text`` names a thing no topic knows: it has words besides the
        generic words of time and doing (`_GENERIC`) and `_PLAIN_51`, and a topic uses none of
        them (typos corrected)."""
        named = False
        for word in _content(self.tokens(text)):
            if word in _GENERIC or word in _PLAIN_51 or word in STOP_WORDS or word.isdigit():
                continue
            i = self._feature_ids.get("w:" + stem(word))
            if i is not None and self._topic_word[i] == 1:
                return False
            named = True
        return named

    def coverage(self, tokens: Sequence[str]) -> float:
        """The IDF-weighted share of the question's words that the topics know at all."""
        total = known = 0.0
        for word in _content(tokens):
            if word in KEEP_WORDS:
                continue
            feature = "w:" + stem(word)
            i = self._feature_ids.get(feature)
            is_topic_word = i is not None and self._topic_word[i] == 1
            if word in _FILLER and not is_topic_word:
                continue  # an unknown "sometimes" says nothing against the question
            weight = self._default_idf if i is None else self._idf[i]
            total += weight
            if is_topic_word:
                known += weight
        return known / total if total else 1.0

    def scores(self, tokens: Sequence[str]) -> dict[str, float]:
        """Score per topic key (and for the out-of-scope pseudo-topic `NEGATIVE`)."""
        vector = self.vector(tokens)
        if len(vector) > MAX_QUERY_FEATURES:  # long messages: keep the heaviest features
            vector = dict(sorted(vector.items(), key=lambda kv: -kv[1])[:MAX_QUERY_FEATURES])
        found = [(i, w) for f, w in vector.items() if (i := self._feature_ids.get(f)) is not None]
        if not found:
            return {}
        # Every posting of the question's features, feature after feature, in a few numpy
        # calls (a loop over them was most of a typed question's matching): each document's
        # dot product adds up in the same order as that loop did, so the scores are the same.
        ids = np.array([i for i, _ in found], dtype=np.intp)
        starts = self._np_offsets[ids]
        lengths = self._np_offsets[ids + 1] - starts
        ends = np.cumsum(lengths)
        positions = np.arange(int(ends[-1])) + np.repeat(starts - (ends - lengths), lengths)
        if not len(positions):
            return {}
        docs = self._np_docs[positions]
        weights = np.repeat(np.array([w for _, w in found]), lengths) * self._np_weights[positions]
        n_docs = len(self._doc_topics)
        dots = np.bincount(docs, weights=weights, minlength=n_docs)
        touched = np.flatnonzero(np.bincount(docs, minlength=n_docs))
        topic, dot = self._doc_topic[touched], dots[touched]
        example = self._doc_example[touched]
        n_topics = len(self._topic_keys)
        best = np.zeros(n_topics)  # the best example of each topic (none below 0)
        np.maximum.at(best, topic[example], dot[example])
        weight = self._doc_weight[touched[~example]]  # its answer's and centroid's share
        extra = np.bincount(topic[~example], weights=weight * dot[~example], minlength=n_topics)
        totals = (EXAMPLE_WEIGHT * best + extra).tolist()
        # the topics touched, in key order (a count per topic: np.unique cost several times more)
        present = np.flatnonzero(np.bincount(topic, minlength=n_topics)).tolist()
        keys = self._topic_keys
        return {keys[k]: totals[k] for k in present}


# Round 51. A word typed without its vowels ("hw lng do i hld it", "shld i"): a known word with
# the same consonants, in order, after its first letter. Two letters only for a question word
# ("hw"); "y" counts as a vowel ("my", "gym" stay); abbreviations stay as typed.
_VOWELLESS_51 = lazy(r"[b-df-hj-np-tv-xz]{2,}")
_ABBREVIATION_WORDS_51 = """nhs mri cbt bpm mph kms hrs hr pms pmt tbh btw idk imo imho omg smh
    ffs wtf brb nvm lmk msg txt pdf png jpg gps dvd hrt mcl pcl tkr thr dvt cpr ptsd gp bp ct std
    lbs kgs rpm bmx bbc cvs tmj ssp dwp hmrc wfh pt rn hmm hmmm shh grr brr zzz pfft tsk nth xx
    xxx mrs mr dr st nd rd th pm tv pc ml mg cm kg km ft bf gf bff jk cmj ppt rsi sti pcp cdc wwf
    tnt"""
_ABBREVIATIONS_51 = frozenset(_ABBREVIATION_WORDS_51.split())


def _skeleton(word: str) -> str:
    """The first letter and the consonants after it, a doubled letter once ("hold" -> "hld")."""
    rest = re.sub(r"[aeiou]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[0] + rest)


def _skeletons(topics: Sequence[Topic]) -> dict[str, str]:
    """Per vowel-less skeleton, the bank's most used word with it (`_VOWELLESS_51`)."""
    counts: dict[str, int] = defaultdict(int)
    for topic in topics:
        for text in (topic.title, *topic.phrasings, re.sub(r"<[^>]+>", " ", topic.answer)):
            for word in words(normalise(text)):
                counts[word] += 1
    for word in STOP_WORDS:
        counts[word] += 500  # everyday words next ("cld" is "could")
    for word in KEEP_WORDS:
        counts[word] += 1_000  # the question words first ("hw" is "how")
    found: dict[str, tuple[int, str]] = {}
    for word, count in counts.items():
        if len(word) < 3 or not word.isalpha() or not re.search(r"[aeiou]", word):
            continue
        key = _skeleton(word)
        if key == word or len(key) < 2 or (len(key) == 2 and word not in KEEP_WORDS):
            continue
        if key in _ABBREVIATIONS_51:
            continue
        if key not in found or found[key] < (count, word):
            found[key] = (count, word)
    return {key: word for key, (_, word) in found.items()}


@lru_cache(maxsize=16384)
def _letters(word: str) -> int:
    """The characters of ``word`` as a set of bits (a character's code modulo 64: two that
    share a bit count as one, which only makes `_closest`'s bound weaker, never wrong)."""
    bits = 0
    for ch in word:
        bits |= 1 << (ord(ch) & 63)
    return bits


def _closest(token: str, candidates: Sequence[str]) -> str:
    """The nearest candidate within a small typing distance (`typo_distance`), or the token
    itself."""
    if len(token) == 4:  # short words: only two swapped letters ("lnog" -> "long")
        for candidate in candidates:
            swapped = sum(a != b for a, b in zip(candidate, token, strict=False)) == 2
            if len(candidate) == 4 and sorted(candidate) == sorted(token) and swapped:
                return candidate
        return token
    limit = 1 if len(token) < 8 else 2
    best, best_distance = token, limit + 1
    letters = _letters(token)
    for candidate in candidates:
        # Plain edit distance is a cheap lower bound: most candidates stop there. Cheaper
        # still, and before it: an edit brings in or takes out at most one letter, so a word
        # with more than ``limit`` letters the other lacks is further than ``limit``.
        if abs(len(candidate) - len(token)) > limit:
            continue
        other = _letters(candidate)
        if (letters & ~other).bit_count() > limit or (other & ~letters).bit_count() > limit:
            continue
        if edit_distance(token, candidate, limit) > limit:
            continue
        distance = typo_distance(token, candidate, limit)
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POSITION = {
    ch: (row, col + offset)
    for row, (keys, offset) in enumerate(zip(_KEY_ROWS, (0.0, 0.25, 0.75), strict=True))
    for col, ch in enumerate(keys)
}
_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=1024)
def _slip(a: str, b: str) -> bool:
    """Whether typing ``a`` for ``b`` is a likely slip: neighbouring keys, or one vowel for
    another (a spelling guess, "benifits")."""
    return (a in _VOWELS and b in _VOWELS) or _neighbours(a, b)


@lru_cache(maxsize=1024)
def _neighbours(a: str, b: str) -> bool:
    """The same key or neighbouring keys on a phone's QWERTY keyboard."""
    if a == b:
        return True
    pa, pb = _KEY_POSITION.get(a), _KEY_POSITION.get(b)
    if pa is None or pb is None:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= (1.0 if pa[0] == pb[0] else 0.8)


def typo_distance(typed: str, word: str, limit: int) -> int:
    """An edit distance from ``typed`` to ``word`` that models phone typing: a swapped pair of
    letters or a missing letter costs 1, as do a neighbouring-key or vowel-for-vowel slip and an
    extra letter next to a neighbouring key or doubled ("benefitts"); any other substitution or
    extra letter costs 2. So "musclse" -> "muscles" is 1, but real words one letter away from
    a known word ("thing" -> "think", "sharp" -> "share", "heard" -> "hard") are not typos.

    Returns ``limit + 1`` as soon as the distance is known to exceed ``limit``.
    """
    if abs(len(typed) - len(word)) > limit:
        return limit + 1
    n, m = len(typed), len(word)
    prev2: list[int] = []
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        ch = typed[i - 1]
        neighbours = typed[i - 2 : i - 1] + typed[i : i + 1]
        extra = 1 if any(_neighbours(ch, c) for c in neighbours) else 2
        cur = [prev[0] + extra] + [0] * m
        best = cur[0]
        for j in range(1, m + 1):
            target = word[j - 1]
            substitute = 0 if ch == target else (1 if _slip(ch, target) else 2)
            value = min(prev[j] + extra, cur[j - 1] + 1, prev[j - 1] + substitute)
            if i > 1 and j > 1 and ch == word[j - 2] and typed[i - 2] == target:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[m]


def _weigh(
    word_tf: Mapping[_F, float], char_tf: Mapping[_F, float], idf: Callable[[_F], float]
) -> dict[_F, float]:
    """Sublinear TF-IDF per block, each block L2-normalised and scaled by its weight."""
    out: dict[_F, float] = {}
    for block, share in ((word_tf, WORD_WEIGHT), (char_tf, 1.0 - WORD_WEIGHT)):
        weighted = {f: (1.0 + math.log(c)) * idf(f) for f, c in block.items()}
        norm = math.sqrt(sum(w * w for w in weighted.values()))
        if norm == 0.0:
            continue
        scale = math.sqrt(share) / norm
        out.update((f, w * scale) for f, w in weighted.items())
    return out


# ---------------------------------------------------------------------------------------------
# Decline rules

_DRUG = lazy(
    r"\b(?:ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|codeine|co ?codamol|tramadol"
    r"|diclofenac|gabapentin|pregabalin|amitriptyline|morphine|oxycodone|fentanyl|tylenol"
    r"|advil|nurofen|motrin|aleve|voltaren|diazepam|valium|cbd|cannabis|opioids?|opiates?"
    r"|nsaids?|pain ?killers?|pain ?relievers?|muscle relaxants?|anti ?inflammator\w*"
    r"|blood thinners?|sleeping pills?|antidepressants?|beta blockers?|statins?|insulin"
    r"|doses?|dosage|dosing|\d*mgs?|milligrams?|overdose|pharmac\w*)\b"
)
_MEDICINE = lazy(
    r"\b(?:med|meds|medication|medications|medicine|medicines|pills?|tablets?|drugs?"
    r"|supplements?|cream|gel|injection|prescri\w*|remed(?:y|ies)"
    # round 44: devices and sprays that deliver a medicine ("which inhaler is best")
    r"|inhalers?|puffers?|nebuli[sz]ers?|(?:nasal|throat) sprays?|antihistamines?|patches)\b"
)
# Steroids are a screening question (check with a clinician first), not a dosing one.
_STEROID = lazy(r"\bsteroids?\b")
# "Can I take something for the pain?" asks about medicine without naming any.
_TAKE_SOMETHING = lazy(
    r"\b(?:take|taking|took|have|having|use|using) (?:something|anything|stuff) (?:for|to help"
    r"|against|with|to ease|to dull) (?:the |my |this )?(?:pain|ache|back)"
)
# "What should I take for the pain?", "how many should I take?": a medicine question even
# without the word (a rep count is never something you "take").
_TAKE_FOR = lazy(
    r"\b(?:what|which|how (?:much|many)|is there (?:a|an|any)?\s*\w*)\s*(?:\w+ )?"
    r"(?:should|can|could|do|would|must) i take\b"
    r"|\b(?:should|can|could) i take (?:for|to|before|after|with)\b"
    r"|\bis there (?:a|an|any) (?:pill|tablet|medicine|medication|drug|cure)\b"
)
_MEDICINE_INTENT = lazy(
    r"\b(?:how much|how many|which|what|should i take|can i take|could i take|recommend\w*"
    r"|best|strongest|take|takes|taking|took|on|before|after|while|during|with|mix\w*"
    r"|combin\w*|ok|okay|safe|fine|alright|allowed|instead|stop|double|more|less|good|any)\b"
)
# "Can I take something first?", "what's the most I can take": a medicine question even
# without naming one. (A break, a rest or a breather is not "something".)
_TAKE_AMOUNT = lazy(
    r"\b(?:take|taking|took|pop|popping) (?:something|anything|stuff|a couple|two|2|extra"
    r"|double)\b"
    # round 34: "most days", "most of the week" tell how often, and "have not exercised" is
    # no amount taken ("mind the grandkids most days, havent exercised in years")
    r"|\b(?:max|maximum|most(?! (?:days?|nights?|mornings?|evenings?|weeks?|weekends?|of|people"
    r"|times|likely|folk|afternoons?)\b)|limit|safe amount)\b(?: \w+){0,5}"
    r" (?:take|have)\b(?! (?:not|never|been|done|exercised|tried|had|got|to)\b)"
)
_DIAGNOSIS = lazy(
    # a diagnosis asked for, not one stated ("I've had diagnosed sciatica for years")
    r"\b(?:(?<!been )(?<!was )(?<!have )(?<!had )(?<!am )(?<!is )(?<!got )(?<!a )(?<!gp )"
    r"(?<!doctor )(?<!doc )(?<!dr )(?<!physio )(?<!consultant )(?<!specialist )(?<!they )"
    r"(?<!he )(?<!she )(?<!hospital )(?<!officially )(?<!formally )(?<!mine )(?<!it )"
    r"(?<!which )(?<!already )(?<!properly )(?<!clinically )(?<!recently )(?<!just )diagnos\w*"
    # round 14: "diagnosed by my GP", "diagnosed with it" state one; "diagnose me" asks
    r"(?<!diagnosed)(?<!diagnosis)(?! (?:by|with|as|last|years?|months?)\b)"
    r"|diagnose (?:me|my|it|this|that|what)"
    r"|what is wrong with (?:me|my)(?! (?:form|technique|setup|position|sweep|twist|hold"
    r"|reps|session|posture on)\b)|what is causing|what causes my"
    # round 57: the writer's own diagnosis asked (e.g. "what's really up with my back", "what
    # have I done to my back", "what is my back problem", "the cause of my back pain"
    r"|what (?:is|s|do you think is|might be|could be) (?:actually |really |exactly |truly"
    r" |physically )?(?:wrong|going on|happening|the (?:matter|problem|issue)|up) (?:with|in|to)"
    r" (?:me|my (?:\w+ )?(?:back|spine|body|hip|hips|bum|buttock|leg|legs|side|disc|disk|nerve))"
    r"|what (?:have|did) i (?:\w+ )?(?:done|do) to (?:my|me)\b"
    r"|(?:tell me|say|work out|figure out|guess|know|explain) what (?:my )?(?:\w+ )?(?:back )?"
    r"(?:problem|issue|condition|injury) (?:is|i have|i ve got)"
    r"|what (?:is|s) (?:the )?(?:cause|source|root) of (?:my|this|the)"
    r"|what (?:is|s) (?:my|this) (?:\w+ )?(?:back |spine )?(?:problem|issue|condition|injury)"
    r" called"
    r"|(?:do|could|might|would) i have (?:a |an |some )?(?!to\b)\w*(?:itis|osis|disc|disk|"
    r"hernia\w*|tear|fracture|nerve)"
    # round 21: one cause against another, then which is the writer's ("is sciatica caused
    # by a disc or piriformis, which do I have")
    r"|caused by (?:a |an |my |the )?(?:\w+ ){0,2}?or (?:a |an |my |the )?\w+"
    # round 23: "is my sciatica coming from my piriformis or my disc?", "is it my disc or my
    # piriformis causing it?": one source against another, asked of the writer's complaint
    r"|(?:pain|pains|ache|aches|sciatica|numbness|tingling|symptoms?|problems?|issues?|niggles?"
    r"|twinges?|stiffness|tightness|soreness) (?:is |are |be |was |might be |could be )?"
    r"(?:coming|come|comes|stem\w*|originat\w*|caused|comming) (?:from|by) (?:a |an |my |the )?"
    r"(?:\w+ ){0,2}?or (?:a |an |my |the )?\w+"
    r"|is (?:it|this|that) (?:my |a |an |the )?(?:\w+ ){0,2}?or (?:my |a |an |the )?(?:\w+ ){0,2}?"
    r"(?:causing|behind|to blame|responsible|that is causing|giving me)"
    r"|which (?:one |of them |of the two )?(?:do i have|have i got|is mine|is it in my case)"
    r"(?! to\b)|what (?:kind|type|sort) (?:of \w+ )?(?:do i have|have i got|is mine)"
    r"|have i got|could (?:it|this) be"
    # round 34: one tissue against another asked of the writer's complaint ("is my back pain a
    # disc or just a muscle?", "whether the ache is nerve or muscular")
    r"|\bis (?:the |my |this )?(?:pain|ache|niggle|twinge|problem|issue|injury)(?: \w+){0,4}?"
    r" (?:a |an |my |the |just |more )*(?:dis[ck]|nerve|muscle|muscular|joint|ligament|tendon"
    r"|bone|facet)\w* (?:thing |problem |issue )?or (?:(?:a|an|my|the|just|more|like|only"
    r"|simply|something|maybe|probably|perhaps) )*(?:dis[ck]|nerve|muscle|muscular|joint"
    r"|ligament|tendon|bone|facet|pulled|strain\w*)"
    r"|(?:pain|pains|ache|aches|aching|hurts|niggle|twinge|problem|issue|injury|it|this|that)"
    r" (?:\w+ ){0,6}?(?:is|be|s|was|sounds|feels|seems|more)"
    r" (?:(?:a|an|my|the|just|more|like|probably|maybe|likely|it|this|that|of) )*"
    r"(?:dis[ck]|nerve|muscle|muscular|joint|ligament|tendon|bone|facet|sciatica|structural)\w*"
    r" (?:thing |problem |issue |pain )?or (?:(?:a|an|my|the|just|more|like|only|simply"
    r"|something|maybe|probably|perhaps) )*(?:dis[ck]|nerve|muscle|muscular|joint|ligament"
    r"|tendon|bone|facet|sciatica|structural|pulled|strain\w*)"
    # round 22: "have I slipped a disc?", "did I tear something?"
    r"|(?:have|did) i (?:\w+ )?(?:slipped|slip|herniated|bulged|torn|tore|tear|prolapsed|pulled"
    r"|trapped|pinched|damaged|fractured|cracked) (?:a |an |my |something|anything)"
    r"|is (?:it|this) (?:a |an )?(?:herniat|slipped|bulg"
    r"|prolaps|torn|trapped|pinched)\w*"
    r"|herniat\w*|slipped dis[ck]s?|bulg\w* dis[ck]s?|prolaps\w*|dis[ck] (?:bulge|problem\w*"
    r"|issue\w*|injur\w*)|degenerat\w*|arthritis|osteoarthritis|stenosis|scoliosis"
    r"|spondylosis|ankylosing|fibromyalgia|kyphosis|lordosis|trapped nerve|pinched nerve"
    r"|kidney\w*|hypermobil\w*|ehlers|endometriosis)\b"
    # "Do I have sciatica?", "is it a trapped nerve or a pulled muscle?": a question about
    # what the user has (saying "I have sciatica" is not one).
    r"|\b(?:(?:do|could|might|would|can) i (?:have|have got|be getting)|have i got|am i getting"
    r"|is (?:it|this|that|mine)|(?:could|might|would|can) (?:it|this|that) be|sounds? like"
    r"|is what i have|(?:think|reckon|guess|suppose|sure|know if|tell me if|wonder if)"
    r" (?:it|this|that) is) (?:(?:a|an|the|my|just|some|probably|maybe|really|like|actual) )*"
    r"(?:sciatica|(?:\w+ )?nerve\w*|(?:pulled|strained|torn|tweaked) (?:muscle|back)"
    r"|muscle (?:strain|tear|spasm)|strain|sprain|spasm|\w+itis|\w+osis|dis[ck])\b"
)
_INJECTION = lazy(
    r"\b(?:ignore (?:\w+ ){0,3}(?:instructions?|rules|prompts?|guidelines|directions"
    r"|programming|training|above)|disregard|forget (?:\w+ ){0,3}(?:instructions?|rules"
    r"|prompts?|training|everything)|you are now|from now on you|pretend (?:to be|you are)"
    r"|act as|roleplay|role play|system prompt|jailbreak\w*|developer mode|dan mode"
    r"|new instructions|override|bypass|reveal (?:\w+ ){0,2}(?:prompt|instructions|rules)"
    r"|your (?:system )?prompt|(?:hidden|secret|system|internal|initial|original|developer)"
    r" (?:instructions|prompt|rules|message)|(?:repeat|print|reveal|show|output|dump|leak) (?:\w+ )"
    r"{0,2}(?:instructions|prompt|rules)|do anything now|sudo|admin mode"
    r"|no restrictions|without restrictions|unfiltered)\b"
)
# Round 53. Dances named without the word dance.
_DANCES_53 = (
    r"cha ?cha(?: ?cha)?|salsa(?! (?:dip|sauce|verde|and|with|on))|tango|waltz\w*|foxtrot|rumba"
    r"|samba|jive|jiving|quickstep|paso doble|charleston|bachata|merengue|ballroom|lindy hop"
    r"|flamenco|macarena|ceilidh|breakdanc\w*|twerk\w*"
)
_OTHER_EXERCISE = lazy(
    # round 50: the lifts named as a doing ("is deadlifting good or bad for a chef's back?")
    r"\b(?:squats?|squatting|deadlift\w*|lunges?|lunging|powerlift\w*|benching|planks?|push ?ups?"
    r"|press ?ups?|pull ?ups?|chin ?ups?"
    r"|sit ?ups?|burpees?|bench(?: press)?|kettlebells?|dumbbells?|barbells?"
    # fourteenth session, h76: the crunch exercise, never a joint's crunchy or crunching feel
    r"|(?<!neck )(?<!knee )(?<!back )(?<!hip )(?<!spine )(?<!shoulder )(?<!it )crunches"
    r"|(?<!goes )(?<!go )(?<!a )(?<!little )crunch(?! ?(?:y|iness|ing|ed|sound|noise)\b)"
    r"|(?:ab|abs|bicycle|reverse|oblique|doing|do) crunch\w*"
    # round 34: "in the long run" is no running
    r"|weightlifting|lifting weights|(?<!long )run(?! (?:through|thru|over|me|us|it|by|this|that"
    r"|past|them)\b)|runs|running"
    r"|jog\w*|marathon|cycling|swim\w*"
    r"|pilates|yoga(?! mats?\b)\w*|barre|zumba|spin class\w*|crossfit|hyrox|downward dog|cobra"
    r"|child pose|childs pose|pigeon|cat cow"
    # round 52: yoga's sequences and poses named without the word yoga ("take me through some
    # sun salutations instead", "a couple of rounds of surya namaskar")
    r"|sun salut\w*|salute to the sun|surya namaskar\w*|warrior (?:one|two|three|i|ii|iii|1|2|3"
    r"|pose)s?|tree pose|mountain pose|triangle pose|happy baby pose"
    # round 34: the rehab exercises a physio hands out beside the twist ("my physio gave me bird
    # dogs and dead bugs, can you coach me through those?")
    r"|bird ?dogs?|dead ?bugs?|clam ?shells?|clams|superman\w*|supermen"
    r"|wall (?:angels?|sits?|slides?)"
    r"|cat camel|mc ?kenzie\w*|press ups? on (?:my |your )?(?:elbows|hands)|pelvic tilts?"
    r"|knees? to chest|hip flexor stretch\w*|hip hinges?|glute (?:bridges?|kicks?|activation)"
    r"|side lying (?:leg |hip )?(?:raises?|lifts?)|leg raises?|heel (?:slides?|raises?)"
    r"|calf raises?|straight leg raises?|nerve (?:glides?|flossing|sliders?)|sciatic nerve"
    r" (?:glides?|flossing)|thread the needle|open books?|thoracic (?:rotations?|extensions?)"
    r"|band (?:pull ?aparts?|walks?)|monster walks?"
    # twentieth session, h90: never a figure of progress ("the next step up", "a step up from")
    r"|(?<!next )(?<!another )step ups?(?! from)|sit to stands?|farmers? (?:walks?"
    r"|carr(?:y|ies))|pallof press\w*"
    r"|bridges?|supine twist|seated twist|hamstring stretch\w*|foam roll\w*|tennis|golf"
    # thirteenth session, h73: football in its everyday names and its players
    r"|football(?:ers?)?|footy|footie|soccer|basketball|hiking|walking|dance|dancing|boxing"
    r"|rowing|treadmill"
    # round 54: a row measured or raced ("how fast should I row a 2k"), the rowing machine
    r"|row(?:s|ed)? (?:a |an |the |my )?(?:\d+ ?(?:k|km|m|metres|meters|miles?)|marathon|race"
    r"|regatta|piece)|ergs?|erging"
    # round 53: a dance named without the word dance ("a routine of cha-cha for my group?")
    r"|" + _DANCES_53 + r"|moonwalk\w*"
    # round 48: another sport's kicks and strikes ("how do I get a snappier side kick?")
    # round 57: swimming's and racket sports' strokes named without the sport ("how do I breathe
    # during front crawl?", "my backhand keeps going long")
    r"|front crawl|breast ?stroke|back ?stroke|butterfly stroke|doggy paddle|side ?stroke"
    r"|tumble turns?|freestyle (?:stroke|swim\w*|breathing)|bilateral breathing|forehands?"
    r"|backhands?|volleys|drop shots?|golf swing|tee shots?|free throws?|penalty kicks?"
    r"|lay ?ups|cartwheels?|handstands?|headstands?|backflips?|front ?flips?|pull ?overs?"
    r"|roundhouse\w*|(?:front|side|back|spinning|spin|push|axe|crescent|jumping|flying|turning"
    r"|low|high|head) kicks?|teeps?|uppercuts?|muay thai|taekwondo|karate|kung fu"
    # round 11: walking counted in steps
    r"|steps (?:a|per|each|every) day|step count|daily steps|\d+ ?k? steps"
    r"|(?:other|more|different|extra|suggest|recommend\w*|give me|any|some|good|best|decent"
    r"|effective|great|better) (?:\w+ ){0,2}(?:exercises|stretches|workouts|routines)"
    r"|(?:good|best|decent|effective|great|better) (?:\w+ ){0,2}(?:workout|routine)"
    # eighteenth session, h84: another body part's or kind's workout asked for ("send me a core
    # circuit for later", "do me an arm routine after this"), never the writer's own workout
    # told nor the twist weighed as one ("is this a core workout?")
    r"|(?:give|send|show|suggest|recommend|want|need|do|make|write|plan|build|design|get)"
    r" (?:me |us )?(?:a |an |some |any )?(?:quick |short |good |easy |simple |little |new "
    r"|decent |proper |5 minute |10 minute |ten minute |five minute )?(?:ab|abs|core|arm|arms"
    r"|leg|legs|glute|glutes|cardio|hiit|upper body|lower body|full body|chest|shoulder)"
    r" (?:workout|circuit|routine|blast|session|programme|program)s?"
    # round 45: never "the good of this exercise for me" (what it does)
    r"|(?:good|best|decent|effective|great|better)(?! of (?:this|the|that|it)\b)"
    # round 56: nor "what good is this stretch for me"
    r"(?<!\bwhat good)(?! is (?:this|the|that|it)\b)"
    r" (?:\w+ ){0,2}(?:exercise|stretch) for"
    r"|(?:strengthen\w*|tone|toning|build|building|grow|growing|bulk up) (?:up )?(?:my |the "
    r"|your )?(?:glutes?|bum|butt|booty|hamstrings?|quads?|calf|calves|biceps|triceps|arms"
    r"|legs|thighs|chest|pecs|upper body|lower body|six ?pack)"
    r"|(?:what|which) (?:other )?(?:exercises|stretches|workouts) (?:are|is|would|should|can"
    r"|help|work)|(?:exercises|stretches|workouts) for"
    r"|stretch(?:es|ing)? (?:for |my |your |the |out )*(?:hamstrings?|quads?|calf|calves|neck"
    r"|wrists?|forearms?|glutes?|piriformis|it band|adductors?|feet|ankles?|biceps|triceps)"
    # round 25: the neck's own exercises and fixes ("how do I fix my neck from looking down at my
    # phone? chin tucks?")
    r"|chin tucks?|neck (?:exercises?|stretch\w*|rolls?)|tech neck|text neck"
    r"|(?:fix|sort out|sort|straighten|treat|cure|correct) (?:my |your |a )?(?:stiff |sore |bad"
    r" |crooked |forward )?neck"
    # round 29: other ways to exercise ("how to do tai chi for beginners"), and an exercise for
    # another body part ("can you show me exercise for my knees"), never the twist's own
    r"|tai ?chi|qi ?gong|chi ?gong|aqua ?(?:aerobics|fit)|water aerobics|chair"
    r" (?:exercises?|yoga)|nordic walking|line dancing|knee (?:exercises?|stretch\w*)"
    r"|(?<!this )(?<!the )(?<!that )(?:exercises?|stretch(?:es)?|workouts?|moves?) for (?:my |the"
    r" |your |bad |sore |stiff |weak |old |creaky |painful )*(?:knees?|shoulders?|feet|ankles?"
    r"|wrists?|hands?|fingers?|elbows?|balance|arthritis|osteoporosis|bones)"
    # round 35: another part's or purpose's exercises named as the writer's ("help me with my
    # pelvic floor exercises", "my physio's shoulder drills", "the breathing exercises from the
    # heart clinic"), and kegels
    r"|pelvic floor|kegels?|kegal\w*|(?:my|your|the|some|these|those|a few|any|his|her)"
    r" (?:\w+ s |\w+ )?(?:pelvic|core|balance|hip|hips|knee|knees|shoulder|shoulders|ankle"
    r"|ankles|foot|feet|hand|hands|finger|neck|breathing|eye|jaw|arm|arms|leg|legs|calf|glute"
    r"|bladder|posture|physio|rehab|strength|strengthening|cardio|falls|falls prevention|chair"
    r"|bed|wrist|thumb|toe|grip|memory|brain|lung|heart|cardiac) (?:\w+ )?(?:exercises|stretches"
    r"|workouts|drills|routine|programme|program|regime))\b"
)

# Another body part's complaint or condition (the move is for the back): whether the twist
# suits it is a question for a clinician, so these get the medical decline.
_OTHER_COMPLAINT = lazy(
    r"\b(?:stiff|sore|tight|painful|bad|achy|aching|cricked|crick in|pulled|sprained|twisted"
    r"|swollen|weak|dodgy|injured|tender|clicky|clicking) (?:my |the |a )?(?:neck|knees?"
    r"|wrists?|ankles?|elbows?|jaw|fingers?|thumbs?|toes?|hands?|shins?|heels?|achilles"
    r"|groin|quads?|calf|calves)\b"
    r"|\b(?:neck|knee|wrist|ankle|elbow|jaw|finger|thumb|toe|hand|shin|heel|foot|calf|groin)s?"
    r" (?:pain|ache|aches|problems?|issues?|injur\w*|stiffness|strain|sprain)\b"
    r"|\b(?:neck|knees?|wrists?|ankles?|elbows?|jaw)(?: is| are| feels?| gets?| has been| keeps?"
    r" being)(?: \w+)? (?:sore|stiff|painful|tight|achy|aching|swollen|weak|bad|killing me)\b"
    # a joint noise or ache elsewhere: "my wrist clicks when I type"
    r"|\bshoulders? (?:\w+ )?(?:clicks?|cracks?|pops?|clunks?|grinds?|crunch\w*)\b"
    r"|\b(?:neck|knees?|wrists?|ankles?|elbows?|jaw|fingers?|thumbs?)s? (?:clicks?|cracks?|pops?"
    # fourteenth session, h76: a joint that crunches, like one that clicks (no longer the crunch
    # exercise)
    r"|hurts?|aches?|clunks?|grinds?|locks?|crunch(?:es)?)\b"
    r"|\b(?:headaches?|migraines?|tennis elbow|carpal tunnel|plantar fasciitis|shin splints"
    r"|frozen shoulder|rotator cuff|whiplash|impingement)\b"
    # round 8: another joint's condition told as a state: "my shoulder's frozen", "dodgy hip"
    r"|\b(?:shoulders?|knees?|wrists?|ankles?|elbows?|hips?|jaw|fingers?|thumbs?)(?: is| are"
    r"| has| have| feels?| went| has gone| got)? (?:\w+ )?(?:frozen|dislocated|arthritic"
    r"|swollen|inflamed|bursitis|tendonitis|tendinitis)\b"
    # round 24: another joint that swells ("why does my knee swell up after netball?")
    r"|\b(?:knees?|ankles?|wrists?|elbows?|fingers?|thumbs?|toes?|feet|foot|hands?)"
    r" (?:\w+ ){0,2}?(?:swell|swells|swelling|swelled|puff|puffs|puffing|balloon\w*)(?: up)?\b"
)

# Beyond the twist: posture, other therapies, food and drink, products, and finding or booking
# a clinician. Declined like another exercise.
_OFF_TOPIC = lazy(
    r"\b(?:posture|hunch\w*|slouch\w*|chiropract\w*|osteopath\w*|acupunctur\w*"
    r"|massage therap\w*|sports massage)\b"
    r"|\b(?:eat|eating|ate|food|foods|diet|diets|dieting|meal|meals|breakfast|lunch|dinner"
    r"|snacks?|protein|calories?|carbs?|sugar|coffee|caffeine|alcohol|beer|wine|vitamins?"
    r"|magnesium|collagen|turmeric|omega|fish oil|smoking|cigarettes?|vap(?:e|ing)|weight loss"
    # round 18: ways of eating ("is intermittent fasting good over 60?")
    r"|fasting|intermittent fast\w*|keto\w*|vegan|vegetarian|paleo|gluten|dairy|detox\w*"
    r"|juice cleanse|calorie counting"
    # round 18: how to sleep ("best sleeping position for a stiff back?")
    r"|(?:sleep\w*|bed) (?:position|positions|posture|postures)|(?:position|posture)s?"
    r" (?:to|for|when) (?:sleep\w*|bed)|(?:should|can|do|better to|best to|how to|way to)"
    r" (?:i |you |we )?"
    r"(?:sleep|sleeping) (?:on|in) (?:my |your |the |their )?(?:side|back|front|stomach|tummy"
    r"|belly)"
    r"|lose weight|pillows?|mattress\w*|office chair|standing desk|insoles|back brace"
    # round 25: chairs and cushions to buy ("a good gaming chair for back pain under 300")
    r"|(?:gaming|desk|computer|ergonomic|kneeling|saddle|study|work|executive) chairs?"
    r"|lumbar (?:support|cushion|roll|pillow)s?|seat cushions?|(?:under|less than|budget of)"
    r" \d+ (?:pounds|quid|dollars|euros|bucks)?"
    # round 21: a bike's saddle to buy ("recommend a good saddle for long rides")
    r"|(?:recommend\w*|buy|best|good|new|comfy|comfortable|gel|bike|decent|which) (?:\w+ )?saddles?"
    # round 38: a belt or a brace to wear for lifting ("back support belt for lifting at work,
    # worth it?", "should I get a lifting belt"); sleep in the day after nights ("tips for
    # sleeping in the day after a night shift", "how do I get to sleep after nights")
    r"|(?:back|lifting|lift|weight ?lifting|weightlifting|lumbar|support|posture|manual handling"
    r"|work|gym|powerlifting) (?:support )?(?:belts?|braces?|corsets?)|support belts?"
    r"|(?:tips|advice|ideas|help|best way|how|ways?|trick|tricks) (?:\w+ ){0,4}?(?:sleep\w*|kip"
    r"\w*) (?:in|during|through) the day|day ?time sleep\w*|(?:get|getting|go|going) to"
    r" sleep (?:after|in the day|during the day)|(?:tips|advice|ideas|best way|how) (?:\w+ ){0,4}?"
    r"sleep\w* (?:after|between|on) (?:a |my |the |your )?(?:run of )?nights?(?: shifts?)?"
    r"|(?:sleep|sleeping) (?:tips|advice|routine|pattern)"
    r"|blackout blinds?|ear ?plugs|eye masks?"
    r"|tens machine|massage gun|ice (?:it|my \w+|packs?)|heat (?:it|packs?|pads?)"
    # nineteenth session, h86: another device that stretches or hangs the spine (an inversion
    # table, a traction unit, a back stretcher), asked about: another device, declined
    r"|inversion (?:tables?|boots?|chairs?|racks?|benches|bench|therapy|machines?)"
    r"|(?:traction|decompression) (?:tables?|machines?|devices?|units?|belts?|beds?|therapy)"
    r"|back stretchers?|(?:hang|hanging|hung) upside down"
    r"|(?:use|using) (?:ice|heat)|hot water bottle|ice or heat|heat or ice)\b"
    r"|\b(?:recommend|find|book|booking|suggest|know|arrange|refer)(?: me)?(?: in)?(?: with| to"
    r"| for)? (?:a |an |any |some )?(?:good |decent |local )?(?:doctor|physio\w*|gp"
    r"|chiropractor|osteopath|massage\w*|therapist|clinic|specialist|surgeon|hospital"
    r"|personal trainer)s?\b|\bnear me\b|\bappointments?\b"
    # round 38: chat about a match, a game or the telly ("did you see the match last night",
    # "who do you support", "did you watch the final")
    r"|\b(?:did|do|have|d) (?:you|u|ya) (?:see|watch|catch|follow|seen|watched|caught) (?:the|that"
    r"|last night s|yesterday s|the big|this|a) (?:\w+ )?(?:match|game|football|footy|rugby"
    r"|cricket|darts|snooker|race|fight|final|derby|grand prix|boxing|tennis|golf|f1|formula"
    r" one)\b|\bwho do (?:you|u|ya) support\b|\bwhat team do (?:you|u|ya)"
    r" support\b"
    # round 11: things to watch, read or listen to
    r"|\b(?:podcasts?|audiobooks?|playlists?|films?|movies?|tv (?:shows?|series)|box ?sets?"
    r"|netflix|novels?)\b"
    # round 29: a device or another app to connect ("can you connect with my fitbit app to count
    # steps", "does it sync with apple health"): the bot coaches the move and links to nothing
    r"|\b(?:fitbit|garmin|apple (?:watch|health)|google fit|strava|smart ?watch\w*|pedometer"
    r"|step counter|samsung health|health app|fitness (?:app|tracker|watch)|activity tracker)s?\b"
    r"|\b(?:count|counts|counting|track|tracks|tracking|log|logs|logging) (?:my |the |your"
    r" |all my )?(?:daily )?(?:steps|walks?|runs?|heart rate|sleep|calories)\b"
    r"|\b(?:connect|sync|link|integrate|pair)\w* (?:\w+ ){0,3}?(?:with|to|into) (?:my |your"
    r" |the )?(?:\w+ )?(?:app|watch|tracker|calendar)\b"
    # round 13: work's paperwork ("how do I get a sick note for back pain")
    # round 14: plans for a race or another sport ("a 4 week training plan for a 10k")
    r"|\b(?:training|running|race|marathon|workout|gym|couch to 5k) (?:plans?|programmes?"
    r"|programs?|schedules?)\b|\b(?:plan|programme|program|schedule) for (?:a |my |the )?(?:\d+k"
    r"|marathon|half marathon|race|triathlon|ultra)\b"
    # round 17: sports supplements; a gym split or programme to write; a child's care
    r"|\b(?:creatine|whey|bcaas?|electrolytes?|energy drinks?|pre ?workout(?! (?:stretch\w*"
    r"|warm ?ups?|mobility|routine))s?)\b"
    r"|\b(?:(?:\d+|two|three|four|five|six) days? (?:\w+ ){0,2}(?:split|routine|programme"
    r"|program|plan)|(?:upper lower|push pull legs?|ppl|bro|full body|body part) (?:split|routine"
    r"|workout|programme|program)|push pull legs?|(?:write|make|build|design|create|give) me"
    r" (?:a |an )?(?:\w+ ){0,4}(?:split|programme|program|workout plan|gym plan|training plan))\b"
    r"|\b(?:colic\w*|teething|nappy|nappies|diapers?|potty train\w*|breastfe\w*|bottle fe\w*"
    r"|tantrums?|(?:my|our) (?:\d+ ?(?:year|yr|month|week) old|babies|baby|toddlers?|newborns?"
    r"|infants?|kids|children)(?! (?:\w+ )?(?:twist|stretch|exercise|move)))\b"
    # round 46: training a pet ("how can I get the pup to quit tugging on its leash", "puppy
    # classes")
    r"|\b(?:stop|train|teach|get|make|keep|walk) (?:my|the|our|a|your|his|her) (?:\w+ )?(?:dog"
    r"|puppy|pup|cat|kitten|horse|pony)s? (?:from |to |pulling|jumping|barking|biting|chewing"
    r"|walk\w*|heel|come|stay|sit|behave)|\b(?:dog|puppy|pup)s? (?:training|trainers?|classes"
    r"|behaviou?r\w*)|\b(?:lead|leash|recall|crate|potty|toilet|clicker) training"
    r"|pull\w* (?:\w+ )?on (?:the|his|her|its|their) (?:lead|leash)\b"
    # round 47: a work rota or timetable to draw up ("could you do the shop's staff rota")
    r"|\b(?:sort|do|make|plan|write|draw up|organi[sz]e|fill in|arrange|fix|redo|work out)"
    r" (?:out )?(?:my|our|the|a|this|next|your)? ?(?:\w+ ){0,3}?(?:rota|rotas|rotas?|staff"
    r" timetable|shift pattern|work schedule|staff schedule)\b"
    # round 50: coaching asked towards a race or a bout ("can you coach me for a 10k in 8 weeks",
    # "get me ready for my first triathlon"), never the writer's own training told ("I'm getting
    # ready for a race")
    r"|\b(?:coach|train|prep|prepare|ready|get|help) (?:me|us)(?: up)?(?: (?:to )?(?:train|prepare"
    r"|prep|get ready|get fit|ready|fit))? (?:for|towards) (?:a |an |my |the |our |this |next )?"
    r"(?:first |big |next |local )?"
    r"(?:\d+ ?k|marathon|half marathon|half|race|triathlon|ultra|sportive|park ?run|fun run"
    r"|ironman|fight|bout|grading|competition)s?\b"
    r"|\b(?:sick (?:notes?|leave|pay|lines?|certificates?)|fit notes?|time off work"
    r"|statutory sick pay|insurance claims?|compensation claims?|disability (?:benefits?"
    r"|allowance))\b"
    # ninth session, h62: another person's texting or replying, a matter of friends or dating
    r"|\b(?:text|texts|texting|texted|message|messages|messaging|messaged|dm|dms|reply|replies"
    r"|replying|replied|ring|rings|call|calls) (?:me |him |her |them |us |you )?(?:back|first)\b"
    r"|\b(?:left|leaves|leaving|leave|keeps? me) (?:me )?on (?:read|seen|delivered)\b|\bghost"
    r"(?:ed|ing|s)\b|\b(?:answering|replying to|responding to|returning|ignoring|ignores"
    r"|ignored|ignore) (?:my|all my|any of my) (?:texts|messages|calls|dms|whatsapps)\b"
    r"|\bmy (?:girlfriend|boyfriend|gf|bf|partner|wife|husband|hubby|fiance|fiancee|crush|ex"
    r"|date|best friend|bestie|mate|friend)s? (?:\w+ ){0,3}?(?:reply|replies|replying|respond"
    r"|responds|responding|answer|answers|answering)\b"
    r"|\b(?:text|message|dm|ring|call|ask out|chat up) (?:my |her |him |this )?(?:ex|crush"
    r"|girlfriend|boyfriend|gf|bf|date|match)\b"
    # fourteenth session, h75: a spreadsheet, code or computer problem to fix
    # (never a spreadsheet or a device alone: a day at one is context for the move's question)
    r"|\b(?:[vhx]lookups?|index match|pivot ?tables?|vba|macros? in"
    r"|(?:ms |microsoft )?excel (?:sheets?|files?"
    r"|formulas?|cells?|columns?|rows?|workbooks?|charts?|tables?|macros?|functions?|tabs?)"
    r"|(?:sumif|countif|iferror|concatenate|conditional formatting)s?|formulas? (?:in|for) (?:a |my"
    r" |the )?(?:cell|column|sheet|excel|spreadsheet)|(?:syntax|compile|compiler|runtime"
    r"|null pointer|segmentation|type|import|reference|key|index|attribute|value) errors?"
    r"|(?:python|javascript|java|sql|c\+\+|css|html|php|bash|powershell) (?:code|scripts?"
    r"|queries|query|errors?|functions?|loops?|bugs?)|sql quer\w+|stack ?traces?|blue screen"
    r"|bsod)\b"
)

# An explicit reference to the twist: with one, naming another exercise is context, not topic.
_THIS_EXERCISE = lazy(
    r"\b(?:twist\w*|prone|(?:this|the|that) (?:stretch|exercise|move|movement|one|pose)"
    r"|(?:does|will|would|is|can|could|should) (?:this|it)|(?:do|doing|try|trying) (?:this|it))\b"
)


# twenty-third session, h101: help asked for the writer and another person together ("for me and
# my wife", "for my dad and me", "for the two of us"): still how to use the bot
_PEOPLE_H101 = (
    r"(?:husband|wife|partner|spouse|hubby|other half|boyfriend|girlfriend|fiance|fiancee|mum"
    r"|mom|mother|dad|father|parent|son|daughter|kid|child|children|friend|sister|brother"
    r"|family|mate|flatmate|roommate|housemate|colleague|gran|grandma|granny|grandad|grandpa"
    r"|nan|nana|neighbour|neighbor|aunt|auntie|uncle|sibling|mother in law|father in law)s?"
)
_FOR_US_H101 = (
    r"(?: for (?:me|us|myself)(?: (?:and|&|plus) (?:my|our) (?:\w+ )?"
    + _PEOPLE_H101
    + r"| (?:both|two|all)| and (?:him|her|them))?"
    r"| for (?:my|our) (?:\w+ )?" + _PEOPLE_H101 + r" (?:and|&|plus) (?:me|i|myself)"
    r"| for (?:the two|both|the both|all) of us)?"
)
# twenty-third session, h101: another person named beside the question ("my sister", "for my
# grandma", "my friend says"), with what is told of them in the third person: the question is
# the writer's own, or asked for them, and is read with the person set aside
_OTHER_PERSON_H101 = lazy(
    r"\b(?:(?:for|with|to|and|like) )?(?:my|our) (?:\w+ )?"
    + _PEOPLE_H101
    + r"\b(?: (?:says|said|swears|swore|reckons|reckoned|thinks|thought|told me|tells me|claims"
    r"|insists|believes)(?: that)?\b)?"
)
_THIRD_PERSON_H101 = {
    "she": "i",
    "he": "i",
    "her": "my",
    "his": "my",
    "him": "me",
    "hers": "mine",
    "herself": "myself",
    "himself": "myself",
}


def _other_person_set_aside_h101(normal: str) -> str | None:
    """Twenty-third session, h101: ``normal`` with another person named (`_OTHER_PERSON_H101`)
    set aside and what is told of them in the third person read as the writer's own
    (`_THIRD_PERSON_H101`); None when no other person is named."""
    if not _OTHER_PERSON_H101.search(normal):
        return None
    rest = _OTHER_PERSON_H101.sub(" ", normal)
    return " ".join(_THIRD_PERSON_H101.get(w, w) for w in rest.split())


# "help", "menu", "commands", "what can you do" and close variants, as the whole message: how to
# use the bot (the command list), never the safety list. A red flag has been triaged before.
_HELP = lazy(
    r"^(?:(?:hi|hello|hey|please|pls|so|ok|okay|um|erm|wait|hmm|right|and|but|sorry|excuse me"
    r"|er|uh|well|then|oh|yo)\s)*"
    # twenty-seventh session, heldout_h114 (ans114): letters doubled in a hurry ("helpp",
    # "HEEELP", "hellp") are the same cry
    r"(?:h+[ae]+l+p+|hlp|halp|help me|help please|help pls|i need (?:some )?help|need help|sos"
    r"|help me (?:use|with) (?:this|you|it|the bot|this bot)"
    r"|(?:the |main |start |show (?:me )?(?:the |your )?)?menu"
    r"|(?:the |your |show (?:me )?(?:the |your )?|list (?:of )?(?:the |your )?"
    r"|what are (?:the |your ))?commands?(?: list)?"
    r"|command list|options|what are (?:my|the|your) options"
    # round 17: "instructions??", "user guide?", "is there a manual": how to use the bot
    r"|(?:(?:(?:any|the|some|your) |show (?:me )?(?:the )?|is there (?:a |an |any )?"
    r"|where (?:is|are) (?:the )?)?(?:instructions?|user (?:guide|manual)|manual|tutorial|usage"
    # twenty-third session, h100: a guide asked after with a filler ("is there like a guide",
    # "got some kind of walkthrough?")
    r"|(?:like |kind of |some kind of |some sort of |sort of )?(?:a |an |any |some )?(?:guide"
    r"|walkthrough|walk through|beginners? guide|starter guide|how to guide|help page)"
    r"|readme|faq"
    r"|getting started|quick start(?: guide)?))"
    r"|what (?:can|do|else can|could|exactly can|exactly do) (?:you|u|ya) (?:(?:actually|really"
    # round 29: "what can you do for me?"
    r"|even|exactly|actually even|do for me|help (?:me )?with) )?do" + _FOR_US_H101 +
    # twenty-third session, h100: the bot's abilities asked beyond one the writer names ("what
    # else can you do apart from counting my reps"): still how to use the bot
    r"(?: (?:besides|apart from|other than|aside from|except|beyond|as well as) (?:\w+ ){0,5}"
    r"\w+)?"
    # round 40: the bot's abilities asked in any wording ("what exactly are you able to do for
    # me?", "what are you capable of?", "what is it you can do")
    r"|what (?:exactly |actually |precisely )?(?:are|r) (?:you|u|ya|this bot|the bot)"
    r" (?:actually |really |exactly |even )?(?:able to do|capable of(?: doing)?)"
    + _FOR_US_H101
    + r"|what (?:exactly )?is it (?:that )?(?:you|u|this bot|the bot) (?:can |could )?(?:do|offer)"
    + _FOR_US_H101
    + r"|what (?:exactly |actually )?(?:can|could|do|will) (?:you|u|this bot|the bot)"
    r" (?:offer|provide)(?: (?:me|us))?"
    r"|what (?:can|does|do|could) (?:this|the|you) (?:bot|thing|app|chat|robot|coach)"
    r" (?:actually |really |even )?do"
    r"|what do you do"
    r"|how (?:do|can) i use (?:you|u|this|it|this bot|the bot)|how does (?:this|it|the bot) work"
    r"|how to use (?:this|you|the bot|this bot)"
    # round 15: what the bot can help with ("so what are you actually able to help me with?",
    # "what sort of things can you help with", "how can you help me"); "what is this bot for"
    # stays the topic about the bot
    r"|what (?:(?:sort|kind|type)s? of (?:things?|stuff) )?(?:are|can|could|do|will|r) (?:you|u"
    r"|ya|this bot|the bot)(?: (?:actually|really|even|exactly|possibly|honestly))?(?: (?:be )?able"
    r" to)? help(?: (?:me|us|people))?(?: (?:out )?with)?"
    r"|how (?:can|could|do|will|would) (?:you|u|this bot|the bot)(?: (?:actually|really|even"
    r"|exactly))? help(?: (?:me|us))?(?: out)?"
    # round 33: getting started asked in a short question with no move named ("how do I get
    # started?", "how does one get going?", "what do I do to get started"); "how do I start?"
    # and "how do I start the twist?" stay the move's setup
    r"|(?:how|where) (?:do|should|can|shall|would|could|does) (?:i|we|one|you|u) (?:actually |even"
    r" )?(?:get started|get going|get set up|get cracking|get rolling|get the ball rolling"
    r"|make a start|get underway)(?: (?:then|here|on here|please|pls|exactly|first|now|with (?:it"
    r"|this|you|u)))*"
    r"|how to (?:get started|get going|get set up|make a start)"
    r"|what (?:do|should|must|shall) i do to (?:get started|get going|get set up|make a start)"
    # round 44: "how do i start" alone, nothing of the move named, is how to use the bot too
    # ("how do I start the twist?" and "how do I start, what position" stay the move's setup)
    r"|(?:(?:so|ok|okay|um|erm|right|and|then|hi|hello|hey) )*(?:how|where) (?:do|should|can"
    r"|shall|would|could) (?:i|we|one) (?:actually |even )?(?:start|begin)"
    # eighth session: what the writer may ask the bot, or which topics it answers
    r"|(?:what|which)(?: else)?(?: (?:sorts?|kinds?|types?) of)?(?: (?:things?|stuff|questions?"
    r"|topics?|subjects?|areas?))?(?: else)? (?:can|could|do|should|may|shall|am) (?:i|we)"
    r" (?:actually |even |be )?(?:allowed to |able to |meant to |supposed to )?(?:ask|bring up"
    r"|raise|put to|talk about|chat about|discuss)(?: (?:with|to))?(?: (?:you|u|ya|the bot"
    r"|this bot|here|on here))?"
    r"(?: (?:about|with|for))?"
    r"|(?:what|which)(?: (?:sorts?|kinds?|types?) of)? (?:things?|stuff|questions?|topics?"
    r"|subjects?|areas?) (?:can|could|do|will|are|would) (?:you|u|ya|this bot|the bot)"
    r" (?:actually |even |be )?(?:able to )?(?:answer|cover|handle|deal with|talk about|know about"
    r"|respond to|reply to)"
    # fifteenth session, h80: a list of all the bot can help with or do asked for
    r"|(?:(?:can|could|would|will) (?:you|u) )?(?:please )?(?:(?:list|name|tell me|show me|give me"
    r"|run me through|walk me through|go through|run through)(?: a (?:quick |full )?(?:list"
    r"|rundown|run down|summary) of)? |what (?:is|are) (?:all )?)?(?:everything|all (?:of )?"
    r"(?:the )?(?:things?|stuff)|the (?:things?|stuff)|all)(?: (?:that|which))? (?:you|u|ya"
    r"|this bot|the bot|this thing|this app) (?:are |is )?(?:(?:actually|really|even|possibly) )?"
    r"(?:can |could |will |able to |are able to )?(?:help(?: (?:me|us|people))?(?: out)?(?: with)?"
    r"|do|offer|cover|handle|assist(?: (?:me|us))? with)"
    + _FOR_US_H101
    + r"|what all (?:can|could|do|will) (?:you|u|ya|this bot|the bot) (?:help(?: (?:me|us))?"
    r"(?: with)?|do)" + _FOR_US_H101 + r")"
    # twenty-third session, the lead's: a vague tail ("is there like a guide or something")
    r"(?:\s(?:please|pls|thanks|thank you|then|again|now|exactly|actually|here|or something"
    r"|or anything|or sth|or smth|or whatever|lol|haha))*$"
)


# tenth session, h66: how to talk to the bot itself (to it, the bot, this thing), never a person
_TALK_TO_BOT_10B = (
    r"how (?:do|should|can|could|would|shall|am|do you want) (?:i |we |one |me |you |u )?"
    r"(?:supposed to |meant to |expected to |to )?(?:talk|speak|chat|communicate|interact"
    r"|converse) (?:to|with)"
    r" (?:you|u|ya|it|this|this bot|the bot|this thing|the thing|this app|the app|this chat"
    r"|this coach)"
    r"|how (?:do|should|can|could|am) (?:i |we |one )?(?:supposed to |meant to )?(?:message|text"
    r"|ask questions to|put questions to) (?:you|u|it|this bot|the bot|this thing|this app)"
)


# Round 10. A newcomer asking where to begin, in any sentence of a longer message ("Hello, I am
# new here, my grandson set you up. What do I press?"): how to use the bot, when no topic of the
# move is asked as well.
_HELP_SENTENCE = lazy(
    r"^(?:(?:hi|hello|hey|so|ok|okay|um|erm|wait|hmm|right|and|but|sorry|well|then|oh|now|please"
    r"|pls)\s)*(?:what (?:do|should|can|shall) i (?:press|tap|click|type|push|do (?:now|first|next"
    r"|here|with (?:this|you|it|(?:this|the) (?:bot|chatbot|chat bot|app|chat|thing|coach"
    r"|service))))|where do i (?:press|tap|click|start|begin)|what (?:now|next)"
    r"|how do i (?:use|work|start) (?:this|you|u|it|the bot|this bot|this thing|this app)"
    r"|how does (?:this|it|the bot|this bot|this thing) work|what is this(?: bot| thing| app)?"
    r"|what are you|what (?:can|could|do) (?:you|u) (?:actually |really |even )?do"
    # round 32: "is there a button I press or something?", "how does one operate this service?"
    r"|(?:is|are) there (?:a |an |any |some )?(?:special )?(?:buttons?|commands?|menus?|keys?"
    r"|icons?)"
    r"(?: (?:i|you|one|that i|i should|i need to|i have to|i must|to))? ?(?:press|tap|click|push"
    r"|type|use|hit)?(?: (?:or|and) (?:something|anything|what|summat))?"
    # round 56: the bot as "this thing" set going (e.g. "how to make this thing start", "how do you
    # make this app work"); never the move ("how do I get the twist going" is the move's steps)
    r"|how (?:do|can|should|would|could|does|to) (?:i |one |we |you |u )?(?:get|make|set|start)"
    r" (?:this thing|this bot|the bot|this app|the app|this chat|you|u)(?: to)?"
    r" (?:going|go|started|start|working|work|running|run|up and running|moving|rolling|on)"
    r"(?: (?:then|here|please|pls|exactly|now|first))*"
    # tenth session, h66: how to talk to the bot itself
    r"|" + _TALK_TO_BOT_10B + r"|how (?:does|do|should|can|would) (?:one|i|you|a person)"
    r" (?:\w+ )?(?:operate|use|work|run"
    r"|navigate|drive|get into|get on with) (?:this|the|you|it)(?: (?:service|bot|thing|app|chat"
    r"|system|programme|program|coach))?"
    r"|i am new (?:here|to (?:this|you|the bot|this bot|telegram))|new here"
    # round 39: the buttons or commands asked for in a learner's words ("please explain me which
    # buttons and orders this bot is having", "tell me what commands you have got")
    r"|(?:(?:can|could|would|will) (?:you|u) (?:please )?)?(?:please )?(?:explain|tell|show"
    r"|give|list|teach|say)(?: to)? (?:me|us)(?: (?:please|pls))? (?:which|what|all|the)"
    r"(?: all| the)? "
    r"(?:buttons?|commands?|orders?|options?|functions?|features?|keys?|menus?|instructions?)"
    r"(?: (?:and|or|,) (?:buttons?|commands?|orders?|options?|functions?|features?|keys?|menus?"
    r"|instructions?))?(?: (?:that|which))? (?:this|the|you|u|your|it)(?: (?:bot|app|chat|thing"
    r"|coach))? (?:is |are |s )?(?:having|has|have|got|give|gives|giving|offer|offers|offering"
    r"|know|knows|knowing|understand|understands|understanding|accept|accepts|take|takes|use"
    r"|uses|support|supports|supporting|contain|contains|containing|provide|provides|providing)"
    r"(?: got)?"
    # thirteenth session, h73: the bot's features, functions or abilities asked after
    r"|(?:like |so |and |i mean |or |basically |just )?(?:what|which) (?:are |r |s )?(?:all )?"
    r"(?:your |ur |the |its |this bot s |the bot s |this app s |the app s )?(?:main |key |different"
    r" |other )?(?:features|functions|functionalities|capabilities|abilities|services)(?: (?:of"
    r"|in|on) (?:you|u|this bot|the bot|this app|the app|this thing|this chat|it))?(?: (?:do"
    r"|does|have|has|are there|can|could) (?:you|u|ya|it|this bot|the bot|this app|the app|this"
    r" thing|this chat)(?: (?:have|has|got|offer|offers|do|provide|provides|give|gives))?)?"
    r"(?: (?:do|does) (?:you|u|it|this bot|the bot|this app|the app) (?:have|offer|provide))?"
    r"|(?:(?:can|could|would) (?:you|u) )?(?:(?:tell|show|give|run|walk|take) (?:me|us)"
    r"(?: through)?|list) (?:about )?(?:your|ur|the bot s|the app s|its|all (?:your|the|ur))"
    r" (?:main |key"
    r" )?(?:features|functions|capabilities|abilities|services)"
    # round 12: "what am I supposed to do here?", "first time using a Telegram bot"
    # twenty-seventh session, heldout_h113 (ans113): "with" the bot named too ("what am i supposed
    # to do with this bot", "what am i meant to do with the app")
    r"|what am i (?:supposed|meant|expected|meant to be|going) to (?:do|press|type)(?: with (?:you"
    r"|it|this|(?:this|the) (?:bot|chatbot|chat bot|app|chat|thing|coach|service)))?"
    r"|what (?:is|s) (?:the|this) (?:idea|deal)|first time (?:using|on|with|trying)"
    r" (?:a |an |this |the )?(?:telegram )?(?:bot|chat ?bot|app|telegram)(?: \w+)?"
    # round 11: "what i must type to start using you?", "how do I start using this bot?"
    r"|what (?:do |should |must |shall |can |will )?i (?:must |have to |need to |should |got to"
    r" |gotta )?(?:type|write|press|send|say|tap|click)(?: (?:to|so|for) (?:you )?(?:start|begin"
    r"|use|get started|get going)(?: (?:using|with|to use))?(?: (?:you|u|this|it|the bot|this bot"
    r"|this thing|this app))?)?"
    r"|how (?:do |can |should |would |could )?(?:i |one |we )?(?:to )?(?:start|begin|get started"
    r"|get going|get cracking"
    # round 30: "how do I get going with this thing"
    r"|get rolling|get set up|kick off|make a start|get the ball rolling)(?: (?:using|with|to"
    r" use|on))? (?:you|u|this|it|the bot|this bot|this thing|this app"
    # round 52: "this service", "the platform", "this chat"
    r"|(?:this|the) (?:service|system|platform|chat|chatbot|programme|program|tool))"
    # round 19: the question embedded ("can you explain what I'm supposed to press or type to
    # use you?", "tell me what I should type")
    r"|(?:(?:can|could|would|will) (?:you|u) (?:please |just |maybe )?)?(?:explain|tell me|show"
    r" me|let me know)(?: (?:to me|simply|slowly|again))? (?:what|how) i (?:am |m )?(?:supposed"
    r" to|meant to|expected to|need to|have to|should|must|got to|can)? ?(?:do|press|tap|click"
    r"|type|write|send|say|use (?:you|u|this|it|the bot|this bot))(?: (?:or|and) (?:press|tap"
    r"|click|type|write|send|say|do))?(?: (?:to|so i can|in order to) (?:use|start|work|get"
    r" started with|talk to) (?:you|u|this|it|the bot|this bot|this thing|this app))?"
    # round 34: "could you explain how to use it, step by step?"
    r"|(?:(?:can|could|would|will) (?:you|u) (?:please |just |maybe )?)?(?:explain|tell me|show"
    r" me|walk me through)(?: (?:to me|simply|slowly|again))? how (?:to|i) (?:use|work|operate"
    r"|start using|get started with) (?:you|u|this|it|the bot|this bot|this thing|this app)"
    # round 50: the command list asked in a learner's words ("sorry not very techy, what are all
    # the slash things for?", "what do those slash words mean")
    r"|what (?:are|is|do|does|s) (?:all )?(?:the |these |those |this |that |your )?(?:little )?"
    r"(?:slash|slashes)(?: (?:things?|commands?|words?|bits?|options?|codes?|buttons?|links?"
    r"|stuff))?(?: (?:for|do|mean|about|all about))?"
    # twelfth session, h72: what the bot's buttons or menu items (all of them) are for or mean
    r"|what (?:are|is|do|does|s) (?:all )?(?:the |these |those |your |ur |this bot s |the bot s )"
    r"(?:different |various |little |many |other )?(?:buttons|icons|keys|menu (?:items|options)"
    r"|options|commands)(?: (?:at|on|down|along|in) (?:the )?(?:bottom|top|screen|side|menu"
    r"|chat|here))?(?: (?:for|do|mean|about|all about|there for))?"
    r"|(?:explain|tell me about) (?:the |all the |these |those )?(?:slash|slashes)(?: (?:things?"
    r"|commands?|words?|bits?))?(?: to me)?"
    r"|(?:do|should|can|shall|must|have to|need to) i (?:just |simply |only )?(?:type|press|tap"
    r"|click|write|send)(?: (?:or|and) (?:type|press|tap|click|write|send))?(?: (?:something"
    r"|anything|a button|stuff|summat|words?|messages?|in))?)"
    # round 34: a second help clause after the first ("how does this work do i just type or
    # press something")
    r"(?: (?:or )?(?:do|should|can|shall|must) i (?:just |simply |only )?(?:type|press|tap|click"
    r"|write|send)(?: (?:or|and) (?:type|press|tap|click|write|send))?(?: (?:something|anything"
    r"|a button|stuff|summat|words?|messages?|in))?)?"
    r"(?:\s(?:please|pls|thanks|thank you|then|again|now|here|exactly|first|next|step by step"
    r"|in simple terms|slowly|simply))*$"
)
_SENTENCE_END = lazy(r"[.!?\n]+")


_BUTTON_ASKED = lazy(
    r"\b(?:press|tap|click|type|push)(?: (?:or|and) (?:something|anything|what|summat))?$"
    r"|\b(?:buttons?|operate)\b"
)
# Round 11. An operation or a new joint told in the message (not denied): the clinician first.
_CLINICIAN_FIRST = frozenset(
    {"check_first", "surgery_history", "warning_signs", "bot_commands", "about_bot", "privacy"}
)
_SURGERY_TOLD = lazy(
    r"\b(?:(?:hip|knee|shoulder|joint|ankle|disc|disk) (?:replacement|resurfacing|surgery"
    r"|operation|op|fusion|reconstruction)|(?:hip|knee|shoulder|joint|knees|hips) (?:was |were"
    r" |got |been )?replaced|replaced (?:hip|knee|shoulder|joint)|new (?:hip|knee|shoulder) joint"
    # round 25: "new knee last year, could the sweep dislocate it?"
    r"|new (?:hip|knee|shoulder)(?! (?:pads?|braces?|supports?|sleeves?|guards?|strap\w*))"
    r"|(?:spinal|back|spine|lumbar) (?:surgery|operation|op|fusion)|(?:micro)?discectomy"
    r"|laminectomy|(?:surgery|operation|op) on (?:my |the )?(?:\w+ )?(?:back|spine|hip|knee"
    r"|shoulder|disc|neck))\b"
)
# ninth session, h63: an operation on the belly or elsewhere, named or told as had; checked
# first only when whether the move is safe or allowed is asked (`_SAFE_ASKED_9`)
_OPERATION_TOLD_9 = lazy(
    r"\b(?:c ?sections?|c secs?|(?:emergency |planned )?(?:caesarean|cesarean|caesarian|cesarian)s?"
    r"|hysterectomy|appendectomy|appendicectomy|cholecystectomy|hernia (?:repair|surgery"
    r"|operation|op|mesh)|(?:appendix|gallbladder|gall bladder|womb|uterus|ovary|ovaries)"
    r" (?:out|removed|taken out)|tummy tuck|abdominoplasty|(?:abdominal|stomach|tummy|belly"
    r"|bowel|pelvic|heart|bypass|keyhole|laparoscopic) (?:surgery|operation|op)"
    r"|(?:surgery|operation|op) on (?:my |the )?(?:\w+ )?(?:tummy|stomach|belly|abdomen|bowel"
    r"|womb|pelvis)|(?:i had|i ve had|had|after|since|recovering from|recovered from|healed from"
    r"|healed after) (?:my |an |a |the |some |major |minor |big )?(?:\w+ )?(?:surgery"
    r"|operation))\b"
)
# ...whether the move is safe, allowed or a strain for the writer, asked in any words
_SAFE_ASKED_9 = lazy(
    r"\b(?:(?:is|be) (?:it|this|that|the \w+|\w+ing)(?: \w+){0,4}? (?:ok|okay|alright|all right"
    r"|fine)|\w+ing (?:ok|okay|alright|all right|fine)|(?:ok|okay|alright|all right|fine)"
    r" (?:to|for|with|if)\b|(?:ok|okay|alright|all right|fine)$|safe|safely|allowed|advisable"
    r"|wise|good idea|risky|a problem|any reason not|should i|can i|could i|may i|am i able"
    r"|is it bad|too soon|too early|ready|any risk|harm|damage|tear|strain)\b"
)


_SURGERY_TOPICS = frozenset({"check_first", "surgery_history"})
# ninth session, h63: only the spine's own "-ectomy" operations are the check-first list
_SPINAL_SURGERY = lazy(
    r"\b(?:spinal|back|spine|lumbar|disc|disk|neck|\w*(?:disc|lamin|foramin|facet|corp)ectomy)\b"
)
_NO_SURGERY = lazy(
    r"\b(?:no|never had (?:a |an |any )?|not had (?:a |an |any )?|without (?:a |an |any )?"
    r"|avoid(?:ed|ing)? (?:a |an |any )?|to avoid (?:a |an )?)(?:\w+ )?(?:\w+ )?"
    r"(?:surgery|operation|replacement|op)\b"
)


def _blank_no_surgery(normal: str) -> str:
    return _NO_SURGERY.sub(" ", normal)


def _operation_told(normal: str) -> re.Match[str] | None:
    """An operation or a new joint told in the message and not denied; another operation
    than a joint's or the spine's only when whether the move is safe is asked."""
    blank = _blank_no_surgery(normal)
    told = _SURGERY_TOLD.search(blank)
    if told is None and _SAFE_ASKED_9.search(normal):
        told = _OPERATION_TOLD_9.search(blank)
    return told


# Round 11. The user's own figures asked for: "can I see my pain scores from last week".
_OWN_FIGURES = lazy(
    r"\b(?:see|show|view|check|look at|look back at|get|pull up|find|read) (?:me )?(?:all )?"
    r"(?:my|our|me my) (?:own )?(?:old |past |previous |recent |last |earlier |weekly |daily )?"
    r"(?:pain )?(?:scores?|ratings?|numbers|figures|entries|log|logs|records?|history|results"
    r"|answers)\b"
)
# Round 26. The user's own record asked to be seen ("can i see how ive done over the last month",
# "show me how I've been getting on"), never what to expect or how to progress the move.
_HOW_I_DID = lazy(
    r"\b(?:see|show|view|check|look at|look back at|find out|tell) (?:me )?(?:how (?:i|we)"
    r" (?:have |had )?(?:done|did|been doing|been getting on|got on|been going|fared|progressed)"
    r"|how (?:well )?(?:i|we) (?:am|are|have been) doing)\b"
)
# eighth session: the trend of the writer's own recorded figures asked, not the scale itself
_FIGURES = (
    r"my (?:own )?(?:pain )?(?:scores?|ratings?|numbers|figures|readings|levels|pain levels?"
    r"|results|stats|records?|log|history|check ?ins?)"
)
_TREND = (
    r"(?:go|gone|went|been|been going|going|changed?|changing|trend\w*|look\w*|moved?|moving"
    r"|shift\w*|progress\w*|come down|came down|coming down|gone down|going down|gone up"
    r"|going up|dropp\w*|drop|fall\w*|fell|improv\w*|got better|getting better|got worse"
    r"|getting worse|compare\w*|done|doing|fared|shap\w+ up|develop\w*)"
)
_PERIOD = (
    r"(?:over|across|during|in|for|through) (?:the |this |these |my )?(?:last|past|first|recent"
    r"|few|couple of|\d+|two|three|four|six)?(?: \w+)? ?(?:days?|weeks?|months?|fortnight|time)"
    r"|since (?:i|we) (?:started|began|joined|signed up|first)|this (?:week|month|year)"
    r"|week (?:by|on|to) week|month (?:by|on|to) month|so far|lately|recently"
)
_FIGURES_TREND = lazy(
    r"\b(?:how|have|has|did|do|does|are|is|were|was)\b(?: \w+){0,2}? " + _FIGURES + r"\b"
    r"(?: \w+){0,3}? " + _TREND + r"\b"
    r"|\b(?:how|has|have|did|is)\b(?: \w+){0,2}? my pain(?: level)? (?:\w+ ){0,2}?"
    + _TREND
    + r" (?:\w+ ){0,2}?(?:"
    + _PERIOD
    + r")\b"
    r"|\b" + _FIGURES + r" (?:show|say|suggest|tell|mean)\w*\b(?: \w+){0,4}? (?:improv\w*"
    r"|progress\w*|better|worse|chang\w*|trend\w*|going down|coming down|going up|getting"
    r" (?:anywhere|somewhere))"
    r"|\b(?:am i|are we|have i been|is it) (?:actually |really )?(?:improving|getting better"
    r"|making progress|getting anywhere|any better)\b(?: \w+){0,3}? (?:according to|based on"
    r"|going by|judging by|from|looking at|by) " + _FIGURES + r"\b"
)
# eighth session: ...but not pain after one session (the pain-after topic)
_ONE_SESSION = lazy(
    r"\b(?:after|since|following) (?:the|this|that|my|today|yesterday|last night|this morning"
    r"|tonight|each|every|a) (?:session|sessions|stretch|twist|go|try|round)\b|\bafterwards\b"
)
# eighth session: a mild ache the next morning or day, asked if normal: pain after, not during
_ACHE_WORD = lazy(
    r"\b(?:ach\w*|sore\w*|stiff\w*|tender\w*|tight\w*|niggl\w*|twinge\w*|doms|stiffness"
    r"|soreness|aching|achiness)\b"
)
_LATER_ON = lazy(
    r"\b(?:the|that) (?:next |following )?(?:morning|day|evening|night) after\b"
    r"|\b(?:next|following) (?:day|morning|evening)\b|\bday (?:two|2) (?:after|of|since)\b"
    r"|\b(?:woke|waking|woken|wake) up\b(?=.*\b(?:yesterday|last night|first|session|go|try"
    r"|stretch|twist)\b)"
    r"|\b(?:after|since|from|following) (?:my|the|our|a|this|that|yesterday|last night|today"
    r"|last) (?:first |1st |very first |initial )?(?:go|try|attempt|session|sesh|round|stretch"
    r"|twist|time)\b(?! (?:of|with)\b)|\bafterwards\b|\bafter doing (?:it|this|the (?:twist"
    r"|stretch))\b"
)
_NORMAL_ASKED = lazy(
    r"\b(?:normal|expected|to be expected|expect|usual|common|standard|meant to|supposed to"
    r"|worr\w*|natural|par for the course|a (?:bad|good) sign|ok|okay|fine|alright|all right"
    r"|nothing to worry about|to be concerned)\b"
)
_DURING_MOVE = lazy(
    r"\b(?:during|while|whilst|when i am (?:in|holding|doing)|as i (?:hold|sweep|twist|swing|go"
    r"|move)|in the (?:hold|stretch|twist|sweep|position|pose)|mid (?:hold|stretch|sweep|twist)"
    r"|(?:push|power|work|stretch|go|move) (?:on )?(?:through|thru|into)|keep going|carry on)\b"
)
_ACHE_AFTER_TOPICS = frozenset({"pain_through", "if_it_hurts", "pain_after"})
_EXPECT_ASKED = lazy(r"\b(?:expect|should i|meant to|supposed to|when will|will it)\b")
# thirteenth session, h74: the user's own record asked by day or week (whether a session was done
# on a day, how many this week, a running total): the progress topic, never how often to do it
_DAY_NAMED_14 = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat"
    r"|sun|yesterday|today|tonight|this morning|last night|the other day|the day before"
    r"|(?:this|last|the past|the) (?:week|weekend|month|fortnight)|so far|lately|recently)"
)
_OWN_RECORD_14 = lazy(
    r"\b(?:did|have|had|whether) i (?:already |actually |even |definitely |really )?(?:do|done"
    r"|did|manage|managed|complete|completed|finish|finished|log|logged|record|recorded|miss"
    r"|missed|skip|skipped|get in|got in|fit in|fitted in)\b(?: \w+){0,4}? (?:on |over |during "
    r"|for )?" + _DAY_NAMED_14 + r"\b"
    r"|\b(?:my|the) (?:weekly |daily |monthly |running |overall |session |sessions )?(?:total"
    r"|count|tally)\b(?! (?:of )?(?:pain|reps?|sets?|seconds?|time|holds?|score)\b)"
    r"|\bhow many (?:sessions|times|days|goes|twists|stretches|workouts)(?: \w+){0,2}? (?:have|did"
    r"|had) i\b(?: \w+){0,4}? " + _DAY_NAMED_14 + r"\b"
)
# ...but not whether it was done well (the move's form), nor a hypothetical missed day
_FORM_CHECKED_14 = lazy(
    r"\b(?:right|correctly|properly|wrong|wrongly|badly|the right way|ok|okay|well"
    r"|too (?:much|many|hard|far|long|fast))\b"
    r"|\bif i (?:miss|skip)\w*\b"
)
# thirteenth session, h74: how the routine should change over weeks or months, or whether it stays
# the same for good: the progression topic, never switching sides
_SAME_FOR_GOOD_14 = lazy(
    r"\b(?:keep|carry on|continue|stick|stay|go on)(?: on)? (?:doing|with|at|on|going with)"
    r"(?: it| this| the routine| them)?(?: \w+){0,2}? (?:the )?(?:same|identical)\b"
    r"|\b(?:same|identical) (?:thing|routine|stuff|amount|exercise|session|sessions|level"
    r"|programme|program|plan)?\s?(?:for ever|forever|indefinitely|for good|always|week after"
    r" week|month after month|every week for|from now on|long term)\b"
)
_CHANGE_LATER_14 = lazy(
    r"\b(?:should|will|would|does|do|is|am i|going to|gonna|meant to|supposed to|need to"
    r"|ought)\b(?: \w+){0,6}? (?:chang\w*|different|differ|develop\w*|evolve\w*|adjust\w*|vary"
    r"|varied|switch (?:it |things )?up|mix (?:it |things )?up|build (?:it |things )?up"
    r"|move (?:it |things )?on|look like)\b(?: \w+){0,4}? (?:(?:over|in|within|during|after|across"
    r"|for) (?:the |a )?(?:next |coming |following |first )?(?:few |couple of |couple |\d+ |two"
    r" |three |four |five |six |several |some )?(?:weeks|months)|(?:weeks|months) (?:from now"
    r"|ahead|down the line|down the road|time)|over time|long term|in the long run"
    r"|as time goes on)\b"
)
_SIDE_WORDS_14 = lazy(r"\b(?:sides?|legs?|other one|middle|centre|center)\b")
_HOW_I_DID_TOPICS = frozenset({"progress", "progression", "pain_scale", "how_to", "privacy"})
# Round 12. A copy of one's own data asked for ("can you export my pain scores for my physio",
# "I'd like a copy of my scores"): /export, told by the data topic.
_EXPORT_ASKED = lazy(
    r"\bexport\w*\b|\b(?:download\w*|(?:a |my )?cop(?:y|ies) of|send (?:me |over )?|email (?:me )?"
    r"|print (?:out )?|printout of|save|share|forward|pdf of|spreadsheet of)(?: \w+){0,3}?"
    r" (?:my |all my |our )?(?:own )?(?:pain )?(?:scores?|data|ratings?|records?|history|numbers"
    r"|log|logs|entries|results|stats|progress)\b"
    r"|\b(?:scores?|data|ratings?|records?|history|numbers|log)\b(?: \w+){0,6}? (?:export\w*"
    r"|download\w*)\b|\b(?:email|send|give|forward) (?:me |them |it |to )?"
    r"(?:my |all my |the )?(?:pain |session )?(?:history|scores|records|data|log)\b"
)
# twenty-third session, h100: "help" cried out as a piece of its own ("help!!", "send help",
# "pls help lol"), parted from the rest by a stop or a comma: exasperation beside a question
_HELP_CRY_H100 = lazy(
    r"(?:(?:oh|omg|pls|please|plz|someone|somebody|send|um|erm|ok|okay|lol|haha|argh|ugh|god)\s)*"
    r"(?:help+|halp|hlp|he+lp+|sos)(?:\s(?:me+|pls|please|plz|lol|haha|meee+|already|now))*"
)
_CRY_PIECE_H100 = lazy(r"[.!?;,\n]+")
# Round 55: an emoji or a dash between clauses parts them too ("just joined 👋 where to start?")
_HELP_PIECE = lazy(r"[,;:\u2600-\u27bf\U0001f300-\U0001faff]+|\s[-–—]+\s")
# Round 11. Typing to the bot or using the bot itself: "what i must type to start using you".
_BOT_USE = lazy(
    # round 34: "how do i start this thing": the bot named as what to start or use
    r"\b(?:start|begin|use|work|operate|run) (?:this thing|this app|the app|this bot|the bot)$|"
    # round 56: asking how to get the bot itself started (e.g. "make this thing run"): the bot
    r"\b(?:get|make|set|start) (?:this thing|this bot|the bot|this app|the app|this chat|you|u)"
    r"(?: to)? (?:going|go|started|start|working|work|running|run|up and running|rolling|on)\b|"
    r"\b(?:type|write|send)\b|\b(?:using|use) (?:you|u|this bot|the bot|this app|this thing)\b"
    # round 52: starting or using "this service", "the platform"
    r"|\b(?:using|use|start|begin|operate|work) (?:this|the) (?:service|system|platform|chat"
    r"|chatbot|programme|program|tool)\b"
    # round 12: "first time on telegram, what am I supposed to do with this?"
    r"|\b(?:bot|chatbot|telegram)\b|\b(?:supposed|meant|expected) to do\b"
)
_BODY_REPORT = lazy(
    r"\b(?:back|neck|hips?|legs?|knees?|shoulders?|spine)\b(?: \w+){0,6}? (?:achier|sorer|stiffer"
    r"|tighter|sore|stiff|achy|aching|aches|hurts?|hurting|painful|worse|more sore|more achy)\b"
)
_BODY_WORDS = lazy(
    r"\b(?:palms?|hands?|fingers?|foot|feet|knees?|legs?|arms?|shoulders?|floor|mat|head"
    r"|forehead|hips?|back|toes?|heels?|elbows?|chest|spine)\b"
)


# Round 19. A newcomer told as such ("I'm new here", "first time here", "just found you"), whose
# help sentence is only where or how to start: how to use the bot, whatever topic scores well.
# "where do I start with the setup?" and "how do I start the twist?" are about the move.
_NEWCOMER = lazy(
    r"\b(?:(?:i am |im )?new (?:here|to (?:this|you|the bot|telegram|bots?|this bot|this app"
    r"|this chat)\b(?! (?:stretch|exercise|yoga|twist|pilates|mobility|move)\w*))"
    r"|first time (?:here|using|on|with|trying)|just (?:joined|started using|found (?:you|this)"
    r"|downloaded|signed up|subscribed)|never used (?:a |this |the )?(?:bot|app|telegram)"
    # round 31: "just added you", "only just installed this", "got this bot today"
    r"|(?:just|only just|literally just|finally) (?:added|installed|started|opened|found|got"
    r"|discovered|followed|activated|set up|unlocked) (?:you|u|this|the bot|this bot|the app"
    r"|this app|this thing|this chat)(?! (?:stretch|exercise|twist|move)\w*)"
    r"|(?:added|installed|found|got|started) (?:you|u|this bot|the bot|this app) (?:today|just now"
    r"|this morning|tonight|yesterday|a minute ago|5 min ago|a sec ago)"
    # round 28: "first day here", "my first go on here"
    r"|first (?:day|visit|go|morning|evening|night|week) (?:here|on here|on this|using (?:you|this"
    r"|the bot|this bot|this app|the app)|with (?:you|this bot|the bot|this app|the app))"
    # round 32: "not terribly familiar with Telegram", "not used to bots", "hopeless with apps"
    r"|(?:not|never been) (?:\w+ )?(?:familiar|used|good|great|confident|comfortable|au fait)"
    r" (?:with|to|at) (?:telegram|bots?|chat ?bots?|apps?|this|these things|technology|tech"
    r"|phones|computers)"
    r"|(?:hopeless|useless|rubbish|terrible|clueless|new|a novice|a beginner) (?:with|at)"
    r" (?:telegram|bots?|chat ?bots?|apps?|technology|tech|phones|computers|these things)"
    # round 34: "I'm not very techy", "not tech savvy", "my son installed Telegram for me"
    r"|not (?:very |that |really |at all |too |terribly |exactly )?(?:techy|techie|tech savvy"
    r"|technical|technological|computer literate|good with (?:tech|technology|phones|computers"
    r"|apps))|(?:son|daughter|grandson|granddaughter|grandkids?|grandchildren|kids?|husband|wife"
    r"|partner|nephew|niece|friend|neighbour|carer|physio) (?:\w+ )?(?:installed|set up|put"
    r"|downloaded|added|signed me up|got me on|sent me) (?:telegram|you|u|this bot|the bot|this"
    r" app|the app|this thing|it for me)"
    # round 35: any helper, the verb and its particle apart ("my grandson set this up for me",
    # "the lad next door put it on my phone", "our Karen sorted it all out for me"), and any
    # device ("I'm not very good with these phones", "hopeless with the tablet")
    r"|(?:son|daughter|grandson|granddaughter|grandkids?|grandchildren|kids?|husband|wife"
    r"|partner|nephew|niece|friend|neighbour|neighbor|carer|physio|lad|girl|boy|hubby|helper"
    r"|someone|somebody|they|he|she) (?:\w+ ){0,3}?(?:set|put|got|sorted|loaded|stuck|popped)"
    r" (?:this|it|you|u|the bot|this bot|the app|this app|telegram|everything|it all|all this"
    r"|this thing) (?:all )?(?:up|on|out|in)\b(?: (?:for me|on my (?:phone|tablet|ipad|mobile)))?"
    r"|(?:not|never been|am not|m not|i m no|i am no) (?:\w+ ){0,2}?(?:good|great|clever|handy"
    r"|confident|comfortable|familiar|used|any good|much cop|brilliant|quick) (?:with|at|on|to)"
    r" (?:these |those |the |this |my |new |modern |smart ?|mobile |fancy )?(?:phones?"
    r"|smartphones?|mobiles?|tablets?|ipads?|gadgets?|technology|tech|computers?|apps?"
    r"|screens?|buttons|things|internet|messages|texting|telegram|bots?)"
    r"|(?:hopeless|useless|rubbish|terrible|clueless|a dinosaur|a technophobe|all fingers and"
    r" thumbs|a luddite) (?:with|at|on) (?:these |those |the |this |my |new |modern )?(?:phones?"
    r"|smartphones?|mobiles?|tablets?|ipads?|gadgets?|technology|tech|computers?|apps?"
    r"|screens?|buttons|things)|technophobe|luddite"
    # round 51: sent by someone ("my friend from the language class told me about this bot",
    # "my physio recommended you", "heard about this bot from my sister")
    r"|(?:told|tells|telling) me about (?:you|u|(?:this|the|your) (?:bot|app|chat|thing))"
    r"|(?:recommended|suggested|sent|showed|shared) (?:this bot|the bot|this app|you|u|this chat"
    r"|this thing)(?: to me)?|heard (?:about|of) (?:this bot|the bot|you|u|this app|this thing))\b"
)
_WHERE_TO_START = lazy(
    r"(?:(?:so|ok|okay|um|erm|right|and|but|then|now|please|pls) )*(?:where|how) (?:(?:do|should"
    r"|can|shall|must) )?i (?:even |actually |exactly |ever )?(?:start|begin|get started)"
    # fourteenth session, h75: where to start with the bot itself ("...start with this app")
    r"(?: (?:with|on) (?:this thing|this bot|the bot|this app|the app|this chat|you|u|all this"
    r"|it all|this|it))?(?: (?:please|pls|then|here|exactly|first))*"
    # round 29: "first time here, how to start?"
    r"|(?:(?:so|ok|okay|um|erm|right|and|but|then|now|please|pls) )*(?:where|how) to (?:start"
    r"|begin|get started)(?: (?:please|pls|then|here|exactly|first))*"
    # round 20: a newcomer asking what the bot is for ("New here. What can this thing actually
    # do for me?")
    r"|(?:(?:so|ok|okay|um|erm|right|and|but|then|now|please|pls) )*what (?:can|could|does|will"
    r"|would) (?:this thing|this bot|this app|this|it|you|u) (?:actually |really |even |exactly )?"
    r"do(?: for (?:me|us))?(?: (?:then|exactly|here))*"
    # round 28: a newcomer asking what to do ("first day here, what do I actually do?")
    r"|(?:(?:so|ok|okay|um|erm|right|and|but|then|now|please|pls) )*what (?:do|should|shall|can"
    r"|could) i (?:actually |really |even |exactly )?do(?: (?:then|exactly|here"
    r"|now|first|next))*"
    # round 51: "what could I do with it", "how do I use it"
    r"(?: with (?:it|this|you|u|this bot|the bot|this thing|this app))?"
    r"|(?:(?:so|ok|okay|um|erm|right|and|but|then|now|please|pls) )*how (?:do|should|can) i"
    r" (?:use|work) (?:it|this|you|u|this bot|the bot|this thing|this app)"
    # tenth session, h66: a newcomer asking how to talk to the bot
    r"|(?:(?:so|ok|okay|um|erm|right|and|but|then|now|please|pls) )*(?:" + _TALK_TO_BOT_10B + r")"
)
# fourteenth session, h75: the bot itself named as what to start with
_BOT_NAMED_15 = lazy(r"\b(?:this|the) (?:thing|bot|app|chat|chatbot)\b")
# Round 51: two such questions in one ("what can I do with it and where I begin?")
_BOTH_HELP_51 = lazy(r"\s(?:and|or|and then|then)\s")


# Round 26. Starting or stopping a session named as what to do ("how do I start a session, what
# do I type"): the commands topic.
_SESSION_ACTION = lazy(
    r"\b(?:start|begin|open|launch|kick off|stop|end|finish|quit|cancel|restart|resume)\w*"
    r" (?:a |the |my |another |today s |a new |up a )?(?:session|workout|twist session)s?\b"
)


# Round 31: the head's place asked ("forehead on the mat or chin?", "chin down or face to the
# side?"), and what the move is good for ("is it any good for a stiff lower back?").
_HEAD_ASKED = lazy(r"\b(?:forehead|chin|head|face|gaze|look|looking|eyes|nose|cheek|neck turned)\b")
_GOOD_FOR_ASKED = lazy(
    r"\b(?:any good|good for|(?:does|will|would|can) (?:it|this|the twist) (?:\w+ )?(?:help"
    r"|work)|helps? with|worth (?:it|doing)|useful for|do anything for|benefit\w*)\b"
)


# Round 41: a screen's control asked for ("which button should I press", "what key do I tap",
# "what do I tap to kick off the exercise", "which icon should I click to begin"): a control
# named, or pressing or tapping *to start*, is the chat's buttons, never the palms pressing on
# the floor ("what do I press into the floor", "press with what?").
_PRESS_TO_START = lazy(
    r"\b(?:what|which) (?:button|buttons|key|keys|icon|icons|command|commands|option|options)"
    r" (?:do|should|can|shall|must|would|have to|need to|am|are) (?:i|we|you)"
    # twenty-third session, h100: "which keys are we supposed to hit", "what icons am I meant
    # to tap"
    r"(?: (?:meant|supposed|expected|going|got|need|have) to)? (?:press|tap|click|hit"
    r"|push|select|touch|use|type|pick)\b"
    r"|\b(?:what|which)(?: thing| bit)? (?:do|should|can|shall|must|would|have to|need to)"
    r" (?:i|we) (?:press|tap|click|hit|push|select|touch)(?: on)? (?:to|so i can|so i|for"
    r"|in order to) (?:start|begin|kick off|get started|get going|launch|open|fire up|set off)\b"
)


# eleventh session, h70: a command asked for by name, whatever it should do ("which command
# shows my progress", "is there a command for wiping my details"): the bot's commands, help
_COMMAND_ASKED_11 = lazy(
    r"\b(?:what|which) (?:is|are|s|re|was|were) (?:the |your |those |these )?(?:right |correct "
    r"|proper |exact |actual |bot s |bot )?(?:slash )?commands?(?: (?:i|we|you|one) (?:use|type"
    r"|send|need|want|would use|should use))? (?:to|for|that|which|if|when)\b"
    r"|\b(?:what|which)(?: (?:slash|bot))? commands? (?:do|does|should|can|shall|must|would|will"
    r"|lets?|shows?|gives?|brings? up|deletes?|wipes?|removes?|clears?|resets?|displays?"
    r"|opens?|starts?|stops?|pauses?|tells?|is for|are for|to|for)\b"
    r"|\b(?:is|are) there (?:a |an |any |some )?(?:slash |bot |special )?commands? (?:to|for|that"
    r"|which|i can|you can|i could|one can)\b"
    r"|\b(?:tell|show|give|send) (?:me|us) (?:the |a |your )?(?:slash )?commands? (?:to|for|that"
    r"|which)\b"
    r"|\b(?:have|got) (?:you |u )?(?:a |any )?commands? (?:to|for|that|which)\b"
)


# Eighteenth session, h83: a newcomer's words run on after a help question with no stop between
# ("how do I work this sorry first time here"), or before it: the question is the rest, less
# the apology or the link words at its edge.
_EDGE_WORDS_S18 = lazy(
    r"^(?:(?:sorry|soz|sry|apologies|but|and|so|as|because|cos|coz|since|though|tho|i m|im"
    r"|i am|and i m|lol|haha) )+|(?: (?:sorry|soz|sry|apologies|but|and|so|as|because|cos|coz"
    r"|since|though|tho|lol|haha))+$"
)


def _beside_newcomer_s18(normal: str) -> str:
    """Eighteenth session, h83: a sentence less its newcomer's words (`_NEWCOMER`) and the
    apology or link words at their edge; the sentence itself when no newcomer speaks in it or
    both sides of the words have some."""
    told = _NEWCOMER.search(normal)
    if told is None:
        return normal
    before, after = normal[: told.start()].strip(), normal[told.end() :].strip()
    before, after = _EDGE_WORDS_S18.sub("", before).strip(), _EDGE_WORDS_S18.sub("", after).strip()
    # twenty-fifth session, h107: a greeting alone before the newcomer's words is an edge too
    before = _GREETING_EDGE_H107.sub("", f"{before} ").strip()
    if before and after:
        return normal
    return before or after


# Eighteenth session, h84: the bot's buttons, menu or options told as lost or gone, or asked
# back ("the menu vanished, can I have it again", "where did the options go"): how to
# use the bot.
_BOT_CONTROLS_H84 = r"(?:buttons?|menu|menus|options|keyboard|keys)"
_BUTTONS_LOST_H84 = lazy(
    r"\b(?:lost|gone|disappeared|vanished|missing|hidden|can not see|cannot see|can not find"
    r"|cannot find|no longer see|do not see|do not have)(?: \w+){0,2}? (?:the |my |all the "
    r"|your )?(?:main |bot s |bot )?" + _BOT_CONTROLS_H84 + r"\b"
    # twentieth session, h88: or with no word before the controls ("buttons have vanished")
    r"|\b(?:(?:the |my |all the |your )(?:main |bot s |bot )?|^(?:(?:hi|hey|hello|um|erm|so|ok"
    r"|okay|oh|uh|hmm|right|help|argh|ugh) )*)" + _BOT_CONTROLS_H84 + r" (?:have |has |are"
    r" |is )?(?:gone|disappeared|vanished|missing|lost)\b"
    r"|\b(?:get|bring|have|put) (?:back )?(?:the |my |all the |your )(?:main |bot s |bot )?"
    + _BOT_CONTROLS_H84
    + r" (?:back|up again|again)\b"
    r"|\bwhere (?:did|have|has|are|is) (?:the |my |all the |your )(?:main |bot s |bot )?"
    + _BOT_CONTROLS_H84
    + r"\b(?: \w+){0,2}? (?:go|gone)\b"
    r"|\bget back to (?:the |my )(?:main )?(?:menu|options|buttons)\b"
)

# ...where "back" is a way back ("get back to", "go back into"), not the body
_BACK_TO_H84 = lazy(r"\b(?:get|go|come|going|getting|got|went) back (?:to|into|onto|on)\b")


def _asks_for_help(text: str) -> Literal["buttons", "yes"] | None:
    """Whether a sentence of the message asks how to use the bot: "buttons" when it asks what
    to press (never a question about the move), "yes" for any other help wording."""
    whole = normalise(text)
    if _PRESS_TO_START.search(whole) and not _BODY_WORDS.search(whole):
        return "buttons"
    if _BUTTONS_LOST_H84.search(whole) and not _BODY_WORDS.search(blanked(_BACK_TO_H84, whole)):
        # eighteenth session, h84: the bot's buttons or menu lost, how to get them back
        return "buttons"
    found: Literal["buttons", "yes"] | None = None
    # round 11: a sentence's last clause after a comma too ("sorry my english not so good,
    # what i must type"), never a clause followed by more ("what are you, a doctor?")
    sentences = _SENTENCE_END.split(text)
    # round 55: the last piece with words in it (an emoji may close the sentence)
    pieces = [
        *sentences,
        *(
            piece
            for sentence in sentences
            for piece in [p for p in _HELP_PIECE.split(sentence) if p.strip()][-1:]
        ),
    ]
    newcomer = bool(_NEWCOMER.search(normalise(text)))
    if newcomer:
        # eighteenth session, h83: the newcomer's words run on before or after the question
        pieces.extend(_beside_newcomer_s18(normalise(sentence)) for sentence in sentences)
    for normal in (normalise(piece) for piece in pieces):
        # fourteenth session, h75: where to start asked with the bot itself named, newcomer or not
        start_bot = bool(_WHERE_TO_START.fullmatch(normal) and _BOT_NAMED_15.search(normal))
        if newcomer and all(
            _WHERE_TO_START.fullmatch(half) for half in _BOTH_HELP_51.split(normal)
        ):
            normal = "where do i start"  # round 51: each half a newcomer's help question
        halves = _BOTH_HELP_51.split(normal)
        if len(halves) > 1 and all(
            _HELP.match(half) or _HELP_SENTENCE.match(half) for half in halves
        ):
            # tenth session, h66: each half a help question of its own (what the bot does, and
            # how to talk to it)
            normal = halves[-1]
        if normal and (
            _HELP.match(normal)
            or _HELP_SENTENCE.match(normal)
            or (newcomer and _WHERE_TO_START.fullmatch(normal))
            or start_bot
        ):
            found = "yes"
            # "What do I press? The palms or the fingers?" is the move, not the buttons
            if (
                _BUTTON_ASKED.search(normal)
                or _BOT_USE.search(normal)
                # round 19: "I'm new here, where do I start?": a newcomer asks about the bot
                or (newcomer and _WHERE_TO_START.fullmatch(normal))
                or start_bot
                # round 34: a newcomer told as such ("not very techy, my son installed Telegram
                # for me") asking a help sentence of its own means the bot
                or (newcomer and not _NEWCOMER.search(normal))
            ) and not _BODY_WORDS.search(normalise(text)):
                return "buttons"
    return found


# "Should I check with my GP first? I'm on blood pressure tablets": a question about starting
# safely (check_first), not a medicine question, unless it asks what or how much to take.
_CHECK_WITH = lazy(
    r"\b(?:check|ask|speak|talk|see|consult|clear (?:it|this|that)|run (?:it|this|that|the \w+)"
    r" (?:\w+ )?(?:past|by)|ok (?:it|this) with|okay (?:it|this) with)(?: \w+){0,2}?"
    r" (?:with |to |by )?"
    r"(?:my |a |the |your )?(?:gp|doctor|dr|physio\w*|clinician|nurse|consultant|pharmacist)\b"
    # round 18: "get the ok from my doctor", "need the all clear off my GP"
    r"|\b(?:get|got|getting|need|needs|ask for|have) (?:the |an |a )?(?:ok|okay|go ahead|all clear"
    r"|green light|sign off|clearance|permission|approval|nod) (?:from|off|by)"
    r" (?:my |a |the |your )?(?:gp|doctor|dr|physio\w*|clinician|nurse|consultant|specialist"
    r"|cardiologist|surgeon)\b"
)


# Round 44: whether to check with one's clinician before starting, asked outright ("should I
# ask my consultant before starting?", "do I need to run it past my GP first?"): check_first,
# with any long-term condition named beside it (a medicine or a diagnosis asked is declined
# first, by `_decline_reason`).
_ASK_FIRST_44 = lazy(
    r"\b(?:should|shall|do|must|would|need|ought|is it (?:best|wise|better|worth)|better|best"
    # round 49: "is it worth checking with my GP before I start?"
    r"|worth)\b(?: \w+){0,3}? (?:check(?:ing)?|ask(?:ing)?|speak(?:ing)?|talk(?:ing)?|see(?:ing)?"
    r"|consult(?:ing)?|clear (?:it|this|that)|run (?:it"
    r"|this|that) (?:\w+ )?(?:past|by)|get (?:the )?(?:ok|okay|all clear|go ahead|green light))"
    r"(?: \w+){0,2}? (?:with |to |by |from |off )?(?:my |a |the |your )?(?:gp|doctor|dr|physio\w*"
    r"|clinician|nurse|consultant|specialist|rheumatologist|gynaecologist|gynecologist"
    r"|cardiologist|surgeon|care team|team|midwife|pharmacist"
    # round 53: "ought I to clear it with a person beforehand?": anyone who could clear it
    r"|(?:someone|somebody|anyone|anybody|a professional|a pro|a medical person)(?! to\b))\b"
    r"(?: \w+){0,3}? (?:before|first|beforehand|ahead|prior)\b"
    # round 49: "must I check first with the GP?"
    r"|\b(?:should|shall|do|must|would|need|ought|is it (?:best|wise|better|worth)|better|best"
    r"|worth)\b(?: \w+){0,3}? (?:check|ask|speak|talk|see|consult)(?:ing)? (?:first|beforehand)"
    r" (?:with |to |by )?(?:my |a |the |your )?(?:gp|doctor|dr|physio\w*|clinician|nurse"
    r"|consultant|specialist|surgeon|midwife|pharmacist)\b"
)


_PHARMACY_49 = lazy(r"\bpharmac(?:y|ies|ists?)\b")


# Round 22: a treatment to decide on ("should I get a steroid injection in my spine, my
# consultant offered one", "is it worth having the operation?"): declined towards the clinician
# who offered it; an operation told as history ("I had spinal surgery") is not asked.
_TREATMENT_DECISION = lazy(
    r"\b(?:should|shall|do|would|could|must) (?:i|we) (?:\w+ )?(?:get|have|go for|take up|accept"
    r"|agree to|try|book|opt for|go ahead with|say yes to|turn down|refuse)"
    r"|(?:is|would) it (?:be )?(?:worth|wise|a good idea|sensible) (?:\w+ )?"
    r"(?:getting|having|going for|trying|accepting|the)"
    r"|(?:worth|pros and cons of|risks of|weigh up) (?:getting|having|the|a|an)"
    r"|(?:offered|suggested|recommended|proposed|booked in for|referred for) (?:me )?(?:a |an "
    r"|the |some )?(?:\w+ )?(?:injections?|jabs?|epidural|nerve block|surgery|operation|op|fusion"
    r"|decompression|procedure)\b"
    r"(?=.*\b(?:should|shall|worth|do i|would you|what do you think|take it|have it|go ahead)\b)"
)
_TREATMENT = lazy(
    r"\b(?:(?:steroid|cortisone|epidural|facet|spinal|nerve root|nerve|back|spine) (?:\w+ )?"
    r"(?:injections?|jabs?|blocks?)|injections?|epidurals?|nerve blocks?|radiofrequency"
    r"|ablation|denervation|surgery|operation|op|fusion|decompression|discectomy|laminectomy"
    r"|disc replacement|spinal cord stimulator)\b"
)


# Round 32. A long-term condition named as the writer's own, and the move asked about for it
# ("I'm 58 with rheumatoid arthritis, is this suitable for a complete novice?", "my range is
# limited with ankylosing spondylitis, can I make it smaller?", "hypermobile at the top, is
# that alright?"): the move's topic, never the medical decline. Only the name is set aside, so
# a diagnosis asked for ("do I have arthritis?", "what's wrong with me") is still declined.
_CONDITION_NAMED = lazy(
    r"\b(?:(?:rheumatoid |psoriatic |osteo ?|inflammatory )?arthritis|osteoarthritis|stenosis"
    r"|scoliosis|spondylosis|ankylosing(?: spondylitis)?|axial spondyloarthritis|spondylitis"
    r"|fibromyalgia|kyphosis|lordosis|hypermobil\w*|ehlers(?: danlos)?(?: syndrome)?"
    r"|endometriosis|degenerat\w*(?: dis[ck]s?| dis[ck] disease| changes)?"
    # round 35: a joint's or a body's long-known condition of any kind ("my frozen shoulder",
    # "tennis elbow", "osteoporosis", "a new hip"), then the move asked about
    r"|frozen shoulders?|rotator cuff(?: \w+)?|tendonitis|tendinitis|bursitis|tennis elbow"
    r"|golfer s elbow|carpal tunnel|gout|osteoporosis|osteopenia|polymyalgia(?: rheumatica)?"
    r"|diabetes|parkinson s|parkinsons|multiple sclerosis|plantar fasciitis|bunions?"
    r"|(?:a |my )?(?:new|replacement|replaced|artificial) (?:hips?|knees?|shoulders?)"
    r"|(?:hip|knee|shoulder) replacements?|dodgy (?:shoulder|hip|knee)s?|bad (?:shoulder|hip"
    r"|knee)s?|stiff (?:shoulder|hip)s?"
    # round 34: a disc's trouble told as treated or past ("a course of physio for a disc issue",
    # "after my slipped disc", "had a bulging disc"), then the move asked about
    r"|(?:for|after|had|with|since|from) (?:a|my) (?:\w+ )?(?:dis[ck] (?:issue|problem|injury"
    r"|bulge|prolapse)s?|(?:slipped|bulging|bulged|herniated|prolapsed) dis[ck]s?))\b"
)
_MOVE_ASKED_FOR_IT = lazy(
    r"\b(?:suitable|suit|suits|safe|safely|ok|okay|alright|all right|fine|appropriate|adapt\w*"
    r"|modif\w*|smaller|gentler|easier|smaller range|less range|another way|other way|different"
    r" way|alternative|instead|beginners?|novice|new to|never (?:really )?exercised|start|starting"
    r"|place|position|range|reach|reaching|touch|touching|make (?:it|the \w+) \w+|can i|could i"
    r"|should i|is (?:it|this|that) (?:ok|okay|alright|fine|safe|suitable|normal)|good for"
    r"|help|helps|meant to|supposed to|keep doing|carry on|continue"
    # round 35: "does it matter?", "is that a problem?" asked of the move
    r"|(?:does|do|would|will) (?:it|that|this) matter|(?:is|would) (?:it|that|this) (?:be )?a"
    r" problem)\b"
)
_DIAGNOSIS_WANTED = lazy(
    r"\b(?:do i have|have i got|could (?:it|this|that) be|is (?:it|this|that) (?:my |the |a |an )?"
    r"\w+ (?:causing|to blame)|what is wrong|diagnos\w*|what causes|what is causing|cure|treat"
    r"|treatment|medication|medicine|tablets|pills|drugs?|injections?)\b"
)


def _condition_with_the_move(normal: str) -> bool:
    """Round 32: a condition named and the move asked about for it (see `_CONDITION_NAMED`)."""
    return (
        bool(_CONDITION_NAMED.search(normal))
        and bool(_MOVE_ASKED_FOR_IT.search(_CONDITION_NAMED.sub(" ", normal)))
        and not _DIAGNOSIS_WANTED.search(normal)
        and not _DIAGNOSIS.search(_CONDITION_NAMED.sub(" ", normal))
    )


# tenth session, h66: a scan's, test's or clinic report's findings to be read for the writer ("my
# ultrasound letter mentions X, is that bad?", "can you interpret my MRI"): the medical decline.
# The bot's own reports and scores ("what does my weekly report show") name no such document.
_MEDICAL_DOC_10B = (
    r"(?:mri|m r i|scans?|ct|cat scan|x ?rays?|xrays?|ultrasounds?|imaging|radiolog\w*"
    r"|radiographer s?|blood tests?|bloods|blood work|nerve conduction(?: \w+)?|emg|dexa"
    r"|bone density|(?:hospital|clinic|consultant s?|specialist s?|discharge|radiology) (?:letter"
    r"|report|notes)|[lcst][1-9] [lcst]?[1-9]|[lcst][1-9][lcst][1-9])"
)
_SCAN_READ_10B = lazy(
    # tenth session, h66: the document named, then its meaning or gravity asked
    r"\b" + _MEDICAL_DOC_10B + r"\b(?: \w+){0,14}? (?:what (?:does|do|did|would|might|could|will)"
    r"(?: \w+){0,3}? mean|what (?:is|s) (?:that|this|it) (?:mean|meaning|saying|telling me)"
    r"|(?:is|are|was|were) (?:that|this|it|they|those|these) (?:\w+ )?(?:bad|serious|worrying"
    r"|concerning|normal|a worry|a big deal|something to worry about)|should i (?:be )?(?:worr"
    r"|concern|panic)\w*\b(?! (?:about )?(?:doing|exercising|stretching|starting|trying"
    r"|the (?:twist|stretch|move|exercise)|this (?:twist|stretch|move|exercise)))"
    r"|in (?:plain|simple|normal|layman s|laymans|everyday) (?:english|terms"
    r"|words|language)|(?:explain|interpret|decode|translate|decipher|break down|make sense of"
    r"|help me understand)\b)"
    # tenth session, h66: reading asked first, then the document
    r"|\b(?:explain|interpret|decode|translate|decipher|read|break down|make sense of|go through"
    r"|help me understand|tell me what)(?: \w+){0,4}? " + _MEDICAL_DOC_10B + r"\b"
    r"|\bwhat (?:does|do|did|would|might|could) (?:\w+ ){0,6}?(?:on|in|from) (?:my|the|this|that)"
    r" (?:\w+ )?" + _MEDICAL_DOC_10B + r"(?: \w+)? mean\b"
)


# twentieth session, h89: an easier version asked for a bad day while a known condition's good
# and bad days are told ("a gentler option for flare days? my old disc issue has ups and downs"):
# the move's gentler variant, the condition only who asks; never a diagnosis, a medicine or a
# treatment asked beside it.
_BAD_DAY_VERSION_H89 = lazy(
    r"\b(?:easier|easy|gentler|gentle|softer|lighter|smaller|simpler|milder|lazier|lite"
    r"|toned down|scaled down|scaled back|cut down|modified|low key)"
    r"(?: \w+){0,2}? (?:version|variation|variant|option|way|form|alternative|take|one)s?\b"
    r"(?: \w+){0,4}? (?:for|on|during|when|if|in)"
    r" (?:(?:it s|it is|i m|i am|i have|i m having|i am having|having|a|an|the|those|my|one of"
    r"|these|them|its|their) ){0,3}"
    r"(?:bad|rough|grumpy|off|sore|flare|flaring|flared|flare up|hard|worse|stiff|ropey|ropy"
    r"|tough|cranky|angry|low|difficult|grim|grotty|dodgy|iffy|wobbly|achy|grouchy|moody|ratty"
    r"|awful|horrible|terrible|lousy|crap|rubbish)"
    r"(?: (?:days?|mornings?|evenings?|weeks?|spells?|patch|patches|times?|ones|phases?))?\b"
)
_MOODS_H89 = (
    r"(?:bad|worse|grumpy|rough|ropey|ropy|hard|harder|difficult|awful|flare|flare up|sore"
    r"|tricky|cranky|angry|off|grim|grotty|dodgy|iffy|achy|grouchy|moody|ratty|not so good)"
)
_GOOD_BAD_DAYS_H89 = lazy(
    r"\b(?:good|better|easy|easier|ok|okay|decent|calm|quiet|nice|fine) (?:days?|weeks?"
    r"|spells?|patches|phases?) and " + _MOODS_H89 + r" (?:days?|weeks?|ones|spells?|patches"
    r"|phases?)\b"
    r"|\b" + _MOODS_H89 + r" (?:days?|weeks?|spells?|patches|phases?) and (?:good|better|easy"
    r"|easier|ok|okay|decent|calm|quiet|nice|fine) (?:days?|weeks?|ones|spells?|patches"
    r"|phases?)\b"
    r"|\b(?:has|have|had|gets|get|with|goes through|go through|comes with) (?:its |it is |their |my"
    r" |some )?(?:ups and downs|good and bad (?:days|weeks|spells)|flare ups|flares|moods"
    r"|on and off days)\b"
)
# ...the long-known condition told as the writer's own ("my old disc problem", "my chronic back
# issue", "a long standing lumbar condition"), blanked before a diagnosis is looked for
_CONDITION_OWNED_H89 = lazy(
    r"\b(?:(?:my|an?|this|the|our) )?(?:(?:old|long standing|longstanding|long term|chronic|known"
    r"|usual|recurring|lifelong|ongoing|historic|existing|diagnosed|dodgy|bad) ){0,2}"
    r"(?:lower back |lumbar |spinal |spine |back |neck |si joint )?(?:dis[ck]s? (?:problem|issue"
    r"|injury|bulge|prolapse|trouble|condition|thing)s?|(?:slipped|bulging|bulged|herniated"
    r"|prolapsed|degenerative|worn) dis[ck]s?|(?:back|spine|spinal|lumbar) (?:problem|issue"
    r"|condition|trouble|injury)s?)\b"
)


def _condition_days_h89(normal: str) -> bool:
    """Twentieth session, h89: an easier version asked for a bad day (`_BAD_DAY_VERSION_H89`)
    while a known condition's good and bad days are told (`_GOOD_BAD_DAYS_H89`), and nothing of
    a diagnosis, a medicine, an injection or a treatment is left once the condition is set
    aside."""
    if not (_BAD_DAY_VERSION_H89.search(normal) and _GOOD_BAD_DAYS_H89.search(normal)):
        return False
    rest = blanked(_CONDITION_NAMED, blanked(_CONDITION_OWNED_H89, normal))
    return not (
        _DIAGNOSIS.search(rest)
        or _DIAGNOSIS_WANTED.search(rest)
        or _DRUG.search(rest)
        or _INJECTION.search(rest)
        or _TAKE_SOMETHING.search(rest)
        or _TAKE_FOR.search(rest)
        or _TAKE_AMOUNT.search(rest)
        or (_TREATMENT_DECISION.search(rest) and _TREATMENT.search(rest))
        or _operation_told(normal)
    )


# twenty-second session, h97: a known condition told as the writer's own context ("with my
# scoliosis", "the arthritis in my hip", "I'm hypermobile", "for an old disc injury", "neck
# arthritis makes it awkward") beside a plain question about the move: who asks, not a subject.
# Only the condition told so is set aside (`_condition_as_context_h97`); a bare name stays and
# reads as a diagnosis asked ("is it scoliosis?").
_CONDITION_WORD_H97 = (
    r"(?:(?:rheumatoid |psoriatic |osteo ?|inflammatory )?arthritis|osteoarthritis|stenosis"
    r"|scoliosis|spondylosis|ankylosing(?: spondylitis)?|axial spondyloarthritis|spondylitis"
    r"|fibromyalgia|kyphosis|lordosis|hypermobil\w*|ehlers(?: danlos)?(?: syndrome)?"
    r"|endometriosis|degenerat\w*(?: dis[ck]s?| dis[ck] disease| changes)?|long covid"
    r"|chronic fatigue(?: syndrome)?|multiple sclerosis|osteoporosis|osteopenia"
    r"|(?:slipped|bulging|bulged|herniated|prolapsed) dis[ck]s?"
    r"|dis[ck] (?:injury|injuries|issue|issues|problem|problems|bulge|prolapse))"
)
_CONDITION_TOLD_H97 = lazy(
    # the writer's own, by a possessive or by what the writer has, is, or lives with
    r"\b(?:my|our|the) (?:\w+ ){0,2}?" + _CONDITION_WORD_H97 + r"\b"
    r"|\b(?:i have|i ve got|i ve|i got|i had|i am|i m|im|i get|diagnosed with|living with|with"
    r"|from|for|due to|because of|alongside|thanks to|since|after)"
    r" (?:(?:a|an|my|the|some|mild|bad|old|previous|past|known) )*(?:\w+ )?"
    + _CONDITION_WORD_H97
    + r"\b"
    # ...or by where it sits in the writer's body, or by what it does to the writer
    + r"|\b(?:\w+ )?"
    + _CONDITION_WORD_H97
    + r" (?:in|of) (?:my|both|the) (?:\w+ )?\w+\b"
    r"|\b(?:\w+ )?"
    + _CONDITION_WORD_H97
    + r" (?:makes|made|means|limits|gets|leaves|gives|stops|is my|so)\b"
)
# twenty-second session, h97: the move referred to in what is left once the condition is set
# aside (the move's name, its parts, or "it", "this", "that" asked of it)
_MOVE_REFERRED_H97 = lazy(
    r"\b(?:it|this|that|twist\w*|move|stretch|exercise|reps?|sets?|holds?|session\w*|head"
    r"|look|leg|legs|shoulders?|knees?|feet|foot|arms?|hands?|breath\w*|mat|floor"
    r"|progress\w*|remind\w*|slow|quick|fast|faster|slower)\b"
)
# twenty-second session, h97: the condition's course asked (a prognosis), never set aside: "is my
# scoliosis getting worse", "will my arthritis get better", "does it ever go away"
_PROGNOSIS_H97 = lazy(
    r"\b(?:getting|get|gets|got|gotten|grow|growing|becoming|become) (?:\w+ )?(?:worse|better"
    r"|bigger|smaller|more severe|curved|bent)\b"
    r"|\b(?:go|goes|going) away\b|\b(?:curable|reversible|permanent|progressive|hereditary"
    r"|genetic|contagious|inherited|life expectancy|prognosis|outlook)\b"
    r"|\b(?:is|are|will) (?:my |the |it |this )?(?:\w+ )?(?:progressing|spreading|worsening)\b"
)
# twenty-second session, h97: the condition's cure or a procedure for it asked beside it ("will
# it straighten my spine", "should I have it operated on"): never set aside
_CONDITION_FIXED_H97 = lazy(
    r"\b(?:straighten\w*|fix|fixes|fixing|cure\w*|correct|corrects|correcting|reverse\w*|heal\w*"
    r"|undo|undoes|get rid of|repair\w*|operat\w*|surgery|surgical|surgeon|fusion|injections?"
    r"|steroids?)\b"
)
# twenty-second session, h97: the condition asked of the writer ("do you think I've got it",
# "could I be hypermobile", "wondering if I have it"): a diagnosis, never set aside
_CONDITION_ASKED_H97 = lazy(
    r"\b(?:think|reckon|guess|suppose|wonder|wondering|know|tell me|sure|say|check)(?: \w+){0,2}?"
    r" (?:if |whether |that )?i (?:have|m|am|might|could|may)\b"
    r"|\b(?:do|could|might|would) i (?:have|be)\b|\bam i\b"
)
# twenty-second session, h97: a medicine told as a moment of the writer's day ("I take my pills
# then", "my tablets with breakfast"), no dose asked: a time, not a medicine question
_MEDICINE_ROUTINE_H97 = lazy(
    r"\b(?:i |when i |after i |before i )?(?:take|have|get) (?:my |the )?(?:\w+ )?"
    r"(?:meds|medication|medicine|pills?|tablets?)"
    r" (?:then|at (?:that time|the same time|\d+|night|bedtime)|every (?:morning|evening|night"
    r"|day)|in the (?:morning|evening)|each (?:morning|evening|night)"
    r"|with (?:breakfast|dinner|tea|lunch|supper))\b"
)
_DOSE_ASKED_H97 = lazy(
    r"\b(?:dose|doses|dosage|mg|how much|how many|double|extra|skip|stop|more|less|instead"
    r"|strongest|painkillers?|ibuprofen|paracetamol|naproxen|codeine)\b"
)


# twenty-second session, h97: two conditions set against each other ("how do MS and ALS
# differ", "the difference between lupus and RA"): a medical question, never the move's forms
_ANY_CONDITION_H97 = (
    r"(?:" + _CONDITION_WORD_H97 + r"|ms|als|mnd|motor neurone disease|motor neuron disease"
    r"|lupus|ra|oa|as|axspa|cfs|me cfs|gout|sciatica|parkinson s|parkinsons|copd|ibs|crohn s"
    r"|colitis"
    r"|migraines?|dementia|alzheimer s|stroke|diabetes|cancer|\w+itis|\w+osis)"
)
_CONDITIONS_COMPARED_H97 = lazy(
    r"\b(?:difference|differences|differ|distinguish|compare|comparison|tell apart)"
    r" (?:\w+ ){0,3}?(?:a |an |the )?" + _ANY_CONDITION_H97 + r" (?:and|or|from|vs|versus|with)"
    r" (?:a |an |the )?" + _ANY_CONDITION_H97 + r"\b"
    r"|\b"
    + _ANY_CONDITION_H97
    + r" (?:and|or|vs|versus) (?:a |an |the )?"
    + _ANY_CONDITION_H97
    + r" (?:\w+ ){0,3}?(?:differ|different|the same|apart)\b"
)

# twenty-third session, h101: which of a condition and something milder the writer's own body (or
# "it", "this pain") is, asked ("could my neck be a bulging disc or only a strained muscle", "is it
# just muscular or arthritis"): a diagnosis asked, beyond the bot
_MILDER_H101 = (
    r"(?:muscle\w*|muscular|strain\w*|sprain\w*|pulled|tight\w*|stiff\w*|soft tissue|nothing"
    r"|normal|posture|ligament\w*|tendon\w*|knot\w*|spasm\w*|something (?:else|minor|simple))"
)
_WHOSE_H101 = (
    r"(?:it|this|that|my (?:\w+ ){0,2}?(?:back|spine|neck|hip|hips|knee|shoulder|pain|problem"
    r"|issue|ache|aches|stiffness|leg|bum|buttock)|the (?:pain|ache|stiffness|problem))"
)
_WHICH_CONDITION_H101 = lazy(
    r"\b(?:is|could|might|would|can|may) "
    + _WHOSE_H101
    + r" (?:(?:be|just|actually|really|likely|possibly|probably|more|more like) )*(?:a |an |the"
    r" |from a |from an |from |caused by (?:a |an )?)?(?:"
    + _ANY_CONDITION_H97
    + r" or (?:\w+ ){0,3}?(?:"
    + _MILDER_H101
    + r"|"
    + _ANY_CONDITION_H97
    + r")|"
    + _MILDER_H101
    + r"(?: \w+){0,2}? or (?:\w+ ){0,3}?"
    + _ANY_CONDITION_H97
    + r")\b"
)


def _medicine_routine_blanked_h97(normal: str) -> str:
    """Twenty-second session, h97: the message without a medicine told as a moment of the
    writer's day (`_MEDICINE_ROUTINE_H97`), when nothing of a dose is asked beside it."""
    rest = blanked(_MEDICINE_ROUTINE_H97, normal)
    return rest if rest != normal and not _DOSE_ASKED_H97.search(rest) else normal


def _condition_as_context_h97(normal: str) -> bool:
    """Twenty-second session, h97: a known condition told as the writer's own context
    (`_CONDITION_TOLD_H97`) beside a question about the move (`_MOVE_REFERRED_H97`), with no
    diagnosis, prognosis, medicine, treatment or other exercise asked."""
    if not _CONDITION_TOLD_H97.search(normal):
        return False
    rest = blanked(_CONDITION_TOLD_H97, normal)
    return (
        bool(_MOVE_REFERRED_H97.search(rest))
        and not _DIAGNOSIS.search(rest)
        and not _DIAGNOSIS_WANTED.search(normal)
        and not _PROGNOSIS_H97.search(normal)
        and not _CONDITION_FIXED_H97.search(normal)
        and not _CONDITION_ASKED_H97.search(normal)
        and not _DRUG.search(rest)
        and not _TAKE_FOR.search(rest)
        and not _TAKE_AMOUNT.search(rest)
        and not _TAKE_SOMETHING.search(rest)
        and not (_MEDICINE.search(rest) and _MEDICINE_INTENT.search(rest))
        and not (_TREATMENT_DECISION.search(rest) and _TREATMENT.search(rest))
        and _beyond_the_twist(rest) == "no"
    )


def _decline_reason(normal: str) -> Literal["medical", "injection", "treatment"] | None:
    # twenty-second session, h97: a medicine told as a moment of the day is no medicine asked
    normal = _medicine_routine_blanked_h97(normal)
    if _SCAN_READ_10B.search(normal) and not _INJECTION.search(normal):
        # tenth session, h66: a medical document's findings to be read (`_SCAN_READ_10B`)
        return "medical"
    if _TEST_ASKED_20.search(normal) and not _INJECTION.search(normal):
        # sixteenth session, h81: whether to get a scan or a test (`_TEST_ASKED_20`)
        return "medical"
    if _CONDITIONS_COMPARED_H97.search(normal):
        # twenty-second session, h97: two conditions compared, a medical question
        return "medical"
    if _WHICH_CONDITION_H101.search(normal):
        # twenty-third session, h101: whether the writer's body is a condition or something
        # milder, asked: a diagnosis
        return "medical"
    if _condition_with_the_move(normal) and not _INJECTION.search(normal):
        return None
    if _condition_days_h89(normal):
        # twentieth session, h89: a bad day's easier version, a condition's good days told
        return None
    if _ASK_FIRST_44.search(normal):
        # round 44: whether to check first, with conditions named ("I have lupus and
        # fibromyalgia, do I need to check with my rheumatologist first?"), never beside a
        # medicine, a treatment or a diagnosis asked
        # round 49: a pharmacy told as where the writer's list comes from ("a long list of
        # stuff from the pharmacy") is no medicine asked
        rest = blanked(_PHARMACY_49, _ASK_FIRST_44.sub(" ", normal))
        if not (
            _DRUG.search(rest)
            or _INJECTION.search(rest)
            or _TAKE_FOR.search(rest)
            or _TAKE_AMOUNT.search(rest)
            or _TAKE_SOMETHING.search(rest)
            or _DIAGNOSIS_WANTED.search(rest)
            or (_TREATMENT_DECISION.search(rest) and _TREATMENT.search(rest))
            or (_MEDICINE.search(rest) and _MEDICINE_INTENT.search(rest))
        ):
            return None
    if _INJECTION.search(normal):
        return "injection"
    if _TREATMENT_DECISION.search(normal) and _TREATMENT.search(normal):
        return "treatment"
    if _SKIN_ASKED_50.search(normal):
        # round 50: "can you look at this rash on my arm and tell me what it is": a diagnosis
        return "medical"
    if _PHOTO_JUDGED_52.search(normal):
        # round 52: "if I send a picture of my ankle could you say what is up with it": a
        # diagnosis from a photo
        return "medical"
    if (
        _CHECK_WITH.search(normal)
        and not _DRUG.search(normal)
        and not _TAKE_FOR.search(normal)
        and not _TAKE_AMOUNT.search(normal)
        and not _TAKE_SOMETHING.search(normal)
    ):
        return "medical" if _DIAGNOSIS.search(normal) else None
    if _condition_as_context_h97(normal):
        # twenty-second session, h97: a condition told as who asks, the move asked about
        return None
    if _DRUG.search(normal) or _DIAGNOSIS.search(normal) or _TAKE_SOMETHING.search(normal):
        return "medical"
    if _TAKE_FOR.search(normal) or _TAKE_AMOUNT.search(normal):
        return "medical"
    if _MEDICINE.search(normal) and _MEDICINE_INTENT.search(normal) and not _STEROID.search(normal):
        return "medical"
    return None


# Seventeenth session, the lead's probes. Walking (or another way of getting about) asked by its
# own verb, how far, long, often or fast ("i walk to work each day, how far ought i to walk?"):
# another exercise, beyond the bank like "walking" (`_OTHER_EXERCISE`); never "walk me through".
_GETTING_ABOUT_ASKED_S17 = lazy(
    r"\bhow (?:far|long|often|fast|much|many (?:miles|km|kms|kilometres|kilometers|steps|minutes"
    r"|hours|times))\b(?: \w+){0,4}? (?:walk|walks|hike|hikes|stroll|ramble|trek|cycle|bike|ride"
    r"|skate|ski|climb)\b(?! (?:me|us|you|them|him|her|it|through|thru|over|across|into|onto"
    r"|around|round|out|on|up)\b)"
    # twenty-fifth session, heldout_h110 (ans110): never the activity naming a stretch of time
    # or a trip ("how often? every day during ski season?"): a time told, no getting about asked
    r"(?! (?:season|seasons|trip|trips|holiday|holidays|week|weeks|weekend|weekends|break"
    r"|breaks|camp|tour|resort|lift|lifts|slope|slopes)\b)"
)

# twentieth session, h89: other exercises asked as the cure of a condition ("which exercises
# heal a tummy gap", "any exercises that will close my diastasis", "best exercises to repair a
# split after pregnancy"): another exercise, beyond the bank, never the check-first topic; an
# operation or a new joint told keeps its own reading (`_operation_told`, `_OPERATION_TOLD_9`).
_EXERCISES_TO_FIX_H89 = lazy(
    r"\b(?:what|which|any|some|best|good|the right|recommended) (?:other )?(?:\w+ )?"
    r"(?:exercises|stretches|workouts|moves|drills|routines)"
    r" (?:(?:to|that|which|will|would|can|could|might|should|do|actually|really|best) ){0,3}"
    r"(?:fix|fixes|fixing|heal|heals|healing|cure|cures|close|closes|closing|repair|repairs"
    r"|treat|treats|sort out|sorts out|mend|mends|correct|corrects|reverse|reverses|undo|undoes"
    r"|get rid of|gets rid of|knit|pull together|bring together)\b"
)

_BEYOND = (_OTHER_EXERCISE, _OFF_TOPIC, _OTHER_COMPLAINT, _GETTING_ABOUT_ASKED_S17)


# Round 9. Experience told, not another exercise asked about: "never done any yoga in my life".
_NEVER_DONE = lazy(
    # round 24: the practice named as the message's last word ("...who has never done any yoga?")
    r"\b(?:never|not ever|have not|had not) (?:\w+ )?(?:done|tried|did|practised|practiced)"
    r" (?:any |a |an |much |some )?\w+$"
    r"|\b(?:never|not ever|have not|had not|not) (?:\w+ )?(?:done|tried|did|do|been to|practised"
    r"|practiced) (?:any |a |an |much |some )?(?:\w+ )?(?:\w+ )?(?:or \w+ )?(?:before|in my life"
    r"|ever)?\b"
)


# Round 18. Another practice named as the writer's background, not asked about: "my pilates
# teacher prefers holds", "Pilates brain here", "as a yoga person".
_BACKGROUND = lazy(
    r"\b(?:(?:my|our|a|the|as a|as an) )?(?:pilates|yoga|barre|ballet|dance|dancing|tai chi"
    r"|martial arts|gym|running|swimming|climbing|" + _DANCES_53 + r")(?: \w+)? (?:teacher"
    r"|teachers|instructor"
    r"|instructors|coach|background|brain|person|people|fan|lover|head|mindset|habit|habits"
    r"|veteran|regular|bunny|nerd|trained)(?: here)?\b"
    # round 24: years of practice or the writer's own class told ("I've practised yoga for
    # about six years and I teach a beginners' class"): background, not another exercise asked
    r"|\b(?:practi[sc]ed|practi[sc]ing|done|doing|taught|teaching|taking|took|been doing)"
    r" (?:pilates|yoga|barre|ballet|dance|dancing|tai chi|martial arts)"
    r" (?:for|since) (?:\w+ ){0,3}?(?:years?|months?|decades?|ages|a while|a long time|\d{4})\b"
    r"|\bi (?:teach|run|take|lead|coach) (?:a |an |the |my |some |two |three )?(?:\w+ ){0,2}?"
    r"(?:class|classes|group|groups|session|sessions)\b"
    # eighteenth session, fa18: exercises a clinician gave the writer ("the osteo set me a few
    # home exercises"): the writer's care told, not another exercise asked about
    r"|\b(?:physio\w*|gp|doctor|osteo\w*|chiro\w*|therapist|consultant|specialist) (?:who |that "
    r"|has |had |have )?(?:\w+ )?(?:gave|given|gives|give|prescribed|set|sets|showed|shown)"
    r" (?:me |us )?(?:some |a few |a couple of |my |a set of |a list of |a sheet of |home )?"
    r"(?:\w+ )?exercises\b"
    # round 25: a recovery told ("physio has me walking fine now"), not walking asked about
    r"|\b(?:has|had|got|gets) me (?:walking|running|cycling|swimming)(?: \w+)?"
    r"|\b(?:walking|running) (?:fine|normally|well|again|without (?:a )?(?:stick|crutch\w*"
    r"|limp|pain))\b"
    # eighth session: a recovery told by how far the writer now gets about, not the activity asked
    r"|\b(?:and|now|i am|i can|can|i could|could|been|i have been|already|happily|back)"
    r" (?:\w+ )?(?:walk|walking|run|running|jog|jogging|cycle|cycling|swim|swimming|hike|hiking)"
    r" (?:for )?(?:miles|hours|ages|long distances|everywhere|every day|daily|most days"
    r"|(?:a (?:few |couple of )?|\d+(?:\.\d+)? ?)(?:k|km|kms|miles?|kilometres?|kilometers?|hours?"
    r"|mins?|minutes?|laps?|lengths?)|no problem|no bother|with no (?:problems?|issues?|pain"
    r"|bother)|without (?:any )?(?:problems?|issues?|trouble|bother|difficulty)|pain free)\b"
)
# Round 25. An old condition of the shoulder told beside a question about where to put the
# arms ("Arms straight out hurts my shoulder a bit (old frozen shoulder). Is there another way to
# put my arms?"): the arm position's variation, not another body part's complaint.
_ARMS_ASKED = lazy(
    r"\b(?:another|other|different|alternative|easier|gentler) (?:way|position|place|option"
    r"|spot)s? (?:\w+ ){0,3}?(?:arms?|hands?)\b|\barm (?:position|placement|variation)s?\b"
    r"|\bwhere (?:do|should|can) i (?:put|rest|place) my (?:arms|hands)\b"
    # round 32: the arms named, then "another way to place them"
    r"|\b(?:arms?|hands?)\b.*\b(?:another|other|different|alternative|easier|gentler) (?:way"
    r"|position|place|option|spot)s? (?:\w+ ){0,2}?(?:place|put|position|hold|rest|have|do|lay"
    r"|set) (?:them|those)\b"
    # round 35: one arm or hand kept in any words ("can I keep one hand tucked by my side?",
    # "could that hand stay close in", "rest one hand on my tummy", "arm down by me")
    r"|\b(?:keep|kept|keeping|leave|leaving|have|tuck|tucking|rest|resting|hold|holding|put"
    r"|putting|place|lay|laying) (?:one|a|the|that|this|my|the other|one of my|the bad|my bad"
    r"|the sore|my sore|the left|the right|my left|my right) (?:\w+ )?(?:hand|arm|hands|arms)\b"
    r"(?= (?:\w+ ){0,3}?(?:tucked|by|down|near|close|in|on|at|against|beside|under|resting"
    r"|instead|rather|still))"
    r"|\b(?:can|could|may|should|does|do|is it ok if|is it okay if|ok if|okay if|is it fine if)"
    r" (?:i |one |the |that |this |my |a )?(?:\w+ )?(?:hand|arm|hands|arms) (?:just |only )?"
    r"(?:stay|stays|rest|rests|go|be|sit|sits|remain|remains|hang|hangs|tuck|tucks|keep|lie"
    r"|lies)\b(?= (?:\w+ ){0,3}?(?:tucked|by|down|near|close|in|on|at|against|beside|under"
    r"|still|put))"
)
# Round 32: a shoulder's condition told as the reason the arms are asked about ("with my frozen
# shoulder I can't stretch both arms out wide, another way to place them?"): the arms' topic.
_SHOULDER_NAMED = lazy(
    r"\b(?:(?:an?|my|the|this|with|a bad|a dodgy) )*(?:\w+ )?(?:frozen shoulders?|rotator cuff"
    r"(?: \w+)?|shoulder (?:injury|impingement|problems?|issues?|pain|surgery)|impingement"
    r"|bad shoulders?|dodgy shoulders?|stiff shoulders?|sore shoulders?"
    # round 35: an arm's joint of any condition ("tennis elbow", "bursitis in that shoulder",
    # "arthritis in my shoulder", "my bad elbow")
    r"|tennis elbow|golfer s elbow|bursitis(?: in (?:my|that|the|this) (?:\w+ )?(?:shoulder"
    r"|elbow|arm)s?)?|tendonitis|tendinitis|(?:arthritis|osteoarthritis) in (?:my|that|the|this"
    r"|both) (?:\w+ )?(?:shoulder|elbow|wrist|arm|hand)s?|(?:bad|dodgy|stiff|sore|weak|old|broken"
    r"|painful) (?:elbow|wrist|arm|collarbone)s?|(?:shoulder|elbow|wrist|arm) (?:injury|problems?"
    r"|issues?|surgery|replacement|operation|op))\b"
)
_SHOULDER_BACKGROUND = lazy(
    r"\b(?:(?:an?|my|the) )?(?:old|previous|past|former|healed|historic) (?:\w+ )?(?:frozen"
    r" shoulder|rotator cuff(?: \w+)?|shoulder (?:injury|impingement|problem|issue)|impingement)\b"
)


# Round 20. A meal named as the time of day ("on my lunch break", "after dinner", "before
# breakfast"): when, not food.
_MEAL_TIME = lazy(
    r"\b(?:on|in|at|during|over|after|before|by) (?:my |the |a |your |our )?(?:lunch|breakfast"
    r"|dinner|tea|coffee)(?: ?(?:break|hour|time))?\b"
    # round 34: "ten minutes at lunch is it better to hold": a new question, not the meal's
    r"(?! (?:is|was|are)\b(?! (?:it|this|that|there|i)\b)|(?: that| which| with| to eat)\b)"
)

# twenty-third session, h99: a meal named in a list of the day's times ("mornings, lunchtime and
# evenings", "at noon, supper and bedtime"): a time of the day to do the move, no food asked
_DAY_TIME_H99 = (
    r"(?:mornings?|afternoons?|evenings?|nights?|nighttime|night time|bedtime|before bed|midday"
    r"|noon|wake up|waking up|first thing)"
)
_MEAL_H99 = r"(?:lunch|lunchtime|lunch time|breakfast|dinner|dinnertime|supper|teatime)"
_MEAL_IN_DAY_TIMES_H99 = lazy(
    r"\b"
    + _DAY_TIME_H99
    + r" (?:(?:and|or|then|n|plus) )?(?:at |after |before |by )?"
    + _MEAL_H99
    + r"\b"
    r"|\b"
    + _MEAL_H99
    + r" (?:(?:and|or|then|n|plus) )?(?:at |in the |before |by )?"
    + _DAY_TIME_H99
    + r"\b"
)

# Round 22: a bed's mattress as the place to do the move ("ok to do it lying in bed? mattress is
# quite soft", "can I do this on my mattress"), not a mattress to buy; only with the move named.
_MATTRESS_SURFACE = lazy(
    r"\bmattress(?:es)?\b(?= (?:is|was|feels|seems|s) (?:\w+ )?(?:soft|firm|hard|saggy|thin|thick"
    r"|springy|squishy|bouncy|memory foam))|\b(?:on|in) (?:my |the |a |top of (?:my |the |a )?)?"
    r"(?:\w+ )?mattress\b"
)

# Round 22: the reason for the instructions, steps or cues asked ("what's the logic behind all
# the steps?", "why do the instructions matter"): why each cue matters, not how to do it.
_WHY_CUES_ASKED = lazy(
    r"\b(?:why|reasons?|reasoning|logic|point|purpose|thinking|rationale)\b(?: (?!how\b)\w+){0,5}?"
    r" (?:instructions?|steps?|cues?|rules?)\b"
    # round 24: the reason for a cue's part asked ("what's the reason for the forehead on the mat
    # and the shoulders staying down?"), or the cues to be understood, not only followed
    r"|\b(?:reasons?|reasoning|logic|point|purpose|rationale) (?:for|of|behind) (?:the |my |your "
    r"|keeping (?:the |my |your )?|having (?:the |my |your )?)?(?:forehead|head|temple|shoulders?"
    r"|palms?|arms?|hands?|knees?|gaze|chin|neck)\b"
    r"|\b(?:understand|understanding|make sense of|get) (?:\w+ ){0,2}?(?:cues?|instructions?)"
    r" (?:\w+ ){0,2}?(?:not just|rather than|instead of|as well as) (?:\w+ )?"
    r"(?:follow\w*|do\w*|copy\w*)"
)
# fourteenth session, h76: the reason asked of the cues as a whole (each, every, all of them), a
# few cues named after it as examples
_CUES_AS_WHOLE_16 = lazy(
    r"\b(?:why|reasons?|reasoning|logic|point|purpose|thinking|rationale)\b(?: (?!how\b)\w+){0,5}?"
    r" (?:cues|instructions|steps|rules|tips|pointers)\b"
    r"|\b(?:why|reasons?|reasoning|logic|point|purpose|rationale)\b(?: \w+){0,4}? (?:each|every"
    r"|all)(?: of)? (?:the |these |those |your )?(?:cues?|instructions?|steps?|rules?|tips?)\b"
)
# fourteenth session, h76: a part of the body a cue places, named as one of the examples
_CUE_PART_16 = lazy(
    r"\b(?:palms?|hands?|arms?|elbows?|shoulders?|forehead|head|chin|neck|knees?|foot|feet|toes?"
    r"|legs?|temple|cheek|face|gaze)\b"
)
# Round 22: how long and how many asked together (the hold's time and the count, either order).
_LONG_AND_MANY = lazy(r"\bhow long\b.*\bhow (?:many|often)\b|\bhow (?:many|often)\b.*\bhow long\b")
# Round 24: the count of holds asked ("is it one hold each side or a few rounds?", "how many
# holds per side?"): the hold's own answer (once each side, then switch), not hold-or-flow.
_HOLD_COUNT = lazy(
    r"\b(?:one|a single|1|just one) hold (?:on )?(?:each|per|a|every) side\b"
    r"|\bhow many (?:holds|rounds of (?:the )?holds?)\b"
    r"|\bhold (?:it |the stretch )?(?:once|one time|several times|a few times|multiple times"
    r"|twice) (?:on )?(?:each|per|a|every) side\b"
    r"|\bonce (?:on )?(?:each|per|a|every) side or (?:\w+ ){0,2}?(?:repeat\w*|several|a few"
    r"|multiple|more|a couple)\b"
)
# Round 22: one side told as done ("done the right leg", "that's my left side finished").
# Round 25. The abs or the core asked about ("does this actually do anything for my abs or is
# it purely a stretch?") and what the move is, asked by its name ("what even is a prone spinal
# twist?").
_ABS_ASKED = lazy(
    r"\b(?:do|does|will|would|can) (?:this|it|the twist|the move|the stretch|that)(?: \w+){0,2}?"
    r" (?:anything|much|something|owt|work|works|strengthen|tone|train) (?:for |on )?"
    r"(?:my |the |your )?(?:abs|core|obliques|six ?pack|stomach muscles|tummy muscles|waist)\b"
    r"|\b(?:just|purely|only|simply) (?:a )?stretch\b"
)
_WHAT_IS_ASKED = lazy(
    r"^(?:so |ok |okay |um |erm |sorry |hi |hey )?what (?:even |exactly |actually |really |on earth"
    r" )?is (?:a |an |the |this |that )?(?:prone |lying )?(?:spinal |spine |lower back |floor )?"
    r"(?:twist|rotation)\b"
)
# Round 33. Undoing a day of sitting or driving asked of the move ("will this undo the
# stiffness from sitting?", "8 hours sat down, will the twist counteract that?").
_SITTING_UNDONE = lazy(
    r"\b(?:undo|undoes|counteract\w*|reverse|offset|cancel out|make up for|combat|fight|help"
    r"|helps|fix|ease|loosen|sort out)\b(?: \w+){0,8}? (?:sitting|sat|seated|driving|drive|desk"
    r"|commute|commuting|the cab|the lorry|the van|the car|the wheel|behind the wheel)\b"
    r"|\b(?:sitting|sat|seated|driving|drive|desk job|desk|at the wheel|behind the wheel"
    # twelfth session, h72: a driver's cab or seat named as where the day is spent
    r"|(?:in|from|inside) (?:the|a|my|his|her) (?:\w+ )?(?:cab|cabin|cockpit|driver s seat)"
    r"|(?:lorry|truck|hgv|bus|coach|taxi|cab|van|delivery) drivers?)\b"
    r"(?: \w+){0,10}? (?:will|would|does|do|can|could|is|might) (?:this|the twist"
    r"|the stretch|the move|this stretch|this move|this twist|doing (?:this|it))(?: \w+){0,3}?"
    r" (?:undo"
    r"|counteract\w*|reverse"
    r"|offset|cancel|make up for|combat|fight|help|fix|ease|loosen|sort)\b"
)
# twelfth session, h72: a place to do the move in asked (may I twist inside the cab, where)
_PLACE_ASKED_12 = lazy(
    r"\bwhere\b|\b(?:can|could|may|should|shall|ok to|okay to|alright to|fine to|allowed to"
    r"|safe to|room to|space to) (?:i |we |you |one )?(?:still )?(?:do|try|fit|squeeze|manage"
    r"|get|lie|lay)\b(?: \w+){0,4}? (?:in|on|at|inside|into)\b"
)
_SITTING_TOPICS = frozenset({"benefits", "why_move", "how_often", "dynamic_benefits"})
# Round 34. What the move does or is for, asked in any words ("what's the point of this move",
# "what do I get out of it", "what's this twist meant to help with in the long run", "what makes
# the twist for the lower back", "will this loosen my upper back"): the benefits topic, when
# the match is one of the move's general topics or none.
_WHAT_FOR_ASKED = lazy(
    r"\b(?:what|whats|wat|wot) (?:is |s |are )?(?:the |even the |actually the )?(?:point|purpose"
    r"|use|benefits?|gain|idea|aim|goal|payoff|pay off)\b(?: (?:of|in|behind|with) \w+(?: \w+)?)?"
    r"|\bwhat (?:do|will|would|can|could|should|might) (?:i|you|we|one|people) (?:\w+ )?"
    r"(?:get|gain|achieve|feel|notice) (?:out of|from)\b"
    r"|\bwhat (?:is|s|does|do|will|would|can|could|might|makes?|make) (?:this|it|the|that|doing)"
    r"(?: \w+){0,2}? (?:(?:meant|supposed|going|designed|intended) to |actually |really |even )?"
    r"(?:help|helps|do|does|achieve|fix|improve|target|make|for)(?: with| for| to)?"
    r"(?= (?:my |the |your |a |in |over |long|lower|upper|back|spine|me|people|you|us"
    # round 56: what it is good for, asked for a person with a bent working day (e.g. "for
    # someone stooped at a workbench")
    r"|for (?:someone|somebody|anyone|people|folk|folks|those|a|an|me|us|my)\b|someone|somebody"
    r"|anyone|folk|if (?:you|i|we|someone|somebody|your)\b|when (?:you|i|we|someone)\b)|$)"
    r"|\b(?:will|would|does|do|can|could|should|might) (?:this|it|the twist|the stretch|the move"
    r"|this \w+|doing (?:this|it))(?: \w+){0,2}? (?:loosen|free up|ease|undo|unlock|open up"
    r"|mobilise|mobilize|straighten|counteract|sort out|fix|help|relieve) (?:\w+ ){0,2}?(?:my |the"
    r" |your )?(?:upper |lower |mid |middle |stiff |tight )?(?:back|spine|hunch|stiffness"
    r"|tightness|shoulders|posture|neck)\b"
    # round 56: "what good is it for a hairdresser on her feet all day"
    r"|\bwhat good (?:is|does|would|will|can|could) (?:it|this|the twist|the stretch|the move"
    r"|this \w+)(?: do)?(?= for\b)"
    # round 56: its use for someone told by their day ("will it help someone stooped over a
    # lathe all shift", "is it any use for a mechanic bent over engines")
    r"|\b(?:will|would|does|do|can|could|is|might) (?:it|this|the twist|the stretch|the move"
    r"|this \w+)(?: \w+)? (?:help|be any (?:use|good)|be (?:good|useful|worth it|worth doing)"
    r"|any (?:use|good)|good|useful|worth (?:it|doing)|do (?:anything|much)) (?:for )?(?:someone"
    r"|somebody|anyone|people|folk|folks|a|an)\b"
    # round 46: "would it loosen me up after shifting furniture", "will it free me up a bit"
    r"|\b(?:will|would|does|do|can|could|should|might) (?:this|it|the twist|the stretch|the move"
    r"|this \w+|doing (?:this|it))(?: \w+){0,2}? (?:loosen|free|limber|open|unstiffen) (?:me|us"
    r"|things|everything) up\b"
)
# Round 47. Questions asked plainly whose topic is clear though the scores split or miss it.
# What's in it for someone ("what's in it for a plasterer on his knees all day"): the benefits.
_IN_IT_FOR_47 = lazy(
    r"\bwhat (?:is|s) in (?:it|this|the twist|this twist|the stretch) for (?:me|us|someone|somebody"
    r"|a|an|people|folk|folks|anyone|anybody|the likes of|those|someone like|\w+ like)\b"
)
# Planes of motion named and asked about in any words ("what's this planes of movement business
# got to do with it"): the planes topic.
_PLANES_47 = lazy(
    r"\bplanes? (?:of )?(?:motion|movement)\b(?: \w+){0,10}? (?:what|how|why|mean|means|got to do"
    r"|to do with|relevant|matter|about)\b|\b(?:what|how|why)(?: \w+){0,8}? planes? (?:of )?"
    r"(?:motion|movement)\b"
)
# A place to do it asked ("is it ok to do this on the office carpet at break?"): where to do it.
_PLACE_ASKED_47 = lazy(
    r"\b(?:can|could|may|should|would it be ok to|is it ok to|is it okay to|is it alright to"
    r"|am i ok to|am i allowed to) (?:i |you |we )?(?:do|try|squeeze in|fit in)"
    r" (?:it|this|the twist"
    r"|the stretch|the move|them|my twist|my session)(?: \w+){0,2}? (?:on|in|at) (?:the|a|my|our"
    r"|an) (?:\w+ ){0,3}?(?:floor|carpet|rug|staff ?room|break ?room|office|canteen|lounge"
    r"|yard|garden|lawn|grass|beach|hotel room|bedroom|bed|sofa|couch|kitchen|car park|van"
    r"|caravan|tent|gym|park|changing room|workshop|shop floor|salon)\b"
)
# Palms up or down asked on their own ("palms facing up or down?"): the shoulders and palms.
_PALMS_47 = lazy(
    r"^(?:\w+ ){0,3}?(?:palms?|hands?) (?:facing )?(?:up|upwards|down|downwards|flat)"
    r"(?: or (?:palms? |hands? )?(?:facing )?(?:up|upwards|down|downwards|flat))?"
    r"(?: then| though| please| thanks)?$"
)
# Sore after and settled, asked whether that is all right ("a bit achy after, gone within the
# hour, normal?"): pain after, asked directly.
_SORE_SETTLED_47 = lazy(
    r"\b(?:sore|achy|aching|tender|stiff|tight)(?: \w+){0,2}? after(?:wards)?\b(?: \w+){0,6}?"
    r" (?:back to normal|gone|settled|eased|fine again|ok again|okay again|wore off|went away"
    r"|passed)\b(?: \w+){0,6}? (?:is (?:that|this|it) (?:ok|okay|normal|fine|alright|all right"
    r"|expected)|normal|ok|okay|fine)\b"
)
# Every day or rest days asked ("daily, or should my back get days off?"): how often.
_REST_DAYS_47 = lazy(
    r"\b(?:every day|each day|daily|everyday|7 days a week|seven days a week)\b(?: \w+){0,8}?"
    r" (?:rest days?|days? off|a break|a day off|recovery days?)\b"
    r"|\b(?:rest days?|days? off|recovery days?)\b(?: \w+){0,8}? (?:every day|each day|daily"
    r"|everyday)\b"
)
_BODY_TROUBLE_47 = lazy(
    r"\b(?:pain\w*|hurt\w*|numb(?!ers?\b)\w*|tingl\w*|sharp|shooting|weak\w*|injur\w*|swollen|swelling"
    r"|worse|dizz\w*|faint\w*|bleed\w*)\b"
)


# Round 48. How far the leg should go, asked ("how far across ought the knee to drop?"): the
# range, not the sweep; one hand kept in near the body, or which arm position instead, asked
# ("can one arm stay tucked by my side?"): the arm options; never beside a word of trouble.
_HOW_FAR_48 = lazy(
    r"\bhow far (?:(?:over|across|down|round|to the side|sideways) )?(?:should|must|ought|do i"
    r" (?:need|have) to (?:take|let)|does it need to|is) (?:my |the |your )?(?:leg|knee|legs|knees"
    r"|foot)(?: \w+)? (?:to )?(?:go|reach|drop|travel|get|come|fall|end up)\b"
)
_HAND_IN_48 = lazy(
    r"\b(?:keep|have|put|tuck|rest|leave|hold|bring) (?:one|a|my (?:left|right|other)|one of my)"
    r" (?:hand|arm)s? (?:\w+ ){0,2}?(?:tucked|in close|in near|near|close|by my side|next to"
    r" me|against me|on my (?:chest|belly|tummy|stomach))\b"
)
_ARM_INSTEAD_48 = lazy(
    r"\b(?:which|what|another|other|different|alternative) arm (?:position|option|placement"
    r"|setup|set up)s?\b(?: \w+){0,4}? (?:instead|then|could|can|should|would)\b"
)


# ...and a stiff back told in a picture of rust or a creaking door ("my spine's an old hinge that
# squeaks, will this loosen it?") with the move's use asked: what the move does
_CREAKY_48 = lazy(
    r"\b(?:rusty|rusted|rust bucket|creak\w*|squeak\w*|old (?:hinge|gate|door|ship|banger)"
    r"|tin man|wd ?40|needs? (?:a drop of |some |a bit of )?oil\w*|oiling|seized up)\b"
)
_PICTURE_48 = lazy(
    r"\b(?:is|s|are|feels?|like) (?:an? |some |the )?(?:(?:old|rusty|creaky|squeaky|haunted|rusted"
    r"|ancient) )*(?:\w+ ){0,2}?(?:gate|door|hinge|ship|banger|car|robot|machine\w*|tin man)\b"
)
_HELP_ASKED_48 = lazy(
    r"\b(?:will|would|could|can|does|do|is) (?:this|it|the twist|the stretch|this stretch|this"
    r" move|the move|that)(?: \w+)? (?:help|loosen|free|ease|oil|good for)\b"
)


# Round 46. A strain of the day named and the move's use asked, matched to "pain after" on the
# word "after" ("could it help my back after stooping over the cello"): with no word of
# pain, what the move does.
_PAIN_WORD_46 = lazy(
    r"\b(?:pain\w*|hurt\w*|sore\w*|ache|aches|aching|achy|twinge\w*|agony|sharp|throb\w*"
    r"|sting\w*|burn\w*|worse|flare\w*)\b"
)
# Round 49. A writer's own answers asked about: where they go or who gets them ("what do you do
# with my health answers, do they go to anyone?", "where do my details end up?"): the data
# topic, asked directly. Scores are left to the match ("how do you use my pain score" is the
# pain scale).
_INFO_49 = (
    r"(?:(?:health |personal |medical |check ?in |private )?(?:answers|replies|responses|details"
    r"|info|information|data|records)|what i (?:tell|type|say to|give|send|share with) (?:you|u"
    r"|the bot|it)|(?:everything|anything|all|the stuff|stuff|things) i (?:tell|type|say|give"
    r"|send|share))"
)
_ANYONE_49 = (
    r"(?:anyone|anybody|someone|somebody|anywhere|elsewhere|a third party|third parties|other"
    r" people|others|outside|my (?:gp|doctor|employer|boss|work|insurer)|the nhs|insurers?"
    r"|advertisers?|companies)"
)
_PRIVACY_49 = lazy(
    r"\bwhat (?:do|will|would|does|happens|is done) (?:you |u |it |the bot |this bot |this app )?"
    r"(?:do |doing )?(?:with|to) (?:my |the |all my |all the |any of my |everything |all )?"
    r"(?:\w+ ){0,2}?" + _INFO_49 + r"\b"
    r"|\b(?:where|who) (?:do|does|will|would|did) (?:my |the |all my |all the )?(?:\w+ ){0,2}?"
    + _INFO_49
    + r" (?:\w+ )?(?:go|end up|get sent|get passed|get shared|wind up)\b"
    r"|\b" + _INFO_49 + r"(?: \w+){0,6}? (?:go|goes|going|get|gets|end|ends|are|is|be)"
    r" (?:\w+ )?(?:(?:to|up with|passed (?:on )?to|sent (?:on )?to|shared with"
    r"|handed (?:on |over )?to|forwarded to|given to|sold to) "
    + _ANYONE_49
    + r"|anywhere|elsewhere)\b"
    r"|\b"
    + _INFO_49
    + r"(?: \w+){0,8}? (?:does|do|will|would|can) "
    + _ANYONE_49
    + r" (?:else )?(?:get|receive|see|read|have|look at)\b"
)
# Round 49. Another app's or device's data moved ("how do I download the tachograph data into
# the company app?"): beyond this bot, declined; a question about this bot's data (one's own
# answers or scores, this app) stays the data topic.
_FOREIGN_DATA_49 = lazy(
    r"\b(?:tacho\w*|fitbit|garmin|strava|whoop|oura|smart ?watch|apple watch|apple health"
    r"|google fit|step counter|pedometer|dash ?cam|sat ?nav|tills?|card reader|telematics"
    r"|timesheets?|rotas?|payroll)\b"
    r"|\bthe (?!pain\b|session\b|sessions\b|twist\b|check\b|bot\b|app\b|health\b|my\b)\w+"
    r" (?:data|readings|records|logs?|files|figures|stats)\b"
    r"|\b(?:company|work|works|firm|office|depot|employer|employers|boss|shop|council|bank"
    r"|banking|school|college|uni|other|another|different|separate|third party)"
    r" (?:\w+ )?(?:app|apps|system|software|portal|website|site|platform|database|spreadsheet"
    r"|computer|laptop|pc|server|account)\b"
)
_DATA_MOVE_49 = lazy(
    r"\b(?:download\w*|upload\w*|export\w*|import\w*|sync\w*|transfer\w*|copy\w*|paste\w*"
    r"|migrat\w*|back(?:ing)? up)\b"
    r"|\b(?:get|gets|getting|put|putting|load|loading|send|sending|move|moving|pull|pulling"
    r"|bring|bringing)\b(?: \w+){0,4}? (?:into|onto|across to|over to|off|out of)\b"
)
_THIS_BOTS_DATA_49 = lazy(
    r"\b(?:this (?:bot|app|chat)|the bot|(?:from|to|with|into) (?:you|u)|you (?:keep|store|hold"
    r"|have|send|share)|your (?:app|bot|records|data|export)|my (?:own )?(?:pain |twist |session )?"
    r"(?:scores?|answers|replies|check ?ins?|sessions?|ratings?|data|records|history|progress)"
    r"|pain scores?|export command)\b"
)


def _other_apps_data_49(normal: str) -> bool:
    return (
        bool(_FOREIGN_DATA_49.search(normal))
        and bool(_DATA_MOVE_49.search(normal))
        and not _THIS_BOTS_DATA_49.search(normal)
    )


# Round 49. When the foot will reach the floor, asked ("how long till my foot reaches the floor?
# week 3 and still hovering"): the foot not reaching, whose answer tells it may take time; the
# net's reading of the rest stands.
# Round 51. A thing named as what to do or to choose ("how do I land a kickflip", "which skateboard
# is best for a beginner", "what kind of trampoline should I buy"): beyond the bank when no
# topic knows any word of it. "how do I do the sweep", "which mat is best" are the move's.
_DO_A_THING_51 = lazy(
    r"\bhow (?:do|can|should|would|could|does|to|would you) (?:i |you |we |one |someone )?"
    r"(?:\w+ )?(?:do|perform|learn|land|nail|master|pull off|get better at|practi[cs]e|teach"
    r" myself) (?:a |an |the |my |these |those |some )(?P<thing>\w+(?: \w+)??)"
    r"(?:$| (?:on|at|in|with|for|off|against|without|like|over|from|into|onto|to|please)\b)"
)
_CHOSEN_THING_51 = lazy(
    r"\b(?:which|what) (?:kind of |type of |sort of |brand of |make of |size of |model of )?"
    r"(?P<thing>\w+(?: \w+)?) (?:is|are|s|would be|will be|do you think is) (?:the )?"
    r"(?:best|better|good|right|ideal|safest|recommended|easiest)\b"
    r"|\b(?:which|what) (?:kind of |type of |sort of |brand of |make of |size of |model of )?"
    r"(?P<bought>\w+(?: \w+)?) (?:should|would|could|do|can) (?:i|we) (?:buy|get|choose|pick"
    r"|order|go for|gift)\b"
    # round 57: the thing after "best" (e.g. "which chainsaw is best for a beginner in
    # tree work", "which is the best ladder for window cleaning", "recommend a good harness")
    r"|\b(?:what|which) (?:is|s|are|re|would be|will be) (?:the |a |some )?(?:best|top|safest"
    r"|cheapest|ideal|right|recommended|most reliable|decent|good) (?:kind of |type of"
    r" |brand of |make of |model of )?(?P<best>\w+(?: \w+)??) (?:for|to (?:buy|get|use)|if|when"
    r"|under)\b"
    r"|\b(?:recommend|suggest) (?:me )?(?:a |an |some )?(?:good |decent |cheap |solid |reliable )?"
    r"(?P<recommended>\w+(?: \w+)??) (?:for|to (?:buy|get|use))\b"
)
# Round 57. A trade's tool or gear to choose ("what's the best saw for a new carpenter", "which
# ladder should I get for window cleaning"): beyond the bank, even when the tool's name is an
# everyday word a topic uses.
_TRADE_TOOL_57 = lazy(
    r"\b(?:best|good|decent|top|cheapest|safest|reliable|recommend\w*|buy|get|choose|pick|which"
    r"|what) (?:\w+ ){0,3}?(?:chainsaws?|saws?|drills?|ladders?|harness\w*|hammers?|trowels?"
    r"|grinders?|sanders?|hedge trimmers?|strimmers?|lawn ?mowers?|mowers?|chisels?|spanners?"
    r"|wrenches?|screwdrivers?|nail guns?|jigsaws?|routers?|planers?|welders?|toolbelts?"
    r"|tool belts?|tool ?kits?|toolbox\w*|hard hats?|safety boots|steel toe\w*|work boots"
    r"|clippers?|scissors|shears|secateurs|pressure washers?|wheelbarrows?|scaffold tower\w*)"
    r" (?:for|to (?:buy|get|use)|if|when|under)\b"
)
# Words that name no thing in the two rules above ("how do I do a quick one").
_PLAIN_WORDS_51 = """one ones quick proper full gentle gentler slow slower short long little bit
    real right correct first second whole few couple new beginner beginners starter"""
_PLAIN_51 = frozenset(_PLAIN_WORDS_51.split())
# Round 51. Another app weighed against this bot ("is this better than the Calm app?", "should I
# use this or Headspace"): beyond what the bot can judge; how the bot itself works is help.
_OTHER_APP_51 = lazy(
    r"\b(?:better|worse|compare\w*|comparison|versus|vs|instead of|rather than|or|than|both"
    r"|switch\w* (?:from|to)|same as|different from|like) (?:\w+ ){0,3}?(?:the |my |an? |that )?"
    r"(?P<name>\w+(?: \w+)?) apps?\b(?! (?:here|store))"
    r"|\b(?:headspace|calm app|nike training club|noom|myfitnesspal|peloton|sweatcoin)\b"
)
# ...this bot and Telegram are not another app
_THIS_APP_51 = lazy(
    r"\b(?:this|your|the|telegram|a|an|my|that|our|any|other|phone|chat|bot|you|it|tg)$"
)
# Round 51. Moving another person ("how do I move my husband from the bed to the wheelchair
# safely", "best way to lift mum into the bath"): a carer's handling, never the twist.
_PERSON_MOVED_51 = lazy(
    r"\b(?:how (?:do|can|should|would|could|to) (?:i |we |you )?(?:safely )?|best way to |tips"
    r" (?:on|for) |safe way to |safest way to |help me )(?:move|moving|lift|lifting|transfer"
    r"|transferring|get|getting|help|helping|shift|shifting|hoist|hoisting|turn|turning|roll"
    r"|rolling|carry|carrying|pull|pulling|sit|sitting) (?:up )?(?:my |our |a |the |an )?"
    r"(?:\w+ )?(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|gran|nan|grandma"
    r"|grandad|grandpa|granny|patient|patients|client|clients|resident|residents|him|her|them"
    r"|person|someone|somebody|relative|brother|sister|friend|child|kid|baby|toddler)"
    r" (?:\w+ ){0,5}?(?:up|bed|wheelchair|chair|bath|toilet|commode|car|sofa|couch|floor|stairs"
    r"|hoist|shower|stretcher|trolley)\b"
)


# twenty-second session, h96: the writer's own other app told with what it does ("my running
# app only shows steps", "like my diet app has"), nothing of this bot weighed against it: a
# habit told beside the question, which stays this bot's (`_own_app_told_h96`)
_OWN_APP_BEFORE_H96 = lazy(r"\bmy (?:own )?(?:\w+ )?$")
_APP_HABIT_WORDS_H96 = (
    r"(?:(?:only|ever|just|always|never|also|already|even|really|still|usually|sometimes) )*"
    r"(?:has|have|had|does|did|do|doesn t|don t|didn t|shows?|showed|gives?|gave|tracks?|tracked"
    r"|draws?|drew|makes?|made|keeps?|kept|logs?|logged|plots?|plotted|graphs?|charts?|offers?"
    r"|offered|lets?|sends?|sent|says|said|tells?|told|uses?|used|sticks? to|stuck to|got)\b"
)
_APP_HABIT_H96 = lazy(r"^" + _APP_HABIT_WORDS_H96)
# ...and the app's own name, set aside from what the question is about ("my yoga app" is no yoga
# asked, "my step counter app" no other device's data)
_OWN_APP_NAMED_H96 = lazy(r"\bmy (?:own )?(?:\w+ ){1,2}?apps? (?=" + _APP_HABIT_WORDS_H96 + r")")
_THIS_WEIGHED_H96 = lazy(
    r"\b(?:this(?: bot| app| one| chat| coach| thing)?|you|u|yours|your (?:app|bot|one)|the bot"
    r"|here) (?:is |s |would be |will be |really )?(?:better|worse|best|beats?|compare\w*"
    r"|versus|vs|instead|rather|same|different|as good|or)\b"
    r"|\b(?:better|worse|compare\w*|versus|vs|instead of|rather than|prefer\w*|switch\w*|than"
    r"|over|beats?|or|same as|different from|against) (?:\w+ ){0,2}?(?:this(?: bot| app| one"
    r"| chat| coach| thing)?|you|u|yours|the bot|here)$"
    r"|\b(?:better|worse|compare\w*|versus|vs|instead of|rather than|prefer\w*|switch\w*|than"
    r"|over|beats?|or|same as|different from|against) (?:\w+ ){0,2}?(?:this(?: bot| app| one"
    r"| chat| coach| thing)?|you|u|yours|the bot|here)\b(?! (?:move|twist|stretch|exercise"
    r"|month|week|year|morning|evening|time)\b)"
)


def _own_app_told_h96(normal: str, app: re.Match[str]) -> bool:
    """Twenty-second session, h96: the app of an `_OTHER_APP_51` match is the writer's own
    (`_OWN_APP_BEFORE_H96`) and told by what it does (`_APP_HABIT_H96`), and nothing in the
    message weighs this bot against another (`_THIS_WEIGHED_H96`)."""
    return (
        _OWN_APP_BEFORE_H96.search(normal[: app.start("name")]) is not None
        and _APP_HABIT_H96.search(normal[app.end() :].lstrip()) is not None
        and _THIS_WEIGHED_H96.search(normal) is None
    )


def _beyond_the_bank_51(text: str, normal: str, index: AnswerIndex) -> bool:
    """Round 51. A thing to do or to choose that no topic knows, another app weighed against this
    one, or another person to move (see `_DO_A_THING_51`, `_OTHER_APP_51`,
    `_PERSON_MOVED_51`)."""
    for app in _OTHER_APP_51.finditer(normal):
        # round 57: an app named before the move's words (e.g. "does this beat Headspace for
        # stretching?"): the app weighed is beyond, whatever it is used for
        name = app.group("name")
        if name is None or not _THIS_APP_51.search(name):
            if name is not None and _own_app_told_h96(normal, app):
                # twenty-second session, h96: the writer's own app told by its habit, nothing
                # weighed against this bot: an aside, the question stays this bot's
                continue
            return True
    if _THIS_EXERCISE_51.search(normal):
        return False
    if _PERSON_MOVED_51.search(normal):
        return True
    for sentence in (normalise(s) for s in _SENTENCE_END.split(text)):
        done = _DO_A_THING_51.search(sentence)
        if done and index.unknown_thing(done.group("thing")):
            return True
    if _TRADE_TOOL_57.search(normal):
        return True
    for chosen in _CHOSEN_THING_51.finditer(normal):
        thing = (
            chosen.group("thing")
            or chosen.group("bought")
            or chosen.group("best")
            or chosen.group("recommended")
        )
        if index.unknown_thing(thing):
            return True
    return False


_THIS_EXERCISE_51 = lazy(r"\b(?:twist\w*|prone|sweep\w*|stretch\w*)\b")


_FOOT_WHEN_49 = lazy(
    r"\b(?:(?:how long|how many (?:weeks|months|days|sessions|goes)|how soon|how much longer)"
    r" (?:\w+ ){0,2}?(?:till|until|til|before)|how long (?:will|does|should|might|would) it take"
    r"|how soon (?:will|would|should|might)|(?:when|at what point|roughly when|by when) (?:will"
    r"|would|might|is|s|am i going to|can i expect|should i expect|do i expect))\b(?: \w+){0,4}?"
    r" (?:my |the |your )?(?:foot|feet|toes?|knee|leg)"
    r"(?: \w+){0,3}? (?:reach|reaches|reaching|touch|touches|touching|get|gets|getting|go|goes"
    r"|come|comes|make it|makes it|drop|drops|land|lands|sit|sits|rest|rests)(?: \w+)?"
    r" (?:to |down to |on |onto |down on |down onto |all the way to )?(?:the )?(?:floor|ground|mat"
    r"|carpet|deck)\b"
)
# Round 49. A hold's length named and judged ("is 30 seconds a side too much for a first go?",
# "would a full minute each side be overdoing it?"): how long to hold, never which side.
_DURATION_49 = (
    r"(?:\d+ (?:seconds?|secs?)|\d+s(?= (?:a|per|each|on each|for each|every) (?:side|leg|hold))"
    r"|(?:five|ten|fifteen|twenty|thirty|forty|forty five|fifty"
    r"|sixty|ninety) (?:seconds?|secs?)|(?:a|one|a full|one full|half a|a whole|two|a couple of)"
    r" (?:minutes?|mins?)(?= (?:a|per|each|on each|on either|for each|every) (?:side|leg|hold"
    r"|way|twist)))"
)
_HOLD_JUDGED_49 = lazy(
    r"\b(?:is|are|would|will|should|could|was|do|does)\b (?:\w+ ){0,2}?" + _DURATION_49 + r"\b"
    r"(?: \w+){0,6}? (?:too (?:much|long|short|little)|enough|overdoing|overkill|excessive|ok"
    r"|okay|alright|all right|fine|about right|right|sensible|a good (?:amount|length|place"
    r"|starting point)|pushing it|a lot)\b"
)
# Round 57. A pain score told ("4/10 as per", "a 5 out of 10 today", "sitting at a 4") and the
# version or session to do asked: the pain scale's zones answer it.
_SCORE_TOLD_57 = lazy(
    r"\b(?:\d|10) (?:10|out of 10|outta 10|on the scale)\b|\b(?:at|on|a|about|around|roughly"
    r"|maybe|only|just|still) (?:a )?(?:\d|10)(?: today| this morning| tonight| now| as per| as"
    r" usual| again)\b|\b(?:score|pain|rating|number) (?:is |s |of |was )?(?:a )?(?:\d|10)\b"
)
_VERSION_ASKED_57 = lazy(
    r"\b(?:which|what) (?:version|variant|variation|session|option|one|level|workout|routine"
    r"|plan)\b|\b(?:session|version) (?:should|do|can|would) i\b"
    r"|\b(?:(?:can|should|may|could) i|(?:am i|is it|are we) (?:ok|okay|fine|alright|safe) to)"
    r" (?:still )?(?:do|have|go ahead with|try) (?:the |a |my |today s"
    r" )?(?:session|twist|stretch|it|this)\b"
    # ...a version named (e.g. "explain the gentle one to me") is that version's topic
)

# ...never two other things weighed (a score, then a choice between hold and flow)
_OTHER_CHOICE_57 = lazy(
    r"\b(?!(?:gentle|gentler|easier|normal|full|usual|regular|lighter|harder|proper|version"
    r"|session|one|today|the)\b)\w+ (?:or|vs|versus)\b"
)


def _score_version_57(normal: str) -> bool:
    """Round 57: a pain score told and the version to do asked, nothing else weighed or told."""
    rest = blanked(_SCORE_TOLD_57, normal)
    told = blanked(_VERSION_ASKED_57, rest)  # "am I ok to still try it": no "still" told
    return (
        rest != normal
        and told != rest
        and not _PAIN_WORD_46.search(rest)
        and not _OTHER_CHOICE_57.search(rest)
        and not _TROUBLE_BESIDE_56.search(told)
        and not _STRANGE_54.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Round 57. A count of reps or rounds named and judged ("3 rounds of 8 each side, is that too
# much?", "would 2 sets of 10 a leg be overdoing it?"): the reps topic, like round 49's hold.
_COUNT_57 = (
    r"(?:(?:\d+|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty) (?:x )?(?:rounds?"
    r"|sets?|reps?|goes|sweeps?|swings?)(?: of (?:\d+|five|six|eight|ten|twelve|fifteen|twenty))?"
    r"|\d+ ?x ?\d+)"
)
_COUNT_JUDGED_57 = lazy(
    r"\b" + _COUNT_57 + r"\b(?: \w+){0,8}? (?:too (?:much|many|few|little)|enough|overdoing"
    r"|overkill|excessive|ok|okay|alright|all right|fine|about right|right|sensible|a good"
    r" (?:amount|number|place|starting point)|pushing it|a lot|too soon)\b"
)
_REPS_49 = lazy(r"\b(?:reps?|sets?|rounds?|times|sweeps?|swings?|minutes? a day|a day)\b")
# Round 49. The head rested on something ("can I rest my forehead on a folded towel instead of
# flat on the mat?"): where the head goes, not the mat.
_HEAD_PROP_49 = lazy(
    r"\b(?:forehead|head|face|brow)\b (?:\w+ ){0,2}?(?:on|onto|upon|against|in) (?:a |an |my |the"
    r" |some |two |both )?(?:\w+ ){0,2}?(?:towel|cushion|pillow|block|book|hands|fists|forearms"
    r"|jumper|hoodie|sweater|blanket|flannel|face cloth)s?\b"
    r"|\b(?:towel|cushion|pillow|block|book|jumper|hoodie|sweater|blanket|flannel|face cloth)s?"
    r" (?:\w+ )?(?:under|beneath|below|underneath) (?:my |the |your )?(?:forehead|head|face"
    r"|brow)\b"
)
# ...never a knock told ("banged my head on a book")
_KNOCK_49 = lazy(
    r"\b(?:bang\w*|bump\w*|hit|hitting|knock\w*|fell|fall\w*|smack\w*|whack\w*|crack\w*)\b"
)
# Round 49. A sport told as background and the move's use for turning asked ("I row and
# paddleboard, will this help my rotation on the water?"): what the move does.
_ROTATION_HELP_49 = lazy(
    r"\b(?:will|would|could|can|does|do|might|may|is) (?:this|it|the twist|the stretch|this"
    r" stretch|this move|the move|this twist|doing (?:this|it|the twist))(?: \w+){0,2}?"
    r" (?:help|improve|boost|aid|benefit|increase|better|add to|loosen|free up)(?: with| up)?"
    r" (?:my |me with my |the |our )?(?:\w+ ){0,2}?(?:rotation|rotating|rotate|turn|turning"
    r"|twist|twisting|mobility|flexibility|suppleness)\b"
)


# Round 50. A place asked about beyond a room ("can I do it on the deck of the boat or does it
# need to be on land?", "is the back of the bus ok to do it on?"): where to do it.
_PLACES_50 = (
    r"(?:deck|boat|ship|ferry|yacht|trawler|barge|narrowboat|cabin|bunk|berth|wheelhouse"
    r"|galley|train|plane|bus|platform|pontoon|dock|quay|jetty|pier|harbour|balcony|roof|terrace"
    r"|patio|porch|field|sand|hallway|landing|corridor|locker room|dressing room|backstage"
    r"|green room|studio|classroom|hall|station|rest room|restroom|crew room|rig"
    r"|lorry|caravan|tent|hotel room|airport|waiting room)s?\b"
)
_PLACE_50 = lazy(
    r"\b(?:do|try|squeeze|fit|manage) (?:it|this|the twist|the stretch|the move|them|my twist"
    r"|my session|a session)(?: in)?(?: \w+){0,2}? (?:on|in|at|aboard|on board) (?:the|a|my|our"
    r"|an|this|that) (?:\w+ ){0,3}?" + _PLACES_50 + r"|\b(?:does|do|must|should|has|will)"
    r" (?:it|this|the twist|the stretch|the move)(?: \w+)? (?:need|needs|have|has|got) to be"
    r" (?:done )?(?:on|in|at) (?:dry |solid |firm |flat |level |steady )?(?:land|ground|the"
    r" ground|the floor|a floor|shore|a flat surface|a level surface)\b"
    r"|\b(?:is|are|would|will) (?:a |an |the |my |our )?(?:\w+ ){0,3}?"
    + _PLACES_50
    + r" (?:\w+ ){0,4}?(?:ok|okay|fine|alright|all right|good enough|suitable|stable enough"
    r"|steady enough|big enough) (?:for|to do|to try) (?:it|this|the twist|the stretch"
    r"|the move)\b"
)
# Round 50. Whether the move's good lasts asked ("will this sort my back out long term or is it
# just a quick loosener", "a lasting fix or only for the day?"): what the move does, never the
# speed of the sweep ("quick" names no speed here).
_LASTING_50 = lazy(
    r"\b(?:long term|longterm|in the long run|for good|permanent\w*|lasting|for the long haul"
    r"|short term|temporar\w*|quick (?:fix|loosen\w*|release|relief|win)|sticking plaster"
    r"|band ?aid|only for the day|just for the day|only for a bit|just for a bit)\b"
)
_SORTS_50 = lazy(
    r"\b(?:will|would|could|can|does|do|is|might) (?:this|it|the twist|the stretch|this stretch"
    r"|this move|the move|this twist|doing (?:this|it|the twist))(?: \w+){0,4}? (?:sort|fix|cure"
    r"|solve|help|heal|loosen|free|ease|change|improve|work|last|undo)\b"
)
# Round 50. How long and how often asked together, as round 22 how long and how many; and the
# reason for a cue asked in "why" or "what's that for" (the palms kept flat).
_BOTH_ASKED_50 = frozenset(
    {frozenset({"hold_time", "reps_sets"}), frozenset({"hold_time", "how_often"})}
)
_WHY_ASKED_50 = lazy(
    # ...never a cause guessed ("tight chest, is that why my arms won't stay flat?")
    r"(?<!\bis that )(?<!\bis this )(?<!\bis it )(?<!\bthat is )(?<!\bthat s )\bwhy\b"
    r"|\bwhat (?:is|s) (?:that|this|it) (?:all )?for\b|\bwhat (?:is|s) the (?:point|reason"
    r"|idea|purpose)\b"
)
# Round 56. The bot's own cue quoted back and its reason asked (e.g. 'you said "tuck the chin",
# what for?', or a cue about where the hands go, repeated with "why?"): the
# reasons for the cues. The cue is the bot's when it says so, or when a cue in quotation marks
# is given by nobody else (a physio's or a teacher's cue is theirs to explain).
_BOT_SAID_56 = lazy(
    r"\b(?:you|u|the bot|this bot|the app|the coach|it|the (?:session |app |bot |coach s )?"
    r"(?:instructions?|steps?|cues?|tips?|session|guide|text|message|screen|notes?|card)"
    r"|step (?:\w+))"
    r" (?:said|says|say|told me|tells me|tell me|keeps? (?:saying|telling me)|kept (?:saying"
    r"|telling me)|wants me|wanted me|asks me|asked me|wrote|writes|mentioned|mentions)\b"
)
_OTHER_SAID_56 = lazy(
    r"\b(?:physio\w*|doctor|gp|teacher|instructor|trainer|pt|coach at|osteo\w*|chiro\w*|nurse"
    r"|consultant|surgeon|mum|mom|dad|wife|husband|partner|friend|mate|sister|brother|video"
    r"|youtube|book|class|he|she|they)\b(?: \w+){0,2}? (?:said|says|told me|tells me|keeps"
    r" (?:saying|telling me)|wants me|wrote)\b"
)
_QUOTED_56 = lazy(
    r"(?:^|(?<=[\s:(,-]))[\"\u201c\u2018'][^\"\u201c\u201d]{3,80}?[\"\u201d\u2019'](?=$|[\s.,!?;:)-])"
)
_WHY_THE_CUE_56 = lazy(
    r"\b(?:why|how come|whats the reason|what is the reason|what s the reason|reason for"
    r"|what (?:is|s) (?:that|this|it) (?:all )?for|what (?:is|s) the (?:point|idea|purpose)"
    r"|what difference does)\b"
)


def _cue_quoted_why_56(text: str, normal: str) -> bool:
    """Round 56: the bot's cue quoted back, and why asked (`_BOT_SAID_56`)."""
    if not _WHY_THE_CUE_56.search(normal) or not _CUE_NAMED.search(normal):
        return False
    if _PAIN_WORD_46.search(normal) or _beyond_the_twist(normal) != "no":
        return False
    if _BOT_SAID_56.search(normal):
        return True
    return _QUOTED_56.search(text) is not None and not _OTHER_SAID_56.search(normal)


# Round 56. How far the stretch reaches, or what is in it for one of the parts it stretches (e.g.
# whether it reaches higher than the lower back, whether the chest gets anything from it,
# "will it get right up between my shoulder blades?"): what it stretches.
_STRETCHED_PART_56 = (
    r"(?:upper|mid|middle|top|lower|low) (?:of (?:my |the )?)?back|thoracic\w*"
    r"|middle of (?:my |the )?back|chest|pecs|shoulder blades?"
    r"|(?:front of (?:my |the )?)?shoulders|lower spine|spine"
    r"|hips?|hip flexors?|lumbar"
)
_REACH_ASKED_56 = lazy(
    r"\b(?:does|do|will|would|can|could|is|should)(?: (?:this|it|the twist|the stretch|the move"
    r"|this \w+|that|doing (?:this|it)))(?: \w+){0,2}? (?:reach|reaches"
    r"|get(?: right| all the way)?(?: up| down)?(?: into| to| at| in)?"
    r"|go (?:up |right up )?(?:into|to|as far as)|hit|hits|touch|touches|do"
    r" (?:much|anything|something|owt|a lot)|stretch|open up|loosen|free up)"
    r" (?:right |all the way |as far as |up |down |into |to |the |my |your |tight |stiff "
    r"|tense |bit |bits |area |spot |part |muscles |in |across |around |of "
    r"|between (?:my |the )?|out )*(?:" + _STRETCHED_PART_56 + r")\b"
    r"|(?<!\btoo )(?<!\bso )(?<!\bhow )(?<!\bthat )(?<!\bas )"
    r"\b(?:anything|something|owt|much|any use|any good|a lot|any benefit)(?: (?:in|from)"
    r" (?:it|this|the twist|the stretch|this \w+|that))? for (?:my |the |your |a |me and my )?"
    r"(?:stiff |tight |achy |tense )?(?:" + _STRETCHED_PART_56 + r")\b"
)


# Round 56. A score higher after a session than the writer's usual ("usually 3 but 5 after
# today's session", "normally a 2, went up to 4 after the twist", "from 2 to 5 after last
# night's session"): pain after a session, whatever the next sentence asks.
_SCORE_56 = lazy(
    r"\b(?:10|[0-9]|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!"
    r" (?:x|sets?|reps?|rounds?|seconds?|secs?|s|mins?|minutes?|hours?|hrs?|days?|weeks?|months?"
    r"|years?|times|am|pm|o clock|kg|kgs|km|miles?|of (?:them|us|those|these)|more|each|per|a side"
    r"|sides?|legs?|kids|children)\b)"
)
_AFTER_SESSION_56 = lazy(
    r"\b(?:after|since|following|post)(?: (?:the|a|my|this|that|today|todays|yesterday|yesterdays"
    r"|last night|last nights|this morning|tonight|this evening|last|today s|yesterday s"
    r"|last night s|this morning s))? (?:session|sessions|twist|twists|stretch|stretches|routine"
    r"|workout|go|round)\b"
    # eighteenth session, h83: the session's end told ("when I finish a session", "by the end of
    # the routine")
    r"|\b(?:finish|finished|finishing|finishes|complete|completed|end|ended|done) (?:a |the |my "
    r"|this |that |today s |tonight s |each |every )?(?:session|twist|stretch|routine|workout)\b"
    r"|\b(?:by|at) the end of (?:a |the |my |this |that |each |every )?(?:session|twist|stretch"
    r"|routine|workout)\b"
)
_SCORE_WAS_56 = lazy(
    r"\b(?:usually|normally|generally|typically|baseline|before|from|went up|gone up|jumped|rose"
    r"|climbed|higher|up to|normal|usual"
    # eighteenth session, h83: the score the session began at ("began on a 2", "at the start")
    r"|(?:started|began|starting|beginning|start|begin) (?:at|on|off at|out at|with)"
    r"|at the (?:start|beginning))\b"
)


# Eighteenth session, h84: the two scores told with bare "before" and "after", no session named
# ("3 before, 5 after", "before it was a 1 and after a 4"): the session's before and after.
_SCORE_WORD_H84 = r"(?:10|[0-9]|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_BEFORE_AFTER_H84 = lazy(
    r"\b"
    + _SCORE_WORD_H84
    + r"(?: ?10| out of 10)? (?:before|beforehand)\b(?: \w+){0,4}? "
    + _SCORE_WORD_H84
    + r"(?: ?10| out of 10)? (?:after|afterwards|after that)\b"
    r"|\b(?:before|beforehand)(?: (?:it was|was|it s|i was|a|at|on))*(?: a)? "
    + _SCORE_WORD_H84
    + r"\b(?: \w+){0,4}? (?:after|afterwards)(?: (?:it was|was|it s|i was|a|at|on))*(?: a)? "
    + _SCORE_WORD_H84
    + r"\b"
)


def _score_rose_56(normal: str) -> bool:
    """Round 56: a score told higher after a session than the writer's usual ("usually 3 but 5
    after today's session", "normally a 2, went up to 4 after the twist", "before it was 3,
    after the stretch it's 6"): two scores, a session and the usual or a rise."""
    return (
        (
            _AFTER_SESSION_56.search(normal) is not None
            or _BEFORE_AFTER_H84.search(normal) is not None
        )
        and _SCORE_WAS_56.search(normal) is not None
        and len(_SCORE_56.findall(normal)) >= 2
    )


# ...never beside another sign or a part of the body that is not the back
_TROUBLE_BESIDE_56 = lazy(
    r"\b(?:numb\w*|tingl\w*|sharp|shooting|stabbing|weak\w*|injur\w*|swollen|swelling|dizz\w*"
    r"|faint\w*|bleed\w*|legs?|foot|feet|toes?|knees?|hips?|groin|bum|buttocks?|bladder|bowels?"
    r"|toilet|pee|wee|chest|arms?|hands?|neck|head|fever\w*|night|nights|wakes?|woke|waking"
    r"|constant\w*|all the time|every day|days|weeks?|still)\b"
)
_SCORE_ROSE_TOPICS_56 = frozenset({"pain_after", "pain_scale", "gentler_variant", "return_switch"})


# Round 56. A count given per side (e.g. "three sets of 12 on each side", "8 reps a side",
# "30 seconds per side"): the amount asked, never the sides weighed.
_COUNT_NAMED_56 = lazy(
    r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty) (?:x )?(?:sets?"
    r"|reps?|rounds?|goes|sweeps?|swings?|holds?|seconds?|secs?|s)\b"
    r"|\b(?:sets?|rounds?) of (?:\d+|five|six|eight|ten|twelve|fifteen|twenty)\b"
    r"|\b\d+ ?x ?\d+\b"
)
_REACH_KEPT_56 = frozenset(
    {
        "benefits",
        "twist_muscles",
        "sciatica",
        "check_first",
        "surgery_history",
        "warning_signs",
        "if_it_hurts",
        "pain_through",
        "pain_after",
        "dont_force",
        "range_of_motion",
        "about_bot",
        "bot_commands",
        "privacy",
        "progress",
        "pain_scale",
    }
)
_COUNT_PER_SIDE_56 = lazy(
    r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty)"
    r"(?: \w+){0,3}? (?:each|per|a|on each|for each) (?:side|leg)\b"
)
_SECONDS_NAMED_56 = lazy(r"\b(?:seconds?|secs?|\d+ ?s)\b")


# Round 50. A race trained for, or a runner's kind, told as who asks while hold or flow is
# asked ("hold or flow for someone training for their first marathon?"): background, not
# another sport asked about.
_TRAINING_FOR_50 = lazy(
    r"\b(?:i am|i m|im|we are|been|someone|somebody|anyone|people|folk|a person|a bloke|a guy"
    r"|a lad|a woman|a girl|a man|runners?|who is|who are) (?:\w+ )?(?:training|in training"
    r"|prepping|preparing|building up|getting ready) for (?:a |an |my |their |his |her |our |the"
    r" |this |next )?(?:first |big |next |local )?(?:\d+ ?k|marathon|half marathon|half|race"
    r"|triathlon|ultra|sportive|park ?run|fun run|ironman)s?\b"
    r"|\b(?:as )?(?:a|an) (?:\w+ )?(?:marathon|half marathon|ultra|distance|fell|trail|club"
    r"|park ?run|\d+ ?k) (?:runner|runners|racer)\b"
)
_HOLD_OR_FLOW_50 = lazy(
    r"\b(?:hold|holding|holds|static|still)\b(?: \w+){0,4}? (?:or|vs|versus|than) (?:\w+ ){0,3}?"
    r"(?:flow\w*|moving|move|dynamic|swing\w*|sweep\w*|reps|rock\w*)\b"
    r"|\b(?:flow\w*|moving|dynamic)\b(?: \w+){0,4}? (?:or|vs|versus|than) (?:\w+ ){0,3}?"
    r"(?:hold\w*|static|still)\b"
)
# Round 50. A skin mark, a mole or a bite shown or named and what it is asked ("can you look at
# this rash on my arm and tell me what it is"): a diagnosis, declined towards a clinician, never
# the arms' topic.
_SKIN_50 = (
    r"(?:rash\w*|moles?|(?:red|white|dark|brown|black|pink|purple|itchy|raised|scaly|weird"
    r"|strange|odd) spots?|blotch\w*|blisters?|warts?|cysts?|(?:insect|bug|mosquito|midge|flea"
    r"|spider|tick|horsefly|dog|cat|bee|wasp|nettle|jellyfish) (?:bites?|stings?)|boils?|hives"
    r"|welts?|scabs?|pimples?|growths?|freckles?|red (?:patch|mark)\w*|(?:dry|flaky|itchy|scaly)"
    r" (?:patch|skin)\w*)"
)
_SKIN_ASKED_50 = lazy(
    r"\b(?:look at|have a look at|take a look at|check|check out|examine|identify|see|diagnose)"
    r" (?:this|that|these|those|my|a|the|some) (?:\w+ ){0,2}?" + _SKIN_50 + r"\b"
    r"|\b" + _SKIN_50 + r"\b(?: \w+){0,8}? (?:what (?:it|this|that|they|these) (?:is|are|might be"
    r"|could be)|is it (?:anything|serious|something|infected|normal|cancer\w*)|what (?:caused|bit)"
    r" (?:it|me|this|them))\b"
    r"|\bwhat (?:is |s |are )?(?:this|that|these|those|the|my) (?:\w+ ){0,2}?" + _SKIN_50 + r"\b"
)

# Round 52. A photo or scan of a body part sent to be judged ("could you look at a picture of
# my swollen ankle and say if it's broken", "a snap of my elbow, what is up with it?"): a
# diagnosis asked, so the medical decline. A photo with no judging asked ("can I send a photo
# of my setup") is left to the matcher.
_BODY_PART_52 = (
    r"(?:knees?|ankles?|feet|foot|back|spine|neck|shoulders?|hips?|legs?|arms?|wrists?|hands?"
    r"|elbows?|toes?|fingers?|heels?|shins?|calf|calves|thighs?|chest|belly|tummy|stomach|posture"
    r"|bum|buttocks?|joints?|body)"
)
_PHOTO_JUDGED_52 = lazy(
    r"\b(?:photos?|pictures?|pics?|images?|snaps?|selfies?|videos?|x ?rays?|scans?|mri)"
    r" (?:of |showing )(?:my |the |this |her |his )?(?:\w+ ){0,2}?" + _BODY_PART_52 + r"\b"
    r"(?: \w+){0,10}? (?:what is (?:wrong|up|going on|the matter)|what (?:it|this|that) is\b"
    r"|what (?:is causing|caused)|diagnos\w*|is (?:it|this|that) (?:broken|torn|fractured|serious"
    r"|bad|infected|dislocated|swollen|normal|ok|okay|arthritis)|looks? (?:ok|okay|normal|right"
    r"|bad|broken|swollen|serious))"
)


# Ninth session, h62. The move fitted into a working day at a place asked ("could I slip a quick
# round in on the staffroom rug?"), whatever the others there might think: where to do it.
_FIT_IN_AT_9 = lazy(
    # ninth session, h62: doing or squeezing the move in, then a place at work (or the gym)
    r"\b(?:do|doing|try|trying|squeeze|squeezing|sneak|sneaking|slip|slipping|fit|fitting|cram"
    r"|cramming|grab|grabbing|get|getting|manage|managing|bang out|knock out) (?:in )?(?:it|this"
    r"|them|the twist|the stretch|the move|my twist|my stretch|my stretches|my session"
    r"|(?:a|one) (?:quick |short |little |few minute |5 minute |five minute )?(?:session|round"
    r"|go|twist|stretch|set)|(?:a )?(?:couple|few) (?:of )?(?:reps|rounds|goes|sweeps|sets)"
    r"|some reps)(?: in)?(?: \w+){0,3}? (?:on|in|at|by|beside|next to|under) (?:the |a |my |our"
    r" |an |this |that )?(?:(?!before |after |during |between |from |until |till |morning "
    r"|evening |night |day |break )\w+ ){0,2}?(?:office|offices|work|workplace|desk|staff ?room"
    r"|break ?room|canteen|meeting room|board ?room|cubicle|warehouse|site|depot|factory"
    r"|workshop|shop floor|stock ?room|gym)\b"
)
# ...or done straight onto a kind of floor ("ok to try it on bare floorboards?"), never with a
# hand or palm between ("can I do it with my palms on the rug")
_ON_A_SURFACE_9 = lazy(
    # ninth session, h62: the move done right on a floor's surface, with no body part between
    r"\b(?:do|doing|try|trying) (?:it|this|them|the twist|the stretch|the move|my twist"
    r"|my stretch) (?:on|onto) (?:the |a |my |our |some |bare |plain )?(?:\w+ )?(?:carpet|carpets"
    r"|rug|rugs|floorboards|lino|tiles|tiled floor|laminate|concrete|wooden floor|hard floor"
    r"|lawn|grass)\b"
)
# Ninth session, h62. The leg taken to its very limit asked ("should my knee drop as low as it
# possibly can?"): a limit asked is about not forcing it, not about the sweep itself.
_LEG_NAMED_9 = lazy(r"\b(?:legs?|knees?|foot|feet|hips?)\b")
_TO_THE_LIMIT_9 = lazy(
    # ninth session, h62: as far, as low or as much as the body allows; to the max; until stopped
    r"\bas (?:far|low|deep|much|wide) (?:over |across |down )?as (?:(?:it|they|i|my \w+|the \w+)"
    r" (?:will|can|could|would|is able to|am able to) (?:physically |possibly |ever |actually )?"
    r"(?:go|get|manage|reach|drop|take it)|(?:humanly |physically )?possible|it goes|they go)\b"
    r"|\bto (?:the|my|its) (?:max|maximum|limit|limits|full extent|extreme)\b|\bmax(?:ed)? out\b"
    r"|\b(?:till|until|til|untill) (?:it|they|i|my \w+) (?:can not|cannot|will not|does not"
    r"|do not|physically can not) (?:go|get|move|drop|take it) (?:any )?(?:further|farther|more"
    r"|lower|deeper)\b|\b(?:till|until|til) i (?:hit|reach|find) (?:my|the) (?:limit|max|end)\b"
)
# Ninth session, h62. One of the bot's own safety questions or checklist items asked about (why
# it is asked, what it means): the warning signs, which say what each sign calls for.
_CHECK_ITEM_9 = (
    r"(?:chest pains?|chest|heart\w*|bladder|bowels?|toilet|peeing|pee|weeing|wee|urin\w*"
    r"|numbness|numb|saddle|groin|genitals|back passage|both legs|fevers?|temperature"
    r"|weight loss|losing weight|night pain|pain at night|falls?|fell|falling|accidents?"
    r"|weak legs|leg weakness|weakness|shoulder blades)"
)
_BOTS_LIST_9 = (
    r"(?:(?:your|the|this|that|ur|u r|the bot s|the app s|yr) (?:\w+ )?(?:check ?list|check list"
    r"|check ?in|check ins|checkins|list|questions|question list|questionnaire|screening"
    r"|screener|safety (?:list|questions?|check|checks|page|screen))|\bcheck ?list)"
)
_CHECKLIST_ITEM_9 = lazy(
    # ninth session, h62: a sign's item or question named as on the bot's list
    r"\b" + _CHECK_ITEM_9 + r" (?:one|item|question|bit|box|tick ?box|line|point|thing|query)s?"
    r" (?:on|in|from|of) "
    + _BOTS_LIST_9
    # ...or the list, then the sign it asks about
    + r"|\b"
    + _BOTS_LIST_9
    + r" (?:\w+ ){0,3}?(?:asks?|asking|mentions?|has|have|includes?"
    r"|says?) (?:\w+ ){0,2}?(?:about |on |re )?(?:\w+ ){0,2}?" + _CHECK_ITEM_9 + r"\b"
    # ...or the bot's question or item about a sign ("the question about falls")
    r"|\b(?:the|that|this|your|ur) (?:question|item|tick ?box|query)s? (?:about|on|re|regarding)"
    r" (?:\w+ ){0,2}?" + _CHECK_ITEM_9 + r"\b"
    # ...or a sign's question said to be there for something
    r"|\bthe " + _CHECK_ITEM_9 + r" (?:question|item|one|bit) (?:there )?(?:because of|about|for"
    r"|to do with|to catch|to rule out|to check for)\b"
    # ...or why the bot asks about a sign
    r"|\bwhy (?:do|does|did|would|will) (?:you|u|the bot|the app|it|this bot|this app)"
    r" (?:\w+ )?(?:ask|asking|check|checking|want to know|need to know|care) (?:\w+ ){0,4}?"
    + _CHECK_ITEM_9
    + r"\b"
)
# ...and what it is for or what it means, asked
_CHECKLIST_ASKED_9 = lazy(
    r"\b(?:why|what|how come|is (?:that|it|this)|does (?:that|it|this)|mean|means|because of)\b"
)


# Eleventh session, h68. A place with no article before it ("in bed", "at home") asked of the
# move, whatever time is told beside it ("before I get up", "first thing"): where to do it.
_PLACE_BARE_11 = lazy(
    # eleventh session, h68: asked whether the move may be done in bed, at home or at work
    r"\b(?:can|could|may|should|shall|would it be (?:ok|okay|alright|fine) to|is it (?:ok|okay"
    r"|alright|fine|allowed) to|am i (?:ok|okay|allowed) to|is there any harm in|any harm in"
    r"|what about|how about|(?:ok|okay|alright|all right|fine) (?:if|for)) (?:i |you |we |me to )?"
    r"(?:just )?(?:do|doing|try|trying|squeeze|fit|sneak)"
    r"(?: in)? (?:it|this|them|the twist|the stretch|the move|my twist|my stretch|my session"
    r"|a session|this \w+)(?: in)?(?: \w+){0,2}? (?:in bed|in my bed|at home|at work)\b"
    # eleventh session, h68: the move done in bed, then whether that is all right
    r"|\b(?:do|doing|try|trying) (?:it|this|them|the twist|the stretch|the move|my twist)"
    r"(?: \w+){0,2}? in (?:my )?bed\b(?: \w+){0,8}? (?:ok|okay|alright|all right|fine|allowed"
    r"|any good|work|count|a bad idea|a good idea)\b"
)
# Eleventh session, h68. Posture asked in words of standing or sitting taller or straighter, or of
# slouching less ("could it get me sitting up tall again", "will it stop me stooping"): what
# the move does.
_STAND_TALLER_11 = lazy(
    # eleventh session, h68: the move asked to help one stand, sit or walk taller or straighter
    r"\b(?:will|would|does|do|can|could|might|is|should) (?:this|it|the twist|the stretch"
    r"|the move|this \w+|doing (?:this|it|the twist))(?: \w+){0,2}? (?:help|helps|get|make"
    r"|let|allow|teach|train|have)(?: me| you| us| people| someone)?(?: to)? (?:stand|standing"
    r"|sit|sitting|walk|walking|be|feel|look|carry myself)(?: up| back)? (?:straighter|taller"
    r"|more upright|upright|straight|tall|tall again|straight again|less (?:hunched|slouched"
    r"|slouchy|stooped|stoopy|rounded|bent|slumped|hunchy))\b"
    # eleventh session, h68: the move asked to leave one less bent or more upright
    r"|\b(?:will|would|does|do|can|could|might) (?:this|it|the twist|the stretch|the move"
    r"|this \w+|doing (?:this|it|the twist))(?: \w+){0,2}? (?:make|makes|get|leave|keep)"
    r" (?:me|you|us|people|someone) (?:less (?:hunched|slouched|slouchy|stooped|stoopy|rounded"
    r"|slumped|hunchy)|more upright|straighter|upright)\b"
    # eleventh session, h68: the move asked to stop one slouching, hunching or stooping
    r"|\b(?:will|would|does|do|can|could|might) (?:this|it|the twist|the stretch|the move"
    r"|this \w+|doing (?:this|it|the twist))(?: \w+){0,2}? (?:stop|stops|keep|prevent|cure me of"
    r"|get rid of|break) (?:me |my )?(?:from )?(?:slouch\w*|hunch\w*|stoop\w*|slump\w*)\b"
    # eleventh session, h68: whether the move is any good for standing or sitting taller
    r"|\b(?:good|any good|useful|any use|worth it|worth doing|helpful) for (?:standing|sitting"
    r"|walking)(?: up)? (?:straighter|taller|more upright|upright|straight|tall)\b"
)
# Eleventh session, h68. Whether to come back to the start before the other leg goes, asked in
# any words ("do I need to return to neutral between legs?"): the switch of sides.
_BACK_BEFORE_OTHER_11 = (
    r"(?:back|return|returning|returned) (?:\w+ )?(?:to|into|onto|down to|in to) (?:the |my |a )?"
    r"(?:flat|start|starting (?:position|point|spot)|start position|centre|center|middle|neutral"
    r"|floor|mat|beginning|lying flat|face down|where (?:i|you|it) (?:started|began)"
    r"|original position|resting position)\b"
)
_OTHER_GOES_11 = r"(?:other|left|right|second|next|opposite|2nd) (?:one|leg|side|foot|knee)s?\b"
_RETURN_FIRST_11 = lazy(
    # eleventh session, h68: back to the start, then the other leg or side
    r"\b" + _BACK_BEFORE_OTHER_11 + r"(?: \w+){0,6}? (?:before|then|and then|ahead of|prior to"
    r"|first then|until|till) (?:\w+ ){0,3}?(?:doing |starting |swapping to |switching to )?"
    r"(?:the |my )?"
    + _OTHER_GOES_11
    # ...or the other leg first, then whether to go back before it
    + r"|\b(?:before|ahead of|prior to) (?:\w+ ){0,3}?(?:the |my )?"
    + _OTHER_GOES_11
    + r"(?: \w+){0,6}? "
    + _BACK_BEFORE_OTHER_11
    # ...or back to the start between the sides or legs
    + r"|\b"
    + _BACK_BEFORE_OTHER_11
    + r"(?: \w+){0,4}? (?:in )?between (?:the )?(?:sides|legs"
    r"|each side|each leg|reps)\b"
)


# Eleventh session, rt32. Warning signs asked in general for others (clients, students, a class)
# or as what the bot tells people ("which symptoms should my class know mean A&E?"): the warning
# signs, whatever the writer's own trade or sport told beside them.
_WARNING_NAMED_11 = lazy(
    # eleventh session, rt32: the warning signs named as such
    r"\b(?:red ?flags?|red ?flag (?:signs?|symptoms?)|warning (?:signs?|symptoms?|signals?)"
    r"|danger (?:signs?|symptoms?|signals?)|alarm (?:bells?|signs?|symptoms?)"
    r"|(?:serious|worrying|scary|dangerous|emergency) (?:signs?|symptoms?))\b"
    # eleventh session, rt32: symptoms that call for a hospital, a doctor or an ambulance
    r"|\b(?:symptoms?|signs?)\b(?: \w+){0,4}? (?:mean|means|need|needs|call for|calls for|warrant"
    r"|warrants|should send|send)(?: (?:you|them|someone|people|a person|me))?(?: to)?"
    r"(?: (?:go|going|get|getting|a trip|a visit|straight|rushing))?(?: to| in| down)?"
    r" (?:a |an |the )?(?:hospital|a ?& ?e|a and e|er|emergency|doctor|gp|ambulance|999|911"
    r"|urgent (?:help|care)|medical help)\b"
    # eleventh session, rt32: signs or symptoms to look out for, asked
    r"|\b(?:symptoms?|signs?) (?:\w+ ){0,2}?(?:to|they should|people should|i should)"
    r" (?:look out for|watch for|watch out for|keep an eye out for|worry about|be aware of)\b"
)
# ...asked for others the writer looks after or teaches, or as what the bot tells people
_FOR_OTHERS_11 = lazy(
    # eleventh session, rt32: the people the writer teaches, trains or looks after
    r"\b(?:clients?|students?|class|classes|patients?|members?|customers?|pupils?|participants?"
    r"|athletes?|trainees?|attendees?|service users?|residents?|regulars?|team|squad|players?"
    r"|group|groups|learners?|staff|colleagues?|people i (?:teach|train|coach|see))\b"
    # eleventh session, rt32: what the bot or the writer says to people, asked
    r"|\bwhat (?:do|does|would|will|should|can) (?:you|u|the bot|this bot|the app|this app|it"
    r"|i|we) (?:tell|say to|advise|warn|recommend to|pass on to) (?:people|users|folk|folks"
    r"|them|everyone|anyone|someone|others|your users|the people)\b"
)
# ...the writer's own trade or sport told as who asks ("I teach yoga", "I run a pilates studio"),
# never an exercise asked about
_WHO_TEACHES_11 = lazy(
    # eleventh session, rt32: the writer's job teaching, coaching or running something
    r"\b(?:i|we) (?:teach|run|coach|instruct|lead|own|manage|take|host|work (?:at|in)|am"
    r" an?|m an?) (?:a |an |the |my |our |some )?(?:\w+ ){0,3}?(?:class|classes|studio|gym"
    r"|sessions?|groups?|club|centre|center|school|teacher|instructor|coach|trainer|yoga|pilates"
    r"|barre|spin|fitness|bootcamp|boot camp|tai chi)\b"
    # eleventh session, rt32: the people named by the activity they do with the writer
    r"|\b(?:my|our|the) \w+ (?:students?|clients?|class|classes|members?|pupils?|group|regulars?"
    r"|players?|team|squad)\b"
)


# ...never the signs of another body part or another kind of harm ("concussion in my squad")
_NOT_THE_BACK_11 = lazy(
    # eleventh session, rt32: a part or a harm the bot's warning signs are not about
    r"\b(?:concussion|head injur\w*|heads?|skull|heart|chest|strokes?|knees?|ankles?|shoulders?"
    r"|necks?|wrists?|elbows?|hands?|feet|foot|hamstrings?|calf|calves|groin strain|asthma"
    r"|diabet\w*|pregnan\w*|heat ?stroke|dehydrat\w*|overheat\w*|faint\w*|allerg\w*|covid"
    r"|flu|eating disorders?|mental health)\b"
)


def _warning_signs_for_others_11(normal: str) -> bool:
    """Eleventh session, rt32: warning signs asked in general for others or as the bot's advice."""
    if not (_WARNING_NAMED_11.search(normal) and _FOR_OTHERS_11.search(normal)):
        return False
    if (
        _OTHER_COMPLAINT.search(normal)
        or _DIAGNOSIS.search(normal)
        or _CONDITION_NAMED.search(normal)
        or _NOT_THE_BACK_11.search(normal)
    ):
        return False
    return _beyond_the_twist(blanked(_WHO_TEACHES_11, normal)) == "no"


# Eleventh session, rt32. A stiff back from an everyday cause (a nap on a train, a long drive,
# the sofa, the garden) with the move's help asked ("crick in my back from the plane, would this
# sort it?", "back gone stiff on a coach trip, is this the stretch for it?"): what the move does.
_STIFF_BACK_11 = lazy(
    # eleventh session, rt32: stiffness or a crick named in the back
    r"\b(?:crick|cricks|kink|kinks|stiffness|tightness|stiff|tight|seized|knotted|cricked|kinked"
    r"|creaky)\b(?: (?:up|bit|little|all|a|in|of|at|through|across|down)){0,3}"
    r" (?:my |the |me |your )?(?:lower |upper |mid |middle )?(?:back|spine)\b"
    # eleventh session, rt32: the back told as stiff
    r"|\b(?:back|spine)\b(?: (?:is|s|has|have|feels|felt|went|goes|got|gone|been|was|all|a|bit"
    r"|really|so|proper|dead|totally|completely|quite|very|rather|now|still|well|and)){0,4}"
    r" (?:stiff|tight|seized|locked|knotted|creaky|cricked|kinked|stiffened|tightened)\b"
)
_DAY_CAUSE_11 = lazy(
    # eleventh session, rt32: a journey, a seat, a bed or a chore the stiffness came from
    r"\b(?:from|after|since|because of|thanks to|cos of|cause of|off|with all the|in|on)"
    r" (?:\w+ ){0,3}?(?:car|cars|train|trains|plane|planes|flight|flights|bus|coach|drive|driving"
    r"|journey|trip|commute|commuting|travel\w*|sitting|sat|desk|sofa|couch|settee|armchair"
    r"|cinema|theatre|stadium|gig|festival|tent|camping|airbed|air mattress|sleeping bag"
    r"|hotel bed|spare bed|spare room|futon|camp bed|deckchair|gardening|weeding|digging|mowing"
    r"|hoovering|vacuuming|cleaning|decorating|painting|diy|ironing|cot|school run|wheel)\b"
    # eleventh session, rt32: a sleep in a bad spot or position
    r"|\b(?:slept|sleeping|fell asleep|falling asleep|dozed off|dozing|nodded off|napped|napping"
    r"|a nap|kipped|kipping|crashed)\b(?: \w+){0,4}? (?:funny|funnily|awkward\w*|wrong|badly"
    r"|weird\w*|odd\w*|on|in|sat|sitting|upright)\b"
    r"|\bwoke (?:up )?(?:with|stiff|all stiff)\b"
)
_HELP_ASKED_11 = lazy(
    # eleventh session, rt32: the move's help with it asked
    r"\b(?:will|would|could|can|does|do|is|might) (?:this|it|the twist|the stretch|this stretch"
    r"|this move|the move|that|this twist|doing (?:this|it|the twist))(?: \w+){0,2}? (?:help"
    r"|loosen|free|ease|sort|fix|shift|unlock|undo|work|do (?:any good|anything|the trick))\b"
    # eleventh session, rt32: whether it is a good stretch for that
    r"|\b(?:a |any )?(?:good|decent|right|best|useful|ok|okay) (?:stretch|move|one|thing|twist"
    r"|exercise)? ?for (?:that|this|it)\b"
)


def _stiff_from_day_11(text: str, normal: str) -> bool:
    """Eleventh session, rt32: a stiff back from an everyday cause, the move's help asked."""
    if not (
        _STIFF_BACK_11.search(normal)
        and _DAY_CAUSE_11.search(normal)
        and _HELP_ASKED_11.search(normal)
    ):
        return False
    if (
        _PAIN_WORD_46.search(normal)
        or _BODY_TROUBLE_47.search(normal)
        or _OTHER_COMPLAINT.search(normal)
        or _CONDITION_NAMED.search(normal)
        or _DIAGNOSIS.search(normal)
        or _SCIATICA_10B.search(normal)
        or body_report(blanked(_DAY_CAUSE_11, blanked(_STIFF_BACK_11, normal)))
    ):
        return False
    # the question's own sentences name nothing beyond the twist once the help asked is blanked;
    # the context told before it (someone's appointments) is only who and why
    asks = [normalise(s) for s in _SENTENCE_END.split(text) if _HELP_ASKED_11.search(normalise(s))]
    return all(_beyond_the_twist(blanked(_HELP_ASKED_11, a)) == "no" for a in asks)


# Questions asked plainly in a form the scores split or miss (rounds 47 and 48), each with its
# topic: how far the leg goes, a hand kept in, another arm position; what's in it for a worker,
# planes of motion in slang, a place to do it, palms up or down, sore after and settled, every
# day or rest days.
_PLAIN_ASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_HOW_FAR_48, "range_of_motion"),
    (_HAND_IN_48, "hand_support"),
    (_ARM_INSTEAD_48, "cactus_arms"),
    (_IN_IT_FOR_47, "benefits"),
    (_PLACE_BARE_11, "where_to_do"),  # eleventh session, h68: a bare place asked
    (_PLANES_47, "planes_of_motion"),
    (_PLACE_ASKED_47, "where_to_do"),
    (_PLACE_50, "where_to_do"),
    (_PALMS_47, "shoulders_down"),
    (_SORE_SETTLED_47, "pain_after"),
    (_REST_DAYS_47, "how_often"),
)


# Round 52. Whether the move does anything for a part it works, asked plainly ("does it do
# anything for the upper back?", "would the twist do much for my posture, I'm hunched at a desk
# all day"): the benefits, never the mat ("anything for") nor a decline.
_DOES_FOR_52 = lazy(
    r"\b(?:will|would|does|do|can|could|might|is) (?:this|it|the twist|the stretch|the move"
    r"|this \w+|doing (?:this|it)|doing the \w+)(?: \w+){0,2}? (?:do|doing|going to do|gonna do)"
    r" (?:anything|much|something|owt|any good|a lot|a thing|a great deal|wonders)(?: at all)?"
    r" (?:for|to) (?:my |the |your |a |our )?(?:(?:upper|lower|mid|middle|stiff|tight|rounded"
    r"|hunched) ){0,2}(?:back|spine|posture|hunch|slouch|shoulders|chest|hips|thoracic|mobility"
    r"|flexibility|stiffness)\b"
)

# Round 52. The starting position told as done and what comes next asked ("right, I'm down on
# my belly, now where do the legs go", "once I'm face down, what next?"): the legs asked
# for are the leg sweep, the next step in general is how to do it; never the setup just told.
_THEN_WHAT_52 = lazy(
    r"\b(?:lie|lying|lay|laying|get|got|am|i m|be|down|flat) (?:\w+ ){0,2}?"
    # twenty-seventh session, heldout_h113 (ans113): the place lain on may come between ("im on
    # the floor now face down, what do i do", "down on the mat on my front, what now")
    r"(?:on (?:the|my|a) (?:\w+ )?(?:floor|mat|ground|rug|carpet)(?: now| already)? )?"
    r"(?:on (?:my|your|the) )?(?:front|stomach|tummy|belly|face down|facedown|prone)\b"
    r"(?: \w+){0,6}? (?:then what"
    r"|what next|what now|what then|and then|what do i do|what comes next|what happens|what should"
    r" i do|where do|what (?:do|does|should|will) (?:my|the) (?:\w+ )?(?:legs?|knees?|feet|foot)"
    r" do)\b"
)
_LEGS_52 = lazy(r"\b(?:legs?|knees?|foot|feet)\b")
# ninth session, h63: a set-up step of the upper body told as done, the next step asked
_NEXT_ASKED_9 = (
    r"(?:(?:and |so )?then what|what next|what now|now what|what is next|whats next|what comes"
    r" (?:next|after(?: that)?)|what do i do (?:next|now|after that|then)|what after that|next"
    r" step|where do i go from here|and then$)"
)
_STEP_DONE_9 = lazy(
    r"\b(?:(?:arms?|hands?|palms?|elbows?) (?:are |is |now |already |both |all )*(?:out|wide"
    r"|spread|open|flat|down|in place|in position|set|sorted|done|like a cactus|in a cactus"
    r"|cactus)|shoulders? (?:are |is |now |already )*(?:down|relaxed|flat|on the (?:floor|mat))"
    r"|(?:head|forehead|face|cheek) (?:is |now |already )*(?:down|on|turned|resting))\b"
    rf"(?: \w+){{0,6}}? {_NEXT_ASKED_9}\b"
    # ...or what follows the step asked before it ("what comes after the arms bit")
    r"|\bwhat (?:comes|do i do|happens|goes) (?:after|once) (?:\w+ ){0,3}(?:arms?|hands?|palms?"
    r"|shoulders?|elbows?|head|forehead)\b(?! (?:hurt\w*|ache\w*|feel\w*|go numb|tingl\w*))"
)
_NOT_LEGS_52 = lazy(r"\b(?:arms?|hands?|palms?|head|forehead|face|elbows?|shoulders?)\b")


# Round 54. What the move is, asked with how the writer heard of it ("what is that twist
# thing you always remind me of", "what is this stretch your messages go on about"): the
# reminders or messages are only the source; what it is is asked. Never the reminder itself
# ("what is this reminder you keep sending") nor a second question about the bot after it.
_WHAT_IS_HEARD_54 = lazy(
    r"^(?:(?:so|ok|okay|um|erm|sorry|hi|hey|right|wait|honestly|genuinely|seriously) )*what"
    r" (?:even |exactly |actually |really |on earth |the heck |the hell )?(?:is|s) (?:this|that"
    r"|the|your) (?:\w+ )?(?:twist|rotation|move|exercise|stretch)(?: thing| move| exercise"
    r"| stretch)? (?:you|that|which|the|your|my|i|everyone|it|they|this bot|this app)\b"
)
_BOT_ASKED_54 = lazy(
    r"\b(?:turn (?:\w+ )?off|switch (?:\w+ )?off|stop (?:\w+ )?(?:reminder|remind|messag|ping|nudg"
    r"|notif)\w*|unsubscribe|mute|snooze|pause|change (?:the |my |what )?(?:time|reminder)\w*"
    r"|what time|how do i|how can i|can i|can you|and how|and can|and what|also)\b"
    r"|\b(?:twist|rotation|move|exercise|stretch|thing) (?:reminders?|notifications?|messages?"
    r"|pings?|nudges?|alerts?|buttons?|commands?)\b"
)


# Round 54. Two cues weighed against each other ("palms and both shoulders stay flat, but then the
# leg can't cross. Which one counts more?"): the question word decides nothing (never which side
# goes first); the upper body kept down against the leg's reach is the shoulders topic, whose
# answer says to keep them down and make the movement smaller.
_TRADE_OFF_54 = lazy(
    r"\b(?:which|what)(?: one| of (?:the|these|those) two| of them| cue| bit| part| rule"
    r"| instruction)? (?:matters|counts|wins|trumps|is (?:more |most |the more |the most )?"
    r"important|takes (?:priority|precedence)|has (?:priority|precedence)|is the priority"
    r"|should (?:i|win|take priority) ?(?:\w+ )?(?:follow|prioriti[sz]e|go with|listen to|stick"
    r" to|favou?r)?|do i (?:\w+ )?(?:follow|prioriti[sz]e|go with|listen to|stick to|favou?r)"
    r"|(?:is|s) more important|(?:is|s) better to (?:keep|do|follow))\b"
    r"|\b(?:what|which) (?:should|do) i prioriti[sz]e\b|\bwhat s more important\b"
)
_UPPER_KEPT_54 = lazy(
    r"\b(?:shoulders?|palms?|hands?|arms?|chest|upper body|elbows?)\b(?: \w+){0,4}? (?:down|flat"
    r"|on the (?:floor|mat|ground)|pressed|planted|glued|stuck|pinned|level|stay(?:s|ing)? down"
    r"|lift\w*|come up|comes up|rise\w*|peel\w*)\b"
    r"|\b(?:keep|keeping|press|pressing|pin|pinning|hold|holding) (?:\w+ ){0,3}?(?:shoulders?"
    r"|palms?|hands?|arms?|chest)\b"
)
_LEG_REACH_54 = lazy(
    r"\b(?:leg|legs|knee|knees|foot|feet)\b(?: \w+){0,5}? (?:over|across|cross\w*|reach\w*|far"
    r"|all the way|the whole way|down|to the floor|near the floor|the floor|the ground|miles"
    r"|nowhere|touch\w*)\b"
)
_SIDE_ORDER_54 = lazy(r"\b(?:left|right|sides?|first|start|begin)\b")


# Round 54. A tight or pulling feeling in the move told, the signs denied beside it, and asked
# whether it is all right ("nothing sharp, nothing shooting, just tight on the right when I sweep.
# is that ok?"): what the stretch should feel like (a mild stretch feeling is fine, pain means
# stop), never a decline. Not one side against the other (the uneven sides), not a change told
# (since, suddenly, worse: the net's), and nothing strange or painful left once the denials go.
_DENIED_54 = lazy(
    r"\b(?:nothing|no|not|never|without|zero|none of (?:the|that))(?: (?:really|at all|as such"
    r"|any|a|actually|even))* (?:\w+ )?(?:sharp\w*|shoot\w*|pain\w*|sore\w*|hurt\w*|tingl\w*"
    r"|numb\w*|pinch\w*|burn\w*|sting\w*|stabb\w*|achy|ache|aching|twing\w*|nerv\w*|electric"
    r"|zing\w*)(?:(?: or| nor| and|,)(?: no| nothing| not)? (?:\w+ )?(?:sharp\w*|shoot\w*|pain\w*"
    r"|sore\w*|hurt\w*|tingl\w*|numb\w*|pinch\w*|burn\w*|sting\w*|stabb\w*|achy|ache"
    r"|aching|twing\w*|nerv\w*|electric|zing\w*))*(?: (?:as such|at all|or anything|or owt"
    r"|like that|of the sort))?"
)
# ...tightness or a pull felt, never a pull done ("pull the leg further over": forcing it) nor a
# stretch felt somewhere (what it stretches)
_TIGHT_FELT_54 = lazy(
    r"\b(?:tight|tightness|tightening|taut|pully"
    r"|(?:a|the|some|slight|little|bit of|gentle|mild|strong|big) (?:\w+ )?(?:pull|pulling|tug"
    r"|tugging)(?! (?:the|my|it|your|on|back|at|them|over|across)\b)"
    r"|(?:pulling|tugging) (?:feeling|sensation))\b"
)
_OK_ASKED_54 = lazy(
    r"\b(?:is|s) (?:that|this|it) (?:ok|okay|fine|normal|alright|all right|right|expected|good"
    r"|meant to|supposed to|(?:what|how) (?:i|it) (?:should|ought|is meant|is supposed))\b"
    r"|\b(?:(?:that|this|it) )?(?:ok|okay|fine|normal|alright|all right|expected)$"
    r"|\b(?:ok|okay|fine|normal|alright) to (?:feel|have|get)\b"
    r"|\b(?:meant|supposed|should|ought) (?:to )?(?:be )?feel(?:ing)? (?:like )?(?:that|this|it)\b"
    r"|\b(?:should|do) i (?:be )?(?:feel|feeling) (?:that|this|it)$"
)
_DURING_MOVE_54 = lazy(
    r"\b(?:sweep\w*|twist\w*|turn\w*|swing\w*|rotat\w*|rep|reps|hold\w*|session|stretch\w*"
    r"|move|movement|exercise|(?:goes|go|come|comes|drop|drops|cross\w*) (?:over|across)"
    r"|end of (?:the|each|a) \w+|when i (?:\w+ )?(?:do|go|bring|take|roll|flip|sweep|swing|turn"
    r"|twist) (?:it|over|across|the|my)?)\b"
)
_STRANGE_54 = lazy(
    r"\b(?:odd|weird|funny|strange|wobbl\w*|shak\w*|trembl\w*|jelly|floppy|heavy|dead|cold|hot"
    r"|click\w*|clunk\w*|pop\w*|crack\w*|catch\w*|lock\w*|give way|giving way|gave way|buckl\w*"
    r"|swoll\w*|swelling|bruis\w*|cramp\w*|pulled|strain\w*|tear|torn|snap\w*|spasm\w*|seiz\w*"
    r"|grind\w*|crunch\w*|weak\w*|dizz\w*)\b"
)
_SIDES_WEIGHED_54 = lazy(
    r"\b(?:tighter|looser|easier|harder|stiffer|than|other side|one side (?:is|feels)|more on|less"
    r" on|compared|uneven|lopsided|both sides)\b"
)
_CHANGE_TOLD_54 = lazy(
    r"\b(?:since|suddenly|sudden|anymore|any more|started|starting|worse|worsening|new|lately"
    r"|recently|yesterday|today|this (?:morning|week)|for (?:days|weeks)|(?:days|weeks) now"
    r"|never (?:used to|had|felt)|used to|keeps? getting|spreading|travel\w*|down (?:my|the) leg"
    r"|into (?:my|the) (?:leg|bum|buttock|foot))\b"
)


def _tight_felt_asked(normal: str) -> bool:
    """Round 54: a tight or pulling feeling in the move asked about, with any signs denied."""
    if not (_OK_ASKED_54.search(normal) and _TIGHT_FELT_54.search(normal)):
        return False
    rest = blanked(_DENIED_54, normal)
    return (
        _DURING_MOVE_54.search(rest) is not None
        and not _BODY_TROUBLE_47.search(rest)
        and not _PAIN_WORD_46.search(rest)
        and not _STRANGE_54.search(rest)
        and not _SIDES_WEIGHED_54.search(rest)
        and not _CHANGE_TOLD_54.search(rest)
        and _beyond_the_twist(normal) == "no"
    )


# Round 54. The move's pace among people doing it together ("my colleague and I do it side by side
# on the mat after class, is it a problem if one of us is slower?", "my partner is much
# slower than me, does it matter?"): the speed topic; the others and the place are only who and
# where. Another sport's pace stays beyond the bank.
_PACE_54 = lazy(
    r"\b(?:speeds?|pace|paces|paced|tempo|tempos|rhythm|quick|quicker|quickly|fast|faster|slow"
    r"|slower|slowly|rush\w*|hurr\w*|in time|in sync|same time)\b"
)
_TOGETHER_54 = lazy(
    r"\b(?:together|alongside|side by side|next to (?:each other|me|her|him|them|one another)"
    r"|with (?:me|my \w+|a friend|a colleague|the \w+|her|him|them|the kids)|we|us|our|both of us"
    r"|one of us|all of us|each other|everyone|everybody|the (?:others|rest|group|class|kids)"
    r"|(?:my|the|our) (?:partner|wife|husband|son|daughter|mum|mom|dad|friend|mate|flatmate"
    r"|colleague|kids|children|class|group|pupils|students|residents|other \w+)|she|he|they)\b"
)
_PACE_ASKED_54 = lazy(
    r"\b(?:does (?:it|that|this|the \w+|our \w+) matter|matter if|is (?:that|it|this) (?:ok|okay"
    r"|fine|alright|all right|bad|a problem|an issue|wrong)|should (?:we|they|i|she|he|everyone)"
    r"|do (?:we|they) need to|(?:ok|okay|fine|alright|bad) if)\b"
)
_DOING_IT_54 = lazy(
    r"\b(?:do|does|doing|did|rush\w*|go|goes|going|take|takes|taking) (?:through )?(?:it|this"
    r"|them|the twist|our twists?|the stretch|the move|the reps?|the sweeps?)\b"
    r"|\b(?:twist\w*|sweep\w*|swing\w*|reps?)\b"
)


# eighth session, h61: another assistant or AI named, to liken the bot to (about the bot)
_OTHER_AI_8 = (
    r"(?:chat ?gpt|gpt(?: ?\d\w*)?|open ?ai|siri|alexa|gemini|bard|claude|copilot|grok|deepseek"
    r"|llama|bing|an? (?:ai|a i|chat ?bot|language model|llm|large language model|computer"
    r" programm?e?|program)|artificial intelligence|(?:some|a) (?:kind|sort|type) of (?:ai|bot))"
)
# eighth session, h61: "are you / is this bot / am I talking to" + (likened to) a named assistant
_BOT_LIKENED_8 = lazy(
    r"\b(?:are|r) (?:you|u|ya)|\bis (?:this bot|this thing|this chat|this app|the bot|this|it)"
    r"|\bam i (?:talking|chatting|speaking|texting|messaging) (?:to|with)"
)
# eighth session, h61: the likening after it ("just", "built on", "the same as") and the AI named
_LIKENED_AS_8 = lazy(
    r" (?:(?:just|only|actually|really|basically|secretly|literally|simply|like|kind of|sort of"
    r"|some (?:kind|sort|type) of|the same (?:thing |bot )?as|similar to|related to|a version of"
    r"|a copy of|a clone of|a wrapper (?:for|around|on)|based on|built (?:on|with|from|using)"
    r"|made (?:by|with|from|using)|powered by|running on|run by|using|linked to|connected to"
    r"|one of those|another|a) )*" + _OTHER_AI_8 + r"\b"
    r"(?! (?:for|to|about|can|could|will|would|better|smarter|cleverer|good|as|than|apps?"
    r"|compatible|skills?|speakers?|devices?|generated|made|written)\b)"
)
# eighth session, h61: "what model or AI is behind you", "which assistant runs this bot"
_WHICH_AI_8 = lazy(
    r"\b(?:what|which) (?:kind of |sort of |type of )?(?:ai|model|llm|language model|engine"
    r"|assistant|chat ?bot|software|tech|technology) (?:are (?:you|u)|is (?:this|it|behind)"
    r"|(?:do|does) (?:you|u|this bot|it) (?:use|run on)|powers|runs|drives|is under)"
    r"(?: (?:running|run|built|based|trained|made) (?:on|with|by|from))?\b"
)


# twelfth session, h72: the bot itself, as what's asked ("you", "this app", "the chatbot")
_THE_BOT_12 = (
    r"(?:you|u|ya|(?:this|the) (?:bot|chat ?bot|app|chat|service|thing|coach|account|programme"
    r"|program|tool|platform|telegram bot))\b"
)
# twelfth session, h72: who owns, runs or made the bot, asked in any verb
_BOT_OWNER_12 = lazy(
    r"\bwho (?:(?:is|s|are) )?(?:actually |really |exactly |even |else |the heck |on earth )?"
    r"(?:runs|run|running|owns|own|made|makes|built|builds|created|wrote|programmed|coded"
    r"|designed|developed|operates|manages|maintains|set up|sets up|behind|in charge of"
    r"|responsible for|paying for|pays for) " + _THE_BOT_12
)
# twelfth session, h72: whether the bot is a person, a clinician, a program or an AI, asked
_BOT_KIND = (
    r"(?:an? )?(?:real |actual |proper |qualified |live |genuine |human |trained )?(?:person"
    r"|human(?: being)?|physio|physiotherapist|doctor|dr|nurse|therapist|clinician|bot|robot"
    r"|machine|computer|program|programme|ai|a i|someone|somebody|man|woman|guy|bloke|lady)\b"
)
_BOT_NATURE_12 = lazy(
    r"\b(?:are|r) (?:you|u|ya) (?:even |actually |really |just |only |honestly )?"
    + _BOT_KIND
    + r"|\b(?:is|s) (?:this|it) (?:even |actually |really )?(?=an? )"
    + _BOT_KIND
    + r"(?: (?:answering|replying|reading|typing|writing|checking) (?:these|this|my|the)"
    r" (?:messages|answers|replies|questions|chats?))?"
    + r"|\b(?:is|s) there (?:even |actually |really )?(?=an? )"
    + _BOT_KIND
    + r" (?:answering|replying|reading|typing|writing|behind (?:this|it|you|u|the)|on the other"
    r" end|at the other end|checking (?:these|this|my|the) (?:messages|answers|replies))"
    r"|\bam i (?:talking|chatting|speaking|texting|messaging|writing) (?:to|with) " + _BOT_KIND
)


# twelfth session, h72: who first made up or invented the move itself (its history, not the bot)
_MOVE_ORIGIN_12 = lazy(
    r"\bwho (?:first |originally |actually )?(?:made|invented|came up with|thought up|devised"
    r"|created|designed|dreamt up|dreamed up)(?: up)? (?:the|this|that) (?:prone |spinal )*"
    r"(?:twist|move|stretch|exercise|drill|pose)\b"
)


def _bot_nature_asked_12(normal: str) -> str | None:
    """Twelfth session, h72: who runs or made the bot, or whether it is a person, a physio or a
    program, asked; the message with those words blanked, or None when not asked."""
    spans = [m.span() for m in _BOT_OWNER_12.finditer(normal)]
    spans += [m.span() for m in _BOT_NATURE_12.finditer(normal)]
    if not spans:
        return None
    rest = normal
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return rest if _beyond_the_twist(rest) == "no" else None


def _bot_likened_to_ai(normal: str) -> bool:
    """Eighth session, h61: what the bot is, asked by naming another assistant or AI, and
    nothing beyond the twist asked beside it ("running on" names no run)."""
    spans = [m.span() for m in _WHICH_AI_8.finditer(normal)]
    for asked in _BOT_LIKENED_8.finditer(normal):
        likened = _LIKENED_AS_8.match(normal, asked.end())
        if likened is not None:
            spans.append((asked.start(), likened.end()))
    if not spans:
        return False
    rest = normal
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return _beyond_the_twist(rest) == "no"


# eighth session, h61: the writer's age or a stiff, creaky body told (with new to it: beginners)
_AGE_OR_STIFF_8 = lazy(
    r"\b(?:i am|i m|im|aged?|at|turned|turning|nearly|almost|over) \d\d\b|\b\d\d (?:years? old"
    r"|yrs?(?: old)?|yo)\b|\bin my (?:fifties|sixties|seventies|eighties|nineties|[5-9]0 ?s)\b"
    r"|\bmy age\b|\b(?:older|elderly|pensioner|retired|oap|senior)\b|\bnot as young as\b"
    r"|\b(?:creak\w*|stiff|stiffer|inflexible|rusty|seized up|out of shape|unfit|not (?:very |at"
    r" all |that )?(?:flexible|bendy|supple|sporty|fit))\b"
)
# eighth session, h61: new to it, told in any words ("only just beginning", "from scratch")
_NEW_TO_IT_8 = lazy(
    r"\b(?:(?:just|only just|only|newly) (?:starting|started|beginning|begun|getting started)"
    r"|starting out|start(?:ing)? (?:out )?from scratch|from scratch|from zero|new to (?:this|it"
    r"|all this|all of this|exercise|exercising|stretching|the twist|this stretch|this move"
    r"|mobility)|brand new|(?:total|complete|absolute|real) (?:beginner|novice|newbie|newcomer)"
    r"|beginner|novice|newbie|newcomer|never (?:done|tried) (?:this|it|anything like (?:this|it))"
    r"|(?:taking|take|took) (?:this|it) up)\b"
)
# eighth session, h61: whether it suits the writer asked
_SUITS_ASKED_8 = lazy(
    r"\b(?:is|would|will) (?:this|it|that|the twist|this stretch|the move|this move)(?: be)?"
    r" (?:ok|okay|alright|all right|fine|suitable|safe|sensible|right|a good idea|too (?:hard"
    r"|much|advanced|difficult))\b|\b(?:can|could|will|would|should) i (?:still )?(?:do|manage"
    r"|cope|try|handle|give it a go|have a go)\b|\bam i (?:too old|ok|okay|fine|able|fit enough)"
    r"|\btoo old\b|\b(?:ok|okay|alright|fine|safe|suitable|for) (?:for )?(?:someone|somebody"
    r"|people|a person|folk|me|a beginner|beginners|older)\b|\bsuit(?:s|able)? (?:me|someone)\b"
)
# eighth session, h61: a version, a start or a length asked, which keeps its own topic
_VERSION_NAMED_8 = lazy(
    r"\b(?:version|variant|gentle|gentler|easier|easy one|hold|flow|how (?:do|should|to)|where"
    r" (?:do|should)|what position|first step|setup|set up|session length|how long|how often"
    r"|how many)\b"
)


# ninth session, h64: the move's steps asked to be shown, led or listed (not another thing's)
_STEPS_ASKED_9 = lazy(
    r"\b(?:walk|talk|take|guide|run|lead|go|coach) (?:me|us) (?:through|thru|over) (?:all |each"
    r" |every )?(?:of )?(?:the |these |those |your )?(?:steps?|stages?|instructions|it|this|that"
    r"|the (?:twist|move|stretch|exercise|whole thing)|this (?:twist|move|stretch|exercise)"
    r"|how (?:to do|i do|you do) (?:it|this|that|the (?:twist|move|stretch)))\b"
    r"(?! (?:version|variant|variation|bit|part|app|bot|menu|buttons?|settings|commands?)\b)"
    r"|\b(?:show|teach) me how(?: (?:to do|i do|you do))? (?:it|this|that|the (?:twist|move"
    r"|stretch))\b|\bwhat (?:are|r) the (?:steps|stages)\b(?! (?:to|for) (?!(?:it|this|the"
    r" (?:twist|move|stretch))\b))|\bstep by step\b(?! (?:how to|guide to) (?:use|set))"
)
# ninth session, h64: the writer new to the move, told in their own words
_NEW_TOLD_9 = lazy(
    r"\b(?:never|not ever|have not|has not|did not|do not) (?:ever |actually |really )?(?:done"
    r"|did|do|tried|try|attempted|seen) (?:it|this|that|one|anything like (?:it|this)|the \w+)"
    r"(?: \w+){0,2}? (?:before|till now|until now|yet|in my life)\b|\bfirst (?:time|go|attempt)"
    r"\b|\bnew to (?:it|this|the \w+)\b|\b(?:total |complete |absolute )?(?:beginner|newbie"
    r"|novice)\b"
)
# ninth session, h64: no stretching or exercise in the writer's past (plain or learner's words)
_NEVER_STRETCHED_9 = lazy(
    r"\b(?:never|not ever|not once|have not|has not|did not|do not|no|zero|none) (?:ever |really"
    r" |actually |once |been |done |did |do |doing |tried |any |much |an? )*(?:stretch\w*"
    r"|exercis\w*|workouts?|working out|yoga|pilates|mobility|sports?|fitness)\b"
    r"(?: (?:before|in my life|at all|ever|till now|until now|experience|routine))?"
)
# ninth session, h64: whether the writer may begin with this move, asked
_START_ASKED_9 = lazy(
    r"\b(?:can|could|may|should|shall|is it (?:ok|okay|fine|alright|safe|sensible) (?:for me )?"
    r"(?:to|if i)) (?:i )?(?:just )?(?:start|begin|kick off|get going|get started)"
    r"(?: (?:with|on|by doing|doing|from) (?:this|it|that|the twist|the stretch|the move"
    r"|this (?:one|twist|stretch|move|exercise))(?: one)?)?\b(?! (?:again|back)\b)"
    r"|\b(?:good|ok|okay|right|safe) (?:place|one|move|stretch) to (?:start|begin)"
    r"(?: with)?\b"
)
# ninth session, h64: a return to it (after a break, an operation or a flare) is not a beginner
_RETURNING_9 = lazy(
    r"\b(?:again|back to|return\w*|resum\w*|restart\w*|after (?:my|the|an?|surgery|op"
    r"|operation)|since (?:my|the))\b"
)


def _nothing_else_told(normal: str, body: str | None = None) -> bool:
    """Ninth session: a plain question about the move, with no pain, condition, operation,
    diagnosis or other complaint named, no report of the body (read in ``body`` when the caller
    has blanked words of its own out of it), and nothing beyond the twist."""
    return (
        not _PAIN_WORD_46.search(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _SURGERY_TOLD.search(normal)
        and not _DIAGNOSIS.search(normal)
        and not _OTHER_COMPLAINT.search(normal)
        and not body_report(normal if body is None else body)
        and _beyond_the_twist(normal) == "no"
    )


def _steps_asked_new(normal: str) -> bool:
    """Ninth session, h64: the move's steps asked, whatever the writer's experience told."""
    return (
        _STEPS_ASKED_9.search(normal) is not None
        and _NEW_TOLD_9.search(normal) is not None
        and _nothing_else_told(normal)
    )


def _never_stretched_start(normal: str) -> bool:
    """Ninth session, h64: no stretching in the writer's past, and whether to start asked."""
    return (
        _NEVER_STRETCHED_9.search(normal) is not None
        and _START_ASKED_9.search(normal) is not None
        and not _RETURNING_9.search(normal)
        and not _VERSION_NAMED_8.search(normal)
        and _nothing_else_told(normal)
    )


def _new_at_my_age(normal: str) -> bool:
    """Eighth session, h61: age or stiffness told, new to it, and whether it suits asked."""
    return (
        _AGE_OR_STIFF_8.search(normal) is not None
        and _NEW_TO_IT_8.search(normal) is not None
        and _SUITS_ASKED_8.search(normal) is not None
        and not _VERSION_NAMED_8.search(normal)
        and _nothing_else_told(normal, blanked(_CREAKY_48, blanked(_AGE_OR_STIFF_8, normal)))
    )


# tenth session, h65: resting a sore or stiff back weighed against moving it: why move at all.
_REST_10 = (
    r"(?:rest|resting|rest up|take it easy|taking it easy|lie still|lying still|stay still"
    r"|keep still|keeping still|do nothing|doing nothing|put my feet up|lay off it|stay in bed"
    r"|bed rest|leave it alone|leave it be)"
    r"(?! (?:days?|between|in between|periods?|my (?:head|forehead|arms?|hands?|chin|face)))"
)
_MOVE_10 = (
    r"(?:exercis\w*|mov\w*|stretch\w*|twist\w*|work (?:it|on it|out)|working (?:it|on it|out)"
    r"|workouts?|train\w*|active|activity|use it|using it|keep going|mobilis\w*|mobiliz\w*)"
)
_REST_OR_MOVE_10 = lazy(
    rf"\b{_REST_10}\b(?: \w+){{0,5}}? (?:than|instead|rather|over|not|or|vs|versus|and avoid)"
    rf"(?: \w+){{0,4}}? {_MOVE_10}\b"
    rf"|\b{_MOVE_10}\b(?: \w+){{0,5}}? (?:or|than|instead of|rather than|vs|versus|over)"
    rf"(?: \w+){{0,3}}? {_REST_10}\b"
    # ...or rest judged the wiser course on its own ("surely it's kinder to just rest it")
    r"|\b(?:better|smarter|wiser|safer|best|sensible|kinder|healthier|should i|should not i"
    r"|shouldnt i|ought i|i ought|surely|instinct\w*) (?:\w+ ){0,4}?(?:just |simply )?"
    rf"{_REST_10} (?:it|my back|the back|up|completely|entirely|instead|properly|for (?:a|the)"
    r" (?:few |couple of )?(?:days?|week|while))\b"
    rf"|\b{_REST_10} (?:is|would be|be) (?:better|smarter|wiser|safer|best|kinder)\b"
)
# tenth session, h65: the question's own "wouldn't it", which the net reads as a change
_ASKED_NOT_10 = lazy(r"\b(?:would|should|could|is|does|will|do|can) not\b")
# tenth session, h65: a word of trouble beyond soreness is left to the rules and the net
_BEYOND_SORE_10 = lazy(
    r"\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|dizz\w*|faint\w*|bleed\w*|swollen"
    r"|swelling|sharp|shooting|stabbing|electric|injur\w*|worse|fever\w*|temperature|bladder"
    r"|bowels?|pee\w*|wee\w*|poo\w*|legs?|groin|saddle|chest|breath\w*)\b"
)
# tenth session, h65: keeping still against flowing is the move's two styles, not rest
_STYLE_10 = lazy(
    r"\b(?:side to side|flow\w*|hold|holds|holding|dynamic\w*|static\w*|reps?|swing\w*|rock\w*"
    r"|in (?:the|it|one|a) (?:stretch|twist|pose|position|place|spot))\b"
)


# tenth session, h65: the starting position asked, a later step of the leg only as its time.
_BEFORE_THE_LEG_10 = lazy(
    r"\b(?:before|prior to|ahead of|until) (?:i |you |we )?(?:\w+ ){0,2}?"
    r"(?:the |my |a |your |one )?(?:legs?|knees?|foot|feet)\b(?: \w+){0,4}?(?= *$)"
)
_START_ASKED_10 = lazy(
    r"\b(?:set ?up|setting up|get (?:into|in) position|position myself|get myself (?:set|ready|in"
    r" position)|starting (?:position|pose|point)|start position|initial position)\b"
    r"|\b(?:what|which) position\b(?: \w+){0,2}? (?:am i|do i|should i|must i|i should|i need to"
    r"|to be|to start|to begin|is the start)\b"
    r"|\bhow (?:do|should|must|shall) i (?:be )?(?:lie|lying|lay|laying|begin|start|position)\b"
    r"|\bwhere (?:do|should|must) i (?:be )?(?:lie|lying|lay|laying|start|begin|put myself)\b"
)


def _start_before_leg_10(normal: str) -> bool:
    """tenth session, h65: the setup asked, with the leg named only in a closing "before..."
    clause that gives its time (`_BEFORE_THE_LEG_10`)."""
    before = _BEFORE_THE_LEG_10.search(normal)
    if not before:
        return False
    rest = normal[: before.start()]
    return (
        bool(_START_ASKED_10.search(rest))
        and not _LEGS_52.search(rest)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


def _rest_or_move_10(normal: str) -> bool:
    """tenth session, h65: resting weighed against moving, asked with no more than soreness or
    stiffness told (`_REST_OR_MOVE_10`)."""
    if not _REST_OR_MOVE_10.search(normal) or _BEYOND_SORE_10.search(normal):
        return False
    if _STYLE_10.search(normal):
        return False
    rest = blanked(_ASKED_NOT_10, blanked(_REST_OR_MOVE_10, normal))
    return not body_report(rest) and _beyond_the_twist(normal) == "no"


# tenth session, h66: a count of reps or sets asked, the moving style only its condition ("for
# the swinging version, how many sets?"): reps and sets; a choice between styles stays its own
_COUNT_ASKED_10B = lazy(
    r"\b(?:how many|what number of|how much|what amount of|what s the number of|number of)"
    r" (?:\w+ )?(?:reps|repetitions|rep|sets|set|rounds|sweeps|swings|goes)\b"
    r"|\breps and sets\b|\bsets and reps\b"
)
_STYLE_TOLD_10B = lazy(
    r"\b(?:if|when|whilst|while|for|as|doing it|do it|done|doing) (?:\w+ ){0,5}?(?:moving|moved"
    r"|flowing|flow|dynamic\w*|side to side|swing\w*|sweep\w*|rocking|rock|in motion)\b"
    r"|\b(?:instead of|rather than|not) (?:\w+ )?(?:holding|hold|holds|static\w*|keeping still)\b"
)
_STYLE_CHOICE_10B = lazy(
    r"\b(?:better|best|which|versus|vs|difference|differ|prefer\w*|pros|cons|why)\b"
    r"|\bor (?:(?:should|shall|do|would|is|just) )?(?:i )?(?:hold|move|flow|stay|keep|static)"
)


# twenty-second session, h96: ...or the count's plan named ("the rep scheme", "what rep range",
# "the set and rep breakdown")
_COUNT_PLAN_H96 = lazy(
    r"\b(?:reps?|sets?|repetitions?)(?: and (?:reps?|sets?))? (?:scheme|range|count|target"
    r"|structure|breakdown|prescription|protocol|numbers|plan)s?\b"
)


def _count_by_style_10b(normal: str) -> bool:
    """tenth session, h66: the count asked, the style only its condition (`_COUNT_ASKED_10B`);
    twenty-second session, h96: or the count's plan named (`_COUNT_PLAN_H96`)."""
    return (
        bool(_COUNT_ASKED_10B.search(normal) or _COUNT_PLAN_H96.search(normal))
        and bool(_STYLE_TOLD_10B.search(normal))
        and not _STYLE_CHOICE_10B.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# tenth session, h66: whether the move really does its good, with its worth doubted beside it
# ("will it truly unlock a rigid spine, or am I kidding myself?"): the benefits
_MOVE_DOES_10B = lazy(
    r"\b(?:does|do|will|would|can|could|is|it|this|that) (?:this |it |that |the |this )?(?:twist"
    r" |stretch |move |exercise |thing )?(?!(?:bot|app|chat|coach|reminder|service)\b)(?:\w+ )?"
    r"(?:actually |really |truly |genuinely |honestly |even |properly |ever )?(?:loosen\w*|free\w*"
    r"|ease\w*|eases|help\w*|reliev\w*|work\w*|fix\w*|improv\w*|unlock\w*|unstiffen\w*"
    r"|mobilis\w*|mobiliz\w*|do anything|do much|make (?:a|any) difference|any (?:good|use)|worth)"
)
_WORTH_DOUBTED_10B = lazy(
    r"\bor (?:(?:is|was|are) (?:it|this|that|they) |it s |just |am i (?:just )?|are we "
    r"|i m (?:just )?|is it just |simply |only )?"
    r"(?:a |an |just |total |complete |all |some |more |kind of )*"
    r"(?:waste of (?:time|effort|energy)|wasting (?:my |our )?(?:time|effort|energy)|pointless"
    r"|useless|gimmick\w*|hype|nonsense|rubbish|con|placebo|snake oil|bs|bollocks|fad|overrated"
    r"|no use|no good|not worth (?:it|the bother|the effort)|worthless|kidding myself"
    r"|a load of \w+|load of \w+|(?:does|do) (?:nothing|bugger all|sod all|zilch))\b"
)


_SCIATICA_10B = lazy(  # tenth session, h66: sciatica keeps its topic
    rf"\bsciatic\w*|\b{SCIATICA_SOUND_S18}\b"
)


def _worth_doubted_10b(normal: str) -> bool:
    """tenth session, h66: the move's good asked, its worth doubted (`_WORTH_DOUBTED_10B`)."""
    doubt = _WORTH_DOUBTED_10B.search(normal)
    return (
        doubt is not None
        and bool(_MOVE_DOES_10B.search(normal[: doubt.start()]))
        and not _BODY_TROUBLE_47.search(normal)
        and not _OTHER_COMPLAINT.search(normal)
        and not _SCIATICA_10B.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# eleventh session, h69: a session told as done on an earlier day or time, soreness told
# after it, and whether that is normal asked ("tried it for the first time on monday, stiff
# today, is that expected?"): pain after a session; never soreness during the move.
_DONE_BEFORE_11 = lazy(
    r"\b(?:did|done|tried|started|had|finished|completed|gave|after|following|since|first)"
    r"(?: \w+){0,3}?"
    r" (?:session|sessions|twist|twists|stretch|stretches|stretching|exercise|exercises|routine"
    r"|workout|move|go|it|this|them)\b"
)
# eleventh session, h69: an earlier day or time the session was done
_EARLIER_11 = lazy(
    r"\b(?:yesterday|yesterdays|last night|last nights|the other day|the day before|the day after"
    r"|the next day|next morning|this morning|earlier|(?:on |last )?(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day|(?:\d+|a|one|two|three|four|a couple of|a few|couple of|few) days? ago"
    r"|last week|at the weekend|over the weekend)\b"
)
# eleventh session, h69: soreness, stiffness or ache told (not a stretch felt in the move)
_SORE_11 = lazy(
    r"\b(?:sore|soreness|achy|aching|ache|aches|achey|stiff|stiffer|stiffness|tender|tight"
    r"|tighter|niggly|pain|painful|hurts|hurting)\b"
)
# eleventh session, h69: whether it is normal asked (never "ok to do another")
_NORMAL_ASKED_11 = lazy(
    r"\b(?:normal|expected|to be expected|usual|common|typical|a good sign|a bad sign|natural"
    r"|meant to happen|supposed to happen|should (?:that|this|it) happen|should i (?:be )?worr\w*"
    r"|anything to worry about|(?:is|s) (?:that|this|it) (?:ok|okay|fine|alright|all right))\b"
    r"(?! to\b)"
)
# eleventh session, h69: soreness in the move itself, or a sign beyond soreness
_NOT_AFTER_11 = lazy(
    r"\b(?:during|while|whilst|mid|midway|in the middle|as i (?:do|twist|stretch|turn|go)"
    r"|when i (?:do|twist|stretch|turn|go)|numb\w*|tingl\w*|pins and needles|weak\w*|shooting"
    r"|sharp|burning|swollen|swelling|dizz\w*|faint\w*|bleed\w*|injur\w*|worse|worsening"
    r"|down my leg|into my leg|legs?|bladder|bowel)\b"
)


# eleventh session, h69: the session's first time told ("stretches for the first time") is
# no other stretch for a part
_FIRST_TIME_11 = lazy(r"\bfor the (?:very )?first (?:time|go|attempt)\b")


def _sore_after_done_11(normal: str) -> bool:
    """eleventh session, h69: sore after a session done earlier, whether normal asked or the
    soreness told as mild (`unsure.MILD_SORE_11`)."""
    return (
        bool(_DONE_BEFORE_11.search(normal))
        and bool(_EARLIER_11.search(normal))
        and bool(_SORE_11.search(normal))
        and bool(_NORMAL_ASKED_11.search(normal) or MILD_SORE_11.search(normal))
        and not _NOT_AFTER_11.search(normal)
        and not _OTHER_COMPLAINT.search(normal)
        and _beyond_the_twist(blanked(_FIRST_TIME_11, normal)) == "no"
    )


# fifteenth session, h80: the upper body (top half, torso, chest) going along with the leg, asked
# whether it should: the shoulders topic (keep them down), never the leg's own sweep
_UPPER_PART_19 = (
    r"(?:upper (?:body|half|back|torso)|top (?:half|part)|top of (?:my|the) body|torso|trunk"
    r"|chest|shoulders?|rib ?cage|ribs)"
)
_UPPER_FOLLOWS_19 = lazy(
    r"\b" + _UPPER_PART_19 + r"(?: (?!(?:leg|legs|knee|knees|foot|feet)\b)\w+){0,2}? (?:roll\w*"
    r"|turn\w*|twist\w*|rotat\w*|lift\w*|tip\w*|tilt\w*|swing\w*|flip\w*|peel\w*|follow\w*"
    r"|(?:come|comes|coming|go|goes|going|move|moves|moving|get|gets|getting|drag\w*|pull\w*)"
    r" (?:over|across|round|around|up|along|with|too|as well|after))\b"
    r"(?:(?: \w+){0,6}? (?:leg|legs|knee|knees)\b| (?:\w+ )?(?:too|as well|also|with it"
    r"|along with it)\b)"
)
_UPPER_ASKED_19 = lazy(
    r"\b(?:should|shall|must|meant to|supposed to|ought|is (?:it|that|this)|does (?:it|that|this)"
    r" matter|matter|ok|okay|alright|all right|fine|normal|wrong|bad|problem|right|correct"
    r"|allowed|do i|am i|can i|or (?:stay|keep|not))\b"
)
# fifteenth session, h80: the reason for keeping it down asked (the cues' why, not whether)
_UPPER_WHY_19 = lazy(r"\b(?:why|how come|what s the reason|what is the reason|reason)\b")


# Sixteenth session, h81. A joint pushed further than it goes by itself, by someone else, a hand
# or a thing (a partner pressing the knee down, a strap or a weight to get the leg further over),
# asked: don't force it, never the range made smaller (`_PARTWAY_53`) that the stiffness told
# beside it would pull towards.
_JOINT_20 = r"(?:knee|knees|leg|legs|thigh|thighs|foot|feet)"
_FURTHER_20 = (
    # ...never a limb pressed down into the floor to stay steady
    r"(?:further|farther|lower|deeper|down(?! (?:into|onto|on|against|flat|firm\w*)\b)|more"
    r"|all the way|closer|to the (?:floor|ground|mat)"
    r"|past (?:where|its|my|the) \w+)"
)
_PUSHED_FURTHER_20 = lazy(
    # sixteenth session, h81: a pushing verb on the joint, then further, lower or down
    r"\b(?:press\w*|push\w*|pull\w*|lean\w*(?: \w+)? on|sit\w*(?: \w+)? on|sat on|kneel\w* on"
    r"|weigh\w* down|hold\w* down|force\w*|drag\w*|shove\w*|lever\w*|yank\w*|tug\w*|crank\w*)"
    r" (?:\w+ ){0,2}?" + _JOINT_20 + r"\b(?: \w+){0,4}? " + _FURTHER_20 + r"\b"
    # ...a weight or a pile of books laid on the joint to take it down
    r"|\b(?:put|puts|putting|rest|resting|place|placing|pile|piling|stack|stacking|hang|hanging"
    r"|strap|strapping|tie|tying) (?:a |an |some |my |the |few |couple of |heavy |small |light )*"
    r"(?:weights?|dumbbells?|kettlebells?|books?|bags? of \w+|sandbags?|plates?|bricks?)"
    r" (?:on|onto|over|across) (?:my|the|your) (?:\w+ )?" + _JOINT_20 + r"\b"
    # ...a helper or a thing named, then the joint got or taken further ("would a belt help me
    # get the knee further over", "loop a band round my foot to take it lower")
    r"|\b(?:someone|somebody|anybody|anyone|partner|husband|wife|hubby|boyfriend|girlfriend"
    r"|other half|friend|mate|hands?|strap|straps|belt|band|towel|scarf|rope|tie|lead|weights?"
    r"|dumbbell|kettlebell|books?)\b(?: \w+){0,5}? (?:get|gets|getting|take|takes|taking|bring"
    r"|brings|bringing|guide|guides|help|helps|helping) (?:me |it |them )?(?:\w+ )?"
    r"(?:" + _JOINT_20 + r"|it|them|me|myself)(?: \w+){0,2}? " + _FURTHER_20 + r"\b"
)
_PUSH_ASKED_20 = lazy(
    r"\b(?:can|could|should|shall|would|will|may|might|is (?:it|that|this)|ok|okay|alright"
    r"|all right|fine|safe|good idea|bad idea|allowed|worth|bad|wrong|help|do i|does it matter"
    r"|let)\b"
)


def _pushed_further_20(normal: str) -> bool:
    """Sixteenth session, h81: a joint pushed further by someone or something, asked about;
    never its reason, nor beside a word of trouble, a condition, an operation or a report of the
    body."""
    found = _PUSHED_FURTHER_20.search(normal)
    return (
        found is not None
        and _PUSH_ASKED_20.search(normal) is not None
        # the reason asked ("why not force it?") is the cues' why (`_UPPER_WHY_19` reads it)
        and not _UPPER_WHY_19.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _SCIATICA.search(normal)
        and _operation_told(normal) is None
        and not body_report(blanked(_PUSHED_FURTHER_20, normal))
        and _beyond_the_twist(normal) == "no"
    )


# twenty-first session, h94: a joint bounced (bobbed, jerked, jolted) on purpose to get it further
# ("a few bounces of the leg so it sinks lower", "bobbing my knees to reach the mat"), asked: a
# bounce to push past where the joint goes is forcing it (don't force), never a sign; the purpose
# word ("to", "so", "trying to") keeps out a joint told as bouncing by itself
_BOUNCE_H94 = r"(?:bounc\w*|bob|bobs|bobbed|bobbing|jerk|jerks|jerked|jerking|jolt\w*|jiggl\w*)"
_BOUNCED_FURTHER_H94 = lazy(
    # ...the joint named before the bounce taken in ("my knee a little bounce")
    r"\b(?:(?:my|the|your|one|a) )?(?:"
    + _JOINT_20
    + r"(?: \w+){0,3}? )?"
    + _BOUNCE_H94
    + r"\b(?: \w+){0,8}? (?:to|so|so that|trying to|in order to|hoping to"
    r"|till|until)\b(?: \w+){0,5}? (?:further|farther|lower|deeper|closer|nearer|more range"
    r"|(?:to|towards|toward|onto|on|reach|reaches|touch|touches|meet|meets) the"
    r" (?:floor|ground|mat)|all the way)\b"
)
_JOINT_NAMED_H94 = lazy(r"\b" + _JOINT_20 + r"\b")


def _bounced_further_h94(normal: str) -> bool:
    """Twenty-first session, h94: a joint bounced on purpose to get it further
    (`_BOUNCED_FURTHER_H94`), asked about; never beside a word of trouble, a condition, an
    operation or a report of the body (the guards of `_pushed_further_20`)."""
    return (
        _BOUNCED_FURTHER_H94.search(normal) is not None
        and _JOINT_NAMED_H94.search(normal) is not None
        and _PUSH_ASKED_20.search(normal) is not None
        and not _PAIN_WORD_46.search(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _SCIATICA.search(normal)
        and _operation_told(normal) is None
        and not body_report(blanked(_BOUNCED_FURTHER_H94, normal))
        and _beyond_the_twist(normal) == "no"
    )


# Sixteenth session, h81. A pull or a stretch felt at a place the move stretches (the hip flexors
# of the sweeping leg, the hip's outer side, the chest), asked whether it should be there: what it
# stretches, never the leg's sweep nor a tightness felt in the move (`_TIGHT_FELT_54`, no place).
_FELT_PLACE_20 = (
    # a side or front of a joint named ("the outside of my hip"), never the bare joint (round
    # 54's "a pull in my hip when I swing across" stays a feeling in the move)
    r"(?:(?:front|fronts|outside|outer|side|sides|top|inside) (?:of |bit of |part of )?(?:my |the"
    r" |your |one |each )?(?:\w+ )?(?:hips?|thighs?|shoulders?|glutes?|buttocks?|chest)"
    r"|(?:outer|front|side) (?:hips?|thighs?|shoulders?)"
    # ...or a part the stretch is for by itself
    r"|hip flexors?|flexors?|quads?|chest|pecs?|armpits?|(?:upper|mid|middle) back|rib ?cage"
    r"|obliques|lats?|it band)"
)
_PULL_WORD_20 = (
    r"(?:pull|pulls|pulling|tug|tugs|tugging|stretch|stretches|stretching|stretchy|stretched"
    r"|pulling feeling|stretching feeling|stretch feeling|opening)"
)
_PULL_AT_PLACE_20 = lazy(
    # sixteenth session, h81: the pull, then where ("a tug across one hip's front")
    r"\b" + _PULL_WORD_20 + r"(?: \w+){0,3}? (?:in|at|on|across|along|through|around|round|over"
    r"|down|up) (?:the |my |your |this |that )?(?:\w+ )?" + _FELT_PLACE_20 + r"\b"
    # ...or the place, then the pull felt there ("my outer hip gets a real stretch")
    r"|\b(?:my|the|your) " + _FELT_PLACE_20 + r"(?: \w+){0,2}? (?:feels?|felt|gets?|has|is"
    r" getting|is feeling) (?:a |some |this |that |the |quite a |real |big |little |bit of |good "
    r"|strong |mild |gentle |slight )*" + _PULL_WORD_20 + r"\b"
)
_MEANT_ASKED_20 = lazy(
    r"\b(?:meant|supposed|expected|should|ought)(?: to)? (?:be )?(?:happen\w*|feel\w*|be there"
    r"|be felt)\b|\b(?:is|s) (?:that|this|it) (?:ok|okay|fine|normal|alright|all right|right"
    r"|expected|good|meant|supposed|where)\b|\b(?:normal|expected|right place|the right spot"
    r"|where i should (?:feel|be feeling) it)\b|\b(?:should|do) i (?:be )?(?:feel|feeling) (?:it"
    r"|that|this|a \w+)\b"
)


def _pull_felt_at_place_20(normal: str) -> bool:
    """Sixteenth session, h81: a pull or stretch felt where the move stretches, whether it
    should be there asked; any sign denied beside it, nothing painful, strange or new left."""
    if not (_PULL_AT_PLACE_20.search(normal) and _MEANT_ASKED_20.search(normal)):
        return False
    rest = blanked(_DENIED_54, normal)
    return (
        not _BODY_TROUBLE_47.search(rest)
        and not _PAIN_WORD_46.search(rest)
        and not _STRANGE_54.search(rest)
        and not _SIDES_WEIGHED_54.search(rest)
        and not _CHANGE_TOLD_54.search(rest)
        and not _CONDITION_NAMED.search(rest)
        and _beyond_the_twist(normal) == "no"
    )


# Sixteenth session, h81. An easier version asked in slang ("a baby version", "lite", "easy
# mode", a cut-down for beginners): the gentler version, never "Did you mean" the moving one.
_SLANG_EASY_20 = lazy(
    r"\b(?:baby|babies|lite|diet|mini|kiddie|kiddy|kiddies|toddler|wimp|wimpy|wimps|wimp s|granny"
    r"|grandma|nanna|lazy|lazy person|lazy man|lazy girl|couch potato|watered down|dumbed down"
    r"|toned down|cut down|cutdown|stripped back|stripped down|scaled back|scaled down|cheat"
    r"|cheats|cheat s|idiot|dummy|dummies|noddy|low effort|no effort|bare minimum) (?:version"
    r"|versions|mode|edition|variant|variation|option)\b"
    r"|\b(?:easy|easier|baby|wimp|granny|lazy|chill|noob|newbie|beginner|beginners|novice|lite)"
    r" mode\b"
    r"|\b(?:beginner|beginners|noob|newbie|novice|starter) (?:cut ?down|lite|diet)\b"
    r"|\b(?:twist|stretch|move|it|this|one) for (?:dummies|wimps|babies|lazy people|the lazy"
    r"|lazybones|couch potatoes)\b"
)


# Sixteenth session, h81. A test or a scan asked for (from the GP or anyone: an MRI, an X-ray,
# blood tests), whether to get one: beyond the bank, the medical decline; never a test told as
# had or done ("my MRI was clear"), which is read elsewhere.
_TEST_20 = (
    r"(?:mri|m r i|mris|scans?|ct|ct scans?|cat scans?|x ?rays?|xrays?|ultrasounds?|imaging"
    r"|blood tests?|bloods|blood work|nerve conduction(?: tests?| studies| study)?|emg"
    r"|dexa(?: scans?)?|bone density(?: scans?| tests?)?)"
)
_TEST_ASKED_20 = lazy(
    # sixteenth session, h81: whether to get, ask for or push for a test
    r"\b(?:should|shall|must|ought|need|needs|worth|would|could|can|do|is it|time to|better)\b"
    # twenty-second session, h95: ...or pressing a clinician for one ("press my GP for a scan",
    # "nag the physio for an X-ray"), the one pressed named between the verb and "for"
    r"(?: \w+){0,3}? (?:get|getting|have|having|ask\w*(?: \w+){0,3}? for|request\w*"
    r"|(?:push|press|pester|nag|badger|hassle|chase|lean on)\w*(?: \w+){0,3}? for"
    r"|go for|going for|book\w*|arrange|order|demand|beg for|insist on) (?:a |an |some |any |the "
    r"|for |one |proper |full |private )*(?:\w+ )?" + _TEST_20 + r"\b"
    r"(?! (?:report|letter|results?|came|come|was|were|is|are|showed|shows|said|says)\b)"
    # ...a test needed ("do I need an X-ray of my back?")
    r"|\b(?:do|would|will|should|might) i (?:\w+ )?need (?:a |an |some |any |to get |to have )?"
    r"(?:\w+ )?" + _TEST_20 + r"\b"
    # ...the clinician asked whether to send for one ("should my GP send me for a scan?")
    r"|\b(?:should|shall|would|will|can|could|ought|must) (?:my|the|a) (?:gp|doctor|doc|dr"
    r"|physio\w*|consultant|nurse) (?:\w+ ){0,2}?(?:send|refer|book|order|arrange|request|give"
    r"|do|run) (?:me |us )?(?:on |in )?(?:for )?(?:a |an |some |any )?(?:\w+ )?" + _TEST_20 + r"\b"
    # ...the body part scanned or X-rayed asked ("worth getting my spine scanned?")
    r"|\b(?:should|shall|must|ought|need|worth|do|is it)\b(?: \w+){0,3}? (?:get|getting|have"
    r"|having) (?:my|the) (?:\w+ ){0,2}?(?:scanned|x ?rayed|imaged|mri d|mried)\b"
)


# Sixteenth session, h81. Whether the upper body gets stretched too, the part as the subject
# ("is my top half getting any stretch as well?"): what it stretches; never the top half going
# along with the leg (`_UPPER_FOLLOWS_19`: keep the shoulders down).
_UPPER_STRETCHED_20 = lazy(
    r"\b(?:does|do|will|would|is|are|should|can|could) (?:my|the|your|one s) "
    + _UPPER_PART_19
    + r"(?: \w+){0,2}? (?:stretch|stretched|stretching|get stretched|getting stretched|be"
    r" stretched|(?:get|getting|feel|feeling|have|having) (?:a |any |some |much |much of a |the"
    r" |good |proper |decent )*stretch\w*|benefit|benefits|loosen|loosened|loosening|(?:get"
    r"|getting) (?:anything|much|something|owt)(?: out of (?:it|this)| from (?:it|this))?)\b"
)


# Sixteenth session, h81. The hoped-for outcome asked as a feeling to come, doing it often or
# not ("if I keep at it every morning, will my back feel looser?"; `unsure.HOPED_FEEL_H81`):
# what the move does; never how soon (the progression), rest weighed against moving, or a
# condition's own answer.
_HOW_SOON_20 = lazy(
    r"\b(?:how (?:long|soon|quickly|fast|many (?:weeks|days|months|sessions))|when|until|till"
    r"|by when)\b"
)


def _hoped_feeling_20(normal: str) -> bool:
    """Sixteenth session, h81: a stiff back's hoped-for feeling asked of the move; nothing
    painful, strange or told of the body now left beside it."""
    if not HOPED_FEEL_H81.search(normal):
        return False
    rest = blanked(HOPED_FEEL_H81, normal)
    return (
        not _PAIN_WORD_46.search(rest)
        and not _STRANGE_54.search(rest)
        and not _HOW_SOON_20.search(normal)
        and not _rest_or_move_10(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _DIAGNOSIS.search(normal)
        and not _SCIATICA.search(normal)
        and not body_report(rest)
        and _beyond_the_twist(normal) == "no"
    )


# Seventeenth session, h82. Both arm positions named as not working (arms out straight or wide,
# and the cactus, bent-elbow one) and another way asked: the one-hand support, whose answer is for
# when both feel wrong; never a choice between the two, nor one of them asked about.
_ARMS_STRAIGHT_S17 = lazy(
    r"\b(?:straight(?! (?:away|after|afterwards|off|up|back|to)\b)|wide|outstretched|out to (?:the"
    r" |each |either |both )?sides?|out wide|out straight|spread out|t shaped?|t position)\b"
)
_ARMS_CACTUS_S17 = lazy(
    r"\b(?:cactus\w*|goal ?posts?|bent (?:arms?|elbows?|ones?|version|position)|elbows? bent"
    r"|bent at the elbows?|(?:arms?|elbows?) (?:bent|at 90|at ninety)|(?:90|ninety) degrees?"
    r"|w shaped?)\b"
)
_ARMS_WRONG_S17 = lazy(
    r"\b(?:neither|nor|either|awkward\w*|uncomfortabl\w*|not (?:very |that |really )?(?:comfortable"
    r"|comfy|great|good|nice|right|ideal|working|for me)|no good|do not (?:work|suit|like|agree)"
    r"|does not (?:work|suit|like|agree|feel right)|did not (?:work|suit|feel right)|hate\w*"
    r"|dislike\w*|can not|cannot|could not|struggl\w*|strain\w*|feels? (?:wrong|off|weird|odd|bad"
    r"|awful|strange|horrible)|(?:is|are|feels?) (?:no better|worse)|bother\w*|annoy\w*"
    # eighteenth session, h84: a position told as pinching or hurting ("the bent one nips my
    # shoulder", "straight hurts my elbow")
    r"|pinch\w*|nips?|nipping|hurts?|hurting|aches?|aching|twinges?"
    # twenty-first session, h93: a position told as killing a part, or the other as hardly
    # better ("the straight ones kill my elbows", "bent isn't much better either")
    r"|kills?|killing|murders?|not (?:much|any|a lot|a whole lot|really|that much) better"
    # twenty-third session, h98: the other vague words of a position feeling bad ("both feel
    # rough on my shoulders", "the bent one felt terrible")
    r"|(?:feels?|felt|feeling) (?:\w+ )?(?:terrible|rough|rubbish|grim|nasty|dreadful|crap|crappy"
    r"|lousy|rotten|horrid|ropey|ropy))\b"
)
_ARMS_OTHER_ASKED_S17 = lazy(
    r"\b(?:another|other|different|alternative\w*|third|else|instead|options?|variation"
    r"|substitute|any way|some way)\b"
)
_ARM_TOPICS_S17 = frozenset({"cactus_arms", "hand_support", "shoulders_down", "setup_start"})


def _both_arms_wrong_s17(normal: str) -> bool:
    """Seventeenth session, h82: the straight (or wide) arms and the cactus arms both named, a
    word of their not working, and another way asked; twentieth session, h90: or the arm
    positions named all together (`_ARMS_ALL_NAMED_H90`)."""
    return (
        (
            (bool(_ARMS_STRAIGHT_S17.search(normal)) and bool(_ARMS_CACTUS_S17.search(normal)))
            or bool(_ARMS_ALL_NAMED_H90.search(normal))
        )
        and (bool(_ARMS_WRONG_S17.search(normal)) or bool(_ARMS_NONE_H90.search(normal)))
        and bool(_ARMS_OTHER_ASKED_S17.search(normal))
        and _beyond_the_twist(normal) == "no"
    )


# Seventeenth session, h82. The pace of the moving (side-to-side) style asked ("how quickly do I
# sweep in the flowing one?", "what tempo for the reps?", "fast or slow?"): speed and rhythm,
# never what moving gives nor how soon it works.
_SPEED_ASKED_S17 = lazy(
    # twenty-sixth session, heldout_h111 (ans111): up to six words between, the part named at
    # length ("how slow should the side to side bit be")
    r"\bhow (?:fast|quick|quickly|slow|slowly|rapidly|briskly|speedy|smoothly)\b(?: \w+){0,6}?"
    r" (?:move|moving|go|going|swing|swinging|sweep|sweeping|rock|rocking|flow|flowing|switch"
    r"|switching|alternate|alternating|bring|bringing|take|taking|be|do (?:it|them|each|the|my"
    r"|this))\b"
    r"|\b(?:what|which|the right|a good|a set|any|ideal|best|what sort of|what kind of)"
    r" (?:pace|speed|tempo|rhythm|cadence)\b"
    r"|\b(?:fast|quick|quickly|rapid|rapidly) or (?:slow|slowly|steady|steadily)\b"
    r"|\b(?:slow|slowly|steady|steadily) or (?:fast|quick|quickly|rapid|rapidly)\b"
)
_SPEED_TOPICS_S17 = frozenset(
    {"dynamic_benefits", "hold_vs_flow", "leg_sweep", "speed_rhythm", "reps_sets"}
)
# ...never a result awaited ("how fast will I see a difference", "how quickly does it work")
_SPEED_OF_RESULT_S17 = lazy(
    r"\b(?:results?|difference|improve\w*|progress\w*|work|works|help|helps|loosen\w*|notice"
    r"|see|feel (?:better|looser|a difference)|get (?:better|looser|there)|benefit\w*)\b"
)


# Seventeenth session, h82. One style of the move told as worthless by someone or somewhere,
# often with the other as the only one that counts ("a friend says swinging side to side is a
# waste of time, only holding does anything: true?"): both styles weighed; the moving style's
# benefit when it alone is doubted.
_FLOW_STYLE_S17 = lazy(
    r"\b(?:moving|movement|move|moves|flow\w*|dynamic\w*|side to side|swing\w*|sweep\w*"
    r"|rock\w*|back and forth|to and fro|reps)\b"
)
_HOLD_STYLE_S17 = lazy(
    r"\b(?:hold|holds|holding|held|static|staying (?:in it|put|still|there)|stay (?:in it|put"
    r"|still|there)|keeping still|keep still|still one|still version)\b"
)
_STYLE_WORTHLESS_S17 = lazy(
    r"\b(?:pointless|useless|worthless|(?:a |total |complete )?waste of (?:time|effort|energy)"
    r"|no point|no use|no good|does nothing|do nothing|does not do (?:anything|much|a thing)"
    r"|do not do (?:anything|much|a thing)|not worth (?:it|doing|the bother|the effort)"
    r"|overrated|a con|rubbish|nonsense|a gimmick|for show)\b"
    r"|\b(?:only|just) (?:the )?(?:\w+ ){0,2}?(?:counts?|matters?|works?|does anything|does"
    r" something|is worth (?:it|doing)|gives? results|makes a difference)\b"
)
_STYLE_CLAIM_S17 = lazy(
    r"\b(?:says?|said|saying|reckons?|reckoned|told|tells|thinks?|thought|claims?|claimed"
    r"|insists?|swears?|read|heard|apparently|supposedly|true|right|correct|agree|myth|really"
    r"|is (?:that|it|this|he|she|they) (?:so|right|true))\b"
)


# twenty-first session, h93: a pick between the two styles asked ("which would you go for",
# "which suits me", "is one better"), both the still hold and the moving style named
_STYLE_PICK_H93 = lazy(
    r"\bwhich(?: one| style| way| approach| camp| version| option| of (?:them|the two|those"
    r"|these|the styles))? (?:\w+ )?(?:would|should|do|will|could|can) (?:you|i|u) (?:\w+ )?"
    r"(?:pick|choose|recommend|go for|go with|suggest|advise|prefer|try|stick with|stick to)\b"
    r"|\bwhich(?: one| style| way| approach| option)? (?:is|would be|will be|suits?|fits?)"
    r"(?: \w+)? (?:better|best|right|me|someone|for me|more suitable)\b"
    r"|\bis one (?:\w+ )?(?:better|best|more effective) than the other\b"
)


def _style_picked_h93(normal: str) -> bool:
    """Twenty-first session, h93: a pick between holding and moving asked, both named, no word
    of pain, of something strange, of a condition, nothing beyond the twist."""
    return (
        bool(_STYLE_PICK_H93.search(normal))
        and bool(_FLOW_STYLE_S17.search(normal))
        and bool(_HOLD_STYLE_S17.search(normal))
        and not _PAIN_WORD_46.search(normal)
        and not _STRANGE_54.search(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _SCIATICA.search(normal)
        and not _OTHER_COMPLAINT.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


def _style_doubted_s17(normal: str) -> str | None:
    """Seventeenth session, h82: the topic for one style of the move told as worthless, a
    claim reported or its truth asked: the moving style's benefit when it alone is named, else
    hold or flow; None when nothing is doubted or a word of trouble is beside it."""
    if not (_STYLE_WORTHLESS_S17.search(normal) and _STYLE_CLAIM_S17.search(normal)):
        return None
    flow = _FLOW_STYLE_S17.search(normal) is not None
    hold = _HOLD_STYLE_S17.search(normal) is not None
    if not flow and not hold:
        return None
    if (
        _PAIN_WORD_46.search(normal)
        or _STRANGE_54.search(normal)
        or _CONDITION_NAMED.search(normal)
        or _SCIATICA.search(normal)
        or _beyond_the_twist(normal) != "no"
    ):
        return None
    return "dynamic_benefits" if flow and not hold else "hold_vs_flow"


# Seventeenth session, h82. One foot told as reaching the floor and the other not (yet), over the
# weeks ("my right foot gets down to the mat these days but the left still hovers, will it get
# there?"): the foot not reaching, and the learned reader's vote does not ask (`Matcher.answer`);
# never a foot that drags, cannot feel or lift, nor one that no longer reaches.
_FOOT_REACH_S17 = lazy(
    r"\b(?:foot|feet|toes?|leg|legs|knee|knees|side|one|left|right)\b(?: \w+){0,4}?"
    r" (?:reach\w*|touch\w*|gets? (?:down )?(?:to|on|onto)|getting (?:down )?(?:to|on|onto)"
    r"|makes? it (?:down )?(?:to|on|onto)|lands?|landing|sits?|rests?|goes (?:down )?(?:to|on"
    r"|onto)|comes? down (?:to|on|onto)|down to|down on) (?:the )?(?:floor|ground|mat|carpet)\b"
    r"|\b(?:foot|feet|toes?|one|left|right)\b(?: \w+){0,3}? (?:touch\w*|gets?|comes?|goes) down\b"
)
_OTHER_SIDE_S17 = lazy(
    r"\b(?:the other(?: one| side| foot| leg)?|other one|other side|(?:the|my) (?:left|right)"
    r"(?: one| side| foot| leg)?|(?:left|right) (?:one|side|foot|leg)|not the other|one foot"
    r"|one side|one leg)\b"
)
_SHORT_STILL_S17 = lazy(
    r"\b(?:not|does not|do not|did not|will not|can not|cannot|could not|never|hangs?|hanging"
    r"|hovers?|hovering|dangl\w*|floats?|floating|in (?:the )?(?:mid ?)?air|mid ?air|nowhere"
    r" near|short of|off the (?:floor|ground|mat)|not yet)\b"
)
# ...never a sign of the foot or the leg, a change for the worse, or a word of now's onset
_FOOT_SIGN_S17 = lazy(
    r"\b(?:feel\w*|felt|numb\w*|tingl\w*|pins|needles|drag\w*|drop\w*|slap\w*|trip\w*|catch\w*"
    r"|lift\w*|control\w*|weak\w*|dead|heavy|floppy|wobbl\w*|give way|gave way|giving way"
    r"|move|moves|moving|budge\w*|work|works|working|respond\w*|bend|straighten|stand\w*|bear"
    r"|buckl\w*|no longer|anymore|any more|used to|since|suddenly|sudden|today|yesterday|this"
    r" (?:morning|week)|new|worse|worsening|cold|swoll\w*|cramp\w*)\b"
)


def _one_foot_reaches_s17(normal: str) -> bool:
    """Seventeenth session, h82: one foot reaching the floor told, the other short of it,
    nothing of the body beside (no pain, no sign of the foot or the leg, no change or onset) and
    no other question of the move's asked."""
    return (
        bool(_FOOT_REACH_S17.search(normal))
        and bool(_OTHER_SIDE_S17.search(normal))
        and bool(_SHORT_STILL_S17.search(normal))
        and not _FOOT_SIGN_S17.search(normal)
        and not _BODY_TROUBLE_47.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _STRANGE_54.search(normal)
        # ...the side, the time, the place or the way of the move asked is that question's
        and not _MOVE_ASKED_20.search(normal)
        and not _WHEN_TO_DO_20.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Seventeenth session, h82. A joint told as pressed or pushed further (by someone, a hand or a
# thing) and sore or aching after it ("my partner leaned on my knee last night and it's ached
# since, is that bad?"): what to do if it hurts, never "don't force it" as if only asked ahead.
_PUSHED_DONE_S17 = lazy(
    r"\b(?:pressed|pushed|forced|leaned|leant|sat|knelt|held|shoved|dragged|pulled|yanked"
    r"|levered|cranked|tugged|weighed|put|placed|stacked|strapped)\b"
)
_SORE_AFTER_S17 = lazy(
    # (never denied: "not sore at all", "no ache")
    r"(?<!\bnot )(?<!\bno )(?<!\bnever )(?<!\bwithout )(?<!\bnor )"
    r"\b(?:sore\w*|ach(?:e|es|ed|ing|y)|hurts?|hurting|hurt|painful|pain|tender|twing\w*"
    r"|throb\w*|bruis\w*|stiff\w*)\b"
)
# ...never a push supposed ("if my partner pushed my knee down, would it get sore?")
_PUSH_SUPPOSED_S17 = lazy(r"\b(?:if|suppose|supposing|say|in case|imagine)(?: \w+){0,3} $")
_PUSH_KEYS_S17 = frozenset(
    {"dont_force", "pain_through", "if_it_hurts", "range_of_motion", "pain_after"}
)


def _pushed_then_sore_s17(normal: str) -> bool:
    """Seventeenth session, h82: a joint pushed further told as done (`_PUSHED_FURTHER_20`, a
    verb of the past), then soreness or pain told after it."""
    pushed = _PUSHED_FURTHER_20.search(normal)
    return (
        pushed is not None
        and _PUSHED_DONE_S17.search(pushed.group()) is not None
        and _PUSH_SUPPOSED_S17.search(normal[: pushed.start()]) is None
        and _SORE_AFTER_S17.search(normal, pushed.end()) is not None
    )


# Seventeenth session, the lead's probes. The breath held as a feat (under water, in a dive, for a
# record) or its length asked with no part of the move named ("how long can a person hold their
# breath?"): not the move, declined; never the breath in the twist ("do I hold my breath in the
# hold?"), which is the speed and rhythm topic.
_BREATH_HELD_S17 = lazy(
    r"\b(?:hold\w*|held) (?:in )?(?:my|your|their|his|her|our|one s|the|a) breath\b"
    r"|\bbreath ?hold\w*\b|\bapn(?:o)?ea\b"
)
_BREATH_FEAT_S17 = lazy(
    r"\b(?:under ?water|dive|dives|diving|diver|free ?div\w*|snorkel\w*|swim\w*|pool|bath|sea"
    r"|record|challenge|competition|longest|world|how long (?:can|could|should|do|does|to|is it"
    r" safe to|am i able to) (?:\w+ ){0,3}?hold)\b"
)
_BREATH_IN_MOVE_S17 = lazy(
    r"\b(?:twist\w*|stretch\w*|sweep\w*|swing\w*|rep|reps|session|exercise|move|movement|pose"
    r"|position|flow|when i (?:hold|twist|stretch|sweep|do)|in the hold"
    r"|each side|per side)\b"
)


def _breath_feat_s17(normal: str) -> bool:
    """Seventeenth session, the lead's probes: the breath held as a feat or for how long, with no
    part of the move named."""
    return (
        bool(_BREATH_HELD_S17.search(normal))
        and bool(_BREATH_FEAT_S17.search(normal))
        and not _BREATH_IN_MOVE_S17.search(normal)
    )


# Eighteenth session, h83: the head asked together with the arms or hands, for the start ("face
# down on the mat, where do my hands and head go to begin?"): the starting position, which places
# them all, never the head's topic alone.
_SETUP_ARMS_S18 = lazy(r"\b(?:arms?|hands?|palms?|elbows?)\b")
_SETUP_START_S18 = lazy(
    r"\b(?:to (?:start|begin|get going|get set|get ready)|at the (?:start|beginning)|start(?:ing)?"
    r" (?:position|pose|point)|set ?up|setting up|first of all|before (?:i|you) (?:start|begin"
    r"|move|twist))\b"
)


def _head_with_setup_s18(normal: str) -> bool:
    """Eighteenth session, h83: the head and the arms or hands both asked about for the start,
    nothing of pain told."""
    return (
        bool(_HEAD_ASKED.search(normal))
        and bool(_SETUP_ARMS_S18.search(normal))
        and bool(_SETUP_START_S18.search(normal))
        and not _PAIN_WORD_46.search(normal)
    )


# Eighteenth session, h83: the order of the whole move asked ("is there a set sequence to it",
# "in what order does it all go"): the steps, never one step of it; the order of the sides or
# legs is which side first.
_ORDER_ASKED_S18 = lazy(
    r"\b(?:is there (?:an|a (?:set|right|proper|particular|certain|correct|fixed)) (?:order"
    r"|sequence)|(?:what|which) (?:order|sequence)|in (?:what|which|the right|the correct|a set"
    r"|the proper) (?:order|sequence)|the (?:order|sequence) (?:of|for) (?:things|it|it all"
    r"|everything|the steps|the whole thing|the moves)|an? (?:order|sequence) to (?:it|this"
    r"|everything|it all))\b"
)
_SIDES_NAMED_S18 = lazy(
    r"\b(?:sides?|left|right|(?:legs?|knees?|feet|foot) first|which (?:leg|knee|foot))\b"
)


def _asked_plainly(normal: str, asked: re.Pattern[str], unless: re.Pattern[str]) -> bool:
    """``asked`` found in ``normal`` and ``unless`` not, no word of pain, nothing beyond the
    twist (the plain asks of `_whole_order_asked_s18` and `_all_steps_asked_h92`)."""
    return (
        bool(asked.search(normal))
        and not unless.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


def _whole_order_asked_s18(normal: str) -> bool:
    """Eighteenth session, h83: the order of the move's steps asked, no sides named, nothing of
    pain told."""
    return _asked_plainly(normal, _ORDER_ASKED_S18, _SIDES_NAMED_S18)


# Eighteenth session, h83: the leg brought back (swung, brought, rolled back), then the other
# leg or side asked ("once the hold is over, do I lift it back and then start the second leg?"):
# the switch of sides.
_BACK_THEN_OTHER_S18 = lazy(
    r"\b(?:swing|bring|move|put|take|lift|sweep|roll|carry|let|drop|ease|come|go|get|pull)"
    r" (?:(?:it|them|the leg|my leg|that leg|the knee|my knee|that knee|the foot|my foot) )?back"
    r"\b(?: \w+){0,4}? (?:and|then|before|after that|and after that)(?: \w+){0,3}? (?:the |my |a )?"
    + _OTHER_GOES_11
)


# Eighteenth session, h83: a phrase of the back (or anything) asked in another language ("how
# would I say my back aches in French", "translate lower back into German"): beyond the bot.
_LANGUAGE_S18 = (
    r"(?:spanish|french|german|italian|portuguese|dutch|polish|russian|arabic|chinese|mandarin"
    r"|cantonese|japanese|korean|hindi|urdu|punjabi|bengali|turkish|greek|swedish|danish"
    r"|norwegian|finnish|welsh|gaelic|irish|romanian|hungarian|czech|ukrainian|hebrew|thai"
    r"|vietnamese|tagalog|swahili|latin|another language|other languages?|a different language)"
)
_TRANSLATION_ASKED_S18 = lazy(
    r"\b(?:how (?:do|would|can|could|should|does) (?:you|i|we|one|u|someone) (?:say|write|spell"
    r"|put|call)|what (?:is|s|are|re) (?:the (?:word|words|phrase|term) for )?|translat\w*"
    r"|the words? for)\b(?: \w+){0,8}? (?:in|into|to) " + _LANGUAGE_S18 + r"\b"
    r"|\b(?:the|a) " + _LANGUAGE_S18 + r" (?:word|words|phrase|term|for|translation)\b"
    r"|\btranslat\w* (?:\w+ ){0,8}?(?:from|in|into|to) " + _LANGUAGE_S18 + r"\b"
)


# Eighteenth session, h84: rest between sets (or rounds) asked: how long a pause between them
# ("how long a break between rounds", "do I pause after each set"): reps and sets, whose answer
# gives the rest, never how long the hold is.
_SET_REST_H84 = lazy(
    r"\b(?:rest|resting|break|breaks|pause|pausing|breather|recovery|wait|waiting|gap)"
    r"(?: \w+){0,3}? (?:between|after each|after every|in between) (?:the |my |each |every )?"
    r"(?:sets?|rounds?)\b"
    r"|\b(?:between|in between) (?:the |my |each )?(?:sets?|rounds?)\b(?: \w+){0,6}? (?:rest|break"
    r"|pause|breather|wait|recover)\b"
)

# Eighteenth session, h84: a shorter sweep of the leg asked ("could I keep the swing smaller",
# "what if my leg doesn't go as far across"): the range of the move, never another exercise.
_SWEEP_SMALLER_H84 = lazy(
    r"\b(?:smaller|shorter|tiny|tinier|little|mini|half|partial|less far|not as far|not so far"
    r"|less wide|narrower) (?:\w+ )?(?:sweeps?|swings?|arcs?|range|movements?|motions?)\b"
    r"|\b(?:sweep\w*|swing\w*|tak\w*|bring\w*|mov\w*|drop\w*|lower\w*|go\w*|let\w*)"
    r" (?:the |my |your )?(?:leg|knee|foot|it)(?: \w+){0,2}? (?:so|as|that|too) far\b"
    r"|\b(?:leg|knee|foot|it) (?:doesn t|does not|don t|do not|not) (?:go|swing|sweep|come|cross)"
    r" (?:as|so|that|all the way) (?:far|over|across)\b"
)
_SMALLER_ASKED_H84 = lazy(
    r"\b(?:can|could|may|is it ok|is it okay|is it fine|is that ok|would it|does it|should|what"
    r" if|allowed|alright|all right|ok if|okay if|fine if|do i have)\b"
)


def _smaller_sweep_h84(normal: str) -> bool:
    """Eighteenth session, h84: a smaller sweep of the leg asked, nothing of pain told."""
    return (
        bool(_SWEEP_SMALLER_H84.search(normal))
        and bool(_SMALLER_ASKED_H84.search(normal))
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Eighteenth session, h84: why the leg is swept, not kicked or flung ("what's the point of
# sweeping rather than swinging it fast"): the speed and rhythm of the move.
_SWEEP_NOT_KICK_H84 = lazy(
    r"\b(?:why|how come|what s the (?:point|reason|idea|difference)|what is the (?:point|reason"
    r"|idea|difference)|the reason)\b(?: \w+){0,8}? (?:sweep|sweeps|sweeping|swept|glide"
    r"|gliding)\b(?: \w+){0,4}? (?:not|rather than|instead of|and not|but not|never|as opposed to"
    r"|vs|versus|or) (?:\w+ )?(?:kick|kicks|kicking|kicked|fling|flinging|flick|flicking|throw"
    r"|throwing|swing it|swinging it|jerk|jerking|whip|whipping)\b"
    r"|\bwhy (?:not|can t i|cant i|shouldn t i|shouldnt i|mustn t i) (?:just )?(?:kick|fling|flick"
    r"|throw|whip) (?:it|the leg|my leg|the knee)\b"
)

# Eighteenth session, h84: the hold lengthened to a number of seconds asked, the writer's hold
# now told ("been at 20 seconds a fortnight, time to go to 45?"): the progression.
_SECONDS_H84 = r"(?:\d+|ten|fifteen|twenty|thirty|forty|forty five|sixty) ?(?:s|sec|secs|seconds)"
_HOLD_NOW_H84 = lazy(
    r"\b(?:at|doing|holding|hold(?:ing)? for|been|on|managing|up to|for) " + _SECONDS_H84 + r"\b"
)
_HOLD_RAISED_H84 = lazy(
    r"\b(?:bump|bumping|go|going|move|moving|step|stepping|jump|jumping|push|pushing|increase"
    r"|increasing|raise|raising|up|upping|take|taking|add|stretch|extend|extending|build|building"
    r"|level) (?:it |things |that |the hold )?(?:up )?(?:to|towards) (?:\d+|twenty|thirty|forty"
    r"|forty five|sixty)\b"
)


def _hold_raised_h84(normal: str) -> bool:
    """Eighteenth session, h84: a longer hold asked, the hold now told in seconds, nothing of
    pain told."""
    return (
        bool(_HOLD_NOW_H84.search(normal))
        and bool(_HOLD_RAISED_H84.search(normal))
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Nineteenth session, h85: the bot's gentler version named as something it gave or switched the
# writer to, what it is or why asked ("you put me on the easier one this morning, how come?"):
# the gentler version, never a decline for a question the bank matched too weakly.
_GENTLER_GIVEN_H85 = lazy(
    r"\b(?:gave|give|given|gives|giving|got|get|gets|getting|served|sent|showed|shown|offered"
    r"|put me on|put me onto|switched|swapped|changed|moved|dropped|bumped|landed|had|received)"
    r"\b(?: \w+){0,5}? (?:a |the |an |this |that )?(?:gentler|gentle|easier|easy|lighter|softer"
    r"|modified|toned down) (?:one|version|variant|variation|session|routine|twist|option|mode"
    r"|workout)\b"
)
_GENTLER_WHY_H85 = lazy(
    r"\b(?:why|how come|what|what s|whats|which|difference|different|differs|explain|reason"
    r"|mean|means|about)\b"
)


def _gentler_given_h85(normal: str) -> bool:
    """Nineteenth session, h85: the gentler version told as given, what or why asked."""
    return (
        bool(_GENTLER_GIVEN_H85.search(normal))
        and bool(_GENTLER_WHY_H85.search(blanked(_GENTLER_GIVEN_H85, normal)))
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Nineteenth session, h85: a version of the move asked by its size ("a teeny one", "a little
# version of the swing"), or the full range told as too much ("the whole arc feels like a lot for
# me"): the range of the move, which the writer chooses, never the gentler version the bot
# gives on a higher-pain day (that one answers "easier", "gentler", "lighter").
_SIZED_VERSION_H85 = lazy(
    r"\b(?:tiny|tinier|teeny|teeny tiny|small|smaller|little|littler|wee|miniature|reduced"
    r"|shrunk|shrunken|compact) (?:\w+ )?(?:version|variant|variation|edition)\b"
    r"|\b(?:tiny|tinier|teeny|smaller) one\b"
    r"|\b(?:(?:full|whole|entire|complete|big|large) (?:swing|sweep|range|arc|movement|motion"
    r"|twist|rotation|thing|way over|way across)|all the way(?: over| across| down| round)?)\b"
    r"(?: \w+){0,3}? (?:is|s|feels|seems|are|was) (?:a bit |a little |just |way |far |slightly "
    r"|rather |quite |a tad )?(?:too much|much|a lot|too big|too far|too wide|too large|beyond me"
    r"|more than i can)\b"
)
# ...never when an easier or gentler version is named: that is the gentler version asked
_EASIER_NAMED_H85 = lazy(
    r"\b(?:easier|easy|gentler|gentle|lighter|light|softer|simpler|simple|modified|beginner s"
    r"|beginners) (?:\w+ )?(?:version|variant|variation|edition|option|one|way)\b"
)
_SIZED_ASKED_H85 = lazy(r"\b(?:is there|are there|any chance|do you have|got a|i d like|i want)\b")


def _sized_version_h85(normal: str) -> bool:
    """Nineteenth session, h85: a smaller version of the move asked, nothing of pain told."""
    return (
        bool(_SIZED_VERSION_H85.search(normal))
        and bool(_SMALLER_ASKED_H84.search(normal) or _SIZED_ASKED_H85.search(normal))
        and not _EASIER_NAMED_H85.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Nineteenth session, h85: the purpose of a cue asked, the cue named (hands or palms flat or
# pressed down, shoulders kept on the mat): "what's that for", "why does the app keep saying it":
# why the cues matter, never the one-hand support option that names the hands too.
_CUE_NAMED_H85 = lazy(
    r"\b(?:hands?|palms?|arms?|shoulders?|shoulder blades?) (?:\w+ ){0,2}?(?:flat|down|pressed"
    r"|planted|pinned|glued|stuck down|on the (?:mat|floor|ground))\b"
    r"|\b(?:flat|pressed|planted) (?:hands?|palms?)\b"
)
_PURPOSE_ASKED_H85 = lazy(
    r"\bwhat (?:is|s|are|re) (?:that|it|this|those|these|they|all that) (?:\w+ ){0,2}?for\b"
    r"|\bwhat for\b|\bfor what\b"
    r"|\b(?:the|what s the|what is the|whats the) (?:point|purpose|reason|idea|benefit|logic"
    r"|thinking)\b"
    r"|\bwhy (?:does|do|is|did|would) (?:it|the bot|the app|you|they|the coach|the instructions"
    r"|the cues?|this thing) (?:\w+ ){0,2}?(?:keep|keeps|say|tell|insist|want|go on|going on|harp"
    r"|bang|stress|mention|ask|nag|banging|harping|repeat)\w*\b"
    r"|\bwhat (?:does|do|would) (?:that|it|this|doing that|doing it) (?:\w+ )?(?:do|achieve"
    r"|help|change)\b|\bhow does (?:that|it|this) help\b"
)
_CUE_TROUBLE_H85 = lazy(
    r"\b(?:can t|cant|cannot|won t|wont|don t|dont|doesn t|doesnt|unable|struggle\w*|lift\w*"
    r"|comes? up|came up|numb\w*|tingl\w*)\b"
)


def _cue_purpose_h85(normal: str) -> bool:
    """Nineteenth session, h85: why a named cue is given, asked; nothing of trouble with it."""
    return (
        bool(_CUE_NAMED_H85.search(normal))
        and bool(_PURPOSE_ASKED_H85.search(normal))
        and not _CUE_TROUBLE_H85.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Nineteenth session, h85: one side told as going fine and the other as stuck, staying up or not
# going over ("the left drops right down but the right hangs up high"): the sides differ, never
# what to do if it hurts.
_SIDE_WORD_H85 = r"(?:left|right|one side|the other|other side|other one|one leg|other leg)"
_SIDE_FINE_H85 = lazy(
    r"\b" + _SIDE_WORD_H85 + r"\b(?: \w+){0,4}? (?:fine|easily|easy|no problem|all the way"
    r"|flat|right down|straight down|down fine|perfectly|lovely|great|no bother|no issue\w*"
    r"|to the floor|to the mat)\b"
)
_SIDE_STUCK_H85 = lazy(
    r"\b" + _SIDE_WORD_H85 + r"\b(?: \w+){0,4}? (?:stuck|stays? up|stay\w* high|hangs?|hanging"
    r"|hovers?|hovering|up in the air|in the air|miles off|nowhere near|barely|hardly|half way"
    r"|halfway|won t go|wont go|doesn t go|doesnt go|does not go|can t get|not as far|only gets?)\b"
)
_SIDE_NEW_H85 = lazy(
    r"\b(?:since|suddenly|sudden|new|newly|today|yesterday|this week|getting worse|worse|fell"
    r"|fall|fallen|injur\w*|numb\w*|tingl\w*|weak\w*|dead|can t feel|cant feel|can t move|cant move"
    r"|drag\w*)\b"
)


def _one_side_stuck_h85(normal: str) -> bool:
    """Nineteenth session, h85: one side fine and the other stuck, nothing new or of the body
    told beside it."""
    return (
        bool(_SIDE_FINE_H85.search(normal))
        and bool(_SIDE_STUCK_H85.search(normal))
        and not _SIDE_NEW_H85.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# Nineteenth session, h85: a break of days or weeks told and the way back asked, the whole move
# weighed against building up again ("a month away, back to the whole routine or go gently?"):
# the progression, whose answer tells how to build up, never how to set up.
_BREAK_TOLD_H85 = lazy(
    r"\b(?:\d+|a|one|two|three|four|five|six|a few|a couple of|couple|several|some) (?:days?"
    r"|weeks?|wks?|months?|fortnight) (?:off|away|out|break|gap|without)\b"
    r"|\b(?:back from|home from|after) (?:a |my |the |our )?(?:holiday|holidays|vacation|trip"
    r"|time off|travels|travelling|traveling|honeymoon|festival)\b"
    r"|\b(?:took|taken|taking|had|have had|having) (?:a |some )?(?:time off|hiatus)\b"
    r"|\b(?:haven t|havent|have not|not) (?:done|touched|been doing) (?:it|the twist|the"
    r" exercise|the stretch|them) (?:for|in) (?:\w+ ){0,2}?(?:days?|weeks?|months?|ages|a while)\b"
)
_WAY_BACK_H85 = lazy(
    r"\b(?:ease (?:back )?in|ease (?:myself |my way )?back|ease into|build (?:it |back |myself )?up"
    r"|work (?:back |my way )?up|start (?:again|over|back|afresh|from scratch)|restart|pick up"
    r" where|where i left off|straight back|jump (?:straight |right )?back|go back to (?:the )?full"
    r"|back to (?:the )?full|the full (?:thing|routine|session|version|amount|twist|programme"
    r"|program|reps|holds?)|from the beginning|from the start|from day one|step back down"
    r"|gently back|back in gently|slowly back)\b"
)
_BREAK_GUARD_H85 = lazy(
    r"\b(?:surgery|operation|op|operated|pregnan\w*|baby|birth|gave birth|injur\w*|fell|fall"
    r"|fallen|accident|hospital|fracture\w*|broke|broken|slipped disc|disc|numb\w*|tingl\w*"
    r"|weak\w*|ill|illness|covid|flu|fever|infection)\b"
)


def _way_back_after_break_h85(normal: str) -> bool:
    """Nineteenth session, h85: the way back after a break asked, nothing of an illness, an
    injury or the body told."""
    return (
        bool(_BREAK_TOLD_H85.search(normal))
        and bool(_WAY_BACK_H85.search(normal))
        and not _BREAK_GUARD_H85.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# twenty-second session, h97: the move asked to be explained simply ("break it down like I'm a
# child", "describe the steps in plain words", "explain this for dummies"): how to do it, whatever
# the writer tells of why the words lost them
_SIMPLY_EXPLAINED_H97 = lazy(
    r"\b(?:explain|describe|walk me through|break (?:it |this |that )?down|run me through"
    r"|go through|talk me through)"
    r"(?: (?:it|this|that|the (?:move|twist|exercise|stretch|steps|instructions)))?"
    r"(?: (?:down|to me|again|once more|for me|please))* (?:like (?:i am|i m|im|to|for)"
    r" (?:a |an )?(?:\d+|four|five|six|seven|child|kid|toddler|baby|beginner|idiot|dummy)"
    r"(?: (?:year|years|yr|yrs) old)?|in (?:simple|plain|easy|basic|layman s|laymans|normal"
    r"|everyday|kid s|child s) (?:terms|words|english|language|steps)|more simply|simply"
    r"|for (?:a )?(?:dummies|beginners|idiots|a child|a kid|kids|a five year old))\b"
)


# twenty-second session, h97: another thing asked beside the plain explanation ("what is X",
# "how a Y works"): the explanation is of that, not of the move
_OTHER_ASKED_H97 = lazy(r"\b(?:what|how|why|where|when|which|who|whats)\b")


def _simply_explained_h97(normal: str) -> bool:
    """Twenty-second session, h97: the move asked to be explained simply
    (`_SIMPLY_EXPLAINED_H97`), nothing else asked beside it and no other exercise: read only when
    the bank finds no topic, which a named concept ("the planes, like I'm 5") would give."""
    return (
        bool(_SIMPLY_EXPLAINED_H97.search(normal))
        and not _OTHER_ASKED_H97.search(blanked(_SIMPLY_EXPLAINED_H97, normal))
        and _beyond_the_twist(normal) == "no"
    )


def _direct_topic(normal: str) -> str | None:
    """The topic of a question asked plainly (rounds 47-49), or None; never beside a word of
    trouble. The checks with guards of their own first, then `_PLAIN_ASKS` in order."""
    if _sore_after_done_11(normal):
        # eleventh session, h69: sore after an earlier session, whether normal asked (before a
        # tightness felt in the move)
        return "pain_after"
    if _pull_felt_at_place_20(normal):
        # sixteenth session, h81: a pull or stretch felt where the move stretches, whether it
        # should be there (before a tightness felt in the move, which names no place)
        return "muscles_stretched"
    if _tight_felt_asked(normal):
        return "pain_through"
    if (
        _score_rose_56(normal)
        and not _TROUBLE_BESIDE_56.search(normal)
        and not _STRANGE_54.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # round 56: "it climbed from 2 up to 4 after the twist tonight, should I back off?": a
        # score higher after a session, and nothing else told of the body
        return "pain_after"
    if _score_version_57(normal):
        # round 57: "5/10 as per, what session should I do?": the pain scale's zones
        return "pain_scale"
    if _score_carry_on_ans112(normal):
        # twenty-sixth session, heldout_h112 (ans112): a pain score told, carrying on or stopping
        # asked: the pain scale's zones
        return "pain_scale"
    if _surface_hurt_ahead_h92(normal):
        # twenty-first session, h92: whether the surface lain on will hurt a pressed part, asked
        # ahead (a body weight beside it no sign): the mat and padding
        return "mat"
    if _start_before_leg_10(normal):
        # tenth session, h65: the setup asked, the leg only its time (`_BEFORE_THE_LEG_10`)
        return "setup_start"
    if _rest_or_move_10(normal) and not _OTHER_COMPLAINT.search(normal):
        # tenth session, h65: rest weighed against moving the back (see `_REST_OR_MOVE_10`)
        return "why_move"
    if _count_by_style_10b(normal) and not _BODY_TROUBLE_47.search(normal):
        # tenth session, h66: how many reps or sets, moving only the condition ("number" is no
        # numbness)
        return "reps_sets"
    if _style_picked_h93(normal) and not _BODY_TROUBLE_47.search(normal):
        # twenty-first session, h93: a pick between holding and moving asked, both named
        return "hold_vs_flow"
    if _BODY_TROUBLE_47.search(normal):
        return None
    if _bounced_further_h94(normal):
        # twenty-first session, h94: a joint bounced on purpose to get it further: don't force
        # (before a version's size, which "little bounces" would pull towards)
        return "dont_force"
    if _WHAT_IT_STRETCHES_H90.search(normal) and _beyond_the_twist(normal) == "no":
        # twentieth session, h90: what the move stretches, asked plainly
        return "muscles_stretched"
    if _hips_loosened_ans113(normal):
        # twenty-seventh session, heldout_h113 (ans113): whether the move loosens the hips, asked
        # by a verb of help or loosening: what it stretches (the hips' flexors among them)
        return "muscles_stretched"
    if _NEXT_STEP_UP_H90.search(normal) and _beyond_the_twist(normal) == "no":
        # twentieth session, h90: the next step up asked, whatever the writer can do now
        return "progression"
    if _SET_REST_H84.search(normal) and not _PAIN_WORD_46.search(normal):
        # eighteenth session, h84: rest between sets asked: reps and sets, which gives it
        return "reps_sets"
    if _SWEEP_NOT_KICK_H84.search(normal) and not _PAIN_WORD_46.search(normal):
        # eighteenth session, h84: why a sweep and not a kick: the speed and rhythm
        return "speed_rhythm"
    if _gentler_given_h85(normal):
        # nineteenth session, h85: the gentler version told as given, what or why asked
        return "gentler_variant"
    if _sized_version_h85(normal):
        # nineteenth session, h85: a smaller version asked by its size: the range of the move
        return "range_of_motion"
    if _cue_purpose_h85(normal):
        # nineteenth session, h85: why a named cue is given (before the hands' support option)
        return "why_cues"
    if _way_back_after_break_h85(normal):
        # nineteenth session, h85: the way back after a break: the progression
        return "progression"
    if _smaller_sweep_h84(normal):
        # eighteenth session, h84: a smaller sweep of the leg asked: the range of the move
        return "range_of_motion"
    if _hold_raised_judged_ans112(normal):
        # twenty-sixth session, heldout_h112 (ans112): the longer hold judged as too much: how
        # long to hold (before the longer hold asked, which reads the step up)
        return "hold_time"
    if _hold_raised_h84(normal):
        # eighteenth session, h84: the hold lengthened to more seconds asked: the progression
        return "progression"
    if _sets_raised_h99(normal):
        # twenty-third session, h99: a higher count of sets asked against the one kept now
        return "progression"
    if _another_set_ans112(normal):
        # twenty-sixth session, heldout_h112 (ans112): another set asked after the count done
        return "reps_sets"
    if (
        _WHEN_TO_DO_20.search(normal)
        and not _INSTEAD_20.search(normal)
        and not _REMINDER_ASKED_40.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # sixteenth session, h81 (b): when in the day to do the move, the move named ("a good
        # time for this stretch?"): how often, whose answer gives the time of day, never what
        # it is (which "this twist" pulls towards)
        return "how_often"
    if _pushed_then_sore_s17(normal):
        # seventeenth session, h82: a joint pushed further told as done, and sore since: what to
        # do if it hurts (before the push asked about, which it would read as the same)
        return "if_it_hurts"
    if _pushed_further_20(normal):
        # sixteenth session, h81: a joint pushed further by someone or something (before the
        # leg that only gets part of the way, told beside it)
        return "dont_force"
    if (
        _SLANG_EASY_20.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # sixteenth session, h81: an easier version asked in slang
        return "gentler_variant"
    if (
        _UPPER_STRETCHED_20.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _UPPER_WHY_19.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # sixteenth session, h81: whether the top half is stretched too, the part the subject
        return "muscles_stretched"
    if _hoped_feeling_20(normal):
        # sixteenth session, h81: the back's hoped-for feeling asked of the move
        return "benefits"
    if (
        _UPPER_FOLLOWS_19.search(normal)
        and _UPPER_ASKED_19.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _UPPER_WHY_19.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # fifteenth session, h80: the top half going along with the leg, whether it should
        return "shoulders_down"
    if _worth_doubted_10b(normal):
        # tenth session, h66: the move's good asked with its worth doubted
        return "benefits"
    doubted = _style_doubted_s17(normal)
    if doubted is not None:
        # seventeenth session, h82: one style told as worthless, the claim reported or asked
        return doubted
    if _one_foot_reaches_s17(normal):
        # seventeenth session, h82: one foot reaching the floor, the other not yet
        return "foot_not_reaching"
    if _one_side_stuck_h85(normal):
        # nineteenth session, h85: one side fine, the other stuck (after one foot reaching)
        return "uneven_sides"
    if (
        _PACE_54.search(normal)
        and _TOGETHER_54.search(normal)
        and _PACE_ASKED_54.search(normal)
        and _DOING_IT_54.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _STRANGE_54.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        return "speed_rhythm"
    if (
        _WHAT_IS_HEARD_54.search(normal)
        and not _BOT_ASKED_54.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        return "what_is"
    if (
        _TRADE_OFF_54.search(normal)
        and _UPPER_KEPT_54.search(normal)
        and _LEG_REACH_54.search(normal)
        and not _SIDE_ORDER_54.search(blanked(_TRADE_OFF_54, normal))
        and _beyond_the_twist(normal) == "no"
    ):
        return "shoulders_down"
    if _PRIVACY_49.search(normal) and _beyond_the_twist(normal) == "no":
        return "privacy"
    if _FOOT_WHEN_49.search(normal) and not body_report(blanked(_FOOT_WHEN_49, normal)):
        return "foot_not_reaching"
    if (
        _PARTWAY_53.search(normal)
        and _PARTWAY_ASKED_53.search(normal)
        and _LEG_NAMED_53.search(normal)
        and not _LESS_THAN_BEFORE_53.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # round 53: "my knee stops roughly halfway over, do I just hover it there?"
        return "range_of_motion"
    if (
        _STRETCH_OR_STRENGTH_53.search(normal)
        and _THIS_ONE_53.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # round 53: "is it more a mobility move or a strength one?"
        return "twist_muscles"
    if (
        _HOLD_JUDGED_49.search(normal)
        and not _REPS_49.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        return "hold_time"
    if (
        _COUNT_JUDGED_57.search(normal)
        and not _SECONDS_NAMED_56.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # round 57: "3 rounds of 8 each side, is that too much after cycling?"
        return "reps_sets"
    if (
        _HEAD_PROP_49.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _KNOCK_49.search(normal)
    ):
        return "head_gaze"
    if (
        _ROTATION_HELP_49.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _OTHER_COMPLAINT.search(normal)
        and not _OFF_TOPIC.search(normal)
    ):
        return "benefits"
    if _whole_order_asked_s18(normal):
        # eighteenth session, h83: the order of the whole move asked, no sides named: the steps
        # (before a step told as done and what comes next, which reads one step)
        return "how_to"
    then = _THEN_WHAT_52.search(normal)
    if then and not _PAIN_WORD_46.search(normal) and _beyond_the_twist(normal) == "no":
        rest = normal[then.start() :].replace("face down", "")
        if _start_then_what_ans112(normal, then.start()):
            # twenty-sixth session, heldout_h112 (ans112): the starting position asked before it
            return "setup_start"
        if not _NOT_LEGS_52.search(rest):
            return "leg_sweep" if _LEGS_52.search(rest) else "how_to"
    done = _STEP_DONE_9.search(normal)
    if done and not _PAIN_WORD_46.search(normal) and _beyond_the_twist(normal) == "no":
        # ninth session, h63: the next step after the arms, shoulders or head are set; legs
        # asked after it are the leg sweep, the upper body asked again is left to the match
        rest = normal[done.end() :]
        if _start_then_what_ans112(normal, done.start()):
            # twenty-sixth session, heldout_h112 (ans112): the starting position asked before it
            return "setup_start"
        if not _NOT_LEGS_52.search(rest):
            return "leg_sweep" if _LEGS_52.search(rest) else "how_to"
    if (
        _STAND_TALLER_11.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _OTHER_COMPLAINT.search(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _DIAGNOSIS.search(normal)
        and not _SCIATICA.search(normal)
        and _beyond_the_twist(blanked(_DAY_STRAIN, normal)) != "yes"
    ):
        # eleventh session, h68: standing or sitting taller asked of the move: what it does
        return "benefits"
    if (
        _RETURN_FIRST_11.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not body_report(blanked(_RETURN_FIRST_11, normal))
        and _beyond_the_twist(normal) == "no"
    ):
        # eleventh session, h68: back to the start before the other leg, asked: the switch
        return "return_switch"
    if (
        _BACK_THEN_OTHER_S18.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not body_report(blanked(_BACK_THEN_OTHER_S18, normal))
        and _beyond_the_twist(normal) == "no"
    ):
        # eighteenth session, h83: the leg brought back, then the other leg or side: the switch
        return "return_switch"
    if (
        _DOES_FOR_52.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _OTHER_COMPLAINT.search(normal)
        and _beyond_the_twist(blanked(_DAY_STRAIN, normal)) != "yes"
    ):
        return "benefits"
    if (
        _LASTING_50.search(normal)
        and _SORTS_50.search(normal)
        and _beyond_the_twist(normal) == "no"
        # a condition named keeps its own answer ("will this help my sciatica long term?")
        and not _CONDITION_NAMED.search(normal)
        and not _DIAGNOSIS.search(normal)
        and not _SCIATICA.search(normal)
    ):
        return "benefits"
    if _steps_asked_new(normal):
        # ninth session, h64: "show me how to do it, first go": the steps, not the beginners
        return "how_to"
    if _new_at_my_age(normal) or _never_stretched_start(normal):
        # eighth session, h61: "72 and rusty, brand new to it, will I cope?"
        return "beginners"
    if (
        _CREAKY_48.search(normal)
        and _HELP_ASKED_48.search(normal)
        # the net's reading of the rest stands ("... and my foot feels odd and floppy")
        and not body_report(blanked(_CREAKY_48, blanked(_PICTURE_48, normal)))
    ):
        return "benefits"
    if (
        _TO_THE_LIMIT_9.search(normal)
        and _LEG_NAMED_9.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _SCIATICA.search(normal)
        and not body_report(blanked(_TO_THE_LIMIT_9, normal))
        and _beyond_the_twist(normal) == "no"
    ):
        # ninth session, h62: the leg taken as far as it can go, asked: don't force it
        return "dont_force"
    if (
        (_FIT_IN_AT_9.search(normal) or _ON_A_SURFACE_9.search(normal))
        and not _PAIN_WORD_46.search(normal)
        and not _CONDITION_NAMED.search(normal)
        and not _SCIATICA.search(normal)
        and not body_report(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        # ninth session, h62: the move fitted in at work or done on a floor: where to do it;
        # twenty-sixth session, heldout_h111 (ans111): a mat's need weighed against the surface
        # (`_mat_against_surface_ans111`) is the mat
        return "mat" if _mat_against_surface_ans111(normal) else "where_to_do"
    key = next((key for pattern, key in _PLAIN_ASKS if pattern.search(normal)), None)
    if key == "where_to_do" and _mat_against_surface_ans111(normal):
        return "mat"
    return key


# twenty-sixth session, heldout_h111 (ans111): a floor's surface weighed against a mat's need ("can
# i do it on carpet or do i need a proper yoga mat", "on the rug or is a mat essential"): the
# question is about the mat itself; a room or the outdoors (grass, a lawn) asked alone, or with a
# mat, stays the place (ninth session, h62: "can i do it on grass or do i need a mat")
_SURFACE_ANS111 = lazy(
    r"\b(?:carpets?|rugs?|floorboards|lino|tiles|tiled floor|laminate|concrete|wooden floor"
    r"|hard floor|bare floor|towels?|blankets?)\b"
)


def _mat_against_surface_ans111(normal: str) -> bool:
    """Twenty-sixth session, heldout_h111 (ans111): a mat's need asked (`_MAT_NEEDED_ANS111`)
    beside a floor's surface named (`_SURFACE_ANS111`)."""
    return bool(_MAT_NEEDED_ANS111.search(normal)) and bool(_SURFACE_ANS111.search(normal))


# Round 46. When to get help rather than carry on, asked ("at what point do I seek advice
# instead of pressing on?", "when do I stop and see someone?"): the warning signs, answered
# directly; never help with the bot or its buttons.
_HELP_WHEN_46 = lazy(
    r"\b(?:when|at what point|how do i know when|how would i know when|how will i know when)"
    r" (?:should|do|would|must|shall|is it time to|to) ?(?:i |you |we |one )?(?:get|seek|go for"
    r"|ask for|look for|call for|find) (?:some |medical |professional |proper |real |expert )?"
    r"(?:help|advice|a check ?up|checked)\b(?! (?:with|using|from (?:you|the bot|this bot)|on"
    r" (?:the|this) (?:app|bot|chat)|to use)\b)"
    r"|\b(?:when|at what point) (?:should|do|would|must) (?:i|you|we) (?:stop|give up|quit)"
    r" (?:\w+ ){0,3}?(?:and|to) (?:see|get|call|ring|go to|speak to|talk to)"
    r" (?:a |my |the |an |some )?(?:doctor|gp|physio|professional|someone|somebody|help"
    r"|clinician|nurse)\b"
)
# eleventh session, h69: when a person, any person, with a back complaint ought to get
# proper help rather than keep exercising, asked in general ("at what point should a person
# with a dodgy back see a physio?"): the warning signs; never help with the bot.
_HELP_WHEN_11 = lazy(
    r"\b(?:when|at what point|at what stage|how (?:do|would|will|can|does) (?:you|i|we|one"
    r"|someone|somebody|anyone|people|a person) (?:know|tell|decide) (?:when|if|whether) |(?:when"
    r"|at what point|at what stage) (?:is it time for|should|ought|does|do|would|must|will|need"
    r"|needs|is) )"
    r"(?:someone|somebody|anyone|anybody|a person|people|folk|folks|one|you|i|we|a patient"
    r"|patients|a (?:bad|sore|dodgy|stiff|painful|achy|problem|grumpy) back|(?:my|your|their|his"
    r"|her|a) back(?: \w+)?)\b(?: \w+){0,8}? (?:to )?(?:get|seek|see|visit|consult|ring|call|book"
    r"|go (?:and |to )?(?:see|get)?|need|needs|be|get it|have it)"
    r" (?:\w+ ){0,3}?(?:help|advice|a doctor|doctor|the doctor|a gp|gp|the gp|a physio|physio"
    r"|physiotherapist|a physiotherapist|a professional|professional|professionals|a specialist"
    r"|specialist|a clinician|checked|checked out|checked over|looked at|seen|assessed"
    r"|examined)\b"
    r"(?! (?:with|using|on|to (?:use|do|set))\b| from (?!(?:a |my |the |your )?(?:doctor|gp"
    r"|physio\w*|professional|specialist|clinician|nurse|expert)))"
)
# ...and a cue or a part of the body named keeps the reason for the cues ("what's the point of
# the little tips?", "why the palms flat? what does it do?")
_CUE_NAMED = lazy(
    r"\b(?:palms?|hands?|arms?|elbows?|shoulders?|forehead|head|chin|gaze|neck|knees?|feet|foot"
    r"|temple|cheek|face|eyes|look|looking|turn|turning|mat|floor|other way|opposite way"
    r"|tips?|steps?|cues?|instructions?|rules?|advice|pointers?|details?|bits?)\b"
)
_WHAT_FOR_TOPICS = frozenset(
    {"benefits", "why_move", "how_often", "what_is", "muscles_stretched", "twist_muscles"}
)
# Round 34. A day's strain told as the reason ("gamer hunch", "lifting boxes all day", "hunched
# over a laptop"): context, not posture or another exercise asked about.
_DAY_STRAIN = lazy(
    r"\b(?:gam\w+|desk|office|laptop|screen|computer|phone|keyboard|warehouse|builder\w*|site"
    r"|driver\w*|student\w*|coder\w*|programmer\w*)? ?(?:hunch\w*|slouch\w*|stoop\w*)"
    r"(?: (?:over|at|on|from) (?:\w+ ){0,2}?\w+)?"
    r"|\b(?:lifting|carrying|shifting|moving|loading|stacking|humping|hauling|lugging|heaving"
    r"|unloading|unpacking|packing|dragging) (?:\w+ ){0,2}?"
    r"(?:boxes|crates|pallets|bricks|stock|parcels|bags|sacks|furniture|things|stuff|heavy \w+)"
    r"(?: (?:all day|every day|at work|for work|for a living|all shift|all week|all weekend))?"
    # round 46: bent over an instrument ("hunched over a violin", "stooped over the cello")
    r"|\b(?:hunch\w*|stoop\w*|bent|bending|leaning|crouched|crouching|curled|slumped) (?:over|at)"
    r" (?:a |the |my |an )?(?:violin|viola|cello|guitar|bass|piano|keyboard|keys|drums?|drum kit"
    r"|sewing machine|desk|laptop|mixing desk|decks|music stand|easel|workbench)\b"
)
# Round 34. How many times a week or a day ("how many times in a week i should do", "how many
# days a week"): how often, never the progression or the reps.
_FREQUENCY_ASKED = lazy(
    r"\bhow (?:many (?:times|days|sessions|goes|nights|mornings)|often)\b(?: \w+){0,2}? (?:a|in a"
    r"|per|each|every|in one|in the|in 1|over a|within a) ?(?:week|day|month|fortnight)\b"
    r"|\b(?:times|days|sessions) (?:a|per|in a|each|every) (?:week|day|month)\b"
    r"(?=.*\b(?:how many|how often|should|do i|must|need)\b)"
)
_REPS_NAMED = lazy(r"\b(?:reps?|sets?|holds?|swings?|sweeps?|rounds?|seconds?|secs?)\b")
_FREQUENCY_TOPICS = frozenset({"progression", "reps_sets", "progress", "hold_time", "how_often"})
# fifteenth session, h78: a change to a stiff back asked of doing it daily: the benefits
_DAILY_DONE_17 = lazy(
    r"\b(?:daily|every ?day|every (?:single )?(?:day|morning|night|evening|weekday)|each (?:day"
    r"|morning|night|evening)|(?:once|twice|two times|three times) a day|regularly|most days"
    r"|every other day|day in day out)\b"
)
_CHANGE_ASKED_17 = lazy(
    r"\b(?:make|makes|help|helps|loosen\w*|ease|eases|free|frees|relieve\w*|reduce\w*"
    r"|improve\w*|fix|sort|undo|unlock|unstiffen|limber|get rid of|take away|cure)\b"
)
_STIFF_BODY_17 = lazy(
    r"\b(?:stiff\w*|tight\w*|back|spine|spinal|hips?|mobil\w*|flexib\w*|supple\w*|posture"
    r"|loose\w*|freer|rigid\w*|creak\w*|seized)\b"
)
_FREQUENCY_ITSELF_17 = lazy(
    r"\bhow (?:often|many|frequently|long|soon|much)\b|\b(?:ok|okay|alright|safe|too much|bad"
    r"|harm\w*|hurt\w*|overdo\w*|allowed|fine|when|enough)\b"
    r"|\b(?:can|should|must|may|do) i (?:do|practi[cs]e|repeat|try)\b"
)
# Round 34. Setting up before starting asked ("how do i set up before the first rep", "how
# should I get into position before I begin"): the setup, not the reps.
_SETUP_ASKED = lazy(
    r"\b(?:set ?up|setting up|get (?:into|in) position|get in place|position myself|get myself"
    r" (?:set|ready|in position)|lie down|get ready|get started)\b(?: \w+){0,3}? (?:before|prior to"
    r"|ahead of) (?:the |my |i |you |we )?(?:first |1st |very first )?(?:rep|hold|swing|sweep"
    r"|start|begin|go|set|move|twist|stretch)\w*"
    r"|\b(?:starting|start|initial) position\b"
    r"|\bhow (?:do|should|can|shall) i set ?(?:myself )?up\b"
)
_SETUP_TOPICS = frozenset({"reps_sets", "setup_start", "how_to", "hold_time", "which_side_first"})
# Round 34. Pushing on through discomfort or pain asked ("should I push on if the stretch gets
# a bit uncomfortable?", "no pain no gain?"): pushing through pain, not only forcing the range.
_PUSH_ON = lazy(
    r"\b(?:push|pushing|keep|keeping|carry|carrying|press|pressing|plough|soldier|crack|struggle"
    r"|grind|power) (?:on|through|past)\b|\bno pain no gain\b|\b(?:tough|stick|ride) it out\b"
    r"|\b(?:ignore|ignoring) (?:it|the (?:pain|discomfort|ache))"
)
_DISCOMFORT = lazy(
    r"\b(?:pain\w*|hurt\w*|uncomfortabl\w*|discomfort|sore|ache\w*|achy|burn\w*|sting\w*"
    r"|twinge\w*|nipp\w*|sharp|ouch)\b"
)
_PUSH_TOPICS = frozenset({"dont_force", "if_it_hurts", "range_of_motion", "pain_through"})
# Round 34. Moving words: without them, "what do I get out of this move" is not the flowing
# version's benefits.
_MOTION = lazy(
    r"\b(?:swing\w*|flow\w*|dynamic\w*|moving|side to side|back and forth|to and fro|reps?"
    r"|sweep\w*|rock\w*|in motion|keep moving|momentum|pendulum)\b"
)
# Round 34. The foot told as short of the floor ("nowhere near the floor", "dangles in mid-air",
# "miles off the mat"): the foot not reaching, not where the foot goes.
_FOOT_SHORT = lazy(
    r"\b(?:nowhere near|not (?:even )?near|not (?:even )?close to|miles (?:off|from|away from)"
    r"|a long way (?:off|from)|inches (?:off|from)|(?:\d+|few|couple of|some) ?(?:cm|centimetres"
    r"|centimeters|inches|in) (?:off|from|above)|short of|never (?:gets|reaches|touches|makes it)"
    r"|does not (?:get|reach|touch|make it)|will not (?:go|get|reach|touch)|cannot (?:get|reach"
    r"|touch)) (?:down to |to |near |onto |on )?(?:the )?(?:floor|ground|mat|carpet|bed)\b"
    r"|\b(?:dangl\w*|hang\w*|hover\w*|float\w*|flap\w*|sticks? up|stays? up|stuck up)\b"
    r"(?: \w+){0,3}? (?:in (?:the )?(?:mid ?air|air)|mid ?air|off the (?:floor|ground|mat))\b"
    r"|\bmid ?air\b"
)
# Round 34. One side told as freer than the other ("left side goes over easily but the right
# barely moves", "I'm so lopsided"): the uneven sides, not which side to start with.
_UNEVEN_TOLD = lazy(
    r"\b(?:lopsided|lop sided|uneven\w*|unbalanced|imbalanc\w*|asymmetr\w*|wonky|one sided"
    r"|not (?:the )?same (?:on|both|each))\b"
    r"|\b(?:left|right|one|other|1st|first|second) (?:side|leg|way)?\b(?: \w+){0,5}? (?:easily"
    r"|easy|further|farther|loads|miles|more|better|fine|no problem|smoothly)\b(?: \w+){0,4}?"
    r" (?:but|while|whereas|yet|and)\b(?: \w+){0,5}? (?:barely|hardly|not as|less|does not"
    r"|will not|cannot|stuck|tight\w*|stiff\w*|nothing|not at all|only a bit|only a little)\b"
)
_UNEVEN_TOPICS = frozenset({"uneven_sides", "which_side_first", "leg_sweep", "return_switch"})
_WHY_MOVE_RATHER = lazy(
    r"\b(?:why|what for|reason|point|advantage|benefit|gain|add|adds|give|gives|offer|offers)\b"
    r".*\b(?:instead|rather|than|vs|versus|not just|over)\b"
)
# Round 33. The move described and asked to be recognised ("is this the one where u lie on ur
# tummy and flip a leg over", "this that stretch lying face down swinging a leg across?").
_THE_ONE_WHERE = lazy(
    r"^(?:(?:so|ok|okay|um|erm|hi|hey|wait|sorry|just checking|quick one) )*(?:is )?(?:this|it"
    r"|that|this one) (?:the|that|this|a) (?:same )?(?:one|move|stretch|exercise|twist|pose|thing"
    r"|position|yoga one|yoga thing)(?: (?:where|when|with|in which|that|which|you do|lying"
    r"|laying|on|like|as|my|your|u|i|people|everyone)\b)"
    # ...only with the move described in it (never "the one with reminders every day")
    r"(?=.*\b(?:lie|lies|lying|laying|lay|tummy|stomach|belly|front|face down|prone|legs?|knees?"
    r"|swing\w*|flip\w*|cross\w*|sweep\w*|twist\w*|rotat\w*|roll\w*)\b)"
)
_NOT_THE_MOVE = frozenset({"about_bot", "bot_commands", "privacy", "progress", "pain_scale"})
# fourteenth session, h76: the head laid or turned another way asked (to the side, on the cheek)
_HEAD_TURNED_16 = lazy(
    r"\b(?:head|face|cheek|temple|chin|gaze|look|looking)\b(?: \w+){0,4}? (?:to (?:the|one|a)"
    r" side|sideways|side ?ways|side on|on (?:its|the|my|one) side|the other way|away)\b"
    r"|\b(?:rest|resting|lay|laying|put|putting|lie|lying) (?:\w+ ){0,2}?(?:cheek|temple)\b"
)
# fifteenth session, h79: a neck feeling told (tight, stiff, sore, crunchy) beside the head's place
_NECK_FELT_18 = lazy(
    r"\b(?:stiff|sore|tight|tense|achy|aching|crunchy|cricked|crick in) (?:my |the |a )?neck\b"
    r"|\bneck(?: is| gets?| feels?| goes| went| starts? to feel| keeps? getting| has been| was)?"
    r"(?: \w+)? (?:sore|stiff|tight|tense|achy|aching|strained|uncomfortable|crunchy|cranky)\b"
    r"|\bneck (?:aches?|tension|stiffness|strain|tightness)\b"
)
# fifteenth session, h79: the head's place asked (resting on the temple, facing or turned away)
_HEAD_PLACE_18 = lazy(
    r"\b(?:head|face|cheek|temple|forehead|chin|nose|gaze|eyes)\b(?: \w+){0,6}? (?:rest\w*"
    r"|lie|lying|laying|on the (?:mat|floor|ground)|turn\w*|to (?:the|one|a) side|sideways"
    r"|side ?ways|away|the other way|facing|point\w*)\b"
    r"|\b(?:turn|turning|rotate|rotating|rest|resting|lay|laying|face|facing|look|looking|gaze"
    r"|gazing)\b(?: \w+){0,2}? (?:head|face|cheek|temple|forehead|chin|away|sideways|the other"
    r" way|to the side)\b"
)
# ...never the head laid in bed or at a desk (the neck there is another matter)
_HEAD_ELSEWHERE_18 = lazy(
    r"\b(?:sleep\w*|pillows?|bed|night|desk|screens?|monitor|computer|laptop|phone|driv\w*"
    r"|car|sofa|couch)\b"
)
# fifteenth session, h79: what the moving version gives or adds that a hold does not (its gain)
_MOVING_18 = (
    r"(?:moving|movement|motion|flow\w*|swing\w*|sweep\w*|rock\w*|dynamic\w*|reps?|side to side"
    r"|back and forth|to and fro)"
)
_HOLDING_18 = (
    r"(?:hold\w*|static\w*|staying still|keeping (?:it )?still|stay\w* (?:in (?:it|the \w+)|put)"
    r"|still)"
)
_FLOW_GAIN_18 = lazy(
    r"\b(?:what|anything|whats|what s)\b(?: \w+){0,4}? " + _MOVING_18 + r"\b(?: \w+){0,6}?"
    r" (?:give|gives|add|adds|offer|offers|bring|brings|provide|provides|do|does|achieve\w*)\b"
    r"(?: \w+){0,4}? (?:that|which|over|than|beyond|compared|versus|vs)\b(?: \w+){0,4}? "
    + _HOLDING_18
    + r"\b"
    r"|\b(?:get|gain|benefit\w*|advantage\w*|extra|upside|plus)\b(?: \w+){0,4}? (?:from|of|in"
    r"|with|by|out of)\b(?: \w+){0,3}? " + _MOVING_18 + r"\b(?: \w+){0,4}? (?:that|which|over"
    r"|than|beyond|compared|versus|vs|instead of|rather than)\b(?: \w+){0,6}? "
    + _HOLDING_18
    + r"\b"
    r"|\b(?:compared (?:to|with)|versus|vs|unlike|over|beyond)(?: just| a| the| plain| simply)*"
    r" " + _HOLDING_18 + r"\b.*\bwhat\b(?: \w+){0,3}? " + _MOVING_18 + r"\b(?: \w+){0,4}?"
    r" (?:give|gives|add|adds|offer|offers|bring|brings|do|does)\b"
)
_FLOW_GAIN_TOPICS_18 = frozenset(
    {"hold_vs_flow", "dynamic_benefits", "benefits", "why_move", "hold_time", "reps_sets"}
)
# Round 33. The head's place kept through the move ("do u have to keep ur forehead on the floor
# the whole time?", "must my head stay down throughout?").
_HEAD_KEPT = lazy(
    r"\b(?:forehead|head|face|chin|nose|cheek)\b(?: \w+){0,6}? (?:the whole time|the entire time"
    r"|all the time|throughout|all the way through|the whole way|the full time|the whole way"
    r" through|all along|the entire way|for the whole (?:thing|move|hold|stretch|rep|set)"
    r"|for the entire (?:thing|move|hold|stretch)|during the whole|during the entire)\b"
    r"|\b(?:keep|kept|keeping|stay|stays|staying|remain|remains|leave|leaving)(?: \w+){0,3}?"
    r" (?:forehead|head|face|chin)\b(?: \w+){0,5}? (?:down|on the (?:floor|mat|ground)"
    r"|there|still)\b(?: \w+){0,2}? (?:the whole time|throughout|all the time|the entire"
    r" time|all the way through)\b"
)
# Round 39: going over to the other leg or side, asked in any verb ("change over", "swap
# across", "move on to").
_SWITCH_ASKED_39 = lazy(
    r"\b(?:change|changing|swap|swapping|switch|switching)(?: (?:over|across|round|around))?"
    r"(?: (?:to|onto|on to|into))? (?:the |my )?(?:other|second|opposite|next|left|right)"
    r" (?:leg|side|foot)\b"
    # the sweep itself goes across to the other side: only the other leg is the switch
    r"|\b(?:move|moving|go|going|get|getting|cross|crossing|turn|turning)(?: (?:over|across|on))?"
    r" (?:to|onto|on to) (?:the |my )?(?:other|second|opposite|next|left|right) (?:leg|foot)\b"
)
_SWITCH_TOPICS_39 = frozenset({"return_switch", "leg_sweep", "how_to"})
_PLACE_NAMED_39 = lazy(
    r"\b(?:room|rooms|dorm|dormitory|hostel|hotel|motel|airbnb|bnb|b and b|flat|apartment|studio"
    r"|bedroom|house|office|work|gym|park|garden|outside|beach|tent|camp\w*|caravan|van|cab|train"
    r"|bus|plane|station|library|halls|campus|classroom|backstage|green room|rehearsal|studio"
    r"|kitchen|lounge|living room|hallway|corridor|floor space|space)\b"
)
# fourteenth session, h75: a mat's need asked, or a surface weighed against a mat ("is a mat a
# must or will the rug be fine", "carpet instead of a mat?"); a room asked alone stays the place
# twenty-sixth session, heldout_h111 (ans111): up to two such words ("a proper yoga mat", "a
# thick exercise mat")
_MAT_WORD_15 = r"(?:(?:yoga|exercise|gym|foam|proper|thick|special|pilates|real|decent) ){0,2}mats?"
# the mat's need itself asked ("is a mat essential", "do i need a proper yoga mat")
_MAT_NEEDED = (
    rf"\b{_MAT_WORD_15} (?:\w+ ){{0,2}}?(?:essential|necessary|needed|required|compulsory|a must"
    r"|mandatory|a necessity|vital|a requirement|worth (?:it|buying|getting))\b"
    r"|\b(?:need|needs|require|have to have|must have|got to have|gotta have|buy|get) (?:a |an |my"
    rf" |the |one |some )?{_MAT_WORD_15}\b"
)
_MAT_NEED_15 = lazy(
    _MAT_NEEDED
    + rf"|\b{_MAT_WORD_15} or (?:will|would|can|could|is|does|do|just|should|the|a|my|our) \b"
    rf"|\b(?:instead of|rather than|without|in place of|vs|versus|no need for) (?:a |an |my |the )?"
    rf"{_MAT_WORD_15}\b"
)
# ...the mat's need itself asked, never the move done on the surface without one ("can i do it on
# carpet without a mat" asks about the surface: the place)
_MAT_NEEDED_ANS111 = lazy(_MAT_NEEDED)
# Eighteenth session, h84: which side or what first still asked beside a side told done
# ("did the right first last time, which today?"): which side first keeps it.
_FIRST_ASKED_H84 = lazy(r"\b(?:which|first|1st|start|starting|begin|beginning)\b")
_SIDE_DONE = lazy(
    r"\b(?:done|finished|did|completed)\b (?:\w+ ){0,2}?(?:left|right|one|first|1st) (?:side|leg)\b"
    r"|\b(?:left|right|one|first|1st) (?:side|leg) (?:is |s )?(?:all )?(?:done|finished|complete)\b"
    # eighteenth session, h84: the side told done with no "side" or "leg", the other side named
    # after it ("finished my left one, the right next?"), never a right way or amount
    r"|\b(?:done|finished|did|completed) (?:the |my )?(?:left|right)(?: one)?\b(?! (?:way|thing"
    r"|amount|number|position|form|technique|time|spot|stretch)\b)(?: \w+){0,5}? (?:the |my )?"
    r"(?:left|right|other)\b"
)


# Round 30. "stiff as a plank", "straight as a board": a figure of speech, not the exercise.
_STIFF_AS = lazy(
    r"\b(?:stiff|rigid|straight|flat|solid|firm|steady|stable|tight|hard|still|wooden) as (?:a |an"
    r" )?(?:\w+ )?(?:plank|planks|board|ironing board|post|poker|rod|brick|rock|log|statue)\b"
)


# Round 32. A birth told as the writer's background ("had my baby 7 weeks ago", "since having
# the twins", "at my six-week check after the baby"): when, not a question about the baby.
_BIRTH_TOLD = lazy(
    r"\b(?:had|have had|having|since having|after having|after|since|gave birth to|delivered"
    r"|welcomed|pregnant with|expecting) (?:my|the|our|a|a new) (?:\w+ )?(?:baby|babies|twins"
    r"|little one|newborn|bump)\b"
)


# Round 39. A thing in a video game ("the bridge collapsed in my game", "in minecraft my plank
# bridge fell"): the game's, not another exercise; and an aside closed by a turn to the
# question ("...lost 3 hours of progress. back to real life: what are the benefits?"): what
# comes before the turn is the writer's news, when the question after it names no other
# exercise.
_GAME_39 = lazy(
    r"\b(?:\w+ ){0,5}?(?:in|on) (?:my|the|a|this|our) (?:video |computer |mobile |phone |online"
    r" |new |survival |building )?(?:game|games|gaming session|save|world|server|minecraft|sims"
    r"|fortnite|roblox|zelda|tetris|animal crossing)\b(?: \w+){0,5}?"
    r"|\b(?:in|on) (?:minecraft|the sims|fortnite|roblox|zelda|tetris|animal crossing)\b"
    r"(?: \w+){0,5}?"
)
_TURN_39 = lazy(
    r"^.*\b(?:back to (?:real life|reality|the point|business|the twist|my question|the stretch)"
    r"|anyway|anyhow|unrelated|on another note|on a different note|moving on|rant over"
    r"|enough about (?:that|this|it)|real question|my actual question|serious question)\b"
    r"(?= (?:but |though |tho |so |now |then |lol |haha )?(?:what|how|when|where|which|why|can"
    r"|could|should|shall|is|are|do|does|will|would|any)\b)"
)


_TURN_RAW_39 = lazy(
    r"^.*\b(?:back to (?:real life|reality|the point|business|the twist|my question|the stretch)"
    r"|anyway|anyhow|unrelated|on another note|on a different note|moving on|rant over"
    r"|enough about (?:that|this|it)|real question|my actual question|serious question)\b"
    r"[\s,:;.!-]*(?=(?:(?:but|though|tho|so|now|then|lol|haha)[\s,]+)?(?:what|how|when|where"
    r"|which|why|can|could|should|shall|is|are|do|does|will|would|any)\b)",
    re.IGNORECASE | re.DOTALL,
)


# Round 40. A reminder asked for a moment of the day named by an errand's run ("a daily nudge for
# after the school run"): the errand is no running.
_REMINDER_ASKED_40 = lazy(r"\b(?:remind\w*|nudge\w*|notif\w*|prompt|ping|alert)\b")
_ERRAND_RUN_40 = lazy(
    r"\b(?:school|nursery|shopping|supermarket|airport|station|creche|daycare|childminder"
    r"|paper|milk|bread|tip|dump|food|delivery) runs?\b"
)

_ERRAND_RUN_WHEN_44 = lazy(
    r"\b(?:before|after|back from|ahead of|pre|post|doing|done|on|during|between|finished)"
    r" (?:the |my |our |a |this )?(?:morning |evening |afternoon |daily |usual )?"
    + _ERRAND_RUN_40.pattern[2:]
)

# Round 42. ...or by a schedule that runs late ("can I change the reminder's time? rehearsals run
# late on thursdays", "my shifts run till eight"): the schedule's run is no running either.
_SCHEDULE_RUN_42 = lazy(
    r"(?<!\bi )(?<!\bwe )(?<!\bto )\b(?:runs?|running|ran) (?:late|later|over|overtime|long|longer"
    r"|till|until|til|past|into|on late|on till|on until|behind)\b"
)


# twentieth session, h89: a stretch of time told as a run ("after a long run of nights", "a
# long run of twelve hour lates", "a bad run of early starts"): a series of days or shifts, no
# running; a run measured by distance or time ("a run of ten miles") stays running.
_RUN_OF_SHIFTS_H89 = lazy(
    r"\b(?:a|another|the|this|that|my|one|long|good|bad|hard|rough|tough|busy|solid|full)"
    r"(?: (?:long|good|bad|hard|rough|tough|busy|solid|full|whole))? runs? of (?:\w+ ){0,3}?"
    r"(?:shifts|nights|days|weeks|months|lates|earlies|doubles|nightshifts|overnights"
    r"|early starts|late finishes|night duty|nights on|on calls|on call|sleepless nights"
    r"|bad nights)\b"
)


# Round 45. Another sport told as the writer's routine while how often to fit the twist in is
# asked ("I swim three times a week, how often should I fit the twist in around that?"), and the
# twist likened to one from a class ("the same as the lying twist at the end of yoga?"): the
# other practice is context, never the topic.
_FIT_AROUND_ASKED_45 = lazy(
    r"\b(?:how often|how many (?:times|days|sessions)|fit (?:\w+ ){0,2}?in|slot (?:\w+ ){0,2}?in"
    r"|alongside|around (?:that|it|them|those|my \w+))\b"
)
_SPORT_ROUTINE_45 = lazy(
    r"\b(?:i (?:also |usually |already |still )?(?:swim|run|cycle|jog|row|walk|climb|play \w+|do"
    r" \w+(?: class)?|go (?:to )?\w+(?: class)?)|(?:running|swimming|cycling|jogging|rowing"
    r"|climbing|tennis|football|footy|footie|golf|yoga|pilates|spin(?: class)?|gym|netball|hockey"
    r"|rugby|cricket"
    r"|badminton|squash)(?: \w+)? (?:is|are|happens|sessions? (?:are|is)))"
    r" (?:\w+ ){0,4}?(?:times|days|a week|per week|weekly|daily|every \w+|most \w+|twice|thrice"
    r"|once|on (?:\w+days?|weekends?)|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays"
    r"|sundays)\b"
)
_LIKENED_45 = lazy(
    r"\b(?:same|similar|like|different|differ\w*|related)(?: (?:as|to|from|thing as))? (?:the"
    r" |a |that |this )?(?:\w+ ){0,2}?twist (?:\w+ ){0,7}?(?:yoga|pilates)(?: class\w*| session"
    r"\w*)?\b"
    r"|\btwist (?:\w+ ){0,7}?(?:yoga|pilates)(?: class\w*| session\w*)? (?:\w+ ){0,3}?(?:same"
    r"|similar|like|different)\b"
)
_LIKENED_OTHER_45 = lazy(
    r"\b(?:yoga|pilates|supine|reclining|reclined|lying|seated)(?: class\w*| session\w*)?\b"
)


# Round 53. An activity told as done ("fell walking all weekend, how long is each hold?", "went
# running this morning, how many reps?") while the twist's own amounts are asked: the activity is
# the writer's news, not the question.
_AMOUNT_ASKED_53 = lazy(
    r"\b(?:how long (?:\w+ ){0,4}?(?:hold|holds|held|holding|each side|per side|a side|for)"
    r"|how many (?:reps|sets|rounds|times (?:each|per|a) side|seconds)|each hold|per hold"
    r"|hold or flow|flow or hold|hold time|holding time|(?:seconds|secs|reps|sets) (?:per|each|a"
    r"|for each) (?:side|hold|set)"
    # round 56: "what length of hold per side?"
    r"|(?:holds?|rounds?|sweeps?|swings?) (?:per|each|a|for each|on each) side"
    r"|(?:length|duration) of (?:the |each |a |one |my )?holds?"
    # round 57: a count per side judged ("3 rounds of 8 each side, is that too much after
    # cycling?")
    r"|(?:\d+|one|two|three|four|five|six) (?:x )?(?:rounds?|sets?|reps?|goes)(?: of \d+)?"
    r" (?:each|per|a|on each|for each) (?:side|leg)"
    r"|(?:rounds?|sets?) of \d+ (?:each|per|a|on each|for each) (?:side|leg)"
    r"|\d+ ?x ?\d+ (?:each|per|a|on each|for each) (?:side|leg))\b"
)
_TOLD_BEFORE_53 = lazy(
    # round 56: one coming up (e.g. "have a quarter hour until my next ride")
    r"\b(?:went|been|did|done|after|back from|finished|from|just|before|ahead of|until|till"
    r"|prior to|got|have|coach|coaching|teach|teaching|instruct|instructing|work|working"
    # thirteenth session, the lead's probes: one the writer is about to go to ("off to footy")
    r"|off to|heading to|on my way to|going to"
    # sixteenth session, h81: the sport as a game of picks ("my fantasy football team")
    r"|fantasy"
    # twenty-fifth session, heldout_h110 (ans110): its season or a stretch of it as a time
    # ("during football season", "throughout marathon training")
    r"|during|throughout"
    # sixteenth session, h81 (b): a game the writer plays or played ("i play a lot of golf"),
    # never one asked about ("should I play tennis or twist")
    r"|(?<!can )(?<!could )(?<!should )(?<!shall )(?<!would )(?<!will )(?<!do )(?<!did )(?<!may )"
    r"(?<!if )(?:i|we)(?: \w+)? play|played)"
    r"(?: \w+){0,3}? $"
)
_TOLD_AFTER_53 = lazy(
    r" (?:all (?:day|weekend|week|morning|afternoon|evening)|this (?:morning|afternoon|week"
    r"|weekend)|yesterday|today|last (?:night|week|weekend)|earlier|on (?:the )?(?:\w+days?"
    r"|weekends?)|for (?:hours|ages|miles)"
    # round 56: one coming up, or the writer's job ("got a swim after", "my 5k run tomorrow",
    # "I'm a swimming teacher")
    r"|after|afterwards|later|tomorrow|tonight|next|first thing|in the morning|at the weekend"
    r"|this evening|teachers?|coach|coaches|instructors?|lessons|club|session later"
    # thirteenth session, the lead's probes: its practice or fixture ("football training later")
    r"|training|practice|match|matches|game|games|fixture"
    # sixteenth session, h81: its team or league followed or played at a desk ("my fantasy
    # football team", "our netball league")
    r"|teams?|leagues?"
    # twenty-fifth session, heldout_h110 (ans110): the writer's own sport named by its player
    # ("im a right handed tennis player", "keen golfer"), never a question about players
    r"|players?|nut|fanatic|addict|season|seasons"
    # sixteenth session, h81 (c), the lead's probes: the writer's commute ("cycling to work every
    # day", "walking to the office"), their own activity told like "did a 10k"
    r"|to (?:and from )?(?:work|the office|school|uni|college|the station|my job|my shift)"
    r"|(?:once|twice|three times|four times|\d+ times|a few times|most days) (?:a|per|each|every)"
    r" (?:week|day|month)|every (?:day|week|weekend|morning|evening|night|\w+day)"
    # seventeenth session, the lead's probes: the steps of the writer's job ("25k steps a shift",
    # "15,000 steps per round at work"), counted by the shift, the round or the working day
    r"|(?:a|per|each|every|on a|on my|in a) (?:\w+ )?(?:shift|shifts|working day|work day|round"
    r"|route)|at work|on (?:the job|shift))\b"
)


# thirteenth session, h73: eating, diet or exercise changed as the writer's own plan, told as done
_PLAN_TOLD_13 = lazy(
    r"\b(?:(?:eating|eat|ate|eaten) (?:a (?:lot|bit) )?(?:less|more healthily|better|healthier"
    r"|healthy|clean|cleaner|smaller portions|fewer \w+|sensibly|properly)"
    r"|(?:cutting|cut|cutting out|cut out|cutting down on|cut down on|cut back on|cutting back on"
    r"|giving up|gave up|given up|dropped|dropping|ditched|ditching|no more|less|fewer) (?:the |my"
    r" )?(?:snacks?|snacking|sugar|sugary \w+|carbs|sweets|biscuits|crisps|booze|alcohol|beer|wine"
    r"|bread|takeaways?|chocolate|junk(?: food)?|fizzy drinks|calories)"
    r"|dieting|on a diet|(?:calorie|calories) counting|counting calories|intermittent fasting"
    r"|slimming world|weight ?watchers|watching what i eat"
    r"|(?:walking|running|swimming|cycling|jogging|moving|exercising|training|biking|rowing"
    r"|hiking) (?:a (?:lot|bit) )?more|more (?:walking|running|swimming|cycling|exercise|steps"
    r"|movement|activity))"
    r"(?:,? (?:and|plus|with) (?:more )?(?:walking|running|swimming|cycling|jogging|the gym|gym"
    r"|exercise|exercising)(?: (?:a (?:lot|bit) )?more)?)?\b"
)


# Round 54. What the move does for the body asked after an activity told as done ("does this
# ease a tight low back after rowing an hour?", "will the twist ease my hips after cycling?"): the
# activity is the cause, the move's effect the question.
_EFFECT_ASKED_54 = lazy(
    r"\b(?:will|would|does|do|can|could|might|is|should) (?:this|it|the twist|the stretch|the move"
    r"|this \w+|that|doing (?:this|it|the twist))(?: \w+){0,2}? (?:loosen|ease|relieve|help|undo"
    r"|release|free|unlock|unknot|settle|relax|stretch|sort|work|open|calm|soothe)\w*\b"
    r"(?=.*\b(?:after|from|post)\b)"
)


# Round 55. Another activity told as newly taken up or being learnt ("only just learning to
# swim", "took up running last year", "starting pilates next week"), beside a question whether
# the writer will manage this move ("will I manage it?", "is it doable for the likes of me?"): who
# asks, never the activity asked about.
_TAKING_UP_55 = lazy(
    r"\b(?:(?:only|just|only just|recently|currently|still|slowly|finally|also) )*(?:learning"
    r"|learnt|learned|started learning|starting to learn|taking up|took up|taken up|getting into"
    r"|got into|having lessons in|doing lessons in|having|taking|doing|booked|started|starting"
    r"|begun"
    r"|beginning|trying out|tried|new to|a beginner at|beginner at) (?:to |how to )?(?:\w+ )?"
    r"(?:swim|swimming|run|running|jog|jogging|cycle|cycling|ride a bike|dance|dancing|climb"
    r"|climbing|bouldering|yoga|pilates|tai chi|aqua aerobics|aquafit|rowing|walking football"
    r"|tennis|golf|bowls|badminton|pickleball|zumba|ballet|gym|weights)(?: lessons| classes"
    r"| class)?\b"
)
_MANAGE_THIS_55 = lazy(
    r"\b(?:will|would|could|can|do you think|reckon) (?:i|someone like me|a \w+ like me|people"
    r" like me|an? (?:old|older|\d+ year old) \w+) (?:\w+ )?(?:manage|cope with|cope|handle|do|get"
    r" the hang of|keep up with|be able to do|be ok with|be okay with|be fine with)(?: (?:it|this"
    r"|that|the (?:twist|stretch|move|exercise|programme|program|course)|this (?:twist|stretch"
    r"|move|exercise|one)))?(?: (?:ok|okay|alright|at all|do you think))?$"
    r"|\b(?:am i|i am|im|am i going to be) (?:too \w+|able) (?:for|to do) (?:this|it|the twist"
    r"|the stretch|the move)\b"
)


# sixteenth session, h81 (b), the lead's probes: a sport, a race, a training session or a match
# told as the writer's own (done, usual or coming up: "after a 20k run", "i play tennis on
# weekends"), beside a question about this move's side, time of day, place, frequency or way of
# doing it, like round 53's amounts: the activity is the writer's news, never the question. The
# move is named or pointed at; a question about the other activity ("how do I improve my 10k
# time", "is tennis bad for my back") asks none of these, and an activity named inside the
# question itself is never told as done, so it stays beyond.
_MOVE_THING_20 = r"(?:twist|twists|stretch|move|exercise|session|routine|rotation)"
_MOVE_OBJECT_20 = (
    r"(?:it|this|that|(?:the|this|that|my|your|a|each|these|those) (?:\w+ )?"
    + _MOVE_THING_20
    + r")"
    # ...never one part of it ("the other side", "this rep")
    r"(?! (?:other|rep|reps|set|sets|hold|holds|side|sides|leg|legs|sweep|swing|cue|part|step"
    r"|bit|one)\b)"
)
# ...when in the day ("ideal time for this stretch", "when should I fit it in")
_WHEN_TO_DO_20 = lazy(
    r"\b(?:best|right|ideal|good|better|optimal) time (?:of (?:the )?day |in the day )?(?:to |for )"
    r"(?:(?:do|doing|fit|fitting|slot|slotting|squeeze|squeezing|try|trying)(?: in)? )?"
    + _MOVE_OBJECT_20
    + r"\b"
    r"|\bwhen (?:should|do|can|could|shall|would|ought|must) (?:i|we|you|one)"
    r"(?: (?:ideally|actually|really|best|usually|normally|try to|aim to|be))?"
    r" (?:do|doing|fit|slot|squeeze|try|have)(?: in)? " + _MOVE_OBJECT_20 + r"\b"
    r"|\bwhen is (?:it )?(?:best|better|ideal) to (?:do|fit in|slot in|try) "
    + _MOVE_OBJECT_20
    + r"\b"
    r"|\bwhat time (?:of (?:the )?day )?(?:should|do|can|would|is (?:it )?best to|is best for)"
    r"(?: i| we| you)? (?:do|fit in|slot in|try) " + _MOVE_OBJECT_20 + r"\b"
)
# ...but a version taken in place of another (cactus arms rather than arms out wide, asked
# with "when") is a choice between versions, not a time of day
_INSTEAD_20 = lazy(r"\b(?:instead|rather than|in place of|as opposed to)\b")
_MOVE_ASKED_20 = lazy(
    # which side or leg goes first ("which side first", "what leg do I lead with", "left or
    # right first")
    r"\b(?:which|what) (?:side|leg|knee)\b(?: \w+){0,4}? (?:first|start\w*|begin\w*|lead\w*)\b"
    r"|\b(?:left|right)(?: side| leg| one)? or (?:the )?(?:left|right)\b(?: \w+){0,3}? first\b"
    r"|\b(?:start|begin|lead|go)\w* (?:with |on )?(?:the )?(?:left|right)(?: side| leg| one)? or"
    r" (?:the )?(?:left|right)\b"
    # ...where ("where should I do the twist", "where is best for it")
    r"|\bwhere (?:should|do|can|could|shall|would|is (?:it )?best to|is best for|is good for)"
    r"(?: i| we| you)?(?: (?:do|fit|slot|squeeze|try)(?: in)?)? " + _MOVE_OBJECT_20 + r"\b"
    # ...how often ("how many times a week")
    r"|\bhow (?:often|many (?:times|days|sessions) (?:a|per|in a|each|every) (?:week|day))\b"
    # ...how the move is done, the move named ("how should I perform this stretch")
    r"|\bhow (?:do|should|can|would|could|shall|to) (?:i |we |you |one )?(?:do|start|set up for"
    r"|get into|perform|go about)(?: doing)? (?:the|this|that|my|your) (?:\w+ )?"
    + _MOVE_THING_20
    + r"\b"
)


# sixteenth session, h81 (c): ...never the activity asked by its own verb ("cycling to work daily,
# how often should I cycle?", "i play golf, how often should i play?"): it is the question
_ACTIVITY_VERB_16C = (
    r"(?:cycle|bike|ride|walk|hike|row|play|commute|jog|run|swim|skate|ski|climb|dance|train)"
)
_ACTIVITY_ASKED_16C = lazy(
    r"\bhow (?:often|much|far|fast|long|many times)(?: \w+){0,3}? " + _ACTIVITY_VERB_16C + r"\b"
    r"|\b(?:should|shall|can|could|must|ought to) (?:i|we) (?:still |also |just |even )?"
    + _ACTIVITY_VERB_16C
    + r"\b"
)


def _told_activity_53(normal: str) -> str:
    """Round 53: ``normal`` with any activity told as done blanked, when the twist's own amounts
    are asked and the question itself names no activity; round 54: or what it does after one;
    sixteenth session, h81 (b): or its side, time of day, place, frequency or way of doing it;
    h81 (c): never when the activity is asked by its verb (`_ACTIVITY_ASKED_16C`)."""
    if (
        not _AMOUNT_ASKED_53.search(normal)
        and not _EFFECT_ASKED_54.search(normal)
        # sixteenth session, h81 (b): or the move's side, time, place, frequency or way
        and not _MOVE_ASKED_20.search(normal)
        and not _WHEN_TO_DO_20.search(normal)
        # twenty-fifth session, heldout_h109/h110 (ans110): or another matter of the move's own
        # told or asked (the foot short of the floor, one side stiffer than the other, a
        # reminder) (`_move_matter_ans110`)
        and not _move_matter_ans110(normal)
        # twenty-sixth session, heldout_h111 (ans111): or what the move does for a part
        # (`_PART_GOOD_ASKED_ANS111`)
        and not _PART_GOOD_ASKED_ANS111.search(normal)
    ) or _ACTIVITY_ASKED_16C.search(normal):
        return normal
    spans = [
        m.span()
        for m in _OTHER_EXERCISE.finditer(normal)
        if _TOLD_BEFORE_53.search(normal[max(0, m.start() - 40) : m.start()])
        or _TOLD_AFTER_53.match(normal, m.end())
    ]
    # thirteenth session, h73: a weight-loss plan told in passing (eating less, more walking)
    spans += [m.span() for m in _PLAN_TOLD_13.finditer(normal)]
    for start, end in spans:
        normal = normal[:start] + " " * (end - start) + normal[end:]
    return normal


# sixteenth session, h81 (b): a clause break (a comma, a full stop, a line) between the activity
# told and the question
_CLAUSE_BREAK_20 = lazy(r"[,.;:!?\n]+")
# ...the questions of the move's own that the clause may ask (side, time, place, frequency, way,
# round 53's amounts)
_ASKED_ALONE_20 = (_MOVE_ASKED_20, _WHEN_TO_DO_20, _AMOUNT_ASKED_53)


def _asked_after_told_20(text: str, normal: str) -> str | None:
    """Sixteenth session, h81 (b): the last clause of ``text`` when it asks about the move
    (`_MOVE_ASKED_20`, `_WHEN_TO_DO_20`, round 53's amounts) after an activity told as the
    writer's own ("i play tennis on weekends, which side first"), for scoring alone; None when
    nothing was told, or the clause names an activity itself."""
    if _told_activity_53(normal) == normal:
        return None
    clauses = [c for c in _CLAUSE_BREAK_20.split(text) if c.strip()]
    if len(clauses) < 2:
        return None
    last = normalise(clauses[-1])
    if not any(r.search(last) for r in _ASKED_ALONE_20) or _OTHER_EXERCISE.search(last):
        return None
    return clauses[-1]


# sixteenth session, h81 (c), the lead's probes: a chatty preamble (a job, a day, a place, a game,
# a film, a commute) then a short closing question about the move ("...knees stiff. hold time?",
# "flopped on the couch after my shift, what hold?"). The preamble's words pull the whole
# message to another topic (the couch to the place) or below the bar, and a question of two content
# words is scored only with the sentence before it (round 9's follow-up), so h81 (b)'s clause
# scored alone is widened beyond an activity told: the last clause wins alone when it is a
# question, names no other exercise, no complaint and no pain (`_closing_question_16c`), the
# preamble asks nothing itself (two questions are the bank's as before), and alone it is a strong,
# clear-cut match for a move topic (`CLOSING_STRONG_16C`, no "Did you mean"). The question is one
# whose answer no preamble changes: the move's amounts, side, time of day, place, frequency or way
# of doing it, as h81 (b) reads after an activity told (`_ASKED_ALONE_20`); a judgement that leans
# on what was told ("will this help?", "should I worry?", "still worth doing?", "any
# alternative?", "where do I even start?") is never scored alone.
CLOSING_STRONG_16C = 0.6
# ...a film, a show or a book the preamble tells of ("watched a film where...") is the
# writer's evening, not a thing asked for (round 11 declines one asked about)
_WATCHED_16C = lazy(
    r"\b(?:podcasts?|audiobooks?|playlists?|films?|movies?|tv (?:shows?|series)|box ?sets?"
    r"|netflix|novels?|documentar(?:y|ies)|series|episodes?)\b"
)
# ...a preamble asks something when any piece of it does, a dash or brackets set apart too
# ("stiff today (my usual 3) - bed or floor, and hold time?")
_ASIDE_BREAK_16C = lazy(r"[()\[\]]|\s[-–—]+\s")
# ...never one that points back at what the preamble told ("how often should I do that?")
_POINTS_BACK_16C = lazy(r"\b(?:that|those|these|they|them|why)\b")
# ...and a topic the preamble's report is about keeps its answer (pain, a score, the checks)
_REPORT_TOPICS_16C = frozenset(
    {
        "warning_signs",
        "sciatica",
        "if_it_hurts",
        "pain_through",
        "pain_after",
        "pain_scale",
        "check_first",
        "surgery_history",
        "dont_force",
    }
)


def _closing_question_16c(text: str) -> str | None:
    """Sixteenth session, h81 (c): the last clause of ``text`` when it asks the move's amounts,
    side, time, place, frequency or way (`_ASKED_ALONE_20`) after a preamble that only tells, for
    scoring alone: None for one clause, a preamble that asks something itself, or a closing clause
    that points back at the preamble or names another exercise, a complaint or pain."""
    text = _cap(text).strip()
    breaks = [m.end() for m in _CLAUSE_BREAK_20.finditer(text.rstrip(".!?\n "))]
    if not breaks or not text[: breaks[-1]].strip(",.;:!?\n "):
        return None
    preamble, last = text[: breaks[-1]], text[breaks[-1] :].strip()
    closing = normalise(last)
    if not (_is_question(last) or _ASKS_UNMARKED.search(closing)) or any(
        _asks_something(piece) for piece in _ASIDE_BREAK_16C.split(preamble) if piece.strip()
    ):
        return None
    if not any(r.search(closing) for r in _ASKED_ALONE_20) or _POINTS_BACK_16C.search(closing):
        return None
    if _PAIN_WORD_46.search(closing) or _OTHER_COMPLAINT.search(closing):
        return None
    if _beyond_the_twist(closing) != "no":
        return None
    return last


# Round 53. Which move this is, asked and then described ("which one is it, is it where you
# lie face down and swing a leg across?"): what it is, like round 33's "is this the one where".
_WHICH_ONE_53 = lazy(
    r"\b(?:which|what)(?: (?:stretch|move|exercise|one|twist|pose|position|thing))?"
    r" (?:is (?:it|this|that)(?: one| move| stretch| exercise)?(?: called)?|(?:it|this|that)"
    r"(?: one)? is|do you mean|are we doing|are you on about)(?: again| exactly)?(?: is it)?"
    r" (?:the|that) (?:same )?(?:one|move|stretch|exercise|twist|pose|thing|position)"
    r" (?:where|when|with|in which|that|which|you do|lying|laying|on)\b"
    r"(?=.*\b(?:lie|lies|lying|laying|lay|tummy|stomach|belly|front|face down|prone|legs?|knees?"
    r"|swing\w*|flip\w*|cross\w*|sweep\w*|twist\w*|rotat\w*|roll\w*)\b)"
)
# Round 53. Stretching weighed against strengthening ("is this move for stretching or for
# strengthening thing?"): the twist's muscles topic, which says it does both.
_STRETCH_OR_STRENGTH_53 = lazy(
    r"\b(?:stretch\w*|flexib\w*|loosen\w*|mobility|mobilis\w*|mobiliz\w*)\b(?: \w+){0,5}?"
    r" (?:or|vs|versus|rather than|instead of|and not|not)\b(?: \w+){0,4}? (?:strength\w*"
    r"|strong\w*|toning|tone|build(?:ing|s)? (?:up )?muscle|muscle building)\b"
    r"|\b(?:strength\w*|strong\w*|toning|tone|build(?:ing|s)? (?:up )?muscle|muscle building)\b"
    r"(?: \w+){0,5}? (?:or|vs|versus|rather than|instead of|and not|not)\b(?: \w+){0,4}?"
    r" (?:stretch\w*|flexib\w*|loosen\w*|mobility|mobilis\w*|mobiliz\w*)\b"
)
_NEW_JOINT_53 = lazy(
    r"\b(?:new|replaced|replacement|artificial|titanium|metal) (?:hip|knee|shoulder|ankle|elbow"
    r"|joint)s?\b|\b(?:hip|knee|shoulder|ankle|elbow|joint) replacements?\b"
)
_THIS_ONE_53 = lazy(r"\b(?:this|it|twist\w*|the (?:move|stretch|exercise|pose))\b")
_STRENGTH_TOPICS_53 = frozenset({"twist_muscles", "muscles_stretched", "benefits", "what_is"})
# Round 53. Progress over weeks asked with the foot's reach ("how should it feel a
# month in, will the foot get down to the floor in the end"): the progression, not only the foot.
_OVER_TIME_53 = lazy(
    r"\b(?:eventually|in time|over time|one day|some day|someday|in the long run|long term"
    r"|(?:after|in|within|over|by) (?:a |one |two |three |four |six |a few |a couple of |some"
    r" |the next |the first |\d+ )?(?:weeks?|months?)|a month in|weeks in)\b"
)
# Round 53. The leg that only gets part of the way over, asked about ("my knee stops roughly
# halfway over, do I just hover it there?"): a smaller range is fine; never "halfway
# through" a hold, which is a moment.
_PARTWAY_53 = lazy(
    r"\b(?:leg|legs|knee|knees|foot|feet|it|i)(?: \w+){0,2}? (?:(?:only|just|barely|hardly|maybe"
    r"|about|around|roughly|sort of|kind of|can only|can) )*(?:gets?|goes|go|comes?|makes? it"
    r"|reach(?:es)?|swings?|cross(?:es)?|drops?|travels?|moves?|falls?|manages?)(?: \w+){0,2}?"
    r" (?:(?:about|around|roughly|maybe|like|only|just|barely) )*(?:halfway|half way|partway"
    r"|part way|part of the way|half as far|a third of the way|a quarter of the way|a little"
    r" way|a bit of the way|some of the way|a short way|not (?:very |that |so )?far)\b"
    r"(?! (?:through|thru|into|in)\b)"
)
_PARTWAY_ASKED_53 = lazy(
    r"\b(?:should|shall|do|can|could|is (?:that|it|this)|ok|okay|fine|alright|enough|matter"
    r"|problem|normal)\b"
)
_LEG_NAMED_53 = lazy(r"\b(?:leg|legs|knee|knees|foot|feet)\b")
# ...as the writer's range, not a range lost ("since yesterday it only goes halfway"): that is the
# net's to read
_LESS_THAN_BEFORE_53 = lazy(
    r"\b(?:suddenly|sudden|since|anymore|any more|used to|now|today|yesterday|lately|recently"
    r"|overnight|this (?:morning|week)|started|starting|no longer|not (?:as|so) far as)\b"
)


# Round 56. A bent posture told as the writer's day or work (e.g. a dentist bent over patients,
# a night-shift worker stooped over mail for hours, "stooped at a bench all
# shift"), beside a question about the twist: who asks, not posture asked about. "how do I stop
# hunching over my desk" names no one bent and stays beyond the bank.
_POSTURE_TOLD_56 = lazy(
    r"\b(?:i am|im|i m|i|we are|we|you are|youre|you re|someone|somebody|anyone|people|folk|folks"
    r"|those|a person|who is"
    r"|who are|who s|being|spend \w+|spent \w+|all day|all night|all shift)"
    r"(?: (?:always|usually|often|constantly|basically|mostly|just|permanently|sat|sitting"
    r"|stood|standing))? (?:hunch\w*|stoop\w*|slump\w*|crouch\w*|bent|bending|leaning|curled)"
    r"(?: (?:over|at|on|behind|under|into) (?:a |an |the |my |our |their )?(?:\w+ ){0,2}?\w+)?"
    r"(?: (?:all (?:day|night|shift|week)|\d+ hours? (?:a|per|each) (?:day|night|shift)|for hours"
    r"|every (?:day|night|shift)|at work|for work|most of the day))?"
)


# Round 57. A dance, a sport or a trade named only as a likeness ("sounds like a salsa move",
# a pace given by two dances to pick between) or as who or where ("someone at the dance
# studio said", "she's a ballroom dancer", "I'm a tree surgeon"), beside a question in the
# move's own words ("cactus arms", "sweep the leg", "transverse plane", "hold time"): the
# question is the move's. "how do I dance the rumba" names no move term and stays beyond.
_OTHER_NAMES_57 = (
    r"(?:" + _DANCES_53 + r"|dance|dancing|disco|ballet|tango|yoga|pilates|tai chi|boxing"
    r"|karate|kung fu|swimming|rowing|cycling|running|golf|tennis|football|footy|footie|rugby"
    r"|netball"
    r"|martial arts?|zumba|barre|aerobics|gym|ballroom)"
)
_LIKENESS_57 = lazy(
    r"\b(?:sounds?|looks?|seems?|feels?|sounding|looking|slow|slower|quick|quicker|fast|faster"
    r"|gentle|smooth|steady|more|less|a bit|kind of|sort of|bit)? ?(?:like|as in|as if doing"
    r"|same as|similar to|reminds me of|rather like|just like)"
    r" (?:a |an |the |some |doing |doing a |in )?(?:\w+ )?"
    + _OTHER_NAMES_57
    + r"(?: (?:move|moves|step|steps|thing|routine|pace|tempo|beat|rhythm|dance|pose|class"
    r"|lesson|turn|spin|arms?))?\b"
    r"|\b(?:my |our |the |a )?" + _OTHER_NAMES_57 + r"(?: class| teacher| instructor| group)?"
    r" (?:does|do|did|has|had|uses?|used) (?:something|one|a move|a stretch|a twist|a version)"
    r" (?:similar|like (?:it|this|that))\b"
    # a pace told by a dance ("waltz slow or jive quick?", "quick as a jive")
    r"|\b" + _OTHER_NAMES_57 + r" (?:slow|slowly|quick|quickly|fast|pace|speed|tempo|style)\b"
    r"|\b(?:slow|quick|fast|slower|quicker|faster|smooth) as (?:a |an |the |in )?"
    + _OTHER_NAMES_57
    + r"\b"
)
_WHO_WHERE_57 = lazy(
    r"\b(?:at|in|from|after|before|to|down|near|outside|of) (?:the |my |a |our |her |his |their )?"
    r"(?:local )?(?:\w+ )?(?:dance|dancing|ballet|salsa|ballroom|yoga|pilates|boxing|karate"
    r"|climbing|swimming|martial arts?) (?:studio|studios|class|classes|school|hall|lesson"
    r"|lessons|club|gym|centre|center|teacher|group|academy|floor)\b"
    r"|\b(?:a|an|the|my|our|as a|as an|is a|s a|am a|m a|i m a|im a) (?:\w+ )?(?:"
    + _DANCES_53
    + r"|dance|ballet|pole|salsa|tap|contemporary|street|yoga|pilates|boxing|karate)?"
    r" ?(?:dancers?|instructors?|teachers?|boxers?|ballerinas?)\b"
    # who teaches or loves a dance ("my wife teaches ballroom", "I'm really into salsa")
    r"|\b(?:teaches|teach|taught|teaching|coaches|coaching|dances|loves|love|into|competes in"
    r"|competed in) (?:" + _DANCES_53 + r"|ballet|dance|dancing)\b"
)
# ...the move's own words that show the question is this move's
_MOVE_TERM_57 = lazy(
    r"\b(?:twist\w*|prone|cactus|sweep\w*|transverse|planes? of motion|hold time|holds?|reps?"
    r"|sets?|rounds?|each side|per side|the leg|my leg|leg over|knee over|palms?|the move"
    r"|this move|the stretch|this stretch|the session|this session|the exercise|this exercise"
    r"|session|sessions|version|variation|gentler|easier|cactus arms|arms|swing|pace|speed"
    r"|tempo|range|mat)\b"
)


def _context_named_57(normal: str) -> str:
    """Round 57: ``normal`` with a dance, sport or trade blanked where it is only a likeness or
    who or where (`_LIKENESS_57`, `_WHO_WHERE_57`), when the rest asks in the move's words."""
    rest = blanked(_WHO_WHERE_57, blanked(_LIKENESS_57, normal))
    if rest == normal or not _MOVE_TERM_57.search(rest):
        return normal
    return rest


@lru_cache(maxsize=256)
def _beyond_the_twist(normal: str) -> Literal["no", "with_twist", "yes"]:
    """Whether the question is about another exercise or something else beyond the twist:
    ``"no"``; ``"yes"``; or ``"with_twist"`` when it also names the twist itself, outside the
    other exercise's name ("supine twist" and "seated twist" do not count). Memoised: one
    message's readings ask it of the same text three or four times (a third of the bank's time
    on a question)."""
    # round 9: "never done any yoga or stretching in my life" tells experience, not a topic
    normal = blanked(_NEVER_DONE, normal)
    normal = blanked(_BACKGROUND, normal)
    normal = blanked(_MEAL_TIME, normal)
    # twenty-third session, h99: a meal named in a list of the day's times is a time of day
    normal = blanked(_MEAL_IN_DAY_TIMES_H99, normal)
    normal = blanked(_STIFF_AS, normal)
    normal = blanked(_BIRTH_TOLD, normal)
    normal = blanked(_TURN_39, blanked(_GAME_39, normal))
    normal = _told_activity_53(normal)
    if not _THIS_WEIGHED_H96.search(normal):
        # twenty-second session, h96: the writer's own app told by what it does ("my yoga app
        # only does holds"): the app's name is no other exercise asked
        normal = blanked(_OWN_APP_NAMED_H96, normal)
    # round 57: a dance or a trade named as a likeness or as who or where
    normal = _context_named_57(normal)
    if _MANAGE_THIS_55.search(normal):
        # round 55: "only just learning to swim ... will I manage it?": the activity taken up is
        # the writer's life, the question is about this move
        normal = blanked(_TAKING_UP_55, normal)
    # round 44: "quick one before the school run": an errand's run told as a moment of the day
    # is no running, whatever is asked (round 40 read it only beside a reminder)
    normal = blanked(_ERRAND_RUN_WHEN_44, normal)
    # twentieth session, h89: "a run of nights on the ward": a series of shifts, no running
    normal = blanked(_RUN_OF_SHIFTS_H89, normal)
    if _REMINDER_ASKED_40.search(normal):
        # round 40: "a daily nudge for after the school run": the errand is a moment of the day
        normal = blanked(_ERRAND_RUN_40, normal)
        # round 42: "rehearsals run late on thursdays"
        normal = blanked(_SCHEDULE_RUN_42, normal)
        # twenty-fifth session, h107: "move it to 8pm, 7 is dinner": the meal is the time
        normal = blanked(_MEAL_AS_TIME_H107, normal)
    if _ARMS_ASKED.search(normal):
        normal = blanked(_SHOULDER_NAMED, blanked(_SHOULDER_BACKGROUND, normal))
    if _FIT_AROUND_ASKED_45.search(normal) and _THIS_EXERCISE.search(normal):
        normal = blanked(_SPORT_ROUTINE_45, normal)
    if _LIKENED_45.search(normal):
        normal = _LIKENED_45.sub(lambda m: blanked(_LIKENED_OTHER_45, m.group()), normal)
    if _THIS_EXERCISE.search(normal):
        normal = blanked(_MATTRESS_SURFACE, normal)
        # round 56: a working day spent bent over (e.g. at a mail bench): who asks, not posture
        normal = blanked(_POSTURE_TOLD_56, normal)
    if _HEAD_PLACE_18.search(normal) and not _HEAD_ELSEWHERE_18.search(normal):
        # fifteenth session, h79: a neck feeling told with the head's place asked is the head
        # topic's own concern, not another body part's complaint
        normal = blanked(_NECK_FELT_18, normal)
    if _HOLD_OR_FLOW_50.search(normal) or _THIS_EXERCISE.search(normal):
        # round 50: "hold or flow for someone training for their first marathon?": the race
        # trained for tells who asks
        normal = blanked(_TRAINING_FOR_50, normal)
    spans = [m.span() for r in _BEYOND for m in r.finditer(normal)]
    if not _operation_told(normal) and not _OPERATION_TOLD_9.search(_blank_no_surgery(normal)):
        # twentieth session, h89: other exercises asked as a condition's cure, never beside an
        # operation told (e.g. a caesarean), which keeps its own reading
        spans += [m.span() for m in _EXERCISES_TO_FIX_H89.finditer(normal)]
    if not spans:
        return "no"
    rest = normal
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return "with_twist" if _THIS_EXERCISE.search(rest) else "yes"


# ---------------------------------------------------------------------------------------------
# Answering

# Round 54: a question closing the message after a comma is a sentence of its own ("my colleague
# and I do it side by side on the mat after class, is it a problem if one of us goes at a different
# speed?"): the context before it no longer drowns it.
_SENTENCE = lazy(
    r"(?<=[.!?\n;:])\s+|\s+(?=but\s|anyway\s|so\s+(?:how|what|can|should))"
    r"|(?<=,)\s+(?=(?:does|do|is|should|can|could|will|would|am|are|how|what|why|when)"
    r" (?:it|that|this|i|we|they|you|the|my|our|there|she|he)\b[^,.!?;:\n]*\?\s*$)",
    re.IGNORECASE,
)


# A sentence that opens like a question is one, even when the phone's "?" is missing.
_QUESTION_OPENING = lazy(
    r"(?:what|whats|how|why|who|where|when|which|can|could|should|shall|do|does|did|is|are"
    r"|am|will|would|may|might|must|any|anything|ok|okay)\b",
    re.IGNORECASE,
)


def _is_question(sentence: str) -> bool:
    return sentence.endswith("?") or _QUESTION_OPENING.match(sentence) is not None


# Asking without a question's form: "tell me how long", "I wonder if it helps", "any tips".
_ASKS_UNMARKED = lazy(
    r"\b(?:tell me|explain|show me|teach me|describe|remind me|wonder\w*|want to know"
    r"|need to know|like to know|any (?:tips|advice|ideas?|suggestions?)|advise|advice|help me)\b"
)


def _asks_something(text: str) -> bool:
    """A clause of ``text`` asks something (its form, or words that ask without it)."""
    clauses = (c.strip() for c in _CLAUSE.split(_cap(text)) if c and c.strip())
    return any(map(_is_question, clauses)) or _ASKS_UNMARKED.search(normalise(text)) is not None


_CLAUSE = lazy(r"(?<=[.!?\n;:,])\s*|\s+(?:and|but|so|then)\s+", re.IGNORECASE)


def _cap(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    half = MAX_CHARS // 2
    return text[:half] + "\n" + text[-half:]


# Round 9. Who sees, keeps or deletes the user's records: their data, when the privacy topic
# is among the close matches.
_DATA_ASKED = lazy(
    r"\b(?:who (?:can|could|else|gets to|will|would) (?:\w+ )?see|delete|deleting|erase|erasing"
    r"|wipe|share|shared|sharing|sell|private|privacy|stored?|storing|gdpr)\b"
    # round 13: others seeing one's figures is the data topic ("can other people see my scores")
    r"|\b(?:other|others|anyone|anybody|someone|somebody|people|staff|strangers|everyone)"
    r" (?:\w+ )?(?:see|view|read|access)\b"
)
# Round 9. A question of at most this many content words after another sentence is a follow-up.
FOLLOW_UP = 2


def _segments(parts: Sequence[list[str]]) -> list[tuple[bool, list[str]]]:
    """Token lists to score, each flagged when it holds one of the user's questions.

    ``parts`` are the tokens of each sentence; a sentence ending in a question mark carries
    a final ``"?"`` token. Besides the whole text, the questions are scored alone and with
    the sentence before them; without a question mark, every sentence and every pair of
    neighbouring sentences.
    """
    clean = [[t for t in p if t != "?"] for p in parts]
    whole = [t for p in clean for t in p]
    if len(parts) <= 1:
        return [(True, whole)]
    questions = [i for i, p in enumerate(parts) if p and p[-1] == "?"]
    pieces: list[tuple[bool, list[str]]]
    if questions:
        # round 9: a bare follow-up ("whats the point?", "why?") leans on the sentence
        # before it and is not scored alone
        pieces = [
            (True, clean[i]) for i in questions if i == 0 or len(_content(clean[i])) > FOLLOW_UP
        ]
        pieces += [(True, clean[i - 1] + clean[i]) for i in questions if i > 0]
    else:
        pieces = [(False, p) for p in clean]
        pieces += [(False, a + b) for a, b in itertools.pairwise(clean)]
    # Prefer the end of the message (where the question usually is) when there are many.
    return [(False, whole), *pieces[-MAX_SEGMENTS:]]


def _decline(kind: Literal["general", "medical"], score: float = 0.0) -> Answer:
    if kind == "medical":
        return Answer("decline", None, score, DECLINE_MEDICAL_TEXT, DECLINE_MEDICAL_RELATED)
    return Answer("decline", None, score, DECLINE_TEXT, DECLINE_RELATED)


class Matcher:
    def __init__(self, index: AnswerIndex) -> None:
        self.index = index

    def _topic(self, key: str, score: float = 1.0) -> Answer:
        """The answer of the topic ``key``, with its related topics."""
        topic = self.index.topics[key]
        return Answer("topic", key, score, topic.answer, topic.related)

    def best(self, text: str, tokenise: Callable[[str], list[str]] | None = None) -> _Match | None:
        """The best match over the segments of the text: a segment holding one of the
        user's questions wins if any passes; otherwise the widest margin over the bar.
        ``tokenise``: the index's tokens of a text, memoised by the caller (`answer`)."""
        tokens_of = self.index.tokens if tokenise is None else tokenise
        sentences: list[str] = []
        for piece in (p.strip() for p in _SENTENCE.split(text) if p and p.strip()):
            if (
                sentences
                and sentences[-1].endswith(",")
                and len(_content(tokens_of(piece))) <= FOLLOW_UP
            ):
                # round 54: a closing question cut at a comma stands alone only when it says
                # enough by itself ("new knee last year, could the sweep dislocate it?" is one)
                sentences[-1] = f"{sentences[-1]} {piece}"
            else:
                sentences.append(piece)
        parts = [[*tokens_of(p), "?"] if _is_question(p) else tokens_of(p) for p in sentences]
        best: _Match | None = None
        for is_question, tokens in _segments(parts):
            scores = self.index.scores(tokens)
            negative = scores.pop(NEGATIVE, 0.0)
            if not scores:
                continue
            top = heapq.nlargest(3, scores.items(), key=lambda kv: kv[1])
            key = top[0][0]
            # Cosine similarity falls as a message grows, so long segments get a lower bar.
            length = len(_content(tokens))
            scale = min(1.0, math.sqrt(LENGTH_PIVOT / max(1, length)))
            coverage = self.index.coverage(tokens)
            match = _Match(key, scores[key], negative, scale, is_question, coverage, tuple(top[1:]))
            if best is None or match.rank > best.rank:
                best = match
        return best

    def _other_person_h101(self, normal: str, match: _Match | None) -> _Match | None:
        """Twenty-third session, h101: a "Did you mean" for a question with
        another person named beside it (a sister's leg, a grandma's count, a friend's claim) is
        read again with the person set aside (`_other_person_set_aside_h101`): its one strong
        topic when it finds one among those offered (the lead's: never a topic the question had
        not come near). Never beside a word of pain, or beyond the twist."""
        if match is None or not match.passes or not match.options():
            # no match is no "Did you mean": a house habit told of a flatmate stays declined
            return match
        rest = _other_person_set_aside_h101(normal)
        if rest is None or _PAIN_WORD_46.search(normal) or _beyond_the_twist(normal) != "no":
            return match
        again = self.best(rest)
        if again is None or not again.passes or again.options() or again.key in _NOT_THE_MOVE:
            return match
        if again.key != match.key and again.key not in match.options():
            return match
        return again

    def _closing_match(
        self,
        text: str,
        normal: str,
        match: _Match | None,
        tokens: Callable[[str], list[str]],
    ) -> tuple[_Match | None, str]:
        """Sixteenth session, h81 (c): the closing question's own match, scored alone, when it is
        a strong, clear-cut match for a move topic and the whole message's match failed, went to
        another topic or made a tie (never a topic of the preamble's report, `_REPORT_TOPICS_16C`);
        with ``normal`` less any film told, for the check of what lies beyond the twist. Else
        ``match`` and ``normal`` as they were."""
        closing = _closing_question_16c(text)
        if closing is None:
            return match, normal
        told = blanked(_WATCHED_16C, normal)
        if _beyond_the_twist(told) != "no":
            return match, normal
        alone = self.best(closing, tokens)
        if (
            alone is None
            or not alone.passes
            or alone.score < CLOSING_STRONG_16C
            or alone.options()
            or alone.key in _NOT_THE_MOVE
        ):
            return match, normal
        if (
            match is not None
            and match.passes
            and _REPORT_TOPICS_16C & {match.key, *match.options()}
        ):
            return match, normal
        return alone, told

    def _safety_information(self, question: str, level: TriageLevel) -> Answer:
        """A general question about the move or about warning signs (triage context
        ``general``): the topic it asks about when that topic is about safety, else the
        warning signs (or, for pain during the twist, what to do if it hurts)."""
        found = self.answer(question, safety_checked=True)
        allowed = SAFETY_TOPICS if level > TriageLevel.STOP_PAIN else STOP_TOPICS
        if _PUSH_THROUGH.search(normalise(question)):
            allowed = allowed | {"pain_through"}
        if found.kind == "topic" and found.topic in allowed:
            return found
        if found.kind == "decline" and _other_part_myth_h106(normalise(question)):
            # twenty-fourth session, h106: a saying about another joint asked ("is it true
            # cracking your knuckles gives you arthritis"): beyond the twist, as the bank reads it
            return found
        if _SCIATICA.search(normalise(question)):
            key = "sciatica"
        else:
            key = "warning_signs" if level > TriageLevel.STOP_PAIN else "if_it_hurts"
        return self._topic(key, found.score)

    def answer(
        self, question: str, *, safety_checked: bool = False, triaged: Triage | None = None
    ) -> Answer:
        """``triaged``: the question's triage when the caller has it already. A message the
        bank would decline or only ask "Did you mean..." about, and that tells of the writer's
        own body in words no rule knows, gets the safety net's question (`unsure`)."""
        level = triage(question) if triaged is None else triaged
        found = self._answer(question, safety_checked, level)
        if (
            safety_checked
            and (
                found.kind in _UNSURE_KINDS
                or (found.kind == "topic" and found.score < CONFUSED_STRONG)
            )
            and not _asks_something(question)
        ):
            # eighth session: "No" to the safety question about a report that asked nothing
            # ("my dad isn't breathing properly"): the bank's closest topic is no answer to it,
            # nor is "I can only help with the twist"
            return Answer("decline", None, found.score, NOTHING_ASKED_TEXT, DECLINE_RELATED)
        if (
            found.kind in _UNSURE_KINDS
            and not safety_checked
            # twentieth session, h88: nor the "Did you mean" of the head's place, the neck told
            # as feeling odd beside it and nothing of now, pain or the arms
            and not (
                found.kind == "clarify"
                and "head_gaze" in found.related
                and _neck_odd_for_gaze_h88(question)
            )
            and unsure(question, level)
        ):
            return Answer("safety_ask", None, 1.0, safety_ask_text(UNSURE), ())
        if (
            found.kind == "topic"
            and not safety_checked
            and not (found.topic == "hand_support" and _arms_strange_h87(question))
            # twenty-first session, h91: nor about an arm position told as awkward with propping
            # up on one hand asked, nothing of now, a sign or pain beside it
            and not (found.topic == "hand_support" and _arms_prop_asked_h91(question))
            # twentieth session, h88: nor about the neck told as feeling odd while the head's
            # place is asked, nothing of now, pain or the arms beside it
            and not (found.topic == "head_gaze" and _neck_odd_for_gaze_h88(question))
            and unsure_aside(question, level)
        ):
            # round 51: "how long do I hold each side? my legs have been odd and wobbly since
            # friday": the answer would lose the report told beside the question
            return Answer("safety_ask", None, 1.0, safety_ask_text(UNSURE), ())
        if (
            found.kind != "safety_ask"
            and not safety_checked
            and level.level is TriageLevel.NONE
            and not _reader_overruled(question, found)
            and reads_red_flag(question, sees_sign_or_aside)
        ):
            # tenth session: no rule reads it, but it is told the way red flags are told
            # (a leak told only as "a bit came out", with no warning): ask, unless a harmless
            # reading overrules the vote (`_READER_OVERRULED`). A context reader's harmless
            # phrase weighs as a rule's sign weighed harmless ("fell asleep in the hold" scored
            # 0.86): `sees_sign_or_aside`
            return Answer("safety_ask", None, 1.0, safety_ask_text(UNSURE), ())
        return found

    def _help_cry_cut_h100(self, text: str) -> str:
        """Twenty-third session, h100: the message less its pieces that only cry out for help
        (`_HELP_CRY_H100`), when the rest is a question of the move the bank answers on its own
        (no help asked in it, a topic of the move passing); the message itself otherwise."""
        pieces = [p for p in _CRY_PIECE_H100.split(text) if p.strip()]
        rest = [p for p in pieces if not _HELP_CRY_H100.fullmatch(normalise(p))]
        if len(rest) == len(pieces) or not rest:
            return text
        cut = ". ".join(p.strip() for p in rest)
        if _HELP.match(normalise(cut)) or _asks_for_help(cut) is not None:
            return text
        match = self.best(cut)
        if match is None or not match.passes or match.key in _NOT_THE_MOVE:
            return text
        return cut

    def _bot_echo_cut_ans112(self, text: str) -> str:
        """Twenty-sixth session, heldout_h112 (ans112): the reply after the bot's own question
        echoed at its start (`_bot_echo_ans112`), when the reply is a question of the move the
        bank answers on its own (a topic of the move passing), or one it knows nothing of or that
        lies beyond the twist; the message itself otherwise."""
        rest = _bot_echo_ans112(text)
        if rest is None:
            return text
        match = self.best(rest)
        if match is not None and match.passes and match.key not in _NOT_THE_MOVE:
            return rest
        if (
            match is None
            or match.coverage < MIN_COVERAGE
            or _beyond_the_twist(normalise(rest)) == "yes"
        ):
            # ...or a question the bank knows nothing of, or beyond the twist ("how did that feel?
            # fine. whats the weather like tomorrow"): the echo's words make it no topic
            return rest
        return text

    def _answer(self, question: str, safety_checked: bool, level: Triage) -> Answer:
        if level.level is not TriageLevel.NONE and not safety_checked:
            if level.context == "general":
                return self._safety_information(question, level.level)
            if level.level is TriageLevel.STOP_PAIN and _other_part_fix(normalise(question)):
                # twenty-fifth session, h107-h110: another part's everyday ache, its fix asked
                # ("my knee hurts when i run, how do i sort it"): another body part's treatment,
                # declined towards a clinician, never the stop reply of a pain in the move
                return _decline("medical")
            if level.ambiguous:
                return Answer("safety_ask", None, 1.0, safety_ask_text(level), ())
            return Answer("safety", None, 1.0, safety_reply(level.level), ())
        # twenty-seventh session, heldout_h114 (ans114): a word its writer corrected ("static ...
        # SCIATICA i mean", "*sciatica", "autocorrect changed ...") is read as the word meant
        text = _corrected_ans114(_cap(question))
        normal = normalise(text)
        aside = _TURN_RAW_39.match(text)
        if aside and _GAME_39.search(normalise(aside.group())):
            # round 39: "the tower collapsed in my game... anyway how long is a session?": the
            # game is the writer's news; the question after the turn is what is asked
            text = text[aside.end() :]
            normal = normalise(text)
        brief = _brief_tag_cut_h90(text)
        if brief != text:
            # twentieth session, h90: "..., short version": how to answer is asked, not a version
            text, normal = brief, normalise(brief)
        polite = _polite_cut_h92(text)
        if polite != text:
            # twenty-first session, h92: a formal courtesy ("kindly", "please advise", "do the
            # needful") carries no subject: what is asked is the rest
            text, normal = polite, normalise(polite)
        cried = self._help_cry_cut_h100(text)
        if cried != text:
            # twenty-third session, h100: "help" cried out beside a question about the move is
            # exasperation, not a request for the bot's help: what is asked is the rest
            text, normal = cried, normalise(cried)
        echoed = self._bot_echo_cut_ans112(text)
        if echoed != text:
            # twenty-sixth session, heldout_h112 (ans112): the bot's own question echoed at the
            # start of a reply ("how did that feel? fine but ..."): what is asked is the rest
            text, normal = echoed, normalise(echoed)
        settled = _settled_then_asked_h106(normal)
        if settled is not None:
            match = self.best(settled)
            if match is not None and match.passes and match.key not in _NOT_THE_MOVE:
                # twenty-fourth session, h106: a part of the move told right now, then a new
                # trouble after "but" whose fix is asked: what is asked is the trouble
                text, normal = settled, settled
        if (
            _HELP.match(normal)
            or _help_cry_with_help_h103(text)
            or _lost_told_h105(text)
            # twenty-fifth session, heldout_h109 (ans110): whether the bot is chatted to or
            # worked by buttons (`_use_way_asked_ans110`)
            or _use_way_asked_ans110(normal)
            # twenty-sixth session, heldout_h112 (ans112): what to reply to the bot asked
            # (`_reply_asked_ans112`)
            or _reply_asked_ans112(text)
        ):
            # twenty-fourth session, h103: or "help" cried beside a help question of its own;
            # h104: or the writer's confusion told, alone or after a slash command
            return Answer("help", None, 1.0, help_text(), ())
        reason = _decline_reason(normal)
        if reason == "treatment":
            return Answer("decline", None, 0.0, DECLINE_TREATMENT_TEXT, DECLINE_MEDICAL_RELATED)
        if reason is not None:
            return _decline("medical" if reason == "medical" else "general")
        if _WHAT_ARE_YOU_ANS114.fullmatch(normal):
            # twenty-seventh session, heldout_h114 (ans114): "what are you", "wat r u", "who r u
            # exactly" alone ask what the bot is, though each word is small talk's
            return self._topic("about_bot")
        if all(w in SMALL_TALK for w in words(normal)):
            return _decline("general")
        if _ASK_FIRST_44.search(normal) and _beyond_the_twist(normal) == "no":
            # round 44: "I've got endometriosis and rheumatoid arthritis, should I ask my
            # consultant before starting?": whether to check first, whatever the conditions;
            # twentieth session, h90: a joint's operation or a new joint told (no spine's) is
            # the surgery topic, which says whom to ask, as round 11 reads it with any question
            told = _operation_told(normal)
            key = (
                "surgery_history"
                if told is not None and not _SPINAL_SURGERY.search(told.group(0))
                else "check_first"
            )
            return self._topic(key)
        if (_HELP_WHEN_46.search(normal) or _HELP_WHEN_11.search(normal)) and _beyond_the_twist(
            normal
        ) == "no":
            # round 46: when to seek help instead of carrying on with the move: the warning
            # signs, answered directly
            return self._topic("warning_signs")
        if _warning_signs_for_others_11(normal):
            # eleventh session, rt32: warning signs asked for clients or a class, or as what the
            # bot tells people: the warning signs, whatever the writer teaches
            return self._topic("warning_signs")
        if _SCREENING_ASKED_H100.search(normal) and not _SCREENED_THING_H100.search(normal):
            # twenty-third session, h100: what the bot screens people for, asked (a student's
            # words beside it are set aside by the triage): the warning signs it checks
            return self._topic("warning_signs")
        if (
            _CHECKLIST_ITEM_9.search(normal)
            and _CHECKLIST_ASKED_9.search(normal)
            and _beyond_the_twist(normal) == "no"
        ):
            # ninth session, h62: an item of the bot's own safety list asked about: the warning
            # signs, which tell what each sign calls for
            return self._topic("warning_signs")
        if _breath_feat_s17(normal):
            # seventeenth session, the lead's probes: "how long can I hold my breath under water":
            # the breath held as a feat is not the move, whatever "hold" and "how long" score
            return _decline("general")
        if _TRANSLATION_ASKED_S18.search(normal):
            # eighteenth session, h83: a phrase asked in another language: beyond the bot
            return _decline("general")
        if _DESK_OR_PASTIME_H90.search(normal):
            # twentieth session, h90: a desk's or a screen's set-up, or a joke asked: beyond it
            return _decline("general")
        if _other_apps_data_49(normal):
            # round 49: another app's or device's data moved ("download the tachograph data
            # into the company app"): beyond this bot, never the data topic
            return _decline("general")
        if _bot_likened_to_ai(normal):
            # eighth session, h61: what the bot is, asked by naming another assistant or AI
            return self._topic("about_bot")
        asked_h100 = _asked_in_banter_h100(normal)
        if asked_h100 == "decline":
            # twenty-third session, h100: another workout asked for (abs, legs, full body)
            return _decline("general")
        if asked_h100 is not None:
            # twenty-third session, h100: a topic asked in banter, before the bank's scores
            return self._topic(asked_h100)
        for reading, topic_key in (
            # twenty-fourth session: what the twist is asked, then who told of it (h103); a
            # session or its timer paused or stopped part way, whatever interrupts it (h103,
            # h104, h106); what is kept of what the writer sends, which leg goes first, the leg
            # only just crossing the middle, why the foot goes to the floor (h106): each asked in
            # words the scores give to another topic; twenty-fifth session: whether the bot does
            # the move along with the writer or only gives steps to read (h107)
            (_what_is_then_told_h103, "what_is"),
            (_session_paused_h103, "bot_commands"),
            (_session_halt_asked_h105, "bot_commands"),
            (_timer_halt_h106, "bot_commands"),
            (_kept_asked_h106, "privacy"),
            (_which_first_h106, "which_side_first"),
            (_short_range_h106, "range_of_motion"),
            (_foot_cue_why_h106, "why_cues"),
            (_guided_asked_h107, "about_bot"),
            # twenty-fifth session, heldout_h109 (ans110): what the bot keeps about the writer
            (_kept_about_me_ans110, "privacy"),
            # twenty-sixth session, heldout_h111 (ans111): a step of the session skipped or moved
            # on from (`_step_skipped_ans111`)
            (_step_skipped_ans111, "bot_commands"),
        ):
            if reading(normal):
                return self._topic(topic_key)
        if _beyond_the_bank_51(text, normal, self.index):
            # round 51: "how do I land a kickflip", "is this better than the Calm app?", "how do I
            # move my husband from the bed to the wheelchair": beyond the bank
            return _decline("general")
        nature = _bot_nature_asked_12(normal)
        if nature is not None:
            # twelfth session, h72: the bot's owner or nature asked, with no move topic beside it
            beside = self.best(nature) if nature.strip() else None
            if beside is None or not beside.passes or beside.key in _NOT_THE_MOVE:
                return self._topic("about_bot")
        if _COMMAND_ASKED_11.search(normal) and not _BODY_WORDS.search(normal):
            # eleventh session, h70: a command asked for by name, before any topic it would serve
            return self._topic("bot_commands")
        if _palms_way_asked_h105(normal):
            # twenty-fourth session, h104: which way the palms face: shoulders and palms
            return self._topic("shoulders_down")
        if _foot_short_h105(normal):
            # twenty-fourth session, h104: the foot falling short of the floor, for any reason
            return self._topic("foot_not_reaching")
        marked = _marked_question_h105(normal)
        if marked is not None:
            # twenty-fourth session, h105: a run-on message's marked question, scored alone
            alone = self.best(marked)
            if (
                alone is not None
                and alone.passes
                and alone.score >= CLOSING_STRONG_16C
                and not alone.options()
                and alone.key not in _NOT_THE_MOVE
            ):
                return self._topic(alone.key, alone.score)
        direct = _direct_topic(normal)
        if direct is not None:
            # rounds 47-49: asked plainly in a form the scores split or miss
            return self._topic(direct)
        if _stiff_from_day_11(text, normal):
            # eleventh session, rt32: a stiff back from a journey, a nap or a chore, the move's
            # help asked: what the move does
            return self._topic("benefits")
        # A complaint about another body part is declined towards a clinician.
        # Round 53: so is another programme asked for a new joint ("a squat and lunge routine
        # for my new knee"): its surgeon or physio plans that.
        kind: Literal["general", "medical"] = (
            "medical"
            if _OTHER_COMPLAINT.search(normal) or _NEW_JOINT_53.search(normal)
            else "general"
        )
        # A message of one sentence is tokenised once, for the match and the subject check.
        memo: dict[str, list[str]] = {}

        def tokens(part: str) -> list[str]:
            found = memo.get(part)
            if found is None:
                found = memo[part] = self.index.tokens(part)
            return found

        match = self.best(text, tokens)
        if match is None or not match.passes:
            # sixteenth session, h81 (b): "i play tennis on weekends, which side first": the
            # activity told drowns the short question after it, which is scored alone
            clause = _asked_after_told_20(text, normal)
            again = self.best(clause, tokens) if clause is not None else None
            if again is not None and again.passes:
                match = again
        # sixteenth session, h81 (c): "plumber, knees stiff from a day under a sink. hold time?":
        # the chatty preamble drowns the closing question or pulls it elsewhere
        match, watched_aside = self._closing_match(text, normal, match, tokens)
        # twenty-third session, h101: another person named beside the question must not make a
        # strong match weak (`_other_person_h101`)
        match = self._other_person_h101(normal, match)
        if (match is None or not match.passes) and _simply_explained_h97(normal):
            # twenty-second session, h97: the move asked to be explained simply: how to do it
            return self._topic("how_to")
        asked = _asks_for_help(text)
        if asked == "yes" and _THEN_WHAT_52.search(normal):
            # round 52: "I'm face down on the mat, what next?": the move's next step
            asked = None
        if asked == "yes" and _BODY_REPORT.search(normal) and match is not None and match.passes:
            # round 20: "my back was achier the morning after yesterday's session. What do I do
            # now?": the next step after a report of the body, not how to use the bot
            asked = None
        if asked == "yes" and _score_rose_56(normal) and match is not None and match.passes:
            # round 56: "normally a 2, went up to 4 after the twist. what now?": the next step
            # after a score that rose, like round 20's report of the body
            asked = None
        if asked is not None and _SESSION_ACTION.search(normal):
            # round 26: "how do I start a session, what do I type": a session's command asked
            # for by name is the commands topic, which names it, not the general help
            return self._topic("bot_commands")
        if asked == "buttons" or (
            asked is not None
            and (
                match is None
                or not match.passes
                or match.key in {"bot_commands", "about_bot"}
                or match.score < MODEST_SCORE * match.scale
            )
        ):
            return Answer("help", None, 1.0, help_text(), ())
        if (
            _WHY_CUES_ASKED.search(normal)
            and match is not None
            and match.passes
            and match.key in {"how_to", "why_cues", "benefits"}
        ):
            # round 22: "what's the reason behind each of the instructions?": why, not how
            return self._topic("why_cues", match.score)
        if (
            _CUES_AS_WHOLE_16.search(normal)
            and (
                match is None
                or (not match.passes and _CUE_PART_16.search(normal) is not None)
                or (
                    match.key not in _NOT_THE_MOVE
                    and any(key == "why_cues" for key, _ in match.runners_up)
                )
            )
            and _beyond_the_twist(normal) == "no"
            and _operation_told(normal) is None
        ):
            # fourteenth session, h76: why the cues matter, with cues listed as examples: the
            # examples pull towards one cue's topic, but the reason for them all is asked
            return self._topic("why_cues", match.score if match is not None else 0.0)
        if _cue_quoted_why_56(text, normal) and (
            match is None or not match.passes or match.key not in _NOT_THE_MOVE
        ):
            # round 56: one of the bot's own cues quoted back with "why?" after it: the cue
            # quoted back, its reason asked
            return self._topic("why_cues")
        if (
            _REACH_ASKED_56.search(normal)
            and not _PAIN_WORD_46.search(normal)
            and _beyond_the_twist(blanked(_DAY_STRAIN, normal)) != "yes"
            and (match is None or not match.passes or match.key not in _REACH_KEPT_56)
        ):
            # round 56: whether the upper body (upper back, chest) gets anything from it: what it
            # stretches, whatever part-of-the-move topic the parts' names pull towards; what it
            # does when round 34 reads it so (e.g. "does it free my shoulders up")
            key = "benefits" if _WHAT_FOR_ASKED.search(normal) else "muscles_stretched"
            return self._topic(key)
        if _EXPORT_ASKED.search(normal) or _scores_shared_h87(normal):
            # round 12: "can you export my pain scores for my physio": /export, in the data topic;
            # nineteenth session, h87: whether the scores go to anybody (`_scores_shared_h87`);
            # twentieth session, h89: or whether anybody else sees them
            return self._topic("privacy")
        if (
            _HOW_I_DID.search(normal)
            and not _DATA_ASKED.search(normal)
            and not _EXPECT_ASKED.search(normal)
            and (match is None or not match.passes or match.key in _HOW_I_DID_TOPICS)
        ):
            # round 26: "can i see how ive done over the last month": the user's own record
            return self._topic("progress")
        if (
            _OWN_RECORD_14.search(normal)
            and not _FORM_CHECKED_14.search(normal)
            and not _DATA_ASKED.search(normal)
            and _beyond_the_twist(normal) != "yes"
        ):
            # thirteenth session, h74: a day's session or the week's total of the user's own
            return self._topic("progress")
        if (
            (_SAME_FOR_GOOD_14.search(normal) or _CHANGE_LATER_14.search(normal))
            and not _SIDE_WORDS_14.search(normal)
            and _beyond_the_twist(normal) != "yes"
        ):
            # thirteenth session, h74: the routine's course over weeks or months asked
            return self._topic("progression")
        # eighth session: the trend of own figures asked, over progress's neighbours too
        trend = (
            _FIGURES_TREND.search(normal) is not None
            and not _ONE_SESSION.search(normal)
            and not _EXPECT_ASKED.search(normal)
        )
        if (
            (_OWN_FIGURES.search(normal) or trend)
            and not _DATA_ASKED.search(normal)
            # round 13: "does /stats show my pain scores week by week?" is not the data topic
            and (
                match is None
                or not match.passes
                or match.key in {"pain_scale", "how_to", "privacy"}
                or (trend and match.key in {"progress", "progression"})
            )
        ):
            # round 11: "can i see my pain scores from last week": the user's own figures
            return self._topic("progress")
        if (
            _SITTING_UNDONE.search(normal)
            and _beyond_the_twist(normal) == "no"
            and (
                match is None
                or not match.passes
                or match.key in _SITTING_TOPICS
                # twelfth session, h72: the seat of a long working day named (a cab, a desk) but
                # no place to do the move asked: its benefit, not where to do it
                or (match.key == "where_to_do" and not _PLACE_ASKED_12.search(normal))
            )
        ):
            # round 33: "I drive a lorry all day, will this undo the stiffness from sitting?":
            # what the move does, asked about a day of sitting or driving
            return self._topic("benefits")
        if (
            _WHAT_FOR_ASKED.search(normal)
            and _beyond_the_twist(blanked(_DAY_STRAIN, normal)) != "yes"
            and not _MOTION.search(normal)
            and (
                match is None
                or not match.passes
                or match.key in _WHAT_FOR_TOPICS
                or (match.key == "why_cues" and not _CUE_NAMED.search(normal))
                # round 46: "after" a day's strain, with no word of pain
                or (match.key == "pain_after" and not _PAIN_WORD_46.search(normal))
            )
            and (
                match is None
                or match.key not in {"muscles_stretched", "twist_muscles"}
                or not match.passes
            )
        ):
            # round 34: "whats the point of this move", "gamer hunch, will this loosen my upper
            # back", "what's this twist meant to help with in the long run": what it does
            return self._topic("benefits")
        if (
            _FLOW_GAIN_18.search(normal)
            and _beyond_the_twist(normal) == "no"
            and (match is None or not match.passes or match.key in _FLOW_GAIN_TOPICS_18)
        ):
            # fifteenth session, h79: what moving gives that a hold does not is the moving
            # version's benefit, never the choice between the two styles
            return self._topic("dynamic_benefits", match.score if match is not None else 0.0)
        if (
            match is not None
            and match.key == "which_side_first"
            and _TRADE_OFF_54.search(normal)
            and not _SIDE_ORDER_54.search(blanked(_TRADE_OFF_54, normal))
        ):
            # round 54: "which matters more?" weighs two things told before it: they decide,
            # not the question word (never which side goes first)
            again = self.best(blanked(_TRADE_OFF_54, normal))
            if again is not None and again.passes and again.key != "which_side_first":
                match = again
        if match is not None and match.key == "about_bot" and _MOVE_ORIGIN_12.search(normal):
            # twelfth session, h72: who first made the move asked, not who made the bot: the
            # bank has no history of the move
            return _decline("general", match.score)
        liked = _likened_h86(text) if not _PAIN_WORD_46.search(normal) else None
        if liked is not None and (
            match is None
            or not match.passes
            or bool(match.options())
            or _beyond_the_twist(watched_aside) != "no"
        ):
            # nineteenth session, h86: the move likened to something else ("like a <thing> in
            # <some activity>"): the likeness drowns or pulls the question away; what is asked
            # is the rest, when it is a clear-cut topic of the move on its own (never beside a
            # word of pain, whose likeness may be the sign)
            again = self.best(liked, tokens)
            if (
                again is not None
                and again.passes
                and not again.options()
                and again.key not in _NOT_THE_MOVE
                and _beyond_the_twist(liked) == "no"
            ):
                match, watched_aside = again, liked
        if (
            (match is None or not match.passes)
            and not _PAIN_WORD_46.search(normal)
            and _hold_compared_h86(text, normal)
        ):
            # twenty-second session, h95: another stretch's hold told, then whether that length
            # is too long (or enough) for this move: how long to hold, which no topic scored
            return self._topic("hold_time", match.score if match is not None else 0.0)
        if match is None or not match.passes:
            return _decline(kind, match.score if match else 0.0)
        if not _THE_MOVE_MEANT.search(normal) and not self.index.subject_evidence(tokens(text)):
            # round 17: a topic chosen on generic words alone, beside words no topic knows
            return _decline(kind, match.score)
        # Another exercise or body part, food, products: declined unless the question also
        # names the twist and matches a topic strongly.
        # sixteenth session, h81 (c): a film told before the closing question is set aside
        beyond = _beyond_the_twist(watched_aside)
        if beyond != "no" and match.key == "hold_time" and _hold_compared_h86(text, normal):
            # nineteenth session, h86: another stretch's hold told to weigh the hold's length
            beyond = "no"
        if beyond != "no" and _recovered_after_operation_h87(normal):
            # nineteenth session, h87: a joint's or the back's operation told, then the writer's
            # everyday getting about told as recovered ("walking fine now"): no other exercise
            beyond = "no"
        if beyond != "no" and (
            (match.key in _TRUNK_WORK_TOPICS_H88 and _sport_goal_h88(normal))
            or (match.key in _ARM_POSITION_TOPICS_H88 and _own_arms_compared_h88(normal))
            or (match.key in _CUE_WHY_TOPICS_H88 and _practice_set_against_h88(normal))
        ):
            # twentieth session, h88: a sport named only as the goal of the trunk's work, the
            # move's own arm positions weighed with a day's hunch told, or another practice told
            # against a cue whose reason is asked: the move's question, no other exercise
            beyond = "no"
        if (
            beyond != "no"
            and match.key in _ARM_POSITION_TOPICS_H88
            and _arm_reason_for_place_h103(normal)
        ):
            # twenty-fourth session, h103: an arm's part told as bad from the day's work, as why
            # an arm position is awkward: the move's arm question, no other body part's
            beyond = "no"
        if beyond == "with_twist" and _other_how_to_h91(watched_aside):
            # twenty-first session, h91: another exercise named and how to do "it" asked: the
            # pronoun is the other exercise, never the twist
            beyond = "yes"
        if beyond == "yes" or (
            beyond == "with_twist" and match.score < OTHER_EXERCISE_THRESHOLD * match.scale
        ):
            return _decline(kind, match.score)
        if (
            match.key != "privacy"
            and _DATA_ASKED.search(normal)
            and any(key == "privacy" for key, _ in match.runners_up)
        ):
            # round 9: "what happens to my pain scores? who can see them, can I delete them?"
            match = replace(match, key="privacy", runners_up=())
        told = _operation_told(normal)
        if told and match.key in _SURGERY_TOPICS:
            # round 11: only the two check-first topics are offered beside each other
            runners = tuple(pair for pair in match.runners_up if pair[0] in _SURGERY_TOPICS)
            match = replace(match, runners_up=runners)
        elif told and match.key not in _CLINICIAN_FIRST:
            # round 11: "knee replacement last year. is it fine to bend that knee for the
            # sweep?": an operation or a new joint told with the move is checked first; back or
            # spine surgery is the check-first list
            spinal = _SPINAL_SURGERY.search(told.group(0)) is not None
            key = "check_first" if spinal else "surgery_history"
            match = replace(match, key=key, runners_up=())
        if match.key in _STRENGTH_TOPICS_53 and _STRETCH_OR_STRENGTH_53.search(normal):
            # round 53: "is this move for stretching or for strengthening?": the twist's
            # muscles, which it both stretches and strengthens
            match = replace(match, key="twist_muscles", runners_up=())
        if match.key in {"twist_muscles", "muscles_stretched"} and _ABS_ASKED.search(normal):
            # round 25: "does this do anything for my abs or is it purely a stretch": the work
            # of the trunk's muscles, asked directly
            match = replace(match, key="twist_muscles", runners_up=())
        # round 34: "...what is it? Is it the one where you lie on your tummy?": the asking
        # sentence may come after context, so each sentence is read from its start too
        heads = [normal, *(normalise(s) for s in _SENTENCE_END.split(text)[1:] if s.strip())]
        if match.key in {"what_is", "how_to"} and _WHAT_IS_ASKED.search(normal):
            # round 25: "what even is a prone spinal twist": what it is, asked directly
            match = replace(match, key="what_is", runners_up=())
        elif match.key in _RECOMMENDED_TOPICS_H88 and _recommended_what_is_h88(normal):
            # twentieth session, h88: the move told as somebody else's advice, then only what it
            # is asked: what it is, whatever the advice's words pull towards
            match = replace(match, key="what_is", runners_up=())
        elif match.key not in _NOT_THE_MOVE and any(
            _THE_ONE_WHERE.search(h) or _WHICH_ONE_53.search(h) for h in heads
        ):
            # round 33: "is this the one where you lie on your tummy and flip a leg over": the
            # move described and asked to be recognised is what it is
            match = replace(match, key="what_is", runners_up=())
        if (
            match.key in _FREQUENCY_TOPICS
            and _FREQUENCY_ASKED.search(normal)
            and not _REPS_NAMED.search(normal)
        ):
            # round 34: "how many times in a week i should do": how often, not the progression
            match = replace(match, key="how_often", runners_up=())
        elif match.key in _SETUP_TOPICS and _SETUP_ASKED.search(normal):
            # round 34: "how do i set up before the first rep": the setup, not the reps
            match = replace(match, key="setup_start", runners_up=())
        elif match.key in _PUSH_TOPICS and _PUSH_ON.search(normal) and _DISCOMFORT.search(normal):
            # round 34: "should I push on if the stretch gets uncomfortable? no pain no gain?"
            match = replace(match, key="pain_through", runners_up=())
        if (
            match.key in _PUSH_KEYS_S17 or bool(_PUSH_KEYS_S17 & set(match.options()))
        ) and _pushed_then_sore_s17(normal):
            # seventeenth session, h82: a joint pushed further told as done and sore since: what
            # to do if it hurts, not the advice against forcing it asked ahead
            match = replace(match, key="if_it_hurts", runners_up=())
        elif (
            (match.key in _SPEED_TOPICS_S17 or bool(_SPEED_TOPICS_S17 & set(match.options())))
            and _SPEED_ASKED_S17.search(normal)
            and not _SPEED_OF_RESULT_S17.search(normal)
            and not _PAIN_WORD_46.search(normal)
        ):
            # seventeenth session, h82: how fast to go in the moving style: speed and rhythm
            match = replace(match, key="speed_rhythm", runners_up=())
        if (
            match.key in _BREATH_TOPICS_H90 or bool(_BREATH_TOPICS_H90 & set(match.options()))
        ) and _breath_asked_h90(normal):
            # twentieth session, h90: how to breathe as the leg moves: speed and rhythm
            match = replace(match, key="speed_rhythm", runners_up=())
        if match.key in _HOLD_KEYS_H90 and _flow_count_after_hold_h90(normal):
            # twentieth session, h90: the moving version's count asked after the hold's
            match = replace(match, key="reps_sets", runners_up=())
        # twenty-first session, h91: a "Did you mean" where one topic is plainly asked
        match = _resolved_h91(match, normal)
        # twenty-first session, h92: more of them, by class (`_resolved_h92`)
        match = _resolved_h92(match, normal)
        # twenty-first session, h94: what makes a rep of the two sides (`_resolved_h94`)
        match = _resolved_h94(match, normal)
        # twenty-second session, h95: a switch between the two styles (`_resolved_h95`)
        match = _resolved_h95(match, normal)
        # twenty-second session, h96: what the move itself is good for (`_resolved_h96`)
        match = _resolved_h96(match, normal)
        # twenty-third session, h98: more work on the stiff side, the head's place (`_resolved_h98`)
        match = _resolved_h98(match, normal)
        # twenty-third session, h99: more sets asked, the leg's way back (`_resolved_h99`)
        match = _resolved_h99(match, normal)
        # twenty-fifth session, heldout_h109 (ans110): the leg lowered or let drop, the first leg
        # and the swap asked at once (`_resolved_ans110`)
        match = _resolved_ans110(match, normal)
        if match.key in {"hold_vs_flow", "hold_time", "reps_sets"} and _HOLD_COUNT.search(normal):
            # round 24: "for the hold style is it one hold each side or a few rounds?"
            match = replace(match, key="hold_time", runners_up=())
        options = match.options()
        if (
            (match.key == "sciatica" or "sciatica" in options)
            and _SCIATICA.search(normal)
            and _SUITED_ASKED_15.search(normal)
        ):
            # fourteenth session, h75: whether the move suits people with sciatica or is best
            # avoided: the sciatica topic, asked directly
            match = replace(match, key="sciatica", runners_up=())
            options = ()
        if _HEAD_KEPT.search(normal) and match.key not in _NOT_THE_MOVE:
            # round 33: "do you have to keep your forehead on the floor the whole time?": the
            # head's place kept through the move is the head topic
            match = replace(match, key="head_gaze", runners_up=())
            options = ()
        elif {"head_gaze", "setup_start"} & {match.key, *options} and _head_with_setup_s18(normal):
            # eighteenth session, h83: the head asked with the arms or hands for the start: the
            # starting position, which places them all
            match = replace(match, key="setup_start", runners_up=())
            options = ()
        elif {"head_gaze", "setup_start"} <= set(options) and _HEAD_ASKED.search(normal):
            # round 31: "forehead on the mat or chin?": where the head goes is the head topic
            match = replace(match, key="head_gaze", runners_up=())
            options = ()
        elif "head_gaze" in options and _HEAD_TURNED_16.search(normal):
            # fourteenth session, h76: the head turned or laid on its side asked, whatever the
            # neck is told to feel beside it: the head topic
            match = replace(match, key="head_gaze", runners_up=())
            options = ()
        elif {"benefits", "why_move"} <= set(options) and _GOOD_FOR_ASKED.search(normal):
            # round 31: "is this actually any good for my stiff lower back?": what it does
            match = replace(match, key="benefits", runners_up=())
            options = ()
        if (
            (match.key == "how_often" or "how_often" in options)
            and _DAILY_DONE_17.search(normal)
            and _CHANGE_ASKED_17.search(normal)
            and _STIFF_BODY_17.search(normal)
            and not _FREQUENCY_ITSELF_17.search(normal)
        ):
            # fifteenth session, h78: the daily habit is the condition, the change is the asked
            match = replace(match, key="benefits", runners_up=())
            options = ()
        if {"benefits", "dynamic_benefits"} <= set(options) and not _MOTION.search(normal):
            # round 34: "what do I get out of this move?": no moving named, so the move's benefits
            match = replace(match, key="benefits", runners_up=())
            options = ()
        elif set(options) == {"dynamic_benefits", "hold_vs_flow"} and _WHY_MOVE_RATHER.search(
            normal
        ):
            # round 34: "why swing side to side instead of just staying in it": both answer it
            options = ()
        elif {"foot_not_reaching", "foot_placement"} <= set(options) and _FOOT_SHORT.search(normal):
            # round 34: "my foot is nowhere near the floor, it dangles in mid-air": not reaching
            match = replace(match, key="foot_not_reaching", runners_up=())
            options = ()
        elif (
            match.key in _UNEVEN_TOPICS or bool(_UNEVEN_TOPICS & set(options))
        ) and _UNEVEN_TOLD.search(normal):
            # round 34: "left side goes over easily, right barely moves, am I lopsided?"
            match = replace(match, key="uneven_sides", runners_up=())
            options = ()
        elif (
            match.key in _ARM_TOPICS_S17 or bool(_ARM_TOPICS_S17 & set(options))
        ) and _both_arms_wrong_s17(normal):
            # seventeenth session, h82: straight arms and cactus arms both told as not working,
            # another way asked: the one-hand support, whose answer is for that case
            match = replace(match, key="hand_support", runners_up=())
            options = ()
        elif set(options) <= {"hand_support", "cactus_arms"} and _ARMS_ASKED.search(normal):
            # round 34: another place for the arms asked: either arm topic answers it
            options = ()
        if {"progression", "foot_not_reaching"} <= set(options) and _OVER_TIME_53.search(normal):
            # round 53: "how should it feel a month in, will the foot get down to the floor
            # in the end": progress over the weeks, which names the foot's reach too
            match = replace(match, key="progression", runners_up=())
            options = ()
        if (
            _score_rose_56(normal)
            and (match.key in _SCORE_ROSE_TOPICS_56 or "pain_after" in options)
            and _beyond_the_twist(normal) == "no"
        ):
            # round 56: a usual score and a higher one after this session, with what to change
            # next time: a score higher after a session is the pain-after topic, asked directly
            match = replace(match, key="pain_after", runners_up=())
            options = ()
        if (
            (
                match.key in _ACHE_AFTER_TOPICS
                or "pain_after" in options
                or any(key == "pain_after" for key, _ in match.runners_up)
            )
            and _ACHE_WORD.search(normal)
            # twenty-fifth session, h107: or "after" told alone ("bit achy after, normal?")
            and (_LATER_ON.search(normal) or _ache_after_bare_h107(text))
            and _NORMAL_ASKED.search(normal)
            and not _DURING_MOVE.search(normal)
            and _beyond_the_twist(normal) == "no"
        ):
            # eighth session: a mild ache later on, asked if normal, is pain after a session
            match = replace(match, key="pain_after", runners_up=())
            options = ()
        if (
            match.key in _SCIATICA_PAIN_TOPICS_H107 or "sciatica" in options
        ) and _sciatica_safe_asked_h107(normal):
            # twenty-fifth session, h107: sciatica named, the move's safety or a flare-up asked:
            # the closing question scored alone ("is this safe or will it flare it up") leans
            # on the condition told before it
            match = replace(match, key="sciatica", runners_up=())
            options = ()
        if (
            match.key in {"uneven_sides", "return_switch"}
            and _COUNT_NAMED_56.search(normal)
            and not _UNEVEN_TOLD.search(normal)
        ):
            # round 56: a per-side count checked (e.g. "is 12 per side enough?"): "each side"
            # is where the count goes, not the two sides weighed; the count's own topic when it
            # is a runner-up
            key = "hold_time" if _SECONDS_NAMED_56.search(normal) else "reps_sets"
            if _COUNT_PER_SIDE_56.search(normal) or any(k == key for k, _ in match.runners_up):
                match = replace(match, key=key, runners_up=())
                options = ()
        if frozenset(options) in _BOTH_ASKED_50 and _LONG_AND_MANY.search(normal):
            # round 22: "how long per side and how many times each side?" asks both: the best
            # of the two answers at once, no question back; round 50: how long a hold and how
            # often in a week, the same
            options = ()
        elif set(options) == {"why_cues", "shoulders_down"} and _WHY_ASKED_50.search(normal):
            # round 50: "why does it keep telling me to keep my palms flat, what's that for?":
            # the reason for the cue
            match = replace(match, key="why_cues", runners_up=())
            options = ()
        elif _SWITCH_ASKED_39.search(normal) and (
            "return_switch" in options or match.key in _SWITCH_TOPICS_39
        ):
            # round 39: "how do I change over to the other leg": the switch asked in any words
            match = replace(match, key="return_switch")
            options = ()
        elif match.key in {"mat", "where_to_do"} and _MAT_NEED_15.search(normal):
            # fourteenth session, h75: whether a mat is needed, a surface weighed against it
            match = replace(match, key="mat", runners_up=())
            options = ()
        elif set(options) == {"mat", "where_to_do"}:
            # round 39: "can I do it in my hostel room on a towel?": both answer it; the place
            # topic when a place is named (it names the mat too), else the mat
            key = "where_to_do" if _PLACE_NAMED_39.search(normal) else "mat"
            match = replace(match, key=key, runners_up=())
            options = ()
        elif (
            "return_switch" in options
            # eighteenth session, h84: or which side first read alone, one side told done
            or (
                match.key == "which_side_first"
                and not _PAIN_WORD_46.search(normal)
                and not _FIRST_ASKED_H84.search(normal)
            )
        ) and _SIDE_DONE.search(normal):
            # round 22: "Done the right leg. Now what?": one side told as done is the switch
            match = replace(match, key="return_switch")
            options = ()
        if (
            "pain_after" in options
            and _EFFECT_ASKED_54.search(normal)
            and not _PAIN_WORD_46.search(normal)
        ):
            # round 54: "does this loosen me up after a long swim?": "after" an activity told,
            # what the move does is asked, not pain after a session
            options = tuple(key for key in options if key != "pain_after")
            if match.key == "pain_after" and options:
                match = replace(match, key=options[0], runners_up=())
            if len(options) < 2:
                options = ()
        if {"gentler_variant", "pain_scale"} & ({match.key} | set(options)) and _score_version_57(
            normal
        ):
            # round 57: a score told with "as per" (as usual) and which version fits the day
            # asked: the version asked is what the pain scale's zones say
            match = replace(match, key="pain_scale", runners_up=())
            options = ()
        if (
            _BONY_KNOCK_H86.search(normal)
            and not _PAIN_WORD_46.search(normal)
            and _BONY_KNOCK_TOPICS_H86 & {match.key, *options}
        ):
            # nineteenth session, h86: a bony part knocking on the floor in the sweep: padding
            match = replace(match, key="mat", runners_up=())
            options = ()
        elif _BODY_ROLLS_H86.search(normal) and _BODY_ROLLS_TOPICS_H86 & {match.key, *options}:
            # nineteenth session, h86: the whole body rolling over with the leg: shoulders down
            match = replace(match, key="shoulders_down", runners_up=())
            options = ()
        if (
            _STEPS_AGAIN_H87.search(normal) and _STEPS_AGAIN_TOPICS_H87 & {match.key, *options}
        ) or (_all_steps_asked_h92(normal) and _ALL_STEPS_TOPICS_H92 & {match.key, *options}):
            # nineteenth session, h87: the steps asked for again (one by one, from the top): the
            # whole how-to, whatever part the writer says they lost track after; twenty-first
            # session, h92: or all the steps asked for, from the beginning (`_all_steps_asked_h92`)
            match = replace(match, key="how_to", runners_up=())
            options = ()
        elif (
            (
                _OWN_SCIATICA_H87.search(normal)
                # twenty-first session, h94: or a clinician's word for it (`_TOLD_SCIATICA_H94`)
                or (
                    _TOLD_SCIATICA_H94.search(normal)
                    and not _TOLD_SCIATICA_GUARD_H94.search(normal)
                )
            )
            and _HELPS_ASKED_H87.search(normal)
            and _SCIATICA_HELPS_TOPICS_H87 & {match.key, *options}
        ):
            # nineteenth session, h87: whether the move helps the writer's sciatica: sciatica
            match = replace(match, key="sciatica", runners_up=())
            options = ()
        elif (
            _SCORE_PICKED_H87.search(normal)
            and _WHAT_CHANGES_H87.search(normal)
            and "pain_scale" in {match.key, *options}
        ):
            # nineteenth session, h87: a score picked at the check-in, what it changes: the scale
            match = replace(match, key="pain_scale", runners_up=())
            options = ()
        if len(options) >= 2:
            return Answer("clarify", match.key, match.score, CLARIFY_TEXT, options)
        return self._topic(match.key, match.score)


# nineteenth session, h86: the move likened to something else ("... like a <thing> in <some
# activity>", "... like a <drill> before <a sport>"), to the clause's end: the likeness is
# an image, not what is asked; never "like" as a verb ("I'd like a ...", "do you like a ..."),
# nor a score told roughly ("like a 7")
_LIKENED_H86 = lazy(
    r"\blike (?:a|an) (?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[^,.!?;:\n]+",
    re.IGNORECASE,
)
_LIKE_VERB_BEFORE_H86 = lazy(
    r"\b(?:i|you|u|we|they|d|would|should|could|really|also|do|does|did|dont|doesnt|didnt"
    r"|wouldnt|not|kinda|quite|much|very|id|youd|wed)\W*$",
    re.IGNORECASE,
)


def _likened_h86(text: str) -> str | None:
    """Nineteenth session, h86: ``text`` normalised with each likeness (`_LIKENED_H86`)
    blanked, or None when it has none."""
    found = [
        m
        for m in _LIKENED_H86.finditer(text)
        if not _LIKE_VERB_BEFORE_H86.search(text[: m.start()])
    ]
    if not found:
        return None
    rest = text
    for m in reversed(found):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    return normalise(rest)


# nineteenth session, h86: a hold's length asked (seconds, "long enough", "enough"), another
# stretch's hold told beside it as a clinician's, a sheet's or the writer's own ("my physio has
# me hold X for a minute"): how long to hold, never another exercise asked
_HOLD_LENGTH_ASKED_H86 = lazy(
    r"\b(?:\d+|ten|fifteen|twenty|thirty|a few) ?(?:s|secs?|seconds?)\b(?: \w+){0,5}? (?:enough"
    r"|too short|too quick|too brief|long enough|sufficient|plenty)\b"
    r"|\b(?:enough|long enough|too short|sufficient)\b(?: \w+){0,4}? (?:\d+|ten|fifteen|twenty"
    r"|thirty) ?(?:s|secs?|seconds?)\b"
    r"|\b(?:hold|holds|holding)\b(?: \w+){0,3}? (?:long enough|too short|too brief|enough)\b"
    # twenty-second session, h95: ...or too long for this move, the length told before it ("is
    # that too long here", "would a minute be too long for the twist")
    r"|\b(?:is|was|would|will|could) (?:that|this|it|a minute|a full minute|a whole minute"
    r"|\w+ seconds|\w+ minutes?)(?: be)? (?:a bit |way |much |far )?too long (?:here|for (?:this"
    r"|the twist|this twist|the stretch|this stretch|the move|this move|this exercise))\b"
)
_OTHER_HOLD_TOLD_H86 = lazy(
    r"\b(?:has|have|had|gets?|got|tells?|told|wants?|makes?|made) (?:me|us) (?:to )?(?:hold"
    r"|holding|keep|keeping|do|doing|stay|staying)\b[^,.!?;\n]*"
    # twenty-second session, h95: ...or the writer's own hold of before ("used to hold")
    r"|\b(?:i|we) (?:usually |normally |always |generally |used to |would )?(?:hold|do|keep"
    r"|stay in) (?:my|the"
    r"|other|those|these|all|\w+) [^,.!?;\n]*?\bfor (?:a|one|two|three|\d+|at least|a good)"
    r"(?: full| whole)? (?:minute|minutes|mins?|\d+ (?:s|secs?|seconds))\b[^,.!?;\n]*",
    re.IGNORECASE,
)


def _hold_compared_h86(text: str, normal: str) -> bool:
    """Nineteenth session, h86: the hold's length asked beside another stretch's hold told,
    and nothing beyond the twist asked once that is set aside (`_OTHER_HOLD_TOLD_H86`)."""
    if not _HOLD_LENGTH_ASKED_H86.search(normal) or not _OTHER_HOLD_TOLD_H86.search(text):
        return False
    rest = normalise(blanked(_OTHER_HOLD_TOLD_H86, text))
    return _HOLD_LENGTH_ASKED_H86.search(rest) is not None and _beyond_the_twist(rest) == "no"


# nineteenth session, h86: a bony part (a knee, a hip, an ankle) told as hitting or banging the
# floor while the leg swings across: what to pad it with, the mat
_BONY_KNOCK_H86 = lazy(
    r"\bbony (?:knees?|kneecaps?|hips?|ankles?|bits|joints)\b"
    r"|\b(?:knees?|kneecaps?|hips?|hip ?bones?|ankles?|ankle ?bones?)\b(?: \w+){0,4}? (?:hits?"
    r"|hitting|bangs?|banging|banged|knocks?|knocking|knocked|thuds?|thudding|thumps?|thumping"
    r"|clunks?|clonks?|slams?|slamming|digs? into|digging into|grinds? into|lands? hard"
    r"|landing hard)\b(?: \w+){0,3}? (?:floor|ground|mat|boards|floorboards|tiles|carpet)\b"
)
# ...the topics a knock read that way leaves (never the bot's own, nor pain's)
_BONY_KNOCK_TOPICS_H86 = frozenset(
    {"leg_sweep", "mat", "where_to_do", "foot_placement", "range_of_motion", "hand_support"}
)
# nineteenth session, h86: the whole body, the trunk or the shoulders told as rolling or coming
# over with the leg: keeping the shoulders down
_BODY_ROLLS_H86 = lazy(
    r"\b(?:whole body|whole of me|entire body|body|torso|trunk|upper body|chest|shoulders?"
    r"|everything|top half|upper half|all of me)\b(?: \w+){0,2}? (?:rolls?|rolling|rolled|flips?"
    r"|flipping|tips?|tipping|topples?|toppling|turns? over|turning over|comes? over|coming over"
    r"|comes? with|goes? with|follows?|following|lifts? off|lifting off|peels? off)\b"
)
_BODY_ROLLS_TOPICS_H86 = frozenset({"leg_sweep", "shoulders_down", "range_of_motion", "how_to"})


# nineteenth session, h87: the writer's everyday getting about told as recovered after an
# operation ("walking fine now", "back to walking", "getting about well again"): how it went,
# not another exercise asked
_GETTING_ABOUT_H87 = lazy(
    r"\b(?:walking|walk|walks|getting about|getting around|moving about|moving around|driving"
    r"|on my feet)\b(?: \w+){0,2}? (?:good|well|fine|ok|okay|great|normally|normal|no problem"
    r"|without (?:a |any )?(?:stick|cane|crutch\w*|frame|help|problems?))\b(?: now| again)?"
    r"|\bback (?:to|on my feet|to walking|walking)\b(?: \w+){0,1}? (?:walking|normal|fine|now"
    r"|again)\b"
)


def _recovered_after_operation_h87(normal: str) -> bool:
    """Nineteenth session, h87: an operation told (`_operation_told`) with the writer's getting
    about told as recovered (`_GETTING_ABOUT_H87`), and nothing beyond the twist once that is
    set aside."""
    if _operation_told(normal) is None or not _GETTING_ABOUT_H87.search(normal):
        return False
    return _beyond_the_twist(blanked(_GETTING_ABOUT_H87, normal)) == "no"


# nineteenth session, h87: a shoulder or an arm told as feeling strange in both arm positions,
# another way asked (`_both_arms_wrong_s17`): how the arms feel in a position, not a sign; never
# beside a word of now, a change, numbness or weakness
_ARMS_STRANGE_GUARD_H87 = lazy(
    r"\b(?:since|today|tonight|yesterday|this (?:week|morning)|again|worse|getting|still|now"
    r"|lately|suddenly|numb\w*|tingl\w*|pins and needles|weak\w*|dead|cold|burning|swollen"
    r"|even (?:when|at|after|off|without|sitting|standing|lying)|at rest|all (?:the time|day|night)"
    r"|chest|jaw|neck|fell|fall|injur\w*|dislocat\w*|pops?|popped)\b"
)


def _arms_strange_h87(question: str) -> bool:
    """Nineteenth session, h87: both arm positions told as not working, another way asked, and
    nothing of now, a change or a sign beside it (`_ARMS_STRANGE_GUARD_H87`): the safety net's
    aside does not ask about a shoulder that feels strange in the positions."""
    normal = normalise(question)
    return _both_arms_wrong_s17(normal) and not _ARMS_STRANGE_GUARD_H87.search(normal)


# nineteenth session, h87: whether the move helps, or does anything for, a condition asked ("will
# it help", "would the stretch do anything for it", "is it any use for"); with sciatica named, the
# sciatica topic, whatever the diagnosis or check told before it
_HELPS_ASKED_H87 = lazy(
    r"\b(?:help|helps|helping|helpful|do (?:anything|something|much|any good) for|does (?:anything"
    r"|something|much) for|any (?:use|good) for|good for|work for|works for|ease|eases|relieve"
    r"|relieves|improve|improves|fix|fixes)\b"
)
# ...the sciatica the writer's own ("my sciatica", "I have mild sciatica", "diagnosed with it"),
# never a client's or a friend's told in passing ("my mate's sciatica": no possessive between)
_OWN_SCIATICA_H87 = lazy(
    r"\b(?:my|i have|i ve got|ive got|i got|i had|i ve had|ive had|diagnosed with|called it"
    r"|i suffer from|i suffer with)(?: (?!s\b)\w+){0,2}? sciatic\w*"
)
# twenty-first session, h94: ...or the sciatica told as a clinician's word ("the physio reckoned
# it was sciatica", "I was told it's sciatica", "the doctor's verdict was sciatica"), never beside
# a word of now or new, its coming back or a sign (`_TOLD_SCIATICA_GUARD_H94`): a known, settling
# condition asked about is no new sign
_TOLD_SCIATICA_H94 = lazy(
    r"\b(?:gp|doctor|doctors|doc|dr|physio|physiotherapist|consultant|specialist|chiro\w*"
    r"|osteo\w*|nurse|surgeon|clinic|hospital|a and e|they)\b(?: \w+){0,2}? (?:said|says|reckon\w*"
    r"|thinks?|thought|called|diagnosed|told me|put it down to|confirmed|suspect\w*|verdict was"
    r"|decided)\b(?: \w+){0,3}? sciatic\w*"
    r"|\b(?:was|been|got) (?:told|diagnosed)\b(?: \w+){0,3}? sciatic\w*"
    r"|\b(?:diagnosis|verdict) (?:was|is|of)(?: \w+){0,2}? sciatic\w*"
)
_TOLD_SCIATICA_GUARD_H94 = lazy(
    r"\b(?:since|today|tonight|yesterday|this (?:week|morning)|again|worse|worsening|getting"
    r"|flar\w*|new|suddenly|numb\w*|tingl\w*|pins and needles|weak\w*|dead|shooting|burning"
    r"|both legs|bladder|bowel\w*|saddle|(?:is|s|it s|came|come|comes|coming|back) back)\b"
)
# ...the topics a sciatica-helps message leaves (what the move is or does)
_SCIATICA_HELPS_TOPICS_H87 = frozenset(
    {"what_is", "beginners", "benefits", "muscles_stretched", "dynamic_benefits", "why_move"}
)


# nineteenth session, h87: a score picked, pressed or answered at the check-in ("if I tap 5",
# "say I answer a 3", "choosing six on the pain question"), and what then changes or happens
# asked: the pain scale, whose zones say what each score does to the session
_SCORE_PICKED_H87 = lazy(
    r"\b(?:press|pressed|pressing|tap|tapped|tapping|pick|picked|picking|choose|chose|choosing"
    r"|select|selected|selecting|answer|answered|answering|enter|entered|entering|put|putting"
    r"|give|gave|giving|click|clicked|clicking|hit|rate it|score it|say|said)\b(?: an?)?"
    r" (?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_WHAT_CHANGES_H87 = lazy(
    r"\bwhat (?:changes|will change|would change|happens|will happen|would happen|do you do"
    r"|does the (?:bot|app) do|is different|then)\b|\b(?:does|will|would) (?:that|it|anything"
    r"|the session|my session) (?:change|be different)\b"
)


# nineteenth session, h87: the steps, instructions or moves asked for again, in order or from
# the top ("the steps again one at a time", "run through the instructions once more"): the
# how-to, never which side comes next ("which side after the first one" has no steps word), nor
# a question of its own between the steps word and "again" ("...which knee bends first again")
_STEPS_AGAIN_H87 = lazy(
    r"\b(?:steps?|instructions?|directions?|sequence|stages?|the whole thing|how to do it)\b"
    r"(?: (?!which|what|where|when|how|who)\w+){0,4}? (?:again|once more|one more time|one by one"
    r"|one at a time|step by step|in order|from the (?:top|start|beginning)|over again)\b"
    r"|\b(?:again|once more|one more time|one by one|one at a time|step by step|repeat|redo)\b"
    r"(?: \w+){0,3}? (?:the |those |your |all the )?(?:steps|instructions|directions|sequence)\b"
)
# ...the topics a steps-again message leaves (a part of the move it names)
_STEPS_AGAIN_TOPICS_H87 = frozenset(
    {"how_to", "return_switch", "which_side_first", "setup_start", "leg_sweep", "beginners"}
)
# nineteenth session, h87: the pain scores, numbers or answers asked as sent, shared or shown to
# anybody (an employer, a boss, an insurer, the company that paid): privacy
_SCORES_SHARED_H87 = lazy(
    r"\b(?:send|sends|sending|sent|share|shares|sharing|shared|pass|passes|passing|passed"
    r"|forward|forwards|forwarding|forwarded|report|reports|reporting|reported|show|shows"
    r"|showing|shown|give|gives|giving|sell|sells|selling|sold|leak|leaks|hand|hands|go|goes|going"
    r"|end up|ends up)\b"
    r"(?: \w+){0,5}? (?:(?:on |over |out )?(?:to|with) )?(?:any ?body|any ?one|someone|somebody"
    r"|others|other people|third parties|(?:my |the |your )?(?:employer|employers|boss|company"
    r"|work|workplace|manager|insurer|insurance|hr|office|job))\b"
    r"|\b(?:employer|boss|company|workplace|manager|insurer|hr)\b(?: \w+){0,2}? (?:see|sees"
    r"|seeing|get|gets|read|reads|access|know|knows|find out|look at|receive|receives)\b"
    r"(?: \w+){0,2}? (?:my |the )?(?:pain|scores?|numbers?|ratings?|answers?|data|results)\b"
)
# ...what is sent: the writer's pain scores, numbers, answers or data
_SCORES_TOLD_H87 = lazy(
    r"\b(?:pain|scores?|numbers?|ratings?|answers?|data|results|info|information|records?|logs?"
    r"|replies|check ?ins?)\b"
)


# twentieth session, h89: whether anybody else gets to see, read or look at the writer's scores
# ("can anybody besides me look at my ratings", "can somebody besides me view those numbers",
# "are my answers visible to other people"): privacy, with the scores told (`_SCORES_TOLD_H87`)
_SCORES_SEEN_H89 = lazy(
    r"\b(?:any ?one|any ?body|some ?one|some ?body|other people|others|other users|people"
    r"|strangers|staff|humans?|a (?:real )?person|a human)(?: (?:else|other than me|besides me"
    r"|apart from me|but me|at all|at your end|on your side|there|real))?"
    r" (?:(?:get|gets|got|to|ever|actually|also|really|able|allowed|can|could|will|would|may"
    r"|might|be|is|are|have|has|going) ){0,3}"
    r"(?:see|sees|seeing|view|views|read|reads|look at|looks at|access|accesses|check|checks"
    r"|get hold of|have access)\b"
    r"|\b(?:visible|viewable|readable|accessible|available|open) (?:to|for) (?:any ?one|any ?body"
    r"|some ?one|some ?body|other people|others|other users|people|strangers|staff|everyone"
    r"|every ?body|the public)\b"
)


# twenty-first session, h93: the breath named, then "holding it" or "hold it" told of it ("should
# I breathe out as I turn? I always hold it"): the breath held in the move, never a bladder or
# bowel held in; not beside a word of the toilet, a leak, a time of now or trouble breathing
_BREATH_THEN_HELD_H93 = lazy(
    r"\b(?:breath|breaths|breathe|breathes|breathing|inhal\w*|exhal\w*|breathe in|breathe out)\b"
    r"(?: \w+){0,30}? (?:hold|holds|holding|held) (?:it|it in|on to it|onto it)\b"
)
_BREATH_HELD_GUARD_H93 = lazy(
    r"\b(?:bladder|bowels?|wee\w*|pee\w*|piss\w*|urin\w*|poo\w*|stools?|toilet|loo|leak\w*|wet"
    r"|wetting|accidents?|pants|knickers|underwear|pad|pads|since|numb\w*|chest|dizz\w*|faint\w*"
    r"|pass out|passed out|blue|short of breath|out of breath|can not breathe|could not breathe"
    r"|struggl\w*|gasp\w*|wheez\w*|tight chest)\b"
)


def _breath_held_h93(normal: str) -> bool:
    """Twenty-first session, h93: the breath held in the move, told after the breath is named
    (`_BREATH_THEN_HELD_H93`), with no word of the toilet or of trouble breathing beside it."""
    return bool(_BREATH_THEN_HELD_H93.search(normal)) and not _BREATH_HELD_GUARD_H93.search(normal)


def _scores_shared_h87(normal: str) -> bool:
    """Nineteenth session, h87: the writer's scores or answers (`_SCORES_TOLD_H87`) asked as
    sent, shared or shown to anybody (`_SCORES_SHARED_H87`), or (twentieth session, h89) as seen
    or read by anybody else (`_SCORES_SEEN_H89`), with no sign of pain told now beside it (the
    answer bank is reached only when triage found none)."""
    return bool(
        (_SCORES_SHARED_H87.search(normal) or _SCORES_SEEN_H89.search(normal))
        and _SCORES_TOLD_H87.search(normal)
    )


# nineteenth session, h87: the set-up topics a message of breathing awkward face down leaves
# (`coach.questions.triage.face_down_breath_h87`): how to rest the head, never asked instead
_FACE_DOWN_TOPICS_H87 = frozenset({"head_gaze", "setup_start"})


# twentieth session, h88: the move told as recommended or pressed on the writer by somebody else
# ("my physio said I should try", "a friend swears by them", "keeps on at me to do"), then only
# what it is asked at the message's end ("what is it", "what are they exactly"): what it is,
# never what it is for ("what is it for" does not end there)
_RECOMMENDED_H88 = lazy(
    r"\b(?:keeps?|kept|keep on|always) (?:telling|saying to|on at|nagging|pushing|bugging) (?:me"
    r"|us)\b|\b(?:told|tells|telling|advised|advises|wants|wanted|asked|asks) (?:me|us) to (?:do"
    r"|try|start|add|give)\b|\b(?:recommended|recommends|recommending|suggested|suggests"
    r"|suggesting|prescribed|swears by|swear by|raves about|raving about)\b"
    r"|\bsaid (?:i|we) (?:should|ought to|must|need to) (?:do|try|start|give)\b"
)
_ONLY_WHAT_IS_H88 = lazy(
    r"\bwhat (?:even |exactly |actually |really |on earth |in the world )?(?:is|are|s) (?:it|this"
    r"|that|they|these|those|this thing|that thing|this move|that move)(?: (?:exactly|even"
    r"|though|then|anyway|actually|lol|haha))?$"
)


# ...the topics the advice's words pull it towards (what it does, how to do it, who it suits);
# never a part of the move or a word of the bot's ("planes" it mentioned is that topic)
_RECOMMENDED_TOPICS_H88 = frozenset(
    {"benefits", "how_to", "beginners", "why_move", "dynamic_benefits", "what_is"}
)


def _recommended_what_is_h88(normal: str) -> bool:
    """Twentieth session, h88: the move told as recommended by somebody else
    (`_RECOMMENDED_H88`) and only what it is asked at the message's end (`_ONLY_WHAT_IS_H88`)."""
    return bool(_ONLY_WHAT_IS_H88.search(normal) and _RECOMMENDED_H88.search(normal))


# twentieth session, h88: the neck told as feeling odd, strange or awkward while the head's place
# is asked (the head topic): a set-up question; never beside a word of now, a change, pain, or
# an arm's or a hand's feeling (`_NECK_ODD_GUARD_H88`), which the safety net still asks about
_NECK_ODD_H88 = lazy(
    r"\bneck(?: \w+){0,2}? (?:feels?|feeling|felt|is|s|goes|gets|seems|a bit|bit)(?: \w+){0,2}?"
    r" (?:odd|strange|weird|funny|awkward|uncomfortable|off|cranked|crooked|wonky|twisted"
    r"|tight|stiff|unnatural)\b"
    r"|\b(?:odd|strange|weird|funny|awkward|uncomfortable|unnatural)(?: \w+)? (?:on|in|for|to)"
    r" (?:my|the) neck\b"
)
_NECK_ODD_GUARD_H88 = lazy(
    r"\b(?:since|today|tonight|yesterday|this (?:week|morning)|again|worse|getting|still|now"
    r"|lately|suddenly|numb\w*|tingl\w*|pins and needles|weak\w*|dead|cold|burning|swollen"
    r"|pain\w*|hurt\w*|sore\w*|ach\w*|sharp|severe|agony|shooting|throbbing|dizz\w*|headaches?"
    r"|arms?|hands?|fingers?|fell|fall|injur\w*|accident|crash\w*|whiplash|can not|cannot|click\w*"
    r"|pops?|popped|crack\w*|grind\w*|locked|stuck)\b"
)


def _neck_odd_for_gaze_h88(question: str) -> bool:
    """Twentieth session, h88: the neck told as feeling odd (`_NECK_ODD_H88`) in a message the
    bank answers with the head's place, and nothing of now, a change, pain or the arms beside it
    (`_NECK_ODD_GUARD_H88`): the safety net's aside does not ask about it."""
    normal = normalise(question)
    return bool(_NECK_ODD_H88.search(normal)) and not _NECK_ODD_GUARD_H88.search(normal)


# twentieth session, h88: a sport named only as what the move's own muscle work is wanted for
# ("for my golf swing", "rotational power in tennis", "to help my cricket"), with the trunk's
# work or a mere stretch asked (`_ABS_ASKED`): the move's muscles, never another exercise
_SPORT_GOAL_H88 = lazy(
    r"\b(?:for|in|at|with|help|helps|improve|improves|boost|boosts) (?:my |the |our |your |his"
    r" |her )?(?:\w+ ){0,3}?(?:golf|tennis|cricket|baseball|softball|hockey|squash|badminton"
    r"|padel|pickleball|table tennis|rowing|kayaking|canoeing|paddling|throwing|javelin|discus"
    r"|shot put|judo|wrestling|rugby|football|footy|soccer|basketball|volleyball|netball"
    r"|lacrosse|hurling|climbing|bouldering|swimming|boxing)"
    r"(?: (?:swing|swings|game|games|stroke|strokes|serve|serves|throw|throws|shots?|season"
    r"|drive|drives))?\b"
)
# ...never beside another exercise weighed or asked instead ("or should I do ... instead")
_ALTERNATIVE_ASKED_H88 = lazy(
    r"\b(?:instead|rather than|better than|worse than|vs|versus|compared (?:to|with)|alternatives?"
    r"|or should (?:i|we) (?:do|try|use)|or (?:do|try|use) (?:some|a|an)?)\b"
)
_TRUNK_WORK_TOPICS_H88 = frozenset({"twist_muscles", "muscles_stretched"})


def _sport_goal_h88(normal: str) -> bool:
    """Twentieth session, h88: the trunk's work or a mere stretch asked (`_ABS_ASKED`), and a
    sport named only as its goal (`_SPORT_GOAL_H88`), no other exercise weighed beside it
    (`_ALTERNATIVE_ASKED_H88`) and nothing else beyond the twist once the sport is set aside."""
    if not _ABS_ASKED.search(normal) or not _SPORT_GOAL_H88.search(normal):
        return False
    if _ALTERNATIVE_ASKED_H88.search(normal):
        return False
    return _beyond_the_twist(blanked(_SPORT_GOAL_H88, normal)) == "no"


# twentieth session, h88: the move's own two arm positions weighed against each other ("bent
# cactus arms or straight ones", "straight arms versus cactus"), a day's hunch or slouch told as
# the reason (`_DAY_STRAIN`): the arm positions' topics, never posture asked
_OWN_ARMS_COMPARED_H88 = lazy(
    r"\b(?:bent |bent elbow |goalpost )?cactus(?: arms?| position| version| style)?"
    r"(?: \w+){0,2}? (?:vs|versus|or|against|compared (?:to|with)|over|than|instead of|rather"
    r" than) (?:the |with |having )?(?:arms |arm )?(?:straight|long|extended|out straight"
    r"|stretched out)\b"
    r"|\b(?:straight|long|extended|outstretched)(?: arms?| ones| version| position)?"
    r"(?: \w+){0,2}? (?:vs|versus|or|against|compared (?:to|with)|over|than|instead of|rather"
    r" than) (?:the |with |having )?(?:bent |goalpost )?cactus\b"
)
_ARM_POSITION_TOPICS_H88 = frozenset({"cactus_arms", "muscles_stretched", "hand_support"})


def _own_arms_compared_h88(normal: str) -> bool:
    """Twentieth session, h88: the move's two arm positions weighed (`_OWN_ARMS_COMPARED_H88`),
    and nothing beyond the twist once a day's hunch told (`_DAY_STRAIN`) is set aside."""
    if not _OWN_ARMS_COMPARED_H88.search(normal):
        return False
    return _beyond_the_twist(blanked(_DAY_STRAIN, normal)) == "no"


# twentieth session, h88: another practice told only as what is done there, to set against the
# cue ("in dance we turn the hips out", "at yoga they tell us to", "my pilates teacher says"),
# with why the cue matters asked (`_CUE_WHY_H88`): the reason for the cue, not the practice
_PRACTICE_TOLD_H88 = lazy(
    r"\b(?:in|at|during|for) (?:my |our |a |the )?" + _OTHER_NAMES_57 + r"(?: class| classes"
    r"| lessons?| training| practice)? (?:we|you|they|i|teachers?|instructors?|people)\b"
    r"|\b(?:my|our|the) " + _OTHER_NAMES_57 + r" (?:teachers?|instructors?|coach|coaches)"
    r" (?:says?|said|tells?|told|wants?|teach\w*)\b"
)
_CUE_WHY_H88 = lazy(
    r"\bwhy (?:does|do|would|should|is) (?:it|that) (?:even )?(?:matter|important|a problem"
    r"|an issue|bad|wrong)\b|\bwhy (?:not|can t i|shouldn t i|must i|should i|do i have to"
    r"|do you want me to|keep|stop)\b|\bwhat (?:is|s) (?:wrong with|the problem with|the harm"
    r" in|the issue with)\b"
)
_CUE_WHY_TOPICS_H88 = frozenset({"why_cues", "shoulders_down", "leg_sweep", "range_of_motion"})


def _practice_set_against_h88(normal: str) -> bool:
    """Twentieth session, h88: why a cue matters asked (`_CUE_WHY_H88`) with another practice
    told only as what is done there (`_PRACTICE_TOLD_H88`), nothing else beyond the twist once
    that is set aside."""
    if not _CUE_WHY_H88.search(normal) or not _PRACTICE_TOLD_H88.search(normal):
        return False
    return _beyond_the_twist(blanked(_PRACTICE_TOLD_H88, normal)) == "no"


# twentieth session, h90: the arm positions named all together ("neither arm position", "both
# of the arm options", "none of the arm positions"), as `_both_arms_wrong_s17` names them one by
# one
_ARMS_ALL_NAMED_H90 = lazy(
    r"\b(?:neither|none|both)(?: of)?(?: the| my| these| those| your)?(?: two| 2)? arm"
    r" (?:positions?|options?|placements?|setups?|set ups?|versions?|variations?|ways?"
    r"|choices?)\b"
)
# ...which "none of" tells as not working by itself
_ARMS_NONE_H90 = lazy(r"\bnone of (?:the |my |these |those |your )?(?:two |2 )?arm\b")
# twentieth session, h90: a request for a brief answer tagged on after the question (", short
# version", "(quick answer please)", "- tl;dr"): how to answer, never the move's version; only
# after a comma, a bracket, a dash or a sentence's end, never "a short version" asked for
_BRIEF_TAG_H90 = lazy(
    r"(?:[,;:(\-\u2013\u2014.?!]\s*)\(?\s*(?:the |in )?(?:short|quick|brief|simple|condensed"
    r"|tl ?;? ?dr)(?: (?:version|answer|summary|explanation|form))?"
    r"(?: (?:please|pls|plz|thanks|thx|ta))?\s*[.!?)]*\s*$",
    re.IGNORECASE,
)


def _brief_tag_cut_h90(text: str) -> str:
    """Twentieth session, h90: ``text`` less a request for a brief answer tagged on at its end
    (`_BRIEF_TAG_H90`), when a question of some words stands before it; else ``text``."""
    found = _BRIEF_TAG_H90.search(text)
    if found is None or len(text[: found.start()].split()) < 3:
        return text
    return text[: found.start()]


# twentieth session, h90: how to breathe asked ("how should I breathe", "in or out", "inhale or
# exhale", "when do I breathe out"): the pace and rhythm of the move, which say how to breathe,
# when the bank's match is a part of the move
_BREATH_ASKED_H90 = lazy(
    r"\b(?:how|when) (?:should|do|must|can|am|shall|to)(?: i| we| you)?(?: supposed to| meant"
    r" to)? (?:breathe|inhale|exhale|breath in|breath out)\b"
    r"|\b(?:breathe?|breathing) (?:in|out)\b(?: \w+){0,2}? or (?:\w+ )?(?:in|out)\b"
    r"|\b(?:inhale|exhale|breathing in|breathing out)\b(?: \w+){0,2}? or (?:\w+ )?(?:inhale"
    r"|exhale|in|out)\b"
    r"|\bbreath\w*\b(?: \w+){0,8}? (?:in or out|out or in)\b"
    r"|\bbreathing (?:pattern|rhythm|cue)s?\b"
)
# ...never a breath that fails or hurts ("out of breath", "cannot breathe", "short of breath")
_BREATH_TROUBLE_H90 = lazy(
    r"\b(?:out of breath|short of breath|breathless\w*|(?:can not|cannot|could not|struggl\w*"
    r"|hard|difficult|trouble|hurts?|pain\w*) (?:\w+ ){0,2}?breath\w*|wheez\w*|gasp\w*)\b"
)
_BREATH_TOPICS_H90 = frozenset(
    {
        "leg_sweep",
        "reps_sets",
        "hold_time",
        "hold_vs_flow",
        "dynamic_benefits",
        "return_switch",
        "speed_rhythm",
        "how_to",
    }
)


def _breath_asked_h90(normal: str) -> bool:
    """Twentieth session, h90: how to breathe in the move asked (`_BREATH_ASKED_H90`), no word
    of a breath in trouble or of pain, nothing beyond the twist."""
    return (
        bool(_BREATH_ASKED_H90.search(normal))
        and not _BREATH_TROUBLE_H90.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# twentieth session, h90: what the move stretches asked plainly ("what does it actually stretch",
# "what is this one stretching"): the muscles it stretches, never what a stretch does or feels
_WHAT_IT_STRETCHES_H90 = lazy(
    r"\bwhat (?:(?:does|do|will|would) (?:it|this|that|this one|(?:the|this) (?:twist|move"
    r"|exercise|pose|position))(?: \w+)?(?: actually| really| even| exactly| mainly| mostly)?"
    r" (?:stretch|lengthen|target)|(?:is|s) (?:it|this|that|this one|(?:the|this) (?:twist|move"
    r"|exercise|pose|position))(?: actually| really| even| exactly| mainly| mostly)?"
    r" (?:stretching|lengthening|targeting))\b"
    r"(?! (?:actually |really |even |exactly |just )?(?:do|does|feel|feels|look|mean|good|for"
    r"|like|involve))"
)
# twentieth session, h90: the next step up asked ("what's the next step up", "a step up from
# this"): progress over the weeks, never the step-up exercise
_NEXT_STEP_UP_H90 = lazy(
    r"\b(?:next|another) step up\b|\bstep up from (?:here|this|that|there|now|where i am)\b"
)
# twentieth session, h90: the moving style's count asked after the hold's ("same for the rocking
# one?", "do those go by reps?"): reps and sets, when the match is the hold's length
_FLOW_NAMED_H90 = lazy(
    r"\b(?:swing\w*|flow\w*|moving|dynamic|rocking|sweeping|side to side)(?: \w+)?"
    r" (?:version|one|style|way|option|variant)\b"
)
_COUNT_FOLLOW_UP_H90 = lazy(
    r"\b(?:same|likewise|similar)\b(?! as\b)"
    r"|\b(?:counted|count|measured|done|go|goes|work|works) (?:in|by|with)?(?: the)? ?(?:reps"
    r"|repetitions|sweeps|swings)\b"
)
_HOLD_KEYS_H90 = frozenset({"hold_time", "hold_vs_flow", "dynamic_benefits"})


def _flow_count_after_hold_h90(normal: str) -> bool:
    """Twentieth session, h90: the moving style named as a version (`_FLOW_NAMED_H90`) and its
    count asked as a follow-up to the hold's (`_HOLD_STYLE_S17`, `_COUNT_FOLLOW_UP_H90`); never
    the two styles weighed (`_STYLE_CHOICE_10B`)."""
    return (
        bool(_FLOW_NAMED_H90.search(normal))
        and bool(_HOLD_STYLE_S17.search(normal))
        and bool(_COUNT_FOLLOW_UP_H90.search(normal))
        and not _STYLE_CHOICE_10B.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# twentieth session, h90: things asked of the bot that are neither the move nor the bot: a
# desk's, a screen's or a chair's set-up, or a joke, a riddle or a story to pass the time
_DESK_OR_PASTIME_H90 = lazy(
    r"\bhow (?:high|low|far|close|tall|big) (?:\w+ ){0,2}?(?:monitors?|screens?|desks?|chairs?"
    r"|keyboards?|laptops?)\b"
    r"|\b(?:monitors?|screens?|desks?|chairs?|keyboards?|laptops?) (?:height|position|set ?up"
    r"|distance|angle)\b"
    r"|\b(?:height|position|angle) of (?:my|the|a) (?:monitors?|screens?|desks?|chairs?"
    r"|keyboards?|laptops?)\b"
    r"|\b(?:tell|give|got|know|have|share) (?:me |us )?(?:a |any |another |one |some )?(?:good"
    r" |funny |bad |dad |silly |quick )?(?:jokes?|riddles?|bedtime stor(?:y|ies)|poems?|limericks?)"
    r"\b|\bmake me (?:laugh|smile)\b"
)


@dataclass(frozen=True)
class _Match:
    key: str
    score: float
    negative: float  # score of the out-of-scope examples
    scale: float  # 1 for short questions, lower for long ones
    is_question: bool  # the segment holds a sentence ending in a question mark
    coverage: float  # share of the question's words the topics know
    runners_up: tuple[tuple[str, float], ...] = ()  # the next best topics and their scores

    @property
    def slack(self) -> float:
        return min(
            self.score - THRESHOLD * self.scale,
            self.score - self.negative - MARGIN * self.scale,
            self.coverage - MIN_COVERAGE * self.scale,
        )

    @property
    def passes(self) -> bool:
        return self.slack >= 0.0

    def options(self) -> tuple[str, ...]:
        """The topics to offer when the match is not clear-cut ("Did you mean..."), or ``()``
        to answer directly: a runner-up within `CLOSE_GAP` of the best (and over the bar
        itself), or, for a weak match (slack under `WEAK_SLACK`), the next topic when it
        reaches `WEAK_RUNNER` of the bar; or that next topic when the best score is modest
        (`MODEST_SCORE`) and the gap under `MODEST_GAP`, or when the two are a known confused
        pair (`CONFUSED_PAIRS`) within `CONFUSED_GAP` and the best is under `CONFUSED_STRONG`.
        At most `MAX_OPTIONS`, best first."""
        bar = THRESHOLD * self.scale
        close = [
            key
            for key, score in self.runners_up
            if score >= bar and self.score - score < CLOSE_GAP * self.scale
        ]
        if not close and self.slack < WEAK_SLACK * self.scale:
            close = [k for k, score in self.runners_up[:1] if score >= WEAK_RUNNER * bar]
        if not close:
            close = [
                k
                for k, score in self.runners_up[:1]
                if score >= WEAK_RUNNER * bar
                and (
                    (
                        self.score < MODEST_SCORE * self.scale
                        and self.score - score < MODEST_GAP * self.scale
                    )
                    or (
                        frozenset({self.key, k}) in CONFUSED_PAIRS
                        and self.score < CONFUSED_STRONG * self.scale
                        and self.score - score < CONFUSED_GAP * self.scale
                    )
                )
            ]
        return (self.key, *close[: MAX_OPTIONS - 1]) if close else ()

    @property
    def rank(self) -> tuple[bool, bool, float]:
        return (self.passes, self.passes and self.is_question, self.slack)


_UNSURE_KINDS = frozenset({"decline", "clarify"})


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher(AnswerIndex.build(TOPICS))


def answer(question: str, *, safety_checked: bool = False, triaged: Triage | None = None) -> Answer:
    """Triage, then the best topic from the question bank, or a kind decline. With
    ``safety_checked`` (the user said an ambiguous message was not about now) triage is skipped;
    ``triaged``: the question's triage when the caller has it already."""
    return default_matcher().answer(question, safety_checked=safety_checked, triaged=triaged)


def understand(text: str) -> tuple[Triage, Answer]:
    """A typed message's triage and answer, once. The triage is the rules', or the safety
    net's (`coach.questions.unsure.UNSURE`) when the answer is the net's question: what the
    chat's safety check acts on."""
    found = triage(text)
    got = answer(text, triaged=found)
    if got.kind == "safety_ask" and found.level is TriageLevel.NONE:
        return UNSURE, got
    return found, got


_TITLES = {t.key: t.title for t in TOPICS}
_SCIATICA = lazy(rf"\bsciatic\w*\b|\b{SCIATICA_SOUND_S18}\b")
# fourteenth session, h75: the move's suitability asked ("ok for", "safe with", "best avoided")
_SUITED_ASKED_15 = lazy(
    r"\b(?:ok|okay|alright|all right|fine|safe|suitable|appropriate|advisable|recommended|good"
    r"|bad|wise|a good idea|a bad idea|allowed|dangerous|risky|harmful)\b(?: \w+){0,3}? (?:for|with"
    r"|if)\b|\b(?:avoid|skip|steer clear|give it a miss|not do|stay away|be avoided|off limits"
    r"|contraindicated|unsuitable|not suitable|not recommended)\b"
)
# Topics that answer a general question about warning signs (triage context "general").
SAFETY_TOPICS = frozenset(
    {
        "warning_signs",
        "sciatica",
        "if_it_hurts",
        "pain_through",
        "pain_after",
        "check_first",
        "dont_force",
        "surgery_history",
        "why_move",
    }
)
# ...and a question about what to do if the twist hurts: the stop rule, not "push through?"
# (unless the question asks about pushing through, see `_PUSH_THROUGH`).
STOP_TOPICS = SAFETY_TOPICS - {"pain_through"} | {"gentler_variant", "range_of_motion"}
# Round 8: "should I push through if it's a bit painful? no pain no gain?" asks about pushing
# through: "never move through pain" answers it.
_PUSH_THROUGH = lazy(
    r"\b(?:(?:push|pushing|work|working|power|powering|keep going|carry on|continue|stretch"
    r"|go|grit \w+ teeth) (?:on |right )?through|no pain no gain|ignore the pain|tough it out)\b"
)


def topic_title(key: str) -> str:
    """The short button label of a topic. Raises KeyError for an unknown key."""
    return _TITLES[key]


# twenty-first session, h91: propping the body up on one hand (or an elbow) asked ("lean on a
# hand", "support myself with one palm", "one hand on the mat for support"): the one-hand
# support, however the arm position before it is told to feel
_ONE_HAND_PROP_H91 = lazy(
    r"\b(?:prop|props|propping|propped|lean|leaning|support|supporting|brace|bracing)"
    r"(?: myself| yourself| me| my weight| my body| my upper body| my top half)?(?: up)?"
    r" (?:on|with|using|onto) (?:one|a|my|the other|one of my|a single) (?:hand|palm|elbow"
    r"|forearm)s?\b"
    r"|\bone hand (?:down )?(?:on the (?:mat|floor|ground) )?(?:for|as) (?:support|a prop"
    r"|balance|a brace)\b"
    r"|\b(?:use|using|put|putting|place|placing) (?:one|a|my) hand (?:\w+ ){0,4}?(?:to )?(?:prop"
    r"|support|brace|lean)\w*\b"
    # twenty-sixth session, heldout_h111 (ans111): one hand kept or put by the body to push or
    # prop with ("can i keep one hand by my ribs to push myself a bit", "one hand near my chest
    # to push off"): the hand's place for support, never pushing further into the stretch
    r"|\b(?:one|a|my|the other) hand (?:\w+ )?(?:by|near|next to|beside|close to|against|under)"
    r" (?:my|the|your) (?:ribs?|rib cage|ribcage|chest|side|body|waist|torso|tummy|belly"
    r"|stomach|shoulder)\b(?: \w+){0,3}? (?:to )?(?:push|press|prop|support|brace|lean|help)\w*\b"
)
# twenty-first session, h91: how many seconds a side asked ("how many secs on each side", "how
# much time per side"): the hold's length, never the moving version's pace or reps
_SECONDS_PER_SIDE_H91 = lazy(
    r"\bhow (?:many|much) (?:seconds?|secs?|time) (?:\w+ ){0,3}?(?:per|each|a|every) side\b"
    r"|\b(?:seconds?|secs?) (?:per|each|a|every|on each|for each) side\b(?: \w+){0,2}? how"
    r" (?:many|long)\b"
)
_PACE_OR_REPS_H91 = lazy(
    r"\b(?:reps?|repetitions?|each way|per way|tempo|pace|rhythm|flow\w*|sweeps?|swings?"
    r"|moving|dynamic|sets?|times)\b"
)
# twenty-first session, h91: getting across to the other side after the first is done ("once I'm
# finished with the right, how do I move to the left"), or whether to go straight into it or
# rest first: the switch of sides, never which side starts
_FIRST_DONE_H91 = lazy(
    r"\b(?:once|after|when) (?:i have |i am |i m |you have |you ve )?(?:done|finished|completed"
    r"|through with|finishing|completing|doing)\b"
    r"|\bhaving (?:done|finished|completed)\b"
    r"|^(?:ok |okay |right |so )?(?:i have |i am )?(?:done|finished)(?: with)? (?:the |my )?(?:left"
    r"|right|first|one)\b"
)
_TO_OTHER_SIDE_H91 = lazy(
    r"\b(?:get|go|move|come|cross|switch|swap|change|roll|turn|transition|shift)(?: myself| me)?"
    r"(?: over| across| back)? (?:to|into|onto|on to) (?:the |my )?(?:other|left|right|second"
    r"|next|opposite|2nd)\b"
)
_STRAIGHT_OR_REST_H91 = lazy(
    r"\bstraight (?:into|to|onto|on to|over to)\b(?: \w+){0,6}? (?:rest|pause|break|wait)\w*"
    r"|\b(?:rest|pause|break|wait)\w*(?: \w+){0,6}? (?:or )?(?:go |move )?straight (?:into|to"
    r"|onto|on to|over to)\b"
)
# twenty-first session, h91: whether the move is safe asked for the one written for ("can he do
# this", "is it ok for her")
_SAFE_FOR_THEM_H91 = lazy(
    r"\b(?:can|could|may|should) (?:he|she|they)\b|\b(?:safe|ok|okay|fine|alright|allowed) for"
    r" (?:him|her|them)\b"
)
_SWITCH_TOPICS_H91 = frozenset({"return_switch", "which_side_first"})
# twenty-first session, h91: holding the breath, breathing normally or forgetting to breathe in
# the move asked: how to breathe, which the pace and rhythm answer
_BREATH_HELD_H91 = lazy(
    r"\b(?:hold|holding|holds|held) (?:my|your|our|the|one s|their) breath\b"
    r"|\bbreathe? (?:normally|as normal|naturally|as usual|freely|the whole time|throughout)\b"
    r"|\bforg[eo]t\w* to breathe?\b"
)
# twenty-first session, h91: the upsides of doing it every day asked: what it gives, never how
# often to do it
_GAINS_H91 = lazy(
    r"\b(?:upsides?|benefits?|advantages?|pros|perks?|plus points?|good things?|payoffs?"
    r"|pay offs?|plus sides?)\b|\bwhat (?:do|will|would|can) (?:i|you) (?:gain|get out of)\b"
)
_DAILY_H91 = lazy(
    r"\b(?:every day|everyday|daily|each day|every single day|day in day out|every morning"
    r"|every night|7 days a week|seven days a week)\b"
)
_HOW_OFTEN_ASKED_H91 = lazy(
    r"\bhow (?:often|many|frequently|much|regularly)\b|\b(?:times|sessions) a (?:day|week)\b"
    r"|\b(?:too much|too often|enough|overdo\w*|need to|have to|must i|should i)\b"
)
# twenty-first session, h91: how it should be (or feel, or look) a month or some weeks on asked:
# the progression over time
_LATER_PERIOD_H91 = lazy(
    r"\b(?:in|after|for|over|within|by) (?:a|one|1|two|2|three|3|four|4|six|6|a few|a couple of"
    r"|several|another|the next) (?:more )?(?:months?|weeks?)\b(?! ago)"
    r"|\b(?:a|one) month from now\b|\bmonths? s? time\b|\bby next month\b"
    r"|\b(?:a|one|two|three|six|a few|a couple of) (?:months?|weeks?) in\b"
)
_CHANGE_ASKED_H91 = lazy(
    r"\b(?:easier|harder|look like|progress\w*|improve\w*|better|change|changed|different"
    r"|further|more flexible|make it harder|step it up|level up|be at|be able|expect)\b"
)


def _arms_prop_asked_h91(question: str) -> bool:
    """Twenty-first session, h91: propping oneself up on one hand asked (`_ONE_HAND_PROP_H91`),
    nothing of now, a change, a sign or pain beside it (`_ARMS_STRANGE_GUARD_H87`): an arm
    position told as awkward is how it feels, no sign for the safety net to ask about."""
    normal = normalise(question)
    return (
        bool(_ONE_HAND_PROP_H91.search(normal))
        and not _ARMS_STRANGE_GUARD_H87.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


def _switch_asked_h91(normal: str) -> bool:
    """Twenty-first session, h91: getting to the other side once the first is done
    (`_FIRST_DONE_H91`, `_TO_OTHER_SIDE_H91`), or going straight on or resting first
    (`_STRAIGHT_OR_REST_H91`)."""
    return bool(
        (_FIRST_DONE_H91.search(normal) and _TO_OTHER_SIDE_H91.search(normal))
        or _STRAIGHT_OR_REST_H91.search(normal)
    ) and not _PAIN_WORD_46.search(normal)


def _daily_gains_h91(normal: str) -> bool:
    """Twenty-first session, h91: the upsides of doing it daily asked (`_GAINS_H91`,
    `_DAILY_H91`), never how often (`_HOW_OFTEN_ASKED_H91`)."""
    return (
        bool(_GAINS_H91.search(normal))
        and bool(_DAILY_H91.search(normal))
        and not _HOW_OFTEN_ASKED_H91.search(normal)
    )


def _later_change_h91(normal: str) -> bool:
    """Twenty-first session, h91: how it will be or should look some weeks or a month on
    (`_LATER_PERIOD_H91`, `_CHANGE_ASKED_H91`), no word of pain."""
    return (
        bool(_LATER_PERIOD_H91.search(normal))
        and bool(_CHANGE_ASKED_H91.search(normal))
        and not _PAIN_WORD_46.search(normal)
    )


def _breath_held_h91(normal: str) -> bool:
    """Twenty-first session, h91: holding the breath or breathing normally asked
    (`_BREATH_HELD_H91`), no breath in trouble, no pain, nothing beyond the twist."""
    return (
        bool(_BREATH_HELD_H91.search(normal))
        and not _BREATH_TROUBLE_H90.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


def _resolved_h91(match: _Match, normal: str) -> _Match:
    """Twenty-first session, h91: a "Did you mean" (or a near topic) resolved when one topic is
    plainly what is asked: one-hand support, the hold's seconds a side, the switch of sides, how
    to breathe, the upsides of a daily practice, the weeks ahead, an operation told."""
    keys = {match.key, *match.options()}
    if "hand_support" in keys and _ONE_HAND_PROP_H91.search(normal):
        return replace(match, key="hand_support", runners_up=())
    if (
        keys & {"hold_time", "reps_sets"}
        and _SECONDS_PER_SIDE_H91.search(normal)
        and not _PACE_OR_REPS_H91.search(normal)
    ):
        return replace(match, key="hold_time", runners_up=())
    if (
        "return_switch" in keys
        and keys <= _SWITCH_TOPICS_H91 | {"reps_sets", "hold_time"}
        and _switch_asked_h91(normal)
    ):
        return replace(match, key="return_switch", runners_up=())
    if keys & _BREATH_TOPICS_H90 and _breath_held_h91(normal):
        return replace(match, key="speed_rhythm", runners_up=())
    if match.key in {"benefits", "how_often"} and "benefits" in keys and _daily_gains_h91(normal):
        return replace(match, key="benefits", runners_up=())
    if "progression" in keys and _later_change_h91(normal):
        return replace(match, key="progression", runners_up=())
    if (
        match.key in _SURGERY_TOPICS
        and match.options()
        and set(match.options()) <= _SURGERY_TOPICS
        and _operation_told(normal) is not None
        and (_SAFE_ASKED_9.search(normal) or _SAFE_FOR_THEM_H91.search(normal))
        and not _NO_SURGERY.search(normal)
    ):
        # an operation told and whether the move is safe for the writer (or the one they write
        # for): the surgery topic, which says whom to ask (round 11 offered it beside the
        # check-first list); never beside the writer's own "no surgery"
        return replace(match, key="surgery_history", runners_up=())
    return match


# twenty-first session, h91: how to do "it" asked ("how would one perform that", "how to practise
# this one"), the pronoun standing for another exercise named in the message
_PRONOUN_HOW_TO_H91 = lazy(
    r"\bhow (?:do|should|can|would|shall|must) (?:i|you|we|one) (?:do|perform|practi[cs]e|get)"
    r" (?:it|this|that)(?: one)?\b|\bhow to (?:do|perform|practi[cs]e) (?:it|this|that)(?: one)?\b"
)


def _other_how_to_h91(normal: str) -> bool:
    """Twenty-first session, h91: the how-to asked of "it" (`_PRONOUN_HOW_TO_H91`) is the only
    word of the twist beside another exercise named: with it set aside, the question is wholly
    beyond the twist."""
    if not _PRONOUN_HOW_TO_H91.search(normal):
        return False
    return _beyond_the_twist(blanked(_PRONOUN_HOW_TO_H91, normal)) == "yes"


# twenty-first session, h92: whether lying face down, or the surface lain on (a thin mat, a hard
# floor), will hurt or be hard on a part pressed on it (hips, knees, ribs), asked ahead: the mat
# and padding; the triage sets the same words aside (`_SURFACE_HURT_AHEAD_H92` there)
_SURFACE_HURT_H92 = lazy(
    r"\b(?:will|would|could|might|can|does|is)\s+(?:(?:lying|laying|lieing)\s+(?:face\s*down"
    r"|prone|on\s+(?:my|your|the|me)\s+(?:front|tummy|stomach|belly|floor|ground))"
    r"(?:\s+on\s+(?:a|the|my|this|that)\s+(?:[\w-]+\s+){0,2}?(?:mat|floor|ground|surface|carpet"
    r"|rug|towel|blanket|boards?|tiles?))?"
    r"|(?:a|the|my|this|that)\s+(?:[\w-]+\s+){0,2}?(?:mat|floor|ground|surface|carpet|rug|towel"
    r"|blanket|boards?|tiles?))"
    r"\s+(?:(?:be\s+)?going\s+to\s+|gonna\s+)?(?:hurt|be\s+(?:painful|sore|hard|uncomfortable)"
    r"\s+(?:on|for))\s+(?:my|me|your|the)\s+(?:(?:bony|poor|old|big|wide)\s+)?(?:hips?"
    r"|hip\s*bones?|knees?|kneecaps?|ribs?|pelvis|chest|belly|tummy|stomach|boobs?|breasts?)\b"
    r"(?!\s+(?:again|more|worse|even|any\s+more|still|too)\b)"
)
# ...a sign of now or a change told beside it ("already", "since", "again", "numb")
_SURFACE_HURT_GUARD_H92 = lazy(
    r"\b(?:already|still|since|again|today|tonight|this (?:morning|week)|lately|recently|now"
    r"|getting|numb\w*|tingl\w*|pins and needles|swollen|swelling|bruis\w*|injur\w*|fell|fall)\b"
)


def _surface_hurt_ahead_h92(normal: str) -> bool:
    """Twenty-first session, h92: whether the surface lain on will hurt a pressed part, asked
    ahead (`_SURFACE_HURT_H92`), and no other word of pain, nothing of now or a change
    (`_SURFACE_HURT_GUARD_H92`), no operation told, nothing beyond the twist."""
    if not _SURFACE_HURT_H92.search(normal):
        return False
    rest = blanked(_SURFACE_HURT_H92, normal)
    return (
        not _PAIN_WORD_46.search(rest)
        and not _SURFACE_HURT_GUARD_H92.search(rest)
        and _operation_told(rest) is None
        and _beyond_the_twist(rest) == "no"
    )


# twenty-first session, h92: formal courtesies of a request, common in Indian and other formal
# Englishes ("kindly", "kindly advise", "please advise on", "do the needful", "I request you to"):
# politeness only, never the subject; "kindly" with the verb of a request after it keeps that verb
# when it carries the subject ("kindly explain", "kindly tell me")
_POLITE_H92 = lazy(
    r"\b(?:(?:i\s+)?(?:humbly\s+|kindly\s+)?request\s+(?:you|u)\s+(?:to\s+)?(?:kindly\s+)?"
    r"|(?:(?:please|pls|plz)\s+)?(?:kindly\s+)?do\s+the\s+needful(?:\s+(?:and|&))?"
    r"|(?:(?:please|pls|plz)\s+)?kindly(?:\s+(?:advise|advice|guide|revert|inform)"
    r"(?:\s+(?:me|us))?(?:\s+(?:on|about|regarding|with))?)?"
    r"|(?:please|pls|plz)\s+(?:advise|advice|revert|guide)(?:\s+(?:me|us))?"
    r"(?:\s+(?:on|about|regarding|with))?)(?=[\s,.:;!?]|$)[\s,.:;!?]*",
    re.IGNORECASE,
)


def _polite_cut_h92(text: str) -> str:
    """Twenty-first session, h92: ``text`` less its formal courtesies (`_POLITE_H92`) when some
    words of a request are left after them; else ``text``."""
    cut = " ".join(_POLITE_H92.sub(" ", text).split())
    if cut == " ".join(text.split()) or len(cut.split()) < 2:
        return text
    return cut


# twenty-first session, h92: all the steps of the move asked for ("the complete steps", "every
# step from the start", "from beginning to end"): the whole how-to, never a part of it
_ALL_STEPS_H92 = lazy(
    r"\b(?:full|complete|whole|entire|every|each|all(?: of)?(?: the| your)?) (?:\w+ )?(?:steps?"
    r"|instructions?|procedure|process|sequence|method)\b"
    r"|\b(?:steps?|instructions?|procedure|process|sequence|method|how to do it|how it s done)"
    r" (?:\w+ ){0,5}?from (?:the )?(?:very )?(?:beginning|start|scratch|top)\b"
    r"|\bfrom (?:the )?(?:very )?(?:beginning|start|scratch|top) (?:to|till|until|through to)"
    r" (?:the )?(?:end|finish|last)\b"
)
# ...the topics an all-steps message leaves (what it is, when "explain" pulls there)
_ALL_STEPS_TOPICS_H92 = frozenset({"what_is", "how_to", "setup_start", "beginners", "leg_sweep"})
# ...a part of the move named, whose own steps are asked
_MOVE_PART_H92 = lazy(
    r"\b(?:sweep\w*|swing\w*|leg|legs|knees?|foot|feet|hips?|arm|arms|hands?|head|breath\w*"
    r"|setup|set up|hold\w*"
    r"|switch\w*|other side|return\w*)\b"
)


def _all_steps_asked_h92(normal: str) -> bool:
    """Twenty-first session, h92: all the steps asked for (`_ALL_STEPS_H92`), no part of the
    move named (`_MOVE_PART_H92`), no word of pain, nothing beyond the twist."""
    return _asked_plainly(normal, _ALL_STEPS_H92, _MOVE_PART_H92)


# twenty-first session, h92: the tempo of the moving version asked ("what rhythm", "what sort of
# tempo", "seconds each way", "am I going too fast"): speed and rhythm; never "per rep" alone,
# which the reps' count may mean, nor how soon a result comes (`_SPEED_OF_RESULT_S17`)
_TEMPO_ASKED_H92 = lazy(
    r"\b(?:rhythm|tempo|cadence)\b|\b(?:what|which|a|the|steady|slow|even) beat\b"
    r"|\b(?:seconds?|secs?|counts?|beats?) (?:each|per|every|one|a|in each|for each)"
    r" (?:way|direction|swing|sweep|pass|crossing)\b"
    r"|\b(?:rush\w*|hurry\w*|too (?:fast|quick\w*|slow\w*)|speed\w* through)\b"
)
# ...never the hold's seconds a side, or staying in the stretch, asked beside a count told too
# fast ("how long should I stay there per side? I count too quickly")
_HOLD_ASKED_H92 = lazy(
    r"\b(?:each|per|a|every|on each|for each|on either|either) side\b|\bstay\w* (?:in|there|put)\b"
    r"|\bhold\w* (?:it|the stretch|the pose|the position|for|each)\b"
)
_TEMPO_TOPICS_H92 = frozenset(
    {"speed_rhythm", "dynamic_benefits", "hold_vs_flow", "hold_time", "reps_sets", "leg_sweep"}
)
# twenty-first session, h92: why the leg is swept (swung, moved) rather than held still asked:
# what the moving version adds, never how to sweep
_SWEEP_OVER_HOLD_H92 = lazy(
    r"\b(?:why|what s the point of|what is the point of|what does|what do|how come)\b(?: \w+){0,6}?"
    r" (?:sweep\w*|swing\w*|mov\w*|flow\w*|rock\w*|side to side|back and forth|dynamic\w*)\b"
    r"(?: \w+){0,8}? (?:instead of|rather than|over|versus|vs|compared to|compared with|and not)"
    r" (?:just |simply |only )?(?:a |the )?(?:hold\w*|stay\w*|static\w*|keep\w* still|still)\b"
)
# ...the topics a why-sweep-not-hold message may be offered among
_SWEEP_TOPICS_H92 = frozenset(
    {"dynamic_benefits", "hold_vs_flow", "leg_sweep", "hold_time", "why_cues", "speed_rhythm"}
)
# twenty-first session, h92: where the foot should be at the end of the move, on the floor or not
# ("should my foot be touching the floor at the finish"): the foot's place, never a foot that
# cannot reach
_FOOT_AT_END_H92 = lazy(
    r"\b(?:foot|feet|toes?)\b(?: \w+){0,3}? (?:on|touch\w*|reach\w*|down on|rest\w* on|land\w* on)"
    r" (?:the )?(?:ground|floor|mat)\b"
)
_AT_THE_END_H92 = lazy(
    r"\b(?:at|by|in) the (?:end|finish|bottom|final (?:position|bit|part)|end position)\b"
    r"|\bwhen (?:i m |you re |i am |you are |it s )?(?:done|finished|there|all the way over)\b"
    r"|\bfinal position\b|\bend position\b"
)
_FOOT_CANT_REACH_H92 = lazy(
    r"\b(?:can t|cannot|cant|won t|wont|doesn t|doesnt|don t|dont|not|never|nowhere near|unable)"
    r"(?: \w+){0,3}? (?:reach\w*|touch\w*|get (?:down|there)|make it)\b|\bshort\b|\bhover\w*\b"
)
# twenty-first session, h92: the arms out wide told as disliked by a shoulder and another way
# asked, nothing of now, a sign or pain beside it: the hand supports offered in its place
_ARMS_WIDE_H92 = lazy(
    r"\b(?:arms?|hands?) (?:\w+ ){0,2}?(?:out wide|wide|out to the sides?|to the sides?|out in a t"
    r"|in a t|spread)\b|\bt position\b"
)
_ANOTHER_WAY_H92 = lazy(
    r"\b(?:alternatives?|instead|another (?:way|option|position)|other (?:way|option|position)s?"
    r"|something else|different (?:way|position|option)|swap|substitute|replace|options?)\b"
)
# twenty-first session, h92: the hand used to pull, press or help the knee or leg further over
# asked: the advice against forcing it
_HAND_DRIVES_LEG_H92 = lazy(
    r"\b(?:use|using|with) (?:my|your|a|the|one) hands?\b(?: \w+){0,3}? (?:to )?(?:pull|push|press"
    r"|help|force|drag|ease|guide|tug|yank|coax|lever)\w*(?: \w+){0,2}? (?:knee|leg|thigh)\b"
    r"|\b(?:pull|push|press|help|force|drag|ease|guide|tug|yank|coax|lever)\w* (?:my|the|your)"
    r" (?:knee|leg|thigh)\b(?: \w+){0,4}? (?:with|using|by) (?:my|your|a|the|one) hands?\b"
)


# twenty-first session, h94: whether both sides make one rep or each side counts on its own, asked
# ("does each side count as a rep", "left and right together is one rep?", "one rep per side or
# per pair"): reps and sets, never which side goes first (the sides named pull towards it)
_SIDES_PER_REP_H94 = lazy(
    r"\bcount(?:s|ed|ing)? (?:each|every|both|one|the two|either) (?:side|sides|leg|legs)"
    r"(?: \w+){0,3}? (?:separate\w*|individually|on (?:its|their) own|alone|singly|apart"
    r"|together|as (?:one|a|two|1|2|its own|their own|separate)\b)"
    r"|\bcount(?:s|ed|ing)? (?:them|both|the two|the pair) (?:as one|as a single|as two|together"
    r"|separate\w*|individually)\b"
    r"|\b(?:each|every|one|either) (?:side|leg)(?: \w+){0,2}? counts?\b"
    r"|\b(?:each|every|either) (?:side|leg) (?:is )?(?:its own|a separate|a single|one|a) rep\b"
    r"|\b(?:both sides|both legs|left and right|right and left|(?:right|left) then (?:left|right)"
    r"|one (?:of )?each side|a side each|each side)\b(?: \w+){0,3}? (?:(?:is|are|count as"
    r"|counts as|make|makes|equals?) (?:just )?)?(?:one|1|a|a single|two|2) reps?\b"
    r"|\b(?:one|1|a) rep (?:per|a|each|for each|on each) side\b(?: \w+){0,2}? or\b"
    r"|\b(?:one|1|a) rep or (?:two|2)\b"
)
_HOLDING_H94 = lazy(r"\b(?:hold|holds|holding|held|minutes?|mins?)\b")
_SIDES_REP_TOPICS_H94 = frozenset(
    {
        "reps_sets",
        "which_side_first",
        "return_switch",
        "hold_time",
        "leg_sweep",
        "dynamic_benefits",
        "speed_rhythm",
        "hold_vs_flow",
    }
)


def _resolved_h94(match: _Match, normal: str) -> _Match:
    """Twenty-first session, h94: a "Did you mean" between the count and the order of the sides
    resolved when what makes a rep is asked (`_SIDES_PER_REP_H94`): reps and sets. Never beside
    the hold's seconds or a hold named (how long a side is held), a word of pain, or beyond the
    twist."""
    keys = {match.key, *match.options()}
    if (
        keys <= _SIDES_REP_TOPICS_H94
        and _SIDES_PER_REP_H94.search(normal)
        # the hold's seconds named: how long each side is held is asked, not the reps
        and not _SECONDS_NAMED_56.search(normal)
        and not _HOLDING_H94.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        return replace(match, key="reps_sets", runners_up=())
    return match


# twenty-second session, h95: a change from one style to the other asked ("switch to flow",
# "change from the still one to the swinging one"), or which of the two is better
_STYLE_H95 = r"(?:flow\w*|moving|swing\w*|dynamic|hold|holds|held|holding|still|static)"
_STYLE_SWITCH_H95 = lazy(
    r"\b(?:switch|swap|change|move|go|progress|graduate)\w* (?:over |on |up )?(?:from (?:the )?"
    r"(?:\w+ ){0,2}?"
    + _STYLE_H95
    + r"\b(?: \w+){0,3}? )?to (?:the )?(?:\w+ )?"
    + _STYLE_H95
    + r"\b"
    r"|\b(?:one|which) (?:of (?:them|the two|these|those|the styles|the versions) )?"
    r"(?:is )?better\b"
)
_STYLE_NAMED_H95 = lazy(r"\b" + _STYLE_H95 + r"\b")
# ...and a switch read as the sides' ("switch to the held one"): the target is a style by name
_TO_A_STYLE_H95 = lazy(
    r"\b(?:switch|swap|change|move|go)\w* (?:over )?to (?:the )?(?:\w+ )?(?:"
    + _STYLE_H95
    + r" (?:one|version|style|variant|way)s?|flow\w*)\b"
)
_STYLE_TOPICS_H95 = frozenset({"hold_vs_flow", "dynamic_benefits", "gentler_variant"})


def _resolved_h95(match: _Match, normal: str) -> _Match:
    """Twenty-second session, h95: a "Did you mean" between the styles' topics resolved when a
    switch from one style to the other, or which of them is better, is asked
    (`_STYLE_SWITCH_H95`): hold or flow; so is the switch of the sides' topic when its target is
    a style (`_TO_A_STYLE_H95`). Never beside a word of pain or beyond the twist."""
    keys = {match.key, *match.options()}
    if match.key == "return_switch" and _TO_A_STYLE_H95.search(normal):
        keys = {"hold_vs_flow", "dynamic_benefits"}
    if (
        len(keys) > 1
        and keys <= _STYLE_TOPICS_H95
        and _STYLE_SWITCH_H95.search(normal)
        and _STYLE_NAMED_H95.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        return replace(match, key="hold_vs_flow", runners_up=())
    return match


# twenty-second session, h96: what the move itself is good for or does for the writer, asked
# ("what is this stretch really good for", "what good will the twist do me"): its benefits;
# why move at all answers whether to move or rest, never the move's own use
_MOVE_GOOD_FOR_H96 = lazy(
    r"\bwhat (?:is|s|are|would|will) (?:this|the|that|it|these)(?: (?!movement\b|moving\b"
    r"|motion\b|rest\w*\b)\w+)?(?: be)? (?:(?:actually|really|even|truly|honestly|exactly"
    r"|supposed to be|meant to be) )*(?:good|useful|any good|any use|helpful) for\b"
    r"|\bwhat (?:good|use|benefit) (?:does|will|would|is|can) (?:this|the|that|it)\b"
)
# ...never beside rest weighed or moving itself named as what helps
_WHY_MOVE_ITSELF_H96 = lazy(
    r"\b(?:rest|resting|lie still|lying still|stay still|staying still|movement|motion)\b"
)


def _resolved_h96(match: _Match, normal: str) -> _Match:
    """Twenty-second session, h96: "why move at all" (or what the move is) chosen, or offered
    beside the benefits, when what the move itself is good for is asked (`_MOVE_GOOD_FOR_H96`):
    its benefits. Never
    beside rest or movement itself named, a word of pain, or beyond the twist."""
    keys = {match.key, *match.options()}
    if (
        keys & {"why_move", "what_is"}
        and keys <= {"why_move", "benefits", "what_is"}
        and _MOVE_GOOD_FOR_H96.search(normal)
        and not _WHY_MOVE_ITSELF_H96.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    ):
        return replace(match, key="benefits", runners_up=())
    return match


# twenty-third session, h98: more work on the stiffer side asked ("more reps for my tight leg",
# "do the harder side twice"): the uneven sides' answer (don't force the stiffer one to match),
# never the count of reps
_STIFF_SIDE_H98 = (
    r"(?:stiff|stiffer|stiffest|tight|tighter|tightest|hard|harder|tricky|trickier|difficult"
    r"|weak|weaker|worse|bad|less flexible|less bendy|restricted|limited|short|shorter|slow"
    r"|slower|lazy|lazier|stubborn|stuck|tougher|tough)"
)
_MORE_ON_STIFF_SIDE_H98 = lazy(
    r"\b(?:extra|more|additional|longer|twice|double|a few more|a bit more|spend more)\b"
    r"(?: \w+){0,3}? (?:on|for|with|to) (?:the|my|that|this) (?:left |right )?"
    + _STIFF_SIDE_H98
    + r" (?:side|leg|knee|hip|one)\b"
    r"|\b(?:work|do|train|stretch|repeat|hold|focus on|give) (?:the|my|that) (?:left |right )?"
    + _STIFF_SIDE_H98
    + r" (?:side|leg|knee|hip|one)\b(?: \w+){0,3}? (?:more|extra|longer|twice|double"
    r"|again)\b"
    r"(?! (?:likely|prone|at risk|painful|sore)\b)"
)
_SIDE_WORK_TOPICS_H98 = frozenset(
    {
        "reps_sets",
        "uneven_sides",
        "progression",
        "hold_time",
        "which_side_first",
        "return_switch",
        "range_of_motion",
        "dont_force",
        "how_often",
        "leg_sweep",
        "benefits",
        "dynamic_benefits",
    }
)

# twenty-third session, h98: the nose, the face or the forehead told pressed flat into the mat
# ("my face gets mashed on the floor, how should i lie my head"): the head's own answer, never
# the set-up's (the bare place of the forehead asked stays the set-up's, round 33)
_FACE_PRESSED_H98 = lazy(
    r"\b(?:my |the )?(?:nose|face|forehead|chin|cheek)s?\b(?: \w+){0,3}? (?:squish\w*"
    r"|squash\w*|smush\w*|flatten\w*|pressed|mashed|crushed|jammed|squeezed|smooshed"
    r"|scrunched)(?: \w+)?(?: (?:into|against|onto|on|in) (?:the |my )?(?:mat|floor|ground"
    r"|carpet|rug))?\b"
)
_HEAD_TOPICS_H98 = frozenset(
    {"setup_start", "foot_placement", "head_gaze", "mat", "where_to_do", "shoulders_down", "how_to"}
)


def _resolved_h98(match: _Match, normal: str) -> _Match:
    """Twenty-third session, h98: a reps' or sides' topic, or a "Did you mean" between them,
    resolved when more work on the stiffer side is asked (`_MORE_ON_STIFF_SIDE_H98`): the
    uneven sides; a set-up topic when the face is told pressed into the mat
    (`_FACE_PRESSED_H98`): head and gaze. Never beside a word of pain or beyond the
    twist."""
    keys = {match.key, *match.options()}
    if _PAIN_WORD_46.search(normal) or _beyond_the_twist(normal) != "no":
        return match
    if keys <= _SIDE_WORK_TOPICS_H98 and _MORE_ON_STIFF_SIDE_H98.search(normal):
        return replace(match, key="uneven_sides", runners_up=())
    if keys <= _HEAD_TOPICS_H98 and _FACE_PRESSED_H98.search(normal):
        return replace(match, key="head_gaze", runners_up=())
    return match


# twenty-third session, h99: a higher count of sets (or rounds) asked against the one kept now
# ("up it to four rounds yet or keep to three", "is it time for a third set", "add another set
# now?"): reps and sets or the progression (both say when to add), never a "Did you mean"
_COUNT_H99 = (
    r"(?:\d+|one|two|three|four|five|six|a second|a third|a fourth|another|an extra|one more)"
)
_SETS_H99 = r"(?:sets?|rounds?)"
_MORE_SETS_H99 = lazy(
    r"\b(?:go|going|move|moving|step|stepping|bump|bumping|jump|jumping|up|upping|increase"
    r"|increasing|raise|raising|add|adding|build|building)"
    r"(?: it| things| that)?(?: up)?(?: to| towards| on)? " + _COUNT_H99 + r" " + _SETS_H99 + r"\b"
    r"|\btime for " + _COUNT_H99 + r" " + _SETS_H99 + r"\b"
    r"|\b(?:stay|staying|stick|sticking|keep|keeping|remain|remaining)(?: it)? (?:at|with|on|to) "
    + _COUNT_H99
    + r"(?: "
    + _SETS_H99
    + r")?\b"
)
# ...beside a count of sets named, and the step up asked as a choice or a when
_STEP_ASKED_H99 = lazy(
    r"\b(?:or|yet|now|already|ready|time)\b|\b(?:should|shall|can|could|do) (?:i|we)\b"
)
# ...never one side's own sets (the sides weighed: the uneven sides' answer)
_ONE_SIDE_H99 = lazy(
    r"\b(?:left|right)\b|\b(?:one|other|tight\w*|stiff\w*|weak\w*|bad|hard\w*|good|better"
    r"|easier) (?:side|leg)\b"
)
_SETS_NAMED_H99 = lazy(r"\b" + _COUNT_H99 + r" " + _SETS_H99 + r"\b")
_SETS_TOPICS_H99 = frozenset(
    {"reps_sets", "progression", "progress", "reminders", "how_often", "hold_time"}
)

# twenty-third session, h99: the leg's way back to the start asked ("how does the knee return
# afterwards", "do I lift my leg back up the way it went"): the return and switch, never the
# sweep over, which the leg's words pull towards; never back and forth (the moving style)
_LEG_BACK_H99 = lazy(
    r"\b(?:bring|bringing|get|getting|take|taking|move|moving|lift|lifting|swing|swinging|carry"
    r"|carrying|roll|rolling|return|returning|put|putting|sweep|sweeping)"
    r" (?:the|my|your|that) (?:leg|knee|foot|legs|knees)(?: \w+)? back\b(?! and forth)"
    r"|\b(?:leg|knee|foot|legs|knees) (?:come|comes|coming|go|goes|going|get|gets|getting|return"
    r"|returns|returning|travel\w*|swing\w*)(?: \w+)? back\b(?! and forth)"
    r"|\b(?:return|returning|returns) (?:the|my|your) (?:leg|knee|foot)\b"
    r"|\b(?:leg|knee|foot) (?:return|returns|returning)\b"
)
_LEG_BACK_TOPICS_H99 = frozenset(
    {"leg_sweep", "return_switch", "speed_rhythm", "how_to", "hold_time", "range_of_motion"}
)


def _sets_raised_h99(normal: str) -> bool:
    """Twenty-third session, h99: a higher count of sets asked against the one kept now
    (`_MORE_SETS_H99`), a count of sets named, a step or a when asked; no seconds named (the
    hold's), no one side's sets (`_ONE_SIDE_H99`), no word of pain, nothing beyond the twist."""
    return (
        bool(_MORE_SETS_H99.search(normal))
        and bool(_SETS_NAMED_H99.search(normal))
        and bool(_STEP_ASKED_H99.search(normal))
        and not _SECONDS_NAMED_56.search(normal)
        and not _ONE_SIDE_H99.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


def _resolved_h99(match: _Match, normal: str) -> _Match:
    """Twenty-third session, h99: a "Did you mean" (or a near topic) resolved when a higher count
    of sets is asked against the one kept now (`_MORE_SETS_H99`): the topic of the two that
    answers it (reps and sets, else the progression); the sweep's topics when the leg's way back
    is asked (`_LEG_BACK_H99`): the return and switch. Never beside a word of pain or beyond the
    twist."""
    keys = {match.key, *match.options()}
    if _PAIN_WORD_46.search(normal) or _beyond_the_twist(normal) != "no":
        return match
    if (
        keys & {"reps_sets", "progression"}
        and keys <= _SETS_TOPICS_H99
        and (match.options() or match.key not in {"reps_sets", "progression"})
        and _sets_raised_h99(normal)
    ):
        key = match.key if match.key in {"reps_sets", "progression"} else "progression"
        return replace(match, key=key, runners_up=())
    if (
        keys & {"leg_sweep", "return_switch"}
        and keys <= _LEG_BACK_TOPICS_H99
        and _LEG_BACK_H99.search(normal)
    ):
        return replace(match, key="return_switch", runners_up=())
    return match


def _resolved_h92(match: _Match, normal: str) -> _Match:
    """Twenty-first session, h92: a "Did you mean" (or a near topic) resolved when one topic is
    plainly what is asked: the moving version's tempo, why sweep rather than hold, the foot's
    place at the end, another way for arms out wide, the hand driving the leg over. Never beside
    a word of pain or beyond the twist."""
    if _PAIN_WORD_46.search(normal) or _beyond_the_twist(normal) != "no":
        return match
    keys = {match.key, *match.options()}
    if (
        keys & {"speed_rhythm", "hold_time", "reps_sets", "dynamic_benefits"}
        and keys <= _TEMPO_TOPICS_H92
        and _TEMPO_ASKED_H92.search(normal)
        and not _HOLD_ASKED_H92.search(normal)
        and not _SPEED_OF_RESULT_S17.search(normal)
        and not _SWEEP_OVER_HOLD_H92.search(normal)
    ):
        return replace(match, key="speed_rhythm", runners_up=())
    if (
        keys & {"dynamic_benefits", "hold_vs_flow"}
        and keys <= _SWEEP_TOPICS_H92
        and _SWEEP_OVER_HOLD_H92.search(normal)
    ):
        return replace(match, key="dynamic_benefits", runners_up=())
    if (
        keys & {"foot_placement", "foot_not_reaching"}
        and keys <= {"foot_placement", "foot_not_reaching", "leg_sweep"}
        and _FOOT_AT_END_H92.search(normal)
        and _AT_THE_END_H92.search(normal)
        and not _FOOT_CANT_REACH_H92.search(normal)
    ):
        return replace(match, key="foot_placement", runners_up=())
    if (
        keys == {"hand_support", "cactus_arms"}
        and _ARMS_WIDE_H92.search(normal)
        and _ANOTHER_WAY_H92.search(normal)
        and not _ARMS_STRANGE_GUARD_H87.search(normal)
    ):
        return replace(match, key="hand_support", runners_up=())
    if (
        match.key not in _NOT_THE_MOVE
        and _HAND_DRIVES_LEG_H92.search(normal)
        and not _ARMS_STRANGE_GUARD_H87.search(normal)
    ):
        return replace(match, key="dont_force", runners_up=())
    return match


# twenty-third session, h100: the bot asked to nag, pester or ping the writer at a time or a
# frequency ("could you pester me at 8pm daily", "hassle me twice a week"): the reminders
_NAG_ASKED_H100 = lazy(
    r"(?:\b(?:can|could|would|will|pls|please|plz|should|do|is it possible to) (?:you |u |ya"
    r" |the bot |this bot |it )?(?:please |pls |maybe |just )?|^(?:\w+ ){0,2}?(?:please |pls )?)"
    r"(?:nag|pester|hassle|badger|ping|poke|prod|nudge|bug|chase|buzz|remind) (?:me|us)\b"
    r"(?! (?:how|what|which|why|where|who)\b)(?: \w+){0,6}? (?:every|each|daily|weekly|nightly"
    r"|at \d+|\d+ ?(?:am|pm)|o clock|mornings?|evenings?|nights?|tomorrow|twice|once a|a day"
    r"|a week|weekdays?|when i forget|if i forget)\b"
)
# ...where to see or check whether the writer is improving ("can I track whether I'm getting
# any better", "is there a way to check if I'm making progress"): the progress the bot keeps;
# "how can I tell if I'm improving" (the signs of it) stays the progression
_IMPROVING_SEEN_H100 = lazy(
    r"\b(?:see|check|track|measure|monitor|view|look at)\b(?: \w+){0,2}?"
    r" (?:if |whether |that )?(?:i m |i am |im |i have been |i ve been )?(?:actually |really"
    r" |even |truly )?(?:improv\w*|getting (?:any )?better|making (?:any |some )?progress"
    r"|progressing)\b"
)
# ...why bother with the sweeping version when holding seems to do ("why do the sweeping
# version at all, surely holding still works"): what the movement adds
_SWEEP_DOUBTED_H100 = lazy(
    r"\b(?:why (?:bother|even bother|do|should i do|would i do|do i need|even do)|what s the"
    r" point (?:of|in)|what is the point (?:of|in)|is there (?:any )?point (?:in|to))\b"
    r"(?: \w+){0,6}? (?:sweep\w*|swing\w*|rock\w*|wiper\w*|side to side|back and forth"
    r"|dynamic|moving version|flow\w*)\b(?: \w+){0,10}? (?:hold\w*|static|keeping still"
    r"|staying still)\b"
)
# ...whether the move works a muscle of the trunk ("does this even work my obliques", "will it
# target the core at all"): the muscles of the twist
_TRUNK_WORKED_H100 = lazy(
    r"\b(?:does|do|will|would|can|could|is|might) (?:it|this|the twist|this twist|the move|this"
    r" move|the stretch|this stretch|the exercise|this exercise|this thing)(?: \w+){0,2}?"
    r" (?:hit|work|target|train|engage|activate|tone|strengthen|use|involve)\w* (?:my |the |your"
    r" |any )?(?:\w+ )?(?:obliques?|abs|core|abdominals?|side abs|love handles|waist)\b"
)
# ...another workout asked for ("write me a leg day routine", "a full body plan for summer"):
# beyond the bank, never a routine with the twist in it
_OTHER_WORKOUT_H100 = lazy(
    r"\b(?:give|write|make|send|plan|design|build|create|suggest|recommend|want|show)\b"
    r"(?: \w+){0,3}? (?:ab|abs|core|six ?pack|leg day|legs?|arms?|chest|glutes?|bum|upper body"
    r"|lower body|full body|whole body|hiit|cardio|gym|strength|weights?|bulking|cutting|back"
    r" and biceps|push|pull)"
    r" (?:day )?(?:workout|routine|programme|program|plan|circuit|split|regime)s?\b"
)
_TWIST_NAMED_H100 = lazy(r"\b(?:twist\w*|this (?:stretch|move|exercise)|the (?:stretch|move))\b")


def _asked_in_banter_h100(normal: str) -> str | None:
    """Twenty-third session, h100: the topic a jokey question asks plainly (the reminders, the
    progress kept, what the sweep adds, the trunk's muscles), or "decline" for another workout
    asked; None otherwise, and never beside a word of pain or beyond the twist."""
    if _OTHER_WORKOUT_H100.search(normal) and not _TWIST_NAMED_H100.search(normal):
        return "decline"
    if _PAIN_WORD_46.search(normal) or _beyond_the_twist(normal) != "no":
        return None
    if _NAG_ASKED_H100.search(normal):
        return "reminders"
    if _IMPROVING_SEEN_H100.search(normal):
        return "progress"
    if _SWEEP_DOUBTED_H100.search(normal):
        return "dynamic_benefits"
    if _TRUNK_WORKED_H100.search(normal):
        return "twist_muscles"
    return None


# twenty-third session, h100: what the bot screens or checks people for, asked ("what signs does
# the app screen users for", "do you screen for anything before a session"): the warning signs
_SCREENING_ASKED_H100 = lazy(
    r"\b(?:bot|app|you|u|chatbot|coach|system|thing|programme|program)(?: \w+){0,2}?"
    r" (?:screen|screens|screening)(?: (?:people|users|patients|me|us|anyone|everyone|clients))?"
    r"(?: \w+){0,2}? (?:for|about|against)\b"
    r"|\b(?:what|which) (?:symptoms|signs|red flags|warning signs|conditions|things) (?:do|does"
    r"|will|would|can) (?:you|u|the bot|this bot|your bot|the app|this app|your app|it)"
    r" (?:screen|check|ask about|look out for|look for)\b"
)
# ...never what the bot screens in a message or a file ("does the bot screen my messages for
# rude words")
_SCREENED_THING_H100 = lazy(
    r"\b(?:messages?|texts?|words?|chats?|photos?|pictures?|files?|spam|swear\w*|language"
    r"|calls?|emails?|links?)\b"
)


def _plain_about_the_move(normal: str) -> bool:
    """Twenty-fourth session: nothing of pain, the body's trouble or strangeness told, and
    nothing beyond the twist asked: the guard of the bank's readings of a plain question about
    the move (`_palms_way_h105`, `_foot_short_h105`, `_which_first_h106`...)."""
    return (
        not _PAIN_WORD_46.search(normal)
        and not _BODY_TROUBLE_47.search(normal)
        and not _STRANGE_54.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# twenty-fourth session, h103: "help" cried out as a piece of its own beside a sentence that
# itself asks how to use the bot ("help?? what do i do here", "pls help, how does this work"):
# a plea for the bot's help, never the warning signs' "when to get help", no body told beside it
def _help_cry_with_help_h103(text: str) -> bool:
    pieces = [p for p in _CRY_PIECE_H100.split(text) if p.strip()]
    rest = [p for p in pieces if not _HELP_CRY_H100.fullmatch(normalise(p))]
    if len(rest) == len(pieces) or not rest:
        return False
    whole = normalise(text)
    if _BODY_WORDS.search(whole) or _BODY_REPORT.search(whole) or _PAIN_WORD_46.search(whole):
        return False
    cut = ". ".join(p.strip() for p in rest)
    return bool(_HELP.match(normalise(cut))) or _asks_for_help(cut) is not None


# twenty-fourth session, h103: what the twist is asked first, then who told the writer of it
# ("what even is this twist thing, occ health at work told me to look it up", "what is this
# twist, the nurse at work said to try it"): what it is, whoever the teller
_WHAT_IS_THEN_TOLD_H103 = lazy(
    r"^(?:(?:so|ok|okay|um|erm|sorry|hi|hey|right|wait|honestly) )*what (?:even |exactly "
    r"|actually |really |on earth |the heck )?(?:is|s) (?:a |an |the |this |that )?(?:prone "
    r"|lying )?(?:spinal |spine |lower back |floor )?(?:twist|rotation)(?: thing| move"
    r"| exercise| stretch)?(?: \w+){1,8}? (?:told|tells|recommended|suggested|mentioned|said"
    r"|says|sent|gave|referred|advised|showed|prescribed)(?: me| us)?\b(?: \w+){0,6}$"
)


def _what_is_then_told_h103(normal: str) -> bool:
    """Twenty-fourth session, h103: what the twist is asked, then only who told of it
    (`_WHAT_IS_THEN_TOLD_H103`), nothing of the bot, the body or another exercise beside it."""
    return (
        bool(_WHAT_IS_THEN_TOLD_H103.search(normal))
        and not _BOT_ASKED_54.search(normal)
        and not _BODY_WORDS.search(normal)
        and not _PAIN_WORD_46.search(normal)
    )


# twenty-fourth session, h103: a session paused (or stopped) part way and carried on after
# asked ("can i pause mid session and carry on after", "if the phone rings halfway through a
# session can i stop and pick it up again"): the bot's session commands, never a rest in the move
_SESSION_PAUSED_H103 = lazy(
    r"\b(?:pause|stop|break off|leave|quit|exit|step away|nip off|interrupt|put (?:it|the session)"
    r" on hold)\b(?: \w+){0,6}? (?:and |then )?(?:carry on|continue|resume|pick (?:it |up )?(?:up"
    r" )?(?:again|where i left off|later|after)?|come back|go back|start again|restart|finish"
    r" (?:it|the session))\b"
    r"|\b(?:resume|continue|carry on with|pick up|get back (?:in)?to|go back to|come back to)"
    r" (?:a |the |my )?(?:paused |stopped )?session\b"
)
_MID_SESSION_H103 = lazy(
    r"\b(?:mid|middle of (?:a |the |my )?|halfway through (?:a |the |my )?|part way through"
    r" (?:a |the |my )?|during (?:a |the |my )?)session\b|\bsession\b"
)


def _session_paused_h103(normal: str) -> bool:
    """Twenty-fourth session, h103: a session (`_MID_SESSION_H103`) paused and carried on after
    (`_SESSION_PAUSED_H103`), no body or pain told beside it."""
    return (
        bool(_SESSION_PAUSED_H103.search(normal))
        and bool(_MID_SESSION_H103.search(normal))
        and not _BODY_WORDS.search(blanked(_SESSION_PAUSED_H103, normal))
        and not _PAIN_WORD_46.search(normal)
    )


# twenty-fourth session, h103: an arm's part told as bad from the day's work ("wrist is bad from
# typing all day", "my dodgy elbow from the mouse"), as the reason an arm position is awkward:
# why another arm position is wanted, no other body part's question
_ARM_PART_REASON_H103 = lazy(
    r"\b(?:my |the |a |one )?(?:bad|dodgy|stiff|achy|tired|knackered|creaky|grumpy) (?:right "
    r"|left )?(?:wrists?|hands?|elbows?|forearms?|thumbs?|fingers?)\b"
    r"|\b(?:my |the |a |one )?(?:right |left )?(?:wrists?|hands?|elbows?|forearms?|thumbs?"
    r"|fingers?) (?:is |are |s |has been |have been |feels? |gets? )?(?:a bit |bit |kinda |quite"
    r" |pretty |really )?(?:bad|dodgy|stiff|achy|tired|knackered|creaky|grumpy|not great|not the"
    r" best|playing up)\b"
    r"(?: (?:from|after|with|because of|cos of|due to) (?:\w+ ){0,3}?(?:typing|keyboard|mouse"
    r"|computer|laptop|desk|screen|writing|texting|gaming|work|the job|my job|the till|scanning)"
    r"(?: all day| every day| at work| for work| all week)?)?"
)
_ARM_REASON_GUARD_H103 = lazy(
    r"\b(?:since|today|tonight|yesterday|this (?:week|morning)|worse|getting|suddenly|numb\w*"
    r"|tingl\w*|pins and needles|weak\w*|dead|cold|burning|swollen|fell|fall|injur\w*"
    r"|dislocat\w*|broke\w*|broken|fractur\w*|sprain\w*|pops?|popped)\b"
)
_ARM_PLACE_NAMED_H103 = lazy(
    r"\b(?:t position|t shape|arms? out|cactus|goal ?posts?|hands? by|hand (?:on|by|at|near)"
    r"|hands? (?:on|at|near)|palms?|elbows? bent|steady myself|for support|prop)\b"
)


def _arm_reason_for_place_h103(normal: str) -> bool:
    """Twenty-fourth session, h103: an arm position of the move named (`_ARM_PLACE_NAMED_H103`),
    an arm's part told as bad from the day (`_ARM_PART_REASON_H103`), nothing of now, a change,
    a sign or pain (`_ARM_REASON_GUARD_H103`), and nothing else beyond the twist."""
    if not (_ARM_PART_REASON_H103.search(normal) and _ARM_PLACE_NAMED_H103.search(normal)):
        return False
    if _ARM_REASON_GUARD_H103.search(normal) or _PAIN_WORD_46.search(normal):
        return False
    return _beyond_the_twist(blanked(_ARM_PART_REASON_H103, normal)) == "no"


# twenty-fourth session, h104: a session paused or stopped, asked how ("how do i pause the session
# if the baby wakes up", "can i stop a session when the doorbell goes"): the bot's commands,
# whatever interrupts it; never asked whether to stop ("should"), nor beside a feeling or the body
_SESSION_HALT_ASKED_H105 = lazy(
    r"\b(?:how (?:do|can|would|could) (?:i|we|you|u|one)|how to|can (?:i|we|u|you)|could (?:i|we)"
    r"|is there (?:a |an |any )?(?:way|option|button|command) to|is it possible to|what if i"
    r" (?:need|have|want) to|way to)(?: \w+){0,2}? (?:pause|stop|halt|interrupt|break off|put on"
    r" hold|freeze)\b(?: \w+){0,3}? session\b"
    r"|\b(?:pause|halt|interrupt|freeze) (?:a |the |my |this )?session\b"
)
_HALT_GUARD_H105 = lazy(
    r"\b(?:should|feel\w*|felt|tight\w*|pull\w*|pinch\w*|stiff\w*|dizz\w*|numb\w*|tingl\w*"
    r"|weak\w*|sick|faint\w*|breath\w*)\b"
)


def _session_halt_asked_h105(normal: str) -> bool:
    """Twenty-fourth session, h104: how to pause or stop a session asked
    (`_SESSION_HALT_ASKED_H105`), no feeling, body, pain or "should" beside it."""
    return (
        bool(_SESSION_HALT_ASKED_H105.search(normal))
        and not _HALT_GUARD_H105.search(normal)
        and not _BODY_WORDS.search(normal)
        and not _PAIN_WORD_46.search(normal)
    )


# twenty-fourth session, h104: a slash command typed with only the writer's confusion after it
# ("/start ??? im lost", "/menu what do i do now"), or the confusion told alone ("im so lost",
# "totally confused"): how to use the bot, never the command's own topic
_SLASH_COMMAND_H105 = lazy(r"^\s*/[a-z_]+(?:@\w+)?(?=[\s?!.,]|$)")
_LOST_TOLD_H105 = lazy(
    r"(?:(?:ok|okay|so|um|erm|sorry|hi|hey|hello|uh|hmm|wait|lol|ugh|help|pls|please|but|and"
    r"|now) )*(?:i am |i m |am |feeling |feel )?(?:a bit |so |totally |completely |really |very "
    r"|kinda |kind of |bit |well |quite |pretty )?(?:lost|confused|baffled|clueless)"
    r"(?: (?:here|lol|now|already|sorry|haha|tbh|pls|please|help))*"
    # twenty-seventh session, heldout_h114 (ans114): ...and what to do asked after it, nothing
    # else told ("im lost wat do i do", "confused what now"): how to use the bot
    r"(?: (?:what (?:do|should|can) i (?:do|type|press|say)(?: now| here| next| then)?|what now"
    r"|now what|what next|how does (?:this|it) work|what am i (?:meant|supposed) to do)"
    r"(?: (?:lol|pls|please|help|tbh|haha))*)?"
)
_LOST_AFTER_COMMAND_H105 = lazy(
    r"(?:(?:ok|okay|so|um|erm|sorry|hi|hey|uh|hmm|wait|and|now|then) )*(?:what do i do(?: now"
    r"| here| next| then)?|what now|now what|what next|huh|what|where am i|how does (?:this|it)"
    r" work|what is this|i do not (?:get|understand) (?:it|this)|(?:i have )?no idea what to do"
    r"|not sure what to do|what am i (?:meant|supposed) to do|nothing happened|it did nothing)"
)


def _lost_told_h105(text: str) -> bool:
    """Twenty-fourth session, h104: confusion told alone (`_LOST_TOLD_H105`), or after a slash
    command typed as text, which may also be what to do asked (`_LOST_AFTER_COMMAND_H105`)."""
    command = _SLASH_COMMAND_H105.match(text.lower())
    rest = normalise(text[command.end() :] if command else text)
    if not rest:
        return False
    if _LOST_TOLD_H105.fullmatch(rest):
        return True
    return command is not None and bool(_LOST_AFTER_COMMAND_H105.fullmatch(rest))


# twenty-fourth session, h104/h105: which way the palms face, asked ("palms up or palms down on
# the mat", "should my palms face the floor or the ceiling"): the shoulders-and-palms topic,
# answered directly (the setup's arms or the scores' tie made a "Did you mean"), never beside
# the body's trouble or another arm position named
_PALMS_WAY_H105 = lazy(
    r"\bpalms?\b(?: \w+){0,3}? (?:up|down|upwards?|downwards?|face (?:up|down)|facing (?:up|down)"
    r"|(?:the )?(?:floor|ceiling|mat|ground|sky))\b(?: \w+){0,3}? or\b(?: \w+){0,3}? (?:up|down"
    r"|upwards?|downwards?|(?:the )?(?:floor|ceiling|mat|ground|sky))\b"
    r"|\b(?:which|what) (?:way|direction|side)\b(?: \w+){0,3}? palms?\b"
    r"|\bpalms?\b(?: \w+){0,3}? (?:which|what) (?:way|direction)\b"
)
_PALMS_GUARD_H105 = lazy(
    r"\b(?:cactus|elbows?|bent|goal ?posts?|one hand|hand support|prop\w*"
    # ...nor the whole start asked beside it ("starting position: face down, then what do the
    # arms do? palms up or down?"): the setup, which tells of the palms with the rest
    r"|start\w*|set ?up|setting up|what do (?:the|my) arms|face down|lying)\b"
)


def _palms_way_asked_h105(normal: str) -> bool:
    """Twenty-fourth session, h104: which way the palms face asked (`_PALMS_WAY_H105`), no other
    arm position (`_PALMS_GUARD_H105`), pain, trouble or strangeness told, nothing beyond."""
    return (
        bool(_PALMS_WAY_H105.search(normal))
        and not _PALMS_GUARD_H105.search(normal)
        and _plain_about_the_move(normal)
    )


# twenty-fourth session, h104: the foot told as falling short of the floor for a reason of its
# own ("my knee wont bend enough for my foot to get across to the floor", "hips too stiff for my
# foot to reach the mat"): the foot not reaching, never the sweep the reason's words score
_FOOT_SHORT_H105 = lazy(
    r"\b(?:enough|too \w+) (?:for|to let|to get) (?:my |the |your )?(?:foot|feet|toes?)\b"
    r"(?: \w+){0,6}? (?:floor|ground|mat|down)\b"
    r"|\b(?:foot|feet|toes?) (?:will not|can not|cannot|does not|do not|never|is not|are not"
    r"|not|still (?:will|can|does) not)(?: \w+){0,4}? (?:reach|get|go|touch|make it|come)\w*"
    r"(?: \w+){0,3}? (?:floor|ground|mat|down)\b"
)
# twenty-seventh session, heldout_h113 (ans113): the foot told by how far it stays off the floor
# ("my toes are like 20cm off the floor on the other side", "foot still a good few inches above the
# mat", "my foot is nowhere near the ground"): a distance or "nowhere near" between the foot and
# the floor is the foot not reaching, whatever else the scores hear in the message
_FOOT_OFF_BY_ANS113 = lazy(
    r"\b(?:foot|feet|toes?)\b(?: \w+){0,4}? (?:(?:\d+ ?(?:cm|mm|inch\w*|in|centimet\w*|ft|foot"
    r"|feet)?|(?:\w+ ){0,3}?(?:cm|mm|inch\w*|centimet\w*|ft|miles?|ways?|foot|hand s width))"
    r" (?:off|above|short of|away from|from|clear of)|nowhere near|not (?:even )?(?:near|close to))"
    r" (?:the |my )?(?:floor|ground|mat)\b"
)
# ...never the foot lifted, raised or held off the floor on purpose ("i lift my feet a few inches
# off the floor", "hold your feet 10cm above the ground"): another exercise's or a fault's
_FOOT_LIFTED_ANS113 = lazy(
    r"\b(?:lift\w*|rais\w*|hold\w*|held|keep\w*|kept|comes? up|came up|coming up|pops? up"
    r"|popp\w* up|peel\w*|float\w* up)\b"
)


def _foot_short_h105(normal: str) -> bool:
    """Twenty-fourth session, h104: the foot told as falling short of the floor
    (`_FOOT_SHORT_H105`), no pain, trouble or strangeness told, nothing beyond the twist;
    twenty-seventh session, heldout_h113 (ans113): or told by its distance off the floor
    (`_FOOT_OFF_BY_ANS113`), never lifted on purpose (`_FOOT_LIFTED_ANS113`)."""
    off_by = (
        any(word in normal for word in ("foot", "feet", "toe"))
        and bool(_FOOT_OFF_BY_ANS113.search(normal))
        and not _FOOT_LIFTED_ANS113.search(normal)
    )
    return (bool(_FOOT_SHORT_H105.search(normal)) or off_by) and _plain_about_the_move(normal)


# twenty-fourth session, h105: a run-on (voice-typed) message that marks its question ("...lol
# but question is how long should i hold it because a video said 30 sec"): what follows the
# marker is what is asked, a reason after it ("because a video said...") set aside
_QUESTION_MARKER_H105 = lazy(
    r"\b(?:(?:my|the|a|one|quick|real|main|actual|only) )*(?:question|q) (?:is|was|being"
    r"|though|tho)\b(?: (?:just|basically|really|simply|though|tho))*"
)
_REASON_TAIL_H105 = lazy(r" (?:because|cos|cause|coz|since|as) .*$")
# ...and the body told only as better before it ("my back feels looser"), nothing of a change
_GAINS_H105 = lazy(
    r"\b(?:looser|better|easier|freer|less stiff|great|brilliant|amazing|helping|helped|improv\w*"
    r"|not groaning|not creaking|loving it|enjoying it)\b"
)
_GAINS_GUARD_H105 = lazy(
    r"\b(?:but (?:my|the|then|now|since|lately|recently|today)|since|lately|recently|suddenly"
    r"|new|odd|weird|funny|strange|worse|numb\w*|tingl\w*|weak\w*|dizz\w*|pins and needles"
    r"|bladder|bowels?|toilet|pee|wee|groin|saddle|fever\w*|night|leak\w*)\b"
)


def _marked_question_h105(normal: str) -> str | None:
    """Twenty-fourth session, h105: the question after a marker (`_QUESTION_MARKER_H105`),
    less a reason after it, when the preamble tells nothing of pain or trouble; else None."""
    found = list(_QUESTION_MARKER_H105.finditer(normal))
    if not found:
        return None
    marker = found[-1]
    preamble, asked = normal[: marker.start()], normal[marker.end() :].strip()
    asked = _REASON_TAIL_H105.sub("", asked).strip()
    if len(asked.split()) < 3:
        return None
    if (
        _PAIN_WORD_46.search(normal)
        or _BODY_TROUBLE_47.search(normal)
        or _STRANGE_54.search(preamble)
        or _GAINS_GUARD_H105.search(preamble)
    ):
        return None
    return asked


def _gains_then_asked_h105(question: str) -> bool:
    """Twenty-fourth session, h105: a marked question (`_marked_question_h105`) after a preamble
    that tells of the body only as better (`_GAINS_H105`): the learned reader's air of a report
    is the gains'."""
    normal = normalise(question)
    asked = _marked_question_h105(normal)
    if asked is None:
        return False
    return bool(_GAINS_H105.search(normal[: normal.rfind(asked)]))


# twenty-fourth session, h106: a part of the move told as right now, then a new trouble after
# "but" with a fix asked ("foot's on the floor now but my right shoulder has lifted right off the
# mat, how do i fix"): the part told right pulled the whole message to its own topic (the foot's
# place) or to a "Did you mean" between its neighbours; what is asked is the trouble after the turn
_SETTLED_THEN_H106 = lazy(
    r"^(?P<settled>(?:\w+ ){1,8}?(?:now|finally|at last|sorted|fixed|fine|ok|okay))"
    r" but (?:now )?(?P<rest>(?:\w+ ){3,}\w+)$"
)
# ...the trouble's fix asked after it ("how do i fix", "how do i stop it", "what do i do")
_FIX_ASKED_H106 = lazy(
    r"\b(?:how (?:do|can|should) i (?:fix|stop|keep|sort|correct|change|prevent|avoid)"
    r"|what (?:do|should|can) i do|any (?:tips|fix|advice)|how to (?:fix|stop|keep))\b"
)


def _settled_then_asked_h106(normal: str) -> str | None:
    """Twenty-fourth session, h106: the trouble after "but" (`_SETTLED_THEN_H106`) when its fix
    is asked (`_FIX_ASKED_H106`) and nothing of pain or of the body's trouble is told anywhere
    (a pain or a sign keeps the whole message, for the triage and the bank); else None."""
    found = _SETTLED_THEN_H106.match(normal)
    if found is None or not _FIX_ASKED_H106.search(found.group("rest")):
        return None
    if _PAIN_WORD_46.search(normal) or _BODY_TROUBLE_47.search(normal):
        return None
    return found.group("rest")


# twenty-fourth session, h106: which leg (or side) goes first asked by what is done with it
# ("which leg do i cross over first", "what side do you start the sweep on first"): the order of
# the sides, never the sweep the doing's words score; nothing of the body's trouble beside it.
# Which knee or foot goes first is the sweep's own steps (h92, h100), never this
_WHICH_FIRST_H106 = lazy(
    r"\b(?:which|what) (?:leg|side|one)\b(?: \w+){0,5}? first\b(?! thing)"
    r"|\b(?:start|begin|lead)\w* (?:with|on) (?:which|what) (?:leg|side|one)\b"
)


def _which_first_h106(normal: str) -> bool:
    """Twenty-fourth session, h106: which leg or side goes first asked (`_WHICH_FIRST_H106`), no
    pain, trouble or strangeness told, nothing beyond the twist."""
    return bool(_WHICH_FIRST_H106.search(normal)) and _plain_about_the_move(normal)


# twenty-fourth session, h106: the session's timer (or countdown) named, then how to pause or
# stop "it" asked ("the timer started before i was set up, how do i pause it", "can i stop the
# countdown"): the bot's commands, as a session paused is (`_session_halt_asked_h105`)
_TIMER_HALT_H106 = lazy(
    r"\b(?:timer|countdown|clock)\b(?: \w+){0,12}? (?:how (?:do|can|would|could) (?:i|we|you|u)"
    r"|how to|can (?:i|we|u|you)|is there (?:a |any )?way to)(?: \w+){0,2}? (?:pause|stop|halt"
    r"|freeze|hold) (?:it|that|this)\b"
    r"|\b(?:how (?:do|can|would|could) (?:i|we|you|u)|how to|can (?:i|we|u|you)"
    r"|is there (?:a |any )?way to)(?: \w+){0,2}? (?:pause|stop|halt|freeze)"
    r" (?:the |a |my |this )?(?:timer|countdown)\b"
)


def _timer_halt_h106(normal: str) -> bool:
    """Twenty-fourth session, h106: how to pause the timer asked (`_TIMER_HALT_H106`), with the
    same guards as a session's pause (`_HALT_GUARD_H105`, the body, pain)."""
    return (
        bool(_TIMER_HALT_H106.search(normal))
        and not _HALT_GUARD_H105.search(normal)
        and not _BODY_WORDS.search(normal)
        and not _PAIN_WORD_46.search(normal)
    )


# twenty-fourth session, h106: whether the bot keeps what the writer sends, or who sees it ("do
# you keep the pain numbers i send you? who sees them", "are my scores stored anywhere"): the
# privacy topic, whatever the kept thing is named (a pain number would score the pain scale)
_SENT_THING_H106 = (
    r"(?:(?:pain |check ?in |daily )?(?:numbers?|scores?|ratings?|answers|replies|messages|data"
    r"|info|information|details|records|logs?|results|history|chats?)|what i (?:send|type|tell"
    r"|give|write)|(?:everything|anything|stuff|things) i (?:send|type|tell|give|write))"
)
_KEPT_ASKED_H106 = lazy(
    r"\b(?:do|does|will|would|did) (?:you|u|the bot|this bot|it|the app|this app) (?:\w+ )?"
    r"(?:keep|store|save|record|log|hold on to|share|delete|remember)\b(?: \w+){0,3}? "
    + _SENT_THING_H106
    + r"\b"
    r"|\b(?:are|is) (?:my |the |all my )?(?:\w+ )?"
    + _SENT_THING_H106
    + r" (?:kept|stored|saved|recorded|logged|shared|deleted)\b"
    r"|\bwho (?:sees|can see|gets to see|has access to|reads|can read|looks at) (?:them|it|my"
    r" \w+|the \w+|what i \w+|those|these)\b"
)


def _kept_asked_h106(normal: str) -> bool:
    """Twenty-fourth session, h106: whether what the writer sends is kept or seen asked
    (`_KEPT_ASKED_H106`), nothing of the body's trouble beside it (the kept thing's own "pain"
    set aside)."""
    if not _KEPT_ASKED_H106.search(normal):
        return False
    rest = blanked(_KEPT_ASKED_H106, normal)
    return (
        not _BODY_TROUBLE_47.search(rest)
        and not _STRANGE_54.search(rest)
        and not _PAIN_WORD_46.search(rest)
        and _beyond_the_twist(normal) == "no"
    )


# twenty-fourth session, h106: the knee (or leg) told as only just getting across the middle
# ("my knee barely gets past the middle", "leg only goes halfway over"), whether that is fine
# asked: the range of the move, never a decline for a knee named
_SHORT_RANGE_H106 = lazy(
    r"\b(?:knees?|legs?|foot|feet)\b(?: \w+){0,2}? (?:barely|hardly|only|just about|just|only just"
    r"|does not|will not|can not|cannot|do not|won t|doesn t|can t) (?:\w+ )?(?:gets?|go|goes"
    r"|come|comes|make it|makes it|move|moves|cross|crosses|reach\w*|drop|drops|swing|swings)"
    r"(?: \w+){0,2}? (?:past|over|across|beyond|to|halfway|half way)\b(?: the)?"
    r" (?:middle|midline|centre|center|halfway|half way|half|other side)\b"
    r"|\b(?:knees?|legs?)\b(?: \w+){0,2}? (?:only |just )?(?:gets?|go|goes|comes?|moves?|crosses)"
    r" (?:about |like )?(?:halfway|half way|half) (?:over|across)\b"
)


# ...never a range told lost or changed ("since yesterday my knee only gets halfway", "my leg
# suddenly only goes halfway"): that is a change of the body, the triage's and the net's to weigh
_RANGE_CHANGED_H106 = lazy(
    r"\b(?:since|suddenly|sudden|any ?more|no longer|used to|lately|recently|started|starting"
    r"|today|yesterday|this (?:week|morning|evening)|last (?:night|week)|worse|getting|less than"
    r"|now only|not any more)\b"
)


def _short_range_h106(normal: str) -> bool:
    """Twenty-fourth session, h106: the leg told as only just crossing the middle
    (`_SHORT_RANGE_H106`), no pain, trouble, strangeness or change told, nothing beyond the
    twist."""
    return (
        bool(_SHORT_RANGE_H106.search(normal))
        and not _RANGE_CHANGED_H106.search(normal)
        and _plain_about_the_move(normal)
    )


# twenty-fourth session, h106: why the foot (or knee) must go to the floor asked ("why does the
# foot need to go to the floor, what's the reasoning"): why the cues are given, never the foot
# not reaching, which the floor's words score; nothing of the foot falling short beside it
_FOOT_CUE_WHY_H106 = lazy(
    r"\bwhy (?:does|do|must|should|has|have) (?:the|my|your|a|our) (?:foot|feet|knee|knees|toes)"
    r" (?:\w+ )?(?:need to|have to|has to|got to|gotta|go|get|be|rest|touch|sit|land|stay)\b"
    r"(?: \w+){0,4}? (?:floor|ground|mat|down)\b"
    r"|\b(?:point|purpose|reason|reasoning|rationale|logic) (?:of|for|behind) (?:\w+ ){0,2}?"
    r"(?:foot|feet|knee|toes)\b(?: \w+){0,4}? (?:floor|ground|mat|down)\b"
)
_FOOT_SHORT_TOLD_H106 = lazy(
    r"\b(?:not|never|cannot|can t|won t|doesn t|barely|hardly|only|short|hover\w*|reach\w*"
    r"|struggle\w*)\b"
)


def _foot_cue_why_h106(normal: str) -> bool:
    """Twenty-fourth session, h106: why the foot must reach the floor asked
    (`_FOOT_CUE_WHY_H106`), never beside the foot told as falling short, pain or trouble."""
    return (
        bool(_FOOT_CUE_WHY_H106.search(normal))
        and not _FOOT_SHORT_TOLD_H106.search(normal)
        and _plain_about_the_move(normal)
    )


# twenty-fourth session, h106: a saying about a joint the twist does not use asked in general
# ("is it true cracking your knuckles gives you arthritis", "does clicking your fingers cause
# arthritis"): beyond the twist, never what to do if it hurts in the move; never beside the
# back, the hips, the legs or the move, nor the writer's own "my"
_OTHER_PART_MYTH_H106 = lazy(
    r"\b(?:is it true|is it a myth|myth|do|does|can|will|would|could)\b(?: \w+){0,4}?"
    r" (?:your|the|ur|one s|people s)? ?(?:knuckles?|fingers?|thumbs?|toes?|jaw|wrists?|ankles?"
    r"|neck)\b(?: \w+){0,3}? (?:gives?|give you|cause|causes|lead to|leads to|ruins?|wears? out"
    r"|damages?|bad for)\b"
)
_TWIST_OR_OWN_H106 = lazy(
    r"\b(?:my|mine|i|me|back|spine|hips?|legs?|knees?|twist\w*|stretch\w*|move|exercise"
    r"|session|sweep|mat|now|today)\b"
)


def _other_part_myth_h106(normal: str) -> bool:
    """Twenty-fourth session, h106: a general saying about another joint asked
    (`_OTHER_PART_MYTH_H106`), nothing of the writer's own body, now or the move beside it."""
    return bool(_OTHER_PART_MYTH_H106.search(normal)) and not _TWIST_OR_OWN_H106.search(normal)


# twenty-fifth session, heldout_h107: an ache told as felt after the session with the word
# "after" standing alone ("done. bit achy after, is that normal?", "a little sore after, normal?"):
# later on, as `_LATER_ON` reads "afterwards"; "after" followed by what caused it stays unread
_ACHE_AFTER_BARE_H107 = lazy(
    r"\b(?:ach\w*|sore\w*|stiff\w*|tender\w*|tight\w*|niggl\w*)\s+(?:after|afterwards?)"
    r"(?:\s+(?:it|that|this|doing (?:it|that|this)|it all|finishing))?\s*(?:[,.;:!?\n]|$)"
)


def _ache_after_bare_h107(text: str) -> bool:
    """Twenty-fifth session, h107: an ache told as felt "after", nothing after the word but a
    stop or the session's pronoun (`_ACHE_AFTER_BARE_H107`), read on the message's own text."""
    return bool(_ACHE_AFTER_BARE_H107.search(text.lower()))


# twenty-fifth session, heldout_h107: a meal told as the clock time a reminder is moved from ("move
# the reminder to 8pm, 7 is dinner", "dinner is at 7", "7 clashes with tea"): a time of the day,
# no food asked (read only beside a reminder asked, `_REMINDER_ASKED_40`)
_MEAL_H107 = r"(?:lunch|lunchtime|breakfast|dinner|dinnertime|supper|teatime|tea)(?: ?time)?"
_MEAL_AS_TIME_H107 = lazy(
    r"\b(?:\d{1,2}(?: ?(?:am|pm|ish|o ?clock))?|that|thats|that s|it|its|it s|then|which|when)"
    r" (?:is |s |was |will be )?(?:usually |always |normally |often |right in |in the middle of )?"
    r"(?:my |our |the |family |when (?:we|i) (?:have|eat) (?:my |our )?)?" + _MEAL_H107 + r"\b"
    r"|\b" + _MEAL_H107 + r"(?: is| s| are)? (?:usually |always |normally )?(?:at|around|about"
    r"|from|till|until|by) (?:\d{1,2}|six|seven|eight|nine|five|twelve|one)\b"
    r"|\b(?:clash\w*|conflict\w*|overlap\w*|interrupt\w*|in the middle of|right on) (?:with )?"
    r"(?:my |our |the |family )?" + _MEAL_H107 + r"\b"
    r"|\b(?:we|i) (?:have|eat|do|cook) (?:my |our |the )?" + _MEAL_H107 + r" (?:at|around"
    r"|about) \d{1,2}\b"
)


# twenty-fifth session, heldout_h107: "new here" with only a greeting before it ("hi sorry new
# here what do i press"): the greeting is an edge word like the apology (`_EDGE_WORDS_S18`)
_GREETING_EDGE_H107 = lazy(
    r"^(?:(?:hi|hey|hello|hiya|heya|yo|howdy|morning|good morning|evening|good evening|there"
    r"|all|everyone|ok|okay|um|erm|oh|right|sorry|soz|sry|apologies|so|and|but|i m|im|i am)"
    r" )+"
)


# twenty-fifth session, heldout_h107: sciatica named, then whether the move is safe with it or
# will flare it up ("i have sciatica, diagnosed, stable for months. is this safe or will it flare
# it up"): the sciatica topic, whatever pain topic the closing question scores alone for
_SAFE_OR_FLARE_H107 = lazy(
    r"\b(?:is|would|will) (?:this|it|the (?:twist|stretch|move|exercise)|that) (?:be )?(?:safe"
    r"|ok|okay|alright|all right|suitable|a good idea|a bad idea|risky)\b"
    r"|\bsafe (?:for me|to do|with it|with that)\b"
    r"|\b(?:flare|flares|flaring|set|sets|setting|kick|kicks|stir|stirs) (?:it |that |things |this"
    r" |my \w+ )?(?:up|off)\b"
    r"|\b(?:aggravate|irritate|worsen|make (?:it|that|things|this|my \w+) worse)\b"
)
_SCIATICA_PAIN_TOPICS_H107 = frozenset({"pain_through", "if_it_hurts", "pain_after", "check_first"})


def _sciatica_safe_asked_h107(normal: str) -> bool:
    """Twenty-fifth session, h107: sciatica named and the move's safety or a flare-up asked
    (`_SAFE_OR_FLARE_H107`), nothing of the move's own moments (`_DURING_MOVE`) beside it."""
    return (
        bool(_SCIATICA.search(normal))
        and bool(_SAFE_OR_FLARE_H107.search(normal))
        and not _DURING_MOVE.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# twenty-fifth session, heldout_h107: whether the bot does the move along with the writer or
# only gives steps to read ("do you do the stretch along with me or do i just read the steps",
# "will you talk me through it or is it just text"): what the bot is and does (it guides each
# step, times holds): about the bot, never how to do the move
_GUIDED_ASKED_H107 = lazy(
    r"\b(?:do|does|will|would|can|could) (?:you|u|the bot|this bot|it|this thing|the app)"
    r" (?:actually |really |also )?(?:do|doing|go|follow) (?:the \w+ |it |this |them )?(?:along )?"
    r"with me\b"
    r"|\b(?:you|u|the bot)\b(?: \w+){0,4}? (?:along with me|alongside me|with me live"
    r"|in real time)\b"
    r"|\b(?:you|u|the bot|this bot)\b(?: \w+){0,6}? (?:or|just|only) (?:do i |will i |i )?"
    r"(?:just |only )?(?:read|follow)\b"
    r"|\b(?:you|u|the bot|this bot)\b(?: \w+){0,6}? or is it (?:just |only )?(?:text|words"
    r"|instructions|reading)\b"
)


def _guided_asked_h107(normal: str) -> bool:
    """Twenty-fifth session, h107: how the bot takes the writer through the move asked
    (`_GUIDED_ASKED_H107`), no pain, trouble or body part beside it."""
    return (
        bool(_GUIDED_ASKED_H107.search(normal))
        and not _PAIN_WORD_46.search(normal)
        and not _BODY_WORDS.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# twenty-fifth session, heldout_h107, h109 and h110: a part other than the back, hips or legs
# told aching, from an everyday habit or a sport ("my neck hurts from looking at my phone all
# day", "my shoulder hurts doing front crawl", "a good stretch for my neck, its been cricked all
# week", "my knee hurts when i run"), its fix asked: another body part's treatment, declined
# towards a clinician, never the question whether the pain is now; never told during the move,
# nor beside numbness or tingling, the arms' or hands', a fall, an accident or a blow, a
# headache, anything sudden or worse, or the back or the legs
_OTHER_PART = (
    r"(?:neck|shoulders?|elbows?|wrists?|thumbs?|jaw|knees?|kneecaps?|ankles?|achilles|shins?"
    r"|heels?)"
)
_OTHER_PART_ACHE = lazy(
    r"\b" + _OTHER_PART + r"\b(?: \w+){0,3}? (?:hurts?|hurting|aches?|aching|achy|sore|stiff"
    r"|cricked|twinges?|niggles?|niggling|killing me|is (?:sore|stiff|achy|killing me|painful))\b"
    r"|\b(?:crick\w*|stiff|sore|achy|niggly) (?:in )?(?:my |me )?" + _OTHER_PART + r"\b"
    r"|\b" + _OTHER_PART + r"\b(?: \w+){0,10}? (?:it s|its|it is|has|s) been (?:cricked|stiff|sore"
    r"|achy|aching|hurting)\b"
)
_PART_FIX_ASKED = lazy(
    r"\b(?:how (?:do|can|should|would|could) i|how to|what (?:can|should|do) i do (?:to|about"
    r"|for)|any (?:tips|advice|ideas|way)|is there (?:a|any) way to|what helps?)\b(?: \w+){0,3}?"
    r" (?:fix|cure|sort|ease|relieve|treat|help|stop|get rid of|improve|loosen)\b"
    r"|\b(?:what helps|any tips|any advice|any remedy|remedies)\b"
    r"|\bwhat (?:should|can|could|do) i do (?:for|about) (?:it|that|this|them|my \w+)\b"
    r"|\b(?:a |any |the )?(?:good|best|right) (?:stretch\w*|exercises?) for (?:my |a |the )?"
    + _OTHER_PART
    + r"\b"
)
_OTHER_PART_BESIDE = lazy(
    r"\b(?:numb\w*|tingl\w*|pins and needles|arms?|hands?|fingers?|shoulder blades?|fall|fell"
    r"|fallen|accident|crash\w*|whiplash|hit|bang\w*|knock\w*|injur\w*|sudden\w*|worse|worsening"
    r"|headaches?|dizz\w*|faint\w*|fever\w*|weak\w*|back|spine|legs?|hips?|can t move|cannot move"
    r"|can not move|swell\w*|swollen|lump\w*|right now|this morning|since|gave way|giving way"
    r"|locked|lock\w*|twist\w*|(?:the|this|your) (?:move|exercise|stretch|pose)|session|hold)\b"
)


def _other_part_fix(normal: str) -> bool:
    """Twenty-fifth session, h107-h110: another part's everyday ache with its fix asked
    (`_OTHER_PART_ACHE`, `_PART_FIX_ASKED`), no sign, move or other part beside it."""
    return (
        bool(_OTHER_PART_ACHE.search(normal))
        and bool(_PART_FIX_ASKED.search(normal))
        and not _OTHER_PART_BESIDE.search(normal)
    )


# twenty-fifth session, heldout_h109/h110 (ans110): an activity told as the writer's own ("tight
# as a drum from cycling", "im a right handed tennis player", "before my run") is set aside by
# round 53's reading only when the move's amounts, side, time, place or way are asked; these
# batches told or asked other matters of the move's own beside it and were declined as another
# exercise: the foot short of the floor, one side stiffer or looser than the other, a reminder
# asked. The activity asked by its own verb stays beyond (`_ACTIVITY_ASKED_16C`), and the
# activity named inside the question is never told as done.
_SIDES_COMPARED_ANS110 = lazy(
    r"\b(?:left|right|one|other|1st|first|second) (?:side|leg|hip|way)s? (?:is |are |feels? "
    r"|s |goes |gets |seems? )?(?:(?:way|loads|lots|much|miles|a lot|far|a bit|slightly|so"
    r"|noticeably|definitely) )?(?:stiffer|tighter|looser|freer|easier|harder|better|worse"
    r"|further|farther|bendier|more (?:flexible|mobile|stiff|tight|open)|less (?:flexible"
    r"|mobile|stiff|tight|open))(?: \w+){0,3}? than (?:the |my )?(?:left|right|other|1st|first"
    r"|second)\b"
)


# ...the foot's reach denied in the chat's clipped forms ("wont", "cant", "doesnt")
_FOOT_SHORT_ANS110 = lazy(
    r"\b(?:foot|feet|toes?)\b(?: \w+)? (?:wont|cant|doesnt|dont|never|will not|cannot|can not"
    r"|does not|do not)(?: \w+){0,2}? (?:reach|get|go|touch|come)\w*(?: \w+){0,3}? (?:floor"
    r"|ground|mat)\b"
)
# ...never a reminder to do the other activity itself ("remind me to go for a run")
_REMIND_TO_ANS110 = lazy(
    r"\b(?:remind\w*|nudge\w*|ping|prompt|alert)(?: me| us)? (?:to|about|for|of)\b(?: \w+){0,4}"
)


def _move_matter_ans110(normal: str) -> bool:
    """Twenty-fifth session, heldout_h109/h110 (ans110): the foot told short of the floor
    (`_FOOT_SHORT`, `_FOOT_SHORT_H105`, `_FOOT_SHORT_ANS110`), the two sides told uneven
    (`_UNEVEN_TOLD`, `_SIDES_COMPARED_ANS110`) or a reminder asked (`_REMINDER_ASKED_40`) that
    is not one to do the other activity (`_REMIND_TO_ANS110`)."""
    if any(
        r.search(normal)
        for r in (
            _FOOT_SHORT,
            _FOOT_SHORT_H105,
            _FOOT_SHORT_ANS110,
            _UNEVEN_TOLD,
            _SIDES_COMPARED_ANS110,
        )
    ):
        return True
    return bool(_REMINDER_ASKED_40.search(normal)) and not any(
        _OTHER_EXERCISE.search(m.group()) for m in _REMIND_TO_ANS110.finditer(normal)
    )


# twenty-fifth session, heldout_h109 (ans110): the leg let drop or lowered weighed ("how am i
# meant to swing the leg over, slowly or just let it drop", "do i lower my knee or let it flop
# over"): how the leg goes over, the sweep's topic, never the pace the scores lean to
_LEG_DROPPED_ANS110 = lazy(
    r"\b(?:let|letting|lets)(?: (?:it|the leg|my leg|the knee|my knee|them|gravity))?"
    r"(?: (?:just|simply|kind of|sort of))? (?:drop|fall|flop|crash|plop|slam|take it)\w*\b"
    r"|\b(?:just )?(?:drop|flop|plop|dump)(?:s|ped|ping)? (?:it|the leg|my leg|the knee|my knee)"
    r" (?:over|down|across)\b"
)
# ...only weighed as the other way ("... or just let it drop"), never a pace or rhythm named
# ("is rhythm important? i just flop my leg over as quick as i can" is the pace's)
_LEG_DROP_WEIGHED_ANS110 = lazy(
    r"\bor (?:\w+ ){0,3}?(?:let|letting|lets|drop|flop|plop|dump)\w*\b(?: \w+){0,4}? (?:drop"
    r"|fall|flop|crash|plop|slam|over|down|across)\w*\b"
)
_PACE_NAMED_ANS110 = lazy(
    r"\b(?:rhythm\w*|tempo|pace|speed|quick\w*|fast\w*|slow motion|momentum|bounc\w*)\b"
)
_LEG_SWEEP_PAIR_ANS110 = frozenset({"leg_sweep", "speed_rhythm"})
# ...the first leg asked with the swap to the other ("which leg do i start with and how do i swap
# over after"): either answer tells both, no "Did you mean"
_FIRST_LEG_ASKED_ANS110 = lazy(
    r"\b(?:which|what) (?:side|leg|knee)\b(?: \w+){0,4}? (?:first|start\w*|begin\w*|lead\w*)\b"
)
_SWAP_ASKED_ANS110 = lazy(
    r"\b(?:swap|swop|switch|change|move|go)\w*(?: \w+)? (?:over|sides?|legs?|round|around|across"
    r"|to the other)\b"
)
_FIRST_AND_SWAP_ANS110 = frozenset({"which_side_first", "return_switch"})


def _resolved_ans110(match: _Match, normal: str) -> _Match:
    """Twenty-fifth session, heldout_h109 (ans110): the leg let drop weighed against lowering
    it (`_LEG_DROPPED_ANS110`, `_LEG_DROP_WEIGHED_ANS110`, no pace named) is the sweep's
    topic; the first leg and the swap asked at once is answered with the first leg, no "Did
    you mean"; never beside a word of pain."""
    if _PAIN_WORD_46.search(normal):
        return match
    keys = {match.key, *match.options()}
    if (
        keys <= _LEG_SWEEP_PAIR_ANS110
        and _LEG_DROPPED_ANS110.search(normal)
        and _LEG_DROP_WEIGHED_ANS110.search(normal)
        and not _PACE_NAMED_ANS110.search(normal)
    ):
        return replace(match, key="leg_sweep", runners_up=())
    if (
        set(match.options()) == _FIRST_AND_SWAP_ANS110
        and _FIRST_LEG_ASKED_ANS110.search(normal)
        and _SWAP_ASKED_ANS110.search(normal)
    ):
        return replace(match, key="which_side_first", runners_up=())
    return match


# twenty-fifth session, heldout_h109 (ans110): what the bot keeps, saves or knows about the writer
# ("what do you save about me", "what info does the bot store on me"): the privacy topic
_KEPT_ABOUT_ME_ANS110 = lazy(
    r"\b(?:what|how much|which \w+)(?: \w+)? (?:do|does|will|would|can|did) (?:you|u|the bot"
    r"|this bot|it|the app|this app)(?: \w+)? (?:keep|store|save|record|log|know|hold|collect"
    r"|track|remember)\w*(?: \w+)? (?:about|on|of|from) (?:me|us|my (?:data|details|info\w*|stuff"
    r"|chats?|messages))\b"
)


def _kept_about_me_ans110(normal: str) -> bool:
    """Twenty-fifth session, heldout_h109 (ans110): what the bot keeps about the writer asked
    (`_KEPT_ABOUT_ME_ANS110`), nothing of the body beside it."""
    return bool(_KEPT_ABOUT_ME_ANS110.search(normal)) and not _BODY_WORDS.search(normal)


# twenty-fifth session, heldout_h109 (ans110): whether the bot is chatted to like a person or
# worked by buttons ("do i just chat to it like a person or are there buttons", "do i type to
# you or use the menu"): how to use the bot, the help and its commands
_USE_WAY_ASKED_ANS110 = lazy(
    r"\b(?:chat|talk|type|text|message|write|speak)(?: \w+){0,2}? (?:to|with|at) (?:it|you|u"
    r"|the bot|this bot|him|her)\b(?: \w+){0,5}? or (?:\w+ ){0,3}?(?:buttons?|menus?|commands?"
    r"|options)\b"
)


def _use_way_asked_ans110(normal: str) -> bool:
    """Twenty-fifth session, heldout_h109 (ans110): chatting weighed against buttons or
    commands (`_USE_WAY_ASKED_ANS110`), nothing of the body beside it."""
    return bool(_USE_WAY_ASKED_ANS110.search(normal)) and not _BODY_WORDS.search(normal)


# The harmless readings that overrule the learned reader's vote on a message no rule reads
# (`Matcher.answer`: the vote would ask the safety question), each of the message and the bank's
# answer; a later round adds its reading here. Twelfth session: mild soreness after a session
# of an earlier day with no other sign ("first time doing the exercise two days ago and still a
# touch sore, normal?" scored 0.997). Seventeenth, h82: one foot reaching the floor and the
# other not yet. Twentieth, h87: the face-down breath asked about the head's place or the
# start. Twenty-first, h93: the breath held in the move, "it" being the breath. Twenty-fourth,
# h105: a marked question after gains of the body only; h106: a stretch told strong with the
# pain denied and nothing else of the body (`triage.strong_stretch_h106`), and a part cold on a
# cold floor or tiles. Twenty-fifth, h107: a strong stretch of the move's parts told easing or
# praised (`unsure.stretch_well_fa107b`). Twenty-seventh, heldout_h114 (fa114b): the chest told
# pulling or stretching, put down to a muscle named (`unsure.chest_stretch_fa114b`).
_READER_OVERRULED: tuple[Callable[[str, Answer], bool], ...] = (
    lambda question, _found: sore_after_session_11(normalise(question)),
    lambda question, found: (
        found.topic == "foot_not_reaching" and _one_foot_reaches_s17(normalise(question))
    ),
    lambda question, found: found.topic in _FACE_DOWN_TOPICS_H87 and face_down_breath_h87(question),
    lambda question, _found: _breath_held_h93(normalise(question)),
    lambda question, found: found.kind == "topic" and _gains_then_asked_h105(question),
    lambda question, _found: strong_stretch_h106(question),
    lambda question, _found: stretch_well_fa107b(question),
    lambda question, _found: cold_floor_h106(normalise(question)),
    lambda question, _found: chest_stretch_fa114b(question),
)


def _reader_overruled(question: str, found: Answer) -> bool:
    """Whether a harmless reading of ``question`` (`_READER_OVERRULED`) overrules the learned
    reader's vote, the bank's answer being ``found``."""
    return any(overruled(question, found) for overruled in _READER_OVERRULED)


# twenty-sixth session, heldout_h111 (ans111): a step of the bot's session skipped or moved on from
# ("how do i skip a step", "can i jump to the next step", "how do i move on to the next bit"): the
# session's controls, the commands topic; never a step of the move named, a day or a side skipped
_STEP_SKIPPED_ANS111 = lazy(
    r"\b(?:skip|skipping|skips|pass|jump|jumping|fast forward|fast forwarding)"
    r"(?: over| past| ahead)? (?:a|this|that|the|one|the current|the next|to the next"
    r"|ahead to the next|on to the next|onto the next)"
    r" (?:step|stage|screen|timer|countdown|prompt)s?\b"
    r"|\b(?:move|moving|go|going|get|getting|skip|jump)(?: on| ahead| forward)? (?:to|onto|on to)"
    r" the next (?:step|stage|screen|timer|prompt)\b"
)
# ...a part of the move, its set-up or a day named ("skip the set up step", "skip a day")
_STEP_OF_MOVE_ANS111 = lazy(
    r"\b(?:set ?up|start\w*|warm ?up|cool ?down|breath\w*|days?|sides?|legs?|knees?|arms?|hands?"
    r"|hold\w*|sweep\w*|reps?|sets?|pain\w*|hurt\w*)\b"
)


def _step_skipped_ans111(normal: str) -> bool:
    """Twenty-sixth session, heldout_h111 (ans111): a step of the session skipped or moved on from
    (`_STEP_SKIPPED_ANS111`), no part of the move, a day or pain named beside it."""
    if "step" not in normal and "next" not in normal and "stage" not in normal:
        return False
    return bool(_STEP_SKIPPED_ANS111.search(normal)) and not _STEP_OF_MOVE_ANS111.search(normal)


_PART_ANS111 = (
    r"(?:hips?|back|lower back|upper back|spine|glutes?|bum|hamstrings?|lumbar|sides?|obliques"
    r"|core|posture)"
)
# twenty-sixth session, heldout_h111 (ans111): what the move does for a part asked ("is this good
# for my hips", "would it do my hips any good", "will the twist help my hips"), an activity told
# beside it as the part's cause ("they're always tight from cycling"): round 53's activity told is
# set aside, as for the move's amounts asked
_PART_GOOD_ASKED_ANS111 = lazy(
    r"\b(?:is|will|would|does|do|could|can|might) (?:this|it|the twist|the stretch|the move"
    r"|the exercise|this (?:twist|stretch|move|exercise)|doing (?:this|it))(?: \w+){0,2}?"
    r" (?:(?:good|any good|great|useful|helpful|beneficial|help|work|do anything|do much)"
    r"(?: for| with)? |do )(?:my |the |your |tight |stiff )*" + _PART_ANS111 + r"\b"
)


# twenty-seventh session, heldout_h113 (ans113): whether the move loosens the hips asked by a verb
# of help or loosening ("will this help my tight hips", "could the twist loosen up my stiff hip
# flexors", "tight hips from cycling, will this help?"): what the move stretches, which names the
# hips (whether it is "any good for" them stays the benefits, ans111's; the back stays the
# benefits, whose phrasings ask it)
_HIPS_VERB_ANS113 = (
    r"(?:help|helps|ease|loosen|free|open|sort|release|relax|unlock|undo|work on)"
    r"(?: (?:out|up|off|with|loosen|ease|open|free|release))*"
)
_HIPS_ANS113 = r"(?:hips?|hip flexors?|front of (?:my |the )?hips?)"
_HIPS_LOOSENED_ANS113 = lazy(
    r"\b(?:will|would|does|do|could|can|might|should) (?:this|it|the twist|the stretch|the move"
    r"|the exercise|this (?:twist|stretch|move|exercise)|doing (?:this|it))(?: \w+){0,2}? "
    + _HIPS_VERB_ANS113
    + r" (?:my |the |your |these |those |tight |stiff |tense |locked |creaky |rusty )*"
    + _HIPS_ANS113
    + r"\b"
    # ...or the tight hips told first, the move's help asked after them
    r"|\b(?:tight|stiff|tense|locked up|creaky|rusty) " + _HIPS_ANS113 + r"\b(?: \w+){0,8}?"
    r" (?:will|would|does|could|can|might) (?:this|it|the twist|the stretch|the move|this"
    r" (?:twist|stretch|move))(?: \w+)? " + _HIPS_VERB_ANS113 + r"(?: (?:them|those|that|it))?"
    r"(?: (?:at all|much|any|a bit|please|pls|thanks|lol|haha))*$"
)


def _hips_loosened_ans113(normal: str) -> bool:
    """Twenty-seventh session, heldout_h113 (ans113): whether the move loosens the hips asked
    (`_HIPS_LOOSENED_ANS113`), nothing of pain, trouble or strangeness, nothing beyond the twist
    and no back or spine named beside them (the benefits' own)."""
    return (
        "hip" in normal
        and bool(_HIPS_LOOSENED_ANS113.search(normal))
        and not _BACK_BESIDE_ANS113.search(normal)
        and _plain_about_the_move(normal)
    )


_BACK_BESIDE_ANS113 = lazy(r"\b(?:back|spine|lowerback|lumbar|posture)\b")


# twenty-sixth session, heldout_h112 (ans112): the bot's own question echoed at the start of a
# reply ("how did that feel? fine but ...", "how was that? good, ...", "how's the back? ok. ..."),
# a "?" closing it: the bot's words, not the writer's question, which follows them
_BOT_ECHO_ANS112 = lazy(
    r"^\W*(?:(?:ok|okay|so|um|erm|re|you asked|u asked|to answer|answering|in answer to)\W+)*"
    r"(?:how (?:did|does|do) (?:that|it|this|the (?:\w+ )?(?:session|twist|stretch|move|set|hold"
    r"|rep|reps|one|exercise)) (?:feel|go)(?: for (?:you|u|me))?"
    r"|how (?:was|is|s|were) (?:that|it|this|the (?:\w+ )?(?:session|twist|stretch|move|set|hold"
    r"|rep|reps|one|exercise|pain|back))(?: for (?:you|u|me))?"
    r"|how (?:are|r) (?:you|u|ya) (?:feeling|doing)(?: now| after (?:that|it))?"
    r"|how(?: much)? (?:does|is) (?:your|ur|my|the) back(?: (?:hurt|feel|feeling))?(?: right)?"
    r"(?: now)?"
    r"|(?:has|did) it settle(?:d)?(?: back)?(?: down)?(?: to (?:your|ur|my) usual(?: level)?)?"
    r"|any (?:pain|discomfort|of these)(?: (?:at the moment|now|today))?)"
    r"\s*[?]+",
    re.IGNORECASE,
)


def _bot_echo_ans112(text: str) -> str | None:
    """Twenty-sixth session, heldout_h112 (ans112): the reply after the bot's own question echoed
    at its start (`_BOT_ECHO_ANS112`), when something is asked in it; else None."""
    if "?" not in text or ("how" not in text.lower() and "any" not in text.lower()):
        return None
    echo = _BOT_ECHO_ANS112.match(text)
    if echo is None:
        return None
    rest = text[echo.end() :].strip()
    return rest if rest and _asks_something(rest) else None


# twenty-sixth session, heldout_h112 (ans112): a longer hold asked with the writer's own hold told
# in seconds, judged as too much ("hold for 20 s - can i go to 30 or is that overdoing it"): how
# long to hold, whose answer weighs the length; a time to step up asked or a course over weeks told
# stays the progression (eighteenth session, h84: "been at 20 seconds a fortnight, time to go to
# 45?")
_RAISE_JUDGED_ANS112 = lazy(
    r"\b(?:too (?:much|long|far|big a (?:jump|step)|many seconds)|overdo\w*|overkill|excessive"
    r"|pushing it|a stretch too far)\b"
)
_STEP_UP_TIMED_ANS112 = lazy(
    r"\b(?:when|time to|ready|easily|easy|easier|weeks?|fortnight|months?|days|a while|for ages"
    r"|lately|now and|progress\w*|next level|build(?:ing)? up)\b"
)


def _hold_raised_judged_ans112(normal: str) -> bool:
    """Twenty-sixth session, heldout_h112 (ans112): a longer hold asked (`_hold_raised_h84`) and
    judged as too much (`_RAISE_JUDGED_ANS112`), no time to step up asked or course told
    (`_STEP_UP_TIMED_ANS112`)."""
    if (
        "over" not in normal
        and "too" not in normal
        and "excess" not in normal
        and "push" not in normal
    ):
        return False
    return (
        bool(_RAISE_JUDGED_ANS112.search(normal))
        and not _STEP_UP_TIMED_ANS112.search(normal)
        and _hold_raised_h84(normal)
    )


# twenty-sixth session, heldout_h112 (ans112): a pain score told ("pain 3", "a 3 today", "3/10"),
# then whether to carry on or stop asked ("is a 3 ok to carry on with or should i stop"): the pain
# scale's zones, which say what each score means for the session; never beside another trouble
# (`_TROUBLE_BESIDE_56`), nor a pain told as sharp or strange
_CARRY_ON_ASKED_ANS112 = lazy(
    r"\b(?:ok|okay|fine|alright|all right|safe|good|allowed) (?:for me )?to (?:carry on|keep going"
    r"|continue|go on|keep at it|push on|crack on)\b"
    r"|\b(?:should|shall|must|do|can|could) i (?:just )?(?:stop|carry on|keep going|continue|go on"
    r"|keep at it|push on|crack on|call it a day|leave it)\b"
    r"|\b(?:carry on|keep going|continue|go on|stop)\b(?: \w+){0,3}? or (?:should i |do i |just )?"
    r"(?:stop|carry on|keep going|continue|call it a day|leave it|rest)\b"
)


def _score_carry_on_ans112(normal: str) -> bool:
    """Twenty-sixth session, heldout_h112 (ans112): a pain score told (`_SCORE_TOLD_57`) and
    carrying on or stopping asked (`_CARRY_ON_ASKED_ANS112`), nothing else of the body told."""
    if not any(c.isdigit() for c in normal):
        return False
    return (
        bool(_SCORE_TOLD_57.search(normal))
        and bool(_CARRY_ON_ASKED_ANS112.search(normal))
        and not _TROUBLE_BESIDE_56.search(normal)
        and not _STRANGE_54.search(normal)
        and not re.search(r"\b(?:sharp|shooting|stabbing|worse|agony|flare\w*)\b", normal)
        and _beyond_the_twist(normal) == "no"
    )


# twenty-sixth session, heldout_h112 (ans112): another set or round asked after the count just done
# ("done 10 each way, do i go again for another set or is that me done for today", "finished my 8
# reps, one more round or stop there?"): reps and sets, whose answer gives the sets; a higher count
# asked for the weeks ahead stays the progression (twenty-third session, h99's `_sets_raised_h99`)
_ANOTHER_SET_ANS112 = lazy(
    r"\b(?:another|one more|a second|a third|a 2nd|a 3rd|a further|more) (?:set|round|lot|go"
    r"|batch)s?\b"
    r"|\bgo again\b|\b(?:repeat|redo) (?:it|that|the set|them)\b"
)
_SET_ASKED_ANS112 = lazy(
    r"\b(?:do|should|shall|must|can|could|would|will) i\b|\b(?:is|was) (?:that|it) (?:me|it)?"
    r" ?(?:done|enough|finished|it)\b|\bor (?:stop|am i done|is that|call it|leave it)\b"
    r"|\b(?:am i|are we) (?:done|finished)\b|\?"
)
_SETS_LATER_ANS112 = lazy(
    r"\b(?:when|weeks?|months?|fortnight|progress\w*|build up|harder|easier|eventually|next week"
    r"|from now on|going forward|every day|each day|daily|per day|a day|how often)\b"
)


# ...nor the way back to the middle or the other side ("do I come back to the middle and go again
# the other way?"): the return and switch (heldout_h54)
_SIDE_SWITCH_ANS112 = lazy(
    r"\b(?:other (?:way|side|leg|knee)|come back|coming back|back to|the middle|centre|center"
    r"|switch\w*|return\w*)\b"
)


def _another_set_ans112(normal: str) -> bool:
    """Twenty-sixth session, heldout_h112 (ans112): another set asked (`_ANOTHER_SET_ANS112`,
    `_SET_ASKED_ANS112`), nothing of the weeks ahead or of how often (`_SETS_LATER_ANS112`), no
    seconds named (the hold's), no word of pain, nothing beyond the twist."""
    if not any(w in normal for w in ("another", "more", "second", "third", "2nd", "3rd", "again")):
        return False
    return (
        bool(_ANOTHER_SET_ANS112.search(normal))
        and bool(_SET_ASKED_ANS112.search(normal))
        and not _SETS_LATER_ANS112.search(normal)
        and not _SIDE_SWITCH_ANS112.search(normal)
        and not _SECONDS_NAMED_56.search(normal)
        and not _PAIN_WORD_46.search(normal)
        and _beyond_the_twist(normal) == "no"
    )


# twenty-sixth session, heldout_h112 (ans112): how to get into the starting position asked, then
# the writer's guess of its first step and "then what" ("how do i get into the starting position,
# lie face down and then what"): the setup, not the next step after it (round 52's `_THEN_WHAT_52`
# reads a position told as done)
_START_ASKED_ANS112 = lazy(
    r"\b(?:how|where) (?:do|should|can|shall|would|could) (?:i|we|you|u|one) (?:get|go|come|set"
    r"|lie|position|put)\b(?: \w+){0,4}? (?:start|starting|initial|first|beginning|begin)"
    r" (?:position|pose|point|spot|place)\b"
    r"|\bwhat(?: s| is)? (?:the|a) (?:start|starting|initial|beginning) (?:position|pose)\b"
)


def _start_then_what_ans112(normal: str, then: int) -> bool:
    """Twenty-sixth session, heldout_h112 (ans112): the starting position asked
    (`_START_ASKED_ANS112`) before the "then what" found at ``then``."""
    if "start" not in normal and "begin" not in normal and "initial" not in normal:
        return False
    return bool(_START_ASKED_ANS112.search(normal[:then]))


# twenty-sixth session, heldout_h112 (ans112): what to reply or answer to the bot asked ("what am i
# supposed to reply to you", "what do i answer", "what do you want me to say"), alone or after the
# writer's confusion ("im lost, ..."): how to use the bot, the command list (what to type or press
# is `_HELP_SENTENCE`'s, beside a session's command the commands topic)
_REPLY_ASKED_ANS112 = lazy(
    r"(?:(?:ok|okay|so|um|erm|sorry|hi|hey|uh|hmm|wait|and|now|then|but|lol|help|im lost|i m lost"
    r"|i am lost|lost|confused|im confused|i m confused|i am confused) )*"
    r"(?:what (?:am i|are we|am i even) (?:supposed|meant|expected|going|meant to be) to"
    r"|what (?:do|should|must|shall|can|could) (?:i|we)(?: even)?"
    r"|what (?:do|would) (?:you|u) (?:want|need|expect) (?:me|us) to)"
    r" (?:reply|answer|respond|say)(?: back)?"
    r"(?: (?:to|with|in reply to|in answer to))?(?: (?:you|u|ya|this|that|it|the bot|this bot"
    r"|this question|that question|the question|here))?"
    r"(?: (?:now|here|then|exactly|lol|sorry|pls|please))*"
)


def _reply_asked_ans112(text: str) -> bool:
    """Twenty-sixth session, heldout_h112 (ans112): a sentence of the message, or its last piece
    after a comma, asks what to reply to the bot (`_REPLY_ASKED_ANS112`), no body word in it."""
    lowered = text.lower()
    if not any(w in lowered for w in ("reply", "answer", "respond", "say")):
        return False
    whole = normalise(text)
    # ...a session's command asked for by name stays the commands topic (round 26)
    if _BODY_WORDS.search(whole) or _PAIN_WORD_46.search(whole) or _SESSION_ACTION.search(whole):
        return False
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    pieces = [*sentences, *(p for s in sentences for p in s.split(",")[-1:])]
    return any(_REPLY_ASKED_ANS112.fullmatch(normalise(p)) for p in pieces if p.strip())


# twenty-seventh session, heldout_h114 (ans114): a word corrected by its writer, typed in a hurry
# or dictated ("is it ok with static ... SCIATICA i mean", "static i mean sciatica", "static.
# *sciatica", "sciatica not static", "autocorrect changed sciatica to static"): the word meant
# is read in place of the slip, and the correction's marks and the gripe at the phone's
# autocorrect are no words of the question. The slip is the earlier word most like the word meant
# in its letters (`_SLIP_LIKE_ANS114`): a correction changes a word into one spelt alike, so "i
# mean" as a filler ("how long do i hold it i mean how many reps") corrects nothing.
_SLIP_LIKE_ANS114 = 0.6
_GRIPE_ANS114 = lazy(
    r"(?:(?:stupid|dumb|damn|dam|darn|bloody|silly|effing|freaking|frickin|fricking|flipping"
    r"|flippin|ffs|ugh|argh|sorry|soz|sry|thanks|thx|ty|cheers|stoopid|stupit|my|the|this|phone"
    r"|phones|phone's|phone s|fat finger|fat fingers|typo|typos)\W+)*"
    r"(?:auto[\s-]?correct(?:ed|ion|s)?|auto[\s-]?corrupt|autocarrot|auto[\s-]?fill)"
    r"(?:\W+(?:lol|lmao|smh|again|ffs|ugh|sorry|soz|sry|fail|strikes again|is the worst"
    r"|hates me|ruins everything|grr+|haha|ha|x+d|lolol))*",
    re.IGNORECASE,
)
_CHANGED_TO_ANS114 = lazy(
    r"\b(?:(?:auto[\s-]?correct(?:ed)?|phone|it)\W+)+(?:has |just |keeps |kept )?"
    r"(?:changed|changes|changing|change|turned|turns|turning|made|makes|put|puts|switched"
    r"|corrected|autocorrected|auto[\s-]?corrected)\s+(?:my\s+)?(?P<y>[a-z]{3,})\s+"
    r"(?:to|into|in2|2|as)\s+(?P<x>[a-z]{3,})\b",
    re.IGNORECASE,
)
# "... Y i mean" closing the message: the word before "i mean" is the word meant
_MEANT_BEFORE_ANS114 = lazy(
    r"\b(?P<y>[a-z]{3,})\W*\s+(?:i mean|i meant|i mean to say|i meant to say)\W*$", re.IGNORECASE
)
# "... X i mean Y" / "X sorry Y" / "X *Y" closing the message: the word after the mark is meant
_MEANT_AFTER_ANS114 = lazy(
    r"(?:\b(?:i mean|i meant|i mean to say|i meant to (?:say|type|write|put)|meant|sorry|soz|sry"
    r"|or rather|i mean to)\W*\s+\*?|(?:^|\s)\*\s*)(?P<y>[a-z]{3,})\*?\W*$",
    re.IGNORECASE,
)
# "... *Y" anywhere ("*sciatica, is it ok"), a star before a word that no star closes (an
# emphasis, "*really*", corrects nothing)
_STARRED_ANS114 = lazy(r"(?:^|(?<=\s))\*\s?(?P<y>[a-z]{3,})\b(?!\w*\*)", re.IGNORECASE)
# "... Y not X" closing the message, the two spelt alike: X was the slip
_MEANT_NOT_ANS114 = lazy(r"\b(?P<y>[a-z]{3,}),? not (?P<x>[a-z]{3,})\W*$", re.IGNORECASE)
_WORD_ANS114 = lazy(r"[a-z]+", re.IGNORECASE)


def _alike_ans114(word: str, other: str) -> float:
    """The share of the longer word's letters left unedited from ``word`` to ``other``, by the
    spelling tolerance's own `edit_distance` (1.0: the same word)."""
    longer = max(len(word), len(other), 1)
    return 1 - edit_distance(word, other, longer) / longer


def _slip_for_ans114(head: str, meant: str) -> re.Match[str] | None:
    """The word of ``head`` most like ``meant`` in its letters (`_alike_ans114` at least
    `_SLIP_LIKE_ANS114`, the last of equals), never ``meant`` itself nor a short stop word."""
    meant = meant.lower()
    best: re.Match[str] | None = None
    best_ratio = _SLIP_LIKE_ANS114
    for found in _WORD_ANS114.finditer(head):
        word = found.group().lower()
        if word == meant or len(word) < 3 or word in STOP_WORDS:
            continue
        ratio = _alike_ans114(word, meant)
        if ratio >= best_ratio:
            best, best_ratio = found, ratio
    return best


def _corrected_ans114(text: str) -> str:
    """Twenty-seventh session, heldout_h114 (ans114): the message with a word its writer
    corrected read as the word meant (`_MEANT_BEFORE_ANS114`, `_MEANT_AFTER_ANS114`,
    `_STARRED_ANS114`, `_MEANT_NOT_ANS114`, `_CHANGED_TO_ANS114`) and a gripe at autocorrect left
    out (`_GRIPE_ANS114`); the message itself when nothing is corrected."""
    lowered = text.lower()
    griped = "auto" in lowered
    if not (griped or "mean" in lowered or "*" in text or " not " in lowered or "sorry" in lowered):
        return text
    rest = text
    if griped:
        changed = _CHANGED_TO_ANS114.search(rest)
        if changed is not None:
            # "autocorrect changed sciatica to static": the slip read as the word meant
            # (in place of the telling when the slip is nowhere else)
            meant = changed.group("y")
            slip = re.compile(rf"\b{re.escape(changed.group('x'))}\b", re.IGNORECASE)
            told = rest[: changed.start()] + " " + rest[changed.end() :]
            if not slip.search(told):
                told = rest[: changed.start()] + meant + rest[changed.end() :]
            fixed = slip.sub(meant, told)
            if words(normalise(fixed)):
                rest = fixed
        kept = _GRIPE_ANS114.sub(" ", rest)
        if words(normalise(kept)):
            rest = kept
    rest = rest.rstrip()
    for mark in (_MEANT_BEFORE_ANS114, _MEANT_AFTER_ANS114, _MEANT_NOT_ANS114):
        said = mark.search(rest)
        if said is None:
            continue
        head, meant = rest[: said.start()], said.group("y")
        if mark is _MEANT_NOT_ANS114:
            if _alike_ans114(said.group("x").lower(), meant.lower()) < _SLIP_LIKE_ANS114:
                continue
            # "sciatica not static": read as "sciatica", any earlier slip with it
            slip = re.compile(rf"\b{re.escape(said.group('x'))}\b", re.IGNORECASE)
            return slip.sub(meant, head) + " " + meant
        found = _slip_for_ans114(head, meant)
        if found is None:
            continue
        return head[: found.start()] + meant + head[found.end() :]
    starred = _STARRED_ANS114.search(rest)
    if starred is not None:
        head = rest[: starred.start()]
        found = _slip_for_ans114(head, starred.group("y"))
        if found is not None:
            tail = rest[starred.end() :]
            return head[: found.start()] + starred.group("y") + head[found.end() :] + tail
    return rest


# twenty-seventh session, heldout_h114 (ans114): what or who the bot is, asked bare ("what are you",
# "wat r u", "who r u exactly"): the topic about the bot, though every word is small talk's ("how
# are you", "what are you doing", "what are you up to" stay small talk)
_WHAT_ARE_YOU_ANS114 = lazy(
    r"(?:(?:so|and|but|ok|okay|um|erm|wait|hey|hi|hello|lol|sorry) )*(?:what|who) (?:are|r)"
    r" (?:you|ya)(?: (?:exactly|even|actually|then|lol|tbh|anyway|again))*"
)
