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

/// One lede::Searcher shared by any number of Python threads: each call
/// takes the mutex with the GIL released, so other Python threads run while
/// one searches and a waiting thread never holds the GIL.
class PySearcher {
public:
    explicit PySearcher(const std::string& path) {
        const py::gil_scoped_release release;
        searcher_ = std::make_unique<lede::Searcher>(path);
    }

    std::string search(const lede::SearchRequest& request) {
        const py::gil_scoped_release release;
        const std::lock_guard lock(mutex_);
        std::ostringstream out;
        lede::render_json(out, open().search(request));
        return out.str();
    }

    std::string figures(const lede::SearchRequest& request) {
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

    std::mutex mutex_;
    std::unique_ptr<lede::Searcher> searcher_;
};

} // namespace

void bind_searcher(py::module_& module) {
    // lede::SearchRequest itself, field for field; the sort order by its --sort name.
    py::class_<lede::SearchRequest>(module, "SearchArguments")
        .def(py::init<>())
        .def_readwrite("query", &lede::SearchRequest::query)
        .def_readwrite("langs", &lede::SearchRequest::langs)
        .def_readwrite("entities", &lede::SearchRequest::entities)
        .def_readwrite("mentioned", &lede::SearchRequest::mentioned)
        .def_readwrite("deaths", &lede::SearchRequest::deaths)
        .def_readwrite("injured", &lede::SearchRequest::injured)
        .def_readwrite("from_", &lede::SearchRequest::from)
        .def_readwrite("to", &lede::SearchRequest::to)
        .def_readwrite("limit", &lede::SearchRequest::limit)
        .def_readwrite("offset", &lede::SearchRequest::offset)
        .def_property(
            "sort",
            [](const lede::SearchRequest& request) {
                switch (request.sort) {
                case lede::SortOrder::date_ascending:
                    return "date";
                case lede::SortOrder::date_descending:
                    return "-date";
                case lede::SortOrder::relevance:
                    break;
                }
                return "relevance";
            },
            [](lede::SearchRequest& request, const std::string& name) {
                request.sort = lede::parse_sort_order(name);
            })
        .def_readwrite("facets", &lede::SearchRequest::facets)
        .def_readwrite("collapse", &lede::SearchRequest::collapse)
        .def_readwrite("snippets", &lede::SearchRequest::snippets);

    py::class_<PySearcher>(module, "Searcher")
        .def(py::init<const std::string&>(), py::arg("path"))
        .def("search_json", &PySearcher::search, py::arg("arguments"))
        .def("figures_json", &PySearcher::figures, py::arg("arguments"))
        .def("stats_json", &PySearcher::stats)
        .def("close", &PySearcher::close)
        .def_property_readonly("closed", &PySearcher::closed);
}

} // namespace lede::python
