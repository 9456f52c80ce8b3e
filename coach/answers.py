"""Offline question answering over the question bank (`content.questions`).

Pipeline for one message (`answer`):

1. **Triage first** (`coach.triage`): any safety sign wins over everything else.
2. **Hard declines**: questions about medicines or amounts to take, requests for a diagnosis
   or about conditions the bank does not cover, and attempts to override the bot's
   instructions get a kind decline, whatever else they ask. Pure small talk is declined too.
3. **Matching**: TF-IDF cosine similarity between the question and every example phrasing and
   title, each topic's centroid (the mean of its examples) and, at a lower weight, its answer.
   Features: light-stemmed words after a synonym and phrase map, word bigrams, "question
   shape" bigrams, and character 3-4-grams; unknown query words one or two edits from a known
   word are corrected first ("musles" -> "muscles").
4. **Calibrated decline**: the best topic must reach `THRESHOLD`, beat the out-of-scope
   pseudo-topic (`content.questions.OUT_OF_SCOPE_EXAMPLES`) by `MARGIN`, and the topics must
   know at least `MIN_COVERAGE` of the question's words; a question naming another exercise
   must also refer to the twist and match strongly (`OTHER_EXERCISE_THRESHOLD`).

Long messages are cut to `MAX_CHARS` (head and tail) and scored as a whole and sentence by
sentence; a sentence ending in "?" is preferred, since the rest is usually context. Bars
scale down with length because cosine similarity falls as a message grows.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from coach.text import edit_distance, normalise, words
from coach.triage import TriageLevel, safety_reply, triage
from content.questions import (
    DECLINE_MEDICAL_RELATED,
    DECLINE_MEDICAL_TEXT,
    DECLINE_RELATED,
    DECLINE_TEXT,
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

NEGATIVE = "__out_of_scope__"

Kind = Literal["safety", "topic", "decline"]


@dataclass(frozen=True)
class Answer:
    kind: Kind
    topic: str | None
    score: float
    text: str
    related: tuple[str, ...]  # related topic keys (for buttons)


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

# Messages made only of these words are small talk, declined kindly.
_SMALL_TALK = """hi hello hey hiya yo sup howdy morning afternoon evening night goodnight good day
    today thanks thank you cheers ta bye goodbye later see soon ok okay cool nice great
    awesome lol haha hahaha lmao how are is it going doing what up wassup you your there
    well fine all right alright am i im and too so very much a the nice to meet
    please sorry oh ah hmm yes no yeah yep nope"""
SMALL_TALK: frozenset[str] = frozenset(_SMALL_TALK.split())

# Token -> canonical token, applied before stemming.
SYNONYMS: dict[str, str] = {
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
    "posture": "position",
    "positioning": "position",
    "workout": "exercise",
    "routine": "session",
    "sesh": "session",
    "benefit": "benefit",
    "advantages": "benefit",
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
}

# Multi-word phrases rewritten before tokenising (on normalised text).
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{p}\b"), r)
    for p, r in (
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
        (r"step by step", "technique"),
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
        (r"never done", "beginner"),
        (r"new to", "beginner"),
    )
)


def _trigger(pattern: str) -> str | None:
    """A literal word every match of ``pattern`` contains (to skip the regex cheaply)."""
    if "|" in re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", pattern):
        return None  # alternatives at the top level: no single required word
    outside = re.sub(r"\((?:[^()]|\([^()]*\))*\)[?*]?", " ", pattern)
    outside = re.sub(r"[a-z]\?", "", outside.replace("\\b", " "))  # drop optional letters
    literals = re.findall(r"[a-z]{2,}", outside)
    return max(literals, key=len) if literals else None


_PHRASE_RULES = tuple((_trigger(p.pattern[2:-2]), p, r) for p, r in PHRASES)

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


def _tokens(text: str, correct: Corrector | None = None) -> list[str]:
    """Canonical word tokens of raw text (spelling corrected, phrases and synonyms applied,
    not yet stemmed)."""
    normal = words(normalise(text))
    if correct is not None:
        normal = [correct(w) for w in normal]
    joined = " ".join(normal)
    for trigger, pattern, replacement in _PHRASE_RULES:
        if trigger is None or trigger in joined:
            joined = pattern.sub(replacement, joined)
    out: list[str] = []
    for word in joined.split():
        if re.fullmatch(r"\d+s", word):  # "30s" -> "30 second"
            out.extend((word[:-1], "second"))
            continue
        out.append(SYNONYMS.get(word, word))
    return out


def _content(tokens: Sequence[str]) -> list[str]:
    kept = [t for t in tokens if t not in STOP_WORDS or t in KEEP_WORDS]
    return kept or list(tokens)


Features = dict[str, float]


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


@dataclass(frozen=True)
class _Doc:
    topic: str
    role: Literal["example", "answer", "centroid"]


class AnswerIndex:
    """TF-IDF vectors of every phrasing, title and answer, with an inverted index."""

    def __init__(
        self,
        topics: Sequence[Topic],
        docs: list[_Doc],
        postings: dict[str, list[tuple[int, float]]],
        idf: dict[str, float],
        default_idf: float,
        vocabulary: frozenset[str],
    ) -> None:
        self.topics = {t.key: t for t in topics}
        self._topic_words = frozenset(
            f
            for f, posting in postings.items()
            if f.startswith("w:") and any(docs[i].topic != NEGATIVE for i, _ in posting)
        )
        self._docs = docs
        self._postings = postings
        self._idf = idf
        self._default_idf = default_idf
        self._vocabulary = vocabulary
        by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(vocabulary):
            by_initial[word[0]].append(word)
        self._by_initial = {k: tuple(v) for k, v in by_initial.items()}
        self._corrections: dict[str, str] = {}

    @classmethod
    def build(
        cls, topics: Sequence[Topic], negatives: Iterable[str] = OUT_OF_SCOPE_EXAMPLES
    ) -> AnswerIndex:
        texts: list[tuple[_Doc, list[str]]] = []
        for topic in topics:
            texts.append((_Doc(topic.key, "example"), _tokens(topic.title)))
            for phrasing in topic.phrasings:
                texts.append((_Doc(topic.key, "example"), _tokens(phrasing)))
            answer_text = re.sub(r"<[^>]+>", " ", topic.answer)
            texts.append((_Doc(topic.key, "answer"), _tokens(answer_text)))
        negatives = tuple(negatives)
        for negative in negatives:
            texts.append((_Doc(NEGATIVE, "example"), _tokens(negative)))

        raw = [(doc, *_raw_features(tokens)) for doc, tokens in texts]
        # Within one topic, document frequency grows only with the square root of the number
        # of phrasings using a feature: a word many phrasings of one topic share is what
        # makes that topic distinctive, and should not be discounted as if it were common.
        holders: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for doc, word_tf, char_tf in raw:
            for feature in (*word_tf, *char_tf):
                holders[feature][doc.topic] += 1
        n = len(raw)
        idf = {
            f: math.log((n + 1) / (sum(c**DF_POWER for c in t.values()) + 1)) + 1.0
            for f, t in holders.items()
        }
        default_idf = math.log(n + 1) + 1.0

        docs: list[_Doc] = []
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        centroids: dict[str, Features] = defaultdict(lambda: defaultdict(float))
        for doc, word_tf, char_tf in raw:
            vector = _weigh(word_tf, char_tf, idf, default_idf)
            if doc.role == "example":
                for feature, weight in vector.items():
                    centroids[doc.topic][feature] += weight
            docs.append(doc)
            for feature, weight in vector.items():
                postings[feature].append((len(docs) - 1, weight))
        # One more document per topic: the normalised mean of its examples, so a question
        # that mixes words from several phrasings of the same topic still scores well.
        for key, centroid in centroids.items():
            norm = math.sqrt(sum(w * w for w in centroid.values()))
            docs.append(_Doc(key, "centroid"))
            for feature, weight in centroid.items():
                postings[feature].append((len(docs) - 1, weight / norm))
        sources = [t.title for t in topics] + [p for t in topics for p in t.phrasings]
        sources += [re.sub(r"<[^>]+>", " ", t.answer) for t in topics] + list(negatives)
        vocabulary = frozenset(
            word
            for text in (*sources, *SYNONYMS, *SYNONYMS.values(), *_PHRASE_WORDS)
            for word in words(normalise(text))
            if word.isalpha() and len(word) >= 4
        )
        return cls(topics, docs, dict(postings), idf, default_idf, vocabulary)

    # -- querying -------------------------------------------------------------------------

    def _correct(self, token: str) -> str:
        if len(token) < 4 or token in self._vocabulary or not token.isalpha():
            return token
        corrected = self._corrections.get(token)
        if corrected is None:
            corrected = _closest(token, self._by_initial.get(token[0], ()))
            if len(self._corrections) < 20_000:
                self._corrections[token] = corrected
        return corrected

    def tokens(self, text: str) -> list[str]:
        return _tokens(text, self._correct)

    def vector(self, tokens: Sequence[str]) -> Features:
        return _weigh(*_raw_features(tokens), self._idf, self._default_idf)

    def coverage(self, tokens: Sequence[str]) -> float:
        """The IDF-weighted share of the question's words that the topics know at all."""
        total = known = 0.0
        for word in _content(tokens):
            if word in KEEP_WORDS:
                continue
            feature = "w:" + stem(word)
            weight = self._idf.get(feature, self._default_idf)
            total += weight
            if feature in self._topic_words:
                known += weight
        return known / total if total else 1.0

    def scores(self, tokens: Sequence[str]) -> dict[str, float]:
        """Score per topic key (and for the out-of-scope pseudo-topic `NEGATIVE`)."""
        vector = self.vector(tokens)
        if len(vector) > MAX_QUERY_FEATURES:  # long messages: keep the heaviest features
            vector = dict(sorted(vector.items(), key=lambda kv: -kv[1])[:MAX_QUERY_FEATURES])
        dots: dict[int, float] = defaultdict(float)
        for feature, weight in vector.items():
            for doc_id, doc_weight in self._postings.get(feature, ()):
                dots[doc_id] += weight * doc_weight
        best: dict[str, float] = defaultdict(float)
        extra: dict[str, float] = defaultdict(float)
        for doc_id, dot in dots.items():
            doc = self._docs[doc_id]
            if doc.role == "answer":
                extra[doc.topic] += ANSWER_WEIGHT * dot
            elif doc.role == "centroid":
                extra[doc.topic] += CENTROID_WEIGHT * dot
            elif dot > best[doc.topic]:
                best[doc.topic] = dot
        return {
            key: EXAMPLE_WEIGHT * best[key] + extra.get(key, 0.0) for key in set(best) | set(extra)
        }


