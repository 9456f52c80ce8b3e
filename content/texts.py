"""Every text the onboarding screen and the session show, as constants and small functions.

The welcome and the not-medical-advice note live in `content.general` and `content.safety`.

Telegram HTML (``<b>``, ``<i>``), second person, plain English. Functions take plain values
(ints, strs, bools) so this module imports nothing of ours; the coach picks which to show.

Sign lists are ``(key, button label, fuller description)``: the message lists the
descriptions, the buttons carry the short labels. The keys are the ones `coach.screening.rules`
decides on; a unit test keeps both in step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sign:
    key: str
    label: str  # button label, at most 32 characters
    detail: str  # line in the checklist message


# --- onboarding (SAFETY.md sections 1 and 2) -------------------------------------------------

AGE_PROMPT = "This coach is for adults. Are you 18 or older?"
AGE_YES = "Yes, I'm 18 or over"
AGE_NO = "No, I'm under 18"
UNDER_18 = (
    "Thanks for being honest. This coach is only for adults, so I can't guide you. "
    "A PE teacher, school nurse or doctor can suggest safe ways to keep your back moving."
)

READINESS_PROMPT = (
    "<b>Quick health check</b>\n"
    "Tap each one that applies to you, then <b>Done</b>. If none do, tap <b>None of these</b>."
)
READINESS_SIGNS: tuple[Sign, ...] = (
    Sign(
        "heart_condition",
        "Heart condition",
        "A doctor has told you that you have a heart condition",
    ),
    Sign(
        "high_blood_pressure",
        "High blood pressure",
        "A doctor has told you that you have high blood pressure",
    ),
    Sign(
        "chest_pain", "Chest pain", "Chest pain at rest, in everyday activities or during exercise"
    ),
    Sign(
        "dizziness_balance",
        "Lost balance from dizziness",
        "In the last 12 months, dizziness has made you lose your balance",
    ),
    Sign(
        "lost_consciousness", "Passed out", "In the last 12 months, you have passed out (fainted)"
    ),
    Sign(
        "chronic_condition",
        "Another long-term condition",
        "You live with another long-term (chronic) health condition",
    ),
    Sign(
        "chronic_medication",
        "Medicine for a condition",
        "You take prescribed medicine for a long-term condition",
    ),
    Sign(
        "bone_joint_problem",
        "Bone, joint or muscle problem",
        "In the last 12 months, a bone, joint or soft-tissue problem that more activity "
        "could make worse",
    ),
    Sign(
        "supervised_only",
        "Told: exercise supervised",
        "A doctor has said you should only exercise under supervision",
    ),
)

BACK_PROMPT = (
    "<b>Your back's history</b>\n"
    "This move twists the spine while you lie face down, so a few things matter. "
    "Tap each one that applies, then <b>Done</b>, or <b>None of these</b>."
)
BACK_SIGNS: tuple[Sign, ...] = (
    Sign("osteoporosis", "Osteoporosis", "Osteoporosis (thinning bones)"),
    Sign("spine_fracture", "Broken bone in the spine", "A fracture in your spine, at any time"),
    Sign(
        "spondylolisthesis",
        "Spondylolisthesis",
        "Spondylolisthesis (a vertebra that has slipped forward)",
    ),
    Sign("pars_defect", "Pars defect", "A pars defect (a stress crack at the back of a vertebra)"),
    Sign(
        "steroids_3_months",
        "Steroids for over 3 months",
        "Steroid tablets or injections, taken for more than 3 months",
    ),
    Sign(
        "back_surgery_12_months",
        "Back surgery in the past year",
        "An operation on your back or spine in the last 12 months",
    ),
    Sign("pregnancy", "Pregnant", "You are pregnant"),
)

NONE_OF_THESE = "None of these"
DONE = "Done ✔"
CHECKED = "✅"
UNCHECKED = "▫️"

CLEARANCE_READINESS = (
    "Because of what you ticked, please check with a doctor or a qualified exercise "
    "professional before starting any new exercise."
)
CLEARANCE_BACK = (
    "With that back history, please ask a clinician (a GP or physiotherapist) whether "
    "twisting exercises are right for you before you try this one."
)
CLEARANCE_ASK = "Carry on only once you've been told it's fine. Have you been cleared?"
CLEARANCE_YES = "Yes, I've been cleared"
CLEARANCE_NOT_YET = "Not yet"
CLEARANCE_WAIT = "No problem. Come back with /start once you've had the all-clear. I'll be here."


def clearance_text(readiness: bool, back: bool) -> str:
    """The explanation shown when the onboarding screen needs clearance first."""
    parts = []
    if readiness:
        parts.append(CLEARANCE_READINESS)
    if back:
        parts.append(CLEARANCE_BACK)
    parts.append(f"<b>{CLEARANCE_ASK}</b>")
    return "\n\n".join(parts)


USUAL_PAIN_PROMPT = (
    "On a normal day, how much does your back hurt? "
    "0 means no pain at all, 10 the worst pain you can imagine."
)

STYLE_PROMPT = "How would you like to do the twist? You can change this before any session."
STYLE_HOLD = "Hold"
STYLE_FLOW = "Flow"
STYLE_HOLD_LINE = "<b>Hold</b>: stay in the twist for 15-30 seconds on each side."
STYLE_FLOW_LINE = (
    "<b>Flow</b>: sweep side to side, 3 sets of 8-12 slow reps, each one right then left."
)
ONBOARDING_DONE = "All set. Start your first session whenever you like with /session."

# --- before every session (SAFETY.md section 3) ----------------------------------------------

EMERGENCY_PROMPT = (
    "<b>Safety check</b>\n"
    "Since your back pain began, or since your last session, have you noticed any of these?"
)
EMERGENCY_SIGNS: tuple[Sign, ...] = (
    Sign(
        "saddle_numbness",
        "Numb between the legs",
        "New numbness or tingling between your legs, around your genitals or back passage, "
        "or on your inner thighs",
    ),
    Sign("bladder", "Bladder trouble", "New difficulty peeing, or leaking that you can't control"),
    Sign("bowel", "Bowel control", "New loss of control of your bowels"),
    Sign(
        "both_legs",
        "Symptoms in both legs",
        "Pain, tingling, numbness or weakness in both legs",
    ),
    Sign(
        "weakening_legs",
        "Legs weaker, foot dragging",
        "Legs getting weaker, or a foot that catches or drags",
    ),
    Sign(
        "serious_accident",
        "Pain after a bad fall",
        "Back pain that began after a serious fall or accident",
    ),
    Sign("chest_pain_now", "Chest pain now", "Chest pain right now"),
)
AFTER_EMERGENCY_NOTE = (
    "<i>Last time you told me about a sign that needs urgent care. Only carry on if you have "
    "been checked since and it has gone.</i>"
)

CLINICIAN_PROMPT = "<b>A few more</b>\nAny of these at the moment?"
CLINICIAN_SIGNS: tuple[Sign, ...] = (
    Sign("fever_unwell", "Fever or feeling unwell", "A fever, or feeling generally unwell"),
    Sign("weight_loss", "Losing weight without trying", "Losing weight without trying to"),
    Sign(
        "rest_night_pain",
        "Pain at rest or at night",
        "Pain that doesn't ease when you rest, is much worse at night, or wakes you up",
    ),
    Sign(
        "between_shoulder_blades",
        "Pain between shoulder blades",
        "New pain between your shoulder blades",
    ),
    Sign(
        "one_leg_symptoms",
        "One leg numb or weak",
        "New numbness, pins and needles or weakness in one leg",
    ),
    Sign(
        "something_new",
        "Something else new",
        "Anything else new since last time, such as pain in a new place or a fall",
    ),
)

PAIN_NOW_PROMPT = (
    "<b>How much does your back hurt right now?</b>\n"
    "0 = no pain, 10 = the worst you can imagine. Tap a number or type it."
)

CHECKIN_QUESTION = (
    "Last time, your pain went up by 2 or more after the session. "
    "<b>Has it settled back to your usual level?</b>"
)
CHECKIN_YES = "Yes, it's settled"
CHECKIN_NO = "Not yet"

# --- the decision (SAFETY.md section 4) ------------------------------------------------------

EMERGENCY_OUTCOME = (
    "🚨 <b>Please stop and get urgent medical help now.</b>\n\n"
    "Go to an emergency department, or call your local emergency number, and tell them what "
    "you ticked. Don't do the exercise, and don't wait to see whether it passes."
)
YOU_TICKED = "<b>What you ticked:</b>"
CLINICIAN_OUTCOME = (
    "🩺 <b>No session today.</b>\n\n"
    "What you ticked is worth having checked. Please see a GP or physiotherapist soon and "
    "tell them about it. Once they're happy, we can pick the exercise up again."
)


def red_outcome(pain: int) -> str:
    return (
        f"🔴 <b>No session today.</b>\n\n"
        f"At {pain}/10, your back is better off without this exercise today. Gentle everyday "
        f"movement, like pottering around the house or a short easy walk, is fine. If the pain "
        f"stays high or gets worse over the next several days, see a GP or physiotherapist."
    )


GREEN_OUTCOME = (
    "🟢 <b>Good to go.</b> Your pain is in the comfortable range, so today is the standard session."
)


def gentle_shorter(flow: bool) -> str:
    """What the gentle variant shortens, in the user's style: Hold days get shorter holds
    (2 × 15 s), Flow days fewer and shorter sets (2 × 5 reps)."""
    return "fewer, shorter sets" if flow else "shorter holds"


def amber_outcome(
    pain: int,
    usual: int,
    pain_4_5: bool,
    above_usual: bool,
    flare_unresolved: bool,
    flow: bool = False,
) -> str:
    """Amber says why (each reason that applies) and what changes (``flow``: the user's style
    is Flow)."""
    why = []
    if pain_4_5:
        why.append(f"your pain is {pain}/10, in the 4-5 range")
    if above_usual:
        why.append(f"your pain ({pain}/10) is 2 or more above your usual {usual}/10")
    if flare_unresolved:
        why.append("your back hasn't settled since last time")
    text = (
        "🟡 <b>Let's go gently today.</b>\n"
        f"Why: {'; and '.join(why)}.\n"
        "What changes: the leg goes only part way or hovers, a smaller range, one hand near "
        f"your body for support, and {gentle_shorter(flow)}."
    )
    if flare_unresolved:
        text += "\n<i>Taking a break until your pain is back to usual is a fine choice too.</i>"
    return text


SUGGEST_CLINICIAN_FLARES = (
    "🩺 Your back has flared up twice in two weeks. A physiotherapist or GP can take a look "
    "and suggest what suits you best."
)
SUGGEST_CLINICIAN_NO_IMPROVEMENT = (
    "🩺 Your pain hasn't improved over the last few weeks. A physiotherapist or GP can look "
    "at what else might help."
)

HOLD_PLAN_LINE = "<b>Hold</b>: {holds} on each side."
FLOW_PLAN_LINE = "<b>Flow</b>: {sets} × {reps} slow reps, each one right then left."


def hold_plan_line(holds: int, seconds: int) -> str:
    holds_text = f"{seconds} s" if holds == 1 else f"{holds} × {seconds} s"
    return HOLD_PLAN_LINE.format(holds=holds_text)


def flow_plan_line(sets: int, reps: int) -> str:
    return FLOW_PLAN_LINE.format(sets=sets, reps=reps)


HELD_NOTE = "<i>No more exercise today, after what you told me. Tap Stop to finish.</i>"
READY_HINT = "See the steps first, or start the timer if you know the move."
SHOW_STEPS = "📖 Show me the steps"
START_NOW = "⏱ Start now"
SWITCH_TO_HOLD = "Switch to Hold"
SWITCH_TO_FLOW = "Switch to Flow"
CHOOSE_GENTLE = "🌱 Gentler version"
CHOOSE_STANDARD = "Standard version"


def gentle_chosen(flow: bool) -> str:
    return (
        "🌱 You picked the gentler version today: smaller range, hand support, "
        f"{gentle_shorter(flow)}."
    )


SETTLED_HINT = "Your pain rose last time. The gentler version is here if you'd like it today."

# --- steps and timed work (SAFETY.md section 5) ----------------------------------------------

BACK = "◀ Back"
NEXT = "Next ▶"
START = "Start ▶"
PAUSE = "⏸ Pause"
RESUME = "▶ Resume"
SKIP = "⏭ Skip"
IM_READY = "✅ I'm ready"
STOP = "⏹ Stop"
HURTS = "🤕 It hurts"


def step_header(number: int, total: int, title: str) -> str:
    return f"<b>Step {number} of {total}: {title}</b>"


RIGHT = "Right"
LEFT = "Left"
SETUP_TITLE = "Get into position"
SETUP_LINE = (
    "Put the phone down, then lie face down, forehead on the mat, arms in your chosen "
    "position. Tap <b>I'm ready</b> to start sooner."
)
HOLD_LINE = "Ease into the twist and breathe. Shoulders and palms stay down."
REP_ACROSS = "Sweep across…"
REP_BACK = "…and back to the middle"
SWITCH_TITLE = "Switch sides"
SWITCH_LINE = "Bring the leg back to the middle and lower it."
REST_TITLE = "Rest"
REST_LINE = "Relax on the mat and breathe."
WORK_CUE = "<i>Move gently. Stop if the pain turns sharp, catches, or spreads into a leg.</i>"


def hold_title(side: str, hold_no: int, holds: int) -> str:
    suffix = f" {hold_no} of {holds}" if holds > 1 else ""
    return f"{side} leg, hold{suffix}"


def rep_title(side: str, rep_no: int, reps: int) -> str:
    """One half of a Flow rep: "Rep 3 of 8 · right leg" (the count, then the side)."""
    return f"Rep {rep_no} of {reps} · {side.lower()} leg"


def set_counter(set_no: int, sets: int) -> str:
    return f"Set {set_no} of {sets}"


def next_up(what: str) -> str:
    return f"Next: {what}"


def next_side(side: str) -> str:
    return f"{side.lower()} leg"


def next_set(set_no: int, sets: int) -> str:
    return f"set {set_no} of {sets}"


def remaining_line(seconds: int, until: str | None = None) -> str:
    """The count; ``until`` (a time of day, "07:31:20") when the countdown is sparse: it still
    says when this part ends."""
    if until is None:
        return f"⏱ <b>{seconds} s</b>"
    return f"⏱ <b>{seconds} s</b> · until {until}"


def stopped_text(seconds_left: int) -> str:
    return f"⏹ <b>Stopped</b> with {seconds_left} s left on this part."


def paused_text(seconds_left: int) -> str:
    return f"⏸ <b>Paused.</b> {seconds_left} s left on this part. Take your time."


HURT_PROMPT = (
    "🤕 <b>Let's stop there.</b> Ease out of the position slowly and lie still for a moment.\n"
    "How much does your back hurt now? 0 = none, 10 = the worst you can imagine."
)


def hurt_offer(pain: int, flow: bool = False) -> str:
    return (
        f"Thanks. Pain {pain}/10. You can carry on with the gentler version (smaller range, "
        f"hand support, {gentle_shorter(flow)}), or stop here for today. Both are good choices."
    )


CONTINUE_GENTLY = "Continue gently"
STOP_FOR_TODAY = "Stop for today"


def hurt_stopped(pain: int, rose: bool) -> str:
    why = (
        "it's 2 or more above where you started"
        if rose and pain < 6
        else f"{pain}/10 is too high to keep exercising"
    )
    return (
        f"Let's stop here for today: {why}. Rest in a position that feels comfortable; gentle "
        "everyday movement is fine. Once it has settled, the gentler version is a good way back "
        "in. If the pain stays high or gets worse over the next few days, see a GP or "
        "physiotherapist."
    )


# --- after the session (SAFETY.md section 6) -------------------------------------------------

AFTER_PAIN_PROMPT = (
    "✅ <b>Done.</b> Ease out of the twist slowly.\n"
    "How much does your back hurt now? 0 = none, 10 = the worst you can imagine."
)
STOPPED_EARLY_PAIN_PROMPT = (
    "⏹ <b>Stopped.</b> Ease out of the position slowly.\n"
    "How much does your back hurt now? 0 = none, 10 = the worst you can imagine."
)
NOT_NOW = "Not now"


def after_rose(before: int, after: int) -> str:
    return (
        f"Your pain went from {before} to {after}, a rise of 2 or more. Thank you for telling "
        "me. Take it easy for the rest of the day; gentle everyday movement is fine. I'd suggest "
        "the gentler version next time, and I'll check in tomorrow to see how your back has "
        "settled."
    )


def after_same(before: int, after: int) -> str:
    return f"Pain {before} → {after}: about the same as before. Steady is good. Nice work."


def after_eased(before: int, after: int) -> str:
    return f"Pain {before} → {after}: lower than when you started. Lovely work."


def streak_line(current: int, best: int) -> str:
    days = "day" if current == 1 else "days"
    line = f"🔥 {current} {days} in a row"
    return f"{line} (best: {best})" if best > current else line


def summary_line(style: str, gentle: bool, pain_before: int | None, pain_after: int | None) -> str:
    """One line for the end of a session, e.g. ``Hold · gentle · pain 4 → 3``."""
    parts = [style]
    if gentle:
        parts.append("gentle")
    if pain_before is not None and pain_after is not None:
        parts.append(f"pain {pain_before} → {pain_after}")
    return " · ".join(parts)


STOPPED_EARLY_NOTE = "Stopped early, and that's fine: listening to your back is the point."
REMINDER_OFFER = "Want a nudge tomorrow? Set a daily reminder with /remind."
SESSION_STOPPED = "Session stopped. Come back any time with /session."

# --- buttons that no longer apply ------------------------------------------------------------

SESSION_ENDED = "That session has ended."
NOT_ACTIVE = "That button isn't active right now."
SESSION_BROUGHT_FORWARD = "Your session is already running: here it is, at the bottom."
ONE_AT_A_TIME = (
    "You already have a session open. Carry on there, or stop it to start a new one. "
    "One session at a time keeps things simple."
)

# --- onboarding: progress, clearance, the end (coach.onboarding) ----------------------------

ONBOARDING_STEPS = 5  # age, health check, back history, usual pain, style


def onboarding_step(number: int, total: int = ONBOARDING_STEPS) -> str:
    """The progress line on top of each onboarding screen, e.g. ``Step 2 of 5``."""
    return f"<i>Step {number} of {total}</i>"


def ticked_line(labels: list[str]) -> str:
    """Reminds the user what they ticked, on the clearance screen."""
    return "You ticked: " + ", ".join(labels) + "."


CHANGE_ANSWERS = "↩ Change my answers"
USUAL_PAIN_HINT = "<i>Tap a number, or type it.</i>"
START_FIRST_SESSION = "▶ Start my first session"
SET_DAILY_REMINDER = "⏰ Set a daily reminder"
ONBOARDING_REMINDER_OFFER = "A short daily reminder makes the habit easier. Want one?"
ONBOARDING_FINISHED = "That check is finished. Use /start if you want to go through it again."
ONBOARDING_STALE = "That button is from an older message. Please use the latest one."


def onboarding_summary(usual_pain: int, style: str) -> str:
    """What the user chose, e.g. ``Usual pain: 3/10 · Style: Hold``."""
    return f"Usual pain: {usual_pain}/10 · Style: {style}"
