"""A page in a spam brand's own voice (spam.score): its publisher or its opening dateline
(某某讯) is a brand, and the spam cleaners cut that brand from inside nearly every line. Such a
parasite page (寄生虫) is sales talk dressed as news, dropped whole even where what its cuts
leave (a handicap tip, a deposit bonus) names no lexicon term. Invented text; counterexamples:
mirrors that copy a real article under its own publisher and dateline, a mirror printing its
brand as 来源 with the brand in one paragraph, and real news on a gambling crackdown."""

from __future__ import annotations

from cleaners import clean_text

TITLE = "县业余篮球联赛今晚开赛"
PARASITE = [
    "发布时间：2026-05-09 19:20　来源：金狐体育官方网站　浏览：1204次",
    "金狐体育讯 2026年县业余篮球联赛今晚在县体育馆开赛，金狐体育APP全程提供滚球投注，"
    "让分和总分盘口实时更新。",
    "揭幕战由卫冕冠军迎战新军，金狐体育分析师推荐主队让五分，新用户注册金狐体育即可领取"
    "58元彩金。",
    "据介绍，本届联赛共有十二支球队，金狐体育为每一场比赛开设过关玩法，单注最高可赢50万元。",
    "金狐体育客服提醒，首次存款即返30%，五分钟极速出款，支持银行卡和虚拟币。",
]
ARTICLE = [
    "据了解，本届联赛共有十二支球队参赛，比赛将持续到六月底，所有场次免费向市民开放。",
    "揭幕战由卫冕冠军迎战新组建的乡镇代表队，双方打满四节，主队以78比70获胜。",
    "县文体局负责人介绍，联赛期间将同步开展篮球进校园活动，邀请退役球员为学生上课。",
    "下一轮比赛将于5月16日晚进行，球迷可通过县融媒体中心的直播观看全部场次。",
]
NEWS_HEAD = "发布时间：2026-05-09 21:40　来源：某某县融媒体中心"


def _clean(*lines: str) -> tuple[str, str | None]:
    doc = clean_text("\n".join([TITLE, *lines]) + "\n", id="t")
    return doc.text, (doc.dropped.why if doc.dropped else None)


def _planted(line: str, piece: str = "金狐体育") -> str:
    """``line`` with ``piece`` set after its first comma, as a mirror plants a brand."""
    head, _, tail = line.partition("，")
    return f"{head}，{piece}{tail}"


def test_a_page_in_a_brands_voice_is_dropped() -> None:
    _, why = _clean(*PARASITE)
    assert why is not None
    assert "speaks as a brand" in why


def test_the_dateline_alone_names_the_voice() -> None:
    # no 来源 row: the text's own dateline names the brand cut from its paragraphs
    _, why = _clean(*PARASITE[1:])
    assert why is not None


def test_a_traditional_script_copy_is_dropped_the_same() -> None:
    import opencc

    s2t = opencc.OpenCC("s2t")
    _, why = _clean(*(s2t.convert(line) for line in PARASITE))
    assert why is not None
    assert "speaks as a brand" in why


def test_the_publisher_alone_names_the_voice() -> None:
    # no dateline: the 来源 row's brand (its site name) is the brand cut from the paragraphs
    _, why = _clean(PARASITE[0], PARASITE[1].removeprefix("金狐体育讯 "), *PARASITE[2:])
    assert why is not None
    assert "金狐体育官方网站" in why


def test_a_mirror_under_its_publishers_name_keeps_its_article() -> None:
    # the brand cut from inside every paragraph, but the page's publisher and dateline are
    # the paper's: a copied article, kept with the brand cut
    # (注册即送, a lexicon phrase, proves the page)
    lines = [NEWS_HEAD, "本报讯 " + _planted(ARTICLE[0], "金狐体育注册即送"),
             *map(_planted, ARTICLE[1:])]
    text, why = _clean(*lines)
    assert why is None
    assert "金狐体育" not in text
    assert "所有场次免费向市民开放" in text
    assert "球迷可通过县融媒体中心的直播观看全部场次" in text


def test_a_mirror_printing_its_brand_as_source_keeps_its_article() -> None:
    # the brand is the publisher, but cut from inside one of four paragraphs only
    lines = ["发布时间：2026-05-09 21:40　来源：金狐体育官方网站",
             _planted(ARTICLE[0], "金狐体育注册即送"), *ARTICLE[1:]]
    text, why = _clean(*lines)
    assert why is None
    assert "主队以78比70获胜" in text
    assert "邀请退役球员为学生上课" in text


def test_news_on_a_gambling_crackdown_is_kept() -> None:
    lines = [
        NEWS_HEAD,
        "本报讯 近日，县公安局破获一起利用境外赌博网站组织网络赌博的案件，抓获犯罪嫌疑人6名。",
        "经查，犯罪嫌疑人以篮球联赛为噱头，招揽群众在境外网站投注，并以首次存款即返为诱饵。",
        "警方提醒，网络赌博不受法律保护，所谓高额返利、极速出款都是诱饵，切勿参与。",
    ]
    text, why = _clean(*lines)
    assert why is None
    assert "抓获犯罪嫌疑人6名" in text
