"""The general shapes the batch of invented pages of short-line articles saved as text (tests/
fixtures/gold_like/gl362-gl367: a 副刊 poem, a 名单公示, a 会议日程, a 楹联 collection, a
recipe-like 指南 and a 条例) showed our text path getting wrong: the article's own short lines
(four-character couplets under their place's name) right under its lead paragraph taken as a
menu above the article; and a recipe's ingredients with an amount in words (银耳半朵, 鸡蛋两个)
not read as a recipe's, so the list went as headlines after the article. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import in_verse, recipe_lines
from tests.scripts import to_traditional

_HEAD = ["某某旅游网", "首页　景区导览　古城故事　非遗文化　旅游攻略　游客中心",
         "首页 > 古城故事 > 楹联撷英", "", "某某古城楹联撷英", "2025-08-09　来源：某某旅游网　作者：某某某", ""]
_LEAD = "某某古城素有“楹联之乡”的美誉，城中亭台楼阁多悬名联。今择其中数副，以飨读者。"
_COUPLETS = ["望江楼", "楼高望远", "江阔容舟", "听雨亭", "一亭听雨", "半榻留云", "某某阁", "笔底春秋",
             "胸中丘壑", "某某楼", "月照书窗千里白", "风吹墨海一池香"]
_CLOSE = "以上楹联多为清代所作，现悬之联为上世纪八十年代由本地书法家重书。游客登临之际，不妨驻足细品。"
_TAIL = ["", "分享：微信　微博", "相关文章", "古城十景", "老街寻味", "城墙夜游", "Copyright © 某某旅游网"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_short_lines_under_the_lead_paragraph_are_the_articles(script: str) -> None:
    page = "\n".join([*_HEAD, _LEAD, *_COUPLETS, _CLOSE, *_TAIL])
    if script == "hant":
        page = to_traditional(page)
    doc = clean_text(page, id="yinglian")
    want = [_LEAD, *_COUPLETS, _CLOSE]
    assert doc.text.split("\n") == ([to_traditional(x) for x in want] if script == "hant"
                                    else want)


def test_a_menu_above_the_headline_still_goes_under_a_sites_blurb() -> None:
    """Counterexample: the short lines under a paragraph that no metadata row heads (the site's
    blurb at the top of the page) and above the headline are a menu."""
    blurb = "某某旅游网是某某市文化和旅游局主办的旅游资讯平台，欢迎广大游客浏览。"
    menu = ["景区导览", "古城故事", "非遗文化", "旅游攻略"]
    para = "国庆假期，某某古城共接待游客42.6万人次，同比增长12.3%，城墙夜游、非遗展演等项目人气火爆。"
    doc = clean_text("\n".join(["2025-10-08　星期三", blurb, *menu, "", "国庆假期某某古城游客同比增长",
                                "2025-10-08　来源：某某旅游网", "", para]), id="menu")
    assert doc.text.split("\n")[-1] == para
    assert not any(item in doc.text.split("\n") for item in menu)


@pytest.mark.parametrize("ingredient", ["银耳半朵", "鸡蛋两个", "葱一根", "冰糖10克", "盐适量"])
def test_an_amount_in_words_is_a_recipes_ingredient(ingredient: str) -> None:
    lines = ["食材", ingredient, "雪梨1个", "步骤", "1. 银耳泡发。", "2. 撕成小朵。"]
    assert recipe_lines(lines) == frozenset(range(len(lines)))
    assert recipe_lines([to_traditional(x) for x in lines]) == frozenset(range(len(lines)))


def test_headlines_with_a_counted_word_are_no_recipe() -> None:
    """Counterexample: headlines ending in a numeral and a measure word (打造三张名片 cut short,
    第一条) with no recipe's section labels are no recipe."""
    assert recipe_lines(["相关新闻", "某某县打造三张", "某某村第一条", "某某湖畔五朵", "更多"]) == frozenset()


def test_a_recipe_guides_ingredients_under_its_lead_stay() -> None:
    lead = "秋季气候干燥，容易出现口干咽燥等不适。雪梨银耳羹做法简单，适合家庭制作。"
    recipe = ["食材", "银耳半朵", "雪梨1个", "红枣6颗", "冰糖适量", "步骤", "1. 银耳泡发。",
              "2. 撕成小朵。", "3. 加水煮40分钟。", "温馨提示", "糖尿病患者应少放或不放冰糖。"]
    doc = clean_text("\n".join(["某某区卫生健康委员会", "首页 | 机构概况 | 政务公开 | 健康科普 | 互动交流",
                                "当前位置：首页 > 健康科普 > 饮食营养", "", "自制雪梨银耳羹指南",
                                "发布时间：2025-09-22 10:30  信息来源：某某区疾控中心", "", lead, *recipe,
                                "", "【打印本页】【关闭窗口】", "相关信息", "秋季腹泻防治",
                                "流感疫苗接种问答", "老年人防跌倒"]), id="recipe")
    assert doc.text.split("\n") == [lead, *recipe]


