#include "searcher/figures_view.h"

#include <algorithm>
#include <map>

namespace lede {
namespace {

/// A sentence as one line: white space runs become one space.
[[nodiscard]] std::string one_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace

void collect_figures(const stored_record::Record& record, const std::string& body, FiguresReport& report) {
    for (const stored_record::Figure& figure : record.figures) {
        StatedFigure stated;
        stated.kind = figure.kind;
        stated.value = figure.value;
        stated.low = figure.low;
        stated.high = figure.high;
        stated.qualifier = figure.qualifier;
        stated.historical = figure.historical;
        stated.hypothetical = figure.hypothetical;
        stated.article_id = record.id;
        stated.title = record.title;
        stated.source = record.source;
        stated.date = record.date;
        const std::string& text = figure.in_title ? record.title : body;
        const std::size_t begin = std::min<std::size_t>(figure.sentence_begin, text.size());
        const std::size_t end = std::clamp<std::size_t>(figure.sentence_end, begin, text.size());
        stated.sentence = one_line(std::string_view(text).substr(begin, end - begin));
        report.figures.push_back(std::move(stated));
    }
}

void conclude_figures(const std::vector<ArticleTolls>& tolls, FiguresReport& report) {
    // Tolls usually rise with time: reading them in publication order shows
    // the early figure and the update.
    std::stable_sort(report.figures.begin(), report.figures.end(),
                     [](const StatedFigure& a, const StatedFigure& b) {
                         return a.date != b.date ? a.date < b.date : a.article_id < b.article_id;
                     });
    for (const bool deaths : {true, false}) {
        FigureVerdict verdict;
        verdict.kind = deaths ? "deaths" : "injured";
        std::uint64_t overlap_low = 0;
        std::optional<std::uint64_t> overlap_high;
        std::uint64_t min_value = UINT64_MAX;
        std::uint64_t max_value = 0;
        for (const ArticleTolls& article : tolls) {
            const std::optional<stored_record::ArticleFigure>& figure =
                deaths ? article.deaths : article.injured;
            if (!figure) {
                continue;
            }
            ++verdict.articles;
            overlap_low = std::max(overlap_low, figure->low);
            if (figure->high) {
                overlap_high = overlap_high ? std::min(*overlap_high, *figure->high) : *figure->high;
            }
            min_value = std::min(min_value, figure->value);
            max_value = std::max(max_value, figure->value);
        }
        if (verdict.articles == 0) {
            continue;
        }
        verdict.consistent = !overlap_high || overlap_low <= *overlap_high;
        if (verdict.consistent) {
            verdict.low = overlap_low;
            verdict.high = overlap_high;
        } else {
            verdict.low = min_value;
            verdict.high = max_value;
        }
        report.verdicts.push_back(verdict);
    }
}

} // namespace lede
