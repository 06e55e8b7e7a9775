"""A person's card saved as text (the writer's, the reviewing doctor's): the name alone or with a
title, a line or two on the person, between the chrome above it and its follow or ask button
(gold_html --text: a health portal's reviewer card, a tech site's author card)."""

from __future__ import annotations

from cleaners import clean_text
from cleaners.chrome.blocks import person_cards

_HEAD = "某某网\n\n冬天手脚总是冰凉，是身体出了问题吗？\n\n2025-12-02 09:15 来源：某某健康网 作者：苏某某\n\n"
_BODY = ("\n天气一冷，不少人就开始手脚冰凉，穿了厚袜子、戴了手套也不管用，这到底是怎么回事？\n\n"
         "其实，手脚冰凉多数是身体的一种自我保护。气温降低时，血管收缩，减少热量散失。\n\n"
         "医生提醒，如果手脚冰凉持续时间长、越来越重，应及时到医院就诊，查明原因。\n")


def test_a_reviewer_card_over_its_ask_button_goes() -> None:
    card = "审核专家\n\n沈某某 主任医师\n\n某某市第一人民医院 心血管内科\n\n向TA提问\n"
    doc = clean_text(_HEAD + card + _BODY, id="t")
    assert "主任医师" not in doc.text
    assert "心血管内科" not in doc.text
    assert doc.text.startswith("天气一冷")


def test_an_author_card_over_its_follow_button_goes() -> None:
    card = ("\n分享到：微信微博复制链接\n\n周某某\n\n某某网智能家居频道编辑，关注扫地机器人与全屋智能。\n\n"
            "文章 1,286 粉丝 3.6万\n\n+ 关注\n")
    doc = clean_text(_HEAD + _BODY + card, id="t")
    assert "频道编辑" not in doc.text
    assert doc.text.endswith("查明原因。")


def test_no_button_under_it_no_card() -> None:
    bare = ["分享到：微信", "", "周某某", "", "这是一段正文。"]
    assert person_cards(bare, [2, 4], {0: bare[0]}, {}) == set()
    # a button under it, but a line no name opens: the article's, not a card
    bare = ["分享到：微信", "", "城区新建公园十二座", "", "关注"]
    assert person_cards(bare, [2], {0: bare[0], 4: "关注"}, {4: "关注"}) == set()
    # a name over a long paragraph: no card's line
    long_line = "某" * 80
    bare = ["分享到：微信", "周某某", long_line, "关注"]
    assert person_cards(bare, [1, 2], {0: bare[0], 3: "关注"}, {3: "关注"}) == set()


# gl469's shape: the writer's card between the headline and the date row, opened by the
# avatar's alt text that says whose it is (作者头像 / name / post / + 关注 / counts).
_TOP = "某某日报\n\n便民服务贵在一个“便”字\n\n"
_DATED = "\n2025-04-22 07:30　来源：某某日报\n\n"


def test_the_writers_card_over_the_date_row_names_the_author() -> None:
    card = "作者头像\n吴某桐\n某某市委党校教研部讲师\n+ 关注\n文章 36　粉丝 1208\n"
    doc = clean_text(_TOP + card + _DATED + _BODY, id="t")
    assert doc.meta.authors == ("吴某桐",)
    assert "教研部讲师" not in doc.text
    assert doc.text.startswith("天气一冷")


def test_a_card_no_writers_avatar_labels_names_no_author() -> None:
    # Counterexamples: a bare avatar (头像), a reviewer's label, or a user's avatar over the
    # card: whose card it is is not said, so no author is read off it.
    for label in ("头像", "审核专家", "用户头像"):
        card = f"{label}\n吴某桐\n某某市委党校教研部讲师\n+ 关注\n"
        doc = clean_text(_TOP + card + _DATED + _BODY, id="t")
        assert doc.meta.authors == (), label
