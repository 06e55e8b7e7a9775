"""Unit tests of the text-stage cleaners: metadata lifting, captions, tail blocks, layout."""

from __future__ import annotations

import pytest

from cleaners import Doc
from cleaners.chrome.blocks import PageBlocks
from cleaners.chrome.captions import Captions
from cleaners.layout import Paragraphs
from cleaners.meta import MetaLines, parse_byline, parse_meta_line

PARA = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"


def test_meta_line_with_date_source_and_authors() -> None:
    found = parse_meta_line("2024年02月19日 17:44:07 来源:某某报 作者:记者张三、李四综合报")
    assert found is not None
    assert (found.date, found.source_name, found.authors) == (
        "2024-02-19T17:44:07", "某某报", ("张三", "李四"))


def test_meta_line_last_updated() -> None:
    found = parse_meta_line("最后更新: 2019-09-07 15:14:21")
    assert found is not None
    assert found.date == "2019-09-07T15:14:21"


@pytest.mark.parametrize(("line", "date"), [
    ("发布时间：18-03-0823:16", "2018-03-08T23:16:00"),  # two-digit year, time glued on
    ("日期：19-12-01 来源：某某网", "2019-12-01"),
    ("发布时间：10-0812:00优质原创作者", None),  # month and day only: no year to give
    ("时间：12-30-2019", None),  # month-day-year is no two-digit-year date
])
def test_meta_line_two_digit_year_only_under_a_date_label(line: str, date: str | None) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert found.date == date


def test_meta_line_rejects_prose() -> None:
    assert parse_meta_line("时间：2024年5月1日上午，地点：市民中心，内容：座谈。") is None
    assert parse_meta_line("来源于群众的智慧，是我们工作的根本。") is None


def test_byline_forms() -> None:
    assert parse_byline("文/记者 赵一 钱二", tail=False).authors == ("赵一", "钱二")  # type: ignore[union-attr]
    found = parse_byline("某某日报/某某网记者 孙三", tail=True)
    assert found is not None
    assert found.source_name == "某某日报/某某网"
    assert parse_byline("王小明 李华", tail=True).authors == ("王小明", "李华")  # type: ignore[union-attr]
    # Section headings of parallel phrases are not name lists.
    assert parse_byline("走对路 扎实干", tail=True) is None
    assert parse_byline("王小明 李华", tail=False) is None


def test_meta_lines_lifts_title_and_metadata() -> None:
    text = f"某地推进基层治理\n发布时间：2023-05-06 来源：某某日报\n\n{PARA}\n{PARA}\n文/记者 周五"
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.title == "某地推进基层治理"
    assert doc.meta.date == "2023-05-06"
    assert doc.meta.source_name == "某某日报"
    assert doc.meta.authors == ("周五",)
    assert [ln for ln in doc.text.split("\n") if ln] == [PARA, PARA]
    assert {r.rule for r in doc.removals} == {"title", "meta_line", "byline"}


def test_meta_lines_never_takes_a_first_paragraph_as_title() -> None:
    doc = MetaLines()(Doc(id="d", text=f"{PARA}\n{PARA}"))
    assert doc.meta.title is None
    assert doc.removals == ()


def test_meta_lines_takes_known_title_out_of_body_only_when_repeated() -> None:
    doc = Doc(id="d", text=f"一级标题\n{PARA}").with_meta(title="一级标题")
    assert MetaLines()(doc).text.split("\n")[0] == ""
    doc = Doc(id="d", text=f"第一部分\n{PARA}").with_meta(title="另一个标题")
    assert MetaLines()(doc).text.split("\n")[0] == "第一部分"


def test_captions_between_image_gaps_and_mid_sentence() -> None:
    text = (f"{PARA}\n\n{PARA}\n\n工作人员在果园里查看果树长势\n\n\n\n{PARA}\n\n"
            "联席会负责安排部署联合执法、安全排查、抗洪防汛等业务工\n\n\n\n"
            "队员们在江边开展巡查\n\n\n\n作，统筹解决各自的重难点问题。\n\n"
            "创新城市党建 夯实治理基石\n\n" + PARA)
    doc = Captions()(Doc(id="d", text=text))
    removed = [r.text for r in doc.removals]
    assert removed == ["队员们在江边开展巡查"] or "队员们在江边开展巡查" in removed
    assert "创新城市党建 夯实治理基石" in doc.text
    joined = Paragraphs()(doc).text
    assert "抗洪防汛等业务工作，统筹解决各自的重难点问题。" in joined


