#pragma once

// JSON written straight into a string, for the stored record that every indexed article carries: building
// an nlohmann tree for it (an object per entity, an array per mention span) and dumping it cost about
// 90,000 instructions an article, nearly all allocation. The caller writes keys in the order it wants
// them; the stored record keeps nlohmann's (sorted), so records written before and after read the same.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace lede::detail {

class JsonWriter {
public:
    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    /// An object's key; the next call writes its value.
    void key(std::string_view name);
    /// A string; invalid UTF-8 becomes U+FFFD, one for each maximal ill-formed part.
    void string(std::string_view text);
    void number(std::uint64_t value);
    void boolean(bool value);
    void null();

    /// The text written so far.
    [[nodiscard]] std::string take() { return std::move(out_); }

private:
    void open(char bracket);
    void close(char bracket);
    void separate(); ///< a comma before a value that follows another in its container

    std::string out_;
    bool first_ = true;      ///< no value yet in the innermost container
    bool after_key_ = false; ///< the next value is a key's
};

} // namespace lede::detail
