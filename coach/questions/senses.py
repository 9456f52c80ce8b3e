"""Sign words said of a thing: one general reading, with the lists turned round (issue 13).

The triage rules read "weak", "collapsed", "fell", "crashed", "leaking", "shooting", "sharp" and
"had a heart attack" as signs. People say the same words of things: "the wifi is weak", "our
team collapsed in the second half", "the fence fell down", "the kettle is leaking", "shooting a
video", "a sharp price rise", "the stock market had a heart attack". Rounds 9 to 32 listed such
things one by one (`_THING`, `_THING_LEAKS`, `_THING_FELL`, `_MONEY`, `_GADGET` in `triage`),
and every new writer named a thing the lists lacked.

Here the lists are of what makes the word a sign, which is a closed set: the body and its
slang and functions (`BODY`), people and animals, whose signs other rules weigh (`PEOPLE`),
what one stands, sits or rides on (a ladder that gave way, a car that crashed: the writer's
fall or accident, `CARRIES`), and words of pain (`PAIN`, for "shooting" and "sharp"). A sign
word whose subject, or for "shooting" and "sharp" whose object, is a noun outside all of them
is said of a thing, and only that word is set aside, so a sign told elsewhere in the message
still counts. All on the cautious side:

* only the forms where the subject or object is named: a determiner ("the", "my", "our", "a")
  and at most two words before the noun, or the noun right after the word; a bare "it",
  "this", a name (a capital letter) or a word of the body or of a person among the words
  keeps the sign;
* never when the thing lands on, takes or carries someone ("fell on me", "collapsed under
  him", "crashed with me in it"), and never a leak beside the toilet, a cough, a sneeze or
  clothing;
* "numb", "tingling", "dead" and faints are never read here: their things are few and listed
  (`_THING`), and a slang word for the saddle area must never pass for a thing;
* a word the rules cannot tell (an adjective, "a horrible leak", "a sudden drop") is no noun:
  words ending like adjectives keep the sign.

Round 54 widened the words a thing does: it catches ("the trolley's front wheel sticks and
catches on every tile"), drops, shoots out or off, or takes a fall, a tumble or a hit ("egg
prices at the farm shop took a big fall"), and "a stab in the back" said of any thing ("the new
shift rota"). A thing's catch carries no one, so a trolley's or a bike's part is a thing there;
never a movement or a vague region ("the twist catches", "the top catches"), a word of pain
("the twinge catches"), the writer or their body caught ("caught my finger"), nor a drop told
of weight ("the scales dropped half a stone").
"""

from __future__ import annotations

import re

from coach.questions.patterns import lazy


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The body, its slang and its functions: any of these among the words keeps the sign.
_BODY_WORDS = """
back backs spine spinal neck leg legs foot feet toe toes bum bums butt butts bottom bottoms
behind backside rear rump groin crotch privates private bits genitals undercarriage nether
region regions saddle perineum taint buttock buttocks cheeks cheek thigh thighs calf calves shin
shins knee knees kneecap kneecaps hip hips pelvis pelvic arm arms hand hands finger fingers thumb
thumbs wrist wrists elbow elbows shoulder shoulders chest heart ticker pump lung lungs breath
breathing rib ribs stomach tummy belly gut guts abdomen abs core side sides flank body limb
limbs extremities half muscle muscles glute glutes hamstring hamstrings hammies quad quads ankle
ankles heel heels sole soles arch arches joint joints nerve nerves disc discs disk disks vertebra
vertebrae tailbone coccyx sacrum bladder bowel bowels waterworks plumbing pee wee urine stream
flow poo stool stools motions anus passage grip balance pins pegs stumps trotters plates
vision eyesight eye eyes face lip lips mouth speech voice head brain jaw skin self myself
smile smiles grin eyelid eyelids eyebrow eyebrows expression words
health immune nervous heartbeat pulse blood pressure sugar sugars glucose level levels
temperature temp fever weight kilos kilo kg pounds lbs stone appetite strength stamina energy
hormones period periods waters lump lumps mole tumour tumor cancer scar wound stitches hernia
incision spot rash bump
pants knickers underwear undies pad pads nappy nappies diaper trousers jeans shorts leggings
tights briefs boxers bed beds sheets sheet mattress duvet chair seat sofa couch
area areas parts downstairs below fanny willy penis vagina vulva labia scrotum testicles testicle
balls nuts todger knob junk package lady nethers tail end ends
"""
BODY = _set(_BODY_WORDS)

# People and animals: their signs are weighed by the rules of someone else (`triage`).
_PEOPLE_WORDS = """
i me we us he she they him her them you one someone somebody everyone everybody anyone
anybody nobody who mum mom mam mummy mommy dad daddy mother father parent parents wife husband
partner spouse sister brother sibling son daughter child children kid kids baby babies toddler
boy boys girl girls lad lads lass guy guys bloke blokes man men woman women lady ladies gent
friend friends mate mates pal pals colleague colleagues coworker coworkers neighbour neighbours
neighbor neighbors patient patients client clients customer customers resident residents pupil
pupils student students teacher teachers nurse nurses doctor doctors carer carers boss manager
aunt auntie uncle nan nana nanny gran granny grandma grandmother grandad grandpa grandfather
grandparent grandparents grandson granddaughter grandchild grandchildren cousin niece nephew
flatmate housemate roommate girlfriend boyfriend fiance fiancee teammate teammates
player players runner runners rider riders driver drivers passenger passengers member members
people person folk folks family relative relatives cat cats dog dogs puppy pup horse horses pony
rabbit hamster bird parrot guinea pig medic medics paramedic paramedics physio physios
hubby wifey missus bestie bff bro sis
"""
PEOPLE = _set(_PEOPLE_WORDS)

# What one stands, sits, lies or rides on, or walks across: a fall, a collapse or a crash of
# these is the writer's fall or accident until told otherwise.
_CARRIES_WORDS = """
ladder ladders stepladder chair chairs stool stools step steps stairs staircase stair floor
ground ice pavement path road kerb curb rug mat carpet scaffold scaffolding roof plank board
branch rope harness handrail rail railing balcony deck decking trampoline swing bench seat bed
bunk hammock platform stage trolley wheelchair crutch crutches walker frame stick cane
car cars van vans bike bikes bicycle motorbike motorcycle scooter moped lorry truck bus coach
train tram taxi cab plane quad tractor forklift jeep vehicle boat skateboard ski skis
snowboard sledge sled lift elevator escalator stairlift ride rollercoaster
"""
CARRIES = _set(_CARRIES_WORDS)
# What the foot wears: a shoe that catches or drags on the ground is the foot's own catch (a
# foot drop told by the shoe), never a thing's (`thing_senses`, the catch-like signs).
_WORN = _set(
    """shoe shoes trainer trainers boot boots slipper slippers sandal sandals flip flop flops
    flipflop flipflops sneaker sneakers heel heels sole soles toe toes sock socks welly wellies
    crocs clog clogs foot feet"""
)

