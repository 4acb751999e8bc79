#include "common/entities/gazetteer_tsv.h"

#include <lede/error.h>

#include <algorithm>
#include <array>
#include <unicode/utf8.h>
#include <utility>

namespace lede::detail {
namespace {

constexpr std::size_t kMaxIdBytes = 64;

constexpr std::array<std::pair<std::string_view, std::uint8_t>, 7> kFlagNames = {{
    {"cs", kAliasCaseSensitive},
    {"cjk", kAliasByCharacters},
    {"noinflect", kAliasNoInflect},
    {"off", kAliasOff},
    {"opaque", kAliasOpaque},
    {"weak", kAliasWeak},
    {"word", kAliasCommonWord},
}};

constexpr std::array<std::pair<std::string_view, EntityType>, 4> kTypeNames = {{
    {"person", EntityType::person},
    {"org", EntityType::org},
    {"place", EntityType::place},
    {"event", EntityType::event},
}};

[[nodiscard]] std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

[[nodiscard]] std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const std::size_t at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) {
            return parts;
        }
        text.remove_prefix(at + 1);
    }
}

[[nodiscard]] bool is_valid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            return false;
        }
    }
    return true;
}

[[nodiscard]] bool is_valid_lang(std::string_view lang) {
    if (lang == "*") {
        return true;
    }
    return lang.size() == 2 && lang[0] >= 'a' && lang[0] <= 'z' && lang[1] >= 'a' && lang[1] <= 'z';
}

[[nodiscard]] std::string quoted(std::string_view text) {
    return '"' + std::string(text) + '"';
}

/// A GeoNames id ("2643743") or first-level admin code ("GB.ENG", "RU.53").
[[nodiscard]] bool is_geonames_code(std::string_view text) {
    if (text.empty() || text.size() > 20) {
        return false;
    }
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.'; });
}

class RowParser {
public:
    RowParser(std::string_view origin, std::size_t line) : origin_(origin), line_(line) {}

    [[nodiscard]] GazetteerRow entity(const std::vector<std::string_view>& fields) const {
        if (fields.size() < 3 || fields.size() > 5) {
            fail("an entity row has the fields id, type, name, parents and geonames (both may be empty), "
                 "found " +
                 std::to_string(fields.size()));
        }
        GazetteerRow row;
        row.origin = origin_;
        row.line = line_;
        row.entity.id = id(fields[0]);
        row.entity.type = type(fields[1]);
        row.entity.name = std::string(fields[2]);
        if (row.entity.name.empty()) {
            fail("empty name for " + quoted(row.entity.id));
        }
        if (fields.size() == 5 && !fields[4].empty()) {
            if (!is_geonames_code(fields[4])) {
                fail("invalid GeoNames id " + quoted(fields[4]) + " (digits, or a CC.ADMIN1 code)");
            }
            row.entity.geonames = std::string(fields[4]);
        }
        if (fields.size() >= 4) {
            for (std::string_view parent : split(fields[3], ',')) {
                parent = trim(parent);
                if (parent.empty()) {
                    continue;
                }
                if (!is_valid_id(parent)) {
                    fail("invalid parent id " + quoted(parent));
                }
                if (parent == row.entity.id) {
                    fail(quoted(parent) + " cannot be its own parent");
                }
                row.entity.parents.emplace_back(parent);
            }
        }
        return row;
    }

    [[nodiscard]] GazetteerRow alias(const std::vector<std::string_view>& fields) const {
        if (fields.size() < 3 || fields.size() > 4) {
            fail("an alias row has the fields id, lang, alias and flags (may be empty), found " +
                 std::to_string(fields.size()));
        }
        GazetteerRow row;
        row.is_entity = false;
        row.origin = origin_;
        row.line = line_;
        row.alias.id = id(fields[0]);
        if (!is_valid_lang(fields[1])) {
            fail("invalid language " + quoted(fields[1]) + " (expected an ISO 639-1 code or *)");
        }
        row.alias.lang = std::string(fields[1]);
        row.alias.text = std::string(fields[2]);
        if (row.alias.text.empty()) {
            fail("empty alias for " + quoted(row.alias.id));
        }
        if (fields.size() == 4) {
            for (std::string_view flag : split(fields[3], ',')) {
                flag = trim(flag);
                if (!flag.empty()) {
                    row.alias.flags |= flag_bit(flag);
                }
            }
        }
        return row;
    }

