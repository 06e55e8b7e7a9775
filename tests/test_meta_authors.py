"""Author names lifted from bylines carry no outlet titles."""

from __future__ import annotations

from cleaners.meta import clean_authors, parse_byline


def test_outlet_reporter_title_is_no_author_name() -> None:
    assert clean_authors("某报记者 王一 李二") == ("王一", "李二")
    assert clean_authors("某某社记者张三、李四") == ("张三", "李四")
    found = parse_byline("采写：某报记者 王一 李二", tail=True)
    assert found is not None
    assert found.authors == ("王一", "李二")
