"""A forum thread saved as text: the opening post is the article, its first floor's row under
it (1楼 2024-… 来自Android客户端) is its date row, and the reply floors' rows are chrome."""

from __future__ import annotations

from cleaners import clean_text

POST = (
    "进入论坛  全站搜索\n"
    "骑行吧\n"
    "关注：56,210  贴子：1,204,338\n"
    "环湖骑行一天，这些补给点可以记下来\n"
    "只看楼主  收藏  回复\n"
    "绿道骑手\n"
    "楼主\n"
    "上周六沿着环湖绿道骑了一圈，全程九十多公里，路面平整，大部分路段有遮阳的行道树。"
    "早上七点出发，中午在半程的驿站吃了碗面。\n"
    "驿站里可以免费接热水，也有打气筒，需要的话可以提前在小程序上预约停车位。\n"
    "下午风比较大，建议逆时针骑，回程顺风能省不少力气。\n"
    "1楼 2024-05-20 21:40 来自Android客户端\n"
    "回复\n"
    "山风\n"
    "2楼 2024-05-21 08:12\n"
    "请问驿站几点关门？\n"
    "回复\n"
    "小周\n"
    "3楼 2024-06-02 10:05 来自iPhone客户端\n"
    "周末人多吗\n"
    "回复\n"
)


def test_first_floor_row_dates_the_opening_post() -> None:
    doc = clean_text(POST, id="thread")
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2024-05-20")
    # the client the post came from is no publisher
    assert doc.meta.source_name is None or "客户端" not in doc.meta.source_name
    assert doc.meta.title == "环湖骑行一天，这些补给点可以记下来"


def test_reply_floor_rows_and_board_counters_go() -> None:
    doc = clean_text(POST, id="thread")
    for chrome in ("来自", "楼 2024", "贴子", "只看楼主"):
        assert chrome not in doc.text
    assert "下午风比较大，建议逆时针骑，回程顺风能省不少力气。" in doc.text


def test_the_poster_is_the_publisher_and_no_replier_is_an_author() -> None:
    # the name over the 楼主 badge posted the thread (an account: the publisher); the name
    # over the first reply floor's row (山风 / 2楼 …) is a replier's, no byline
    doc = clean_text(POST, id="thread")
    assert doc.meta.source_name == "绿道骑手"
    assert doc.meta.authors == ()


def test_the_poster_printed_again_in_a_card_at_the_foot_is_still_the_publisher() -> None:
    # the poster's name also heads their card under the thread: the name over the badge is
    # then read as a card's repeat, and still names the account
    page = POST.replace("周末人多吗\n回复\n", "周末人多吗\n回复\n绿道骑手\n楼主\n骑行爱好者 吧龄5年\n")
    doc = clean_text(page, id="thread")
    assert doc.meta.source_name == "绿道骑手"
    assert "绿道骑手" not in doc.text
