"""Taiwan and Hong Kong pages saved as text (gold_like gl408-gl413): a county release prints
its contact person and phone among its metadata rows (發布單位：… / 聯絡人：… / 聯絡電話：…),
no line of its text; an online outlet's newsletter box between paragraphs prints its e-mail
field with its button (請輸入您的Email　立即訂閱); a paper's masthead printing its name in
both languages (某某晨報 Morning East Daily) is no headline. Each in both scripts. Names are
invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import _BILINGUAL_MASTHEAD, head_contact_rows, parse_meta_line
from tests.scripts import to_traditional

_RELEASE = ["某某县政府教育处今天表示，明年起全县中小学午餐每周至少三日使用在地生产的蔬菜。",
            "教育处指出，县府将与农会建立契作供应平台，让学童吃得新鲜，也让农友收入稳定。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("person", ["联络人：林某某", "联系人：林某某"])
def test_a_releases_contact_rows_among_its_metadata_rows_go(script: str, person: str) -> None:
    page = "\n".join(["某某县政府全球资讯网", "首页 / 新闻与公告 / 新闻稿",
                      "某某县推动校园午餐在地食材　明年起每周三日使用在地蔬菜",
                      "发布日期：2025-11-28", "发布单位：教育处", person,
                      "联络电话：0000-123456 分机 2301", "点阅数：356", *_RELEASE, "回上一页"])
    want = list(_RELEASE)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    doc = clean_text(page, id="release")
    assert doc.text.split("\n") == want
    assert doc.meta.date == "2025-11-28"


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_notices_own_contact_lines_under_its_text_stay(script: str) -> None:
    closing = ["联络人：林某某，联络电话：0000-123456。"]
    page = "\n".join(["某某县政府全球资讯网", "某某县推动校园午餐在地食材　明年起每周三日使用在地蔬菜",
                      "发布日期：2025-11-28", "发布单位：教育处", *_RELEASE, *closing, "回上一页"])
    want = [*_RELEASE, *closing]
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="closing").text.split("\n") == want


@pytest.mark.parametrize(("lines", "rows", "taken"), [
    # under a metadata row: the contact person and the fields under it
    (["发布单位：教育处", "聯絡人：林某某", "聯絡電話：0000-123456", "点阅数：3"], {0}, [1, 2]),
    (["发布单位：教育处", "联络人：林某某", "联系电话：0000-123456"], {0}, [1, 2]),
    # under no metadata row (the headline, a sentence): left to contact_block
    (["某某县推动校园午餐在地食材", "联络人：林某某", "联络电话：0000-123456"], set(), []),
    # a field under no contact person is none
    (["发布单位：教育处", "联络电话：0000-123456"], {0}, []),
])
def test_head_contact_rows(lines: list[str], rows: set[int], taken: list[int]) -> None:
    assert head_contact_rows(lines, list(range(len(lines))), rows) == taken


_STORY = ["某某市政府今天举行捷运蓝线动工典礼，这条路线全长约二十四公里，预计2032年完工通车。",
          "市府交通局表示，蓝线通车后到市区车程可缩短约二十分钟，预估每日运量可达十五万人次。",
          "施工期间部分路段将缩减车道，交通局呼吁用路人提早出门并多利用大众运输。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_newsletter_box_between_paragraphs_goes(script: str) -> None:
    page = "\n".join(["某某新闻网", "即时新闻　政治　社会　生活　财经　国际", "即时新闻", "",
                      "某某捷运蓝线动工　预计2032年通车", "",
                      "2025-11-30 09:12　记者李某某／某某报导", "", _STORY[0], "", _STORY[1], "",
                      "订阅电子报", "每天早上七点，掌握最新即时新闻", "请输入您的Email　立即订阅", "",
                      _STORY[2], "", "延伸阅读", "．某某捷运绿线延伸段环评通过",
                      "．某某大道公车专用道将调整", "．某某区域交通规划出炉", "",
                      "© 2025 某某新闻网 All Rights Reserved."])
    want = list(_STORY)
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    assert clean_text(page, id="box").text.split("\n") == want


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_bilingual_masthead_is_no_headline(script: str) -> None:
    body = ["【晨报专讯】市区重建局昨日宣布，启动某某区两个重建项目，涉及约一千二百个住户。",
            "市建局表示，两个项目所在的旧楼大多超过六十年楼龄，居住环境挤迫，重建可改善居住质素。"]
    headline = "旧区重建　市建局启动某某区两项目涉千二户"
    page = "\n".join(["东方晨报 Morning East Daily", "主页 | 即时 | 港闻 | 社评 | 财经 | 国际",
                      "港闻", "", headline, "", "2025年11月30日", "撰文：梁某某　摄影：陈某某", "",
                      *body, "", "相关新闻", "某某重建项目明年动工　涉九百户", "某某租务管制检讨展开",
                      "旧楼维修资助计划申请延长"])
    want = body
    if script == "hant":
        page, headline, want = (to_traditional(page), to_traditional(headline),
                                [to_traditional(x) for x in want])
    doc = clean_text(page, id="masthead")
    assert doc.meta.title == headline.replace("　", " ")
    assert doc.text.split("\n") == want


@pytest.mark.parametrize(("line", "masthead"), [
    ("東方晨報 Morning East Daily", True), ("某某新闻网 NewsDaily", True),
    ("某某日报 The Daily Star", True),
    # a headline naming a product has a digit or a lowercase word in its Latin part
    ("华为发布 Mate X6", False), ("苹果发表新款 iPhone", False),
    ("某某县推动校园午餐在地食材", False),
])
def test_bilingual_masthead_shape(line: str, masthead: bool) -> None:
    assert (_BILINGUAL_MASTHEAD.match(line) is not None) is masthead


@pytest.mark.parametrize(("bare", "chrome", "boxed", "pitch"), [
    # heading, pitch, field (blank lines between count as none)
    (["訂閱電子報", "每天早上七點，掌握最新即時新聞", "", "請輸入您的Email"], {0: "訂閱電子報", 3: "x"},
     {3}, [1]),
    (["订阅电子报", "每周精选，掌握第一手消息", "请输入您的Email"], {0: "订阅电子报", 2: "x"}, {2}, [1]),
    # under the heading with no field of the box under it: the text's
    (["订阅电子报", "市民可在官网订阅。", "下一段文字。"], {0: "订阅电子报"}, set(), []),
    # between a field and a heading of another kind: none
    (["延伸阅读", "每天早上七点", "请输入您的Email"], {0: "延伸阅读", 2: "x"}, {2}, []),
])
def test_subscribe_pitch(bare: list[str], chrome: dict[int, str], boxed: set[int],
                         pitch: list[int]) -> None:
    from cleaners.chrome.blocks import _subscribe_pitch
    # the chrome's lines are blank in the text the blocks read
    bare = ["" if i in chrome else ln for i, ln in enumerate(bare)]
    assert _subscribe_pitch(bare, chrome, boxed) == pitch


@pytest.mark.parametrize(("line", "authors"), [
    ("文｜吳佳穎　圖｜鄭宇翔", ("吳佳穎",)), ("文｜吴佳颖　图｜郑宇翔", ("吴佳颖",)),
    ("文｜吴佳颖 图片丨郑宇翔", ("吴佳颖",)), ("文｜吴佳颖", ("吴佳颖",)),
])
def test_a_magazines_credits_name_the_writer_not_the_photographer(
        line: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize("line", ["图｜郑宇翔", "图｜市建局职员到旧楼视察"])
def test_a_pictures_credit_alone_is_no_metadata_row(line: str) -> None:
    # the bar reads as the credit's colon only after another field's label
    assert parse_meta_line(line) is None


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_magazine_features_credit_row_names_its_writer(script: str) -> None:
    body = ["清晨六点半，老街口的骑楼下，六十八岁的陈伯已经把工具箱一一打开，这个角落他一待就是三十年。",
            "年轻时陈伯在皮鞋工厂当学徒，工厂外移后，他用积蓄买下一套修鞋工具，在骑楼摆起摊子。"]
    page = "\n".join(["某某风景 CityScape Magazine", "最新文章　人物　生活　旅行　设计　影音",
                      "生活 > 人物", "", "在老街开了三十年的修鞋摊　他用一双手补起街坊的日常", "",
                      "2025.11.30", "文｜吴某某　图｜郑某某", "", body[0], "", "广告", "", body[1],
                      "", "© 2025 某某风景杂志 版权所有"])
    want = body
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in want]
    doc = clean_text(page, id="feature")
    assert doc.text.split("\n") == want
    assert list(doc.meta.authors) == [to_traditional("吴某某") if script == "hant" else "吴某某"]
