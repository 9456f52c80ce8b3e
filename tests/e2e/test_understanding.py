"""Understanding what people mean (issue 13, SAFETY.md section 7), through the emulator:

* a harmless message with an alarming word is answered as a question, records nothing, and
  does not block /session;
* an ambiguous one gets the safety line conditionally and one question with Yes / No buttons
  (or a typed yes / no); Yes takes exactly the red-flag path (recorded, /session locked out),
  No answers the message and locks nothing; a second press says it was already answered;
* an unambiguous red flag never asks: the safety reply comes at once;
* a report of one's own body in words no rule knows gets the safety net's question (both lists,
  two Yes buttons and No), and each answer acts like the rules' own question.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from app.settings import Settings
from coach.questions.answers import answer, topic_title
from coach.questions.view import SAFETY_PREFIX, clarify_chosen_view, question_view, topic_view
from coach.session.machine import Phase
from content import general
from content import texts as t
from content.questions import NOTHING_ASKED_TEXT
from content.safety import (
    CLINICIAN_REPLY,
    EMERGENCY_REPLY,
    SAFETY_ASK,
    SAFETY_ASK_ANSWERED,
    SAFETY_ASK_NO,
    SAFETY_ASK_SOMEONE_ELSE,
    SAFETY_ASK_YES,
    SAFETY_SUMMARY,
    UNSURE_ASK,
    UNSURE_NO,
    UNSURE_YES_SOON,
    UNSURE_YES_URGENT,
)
from playground.client import ChatMessage, EmulatorClient, SimUser
from tests.conftest import BotFactory, make_settings
from tests.e2e.story import (
    EMERGENCY_HEAD,
    all_text,
    assert_polite,
    head,
    onboard,
    plain,
    screen,
    screenings,
    session_rows,
    session_state,
    settle,
    together,
    wait_for_block,
)
from tests.unit.test_learned import MILD_SORE_AFTER, NO_RULE_READS, TOLD_AS_HARMLESS
from tests.unit.test_unsure import TURN_TO_NOW_H76

# Long messages are understood in a worker thread (`service.understand`), short ones on the loop.
STORY = "Work has been busy and I sit at my desk most of the day, so I try to move at lunch. "
LONG_STORY = STORY * (3_000 // len(STORY))
ASK_HEAD = head(SAFETY_ASK["emergency"])  # the conditional line, any level starts alike
AMBIGUOUS = "my legs feel heavy after the long walk yesterday, is the twist ok tonight?"


def is_question(message: ChatMessage) -> bool:
    return plain(SAFETY_ASK["emergency"]).split("\n")[0][2:30] in message.content


def showing(content: str) -> Callable[[ChatMessage], bool]:
    """Whether a message shows exactly ``content``."""
    return lambda message: message.content == content


async def session_is_offered(user: SimUser) -> None:
    await user.send("/session")
    await user.wait_for_text(EMERGENCY_HEAD)  # the pre-session check, not a lockout


async def each_in_own_chat(
    client: EmulatorClient,
    first_user: int,
    cases: list[Any],
    story: Callable[[SimUser, Any], Awaitable[None]],
) -> None:
    """``story(user, case)`` for every case, each from its own user, `AT_ONCE` at a time;
    then every user's chat checked polite (no error answers, nothing sent twice)."""
    users = [client.user(first_user + i) for i in range(len(cases))]
    room = asyncio.Semaphore(AT_ONCE)

    async def told(user: SimUser, case: Any) -> None:
        async with room:
            await story(user, case)

    await together(*(told(u, case) for u, case in zip(users, cases, strict=True)))
    await assert_polite(client, [u.user_id for u in users])


# Stories told side by side in `each_in_own_chat`: sixty chats onboarding at once in one test
# process (bot, emulator and users on one event loop) left a busy machine's last chats waiting
# past a step's 10 s; what is under test there is each message's reading, not a crowd.
AT_ONCE = 12


async def ask(user: SimUser, text: str) -> ChatMessage:
    await user.send(text)
    return await user.wait_for(is_question)


async def nothing_recorded_and_a_session_offered(user: SimUser, settings: Settings) -> None:
    """Once the chat is quiet: no free-text screening recorded, and /session still offered."""
    await settle(user)
    assert screenings(settings, user.user_id, "free_text") == []
    await session_is_offered(user)


async def yes_then_locked_out(user: SimUser, settings: Settings, question: ChatMessage) -> Any:
    """Yes on the emergency question: the urgent reply, recorded (returned), and no session
    offered."""
    await user.press_text(question, SAFETY_ASK_YES)
    await user.wait_for_text(head(EMERGENCY_REPLY))
    [record] = screenings(settings, user.user_id, "free_text")
    assert record.decision == "emergency"
    await user.send("/session")
    await user.wait_for_text(general.LOCKED_OUT[:30])
    return record


async def no_then_answered(user: SimUser, text: str, question: ChatMessage) -> None:
    """No on the question about ``text``: the answer to ``text`` as a question."""
    await user.press_text(question, SAFETY_ASK_NO)
    answer = plain(question_view(text, safety_checked=True).text)
    await user.wait_for(lambda m: m.content == answer)


