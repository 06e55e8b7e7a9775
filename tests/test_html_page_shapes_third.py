"""A third set of pages of our own in shapes Chinese sites print, through the HTML path whole.

A provincial portal's article split over two pages (上一页 1 2 下一页); a video page (player
placeholder, a short text, 更多视频); a policy explainer with a subtitle under its headline; a
notice closing with its issuing body and date; a page naming its publisher only in
og:site_name and JSON-LD; a statistics release with a table of figures; <figure> pictures
with credits; an old GB2312 page of <font> in <td> with 【打印本页】【关闭窗口】; a guide of
numbered <ol> steps; an article container with a sidebar inside it; a mobile page with sticky
bars, 展开全文 and 打开APP阅读全文; a Chinese page full of English terms."""

from __future__ import annotations

import pytest

from .test_html_page_shapes import check_page


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("pager_two_pages",  # the pager, 责任编辑, the share bar and 相关阅读 gone
     {"title": "某某省加快建设现代化综合交通运输体系", "date": "2024-06-18T08:45:12",
      "source_name": "某某日报", "authors": ("罗某某", "冯某某")},
     ["6月17日", "在铁路建设方面", "在公路建设方面"]),
    ("publisher_meta_only",  # no 来源 printed, no outlet in a byline: the news site's name
     # og:site_name states (a publisher's: 某某新闻) is its publisher, the last resort
     {"title": "某某县首批“共享菜园”开园", "date": "2024-04-26T09:00:00",
      "source_name": "某某新闻", "authors": ()},
     ["4月25日", "“共享菜园”由闲置", "街道工作人员"]),
    ("figures_table",  # a row of the table a line, its cells side by side
     {"title": "前五月某某市规模以上工业增加值同比增长6.8%", "date": "2024-06-20",
      "source_name": "某某市统计局"},
     ["今年以来", "分行业看", "行业 增加值增速（%） 拉动（百分点）", "电子信息 12.4 2.1",
      "装备制造 8.9 1.6", "食品加工 4.2 0.5", "建材 -3.1 -0.2", "从产品产量看"]),
    ("figure_credit",  # <figcaption>s with 摄 and 供图 credits, 声明, 上一篇/下一篇 gone
     {"title": "某某港集装箱吞吐量创同期新高", "date": "2024-07-09T19:42:06",
      "source_name": "某某新闻网", "authors": ("石某某",)},
     ["上半年", "港口集团", "下半年"]),
    ("old_font_td_gb2312",  # GB2312 bytes; <br><br> paragraphs in a <font> in a <td>
     {"title": "某某乡开展春季植树造林活动", "date": "2024-03-12",
      "source_name": "某某乡人民政府", "authors": ("叶某某",)},
     ["3月11日", "活动现场", "近年来"]),
    ("ol_steps",  # the <ol> steps one a line; 【字体】【打印】【关闭】 and 相关文章 gone
     {"title": "如何在线办理灵活就业人员社保缴费？一文看懂", "date": "2024-01-15",
      "source_name": "某某市社会保险事业中心"},
     ["灵活就业人员", "打开", "在首页", "选择缴费档次", "选择银行卡", "温馨提示", "咨询电话"]),
    ("sidebar_inside",  # an <aside> of hot links and a QR code between two paragraphs
     {"title": "某某区“15分钟健身圈”覆盖所有街道", "date": "2024-09-05T10:20:00",
      # (the media centre its <title> and its footer's 版权所有 name publishes)
      "source_name": "某某区融媒体中心", "authors": ("沈某某",)},
     ["近日", "近三年来", "区体育局"]),
    ("mobile_page",  # 打开APP, 展开全文, 打开APP阅读全文, 赞/评论/分享, 猜你喜欢 gone
     {"title": "某某夜市升级改造后重新开放", "date": "2024-07-20T20:15:00"},
     ["经过三个月", "改造后的夜市", "市场监管部门"]),
])
def test_third_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


def test_an_english_rich_page_keeps_its_english() -> None:
    # 作者：钟某某 | 2024-05-30 | 阅读 4521: the counter is no author; the English sentence,
    # terms and quote are the article's, Tags/Share/评论 are not
    check_page("mixed_en_zh",
               {"title": "某某大学团队在Nature发文揭示锂电池枯枝状晶体生长机制",
                "date": "2024-05-30", "source_name": None, "authors": ("钟某某",)},
               ["近日，某某大学", "研究人员利用cryo-EM", "论文通讯作者表示：“This work",
                "The study was supported"])


def test_a_video_page_keeps_its_short_text() -> None:
    # the source beside a 播放 counter, the breadcrumb in div.bread, the player's tip and
    # clock (00:00 / 02:35), 编辑/审核 and the 更多视频 list all go
    check_page("video_news",
               {"title": "【视频】某某古镇夜游火了 游客沉浸式体验非遗", "date": "2024-08-02T21:10:00",
                "source_name": "某某广播电视台", "authors": ()},
               ["暑期以来", "据景区负责人介绍"])


def test_a_subtitle_in_the_title_box_is_kept() -> None:
    # headline, <h2> subtitle and date row in one box, the body in another: the subtitle is
    # the article's own text and opens it; the date row and 【打印本页】 go
    check_page("policy_h2_subtitle",
               {"title": "一图读懂《某某市促进消费扩容提质若干措施》",
                "date": "2024-03-22T17:30:00", "source_name": "某某市商务局"},
               ["围绕汽车、家电、餐饮和文旅推出十二条具体举措", "为进一步释放", "一是", "二是",
                "三是", "四是", "五是", "《若干措施》"])


_BODY = "".join(f"<p>第{n}段，某某县今年将新建改建农村公路三百公里，重点解决群众出行难题，确保年底前完工。</p>"
                for n in range(1, 7))


@pytest.mark.parametrize(("under", "first"), [
    ("<h2>三百公里农村公路年底前完工</h2>", "三百公里农村公路年底前完工"),
    ("<div class='sub-title'>三百公里农村公路年底前完工</div>", "三百公里农村公路年底前完工"),
    # a linked heading names another page; a date row is metadata; a sentence is no subtitle
    ("<h2><a href='/x'>某某县召开农村公路建设推进会</a></h2>", "第1段"),
    ("<h2>发布时间：2024-03-09</h2>", "第1段"),
    ("<h2>各乡镇要抓紧推进项目建设。</h2>", "第1段"),
])
def test_only_an_unlinked_subtitle_under_the_headline_joins_the_body(under: str,
                                                                     first: str) -> None:
    from cleaners import clean_html

    page = ("<html><head><title>某某县推进农村公路建设_某某网</title></head><body>"
            f"<div class='title-box'><h1>某某县推进农村公路建设</h1>{under}</div>"
            f"<div class='content'>{_BODY}</div></body></html>")
    assert clean_html(page, id="t").text.split("\n")[0].startswith(first)


def test_a_notice_keeps_its_closing_signature() -> None:
    # the issuing body and the date under the last paragraph are the notice's own text
    check_page("notice_signature",
               {"title": "某某市人民政府办公室关于做好2024年端午节假期有关工作的通知",
                "date": "2024-05-06", "source_name": "某某市人民政府办公室"},
               ["各区县人民政府", "端午节即将来临", "一、", "二、", "三、", "某某市人民政府办公室",
                "2024年5月6日"])
