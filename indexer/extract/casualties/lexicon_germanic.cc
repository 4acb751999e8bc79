// Casualty word tables for English and German. Seeds from extraction.md §5.4, extended with common news
// phrasing; each line is '|'-separated alternatives.

#include "indexer/extract/casualties/lexicon.h"

namespace lede::extract::casualties {
namespace {

using K = CasualtyKind;
using Q = Qualifier;

constexpr RawEntry kEn[] = {
    trig(Cat::post, K::deaths,
         "dead|killed|died|deaths|death|fatalities|perished|lives were lost|lives have been lost|"
         "lives had been lost|lives lost|lost their lives|bodies|confirmed dead|drowned|shot dead|"
         "burned to death"),
    trig(Cat::post, K::deaths, "lives", kLives | kNeedsVerb),
    trig(
        Cat::post, K::injured,
        "injured|wounded|hurt|injuries|hospitalised|hospitalized|taken to hospital|taken to the hospital|"
        "admitted to hospital|treated in hospital|treated for injuries|in critical condition|in serious "
        "condition|"
        "in a critical condition|in a serious condition|still in hospital|remain in hospital|remained in "
        "hospital|"
        "remains in hospital|were in hospital|are in hospital|in hospitals|still in hospitals|remain in "
        "hospitals|remained in hospitals|were in hospitals|are in hospitals|treated in hospitals|"
        // Injuries told by their treatment: "67 people had been treated for burns", "patients with severe
        // burns".
        "treated for burns|treated for smoke inhalation|treated for burns and smoke inhalation|treated for "
        "wounds|treated for gunshot wounds|suffered burns|suffered injuries|suffered serious injuries|with "
        "burns|with severe burns|with serious burns|with injuries|with serious injuries|with gunshot wounds"),
    trig(Cat::post, K::missing, "missing|unaccounted for"),
    trig(Cat::post, K::detained,
         "detained|arrested|apprehended|in custody|taken into custody|arrests|detentions|among those "
         "arrested|among those detained"),
    trig(Cat::pre, K::deaths, "killed|killing|kills|kill|deaths of|death of"),
    trig(Cat::pre, K::deaths, "shot dead|shooting dead|shoot dead",
         kNeedsPeople), // "shooting dead 69 others"
    // "found the remains of eight more people", not "the remains of 3 buildings".
    trig(Cat::pre, K::deaths, "remains of|the remains of|bodies of|the bodies of",
         kNeedsPeople | kAdjacentOnly),
    trig(Cat::pre, K::deaths, "lives of", kLives | kNeedsVerb),
    // Headlines tell in the present: "Storm injures 40", "Police arrest 1,500 after riot".
    trig(Cat::pre, K::injured, "injuring|injured|wounding|wounded|injuries to|injures|injure"),
    trig(Cat::pre, K::detained,
         "detained|arrested|detaining|arresting|detention of|arrest of|arrests "
         "of|detains|detain|arrests|arrest"),
    // "Those detained included two managers of the firm".
    trig(Cat::pre, K::detained, "those detained included|those arrested included", kNeedsPeople),
    words(Cat::lives_verb,
          "claimed|claim|claims|claiming|took|take|takes|taking|cost|costs|costing|loss|losses|lost"),
    words(Cat::modal,
          "could have|would have|might have|could|would|might|may|may have|threatened to|planned to|aimed to|"
          "feared|are feared|is feared|expected to|likely to|projected to"),
    words(Cat::fear, "fear that|fears that|feared that|fearing that|are afraid that|is afraid that"),
    words(Cat::correction, "corrected|revised|revised down|revised downward|lowered|downgraded|corrected "
                           "figures|revised figures"),
    trig(Cat::correction, K::deaths, "fell|dropped|decreased|declined", kCueOnly),
    trig(Cat::correction, K::deaths,
         "bringing the total to|raising the total to|taking the total to|pushing the total to|"
         "bringing the number to|raising the number to|taking the number to|the figure rose to|"
         "the figure climbed to|the figure reached|the figure has risen to|that figure rose to|the number "
         "rose to|"
         "the number climbed to|the number has risen to",
         kRunningTotal),
    // An earlier report the article contrasts with a newer toll (figures.h "earlier"). "Preliminary"
    // is not one: a preliminary toll is the current toll.
    words(
        Cat::earlier,
        "earlier reports|earlier report|an earlier toll|the earlier toll|earlier toll|an earlier figure|"
        "earlier figures|earlier estimates|an earlier estimate|previous toll|the previous toll|previous "
        "figure|"
        "previously reported|initially reported|originally reported|first reported|first said|first put|"
        "initial reports|first reports|the first toll|an initial toll|the initial toll|earlier death toll|"
        "previous death toll|initial death toll|earlier tally|previous tally|earlier count|initial count|"
        "initial estimates|first estimates|had earlier said|"
        "had earlier reported|had earlier put|had earlier given|had earlier announced|had earlier estimated"),
    // Not "earlier" alone: "police said earlier on Sunday" often gives a toll that still stands.
    words(Cat::earlier_adverb, "initially|previously|originally|at first"),
    words(Cat::report,
          "said|say|says|reported|report|reports|put|gave|announced|stated|estimated|counted|spoke of|cited|"
          "confirmed|told|had put|had said|had reported"),
    words(Cat::current,
          "now|but|however|currently|since then|later|latest|has since|have since|subsequently|updated|then|"
          "new toll|whereas|while|down from|compared with|compared to|instead of"),
    // "when the dam burst after heavy rain and the flood killed 1,800": "after" tells a sequence, not the
    // present.
    words(Cat::sequel, "after|following"),
    words(Cat::later, "then|and then"),
    words(Cat::span_unit, "week|weeks|month|months|days|fortnight"),
    words(
        Cat::part,
        "alone|among them|among the dead|among those killed|among the injured|among the wounded|including|of "
        "them|of whom"),
    trig(Cat::toll, K::deaths,
         "death toll|number of dead|number of deaths|number of people killed|number of fatalities|"
         "fatality count|death count|body count|fatalities"),
    trig(Cat::toll, K::deaths, "toll", kGenericHead),
    trig(Cat::toll, K::injured, "number of injured|number of wounded|number of people injured|injury toll"),
    trig(Cat::toll, K::deaths, "dead|the dead|deaths",
         kRiseAfter), // "as dead rise to 40", "deaths rise to 52"
    trig(Cat::toll, K::injured, "injured|wounded|the injured|the wounded",
         kRiseAfter), // "as injured top 1,100"
    trig(Cat::toll, K::missing,
         "number of missing|number of people missing|number of people reported missing|list of missing|list "
         "of the missing|list of people missing|list of people reported missing"),
    trig(Cat::label, K::deaths, "dead|killed|deaths|fatalities"),
    words(Cat::announce, "as follows"),
    trig(Cat::label, K::injured, "injured|wounded|injuries|hurt|hospitalised|hospitalized|in hospital"),
    trig(Cat::label, K::missing, "missing"),
    trig(Cat::label, K::detained, "arrested|arrests|detained"),
    words(Cat::link, "to|at|of|reached|hit|is|was|now|reach|reaches|hits|stands at|stood at"),
    qual(Cat::link, Q::more_than,
         "exceeded|surpassed|topped|passed|exceed|surpass|top|tops|exceeds|surpasses|passes"),
    words(
        Cat::rise,
        "rose|risen|rising|rises|climbed|climbs|jumped|increased|grew|revised|raised|updated|up|mounted|rise|"
        "climb|down"),
    words(Cat::from, "from"),
    qual(Cat::qual_pre, Q::at_least,
         "at least|no fewer than|no less than|a minimum of|at minimum|not less than"),
    qual(Cat::qual_pre, Q::more_than,
         "more than|over|upwards of|in excess of|above|exceeding|exceeded|surpassed|topped|well over|just "
         "over"),
    qual(Cat::qual_pre, Q::about,
         "about|around|some|roughly|approximately|an estimated|estimated|approx|circa"),
    qual(Cat::qual_pre, Q::nearly, "nearly|almost|close to|just under|nearing|approaching|just shy of"),
    qual(Cat::qual_pre, Q::up_to, "up to|as many as"),
    qual(Cat::qual_pre, Q::fewer_than, "fewer than|less than|under|below"),
    qual(Cat::qual_post, Q::at_least, "or more|plus"),
    qual(Cat::qual_post, Q::about, "or so"),
    words(Cat::victim,
          "people|persons|person|civilians|civilian|children|child|adults|women|men|attendees|concertgoers|"
          "concert-goers|spectators|passengers|residents|workers|soldiers|troops|officers|police officers|"
          "policemen|individuals|victims|migrants|students|pupils|patients|tourists|members|crew members|"
          "firefighters|rescuers|miners|pilgrims|fans|gunmen|assailants|attackers|suspects|militants|"
          "protesters|journalists|others|of them|employees|staff|staff members|volunteers|teachers|guests|"
          "nurses|doctors|villagers|inmates|prisoners|construction workers|aid workers|health workers|"
          "rescue workers"),
    words(Cat::filler,
          "were|was|have|has|had|been|are|is|be|being|reportedly|confirmed|later|now|already|also|still|all|"
          "initially|officially|believed|thought|reported|the|of|who|more|so far|overall|in total|"
          "in all|a total of|another|an additional"),
    words(Cat::conj, "and|or|but|while|whereas|as well as|as"), // "toll revised to 275 as injured top 1,100"
    words(Cat::unit,
          "year|years|decade|decades|month|months|week|weeks|day|days|hour|hours|minute|minutes|second|"
          "seconds|km|kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters|metre|meter|feet|"
          "foot|kg|kilograms|tonnes|tons|litres|liters|hectares|acres|square|percent|per cent|pct|degrees|"
          "points|goals|votes|seats|dollars|euros|pounds|rubles|roubles|yuan|yen|hryvnias|times|storeys|"
          "floors|buildings|houses|homes|vehicles|cars|rockets|missiles|drones|shells|pm|am|p|a|o'clock|"
          // Places and vehicles are counted too: "the bombings of three churches" killed nobody.
          "churches|mosques|temples|synagogues|hotels|schools|hospitals|bridges|shops|stores|villages|ships|"
          "boats|planes|aircraft|trains|buses|trucks|lorries|tanks|"
          "january|february|march|april|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|st|nd|rd|th|magnitude"),
    words(Cat::of, "of|of the"),
    words(Cat::blocker,
          "aged|age|ages|age of|flight|route|no|number|magnitude|level|page|room|platform|gate|article|"
          "section|chapter|category|grade|phase|stage|round|minute|january|february|march|april|may|june|"
          "july|august|september|october|november|december"),
    words(Cat::year_pre,
          "in|early|late|mid|january|february|march|april|may|june|july|august|september|october|"
          "november|december|spring|summer|autumn|winter"),
    words(Cat::since_pre, "since"),
    words(Cat::place_pre, "in|at"),
    words(Cat::past, "last year|a year ago|years ago|year ago|the previous year|the year before|last winter|"
                     "last summer|last season|the previous winter|the previous season|months earlier|"
                     "years earlier|months before|years before|months ago"),
    words(Cat::rate, "a year|per year|each year|every year|annually|per day|each day|every day"),
    words(Cat::relative, "that|which|who"),
    words(Cat::back_ref, "when|in which|during which|at which|which|that|where|whose"),
    words(Cat::then, "at the time|back then"),
    vague(10, "tens"),
    vague(10000, "tens of thousands"),
    vague(12, "dozens"),
    vague(12, "several dozen|a few dozen"),
    vague(40, "scores"),
    vague(100, "hundreds"),
    vague(100000, "hundreds of thousands"),
    vague(100, "several hundred|a few hundred"),
    vague(1000, "thousands"),
    vague(1000, "several thousand|a few thousand"),
    vague(2, "several|many|numerous|a number of|multiple|a few|countless"),
    words(Cat::range_open, "between"),
    words(Cat::range_to, "to"),
    words(Cat::range_and, "and"),
};

constexpr RawEntry kDe[] = {
    trig(Cat::post, K::deaths,
         "tote|toten|todesopfer|todesopfern|getötet|getötete|getöteten|ums leben|starben|gestorben|"
         "umgekommen|tot|verstorben|leichen|todesfälle"),
    // Drowned people are deaths, drowned sheep are not: a person noun with the count.
    trig(Cat::post, K::deaths, "erschossen|ertrunken|ertranken|ertrank", kNeedsPeople),
    trig(Cat::pre, K::deaths, "ertranken|ertrank|ertrinken", kNeedsPeople),
    trig(Cat::post, K::deaths, "menschenleben|das leben", kLives | kNeedsVerb),
    trig(Cat::post, K::injured,
         "verletzte|verletzten|verletzt|verwundet|verwundete|verwundeten|schwerverletzte|schwerverletzten|"
         "leichtverletzte|erlitten verletzungen|erlitten schwere verletzungen|erlitten leichte verletzungen|"
         "erlitten lebensgefährliche verletzungen|zogen sich verletzungen zu|in krankenhäusern behandelt|im "
         "krankenhaus behandelt|in kliniken behandelt|ambulant behandelt"),
    // Taken to hospital, as English "taken to hospital" is: "31 Menschen wurden ins Krankenhaus gebracht".
    trig(
        Cat::post, K::injured,
        "stationär behandelt|ins krankenhaus gebracht|ins krankenhaus eingeliefert|in krankenhäuser gebracht|"
        "in krankenhäuser eingeliefert|in kliniken gebracht|in kliniken eingeliefert|in ein krankenhaus "
        "gebracht|in ein krankenhaus eingeliefert|kamen ins krankenhaus|mussten ins krankenhaus|liegen im "
        "krankenhaus|liegen noch im krankenhaus|lagen im krankenhaus|lagen noch im krankenhaus"),
    trig(Cat::post, K::missing, "vermisst|vermisste|vermissten"),
    trig(Cat::post, K::detained, "festgenommen|verhaftet|festnahmen|in gewahrsam|inhaftiert|festgesetzt"),
    trig(Cat::pre, K::deaths,
         "starben|tötete|töteten|tötet|tod von|leichen von|ums leben kamen|getötet wurden|erschossen wurden"),
    // "Verletzt wurden 85 Menschen": the participle fronted, the count after the auxiliary.
    trig(Cat::pre, K::injured, "verletzte|verletzten|verwundete|verletzt wurden|verwundet wurden"),
    trig(Cat::pre, K::detained, "festnahme von|nahm|nahmen"),
    words(Cat::lives_verb, "forderte|fordert|forderten|gefordert|kostete|kosteten|gekostet|kostet"),
    words(Cat::modal, "hätte|hätten|könnte|könnten|würde|würden|drohte|dürfte|dürften|befürchtet"),
    // The verb comes last in a subordinate clause: "dass die Zahl der Toten auf mehr als 70 steigen könnte".
    words(Cat::modal_post, "könnte|könnten|dürfte|dürften|würde|würden"),
    words(Cat::correction,
          "korrigiert|korrigierte|korrigierten|nach unten korrigiert|revidiert|revidierte|berichtigt|"
          "berichtigte"),
    trig(Cat::correction, K::deaths, "sank|sanken|gesunken|sinkt|gesenkt", kCueOnly),
    trig(Cat::correction, K::deaths,
         "die zahl stieg auf|die zahl erhöhte sich auf|diese zahl stieg auf|die zahl ist auf|die zahl liegt "
         "bei|"
         "die zahl stieg inzwischen auf|stieg die zahl auf|erhöhte sich die zahl auf",
         kRunningTotal),
    words(Cat::correction_post,
          "korrigiert|nach unten korrigiert|revidiert|nach unten revidiert|berichtigt|gesenkt"),
    // "Nach ersten Angaben" is the current, preliminary toll, no earlier one.
    words(Cat::earlier, "frühere bilanz|früheren bilanz|vorherige bilanz|vorherigen bilanz|zuvor war von|"
                        "zunächst war von|ursprünglich war von|anfangs war von"),
    words(Cat::earlier_adverb, "zunächst|ursprünglich|anfangs|zuvor|vorher|zuerst"),
    words(Cat::report,
          "gemeldet|meldete|meldeten|berichtet|berichtete|berichteten|angegeben|gab|gaben|genannt|nannte|"
          "nannten|beziffert|bezifferte|bezifferten|gesprochen|sprach|sprachen|die rede|war von|hieß es|"
          "geschätzt|mitgeteilt|teilte|teilten|gezählt|gemeldete|gemeldeten|genannte|genannten|"
          "angegebene|angegebenen"),
    words(Cat::later, "dann|danach|später"),
    words(Cat::current,
          "aber|doch|jedoch|nun|jetzt|inzwischen|mittlerweile|später|nunmehr|aktuell|neuen angaben|neuesten|"
          "während|statt|anstatt|gegenüber"),
    words(Cat::part, "allein|darunter|unter ihnen|unter den toten|unter den verletzten|davon|von ihnen"),
    trig(Cat::toll, K::deaths,
         "zahl der toten|zahl der todesopfer|zahl der getöteten|todeszahl|totenzahl|opferzahl|zahl der opfer|"
         "zahl der todesfälle|zahl der bestätigten toten|zahl der bestätigten todesopfer"),
    trig(Cat::toll, K::injured, "zahl der verletzten|zahl der verwundeten"),
    trig(Cat::toll, K::missing, "zahl der vermissten"),
    trig(Cat::label, K::deaths, "tote|toten|todesopfer|getötete"),
    words(Cat::announce, "wie folgt"),
    trig(Cat::label, K::injured,
         "verletzte|verletzten|verwundete|schwerverletzte|leichtverletzte|im krankenhaus|noch im krankenhaus|"
         "in kliniken|noch in kliniken|in krankenhäusern|noch in krankenhäusern|stationär behandelt"),
    trig(Cat::label, K::missing, "vermisste|vermissten"),
    trig(Cat::label, K::detained, "festnahmen|festgenommene"),
    words(Cat::link, "auf|bei|beträgt|betrug"),
    qual(Cat::link, Q::more_than, "überstieg|übersteigt|überschritt|überschritten"),
    words(Cat::rise,
          "gestiegen|steigt|stieg|stiegen|erhöht|erhöhte|kletterte|geklettert|angestiegen|steigen"),
    words(Cat::from, "von"),
    qual(Cat::qual_pre, Q::at_least, "mindestens|wenigstens|zumindest|nicht weniger als"),
    qual(Cat::qual_pre, Q::more_than, "mehr als|über|weit über|knapp über|überstieg"),
    qual(Cat::qual_pre, Q::about, "rund|etwa|ungefähr|circa|ca|zirka|schätzungsweise"),
    qual(Cat::qual_pre, Q::nearly, "fast|beinahe|knapp|nahezu|annähernd|knapp unter"),
    qual(Cat::qual_pre, Q::up_to, "bis zu"),
    qual(Cat::qual_pre, Q::fewer_than, "weniger als|unter"),
    qual(Cat::qual_post, Q::at_least, "oder mehr"),
    words(Cat::victim,
          "menschen|personen|person|kinder|zivilisten|besucher|soldaten|polizisten|passagiere|einwohner|"
          "bewohner|frauen|männer|arbeiter|konzertbesucher|zuschauer|helfer|leute|opfer|weitere|von ihnen|"
          "angreifer|täter|attentäter|terroristen|verdächtige"),
    words(Cat::filler,
          "wurden|waren|sind|ist|seien|wären|kamen|sollen|bislang|bisher|noch|schon|offiziell|weitere|von|"
          "ihnen|dabei|ebenfalls|insgesamt|werden"),
    words(Cat::conj, "und|oder|aber|während|sowie"),
    words(Cat::unit,
          "stockwerke|stockwerken|etagen|jahr|jahre|jahren|jahres|jährige|jährigen|jähriger|monat|monate|"
          "monaten|woche|wochen|tag|tage|"
          "tagen|stunde|stunden|minute|minuten|sekunden|kilometer|km|meter|prozent|grad|euro|dollar|rubel|"
          "mal|uhr|punkte|tore|stimmen|sitze|raketen|drohnen|häuser|gebäude|wohnungen|tonnen|januar|februar|"
          "kirchen|moscheen|hotels|schulen|krankenhäuser|kliniken|brücken|geschäfte|dörfer|schiffe|boote|"
          "flugzeuge|züge|busse|lastwagen|panzer|"
          "märz|april|mai|juni|juli|august|september|oktober|november|dezember|stockwerke|stärke"),
    words(Cat::of, "von|der"),
    words(Cat::blocker, "alter von|flug|nr|nummer|stärke|minute"),
    words(Cat::year_pre, "im|jahr|anfang|ende|mitte|januar|jänner|februar|märz|april|mai|juni|juli|august|"
                         "september|oktober|november|dezember|frühjahr|frühling|sommer|herbst|winter"),
    words(Cat::since_pre, "seit"),
    words(Cat::place_pre, "in|im"),
    words(Cat::past,
          "im vergangenen jahr|vergangenes jahr|letztes jahr|im vorigen jahr|voriges jahr|im vorjahr|"
          "vor einem jahr|im vergangenen winter|im letzten winter|im vorigen winter|im vergangenen sommer|"
          "im letzten sommer|in der vergangenen saison|in der letzten saison|in der vorsaison|monate zuvor|"
          "monate früher|jahre zuvor|jahre früher"),
    words(Cat::past_pre, "vor"),
    words(Cat::past_unit, "jahren|monaten"),
    words(Cat::rate, "pro jahr|jährlich|jedes jahr|im jahr|pro tag|täglich|jeden tag"),
    words(Cat::back_ref, "bei der|bei dem|bei denen|als|damals|in dem|in der|wobei|wo"),
    words(Cat::then, "damals|seinerzeit"),
    vague(12, "dutzende|dutzenden"),
    vague(12, "mehrere dutzend"),
    vague(100, "hunderte|hunderten"),
    vague(100, "mehrere hundert|einige hundert"),
    vague(1000, "tausende|tausenden"),
    vague(1000, "mehrere tausend|einige tausend"),
    vague(10000, "zehntausende|zehntausenden"),
    vague(100000, "hunderttausende"),
    vague(2, "mehrere|einige|viele|zahlreiche|etliche"),
    words(Cat::range_open, "zwischen"),
    words(Cat::range_to, "bis"),
    words(Cat::range_and, "und"),
};

} // namespace

LexiconSpec lexicon_en() {
    return {"en", kEn};
}
LexiconSpec lexicon_de() {
    // Verb second: adverbials stand between the verb and a subject counted after it ("In Sinzig starben in
    // der Nacht zwölf Bewohner").
    return {"de", kDe, false, false, false, 4, 4};
}

} // namespace lede::extract::casualties
