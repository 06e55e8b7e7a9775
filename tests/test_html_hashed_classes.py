"""Comment lists and recommendation feeds found by their shape when every class and id is a
hash a build tool wrote (class="_3xK9a", css-1q2w3e), so no class word names them."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from cleaners import clean_html
from cleaners.html.dom import find_main, parse_html
from cleaners.html.feeds import feed_items

from .test_html_page_shapes import check_page

PAGES = Path(__file__).parent / "fixtures" / "html_shapes"
_ATTR = re.compile(r"""(\s(?:class|id)\s*=\s*)("[^"]*"|'[^']*')""")


def _hashed(html: str) -> str:
    """Every class/id token replaced by a hash of it (no page here styles by them)."""
    def token(m: re.Match[str]) -> str:
        names = m.group(2)[1:-1].split()
        return m.group(1) + '"' + " ".join(
            "_" + hashlib.md5(n.encode()).hexdigest()[:6] for n in names) + '"'
    return _ATTR.sub(token, html)


def test_a_comment_list_longer_than_the_article_goes_by_its_shape() -> None:
    # six comments, each a user's name, a time (3小时前, 昨天 22:17, 刚刚) and buttons (举报,
    # 回复, 赞), inside the article's own wrapper and longer than the article: they stayed
    # after it, names and all, with the heading above them
    check_page("hashed_comment_list",
               {"title": "某某市老旧小区加装电梯提速 今年将完成三百部", "date": "2026-03-02T09:15:00",
                "source_name": "某某晚报", "authors": ()},
               ["记者从某某市", "据介绍", "市住建局"])


def test_a_feed_of_dated_teasers_goes_with_its_heading() -> None:
    # a run of blocks each a thumbnail, a linked headline, a summary and a date: the text
    # path cut the teasers, but the box's heading (看点) stayed as the last line
    check_page("hashed_feed_list",
               {"title": "春耕时节无人机植保服务走俏 一台每天作业三百亩", "date": "2026-03-18T16:40:00",
                "source_name": "某某农业网", "authors": ()},
               ["眼下正值", "合作社负责人", "县农业农村局"])


def test_a_related_list_of_linked_headlines_and_summaries_goes_without_dates() -> None:
    # four blocks each a linked headline and its one-sentence summary, no date, no heading:
    # they stayed glued into four lines of prose after the article
    check_page("hashed_related_teasers",
               {"title": "国产工业相机加速替代 中小厂商瞄准细分场景", "date": "2026-04-09T10:12:00",
                "source_name": None, "authors": ()},
               ["随着制造业", "业内人士", "有厂商负责人"])


def test_a_list_of_linked_documents_between_the_article_s_paragraphs_stays() -> None:
    # a policy explainer's list of documents, each a linked title and its one-line summary:
    # the shape of a related list, but the article's sentences introduce it and go on after
    # it; the four documents were cut as a feed
    check_page("policy_linked_documents",
               {"title": "一图读懂：我市稳就业政策措施", "date": "2026-04-08T16:30:00",
                "source_name": "某某新闻网", "authors": ()},
               ["为帮助企业", "关于进一步做好", "明确对吸纳", "某某市援企稳岗", "对不裁员",
                "关于支持灵活", "灵活就业人员", "某某市职业技能", "对参加职业", "市人社局提醒"])


def test_a_timeline_of_dated_linked_documents_keeps_its_first_date() -> None:
    # dated entries each a linked document between the article's paragraphs: cut as a feed
    # once; then the first entry's date, within the top lines, went as the page's date line
    # though a sentence of the body stood above it
    check_page("timeline_linked_documents",
               {"title": "某某河流域治理十年大事记", "date": "2026-06-01T10:00:00",
                "source_name": "某某新闻网", "authors": ()},
               ["十年来", "2016-03-12", "某某河流域综合", "2018-07-05", "流域生态", "2021-11-20",
                "某某河干流", "2025-09-30", "流域治理条例", "下一步"])


def test_a_digest_whose_linked_headlines_are_the_whole_article_is_kept() -> None:
    # 今日要闻: five linked headlines each with its summary and no other sentence on the
    # page; cut as a related list, the page was dropped with no text
    check_page("digest_linked_headlines",
               {"title": "今日要闻：一图速览今天的重要新闻", "date": "2026-03-15T07:00:00"},
               ["全国春季", "会议要求", "某某省出台", "措施涵盖", "国内首条", "隧道全长", "多地公布",
                "大部分地区", "某某博物馆", "新馆展出"])


