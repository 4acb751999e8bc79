#include "indexer/extract/numbers/phrases.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace lede::extract::numbers {
namespace {

constexpr std::uint64_t kMaxCount = 100'000'000'000ULL; // beyond any toll; caps silly products
// Buddhist-era years as Thai news writes them: 2400 is 1857, 2700 is 2157.
constexpr std::uint64_t kFirstBuddhistEraYear = 2400;
constexpr std::uint64_t kLastBuddhistEraYear = 2700;

class PhraseReader {
public:
    PhraseReader(const TokenizedText& text, const WordTable& words, const NumberLexicon& numbers)
        : t_(text), words_(words), nums_(numbers) {}

    // A number starting at token i: digits or number words, with multipliers. false if none.
    bool number(std::size_t i, Phrase& p) const {
        if (i >= t_.toks.size()) {
            return false;
        }
        const Tok& tok = t_.toks[i];
        if (tok.kind == TokKind::number) {
            return digits(i, p);
        }
        if (tok.kind == TokKind::cjk) {
            std::uint64_t value = 0;
            const std::size_t n = match_cjk_numeral(t_, i, value);
            if (n == 0) {
                return false;
            }
            p = Phrase{i, i + n, value};
            return true;
        }
        NumberWord word;
        const std::size_t n = nums_.match(t_, i, word);
        if (n == 0) {
            return false;
        }
        p = Phrase{i, i + n, word.value};
        p.approx = word.approx;
        words_multiplier(p);
        return true;
    }

    bool vague(std::size_t i, Phrase& p) const {
        const WordMatch m = words_.word_at(t_, i, Word::vague);
        if (!m) {
            return false;
        }
        p = Phrase{m.first, m.last, m.low};
        p.vague = true;
        p.vague_high = m.high;
        return true;
    }

    // "between 40 and 60", "40 to 60", "40–60", "от 10 до 20", "12至15": widens p into a range.
    void range(Phrase& p) const {
        if (p.vague || p.decimal || p.year || p.last >= t_.toks.size()) {
            return;
        }
        const WordMatch open = words_.word_ending_at(t_, p.first, Word::range_open);
        const bool opened = open && t_.same_clause(open.first, p.first);
        if (!opened && words_.word_ending_at(t_, p.first, Word::from)) {
            return; // "from 115 to 133" is an update, not a range
        }
        std::size_t second = 0;
        const std::string_view gap = t_.gap_after(p.last - 1);
        if (is_dash(gap)) {
            second = p.last;
        } else if (const WordMatch to = words_.word_at(t_, p.last, Word::range_to); to && gap_is_space(gap)) {
            second = to.last;
        } else if (const WordMatch conn = words_.word_at(t_, p.last, Word::range_and); conn && opened) {
            second = conn.last;
        } else {
            return;
        }
        Phrase upper;
        if (!number(second, upper) || upper.decimal || upper.year || upper.value <= p.value) {
            return;
        }
        p.range = true;
        p.range_low = p.value;
        p.value = upper.value;
        p.first = opened ? open.first : p.first;
        p.last = upper.last;
    }

private:
    static bool is_dash(std::string_view gap) {
        while (!gap.empty() && gap.front() == ' ') {
            gap.remove_prefix(1);
        }
        while (!gap.empty() && gap.back() == ' ') {
            gap.remove_suffix(1);
        }
        return gap == "-" || gap == "–" || gap == "—" || gap == "〜" || gap == "～";
    }
    static bool gap_is_space(std::string_view gap) {
        return gap.find_first_not_of(" \u00a0") == std::string_view::npos;
    }

    bool digits(std::size_t i, Phrase& p) const {
        const Tok& tok = t_.toks[i];
        p = Phrase{i, i + 1, tok.int_value};
        double value = tok.value;
        std::uint64_t mult = 1;
        std::size_t j = i + 1;
        if (j < t_.toks.size() && t_.same_clause(i, j)) {
            const Tok& next = t_.toks[j];
            const std::uint64_t m = next.kind == TokKind::cjk && t_.gap_before(j).empty()
                                        ? cjk_multiplier(next.text)
                                    : next.kind == TokKind::word ? nums_.multiplier(next.text)
                                                                 : 0;
            mult = std::max<std::uint64_t>(m, 1);
        }
        if (mult > 1) {
            value *= static_cast<double>(mult);
            ++j;
        }
        p.decimal = std::fabs(value - std::round(value)) > 1e-6 || (tok.decimal && mult == 1);
        p.value = static_cast<std::uint64_t>(std::min(std::round(value), static_cast<double>(kMaxCount)));
        p.last = j;
        // "3万9098": the lower part after a CJK multiplier
        if (mult >= 10'000 && j < t_.toks.size() && t_.toks[j].kind == TokKind::number &&
            t_.gap_before(j).empty() && !t_.toks[j].decimal && t_.toks[j].int_value < mult) {
            p.value += t_.toks[j].int_value;
            p.last = j + 1;
        }
        p.year = mult == 1 && !tok.grouped && !tok.decimal && tok.int_digits == 4 &&
                 ((tok.int_value >= 1000 && tok.int_value <= 2100) ||
                  (t_.buddhist_era && tok.int_value >= kFirstBuddhistEraYear &&
                   tok.int_value <= kLastBuddhistEraYear));
        return true;
    }

