"""Safety texts (SAFETY.md sections 1, 3, 4, 5 and 7), in our own words.

Telegram HTML: only <b> and <i>. These texts never name a drug, an amount to take, or a
diagnosis, and never ask anyone to carry on through pain.

`SAFETY_REPLIES` is keyed by the triage level's value ("emergency", "clinician",
"stop_pain"); `coach.questions.triage.safety_reply` looks texts up by level.
"""

from __future__ import annotations

DISCLAIMER = (
    "I'm a coach for one stretch, not a doctor, physiotherapist or medical device. I can't "
    "diagnose or treat anything, and my check-ins don't replace advice from a health "
    "professional."
)

EMERGENCY_REPLY = (
    "🚨 <b>Please stop and get urgent medical help now.</b>\n\n"
    "What you describe can be a sign of something that needs checking <b>today</b>, not "
    "later. Go to an <b>emergency department</b>, or call your <b>local emergency number</b>. "
    "If you can, ask someone to go with you.\n\n"
    "Please don't do the stretch, and don't wait to see if it passes. I won't offer a session "
    "for the next 24 hours; after that I'll ask my safety questions again first."
)

CLINICIAN_REPLY = (
    "🩺 <b>No exercise today, please.</b>\n\n"
    "What you describe is worth having looked at. Please book to see a <b>GP or "
    "physiotherapist soon</b> and tell them what you told me.\n\n"
    "Gentle everyday movement that feels fine is OK in the meantime. If things get worse "
    "quickly, or you notice numbness between your legs, trouble peeing or controlling your "
    "bowels, or symptoms in both legs, get <b>urgent</b> help (emergency department or your "
    "local emergency number)."
)

STOP_PAIN_REPLY = (
    "✋ <b>Stop the movement now.</b>\n\n"
    "Ease out of the twist slowly and rest in a position that feels comfortable. Pain is a "
    "signal to stop, not something to work against: we never go on through pain.\n\n"
    "If it settles, you can try again another time with a smaller, gentler range. If it "
    "doesn't settle, keeps coming back, or <b>travels into a leg</b>, please see a GP or "
    "physiotherapist."
)

SAFETY_REPLIES: dict[str, str] = {
    "emergency": EMERGENCY_REPLY,
    "clinician": CLINICIAN_REPLY,
    "stop_pain": STOP_PAIN_REPLY,
}

SAFETY_SUMMARY = (
    "🛡 <b>Staying safe</b>\n"
    f"<i>{DISCLAIMER}</i>\n\n"
    "<b>Stop the movement</b> if pain sharpens, catches, shoots or travels into a leg. A "
    "gentle stretch feeling is fine; pain is not. Never force the leg.\n\n"
    "<b>Get urgent help now</b> (emergency department or your local emergency number) for: "
    "numbness or tingling between the legs, around the genitals or back passage, or inner "
    "thighs; new trouble peeing or leaking; loss of bowel control; pain, tingling, numbness "
    "or weakness in both legs; legs getting weaker or a foot dragging; pain after a serious "
    "fall or accident; chest pain.\n\n"
    "<b>See a GP or physio soon</b> (no session that day) for: fever or feeling unwell; "
    "weight loss without trying; pain that wakes you, is much worse at night or doesn't ease "
    "with rest; new pain between the shoulder blades; numbness, pins and needles or weakness "
    "in one leg; anything new, like pain in a new place or a fall.\n\n"
    "<b>Your pain today, 0-10:</b> 0-3 normal session; 4-5 (or 2+ above your usual) a "
    "gentler one; 6 or more no session, just gentle everyday movement."
)

# An ambiguous message (SAFETY.md 7: the words could be a red flag, the context points away):
# the safety line given conditionally, then one short question with two buttons. Yes takes
# exactly the path of an unambiguous red flag; No answers the message as a question.
SAFETY_ASK_QUESTION = "<b>Is that the case for you right now?</b>"
SAFETY_ASK: dict[str, str] = {
    "emergency": (
        "🚨 <b>If this is new and happening to you now</b>, please stop and get urgent "
        "medical help today: an emergency department or your local emergency number."
    ),
    "clinician": (
        "🩺 <b>If this is new and happening to you now</b>, please skip the stretch today and "
        "book to see a GP or physiotherapist soon."
    ),
    "stop_pain": (
        "✋ <b>If this is happening to you now</b>, stop the movement and ease out of it "
        "slowly: we never go on through pain."
    ),
}
# Told as someone else's (SAFETY.md 7 sets it aside for the writer): if that person is in
# trouble now, the writer is the one who can call for help, so say so before asking.
SAFETY_ASK_SOMEONE_ELSE = (
    "🚑 <b>If it's someone with you</b> and it is happening to them now (a collapse, chest "
    "pain, struggling to breathe, a face or arm drooping, a serious accident), call your local "
    "emergency number for them."
)
# Asked during a countdown: the countdown waits for the answer (its Resume carries on).
SAFETY_ASK_PAUSED = "⏸ Your countdown is paused meanwhile: tap Resume on it to carry on."
SAFETY_ASK_YES = "Yes, it's happening now"
SAFETY_ASK_NO = "No, I meant something else"
SAFETY_ASK_ANSWERED = "You've already answered that one. Nothing has changed."
SAFETY_ASK_NO_REPLY = "Thanks for letting me know. Here's my answer to your message:"

# The safety net (`coach.questions.unsure`): a message about the user's own body that the rules
# did not recognise and the question bank cannot answer. Both lists, then one question; the
# first Yes takes the emergency path, the second the clinician path, No answers the message.
UNSURE_ASK = (
    "🩺 <b>I'm not sure I've understood you.</b> It sounds as if something may be going on "
    "with your body, so let me check that first.\n\n"
    "<b>Get urgent help today</b> (an emergency department or your local emergency number) if "
    "any of this is new or happening now:\n"
    "• numbness between your legs or around your bottom\n"
    "• new trouble peeing, leaking, or losing control of your bowels\n"
    "• weakness, numbness or tingling in both legs, or a foot that drags\n"
    "• chest pain or pressure, or struggling to breathe\n"
    "• fainting or nearly fainting\n"
    "• one side of the face drooping, an arm going weak or words coming out wrong\n"
    "• pain after a serious fall or accident\n\n"
    "<b>Skip the stretch and see a GP or physiotherapist soon</b> for:\n"
    "• a fever or feeling unwell\n"
    "• losing weight without trying\n"
    "• pain that wakes you or doesn't ease with rest\n"
    "• new pain between your shoulder blades\n"
    "• numbness, pins and needles or weakness in one leg\n\n"
    "<b>Is anything like this happening to you now?</b>"
)
UNSURE_YES_URGENT = "Yes, something from the urgent list"
UNSURE_YES_SOON = "Yes, something from the second list"
UNSURE_NO = "No, nothing like that"
