"""chrome.blocks: what a page prints again as its pictures' alt text. headline_echo: the
headline inside the article, alone or with a caption glued to it. watermark: the outlet's name
alone on a line, again and again, when a metadata row of the page names that outlet. Other
repeated lines stay."""

from __future__ import annotations

import pytest

from cleaners import Doc
from cleaners.chrome.blocks import PageBlocks

PARA = "记者近日走访了多个社区，了解到各项便民服务已经覆盖全区，居民对此普遍表示满意。"
MORE = "据介绍，下一步将继续完善服务网点布局，让群众在家门口就能办成更多事情。"


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        (["某某游戏网新版本上线", "2019-09-05 11:10 某某星空[整理] 1", PARA, "某某星空", MORE,
          "某某星空", PARA], ["某某星空", "某某星空"]),
        (["标题在这里写着", "来源：某某日报 2020-03-09", PARA, "某某日报", MORE, "某某日报"],
         ["某某日报", "某某日报"]),
    ],
)
def test_outlet_name_as_picture_alt_removed(lines: list[str], gone: list[str]) -> None:
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals if r.rule == "watermark"] == gone
    assert not any(line in gone for line in doc.text.split("\n"))


@pytest.mark.parametrize(
    "lines",
    [
        # once only: one picture's alt text cannot be told from a one-word line
        ["标题在这里写着", "2019-09-05 11:10 某某星空", PARA, "某某星空", MORE],
        # a speaker's name repeated in an interview: no row names it as the source
        ["访谈标题在这里", "2020-01-01 10:00 来源：某某日报", "张某某", PARA, "张某某", MORE],
        # the same short line twice, no outlet named anywhere
        ["标题在这里写着", PARA, "答记者问", MORE, "答记者问", PARA],
        # the site's own body heads the page and signs its notice over the notice's date
        ["某某市应急管理局", "关于一起事故的通报", "来源：某某市应急管理局 2024-09-18", PARA, MORE,
         "某某市应急管理局", "2024年9月18日"],
    ],
)
def test_other_repeated_lines_kept(lines: list[str]) -> None:
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert not [r for r in doc.removals if r.rule == "watermark"]


def test_a_notice_signed_by_the_site_s_body_keeps_its_signature() -> None:
    from cleaners import clean_text

    page = "\n".join(["某某市应急管理局", "首页 > 通知公告 > 正文", "关于一起事故的通报",
                      "来源：某某市应急管理局  发布时间：2024-09-18", PARA, MORE,
                      "某某市应急管理局", "2024年9月18日", "（此件公开发布）"])
    assert clean_text(page, id="d").text.split("\n")[-3:] == [
        "某某市应急管理局", "2024年9月18日", "（此件公开发布）"]


HEADLINE = "耗电成芯片掣肘 某某新机半天不到需充电"
HEAD = [HEADLINE, "2019-09-25 10:20 来源：某某网"]


@pytest.mark.parametrize(
    "line",
    [HEADLINE, f"{HEADLINE}运营商某次活动上展示的芯片", f"{HEADLINE}图片来源：某某图库"],
)
def test_headline_echo_removed(line: str) -> None:
    doc = PageBlocks()(Doc(id="d", text="\n".join([*HEAD, PARA, line, MORE, PARA])))
    assert [r.text for r in doc.removals if r.rule == "headline_echo"] == [line]


@pytest.mark.parametrize(
    "line",
    [f"{HEADLINE}，记者从某某公司获悉，新机将于下月上市。",  # a lead restating the headline
     f"{HEADLINE}的说法在网上流传了很久，但是并不准确。",
     "某某新机半天不到需充电"],  # a part of the headline is no copy of it
)
def test_lines_like_the_headline_kept(line: str) -> None:
    doc = PageBlocks()(Doc(id="d", text="\n".join([*HEAD, PARA, line, MORE, PARA])))
    assert not [r for r in doc.removals if r.rule == "headline_echo"]


def test_a_signature_like_the_site_s_name_over_its_date_kept() -> None:
    """The site's body heads the page over its date widget (a headline's shape over a date
    row) and signs the notice over the notice's date: the signature is no picture's alt
    text. The same name over a paragraph (no date under it) is still a copy."""
    top = ["某某市公安局某某分局", "2025年11月20日 星期四 天气：晴", "关于悬赏征集线索的通告",
           "发布时间：2025-11-20 来源：某某市公安局某某分局"]
    signed = PageBlocks()(Doc(id="d", text="\n".join(
        [*top, PARA, MORE, "某某市公安局某某分局", "2025年11月20日"])))
    assert not [r for r in signed.removals if r.rule == "headline_echo"]
    copied = PageBlocks()(Doc(id="d", text="\n".join(
        [*top, PARA, "某某市公安局某某分局", MORE, PARA])))
    assert [r.text for r in copied.removals if r.rule == "headline_echo"] == ["某某市公安局某某分局"]


SUMMARY = "某某市今年新建改建城市公园三十座，居民步行十五分钟即可到达一处公园。"
LEAD = SUMMARY + "市园林局负责人介绍，新建公园以口袋公园为主。"


@pytest.mark.parametrize(("lines", "gone"), [
    # a labelled summary that the first paragraph opens with
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", "摘要：" + SUMMARY, LEAD, PARA, MORE],
     ["摘要：" + SUMMARY]),
    # unlabelled, a line the first paragraph opens with may be the article's own: it stays
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", SUMMARY, LEAD, PARA, MORE], []),
    # labelled, printed again further down
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", "导读：" + SUMMARY, PARA, MORE, SUMMARY],
     ["导读：" + SUMMARY]),
    # unlabelled and printed again alone: the article's own line twice (a refrain) stays
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", SUMMARY, PARA, MORE, SUMMARY], []),
    # the lead copies it after its dateline (本报讯, 某某社…电), the label may be 导语
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", "导语：" + SUMMARY,
      "本报讯（记者 某某某）" + LEAD, PARA, MORE], ["导语：" + SUMMARY]),
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", "【导语】" + SUMMARY,
      "某某社某某4月2日电 " + LEAD, PARA, MORE], ["【导语】" + SUMMARY]),
    # a lead that opens with words of its own before the copy: the summary stays
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", "导语：" + SUMMARY,
      "好消息传来，" + LEAD, PARA, MORE], []),
    # a summary in words of its own stays (the article does not print it again)
    (["某某市公园建设提速", "2024-04-02 来源：某某日报", "摘要：" + MORE, LEAD, PARA], []),
])
def test_a_summary_the_article_prints_again_goes(lines: list[str], gone: list[str]) -> None:
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals if r.rule == "summary_echo"] == gone