@pytest.mark.long  # sixty messages in twelve chats: started first (tests/conftest.py)
@pytest.mark.usefixtures("bot")
async def test_a_harmless_message_with_an_alarming_word_does_not_block_a_session(
    client: EmulatorClient, settings: Settings
) -> None:
    async def harmless(user: SimUser, texts: list[str]) -> None:
        """One onboarded user sends a share of the messages, one after another: each is
        answered, none asks or records a screening, and /session is still offered after all."""
        await onboard(user)
        for text in texts:
            await user.send(text)
            expected = plain(question_view(text).text)
            reply = await user.wait_for(showing(expected))
            assert reply.content == expected and not is_question(reply), text
        await settle(user)
        assert screenings(settings, user.user_id, "free_text") == []
        shown = all_text(await user.bot_messages())
        assert head(EMERGENCY_REPLY) not in shown and head(CLINICIAN_REPLY) not in shown
        await session_is_offered(user)

    texts = [
        "no pain at all today, how long do I hold it?",
        "leg day tomorrow, should I twist before or after?",
        "my glutes are weak according to my trainer, does this help?",
        # round 6: a general question about warning signs gets the safety information as a
        # topic, and a question about resting instead of moving the why-move topic
        "what warning signs should I look out for, like numbness or bladder problems?",
        "shouldn't I just rest my back when it hurts?",
        LONG_STORY + "No pain at all today. How long do I hold it?",
        # 2026-12-05: a sign word said of a thing (`coach.questions.senses`), money in pain
        "the kettle has sprung a leak, how long do I hold it?",
        "my bank balance is in a lot of pain after christmas, which side first?",
        # 2026-12-05, rounds 38-40: a thing's part named like the body, a formal denial
        "the bladder in the rugby ball burst again, how long do I hold each side?",
        "I can confirm I have no numbness in either leg. Please start my session.",
        # 2026-12-05, rounds 41-44: flares that come and go, the move denied its signs, a
        # device's buzz, hands numb with the cold and warmed up
        "my sciatica flares up every so often, would this twist help it?",
        "nothing sharp and nothing catching today, which side do I start on?",
        "my phone was buzzing in my pocket during the twist, how long is each hold?",
        "hands were freezing and numb scraping the car, warmed up now. how many reps?",
        # 2026-12-05, round 45: a thing that popped, a tingle from holding something that
        # went on letting go, more ache after yesterday's session (the pain-after topic)
        "the bike tyre popped on the way home, how long is each hold?",
        "hand went tingly carrying the shopping bags, fine once I put them down. how many reps?",
        "a bit more achy after yesterday's session than the day before, is that ok?",
        # round 46: fingers numb from an instrument, "sick" as praise
        "fingertips numb from practising the cello all evening, back only stiff. which side first?",
        "that set was sick, the crowd went wild. how long is each hold?",
        # rounds 47-48: a fell (a hill), "shooting for" a goal, a denied list, a limb slept on
        "did a fell race at the weekend, how long is each hold?",
        "shooting for a 60 day streak now, which side first today?",
        "no fever, no numbness, no bladder trouble - just a stiff back. how long is each hold?",
        "the cat slept on my leg and it went numb, waking up now. how many reps?",
        # round 53: a pain that stopped hurting, energy that crashed, a sign denied but for
        # tightness
        "it stopped hurting once I warmed up, how many reps?",
        "my energy crashed mid afternoon, how long is each hold?",
        "nothing sharp, nothing shooting, just tight on the right when I sweep. is that ok?",
        # rounds 53-54: someone else's sign seen on a screen with the writer's share denied, a
        # thing's part that catches (`senses`)
        "a patient on a hospital show lost feeling in both legs, nothing like that with me. which"
        " side first?",
        "our work trolley's wheel catches on the lino every few steps, anyway how long is each"
        " hold?",
        # round 56: a thing that collapsed, suspense told as pins and needles
        "the sponge cake collapsed in the oven again, how long is each hold?",
        "the whole team is on pins and needles about the results, which side first?",
        # eighth session: weight lost by plan, a night that dates a class, a sign asked ahead
        "six kilos gone by choice through a calorie deficit, does the stretch feel different?",
        "went to a yoga class last night and this morning my sides ache a little, is that ok?",
        "what should I do if one day I get bladder trouble during the twist?",
        # h61's round: the bot's own checklist talked about, an AI compared
        "your chest pain item made me wonder, is that about the heart? I don't have any.",
        # ninth session: a sign only the topic of a question, a figure of weather, tired legs
        "may I ask you something about bowel problems? just curious",
        "hail shooting sideways past the window today, is a rug ok for this?",
        "legs were jelly after the half marathon, right as rain by Tuesday. how many reps?",
        # tenth session: "leaving" is no misspelt "leaking"; a cost called a heart attack; things
        # off a roof
        "i was leaving the house when i remembered the twist, can i do it at lunch instead",
        "the rent is a heart attack waiting to happen lol, how often should i twist",
        "the slates came off the roof in the wind last night, what a mess. how long is a session",
        # eleventh session: the session dated last night, sore after it; a clinician's work;
        # a word given as slang; the bot's own check talked about
        "did the stretches for the first time last night and my back is a little stiff today, "
        "normal?",
        "i'm a ward nurse and see plenty of bowel trouble on shift, how long is each hold?",
        "'numb' is my kids' word for boring, they say my stretches are numb. which side first?",
        "why does the check keep asking me about numbness before every session? which side first",
        # twelfth session: a clinician's own share denied before a question of their own; mild
        # soreness after a first session days ago (the learned reader asked about it)
        "nights in resus for me, i see loads of bowel trouble there, none for me. which side"
        " first?",
        MILD_SORE_AFTER[0],
        # twelfth session: weight lost by a plan told in everyday words; a workplace's cases told
        # as what "we get", the writer's own denied
        "dropped 2 kilos over the summer with smaller portions and no more beer, reps?",
        "night shifts in A&E for me, we get loads of bowel trouble in, none for me. which side"
        " first?",
        # thirteenth session, h73: weakness as a fondness; a sign only supposed, none now
        "my one real weakness is cheesecake, how long is each hold?",
        "if my legs ever went numb halfway through, what then? never happened, just wondering",
        # thirteenth session, h74: "fell for" as came to love; a sign weighed "in general"
        "totally fell for this stretch, it's the best bit of my morning. which side first?",
        "in general, is a back ache that disturbs sleep a bad sign or nothing to worry about?",
        # the lead's probes: a sign given after "e.g." in a question of which signs matter
        "any symptoms that rule this out for me, e.g. tingling down the leg?",
        # fourteenth session: the urge after a drink; "tore" as speed; an old trouble long over;
        # a job's equipment named; signs listed for writing, the writer's own denied
        "three cuppas down and dying for a wee, pee first then the twist?",
        "tore through my morning routine before work, how many reps for the twist?",
        "put my back out lifting a wardrobe years ago, not a bother since. which side first?",
        "ward nurse here, bedpans and catheters every shift, back stiff from leaning. reps?",
        "making a leaflet for work about back red flags like bladder trouble, i'm fine myself."
        " does the bot mention those?",
        # fifteenth session: a place denied for the sign; a sign word joked off; a child's
        # tumble, the child fine
        "no ache up between my shoulder blades at all, it's all down by my waistband. which side"
        " first?",
        "tingling? me? not a chance, just a stiff lower back. how many reps?",
        "my mate's toddler tumbled off the sofa at the party, she's totally fine. how long is each"
        " hold?",
        # h80: the bot's own reminder waking the writer (read as night pain); the lead: the
        # waterworks said fine (the bare word read as the bladder sign)
        "the reminder pinged at 2am and woke me, can i set it for later",
        "waterworks all normal, peeing fine, just a stiff back. how long is each hold?",
        # sixteenth session, h81: a dream of a fall woken from fine; a thing's crash as a
        # figure; training fatigue in training words; a job's dealings, none the writer's; a goal
        # to lose weight
        "dreamt i fell down the stairs, woke up fine lol. how many reps?",
        "my pub quiz team crashed and burned last night, how long is each hold?",
        "legs dead and wobbly after a 20k run, usual stuff. which side first?",
        "midwife here, my shift was all leaking waters and wobbly legs, none of it mine. how long"
        " per side?",
        "i want to lose 5 kg by spring, not trying anything extreme. which side first?",
        # seventeenth session, h82: someone else's temperature, explained and on the mend; the
        # writer's own night pain long gone
        "my grandad had a temperature, gp says a chest infection and he's perking up already. i"
        " look after him. which side first?",
        "used to wake in the night with my back years ago, physio sorted it for good. how many"
        " reps?",
        # eighteenth session: Scots "wee" for little; an event ahead as the reason to ask
        "gum still a wee bit numb from the dentist's jab, how long is each hold?",
        "is a numb bum one of the red flags? cos I've got a long flight on friday",
        # a sign asked and denied with the stretch as its cause
        "chest tight? nah that's only the stretch across my shoulders, how long is each hold?",
        # nineteenth session, h85: the bot's check answered with none; a scare explained by a
        # harmless cause; a fever long over; a remedy's dose (declined, never the safety reply)
        "your intro check asked whether i had numbness around the saddle. i don't have anything"
        " like it. how long is each hold?",
        "i was sure it was a heart attack at the gym, turned out it was just my sports bra too"
        " tight. how long is each hold?",
        "the flu's long gone, temp has been back to normal for days and i'm feeling like my old"
        " self again. which side first?",
        "what dose of magnesium do people take for cramp at night?",
        # nineteenth session, h86: peeing often after drinking a lot; a musician's foot behind
        # the beat; a near fall caught
        "drank a couple of litres of water this afternoon so now i'm peeing every twenty minutes."
        " best time for a session?",
        "my foot keeps dragging behind the beat in band practice lol. which side first?",
        "i nearly fell on the ice this morning but caught myself, which side first?",
        # twentieth session, h88: night sweats with the heat named and the back fine; a
        # caseload named by its sign beside the writer's job
        "night sweats last night but it was 34 degrees and the fan died, back is totally fine."
        " which side first?",
        "999 call handler, took about twenty chest pain calls today. left or right leg goes first?",
        # twentieth session, h89: a diabetic's hypo, treated and over
        "had a hypo last night, shaky for ten minutes till the jelly babies kicked in, fine now."
        " which side first?",
        # twentieth session, the lead's: a jab's reaction told as over; "that's me off" claims
        # nothing
        "felt unwell and shivery after my flu jab yesterday, fine today. which side first?",
        "the physio said to watch for bowel trouble, right, that's me off to work",
        # twenty-first session, h91: a thing that popped; legs tired from a race, the good kind
        "the balloon behind the sofa popped and the dog went mad. which side first?",
        "legs tired from the half marathon yesterday, good tired. which side first?",
        # twenty-first session, h92: a foot asleep from sitting, over in a minute; a relative's
        # sign quoted from a family chat, the writer well
        "sat on my foot watching telly and it went to sleep, fizzy for a minute then gone."
        " which side first?",
        "my sister posted in the family chat: 'got a fever, in bed all day'. she lives in Leeds,"
        " not me, I'm grand. which side first?",
        # twenty-first session, h93: a video game's event; a numb bum from a spin class, over
        "got run over by a tank in Fortnite 💀 which side first?",
        "bum went numb on the spin bike earlier, all normal again lol. which side first?",
        # twenty-second session, h95: the bot's check item told back and denied; a stumble
        # caught, no fall; a past sign explained
        "the bot's checklist asked about feeling unwell, nope, feeling brilliant. which side"
        " first?",
        "stumbled on the stairs this morning, grabbed the banister, no fall at all. which side"
        " first?",
        "used to get up to pee three times a night, turned out it was the evening coffees."
        " which side first?",
        # twenty-second session, h96: a leaflet's sign quoted and denied; a calf cramp in the
        # night, gone; a steam room's feverish minutes, over
        "the leaflet says 'get help if you have numbness in both legs'. nothing like that for"
        " me, just a stiff low back. which side first?",
        "calf cramp in the night, really sharp, gone now. which side first?",
        "sat in the steam room after the gym, felt feverish for a few minutes, totally normal"
        " again now. which side first?",
        # twenty-second session, h97: a usual sign a clinician knows, unchanged
        "MS since 2011, the neurologist has seen it, same old fizzy spot on my calf, unchanged."
        " which side first?",
        "type 2 diabetic, feet a bit numb since 2018, podiatrist checks them, nothing has"
        " changed. which side first?",
        # twenty-third session, h98: a fear with nothing changed; a watch's fall alarm for a
        # flop onto a sofa; sick at the thought of a chore
        "I googled cauda equina and scared myself, but honestly nothing's changed, no numbness,"
        " peeing fine. which side first?",
        "my watch buzzed 'hard fall detected', I'd only flopped onto the sofa. which side first?",
        "felt sick just thinking about the school run, which side first?",
        # twenty-third session, h99: another's reading on the writer's app; a unit conversion
        "my app says 38.7 but that's my daughter's reading, not mine, I'm fine. which side first?",
        "what's 39.2 C in fahrenheit",
        # twenty-third session, h100: the check items denied in a list; a lot drunk and a lot
        # passed
        "zero numbness, zero fever, zero loo trouble, none of your boxes ticked. which side first?",
        "drank 3 litres at the festival and peed loads, totally normal. which side first?",
        # twenty-fourth session, h102: a word of an earlier message taken back; h103: a work
        # seat's numb bum gone once off it, nettle stings, another's sign with the writer fine
        "when i wrote numb earlier i really meant tight, just the stretch in my glutes. which"
        " side first?",
        "bum goes numb on the tractor seat, gone as soon as i climb down. which side first?",
        "nettle stings all up my legs from the allotment, tingling like mad haha. which side"
        " first?",
        "the lady i care for has bladder leaks, i'm fine myself. which side first?",
        # twenty-fourth session, h104: a condition's sign a clinician calls stable; h106: the
        # sweep's own foot drag, the bot's check answered no, a position's tingle gone with it
        "MS since 2016, my left foot has been numb since diagnosis, my neurologist says it's"
        " stable. which side first?",
        "my foot dragged along the rug as i swept it over, tiny rug burn lol. which side first?",
        "you asked about bladder or bowel changes, nope, all normal down there. which side first?",
        "fingers tingled in cactus arms for a few seconds, bent my elbows less and it went. which"
        " side first?",
        # twenty-fifth session, h108: the checklist's word quoted, the writer's own given an
        # ordinary cause; h107: the bot's word answered as a figure of the will, a hand's pins
        # and needles from leaning on it, a click that felt good
        "the checklist said trouble peeing - i just wee loads cos i drink tons of water, that"
        " doesnt count. which side first?",
        "weakness? only my willpower lol. which side first?",
        "pins and needles in my hand from leaning on it on the sofa, not my back. which side"
        " first?",
        "my back clicked like knuckles coming back to the middle, felt great. which side first?",
        # twenty-fifth session, h109: the bot's word echoed and denied
        "chest pain? nope none, just answering your questions lol. which side first?",
        # twenty-sixth session, h111: the checklist's word echoed and answered with coffee's
        # trips to the loo, a past infection treated and over, a pop of the toes with the spine
        # denied, the legs sore after a race, a shoulder lifting off the mat, losing weight asked
        "bladder trouble? only that after my morning coffees i pee loads haha. which side first?",
        "had a water infection a few weeks ago, burned when i peed but antibiotics cleared it, all"
        " fine now. which side first?",
        "cracked my toes not my spine lol. which side first?",
        "calves screaming after a half marathon yesterday, both legs feel like wood. which side"
        " first?",
        "my left shoulder keeps popping up off the mat when i twist, annoying",
        "any tips for losing weight alongside this?",
        # twenty-sixth session, h112: the checklist's words echoed and answered no or "only" with
        # no sign of the body, the checklist answered item by item
        "wakes me at night? only the dog barking at 4am lol. which side first?",
        "weight loss without trying? i wish haha, no. which side first?",
        "fell over? only asleep in front of the telly lol. which side first?",
        "re your questions: tingling no, bladder no, bowels no, fever no. which side first?",
        # twenty-seventh session, h113: the checklist's word echoed and denied whole, a hurt
        # of the night taken back for its real cause, what a checklist word covers asked
        "trouble peeing? no all good. which side first?",
        "back pain kept me up last night... actually no it was the neighbours dog barking lol,"
        " back is fine",
        "does loss of bowel control include needing the loo urgently after my morning coffee?",
        # h114 (typed in a hurry): a night's hurt taken back as a joke with its real cause, the
        # checklist asked then denied (the warning signs' topic), a fever supposed to test
        "the back pain woke me up at 6 — jk it was my alarm lol",
        "numbness between legs is that one of the things to watch for? i dont have it just"
        " checking",
        "pretend i said i had a fever what would happen lol testing u",
        # h115: a finger's sharp pain with its cause and the back denied, the checklist answered
        # item by item with a wish for the weight
        "sharp pain in my finger from a paper cut, not my back lol, that's my only injury today",
        "chest pain no, fever no, weight loss I WISH 😂 just a stiff back",
    ]
    # the long story first: its chat's share is started first
    texts.sort(key=len, reverse=True)
    await each_in_own_chat(client, 1761, [texts[k::AT_ONCE] for k in range(AT_ONCE)], harmless)


