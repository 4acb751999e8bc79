#include "indexer/stem_form_writer.h"

#include "common/stem_forms.h"

namespace lede {

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
        const std::string entry = stem_forms::key(stem);
        const std::string stored = db.get_metadata(entry);
        std::set<std::string> present;
        stem_forms::decode_into(stored, present);
        const std::size_t before = present.size();
        present.insert(words.begin(), words.end());
        if (present.size() != before) {
            db.set_metadata(entry, stem_forms::encode(present));
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