def test_lines_introducing_code_are_no_captions() -> None:
    # Counterexample: a technical article whose code lines sit with no blank line between
    # them, so a paragraph's single blank line looks wide; 示例代码如下： is text.
    code = ("import json\nimport redis\nimport pymongo\nclient = redis.Redis()\n"
            "handler = pymongo.MongoClient().test.data\ndef parse():\n    data = client.lpop('t')\n"
            "    if not data:\n        return\n    handler.insert_one(json.loads(data))")
    text = (f"{PARA}\n\n我们来看这样一个场景：\n\n{PARA}示例代码如下：\n\n{code}\n\n{PARA}\n\n"
            f"那么代码可能变成下面这样：\n\n{code}\n\ndef callback_1():\n    print(1)\n\n{PARA}")
    doc = Captions()(Doc(id="d", text=text))
    assert doc.removals == ()


def test_captions_repeating_an_image_file_name() -> None:
    doc = Doc(id="d", text=f"{PARA}\n\n\n村民在田间收割水稻\n\n{PARA}\n\n{PARA}").evolve(
        removed=[__import__("cleaners").Removal("chrome.lines", "image_filename", "img",
                                                "村民在田间收割水稻.jpg", "line 2")])
    out = Captions()(doc)
    assert [r.text for r in out.removals if r.rule == "photo_caption"] == ["村民在田间收割水稻"]


def test_tail_headline_list_after_article() -> None:
    heads = ["某市发布暑期出行提示", "第七届博览会布展工作已完成 多个首次提前剧透",
             "灾害自救知识请收好,关键时刻能救命!", "交了学费却不能报考驾照→"]
    text = "\n".join([PARA, PARA, "某某日报记者 钱七", *heads])
    doc = PageBlocks()(Doc(id="d", text=text))
    assert [r.text for r in doc.removals] == heads
    assert "某某日报记者 钱七" in doc.text


def test_tail_keeps_short_closing_lines_of_an_article() -> None:
    text = "\n".join([PARA, PARA, "谢谢大家。"])
    assert PageBlocks()(Doc(id="d", text=text)).removals == ()


def test_tail_related_marker_cuts_block() -> None:
    text = "\n".join([PARA] * 5 + ["相关阅读：", "全市召开会议", "某地举办活动"])
    doc = PageBlocks()(Doc(id="d", text=text))
    assert [r.rule for r in doc.removals] == ["related_marker", "related_block", "related_block"]


LEAD = ("近日，某地一社区民警在开展辖区人口核查工作时，平均每天拨打一百余个电话，随后被运营商以涉嫌诈骗为由"
        "停机，经过核实以后，运营商目前已经为她恢复了正常通话。")
HEADS = ["全市召开安全生产工作会议", "某地举办文化旅游节", "某区新建三座口袋公园", "某县开展秋季防火演练",
         "某镇特色农产品走俏", "某街道启动垃圾分类"]


def test_related_block_past_the_article_takes_a_lone_teaser_lead() -> None:
    text = "\n".join([PARA] * 5 + ["相关新闻", *HEADS, "阅读下一篇", "某地民警电话被停机", LEAD,
                                 "返回首页", "某某网简介"])
    doc = PageBlocks()(Doc(id="d", text=text))
    assert LEAD not in doc.text
    assert doc.text.count(PARA) == 5


def test_related_block_past_the_article_stops_at_two_paragraphs() -> None:
    # Counterexample: two paragraphs in a row after the block are text again.
    text = "\n".join([PARA] * 5 + ["相关新闻", *HEADS, "某地民警电话被停机", LEAD, LEAD])
    doc = PageBlocks()(Doc(id="d", text=text))
    assert doc.text.count(LEAD) == 2


