"""Text normalisation shared by free-text triage and question matching.

Pure functions, no I/O. `normalise` turns what people type on a phone into lowercase ASCII
words separated by single spaces: accents stripped, curly quotes straightened, common
contractions expanded ("can't" -> "can not", "doesnt" -> "does not"), punctuation removed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Contractions written with an apostrophe. Order matters: specific forms before the generic
# "n't" rule.
_APOSTROPHE_FORMS: tuple[tuple[str, str], ...] = (
    (r"\bcan'?t\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bshan'?t\b", "shall not"),
    (r"\bain'?t\b", "is not"),
    (r"n't\b", " not"),
    (r"'m\b", " am"),
    (r"'re\b", " are"),
    (r"'ll\b", " will"),
    (r"'ve\b", " have"),
    (r"'d\b", " would"),
    (
        r"\b(it|that|what|there|here|this|he|she|who|where|how|when|everything|something)'s\b",
        r"\1 is",
    ),
    (r"'s\b", ""),  # possessive: "leg's" -> "leg"
)

# Contractions typed without the apostrophe (phones often drop it). Only forms that are not
# also ordinary words ("wont", "ill", "well", "its" and "id" are left alone, except "its").
_BARE_FORMS: dict[str, str] = {
    "cant": "can not",
    "cannot": "can not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "mustnt": "must not",
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "theyre": "they are",
    "thats": "that is",
    "whats": "what is",
    "hows": "how is",
    "theres": "there is",
    "its": "it is",
    "u": "you",
    "ya": "you",
    "wat": "what",
    "wot": "what",
    "thru": "through",
    "abt": "about",
    "cuz": "because",
    "coz": "because",
    "b4": "before",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "dunno": "do not know",
    "kinda": "kind of",
    "sorta": "sort of",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
}

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)

_NON_WORD = re.compile(r"[^a-z0-9']+")
_SPACES = re.compile(r"\s+")
_APOSTROPHE_RULES = tuple((re.compile(p), r) for p, r in _APOSTROPHE_FORMS)
_WORD = re.compile(r"[a-z0-9]+")


def strip_accents(text: str) -> str:
    if text.isascii():  # most messages: nothing to decompose, nothing combining
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lowercase ASCII words separated by single spaces (see the module docstring). Cached:
    understanding one message normalises the same text (the message, each sentence) several
    times, in triage and in the answer."""
    text = strip_accents(text.translate(_QUOTES)).lower()
    text = text.replace("&", " and ").replace("w/o", " without ").replace("w/", " with ")
    text = _NON_WORD.sub(" ", text)
    if "'" in text:
        for pattern, replacement in _APOSTROPHE_RULES:
            text = pattern.sub(replacement, text)
    words = [_BARE_FORMS.get(w, w) for w in text.replace("'", " ").split()]
    return _SPACES.sub(" ", " ".join(words)).strip()


_BLANK_RUN = re.compile(r"\s{4,}")


def squeezed(text: str) -> str:
    """``text`` with every run of four or more blanks read as three (of newlines when it has
    one): words stay apart as before, and no run is long enough for a pattern with several
    optional blanks in a row to try every way of splitting it. A message of 3,000 spaces
    between two words, or a rest whose long spans were set aside (`blanked`), had held the
    event loop for minutes."""
    return _BLANK_RUN.sub(_three_blanks, text)


def _three_blanks(match: re.Match[str]) -> str:
    return "\n\n\n" if "\n" in match.group() else "   "


def blanked(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with every match of ``pattern`` turned into as many spaces: the words are set
    aside and every other word keeps its place."""
    return pattern.sub(lambda match: " " * len(match.group()), text)


def words(text: str) -> list[str]:
    """The words of already normalised text."""
    return _WORD.findall(text)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap neighbours).

    Returns ``limit + 1`` as soon as the distance is known to exceed ``limit``.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]
