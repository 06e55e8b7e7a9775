"""The general shapes the twenty-eighth batch of unseen families (tests/fixtures/gold_like/gl232-gl236,
chrome of clients and platforms) and their variants showed our text path getting wrong, each
checked on an invented page: a paid community's post whose marks share one row (星主 · 精华)
under its date, kept as the text's first line and pushing the poster's name into the title;
the poster's name over the owner's badge (星主), not read as the publisher as a thread's over
楼主 is; the community's join button with its price (加入星球 ¥199/年) read as the title when no
other chrome stood around it."""

from __future__ import annotations

from cleaners import clean_text

_POST = ["今年夏天我去了一个农业县，它的产业园三年前只有几家小厂，如今已有四十多家企业入驻。",
         "跟园区管委会聊下来，我觉得它做对了三件事，下面一件一件说。"]


def test_a_posts_marks_on_one_row_are_no_text_and_no_title() -> None:
    page = ["某某研究社", "成员 3862  主题 1205", "某某说县域", "2025年10月21日 21:40",
            "星主 · 精华", "一个县城的产业园做对了什么", *_POST, "点赞 56  评论 12"]
    doc = clean_text("\n".join(page), id="community")
    assert doc.text.split("\n") == _POST
    assert doc.meta.title == "一个县城的产业园做对了什么"
    # the marks alone on their lines are read alike
    page[4:5] = ["星主", "精华"]
    assert clean_text("\n".join(page), id="community").text.split("\n") == _POST


def test_a_posters_name_over_its_owner_badge_is_the_publisher() -> None:
    """A community's post prints its poster over the owner's badge (星主), as a thread does over
    楼主: the name, a short line above the headline, is the publisher, not chrome alone."""
    page = ["某某研究社", "成员 3862  主题 1205", "加入星球 ¥199/年", "某某说县域", "星主",
            "2025年10月21日 21:40", "一个县城的产业园做对了什么", *_POST, "点赞 56  评论 12"]
    doc = clean_text("\n".join(page), id="community")
    assert doc.text.split("\n") == _POST
    assert doc.meta.source_name == "某某说县域"
    assert [r.rule for r in doc.removals if r.text == "某某说县域"] == ["account"]
