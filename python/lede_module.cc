// _lede: the C++ half of `import lede` (#17). It holds a lede::Searcher or
// lede::Indexer per Python object, releases the GIL while Xapian works, and
// answers searches as the JSON the CLI prints, which lede/__init__.py decodes:
// one renderer for every front end, so Python sees exactly `--format json`.
// Python-facing validation, names and docstrings live in lede/__init__.py.
#include <lede/analyzer.h>
#include <lede/article.h>
#include <lede/error.h>
#include <lede/indexer.h>
#include <lede/render.h>
#include <lede/searcher.h>
#include <lede/version.h>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace {

using Clock = std::chrono::steady_clock;

/// How often a long indexing call looks at Python (signals, progress) while
/// it runs without the GIL: often enough for Ctrl-C to feel immediate, rarely
/// enough that taking the GIL costs nothing measurable.
constexpr auto kPythonVisitInterval = std::chrono::milliseconds(100);

// ---------------------------------------------------------------------------
// Exceptions: lede::Error subtypes become the classes lede/__init__.py defines.

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

[[noreturn]] void throw_closed(const char* what) {
    throw py::value_error(std::string("operation on a closed ") + what);
}

// ---------------------------------------------------------------------------
// Searcher

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

// ---------------------------------------------------------------------------
// Indexer

/// Thrown out of an Indexer callback when Python raised (Ctrl-C, or the
/// progress callback failed): the batch in flight is cancelled by the
/// Indexer, and add() raises the stored Python error once it holds the GIL.
struct PythonErrorPending {};

struct Problem {
    std::string path; ///< empty for in-memory records
    std::size_t line = 0;
    std::string reason;
};

/// The state of one add()/add_files() call, which the Indexer's callbacks
/// (run in the calling thread, without the GIL) fill in.
struct IndexRun {
    py::object progress; ///< None or a callable taking a dict
    /// add(): the position in the whole iterable of each record of the
    /// current chunk, so that the Indexer's per-call numbering can be mapped.
    const std::vector<std::size_t>* positions = nullptr;
    std::vector<Problem> rejected;
    std::vector<Problem> warnings;
    lede::IndexReport totals;       ///< over the chunks finished so far
    std::size_t chunk_done = 0;     ///< records applied in the chunk in flight
    lede::IndexProgress last_files; ///< add_files(): the latest IndexProgress
    Clock::time_point started = Clock::now();
    Clock::time_point last_visit = Clock::now();
    std::optional<py::error_already_set> python_error;
};

/// `(first at <memory>:K)`, the Indexer's reference to an earlier record of
/// the same call, as the position in the whole iterable.
[[nodiscard]] std::string map_memory_reference(std::string reason,
                                               const std::vector<std::size_t>& positions) {
    static constexpr std::string_view kMarker = "<memory>:";
    const std::size_t at = reason.find(kMarker);
    if (at == std::string::npos) {
        return reason;
    }
    std::size_t end = at + kMarker.size();
    std::size_t line = 0;
    while (end < reason.size() && reason[end] >= '0' && reason[end] <= '9') {
        line = line * 10 + static_cast<std::size_t>(reason[end] - '0');
        ++end;
    }
    if (line == 0 || line > positions.size()) {
        return reason;
    }
    return reason.substr(0, at) + "record " + std::to_string(positions[line - 1]) + reason.substr(end);
}

