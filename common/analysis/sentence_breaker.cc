#include "common/analysis/sentence_breaker.h"

#include "common/analysis/icu_status.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace lede {
namespace {

struct UTextCloser {
    void operator()(UText* text) const noexcept { utext_close(text); }
};

} // namespace

struct SentenceBreaker::Impl {
    std::unique_ptr<icu::BreakIterator> breaker;
};

SentenceBreaker::SentenceBreaker() : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    // `ss=standard` suppresses sentence breaks after common abbreviations.
    impl_->breaker.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    detail::check_icu(status, "BreakIterator::createSentenceInstance");
}

SentenceBreaker::~SentenceBreaker() = default;
SentenceBreaker::SentenceBreaker(SentenceBreaker&&) noexcept = default;
SentenceBreaker& SentenceBreaker::operator=(SentenceBreaker&&) noexcept = default;

std::vector<std::pair<std::size_t, std::size_t>> SentenceBreaker::split(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> bounds;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, UTextCloser> utext(
        utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    detail::check_icu(status, "utext_openUTF8");
    icu::BreakIterator& breaker = *impl_->breaker;
    breaker.setText(utext.get(), status);
    detail::check_icu(status, "BreakIterator::setText");
    int32_t start = breaker.first();
    for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE; start = end, end = breaker.next()) {
        bounds.emplace_back(static_cast<std::size_t>(start), static_cast<std::size_t>(end));
    }
    // The iterator must not keep pointing into `text` after it is gone.
    breaker.setText(icu::UnicodeString());
    return bounds;
}

} // namespace lede