def test_layout_joins_broken_paragraph_but_not_headings() -> None:
    text = ("靠的是现代农业产业的发展。塘湾村是山区，村里的闲置土地\n\n较多。村党委结合扶贫产业发展。\n"
            "创新农村党建 夯实乡村振兴和乡村治理基石\n近年来，某区坚持党建引领。")
    out = Paragraphs()(Doc(id="d", text=text)).text.split("\n")
    assert out == ["靠的是现代农业产业的发展。塘湾村是山区，村里的闲置土地较多。村党委结合扶贫产业发展。",
                   "创新农村党建 夯实乡村振兴和乡村治理基石", "近年来，某区坚持党建引领。"]


def test_rules_match_traditional_script_pages() -> None:
    from cleaners.chrome.common import line_cleaner

    text = "版權所有 某某日報\n責任編輯：陳大文\n分享到：\n" + PARA
    doc = line_cleaner()(Doc(id="d", text=text))
    assert [r.rule for r in doc.removals] == ["copyright_notice", "editor_credit", "share_prompt"]
    found = parse_meta_line("發佈時間：2024-01-15 來源：港聞日報")
    assert found is not None
    assert found.source_name == "港聞日報"
    assert parse_meta_line("記者 陳嘉欣 | 2024年1月15日").authors == ("陳嘉欣",)  # type: ignore[union-attr]


def test_blocks_menu_above_article_and_list_below() -> None:
    menu = ["首页", "新闻", "财经", "体育"]
    tail = ["微信", "微博", "复制链接", "2024-03-01", "五个“一”打造过硬支部", "2024-03-02",
            "补贴是好事，希望手续能再简单一些，价格也要公开透明。", "2024-03-03", "社区书记培训班开班"]
    lines = [*menu, "某地推进基层治理工作", PARA, PARA, "小标题", PARA, *tail]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    rules = {r.text: r.rule for r in doc.removals}
    assert all(rules[m] == "nav_block" for m in menu)
    assert all(rules[t] == "headline_list" for t in tail)
    assert "某地推进基层治理工作" not in rules
    assert "小标题" not in rules


def test_title_is_the_longest_heading_line_above_the_date_row() -> None:
    text = f"打开APP\n一份给新手家长的秋季护理指南\n李医生\n育儿健康说\n2023-10-10\n{PARA}\n{PARA}"
    doc = MetaLines()(Doc(id="d", text=text))
    assert doc.meta.title == "一份给新手家长的秋季护理指南"
    assert doc.meta.date == "2023-10-10"


def test_blocks_keep_code_and_its_introductions_after_the_last_paragraph() -> None:
    code = ["import json", "def parse():", "data = client.lpop('test')", "return data"]
    lines = [PARA, PARA, "我们先来看一个简单的例子：", *code, "可以看出以下特点：", "运行效果如下图所示：",
             *code]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert doc.removals == ()


def test_blocks_keep_a_closing_sentence_before_a_link_list() -> None:
    lines = [PARA, PARA, "说完这些话后，他上车离开了现场。", "点击进入专题", "聚焦某地局势", "更多新闻标题一则"]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert "说完这些话后，他上车离开了现场。" in doc.text
    assert [r.text for r in doc.removals] == ["点击进入专题", "聚焦某地局势", "更多新闻标题一则"]


def test_script_markers_differ_between_scripts() -> None:
    from cleaners.script import _TRADITIONAL, script_of, to_simplified

    assert all(to_simplified(ch) != ch for ch in _TRADITIONAL)
    assert script_of("這個國家的經濟發展很快") == "hant"
    assert script_of("这个国家的经济发展很快") == "hans"
    assert to_simplified("这个国家") == "这个国家"


def test_a_hard_wrapped_page_comes_back_one_paragraph_a_line() -> None:
    from cleaners.document import Doc
    from cleaners.layout import Paragraphs

    wrapped = ("据介绍，这些管网大多铺设于上世纪八九十年代，管材老化、漏损严\n"
               "重，部分小区夏季用水高峰时段水压不足，居民反映强烈。今年的改\n"
               "造将全部采用球墨铸铁管和PE管，并同步安装智能水表。\n"
               "市水务局相关负责人表示，施工期间将尽量缩短停水时间，提前三天\n"
               "在小区公告栏和业主群发布停水通知，请居民提前做好储水准备。")
    doc = Paragraphs()(Doc("d", "", text=wrapped))
    assert doc.text.split("\n") == [
        "据介绍，这些管网大多铺设于上世纪八九十年代，管材老化、漏损严重，部分小区夏季用水"
        "高峰时段水压不足，居民反映强烈。今年的改造将全部采用球墨铸铁管和PE管，并同步安装"
        "智能水表。",
        "市水务局相关负责人表示，施工期间将尽量缩短停水时间，提前三天在小区公告栏和业主群"
        "发布停水通知，请居民提前做好储水准备。"]


