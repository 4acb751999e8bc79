#pragma once

#include <lede/analyzer.h>

#include "common/entities/entity_table.h"

#include <string_view>
#include <vector>

namespace lede::extract::places {

/// One analysed text of an article and the entity mentions found in it.
struct MentionedText {
    std::string_view text;
    const std::vector<Token>& tokens;
    std::vector<EntityMention>& mentions;
    bool is_title = false; ///< headlines capitalise every word ("Floods Hit Lagos After Storm")
};

/// The places idea's entry point: drops the mentions of `weak` aliases (towns
/// below kSelfEvidentPopulation, names that are also given names or common
/// words) that the article does not support. A weak mention must be written
/// as a name (capitalised in a cased script, not part of a longer capitalised
/// name) and its entity must have, somewhere in the article:
/// - an ancestor named by a mention that needs no evidence (its region or
///   country: "Kupiansk … Kharkiv Oblast");
/// - a place word before or after it ("the city of X", "город X", "X市",
///   "مدينة X", "จังหวัดX");
/// - the dateline ("LAGOS, 3 May —");
/// - or a locative preposition before it ("in X", "в X", "à X"), with perhaps
///   one adjective between ("in nearby X", "im italienischen X", "в
///   подмосковном X"), which does not settle a name that is also a common
///   word ("in Split" may be a phrase).
/// In Chinese, Japanese, Thai and Arabic, which have no capitals, a named
/// country is no evidence for a town (a Han pair is as often a word), except
/// for an Arabic town after a preposition of place ("في بنغازي" with Libya named).
/// A GeoNames name that needs no evidence must still be written as a name
/// ("Vladimir Putin" names no region, "Santiago Bernabéu" no city). A place
/// written in lower case never counts. The rest of the article's mentions
/// pass unchanged. `lang` is the article's.
void keep_supported(std::vector<MentionedText>& texts, std::string_view lang, const EntityTable& table);

} // namespace lede::extract::places
