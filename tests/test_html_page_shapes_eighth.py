"""An eighth set of pages of our own in shapes Chinese sites print, through the HTML path whole.

An <article> of <section>s with <aside> pull quotes (repeating the body) and a related box; a
government notice pasted from Word into a TRS_Editor box (<style> inside it, <o:p>, mso-
styles, <span lang=EN-US>); a video page (an <iframe> player, a <video> tag, 视频加载中
placeholders); commentaries with a labelled summary box above the body and an author's bio
at the end; a Discuz! thread whose post time is relative (5 天前, the day in its title) above
an edit stamp (本帖最后由 … 编辑).
"""

from __future__ import annotations

import pytest

from cleaners import clean_html

from .test_html_page_shapes import check_page

_PARAS = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                 for n in range(3))


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("article_sections_aside",  # the sections read in order, the <h2> stays; the pull quotes
     # (the body's words again), 相关阅读, 编辑 and the share bar go; 本报记者 is a role
     {"title": "老旧小区加装电梯：一栋楼的协商记", "date": "2024-07-15T06:30:00",
      # (the paper its <title> and its footer's 某某晚报社 版权所有 name publishes)
      "source_name": "某某晚报", "authors": ("韩某某",)},
     ["一部电梯", "去年春天", "算清一笔明白账", "社区请来", "经过五次"]),
    ("trs_editor_mso",  # the box's <style> and Word's empty <o:p> paragraphs leave nothing;
     # the numbered headings, the phone line and the signature with its date stay
     {"title": "某某县关于做好2024年秋冬季森林防火工作的通知", "date": "2024-10-21T16:05:00",
      "source_name": "某某县林业局", "authors": ()},
     ["各乡镇人民政府", "当前已进入", "一、压实防火责任", "各乡镇要", "二、加强火源管控",
      "防火期内", "防火咨询电话：0000-1234567。", "某某县森林防火指挥部办公室", "2024年10月21日"]),
    ("video_iframe_placeholder",  # the players, 视频加载中 and the <video> fallback go
     {"title": "夜访城市“烟火气”：夜市重开首周客流超十万人次", "date": "2024-06-08T21:40:00",
      "source_name": "某某广播电视台", "authors": ()},
     ["夜幕降临", "改造后的", "摊主老周"]),
    ("commentary_bio_box",  # 【摘要】 in a box of its own beside the body's is the article's
     # own words; the bio at the end stays and names the author no byline names
     {"title": "数字乡村建设要走好“最后一公里”", "date": "2024-03-05",
      "source_name": "某某网", "authors": ("赵某某",)},
     ["【摘要】数字乡村", "当前，", "走好", "其次", "作者简介：赵某某"]),
    ("discuz_edit_stamp",  # 发表于 5 天前 keeps its day in the title: the post's time, not
     # the edit stamp's, is the date; the stamp goes
     {"title": "自驾川西十日游攻略（附路线和花费）", "date": "2024-05-02T21:08:00",
      "source_name": None, "authors": ()},
     ["五一假期", "第一天", "第二天", "总花费"]),
    ("commentary_author_bio",  # 【导读】 inside the body stays (no copy of the first
     # paragraph); the bio naming nobody stays; 关注我们 and the account id under it go
     {"title": "让“一老一小”服务更有温度", "date": "2024-04-09T08:15:00",
      "source_name": "某某日报", "authors": ()},
     ["【导读】养老", "“一老一小”", "解决这些", "更重要的是", "（作者系某某大学"]),
    ("press_contact_wechat",  # the release's contacts keep their 微信号; the site's under
     # 关注我们 goes
     {"title": "某某科技发布新一代智能农机调度平台", "date": "2024-08-20T14:00:00",
      "source_name": "某某网", "authors": ()},
     ["8月20日", "公司负责人", "媒体联系人：孙某某", "电话：", "邮箱：", "微信号：mouke_press"]),
    ("image_only_headline",  # <title> gives a label (专题报道) and no element prints the
     # headline: the title banner's alt does; the logo's alt and 图片 name nothing
     {"title": "奋进新征程 建功新时代——某某区乡村振兴巡礼", "date": "2024-09-12",
      "source_name": "某某区融媒体中心", "authors": ()},
     ["金秋时节", "在某某村", "下一步"]),
    ("qa_answers",  # a Q&A page: the question is the title, its description (a box
     # beside the answers) then its first answer the article, dated by its 编辑于 and signed
     # by its answerer; the other answers, the votes, the answerer's badge, the counters,
     # the IP 属地 row, the topics and 相关问题 go
     {"title": "第一次养猫需要准备哪些东西？", "date": "2024-03-02T18:20:00",
      "source_name": None, "authors": ("橘猫铲屎官",)},
     ["下个月准备", "作为一个", "吃的方面", "用的方面", "健康方面"]),
])
def test_eighth_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize(("row", "authors"), [
    ("本报记者 韩某某 2024-07-15 06:30", ("韩某某",)),
    ("2024-07-15 06:30 本台记者 韩某某", ("韩某某",)),
    ("特约记者 韩某某 2024-07-15", ("韩某某",)),
    ("记者 韩某某 2024-07-15 06:30", ("韩某某",)),
    # the names run on after the label, a name each; an outlet after them ends the run
    ("2024-07-15 06:30 本台记者 韩某某 李某", ("韩某某", "李某")),
    ("记者 韩某某 李某 某某日报 2024-07-15", ("韩某某", "李某")),
])
def test_a_reporter_s_role_beside_the_date_is_no_author(row: str, authors: tuple[str, ...]) -> None:
    page = (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='meta'>{row}</div><div class='text'>{_PARAS}</div></body></html>")
    assert clean_html(page, id="t").meta.authors == authors


@pytest.mark.parametrize(("stamp", "date"), [
    # the post's own time first, the edit stamp after: the post's
    ("<em>发表于 2024-5-2 21:08</em><p>本帖最后由 某某 于 2024-5-3 10:30 编辑</p>", "2024-05-02T21:08:00"),
    # the edit stamp alone names no publication day
    ("<p>本帖最后由 某某 于 2024-5-3 10:30 编辑</p>", None),
    ("<p>最后编辑于 2024-5-3 10:30</p>", None),
    ("<em>发表于 <span title='2024-5-2 21:08'>昨天 21:08</span></em>", "2024-05-02T21:08:00"),
])
def test_an_edit_stamp_is_no_date(stamp: str, date: str | None) -> None:
    from cleaners import Doc
    from cleaners.html.extract import MainTextExtractor

    page = (f"<html><head><title>阳台种菜一年的心得 - 某某论坛</title></head><body>{stamp}"
            f"<div class='t_f'>{_PARAS}</div></body></html>")
    # htmldate's guess left out: the page's own lines decide
    doc = MainTextExtractor(find_date=False)(Doc(id="t", html=page))
    assert doc.meta.date == date


@pytest.mark.parametrize(("box", "kept"), [
    ("【摘要】数字乡村建设的难点不在网络覆盖，而在应用落地，要让农民用得上。", True),
    ("导读：数字乡村建设的难点不在网络覆盖，而在应用落地，要让农民用得上。", True),
    ("【内容提要】数字乡村建设的难点不在网络覆盖，而在应用落地，要让农民用得上。", True),
    # a news page's lead (导语) in a box of its own is the article's first paragraph
    ("导语：数字乡村建设的难点不在网络覆盖，而在应用落地，要让农民用得上。", True),
    ("【导语】数字乡村建设的难点不在网络覆盖，而在应用落地，要让农民用得上。", True),
    # a copy of the body's opening: no second time
    ("【摘要】第0段，为切实做好冬季森林防火工作，某某镇组织有关部门", False),
    ("【摘要】短", False),  # a label, no summary
    ("数字乡村建设的难点不在网络覆盖，而在应用落地，要让农民用得上。", False),  # no label
])
def test_a_labelled_summary_box_beside_the_body_is_kept(box: str, kept: bool) -> None:
    page = (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='date'>2024-03-05</div><div class='zy'>{box}</div>"
            f"<div class='text'>{_PARAS}</div></body></html>")
    assert (box in clean_html(page, id="t").text.split("\n")) == kept


_LEAD = "数字乡村建设的难点不在网络覆盖，而在应用落地，要让农民用得上。"


def _lead_page(label: str, lead: str) -> str:
    """The lead's label alone on its line (<strong>导语</strong>) over the lead's <p>, in a box
    that is a sibling of the body's: the container found is the body's."""
    return (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='date'>2024-03-05</div><div class='art-summary'><strong>{label}</strong>"
            f"<p>{lead}</p></div><div class='text'>{_PARAS}</div></body></html>")


@pytest.mark.parametrize(("label", "kept"), [
    ("导语", True),
    ("【导语】", True),
    ("导 语：", True),
    # counterexamples: a 摘要 set apart over its box is a portal's machine abstract; another
    # box's label (相关阅读) heads no lead
    ("摘要", False),
    ("相关阅读", False),
])
def test_a_lead_box_under_its_label_beside_the_body_is_kept(label: str, kept: bool) -> None:
    # the lead is the article's first paragraph, set apart in a box of its own
    lines = clean_html(_lead_page(label, _LEAD), id="t").text.split("\n")
    assert (_LEAD in lines) == kept
    assert (lines[0] == _LEAD) == kept


def test_a_lead_box_that_is_the_bodys_opening_again_is_no_second_copy() -> None:
    # counterexample: the box prints the body's first paragraph again: once in the text
    opening = "第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。"
    lines = clean_html(_lead_page("导语", opening), id="t").text.split("\n")
    assert lines.count(opening) == 1


@pytest.mark.parametrize(("bio", "authors"), [
    ("作者简介：赵某某，某某农业大学经济管理学院副教授，主要研究农村发展。", ("赵某某",)),
    ("（作者简介：欧阳某某，某某大学教授）", ("欧阳某某",)),
    ("作者简介：某某大学课题组，长期关注农村发展问题。", ()),  # no person
    ("（作者系某某大学公共管理学院教授）", ()),  # names nobody: the text keeps it
])
def test_an_author_s_bio_names_the_author(bio: str, authors: tuple[str, ...]) -> None:
    page = (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='date'>2024-03-05</div><div class='text'>{_PARAS}<p>{bio}</p></div>"
            "</body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.authors == authors
    assert doc.text.split("\n")[-1] == bio


@pytest.mark.parametrize(("box", "gone"), [
    ("<div>关注我们</div><p>微信号：abc_news</p>", True),
    ("<p>关注我们<br>公众号ID：abc_news</p>", True),
    ("<p>扫码关注官方微信</p><p>微信公众号：某某发布</p><p>官方微博：@abc_news</p>", True),
    ("<p>欢迎关注我们的公众号 微信号：abc_news</p>", True),
    ("<p><strong>关注我们</strong></p><p>微信号：abc_news</p>", True),
    # a contact block: no prompt before the id
    ("<p>电话：010-12345678</p><p>微信号：abc_news</p>", False),
    # a sentence about following is the article's
    ("<p>关注我们身边的好人好事，是每个人的责任。微信号：abc_news</p>", False),
])
def test_an_account_id_under_a_follow_prompt_goes(box: str, gone: bool) -> None:
    page = (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='date'>2024-03-05</div><div class='text'>{_PARAS}{box}</div>"
            "</body></html>")
    assert ("abc_news" not in clean_html(page, id="t").text) == gone


_BANNER = "<div class='banner'><img src='b.jpg' alt='奋进新征程 建功新时代——某某区乡村振兴巡礼'></div>"


@pytest.mark.parametrize(("title", "top", "want"), [
    ("专题报道_某某网", _BANNER, "奋进新征程 建功新时代——某某区乡村振兴巡礼"),
    # the headline printed as text after the banner: the text's
    ("专题报道_某某网", _BANNER + "<div class='t'>某某区乡村振兴工作取得新进展</div>",
     "某某区乡村振兴工作取得新进展"),
    # a full headline in <title>: the banner is decoration
    ("某某区乡村振兴工作取得新进展_某某网", _BANNER, "某某区乡村振兴工作取得新进展"),
    # a linked image (a logo, an ad) names no headline
    ("专题报道_某某网", "<a href='/'><img src='l.png' alt='奋进新征程 建功新时代——某某区乡村振兴巡礼'></a>",
     "专题报道"),
    ("专题报道_某某网", "<img src='p.jpg' alt='图片'>", "专题报道"),
])
def test_a_title_banner_s_alt_is_the_headline_when_no_text_prints_one(
        title: str, top: str, want: str) -> None:
    page = (f"<html><head><title>{title}</title></head><body>{top}<div class='date'>时间：2024-09-12"
            f"</div><div class='text'>{_PARAS}</div></body></html>")
    assert clean_html(page, id="t").meta.title == want


_ANSWER = ("<div class='item'><div class='who'><a href='#'>{user}</a></div><div class='votes'>{votes}"
           "</div><div class='text'>{text}</div><div class='time'>{time}</div></div>")
_ANSWER_TEXT = "这是第{n}个回答的内容，讲讲第一次养猫需要准备的东西，供大家参考，欢迎补充。"


@pytest.mark.parametrize(("votes", "times", "others"), [
    (["2,315 人赞同了该回答", "318 人赞同了该回答", "56 人赞同了该回答"], ["编辑于 2024-03-02 18:20"] * 3, 2),
    (["赞同 2315", "赞同 318"], ["发布于 2024-03-02 18:20", "编辑于 2024-03-05 09:12"], 1),
    (["1.2 万人赞同了该回答", "318 人赞同"], ["2024-03-02 18:20", "2024-03-05 09:12"], 1),
    # votes and no time: a list of pieces, no answers
    (["赞同 2315", "赞同 318", "赞同 56"], ["", "", ""], 0),
    # a sentence about agreeing is no votes label
    (["我非常赞同楼上的看法", "我也赞同"], ["2024-03-02 18:20"] * 2, 0),
])
def test_a_q_and_a_page_s_answers(votes: list[str], times: list[str], others: int) -> None:
    from cleaners.html.dom import parse_html
    from cleaners.html.thread import forum_thread

    items = "".join(_ANSWER.format(user=f"用户{n}", votes=v, text=_ANSWER_TEXT.format(n=n), time=t)
                    for n, (v, t) in enumerate(zip(votes, times, strict=True)))
    root = parse_html(f"<html><body><div class='list'>{items}</div></body></html>")
    assert root is not None
    thread = forum_thread(root)
    assert (len(thread.replies) if thread else 0) == others
    if thread:
        assert thread.answers
        assert _ANSWER_TEXT.format(n=0) in thread.first.text_content()
        assert thread.posted == "2024-03-02T18:20:00"


@pytest.mark.parametrize(("note", "gone"), [
    ("<div class='tip'>正在加载视频...</div>", True),
    ("<p>视频加载中</p><p>请稍候</p>", True),
    ("<p>点击播放</p>", True),
    ("<p>请安装Flash播放器</p>", True),
    # the article's own words beside the player stay, whatever they say of playing
    ("<p>第9段，视频播放量突破十万，成为热门话题之一。</p>", False),
    ("<p>播放结束后，现场响起了掌声</p>", False),
])
def test_a_player_s_loading_note_beside_it_goes(note: str, gone: bool) -> None:
    page = (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='date'>2024-03-05</div><div class='text'>{_PARAS}<div class='vb'>"
            f"<video src='a.mp4'></video>{note}</div></div></body></html>")
    lines = clean_html(page, id="t").text.split("\n")
    assert (len(lines) == 3) == gone
