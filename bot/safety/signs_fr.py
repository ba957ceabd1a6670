"""Signs of danger that name no crime, in French (see bot.safety.lexicon_signs)."""

from __future__ import annotations

from bot.safety.lexicon_signs import BODY
from bot.safety.terms import FUTURE, NOUN, NOW, PAST, RECENT, STATE, Term, term

TERMS: list[Term] = [
    # Round 25: signs told in lay words.
    term("medical", "fr", NOW, r"(?:le )?venin (?:du |de )?(?:serpent |scorpion )?monte"),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:je |j )?(?:ne )?(?:sens|sent|sentons) (?:plus|pu|pas) (?:mes|ses|nos|ma|sa)"
        r" (?:pieds|mains|main|jambes|doigts)",
        needs=r"moins \d+|hypothermie|je gele|on gele|venin|serpent|scorpion|piqure|morsure",
    ),
    term(
        "medical",
        "fr",
        PAST,
        r"(?:a bu|a avale|ont bu|ont avale) (?:un peu )?(?:de )?(?:l eau de javel|la javel|javel"
        r"|du poison|de la mort aux rats|une pile|des piles|une batterie|du chlore)",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:des |il y a des |y a des )?blesses partout"
        r"|(?:enfant|homme|femme|bebe|personne|quelqu un|frere|soeur) (?:est |sont )?"
        r"(?:coince|coincee|bloque|bloquee) (?:en )?(?:dessous|sous)",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:ont|a) vu mon visage",
        needs=r"arrivent|viennent|cherchent|reviennent",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:ils|elles) arrivent",
        needs=r"vu mon visage|armes?|fusil|bandits|gang|je cours ou|on va ou|me cacher ou|on se cache ou",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:descendre|sortir|ouvrir|m enfuir|fuir|sauter) (?:\w+ ){0,6}sans (?:faire de bruit"
        r"|qu ils (?:m entendent|me voient))",
        needs=r"etage|fenetre|cadenas|enferm\w*|dorment|seule chance",
    ),
    # A death threat said to the writer's face: "le gars de la cellule a dit cette nuit tu meurs".
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:m a dit|m ont dit|a dit|ont dit|me dit|m a ecrit|m a menace|lui a dit) (?:que )?"
        r"(?:(?:cette nuit|ce soir|aujourd hui|demain) (?:tu meurs|t es mort|tu es mort|tu vas mourir|on te tue|je te tue)"
        r"|tu (?:meurs|vas mourir) (?:cette nuit|ce soir)|tu passeras pas la nuit)(?! (?:mdr|lol|aux cartes|au jeu|si tu))",
    ),
    # Cuts and blood that runs: "je me suis coupé les bras, ça coule beaucoup".
    term(
        "self_harm",
        "fr",
        PAST,
        r"(?:je me suis|me suis|il s est|elle s est) (?:coupe|coupee|scarifie|scarifiee|taillade|tailladee) "
        r"(?:les bras|les poignets|le poignet)(?! (?:avec un verre|en me rasant|en cuisinant|par accident))",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ca|sa|le sang) coule (?:beaucoup|bcp|fort|partout|trop|sans arret)",
        needs=r"coupe\w*|sang|blesse\w*|poignets?|veines|plaie",
    ),
    # An overdose told by its signs: "il répond plus, ses lèvres sont bleues".
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ses|les) levres? (?:sont |son |devien\w* )?(?:bleu\w*|violet\w*)",
        needs=r"respire\w*|repond\w*|reveill\w*|drogue|drog|cachets|inconscient\w*|bouge|overdose",
    ),
    term(
        "threatened", "fr", PAST, r"(?:j ai|on a|nous avons) (?:recu|eu) des menaces(?: de mort)?"
    ),
    term(
        "threatened", "fr", NOW, r"(?:je recois|on recoit|nous recevons) des menaces(?: de mort)?"
    ),
    term("threatened", "fr", NOUN, r"(?:des |les )?menaces de mort"),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:ils|il) savent? ou (?:je|on) (?:dors|dort|vis|vit|suis|travaille)",
    ),
    term("threatened", "fr", NOW, r"(?:m|nous) attendent dehors|(?:m|nous) attend dehors"),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:m|nous) (?:ont|a) retrouve\w*",
        needs=r"gang|mara|mareros|cartel|maras|bandits",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"tant que (?:la|ma|notre|nos) familles? (?:paie|paye|paient|payent) pas",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:menace|menacent) (?:ma|mon|mes|notre|nos) (?:femme|mari|enfants|fils|fille|famille|mere)",
    ),
    term("help_now", "fr", NOUN, r"(?:numero|numeros|ligne) d (?:urgence|ecoute|aide)"),
    term(
        "beaten",
        "fr",
        "verb",
        r"(?:m|l|nous) (?:a|ont) (?:pousse|poussee|bouscule|bousculee|jete|jetee)\w*",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:je )?(?:ne )?(?:peux|peut) (?:pas|plus) (?:me lever|se lever|marcher|bouger les jambes)",
        needs=r"escalier|tombe\w*|frappe\w*|pousse\w*|train|blesse\w*|sang|saigne",
    ),
    term(
        "trafficking",
        "fr",
        PAST,
        r"(?:j ai ete|j etais) victime (?:de (?:la )?traite|d exploitation)",
        person="self",
    ),
    term(
        "extortion",
        "fr",
        NOW,
        r"(?:me|nous) (?:demande|demandent|a demande|ont demande) (?:de l argent|du fric|un pot de vin)",
    ),
    term(
        "wage_theft",
        "fr",
        PAST,
        r"sans (?:jamais )?etre paye\w*|jamais (?:ete )?paye\w*|(?:m|nous) (?:a|ont) (?:jamais|pas) paye\w*",
    ),
    term(
        "domestic_violence",
        "fr",
        NOUN,
        r"violences? (?:basees? sur le genre|faites aux femmes|sexistes|contre les femmes)",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:en train de mourir|(?:il|elle) meurt)(?! (?:d un cancer|de vieillesse|d ennui|de rire|d envie))",
    ),
    term("medical", "fr", NOW, r"(?:ne )?parle (?:plus|pas)", needs=BODY),
    term("kidnapped", "fr", NOW, r"dans le coffre"),
    term(
        "self_harm",
        "fr",
        PAST,
        r"(?:pris|avale) (?:toute la boite|tout le flacon|toute la plaquette|toutes les pilules|tous les cachets)",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"adieu (?:a )?tout le monde|adieu a tous|(?:plus|pas) d issue",
        needs=r"toit|pont|issue|vivre|mourir|pardon|adieu",
    ),
    term("medical", "fr", NOW, r"(?:reagit|repond|respire|bouge) a peine"),
    term("medical", "fr", PAST, r"(?:serpent|scorpion) a (?:mordu|pique) (?:mon|ma|mes|notre) \w+"),
    term(
        "extortion",
        "fr",
        "verb",
        r"(?:m|nous|l) (?:a|ont|avait|avaient) (?:extorque|rackette)\w*|extorque\w*",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:devient|devenu|devenue|est) (?:bleu|bleue|violet|violette)|levres (?:sont )?(?:bleues|violettes)|(?:40|41|42) de fievre",
    ),
    term(
        "self_harm",
        "fr",
        PAST,
        r"(?:avale|pris) (?:une boite|un flacon|tous les|toute la boite|plein) (?:de )?(?:cachets|medicaments|pilules|comprimes)",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:fatigue|fatiguee|marre) de vivre|j en finis|je vais en finir|en finir ce soir",
    ),
    term(
        "forced_sex",
        "fr",
        FUTURE,
        r"(?:veut|veulent|va|vont) me faire travailler dans un (?:club|bar|bordel|cabaret|salon)",
    ),
    term(
        "attack", "fr", NOW, r"(?:des )?(?:gens|hommes|types|gars|personnes) armes", person="other"
    ),
    term("threatened", "fr", NOW, r"(?:nous|me) suit depuis"),
    term(
        "abandoned",
        "fr",
        PAST,
        r"(?:laisse|abandonne)\w* .{0,64}?(?:desert|brousse|montagne)",
    ),
    term(
        "attack",
        "fr",
        PAST,
        r"(?:ont|a) tue (?:quelqu un|un homme|une femme|un gars|un type|une personne)",
        person="other",
        needs=r"encore la|devant|ici|a cote|dehors|toujours la",
    ),
    term(
        "attack",
        "fr",
        "verb",
        r"(?:mis|met|mettent|mettre) le feu|(?:maison|chambre|foyer) (?:brule|est en feu)",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"envoye (?:des|les) photos de (?:ma|mon|mes|notre|nos) (?:maison|enfants|famille|mere|femme)",
    ),
    term(
        "child_taken",
        "fr",
        NOW,
        r"(?:homme|type|quelqu un|femme) (?:veut|essaie de|a essaye de) (?:l emmener|l enlever|emmener (?:l enfant|la petite|le petit))",
    ),
    term(
        "child_taken",
        "fr",
        PAST,
        r"partie? avec un (?:homme|type|inconnu) (?:rencontre|qu elle a rencontre|qu il a rencontre) sur",
    ),
    term(
        "self_harm",
        "fr",
        FUTURE,
        r"(?:vais|va) (?:tous|toutes) les prendre|prendre tous (?:les|mes) (?:cachets|medicaments)|"
        r"(?:veux|vais) sauter (?:du|d un|de la) (?:pont|immeuble|toit)",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je veux|je vais) sauter",
        needs=r"pont|immeuble|toit|mourir|vivre",
    ),
    term("raped", "fr", RECENT, r"(?:vient|viens|viennent) d abuser de (?:moi|elle|nous)"),
    term(
        "medical", "fr", NOW, r"s evanouissent|(?:gens|personnes) (?:evanouis|qui s evanouissent)"
    ),
    term(
        "medical",
        "fr",
        PAST,
        r"(?:serpent|scorpion) (?:m|l|nous|lui) a (?:mordu|pique)|(?:mordu|mordue|pique|piquee) par un (?:serpent|scorpion)",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"argent (?:a|de) (?:ma|mon|notre) famille pour (?:me|nous|le|la) (?:liberer|relacher|laisser partir)",
    ),
    term(
        "attack",
        "fr",
        NOW,
        r"(?:des )?tirs (?:pres|a cote|dehors|partout|devant)|ca tire|on entend des tirs",
    ),
    term(
        "trapped",
        "fr",
        STATE,
        r"(?:je suis|on est|nous sommes) (?:coince|coincee|coinces|coincees|bloque|bloquee|bloques)",
        needs=r"aidez|au secours|enferm\w*|cle|sortir|aide",
    ),
    term(
        "domestic_violence",
        "fr",
        NOUN,
        r"violences? (?:conjugales?|domestiques?|familiales?)|(?:subit|subissent|vit|vivent) (?:des )?violences?",
    ),
    term(
        "domestic_violence",
        "fr",
        NOW,
        r"(?:je subis|je vis|on subit|nous subissons) (?:des )?violences?",
        person="self",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ne )?(?:bouge|respire|reagit|se reveille|ouvre les yeux|bougent|respirent) (?:plus|pas)",
    ),
    term("medical", "fr", NOW, r"(?:ne )?(?:repond|repondent) (?:plus|pas)", needs=BODY),
    term(
        "medical",
        "fr",
        "verb",
        r"s est evanoui\w*|(?:a )?perdu connaissance|evanoui\w*|inconscient\w*",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:fait|fais|a|fait des) (?:des )?convulsions|convulse|crise d epilepsie",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:arrive|arrivons|arrivent|peux|peut|pouvons|peuvent) (?:plus|pas) (?:a )?respirer|"
        r"(?:pas|plus) d air|on etouffe|j etouffe|etouffent",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:le )?sang (?:s )?arrete (?:pas|plus)|(?:perd|perds|perdu) beaucoup de sang|beaucoup de sang",
    ),
    term(
        "medical",
        "fr",
        PAST,
        r"(?:a bu|a avale|a mange|ont bu|a pris|avale) (?:du |de la |de l |des |un |une )?(?:produit|javel|eau de javel|"
        r"poison|detergent|mort aux rats|essence|liquide)|empoisonn\w+",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"emporte\w* par (?:le courant|l eau|la riviere)|(?:se noie|se noient|en train de se noyer|noye\w*)",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"perdu les eaux|poche des eaux|(?:en train d )?accoucher|j accouche|contractions",
    ),
    term("medical", "fr", PAST, r"tombe\w* (?:du|d un|de la) (?:train|toit|mur|camion|pont)"),
    term(
        "trapped",
        "fr",
        NOW,
        r"gardes? (?:a|devant|dehors|a cote de) (?:la )?(?:porte|maison)|gardes armes|"
        r"sans (?:manger|nourriture|eau) depuis|(?:on a|j ai|nous avons) pas mange depuis",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:me|nous) (?:surveille|surveillent) (?:tout le temps|jour et nuit|sans arret)",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:je )?(?:ne )?(?:peux|peut) pas parler (?:longtemps|maintenant|fort|beaucoup)",
        needs=r"piece|chambre|ici|a cote|ecoute|surveille|pris mon|si il|s il",
    ),
    term(
        "documents_taken",
        "fr",
        PAST,
        r"(?:il|elle|ils) (?:m a|m ont|nous a|nous ont) (?:pris|confisque) (?:mon|le|nos|notre) (?:tel|telephone|portable)",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:casse|cassent|detruit|detruisent|brise|brisent|balance|balancent) tout|"
        r"(?:tape|tapent|cogne|cognent|defonce|defoncent) (?:a |sur )?(?:la|ma|notre) porte|essaie de (?:defoncer|casser) la porte",
        person="self",
    ),
    term("beaten", "fr", "verb", r"(?:m|l|nous) (?:etrangle|etranglent|etranglait|a etrangle\w*)"),
    term(
        "attack",
        "fr",
        "verb",
        r"(?:pris|recu|prendre|recevoir|prend) (?:une|des) balles?|(?:lui|m|nous|leur) (?:a|ont) tire dessus|"
        r"(?:recu|pris|donne) (?:un|des) coups? de (?:couteau|feu|machette)|poignarde\w*|blesse\w* par balle",
    ),
    term(
        "kidnapped",
        "fr",
        PAST,
        r"(?:fait|fais|faire) monter de force|de force dans (?:une|un|la|le|leur) (?:voiture|camionnette|camion|van)|"
        r"(?:m|nous) (?:ont|a) (?:attrape|embarque|pousse|jete)\w* dans",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"faux (?:agents|policiers|flics|douaniers)|se font passer pour",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"(?:a|ont|garde|gardent|tient|tiennent) (?:ma|mon|mes|notre|nos) \w+ (?:dans|en) (?:une|la) (?:maison|chambre|cave)",
    ),
    term(
        "kidnapped",
        "fr",
        FUTURE,
        r"sinon (?:il|ils|elle) (?:la|le|les|nous|me|l) (?:vend|vendent|vendra|vendront|tue|tuent|tuera)",
    ),
    term(
        "kidnapped",
        "fr",
        FUTURE,
        r"(?:vont|va|veulent|veut) (?:prendre|enlever|kidnapper|emmener|tuer|faire du mal a) (?:mes|mon|ma|nos|notre) \w+",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:nous|me) (?:poursuivent|poursuit|suivent|traquent|cherchent partout)|on (?:nous|me) (?:suit|poursuit)|"
        r"(?:suis|sommes|on est) (?:suivi|suivie|suivis|poursuivi|poursuivie|poursuivis)"
        # "suivie par un médecin": under a doctor's care.
        r"(?! par (?:un|une|le|la|mon|ma) (?:medecin|docteur|psy\w*|therapeute|infirmier\w*|travailleu\w*))",
    ),
    term(
        "threatened",
        "fr",
        STATE,
        r"cache\w* (?:dans|sous|derriere)|je me cache|on se cache|(?:suis|sommes) cache\w*",
        person="self",
    ),
    term(
        "forced_sex",
        "fr",
        NOW,
        r"(?:me|nous|la) (?:force|forcent|oblige|obligent) a (?:coucher|avoir des relations|me prostituer|se prostituer|faire des passes)",
    ),
    term("raped", "fr", NOW, r"(?:me|la|nous) (?:touche|touchent|tripote\w*|pelote\w*)"),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je )?veux mourir|veux en finir|mettre fin a (?:mes|ses) jours|je vais le faire ce soir|"
        r"(?:m|s) ouvrir les veines|(?:je vais|il va|elle va) me pendre|se pendre",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"a dit adieu a (?:tout le monde|tous|nous)|(?:il|elle) a (?:une corde|des cachets)",
        needs=r"mourir|adieu|corde|cherche pas|suicid\w*|en finir",
    ),
    term("self_harm", "fr", PAST, r"(?:s est|me suis) (?:ouvert|coupe) les veines|s est pendu\w*"),
    term(
        "extortion",
        "fr",
        NOW,
        r"(?:payer|paie|paye|payons|payer) (?:pour )?(?:ma|notre|la|leur) protection|racket\w*",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:laisse|laisser|laisse) (?:une balle|des balles|un message de menace|une menace)",
    ),
    # Round 15: a broken bone one "had" is told as past.
    term(
        "medical",
        "fr",
        PAST,
        r"(?:j ai eu|il a eu|elle a eu|on a eu) (?:le|la|les|un|une) (?:bras|jambe|jambes|cote|cotes|nez|pied|main|poignet) (?:casse|cassee|casses|cassees|fracture|fracturee)",
    ),
    # Round 14: "on m'a pris svp", the shortest cry.
    term(
        "kidnapped",
        "fr",
        NOW,
        r"on (?:m|nous) a (?:pris|enleve|enlevee|kidnappe|kidnappee|attrape|attrapee)"
        r" (?:svp|stp|s il vous plait|aidez|aide|au secours|a l aide|help)",
    ),
    # Round 15: a rope found, a blade in hand, things thrown at home with the children hidden.
    term(
        "self_harm",
        "fr",
        RECENT,
        r"avec une corde",
        person="other",
        needs=r"trouvee?|decroche\w*|pendre|pendu\w*|recommencer|mourir|vivante?|en finir",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:la|une) lame (?:dans|a) la main|(?:je )?me suis (?:deja )?coupee?s? (?:un peu|les bras|le bras|les poignets|le poignet)",
        needs=r"tiens plus|en finir|mourir|plus la force|veux plus|sais meme pas pourquoi|marre",
    ),
    term(
        "domestic_violence",
        "fr",
        NOW,
        r"(?:il|elle) (?:lance|jette|balance|casse) (?:les|des) (?:chaises|assiettes|verres|bouteilles|meubles|objets|choses)",
        needs=r"enfants|petits|cache\w*|enferme\w*|salle de bain|chambre|recommence|encore|saoul|bourre|ivre|peur",
    ),
]