_POEM_HEAD = ["某某晚报数字报", "首页　要闻　城事　民生　副刊　评论　图片　视频", "当前位置：首页 > 副刊 > 某某", "",
              "站台", "", "作者：某某某", "2025-10-18 08:05　来源：某某晚报", ""]
_STANZAS = [["一列绿皮车", "慢慢停稳", "母亲提着", "两袋红薯", "下来"],
            ["我喊她", "她回头", "笑了", "那一刻", "整座城市", "都安静下来"],
            ["后来", "我常去站台", "看别人", "下车", "上车", "等一个", "不会再来的", "黄昏"]]


def _poem(*tail: str, head: tuple[str, ...] = tuple(_POEM_HEAD)) -> str:
    body: list[str] = []
    for stanza in _STANZAS:
        body += [*stanza, ""]
    return "\n".join([*head, *body, *tail, "", "上一篇　秋分记", "相关阅读", "重阳", "桂花开了",
                      "回乡记", "版权所有　某某晚报社"])


def test_a_poems_lines_that_read_as_names_stay_and_are_no_bylines() -> None:
    """后来 opening a stanza and 黄昏 closing one read as names (后, 黄 are surnames); the first
    line of the first stanza follows a gap as a caption does."""
    doc = clean_text(_poem(), id="poem")
    assert doc.text.split("\n") == [line for stanza in _STANZAS for line in stanza]
    assert doc.meta.authors == ("某某某",)


def test_a_poems_metadata_row_under_its_byline_is_lifted() -> None:
    """A page of verse has its head down to its first metadata row (作者：某某) and the rows
    printed right under it (2025-10-18 08:05 来源：某某晚报), not only the first."""
    doc = clean_text(_poem(), id="poem")
    assert (doc.meta.date or "")[:10] == "2025-10-18"
    assert doc.meta.source_name == "某某晚报"
    assert "来源" not in doc.text


def test_a_name_alone_under_a_poem_is_still_its_byline() -> None:
    """Counterexample: the writer's name apart from the last stanza is in no stanza."""
    head = tuple(line for line in _POEM_HEAD if not line.startswith("作者"))
    doc = clean_text(_poem("王芳", head=head), id="signed")
    assert "王芳" not in doc.text.split("\n")
    assert "王芳" in doc.meta.authors


def test_captions_and_credits_are_no_stanzas_for_the_caption_pass() -> None:
    """Counterexample: two blocks of a caption over its credit are two lines each, fewer than
    a stanza's three: in_verse at three lines leaves them to the caption pass."""
    lines = ["活动现场", "王芳 摄", "", "志愿者为老人理发", "李明 摄"]
    assert not in_verse(lines, 0, 3)
    assert not in_verse(lines, 3, 3)
    stanzas = ["一列绿皮车", "慢慢停稳", "母亲提着", "", "她不认得", "新修的出口", "站在风里"]
    assert in_verse(stanzas, 0, 3)
    assert in_verse(stanzas, 6, 3)


_LAW_HEAD = ["某某市人大常委会", "首页　人大要闻　立法工作　监督工作　代表工作　法规数据库", "当前位置：首页 > 法规数据库 > 地方性法规",
             "", "某某市养犬管理条例", "发布时间：2025-08-06　来源：某某市人大常委会办公厅", ""]
_CHAPTERS = [("第一章　总则", ["第一条　为了规范养犬行为，维护公共秩序，制定本条例。"]),
             ("第二章　养犬登记", ["第二条　养犬实行登记制度。", "第三条　禁止饲养烈性犬。"]),
             ("第三章　附则", ["第四条　本条例自2025年10月1日起施行。"])]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_an_enacted_texts_contents_of_chapters_stay(script: str) -> None:
    """目录 over 第一章… : a law's or a regulation's contents are its text as enacted."""
    body = ["目　录", *(c for c, _ in _CHAPTERS)]
    for chapter, articles in _CHAPTERS:
        body += [chapter, *articles]
    page = "\n".join([*_LAW_HEAD, *body, "", "【打印】【关闭】", "相关法规", "某某市市容管理条例",
                      "某某市物业管理条例", "某某市控烟条例"])
    if script == "hant":
        page, body = to_traditional(page), [to_traditional(x) for x in body]
    assert clean_text(page, id="law").text.split("\n") == [x.replace("　", " ") for x in body]


def test_a_wikis_contents_of_numbered_sections_still_go() -> None:
    """Counterexample: 目录 over numbered section headings (1 历史) the article prints again is
    the site's navigation."""
    sections = [("1 历史", "某某古镇始建于明代，因水运而兴，清代中期达到鼎盛，商贾云集。"),
                ("2 地理", "古镇位于某某江与某某河交汇处，三面环水，素有“水上门户”之称。")]
    body: list[str] = []
    for heading, para in sections:
        body += [heading, para]
    doc = clean_text("\n".join(["某某古镇", "2025-06-01　来源：某某百科", "", "目录", "1 历史", "2 地理",
                                *body]), id="wiki")
    assert doc.text.split("\n") == body
