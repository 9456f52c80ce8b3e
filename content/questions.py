"""The question bank: what people ask about the prone spinal twist, and our answers.

Facts come only from the seed article and SAFETY.md, written in our own words. Answers use
Telegram HTML (only <b> and <i>), stay under 600 characters, and never name a drug, an amount
to take, or a diagnosis. `phrasings` are example questions the offline matcher learns from:
keep them varied (short, casual, typo-free; the matcher handles typos).
"""

from __future__ import annotations

from dataclasses import dataclass

from content.texts import HURTS, PAUSE, RESUME, STOP


@dataclass(frozen=True)
class Topic:
    key: str
    title: str  # button label, at most 30 characters
    phrasings: tuple[str, ...]
    answer: str
    related: tuple[str, ...]


# Answers that say "ask a clinician first": no "Start a session" button under them (a session
# straight after "check first" would contradict the answer).
CLINICIAN_FIRST: frozenset[str] = frozenset({"check_first", "surgery_history"})

TOPICS: tuple[Topic, ...] = (
    Topic(
        key="what_is",
        title="What is this move?",
        phrasings=(
            "what is the prone spinal twist",
            "what is this exercise",
            "what's a prone twist",
            "explain the move to me",
            "what kind of stretch is this",
            "prone twist?",
            "what does prone mean",
            "describe the exercise",
            "what is a spinal twist lying on your front",
            "is this a yoga pose",
            "what's this twist all about",
            "what is a prone spinal twist exactly",
            "which exercise is this",
            "tell me about this stretch",
            "is this a stretch or an exercise",
            "what am I actually doing here",
            "what's this move called",
            "explain what the twist is",
            "what is this",
            "what's the exercise called",
            "what is this stretch",
            "what even is a prone spinal twist",
            "so what's the move",
            "define prone spinal twist",
            "what's this exercise",
            "what kind of exercise is it",
            "what is the move you coach",
            "what is a prone twist",
            # round 23: a newcomer who heard of it from someone else or a link
            "what is this twist thing",
            "never heard of this twist before, what is it",
            "a friend sent me the link, what is this",
            "my mate sent me this, what's the twist",
            "saw it online, what is this stretch anyway",
            # round 29: asked to be explained simply, before trying
            "explain the stretch simply please",
            "can you explain simple what this stretch is",
            # round 45: likened to a twist from a class
            "is this like the twist lying on your back in yoga",
            "same thing as the reclining twist in pilates?",
            "is it the supine twist from yoga",
            "how is it different from the lying down twist at the end of pilates",
        ),
        answer=(
            "The <b>prone spinal twist</b> is done lying face down. Your shoulders and palms "
            "stay on the mat while you bend one knee and sweep that leg over towards the "
            "other side, then bring it back and switch. You can do it as a <b>held "
            "stretch</b> or as a slow <b>side-to-side mobility drill</b>. It stretches the "
            "fronts of the shoulders, the chest, the upper and lower back, and the front of "
            "the hip of the moving leg."
        ),
        related=("how_to", "benefits", "hold_vs_flow"),
    ),
    Topic(
        key="how_to",
        title="How to do it",
        phrasings=(
            "how do I do it",
            "how do you do the prone spinal twist",
            "steps?",
            "step by step",
            "step by step please",
            "never done it, take me through it step by step",
            "instructions please",
            "talk me through it",
            "what are the steps",
            "teach me the technique",
            "show me how",
            "proper form",
            "how is it done",
            "walk me through the exercise",
            "how do I perform it",
            "how does the exercise go",
            "how do I do this stretch properly",
            "what's the correct technique",
            "remind me how it goes",
            "explain how to do the twist",
            "how to do prone twists",
            "what's the right way to do it",
            "how does the twist go step by step",
            "guide me through it",
            "how do I do the stretch",
            "what's the method",
            "how's it done",
            "how do you do it properly",
            "explain the technique",
            "can you teach me how to do it",
            "what are the instructions",
            "how do I do this exercise",
            "what do I do",
            "how does it go",
            "how do I do it right",
        ),
        answer=(
            "1. Lie face down, arms spread wide with palms on the mat, forehead down.\n"
            "2. Bend one knee and sweep that leg over towards the other side.\n"
            "3. Both shoulders and both palms stay on the mat.\n"
            "4. Rest the foot on the floor outside your other leg, or let it hover.\n"
            "5. Pause or hold, come back to the start, then do the other side.\n"
            "Move gently, never force the leg, and stop if it hurts. /session guides you "
            "step by step with pictures."
        ),
        related=("setup_start", "leg_sweep", "foot_not_reaching"),
    ),
    Topic(
        key="hold_time",
        title="How long to hold",
        phrasings=(
            "how long do I hold it",
            "how long if I hold instead",
            "how many seconds",
            "hold time?",
            "how long should I stay in the stretch",
            "how long on each side",
            "how long is the hold",
            "seconds per side",
            "how long do I keep the position",
            "is 30 seconds enough",
            "how long should I stay in the twist",
            "how long should I hold the stretch for",
            "how many seconds do I stay there",
            "for how long",
            "how long per twist",
            "length of the hold",
            "how long?",
            "should I hold for longer",
            "how long is each hold meant to be",
            "time per side",
            "how long do I stay in the twist",
            "what's the hold time",
            "how many seconds on each side",
            "how long should each hold last",
            "how long do I keep my leg over",
            "15 or 30 seconds?",
            # round 40: seconds asked per side or per leg
            "how many seconds a side",
            "how many seconds for each leg",
            "how long should I hold the twist",
        ),
        answer=(
            "As a held stretch, stay in the twist for about <b>15 to 30 seconds on each "
            "side</b>, then come back to the start and switch. If 30 seconds feels like a "
            "lot, begin nearer 15, and come out early if anything doesn't feel right. Prefer "
            "moving to holding? Then it's reps and sets instead."
        ),
        related=("reps_sets", "hold_vs_flow", "how_often"),
    ),
    Topic(
        key="reps_sets",
        title="Reps and sets",
        phrasings=(
            "reps?",
            "how many reps",
            "how many sets",
            "how many sets if I do the flow",
            "how many times should I do it",
            "how many repetitions each side",
            "sets and reps",
            "how many times per side",
            "number of reps",
            "how many rounds",
            "how many do I do",
            "how many rounds per side",
            "how many reps and sets",
            "how many should I do per side",
            "how many times each way",
            "what's the number of sets",
            "reps per side?",
            "how many swings side to side",
            "sets?",
            "how many reps should I do",
            "how many times do I repeat it",
            "how many sets per side",
            "how many repeats",
            "8 or 12 reps?",
            "how many lots of reps",
            "is that too many reps",
            "how many reps is too many",
            "can I do more reps per side",
            "is 10 reps enough",
        ),
        answer=(
            "Done as a moving drill, sweep slowly from side to side for <b>3 sets of 8-12 "
            "reps</b>, each rep to the right and then the left, with a short rest between "
            "sets. Keep every rep smooth and controlled rather than fast. On days when the "
            "bot picks the gentler version, it's less: 1-2 sets of 5-8 reps."
        ),
        related=("hold_time", "hold_vs_flow", "gentler_variant"),
    ),
    Topic(
        key="hold_vs_flow",
        title="Hold or flow?",
        phrasings=(
            "should I hold it or move",
            "static or dynamic",
            "difference between hold and flow",
            "hold vs flow",
            "which style is better",
            "can I do it moving instead of holding",
            "what does flow mean",
            "is it better to hold the stretch or do reps",
            "what are the two styles",
            "hold or reps?",
            "static hold or moving",
            "should I keep moving or stay still",
            "is holding better than moving",
            "what's the difference between holding and moving",
            "hold style or flow style",
            "should I stay in it or go back and forth",
            "do I hold it or keep moving",
            "hold or move side to side",
            "should I pause in the stretch or keep it moving",
            "which is better, holding or reps",
            "difference between the two styles",
        ),
        answer=(
            "Two ways to do it, both fine:\n<b>Hold</b>: stay in the twist for 15-30 "
            "seconds per side, a calm stretch.\n<b>Flow</b>: sweep slowly side to side for 3 "
            "sets of 8-12 reps, each one right then left. The movement adds mobility work "
            "for your spine and the muscles around it and your hips.\nPick the one that "
            "suits your body; you can change it in /settings."
        ),
        related=("hold_time", "reps_sets", "dynamic_benefits"),
    ),
    Topic(
        key="beginners",
        title="Is it OK for beginners?",
        phrasings=(
            "is this ok for beginners",
            "I'm a beginner",
            "I've never done this before",
            "is it hard",
            "I'm new to exercise, can I do it",
            "is it too advanced for me",
            "first time trying it",
            "how difficult is it",
            "beginner friendly?",
            "I'm not very flexible, can I still do it",
            "can a beginner do this",
            "I'm unfit, is this for me",
            "is this too difficult",
            "do I need to be flexible",
            "I'm stiff and out of shape, can I try",
            "is it an advanced move",
            "can anyone do it",
            "I've never stretched before",
            "am I fit enough for this",
            "can a complete beginner do it",
            "is it suitable for beginners",
            "I'm not sporty, can I do it",
            "is it ok if I've never exercised",
            "too hard for a beginner?",
            "am I too old for this",
            "is it suitable for older people",
            "I'm in my sixties, can I do it",
            "is it ok for someone who isn't flexible",
            "will I be able to do it",
            "can I manage it if I'm unfit",
            "I don't exercise, is this ok for me",
            "how hard is it for a beginner",
        ),
        answer=(
            "It isn't usually called a beginner move, but whether it suits you depends on "
            "your exercise experience, mobility and flexibility, not on whether you've tried "
            "it before. Plenty of people are fine the first time. Start slowly with a small "
            "range, <b>listen to your body</b>, and stop if something doesn't feel right."
        ),
        related=("range_of_motion", "gentler_variant", "check_first"),
    ),
    Topic(
        key="setup_start",
        title="Starting position",
        phrasings=(
            "how do I start",
            "starting position",
            "how do I get into position",
            "what's the setup",
            "do I lie on my back or my front",
            "first step?",
            "do I lie face down",
            "how to set up",
            "where do my arms go at the start",
            "what position do I begin in",
            "how do I lie down for it",
            "what position do I start in",
            "where do I put my head and arms",
            "do I start lying on my stomach",
            "what's the starting pose",
            "how should I lie",
            "beginning position?",
            "set up position",
            "where do I begin",
            "what's the starting position",
            "how do I lie on the mat",
            "how do I get set up",
            "where do I put my forehead",
            "what position do I lie in",
            "which way do my palms face",
            "hands palm down or palm up",
            "what shape are my arms in at the start",
            "forehead down on the mat?",
        ),
        answer=(
            "Lie on your <b>stomach</b> on a mat. Spread your <b>arms wide</b> to either side "
            "with your <b>palms flat on the floor</b>, and let your <b>forehead</b> rest down. "
            "This is where you begin, and where you come back to between sides."
        ),
        related=("how_to", "cactus_arms", "leg_sweep"),
    ),
    Topic(
        key="leg_sweep",
        title="Moving the leg",
        phrasings=(
            "how do I move the leg",
            "which way does the leg go",
            "do I bend my knee",
            "what do I do with my leg",
            "how do I do the twist part",
            "where does my knee go",
            "do I keep my leg straight",
            "the leg bit",
            "how far over does the leg go",
            "how do I swing the leg over",
            "which knee bends",
            "do I lift the leg",
            "what does my leg do",
            "which direction does the leg move",
            "leg over to the other side?",
            "how does the leg cross over",
            "how do I bring my leg across",
            "what does the moving leg do",
            "do I bend the knee of the moving leg",
            "how do I take my leg over",
            "which way does my knee go",
            "is the leg bent or straight",
            "how high do I lift the leg",
            "does the knee stay bent the whole time",
            "do I slide my leg or lift it",
            "swing the leg over how?",
        ),
        answer=(
            "Bend one knee, lift that leg and <b>sweep it over</b> towards the opposite "
            "side, slowly and smoothly. Go only as far as feels like a comfortable stretch "
            "while both shoulders stay on the mat. Then the foot either rests on the floor "
            "outside your other leg, or hovers."
        ),
        related=("foot_placement", "shoulders_down", "dont_force"),
    ),
    Topic(
        key="shoulders_down",
        title="Shoulders and palms",
        phrasings=(
            "my shoulder lifts off the mat",
            "should my shoulders stay down",
            "what do I do with my palms",
            "my body rolls onto its side",
            "keep shoulders flat?",
            "my arm comes off the floor",
            "do I press my hands down",
            "should my chest come up",
            "what does my upper body do",
            "my shoulder comes up",
            "should my shoulders touch the floor",
            "where do my palms go",
            "my chest lifts off the floor",
            "my upper body turns with my leg",
            "do my hands stay flat",
            "keep my arms on the floor?",
            "what should my shoulders do",
            "should my shoulders lift",
            "do my shoulders stay on the mat",
            "my opposite shoulder lifts up",
            "should my palms stay down",
            "I roll onto my side when I twist",
            "my shoulder rises when I twist",
            "should my upper body stay flat",
            "my chest comes up off the floor",
            "do I keep my chest down",
            # twenty-fourth session, h106: the palms' place asked for the whole move
            "do both palms stay pressed down the whole time",
        ),
        answer=(
            "Keep <b>both shoulders and both palms pressed into the mat</b> while the leg "
            "travels, and avoid rolling your whole body onto one side or lifting your chest "
            "much. If a shoulder keeps coming up, the leg has gone further than your body is "
            "ready for: make the movement smaller."
        ),
        related=("range_of_motion", "leg_sweep", "hand_support"),
    ),
    Topic(
        key="foot_placement",
        title="Where the foot goes",
        phrasings=(
            "where does my foot go",
            "where do I put my foot",
            "does my foot touch the ground",
            "foot position?",
            "where should the foot land",
            "do I put my foot down",
            "which side of the other leg does the foot go",
            "foot on the floor or not",
            "where does the foot end up",
            "where should my foot be",
            "where does the foot go when the leg crosses over",
            "foot inside or outside the other leg",
            "should my foot touch the floor",
            "where do I rest my foot",
            "where should my foot go",
            "where does the foot land",
            "where do I put the foot down",
            "does the foot go outside the other leg",
            "what do I do with my foot",
        ),
        answer=(
            "If you can, rest the foot of the moving leg on the floor <b>outside your other "
            "leg</b>. If it doesn't get that far, let the leg <b>hover</b> in the air "
            "wherever it's comfortable. Both are correct."
        ),
        related=("foot_not_reaching", "leg_sweep", "dont_force"),
    ),
    Topic(
        key="foot_not_reaching",
        title="Foot doesn't reach floor",
        phrasings=(
            "my foot doesn't reach the floor",
            "I can't get my foot to the ground",
            "my leg won't go all the way over",
            "foot won't touch the mat",
            "not flexible enough to put my foot down",
            "my leg just hangs in the air",
            "is it ok if my foot floats",
            "I can't reach the floor with my foot",
            "when will my foot touch the floor",
            "my foot can't reach the mat",
            "my foot stays in the air",
            "my leg doesn't go far enough to touch down",
            "my foot never gets to the floor",
            "I'm too stiff to get my foot down",
            "what if my foot doesn't get down to the floor",
            "my foot is miles off the ground",
            "my foot doesn't touch the floor",
            "my foot can't reach the ground",
            "I can't get my foot down",
            "foot doesn't reach",
            "my foot is in the air and won't go down",
            "my foot won't reach the floor, is that ok",
            "is hovering the leg ok",
            "my leg stays up in the air",
            "is it fine if my foot stays off the floor",
            "I'm not flexible enough for my foot to touch the floor",
            "my foot stops short of the floor",
            "my foot hovers above the floor",
            # round 24: whatever the writer tries
            "my foot won't touch the floor no matter what I do",
            "however hard I try my foot doesn't reach the ground",
            "one side my foot just won't get down to the floor",
            # round 41: the leg that won't come down, hovering asked about
            "should I just leave the leg hovering if it won't come down",
            "my leg won't go down, is hovering it fine",
            "can I just hold my leg up when it won't drop all the way",
        ),
        answer=(
            "That's completely fine. Let the leg <b>hover</b> where it stops comfortably; "
            "you still get the stretch. With time the foot may reach the floor, but it "
            "doesn't need to happen soon, and for many people it never does. Please don't "
            "push the leg down to get there."
        ),
        related=("foot_placement", "dont_force", "uneven_sides"),
    ),
    Topic(
        key="return_switch",
        title="Switching sides",
        phrasings=(
            "how do I switch sides",
            "then what",
            "how do I come back",
            "do I do both sides",
            "when do I change legs",
            "how do I get back to the start",
            "other side?",
            "what do I do after the hold",
            "do I alternate legs",
            "how do I change sides",
            "then do the other leg?",
            # round 40: moving over to the second side once the first is done
            "when one side is finished how do I move across to the other",
            "first half finished, what is the way onto the other leg",
            "what's next after the stretch",
            "how do I return to the middle",
            "do I do the same on the other side",
            "when do I swap legs",
            "how do I finish the rep",
            "how do I go back to the start",
            "do I then do the other leg",
            "what do I do after one side",
            "done one side, now what?",
            "finished the left side, what next",
            "that's my right side done, what now",
            "swap sides?",
            "do I have to do both sides",
            "how do I bring the leg back",
            "how do I come out of the stretch",
            "how do I release the twist",
            "what do I do once one side is done",
            "after the first side what next",
            "go to the other side after?",
            "repeat on the other side?",
            "when is it time to swap across to leg number two",
            "moving across onto the second side, how does that go",
            "what comes after the first leg",
            "once I finish on the left is it the right",
            "do I rest between sides or go straight on",
            "should I have a break before the other side",
            "straight onto the second side or pause first",
            "is it one side then the other",
            "do I swap after each rep",
            "when one side is finished what now",
            # round 45: back to the centre before the second leg
            "should I return to centre ahead of switching legs",
            "return to the middle first, then the other leg?",
            "should the leg come back to the start before I swap",
        ),
        answer=(
            "After the pause or hold, bring the leg back the way it came to the starting "
            "position, then do the same with the other leg. Use a gentle sweeping motion "
            "and keep your upper body low on the mat as you go. Always do both sides. In "
            "Flow the sides alternate: each rep sweeps right, then left."
        ),
        related=("which_side_first", "uneven_sides", "hold_time"),
    ),
    Topic(
        key="which_side_first",
        title="Which side first?",
        phrasings=(
            "which leg first",
            "which side do I start with",
            "left or right first",
            "does it matter which side",
            "start with the right leg?",
            "which leg do I begin with",
            "which side first?",
            "do I begin on the left or the right",
            "what side do I do first",
            "does the order of sides matter",
            "should I start with my right or left leg",
            "should I start on the left side",
            "which side do I do first",
            "right leg or left leg first",
            "what leg first",
        ),
        answer=(
            "The steps start with the <b>right leg</b> sweeping over to the left side, then "
            "the left leg over to the right. What matters most is that both sides get their "
            "turn, done the same gentle way."
        ),
        related=("return_switch", "uneven_sides", "how_to"),
    ),
    Topic(
        key="cactus_arms",
        title="Cactus arms",
        phrasings=(
            "what are cactus arms",
            "can I bend my elbows",
            "arm position options",
            "elbows at 90 degrees?",
            "cactus?",
            "do my arms have to be straight",
            "goalpost arms",
            "my arms don't like being straight out",
            "can I bend my arms",
            "what's the cactus position",
            "bent arm option",
            "can my elbows be bent",
            "arms at 90 degrees",
            "what does cactus mean",
            "other arm positions",
            "what is the cactus arm position",
            "can I have my elbows bent",
            "bent arms ok?",
            "elbows bent at a right angle",
            "my shoulders ache with my arms spread wide, is there another way",
            "straight arms hurt my shoulders, where else can my arms go",
        ),
        answer=(
            "Instead of straight arms you can use <b>cactus arms</b>: upper arms out to the "
            "sides and elbows bent to about <b>90 degrees</b>, palms down on the mat. Try it "
            "if straight arms don't feel right for your shoulders. If neither works, see the "
            "one-hand support option."
        ),
        related=("hand_support", "setup_start", "shoulders_down"),
    ),
    Topic(
        key="hand_support",
        title="One hand for support",
        phrasings=(
            "can I put one hand near my body",
            "neither arm position works for me",
            "I need more support",
            "hand close to my body",
            "one arm in one arm out",
            "support hand?",
            "arms out doesn't work for me",
            "can I keep a hand by my side",
            "I need my hand for support",
            "another arm option",
            "what if the arm positions are uncomfortable",
            "hand near my chest for support",
            "can one arm stay close to me",
            "can I use one hand for support",
            "what if cactus arms don't work either",
            "one hand by my side, one arm out",
            "more supportive arm position",
            "where do I put my hand for support",
            "can I rest one hand by my chest",
            "hand under my shoulder?",
            "support arm position",
            "what else can I do with my arms if holding them out wide is sore",
            "a different place for my hands when wide arms bother my shoulders",
        ),
        answer=(
            "If straight arms and cactus arms both feel wrong, put <b>one hand on the mat "
            "near your body</b> to prop you up, and keep the other arm stretched out. You get "
            "more support, and a bit more stretch through the shoulder. The bot's gentler "
            "version uses this arm position."
        ),
        related=("cactus_arms", "gentler_variant", "setup_start"),
    ),
    Topic(
        key="muscles_stretched",
        title="What it stretches",
        phrasings=(
            "does it help loosen tight hips",
            "will it loosen up my hips too",
            "what muscles does it stretch",
            "what does it stretch",
            "which muscles",
            "where should I feel it",
            "does it stretch my hips",
            "what does it target",
            "muscles worked?",
            "does it stretch my chest",
            "what areas does it open up",
            "which parts of the body does it loosen",
            "what bits does it work on",
            "what gets looser from doing it",
            "does it stretch my shoulders",
            "which muscles get stretched",
            "what parts of my body does it stretch",
            "where will I feel the stretch",
            "which body parts does it work",
            "what muscle groups does this hit",
            "does it stretch my back",
            "does it stretch the hip flexors",
            "what should I be feeling",
            "what will it stretch",
            "which parts get stretched",
            "does it stretch the front of my hips",
            "which muscles does it stretch",
            "what muscles will I feel it in",
        ),
        answer=(
            "It stretches the <b>fronts of your shoulders</b> (anterior deltoids), your "
            "<b>chest</b> (pectorals), your <b>upper back</b> (thoracic spine) and <b>lower "
            "back</b>. The moving leg also gets a gentle stretch in its <b>hip flexors</b>, "
            "which helps open up the front of the body."
        ),
        related=("benefits", "twist_muscles", "dynamic_benefits"),
    ),
    Topic(
        key="benefits",
        title="Benefits",
        phrasings=(
            "what are the benefits",
            "why should I do this",
            "is it good for my back",
            "what's it good for",
            "will it help my stiff back",
            "does it help lower back tension",
            "what does it do for me",
            "benefits?",
            "is it worth doing",
            "does it actually work",
            "what's the point of this exercise",
            "why is it good",
            "how does it help",
            "does it help back stiffness",
            "is this good for a tight back",
            "what good does it do",
            "will it make my back feel better",
            "does it help with lower back tightness",
            "why do this stretch",
            "what's it for",
            "why is it worth doing",
            "how will it help me",
            "what will this do for my back",
            "what does this exercise do",
            # round 33: undoing a day of sitting or driving
            "will this undo the stiffness from sitting all day",
            "does it counteract sitting or driving all day",
            # round 41: the twist's use asked beside a back worn by work
            "back's bad from lifting at work, what does the twist actually do for it",
            # round 45: the good of it asked in a learner's words
            "what good is this stretch for me",
            "what is the good of it",
            "is there any point to this move",
            "what is this twist good for helping",
        ),
        answer=(
            "It's a stretch and a mobility move in one. It stretches the shoulders, chest, "
            "upper and lower back and the front of the hip. Done side to side, it can help "
            "your <b>spine move more freely</b> and ease tightness in the muscles around "
            "the spine and hips, which is why people use it for a stiff back. It may ease "
            "some sciatica symptoms for some people, but it isn't a cure."
        ),
        related=("muscles_stretched", "dynamic_benefits", "why_move"),
    ),
    Topic(
        key="dynamic_benefits",
        title="Why move side to side?",
        phrasings=(
            "why do the dynamic version",
            "what's the point of moving side to side",
            "benefits of the flow style",
            "does rocking side to side help",
            "why reps instead of holding",
            "what does the rotation do",
            "why mobility drills",
            "why move side to side",
            "benefits of the moving version",
            "what does the dynamic version do",
            "why do it as reps",
            "does moving it help my spine",
            "what's the point of doing reps",
            "what does moving back and forth do",
            "why do the flow version",
            "benefits of moving instead of holding",
            "what's good about the moving version",
            "what are the benefits of doing it dynamically",
            "is moving better for my spine",
            "what does the side to side version help with",
        ),
        answer=(
            "Sweeping slowly from side to side (the Flow style) adds rotation, which can "
            "help <b>increase how well your spine moves</b> and <b>loosen tightness</b> in "
            "the muscles that surround and support your spine and hips. Keep it slow and "
            "gentle: it's not about speed or swinging the leg."
        ),
        related=("hold_vs_flow", "reps_sets", "planes_of_motion"),
    ),
    Topic(
        key="dont_force",
        title="Don't force the leg",
        phrasings=(
            "should I push my leg further",
            "can I press my knee down",
            "should I force it",
            "can I use my hand to push the leg down",
            "go deeper?",
            "is it ok to push harder for a deeper stretch",
            "how hard should I stretch",
            "can I get someone to push my leg down",
            "should I press my leg down",
            "can I force the stretch",
            "should I push further",
            "can I pull my leg down further",
            "should I press harder to go deeper",
            "is forcing it bad",
            "should I push the leg down",
            "can I push my knee to the floor",
            "should I force my leg over",
            "should I push it further",
        ),
        answer=(
            "Please don't force the leg over or press it down. Going further deepens the "
            "stretch, but pushing into a position your body isn't ready for makes an "
            "<b>injury more likely</b>. Go to a comfortable stretch and stay there; range "
            "can improve with patience."
        ),
        related=("range_of_motion", "foot_not_reaching", "pain_through"),
    ),
    Topic(
        key="uneven_sides",
        title="One side is easier",
        phrasings=(
            "one side is easy, the other side is stiff, is that normal",
            "one side easy and the other stiff as a board",
            "left side stiff, right side easy",
            "one side is easier",
            "my left side is tighter than my right",
            "one side feels stiffer",
            "uneven sides",
            "is it normal that one side is harder",
            "my right side won't go as far",
            "imbalance between sides",
            "one side is tighter",
            "my sides feel different",
            "one side goes further than the other",
            "why is one side stiffer",
            "one leg goes further than the other",
            "one side is harder than the other",
            "one side stiffer than the other",
            "my left is tighter than my right",
            "why is one side harder",
            "one side doesn't go as far",
            "different on each side",
        ),
        answer=(
            "That's common: many people find one side moves more easily than the other. Be "
            "patient, don't force the stiffer side to match, and just notice it. If a big "
            "difference is <b>new</b>, or comes with pain, check with a GP or physio."
        ),
        related=("dont_force", "range_of_motion", "return_switch"),
    ),
    Topic(
        key="head_gaze",
        title="Head and gaze",
        phrasings=(
            "where do I look",
            "what do I do with my head",
            "which way should my head turn",
            "neck position",
            "head?",
            "should I turn my head",
            "where should my eyes go",
            "forehead or cheek on the mat",
            "where should I look",
            "which way do I turn my face",
            "should I look away from my leg",
            "head position?",
            "where do I face",
            "do I rest my forehead or my cheek",
            "which way should I look",
            "which way do I turn my head",
            "where do I point my face",
            "what do I do with my head while I twist",
            "where should I be looking as my knee crosses over",
            "which direction do my eyes go during the sweep",
            "do I watch my leg or look the other way",
        ),
        answer=(
            "Let your head and neck stay <b>neutral</b>, resting on the mat. You start with "
            "your forehead down; as the leg travels you can turn your head to look the "
            "<b>opposite way</b> from the moving leg, resting your temple on the mat."
        ),
        related=("setup_start", "shoulders_down", "how_to"),
    ),
    Topic(
        key="planes_of_motion",
        title="Planes of motion",
        phrasings=(
            "what plane of motion is this",
            "what are planes of motion",
            "transverse plane?",
            "sagittal frontal transverse",
            "which plane is twisting",
            "explain the planes of movement",
            "what plane is this movement in",
            "what does transverse plane mean",
            "the three planes",
            "what's the sagittal plane",
            "planes of motion?",
            "what's the frontal plane",
            "what plane does this work",
            "what plane is rotation in",
            "what are the planes of movement",
        ),
        answer=(
            "The body moves in three planes: <b>sagittal</b> (forwards and back, like "
            "bending and straightening the spine), <b>frontal</b> (side to side) and "
            "<b>transverse</b> (rotation). A twist like this one works in the "
            "<b>transverse</b> plane."
        ),
        related=("twist_muscles", "dynamic_benefits", "what_is"),
    ),
    Topic(
        key="twist_muscles",
        title="Does it work my core?",
        phrasings=(
            "does it work my core",
            "does it strengthen my abs",
            "what muscles does twisting use",
            "obliques?",
            "is this a core exercise",
            "does it strengthen my back muscles",
            "which muscles control rotation",
            "does it strengthen my core",
            "does this work the abs",
            "core workout?",
            "what muscles does rotation strengthen",
            "does it tone my waist",
            "does it work the obliques",
            "erector spinae?",
            "which muscles does twisting work",
            "does it work my obliques",
            "does it train my core muscles",
            "does twisting strengthen my back",
            "is this an ab exercise",
            "does it work my stomach muscles",
            "does it build core strength",
            "is it good for my core",
        ),
        answer=(
            "Twisting helps stretch and strengthen the muscles that support rotation: the "
            "<b>external obliques</b> at the sides of your waist, the <b>transverse "
            "abdominis</b> (a deep layer of core muscle that wraps your middle) and the "
            "<b>erector spinae</b> that run along your spine."
        ),
        related=("muscles_stretched", "planes_of_motion", "benefits"),
    ),
    Topic(
        key="sciatica",
        title="Sciatica",
        phrasings=(
            "is it ok with sciatica",
            "does it help sciatica",
            "I have sciatica",
            "sciatica?",
            "can it cure my sciatica",
            "good for the sciatic nerve?",
            "will this fix my sciatica",
            "safe for sciatica sufferers",
            "can I do this with sciatica",
            "is it good for sciatica",
            "does this help sciatic nerve pain",
            "I suffer from sciatica",
            "will it cure sciatica",
            "sciatica relief?",
            "is it safe with sciatica",
            "does it help with sciatica",
            "sciatica and this exercise",
            "is this ok for someone with sciatica",
            "can this make sciatica better",
        ),
        answer=(
            "For some people it may ease some sciatica symptoms, but it <b>isn't a cure</b> "
            "and doesn't replace a proper check by a GP or physio. Move gently, and stop if "
            "pain travels down your leg or you notice numbness, tingling or weakness: tell "
            "me, and I'll give you safety advice instead of a session."
        ),
        related=("warning_signs", "check_first", "if_it_hurts"),
    ),
    Topic(
        key="pain_through",
        title="Moving through pain?",
        phrasings=(
            "no pain no gain?",
            "should I work through the pain",
            "can I ignore the pain",
            "is some discomfort ok",
            "is it supposed to be uncomfortable",
            "should I keep going through the pain",
            "how much discomfort is normal",
            "is it ok to feel a strong stretch",
            "should I stretch through the pain",
            "is it ok to go into pain",
            "should I ignore discomfort",
            "can I push into the discomfort",
            "is a bit of pain ok",
            "should I power through",
            "do I keep going if there's pain",
            "should I carry on through pain",
            "is discomfort normal",
            "should I keep going when it's uncomfortable",
        ),
        answer=(
            "<b>No: never move through pain</b> with this exercise. A mild stretch feeling "
            "is fine; pain means stop. If pain sharpens, catches or travels into a leg, stop, "
            "rest in a comfortable position, and see a GP or physio if it doesn't settle."
        ),
        related=("if_it_hurts", "dont_force", "pain_scale"),
    ),
    Topic(
        key="mat",
        title="Do I need a mat?",
        phrasings=(
            "do I need a mat",
            "what mat should I use",
            "can I do it on the floor",
            "yoga mat?",
            "equipment needed?",
            "do I need anything",
            "is a hard floor ok",
            "can I do it on the carpet",
            "do I need equipment",
            "do I need to buy anything",
            "what surface should I use",
            "mat or floor",
            "can I do it without a mat",
            "what do I lie on",
            "do I need a thick mat",
            "do I need a mat for this",
            "what kind of mat",
            "will a towel do",
            "is a mat necessary",
            "do I need any equipment",
            "what gear do I need",
            "can I do it on carpet",
            "is a towel enough",
            "will a bath towel do instead of a mat",
            "I only have a travel towel, is that enough",
        ),
        answer=(
            "A cushioned exercise or yoga mat is a good idea: lying face down, your <b>hips "
            "and shoulders</b> press into the floor, and a softer surface supports them. No "
            "other equipment is needed."
        ),
        related=("setup_start", "how_to", "how_often"),
    ),
    Topic(
        key="how_often",
        title="How often?",
        phrasings=(
            "how often should I do it",
            "every day?",
            "how many times a week",
            "can I do it twice a day",
            "daily?",
            "frequency",
            "should I do it every morning",
            "how long does a session take",
            "best time of day to do it",
            "how often?",
            "can I do it daily",
            "how many days per week",
            "is every day too much",
            "how frequently",
            "can I do it more than once a day",
            "when should I do it",
            "morning or evening",
            "how often do I do it",
            "how often should I practise",
            "how many times a day",
            "is once a day enough",
            "should I do it daily",
            "can I do it at night",
            "is it ok before bed",
            # round 29: days in the week, in a learner's words
            "how many days a week should I do it",
            "how many days in a week do I do it",
            "what days of the week are best for it",
            "how many days per week is right",
            # round 45: fitted around another sport or class
            "I cycle most days, how often should I slot the twist in",
            "how many times a week around my running",
            "how often alongside my football training",
            "pilates is my Tuesday and Friday thing, how often on top of that",
        ),
        answer=(
            "The bot is built around a <b>short, gentle session once a day</b>, with a "
            "reminder at a time that suits you (/remind). Listen to your body: on a "
            "higher-pain day you'll get the gentler version, and on a bad day no session at "
            "all, just gentle everyday movement."
        ),
        related=("reminders", "pain_scale", "hold_vs_flow"),
    ),
    Topic(
        key="if_it_hurts",
        title="What if it hurts?",
        phrasings=(
            "what should I do if I feel pain",
            "when should I stop",
            "pain during the exercise, what do I do",
            "what if I feel discomfort",
            "when to stop?",
            "what counts as too much",
            "what do I do if there's pain",
            "how do I know when to stop",
            "when do I stop",
            "when should I stop the exercise",
            "what if I feel pain",
            "what's too much",
            "how do I know I've gone too far",
            "what do I do if something feels wrong",
            "when should I stop doing it",
            "what if it starts to feel wrong",
            "when is it too much",
            "what if I get a cramp during the sweep",
            "my foot cramps in the twist, any tips",
            "it feels a bit uncomfortable at the end of the sweep, what now",
            "slight discomfort in my back at the end of the turn, what do I do",
            "a little pinch when the knee goes over, should I carry on",
        ),
        answer=(
            "<b>Stop the movement</b> and rest in a comfortable position. A stretch feeling "
            "is fine; pain that sharpens, catches or travels into a leg is not. In a "
            "session, tap <b>It hurts</b> to stop at once. Before each session I ask your "
            "pain from 0 to 10: 0-3 normal session, 4-5 gentler, 6 or more no session."
        ),
        related=("pain_through", "pain_scale", "warning_signs"),
    ),
    Topic(
        key="check_first",
        title="Check with a clinician first",
        phrasings=(
            "who shouldn't do this",
            # round 32: after a birth, cleared or not, asked whether to start or ask someone
            "I had a baby recently, can I start this or should I check with someone first",
            "my postnatal check said I can exercise, is it okay to begin this now",
            "postpartum and cleared for exercise, ok to start or ask someone first",
            "is it ok to start now or should I ask someone first",
            "is it safe if I'm pregnant",
            "I have osteoporosis",
            "I had back surgery",
            "can I do it after spine surgery",
            "I take steroids",
            "is it safe for everyone",
            "contraindications?",
            "who should avoid it",
            "I have spondylolisthesis",
            "I have a heart condition",
            "can I do this if I'm pregnant",
            "is it safe with osteoporosis",
            "I had spinal surgery",
            "who should check with a doctor first",
            "I've had steroid injections",
            "is it safe after back surgery",
            "do I need to see a doctor before starting",
            "I have a spine fracture",
            "is it safe in pregnancy",
            "should I ask my doctor first",
            "should I check with my GP before I start",
            "I'm on tablets, should I ask my doctor before starting",
            "who needs to check with a doctor",
            "is it safe if I have a bad heart",
            "I'm pregnant, can I do it",
            "I had an operation on my spine",
            "had a laminectomy, is it safe",
            "do I need clearance from my doctor first",
            "do I need a doctor's permission",
            "should I get checked before I start",
        ),
        answer=(
            "Please ask a doctor or physio about twisting exercises first if you have "
            "osteoporosis or a spine fracture, spondylolisthesis or a pars defect, have "
            "taken steroid tablets or injections for over 3 months, had back or spine "
            "surgery in the last 12 months, or are pregnant (the move is done face down). "
            "The same goes for a heart condition, chest pain, blackouts or dizzy spells, or "
            "a doctor's advice to exercise only with supervision."
        ),
        related=("about_bot", "warning_signs", "beginners"),
    ),
    Topic(
        key="about_bot",
        title="About this bot",
        phrasings=(
            "what are you",
            "who are you",
            "are you a doctor",
            "is this medical advice",
            "what can you do",
            "are you a real person",
            "what is this bot",
            "are you an AI",
            "are you a robot",
            "is this a medical service",
            "what is this",
            "is this real medical advice",
            "what do you do",
            "are you a medical professional",
            "can you replace my physio",
            "are you an app",
            "what do you do exactly",
            "who is behind this bot",
            "is there a physio behind it",
            "who created, built or designed this bot",
            # round 33: who made it, asked with what it is for
            "who built this bot and what does it do",
            "who was it that made you",
            "who developed or programmed this app",
            "which company or person is behind you",
            "who wrote or owns this bot",
        ),
        answer=(
            "I coach one move, the prone spinal twist: I guide each step with pictures, time "
            "holds and reps, check your pain before and after, and remind you daily. I'm "
            "<b>not a doctor, physiotherapist or medical device</b>: I can't diagnose or "
            "treat anything, and my check-ins don't replace medical advice. I'm for adults "
            "(18+)."
        ),
        related=("bot_commands", "warning_signs", "privacy"),
    ),
    Topic(
        key="pain_scale",
        title="Pain scale zones",
        phrasings=(
            "what do the pain numbers mean",
            "pain scale?",
            "why do you ask my pain level",
            "what happens if my pain is 7",
            "pain zones",
            "why no session today",
            "how do you use my pain score",
            "what's a 5 out of 10",
            "why do you ask me to rate my pain",
            "what's the pain score for",
            "what do the numbers 0 to 10 mean",
            "my pain is 6, what now",
            "what happens at each pain level",
            "why can't I do a session today",
            "explain the pain scale",
            "what's the pain scale",
            "why do you ask for a pain score",
            "what if my pain is high",
            "what do the pain levels mean",
            "why can't I train today",
            "what does my 0 to 10 score do",
            "what does the pain rating change",
            # round 29: which number is ok to start
            "what pain number is ok for a session",
            "which pain score is too high to start",
            "what pain level is fine to do the session",
            "up to which number can I still do it",
        ),
        answer=(
            "Before a session you rate your pain now from 0 (none) to 10 (worst).\n"
            "<b>0-3</b>: the normal session.\n"
            "<b>4-5</b>, or 2+ above your usual: a gentler version.\n"
            "<b>6 or more</b>: no session today. Gentle everyday movement is fine; if the "
            "pain stays high or gets worse over several days, see a GP or physio.\n"
            'A "no session today" lasts until midnight where you are (24 hours if I don\'t '
            "know your time zone); then I check with you afresh."
        ),
        related=("gentler_variant", "pain_after", "if_it_hurts"),
    ),
    Topic(
        key="gentler_variant",
        title="The gentler version",
        phrasings=(
            "what is the gentler version",
            "easier variation?",
            "modified version",
            "is there an easier way",
            "why did I get the gentle session",
            "lighter version for bad days",
            "regression?",
            "easier option",
            "easier version?",
            "gentle version",
            "is there a simpler version",
            "what's the easy version",
            "softer option",
            "a lighter version",
            "an easier way to do it",
            "easier version",
            "is there a gentler way",
            "a gentle option",
            "what's the gentler variation",
            "a softer version for sore days",
        ),
        answer=(
            "On a higher-pain day (4-5, or 2+ above your usual) you get a gentler version: "
            "the leg goes only part way or hovers, a smaller range, one hand near your body "
            "for support, and less work: <b>2 holds of 15 seconds</b>, or <b>1-2 sets of 5-8 "
            "reps</b>. I'll always say why."
        ),
        related=("pain_scale", "range_of_motion", "hand_support"),
    ),
    Topic(
        key="why_move",
        title="Why move at all?",
        phrasings=(
            "motion is lotion?",
            "why should I move when my back is stiff",
            "should I rest my back instead",
            "why exercise with a stiff back",
            "does moving help stiffness",
            "is rest better than movement",
            "my back feels sticky",
            "why move if my back is stiff",
            "does movement help",
            "is it better to rest",
            "why is movement good",
            "shouldn't I rest",
            "why keep moving",
            "why is movement good for stiffness",
            "should I rest instead of moving",
            "why move a stiff back",
            "does moving help",
        ),
        answer=(
            "<i>Motion is lotion</i>: joints and muscles that feel stiff or sticky often "
            "feel better when they move. A short daily stretch and mobility routine is one "
            "way to add that movement, as long as it stays gentle and pain-free. Even on a "
            "high-pain day, gentle everyday movement is fine."
        ),
        related=("benefits", "how_often", "dynamic_benefits"),
    ),
    Topic(
        key="range_of_motion",
        title="Making it smaller",
        phrasings=(
            "can I make it smaller",
            "can I reduce the range",
            "I'm really stiff",
            "limited mobility, what do I do",
            "how do I adjust it",
            "my back is seized up",
            "can I not go so far",
            "partial range ok?",
            "how far should I go",
            "can I do less",
            "can I make the movement smaller",
            "can I go less far",
            "I'm very stiff, what do I do",
            "how do I make it easier on my back",
            "smaller range?",
            "can I adjust how far I go",
            "can I move less far",
            "can I make it a smaller movement",
            "can I shorten the range",
            "I'm very stiff, can I still do it",
            "can I do a smaller version",
            "do I have to take my leg all the way over",
            "can my leg not go as far across",
            "is it ok if the knee only crosses a little way",
            # round 35: a part of the move instead of all of it
            "can I do a bit of the movement rather than all of it",
            "only part of the move instead of the full thing",
            "a tiny movement rather than the whole way",
            # twenty-fourth session, h106: the leg taken part of the way over
            "can I take the leg only half way over",
            "can my leg go a shorter way across, like part of the way",
        ),
        answer=(
            "Yes, you can always make it smaller: move the leg a shorter distance from side "
            "to side, or let it hover higher. If your back is very stiff, sore or limited, "
            "check how it feels as you go and stop when you need to. A small, comfortable "
            "range still counts."
        ),
        related=("gentler_variant", "dont_force", "beginners"),
    ),
    Topic(
        key="pain_after",
        title="Pain after a session",
        phrasings=(
            "sore after the session",
            "pain score higher after",
            "my back aches the day after",
            "stiff the next morning after doing it",
            "soreness next day normal?",
            "why do you ask about pain after",
            "my pain went up 2 points",
            "sore the next day",
            "pain went up after the session",
            "my pain is higher after",
            "is it normal to feel sore afterwards",
            "pain higher afterwards",
            "sore afterwards?",
            "my pain is higher after the session",
            "sore afterwards",
            "pain the next day",
            "sore the day after stretching",
            "pain increased after stretching",
        ),
        answer=(
            "If your pain after a session is <b>2 or more points higher</b> than before, "
            "I'll say so, suggest the gentler version next time and check in the next day. "
            "If it hasn't settled by then, I'll suggest pausing until your pain is back to "
            "usual, and if it keeps happening, seeing a physio or GP."
        ),
        related=("pain_scale", "gentler_variant", "if_it_hurts"),
    ),
    Topic(
        key="warning_signs",
        title="When to get help",
        phrasings=(
            "when should my back be looked at",
            "when should I get someone to look at my back",
            "when is it time to get my back checked by someone",
            "at what point should a professional look at my back",
            "what are the warning signs",
            "red flags?",
            "when should I see a doctor",
            "what symptoms are serious",
            # round 45: the bot's own screening asked about
            "will you shut me out of sessions if I mention I fell over",
            "does the bot stop people training when they report a tumble",
            "what makes you refuse someone a session",
            "do you block anyone who says they have a warning sign",
            "when is back pain an emergency",
            "when should I go to A and E",
            "when do I need a physio",
            "when should I worry",
            "what are the danger signs",
            "what symptoms are an emergency",
            "when do I need urgent help",
            "when should I see a GP",
            "serious signs?",
            "what are the red flags",
            "when should I get help",
            "what are warning signs",
            "when do I go to a doctor",
            "what symptoms should worry me",
            "when is it serious",
            "which signs tell me to stop and see someone",
            "what would mean I need proper medical help",
            "what signs mean I should get help",
            "how do I know it's time to get it checked",
            "when should I stop stretching and get it seen to",
            "at what point is it more than a stretch can fix",
            "how can I tell that stretches alone aren't enough",
        ),
        answer=(
            "<b>Urgent help now</b> (emergency department or your local emergency number): "
            "numbness between the legs or around the genitals or back passage, new bladder "
            "or bowel trouble, symptoms in both legs, legs getting weaker, pain after a "
            "serious fall or accident, chest pain.\n<b>GP or physio soon</b>: fever, weight "
            "loss without trying, night pain, new pain between the shoulder blades, numbness "
            "or weakness in one leg. /safety has the full list."
        ),
        related=("check_first", "if_it_hurts", "about_bot"),
    ),
    Topic(
        key="bot_commands",
        title="How to use the bot",
        phrasings=(
            "how do I stop halfway",
            "can I quit in the middle of a session",
            "how do I end a session early",
            "can I stop a session part way",
            "what commands are there",
            "how do I start a session",
            "help",
            "how does this bot work",
            "menu",
            "how do I use you",
            "I'm new, what do I do with this bot",
            "what are you for",
            "what can I type",
            "options",
            "commands?",
            "how do I use this",
            "what can I do here",
            "how does this work",
            "how do I begin",
            "list of commands",
            "what commands do you have",
            "how do I use the bot",
            "what can this bot do",
            "show me the commands",
            # round 45: lost in the buttons or the menu
            "which button starts it",
            "I don't get the menu, where do I tap",
        ),
        answer=(
            "/session: a guided session, with a pain check first.\n"
            "/remind: a daily reminder, e.g. /remind 07:30.\n"
            "/stats: your streak and pain over time.\n"
            "/ask: a question (or just type it).\n"
            "/safety: when to stop and when to get help.\n"
            "/settings: your style, hold length, reps, sets and cues.\n"
            "/export and /delete: your data.\n"
            f"During a session, every timer has <b>{PAUSE}</b> (then {RESUME}), <b>{STOP}</b> "
            f"and <b>{HURTS}</b> under it."
        ),
        related=("reminders", "progress", "about_bot"),
    ),
    Topic(
        key="reminders",
        title="Daily reminders",
        phrasings=(
            "can you remind me",
            "set a reminder",
            "remind me every morning",
            "how do I change my reminder time",
            "turn off reminders",
            "notifications?",
            "stop the reminders",
            "daily reminder?",
            "can you send me a reminder",
            "change my reminder",
            "remind me at 8",
            "cancel the reminder",
            "how do reminders work",
            "remind me daily",
            "set up a reminder",
            "turn reminders off",
            "change the reminder time",
            "can I get a reminder",
            "stop the daily messages",
            "I don't want reminders any more",
            # round 40: a daily nudge at a moment of the writer's day
            "can it ping me once a day to remind me",
            "can it nudge me after I drop the kids off",
            "a daily prompt right after my commute?",
            "remind me each morning once the school run is done",
        ),
        answer=(
            "Send <b>/remind</b> with a time, e.g. /remind 07:30, for a daily nudge at your "
            "local time. You can choose weekdays, and snooze or skip a day from the reminder "
            "itself. <b>/remind off</b> stops it."
        ),
        related=("how_often", "bot_commands", "progress"),
    ),
    Topic(
        key="progress",
        title="Your progress",
        phrasings=(
            "how do I see my progress",
            "streak?",
            "show my stats",
            "how many sessions have I done",
            "pain chart",
            "track my progress",
            "where's my streak",
            "my progress?",
            "how am I doing",
            "show my history",
            "how many sessions have I completed",
            "can I see my pain scores over time",
            "have my pain ratings gone down since I began",
            "show me my pain history",
            "is my pain trending down",
            "a graph of my scores",
            "how have my pain scores changed this month",
            "show me how I've been doing",
            "look back at my pain ratings",
            "my scores over the last few weeks",
            "stats?",
            "my streak",
            "how's my progress",
            "my stats",
        ),
        answer=(
            "Send <b>/stats</b> to see your streak, your sessions this week and this month, "
            "and a chart of your pain before and after each session."
        ),
        related=("reminders", "pain_after", "bot_commands"),
    ),
    Topic(
        key="privacy",
        title="Your data",
        phrasings=(
            "what data do you store",
            "delete my data",
            "privacy",
            "is my health info safe",
            "export my data",
            "do you share my data",
            "what happens to my data",
            "how do I delete my data",
            "do you keep my information",
            "data?",
            "who can see my data",
            "what do you store about me",
            "can I delete my data",
            "do you keep my data",
            "data privacy",
            "who can see my pain scores",
            "can I delete my scores",
            "what happens to my pain scores",
            "can I download what I told you",
        ),
        answer=(
            "I keep your check-in answers, sessions and pain scores with their times, only "
            "to run your sessions and show your progress. <b>/export</b> sends you a copy; "
            "<b>/delete</b> erases everything after you confirm."
        ),
        related=("about_bot", "progress", "bot_commands"),
    ),
    Topic(
        key="speed_rhythm",
        title="Speed and rhythm",
        phrasings=(
            "how fast should I go",
            "how fast should I swing the leg over",
            "slow and controlled or quick",
            "how quickly do I move my leg",
            "should I go fast or slow",
            "what speed for the sweeps",
            "what pace should I move at",
            "how slow should each rep be",
            "is it a quick movement",
            "what tempo",
            "what rhythm do I use",
            "can I swing my leg quickly",
            "should I use momentum",
            "how long should one rep take",
            "do I move fast in the flow style",
            "should it be smooth or bouncy",
            "is there a breathing pattern",
            "when do I breathe",
            "can I speed it up",
            "is it ok to go faster",
            "do I rush the sweeps",
            "slow motion or normal speed",
            "how many seconds for one sweep over and back",
            "should the flow be steady",
            "am I going too quick",
            "do I pause between reps",
            "do I pause at each end or keep moving",
            "is it one continuous movement or do I stop at each side",
            "should the flow be nonstop",
            "do I hold at the end of each sweep in flow",
            "what pace for the flow style",
            "how gently do I move",
        ),
        answer=(
            "<b>Slow and smooth.</b> Sweep the leg over gently and bring it back the same "
            "way, without swinging, bouncing or using momentum to get further. A pace that "
            "lets you keep both shoulders and palms on the mat and breathe easily is the "
            "right one. In the Flow style, each of the 8-12 reps per side is one calm sweep "
            "over and back; if you notice your upper body lifting, slow down."
        ),
        related=("reps_sets", "leg_sweep", "dont_force"),
    ),
    Topic(
        key="where_to_do",
        title="Where to do it",
        phrasings=(
            "where should I do it",
            "can I do it in bed",
            "can I do this on the bed",
            "is the sofa ok",
            "can I do it on the couch",
            "does it have to be on the floor",
            "can I do it on carpet",
            "can I do it without a mat",
            "can I do it at work",
            "can I do it on a hard floor",
            "how much space do I need",
            "can I do it in a small room",
            "is a mattress ok for this",
            "can I do it outside on the grass",
            "what surface should I use",
            "where is the best place to do it",
            "can I do it in my bedroom",
            "is the gym a good spot for it",
            "can I do it outside",
            "is a yoga mat on tiles fine",
            "can I do it on floorboards",
            "will a thick rug do",
            "can I do it in a hotel room",
            "is lying on the mattress ok",
            "does the surface matter",
            "can I do it on the lounge floor",
            "is a firm bed ok for the twist",
            "can I do it in the back of my lorry",
            "I'm on the road all week, where could I do it",
            "could I do it in a van or at a service station",
            "is a cab bunk good enough to do it on",
            "can I do it in a shared dorm",
            "is there space for it in a small guesthouse room",
        ),
        answer=(
            "On the <b>floor</b>, ideally on a cushioned exercise or yoga mat that supports "
            "your hips and shoulders; a thick rug or carpet works too. A soft bed or sofa "
            "makes it hard to keep both shoulders and palms pressed down, so use one only if "
            "it's firm and wide enough for your leg to sweep across without hanging off the "
            "edge. You need room to lie face down with your arms spread wide."
        ),
        related=("mat", "setup_start", "shoulders_down"),
    ),
    Topic(
        key="surgery_history",
        title="Surgery or a new joint",
        phrasings=(
            "I had a hip replacement",
            "I've had a knee replacement",
            "can I do it with a new hip",
            "is it ok after a joint replacement",
            "I had shoulder surgery",
            "I've had an operation on my knee",
            "I have a metal plate in my leg",
            "I have an artificial hip",
            "I had my hip resurfaced",
            "I've got a replaced knee",
            "I had my knee replaced",
            "is it ok with a new knee joint",
            "I had an operation on my shoulder",
            "I had back surgery",
            "I had a spinal fusion",
            "I have rods in my spine",
            "I had a disc operation",
            "I have a titanium knee",
            "I had keyhole surgery on my hip",
            "is it safe after an operation",
            "I have metalwork in my hip",
        ),
        answer=(
            "Please <b>check with your surgeon, doctor or physio first</b> if you've had "
            "an operation, a joint replacement (hip, knee or shoulder) or back or spine "
            "surgery in the last 12 months. The leg sweep turns the hip and crosses the "
            "leg over the body, and the arms rest wide on the floor, so ask them whether "
            "those movements suit you. Once you're cleared, start with the gentler version "
            "and a small range, and never force the leg."
        ),
        related=("check_first", "gentler_variant", "range_of_motion"),
    ),
    Topic(
        key="progression",
        title="Progress over the weeks",
        phrasings=(
            "how do I progress",
            "how will it change over time",
            "what should I expect after a few weeks",
            "when can I do more",
            "when do I increase the reps",
            "how do I make it harder",
            "will it get easier",
            "how long until I see results",
            "when will my foot reach the floor",
            "how do I build up",
            "should I do more each week",
            "when can I hold it longer",
            "what's the next level",
            "how long before I notice a difference",
            "is there a plan for the coming weeks",
            "how does it progress week by week",
            "what changes after a month",
            "when do I move on to the flow",
            "how do I step it up",
            "how fast should I progress",
            "how will I know I'm better at it",
            "how can I tell if I'm improving",
            "what happens as I get more flexible",
            # round 32: how it should progress, then whether that means holding longer
            "how should it progress over the weeks, do the holds get longer",
            "over the next few weeks how should I progress it, longer holds?",
            "how do I progress over time, do I just hold it longer",
            # round 23: holding longer or doing more, asked after some weeks
            "after a few weeks should I hold longer or do more reps",
            # round 40: more reps once it feels easier
            "can I do extra reps when it starts feeling easy",
            "once it's easier should I add a few more reps",
            "when it stops being hard can I increase the reps",
            "it's been six weeks, what's next, longer holds or more sets",
            "how does it progress after the first weeks",
            # round 24: no further after some weeks, asked when it gets easier
            "when does it start getting easier",
            "a few weeks in and I'm no further than when I started",
            "still as stiff as the first day, when will it improve",
            "weeks in and no progress, is that normal",
            # round 29: what comes next after some time, in a learner's words
            "I did it for some weeks, what comes next",
            "how do I make it more now",
            "what is the next step after a month",
            "how can I do more of it now",
        ),
        answer=(
            "Build up slowly. Held: start near <b>15 seconds</b> per side and work towards "
            "<b>30</b>. Flow: start at about <b>8 reps</b> per side and work towards 12, for "
            "3 sets. Over weeks your range may grow and the moving foot may reach the floor, "
            "but it doesn't have to, and for many people it never will. Be patient, never "
            "force it, and notice if one side stays easier. /stats shows your streak and "
            "how your pain changes."
        ),
        related=("hold_time", "reps_sets", "foot_not_reaching"),
    ),
    Topic(
        key="why_cues",
        title="Why each cue matters",
        phrasings=(
            "what's the reasoning behind the tips",
            "why does every step come with a tip",
            "why is there a tip with each step",
            "what is the reasoning behind the cues",
            "why do I keep my palms down",
            "why keep the shoulders on the mat",
            "what's the point of the forehead on the mat",
            "why do I look the other way",
            "why not force the leg",
            "why is each step important",
            "why do the cues matter",
            "what does keeping my arms wide do",
            "why shouldn't my upper body lift",
            "why bend the knee",
            "why rest my head on the floor",
            "what's the reason for the hand position",
            "why do the shoulders have to stay down",
            "why the sweeping motion",
            "what is the reason the palms stay flat",
            "why does the forehead rest down",
            "why keep the knee bent at 90 degrees",
            "what does pressing the shoulders down achieve",
            "why turn my head away",
            "why are the arms out wide",
            "why do the instructions say keep the upper body still",
            "why shouldn't the upper body twist too",
            "why does only the lower body turn",
            "what's the point of pushing the palms down",
            # round 22: the reason for the instructions as a whole
            "what's the reason behind the instructions",
            "why are there so many rules for one stretch",
            "what is the thinking behind each step",
            "why all these instructions",
            "explain why each instruction is there",
            # round 42: why the palms matter, asked plainly
            "why is it important that my hands stay flat",
            "what difference does it make having the palms pressed flat",
            "why does it matter that the palms stay flat",
        ),
        answer=(
            "<b>Shoulders and palms down</b>: the twist then happens in your spine and "
            "hips and stretches the fronts of your shoulders and chest, instead of your body "
            "rolling onto one side. <b>Forehead or temple on the mat</b>: your head and neck "
            "stay neutral and supported; looking away from the moving leg follows the twist. "
            "<b>Bent knee, gentle sweep</b>: a controlled range. <b>Never force the leg</b>: "
            "pushing into a shape your body isn't ready for raises the chance of injury."
        ),
        related=("shoulders_down", "head_gaze", "dont_force"),
    ),
)

