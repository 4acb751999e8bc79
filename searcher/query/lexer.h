#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lede::query {

/// Window of a plain `NEAR`, and the range `NEAR/n` accepts.
inline constexpr unsigned kDefaultNearDistance = 10;
inline constexpr unsigned kMaxNearDistance = 1000;

enum class TokenKind {
    end,     ///< end of the query; offset is the query length
    word,    ///< a text chunk, verbatim (stars included: the parser decides about wildcards)
    phrase,  ///< `"..."` or a typographic-quoted string; text is the inner raw text
    lparen,  ///< `(`
    rparen,  ///< `)`
    op_and,  ///< `AND`
    op_or,   ///< `OR`
    op_not,  ///< `NOT`
    op_near, ///< `NEAR` or `NEAR/n`; see Token::distance
    minus,   ///< `-` glued to the start of a chunk, a phrase or a group
    plus,    ///< `+` glued to the start of a chunk, a phrase or a group
    field,   ///< `name:` with a known name; see Token::value_kind
};

/// How the value of a `field` token was written.
enum class FieldValueKind {
    word,   ///< `lang:ru`: Token::value holds the rest of the chunk
    phrase, ///< `entity:"Vladimir Putin"`: Token::value holds the inner text
    group,  ///< `title:(`: the `(` is the next token; the parser reads the group
};

struct Token {
    TokenKind kind = TokenKind::end;
    /// Byte offset of the token's first byte (the opening quote of a phrase,
    /// the first letter of a field name).
    std::size_t offset = 0;
    /// word: the chunk; phrase: the inner text; field: the lower-cased name
    std::string text;
    /// op_near: the window (kDefaultNearDistance for a plain `NEAR`)
    unsigned distance = kDefaultNearDistance;
    /// field only
    FieldValueKind value_kind = FieldValueKind::word;
    std::string value;
    std::size_t value_offset = 0;
};

[[nodiscard]] std::string_view to_string(TokenKind kind) noexcept;

/// Splits a query into tokens, one at a time, so that errors come out in
/// text order: the parser reports a misplaced operator before the lexer gets
/// to an unclosed quote further right.
///
/// Chunks are separated by ASCII space, \t, \n, \r, U+00A0 and U+3000, and
/// end at `"`, `(`, `)` and the typographic opening quotes “ „ «. A phrase
/// opened by `"` ends at the next `"`; one opened by “ „ or « ends at the next
/// ” “ or » (so English “…”, German „…“ and French «…» all work). Outside a
/// phrase, ” and » are ordinary text.
class Lexer {
public:
    /// Throws QueryError if the query is longer than kMaxQueryBytes, is not
    /// valid UTF-8 or contains a control character other than \t \n \r; the
    /// scanning below relies on valid UTF-8.
    explicit Lexer(std::string_view query);

    /// The next token; TokenKind::end (repeatedly) once the query is used up.
    /// Throws QueryError for lexical errors (quotes, empty field values,
    /// `NEAR/n` out of range).
    [[nodiscard]] Token next();

private:
    [[nodiscard]] Token lex_chunk(bool after_prefix);
    [[nodiscard]] Token lex_field(std::string name, std::size_t start, std::size_t value_start,
                                  std::size_t chunk_end);
    /// Reads a quoted string whose opening quote is at pos_; leaves pos_
    /// after the closing quote and returns the inner text (maybe blank).
    [[nodiscard]] std::string lex_quoted();

    std::string_view query_;
    std::size_t pos_ = 0;
    /// The previous token was a `-`/`+` prefix: the rest of its chunk is a
    /// word, never an operator or another prefix.
    bool after_prefix_ = false;
};

} // namespace lede::query
