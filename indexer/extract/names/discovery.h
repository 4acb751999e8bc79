#pragma once

// The state of one call of names::discover, shared by the files that hold its rules:
// name_discovery.cc runs them in order and records each name found, cued_names.cc finds the names a
// cue word types (roles, honorifics, organisation nouns, quotes, the words at a capitalised run's edge),
// kanji_names.cc Japanese people in kanji before a title or an honorific, cueless_names.cc those found
// without one (katakana names, expanded acronyms, recurring lone surnames, later mentions of a name
// found), chinese_names.cc Chinese names in Han characters. Private to indexer/extract/names/.

#include "indexer/extract/names/name_discovery.h"

#include "common/entities/text_rules.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::extract::names {

enum class Cue { none, role, honorific, org_noun, settlement };

class Discovery {
public:
    Discovery(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
              const std::vector<EntityMention>& known);

    std::vector<DiscoveredMention> run();

private:
    struct Surname {
        std::size_t found = 0; ///< index into found_
        std::string key;
        std::vector<std::string> stems;
        std::size_t after = 0;
    };
    struct Run { ///< a capitalised run shaped like a person's name that no rule typed
        std::size_t first = 0;
        std::size_t last = 0;
    };
    struct Line { ///< words of cased scripts in one line of the text, and how many are capitalised
        std::size_t cased = 0;
        std::size_t upper = 0;
    };
    struct Acronym {
        std::size_t found = 0;
        std::string text;
        std::size_t after = 0;
    };

    [[nodiscard]] std::string_view key(std::size_t i) const { return detail::key_of(tokens_[i]); }
    /// Where token i's word starts: after an elided article or particle ("d'Ibrahim", "qu'Oussama",
    /// "l'Oracle"), which the analyser's key has dropped too and which is then part of the gap before it.
    [[nodiscard]] std::size_t start(std::size_t i) const { return tokens_[i].begin + elided_[i]; }
    [[nodiscard]] std::string_view raw(std::size_t i) const {
        return text_.substr(start(i), tokens_[i].end - start(i));
    }
    [[nodiscard]] std::string_view gap(std::size_t left) const { // between token left and left + 1
        return text_.substr(tokens_[left].end, start(left + 1) - tokens_[left].end);
    }
    [[nodiscard]] bool cased_script(std::size_t i) const {
        const detail::TextScript script = detail::script_of(key(i));
        return tokens_[i].kind == TokenClass::letter &&
               (script == detail::TextScript::latin || script == detail::TextScript::cyrillic);
    }
    [[nodiscard]] bool capitalised(std::size_t i) const {
        return detail::starts_upper_case(raw(i)) && cased_script(i); // the cheap test first
    }
    [[nodiscard]] bool joined(std::size_t left) const { // tokens left and left + 1 may be in one name
        return left + 1 < tokens_.size() && tokens_[left + 1].position == tokens_[left].position + 1 &&
               detail::is_joining_gap(gap(left));
    }
    [[nodiscard]] bool clause_break(std::size_t left) const {
        return gap(left).find_first_of(".!?;:\n") != std::string_view::npos;
    }
    [[nodiscard]] bool any_taken(std::size_t first, std::size_t last) const {
        return std::find(taken_.begin() + static_cast<std::ptrdiff_t>(first),
                         taken_.begin() + static_cast<std::ptrdiff_t>(last),
                         true) != taken_.begin() + static_cast<std::ptrdiff_t>(last);
    }
    [[nodiscard]] std::size_t unknown_words(std::size_t first, std::size_t last) const {
        std::size_t words = 0;
        for (std::size_t i = first; i < last; ++i) {
            words += capitalised(i) && !taken_[i] ? 1 : 0;
        }
        return words;
    }

    // Recording a name found (name_discovery.cc).
    [[nodiscard]] std::string_view possessive(std::size_t i) const;
    void add(std::size_t first, std::size_t last, EntityType type); // tokens [first, last)
    /// `name`: as shown; empty for the words as written.
    void add(std::size_t first, std::size_t last, EntityType type, std::string id, std::string name = {});
    void note_acronym(std::size_t next);

