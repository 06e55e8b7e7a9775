"""A fifth set of pages of our own in shapes Chinese sites print, through the HTML path whole.

A portal's article under its 热门评论 and a 相关新闻 grid of cards (picture, headline, time);
an article in <section>s under <h2> headings; a statistics page whose #content holds a large
table of figures; a company's press release ending in its 关于 paragraph and media contacts; a
Hong Kong page in traditional script (發佈時間, 記者, 來源, 責任編輯); a page whose only date is
its article:published_time; <blockquote> quotes and <pre> code; a government page whose
headline is a <div class="title"> under a <title> that is only the site's name; sentences with
inline links to other articles.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html

from .test_html_page_shapes import check_page


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("portal_hot_comments",  # 责任编辑 with its code, 热门评论 (users, 顶, 回复), 查看全部评论,
     # the 相关新闻 cards and the 24小时排行 go
     {"title": "某某市地铁5号线今日开通运营 全长32公里设站22座", "date": "2024-12-28T10:05:16",
      "source_name": "某某晚报", "authors": ()},
     ["12月28日上午10时", "据介绍", "开通初期", "市轨道交通集团"]),
    ("sections_h2",  # each <section>'s <h2> stays above its paragraphs; 浏览次数, the tools go
     {"title": "一图读懂：某某省2025年民生实事项目清单", "date": "2025-01-15T16:30:00",
      "source_name": "某某省发展改革委", "authors": ()},
     ["日前", "一、促进就业增收", "全年城镇", "支持高校", "二、提升教育质量", "新建、改扩建",
      "三、加强医疗保障", "为65岁", "四、改善居住条件", "开工改造"]),
    ("content_stats_table",  # a row a line, cells side by side, — kept; the note stays;
     # 您现在的位置, 【打印】【关闭】 and the footer's address and telephone go
     {"title": "2024年前三季度某某市经济运行情况", "date": "2024-10-25",
      "source_name": "某某市统计局", "authors": ()},
     ["前三季度", "附表：", "指标名称 单位 绝对数 比上年同期增长（%）", "地区生产总值 亿元 2856.3 5.6",
      "第一产业", "第二产业", "第三产业", "规模以上工业增加值 — — 6.8", "固定资产投资",
      "社会消费品", "城镇居民人均可支配收入 元 41286 4.7", "注："]),
    ("press_release_contacts",  # the release's 关于 paragraph and its contact block (the
     # contact person, then 电话：…, 邮箱：… each alone on a line) are its own text; the
     # footer's hotline and address, the share bar and 上一篇/下一篇 go
     {"title": "某某科技发布新一代工业机器人 负载能力提升40%", "date": "2024-09-19",
      "source_name": "某某科技", "authors": ()},
     ["2024年9月19日", "新产品采用", "“这款机器人", "关于某某科技", "某某科技成立于",
      "媒体联系人：孙某某", "电话：010-12345678", "邮箱：press@example.com"]),
    ("traditional_hk",  # 發佈時間/記者/來源 in one row; 責任編輯, 標籤, 相關新聞 go
     {"title": "某某區推出長者醫療券新措施 每年額度增至三千元", "date": "2024-07-02T15:48:00",
      "source_name": "某某新聞網", "authors": ("黃某某",)},
     ["政府今日宣布", "當局表示", "有長者團體"]),
    ("meta_time_only",  # no date printed: article:published_time, in China time; 阅读 2.3万 goes
     {"title": "某某湖湿地公园迎来首批越冬候鸟", "date": "2024-11-18T07:45:00", "authors": ()},
     ["随着气温", "湿地公园管理处", "为保护候鸟"]),
    ("quote_and_code",  # a <blockquote>'s paragraphs and the <pre>'s lines stay, one a line
     {"title": "某某市政务数据开放平台上线 首批开放数据集超过800个", "date": "2024-08-06T14:20:00",
      "source_name": "某某网", "authors": ("高某某",)},
     ["8月6日", "“数据开放不是终点", "——某某市大数据局", "平台提供", "curl \"https://",
      "{\"line\": 5", "据了解"]),
    ("div_title_site_title",  # GBK; <title> is the site's name: the headline is the
     # <div class="title"> right above the date row; 点击数 and the footer go
     {"title": "某某镇开展冬季森林防火专项检查", "date": "2024-12-03",
      "source_name": "某某镇人民政府", "authors": ()},
     ["为切实做好", "检查组深入", "检查组要求"]),
    ("inline_links",  # the links inside sentences stay as their text; 相关标签 goes
     {"title": "某某省出台措施支持新能源汽车下乡", "date": "2024-06-21T08:30:00",
      "source_name": "某某新闻网", "authors": ()},
     ["近日，某某省商务厅等八部门联合印发《关于开展新能源汽车下乡活动的通知》，明确",
      "这是继今年3月出台汽车以旧换新补贴政策之后", "通知提出，要加快农村地区充电基础设施建设，推动县域充换电设施补短板",
      "业内人士"]),
])
def test_fifth_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


_PARAS = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                 for n in range(1, 4))


@pytest.mark.parametrize(("site", "want"), [
    ("某某县人民政府", "某某镇开展冬季森林防火专项检查"),  # a body's name
    ("某某市某某区人民政府门户网站", "某某镇开展冬季森林防火专项检查"),  # a site's name
    ("首页", "某某镇开展冬季森林防火专项检查"),  # a label
    # a <title> that is a headline stays the title, whatever the page prints above its date
    ("某某镇召开冬季森林防火工作部署会议", "某某镇召开冬季森林防火工作部署会议"),
])
def test_a_site_name_title_gives_way_to_the_line_above_the_date_row(site: str,
                                                                    want: str) -> None:
    page = (f"<html><head><title>{site}</title></head><body><div class='detail'>"
            "<div class='title'>某某镇开展冬季森林防火专项检查</div>"
            "<div class='info'>时间：2024-12-03　来源：某某镇人民政府</div>"
            f"<div class='text'>{_PARAS}</div></div></body></html>")
    assert clean_html(page, id="t").meta.title == want


@pytest.mark.parametrize(("row", "want"), [
    ("某某新聞網　2024年7月2日 星期二 15:48", ("2024-07-02T15:48:00", "某某新聞網")),
    ("2024年7月2日 星期二 15:48", ("2024-07-02T15:48:00", None)),
    ("2024年7月2日（周二） 09:05", ("2024-07-02T09:05:00", None)),
    ("2024年7月2日 星期二", ("2024-07-02", None)),  # the weekday names no publisher
    ("2024-07-02 15:48 某某日报", ("2024-07-02T15:48:00", "某某日报")),
])
def test_a_weekday_between_day_and_time_is_part_of_the_date(
        row: str, want: tuple[str, str | None]) -> None:
    from cleaners.html.metadata import _date_and_names

    got = _date_and_names(row)
    assert got is not None
    assert (got[0], got[1]) == want


def test_a_date_row_with_its_weekday_keeps_the_time() -> None:
    page = ("<html><head><title>某某镇开展冬季森林防火专项检查_某某网</title></head><body>"
            "<div class='detail'><h1>某某镇开展冬季森林防火专项检查</h1>"
            "<div class='info'>某某网　2024年12月3日 星期二 15:48</div>"
            f"<div class='text'>{_PARAS}</div></div></body></html>")
    meta = clean_html(page, id="t").meta
    assert (meta.date, meta.source_name) == ("2024-12-03T15:48:00", "某某网")
