#include "indexer/stem_form_writer.h"

#include "common/term_scheme.h"

namespace lede {
namespace ts = term_scheme;

std::string StemFormWriter::key(const std::string& stem, const std::string& word) {
    std::string joined;
    joined.reserve(stem.size() + word.size() + 1);
    joined.append(stem).push_back('\0');
    joined.append(word);
    return joined;
}

void StemFormWriter::add(const std::vector<std::pair<std::string, std::string>>& forms) {
    for (const auto& [stem, word] : forms) {
        if (!stored_.contains(key(stem, word))) {
            queued_[stem].insert(word);
        }
    }
}

void StemFormWriter::write(Xapian::WritableDatabase& db) {
    for (const auto& [stem, words] : queued_) {
        const std::string entry = std::string(ts::kStemForms) + stem;
        std::set<std::string> present;
        for (auto form = db.synonyms_begin(entry); form != db.synonyms_end(entry); ++form) {
            present.insert(*form);
        }
        // Xapian rewrites an entry each time the term it adds to changes, so
        // the words of one stem go in together.
        for (const std::string& word : words) {
            if (!present.contains(word)) {
                db.add_synonym(entry, word);
            }
        }
    }
}

void StemFormWriter::committed() {
    std::size_t queued = 0;
    for (const auto& entry : queued_) {
        queued += entry.second.size();
    }
    if (stored_.size() + queued > kMaxRemembered) {
        stored_.clear();
    }
    for (const auto& [stem, words] : queued_) {
        for (const std::string& word : words) {
            if (stored_.size() < kMaxRemembered) {
                stored_.insert(key(stem, word));
            }
        }
    }
    queued_.clear();
}

void StemFormWriter::cancelled() noexcept {
    queued_.clear();
}

} // namespace lede
