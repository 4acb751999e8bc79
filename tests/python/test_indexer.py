"""lede.Indexer: streaming, reports with positions, progress; lede.analyze spans."""

import json

import pytest

import lede
from conftest import CORPUS, cli_json


def article(n, **fields):
    record = {"id": f"py-{n}", "lang": "en", "title": f"Report {n}",
              "body": f"Report number {n}: heavy rains flooded the valley and 3 people were injured."}
    record.update(fields)
    return record


def test_records_are_streamed_one_batch_at_a_time(tmp_path):
    db = tmp_path / "db"
    total = 23
    consumed = 0
    seen_at_progress = []

    def records():
        nonlocal consumed
        for n in range(1, total + 1):
            consumed += 1
            yield article(n)

    def progress(state):
        # Called after each committed batch: the database already holds it.
        with lede.Searcher(db) as reader:
            seen_at_progress.append((consumed, state["records_done"], reader.stats()["documents"]))

    with lede.Indexer(db, batch_size=5, jobs=1) as indexer:
        report = indexer.add(records(), progress=progress)
    assert report["added"] == total and report["rejected"] == [] and report["warnings"] == []
    # The first batch committed: five records were taken from the generator, no more.
    first_commit = next(state for state in seen_at_progress if state[1] == 5)
    assert first_commit == (5, 5, 5)
    assert seen_at_progress[0][0] < total  # never materialised
    # Called after every batch (and possibly within one, at most ten times a second).
    done_values = [done for _, done, _ in seen_at_progress]
    assert {5, 10, 15, 20, 23} <= set(done_values) and done_values[-1] == total


def test_rejected_records_are_reported_with_their_position_in_the_iterable(tmp_path):
    records = [
        article(1),
        article(2),
        "not a record",                       # 3
        article(4, body=42),                  # 4: body not a string
        article(5),
        {"id": "py-6", "title": "no body"},   # 6
        article(7, date="2024-02-30"),        # 7: invalid date
        article(8, id=None),                  # 8: missing id
        article(9),
        article(1, body="same id as the first, in a later batch"),  # 10
        article(11, id=11, lang=None),        # 11: an integer id is fine, like in JSON Lines
        article(12, title=["a", "list"]),     # 12
        article(13, extra={"ignored": True}), # 13: unknown keys are ignored
    ]
    with lede.Indexer(tmp_path / "db", batch_size=4, jobs=1) as indexer:
        report = indexer.add(iter(records))
    assert report["rejected"] == [
        {"line": 3, "reason": "record is not a dict (str)"},
        {"line": 4, "reason": '"body" must be a string'},
        {"line": 6, "reason": 'missing or empty "body"'},
        {"line": 7, "reason": 'invalid date "2024-02-30"'},
        {"line": 8, "reason": 'missing "id"'},
        {"line": 10, "reason": 'duplicate id "py-1" (first at record 1)'},
        {"line": 12, "reason": '"title" must be a string'},
    ]
    assert report["added"] == 6 and report["replaced"] == 0 and report["unchanged"] == 0
    assert isinstance(report["seconds"], float)
    with lede.Searcher(tmp_path / "db") as searcher:
        ids = {hit["id"] for hit in searcher.search("", limit=50, snippets=False)["hits"]}
    assert ids == {"py-1", "py-2", "py-5", "py-9", "11", "py-13"}


def test_integer_ids_are_decimal_and_progress_comes_once_per_batch(tmp_path):
    import enum

    class Number(enum.IntEnum):
        SEVEN = 7

    states = []
    with lede.Indexer(tmp_path / "db", batch_size=2, jobs=1) as indexer:
        # Four records: two full batches, then the pull that finds the end (no third call).
        report = indexer.add([article(1, id=Number.SEVEN), article(2), article(3), article(4)],
                             progress=lambda state: states.append(state["records_done"]))
    assert report["added"] == 4
    # Within a batch (at most ten times a second) only counts short of its end can come.
    assert 2 in states and states[-1] == 4 and states.count(4) == 1 and states.count(2) == 1
    with lede.Searcher(tmp_path / "db") as searcher:
        assert searcher.search("", limit=1, sort="date")["total"] == 4
        assert "7" in {hit["id"] for hit in searcher.search("", limit=10, snippets=False)["hits"]}


def test_a_rerun_skips_unchanged_records_and_replaces_changed_ones(tmp_path):
    with lede.Indexer(tmp_path / "db", batch_size=3) as indexer:
        assert indexer.add(article(n) for n in range(6))["added"] == 6
        again = indexer.add(article(n, body="changed body") if n == 2 else article(n) for n in range(6))
    assert (again["added"], again["replaced"], again["unchanged"]) == (0, 1, 5)


def test_warnings_carry_positions_too(tmp_path):
    huge = "x" * (8 * 1024 * 1024 + 10)  # over the 8 MiB body limit (limits::kMaxRecordBytes)
    with lede.Indexer(tmp_path / "db", batch_size=2) as indexer:
        report = indexer.add([article(1), article(2), article(3, body=huge)])  # the third in the second batch
    assert report["added"] == 3
    assert report["warnings"] == [{"line": 3, "reason": "body truncated to 8 MiB"}]


