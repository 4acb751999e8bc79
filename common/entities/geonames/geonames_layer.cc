#include "common/entities/geonames/geonames_layer.h"

#include <charconv>

namespace lede::detail {
namespace {

/// The next TAB-separated field of `line`, consumed.
[[nodiscard]] std::string_view next_field(std::string_view& line) {
    const std::size_t tab = line.find('\t');
    const std::string_view field = line.substr(0, tab);
    line.remove_prefix(tab == std::string_view::npos ? line.size() : tab + 1);
    return field;
}

[[nodiscard]] std::uint32_t number(std::string_view text) {
    std::uint32_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

[[nodiscard]] GeonamesLayer parse_layer(std::string_view data) {
    GeonamesLayer layer;
    while (!data.empty()) {
        const std::size_t end = data.find('\n');
        std::string_view line = data.substr(0, end);
        data.remove_prefix(end == std::string_view::npos ? data.size() : end + 1);
        const std::string_view kind = next_field(line);
        if (kind == "E") {
            LayerEntity entity;
            entity.id = next_field(line);
            entity.name = next_field(line);
            entity.parents = next_field(line);
            entity.geonames = next_field(line);
            layer.entities.push_back(entity);
            layer.aliases.places.push_back(entity.id);
        } else if (kind == "A") {
            LayerAlias alias;
            alias.entity = next_field(line);
            alias.lang = next_field(line);
            alias.text = next_field(line);
            alias.flags = static_cast<std::uint8_t>(number(next_field(line)));
            alias.spelling = next_field(line);
            layer.aliases.aliases.push_back(alias);
        } else if (kind == "W" || kind == "C" || kind == "S") {
            const std::string_view key = next_field(line);
            std::vector<LayerKey>& keys = kind == "W"   ? layer.aliases.words
                                          : kind == "C" ? layer.aliases.characters
                                                        : layer.aliases.spellings;
            keys.push_back(LayerKey{key, number(next_field(line))});
        }
    }
    AliasLayer::index(layer.aliases.words, layer.aliases.word_ranges);
    AliasLayer::index(layer.aliases.characters, layer.aliases.character_ranges);
    return layer;
}

} // namespace

const GeonamesLayer& geonames_layer() {
    static const GeonamesLayer layer = parse_layer(kGeonamesLayerTsv);
    return layer;
}

} // namespace lede::detail
