"""The last look before a lockout: context that points away, read in general terms.

Why: the rules of `coach.questions.triage` weigh a message's context clause by clause, with
words learnt from the wordings seen so far. Blind batches keep showing that a new writer's
harmless message is locked out because its context came in words the rules do not know yet:
a passenger's chest pain where the rules knew a colleague's, "completely back to normal" where
they knew "fully recovered", "painless today" or "I haven't fallen". Each fix was a new
wording; the next writer brought another (issue 13: "where a message could be a red flag but
the context points away from it, do not lock out silently and do not dismiss it").

This module does not settle anything. When the rules would lock out with no doubt, it looks
for five plain signs that the context points away, each read in general terms:

* **someone else** (`_SOMEONE`): a piece of the message with a sign names another person as
  its subject or owner ("a passenger had...", "my dance partner fell", "she", "her foot")
  and not the writer ("I", "me", "my legs"), and the rest of the message, those pieces set
  aside, holds no sign at all;
* **the past, over** (`_DATED`, `_OVER`): the message dates the trouble in the past ("in
  January", "back in my twenties"), says it is over ("completely back to normal", "fully
  recovered") and, once that is set aside, says nothing of now, of again or of getting
  worse, and no sign follows a "but";
* **denied** (`_DENIAL`, `_FINE_PART`): with every plain denial of a sign word set aside ("no
  pain", "painless", "I haven't fallen", "bladder all normal"), no sign is left; the words
  of lost control or feeling ("can't feel", "no control", "never knew", "without trying")
  are never a denial, nor is a denial followed by "except", "but" or "before";
* **a general question** (`_QUESTION_START`, `_IN_GENERAL`, `_SOURCE`): the pieces with a
  sign are questions about people in general, about the bot's own checks or about what a
  source says ("what are the signs you ask about?", "the first aid course says..."), the rest
  holds no sign, and nothing in the message speaks of the writer's own body or of now;
* **lifelong** (`_LIFELONG`): "always has been", "since I was a kid", and nothing of now.

Round 50 added four more, each leaving no sign once its words are set aside:

* **a figure of speech** (`_FIGURE`): "fell head over heels for", "shooting for five days in
  a row", "off a cliff", never with a body word or pain just before ("my leg has been
  shooting for days" is the leg's);
* **a thing as the subject** (`_THING_SUBJECT`): "fish prices fell", "the pool has been shut
  for a chemical leak", in a piece with no body word, no writer and nothing landing on them;
  vehicles are not things here (the writer may have been in them);
* **an everyday kind** (`_ORDINARY_KIND`, `_INTENSITY`): a back "killing me the creaky
  way, not the hurt way", never when the serious kind is said as this one's;
* **training words** (`_THE_POINT`, `_EXERCISE`): legs that give out "on the final
  squat, which is what squats are for", never beside "still", "since", "now", "can't" or a word
  of numbness or the bladder.

And the past reads "the numb hand I had in the spring" (`_HAD_THEN`) as the past's sign, not
a word of now.

Round 51 widened four of them: an age dates the past ("fainted once at 16") and "the only time
ever" says it is over; a short piece with no subject of its own after "and" carries on the
person before it ("my sister has a fever and night sweats"), never across "but"; a question
whether a sign is "ever linked" to something or "a reason to" skip is general, with "I feel
fine now" or "asking for the future" as the writer's own denied; an app is a thing, and the
writer after "when" ("keeps crashing when I open my photos") is no landing on them.

Round 53 widened them again: a thing with a place before its verb ("prices at the stall took a
fall"), marks, produce and a machine's or a cart's parts, a verb after "and" carrying the thing
on ("the chain keeps jumping and catching"), "like a stone" naming no body; the writer getting
up fast ("shot up off the sofa"); "doesn't shoot" denied; a decade dating the past, "not for
years" and "settled" saying it is over, a habit kept up ("I still use my diary") no word of
now; the bot asked what it would say "if I said I had..." (never beside "because I do");
and a trainer's verdict on a named muscle ("coach says my calves are weak"), never beside a
limb giving way, a side, pain, numbness or a word of now.

Round 53 also lets the message settle some readings (`settles`): then the bot answers instead
of asking. Only where a careful clinician would need nothing more: a thing's fall or a figure
with no word of the body at all; the signs denied with only tightness left ("just feels tight")
and no word of the nerves, the bladder or the chest; the past with a long spell of normal or an
all-clear ("normal for months", "not for decades", "got the all clear"); a trainer's verdict;
someone else's sign told from a screen, passed on ("should I send her this?"), beside the
writer's share denied or their own part the usual, the writer's own words free of the body, of
signs and of now; and a supposition ("hypothetically if...", "if it ever...") beside its plain
"not yet" ("touch wood it hasn't"), the rest free of the body, signs and now, which is answered
with the warning signs. Someone else's hardest sign (the bladder, the saddle...) is settled only
from a screen. It also settles the rules' own doubt in these readings
(`coach.questions.triage.triage`).

Round 54: the move's side asked ("which side first?", "left side or right side first?") is no
word of the body when a thing's fall or a figure is settled.

The writer who has it too ("and so do I", "same here") or who was there ("I was the
passenger") is never someone else, and nothing else here is read for them either.

Then the bot asks ("If this is happening to you now...") instead of locking out. A yes locks
out; a typed "yes" too. So this layer can never make the bot miss a red flag: at worst a
writer whose sign is real answers one question first. It never softens a lockout that the
rules chose over their own doubt (the caller applies it only to results that were never
ambiguous).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.questions.patterns import lazy
from coach.questions.senses import BODY, PEOPLE

# Patterns read `coach.text.normalise`'s form (lower case, no punctuation, "can't" is "can
# not", "I'm" is "i am", possessive "'s" dropped: "my dad's legs" is "my dad legs").

# People other than the writer, as nouns: `senses.PEOPLE` (but its pronouns and "people in
# general", read apart below), and the roles and relations of people met at work and at play
# ("a punter", "my dance partner", "the groom's uncle").
_MORE_PEOPLE = """
actor actress apprentice athlete bride buddy builder captain caregiver chap chef classmate
cleaner climber coach cook cyclist dancer diner drummer employee fella gentleman golfer
granddad grandkids groom guest hiker instructor labourer learner lodger opponent pilot porter
punter rower shopper singer stranger supervisor swimmer teen teenager tenant trainee trainer
twins visitor volunteer waiter waitress walker worker workmate
"""
_NOT_SOMEONE_ELSE = """
i me we us you one who he she they him her them nobody people everyone everybody anyone anybody
"""
_PERSON = (
    "(?:co worker|in law|"
    + "|".join(
        sorted(
            (PEOPLE - set(_NOT_SOMEONE_ELSE.split())) | set(_MORE_PEOPLE.split()),
            key=len,
            reverse=True,
        )
    )
    + ")s?"
)
_BODY_WORD = "(?:" + "|".join(sorted(BODY, key=len, reverse=True)) + ")"
# Another person as the subject of a piece (at its start), or as the owner of a body part.
_SOMEONE = lazy(
    r"^(?:(?:and|so|also|plus|then|oh|well|today|yesterday|earlier|basically|anyway) )*"
    r"(?:my|our|a|an|the|this|that|one of (?:my|our|the|his|her|their)|some|another)"
    r" (?:\w+ ){0,2}?" + _PERSON + r"\b"
    # a relation or a workmate told without a determiner: "wife's got a fever", "lad I work
    # with fell off the scaffold"
    r"|^(?:\w+ )?(?:wife|husband|hubby|missus|partner|mum|mom|mam|dad|grandma|grandad|gran"
    r"|nan|granny|grandpa|son|daughter|sister|brother|boss|lad|bloke|guy|colleague|coworker"
    r"|workmate|neighbour|neighbor|kid|kids|baby|toddler|friend|mate|bestie|bf|gf|auntie"
    r"|aunt|uncle|cousin|customer|passenger|patient|client)\b(?! (?:and i|n i|plus i)\b)"
    r"|^(?:\w+ ){0,2}?one of (?:my|our|the) (?:\w+ ){0,2}?\w+s\b"
    r"|\b(?:he|she)\b|\b(?:his|her|their) (?:\w+ )?" + _BODY_WORD + r"\b"
    r"|\b(?<!as )(?<!like )(?:my|our) (?:\w+ ){0,2}?" + _PERSON + " " + _BODY_WORD + r"\b"
)
# Another person's noun phrase, set aside before looking for the writer ("my wife" is not
# the writer's body; "my wife legs", which is "my wife's legs" normalised, is not either).
_THEIR_PHRASE = lazy(
    r"\b(?:my|our) (?:\w+ ){0,2}?" + _PERSON + r"(?: " + _BODY_WORD + r")?\b|\bfor me\b"
    r"|\bme and\b|\b(?:told|asked|showed|called|texted|rang|messaged|phoned|gave|sent|woke"
    r"|warned) me\b"
)
# The writer, or the writer's body ("my legs", "my left foot"); "my cab" is not the body.
_WRITER = lazy(
    r"\b(?:i|im|ive|id|me|mine|myself|us|we)\b|\bmy (?:\w+ ){0,2}?(?:"
    + _BODY_WORD
    + r"|pain|pains|numbness|tingling|weakness|symptoms?|fever|temperature|fall|accident)\b"
    # the writer quoted as "you": "my doctor said 'you have...'"
    r"|\b(?:said|says|told|tells|reckons|thinks|thought)\b(?: \w+){0,3} you\b"
)
# The writer was in it: "I was the passenger", "with me in it".
_INVOLVED = lazy(
    r"\b(?:i was (?:the |a |in |on |with |behind |driving|riding|sat)|with me (?:in|on)"
    r"|(?:on|onto|into) me|we (?:both|all)? ?(?:crashed|fell|came off|were hit|got hit))\b"
)
# sixteenth session, gap16: the writer's share of someone else's illness, told of the household
# or as caught ("we're all down with it", "the whole house has it", "i've caught it", "it's
# spread to me"), in prepared text (contractions spelt out). Also read by `triage._ME_TOO` and
# by the triage's readers of others' fevers.
HOUSEHOLD_SHARE = (
    r"we (?:are |were |have |had )?(?:\w+ )?(?:all|both) (?:\w+ ){0,2}?(?:down with|ill|sick"
    r"|poorly|unwell|feverish|burning up|laid up|struck down|full of it|wiped out|(?:got|caught"
    r"|have|had) (?:it|the same|the (?:\w+ )?(?:bug|virus|flu|lurgy|cold)))"
    r"|(?:the )?whole (?:house|household|family|flat|lot of us) (?:is |are |has |have |s )?"
    r"(?:\w+ )?(?:got it|caught it|down with|ill|sick|poorly|has it|have it|had it)"
    r"|i (?:have |had )?(?:now |also |just |since )?(?:caught|picked up) (?:it|the same|whatever"
    r"|the (?:\w+ )?(?:bug|virus|flu|lurgy|cold))"
    r"|i (?:have |am |had )?(?:now |also )?(?:come|coming|came|gone|going|went) down with (?:it"
    r"|the same|whatever|the (?:\w+ )?(?:bug|virus|flu|lurgy|cold))"
    r"|(?:it|the (?:bug|virus|flu|lurgy|cold)) (?:has |is )?(?:spread|passed|gone|moved) (?:on )?"
    r"to me"
)
# The writer shares the sign ("and so do I", "same here", "now I've got one too").
_SHARED = lazy(
    r"\b(?:so (?:do|did|am|have|has|was) (?:i|me)|same (?:here|for me|with me|thing here)"
    r"|me too|me as well|(?:i|me) (?:\w+ ){0,6}?(?:too|as well|also)|i (?:nearly|almost) did"
    r"|i do too|mine (?:too|as well|also)|so is mine|so are mine|and now (?:i|me|mine)"
    r"|" + HOUSEHOLD_SHARE + r")\b"
)

# What the writer did for someone else: "I called 999", "I drove her in".
_FOR_THEM = lazy(
    r"\b(?:who |that )?i (?:work|live|train|play|ride|dance|row|sing|drive|share|sit) with\b"
    r"|\bi (?:\w+ )?(?:called|rang|phoned|dialled|drove|took|helped|caught|saw|watched|found"
    r"|look after|looked after|sat with|stayed with|held|carried|picked up|got (?:him|her"
    r"|them)|told)\b"
)

# The past, dated.
_DATED = lazy(
    r"\b(?:used to|last (?:week|month|year|summer|winter|spring|autumn|season|christmas"
    r"|easter)|(?:\w+ )?"
    r"(?:months?|years?|decades?) ago|ages ago|(?:in|back in|during|over|last) (?:early |late"
    r" |mid )?(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)|(?:in|back in) (?:19|20)\d\d"
    # round 51: an age ("at 16", "aged 19"), never a time or an amount
    r"|(?:at|aged|at age|at the age of) (?:1\d|[2-9]\d)(?! ?(?:am|pm|oclock|o clock|hours|mins"
    r"|minutes|seconds|reps|kg|km|miles|percent))|(?:in|back in) my (?:teens|twenties|thirties"
    r"|forties|fifties|youth|20s|30s|40s|50s)|when i was|as a (?:kid|child|teenager|teen"
    r"|student)|back in the day|years back|at uni|at school"
    # round 53: a decade ("on the rigs in the 70s", "back in the nineties")
    r"|(?:in|back in|during|through) the (?:19)?[5-9]0s|(?:in|back in|during) the (?:fifties"
    r"|sixties|seventies|eighties|nineties))\b"
)
# The trouble told as over.
_OVER = lazy(
    r"\b(?:(?:fully|completely|totally|100 ?%?|all|long|properly) (?:recovered|healed|better"
    r"|back to normal|fine|sorted|cleared)|back to (?:normal|my old self|full (?:health"
    r"|strength))|recovered|healed(?: up)?|cleared up|cleared me|all clear|went away"
    r"|gone away|all gone|(?:has|have|had) gone (?:away|now)|disappeared"
    r"|(?:fine|ok|okay|good|great|right as rain) (?:now|since|ever since|after that|again)"
    r"|(?:no|not any|never had any) (?:\w+ ){0,2}?since"
    # fourteenth session, h76: a long spell of well said since ("been grand for years")
    r"|(?:been|have been) (?:grand|fine|ok|okay|good|great|sound) (?:for|in) (?:years|ages"
    r"|decades|donkeys years)|(?:not|never) (?:a|any) (?:bother|bit of bother|twinge) since"
    r"|nothing since|(?:the |that is the |that was the |its the )?only (?:time|once)(?: ever)?"
    r"|(?:it|that|they|which) went (?:away |off )?(?:the same day|after|within"
    r"|by|in a|once)|(?:now )?(?:i am |i )?"
    # rt22: never the sleep the writer "used to" have ("used to sleep through thunder"), the
    # trouble being now
    r"(?<!used to )(?<!would )(?:sleeping|sleep|slept) (?:like a baby|fine|well"
    # round 52: "now I'm sleeping right through"
    r"|(?:right |straight )?through(?: the night| it)?)"
    # round 53: "not for decades now", "settled last year"
    r"|not (?:for|in|once in|since) (?:\w+ )?(?:decades|years|ages|donkeys years|a long time)"
    r"|(?<!not )(?<!never )settled(?: down)?)"
    r"(?: now)?\b"
)
# Round 52: the start of the training dates what came before it ("used to wake me before I
# started these twists"), and "used to keep" is the past's: not words of now.
_BEFORE_START = lazy(
    r"\b(?:before|until|till) i (?:started|began|took up|got into) (?:these|this|the|doing|my)"
    r"(?: \w+)?\b|\bused to keep\b"
)
# Round 53: a habit kept up ("I still fill in my step log"), not the sign still there.
_STILL_HABIT = lazy(
    r"\bstill (?:use|using|follow|following|fill in|filling in|keep up|write in|writing in"
    r"|track|tracking|log|logging|attend|attending|go to|see my|do my|pace|pacing) (?:my |the |a )"
    r"?(?!\w*(?:pain|numb|tingl|weak|ache|sore|hurt|leak|dizz|faint|fever|sweat|breath))\w+\b"
)
_BUT = lazy(r"\b(?:but|though|although|however|yet|except)\b")
# Now, again, worse: any of these and the past is not over.
_NOW = lazy(
    r"\b(?:now|right now|at the moment|currently|today|tonight|this (?:morning|afternoon"
    r"|evening|week|weekend)|since (?:yesterday|last night|this|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|the weekend|then)|yesterday|last night|again|still"
    r"|started|starting|keeps?|keeping|getting worse|worse|worsening|lately|recently|just now"
    r"|came back|come back|coming back|returned|back again|suddenly|anymore|any more"
    r"|(?:is|it is|something|brand|feels|a|all) new|new (?:pain|symptoms?|numbness|tingling"
    r"|weakness|ache|problem|issue)"
    r"|these days|every (?:day|night|morning)|some|except|apart from|aching|achy|hurts"
    r"|hurting|throbbing|tingling|tingly|sore|numb|weak|never (?:came|come|got|went))\b"
)

# A plain denial of a sign word ("no pain", "not numb", "I haven't fallen", "painless").
_SIGN_WORD = (
    r"(?:pain|pains|painful|hurt\w*|ache\w*|achy|sore|numb\w*|tingl\w*|pins and needles|weak"
    r"|weakness|fall|falls|fell|fallen|accidents?|crash\w*|dizz\w*|faint\w*|light headed"
    r"|fever\w*|temperature|breathless\w*|short of breath|out of breath|sharp|shoot\w*"
    r"|stab\w*|radiat\w*|problems?|issues?|symptoms?|trouble|injur\w*|sick|unwell|collapsed"
    r"|passed out|blacked out|swelling|swollen|spasms?|twinges?|chest pain)"
)
_DENIAL = lazy(
    r"\b(?:painless|pain free|painfree|symptom free|(?:no|not|without|zero|free of|nor|neither)"
    r" (?:(?:any|a|an|the|real|actual|much|more|single|one) ){0,2}(?:(?:sharp|shooting|new"
    r"|chest|back|leg|night|bad|real|nerve|bladder|bowel) )?"
    + _SIGN_WORD
    + r"(?: of (?:\w+ )?"
    + _SIGN_WORD
    + r")?"
    + r"|(?:have|has|had|did|do|does|was|were|is|am|are) not (?:been |had |felt |got )?"
    r"(?:any |a |an )?" + _SIGN_WORD + r")\b"
)

# A denial that is no denial: "can't sit without numbness", "haven't fallen like that
# before", "no fever but...", "no numbness except in my groin".
_EXCEPT = lazy(
    r"\b(?:not \w+ without|except|apart from|other than|besides|but|though|however|yet"
    r"|before|like (?:that|this)|until|till|anymore|any more|(?:feeling|sensation|feel)"
    r" (?:\w+ ){0,3}?(?:none|nothing|zero|gone))\b"
)

# A part or a function said to be fine: "bladder and all that normal", "legs fine".
_FINE_PART = lazy(
    r"\b(?:bladder|bowels?|waterworks|peeing|pooing|toilet|legs|feet|balance|breathing"
    r"|chest|heart|sensation|feeling)(?: and (?:all that|everything|stuff|bowels?|bladder))?"
    r" (?:is |are |all |both |totally |completely |100 ?%? )?(?:normal|fine|ok|okay|good"
    r"|perfect|regular|working fine|as usual)\b"
)
# Lifelong: "always has been", "all my life", "since I was a kid".
_LIFELONG = lazy(
    r"\b(?:always (?:has|have|had) been|always been|always had|(?:all|most of) my life|since"
    r" (?:i was (?:a |little |young )?(?:kid|child|little|young|born|baby|teen\w*)|birth"
    r"|childhood|forever)|born with|ever since i can remember|my whole life)\b"
)
# A source quoted: "the NHS website says...", "I read online that...".
_SOURCE = lazy(
    r"\b(?:nhs|website|internet|google|article|leaflet|book|course|video|poster|page|guide"
    r"|chatgpt|news|textbook|podcast|tiktok|youtube|instagram|forum|reddit|first aid\w*"
    r"|training|refresher|lecture|lesson|module|exam|quiz) (?:\w+ ){0,3}?(?:says|said"
    r"|reckons|mentions|mentioned|states|stated|claims|warns|warned|lists|listed|covered"
    r"|talked about|was about|is about)\b|\bi (?:read|heard|saw) (?:that|online|somewhere"
    r"|on)\b"
    # fourteenth session, h76: a piece of writing or study being made on the signs ("writing an
    # article on red flags like...", "researching a talk about")
    r"|\b(?:writing|researching|doing|working on|putting together|making|drafting|preparing"
    r"|planning) (?:a|an|some|this|the) (?:\w+ ){0,2}?(?:blog|blog post|post|article|essay|piece"
    r"|dissertation|thesis|assignment|project|report|video|thread|leaflet|presentation|talk"
    r"|newsletter|column|chapter|poster|slides|lesson|module|course) (?:on|about|covering|around"
    r"|into|for)\b"
)
# Eighteenth session: an event the writer has coming, given as the reason for a general question
# ("is a numb bum a red flag? cos I've got a long drive tomorrow"): having it is no own sign.
_EVENT_AHEAD_S18 = lazy(
    r"\b(?:i|we) (?:have|have got|ve got|got) (?:a|an|my|the|this|that|another) (?:\w+ ){0,2}?"
    r"(?:drive|flight|journey|trip|road trip|ride|commute|shift|meeting|exam|race|match|game"
    r"|wedding|party|holiday|interview|hike|marathon|long day)"
    r"(?= (?:tomorrow|tonight|today|later|this|next|coming|ahead|on|at|in|soon)\b|$)"
)
# The writer's own body or sign, or the writer having or feeling something.
_OWN_BODY = lazy(
    r"\bmy (?:\w+ ){0,2}?(?:" + _BODY_WORD + r"|pain|pains|numbness|tingling|weakness"
    r"|symptoms?|fever|temperature)\b|\bmine\b|\b(?:i|me) (?:\w+ )?(?:have|has|got|get"
    r"|getting|feel|felt|feeling|keep|can not|could not|do not feel|did not feel)\b"
)

# A question about people in general or about the bot's checks.
_QUESTION_START = lazy(
    r"^(?:what|whats|why|how|which|when|where|who|does|do|is|are|can|could|should|would"
    r"|will|if|anyone|any|tell me|explain|list)\b"
)
_IN_GENERAL = lazy(
    # ("without meaning to" tells a change not wanted, not a question of what a sign means)
    r"\b(?:you|your|people|someone|somebody|anyone|anybody|a person|symptoms|signs"
    r"|mean(?! to\b)|means|meaning(?! to\b)|stand for|definition"
    r"|warning|red flags?|list|check in|checkin|check|emergency|ever|linked|link|connected|related"
    r"|a reason (?:not )?to|count as"
    # round 53: the bot itself ("what does the bot say if...")
    r"|bot|chatbot|the app|this app|the coach|this thing"
    # thirteenth session, h74: a sign weighed as a sign at all ("a bad sign", "in general")
    r"|(?:a )?(?:bad|good|worrying|serious|warning) sign|in general|generally|a myth|an old wives"
    r"|something to worry about|anything to worry about|worth worrying about)\b"
)
# thirteenth session, h74: a question of which symptoms or signs matter, asked of anyone
_SIGNS_ASKED = lazy(
    r"\b(?:what|whats|which|are there|is there|any|tell|know|list|does|do|is|are|should)\b"
    r".*\b(?:symptoms?|signs?|red flags?|warning signs?|something to worry about|anything to"
    r" worry about)\b"
    r"|\b(?:symptoms?|signs?|red flags?) (?:\w+ ){0,3}?(?:mean|means|tell|should|to (?:watch|look)"
    r"|that)\b"
)
# thirteenth session, h74: a piece that only gives a sign as an example of those asked about
# ("like numb legs or whatever", "such as weakness", "is numbness one of them")
_EXAMPLE = lazy(
    r"^(?:(?:and|or|so) )?(?:like|such as|e g|eg|say|for example|for instance|for eg|ie|i e"
    r"|things like|stuff like)\b"
    r"|\b(?:one of them|one of those|one of the signs|among them|on the list|or whatever"
    r"|or something|or anything|or so|etc|and so on|for example|for instance)$"
)
# thirteenth session, h74: a sign named with an article in a general question ("is a numb bum
# a bad sign?"), the kind asked about, not the writer's state
_A_STATE = lazy(r"\b(?:a|an|any) (?:numb|weak|sore|tingly|achy|aching) (?=\w)")
# ...whose "i e" ("i.e.") is no writer (the lead's probes)
_THAT_IS = lazy(r"^\s*(?:(?:and|or|so) )?(?:i e|ie)\b")
# ...whose sign words of now ("numb", "weak") are the example's, not the writer's state
_EXAMPLE_STATE = frozenset(
    [
        "numb",
        "weak",
        "sore",
        "tingling",
        "tingly",
        "aching",
        "achy",
        "hurts",
        "hurting",
        "throbbing",
        "some",
    ]
)
# fourteenth session, h76: the signs asked of people at large ("the signs, generally?", "what
# should anyone look out for")
_SIGNS_IN_GENERAL = lazy(
    r"\b(?:in general|generally|in people|for (?:anyone|people|someone|a person)|to (?:look|watch)"
    r" (?:out )?for|the (?:warning )?signs (?:are|be|would be))\b"
)
# fourteenth session, h76: a question told apart from its second term by "and" ("how can one tell
# a stretch from a warning sign like weakness"), the second term asked too
_APART_ASKED = lazy(
    r"\b(?:difference between|tell apart|distinguish(?: between)?|differentiate(?: between)?"
    r"|compare|versus|vs)\b"
)
# Round 53: the writer's sign only supposed as told to the bot ("what does the app say if I
# type that I had chest pain?"), unless the writer then says it is so ("because I do").
_TOLD_IF = lazy(
    r"\bif i (?:were to |was to )?(?:told|tell|said|say|typed|type|wrote|write|reported|report"
    r"|mentioned|mention|messaged|message|answered|put|ticked|tapped|pressed|clicked)"
    r"(?: (?:it|you|the bot|the app|him|her|them|in))?(?: that)? (?:i (?:had|have|have got|got"
    r"|was|am|felt|feel|was having|am having)|yes)\b"
)
_SO_IT_IS = lazy(
    r"\b(?:(?:because|cos|coz|cause|as|since|which|and|but) i (?:do|did|have|am|had)(?! not)"
    r"|(?:i|which i) (?:actually|really|kind of|sort of) (?:do|have|am)|(?:actually|really) i"
    r" (?:do|have|am))\b|\b(?:i do|i have|i am|i did)$"
)

# The writer's own share denied, beside a general question ("I don't have any of it").
_OWN_DENIED = lazy(
    r"\b(?:i (?:do not|have not|have) (?:got )?(?:any of (?:it|that|those|them|these)|none"
    r"|any(?: myself)?)|i have not(?: \w+)?$|i am not|not me|nothing wrong with (?:mine|me)"
    r"|(?:mine|i) (?:am|is) (?:fine|ok|okay|only stiff|just stiff)|just (?:curious|wondering"
    r"|asking)|asking (?:in general|for a friend|out of interest|for the future|ahead)|for future"
    r" reference|i (?:feel|am) (?:fine|ok|okay|good|great|well)(?: now| today)?"
    # fourteenth session, h75: the writer's weight told steady, or the question said general
    r"|my weight (?:has |is |was )?(?:been |always been |stayed |remained )?(?:steady|stable"
    r"|constant|the same|unchanged|normal|rock solid)(?: for (?:\w+ )?(?:years|ages|decades"
    r"|months|a long time))?|(?:just |only |purely )?(?:a )?general (?:question|query|q)"
    r"|generally speaking"
    # fourteenth session, h76: the asking said to be for research or work, not the writer's own
    r"|(?:it is|its|this is|just|purely|only) (?:for )?(?:research|work|uni|college|school"
    r"|study|my studies|a project|an assignment)|(?:i am|i feel|im) (?:fine|ok|okay|well|grand)"
    r" (?:myself|personally)"
    # fifteenth session, h78: the writer's own said fine save the everyday stiffness
    r"|(?:mine|i|my back) (?:am |is )?(?:fine|ok|okay|good|grand|alright|all right)"
    r" (?:apart from|except for|except|bar|other than|besides|but for|just|only)"
    r" (?:a (?:bit|touch) of |some |the |general |usual |morning )?(?:stiffness|stiff|tightness"
    r"|tight|stiff in the mornings?|achiness|achy|creaky|creaks))\b"
)

# Figures of speech: sign words in a phrase that says nothing of a body ("fell head over
# heels for it", "shooting for five days in a row", "shooting a video"). Read only where no
# body word or pain comes just before (`_figure_free`): "my leg has been shooting for days" is
# the leg's.
_FIGURE = lazy(
    r"\b(?:fell|fall|falling|fallen|falls) (?:head over heels|in love|for (?:it|this|that|him"
    r"|her|them|the idea)\b(?! (?:\w+ ){0,2}?times?\b))|\bhead over heels (?:for|in love)\b"
    r"|\b(?:shooting|shoot|aiming|aim) for (?:\w+ ){0,2}?(?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|a|an|the|my|every|each|daily|gold|glory|pb|a pb)\b"
    r"|\bshooting (?:a |the |my |some |our |this |that )?(?:\w+ )?(?:video|vid|vids|stream"
    r"|film|scene|content|photos?|pics|reel|tiktok|clip|episode|ad|hoops|pool|darts|goals?"
    r"|the breeze)s?\b"
    r"|\b(?:off|over) a cliff\b"
    # round 53: the writer getting up fast ("shot up off the sofa like a cork", "shot out
    # of my chair")
    r"|\b(?:shot|shoot|shoots|shooting) (?:straight |right )?(?:up|out) (?:off|out of|from)"
    r" (?:the|my|a|an|our|his|her) (?:\w+ )?(?:mat|floor|bed|chair|sofa|settee|couch|seat"
    r"|ground|bench|desk|bath|deckchair|stool)\b(?: like a (?:rocket|shot|bullet|cork|jack in"
    r" the box|whippet|rabbit))?"
)
# A thing, not a body, as the subject of a piece ("fish prices fell", "the pool has been shut
# for a chemical leak", "the van broke down").
_THING = (
    r"(?:prices?|costs?|sales|profits?|market|markets|stocks?|shares|numbers|figures|ratings"
    r"|views|followers|subs|subscribers|trade|business|orders|bookings|takings|wages"
    r"|pool|pipes?|roof|tank|boiler|tap|radiator|ceiling|battery|phone|laptop|wifi|internet"
    r"|server|servers|signal|website|site|app|apps|telegram|whatsapp|zoom|skype|instagram|insta|tiktok"
    r"|facebook|snapchat|youtube|netflix|spotify|browser|chrome|tablet|ipad|iphone|computer|telly"
    r"|system|heating|machine|printer|till|tills|oven"
    r"|fridge|freezer|dishwasher|kitchen|gym|studio|venue|hall|office|shop|restaurant|bar"
    r"|hotel|station|schedule|rota|network|channel|league|club|company|firm|project|lab"
    r"|factory|plant|warehouse|building|school|centre|center|yard|depot|store|rink"
    # round 53: marks and grades, produce, a machine's or a cart's parts
    r"|marks|grades|scores|veg|fruit|produce|crops?|harvest|chain|cogs?|gears?|cart"
    r"|carts|trolley|trolleys|zip|drawer|hinge|lid|conveyor|pallet|hoover"
    # round 54: more parts and gear ("the front wheel catches", "the fishing line caught")
    r"|wheels?|doors?|gates?|latch|bolt|lines?|reel|rod|handle|lock|key|eggs?)"
)
# The thing as the subject, a verb next: "fish prices fell", "the pool has been shut".
_THING_SUBJECT = lazy(
    r"^(?:(?:and|so|also|plus|then|oh|well|basically|anyway|honestly) )*"
    r"(?:(?:the|our|their|its|this|that|work|local) )?(?:\w+ ){0,2}?"
    + _THING
    # round 53: a place or an owner between ("milk prices at the farm shop took a tumble")
    + r"(?: (?:at|in|on|of|from|for) (?:the|our|my|their|this|that|a) (?:\w+ ){0,2}?\w+)?"
    r" (?:has|have|had|is|are|was|were|been|got|just|all|also|finally|totally|completely"
    r"|fell|dropped|crashed|collapsed|shut|closed|leaked|leaking|broke|died|tanked|went|keeps"
    r"|flooded|sprang|took|slumped|plunged|plummeted|nosedived|slipped|slipping|catching|caught"
    r"|jammed|jams|sticks|sticking|catches|catch|drops|dropping|shot|shoots|collapses|crashes"
    r"|leaks|drips)\b"
)
_ONTO_ME = lazy(r"\b(?:on|onto|into|over|at|against|under|with) (?:me|my|us)\b")


# Training words: a muscle that gives out where that is the point of the exercise ("legs
# gave out on the final squat, which is what squats are for", "to failure").
_EXERCISE = lazy(
    r"\b(?:wall sits?|squats?|lunges?|planks?|reps?|sets?|burpees?|deadlifts?|press ups?"
    r"|push ups?|pull ups?|bootcamp|circuits?|hiit|spin|leg day|workout|session|gym|drills?"
    r"|class|round|rounds|interval|intervals|hill sprints?|sprints?|climb)\b"
)
_THE_POINT = lazy(
    r"\b(?:(?:the|whole) point of|to failure|designed to (?:\w+ )?(?:fail|burn|exhaust)"
    r"|(?:is|was) the goal)\b"
)
_STILL = lazy(
    r"\b(?:still|since|keeps?|keeping|will not|can not|could not|now|anymore|any more"
    r"|numb\w*|tingl\w*|bladder|bowels?)\b"
)
# Round 53: a trainer's verdict on a muscle's strength or length ("my PT says my glutes are
# lazy and both calves weak"): how strong a muscle is, not a limb failing.
_VERDICT = lazy(
    r"\b(?:coach|coaches|trainer|pt|physio|instructor|teacher|osteo|chiro|sports therapist"
    r"|captain|manager) (?:\w+ ){0,2}?(?:says|said|reckons|thinks|thought|told me|tells me"
    r"|noticed|pointed out)\b"
)
_MUSCLE_VERDICT = lazy(
    r"\b(?:my )?(?:calves|calf|glutes?|hamstrings?|hammies|quads?|hip flexors?|core|abs|obliques"
    r"|adductors?|abductors?|lats|traps|pecs|delts|shins|ankles|arches|feet|rotator cuffs?)"
    r"(?: (?:are|is|feel|feels|were|was))?(?: (?:a bit|a little|really|so|quite|too|very|dead"
    r"|super|pretty))?(?: (?:weak|weaker|tight|tighter|stiff|locked(?: solid| up)?|lazy|short"
    r"|underused|inactive|not firing))\b"
)
_VERDICT_GUARD = lazy(
    r"\b(?:suddenly|sudden|giving way|gave way|give way|gives way|buckl\w*|collaps\w*|fell|fall"
    r"|falling|worse|today|tonight|this morning|yesterday|one side|left|right|dragging|drag"
    r"|trip\w*|pain\w*|hurt\w*|swoll\w*)\b"
)
# An everyday kind said in plain words beside an intensity figure ("my hip is killing me the
# creaky way, not the hurt way"): the figure says how much, the kind says it is ordinary.
_INTENSITY = lazy(r"\b(?:killing|murdering|destroying|wrecking|crucifying) me\b")
_ORDINARY_KIND = lazy(
    r"\bnot (?:the|a|an|in the|in a) (?:\w+ ){0,2}?(?:injury|injured|hurt|bad|serious|sharp"
    r"|scary|worrying|real|proper|nerve|worrying|worse) (?:way|kind|sort|type)\b"
    r"|(?<!not )\bin (?:the|a|an) (?:\w+ ){0,3}?(?:stiff|creaky|achy|tired|old man|old lady|old"
    r" woman|usual|normal|good|gym|doms|worked) (?:way|kind|sort)\b"
)
# The other kind said as this one's ("it is the injury kind"): never ordinary then.
_SERIOUS_KIND = lazy(
    r"(?<!not )(?<!not in )\b(?:the|an|a) (?:\w+ ){0,2}?(?:injury|injured|bad|serious|sharp"
    r"|scary|worrying|nerve|worse) (?:way|kind|sort|type)\b"
)
# "the tingly foot I had": a sign named as the past's, not now's.
_HAD_THEN = lazy(
    r"\b(?:the|that|my) (?:\w+ ){0,3}?(?:i|that i|which i) (?:had|got|was having|used to"
    r" have)\b"
)


# Beside a figure, a word that keeps the sign: the body, pain, now, a path through the body.
_NEAR_FIGURE = lazy(
    _BODY_WORD + r"|pain|pains|it|its|now|today|tonight|still|down|through|into|up|across"
    r"|time|times|again"
)

_NOW_FIGURE = lazy(r"now|today|tonight|still|down|through|into|across|again")


# Round 51: where a piece turns to when it happens ("...crashing when I open the pictures").
_WHEN = lazy(r"\b(?:when|whenever|while|whilst|every time|each time)\b")


# fifteenth session, h79: a clinician's warning to look out for a sign ("my gp said to watch for
# foot drop"), general when the writer has none (`_NONE_HERE_H79`) and nothing is of now
_WARNED_H79 = lazy(
    r"\b(?:my |the |a |our )?(?:physio|physiotherapist|gp|doctor|doc|nurse|consultant|osteo\w*"
    r"|chiro\w*|surgeon|midwife|pt|trainer) (?:\w+ )?(?:told|said|warned|advised|mentioned|says"
    r"|tells|warns) (?:me |us )?(?:to )?(?:watch|look|keep an eye|be on the lookout|look out)"
    r"(?: out)?(?: for)?\b",
    re.IGNORECASE,
)
_NONE_HERE_H79 = lazy(
    r"\bi (?:don ?t|do not|dont|haven ?t|have not|havent) (?:have|got) (?:any|it|that|them|one)\b"
    r"|\bi ?(?:ve|have) not got (?:any|it|that)\b|\bi have (?:none|no \w+)\b"
    r"|\bno sign of (?:it|that|any)\b",
    re.IGNORECASE,
)

# ...which `_reading`'s aside marks in place of the warning, for its general reading
_WARNED_MARK_H79 = " warned_of "


def _thing_piece(piece: str) -> bool:
    """A piece whose subject is a thing, with no body, no writer and nothing landing on them."""
    # round 51: the writer may come after "when" ("the app keeps crashing when I open it"),
    # with no sign word there
    head, *tail_parts = _WHEN.split(piece, maxsplit=1)
    tail = tail_parts[0] if tail_parts else ""
    return (
        bool(_THING_SUBJECT.search(piece))
        and not _mine(head)
        and not (tail and re.search(r"\b" + _SIGN_WORD + r"\b", tail))
        and not _ONTO_ME.search(piece)
        and not re.search(r"\b" + _BODY_WORD + r"\b", _blank(_LIKENESS, piece))
    )


# Round 53, what settles a reading (`settles`): only stiffness or tightness left once the signs
# are denied ("just feels tight"); a long spell of normal or a clinician's all-clear after the
# past ("normal for months", "not for decades", "got the all clear"); never a word of the
# nerves, the bladder or the bowels.
_ORDINARY_ONLY = lazy(
    r"\b(?:just|only|merely|simply) (?:(?:feels?|felt|a|a bit|a little|bit|abit|quite|really"
    r"|very|pretty|kind of|kinda) ){0,2}(?:tight|tighter|stiff|stiffer|a stretch|stretchy|a pull"
    r"|pulling|tense|snug)\b"
)
_LONG_WELL = lazy(
    r"\b(?:(?:normal|fine|ok|okay|good|great|well|clear|nothing|no (?:problems?|trouble|issues?))"
    r" (?:\w+ ){0,2}?for (?:months|years|decades|ages|a long time|donkeys years)|not (?:for|in)"
    r" (?:\w+ )?(?:decades|years|ages|donkeys years)|(?:the |an |got the |given the |gave me the )"
    r"?all clear|signed (?:me )?off|discharged"
    # fourteenth session, h76: the past trouble said long over ("long sorted", "been grand for
    # years", "not a bother since")
    r"|long (?:sorted|gone|over|healed|since (?:sorted|gone|healed)|behind me)|(?:been|was|have"
    r" been) (?:grand|fine|ok|okay|good|great|sound) (?:\w+ )?(?:for|in) (?:years|ages|decades"
    r"|donkeys years)|(?:not|never) (?:a|any) (?:bother|bit of bother|peep|twinge) since)\b"
)
_NERVE = lazy(
    r"\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|bladder|bowels?|pee\w*|wee|incontinen\w*"
    r"|leak\w*|saddle|groin|both legs|chest|breathless\w*|faint\w*|dizz\w*|collaps\w*|fever"
    r"|temperature|weight|sweats?)\b"
)
# Round 53, someone else's sign settled (`settles`): told from a screen, the writer's share
# denied, the writer's own part the usual, the bot to be passed on to them.
_SCREEN = lazy(
    r"\b(?:watch\w* (?:\w+ ){0,2}?(?:tv|telly|television|netflix|iplayer|programme|episode"
    r"|series|film|movie|drama|soap|documentary|casualty|greys?|holby|eastenders|corrie"
    r"|emmerdale|hollyoaks|er|the news|a show|the show|youtube)|on (?:the )?(?:tv|telly|the news"
    r"|television|netflix))\b"
    r"(?: (?:last night|yesterday|earlier|tonight|this (?:morning|afternoon|evening)))?"
)
_NOT_ME = lazy(
    r"\b(?:nothing (?:like (?:that|this) )?(?:with|for|wrong with) me|not me|i do not have"
    r" (?:any of )?(?:that|it|those)|i have not got (?:that|it)|i am fine|i am ok|i am okay"
    r"|just curious)\b"
)
_OWN_USUAL = lazy(
    r"\bmy (?:own )?(?:\w+ )?(?:back|hips?|neck|body|spine|knees?)(?: is| feels| has been| are)?"
    r" (?:(?:just|only|fine|all|still) )*(?:the usual|usual|normal|fine|ok|okay|good|grand|the same"
    r" as (?:ever|always|usual)|a bit stiff|stiff as usual|just stiff"
    # round 56: "my own back is only a touch tight from the hoisting"
    r"|(?:a bit |a little |slightly |bit )?(?:tight|stiff|tired|stiffer|tighter))\b(?: stiffness)?"
)
_PASS_ON = lazy(
    r"\b(?:send|show|forward|share|recommend|pass on|give|suggest) (?:her|him|them) (?:this|it"
    r"|the link|the twist|the bot|the app)\b|\b(?:send|show|forward|share|recommend|pass on"
    r"|suggest) (?:this|it|the link|the twist|the bot|the app) to (?:her|him|them)\b"
)
# The day's session asked about ("hold or flow tonight?", "when can I twist again"): no word of
# now for the body.
_MOVE_TODAY = lazy(
    r"\b(?:(?:hold|twist|stretch|session|move|routine|practice|class|training)\w* (?:\w+ )?"
    r"(?:today|tonight|again|this (?:morning|evening|week))|(?:do|try|start|get back to|back to"
    r"|play)"
    r" (?:the |this |my )?(?:\w+ )?(?:again|today|tonight)|(?:flow or hold|hold or flow"
    r"|(?:the )?flow (?:version|style|one))(?: (?:today|tonight|this (?:morning|evening)))?)\b"
)
# A supposition: a piece that starts by supposing ("hypothetically if", "if it ever", "what if
# I ever").
_SUPPOSING = lazy(
    r"^(?:(?:so|and|but|ok|okay|just|purely|quick question) )*(?:hypothetically|in theory"
    r"|theoretically|say|suppose|supposing|imagine|what if|if)\b(?: \w+){0,4}? (?:ever|had"
    r"|were|was|did|got|fell|went|started|starts)\b"
)
_TIME_NOW = lazy(
    r"\b(?:now|right now|today|tonight|this (?:morning|afternoon|evening|week)|since|already"
    r"|again|still|at the moment|currently|yesterday|last night|ago|keeps?|started)\b"
)
_HYPOTHETICALLY = lazy(r"\b(?:hypothetically|in theory|theoretically|purely hypothetical)\b")
_NOT_YET = lazy(
    r"\b(?:touch wood|knock on wood|(?:fingers|everything) crossed|(?:it|they|that|this)"
    r" (?:has|have) not(?: yet| so far| happened)?|not yet|never has|never have|so far so good"
    # fourteenth session, h76: the supposed event said not planned or wished away
    r"|not (?:planning|planning on|intending|hoping|expecting) (?:on |to )?(?:one|it|that|any"
    r"|having (?:one|it|any))|(?:god|heaven) forbid|hopefully (?:never|not))\b"
)
# Round 53: a likeness names no body ("dropped like a stone").
_LIKENESS = lazy(r"\blike (?:a|an) (?:\w+ )?(?:stone|rock|brick|bricks|lead balloon|log)\b")
# Round 54: the move's side asked about ("which side first?", "left side or right side to
# start?"): a question about the move, no word of the body.
_SIDE_ASKED = lazy(
    r"\b(?:which|what|either|each|the other|left|right|one) side (?:(?:do i |should i |to )?"
    r"(?:first|start(?: on| with)?|go first|begin(?: on| with)?)|or (?:the )?(?:other|left|right)"
    r"(?: side)?(?: first)?)\b"
)
# Round 53: a piece after "and" that starts with its verb carries on the subject before it
# ("the chain keeps jumping and catching").
_VERB_START = lazy(
    r"^(?:\w+ing|keeps?|kept|goes|went|got|gets|broke|breaks|jams|jammed|sticks|stuck|came|comes"
    r"|fell|falls|dropped|drops|catches|catching|caught|crashes|crashed|leaks|collapsed)\b"
)


def _figure_free(text: str) -> str:
    """``text`` with its figures of speech set aside, where no body word or pain comes within
    three words before, nor within six after "shooting" or "aiming", and no word of now or of
    a path (down, through) within six after."""

    def keep_or_blank(match: re.Match[str]) -> str:
        before = text[: match.start()].split()[-3:]
        after = text[match.end() :].split()[:6]
        if any(_NEAR_FIGURE.fullmatch(word) for word in before) or any(
            (
                _NEAR_FIGURE if match.group(0).startswith(("shoot", "aim")) else _NOW_FIGURE
            ).fullmatch(word)
            for word in after
        ):
            return match.group(0)
        return " "

    return _FIGURE.sub(keep_or_blank, text)


_PIECE = lazy(
    # (thirteenth session, the lead's probes: never inside or after "e.g." or "i.e.", which lead
    # an example in)
    r"(?<=[.!?;\n])(?<!\be\.)(?<!\bi\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s*|,\s*|\s+(?:but|though|although|however|then|so|cos|because)\s+"
    r"|(?<!\bpins)\s+and\s+(?!needles\b|bowels?\b|bladder\b|bowel\b)",
    re.IGNORECASE,
)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The message's sentences and clauses, each with whether it ends in a question mark."""
    return [(part, part.rstrip().endswith("?")) for part in _PIECE.split(text) if part.strip()]


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(" ", text)


