#include "indexer/extract/numbers/tokens.h"

#include "common/key_filter.h"

#include <array>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace lede::extract::numbers {
namespace {

enum class CpClass : std::uint8_t { gap, digit, letter, cjk, ignorable, apostrophe };

// Thousands grouping per language (extraction.md §4). NBSP, U+202F, U+2009 and the Arabic
// thousands sign group in every language; a plain space only where typography uses it.
struct NumberStyle {
    bool comma_groups = true;  // en zh ja ar: "1,000"; else the comma is the decimal separator
    bool dot_groups = false;   // de es …: "11.000"
    bool space_groups = false; // fr ru uk: "2 900"
};

[[nodiscard]] NumberStyle style_for(std::string_view lang) {
    static constexpr std::array<std::string_view, 9> kDot = {"de", "es", "it", "pt", "nl",
                                                             "id", "tr", "da", "el"};
    static constexpr std::array<std::string_view, 9> kSpace = {"fr", "ru", "uk", "pl", "cs",
                                                               "sk", "be", "bg", "sv"};
    for (const auto l : kDot) {
        if (l == lang) {
            return {false, true, false};
        }
    }
    for (const auto l : kSpace) {
        if (l == lang) {
            return {false, true, true}; // "1.000" also occurs in French and Russian copy
        }
    }
    return {};
}

[[nodiscard]] bool is_cjk(UChar32 c) {
    if (c == 0x3005 || c == 0x3006 || c == 0x3007 || c == 0x30FC) { // 々 〆 〇 ー
        return true;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

[[nodiscard]] CpClass classify_by_properties(UChar32 c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return CpClass::letter;
        }
        if (c >= '0' && c <= '9') {
            return CpClass::digit;
        }
        return c == '\'' ? CpClass::apostrophe : CpClass::gap;
    }
    if (c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x0640 ||
        (c >= 0x064B && c <= 0x065F) || c == 0x0670) {
        return CpClass::ignorable; // soft hyphen, zero widths, tatweel, harakat
    }
    if (c == '\'' || c == 0x2019) {
        return CpClass::apostrophe;
    }
    if (u_isdigit(c)) {
        return CpClass::digit;
    }
    if (is_cjk(c)) {
        return CpClass::cjk;
    }
    if (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
        return CpClass::letter;
    }
    return CpClass::gap;
}

[[nodiscard]] UChar32 fold_by_properties(UChar32 c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    if (c >= 0xFF21 && c <= 0xFF5A) { // full-width Latin
        c -= 0xFEE0;
    }
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    switch (c) {
    case 0x0451:
        return 0x0435; // ё → е
    case 0x2019:
    case 0x02BC:
        return '\'';
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
        return 0x0627; // أ إ آ ٱ → ا
    case 0x0649:
        return 0x064A; // ى → ي
    default:
        return c;
    }
}

// Every text is read a code point at a time, and ICU's property lookups for each (digit, script,
// letter, case folding) were half of the tokeniser's time: the Basic Multilingual Plane's classes and
// folds are computed once per process (320 KB), the rest as before.
struct PlaneTables {
    std::array<CpClass, 0x10000> classes{};
    std::array<UChar32, 0x10000> folds{};
    PlaneTables() {
        for (UChar32 c = 0; c < 0x10000; ++c) {
            classes[static_cast<std::size_t>(c)] = classify_by_properties(c);
            folds[static_cast<std::size_t>(c)] = fold_by_properties(c);
        }
    }
    [[nodiscard]] CpClass classify(UChar32 c) const {
        if (c < 0) {
            return CpClass::gap;
        }
        return c < 0x10000 ? classes[static_cast<std::size_t>(c)] : classify_by_properties(c);
    }
    [[nodiscard]] UChar32 fold(UChar32 c) const {
        return c >= 0 && c < 0x10000 ? folds[static_cast<std::size_t>(c)] : fold_by_properties(c);
    }
};

[[nodiscard]] const PlaneTables& plane_tables() {
    static const PlaneTables tables;
    return tables;
}

void append_utf8_long(std::string& out, UChar32 c) {
    char buf[4];
    std::int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, c, error);
    if (!error) {
        out.append(buf, static_cast<std::size_t>(len));
    }
}

// Inline for the one- and two-byte forms (Latin, Greek, Cyrillic, Arabic): called for every letter.
inline void append_utf8(std::string& out, UChar32 c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        append_utf8_long(out, c);
    }
}

