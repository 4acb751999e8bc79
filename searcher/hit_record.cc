#include "searcher/hit_record.h"

#include <lede/error.h>

#include <algorithm>
#include <optional>
#include <simdjson.h>

namespace lede {
namespace {

namespace od = simdjson::ondemand;

[[nodiscard]] bool is(od::value& value, od::json_type wanted) {
    od::json_type type{};
    return value.type().get(type) == simdjson::SUCCESS && type == wanted;
}

[[nodiscard]] std::string text_of(od::value value) {
    std::string_view text;
    if (is(value, od::json_type::string) && value.get_string().get(text) == simdjson::SUCCESS) {
        return std::string(text);
    }
    return {};
}

[[nodiscard]] std::optional<std::uint64_t> unsigned_of(od::value value) {
    std::uint64_t number = 0;
    if (is(value, od::json_type::number) && value.get_uint64().get(number) == simdjson::SUCCESS) {
        return number;
    }
    return std::nullopt;
}

/// Calls `each(key, value)` for the fields of `value` when it is an object.
template <typename Each> void for_each_field(od::value value, Each&& each) {
    if (!is(value, od::json_type::object)) {
        return;
    }
    for (auto field : value.get_object()) {
        const std::string_view key = field.unescaped_key();
        each(key, field.value());
    }
}

/// Calls `each(element)` for the elements of `value` when it is an array.
template <typename Each> void for_each_element(od::value value, Each&& each) {
    if (!is(value, od::json_type::array)) {
        return;
    }
    for (auto element : value.get_array()) {
        each(element.value());
    }
}

void read_entities(od::value value, Hit& hit) {
    for_each_element(value, [&hit](od::value element) {
        if (!is(element, od::json_type::object)) {
            return;
        }
        HitEntity entity;
        for_each_field(element, [&entity](std::string_view key, od::value field) {
            if (key == "id") {
                entity.id = text_of(field);
            } else if (key == "name") {
                entity.name = text_of(field);
            } else if (key == "type") {
                entity.type = text_of(field);
            }
        });
        hit.entities.push_back(std::move(entity));
    });
}

void read_casualties(od::value value, Hit& hit) {
    HitCasualties casualties;
    for_each_field(value, [&casualties](std::string_view key, od::value figure) {
        std::optional<std::uint64_t>* target = key == "deaths"    ? &casualties.deaths
                                               : key == "injured" ? &casualties.injured
                                                                  : nullptr;
        if (target == nullptr) {
            return;
        }
        for_each_field(figure, [target](std::string_view field, od::value number) {
            if (field == "value") {
                *target = unsigned_of(number);
            }
        });
    });
    if (casualties.deaths || casualties.injured) {
        hit.casualties = casualties;
    }
}

void read_mentioned(od::value value, Hit& hit) {
    for_each_element(value, [&hit](od::value element) {
        for_each_field(element, [&hit](std::string_view key, od::value field) {
            if (key != "value") {
                return;
            }
            std::string date = text_of(field);
            if (!date.empty() &&
                std::find(hit.mentioned.begin(), hit.mentioned.end(), date) == hit.mentioned.end()) {
                hit.mentioned.push_back(std::move(date));
            }
        });
    });
}

void read_figure_spans(od::value value, std::vector<std::pair<std::size_t, std::size_t>>& spans) {
    for_each_element(value, [&spans](od::value element) {
        std::optional<std::uint64_t> begin;
        std::optional<std::uint64_t> end;
        for_each_field(element, [&](std::string_view key, od::value field) {
            if (key == "begin") {
                begin = unsigned_of(field);
            } else if (key == "end") {
                end = unsigned_of(field);
            }
        });
        if (begin && end) {
            spans.emplace_back(static_cast<std::size_t>(*begin), static_cast<std::size_t>(*end));
        }
    });
}

} // namespace

struct HitRecordReader::Impl {
    od::parser parser;
};

HitRecordReader::HitRecordReader() : impl_(std::make_unique<Impl>()) {}
HitRecordReader::~HitRecordReader() = default;

void HitRecordReader::read(std::string record, const std::string& document, Hit& hit,
                           std::vector<std::pair<std::size_t, std::size_t>>* figure_spans) {
    // The parser reads up to SIMDJSON_PADDING bytes past the end.
    record.reserve(record.size() + simdjson::SIMDJSON_PADDING);
    try {
        od::document json = impl_->parser.iterate(
            simdjson::padded_string_view(record.data(), record.size(), record.capacity()));
        od::object object;
        if (json.get_object().get(object) != simdjson::SUCCESS) {
            throw IndexError(document + ": stored record is not a JSON object");
        }
        for (auto field : object) {
            const std::string_view key = field.unescaped_key();
            od::value value = field.value();
            if (key == "id") {
                hit.id = text_of(value);
            } else if (key == "title") {
                hit.title = text_of(value);
            } else if (key == "date") {
                hit.date = text_of(value);
            } else if (key == "lang") {
                hit.lang = text_of(value);
            } else if (key == "url") {
                hit.url = text_of(value);
            } else if (key == "source") {
                hit.source = text_of(value);
            } else if (key == "entities") {
                read_entities(value, hit);
            } else if (key == "casualties") {
                read_casualties(value, hit);
            } else if (key == "mentioned") {
                read_mentioned(value, hit);
            } else if (key == "figures" && figure_spans != nullptr) {
                read_figure_spans(value, *figure_spans);
            }
        }
    } catch (const simdjson::simdjson_error& error) {
        throw IndexError(document + ": stored record is corrupt (" + error.what() + ")");
    }
}

} // namespace lede
