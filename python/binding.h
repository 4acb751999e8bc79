#pragma once
// The parts of the _lede extension (#17), each binding one piece of the
// engine; lede_module.cc puts them together. Private to python/.
#include <pybind11/pybind11.h>

namespace lede::python {

namespace py = pybind11;

/// Translates lede::Error subtypes into the classes lede/__init__.py
/// registers through `_set_error_classes`.
void bind_errors(py::module_& module);
/// `Searcher` and `SearchArguments`.
void bind_searcher(py::module_& module);
/// `Indexer`.
void bind_indexer(py::module_& module);

/// Raises ValueError, as Python's own objects do once closed.
[[noreturn]] void throw_closed(const char* what);

} // namespace lede::python