# Example messages the bot should decline. The matcher indexes them as a pseudo-topic: when a
# question is closer to these than to any real topic, it declines.
OUT_OF_SCOPE_EXAMPLES: tuple[str, ...] = (
    "how do I do a squat",
    "how many push ups should I do",
    "teach me a deadlift",
    # round 45: how to lift or carry loads at work (lifting technique, not the twist)
    "how should I pick up heavy boxes at work",
    "best technique for lifting heavy deliveries",
    "safe way to carry heavy packages from a lorry",
    "how do I bend to lift a heavy crate",
    "is running good for you",
    "best plank variation",
    "how to do lunges properly",
    "what's a good marathon plan",
    "can you give me a leg day workout",
    "how do I get a six pack fast",
    "yoga flow for beginners",
    "downward dog tutorial",
    "how do I do child's pose",
    "cobra pose instructions",
    "hamstring stretch routine",
    "knee to chest stretch",
    "neck stretches for desk workers",
    "pilates routine",
    "swimming or cycling",
    "how much should I bench",
    "kettlebell swing form",
    "foam rolling tips",
    "what's the weather like today",
    "will it rain tomorrow",
    "tell me a joke",
    "write me a poem",
    "write some python code",
    "fix my javascript",
    "what is the capital of france",
    "who won the football",
    "recommend a good movie",
    "what should I eat for dinner",
    "best diet to lose weight",
    "how much protein do I need",
    "recipe for pancakes",
    "hello",
    "hi there",
    "how are you",
    "good morning",
    "thanks",
    "what time is it",
    "what's 2 plus 2",
    "translate this into spanish",
    "best mattress for back pain",
    "which office chair should I buy",
    "should I use ice or heat",
    "massage gun recommendations",
    "supplements for joints",
    "how to sleep better",
    "book me a physio appointment",
    "what is the meaning of life",
    "tell me about the stock market",
    "help me with my homework",
    "how do I lose belly fat",
    "best running shoes",
    "what do you think of politics",
    "will this help me burn fat",
    "how many calories should I eat",
    "best pillow for a stiff neck",
    "can you find me a chiropractor",
    "what's a good stretch for tight calves",
    "exercises for knee pain",
    "my wrist aches from typing all day",
    "what helps a tension headache",
    "is coffee bad for your joints",
    "should I see a chiropractor",
    "how do I strengthen my glutes",
    "what can I do about a stiff neck",
)

