"""lede: full-text search for news archives, from Python.

    import lede

    lede.Indexer("news-db").add_files(["corpus"])
    searcher = lede.Searcher("news-db")
    result = searcher.search("Crocus", lang="en", facets=True)

Every search answers exactly what ``lede-search --format json`` prints for the
same request, as Python dicts and lists: ``search`` the result object,
``figures`` the ``--figures`` report, ``stats`` the ``--stats`` object (README,
"Output"). Options are lede-search's long options with underscores.

Errors are exceptions mirroring ``lede::Error``::

    Error
    ├── UsageError             the caller's mistake (lede-search exits 2)
    │   ├── QueryError         a bad query; .position is the byte offset in it
    │   └── InvalidArgument    a bad option value (range, date, limit, sort…)
    ├── IndexError             no database, not a lede database, locked, other format
    ├── IoError                a read or write failed
    └── InternalError          a bug in lede

``lede.IndexError`` is *not* Python's builtin ``IndexError`` (nor derived from
it): catch it as ``lede.IndexError``. ``from lede import *`` leaves it out so
that it never shadows the builtin.

A value of the wrong Python type (``limit="3"``, ``facets=1``, a list of ints)
raises ``TypeError``, as do unknown options; a value of the right type that
lede refuses (``deaths="abc"``, ``limit=-1``, ``sort="newest"``) raises
``lede.InvalidArgument``.

Threads: a Searcher may be shared by threads (its calls are serialised and the
GIL is released while Xapian works); an Indexer is the single writer of its
database. Both are context managers; ``close()`` releases the database.
"""

from __future__ import annotations

import datetime as _datetime
import json as _json
import os as _os
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Union

__all__ = [
    "Searcher",
    "Indexer",
    "analyze",
    "Error",
    "UsageError",
    "QueryError",
    "InvalidArgument",
    "IoError",
    "InternalError",
    # IndexError is left out on purpose: `from lede import *` must not shadow the builtin.
]


class Error(Exception):
    """Root of every error lede raises (``lede::Error``)."""


class UsageError(Error):
    """The caller is at fault: a bad option, argument or query."""


class QueryError(UsageError):
    """A query that cannot be parsed or exceeds a limit.

    ``position`` is the byte offset in the query's UTF-8 where the problem was
    found (``query.encode()[position:]`` starts there); ``reason`` is the
    message without the "query error at byte N: " prefix.
    """

    def __init__(self, message: str, position: Optional[int] = None, reason: Optional[str] = None) -> None:
        super().__init__(message)
        self.position = position
        self.reason = reason if reason is not None else message


class InvalidArgument(UsageError):
    """A bad option value: a date, a range, a limit, a sort order."""


class IndexError(Error):  # noqa: A001 - the name of lede::IndexError; deliberately not builtins.IndexError
    """The database cannot be opened: missing, not a lede database, locked
    by another writer, or of another format or analyser version.

    Not Python's builtin ``IndexError`` and not derived from it.
    """


class IoError(Error):
    """A read or write failed (including a full disk or a missing input path)."""


class InternalError(Error):
    """A broken invariant in lede: please report it."""


from . import _lede  # noqa: E402 - the native module translates into the classes above

_lede._set_error_classes(
    {
        "Error": Error,
        "UsageError": UsageError,
        "QueryError": QueryError,
        "InvalidArgument": InvalidArgument,
        "IndexError": IndexError,
        "IoError": IoError,
        "InternalError": InternalError,
    }
)

__version__: str = _lede.version
#: The database format this build reads and writes (a database of another is refused).
INDEX_FORMAT_VERSION: int = _lede.index_format_version

PathLike = Union[str, "_os.PathLike[str]"]

# lede-search's valued long options, with underscores, as search()/figures() keywords.
_TEXT_OPTIONS = ("mentioned", "deaths", "injured", "from", "to")
_LIST_OPTIONS = ("lang", "entity")
_COUNT_OPTIONS = ("limit", "offset")
_FLAG_OPTIONS = ("facets", "collapse", "snippets")
_OPTIONS = frozenset(_TEXT_OPTIONS + _LIST_OPTIONS + _COUNT_OPTIONS + _FLAG_OPTIONS + ("sort",))


def _type_name(value: Any) -> str:
    return type(value).__name__


def _path(path: Any, what: str) -> str:
    if not isinstance(path, (str, _os.PathLike)):
        raise TypeError(f"{what} must be a str or os.PathLike, not {_type_name(path)}")
    text = _os.fspath(path)
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str path, not {_type_name(text)}")
    return text


