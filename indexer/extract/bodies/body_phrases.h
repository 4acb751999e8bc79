#pragma once

// The words that name a public body in each language (body_phrases.cc), for public_bodies.cc.

#include <cstdint>
#include <span>
#include <string_view>

namespace lede::extract::bodies {

/// What a phrase names.
struct BodyKind {
    std::string_view id;   ///< a ministry's id before "-of-<country>"; a local service's after "<place>-"
    std::string_view name; ///< the English name's part: "Ministry of Health", "Fire Department"
    bool local = false;    ///< a service of the town or region beside it, not a ministry of a country
};

/// One wording of a body in one language. Ministries stand beside a country ("Morocco's Interior
/// Ministry", "МВД Марокко"); local services beside a town or region ("Polizei Köln", "Cuerpo de Bomberos
/// de Riobamba", 長野県警, ตำรวจภูธรจังหวัดปทุมธานี).
struct PhraseRow {
    std::string_view lang;
    std::string_view phrase;
    std::uint8_t kind = 0;         ///< index into body_kinds()
    std::string_view country = {}; ///< the country the phrase itself names ("Bundes-": Germany)
    bool any_case = false;         ///< a local service's lower-case form names it too ("parquet de Mons")
    bool onto_prefecture =
        false; ///< ja: written onto a prefecture's 県, 府 or 道 (長野県警), not 警備, 警視庁
};

[[nodiscard]] std::span<const BodyKind> body_kinds();
/// Longer wordings before the shorter ones they begin with.
[[nodiscard]] std::span<const PhraseRow> body_phrases();

} // namespace lede::extract::bodies