[[nodiscard]] std::string_view trim_ascii_space(std::string_view text) {
    constexpr std::string_view kSpace = " \t\n\r\f\v";
    const std::size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

/// A str field's UTF-8, or a rejection reason. null and absent are empty.
[[nodiscard]] std::optional<std::string> read_text_field(PyObject* record, const char* key,
                                                         std::string& out) {
    PyObject* value = PyDict_GetItemString(record, key); // borrowed; str keys cannot fail to hash
    if (value == nullptr || value == Py_None) {
        return std::nullopt;
    }
    if (!PyUnicode_Check(value)) {
        return "\"" + std::string(key) + "\" must be a string";
    }
    Py_ssize_t size = 0;
    const char* bytes = PyUnicode_AsUTF8AndSize(value, &size);
    if (bytes == nullptr) {
        PyErr_Clear(); // a lone surrogate: this record's problem, not the caller's
        return "\"" + std::string(key) + "\" is not valid Unicode (it holds a lone surrogate)";
    }
    out.assign(bytes, static_cast<std::size_t>(size));
    return std::nullopt;
}

/// A record of the iterable as an Article, or the reason it is rejected, with
/// the rules of a JSON Lines record: a dict, `id` a string or an integer,
/// the other known keys strings or None, unknown keys ignored.
[[nodiscard]] std::optional<std::string> to_article(PyObject* record, lede::Article& article) {
    if (!PyDict_Check(record)) {
        return std::string("record is not a dict (") + Py_TYPE(record)->tp_name + ")";
    }
    PyObject* id = PyDict_GetItemString(record, "id");
    if (id == nullptr || id == Py_None) {
        return std::string("missing \"id\"");
    }
    if (PyLong_Check(id) && !PyBool_Check(id)) {
        // In decimal whatever the type's str() says (an IntEnum prints its name).
        PyObject* decimal = PyNumber_ToBase(id, 10);
        if (decimal == nullptr) {
            throw py::error_already_set();
        }
        article.id = py::reinterpret_steal<py::str>(decimal).cast<std::string>();
    } else if (!PyUnicode_Check(id)) {
        return std::string("\"id\" must be a string or integer");
    } else if (auto problem = read_text_field(record, "id", article.id)) {
        return problem;
    }
    for (const auto& [key, field] : {std::pair{"title", &article.title}, std::pair{"date", &article.date},
                                     std::pair{"lang", &article.lang}, std::pair{"body", &article.body},
                                     std::pair{"url", &article.url}, std::pair{"source", &article.source}}) {
        if (auto problem = read_text_field(record, key, *field)) {
            return problem;
        }
    }
    return std::nullopt;
}

[[nodiscard]] py::list problems_to_list(std::vector<Problem> problems, bool with_path) {
    if (!with_path) {
        // add(): the binding's own rejections come as records are taken, the
        // Indexer's when their batch is indexed; the report lists them in order.
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Problem& a, const Problem& b) { return a.line < b.line; });
    }
    py::list list;
    for (const Problem& problem : problems) {
        py::dict entry;
        if (with_path) {
            entry["path"] = problem.path;
        }
        entry["line"] = problem.line;
        entry["reason"] = problem.reason;
        list.append(std::move(entry));
    }
    return list;
}

/// One lede::Indexer (one writer on its database). Calls are serialised by a
/// mutex taken with the GIL released; the Indexer's callbacks take the GIL
/// back only to look at signals and to call the progress function.
class PyIndexer {
public:
    PyIndexer(const std::string& path, unsigned jobs, std::size_t batch_size,
              std::vector<std::string> gazetteers, bool extract)
        : batch_size_(batch_size) {
        lede::IndexOptions options;
        options.db_path = path;
        options.jobs = jobs;
        options.batch_size = batch_size;
        options.gazetteers = std::move(gazetteers);
        options.extract = extract;
        options.on_rejected = [this](const lede::InputProblem& problem) {
            run_->rejected.push_back(map(problem));
        };
        options.on_warning = [this](const lede::InputProblem& problem) {
            run_->warnings.push_back(map(problem));
        };
        options.on_progress = [this](const lede::IndexProgress& progress) { on_progress(progress); };
        const py::gil_scoped_release release;
        indexer_ = std::make_unique<lede::Indexer>(std::move(options));
    }

