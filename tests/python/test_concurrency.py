"""One Searcher shared by threads; Ctrl-C during a long add()."""

import signal
import subprocess
import textwrap
import threading
import time

import lede
from conftest import PYTHON, python_env
from test_cli_equivalence import ROWS, call, to_call


def test_two_threads_searching_one_searcher_get_the_sequential_results(searcher):
    calls = [to_call(args) for args in ROWS]
    expected = [call(searcher, *c) for c in calls]
    rounds = 3
    results = {0: [], 1: []}
    errors = []
    start = threading.Barrier(2)

    def work(worker):
        try:
            start.wait()
            for _ in range(rounds):
                # The two threads walk the requests in opposite orders, so they overlap on different ones.
                order = calls if worker == 0 else list(reversed(calls))
                answers = [call(searcher, *c) for c in order]
                results[worker].append(answers if worker == 0 else list(reversed(answers)))
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=work, args=(worker,)) for worker in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for worker in (0, 1):
        assert len(results[worker]) == rounds
        for answers in results[worker]:
            assert answers == expected


INTERRUPTED_ADD = textwrap.dedent(
    """
    import itertools, sys
    import lede

    def endless():
        for n in itertools.count(1):
            yield {"id": f"a{n}", "lang": "en", "body": f"Article {n}: floods in Valencia, {n} people injured."}

    def progress(state):
        print("progress", state["records_done"], flush=True)

    lede.Indexer(sys.argv[1], batch_size=50, jobs=1).add(endless(), progress=progress)
    """
)


def test_ctrl_c_stops_an_endless_add_and_keeps_the_committed_batches(tmp_path):
    db = tmp_path / "db"
    child = subprocess.Popen(
        [PYTHON, "-c", INTERRUPTED_ADD, str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=python_env(),
    )
    try:
        committed = 0
        for line in child.stdout:
            done = int(line.split()[1])
            if done % 50 == 0:
                committed = done
            if committed >= 100:  # two batches are in the database
                break
        child.send_signal(signal.SIGINT)
        rest, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert committed >= 100
    # Python's own exit on an uncaught KeyboardInterrupt: killed by SIGINT, with the traceback.
    assert child.returncode == -signal.SIGINT, err
    assert "KeyboardInterrupt" in err
    with lede.Searcher(db) as searcher:
        documents = searcher.stats()["documents"]
    assert documents >= committed
    assert documents % 50 == 0  # whole batches only: the one in flight was rolled back


INTERRUPTED_LIST = textwrap.dedent(
    """
    import sys
    import lede

    # A list: taking records runs no Python code, so only the module's own
    # signal checks (between batches and within one) can see Ctrl-C.
    records = [{"id": f"a{n}", "lang": "en", "body": f"Report {n}: floods in Valencia."} for n in range(100000)]
    indexer = lede.Indexer(sys.argv[1], batch_size=100, jobs=1)
    print("adding", flush=True)
    indexer.add(records)
    print("finished", flush=True)
    """
)


def test_ctrl_c_is_seen_while_the_engine_runs_without_the_gil(tmp_path):
    db = tmp_path / "db"
    child = subprocess.Popen(
        [PYTHON, "-c", INTERRUPTED_LIST, str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=python_env(),
    )
    try:
        assert child.stdout.readline() == "adding\n"
        time.sleep(0.5)
        child.send_signal(signal.SIGINT)
        rest, err = child.communicate(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert "finished" not in rest
    assert child.returncode == -signal.SIGINT, err
    assert "KeyboardInterrupt" in err
    with lede.Searcher(db) as searcher:
        assert searcher.stats()["documents"] % 100 == 0  # whole batches: the one in flight was rolled back
