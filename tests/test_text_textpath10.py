"""Portal pages saved as text (gold_html gh222, gh239, gh240, gh79 as text): a column's label
over its headline, a gallery's alt text over each slide counter, a picture's alt text over a
caption closing on a wire agency's credit, a picture's title glued over its caption line. Each
in both scripts. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _slide_alts
from cleaners.chrome.captions import _holds_words
from tests.scripts import to_traditional


def _both(script: str, page: str, want: list[str]) -> tuple[str, list[str]]:
    if script == "hant":
        return to_traditional(page), [to_traditional(x) for x in want]
    return page, want


_COLUMN_TEXT = ["今年回乡，我注意到县城里多了几家连锁咖啡店，晚上八点还排着队。",
                "很多人把这种变化归结为消费升级，但细看账本，情况要复杂得多。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("label", ["某某专栏 · 县域观察", "某某专栏｜城市笔记", "某某专栏"])
def test_a_columns_label_over_the_headline_is_no_title(script: str, label: str) -> None:
    headline = "县城消费的“新账本”"
    page = "\n".join(["某某网 > 专栏 > 正文", label, "", headline, "",
                      "作者：某某 2026-11-25 07:30 来源：某某网", "", _COLUMN_TEXT[0], "",
                      _COLUMN_TEXT[1]])
    page, _ = _both(script, page, [])
    doc = clean_text(page, id="column")
    assert doc.meta.title == (headline if script == "hans" else to_traditional(headline))


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_headline_naming_a_column_stays_the_title(script: str) -> None:
    # counterexample: the headline itself tells of a column (no label's shape: words before
    # 专栏 run longer than a name), under the site's name
    headline = "市图书馆开设“城市记忆”读书专栏 每周推荐一本地方志"
    page = "\n".join(["某某网", "", headline, "", "2026-11-25 07:30 来源：某某网", "",
                      *_COLUMN_TEXT])
    page, _ = _both(script, page, [])
    doc = clean_text(page, id="column")
    assert doc.meta.title == (headline if script == "hans" else to_traditional(headline))


_GALLERY = ["11月27日，某某湖冰雪渔猎文化节开幕，传统冬捕同时开湖。",
            "凌晨五点，渔工们赶着马车来到湖心，在冰面上凿出下网的冰眼。",
            "一张大网长两千多米，需要在冰下穿行十几个小时。",
            "马拉绞盘转动起来，渔网缓缓出水，鲜鱼在冰面上活蹦乱跳。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_galleries_alt_text_over_each_counter_goes(script: str) -> None:
    page = "\n".join(["高清图集：冬捕开湖 万斤鲜鱼出冰面", "", "2026-11-27 15:12 来源：某某晚报", "",
                      _GALLERY[0], "", "上一张", "冬捕开湖", "1/3", "", _GALLERY[1], "",
                      "冬捕开湖", "2/3", "", _GALLERY[2], "", "冬捕开湖", "3/3", "",
                      _GALLERY[3], "", "下一张"])
    page, want = _both(script, page, _GALLERY)
    assert clean_text(page, id="gallery").text.split("\n") == want


@pytest.mark.parametrize(("bare", "chrome", "gone"), [
    # the same short line over two counters
    (["冬捕开湖", "", "说明一。", "冬捕开湖", ""], {1: "1/2", 4: "2/2"}, [0, 3]),
    # a caption differing from slide to slide stays
    (["湖心凿冰", "", "说明一。", "收网出鱼", ""], {1: "1/2", 4: "2/2"}, []),
    # said over one counter only: stays
    (["冬捕开湖", "", "说明一。"], {1: "1/2"}, []),
    # a sentence over each counter is the slide's caption
    (["渔工凿冰。", "", "说明一。", "渔工凿冰。", ""], {1: "1/2", 4: "2/2"}, []),
    # over a line no counter (上一张): no slide's
    (["冬捕开湖", "", "冬捕开湖", ""], {1: "上一张", 3: "下一张"}, []),
])
def test_slide_alts(bare: list[str], chrome: dict[int, str], gone: list[int]) -> None:
    assert _slide_alts(bare, chrome) == gone


_WIRE = ["（某某社记者某某某花莲30日电）入冬后花莲溪口湿地迎来冬候鸟，野鸟学会今天公布调查结果。",
         "野鸟学会表示，溪口湿地位于河海交界，是东部冬候鸟南迁途中重要的中继站。",
         "县府观光处表示，湿地周边已设置观察平台与解说牌，呼吁民众赏鸟时保持距离。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_an_alt_text_over_a_caption_closing_on_an_agency_credit_goes(script: str) -> None:
    alt = "花莲溪口湿地冬候鸟"
    caption = "花莲溪口湿地入冬后迎来大批冬候鸟，赏鸟民众架起望远镜观察。（某某社）"
    page = "\n".join(["花莲溪口湿地冬候鸟报到 今年记录逾40种", "", "2026/11/30 14:25", "",
                      alt, caption, "", _WIRE[0], "", _WIRE[1], "", _WIRE[2]])
    page, want = _both(script, page, _WIRE)
    assert alt not in clean_text(page, id="wire").text.split("\n")
    assert all(line in clean_text(page, id="wire").text.split("\n") for line in want)


@pytest.mark.parametrize(("caption", "alt", "held"), [
    ("某某湿地入冬后迎来大批冬候鸟，民众观察。", "某某湿地冬候鸟", True),
    ("社区卫生服务中心接种流感疫苗。", "接种流感疫苗", True),
    # the pieces out of order, or a piece not there
    ("冬候鸟来到某某湿地。", "某某湿地冬候鸟", False),
    ("大批候鸟来到湿地。", "某某湿地冬候鸟", False),
    ("冬候鸟入冬后来到。某某湿", "湿地某某冬候", False),
])
def test_holds_words(caption: str, alt: str, held: bool) -> None:
    assert _holds_words(caption, alt) is held


_TRIP = ["出发前一晚，我在小旅馆里把驮包拆开又装上，反复检查了三遍补胎工具。",
         "第一天的路况比想象中好，沿着江一路上行，雨后的山谷里全是雾气。",
         "第三天翻越第一座垭口，从山脚到垭口爬升一千六百米，用了整整七个小时。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_pictures_title_glued_over_its_caption_line_goes(script: str) -> None:
    page = "\n".join(["骑行七日：从某某到某某", "", "2025年10月21日", "", _TRIP[0], "", _TRIP[1],
                      "", "某某隧道口", "穿过隧道，天气从阴雨变成了晴天", "", _TRIP[2]])
    page, want = _both(script, page, _TRIP)
    assert clean_text(page, id="trip").text.split("\n") == want


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("pair", [
    # a subheading over its paragraph, which closes on its full stop
    ["第二站", "穿过隧道，天气从阴雨变成了晴天。"],
    # a label with its colon over a line
    ["注意事项：", "穿过隧道，天气从阴雨变成了晴天"],
    # the lower line no clause: no caption's description
    ["某某隧道口", "穿过隧道天气从阴雨变成了晴天"],
])
def test_a_pair_of_lines_not_a_pictures_title_and_caption_stays(script: str,
                                                                pair: list[str]) -> None:
    page = "\n".join(["骑行七日：从某某到某某", "", "2025年10月21日", "", _TRIP[0], "", _TRIP[1],
                      "", *pair, "", _TRIP[2]])
    page, want = _both(script, page, [_TRIP[0], _TRIP[1], *pair, _TRIP[2]])
    assert clean_text(page, id="trip").text.split("\n") == want


_CONTEST = ["在近日结束的全省技能大赛中，我校十八名选手参加七个赛项角逐，获奖数量创历年新高。",
            "其中，汽车维修专业的两名学生配合默契，完成了全部任务，获得一等奖。",
            "为备战本次大赛，学校从今年三月起组建集训队，利用周末和假期开展训练。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("alt", "caption"), [
    ("获奖选手合影", "获奖选手与指导教师合影"),
    ("老工匠修补灰塑", "老工匠正在修补骑楼上的灰塑。"),
    ("槐荫园", "改造后的槐荫园"),
])
def test_an_alt_text_set_apart_over_its_caption_goes(script: str, alt: str,
                                                     caption: str) -> None:
    page = "\n".join(["某某学校技能大赛获佳绩", "", "2026-11-20 来源：某某学校", "",
                      _CONTEST[0], "", _CONTEST[1], "", alt, "", caption, "", _CONTEST[2]])
    page, want = _both(script, page, [alt])
    assert want[0] not in clean_text(page, id="contest").text.split("\n")


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("heading", "under"), [
    # a subheading over a paragraph of clauses holding its words
    ("选手集训", "选手集训从三月开始，每天训练超过八小时，拆装了二十多台发动机。"),
    # a line whose words the next one does not hold
    ("赛后感言", "获奖选手与指导教师合影"),
])
def test_a_line_over_another_holding_no_caption_stays(script: str, heading: str,
                                                      under: str) -> None:
    page = "\n".join(["某某学校技能大赛获佳绩", "", "2026-11-20 来源：某某学校", "",
                      _CONTEST[0], "", _CONTEST[1], "", heading, "", under, "", _CONTEST[2]])
    page, want = _both(script, page, [heading])
    assert want[0] in clean_text(page, id="contest").text.split("\n")


def test_holds_words_in_three_pieces() -> None:
    assert _holds_words("老工匠正在修补骑楼上的灰塑。", "老工匠修补灰塑", 3)
    assert not _holds_words("老工匠正在修补骑楼上的灰塑。", "老工匠修补灰塑")


_GUIDE = ["在某某居住满半年、想申领居住证的朋友，可以参考下面的办理指南。",
          "离开常住户口所在地，到某某居住半年以上，并符合条件之一的，可以申领居住证。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_bulleted_contents_list_over_the_text_goes_to_its_last_item(script: str) -> None:
    page = "\n".join(["某某居住证办理指南（条件+材料+流程）", "",
                      "更新时间：2025-12-01 10:20 来源：某某城事通", "", "【导读】", "",
                      "  • 办理条件", "  • 所需材料", "  • 办理流程", "  • 办理地点", "",
                      *_GUIDE])
    page, want = _both(script, page, _GUIDE)
    assert clean_text(page, id="guide").text.split("\n") == want


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_posts_bulleted_info_row_keeps_its_date(script: str) -> None:
    # counterexample: the post's author, date and category a bullet an item, over the text
    page = "\n".join(["某某社区", "", "  • 首页", "  • 民生观察", "  • 社区活动", "", "菜单", "",
                      "社区食堂开进老旧小区：一餐十二元，老人吃得上热饭", "", "  • 某某某",
                      "  • 2025年11月4日", "  • 民生观察", "", *_GUIDE])
    page, _ = _both(script, page, [])
    assert clean_text(page, id="post").meta.date == "2025-11-04"


_SHOP = ["三年前的春天，我在老家县城的一条背街上租下一间铺面，开了一家旧书店。",
         "三年过去，书店没有赚钱，但也没有关门。这篇通讯想记下这三年里的一些事。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_name_glued_over_the_date_row_under_headline_and_subtitle_is_the_writer(
        script: str) -> None:
    page = "\n".join(["在县城开一家旧书店的第三年", "", "书店没有赚钱，但也没有关门。", "",
                      "冯某某", "2025年11月16日", "", *_SHOP])
    page, _ = _both(script, page, [])
    doc = clean_text(page, id="post")
    assert doc.meta.authors == (("冯某某",) if script == "hans" else (to_traditional("冯某某"),))
    assert "冯某某" not in doc.text
    assert to_traditional("冯某某") not in doc.text


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_name_apart_from_the_date_row_is_no_writer(script: str) -> None:
    # counterexample: a blank between the name and the row (a caption's, a speaker's)
    page = "\n".join(["在县城开一家旧书店的第三年", "", "书店没有赚钱，但也没有关门。", "",
                      "冯某某", "", "2025年11月16日", "", *_SHOP])
    page, _ = _both(script, page, [])
    assert clean_text(page, id="post").meta.authors == ()


_BIRDS = ["去年冬天，我在山脚下的一个村子里租了间小屋，打算用一年时间把能见到的鸟都记下来。",
          "第一个月最难熬，清晨零下十度，我常常在田埂上一站就是两个小时。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("label", ["生活自然", "湿地里的白鹭"])
def test_a_label_glued_under_the_date_row_over_the_text_goes(script: str, label: str) -> None:
    page = "\n".join(["在山脚下观鸟的一年：我记录到的一百二十种鸟", "",
                      "2025年11月22日 20:15 3.6万阅读", label, "", *_BIRDS])
    page, want = _both(script, page, _BIRDS)
    assert clean_text(page, id="birds").text.split("\n") == want


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("under", [
    # the label glued over the text: the text's own first line (a kicker)
    ["生活自然", _BIRDS[0]],
    # apart from the row by a blank
    ["", "生活自然", ""],
    # over no sentence
    ["生活自然", "", "一"],
])
def test_a_line_under_the_date_row_not_a_label_over_the_text_stays(script: str,
                                                                   under: list[str]) -> None:
    page = "\n".join(["在山脚下观鸟的一年：我记录到的一百二十种鸟", "",
                      "2025年11月22日 20:15 3.6万阅读", *under, "", *_BIRDS])
    page, _ = _both(script, page, [])
    assert not [r for r in clean_text(page, id="birds").removals
                if r.rule == "label_under_row"]
