"""French harm terms (folded; "m'ont" reads "m ont", "j'ai été" reads "j ai ete").

Participles carry their endings loosely (e, ee, es, ees); `verb` forms are read from the
auxiliary before them ("je suis enfermée" a state, "j'ai été enlevé" past).
"""

from __future__ import annotations

from bot.safety.lexicon_frames import PAST_IDEATION_TREATED, SEIZING
from bot.safety.terms import (
    FUTURE,
    HABIT,
    NOT_ILL_AFTER,
    NOUN,
    NOW,
    PAST,
    RECENT,
    SPANISH_ILL_NOT,
    STATE,
    Term,
    term,
)

PP = r"(?:e|ee|es|ees)"
CHILD = r"(?:enfant|enfants|fils|fille|filles|bebe|petit|petite|gamin|gamine|garcon)"
# "mes 2 enfants", "mes deux petits": a number may stand between the possessive and the child.
POSS = r"(?:mon|ma|mes|notre|nos)(?: (?:\d+|deux|trois|quatre))?"
CLITIC = r"(?:m|me|nous|l|le|la|les|lui|leur)"
WILD = r"desert|montagne|brousse|foret|riviere|marche|marcher|chaleur|soleil|perdus?|passeur|coyote|guide"

TERMS: list[Term] = [
    # Kidnapped.
    term(
        "kidnapped",
        "fr",
        "verb",
        rf"(?:enlev|kidnapp|sequestr|rapt){PP}(?! (?:mon|mes|ma|votre|vos|le|la|les|moi|de) (?:numero|donnees|nom|messages?|compte|infos?|informations|photos?|liste|conversation))",
    ),
    term(
        "kidnapped",
        "fr",
        PAST,
        rf"{CLITIC} (?:a|ont|avait|avaient) (?:enlev|kidnapp|sequestr|emmen){PP}",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        rf"{CLITIC} (?:enlevent|kidnappent|sequestrent|enleve|kidnappe|sequestre)",
    ),
    term("kidnapped", "fr", NOW, r"(?:enlevent|kidnappent|sequestrent)"),
    term(
        "kidnapped",
        "fr",
        PAST,
        r"(?:ont|a) (?:emmene|pris|enleve|embarque|kidnappe) (?:mon|ma|notre) (?:neveu|niece|frere|soeur|mari|femme|cousin|cousine|ami|amie|oncle|tante|pere|mere|copain|copine)",
    ),
    term(
        "threatened",
        "fr",
        PAST,
        r"(?:braque|pointe) (?:un|une|des|leur|son) (?:arme|armes|pistolet|fusil|couteau) sur (?:moi|nous)",
    ),
    term(
        "kidnapped",
        "fr",
        NOUN,
        r"(?:enlevement|enlevements|kidnapping|sequestration|otage|otages|ravisseurs?)",
    ),
    term("kidnapped", "fr", NOUN, r"rancon"),
    term("kidnapped", "fr", NOW, r"(?:demandent|demande|exigent|veulent) (?:une )?rancon"),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"(?:pour|afin de) (?:liberer|relacher|rendre|laisser partir) (?:mon|ma|mes|notre|nos)",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"appellent (?:ma|mon|notre|nos) (?:famille|mere|pere|mari|femme|parents) pour (?:la |une )?(?:rancon|argent)",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"(?:ils|on) (?:ont|a|garde|gardent)(?: encore| toujours)? (?:mon|ma|notre) (?:mari|femme|frere|soeur|fils|fille|pere|mere|cousin|cousine|oncle|tante|copain|copine)(?! (?:en detention|en prison|a la migration))",
    ),
    term(
        "kidnapped",
        "fr",
        PAST,
        r"(?:ont fait descendre|ont sorti|ont pris|ont emmene|ont embarque) (?:un|une|des|mon|ma|notre|deux) (?:\w+ )?(?:du|de la|d un|d une) (?:bus|camion|voiture|train|camionnette)",
    ),
    term(
        "kidnapped",
        "fr",
        PAST,
        r"(?:du|de la|d un|d une) (?:bus|camion|voiture|train|camionnette) (?:et )?(?:l|les) ont (?:emmene|pris|embarque)",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"personne ne (?:sort|part|peut sortir|peut partir) (?:tant que|jusqu a|avant que)",
    ),
    term("kidnapped", "fr", FUTURE, r"(?:va|vont|veut|veulent) nous vendre"),
    # Held.
    # Not Spanish "me enfermé" (I fell ill), which folds to the same letters (SPANISH_ILL_NOT).
    term("trapped", "fr", "verb", rf"{SPANISH_ILL_NOT}enferm{PP}{NOT_ILL_AFTER}"),
    term("trapped", "fr", "verb", rf"(?:attach|sequestr|cadenass|enchain|drogu){PP}"),
    term("trapped", "fr", "verb", r"retenus?|retenues?"),
    term("trapped", "fr", STATE, rf"(?:suis|sommes|est|sont|on est) (?:pieg|bloqu){PP} dans"),
    term(
        "trapped",
        "fr",
        NOW,
        # Not custody: "je peux avoir la garde?"
        rf"(?<!avoir )(?<!obtenir )(?<!demander )(?<!perdre )(?<!perdu )(?<!changer )(?<!modifier )(?<!partager )"
        rf"{CLITIC} (?:enferme|enferment|garde|gardent|retient|retiennent|attache|attachent|bloque|bloquent)"
        r"(?! (?:(?:des|de mes|de nos|les|mes|nos|partagee|alternee|exclusive) )?(?:enfants|petits|gosses))",
    ),
    term("trapped", "fr", PAST, rf"{CLITIC} (?:a|ont) (?:enferm|attach|bloqu|drogu|gard){PP}?"),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:ne )?(?:me|nous|la|le|les) (?:laisse|laissent) (?:pas|jamais|plus) (?:sortir|partir|aller|appeler)",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:on|je|nous) (?:ne )?(?:peut|peux|pouvons) (?:pas|plus) (?:sortir|partir)",
        needs=r"enferm\w*|cle|cadenas|porte|verrouill\w*|garde\w*|surveill\w*|patron|passeur|ferme|maison|chambre|telephones?|portables?|travailler|motel",
    ),
    term("trapped", "fr", NOW, r"(?:a cle|cadenas|verrouill\w*)"),
    # Beaten.
    term(
        "beaten",
        "fr",
        NOW,
        # Not a heart that beats, in French or in Creole ("mon coeur me bat", "kè m bat fò").
        rf"(?<!coeur )(?<!ke ){CLITIC} (?:frappe|frappent|bat|battent|tabasse|tabassent|agresse|agressent|maltraite|maltraitent|tape|tapent|cogne|cognent)",
    ),
    # "Il me fait mal", not "mon genou me fait mal" (a body part that hurts).
    term(
        "beaten",
        "fr",
        NOW,
        r"(?<!genou )(?<!genoux )(?<!dos )(?<!tete )(?<!ventre )(?<!pied )(?<!pieds )(?<!jambe )"
        r"(?<!jambes )(?<!bras )(?<!dent )(?<!dents )(?<!oreille )"
        r"(?<!yeux )(?<!main )(?<!epaule )(?<!coeur )(?<!cheville )(?<!hanche )(?<!estomac )"
        r"(?<!chaussures )(?<!cicatrice )(?<!tete )(?<!gorge )"
        rf"{CLITIC} (?:fait mal|font mal)(?! de (?:voir|savoir|penser|entendre|lire))",
    ),
    term(
        "beaten",
        "fr",
        NOW,
        r"(?:battent|frappent|tabassent|cognent|tapent|maltraitent) (?:mon|ma|mes|notre|nos|un|une|les|des)",
    ),
    term("beaten", "fr", NOW, r"se (?:fait|font) (?:battre|frapper|tabasser|taper)"),
    term("raped", "fr", PAST, r"(?:agress|abus)(?:e|ee|es|ees) sexuellement"),
    term("threatened", "fr", NOW, r"(?:on|ils|il|elle) (?:me|nous) menace(?:nt)?"),
    term(
        "attack",
        "fr",
        NOW,
        r"(?:nous|me|m) (?:attaquent|attaque)|en train de nous attaquer|ils nous tirent dessus",
    ),
    term("attack", "fr", PAST, r"(?:nous|m) (?:ont|a) attaque\w*"),
    term(
        "beaten",
        "fr",
        PAST,
        rf"{CLITIC} (?:a|ont|avait) (?:frapp{PP}|battu|battue|tabass{PP}|agress{PP}|maltrait{PP}|poignard{PP})",
    ),
    term("beaten", "fr", HABIT, rf"{CLITIC} (?:frappait|frappaient|battait|battaient|maltraitait)"),
    term(
        "beaten",
        "fr",
        "verb",
        rf"(?:frapp{PP}|battu|battue|battus|tabass{PP}|agress{PP}|poignard{PP})",
    ),
    term(
        "beaten",
        "fr",
        NOW,
        r"(?:en train de|est en train de|sont en train de) (?:frapper|battre|tabasser)",
    ),
    term("beaten", "fr", PAST, r"(?:coup de couteau|coups de couteau|coup de feu|balle)"),
    # Sexual violence.
    # Not English "police abuse", "drug abuse": an abuse of power is a complaint.
    term(
        "raped",
        "fr",
        "verb",
        rf"(?:viol{PP}|(?<!police )(?<!authority )(?<!power )(?<!drug )(?<!verbal )abus{PP}"
        rf"|(?<=police )abus{PP}(?= (?:de|d|des|sur) ))",
    ),
    term("raped", "fr", PAST, rf"{CLITIC} (?:a|ont) (?:viol|abus){PP}?"),
    term("raped", "fr", NOW, rf"{CLITIC} (?:violent|viole|abusent|abuse)"),
    term(
        "raped",
        "fr",
        NOUN,
        r"(?:viol|viols|agression sexuelle|abus sexuels?|violence sexuelle|harcelement sexuel|pilule du lendemain|contraception d urgence)",
    ),
    term(
        "raped",
        "fr",
        PAST,
        rf"{CLITIC} (?:a|ont) touch{PP}?(?: [a-z]+){{0,2}} (?:sans|de force|contre)",
    ),
    # Death threats, being hunted.
    term(
        "threatened",
        "fr",
        FUTURE,
        r"(?:vont|va|veulent|veut|menace de|menacent de|menace de|vont venir|viennent) (?:me|nous|le|la|les) tuer",
    ),
    term("threatened", "fr", NOW, r"(?:ils|il|elle|on) (?:me|nous|le|la) tue(?:nt|ra|ront)?"),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:tuent|tuer|vont tuer|va tuer|font du mal a|faire du mal a) (?:ma|mon|mes|notre|nos) (?:famille|enfants|fils|fille|mari|femme|mere|pere|frere|soeur)",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:je peux pas|je ne peux pas|j peux pas) (?:parler|repondre|appeler)",
        needs=r"devant|dehors|ecoute\w*|entend\w*|surveill\w*|chambre|porte|a cote",
    ),
    term("threatened", "fr", "verb", rf"(?:m|nous|l) (?:a|ont) menac{PP}?"),
    term("threatened", "fr", NOUN, r"menaces? de mort"),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:me|nous) (?:suivent|suit|cherchent|cherche|poursuivent|poursuit|surveillent)",
    ),
    term("threatened", "fr", NOW, r"(?:je suis|on est|nous sommes) cach\w*"),
    # Not where a thing was stolen or parked ("on m a volé ma moto devant la maison").
    term(
        "threatened",
        "fr",
        NOW,
        r"(?<!moto )(?<!voiture )(?<!velo )(?<!vole )(?<!garee )(?<!gare )(?<!colis )"
        r"(?:devant|derriere) (?:ma|la|notre) (?:porte|maison|chambre)",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"avec (?:un|une|des) (?:couteau|pistolet|arme|armes|fusil|machette)",
    ),
    term("threatened", "fr", NOW, r"hommes armes"),
    # Extortion.
    term("extortion", "fr", NOUN, r"(?:extorsion|racket|taxe|cotisation)"),
    term("extortion", "fr", PAST, r"(?:recu|eu) (?:un |des )?appels? d extorsion", person="self"),
    term(
        "extortion",
        "fr",
        NOW,
        r"si (?:je|on|nous|ma famille|nos familles) (?:ne )?(?:paie|paye|payons|paient|payent|envoie|envoient|donne) (?:pas|rien)",
    ),
    term("extortion", "fr", NOW, r"(?:me|nous) (?:rackettent|rackette|extorquent)"),
    # Forced to work or sell sex.
    term(
        "forced_work",
        "fr",
        "verb",
        r"(?:m|me|nous|la|le|les|on m|on me|on nous) (?:oblige|obligent|force|forcent|contraint|contraignent|a oblige|ont oblige|a force|ont force|obligeait|obligeaient)(?:e|s)? (?:a|de) (?:travailler|vendre de la drogue|vendre|porter|cuisiner)",
    ),
    term(
        "forced_work",
        "fr",
        NOW,
        r"(?:obligent|forcent|contraignent) (?:mon|ma|mes|notre|nos) \w+ (?:a|de) (?:travailler|vendre)",
    ),
    term(
        "forced_work",
        "fr",
        NOW,
        r"(?:si je pars|si je m en vais|si je quitte)(?: [a-z]+){0,3} (?:menace|menacent|appelle|appellent|denonce)",
    ),
    term(
        "forced_work",
        "fr",
        NOW,
        r"(?:me|nous|m) menace(?:nt)? si (?:je|on) (?:pars|part|quitte|arrete)",
    ),
    term("forced_work", "fr", NOUN, r"travail force"),
    term(
        "forced_sex",
        "fr",
        "verb",
        r"(?:m|me|nous|la|les|on m|on me|on nous) (?:oblige|obligent|force|forcent|a oblige|ont oblige|a force|ont force)(?:e|s)? (?:a|de) (?:me prostituer|nous prostituer|se prostituer|coucher|avoir des relations|se marier|me marier)",
    ),
    term(
        "forced_sex",
        "fr",
        NOW,
        r"(?:obligent|forcent) (?:mon|ma|mes|notre|nos) \w+ (?:a|de) (?:se prostituer|coucher|se marier)",
    ),
    term(
        "forced_sex",
        "fr",
        STATE,
        r"(?:forcee?s?|obligee?s?) (?:a|de) (?:se prostituer|me prostituer|coucher|se marier|me marier)",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:m|nous|l) (?:a|ont) vendu\w*|(?:vendre|vendent|vend) (?:ma|mon|mes|nos|notre|moi|les femmes|des femmes|les filles)",
    ),
    term("forced_sex", "fr", NOW, r"(?:me|nous|la) prostitu(?:e|ent|er)"),
    # Documents kept.
    term(
        "documents_taken",
        "fr",
        NOW,
        r"(?:garde|gardent|prend|prennent|confisque|confisquent|garder) (?:les|des) (?:passeports|papiers|documents)",
    ),
    term(
        "documents_taken",
        "fr",
        "verb",
        r"(?:pris|garde|gardent|confisque|confisquent|vole|volent|retient|retiennent|a garde|a pris|ont pris|ont garde|a confisque) (?:mon|mes|nos|notre|ses|son) (?:passeport|passeports|papiers|documents|piece d identite|carte)",
    ),
    # A debt that grows.
    term(
        "debt",
        "fr",
        NOW,
        r"dette(?: [a-z]+){0,5} (?:augmente|grandit|grossit|ne finit jamais|ne s arrete pas|monte)",
    ),
    term(
        "debt",
        "fr",
        NOW,
        r"(?:ils disent|il dit) que (?:je|on|nous) (?:leur |lui )?(?:dois|doit|devons)",
    ),
    # Robbery.
    term("robbery", "fr", PAST, rf"{CLITIC} (?:a|ont) (?:vol|braqu|depouill|attaqu|agress){PP}?"),
    term("robbery", "fr", "verb", rf"(?:vol|braqu|depouill|cambriol){PP}"),
    term(
        "robbery",
        "fr",
        NOW,
        r"en train de (?:se|me|nous) faire (?:braquer|voler|agresser|depouiller|racketter)",
    ),
    term("beaten", "fr", NOW, r"en train de (?:se|me|nous) faire (?:tabasser|frapper|battre)"),
    term(
        "raped",
        "fr",
        NOW,
        r"(?:me|nous|la) (?:touche|touchent|tripote|tripotent)",
        needs=r"passeur|patron|homme|type|guide|proprio|force|sans",
    ),
    term(
        "robbery",
        "fr",
        PAST,
        r"(?:s est|me suis|nous sommes|se sont|s etait) fait (?:braquer|voler|depouiller|agresser|attaquer)",
    ),
    term("robbery", "fr", PAST, r"(?:ont|a) tout (?:pris|vole|pique)"),
    # "Un vol" is also a flight: "prendre un vol intérieur", "le vol pour Tijuana", "mon vol".
    term(
        "robbery",
        "fr",
        NOUN,
        r"(?:se font voler|se fait voler|se faire voler|braquage"
        r"|(?<!prendre un )(?<!un )(?<!mon )(?<!le )(?<!du )(?<!ce )vol(?! (?:interieur|international|pour|de retour|direct|domestique|d avion|a destination)(?= )))",
    ),
    term(
        "robbery",
        "fr",
        PAST,
        r"(?:m|nous) (?:a|ont) (?:pris|vole|pique|arrache) (?:mon|mes|notre|nos|tout|l argent|mon argent)",
    ),
    term(
        "robbery",
        "fr",
        NOW,
        r"(?:volent|volent les|braquent|depouillent) (?:les|des) (?:migrants|gens)",
    ),
    # Wages kept.
    term(
        "wage_theft",
        "fr",
        "verb",
        r"(?:ne )?(?:me|nous) (?:paie|paye|paient|payent|a paye|ont paye|ont jamais paye|a jamais paye) (?:pas|jamais|plus)",
    ),
    term("wage_theft", "fr", PAST, r"(?:m|nous) ont jamais paye"),
    # A child taken or lost.
    term(
        "child_taken",
        "fr",
        PAST,
        rf"(?:enleve|pris|kidnappe|emmene|vole|arrache|pris) {POSS} {CHILD}",
    ),
    term(
        "child_taken",
        "fr",
        PAST,
        rf"{POSS} {CHILD}(?: [a-z0-9]+){{0,5}} (?:l|les) (?:a|ont) (?:emmene|pris|enleve|kidnappe|arrache){PP}?",
    ),
    term(
        "child_taken",
        "fr",
        PAST,
        rf"{POSS} {CHILD}(?: [a-z0-9]+){{0,3}} (?:a ete|ont ete) (?:enlev|kidnapp|emmen|pris){PP}?",
    ),
    term(
        "child_taken",
        "fr",
        NOW,
        rf"(?:trouve|retrouve) (?:plus|pas) {POSS} {CHILD}",
    ),
    # Abandoned.
    term(
        "abandoned",
        "fr",
        PAST,
        r"(?:nous|m|les) (?:a|ont) (?:laisse|abandonne|lache)s?(?: [a-z]+){0,6} (?:desert|montagne|brousse|foret|sans eau|seuls?|seules?|riviere|nulle part)",
    ),
    term(
        "abandoned",
        "fr",
        PAST,
        r"abandonn(?:e|es|ee|ees) par (?:le|la|les) (?:passeur|pollero|coyote|guide|groupe|passeurs)",
    ),
    term(
        "abandoned",
        "fr",
        PAST,
        r"(?:le|la) (?:passeur|coyote|guide|groupe) (?:nous|m) (?:a|ont) (?:laisse|abandonne|lache)s?",
    ),
    term(
        "abandoned", "fr", "verb", r"perdus?(?= dans (?:le|la) (?:desert|montagne|brousse|foret))"
    ),
    term(
        "abandoned",
        "fr",
        STATE,
        r"(?:plus d eau|pas d eau|sans eau|plus rien a boire|plus de nourriture)",
        needs=WILD,
    ),
    term("abandoned", "fr", STATE, r"(?:on est|nous sommes|je suis) dans le desert"),
    term("abandoned", "fr", NOW, r"abandonnent (?:les|des) (?:gens|migrants|personnes)"),
    term("abandoned", "fr", NOUN, r"traverser (?:le|la) (?:desert|riviere|montagne)"),
    # Medical emergency.
    term("medical", "fr", NOW, r"(?:respire|respirent) (?:plus|pas|mal)"),
    term("medical", "fr", NOW, r"(?:peut|peux|arrive) (?:plus|pas) (?:a )?respirer"),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:a|ai|avec) (?:des |une )?(?:fortes? )?douleurs? (?:a la|dans la|de) poitrine|(?:a|ai) mal a la poitrine",
        needs=r"bras|transpire\w*|sueur|evanoui\w*|tombe\w*|respir\w*|par terre|pale|sol|gardes?",
    ),
    term("raped", "fr", NOW, r"(?:vient|viennent|revient) (?:me|nous|la) (?:toucher|tripoter)"),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:je saigne|il saigne|elle saigne|saigne beaucoup|saigne|saignement|perd du sang|beaucoup de sang)",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:deshydrat\w*|coup de chaleur)",
        needs=r"desert|marche|marcher|perdus?|soleil|passeur|jours",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:inconscient|inconsciente|se reveille pas|se reveille plus|ne reagit plus|ne reagit pas|convulsion|convulsions|crise cardiaque|overdose|empoisonn\w*|mordu par un serpent|piqu\w* par un scorpion|jambe cassee|bras casse|accouche|accoucher|perdu les eaux|contractions)",
    ),
    term(
        "medical",
        "fr",
        PAST,
        r"(?:recu|pris|prise) (?:une|des) (?:balle|balles|coup de couteau|coups de couteau)",
    ),
    term("medical", "fr", PAST, r"(?:m|nous|l) (?:a|ont) (?:tire dessus|poignarde\w*)"),
    term("medical", "fr", NOW, r"(?:peut|peux) plus (?:marcher|bouger)"),
    # Suicide and self-harm.
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je veux|je vais|j ai envie de|envie de) me (?:suicider|tuer|faire du mal|jeter)",
        person="self",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:on veut|elle veut|il veut|elle va|il va|ils veulent|elles veulent) se (?:suicider|tuer|faire du mal|jeter)",
        person="other",
    ),
    term("self_harm", "fr", NOW, r"(?:je veux|j ai envie de|envie de) mourir", person="self"),
    term("self_harm", "fr", NOW, r"(?:je )?(?:ne )?veux (?:plus|pas) vivre", person="self"),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:sauter du pont|sauter d un pont|me jeter du pont|me jeter sous|me pendre)",
        person="self",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"prendre tous (?:mes|les) (?:medicaments|cachets|pilules|comprimes)",
        person="self",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:en finir|mettre fin a mes jours|me suicider|suicidaire|suicide)",
    ),
    term(
        "self_harm",
        "fr",
        PAST,
        person="self",
        regex=r"(?:essaye|tente) de (?:me suicider|me tuer|mettre fin a mes jours)",
    ),
    term("self_harm", "fr", NOW, r"(?:je me scarifie|je me coupe|je me fais du mal)"),
    # Cries for help.
    term(
        "help_now",
        "fr",
        NOW,
        r"(?:au secours|a l aide|venez vite|vite venez|envoyez quelqu un|envoyez la police)",
    ),
    term(
        "help_now",
        "fr",
        NOW,
        r"(?:je suis|on est|nous sommes|ma vie est|elle est|il est) en danger",
    ),
    # Shooting, fire, drowning, accidents: danger around the person.
    term(
        "attack",
        "fr",
        NOW,
        r"(?:fusillade|coups de feu|ca tire|ils tirent|on tire|echange de tirs)",
    ),
    term(
        "attack",
        "fr",
        NOW,
        r"(?:essaie|essaient|essayent) d (?:entrer|enfoncer)|enfoncent la porte|defoncent la porte",
    ),
    term("attack", "fr", NOW, r"(?:il y a|y a) (?:le )?feu"),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:on se noie|se noie|noyade|on etouffe|il etouffe|elle etouffe|j etouffe|ca brule tout|en feu|on brule)",
    ),
    term("medical", "fr", PAST, r"(?:tombe|tombee) (?:du|d un) (?:train|toit|mur|camion)"),
    term(
        "medical",
        "fr",
        PAST,
        r"(?:accident|renverse|crash)(?: [a-z]+){0,5} (?:blesses|blesse|morts|sang|bouge plus|coince)",
    ),
    term("medical", "fr", NOW, r"perdu (?:sa|la|ma) (?:jambe|main|bras|pied)"),
    term(
        "medical", "fr", NOW, r"(?:arrive|arrivons|peut|peux|pouvons) (?:plus|pas) (?:a )?respirer"
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:enfermes|enfermees|coinces) dans (?:un|une|le|la) (?:camion|remorque|conteneur)",
    ),
    term("trapped", "fr", NOW, r"(?:nous|me) (?:donnent|donne) (?:pas|rien) (?:a manger|a boire)"),
    term("trapped", "fr", NOW, r"(?:nous|me) laissent (?:appeler|parler a) personne"),
    term("kidnapped", "fr", NOW, r"sait pas ou (?:ils|on) nous (?:emmene|emmenent|amene|amenent)"),
    term(
        "kidnapped",
        "fr",
        PAST,
        r"(?:nous|m) ont (?:mis|pousse|jete)s? dans (?:une|un) (?:camionnette|voiture|camion)",
    ),
    term(
        "kidnapped",
        "fr",
        NOW,
        r"(?:veut|veulent) (?:prendre|emmener|enlever) (?:ma|mon|mes|notre|nos|moi)",
    ),
    term(
        "kidnapped",
        "fr",
        PAST,
        r"(?:envoye|envoyee) une photo de (?:mon|ma|notre) \w+ (?:attache|frappe|enferme|ligote)\w*",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:ils|elles|le cartel|la mafia|le gang|les gangs) (?:cherche|cherchent) (?:ma|mon|mes|notre|nos) (?:famille|enfants|mari|femme|fils|fille)",
    ),
    term(
        "forced_work",
        "fr",
        NOW,
        r"si je (?:pars|quitte|m en vais|arrete)(?: [a-z]+){0,4} (?:appelle l immigration|me denonce|prend mes|me tue|me fait)",
    ),
    term(
        "abandoned",
        "fr",
        NOW,
        r"(?:je marche|on marche|perdus?) (?:dans le desert )?depuis (?:\d+|deux|trois|quatre|plusieurs) jours",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:accouche|en train d accoucher|le bebe arrive|devient (?:bleu|violet)|s evanouissent|peut plus se lever)",
    ),
    term(
        "medical",
        "fr",
        PAST,
        r"a avale (?:quelque chose|du poison|de l eau de javel|des cachets|une piece)",
    ),
    term(
        "self_harm",
        "fr",
        PAST,
        r"(?:j ai pris|elle a pris|il a pris|avale) (?:trop de|plein de|beaucoup de|tous les) (?:cachets|medicaments|pilules|comprimes)",
    ),
    term(
        "self_harm",
        "fr",
        PAST,
        r"(?:s est|s est ouvert|se coupe|s est coupe) (?:ouvert )?les veines|ouvert les veines",
    ),
    term("threatened", "fr", NOW, r"menace\w* de (?:bruler|tuer|enlever|couper|violer)"),
    term(
        "threatened",
        "fr",
        NOW,
        r"sinon (?:ma|mon|mes|notre|nos) \w+ (?:meurt|mourra|meurent)|sinon ils (?:me|nous|le|la|les) tuent",
    ),
    term("threatened", "fr", NOW, r"sous la menace d (?:une|un) (?:arme|couteau|pistolet)"),
    term("beaten", "fr", "verb", r"(?:m|l|nous) (?:a|ont) etrangl\w*|(?:m|l) etrangl\w*"),
    term(
        "threatened",
        "fr",
        FUTURE,
        r"(?:va|vont) me finir|me tuerai(?:t|ent)|nous tuerai(?:t|ent)|(?:le|la) tuerai(?:t|ent)",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:coupent|couper|vont couper|coupera) (?:le|un|les|la) (?:doigt|doigts|tete|main|oreille)",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:m|nous|me) empech\w* de (?:sortir|partir|appeler)|"
        r"(?:m|nous|me) interdi\w* de sortir (?:de la chambre|de la maison|de la piece|d ici|du batiment)|(?:on a|j ai|nous avons|on n a) pas le droit de sortir",
    ),
    term(
        "trapped",
        "fr",
        STATE,
        r"(?:je suis|on est|nous sommes) victimes? (?:de la |de |d )?(?:traite|trafic)(?= (?:en ce moment|maintenant|ici) |\s*$)",
        person="self",
    ),
    term("threatened", "fr", NOW, r"(?:nous|me|m) surveill(?:e|ent)"),
    term(
        "attack",
        "fr",
        PAST,
        r"(?:hommes|types|gars) (?:armes|cagoules) (?:sont entres|ont entre|entrent|sont arrives|nous entourent)",
    ),
    term("medical", "fr", NOW, r"(?:je perds|elle perd|il perd|perds) du sang"),
    term(
        "self_harm",
        "fr",
        PAST,
        r"avale (?:tous|toutes) (?:mes|les|ses) (?:cachets|medicaments|pilules|comprimes)",
    ),
    # Harm about to be done: "il veut me frapper", "ils vont nous enlever".
    term(
        "beaten",
        "fr",
        FUTURE,
        r"(?:va|vont|veut|veulent|menace de|menacent de|essaie de|essaient de|viennent|vient) (?:me|nous|m) (?:frapper|battre|tabasser|faire du mal|tirer dessus|poignarder)",
    ),
    term(
        "raped",
        "fr",
        FUTURE,
        r"(?:va|vont|veut|veulent|essaie de|essaient de) (?:me|nous|m) (?:violer|toucher|abuser)",
    ),
    term(
        "kidnapped",
        "fr",
        FUTURE,
        r"(?:va|vont|veut|veulent|menace de|menacent de|essaie de|essaient de|viennent) (?:me|nous|m) (?:enlever|kidnapper|emmener|prendre|vendre|enfermer)",
    ),
    term(
        "kidnapped",
        "fr",
        STATE,
        r"(?:pris|prise|pris es)? ?en otages?|(?:sommes|on est|suis) (?:des )?otages?",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:je me cache|on se cache|nous nous cachons|je suis cachee|on est caches)",
    ),
    term("threatened", "fr", NOW, r"(?:viennent|vient|vont venir|arrivent) (?:me|nous) chercher"),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:je peux pas|on peut pas|je ne peux pas|on ne peut pas) (?:m enfuir|nous enfuir|s enfuir|m echapper|s echapper|fuir)",
    ),
    # Missing relatives.
    term(
        "missing",
        "fr",
        PAST,
        person="other",
        regex=r"(?:a disparu|ont disparu|disparu|disparue|pas de nouvelles|plus de nouvelles|jamais eu de nouvelles)",
    ),
    # Trafficking named.
    term(
        "trafficking",
        "fr",
        NOUN,
        r"(?:traite des personnes|traite|trafic de personnes|trafiquants?)",
    ),
    term(
        "trafficking",
        "fr",
        PAST,
        r"(?:j ai ete|j etais) victime (?:de la |de |d )?(?:traite|trafic)",
        person="self",
    ),
    term("exploited", "fr", NOW, r"(?:nous|me|m) (?:font|fait|faisaient|faisait) travailler"),
    # A farewell and a plan: warning signs of suicide said without the word.
    term(
        "self_harm",
        "fr",
        PAST,
        person="self",
        regex=r"(?:j ai )?(?:pris|avale) (?:toutes|tous) (?:les|mes) (?:pil+ules|cachets|medicaments|comprimes)",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        person="self",
        regex=r"lettre d adieu|mon dernier (?:message|msg)|(?:dire|dis) adieu a (?:tout le monde|mes enfants|ma famille)",
    ),
    # Raped just now ("vient de me violer").
    term("raped", "fr", RECENT, r"vien(?:t|s|nent) de (?:me|nous|la|l) (?:violer|abuser)"),
    # A child led away by a stranger.
    term(
        "child_taken",
        "fr",
        RECENT,
        r"(?:une|un) (?:femme|homme|dame|monsieur|inconnu|inconnue) (?:l a|les a) (?:pris|prise|emmene|emmenee|enleve|enlevee)",
    ),
    # Round 9: "ils nous tiennent"; wanting to stop living, said without "mourir".
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:ils|on|elles) (?:nous|me|m) (?:tiennent|tient|detiennent)(?! (?:au courant|informes?|la main|compagnie|a jour))",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:j ai|j|je n ai|n ai) plus envie de vivre|(?:je )?(?:ne )?veux plus continuer|c est (?:fini|la fin) pour moi|je suis sur le toit",
        person="self",
    ),
    # Round 10: "avec les clients ou je dors dehors", bleeding that will not stop, a past attempt.
    term(
        "forced_sex",
        "fr",
        NOW,
        r"(?:sors|sortir|aller|vais|coucher|travailler|travaille|etre) avec (?:les |des )?(?:clients|hommes)",
        person="self",
        needs=r"ce soir|aujourd hui|ou je|sinon|dette|doit|dois|oblige\w*",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ca|sa) (?:s arrete|arrete) pas de saigner|n arrete pas de saigner|saigne (?:beaucoup|trop|sans arret)",
    ),
    term(
        "self_harm",
        "fr",
        PAST,
        r"(?:j ai )?voulu (?:me suicider|me tuer|mettre fin a mes jours|en finir)",
        person="self",
    ),
    # Round 11: threats for tonight, a deadline to pay the "cuota", heat stroke, a stroke, a
    # break-in, adrift at sea, things given away, a debt and a passport kept, gangrene, a
    # guarded door, a farewell to join a dead mother.
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:ce soir|quand il rentre|quand il revient|tout a l heure|tout a lheure) (?:je vais|tu vas|tu va) voir",
        person="self",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:ils|on) (?:brulent|brule|vont bruler|va bruler) (?:ma|mon|notre|la) (?:boutique|maison|commerce|magasin|chambre)",
    ),
    term(
        "extortion",
        "fr",
        NOW,
        r"si (?:je|j|on|nous) (?:ne )?(?:paie|paye|payons|paient) pas",
        needs=r"cuota|plaza|racket|brul\w*|tuer|tue|avant|ce soir|aujourd hui|demain|\d+h",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:il|elle) (?:ne )?(?:transpire|sue) plus|dit (?:n importe|nimporte) quoi|coup de chaleur",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:sa |la )?bouche (?:est )?tordue|son bras (?:tombe|ne bouge plus)|(?:peut|peux) plus parler",
        needs=r"bouche|bras|visage|commence|d un coup|tout a coup",
    ),
    term(
        "attack",
        "fr",
        NOW,
        r"(?:casse|cassent|force|forcent) (?:la fenetre|la porte) pour entrer|(?:je suis|on est|nous sommes) (?:cache\w* )?dans le placard",
    ),
    term(
        "abandoned",
        "fr",
        NOW,
        r"(?:en panne|coule|prend l eau|derive) (?:au milieu de la mer|en mer|en pleine mer)|au milieu de la mer",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"j en aurai plus besoin|j en aurai pas besoin|(?:j ai|jai) donne (?:toutes )?mes affaires|rejoindre (?:ma|mon) (?:mere|maman|pere|papa|fils|fille) au ciel",
        person="self",
    ),
    term(
        "debt",
        "fr",
        NOW,
        r"dit que (?:je|on|nous) (?:leur |lui )?(?:dois|doit|devons)|(?:je|on) (?:lui |leur )?(?:dois|doit) encore",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ca|sa) sent mauvais|(?:c est|cest) (?:devenu )?noir",
        needs=r"fievre|tremble|blessure|plaie|pied|jambe",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:sors|sortir) d ?ici sans qu ?ils me voient|la porte est gardee",
        person="self",
    ),
    term("beaten", "fr", PAST, r"(?:ma|mont|m ont) (?:frappee?|battue?)s?"),
    # Round 23: "je vais faire une bêtise ce soir" beside a farewell; a letter left for the
    # children and "ce soir tout sera fini"; a seizure that goes on; "c'est mon tour demain".
    term(
        "self_harm",
        "fr",
        NOW,
        person="self",
        regex=r"(?:je vais|jvais|je veux) faire une (?:betise|connerie)",
        needs=r"en peux plus|jen peux plus|adieu|dites a (?:ma|mon|mes)|pardonne\w*|en finir|plus envie|"
        r"serai plus la|plus rien a perdre|desole pour tout|pardon pour tout",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        person="self",
        regex=r"(?:ecrit|laisse) une lettre (?:pour|a) (?:mes enfants|ma mere|ma famille|mon fils|ma fille)",
        needs=r"adieu|pardonne\w*|je vous aime|les aime|prenez soin|en peux plus|tout sera fini|serai plus la",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        person="self",
        regex=r"(?:ce soir|demain) tout sera fini|tout sera fini (?:ce soir|demain)",
        needs=r"lettre|adieu|pardonne\w*|je vous aime|les aime|prenez soin|en peux plus|merci pour tout ce que",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ses|les) yeux (?:roulent|tournent|se retournent)|(?:fait|fais|a fait) une crise",
        needs=r"fievre|convuls\w*|respire (?:plus|mal|pas)|devient bleu|inconscient\w*|se reveille pas|repond (?:pas|plus)",
    ),
    term(
        "threatened",
        "fr",
        FUTURE,
        r"(?:c est|cest|ce sera) mon tour",
        needs=r"pas revenu|disparu|(?:l|les|le|la|m) (?:ont|a) (?:frappe|tue|enleve)\w*|frappe\w*|enleve\w*|menace\w*",
    ),
    # A bone broken by someone: "il vient de me casser le nez", "il m'a cassé le bras".
    *(
        term(
            "beaten",
            "fr",
            PAST,
            person=person,
            regex=r"(?:il|ils|elle|mari|copain|conjoint|ex|patron|passeur|policier|gardien|type|homme)"
            rf" (?:(?:vient|viennent) de {whom} casser|{whom_done} (?:a|ont) casse)"
            r" (?:\d+ )?(?:le nez|le bras|la jambe|la machoire|une dent|les dents|les cotes|cotes|une cote|la main|la levre)",
        )
        for person, whom, whom_done in (
            ("self", "(?:me|nous)", "(?:m|nous)"),
            ("other", "lui", "lui"),
        )
    ),
    # Round 12: a baby who no longer feeds or wakes, vomiting blood, blurred sight in pregnancy,
    # a child just taken by a parent leaving the country tonight, a man out of prison coming.
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ne )?se reveille (?:presque )?(?:pas|plus)|dort tout le temps|ne tete plus|tete plus",
        needs=r"bebe|mois|semaines|nourrisson|nouveau ne",
    ),
    term("medical", "fr", NOW, r"vomit\w* du sang|crache du sang"),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:je )?vois flou|voit flou|voient flou|vision floue|(?:des )?petites lumieres",
        needs=r"enceinte|grossesse",
    ),
    term(
        "child_taken",
        "fr",
        RECENT,
        r"(?:vient|viens) de prendre (?:mon|ma|mes|notre) (?:fils|fille|enfant|enfants|bebe)",
        person="other",
    ),
    term(
        "threatened",
        "fr",
        FUTURE,
        r"(?:il|elle|ils) (?:va|vont) venir me chercher",
        person="self",
        needs=r"prison|peur|menace\w*|sort|connait mon adresse",
    ),
    # Round 13: photos used to extort, something swallowed, a bad burn, gunfire, locked in an
    # office, a crossing gone silent.
    term(
        "extortion",
        "fr",
        NOW,
        r"(?:photos|videos?) (?:intimes|nue?s?|de moi nue?)",
        needs=r"si je|payer|paye|avant|publier|envoyer|les envoie",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"a avale (?:un produit|de l eau de javel|de la javel|une pile|des medicaments|du poison|des cachets)",
    ),
    term("medical", "fr", NOW, r"la peau (?:part|se decolle|s en va)|(?:grave|grosse) brulure"),
    term(
        "attack",
        "fr",
        NOW,
        r"(?:on entend|j entends|il y a) des (?:tirs|coups de feu)|une balle a (?:casse|traverse)",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:ferme|enferme) (?:le bureau |la porte )?a cle avec moi dedans|m a enferme\w* dans (?:le|la) \w+",
        person="self",
    ),
    term(
        "abandoned",
        "fr",
        NOW,
        r"(?:son|le) (?:tel|telephone|portable) (?:est )?eteint",
        person="other",
        needs=r"traverse|passeur|desert|frontiere",
    ),
    # Round 18: food drugged to keep people asleep, the river carrying someone away, "ce soir
    # c'est fini pour toi", a machete without its article, a phone swapped to track the person.
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:ils|ils nous|on nous|il nous|elle nous) (?:mettent|met|ont mis|a mis) (?:quelque chose|un truc|des trucs) dans (?:la nourriture|l eau|le repas|la boisson|le cafe|le manger)",
        needs=r"on dort|nous dormons|dort toute|endormi\w*|disparu\w*|vertiges?|enferm\w*|peut pas sortir",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:le fleuve|la riviere|le courant|l eau) (?:l a|les a|a) (?:emporte|entraine)(?:e|es)? (?:mon|ma|mes|notre|nos|un|une|le petit|la petite|l enfant|le bebe|mon mari)|"
        r"(?:le fleuve|la riviere|le courant|l eau) (?:l a|les a|m a|nous a) (?:emporte|entraine)\w*|accroche\w* a une branche",
        needs=r"fleuve|riviere|courant|eau|noie\w*|rio",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"c est fini pour (?:toi|vous)|(?:t es|tu es|vous etes) (?:mort|morte|morts)(?! de rire)|tu vas mourir|ta derniere nuit",
        # Sent to the writer: a message, a photo ("mon ex m'a envoyé ... 'ce soir c'est fini
        # pour toi'"), not a game's "c'est fini pour toi, t'as perdu".
        needs=r"envoy\w*|m a ecrit|m ecrit|message|texto|sms|photo|menac\w*|ex|mari|copain",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:cherche|poursuit|suit) (?:moi|nous) avec (?:(?:un|une|sa|son) )?(?:machette|couteau|arme|pistolet|fusil)",
    ),
    term(
        "trapped",
        "fr",
        NOW,
        r"(?:pris|prend) mon (?:tel|telephone|portable)(?: [a-z]+){0,4} (?:donne|donnent) un autre",
        needs=r"localisation|ou je suis|ou on est|suivre|traquer|gps|surveill\w*",
    ),
    # Round 20: des gars dehors qui attendent, un bébé qui tremble de fièvre, un enfant laissé
    # par le train, un scorpion, un homme qui essaie d'entrer dans la chambre.
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:\d+ |deux |des )?(?:gars|hommes|types|mecs) dehors qui (?:m|nous) attendent",
        needs=r"suivi\w*|tuer|tue|armes?|couteau|peur|menac\w*|cartel",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:tres forte fievre|forte fievre|beaucoup de fievre)(?: [a-z]+){0,8} (?:convuls\w*|se reveille plus|se reveille pas|reagit plus)",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"tremble plus et (?:il|elle) veut (?:juste )?dormir",
        person="other",
    ),
    term(
        "missing",
        "fr",
        NOW,
        r"(?:le train|la bestia) (?:est reparti|est parti|a redemarre) sans (?:lui|elle|mon (?:fils|petit|bebe)|ma (?:fille|petite))",
        person="other",
    ),
    term("medical", "fr", PAST, r"(?:un|le) scorpion (?:a pique|l a pique|m a pique)"),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:essaye|essaie|tente) d entrer dans (?:notre|ma) (?:chambre|porte|maison)",
        needs=r"nuit|cle|force|peur|couteau|arme|ivre|depuis|crie",
    ),
    term(
        "self_harm",
        "fr",
        FUTURE,
        r"(?:j ai|jai) decide (?:que )?je (?:ne )?verrai pas demain",
        person="self",
    ),
    # A second development round of probes (2026-12-07).
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je )?(?:ne )?veux plus (?:me reveiller|voir demain)(?= demain| jamais| ?$)"
        r"|plus envie de me reveiller(?= demain| jamais| ?$)",
        person="self",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"je (?:ne )?serai plus la demain",
        person="self",
        needs=r"despedi\w*|adios|perdon\w*|carta|cuiden|goodbye|bye everyone|letter|forgive|take care of|adieu|pardon|lettre|let|orevwa|padon|adye|mouri|morir|die|mourir|vivir|live|vivre|viv|jamais",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:medicaments|cachets|pilules|comprimes) pour (?:tout|tous|toutes) (?:les )?(?:prendre|avaler)"
        r"|(?:prendre|avaler) (?:tous|toutes) (?:mes|les) (?:medicaments|cachets|pilules|comprimes)",
        person="self",
        needs=r"ce soir|cette nuit|d un coup|en meme temps|en finir|mourir|plus envie|disparaitre|tout arreter",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:un )?serpent (?:a|m a|l a|lui a|nous a) mordu|mordu\w* par un serpent|morsure de serpent"
        r"|(?:un )?scorpion (?:a|m a|l a|lui a) pique|pique\w* par un scorpion",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:la riviere|le courant|le fleuve) (?:l a|les a|a) (?:emporte|empote|pris)(?: (?:mon|ma|mes|notre|nos) "
        r"(?:fils|fille|enfant|enfants|bebe|mari|femme|frere|soeur|ami|amie|cousin|cousine|pere|mere|oncle))?"
        r"(?= |$)(?<!a emporte)(?<!a pris)|(?:mon|ma|notre) \w+ (?:a ete )?emporte\w* par (?:le courant|la riviere)",
    ),
    term(
        "attack",
        "fr",
        NOW,
        r"(?:ils|on|des gens|des hommes|des types|quelqu un) (?:defoncent|enfoncent|cassent|viennent de defoncer"
        r"|viennent d enfoncer|sont en train de (?:defoncer|casser)) (?:la|ma|notre) porte(?! de l armoire| du placard)",
    ),
    term(
        "attack",
        "fr",
        PAST,
        r"(?:ils|on|des gens|des hommes|des types) (?:ont|a) (?:defonce|enfonce) (?:la|ma|notre) porte",
    ),
    term(
        "self_harm",
        "fr",
        HABIT,
        r"avant je (?:pensais|voulais) (?:au suicide|a me suicider|a me tuer|mourir|me tuer|me suicider|a mourir)",
        person="self",
        needs=PAST_IDEATION_TREATED,
    ),
    # Round 26: blows announced for tonight, a burn by someone, a child's seizure, a heat
    # stroke told as done ("j'ai fait un coup de chaleur", dated by its sentence). A second read
    # narrowed them: "il va me taper la lettre", "ça va me taper sur les nerfs", "il m'a tapé un
    # message", "le soleil m'a brûlé le dos".
    term(
        "medical",
        "fr",
        PAST,
        r"(?:j ai|il a|elle a|on a|a) (?:fait|eu) (?:un|une) (?:coup de chaleur|malaise|crise d epilepsie|convulsion)",
    ),
    term(
        "beaten",
        "fr",
        FUTURE,
        r"(?:va|vont|veut|voulait) (?:\w+ ){0,3}(?:me|nous|m) (?:taper|frapper|tabasser|battre|cogner)"
        r"(?! (?:la|le|un|une|sur|les|des|du|mon|ma|mes|ton|ta|tes)(?= ))",
        person="self",
    ),
    term(
        "beaten",
        "fr",
        PAST,
        r"(?:m|nous) (?:a|ont) (?:tabasse|cogne)|(?:m|nous) (?:a|ont) ouvert l arcade"
        r"|(?:m|nous) (?:a|ont) brule (?:\w+ ){0,3}(?:avec|au|a la) (?:le |la |un |une |l )?(?:fer a repasser|cigarette|briquet|eau bouillante|huile bouillante)",
        person="self",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:ses|les) yeux (?:sont )?(?:revulses|tournent|ont tourne|partent en arriere|qui partent en arriere|tout blancs?)",
        needs=SEIZING,
    ),
    term(
        "threatened",
        "fr",
        FUTURE,
        r"quand (?:il|elle) (?:rentre|revient|arrive|rentrera|reviendra)(?: [a-z]+){0,4} (?:je suis|j suis|jsuis|chuis) morte?(?! de)",
        person="self",
        needs=r"messages|m a ecrit|ce soir|couteau|arme|serieux|il l a deja fait",
    ),
    # "La prochaine fois il me finit", "il va me finir": a threat to kill.
    term(
        "threatened",
        "fr",
        FUTURE,
        r"(?:il|elle|ils) (?:va|vont|veut) me finir|(?:il|elle) me finit|(?:il|elle) (?:va|vont) la finir",
    ),
    # A slap and a death threat told as done ("il m'a giflée et menacée de mort").
    term(
        "beaten",
        "fr",
        PAST,
        r"(?:m|nous) (?:a|ont) gifle\w*|(?:m|nous) (?:a|ont) (?:mis|donne) (?:une|des) gifles?",
    ),
    term("beaten", "fr", NOW, r"(?:me|nous) gifle(?:nt)?"),
    term("threatened", "fr", PAST, r"(?:m|nous) (?:a|ont) (?:\w+ et )?menace\w* de mort"),
    # Round 28: a seizure told by what is seen, foam at the mouth on the floor; a cartel that
    # says it will "lever" the writer (take them, as "levantar").
    term(
        "medical",
        "fr",
        NOW,
        r"(?:de la )?(?:bave|mousse|ecume) (?:a|de|sur|dans|qui sort de) (?:la|sa) bouche",
        needs=r"trembl\w*|convuls\w*|par terre|au sol|(?:se )?(?:leve|reveille) pas|repond pas|reagit pas|evanoui\w*|tombe\w*",
    ),
    term(
        "threatened",
        "fr",
        FUTURE,
        r"(?:ils|elles|on) (?:vont|va|veulent|veut) (?:me|nous|m) (?:lever|enlever|ramasser|faire disparaitre)",
        person="self",
        needs=r"letra|cartel|mafia|gang|mana|zetas|sicarios?|narcos?|ceux de|les gars de|la ligne|(?:si|sinon) (?:je|on|nous)",
    ),
    # Round 28 (a second topics set read by the screen): "a quoi bon continuer", a guide who
    # never came back, "abandonnes au bord du rio".
    term(
        "self_harm",
        "fr",
        NOW,
        r"a quoi bon (?:continuer|vivre|rester en vie)|a quoi (?:ca|cela) sert de (?:continuer|vivre)|"
        r"(?:je veux|j ai envie de) disparaitre pour (?:toujours|de bon)",
        person="self",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je pense a|je vais|j ai envie de|je veux) (?:tout prendre|tout avaler|les prendre tous|les avaler tous|tous les prendre)",
        person="self",
        needs=r"medicament\w*|medocs?|cachets|pilules|comprimes|poison",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je me|jme) (?:coupe|brule|scarifie) (?:les bras|les poignets|les jambes|la peau)?(?: quand| si| tous| encore)",
        person="self",
    ),
    term(
        "abandoned",
        "fr",
        PAST,
        r"(?:on est|nous sommes|je suis|ils sont|on a ete|nous avons ete) abandonne\w* (?:au bord|dans|pres|en|sur|a)",
    ),
    # Round 29: a baby turning blue, waters broken at eight months, on a roof looking down, "je
    # saute" on a bridge, a name written on the door, "ce soir c'est ta tête", no food without
    # clients.
    term(
        "medical",
        "fr",
        NOW,
        r"(?:devient|devenu|devenue|vire|est) (?:tout |toute )?(?:bleu|bleue|violet|violette)",
        needs=r"bb|bebe|enfant|fils|fille|petit|petite|respire|il|elle",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:a |elle a )?perdu (?:de l eau|les eaux)|(?:elle a )?(?:mal|des contractions) (?:a |toutes les )?(?:chaque )?\d+ minutes",
        needs=r"enceinte|grossesse|bebe|accouche\w*",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je monte|je suis|chui|jsuis) sur le (?:toit|pont|rebord)(?: [a-z]+){0,8} (?:regarde en bas|je saute|jsaute|sauter|plus simple pour tout le monde)",
        person="self",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:sur le pont|sur le toit)(?: [a-z]+){0,3} (?:je saute|jsaute|j saute|je vais sauter)|(?:ca|ce) sera plus simple pour tout le monde",
        person="self",
    ),
    term(
        "threatened",
        "fr",
        PAST,
        r"(?:ils ont|on a|quelqu un a) (?:ecrit|marque|peint) (?:mon nom|mon prenom|nos noms) sur (?:la|ma|notre) porte",
    ),
    term(
        "threatened",
        "fr",
        NOW,
        r"(?:ce soir|demain|cette nuit) c ?est (?:ta|ton|votre) (?:tete|peau|tour)|c ?est ta tete",
    ),
    term(
        "forced_sex",
        "fr",
        NOW,
        r"(?:\d+|dix|cinq) clients? (?:ou|sinon) (?:pas (?:de )?manger|on mange pas|je mange pas|pas de repas)",
    ),
    # "Il me l'a encore fait, il est toujours là": whoever did it is still there.
    term(
        "help_now",
        "fr",
        NOW,
        r"il (?:me )?l a (?:encore )?(?:refait|fait)|(?:il|ils) m (?:a|ont) (?:encore )?fait (?:ca|ce truc)",
        needs=r"(?:il est |ils sont )?(?:toujours|encore) (?:la|ici|dehors|dans la maison)",
        person="self",
    ),
    term(
        "medical",
        "fr",
        NOW,
        r"(?:repond|reagit) (?:pas|plus) quand on l appelle|les yeux ouverts mais (?:il|elle) (?:est|n est) (?:pas|plus) la",
    ),
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je vais|vais|jvais) (?:dormir|me reposer|partir) pour toujours",
        person="self",
    ),
    term(
        "forced_sex",
        "fr",
        NOW,
        r"pas de clients? pas de (?:manger|bouffe|repas|nourriture)",
    ),
    # The third topics set: "parfois je pense a me tuer" is the writer's own thought, not a
    # threat; a smuggler who "m'a forcée", told without a time.
    term(
        "self_harm",
        "fr",
        NOW,
        r"(?:je )?(?:pense|pensais|songe) (?:a|de) (?:me tuer|me suicider|mettre fin a mes jours)"
        r"|(?:j ai )?envie de me (?:tuer|suicider)",
        person="self",
    ),
    term(
        "raped",
        "fr",
        PAST,
        r"(?:m a|m ont|nous ont|l a|l ont) forcee?s?(?! a )(?! de )",
        needs=r"passeurs?|hommes?|homme|malade|enceinte|medecin|viol\w*|femmes?|mari",
    ),
]
_ = (HABIT, FUTURE)
