#pragma once

#include <string_view>

/// The words around a capitalised run that tell what kind of name it is.
/// Keys are analysed terms (case folded; Latin also without accents).
/// Lexicons cover en, de, fr, es, ru and uk.
namespace lede::extract::names::cues {

/// A title or occupation standing before a person's name: "analyst",
/// "Konjunkturexperte" (German compounds by their last part), "политолог".
[[nodiscard]] bool is_role(std::string_view key, std::string_view lang);
/// A Russian or Ukrainian role in an oblique case ("губернатора"): the name after it is in that case too.
[[nodiscard]] bool is_oblique_role(std::string_view key, std::string_view lang);

/// A form of address that makes even a lone surname a person: Mr, Frau, M., señora.
[[nodiscard]] bool is_honorific(std::string_view key);

/// A word inside a person's name: "de", "van", "bin".
[[nodiscard]] bool is_name_particle(std::string_view key);

/// A noun introducing an organisation's name: "consultancy", "компании",
/// "Beratungsgesellschaft".
[[nodiscard]] bool is_org_noun(std::string_view key, std::string_view lang);

/// The last word of an organisation's name: "Research", "Institute", "Bank".
[[nodiscard]] bool is_org_tail(std::string_view key);

/// The first word of an organisation's name: "Ministry", "Consejo", "Université".
[[nodiscard]] bool is_org_head(std::string_view key);

/// The last two words of an organisation's name: "Red Cross", "Red Crescent"
/// (English names only: another language's would not get the English id).
[[nodiscard]] bool is_org_tail_pair(std::string_view first, std::string_view second);

/// A word anywhere in an organisation's name (not at its edge, so too vague
/// alone to type a capitalised run): "Alliance", "Front", "партия" (by stem),
/// "Bündnis". Read with other evidence, such as an acronym it expands.
[[nodiscard]] bool is_org_word(std::string_view key);

/// The last word of a place's name: "Street", "Bridge", "Airport".
[[nodiscard]] bool is_place_tail(std::string_view key);

/// The first word of a place's name: "Calle", "Rue", "Aeropuerto".
[[nodiscard]] bool is_place_head(std::string_view key);
/// A street's or square's first word ("rue", "calzada", "piazza"): a place head that, in lower case before a
/// name outside English, makes that name a street's, head and all ("rue Émile-Legrelle").
[[nodiscard]] bool is_street_head(std::string_view key);

/// A word for a settlement or a part of one after which (and "of", "de") a name is a place's: "the village of
/// Solhan", "le quartier de Coronthie", "la localidad de Alausí", "im Stadtteil Bürrig".
[[nodiscard]] bool is_settlement_word(std::string_view key);
/// A plural one, whose names may follow as a list ("the villages of A, B and C", "die Orte A, B und C").
[[nodiscard]] bool is_plural_settlement_word(std::string_view key);

/// A noun that ends the name of an institution, a building, a prize or an
/// event named after a person: "Museum", "Hall", "Prize", "Cup", "Preis".
/// Some are surnames too (Hall, Day): they stop only names without a cue.
[[nodiscard]] bool is_name_noun(std::string_view key);

/// A verb of saying that stands right before a quoted person's name ("said", "sagte", "dijo",
/// "заявил", the French participle of "a déclaré"; also "according to": selon, laut, según).
[[nodiscard]] bool is_speech_before_name(std::string_view key, std::string_view lang);

/// A verb of saying that stands right after a quoted person's name ("said", "sagte", "dijo",
/// "заявил"; French present "déclare", "estime").
[[nodiscard]] bool is_speech_after_name(std::string_view key, std::string_view lang);

/// A lower-case word joining the words of a long name: "of", "de", "für".
[[nodiscard]] bool is_connector(std::string_view key);

/// An article: "the", "a", "la", "los", "une".
[[nodiscard]] bool is_article(std::string_view key);

/// A capitalised word that starts a sentence or a name but is not part of it:
/// articles, pronouns, prepositions, weekdays and months.
[[nodiscard]] bool is_not_a_name_word(std::string_view key);

} // namespace lede::extract::names::cues