def test_rows_of_names_of_one_width_are_no_wrapped_paragraph() -> None:
    from cleaners.document import Doc
    from cleaners.layout import Paragraphs

    rows = ("某某街道某某社区  某某镇某某村  某某镇某某社区  某某乡某某村\n"
            "某某街道某某社区  某某镇某某村  某某镇某某社区  某某乡某某村\n"
            "某某街道某某社区  某某镇某某村  某某镇某某社区  某某乡某某村")
    doc = Paragraphs()(Doc("d", "", text=rows))
    assert len(doc.text.split("\n")) == 3


def test_captions_read_the_paragraph_gap_as_the_narrower_of_two_as_common() -> None:
    # Two captions, each set apart by three blank lines, before five paragraphs one blank
    # apart: gaps of 3 and 1 are as common; the page's paragraph gap is the narrower one.
    para = "村里的合作社今年扩大了种植面积，亩产比去年提高了一成，村民的收入也随之增加。"
    gap = ["", "", ""]
    lines = [para, *gap, "村民在果园采摘苹果", *gap, para, *gap, "合作社的分拣车间", *gap,
             para, "", para, "", para, "", para, "", para]
    doc = Captions()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals] == ["村民在果园采摘苹果", "合作社的分拣车间"]


def test_alt_text_glued_over_the_caption_holding_its_words_goes() -> None:
    # A picture's alt text printed with no gap over its caption, which holds its words and
    # closes on the picture's mark: the alt line goes on a page spacing its paragraphs.
    caption = "11月10日，市民在社区卫生服务中心接种流感疫苗。（资料图）"
    lines = [PARA, "", PARA, "", "社区卫生服务中心接种流感疫苗", caption, "", PARA, "", PARA]
    doc = Captions()(Doc(id="d", text="\n".join(lines)))
    assert "社区卫生服务中心接种流感疫苗" in [r.text for r in doc.removals]


def test_alt_text_over_a_credited_caption_the_lines_took_out_goes() -> None:
    # The caption under the alt text ends on its unbracketed credit (……。记者 某某 摄) and
    # photo_credit took it out whole: the blank it left is no gap under the alt line.
    caption = "改造后的粮仓书房保留了原有的拱形屋顶。记者 某某 摄"
    lines = [PARA, "", PARA, "", "改造后的粮仓书房", "", "", PARA, "", PARA]
    doc = Doc(id="d", text="\n".join(lines)).evolve(
        removed=[__import__("cleaners").Removal("chrome.lines", "photo_credit", "credit",
                                                caption, "line 6")])
    assert "改造后的粮仓书房" in [r.text for r in Captions()(doc).removals]


@pytest.mark.parametrize("below", [
    # a subheading over its paragraph that takes up its words: no picture's mark closes it
    "接种疫苗是预防流感最经济、最有效的手段，社区卫生服务中心接种流感疫苗不需要预约。",
    # the phrase set apart from the caption by the page's paragraph gap
    None,
])
def test_a_phrase_over_a_line_holding_its_words_without_a_picture_stays(
        below: str | None) -> None:
    phrase = "社区卫生服务中心接种流感疫苗"
    tail = ([below] if below else ["", "11月10日，市民在社区卫生服务中心接种流感疫苗。（资料图）"])
    lines = [PARA, "", PARA, "", phrase, *tail, "", PARA, "", PARA]
    doc = Captions()(Doc(id="d", text="\n".join(lines)))
    assert phrase not in [r.text for r in doc.removals]


