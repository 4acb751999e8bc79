#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>
#include <xapian.h>

namespace lede {

/// Keeps the stem → words table (common/stem_forms.h) up to
/// date for the documents of a batch. Most words of a batch are already
/// there, so the pairs known to be stored are remembered and only new ones
/// are looked up and written; that memory is capped, and forgetting only
/// costs a lookup.
class StemFormWriter {
public:
    /// Remembered (stem, word) pairs at most; about 64 bytes each.
    static constexpr std::size_t kMaxRemembered = std::size_t{1} << 18;

    /// Queues the pairs of one document of the batch in flight.
    void add(const std::vector<std::pair<std::string, std::string>>& forms);
    /// Adds the queued pairs the table lacks, inside the caller's transaction.
    void write(Xapian::WritableDatabase& db);
    /// After the batch committed: its pairs are stored.
    void committed();
    /// After the batch was cancelled: its pairs were not stored.
    void cancelled() noexcept;

private:
    [[nodiscard]] static std::string key(const std::string& stem, const std::string& word);

    std::map<std::string, std::set<std::string>> queued_; ///< stem → words, sorted: one table entry at a time
    std::unordered_set<std::string> stored_;
};

} // namespace lede