@pytest.mark.usefixtures("bot")
async def test_an_ambiguous_message_asks_and_yes_locks_out_while_no_answers(
    client: EmulatorClient, settings: Settings
) -> None:
    async def yes_button(user: SimUser) -> None:
        await onboard(user)
        question = await ask(user, AMBIGUOUS)
        assert question.labels == [SAFETY_ASK_YES, SAFETY_ASK_NO]
        assert all(len(d.encode()) <= 64 for _, d in (b for r in question.buttons for b in r) if d)
        assert screenings(settings, user.user_id, "free_text") == []  # nothing before the answer
        record = await yes_then_locked_out(user, settings, question)
        assert "heavy" not in record.answers

    async def typed_yes(user: SimUser) -> None:
        await onboard(user)
        await ask(user, AMBIGUOUS)
        await user.send("yes, it is")
        await user.wait_for_text(head(EMERGENCY_REPLY))
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == "emergency"
        await user.send("/session")
        await user.wait_for_text(general.LOCKED_OUT[:30])

    async def no_button(user: SimUser) -> None:
        await onboard(user)
        await no_then_answered(user, AMBIGUOUS, await ask(user, AMBIGUOUS))
        await nothing_recorded_and_a_session_offered(user, settings)

    async def typed_no(user: SimUser) -> None:
        await onboard(user)
        # someone else's, without "I'm fine" or "can he...?" (round 7 answers those directly)
        question = await ask(user, "my husband has numbness in his leg")
        await user.send("no, I meant him")
        answer = plain(
            question_view("my husband has numbness in his leg", safety_checked=True).text
        )
        await user.wait_for(lambda m: m.content == answer)
        # the question shows the answer instead of its buttons
        edited = await user.wait_for(
            lambda m: m.message_id == question.message_id and not m.buttons, fresh=False
        )
        assert SAFETY_ASK_NO in edited.content
        assert screenings(settings, user.user_id, "free_text") == []
        await session_is_offered(user)

    async def someone_elses_stroke_sign(user: SimUser) -> None:
        # a sign added after buttons were first sent (2026-12-05): its number round-trips
        await onboard(user)
        question = await ask(user, "my dad's speech is slurred today")
        await user.press_text(question, SAFETY_ASK_YES)
        await user.wait_for_text(head(EMERGENCY_REPLY))
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == "emergency" and "stroke_signs" in record.answers

    async def someone_elses_emergency_now(user: SimUser) -> None:
        # told as someone else's: the writer hears to call for them, and the question, once
        # answered No, still shows it
        await onboard(user)
        text = "my dad has just collapsed in the kitchen, what do I do"
        question = await ask(user, text)
        call_for_them = plain(SAFETY_ASK_SOMEONE_ELSE)
        assert call_for_them in question.content
        await user.press_text(question, SAFETY_ASK_NO)
        edited = await user.wait_for(
            lambda m: m.message_id == question.message_id and not m.buttons, fresh=False
        )
        assert call_for_them in edited.content and SAFETY_ASK_NO in edited.content
        assert screenings(settings, user.user_id, "free_text") == []
        own = await ask(user, AMBIGUOUS)  # the writer's own words: no such line
        assert call_for_them not in own.content

    async def someone_elses_report_with_no_question(user: SimUser) -> None:
        # answered No, a report that asks nothing gets no topic read into it (the bank's
        # closest was "how to do it", on "properly")
        await onboard(user)
        question = await ask(user, "my dad isn't breathing properly")
        assert plain(SAFETY_ASK_SOMEONE_ELSE) in question.content
        await user.press_text(question, SAFETY_ASK_NO)
        await user.wait_for(lambda m: m.content == plain(NOTHING_ASKED_TEXT))
        assert screenings(settings, user.user_id, "free_text") == []
        await session_is_offered(user)

    users = [client.user(1611 + i) for i in range(7)]
    await together(
        yes_button(users[0]),
        typed_yes(users[1]),
        no_button(users[2]),
        typed_no(users[3]),
        someone_elses_stroke_sign(users[4]),
        someone_elses_emergency_now(users[5]),
        someone_elses_report_with_no_question(users[6]),
    )
    await assert_polite(client, [u.user_id for u in users])


