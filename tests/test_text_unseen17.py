"""The general shapes the seventeenth batch of unseen families (gold_like gl159-gl165: a 征稿启事,
a 学生习作, a 捐款公示, a 录取分数线, a 价格周报, a 铁路 公告, a 非遗传承人 profile) showed in the text
path, each with the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_DONATIONS = """某某慈善会
首页  机构概况  慈善项目  捐赠公示  信息公开  联系我们
首页 > 信息公开 > 捐赠公示

某某助学活动捐款公示
来源：某某慈善会  发布日期：2025年4月2日
某某助学活动启动以来，得到了社会各界的关心和支持。现将本月接收的捐款公示如下：
一、单位捐款
某某建设集团有限公司  50000元
某某商贸有限公司  20000元
二、个人捐款
{rows}
合计：{total}元
以上捐款已全部存入本会专用账户，将全部用于资助困难家庭学生。在此，我们向所有奉献爱心的单位和个人表示衷心的感谢！如对公示内容有疑问，请在公示之日起7日内与我会联系，联系电话：0000-1234567。
某某慈善会
2025年4月2日
版权所有 某某慈善会  某ICP备00000000号
"""
_DONORS = ["钱多多  3000元", "何平  1000元", "许一帆  800元", "罗兰  500元", "林小雨  200元",
           "宋杰  200元", "爱心人士（匿名）  1000元"]


@pytest.mark.parametrize("rows", [_DONORS, [r.replace("元", "万元") for r in _DONORS[:5]]])
def test_a_ledger_s_donor_rows_are_no_menu(rows: list[str]) -> None:
    """Rows of a name and its sum (何平  1000元) between the notice's sentences are its
    donors, however short: a menu's label holds no sum of money."""
    doc = clean_text(_DONATIONS.format(rows="\n".join(rows), total="76700"), id="donations")
    lines = doc.text.split("\n")
    for row in rows:
        assert " ".join(row.split()) in lines, row
    assert "机构概况" not in doc.text


def test_short_menu_labels_above_a_ledger_still_go() -> None:
    # Counterexample: the same run of short lines without their sums is a menu's
    rows = [r.split()[0] for r in _DONORS]
    page = _DONATIONS.replace("首页 > 信息公开 > 捐赠公示\n", "\n".join(rows) + "\n")
    doc = clean_text(page.format(rows="何平  1000元", total="1000"), id="donations")
    assert "钱多多" not in doc.text
    assert "何平 1000元" in doc.text.split("\n")
