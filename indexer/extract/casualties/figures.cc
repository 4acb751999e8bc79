#include "indexer/extract/casualties/figures.h"

#include "indexer/extract/casualties/grammar.h"
#include "indexer/extract/casualties/lexicon.h"

#include <algorithm>

namespace lede::extract::casualties {

const numbers::WordTable& number_words(std::string_view lang) {
    return casualty_lexicon(numbers::base_language(lang));
}

std::vector<CasualtyFigure> extract(const numbers::NumberedText& text, std::string_view publication_date,
                                    const std::vector<NamedMonth>& months) {
    const Lexicon& lexicon = casualty_lexicon(text.lang);
    const numbers::TokenizedText& tokens = text.tokens;
    const std::vector<numbers::Phrase>& phrases = text.phrases;
    std::vector<FoundFigure> found = match_figures(tokens, lexicon, phrases);
    count_named_victims(tokens, lexicon, phrases, found);
    mark_historical(tokens, lexicon, phrases, found, publication_date, months);
    mark_earlier(tokens, lexicon, phrases, found);

    std::vector<CasualtyFigure> figures;
    figures.reserve(found.size());
    for (FoundFigure& f : found) {
        figures.push_back(std::move(f.figure));
    }
    // In text order of the numbers: a toll's phrase starts at its head, before its "from" number.
    std::stable_sort(figures.begin(), figures.end(), [](const CasualtyFigure& a, const CasualtyFigure& b) {
        return a.number_begin < b.number_begin;
    });
    return figures;
}

void keep_the_headlines_event(std::vector<CasualtyFigure>& figures, std::size_t body_start) {
    const auto in_headline = [&](const CasualtyFigure& f) { return f.begin < body_start; };
    for (const CasualtyFigure& headline : figures) {
        if (!in_headline(headline) || headline.historical || headline.hypothetical) {
            continue;
        }
        for (const CasualtyFigure& told : figures) {
            if (in_headline(told) || !told.historical || told.kind != headline.kind ||
                told.low != headline.low || told.high != headline.high) {
                continue;
            }
            const std::size_t sentence_begin = told.sentence_begin, sentence_end = told.sentence_end;
            for (CasualtyFigure& f : figures) {
                if (f.begin >= sentence_begin && f.end <= sentence_end) {
                    f.historical = false;
                }
            }
        }
    }
}

ArticleCasualties resolve(const std::vector<CasualtyFigure>& figures) {
    ArticleCasualties out;
    for (const CasualtyFigure& f : figures) {
        if (f.historical || f.superseded || f.hypothetical) {
            continue;
        }
        std::optional<CasualtyFigure>* slot = f.kind == CasualtyKind::deaths    ? &out.deaths
                                              : f.kind == CasualtyKind::injured ? &out.injured
                                                                                : nullptr;
        if (slot == nullptr) {
            continue;
        }
        // A vague figure counts only where the article states no number of its kind ("quelques milliers de
        // morts" beside "35 morts"); else the largest lower bound wins, ">=" handing ties to the later figure
        // (an updated toll).
        const bool vague = f.qualifier == Qualifier::vague;
        const bool held_vague = slot->has_value() && (*slot)->qualifier == Qualifier::vague;
        if (!slot->has_value() || (held_vague && !vague) || (held_vague == vague && f.low >= (*slot)->low)) {
            *slot = f;
        }
    }
    return out;
}

std::string_view kind_name(CasualtyKind kind) noexcept {
    switch (kind) {
    case CasualtyKind::deaths:
        return "deaths";
    case CasualtyKind::injured:
        return "injured";
    case CasualtyKind::missing:
        return "missing";
    case CasualtyKind::detained:
        return "detained";
    }
    return "deaths";
}

std::string_view qualifier_name(Qualifier qualifier) noexcept {
    switch (qualifier) {
    case Qualifier::exact:
        return "exact";
    case Qualifier::at_least:
        return "at_least";
    case Qualifier::more_than:
        return "more_than";
    case Qualifier::about:
        return "about";
    case Qualifier::nearly:
        return "nearly";
    case Qualifier::up_to:
        return "up_to";
    case Qualifier::fewer_than:
        return "fewer_than";
    case Qualifier::range:
        return "range";
    case Qualifier::vague:
        return "vague";
    }
    return "exact";
}

} // namespace lede::extract::casualties