@pytest.mark.usefixtures("bot")
async def test_context_that_points_away_in_general_terms_asks_instead_of_locking_out(
    client: EmulatorClient, settings: Settings
) -> None:
    # `coach.questions.lean`: the rules alone lock these out; their context points away (a
    # workmate named as the subject, a plain denial), so the bot asks first
    someone_elses = "lad from the kitchen came off his scooter on the way in, broke his collarbone"
    denied = "not a single twinge of shooting pain tonight, lovely and loose"

    async def asked(user: SimUser, text: str) -> ChatMessage:
        await user.send(text)  # a question at any level: its Yes and No buttons
        return await user.wait_for(lambda m: m.labels == [SAFETY_ASK_YES, SAFETY_ASK_NO])

    async def no_then_a_session(user: SimUser, text: str) -> None:
        await onboard(user)
        await asked(user, text)
        await user.send("no")
        answer = plain(question_view(text, safety_checked=True).text)
        await user.wait_for(lambda m: m.content == answer)
        await settle(user)
        assert screenings(settings, user.user_id, "free_text") == []
        await session_is_offered(user)

    async def yes_locks_out(user: SimUser, text: str) -> None:
        await onboard(user)
        await yes_then_locked_out(user, settings, await asked(user, text))

    async def story(user: SimUser, case: tuple[str, bool]) -> None:
        text, answer_yes = case
        await (yes_locks_out(user, text) if answer_yes else no_then_a_session(user, text))

    # twelfth session: another's sign shared by the writer, in the past and over
    shared_past = "my aunt had bladder trouble after her op, same here years ago, all fine now"
    cases = [(someone_elses, False), (denied, False), (someone_elses, True), (shared_past, False)]
    await each_in_own_chat(client, 1811, cases, story)


# The safety net (`coach.questions.unsure`): a body report in words no rule knows.
NET = "my jaw has felt strange since this morning, sort of far away"


def is_net_question(message: ChatMessage) -> bool:
    return head(UNSURE_ASK) in message.content


async def net_no_answers(user: SimUser, text: str) -> ChatMessage:
    """``text`` sent, the net's question asked and "No" pressed: the message is answered as a
    question. Returns the question as it was asked."""
    await user.send(text)
    question = await user.wait_for(is_net_question)
    await user.press_text(question, UNSURE_NO)
    answer = plain(question_view(text, safety_checked=True).text)
    await user.wait_for(lambda m: m.content == answer)
    return question


async def net_urgent_yes_locks_out(user: SimUser, text: str) -> None:
    """An onboarded user sends ``text``; the net's question comes with its three buttons, the
    urgent Yes gets the emergency reply, and /session is locked out."""
    await onboard(user)
    await user.send(text)
    question = await user.wait_for(is_net_question)
    assert question.labels == [UNSURE_YES_URGENT, UNSURE_YES_SOON, UNSURE_NO]
    await user.press_text(question, UNSURE_YES_URGENT)
    await user.wait_for_text(head(EMERGENCY_REPLY))
    await user.send("/session")
    await user.wait_for_text(general.LOCKED_OUT[:30])


