"""chrome.blocks keeps runs of short body lines: one-phrase paragraphs, verse, a closing
sentence broken over lines, and short paragraphs between the article and its editor's credit."""

from __future__ import annotations

from cleaners import Doc, Removal
from cleaners.chrome.blocks import PageBlocks

PARA = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"


def _removed(doc: Doc) -> list[str]:
    return [r.text for r in doc.removals]


def test_head_keeps_one_phrase_paragraphs_with_sentence_punctuation() -> None:
    phrases = ["明天起，", "这座大桥", "将封闭维修！！！", "为什么？", "因为", "全！部！封！闭！",
               "绕行的车辆，", "请提前规划。"]
    text = "\n".join([*phrases, "小标题", PARA, PARA, PARA])
    assert _removed(PageBlocks()(Doc(id="d", text=text))) == []


def test_head_keeps_verse_lines() -> None:
    verse = ["《示儿诗》", "——（清）某某", "春风入户来，", "花开满庭阶。", "读书宜及早；",
             "莫待鬓霜白。"]
    text = "\n".join([PARA, *verse, *[PARA] * 8])
    assert _removed(PageBlocks()(Doc(id="d", text=text))) == []


def test_head_still_removes_a_menu_next_to_body_phrases() -> None:
    menu = ["首页", "新闻", "财经", "体育"]
    text = "\n".join([*menu, "某地大桥下周起封闭施工二十天", "下周一，", "为什么？", "快看这里！", PARA,
                      PARA])
    doc = PageBlocks()(Doc(id="d", text=text))
    assert _removed(doc) == menu


def test_tail_keeps_a_closing_sentence_broken_over_short_lines() -> None:
    closing = ["施工会给出行带来不便，", "但短暂的等待换来的是", "日后的更加通畅。", "请大家相互转告，",
               "愿大家都能", "一路平安。"]
    text = "\n".join([PARA, PARA, *closing])
    assert _removed(PageBlocks()(Doc(id="d", text=text))) == []


def test_tail_keeps_short_paragraphs_above_the_editors_credit() -> None:
    body = ["第二部分：新航线即将开通", "目前码头已经开通了", "前往多个国家的航线", "是同类港口中最多的",
            PARA, "此外", "免税店正在招商", "这么好的地方", "快来看看吧！！！"]
    promo = ["回复【社保】查询缴费记录", "回复【入户】查询相关政策", "点击菜单栏解锁更多服务"]
    lines = [PARA, PARA, *body, "", *promo]
    credit = Removal("chrome.lines", "editor_credit", "editor", "编辑|某某", f"line {len(body) + 3}")
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)).evolve(removed=[credit]))
    assert [r.text for r in doc.removals if r.cleaner == "chrome.blocks"] == promo


def test_after_the_editors_credit_teasers_go_and_bylines_stay() -> None:
    lines = [PARA, PARA, "采写：某报记者 王一 李二", "", "另一条新闻的标题：某地发布提示",
             "某地有关部门表示，近日将开展检查。有关负责人在会上介绍，本次检查覆盖多个领域，涉及上百家单位…",
             ",某某日报"]
    credit = Removal("chrome.lines", "editor_credit", "editor", "责任编辑：", "line 4")
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)).evolve(removed=[credit]))
    assert [r.text for r in doc.removals if r.cleaner == "chrome.blocks"] == lines[4:]
    assert "采写：某报记者 王一 李二" in doc.text


def test_after_the_editors_credit_article_paragraphs_stay() -> None:
    lines = [PARA, "", PARA, "附：办理地点", PARA]
    credit = Removal("chrome.lines", "editor_credit", "editor", "编辑：某某", "line 2")
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)).evolve(removed=[credit]))
    assert [r for r in doc.removals if r.cleaner == "chrome.blocks"] == []


def test_buttons_between_two_closing_credits_go() -> None:
    """A unit's credit (（某某供稿）) closes the text, the editor's credit comes after the like
    and comment buttons: the buttons are the tail's, as under the editor's credit."""
    buttons = ["为TA点赞 1,862", "我要留言 我要推荐"]
    lines = [PARA, PARA, PARA, "", *buttons, "", "更多人物", "某某 某村党支部书记"]
    credits = [Removal("chrome.lines", "credit_fields", "credit", "（某某供稿）", "line 4"),
               Removal("chrome.lines", "editor_credit", "editor", "责任编辑：某某", "line 7")]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)).evolve(removed=credits))
    assert [r.text for r in doc.removals if r.cleaner == "chrome.blocks"] == [
        *buttons, "更多人物", "某某 某村党支部书记"]


def test_a_paragraph_between_two_credits_keeps_the_tail_after_the_last() -> None:
    """A credit inside the text (an item's （某某供稿）) is not its end: a paragraph after it
    stays, and so does a short line above it."""
    lines = [PARA, "", "附：办理地点", PARA, "", "更多人物"]
    credits = [Removal("chrome.lines", "credit_fields", "credit", "（某某供稿）", "line 2"),
               Removal("chrome.lines", "editor_credit", "editor", "责任编辑：某某", "line 5")]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)).evolve(removed=credits))
    assert [r.text for r in doc.removals if r.cleaner == "chrome.blocks"] == ["更多人物"]


def test_link_text_under_a_removed_label_goes() -> None:
    lines = [PARA, PARA, "说完这些话后，他离开了。", "", "聚焦某地局势"]
    label = Removal("chrome.lines", "share_prompt", "prompt", "点击进入专题：", "line 4")
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)).evolve(removed=[label]))
    assert [r.text for r in doc.removals if r.cleaner == "chrome.blocks"] == ["聚焦某地局势"]


def test_verse_between_paragraphs_does_not_split_the_article() -> None:
    verse = ["《示儿诗》", "——（清）某某", *["春风入户来，花开满庭阶。", "读书宜及早；莫待鬓霜白。"] * 4]
    closing = "这首诗写的是父亲对儿子的殷切期望，字里行间都是爱，读来令人感动。"
    lines = [PARA, PARA, PARA, *verse, PARA + PARA, closing, "", ""]
    teasers = [Removal("chrome.lines", "teaser_link", "teaser", "某专题 【详细】", f"line {n}")
               for n in (len(lines) - 1, len(lines))]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)).evolve(removed=teasers))
    assert [r for r in doc.removals if r.cleaner == "chrome.blocks"] == []


SPACED = ("儿童发烧什么时候该去医院？儿科医生给出答案 秋冬季节如何预防呼吸道疾病 "
          "老年人接种疫苗前要注意哪些事项 感冒和流感有什么区别")


def test_a_related_lists_headlines_side_by_side_on_one_line_go() -> None:
    # a mobile page's related links laid out inline, saved as one line a space between them
    text = "\n".join([PARA, PARA, PARA, "相关文章", SPACED])
    assert _removed(PageBlocks()(Doc(id="d", text=text))) == ["相关文章", SPACED]


def test_a_paragraph_with_spaces_between_clauses_under_a_related_heading_stays() -> None:
    # counterexample: prose whose pieces carry commas is no row of headlines
    prose = ("今年全市共接种流感疫苗十二万剂次， 比去年增加两成 其中老年人占四成， "
             "儿童占三成 接种点覆盖全部社区卫生服务中心。")
    text = "\n".join([PARA, PARA, PARA, "相关文章", prose, PARA])
    assert prose not in _removed(PageBlocks()(Doc(id="d", text=text)))
