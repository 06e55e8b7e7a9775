from __future__ import annotations

import dataclasses
import pickle

import pytest

from cleaners import Chain, CleanerFailed, ConfigError, Doc, Meta, Removal


def test_doc_is_frozen() -> None:
    doc = Doc(id="a", text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]


def test_doc_evolve_appends_removals() -> None:
    r1 = Removal("c", "r", "why", "t", "line 1")
    r2 = Removal("c", "r2", "why", "t2", "line 2")
    doc = Doc(id="a", text="x").evolve(removed=[r1]).evolve(text="y", removed=[r2])
    assert doc.text == "y"
    assert doc.removals == (r1, r2)


def test_doc_drop_is_a_value() -> None:
    doc = Doc(id="a").drop("quality.min_text", "too_little_text", "no text")
    assert doc.status == "dropped"
    assert doc.dropped is not None
    assert doc.dropped.rule == "too_little_text"


def test_meta_merged_keeps_existing_values() -> None:
    meta = Meta(title="A").merged(title="B", date="2024-01-01", authors=())
    assert meta.title == "A"
    assert meta.date == "2024-01-01"
    assert meta.authors == ()


def test_doc_pickles() -> None:
    doc = Doc(id="a", text="x", meta=Meta(authors=("张三",))).evolve(
        removed=[Removal("c", "r", "w", "t")])
    assert pickle.loads(pickle.dumps(doc)) == doc


class _Named:
    def __init__(self, name: str, fail: bool = False, drop: bool = False) -> None:
        self.name, self.fail, self.drop = name, fail, drop

    def __call__(self, doc: Doc, /) -> Doc:
        if self.fail:
            raise RuntimeError("boom")
        if self.drop:
            return doc.drop(self.name, "test", "dropped in a test")
        return doc.evolve(text=doc.text + self.name)


def test_chain_rejects_duplicate_names() -> None:
    with pytest.raises(ConfigError, match="duplicate"):
        Chain([_Named("a"), _Named("a")])


def test_chain_stops_at_first_drop() -> None:
    doc = Chain([_Named("a"), _Named("b", drop=True), _Named("c")])(Doc(id="x"))
    assert doc.text == "a"
    assert doc.dropped is not None
    assert doc.dropped.cleaner == "b"


def test_chain_wraps_cleaner_bugs_with_names() -> None:
    with pytest.raises(CleanerFailed, match="'b' failed on document 'x'"):
        Chain([_Named("a"), _Named("b", fail=True)])(Doc(id="x"))


def test_clean_text_without_a_chain_reuses_one_default_chain() -> None:
    # Building the default chain compiles every rule (more than cleaning a page costs):
    # the convenience functions build it once, and a second call answers the same.
    import cleaners

    first = cleaners.clean_text("第一段文字。\n第二段文字。", id="a")
    cached = cleaners._default_chain()
    second = cleaners.clean_html("<html><body><p>第一段文字。</p></body></html>", id="b")
    assert cleaners._default_chain() is cached
    assert cleaners.clean_text("第一段文字。\n第二段文字。", id="a") == first
    assert second.id == "b"