def _texts(method: str, name: str, value: Any) -> List[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise TypeError(f"{method}() {name} must be a str or a list of str, not {_type_name(value)}")


def _text(method: str, name: str, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and name in ("deaths", "injured", "mentioned", "from", "to"):
        return str(value)  # deaths=133, mentioned=2004, from_=2024
    if isinstance(value, _datetime.date) and name in ("from", "to"):
        return value.isoformat()[:10]
    raise TypeError(f"{method}() {name} must be a str, not {_type_name(value)}")


def _count(method: str, name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{method}() {name} must be an int, not {_type_name(value)}")
    if value < 0 or value >= 2**63:
        raise InvalidArgument(f"{name} must be a non-negative integer, not {value}")
    return value


def _request(method: str, query: Any, options: Mapping[str, Any]) -> "_lede.SearchArguments":
    """The native request for `query` and lede-search's long options."""
    if not isinstance(query, str):
        raise TypeError(f"{method}() query must be a str, not {_type_name(query)}")
    arguments = _lede.SearchArguments()
    arguments.query = query
    seen = set()
    for key, value in options.items():
        name = "from" if key == "from_" else key
        if name not in _OPTIONS:
            raise TypeError(f"{method}() got an unexpected keyword argument '{key}'")
        if name in seen:
            raise TypeError(f"{method}() got multiple values for argument 'from' (from_ and from)")
        seen.add(name)
        if name == "lang":
            arguments.langs = _texts(method, name, value)
        elif name == "entity":
            arguments.entities = _texts(method, name, value)
        elif name in _TEXT_OPTIONS:
            setattr(arguments, "from_" if name == "from" else name, _text(method, name, value))
        elif name in _COUNT_OPTIONS:
            setattr(arguments, name, _count(method, name, value))
        elif name in _FLAG_OPTIONS:
            if not isinstance(value, bool):
                raise TypeError(f"{method}() {name} must be True or False, not {_type_name(value)}")
            setattr(arguments, name, value)
        else:  # sort
            if not isinstance(value, str):
                raise TypeError(f"{method}() sort must be a str, not {_type_name(value)}")
            arguments.sort = value
    return arguments


class Searcher:
    """Searches a lede database (read-only).

    ``Searcher(path)`` raises ``lede.IndexError`` when `path` is missing, not a
    lede database, or of another format. It reads the latest committed
    revision at each call and follows ``scripts/reindex --rebuild``'s swap.

    The options of ``search`` and ``figures`` are lede-search's long options
    with underscores: ``lang`` and ``entity`` (a str or a list of str; every
    entity must match), ``mentioned``, ``deaths``, ``injured`` (str, or int),
    ``from_`` and ``to`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, an int year
    or a ``datetime.date``), ``limit``, ``offset`` (int), ``sort``
    (``"relevance"``, ``"date"``, ``"-date"``), ``facets``, ``collapse``,
    ``snippets`` (bool). ``from`` is a Python keyword: write ``from_=…``, or
    ``**{"from": …}`` as in a request decoded from JSON.
    """

    def __init__(self, path: PathLike) -> None:
        self.path = _path(path, "Searcher() path")
        self._native = _lede.Searcher(self.path)

    def __repr__(self) -> str:
        return f"<lede.Searcher {self.path!r}{' (closed)' if self.closed else ''}>"

    def search(self, query: str, **options: Any) -> Dict[str, Any]:
        """The result of `query`: what ``lede-search --format json`` prints,
        ``{"query", "total", "total_exact", "offset", "hits": [...], "facets": {...}}``.

        Raises ``lede.QueryError`` (with ``.position``) for a bad query,
        ``lede.InvalidArgument`` for a bad option value, ``TypeError`` for an
        unknown option or a value of the wrong type.
        """
        return _json.loads(self._native.search_json(_request("search", query, options)))

    def figures(self, query: str, **options: Any) -> Dict[str, Any]:
        """The casualty figures the matching reports state and a verdict per
        kind: what ``lede-search --figures --format json`` prints,
        ``{"query", "articles", "figures": [...], "verdicts": [...]}``.
        Takes the options of ``search``; ``limit``, ``offset`` and ``sort`` are
        accepted and ignored, as on the command line.
        """
        return _json.loads(self._native.figures_json(_request("figures", query, options)))

    def stats(self) -> Dict[str, Any]:
        """What ``lede-search --stats --format json`` prints: ``{"documents",
        "languages", "date_min", "date_max", "size_bytes", "checkpoint"}``."""
        return _json.loads(self._native.stats_json())

    def close(self) -> None:
        """Releases the database; later calls raise ``ValueError``."""
        self._native.close()

    @property
    def closed(self) -> bool:
        return self._native.closed

    def __enter__(self) -> "Searcher":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


Record = Mapping[str, Any]
Progress = Callable[[Dict[str, Any]], Any]


class Indexer:
    """Writes articles into a lede database (created when missing).

    One Indexer per database: Xapian has a single writer, and a second one
    (here or in ``lede-index``) raises ``lede.IndexError``.

    Options: ``jobs`` (analysis threads, 0 = one per core; results never
    depend on it), ``batch_size`` (articles per transaction, default 1000),
    ``gazetteers`` (paths of entity tables merged over the built-in one),
    ``extract`` (entities and casualty figures; False gives a text-only index).
    """

    def __init__(
        self,
        path: PathLike,
        *,
        jobs: int = 0,
        batch_size: int = 1000,
        gazetteers: Union[PathLike, Sequence[PathLike]] = (),
        extract: bool = True,
    ) -> None:
        for name, value in (("jobs", jobs), ("batch_size", batch_size)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"Indexer() {name} must be an int, not {_type_name(value)}")
        if not 0 <= jobs < 2**32:
            raise InvalidArgument(f"jobs must be a non-negative integer, not {jobs}")
        if not 1 <= batch_size < 2**63:
            raise InvalidArgument(f"batch size must be at least 1, not {batch_size}")
        if not isinstance(extract, bool):
            raise TypeError(f"Indexer() extract must be True or False, not {_type_name(extract)}")
        if isinstance(gazetteers, (str, _os.PathLike)):
            gazetteers = [gazetteers]
        tables = [_path(table, "Indexer() gazetteers") for table in gazetteers]
        self.path = _path(path, "Indexer() path")
        self._native = _lede.Indexer(self.path, jobs, batch_size, tables, extract)

    def __repr__(self) -> str:
        return f"<lede.Indexer {self.path!r}{' (closed)' if self.closed else ''}>"

    def add(self, records: Iterable[Record], progress: Optional[Progress] = None) -> Dict[str, Any]:
        """Indexes `records`, an iterable of dicts with the keys of a JSON
        record: ``id`` (str or int, required), ``body`` (required), ``title``,
        ``date``, ``lang``, ``url``, ``source`` (str or None); other keys are
        ignored. Each record is normalised exactly as the same record read
        from a JSON Lines file.

        The iterable is streamed: ``batch_size`` records are taken, indexed
        and committed as one transaction, then the next ones; it is never held
        whole. A record that is not a dict or has a field of the wrong type is
        rejected, not raised. Unchanged articles are skipped, changed ones
        replaced; an id given twice is rejected the second time.

        Returns ``{"added", "replaced", "unchanged", "rejected", "warnings",
        "seconds"}``, where ``rejected`` and ``warnings`` are lists of
        ``{"line": N, "reason": str}`` and N is the record's 1-based position
        in the iterable.

        `progress`, when given, is called with ``{"records_done", "rejected",
        "seconds"}`` after every batch and at most ten times a second within
        one. Ctrl-C (or an exception from the iterable or from `progress`)
        stops the call with that exception: the batches committed before stay
        in the database, the one in flight is rolled back. Ctrl-C is noticed
        while records are taken, between batches and while a batch is
        written, so at worst after one batch's analysis (a smaller
        ``batch_size`` answers sooner).
        """
        if progress is not None and not callable(progress):
            raise TypeError(f"progress must be callable, not {_type_name(progress)}")
        if isinstance(records, (str, bytes, dict)):
            # Iterable, but as characters or keys: surely one record given for a list of them.
            raise TypeError(f"add() takes an iterable of records, not a {_type_name(records)}")
        return self._native.add(iter(records), progress)  # iter(): Python's own TypeError for a non-iterable

    def add_files(self, paths: Union[PathLike, Sequence[PathLike]], progress: Optional[Progress] = None) -> Dict[str, Any]:
        """Indexes files and directories as ``lede-index`` does (``.txt``,
        ``.jsonl``/``.ndjson``, ``.json``, directories recursively, ids from
        the paths). Returns the report of ``add``, each rejected record and
        warning also naming its ``"path"``; `progress` gets ``"bytes_done"``
        and ``"bytes_total"`` as well. Raises ``lede.IoError`` when a path
        does not exist.
        """
        if isinstance(paths, (str, _os.PathLike)):
            paths = [paths]
        if progress is not None and not callable(progress):
            raise TypeError(f"progress must be callable, not {_type_name(progress)}")
        return self._native.add_files([_path(p, "add_files() path") for p in paths], progress)

    def close(self) -> None:
        """Releases the database (and its write lock); later calls raise ``ValueError``."""
        self._native.close()

    @property
    def closed(self) -> bool:
        return self._native.closed

    def __enter__(self) -> "Indexer":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


def analyze(text: str, lang: Optional[str] = None) -> List[Dict[str, Any]]:
    """The tokens of `text` as lede's one analyser makes them (the indexer,
    the query parser and the highlighter all use it).

    Each token is ``{"text", "term", "accent_folded", "stem", "kind",
    "begin", "end", "position"}``: ``text`` is the original word, ``term``
    the index term (NFKC case folded, script fold rules applied),
    ``accent_folded`` the form without diacritics or None when equal,
    ``stem`` the Snowball stem in language `lang` (None without `lang`, or
    when lede has no stemmer for it), ``kind`` one of ``"letter"``,
    ``"number"``, ``"kana"``, ``"ideographic"``, and ``begin``/``end`` the
    **byte** offsets in the UTF-8 of `text`:
    ``text.encode()[begin:end].decode() == token["text"]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() text must be a str, not {_type_name(text)}")
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"analyze() lang must be a str or None, not {_type_name(lang)}")
    return _lede.analyze(text, lang)
