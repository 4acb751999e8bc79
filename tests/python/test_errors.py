"""Errors: lede::Error's tree as Python exceptions, and Python's own TypeError
for what Python itself would refuse."""

import builtins
import subprocess

import pytest

import lede
from conftest import PYTHON, python_env, run_cli


def test_the_exception_tree_mirrors_lede_error():
    assert issubclass(lede.Error, Exception)
    assert issubclass(lede.UsageError, lede.Error)
    assert issubclass(lede.QueryError, lede.UsageError)
    assert issubclass(lede.InvalidArgument, lede.UsageError)
    for cls in (lede.IndexError, lede.IoError, lede.InternalError):
        assert issubclass(cls, lede.Error) and not issubclass(cls, lede.UsageError)


def test_lede_index_error_is_not_the_builtin_and_star_import_keeps_the_builtin():
    assert lede.IndexError is not builtins.IndexError
    assert not issubclass(lede.IndexError, builtins.IndexError)
    assert "IndexError" not in lede.__all__
    namespace = {}
    exec("from lede import *", namespace)
    assert "Searcher" in namespace and "IndexError" not in namespace


@pytest.mark.parametrize(
    "query, position",
    [("title:(", 6), ("date:2024-13", 5), ("crocus AND", 7), ("Крокус title:(", 19)],
)
def test_a_bad_query_is_a_query_error_at_the_byte_lede_search_names(searcher, corpus_db, query, position):
    with pytest.raises(lede.QueryError) as raised:
        searcher.search(query)
    assert raised.value.position == position
    assert isinstance(raised.value, lede.UsageError)
    # The message is the CLI's, without its program prefix.
    cli = run_cli("--db", str(corpus_db), query)
    assert cli.returncode == 2
    assert cli.stderr == f"lede-search: {raised.value}\n"
    assert str(raised.value).endswith(raised.value.reason)


def test_figures_reports_query_errors_too(searcher):
    with pytest.raises(lede.QueryError) as raised:
        searcher.figures("mentioned:abc")
    assert raised.value.position == 10


@pytest.mark.parametrize(
    "options",
    [
        {"deaths": "abc"},
        {"injured": "200..40x"},
        {"from_": "2024-13"},
        {"to": "yesterday"},
        {"mentioned": "someday"},
        {"limit": 100000},
        {"limit": -1},
        {"offset": 9999, "limit": 10},
        {"sort": "newest"},
        {"lang": "not-a-language"},
    ],
)
def test_a_bad_value_of_the_right_type_is_invalid_argument(searcher, options):
    with pytest.raises(lede.InvalidArgument):
        searcher.search("x", **options)


def test_a_missing_database_is_lede_index_error(tmp_path):
    with pytest.raises(lede.IndexError, match="no lede database"):
        lede.Searcher(tmp_path / "missing")
    (tmp_path / "not-a-db").mkdir()
    with pytest.raises(lede.IndexError):
        lede.Searcher(tmp_path / "not-a-db")


@pytest.mark.parametrize(
    "options",
    [
        {"nope": 1},
        {"format": "json"},
        {"figures": True},
        {"limit": "3"},
        {"limit": 2.0},
        {"limit": True},
        {"facets": 1},
        {"snippets": "no"},
        {"lang": ["en", 3]},
        {"lang": b"en"},
        {"entity": None},
        {"deaths": 1.5},
        {"sort": None},
        {"from_": "2024", "from": "2024"},
    ],
)
def test_an_unknown_option_or_a_value_of_the_wrong_type_is_type_error(searcher, options):
    with pytest.raises(TypeError):
        searcher.search("x", **options)


def test_unknown_options_are_named_as_python_names_them(searcher):
    with pytest.raises(TypeError, match=r"search\(\) got an unexpected keyword argument 'colour'"):
        searcher.search("x", colour="never")
    with pytest.raises(TypeError, match=r"figures\(\)"):
        searcher.figures("x", colour="never")
    with pytest.raises(TypeError):
        searcher.search(b"crocus")


def test_ints_and_dates_are_accepted_where_the_cli_takes_numbers_and_dates(searcher):
    import datetime

    assert searcher.search("", deaths=133) == searcher.search("", deaths="133")
    assert searcher.search("", mentioned=2004) == searcher.search("", mentioned="2004")
    assert searcher.search("", from_=datetime.date(2024, 3, 1), to=2024) == searcher.search(
        "", from_="2024-03-01", to="2024"
    )


def test_a_closed_searcher_refuses_calls(corpus_db):
    searcher = lede.Searcher(corpus_db)
    searcher.close()
    assert searcher.closed
    with pytest.raises(ValueError):
        searcher.search("x")


def test_a_second_writer_is_lede_index_error(tmp_path):
    with lede.Indexer(tmp_path / "db"):
        with pytest.raises(lede.IndexError, match="locked"):
            lede.Indexer(tmp_path / "db")
    with lede.Indexer(tmp_path / "db") as reopened:  # closed: the lock is free again
        assert not reopened.closed


def test_a_missing_input_path_is_io_error(tmp_path):
    with lede.Indexer(tmp_path / "db") as indexer:
        with pytest.raises(lede.IoError):
            indexer.add_files([tmp_path / "nothing-here"])


def test_the_module_imports_in_a_fresh_interpreter():
    done = subprocess.run(
        [PYTHON, "-c", "import lede; print(lede.Searcher.__doc__.split()[0])"],
        capture_output=True, text=True, env=python_env(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Searches\n"