def _under_pictures(first: str, second: str) -> list[str]:
    """A page whose paragraphs sit one line apart, with ``first`` and ``second`` each under a
    picture (two blank lines) and one blank line above the paragraph that opens with them."""
    town = ("今年，某某镇的茶园扩大到三千亩，采茶季里镇上的茶农每天都要忙到天黑才收工，"
            "全镇的茶叶产值比去年翻了一番。")
    shop = ("镇上的电商服务站帮茶农开了网店，直播间里一场下来能卖出几百单新茶，"
            "订单多的时候，服务站要连夜打包发货。")
    return [PARA, PARA, "", "", first, "", town, PARA, PARA, "", "", second, "", shop, PARA]


def test_parallel_subheadings_under_pictures_are_no_captions() -> None:
    # Two headings, each under a picture, nearer the paragraph below that takes up its words:
    # the article's sections, not captions.
    lines = _under_pictures("小茶园里的大产业", "茶农直播卖新茶，网店订单不断")
    doc = Captions()(Doc(id="d", text="\n".join(lines)))
    assert doc.removals == ()


@pytest.mark.parametrize(("first", "second"), [
    # one line of that shape alone: left to the caption test
    ("小茶园里的大产业", "采茶工人在山坡上劳作"),
    # each as far from the picture above as from the paragraph below: captions
    ("", ""),
])
def test_lines_under_pictures_not_shaped_as_subheadings_stay_captions(
        first: str, second: str) -> None:
    if first:
        lines = _under_pictures(first, second)
        expected = [first, second]
    else:
        lines = _under_pictures("茶园里的茶农", "网店的直播间")
        lines[lines.index("茶园里的茶农") + 1:lines.index("茶园里的茶农") + 1] = [""]
        lines[lines.index("网店的直播间") + 1:lines.index("网店的直播间") + 1] = [""]
        expected = ["茶园里的茶农", "网店的直播间"]
    doc = Captions()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals] == expected


def test_a_latin_outlet_name_in_a_feed_after_the_article_goes_with_it() -> None:
    # A feed's items: headline, the outlet's name under it; one outlet's name is in Latin
    # letters, which alone would split the feed and stay.
    feed = ["某市发布暑期出行提示", "某某日报", "第七届博览会布展工作已完成 多个首次提前剧透",
            "ABCD", "灾害自救知识请收好,关键时刻能救命!", "某某新闻"]
    text = "\n".join([PARA, PARA, "某某日报记者 钱七", *feed])
    doc = PageBlocks()(Doc(id="d", text=text))
    assert [r.text for r in doc.removals] == feed


def test_a_code_keyword_between_short_lines_after_the_article_stays() -> None:
    # Counterexample: a lowercase word (a code keyword) is no outlet's name.
    lines = ["某市发布暑期出行提示", "某某日报", "第七届博览会布展工作已完成 多个首次提前剧透",
             "else", "灾害自救知识请收好,关键时刻能救命!", "某某新闻"]
    doc = PageBlocks()(Doc(id="d", text="\n".join([PARA, PARA, *lines])))
    assert "else" in doc.text.split("\n")


def _under_echo(line: str) -> Doc:
    """``line`` between two paragraphs, right under the headline printed again (a picture's
    alt text, which chrome.blocks took out as headline_echo)."""
    text = f"{PARA}\n\n\n\n{line}\n\n{PARA}\n\n{PARA}"
    return Doc(id="d", text=text).evolve(removed=[__import__("cleaners").Removal(
        "chrome.blocks", "headline_echo", "alt", "某地山林搜寻失联少年一个月", "line 3")])


@pytest.mark.parametrize("caption", ["小王。", "冰洞。", "少年在景区内的身影。", "救援队员"])
def test_a_short_phrase_under_a_pictures_alt_text_is_its_caption(caption: str) -> None:
    out = Captions()(_under_echo(caption))
    assert [r.text for r in out.removals if r.rule == "photo_caption"] == [caption]


@pytest.mark.parametrize("line", [
    "他从此再也没有回来，家人至今仍在寻找。",  # a clause of the text, not one phrase
    "这一找就是一个月，搜救队员几乎翻遍了整座山。",
    "为什么坚持？",  # a question is the writer's voice, no caption
    "终于找到了！",
])
def test_a_sentence_under_a_pictures_alt_text_stays(line: str) -> None:
    out = Captions()(_under_echo(line))
    assert line in out.text