@pytest.mark.usefixtures("bot")
async def test_a_body_report_no_rule_knows_is_asked_with_both_lists_and_each_answer_acts(
    client: EmulatorClient, settings: Settings
) -> None:
    async def pressed(
        user: SimUser, label: str, reply_text: str, decision: str, locked: str
    ) -> None:
        await onboard(user)
        await user.send(NET)
        question = await user.wait_for(is_net_question)
        assert question.labels == [UNSURE_YES_URGENT, UNSURE_YES_SOON, UNSURE_NO]
        assert screenings(settings, user.user_id, "free_text") == []  # nothing before the answer
        await user.press_text(question, label)
        await user.wait_for_text(head(reply_text))
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == decision and "unsure" in record.answers
        assert "jaw" not in record.answers  # the sign's key, never the message
        await user.send("/session")
        await user.wait_for_text(locked)

    async def typed_yes(user: SimUser) -> None:
        # which list is not said: the urgent path (SAFETY.md 7: in doubt, escalate)
        await onboard(user)
        await user.send(NET)
        await user.wait_for(is_net_question)
        await user.send("yes")
        await user.wait_for_text(head(EMERGENCY_REPLY))
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == "emergency"

    async def no_button(user: SimUser) -> None:
        await onboard(user)
        question = await net_no_answers(user, NET)
        edited = await user.wait_for(
            lambda m: m.message_id == question.message_id and not m.buttons, fresh=False
        )
        assert UNSURE_NO in edited.content
        await settle(user)
        assert screenings(settings, user.user_id, "free_text") == []
        await session_is_offered(user)

    users = [client.user(1691 + i) for i in range(4)]
    await together(
        pressed(users[0], UNSURE_YES_URGENT, EMERGENCY_REPLY, "emergency", general.LOCKED_OUT[:30]),
        pressed(users[1], UNSURE_YES_SOON, CLINICIAN_REPLY, "clinician", head(general.REST_DAY)),
        typed_yes(users[2]),
        no_button(users[3]),
    )
    await assert_polite(client, [u.user_id for u in users])


@pytest.mark.usefixtures("bot")
async def test_a_sign_after_a_turn_from_an_old_trouble_is_asked_and_urgent_yes_locks_out(
    client: EmulatorClient,
) -> None:
    # fifteenth session (`coach.questions.unsure.unsure`): the whole weighed as an old trouble's
    # past, the turn to now ("but today ...") read alone, a sign a rule reads in it
    text = TURN_TO_NOW_H76[-1]  # "broke my wrist skiing in 2015, long healed, but today my..."
    user = client.user(1841)
    await net_urgent_yes_locks_out(user, text)
    await assert_polite(client, [user.user_id])


@pytest.mark.usefixtures("bot")
async def test_a_body_report_beside_a_question_about_the_move_is_asked_not_lost(
    client: EmulatorClient, settings: Settings
) -> None:
    # round 51 (`coach.questions.unsure.unsure_aside`): the bank would answer the question,
    # and the report in the other clause would be lost; the net asks, and No answers it
    text = "which side do I start with? my legs have gone wobbly and odd since sunday"

    async def no_answers_the_question(user: SimUser) -> None:
        await onboard(user)
        await net_no_answers(user, text)
        assert screenings(settings, user.user_id, "free_text") == []

    users = [client.user(1821 + i) for i in range(2)]
    await together(no_answers_the_question(users[0]), net_urgent_yes_locks_out(users[1], text))
    await assert_polite(client, [u.user_id for u in users])


@pytest.mark.usefixtures("bot")
async def test_a_red_flag_only_the_learned_reader_reads_is_asked_and_yes_locks_out(
    client: EmulatorClient, settings: Settings
) -> None:
    # tenth session (`coach.questions.learned`): no rule reads it and the bank would decline
    # it; the learned reader asks, Yes locks out, No answers and leaves the session open
    text = NO_RULE_READS[-1]  # "everything from my waist down feels like it belongs to..."

    async def urgent_yes_locks_out(user: SimUser) -> None:
        await net_urgent_yes_locks_out(user, text)
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == "emergency" and "unsure" in record.answers

    async def no_leaves_the_session_open(user: SimUser) -> None:
        await onboard(user)
        await net_no_answers(user, text)
        await nothing_recorded_and_a_session_offered(user, settings)

    users = [client.user(2201 + i) for i in range(2)]
    await together(urgent_yes_locks_out(users[0]), no_leaves_the_session_open(users[1]))
    await assert_polite(client, [u.user_id for u in users])


@pytest.mark.usefixtures("bot")
async def test_a_lockout_told_the_way_harmless_messages_are_is_asked_and_yes_still_locks_out(
    client: EmulatorClient, settings: Settings
) -> None:
    # fifteenth session (`coach.questions.triage._told_as_harmless`): a rule's lockout of a
    # message the learned reader reads as told the way harmless messages are is asked instead
    text = TOLD_AS_HARMLESS[0]

    async def session_stays_open(user: SimUser) -> None:
        await onboard(user)
        await ask(user, text)
        await nothing_recorded_and_a_session_offered(user, settings)

    async def no_answers(user: SimUser) -> None:
        await onboard(user)
        await no_then_answered(user, text, await ask(user, text))

    async def yes_locks_out(user: SimUser) -> None:
        await onboard(user)
        await yes_then_locked_out(user, settings, await ask(user, text))

    users = [client.user(2301 + i) for i in range(3)]
    await together(session_stays_open(users[0]), no_answers(users[1]), yes_locks_out(users[2]))
    await assert_polite(client, [u.user_id for u in users])


@pytest.mark.usefixtures("bot")
async def test_a_second_press_says_it_was_answered_and_changes_nothing(
    client: EmulatorClient, settings: Settings
) -> None:
    user = client.user(1621)
    await onboard(user)
    question = await ask(user, AMBIGUOUS)
    [yes_data, _] = [d for _, d in (b for r in question.buttons for b in r)]
    assert yes_data is not None and yes_data.startswith(f"{SAFETY_PREFIX}:")
    # two presses back to back, before the first one's edit takes the buttons away
    await user.press(question, yes_data)
    await user.press(question, yes_data)
    await user.wait_for_text(head(EMERGENCY_REPLY))
    await settle(user)
    answers = [a.text for a in await user.callback_answers()]
    assert SAFETY_ASK_ANSWERED in answers
    assert len(screenings(settings, user.user_id, "free_text")) == 1
    replies = [m for m in await user.bot_messages() if head(EMERGENCY_REPLY) in m.content]
    assert len(replies) == 1
    await assert_polite(client, [user.user_id])


async def test_the_buttons_survive_a_restart(
    client: EmulatorClient, settings: Settings, make_bot: BotFactory
) -> None:
    user = client.user(1631)
    async with make_bot():
        await onboard(user)
        question = await ask(user, AMBIGUOUS)
    async with make_bot():  # a restart: the chat state is gone, the button still works
        await user.press_text(question, SAFETY_ASK_YES)
        await user.wait_for_text(head(EMERGENCY_REPLY))
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == "emergency"
    # the new process's rate limiter does not know what the old one sent just before
    await assert_polite(client, [user.user_id], paced=False)


