"""Issue 13, blind set rt1: the red flags it found missed, fixed by class and written wide.

Each class of sign is probed in wordings of our own (never the set's sentences): the feeling of
the saddle area changed without the word numb, a bladder that will not empty, a bowel gone
without warning, both legs, the chest, a sharp pain told as a likeness, the signs of a stroke,
a serious accident, breathing, fainting, feeling unwell, weight loss, night and rest pain, pain
between the shoulder blades and one leg's numbness or tingling. Every one locks out (the safety
reply, no question back). The counter-probes, harmless messages in the same words, must not.
"""

from __future__ import annotations

import pytest

from coach.questions.answers import answer

LOCKED_OUT: list[str] = [
    # saddle
    "the area I sit on feels like the dentist has injected it since last night",
    "my privates and bum feel frozen, like after a filling at the dentist but down there",
    "on the toilet it feels like sitting on nothing, can't feel the seat under my bum",
    "the bit you sit on has gone dead and fuzzy since the weekend",
    "i have feeling of sleeping in my bottom and between the legs from two days",
    "around the back door its all tingly and numb since this morning sorry for tmi",
    "bum cheeks feel like someone else's, is that normal after the twist?",
    "hey coach quick one, my crotch has felt dead since yesterday, can i still stretch",
    "my sit bones and the bit in between feel all fuzzy and weird",
    # bladder
    "i cant make water since yesterday, the back is bad",
    "I go to the loo and nothing comes out when I try, since Monday",
    "sit on the toilet and it won't come, has been like that two days",
    "having trouble making water and my lower back aches",
    "i try to wee but it does not start, been like this since the weekend",
    "went to the toilet 3 times but nothing would come out when I go",
    # bowel
    "can't tell when I need a number two anymore, it just comes",
    "no control back there since monday, keep having accidents",
    "I can't hold the wind in anymore and my back is worse",
    "wind and stuff just slips out, no warning, since yesterday",
    "went in my pants on the bus this morning, didn't even feel it coming",
    "I didn't feel myself going, only found it after in my pants",
    "number 2s just happen without me knowing since the fall",
    # both legs
    "both legs are fizzing from the knees down since this morning",
    "my legs feel like wet noodles and I keep tripping",
    "shooting pain in the left and right thigh since the weekend",
    "pain down the back of the right and the left leg now",
    "my mum's feet went numb years ago, now mine are doing the same, both of them",
    "both feet feel like they have thick socks on but I'm barefoot",
    # chest
    "it feels like someone is sitting on my chest and I'm sweaty",
    "chest like a tonne of bricks on it since I woke up",
    "tight pressure behind my breastbone going into my jaw",
    "sternum feels crushing when I walk",
    "probably indigestion but my chest feels like an elephant sat on it",
    # sharp
    "feels like a red hot poker down the back of my leg when I twist",
    "like an electric wire being dragged down my thigh",
    "something goes twang in my back when I rotate, then a stab",
    "a bolt of lightning through my hip into my knee on the rotation",
    "shocks shooting down into my foot when I lean over",
    "it's like a hot needle in my bum when I drop the knee",
    # stroke
    "I keep saying the wrong words and my arm feels heavy",
    "cant get the right words out, keep writing wrong things since lunch",
    "my left hand won't do what I want it to since this morning",
    "hubby says I'm speaking funny like I'm drunk but I haven't touched a drop",
    "can't see on the right side of my vision since this afternoon",
    "the left side of my face didn't move when I smiled",
    # accident
    "came off my road bike yesterday, back's sore",
    "flew off my mountain bike on a trail, landed on my back",
    "went over the handlebars on the descent last night",
    "slid down the whole flight of stairs on my bum this morning",
    "bounced down the steps on my back yesterday",
    "fell off my electric scooter yesterday and landed hard",
    # breathing
    "it's like breathing through a pillow since this morning",
    "can't take a deep breath in without it catching, since yesterday",
    "I couldn't get any air in during the twist and still can't",
    "stopped twice on the stairs to catch my breath, never used to",
    "struggling to get air in and my chest is tight",
    "my lungs feel like they have shrunk, can't get a proper breath",
    # fainting
    "got woozy and the floor came up to meet me",
    "everything went starry and far away after the twist",
    "I went out cold for a few seconds at work",
    "my vision went tunnel like and I nearly keeled over",
    "woke up on the bathroom floor this morning, no idea how",
    "felt like I was about to faint, clammy and had to lie down",
    "ended up on the kitchen floor after standing up, everything went grey",
    # fever
    "body feels hot and shivery and my back is very painful",
    "not feeling well at all, forehead is burning and no appetite",
    "lost my appetite this week and my back pain is horrible",
    "I'm not well since yesterday, hot and cold",
    "skin is boiling hot and I'm off my food, back is killing me",
    "been not well for three days, back pain strong",
    # weight
    "my wife keeps telling me I look thinner, I'm not dieting",
    "had to make another hole in my belt, not trying to lose weight",
    "my watch slides right off my wrist now, lost my appetite",
    "face looks gaunt in photos, everyone says I've gone skinny",
    "my wedding ring keeps sliding off and I am eating the same",
    # night / rest
    "slept in the recliner all week because lying flat the pain is too much",
    "my back aches till morning, I can't get comfy",
    "the ache never switches off even when I'm sitting still",
    "even just lying flat it throbs all night",
    "gnawing ache in my lower back that never lets up",
    "sleeping in a chair now because my back throbs in bed",
    # shoulder blades
    "gnawing ache between my shoulder blades since yesterday",
    "new pain between my sholder blades, worse when lying down",
    "the spot between the shoulder bones is killing me",
    "sharp pain under my shoulderblade that's new",
    "upper back between the blades is killing me since monday",
    "a gnawing feeling between the shoulderblades that wasn't there before",
    # one leg
    "my right foot's still asleep since I got up this morning",
    "left leg feels like it's wrapped in cling film since Tuesday",
    "my calf feels fizzy and buzzy down to the heel",
    "a buzzy feeling in my right foot that won't go away",
    "my shin feels like it's got a layer of plastic over it",
    "my foot went to sleep and still won't wake up hours later",
    # extra counters
    "is it normal that my chest feels like a vice is squeezing it and im clammy?",
    "my trousers hang off me now and my belt needs another notch, havent changed what I eat",
    # mixed shapes: typos, buried in chat, questions
    "sorry for rambling, kids are off school, dog is sick, and theres this heavy feeling behind"
    " my breast bone spreading to my arm",
    "ppl keep telling me i look really thin lately, i eat same as always",
    "ok so weird one, both my legs are all fizzy from the knees down, can i still twist?",
    "hiya, since tuesday my wee just wont come when i go, is the stretch ok?",
    "quick q - my bum n the bit between feels like the dentist jabbed it, since this morning",
    "my hand wont do what i tell it to since lunch",
    "felt sparkly and far away and had to sit on the floor, is that the twist?",
    "my foot is asleep for 2 days now and it will not wake up",
    "back is throbbing until morning every night this week",
    "lol i came off my mountain bike at the weekend and went over the bars, back's sore",
    "keeps feeling like I'm breathing through a straw when I lie flat",
    "woozy and ended up on the floor after the twist, all fine now I think",
    "I cant get a full breth in since yesterday",
    # second round: more shapes
    "down below feels like its been to the dentist lol",
    "my undercarriage feels fuzzy and dead since yesterday",
    "i try to pee and nothing comes out when i go, since sunday",
    "can't hold my wind anymore and had a little accident",
    "both shins feel like pop rocks are going off in them",
    "my left leg and my right leg both tingle since the morning",
    "feels like someone stood on my chest, should I still stretch?",
    "my breastbone feels heavy and tight and I'm sweating lol",
    "like a red hot needle going down my leg every rotation",
    "keep typing the wrong words and my face feels droopy",
    "my arm won't do what I want since I woke",
    "fell off my push bike on Sunday, back's sore",
    "rolled down the stairs last night, back is bad",
    "ive been stopping on the stairs for breath for a week, never used to",
    "i get woozy and then i'm on the floor",
    "came to on the bathroom floor this morning",
    "body feels so hot and I've no appetite, back pain is bad",
    "people keep telling me I've got thin, I'm eating loads",
    "the ache never lets up even sitting still",
    "gnawing pain in my shoulder blade since Tuesday",
    "the outside of my thigh feels like it's wrapped in clingfilm",
]

