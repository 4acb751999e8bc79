// lede.Searcher's native half (#17): one lede::Searcher shared by Python
// threads, answering with the CLI's JSON renderers.
#include "python/binding.h"

#include <lede/render.h>
#include <lede/searcher.h>

#include <pybind11/stl.h>

#include <cstddef>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

namespace lede::python {
namespace {

struct SearchArguments {
    std::string query;
    std::vector<std::string> langs;
    std::vector<std::string> entities;
    std::string mentioned;
    std::string deaths;
    std::string injured;
    std::string from;
    std::string to;
    std::size_t limit = 10;
    std::size_t offset = 0;
    std::string sort = "relevance";
    bool facets = false;
    bool collapse = false;
    bool snippets = true;
};

/// One lede::Searcher shared by any number of Python threads: each call
/// takes the mutex with the GIL released, so other Python threads run while
/// one searches and a waiting thread never holds the GIL.
class PySearcher {
public:
    explicit PySearcher(const std::string& path) {
        const py::gil_scoped_release release;
        searcher_ = std::make_unique<lede::Searcher>(path);
    }

    std::string search(const SearchArguments& arguments) {
        const lede::SearchRequest request = to_request(arguments);
        const py::gil_scoped_release release;
        const std::lock_guard lock(mutex_);
        std::ostringstream out;
        lede::render_json(out, open().search(request));
        return out.str();
    }

    std::string figures(const SearchArguments& arguments) {
        const lede::SearchRequest request = to_request(arguments);
        const py::gil_scoped_release release;
        const std::lock_guard lock(mutex_);
        std::ostringstream out;
        lede::render_figures_json(out, open().figures(request));
        return out.str();
    }

    std::string stats() {
        const py::gil_scoped_release release;
        const std::lock_guard lock(mutex_);
        std::ostringstream out;
        lede::render_stats_json(out, open().stats());
        return out.str();
    }

    void close() {
        const py::gil_scoped_release release;
        const std::lock_guard lock(mutex_);
        searcher_.reset();
    }

    bool closed() {
        const py::gil_scoped_release release;
        const std::lock_guard lock(mutex_);
        return searcher_ == nullptr;
    }

private:
    [[nodiscard]] lede::Searcher& open() {
        if (!searcher_) {
            // Raised after the GIL is taken back: pybind11 translates while unwinding.
            throw_closed("Searcher");
        }
        return *searcher_;
    }

    [[nodiscard]] static lede::SearchRequest to_request(const SearchArguments& arguments) {
        lede::SearchRequest request;
        request.query = arguments.query;
        request.langs = arguments.langs;
        request.entities = arguments.entities;
        request.mentioned = arguments.mentioned;
        request.deaths = arguments.deaths;
        request.injured = arguments.injured;
        request.from = arguments.from;
        request.to = arguments.to;
        request.limit = arguments.limit;
        request.offset = arguments.offset;
        request.sort = lede::parse_sort_order(arguments.sort);
        request.facets = arguments.facets;
        request.collapse = arguments.collapse;
        request.snippets = arguments.snippets;
        return request;
    }

    std::mutex mutex_;
    std::unique_ptr<lede::Searcher> searcher_;
};

} // namespace

void bind_searcher(py::module_& module) {
    py::class_<SearchArguments>(module, "SearchArguments")
        .def(py::init<>())
        .def_readwrite("query", &SearchArguments::query)
        .def_readwrite("langs", &SearchArguments::langs)
        .def_readwrite("entities", &SearchArguments::entities)
        .def_readwrite("mentioned", &SearchArguments::mentioned)
        .def_readwrite("deaths", &SearchArguments::deaths)
        .def_readwrite("injured", &SearchArguments::injured)
        .def_readwrite("from_", &SearchArguments::from)
        .def_readwrite("to", &SearchArguments::to)
        .def_readwrite("limit", &SearchArguments::limit)
        .def_readwrite("offset", &SearchArguments::offset)
        .def_readwrite("sort", &SearchArguments::sort)
        .def_readwrite("facets", &SearchArguments::facets)
        .def_readwrite("collapse", &SearchArguments::collapse)
        .def_readwrite("snippets", &SearchArguments::snippets);

    py::class_<PySearcher>(module, "Searcher")
        .def(py::init<const std::string&>(), py::arg("path"))
        .def("search_json", &PySearcher::search, py::arg("arguments"))
        .def("figures_json", &PySearcher::figures, py::arg("arguments"))
        .def("stats_json", &PySearcher::stats)
        .def("close", &PySearcher::close)
        .def_property_readonly("closed", &PySearcher::closed);
}

} // namespace lede::python
