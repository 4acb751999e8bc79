#include "searcher/figures_view.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace lede {
namespace {

[[nodiscard]] std::string text_field(const nlohmann::json& record, const char* key) {
    const auto found = record.find(key);
    return found != record.end() && found->is_string() ? found->get<std::string>() : std::string();
}

[[nodiscard]] std::uint64_t count_field(const nlohmann::json& record, const char* key) {
    const auto found = record.find(key);
    return found != record.end() && found->is_number_unsigned() ? found->get<std::uint64_t>() : 0;
}

[[nodiscard]] std::optional<std::uint64_t> bound_field(const nlohmann::json& record, const char* key) {
    const auto found = record.find(key);
    if (found != record.end() && found->is_number_unsigned()) {
        return found->get<std::uint64_t>();
    }
    return std::nullopt;
}

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

void collect_figures(const nlohmann::json& record, const std::string& body, FiguresReport& report) {
    const auto figures = record.find("figures");
    if (figures == record.end() || !figures->is_array()) {
        return;
    }
    const std::string title = text_field(record, "title");
    for (const nlohmann::json& figure : *figures) {
        if (!figure.is_object()) {
            continue;
        }
        StatedFigure stated;
        stated.kind = text_field(figure, "kind");
        stated.value = count_field(figure, "value");
        stated.low = count_field(figure, "low");
        stated.high = bound_field(figure, "high");
        stated.qualifier = text_field(figure, "qualifier");
        stated.historical = figure.value("historical", false);
        stated.article_id = text_field(record, "id");
        stated.title = title;
        stated.source = text_field(record, "source");
        stated.date = text_field(record, "date");
        const std::string& text = figure.value("in_title", false) ? title : body;
        const std::size_t begin = std::min<std::size_t>(count_field(figure, "sentence_begin"), text.size());
        const std::size_t end =
            std::clamp<std::size_t>(count_field(figure, "sentence_end"), begin, text.size());
        stated.sentence = one_line(std::string_view(text).substr(begin, end - begin));
        report.figures.push_back(std::move(stated));
    }
}

void conclude_figures(const std::vector<nlohmann::json>& article_casualties, FiguresReport& report) {
    // Tolls usually rise with time: reading them in publication order shows
    // the early figure and the update.
    std::stable_sort(report.figures.begin(), report.figures.end(),
                     [](const StatedFigure& a, const StatedFigure& b) {
                         return a.date != b.date ? a.date < b.date : a.article_id < b.article_id;
                     });
    for (const char* kind : {"deaths", "injured"}) {
        FigureVerdict verdict;
        verdict.kind = kind;
        std::uint64_t overlap_low = 0;
        std::optional<std::uint64_t> overlap_high;
        std::uint64_t min_value = UINT64_MAX;
        std::uint64_t max_value = 0;
        for (const nlohmann::json& casualties : article_casualties) {
            const auto figure = casualties.find(kind);
            if (figure == casualties.end() || !figure->is_object()) {
                continue;
            }
            ++verdict.articles;
            overlap_low = std::max(overlap_low, count_field(*figure, "low"));
            if (const auto high = bound_field(*figure, "high")) {
                overlap_high = overlap_high ? std::min(*overlap_high, *high) : *high;
            }
            min_value = std::min(min_value, count_field(*figure, "value"));
            max_value = std::max(max_value, count_field(*figure, "value"));
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
