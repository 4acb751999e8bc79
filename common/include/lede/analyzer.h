#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

/// What kind of word a token is, from ICU's word-break rule status.
enum class TokenClass : std::uint8_t { number, letter, kana, ideographic };

/// One indexable word of a text.
struct Token {
    std::string term;          ///< NFKC case-folded form after the script fold rules: the index term
    std::string accent_folded; ///< Latin/Greek form with diacritics removed; empty when equal to `term`
    TokenClass kind = TokenClass::letter;
    std::size_t begin = 0;      ///< byte offset of the token in the analysed text
    std::size_t end = 0;        ///< byte offset one past the token
    std::uint32_t position = 0; ///< word position; consecutive kept tokens get consecutive positions

    [[nodiscard]] bool is_cjk() const noexcept {
        return kind == TokenClass::kana || kind == TokenClass::ideographic;
    }
};

/// The one text analysis of lede: the indexer, the query parser and the
/// snippet highlighter all call it, so that they agree byte for byte.
///
/// Segmentation uses ICU's root-locale word break (dictionary segmentation
/// for Chinese, Japanese, Thai, Lao, Khmer and Burmese); tokens that are
/// spaces or punctuation are skipped; each word is NFKC case folded and run
/// through script-keyed fold rules (apostrophes, possessive 's, French
/// elision, ё→е, Arabic hamza forms and harakat). Words longer than
/// limits::kMaxTermBytes are dropped without spending a position.
///
/// Thread safety: an Analyzer holds an ICU break iterator and stemmers; use
/// one per thread. Moving is cheap.
class Analyzer {
public:
    Analyzer();
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;
    Analyzer(const Analyzer&) = delete;
    Analyzer& operator=(const Analyzer&) = delete;

    /// Tokens of `text`, which must be valid UTF-8 (see clean_text()).
    /// Positions start at `first_position`.
    [[nodiscard]] std::vector<Token> analyze(std::string_view text, std::uint32_t first_position = 1);

    /// Snowball stem of an analysed `term` in language `lang` (ISO 639-1), or
    /// an empty string when lede has no stemmer for that language or the
    /// term is not stemmable. Ukrainian has none on purpose: the Russian
    /// stemmer mangles it.
    [[nodiscard]] std::string stem(std::string_view term, std::string_view lang);

    /// Whether stem() can stem words of `lang`.
    [[nodiscard]] static bool has_stemmer(std::string_view lang);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The code points of a CJK token, one UTF-8 string each, for the per-character
/// terms that make Chinese and Japanese match regardless of segmentation.
[[nodiscard]] std::vector<std::string> split_code_points(std::string_view utf8);

/// Version of the analysis; stored in every database and bumped by any change
/// to tokens, folding or stemming, so that a stale index is refused.
inline constexpr int kAnalyzerVersion = 1;

} // namespace lede