# Words of pain and of where it goes: "sharp" and "shooting" before these are the sign.
_PAIN_WORDS = """
pain pains painful ache aches aching agony twinge twinges sensation sensations feeling feelings
jolt jolts zap zaps zing zings bolt bolts spasm spasms shock shocks electric electrical
electricity burn burning burns stab stabs stabbing tingle tingles tingling tingly pins needles
numb numbness nerve nerves nervy discomfort pang pangs stitch cramp cramps throb throbbing sting
stinging buzz buzzing catch catches catching jab jabs pull pulling pulls tug pinch pinches prick
pricks spike spikes one ones thing things bit kind sort type hurt hurts hurting lightning fire
hot cold pressure tight tightness twinging searing shooting sharp stabby knife knives dagger
daggers blade needle pin down up through into across along around round from out in at to
towards right straight all like and or but then when as if on off back
"""
PAIN = _set(_PAIN_WORDS)
# Round 54: the nouns among them, never a thing ("the pain", "the twinge", "the zing").
_PAIN_NOUNS = _set(
    """pain pains ache aches agony twinge twinges sensation sensations feeling feelings jolt jolts
    zap zaps zing zings bolt bolts spasm spasms shock shocks burn burns stab stabs tingle tingles
    numbness discomfort pang pangs stitch cramp cramps throb sting catch catches jab jabs pull
    pulls tug pinch pinches prick pricks spike spikes hurt tightness pressure problem problems
    issue issues injury injuries trouble condition symptom symptoms niggle niggles"""
)

# Words that only look like a determiner's noun: adverbs and small words between.
# twenty-fifth session, rt74: a pronoun's contraction typed without its apostrophe ("the
# outside and theyre weak") is no thing's noun: the sign said after it stays the writer's
_NOT_NOUN = _set(
    """a an the my our your his her their this that these those some any no its it is was are
    were be been being so very really just still all bit little lot quite too more most much
    own left right other same new old big small whole theyre youre hes shes thats theres whats
    whos im ive"""
)
# twenty-third session, rt62: a word of a visit's subject after a place or clinician of care ("the
# gp about losing weight", "the clinic regarding ..."): the writer's own sign seen to, never a
# thing's (a form or a leaflet "about" a sign stays a thing's subject)
_ABOUT = _set("about regarding concerning re over for")
_CARE = _set("gp gps surgery clinic hospital practice nurse doctor doctors physio consultant a&e")

# Endings of adjectives and of verbs' forms: "a horrible leak", "a sudden drop", "the
# embarrassing leak", "an accidental leak". Such a word is no noun here: the sign stays.
_ADJECTIVE_END = lazy(r"(?:able|ible|ful|ous|ive|al|ic|ish|less|ing|ed|ly|y)$")
_SMALL_WORDS = _set(
    """small slight tiny little wee big huge massive bad worse terrible sudden new occasional
    constant few odd usual same first second last proper real right left similar major minor
    serious slow fast light heavy full wet damp warm weird strange random regular total
    complete mild severe sore another third other such genuine actual nasty horrid gross short
    long quick brief recent latest previous proper extra fresh hard soft good great huge
    mega right proper bloody damn frequent urgent recent different excellent silent violent
    constant pleasant unpleasant significant persistent consistent intermittent permanent
    apparent important brilliant current decent"""
)
# Sign words that are also nouns ("a similar crash", "a nasty fall"): read as said of a thing
# only with a verb's word between ("the market has crashed", "the roof is leaking").
_NOUN_FORMS = _set("crash crashes fall falls leak leaks collapse collapses")

