#pragma once

#include <string_view>

namespace lede::serve {

/// A file of searcher/serve/page/, compiled into the executable.
struct EmbeddedFile {
    std::string_view name;         ///< path inside page/, e.g. `page.js`
    std::string_view content_type; ///< from the extension
    std::string_view body;
};

/// The embedded file a request path names: `/` is `index.html`, `/page.js`
/// is `page.js`. Null when there is none.
[[nodiscard]] const EmbeddedFile* find_embedded_file(std::string_view path);

} // namespace lede::serve
