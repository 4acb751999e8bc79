#include "searcher/query/lexer.h"

#include <lede/error.h>
#include <lede/limits.h>

#include <array>
#include <utility>

namespace lede::query {

namespace {

using namespace std::string_view_literals;

constexpr std::size_t npos = std::string_view::npos;

[[nodiscard]] bool is_continuation(unsigned char b) {
    return (b & 0xC0U) == 0x80U;
}

/// Offset of the first byte of the first invalid UTF-8 sequence (overlong
/// forms, surrogates, code points above U+10FFFF, stray continuation bytes,
/// truncated sequences) or of the first control character other than
/// \t \n \r (C0, DEL, C1), with the reason; npos if the text is clean.
/// Private rather than lede::is_valid_utf8 so the parser does not depend on
/// the common library's build state, and because it needs the controls too.
[[nodiscard]] std::pair<std::size_t, const char*> first_bad_byte(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80U) {
            if ((b0 < 0x20U && b0 != '\t' && b0 != '\n' && b0 != '\r') || b0 == 0x7FU) {
                return {i, "control character"};
            }
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80U; // allowed range of the second byte
        unsigned char hi = 0xBFU;
        if (b0 >= 0xC2U && b0 <= 0xDFU) {
            len = 2;
        } else if (b0 == 0xE0U) {
            len = 3;
            lo = 0xA0U; // no overlong forms
        } else if (b0 == 0xEDU) {
            len = 3;
            hi = 0x9FU; // no surrogates
        } else if (b0 >= 0xE1U && b0 <= 0xEFU) {
            len = 3;
        } else if (b0 == 0xF0U) {
            len = 4;
            lo = 0x90U;
        } else if (b0 >= 0xF1U && b0 <= 0xF3U) {
            len = 4;
        } else if (b0 == 0xF4U) {
            len = 4;
            hi = 0x8FU; // nothing above U+10FFFF
        } else {
            return {i, "invalid UTF-8"};
        }
        if (i + len > s.size()) {
            return {i, "invalid UTF-8"};
        }
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if (b1 < lo || b1 > hi) {
            return {i, "invalid UTF-8"};
        }
        for (std::size_t k = 2; k < len; ++k) {
            if (!is_continuation(static_cast<unsigned char>(s[i + k]))) {
                return {i, "invalid UTF-8"};
            }
        }
        if (b0 == 0xC2U && b1 <= 0x9FU) { // U+0080..U+009F: C1 controls
            return {i, "control character"};
        }
        i += len;
    }
    return {npos, nullptr};
}

// All patterns below start with an ASCII byte or a UTF-8 lead byte, which
// never occurs inside another character, so matching them at any byte
// offset of valid UTF-8 is safe.

/// Length of the whitespace character at `pos`, or 0.
[[nodiscard]] std::size_t space_at(std::string_view s, std::size_t pos) {
    const std::string_view rest = s.substr(pos);
    if (rest.empty()) {
        return 0;
    }
    switch (rest.front()) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
        return 1;
    default:
        break;
    }
    if (rest.starts_with("\u00A0"sv)) {
        return 2;
    }
    if (rest.starts_with("\u3000"sv)) {
        return 3;
    }
    return 0;
}

constexpr std::array kTypographicOpeners = {"\u201C"sv, "\u201E"sv, "\u00AB"sv}; // “ „ «
constexpr std::array kTypographicClosers = {"\u201D"sv, "\u201C"sv, "\u00BB"sv}; // ” “ »

/// Length of the opening quote at `pos`, or 0.
[[nodiscard]] std::size_t opener_at(std::string_view s, std::size_t pos) {
    const std::string_view rest = s.substr(pos);
    if (rest.starts_with('"')) {
        return 1;
    }
    for (const std::string_view q : kTypographicOpeners) {
        if (rest.starts_with(q)) {
            return q.size();
        }
    }
    return 0;
}

/// Whether a chunk ends before `pos` although the byte there is not a space.
[[nodiscard]] bool delimiter_at(std::string_view s, std::size_t pos) {
    const char c = s[pos];
    return c == '(' || c == ')' || opener_at(s, pos) != 0;
}

