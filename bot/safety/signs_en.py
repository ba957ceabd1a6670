"""Signs of danger that name no crime, in English (see bot.safety.lexicon_signs)."""

from __future__ import annotations

from bot.safety.lexicon_signs import BODY
from bot.safety.terms import FUTURE, NOUN, NOW, PAST, RECENT, STATE, Term, term

TERMS: list[Term] = [
    # A death threat said to the writer's face: "he said tonight you die".
    term(
        "threatened",
        "en",
        NOW,
        r"(?:told|said to|texted|yelled at|threatened) (?:me|us|him|her|them) (?:that )?"
        r"(?:(?:tonight|today|tomorrow) (?:you die|you re dead|youre dead|your dead|ur dead|you will die|we kill you|i kill you)"
        r"|you (?:die|re dead|will die) tonight|you (?:won t|wont) make it (?:past|through) tonight)"
        r"(?! (?:in|at) (?:fifa|the game|cards|free fire|cod|madden|2k))",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:his|her|their|my|the baby s|babys|baby s) lips (?:are |r |turned |went |look |look kind of )?"
        r"(?:blue|purple|bluish)",
        needs=r"breath\w*|respond\w*|wake|awake|unconscious|pills|drugs|overdose|choking|not moving"
        r"|passed out",
    ),
    term("threatened", "en", PAST, r"(?:got|received) (?:death )?threats"),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:i m|we re|i am|we are|keep) (?:getting|receiving) (?:death )?threats",
    ),
    term("threatened", "en", NOUN, r"death threats?"),
    term("threatened", "en", NOW, r"(?:they|he) knows? where (?:i|we) (?:live|sleep|stay|am|work)"),
    term("threatened", "en", NOW, r"waiting for (?:me|us) outside"),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:they|the gang|gang members) found (?:me|us)",
        needs=r"gang|mara|cartel|mareros|pandilla|ms 13|ms13",
    ),
    term("kidnapped", "en", NOW, r"until (?:my|our|the) famil(?:y|ies) pays?"),
    term(
        "threatened",
        "en",
        NOW,
        r"threatening (?:my|our) (?:wife|husband|kids|children|son|daughter|family|mom|mother)",
    ),
    term(
        "help_now",
        "en",
        NOUN,
        r"emergency (?:number|numbers|line|hotline)|crisis line|hotline number",
    ),
    term(
        "beaten",
        "en",
        "verb",
        r"(?:pushed|shoved|threw) (?:me|her|us)(?! out(?! (?:into|onto|in the|of (?:the|his|her|a) (?:car|truck|van|moving))))(?: down| against| into)?",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:can t|cannot|can not) (?:stand up|get up|move my legs|walk)",
        needs=r"stairs|fell|hit|pushed|beat\w*|train|hurt|bleeding|blood",
    ),
    term(
        "trafficking",
        "en",
        PAST,
        r"(?:i was|i ve been|i have been) (?:a )?(?:victim of (?:human )?trafficking|trafficking victim|trafficked)",
        person="self",
    ),
    term("extortion", "en", NOW, r"(?:asks|ask|asked|asking) (?:me|us) for (?:money|a bribe|cash)"),
    term(
        "wage_theft",
        "en",
        PAST,
        r"(?:was|were) never paid|never got paid|without (?:ever )?being paid|didn t pay (?:me|us)",
    ),
    term(
        "domestic_violence",
        "en",
        NOUN,
        r"gender(?: based)? violence|violence against women",
    ),
    term("medical", "en", NOW, r"(?:is|s|are|re) dying(?! (?:of (?:cancer|old age|boredom)|to))"),
    term(
        "medical",
        "en",
        NOW,
        r"(?:can t|cannot|can not) (?:talk|speak) anymore|(?:not|isn t) (?:talking|speaking)",
        needs=BODY,
    ),
    term("kidnapped", "en", NOW, r"in the trunk|in (?:a|their|his) trunk"),
    term(
        "self_harm",
        "en",
        PAST,
        r"took (?:the )?whole (?:bottle|box|pack|packet)|swallowed (?:the )?whole (?:bottle|box|pack)",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"goodbye (?:everyone|everybody|all|to all)|no way out",
        needs=r"roof|bridge|goodbye|live|die|sorry|forgive",
    ),
    term("medical", "en", NOW, r"barely (?:responding|breathing|conscious|moving|awake)"),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:want to|wanna|going to|gonna|about to) jump",
        needs=r"bridge|building|roof|die|live|cliff|train",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:turned|turning|is|s|gone|went) (?:blue|purple)|lips are (?:blue|purple)|10[3-6] (?:fever|degrees)|fever of 10[3-6]",
    ),
    term(
        "self_harm",
        "en",
        PAST,
        r"(?:swallowed|took|ate) (?:a )?(?:whole )?(?:bottle|box|handful|pack) of (?:pills|meds|medicine|tablets)|"
        r"took all (?:the|his|her|my) (?:pills|meds|tablets)",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"tired of living|(?:i ll|i will|going to|gonna) end it|end it tonight|can t go on living",
    ),
    term(
        "forced_sex",
        "en",
        FUTURE,
        r"(?:make|force|makes|forces) (?:me|us|her) (?:work|dance|strip) (?:in|at) a (?:strip club|club|bar|brothel|cantina|massage)",
    ),
    term("attack", "en", NOW, r"armed (?:people|men|guys|man|gang|group)", person="other"),
    term(
        "abandoned",
        "en",
        PAST,
        r"(?:left|abandoned|dumped) (?:me|us) .{0,64}?(?:desert|brush|mountains|nowhere|wilderness)",
    ),
    term(
        "attack",
        "en",
        PAST,
        r"(?:killed|shot|murdered) (?:someone|somebody|a man|a guy|a woman|a person|a boy|a girl)",
        person="other",
        needs=r"still here|in front|right here|outside|next door|still around",
    ),
    term(
        "child_taken",
        "en",
        PAST,
        r"(?:took|grabbed|snatched|taken) my (?:little )?(?:girl|boy|baby|kid|kids|daughter|son|children)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:haven t|didn t|don t|won t|hasn t) (?:fed|feed|given) (?:us|me)(?: food| anything)?",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"there are guards|(?:with|and) guards",
        needs=r"locked|won t let|can t leave|fed|food|armed|room|house",
    ),
    term(
        "attack",
        "en",
        "verb",
        r"set (?:the |my |our |a )?(?:house|home|room|place|car|tent|shelter) on fire|(?:house|room|place|shelter) is (?:on fire|burning)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"sent (?:me |us )?(?:pictures|photos|pics) of my (?:house|home|kids|children|family|mom|wife)",
    ),
    term(
        "child_taken",
        "en",
        NOW,
        r"(?:man|guy|woman|someone|somebody) (?:is )?(?:trying|tried|wants) to take (?:him|her|the kid|the child|the boy|the girl|my \w+)",
    ),
    term(
        "child_taken",
        "en",
        PAST,
        r"went (?:off )?with (?:a|some) (?:man|guy|stranger) (?:she|he) met (?:on|online|through)",
    ),
    term(
        "self_harm",
        "en",
        FUTURE,
        r"(?:going to|gonna) take (?:them all|all of them|all the pills|all my pills)|"
        r"(?:want to|going to|gonna) jump (?:off|from) (?:the|a) (?:bridge|building|roof)",
    ),
    term("raped", "en", RECENT, r"just (?:abused|assaulted|attacked|raped|molested) me"),
    term("medical", "en", NOW, r"(?:passing out|people (?:are )?fainting)"),
    term(
        "medical",
        "en",
        PAST,
        r"(?:snake|scorpion|spider) (?:bit|stung) (?:me|him|her|my \w+)|(?:bitten|stung) by a (?:snake|scorpion)",
    ),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:money|ransom|pay) to (?:let (?:me|us|him|her|them) go|release (?:me|us|him|her|them))",
    ),
    term(
        "domestic_violence",
        "en",
        NOUN,
        r"domestic (?:violence|abuse)|(?:suffers|suffering|experiencing|lives with|living with) (?:violence|abuse)|"
        r"partner violence|abusive (?:relationship|partner|husband|boyfriend)",
    ),
    term(
        "domestic_violence",
        "en",
        NOW,
        r"(?:i m|i am|we re|we are) (?:suffering|experiencing|living with) (?:violence|abuse)",
        person="self",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:not|isn t|is not|doesn t|does not|won t|will not|can t|cant) (?:moving|move|breathing|breathe|waking up|wake up|open (?:his|her) eyes|opening (?:his|her) eyes)",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:not|isn t|doesn t|does not|won t) (?:responding|respond|answer|answering) anymore|unresponsive|"
        r"(?:doesn t|does not|isn t|not) (?:answer|respond|responding|answering)",
        needs=BODY,
    ),
    term("medical", "en", "verb", r"passed out|fainted|collapsed"),
    term(
        "medical",
        "en",
        NOW,
        r"(?:having|has|had) (?:a )?(?:seizures?|fits|convulsions)|seizing|convulsing",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:can t|cannot|can not|couldn t) breathe|no (?:more )?air|no oxygen|suffocating",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:blood|bleeding) (?:won t|wont|doesn t|does not|will not) stop|losing (?:a lot of |so much )?blood|"
        r"(?:so much|a lot of|lots of) blood",
    ),
    term(
        "medical",
        "en",
        PAST,
        r"(?:drank|swallowed|ate|drunk) (?:some |a |the |a lot of )?(?:cleaning|bleach|poison|chemicals?|"
        r"detergent|rat poison|gasoline|pesticide|liquid|cleaner)|poisoned",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:swept|washed|carried|dragged) away|(?:is|s|are|re) drowning|drowned",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"water (?:broke|just broke|has broken)|(?:in|going into) labou?r|having contractions|contractions every|"
        r"(?:the )?baby is coming",
    ),
    term(
        "medical",
        "en",
        PAST,
        r"fell (?:off|from) (?:the |a )?(?:train|roof|wall|truck|bridge|fence)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"guards? (?:at|on|by|outside|in front of) the (?:door|gate|house)|armed guards|"
        r"no (?:food|water) (?:since|for)|(?:haven t|have not|didn t|hasn t) (?:eaten|had food|had water) (?:since|for|in)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:watches|is watching|are watching|watching) (?:me|us) (?:all the time|day and night|24 7|every minute)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:can t|cannot|can not) talk (?:long|much|now|right now|loud)",
        needs=r"room|here|home|next to me|coming|watch\w*|hear|took my phone|if he|if she|if they",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"if (?:he|she|they) (?:sees|see|finds out|find out|catches|catch) (?:me|us) (?:texting|writing|with the phone|on the phone)",
    ),
    term(
        "documents_taken",
        "en",
        PAST,
        r"(?:he|she|they|boss) (?:took|takes|has|keeps) (?:my|our) phones?",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:is|s|are|re) (?:smashing|breaking|throwing|destroying) (?:everything|things|stuff|the door|plates|furniture)|"
        r"trying to (?:break|kick) (?:down )?(?:the|my) door|(?:banging|kicking|pounding) (?:on )?(?:the|my) door",
        person="self",
    ),
    term(
        "beaten",
        "en",
        "verb",
        r"(?:chokes|choking|choked|strangles|strangling|strangled) (?:me|her|us)",
    ),
    term(
        "attack",
        "en",
        "verb",
        r"(?:got|was|been|just got|has been|s been|were) (?:shot|stabbed)|(?:shot|stabbed) (?:him|her|me|my \w+|us|them)",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:grabbed|took|forced|pushed|threw|dragged|put) (?:me|us|him|her) (?:into|in) (?:a|the|their|his) (?:car|van|truck|suv|trunk)|"
        r"forced (?:me|us) into",
    ),
    term(
        "kidnapped",
        "en",
        NOW,
        r"fake (?:immigration|police|cops|officers|agents|ice)|pretending to be (?:police|immigration|cops|ice|agents)",
    ),
    term("kidnapped", "en", NOW, r"stash house|safe house"),
    term(
        "kidnapped",
        "en",
        FUTURE,
        r"(?:or|otherwise) (?:he ll|he will|they ll|they will|she ll) (?:sell|kill|hurt) (?:her|him|them|me|us)",
    ),
    term(
        "kidnapped",
        "en",
        FUTURE,
        r"(?:ll|will|going to|gonna|they ll|he ll) (?:take|grab|kidnap|hurt|kill|come for) (?:my|our) "
        r"(?:kids|children|son|daughter|baby|family|wife|husband|mom|mother|sister|brother)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:chasing|following|hunting) (?:me|us)|(?:being|are being|am being|we re being|i m being) (?:followed|chased|hunted)|"
        r"(?:they re|they are|he s|he is) (?:looking|coming) for (?:me|us)",
    ),
    term(
        "threatened",
        "en",
        STATE,
        r"hiding (?:in|under|behind|inside|from)|(?:i m|we re|i am|we are) hiding",
        person="self",
    ),
    term(
        "forced_sex",
        "en",
        NOW,
        r"makes? (?:me|us|her) (?:be|sleep|have sex|go) with (?:men|guys|clients|customers|strangers)|"
        r"forces? (?:me|us|her) to (?:sleep|have sex|be) with|sells? (?:me|us|her) to (?:men|clients)",
    ),
    term(
        "raped",
        "en",
        NOW,
        r"(?<!when anyone )(?<!when people )(?<!if anyone )(?<!whenever anyone )"
        r"(?:touches|touching|gropes|groping) (?:me|her|us)",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:want|wants|wanna) (?:to )?(?:die|end it|end it all|end my life)|"
        r"don t want to (?:live|be alive|be here) anymore|no reason to live|(?:i m|i am) doing it tonight",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"said goodbye to (?:everyone|everybody|all of us|us)|(?:has|have|got) (?:a rope|the pills)",
        needs=r"die|live|goodbye|kill|rope|pills|not to look|end it",
    ),
    term("self_harm", "en", PAST, r"cut (?:his|her|my) wrists?|hanged (?:himself|herself)"),
    term(
        "extortion",
        "en",
        NOW,
        r"protection money|(?:charging|charge|pay) (?:me |us )?(?:a )?(?:fee|quota|rent) to (?:work|sell|live|stay)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"left (?:me |us )?a (?:bullet|note|message|threat) (?:at|on|in|by)",
    ),
    # Round 14: the shortest cries, a drink spiked, a farewell from a height.
    term(
        "help_now",
        "en",
        NOW,
        r"help,? (?:they|he|she|them) (?:re |are |is |s )?(?:here|outside|inside|coming)",
    ),
    term(
        "trapped",
        "en",
        PAST,
        r"(?:put|slipped) something in (?:my|our|her) (?:drink|food|water)|(?:drugged|roofied) (?:me|us|her)"
        r"|spiked (?:my|our|her) drink",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:i m|im|i am) (?:on|at) (?:the|a|this) (?:bridge|roof|rooftop|edge|tracks|railing)",
        needs=r"sorry|goodbye|bye|forgive|love you|tell my|last|can t anymore|cant anymore",
    ),
]
