#include <lede/limits.h>

#include "common/analysis/icu_status.h"
#include "common/term_scheme.h"

#include <charconv>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lede::term_scheme {

std::string compact_date(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
        return {};
    }
    std::string out;
    out.reserve(8);
    for (char c : date) {
        if (c != '-') {
            if (c < '0' || c > '9') {
                return {};
            }
            out.push_back(c);
        }
    }
    return out;
}

std::string source_slug(std::string_view source) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    detail::check_icu(status, "Normalizer2::getNFKCCasefoldInstance");
    std::string folded;
    icu::StringByteSink<std::string> sink(&folded);
    casefold->normalizeUTF8(0, icu::StringPiece(source.data(), static_cast<int32_t>(source.size())), sink,
                            nullptr, status);
    detail::check_icu(status, "Normalizer2::normalizeUTF8");

    std::string slug;
    const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    bool pending_dash = false;
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK)) {
            const auto width = static_cast<std::size_t>(i - start);
            if (slug.size() + width + (pending_dash ? 1 : 0) > 64) {
                break;
            }
            if (pending_dash && !slug.empty()) {
                slug.push_back('-');
            }
            pending_dash = false;
            slug.append(folded, static_cast<std::size_t>(start), width);
        } else {
            pending_dash = true;
        }
    }
    return slug;
}

std::string count_bucket(std::uint64_t count) {
    std::size_t bucket = 0;
    for (std::uint64_t bound = 1; bucket + 1 < kCountBuckets.size() && count >= bound; bound *= 10) {
        ++bucket;
    }
    return std::string(kCountBuckets[bucket]);
}

std::vector<std::string> split_list(std::string_view list, char separator) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t end = list.find(separator, start);
        if (end == std::string_view::npos) {
            end = list.size();
        }
        if (end > start) {
            items.emplace_back(list.substr(start, end - start));
        }
        start = end + 1;
    }
    return items;
}

namespace {
constexpr char kFieldSeparator = '\x1f';
} // namespace

std::string encode_facet_fields(const FacetFields& fields) {
    std::string value;
    value.reserve(fields.lang.size() + fields.day.size() + fields.deaths_bucket.size() +
                  fields.injured_bucket.size() + fields.entities.size() + fields.mentioned_years.size() + 5);
    for (const std::string* field : {&fields.lang, &fields.day, &fields.deaths_bucket, &fields.injured_bucket,
                                     &fields.entities, &fields.mentioned_years}) {
        if (field != &fields.lang) {
            value.push_back(kFieldSeparator);
        }
        value.append(*field);
    }
    return value;
}

FacetFieldsView decode_facet_fields(std::string_view value) noexcept {
    FacetFieldsView view;
    for (std::string_view* field : {&view.lang, &view.day, &view.deaths_bucket, &view.injured_bucket,
                                    &view.entities, &view.mentioned_years}) {
        const std::size_t end = value.find(kFieldSeparator);
        *field = value.substr(0, end);
        if (end == std::string_view::npos) {
            break;
        }
        value.remove_prefix(end + 1);
    }
    return view;
}

FacetEntityLine decode_facet_entity(std::string_view line) noexcept {
    FacetEntityLine entity;
    const std::size_t tab = line.find('\t');
    entity.id = line.substr(0, tab);
    entity.name = entity.id;
    if (tab != std::string_view::npos) {
        // A discovered name: `id<TAB>type<TAB>name`.
        entity.discovered = true;
        const std::string_view rest = line.substr(tab + 1);
        const std::size_t second = rest.find('\t');
        entity.type = rest.substr(0, second);
        if (second != std::string_view::npos) {
            entity.name = rest.substr(second + 1);
        }
    }
    return entity;
}

std::optional<std::uint32_t> facet_digits(std::string_view text, std::size_t width) noexcept {
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.size() != width || error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

namespace {

void append_varint(std::string& out, std::uint32_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

/// Reads one varint at `at`; false when the value ends inside it or it is too long.
[[nodiscard]] bool read_varint(std::string_view value, std::size_t& at, std::uint32_t& out) noexcept {
    std::uint64_t result = 0;
    for (unsigned shift = 0; shift < 35; shift += 7) {
        if (at >= value.size()) {
            return false;
        }
        const auto byte = static_cast<unsigned char>(value[at++]);
        result |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) {
            if (result > 0xFFFFFFFFU) {
                return false;
            }
            out = static_cast<std::uint32_t>(result);
            return true;
        }
    }
    return false;
}

} // namespace

std::string encode_sentence_starts(const std::vector<SentenceStart>& starts) {
    std::string out;
    out.reserve(starts.size() * 3);
    SentenceStart previous;
    for (const SentenceStart& start : starts) {
        if (start.byte < previous.byte || start.position < previous.position) {
            throw InternalError("sentence starts out of order");
        }
        append_varint(out, start.byte - previous.byte);
        append_varint(out, start.position - previous.position);
        previous = start;
    }
    return out;
}

std::vector<SentenceStart> decode_sentence_starts(std::string_view value, std::size_t text_bytes) {
    std::vector<SentenceStart> starts;
    SentenceStart current;
    for (std::size_t at = 0; at < value.size();) {
        std::uint32_t byte_delta = 0;
        std::uint32_t position_delta = 0;
        if (!read_varint(value, at, byte_delta) || !read_varint(value, at, position_delta) ||
            byte_delta > text_bytes - current.byte || position_delta > 0xFFFFFFFFU - current.position) {
            return {};
        }
        current.byte += byte_delta;
        current.position += position_delta;
        starts.push_back(current);
    }
    return starts;
}

} // namespace lede::term_scheme
