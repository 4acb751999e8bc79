#include "indexer/extract/names/name_cues.h"

#include "indexer/extract/names/word_lists.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>
#include <utility>

namespace lede::extract::names::cues {
namespace {

using namespace std::string_view_literals;

constexpr std::array kHonorifics = {
    "mr"sv,   "mrs"sv, "ms"sv,  "dr"sv,    "herr"sv,   "frau"sv, "m"sv,    "mme"sv,
    "mlle"sv, "sr"sv,  "sra"sv, "senor"sv, "senora"sv, "don"sv,  "dona"sv,
};

constexpr std::array kNameParticles = {
    "de"sv,  "da"sv, "do"sv,  "dos"sv, "van"sv, "von"sv, "der"sv, "den"sv, "bin"sv,
    "ibn"sv, "al"sv, "del"sv, "di"sv,  "la"sv,  "le"sv,  "du"sv,  "y"sv,
};

constexpr std::array kOrgNouns = {
    "company"sv,     "firm"sv,       "consultancy"sv, "agency"sv,   "newspaper"sv,   "broadcaster"sv,
    "insurer"sv,     "carrier"sv,    "bank"sv,        "fund"sv,     "group"sv,       "party"sv,
    "societe"sv,     "entreprise"sv, "groupe"sv,      "cabinet"sv,  "journal"sv,     "quotidien"sv,
    "banque"sv,      "agence"sv,     "empresa"sv,     "compania"sv, "grupo"sv,       "consultora"sv,
    "diario"sv,      "periodico"sv,  "banco"sv,       "agencia"sv,  "aseguradora"sv, "firma"sv,
    "unternehmen"sv, "konzern"sv,    "zeitung"sv,     "verein"sv,   "versicherer"sv,
};

// The part of a German compound that makes it an organisation noun: "Beratungs|gesellschaft".
constexpr std::array kGermanOrgNouns = {"gesellschaft"sv, "firma"sv,    "unternehmen"sv, "konzern"sv,
                                        "bank"sv,         "institut"sv, "zeitung"sv,     "agentur"sv};

// Cyrillic organisation nouns by stem: they inflect (компания, компании, компанией).
constexpr std::array kCyrillicOrgStems = {
    "компани"sv,   "банк"sv,    "фонд"sv,    "групп"sv,      "холдинг"sv,   "издани"sv,     "газет"sv,
    "агентств"sv,  "парти"sv,   "движени"sv, "организаци"sv, "корпораци"sv, "концерн"sv,    "завод"sv,
    "телеканал"sv, "компані"sv, "груп"sv,    "видання"sv,    "парті"sv,     "організаці"sv, "корпораці"sv,
};

// Words anywhere in an organisation's name, Latin by key and Cyrillic by stem.
// Not "league": competitions are events, not organisations.
constexpr std::array kOrgWords = {
    "alliance"sv,     "front"sv,        "movement"sv,  "congress"sv,      "society"sv,      "organisation"sv,
    "organization"sv, "forces"sv,       "army"sv,      "board"sv,         "bureau"sv,       "alianza"sv,
    "frente"sv,       "movimiento"sv,   "union"sv,     "congreso"sv,      "organizacion"sv, "sociedad"sv,
    "fuerzas"sv,      "ejercito"sv,     "mouvement"sv, "rassemblement"sv, "societe"sv,      "organisation"sv,
    "armee"sv,        "bundnis"sv,      "bund"sv,      "rat"sv,           "amt"sv,          "kommission"sv,
    "corps"sv,        "guard"sv,        "guards"sv,    "police"sv,        "brigade"sv,      "brigades"sv,
    "militia"sv,      "policia"sv,      "guardia"sv,   "garde"sv,         "polizei"sv,      "partei"sv,
    "verband"sv,      "gesellschaft"sv,
};
constexpr std::array kCyrillicOrgWordStems = {
    "парти"sv,     "союз"sv,        "движени"sv,    "фронт"sv,      "комитет"sv,   "комисси"sv,
    "совет"sv,     "служб"sv,       "агентств"sv,   "организаци"sv, "ассоциаци"sv, "федераци"sv,
    "обществ"sv,   "министерств"sv, "управлени"sv,  "парті"sv,      "рух"sv,       "комітет"sv,
    "комісі"sv,    "рада"sv,        "ради"sv,       "раді"sv,       "раду"sv,      "радою"sv,
    "служб"sv,     "агентств"sv,    "організаці"sv, "асоціаці"sv,   "федераці"sv,  "міністерств"sv,
    "управлінн"sv, "банк"sv,        "фонд"sv,
};

// The Red Cross and Red Crescent societies, by their last two words. Only their English names: "Cruz Roja
// Española" would get the id cruz-roja-espanola, not the English spanish-red-cross (precision first).
constexpr std::array kOrgTailPairs = {
    std::pair{"red"sv, "cross"sv},
    std::pair{"red"sv, "crescent"sv},
};

constexpr std::array kOrgTails = {
    "research"sv,
    "group"sv,
    "institute"sv,
    "university"sv,
    "agency"sv,
    "council"sv,
    "committee"sv,
    "ministry"sv,
    "bank"sv,
    "party"sv,
    "network"sv,
    "foundation"sv,
    "association"sv,
    "corporation"sv,
    "company"sv,
    "capital"sv,
    "partners"sv,
    "holdings"sv,
    "airlines"sv,
    "airways"sv,
    "service"sv,
    "office"sv,
    "center"sv,
    "centre"sv,
    "commission"sv,
    "authority"sv,
    "federation"sv,
    "union"sv,
    "club"sv,
    "fc"sv,
    "ag"sv,
    "gmbh"sv,
    "sa"sv,
    "ltd"sv,
    "inc"sv,
    "plc"sv,
    "llc"sv,
    "corp"sv,
    "analytics"sv,
    "consulting"sv,
    "advisors"sv,
    "advisers"sv,
    "securities"sv,
    "media"sv,
    "news"sv,
    "times"sv,
    "post"sv,
    "gruppe"sv,
    "institut"sv,
    "stiftung"sv,
    "verband"sv,
    "partei"sv,
    // manufacturers and sports bodies
    "motors"sv,
    "industries"sv,
    "electric"sv,
    "electronics"sv,
    "technologies"sv,
    "pharmaceuticals"sv,
    "aerospace"sv,
    "airline"sv,
    "society"sv,
    "alliance"sv,
};

constexpr std::array kOrgHeads = {
    "ministry"sv,    "university"sv,    "institute"sv,
    "bank"sv,        "council"sv,       "commission"sv,
    "department"sv,  "office"sv,        "agency"sv,
    "committee"sv,   "federation"sv,    "association"sv,
    "court"sv,       "consejo"sv,       "ministerio"sv,
    "universidad"sv, "instituto"sv,     "banco"sv,
    "agencia"sv,     "comision"sv,      "centro"sv,
    "fundacion"sv,   "asociacion"sv,    "partido"sv,
    "tribunal"sv,    "confederacion"sv, "conseil"sv,
    "ministere"sv,   "universite"sv,    "institut"sv,
    "banque"sv,      "agence"sv,        "centre"sv,
    "fondation"sv,   "parti"sv,         "cour"sv,
    "federation"sv,  "direction"sv,     "prefecture"sv,
    "ministerium"sv, "bundesamt"sv,     "bundesministerium"sv,
    "universitat"sv,
};

constexpr std::array kPlaceTails = {
    "street"sv,
    "road"sv,
    "avenue"sv,
    "boulevard"sv,
    "square"sv,
    "bridge"sv,
    "district"sv,
    "airport"sv,
    "station"sv,
    "market"sv,
    "park"sv,
    "river"sv,
    "lake"sv,
    "mountains"sv,
    "valley"sv,
    "island"sv,
    "islands"sv,
    "peninsula"sv,
    "bay"sv,
    "harbour"sv,
    "harbor"sv,
    "stadium"sv,
    "arena"sv,
    "quarter"sv,
    // facilities and landforms the news names disasters by
    "shrine"sv,
    "mausoleum"sv,
    "monastery"sv,
    "cemetery"sv,
    "dam"sv,
    "canal"sv,
    "tunnel"sv,
    "highway"sv,
    "motorway"sv,
    "expressway"sv,
    "beach"sv,
    "prison"sv,
    "mine"sv,
    "camp"sv,
    "reservoir"sv,
    "glacier"sv,
    "volcano"sv,
    "strait"sv,
    "hospital"sv,
};

constexpr std::array kNameNouns = {
    "museum"sv,        "gallery"sv,   "school"sv,   "college"sv,   "academy"sv,    "prize"sv,
    "award"sv,         "awards"sv,    "cup"sv,      "trophy"sv,    "memorial"sv,   "day"sv,
    "hall"sv,          "house"sv,     "tower"sv,    "fund"sv,      "trust"sv,      "law"sv,
    "act"sv,           "plan"sv,      "report"sv,   "index"sv,     "theatre"sv,    "theater"sv,
    "church"sv,        "cathedral"sv, "mosque"sv,   "temple"sv,    "palace"sv,     "castle"sv,
    "hotel"sv,         "festival"sv,  "games"sv,    "open"sv,      "prix"sv,       "championship"sv,
    "championships"sv, "tour"sv,      "marathon"sv, "show"sv,      "project"sv,    "programme"sv,
    "program"sv,       "doctrine"sv,  "medal"sv,    "library"sv,   "collection"sv, "musee"sv,
    "lycee"sv,         "ecole"sv,     "museo"sv,    "premio"sv,    "colegio"sv,    "escuela"sv,
    "copa"sv,          "torneo"sv,    "preis"sv,    "schule"sv,    "kirche"sv,     "haus"sv,
    "halle"sv,         "turm"sv,      "pokal"sv,    "gymnasium"sv,
};

// Streets and squares, which also name a place in lower case before a name outside English ("rue
// Émile-Legrelle"); then the other places' first words.
constexpr std::array kStreetHeads = {
    "rue"sv,     "place"sv,   "avenue"sv, "boulevard"sv, "quai"sv,   "allee"sv, "impasse"sv, "calle"sv,
    "calzada"sv, "avenida"sv, "plaza"sv,  "paseo"sv,     "piazza"sv, "via"sv,   "viale"sv,   "corso"sv,
};
constexpr std::array kPlaceHeads = {
    "puente"sv, "barrio"sv, "aeropuerto"sv, "estadio"sv, "rio"sv,  "pont"sv, "quartier"sv,  "aeroport"sv,
    "gare"sv,   "stade"sv,  "lac"sv,        "mount"sv,   "lake"sv, "port"sv, "flughafen"sv, "bahnhof"sv,
};

constexpr std::array kConnectors = {
    "of"sv, "for"sv, "and"sv, "the"sv, "de"sv, "del"sv, "la"sv,  "las"sv, "los"sv, "du"sv,    "des"sv,
    "d"sv,  "l"sv,   "et"sv,  "y"sv,   "e"sv,  "fur"sv, "der"sv, "und"sv, "di"sv,  "della"sv, "per"sv,
};

constexpr std::array kSettlementWords = {
    "village"sv,
    "town"sv,
    "hamlet"sv,
    "township"sv,
    "suburb"sv,
    "neighbourhood"sv,
    "neighborhood"sv,
    "commune"sv,
    "localité"sv,
    "hameau"sv,
    "quartier"sv,
    "bourg"sv,
    "pueblo"sv,
    "localidad"sv,
    "aldea"sv,
    "barrio"sv,
    "comuna"sv,
    "caserío"sv,
    "poblado"sv,
    "corregimiento"sv,
    "dorf"sv,
    "ortschaft"sv,
    "gemeinde"sv,
    "stadtteil"sv,
    "ortsteil"sv,
    "weiler"sv,
    "marktgemeinde"sv,
    "bergdorf"sv,
    // Russian and Ukrainian, in the cases a place word takes before a name in apposition ("в селе Ак-Сай").
    "село"sv,
    "села"sv,
    "селе"sv,
    "селу"sv,
    "селом"sv,
    "селі"sv,
    "селище"sv,
    "селища"sv,
    "селищі"sv,
    "деревня"sv,
    "деревни"sv,
    "деревне"sv,
    "поселок"sv,
    "поселка"sv,
    "поселке"sv,
    "станица"sv,
    "станицы"sv,
    "станице"sv,
    "хутор"sv,
    "хутора"sv,
    "хуторе"sv,
    "аул"sv,
    "ауле"sv,
    "аула"sv,
    "кишлак"sv,
    "кишлаке"sv,
    "микрорайон"sv,
    "микрорайоне"sv,
    "мікрорайон"sv,
    "мікрорайоні"sv,
};

constexpr std::array kPluralSettlementWords = {
    "villages"sv,   "towns"sv,   "hamlets"sv, "townships"sv,   "suburbs"sv,   "communes"sv,
    "localites"sv,  "hameaux"sv, "pueblos"sv, "localidades"sv, "aldeas"sv,    "municipios"sv,
    "comunas"sv,    "barrios"sv, "dorfer"sv,  "orte"sv,        "gemeinden"sv, "ortschaften"sv,
    "stadtteile"sv, "села"sv,    "сел"sv,     "деревни"sv,     "поселки"sv,   "селища"sv,
};

constexpr std::array kNotNameWords = {
    // articles, pronouns, prepositions and conjunctions that open sentences
    "the"sv,
    "a"sv,
    "an"sv,
    "this"sv,
    "that"sv,
    "these"sv,
    "those"sv,
    "in"sv,
    "on"sv,
    "at"sv,
    "for"sv,
    "from"sv,
    "with"sv,
    "by"sv,
    "after"sv,
    "before"sv,
    "but"sv,
    "and"sv,
    "or"sv,
    "if"sv,
    "when"sv,
    "while"sv,
    "as"sv,
    "he"sv,
    "she"sv,
    "it"sv,
    "they"sv,
    "we"sv,
    "i"sv,
    "his"sv,
    "her"sv,
    "their"sv,
    "its"sv,
    "our"sv,
    "there"sv,
    "then"sv,
    "according"sv,
    "some"sv,
    "many"sv,
    "most"sv,
    "all"sv,
    "der"sv,
    "die"sv,
    "das"sv,
    "den"sv,
    "dem"sv,
    "des"sv,
    "ein"sv,
    "eine"sv,
    "einer"sv,
    "eines"sv,
    "im"sv,
    "am"sv,
    "vom"sv,
    "zum"sv,
    "zur"sv,
    "nach"sv,
    "mit"sv,
    "fur"sv,
    "auf"sv,
    "aus"sv,
    "bei"sv,
    "und"sv,
    "aber"sv,
    "er"sv,
    "sie"sv,
    "es"sv,
    "wir"sv,
    "ich"sv,
    "seit"sv,
    "laut"sv,
    "le"sv,
    "la"sv,
    "les"sv,
    "l"sv,
    "un"sv,
    "une"sv,
    "des"sv,
    "du"sv,
    "au"sv,
    "aux"sv,
    "dans"sv,
    "pour"sv,
    "par"sv,
    "selon"sv,
    "mais"sv,
    "et"sv,
    "il"sv,
    "elle"sv,
    "ils"sv,
    "elles"sv,
    "on"sv,
    "ce"sv,
    "cette"sv,
    "el"sv,
    "los"sv,
    "las"sv,
    "una"sv,
    "en"sv,
    "con"sv,
    "por"sv,
    "para"sv,
    "segun"sv,
    "pero"sv,
    "y"sv,
    "ella"sv,
    "ellos"sv,
    "este"sv,
    "esta"sv,
    // adverbs and conjunctions that open sentences
    "yesterday"sv,
    "today"sv,
    "tomorrow"sv,
    "however"sv,
    "meanwhile"sv,
    "also"sv,
    "still"sv,
    "now"sv,
    "later"sv,
    "earlier"sv,
    "instead"sv,
    "although"sv,
    "though"sv,
    "since"sv,
    "because"sv,
    "during"sv,
    "despite"sv,
    "among"sv,
    "where"sv,
    "heute"sv,
    "gestern"sv,
    "morgen"sv,
    "auch"sv,
    "doch"sv,
    "noch"sv,
    "nun"sv,
    "jetzt"sv,
    "dann"sv,
    "zudem"sv,
    "als"sv,
    "wie"sv,
    "wenn"sv,
    "hier"sv,
    "demain"sv,
    "ainsi"sv,
    "alors"sv,
    "puis"sv,
    "depuis"sv,
    "lors"sv,
    "encore"sv,
    "aussi"sv,
    "ayer"sv,
    "hoy"sv,
    "manana"sv,
    "tambien"sv,
    "ademas"sv,
    "luego"sv,
    "despues"sv,
    "cuando"sv,
    "aunque"sv,
    "mientras"sv,
    "desde"sv,
    "tras"sv,
    "вчера"sv,
    "сегодня"sv,
    "завтра"sv,
    "также"sv,
    "однако"sv,
    "после"sv,
    "перед"sv,
    "для"sv,
    "из"sv,
    "от"sv,
    "о"sv,
    "к"sv,
    "со"sv,
    "во"sv,
    "не"sv,
    "уже"sv,
    "когда"sv,
    "хотя"sv,
    "если"sv,
    "ранее"sv,
    "вчора"sv,
    "сьогодні"sv,
    "також"sv,
    "однак"sv,
    "проте"sv,
    "після"sv,
    "з"sv,
    "від"sv,
    "про"sv,
    "коли"sv,
    "хоча"sv,
    "якщо"sv,
    "раніше"sv,
    // weekdays and months, capitalised in English and German
    "monday"sv,
    "tuesday"sv,
    "wednesday"sv,
    "thursday"sv,
    "friday"sv,
    "saturday"sv,
    "sunday"sv,
    "january"sv,
    "february"sv,
    "march"sv,
    "april"sv,
    "may"sv,
    "june"sv,
    "july"sv,
    "august"sv,
    "september"sv,
    "october"sv,
    "november"sv,
    "december"sv,
    "montag"sv,
    "dienstag"sv,
    "mittwoch"sv,
    "donnerstag"sv,
    "freitag"sv,
    "samstag"sv,
    "sonntag"sv,
    "januar"sv,
    "februar"sv,
    "marz"sv,
    "mai"sv,
    "juni"sv,
    "juli"sv,
    "oktober"sv,
    "dezember"sv,
    // Cyrillic sentence openers
    "в"sv,
    "на"sv,
    "по"sv,
    "с"sv,
    "и"sv,
    "но"sv,
    "он"sv,
    "она"sv,
    "они"sv,
    "это"sv,
    "как"sv,
    "у"sv,
    "за"sv,
    "до"sv,
    "він"sv,
    "вона"sv,
    "вони"sv,
    "це"sv,
    "як"sv,
    "та"sv,
    "й"sv,
};

} // namespace

// Per language: "Mayor" is a title in English but "main" in Spanish (Plaza Mayor).
bool is_honorific(std::string_view key) {
    return in(kHonorifics, key);
}

bool is_name_particle(std::string_view key) {
    return in(kNameParticles, key);
}

bool is_org_noun(std::string_view key, std::string_view lang) {
    if (in_set<kOrgNouns>(key) || starts_with_any(kCyrillicOrgStems, key)) {
        return true;
    }
    return lang == "de" && german_compound_of(kGermanOrgNouns, key);
}

bool is_org_tail(std::string_view key) {
    return in_set<kOrgTails>(key);
}

bool is_org_head(std::string_view key) {
    return in_set<kOrgHeads>(key);
}

bool is_org_tail_pair(std::string_view first, std::string_view second) {
    return std::any_of(kOrgTailPairs.begin(), kOrgTailPairs.end(),
                       [&](const auto& pair) { return first == pair.first && second == pair.second; });
}

bool is_org_word(std::string_view key) {
    return in(kOrgWords, key) || starts_with_any(kCyrillicOrgWordStems, key);
}

bool is_place_tail(std::string_view key) {
    return in_set<kPlaceTails>(key);
}

bool is_place_head(std::string_view key) {
    return in_set<kStreetHeads>(key) || in_set<kPlaceHeads>(key);
}

bool is_street_head(std::string_view key) {
    return in(kStreetHeads, key);
}

bool is_settlement_word(std::string_view key) {
    return in(kSettlementWords, key) || in(kPluralSettlementWords, key);
}

bool is_plural_settlement_word(std::string_view key) {
    return in(kPluralSettlementWords, key);
}

bool is_article(std::string_view key) {
    static constexpr std::array kArticles = {"the"sv, "a"sv,   "an"sv, "le"sv,  "la"sv,  "les"sv, "l"sv,
                                             "un"sv,  "une"sv, "el"sv, "los"sv, "las"sv, "una"sv};
    return in(kArticles, key);
}

bool is_name_noun(std::string_view key) {
    return in(kNameNouns, key);
}

bool is_connector(std::string_view key) {
    return in_set<kConnectors>(key);
}

bool is_not_a_name_word(std::string_view key) {
    // Asked of every capitalised word: the list is long enough that a linear search showed in profiles.
    static const std::unordered_set<std::string_view> kWords(kNotNameWords.begin(), kNotNameWords.end());
    return kWords.contains(key);
}

} // namespace lede::extract::names::cues
