"""Two fields htmlunseen67's pages (gold_html gh401, gh402) left wrong, read on the HTML path:

- a Q&A page's one answer printed whole, the next folded under it: its writer, a link in the
  answer's author box (AuthorInfo, UserLink) over its vote count, was pruned as chrome; the
  thread of answers stood one box further out than the container's boxes were looked through;
- a podcast episode's page named its publisher only as its JSON-LD's author, an Organization,
  and in its footer as whose the site is (某某广播电视台主办): no row, no og:site_name.

A new page (gh404, a recipe community's recipe) lost its seven steps, each a numbered sentence
under its own picture (1. 牛腩切块，…。), read as the pictures' captions.
"""

from __future__ import annotations

import json

import pytest

from cleaners import clean_html

_QUESTION = "小城市开一家修车铺，现在还赚钱吗？"
_ANSWER = ["我在一个地级市开修车铺七年了，先说结论：能赚钱，但赚的是辛苦钱，靠的是回头客。",
           "刚开业头一年，每天只有三四辆车，房租和两个师傅的工资就压得人喘不过气。",
           "后来我们把保养价格公开贴在墙上，不乱加项目，慢慢有了口碑，老客户会介绍亲戚朋友来。",
           "一、先算清楚账。铺面租金、工具设备、配件压货，开业前至少准备二十万，头半年基本不挣钱。",
           "二、师傅比门面重要。一个靠谱的老师傅能撑起半个店，工资给足，别让他被别家挖走。",
           "三、别跟连锁店拼价格。小店拼的是熟人和方便，车主愿意多花十块钱找个信得过的人。",
           "四、做好记录。每辆车修了什么、换了什么配件都记下来，下次来的时候一看就知道该提醒什么。",
           "如果你手上有技术、愿意起早贪黑，这行还能做；只想投钱当老板的话，我劝你慎重。"]


def _answer_page(writer: str, next_writer: str, commenter: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _ANSWER)
    return (f"<html><head><title>{_QUESTION} - 某问答</title></head><body>"
            "<header><a href='/'>首页</a><a href='/hot'>热榜</a><button>登录</button></header>"
            f"<main><div class='QPage'><div class='QHead'><h1>{_QUESTION}</h1></div>"
            "<div class='QMain'><div class='QColumn'>"
            "<div class='Card AnswerCard'><div class='Item AnswerItem'>"
            "<div class='Item-meta'><div class='AuthorInfo'><img class='Avatar' src='a.jpg'>"
            "<div class='AuthorInfo-content'><div class='AuthorInfo-name'>"
            f"<a class='UserLink-link' href='/people/a1'>{writer}</a></div>"
            "<div class='AuthorInfo-badge'>在城郊开了七年修车铺</div></div>"
            "<button class='FollowButton'>+ 关注</button></div>"
            "<div class='voteup'>356 人赞同了该回答</div></div>"
            f"<div class='Rich'><div class='Rich-inner'><span class='RichText'>{body}</span></div>"
            "<figure><img src='p.jpg'><figcaption>店门口</figcaption></figure></div>"
            "<div class='Item-time'>发布于 2026-10-12 20:31</div>"
            "<div class='Item-actions'><button>赞同 356</button><button>12 条评论</button></div>"
            "</div><div class='Comments'><ul class='CommentList'>"
            f"<li><span class='CommentItem-author'><a class='UserLink-link' href='/people/c1'>"
            f"{commenter}</a></span><p>说得实在，我们这边也是靠老客户。</p>"
            "<span>10-13 · 江苏</span></li>"
            f"<li><span class='CommentItem-author'><a class='UserLink-link' href='/people/c2'>"
            "路过的人</a></span><p>请问师傅工资一般怎么算？</p><span>10-14 · 山东</span></li>"
            "</ul></div></div>"
            "<div class='Card AnswerCard More'><div class='Item AnswerItem'>"
            f"<div class='AuthorInfo-name'><a class='UserLink-link' href='/people/a2'>{next_writer}"
            "</a></div><div class='Rich is-collapsed'>开过三年洗车店，说几点教训……"
            "<button>阅读全文</button></div><button>赞同 88</button></div></div>"
            "</div></div></div></main><footer>© 2026 某问答</footer></body></html>")


@pytest.mark.parametrize(("writer", "next_writer", "commenter"),
                         [("程远山", "许青禾", "白露为霜"), ("Mia Chen", "老周", "阿凯")])
def test_the_one_answers_writer_in_its_author_box_is_its_author(
        writer: str, next_writer: str, commenter: str) -> None:
    doc = clean_html(_answer_page(writer, next_writer, commenter))
    assert _ANSWER[0] in doc.text
    assert list(doc.meta.authors) == [writer]
    for other in (next_writer, commenter, "路过的人"):
        assert other not in doc.text


