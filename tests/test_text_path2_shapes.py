"""Pages saved from HTML as text (bench/gold_html.py --text): an office system's field rows over
the document it prints, and a live event's tab bar glued into one line, are chrome."""

from __future__ import annotations

from cleaners import clean_text

_NOTICE = (
    "\n为保障明年春耕生产用水，现就做好农田水利设施维修养护工作通知如下。\n"
    "\n一、全面开展排查。各乡镇要在十二月十五日前，对辖区内的小型水库、山塘和泵站逐一排查。\n"
    "\n二、抓好维修养护。对排查发现的问题，要在明年三月底前完成维修。\n"
    "\n特此通知。\n"
)


def test_office_system_field_rows_are_chrome() -> None:
    page = ("公文管理 / 发文管理 / 查看公文\n打印导出PDF关闭\n\n"
            "发文字号 某农水〔2025〕47号 签发人 某某某\n密级 公开 紧急程度 平件\n"
            "发文机关 某某区农业农村局 成文日期 2025-11-26\n"
            "主送 各乡镇人民政府、街道办事处，区直有关单位\n拟稿人 某某 核稿人 某某某\n\n"
            "关于做好农田水利设施维修养护工作的通知\n\n"
            "各乡镇人民政府、街道办事处，区直有关单位：\n" + _NOTICE)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "关于做好农田水利设施维修养护工作的通知"
    assert "发文字号" not in doc.text
    assert "签发人" not in doc.text
    assert "主送 " not in doc.text
    assert "一、全面开展排查。" in doc.text


def test_document_head_number_and_signer_stay() -> None:
    # a 上行文's own head: its number bare and its signer, no system label
    line = "某农水〔2025〕47号 签发人：某某某"
    doc = clean_text("关于某某事项的请示\n\n2025-11-26\n\n" + line + "\n" + _NOTICE, id="t")
    assert line in doc.text