    // "сорок семь тысяч", "forty-seven thousand five hundred", "две тысячи девятьсот".
    void words_multiplier(Phrase& p) const {
        if (p.last >= t_.toks.size() || !t_.same_clause(p.first, p.last)) {
            return;
        }
        const std::uint64_t mult = nums_.multiplier(t_.toks[p.last].text);
        if (mult <= 1 || p.value >= 1000) {
            return;
        }
        p.value = std::min(p.value * mult, kMaxCount);
        p.approx = false;
        ++p.last;
        if (mult < 1000 || p.last >= t_.toks.size() || !t_.same_clause(p.first, p.last)) {
            return;
        }
        NumberWord word;
        const std::size_t n = t_.toks[p.last].kind == TokKind::word ? nums_.match(t_, p.last, word) : 0;
        if (n > 0 && word.value < mult && !word.approx) {
            p.value += word.value;
            p.last += n;
        }
    }

    const TokenizedText& t_;
    const WordTable& words_;
    const NumberLexicon& nums_;
};

} // namespace

std::vector<Phrase> find_phrases(const TokenizedText& text, const WordTable& words,
                                 const NumberLexicon& numbers) {
    const PhraseReader reader(text, words, numbers);
    std::vector<Phrase> phrases;
    std::size_t i = 0;
    while (i < text.toks.size()) {
        Phrase p;
        // Not a vague word right after a number: "330多人" is "330 多 人", not "330" and "多人".
        const bool after_number = !phrases.empty() && phrases.back().last == i && text.gap_before(i).empty();
        const auto vague = [&] { return !after_number && reader.vague(i, p); };
        // CJK vague words start with numerals ("数十", "十数"); elsewhere a number wins ("тысячи").
        const bool found = words.cjk() ? (vague() || reader.number(i, p)) : (reader.number(i, p) || vague());
        if (!found) {
            ++i;
            continue;
        }
        reader.range(p);
        i = std::max(p.last, i + 1);
        phrases.push_back(p);
    }
    return phrases;
}

std::size_t after_number(const TokenizedText& t, const WordTable& words, const Phrase& p) {
    std::size_t j = p.last;
    while (j < t.toks.size() && t.same_clause(p.first, j)) {
        if (const WordMatch m = words.word_at(t, j, Word::qualifier_after)) {
            j = m.last;
        } else if (const WordMatch v = words.word_at(t, j, Word::person); v && words.cjk()) {
            return j;
        } else {
            break;
        }
    }
    return j;
}

bool is_arabic_counted_noun(const TokenizedText& t, std::size_t i) {
    if (i >= t.toks.size() || t.toks[i].kind != TokKind::word) {
        return false;
    }
    const std::string_view word = t.toks[i].text;
    constexpr std::string_view kAlef = "\u0627";
    constexpr std::size_t kMinBytes = 4 * 2; // three letters and the alef
    const auto lead = static_cast<unsigned char>(word.front());
    const bool arabic = lead >= 0xD8 && lead <= 0xDB; // U+0600–U+06FF
    if (!arabic || word.size() < kMinBytes || !word.ends_with(kAlef)) {
        return false;
    }
    // Verbs ("قتلوا", "كانوا") and words with "her" ("فيها", "لكنها") end in the same letter.
    if (word.ends_with("\u0648\u0627") || word.ends_with("\u0647\u0627")) {
        return false;
    }
    // Adverbs and conjunctions, folded: hamza forms are one alef (ايضا, اذا).
    static constexpr std::array<std::string_view, 33> kNotNouns = {
        "ايضا",  "تقريبا", "حاليا", "سابقا", "رسميا",  "يوميا", "سنويا",  "شهريا", "اسبوعيا",
        "فورا",  "مجددا",  "مؤخرا", "لاحقا", "اجمالا", "عموما", "مبدئيا", "عندما", "بينما",
        "حينما", "كلما",   "ربما",  "طالما", "انما",   "بعدما", "قبلما",  "حيثما", "اينما",
        "مهما",  "لذلك",   "هكذا",  "ثانيا", "اولا",   "اخيرا"};
    return std::find(kNotNouns.begin(), kNotNouns.end(), word) == kNotNouns.end();
}

bool counts_people_next(const TokenizedText& t, const WordTable& words, const Phrase& p) {
    const std::size_t j = after_number(t, words, p);
    return words.word_at(t, j, Word::person) || words.word_at(t, j, Word::count_word) ||
           is_arabic_counted_noun(t, j);
}

bool is_year(const TokenizedText& text, const WordTable& words, const Phrase& p) {
    if (!p.year || p.range) {
        return false;
    }
    const std::size_t j = p.last;
    if (j >= text.toks.size() || !text.same_clause(p.first, j)) {
        return true;
    }
    static constexpr std::array<std::string_view, 12> kYearWords = {
        "年", "год", "года", "году", "г", "рік", "року", "році", "jahr", "year", "عام", "an"};
    if (std::find(kYearWords.begin(), kYearWords.end(), text.toks[j].text) != kYearWords.end()) {
        return true;
    }
    return !words.word_at(text, j, Word::unit) && !words.word_at(text, j, Word::person) &&
           !words.word_at(text, j, Word::count_word) && !is_arabic_counted_noun(text, j);
}

} // namespace lede::extract::numbers
