// _lede: the C++ half of `import lede` (#17). It holds a lede::Searcher or
// lede::Indexer per Python object, releases the GIL while Xapian works, and
// answers searches as the JSON the CLI prints, which lede/__init__.py decodes:
// one renderer for every front end, so Python sees exactly `--format json`.
// Python-facing validation, names and docstrings live in lede/__init__.py;
// this file holds analyze() and puts the parts (python/binding.h) together.
#include "python/binding.h"

#include <lede/analyzer.h>
#include <lede/version.h>

#include <pybind11/stl.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lede::python {
namespace {

[[nodiscard]] const char* kind_name(lede::TokenClass kind) {
    switch (kind) {
    case lede::TokenClass::number:
        return "number";
    case lede::TokenClass::letter:
        return "letter";
    case lede::TokenClass::kana:
        return "kana";
    case lede::TokenClass::ideographic:
        return "ideographic";
    }
    return "letter";
}

/// An Analyzer per thread: it holds an ICU break iterator, which is not
/// thread-safe, and is costly enough to keep between calls.
lede::Analyzer& thread_analyzer() {
    thread_local lede::Analyzer analyzer;
    return analyzer;
}

py::list analyze(const py::str& text, const std::optional<std::string>& lang) {
    Py_ssize_t size = 0;
    const char* bytes = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (bytes == nullptr) {
        throw py::error_already_set(); // UnicodeEncodeError: a lone surrogate
    }
    const std::string utf8(bytes, static_cast<std::size_t>(size));
    std::vector<lede::Token> tokens;
    std::vector<std::string> stems;
    {
        const py::gil_scoped_release release;
        lede::Analyzer& analyzer = thread_analyzer();
        tokens = analyzer.analyze(utf8);
        if (lang) {
            stems.reserve(tokens.size());
            for (const lede::Token& token : tokens) {
                stems.push_back(analyzer.stem(token.term, *lang));
            }
        }
    }
    py::list list;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const lede::Token& token = tokens[i];
        py::dict entry;
        entry["text"] = py::str(utf8.data() + token.begin, token.end - token.begin);
        entry["term"] = token.term;
        entry["accent_folded"] =
            token.accent_folded.empty() ? py::object(py::none()) : py::str(token.accent_folded);
        entry["stem"] = !lang || stems[i].empty() ? py::object(py::none()) : py::str(stems[i]);
        entry["kind"] = kind_name(token.kind);
        entry["begin"] = token.begin;
        entry["end"] = token.end;
        entry["position"] = token.position;
        list.append(std::move(entry));
    }
    return list;
}

} // namespace
} // namespace lede::python

PYBIND11_MODULE(_lede, module) {
    namespace binding = lede::python;
    module.doc() = "lede's native core; use the `lede` package, which documents the API.";
    module.attr("version") = lede::version();
    module.attr("index_format_version") = lede::kIndexFormatVersion;
    binding::bind_errors(module);
    binding::bind_searcher(module);
    binding::bind_indexer(module);
    module.def("analyze", &binding::analyze, pybind11::arg("text"), pybind11::arg("lang"));
}