def _closest(token: str, candidates: Sequence[str]) -> str:
    """The nearest candidate within a small edit distance, or the token itself."""
    if len(token) == 4:  # short words: only two swapped letters ("lnog" -> "long")
        for candidate in candidates:
            swapped = sum(a != b for a, b in zip(candidate, token, strict=False)) == 2
            if len(candidate) == 4 and sorted(candidate) == sorted(token) and swapped:
                return candidate
        return token
    limit = 1 if len(token) < 8 else 2
    best, best_distance = token, limit + 1
    for candidate in candidates:
        distance = edit_distance(token, candidate, limit)
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


def _weigh(
    word_tf: Features, char_tf: Features, idf: dict[str, float], default_idf: float
) -> Features:
    """Sublinear TF-IDF per block, each block L2-normalised and scaled by its weight."""
    out: Features = {}
    for block, share in ((word_tf, WORD_WEIGHT), (char_tf, 1.0 - WORD_WEIGHT)):
        weighted = {f: (1.0 + math.log(c)) * idf.get(f, default_idf) for f, c in block.items()}
        norm = math.sqrt(sum(w * w for w in weighted.values()))
        if norm == 0.0:
            continue
        scale = math.sqrt(share) / norm
        out.update((f, w * scale) for f, w in weighted.items())
    return out


