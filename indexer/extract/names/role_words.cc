// Role words: a person's name follows them ("Mayor Abdulmenam al-Ghaithi", "survivor Fatima Ali",
// "губернатора Игоря Артамонова"). Officials, and the occupations news quotes people by: residents,
// witnesses, rescuers, athletes, singers. Not royal and religious titles, which as often open the name
// of a place or building ("King Fahd Causeway", "Imam Ali Mosque", "Rey Juan Carlos University").
// Keys are accent folded, as the analyser gives them.

#include "indexer/extract/names/name_cues.h"

#include "indexer/extract/names/word_lists.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>

namespace lede::extract::names::cues {
namespace {

using namespace std::string_view_literals;

// With a judge's title ("Justice Christopher Beale"; "Justice Department" has no name after it) and the
// clergy's ("Cardinal Malcolm Ranjith"; a street or school named after one ends in its place or org word),
// but not "Imam", which opens the names of shrines, mosques and airports ("Imam Ali Shrine").
constexpr std::array kEnglishRoles = {
    "president"sv,     "minister"sv,       "chancellor"sv,    "mayor"sv,         "governor"sv,
    "senator"sv,       "spokesman"sv,      "spokeswoman"sv,   "spokesperson"sv,  "analyst"sv,
    "economist"sv,     "expert"sv,         "professor"sv,     "general"sv,       "colonel"sv,
    "captain"sv,       "judge"sv,          "prosecutor"sv,    "lawyer"sv,        "ambassador"sv,
    "secretary"sv,     "director"sv,       "chairman"sv,      "chairwoman"sv,    "ceo"sv,
    "chief"sv,         "commander"sv,      "coach"sv,         "striker"sv,       "goalkeeper"sv,
    "midfielder"sv,    "defender"sv,       "journalist"sv,    "correspondent"sv, "researcher"sv,
    "scientist"sv,     "historian"sv,      "seismologist"sv,  "politician"sv,    "leader"sv,
    "lawmaker"sv,      "activist"sv,       "officer"sv,       "inspector"sv,     "detective"sv,
    "sergeant"sv,      "lieutenant"sv,     "doctor"sv,        "surgeon"sv,       "founder"sv,
    "manager"sv,       "strategist"sv,     "meteorologist"sv, "volcanologist"sv, "envoy"sv,
    "head"sv,          "premier"sv,        "speaker"sv,       "candidate"sv,     "nominee"sv,
    "singer"sv,        "rapper"sv,         "actor"sv,         "actress"sv,       "musician"sv,
    "artist"sv,        "writer"sv,         "author"sv,        "novelist"sv,      "filmmaker"sv,
    "athlete"sv,       "player"sv,         "forward"sv,       "winger"sv,        "sprinter"sv,
    "swimmer"sv,       "boxer"sv,          "cyclist"sv,       "resident"sv,      "witness"sv,
    "survivor"sv,      "farmer"sv,         "teacher"sv,       "nurse"sv,         "paramedic"sv,
    "firefighter"sv,   "rescuer"sv,        "volunteer"sv,     "engineer"sv,      "pilot"sv,
    "official"sv,      "representative"sv, "negotiator"sv,    "diplomat"sv,      "businessman"sv,
    "businesswoman"sv, "billionaire"sv,    "entrepreneur"sv,  "justice"sv,       "cardinal"sv,
    "archbishop"sv,    "bishop"sv,         "rabbi"sv,         "pastor"sv,        "reverend"sv,
    "cleric"sv,        "preacher"sv,       "priest"sv,
};

constexpr std::array kFrenchRoles = {
    // accents folded
    "president"sv,   "general"sv,      "expert"sv,        "presidente"sv,  "ministre"sv,    "maire"sv,
    "parole"sv,      "analyste"sv,     "economiste"sv,    "experte"sv,     "professeur"sv,  "docteur"sv,
    "juge"sv,        "procureur"sv,    "avocat"sv,        "avocate"sv,     "ambassadeur"sv, "directeur"sv,
    "directrice"sv,  "entraineur"sv,   "selectionneur"sv, "attaquant"sv,   "depute"sv,      "deputee"sv,
    "senateur"sv,    "chercheur"sv,    "chercheuse"sv,    "historien"sv,   "sismologue"sv,  "journaliste"sv,
    "gouverneur"sv,  "prefet"sv,       "commissaire"sv,   "envoye"sv,      "chef"sv,        "cheffe"sv,
    "candidat"sv,    "candidate"sv,    "chanteur"sv,      "chanteuse"sv,   "acteur"sv,      "actrice"sv,
    "joueur"sv,      "joueuse"sv,      "habitant"sv,      "habitante"sv,   "temoin"sv,      "survivant"sv,
    "survivante"sv,  "agriculteur"sv,  "enseignant"sv,    "enseignante"sv, "infirmier"sv,   "infirmiere"sv,
    "pompier"sv,     "secouriste"sv,   "benevole"sv,      "ingenieur"sv,   "pilote"sv,      "chauffeur"sv,
    "responsable"sv, "representant"sv, "diplomate"sv,     "ecrivain"sv,    "ecrivaine"sv,   "artiste"sv,
    "cardinal"sv,    "archeveque"sv,   "eveque"sv,        "rabbin"sv,      "pasteur"sv,
};

constexpr std::array kSpanishRoles = {
    "presidente"sv,  "presidenta"sv,    "director"sv,      "doctor"sv,        "general"sv,     "ministro"sv,
    "ministra"sv,    "alcalde"sv,       "alcaldesa"sv,     "portavoz"sv,      "analista"sv,    "economista"sv,
    "experto"sv,     "experta"sv,       "profesor"sv,      "profesora"sv,     "doctora"sv,     "juez"sv,
    "jueza"sv,       "fiscal"sv,        "abogado"sv,       "abogada"sv,       "embajador"sv,   "directora"sv,
    "jefe"sv,        "jefa"sv,          "entrenador"sv,    "seleccionador"sv, "delantero"sv,   "diputado"sv,
    "diputada"sv,    "senador"sv,       "investigador"sv,  "investigadora"sv, "historiador"sv, "sismologo"sv,
    "periodista"sv,  "gobernador"sv,    "consejero"sv,     "consejera"sv,     "enviado"sv,     "enviada"sv,
    "reina"sv,       "candidato"sv,     "candidata"sv,     "cantante"sv,      "actor"sv,       "actriz"sv,
    "jugador"sv,     "jugadora"sv,      "futbolista"sv,    "tenista"sv,       "ciclista"sv,    "vecino"sv,
    "vecina"sv,      "testigo"sv,       "superviviente"sv, "agricultor"sv,    "agricultora"sv, "maestro"sv,
    "maestra"sv,     "enfermero"sv,     "enfermera"sv,     "bombero"sv,       "bombera"sv,     "voluntario"sv,
    "voluntaria"sv,  "ingeniero"sv,     "ingeniera"sv,     "piloto"sv,        "conductor"sv,   "conductora"sv,
    "responsable"sv, "representante"sv, "diplomatico"sv,   "empresario"sv,    "empresaria"sv,  "escritor"sv,
    "escritora"sv,   "artista"sv,       "cardenal"sv,      "arzobispo"sv,     "obispo"sv,      "rabino"sv,
    "sacerdote"sv,
};

constexpr std::array kRussianRoles = {
    // most are Ukrainian words too
    "президент"sv,        "премьер"sv,         "министр"sv,      "мэр"sv,
    "губернатор"sv,       "глава"sv,           "секретарь"sv,    "представитель"sv,
    "аналитик"sv,         "экономист"sv,       "эксперт"sv,      "политолог"sv,
    "профессор"sv,        "директор"sv,        "председатель"sv, "генерал"sv,
    "полковник"sv,        "судья"sv,           "прокурор"sv,     "генпрокурор"sv,
    "омбудсмен"sv,        "адвокат"sv,         "посол"sv,        "депутат"sv,
    "сенатор"sv,          "тренер"sv,          "нападающий"sv,   "журналист"sv,
    "корреспондент"sv,    "исследователь"sv,   "историк"sv,      "сейсмолог"sv,
    "командир"sv,         "лидер"sv,           "спикер"sv,       "руководитель"sv,
    "стратег"sv,          "социолог"sv,        "посланник"sv,

    "кандидат"sv,         "певец"sv,           "певица"sv,       "актер"sv,
    "актриса"sv,          "игрок"sv,           "футболист"sv,    "житель"sv,
    "жительница"sv,       "очевидец"sv,        "свидетель"sv,    "фермер"sv,
    "учитель"sv,          "учительница"sv,     "медсестра"sv,    "пожарный"sv,
    "спасатель"sv,        "волонтер"sv,        "инженер"sv,      "пилот"sv,
    "водитель"sv,         "чиновник"sv,        "дипломат"sv,

    "бизнесмен"sv,        "журналистка"sv,     "депутатка"sv,    "представительница"sv,
    "руководительница"sv, "предприниматель"sv, "писатель"sv,     "писательница"sv,
    "художник"sv,         "кардинал"sv,        "архиепископ"sv,  "епископ"sv,
    "митрополит"sv,       "патриарх"sv,        "раввин"sv,       "священник"sv,
    "военный"sv,          "военнослужащий"sv,  "вицепремьер"sv,
};

constexpr std::array kUkrainianRoles = {
    "прем'єр"sv,     "міністр"sv,     "голова"sv,      "речник"sv,      "речниця"sv,
    "секретар"sv,    "представник"sv, "аналітик"sv,    "економіст"sv,   "експерт"sv,
    "політолог"sv,   "суддя"sv,       "депутатка"sv,   "журналістка"sv, "кореспондент"sv,
    "дослідник"sv,   "історик"sv,     "командувач"sv,  "лідер"sv,       "керівник"sv,
    "очільник"sv,    "соціолог"sv,    "посланець"sv,   "кандидатка"sv,  "співак"sv,
    "співачка"sv,    "актор"sv,       "акторка"sv,     "гравець"sv,     "футболіст"sv,
    "мешканець"sv,   "мешканка"sv,    "свідок"sv,      "очевидець"sv,   "вчитель"sv,
    "учитель"sv,     "вчителька"sv,   "пожежник"sv,    "рятувальник"sv, "волонтер"sv,
    "волонтерка"sv,  "інженер"sv,     "пілот"sv,       "водій"sv,       "посадовець"sv,
    "бізнесмен"sv,   "підприємець"sv, "письменник"sv,  "письменниця"sv, "художник"sv,
    "генпрокурор"sv, "прокурорка"sv,  "віцепрем'єр"sv, "військовий"sv,  "військовослужбовець"sv,
};

// German roles, also as the last part of a compound ("Regierungssprecher", "Vorstandschef",
// "Landeshauptmann", "Parteivorsitzende", "Notarzt").
constexpr std::array kGermanRoles = {
    "prasident"sv,        "prasidentin"sv,     "kanzler"sv,
    "kanzlerin"sv,        "minister"sv,        "ministerin"sv,
    "burgermeister"sv,    "burgermeisterin"sv, "sprecher"sv,
    "sprecherin"sv,       "analyst"sv,         "analystin"sv,
    "okonom"sv,           "okonomin"sv,        "experte"sv,
    "expertin"sv,         "professor"sv,       "professorin"sv,
    "trainer"sv,          "leiter"sv,          "leiterin"sv,
    "direktor"sv,         "direktorin"sv,      "richter"sv,
    "richterin"sv,        "staatsanwalt"sv,    "anwalt"sv,
    "anwaltin"sv,         "botschafter"sv,     "kommandeur"sv,
    "abgeordnete"sv,      "politiker"sv,       "politikerin"sv,
    "forscher"sv,         "forscherin"sv,      "wissenschaftler"sv,
    "korrespondent"sv,    "chefin"sv,          "volkswirt"sv,
    "volkswirtin"sv,      "stratege"sv,        "strategin"sv,
    "gesandte"sv,         "kandidat"sv,        "kandidatin"sv,
    "sanger"sv,           "sangerin"sv,        "schauspieler"sv,
    "schauspielerin"sv,   "spieler"sv,         "spielerin"sv,
    "anwohner"sv,         "anwohnerin"sv,      "augenzeuge"sv,
    "augenzeugin"sv,      "landwirt"sv,        "landwirtin"sv,
    "lehrer"sv,           "lehrerin"sv,        "ingenieur"sv,
    "ingenieurin"sv,      "pilot"sv,           "pilotin"sv,
    "fahrer"sv,           "fahrerin"sv,        "vertreter"sv,
    "vertreterin"sv,      "diplomat"sv,        "diplomatin"sv,
    "unternehmer"sv,      "unternehmerin"sv,   "schriftsteller"sv,
    "schriftstellerin"sv, "autor"sv,           "autorin"sv,
    "kunstler"sv,         "kunstlerin"sv,      "chef"sv,
    "hauptmann"sv,        "vorsitzende"sv,     "vorsitzender"sv,
    "senator"sv,          "senatorin"sv,       "gouverneur"sv,
    "kommissar"sv,        "kommissarin"sv,     "sekretar"sv,
    "sekretarin"sv,       "ermittler"sv,       "ermittlerin"sv,
    "polizist"sv,         "polizistin"sv,      "arzt"sv,
    "arztin"sv,           "islamist"sv,        "attentater"sv,
    "angeklagte"sv,       "angeklagter"sv,     "kardinal"sv,
    "erzbischof"sv,       "bischof"sv,         "rabbiner"sv,
    "pfarrer"sv,          "pastor"sv,          "kapitan"sv,
    "kapitanin"sv,        "torwart"sv,         "torhuter"sv,
    "sturmer"sv,          "sturmerin"sv,       "verteidiger"sv,

};

// Russian and Ukrainian put the role in the case of its clause ("по словам губернатора", "с министром"):
// one case ending off the key, and the nominative endings -ь, -й, -а, -я back on.
constexpr std::array kCyrillicCaseEndings = {
    "ами"sv, "ями"sv, "ого"sv, "ому"sv, "ом"sv, "ем"sv, "им"sv, "ым"sv, "ой"sv, "ей"sv,  "ів"sv, "ам"sv,
    "ям"sv,  "а"sv,   "я"sv,   "у"sv,   "ю"sv,  "е"sv,  "і"sv,  "ы"sv,  "и"sv,  "ові"sv, "еві"sv};
constexpr std::array kCyrillicNominativeEndings = {""sv, "ь"sv, "й"sv, "а"sv, "я"sv, "ий"sv, "ый"sv};

// A table's roles without their nominative ending ("министр", "губернатор", "секретар", "глав"): a key
// that is one of these plus a case ending is the role in that case. Made once, on first use.
template <std::size_t N>
[[nodiscard]] const std::set<std::string, std::less<>>&
role_stems(const std::array<std::string_view, N>& roles) {
    static const std::set<std::string, std::less<>> stems = [&roles] {
        std::set<std::string, std::less<>> out;
        for (const std::string_view role : roles) {
            for (const std::string_view nominative : kCyrillicNominativeEndings) {
                if (role.ends_with(nominative)) {
                    out.emplace(role.substr(0, role.size() - nominative.size()));
                }
            }
        }
        return out;
    }();
    return stems;
}

template <std::size_t N>
[[nodiscard]] bool cyrillic_role(const std::array<std::string_view, N>& roles, std::string_view key) {
    if (in(roles, key)) {
        return true;
    }
    constexpr std::size_t kMinStemBytes = 3 * 2; // three Cyrillic letters
    const std::set<std::string, std::less<>>& stems = role_stems(roles);
    return std::any_of(kCyrillicCaseEndings.begin(), kCyrillicCaseEndings.end(),
                       [&](std::string_view ending) {
                           return key.size() >= ending.size() + kMinStemBytes && key.ends_with(ending) &&
                                  stems.contains(key.substr(0, key.size() - ending.size()));
                       });
}

// "exministro", "expresidenta", "exdirector": Spanish writes "former" as a prefix of the role.
[[nodiscard]] bool spanish_former(std::string_view key) {
    constexpr std::string_view kFormer = "ex";
    return key.starts_with(kFormer) && in(kSpanishRoles, key.substr(kFormer.size()));
}

} // namespace

bool is_oblique_role(std::string_view key, std::string_view lang) {
    return (lang == "ru" || lang == "uk") && !in(kRussianRoles, key) && !in(kUkrainianRoles, key) &&
           (cyrillic_role(kRussianRoles, key) || (lang == "uk" && cyrillic_role(kUkrainianRoles, key)));
}

bool is_role(std::string_view key, std::string_view lang) {
    const bool any =
        lang != "en" && lang != "fr" && lang != "es" && lang != "ru" && lang != "uk" && lang != "de";
    return ((any || lang == "en") && in_set<kEnglishRoles>(key)) ||
           ((any || lang == "fr") && in_set<kFrenchRoles>(key)) ||
           ((any || lang == "es") && (in_set<kSpanishRoles>(key) || spanish_former(key))) ||
           ((any || lang == "ru" || lang == "uk") && cyrillic_role(kRussianRoles, key)) ||
           ((any || lang == "uk") && cyrillic_role(kUkrainianRoles, key)) ||
           ((any || lang == "de") && (in_set<kGermanRoles>(key) || german_compound_of(kGermanRoles, key)));
}

} // namespace lede::extract::names::cues
