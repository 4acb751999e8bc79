#pragma once

#include <lede/searcher.h>

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lede {

/// Reads what a hit shows from a document's stored record (the JSON of
/// term_scheme::kSlotRecord) without building a JSON tree. Every hit reads
/// one, and nlohmann's parser took 19.5 µs a record against simdjson's
/// on-demand 1.3 µs (measured on the peers' 100k index), most of a rare-word
/// query. One per thread, like the Searcher that holds it.
class HitRecordReader {
public:
    HitRecordReader();
    ~HitRecordReader();
    HitRecordReader(const HitRecordReader&) = delete;
    HitRecordReader& operator=(const HitRecordReader&) = delete;

    /// Sets `hit`'s id, title, date, lang, url, source, entities, casualties
    /// and mentioned dates from `record`; a field of the wrong type is left
    /// empty. With `figure_spans`, appends the body byte spans of the stated
    /// casualty figures to it. Throws IndexError naming `document` when the
    /// record is not a JSON object.
    void read(std::string record, const std::string& document, Hit& hit,
              std::vector<std::pair<std::size_t, std::size_t>>* figure_spans = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace lede