def test_live_event_tab_bar_is_chrome() -> None:
    page = ("某某市新闻发布会\n\n发布日期：2025-08-28 11:20 来源：某某市人民政府新闻办公室\n\n"
            "文字实录图片直播视频回放相关文件\n\n"
            "主持人：各位记者朋友，大家上午好！今天我们邀请到市教育局的负责同志介绍有关情况。\n\n"
            "局长：各位记者朋友，大家好！今年秋季学期，全市预计新增中小学学位一万零八百个。\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某市新闻发布会"
    assert "视频回放" not in doc.text
    assert "新增中小学学位" in doc.text


def test_tab_words_in_a_sentence_stay() -> None:
    text = "文字实录已经上传，视频回放将于明天在政府网站发布。"
    doc = clean_text("某某标题\n\n2025-11-14 来源：某某报\n\n" + text + "\n\n" + _NOTICE, id="t")
    assert text in doc.text


_POST = ("上个月带父母自驾去了一趟海边，来回三天，开了一千一百公里左右，把路线和住宿的情况记下来。\n\n"
         "第一天早上七点出发，走高速到海边小镇，路上在服务区休息了三次，全程用了九个小时。\n")


def test_forum_quote_header_is_chrome() -> None:
    page = ("带父母自驾看海上日出\n\n发表于: 2025-11-12 21:40\n\n" + _POST
            + "\n引用楼主某某某于2025-11-12 22:05发表的 :\n")
    doc = clean_text(page, id="t")
    assert "引用楼主" not in doc.text
    assert "全程用了九个小时。" in doc.text


def test_a_sentence_citing_a_post_stays() -> None:
    line = "引用他于2025年11月12日发表的文章，记者核实了有关数据。"
    doc = clean_text("某某标题\n\n2025-11-14 来源：某某报\n\n" + _POST + "\n" + line + "\n", id="t")
    assert line in doc.text


_STREETS = ("今年以来，区城管局对老城区十二条背街小巷实施了集中改造，截至十一月中旬已全部完工，"
            "涉及沿街居民一千三百余户。\n\n此次改造以雨污分流、路面平整为重点，新铺设雨水管和污水管"
            "共计四点六公里。\n\n下一步，区城管局将建立背街小巷长效管护机制。\n")


def test_a_summary_cut_short_with_an_ellipsis_goes_when_the_article_prints_it() -> None:
    page = ("老城区十二条背街小巷完成改造\n\n2025-11-18 09:32 来源：某某日报\n\n"
            "摘要: 今年以来，区城管局对老城区十二条背街小巷实施了集中改造，截至十一月中旬已全部完工 ..."
            "\n\n" + _STREETS)
    doc = clean_text(page, id="t")
    assert "摘要" not in doc.text
    assert doc.text.startswith("今年以来，区城管局")


def test_a_summary_the_article_does_not_print_stays() -> None:
    line = "摘要: 城管部门今年改造了老城区的背街小巷，居民出行更方便了 ..."
    page = "老城区背街小巷完成改造\n\n2025-11-18 09:32 来源：某某日报\n\n" + line + "\n\n" + _STREETS
    doc = clean_text(page, id="t")
    assert "城管部门今年改造了老城区的背街小巷" in doc.text


_GARDEN = ("去年秋天，我在朝南的阳台上摆了三个泡沫箱，撒下了第一把番茄种子，一年收获了六十多个番茄。\n\n"
           "明年打算试试樱桃番茄和矮生品种，它们更适合空间有限的阳台。\n")


def test_blog_footer_links_glued_into_one_line_are_chrome() -> None:
    page = ("在阳台种了一年番茄\n\n2025年10月12日\n\n" + _GARDEN
            + "\n某某的小菜园 © 2025\n最新文章RSSGhost\n")
    doc = clean_text(page, id="t")
    assert "RSS" not in doc.text
    assert "最新文章" not in doc.text
    assert "矮生品种" in doc.text


def test_a_sentence_naming_the_feed_stays() -> None:
    line = "订阅RSS的读者越来越少，很多博客关掉了它。"
    doc = clean_text("某某标题\n\n2025-11-14 来源：某某报\n\n" + _GARDEN + "\n" + line + "\n", id="t")
    assert line in doc.text


_GREEN = ("入冬以后，阳台的温度一天比一天低，绿萝的叶子开始发黄。养了三年，总结出几点经验。\n\n"
          "控水比什么都重要，冬天的绿萝几乎不长，盆土干透再浇。\n")


def test_a_blog_tagline_printed_twice_is_no_headline() -> None:
    # a Hexo NexT page saved as text: the tagline in the header and in the sidebar's
    # profile, the headline right over its date row
    page = "\n".join((
        '某某小记',
        '',
        '种花、做饭和一些琐碎的日子',
        '',
        '  • 首页',
        '  • 标签',
        '  • 分类',
        '  • 归档',
        '  • 搜索',
        '',
        '  • 文章目录',
        '  • 站点概览',
        '',
        '  • 1. 控水比什么都重要',
        '  • 2. 光照和温度',
        '',
        '某某某',
        '',
        '某某某',
        '',
        '种花、做饭和一些琐碎的日子',
        '86日志',
        '7分类',
        '41标签',
        'GitHubE-Mail',
        '',
        '阳台养绿萝过冬的几点经验',
        '',
        '发表于2025-11-02 更新于2025-11-05 分类于绿植 阅读次数：1,208  本文字数：1.1k 阅读时长 ≈1 分钟',
        '',
        '去年冬天，阳台上的四盆绿萝接连烂根，叶子一片片发黄掉落，最后只救回来一盆。今年入冬前，我查了不少资料，也请教了小区里养花多年的邻居，换了一套办法，一整个冬天都没再出问题。',
        '',
        '控水比什么都重要',
        '',
        '绿萝冬天生长很慢，需要的水比夏天少得多。我现在的做法是用手指插进土里两个指节，摸到干了再浇，而且一次浇透，托盘里的积水半小时后倒掉。这样算下来，差不多十天才浇一次。',
        '',
        '去年烂根，就是因为我还按夏天的习惯三天浇一次，盆土一直是湿的，根在低温里很快就闷坏了。',
        '',
        '光照和温度',
        '',
        '绿萝虽然耐阴，冬天还是要多晒太阳。我把花盆从阳台角落挪到了窗边，上午能晒三四个小时。夜里气温低于五度的时候，再把花盆搬进客厅。',
        '',
        '到了开春，几盆绿萝都冒出了新芽。养花和过日子差不多，很多时候不是做得不够，而是做得太多。',
        '',
        '',
    ))
    doc = clean_text(page, id="t")
    assert doc.meta.title == "阳台养绿萝过冬的几点经验"
    assert "阳台养绿萝过冬的几点经验" not in doc.text


def test_a_headline_printed_twice_over_the_writers_name_stays_the_headline() -> None:
    page = ("某某小菜园\n\n  • 首页\n  • 归档\n\n在阳台养了三年绿萝，我学到的几件事\n阳台种菜\n\n"
            "在阳台养了三年绿萝，我学到的几件事\n\n某某某\n\n2025年10月12日 • 阅读约 4 分钟\n\n"
            + _GREEN)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "在阳台养了三年绿萝，我学到的几件事"