@pytest.mark.long
@pytest.mark.usefixtures("bot")
async def test_an_unambiguous_red_flag_never_asks(
    client: EmulatorClient, settings: Settings
) -> None:
    first = 1951

    async def never_asks(user: SimUser, text: str, reply_text: str) -> None:
        """The reply and the record; a message is read alike before and after onboarding, so
        only the first user onboards first, and is then refused a session."""
        onboarded = user.user_id == first
        if onboarded:
            await onboard(user)
        await user.send(text)
        reply = await user.wait_for_text(head(reply_text))
        assert reply.content == plain(reply_text) and not reply.buttons
        await settle(user)
        assert not any(is_question(m) for m in await user.bot_messages())
        [record] = screenings(settings, user.user_id, "free_text")
        assert record.decision == ("emergency" if reply_text == EMERGENCY_REPLY else "clinician")
        if onboarded:
            await user.send("/session")
            await user.wait_for_text(general.LOCKED_OUT[:30])

    cases = [
        ("since this morning I can't feel my bum on the toilet seat", EMERGENCY_REPLY),
        ("no pain but both my legs have gone numb", EMERGENCY_REPLY),
        ("I have a fever and my back aches", CLINICIAN_REPLY),
        (LONG_STORY + "Since this morning both my legs have gone numb.", EMERGENCY_REPLY),
        # 2026-12-05, the blind red-flag sets: a sign told as a likeness, a calf swollen and red
        ("it feels like an elephant is sitting on my chest right now", EMERGENCY_REPLY),
        ("wiping after the loo feels like someone elses skin down there", EMERGENCY_REPLY),
        ("my calf is swollen and hot and red", CLINICIAN_REPLY),
        # 2026-12-05, rt3-rt5: a dialect's words, a formal report
        ("cannae feel ma bum on the toilet seat since this morning", EMERGENCY_REPLY),
        ("I note a loss of sensation around my bottom since this morning", EMERGENCY_REPLY),
        # 2026-12-05, rt6-rt8: told by what it is like or what no longer works
        ("the long call keeps coming by itself and I cannot feel it, back is bad", EMERGENCY_REPLY),
        ("there is a fist pressing on my heart area for the last half hour", EMERGENCY_REPLY),
        ("both my legs feel like they are not plugged in since this morning", EMERGENCY_REPLY),
        ("my left foot keeps slipping off the pedal, I can't push down with it", EMERGENCY_REPLY),
        # 2026-12-05, rt9: an emoji for the part, a face fallen, waking on the floor
        ("🫀 squeezing right now and it goes down my left arm", EMERGENCY_REPLY),
        ("one side of my face has slipped down and my words come out slurred", EMERGENCY_REPLY),
        ("woke up on the bathroom tiles with no idea how I got there", CLINICIAN_REPLY),
        # rt10: a euphemism for the bowel, a fall told by its height
        ("no say over my back end since yesterday, things just slip out", EMERGENCY_REPLY),
        ("came off the loft ladder from two metres up and landed on my back", EMERGENCY_REPLY),
        # rt11-rt12: slang for the heart, a score for the chest, breathless at a small effort
        ("my ticker area feels heavy and achy since I sat down", EMERGENCY_REPLY),
        ("chest 8/10 right now", EMERGENCY_REPLY),
        ("got puffed out halfway up the stairs and had to sit on a step", EMERGENCY_REPLY),
        # rt17-rt18: legs that stopped working, wetting unfelt, words jumbled with a drooping smile
        ("my legs have stopped working properly since this afternoon", EMERGENCY_REPLY),
        (
            "I keep wetting myself without feeling it coming since Sunday, back is sore",
            EMERGENCY_REPLY,
        ),
        (
            "my words are getting all muddled and one side of my smile has dropped, started now",
            EMERGENCY_REPLY,
        ),
        # round 56 and rt22: a faint of today told as over, the need felt and nothing starting
        ("I fainted at work this afternoon, I'm fine now", CLINICIAN_REPLY),
        (
            "I keep needing to go but when I get there it just won't start, since last night",
            EMERGENCY_REPLY,
        ),
        # found while probing round 57: falls again and again, an amount lost in words, one
        # hand's grip gone since lunch
        ("I keep falling over", EMERGENCY_REPLY),
        ("two stone has gone since christmas, no idea where", CLINICIAN_REPLY),
        # thirteenth session, the lead's probes: a chest sore from training, then crushing
        (
            "pecs were sore after bench on monday but now there's a crushing pain across my chest"
            " sitting still",
            EMERGENCY_REPLY,
        ),
        ("I keep dropping my cup, my right hand won't grip, since lunch", CLINICIAN_REPLY),
        # eighth session: breath not right, foot drop and a bowel leak told by what happens,
        # the small hours awake night after night
        ("I'm not breathing properly and my chest is tight", EMERGENCY_REPLY),
        ("my slippers keep flying off that foot cos the toes won't lift", EMERGENCY_REPLY),
        ("things leak out the back passage and I only notice afterwards", EMERGENCY_REPLY),
        ("awake at 3am again with my back, fifth night in a row", CLINICIAN_REPLY),
        # rt25's round, and a sign claimed now after a general question
        ("when I wipe it's like the loo roll isn't there at all, since saturday", EMERGENCY_REPLY),
        ("I'm at 38.9 degrees with a pounding lower back, probably just flu", CLINICIAN_REPLY),
        ("if I ever get numb legs should I stop? I have numb legs now", EMERGENCY_REPLY),
        # ninth session: a leg symptom reaching the other leg too, a near faint now, control
        # of the bowel lost told by what used to be
        ("the tingling was in my right leg and now it's in the left one too", EMERGENCY_REPLY),
        ("I nearly passed out halfway through the twist just now", CLINICIAN_REPLY),
        ("could always hold on for a poo before, now I can't since my back went", EMERGENCY_REPLY),
        # tenth session: a sign denied only until a time, then told for now; a foot slapped down
        ("no problems with my bladder until this week, now i can't go at all", EMERGENCY_REPLY),
        ("i keep slapping my right foot down when i walk since the weekend", EMERGENCY_REPLY),
        # eleventh session: a warning relayed, then claimed; the urge to pass water gone
        ("my gp told me to watch for a numb groin and i've got it now", EMERGENCY_REPLY),
        ("i've lost the feeling of needing to pee since my back went", EMERGENCY_REPLY),
        # twelfth session: another's sign, then the writer's own by ellipsis
        ("my mate can't hold his wee since his op and neither can i since friday", EMERGENCY_REPLY),
        # fourteenth session: legs that keep giving way after a pet on the lap; a supposed event
        # then told as happened
        (
            "the dog was asleep on my lap and both legs went dead, now they keep giving way",
            EMERGENCY_REPLY,
        ),
        (
            "if i ever got hit by a car would the bot stop me? i actually was hit by one this"
            " morning, lower back in agony",
            EMERGENCY_REPLY,
        ),
        # sixteenth session, rt45 and the lead's probes: the bowel not held, a food blamed; weight
        # gone with nothing changed; a job's talk, then the writer's own sign of this afternoon;
        # someone else's fever, then caught
        (
            "i can't hold it in and don't notice until it's too late, twice this week, blamed a"
            " takeaway",
            EMERGENCY_REPLY,
        ),
        ("lost about 4 kg with no diet and no gym, appetite gone, back aches", CLINICIAN_REPLY),
        (
            "nurse on a busy ward, patients all day, and i lost the feeling in both legs this"
            " afternoon",
            EMERGENCY_REPLY,
        ),
        ("the baby's got a temperature and now i've caught it too, back aching", CLINICIAN_REPLY),
        # seventeenth session: "unable to feel" is "can not feel"
        ("woke up this morning unable to feel my legs", EMERGENCY_REPLY),
        # eighteenth session: a sign unlike its ordinary kind; a fall with no cause; the left
        # arm aching with a cold sweat, the chest not named
        (
            "not like my usual stiffness at all, it's there at rest and wakes me every night"
            " since last week",
            CLINICIAN_REPLY,
        ),
        (
            "didn't trip on anything, my legs just went and I hit the floor this morning",
            CLINICIAN_REPLY,
        ),
        ("my left arm aches and i've come over all clammy", EMERGENCY_REPLY),
        # nineteenth session, rt49: the sign of the one a carer looks after, who would do the
        # move; a sign told in an "if" of a question about the move; one leg that will not move
        (
            "my dad, who I look after, has wet himself twice today for the first time. can he do"
            " his twist?",
            EMERGENCY_REPLY,
        ),
        ("if i have wet the bed for three nights in a row, do i skip the twist?", EMERGENCY_REPLY),
        ("my right foot won't lift since I woke up this morning", EMERGENCY_REPLY),
        # nineteenth session, rt50: the writer's own fall today with an everyday cause; a sign
        # in clinical words
        (
            "tripped over the cat on the landing this morning and fell onto my hip. ok to do a"
            " session later?",
            CLINICIAN_REPLY,
        ),
        (
            "new paraesthesia in both legs since this morning alongside my usual back ache",
            EMERGENCY_REPLY,
        ),
        # twentieth session, rt52: weight lost told in a form's labels; a foot tripped over that
        # drags
        ("weight: down 5 kg in 6 weeks. diet: unchanged. can i still twist?", CLINICIAN_REPLY),
        ("keep tripping over my own left foot, it drags, since monday", EMERGENCY_REPLY),
        # twentieth session, rt53: a known slow bladder that now cannot start at all; feeling
        # unwell and shivery with the back pain, played down
        (
            "my prostate has always been slow but since saturday i can't start peeing at all",
            EMERGENCY_REPLY,
        ),
        (
            "been feeling rough and shivery all week with this back pain, no energy at all",
            CLINICIAN_REPLY,
        ),
        # twentieth session, the lead's: the feeling of passing water lost, "can't feel when I go"
        (
            "small bladder from all the tea, but suddenly now i can't feel when i go",
            EMERGENCY_REPLY,
        ),
        # twenty-first session, rt55: a sign of someone beside the writer now; a pain the same
        # moving or resting, for weeks
        (
            "typing for my husband, he is right here beside me, since this morning he cannot"
            " feel his bum or his inner thighs",
            EMERGENCY_REPLY,
        ),
        (
            "my back aches just as much lying still as walking about, night and day, for a month"
            " now",
            CLINICIAN_REPLY,
        ),
        # twenty-first session, rt56: one leg's strength going down day by day; weight lost told
        # in abbreviations; the lead's: the writer's fall after "and then" (no thing's)
        (
            "power in my right leg keeps dropping every single day since monday, stairs are hard",
            EMERGENCY_REPLY,
        ),
        ("unexplained wt loss of 6 kg since march, not dieting, back sore", CLINICIAN_REPLY),
        ("dropped my phone and then fell down the stairs myself this morning", EMERGENCY_REPLY),
        # twenty-first session, rt57: a sign told in German inside English; a fragment; a fall
        # in Australian slang
        ("seit heute morgen Taubheit in beiden Beinen, is a session ok?", EMERGENCY_REPLY),
        ("foot drag. since this morning. back sore.", EMERGENCY_REPLY),
        ("came a gutser off the ladder this arvo, back first onto the pavers", EMERGENCY_REPLY),
        # twenty-second session, rt59: the writer as "this cyclist"; weight as "the numbers"
        # falling with nothing changed
        (
            "this cyclist has lost all feeling in the saddle area since tuesday, back sore",
            EMERGENCY_REPLY,
        ),
        (
            "the numbers on my weigh-ins keep dropping and I've not changed what I eat, back aches",
            CLINICIAN_REPLY,
        ),
        # twenty-second session, rt60: a sign in clinical words; weights falling by the week
        ("bilateral sciatica since last night, back 7/10", EMERGENCY_REPLY),
        (
            "weights this month: 81.0, 79.8, 78.5, 77.1 kg, not dieting, back sore most days",
            CLINICIAN_REPLY,
        ),
        # twenty-second session, rt61: a new sign blamed on an old condition
        (
            "haha the right foot's gone floppy, 4 days now, smacks the pavement like a flipper."
            " dodgy back since forever so that'll be it",
            EMERGENCY_REPLY,
        ),
        # twenty-third session, rt62: a sign told as a request's reason; a hard hit in sport
        # played down
        (
            "can we skip today? seeing the GP about dropping weight without trying, plus this"
            " backache that won't go",
            CLINICIAN_REPLY,
        ),
        (
            "got smashed in a tackle on saturday, heard something go in my back, sore ever since",
            EMERGENCY_REPLY,
        ),
        # twenty-third session, rt63: weight lost told in figures; a score at night that rest
        # does not ease; an adult's first wet bed
        ("was 76 kg in january, 69 now, not trying to lose any. back sore", CLINICIAN_REPLY),
        ("rested it all week, still a steady 7/10 every night in bed", CLINICIAN_REPLY),
        ("woke up wet this morning, first time ever as an adult, back aching", EMERGENCY_REPLY),
        # twenty-third session, rt64: a fall told as a joke, and done
        (
            "new party trick: falling over. did it this morning getting off the bus 🙃",
            CLINICIAN_REPLY,
        ),
        # twenty-third session, rt65: the writer in the third person; a friend's turned the
        # writer's; a crash shared with another told fine, the writer's pain since
        (
            "this old fella has had pins and needles round his undercarriage since he woke up."
            " which side first?",
            EMERGENCY_REPLY,
        ),
        (
            "asking for a friend who's lost 6 kg without trying and has back pain... ok it's me",
            CLINICIAN_REPLY,
        ),
        (
            "me and my husband were both in a car crash on friday, he's fine, i've had bad back"
            " pain since",
            EMERGENCY_REPLY,
        ),
        # twenty-fourth session, rt66: the other leg joining a usual sciatica since a day; one
        # leg's strength going by the day; a patch not felt since a day, still
        (
            "my left leg's had sciatica for ages, but since monday the right leg is doing it too,"
            " both now",
            EMERGENCY_REPLY,
        ),
        ("my leg strength is going, a bit worse every day since monday", EMERGENCY_REPLY),
        (
            "a patch on my thigh i can't feel since tuesday, still nothing when i pinch it",
            CLINICIAN_REPLY,
        ),
        # twenty-fourth session, rt67: pain in a new place, played down; h103: the writer's
        # trade as a lead, and night pain that wakes them
        (
            "probably nothing but the pain goes into my hip as well now, wasn't there before",
            CLINICIAN_REPLY,
        ),
        (
            "nurse here - pain's been waking me at 3am every night this week, not the shifts",
            CLINICIAN_REPLY,
        ),
        # twenty-fourth session, rt68: a new loss beside a lifelong thinness; rt70: a leg that will
        # not bear weight after the exercise
        (
            "always been skinny with my thyroid but i've lost another stone since christmas"
            " without changing anything",
            CLINICIAN_REPLY,
        ),
        ("leg wont bear weight after the twist, the left one, totally dead", EMERGENCY_REPLY),
        # twenty-fifth session, rt72: a worried question around the writer's own sign of now
        (
            "does anyone else get chest pain in the twist? mine's there right now, tight across"
            " the middle",
            EMERGENCY_REPLY,
        ),
        (
            "should i stop if my back pain doesn't ease with rest? i've been lying down 3 days and"
            " it's no better",
            CLINICIAN_REPLY,
        ),
        # twenty-fifth session, rt74: both legs weak days after a hike, no better; pain waking
        # every single night since a trip; the review: the checklist's heel walk answered no
        (
            "since the hike on sunday both my legs feel weak and wobbly, thursday now and no"
            " better",
            EMERGENCY_REPLY,
        ),
        ("my back pain wakes me every single night since the ski trip", CLINICIAN_REPLY),
        ("can you walk on your heels? no, not since this morning", EMERGENCY_REPLY),
        # twenty-sixth session, rt75: night pain scored far above the day's, up pacing; rt76: a
        # tackle that left the writer down, both feet numb with the cold only a likeness, the
        # legs denied and the saddle area told
        (
            "pain is about a 3 in the day but at night its like 9/10 and i end up pacing the"
            " hallway",
            CLINICIAN_REPLY,
        ),
        (
            "got flattened in a rugby tackle, couldnt get up for a few minutes, back is 6/10 now",
            EMERGENCY_REPLY,
        ),
        (
            "both my feet are numb like ive been walking in snow, back stiff, ready when you are",
            EMERGENCY_REPLY,
        ),
        (
            "no numbness in my legs at all, just around my groin and bum since this morning",
            EMERGENCY_REPLY,
        ),
        # the review: a dash and "no" after the sign is no echo denied ("no warning")
        ("my legs gave way - no warning", EMERGENCY_REPLY),
        # twenty-seventh session, rt77: a pain moved to a new place lately, a belt's last
        # notch with no idea why (both had got a topic)
        (
            "the pains moved, it used to be low back but now its in my ribs on the left side,"
            " started 2 days ago",
            CLINICIAN_REPLY,
        ),
        (
            "belts on the last notch now, no idea why, eating normally. back pain too. anyway"
            " which side first?",
            CLINICIAN_REPLY,
        ),
        # the review of h114: a leg's "right one" dragging, a fever told before a question
        # ahead about the move (a topic, and a question back, before)
        ("which leg 1st, my right one keeps dragging", EMERGENCY_REPLY),
        ("i've got a fever and back ache, what would happen if i did the twist", CLINICIAN_REPLY),
        # rt79: a pain in a new place since the last session, feeling ill with the back throbbing
        (
            "since last session ive got pain in my hip on the other side which i didnt have"
            " before, just letting u know, carry on as normal?",
            CLINICIAN_REPLY,
        ),
        (
            "think i'm coming down with something, temp, sweaty, and my back is throbbing."
            " should i still do my twist",
            CLINICIAN_REPLY,
        ),
    ]
    await each_in_own_chat(client, first, cases, lambda u, case: never_asks(u, *case))