    // Names a cue word types (cued_names.cc).
    [[nodiscard]] Cue cue_of(std::size_t i) const;
    void quoted_organisations();
    [[nodiscard]] Cue role_before(std::size_t first) const;
    [[nodiscard]] bool role_across_lower_case_genitive(std::size_t first) const;
    [[nodiscard]] bool role_after(std::size_t last) const;
    [[nodiscard]] bool appositive_role(std::size_t first, std::size_t last) const;
    [[nodiscard]] bool korean_syllable(std::size_t i) const;
    [[nodiscard]] bool org_tail_of_place(std::size_t first, std::size_t last) const;
    [[nodiscard]] bool quoted_by_speech(std::size_t first, std::size_t last) const;
    [[nodiscard]] static bool is_airport_head(std::string_view key);
    /// A street's or square's lower-case head right before token `first`: "rue Émile-Legrelle".
    [[nodiscard]] bool street_head_before(std::size_t first) const;
    void add_airport(std::size_t first, std::size_t last);
    [[nodiscard]] bool person_words(std::size_t first, std::size_t last, std::size_t minimum) const;
    [[nodiscard]] std::size_t name_words(std::size_t first, std::size_t last) const;
    void classify(std::size_t first, std::size_t last, Cue cue);
    [[nodiscard]] bool romance_particle(std::size_t first, std::size_t last) const;
    [[nodiscard]] bool title_case_line(std::size_t i);
    [[nodiscard]] bool no_cue_words(std::size_t first, std::size_t last) const;
    [[nodiscard]] bool org_edge(std::size_t first, std::size_t last) const;
    void capitalised_runs();
    void split_run(std::size_t first, std::size_t last);
    [[nodiscard]] bool settlement_before(std::size_t first) const;
    /// Whether the run at `first` continues a list a plural settlement word opened ("die Orte Altenahr,
    /// Dernau und Insul"), and marks the run's end as the list's.
    [[nodiscard]] bool continues_settlement_list(std::size_t first, std::size_t last);

    // Japanese people named in kanji before a title, an honorific or an age (kanji_names.cc).
    void kanji_names();

    // Japanese organisations ENAMDICT names with their English names (dictionary_orgs.cc).
    void dictionary_organisations();

    // Names found without a cue word (cueless_names.cc).
    void katakana_names();
    [[nodiscard]] bool katakana_before(std::size_t at) const;
    void expanded_acronyms();
    [[nodiscard]] bool org_words(std::size_t first, std::size_t last) const;
    void recurring_surnames();
    [[nodiscard]] bool lone(std::size_t j) const;
    void linked_mentions();

    // Chinese names in Han characters (chinese_names.cc).
    struct ChineseName { ///< found with a cue, recorded once the whole text is read
        std::size_t begin = 0;
        std::size_t end = 0;
        std::string id;
    };
    void chinese_names();
    void chinese_names_in(const std::vector<std::size_t>& run, std::vector<ChineseName>& names,
                          std::vector<std::string_view>& refused);
    void recurring_chinese_name(std::string_view name);
    [[nodiscard]] bool dotted_elsewhere(std::string_view name) const;
    [[nodiscard]] bool foreign_name_goes_on(const std::vector<std::size_t>& run, std::size_t stop) const;
    [[nodiscard]] bool word_before(std::size_t first) const;
    [[nodiscard]] bool word_after(std::size_t last) const;
    [[nodiscard]] std::vector<std::size_t> han_run(std::size_t begin) const;
    [[nodiscard]] bool free_tokens(std::size_t begin, std::size_t end, std::size_t& first,
                                   std::size_t& last) const;
    [[nodiscard]] bool token_edge(std::size_t at) const;
    [[nodiscard]] bool other_romanisation(std::size_t at) const;

    std::string_view text_;
    const std::vector<Token>& tokens_;
    std::string_view lang_;
    std::vector<bool> taken_;          ///< covered by a table mention
    std::vector<bool> used_;           ///< covered by a discovered mention
    std::vector<std::uint8_t> elided_; ///< bytes of an elided word at a token's start: start()
    std::vector<DiscoveredMention> found_;
    std::vector<Surname> surnames_;
    std::vector<Acronym> acronyms_;
    std::vector<Run> unnamed_;
    std::vector<std::size_t> line_of_; ///< per token, index into lines_ (filled on first use)
    std::size_t settlement_list_end_ =
        0; ///< one past the last run of a plural settlement word's list; 0: none
    std::vector<Line> lines_;
};

} // namespace lede::extract::names
