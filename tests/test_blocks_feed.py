"""chrome.blocks: a feed of teasers (headline, summary, timestamp, again and again) or of posts
(author, time, text) goes, even when its summaries are long enough to join the article; a dated
timeline stays."""

from __future__ import annotations

from cleaners import Doc, clean_text
from cleaners.chrome.blocks import PageBlocks, post_feed, teaser_feed

PARA = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"


def _record(k: int) -> list[str]:
    return [f"某某板块第{k}次大涨，机构看好后市", "某某消息，多重利好来袭，相关板块今日走强，其中龙头个股涨幅居前，成交量明显放大，市场情绪回暖。",
            f"2020-03-0{k} 21:38:04"]


def test_a_teaser_feed_goes() -> None:
    # A feed lists its newest item first.
    lines = [PARA, PARA, PARA, "声明：以上内容仅供参考", *_record(3), *_record(2), *_record(1)]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    kept = [ln for ln in doc.text.split("\n") if ln]
    assert kept[:3] == [PARA] * 3
    assert not any("大涨" in ln or "21:38" in ln for ln in kept)
    assert [r.text for r in doc.removals if r.rule == "teaser_feed"][:3] == _record(3)


def test_a_teaser_feed_in_no_order_goes() -> None:
    lines = [PARA, PARA, PARA, *_record(3), *_record(1), *_record(4), *_record(2)]
    assert len(teaser_feed(lines)) == 12


def test_a_timeline_of_headed_entries_in_order_stays() -> None:
    # Counterexample: time, heading, paragraph; three entries going forward in time.
    entries = [("2024-05-03 17:27", "发射升空", "探测器由运载火箭成功发射，准确进入地月转移轨道。"),
               ("2024-06-02 06:23", "着陆月背", "着陆器和上升器组合体成功着陆在月球背面预选着陆区。"),
               ("2024-06-04 07:38", "月背起飞", "上升器携带月球样品自月球背面起飞，进入环月轨道。"),
               ("2024-06-25 14:07", "安全着陆", "返回器准确着陆于预定区域，任务取得圆满成功。")]
    lines = [PARA, *[ln for entry in entries for ln in entry], PARA]
    assert teaser_feed(lines) == []


def test_a_timeline_with_dated_paragraphs_stays() -> None:
    # Counterexample: dates alone on lines between paragraphs, no headline opening each entry.
    lines = [PARA, "2020-03-01 09:00", "当天上午，某某会议在某地召开，会议听取了有关部门的工作汇报。",
             "2020-03-02 10:30", "次日，某某项目正式开工建设，预计明年年底前建成投入使用。", PARA]
    assert teaser_feed(lines) == []
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert not [r for r in doc.removals if r.rule == "teaser_feed"]


TEASERS = [
    "• 拆解某某手表：差别不大 某某手表发布后，一直被用户吐槽与上一代相比没有什么变化，拆解结果印证了这一点……",
    "• 某某公司发布新款芯片 近年来，由于传统产品需求变化，越来越多厂商开始布局新的市场方向。",
    "• 绕着汽车转一圈能想到哪些技术？ 不论是车厂、系统集成商还是半导体厂商，都在关注这个问题。",
    "• 某某原厂新品推荐：传感器、模块 每月一次的新品推荐栏目，为大家带来最新的产品信息和技术资料。",
]


def test_a_run_of_teaser_items_goes() -> None:
    lines = [PARA, PARA, PARA, *TEASERS]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals if r.rule == "teaser_feed"] == TEASERS
    assert doc.text.count(PARA) == 3


def test_an_articles_own_bullet_points_stay() -> None:
    # Counterexample: bullet points whose first clause runs on with a comma.
    points = ["• 第一，加快推进重点项目建设，确保各项工程按期完工并尽快投入使用。",
              "• 第二，持续优化营商环境，为企业发展提供更加便利的政务服务。",
              "• 第三，加强生态环境保护，坚决打好污染防治攻坚战。",
              "• 第四，切实保障和改善民生，办好群众关心的实事。"]
    assert teaser_feed([PARA, *points, PARA]) == []


COMMA_TEASERS = [
    "• 拆解某某电脑棒，比别的品牌强在哪？ 近年来，由于传统外形电脑的需求变得越来越萧条，厂商尝试了多种外形。",
    "• 拆解某某Pro Max：三摄、反向无线充电有哪些秘密？ 21日，国外著名拆解网站正式上线了详细拆解报告。",
    "• 某某物料清单曝光，整机成本占售价42% 每当某某发布新旗舰之后，其成本及利润都是大家关注的话题之一。",
    "• 淡定看待千亿市值，某某加码研发布局物联网 目前中国市值千亿的股票有84只，主要集中在传统产业板块……",
]


def test_teaser_items_whose_headlines_carry_commas_go() -> None:
    lines = [PARA, PARA, PARA, *COMMA_TEASERS]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals if r.rule == "teaser_feed"] == COMMA_TEASERS
    assert doc.text.count(PARA) == 3


def test_bullet_points_with_latin_words_stay() -> None:
    # Counterexample: a technical article's points; their spaces pad Latin words.
    points = ["• 支持 Windows 和 macOS 两个平台，安装包大小约为 50MB，下载速度很快。",
              "• 使用 Python 编写的脚本可以直接运行，不需要额外安装任何依赖库。",
              "• 默认端口为 8080 若被占用，可以在配置文件中修改为其他端口号。",
              "• 日志写入 logs 目录，按天切分，保留最近三十天的记录以便排查。"]
    assert teaser_feed([PARA, *points, PARA]) == []


def _posts(names: list[str]) -> list[str]:
    out: list[str] = []
    for k, name in enumerate(names):
        out += [f"• {name}", f"{name}今天 12:0{k}:48",
                f"指数午前高开低走，板块红盘居多，表现强势的是某某板块和某某概念，第{k}条点评到此为止。"]
    return out


def test_a_feed_of_posts_beside_the_article_goes() -> None:
    feed = _posts(["某某甲", "某某乙", "某某丙", "某某丁"])
    doc = clean_text("\n\n".join([PARA, PARA, "责任编辑：某某", "股市直播", *feed, "更多>"]))
    assert doc.text.count(PARA) == 2
    assert "点评" not in doc.text
    assert "某某甲" not in doc.text
    assert {r.rule for r in doc.removals} >= {"post_feed", "post_header"}


def test_a_live_blog_alone_keeps_its_posts() -> None:
    # Counterexample: with no other prose on the page the posts are the text.
    feed = _posts(["某某甲", "某某乙", "某某丙"])
    lines = ["" if "今天" in ln else ln for ln in feed]
    headers = [i for i, ln in enumerate(feed) if "今天" in ln]
    assert post_feed(lines, headers) == []


def test_a_time_near_the_top_of_the_page_is_no_record() -> None:
    # A record would start above the first line: it was read from the end of the page.
    lines = ["第一条", "2020-03-01 09:00", "某某标题", "当天上午，某某会议在某地召开。",
             "2020-03-02 10:30", "次日"]
    assert teaser_feed(lines) == []