def test_a_short_brief_s_related_list_still_goes() -> None:
    # one sentence of news is short, but it is a sentence: the list beside it is a feed
    related = "".join(_RELATED.format(n) for n in range(1, 5))
    doc = clean_html(f"<html><body><div><h1>某某公司新线投产</h1><p>某某公司发布公告称，新的生产线"
                     f"已于今日正式投产。</p></div><ul>{related}</ul></body></html>", id="t")
    assert doc.text == "某某公司发布公告称，新的生产线已于今日正式投产。"


def test_a_labelled_teaser_after_the_article_goes_headline_and_summary() -> None:
    # a box closing the article: a label (延伸 · 推荐) over one linked headline and its
    # summary; too short a run for a feed, it stayed as two lines after the article
    check_page("hashed_labelled_teaser",
               {"title": "某某市启用智慧停车平台 全市两万个泊位可在线查询",
                "date": "2026-05-12T09:30:00", "source_name": "某某城市网", "authors": ()},
               ["记者从某某市", "市民通过手机", "交通运输局相关"])
    doc = clean_html((PAGES / "hashed_labelled_teaser.html").read_bytes(), id="t")
    assert [r.rule for r in doc.removals if r.rule == "teaser_box"] == ["teaser_box"]


def test_the_article_s_labelled_sections_with_links_stay() -> None:
    # a labelled list of linked titles with the article's prose after it, and a last section
    # labelled 相关链接 whose paragraph is a sentence with a link among its words: the
    # article's own, no teaser box
    check_page("hashed_linked_sections_stay",
               {"title": "某某市全民阅读月启动 百场活动走进社区", "date": "2026-04-23T10:00:00",
                "source_name": "某某文化网", "authors": ()},
               ["4月23日", "主办方介绍", "市民可登录"])
    doc = clean_html((PAGES / "hashed_linked_sections_stay.html").read_bytes(), id="t")
    assert not [r for r in doc.removals if r.rule == "teaser_box"]


_PROSE = "<p>某某市智慧停车平台日前正式上线，首批接入的公共停车场和道路泊位共计两万余个。</p>"
_TEASER_BOX = ("<div><div>{label}</div><div><p><a href='/n/1.html'>老旧小区停车位改造提速 今年新增"
               "车位三千个</a></p><p>今年以来，某某市改造新增停车位三千个，缓解了停车紧张的状况。</p>"
               "</div></div>")


@pytest.mark.parametrize(("body", "pruned"), [
    (_PROSE * 3 + _TEASER_BOX.format(label="相关阅读"), True),
    # the label names no related reading: a box of the article's (背景资料)
    (_PROSE * 3 + _TEASER_BOX.format(label="背景资料"), False),
    # the article goes on after the box: a section of it
    (_PROSE * 2 + _TEASER_BOX.format(label="相关阅读") + _PROSE, False),
    # linked headlines with no summary under any: a bare list of links, the link-density
    # rules' to judge (a Q&A page's 相关问题 beside its answers)
    (_PROSE * 3 + "<div><div>相关问题</div><ul>" + "".join(
        f"<li><a href='/q/{n}'>养猫的成本一年大概多少第{n}问？</a></li>" for n in (1, 2))
     + "</ul></div>", False),
    # a headline with words beside its link is a sentence, no teaser
    (_PROSE * 3 + _TEASER_BOX.format(label="相关阅读").replace(
        "<p><a href='/n/1.html'>", "<p>详见<a href='/n/1.html'>"), False),
])
def test_a_teaser_box_by_its_label_headline_and_place(body: str, pruned: bool) -> None:
    doc = clean_html(f"<html><body><div><h1>某某市启用智慧停车平台</h1>{body}</div></body></html>",
                     id="t")
    assert any(r.rule == "teaser_box" for r in doc.removals) == pruned


@pytest.mark.parametrize("name", ["hashed_comment_list", "hashed_feed_list",
                                  "hashed_related_teasers", "hashed_labelled_teaser",
                                  "hashed_linked_sections_stay", "wordpress_blog", "tieba_thread",
                                  "comments_after", "forum_thread", "flash_telegraph"])
def test_hashing_the_class_names_changes_nothing(name: str) -> None:
    # a thread's opening post is the article though it has a reply button and a time like
    # the replies: with no prose outside the run of posts, the run is the thread's
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    assert clean_html(_hashed(html), id=name).text == clean_html(html, id=name).text


