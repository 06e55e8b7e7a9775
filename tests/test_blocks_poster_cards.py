"""A forum poster's card beside each floor saved as text, a field a line (发帖: 1872, 威望: 206
点, 注册时间: 2014-03-22): three such lines in a row go, one alone stays (gold_html --text: a
phpwind thread)."""

from __future__ import annotations

from cleaners.chrome.blocks import poster_cards


def test_a_run_of_poster_fields_goes() -> None:
    bare = ["某某网友", "发帖: 1872", "威望: 206 点", "", "金钱: 9540 RMB", "注册时间: 2014-03-22",
            "最后登录: 2025-11-13", "", "上个月带父母自驾去了一趟海边。"]
    filled = [i for i, line in enumerate(bare) if line]
    assert poster_cards(bare, filled) == {1, 2, 4, 5, 6}


def test_one_or_two_fields_stay() -> None:
    # a company's profile in an article names its registration date
    bare = ["公司概况", "注册时间：2014-03-22", "", "该公司主营新能源汽车零部件。"]
    assert poster_cards(bare, [0, 1, 3]) == set()
    bare = ["积分：38", "发帖：12", "", "一段正文。", "", "威望：5"]
    assert poster_cards(bare, [0, 1, 3, 5]) == set()