def test_records_give_the_documents_their_json_lines_file_gives(tmp_path):
    """The in-memory route stores what lede-index stores for the same records."""
    sample = CORPUS / "samples" / "ru.jsonl"
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    with lede.Indexer(tmp_path / "py-db", jobs=1) as indexer:
        assert indexer.add(records)["added"] == len(records)
    with lede.Indexer(tmp_path / "file-db", jobs=1) as indexer:
        report = indexer.add_files([sample])
        assert report["added"] == len(records) and report["rejected"] == []
    args = ["--facets", "--limit", "20", "Крокус"]
    from_records = cli_json(tmp_path / "py-db", args)
    from_file = cli_json(tmp_path / "file-db", args)
    assert from_records == from_file and from_records["total"] > 0


def test_add_files_reports_paths_and_progress(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(article(1)) + "\n" + '{"id": "x", "date": "2024-13-01", "body": "b"}\n')
    states = []
    with lede.Indexer(tmp_path / "db") as indexer:
        report = indexer.add_files(feed, progress=states.append)
    assert report["added"] == 1
    assert report["rejected"] == [{"path": str(feed), "line": 2, "reason": 'invalid date "2024-13-01"'}]
    assert states and states[-1]["records_done"] == 1 and states[-1]["bytes_total"] == feed.stat().st_size


def test_an_exception_in_progress_stops_the_call_and_keeps_committed_batches(tmp_path):
    class Stop(Exception):
        pass

    def progress(state):
        if state["records_done"] >= 4:
            raise Stop

    with lede.Indexer(tmp_path / "db", batch_size=4) as indexer:
        with pytest.raises(Stop):
            indexer.add((article(n) for n in range(20)), progress=progress)
    with lede.Searcher(tmp_path / "db") as searcher:
        assert searcher.stats()["documents"] == 4


def test_an_indexer_used_from_its_own_progress_callback_raises_instead_of_waiting_for_itself(tmp_path):
    with lede.Indexer(tmp_path / "db", batch_size=2) as indexer:
        with pytest.raises(RuntimeError, match="own progress callback"):
            indexer.add((article(n) for n in range(4)), progress=lambda state: indexer.close())
        assert not indexer.closed
        assert indexer.add([article(9)])["added"] == 1
    assert indexer.closed and "(closed)" in repr(indexer)


def test_add_takes_an_iterable_of_records(tmp_path):
    with lede.Indexer(tmp_path / "db") as indexer:
        for wrong in (42, article(1), "records", None):
            with pytest.raises(TypeError):
                indexer.add(wrong)
        with pytest.raises(TypeError):
            indexer.add([], progress="print")
        assert indexer.add([])["added"] == 0


def test_indexer_options_are_checked():
    with pytest.raises(TypeError):
        lede.Indexer("unused", batch_size="10")
    with pytest.raises(TypeError):
        lede.Indexer("unused", prune=True)
    with pytest.raises(lede.InvalidArgument):
        lede.Indexer("unused", batch_size=0)
    with pytest.raises(TypeError):
        lede.Indexer("unused", extract="yes")


@pytest.mark.parametrize(
    "text, lang, words, terms",
    [
        ("Dozens killed as flash floods tear through Valencia",
         "en",
         ["Dozens", "killed", "as", "flash", "floods", "tear", "through", "Valencia"],
         ["dozens", "killed", "as", "flash", "floods", "tear", "through", "valencia"]),
        ("Теракт в «Крокус Сити Холле» унёс 145 жизней",
         "ru",
         ["Теракт", "в", "Крокус", "Сити", "Холле", "унёс", "145", "жизней"],
         ["теракт", "в", "крокус", "сити", "холле", "унес", "145", "жизней"]),
        ("北京发生地震，死亡人数上升",
         None,
         ["北京", "发生", "地震", "死亡", "人数", "上升"],
         ["北京", "发生", "地震", "死亡", "人数", "上升"]),
    ],
)
def test_analyze_spans_slice_the_utf8_bytes_to_each_token(text, lang, words, terms):
    tokens = lede.analyze(text, lang)
    assert [t["text"] for t in tokens] == words
    assert [t["term"] for t in tokens] == terms
    encoded = text.encode("utf-8")
    for token in tokens:
        assert encoded[token["begin"]:token["end"]].decode("utf-8") == token["text"]
    assert [t["position"] for t in tokens] == list(range(1, len(words) + 1))


def test_analyze_gives_kinds_folds_and_stems():
    zurich, killing, year = lede.analyze("Zürich killing 2024", "en")
    assert zurich["accent_folded"] == "zurich" and zurich["kind"] == "letter"
    assert killing["stem"] == "kill" and killing["accent_folded"] is None
    assert year["kind"] == "number"
    assert all(t["stem"] is None for t in lede.analyze("killing"))
    assert lede.analyze("東京", None)[0]["kind"] == "ideographic"
    with pytest.raises(TypeError):
        lede.analyze(b"bytes")
    with pytest.raises(UnicodeEncodeError):
        lede.analyze("lone \udc80 surrogate")