    /// Streams `records` into the database, one Indexer::index_articles call
    /// (one transaction) per `batch_size` records.
    py::dict add(const py::iterable& records, const py::object& progress) {
        const std::unique_lock lock = lock_from_python();
        if (!indexer_) {
            throw_closed("Indexer");
        }
        IndexRun run;
        run.progress = progress;
        const RunScope scope(*this, run);
        std::unordered_map<std::string, std::size_t>
            first_seen; // id → position, for duplicates across chunks
        py::iterator iterator = py::iter(records);
        std::vector<lede::Article> chunk;
        std::vector<std::size_t> positions;
        std::size_t position = 0;
        for (bool more = true; more;) {
            chunk.clear();
            positions.clear();
            const std::size_t chunk_start = position;
            for (std::size_t pulled = 0; pulled < batch_size_; ++pulled) {
                PyObject* next = PyIter_Next(iterator.ptr());
                if (next == nullptr) {
                    if (PyErr_Occurred() != nullptr) {
                        throw py::error_already_set(); // the iterable raised: earlier chunks stay committed
                    }
                    more = false;
                    break;
                }
                const py::object record = py::reinterpret_steal<py::object>(next);
                ++position;
                lede::Article article;
                std::optional<std::string> problem = to_article(record.ptr(), article);
                if (!problem) {
                    const std::string id(trim_ascii_space(article.id));
                    if (!id.empty()) {
                        const auto [first, inserted] = first_seen.emplace(id, position);
                        if (!inserted) {
                            problem = "duplicate id \"" + id + "\" (first at record " +
                                      std::to_string(first->second) + ")";
                        }
                    }
                }
                if (problem) {
                    run.rejected.push_back({{}, position, std::move(*problem)});
                    ++run.totals.rejected;
                    continue;
                }
                chunk.push_back(std::move(article));
                positions.push_back(position);
            }
            if (!chunk.empty()) {
                run.positions = &positions;
                run.chunk_done = 0;
                lede::IndexReport report;
                call_indexer(run, [&] { report = indexer_->index_articles(chunk); });
                add_counts(run.totals, report);
                run.chunk_done = 0;
            }
            if (PyErr_CheckSignals() != 0) {
                throw py::error_already_set(); // Ctrl-C between chunks: what was committed stays
            }
            if (position != chunk_start) { // not for the empty pull that finds the end
                call_progress(run);
            }
        }
        return report_dict(run, false);
    }

    /// Indexes files and directories as lede-index does (Indexer::index).
    py::dict add_files(const std::vector<std::string>& paths, const py::object& progress) {
        const std::unique_lock lock = lock_from_python();
        if (!indexer_) {
            throw_closed("Indexer");
        }
        IndexRun run;
        run.progress = progress;
        const RunScope scope(*this, run);
        lede::IndexReport report;
        call_indexer(run, [&] { report = indexer_->index(paths); });
        // The Indexer counted the rejections itself (on_rejected saw each one).
        run.totals = report;
        call_progress(run);
        return report_dict(run, true);
    }

    void close() {
        const std::unique_lock lock = lock_from_python();
        const py::gil_scoped_release release; // closing commits nothing, but Xapian may sync files
        indexer_.reset();
    }

    bool closed() {
        const std::unique_lock lock = lock_from_python();
        return indexer_ == nullptr;
    }

private:
    /// Takes the mutex with the GIL released, so that a thread waiting for
    /// it never blocks the one holding it. A call from this Indexer's own
    /// progress callback would wait for itself: it raises RuntimeError instead.
    [[nodiscard]] std::unique_lock<std::mutex> lock_from_python() {
        if (running_thread_.load() == std::this_thread::get_id()) {
            throw std::runtime_error("an Indexer cannot be used from its own progress callback");
        }
        std::unique_lock lock(mutex_, std::defer_lock);
        const py::gil_scoped_release release;
        lock.lock();
        return lock;
    }

    /// Points the callbacks at `run` for the length of one call.
    class RunScope {
    public:
        RunScope(PyIndexer& owner, IndexRun& run) : owner_(owner) {
            owner_.run_ = &run;
            owner_.running_thread_ = std::this_thread::get_id();
        }
        ~RunScope() {
            owner_.run_ = nullptr;
            owner_.running_thread_ = std::thread::id();
        }
        RunScope(const RunScope&) = delete;
        RunScope& operator=(const RunScope&) = delete;

    private:
        PyIndexer& owner_;
    };

    static void add_counts(lede::IndexReport& totals, const lede::IndexReport& report) {
        totals.added += report.added;
        totals.replaced += report.replaced;
        totals.unchanged += report.unchanged;
        totals.rejected += report.rejected;
        totals.warnings += report.warnings;
        totals.bytes += report.bytes;
    }

    /// Runs `work` with the GIL released; a Python error raised in a callback
    /// comes out as that error.
    template <typename Work> void call_indexer(IndexRun& run, Work&& work) {
        try {
            const py::gil_scoped_release release;
            work();
        } catch (const PythonErrorPending&) {
            py::error_already_set error = std::move(*run.python_error);
            run.python_error.reset();
            throw error;
        }
    }

