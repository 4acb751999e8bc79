"""The example of python/README.md runs as shown and prints what the README says.

The fenced ```python block is extracted and run verbatim in a directory
holding a copy of corpus/ (the example reads "corpus" and writes "news-db"
relative to where it runs); its output must be the ```text block after it.
"""

import re
import shutil
import subprocess

from conftest import CORPUS, PYTHON, SOURCE_DIR, python_env


def readme_example():
    text = (SOURCE_DIR / "python" / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)```.*?```text\n(.*?)```", text, re.DOTALL)
    assert match, "python/README.md has no ```python block followed by a ```text block"
    return match.group(1), match.group(2)


def test_the_example_is_short():
    code, _ = readme_example()
    assert len(code.splitlines()) <= 10


def test_the_readme_example_prints_what_the_readme_says(tmp_path):
    code, expected = readme_example()
    shutil.copytree(CORPUS, tmp_path / "corpus")
    done = subprocess.run([PYTHON, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=python_env())
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