[[nodiscard]] std::size_t chunk_end(std::string_view s, std::size_t pos) {
    while (pos < s.size() && space_at(s, pos) == 0 && !delimiter_at(s, pos)) {
        ++pos;
    }
    return pos;
}

[[nodiscard]] bool is_blank(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t n = space_at(s, pos);
        if (n == 0) {
            return false;
        }
        pos += n;
    }
    return true;
}

[[nodiscard]] std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

[[nodiscard]] bool is_known_field(std::string_view lower_name) {
    constexpr std::array kFields = {"title"sv,  "lang"sv,    "date"sv,   "entity"sv,
                                    "deaths"sv, "injured"sv, "source"sv, "mentioned"sv};
    for (const std::string_view f : kFields) {
        if (lower_name == f) {
            return true;
        }
    }
    return false;
}

/// Whether a chunk starting with `-`/`+` is a prefix: a run of signs alone
/// (`-`, `--`, `+-+`) is punctuation for the analyzer to drop, unless a
/// single sign is glued to a phrase or a group (`-"foo bar"`, `-(a OR b)`).
[[nodiscard]] bool is_prefix(std::string_view query, std::string_view chunk, std::size_t end) {
    if (chunk.size() > 1) {
        return chunk.find_first_not_of("+-") != npos;
    }
    return end < query.size() && (query[end] == '(' || opener_at(query, end) != 0);
}

} // namespace

std::string_view to_string(TokenKind kind) noexcept {
    switch (kind) {
    case TokenKind::end:
        return "end";
    case TokenKind::word:
        return "word";
    case TokenKind::phrase:
        return "phrase";
    case TokenKind::lparen:
        return "(";
    case TokenKind::rparen:
        return ")";
    case TokenKind::op_and:
        return "AND";
    case TokenKind::op_or:
        return "OR";
    case TokenKind::op_not:
        return "NOT";
    case TokenKind::op_near:
        return "NEAR";
    case TokenKind::minus:
        return "-";
    case TokenKind::plus:
        return "+";
    case TokenKind::field:
        return "field";
    }
    return "?";
}

Lexer::Lexer(std::string_view query) : query_(query) {
    if (query.size() > limits::kMaxQueryBytes) {
        throw QueryError(limits::kMaxQueryBytes,
                         "query longer than " + std::to_string(limits::kMaxQueryBytes) + " bytes");
    }
    if (const auto [offset, reason] = first_bad_byte(query); offset != npos) {
        throw QueryError(offset, reason);
    }
}

Token Lexer::next() {
    const bool after_prefix = std::exchange(after_prefix_, false);
    if (!after_prefix) {
        while (const std::size_t n = space_at(query_, pos_)) {
            pos_ += n;
        }
    }
    Token tok;
    tok.offset = pos_;
    if (pos_ >= query_.size()) {
        tok.offset = query_.size();
        return tok;
    }
    switch (query_[pos_]) {
    case '(':
        tok.kind = TokenKind::lparen;
        ++pos_;
        return tok;
    case ')':
        tok.kind = TokenKind::rparen;
        ++pos_;
        return tok;
    default:
        break;
    }
    if (opener_at(query_, pos_) != 0) {
        std::string inner = lex_quoted();
        if (is_blank(inner)) {
            throw QueryError(tok.offset, "empty phrase");
        }
        tok.kind = TokenKind::phrase;
        tok.text = std::move(inner);
        return tok;
    }
    return lex_chunk(after_prefix);
}