// Asked of every token: U+0E00–U+0E7F is E0 B8 80 – E0 B9 BF in UTF-8, read without decoding.
[[nodiscard]] bool starts_thai(std::string_view word) {
    return word.size() >= 3 && static_cast<unsigned char>(word[0]) == 0xE0 &&
           (static_cast<unsigned char>(word[1]) == 0xB8 || static_cast<unsigned char>(word[1]) == 0xB9);
}

// Thai writes words without spaces: a run of Thai letters is cut into words by ICU's dictionary
// word breaker (the analyser's too), so that "มีผู้เสียชีวิตแล้วอย่างน้อย" gives the words the
// casualty tables list ("ผู้ เสีย ชีวิต", "อย่าง น้อย"); lexicon entries go through the same
// breaker (phrase_parts). Calls `f(begin, end)` for each word, byte offsets into `run`.
template <typename F> void thai_words(std::string_view run, F&& f) {
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    UErrorCode status = U_ZERO_ERROR;
    UText* text = breaker
                      ? utext_openUTF8(nullptr, run.data(), static_cast<std::int64_t>(run.size()), &status)
                      : nullptr;
    if (text == nullptr || U_FAILURE(status)) {
        f(std::size_t{0}, run.size());
        return;
    }
    breaker->setText(text, status);
    std::int32_t from = breaker->first();
    for (std::int32_t to = breaker->next(); to != icu::BreakIterator::DONE && U_SUCCESS(status);
         from = to, to = breaker->next()) {
        f(static_cast<std::size_t>(from), static_cast<std::size_t>(to));
    }
    utext_close(text); // the breaker's shallow clone is replaced at the next run, never read before
}

class Reader {
public:
    explicit Reader(std::string_view text)
        : bytes_(reinterpret_cast<const std::uint8_t*>(text.data())),
          size_(static_cast<std::int32_t>(text.size())) {}
    // Decodes the code point at `at`; returns the offset after it (== at at the end).
    std::size_t next(std::size_t at, UChar32& c) const {
        auto i = static_cast<std::int32_t>(at);
        if (i >= size_) {
            c = -1;
            return at;
        }
        U8_NEXT(bytes_, i, size_, c);
        return static_cast<std::size_t>(i);
    }

private:
    const std::uint8_t* bytes_;
    std::int32_t size_;
};

// Reads a run of decimal digits of any script as ASCII.
std::size_t read_digits(const Reader& reader, std::size_t at, std::string& out) {
    while (true) {
        UChar32 c = 0;
        const std::size_t next = reader.next(at, c);
        if (next == at || c < 0 || !u_isdigit(c)) {
            return at;
        }
        out.push_back(static_cast<char>('0' + u_charDigitValue(c)));
        at = next;
    }
}

std::size_t read_number(const Reader& reader, std::size_t at, const NumberStyle& style, Tok& tok) {
    std::string int_part;
    std::string fraction;
    std::size_t pos = read_digits(reader, at, int_part);
    const bool may_group = int_part.size() <= 3;
    while (true) {
        UChar32 sep = 0;
        const std::size_t after_sep = reader.next(pos, sep);
        if (after_sep == pos) {
            break;
        }
        const bool always_group = sep == 0x00A0 || sep == 0x202F || sep == 0x2009 || sep == 0x066C;
        const bool group = always_group || (sep == ',' && style.comma_groups) ||
                           (sep == '.' && style.dot_groups) || (sep == ' ' && style.space_groups);
        const bool decimal = sep == '.' || sep == ',' || sep == 0x066B;
        if (!group && !decimal) {
            break;
        }
        std::string run;
        const std::size_t after_run = read_digits(reader, after_sep, run);
        if (run.empty()) {
            break;
        }
        if (group && may_group && run.size() == 3) {
            int_part += run;
            tok.grouped = true;
            pos = after_run;
            continue;
        }
        if (decimal && !tok.decimal) {
            fraction = run;
            tok.decimal = true;
            pos = after_run;
        }
        break;
    }
    constexpr std::uint64_t kCap = 1'000'000'000'000'000ULL; // no stated toll comes near
    for (const char d : int_part) {
        tok.int_value =
            tok.int_value >= kCap ? kCap : tok.int_value * 10 + static_cast<std::uint64_t>(d - '0');
    }
    tok.value = static_cast<double>(tok.int_value);
    double scale = 0.1;
    for (const char d : fraction) {
        tok.value += scale * (d - '0');
        scale /= 10;
    }
    tok.int_digits = static_cast<std::uint8_t>(std::min<std::size_t>(int_part.size(), 255));
    tok.text = fraction.empty() ? int_part : int_part + "." + fraction;
    tok.kind = TokKind::number;
    return pos;
}

