#include "searcher/highlighter.h"

#include <lede/limits.h>

#include <algorithm>

namespace lede {
namespace {

[[nodiscard]] std::size_t utf8_chars(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// Longest prefix of `text` no longer than `max_bytes` that ends on a UTF-8 boundary.
[[nodiscard]] std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) {
        return text;
    }
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return text.substr(0, cut);
}

/// Plain text of a snippet: line breaks and runs of white space become one space.
void append_plain(std::vector<SnippetPart>& parts, std::string_view text) {
    std::string cleaned;
    cleaned.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = true;
            continue;
        }
        if (space) {
            cleaned.push_back(' ');
            space = false;
        }
        cleaned.push_back(c);
    }
    if (space) {
        cleaned.push_back(' ');
    }
    if (cleaned.empty()) {
        return;
    }
    if (!parts.empty() && !parts.back().marked) {
        parts.back().text += cleaned;
    } else {
        parts.push_back({std::move(cleaned), false});
    }
}

[[nodiscard]] bool matches(const WordMatch& word, const Token& token) {
    if (word.prefix) {
        return token.term.starts_with(word.term);
    }
    return token.term == word.term || (word.allow_folded && token.accent_folded == word.term) ||
           word.forms.contains(token.term);
}

/// Marks tokens that match the query; returns for each token the index of the
/// query part it matched, or -1.
[[nodiscard]] std::vector<int> mark_tokens(const std::vector<Token>& tokens, const HighlightSpec& spec) {
    std::vector<int> marks(tokens.size(), -1);
    int part = 0;
    for (const std::vector<WordMatch>& sequence : spec.sequences) {
        const std::size_t length = sequence.size();
        for (std::size_t i = 0; length > 0 && i + length <= tokens.size(); ++i) {
            bool all = true;
            for (std::size_t j = 0; j < length && all; ++j) {
                all = matches(sequence[j], tokens[i + j]) &&
                      (j == 0 || tokens[i + j].position == tokens[i + j - 1].position + 1);
            }
            if (all) {
                for (std::size_t j = 0; j < length; ++j) {
                    marks[i + j] = part;
                }
            }
        }
        ++part;
    }
    // CJK strings match across segmentation: search them in each run of
    // adjacent CJK tokens and mark every token the occurrence touches.
    for (std::size_t run_start = 0; run_start < tokens.size();) {
        if (!tokens[run_start].is_cjk()) {
            ++run_start;
            continue;
        }
        std::size_t run_end = run_start + 1;
        while (run_end < tokens.size() && tokens[run_end].is_cjk() &&
               tokens[run_end].begin == tokens[run_end - 1].end) {
            ++run_end;
        }
        std::string joined;
        std::vector<std::size_t> starts;
        for (std::size_t i = run_start; i < run_end; ++i) {
            starts.push_back(joined.size());
            joined += tokens[i].term;
        }
        int cjk_part = part;
        for (const std::string& needle : spec.cjk_strings) {
            for (std::size_t at = joined.find(needle); !needle.empty() && at != std::string::npos;
                 at = joined.find(needle, at + 1)) {
                for (std::size_t i = run_start; i < run_end; ++i) {
                    const std::size_t begin = starts[i - run_start];
                    const std::size_t end = begin + tokens[i].term.size();
                    if (begin < at + needle.size() && end > at) {
                        marks[i] = cjk_part;
                    }
                }
            }
            ++cjk_part;
        }
        run_start = run_end;
    }
    return marks;
}

} // namespace

Highlighter::Highlighter(Analyzer& analyzer) : analyzer_(analyzer) {}

Highlighter::~Highlighter() = default;

void Highlighter::mark_evidence(const std::vector<Token>& tokens, std::vector<int>& marks,
                                const HighlightSpec& spec,
                                const std::vector<std::pair<std::size_t, std::size_t>>& evidence) {
    // Evidence spans count as one more query part: a sentence stating the
    // figure outranks one that only repeats a query word.
    const int evidence_part = static_cast<int>(spec.sequences.size() + spec.cjk_strings.size());
    for (const auto& [begin, end] : evidence) {
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].begin < end && tokens[i].end > begin) {
                marks[i] = evidence_part;
            }
        }
    }
}

std::vector<SnippetPart>
Highlighter::snippet(std::string_view full_text, const HighlightSpec& spec, std::size_t max_chars,
                     const std::vector<std::pair<std::size_t, std::size_t>>& evidence) {
    const std::string_view text = utf8_prefix(full_text, limits::kMaxSnippetInput);
    const std::vector<Token> tokens = analyzer_.analyze(text);
    std::vector<int> marks = mark_tokens(tokens, spec);
    mark_evidence(tokens, marks, spec, evidence);

    // Choose the sentence with the most distinct matched query parts; the
    // earliest wins a tie, and with no match the article's lead is shown.
    if (!sentence_breaker_) {
        sentence_breaker_.emplace();
    }
    const auto bounds = sentence_breaker_->split(text);
    if (bounds.empty() || tokens.empty()) {
        std::vector<SnippetPart> parts;
        append_plain(parts, utf8_prefix(text, max_chars * 4));
        return parts;
    }
    std::size_t best = 0;
    std::size_t best_score = 0;
    std::size_t token_index = 0;
    for (std::size_t s = 0; s < bounds.size(); ++s) {
        std::vector<int> distinct;
        std::size_t count = 0;
        for (; token_index < tokens.size() && tokens[token_index].begin < bounds[s].second; ++token_index) {
            if (marks[token_index] >= 0) {
                ++count;
                if (std::find(distinct.begin(), distinct.end(), marks[token_index]) == distinct.end()) {
                    distinct.push_back(marks[token_index]);
                }
            }
        }
        const std::size_t score = distinct.size() * 4 + std::min<std::size_t>(count, 3);
        if (score > best_score) {
            best_score = score;
            best = s;
        }
    }
    return render(text, tokens, marks, bounds, best, max_chars);
}