Token Lexer::lex_chunk(bool after_prefix) {
    const std::size_t start = pos_;
    const std::size_t end = chunk_end(query_, start);
    const std::string_view chunk = query_.substr(start, end - start);
    if (chunk.empty()) { // next() handles everything that ends a chunk at once
        throw InternalError("query lexer: empty chunk at byte " + std::to_string(start));
    }
    Token tok;
    tok.offset = start;

    if (!after_prefix) {
        // Operators are whole chunks in upper case only, so `and`, `Not` or
        // `NEARBY` stay words.
        const std::array<std::pair<std::string_view, TokenKind>, 4> operators = {{
            {"AND", TokenKind::op_and},
            {"OR", TokenKind::op_or},
            {"NOT", TokenKind::op_not},
            {"NEAR", TokenKind::op_near},
        }};
        for (const auto& [spelling, kind] : operators) {
            if (chunk == spelling) {
                tok.kind = kind;
                pos_ = end;
                return tok;
            }
        }
        if (chunk.starts_with("NEAR/")) {
            const std::string_view digits = chunk.substr(5);
            // Four digits at most keeps the arithmetic far from overflow.
            if (digits.empty() || digits.size() > 4 || digits.find_first_not_of("0123456789") != npos) {
                throw QueryError(start, "NEAR distance must be 1 to " + std::to_string(kMaxNearDistance));
            }
            unsigned n = 0;
            for (const char d : digits) {
                n = n * 10 + static_cast<unsigned>(d - '0');
            }
            if (n < 1 || n > kMaxNearDistance) {
                throw QueryError(start, "NEAR distance must be 1 to " + std::to_string(kMaxNearDistance));
            }
            tok.kind = TokenKind::op_near;
            tok.distance = n;
            pos_ = end;
            return tok;
        }
        if ((chunk.front() == '-' || chunk.front() == '+') && is_prefix(query_, chunk, end)) {
            tok.kind = chunk.front() == '-' ? TokenKind::minus : TokenKind::plus;
            pos_ = start + 1;
            after_prefix_ = true;
            return tok;
        }
    }

    if (const std::size_t colon = chunk.find(':'); colon != npos) {
        std::string name = ascii_lower(chunk.substr(0, colon));
        if (is_known_field(name)) {
            return lex_field(std::move(name), start, start + colon + 1, end);
        }
    }

    tok.kind = TokenKind::word;
    tok.text = std::string(chunk);
    pos_ = end;
    return tok;
}

Token Lexer::lex_field(std::string name, std::size_t start, std::size_t value_start, std::size_t chunk_end) {
    Token tok;
    tok.kind = TokenKind::field;
    tok.offset = start;
    tok.value_offset = value_start;
    const std::string empty_value = "empty value for " + name + ":";
    tok.text = std::move(name);

    if (value_start < chunk_end) {
        tok.value_kind = FieldValueKind::word;
        tok.value = std::string(query_.substr(value_start, chunk_end - value_start));
        pos_ = chunk_end;
        return tok;
    }
    // The chunk ended right after the colon: the value is whatever is glued
    // to it, or missing.
    pos_ = chunk_end;
    if (pos_ < query_.size() && opener_at(query_, pos_) != 0) {
        std::string inner = lex_quoted();
        if (is_blank(inner)) {
            throw QueryError(start, empty_value);
        }
        tok.value_kind = FieldValueKind::phrase;
        tok.value = std::move(inner);
        return tok;
    }
    if (pos_ < query_.size() && query_[pos_] == '(') {
        tok.value_kind = FieldValueKind::group; // the `(` is the next token
        return tok;
    }
    throw QueryError(start, empty_value);
}

std::string Lexer::lex_quoted() {
    const std::size_t open = pos_;
    const std::size_t open_len = opener_at(query_, open);
    const std::size_t inner_start = open + open_len;
    std::size_t close = npos;
    std::size_t close_len = 0;
    if (open_len == 1) { // ASCII `"` pairs only with itself
        close = query_.find('"', inner_start);
        close_len = 1;
    } else {
        for (const std::string_view q : kTypographicClosers) {
            const std::size_t at = query_.find(q, inner_start);
            if (at < close) {
                close = at;
                close_len = q.size();
            }
        }
    }
    if (close == npos) {
        throw QueryError(open, "unclosed quote");
    }
    pos_ = close + close_len;
    return std::string(query_.substr(inner_start, close - inner_start));
}

} // namespace lede::query