    [[nodiscard]] Problem map(const lede::InputProblem& problem) const {
        if (run_->positions == nullptr) {
            return {problem.path, problem.line, problem.reason};
        }
        const std::vector<std::size_t>& positions = *run_->positions;
        const std::size_t line = problem.line >= 1 && problem.line <= positions.size()
                                     ? positions[problem.line - 1]
                                     : problem.line;
        return {{}, line, map_memory_reference(problem.reason, positions)};
    }

    /// Called by the Indexer after every applied record, without the GIL.
    void on_progress(const lede::IndexProgress& progress) {
        IndexRun& run = *run_;
        run.chunk_done = progress.records_done;
        run.last_files = progress;
        const Clock::time_point now = Clock::now();
        if (now - run.last_visit < kPythonVisitInterval) {
            return;
        }
        run.last_visit = now;
        const py::gil_scoped_acquire acquire;
        if (PyErr_CheckSignals() != 0) {
            run.python_error.emplace(); // fetches KeyboardInterrupt (or what the handler raised)
            throw PythonErrorPending{};
        }
        // add() reports the chunk's end itself once it is committed.
        const bool chunk_end = run.positions != nullptr && progress.records_done == run.positions->size();
        try {
            if (!chunk_end) {
                call_progress(run);
            }
        } catch (py::error_already_set& error) {
            run.python_error.emplace(std::move(error));
            throw PythonErrorPending{};
        }
    }

    /// Calls the progress function (GIL held) with the counts so far.
    void call_progress(IndexRun& run) const {
        if (run.progress.is_none()) {
            return;
        }
        py::dict state;
        state["records_done"] =
            run.totals.added + run.totals.replaced + run.totals.unchanged + run.chunk_done;
        state["rejected"] = run.rejected.size();
        state["seconds"] = std::chrono::duration<double>(Clock::now() - run.started).count();
        if (run.positions == nullptr) {
            state["records_done"] = run.last_files.records_done;
            state["bytes_done"] = run.last_files.bytes_done;
            state["bytes_total"] = run.last_files.bytes_total;
        }
        run.progress(state);
    }

    [[nodiscard]] static py::dict report_dict(const IndexRun& run, bool with_path) {
        py::dict report;
        report["added"] = run.totals.added;
        report["replaced"] = run.totals.replaced;
        report["unchanged"] = run.totals.unchanged;
        report["rejected"] = problems_to_list(run.rejected, with_path);
        report["warnings"] = problems_to_list(run.warnings, with_path);
        report["seconds"] = std::chrono::duration<double>(Clock::now() - run.started).count();
        return report;
    }

    std::size_t batch_size_;
    std::mutex mutex_;
    std::unique_ptr<lede::Indexer> indexer_;
    IndexRun* run_ = nullptr;                     ///< the call in progress, for the callbacks
    std::atomic<std::thread::id> running_thread_; ///< the thread running add()/add_files(), if any
};

// ---------------------------------------------------------------------------
// analyze()

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

PYBIND11_MODULE(_lede, module) {
    module.doc() = "lede's native core; use the `lede` package, which documents the API.";
    py::register_exception_translator(&translate_lede_error);
    module.attr("version") = lede::version();
    module.attr("index_format_version") = lede::kIndexFormatVersion;
    module.def("_set_error_classes", &set_error_classes, py::arg("classes"));

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

    py::class_<PyIndexer>(module, "Indexer")
        .def(py::init<const std::string&, unsigned, std::size_t, std::vector<std::string>, bool>(),
             py::arg("path"), py::arg("jobs"), py::arg("batch_size"), py::arg("gazetteers"),
             py::arg("extract"))
        .def("add", &PyIndexer::add, py::arg("records"), py::arg("progress"))
        .def("add_files", &PyIndexer::add_files, py::arg("paths"), py::arg("progress"))
        .def("close", &PyIndexer::close)
        .def_property_readonly("closed", &PyIndexer::closed);

    module.def("analyze", &analyze, py::arg("text"), py::arg("lang"));
}