std::vector<SnippetPart>
Highlighter::snippet_at(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& bounds,
                        std::size_t best, const HighlightSpec& spec, std::size_t max_chars,
                        const std::vector<std::pair<std::size_t, std::size_t>>& evidence) {
    if (best >= bounds.size()) {
        return snippet(text, spec, max_chars, evidence);
    }
    // Only the passage render() can show is analysed: the chosen sentence and
    // the following ones that fit.
    const std::size_t passage_begin = bounds[best].first;
    std::size_t passage_end = bounds[best].second;
    for (std::size_t s = best + 1; s < bounds.size(); ++s) {
        if (utf8_chars(text.substr(passage_begin, bounds[s].second - passage_begin)) > max_chars) {
            break;
        }
        passage_end = bounds[s].second;
    }
    const std::string_view passage =
        utf8_prefix(text.substr(passage_begin, passage_end - passage_begin), limits::kMaxSnippetInput);
    std::vector<Token> tokens = analyzer_.analyze(passage);
    if (tokens.empty()) {
        std::vector<SnippetPart> parts;
        append_plain(parts, utf8_prefix(text.substr(passage_begin), max_chars * 4));
        return parts;
    }
    for (Token& token : tokens) {
        token.begin += passage_begin;
        token.end += passage_begin;
    }
    std::vector<int> marks = mark_tokens(tokens, spec);
    mark_evidence(tokens, marks, spec, evidence);
    return render(text, tokens, marks, bounds, best, max_chars);
}

std::vector<SnippetPart> Highlighter::render(std::string_view text, const std::vector<Token>& tokens,
                                             const std::vector<int>& marks,
                                             const std::vector<std::pair<std::size_t, std::size_t>>& bounds,
                                             std::size_t best, std::size_t max_chars) {
    // Window: the chosen sentence plus following ones while they fit; a long
    // sentence is cut around its first match.
    std::size_t window_begin = bounds[best].first;
    std::size_t window_end = bounds[best].second;
    for (std::size_t s = best + 1; s < bounds.size(); ++s) {
        if (utf8_chars(text.substr(window_begin, bounds[s].second - window_begin)) > max_chars) {
            break;
        }
        window_end = bounds[s].second;
    }
    bool cut_front = false;
    bool cut_back = false;
    if (utf8_chars(text.substr(window_begin, window_end - window_begin)) > max_chars) {
        std::size_t first_mark = window_begin;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].begin >= window_begin && tokens[i].end <= window_end && marks[i] >= 0) {
                first_mark = tokens[i].begin;
                break;
            }
        }
        // Keep some context before the first match, starting at a word.
        std::size_t begin = window_begin;
        // The sentence start is kept when the first match still fits in
        // three quarters of the window; otherwise start a little before it.
        if (utf8_chars(text.substr(window_begin, first_mark - window_begin)) > max_chars * 3 / 4) {
            for (const Token& token : tokens) {
                if (token.begin >= window_begin &&
                    utf8_chars(text.substr(token.begin, first_mark - token.begin)) <= max_chars / 4) {
                    begin = token.begin;
                    cut_front = begin > window_begin;
                    break;
                }
            }
        }
        // End after the last whole word that fits.
        std::size_t end = begin;
        for (const Token& token : tokens) {
            if (token.begin < begin) {
                continue;
            }
            if (token.end > window_end || utf8_chars(text.substr(begin, token.end - begin)) > max_chars) {
                break;
            }
            end = token.end;
        }
        cut_back = end < window_end;
        window_begin = begin;
        window_end = std::max(end, begin);
    }

    std::vector<SnippetPart> parts;
    if (cut_front) {
        parts.push_back({"… ", false});
    }
    std::size_t cursor = window_begin;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (token.begin < window_begin || token.end > window_end || marks[i] < 0) {
            continue;
        }
        append_plain(parts, text.substr(cursor, token.begin - cursor));
        const std::string_view word = text.substr(token.begin, token.end - token.begin);
        if (!parts.empty() && parts.back().marked && cursor == token.begin) {
            parts.back().text += word; // adjacent matches (a CJK word split in two) are one mark
        } else {
            parts.push_back({std::string(word), true});
        }
        cursor = token.end;
    }
    append_plain(parts, text.substr(cursor, window_end - cursor));
    // Trim white space at the ends.
    while (!parts.empty() && !parts.front().marked &&
           parts.front().text.find_first_not_of(' ') == std::string::npos) {
        parts.erase(parts.begin());
    }
    if (!parts.empty() && !parts.front().marked) {
        parts.front().text.erase(0, parts.front().text.find_first_not_of(' '));
    }
    if (!parts.empty() && !parts.back().marked) {
        const std::size_t last = parts.back().text.find_last_not_of(' ');
        parts.back().text.erase(last == std::string::npos ? 0 : last + 1);
    }
    if (cut_back) {
        parts.push_back({" …", false});
    }
    return parts;
}

} // namespace lede
