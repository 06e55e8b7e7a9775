"""The quick gates in front of meta's record readers (tale_record, event_particulars, the field
records) only skip what the regexes cannot match: each reader gives what the plain loop,
every regex on every line, gives, on every fixture page and on pages made to hold records."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from cleaners import meta
from cleaners.literals import gate

FIXTURES = Path(__file__).parent / "fixtures"


def _pages() -> list[list[str]]:
    files = sorted((FIXTURES / "text").glob("*.txt")) + sorted((FIXTURES / "gold_like").glob("*.txt"))
    made = [
        "讲述人：某甲，女，78岁\n\n搜集整理：某乙\n搜集时间：2019年5月\n流传地区：山区一带",
        "整理：某乙\n搜集时间：2019年5月",  # a collector with no teller: no record
        "  口述者： 某丙\n记录：某丁\n正文一句。",
        "讲座题目：古籍修复\n主讲人：某教授\n时间：周三下午\n地点：图书馆\n主办单位：文学院",
        "作者：某某 时间：2024年\n地点：礼堂",
        "片名：归港\n导演：某某\n片长：98分钟\nISBN：978-7\n正文。",
        "深度（千米）：8\n震级：5.1\n震中位置：某地\n",
        "主料\n五花肉 500g\n辅料\n冰糖30克\n盐 适量\n步骤\n1 五花肉切块\n小贴士：火要小\n正文。",
    ]
    return [p.read_text(encoding="utf-8").split("\n") for p in files] + [
        m.split("\n") for m in made]


def _plain_tale(lines: list[str]) -> frozenset[int]:
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, "-"]):
        bare = line.strip()
        if not bare:
            continue
        if any(p.match(bare) for p in (meta._TELLER, meta._COLLECTOR, meta._TALE_FIELD)):
            run.append(i)
            continue
        if (any(meta._TELLER.match(lines[j].strip()) for j in run)
                and any(meta._COLLECTOR.match(lines[j].strip()) for j in run)):
            out.update(run)
        run = []
    return frozenset(out)


def _plain_event(lines: list[str]) -> frozenset[int]:
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if meta._LABELLED_ROW.match(line.strip()):
            run.append(i)
            continue
        labels = {m[1] for j in run if (m := meta._EVENT_LABEL.match(lines[j].strip()))}
        if len(labels) >= 2:
            out.update(j for j in run if meta._EVENT_LABEL.match(lines[j].strip())
                       or meta._EVENT_SPONSOR.match(lines[j].strip()))
        shop = {m[1] for j in run if (m := meta._SHOP_LABEL.match(lines[j].strip()))}
        if len(shop) >= 2:
            out.update(j for j in run if meta._SHOP_LABEL.match(lines[j].strip())
                       or meta._SHOP_CONTACT.match(lines[j].strip()))
        run = []
    return frozenset(out)


def _plain_fields(lines: list[str]) -> frozenset[int]:
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return frozenset(i for is_field, group in itertools.groupby(
        filled, key=lambda i: meta._RECORD_ROW.match(lines[i].strip()) is not None)
        if is_field and len(run := list(group)) >= meta._RECORD_MIN for i in run)


def _plain_recipe(lines: list[str]) -> frozenset[int]:
    parts = (meta._RECIPE_SECTION, meta._INGREDIENT, meta._RECIPE_STEP, meta._RECIPE_TIP)
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    out: set[int] = set()
    for is_part, group in itertools.groupby(filled, key=lambda i: len(lines[i].strip()) <= 60
                                            and any(p.match(lines[i].strip()) for p in parts)):
        members = list(group)
        run = [lines[i].strip() for i in members]
        if is_part and sum(1 for ln in run if meta._RECIPE_SECTION.match(ln)) >= 2 and sum(
                1 for ln in run if meta._INGREDIENT.match(ln)) >= 2:
            out.update(members)
    return frozenset(out)


def test_gated_readers_give_the_plain_loops_results() -> None:
    pages = _pages()
    assert any(meta.tale_record(p) for p in pages)
    assert any(meta.event_particulars(p) for p in pages)
    assert any(meta.field_record(p) for p in pages)
    assert any(meta.recipe_lines(p) for p in pages)
    for lines in pages:
        assert meta.tale_record(lines) == _plain_tale(lines)
        assert meta.event_particulars(lines) == _plain_event(lines)
        assert meta.field_record(lines) == _plain_fields(lines)
        assert meta.recipe_lines(lines) == _plain_recipe(lines)
        # the records worked out once give what each reader works out alone
        records = meta.field_records(lines)
        assert meta.field_record(lines, records) == meta.field_record(lines)
        assert meta.work_record(lines, records) == meta.work_record(lines)


@pytest.mark.parametrize(("gated", "patterns"), [
    ("_TALE_GATE", ("_TELLER", "_COLLECTOR", "_TALE_FIELD")),
])
def test_gates_open_on_every_line_their_patterns_match(gated: str, patterns: tuple[str, ...]) -> None:
    test = getattr(meta, gated)
    rxs = [getattr(meta, name) for name in patterns]
    # read off the patterns, not written by hand: a changed pattern changes its gate
    assert test == gate(rxs, at_start=True)
    assert test.first is not None or test.needs is not None  # the gate does rule lines out
    lines = {ln.strip() for p in _pages() for ln in p}
    matched = [ln for ln in lines if any(rx.match(ln) for rx in rxs)]
    assert matched
    assert all(test.open(ln) for ln in matched)


def test_a_changed_teller_pattern_gets_its_own_page_screen() -> None:
    # the page-level screen is the teller pattern's needed strings, whatever they are
    changed = re.compile(r"^(?:唱述|讲述)(?:人|者)?\s*[：:]\s*\S")
    needs = gate([changed]).needs
    assert needs is not None
    assert "唱述" in needs
    assert gate([meta._TELLER]).needs == meta._TELLER_NEEDS