NOT_LOCKED_OUT: list[str] = [
    # saddle
    "the dentist numbed my jaw this morning lol",
    "sitting on the sofa feels like sitting on a cloud",
    "my bum is dead comfy on this new cushion",
    "the back door is broken and my back hurts from fixing it",
    "I sleep with a pillow between my legs, is that good for my back?",
    "I had a filling at the dentist and my lip was numb for an hour, can I do the twist today?",
    # bladder
    "I make water kefir at home, is it ok to drink before the session?",
    "I go to the gym and it does not come easy to me",
    "I need to make water bottles for the class",
    "I go to the class but the stretch does not come naturally",
    # bowel
    "I need a number 2 before the session lol brb",
    "this is my number two question: how long to hold each side?",
    "put my phone in my trousers pocket and it went in my pants pocket instead",
    "I couldn't feel myself going deeper into the stretch today",
    "the wind and rain escape through the old window frames",
    # both legs
    "fizzy pop tastes of nothing these days",
    "my legs feel great after the session, thanks",
    "I had noodles for lunch, can I do the twist after eating?",
    "left and right arm positions, which is better?",
    # chest
    "heartburn after curry, no chest pain",
    "chest day yesterday, pecs are sore",
    "breastbone clicked when I stretched, no pain at all",
    # sharp
    "twang of a guitar string is my favourite sound",
    "I need a hot wire for the new lamp",
    "lightning bolt on the poster behind me",
    "the guitar string went twang and then snapped",
    # stroke
    "I can't find the right words to thank you for this bot",
    "my kid is talking funny since he watched that cartoon lol",
    "I can't see out of the left side of the car because of the pillar",
    "I keep typing the wrong password on your app",
    # accident
    "went down the stairs to make tea, my back was fine",
    "came off the phone with my physio, she says carry on",
    "I went over the plan with my coach",
    "I came off my meds last month, all fine",
    # breathing
    "my wifi can't get a full signal",
    "I couldn't get enough air in the tyre with my pump",
    "I went outside to get some air, then did the twist, felt good",
    "breathing through my nose during the hold feels calming",
    # fainting
    "the boat nearly keeled over in the wind",
    "I'm going to pass out from boredom in this meeting lol",
    "I put the beers out cold for the party",
    "I felt a bit woozy... no wait I meant cosy, all fine",
    # fever
    "my body is hot after the sauna, can I stretch?",
    "I'm not well versed in yoga, where do I start?",
    "no appetite for risk in my job lol",
    "the hot tub made my skin hot, nice and relaxed",
    # weight
    "ring slides off in the cold",
    "my ring slid off with soap in the shower",
    "you look thin in that dress, my friend told me",
    "the new belt has a hole for my keys",
    # night / rest
    "the puppy is gnawing on my slippers lol",
    "I slept in the armchair after the party, all fine",
    "my phone never switches off",
    "even just sat still I feel calmer after the session",
    # shoulder blades
    "my shoulder blade stretch feels nice",
    "this deadline is killing me",
    "the shoulder bones on the skeleton model look cool",
    # one leg
    "I fell asleep on the sofa during the film",
    "the cling film is stuck to the roll again",
    "this fizzy drink makes me burp",
    "I wrapped my leftovers in cling film",
    # extra counters
    "can I go in my shorts or do I need leggings?",
    "I didn't know I was going to be so sore after day one",
    "my number 2 son just happens to love the twist too",
    "I don't know what number 2 on the list means",
    "we pulled the wire through the back of the tv",
    "screw the bolts through the back of the shelf first",
    "the guitar string went twang and it made me jump",
    "can't keep the wind out of the tent",
    "I made water balloons for the kids",
    "my skin is burning from sunburn, can I still stretch?",
    "no food before the session, is that ok?",
    "I can't see on the left side of the video where your hand goes",
    # mixed shapes
    "I felt so relaxed I nearly fell asleep on the mat",
    "everyone says I look great since starting this",
    "my laptop's battery is dead and so is my motivation",
    "my son came off his scooter yesterday but he is fine, I'm fine too",
    "can i do the twist after a fizzy drink?",
    # second round: more shapes
    "my wife said I look thinner in these jeans, result!",
    "pop music while stretching?",
    "I tried the twist and it did not come naturally at first",
    "what should I eat, I have no appetite for breakfast usually",
    "my foot fell asleep in the cinema but it's fine now",
    "i was out cold asleep by 9 last night lol",
    "sat on my bum all morning after I had been to the dentist",
]


@pytest.mark.parametrize("message", LOCKED_OUT)
def test_red_flag_locks_out(message: str) -> None:
    assert answer(message).kind == "safety", message


@pytest.mark.parametrize("message", NOT_LOCKED_OUT)
def test_counter_probe_does_not_lock_out(message: str) -> None:
    assert answer(message).kind != "safety", message
