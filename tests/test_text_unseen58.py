"""Text pages of thin families (gl460-gl465) varied: a notice's 咨询电话 directory of offices
and their numbers is the notice's own, no list of headlines; 相關連結 (the Taiwan and Macau word
for 相关链接) heads the links after a press release, with its colon too; a follow prompt under a
triangle (▲点击上方“某某发布”关注我们) is the account's chrome."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _OFFICE_PHONE_ROW, RELATED_MARKER
from cleaners.meta import parse_byline

_NOTICE = ("某某市教育局关于中考报名的通知\n发布日期：2026-03-02 来源：市教育考试院\n"
           "根据省教育厅有关文件精神，现将我市2026年中考报名工作有关事项通知如下：\n"
           "一、报名时间\n2026年3月10日至3月20日，逾期不再补报。\n"
           "二、有关要求\n考生应对所填信息的真实性负责，凡弄虚作假的，取消当年考试资格。\n"
           "三、咨询电话\n")
_LINKS = "上一篇：某某市召开全市教育工作会议\n下一篇：某某市普通高中招生计划公布\n"


@pytest.mark.parametrize("rows", [
    ["市教育考试院：0000-2251180", "北区招生考试中心：0000-2318805",
     "南区招生考试中心：0000-2460217", "某某县招生考试中心：0000-5120394"],
    ["市教育考試院：0000-2251180", "北區招生考試中心：0000-2318805",
     "南區招生考試中心：0000-2460217", "某某縣招生考試中心：0000-5120394"],
])
def test_a_notices_directory_of_offices_and_numbers_stays(rows: list[str]) -> None:
    text = clean_text(_NOTICE + "\n".join(rows) + "\n" + _LINKS, id="t").text
    for row in rows:
        assert row in text
    assert "全市教育工作会议" not in text


def test_an_office_phone_row_names_an_office_then_its_number() -> None:
    assert _OFFICE_PHONE_ROW.match("云溪县招生考试中心：0000-5120394")
    assert _OFFICE_PHONE_ROW.match("市教育考试院 0000-2251180")
    assert _OFFICE_PHONE_ROW.match("某某街道办：0000-1234567、0000-7654321")
    # Counterexamples: a footer's row names the phone, not an office; a headline ends on no
    # number; a row with a sentence is a line of its own.
    assert not _OFFICE_PHONE_ROW.match("联系电话：0000-6100000")
    assert not _OFFICE_PHONE_ROW.match("某某市教育考试院召开中考工作会议")
    assert not _OFFICE_PHONE_ROW.match("如有疑问请致电市教育考试院：0000-2251180。")


def test_headlines_after_the_directory_still_go() -> None:
    # Counterexample: the lines under the directory are judged alone, a list of headlines goes.
    heads = "相关新闻\n某某市召开中考工作部署会\n某某区新建三所初级中学\n某某县开展考务人员培训\n"
    text = clean_text(_NOTICE + "市教育考试院：0000-2251180\n北区招生考试中心：0000-2318805\n"
                      + heads, id="t").text
    assert "北区招生考试中心：0000-2318805" in text
    assert "新建三所初级中学" not in text


_RELEASE = ("交通事務局優化夜間巴士服務\n發佈日期：2025年12月02日 18:20\n"
            "交通事務局今日公布，將由下月起新增三條通宵巴士路線，連接主要住宅區與口岸。\n"
            "新增路線的班次約為每三十分鐘一班，沿途停靠醫院、大型屋苑及公共交通樞紐。\n"
            "市民可透過交通事務局網站查詢新路線的站點及預計到站時間。\n")


@pytest.mark.parametrize("marker", ["相關連結：", "相關連結", "相关连结："])
def test_links_under_the_taiwan_and_macau_related_marker_go(marker: str) -> None:
    assert RELATED_MARKER.match(marker)
    text = clean_text(_RELEASE + marker + "\n．交通事務局網頁\n．巴士路線查詢\n", id="t").text
    assert "預計到站時間" in text
    assert "巴士路線查詢" not in text


def test_a_sentence_on_links_is_no_marker() -> None:
    assert not RELATED_MARKER.match("相關連結已於今日更新，市民可於網站查閱。")


_POST = ("石桥镇：板凳会开到田埂上\n石桥镇发布 2025-10-15 17:32 发表于江西\n"
         "近日，石桥镇在下湾村的一块稻田边召开板凳会，镇村干部和二十多名村民围坐在一起。\n"
         "今年以来，石桥镇把板凳会作为收集民意的重要方式，镇村干部定期走进田间地头。\n")


@pytest.mark.parametrize("prompt", ["▲点击上方“某某镇发布”关注我们", "▲点击蓝字 关注我们",
                                    "▼点击上方“某某發佈”關注我們"])
def test_a_follow_prompt_under_a_triangle_goes(prompt: str) -> None:
    doc = clean_text(prompt + "\n" + _POST, id="t")
    assert "关注我们" not in doc.text
    assert "關注我們" not in doc.text
    assert doc.meta.title == "石桥镇：板凳会开到田埂上"
    assert "镇村干部定期走进田间地头。" in doc.text


def test_a_footers_box_of_offices_under_the_tools_still_goes() -> None:
    # Counterexample (gl103's shape): the same rows in the footer's 便民热线 box, under the
    # page's tools (分享到：, 上一篇：), are the site's.
    footer = ("【打印本页】 【关闭窗口】\n分享到： 微信 微博 QQ空间\n" + _LINKS
              + "便民热线\n政务服务中心：0000-86010001\n社区警务室：0000-86010110\n"
              "主办：某某街道办事处  承办：某某街道党政办\n")
    text = clean_text(_NOTICE + "市教育考试院：0000-2251180\n北区招生考试中心：0000-2318805\n"
                      + footer, id="t").text
    assert "北区招生考试中心：0000-2318805" in text
    assert "政务服务中心" not in text
    assert "社区警务室" not in text


_PARTY_NEWS = ("第三发电公司：党员先锋岗守护迎峰度冬\n发布时间：2025-12-08  来源：第三发电公司\n"
               "入冬以来，公司党委在运行、检修等关键岗位设立党员先锋岗十二个，确保机组安全稳定运行。\n"
               "截至目前，该公司今冬累计发电量同比增长百分之九，为保障地区电力供应作出了积极贡献。")


@pytest.mark.parametrize("credit", ["（通讯员 钱某某 许某某 供稿）", "（通讯员 钱某某 许某某）",
                                    "（记者 钱某某 通讯员 许某某 供稿）"])
def test_correspondents_who_sent_the_text_in_are_its_authors(credit: str) -> None:
    doc = clean_text(_PARTY_NEWS + credit + "\n", id="t")
    assert doc.meta.authors == ("钱某某", "许某某")
    assert doc.text.endswith("作出了积极贡献。")


def test_a_unit_that_sent_the_text_in_is_no_author() -> None:
    # Counterexample: a bracketed unit's 供稿 names no person.
    doc = clean_text(_PARTY_NEWS + "（第三发电公司党委工作部供稿）\n", id="t")
    assert "供稿" not in doc.meta.authors


@pytest.mark.parametrize("marker", ["▼往期推荐▼", "▼往期推薦▼", "▲相关阅读▲"])
def test_a_marker_between_arrows_heads_the_links(marker: str) -> None:
    assert RELATED_MARKER.match(marker)
    text = clean_text(_POST + "文章来源：某某县融媒体中心\n编辑：某某\n" + marker
                      + "\n石桥镇开展秋季森林防火宣传活动\n石桥镇召开第三季度安全生产工作会议\n"
                      "石桥镇：小小积分卡 激活乡村治理\n", id="t").text
    assert "镇村干部定期走进田间地头。" in text
    assert "森林防火" not in text
    assert "积分卡" not in text


def test_arrows_around_a_sentence_make_no_marker() -> None:
    assert not RELATED_MARKER.match("▼往期推荐的文章都已收录在合集中▼")


@pytest.mark.parametrize(("line", "authors"), [
    ("■韩某某 特约通讯员 葛某某", ("韩某某", "葛某某")),
    ("■ 韩某某 特约记者 葛某某", ("韩某某", "葛某某")),
    ("■韓某某 特約通訊員 葛某某", ("韓某某", "葛某某")),
    ("■记者 韩某某 特约通讯员 葛某某", ("韩某某", "葛某某")),
])
def test_a_byline_box_may_open_on_the_staff_writers_name(
        line: str, authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=False)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize("line", ["■练兵备战 记者 韩某某", "■韩某某 葛某某", "韩某某 特约通讯员 葛某某"])
def test_no_box_no_role_or_a_heading_in_the_box_is_no_such_byline(line: str) -> None:
    # Counterexamples: a section heading in the box, names with no role, no box at all.
    found = parse_byline(line, tail=False)
    assert found is None or found.authors != ("韩某某", "葛某某")


def test_the_boxed_byline_leaves_the_text() -> None:
    page = ("某旅开展冬季野外驻训\n来源：某某时报 2025-12-04\n■韩某某 特约通讯员 葛某某\n"
            "入冬以来，北方某训练场气温降至零下二十摄氏度，某合成旅组织装步分队开展夜间训练。\n"
            "当晚十点，随着一发红色信号弹升空，演练正式打响，装步分队在夜视器材支持下快速机动。\n")
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("韩某某", "葛某某")
    assert "特约通讯员" not in doc.text
    assert doc.text.startswith("入冬以来")


@pytest.mark.parametrize("row", ["来源：某某县融媒体中心 | 编辑：某某 | 审核：某某",
                                 "来源：某某县融媒体中心｜编辑：某某｜审核：某某",
                                 "來源：某某縣融媒體中心 丨 編輯：某某",
                                 "来源：某某县融媒体中心 编辑：某某 审核：某某"])
def test_a_credit_rows_source_field_parted_by_bars_is_the_source(row: str) -> None:
    page = _POST + row + "\n往期推荐\n石桥镇开展秋季森林防火宣传活动\n石桥镇召开第三季度安全生产工作会议\n"
    doc = clean_text(page, id="t")
    assert doc.meta.source_name in ("某某县融媒体中心", "某某縣融媒體中心")
    assert "编辑" not in doc.text


def test_a_bar_inside_the_source_field_stays_with_no_field_after_it() -> None:
    # Counterexample: with no labelled field after the bar, nothing is cut from the source.
    doc = clean_text(_POST + "来源：某某县融媒体中心\n", id="t")
    assert doc.meta.source_name == "某某县融媒体中心"
