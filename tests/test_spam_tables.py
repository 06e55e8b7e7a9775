"""spam.tables: the shipped statistics tables equal a fresh build from the installed packages,
are used only when built from the installed versions (else built in memory), and a cold pool
worker then cleans a spam page well within its time limit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from cleaners.spam import tables

from .conftest import shared_path

if TYPE_CHECKING:
    from collections.abc import Mapping

    from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]


def _assert_same(got: Mapping[str, NDArray[Any]], want: Mapping[str, NDArray[Any]]) -> None:
    assert sorted(got) == sorted(want)
    for key in want:
        assert got[key].dtype == want[key].dtype, key
        assert got[key].shape == want[key].shape, key
        assert np.array_equal(got[key], want[key]), key


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(tables.TABLES))
def test_shipped_table_equals_a_fresh_build(name: str) -> None:
    shipped = tables.shipped_table(name)
    assert shipped is not None, "run bench/build_spam_tables.py and commit the file"
    _assert_same(shipped, tables.build_table(name))


def test_shipped_file_records_the_installed_source_versions() -> None:
    resource = files("cleaners.spam").joinpath("lexicons", tables.FILE_NAME)
    with resource.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
        meta = json.loads(npz["meta"].tobytes().decode("utf-8"))
    assert meta["format"] == tables.FORMAT
    assert sorted(meta["tables"]) == sorted(tables.TABLES)
    assert meta["sources"] == tables.installed_versions(("jieba", "snownlp"))


def test_every_table_loads_from_the_file_without_a_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_build(name: str) -> None:
        raise AssertionError(f"{name} was built, not loaded")

    monkeypatch.setattr(tables, "build_table", no_build)
    for name in tables.TABLES:
        assert tables.spam_table(name), name


def test_another_source_version_builds_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """word_tags comes from jieba alone (and builds in a second): with another jieba installed
    the shipped arrays are not used, the table is built from the installed dictionary."""
    shipped = tables.shipped_table("word_tags")
    assert shipped is not None
    installed = tables.installed_versions

    def other_jieba(sources: Any) -> dict[str, str | None]:
        return {**installed(sources), **({"jieba": "0.0.1"} if "jieba" in sources else {})}

    built: list[str] = []
    build = tables.build_table

    def counting_build(name: str) -> dict[str, NDArray[Any]]:
        built.append(name)
        return build(name)

    monkeypatch.setattr(tables, "installed_versions", other_jieba)
    monkeypatch.setattr(tables, "build_table", counting_build)
    assert tables.shipped_table("word_tags") is None
    assert tables.shipped_table("word_pairs") is not None  # snownlp's tables still match
    _assert_same(tables.spam_table("word_tags"), shipped)
    assert built == ["word_tags"]


def test_a_missing_file_builds_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "FILE_NAME", "no_such_tables.npz")
    assert tables.shipped_table("clause_openers") is None


def test_strings_pack_and_unpack_in_order() -> None:
    for strings in ([], [""], ["人民\t群众", "", "a"], ["的"] * 3):
        assert tables.unpack_strings(tables.pack_strings(strings)) == strings
    with pytest.raises(ValueError, match="newline"):
        tables.pack_strings(["two\nlines"])


def test_the_build_ships_the_tables_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    assert any(Path(tables.FILE_NAME).match(p) for p in patterns)


_COLD_WORKER = """
import sys, time
from corpus import runner
from corpus.config import load
from corpus.readers import Source
config = load()
chain = config.chain()
runner.warm_up(chain)
start = time.process_time()
record, doc = runner.process_source(Source("spam", sys.argv[1]), chain, config)
seconds = time.process_time() - start
print(seconds, record["status"], sum(r.cleaner == "spam.injection" for r in doc.removals))
"""


@pytest.mark.slow
def test_a_cold_worker_cleans_its_first_spam_page_well_within_the_limit() -> None:
    """A fresh process warms up as a pool worker does, then cleans a page with injected
    pieces: the tables it needs are loaded, none is built inside the page's time limit (a
    build took some 12 CPU-seconds of the 30 s limit; loaded, the page takes a fraction)."""
    page = next(shared_path("seeds").glob("004*.txt"))
    out = subprocess.run([sys.executable, "-c", _COLD_WORKER, str(page)], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=240,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds, status, removed = out.stdout.split()
    assert status == "kept"
    assert int(removed) > 0  # the page reached the injection detector and its tables
    assert float(seconds) < 3.0, out.stdout
