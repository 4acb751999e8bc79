// lede.Indexer's native half (#17): streams a Python iterable of records into
// lede::Indexer::index_articles a batch at a time, with the GIL released while
// the engine works and taken back only to look at signals and call progress.
#include "python/binding.h"

#include <lede/article.h>
#include <lede/indexer.h>

#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lede::python {
namespace {

using Clock = std::chrono::steady_clock;

/// How often a long indexing call looks at Python (signals, progress) while
/// it runs without the GIL: often enough for Ctrl-C to feel immediate, rarely
/// enough that taking the GIL costs nothing measurable.
constexpr auto kPythonVisitInterval = std::chrono::milliseconds(100);

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

} // namespace

void bind_indexer(py::module_& module) {
    py::class_<PyIndexer>(module, "Indexer")
        .def(py::init<const std::string&, unsigned, std::size_t, std::vector<std::string>, bool>(),
             py::arg("path"), py::arg("jobs"), py::arg("batch_size"), py::arg("gazetteers"),
             py::arg("extract"))
        .def("add", &PyIndexer::add, py::arg("records"), py::arg("progress"))
        .def("add_files", &PyIndexer::add_files, py::arg("paths"), py::arg("progress"))
        .def("close", &PyIndexer::close)
        .def_property_readonly("closed", &PyIndexer::closed);
}

} // namespace lede::python