def _items(body: str) -> list[str]:
    root = parse_html(f"<html><body>{body}</body></html>")
    assert root is not None
    return sorted(rule for rule, _ in feed_items(root).values())


_COMMENT = ("<li><a href='/u/{0}'>用户{0}</a><p>我觉得这个办法不错，希望能早点落实到我们小区。</p>"
            "<span>{0}分钟前</span><a href='javascript:;'>回复</a><a href='javascript:;'>赞 3</a></li>")
_REPLIES = "<div>" + "".join(
    f"<div><a href='/u/9{n}'>回复者{n}</a><p>{'这个问题我们小区也遇到过，后来业主们坐下来一起商量才解决。' * 6}</p>"
    f"<span>{n}分钟前</span><a href='javascript:;'>回复</a></div>" for n in range(6)) + "</div>"
_ARTICLE = ("<div><h1>某某小区加装电梯</h1><span>2026-03-01 12:00</span>"
            + "<p>某某小区加装电梯工作正在推进，居民们对此十分关心，社区组织了多次协商会议。</p>" * 30
            + "<span>点赞</span><span>回复</span></div>")
_TEASER = ("<li><a href='/a/{0}.html'><img src='/t/{0}.jpg'></a><a href='/a/{0}.html'>"
           "某某行业迎来新一轮调整 第{0}期观察</a><span>2026-03-0{0}</span></li>")

_RELATED = ("<li><a href='/n/{0}.html'>某某技术路线之争再起 第{0}篇深度解读</a>"
            "<span>业内围绕这一技术路线的讨论持续升温，多家企业公布了各自的研发进展。</span></li>")


@pytest.mark.parametrize(("body", "rules"), [
    (f"<ul>{_COMMENT.format(1)}{_COMMENT.format(2)}</ul>", ["comment_list"]),
    (f"<ul>{_TEASER.format(1)}{_TEASER.format(2)}{_TEASER.format(3)}</ul>", ["feed_list"]),
    # the commenter's place after the time (3小时前 · 广东) and a like button alone
    ("<div>" + "".join(f"<div><a href='/u/{n}'>网友{n}</a><span>{n}小时前 · 广东</span>"
                       "<p>说得很实在，我们这边也是这种情况。</p><span>赞</span></div>"
                       for n in (1, 2)) + "</div>", ["comment_list"]),
    # a feed that prints its source and a read count, no date (某某日报 1.2万阅读)
    ("<ul>" + "".join(f"<li><a href='/a/{n}.html'>某某行业迎来新一轮调整 第{n}期观察</a>"
                      f"<span>某某日报</span><span>{n}.2万阅读</span></li>" for n in (1, 2, 3))
     + "</ul>", ["feed_list"]),
    # a comment with its replies printed under it, too long for one comment, goes with the
    # run; an article beside the comments, as long, stays
    ("<div>" + "".join(_COMMENT.format(n).replace("</li>", "") + (_REPLIES if n == 2 else "")
                       + "</li>" for n in (1, 2, 3)).replace("li>", "div>").replace("<li", "<div")
     + "</div>", ["comment_list"]),
    ("<div>" + _ARTICLE + "".join(_COMMENT.format(n).replace("li>", "div>").replace("<li", "<div")
                                  for n in (1, 2)) + "</div>", ["comment_list", "comment_list"]),
    # a blog's comments, the hour after the part of the day (2024年2月7日 上午9:02); a day's
    # programme printing such hours, with no reply button, is none
    ("<div>" + "".join(f"<div><div><span>网友{n}</span> <a href='#c{n}'><time>2024年2月7日 "
                       f"上午9:0{n}</time></a></div><div><p>请问硬盘休眠怎么设置？</p></div>"
                       "<div><a href='#'>回复</a></div></div>" for n in (1, 2)) + "</div>",
     ["comment_list"]),
    ("<ul>" + "".join(f"<li><span>下午{h}:30</span><p>分论坛第{h}场专题研讨，嘉宾发言并交流。</p></li>"
                      for h in (2, 3, 4)) + "</ul>", []),
    # one comment alone, two teasers: no run
    (f"<ul>{_COMMENT.format(1)}</ul>", []),
    (f"<ul>{_TEASER.format(1)}{_TEASER.format(2)}</ul>", []),
    # four linked headlines each with its summary, no date: a related list; three are not
    # enough, and a glossary's linked terms are shorter than headlines
    ("<ul>" + "".join(_RELATED.format(n) for n in range(1, 5)) + "</ul>", ["feed_list"]),
    ("<ul>" + "".join(_RELATED.format(n) for n in range(1, 4)) + "</ul>", []),
    ("<ul>" + "".join(f"<li><a href='/w/{n}'>术语{n}</a>指在某某条件下，对某类对象进行统一处理的方法。</li>"
                      for n in range(1, 6)) + "</ul>", []),
    # a timeline in the article: dated lines, a link in each, but no linked headline and no
    # thumbnail
    ("<ul>" + "".join(f"<li><span>3月{d}日</span>某某会议在京召开，审议通过有关事项。"
                      f"<a href='/d/{d}'>详情</a></li>" for d in (1, 2, 3)) + "</ul>", []),
    # the article's own lists, its sentences before and after them: a timeline of linked
    # documents with their dates, and winners each a linked title with a line about it
    ("<div><p>十年来，某某河流域治理取得显著成效，以下为主要节点。</p><ul>" + "".join(
        f"<li><span>201{d}-03-12</span><a href='/doc/{d}'>某某流域治理第{d}号方案正式印发实施</a></li>"
        for d in (1, 2, 3)) + "</ul><p>下一步，流域各地将继续巩固治理成果，推动生态持续改善。</p></div>",
     []),
    ("<div><p>经评委会评审，本届共有五部作品获奖，获奖作品名单如下：</p>" + "".join(
        f"<p><a href='/b/{n}'>《某某岁月与山河第{n}部》</a>讲述一个村庄几十年的变迁。</p>"
        for n in range(1, 6)) + "<p>评委会表示，本届获奖作品题材丰富，体现了创作的新气象。</p></div>", []),
    # a related list after the article, prose above it only, is still one
    ("<div><p>某某公司发布公告称，将投资建设新的生产线，预计明年投产。</p><ul>"
     + "".join(_RELATED.format(n) for n in range(1, 5)) + "</ul></div>", ["feed_list"]),
    # paragraphs opening with their date and a reply button nowhere
    ("<div>" + "".join(f"<p><b>2026年3月{d}日</b>，某某公司发布公告称，将投资建设新的生产线。</p>"
                       for d in (1, 2, 3)) + "</div>", []),
])
def test_runs_of_comments_and_teasers_by_shape(body: str, rules: list[str]) -> None:
    assert _items(body) == rules


