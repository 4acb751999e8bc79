// Build-time tool: turns the dump of libgeonames (dump_geonames_main.cc) into
// the GeoNames layer of lede's entity table, in its final form: ids, parents
// and flags decided (geonames_places.cc), and each alias's lookup keys and
// spelling computed by the same code the matcher runs. A process then only
// parses the layer (common/entities/geonames/geonames_layer.h) and compiles
// an alias the first time a text holds one of its keys.
//
// Usage: geonames-layer OUTPUT.cc
// Exit status 1 with a one-line message when the output cannot be written.

#include <lede/analyzer.h>

#include "common/entities/alias_matcher.h"
#include "common/entities/builtin_gazetteer.h"
#include "common/entities/gazetteer_tsv.h"
#include "common/entities/geonames/geonames_layer.h"
#include "common/entities/geonames/tools/geonames_places.h"
#include "common/entities/icu_countries.h"
#include "common/entities/text_rules.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

// This tool links lede_common's code without the layer it is making.
const char* const lede::detail::kGeonamesLayerTsv = "";

namespace {

using lede::detail::GazetteerRow;

struct Key {
    std::string key;
    std::size_t alias = 0;
    bool operator<(const Key& other) const { return std::tie(key, alias) < std::tie(other.key, other.alias); }
};

[[nodiscard]] std::string layer_tsv() {
    using namespace lede::detail;
    std::vector<GazetteerRow> known =
        parse_gazetteer(kBuiltinEntitiesTsv, "corpus/gazetteer/entities.tsv", RowFormat::entities);
    std::vector<GazetteerRow> aliases =
        parse_gazetteer(kBuiltinAliasesTsv, "corpus/gazetteer/aliases.tsv", RowFormat::aliases);
    known.insert(known.end(), aliases.begin(), aliases.end());
    std::map<std::string, std::string> country_ids;
    std::vector<GazetteerRow> countries = icu_country_rows(known, &country_ids);
    known.insert(known.end(), countries.begin(), countries.end());

    std::vector<std::pair<std::string, std::string>> places; // id, row
    std::string out;
    std::vector<Key> words;
    std::vector<Key> characters;
    std::vector<Key> spellings;
    std::size_t alias_count = 0;
    lede::Analyzer analyzer;
    for (const GazetteerRow& row : geonames_place_rows(known, country_ids)) {
        if (row.is_entity) {
            std::string parents;
            for (const std::string& parent : row.entity.parents) {
                parents += (parents.empty() ? "" : ",") + parent;
            }
            places.emplace_back(row.entity.id, "E\t" + row.entity.id + '\t' + row.entity.name + '\t' +
                                                   parents + '\t' + row.entity.geonames + '\n');
            continue;
        }
        // An `off` row only silences a name's implicit alias, which layer entities do not have.
        if ((row.alias.flags & kAliasOff) != 0) {
            continue;
        }
        const std::optional<CompiledAlias> compiled =
            compile_alias(row.alias.text, row.alias.flags, analyzer);
        if (!compiled) {
            continue;
        }
        for (std::string& key : alias_keys(*compiled)) {
            (compiled->by_characters ? characters : words).push_back({std::move(key), alias_count});
        }
        const std::string spelling = casefold(row.alias.text);
        spellings.push_back({spelling, alias_count});
        out += "A\t" + row.alias.id + '\t' + row.alias.lang + '\t' + row.alias.text + '\t' +
               std::to_string(row.alias.flags) + '\t' + spelling + '\n';
        ++alias_count;
    }
    // Byte order, as std::string_view compares: the parser's binary searches rely on it.
    std::sort(places.begin(), places.end());
    std::string entities;
    for (const auto& place : places) {
        entities += place.second;
    }
    out = entities + out;
    for (std::vector<Key>* keys : {&words, &characters, &spellings}) {
        std::sort(keys->begin(), keys->end());
    }
    for (const auto& [kind, keys] :
         {std::pair{"W\t", &words}, std::pair{"C\t", &characters}, std::pair{"S\t", &spellings}}) {
        for (const Key& key : *keys) {
            out += kind + key.key + '\t' + std::to_string(key.alias) + '\n';
        }
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: geonames-layer OUTPUT.cc\n";
        return 2;
    }
    const std::string rows = layer_tsv();
    std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
    file << "// Generated at build time by common/entities/geonames/tools/layer_main.cc from Debian's\n"
            "// libgeonames (GeoNames, CC BY 4.0): edit the tools, never this file.\n"
            "#include \"common/entities/geonames/geonames_layer.h\"\n\n"
            "namespace lede::detail {\n\n"
            "const char* const kGeonamesLayerTsv = R\"lede_tsv("
         << rows
         << ")lede_tsv\";\n\n"
            "} // namespace lede::detail\n";
    if (!file.flush()) {
        std::cerr << "geonames-layer: " << argv[1] << ": cannot write\n";
        return 1;
    }
    return 0;
}