CLOSE = "how many goes on each side, one long hold?"  # how long to hold, or reps and sets


@pytest.mark.usefixtures("bot")
async def test_did_you_mean_offers_close_topics_and_answers_the_one_tapped_once(
    client: EmulatorClient, settings: Settings
) -> None:
    async def taps(user: SimUser) -> None:
        await user.send(CLOSE)
        question = await user.wait_for_text(plain(general.CLARIFY_TEXT))
        assert question.labels == [f"❓ {topic_title(k)}" for k in answer(CLOSE).related]
        hold = next(d for label, d in (b for r in question.buttons for b in r) if "hold" in label)
        assert hold is not None and len(hold.encode()) <= 64
        await user.press(question, hold)  # twice, back to back
        await user.press(question, hold)
        expected = plain(topic_view("hold_time").text)  # type: ignore[union-attr]
        await user.wait_for(lambda m: m.content == expected)
        await settle(user)
        assert general.CLARIFY_ANSWERED in [a.text for a in await user.callback_answers()]
        assert [m.content for m in await user.bot_messages()].count(expected) == 1
        chosen = plain(clarify_chosen_view("hold_time").text)
        edited = await user.wait_for(lambda m: m.message_id == question.message_id, fresh=False)
        assert edited.content == chosen and not edited.buttons

    async def during_a_session(user: SimUser) -> None:
        await onboard(user)
        await user.send(CLOSE)
        question = await user.wait_for_text(plain(general.CLARIFY_TEXT))
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)  # a session is running before the tap
        await user.wait_for(lambda m: "⏱" in m.content)
        await user.press_text(question, f"❓ {topic_title('reps_sets')}")
        expected = plain(topic_view("reps_sets").text)  # type: ignore[union-attr]
        await user.wait_for(lambda m: m.content == expected)
        assert session_rows(settings, user.user_id)  # the tap neither ended nor blocked it

    users = [client.user(1651), client.user(1652)]
    await together(taps(users[0]), during_a_session(users[1]))
    await assert_polite(client, [u.user_id for u in users])