[[nodiscard]] bool contains(std::string_view gap, std::string_view what) {
    return gap.find(what) != std::string_view::npos;
}

// Abbreviations after which a full stop does not end a sentence.
[[nodiscard]] bool is_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 44> kAbbr = {
        "mr",   "mrs", "ms",  "dr",  "st",     "gen", "lt",  "col", "sgt", "jr",  "sr",
        "prof", "no",  "nr",  "vs",  "approx", "ca",  "etc", "jan", "feb", "mar", "apr",
        "jun",  "jul", "aug", "sep", "sept",   "oct", "nov", "dec", "inc", "gov", "sen",
        "rep",  "mt",  "г",   "гг",  "им",     "ул",  "тыс", "млн", "bzw", "vgl", "mme"};
    for (const auto a : kAbbr) {
        if (a == word) {
            return true;
        }
    }
    return false;
}

[[nodiscard]] bool starts_lowercase(std::string_view text, std::size_t at) {
    UChar32 c = 0;
    Reader(text).next(at, c);
    return c >= 0 && u_islower(c);
}

[[nodiscard]] bool gap_breaks_sentence(const TokenizedText& t, std::size_t i, std::string_view lang) {
    const std::string_view gap = t.gap_before(i);
    if (gap.find_first_not_of(' ') == std::string_view::npos) {
        return false;
    }
    if (contains(gap, "\n") || contains(gap, "。") || contains(gap, "！") || contains(gap, "？") ||
        contains(gap, "؟") || contains(gap, "!") || contains(gap, "?") || contains(gap, "…")) {
        return true;
    }
    const std::size_t dot = gap.find('.');
    if (dot == std::string_view::npos || gap.find_first_of(" \t\u00a0", dot) == std::string_view::npos) {
        return false;
    }
    const Tok& prev = t.toks[i - 1];
    if (prev.kind == TokKind::word && (prev.end - prev.begin == 1 || is_abbreviation(prev.text))) {
        return false;
    }
    if (prev.kind == TokKind::number && lang == "de" && prev.int_digits <= 2) {
        return false; // German ordinals: "am 8. Februar"
    }
    return !starts_lowercase(t.text, t.toks[i].begin);
}

// Thai separates clauses and sentences with a space, and writes none inside them but around
// numbers: a space between two Thai words is a clause break ("บาดเจ็บ 30 คน และสูญหาย 5 ราย").
[[nodiscard]] bool thai_space(const TokenizedText& t, std::size_t i) {
    const Tok& a = t.toks[i - 1];
    const Tok& b = t.toks[i];
    return a.kind == TokKind::word && b.kind == TokKind::word && starts_thai(a.text) && starts_thai(b.text) &&
           t.gap_before(i).find_first_of(" \t\u00a0") != std::string_view::npos;
}

} // namespace

std::string_view TokenizedText::gap_before(std::size_t i) const {
    const std::size_t from = i == 0 ? 0 : toks[i - 1].end;
    const std::size_t to = i < toks.size() ? toks[i].begin : text.size();
    return text.substr(from, to - from);
}

std::string_view TokenizedText::gap_after(std::size_t i) const {
    return gap_before(i + 1);
}

bool gap_breaks_clause(std::string_view gap) {
    if (gap.find_first_not_of(' ') == std::string_view::npos) {
        return false; // most gaps: one space
    }
    // The ideographic space parts a CJK headline's clauses: "死者4人に　安否不明は64人".
    static constexpr std::array<std::string_view, 23> kBreaks = {
        ",",  ";",  ":",  "(",  ")", "[", "]",   "\n", "،", "؛",  "、",    "，",
        "；", "：", "（", "）", "—", "–", " - ", "!",  "?", "。", "\u3000"};
    for (const auto b : kBreaks) {
        if (contains(gap, b)) {
            return true;
        }
    }
    const std::size_t dot = gap.find('.');
    return dot != std::string_view::npos && gap.find_first_of(" \t", dot) != std::string_view::npos;
}

