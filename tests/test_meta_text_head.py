"""The head of a page saved as text: a bare date row, a headline printed twice, and the page
chrome printed above the headline and its date row."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.meta import MetaLines, parse_date_row, parse_loose_date_row

_PARA = "这是一段足够长的正文内容，用来说明文章的主体部分，里面有很多句子。" * 3


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("2021年3月4日 10:20 某某晚报", "2021-03-04T10:20:00", "某某晚报"),
        ("某某观察 2022-05-06 08:09:10", "2022-05-06T08:09:10", "某某观察"),
        ("原创 某某都市报 2020-01-02 16:01:46", "2020-01-02T16:01:46", "某某都市报"),
        ("2018-07-08 · 某某城市报道", "2018-07-08", "某某城市报道"),
    ],
)
def test_bare_date_rows_name_the_outlet(line: str, date: str, source: str) -> None:
    found = parse_date_row(line)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


@pytest.mark.parametrize(
    "line",
    [
        "2021年3月 我们去了一趟北京",  # no day: a sentence's opening
        "2021年3月4日 星期四",  # the date widget, no outlet
        "某某镇 2021年3月4日 某某村",  # names on both sides: not a row we can read
        "2021年3月4日，某某县召开了全县工作会议",
    ],
)
def test_lines_that_are_not_bare_date_rows(line: str) -> None:
    assert parse_date_row(line) is None


def test_a_labelled_source_beats_the_name_beside_a_bare_date() -> None:
    text = f"某市举办秋季农产品展销会\n2021年3月4日 10:20 某某号\n{_PARA}\n来源：某某日报"
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.source_name == "某某日报"
    assert doc.meta.date == "2021-03-04T10:20:00"


def test_headline_printed_twice_goes_with_its_copy() -> None:
    text = f"某市举办秋季农产品展销会\n某市举办秋季农产品展销会\n2021年3月4日 10:20 某某晚报\n{_PARA}"
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.title == "某市举办秋季农产品展销会"
    assert doc.text.strip() == _PARA


def test_chrome_above_a_headline_with_its_date_row_goes() -> None:
    text = (f"• 汽车教育时尚女性\n移动客户端\n新闻中心\n某市举办秋季农产品展销会\n"
            f"2021年3月4日 10:20 某某晚报\n{_PARA}")
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.title == "某市举办秋季农产品展销会"
    assert doc.text.strip() == _PARA
    assert [r.text for r in doc.removals if r.rule == "above_headline"] == [
        "• 汽车教育时尚女性", "移动客户端", "新闻中心"]


def test_lines_above_a_headline_without_a_date_row_stay() -> None:
    # No date row under it: the "headline" may be a heading inside the text, keep what is above.
    text = f"第一部分\n某市举办秋季农产品展销会\n{_PARA}"
    doc = MetaLines()(Doc("d", "", text=text))
    assert "第一部分" in doc.text
    assert not [r for r in doc.removals if r.rule == "above_headline"]


def test_a_question_headline_above_its_date_row_is_no_paragraph() -> None:
    # A headline ending in ？ reads as a sentence; its date row under it says it is the headline.
    text = (f"• 某某邮箱\n某地多个项目接连出现质量问题背后原因是什么？\n"
            f"2019-09-07 13:43:45 来源: 某某周刊 举报\n{_PARA}")
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.title == "某地多个项目接连出现质量问题背后原因是什么？"
    assert doc.meta.source_name == "某某周刊"
    assert doc.text.strip() == _PARA


def test_a_question_without_a_date_row_stays_text() -> None:
    question = "某地多个项目接连出现质量问题背后原因是什么？"
    doc = MetaLines()(Doc("d", "", text=f"{_PARA}\n{question}\n{_PARA}"))
    assert question in doc.text


def test_a_question_headline_printed_twice_above_its_date_row() -> None:
    title = "某地的公园为何让外国游客连声称赞了不得？"
    text = f"新闻中心\n{title}\n{title}\n2019年11月25日 18:57 某某消息\n{_PARA}"
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.title == title
    assert doc.text.strip() == _PARA


def test_a_date_row_with_its_comment_and_bookmark_buttons() -> None:
    found = parse_date_row("2019年09月11日01:53 某某科技 我有话说(1307人参与) 收藏本文")
    assert found is not None
    assert (found.date, found.source_name) == ("2019-09-11T01:53:00", "某某科技")


def test_a_headline_rendered_as_a_list_item_loses_its_bullet() -> None:
    text = f"• 某市举办秋季农产品展销会\n2021-03-04 10:20:00 来源：某某晚报\n{_PARA}"
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.title == "某市举办秋季农产品展销会"


@pytest.mark.parametrize(("line", "date", "source", "authors"), [
    ("发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", "2014-08-24T21:30:00",
     "CSDN", ("魏星",)),
    ("2019年09月11日 某某传媒 时政新闻 1665 0", "2019-09-11", None, ()),
    ("某某市场棱镜2019-09-23 07:48", "2019-09-23T07:48:00", None, ()),
    ("• 时间：2019-09-18 06:23 来源： 某某日报", "2019-09-18T06:23:00", "某某日报", ()),
    ("2019年09月09日 20:52 某某财经-自媒体综合", "2019-09-09T20:52:00", None, ()),
    ("2019-09-05 11:10 某某星空[整理] 1", "2019-09-05T11:10:00", None, ()),
])
def test_loose_date_rows(line: str, date: str, source: str | None,
                         authors: tuple[str, ...]) -> None:
    found = parse_loose_date_row(line)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == (date, source, authors)


@pytest.mark.parametrize("line", [
    "2019年9月5日，某某市召开全市经济工作会议，部署下一阶段重点任务。",  # a sentence
    "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）",  # a bracketed note
    "关于印发2019年度全市重点工作任务分解方案的通知",  # a date-less title with a year
    "2019-09-05 某某 某某 某某 某某 某某 某某",  # a date among many names: a list, not a row
])
def test_loose_date_rows_counterexamples(line: str) -> None:
    assert parse_loose_date_row(line) is None


def test_a_timestamp_row_of_no_known_shape_dates_the_page() -> None:
    text = (f"某某网站首页\n某地举办秋季农产品展销会\n2019年09月11日 某某传媒 时政新闻 1665 0\n\n{_PARA}")
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.date == "2019-09-11"
    assert "1665" not in doc.text
    assert _PARA in doc.text


@pytest.mark.parametrize("chrome", [
    ">发展改革工作 >投资管理和项目推进 >投资运行",  # a breadcrumb trail
    "某某日报 某某晚报 新闻热线 027-66668888",  # a hotline row
    "首页 iPhone iPad Apple Watch Mac 实用技巧 应用游戏 固件下载",  # a menu of mixed items
])
def test_chrome_rows_above_the_headline_are_no_title(chrome: str) -> None:
    text = f"{chrome}\n某地举办秋季农产品展销会\n2019-09-11 10:20 某某日报\n\n{_PARA}"
    assert MetaLines()(Doc(id="d", text=text)).meta.title == "某地举办秋季农产品展销会"


def test_a_cut_off_headline_gives_way_to_the_original_title_line() -> None:
    full = "定了！某某港即将开通！地铁直达+无敌免税城"
    text = f"定了！某某港即将开通！地铁直达+无敌...\n2019-09-11 10:20 某某日报\n\n{_PARA}\n本文原标题：《{full}》"
    assert MetaLines()(Doc(id="d", text=text)).meta.title == full


def test_a_timestamp_a_list_cleaner_took_after_the_article_still_dates_it() -> None:
    from cleaners import clean_text

    related = "\n".join(f"• 某地第{n}届农民丰收节开幕现场直击" for n in range(1, 7))
    text = (f"首页 / 图片 / 正文\n\n某地举办秋季农产品展销会\n\n{_PARA}\n\n2019-09-08 11:42:03\n举报\n"
            f"分享到\n\n相关推荐\n{related}\n")
    doc = clean_text(text)
    assert doc.meta.date == "2019-09-08T11:42:03"
    assert "11:42" not in doc.text


def test_dates_inside_the_article_are_not_taken_from_removed_lines() -> None:
    from cleaners.document import Removal
    from cleaners.meta import _removed_timestamp

    inside = Removal("chrome.lines", "x", "x", "2019-09-08 11:42:03", "line 5")
    after = Removal("chrome.blocks", "x", "x", "发布日期：2019-09-23 14:34:05 所属分类： 头条", "line 12")
    assert _removed_timestamp([inside], 2, 8) is None
    assert _removed_timestamp([inside, after], 2, 8) == "2019-09-23T14:34:05"


_NOTICE = "本刊杂志提供免费订阅，任何第三方平台的赠送或售卖行为均未获授权，本刊保留追究责任的权利！"
_NOTICE_HALF_WIDTH = _NOTICE.replace("，", ",").replace("！", "!")


@pytest.mark.parametrize(("notice", "text"), [
    (_NOTICE, f"行业活动\n\n{_NOTICE}\n\n某公司发布新一代人工智能芯片\n\n"
              f"时间：2019-09-25 作者：网络整理\n\n{_PARA}\n"),
    # the page folded to half width: the notice's commas and exclamation are ASCII
    (_NOTICE_HALF_WIDTH, f"行业活动\n\n{_NOTICE_HALF_WIDTH}\n\n广告\n\n"
                         f"某公司发布新一代人工智能芯片\n\n时间:2019-09-25 作者:网络整理\n\n{_PARA}\n"),
], ids=["full_width", "half_width"])
def test_a_notice_printed_above_the_headline_is_no_first_paragraph(notice: str, text: str) -> None:
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.title == "某公司发布新一代人工智能芯片"
    assert doc.meta.date == "2019-09-25"
    assert notice not in doc.text
    assert _PARA in doc.text


def test_a_headline_with_a_large_number_and_an_exclamation_stays_a_headline() -> None:
    # the commas of 1,000,000 group digits: no clauses, so no announcement
    text = f"行业活动\n\n某某奖池累计1,000,000元!\n\n时间:2019-09-25 作者:张三\n\n{_PARA}\n"
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.title == "某某奖池累计1,000,000元!"


def test_a_lead_paragraph_above_a_date_row_without_a_headline_stays() -> None:
    lead = "本报讯 这是一段导语，交代了事件的时间、地点和经过，读者由此了解全文的大意。"
    text = f"{lead}\n\n时间：2019-09-25 作者：张三\n\n{_PARA}\n"
    doc = MetaLines()(Doc(id="d", text=text))
    assert lead in doc.text


_HOURS_HEADER = "开放时间：9:00-17:00（周一闭馆）   预约参观   登录 | 注册"


def test_a_headline_between_a_bare_date_and_its_other_row_under_the_breadcrumb() -> None:
    """Breadcrumb, the date alone, the headline, then the poster and hit count: the headline is
    the line between the two rows, not the header's opening-hours row above the breadcrumb."""
    from cleaners import clean_text

    page = ("某某纪念馆\n" + _HOURS_HEADER + "\n当前位置：首页 > 展览 > 展览资讯\n2024-05-18\n"
            "某某主题展在我馆开幕\n发布人：某某 阅读：312\n" + _PARA + "\n" + _PARA)
    doc = clean_text(page, id="museum")
    assert doc.meta.title == "某某主题展在我馆开幕"
    assert doc.meta.date == "2024-05-18"
    assert doc.text.startswith("这是一段")
    assert _HOURS_HEADER.split()[0] not in doc.text


