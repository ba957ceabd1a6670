"""Signs of danger that name no crime, in Haitian Creole (see bot.safety.lexicon_signs)."""

from __future__ import annotations

from bot.safety.lexicon_signs import BODY
from bot.safety.terms import FUTURE, NOUN, NOW, PAST, STATE, Term, term

TERMS: list[Term] = [
    # A death threat said to the writer's face: "li di m aswè a ou mouri".
    term(
        "threatened",
        "ht",
        NOW,
        r"(?:aswe a|aswe|jodi a|demen) (?:ou mouri|w ap mouri|ou ap mouri|nou touye w|m touye w|m ap touye w)"
        r"(?! nan (?:domino|kat|jwet|match))",
    ),
    term(
        "medical",
        "ht",
        NOW,
        r"bouch (?:li|l|yo) (?:vin |tounen )?(?:ble|vyolet|mov)",
        needs=r"respire|reponn|leve|dwog|grenn|konesans|bouje|reveye",
    ),
    term("threatened", "ht", "verb", r"resevwa menas(?: lanmo)?"),
    term("threatened", "ht", NOUN, r"menas lanmo"),
    term("threatened", "ht", NOW, r"(?:yo|li) konn kote (?:m|mwen|nou) (?:rete|domi|ye|travay)"),
    term("threatened", "ht", NOW, r"(?:ap )?tann (?:m|mwen|nou) deyo"),
    term(
        "threatened",
        "ht",
        NOW,
        r"(?:yo )?jwenn (?:mwen|m|nou)",
        needs=r"gang|mawewo|mara|kartel|bandi",
    ),
    term("kidnapped", "ht", NOW, r"toutotan fanmi (?:nou|m|mwen) pa peye"),
    term("raped", "ht", "verb", r"(?:atake|agrese) (?:m|mwen|li|nou) seksyelman"),
    term("threatened", "ht", NOW, r"menase (?:madanm|mari|pitit|fanmi) (?:li|m|mwen)"),
    term("help_now", "ht", NOUN, r"(?:nimewo|liy) (?:ijans|pou ijans|dijans|ed)"),
    term("beaten", "ht", "verb", r"pouse (?:m|mwen|li|nou)"),
    term(
        "medical",
        "ht",
        NOW,
        r"(?:m|mwen|li) pa ka (?:kanpe|leve|mache)",
        needs=r"eskalye|tonbe|bat|pouse|tren|blese|san|senyen",
    ),
    term(
        "trafficking",
        "ht",
        PAST,
        r"(?:m|mwen) te viktim (?:trafik|esplwatasyon)",
        person="self",
    ),
    term("extortion", "ht", NOW, r"mande (?:m|mwen|nou) (?:\d+ )?(?:dola|lajan|kob|pob)"),
    term("domestic_violence", "ht", NOUN, r"vyolans (?:sou|kont) (?:fanm|medam)"),
    term("medical", "ht", NOW, r"(?:l|li|yo) ap mouri"),
    term("medical", "ht", NOW, r"pa (?:ka )?pale anko|li pa pale", needs=BODY),
    term(
        "kidnapped",
        "ht",
        NOW,
        r"nan kof (?:la|a|machin nan|yon machin|yon oto|yon vwati|machin)|trennen (?:m|mwen|nou) nan (?:machin|kamyon)",
    ),
    term("self_harm", "ht", PAST, r"bwe tout (?:boutey|bwat|pake)|vale tout (?:boutey|bwat|grenn)"),
    term(
        "self_harm",
        "ht",
        NOW,
        r"orevwa tout moun|pa gen wout pou (?:m )?soti",
        needs=r"do kay|pon|wout|viv|mouri|padon|orevwa",
    ),
    term("medical", "ht", NOW, r"preske pa (?:reponn|respire|bouje)"),
    term("extortion", "ht", "verb", r"fe ekstosyon sou (?:m|mwen|nou|li|fanmi)"),
    term(
        "medical",
        "ht",
        NOW,
        r"vin (?:ble|vyolet)|bouch (?:li|l) (?:ble|vyolet)|(?:40|41|42) (?:de )?lafyev",
    ),
    term("self_harm", "ht", PAST, r"vale (?:yon )?(?:bwat|boutey|pake) grenn|bwe tout grenn"),
    term("self_harm", "ht", NOW, r"bouke viv|fini ak tet (?:m|mwen|li)|fini ak lavi"),
    term(
        "forced_sex",
        "ht",
        FUTURE,
        r"(?:vle|pral|ap) fose (?:m|mwen|nou) travay nan (?:yon )?(?:klib|ba|bodel)",
    ),
    term("attack", "ht", NOW, r"(?:moun|neg|nonm) (?:ak|ki gen) (?:zam|fizi)", person="other"),
    term("abandoned", "ht", PAST, r"kite (?:m|mwen|nou) .{0,64}?(?:deze|raje|mon|bwa)"),
    term(
        "attack",
        "ht",
        PAST,
        r"touye yon (?:moun|nonm|fanm|neg)",
        person="other",
        needs=r"toujou la|devan|isit|bo kote|deyo",
    ),
    term(
        "attack", "ht", "verb", r"mete dife (?:nan|sou) (?:kay|chanm|abri|machin)|kay la ap boule"
    ),
    term("threatened", "ht", NOW, r"voye foto (?:kay|pitit|fanmi|manman|madanm) (?:m|mwen|nou)"),
    term(
        "child_taken",
        "ht",
        NOW,
        r"(?:nonm|moun|neg|fanm) (?:vle|ap eseye|eseye) (?:pran|mennen) (?:l|li|timoun nan|pitit la)",
    ),
    term(
        "self_harm",
        "ht",
        FUTURE,
        r"(?:pral|ap) bwe yo tout|bwe tout grenn|(?:vle|pral) (?:voltije|sote) (?:sou|nan|soti sou) pon",
    ),
    term(
        "self_harm", "ht", NOW, r"(?:m|mwen) vle (?:voltije|sote)", needs=r"pon|bilding|mouri|viv"
    ),
    term("medical", "ht", PAST, r"koulev (?:mode|pike) (?:m|mwen|li|l)|eskopyon pike (?:m|li|l)"),
    term("abandoned", "ht", NOW, r"(?:m|nou) pedi nan (?:raje|deze|mon|bwa)"),
    term(
        "trapped",
        "ht",
        STATE,
        # Not "madanm mwen ak 2 pitit mwen bloke Tapachula": a family stuck in a city, waiting.
        r"(?<!pitit )(?<!madanm )(?<!mari )(?<!fanmi )(?<!fre )(?<!se )(?<!manman )(?:m|mwen|nou)"
        r" bloke(?! (?:nan |an )?(?:tapachula|tijuana|meksik|mexico|fwontye|reynosa|matamoros"
        r"|juarez|nogales|monterrey|chiapas))",
        needs=r"ede|anmwe|sekou|fenmen|femen|kle|soti",
    ),
    term(
        "domestic_violence",
        "ht",
        NOUN,
        r"vyolans (?:domestik|nan kay|nan fanmi|fanmi)|(?:ap sibi|sibi|viv ak) vyolans",
    ),
    term("domestic_violence", "ht", NOW, r"(?:m|mwen|nou) (?:ap sibi|sibi) vyolans", person="self"),
    term(
        "medical",
        "ht",
        NOW,
        r"pa (?:bouje|respire|reveye|louvri je)(?: anko)?",
    ),
    term("medical", "ht", NOW, r"pa leve(?: anko)?", needs=r"endispoze|tonbe|san|konesans"),
    term("medical", "ht", NOW, r"pa reponn(?: anko)?", needs=BODY),
    term("medical", "ht", NOW, r"endispoze|tonbe sou kote|pedi konesans|san konesans"),
    term("medical", "ht", NOW, r"(?:ap )?fe kriz|malkadi|konvilsyon|kriz epilepsi"),
    term("medical", "ht", NOW, r"pa (?:ka|kab|kapab) respire|toufe"),
    term(
        "medical",
        "ht",
        NOW,
        r"san (?:an|a) pa (?:kanpe|sispann|rete)|anpil san|ap senyen|pedi anpil san",
    ),
    term(
        "medical",
        "ht",
        PAST,
        r"(?:bwe|vale|manje|pran) (?:\w+ ){0,2}(?:pwodui|klowoks|pwazon|gaz|likid)|pwazonnen|anpwazone",
    ),
    term(
        "medical",
        "ht",
        NOW,
        r"dlo (?:a|an) (?:pote|trennen|rale|bwote) (?:\w+ ){0,3}ale|ap neye|neye",
    ),
    term("medical", "ht", NOW, r"dlo (?:a|an|m) kase|(?:ap|pral) akouche|kontraksyon|tranche"),
    term("medical", "ht", PAST, r"tonbe (?:sou|nan|soti nan|anba) (?:tren|do kay|mi|kamyon|pon)"),
    term(
        "trapped",
        "ht",
        NOW,
        r"gad (?:nan|devan|deyo|bo) (?:pot|kay|barye|baye)|gad ki gen zam|gad ame|"
        r"san manje depi|pa (?:manje|bwe) depi|pa ba nou manje",
    ),
    term(
        "trapped",
        "ht",
        NOW,
        r"(?:li|yo) veye (?:m|mwen|nou) (?:tout tan|jou kou nwit|lajounen kou lannwit)",
    ),
    term(
        "threatened",
        "ht",
        NOW,
        r"(?:m|mwen) pa (?:ka|kab|kapab) pale (?:lontan|kounye a|fo|anpil)",
        needs=r"chanm|isit|bo kote|tande|veye|pran telefon|si li|si yo",
    ),
    term("documents_taken", "ht", PAST, r"(?:li|yo) pran telefon (?:m|mwen|nou)"),
    term(
        "threatened",
        "ht",
        NOW,
        r"(?:ap|pral)? ?kraze (?:tout|tout bagay|pot la|kay la)|(?:ap|pral) (?:frape|kase|defonse) pot (?:la|a)",
        person="self",
    ),
    term("beaten", "ht", "verb", r"(?:trangle|etrangle|toufe) (?:m|mwen|li|nou)"),
    term(
        "attack",
        "ht",
        "verb",
        r"pran (?:yon )?bal|(?:yon )?kout (?:kouto|bal|zam|manchet)"
        r"|(?:tire|tiye) sou (?:li|m|mwen|nou|yo|yon (?:neg|moun|nonm|fanm|gason|timoun))",
    ),
    term(
        "kidnapped",
        "ht",
        PAST,
        r"fose (?:m|mwen|nou|li) (?:monte|antre)|(?:m|mwen|nou) nan (?:kamyonet|machin|kamyon|van) (?:yo|li)",
    ),
    term("kidnapped", "ht", NOW, r"fo (?:imigrasyon|polis|ajan|ice)|pase pou (?:polis|imigrasyon)"),
    term(
        "kidnapped",
        "ht",
        NOW,
        r"(?:gen|kenbe) (?:pitit|madanm|mari|fre|se) (?:\w+ )?(?:m|mwen|nou) nan yon (?:kay|chanm)",
    ),
    term(
        "kidnapped",
        "ht",
        FUTURE,
        r"sinon (?:l|li|yo) (?:ap|pral|va) (?:vann|touye) (?:li|l|yo|nou|m)",
    ),
    term(
        "kidnapped",
        "ht",
        FUTURE,
        r"(?:ap|pral|va) (?:pran|kidnape|touye|fe mal) (?:pitit|madanm|mari|fanmi) (?:\w+ )?(?:m|mwen|nou)",
    ),
    term(
        "threatened",
        "ht",
        NOW,
        r"(?:ap )?kouri deye (?:nou|m|mwen)|(?:ap )?swiv (?:nou|m|mwen)|(?:ap )?(?:cheche|chache) (?:nou|m|mwen) (?:pou|tout kote)",
    ),
    term("threatened", "ht", STATE, r"(?:m|mwen|nou) kache|kache (?:nan|anba|deye)", person="self"),
    term(
        "forced_sex",
        "ht",
        NOW,
        r"fose (?:m|mwen|nou|li) (?:kouche|domi|fe seks|fe sex|fe bagay)",
    ),
    term("raped", "ht", "verb", r"manyen (?:m|mwen|li|nou)"),
    term(
        "self_harm",
        "ht",
        NOW,
        r"(?:m|mwen|li) vle mouri|(?:m|mwen) pa vle viv anko|fini ak lavi (?:m|mwen|li)|touye tet (?:m|mwen|li)",
    ),
    term(
        "self_harm",
        "ht",
        NOW,
        r"di tout moun orevwa|(?:gen|pran) (?:yon )?kod",
        needs=r"mouri|orevwa|kod|pa cheche|touye tet",
    ),
    term("self_harm", "ht", PAST, r"koupe venn (?:li|m|mwen)|pann tet (?:li|m)"),
    term("extortion", "ht", NOW, r"peye pou pwoteksyon|(?:fe|fose) (?:m|nou) peye chak"),
    term("threatened", "ht", NOW, r"kite (?:yon )?bal (?:devan|nan|sou)"),
]
