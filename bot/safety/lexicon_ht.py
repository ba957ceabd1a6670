"""Haitian Creole harm terms (folded: "fèmen" reads "femen", "m ap" stays "m ap").

Creole marks time before the verb: `ap` now (or soon), `pral`/`pra`/`va` soon, `te` done,
`t ap`/`te konn` used to, `fèk`/`sot` just; a bare action verb is done ("yo bat mwen", they beat
me). `verb` forms are read from those markers.
"""

from __future__ import annotations

from bot.safety.lexicon_frames import PAST_IDEATION_TREATED, SEIZING
from bot.safety.terms import FUTURE, HABIT, NOUN, NOW, PAST, RECENT, STATE, Term, term

ME = r"(?:m|mwen|nou|li|l|yo)"
CHILD = r"(?:pitit|pitit fi|pitit gason|ti moun|timoun|bebe|ti bebe|ti pitit)"
FAM = r"(?:m|mwen|nou)"
KIN = r"(?:fre|se|mari|madanm|pitit(?: fi| gason)?|papa|manman|zanmi|kouzen|kouzin|tonton|matant|mennaj|bebe|neve|nyes)"
WHO = rf"(?:{ME}|{KIN} (?:m|mwen|nou|li|l))"
WILD = r"deze|mon|bwa|rivye|mache|chale|soley|pedi|pase|gid|fwontye"