def test_an_info_row_is_no_container_beside_an_article_thinned_by_linked_documents() -> None:
    # an info row (发布时间：… 来源：…) is pure and short: scored over a two-sentence article
    # whose list of linked documents thinned it, it was chosen and the page dropped
    check_page("hashed_info_row_numbered_documents",
               {"title": "某某区老旧管网改造工作文件汇编", "date": "2026-07-03T08:15:00",
                "source_name": "某某区融媒体中心", "authors": ()},
               ["今年以来", "某某区老旧管网改造三年", "某某区管网改造施工", "某某区管网改造工程",
                "施工期间"])


def test_a_one_sentence_notice_beside_a_registration_footer_keeps_its_sentence() -> None:
    # one sentence and 特此通知 over a list of attachments, a footer of registration lines
    # (主办 承办, 网站标识码, ICP备, 公网安备) and an info row beside it: the notice stays
    check_page("hashed_brief_linked_attachments",
               {"title": "关于公布第二批市级非遗代表性项目名录的通知", "date": "2026-05-12T09:30:00",
                "source_name": "某某市文旅局", "authors": ()},
               ["经项目申报", "特此通知"])


@pytest.mark.parametrize(("row", "chosen"), [
    ("<div>2026-06-01 10:00 来源：某某新闻网</div>", False),
    ("<div>发布时间：2026-06-01 作者：某某 编辑：某某某</div>", False),
    # a sentence with its comma is prose, whatever its labels
    ("<div>记者：某某，通讯员某某报道：会议今天召开。</div>", True),
    # no mark at all is no info row: lines of a poem or a list, weighed as labels, as before
    ("<div>" + "春风又绿江南岸 明月何时照我还 " * 8 + "</div>", True)])
def test_a_container_needs_a_sentence_mark_besides_colons(row: str, chosen: bool) -> None:
    root = parse_html(f"<html><body>{row}</body></html>")
    assert root is not None
    main = find_main(root)
    assert (main is not None and main.tag == "div") is chosen
