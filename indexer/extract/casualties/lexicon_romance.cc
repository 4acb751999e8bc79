// Casualty word tables for French and Spanish. Seeds from extraction.md §5.4, extended with common news
// phrasing; each line is '|'-separated alternatives.

#include "indexer/extract/casualties/lexicon.h"

namespace lede::extract::casualties {
namespace {

using K = CasualtyKind;
using Q = Qualifier;

constexpr RawEntry kFr[] = {
    trig(Cat::post, K::deaths,
         "morts|mort|morte|mortes|tués|tuées|tué|tuée|décès|ont péri|péri|décédés|décédées|"
         "victimes mortelles|perdu la vie|corps ont été retrouvés|corps ont été découverts|corps ont été "
         "repêchés|"
         "corps retrouvés|corps sans vie"),
    // With their auxiliary, so that the injured who died are dead ("quatre blessés ont succombé").
    trig(Cat::post, K::deaths,
         "ont succombé|a succombé|sont morts|sont mortes|sont décédés|sont décédées|est mort|est morte|est "
         "décédé|est décédée"),
    trig(Cat::post, K::deaths, "abattus|abattues|ont été abattus|ont été abattues", kNeedsPeople),
    trig(Cat::post, K::deaths,
         "se sont noyés|se sont noyées|sont morts noyés|sont mortes noyées|noyés|noyées", kNeedsPeople),
    trig(Cat::post, K::deaths, "vies", kLives | kNeedsVerb),
    trig(Cat::post, K::deaths, "victimes", kNeedsIncident), // not "300 victimes de l'escroquerie"
    trig(Cat::post, K::injured, "blessés|blessées|blessé|blessée|hospitalisés|hospitalisées"),
    // Taken or flown to hospital: "Deux enfants ont été héliportés vers l'Hôpital Couple Enfant".
    trig(Cat::post, K::injured,
         "héliportés|héliportées|transportés à l'hôpital|transportées à l'hôpital|transportés vers l'hôpital|"
         "transportées vers l'hôpital|évacués vers l'hôpital|évacuées vers l'hôpital",
         kNeedsPeople),
    trig(Cat::post, K::missing, "disparus|disparues|portés disparus|portées disparues|disparu"),
    trig(Cat::post, K::detained,
         "interpellés|interpellées|interpellations|arrêtés|arrêtées|arrestations|placés en garde à vue|"
         "placées en garde à vue|placés en détention|placées en détention|"
         "interpellé|arrêté|"
         // The state and the counted noun: "Dix personnes … étaient en garde à vue", "dix gardes à vue".
         "en garde à vue|toujours en garde à vue|gardes à vue"),
    trig(Cat::pre, K::deaths,
         "tuant|a tué|ont tué|avait tué|avaient tué|la mort de|la mort d|le décès de|les corps de|les corps "
         "sans vie de"),
    trig(Cat::pre, K::deaths, "coûté la vie à|coûté la vie d", kLives),
    trig(Cat::pre, K::injured, "blessant|a blessé|ont blessé"),
    trig(Cat::pre, K::detained,
         "a interpellé|ont interpellé|interpellation de|arrestation de|a placé en garde à vue|ont placé en "
         "garde à vue"),
    words(Cat::lives_verb, "coûté|fauché|emporté|coûte|fauche"),
    words(Cat::modal, "aurait pu|auraient pu|pourrait|pourraient|menacé de|menaçait de|risque de|risque "
                      "d|devrait|devraient|"
                      "craint|on craint"),
    words(Cat::fear, "craint que|craignent que|crainte que|redoute que|redoutent que|n'excluent pas que|"
                     "n'exclut pas que|n'est pas exclu que|s'inquiète que|"
                     "s'inquiètent que"),
    words(
        Cat::correction,
        "corrigé|corrigée|revu à la baisse|revu|révisé|rectifié|ramené|bilan révisé|bilan corrigé|corrige|"
        "corrigent|corrige le chiffre à|corrige le bilan à|corrigé le chiffre à|corrigé le bilan à|ramène le "
        "bilan à|ramené le bilan à|révise le bilan à|révisé le bilan à"),
    trig(Cat::correction, K::deaths, "baissé|diminué|abaissé|redescendu", kCueOnly),
    trig(Cat::correction, K::deaths,
         "le chiffre est passé à|le chiffre a atteint|le chiffre s'élève à|ce chiffre est passé à|"
         "ce chiffre a atteint|le chiffre atteint",
         kRunningTotal),
    // "Selon un premier bilan" is the current, provisional toll; "un premier bilan faisait état" an earlier
    // one.
    words(Cat::earlier,
          "précédent bilan|bilan précédent|bilan antérieur|premier bilan faisait état|premier bilan faisait|"
          "premier bilan avait fait état|premier bilan évoquait|premier bilan donnait|premiers chiffres "
          "faisaient état|"
          "premiers chiffres officiels faisaient état|premiers chiffres évoquaient|premier décompte faisait "
          "état|"
          "premières informations faisaient état|première estimation faisait état|première estimation "
          "évoquait|premières estimations faisaient état|premières estimations évoquaient"),
    words(Cat::earlier_adverb,
          "initialement|dans un premier temps|d'abord|précédemment|auparavant|au départ"),
    words(Cat::report,
          "annoncé|annonçait|annonçaient|fait état|faisait état|faisaient état|évoqué|évoquait|évoquaient|"
          "rapporté|signalé|indiqué|indiquait|parlé|parlait|parlaient|donné|donnait|recensé|recensait|"
          "communiqué|estimé|estimait|affirmé|affirmait"),
    words(Cat::current,
          "mais|désormais|maintenant|actuellement|depuis|cependant|toutefois|nouveau bilan|dernier bilan|"
          "alors que|tandis que|contre|au lieu de"),
    words(Cat::sequel, "après"),
    words(Cat::later, "puis|ensuite|et puis"),
    words(Cat::span_unit, "semaine|semaines|mois|jours|quinzaine"),
    words(Cat::part,
          "dont|parmi eux|parmi elles|parmi lesquels|parmi lesquelles|parmi les morts|parmi les victimes|"
          "parmi les blessés|à lui seul|"
          "à elle seule"),
    trig(Cat::toll, K::deaths, "nombre de morts|nombre de décès|bilan des morts|nombre de tués"),
    trig(Cat::toll, K::deaths, "bilan|bilan humain", kGenericHead),
    trig(Cat::toll, K::injured, "nombre de blessés"),
    trig(Cat::toll, K::missing, "nombre de disparus"),
    trig(Cat::label, K::deaths, "morts|mortes|décès|tués|tuées|décédés|décédées"),
    words(Cat::announce, "comme suit"),
    trig(Cat::label, K::injured,
         "blessés|blessées|blessé|blessée|blessés légers|blessés graves|blessés en urgence absolue|"
         "hospitalisés|hospitalisées"),
    trig(Cat::label, K::missing, "disparus|disparues|disparu|disparue"),
    trig(Cat::label, K::detained,
         "interpellations|interpellés|interpellées|arrestations|gardes à vue|garde à vue|placés en garde à "
         "vue|placées en garde à vue"),
    words(Cat::link, "à|de|atteint|d"),
    qual(Cat::link, Q::more_than,
         "dépasse|dépassé|franchi|dépasse les|dépassé les|dépasser|dépasser les|franchir|franchir les"),
    words(Cat::rise, "passé|grimpé|alourdi|augmenté|élevé|monté|porté|passe|grimpe|s'alourdit"),
    words(Cat::from, "de|d"),
    qual(Cat::qual_pre, Q::at_least, "au moins|au minimum|pas moins de|pas moins d"),
    qual(Cat::qual_pre, Q::more_than,
         "plus de|plus d|au-delà de|un peu plus de|un peu plus d|bien plus de|dépasse|dépasse les|dépassant|"
         "dépasser|dépasser les"),
    qual(Cat::qual_pre, Q::about, "environ|quelque|autour de|approximativement|aux alentours de"),
    qual(Cat::qual_pre, Q::nearly, "près de|près d|presque|pas loin de|quasiment|un peu moins de"),
    qual(Cat::qual_pre, Q::up_to, "jusqu'à"),
    qual(Cat::qual_pre, Q::fewer_than, "moins de|moins d"),
    qual(Cat::qual_post, Q::at_least, "ou plus"),
    words(Cat::victim,
          "personnes|personne|civils|enfants|habitants|soldats|policiers|passagers|spectateurs|femmes|"
          "hommes|militaires|membres|touristes|migrants|ouvriers|fidèles|autres|d'entre eux|assaillants|"
          "terroristes|jihadistes|djihadistes|suspects|hommes armés|pompiers|sapeurs-pompiers|gendarmes|"
          "secouristes|membres des forces de l'ordre|forces de l'ordre|membres des forces de sécurité|agents "
          "des "
          "forces de l'ordre|"
          // "blessées, dont quatre grièvement": the degree stands for the injured it counts
          "grièvement|gravement|légèrement|sérieusement"),
    words(Cat::filler,
          "ont|été|être|sont|a|déjà|encore|aussi|d|de|autres|officiellement|également|au total|restent|se|y|"
          "avaient|avait|étaient|était|figurent|figuraient|figure|figurait|parmi les"),
    words(Cat::conj, "et|ou|mais|tandis que|alors que"),
    words(
        Cat::unit,
        "étages|ans|an|année|années|mois|semaine|semaines|jour|jours|heure|heures|h|minute|minutes|secondes|"
        "kilomètres|km|mètres|mètre|pour cent|degrés|euros|dollars|francs|dirhams|missiles|roquettes|"
        "drones|maisons|bâtiments|immeubles|fois|buts|voix|points|sièges|tonnes|hectares|janvier|février|"
        "églises|mosquées|hôtels|écoles|hôpitaux|ponts|magasins|villages|navires|bateaux|avions|trains|bus|"
        "camions|chars|"
        "mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|siècle|siècles|e|er|ème"),
    words(Cat::of, "de|d|des|du"),
    words(Cat::blocker, "âgé de|âgée de|âgés de|âgées de|vol|numéro|magnitude de|magnitude|niveau|minute"),
    words(Cat::year_pre, "en|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                         "décembre|printemps|été|automne|hiver"),
    words(Cat::since_pre, "depuis"),
    words(Cat::place_pre, "à|a|en|dans"),
    words(Cat::past,
          "l'an dernier|l'année dernière|l'an passé|l'année passée|l'année précédente|il y a un an|"
          "l'hiver dernier|l'été dernier|la saison dernière|mois plus tôt|mois auparavant|ans plus tôt|"
          "ans auparavant|années plus tôt|années auparavant"),
    words(Cat::past_pre, "il y a"),
    words(Cat::past_unit, "ans|années|mois"),
    words(Cat::rate, "par an|chaque année|tous les ans|par jour|chaque jour"),
    words(Cat::relative, "qui|lequel|laquelle"),
    words(Cat::back_ref,
          "qui|où|lorsque|lorsqu'un|lorsqu'une|lorsqu'il|lorsqu'ils|lorsqu'elle|lorsqu'elles|lorsqu'on|quand|"
          "lors duquel|lors de laquelle|dans lequel|dans laquelle|au cours duquel|"
          "au cours de laquelle|alors"),
    words(Cat::then, "à l'époque|à cette époque"),
    vague(10, "dizaines"),
    vague(10000, "dizaines de milliers"),
    vague(10, "plusieurs dizaines"),
    vague(100, "centaines"),
    vague(100000, "centaines de milliers"),
    vague(100, "plusieurs centaines"),
    vague(1000, "milliers"),
    vague(1000, "plusieurs milliers"),
    vague(2, "plusieurs|nombreux|nombreuses|de nombreux|de nombreuses|multiples"),
    words(Cat::range_open, "entre"),
    words(Cat::range_and, "et"),
};

constexpr RawEntry kEs[] = {
    trig(Cat::post, K::deaths,
         "muertos|muertas|muerto|muerta|fallecidos|fallecidas|fallecido|víctimas mortales|murieron|muertes|"
         "han muerto|perdieron la vida|perdido la vida|fallecieron|han fallecido|falleció|murió|cadáveres|"
         "cuerpos sin vida|fallecimientos|decesos|cuerpos"),
    trig(Cat::post, K::deaths, "abatidos|abatidas|fueron abatidos|fueron abatidas", kNeedsPeople),
    // Murdered, with the people it counts: "72 migrantes fueron asesinados".
    trig(Cat::post, K::deaths, "asesinados|asesinadas|fueron asesinados|fueron asesinadas", kNeedsPeople),
    trig(Cat::pre, K::deaths, "asesinó a|asesinaron a|ha asesinado a|han asesinado a", kNeedsPeople),
    // Hospitalised patients, not a prison's or a school's inmates ("los 44 internados del penal").
    trig(Cat::post, K::injured, "internados|internadas", kNeedsPeople),
    trig(Cat::post, K::deaths, "murieron ahogadas|murieron ahogados|se ahogaron|ahogadas|ahogados",
         kNeedsPeople),
    trig(Cat::post, K::deaths, "vidas", kLives | kNeedsVerb),
    trig(Cat::post, K::injured,
         "heridos|heridas|herido|herida|hospitalizados|hospitalizadas|lesionados|lesionadas|ingresados|"
         "ingresadas|siguen ingresados|siguen ingresadas|permanecen ingresados|permanecen ingresadas|"
         "siguen internados|siguen internadas|permanecen internados|permanecen internadas|"
         // Injuries told by their treatment: "23 personas fueron atendidas por inhalación de humo".
         "atendidas por inhalación de humo|atendidos por inhalación de humo|necesitaron asistencia médica|"
         "atendidas por quemaduras|atendidos por quemaduras|"
         "requirieron asistencia médica|requirieron atención médica"),
    trig(Cat::post, K::missing,
         "desaparecidos|desaparecidas|desaparecido|desaparecida|sin localizar|en paradero desconocido"),
    trig(Cat::post, K::detained, "detenidos|detenidas|arrestados|arrestadas|detenido"),
    trig(Cat::pre, K::deaths,
         "murieron|fallecieron|matando a|mató a|mataron a|la muerte de|muerte de|han muerto|"
         "han fallecido|ha muerto|ha fallecido"),
    // Right before the count: "los cuerpos de 5 personas", not "los cuerpos de seguridad desplegaron 131".
    trig(Cat::pre, K::deaths, "los cuerpos de|los cadáveres de|cadáveres de", kAdjacentOnly),
    trig(Cat::pre, K::deaths, "la vida a|la vida de", kLives | kNeedsVerb),
    trig(Cat::pre, K::injured, "hiriendo a|hirió a"),
    trig(Cat::pre, K::detained,
         "detuvo a|detuvieron a|detención de|arresto de|ha detenido a|han detenido a|arrestó a|arrestaron a|"
         "ha arrestado a|han arrestado a"),
    trig(Cat::pre, K::deaths, "abatió a|abatieron a|ha abatido a|han abatido a", kNeedsPeople),
    words(Cat::lives_verb, "cobró|costó|cobrado|costado|segó|cobra|cuesta|cobraron|costaron|segaron"),
    words(Cat::modal,
          "podría|podrían|habría podido|hubiera podido|amenazó con|podría haber|podrían haber|se temen|"
          "se espera que|puede|pueden"),
    words(Cat::fear, "se teme que|temen que|teme que|temía que|temían que|se temía que|no descartan que|no "
                     "descartaron que|"
                     "no descarta que|no descartó que|no se descarta que"),
    words(Cat::correction, "corregido|corregida|corrigió|corrigieron|rectificó|rectificaron|rectificado|"
                           "revisado|revisó|revisaron|"
                           "rebajó|rebajaron|rebaja|rebajan|rebajado|redujo|redujeron|cifra corregida|"
                           "revisada a la baja|revisado a la baja"),
    trig(Cat::correction, K::deaths, "bajó|descendió|disminuyó|se redujo", kCueOnly),
    trig(Cat::correction, K::deaths,
         "la cifra se elevó a|la cifra se eleva a|la cifra asciende a|la cifra ascendió a|la cifra aumentó a|"
         "la cifra llegó a|esa cifra ascendió a|la cifra alcanzó los|la cifra alcanza los",
         kRunningTotal),
    // "Según un primer balance" is the current, provisional toll; "un balance anterior" an earlier one.
    words(Cat::earlier,
          "balance anterior|balance previo|cifra anterior|primer balance hablaba|primer balance cifraba|"
          "primer balance daba"),
    words(Cat::earlier_adverb,
          "inicialmente|en un primer momento|en un principio|anteriormente|previamente|al principio"),
    words(Cat::report,
          "informaron|informó|informado|hablaba|hablaban|habló|hablaron|cifraba|cifraban|cifró|cifraron|"
          "cifrado|dijeron|dijo|reportó|reportaron|reportado|anunció|anunciaron|anunciado|daba|daban|dio|"
          "dieron|contabilizó|contabilizaba|indicó|indicaron|indicaba|señaló|señalaron|comunicó|estimó|"
          "estimaban"),
    words(Cat::current, "pero|ahora|actualmente|sin embargo|no obstante|posteriormente|luego|nuevo balance|"
                        "último balance|mientras|frente a|en lugar de"),
    words(Cat::sequel, "después|tras"),
    words(Cat::later, "luego|y luego|más tarde"),
    words(Cat::span_unit, "semana|semanas|mes|meses|días"),
    words(
        Cat::part,
        "entre ellos|entre ellas|entre los muertos|entre las víctimas mortales|entre los heridos|de ellos|de "
        "ellas|incluidos|incluidas|solo en"),
    trig(Cat::toll, K::deaths,
         "número de víctimas mortales|número de muertos|número de fallecidos|cifra de muertos|"
         "cifra de fallecidos|balance de muertos|cifra de víctimas mortales|balance de víctimas mortales|"
         "cifra oficial de muertos|cifra oficial de fallecidos|número oficial de muertos|balance oficial de "
         "muertos|cifra total de muertos|número total de muertos"),
    trig(Cat::toll, K::injured,
         "número de heridos|cifra de heridos|cifra oficial de heridos|número total de heridos"),
    // "los muertos suben a 19"
    trig(Cat::toll, K::deaths, "los muertos|los fallecidos|las víctimas mortales", kRiseAfter),
    trig(Cat::toll, K::injured, "los heridos|los lesionados", kRiseAfter),
    trig(Cat::toll, K::missing, "número de desaparecidos"),
    trig(Cat::label, K::deaths, "muertos|muertas|fallecidos|fallecidas|víctimas mortales"),
    trig(Cat::label, K::injured,
         "heridos|heridas|lesionados|lesionadas|heridos leves|heridos graves|heridos de gravedad|heridas "
         "hospitalizadas|heridos hospitalizados|hospitalizados|hospitalizadas|ingresados|ingresadas|"
         "internados|internadas"),
    trig(Cat::label, K::missing, "desaparecidos|desaparecidas"),
    trig(Cat::label, K::detained, "detenidos|detenidas|arrestados|arrestadas"),
    words(Cat::link, "a|en|de|alcanza|alcanzó|alcanza los|alcanzó los|a los|llega a los|llegó a los"),
    qual(Cat::link, Q::more_than, "supera|superó|rebasa|supera los|superó los|superar|superar los|supere"),
    // "subió a 480, frente a los 413 del lunes": the earlier toll after "frente a" (rise, then from "los").
    words(Cat::rise,
          "ascendió|asciende|aumentó|aumenta|subió|sube|elevó|eleva|creció|frente a|suben|subieron|"
          "ascienden|ascendieron|aumentan|aumentaron"),
    words(Cat::from, "de|desde|los|las"),
    qual(Cat::qual_pre, Q::at_least, "al menos|por lo menos|como mínimo|no menos de"),
    qual(Cat::qual_pre, Q::more_than, "más de|supera|superó|supera los|superan"),
    qual(Cat::qual_pre, Q::about, "alrededor de|unos|unas|aproximadamente|en torno a"),
    qual(Cat::qual_pre, Q::nearly, "casi|cerca de|rozando|poco menos de"),
    qual(Cat::qual_pre, Q::up_to, "hasta", kLinkAfterRise),
    qual(Cat::qual_pre, Q::fewer_than, "menos de"),
    qual(Cat::qual_post, Q::at_least, "o más"),
    words(
        Cat::victim,
        "personas|persona|civiles|niños|niñas|habitantes|vecinos|soldados|agentes|pasajeros|espectadores|"
        "mujeres|hombres|militares|turistas|migrantes|trabajadores|ellas|ellos|atacantes|asaltantes|adultos|"
        "menores|tripulantes|"
        "terroristas|sicarios|presuntos delincuentes"),
    words(Cat::filler,
          "han|fueron|resultaron|ya|también|de|otras|otros|se|sido|habían|están|continúan|siguen|"
          "oficialmente|en total"),
    words(Cat::conj, "y|e|o|u|pero|mientras"),
    words(Cat::unit,
          "años|año|meses|mes|semanas|semana|días|día|horas|hora|minutos|minuto|segundos|kilómetros|km|"
          "metros|metro|litros|por "
          "ciento|grados|euros|dólares|pesos|misiles|drones|casas|edificios|viviendas|plantas|"
          "pisos|"
          "veces|goles|votos|escaños|puntos|toneladas|hectáreas|enero|febrero|marzo|abril|mayo|junio|julio|"
          "agosto|septiembre|octubre|noviembre|diciembre|iglesias|mezquitas|hoteles|escuelas|hospitales|"
          "puentes|tiendas|pueblos|barcos|aviones|trenes|autobuses|camiones|tanques"),
    words(Cat::of, "de|del|de los|de las"),
    words(Cat::blocker, "vuelo|número|magnitud|edad de|minuto"),
    words(Cat::year_pre, "en|año|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
                         "octubre|noviembre|diciembre|primavera|verano|otoño|invierno"),
    words(Cat::since_pre, "desde"),
    words(Cat::place_pre, "en"),
    words(Cat::past, "el año pasado|el año anterior|hace un año|el invierno pasado|el verano pasado|"
                     "la temporada pasada|meses antes|años antes|meses atrás|años atrás"),
    words(Cat::past_pre, "hace"),
    words(Cat::past_unit, "años|meses"),
    words(Cat::rate, "al año|por año|cada año|anualmente|por día|cada día"),
    words(Cat::relative, "que|el cual|la cual"),
    words(Cat::back_ref, "cuando|en el que|en la que|en el cual|en la cual|donde|que|entonces|durante el "
                         "cual|durante la cual"),
    words(Cat::then, "en aquel entonces|en aquel momento|en esa ocasión"),
    vague(10, "decenas"),
    vague(10000, "decenas de miles"),
    vague(10, "varias decenas"),
    vague(100, "centenares|cientos"),
    vague(100000, "cientos de miles"),
    vague(100, "varios cientos|varias centenas"),
    vague(1000, "miles"),
    vague(1000, "varios miles"),
    vague(2, "varios|varias|numerosos|numerosas|muchos|muchas"),
    words(Cat::range_open, "entre"),
    words(Cat::range_and, "y"),
};

} // namespace

LexiconSpec lexicon_fr() {
    return {"fr", kFr};
}
LexiconSpec lexicon_es() {
    return {"es", kEs};
}

} // namespace lede::extract::casualties
