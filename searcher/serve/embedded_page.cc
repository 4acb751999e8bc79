#include "searcher/serve/embedded_page.h"

#include <cstddef>
#include <vector>

namespace lede::serve {

/// Written by CMake (searcher/serve/CMakeLists.txt) from the files in page/.
namespace generated {
struct PageFile {
    const char* name;
    const unsigned char* data;
    std::size_t size;
};
extern const PageFile kPageFiles[];
extern const std::size_t kPageFileCount;
} // namespace generated

namespace {

std::string_view content_type_of(std::string_view name) {
    struct Type {
        std::string_view extension;
        std::string_view type;
    };
    static constexpr Type kTypes[] = {
        {".html", "text/html; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".txt", "text/plain; charset=utf-8"},
        {".woff2", "font/woff2"},
    };
    for (const Type& type : kTypes) {
        if (name.ends_with(type.extension)) {
            return type.type;
        }
    }
    return "application/octet-stream";
}

std::vector<EmbeddedFile> make_files() {
    std::vector<EmbeddedFile> files;
    for (std::size_t i = 0; i < generated::kPageFileCount; ++i) {
        const generated::PageFile& file = generated::kPageFiles[i];
        const std::string_view name(file.name);
        files.push_back(EmbeddedFile{name, content_type_of(name),
                                     std::string_view(reinterpret_cast<const char*>(file.data), file.size)});
    }
    return files;
}

} // namespace

const EmbeddedFile* find_embedded_file(std::string_view path) {
    static const std::vector<EmbeddedFile> files = make_files();
    if (!path.starts_with('/')) {
        return nullptr;
    }
    std::string_view name = path.substr(1);
    if (name.empty()) {
        name = "index.html";
    }
    for (const EmbeddedFile& file : files) {
        if (file.name == name) {
            return &file;
        }
    }
    return nullptr;
}

} // namespace lede::serve