TokenizedText tokenize(std::string_view text, std::string_view lang) {
    TokenizedText out;
    out.text = text;
    out.buddhist_era = base_language(lang) == "th";
    out.toks.reserve(text.size() / 6 + 1); // about a token per word
    const Reader reader(text);
    const PlaneTables& plane = plane_tables();
    const NumberStyle style = style_for(lang);
    const bool word_apostrophe = lang == "uk" || lang == "be";
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Spaces and ASCII punctuation between words, without decoding.
        if (const auto byte = static_cast<unsigned char>(text[pos]);
            byte < 0x80 && plane.classify(byte) == CpClass::gap) {
            ++pos;
            continue;
        }
        UChar32 c = 0;
        const std::size_t next = reader.next(pos, c);
        const CpClass cls = plane.classify(c);
        if (cls == CpClass::digit) {
            Tok tok;
            tok.begin = pos;
            pos = read_number(reader, pos, style, tok);
            tok.end = pos;
            out.toks.push_back(std::move(tok));
            continue;
        }
        if (cls == CpClass::cjk) {
            Tok tok;
            tok.kind = TokKind::cjk;
            tok.begin = pos;
            tok.end = next;
            append_utf8(tok.text, plane.fold(c));
            out.toks.push_back(std::move(tok));
            pos = next;
            continue;
        }
        if (cls != CpClass::letter) {
            pos = next;
            continue;
        }
        // Built in place: most tokens are words, and a Tok is a hundred bytes to move.
        Tok& tok = out.toks.emplace_back();
        tok.begin = pos;
        std::size_t end = pos;
        while (true) {
            // ASCII letters, most of most words, without decoding.
            if (end < text.size()) {
                const auto byte = static_cast<unsigned char>(text[end]);
                if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')) {
                    tok.text.push_back(static_cast<char>(byte | 0x20));
                    ++end;
                    continue;
                }
            }
            UChar32 d = 0;
            const std::size_t after = reader.next(end, d);
            const CpClass k = after == end ? CpClass::gap : plane.classify(d);
            if (k == CpClass::letter) {
                append_utf8(tok.text, plane.fold(d));
            } else if (k == CpClass::apostrophe && word_apostrophe) {
                UChar32 e = 0;
                reader.next(after, e);
                if (plane.classify(e) != CpClass::letter) {
                    break;
                }
                tok.text.push_back('\'');
            } else if (k != CpClass::ignorable) {
                break;
            }
            end = after;
        }
        tok.end = end;
        if (starts_thai(tok.text)) {
            const std::size_t run_begin = tok.begin;
            out.toks.pop_back(); // the run gives way to its words
            thai_words(text.substr(run_begin, end - run_begin), [&](std::size_t from, std::size_t to) {
                Tok word;
                word.begin = run_begin + from;
                word.end = run_begin + to;
                for (std::size_t at = word.begin; at < word.end;) {
                    UChar32 d = 0;
                    const std::size_t after = reader.next(at, d);
                    if (after == at) {
                        break;
                    }
                    if (plane.classify(d) != CpClass::ignorable) {
                        append_utf8(word.text, plane.fold(d));
                    }
                    at = after;
                }
                if (!word.text.empty()) {
                    out.toks.push_back(std::move(word));
                }
            });
        }
        pos = end;
    }

    for (Tok& tok : out.toks) {
        tok.hash = detail::KeyFilter::hash_of(tok.text);
    }
    std::uint32_t sentence = 0;
    std::uint32_t clause = 0;
    for (std::size_t i = 0; i < out.toks.size(); ++i) {
        // Most gaps are one space, which breaks nothing but a Thai clause.
        const std::string_view gap = out.gap_before(i);
        const bool one_space = gap.size() == 1 && gap.front() == ' ';
        if (i > 0 && !one_space && gap_breaks_sentence(out, i, lang)) {
            ++sentence;
            ++clause;
        } else if (i > 0 && ((!one_space && gap_breaks_clause(gap)) || thai_space(out, i))) {
            ++clause;
        }
        out.toks[i].sentence = sentence;
        out.toks[i].clause = clause;
        if (out.sentences.size() <= sentence) {
            out.sentences.push_back({out.toks[i].begin, out.toks[i].end, static_cast<std::uint32_t>(i),
                                     static_cast<std::uint32_t>(i + 1)});
        }
        Sentence& s = out.sentences.back();
        s.last = static_cast<std::uint32_t>(i + 1);
        s.end = out.toks[i].end;
    }
    // A sentence keeps its closing punctuation ("… 133." / "…遇难。").
    for (Sentence& s : out.sentences) {
        const std::string_view gap = out.gap_after(s.last - 1);
        const std::size_t stop = gap.find_first_of(" \t\r\n");
        s.end += stop == std::string_view::npos ? gap.size() : stop;
    }
    return out;
}

std::vector<std::string> phrase_parts(std::string_view phrase, std::string_view lang) {
    std::vector<std::string> parts;
    for (Tok& tok : tokenize(phrase, lang).toks) {
        parts.push_back(std::move(tok.text));
    }
    return parts;
}

std::string base_language(std::string_view lang) {
    std::string out;
    for (const char c : lang.substr(0, lang.find_first_of("-_"))) {
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    return out;
}

} // namespace lede::extract::numbers