_EPISODE = "第12期｜旧书摊还在吗？"
_NOTES = ["这一期我们去了城东的旧书市场，和三位摆了二十多年书摊的摊主聊了聊。",
          "从一本旧课本的价钱说起，聊到网上卖书以后，书摊的生意和客人都变了什么。"]


def _episode_page(author: dict[str, str], footer: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "PodcastEpisode",
                     "name": _EPISODE, "datePublished": "2026-09-03T08:00:00+08:00",
                     "author": author}, ensure_ascii=False)
    body = "".join(f"<p>{p}</p>" for p in _NOTES)
    return (f"<html><head><title>{_EPISODE} - 慢慢听</title>"
            f"<script type='application/ld+json'>{ld}</script></head><body>"
            "<nav><a href='/'>首页</a><a href='/podcast'>播客</a></nav>"
            f"<article><h1>{_EPISODE}</h1><div class='meta'>2026.09.03 · 36分钟</div>"
            f"<div class='notes'><h2>节目简介</h2>{body}</div></article>"
            f"<footer><p>{footer}</p><p>某ICP备12345678号</p></footer></body></html>")


@pytest.mark.parametrize(("name", "footer"), [
    ("某某市广播电视台", "某某市广播电视台主办　信息网络传播视听节目许可证：0000000号"),
    ("某某之声传媒有限公司", "主办单位：某某之声传媒有限公司"),
    ("某某县融媒体中心", "Copyright © 2020-2026 某某县融媒体中心 版权所有"),
])
def test_a_jsonld_author_body_the_footer_says_owns_the_site_publishes(
        name: str, footer: str) -> None:
    doc = clean_html(_episode_page({"@type": "Organization", "name": name}, footer))
    assert doc.meta.source_name == name


@pytest.mark.parametrize(("author", "footer"), [
    # the footer's owner is another body: the two do not agree
    ({"@type": "Organization", "name": "某某音频工作室"}, "某某市广播电视台主办"),
    # a person is an author, never the publisher
    ({"@type": "Person", "name": "许念"}, "版权所有：许念"),
    # the body named in the footer for no ownership (an award, a partner)
    ({"@type": "Organization", "name": "某某音频工作室"}, "合作伙伴：某某音频工作室"),
])
def test_no_publisher_where_the_jsonld_author_and_the_footer_do_not_agree(
        author: dict[str, str], footer: str) -> None:
    doc = clean_html(_episode_page(author, footer))
    assert doc.meta.source_name is None


def _steps_page(lines: list[str]) -> str:
    items = "".join(f"<li><div class='pic'><img src='s{k}.jpg' width='320'></div><p>{line}</p></li>"
                    for k, line in enumerate(lines, 1))
    return ("<html><head><title>番茄炒蛋的做法</title></head><body><nav><a href='/'>首页</a></nav>"
            "<div class='recipe'><h1>番茄炒蛋的做法</h1>"
            "<p>番茄炒蛋是最家常的一道菜，酸甜开胃，十分钟就能端上桌，新手也很容易学会。</p>"
            f"<h2>做法步骤</h2><ol>{items}</ol>"
            "<p>鸡蛋不要炒太老，凝固了就盛出来，最后回锅时才会嫩。</p></div>"
            "<footer>© 2026 某某美食</footer></body></html>")


_STEPS = ["1. 番茄洗净切块，鸡蛋打散，加一点盐搅匀。", "2. 锅里多放些油，倒入蛋液炒到凝固后盛出。",
          "3. 锅里再放少许油，下番茄块翻炒出汁。", "4. 倒入炒好的鸡蛋，加盐和少许糖翻匀即可出锅。"]


def test_a_how_tos_numbered_steps_under_their_pictures_are_its_text() -> None:
    doc = clean_html(_steps_page(_STEPS))
    for step in _STEPS:
        assert step in doc.text.split("\n")


@pytest.mark.parametrize("lines", [
    # numbered out of order: no run of steps 1, 2, 3
    ["2. 市民在广场上观看演出。", "1. 志愿者为老人测量血压。", "3. 孩子们在展台前合影。"],
    # only two numbered lines
    ["1. 市民在广场上观看演出。", "2. 志愿者为老人测量血压。", "孩子们在展台前合影。"],
])
def test_numbered_lines_under_pictures_not_in_order_stay_captions(lines: list[str]) -> None:
    doc = clean_html(_steps_page(lines))
    assert not any(line in doc.text.split("\n") for line in lines if line[0] in "12")