def _mine(piece: str) -> bool:
    return bool(_WRITER.search(_blank(_FOR_THEM, _blank(_THEIR_PHRASE, piece))))


def _set_apart(
    pieces: list[str], apart: Callable[[str], bool], level_of: Callable[[str], int]
) -> bool:
    """Some piece with a sign is ``apart``, and the other pieces together hold no sign."""
    signed = [piece for piece in pieces if level_of(piece) > 0]
    if not signed or not any(apart(piece) for piece in signed):
        return False
    rest = " ".join(piece for piece in pieces if not (level_of(piece) > 0 and apart(piece)))
    return level_of(rest) == 0


def points_away(
    text: str,
    prepare: Callable[[str], str],
    level_of: Callable[[str], int],
) -> str | None:
    """Why the context of ``text``, which the rules would lock out, points away from a red
    flag (a context of `coach.questions.triage.CONTEXTS`), or None when it does not.
    ``prepare`` normalises a piece of text as the rules read it; ``level_of`` is the rank of
    the level the rules give a prepared text (0 for none)."""
    found = _reading(text, prepare, level_of)
    if found is None and _supposed(text, prepare, level_of):
        # fourteenth session, h76: the writer's sign only supposed beside its "not yet" ("not
        # planning on one"), which `settles` answers with the warning signs
        return "hypothetical"
    return found[0] if found else None


