#pragma once

#include "common/term_scheme.h"

#include "searcher/highlight_spec.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>
#include <xapian.h>

namespace lede {

/// Chooses the sentence a hit's snippet shows from the hit's position lists
/// and its stored sentence starts, so that the highlighter analyses only that
/// passage instead of the whole article. Scores as the highlighter does: the
/// sentence with the most distinct query parts, then the most matches, the
/// earliest on a tie. Built once per search from its HighlightSpec.
class PassageLocator {
public:
    explicit PassageLocator(const HighlightSpec& spec);

    /// The index in `starts` of the best sentence, or nullopt when no part of
    /// the query has an occurrence in the document's position lists (a match
    /// by accent folding or by CJK characters only): then only analysing the
    /// text can tell. `evidence` are byte spans that count as one more part.
    /// `docid` is the document's in `db` (of a combined database, not the
    /// shard's own docid that Document::get_docid() gives).
    /// Positions come from `db`'s position table by (docid, term): the
    /// document's term list is compressed in Xapian's glass tables, and
    /// inflating it for every hit cost a fifth of a search with snippets.
    /// Only a prefix (`kill*`) walks the term list of `document`.
    [[nodiscard]] std::optional<std::size_t>
    best_sentence(const Xapian::Database& db, Xapian::docid docid, const Xapian::Document& document,
                  const std::vector<term_scheme::SentenceStart>& starts,
                  const std::vector<std::pair<std::size_t, std::size_t>>& evidence) const;

    using Positions = std::vector<Xapian::termpos>;
    /// The reads of best_sentence apart from its choice, so that a cluster
    /// can read the hits of each shard on a thread of its own: the positions
    /// of every term the spec looks for, in the order best_sentence takes them.
    [[nodiscard]] std::vector<Positions> read_positions(const Xapian::Database& db,
                                                        Xapian::docid docid) const;
    /// best_sentence with `found` from read_positions.
    [[nodiscard]] std::optional<std::size_t>
    best_sentence(const std::vector<Positions>& found, const Xapian::Document& document,
                  const std::vector<term_scheme::SentenceStart>& starts,
                  const std::vector<std::pair<std::size_t, std::size_t>>& evidence) const;

    /// Whether the spec has anything to look for.
    [[nodiscard]] bool empty() const noexcept { return parts_.empty(); }

private:
    /// Terms whose positions are one word of a part; `prefix` means every
    /// term starting with terms.front().
    struct WordTerms {
        std::vector<std::string> terms;
        bool prefix = false;
    };
    /// A part is a sequence of words at consecutive positions.
    std::vector<std::vector<WordTerms>> parts_;
    /// Every exact term of every part, sorted and distinct.
    std::vector<std::string> wanted_;
};

} // namespace lede
