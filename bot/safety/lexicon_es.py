"""Spanish harm terms (folded: no accents, lower case), as written in messages.

Regular verbs come from their stems (`es_ar`); phrases that are not one verb are listed with
their form. The harm ids are the danger screen's categories (bot/safety/harms.py).
"""

from __future__ import annotations

from bot.safety.lexicon_frames import PAST_IDEATION_TREATED, SEIZING
from bot.safety.terms import FUTURE, HABIT, HYPO, NOUN, NOW, PAST, RECENT, STATE, Term, es_ar, term

CHILD = r"(?:hij[oa]s?|nin[oa]s?|bebes?|nenes?|nenas?|chamac[oa]s?|chiquit[oa]s?|cipot[ea]s?|bichos?|chavit[oa]s?|hijit[oa]s?|criaturas?|hermanit[oa]s?|sobrinit[oa]s?)"
FAMILY = r"(?:espos[oa]|marido|pareja|novi[oa]|mujer|papa|padre|padrastro|mama|madre|madrastra|tio|tia|primo|prima|hermano|hermana|suegro|suegra|cunado|cunada|abuelo|abuela|ex|ex pareja|ex esposo)"
WILD = r"desierto|monte|cerro|sierra|selva|brecha|caminando|calor|sol|rio|dias caminando|nos perdimos|perdid[oa]s?|pollero|coyote|guia"
TAKE_PAST = r"(?:se llevaron|se lo llevaron|se la llevaron|se los llevaron|se llevo|se lo llevo|se la llevo|llevaron|robaron|quitaron|secuestraron|sec?uestraron|raptaron|levantaron|agarraron|arrebataron|jalaron)"

