"""Six new saved pages (gold_html gh398-gh403: a 人大 代表风采 story in GBK, a listed company's
公告 on its investor-relations page, an embassy's 领事提醒, a Q&A platform's answer page, a radio
station's podcast episode page, a law firm's WordPress news post) showed, before any fix, on
both paths unless said:

- a notice's numbered items (1、名称：… / 2、… / 8、经营范围：…) lost five of them: a longer
  item ended the first run of short lines, and the run under it (3、 4、 5、 6、 7、) was read
  as a list of headlines after the article, its numbering going on from the article's own;
- an embassy's reminder lost its hotline lines (某某急救电话：911 / 某某使馆领事保护与协助电话：
  +00-0000000 / 外交部…应急呼叫中心热线：…) over its signature (驻某某使馆 / 2026年11月29日): no
  contact line named its desk at that length, and no issuer signed as an embassy;
- a podcast's chapter list (02:10 … / 09:45 … / 18:30 …) under its shownotes went as a list
  of headlines; as text, the show's tagline over the episode (一档关于……的谈话节目 · 每周四更新)
  was read as the headline and the player's buttons and its apps' row stayed;
- as text, a folded question's button glued after its last sentence (……怎么说。显示全部) joined
  the answer's first paragraph to it.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.chrome.blocks import chapter_marks

_TITLE = "关于全资子公司完成工商变更登记的公告"
_LEAD = ("某某股份有限公司于2026年11月10日召开董事会会议，审议通过了关于全资子公司增加注册资本"
         "的议案，同意公司以自有资金向全资子公司增资，并相应变更其经营范围。")
_ITEMS = ["二、变更后的工商登记信息", "1、名称：某某精工（某某）有限公司", "2、统一社会信用代码：91420500MA4K8XQ27B",
          "3、类型：有限责任公司（非自然人投资或控股的法人独资）", "4、法定代表人：某某某",
          "5、注册资本：壹亿伍仟万元整", "6、成立日期：2019年04月16日", "7、住所：某某市高新区某某大道66号",
          "8、经营范围：轴承及轴承零部件、精密机械零部件的研发、制造和销售；新能源汽车零部件制造；"
          "货物进出口。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
          "三、备查文件", "某某精工（某某）有限公司《营业执照》。", "特此公告。"]


def _page(title: str, row: str, lines: list[str], after: str = "") -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><title>{title}</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav><article>"
            f"<h1>{title}</h1><div class='info'>{row}</div><div class='body'>{body}</div>"
            f"</article>{after}<footer>版权所有 © 2026 某某</footer></body></html>")


@pytest.mark.parametrize("path", ["html", "text"])
def test_a_notices_numbered_items_going_on_past_a_longer_one_stay(path: str) -> None:
    lines = [_LEAD, "一、基本情况", "近日，上述全资子公司已完成工商变更登记手续，并取得了换发的营业执照。",
             *_ITEMS]
    doc = (clean_html(_page(_TITLE, "发布时间：2026-11-30", lines)) if path == "html"
           else clean_text("\n".join([_TITLE, "发布时间：2026-11-30", *lines])))
    for item in _ITEMS:
        assert item in doc.text.split("\n")


_REMINDER = ["近期，某某国进入雨季，多地登革热病例明显增加，首都及西部地区疫情较为集中。",
             "一、做好防蚊措施。外出时尽量穿着浅色长袖衣裤，在皮肤裸露处涂抹驱蚊剂。",
             "二、出现症状及时就医。如出现发热、头痛、皮疹等症状，请尽快前往正规医院就诊。",
             "如遇紧急情况，请及时拨打当地急救电话并与使馆联系。"]
_HOTLINES = ["某某国急救电话：911", "中国驻某某国使馆领事保护与协助电话：+679-3300000",
             "外交部全球领事保护与服务应急呼叫中心热线：+86-10-12308或+86-10-65612308"]


@pytest.mark.parametrize("path", ["html", "text"])
def test_an_embassys_hotline_lines_over_its_signature_stay(path: str) -> None:
    lines = [*_REMINDER, *_HOTLINES, "驻某某国使馆", "2026年11月29日"]
    title = "提醒在某某国中国公民注意防范登革热"
    doc = (clean_html(_page(title, "2026-11-29 10:15", lines)) if path == "html"
           else clean_text("\n".join([title, "2026-11-29 10:15", *lines])))
    kept = doc.text.split("\n")
    for line in [*_REMINDER, *_HOTLINES]:
        assert line in kept


_NOTES = ["老城区的菜市场一边在改造，一边在消失，有的改成了明亮整洁的生鲜市集，摊位费跟着涨了。",
          "这一期我们请来城市规划师和在菜市场卖了十五年豆腐的摊主，聊聊菜市场的变与不变。"]
_CHAPTERS = ["02:10 菜市场为什么总是被改造的对象", "09:45 一个豆腐摊一年的账本",
             "18:30 改造之后，摊主和老顾客去了哪里", "31:05 好的菜市场应该留下什么",
             "42:20 如果让你来设计家门口的菜市场"]


@pytest.mark.parametrize("path", ["html", "text"])
def test_a_programmes_chapter_list_stays(path: str) -> None:
    title = "第86期｜老城区的菜市场，正在变成什么样？"
    lines = [*_NOTES, "时间轴", *_CHAPTERS]
    doc = (clean_html(_page(title, "2026-11-26", lines)) if path == "html"
           else clean_text("\n".join([title, "2026.11.26 · 48分钟", *lines])))
    kept = doc.text.split("\n")
    for line in _CHAPTERS:
        assert line in kept
    assert "时间轴" not in doc.meta.authors  # the list's label, no writer


@pytest.mark.parametrize(("lines", "marks"), [
    (_CHAPTERS, 5),
    (["00:00 开场", "03:15 第一部分", "1:02:30 听众来信", "1:10:05 结束语"], 4),
    # a playlist's durations in no order, a feed newest first, too few marks
    (["02:31 某某活动", "01:12 某某比赛", "05:40 某某晚会", "03:05 某某展览"], 0),
    (["18:30 某某发布", "16:05 某某通报", "12:40 某某会议", "09:15 某某活动"], 0),
    (["02:10 某某", "09:45 某某", "18:30 某某"], 0),
])
def test_chapter_marks(lines: list[str], marks: int) -> None:
    assert len(chapter_marks(lines, list(range(len(lines))))) == marks


def test_a_shows_tagline_over_the_episode_is_no_headline() -> None:
    title = "第86期｜老城区的菜市场，正在变成什么样？"
    text = "\n".join(["某某FM", "城市慢半拍", "一档关于城市日常的慢节奏谈话节目 · 每周四更新", title,
                      "2026.11.26 · 48分钟 · 3.2万次收听", "倍速 1.0x下载音频",
                      "在以下平台收听：某某FM | 某某音频 | Apple Podcasts", *_NOTES])
    doc = clean_text(text)
    assert doc.meta.title == title
    assert doc.text.split("\n") == _NOTES


def test_a_folds_button_glued_after_the_last_sentence_goes() -> None:
    question = "我在县城有一间临街铺面，想改成一家社区书店，想听听真正开过店的人怎么说。"
    answer = ["谢邀。我在县城开社区书店到今年是第六年，先说结论：只靠卖书活不下去，但当成社区空间经营有机会。",
              "第二年开始，我们每周末办两场亲子阅读会，会员卡一年能卖出去三百多张，这才把账算平。"]
    doc = clean_text("\n".join(["县城开一家社区书店，现在还能活下去吗？", f"{question}显示全部", *answer]))
    assert doc.text.split("\n")[-2:] == answer
    assert "显示全部" not in doc.text


_ANSWER = ["谢邀。我在县城开社区书店到今年是第六年，先说结论：只靠卖书活不下去，但当成社区空间经营有机会。",
           "第二年开始，我们每周末办两场亲子阅读会，会员卡一年能卖出去三百多张，这才把账算平。",
           "最后提醒一句：前两年大概率是亏的，准备好至少一年的周转资金再动手。"]
_QUESTION = "县城开一家社区书店，现在还能活下去吗？"
_POST_ROW = "编辑于 2026-11-28 21:14・IP 属地湖南"


def test_another_answers_teaser_under_the_answers_dated_row() -> None:
    """(HTML: gh401 kept the next answer's writer, badge and cut-off excerpt, its 阅读全文 button
    pruned, and with them the answer's 编辑于 row above them; tests/test_gold_html.py pins the
    page.)"""
    from cleaners.chrome.blocks import teaser_under_post_row
    lines = [_QUESTION, *_ANSWER, _POST_ROW, "某某", "绘本馆前主理人",
             "我在地级市开过三年绘本馆，最后还是关了。说几点教训：一是会员卡别卖太便宜……"]
    assert teaser_under_post_row(lines, list(range(len(lines))), 0) == [5, 6, 7]


def test_a_comment_thread_each_comment_over_its_foot_goes_as_text() -> None:
    """(text: gh401's comments, each a writer, the comment and its foot 11-28 · 广东赞 46回复,
    kept the first comment as the answer's last paragraph, and no date was read.)"""
    text = "\n".join([_QUESTION, *_ANSWER, _POST_ROW, "赞同 1203分享收藏", "87 条评论", "• 某某",
                      "选址那条太真实了，我们小区门口的书店就是靠接孩子的家长活下来的。",
                      "11-28 · 广东赞 46回复", "• 某某某", "请问亲子活动一般是自己带还是请老师？",
                      "11-29 · 江西赞 12回复", "点击查看全部评论"])
    doc = clean_text(text)
    assert doc.text.split("\n") == _ANSWER
    assert doc.meta.date == "2026-11-28T21:14:00"


@pytest.mark.parametrize("after", [
    [],  # nothing under the row
    ["某某", "他在文末写道：这本书我读了三遍，每一遍都有新的体会……", "这段话后来被很多人转发。"],
])
def test_no_teaser_without_a_cut_off_excerpt_closing_the_page(after: list[str]) -> None:
    from cleaners.chrome.blocks import teaser_under_post_row
    lines = [_QUESTION, *_ANSWER, _POST_ROW, *after]
    assert teaser_under_post_row(lines, list(range(len(lines))), 0) == []


_GUESTS = ["某某某，城市规划师，长期关注社区商业更新", "某某，菜市场摊主，在老城区卖了十五年豆腐"]


@pytest.mark.parametrize("path", ["html", "text"])
def test_a_programmes_guests_under_their_label_stay(path: str) -> None:
    """(gh402 lost its shownotes' guests under 本期嘉宾 as a list of headlines.)"""
    title = "第86期｜老城区的菜市场，正在变成什么样？"
    lines = [*_NOTES, "本期嘉宾", *_GUESTS, "时间轴", *_CHAPTERS]
    doc = (clean_html(_page(title, "2026-11-26", lines)) if path == "html"
           else clean_text("\n".join([title, "2026.11.26 · 48分钟", *lines])))
    kept = doc.text.split("\n")
    for line in [*_GUESTS, *_CHAPTERS]:
        assert line in kept


@pytest.mark.parametrize(("lines", "taken"), [
    (["本期嘉宾", *_GUESTS], 3),
    (["主讲人：", "某某某，某某大学教授，研究方向为城市史"], 2),
    # headlines under a label that names no guests, or no comma after a name
    (["相关阅读", *_GUESTS], 0),
    (["本期嘉宾", "某某市召开城市更新工作推进会"], 0),
])
def test_guest_lines(lines: list[str], taken: int) -> None:
    from cleaners.chrome.blocks import guest_lines
    assert guest_lines(lines, list(range(len(lines)))) == taken


@pytest.mark.parametrize("row", ["2026.11.26 · 48分钟 · 3.2万次收听", "2026-11-26 · 1,024次播放",
                                 "2026-11-26 326人阅读"])
def test_a_count_with_its_number_first_beside_the_date_is_no_publisher(row: str) -> None:
    """(gh402's header row published the episode as 3.2万次收听.)"""
    doc = clean_html(_page("老城区的菜市场，正在变成什么样", row, _NOTES))
    assert doc.meta.source_name is None
    assert doc.meta.date == "2026-11-26"
