"""Questions: /ask and any free text no flow is waiting for, answered from the question bank."""

from __future__ import annotations

import asyncio
from itertools import chain

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler

from app.services import Context
from coach.questions import learned
from coach.questions.answers import default_matcher
from coach.questions.patterns import compile_all
from coach.questions.triage import compile_rules
from coach.questions.view import (
    CLARIFY_PREFIX,
    PREFIX,
    START,
    clarify_chosen_view,
    decode_clarify,
    decode_topic,
    question_view,
    safety_token,
    topic_view,
)
from coach.ui import View
from content import general
from handlers.common import answered, edit_text, open_flows, reply, triaged, typed_text, who
from service import flows
from service.understand import understood


async def _session_open(update: Update, context: Context) -> bool:
    """Whether the user has a session open (read once per update): no "Start a session" then."""
    person = who(update)
    return person is not None and (await open_flows(context, person.user_id)).session is not None


async def _answer(update: Update, context: Context, question: str) -> None:
    message = update.effective_message
    token = safety_token(message.message_id) if message is not None else "0"
    open_ = await _session_open(update, context)
    known, found = triaged(context, question), answered(context, question)
    view = await understood(
        question,
        lambda: question_view(
            question, token=token, session_open=open_, triaged=known, answered=found
        ),
    )
    await reply(update, view)


async def claim_text(update: Update, context: Context) -> bool:
    """Anything no other feature claimed is a question (last in `app.build.TEXT_ROUTE`, and
    what /ask asks after the safety check)."""
    question = typed_text(update)
    if question is None:
        return False
    if not question:
        await reply(update, View(general.ASK_HOW))
        return True
    await _answer(update, context, question)
    return True


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    action = decode_topic(query.data)
    if action is None:
        await query.answer(general.STALE_BUTTON)
        return
    person = who(update)
    if action == START and person is not None:
        await flows.start_session(context.bot_data, person.as_person(), answer=query.answer)
        return
    await query.answer()
    view = topic_view(action, session_open=await _session_open(update, context))
    if view is None:
        return
    await reply(update, view)


async def on_clarify(update: Update, context: Context) -> None:
    """A "Did you mean..." button: answers the topic once; a second tap changes nothing."""
    query = update.callback_query
    if query is None:
        return
    decoded = decode_clarify(query.data)
    if decoded is None:
        await query.answer(general.STALE_BUTTON)
        return
    token, key = decoded
    questions = context.chat_data.safety if context.chat_data is not None else None
    if questions is not None and not questions.settle(f"c{token}"):
        await query.answer(general.CLARIFY_ANSWERED)
        return
    await query.answer()
    if isinstance(query.message, Message):
        await edit_text(query.message, clarify_chosen_view(key))
    view = topic_view(key, session_open=await _session_open(update, context))
    if view is not None:
        await reply(update, view)


async def startup(app: Application) -> None:  # type: ignore[type-arg]
    """Builds the question index (about 0.2 s) before polling, so the first person to ask
    does not wait for it; the triage rules and the understanding's other patterns (about 3.5 s
    of CPU in all) are compiled a few seconds later, one at a time between the bot's other
    work (`_compile_rules`)."""
    default_matcher()
    task = asyncio.get_running_loop().create_task(_compile_rules(), name="compile rules")
    _compiling.add(task)
    task.add_done_callback(_compiling.discard)


async def shutdown(app: Application) -> None:  # type: ignore[type-arg]
    for task in list(_compiling):
        task.cancel()


_compiling: set[asyncio.Task[None]] = set()


async def rules_compiled() -> None:
    """Waits until the start's compiling of the rules is over (the benchmarks time the bot's
    steady state, after it)."""
    await asyncio.gather(*_compiling, return_exceptions=True)


# Seconds after start-up before the rules are compiled: the start's own work (the restart's
# catch-up, the first reminders) goes first, and a process that only lives a moment (a crash
# loop, the tests' bot processes) never pays for rules it does not use. A message that comes
# sooner compiles just the rules it needs, on first use.
COMPILE_AFTER = 5.0


async def _compile_rules() -> None:
    await asyncio.sleep(COMPILE_AFTER)
    learned.reader()  # its weights (1 MB, about a millisecond to read)
    for _ in chain(compile_rules(), compile_all()):
        await asyncio.sleep(0)


def register(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}:"))
    app.add_handler(CallbackQueryHandler(on_clarify, pattern=rf"^{CLARIFY_PREFIX}:"))
