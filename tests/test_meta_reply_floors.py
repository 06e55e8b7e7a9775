"""A forum thread saved as text: a reply floor's head row (handle, rank badge, floor) over
the reply's date row is the thread's chrome; the same shape over prose is not read."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.meta import REPLY_FLOOR_HEAD, MetaLines

_POST = "这个月带孩子跑了两趟医院，总结了几条经验，给跟我一样的新手爸妈参考，希望有用。"


@pytest.mark.parametrize("line", ["某某爸爸Lv.3沙发", "某某 Lv.5 板凳", "某某Lv.6地板",
                                  "某某老王Lv.85楼", "某某LV12 3#", "某某爸爸Lv.3沙發",
                                  "某某老王Lv.8 5樓"])
def test_reply_floor_heads(line: str) -> None:
    assert REPLY_FLOOR_HEAD.match(line)


@pytest.mark.parametrize("line", ["沙发 茶几 电视柜", "他已升到Lv.6，搬进了5楼。",
                                  "某某小区Lv.3住户说，5楼的电梯坏了", "某某Lv.6楼主",
                                  "把旧沙发搬到地板上"])
def test_not_reply_floor_heads(line: str) -> None:
    assert not REPLY_FLOOR_HEAD.match(line)


@pytest.mark.parametrize(("head", "posted"), [("某某爸爸Lv.3沙发", "发表于 2025-12-11 21:52"),
                                              ("某某爸爸Lv.3沙發", "發表於 2025-12-11 21:52")])
def test_reply_floor_head_over_its_date_row_goes(head: str, posted: str) -> None:
    text = "\n".join(["给新手爸妈的带娃看病经验", "发表于 2025-12-11 21:40", _POST, _POST,
                      head, posted])
    out = MetaLines()(Doc(id="t", text=text))
    assert head not in out.text
    assert any(r.rule == "reply_floor_head" for r in out.removals)
    assert _POST in out.text


def test_same_shape_over_prose_stays() -> None:
    line = "某某爸爸Lv.3沙发"
    text = "\n".join(["给新手爸妈的带娃看病经验", "发表于 2025-12-11 21:40", _POST, line, _POST])
    out = MetaLines()(Doc(id="t", text=text))
    assert line in out.text