def _supposed(
    text: str,
    prepare: Callable[[str], str],
    level_of: Callable[[str], int],
) -> bool:
    """Round 53: the signs only in pieces said as a supposition ("hypothetically if I had a crash
    ...", "if it ever starts...") beside its plain "not yet" ("touch wood it hasn't") or
    "hypothetically", the rest free of the body, of signs and of words of now."""
    whole = prepare(text)
    pieces = [prepare(raw) for raw, _ in _pieces(text)]
    signed = [piece for piece in pieces if level_of(piece) > 0]
    if not signed or not all(_SUPPOSING.search(piece) for piece in signed):
        return False
    if not (_HYPOTHETICALLY.search(whole) or _NOT_YET.search(whole)):
        return False
    rest = " ".join(piece for piece in pieces if piece not in signed)
    rest = _blank(_NOT_YET, _blank(_MOVE_TODAY, rest))
    return (
        not re.search(r"\b" + _BODY_WORD + r"\b", rest)
        and not re.search(r"\b" + _SIGN_WORD + r"\b", rest)
        and not _NOW.search(rest)
        and not _SO_IT_IS.search(whole)
        and not _TIME_NOW.search(" ".join(signed))
    )


def settles(
    text: str,
    prepare: Callable[[str], str],
    level_of: Callable[[str], int],
    *,
    hard: bool = False,
) -> str | None:
    """Round 53: which reading of `points_away` the message itself settles, for a careful
    clinician (see the module docstring), or None: then the bot answers instead of asking
    ("supposed": a supposition, which the caller answers with the warning signs). ``hard``: the
    rules' signs include one of the hardest, which someone else's settles only from a screen."""
    whole = prepare(text)
    if _supposed(text, prepare, level_of):
        return "supposed"
    found = _reading(text, prepare, level_of)
    if found is None:
        return None
    kind, rest = found[1], found[2]
    if kind == "general" and _APART_ASKED.search(whole):
        # fourteenth session, h76: a general question of telling a sign from the ordinary,
        # nothing of the writer's own (`_reading` found none): the warning signs, answered
        return "supposed"
    if kind == "someone":
        # the writer's own words free of the body, once the usual is set aside, beside a
        # screen, the writer's share denied, the usual or the bot passed on to them
        own = _blank(_MOVE_TODAY, _blank(_SCREEN, _blank(_OWN_USUAL, rest)))
        marked = (
            _SCREEN.search(whole)
            if hard
            else (
                _SCREEN.search(whole)
                or _NOT_ME.search(whole)
                or _OWN_USUAL.search(rest)
                or _PASS_ON.search(whole)
            )
        )
        settled = (
            bool(marked)
            and not re.search(r"\b" + _BODY_WORD + r"\b", own)
            and not re.search(r"\b" + _SIGN_WORD + r"\b", own)
            and not _NOW.search(own)
        )
        if (
            _SIGNS_ASKED.search(rest)
            and _SIGNS_IN_GENERAL.search(rest)
            and not _OWN_BODY.search(rest)
            and not re.search(r"\b" + _BODY_WORD + r"\b", own)
            and not re.search(r"\b" + _SIGN_WORD + r"\b", own)
            and not _NOW.search(own)
        ):
            # fourteenth session, h76: someone else's sign told, the writer then asking what the
            # signs are in general, nothing of the writer's own: the warning signs, answered
            return "supposed"
    else:
        bodiless = not re.search(
            r"\b" + _BODY_WORD + r"\b", _blank(_SIDE_ASKED, _blank(_LIKENESS, whole))
        )
        settled = {
            "thing": bodiless,
            # round 56: the figure's own words are no body ("fell head over heels for it")
            "figure": not re.search(
                r"\b" + _BODY_WORD + r"\b",
                _blank(_SIDE_ASKED, _blank(_LIKENESS, _figure_free(whole))),
            )
            and not re.search(r"\b" + _SIGN_WORD + r"\b", _figure_free(whole)),
            "denied": bool(_ORDINARY_ONLY.search(whole)) and not _NERVE.search(whole),
            "past": bool(_LONG_WELL.search(whole)),
            "verdict": True,
        }.get(kind, False)
    return kind if settled else None


