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

[[nodiscard]] Json hit_json(const Hit& hit) {
    return {{"id", hit.id},
            {"rank", hit.rank},
            {"score", hit.score},
            {"title", hit.title},
            {"date", optional_string(hit.date)},
            {"lang", hit.lang},
            {"url", optional_string(hit.url)},
            {"source", optional_string(hit.source)},
            {"snippet", snippet_html(hit.snippet)},
            {"entities", Json::array()},
            {"casualties", nullptr}};
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
        facets["date"] = facet_list(result.facets->date);
        facets["lang"] = facet_list(result.facets->lang);
        json["facets_exact"] = !result.facets->approximate;
    }
    json["facets"] = std::move(facets);
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
        out << "     " << styled(kDim, meta) << '\n';
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
        line("languages", result.facets->lang);
        line("dates    ", result.facets->date);
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
                       {"size_bytes", stats.size_bytes}};
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
}

} // namespace lede
