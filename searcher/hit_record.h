#pragma once

#include <lede/searcher.h>

#include "common/stored_record.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace lede {

/// Sets `hit`'s id, title, date, lang, url, source, entities, casualties and
/// mentioned dates (distinct, in text order) from its article's stored record.
/// With `figure_spans`, appends the byte spans of the stated casualty figures
/// to it (the snippet's evidence under a casualty filter).
void hit_from_record(stored_record::Record&& record, Hit& hit,
                     std::vector<std::pair<std::size_t, std::size_t>>* figure_spans = nullptr);

} // namespace lede
