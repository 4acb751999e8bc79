"""The module answers every end-to-end request exactly as the CLI's --format json.

tests/data/e2e_queries.tsv lists lede-search argument lists (tab-separated,
"" the empty query); each becomes a search()/figures()/stats() call and the
decoded objects must be equal.
"""

import json

import pytest

from conftest import SOURCE_DIR, cli_json

# lede-search's valued options → the keyword each becomes; `from` is passed as
# **{"from": ...}, the spelling a request decoded from JSON uses.
VALUED = {
    "--lang": "lang",
    "--entity": "entity",
    "--mentioned": "mentioned",
    "--deaths": "deaths",
    "--injured": "injured",
    "--from": "from",
    "--to": "to",
    "--limit": "limit",
    "--offset": "offset",
    "--sort": "sort",
}
REPEATABLE = {"lang", "entity"}
COUNTS = {"limit", "offset"}
FLAGS = {"--facets": ("facets", True), "--collapse": ("collapse", True), "--no-snippets": ("snippets", False)}


def e2e_rows():
    rows = []
    with open(SOURCE_DIR / "tests/data/e2e_queries.tsv", encoding="utf-8") as table:
        for line in table:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(["" if field == '""' else field for field in line.split("\t")])
    return rows


def to_call(args):
    """(method, query, options) for a lede-search argument list."""
    method, query, options = "search", None, {}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--figures":
            method = "figures"
        elif arg == "--stats":
            method = "stats"
        elif arg in FLAGS:
            name, value = FLAGS[arg]
            options[name] = value
        elif arg in VALUED:
            name = VALUED[arg]
            i += 1
            value = int(args[i]) if name in COUNTS else args[i]
            if name in REPEATABLE:
                options.setdefault(name, []).append(value)
            else:
                options[name] = value
        else:
            assert not arg.startswith("--"), f"e2e_queries.tsv: no keyword for {arg}"
            query = arg
        i += 1
    return method, query, options


def call(searcher, method, query, options):
    if method == "stats":
        assert query is None and not options
        return searcher.stats()
    return getattr(searcher, method)(query, **options)


ROWS = e2e_rows()


def test_the_request_table_is_there():
    assert len(ROWS) >= 25


@pytest.mark.parametrize("args", ROWS, ids=["|".join(row) for row in ROWS])
def test_each_e2e_request_equals_the_cli_json(searcher, corpus_db, args):
    method, query, options = to_call(args)
    expected = cli_json(corpus_db, args)
    assert call(searcher, method, query, options) == expected


def test_single_values_and_lists_and_from_spellings_are_the_same_request(searcher):
    as_list = searcher.search("", lang=["en"], entity=["Moscow"], **{"from": "2024-03"}, to="2024-04")
    as_text = searcher.search("", lang="en", entity="Moscow", from_="2024-03", to="2024-04")
    assert as_list == as_text
    assert as_list["total"] > 0


def test_a_result_is_plain_json_data(searcher):
    result = searcher.search("Crocus", facets=True, limit=3)
    assert json.loads(json.dumps(result)) == result
    assert set(result) == {"query", "total", "total_exact", "offset", "hits", "facets", "facets_exact"}
