"""Issue 13, blind set rt2: the red flags it found missed or asked back, fixed by class and written
wide.

rt1's fixes carried only in part: rt2 told the same signs in a second language ("the big toilet",
"breathing is short short", "my weight is reducing automatically", "mouth is crooked"), in
understatement ("probably nothing", "probably my cold", "don't want to make a fuss"), by what the
body can no longer do (the stairs, the sofa, holding anything in), in likenesses (pins and noodles,
a hot poker, a cushion that isn't there, belonging to someone else), through someone watching the
writer ("my wife says...") and as a near faint that went further than a near miss. Each class is
probed in wordings of our own (never the set's sentences); every one locks out (the safety reply,
no question back). The counter-probes, harmless messages in the same words, must not.
"""

from __future__ import annotations

import pytest

from coach.questions.answers import answer

LOCKED_OUT: list[str] = [
    # bowel
    "since two days I do the big toilet in my trousers and I don't notice",
    "big toilet is coming by itself, I cannot control, back is paining",
    "my bottom won't keep anything in since Saturday, it slips out when I cough",
    "can't hold it in anymore, stuff just leaks out when I stand, back worse",
    "since yesterday the big job comes out on its own, I do not feel it",
    "the back end will not hold anything in now and my back is killing me",
    # bladder
    "I don't feel when I need to wee anymore, just find my pants wet",
    "stood at the loo ten minutes and nothing came even though I'm bursting",
    "feel full to bursting but nothing will come when I go",
    "small toilet not coming since morning, stomach is full, back pain",
    "I did not know when I must go for the toilet, I just realised I had gone",
    "toilet, nothing comes, I'm desperate and my back went last night",
    # saddle
    "where you'd sit on a saddle feels numb since the weekend",
    "the area where I sit feels dead and odd since Thursday",
    "it's like sitting on a pillow between me and the seat that isn't there",
    "feels like there's a cushion under my bum that isn't there",
    "where you sit on a bike has gone all strange and tingly since yesterday",
    # both legs likeness
    "both feet pins and noodles all morning and it won't go",
    "both my legs are pins n needles since I woke and not going",
    "my legs have gone pins and noodles, both of them, since lunch",
    # leg weakening
    "my legs won't push me up the stairs anymore, last week they could",
    "can't get up off the sofa now, my legs just aren't listening",
    "my legs will not hold me since this morning",
    "my knees won't take my weight today, I keep dropping",
    "I have to haul myself up the stairs on the rail now, my legs won't go",
    "my legs are not obeying me since yesterday, I struggle to stand up from the chair",
    "my legs are losing their strength every day and I cannot climb the stairs now",
    # breathing
    "my breathing is short short since morning even when I sit",
    "breath is very short since yesterday, can't walk to the kitchen",
    "I have no air since last night, even lying in bed",
    "I breathe fast fast even sitting down, since this morning",
    "out of puff just getting dressed today, never like this",
    "I can't finish a sentence without stopping for breath since this morning",
    "have to stop in the middle of a sentence to get my breath",
    "panting even when I'm just sitting watching telly",
    # stroke
    "my mouth is crooked since this morning and my arm is weak",
    "my wife says my face looks lopsided and I'm slurring",
    "my daughter says one side of my mouth has dropped since lunch",
    "my left hand won't do what I tell it and my face feels funny since 20 mins",
    "suddenly my right arm not working properly and speech is slurred",
    "speaking is difficult since one hour, my mouth feels heavy",
    "I'm seeing double since this afternoon and can't walk straight",
    "everything went double and I'm staggering to one side",
    "walking like I'm drunk since I woke up and haven't had a drink",
    "my husband noticed my smile is wonky and my words come out wrong",
    # fever
    "teeth chattering even under three blankets, back really sore",
    "shivering under the duvet with a hot water bottle and my back is on fire",
    "two duvets and still freezing, shaking all night, back pain worse",
    "I'm shaking under the covers and my teeth keep chattering, back is agony",
    # faint
    "nearly blacked out at the shops, had to sit on the floor",
    "almost fainted twice this morning, legs buckled",
    "nearly passed out in the kitchen, had to grab the counter",
    "had to hold on to the wall or I'd have gone down, everything went grey",
    "went all giddy and the next thing I knew I was on the bathroom floor",
    "went all woozy and came round on the landing",
    "grabbed the railing otherwise I would have collapsed, went all funny",
    "went all swimmy then next thing I was looking up at the ceiling",
    # weight
    "my weight is dropping by itself, 5 kilo in one month",
    "lost 4 kilos and I'm eating normally, no idea why, back aches",
    "the scales say I'm a stone lighter and I've not been trying",
    "my weight is going down automatically and back pain continuous",
    "8 pounds lighter this month even though I'm eating loads 😂",
    # rest / night pain
    "no position helps, even lying still it's throbbing",
    "sitting still and it still hurts, can't get comfy at all, 4 days now",
    "pain continuous day and night, cannot sleep",
    "the back hurts night and day and nothing helps",
    "pain is constant, even resting it throbs",
    "now I sleep in the recliner because lying flat hurts at night",
    "pain wakes me in the night so I sleep in the armchair now",
    # shoulder blade / hot poker
    "a hot poker between my shoulder blades since yesterday",
    "burning between my shoulder blads since this morning",
    "like a red hot knife between my shoulder bones",
    "pain between my sholder blinds all night",
    # pop and stab
    "felt a pop then a sharp pain in my back lifting the box, bit better now",
    "heard a snap and then a stab in my lower back when I bent down",
    "felt a little click and then a shooting pain down my back, a little better now",
    # numbness likeness
    "my left foot feels like it belongs to someone else since Monday",
    "my calf feels rubbery and like it belongs to somebody else",
    "my right hand and arm feel like they belong to someone else since I woke",
    # asleep won't wake
    "my left leg fell asleep an hour ago and won't wake up",
    "my foot has gone asleep and still not woken since breakfast",
    # understatement guesses
    "went grey and had to sit on the floor, probably nothing, still do my twist?",
    "teeth chattering under two duvets, probably my cold, back hurts",
    "out of breath just sitting, probably my cold",
    "one side of my face has dropped, probably nothing",
    "nearly fainted twice, probably didn't eat enough",
    # hasn't worn off
    "both legs went numb this morning and it still hasn't worn off",
    # known gaps (the brief's)
    "nearly passed out in the shower this morning, had to sit down",
    "nearly fainted twice today, legs went and I had to sit on the floor",
    "my right foot's fallen asleep and won't wake up since lunch",
    "pain in the night, sleep in the chair now",
    # second round of our own
    # fever
    "teeth chattering all night though I'm under the duvet and a blanket, back throbbing",
    "can't stop shivering under the blankets, hot then cold, back is agony",
    "wearing two jumpers in bed and still shivering, back hurts",
    # shoulder blade / hot poker
    "feels like a hot poker stuck between my shoulder blades",
    "a pain like a hot poker in my upper back between the shoulder bones",
    "stabbing between my shoulder blinds when I breathe in",
    # pop and stab
    "felt a snap and then a sharp pain in my back getting out of the car, a little easier now",
    "had a pop in my back then a jolt of pain, bit better now, carry on?",
    "heard a crack then a stabbing pain in my lower back, slightly better now",
    # numbness likeness
    "my thigh feels rubbery and like it belongs to someone else",
    "my toes feel like they belong to somebody else since yesterday",
    "my left leg feels like it belongs to someone else, sort of wooden",
    # asleep won't wake
    "my right hand went asleep this morning and still hasn't woken up",
    "both feet fell asleep and won't wake up since this morning",
    "my foot is asleep and will not wake up, it has been hours",
    "my arm has been asleep since I got up and won't come back",
    # understatement
    "don't want to make a fuss but I can't feel my bum on the toilet seat since yesterday",
    "probably nothing but my mouth has gone crooked since lunch",
    "probably my cold but I'm breathless just talking",
    "probably caught it off the kids, shivering under two duvets and my back is killing me",
    # watcher
    "my son says my face is drooping on one side and I can't lift my arm",
    "my partner noticed one side of my face has dropped since breakfast",
    # hasn't worn off
    "my bum has gone numb and it hasn't worn off since this morning",
    "my legs went weak this morning and it hasn't gone away",
]