def test_a_headline_above_its_date_row_under_the_breadcrumb_stays_the_headline() -> None:
    # Counterexample: the headline above the first row; a short line between the two rows
    # (a subtitle) is not taken for it.
    from cleaners import clean_text

    page = ("某某纪念馆\n当前位置：首页 > 展览 > 展览资讯\n某某主题展在我馆开幕\n2024-05-18\n"
            "——馆藏精品首次集中亮相\n发布人：某某 阅读：312\n" + _PARA + "\n" + _PARA)
    doc = clean_text(page, id="museum")
    assert doc.meta.title == "某某主题展在我馆开幕"


def test_a_museum_name_over_a_bare_date_is_no_headline() -> None:
    """A cultural body's site prints its name, the date alone, then the headline: the name is
    the site's, the headline the line under the date."""
    from cleaners import clean_text

    page = "某某市图书馆\n2024-05-18\n“某某——某某主题展”在我馆开幕\n" + _PARA + "\n" + _PARA
    doc = clean_text(page, id="library")
    assert doc.meta.title == "“某某——某某主题展”在我馆开幕"
    assert doc.text.startswith("这是一段")


def test_a_headline_naming_a_museum_is_still_the_headline() -> None:
    # Counterexample: a headline that ends in a museum's name, above its date row.
    from cleaners import clean_text

    page = "某某新闻网\n探访某某县红色纪念馆\n2024-05-18\n" + _PARA + "\n" + _PARA
    doc = clean_text(page, id="visit")
    assert doc.meta.title == "探访某某县红色纪念馆"