    [[noreturn]] void fail(const std::string& reason) const { throw_row_error(origin_, line_, reason); }

private:
    [[nodiscard]] std::string id(std::string_view text) const {
        if (!is_valid_id(text)) {
            fail("invalid id " + quoted(text) +
                 " (lower-case ASCII letters and digits joined by '-', at most 64 bytes)");
        }
        return std::string(text);
    }

    [[nodiscard]] EntityType type(std::string_view text) const {
        for (const auto& [name, value] : kTypeNames) {
            if (name == text) {
                return value;
            }
        }
        fail("unknown type " + quoted(text) + " (expected person, org, place or event)");
    }

    [[nodiscard]] std::uint8_t flag_bit(std::string_view text) const {
        for (const auto& [name, bit] : kFlagNames) {
            if (name == text) {
                return bit;
            }
        }
        fail("unknown flag " + quoted(text) + " (expected cs, cjk, noinflect, off, opaque, weak or word)");
    }

    std::string_view origin_;
    std::size_t line_;
};

} // namespace

void throw_row_error(std::string_view origin, std::size_t line, const std::string& reason) {
    throw InvalidArgument(std::string(origin) + ':' + std::to_string(line) + ": " + reason);
}

bool is_valid_id(std::string_view id) noexcept {
    if (id.empty() || id.size() > kMaxIdBytes || id.front() == '-' || id.back() == '-') {
        return false;
    }
    char previous = 0;
    for (const char c : id) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !(c == '-' && previous != '-')) {
            return false;
        }
        previous = c;
    }
    return true;
}

std::vector<GazetteerRow> parse_gazetteer(std::string_view tsv, std::string_view origin, RowFormat format) {
    if (tsv.starts_with("\xEF\xBB\xBF")) {
        tsv.remove_prefix(3);
    }
    std::vector<GazetteerRow> rows;
    std::size_t line_number = 0;
    for (std::string_view line : split(tsv, '\n')) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (trim(line).empty() || line.front() == '#') {
            continue;
        }
        const RowParser parser(origin, line_number);
        if (!is_valid_utf8(line)) {
            parser.fail("invalid UTF-8");
        }
        std::vector<std::string_view> fields = split(line, '\t');
        for (std::string_view& field : fields) {
            field = trim(field);
        }
        RowFormat kind = format;
        if (format == RowFormat::tagged) {
            if (fields[0] == "entity") {
                kind = RowFormat::entities;
            } else if (fields[0] == "alias") {
                kind = RowFormat::aliases;
            } else if (fields[0] == "layer" && fields.size() == 2 && fields[1] == kGeonamesLayer) {
                GazetteerRow row;
                row.is_entity = false;
                row.layer = std::string(fields[1]);
                row.origin = origin;
                row.line = line_number;
                rows.push_back(std::move(row));
                continue;
            } else {
                parser.fail("unknown row kind " + quoted(fields[0]) + " (expected entity, alias or layer)");
            }
            fields.erase(fields.begin());
        }
        rows.push_back(kind == RowFormat::entities ? parser.entity(fields) : parser.alias(fields));
    }
    return rows;
}

std::string format_alias_flags(std::uint8_t flags) {
    std::string out;
    for (const auto& [name, bit] : kFlagNames) {
        if ((flags & bit) != 0) {
            if (!out.empty()) {
                out += ',';
            }
            out += name;
        }
    }
    return out;
}

std::string format_gazetteer(const std::vector<Entity>& entities, const std::vector<AliasRecord>& aliases,
                             bool with_geonames_layer) {
    std::string out = "# lede entity table: tagged gazetteer rows (corpus/gazetteer/README.md)\n";
    if (with_geonames_layer) {
        out += "layer\t" + std::string(kGeonamesLayer) + '\n';
    }
    for (const Entity& entity : entities) {
        out += "entity\t" + entity.id + '\t' + std::string(entity_type_name(entity.type)) + '\t' +
               entity.name + '\t';
        for (std::size_t i = 0; i < entity.parents.size(); ++i) {
            out += (i == 0 ? "" : ",") + entity.parents[i];
        }
        if (!entity.geonames.empty()) {
            out += '\t' + entity.geonames;
        }
        out += '\n';
    }
    for (const AliasRecord& alias : aliases) {
        out += "alias\t" + alias.id + '\t' + alias.lang + '\t' + alias.text + '\t' +
               format_alias_flags(alias.flags) + '\n';
    }
    return out;
}

} // namespace lede::detail
