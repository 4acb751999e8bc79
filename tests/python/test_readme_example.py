"""The Python example of the README runs as shown and prints what it says.

In README's section "## Python: `import lede`", the fenced ```python
block is run verbatim in a directory holding a copy of corpus/ (the example
reads "corpus" and writes "news-db" where it runs), and its output must be
the ```text block after it.
"""

import re
import shutil
import subprocess

import pytest

from conftest import CORPUS, PYTHON, SOURCE_DIR, python_env

SECTION = "## Python: `import lede`"


def files_with_the_section():
    candidates = [SOURCE_DIR / "README.md"]
    return [path for path in candidates if SECTION in path.read_text(encoding="utf-8")]


def example(path):
    section = path.read_text(encoding="utf-8").split(SECTION, 1)[1]
    match = re.search(r"```python\n(.*?)```.*?```text\n(.*?)```", section, re.DOTALL)
    assert match, f"{path}: no ```python block followed by a ```text block in {SECTION}"
    return match.group(1), match.group(2)


FILES = files_with_the_section()


def test_the_readme_has_the_section():
    assert SOURCE_DIR / "README.md" in FILES


@pytest.mark.parametrize("path", FILES, ids=[path.relative_to(SOURCE_DIR).as_posix() for path in FILES])
def test_the_readme_example_is_short_and_prints_what_the_readme_says(tmp_path, path):
    code, expected = example(path)
    assert len(code.splitlines()) <= 10
    shutil.copytree(CORPUS, tmp_path / "corpus")
    done = subprocess.run([PYTHON, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=python_env())
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