TERMS: list[Term] = [
    # Kidnapped: taken and held for ransom or by force.
    *es_ar("kidnapped", r"sec?[ck]u?e?st?r|sequestr|plagi|rapt"),
    term("kidnapped", "es", NOUN, r"(?:el |un |los |del )?sec?[ck]u?e?st?ros?"),
    term("kidnapped", "es", PAST, r"(?:me|nos|lo|la|los|las|le|les) levantaron"),
    term("kidnapped", "es", NOW, r"(?:me|nos|lo|la|los|las) (?:levantan|quieren levantar)"),
    term(
        "kidnapped",
        "es",
        "verb",
        r"(?:lo|la|los|las|nos|me) (?:tienen|tiene) (?:levantad|secuestrad|retenid)[oa]s?",
    ),
    term("kidnapped", "es", PAST, r"se (?:lo|la|los|las|me|nos) llevaron"),
    term(
        "kidnapped",
        "es",
        PAST,
        r"se llevaron a (?:un|una|unos|unas|mi|mis|nuestr[oa]s?|el|la|los|las|al)\b",
    ),
    term(
        "kidnapped",
        "es",
        PAST,
        r"(?:me|nos|lo|la|los|las) (?:subieron|metieron) (?:a la fuerza|por la fuerza|a una camioneta|a un carro)",
    ),
    term(
        "kidnapped", "es", NOW, r"(?:piden|pide|pidieron|piden que paguen|exigen) (?:un )?rescate"
    ),
    term("kidnapped", "es", NOUN, r"rescate"),
    term("kidnapped", "es", NOW, r"(?:nos|me|los) (?:van a|va a|quieren) vender"),
    term(
        "kidnapped", "es", NOW, r"(?:nadie|ninguno) (?:sale|se va|puede salir) (?:hasta|mientras)"
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"(?:tienen|tiene) a mi (?:espos[oa]|marido|herman[oa]|hij[oa]|papa|mama|pareja|prim[oa]|ti[oa]|sobrin[oa])(?! (?:en la estacion|en migracion|en el inm|detenid|pres[oa]|en la carcel))",
    ),
    term("kidnapped", "es", NOW, r"casa de seguridad"),
    term(
        "kidnapped", "es", NOW, r"(?:estoy|estamos) en (?:una|la) casa de seguridad", person="self"
    ),
    term(
        "kidnapped",
        "es",
        PAST,
        r"(?:estuve|estuvimos|estaba|estabamos) en (?:una|la) casa de seguridad",
        person="self",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"(?:piden|pide|exigen|exige|quieren) (?:\d+|mil|\d+ mil)(?: mil)? (?:dolares|pesos|dls|varos)"
        # A fee for a procedure, a trip or a job offer is a possible scam, not a ransom.
        r"(?! (?:para|por|de) (?:el |la |los |las |un |una )?(?:tramite|tramites|visa|papeles|trabajo|pasaje|boleto|anticipo|inscripcion|curso|deposito|renta|permiso|cita|agencia|contrato))",
    ),
    term("kidnapped", "es", NOW, r"levantan a"),
    term("kidnapped", "es", PAST, r"levantaron a (?:mi|mis|nuestr[oa]s?|un|una|dos|tres|\d+)"),
    term(
        "kidnapped",
        "es",
        PAST,
        r"(?:la mana|el cartel|los del cartel|la linea|los zetas|la pandilla|los malandros) (?:me|nos|lo|la|los) (?:levanto|levantaron|agarro|agarraron|llevo|llevaron)",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"(?:me|nos|la|lo|los|las) tienen?(?= (?:y|en|aqui|alla|desde|hace|ya|pidiendo|a todos) |\s*$)",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"(?:pide|piden|pidiendo|pidieron|exigen|exige) (?:dinero|rescate|\d+|mil|un rescate|la cuota)(?: [a-z]+){0,2} (?:a|por) (?:mi|mis|nuestr[oa]s?) [a-z]+",
    ),
    term("kidnapped", "es", NOW, r"pidiendo (?:un )?rescate"),
    term(
        "kidnapped",
        "es",
        NOW,
        r"para (?:soltar|liberar|devolver|dejar ir) a (?:mi|mis|nuestr[oa]s?)(?! (?:pais|casa|tierra|pueblo))",
    ),
    term(
        "threatened",
        "es",
        PAST,
        r"(?:nos|me|lo|la) (?:apuntaron|apunto|amenazaron|amenazo) con (?:una |un |la |el )?(?:pistola|arma|armas|cuchillo|rifle|cuerno|machete|navaja)",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"(?:que )?(?:la|lo|los|las) tienen(?! que| en la estacion| en migracion| detenid| en el inm)",
    ),
    term(
        "kidnapped",
        "es",
        PAST,
        r"se llevaron a (?:dos|tres|cuatro|cinco|\d+|varios|varias|algunos|algunas)",
    ),
    term(
        "kidnapped",
        "es",
        PAST,
        r"(?:sufri|vivi|fui victima de|fuimos victimas de|pase por) (?:un |una )?secuestro",
        person="self",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:nos|me) (?:tienen|tiene|mantienen) en (?:una|un|la|el) (?:casa|cuarto|bodega|lugar|rancho|hotel|cuarto|galera|cuartito|casa de seguridad)",
    ),
    term(
        "kidnapped",
        "es",
        PAST,
        r"(?:me|nos|lo|la|los|las) (?:privaron|privan) de (?:la|su|mi) libertad",
    ),
    # Held: locked in, tied, not allowed to leave.
    *es_ar("trapped", r"encerr|encierr|amarr|encaden"),
    term(
        "trapped",
        "es",
        "verb",
        r"(?:me|nos|lo|la|los|las) (?:tienen|tiene|mantienen|tenian|tuvieron|tuvo) (?:encerrad|amarrad|retenid|secuestrad|encadenad|escondid|vigilad)[oa]s?",
    ),
    term(
        "trapped",
        "es",
        STATE,
        r"(?:estoy|estamos|esta|estan|seguimos|sigo) (?:encerrad|atrapad|retenid|amarrad|secuestrad|encadenad|privad)[oa]s?",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"no (?:me|m|nos|la|lo|las|los) (?:dejan|deja|permiten|permite)(?: [a-z]+){0,5} (?:salir|ir|irme|irnos|irse|salirme|salirnos|regresar|escapar)",
    ),
    # "¿Es normal que no nos dejen salir del cuarto?", asked whether it is all right (not "dile
    # que no lo deje salir", "le pedí al albergue que no me dejen salir sola de noche").
    term(
        "trapped",
        "es",
        NOW,
        r"(?:normal|legal|justo|bien) que (?:[a-z]+ ){0,5}?"
        r"no (?:me|nos) (?:dejen|deje|permitan)(?: [a-z]+){0,4} (?:salir|irme|irnos|salirme|salirnos|escapar)"
        r"(?! (?:del pais|de mexico|del estado|a comer))",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"no (?:me|nos|la|lo|las|los) (?:dejan|deja|permiten|permite) (?:usar|tener|hablar|llamar|comunicarnos|comunicarme|contactar)(?: [a-z]+){0,2} (?:cel|celular|celulares|telefono|telefonos|nadie|mi familia)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"no (?:puedo|podemos|pueden|puede) (?:salir|irme|irnos|escapar)(?! del pais| de mexico| del estado| a trabajar| a buscar)",
        needs=r"encerr\w*|llave|candado|puerta|cuarto|celular(?:es)?|cel|telefonos?|patron|jefe|pollero|coyote|vigil\w*|trabajando|casa de seguridad|bodega|cuidan|armados",
    ),
    term(
        "trapped",
        "es",
        PAST,
        r"no (?:me|nos|la|lo|las|los) (?:dejaron|dejo) (?:salir|ir|irme|irnos)",
    ),
    term(
        "trapped",
        "es",
        HABIT,
        r"no (?:me|nos|la|lo|las|los) (?:dejaban|dejaba) (?:salir|ir|irme|irnos)",
    ),
    term("trapped", "es", NOW, r"(?:me|nos) (?:retienen|retiene)"),
    term("trapped", "es", PAST, r"(?:me|nos) (?:retuvieron|retuvo)"),
    term("trapped", "es", NOW, r"(?:con llave|con candado|bajo llave|cerrad[oa] con llave)"),
    term("trapped", "es", PAST, r"(?:me|nos) drogaron"),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:nos|me) (?:vigilan|tienen vigilad[oa]s?) (?:todo el tiempo|dia y noche|siempre)",
    ),
    # Beaten: physical violence.
    *es_ar("beaten", r"golpe|golpi", subj=r"golpe"),
    *es_ar("beaten", r"peg", subj=r"pegu", past1="pego"),
    *es_ar("beaten", r"madre|maltrat|lastim|apunal|acuchill|patie|pate|tortur|garrote|cachete"),
    term("beaten", "es", PAST, r"(?:me|nos|lo|la|le|les) (?:balearon|baleo|balacearon)"),
    term("beaten", "es", PAST, r"(?:me|nos|lo|la|le|les) (?:dispararon|disparo|balacearon)"),
    term("beaten", "es", NOW, r"(?:me|nos|la|lo|le|les) (?:agreden|agrede|hieren)"),
    term("beaten", "es", PAST, r"(?:me|nos|la|lo|le|les) (?:agredieron|agredio|hirieron|hirio)"),
    term("beaten", "es", "verb", r"agredid[oa]s?"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:estoy|esta|estamos|estan|salio|salieron|quedo|quedaron|resulto|resultaron|hay|muy mal|gravemente) herid[oa]s?",
    ),
    term(
        "beaten",
        "es",
        PAST,
        r"(?:me|nos|la|le|lo|les) (?:dieron|dio|pusieron) (?:una )?(?:golpiza|paliza|madriza|putiza|chinga)",
    ),
    term("beaten", "es", NOUN, r"(?:golpiza|paliza|madriza)"),
    term("beaten", "es", NOW, r"(?:me|nos|la|lo) (?:esta|estan) haciendo dano"),
    # Sexual violence.
    *es_ar("raped", r"[bv]iol", subj=r"[bv]iol"),
    term(
        "raped",
        "es",
        NOUN,
        r"(?:[bv]iolacion|[bv]iolaciones|abuso sexual|agresion sexual|acoso sexual|pastilla del dia siguiente|anticoncepcion de emergencia|anticonceptivo de emergencia)",
    ),
    term(
        "raped",
        "es",
        PAST,
        r"(?:sufri|vivi|fui victima de|pase por) (?:una |un )?(?:[bv]iolacion|abuso sexual|agresion sexual)",
        person="self",
    ),
    term("raped", "es", PAST, r"(?:me|nos|la|las) (?:abusaron|abuso|manosearon|manoseo|forzaron)"),
    term("raped", "es", NOW, r"(?:me|nos|la|las) (?:abusan|abusa|manosean|manosea|acosan|acosa)"),
    term(
        "raped",
        "es",
        NOW,
        r"(?:me|nos|la|las|lo|los) (?:estan|esta) (?:abusando|manoseando|violando|tocando)",
    ),
    term("raped", "es", NOW, r"(?:abusa|abusan) de (?:mi|nosotras|ella|mi [a-z]+|mis [a-z]+)"),
    term("raped", "es", PAST, r"(?:abuso|abusaron) de (?:mi|nosotras|ella|mi [a-z]+|mis [a-z]+)"),
    term(
        "raped", "es", HABIT, r"(?:abusaba|abusaban) de (?:mi|nosotras|ella|mi [a-z]+|mis [a-z]+)"
    ),
    term("raped", "es", PAST, r"(?:abusad[oa]|agredid[oa]|atacad[oa]) sexualmente"),
    term(
        "raped",
        "es",
        NOW,
        r"(?:me|nos|la|las) (?:toca|tocan|agarra|agarran|quiere tocar|quieren tocar)",
        needs=r"coyote|pollero|patron|jefe|senor|hombre|tipo|guia|encargado|dueno|se|sin|fuerza|dejo|partes",
    ),
    term("raped", "es", HABIT, r"(?:me|nos|la|las) (?:abusaban|abusaba|manoseaban|manoseaba)"),
    term("raped", "es", PAST, r"abusaron de (?:mi|nosotras|ella|mi hija|mi hermana)"),
    term(
        "raped",
        "es",
        PAST,
        r"(?:me|la|nos) (?:tocaron|toco) (?:sin|a la fuerza|mis partes|sus partes|las partes)",
    ),
    term(
        "raped",
        "es",
        PAST,
        r"(?:me|la|nos) (?:obligaron|forzaron) a (?:tener relaciones|tener sexo|acostarme|acostarse)",
    ),
    # Death threats, being hunted.
    term(
        "threatened",
        "es",
        FUTURE,
        r"(?:me|nos|lo|la|los|las|te) (?:van a|va a|vamos a|quieren|quiere|piensan|intentan|tratan de) (?:matar|desaparecer|quemar|levantar|cortar|colgar)",
    ),
    term(
        "threatened",
        "es",
        FUTURE,
        r"(?:quieren|quiere|van a|va a|vienen a|viene a) (?:matarme|matarnos|matarlo|matarla|desaparecerme|desaparecernos)",
    ),
    term("threatened", "es", NOW, r"(?:me|nos|lo|la) (?:matan|mata|mataran|matara)"),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:matan|mataran|van a matar|matar|lastiman|le hacen algo|les hacen algo) a (?:mi|mis|nuestra|nuestro|nuestros|toda mi) (?:familia|hijos|hijo|hija|hijas|esposa|esposo|mama|papa|hermanos|hermana|hermano)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:no puedo hablar|no puedo contestar|no puedo llamar)",
        needs=r"afuera|aqui|escucha\w*|oye|vigil\w*|cuarto|puerta|me ve|me ven|estan aqui|esta aqui",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos|lo|la|los|las) (?:amenazan|amenaza|estan amenazando|esta amenazando)",
    ),
    term("threatened", "es", PAST, r"(?:me|nos|lo|la|los|las) (?:amenazaron|amenazo|amenazaban)"),
    term("threatened", "es", NOUN, r"amenazas? de muerte"),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos) (?:estan|esta|andan|anda) (?:buscando|siguiendo|persiguiendo|vigilando)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos) (?:siguen|sigue|persiguen|persigue) (?:unos|un|dos|los|desde|en|a todos|por)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:esta|estan|sigue|siguen) (?:afuera|aqui afuera|en la puerta|afuera de (?:mi|la) casa|esperandome|aqui)",
    ),
    term("threatened", "es", NOW, r"(?:estoy|estamos) escondid[oa]s?"),
    term(
        "attack",
        "es",
        NOW,
        r"(?:nos|me) (?:estan atacando|atacan|atacaron|estan disparando|disparan)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:con|tiene|tienen|trae|traen) (?:un |una )?(?:cuchillo|pistola|arma|armas|machete|navaja)",
    ),
    # Extortion.
    *es_ar("extortion", r"extorsion"),
    term("extortion", "es", NOUN, r"(?:extorsion|extorsiones|cobro de piso|derecho de piso|cuota)"),
    term(
        "extortion",
        "es",
        PAST,
        r"(?:recibi|me llego|me llegaron|me hicieron|tuve) (?:una |unas )?(?:llamadas? de extorsion|extorsion)",
        person="self",
    ),
    term(
        "extortion",
        "es",
        NOW,
        r"si no (?:pago|pagamos|paga|pagan|deposito|depositamos|deposita|depositan|mando|mandamos|entrego|doy|damos)",
    ),
    term(
        "extortion",
        "es",
        NOW,
        r"(?:me|nos) (?:piden|pide|exigen|exige|cobran|cobra) (?:dinero|la cuota|cuota|\d+|mil|pago|una cantidad)",
    ),
    # Forced to work or to sell sex.
    term(
        "forced_work",
        "es",
        NOW,
        r"(?:obligan|obliga|fuerzan|fuerza|ponen|hacen|estan obligando|esta obligando)(?: a (?:mi|mis|nuestr[oa]s?) [a-z]+)? a (?:trabajar|vender droga|vender drogas|pasar droga|cargar|cocinar|sembrar|cosechar|halconear|ser halcon|cuidar la casa|limpiar)",
    ),
    term(
        "forced_work",
        "es",
        PAST,
        r"(?:obligaron|forzaron|pusieron|hicieron|obligo|forzo)(?: a (?:mi|mis|nuestr[oa]s?) [a-z]+)? a (?:trabajar|vender droga|vender drogas|pasar droga|cargar|halconear)",
    ),
    term(
        "forced_work",
        "es",
        HABIT,
        r"(?:obligaban|obligaba|forzaban|forzaba)(?: a (?:mi|mis|nuestr[oa]s?) [a-z]+)? a (?:trabajar|vender droga|vender drogas|pasar droga|cargar)",
    ),
    term(
        "forced_work",
        "es",
        NOW,
        r"(?<!tuvieron )(?<!tuvo )(?<!tenian )(?<!tenia )(?:trabajando|trabajar|trabajamos|trabajo) a la fuerza",
    ),
    # "Me tuvieron trabajando a la fuerza": they had me working, a time that is over.
    term("forced_work", "es", PAST, r"(?:tuvieron|tuvo|tenian|tenia) trabajando a la fuerza"),
    term(
        "forced_work",
        "es",
        NOW,
        r"(?:trabajar|trabajamos|trabajo) sin (?:pago|paga|sueldo|descanso) y no (?:me|nos) (?:dejan|deja)",
    ),
    term("forced_work", "es", NOUN, r"trabajo forzado"),
    term(
        "forced_sex",
        "es",
        NOW,
        r"(?:obligan|obliga|fuerzan|fuerza|ponen|hacen|estan obligando|esta obligando)(?: a (?:mi|mis|nuestr[oa]s?) [a-z]+)? a (?:prostituir\w*|vender (?:mi|su|nuestro) cuerpo|tener sexo|tener relaciones|acostar\w*|fichar|bailar|estar con hombres|trabajar en la calle|casar\w*)",
    ),
    term(
        "forced_sex",
        "es",
        PAST,
        r"(?:obligaron|forzaron|pusieron|obligo|forzo)(?: a (?:mi|mis|nuestr[oa]s?) [a-z]+)? a (?:prostituir\w*|vender (?:mi|su) cuerpo|tener sexo|acostar\w*|casar\w*)",
    ),
    term(
        "forced_sex",
        "es",
        NOW,
        r"(?:me|nos|la|las) (?:prostituyen|prostituye|rentan|quieren casar|van a casar)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:me|nos|la|lo|las|los) (?:venden|vende|estan vendiendo|esta vendiendo|van a vender|quieren vender|vendieron|vendio)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"venden (?:a )?(?:mujeres|ninas|ninos|muchachas|personas|gente)(?= (?:en|aqui|donde) )",
    ),
    # Documents kept.
    term(
        "documents_taken",
        "es",
        "verb",
        r"(?:quito|quitaron|quitan|quite|quiten|quitar|tiene|tienen|se quedo con|se quedaron con|guarda|guardan|guarde|guarden|guardar|recoge|recogen|retiene|retienen|retuvo|retuvieron|agarro|agarraron|recogio|recogieron|rompio|rompieron) (?:el|mi|mis|los|nuestros|nuestro|su|sus|nuestras|las) (?:pasaporte|pasaportes|papeles|documentos|identificacion|identificaciones|credencial|cedula|dni|permiso)",
    ),
    # A debt that grows.
    term(
        "debt",
        "es",
        NOW,
        r"deuda(?: [a-z]+){0,5} (?:crece|aumenta|no (?:se )?(?:termina|acaba)|nunca (?:se )?(?:termina|acaba)|sube|es impagable)",
    ),
    term("debt", "es", NOW, r"(?:les|le) debo (?:mucho|\d+|mil|todo)"),
    # Robbery.
    *es_ar("robbery", r"rob|asalt|atrac"),
    term(
        "robbery",
        "es",
        PAST,
        r"(?:me|nos) (?:quitaron|quito|bajaron|sacaron) (?:mi|mis|el|los|todo|todas|nuestro|nuestros|el dinero|dinero|la cartera|la mochila)",
    ),
    # Wages kept.
    term(
        "wage_theft",
        "es",
        "verb",
        r"no (?:me|nos) (?:pagan|paga|pagaron|pago|quiere pagar|quieren pagar|han pagado|ha pagado)",
    ),
    term("wage_theft", "es", PAST, r"nunca (?:me|nos) (?:pagaron|pago)"),
    # A child taken or lost.
    term("child_taken", "es", PAST, rf"{TAKE_PAST} a (?:mi|mis|nuestr[oa]s?) {CHILD}"),
    term(
        "child_taken",
        "es",
        PAST,
        rf"(?:mi|mis|nuestr[oa]s?) {CHILD}(?: de \d+(?: anos)?)? (?:se (?:lo|la|los|las) llevaron|lo llevaron|la llevaron|lo secuestraron|la secuestraron)",
    ),
    term(
        "child_taken",
        "es",
        PAST,
        rf"a (?:mi|mis|nuestr[oa]s?) {CHILD}(?: de \d+(?: anos)?)? se (?:lo|la|los|las) llevaron",
    ),
    term(
        "child_taken",
        "es",
        PAST,
        rf"(?:mi|mis|nuestr[oa]s?) {CHILD}(?: de \d+(?: anos)?)? se (?:me )?(?:perdio|perdieron|extravio)",
    ),
    term(
        "child_taken",
        "es",
        NOW,
        rf"(?:mi|mis|nuestr[oa]s?) {CHILD}(?: de \d+(?: anos)?)? no (?:regreso|ha regresado|ha llegado|llego|volvio|ha vuelto|aparece)",
    ),
    term(
        "child_taken",
        "es",
        NOW,
        rf"no (?:encuentro|encontramos|aparece) (?:a )?(?:mi|mis|nuestr[oa]s?) {CHILD}",
    ),
    term(
        "child_taken",
        "es",
        NOW,
        rf"(?:mi|mis) {CHILD} (?:no aparece|no aparecen|esta perdid[oa]|estan perdid[oa]s)",
    ),
    term(
        "child_taken",
        "es",
        PAST,
        rf"(?:mi|mis) {CHILD} (?:se perdio|desaparecio|se perdieron|desaparecieron)",
    ),
    # Abandoned without water or lost.
    term(
        "abandoned",
        "es",
        PAST,
        r"(?:nos|me|los|las) (?:dejaron|abandonaron|dejo|abandono|botaron|boto|tiraron|aventaron)(?: [a-z]+){0,5} (?:desierto|monte|cerro|sierra|selva|rio|brecha|sin agua|sin comida|solos|solas|sol[oa]|nada)",
    ),
    *es_ar("abandoned", r"abandon", needs=WILD),
    term(
        "abandoned",
        "es",
        PAST,
        r"abandonad[oa]s? por (?:el|la|los) (?:pollero|coyote|guia|pasador|grupo|polleros|coyotes)",
    ),
    term(
        "abandoned",
        "es",
        PAST,
        r"(?:el|la) (?:pollero|coyote|guia|pasador|grupo|polleros|coyotes) (?:nos|me) (?:dejo|abandono|dejaron|abandonaron)",
    ),
    term(
        "abandoned",
        "es",
        STATE,
        r"(?:perdid[oa]s?|solos|sol[oa]) en (?:el |la |medio del |medio de la )?(?:desierto|monte|cerro|sierra|selva|brecha|nada)",
    ),
    term(
        "abandoned",
        "es",
        STATE,
        r"(?:sin|no (?:tenemos|tengo|hay)|se (?:nos|me) acabo el|ya no (?:tenemos|tengo|hay)) (?:agua|comida)",
        needs=WILD,
    ),
    term("abandoned", "es", STATE, r"(?:estoy|estamos|seguimos|sigo) en el (?:desierto|monte)"),
    term("abandoned", "es", NOUN, r"(?:cruzar|atravesar|pasar por) el (?:desierto|monte|rio)"),
    # Medical emergency.
    term(
        "medical",
        "es",
        NOW,
        r"(?:no|ya no) (?:respira|esta respirando|puede respirar|puedo respirar|podemos respirar|reacciona|despierta|responde)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"ya no (?:se mueve|puede moverse|se puede mover|puede caminar|puedo caminar|aguanta caminar)",
    ),
    term("medical", "es", PAST, r"dejo de respirar"),
    # "Lleva 2 minutos sin respirar", "se quedó sin respirar": not breathing now.
    term(
        "medical",
        "es",
        NOW,
        r"(?:lleva|llevan|esta|estan|se quedo|quedo)(?: [a-z0-9]+){0,2} sin respirar",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:estoy|esta|estamos|estan|sigo|sigue) (?:sangrando|desangrando|inconsciente|desmayad[oa]|convulsionando|ahogandose|muy mal herid[oa])",
    ),
    term("medical", "es", NOW, r"(?:sangra|sangro|sangre) (?:mucho|mucha|sin parar|no para)"),
    term("medical", "es", NOW, r"mucha sangre"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:tiene|tengo|con) (?:un |mucho |un fuerte )?(?:fuerte )?dolor (?:de|en el) pecho|(?:le|me) duele (?:mucho )?el pecho",
        # Alone it asks for a doctor ("me duele el pecho": find_health); with these, 911.
        needs=r"brazo|sudando|sudor|desmay\w*|respira\w*|piso|suelo|no (?:puede|despierta)|morado|palid\w*",
    ),
    term("raped", "es", NOW, r"(?:viene|vienen|entra|entran) a tocar(?:me|nos|la)"),
    term(
        "medical",
        "es",
        PAST,
        r"(?:me|le|nos|lo|la|les) (?:dieron|dio|pegaron|pego|metieron) (?:un |dos |varios )?(?:balazos?|disparos?|tiros?|plomazos?|navajazos?|cuchillazos?|punaladas?)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:y sangro|y sangra|me sale sangre|le sale sangre|sale mucha sangre|no para de sangrar|no deja de sangrar)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"no (?:me|se) (?:puedo|puede) (?:levantar|mover)",
        needs=r"golpe\w*|peg\w*|cai|cayo|herid\w*|sangr\w*|accidente|balazo|disparo",
    ),
    term(
        "medical",
        "es",
        PAST,
        r"(?:se|me) (?:desmayo|desmaye|cayo|cai|ahogo|quebro|quebre|rompio|rompi) (?:y no|el|la|un|una|del|de un|en el)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:convulsion|convulsiones|ataque al corazon|infarto|golpe de calor|insolacion|deshidratad[oa]s?|envenenad[oa]|sobredosis|herida de bala|hueso roto|fractura)",
    ),
    term(
        "medical",
        "es",
        PAST,
        r"(?:me|le|nos|lo|la) (?:pico|mordio) (?:un|una) (?:alacran|vibora|serpiente|vibora de cascabel|escorpion)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:trabajo de parto|se me rompio la fuente|rompi fuente|voy a dar a luz|estoy dando a luz|contracciones)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"embarazada(?: [a-z]+){0,6} (?:sangr|dolor|contracciones|no se mueve)",
    ),
    term("medical", "es", NOW, r"(?:sangrando|sangro)(?: [a-z]+){0,6} embarazada"),
    term("medical", "es", NOW, r"(?:vomita|vomitando) sangre"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:mucha|muy alta|demasiada) (?:calentura|fiebre)(?: [a-z]+){0,4} (?:y|no) (?:vomita|convulsiona|despierta|reacciona)",
    ),
    # Suicide and self-harm.
    term(
        "self_harm",
        "es",
        NOW,
        person="self",
        regex=r"(?:me )?quiero (?:morir|morirme|matarme|suicidarme|quitarme la vida|desaparecer|aventarme|tirarme)",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        person="self",
        regex=r"(?:me )?(?:quiero|voy a|pienso) (?:matar|suicidar|quitar la vida|aventar|tirar)(?:me)?(?: del| de| al| a las| bajo)?",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        person="self",
        regex=r"(?:ya )?no quiero (?:vivir|seguir viviendo|seguir|estar aqui|despertar)",
    ),
    term(
        "self_harm", "es", NOW, r"pienso en (?:matarme|suicidarme|quitarme la vida|morir|morirme)"
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me|se) (?:corto|corta|estoy cortando|lastimo|lastima) (?:los brazos|las venas|las munecas|a mi misma|a mi mismo|a si mism[oa])",
    ),
    term(
        "self_harm",
        "es",
        PAST,
        r"(?:me|se) (?:tome|tomo) (?:muchas|todas las|un monton de) pastillas",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        person="other",
        regex=r"(?:se|te) (?:quiere|va a|piensa) (?:matar|suicidar|quitar la vida|aventar|tirar)",
    ),
    term(
        "self_harm",
        "es",
        PAST,
        person="self",
        regex=r"(?:intente|intento|trate de) (?:matarme|suicidarme|quitarme la vida|quitarse la vida|suicidarse)",
    ),
    term("self_harm", "es", NOUN, r"suicidio"),
    term("self_harm", "es", NOW, r"ya no aguanto (?:mas|la vida|vivir)"),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:tomarme|tomar|tragarme|tragar|me voy a tomar|me tome) (?:todas|todos|un monton de|muchas) (?:las |los |mis )?(?:pastillas|medicamentos|pildoras|medicinas)",
        person="self",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me )?(?:corte|cortaba|corto|estoy cortando|volvi a cortar) (?:los brazos|las venas|las munecas|el brazo|la muneca)",
        person="self",
    ),
    # Cries for help and saying one is in danger.
    term(
        "help_now",
        "es",
        NOW,
        r"(?:auxilio+|socorro+|s o s|sos sos|vengan rapido|vengan pronto|manden a alguien|manden ayuda)",
    ),
    term(
        "help_now",
        "es",
        NOW,
        r"(?:estoy|estamos|esta|corro|corremos|mi vida esta|nuestra vida esta|nuestras vidas estan) (?:en )?peligro",
    ),
    # Shooting, fire, drowning, accidents: danger around the person.
    term(
        "attack",
        "es",
        NOW,
        r"(?:hay|se oye|se escucha|estan|empezo|empezaron)(?: una| un)? (?:balacera|balazos|disparos|tiroteo|enfrentamiento|incendio|fuego)",
    ),
    term(
        "attack",
        "es",
        NOW,
        r"(?:estan|empezaron a|comenzaron a) (?:disparando|balaceando|disparar)",
    ),
    term("attack", "es", NOW, r"(?:balacera|tiroteo|enfrentamiento armado)"),
    term(
        "attack",
        "es",
        NOW,
        r"(?:se (?:estan|esta) metiendo|quieren entrar|estan tratando de entrar|tumbaron la puerta|rompieron la puerta) (?:a|en) (?:la casa|el cuarto|el albergue|la bodega|nuestra|mi)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:nos estamos|se esta|se estan|me estoy) (?:ahogando|hundiendo|quemando|asfixiando)",
    ),
    term(
        "medical", "es", PAST, r"(?:el rio|la corriente) se (?:llevo|lo llevo|la llevo|los llevo)"
    ),
    term(
        "medical",
        "es",
        PAST,
        r"(?:se cayo|se cayeron|me cai|nos caimos) del (?:tren|techo|muro|camion|trailer|barda)",
    ),
    term(
        "medical",
        "es",
        PAST,
        r"(?:choco|se volco|volco|chocamos|nos volcamos|accidente)(?: [a-z]+){0,6} (?:heridos|herido|herida|muertos|sangre|no se mueve|atrapad[oa]s?)",
    ),
    term("medical", "es", NOW, r"(?:hay|tenemos) (?:heridos|muertos|un herido|una herida)"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:perdio|le cortaron|se corto) (?:la pierna|el brazo|la mano|el pie|los dedos)",
    ),
    term("medical", "es", NOW, r"no (?:podemos|puedo|pueden) respirar"),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:caja|dentro) (?:de un|del) (?:trailer|camion|contenedor|tractocamion)",
        needs=r"encerr\w*|respirar|calor|aire|atrapad\w*|no podemos salir",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:nos|me) (?:tienen|dejan|han tenido) sin (?:comida|comer|agua|dormir)",
    ),
    term("trapped", "es", NOW, r"no nos (?:dan|han dado|dieron) (?:de comer|comida|agua)"),
    term(
        "kidnapped",
        "es",
        NOW,
        r"no (?:sabemos|se) (?:a )?donde nos (?:llevan|estan llevando|van a llevar)",
    ),
    term(
        "kidnapped",
        "es",
        NOW,
        r"(?:me|nos|la|lo) (?:quieren|quiere|intentan|estan tratando de) (?:llevar|subir|meter)",
    ),
    term("kidnapped", "es", NOW, r"(?:quiere|quieren) llevarse a (?:mi|mis|nuestr[oa]s?)"),
    term(
        "kidnapped",
        "es",
        PAST,
        r"(?:mandaron|enviaron|me llego) (?:una )?fotos? de (?:mi|mis|nuestr[oa]s?)(?: [a-z]+){0,2} (?:amarrad|golpead|encerrad|sangrand)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:andan|estan|anda|esta) buscando a (?:mi|mis|nuestr[oa]s?) (?:familia|hij\w*|espos[oa]|herman\w*)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos|la|lo) (?:estan|esta|andan) (?:siguiendo|persiguiendo|vigilando|buscando)",
    ),
    term(
        "forced_work",
        "es",
        NOW,
        r"si me (?:voy|salgo|escapo|renuncio|dejo de trabajar|quejo)(?: [a-z]+){0,4} (?:llama\w* a (?:la )?migra\w*|me denuncia\w*|me deporta\w*|me entrega\w*|me quita\w*|me mata\w*|le hace\w*|nos hace\w*|me hace\w*|me (?:van|va) a)",
    ),
    term(
        "abandoned",
        "es",
        NOW,
        r"(?:llevo|llevamos) (?:\d+|dos|tres|cuatro|varios) dias (?:caminando|perdid[oa]s?|sin comer|sin agua)",
    ),
    term("help_now", "es", NOW, r"(?:es una emergencia|emergencia por favor|emergencia urgente)"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:esta|estoy) (?:dando a luz|pariendo|de parto|teniendo al bebe)|ya viene el bebe|se (?:esta|estan) desmayando|(?:se esta|se pone|se puso) (?:morad[oa]|azul)",
    ),
    term(
        "medical",
        "es",
        PAST,
        r"(?:se trago|se tomo|tomo) (?:algo|cloro|veneno|una moneda|pastillas)",
    ),
    term("medical", "es", NOW, r"no (?:se|me) (?:puede|puedo) (?:parar|levantar|poner de pie)"),
    term("abandoned", "es", PAST, r"se (?:nos|me) acabo el agua(?: hace [a-z0-9 ]+)?"),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:acabar|terminar) con todo|quitarme de en medio|no quiero amanecer",
        person="self",
    ),
    term("self_harm", "es", PAST, r"se (?:corto|abrio) las venas|me (?:corte|abri) las venas"),
    term(
        "self_harm",
        "es",
        PAST,
        r"(?:me tome|se tomo|tome|tomo) (?:muchas|demasiadas|un monton de|todas las) pastillas",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:amenazan|amenaza|amenazaron) con (?:quemar|matar|llevarse|cortar|secuestrar|violar)",
    ),
    term(
        "threatened",
        "es",
        FUTURE,
        r"(?:le|les|me|te) (?:van a|va a) (?:cortar|mochar|quemar)|(?:cortarle|mocharle) (?:un dedo|la cabeza|la mano)",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"o (?:mi|mis|nuestr[oa]s?) [a-z]+ (?:muere|mueren|se muere|lo pagan|lo paga)|o (?:me|nos|lo|la|los|las) matan",
    ),
    term("threatened", "es", NOW, r"a punta de (?:pistola|cuchillo|arma|pistolas)"),
    term("exploited", "es", NOW, r"(?:una|1) (?:sola )?comida al dia"),
    term(
        "beaten",
        "es",
        "verb",
        r"(?:me|la|nos|lo|le) (?:ahorco|ahorcaron|ahorca|ahorcan|estrangulo|estrangularon|estrangula|asfixio|asfixiaron)",
    ),
    term(
        "threatened",
        "es",
        FUTURE,
        r"(?<!se )(?:me|nos) (?:va a|van a|iba a|quiere) (?:acabar|terminar|desaparecer)(?! (?:en|el|la|de))|(?:me|nos|lo|la) mataria(?:n)?",
    ),
    term(
        "threatened",
        "es",
        FUTURE,
        r"(?:le|les|me) (?:cortan|cortaran|van a cortar) (?:el|un|los) (?:dedo|dedos|oreja|cabeza|mano)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:nos|me) (?:impiden|impide) (?:salir|irnos|irme|llamar)|no (?:tenemos|tengo) (?:permiso|derecho) de salir",
    ),
    term("trapped", "es", NOW, r"(?:soy|somos) victimas? de trata", person="self"),
    term(
        "attack",
        "es",
        PAST,
        r"(?:hombres|tipos|sujetos) (?:armados|encapuchados) (?:entraron|se metieron|llegaron|rodearon)",
    ),
    # Held as hostages, hiding, someone coming for them, no way to escape.
    term(
        "kidnapped",
        "es",
        STATE,
        r"(?:de|como) rehen(?:es)?|(?:somos|soy|estamos|estoy) rehen(?:es)?",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me estoy|nos estamos) escondiendo|me escondi|nos escondimos|(?:me|nos) tengo que esconder",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:vienen|viene|van a venir) (?:por mi|por nosotros|a buscarme|a buscarnos|por nosotras)|me (?:vienen|van a venir) a buscar",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"no (?:me )?(?:puedo|podemos) (?:escapar|escaparme|huir)|no hay (?:forma|manera|como) de salir",
    ),
    # Missing relatives.
    term(
        "missing",
        "es",
        PAST,
        person="other",
        regex=r"(?:desaparecio|desaparecieron|desaparecido|desaparecida|desaparecidos|no aparece|no sabemos nada de|no se nada de|perdimos contacto con|no contesta desde)",
    ),
    # Trafficking named.
    term("trafficking", "es", NOUN, r"(?:trata de personas|trata|trafico de personas|tratantes?)"),
    term("trafficking", "es", PAST, r"(?:fui|fuimos) (?:una )?victimas? de trata", person="self"),
    # Made to work (exploitation short of being held).
    term(
        "exploited",
        "es",
        NOW,
        r"(?:nos|me|la|las|lo|los) (?:tienen|tiene|ponen|pusieron|traen) (?:trabajando|a trabajar)",
    ),
    # A farewell and a plan: warning signs of suicide said without the word.
    term(
        "self_harm",
        "es",
        NOW,
        person="self",
        regex=r"me (?:aviento|tiro|lanzo|avente) (?:del|de la|al|a la|desde el|desde la) (?:puente|edificio|azotea|techo|tren|rio|vias|autopista)",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        person="self",
        regex=r"ya me despedi de (?:mis hijos|mi familia|todos|mi mama|mis papas)|(?:es )?lo ultimo (?:que|q) (?:escribo|les escribo)|carta de despedida",
    ),
    # "Este es mi último mensaje" with a farewell beside it (not the last for today, nor the
    # last about a permit): things left for the children, "cuiden a", "los quiero", "adiós".
    term(
        "self_harm",
        "es",
        NOW,
        person="self",
        regex=r"(?:este es|este sera|va a ser|es) mi ultimo (?:mensaje|msj|msg)",
        needs=r"cuiden a|cuida a|cuidenme a|los quiero|las quiero|te quiero|perdon\w*|hasta nunca|adios para siempre|"
        r"ya no (?:puedo|aguanto)|este mundo|me mato|matarme|pastillas|ganas de vivir|se lo de a|se los de a|"
        r"(?:le|les) deje (?:mi|mis)|deje mis cosas|regale mis",
    ),
    # A bone broken by someone at home or who holds the writer, just now: "el hombre con el q
    # vivo me acaba de romper la nariz" (not a ball, a fall or the dentist).
    term(
        "beaten",
        "es",
        PAST,
        person="self",
        regex=r"(?<!se )(?:me|nos) (?:acaba de|acaban de)? ?(?:romper|quebrar|rompio|rompieron|quebro|quebraron)"
        r" (?:la nariz|el brazo|la boca|un diente|los dientes|la cara|las costillas|una costilla|\w+ costillas|la mano|el labio|la quijada|la mandibula|la pierna)",
        needs=r"con (?:el|quien) (?:q|que) vivo|pareja|esposo|marido|novio|mi ex|padrastro|patron|el jefe|guardia|pollero|coyote|"
        r"(?:el|ese|un|unos) (?:hombre|tipo|cabron|wey|señor|senor)s?",
    ),
    # Round 23: a stabbing promised with the knife out ("me va a picar en la noche, ya saco la
    # navaja"); the one who holds them found the hidden phone and is coming.
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me|nos) (?:va|van) a (?:picar|filerear|fierrear|apunalar|acuchillar)(?! (?:las|los|el|la|un|una|unos|unas) )",
        needs=r"navaja|fierro|filero|arma|pistola",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:ya )?se (?:dio|dieron) cuenta (?:de )?(?:q|que) tengo (?:el )?(?:cel|celular|telefono)",
        needs=r"el tipo|los tipos|el senor|el patron|el jefe|pollero|coyote|nos tienen|me tienen|encerrad\w*|"
        r"no (?:nos|me) dejan|escond\w*|a escondidas|no puedo hablar",
    ),
    # Locked in from outside; a guard with a gun at the door.
    term(
        "trapped",
        "es",
        NOW,
        r"(?:nos|me) (?:cerraron|encerraron|dejaron encerrad[oa]s?) (?:por fuera|con llave|con candado)|cerraron (?:por fuera|con candado)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:hay|tienen) un (?:guardia|vigilante|hombre) (?:en la puerta|afuera|en la entrada) con (?:pistola|arma|rifle|cuerno)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:hay|tienen) (?:un|dos|tres|unos) (?:guardias?|vigilantes?|hombres?|senor(?:es)?|tipos?|batos?|vatos?) armados? (?:en la puerta|afuera|en la entrada|cuidando)",
        needs=r"no (?:nos|me) dejan|nadie (?:sale|se va)|encerrad\w*|nos tienen|me tienen|no podemos salir|"
        r"camioneta|nos llevan|nos suben|un cuarto|bodega|casa de seguridad",
    ),
    # Cannot talk: the one who hurts is in the next room.
    term(
        "threatened",
        "es",
        NOW,
        r"no puedo hablar(?: \w+)? (?:el|ella|ellos) (?:esta|estan) (?:en la otra (?:pieza|recamara)|en el otro cuarto|afuera|al lado|aqui)",
    ),
    # Round 9: a fever seizure told as it looks ("se le voltean los ojitos"); "nos agarraron".
    term(
        "medical",
        "es",
        NOW,
        r"se le (?:voltean|voltearon|van|fueron) (?:los )?ojit?os|(?:se le )?ponen? los ojos en blanco|(?:le dan|le dio|tiene) (?:convulsiones|ataques)",
    ),
    term("kidnapped", "es", PAST, r"(?:nos|me) (?:agarraron|atraparon|pescaron)"),
    # Round 10: hiding from a violent partner, pills taken, a rope ready, "with the clients".
    term(
        "domestic_violence",
        "es",
        NOW,
        r"(?:me|nos) (?:encerre|encerramos|escondi|escondimos) (?:en el|en la|debajo de la) (?:bano|cuarto|recamara|closet|cocina|cama)",
        needs=r"borrach[oa]|quebro|rompio|golpe\w*|pega\w*|cuchillo|pistola|machete|grita\w*|amenaz\w*|tumbar la puerta",
    ),
    term(
        "self_harm",
        "es",
        RECENT,
        r"me tome (?:todas )?(?:las|todas las|un bote de|un frasco de|un monton de) (?:pastillas|pildoras)(?! (?:de|del|para|que me))",
        person="self",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:tengo|ya tengo) (?:la|una) (?:cuerda|soga|reata|mecate) (?:lista|preparada|amarrada)",
        person="self",
    ),
    term(
        "forced_sex",
        "es",
        NOW,
        r"(?:con|atender a|atender|estar con|salir con|ir con) (?:los |unos |unos |varios )?(?:clientes|hombres)",
        person="self",
        needs=r"hoy|esta noche|o me|o si no|deuda|debo|empiezo|obliga\w*|tengo que",
    ),
    # Round 11: rabies after a bite, a stroke, "me acaban de violar", locked in and threatened
    # for when he comes back, Haitian Spanish "no deja salir", hiding from a break-in.
    term(
        "medical",
        "es",
        NOW,
        r"(?:lo|la|me|le|nos) mordio un (?:perro|perrito|murcielago|animal)|mordida de (?:perro|murcielago)",
        needs=r"calentura|fiebre|miedo al agua|le tiene miedo|no quiere tomar agua|convulsion\w*",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"se le (?:torcio|chueco|cayo) la boca|boca (?:torcida|chueca)|(?:tiene )?un lado (?:dormido|paralizado|muerto)|no puede hablar(?: bien)?",
        needs=r"boca|lado|brazo|cara|de repente|acaba de|ahorita",
    ),
    term(
        "raped",
        "es",
        RECENT,
        r"me (?:acaban|acaba) de violar|(?:acaban|acaba) de violarme",
        person="self",
    ),
    term(
        "threatened",
        "es",
        NOW,
        r"cuando (?:regrese|vuelva|llegue) (?:vamos a arreglar cuentas|me va a ir peor|me mata|vas a ver|me las vas a pagar)",
        person="self",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"no (?:deja|dejan) salir|no (?:deja|dejan) (?:nosotro|nosotros|yo) salir",
    ),
    term(
        "attack",
        "es",
        NOW,
        r"(?:quebrando|rompiendo|quebraron|rompieron) (?:la ventana|la puerta) para (?:entrar|meterse)|(?:estoy|estamos) (?:escondid[oa]s? )?(?:en el closet|en el ropero|debajo de la cama) con (?:los ninos|mis hijos|el nino|la nina)",
    ),
    # Round 12: red flags told as symptoms (a baby limp and not feeding, vomiting blood, headache
    # and blurred sight late in pregnancy), pills in hand, a man out of prison coming, locked in
    # when the employer goes out.
    term(
        "medical",
        "es",
        NOW,
        r"casi no (?:despierta|se despierta)|no (?:despierta|se despierta)|(?:esta|bien|como) aguadit[oa]",
        needs=r"beb[ea]\w*|bebita|nin[oa]|meses|semanas|recien nacid[oa]",
    ),
    # Not eating is an emergency for a baby; for a child of eight it is a worry for a doctor.
    term(
        "medical",
        "es",
        NOW,
        r"no quiere (?:comer|tomar pecho|mamar)",
        needs=r"beb[ea]\w*|bebita|meses|semanas|recien nacid[oa]",
    ),
    term("medical", "es", NOW, r"vomit\w* (?:sangre|con sangre)|(?:vomito|vomita) como cafe"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:veo|ve|vemos) (?:como )?(?:borroso|lucecitas|lucesitas|manchitas|manchas|puntitos)",
        needs=r"embarazada|embarazo|semanas|meses|panza",
    ),
    term("self_harm", "es", NOW, r"tengo las pastillas (?:aqui|en la mano|conmigo)", person="self"),
    term(
        "threatened",
        "es",
        FUTURE,
        r"va a venir por (?:mi|nosotros|mis hijos|los ninos)",
        person="self",
        needs=r"carcel|sale|amenaz\w*|miedo|sabe donde",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:cuando sale|al salir|en la noche) (?:cierra|me cierra|nos cierra) con llave",
    ),
    # Round 13: photos used to extort by a deadline, a child taken by a parent "sin avisar",
    # "no nos deja ir", something swallowed, insulin run out, locked in the office, a crossing
    # gone silent, a bad burn, gunfire.
    term(
        "extortion",
        "es",
        NOW,
        r"(?:fotos|videos?|imagenes) (?:mias|mios|intimas|desnud[oa]s?|sin ropa|en calzones|en ropa interior)",
        needs=r"si no|antes de|deposit\w*|pag\w*|las manda|las sube|las publica|los manda|los sube",
    ),
    term(
        "child_taken",
        "es",
        RECENT,
        r"se (?:llevo|la llevo|lo llevo) a (?:la|el|los|las) (?:nina|nino|bebe|ninos|ninas|nena|nene|chiquita|chiquito)",
        person="other",
        needs=r"sin avisar\w*|sin permiso|nunca la|nunca lo|ahorita|se la lleva|se lo lleva",
    ),
    term("trapped", "es", NOW, r"no (?:nos|me) (?:deja|dejan) (?:ir|irnos|irme)"),
    term(
        "medical",
        "es",
        NOW,
        r"se (?:trago|tomo) (?:una pila|un iman|una moneda|cloro|veneno|un veneno|liquido de limpieza)|trago (?:cloro|veneno|una pila)",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"se (?:le )?(?:acabo|termino) la insulina|(?:esta |lleva \w+ dias )?sin insulina",
        needs=r"confundid\w*|respira\w*|vomit\w*|desmay\w*|no despierta|mareado",
    ),
    term(
        "trapped",
        "es",
        RECENT,
        r"(?:me|nos) (?:encerro|encerraron) (?:en|dentro de) (?:la|el|una|un) \w+",
        person="self",
    ),
    term(
        "abandoned",
        "es",
        NOW,
        r"(?:su|el) (?:telefono|cel|celular) (?:esta )?apagado",
        person="other",
        needs=r"cruzo|coyote|pollero|desierto|guia|monte",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"se le (?:cae|esta cayendo|levanto) la piel|quemadura (?:grave|fea|fuerte)",
    ),
    term(
        "attack",
        "es",
        NOW,
        r"(?:se oyen|se escuchan|estan|oigo|escucho) (?:balazos|disparos|tiros|balaceras?)|una bala (?:rompio|entro|quebro)",
    ),
    # Round 18: "lo entrega a la migra o lo entierra", food or water drugged to keep people
    # asleep, the river carrying someone away, a phone swapped to track the person.
    term(
        "threatened",
        "es",
        NOW,
        # A threat, not a funeral ("a mi abuelo lo entierran mañana"): said, or an ultimatum.
        r"(?:o|si no|sino|dice que|dijo que|amenaza|amenazo)(?: [a-z]+){0,8} (?:me|te|lo|la|nos|los|las) (?:entierra|entierran|entierro|va a enterrar|van a enterrar)",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:nos|me|les|le) (?:ponen|echan|meten|pusieron|echaron|metieron) algo (?:en|a) (?:la comida|el agua|la bebida|el cafe|el refresco)",
        needs=r"dorm\w*|mareados?|mareadas?|no (?:despertamos|despierto)|desaparec\w*|encerr\w*|no (?:nos )?dejan",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:el rio|la corriente|el agua) se (?:lo|la|los|las) (?:llevo|esta llevando|llevaba)(?! todo)|(?:agarrad[oa]|colgad[oa]) de una rama",
        needs=r"rio|corriente|agua|ahog\w*|arrastr\w*",
    ),
    term(
        "trapped",
        "es",
        NOW,
        r"(?:me|nos) (?:quitaron|quito) (?:el|mi|los|nuestros) (?:cel|celular|telefono|celulares|telefonos)(?: [a-z]+){0,4} (?:me|nos) (?:dieron|dio) otro",
        needs=r"donde (?:estoy|estamos)|ubicacion|rastre\w*|gps|vigil\w*|nos ven|me ven",
    ),
    # Round 20: hombres esperando afuera, un bebé con fiebre que tiembla, un niño que el tren
    # dejó, un alacrán, alguien que intenta entrar al cuarto.
    term(
        "threatened",
        "es",
        NOW,
        r"(?:me estan|nos estan|estan) esperando afuera|(?:hay )?(?:unos |dos |2 )?(?:tipos|hombres|weyes|batos|vatos) "
        r"afuera (?:esperandome|esperandonos|esperando)",
        needs=r"siguieron|siguiendo|matar|mata|pistolas?|armas?|armados|cuchillo|cartel|mana|miedo|amenaz\w*",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"(?:fiebre muy alta|mucha fiebre|fiebre alta)(?: [a-z]+){0,8} (?:convulsion\w*|no despierta|no reacciona)|"
        r"(?:bebe|bebita|bebito|recien nacid[oa])(?: [a-z]+){0,4} (?:fiebre muy alta|mucha fiebre|fiebre alta)(?: [a-z]+){0,8} (?:tiembla|temblando)",
    ),
    term(
        "missing",
        "es",
        NOW,
        r"(?:el tren|la bestia) se (?:fue|arranco) sin (?:el|ella|mi (?:hijo|hija|nino|nina|bebe|nieto|nieta))",
        person="other",
    ),
    term("medical", "es", PAST, r"(?:le|me) pico un alacran|(?:un|el) alacran (?:le|me) pico"),
    term(
        "threatened",
        "es",
        NOW,
        r"(?:quiere|intenta|esta intentando|esta tratando de|trata de) (?:entrar|meterse) (?:a|en|al) (?:nuestro|mi) (?:cuarto|cuarto del hotel|habitacion|casa)",
        needs=r"noche|ahorita|llave|fuerza|miedo|cuchillo|arma|borracho|golpe\w*|gritando|no para",
    ),
    # A second development round of probes (2026-12-07).
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me quiero|me voy a|quiero|voy a) (?:volver a )?cortar(?:me)? (?:otra vez|de nuevo|otra ves)"
        r"(?! (?:el|mi|los|las|la) (?:pelo|cabello|fleco|unas|barba|cabeza|grena))"
        r"|(?:volver|vuelvo) a cortarme(?! (?:el|mi|los|las|la) (?:pelo|cabello|fleco|unas|barba))",
        person="self",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"manana ya no (?:voy a estar|estare)|ya no (?:voy a estar|estare) (?:aqui )?manana",
        person="self",
        # A farewell, not a move to another shelter ("mañana ya no voy a estar en Tapachula").
        needs=r"despedi\w*|adios|perdon\w*|carta|cuiden|goodbye|bye everyone|letter|forgive|take care of|adieu|pardon|lettre|let|orevwa|padon|adye|mouri|morir|die|mourir|vivir|live|vivre|viv",
    ),
    term(
        "attack",
        "es",
        NOW,
        r"(?:estan tumbando|estan pateando|quieren tumbar|estan rompiendo|ya tumbaron|ya tiraron"
        r"|ya rompieron|ya patearon|acaban de tumbar|acaban de romper) la puerta",
    ),
    term("attack", "es", PAST, r"(?:tumbaron|tiraron|rompieron|patearon|reventaron) la puerta"),
    term(
        "medical",
        "es",
        NOW,
        r"(?:el rio|la corriente) se (?:lo|la|los) (?:llevo|esta llevando)"
        r"|(?:el rio|la corriente) se (?:llevo|esta llevando) a (?:mi|mis|un|una|el|la|nuestr[oa]s?)"
        r"|se (?:lo|la|los) (?:llevo|esta llevando) (?:el rio|la corriente)",
    ),
    term(
        "self_harm",
        "es",
        HABIT,
        r"antes (?:pensaba|queria|me queria) (?:en )?(?:matarme|suicidarme|morirme|morir|quitarme la vida)",
        person="self",
        needs=PAST_IDEATION_TREATED,
    ),
    term(
        "raped",
        "es",
        PAST,
        r"me (?:hicieron|hizo) (?:cosas|lo que (?:quisieron|quiso))"
        r"(?! (?:de|para|muy|ricas|bonitas|buenas|en el|estudios))"
        r"|abusaron de mi(?! (?:confianza|buena fe|paciencia|bondad))",
        person="self",
    ),
    # A death promised for the writer's arrival: "cuando llegue mi marido soy mujer muerta".
    term(
        "threatened",
        "es",
        FUTURE,
        r"cuando (?:llegue|regrese|vuelva|venga)(?: [a-z]+){0,4} (?:ya )?(?:soy|estoy) (?:hombre |mujer )?muert[oa](?! de)",
        person="self",
        needs=r"mensajes|me escribio|me mando|en serio|no es broma|ya lo hizo|pistola|cuchillo|esta noche",
    ),
    term(
        "beaten",
        "es",
        PAST,
        r"(?:esposo|marido|pareja|novio|viejo|senor|suegr[oa]|el|ella) me (?:quemo|quemaron) (?:\w+ ){0,2}con "
        r"(?:la plancha|un cigarro|el cigarro|agua hirviendo|aceite hirviendo|el encendedor)",
        person="self",
        needs=r"porque|por no|enojad\w*|a proposito|me dijo|otra vez|amenaz\w*|castig\w*",
    ),
    # Round 26: a farewell, a burn by someone, a child's seizure, men who took the writer. A
    # second read narrowed them: "dile a mi mamá que la quiero, se me acaba el saldo", "siempre
    # me quemo con el comal", "unos hombres nos llevaron al albergue, muy amables".
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:dile|diganle|digale|decile) a mi (?:mama|madre|familia|hij[oa]s?|espos[oa]|herman[oa]|papa|padre|mami|jefa) "
        r"que (?:lo siento|me perdone|perdon|la quiero|los quiero|lo quiero|la amo|los amo)",
        person="self",
        needs=r"ya no (?:puedo mas|aguanto mas|aguanto la vida|quiero vivir|puedo seguir)|vias del tren|puente|perdoname|perdonenme",
    ),
    term(
        "beaten",
        "es",
        PAST,
        r"me (?:quemo|quemaron) con (?:un |el |su )?(?:cigarro|cigarrillo|encendedor)"
        r"|me (?:echo|tiro|avento) (?:agua|aceite) (?:hirviendo|caliente)",
        person="self",
    ),
    term(
        "medical",
        "es",
        NOW,
        r"se le (?:voltearon|voltean|estan volteando) los ojos|(?:se le (?:pusieron|van|ponen)|(?:tiene|pone|puso)) los ojos (?:en blanco|para atras|volteados)",
        needs=SEIZING,
    ),
    term(
        "kidnapped",
        "es",
        PAST,
        r"unos (?:hombres|tipos|sujetos|batos|manes|armados|encapuchados) (?:me|nos) (?:agarraron|levantaron|subieron|llevaron)",
        person="self",
        needs=r"rescate|dinero|pagar|paguen|armados|pistolas?|encerrad\w*|amarrad\w*|no nos dejan|no me dejan|vendad\w*",
    ),
    # Blows told as "me agarró a golpes" (a third read of round 26).
    term(
        "beaten",
        "es",
        PAST,
        r"(?:me|nos|la|lo) (?:agarro|agarraron) a (?:golpes|madrazos|cachetadas|patadas|putazos|chingadazos|trancazos)",
    ),
    term(
        "beaten",
        "es",
        NOW,
        r"(?:me|nos|la|lo) (?:agarra|agarran) a (?:golpes|madrazos|cachetadas|patadas|putazos|chingadazos|trancazos)",
    ),
    # Round 28: a seizure told by what is seen, foam at the mouth on the floor.
    term(
        "medical",
        "es",
        NOW,
        r"(?:espuma|baba|babas) (?:en|por|de|saliendole de) la boca",
        needs=r"tembl\w*|convuls\w*|en el (?:piso|suelo)|no (?:se )?(?:levanta|reacciona|responde|despierta)|desmay\w*|se cayo",
    ),
    # Round 28 (a second topics set read by the screen): wishing to be dead told as "better",
    # a relative's attempt yesterday, self-cutting as a habit; a guide who never came back, left
    # behind by the group, "nos abandonaron" said alone.
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:seria|es|estaria) mejor (?:matarme|morirme|suicidarme|quitarme la vida|no existir|no despertar|estar muert[oa])|"
        r"(?:quiero|quisiera) desaparec[a-z]+ (?:pa|para) siempre|ya no aguanto (?:esta|la|mi) vida|"
        r"(?:pa|para) (?:que|q) seguir(?: viviendo)?(?= (?:nada|ya|si|no))|pensando en (?:tomarmelas|tragarmelas) todas",
        person="self",
    ),
    term(
        "self_harm",
        "es",
        RECENT,
        r"se (?:quiso|intento|trato de) (?:ahorcar|colgar|matar|suicidar|cortar las venas|aventar|tirar)|"
        r"intento (?:ahorcarse|colgarse|matarse|suicidarse|quitarse la vida)",
        person="other",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me )?corto (?:los brazos|las piernas|las munecas|la piel)|me (?:lastimo|corto|quemo) (?:a mi mism[oa]|yo mism[oa])",
        person="self",
    ),
    term("abandoned", "es", PAST, r"(?<=^ )nos (?:abandonaron|dejaron tirad[oa]s)(?= $)"),
    term(
        "abandoned",
        "es",
        PAST,
        r"nos (?:abandonaron|dejaron tirad[oa]s)",
        needs=WILD + r"|agua|ayuda|auxilio|solos|solas|frontera",
    ),
    term(
        "abandoned",
        "es",
        NOW,
        r"(?:me quede|me quedo|nos quedamos) atras del grupo|(?:perdi|perdimos) (?:al|el) grupo|me separe del grupo",
        needs=r"agua|solo|sola|nadie|noche|oscur\w*|perdid[oa]s?|" + WILD,
    ),
    # Round 29: blood that does not stop, farewell letters and a rest for ever, a child stolen,
    # no food without clients.
    term(
        "medical",
        "es",
        NOW,
        r"no (?:(?:le|me|se|nos) )?(?:para|paraba|deja de salir|detiene) la sangre|no (?:le|me) (?:para|deja) de (?:salir|sangrar)",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me voy a|voy a|quiero) (?:descansar|dormir|irme) (?:pa|para) siempre",
        person="self",
    ),
    term(
        "self_harm",
        "es",
        RECENT,
        r"(?:ya )?(?:les )?(?:escribi|deje) (?:unas |una |las )?cartas? (?:a|para) (?:mis hijos|mi familia|mi mama|mis papas|mis hijas)",
        needs=r"ya no importa|siempre|esta noche|adios|despedi\w*|renta pagada|ya no (?:puedo|aguanto)",
        person="self",
    ),
    term(
        "child_taken",
        "es",
        PAST,
        r"(?:me |nos |le )?(?:robaron|robo|se robaron|se robo) (?:a mi|al|a la|a mis|a los|a nuestr[oa]) ?(?:nino|nina|hijo|hija|bebe|nena|nene|chamaco|chamaca|morrito|morrita)",
    ),
    term(
        "forced_sex",
        "es",
        NOW,
        r"si no (?:atiendo|atendemos|hago|saco) (?:\d+ )?(?:clientes|servicios)(?: [a-z]+){0,3} no (?:como|comemos|me dan de comer|nos dan de comer|hay comida)",
    ),
    # "Me lo volvió a hacer, sigue aquí": whatever was done, whoever did it is still there.
    term(
        "help_now",
        "es",
        NOW,
        r"me lo (?:volvio a hacer|hizo otra vez|hizo de nuevo)|(?:me|nos) (?:hizo|hicieron) eso",
        needs=r"(?:sigue|todavia esta|aun esta|ahi esta) (?:aqui|aca|afuera|en la casa|en el cuarto)",
        person="self",
    ),
    term(
        "self_harm",
        "es",
        NOW,
        r"(?:me estoy cortando|me corto|me corte)(?: [a-z]+){0,4} (?:no puedo parar|cada vez mas (?:hondo|profundo))",
        person="self",
    ),
    # The third topics set: a head hit, then vomiting; sexual violence told as "cosas".
    term(
        "medical",
        "es",
        NOW,
        r"(?:se|me) (?:pego|golpeo|dio un golpe|lastimo) (?:fuerte )?en la cabeza",
        needs=r"vomit\w*|desmay\w*|no despierta|inconsciente|convuls\w*|confundid[oa]",
    ),
    term(
        "raped",
        "es",
        PAST,
        r"(?:le|me|nos|les) (?:hizo|hicieron) cosas|(?:abuso|abusaron) de (?:mi|ella|nosotras)",
        needs=r"mujeres|mujer|hermana|hija|esposa|sola|embaraz\w*|pollero|coyote|guia|doctor"
        r"|violad[oa]|prima|sobrina|chica|muchacha|nina",
    ),
]
# Forms that some phrases above are read with.
_ = (HABIT, HYPO, RECENT, FAMILY)
