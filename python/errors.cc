// Errors of the _lede extension (#17): lede::Error subtypes become the
// exception classes lede/__init__.py defines, with a QueryError's byte offset.
#include "python/binding.h"

#include <lede/error.h>

#include <exception>
#include <string>

namespace lede::python {
namespace {

/// The Python classes, registered once by lede/__init__.py. Strong references
/// kept for the life of the process: a translator may run until the
/// interpreter ends, and releasing them at exit would race its teardown.
struct ErrorClasses {
    PyObject* error = nullptr;
    PyObject* usage = nullptr;
    PyObject* query = nullptr;
    PyObject* invalid_argument = nullptr;
    PyObject* index = nullptr;
    PyObject* io = nullptr;
    PyObject* internal = nullptr;
};
ErrorClasses error_classes;

void set_error_classes(const py::dict& classes) {
    const auto take = [&classes](const char* name) {
        if (!classes.contains(name)) {
            throw py::key_error(std::string("missing error class ") + name);
        }
        py::object cls = classes[name];
        return cls.release().ptr(); // intentionally never released, see ErrorClasses
    };
    error_classes = {take("Error"),      take("UsageError"), take("QueryError"),   take("InvalidArgument"),
                     take("IndexError"), take("IoError"),    take("InternalError")};
}

void raise_python(PyObject* cls, const char* message) {
    PyErr_SetString(cls != nullptr ? cls : PyExc_RuntimeError, message);
}

void translate_lede_error(std::exception_ptr thrown) {
    try {
        std::rethrow_exception(thrown);
    } catch (const lede::QueryError& error) {
        if (error_classes.query == nullptr) {
            raise_python(nullptr, error.what());
            return;
        }
        // QueryError(message, position, reason): .position is the byte offset in the query.
        py::object instance = py::reinterpret_borrow<py::object>(error_classes.query)(
            error.what(), error.offset(), error.reason());
        PyErr_SetObject(error_classes.query, instance.ptr());
    } catch (const lede::InvalidArgument& error) {
        raise_python(error_classes.invalid_argument, error.what());
    } catch (const lede::UsageError& error) {
        raise_python(error_classes.usage, error.what());
    } catch (const lede::IndexError& error) {
        raise_python(error_classes.index, error.what());
    } catch (const lede::IoError& error) {
        raise_python(error_classes.io, error.what());
    } catch (const lede::InternalError& error) {
        raise_python(error_classes.internal, error.what());
    } catch (const lede::Error& error) {
        raise_python(error_classes.error, error.what());
    }
    // Anything else propagates to pybind11's own translators (MemoryError, RuntimeError…).
}

} // namespace

void throw_closed(const char* what) {
    throw py::value_error(std::string("operation on a closed ") + what);
}

void bind_errors(py::module_& module) {
    py::register_exception_translator(&translate_lede_error);
    module.def("_set_error_classes", &set_error_classes, py::arg("classes"));
}

} // namespace lede::python
