#include <lede/analyzer.h>
#include <lede/limits.h>

#include "common/analysis/icu_status.h"
#include "common/analysis/token_folding.h"

#include <array>
#include <map>
#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <xapian.h>

namespace lede {
namespace {

struct UTextCloser {
    void operator()(UText* text) const noexcept { utext_close(text); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// ISO 639-1 codes with a Snowball stemmer in Xapian 1.4. Ukrainian is left
// out on purpose: the Russian stemmer would mangle it.
constexpr std::array<std::pair<std::string_view, const char*>, 24> kStemmers = {{
    {"ar", "arabic"},    {"ca", "catalan"},  {"da", "danish"},     {"de", "german"},    {"en", "english"},
    {"es", "spanish"},   {"eu", "basque"},   {"fi", "finnish"},    {"fr", "french"},    {"ga", "irish"},
    {"hu", "hungarian"}, {"hy", "armenian"}, {"id", "indonesian"}, {"it", "italian"},   {"lt", "lithuanian"},
    {"nb", "norwegian"}, {"ne", "nepali"},   {"nl", "dutch"},      {"no", "norwegian"}, {"pt", "portuguese"},
    {"ro", "romanian"},  {"ru", "russian"},  {"sv", "swedish"},    {"tr", "turkish"},
}};

[[nodiscard]] const char* stemmer_name(std::string_view lang) {
    for (const auto& [code, name] : kStemmers) {
        if (code == lang) {
            return name;
        }
    }
    return nullptr;
}

[[nodiscard]] TokenClass class_of(int32_t rule_status) {
    if (rule_status >= UBRK_WORD_IDEO) {
        return TokenClass::ideographic;
    }
    if (rule_status >= UBRK_WORD_KANA) {
        return TokenClass::kana;
    }
    if (rule_status >= UBRK_WORD_LETTER) {
        return TokenClass::letter;
    }
    return TokenClass::number;
}

} // namespace

struct Analyzer::Impl {
    std::unique_ptr<icu::BreakIterator> words;
    const icu::Normalizer2* casefold = nullptr;
    std::map<std::string, Xapian::Stem, std::less<>> stemmers;

    Impl() {
        UErrorCode status = U_ZERO_ERROR;
        words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        detail::check_icu(status, "BreakIterator::createWordInstance");
        casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
        detail::check_icu(status, "Normalizer2::getNFKCCasefoldInstance");
        // ICU creates these singletons on first use. Creating them here, in
        // the thread that makes the analysers, publishes them to the worker
        // threads through thread creation (ThreadSanitizer cannot see ICU's
        // own uninstrumented once-guard).
        (void)icu::Normalizer2::getNFDInstance(status);
        (void)icu::Normalizer2::getNFCInstance(status);
        detail::check_icu(status, "Normalizer2::getNFDInstance");
    }

    [[nodiscard]] std::string fold_case(std::string_view text) const {
        std::string out;
        UErrorCode status = U_ZERO_ERROR;
        icu::StringByteSink<std::string> sink(&out);
        casefold->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                                nullptr, status);
        detail::check_icu(status, "Normalizer2::normalizeUTF8(NFKC_Casefold)");
        return out;
    }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

std::vector<Token> Analyzer::analyze(std::string_view text, std::uint32_t first_position) {
    std::vector<Token> tokens;
    if (text.empty()) {
        return tokens;
    }
    UErrorCode status = U_ZERO_ERROR;
    UTextPtr utext(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    detail::check_icu(status, "utext_openUTF8");
    impl_->words->setText(utext.get(), status);
    detail::check_icu(status, "BreakIterator::setText");

    std::uint32_t position = first_position;
    int32_t start = impl_->words->first();
    for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
         start = end, end = impl_->words->next()) {
        const int32_t rule_status = impl_->words->getRuleStatus();
        if (rule_status < UBRK_WORD_NONE_LIMIT) {
            continue; // spaces, punctuation, symbols
        }
        const auto begin = static_cast<std::size_t>(start);
        const auto stop = static_cast<std::size_t>(end);
        std::string term = detail::apply_fold_rules(impl_->fold_case(text.substr(begin, stop - begin)));
        if (term.empty() || term.size() > limits::kMaxTermBytes) {
            continue; // debris such as URLs and base64 spends no position
        }
        Token token;
        token.kind = class_of(rule_status);
        if (token.kind == TokenClass::letter) {
            token.accent_folded = detail::strip_accents(term);
        }
        token.term = std::move(term);
        token.begin = begin;
        token.end = stop;
        token.position = position++;
        tokens.push_back(std::move(token));
    }
    // Drop the iterator's pointer into `text`, which the caller owns.
    impl_->words->setText(icu::UnicodeString());
    return tokens;
}

std::string Analyzer::stem(std::string_view term, std::string_view lang) {
    auto found = impl_->stemmers.find(lang);
    if (found == impl_->stemmers.end()) {
        const char* name = stemmer_name(lang);
        if (name == nullptr) {
            return {};
        }
        found = impl_->stemmers.emplace(std::string(lang), Xapian::Stem(name)).first;
    }
    return found->second(std::string(term));
}

bool Analyzer::has_stemmer(std::string_view lang) {
    return stemmer_name(lang) != nullptr;
}

std::vector<std::string> split_code_points(std::string_view utf8) {
    std::vector<std::string> out;
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0) {
            out.emplace_back(
                utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        }
    }
    return out;
}

} // namespace lede
