#include <lede/error.h>
#include <lede/render.h>

#include <cstdio>
#include <nlohmann/json.hpp>

namespace lede {
namespace {

using Json = nlohmann::ordered_json;

[[nodiscard]] Json optional_string(const std::string& value) {
    return value.empty() ? Json(nullptr) : Json(value);
}

[[nodiscard]] std::string dump(const Json& json) {
    // Stored text is valid UTF-8; `replace` only guards against a bug, so
    // output stays valid JSON whatever happens.
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

[[nodiscard]] Json facet_list(const std::vector<FacetValue>& values) {
    Json list = Json::array();
    for (const FacetValue& value : values) {
        list.push_back({{"value", value.value}, {"count", value.count}});
    }
    return list;
}

[[nodiscard]] Json entity_json(const HitEntity& entity) {
    return {{"id", entity.id}, {"name", entity.name}, {"type", entity.type}};
}

[[nodiscard]] Json optional_count(const std::optional<std::uint64_t>& count) {
    return count ? Json(*count) : Json(nullptr);
}

[[nodiscard]] Json hit_json(const Hit& hit) {
    Json entities = Json::array();
    for (const HitEntity& entity : hit.entities) {
        entities.push_back(entity_json(entity));
    }
    Json casualties = nullptr;
    if (hit.casualties) {
        casualties = {{"deaths", optional_count(hit.casualties->deaths)},
                      {"injured", optional_count(hit.casualties->injured)}};
    }
    return {{"id", hit.id},
            {"rank", hit.rank},
            {"score", hit.score},
            {"title", hit.title},
            {"date", optional_string(hit.date)},
            {"lang", hit.lang},
            {"url", optional_string(hit.url)},
            {"source", optional_string(hit.source)},
            {"snippet", snippet_html(hit.snippet)},
            {"entities", std::move(entities)},
            {"casualties", std::move(casualties)},
            {"mentioned", hit.mentioned},
            {"duplicates", hit.duplicates}};
}

[[nodiscard]] Json bucket_list(const std::vector<FacetValue>& values) {
    Json list = Json::array();
    for (const FacetValue& value : values) {
        list.push_back({{"range", value.value}, {"count", value.count}});
    }
    return list;
}

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kMark = "\x1b[1;33m";
constexpr const char* kReset = "\x1b[0m";

} // namespace

OutputFormat parse_output_format(std::string_view name) {
    if (name == "text") {
        return OutputFormat::text;
    }
    if (name == "json") {
        return OutputFormat::json;
    }
    if (name == "jsonl") {
        return OutputFormat::jsonl;
    }
    throw InvalidArgument("unknown format \"" + std::string(name.substr(0, 20)) +
                          "\" (expected text, json or jsonl)");
}

std::string snippet_html(const std::vector<SnippetPart>& parts) {
    std::string html;
    for (const SnippetPart& part : parts) {
        if (part.marked) {
            html += "<mark>";
        }
        for (char c : part.text) {
            switch (c) {
            case '&':
                html += "&amp;";
                break;
            case '<':
                html += "&lt;";
                break;
            case '>':
                html += "&gt;";
                break;
            case '"':
                html += "&quot;";
                break;
            case '\'':
                html += "&#39;";
                break;
            default:
                html += c;
            }
        }
        if (part.marked) {
            html += "</mark>";
        }
    }
    return html;
}

void render_json(std::ostream& out, const SearchResult& result) {
    Json json = {{"query", result.query},
                 {"total", result.total},
                 {"total_exact", result.total_exact},
                 {"offset", result.offset}};
    Json hits = Json::array();
    for (const Hit& hit : result.hits) {
        hits.push_back(hit_json(hit));
    }
    json["hits"] = std::move(hits);
    Json facets = Json::object();
    if (result.facets) {
        Json entities = Json::array();
        for (const EntityFacetValue& value : result.facets->entity) {
            Json entity = entity_json(value.entity);
            entity["count"] = value.count;
            entities.push_back(std::move(entity));
        }
        facets["entity"] = std::move(entities);
        facets["date"] = facet_list(result.facets->date);
        facets["mentioned"] = facet_list(result.facets->mentioned);
        facets["deaths"] = bucket_list(result.facets->deaths);
        facets["injured"] = bucket_list(result.facets->injured);
        facets["lang"] = facet_list(result.facets->lang);
        json["facets_exact"] = !result.facets->approximate;
    }
    json["facets"] = std::move(facets);
    if (result.partial()) {
        json["partial"] = true;
        json["missing_shards"] = result.missing_shards;
    }
    out << dump(json) << '\n';
}

void render_jsonl(std::ostream& out, const SearchResult& result) {
    for (const Hit& hit : result.hits) {
        out << dump(hit_json(hit)) << '\n';
    }
}

void render_text(std::ostream& out, const SearchResult& result, const TextStyle& style) {
    const auto styled = [&style](const char* code, const std::string& text) {
        return style.color ? std::string(code) + text + kReset : text;
    };
    if (result.total == 0) {
        out << "no results for \"" << result.query << "\"\n";
    } else {
        out << (result.total_exact ? "" : "about ") << result.total
            << (result.total == 1 ? " result" : " results");
        if (!result.query.empty()) {
            out << " for \"" << result.query << '"';
        }
        if (!result.hits.empty()) {
            out << " (" << result.hits.front().rank << "–" << result.hits.back().rank << ")";
        }
        out << '\n';
    }
    for (const std::string& shard : result.missing_shards) {
        out << styled(kBold, "partial:") << " left out shard " << shard << '\n';
    }
    for (const Hit& hit : result.hits) {
        char number[16];
        std::snprintf(number, sizeof number, "%3zu. ", hit.rank);
        out << '\n' << number << styled(kBold, hit.title.empty() ? hit.id : hit.title) << '\n';
        std::string meta = hit.lang;
        for (const std::string* field : {&hit.date, &hit.source, &hit.id}) {
            if (!field->empty()) {
                meta += " · " + *field;
            }
        }
        if (!hit.duplicates.empty()) {
            meta += " · +" + std::to_string(hit.duplicates.size()) + " similar";
        }
        out << "     " << styled(kDim, meta) << '\n';
        if (hit.casualties || !hit.entities.empty()) {
            std::string facts;
            if (hit.casualties && hit.casualties->deaths) {
                facts += "deaths " + std::to_string(*hit.casualties->deaths);
            }
            if (hit.casualties && hit.casualties->injured) {
                facts += (facts.empty() ? "" : ", ") + std::string("injured ") +
                         std::to_string(*hit.casualties->injured);
            }
            std::size_t shown = 0;
            for (const HitEntity& entity : hit.entities) {
                if (shown++ == 6) {
                    facts += " …";
                    break;
                }
                facts += (facts.empty() ? "" : shown == 1 ? " · " : ", ") + entity.name;
            }
            out << "     " << styled(kDim, facts) << '\n';
        }
        if (!hit.snippet.empty()) {
            out << "     ";
            for (const SnippetPart& part : hit.snippet) {
                if (part.marked) {
                    out << (style.color ? std::string(kMark) + part.text + kReset : "*" + part.text + "*");
                } else {
                    out << part.text;
                }
            }
            out << '\n';
        }
    }
    if (result.facets) {
        out << '\n'
            << styled(kBold, "Facets") << (result.facets->approximate ? " (approximate)" : "") << '\n';
        const auto line = [&out](const char* name, const std::vector<FacetValue>& values) {
            out << "  " << name;
            bool first = true;
            for (const FacetValue& value : values) {
                out << (first ? "  " : " · ") << value.value << ' ' << value.count;
                first = false;
            }
            out << '\n';
        };
        std::vector<FacetValue> entities;
        for (const EntityFacetValue& value : result.facets->entity) {
            entities.push_back({value.entity.name, value.count});
        }
        line("entities ", entities);
        line("deaths   ", result.facets->deaths);
        line("injured  ", result.facets->injured);
        line("languages", result.facets->lang);
        line("dates    ", result.facets->date);
        line("mentioned", result.facets->mentioned);
    }
}

namespace {

[[nodiscard]] std::string interval_text(std::uint64_t low, const std::optional<std::uint64_t>& high) {
    if (!high) {
        return std::to_string(low) + "..";
    }
    return low == *high ? std::to_string(low) : std::to_string(low) + ".." + std::to_string(*high);
}

} // namespace

void render_figures_json(std::ostream& out, const FiguresReport& report) {
    Json figures = Json::array();
    for (const StatedFigure& figure : report.figures) {
        figures.push_back({{"kind", figure.kind},
                           {"value", figure.value},
                           {"low", figure.low},
                           {"high", optional_count(figure.high)},
                           {"qualifier", figure.qualifier},
                           {"historical", figure.historical},
                           {"hypothetical", figure.hypothetical},
                           {"id", figure.article_id},
                           {"title", figure.title},
                           {"source", optional_string(figure.source)},
                           {"date", optional_string(figure.date)},
                           {"sentence", figure.sentence}});
    }
    Json verdicts = Json::array();
    for (const FigureVerdict& verdict : report.verdicts) {
        verdicts.push_back({{"kind", verdict.kind},
                            {"consistent", verdict.consistent},
                            {"low", verdict.low},
                            {"high", optional_count(verdict.high)},
                            {"articles", verdict.articles}});
    }
    const Json json = {{"query", report.query},
                       {"articles", report.articles},
                       {"figures", std::move(figures)},
                       {"verdicts", std::move(verdicts)}};
    out << dump(json) << '\n';
}

void render_figures_text(std::ostream& out, const FiguresReport& report, const TextStyle& style) {
    const auto styled = [&style](const char* code, const std::string& text) {
        return style.color ? std::string(code) + text + kReset : text;
    };
    out << report.figures.size() << " casualty figures in " << report.articles << " matching reports";
    if (!report.query.empty()) {
        out << " for \"" << report.query << '"';
    }
    out << '\n';
    for (const FigureVerdict& verdict : report.verdicts) {
        out << "  " << styled(kBold, verdict.kind) << ": "
            << (verdict.consistent ? "reports agree on " : "reports conflict, from ")
            << interval_text(verdict.low, verdict.high) << " (" << verdict.articles << " reports)\n";
    }
    for (const StatedFigure& figure : report.figures) {
        out << '\n'
            << (figure.date.empty() ? std::string("(no date)") : figure.date) << "  "
            << styled(kBold, figure.kind + " " + std::to_string(figure.value)) << " (" << figure.qualifier
            << (figure.historical ? ", historical" : "") << (figure.hypothetical ? ", hypothetical" : "")
            << ", means " << interval_text(figure.low, figure.high) << ")  "
            << styled(kDim, figure.article_id + (figure.source.empty() ? "" : " · " + figure.source))
            << "\n    " << figure.sentence << '\n';
    }
}

void render_stats_json(std::ostream& out, const Stats& stats) {
    Json languages = Json::object();
    for (const auto& [lang, count] : stats.languages) {
        languages[lang] = count;
    }
    const Json json = {{"documents", stats.documents},
                       {"languages", std::move(languages)},
                       {"date_min", optional_string(stats.date_min)},
                       {"date_max", optional_string(stats.date_max)},
                       {"size_bytes", stats.size_bytes},
                       {"checkpoint", optional_string(stats.checkpoint)}};
    out << dump(json) << '\n';
}

void render_stats_text(std::ostream& out, const Stats& stats) {
    out << "documents  " << stats.documents << '\n';
    out << "languages  ";
    if (stats.languages.empty()) {
        out << "none";
    }
    bool first = true;
    for (const auto& [lang, count] : stats.languages) {
        out << (first ? "" : ", ") << lang << ' ' << count;
        first = false;
    }
    out << '\n';
    out << "dates      " << (stats.date_min.empty() ? "none" : stats.date_min + " .. " + stats.date_max)
        << '\n';
    char size[64];
    std::snprintf(size, sizeof size, "%.1f MB (%llu bytes)", static_cast<double>(stats.size_bytes) / 1e6,
                  static_cast<unsigned long long>(stats.size_bytes));
    out << "size       " << size << '\n';
    out << "checkpoint " << (stats.checkpoint.empty() ? "none" : stats.checkpoint) << '\n';
}

void render_error_json(std::ostream& out, std::string_view message, std::optional<std::size_t> position,
                       std::optional<std::size_t> line) {
    Json json = {{"error", message}};
    if (position) {
        json["position"] = *position;
    }
    if (line) {
        json["line"] = *line;
    }
    out << dump(json) << '\n';
}

} // namespace lede
