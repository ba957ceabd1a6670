"""Signs of danger that name no crime, in Spanish (see bot.safety.lexicon_signs)."""

from __future__ import annotations

from bot.safety.lexicon_signs import BODY
from bot.safety.terms import FUTURE, NOUN, NOW, PAST, RECENT, STATE, Term, es_ar, term

TERMS: list[Term] = [
    # Round 25: signs told in lay words.
    term(
        "medical",
        "es",
        NOW,
        r"(?:se me sube|me sube|le sube|sube) el veneno|veneno de (?:la |una )?(?:culebra|vibora|serpiente|alacran)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:ya )?no (?:siento|siente|sentimos) (?:los |las |mis |sus |la |el )?(?:pies|manos|mano|piernas|dedos)",
        needs=r"bajo cero|menos \d+|hipotermia|me estoy congelando|veneno|culebra|vibora|alacran|picadura",
    ),
    term(
        "medical",
        "es",
        PAST,
        r"(?:se tomo|bebio|se bebio|se trago|trago) (?:el |un |una |la |las |los |unas |unos |un poco de )?"
        r"(?:cloro|clorox|lejia|veneno|raticida|insecticida|pila|pilas|bateria|baterias|thinner)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:todavia|aun|aunque) respira",
        needs=r"cuchill\w*|navaja|bala|balazo|disparo|apunal\w*|acuchill\w*|machete",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"tiene (?:a )?(?:mi|mis|nuestr[oa]) (?:hija|hijo|hijos|esposa|esposo|mujer|hermana|hermano|nina|nino)"
        r" (?:\w+ ){0,2}(?:en|dentro) (?:un |el |una |la )?"
        r"(?:(?:cuarto|casa|bodega|carro|camioneta) (?:cerrad[oa]|con llave)|bodega|casa de seguridad)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:vuelven|regresan|van a volver|van a regresar|venir otra vez|vienen otra vez) (?:\w+ ){0,2}"
        r"(?:en la noche|esta noche|al rato|a las \d+|manana)",
        needs=r"(?:romp\w*|romper|quebr\w*) (?:mi|el|nuestro) (?:telefono|celular|cel)|lo (?:quebraron|rompieron)"
        r"|amenaz\w*|golpe\w*|pegaron|armas?|pistola|cuchillo|(?:nos|me) (?:quitaron|robaron)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:abrir|abre|salir|escapar|bajar|brincar|saltar|abro|salgo) (?:\w+ ){0,6}sin (?:hacer ruido|que (?:me|nos) (?:oigan|escuchen|vean))",
        needs=r"candado|ventana|segundo piso|cadena|cerradura|encerrad\w*|escapar",
    ),
    # A death threat said to the writer's face: "me dijo esta noche te mueres".
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|le|les|nos) (?:dijo|dijeron|dice|grito|gritaron|amenazo|mando decir) (?:que )?"
        r"(?:(?:esta noche|hoy|ahorita|manana) (?:te mueres|te moris|estas muert[oa]|te vas a morir|te matamos|te mato)"
        r"|te (?:mueres|vas a morir) (?:esta noche|hoy))",
    ),
    # Death threats received, the gang waiting outside, held until the family pays.
    term(
        "threatened",
        "es",
        PAST,
        r"(?:recibi|recibimos|me llegaron|me mandaron|nos mandaron) amenazas(?: de muerte)?",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:tengo|estoy recibiendo|me estan llegando) amenazas(?: de muerte)?",
    ),
    term("threatened", "es", NOW, r"saben (?:donde|en que) (?:vivo|duermo|estoy|albergue|trabajo)"),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos) (?:estan|esta) esperando afuera|(?:me|nos) esperan afuera",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos) (?:encontraron|hallaron|ubicaron)",
        needs=r"mara|mareros|pandilla|pandilleros|cartel|mana|zetas|malandros|sicarios|narcos",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"hasta que (?:mi|la|nuestra|nuestras|las) familias? (?:pague|paguen|deposite|depositen)",
    ),
    term(
        "help_now",
        "es",
        NOUN,
        r"(?:numero|linea|telefono|numeros) (?:de emergencias?|de auxilio|de ayuda|de crisis)",
    ),
    *es_ar("beaten", r"empuj", subj=r"empuj"),
    term(
        "medical",
        "es",
        NOW,
        r"no (?:puedo|puede) (?:pararme|pararse|levantarme|levantarse|mover las piernas|caminar)",
        needs=r"escaleras|cai|cayo|golpe\w*|empuj\w*|pego|pegaron|tren|herid\w*|sangr\w*",
    ),
    term(
        "child_taken",
        "es",
        FUTURE,
        r"(?:me|nos) (?:va|van) a (?:ir a |venir a )?(?:buscar|recoger|llevar)",
        needs=r"conoci (?:en|por) (?:internet|facebook|redes|tiktok|whatsapp|instagram)|tengo (?:1[0-7]|doce|trece|catorce|quince|dieciseis|diecisiete)",
    ),
    term(
        "trafficking",
        "es",
        PAST,
        r"(?:fui|he sido|era) victima de (?:trata|explotacion)",
        person="self",
    ),
    term(
        "extortion",
        "es",
        NOW,
        r"(?:me|nos) (?:pide|piden|pidio|pidieron) (?:dinero|una mordida|mordida|lana|feria)",
    ),
    term(
        "domestic_violence",
        "es",
        NOUN,
        r"violencia contra (?:las )?mujeres|maltrato (?:a la mujer|familiar|de pareja)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"se (?:esta|estan) muriendo(?! de (?:cancer|vejez|tristeza|una enfermedad|ganas))",
    ),
    term("medical", "es", NOW, r"(?:ya )?no (?:habla|puede hablar)", needs=BODY),
    term(
        "kidnapped",
        "es",
        NOW,
        r"(?:voy|estoy|vamos|estamos|me tienen|me metieron|nos metieron) en la cajuela",
    ),
    # The whole bottle, a goodbye from a high place, barely responding.
    term(
        "self_harm",
        "es",
        PAST,
        r"(?:me tome|se tomo|me trague|se trago) (?:todo|toda|todas|todos) (?:el |la |las |los )?(?:frasco|caja|pastillas|bote|pildoras|medicinas)",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"adios a todos|me despido de (?:todos|ustedes)|no hay salida",
        needs=r"azotea|puente|techo|salida|vivir|morir|perdon|perdonen|adios",
    ),
    term("medical", "es", NOW, r"apenas (?:reacciona|respira|responde|se mueve)"),
    # Color of the body, high fever, a bottle of pills, tired of living, forced work ahead.
    term(
        "medical",
        "es",
        NOW,
        r"(?:esta|se puso|se esta poniendo|se pone) (?:morad[oa]|azul)|labios (?:morados|azules)|"
        r"(?:40|41|42) (?:de )?(?:fiebre|grados)|fiebre de (?:40|41|42)",
    ),
    term(
        "self_harm",
        "es",
        PAST,
        r"se (?:tomo|trago) (?:un frasco|una caja|todas las|muchas|un monton de) (?:de )?(?:pastillas|medicinas|pildoras)",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me|estoy) canse de vivir|(?:estoy )?cansad[oa] de vivir|ya no (?:aguanto|puedo) (?:mas )?(?:la vida|vivir)",
    ),
    term(
        "forced_work",
        "es",
        FUTURE,
        r"(?:quiere|quieren|va a|van a) obligar(?:me|nos)? a (?:trabajar|prostituirme|prostituirnos|estar con|vender)",
    ),
    term(
        "attack",
        "es",
        NOW,
        r"(?:gente|hombres|tipos|personas|sujetos|unos|batos|vatos) armad[oa]s?",
        person="other",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:nos|me) (?:viene|esta|anda) siguiendo|(?:nos|me) (?:sigue|siguen) desde",
    ),
    term(
        "abandoned",
        "es",
        PAST,
        r"(?:dejaron|abandonaron|dejo|abandono|tiraron) .{0,64}?(?:desierto|monte|cerro|sierra|brecha|selva)",
    ),
    term(
        "attack",
        "es",
        PAST,
        r"mataron a (?:uno|una|alguien|un senor|un muchacho|una senora|un hombre)",
        person="other",
        needs=r"aqui|enfrente|afuera|siguen|al lado|ahorita",
    ),
    # Fire, photos sent as a threat, a child with a stranger, pills gathered, a bridge.
    term(
        "attack",
        "es",
        "verb",
        r"(?:le |les |nos |me )?(?:prendieron|pusieron|echaron|prenden|estan prendiendo) fuego|se esta quemando (?:la|el|mi)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me |nos )?(?:mandaron|enviaron|mandan) fotos de (?:mi|mis|nuestra|nuestros) (?:casa|familia|hijos|hijas|nin[oa]s|mama|esposa)",
    ),
    term(
        "child_taken",
        "es",
        NOW,
        r"(?:un|una|el|la) (?:senor|hombre|tipo|senora|mujer) (?:se lo|se la|lo|la) (?:quiere|quiso|esta tratando de) llevar|"
        r"(?:quiere|quieren|esta tratando de|intenta) llevarse a (?:un|una|el|la|mi) (?:nin[oa]|chamac[oa]|menor|bebe|hij[oa])",
    ),
    term(
        "child_taken",
        "es",
        PAST,
        r"se fue con (?:un|una) (?:senor|hombre|tipo|muchacho) que conocio (?:por|en) (?:facebook|internet|redes|tiktok|whatsapp|instagram)",
    ),
    term(
        "self_harm",
        "es",
        FUTURE,
        r"(?:me las|me los) voy a tomar (?:todas|todos)|tomarme todas las pastillas|(?:me quiero|me voy a) (?:aventar|tirar|lanzar) (?:del|de un|de la) (?:puente|edificio|azotea)",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me quiero|me voy a) (?:aventar|tirar)(?= |$)",
        needs=r"puente|edificio|azotea|morir|vivir|matar",
    ),
    term("raped", "es", PAST, r"abusaron de (?:mi|ella|nosotras)|abuso de (?:mi|ella)"),
    term("raped", "es", RECENT, r"(?:acaban|acaba|acabo) de abusar de (?:mi|ella|nosotras)"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:gente|personas|uno|una|alguien) desmayad[oa]s?|se (?:estan )?desmayando",
    ),
    term(
        "medical",
        "es",
        PAST,
        r"(?:le|me|nos|la|lo) (?:pico|mordio) (?:una |un )?(?:vibora|serpiente|culebra|cascabel|alacran)",
    ),
    # Violence at home, named: information, or a life with it now.
    term(
        "domestic_violence",
        "es",
        NOUN,
        r"violencia (?:domestica|familiar|intrafamiliar|de genero|de pareja)|(?:sufre|sufren|vive|viven) violencia",
    ),
    term(
        "domestic_violence",
        "es",
        NOW,
        r"(?:sufro|vivo|estoy sufriendo|estoy viviendo|sufrimos) violencia",
        person="self",
    ),
    # A body in danger.
    term("medical", "es", NOW, r"(?:no|ya no) (?:reacciona|despierta|se mueve|abre los ojos)"),
    term("medical", "es", NOW, r"(?:no|ya no) responde", needs=BODY),
    term("medical", "es", NOW, r"(?:convulsion\w*|le (?:dan|dio|estan dando) ataques)"),
    term(
        "medical",
        "es",
        NOW,
        r"no (?:podemos|puedo|puede|pueden) respirar|no hay aire|(?:falta|sin) (?:el )?aire|"
        r"(?:nos|me) (?:estamos|estoy) (?:ahogando|asfixiando)(?! de risa)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"no (?:para|deja) de (?:salir sangre|sangrar)|(?:sale|pierde|perdiendo) mucha sangre|"
        r"mucha sangre",
    ),
    term(
        "medical",
        "es",
        PAST,
        r"se (?:tomo|trago|comio|bebio) (?:un |una |el |la |unas |unos )?(?:liquido|veneno|cloro|"
        r"pastillas|raticida|quimico|producto|limpiador|detergente|fabuloso|pinol|gasolina|"
        r"matarratas|insecticida)|envenen\w+",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"se (?:lo|la|los|las|me|nos) (?:llevo|esta llevando) (?:la corriente|el rio|el agua)|"
        r"(?:se (?:esta|estan) ahogando|se ahogo|se ahogan)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"se me (?:rompio|reviento) la (?:fuente|bolsa)|(?:estoy|esta) (?:de parto|pariendo)|"
        r"(?:tengo|con|tiene) contracciones|ya (?:viene|va a nacer) (?:el|mi) bebe",
    ),
    term("medical", "es", PAST, r"se cayo (?:del|de la) (?:tren|bestia|techo|muro|barda|camion)"),
    # Held and watched.
    term(
        "trapped",
        "es",
        NOW,
        r"(?:hay|tienen|con) (?:guardias|hombres armados|vigilantes|halcones)|"
        r"(?:nos|me) (?:cuidan|vigilan) (?:hombres|unos|con armas)|"
        r"(?:sin|no nos dan de) (?:comer|comida|agua) desde|no (?:hemos|he) comido desde",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:me|nos) tiene(?:n)? vigilad[oa]s?|(?:me|nos) (?:vigila|vigilan) (?:todo el tiempo|dia y noche|siempre)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"no puedo hablar (?:mucho|ahorita|bien|fuerte|por telefono)",
        needs=r"esta aqui|esta en|otra pieza|otro cuarto|al lado|me escucha|me vigila|si me ve|si se entera|me quito",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"si (?:me|nos) (?:ve|ven|descubre|descubren|cacha|cachan) (?:escribiendo|mandando|con el cel|con el telefono)",
    ),
    term(
        "documents_taken",
        "es",
        PAST,
        r"(?:me|nos) (?:quito|quitaron) (?:el|mi|los|nuestros) (?:celular|cel|telefono|celulares)",
    ),
    # At home, about to hurt: breaking things, banging on the door, choking.
    term(
        "threatened",
        "es",
        NOW,
        r"(?:esta|estan|anda) (?:rompiendo|quebrando|aventando|tirando|destrozando) (?:todo|las cosas|cosas|la puerta|los platos)|"
        r"(?:golpeando|pateando|tumbando) la puerta|quiere (?:tirar|tumbar) la puerta",
        person="self",
    ),
    term(
        "beaten",
        "es",
        NOW,
        r"(?:me|la|nos) (?:ahorca|ahorcan|estrangula|estrangulan)|(?:ahorcandome|ahorcando|estrangulando)",
    ),
    term("beaten", "es", PAST, r"(?:me|la|nos) (?:ahorco|estrangulo|quiso ahorcar)"),
    # A weapon used.
    term(
        "attack",
        "es",
        PAST,
        r"(?:le|me|nos|les) (?:dispararon|disparo|dieron un balazo|pegaron un tiro|dieron un tiro|"
        r"dieron una punalada|dieron un navajazo|dieron un machetazo|enterraron un cuchillo)|"
        r"balacearon a|(?:lo|la|me) (?:apunalaron|acuchillaron|balacearon)",
    ),
    # Taken by force, or by people who pass for the authorities.
    term(
        "kidnapped",
        "es",
        PAST,
        r"(?:me|nos|lo|la|los) (?:metieron|subieron|aventaron) (?:a la fuerza )?(?:a|en) (?:un|una|el|la) "
        r"(?:carro|camioneta|auto|van|troca|coche|cajuela|camion)",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"migra falsa|falsos (?:agentes|policias|federales)|se hacen pasar por",
    ),
    # Chased or hiding.
    term(
        "threatened",
        "es",
        NOW,
        r"(?:nos|me) (?:persiguen|persigue|estan persiguiendo|vienen siguiendo|andan buscando|vienen persiguiendo)",
    ),
    term(
        "threatened",
        "es",
        STATE,
        r"(?:estoy|estamos) escondid[oa]s?|escondid[oa]s? (?:en|debajo|detras|bajo)",
        person="self",
    ),
    # A threat to the children or the family.
    term(
        "kidnapped",
        "es",
        FUTURE,
        r"(?:se van a llevar|van a llevarse|se llevan|van a agarrar|van a levantar|van a robar) a (?:mis|mi|nuestros|nuestras|nuestro|nuestra) \w+",
    ),
    term(
        "kidnapped",
        "es",
        FUTURE,
        r"(?:si no|o si no|sino) (?:la|lo|los|las|nos|me) (?:vende|venden|va a vender|van a vender|mata|matan)",
    ),
    # Harm to oneself, said without the word.
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me|nos) (?:quiero|queremos) morir|ya no (?:quiero|quiere) (?:vivir|seguir viviendo|estar aqui)|"
        r"(?:quiero|voy a|quiere|va a) (?:quitarme|quitarse|acabar con) (?:la vida|mi vida|su vida|todo)|"
        r"(?:me voy|se va) a (?:colgar|aventar|tirar del puente|tirar al tren|cortar las venas)",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"se (?:despidio|esta despidiendo) de (?:todos|todo el mundo|nosotros)|"
        r"(?:tiene|tengo) (?:una cuerda|una soga|las pastillas|veneno)",
        needs=r"morir|vivir|despidio|despidiendo|matar|cuerda|soga|no lo busquemos|adios",
    ),
    term("self_harm", "es", PAST, r"se (?:corto|abrio) las venas|(?:me|se) (?:colgo|ahorco)"),
    # Extortion: money for the right to work or live, and the warning that comes with it.
    term(
        "extortion",
        "es",
        NOW,
        r"(?:cobrando|cobran|cobrar|pagar|piden|pago de) (?:el )?(?:derecho de )?piso|derecho de piso|cobro de piso",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos) (?:dejaron|vinieron a dejar|dejaron en la puerta) (?:una bala|balas|una cartulina|una manta|una nota)|"
        r"vinieron a dejar(?:me|nos)? una bala|dejarme una bala",
    ),
    # Round 15: a rope found, things thrown at home with the children hidden.
    term(
        "self_harm",
        "es",
        RECENT,
        r"con una (?:soga|cuerda|reata|mecate)",
        person="other",
        needs=r"encontre|encontrar|baje|descolgue|colg\w*|ahorc\w*|volver a hacer|matar\w*|morir|viva|vivo",
    ),
    term(
        "domestic_violence",
        "es",
        NOW,
        r"(?:esta|estan|anda|empezo a) (?:aventando|tirando|rompiendo|quebrando|avienta|lanzando) "
        r"(?:las |los |unas |unos )?(?:sillas|platos|cosas|vasos|botellas|muebles|trastes)",
        needs=r"ninos|ninas|hijos|hijas|escondid\w*|encerrad\w*|bano|cuarto|otra vez|borracho|tomado|miedo",
    ),
]
