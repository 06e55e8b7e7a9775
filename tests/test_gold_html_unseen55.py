"""The general defects the six saved pages of unseen templates (gold_html gh344-gh349: a 央媒
look-alike's local channel, a provincial party paper's phone page with a 点击阅读全文 fold, a
政协's meeting news, a county court's news, a 团县委's activity report, a news client's share
page with an 打开APP阅读 wall) showed, pinned on invented pages with their counterexamples. All six
came out right on both paths but one: the party paper's row of the page over the headline
(某某日报 2026年11月30日 第05版：城市) named no paper once its page label carried the section's
name, on the text path (the row with the page alone did), and on the HTML path a row of the page
over the headline was never read for its paper (the page's og:site_name happened to name it).
Variants of the share page's wall showed what stayed where the wall's button was worded
otherwise: its note of what is left (还有 62% 的内容未读), 继续阅读全文, the app link with its pitch
(APP内打开，体验更佳, 前往APP查看完整内容, APP内查看12条评论), the counters in a row (阅读 4.6万
评论 83 赞 1295, 👍 点赞 58 收藏) and a read count in 万 (已有1.2万人阅读); and when the wall hid
the rest of the text in the saved page (display:none after the shown paragraphs), that rest was
dropped, the wall's 打开APP阅读全文 not read as a fold's unfold button (展开全文 was)."""

from __future__ import annotations

from cleaners import clean_html, clean_text
from cleaners.meta import parse_date_row

_PARAS = ("一座停产二十多年的纺织厂，如今成了年轻人打卡的文创街区。记者在某某市北郊的文创街区看到，锯齿形屋顶的老厂房里人来人往。",
          "三年前，当地引入社会资本，按照“修旧如旧、最小干预”的原则，对十四栋老厂房进行改造，保留了红砖外墙和钢结构屋架。",
          "目前，街区已入驻文创、餐饮、设计等商户一百二十余家，今年以来举办市集、展览和演出二百多场，年接待游客超过一百万人次。")


def test_a_papers_row_with_its_pages_section_names_the_paper() -> None:
    for row in ("某某日报 2026年11月30日 第05版：城市", "某某日报 2026-11-30 第A03版 要闻",
                "某某晚报 2026年11月30日 第5版"):
        found = parse_date_row(row)
        assert found is not None, row
        assert (found.source_name, found.date) == (row.split()[0], "2026-11-30"), row
    # counterexamples: the row with no paper before the date names none, and a byline's row
    # still gives its reporter
    assert parse_date_row("2026年11月30日 第05版：城市") is None
    found = parse_date_row("某某日报 2026-11-30 记者 某甲")
    assert found is not None
    assert found.authors == ("某甲",)


def _text_page(row: str) -> str:
    return "\n\n".join(["返回 某某日报 栏目", row, "老旧厂房变身文创街区 年接待游客超百万人次",
                        "本报记者 某甲 2026-11-30 06:20", *_PARAS, "点击阅读全文", "责任编辑：某乙"])


def test_a_phone_pages_row_of_the_page_over_the_headline_names_the_paper_as_text() -> None:
    meta = clean_text(_text_page("某某日报 2026年11月30日 第05版：城市"), id="t").meta
    assert (meta.source_name, meta.authors) == ("某某日报", ("某甲",))


def _html_page(over: str, under: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ("<html><head><title>老旧厂房变身文创街区 - 手机版</title></head><body>"
            f"<div class='m'><div class='banci'>{over}</div><h1>老旧厂房变身文创街区</h1>"
            f"<div class='by'>本报记者 某甲{under}</div><div class='body'>{body}</div>"
            "<div class='more'>点击阅读全文</div></div></body></html>")


def test_a_phone_pages_row_of_the_page_over_the_headline_names_the_paper() -> None:
    for row in ("某某日报 2026年11月30日 第05版：城市", "某某日报 2026年11月30日 第05版"):
        meta = clean_html(_html_page(row), id="t").meta
        assert (meta.source_name, meta.date) == ("某某日报", "2026-11-30"), row
    # counterexamples: a 来源 row under the headline still names the outlet, and a header's
    # date and weekday with no page mark names no paper
    meta = clean_html(_html_page("某某日报 2026年11月30日 第05版：城市",
                                 " 来源：某某网 2026-11-30"), id="t").meta
    assert meta.source_name == "某某网"
    meta = clean_html(_html_page("某某日报 2026年11月30日 星期一"), id="t").meta
    assert meta.source_name is None


_WALL = ("还有 62% 的内容未读", "继续阅读全文", "APP内打开，体验更佳", "前往APP查看完整内容",
         "APP内查看12条评论", "阅读 4.6万 评论 83 赞 1295", "👍 点赞 58 收藏", "已有1.2万人阅读")


def test_a_share_pages_wall_goes_however_its_button_is_worded() -> None:
    for line in _WALL:
        text = "\n\n".join(["老旧厂房变身文创街区 年接待游客超百万人次", *_PARAS, line,
                            "大家都在看", "跨海大桥主塔封顶，明年底有望通车"])
        out = clean_text(text, id="t").text.splitlines()
        assert line not in out, line
        assert out[:3] == list(_PARAS), line
    # counterexamples: sentences that speak of them stay
    for line in ("还有30%的内容未读懂，他打算再看一遍。", "继续阅读全文的读者不到三成。",
                 "前往APP查看完整内容的用户越来越多。", "已有1.2万人阅读并转发了这篇倡议。"):
        text = "\n\n".join(["老旧厂房变身文创街区 年接待游客超百万人次", _PARAS[0], line, *_PARAS[1:]])
        assert line in clean_text(text, id="t").text.splitlines(), line


_STORY = ("渔港外二十海里的小岛上，一所建校六十年的小学迎来了最后一个学期，明年夏天学校将停止招生。",
          "这所小学最多的时候有三百多名学生，随着岛上年轻人陆续外出打工，学生一年比一年少。",
          "五十四岁的校长在岛上教了三十一年书。他说，现在学校只有三名老师，每个老师都要教好几门课。",
          "当地教育部门表示，岛上的适龄儿童将统一到镇中心小学就读，由政府提供免费渡船和寄宿服务。")


def _walled(button: str, rest: str = "") -> str:
    shown = "".join(f"<p>{p}</p>" for p in _STORY[:2])
    rest = rest or "".join(f"<p>{p}</p>" for p in _STORY[2:])
    return ("<html><head><title>海岛小学的最后一届毕业生</title></head><body><div class='detail'>"
            "<h1>海岛小学的最后一届毕业生</h1><div class='by'>某某晚报 记者 某甲 2026-11-28 20:14</div>"
            f"<div class='content'>{shown}<div style='display:none'>{rest}</div></div>"
            f"<div class='app-wall'><a href='javascript:callApp()'>{button}</a>"
            "<p>还有 62% 的内容未读</p></div></div></body></html>")


def test_the_rest_a_share_pages_app_wall_hides_is_the_article() -> None:
    for button in ("打开APP阅读全文", "APP内查看全文", "打开客户端，继续阅读"):
        assert clean_html(_walled(button), id="t").text.splitlines() == list(_STORY), button
    # counterexamples: a wall that opens no text (打开APP领红包) unfolds nothing, nor does the
    # wall under a hidden copy of the shown paragraphs
    assert clean_html(_walled("打开APP领红包"), id="t").text.splitlines() == list(_STORY[:2])
    copy = "".join(f"<p>{p}</p>" for p in _STORY[:2])
    assert clean_html(_walled("打开APP阅读全文", copy), id="t").text.splitlines() == list(
        _STORY[:2])