TERMS: list[Term] = [
    # Kidnapped.
    term("kidnapped", "ht", "verb", rf"(?:kidnape|kidnap|anlve|sekestre) {WHO}"),
    term("kidnapped", "ht", "verb", r"(?:kidnape|kidnap|anlve)"),
    term("kidnapped", "ht", NOUN, r"(?:kidnaping|kidnapin|kidnapping|ranson|otaj)"),
    term(
        "kidnapped",
        "ht",
        "verb",
        r"(?:mande fanmi (?:m|mwen|nou)|mande fanmi li) (?:\d+ )?(?:dola|lajan|ranson|pob)|mande (?:nou|m) (?:\d+ )?ranson",
    ),
    term("kidnapped", "ht", NOW, r"mande (?:yon )?ranson"),
    term(
        "kidnapped",
        "ht",
        NOW,
        r"yo gen (?:mari|madanm|fre|se|pitit|papa|manman|kouzen|kouzin|tonton|matant) (?:m|mwen|nou)(?! (?:nan prizon|nan detansyon|nan imigrasyon))",
    ),
    term(
        "kidnapped",
        "ht",
        PAST,
        r"(?:desann|rale|pran) (?:yon|de|twa) (?:\w+ )?nan (?:bis|kamyon|machin|tren) (?:la|a)(?: [a-z]+){0,2} (?:mennen|pran) (?:l|li|yo) ale",
    ),
    term("kidnapped", "ht", PAST, r"mennen (?:l|li|yo|m|nou) ale"),
    term("kidnapped", "ht", PAST, rf"(?:pran|mennen|kidnape|anlve) {KIN} (?:m|mwen|nou)"),
    term("kidnapped", "ht", FUTURE, r"(?:ap|pral|pra|va) vann (?:nou|m|mwen)"),
    term("kidnapped", "ht", NOW, r"(?:kenbe|fenmen|femen) (?:nou|m|mwen) nan (?:yon|on) kay"),
    # Held.
    term("trapped", "ht", "verb", rf"(?:femen|fenmen|kenbe|bloke|mare|chennen|kadnase) {WHO}"),
    term("trapped", "ht", NOW, r"(?:m|mwen|nou) pa ka sove|yo veye (?:m|mwen|nou)"),
    term("kidnapped", "ht", PAST, r"(?:yo|bandi yo|gang lan|kartel la) pran (?:nou|m|mwen)(?= |$)"),
    term("kidnapped", "ht", NOW, rf"pou (?:lage|libere|remet|rann) {KIN} (?:m|mwen|nou)"),
    term(
        "trapped", "ht", NOW, rf"pa (?:kite|kite m|vle kite|ka kite) {ME}? ?(?:soti|ale|pati|sove)"
    ),
    term(
        "trapped",
        "ht",
        NOW,
        r"(?:m|mwen|nou) pa (?:ka|kab|kapab) (?:soti|ale|pati)",
        needs=r"femen|fenmen|kle|kadna|pot|kenbe|patwon|pase|kay|chanm|telefon|travay|motel",
    ),
    term(
        "trapped",
        "ht",
        STATE,
        r"(?:m|mwen|nou|li|yo) (?:femen|fenmen|bloke|mare|prizonye|kenbe) (?:nan|andan)",
    ),
    term("trapped", "ht", NOW, r"(?:ak kle|kadna)"),
    term("trapped", "ht", PAST, rf"(?:bay|ban) {ME} dwog"),
    # Beaten.
    term(
        "beaten",
        "ht",
        "verb",
        rf"(?:bat|(?<!pot )(?<!lapot )(?<!laport )(?<!pot la )frape|maltrete|kale|bay kou|ban kou|bay baton) {WHO}",
    ),
    term("attack", "ht", NOW, r"(?:y ap|yo ap) atake (?:nou|m)"),
    term(
        "beaten",
        "ht",
        PAST,
        rf"(?:bay|ban|ba) {ME} (?:kout kouto|kout baton|kout pwen|kout zam|kou|baton)",
    ),
    term("medical", "ht", PAST, rf"tire (?:sou )?{WHO}"),
    term("medical", "ht", PAST, rf"(?:bay|ban) {ME} kout (?:kouto|zam|bal)"),
    term(
        "beaten",
        "ht",
        NOW,
        r"(?:ap|k ap) (?:bat|frape|maltrete) (?:fre|se|pitit|papa|manman|mari|madanm|zanmi|yon|moun)",
    ),
    # Sexual violence.
    term("raped", "ht", "verb", rf"(?:vyole|fe kadejak sou|abize) {ME}"),
    term(
        "raped",
        "ht",
        NOUN,
        r"(?:vyol|kadejak|vyolans seksyel|abi seksyel|grenn demen maten|grenn lannuit)",
    ),
    term("raped", "ht", "verb", r"(?:vyole|abize)"),
    term("raped", "ht", NOW, rf"(?:ap touche|ap manyen|konn touche|konn manyen) {ME}"),
    term("raped", "ht", PAST, rf"(?:touche|manyen) {ME}(?: [a-z]+){{0,2}} (?:san|pa dako|pou fos)"),
    # Death threats, being hunted.
    term("threatened", "ht", "verb", r"(?:touye|tiye) (?:m|mwen|nou|l|li|yo|fanmi (?:m|mwen))"),
    term("threatened", "ht", "verb", rf"menase {ME}"),
    term("threatened", "ht", NOUN, r"menas (?:lanmo|pou touye)"),
    term(
        "threatened", "ht", NOW, r"(?:ap|k ap) (?:chache|cheche|swiv|veye|pousuiv) (?:m|mwen|nou)"
    ),
    term("threatened", "ht", NOW, r"(?:m|mwen|nou) kache"),
    # Not where a thing was stolen or parked ("yo vòlè moto m devan kay la").
    term(
        "threatened",
        "ht",
        NOW,
        r"(?<!moto )(?<!moto m )(?<!machin )(?<!machin mwen )(?<!moto mwen )(?<!bisiklet )(?<!bisiklet mwen )(?<!bisiklet m )(?<!vole )(?<!pake )"
        r"devan (?:pot|kay|chanm)(?: (?:m|mwen|nou|nan|la|a))?",
    ),
    term(
        "threatened",
        "ht",
        NOW,
        r"(?:m|mwen) pa (?:ka|kab) (?:pale|reponn|rele)",
        needs=r"devan|deyo|tande|koute|veye|chanm|pot|bo kote",
    ),
    term("threatened", "ht", NOW, r"(?:ak|gen) (?:yon )?(?:kouto|zam|revolve|fizi|manchet)"),
    # Extortion.
    term("extortion", "ht", NOUN, r"(?:ekstosyon|kotizasyon|taks)"),
    term("extortion", "ht", PAST, r"resevwa (?:yon |de |kek )?apel ekstosyon", person="self"),
    term(
        "extortion",
        "ht",
        NOW,
        r"si (?:m|mwen|nou|fanmi (?:m|mwen|nou)) pa (?:peye|voye|bay|depoze)",
    ),
    # Forced to work or sell sex.
    term("forced_work", "ht", "verb", rf"(?:fose|fos) {WHO} (?:travay|vann dwog|pote)"),
    term(
        "forced_sex",
        "ht",
        "verb",
        rf"(?:fose|fos|fe) {WHO} (?:fe) (?:pwostitisyon|bizniz|seks|sex|jennen)",
    ),
    term("forced_sex", "ht", "verb", rf"(?:fose|fos) {WHO} (?:vann ko|domi|kouche|marye)"),
    term("forced_sex", "ht", NOW, rf"(?:ap fose|k ap fose) {WHO} (?:kouche|domi|fe seks)"),
    term("trapped", "ht", "verb", rf"vann {WHO}"),
    term(
        "forced_work",
        "ht",
        "verb",
        r"menase(?: [a-z]+){0,3} rele (?:migra|imigrasyon|lapolis|polis)",
    ),
    term(
        "forced_work",
        "ht",
        NOW,
        r"(?<!m ka )(?<!mwen ka )(?<!pou m )(?:rele|relem|rele la) (?:migra|imigrasyon|lapolis)(?: [a-z]+){0,3} si (?:m|mwen|nou) pa",
    ),
    term("forced_sex", "ht", NOW, rf"(?:vann|prostitye) {ME} bay gason"),
    # Documents kept.
    term(
        "documents_taken",
        "ht",
        "verb",
        rf"(?:pran|kenbe|konfiske|vole|volo) (?:paspo|papye|dokiman|kat idantite) {ME}",
    ),
    # A debt that grows.
    term("debt", "ht", NOW, r"det(?: [a-z]+){0,8} (?:ap grandi|ap ogmante|pa janm fini|ap monte)"),
    # Robbery.
    term("robbery", "ht", "verb", rf"(?:vole|volo|piye|detwouse) {ME}"),
    term("robbery", "ht", PAST, rf"(?:pran|vole) (?:lajan|telefon|tout bagay|tout) {ME}?"),
    # Wages kept.
    term("wage_theft", "ht", "verb", rf"pa (?:janm )?peye {ME}"),
    # A child taken or lost.
    term("child_taken", "ht", PAST, rf"pran {CHILD} {FAM}"),
    term("child_taken", "ht", PAST, rf"(?:kidnape|anlve|vole|mennen|rache|arache) {CHILD} {FAM}"),
    term("child_taken", "ht", PAST, rf"pran {CHILD} (?:fi|gason) {FAM}"),
    term(
        "child_taken", "ht", NOW, rf"(?:pa ka|pa jwenn) (?:jwenn )?(?:\d+ |de |twa )?{CHILD} {FAM}"
    ),
    # Abandoned.
    term(
        "abandoned",
        "ht",
        PAST,
        r"(?:kite|lage|abandone) (?:nou|m|mwen)(?: [a-z]+){0,4} (?:deze|mon|bwa|san dlo|pou kont nou|pou kont mwen|rivye)",
    ),
    term(
        "abandoned",
        "ht",
        PAST,
        r"(?:pase|gid|kowot|gwoup) (?:a|la) (?:te )?(?:kite|lage|abandone) (?:nou|m|mwen)",
    ),
    term("abandoned", "ht", NOW, r"abandone moun"),
    term("abandoned", "ht", STATE, r"pedi nan (?:deze|mon|bwa|rak)"),
    term("abandoned", "ht", STATE, r"(?:pa gen dlo|san dlo|pa gen manje)", needs=WILD),
    term("abandoned", "ht", STATE, r"(?:nou|m|mwen) nan deze"),
    term("abandoned", "ht", NOUN, r"travese deze"),
    # Medical emergency.
    term("medical", "ht", NOW, r"pa (?:ka )?respire"),
    term("medical", "ht", NOW, r"(?:ap senyen|senyen anpil|ap pedi san|anpil san)"),
    # "Li gen san k ap koule", "san ap koule": blood flowing now.
    term("medical", "ht", NOW, r"san (?:k ap|que ap|kap|ki ap|ap) koule"),
    # Not a phone or a group that does not answer ("pèsonn nan gwoup li a pa reponn").
    term(
        "medical",
        "ht",
        NOW,
        r"(?<!pesonn )(?<!gwoup li a )(?<!gwoup la )(?<!gwoup a )(?<!telefon li )(?<!telefon an )"
        r"pa reponn(?! (?:telefon|telefonn|mesaj|apel|mwen|m|nou))",
    ),
    term("medical", "ht", NOW, r"dezidrate", needs=r"deze|mache|pedi|soley|pase|jou"),
    term(
        "medical",
        "ht",
        NOW,
        r"(?:pedi konesans|endispoze|pa reveye|kriz|atak ke|malkadi|pike pa yon skopyon|koulev mode|janm kase|bra kase|pral akouche|ap akouche|dlo pete|kontraksyon)",
    ),
    term("medical", "ht", NOW, r"pa ka (?:mache|bouje) anko"),
    # Round 22: a seizure in Creole's own word; "yo tire" alone (they are shooting); a bone
    # broken by someone ("li kase nen m").
    term("medical", "ht", NOW, r"(?:ap|k ap|kap) konvilse"),
    term(
        "attack",
        "ht",
        NOW,
        r"(?:yo|y) (?:ap )?tire sou (?:nou|n|mwen|m)|tande (?:yo |y )?(?:ap )?tire",
    ),
    term(
        "beaten",
        "ht",
        PAST,
        person="self",
        regex=r"(?:li|l|yo|mari (?:m|mwen)|mesye (?:a|m|mwen)|neg la|bos la) (?:fek |sot |fenk )?(?:kase|kraze)"
        r" (?:nen|bra|janm|machwa|dan|kot|men) (?:m|mwen)",
    ),
    # Suicide and self-harm.
    term("self_harm", "ht", NOW, r"touye tet (?:m|mwen)", person="self"),
    term("self_harm", "ht", NOW, r"touye tet (?:li|yo)", person="other"),
    term("self_harm", "ht", NOW, r"(?:swisid|swisidi)"),
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?:sote (?:sou|nan) pon|lage ko (?:m|mwen) nan rivye|pann tet (?:m|mwen))",
        person="self",
    ),
    term("self_harm", "ht", NOW, r"pran tout grenn (?:mwen|m|yo)", person="self"),
    term("self_harm", "ht", PAST, r"(?:eseye|te eseye|te vle) touye tet (?:m|mwen)", person="self"),
    term("self_harm", "ht", NOW, r"(?:m|mwen) vle mouri", person="self"),
    term("self_harm", "ht", NOW, r"pa vle viv anko", person="self"),
    # Round 28: "m pa vle leve demen" (not wanting to wake up), as "no quiero despertar"; not
    # a lie-in ("m pa vle leve demen maten bone", "pou al travay").
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?:m|mwen) pa vle (?:reveye|leve)(?!(?: demen)? (?:bone|maten|a \d|pou|le|lekol|travay|nan kabann|se dimanch|dimanch|jou konje))"
        r"(?: demen| anko)|(?:m|mwen) pa vle reveye",
        person="self",
    ),
    term("self_harm", "ht", NOW, r"(?:fe tet (?:m|mwen) mal|koupe tet (?:m|mwen))"),
    # Cries for help.
    term(
        "help_now",
        "ht",
        NOW,
        r"(?:anmwe|anmwey|sekou|amwe|vini vit|vinn vit (?:tanpri|souple|ede)|voye polis)",
    ),
    term("help_now", "ht", NOW, r"(?:m|mwen|nou|li) (?:an|nan) danje"),
    # Shooting, fire, drowning, accidents: danger around the person.
    term("attack", "ht", NOW, r"(?:fiziyad|y ap tire|yo ap tire|gen tire|bal ap tonbe)"),
    term("attack", "ht", NOW, r"(?:ap eseye antre|vle antre|kraze pot)"),
    term("attack", "ht", NOW, r"gen dife"),
    term("medical", "ht", NOW, r"(?:ap neye|pral neye|neye|toufe|ap boule)"),
    term("medical", "ht", PAST, r"tonbe (?:sot )?(?:nan|sou) (?:tren|kamyon|mi|do kay)"),
    term(
        "medical", "ht", PAST, r"(?:aksidan|chavire)(?: [a-z]+){0,5} (?:blese|mouri|san|pa bouje)"
    ),
    term("medical", "ht", NOW, r"pedi (?:janm|bra|pye|men) (?:li|l|m|mwen)"),
    term(
        "trapped", "ht", "verb", r"(?:fenmen|femen|bloke) nan (?:do )?(?:yon|on|kamyon|kamyon an)"
    ),
    term("trapped", "ht", NOW, r"pa (?:ban|bay) nou manje"),
    term("kidnapped", "ht", NOW, r"pa konn ki kote (?:y ap|yo ap) mennen nou"),
    term(
        "kidnapped",
        "ht",
        PAST,
        r"(?:mete|pouse|jete) nou nan (?:yon|on) (?:kamyonet|machin|kamyon)",
    ),
    term("kidnapped", "ht", NOW, rf"vle pran (?:{KIN}|pitit fi|pitit gason) (?:m|mwen)"),
    term("kidnapped", "ht", PAST, rf"voye (?:yon )?foto {KIN} (?:m|mwen) (?:mare|bat|fenmen)"),
    term(
        "abandoned",
        "ht",
        NOW,
        r"(?:m ap mache|n ap mache|nou pedi) (?:nan deze a )?depi (?:\d+|de|twa|kat|plizye) jou",
    ),
    term(
        "medical",
        "ht",
        NOW,
        r"(?:ap akouche|pral akouche|bebe a ap vini|vin ble|ap endispoze|pa ka kanpe)",
    ),
    term("medical", "ht", PAST, r"vale (?:yon bagay|pwazon|grenn|klowox)"),
    term("self_harm", "ht", PAST, r"pran (?:twop|anpil|tout) grenn|koupe venn (?:li|m|mwen)"),
    term("self_harm", "ht", NOW, r"fini ak (?:tout|lavi m|lavi mwen)", person="self"),
    term("threatened", "ht", NOW, r"menase (?:pou )?(?:boule|touye|kidnape|koupe|vyole)"),
    term("threatened", "ht", NOW, r"anba zam"),
    term("beaten", "ht", "verb", rf"trangle {WHO}"),
    term("threatened", "ht", FUTURE, r"fini (?:ave|avek|ak) (?:m|mwen|nou)"),
    term("threatened", "ht", FUTURE, r"(?:yo|y) (?:ap|pral|va|pra) koupe (?:dwet|tet|men|zorey)"),
    term(
        "threatened",
        "ht",
        NOW,
        r"sinon (?:fanmi|pitit|mari|madanm|fre|se) (?:m|mwen|nou)? ?(?:ap|pral) mouri",
    ),
    term(
        "trapped", "ht", NOW, r"anpeche (?:nou|m|mwen) (?:soti|ale|rele)|(?:nou|m) pa gen dwa soti"
    ),
    term(
        "trapped",
        "ht",
        STATE,
        r"(?:m|mwen|nou) se viktim trafik(?: moun)?(?= (?:kounye a|isit) |\s*$)",
        person="self",
    ),
    term(
        "attack",
        "ht",
        NOW,
        r"(?:neg|nonm|moun) (?:ak kagoul|ak zam|ame) (?:ki )?(?:antre|vini|rive)",
    ),
    term("self_harm", "ht", PAST, r"vale tout grenn (?:m|mwen|li)"),
    # Held as hostages, someone coming for them, no way out.
    term(
        "kidnapped",
        "ht",
        STATE,
        r"(?:an|kom|tankou) otaj|(?:m|mwen|nou) (?:nan men|anba men) (?:yo|bandi|gang|kidnape)",
    ),
    term("threatened", "ht", NOW, rf"(?:ap|pral|vle) vin (?:cheche|chache|pran) {ME}"),
    term("trapped", "ht", NOW, r"(?:m|mwen|nou) pa (?:ka|kab|kapab) (?:sove|chape|kouri ale)"),
    # Missing relatives.
    term(
        "missing",
        "ht",
        PAST,
        person="other",
        regex=r"(?:disparet|pa gen nouvel|pa janm tande anyen|pa tande anyen)",
    ),
    # Trafficking named.
    term("trafficking", "ht", NOUN, r"(?:trafik moun|trafik|trafikan)"),
    term("trafficking", "ht", PAST, r"(?:m|mwen|nou) te viktim trafik", person="self"),
    term("exploited", "ht", NOW, r"(?:fe|fose) (?:nou|m|mwen) travay"),
    # A farewell and a plan: warning signs of suicide said without the word.
    term(
        "self_harm",
        "ht",
        NOW,
        person="self",
        regex=r"(?:ekri|kite) (?:yon )?let (?:dadye|adye)|denye mesaj (?:m|mwen)|(?:bwe|vale|pran) tout grenn (?:yo|medikaman yo)",
    ),
    # Round 9: bleeding that does not stop after a birth; a person who cannot speak properly.
    term(
        "medical",
        "ht",
        NOW,
        r"san (?:an|la) pa (?:vle|ka|kab) (?:kanpe|rete|sispann)|pa (?:vle|ka) sispann senyen|pa (?:ka|kab) pale byen|doule nan pwatrin",
    ),
    # Round 27: a tight chest with a sign of the heart ("pwatrin li sere e bra goch li fè l mal").
    term(
        "medical",
        "ht",
        NOW,
        r"pwatrin (?:li|l|m|mwen) (?:sere|fe (?:l|m|li|mwen) mal)|(?:gen|ak) (?:yon )?doule (?:nan|lan) pwatrin",
        needs=r"bra goch|bra (?:li|l|m) |swe|tonbe|pa ka respire|souf|pal|gri|endispoze",
    ),
    # Round 10: "swa m al ak kliyan yo swa m dòmi nan lari".
    term(
        "forced_sex",
        "ht",
        NOW,
        r"(?:al|ale|domi|travay|soti|kouche) ak (?:kliyan|gason|nonm)(?: yo| la)?",
        person="self",
        needs=r"aswe a|jodi a|swa|oswa|det|oblije",
    ),
    # Round 11: a child limp after diarrhoea, rabies after a bite, a crooked mouth.
    term(
        "medical",
        "ht",
        NOW,
        r"li mou net|(?:li|pitit la|bebe a) pa (?:leve|reveye)",
        needs=r"dyare|vomi|lafyev|pitit|bebe",
    ),
    term("medical", "ht", NOW, r"chen (?:mode|morde)", needs=r"lafyev|fyev|pe dlo|pa vle bwe"),
    term("medical", "ht", NOW, r"bouch (?:li )?kwochi"),
    # Round 12: a baby who does not feed or wake, vomiting blood, blurred sight in pregnancy, a
    # child just taken by a parent leaving tonight, a daughter who never came back.
    term(
        "medical",
        "ht",
        NOW,
        r"pa (?:vle|ka) tete|(?:li )?pa reveye|ap domi twop",
        needs=r"bebe|semen|mwa|tibebe",
    ),
    term("medical", "ht", NOW, r"(?:ap )?vomi san"),
    term("medical", "ht", NOW, r"(?:ap )?we twoub|ti limye", needs=r"ansent|mwa|semen|gwoses"),
    term(
        "child_taken",
        "ht",
        RECENT,
        r"(?:sot|fek|fenk) pran (?:l|li|pitit (?:mwen|m)) (?:lekol|nan lekol)",
        person="other",
        needs=r"san pemisyon|pral|vol|aswe a",
    ),
    term(
        "child_taken",
        "ht",
        NOW,
        r"pa janm tounen|poko tounen",
        person="other",
        needs=r"pitit|timoun|ti fi|ti gason|\d+ an",
    ),
    # Round 18: "yo pa kite n soti" (n for nou), water drugged to keep people asleep, a phone
    # swapped to track the person.
    term("trapped", "ht", NOW, r"pa (?:kite|vle kite|ka kite) n (?:soti|ale|pati|sove)"),
    term(
        "trapped",
        "ht",
        NOW,
        r"yo mete (?:yon )?(?:bagay|kichoy) nan (?:dlo a|manje a|bwason an|dlo|manje)",
        needs=r"domi|disparet|tet vire|toudi|femen|fenmen|pa ka soti",
    ),
    term(
        "trapped",
        "ht",
        NOW,
        r"pran telefon (?:mwen|m)(?: [a-z]+){0,4} (?:ban m|bay m|ba m|ban mwen) yon lot",
        needs=r"kote (?:m|mwen|nou) ye|swiv|gps|veye",
    ),
    # Round 20: "yo vle tué moin", moun kanpe devan refij la, yon timoun ki pa tranble ankò nan
    # frèt la, yon eskòpyon, yon timoun ki pa la ankò.
    term("threatened", "ht", NOW, r"(?:vle|pral|ap|va) (?:tue|tiye|touye) (?:moin|mwen|m|nou)"),
    term(
        "threatened",
        "ht",
        NOW,
        r"yo kanpe devan (?:refij|kay|pot|abri) (?:la|a)",
        needs=r"touye|tue|zam|kouto|menase|swiv",
    ),
    term(
        "medical",
        "ht",
        NOW,
        r"pa tranble anko(?: [a-z]+){0,3} (?:vle|anvi) domi",
        person="other",
    ),
    term("medical", "ht", PAST, r"(?:yon|on) eskopyon pike (?:pitit|ti gason|ti fi|m|mwen)"),
    term(
        "missing",
        "ht",
        PAST,
        r"(?:pitit(?: fi| gason)?|ti gason|ti fi|timoun) (?:m|mwen)(?: [a-z0-9]+){0,3} pa la anko",
        needs=r"machin|kamyonet|neg|bandi|chache|disparet|pedi|pesonn pa we|pa (?:ka )?jwenn (?:l|li)",
        person="other",
    ),
    # A second development round of probes (2026-12-07).
    term(
        "medical",
        "ht",
        NOW,
        r"(?:li|l|pitit (?:mwen|m)(?: an)?|bebe a|timoun nan|ti moun nan|ti bebe a) (?:p ap|pap|pa p) reponn"
        r"(?! (?:telefon|telefonn|mesaj|apel|mwen|m|nou|imel|le))",
    ),
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?:m|mwen) (?:pa p|p ap|pap|pa) la demen(?! maten| apremidi| aswe| pou)",
        person="self",
        # A farewell ("m fin ekri let pou manman m"), not a trip or an appointment.
        needs=r"(?:fin|sot|fenk) ekri (?:yon )?let pou (?:manman|papa|pitit|fanmi|madanm|mari)\w*|orevwa|padon|adye|mouri",
    ),
    term(
        "medical",
        "ht",
        NOW,
        r"(?:rivye a|dlo a|larivye a) (?:pote|bwote|pran|trennen) (?:pitit|ti|m|mwen|li|yo|nou)",
    ),
    term(
        "attack",
        "ht",
        NOW,
        r"(?<!timoun )(?<!ti moun )yo (?:ap kraze|ap kase|ap defonse|fin kraze|sot kraze|fenk kraze|defonse)"
        r" pot (?:la|a|kay la)",
    ),
    term(
        "self_harm",
        "ht",
        HABIT,
        r"avan (?:m|mwen) te (?:konn )?(?:panse|vle) (?:touye tet (?:m|mwen)|mouri|touye tet)",
        person="self",
        needs=PAST_IDEATION_TREATED,
    ),
    # Round 26: a child's seizure, blows announced for tonight, a burn done on purpose (not
    # "kafe a te tro cho li boule m", nor an accident while ironing).
    term(
        "beaten",
        "ht",
        PAST,
        r"(?:mari|mennaj|msye|neg|nonm|madanm|bope|belme|li|yo|l)(?: m| mwen| li| l| an)? (?:te )?boule "
        r"(?:m|mwen|bra m|men m|figi m|do m) ak (?:dlo cho|lwil cho|sigaret|fe a|fe pou pase)",
        person="self",
        needs=r"paske|poutet|fache|li di|espre|ekspre|pa ka soti|anko",
    ),
    term(
        "medical",
        "ht",
        NOW,
        r"(?:je l|je li|zye l|zye li) (?:ap )?(?:vire|tounen|blanch)",
        needs=SEIZING,
    ),
    term(
        "beaten",
        "ht",
        FUTURE,
        r"(?:li|l) (?:pral|ap|va|pr al|prale) (?:\w+ ){0,3}bat (?:m|mwen|nou)",
        person="self",
    ),
    # "Li te fese m": the blows said with their own verb.
    term("beaten", "ht", "verb", rf"fese {ME}"),
    # Round 28: a seizure told by what is seen, foam at the mouth on the ground.
    term(
        "medical",
        "ht",
        NOW,
        r"kim (?:nan|sou|ki sot nan) bouch|(?:bouch (?:li|l) )?(?:ap )?kimen",
        needs=r"tranble|konvilse|kriz|ate|a te|pa leve|pa reponn|pa reveye|endispoze|tonbe",
    ),
    # Round 28 (a second topics set read by the screen): cutting as a habit, wishing to die asked
    # as a question, "poukisa m ap kontinye", under the train; a guide who never came back, left
    # by the river.
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?<!mari )(?<!madanm )(?<!mennaj )(?:m|mwen) (?:konn |toujou )?koupe (?:bra|ponyet|janm|venn|po) (?:m|mwen)|"
        r"(?<!mari )(?<!madanm )(?<!mennaj )(?:m|mwen) (?:konn|toujou) boule (?:bra|ponyet|janm|po) (?:m|mwen)|(?:m|mwen) anvi mouri|"
        r"(?:m|mwen) vle disparet pou (?:tout tan|toujou|tout bon)|(?:m|mwen) (?:vle|pral|ap) (?:jete|lage) ko (?:m|mwen) (?:nan|anba) (?:lanme|rivye|tren)|"
        r"poukisa (?:m|mwen) (?:ap|pou) kontinye|lage ko (?:m|mwen) (?:anba|devan|nan|sou) (?:tren|machin|kamyon|pon|rivye|lanme)",
        person="self",
    ),
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?:achte|gen|pare) (?:grenn|renmed|pwazon)(?: [a-z]+){0,6} (?:bwe|vale|pran) (?:yo|li|l) tout",
        person="self",
    ),
    term(
        "abandoned",
        "ht",
        PAST,
        r"(?:yo|gid la|pase a|koyot la|gwoup la) (?:lage|kite|abandone) (?:nou|n|m|mwen|l|li)(?: pou kont (?:li|l|nou|m))? (?:bo|nan|sou|toupre|pre) (?:larivye|rivye|deze|mon|rak|bwa|fwontye)",
    ),
    # Round 29: a baby gone purple, the rope ready, a river and "lage kò m", pay or we take your
    # child, beaten with bats and not getting up, locked in at night, locked in with clients.
    term(
        "medical",
        "ht",
        NOW,
        r"(?:tibebe|bebe|pitit|ti moun|timoun)(?: [a-z]+){0,3} (?:vin|vire|tounen) (?:mov|ble|nwa)",
    ),
    term(
        "self_harm",
        "ht",
        NOW,
        r"kod la (?:pare|mare|la)",
        needs=r"fatige|fini|adye|m pa ka|mouri|kou m",
        person="self",
    ),
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?:m|mwen) (?:pral|prale|ap|pare pou) lage ko (?:m|mwen)",
        needs=r"larivye|rivye|pon|tren|lanme|dlo|twati|anwo",
        person="self",
    ),
    term(
        "threatened",
        "ht",
        NOW,
        r"peye (?:oswa|osinon) (?:nou|n|yo) (?:pran|kidnape|vole) (?:pitit|fanmi|madanm|mari)",
        person="self",
    ),
    term(
        "beaten",
        "ht",
        NOW,
        r"ap kraze (?:[a-z]+ ){0,2}(?:m|mwen|li|l|zanmi m|fre m|se m)(?: [a-z]+){0,4} (?:ak|avek) (?:baton|bato|kout)",
    ),
    term(
        "trapped",
        "ht",
        NOW,
        r"(?:li|yo|patwon an|pat[eo] a|bos la) fe?m(?:en)? pot la (?:aswe|lannwit|sou (?:nou|mwen|m))",
    ),
    term(
        "forced_sex",
        "ht",
        NOW,
        r"(?:m|mwen|nou) (?:fem|femen|fenmen)(?: [a-z]+){0,4} kliyan (?:yo )?(?:ap|pral) (?:antre|vini)",
    ),
    # "Yo fè m sa yè swa, nèg la la toujou": whoever did it is still there.
    term(
        "help_now",
        "ht",
        NOW,
        r"(?:yo|li|l|neg la|msye) (?:fe|fe m|refe) (?:m|mwen)? ?sa",
        needs=r"toujou (?:la|isit|nan)|la toujou|(?:neg la|msye|li) la toujou",
        person="self",
    ),
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?:m|mwen) (?:pral|prale|ap|vle) (?:domi|repoze) pou (?:toujou|tout tan|tout bon)",
        person="self",
    ),
    term(
        "self_harm",
        "ht",
        NOW,
        r"koupe (?:bra|ponyet|janm|kuis) (?:m|mwen)(?: [a-z]+){0,4} (?:pa ka sispann|pi fon)",
        person="self",
    ),
    # The third topics set: "yo fè m sa m pa t vle", sexual violence told without its name.
    term(
        "raped",
        "ht",
        PAST,
        r"(?:yo|li|neg la|neg yo) fe (?:m|mwen) (?:sa|bagay) (?:m|mwen) pa (?:t )?vle",
    ),
]
_ = (HABIT, FUTURE, NOUN)