# ---------------------------------------------------------------------------------------------
# Decline rules

_DRUG = re.compile(
    r"\b(?:ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|codeine|co ?codamol|tramadol"
    r"|diclofenac|gabapentin|pregabalin|amitriptyline|morphine|oxycodone|fentanyl|tylenol"
    r"|advil|nurofen|motrin|aleve|voltaren|diazepam|valium|cbd|cannabis|opioids?|opiates?"
    r"|nsaids?|pain ?killers?|pain ?relievers?|muscle relaxants?|anti ?inflammator\w*"
    r"|doses?|dosage|dosing|\d*mgs?|milligrams?|overdose|prescri\w*|pharmac\w*)\b"
)
_MEDICINE = re.compile(
    r"\b(?:med|meds|medication|medications|medicine|medicines|pills?|tablets?|drugs?"
    r"|supplements?|cream|gel|injection)\b"
)
# "Can I take something for the pain?" asks about medicine without naming any.
_TAKE_SOMETHING = re.compile(
    r"\b(?:take|taking|took|have|having|use|using) (?:something|anything|stuff) (?:for|to help"
    r"|against|with|to ease|to dull) (?:the |my |this )?(?:pain|ache|back)"
)
# "What should I take for the pain?", "how many should I take?": a medicine question even
# without the word (a rep count is never something you "take").
_TAKE_FOR = re.compile(
    r"\b(?:what|which|how (?:much|many)|is there (?:a|an|any)?\s*\w*)\s*(?:\w+ )?"
    r"(?:should|can|could|do|would|must) i take\b"
    r"|\b(?:should|can|could) i take (?:for|to|before|after|with)\b"
    r"|\bis there (?:a|an|any) (?:pill|tablet|medicine|medication|drug|cure)\b"
)
_MEDICINE_INTENT = re.compile(
    r"\b(?:how much|how many|which|what|should i take|can i take|could i take|recommend\w*"
    r"|best|strongest|take before|take after|before i|after i)\b"
)
_DIAGNOSIS = re.compile(
    r"\b(?:diagnos\w*|what is wrong with (?:me|my)|what is causing|what causes my"
    r"|(?:do|could|might|would) i have (?:a |an |some )?(?!to\b)\w*(?:itis|osis|disc|disk|"
    r"hernia\w*|tear|fracture|nerve)"
    r"|have i got|could (?:it|this) be|is (?:it|this) (?:a |an )?(?:herniat|slipped|bulg"
    r"|prolaps|torn|trapped|pinched)\w*"
    r"|herniat\w*|slipped dis[ck]s?|bulg\w* dis[ck]s?|prolaps\w*|dis[ck] (?:bulge|problem\w*"
    r"|issue\w*|injur\w*)|degenerat\w*|arthritis|osteoarthritis|stenosis|scoliosis"
    r"|spondylosis|ankylosing|fibromyalgia|kyphosis|lordosis|trapped nerve|pinched nerve"
    r"|kidney\w*|hypermobil\w*|ehlers|endometriosis)\b"
)
_INJECTION = re.compile(
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
_OTHER_EXERCISE = re.compile(
    r"\b(?:squats?|deadlifts?|lunges?|planks?|push ?ups?|press ?ups?|pull ?ups?|chin ?ups?"
    r"|sit ?ups?|crunch\w*|burpees?|bench(?: press)?|kettlebells?|dumbbells?|barbells?"
    r"|weightlifting|lifting weights|run|runs|running|jog\w*|marathon|cycling|swim\w*"
    r"|pilates|crossfit|hyrox|downward dog|cobra|child pose|childs pose|pigeon|cat cow"
    r"|bridges?|supine twist|seated twist|hamstring stretch\w*|foam roll\w*|tennis|golf"
    r"|football|soccer|basketball|hiking|walking|dance|dancing|boxing|rowing|treadmill"
    r"|(?:other|more|different|extra|suggest|recommend\w*|give me|any|some) (?:\w+ )?"
    r"(?:exercises|stretches|workouts|routines)|(?:exercises|stretches|workouts) for"
    r"|stretch(?:es|ing)? (?:for |my |your |the |out )*(?:hamstrings?|quads?|calf|calves|neck"
    r"|wrists?|forearms?|glutes?|piriformis|it band|adductors?|feet|ankles?|biceps|triceps))\b"
)

# An explicit reference to the twist: with one, naming another exercise is context, not topic.
_THIS_EXERCISE = re.compile(
    r"\b(?:twist\w*|prone|(?:this|the|that) (?:stretch|exercise|move|movement|one|pose))\b"
)


def _decline_reason(normal: str) -> Literal["medical", "injection"] | None:
    if _INJECTION.search(normal):
        return "injection"
    if _DRUG.search(normal) or _DIAGNOSIS.search(normal) or _TAKE_SOMETHING.search(normal):
        return "medical"
    if _TAKE_FOR.search(normal):
        return "medical"
    if _MEDICINE.search(normal) and _MEDICINE_INTENT.search(normal):
        return "medical"
    return None


# ---------------------------------------------------------------------------------------------
# Answering

_SENTENCE = re.compile(r"(?<=[.!?\n;:])\s+|\s+(?=but\s|anyway\s|so\s+(?:how|what|can|should))")


def _cap(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    half = MAX_CHARS // 2
    return text[:half] + "\n" + text[-half:]


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
        pieces = [(True, clean[i]) for i in questions]
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

    def best(self, text: str) -> _Match | None:
        """The best match over the segments of the text: a segment holding one of the
        user's questions wins if any passes; otherwise the widest margin over the bar."""
        sentences = [p.strip() for p in _SENTENCE.split(text) if p and p.strip()]
        parts = [
            [*self.index.tokens(p), "?"] if p.endswith("?") else self.index.tokens(p)
            for p in sentences
        ]
        best: _Match | None = None
        for is_question, tokens in _segments(parts):
            scores = self.index.scores(tokens)
            negative = scores.pop(NEGATIVE, 0.0)
            if not scores:
                continue
            key = max(scores, key=lambda k: scores[k])
            # Cosine similarity falls as a message grows, so long segments get a lower bar.
            length = len(_content(tokens))
            scale = min(1.0, math.sqrt(LENGTH_PIVOT / max(1, length)))
            coverage = self.index.coverage(tokens)
            match = _Match(key, scores[key], negative, scale, is_question, coverage)
            if best is None or match.rank > best.rank:
                best = match
        return best

    def answer(self, question: str) -> Answer:
        level = triage(question)
        if level.level is not TriageLevel.NONE:
            return Answer("safety", None, 1.0, safety_reply(level.level), ())
        text = _cap(question)
        normal = normalise(text)
        reason = _decline_reason(normal)
        if reason is not None:
            return _decline("medical" if reason == "medical" else "general")
        if all(w in SMALL_TALK for w in words(normal)):
            return _decline("general")
        match = self.best(text)
        if match is None or not match.passes:
            return _decline("general", match.score if match else 0.0)
        if _OTHER_EXERCISE.search(normal) and (
            not _THIS_EXERCISE.search(normal)
            or match.score < OTHER_EXERCISE_THRESHOLD * match.scale
        ):
            return _decline("general", match.score)
        topic = self.index.topics[match.key]
        return Answer("topic", match.key, match.score, topic.answer, topic.related)


@dataclass(frozen=True)
class _Match:
    key: str
    score: float
    negative: float  # score of the out-of-scope examples
    scale: float  # 1 for short questions, lower for long ones
    is_question: bool  # the segment holds a sentence ending in a question mark
    coverage: float  # share of the question's words the topics know

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

    @property
    def rank(self) -> tuple[bool, bool, float]:
        return (self.passes, self.passes and self.is_question, self.slack)


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher(AnswerIndex.build(TOPICS))


def answer(question: str) -> Answer:
    """Triage, then the best topic from the question bank, or a kind decline."""
    return default_matcher().answer(question)


_TITLES = {t.key: t.title for t in TOPICS}


def topic_title(key: str) -> str:
    """The short button label of a topic. Raises KeyError for an unknown key."""
    return _TITLES[key]
