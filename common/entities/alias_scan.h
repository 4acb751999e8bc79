#pragma once

#include "common/entities/alias_matcher.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::detail {

/// A possible mention before overlaps are resolved.
struct MentionCandidate {
    std::uint32_t alias = 0;
    std::uint32_t entity = 0;
    std::size_t first = 0; ///< token index
    std::size_t count = 0; ///< tokens covered
    std::size_t begin = 0; ///< byte span of the covered tokens
    std::size_t end = 0;
    std::size_t length = 0; ///< matched bytes: the tie-breaker "longest first"
    bool whole = true;      ///< starts and ends on token boundaries
    bool head = true;       ///< starts on a token boundary
    bool weak = false;      ///< a `cs` acronym inside all-caps text
};

/// One pass of alias matching over one analysed text. Holds per-token
/// caches, so it is local to a call and the matcher stays const.
class AliasScan {
public:
    AliasScan(const AliasMatcher& matcher, std::string_view text, const std::vector<Token>& tokens,
              std::string_view lang, bool ignore_case);

    /// Every alias occurrence, by words and by characters.
    [[nodiscard]] std::vector<MentionCandidate> collect();

    /// Where an alias word stands: clitics attach to the first word, the
    /// genitive -s to the last, and a one-word alias needs stronger evidence.
    struct WordPlace {
        bool first = true;
        bool last = true;
        bool alone = true;
    };

    /// Whether token `index` matches `term` (inflection, clitics, genitive).
    [[nodiscard]] bool term_matches(std::size_t index, const AliasTerm& term, WordPlace place);

    /// Whether the tokens of `candidate` all lie in a run of ≥ 3 all-caps words.
    [[nodiscard]] bool in_all_caps_run(const MentionCandidate& candidate) const;

    [[nodiscard]] std::string_view slice(std::size_t index) const;

private:
    [[nodiscard]] const std::vector<std::string>& cyrillic_stems(std::size_t index);
    [[nodiscard]] bool try_words(std::size_t index, std::uint32_t alias_index, MentionCandidate& out);
    void word_candidates(std::vector<MentionCandidate>& out);
    void character_candidates(std::vector<MentionCandidate>& out);
    /// `dots`: the offsets in `characters` where a Chinese name's middle dot (·) stood between tokens, 0 and
    /// the run's size for one before or after it.
    void run_candidates(std::size_t first, const std::string& characters,
                        const std::vector<std::size_t>& starts, const std::vector<std::size_t>& dots,
                        const std::vector<std::size_t>& spaces, std::vector<MentionCandidate>& out) const;

    const AliasMatcher& matcher_;
    std::string_view text_;
    const std::vector<Token>& tokens_;
    std::string_view lang_;
    bool ignore_case_;
    std::vector<std::vector<std::string>>
        stems_; ///< Cyrillic stems per token, filled lazily (sized on first use)
    std::vector<bool> stems_ready_;
};

} // namespace lede::detail
