#include "searcher/passage_locator.h"

#include <algorithm>

namespace lede {
namespace {

using Positions = PassageLocator::Positions;

void append_positions(Xapian::TermIterator& term, Positions& out) {
    for (auto position = term.positionlist_begin(); position != term.positionlist_end(); ++position) {
        out.push_back(*position);
    }
}

void append_positions(const Xapian::Database& db, Xapian::docid docid, const std::string& term,
                      Positions& out) {
    for (auto position = db.positionlist_begin(docid, term); position != db.positionlist_end(docid, term);
         ++position) {
        out.push_back(*position);
    }
}

void sort_unique(Positions& positions) {
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
}

} // namespace

PassageLocator::PassageLocator(const HighlightSpec& spec) {
    for (const std::vector<WordMatch>& sequence : spec.sequences) {
        std::vector<WordTerms> words;
        for (const WordMatch& word : sequence) {
            WordTerms terms{{word.term}, word.prefix};
            if (!word.prefix) {
                for (const std::string& form : word.forms) {
                    if (form != word.term) {
                        terms.terms.push_back(form);
                    }
                }
            }
            words.push_back(std::move(terms));
        }
        if (!words.empty()) {
            parts_.push_back(std::move(words));
        }
    }
    for (const std::string& cjk : spec.cjk_strings) {
        parts_.push_back({WordTerms{{cjk}, false}});
    }
    for (const auto& part : parts_) {
        for (const WordTerms& word : part) {
            if (!word.prefix) {
                wanted_.insert(wanted_.end(), word.terms.begin(), word.terms.end());
            }
        }
    }
    std::sort(wanted_.begin(), wanted_.end());
    wanted_.erase(std::unique(wanted_.begin(), wanted_.end()), wanted_.end());
}

std::vector<PassageLocator::Positions> PassageLocator::read_positions(const Xapian::Database& db,
                                                                      Xapian::docid docid) const {
    // A term that does not index the document has no positions there.
    std::vector<Positions> found(wanted_.size());
    for (std::size_t i = 0; i < wanted_.size(); ++i) {
        append_positions(db, docid, wanted_[i], found[i]);
    }
    return found;
}

std::optional<std::size_t>
PassageLocator::best_sentence(const Xapian::Database& db, Xapian::docid docid,
                              const Xapian::Document& document,
                              const std::vector<term_scheme::SentenceStart>& starts,
                              const std::vector<std::pair<std::size_t, std::size_t>>& evidence) const {
    if (starts.empty()) {
        return std::nullopt;
    }
    return best_sentence(read_positions(db, docid), document, starts, evidence);
}

std::optional<std::size_t>
PassageLocator::best_sentence(const std::vector<Positions>& found, const Xapian::Document& document,
                              const std::vector<term_scheme::SentenceStart>& starts,
                              const std::vector<std::pair<std::size_t, std::size_t>>& evidence) const {
    if (starts.empty() || found.size() != wanted_.size()) {
        return std::nullopt;
    }
    const auto word_positions = [&](const WordTerms& word) {
        Positions positions;
        if (word.prefix) {
            const std::string& prefix = word.terms.front();
            Xapian::TermIterator term = document.termlist_begin();
            for (term.skip_to(prefix); term != document.termlist_end() && (*term).starts_with(prefix);
                 ++term) {
                append_positions(term, positions);
            }
        } else {
            for (const std::string& text : word.terms) {
                const auto at = std::lower_bound(wanted_.begin(), wanted_.end(), text);
                const Positions& of_term = found[static_cast<std::size_t>(at - wanted_.begin())];
                positions.insert(positions.end(), of_term.begin(), of_term.end());
            }
        }
        sort_unique(positions);
        return positions;
    };

    // Title positions come before the body's first sentence and count for none.
    const auto sentence_at_position = [&](Xapian::termpos position) -> std::optional<std::size_t> {
        if (position < starts.front().position) {
            return std::nullopt;
        }
        const auto after = std::upper_bound(
            starts.begin(), starts.end(), position,
            [](Xapian::termpos p, const term_scheme::SentenceStart& start) { return p < start.position; });
        return static_cast<std::size_t>(after - starts.begin()) - 1;
    };

    std::vector<std::pair<std::size_t, std::size_t>> occurrences; // (sentence, part)
    for (std::size_t part = 0; part < parts_.size(); ++part) {
        std::vector<Positions> words;
        for (const WordTerms& word : parts_[part]) {
            words.push_back(word_positions(word));
        }
        for (const Xapian::termpos first : words.front()) {
            bool consecutive = true;
            for (std::size_t j = 1; j < words.size() && consecutive; ++j) {
                consecutive = std::binary_search(words[j].begin(), words[j].end(),
                                                 first + static_cast<Xapian::termpos>(j));
            }
            if (const auto sentence = sentence_at_position(first); consecutive && sentence) {
                occurrences.emplace_back(*sentence, part);
            }
        }
    }
    for (const auto& [begin, end] : evidence) {
        const auto after = std::upper_bound(
            starts.begin(), starts.end(), begin,
            [](std::size_t byte, const term_scheme::SentenceStart& start) { return byte < start.byte; });
        if (after != starts.begin()) {
            occurrences.emplace_back(static_cast<std::size_t>(after - starts.begin()) - 1, parts_.size());
        }
    }
    if (occurrences.empty()) {
        return std::nullopt;
    }

    std::sort(occurrences.begin(), occurrences.end());
    std::size_t best = occurrences.front().first;
    std::size_t best_score = 0;
    for (std::size_t i = 0; i < occurrences.size();) {
        const std::size_t sentence = occurrences[i].first;
        std::size_t distinct = 0;
        std::size_t count = 0;
        for (; i < occurrences.size() && occurrences[i].first == sentence; ++i) {
            ++count;
            if (count == 1 || occurrences[i].second != occurrences[i - 1].second) {
                ++distinct;
            }
        }
        const std::size_t score = distinct * 4 + std::min<std::size_t>(count, 3);
        if (score > best_score) {
            best_score = score;
            best = sentence;
        }
    }
    return best;
}

} // namespace lede
