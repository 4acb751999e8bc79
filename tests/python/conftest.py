"""Shared fixtures of the Python module's tests (#17).

CTest (tests/python/CMakeLists.txt) runs them with PYTHONPATH at the built
package and these variables set; a missing one is an error, never a skip, so
that the suite cannot pass without exercising the module.
"""

import json
import os
import pathlib
import subprocess
import sys

import pytest


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set: run these tests through ctest -R python_module")
    return value


SOURCE_DIR = pathlib.Path(_required("LEDE_SOURCE_DIR"))
CORPUS = pathlib.Path(_required("LEDE_CORPUS"))
INDEX_EXE = _required("LEDE_INDEX_EXE")
SEARCH_EXE = _required("LEDE_SEARCH_EXE")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SEARCH_EXE, *args], capture_output=True, text=True, check=False)


def cli_json(db: pathlib.Path, args) -> dict:
    """What `lede-search --format json ARGS` prints, decoded."""
    done = run_cli("--db", str(db), "--format", "json", *args)
    assert done.returncode == 0, f"lede-search {args}: {done.stderr}"
    return json.loads(done.stdout)


def python_env() -> dict:
    """The environment for a child python3 running the module (as the tests' own)."""
    return dict(os.environ)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> pathlib.Path:
    """corpus/ indexed by lede-index: the database both front ends read."""
    db = tmp_path_factory.mktemp("cli") / "db"
    done = subprocess.run([INDEX_EXE, "--db", str(db), "--quiet", str(CORPUS)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="session")
def searcher(corpus_db):
    import lede

    with lede.Searcher(corpus_db) as opened:
        yield opened


PYTHON = sys.executable
