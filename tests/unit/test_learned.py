"""The learned second reader (`coach.questions.learned`): it only ever adds the net's question
where no rule finds a red flag, and its weights are the ones trained on today's batches."""

from __future__ import annotations

import json

import numpy as np
import pytest

import coach.questions.triage as triage_module
from coach.questions import learned
from coach.questions.answers import answer, understand
from coach.questions.triage import TriageLevel, sees_sign, triage
from coach.questions.unsure import UNSURE

# Red flags in wordings of the lead's own (tenth session, written before the model was first
# used on a blind batch) that no rule reads: the learned reader asks.
NO_RULE_READS = [
    "nothing below my belly button feels right since tuesday, sort of far away",
    "been going to the loo way less than normal even though i'm drinking loads, back's bad",
    "everything from my waist down feels like it belongs to someone else",
]

# Harmless messages with alarming words, of the same probe: the reader leaves them alone.
HARMLESS = [
    "my leg day was brutal, quads are dead, can i still do the twist",
    "killing it at work today, how long should a session be",
    "my dog's back legs are wobbly, vet says it's age. how many reps for me",
    "no numbness, no bladder trouble, just a stiff back from gardening. hold time?",
    "i had a fever last month but i'm totally fine now, when can i start",
    "weak glutes apparently, says my pt. does the twist help",
    "lost my phone and my keys this week, what a mess. which side first?",
]


def test_the_weights_were_trained_on_the_batches_as_they_are_now() -> None:
    meta = json.loads(learned.META.read_text(encoding="utf-8"))
    assert meta["batches"] == len(learned.eval_files())
    assert meta["fingerprint"] == learned.fingerprint(), (
        "benchmarks/eval changed since the model was trained: run the new batch's first sight, "
        "then `python -m coach.questions.learned`"
    )
    assert learned.reader().weights.shape == (learned.DIM,)


def test_the_committed_model_separates_every_message_it_was_trained_on() -> None:
    reader = learned.reader()
    rows = [(text, red) for text, red in learned.product_rows() if learned.enough_words(text)]
    # (shorter messages are the rules' alone: "both legs", "right now")
    wrong = [text for text, red in rows if (reader.score(text) >= learned.ASK_AT) != red]
    assert wrong == []


def test_features_are_distinct_sorted_bounded_and_stable() -> None:
    text = "Since Friday my LEFT foot drags a bit 😬, can't lift it!"
    found = learned.features(text)
    assert list(found) == sorted(set(found.tolist()))
    assert found.min() >= 0 and found.max() < learned.DIM
    assert np.array_equal(found, learned.features(text))
    # the normalised form is what counts: case, emoji and punctuation do not
    plain = "since friday my left foot drags a bit cant lift it"
    assert np.array_equal(found, learned.features(plain))
    assert len(learned.features("")) == 0
    assert learned.reader().score("") == 0.0
    assert learned.reader().score("🙂🙂🙂") == 0.0


def test_training_learns_to_tell_two_kinds_of_message_apart() -> None:
    red = [
        f"my {part} has gone numb since {day} and it will not come back"
        for part in ("leg", "foot", "thigh", "bum", "groin", "knee")
        for day in ("monday", "tuesday", "friday", "yesterday")
    ]
    harmless = [
        f"how long should i {verb} the twist on {day}"
        for verb in ("hold", "do", "practise", "repeat", "start", "try")
        for day in ("monday", "tuesday", "friday", "yesterday")
    ]
    model = learned.train([(t, True) for t in red] + [(t, False) for t in harmless])
    assert model.score("my calf has gone numb since sunday and it will not come back") > 0.8
    assert model.score("how long should i hold the twist on sunday") < 0.2
    # and it is deterministic
    again = learned.train([(t, True) for t in red] + [(t, False) for t in harmless])
    assert np.array_equal(model.weights, again.weights)


@pytest.mark.parametrize("text", NO_RULE_READS)
def test_a_red_flag_no_rule_reads_gets_the_nets_question(text: str) -> None:
    assert triage(text).level is TriageLevel.NONE
    assert learned.reads_red_flag(text, sees_sign)
    found, got = understand(text)
    assert got.kind == "safety_ask"
    assert found == UNSURE  # the chat's Yes buttons act on the net's triage


@pytest.mark.parametrize("text", NO_RULE_READS)
def test_after_no_the_message_is_answered_as_a_question(text: str) -> None:
    assert answer(text, safety_checked=True).kind != "safety_ask"


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_messages_are_left_to_the_rules_and_the_bank(text: str) -> None:
    assert not learned.reads_red_flag(text, sees_sign)
    assert answer(text).kind not in {"safety", "safety_ask"}


def test_a_message_too_short_to_weigh_is_left_to_the_rules() -> None:
    # "since monday both" reads like a red flag's ending, but five words or fewer say too
    # little for the reader; the rules and the rule-based net read short messages alone
    assert learned.reader().score("since monday both") >= learned.ASK_AT
    assert not learned.enough_words("since monday both")
    assert not learned.reads_red_flag("since monday both", lambda _: False)
    assert learned.enough_words("one two three four five six")


class _Fixed(learned.Reader):
    def __init__(self, score: float) -> None:
        super().__init__(np.zeros(learned.DIM, np.float32), 0.0)
        self.fixed = score

    def score(self, text: str) -> float:
        return self.fixed


