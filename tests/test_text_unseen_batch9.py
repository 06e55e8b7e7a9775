"""The general shapes the ninth batch of unseen families (tests/fixtures/gold_like/gl103-gl108)
showed our text path getting wrong, each checked on invented pages: a 回执's rows of blanks to
fill in (学生姓名：____ 班级：____), which went with the list of links after the article; a
notice's deadline row (报名截止时间：…) under its contact rows, which went the same way; a
closing line giving a number to call and an account to follow, which the share-prompt rule
took; an office's full name (longer than an outlet's) before the date on the date row, with the
page's bracketed tools after it, not read as the source."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_date_row

_NOTICE = """某某小学
学校首页 | 学校概况 | 德育天地 | 教学教研 | 家校共育
家校共育 >> 通知公告
某某小学2025年暑假放假通知
发布时间：2025-07-01  来源：校办
各位家长：
现将2025年暑假放假有关事项通知如下，请认真阅读并督促孩子做好假期安全。
{body}
上一篇：我校举行2025年春季学期期末表彰大会
下一篇：某某小学2025年秋季学期校历
相关链接：市教育局  区教育局  安全教育平台
友情链接：某某中学  某某幼儿园
版权所有：某某小学  地址：某某路9号
某ICP备00000000号
"""


@pytest.mark.parametrize("rows", [
    "学生姓名：________  班级：________\n家长签字：________  日期：________",
    "学生姓名：＿＿＿＿  班级：＿＿＿＿\n家长签字：＿＿＿＿",
])
def test_a_receipts_rows_to_fill_in_are_its_text(rows: str) -> None:
    body = "回执\n我已认真阅读放假通知，将切实履行监护职责。\n" + rows
    doc = clean_text(_NOTICE.format(body=body), id="receipt")
    lines = [" ".join(x.split()) for x in doc.text.split("\n")]
    for row in rows.split("\n"):
        assert " ".join(row.split()) in lines, row
    # the links after them still go
    assert "上一篇" not in doc.text
    assert "友情链接" not in doc.text
    assert "相关链接" not in doc.text


def test_a_deadline_row_under_the_contact_rows_is_the_notices() -> None:
    body = ("有意者请将个人简历发送至邮箱hr@example.com，邮件主题注明应聘岗位和姓名。\n"
            "联系人：王女士\n联系电话：0000-87651234\n报名截止时间：2025年7月31日")
    doc = clean_text(_NOTICE.format(body=body), id="deadline")
    assert "报名截止时间：2025年7月31日" in doc.text
    assert "上一篇" not in doc.text
    assert "友情链接" not in doc.text


def test_a_deadline_row_among_the_links_still_goes() -> None:
    """Counterexample: after the page's links, no contact row above it, a deadline row is the
    next headline's teaser and goes with them."""
    body = "请各位家长督促孩子按时完成假期作业。"
    page = _NOTICE.format(body=body).replace(
        "相关链接：", "截止日期：2025年7月1日前报名\n相关链接：")
    doc = clean_text(page, id="deadline_links")
    assert "截止日期" not in doc.text
    assert "请各位家长督促孩子按时完成假期作业。" in doc.text


def test_a_closing_line_with_a_number_to_call_and_an_account_to_follow_stays() -> None:
    closing = "如需了解更多天气信息，可拨打气象服务热线12121或关注“某某气象”微信公众号。"
    body = "今天夜里：多云转阴，14℃～21℃，东南风2～3级\n" + closing
    doc = clean_text(_NOTICE.format(body=body), id="closing_follow")
    assert closing in doc.text
    # the site's own prompt, with no number to call, still goes
    doc = clean_text(_NOTICE.format(body=body + "\n欢迎关注某某小学微信公众号"), id="prompt")
    assert "欢迎关注" not in doc.text


@pytest.mark.parametrize(("row", "source"), [
    ("某某市人力资源和社会保障局   2025-03-21", "某某市人力资源和社会保障局"),
    ("某某市人力资源和社会保障局   2025-03-21   【字体：大 中 小】   【打印】",
     "某某市人力资源和社会保障局"),
    ("某某日报 2025-03-21 【打印】 【关闭】", "某某日报"),
    # Counterexamples: a long phrase that names no office, a sentence's words around a date
    ("关于开展老年人流感疫苗集中接种的通知 2025-03-21", None),
    ("某某市人力资源和社会保障局 2025-03-21 起施行新办法", None),
])
def test_an_offices_full_name_before_the_date_is_the_source(row: str, source: str | None
                                                            ) -> None:
    found = parse_date_row(row)
    assert (found.source_name if found else None) == source
