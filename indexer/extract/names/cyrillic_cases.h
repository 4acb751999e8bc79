#pragma once

// A Russian or Ukrainian person's name in the case its clause put it in, back in the nominative that
// ids are made of: "по словам губернатора Игоря Артамонова" names Игорь Артамонов, `igor-artamonov`.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::names {

/// One word of a name: as written, and its folded key (lower case).
struct NameWord {
    std::string_view raw;
    std::string_view key;
};

/// The nominative of a name of two or three words (given name, patronymic, surname), read from the
/// given name: a case ending off it leaves a given name of the lexicon only in an oblique case
/// ("Игоря" → Игорь, "Анны" → Анна), and the other words follow it where their ending is sure
/// (-ов/-ев/-ин, -ский/-цкий, -ович/-овна: "Артамонова" → Артамонов, "Смирновой" → Смирнова,
/// "Зеленского" → Зеленский). nullopt when the name is already nominative or its case is unclear.
[[nodiscard]] std::optional<std::string> nominative_name(const std::vector<NameWord>& words);

} // namespace lede::extract::names
