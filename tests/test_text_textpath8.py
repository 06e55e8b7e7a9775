"""Taiwan and Hong Kong pages saved as text (gold_html gh222-gh227 as text): a release's
metadata table saved a row a line with a space for the cell and no colon (標題 某某 / 發布日期
115-11-27 / 發布單位 某某處 / 聯絡人 某某), its rows read as fields. Each in both scripts.
Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import spaced_cell_rows
from tests.scripts import to_traditional

_RELEASE = ["某某县水利处办理的某某溪堤防补强工程已于本月完工，全长约一点八公里，可提高堤防的防洪能力。",
            "水利处提醒，汛期期间民众应避免进入河川区域，并配合地方政府疏散撤离指示。"]
_TITLE = "某某溪堤防补强工程完工 汛期前提升防洪能力"


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("date", ["115-11-27", "2026-11-27", "2026年11月27日"])
def test_a_releases_table_rows_saved_with_no_colon_are_its_fields(script: str, date: str) -> None:
    page = "\n".join(["首页 > 最新消息 > 新闻稿", "新闻稿", "", f"标题 {_TITLE}",
                      f"发布日期 {date}", "发布单位 某某县水利处", "联络人 工务课 张股长",
                      "联络电话 03-8331234#215", "", *_RELEASE, "", "回上一页"])
    want = list(_RELEASE)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    doc = clean_text(page, id="release")
    assert doc.text.split("\n") == want
    assert doc.meta.date == "2026-11-27"
    assert doc.meta.title == (_TITLE if script == "hans" else to_traditional(_TITLE))


@pytest.mark.parametrize(("lines", "taken"), [
    (["标题 某某工程完工", "发布日期 2025-11-27", "发布单位 某某处"], [0, 1, 2]),
    (["發布日期 115-11-27", "發布單位 某某處", "聯絡人 某某", "聯絡電話 03-8331234"], [0, 1, 2, 3]),
    # one row alone is no table
    (["发布日期 2025-11-27"], []),
    # rows with no date among them: no release's metadata
    (["作者 某某", "来源 某某日报"], []),
    # a contact row under no field row is none
    (["联络人 某某", "发布日期 2025-11-27"], []),
    # a line of the text starting on a label's word: no value a field takes
    (["作者 在文中指出，这项工程已经完工。", "发布日期 2025-11-27"], []),
    # rows apart (a blank line between) are no one table
    (["发布日期 2025-11-27", "", "发布单位 某某处"], []),
])
def test_spaced_cell_rows(lines: list[str], taken: list[int]) -> None:
    head = [i for i, line in enumerate(lines) if line]
    assert sorted(spaced_cell_rows(lines, head)) == taken


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_text_line_opening_on_a_labels_word_stays(script: str) -> None:
    body = ["作者 在文中指出，这项工程的完工将使沿岸居民免受洪水威胁，当地农田也将得到保护。",
            *_RELEASE]
    page = "\n".join([_TITLE, "2026-11-27", "", *body])
    want = list(body)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="body").text.split("\n") == want


_STORY = ["清晨四点，山城的街道还一片漆黑，老屋后院已经亮起灯，阿嬷把前一晚醒好的面团搬上桌。",
          "这是吴家做面线的第三代，这个家族已经在山城做了七十多年的手工面线。",
          "十年前，孙子回到山城，替家里的面线设计了新包装，也开始在网络上贩售。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_magazines_subscribe_box_saved_as_text_goes(script: str) -> None:
    # the box's heading names the magazine; its e-mail field, an input, printed nothing: its
    # pitch stands between the heading and the button, its consent line under the button
    page = "\n".join(["某某志", "深度专题　人物　旅行　饮食", "", "山城最后的手工面线", "",
                      "文／李某某　摄影／张某某　2026.11.26", "", _STORY[0], "", _STORY[1], "",
                      "订阅某某志电子报", "", "每周五寄送最新深度专题与编辑选书，第一时间读到好故事。",
                      "", "立即订阅", "", "订阅即表示同意本站隐私权政策", "", _STORY[2], "",
                      "© 2026 某某志 All Rights Reserved."])
    want = list(_STORY)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="box").text.split("\n") == want


@pytest.mark.parametrize(("bare", "chrome", "boxed", "pitch"), [
    # the heading naming the paper, the pitch, the box's button the chrome took out
    (["訂閱某某誌電子報", "每週五寄送最新深度專題。", "立即訂閱"],
     {0: "訂閱某某誌電子報", 2: "立即訂閱"}, set(), [1]),
    (["订阅某某周刊电子报", "每周精选，掌握第一手消息", "", "订阅"],
     {0: "订阅某某周刊电子报", 3: "订阅"}, set(), [1]),
    # under the heading, a button of another kind under it: the text's
    (["订阅某某志电子报", "市民可在官网订阅。", "分享"], {0: "订阅某某志电子报", 2: "分享"}, set(), []),
])
def test_subscribe_pitch_over_its_button(bare: list[str], chrome: dict[int, str],
                                         boxed: set[int], pitch: list[int]) -> None:
    from cleaners.chrome.blocks import _subscribe_pitch
    bare = ["" if i in chrome else ln for i, ln in enumerate(bare)]
    assert _subscribe_pitch(bare, chrome, boxed) == pitch


_BULLETIN = ["某某署今日宣布，郊野公园行山径指示牌更新工程已经完成，全港约一千二百个指示牌已换上新设计。",
             "发言人表示，新指示牌加大了字体，并以不同颜色标示行山径的难度级别，方便市民辨认方向。"]
_HEADLINE = "郊野公园行山径指示牌更新工程完成"


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_portals_name_over_its_language_switch_goes(script: str) -> None:
    # the logo's alt text on the page's first line, right over the language switch; no date
    # row under the headline (the release dates itself under 完)
    page = "\n".join(["某某政府一站通", "English | 繁體版 | 简体版",
                      "新闻公报 | 今日新闻 | 新闻公报搜寻 | RSS", _HEADLINE, *_BULLETIN, "", "完",
                      "2026年11月30日（星期一）", "关于新闻公报 | 私隐政策 | 重要告示 | 无障碍浏览"])
    want, title = list(_BULLETIN), _HEADLINE
    if script == "hant":
        page, want, title = (to_traditional(page), [to_traditional(x) for x in want],
                             to_traditional(title))
    doc = clean_text(page, id="portal")
    assert doc.text.split("\n") == want
    assert doc.meta.title == title


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_headline_on_the_first_line_over_a_menu_stays_the_title(script: str) -> None:
    page = "\n".join([_HEADLINE, "English | 繁體版 | 简体版", *_BULLETIN, "", "完"])
    want, title = list(_BULLETIN), _HEADLINE
    if script == "hant":
        page, want, title = (to_traditional(page), [to_traditional(x) for x in want],
                             to_traditional(title))
    doc = clean_text(page, id="first")
    assert doc.text.split("\n") == want
    assert doc.meta.title == title


_MARKET = ["【某某日报专讯】政府推动旧区公众街市活化，食物环境卫生署昨日向区议会交代首阶段计划。",
           "食环署表示，首阶段工程涉及约四百个档位，署方会分区施工，让大部分档户继续营业。"]
_MARKET_HEADLINE = "旧区街市活化计划 首阶段明年动工"


def _paper_page(date_first: bool) -> str:
    widget, crumb = "2026年11月29日 星期日", "某某日报 > 港闻 > 正文"
    head = [widget, "", crumb] if date_first else [crumb, "", widget]
    return "\n".join(["首页 | 电子版 | 会员登入 | 订阅报纸 | English", "", *head, "",
                      _MARKET_HEADLINE, "", *_MARKET])


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_papers_issue_date_under_its_breadcrumb_over_the_headline_dates_it(script: str) -> None:
    page = _paper_page(date_first=False)
    want = list(_MARKET)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    doc = clean_text(page, id="paper")
    assert doc.meta.date == "2026-11-29"
    assert doc.text.split("\n") == want


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_headers_todays_date_over_the_breadcrumb_dates_nothing(script: str) -> None:
    page = _paper_page(date_first=True)
    if script == "hant":
        page = to_traditional(page)
    assert clean_text(page, id="header").meta.date is None


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_glued_tag_row_over_the_share_bar_goes(script: str) -> None:
    page = "\n".join(["山城最后的手工面线", "", "2026-11-26", "", _STORY[0], "", _STORY[1], "",
                      _STORY[2], "", "手工面线老手艺地方创生", "分享这篇文章：FacebookLINE复制链接"])
    want = list(_STORY)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="tags").text.split("\n") == want


@pytest.mark.parametrize(("bare", "share", "tags"), [
    (["", _STORY[2], "手工面线老手艺地方创生", ""], {3}, [2]),
    # a poem's last line under another short line: the text's
    (["", "春风又绿江南岸", "明月何时照我还", ""], {3}, []),
    # a sentence over the share bar: the text's
    (["", _STORY[1], "阿嬷说这门手艺不会断。", ""], {3}, []),
    # no share bar under it
    (["", _STORY[2], "手工面线老手艺地方创生", "下一段"], set(), []),
])
def test_tags_over_share_bar(bare: list[str], share: set[int], tags: list[int]) -> None:
    from cleaners.chrome.blocks import _tags_over_share_bar
    filled = [i for i, line in enumerate(bare) if line]
    assert _tags_over_share_bar(bare, filled, share) == tags
