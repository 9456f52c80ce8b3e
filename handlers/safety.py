"""Free-text safety first (SAFETY.md section 7), and /safety.

Every typed message (and /ask's question) is offered to the triage rule before any other
feature reads it (first in `app.build.TEXT_ROUTE`):

* an **unambiguous** emergency or clinician sign, or pain during the exercise, gets the matching
  safety reply at once (a session in progress is paused, or, for "it hurts", asks the pain
  level), is recorded, and goes no further (`service.safety`);
* an **ambiguous** one (the context points away: a stated cause, the past, someone else...)
  gets the safety line conditionally and one question, "is that the case for you right now?",
  with Yes / No buttons; typing yes or no answers it too. Yes takes exactly the unambiguous
  path; No answers the message as a question. Nothing is recorded before the answer;
* a pain the question bank declines (another part's everyday ache with its fix asked, "my knee
  hurts when i run, how do i sort it") goes to the bank, as `python bot.py ask` answers it,
  unless a session is open (or the store cannot say): there a hurt told ends the side first;
* in an open session, a hurt of the writer's own that the weighing doubts (a cause guessed: "my
  back hurts a bit, probably from sitting all day") ends the side too, rather than asking while
  the countdown runs on; someone else's, a past or a supposed one is still asked about, with
  the countdown paused until the answer (Resume carries on after "No").
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from app.services import Context
from coach.questions.answers import understand
from coach.questions.triage import TriageLevel, safety_reply
from coach.questions.view import (
    SAFETY_PREFIX,
    PendingSafety,
    SafetyQuestions,
    decode_safety,
    question_view,
    safety_ask_view,
    safety_asked_view,
    safety_token,
    yes_no,
)
from coach.ui import View
from content import general
from content.safety import SAFETY_ASK_ANSWERED, SAFETY_SUMMARY
from handlers.common import (
    answered,
    edit_text,
    for_chat,
    open_flows,
    remember_understanding,
    reply,
    triaged,
    typed_text,
    who,
)
from service.holds import SignReport
from service.telegram import is_harmless
from service.understand import Understanding, understood

log = logging.getLogger(__name__)


def _questions(context: Context) -> SafetyQuestions | None:
    return context.chat_data.safety if context.chat_data is not None else None


async def confirmed(
    update: Update, context: Context, level: TriageLevel, signs: tuple[str, ...]
) -> None:
    """An unambiguous (or confirmed) sign: the safety reply first, then the record and the
    pause (only the sign keys are kept, SAFETY.md 8, never the message itself)."""
    person = who(update)
    if person is None:
        return
    services = context.bot_data
    report = SignReport(
        person.user_id,
        person.chat_id,
        person.first_name,
        person.language,
        tuple(signs),
        level.value,
        services.now(),
    )
    await services.safety.report(
        report, View(safety_reply(level)), hurts=level is TriageLevel.STOP_PAIN
    )


async def _answered_no(
    update: Update, context: Context, pending: PendingSafety | None, token: str
) -> None:
    """ "No, I meant something else": the message answered as a question, or, when it is no
    longer known (a restart), how to ask."""
    if pending is not None and pending.token == token:
        person = who(update)
        open_ = person is not None and (
            (await open_flows(context, person.user_id)).session is not None
        )
        question = pending.question
        view = await understood(
            question,
            lambda: question_view(question, safety_checked=True, token=token, session_open=open_),
        )
        await reply(update, view)
    else:
        await reply(update, View(general.ASK_HOW))


async def claim_text(update: Update, context: Context) -> bool:
    person, message, text = who(update), update.effective_message, typed_text(update)
    if person is None or message is None or not text:
        return False
    result = triaged(context, text)  # usually understood ahead, with the claim (app.updates)
    bank = answered(context, text)
    if result is None or bank is None:
        found = await understood(text, lambda: Understanding(text, *understand(text)))
        remember_understanding(context, found)
        result, bank = found.triage, found.answer
    questions = context.chat_data.safety_asked if context.chat_data is not None else None
    if (
        questions is not None
        and questions.pending is not None
        and (result.level is TriageLevel.NONE or result.ambiguous)
    ):
        pending = questions.pending
        said = yes_no(text)
        if said is not None:
            questions.settle(pending.token)
            if pending.message_id is not None:
                await _take_buttons_away(context, person.chat_id, pending, said)
            if said:
                await confirmed(update, context, pending.level, pending.signs)
            else:
                await _answered_no(update, context, pending, pending.token)
            return True
        questions.pending = None  # something else: the question lapses (its buttons still work)
    if result.level is TriageLevel.NONE or result.context == "general":
        return False  # a general question about warning signs: the question bank answers it
    own_hurt = result.own_hurt
    if bank.kind == "decline" or (own_hurt and result.ambiguous):
        # another part's everyday ache with its fix asked ("my knee hurts when i run, how do i
        # sort it"): the bank declines it towards a clinician, as the batch command does. In an
        # open session a hurt of the writer's own ends the side first (SAFETY.md 5), however
        # the weighing reads it, a cause guessed included ("my back hurts a bit, probably from
        # sitting all day"): a question back would leave the countdown running meanwhile
        session_open = await _session_may_be_open(context, person.user_id)
        if own_hurt and session_open:
            await confirmed(update, context, result.level, result.signs)
            return True
        if bank.kind == "decline" and not session_open:
            return False
    if result.ambiguous:
        token = safety_token(message.message_id)
        paused = await context.bot_data.safety.asking(person.user_id, person.chat_id)
        sent = await reply(update, safety_ask_view(result, token, paused=paused))
        if (questions := _questions(context)) is not None:
            questions.pending = PendingSafety(
                token,
                text,
                result.level,
                result.signs,
                sent.message_id if sent is not None else None,
                result.context == "someone_else",
            )
        return True
    await confirmed(update, context, result.level, result.signs)
    return True


async def _session_may_be_open(context: Context, user_id: int) -> bool:
    """Whether a session may be open for the writer: True when it is, or when the store cannot
    say (a hurt told then keeps the safety reply, which ends the side of an open session)."""
    try:
        return (await open_flows(context, user_id)).session is not None
    except Exception:
        log.warning("could not read the open flows; a hurt keeps the safety reply")
        return True


async def _take_buttons_away(
    context: Context, chat_id: int, pending: PendingSafety, yes: bool
) -> None:
    assert pending.message_id is not None
    view = safety_asked_view(pending.level, pending.signs, yes, pending.others)
    try:
        await context.bot.edit_message_text(
            view.text, chat_id=chat_id, message_id=pending.message_id, parse_mode="HTML"
        )
    except BadRequest as exc:  # the question may be gone or unchanged; the answer still counts
        if not is_harmless(exc):
            raise


async def on_answer(update: Update, context: Context) -> None:
    """A Yes / No button of the safety question (stateless: it works after a restart)."""
    query = update.callback_query
    if query is None:
        return
    said = decode_safety(query.data)
    if said is None:
        await query.answer(general.STALE_BUTTON)
        return
    questions = _questions(context)
    pending = questions.pending if questions is not None else None
    if questions is not None and not questions.settle(said.token):
        await query.answer(SAFETY_ASK_ANSWERED)
        return
    await query.answer()
    if isinstance(query.message, Message):
        asked = safety_asked_view(said.level, said.signs, said.yes, said.others)
        await edit_text(query.message, for_chat(update, asked))
    if said.yes:
        await confirmed(update, context, said.level, said.signs)
    else:
        await _answered_no(update, context, pending, said.token)


async def safety_command(update: Update, context: Context) -> None:
    await reply(update, View(SAFETY_SUMMARY))


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CommandHandler("safety", safety_command))
    app.add_handler(CallbackQueryHandler(on_answer, pattern=rf"^{SAFETY_PREFIX}:"))