DECLINE_TEXT = (
    "I can only help with the prone spinal twist: how to do it, its benefits, and staying "
    "safe. Try asking:\n"
    "• <i>How long do I hold it?</i>\n"
    "• <i>What does it stretch?</i>\n"
    "• <i>Is it OK with sciatica?</i>"
)
# After "No" to the safety question, a message that asked nothing (a report, such as "my dad
# isn't breathing properly"): no topic read into it.
NOTHING_ASKED_TEXT = (
    "Thanks for letting me know. I didn't spot a question about the twist in that, so I'll "
    "leave it there. If you have one, just type it, for example:\n"
    "• <i>How long do I hold it?</i>\n"
    "• <i>What if it hurts?</i>"
)
DECLINE_RELATED: tuple[str, ...] = ("hold_time", "muscles_stretched", "sciatica")

DECLINE_MEDICAL_TEXT = (
    "I can't diagnose, advise on medicines, or say whether this move suits a particular "
    "condition. A <b>GP, physiotherapist or pharmacist</b> is the right person for that.\n\n"
    "I can help with the prone spinal twist itself: how to do it, its benefits, and "
    "staying safe. /safety lists the warning signs and when to get help."
)
# Round 22: a treatment to decide on (an injection, an operation) is the clinician's who offered it.
DECLINE_TREATMENT_TEXT = (
    "Whether to have an injection, an operation or another treatment is a decision for you and "
    "the clinician who offered it: <b>ask your consultant</b> (or your GP) what it could do "
    "for you and what the risks are. I can't advise on treatments.\n\n"
    "I can help with the prone spinal twist itself: how to do it, its benefits, and "
    "staying safe. /safety lists the warning signs and when to get help."
)
DECLINE_MEDICAL_RELATED: tuple[str, ...] = ("check_first", "warning_signs", "about_bot")