def test_a_short_sentence_under_no_picture_stays() -> None:
    text = f"{PARA}\n\n{PARA}\n\n谢谢大家。\n\n{PARA}"
    assert Captions()(Doc(id="d", text=text)).removals == ()


@pytest.mark.parametrize("caption", ["▲新建的航站楼外形像一艘启航的帆船。", "△ 码头夜景"])
def test_a_caption_marked_with_an_up_arrow_alone_among_paragraphs_goes(caption: str) -> None:
    text = f"{PARA}\n{PARA}\n{caption}\n{PARA}\n{PARA}"
    out = Captions()(Doc(id="d", text=text))
    assert [r.text for r in out.removals] == [caption]


def test_a_run_of_up_arrow_captions_is_a_photo_essays_text() -> None:
    # Counterexample: a post that is mostly its pictures' captions keeps them.
    caps = ["▲古镇南门夜景", "▲河边的老茶馆坐满了游客", "▲小朋友在灯会前合影留念"]
    text = "\n".join([PARA, *caps, PARA])
    assert Captions()(Doc(id="d", text=text)).removals == ()


def test_lines_opening_with_the_alt_text_the_pictures_share_are_captions() -> None:
    # Each picture's alt text is the same phrase (the headline), its caption or credit glued
    # after it on the line.
    alt = "某某芯片耗电成难题 某某手机续航不足"
    caps = [alt + "运营商活动上展示的样机", alt + "运营商活动上展示的样机", alt + "图片来源：某某图库"]
    text = "\n\n".join([PARA, caps[0], PARA, "续航难题待解", caps[1], PARA, caps[2], PARA])
    out = Captions()(Doc(id="d", text=text))
    assert [r.text for r in out.removals] == caps


@pytest.mark.parametrize("lines", [
    # a refrain printed again whole: no caption glued after it
    ["我和我的祖国一刻也不能分割", "我和我的祖国一刻也不能分割"],
    # lines of code repeated
    ["import collections.abc", "import collections.abc as cabc"],
    # lines opening with the same clause of a sentence
    ["今年以来，全市新开工项目三百个", "今年以来，全市新增就业岗位两万个"],
    # a sentence's opening (anaphora) whose modifier each line ends its own way
    ["我们要建设一座让年轻人留得住的宜居城市", "我们要建设一座让年轻人留得住的创业热土"],
    # or whose lines differ in a word at the end
    ["坚定不移推进全面从严治党向纵深发展", "坚定不移推进全面从严治党向基层延伸"],
])
def test_lines_sharing_an_opening_but_no_alt_text_stay(lines: list[str]) -> None:
    text = "\n\n".join([PARA, lines[0], PARA, lines[1], PARA])
    assert Captions()(Doc(id="d", text=text)).removals == ()


def test_captions_each_under_a_second_picture_stay_captions() -> None:
    # Two pictures, two captions, then the paragraph at the page's usual gap: the second
    # caption is no heading though the paragraph takes up its words (it follows a caption).
    town = ("今年，某某镇的茶园扩大到三千亩，采茶季里镇上的茶农每天都要忙到天黑才收工，"
            "全镇的茶叶产值比去年翻了一番。")
    gap = ["", "", ""]
    lines = [PARA, "", PARA, *gap, "茶农在山坡上采摘新茶", *gap, "某某镇的万亩茶园", "", town,
             "", PARA, *gap, "电商服务站的直播间", *gap, "镇上的茶叶加工车间", "", town, "", PARA]
    doc = Captions()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals] == [
        "茶农在山坡上采摘新茶", "某某镇的万亩茶园", "电商服务站的直播间", "镇上的茶叶加工车间"]


_RESUME = ("某某，男，汉族，1975年4月出生，研究生学历，1998年7月参加工作，2001年6月加入中国"
           "共产党。历任某某县农业局副局长、局长，某某市农业农村局党组成员、副局长。")


