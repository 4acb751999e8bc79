"""The package as built: its stub covers the public API, and it is the build's version."""

import ast
import inspect
import pathlib

import lede
from conftest import run_cli


def stub_names():
    stub = pathlib.Path(lede.__file__).with_name("__init__.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names, tree


def test_the_package_ships_its_type_stub_and_marker():
    package = pathlib.Path(lede.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "__init__.pyi").is_file()


def test_the_stub_declares_every_public_name():
    names, _ = stub_names()
    public = set(lede.__all__) | {"IndexError", "__version__", "INDEX_FORMAT_VERSION"}
    assert public <= names


def test_the_stub_declares_every_public_method_and_keyword():
    _, tree = stub_names()
    stub_classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    for cls in (lede.Searcher, lede.Indexer):
        declared = {item.name: item for item in stub_classes[cls.__name__].body if isinstance(item, ast.FunctionDef)}
        for name, member in vars(cls).items():
            if not name.startswith("_") or name in ("__init__", "__enter__", "__exit__"):
                assert name in declared, f"{cls.__name__}.{name} is not in the stub"
        stub_init = {a.arg for a in declared["__init__"].args.args + declared["__init__"].args.kwonlyargs}
        assert set(inspect.signature(cls.__init__).parameters) <= stub_init
    search = stub_classes["Searcher"].body
    search_keywords = {a.arg for f in search if isinstance(f, ast.FunctionDef) and f.name == "search"
                       for a in f.args.kwonlyargs}
    assert search_keywords == {"from_" if name == "from" else name for name in lede._OPTIONS}


def test_the_version_is_the_executables_version():
    done = run_cli("--version")
    assert done.stdout == f"lede-search {lede.__version__}\n"
    assert isinstance(lede.INDEX_FORMAT_VERSION, int)
