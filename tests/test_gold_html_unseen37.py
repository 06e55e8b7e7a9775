"""The general defects the ad-heavy saved HTML pages (gold_html gh234-gh237) showed, each pinned
on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_NEWS = ("区里今年改造了八条背街小巷，新铺雨水管和污水管三公里，沿街居民九百余户受益。",
         "施工单位实行分段封闭、错时作业，尽量减少对居民出行的影响。",
         "明年区里还将启动第二批小巷的改造，计划在六月底前完成设计和招标工作。")


def _page(box: str) -> str:
    # a portal's article with one box between its second and third paragraphs
    return ("<html><head><meta charset='utf-8'><title>背街小巷改造</title></head><body>"
            "<div class='content'><h1>背街小巷改造</h1>"
            f"<p>{_NEWS[0]}</p><p>{_NEWS[1]}</p>{box}<p>{_NEWS[2]}</p></div></body></html>")


_CARD = ("<div class='card'><span class='lab'>{label}</span><a href='https://x.example/l'>"
         "<h3>春季家装节开幕 百款座椅直降千元</h3><p>专业团队免费上门测量，前一百名下单再送地垫。</p>"
         "</a></div>")


def test_a_box_under_its_own_ad_label_goes_whatever_its_class() -> None:
    # a sponsored card (推广 over a linked headline and blurb), an iframe slot under 广告, a
    # banner image with its corner label after it, the label in traditional script
    for box in (_CARD.format(label="推广"),
                "<div class='slot'><div>广告</div><iframe src='https://x.example/s'></iframe></div>",
                "<div class='box'><a href='https://x.example/c'><img src='b.jpg' alt=''></a>"
                "<span>广告</span></div>",
                _CARD.format(label="廣告")):
        doc = clean_html(_page(box), id="t")
        assert doc.text.splitlines() == list(_NEWS), box
        assert [r.rule for r in doc.removals if r.rule == "labelled_ad"] == ["labelled_ad"]


def test_a_box_with_words_of_its_own_beside_the_label_stays() -> None:
    # counterexamples: the article's box whose words are no link under a 推广 heading, a label
    # word as a line of a box holding a sentence in its text, a box of the label alone
    told = ("<div class='note'><span>推广</span><p>今年全区推广“小巷管家”做法，"
            "由居民轮流记录小巷问题。</p></div>")
    doc = clean_html(_page(told), id="t")
    assert "由居民轮流记录小巷问题。" in doc.text
    assert not [r for r in doc.removals if r.rule == "labelled_ad"]
    inline = "<div class='note'><b>推广</b>小巷管家做法在全区铺开。<a href='/a'>详情</a></div>"
    doc = clean_html(_page(inline), id="t")
    assert not [r for r in doc.removals if r.rule == "labelled_ad"]


_LONG = ("合作社理事长说，平台上线后，机器的利用率提高了一倍多，一台插秧机一季能服务一千多亩地，"
         "机手的收入也跟着涨了，农户每亩的插秧费用也比以前便宜了十几元。")
_LONG2 = ("截至目前，全县已有四十二家农机合作社接入平台，去年完成各类作业订单三万多单，"
          "服务面积超过四十万亩，覆盖了全县八成以上的小农户和家庭农场。")
_LAST = "县里有关负责人表示，今年将把烘干、育秧等环节也纳入平台，让小农户从种到收都能用上。"
# an inline feed as a browser saves it: its items one a line under their headings
_FEED = ["猜你喜欢×",
         "  • 今年最值得种的五种经济作物\n种植达人3.4万阅读2小时前\n"
         "  • 农村这三类人可以领补贴\n乡村政策通8.1万阅读昨天",
         "为你推荐", "  • 无人机飞防一天能干多少亩\n科技兴农5623阅读3天前", "查看更多推荐"]
_AFTER = ["本文为作者原创，未经授权不得转载。", "赞 326收藏分享", "评论 48", "田间的风",
          "我们村也有了，确实方便多了", "写评论...", "相关推荐",
          "  • 春耕时节，看智慧农业如何落地\n  • 高标准农田建设提速，今年新建千万亩",
          "某某资讯 © 2026 用户协议 隐私政策"]


_OPEN = ("五月初的县里，早稻插秧进入最忙的时候。在一片水田里，一台插秧机来回穿梭，不到半天就插完了"
         "二十多亩，机手告诉记者，这台机器是村里农机合作社共享出来的。",
         "过去，当地小农户种地最怕农忙时找不到机器。大户自己买得起农机，散户只能排队等、花高价"
         "请人，有时候一等就是好几天，误了农时。",
         "前年起，县里推动农机合作社搭建线上预约平台，农户在手机上就能下单预约耕地、插秧、植保和"
         "收割服务，合作社统一调度机手和机器。")


def _saved(last: list[str]) -> str:
    # a page saved as text: three paragraphs, an inline feed, the rest of the article, then a
    # comment and related headlines
    blocks = ["稻田里的共享农机", "2026-05-09 07:30", *_OPEN, *_FEED, _LONG, _LONG2, *last,
              *_AFTER]
    return "\n\n".join(blocks) + "\n"


def test_a_short_last_paragraph_under_the_article_after_an_inline_feed_stays() -> None:
    from cleaners import clean_text
    doc = clean_text(_saved([_LAST]), id="t")
    lines = doc.text.splitlines()
    assert lines[-3:] == [_LONG, _LONG2, _LAST]
    assert not {"田间的风", "我们村也有了，确实方便多了"} & set(lines)


def test_headlines_under_the_last_paragraph_still_go() -> None:
    # counterexample: the line under the last paragraph is a headline with no stop
    from cleaners import clean_text
    doc = clean_text(_saved(["今年将把烘干育秧等环节也纳入平台"]), id="t")
    lines = doc.text.splitlines()
    assert lines[-2:] == [_LONG, _LONG2]
    assert not {"田间的风", "我们村也有了，确实方便多了"} & set(lines)


@pytest.mark.parametrize(("bare", "chrome", "pitch"), [
    # a digest's heading (早餐, 早报) the chrome took, its pitch, the box's button it took
    (["订阅某某晨报早餐", "每天七点，十条本地新闻送到你的邮箱。", "", "立即订阅"],
     {0: "订阅某某晨报早餐", 3: "立即订阅"}, [1]),
    (["订阅某某早报", "每天早上，掌握最新本地新闻", "立即订阅"], {0: "订阅某某早报", 2: "立即订阅"}, [1]),
    # the heading still in the text (no line rule took it): it goes with its pitch
    (["订阅某某晨报早餐", "", "每天七点，十条本地新闻送到你的邮箱。", "", "立即订阅"],
     {4: "立即订阅"}, [0, 2]),
    # counterexamples: the heading in the text with no button under the line; a sentence
    # naming a paper (订阅某某日报的读者) is no heading
    (["订阅某某早报", "市民可在官网订阅。", "分享"], {2: "分享"}, []),
    (["欢迎订阅某某日报", "每天七点送达。", "立即订阅"], {2: "立即订阅"}, []),
])
def test_a_digests_subscribe_box_goes_by_its_heading_and_button(
        bare: list[str], chrome: dict[int, str], pitch: list[int]) -> None:
    from cleaners.chrome.blocks import _subscribe_pitch
    bare = ["" if i in chrome else ln for i, ln in enumerate(bare)]
    assert _subscribe_pitch(bare, chrome, set()) == pitch


@pytest.mark.parametrize(("bare", "chrome", "card"), [
    # a sponsored card saved as text: label, headline, blurb, its call to action
    (["推广", "", "春季家装节开幕 百款座椅直降千元", "", "专业团队免费上门测量，再送地垫。", "",
      "了解详情 >"], {}, [0, 2, 4, 6]),
    # the action taken by the chrome as a button's label; the label in traditional script
    (["廣告", "新款智能門鎖 限時八折", "立即購買"], {2: "立即購買"}, [0, 1]),
    # counterexamples: a label over a paragraph, no action under it; an action too far under
    (["推广", "今年全区推广“小巷管家”做法，由居民轮流记录小巷问题，街道每周汇总一次，"
      "再分派给相关部门限期解决，群众满意度明显提升。", "了解详情 >"], {}, []),
    (["广告", "甲", "乙", "丙", "丁", "了解详情"], {}, []),
])
def test_a_sponsored_card_saved_as_text_goes_by_its_label_and_action(
        bare: list[str], chrome: dict[int, str], card: list[int]) -> None:
    from cleaners.chrome.blocks import _sponsored_card
    bare = ["" if i in chrome else ln for i, ln in enumerate(bare)]
    assert _sponsored_card(bare, chrome) == card