def _reading(
    text: str,
    prepare: Callable[[str], str],
    level_of: Callable[[str], int],
) -> tuple[str, str, str] | None:
    """`points_away`'s context for ``text``, which reading found it and (for someone else) the
    pieces left once theirs are set aside."""
    whole = prepare(text)
    level = level_of(whole)
    if level == 0:
        return None
    split = _pieces(text)
    pieces = [prepare(raw) for raw, _ in split]
    asked = {piece for piece, (_, mark) in zip(pieces, split, strict=True) if mark}

    def others(piece: str) -> bool:
        if _WARNED_H79.search(piece) and _NONE_HERE_H79.search(whole):
            return False  # fifteenth session, h79: the clinician's warning is read as general
        return bool(_SOMEONE.search(piece)) and not _mine(piece)

    if _SHARED.search(whole) or _INVOLVED.search(whole):
        return None  # the writer has it too, or was there

    def general(piece: str) -> bool:
        # fifteenth session, h79: a clinician's warning of a sign, the writer having none
        warned = _WARNED_H79.search(piece) or _WARNED_MARK_H79 in piece
        if warned and _NONE_HERE_H79.search(whole):
            return not _mine(_blank(_WARNED_H79, piece).replace(_WARNED_MARK_H79, " "))
        if _mine(piece):
            return False
        if _SOURCE.search(piece):
            return True
        return (piece in asked or bool(_QUESTION_START.search(piece))) and bool(
            _IN_GENERAL.search(piece)
        )

    # round 51: a short piece with no subject of its own carries on the person before it ("mum
    # is having night sweats and a fever": "a fever" is hers too)
    carried = [others(piece) for piece in pieces]
    for index in range(1, len(pieces)):
        if (
            carried[index - 1]
            and not carried[index]
            and len(pieces[index].split()) <= 3
            and not _mine(pieces[index])
            and not _NOW.search(pieces[index])
            and f"{pieces[index - 1]} and {pieces[index]}" in whole  # never across "but"
        ):
            carried[index] = True
    theirs = {piece for piece, flag in zip(pieces, carried, strict=True) if flag}
    if _set_apart(pieces, lambda piece: piece in theirs, level_of):
        return "someone_else", "someone", " ".join(p for p in pieces if p not in theirs)
    if (
        _DATED.search(whole)
        and _OVER.search(whole)
        and not _NOW.search(
            _blank(_STILL_HABIT, _blank(_BEFORE_START, _blank(_HAD_THEN, _blank(_OVER, whole))))
        )
        and not any(level_of(after) for after in _BUT.split(whole)[1:])
    ):
        return "past", "past", ""
    if (
        (_DENIAL.search(whole) or _FINE_PART.search(whole))
        and not _EXCEPT.search(whole)
        and level_of(_blank(_FINE_PART, _blank(_DENIAL, whole))) == 0
    ):
        return "hedged", "denied", ""

    def aside(part: str) -> str:
        part = _blank(_EVENT_AHEAD_S18, _blank(_OWN_DENIED, part))
        if _NONE_HERE_H79.search(whole):  # fifteenth session, h79: the warning and the denial
            part = _blank(_NONE_HERE_H79, _WARNED_H79.sub(_WARNED_MARK_H79, part))
        return part if _SO_IT_IS.search(whole) else _blank(_TOLD_IF, part)

    # thirteenth session, h74: an example piece after a question of which signs matter, with
    # nothing of the writer's own in it, carries that question ("..., like numb legs")
    examples = {
        piece
        for index, piece in enumerate(pieces)
        if index
        and _EXAMPLE.search(piece)
        and not _mine(_THAT_IS.sub(" ", piece))
        and not _OWN_BODY.search(piece)
        and all(m.group() in _EXAMPLE_STATE for m in _NOW.finditer(piece))
        and any(_SIGNS_ASKED.search(before) for before in pieces[:index])
    }
    # fourteenth session, h76: the second term of a general question of telling two apart
    for index in range(1, len(pieces)):
        if (
            _APART_ASKED.search(pieces[index - 1])
            and general(pieces[index - 1])
            and f"{pieces[index - 1]} and {pieces[index]}" in whole
            and not _mine(_THAT_IS.sub(" ", pieces[index]))
            and not _OWN_BODY.search(pieces[index])
            and all(m.group() in _EXAMPLE_STATE for m in _NOW.finditer(pieces[index]))
        ):
            examples.add(pieces[index])
    # ...and a short list item after an example carries it on ("like numb feet, leg stuff?")
    for index in range(1, len(pieces)):
        if (
            pieces[index - 1] in examples
            and len(pieces[index].split()) <= 3
            and not _mine(pieces[index])
            and not _OWN_BODY.search(pieces[index])
            and all(m.group() in _EXAMPLE_STATE for m in _NOW.finditer(pieces[index]))
        ):
            examples.add(pieces[index])
    unexampled = " ".join(
        _blank(_A_STATE, piece) if general(piece) else piece
        for piece in pieces
        if piece not in examples
    )

    if (
        not _OWN_BODY.search(aside(whole))
        and not _NOW.search(aside(unexampled))
        and _set_apart(
            [aside(piece) for piece in pieces],
            lambda piece: piece in examples or general(piece),
            level_of,
        )
    ):
        return "general", "general", ""
    if _LIFELONG.search(whole) and not _NOW.search(_blank(_LIFELONG, whole)):
        return "habit", "habit", ""
    if level_of(_figure_free(whole)) == 0:
        return "hedged", "figure", ""  # the sign words were a figure of speech
    if (
        _ORDINARY_KIND.search(whole)
        and not _SERIOUS_KIND.search(whole)
        and level_of(_blank(_INTENSITY, whole)) == 0
    ):
        return "hedged", "kind", ""  # an intensity figure, of an everyday kind
    things = [_thing_piece(piece) for piece in pieces]
    for index in range(1, len(pieces)):
        if (
            things[index - 1]
            and not things[index]
            and _VERB_START.search(pieces[index])
            and not _mine(pieces[index])
            and not _ONTO_ME.search(pieces[index])
            and not re.search(r"\b" + _BODY_WORD + r"\b", pieces[index])
            and f"{pieces[index - 1]} and {pieces[index]}" in whole  # never across "but"
        ):
            things[index] = True  # round 53: the thing carries on after "and"
    thing_pieces = {piece for piece, flag in zip(pieces, things, strict=True) if flag}
    if _set_apart(pieces, lambda piece: piece in thing_pieces, level_of):
        return "hedged", "thing", ""  # a thing, not a body, did it
    if (
        _THE_POINT.search(whole)
        and not _STILL.search(whole)
        and _set_apart(pieces, lambda piece: bool(_EXERCISE.search(piece)), level_of)
    ):
        return "cause", "training", ""  # giving out was the point of the exercise
    if (
        _VERDICT.search(whole)
        and _MUSCLE_VERDICT.search(whole)
        and not _STILL.search(whole)
        and not _VERDICT_GUARD.search(whole)
        and level_of(_blank(_MUSCLE_VERDICT, whole)) == 0
    ):
        return "cause", "verdict", ""  # round 53: a trainer's verdict on a muscle
    return None