_DET = r"(?:the|my|our|your|his|her|their|this|that|these|those|a|an|some|next door'?s)"
_DET_STAB = r"(?:the|our|their|this|that|these|those|a|an|his|her|your)"
_AUX = (
    r"(?:is|was|are|were|has|had|have|been|being|keeps|kept|keep|got|gets|getting|went|goes|go"
    r"|going|just|so|really|very|completely|totally|always|still|again|a bit|bit|pretty|too|s"
    r"|all|suddenly|literally|basically|then|finally|now|also|even|kinda|kind of|sort of|quite"
    r"|rather|super|fairly|a little|started|starts|starting|began|begun|seems|seemed|to|be"
    r"|nearly|almost|practically|properly|well|ever|never|actually|officially|has been"
    r"|sprung|sprang|developed|a|an"
    # round 54: "a wheel that keeps catching"
    r"|that|which"
    r"|have been|had been|must have|must of|might have|just about"
    # round 52: a degree before a comparison ("my rotation is much weaker to the left")
    r"|much|far|way|a lot|loads|slightly|noticeably)"
)
# The sign words a thing is said to do or be, with the word to blank in the group "sign".
_SUBJECT_SIGN = (
    r"(?P<sign>weak(?:ened|er)?|collaps(?:ed|es|ing|e)|crash(?:ed|es|ing)?|fell|falls|falling"
    r"|fallen|leak(?:s|ing|ed)?|leaky|dripp?(?:ing|ed|s)|(?:shot|shoots|shooting) up"
    r"|gave way|gives way|giving way|give way|buckled|buckling|popped|slipped|slips|slid"
    # round 34: a thing that loses weight or cracks ("my bank account is losing weight without
    # trying", "the phone screen is cracked")
    r"|(?:los(?:ing|t|es|e)|dropp(?:ing|ed)|shedd?(?:ing)?)\s+(?:\w+\s+){0,3}?weight"
    r"(?:\s+(?:\w+\s+){0,2}?without\s+(?:even\s+)?(?:trying|dieting))?"
    r"|crack(?:ed|s|ing)?|cracked up"
    # round 54: a thing that catches, drops, shoots off or takes a fall ("the trolley's front
    # wheel catches on every tile", "the drawer keeps catching", "the lid dropped", "the bolt
    # shot out", "egg prices at the farm shop took a big fall"); "drop" is the rules' foot drop only
    # of a foot, which is the body's
    r"|catch(?:es|ing)?|caught|dropp(?:ed|ing)|drops"
    r"|(?:shot|shoots|shooting|shoot)\s+(?:out|off|forward|forwards|backwards|open|shut|past"
    r"|away|loose)"
    r"|(?:took|takes|taking|take|taken)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:fall|tumble|nosedive"
    r"|dive|plunge|drop|knock|hit)"
    r"|(?:had|has|having|have|gave(?: me| us| him| her)?|given(?: me| us)?)\s+(?:an?\s+)?"
    r"(?:\w+\s+)?(?:heart attack|stroke|seizure|coronary))"
)
# twenty-first session, the lead's: a word joining two of the writer's doings is no thing's name
# ("dropped my phone and then fell down the stairs": the fall is the writer's, not the phone's)
_NOT_A_NAME = r"(?!(?:and|then|but|or|so|also|after|before)\b)"
_SUBJECT_FRAME = lazy(
    r"\b"
    + _DET
    + r"\s+(?P<mods>(?:(?!then\b)[\w'’-]+\s+){0,2}?)"
    + _NOT_A_NAME
    + r"(?P<noun>[\w-]+)(?:['’]s)?\s+"
    r"(?:" + _AUX + r"\s+){0,4}"
    # round 54: a verb and "and" between carry the thing on ("the wheel sticks and catches"),
    # never a verb of reaching someone
    r"(?:(?!(?:hit|hits|knock\w*|land\w*|struck|trapp\w*|pinn\w*|crush\w*|hurt\w*|injur\w*)\b)"
    r"[a-z]+(?:s|ed|ing)\s+and\s+(?:" + _AUX + r"\s+){0,2})?" + _SUBJECT_SIGN + r"\b",
    re.IGNORECASE,
)
# Round 54: the signs a thing "catches", "drops" or "shoots off" with: never said of a movement,
# a region of the body named vaguely ("the top catches when I twist"), nor with the writer or
# their body as what it caught ("the door caught my finger", "caught me on the hip").
_CATCH_LIKE = lazy(r"^(?:catch|caught|dropp|drops|shot|shoot|took|take)", re.IGNORECASE)
_MOVES_AND_REGIONS = _set(
    """twist twists twisting stretch stretches rotation rotations turn turns turning move moves
    movement movements motion motions range bend bends reach step steps stride gait walk pose
    position rep reps squat squats lunge lunges lift lifts sweep sweeps swing swings breath
    top middle base part bit spot place point area region section piece end edge inside
    outside lower upper front sciatic knot knots tendon tendons ligament ligaments tissue fascia
    cartilage bone bones socket sockets band bands trigger"""
)
_WEIGHTISH = lazy(
    r"\b(?:weight|weigh\w*|(?<!like )(?:\d+|half|a|one|two|three|another|half a) (?:\w+ )?"
    r"(?:stones?|st)"
    r"|kgs?|kilos?|pounds|lbs?|notch\w*|holes?|sizes?|inch\w*"
    r"|scales?|waist\w*|dress|jeans|trousers|clothes|diet\w*|trying|eating|appetite|bmi)\b",
    re.IGNORECASE,
)
_CAUGHT_SOMEONE = lazy(
    r"^\s*(?:(?:\w+\s+){0,2}?)(?:me|us|him|her|them|myself|my|his|your|their|our|someone"
    r"|somebody)\b",
    re.IGNORECASE,
)
# A thing that lands on, takes or carries someone, or a person's own part, right after the sign.
_ONTO_SOMEONE = lazy(
    r"^\s*(?:(?:down|over|off|in|out|through|back|away|right|straight|apart|up)\s+){0,2}"
    r"(?:on|onto|on top of|over|into|under|underneath|beneath|from under|out from under|with"
    r"|at|against|across|and (?:hit|knocked|trapped|pinned|crushed|took|threw|landed))\s+"
    r"(?:(?:\w+\s+){0,2}?)(?:me|us|him|her|them|my|myself|our|his|someone|somebody|the kids"
    r"|the children|the baby|the dog)\b"
    r"|^\s*(?:\w+\s+){0,3}?(?:with me|with us|me in it|us in it|and me|and us|me and)\b",
    re.IGNORECASE,
)
# Later in the sentence: the thing reached someone ("the tree fell down in the storm and hit
# me on the head") or the word is carried over to the body ("my motivation is weak and so is
# my left leg").
_REACHES_SOMEONE = lazy(
    r"\b(?:hit|hits|knock\w*|land\w*|trapp\w*|pinn\w*|crush\w*|struck|strike\w*|caught"
    r"|clipp\w*|smash\w*|bang\w*|threw|throw\w*|took|injur\w*|hurt\w*|squash\w*|fell|fall\w*"
    r"|came down|coming down)\s+(?:\w+\s+){0,2}?(?:me|my|us|him|her|them|myself|our)\b"
    r"|\b(?:so|as|and|same|too)\s+(?:is|are|was|were|did|does|do|has|have|with)\s+(?:my|both|me"
    r"|mine|the)\b|\b(?:and|but|plus) (?:also )?(?:my|both) (?:\w+ )?(?:legs?|foot|feet|arms?"
    r"|hands?|side|knees?|hips?|back|bladder|bowels?|chest)\b",
    re.IGNORECASE,
)


_WAY = lazy(
    r"(?:\s+(?:down|over|off|in|out|through|apart|up|away|back))?"
    r"(?:\s+(?:sharply|steeply|badly|hard|fast|again|suddenly|heavily|overnight|today))?"
    r"(?:(?:\s+(?:off|from|out of|down|onto|into|in|on|over|through))?\s+"
    + _DET
    + r"(?:\s+[\w'’-]+){1,2}?"
    r"(?=[\s.,;:!?]|$))?",
    re.IGNORECASE,
)


def _sentence_after(text: str, at: int) -> str:
    return re.split(r"[.!?;\n]", text[at : at + 160], maxsplit=1)[0]


