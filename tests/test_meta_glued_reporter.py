"""A date row's source and byline spans saved as text with no gap between them (来源：某某日报
记者 某某某, the page's <span>来源：某某日报</span><span>记者 某某某</span>): the outlet is the
source and the name after the role the author. Counterexamples: a name glued to the role
(记者站, 记者之家) or no name after it is the source's own name."""

from __future__ import annotations

import pytest

from cleaners.meta import parse_meta_line


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("2025-09-16 08:42来源：南溪日报记者 祁明远", "南溪日报", ("祁明远",)),
    ("来源：某某新闻社记者 张三 李四", "某某新闻社", ("张三", "李四")),
    ("来源：某某晚报通讯员 王某某", "某某晚报", ("王某某",)),
    ("來源：南溪日報記者 祁明遠", "南溪日報", ("祁明遠",)),
    # set apart as before
    ("来源：南溪日报 记者 祁明远", "南溪日报", ("祁明远",)),
])
def test_a_source_glued_to_its_reporter_splits(line: str, source: str,
                                               authors: tuple[str, ...]) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.source_name == source
    assert found.authors == authors


@pytest.mark.parametrize("line", ["来源：南溪日报记者站", "来源：某某日报记者之家", "来源：南溪日报记者"])
def test_a_role_word_in_the_source_s_name_stays(line: str) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.source_name == line.split("：")[1]
    assert found.authors == ()