# gl418's shape: an H5 page with no date row, the account's name of a publisher's kind on its
# first line over the countdown and the headline.
_H5 = ["{first}", "距报名截止还有", "03 天 12 时 08 分 45 秒", "2026某某山水定向赛开始报名", "立即报名", "活动介绍",
       "2026某某山水定向赛将于6月13日在某某湿地公园举行，比赛设亲子组、青年组和长者组，参赛者需按地图找到打卡点。",
       "报名时间为即日起至6月5日，每个组别限额500人，额满即止，请参赛者按时领取号码布和地图。"]


@pytest.mark.parametrize("first", ["某某文旅", "某某发布", "某某融媒", "某某區發布"])
def test_an_accounts_name_of_a_publishers_kind_over_an_h5_headline_goes(first: str) -> None:
    from cleaners import clean_text
    doc = clean_text("\n".join(_H5).replace("{first}", first), id="t")
    assert doc.meta.title == "2026某某山水定向赛开始报名"
    assert first not in doc.text


def test_names_of_no_publishers_kind_are_no_account() -> None:
    # Counterexamples: a kicker, a place's name, a headline's words and a long phrase name
    # no kind of publisher: not read as an account's name by this rule.
    from cleaners.meta import _ACCOUNT_KIND
    for line in ("青春作伴好还乡", "某某山水", "新版规划今日正式发布会", "文旅", "关于某某市文化旅游融合发展的政务"):
        assert _ACCOUNT_KIND.match(line) is None, line