_LEAK_BODY = lazy(
    r"\b(?:toilet|loo|wc|pee|peed|wee|weed|urine|bladder|bowel|poo|pooed|pants|knickers"
    r"|underwear|undies|pads?|nappy|incontinen\w*|cough\w*|sneez\w*|laugh\w*|jump\w*|myself"
    r"|wet (?:myself|the bed)|accident|dribbl\w*|trousers|jeans|bed|sheets|mattress)\b",
    re.IGNORECASE,
)
_LEAK_PLACE = lazy(
    r"\b(?P<sign>leak(?:s|ing|ed)?|leaky|drip(?:s|ping|ped)?)\s+(?:(?:\w+\s+){0,2}?)"
    r"(?:in|from|under|through|of|on|at|round|around|out of|into|onto|down|behind)\s+"
    + _DET
    + r"\s+(?P<phrase>[\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)
# rt10: the writer as the one who leaked, right before the word ("I leaked on the bus", "I've
# just leaked a bit in the queue")
_I_LEAKED = lazy(
    r"\b(?:i|i've|i’ve|i have|i had|i'd)\s+(?:(?:just|also|kind of|sort of|even|then|actually"
    r"|literally|totally|completely|properly|nearly|almost)\s+){0,2}$",
    re.IGNORECASE,
)
_NOUN_LEAK = lazy(
    r"\b" + _DET + r"\s+(?P<mods>(?:[\w'’-]+\s+){0,1}?)(?P<noun>[\w-]+)\s+(?P<sign>leak|leaks)\b",
    re.IGNORECASE,
)
# "shooting a video", "shooting some hoops", "shooting the breeze": the verb, with its object.
_SHOOTING_OBJECT = lazy(
    r"\b(?P<sign>shoot(?:ing|s)?|shot)\s+(?:"
    + _DET
    + r"\s+)(?P<phrase>[\w'’-]+(?:\s+[\w'’-]+){0,2})"
    r"|\b(?P<sign2>shoot(?:ing|s)?)\s+(?P<noun2>hoops|baskets|pool|clays|clay pigeons|targets"
    r"|arrows|goals|videos?|films?|photos?|pictures|footage|content|reels|selfies|stars|guns"
    r"|nerf|paintball|rifles?|pistols?|water pistols|the breeze|scenes?|episodes?|ads?"
    r"|adverts?|weddings?|portraits?|skeet|practice|range|holes|birdies|pars|rapids)\b",
    re.IGNORECASE,
)
# Round 35: "shooting" with a bare noun after it ("the lads are off shooting pheasants", "he
# shoots rabbits"); animals count here (a quarry), words of a sensation never do ("shooting
# zingers"), nor a word of pain or a place of the body later in the sentence.
_SHOOTING_BARE = lazy(
    r"\b(?P<sign>shoot(?:ing|s)?|shot)\s+(?P<noun>[A-Za-z]+)\b(?!\s+of\b)", re.IGNORECASE
)
_QUARRY = _set(
    """rabbit rabbits bird birds pigeon pigeons duck ducks geese goose deer grouse pheasant
    pheasants partridge partridges woodcock snipe crows crow rats rat squirrels squirrel foxes
    fox boar vermin game clays clay targets target tins cans bottles"""
)
_SENSATION_NOUNS = _set(
    """zinger zingers spark sparks wave waves shiver shivers current currents flash flashes
    streak streaks surge surges rush rushes dart darts bolt bolts arrow arrows fire lightning
    electricity heat cold ice pins needles up down out through across along right straight"""
)
# Eighteenth session (a helper's probe, missed by the rules alone): a thing named only to liken a
# pain to it ("sharp knife like pain", "a sharp needle-type feeling", "sharp glass kind of ache")
_LIKENESS_AFTER_S18 = lazy(
    r"[\s-]*(?:like|type|kind\s+of|sort\s+of|ish)\b(?:\s+(?:a\s+)?(?:\w+\s+){0,2}?"
    r"(?:pain\w*|ache\w*|aching|twinge\w*|feeling|sensation|stab\w*|jab\w*|hurt\w*))?"
    r"|\w+[-\s]like\b",
    re.IGNORECASE,
)
_PAIN_AFTER = lazy(
    r"\b(?:pain\w*|ache\w*|aching|agony|twinge\w*|hurt\w*|numb\w*|tingl\w*|burn\w*|zing\w*"
    r"|jolt\w*|zap\w*|electric\w*|sensation\w*|feeling\w*|sciatic\w*|nerve\w*)\b",
    re.IGNORECASE,
)
# Round 35: a blackout of a place, the power's ("Blackout on our street last night", "a blackout
# across the whole village", "our estate had a blackout"); never a room, a house or a vehicle.
_PLACE = (
    r"(?:street|streets|road|roads|lane|avenue|close|crescent|estate|village|town|city|area"
    r"|neighbourhood|neighborhood|block|flats|building|county|region|island|country|grid|side of"
    r" town|end of (?:the )?(?:street|road|village|town)|part of (?:the )?(?:town|city|village)"
    r"|high street|parish|postcode|district|suburb|terrace|row|cul de sac|cul-de-sac"
    # round 52: a show's place, read only beside the power or the lights (`_SHOW_POWER`)
    r"|stage|venue|theatre|theater|gig|arena|festival)"
)
_SHOW_PLACE = lazy(r"\b(?:stage|venue|theatre|theater|gig|arena|festival)\b", re.IGNORECASE)
# Round 52: "total blackout on stage mid show, desk died": the lights' blackout, told by the power,
# the lights or the desk in the same sentence; without one, a performer's faint stays.
_SHOW_POWER = lazy(
    r"\b(?:power|lights?|lighting|desk|rig|fuses?|generator|electrics|dimmers?|console)"
    r" (?:\w+ ){0,2}?(?:died|dead|failed|went out|went off|gone|cut out|cut|tripped|blew|crashed"
    r"|packed up|packed in|gave up|off)\b|\b(?:power cut|power failure|power outage|fuse blew"
    r"|tripped the|could ?n[o']?t see a thing|could not see a thing|pitch black|pitch dark)\b",
    re.IGNORECASE,
)
# ...and no one going down after it ("the lights were fine, I just went down")
_SHOW_DOWN = lazy(
    r"\b(?:i|me|myself|he|she|they|someone|somebody)\b (?:\w+ ){0,2}?(?:went|was out|were out"
    r"|fell|dropped|passed|came (?:to|round)|woke|collapsed|keeled|crumpled|lost|blacked|hit)",
    re.IGNORECASE,
)
_BLACKOUT_PLACE = lazy(
    r"\b(?P<sign>blackouts?)\s+(?:(?:last night|yesterday|today|this morning|again|earlier)\s+)?"
    r"(?:on|in|across|over|throughout|round|around|along|all over|hit|hitting|affecting|took out"
    r"|down)\s+(?:(?:our|the|my|their|his|her|this|that|a|half the|half of the|most of the)\s+)?"
    r"(?:(?:whole|entire|local|wee|little|bit of)\s+)?" + _PLACE + r"\b"
    r"|\b(?:our|the|my|their|this|whole|entire)\s+(?:(?:whole|entire|local)\s+)?"
    + _PLACE
    + r"\s+(?:(?:\w+\s+){0,2}?)(?:had|has|having|got|was in|is in|went into|suffered|in)\s+"
    r"(?:a|an|another|the|its|yet another)?\s*(?:(?:\w+\s+)?)(?P<sign2>blackouts?)\b",
    re.IGNORECASE,
)
# Someone before the blackout who could have had it (not "we" of a household), or a body's
# event after it: the faint's reading stays.
_BLACKOUT_OWNER = lazy(
    r"\b(?:i|i'?ve|ive|i'?d|i'?m|im|he|she|you|u|him|me|mum|mom|dad|husband|wife|partner|son"
    r"|daughter|friend|neighbour|neighbor|nan|gran|grandad|brother|sister|they|them"
    r"|suffer\w*|experienc\w*|another|felt|feel|feeling)\b",
    re.IGNORECASE,
)
# ...a verb of having one, unless the household had it ("we had a blackout on our street")
_BLACKOUT_HAD = lazy(r"\b(?:had|have|has|having|got|get|gets|getting)\b", re.IGNORECASE)
_BLACKOUT_BODY = lazy(
    r"\b(?:hit|bang\w*|woke|came to|came round|come round|fell|fall\w*|collaps\w*|passed out"
    r"|faint\w*|injur\w*|hurt\w*|ambulance|head|floor|ground|dizz\w*|woozy|again)\b",
    re.IGNORECASE,
)
# "a sharp price rise", "a sharp comment", "sharp as a tack", "at 7 sharp".
_SHARP_OBJECT = lazy(
    r"\b(?P<sign>sharp(?:er|est)?)\s+(?P<phrase>[\w'’-]+(?:\s+[\w'’-]+){0,1})",
    re.IGNORECASE,
)
# Round 52: "a stab in the back" said of words or a deed ("his comments were a proper stab in
# the back"): betrayal, not a pain; never with "my" or a body word before "back".
_STAB_IDIOM = lazy(
    r"\b(?:comments?|words?|remarks?|feedback|email|message|review|decision|move|verdict"
    r"|betrayal|promotion|vote)\s+(?:\w+\s+){0,3}?(?:was|were|is|are|felt like|feels"
    r"|like)\s+(?:such\s+)?(?:a|an)\s+(?:(?:proper|real|right|total|absolute|complete|massive"
    r"|bit of a)\s+)?(?P<sign>stab)\s+in\s+the\s+back\b",
    re.IGNORECASE,
)
# Round 54: the same idiom said of any thing ("that new rota of ours is a real stab in the
# back", "that pay offer felt like a stab in the back"): the subject, a noun after a
# determiner, is a thing (`_is_thing`), and no "my" or body word comes before "back".
_STAB_THING = lazy(
    r"\b" + _DET_STAB + r"\s+(?P<mods>(?:[\w'’-]+\s+){0,2}?)(?P<noun>[\w-]+)\s+"
    r"(?:(?:is|was|were|are|has been|felt|feels|seems|seemed|looks|looked)\s+)?(?:like\s+)?"
    r"(?:such\s+)?(?:a|an)\s+(?:(?:proper|real|right|total|absolute|complete|massive|bit of a"
    r"|bit of|little|big|nasty|cruel)\s+)?(?P<sign>stab)\s+in\s+the\s+back\b",
    re.IGNORECASE,
)
_SHARP_IDIOM = lazy(
    r"\b(?:sharp as (?:a |an )?(?:tacks?|buttons?|whips?|mustard|nails)|look sharp"
    r"|(?:\d+|o ?clock|noon|midnight|am|pm)\s+sharp"
    r"|sharp[- ](?:eyed|witted|tongued|dressed|suited))\b",
    re.IGNORECASE,
)
# After "sharp" or "shooting" and its object: a place of the body in the same clause keeps
# the sign ("shooting a bolt of it down my leg", "a sharp zinger in my lower back").
_BODY_PLACE = lazy(
    r"\b(?:in|down|into|through|across|up|along|round|around|under|behind|on|at|from|between)"
    r"\s+(?:my|the|his|her|your|one|both)\s+(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)


# Round 51: apps and programs named bare, with no determiner ("telegram keeps crashing", "Zoom
# crashed twice"): a closed list, since a bare noun may be a name or a person.
_APP_CRASH = lazy(
    r"\b(?:telegram|whatsapp|zoom|skype|instagram|insta|tiktok|facebook|snapchat|youtube|netflix"
    r"|spotify|chrome|safari|firefox|excel|outlook|gmail|signal app|the app|this app)"
    r"(?:\s+(?:keeps|kept|keep|has|had|have|just|always|is|was|been|also|then|now|still))*"
    r"\s+(?P<sign>crash(?:ed|es|ing)?)\b",
    re.IGNORECASE,
)


def _is_thing(noun: str, mods: str = "", carriers: frozenset[str] = CARRIES) -> bool:
    """A noun outside the body, people and what carries them, with no such word before it."""
    if not noun or noun[0].isupper():  # a name: someone, or something we cannot tell
        return False
    low = noun.lower().strip("'’-")
    if not low.isalpha() or low in _NOT_NOUN or low in _SMALL_WORDS:
        return False
    if low in _ABOUT and any(word.strip("'’-") in _CARE for word in mods.lower().split()):
        return False  # twenty-third session, rt62: see `_CARE`
    if low in BODY or low in PEOPLE or low in carriers:
        return False
    if low in _PAIN_NOUNS:
        return False  # round 54: "the pain shot off", "the twinge catches": the sign's own word
    if low.endswith("s") and (low[:-1] in BODY or low[:-1] in PEOPLE or low[:-1] in carriers):
        return False
    if _PERSON_END.search(low) and low not in _THINGS_LIKE_PEOPLE:
        return False  # a workmate, a builder, a physio, a paramedic: someone
    if _ADJECTIVE_END.search(low) and low not in _NOUN_ENDINGS_OK and not low.endswith("ment"):
        return False
    for word in mods.lower().replace("’", "'").split():
        word = word.strip("'-")
        if word.endswith("'s"):
            word = word[:-2]
        if word in BODY or word in PEOPLE or word in carriers:
            return False
    return True


# Endings of words for people: "workmate", "builder", "physiotherapist", "paramedic",
# "postman", "electrician". Such a word is someone, whose signs the rules of others weigh.
_PERSON_END = lazy(r"(?:mate|mates|man|men|woman|women|wife|ist|ists|ian|ians|er|ers|or|ors)$")
_THINGS_LIKE_PEOPLE = _set(
    """computer computers printer printers boiler boilers heater heaters container containers
    charger chargers controller controllers router routers server servers cooler freezer
    freezers dryer dryers washer washers speaker speakers tower towers shower showers water
    paper timer cover covers poster posters folder folders blender mixer kettle toaster cooker
    oven fridge radiator radiators gutter gutters ceiling shutter shutters trailer heater
    scooter tractor monitor monitors motor motors sensor sensors generator elevator escalator
    calculator radio radios video videos photo photos studio piano stereo patio economy
    market reminder reminders letter letters answer answers number numbers corner border matter
    weather winter summer dinner supper paper order remark reply power
    door doors drawer drawers mirror mirrors lever levers hammer hammers anchor anchors roller
    rollers filter filters meter meters counter counters cursor zipper zippers slider sliders
    tracker trackers buzzer locker lockers hanger hangers spinner reel sprocket cylinder
    trigger triggers shutter tumbler collar collars offer offers"""
)


# Nouns whose ending looks like an adjective's: things all the same.
_NOUN_ENDINGS_OK = (
    _set(
        """signal battery economy party family company currency money pantry ceiling building
    roofing tubing piping plumbing wiring railing ceiling gutter pottery laundry factory
    journey memory policy army navy city county country industry library gallery coolant
    sealant lubricant solvent detergent current agent element event restaurant plant plants
    giant elephant tv telly story hobby sky whisky gravy jelly lolly"""
    )
    - BODY
    - PEOPLE
    - CARRIES
)


def _blank_span(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


# Round 52: a sport's swing ("golf pro says... my swing collapses") is a movement, not a swing one
# sits on.
_SPORT = lazy(
    r"\b(?:golf\w*|tennis|cricket|baseball|softball|badminton|squash|padel|driver|putter|irons?"
    r"|rackets?|racquets?|bat|batting|tee|tee shot|handicap|fairway|driving range|backswing"
    r"|downswing)\b",
    re.IGNORECASE,
)


# Round 56: a thing named bare at a clause's start, for a thing that shoots up, collapses or
# catches ("the surf was shooting up past the pier", "clutch kept catching on the hill"): no
# determiner, so never "something", "everything" or a word of the body or of pain (`_is_thing`),
# and the way it went is weighed as in `_SUBJECT_FRAME` ("... up my spine" keeps the sign).
_BARE_SUBJECT_FRAME = lazy(
    r"(?:^|(?<=[.!?;,:\n])\s*|\b(?:and|but|so|then|when|while|as)\s+)"
    r"(?P<mods>)(?P<noun>[a-z][\w-]*)(?:['’]s)?\s+(?:" + _AUX + r"\s+){0,3}"
    r"(?P<sign>(?:shot|shoots|shooting) up|collaps(?:ed|es|ing)|catch(?:es|ing)?|caught)\b",
    re.IGNORECASE,
)
_BARE_NOT_THING = _set(
    """something anything everything nothing someone somebody it this that what which who one
    mine yours hers his theirs ours all both each either everyone everybody anyone anybody
    nobody there here then now suddenly"""
)
# Round 56: a sign word's noun form with a thing after "of" ("total collapse of the colony",
# "the crash of the stock market"): the thing's, never the body's nor a person's.
_NOUN_OF_THING = lazy(
    r"\b(?P<sign>collapse|collapses|crash|crashes)\s+of\s+" + _DET + r"\s+"
    r"(?P<mods>(?:[\w'’-]+\s+){0,2})(?P<noun>[\w-]+)\b(?!['’]s\b)"
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:of|in|on|at|to|for|from|with|by|about|into|onto|over|under"
    r"|through|and|or|but|so|then|when|while|if|as|this|that|today|tonight|yesterday|now|again"
    r"|was|is|were|are|has|had|have|made|meant|means|left|got|went|i|we|you|he|she|they|it)\b)",
    re.IGNORECASE,
)
# Round 56: the writer hurt, fallen or landed in the same sentence ("total collapse of the shed
# and I fell through it onto my back"): a bare thing's or a noun form's sign stays.
_WRITER_HURT = lazy(
    r"\b(?:i|me|my|myself|we|us)\b[^.!?;\n]{0,50}?\b(?:fell|fall\w*|land\w*|collaps\w*|hit|hurt\w*"
    r"|trapp\w*|injur\w*|crush\w*|thrown|threw|knock\w*|came off|went down|flat on|passed out"
    r"|faint\w*|blacked out)\b|\b(?:fell|fall\w*|land\w*|collaps\w*|hit|hurt\w*|trapp\w*|injur\w*"
    r"|crush\w*|thrown|knock\w*)\b[^.!?;\n]{0,50}?\b(?:me|my|myself|us)\b",
    re.IGNORECASE,
)
# Round 56: "weak" before a thing, as an adjective ("weak flour", "a weak signal", "weak tea"),
# as "sharp" before one (`_SHARP_OBJECT`): never after a verb of being or feeling or a degree
# ("feeling weak today", "so weak") and never before a word of time, a link word or a spell of
# it ("weak spells", "weak since Monday"), which leaves the sign.
_WEAK_OBJECT = lazy(
    r"(?<![\w'’-])(?P<sign>weak(?:er|est)?)\s+(?P<noun>[a-z][\w-]*)\b", re.IGNORECASE
)
_WEAK_BEFORE = lazy(
    r"\b(?:is|am|are|was|were|be|been|being|im|i['’]m|feel|feels|felt|feeling|go|goes|went|gone"
    r"|going|get|gets|got|getting|so|too|very|really|bit|little|quite|pretty|super|slightly"
    r"|more|less|real|properly|proper|s|['’]s|['’]re|seem|seems|seemed|look|looks|looked"
    r"|become|became|turn|turns|turned|grow|grows|grew|stay|stays|stayed|remain|remains|left"
    r"|made|makes|leaves|left me|kinda|kind of|sort of|and|or|but|plus|with|as|feeling|much|far"
    r"|way|lot|even|no|any|gotten|stays|still|always|often|sometimes|suddenly|now|abit|v|rly)\s*$",
    re.IGNORECASE,
)
_WEAK_NOT_THING = _set(
    """spell spells episode episodes moment moments turn turns bout bouts patch patches attack
    attacks day days night nights week weeks morning mornings since after before until till when
    whenever while because cos coz every each most half both either then there here now today
    tonight yesterday again still lately recently overall afterwards otherwise anymore enough
    like as to from around about for from in on at of with by through down up all over and or
    but so ish feeling feelings sensation spot spots point points side sides area areas part
    parts than compared versus vs against"""
)
_SHARP_KINDS = _set(
    """shooting stabbing burning electric electrical knife knives needle needles pin pins like
    searing hot cold zing zap jolt nerve nervy twinge lightning"""
)
# Round 56: a sharp turn of a road or a course ("a sharp left straight into the climb", "a
# sharp right-hander"): "left" and "right" are no nouns for `_SHARP_OBJECT`; never with a side
# of the body, a word of pain or a body place after it ("a sharp left-sided pain", "sharp on
# the left of my back").
_SHARP_TURN = lazy(
    r"\b(?:a|the|another|one|two|three|then|and|take|took|taking|do|does)\s+(?P<sign>sharp)\s+"
    r"(?:left|right)(?:[- ]?hand(?:er|ers)?|[- ]turn|[- ]bend)?\b"
    r"(?!\s*[- ]?(?:sid\w*|side|half|leg|arm|foot|hip|flank|buttock|cheek|shoulder))",
    re.IGNORECASE,
)


def thing_senses(text: str) -> list[tuple[int, int]]:
    """The spans of sign words said of a thing in ``text`` (raw text, any case)."""
    spans: list[tuple[int, int]] = []
    bare = [
        m
        for m in _BARE_SUBJECT_FRAME.finditer(text)
        if m.group("noun").lower() not in _BARE_NOT_THING
    ]
    found = [
        *((_SUBJECT_FRAME, m) for m in _SUBJECT_FRAME.finditer(text)),
        *((_BARE_SUBJECT_FRAME, m) for m in bare),
        *((_NOUN_OF_THING, m) for m in _NOUN_OF_THING.finditer(text)),
    ]
    for frame, match in found:
        sign = match.group("sign").lower()
        noun = match.group("noun")
        # round 52: a golf or tennis swing is a movement, read as a thing ("swing" itself ends
        # like an adjective and is something one sits on), the words before it still weighed
        sport_swing = noun.lower() in ("swing", "swings", "backswing", "downswing") and bool(
            _SPORT.search(text)
        )
        catch_like = bool(_CATCH_LIKE.match(sign)) and not sign.lower().startswith(
            ("took", "take", "dropp", "drops")
        )
        mods = match.group("mods")
        if catch_like:
            # round 54: a thing's catch or a bolt shooting out carries no one, so a trolley's
            # wheel is a thing, and "the back door" or "the front wheel" names no body
            mods = re.sub(r"\b(?:back|front|side)\b", " ", mods, flags=re.IGNORECASE)
        if (
            not (sport_swing and _is_thing("movement", mods))
            and not _is_thing(noun, mods, _WORN if catch_like else CARRIES)
            and not (frame is _NOUN_OF_THING and _phrase_head_thing(text, match))
        ):
            continue
        if _CATCH_LIKE.match(sign) and (
            noun.lower() in _MOVES_AND_REGIONS
            or noun.lower() in PAIN
            or (
                sign.lower().startswith(("catch", "caught"))
                and _CAUGHT_SOMEONE.match(text[match.end() :])
                and not _on_own_thing(text[match.end() :])
            )
        ):
            continue  # round 54: a movement's or a region's catch, or the writer caught
        if sign.lower() in ("dropped", "dropping", "drops") and (
            _WEIGHTISH.search(_clause_of(text, match)) or noun.lower() in ("foot", "feet")
        ):
            continue  # round 54: "the scales dropped half a stone": the weight's, never a thing's
        if (
            sign in _NOUN_FORMS
            and frame is not _NOUN_OF_THING
            and match.start("sign") == match.end("noun") + 1
            and not (sport_swing and sign.startswith("collaps"))
        ):
            continue
        if (
            _ONTO_SOMEONE.match(text[match.end() :])
            and not (catch_like and _on_own_thing(text[match.end() :]))
        ) or _REACHES_SOMEONE.search(_sentence_after(text, match.end())):
            continue
        if frame is not _SUBJECT_FRAME and _WRITER_HURT.search(_sentence_after(text, match.end())):
            continue  # round 56: a bare thing's or a noun form's sign beside the writer hurt
        if sign.startswith(("leak", "drip")) and _LEAK_BODY.search(_clause_of(text, match)):
            continue
        # with the way it went ("fell off the wall"): the rest alone reads as a fall
        way = _WAY.match(text, match.end())
        if way and any(w in BODY for w in re.findall(r"[\w]+", way.group(0).lower())):
            continue  # "... heard a crack in my back": the body's, whatever came before
        spans.append((match.start("sign"), way.end() if way else match.end("sign")))
    for match in _APP_CRASH.finditer(text):
        # round 51: an app named bare ("telegram keeps crashing"), never landing on someone
        if not _ONTO_SOMEONE.match(text[match.end() :]) and not _REACHES_SOMEONE.search(
            _sentence_after(text, match.end())
        ):
            spans.append(match.span("sign"))
    for match in _LEAK_PLACE.finditer(text):
        if _I_LEAKED.search(text, 0, match.start()):
            continue  # rt10: "I leaked on the commute": the writer's own, wherever it happened
        if _thing_phrase(match.group("phrase"), carriers=frozenset()) and not _LEAK_BODY.search(
            _clause_of(text, match)
        ):
            spans.append(match.span("sign"))
    for match in _NOUN_LEAK.finditer(text):
        if _is_thing(
            match.group("noun"), match.group("mods"), frozenset()
        ) and not _LEAK_BODY.search(_clause_of(text, match)):
            spans.append(match.span("sign"))
    for match in _SHOOTING_OBJECT.finditer(text):
        if match.group("sign2"):
            if not _body_place_after(text, match.end()):
                spans.append(match.span("sign2"))
            continue
        if _thing_phrase(match.group("phrase")) and not _body_place_after(text, match.end("sign")):
            spans.append(match.span("sign"))
    for match in _SHOOTING_BARE.finditer(text):
        # round 35: "off shooting pheasants", "shot rabbits all morning": the sport's quarry or
        # target, a bare noun right after the verb
        noun = match.group("noun")
        if (
            (noun.lower() in _QUARRY or _thing_phrase(noun))
            and noun.lower() not in _SENSATION_NOUNS
            and not _body_place_after(text, match.end("sign"))
            and not _PAIN_AFTER.search(_sentence_after(text, match.end("sign")))
        ):
            spans.append(match.span("sign"))
    for match in _BLACKOUT_PLACE.finditer(text):
        before = re.split(r"[.!?;\n]", text[max(0, match.start() - 120) : match.start()])[-1]
        owner = _BLACKOUT_OWNER.search(before) or (
            _BLACKOUT_HAD.search(before) and not re.search(r"\bwe\b", before, re.IGNORECASE)
        )
        if owner or _BLACKOUT_BODY.search(_sentence_after(text, match.end())):
            continue  # "I had a blackout in town", "...on the high street and hit my head"
        sentence = before + text[match.start() : match.end()] + _sentence_after(text, match.end())
        if _SHOW_PLACE.search(match.group(0)) and (
            not _SHOW_POWER.search(sentence) or _SHOW_DOWN.search(text, match.end())
        ):
            continue  # round 52: "a blackout on stage" with no word of the lights: a faint
        spans.append(match.span("sign") if match.group("sign") else match.span("sign2"))
    for match in _STAB_IDIOM.finditer(text):
        spans.append((match.start("sign"), match.end()))
    for match in _STAB_THING.finditer(text):
        # the subject of "was a stab in the back" is a noun, whatever its ending ("the deal",
        # "the new timetable")
        if _is_thing(match.group("noun"), match.group("mods"), frozenset()) or (
            _ADJECTIVE_END.search(match.group("noun").lower())
            and _is_thing("item", match.group("mods"), frozenset())
            and match.group("noun").lower() not in BODY | PEOPLE
            and not match.group("noun")[0].isupper()
        ):
            spans.append((match.start("sign"), match.end()))
    for match in _SHARP_IDIOM.finditer(text):
        if not _body_place_after(text, match.end()):
            spans.append(match.span())
    for match in _THING_COMPOUND.finditer(text):
        word = match.group("before").lower()
        if (
            word not in _COMPOUND_NOT_THING
            and word not in _PHRASE_END
            and _is_thing(match.group("before"))
        ):
            spans.append(match.span("sign"))
    for match in _COMPOUND_AFTER.finditer(text):
        spans.append(match.span("sign") if match.group("sign") else match.span("sign2"))
    for match in _SHARP_OBJECT.finditer(text):
        if _LIKENESS_AFTER_S18.match(text, match.end("phrase")) or _LIKENESS_AFTER_S18.search(
            match.group("phrase")
        ):
            continue  # eighteenth session: "a sharp knife-like pain" is a pain likened to a knife
        if _thing_phrase(match.group("phrase")) and not _body_place_after(text, match.end("sign")):
            spans.append(match.span("sign"))
        elif _hyphened_thing(match.group("phrase")) and not _body_place_after(
            text, match.end("sign")
        ):
            spans.append(match.span("sign"))  # round 56: "a sharp cut-off", "a sharp drop-off"
    for match in _SHARP_TURN.finditer(text):
        if not _body_place_after(text, match.end()) and not _PAIN_AFTER.search(
            _sentence_after(text, match.end())
        ):
            spans.append(match.span("sign"))
    for match in _WEAK_OBJECT.finditer(text):
        noun = match.group("noun").lower()
        near = text[max(0, match.start() - 40) : match.start()]
        before = re.findall(r"[\w'’]+", near.lower())[-1:]
        if (
            noun in _WEAK_NOT_THING
            or _WEAK_BEFORE.search(near)
            or any(word in BODY or word in PEOPLE or word.rstrip("s") in BODY for word in before)
            or not (_is_thing(match.group("noun")) or _hyphened_thing(match.group("noun")))
            or _body_place_after(text, match.end())
            or _PAIN_AFTER.search(_sentence_after(text, match.end("sign")))
        ):
            continue
        spans.append(match.span("sign"))  # round 56: "weak flour", "a weak signal"
    return spans


_ON_OWN_THING = lazy(
    r"^\s*(?:on|in|at|along|under|inside)\s+(?:my|our|his|her|their|your)\s+(?P<noun>[a-z]+)\b"
    r"(?!['’]s)",
    re.IGNORECASE,
)


def _on_own_thing(after: str) -> bool:
    """Round 56: a thing's catch told on the writer's own vehicle or kit ("the brakes were
    catching on my tram"): no one caught, where the word after "my" is a carrier or a thing,
    never the body."""
    found = _ON_OWN_THING.match(after)
    if not found:
        return False
    noun = found.group("noun").lower()
    if noun in BODY or (noun.endswith("s") and noun[:-1] in BODY):
        return False
    return noun in CARRIES or _is_thing(noun, carriers=frozenset())


def _phrase_head_thing(text: str, match: re.Match[str]) -> bool:
    """Round 56: the last word of a noun phrase after "of the" (a stop or a small word follows
    it, `_NOUN_OF_THING`) is its noun whatever its ending ("the colony", "the funding"), when it
    names no body, person, carrier or pain."""
    noun = match.group("noun")
    low = noun.lower()
    return (
        low.isalpha()
        and not noun[0].isupper()
        and low not in BODY | PEOPLE | CARRIES | _PAIN_NOUNS | _NOT_NOUN | _SMALL_WORDS
        and not (low.endswith("s") and low[:-1] in BODY | PEOPLE | CARRIES)
        and not _PERSON_END.search(low)
        and _is_thing("item", match.group("mods"))
    )


def _hyphened_thing(phrase: str) -> bool:
    """Round 56: a hyphened noun first after "sharp" or "weak" ("cut-off", "drop-off") whose
    parts name no pain, body or person, read as one word."""
    first = phrase.split()[0] if phrase.split() else ""
    if "-" not in first:
        return False
    parts = [part for part in first.lower().split("-") if part]
    if any(
        part in _PAIN_NOUNS or part in _SHARP_KINDS or part in BODY or part in PEOPLE
        for part in parts
    ):
        return False
    return _is_thing("".join(parts))


# Round 34: a sign word as the head of a thing's compound ("champions league fever", "World Cup
# fever", "a power blackout"): the word before it is a thing, not an illness's own name, a
# symptom or a word of degree; never typed with a capital (a name) or after "and" or "with".
_THING_COMPOUND = lazy(
    r"\b(?P<before>[A-Za-z][\w'’-]*)\s+(?P<sign>fever|blackouts?)\b(?!\s+(?:and|with|plus)\b)",
    re.IGNORECASE,
)
_COMPOUND_NOT_THING = _set(
    """glandular scarlet yellow typhoid typhus dengue rheumatic lassa ebola marsh swamp valley rat
    tick relapsing puerperal milk q spotted rabbit hay high low hot raging spiking mild slight
    huge bad sudden little proper real awful horrible massive burning night sweats sweat chills
    shivers shakes flu cold colds cough covid virus infection ache aches pain pains headache
    rigors sweating vomiting sickness diarrhoea temperature fevers blackouts dizziness dizzy
    faint faints fainting spells spell seizure seizures fit fits drunken alcohol drink drinking
    booze memory total complete brief full little"""
)
# "fall" the season before a thing of the calendar ("the fall semester", "fall term", "fall
# colours"); "blackout" before a thing it names ("blackout blinds", "blackout curtains").
_COMPOUND_AFTER = lazy(
    r"\b(?P<sign>fall)\s+(?=(?:semester|semesters|term|terms|quarter|session|season|intake"
    r"|classes|class|courses?|schedule|timetable|break|vacation|holidays?|colou?rs|leaves|foliage"
    r"|fashion|collection|wardrobe|lineup|line-up|league|sports|festival|fair|fixtures|weather"
    r"|equinox|clean-?up|cleanup|menu|release|update|launch|catalogue|catalog|sale|sales"
    r"|enrollment|enrolment|registration)\b)"
    r"|\b(?P<sign2>blackout)\s+(?=(?:blinds?|curtains?|linings?|periods?|dates?|window|poetry"
    r"|drill|tape|fabric|shades?|mask)\b)",
    re.IGNORECASE,
)
# Where an object's noun phrase ends: a small word of place, time or joining.
_PHRASE_END = _set(
    """of in on at to for from with by about into onto over under through and or but so then
    when while if as this that today tonight yesterday tomorrow later now again all"""
)


def _thing_phrase(phrase: str, carriers: frozenset[str] = CARRIES) -> bool:
    """The words after "shooting" or "sharp" (up to a small word of place or joining) name a
    thing: none is a word of pain, the body, a person or a carrier, and one is a noun."""
    head: list[str] = []
    for word in phrase.lower().replace("’", "'").split():
        if word in _PHRASE_END:
            break
        head.append(word.strip("'-"))
    if not head or head[0] in PAIN:
        return False
    for word in head:
        bare = word[:-2] if word.endswith("'s") else word
        if bare in PAIN or bare in BODY or bare in PEOPLE or bare in carriers:
            return False
        if bare.endswith("s") and (bare[:-1] in BODY or bare[:-1] in PEOPLE or bare[:-1] in PAIN):
            return False
    return any(_is_thing(word, carriers=carriers) for word in head)


def _clause_of(text: str, match: re.Match[str]) -> str:
    start = max(text.rfind(stop, 0, match.start()) for stop in ".!?;\n")
    ends = [at for at in (text.find(stop, match.end()) for stop in ".!?;\n") if at != -1]
    return text[start + 1 : min(ends) if ends else len(text)]


def _body_place_after(text: str, at: int) -> bool:
    """A place of the body named in the rest of the clause ("... down my leg")."""
    rest = re.split(r"[.!?;\n]", text[at : at + 80], maxsplit=1)[0]
    for found in _BODY_PLACE.finditer(rest):
        for word in found.group("words").lower().split():
            if word in BODY or (word.endswith("s") and word[:-1] in BODY):
                return True
    return False


def blank_thing_senses(text: str) -> str:
    """``text`` with every sign word said of a thing turned into spaces (see above)."""
    if not _CANDIDATE.search(text):
        return text
    for start, end in thing_senses(text):
        text = _blank_span(text, start, end)
    return text


_CANDIDATE = lazy(
    r"weak|collaps|crash|fell|fall|leak|drip|shot|shoot|catch|caught|drop|took|take|gave way"
    r"|give way|giving way|buckl"
    r"|popped|slip|slid|heart attack|stroke|seizure|coronary|sharp|weight|crack|fever|blackout"
    r"|stab in the back",
    re.IGNORECASE,
)