@pytest.mark.usefixtures("bot")
async def test_help_words_get_the_command_list_not_the_safety_list(client: EmulatorClient) -> None:
    async def says(user: SimUser, text: str) -> None:
        await user.send(text)
        reply = await user.wait_for_text(head(general.HELP_INTRO))
        assert reply.content == plain(general.help_text())
        assert head(SAFETY_SUMMARY) not in all_text(await user.bot_messages())

    # 2026-12-05, rounds 41, 44 and 45: a control pressed to start, "how do i start" alone
    words = [
        "help",
        "Menu",
        "what can you do?",
        "what do I press to start",
        "how do i start",
        "which button should I press to begin?",
        # twelfth session: buttons pressed with "nothing happens" (was read as the bladder),
        # what the buttons are for
        "tapped every button and nothing happens, how do i start?",
        "what are the different buttons for?",
        # thirteenth session, h73: the bot's features asked
        "what features does this bot have",
        # fourteenth session: a newcomer asking where to begin with the app
        "first day with this app, where do i even begin with it",
        # fifteenth session, h80: everything the bot does asked as a list
        "give me a rundown of everything this bot can do",
        # twenty-third session, h100: help asked in banter, and after a vague tail
        "what can you actually do apart from roast my flexibility",
        "hiya new here, is there like a guide or something",
        # twenty-third session, h101: help asked for two
        "what can you do for me and my wife?",
        # twenty-fourth session, h103: "help" cried beside a question of how it works
        "help?? how does this work",
        # twenty-fourth session, h104: lost, said alone
        "im totally lost here ???",
        # twenty-sixth session, h112: what to reply to the bot asked
        "confused, what do i reply to you",
    ]
    await each_in_own_chat(client, 1661, words, says)


async def test_yes_during_a_countdown_pauses_the_session_like_a_red_flag(
    client: EmulatorClient, tmp_path: Path, make_bot: BotFactory
) -> None:
    slow = make_settings(tmp_path, time_scale=0.25)
    user = client.user(1671)
    async with make_bot(settings_=slow):
        await onboard(user)
        ready = await screen(user, pain=2)
        await user.press_text(ready, t.START_NOW)
        live = await wait_for_block(user, t.hold_title(t.RIGHT, 1, 1))
        question = await ask(user, AMBIGUOUS)
        # twenty-seventh session: the question pauses the countdown until it is answered
        asked = await session_state(slow, user.user_id, Phase.PAUSED)
        assert asked.paused_remaining is not None
        await user.press_text(question, SAFETY_ASK_YES)
        await user.wait_for_text(head(EMERGENCY_REPLY))
        paused = await session_state(slow, user.user_id, Phase.PAUSED)
        assert paused.paused_remaining == asked.paused_remaining
        # the paused countdown's Resume is taken away once the sign is confirmed
        held = await user.wait_for(
            lambda m: m.message_id == live.message_id and m.labels == [t.STOP, t.HURTS],
            fresh=False,
        )
        assert plain(t.HELD_NOTE) in held.content
        [record] = screenings(slow, user.user_id, "free_text")
        assert record.decision == "emergency"
    await assert_polite(client, [user.user_id])


@pytest.mark.usefixtures("bot")
async def test_ask_command_with_an_ambiguous_message_asks_and_a_typed_no_answers(
    client: EmulatorClient, settings: Settings
) -> None:
    user = client.user(1681)
    text = "my sister fainted at a concert last week, how often should I do the twist?"
    await user.send(f"/ask {text}")
    await user.wait_for(is_question)
    await user.send("no")
    answer_text = plain(question_view(text, safety_checked=True).text)
    await user.wait_for(lambda m: m.content == answer_text)
    await settle(user)
    assert screenings(settings, user.user_id, "free_text") == []
    await assert_polite(client, [user.user_id])