@pytest.mark.parametrize(
    ("score", "sign_seen", "asks"),
    [
        (0.49, False, False),  # under the vote: nothing
        (0.5, False, True),  # no rule found a sign: the vote asks
        (0.98, True, False),  # a rule found one and weighed it harmless: that stands...
        (0.99, True, True),  # ...unless the reader is all but sure
    ],
)
def test_the_reader_overrules_a_rules_harmless_weighing_only_when_all_but_sure(
    monkeypatch: pytest.MonkeyPatch, score: float, sign_seen: bool, asks: bool
) -> None:
    monkeypatch.setattr(learned, "reader", lambda: _Fixed(score))
    seen: list[str] = []

    def rules(text: str) -> bool:
        seen.append(text)
        return sign_seen

    text = "six words are enough for it"
    assert learned.reads_red_flag(text, rules) is asks
    assert len(seen) <= 1  # the rules' reading, at most once (it costs more than the vote)


# Twelfth session: mild soreness after a session of an earlier day, with no other sign, is the
# net's own harmless reading (`unsure.sore_after_session_11`); the reader scored the first 0.997
# and asked. The counter-probe tells a sign beside it: the rules lock out.
MILD_SORE_AFTER = [
    "first time doing the exercise two days ago and still a touch sore, normal?",
    "tried the stretches for the first time 3 days ago, still slightly achy in my side, normal"
    " or not?",
]


@pytest.mark.parametrize("text", MILD_SORE_AFTER)
def test_mild_soreness_after_an_earlier_session_is_answered_not_asked(text: str) -> None:
    got = answer(text)
    assert (got.kind, got.topic) == ("topic", "pain_after")


def test_a_sign_beside_the_soreness_still_locks_out() -> None:
    text = (
        "did the twist two days ago, still a bit sore, and since then wiping feels numb down there"
    )
    assert triage(text).level is TriageLevel.EMERGENCY
    assert answer(text).kind == "safety"


# Fifteenth session (`coach.questions.triage._told_as_harmless`): messages a rule locks out that
# the reader reads as told the way harmless messages are (the lead's wordings, kept out of the
# training by `benchmarks.probe_wordings`, which skips this file): asked, not locked out.
TOLD_AS_HARMLESS = [
    "watched a film about a plane crash last night, gripping. "
    "when in the day suits this stretch best",
    "watched a documentary about a motorway pile-up last night, gripping stuff. "
    "which side goes first for me",
    "our pub quiz team is called The Weak Bladders lol, we came second again. "
    "ok to twist after a pint or two",
]
# Red flags told lightly, of the same probe: still locked out.
TOLD_LIGHTLY_LOCKED = [
    "lol my foot keeps slapping the pavement since tuesday, can't lift the toes. "
    "anyway how many reps",
    "haha so i tumbled down the last few steps earlier today, my back is killing me, "
    "is the twist ok",
    "quick one, which arm goes up? also weirdly no feeling when i wipe with the loo roll "
    "since yesterday",
    "ngl been wetting myself a bit without noticing this week, back's tight. hold or flow?",
    "got knocked off my scooter sunday, walked away fine, back is sore now. how soon "
    "can i do the twist",
    "my chest has been tight and heavy since the warm up, sitting down didn't help. "
    "is that normal?",
]


def _rules_alone(text: str) -> triage_module.Triage:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(triage_module, "reads_harmless", lambda text: False)
        return triage_module._triaged(text)


@pytest.mark.parametrize("text", TOLD_AS_HARMLESS)
def test_a_lockout_told_the_way_harmless_messages_are_is_asked(text: str) -> None:
    assert learned.reader().score(text) < learned.ASK_UNDER
    rules = _rules_alone(text)
    assert rules.level is TriageLevel.EMERGENCY and not rules.ambiguous  # the rules lock it out
    found = triage(text)
    assert (found.level, found.signs, found.ambiguous) == (rules.level, rules.signs, True)
    assert found.context == "told"
    assert answer(text).kind == "safety_ask"


@pytest.mark.parametrize("text", TOLD_LIGHTLY_LOCKED)
def test_a_red_flag_told_lightly_still_locks_out(text: str) -> None:
    found = triage(text)
    assert found.level is TriageLevel.EMERGENCY and not found.ambiguous
    assert answer(text).kind == "safety"


def test_a_lockout_too_short_to_weigh_stays_a_lockout() -> None:
    # the reader reads it as harmless, but five words give it too little to go on
    text = "the plane crash documentary, gripping"
    assert learned.reader().score(text) < learned.ASK_UNDER
    assert not learned.reads_harmless(text)
    found = triage(text)
    assert found.level is TriageLevel.EMERGENCY and not found.ambiguous


def test_a_sign_whose_own_sentence_reads_as_a_red_flag_stays_a_lockout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # h79/rt43's first sight: a leak told in one sentence of a long, cheerful message; the
    # whole read as harmless, its own sentence as a red flag. A model trained on just that
    # (the product's reader is injected, the rules and the gate are the product's own)
    chat = (
        "so the kids are back at school, the dog is walked and the kitchen is tidy, coffee in hand"
    )
    sign = "since friday i keep wetting myself without noticing"
    text = f"{chat}. {sign}. which side goes first for me?"
    model = learned.train([(text, False)] * 3 + [(sign, True)] * 3 + [(chat, False)])
    assert model.score(text) < learned.ASK_UNDER and model.score(f"{sign}.") >= learned.ASK_AT
    monkeypatch.setattr(learned, "reader", lambda: model)
    rules = _rules_alone(text)
    assert rules.level is TriageLevel.EMERGENCY and not rules.ambiguous
    assert triage_module._told_as_harmless(text, rules) == rules  # the sentence keeps it
    # ...and where the sign's own sentence reads as harmless too, the whole is asked
    model = learned.train([(text, False)] * 3 + [(chat, False)])
    monkeypatch.setattr(learned, "reader", lambda: model)
    asked = triage_module._told_as_harmless(text, rules)
    assert (asked.level, asked.ambiguous, asked.context) == (rules.level, True, "told")