NOT_LOCKED_OUT: list[str] = [
    "can you buy a big toilet roll pack for the gym",
    "my weight is steady, can I do the twist",
    "my weight is reducing as planned on my diet, 2 kilos this month",
    "the pins on the noticeboard say the class moved",
    "we need a hot poker for the fire, back is fine",
    "my words come out wrong in French class, lol",
    "double vision after the 3D film ended, gone now",
    "the kids have been pins and needles all day waiting for Christmas",
    "nothing comes close to this stretch for my back",
    "my legs won't go any faster on the bike",
    "I caught the bus early so I could do my twist first",
    "my cushion between me and the chair helps my back",
    "I sit on a cushion at work, is the twist ok",
    "I put a pillow between me and the seat on the long drive",
    "teeth chattering after my cold water swim, warmed up now",
    "the baby kept me up, I slept in the chair, is that why my back is stiff",
    "my wife says I should do the twist every day",
    "my husband says my posture is lopsided, will this help",
    "the picture on the wall is crooked, sorry off topic",
    "I laughed so hard I nearly fainted, best comedy ever",
    "I nearly passed out when I saw the price of the gym",
    "breathing fast after running up the hill, normal?",
    "out of puff after my 5k run, when do I stretch",
    "I had to stop halfway through a sentence because the kids were yelling",
    "my speech is hard for people to follow in English, is the app in Polish",
    "my foot fell asleep sitting cross legged, stamped it and it woke up",
    "I felt a pop in my knuckles, no pain, is that ok",
    "the big toilet at the station was closed so I came home",
    "I nearly fainted when I saw the bill, had to sit down with a cup of tea lol",
    "nearly passed out laughing twice at the panto",
    "my wife says I look tired, should I do the twist tonight",
    "my husband said my face dropped when I saw the price of the gym",
    "the numbness from the dentist hasn't worn off yet, can I still do the twist",
    "my jaw is still numb from the dentist, hasn't worn off, twist ok?",
    "slept in the chair at my daughter's last night, back is a bit stiff",
    "fell asleep in the armchair watching telly, neck is stiff",
    "my foot fell asleep in the cinema, it woke up once I walked",
    "pins and needles in my hand, probably slept funny, gone now",
    "lost 3 kilos on my diet, I'm so pleased 😂",
    "my legs won't go any faster on the treadmill",
    "my legs won't push any harder on the bike, is that normal",
    "after leg day I can't get up off the sofa lol",
    "I can't get up the stairs as fast as I used to, I'm 70",
    "felt a pop in my knee and then it was fine, no pain",
    "heard a click and then nothing, no pain at all",
    "the poker face of my coach",
    "a hot water bottle under the duvet is lovely, back is fine",
    "teeth chattering at the bus stop in the snow, warm now",
    "my mouth feels funny after the dentist, can I do the twist",
    "my smile is crooked in photos, always has been",
    "the picture frame has dropped on one side",
    "speaking is difficult for me in public, I get nervous",
    "walking like I'm drunk after the boat trip lol, land sickness, gone now",
    "no air in my bike tyres so I'm walking today",
    "breathing hard after running up the stairs, normal?",
    "I was out of breath after the sprint intervals",
    "my weight is going down slowly on the diet, 1 kilo a month",
    "nothing comes to mind when I try to relax",
    "the loo at work had nothing coming out of the tap",
    "big toilet roll deal at Tesco lol, back is fine",
    "I look after my mother, she has no feeling where you'd sit, I'm fine",
    "I bought a hot poker set for the fireplace, is the twist ok",
    "my teeth chattered with fright at the horror film, lol",
    "the shoulder blinds in the office are broken, sorry wrong chat",
    "felt a pop in my ears on the plane, no pain, can I twist",
    "heard a click in my knee, no pain at all, then carried on",
    "my phone is losing its power fast, any offline mode?",
    "my kids say I look younger since starting the twist",
    "my foot fell asleep in the meeting, stamped it and it woke straight up",
    "my legs won't listen to me on the dance floor haha, two left feet",
    "I'm probably nothing special at yoga but I love the twist",
    "the hot poker is by the fireplace, my shoulder blades are fine",
]


@pytest.mark.parametrize("message", LOCKED_OUT)
def test_red_flag_locks_out(message: str) -> None:
    assert answer(message).kind == "safety", message


@pytest.mark.parametrize("message", NOT_LOCKED_OUT)
def test_counter_probe_does_not_lock_out(message: str) -> None:
    assert answer(message).kind != "safety", message
