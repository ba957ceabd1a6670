"""English harm terms (folded; "can't" reads "can t", "i'm" reads "i m").

Verb forms are listed: `verb` forms are read from the auxiliary before them ("is beating" now,
"was beaten" past, "has been kidnapped" a state), the others are fixed.
"""

from __future__ import annotations

from bot.safety.lexicon_frames import PAST_IDEATION_TREATED, SEIZING
from bot.safety.terms import FUTURE, HABIT, NOUN, NOW, PAST, RECENT, STATE, Term, term

OBJ = r"(?:me|us|her|him|them|my \w+|our \w+|a \w+|the \w+|some \w+|someone|somebody|people|migrants|women|you)"
CHILD = r"(?:child|children|son|daughter|baby|kid|kids|boy|girl|little one|toddler)"
WILD = (
    r"desert|mountains?|brush|bush|woods|river|walking|heat|sun|lost|smuggler|coyote|guide|border"
)

TERMS: list[Term] = [
    # Kidnapped.
    term("kidnapped", "en", "verb", r"(?:kidnapped|kidnaped|kidnapt|abducted|snatched)"),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:took|grabbed|snatched|dragged) (?:my|our) (?:nephew|niece|brother|sister|husband|wife|cousin|friend|father|mother|dad|mom|uncle|aunt|partner|boyfriend|girlfriend)(?: away)?",
    ),
    term(
        "threatened",
        "en",
        PAST,
        r"(?:pointed|aimed|held) (?:a |their |his |her )?(?:gun|guns|pistol|knife|rifle) (?:at|to) (?:me|us|my \w+|our \w+)",
    ),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:kidnap|kidnaps|abduct|abducts|kidnaping|kidnapping|abducting)(?= (?:me|us|her|him|them|my|our|people|migrants|women|you|someone) )",
    ),
    term("kidnapped", "en", NOUN, r"(?:kidnapping|kidnappings|kidnaping|abduction|kidnappers?)"),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:held|holding|hold|keep|keeping|kept) (?:me|us|her|him|them) (?:for|until) (?:ransom|money|our families pay|they pay|the family pays)",
    ),
    term("kidnapped", "en", NOUN, r"ransom"),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:took|grabbed|dragged|pulled) (?:a \w+|someone|a guy|a man|a woman|him|her|them|two \w+|my \w+|our \w+) (?:off|out of|from) (?:the|our|a) (?:bus|truck|car|train|van|line|road)",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:took|taken|forced) (?:me|us|him|her|them) (?:away )?(?:by force|at gunpoint|into a (?:car|truck|van))",
    ),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:they|he|she) (?:have|has) (?:got )?(?:my|our) (?:husband|wife|brother|sister|son|daughter|father|mother|dad|mom|cousin|uncle|aunt|partner|nephew|niece)(?! (?:in detention|in jail|detained|in custody|at immigration))",
    ),
    term("kidnapped", "en", NOW, r"(?:stash house|safe house)"),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:holding|keeping|have|has|got) (?:my|our) \w+(?: [a-z]+){0,2} (?:and )?(?:want|wants|asking|ask|demand|demanding) (?:money|ransom|\d+)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:got|have|has|holding|keep) (?:me|us) (?:in|inside|locked in) (?:a|the) (?:room|house|truck|warehouse|basement|trailer|van)",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:took|dragged|pulled|grabbed) (?:me|us) (?:off|out of|from) (?:the|a) (?:bus|truck|car|train|van|line|road)",
    ),
    term("kidnapped", "en", NOW, r"to (?:release|free|let go|return) (?:my|our) \w+"),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:they|they ve|they re|he|she) (?:have|has|got|ve got|holding|keeping) (?:her|him|them)(?! (?:in detention|in jail|detained|in custody|at immigration))",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"took (?:two|three|four|a|some|\d+|several|a few)(?: [a-z]+){0,2} (?:men|guys|boys|women|girls|people|migrants|kids|children|man|woman|guy) (?:with them|away)",
    ),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:i m|we re|i am|we are) (?:in|inside) a (?:stash house|safe house)",
        person="self",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:i was|we were) (?:in|inside|kept in|held in) a (?:stash house|safe house)",
        person="self",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:i was|we were) (?:a )?victims? of (?:a )?kidnapping",
        person="self",
    ),
    term("kidnapped", "en", FUTURE, r"(?:sell|sells|selling) (?:us|me|her|him|them)"),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:nobody|no one) (?:leaves|can leave|goes|gets out) (?:until|till|unless)",
    ),
    # Held.
    term(
        "trapped",
        "en",
        "verb",
        r"(?:locked|trapped|chained|tied up|tied|shackled|caged)(?: (?:in|inside|up|me|us|her|him|them|in a \w+|in the \w+))?",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:lock|locks|locking|keep|keeps|keeping|hold|holds|holding) (?:me|us|her|him|them) (?:in|inside|up|locked|prisoner|hostage|captive)",
    ),
    term(
        "trapped",
        "en",
        "verb",
        r"(?:held|kept|holding|being held|being kept) (?:hostage|captive|prisoner|against (?:my|our|her|his|their) will)",
    ),
    term(
        "trapped",
        "en",
        STATE,
        r"(?:i m|i am|we re|we are|we re being|we are being|i m being|i am being|she s|he s|they re|she is|he is|they are) (?:held|kept|locked|trapped|chained|tied)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:won t|will not|don t|do not|doesn t|does not|never) let (?:me|us|her|him|them) (?:leave|go|out|get out|use the phone|call)(?! of (?:his|her|their|my|our) sight)",
    ),
    term(
        "trapped",
        "en",
        PAST,
        r"(?:wouldn t|didn t|did not|would not) let (?:me|us|her|him|them) (?:leave|go|out)",
    ),
    term("trapped", "en", NOW, r"(?:locks|lock|locked) the (?:door|gate|doors|room)"),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:i|we|she|he|they) (?:can t|cannot|can not) (?:go out|leave|get out|escape)",
        needs=r"locked?|door|room|phones?|boss|smuggler|coyote|house|working|work|guard\w*|watch\w*|stash|motel|trailer|warehouse|passports?|papers|documents|owe|debt|bar|forced",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:no air|can t breathe|cannot breathe)",
        needs=r"truck|trailer|container|van|box|locked|inside",
    ),
    term("attack", "en", NOW, r"(?:attacking|attack) (?:us|me)|(?:they re|they are) attacking"),
    term(
        "trapped",
        "en",
        "verb",
        r"(?:held|kept|holding|keeping) (?:me|us|her|him|them) (?:for|in|at|inside|there)",
    ),
    term("trapped", "en", PAST, r"(?:drugged) (?:me|us|her|him)"),
    term("trapped", "en", NOW, r"woke up (?:somewhere|in a place) (?:i|we) don t know"),
    # Beaten.
    term(
        "beaten",
        "en",
        NOW,
        r"(?:beats|beating|hits|hitting|punches|punching|kicks|kicking|chokes|choking|slaps|slapping|hurts|hurting|keeps hitting|keeps beating) (?:me|us|her|him|them|my \w+|our \w+|his \w+|their \w+|the (?:kids|children|baby|woman|girl|boy))(?: up)?",
    ),
    term("beaten", "en", "verb", r"(?:abused) (?:me|us|her|him)"),
    term("beaten", "en", "verb", r"(?:was|were|got|been) abused"),
    term(
        "beaten",
        "en",
        "verb",
        r"(?:beaten|beat up|assaulted|attacked|stabbed|shot|punched|kicked|choked|slapped|pistol whipped)",
    ),
    term(
        "beaten",
        "en",
        PAST,
        r"(?:beat|hit|punched|kicked|choked|slapped|hurt|attacked|assaulted|stabbed|shot) (?:me|us|her|him|them|my \w+|our \w+)(?: up)?",
    ),
    term("beaten", "en", HABIT, r"used to (?:beat|hit|hurt|punch|kick|abuse|choke)"),
    term(
        "trapped",
        "en",
        HABIT,
        r"used to (?:lock|keep|hold) (?:us|me|them|her|him)(?: in| inside| up)?",
    ),
    # Sexual violence.
    term("raped", "en", "verb", r"(?:raped|sexually abused|sexually assaulted|molested)"),
    term("raped", "en", NOW, r"(?:abusing|abuses|abuse) (?:me|us|her|my \w+)(?: sexually)?"),
    term(
        "raped",
        "en",
        NOW,
        r"(?:rape|rapes|raping|molest|molests|molesting) (?:me|us|her|him|them|my \w+|women|people|migrants|girls)",
    ),
    term(
        "raped",
        "en",
        NOUN,
        r"(?:rape|sexual abuse|sexual assault|sexual violence|sexual harassment|morning after pill|plan b|emergency contraception)",
    ),
    term(
        "raped",
        "en",
        NOW,
        r"(?<!when anyone )(?<!when people )(?<!if anyone )(?<!whenever anyone )"
        r"(?:touches|touching|grabs|grabbing|gropes|groping) (?:me|her|us)(?! up)"
        r"(?! (?:by the |by her |by my )?(?:arm|arms|hand|wrist|hair|neck|shoulder|phone|bag)(?= ))",
        needs=r"coyote|smuggler|boss|man|guy|employer|landlord|he|him|guide|owner|without|force|uncle|stepfather|cousin|brother in law|scared",
    ),
    term(
        "raped",
        "en",
        PAST,
        r"(?:touched|groped) (?:me|her|us|my \w+)(?: [a-z]+){0,3} (?:without|against|private)",
    ),
    term("raped", "en", PAST, r"forced (?:me|her|us) to (?:have sex|sleep with)"),
    # Death threats, being hunted.
    term(
        "threatened",
        "en",
        FUTURE,
        r"(?:going to|gonna|will|ll|want to|wants to|wanna|threaten(?:ed|s|ing)? to|trying to|coming to|promised to|said they d|said they will|said they would) kill (?:me|us|him|her|them|my \w+|our \w+)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:they|he|she|the \w+) (?:kill|kills|ll kill) (?:me|us|him|her|my \w+)",
    ),
    term(
        "threatened",
        "en",
        "verb",
        r"(?:threatened|threatening|threatens|threaten) (?:me|us|my \w+|our \w+|her|him)",
    ),
    term("threatened", "en", NOUN, r"death threats?"),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:following|chasing|hunting|looking for|watching) (?:me|us)(?! up)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:is|are|s|re) (?:right |just )?(?:outside|at|in front of) (?:my|our|the) (?:door|house|room|window|building)",
    ),
    term("threatened", "en", NOW, r"armed (?:men|man|guys|guy|people)"),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:can t|cannot) (?:talk|speak|call)(?: now)?",
        needs=r"outside|here|listen\w*|hear|watch\w*|room|door|next to me|behind",
    ),
    term("threatened", "en", NOW, r"(?:i m|i am|we re|we are) hiding"),
    term(
        "threatened",
        "en",
        NOW,
        r"with (?:a |his |her |their )?(?:knife|gun|guns|pistol|machete|weapon|weapons)",
    ),
    term("threatened", "en", NOW, r"(?:men|guys|people) with guns"),
    # Extortion.
    term("extortion", "en", "verb", r"(?:extorted|extorting|extort|extorts)"),
    term("extortion", "en", NOUN, r"(?:extortion|extortions|protection money|quota|the fee)"),
    term(
        "extortion",
        "en",
        PAST,
        r"(?:got|received|get|getting) (?:an? )?(?:extortion|threatening) (?:call|calls|message|messages)",
        person="self",
    ),
    term(
        "extortion",
        "en",
        NOW,
        r"if (?:i|we|my family|our families|they) (?:don t|do not|can t|cannot) (?:pay|send|deposit|give)",
    ),
    term(
        "extortion",
        "en",
        NOW,
        r"(?:asking|demanding|want|wants) (?:me|us|my family|our families)? ?(?:for )?(?:money|\d+ dollars|\d+ pesos|payment|ransom)",
    ),
    # Forced to work or sell sex.
    term(
        "forced_work",
        "en",
        "verb",
        r"(?:force|forces|forcing|forced|make|makes|making|made) (?:me|us|her|him|them|my \w+|our \w+) (?:to )?(?:work|sell drugs|carry drugs|smuggle|cook|clean)",
    ),
    term(
        "forced_work",
        "en",
        STATE,
        r"(?:being|been|am|is|are|m|s|re|was|were) forced to (?:work|sell drugs|carry drugs)",
    ),
    term("forced_work", "en", NOUN, r"(?:forced labor|forced labour)"),
    # A period that ended: "my boss made me work without pay for 3 months" ("made me work"
    # alone may still be going on, and stays now).
    term(
        "forced_work",
        "en",
        PAST,
        r"made (?:me|us) (?:to )?work(?: [a-z]+){0,5} for (?:\d+|a|one|two|three|four|five|six|several|many)"
        r" (?:days|weeks|months|years|month|year|week)",
    ),
    term(
        "forced_sex",
        "en",
        "verb",
        r"(?:force|forces|forcing|forced|make|makes|making|made) (?:me|us|her|them|my \w+|our \w+) (?:to )?(?:sell sex|have sex|prostitute\w*|sleep with|work as a prostitute|do sex work|sell (?:my|her|our|their) bod(?:y|ies)|marry)",
    ),
    term(
        "forced_sex",
        "en",
        STATE,
        r"(?:being|been|am|is|are|m|s|re|was|were) forced to (?:have sex|sell sex|prostitute\w*|sleep with|marry)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:sold|selling|sell|sells) (?:me|us|her|my \w+|our \w+|women|girls)(?= (?:to|in|here|at|for) )",
    ),
    term("trapped", "en", NOW, r"(?:sold|selling) (?:me|us|her|my \w+)"),
    term("forced_sex", "en", NOW, r"(?:pimp|pimping|prostituting) (?:me|us|her)"),
    # Documents kept.
    term(
        "documents_taken",
        "en",
        NOW,
        r"(?:keeps?|keeping|holds?|holding|takes?|taking) (?:the )?(?:workers|employees|migrants|people s|peoples) (?:passports?|papers|documents|ids)",
    ),
    term(
        "documents_taken",
        "en",
        "verb",
        r"(?:took|taken|kept|keeps|keep|keeping|holding|holds|has|have|stole|confiscated|took away) (?:my|our|her|his|their) (?:passport|passports|papers|documents|id|ids)",
    ),
    # A debt that grows.
    term(
        "debt",
        "en",
        NOW,
        r"debt(?: [a-z]+){0,5} (?:keeps growing|grows|is growing|goes up|never ends|keeps going up|gets bigger)",
    ),
    term("debt", "en", NOW, r"(?:we|i) owe (?:them|him|her|the \w+) (?:a lot|so much|money|\d+)"),
    term("debt", "en", NOW, r"(?:they say|he says|she says) (?:we|i) owe"),
    # Robbery.
    term("robbery", "en", "verb", r"(?:robbed|mugged|held up|stole|stolen|assaulted and robbed)"),
    term("robbery", "en", NOW, r"(?:rob|robs|robbing|mug|mugs) (?:me|us|people|migrants|you)"),
    term(
        "robbery",
        "en",
        PAST,
        r"took (?:my|our|all (?:my|our)|all the|all of (?:my|our)) (?:money|phone|phones|stuff|things|bag|bags|backpack|cash|wallet)",
    ),
    term("robbery", "en", PAST, r"took everything"),
    term("robbery", "en", NOUN, r"(?:robbery|robberies|get robbed|got robbed|gets robbed)"),
    # Wages kept.
    term(
        "wage_theft",
        "en",
        "verb",
        r"(?:doesn t|don t|didn t|never|won t|wouldn t|hasn t|haven t) (?:pay|paid) (?:me|us)",
    ),
    term("wage_theft", "en", PAST, r"never paid (?:me|us)"),
    # A child taken or lost.
    term(
        "child_taken",
        "en",
        PAST,
        rf"(?:took|taken|kidnapped|grabbed|snatched|stole|abducted) (?:my|our) {CHILD}",
    ),
    term(
        "child_taken",
        "en",
        PAST,
        rf"(?:my|our) {CHILD}(?: [a-z0-9]+){{0,4}} (?:was|got|has been|have been) (?:taken|kidnapped|grabbed|snatched|abducted)",
    ),
    term(
        "child_taken",
        "en",
        PAST,
        rf"(?:my|our) {CHILD}(?: [a-z0-9]+){{0,6}} (?:took|grabbed|kidnapped|snatched) (?:him|her|them)",
    ),
    term(
        "child_taken",
        "en",
        PAST,
        rf"(?:took|grabbed|kidnapped|snatched) (?:him|her|them)(?: [a-z]+){{0,3}} (?:my|our) {CHILD}",
    ),
    term("child_taken", "en", NOW, rf"(?:can t|cannot|can not) find (?:my|our) {CHILD}"),
    term(
        "child_taken",
        "en",
        NOW,
        rf"(?:my|our)(?: [a-z0-9]+){{0,3}} {CHILD} (?:didn t|did not|hasn t|has not|never) (?:come|came) (?:back|home)",
    ),
    term("child_taken", "en", NOW, rf"(?:my|our) {CHILD} (?:is|are) (?:missing|gone|lost)"),
    # Abandoned.
    term(
        "abandoned",
        "en",
        PAST,
        r"(?:left|abandoned|dumped|ditched)(?: [a-z]+){0,1} (?:us|me|them|the group)(?: [a-z]+){0,4} (?:desert|mountains?|brush|bush|woods|river|alone|behind|no water|without water|nowhere)",
    ),
    term("abandoned", "en", PAST, r"abandoned by (?:the|our) (?:smuggler|coyote|guide|group)"),
    term(
        "abandoned",
        "en",
        PAST,
        r"(?:the|our) (?:smuggler|coyote|guide|group|pollero) (?:left|abandoned|ditched)(?: us| me)?",
    ),
    term(
        "abandoned",
        "en",
        STATE,
        r"(?:lost|stranded|stuck) in the (?:desert|mountains|brush|bush|woods|middle of nowhere)",
    ),
    term(
        "abandoned",
        "en",
        STATE,
        r"(?:no|out of|without|ran out of) (?:water|food)(?: left)?",
        needs=WILD,
    ),
    term(
        "abandoned",
        "en",
        STATE,
        r"(?:we re|we are|i m|i am) in the (?:desert|arizona desert|texas desert|brush|mountains)",
    ),
    term("abandoned", "en", NOUN, r"cross(?:ing)? the (?:desert|river|mountains)"),
    term(
        "abandoned",
        "en",
        NOW,
        r"(?:abandon|abandons|leave|leaves) (?:people|migrants|them|you) (?:in the desert|behind|alone)",
    ),
    # Medical emergency.
    term(
        "medical",
        "en",
        NOW,
        r"(?:not|isn t|is not|stopped|can t|cannot|can not|barely) breath(?:e|ing)",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:bleeding|bleeds) (?:a lot|really bad|badly|so much|heavily|and|from)",
    ),
    term("medical", "en", NOW, r"(?:i m|i am|she s|he s|she is|he is|is|are) bleeding"),
    # Bleeding that goes on: "she's been bleeding since", "how long has she been bleeding".
    term(
        "medical",
        "en",
        NOW,
        r"(?:has|have|s|ve)(?: (?:she|he|it|they|the baby|my [a-z]+))? been bleeding"
        r"|(?:won t|wont|doesn t|doesnt) stop bleeding",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:unconscious|won t wake up|will not wake up|doesn t wake up|not waking up|not responding|unresponsive|seizure|seizures|heart attack|heat stroke|heatstroke|overdose|poisoned|snake bit|snakebite|bitten by a snake|stung by a scorpion|broken (?:leg|arm|bone)|in labor|water broke|giving birth)",
    ),
    term(
        "medical",
        "en",
        PAST,
        r"(?:fainted|passed out|collapsed)(?: and)?(?: [a-z]+){0,3} (?:won t|not|can t|doesn t)",
    ),
    term("medical", "en", NOW, r"(?:can t|cannot) (?:walk|move) anymore"),
    # Chest pain is a heart attack until a doctor says not: "having chest pains, on the floor".
    term(
        "medical",
        "en",
        NOW,
        r"(?:having|has|have|with|got) (?:bad |severe |strong |really bad )?chest pains?",
        needs=r"arm|sweat\w*|faint\w*|passed out|breath\w*|floor|ground|collapsed|pale|guards?",
    ),
    term("raped", "en", NOW, r"(?:comes?|came back) (?:in )?to touch (?:me|us|her)"),
    term("medical", "en", NOW, r"dehydrated", needs=WILD),
    term("medical", "en", PAST, r"(?:got|been|was|were|i m|we re|is|are) (?:shot|stabbed)"),
    term("medical", "en", PAST, r"(?:shot|stabbed) (?:me|us|him|her|my \w+)"),
    term("medical", "en", NOW, r"pregnant(?: [a-z]+){0,4} (?:bleeding|pain|contractions)"),
    term("medical", "en", NOW, r"(?:bleeding|pain)(?: [a-z]+){0,4} pregnant"),
    # Suicide and self-harm.
    term(
        "self_harm", "en", NOW, r"(?:kill|killing|hurt|hurting|cut|cutting) myself", person="self"
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:kill|killing|kills|hurt|hurting|hurts|cuts|cutting) (?:herself|himself|themselves)",
        person="other",
    ),
    # "He cut himself" is done ("cuts himself" is what he does).
    term("self_harm", "en", PAST, r"cut (?:herself|himself)", person="other"),
    term("self_harm", "en", NOW, r"(?:end|take|ending|taking) my (?:own )?life", person="self"),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:end|take|ending|taking) (?:her|his|their) (?:own )?life",
        person="other",
    ),
    term("self_harm", "en", NOW, r"(?:want|wanna|going) to die", person="self"),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:don t|do not) want to (?:live|be alive|wake up|go on)(?: anymore)?",
        person="self",
    ),
    term("self_harm", "en", NOW, r"(?:suicidal|suicide)"),
    term(
        "self_harm",
        "en",
        NOW,
        r"jump (?:off|from) (?:the|a) (?:bridge|building|roof)|jump in front of",
        person="self",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:take|taking|swallow|swallowing|took|overdose on) (?:all|all of) (?:my|the) (?:pills|meds|medication|medicine|tablets)",
        person="self",
    ),
    term(
        "self_harm",
        "en",
        PAST,
        person="self",
        regex=r"(?:tried|attempted) (?:to kill myself|to take my (?:own )?life|suicide|to end my life)",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:can t|cannot) (?:go on|take it anymore|do this anymore)",
        person="self",
    ),
    # Cries for help.
    term(
        "help_now",
        "en",
        NOW,
        r"(?:i m|i am|we re|we are|we re all|my life is|our lives are|she s|he s|she is|he is) in danger",
    ),
    term(
        "help_now",
        "en",
        NOW,
        r"(?:please help me|help me please|help us please|please help us|someone help)(?: now| quick| fast| urgent)?",
    ),
    term(
        "help_now",
        "en",
        NOW,
        r"(?:mayday|s o s|come quick|come fast|send someone|send help|send the police)",
    ),
    # Shooting, fire, drowning, accidents: danger around the person.
    term("attack", "en", NOW, r"(?:shootout|shooting|gunfire|gunshots|shots fired|firefight)"),
    term(
        "attack",
        "en",
        NOW,
        r"(?:they re|they are|people are|someone is|men are) (?:shooting|firing)",
    ),
    term(
        "attack",
        "en",
        NOW,
        r"(?:breaking|trying to break|trying to get|kicking the door) (?:in|into)",
    ),
    term("attack", "en", NOW, r"(?:there s a|there is a) fire"),
    term("medical", "en", NOW, r"(?:drowning|sinking|burning|suffocating)"),
    term(
        "medical",
        "en",
        PAST,
        r"(?:the river|the current) (?:took|swept|carried) (?:away )?(?:my|our|him|her|them|a)",
    ),
    term(
        "medical",
        "en",
        PAST,
        r"(?:fell|fallen|falling) (?:off|from) (?:the|a) (?:train|roof|wall|truck|trailer)",
    ),
    term(
        "medical",
        "en",
        PAST,
        r"(?:crashed|crash|rolled over|accident)(?: [a-z]+){0,5} (?:hurt|injured|dead|bleeding|trapped|not moving)",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:people are|someone is|he is|she is|hes|shes) (?:hurt|injured|dying)",
    ),
    term("medical", "en", NOW, r"lost (?:his|her|my) (?:leg|arm|hand|foot)"),
    term("medical", "en", NOW, r"(?:can t|cannot) stop (?:the )?bleeding"),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:back of|inside) (?:a|the) (?:trailer|truck|container|semi)",
        needs=r"locked|breathe|hot|air|trapped|can t get out",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:haven t|have not|didn t|don t|do not) (?:given|give) us (?:food|water|anything to eat)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:don t|do not|won t) let (?:us|me) (?:call|talk to|contact) (?:anyone|anybody|our families|my family)",
    ),
    term(
        "kidnapped", "en", NOW, r"(?:don t|do not) know where (?:they re|they are) taking (?:us|me)"
    ),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:trying to|want to|wants to|going to) (?:take|grab|snatch) (?:me|us|my \w+)",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:put|pushed|forced|threw) (?:us|me|him|her) (?:in|into) (?:a|the) (?:van|car|truck|suv)",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:sent|texted) me (?:a )?(?:photo|picture|video) of (?:my|our) \w+ (?:tied|beaten|bleeding|locked)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:looking|searching) for (?:my|our) (?:family|kids|children|husband|wife|son|daughter)",
    ),
    term(
        "forced_work",
        "en",
        NOW,
        r"if i (?:leave|quit|escape|stop working)(?: [a-z]+){0,4} (?:call ice|call immigration|report me|take my|kill me|hurt)",
    ),
    term(
        "abandoned",
        "en",
        NOW,
        r"(?:been walking|walking|lost) (?:in the desert )?for (?:\d+|two|three|four|several) days",
    ),
    term("help_now", "en", NOW, r"(?:it s an emergency|this is an emergency|emergency please)"),
    term(
        "medical",
        "en",
        NOW,
        r"(?:having (?:a|the|her|my) baby|giving birth|baby is coming|in labor|in labour|turning (?:blue|purple)|(?:are|is) fainting|can t stand up|cannot stand up)",
    ),
    term("medical", "en", PAST, r"swallowed (?:something|a|poison|bleach|pills|a coin|medicine)"),
    term("abandoned", "en", PAST, r"ran out of (?:water|food)"),
    term(
        "self_harm",
        "en",
        PAST,
        r"(?:took|swallowed|taken) (?:a lot of|too many|lots of|many|a bunch of|all the) (?:pills|meds|tablets|medication)",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"end it(?: all)?(?= (?:tonight|now|today) |\s*$)|don t want to be (?:here|alive) anymore",
        person="self",
    ),
    term("self_harm", "en", PAST, r"(?:cut|slit|slashed) (?:her|his|my|their) wrists"),
    term(
        "threatened",
        "en",
        NOW,
        r"threaten(?:ing|s|ed)? to (?:burn|kill|shoot|hurt|take|cut|rape|kidnap)",
    ),
    term(
        "threatened",
        "en",
        FUTURE,
        r"(?:will|ll|going to|gonna) cut (?:my|his|her|our|off) \w+|cut off (?:his|her|my) (?:finger|fingers|ear|head|hand)",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"or (?:my|our) \w+ (?:dies|die|will die|gets hurt|is dead)|or (?:they|he) (?:kill|kills|ll kill) (?:me|us|him|her)",
    ),
    term("threatened", "en", NOW, r"at gunpoint|at knifepoint"),
    term(
        "threatened", "en", NOW, r"(?:gang|gangs|men|guys|cartel|he|they) (?:is|are|s|re) outside"
    ),
    term(
        "trapped",
        "en",
        STATE,
        r"(?:stuck|trapped|locked|hidden|hiding|shut) in (?:a|the) (?:container|trailer|truck|box|van)",
    ),
    term("trapped", "en", STATE, r"(?:being|been|am|m|is|s|are|re) trafficked"),
    term(
        "beaten",
        "en",
        NOW,
        r"(?:beat|beats|hit|hits|punish|punishes) (?:whoever|anyone|anybody|those who|people who|the ones who)",
    ),
    term("exploited", "en", NOW, r"(?:one|1) meal a day"),
    term("beaten", "en", "verb", r"(?:choked|strangled|strangling|choking) (?:me|her|him|us)"),
    term("threatened", "en", FUTURE, r"(?:finish me|finish me off|would kill (?:me|us|him|her))"),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:prevent|prevents|stop|stops) (?:us|me) from (?:leaving|going out|calling)|(?:not|aren t|isn t|m not) allowed to (?:leave|go out|call)",
    ),
    term(
        "trapped",
        "en",
        STATE,
        r"(?:i am|i m|we are|we re) (?:a )?victims? of (?:human )?trafficking(?= (?:now|right now|here) |\s*$)",
        person="self",
    ),
    term(
        "attack",
        "en",
        PAST,
        r"(?:armed|masked) (?:men|guys|people) (?:broke in|came in|entered|got in|surrounded)",
    ),
    # Harm about to be done: "going to hit me", "trying to take us".
    term(
        "beaten",
        "en",
        FUTURE,
        r"(?:going to|gonna|will|ll|want to|wants to|trying to|tries to|threatening to|coming to) (?:hurt|hit|beat|stab|shoot|cut|punish) (?:me|us|my \w+|our \w+)",
    ),
    term(
        "raped",
        "en",
        FUTURE,
        r"(?:going to|gonna|will|ll|want to|wants to|trying to|tries to) (?:rape|touch|abuse) (?:me|us|her|my \w+)",
    ),
    term(
        "kidnapped",
        "en",
        FUTURE,
        r"(?:going to|gonna|will|ll|want to|wants to|trying to|coming to) (?:kidnap|take|grab|sell|lock up) (?:me|us|my \w+|our \w+)",
    ),
    term(
        "kidnapped",
        "en",
        STATE,
        r"(?:we are|we re|i am|i m|they are|they re) hostages?|as hostages?",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:coming|on their way|on his way) (?:for me|for us|to get me|to get us)|coming after (?:me|us)",
    ),
    term("threatened", "en", NOW, r"hiding from (?:him|them|my \w+|the \w+)"),
    term("trapped", "en", NOW, r"(?:can t|cannot|can not|no way to) (?:escape|run away|get away)"),
    # Missing relatives.
    term(
        "missing",
        "en",
        PAST,
        person="other",
        regex=r"(?:went missing|is missing|are missing|been missing|has disappeared|have disappeared|disappeared|haven t heard from|never heard from|lost contact with|no news from)",
    ),
    # A child the writer cannot find now: "i cant find my son", "we can't find our daughter".
    term(
        "missing",
        "en",
        NOW,
        person="other",
        regex=r"(?:can t|cant|cannot|can not) find (?:my|our) (?:son|daughter|child|kid|kids|baby|boy|girl|little one)",
    ),
    # Trafficking named.
    term("trafficking", "en", NOUN, r"(?:human trafficking|trafficking|traffickers?|trafficked)"),
    term(
        "trafficking",
        "en",
        PAST,
        r"(?:i was|we were|i am|i m) (?:a )?(?:victims? of (?:human )?trafficking|trafficked)",
        person="self",
    ),
    term(
        "exploited",
        "en",
        NOW,
        r"(?:have|has|make|makes|made|keep|keeps|got) (?:us|me|her|them) working",
    ),
    term(
        "forced_work",
        "en",
        "verb",
        r"(?:want|wants|told|tell|telling|forcing|force) (?:me|us) to (?:carry|sell|smuggle|move|cross|transport) (?:drugs|drug|weed|packages)",
    ),
    # A bone broken by someone: "he just broke my nose".
    *(
        term(
            "beaten",
            "en",
            PAST,
            person=person,
            regex=r"(?:he|she|they|husband|boyfriend|bf|partner|ex|stepdad|boss|guard|smuggler|coyote|guy|guys|man|men)"
            rf" (?:just |has |have )?(?:broke|broken|busted|cracked) (?:\d+ of )?{whose} (?:nose|arm|leg|jaw|ribs?|teeth|tooth|hand|wrist|lip)",
        )
        for person, whose in (("self", "(?:my|our)"), ("other", "her"))
    ),
    # A farewell and a plan: warning signs of suicide said without the word.
    term(
        "self_harm",
        "en",
        NOW,
        person="self",
        regex=r"(?:wrote|writing|left) (?:my |the )?goodbye (?:letters?|notes?)|this is my last (?:message|msg)|(?:said|saying) goodbye to (?:everyone|my kids|my family)",
    ),
    # Writing in hiding from the people who took them.
    term(
        "trapped",
        "en",
        NOW,
        r"(?:writing|texting|typing) (?:you )?(?:from|in) (?:the|a) (?:bathroom|closet|toilet)",
        needs=r"took (?:me|us)|locked|won t let|they have (?:me|us)|kidnapp\w*|can t leave",
    ),
    # Held: not allowed to leave, the keys taken; a relative picked up by men.
    term(
        "trapped",
        "en",
        NOW,
        r"(?:have not|haven t|havent|are not|aren t|not) (?:been )?allowed to leave|(?:he|she|they) took the keys",
        needs=r"locked|owe|passports?|leave|farm|boss|keys",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:got|was|were|been) picked up by (?:some |two |three |a few |armed |unknown )?(?:men|guys|people)",
    ),
    # Round 10: "with clients or I sleep outside", a threat to a mother, a cut that won't stop.
    term(
        "forced_sex",
        "en",
        NOW,
        r"(?:work|go|be|sleep|sleeping|working|going) with (?:the |some )?(?:clients|customers|men)",
        person="self",
        needs=r"tonight|today|or i|or else|debt|owe|have to|has to|make me|making me",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"or (?:they|he|she) (?:will )?(?:hurt|kill|harm|beat|come for) (?:my|me|us)",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"cut (?:too|so) deep|(?:it|the bleeding) (?:won t|wont|will not|doesn t|does not) stop",
    ),
    term(
        "self_harm",
        "en",
        PAST,
        r"(?:tried|attempted) to end it",
        person="self",
    ),
    # Round 11: rabies after a bite, asked for by name outside, a rope ready, a child gone with
    # strangers, a farewell to join a dead parent, a break-in, a guarded door, a stroke.
    term(
        "medical",
        "en",
        NOW,
        r"(?:a )?(?:dog|bat|animal) bit (?:my|me|him|her|us)|bitten by a (?:dog|bat)",
        needs=r"fever|scared of water|afraid of water|won t drink|wont drink|seizure\w*",
    ),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:asking for me|looking for me|asking about me)(?: by name)?",
        needs=r"cartel|gang|narcos?|mara|zetas|guys|men|they|sicarios?",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:(?:i have|i ve got|i got|got) the rope (?:ready|tied)|the rope is (?:ready|tied))(?! for (?:the |a |my |our )?(?:tent|boat|truck|load|laundry|clothes|swing|trip|climb|hammock))",
        person="self",
    ),
    term(
        "child_taken",
        "en",
        NOW,
        r"(?:didnt|didn t|did not|hasnt|hasn t|has not) (?:come|came) back",
        person="other",
        needs=r"\d+ ?yo|\d+ year old|son|daughter|kid|child|boy|girl|baby|(?:two|some|a few|2|3) men",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:go|going to|gonna) join my (?:mom|mother|dad|father|grandma|grandmother|wife|husband|son|daughter|baby)",
        person="self",
        needs=r"tonight|today|don t worry|dont worry|anymore|goodbye|bye|heaven",
    ),
    term(
        "attack",
        "en",
        NOW,
        r"(?:breaking|broke|smashing) (?:the|a|our) (?:window|door) to (?:get in|come in)|(?:hiding|hidden) in the (?:closet|bathroom|basement) with (?:the|my) (?:kids|children|baby)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:get|getting|sneak) out (?:of here )?without (?:them|anyone) (?:seeing|noticing)|the door is guarded",
        person="self",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:her|his|my) face is drooping|mouth is crooked|face drooping|(?:can t|cannot) lift (?:her|his) arm",
    ),
    # Round 12: a baby limp and not feeding, vomiting blood, blurred sight late in pregnancy, a
    # ransom deadline told calmly.
    term(
        "medical",
        "en",
        NOW,
        r"(?:super|very|really|so) (?:sleepy|floppy)|floppy|won t wake|wont wake|hard to wake|(?:hasnt|hasn t|has not) fed",
        needs=r"baby|babies|newborn|weeks|months|infant",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:threw up|throwing up|vomiting|vomited|puking) blood|coffee grounds",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"vision is blurry|blurry vision|seeing spots|vision (?:is )?(?:going|gone) blurry",
        needs=r"pregnant|weeks|months",
    ),
    term(
        "kidnapped",
        "en",
        NOW,
        r"(?:families|family|families have|family has) (?:have |has )?until (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight) to (?:send|pay)",
    ),
    # Round 13: photos used to extort, something swallowed, a bad burn, gunfire.
    term(
        "extortion",
        "en",
        NOW,
        r"nudes|naked (?:pics|photos|pictures)|intimate (?:photos|pics|videos|pictures)",
        needs=r"unless|if i don t|if i dont|pay|send (?:him|her|them) money|by tonight|by today|post them|send them",
    ),
    term("medical", "en", NOW, r"swallowed (?:a battery|bleach|a magnet|pills|poison|cleaning)"),
    term(
        "medical",
        "en",
        NOW,
        r"skin (?:is )?(?:peeling off|coming off)|bad burn|burned (?:really )?bad",
    ),
    term(
        "attack",
        "en",
        NOW,
        r"(?:hearing|hear|we hear|i hear) (?:gunshots|shots|shooting)|a bullet (?:broke|came|went)",
    ),
    # Round 18: "if I refuse they shoot my cousin", carrying a load across by force, food
    # drugged to keep people asleep, a phone swapped to track the person.
    term(
        "threatened",
        "en",
        NOW,
        r"if (?:i|we) (?:refuse|say no|don t|do not|won t|talk|tell|run|leave|call)(?: [a-z]+){0,5} (?:they|he|she)(?: ll| will| would| re gonna| are going to| gonna)? (?:kill|shoot|hurt|beat|stab|burn) (?:me|us|my \w+|our \w+)",
    ),
    term(
        "forced_work",
        "en",
        NOW,
        r"(?:forced|forcing|making|make) (?:me |us )?(?:to )?(?:carry|take|move|cross with) (?:a |the |their )?(?:backpack|backpacks|bag|bags|package|packages|drugs|load) (?:across|over the border|through the desert|to the other side)",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"(?:they|someone|somebody|he|she) (?:put|re putting|are putting|puts|keep putting) something in (?:the|our) (?:food|water|drink|drinks|coffee)",
        needs=r"we sleep|we re sleeping|sleep all day|asleep all|can t wake|missing|disappeared|locked|can t leave",
    ),
    term(
        "trapped",
        "en",
        NOW,
        r"took my phone(?: [a-z]+){0,4} gave me (?:another|a different|their)(?: one| phone)?",
        needs=r"where i am|where we are|track\w*|location|gps|watch(?:ing)? me",
    ),
    # Round 20: men waiting outside who followed the writer, a baby with a high fever who is
    # shaking, a child left behind by the train, a scorpion's sting, someone at the door.
    term(
        "threatened",
        "en",
        NOW,
        r"(?:guys|men|man|dudes|someone|they|two guys|2 guys)(?: are| is)? (?:waiting|parked|standing) "
        r"(?:outside|for me)(?: [a-z]+){0,4}",
        needs=r"followed me|following me|kill|hurt|gun|guns|knife|cartel|threat\w*",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:very )?high fever(?: [a-z]+){0,8} (?:seizure|seizing|convuls\w*|won t wake|not waking|limp)|"
        r"(?:baby|infant|newborn)(?: [a-z]+){0,4} (?:very )?high fever(?: [a-z]+){0,8} shaking",
    ),
    term(
        "missing",
        "en",
        NOW,
        r"(?:the train|la bestia) (?:left|took off|pulled out) without (?:him|her|my (?:son|daughter|kid|boy|girl|child|baby))",
        person="other",
    ),
    term("medical", "en", PAST, r"(?:a )?scorpion stung (?:me|my \w+|him|her)"),
    term(
        "threatened",
        "en",
        NOW,
        r"(?:trying|tries|tried) to (?:get|break|come) into (?:our|my) (?:room|door|apartment|trailer)",
        needs=r"tonight|key|force|scared|afraid|knife|gun|drunk|won t stop|keeps|for an hour|screaming",
    ),
    # A second development round of probes (2026-12-07).
    term(
        "medical",
        "en",
        NOW,
        r"(?:rattlesnake|rattler|snake) (?:bit|has bitten) (?:me|us|him|her|my (?:son|daughter|kid|baby|friend|"
        r"husband|wife|brother|sister|cousin|dad|mom|uncle|partner)|our \w+)|(?:i|he|she) (?:was|got) bit by a "
        r"(?:rattlesnake|rattler)",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:the )?(?:river|current) (?:took|swept|carried|is taking|is carrying) (?:away )?(?:my|our|him|her|them)"
        r"|swept away by the (?:river|current)",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:i )?(?:won t|will not|wont) be here tomorrow",
        person="self",
        needs=r"despedi\w*|adios|perdon\w*|carta|cuiden|goodbye|bye everyone|letter|forgive|take care of|adieu|pardon|lettre|let|orevwa|padon|adye|mouri|morir|die|mourir|vivir|live|vivre|viv",
    ),
    term(
        "attack",
        "en",
        NOW,
        r"(?:they re|they are|someone is|he s|he is) (?:kicking|breaking|busting) (?:down )?(?:the|my|our) door",
    ),
    term(
        "attack",
        "en",
        PAST,
        r"(?:they|he|someone|men|guys|some guys) (?:just )?(?:kicked|broke|busted) (?:down |in )?(?:the|my|our) door",
    ),
    term(
        "self_harm",
        "en",
        HABIT,
        r"used to (?:think|thinking) (?:about|of) (?:killing|hurting|cutting) myself|used to (?:want|wanna) to die"
        r"|used to cut myself|used to be suicidal",
        person="self",
        needs=PAST_IDEATION_TREATED,
    ),
    # Round 26: a neighbour screaming for help, a threat of death for when he gets home, a
    # farewell, a bottle of pills, a child's seizure, water run out, men who took the writer, a
    # burn. A second read narrowed each: a toddler "screaming help" at bath time, "when she finds
    # out im dead", "tell my family goodbye, they deport me", "2 pills for my headache", "the
    # hot water ran out", "some men took us to the shelter", "burned my hand on the stove".
    term(
        "help_now",
        "en",
        NOW,
        r"(?:is|are|s|keeps|started|start) (?:screaming|yelling|shouting|crying out) (?:for )?help(?! with)",
        person="other",
        needs=r"glass|breaking|beating|gun|shots?|police|cops|911|blood|kill\w*|what number|call the police",
    ),
    term(
        "threatened",
        "en",
        FUTURE,
        r"(?:when|once) (?:he|my \w+(?: \w+)?) (?:gets|comes) (?:home|back)(?: [a-z]+){0,3} (?:i m|im|i am|i ll be|ill be) (?:so )?(?:dead|a dead (?:woman|man))(?! tired| beat)",
        person="self",
        needs=r"tonight|means it|not joking|not a joke|did it before|gun|knife|saw (?:my|the) (?:phone|messages|texts|chat)|texted me|text me",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"tell my (?:mom|mother|mum|mama|family|kids|children|wife|husband|sister|brother|dad|father) "
        r"(?:i m |im |that i m |i am |that i am )?(?:sorry|i love (?:her|him|them))",
        person="self",
        needs=r"i can t anymore|i cant anymore|cant anymore|tracks|bridge|end it|forgive me",
    ),
    term(
        "self_harm",
        "en",
        PAST,
        r"(?:took|swallowed|taken|ate) (?:all|all of) (?:my|the|her|his) (?:sleeping )?(?:pills|meds|tablets|medication|medicine)"
        r"|(?:took|swallowed|taken) (?:like )?(?:[2-9]\d|1[5-9]|\d{3}) (?:pills|tablets|advil|tylenol|ibuprofen|of (?:my|the) pills)",
        needs=r"feel weird|feel strange|dizzy|sleep forever|die|dying|throwing up|vomit\w*|can t breathe|cant breathe|passing out|goodbye|sorry|numb|wont wake|won t wake|not waking",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:his|her|their|my|\w+ s) eyes (?:rolled|are rolling|rolling|went|are going) (?:back|up|white)",
        needs=SEIZING,
    ),
    term(
        "abandoned",
        "en",
        PAST,
        r"(?<!hot )(?:the |our |my )?water (?:ran out|is gone|is finished|finished|run out|is out)",
        needs=r"desert|border|walking|walked|guide|coyote|smuggler|lost|left us|left me|sun|heat|throwing up|brush|mountains?|river",
    ),
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:some|two|three|four|five|\d+|armed|masked) (?:men|guys|dudes|people) (?:took|grabbed|snatched|picked up) (?:me|us)"
        r"(?! to (?:the |a |our )?(?:shelter|hospital|church|station|clinic|doctor|office|border|consulate|bus|dinner|walmart|store))",
        person="self",
        needs=r"ransom|pay|paid|money|gun|guns|armed|locked|won t let|wont let|tied|blindfold\w*|call (?:my )?family"
        r"|don t know where i am|dont know where i am|hidden|hiding|took my phone",
    ),
    term(
        "beaten",
        "en",
        PAST,
        r"(?:burned|burnt) me with (?:a |his |her )?(?:cigarette|lighter|boiling water|hot oil)"
        r"|(?:threw|poured) (?:boiling|hot) (?:water|oil) on me|grabbed (?:me|her) by the (?:neck|throat|hair)"
        r"|slammed (?:me|her|my head) (?:against|into|on)",
        person="self",
    ),
    term(
        "beaten",
        "en",
        NOW,
        r"(?:grabs|grabbing) (?:me|her) by the (?:neck|throat|hair)|(?:slams|slamming) (?:me|her|my head) (?:against|into|on)",
        person="self",
    ),
    term(
        "beaten",
        "en",
        PAST,
        r"(?:he|she|they|husband|boyfriend|partner|bf) (?:burned|burnt) (?:me|my \w+) with (?:a |the |his |her )?(?:iron|cigarette|lighter|boiling water|hot oil|hot water)",
        needs=r"because|mad|angry|on purpose|again|threaten\w*|said|punish\w*",
        person="self",
    ),
    # "He's coming over to finish it": a threat to kill.
    term(
        "threatened",
        "en",
        FUTURE,
        r"(?:coming|come|comes) (?:over |back |here )?to finish (?:it|me|the job|what he started)|(?:gonna|going to|will) finish me(?: off)?",
        person="self",
    ),
    # Round 28 (second read): a heart attack told beside anxiety that usually comes.
    term(
        "medical",
        "en",
        NOW,
        r"(?:chest (?:hurts|is hurting|pain)|pain in my chest)(?: [a-z]+){0,8} left arm",
    ),
    # Round 28: a seizure told by what is seen, foam at the mouth on the floor.
    term(
        "medical",
        "en",
        NOW,
        r"foam(?:ing)? (?:in|at|from|out of|coming out of) (?:the|his|her|their|my) mouth",
        needs=r"shak\w*|seiz\w*|on the (?:floor|ground)|won t get up|wont get up|not (?:waking|responding|getting up)|unresponsive|passed out|fell",
    ),
    # Round 28 (a second topics set read by the screen): "dont wanna live anymore", cutting as a
    # habit, "want to disappear forever", a relative's attempt yesterday; a guide who never came
    # back, fallen behind the group.
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:dont|don t|do not) (?:wanna|want to|wish to) (?:live|be alive|be here|exist)(?: anymore| no more)?|"
        r"(?:want|wanna|want to) (?:to )?(?:disappear|vanish) (?:forever|for good)|what s the point (?:of|in) (?:going on|living|being alive|carrying on)|"
        r"whats the point (?:of|in) (?:going on|living|being alive|carrying on)|(?:i )?(?:burn|burned|cut) myself (?:with|when|every|again)|"
        r"(?:thinking|thinkin) (?:bout|about|of) (?:swallowing|taking) (?:all|them all|all of them|the whole)|(?:feel like|want to|wanna|thinking (?:of|about)) end(?:ing)? it all|better (?:off )?(?:dead|to kill myself|if i (?:was|were) dead)",
        person="self",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:i )?(?:cut|burn|hurt) (?:my (?:arms|wrists|legs|skin|thighs)|myself)(?: when| if| every| again| to)",
        person="self",
    ),
    term(
        "self_harm",
        "en",
        RECENT,
        r"tried to (?:hang|kill|cut|hurt|drown) (?:herself|himself|themselves)|tried to (?:end|take) (?:her|his|their) (?:own )?life",
        person="other",
    ),
    term(
        "abandoned",
        "en",
        NOW,
        r"(?:fell|fallen|got left|was left|were left|stayed) behind (?:the|my|our) group|lost (?:the|my|our) group|separated from (?:the|my|our) group",
        needs=r"water|alone|anyone|nobody|no one|dark|lost|" + WILD,
    ),
    # Round 29: pulled off a bus, a friend who does not answer to his name with open eyes, the
    # rope ready said alone, on a bridge looking at the water, cutting deeper, no food without
    # clients.
    term(
        "kidnapped",
        "en",
        PAST,
        r"(?:pulled|taken|dragged|yanked|grabbed) (?:(?:me|us|her|him|them|my \w+) )?off (?:the|a|our) (?:bus|train|truck|van)",
    ),
    term(
        "medical",
        "en",
        NOW,
        r"(?:not|isn t|isnt|is not|won t|wont|doesn t|doesnt|dont|don t) (?:answering|responding|answer|respond) when (?:we|i) (?:call|say|yell|shout) (?:his|her|their) name"
        r"|eyes (?:are )?open but (?:he|she|they|hes|shes|theyre) (?:is |s |are |re )?not there",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"rope (?:is )?(?:ready|tied)(?! for (?:the |a |my |our )?(?:tent|boat|truck|load|laundry|clothes|swing|trip|climb|hammock))",
        person="self",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:i m |im |i am |sitting |standing )?(?:on|at) (?:the|a|this) (?:bridge|roof|rooftop|ledge)",
        needs=r"water|river|looking down|jump|drop|goodbye|bye|end it|sorry",
        person="self",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"cut (?:deeper|too deep|myself deeper)|(?:cut|cutting) (?:myself )?(?:again )?(?:and )?(?:can t|cant|cannot) stop",
        person="self",
    ),
    term(
        "forced_sex",
        "en",
        NOW,
        r"no (?:food|eating|dinner) (?:if|unless|till|until) (?:i|we) (?:see|do|take|serve) (?:\d+ )?(?:clients|customers|men|johns)"
        r"|(?:\d+|ten|five) (?:clients|customers|johns) or (?:no (?:food|eating)|i don t eat|i dont eat)",
    ),
    # "he did it again, still here": whatever was done, whoever did it is still there.
    term(
        "help_now",
        "en",
        NOW,
        r"(?:he|she|they) did it (?:to me )?(?:again|to me)",
        needs=r"still (?:here|in the (?:house|room|apartment))|(?:he s|hes|he is|she s|she is|they re|theyre) still (?:here|there|outside|home)",
        person="self",
    ),
    term(
        "self_harm",
        "en",
        NOW,
        r"(?:going to|gonna|about to|will) (?:sleep|rest) forever",
        person="self",
    ),
    # The third topics set: sexual violence told as "bad things", beside women.
    term(
        "raped",
        "en",
        PAST,
        r"did (?:bad|terrible|horrible|awful|things|what they wanted) (?:things? )?(?:to|with) (?:us|me|her|them)",
        needs=r"women|woman|girls?|sister|daughter|wife|pregnan\w*|disease|separated",
    ),
]
_ = (HABIT, FUTURE)