@pytest.mark.parametrize(("heading", "run"), [
    # a résumé's heading, then a box of headlines the chrome did not know left after it
    ("某某同志简历", ["市政府召开常务会议研究部署秋粮收购工作", "市领导调研重点项目建设进展情况",
                   "全市安全生产工作会议召开", "我市举行重大项目集中开工仪式"]),
    # a table's title over its rows, a cell's row a line
    ("表1 上半年居民人均收支主要指标", ["指标 绝对数（元） 增长（%）", "人均可支配收入 24315 5.4",
                              "人均消费支出 15642 5.9", "城镇居民人均消费支出 18903 5.1"]),
])
def test_a_heading_between_paragraphs_stays_when_a_short_run_has_no_gaps(
        heading: str, run: list[str]) -> None:
    # The paragraphs stand one blank line apart; a short run of lines with none between them
    # holds as many gaps of 0 as the paragraphs hold of 1, but far fewer characters: the
    # page's paragraph gap is still 1, and a heading in it no picture's caption.
    lines = [PARA, "", heading, "", _RESUME, "", *run]
    assert Captions()(Doc(id="d", text="\n".join(lines))).removals == ()


def _under_credit(credit: str, body: list[str]) -> Doc:
    """A post whose first lines are a photo's credit (taken out by chrome.lines) and what it
    shows, glued under it, then ``body``."""
    lines = [credit, *body]
    doc = Doc(id="d", text="\n".join(["", *lines[1:]]))
    return doc.evolve(removed=[__import__("cleaners").Removal(
        "chrome.lines", "photo_credit", "credit", credit, "line 1")])


def test_a_line_glued_under_a_photo_credit_and_set_apart_below_is_its_caption() -> None:
    # Counterexample to the weighing (a real WeChat post's shape): paragraphs one blank line
    # apart, code run unspaced between them, the picture's credit and its caption at the top.
    code = ["import json", "import redis", "client = redis.Redis()", "def parse():",
            "data = client.lpop('q')", "if not data:", "return"]
    body = ["产品经理的生日餐", "", PARA, "", PARA, "", *code, "", PARA, "", PARA, "", *code,
            "", PARA]
    out = Captions()(_under_credit("摄影：某某", body))
    assert [r.text for r in out.removals if r.rule == "photo_caption"] == ["产品经理的生日餐"]


def test_short_lines_running_on_under_a_photo_credit_are_the_article() -> None:
    # A post that prints its sentences a phrase a line: the lines glued under a credit run on
    # with no gap; they are the article, no caption block.
    body = ["目前11月的航线安排已经出炉", "某某号分别以", "某某、某某以及某某", "为目的地开启四条航线",
            "", PARA, "", PARA]
    out = Captions()(_under_credit("资料图", body))
    assert [r for r in out.removals if r.rule == "photo_caption"] == []


def test_blocks_web_archive_toolbar_over_the_saved_page() -> None:
    """A web archive's toolbar (its count of captures, their dates, the calendar's arrows and
    years) goes, in either language; the same dates with no count of captures are the page's."""
    toolbars = [
        ["http://www.example.gov.cn/art/1.html", "转到", "37 次存档", "2019年3月2日 - 2024年11月8日",
         "前", "2021年5月17日", "后", "2020  2021  2022", "关于本次存档", "关闭"],
        ["https://www.example.com/news/2.htm", "Go", "112 captures", "2 Mar 2019 - 8 Nov 2024",
         "APR  MAY  JUN", "◄", "17", "►", "2020  2021  2022", "About this capture"],
    ]
    page = ["某县开展小麦病虫害统防统治", "发布时间：2021-05-14", PARA, PARA]
    for toolbar in toolbars:
        doc = PageBlocks()(Doc(id="d", text="\n".join([*toolbar, *page])))
        rules = {r.where: r.rule for r in doc.removals}
        assert [rules.get(f"line {n}") for n in range(1, len(toolbar) + 3)] == [
            *["capture_toolbar"] * len(toolbar), None, None], rules
    # a notice's dates under its headline, no archive's count above them: kept
    dated = ["展览时间", "2024年3月1日 - 2024年5月31日", "2021年5月17日", *page]
    doc = PageBlocks()(Doc(id="d", text="\n".join(dated)))
    assert not any(r.rule == "capture_toolbar" for r in doc.removals)
