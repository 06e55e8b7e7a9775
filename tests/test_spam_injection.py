"""spam.injection: chopped keyword pieces go, legitimate repeats of the same characters stay."""

from __future__ import annotations

import json
import pickle
import random
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from cleaners import clean_text
from cleaners.document import Doc, Meta, Removal
from cleaners.spam import InjectedFragments, Lexicon, LexiconSpam
from cleaners.spam import injection as injection_module
from cleaners.spam.fragments import (
    FEATURES,
    KEEP,
    LINK_FEATURES,
    Candidate,
    TreeEnsemble,
    piece_model,
)
from cleaners.spam.lexicon import product_words, selling_terms
from cleaners.spam.stats import shared_stats

from .conftest import load_bench, shared_path

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
SEED = "004_430d29aad108b5a3"
INJECTED = ("党建得民", "党走车", "党走这里", "党走乘客", "大赛。心人", "的心人乘客", "正是心人",
            "的民群", "呼啸,民群", "两天的民群", "、众跟", ",众跟", "基层当", "就是基层促",
            "AG超玩会", "九游", "入口飞地")
LEGIT = ("中心人来车往", "人民群众", "跟党走", "基层党建", "基层党组织")


@pytest.fixture(scope="module")
def injection() -> InjectedFragments:
    return InjectedFragments(always=True)


@pytest.fixture(scope="module")
def seed_doc(injection: InjectedFragments) -> Doc:
    raw = shared_path("seeds", f"{SEED}.txt").read_text("utf-8")
    return injection(LexiconSpam()(Doc(SEED, text=raw)))


def test_injection_seed_pieces_removed(seed_doc: Doc) -> None:
    for piece in INJECTED:
        assert piece not in seed_doc.text, piece


def test_injection_seed_legit_repeats_kept(seed_doc: Doc) -> None:
    raw = shared_path("seeds", f"{SEED}.txt").read_text("utf-8")
    for word in LEGIT:
        assert word in seed_doc.text
    assert seed_doc.text.count("人民群众") == raw.count("人民群众")


def test_injection_seed_must_keep(seed_doc: Doc) -> None:
    gold = json.loads(shared_path("gold", f"{SEED}.json").read_text("utf-8"))
    for line in gold["must_keep"]:
        assert line in seed_doc.text


def test_injection_removals_are_complete(seed_doc: Doc) -> None:
    mine = [r for r in seed_doc.removals if r.cleaner == "spam.injection"]
    assert len(mine) >= 10
    for r in mine:
        assert r.rule == "injected_fragment"
        assert "recurs" in r.why
        assert r.text
        assert re.fullmatch(r"line \d+ chars \d+-\d+", r.where)


def test_injection_where_points_at_text(injection: InjectedFragments) -> None:
    raw = shared_path("seeds", f"{SEED}.txt").read_text("utf-8")
    doc = injection(Doc(SEED, text=raw))
    lines = raw.split("\n")
    first = [r for r in doc.removals if r.where.startswith("line 1 ")]
    assert first
    for r in first:
        a, b = map(int, r.where.split("chars ")[1].split("-"))
        assert lines[0][a - 1:b] == r.text  # 1-based, inclusive


def test_injection_single_repeat_of_a_name_is_kept(injection: InjectedFragments) -> None:
    text = ("记者唐小未报道，唐小未在现场看到居民排队办事。\n"
            "唐小未采访了社区书记，书记说群众满意度很高。")
    assert injection(Doc("d", text=text)).text == text


def _paragraphs() -> list[str]:
    path = ROOT / "bench" / "spam_articles" / "paragraphs.txt"
    return [p for p in path.read_text("utf-8").splitlines() if p and not p.startswith("#")]


def test_injection_clean_articles_lose_nothing(injection: InjectedFragments) -> None:
    paras, rng = _paragraphs(), random.Random(11)
    articles = ["\n".join(rng.sample(paras, rng.randint(4, 9))) for _ in range(100)]
    for path in sorted(shared_path("gold").glob("*.json")):
        articles.append(json.loads(path.read_text("utf-8"))["text"])
    assert len(articles) >= 100
    lexicon = LexiconSpam()
    for text in articles:
        doc = injection(lexicon(Doc("d", text=text)))
        assert doc.text == text, [r.text for r in doc.removals]


def _bench() -> object:
    return load_bench("spam_inject")


def _recall_and_loss(method: str, n: int = 24) -> tuple[float, float]:
    bench: Any = _bench()
    rng = random.Random(2)
    paras = _paragraphs()
    planted = caught = own = lost = 0
    lexicon, injection = LexiconSpam(), InjectedFragments(method=method)
    for _ in range(n):
        text = "\n".join(rng.sample(paras, 8))
        spammed, mask = bench.inject(text, rng)
        gone = bench.removed_mask(spammed, injection(lexicon(Doc("d", text=spammed))).text,
                                  mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
        own += len(mask) - sum(mask)
        lost += sum(g and not m for g, m in zip(gone, mask, strict=True))
    return caught / planted, lost / own


def test_injection_bench_generator_pieces_mostly_removed() -> None:
    recall, loss = _recall_and_loss("both")
    rules_recall, _ = _recall_and_loss("rules")
    assert recall >= 0.6
    assert loss <= 0.003
    assert recall > rules_recall + 0.05  # the piece model adds what the chain rules miss


NEWS_LINE = "警方提醒市民，亚博体育官网等境外赌博网站均属违法，切勿轻信所谓的高额回报。"
QUOTED_LINE = "警方提醒市民，“雷竞技”所谓的高额回报均属诈骗，切勿轻信。"


def test_pieces_go_on_a_page_whose_spam_name_was_kept() -> None:
    # spam.lexicon keeps the brand (the line reads like news about spam); the page still
    # names spam, so the piece model runs and must find a phrase's worth of pieces.
    bench: Any = _bench()
    rng = random.Random(4)
    paras = _paragraphs()
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]  # no spam term of their own
    assert len(slogans) >= 4
    planted = caught = own = lost = 0
    for _ in range(12):
        text = "\n".join([*rng.sample(paras, 7), NEWS_LINE])
        spammed, mask = bench.inject(text, rng, slogans, brands=())
        doc = LexiconSpam()(Doc("d", text=spammed))
        assert not doc.removals  # nothing cut by the lexicon: not a mirror
        gone = bench.removed_mask(spammed, InjectedFragments()(doc).text, mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
        own += len(mask) - sum(mask)
        lost += sum(g and not m for g, m in zip(gone, mask, strict=True))
    assert caught / planted >= 0.6
    assert lost / own <= 0.003


def test_an_unknown_brand_shape_opens_the_page_to_the_model_and_goes_with_the_pieces() -> None:
    bench: Any = _bench()
    rng = random.Random(8)
    paras = _paragraphs()
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    brand = "星辉体育官网"  # no lexicon term: only its shape names it
    assert not Lexicon().scan(brand)
    cleaned = 0
    for _ in range(6):
        text = "\n".join(rng.sample(paras, 7))
        spammed, _ = bench.inject(text, rng, slogans, brands=(brand,))
        out = InjectedFragments()(LexiconSpam()(Doc("d", text=spammed)))
        cleaned += brand not in out.text and len(out.text) < len(spammed) - len(brand)
    assert cleaned >= 5


@pytest.mark.parametrize(("first", "second"), [("办理各", "类学历"), ("推动各", "类产品"),
                                               ("全面提", "升服务")])
def test_two_believed_pieces_that_read_on_into_each_other_suffice_on_a_named_page(
        first: str, second: str) -> None:
    # Only a brand shape names the page, so the model needs a phrase's worth of pieces; two
    # whose seam forms a word (各|类, 提|升) are two pieces of one chopped phrase.
    rng = random.Random(2)
    lines = rng.sample(_paragraphs(), 6)
    for piece in (first, second) * 3 + ("星辉体育官网",):
        i = rng.randrange(3)
        pos = rng.randrange(len(lines[i]))
        lines[i] = lines[i][:pos] + piece + lines[i][pos:]
    out = InjectedFragments()(LexiconSpam()(Doc("d", text="\n".join(lines))))
    assert first not in out.text
    assert second not in out.text
    assert "星辉" not in out.text


@pytest.mark.parametrize("pieces", [("共建共", "享美好", "家园"), ("幸福生", "活靠", "奋斗")])
@pytest.mark.parametrize("start", [0, 36])
def test_a_piece_inside_a_word_at_its_one_screened_site_opens_an_unnamed_page(
        pieces: tuple[str, ...], start: int) -> None:
    # As below, but the piece sits inside a word (基层) once and only between words elsewhere:
    # its other sites are no word-internal places, yet it recurs, and that names the page.
    text = _planted_between_words(start, pieces).replace(f"企{pieces[0]}业", "企业")
    assert not LexiconSpam()(Doc("d", text=text)).removals
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
    assert out.text == _planted_between_words(start, ("", "", ""))


def _planted_between_words(start: int, pieces: tuple[str, ...]) -> str:
    """Six of our paragraphs, each piece planted three times between two characters that form
    no word, and the first piece inside a word twice: 基|·|层, and 企|·|业 where a word reads
    across its end seam (so only one site counts as a split)."""
    stats = shared_stats()
    lines = _paragraphs()[start : start + 6]
    planted = 0
    for n in range(3):
        line = lines[n]
        for offset in (40, 25, 10):  # from the end, so earlier offsets do not move
            i = next(i for i in range(offset, len(line)) if re.fullmatch(
                r"[\u4e00-\u9fff]{2}", line[i - 1 : i + 1]) and not stats.pair_bound(
                line[i - 1 : i + 1]))
            line = line[:i] + pieces[planted % len(pieces)] + line[i:]
            planted += 1
        lines[n] = line
    lines[3] += f"社区干部深入基{pieces[0]}层走访群众。"
    lines[4] += f"本地多家企{pieces[0]}业参与其中。"
    return "\n".join(lines)


@pytest.mark.parametrize("pieces", [("共建共", "享美好", "家园"), ("幸福生", "活靠", "奋斗")])
@pytest.mark.parametrize("start", [0, 36])
def test_a_recurring_piece_inside_a_word_once_opens_an_unnamed_page_to_the_model(
        pieces: tuple[str, ...], start: int) -> None:
    # No spam term, no brand: the page is named only by a recurring string that re-joins a
    # word (基层) at one of its sites; the model then finds the phrase and nothing else goes.
    text = _planted_between_words(start, pieces)
    assert not LexiconSpam()(Doc("d", text=text)).removals
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
    assert out.text == _planted_between_words(start, ("", "", ""))


def _planted_inside_words(start: int, pieces: tuple[str, ...]) -> str:
    """Six of our paragraphs, the pieces planted nine times in turn inside words: between two
    characters that form one (a bound pair), three sites in each of the first three lines."""
    stats = shared_stats()
    lines = _paragraphs()[start : start + 6]
    planted = 0
    for n in range(3):
        line = lines[n]
        for offset in (45, 30, 15):  # from the end, so earlier offsets do not move
            i = next(i for i in range(offset, len(line)) if re.fullmatch(
                r"[\u4e00-\u9fff]{2}", line[i - 1 : i + 1]) and stats.pair_bound(
                line[i - 1 : i + 1]))
            line = line[:i] + pieces[planted % len(pieces)] + line[i:]
            planted += 1
        lines[n] = line
    return "\n".join(lines)


@pytest.mark.parametrize("pieces", [("上门", "回收", "旧车", "高价"), ("代购", "海外", "名表", "低价")])
@pytest.mark.parametrize("start", [0, 36])
def test_pieces_that_are_words_set_inside_words_name_an_unnamed_page_themselves(
        pieces: tuple[str, ...], start: int) -> None:
    # No spam term, no brand shape, and every piece is a word of the language (so no string
    # "that is no word" re-joins a word and names the page): the model believes two pieces or
    # more that each sit inside a word somewhere, which names the page, and they all go.
    text = _planted_inside_words(start, pieces)
    assert not LexiconSpam()(Doc("d", text=text)).removals
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
    assert out.text == _planted_inside_words(start, ("",))


NEWS_ON_ONE_TOPIC = (
    "市商务局近日启动旧车回收补贴工作。按照方案，车主将符合条件的旧车交售给指定回收企业，"
    "即可申领补贴。回收企业须在三个工作日内完成旧车拆解，并将回收证明上传至平台。\n"
    "据介绍，今年全市计划回收旧车一万辆，回收价格由企业按市场行情确定，高价收购须明码标价。"
    "商务部门提醒车主，选择回收企业时要查验资质，不要轻信上门收车的高价承诺。\n"
    "此外，海外代购商品须依法申报，代购者不得以低价为名逃避监管；市场监管部门将对名表、"
    "箱包等商品开展抽查。")


def test_an_article_naming_its_topic_words_again_and_again_loses_nothing() -> None:
    # The same words as above (回收, 旧车, 高价, 代购, 低价), used by the article between its
    # own words: the model believes no two pieces that sit inside words, the page stays shut.
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=NEWS_ON_ONE_TOPIC)))
    assert doc.text == NEWS_ON_ONE_TOPIC, [r.text for r in doc.removals]


def test_invented_bench_brands_are_unknown_to_the_lexicons() -> None:
    bench: Any = _bench()
    for brand in bench.UNSEEN_BRANDS:  # a topic word (棋牌) names no spam
        assert all(h.kind == "term" for h in Lexicon().scan(brand)), brand
    kinds: Any = load_bench("spam_kinds")  # the kinds bench's invented names too
    for name in kinds.INVENTED:
        assert not Lexicon().scan(name), name
    # The unseen shapes' look-alike brands and pinyin initials are ours too, with or without
    # the number a mirror adds: no lexicon file lists them, and only the general rules of
    # spam.spellings (a brand respelled, its pinyin initials with a number) may find them.
    lexicon = Lexicon()
    for name in (*kinds.VARIANTS, *kinds.INITIALS, *(i + "88" for i in kinds.INITIALS)):
        assert name.lower() not in lexicon.entries, name
        assert all(h.spells for h in lexicon.scan(name)), name


def test_the_dev_set_is_new_and_its_coined_brands_unknown_to_the_lexicons() -> None:
    # The dev set measures what the tuned lists cannot: phrases and brands never tuned on.
    bench: Any = _bench()
    dev_phrases, dev_brands, dev_unseen = bench.SETS["dev"]
    assert len(dev_phrases) == len(dev_unseen) == 24
    tuned = {*bench.PHRASES, *bench.BRANDS, *bench.UNSEEN_BRANDS}
    assert not tuned & {*dev_phrases, *dev_brands, *dev_unseen}
    assert all(any(h.kind == "brand" for h in Lexicon().scan(b)) for b in dev_brands)
    for brand in dev_unseen:  # a topic word (棋牌, 快三) names no spam
        assert all(h.kind == "term" for h in Lexicon().scan(brand)), brand


def test_the_fresh_set_shares_no_string_with_the_others() -> None:
    # Held out: no phrase, piece-sized name or coined brand of it appears in the other lists.
    bench: Any = _bench()
    phrases, _, unseen = bench.SETS["fresh"]
    others = [*bench.PHRASES, *bench.UNSEEN_BRANDS, *bench.DEV_PHRASES, *bench.DEV_BRANDS,
              *bench.DEV_UNSEEN_BRANDS, *bench.DEV2_PHRASES, *bench.DEV2_UNSEEN_BRANDS,
              *bench.DEV3_PHRASES, *bench.DEV3_UNSEEN_BRANDS]
    for item in (*phrases, *unseen):
        assert not any(item in o or o in item for o in others), item
    for brand in unseen:  # a topic word (棋牌, 快三) names no spam
        assert all(h.kind == "term" for h in Lexicon().scan(brand)), brand


@pytest.mark.parametrize("brand", ["QX体育", "龙腾棋牌", "hg688"])
def test_a_loose_brand_shape_opens_the_page_to_the_model(brand: str) -> None:
    bench: Any = _bench()
    rng = random.Random(9)
    paras = [p for p in _paragraphs() if not Lexicon().scan(p)]
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    caught = planted = 0
    for _ in range(6):
        text = "\n".join(rng.sample(paras, 7))
        spammed, mask = bench.inject(text, rng, slogans, brands=(brand,))
        gone = bench.removed_mask(spammed, InjectedFragments()(
            LexiconSpam()(Doc("d", text=spammed))).text, mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
    assert caught / planted >= 0.6
    # Without the brand a page is analysed only where a recurring piece sat inside a word
    # (here 新引 in 质|新引|量); what goes then is planted text only.
    text = "\n".join(rng.sample(paras, 7))
    spammed, mask = bench.inject(text, rng, slogans, brands=())
    gone = bench.removed_mask(spammed, InjectedFragments()(Doc("d", text=spammed)).text, mask)
    assert not any(g and not m for g, m in zip(gone, mask, strict=True))


@pytest.mark.parametrize("brand", ["玉麟娱乐", "翠峰国际", "金鲨竞技"])
def test_a_coined_name_and_product_word_between_words_opens_the_page_to_the_model(
        brand: str) -> None:
    """A brand planted where it split no word (…企业玉麟娱乐负责人…) still names the page; the
    chopped phrase it came with then goes, and the brand with it."""
    assert all(h.kind == "term" for h in Lexicon().scan(brand))
    bench: Any = _bench()
    rng = random.Random(5)
    paras = [p for p in _paragraphs() if not Lexicon().scan(p)]
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    caught = planted = own = lost = 0
    for _ in range(6):
        text = "\n".join(rng.sample(paras, 7))
        spammed, mask = bench.inject(text, rng, slogans, brands=(brand,))
        gone = bench.removed_mask(spammed, InjectedFragments()(
            LexiconSpam()(Doc("d", text=spammed))).text, mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
        own += len(mask) - sum(mask)
        lost += sum(g and not m for g, m in zip(gone, mask, strict=True))
    assert caught / planted >= 0.7
    assert lost / own <= 0.002


def test_a_latin_domain_name_at_a_word_boundary_opens_the_page_to_the_model() -> None:
    """A gambling domain's shape (lower-case name and number) standing against Han text on one
    side only, as at a clause's start (。ab5688市民…), names the page like one set inside a
    word; the chopped phrase then goes."""
    bench: Any = _bench()
    rng = random.Random(6)
    paras = [p for p in _paragraphs() if not Lexicon().scan(p)]
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    caught = planted = 0
    for _ in range(6):
        text = "\n".join(rng.sample(paras, 7))
        spammed, mask = bench.inject(text, rng, slogans, brands=())
        spammed, mask = "ab5688" + spammed, [True] * 6 + mask
        gone = bench.removed_mask(spammed, InjectedFragments()(
            LexiconSpam()(Doc("d", text=spammed))).text, mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
    assert caught / planted >= 0.6


def test_a_kept_brand_goes_once_the_page_is_proven_to_carry_pieces() -> None:
    bench: Any = _bench()
    rng = random.Random(4)
    paras = _paragraphs()
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    line = "警方提醒，切勿轻信网上的投注链接雷竞技发现线索请及时举报。"
    # News about spam keeps the brand when nothing else on the page is spam...
    clean = "\n".join([*rng.sample(paras, 6), line])
    assert "雷竞技" in InjectedFragments()(LexiconSpam()(Doc("d", text=clean))).text
    # ...and loses it once injected pieces prove the page a mirror.
    spammed, _ = bench.inject("\n".join(rng.sample(paras, 7)), rng, slogans, brands=())
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{spammed}\n{line}")))
    assert "雷竞技" not in doc.text
    assert any("news-like line" in r.why for r in doc.removals)
    # A cited name stays even then.
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{spammed}\n{QUOTED_LINE}")))
    assert QUOTED_LINE in doc.text


def test_a_brand_shape_in_a_news_line_goes_only_where_it_split_a_word() -> None:
    bench: Any = _bench()
    rng = random.Random(4)
    paras = _paragraphs()
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    spammed, _ = bench.inject("\n".join(rng.sample(paras, 7)), rng, slogans, brands=())
    # An invented brand inside 司法 of a line about a trial: inserted, it goes...
    split = "犯罪嫌疑人已被依法移送司星辉彩票app法机关处理。"
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{spammed}\n{split}")))
    assert "犯罪嫌疑人已被依法移送司法机关处理。" in doc.text.split("\n")
    assert any("split a word" in r.why for r in doc.removals)
    # ...while the article's own mention between words stays, on the same proven page.
    cited = "警方查处了以星辉电竞入口为名的赌博网站，相关责任人已被移送司法机关。"
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{spammed}\n{cited}")))
    assert cited in doc.text.split("\n")


@pytest.mark.parametrize("line", ["用户可以下载腾讯体育app观看本场比赛的直播。",
                                  "市民可登录学校体育官网查询场馆开放时间。"])
def test_a_brand_shape_alone_cuts_nothing(line: str) -> None:
    paras = _paragraphs()
    text = "\n".join([*paras[:6], line])
    assert InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text == text


def test_clean_news_about_spam_loses_nothing() -> None:
    paras, rng = _paragraphs(), random.Random(12)
    for _ in range(30):
        text = "\n".join([*rng.sample(paras, 6), NEWS_LINE])
        doc = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
        assert doc.text == text, [r.text for r in doc.removals]


def test_piece_model_matches_its_features() -> None:
    model = piece_model()
    assert model.own.shape == (len(FEATURES),)
    width = len(FEATURES) + len(LINK_FEATURES)
    assert model.linked_prob(np.zeros((3, width))).shape == (3,)
    with pytest.raises(ValueError, match="linked features"):
        model.linked_prob(np.zeros((1, width - 1)))
    assert 0.5 <= model.own_threshold < 1
    assert 0.5 <= model.threshold < 1


def test_tree_ensemble_walks_each_tree_to_its_leaf() -> None:
    # Tree 1: x0 <= 0.5 ? 1.0 : (x1 <= 2 ? -1.0 : 3.0); tree 2: a single leaf of 0.25.
    trees = TreeEnsemble({
        "baseline": -0.5, "roots": [0, 5], "depth": 2,
        "feature": [0, 0, 1, 0, 0, 0], "threshold": [0.5, 0, 2.0, 0, 0, 0],
        "left": [1, 0, 3, 0, 0, 0], "right": [2, 0, 4, 0, 0, 0],
        "value": [0, 1.0, 0, -1.0, 3.0, 0.25], "leaf": [False, True, False, True, True, True],
    })
    x = np.array([[0.0, 9.0], [1.0, 2.0], [1.0, 2.5]])
    assert trees.logit(x).tolist() == [0.75, -1.25, 2.75]
    with pytest.raises(ValueError, match="line up"):
        TreeEnsemble({"baseline": 0, "roots": [0], "depth": 0, "feature": [0], "threshold": [],
                      "left": [0], "right": [0], "value": [0], "leaf": [True]})


def test_injection_rejects_unknown_method() -> None:
    with pytest.raises(ValueError, match="method"):
        InjectedFragments(method="guess")


def test_injection_pickles_without_tables(injection: InjectedFragments) -> None:
    data = pickle.dumps(injection)
    assert len(data) < 2000
    again = pickle.loads(data)
    assert again(Doc("d", text="人民群众")).text == "人民群众"


def test_injection_rejects_bad_options() -> None:
    with pytest.raises(ValueError, match="min_repeats"):
        InjectedFragments(min_repeats=1)


@pytest.mark.parametrize(("text", "quoted"), [
    ("开展“德法相伴”活动，推行“德法有约”讲堂，德法并举。", True),
    ("《条例》规定…学习《条例》精神", True),
    ("开展德法相伴活动，推行德法有约讲堂，“德法”并举。", False),  # one quoted site
    ("心人乘客说，中心人来车往，心人们", False),
])
def test_quoted_terms_are_the_articles_own(text: str, quoted: bool) -> None:
    frag = "条例" if "条例" in text else ("德法" if "德法" in text else "心人")
    starts = [i for i in range(len(text)) if text.startswith(frag, i)]
    assert injection_module._quoted_term(text, frag, starts) is quoted


@pytest.mark.parametrize(("line", "brand"), [
    ("社区为困难群众解决住金樽娱乐房问题，居民纷纷点赞。", "金樽娱乐"),
    ("今年全市粮食产量再创新宏发国际高，农民收入稳步增长。", "宏发国际"),
])
def test_a_name_and_product_word_that_splits_a_word_is_an_inserted_brand(
        line: str, brand: str) -> None:
    spans = InjectedFragments()._splitting_brands(line, product_words(line))
    assert [line[a:b] for a, b in spans] == [brand]


@pytest.mark.parametrize("line", ["全民体育活动蓬勃开展，群众参与热情高涨。", "市文化娱乐中心今天开放。",
                                  "本届国际博览会吸引了众多客商。", "中国体育彩票公益金支持全民健身。"])
def test_product_words_in_running_text_are_no_inserted_brand(line: str) -> None:
    assert InjectedFragments()._splitting_brands(line, product_words(line)) == []
    assert InjectedFragments()(Doc("d", text=line)).text == line


def _cleaned_on_proven_pages(line: str, kept: str, seed: int) -> list[str]:
    """Four pages proven to carry spam (a bench phrase chopped in, a known brand), each ending in
    ``line`` and ``kept``, after the lexicon and the injection cleaner: their texts."""
    bench: Any = _bench()
    rng = random.Random(seed)
    paras = [p for p in _paragraphs() if not Lexicon().scan(p)]
    texts = []
    for _ in range(4):
        spammed, _ = bench.inject("\n".join(rng.sample(paras, 7)), rng, bench.PHRASES,
                                  ("澳门新葡京",))
        doc = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{spammed}\n{line}\n{kept}")))
        texts.append(doc.text)
    return texts


def test_on_a_proven_page_an_unknown_brand_between_words_goes_and_product_phrases_stay() -> None:
    kept = "社区体育活动丰富多彩，文化娱乐设施不断完善。"
    for text in _cleaned_on_proven_pages("居民们纷纷表示彩虹湾娱乐生活越来越方便了。", kept, 5):
        assert "彩虹湾娱乐" not in text
        assert kept in text


@pytest.mark.parametrize(("text", "found"), [
    ("技村党支部书hg688记告诉记者", ["hg688"]),
    ("格总体稳定，js333超市里挂满了", ["js333"]),
    ("东航MU5735航班", []),  # upper case: a code news writes
    ("通过ISO9001认证", []),
    ("延时300ms，单路视频", []),  # a number first: a unit
    ("访问www.hg688.com网站", []),  # a domain written out is left to the link rules
    ("新款iphone15手机", []),  # a longer Latin name
])
def test_latin_domain_brand_shape(text: str, found: list[str]) -> None:
    assert [m.group() for m in injection_module._LATIN_BRAND.finditer(text)] == found


def test_on_a_proven_page_a_neutral_two_character_name_goes_unless_it_opens_on_a_function_word(
        ) -> None:
    kept = "本次活动在市体育中心举行，吸引了众多市民参加。"
    cut = 0
    for text in _cleaned_on_proven_pages("政策落地后，确保农民龙腾棋牌手中的粮食卖得出去。", kept, 6):
        cut += "龙腾棋牌" not in text
        assert kept in text
    assert cut >= 3


@pytest.mark.parametrize(("line", "name", "seam"), [
    ("该工程由华晟城于去年开工建设。", "华晟城", True),  # 由|于: 由于
    ("记者和博远竞技的工作人员一起走访。", "博远竞技", True),  # 和|的
    ("今年已为东岚汇了解群众需求。", "东岚汇", True),  # 为|了: 为了
    ("夏粮收购工作已全瑞福城面展开。", "瑞福城", False),  # 全|面: a content word split
    ("社区为困难群众解决住金樽娱乐房问题。", "金樽娱乐", False),  # 住|房
])
def test_a_seam_that_re_joins_a_function_word(line: str, name: str, seam: bool) -> None:
    """Deleting a name cited after a preposition or conjunction re-joins it with the function
    character after the name (由|于, 和|的): grammar, not a word the name split."""
    a = line.index(name)
    assert injection_module._function_word_seam(line, a, a + len(name)) is seam


@pytest.mark.parametrize("line", [
    "该工程由华晟城于去年开工建设，预计明年投用。",
    "记者和博远竞技的工作人员一起走访了训练基地。",
    "项目与东岚汇的合作协议已正式签署。",
])
def test_a_name_cited_before_a_function_character_proves_no_page(line: str) -> None:
    assert InjectedFragments()._proving_brands(line, product_words(line)) == []
    assert InjectedFragments()._splitting_brands(line, product_words(line)) == []
    assert InjectedFragments()(Doc("d", text=line)).text == line


@pytest.mark.parametrize(("text", "found"), [
    # cited after 由 and before 于: deleting it re-joins 由于, no split word
    ("市里开展了防汛演练，该工程由华晟城于去年开工建设，工人们注册送彩金正在施工。", []),
    # planted inside 显著 in a line with other spam: still a name set inside a word
    ("今年以来，全市招商引资成效显聚通汇著，工人们注册送彩金正在施工。", ["聚通汇"]),
])
def test_a_name_cited_before_a_function_character_is_no_name_set_inside_a_word(
        text: str, found: list[str]) -> None:
    a = text.index("注册送彩金")
    spans = InjectedFragments()._split_names(text, [(a, a + 5, "a piece")])
    assert [text[x:y] for x, y, _ in spans] == found


def test_a_name_cited_before_a_function_character_stays_on_a_proven_page() -> None:
    kept = "社区体育活动丰富多彩，文化娱乐设施不断完善。"
    for line in ("该工程由华晟城于去年开工建设，预计明年投用。",
                 "记者和博远竞技的工作人员一起走访了训练基地。"):
        for text in _cleaned_on_proven_pages(line, kept, 5):
            assert line in text
            assert kept in text


@pytest.mark.parametrize(("line", "brand"), [
    # after 由 but before a word: the deletion reads 由政府部门, the brand set between words
    ("活动由彩虹湾娱乐政府部门统一组织，居民积极参与。", "彩虹湾娱乐"),
    # inside 由于, and set uncited elsewhere on the page: the brand goes from both sites
    ("由彩虹湾娱乐于天气原因，航班推迟起飞。居民们纷纷表示彩虹湾娱乐生活越来越方便了。", "彩虹湾娱乐"),
])
def test_a_brand_after_a_citing_word_still_goes_where_other_evidence_holds(
        line: str, brand: str) -> None:
    kept = "社区体育活动丰富多彩，文化娱乐设施不断完善。"
    for text in _cleaned_on_proven_pages(line, kept, 5):
        assert brand not in text
        assert kept in text


def test_an_ambiguous_latin_name_alone_opens_no_page() -> None:
    # "Bob" is an ambiguous brand of the lexicon and mostly a word of English text: the page
    # is not analysed (the model would cost milliseconds and find nothing).
    paras = [p for p in _paragraphs() if not Lexicon().scan(p)]
    text = "\n".join([*paras[:5], "受访者Bob告诉记者，他每天都会来这里跑步。"])
    stats = shared_stats()
    assert not injection_module._names_spam(text, product_words(text), stats)
    assert injection_module._names_spam(text + "\n葡京", product_words(text), stats)


@pytest.mark.parametrize(("line", "named"), [
    ("市民可登录学校体育官网查询场馆开放时间。", False),  # 学校: one of the commonest words
    ("活动详情可以登录北京体育官网查看。", False),
    ("市民可登录星辉体育官网查询场馆开放时间。", True),  # a coined name
    ("据彩虹体育官网消息，赛事将延期举行。", True),  # a word (彩虹), but no common one
])
def test_a_brand_shape_names_a_page_unless_its_name_is_a_common_word(line: str,
                                                                     named: bool) -> None:
    paras = [p for p in _paragraphs() if not Lexicon().scan(p)]
    text = "\n".join([*paras[:5], line])
    assert injection_module._names_spam(text, product_words(text), shared_stats()) is named


def test_a_traditional_script_mirror_is_read_through_its_simplified_copy() -> None:
    import opencc

    s2t = opencc.OpenCC("s2t")
    raw = shared_path("seeds", f"{SEED}.txt").read_text("utf-8")
    doc = InjectedFragments(always=True)(LexiconSpam()(Doc(SEED, text=s2t.convert(raw))))
    for piece in INJECTED:
        assert s2t.convert(piece) not in doc.text, piece
    for word in LEGIT:
        assert s2t.convert(word) in doc.text, word
    # the cuts are made in the page's own characters
    assert all(r.text in s2t.convert(raw) for r in doc.removals if r.cleaner == "spam.injection")


def test_traditional_clean_articles_lose_nothing() -> None:
    import opencc

    s2t = opencc.OpenCC("s2t")
    bench: Any = _bench()
    for text in bench.clean_articles(40, random.Random(3)):
        hant = s2t.convert(text)
        assert InjectedFragments()(LexiconSpam()(Doc("d", text=hant))).text == hant


@pytest.mark.parametrize("page", ["163_9", "baijiahao_3", "toutiao_5"])
def test_a_legitimate_shape_on_a_real_page_cuts_nothing(page: str) -> None:
    # Each page once lost its own words (道路/绕行; 型男/潮范; 汪某决定/志愿者汪某) when a line
    # naming a site like a brand (新浪体育官网) opened it to the analysis: its recurring
    # words chained, or the model believed two of them, though none ever split a word.
    from cleaners.html.decode import decode_html
    from cleaners.registry import default_chain

    render = load_bench("text_path").render
    raw = shared_path("pages", "real", f"{page}.html").read_bytes()
    parts = render(decode_html(raw).text).split("\n")
    half = len(parts) // 2
    text = "\n".join([*parts[:half], "详情可登录新浪体育官网查询。", *parts[half:]])
    doc = default_chain()(Doc("d", text=text))
    assert not [r.text for r in doc.removals if r.cleaner == "spam.injection"]


@pytest.mark.parametrize("line", ["他还说，“除非北京当局履行其国际承诺，否则中方在国际上的名声将会受损”。",
                                  "然后，英国人有点不甘心。或者说，还想在国际上证明一下自己。",
                                  "曾经有规有矩的国际秩序已经废弛崩溃。"])
def test_no_brand_name_holds_a_function_character(line: str) -> None:
    # On a proven page a name and a product word whose deletion reads no worse is cut
    # (彩虹湾娱乐); 中方在|国际 and 规矩的|国际 are the article's words, 在 and 的 tell.
    bench: Any = _bench()
    rng = random.Random(4)
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    spammed, _ = bench.inject("\n".join(rng.sample(_paragraphs(), 7)), rng, slogans,
                              brands=("开云体育",))
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{spammed}\n{line}")))
    assert line in doc.text.split("\n")


@pytest.mark.parametrize("page", ["163_1", "baijiahao_3", "njxfhn_1", "thepaper_1"])
def test_a_mirror_that_only_adds_a_brand_loses_nothing_else(page: str) -> None:
    # Each page, copied with one brand put in (a proven mirror), once lost its own recurring
    # words to a chain (龙湖多地项目/住建/房企; 街电/小电; 反诈/电诈/称其; 型男/潮范): their
    # seams meet in no common word and split none.
    from cleaners.html.decode import decode_html
    from cleaners.registry import default_chain

    render = load_bench("text_path").render
    raw = shared_path("pages", "real", f"{page}.html").read_bytes()
    parts = render(decode_html(raw).text).split("\n")
    long = [i for i, line in enumerate(parts) if len(line) > 40]
    i = long[len(long) // 2]
    parts[i] = parts[i][:10] + "澳门新葡京官网" + parts[i][10:]
    doc = default_chain()(Doc("d", text="\n".join(parts)))
    # (the brand itself stays where its line reads like news about fraud: njxfhn_1)
    assert {r.text for r in doc.removals if r.cleaner.startswith("spam")} <= {"澳门新葡京官网"}


@pytest.mark.parametrize(("brand", "gone"), [
    ("宏运娱乐 www.grtw2271.com", True),
    ("聚星国际（jj4015.vip）", True),
    ("博悦体育官网 www.bt6853.cc", True),
    # an institution's site: no digits in its address
    ("新浪体育 www.sina.com", False),
    # a name and a product word with no address, or an address with no name before it
    ("宏运娱乐", False),
    ("访问4399.com", False),
])
def test_a_brand_shape_with_a_numbered_address_proves_the_page(brand: str, gone: bool) -> None:
    text = ("会议指出，全县各级各部门认真落实决策部署，扎实抓好春耕备耕各项工作。" + brand
            + "农资储备充足，农机具检修到位。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert (out == text.replace(brand, "")) is gone
    assert "农资储备充足" in out


def test_a_numbered_address_goes_from_a_proven_page() -> None:
    text = "社区书记华体会官网带领党员走访群众。\n志愿者们在河道8832.com两岸清理垃圾。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out == "社区书记带领党员走访群众。\n志愿者们在河道两岸清理垃圾。"


def test_a_cut_name_goes_with_the_brackets_that_set_it_off() -> None:
    text = "社区书记华体会官网带领党员走访群众。\n志愿者们在河道【金樽娱乐】两岸清理垃圾。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "【" not in out


def test_pieces_set_at_clause_starts_go_from_a_mirror() -> None:
    # A mirror (华体会官网) with 外围投 and 注平台 set after clause marks, never inside a word.
    text = ("社区书记华体会官网带领党员走访群众。外围投志愿者们在河道两岸清理垃圾，"
            "注平台一上午共清理出塑料瓶两吨多。\n新建的城市书房已经开放，外围投每天都有市民前来"
            "看书学习。注平台周末常常一座难求，市民纷纷点赞。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "外围投" not in out
    assert "注平台" not in out
    assert "志愿者们在河道两岸清理垃圾" in out


def test_clause_start_pieces_go_where_one_ends_its_line_or_reads_into_another() -> None:
    # 共享美 ends a line once and once stands before the piece 文明城 (美文 reads across the
    # seam there); 好家园 ends a line once. Both still open only clauses, before varied text.
    text = ("社区书记华体会官网带领党员走访群众。共享美志愿者们在河道两岸清理垃圾，好家园一上午共清理出"
            "塑料瓶两吨多。共享美\n新建的城市书房已经开放，共享美文明城每天都有市民前来看书学习。"
            "好家园周末常常一座难求，共享美市民纷纷点赞。好家园\n")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "共享美" not in out
    assert "好家园" not in out
    assert "志愿者们在河道两岸清理垃圾" in out


def test_clause_start_pieces_go_from_a_page_whose_brand_was_kept() -> None:
    # The brand is cited in a line that reads like news about spam, so spam.lexicon keeps it;
    # the page still names spam, and the chopped phrase set at clause starts goes.
    text = ("社区书记带领党员走访群众。外围投志愿者们在河道两岸清理垃圾，注平台一上午共清理出塑料瓶两吨多。"
            "\n新建的城市书房已经开放，外围投每天都有市民前来看书学习。注平台周末常常一座难求，"
            "市民纷纷点赞。\n警方提醒：威尼斯人等境外网站涉嫌赌博。")
    doc = LexiconSpam()(Doc("d", text=text))
    assert not doc.removals
    out = InjectedFragments()(doc).text
    assert "外围投" not in out
    assert "注平台" not in out
    assert "警方提醒：威尼斯人等境外网站涉嫌赌博。" in out


def test_clause_start_pieces_stacked_at_one_clause_start_go() -> None:
    # 澳门葡 opens two clauses and once follows the piece 乐注 set at the same clause start.
    text = ("社区书记华体会官网带领党员走访群众。乐注志愿者们在河道两岸清理垃圾，京娱一上午共清理出塑料瓶两吨多。"
            "\n新建的城市书房已经开放，乐注每天都有市民前来看书学习，澳门葡周末常常一座难求。"
            "\n今年夏粮收购工作已全面展开，乐注澳门葡各收储企业敞开收购，京娱严格执行最低收购价。"
            "\n气象部门提醒，澳门葡秋冬季节注意防寒保暖。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert not any(piece in out for piece in ("乐注", "京娱", "澳门葡"))
    assert "各收储企业敞开收购" in out


def test_an_articles_own_clause_openers_stay_on_a_mirror() -> None:
    # A place's name opening several clauses, and a repeated opener that runs on into a word.
    text = ("社区书记华体会官网带领党员走访群众。龙洲湾街道开展环境整治，龙洲湾社区组织志愿服务。"
            "\n推动党建引领基层治理，推动党员下沉社区，龙洲湾居民纷纷点赞。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count("龙洲湾") == 3
    assert out.count("推动党") == 2


# A mirror (华体会官网) whose article sets {a} and {b} right after clause marks, twice each.
_CLAUSE_WORDS_PAGE = ("社区书记华体会官网带领党员走访群众。{a}志愿者们在河道两岸清理垃圾，{b}一上午共清理出"
                      "塑料瓶两吨多。\n新建的城市书房已经开放，{a}每天都有市民前来看书学习。{b}周末常常"
                      "一座难求，市民纷纷点赞。\n今年全市5G基站新增两千个，GDP增长百分之五，APP用户超过"
                      "10万。")


def test_words_of_a_phrase_set_at_clause_starts_go_from_a_mirror() -> None:
    # 锦绣|河山 and 宏图|伟业: words, so they split nothing, but news hardly ever opens a clause
    # with them, and two of them each open two clauses before text no word reads on into.
    for a, b in (("锦绣", "河山"), ("宏图", "伟业")):
        text = _CLAUSE_WORDS_PAGE.format(a=a, b=b)
        out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
        assert a not in out
        assert b not in out
        assert "志愿者们在河道两岸清理垃圾" in out
        assert "今年全市5G基站新增两千个，GDP增长百分之五，APP用户超过10万。" in out


def test_pieces_no_word_news_never_writes_go_with_words_at_clause_starts() -> None:
    # 宏图伟 strands 伟 and is in no news text; with the word 锦绣 at clause starts, a phrase.
    text = _CLAUSE_WORDS_PAGE.format(a="锦绣", b="宏图伟")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "锦绣" not in out
    assert "宏图伟" not in out


def test_an_articles_own_phrase_news_writes_stays_at_clause_starts() -> None:
    # 县财政 (县|财政) opens the article's clauses; news writes it, so it is no chopped piece.
    text = _CLAUSE_WORDS_PAGE.format(a="锦绣", b="县财政")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count("县财政") == 2


# A mirror (its spam line after the article) whose article uses {x}, a word jieba lacks, three
# times between words, once between the words of a compound (违规|{x}|行为: 违规行为).
_OWN_MODIFIER_PAGE = ("入冬以来，镇里组织干部走村入户开展安全检查，提醒群众冬季{x}要格外小心。\n"
                      "检查组发现，部分农户家中{x}设施老化，存在安全隐患，当场督促整改。\n"
                      "镇安全办负责人表示，对违规{x}行为将依法查处，确保群众温暖过冬。\n"
                      "威尼斯人官网 注册就送18元 百家乐 龙虎斗 天天返水")


@pytest.mark.parametrize("word", ["用火", "用气"])
def test_an_articles_own_word_between_a_compounds_words_stays_on_a_mirror(word: str) -> None:
    # Re-joining a compound of two words (违规行为) is no split: one believed piece alone
    # then proves nothing, and the article's own word stays at all three sites.
    text = _OWN_MODIFIER_PAGE.format(x=word)
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count(word) == 3
    assert "威尼斯人" not in out


@pytest.mark.parametrize(("text", "piece", "compound"), [
    ("对违规用火行为发现", "用火", True),  # 违规 + 行为
    ("往返于名众跟山之间", "众跟", False),  # 名山: its characters split
    ("推进经济体育发展", "体育", False),  # nothing re-joined
])
def test_a_compound_seam_is_a_re_join_of_two_words(text: str, piece: str, compound: bool) -> None:
    at = text.index(piece)
    assert injection_module._compound_seam(
        shared_stats(), text, at, at + len(piece)) is compound


def test_a_word_after_a_cut_piece_needs_two_clause_marks_of_its_own() -> None:
    # 周末 opens a clause after a mark once, and once follows the cut piece 河山: the cut's
    # seam is no clause mark, so the article's 周末 stays.
    text = _CLAUSE_WORDS_PAGE.format(a="锦绣", b="河山") + "\n社区广场热闹非凡，周末游客络绎不绝。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "河山" not in out
    assert out.count("周末") == 2


def test_words_set_at_clause_starts_need_a_phrase_of_them() -> None:
    # One such word alone is an odd opener of the article's, not a phrase's worth of pieces.
    text = _CLAUSE_WORDS_PAGE.format(a="锦绣", b="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count("锦绣") == 2


@pytest.mark.parametrize(("a", "b"), [
    ("目前", "同时"),  # openers of news
    ("督促", "引导"),  # verbs opening clauses whose subject is left out
])
def test_words_news_opens_clauses_with_stay_on_a_mirror(a: str, b: str) -> None:
    text = _CLAUSE_WORDS_PAGE.format(a=a, b=b)
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count(a) == 2
    assert out.count(b) == 2


def test_clause_start_words_stay_where_the_article_uses_them_inside_a_sentence() -> None:
    # 河山 also stands inside a sentence of the article: it is the article's word.
    text = _CLAUSE_WORDS_PAGE.format(a="锦绣", b="河山") + "\n祖国河山处处展现新面貌。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count("河山") == 3


def test_clause_start_words_stay_where_they_open_parallel_clauses_of_one_sentence() -> None:
    # 群山 opens two clauses of one sentence: the article's parallel clauses, not pieces
    # scattered over unrelated sentences (锦绣 and 河山 still go).
    text = _CLAUSE_WORDS_PAGE.format(a="锦绣", b="河山") + "\n登高远眺，群山连绵起伏，群山之间云雾缭绕。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "河山" not in out
    assert out.count("群山") == 2


def test_clause_start_words_stay_where_they_read_on_into_the_clause() -> None:
    # 锦绣 before 前程 (锦绣前程 is a word) at both sites: the clause's own first word.
    text = ("社区书记华体会官网带领党员走访群众。锦绣前程在望，河山志愿者们在河道两岸清理垃圾。"
            "\n新建的城市书房已经开放，锦绣前程可期。河山周末常常一座难求。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count("锦绣前程") == 2


# A mirror (华体会官网) whose article sets {a} at two clause starts and, once, after a
# sentence's mark at the end of a line, where it is a clause of one word.
_LINE_END_PAGE = ("社区书记华体会官网带领党员走访群众。{a}志愿者们在河道两岸清理垃圾，一上午共清理出"
                  "塑料瓶两吨多。{a}\n新建的城市书房已经开放，{a}每天都有市民前来看书学习。周末常常"
                  "一座难求，市民纷纷点赞。{own}")


@pytest.mark.parametrize("word", ["锦绣", "宏图伟", "前程", "共赢之"])  # 之: a function character
def test_a_string_ending_its_line_after_a_mark_goes_with_its_clause_start_copies(
        word: str) -> None:
    # One string is enough: no article ends a paragraph on a bare word after its last mark.
    text = _LINE_END_PAGE.format(a=word, own="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert word not in out
    assert "志愿者们在河道两岸清理垃圾" in out
    assert "每天都有市民前来看书学习" in out


@pytest.mark.parametrize(("word", "own"), [
    ("锦绣", "\n祖国锦绣山川处处展现新面貌。"),  # the article's word inside a sentence
    ("群山", "\n登高远眺，群山连绵起伏，群山之间云雾缭绕。"),  # parallel clauses of one sentence
])
def test_a_string_ending_its_line_stays_where_the_article_writes_it(word: str, own: str) -> None:
    text = _LINE_END_PAGE.format(a=word, own=own)
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count(word) == text.count(word)


def test_an_articles_clause_openers_that_end_no_line_stay_on_a_mirror() -> None:
    # The article's openers (他说, 村民们, a place's name, 一是/二是, 同时, 目前) recur at clause starts,
    # but each opens a clause that goes on to its mark.
    text = ("社区书记华体会官网带领党员走访群众。\n他说，村民们今年种了三百亩茶叶，他说，村民们的收入"
            "翻了一番。\n青溪镇开展环境整治。青溪镇组织志愿服务，一是清理河道，二是修缮道路。"
            "\n会上，一是部署秋收，二是安排防汛。\n同时，全镇新修道路五公里。目前，道路已通车。"
            "\n同时，镇里新建了文化广场。目前，广场已开放。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out == text.replace("华体会官网", "")


# A mirror whose clause-start pieces (外围投, 注平台) are cut from two lines.
_PIECES_PAGE = ("社区书记华体会官网带领党员走访群众。外围投志愿者们在河道两岸清理垃圾，注平台一上午共清理出"
                "塑{name}料瓶两吨多。\n新建的城市书房已经开放，外围投每天都有市民前来看书学习。注平台"
                "周末常常一座难求，{own}\n{other}")


def test_a_coined_name_planted_once_inside_a_word_goes_from_a_proven_page() -> None:
    # 赢家汇 (no product word, planted once) split 塑料: deleting it re-joins the word.
    text = _PIECES_PAGE.format(name="赢家汇", own="市民纷纷点赞。", other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "赢家汇" not in out
    assert "一上午共清理出塑料瓶两吨多" in out


@pytest.mark.parametrize("token", ["518鸿发", "99彩", "大满贯app", "吉利来入口", "金龙城官网"])
def test_a_brand_like_token_inside_a_word_goes_from_a_proven_page(token: str) -> None:
    # Digits and a name, a name and Latin letters, a name and promo words: set inside 塑料,
    # as an article never sets a number, an app or a site.
    text = _PIECES_PAGE.format(name=token, own="市民纷纷点赞。", other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert token not in out
    assert "一上午共清理出塑料瓶两吨多" in out


# _PIECES_PAGE with one more line of pieces: a page cut six times or more, a mirror throughout.
_MIRROR_PAGE = _PIECES_PAGE.format(name="", own="市民纷纷点赞。",
                                   other="老旧小区改造外围投完成后，居民注平台出行更加方便。")


@pytest.mark.parametrize(("line", "kept", "brand"), [
    # a coined name whose first character mostly stands alone (璟), before a clause mark
    ("地铁三号线正式开通运营璟瑞竞技，城市轨道交通运营里程持续增加。",
     "地铁三号线正式开通运营，城市轨道交通运营里程持续增加。", "璟瑞竞技"),
    # 万 opening a coined name, before an operator's ending; no numeral counts there
    ("村里的年轻人万琛汇大多外出打工。", "村里的年轻人大多外出打工。", "万琛汇"),
    ("超市里璟瑞城的年货供应充足。", "超市里的年货供应充足。", "璟瑞城"),
    # three characters: the last two bound to the one before them (福|星到: 福星)
    ("全市正奔向工业福星到体育高速发展的时代。", "全市正奔向工业高速发展的时代。", "星到体育"),
])
def test_a_coined_name_planted_once_in_an_uncut_line_goes_from_a_mirror(
        line: str, kept: str, brand: str) -> None:
    # Its line holds no other cut; the page is cut six times, a mirror's throughout.
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{_MIRROR_PAGE}\n{line}"))).text
    assert brand not in out
    assert kept in out


@pytest.mark.parametrize(("line", "kept"), [
    ("额度高、成本低的536鸿昇乡村振兴贷受到欢迎。", "额度高、成本低的乡村振兴贷受到欢迎。"),
    ("记者在现场看到，536鸿昇居民正在排队。", "记者在现场看到，居民正在排队。"),
])
def test_a_numbered_name_planted_once_in_an_uncut_line_goes_from_a_mirror(line: str,
                                                                         kept: str) -> None:
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{_MIRROR_PAGE}\n{line}"))).text
    assert "536" not in out
    assert kept in out


@pytest.mark.parametrize("line", [
    "全市共有985名考生参加。", "市民可拨打12345热线反映问题。", "今年618购物节销售火爆。",
    "车辆沿318国道行驶。", "他们在798艺术区参观。", "今年315晚会曝光了多家企业。",
    "比分定格在88比66。", "该厂年产360万台空调。",
])
def test_an_articles_numbers_stay_on_a_mirror(line: str) -> None:
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{_MIRROR_PAGE}\n{line}"))).text
    assert line in out


@pytest.mark.parametrize("line", [
    "天元围棋比赛在市体育馆举行。",  # names that are words an article writes
    "游客在华侨城游玩。", "他们去华侨城游玩。", "银河队以二比一获胜。",
    "市里出台棋牌室管理规定。",  # a word across the product word's end (棋牌室)
    "这是一份竞技体育的报告。", "今年福利彩票销售额同比增长。",
    "全市共有十万余人参加。",  # a numeral that counts (十万)
    "纳入后金殿城管理。",  # 金殿 is a common word: 后 no name's first character
    "学校大力发展竞技，成绩突出。", "运动员们同台竞技，各展风采。",  # 同台 is a word
    # a planted gaming word before a head noun is read as the article's noun phrase
    "今年前五个月璟瑞棋牌港口货物吞吐量同比增长。",
])
def test_an_articles_names_and_terms_stay_on_a_mirror(line: str) -> None:
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=f"{_MIRROR_PAGE}\n{line}"))).text
    assert line in out


@pytest.mark.parametrize("own", ["市民可拨打12345热线反映问题。", "详情可登录学校官网查询。",
                                 "用户可下载央视频app观看直播。", "全市共有985名考生参加。",
                                 "共罚没款一百八十余万hg688元。"])
def test_numbers_apps_and_sites_between_words_stay_on_a_proven_page(own: str) -> None:
    # An article's numbers, apps and sites stand between words; a name of numerals before a
    # Latin token re-joins a word by chance (一百|八十余万hg688|元) and is no name (hg688
    # itself goes, a Latin name with a number on a proven page).
    text = _PIECES_PAGE.format(name="", own=own, other=own)
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count(own.replace("hg688", "")) == 2


@pytest.mark.parametrize(("own", "other"), [
    # whole words between bound neighbours (市|卫生健康|委: 市委), in a line with pieces
    ("市卫生健康委通报了情况。", ""),
    # inside a quotation: the article's own coined term (五|必访|谈 would read 五谈)
    ("社区推行“五必访谈”制度。", ""),
    # a chance re-join (一|降频就卡|顿: 一顿) in a line where no spam was cut
    ("市民纷纷点赞。", "手机一发热就降频，一降频就卡顿。"),
])
def test_an_articles_own_strings_between_bound_neighbours_stay(own: str, other: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other=other)
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert own in out
    assert other in out


@pytest.mark.parametrize(("line", "kept"), [
    # cutting 虹湾娱乐 would strand 彩 (bound to 虹): the name has three characters
    ("学生们展示了彩虹湾娱乐自己设计的剪纸作品。", "学生们展示了自己设计的剪纸作品。"),
    # a name ending on a character that stands alone as often as not is the article's words
    ("他曾当选为国际奥委会委员。", "他曾当选为国际奥委会委员。"),
])
def test_a_three_character_name_before_a_product_word_on_a_proven_page(line: str,
                                                                      kept: str) -> None:
    text = _PIECES_PAGE.format(name="", own=line, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert kept in out


@pytest.mark.parametrize(("line", "kept"), [
    # 福 stays alone once 运来体育官网 is cut: it is the name's first character
    ("码头上，福运来体育官网一艘艘货轮正在装卸。", "码头上，一艘艘货轮正在装卸。"),
    # the same, where the two cuts read equally well but for rounding (1e-14)
    ("在港口码头，福运来体育官网一艘艘货轮正在装卸。", "在港口码头，一艘艘货轮正在装卸。"),
    # 幸 is bound to the character before it (不幸): the article's word
    ("他不幸运来体育官网受伤。", "他不幸"),
])
def test_a_brand_shapes_name_takes_the_character_its_cut_would_strand(line: str,
                                                                      kept: str) -> None:
    text = _PIECES_PAGE.format(name="", own=line, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert kept in out
    assert "运来体育官网" not in out


def test_pieces_planted_side_by_side_go_as_one_run(injection: InjectedFragments) -> None:
    """Two pieces side by side read as a word across their seam (贫让贫|困户脱: 贫困), so each
    alone seemed bound; the run, deleted whole, breaks no word and goes."""
    text = ("今年以来，全市困户脱物价总体稳定，超市贫让贫困户脱里挂满了年货，市民贫让贫采购热情高涨。\n"
            "记者困户脱走访发现，蔬菜价格贫让贫有所回落。")
    pieces = {"贫让贫", "困户脱"}
    cut = [(m.start(), m.end(), "cut") for p in pieces for m in re.finditer(p, text)
           if text[m.end() : m.end() + 3] not in pieces and text[m.start() - 3 : m.start()]
           not in pieces]
    added = injection._touching_sites(text, pieces, cut)
    run = text.index("贫让贫困户脱")
    assert sorted((a, b) for a, b, _ in added) == [(run, run + 3), (run + 3, run + 6)]


@pytest.mark.parametrize(("text", "pieces"), [
    # The article's own phrase, chopped from the same words: a run of whole words stays.
    ("税务部门近日查处一起虚开增值税发票案件，涉案企业三家。", {"增值", "税发票"}),
    # A word of the language beside a cut piece is the article's: the piece made the run.
    ("推动乡村产业发展旺百业兴，带动农民增收。", {"发展", "旺百", "业兴"}),
])
def test_a_run_of_whole_words_or_a_word_beside_a_piece_stays(
        injection: InjectedFragments, text: str, pieces: set[str]) -> None:
    cut = [(m.start(), m.end(), "cut") for m in re.finditer("旺百|业兴", text)]
    assert injection._touching_sites(text, pieces, cut) == []


@pytest.mark.parametrize(("text", "gone"), [
    # 澳门 planted beside the cut piece 乐注 splits 企业 once the cut is made: it goes.
    ("近年来，当地关停了一批污染企乐注澳门业，并实施退出补偿。\n周末来自澳门的游客络绎不绝。", ["澳门"]),
    # Once only on the page: no piece.
    ("近年来，当地关停了一批污染企乐注澳门业，并实施退出补偿。\n周末来自香港的游客络绎不绝。", []),
    # The article's own word beside the seam reads on into its neighbours.
    ("当地关停了一批乐注污染企业，并实施退出补偿。\n周末污染企业的排放络绎不绝。", []),
    # Deleting it would re-join a word (人均收入), but it recurs with the same company: the
    # article's own phrase.
    ("一季度城镇居民人均乐注可支配收入14642元，农村居民人均可支配收入7725元。", []),
])
def test_a_piece_left_beside_a_cut_goes_where_it_splits_a_word(
        injection: InjectedFragments, text: str, gone: list[str]) -> None:
    a = text.index("乐注")
    added = injection._seam_residues(text, [(a, a + 2, "cut")])
    assert [text[s:e] for s, e, _ in added] == gone


_FARM_NEWS = ("全县各级各部门认真落实决策部署，扎实抓好春耕备耕各项工作。\n农资储备充足，农机具检修到位。"
              "\n群众生产积极性高涨，秋粮丰收在望。")


def _planted(piece: str, *after: str, extra: str = "") -> str:
    """_FARM_NEWS with ``piece`` set after each of ``after`` (between words), then ``extra``."""
    text = _FARM_NEWS
    for word in after:
        text = text.replace(word, word + piece, 1)
    return text + extra


@pytest.mark.parametrize(("text", "pieces", "cut", "gone"), [
    # A piece that is no word (a chop through 抵押|低价), cut at one site: its other sites sit
    # between words, and go.
    (_planted("车抵押", "部署，", "充足，", "高涨，"), {"车抵押"}, 0, ["车抵押", "车抵押"]),
    # A run of two pieces cut whole: its ends are pieces too.
    (_planted("一复刻", "充足，", "高涨", extra="\n高仿名一复刻"), {"高仿名一复刻"}, -1,
     ["一复刻", "一复刻"]),
    # A word of the language recurs in articles between words: it stays, and so does one the
    # dictionary lacks that news prints often (线上).
    (_planted("工资", "认真", "充足"), {"工资"}, 0, []),
    (_planted("线上", "认真", "充足"), {"线上"}, 0, []),
    # Bound into the words around it at one site (服务中心人来车往): the article's own string,
    # every site stays.
    (_planted("心人", "认真", "充足", extra="\n服务中心人来车往。"), {"心人"}, 0, []),
    (_planted("心人", "认真", "充足", extra="\n服务中心车来车往。"), {"心人"}, 0, ["心人"]),
    # Quoted at one site: the article names it, every site stays.
    (_planted("车抵押", "部署，", "充足，", extra="\n开展“车抵押”专项整治。"), {"车抵押"}, 0, []),
    # A function character: no piece of a name or a phrase ends a run of the article's words.
    (_planted("的押", "认真", "充足"), {"的押"}, 0, []),
    # A brand's end is no piece: a string cut as a brand (瑞丰快三) is not passed on.
    (_planted("瑞丰快三", "认真", extra="\n江苏快三开奖。"), set(), 0, []),
])
def test_a_chopped_piece_cut_once_goes_where_it_sits_between_words(
        injection: InjectedFragments, text: str, pieces: set[str], cut: int,
        gone: list[str]) -> None:
    frag = next(iter(pieces)) if pieces else "瑞丰快三"
    a = text.index(frag) if cut == 0 else text.rindex(frag)
    added = injection._free_echoes(text, pieces, set(), [(a, a + len(frag), "cut")])
    assert [text[s:e] for s, e, _ in added] == gone


_GLUED = "\n今年共有南宁植排名学校参加。"  # a piece set glued to 排名, which is cut


@pytest.mark.parametrize(("text", "gone"), [
    # No word, beside the cut and between words elsewhere in varied company: every site goes.
    (_planted("南宁植", "认真", "检修", extra=_GLUED), ["南宁植"] * 3),
    (_planted("南宁植", "认真", extra=_GLUED), ["南宁植"] * 2),
    # Once on the page: the seam alone proves nothing.
    (_FARM_NEWS + _GLUED, []),
    # Its sites share a neighbour (the comma before both): the company it recurs with.
    (_planted("南宁植", "部署，", "充足，", extra=_GLUED), []),
    # Quoted at one site, or bound into a word at one (南宁植物园): the article's own string.
    (_planted("南宁植", "认真", extra="\n开展“南宁植”活动。" + _GLUED), []),
    (_planted("南宁植", "认真", extra="\n参观南宁植物园。" + _GLUED), []),
    # A word of the language, or a string holding a function character, stays.
    (_planted("工资", "认真", "检修", extra="\n今年共有工资排名学校参加。"), []),
    (_planted("宁的植", "认真", "检修", extra="\n今年共有宁的植排名学校参加。"), []),
])
def test_a_piece_glued_to_a_cut_one_goes_where_it_recurs_between_words(
        injection: InjectedFragments, text: str, gone: list[str]) -> None:
    a = text.index("排名")
    added = injection._seam_links(text, [(a, a + 2, "cut")])
    assert [text[s:e] for s, e, _ in added] == gone


@pytest.mark.parametrize(("text", "headline", "gone"), [
    # A rare word cut once as a piece: its other sites stand alone between words, and go.
    (_planted("秘籍", "部署，", "充足，", "高涨，"), "", ["秘籍", "秘籍"]),
    # Site by site: a site joined to its neighbour (隐私|信息 across both edges) stays, the
    # others go.
    (_planted("私信", "部署，", "充足，", extra="\n保护个人隐私信息。"), "", ["私信"]),
    # A common word (同时) is the article's as often as a mirror's: every site stays.
    (_planted("同时", "部署，", "充足，", "高涨，"), "", []),
    # Quoted, listed, or among the headline's words: the article names it.
    (_planted("秘籍", "部署，", "充足，", extra="\n开展“秘籍”专项整治。"), "", ["秘籍"]),
    (_planted("秘籍", "部署，", extra="\n网上的返利、秘籍等不可轻信。"), "", []),
    (_planted("秘籍", "部署，", "充足，", "高涨，"), "玩家分享秘籍", []),
])
def test_a_rare_word_cut_as_a_piece_goes_where_it_stands_alone(
        injection: InjectedFragments, text: str, headline: str, gone: list[str]) -> None:
    frag = "秘籍" if "秘籍" in text else ("私信" if "私信" in text else "同时")
    a = text.index(frag)
    added = injection._word_echoes(text, {frag}, [(a, a + len(frag), "cut")], headline)
    assert [text[s:e] for s, e, _ in added] == gone


_NEWS_A = "会议指出，全县各级各部门认真落实决策部署，扎实抓好春耕备耕各项工作。"
_NEWS_B = "农资储备充足，农机具检修到位，群众生产积极性高涨。"


@pytest.mark.parametrize(("first", "second", "gone"), [
    # two coined brands in the forms mirrors print them: the page is proven by their form
    ("祥龙娱乐官网入口", "【宝盈电竞】", True),
    ("「瑞丰棋牌」APP下载", "6620.com", True),
    ("鼎泰体育网页版登录", "宝盈国际注册", True),
    ("【瑞丰真人】", "qx72体育", True),
    # one coined brand alone cites one site; an article's cited apps, sites and source tags
    ("祥龙娱乐官网入口", "", False),
    ("用户可以下载咪咕体育APP观看直播", "或者登录新浪体育官网查询", False),
    ("详情请登录www.moe.gov.cn或学校官网www.pku.edu.cn查询", "也可下载学习强国APP", False),
    ("\n【华夏体育】本届赛事由咪咕体育APP独家转播", "观众也可访问www.163.com查看", False),
    ("\n「星海体育」APP下载量突破千万", "该公司官网www.xh2020.com同步上线", False),
    # addresses the article cites (在…和…上) are its own, as cited names are
    ("求职者常在58.com和51job.com上投递简历", "瑞丰体育官网近日发布公告", False),
    # a name that makes one dictionary word with its product word is no coined name
    ("中国福利彩票官网近日发布公告", "游戏网站4399.com同步上线", False),
    # a site or an app the article quotes as its source (据…消息, …发布的报告称)
    ("据瑞丰体育客户端消息，比赛将如期举行", "业内网站6620.com同步上线", False),
    ("瑞丰体育官网近日发布公告", "业内网站3366.com发布的报告称", False),
])
def test_two_coined_brand_forms_prove_the_page(first: str, second: str, gone: bool) -> None:
    text = _NEWS_A + first + _NEWS_B + second + _NEWS_A
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
    cut = {r.text for r in doc.removals}
    if gone:
        assert doc.text == _NEWS_A + _NEWS_B + _NEWS_A
    else:
        assert not cut, cut


@pytest.mark.parametrize(("line", "gone"), [
    # planted into a word of a news-about-crime line (个人|…|隐私): it counts, and goes
    ("公安机关提醒市民警惕诈骗，保护个人【宝盈电竞】隐私信息。", "【宝盈电竞】"),
    ("公安机关提醒市民警惕诈骗，保护个人宝盈体育登录入口隐私信息。", "宝盈体育登录入口"),
    # the line's own citation of a site it reports on splits no word: it stays
    ("警方查处了宝盈电竞官网，涉案人员已被抓获。", ""),
])
def test_a_coined_brand_in_a_news_line_counts_where_it_split_a_word(line: str,
                                                                    gone: str) -> None:
    text = _NEWS_A + "\n" + line + "\n" + _NEWS_B + "祥龙娱乐官网入口" + _NEWS_A
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
    assert (gone in {r.text for r in doc.removals}) if gone else line in doc.text


# Our own paragraphs with a phrase chopped into them and one coined brand (the injection
# bench's generator): 足球外 and 围投注 are believed pieces, and the first line holds them side
# by side, where each alone reads as bound to the other (外围, 投注).
_SIDE_BY_SIDE_PAGE = (
    "基层党组织是党在社会基层组织中的战斗堡垒，要把人民群众的利益放足球外围投注在首位平台，"
    "真正做到为民办实事、解难题。\n"
    "这位退伍军人回到家乡后，带领乡亲们种植中药材，成立合作社统一收购和销售，让二百多户农民在"
    "家门口实现了就业。\n"
    "社区工作人员每天上门走访独居老人，了解他们的生活需求，为他们送去米面油等生活物资，还帮助"
    "老人学会使用智能手机。\n"
    "记者在乡村振兴示范村看到，村道两旁种满了花足球外草，农家小院干净整洁，不少村民在自家门口"
    "开起了民宿和农家乐，周末游客络绎不绝。\n"
    "村党支部书记告诉记者，过去村里的年轻人大多外出打工，如今返乡创业的人越来越多，村集体经济"
    "收入从几万元增加到了六十多万元。平台\n"
    "开云集团发布的半年报显示，旗下多个奢侈品牌围投注的首选销售额出现下滑，集团表示将加大在"
    "亚洲市场的投入。\n"
    "专家表示，老旧小区改首选首选造不仅要改好水电气等基础设施，还要补齐养老、托育、停车等公共"
    "服务短板，让居民住得更舒心。\n"
    "市场监管部围投注门开展专项彩虹湾娱乐整治行动，重点打击网络刷单炒信、虚假宣传等违围投注法"
    "足球外行为，共查处案件四十二起，罚没款一百八十余万元。")


def test_believed_pieces_side_by_side_go_as_one_run() -> None:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_SIDE_BY_SIDE_PAGE)))
    first = doc.text.split("\n")[0]
    assert "外围" not in first
    assert "投注" not in first
    assert "要把人民群众的利益放在首位" in first
    assert any(r.text == "足球外围投注" and "side by side" in r.why for r in doc.removals)


@pytest.mark.parametrize(("text", "pieces", "gone"), [
    # two believed pieces side by side that split a word (放|足球外围投注|在): the run goes
    ("要把人民群众的利益放足球外围投注在首位，真正做到为民办实事。", ("足球外", "围投注"),
     ["足球外围投注"]),
    # the article's own phrase of whole words, chopped from the same words: it stays
    ("税务部门近日查处一起虚开增值税发票案件，涉案企业三家。", ("增值", "税发票"), []),
    # one piece beside itself is no run of two pieces
    ("要把人民群众的利益放围投注围投注在首位，真正做到为民办实事。", ("围投注",), []),
])
def test_a_run_of_believed_pieces_goes_where_it_breaks_no_word(
        injection: InjectedFragments, text: str, pieces: tuple[str, ...],
        gone: list[str]) -> None:
    stats = shared_stats()
    chosen = []
    for piece in pieces:
        starts = tuple(m.start() for m in re.finditer(piece, text))
        # each site alone reads as bound (gain at KEEP): only the run's test can cut it
        chosen.append(Candidate(piece, starts, tuple(KEEP for _ in starts), ()))
    added = injection._abutting_runs(text, stats, chosen)
    assert [text[a:b] for a, b, _ in added] == gone


@pytest.mark.parametrize(("text", "believed", "gone"), [
    # 天天棋牌 believed; 天天 and 棋牌 each also stand alone: their lone free sites go
    ("带领棋牌乡亲们种植，公安机关日前天天棋牌破获一起案件，涉案网站棋牌以百家乐为名天天棋牌"
     "引诱群众，民警天天提醒大家。", "天天棋牌", ["棋牌", "棋牌", "天天"]),
    # only one half stands alone (an article's word beside a piece): nothing more goes
    ("推动科技创新，发展新引领高质量发展新引领，产业升级。", "发展新引领", []),
    # a half bound into the words around it stays (心人 in 服务中心人来车往)
    ("服务中心人来车往，人民群众满意，大赛心人民群乘客，正是心人民群。", "心人民群",
     []),
])
def test_the_halves_of_a_believed_piece_go_where_both_stand_alone(
        injection: InjectedFragments, text: str, believed: str, gone: list[str]) -> None:
    stats = shared_stats()
    starts = tuple(m.start() for m in re.finditer(believed, text))
    chosen = [Candidate(believed, starts, tuple(0.0 for _ in starts), ())]
    added = injection._composite_halves(text, stats, chosen)
    assert sorted(text[a:b] for a, b, _ in added) == sorted(gone)


def test_a_three_character_name_at_an_equal_reading_stays(injection: InjectedFragments) -> None:
    # Deleting 建起流娱乐 reads exactly as well as keeping it, but the routes' sums of
    # log-frequencies come out at -7e-15: a tie, and three characters need a better reading
    # (建起流 is the article's 建起流动).
    text = "党员管理模式,建起流娱乐上赌动党员支部,将流动党员拧成一股绳。"
    cuts = injection._loose_brands(text, product_words(text), [])
    assert not any("建起流" in text[a:b] for a, b, _ in cuts)


# A mirror page of our own paragraphs: spam.lexicon cuts 葡京娱 and 送彩金 of a chopped phrase,
# and the piece model believes one piece more, 乐注册, which reads on from the cut 葡京娱 (娱乐).
_LONE_PIECE_PAGE = (
    "春节前夕，市场上的年货供应充足，肉蛋菜澳门价格总体稳定，超市里挂满了红灯笼和春联，处处洋溢着"
    "喜庆的节日气氛。\n"
    "志愿者们在河道两岸清理垃圾，一上午共清理送彩金出塑料瓶、废弃澳门葡京娱渔网等垃圾两吨多，"
    "大家表示要用实际行动守护母亲河。\n"
    "夜幕降临，星空下葡京娱送彩金的露天送彩金音乐会吸引了葡京娱众多葡京娱市民，乐送彩金乐注册队"
    "演奏了多首乐注册经典老歌，现场观众跟着节拍一起合唱。\n"
    "在昨晚进行的联赛第十二澳门轮比赛中，主队凭借米乐m6下半送彩金送彩金场的两粒进球以二比一逆转"
    "客队，继续保持积分榜第二名的位置。\n"
    "这位老教师在山区学校坚守了三十年，送走了一葡京娱届又一届学生，她说最大的心愿就是让山里的"
    "孩子都能走出大山看看外面乐注册的世界。")


@pytest.mark.parametrize(("line", "kept"), [
    # spam.lexicon cut 送彩金 elsewhere on the page and keeps this news-like line; here the
    # string sits inside a word (个|送彩金|人): deleting it re-joins the word, so it goes
    ("公安机关提醒市民警惕网络赌博诈骗，保护个送彩金人隐私信息。",
     "公安机关提醒市民警惕网络赌博诈骗，保护个人隐私信息。"),
    # the line's own citation between words stays
    ("警方破获一起网络赌博案，嫌疑人以注册送彩金为诱饵。",
     "警方破获一起网络赌博案，嫌疑人以注册送彩金为诱饵。"),
])
def test_a_string_cut_as_spam_goes_where_it_splits_a_word_elsewhere(line: str,
                                                                    kept: str) -> None:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_LONE_PIECE_PAGE + "\n" + line)))
    assert doc.text.split("\n")[-1] == kept


def test_pieces_set_inside_words_at_two_sites_name_a_page_without_spam_terms() -> None:
    bench: Any = _bench()
    rng = random.Random(18)
    paras = _paragraphs()
    slogans = [p for p in bench.PHRASES if not Lexicon().scan(p)]
    article = "\n".join(rng.sample(paras, 5))
    spammed, mask = bench.inject(article, rng, slogans, brands=())
    doc = LexiconSpam()(Doc("d", text=spammed))
    assert not doc.removals  # no spam term, no brand: only the pieces' own evidence
    gone = bench.removed_mask(spammed, InjectedFragments()(doc).text, mask)
    assert all(gone[i] for i, m in enumerate(mask) if m)
    assert not any(g and not m for g, m in zip(gone, mask, strict=True))
    # The article itself, and a string set inside one word only, name nothing...
    assert InjectedFragments()(Doc("d", text=article)).text == article
    once = article.replace("清理", "清鑫泰理", 1)
    assert once != article
    assert InjectedFragments()(Doc("d", text=once)).text == once
    # ...unless it is a brand's form, a name with an operator's ending (某某汇): that proves
    # the page, and it goes alone.
    once = article.replace("清理", "清赢家汇理", 1)
    assert InjectedFragments()(Doc("d", text=once)).text == article


@pytest.mark.parametrize(("text", "sites"), [
    ("发脱福展，良脱福性", [(1, 3), (6, 8)]),  # two characters, first and last possible site
    ("格龘户赢系局。单龘户赢系位", [(1, 5), (8, 12)]),  # four, with a character rarer than most
    ("发脱福展", []), ("发脱福", []), ("脱福脱福", []), ("脱福脱福脱", []),
])
def test_recurring_splits_reach_the_page_edges(text: str, sites: list[tuple[int, int]]) -> None:
    # The screen's slices end one character before the page's end (a site needs a character
    # after it): a site there is found, and pages of four or five characters are read.
    found = InjectedFragments()._recurring_splits(text, [])
    assert [(a, b) for a, b, _ in found] == sites


def test_a_lone_believed_piece_that_reads_on_into_a_lexicon_cut_goes() -> None:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_LONE_PIECE_PAGE)))
    assert "乐注册" not in doc.text
    assert "演奏了多首经典老歌" in doc.text


@pytest.mark.parametrize(("pieces", "cuts", "joins"), [
    (["澳门"], ["葡京娱乐"], True),  # 澳门|葡京
    (["注册"], ["送彩金"], True),  # 注册|送
    (["乐注册"], ["葡京娱"], True),  # 葡京娱|乐
    (["身边"], ["开云体育"], False),  # an article's recurring word: no term across
    (["澳门"], ["澳门新葡京官网"], False),  # the term is the cut's own, not across the seam
    (["澳门"], [""], False),
])
def test_a_piece_joins_a_cut_term_only_across_the_seam(pieces: list[str], cuts: list[str],
                                                       joins: bool) -> None:
    assert InjectedFragments._joins_cut_term(pieces, cuts, selling_terms()) is joins


# Our bench paragraphs with 注册 planted three times and the rest of 注册送彩金 (送彩金, cut by
# spam.lexicon) and pieces of 澳门葡京娱乐 beside it: once the lexicon took its neighbours the
# model hardly believes 注册, yet it reads 注册送彩金 on into the cut.
_REST_OF_CUT_PAGE = (
    "村党支部注册书记告诉记者，注册过去村里的年轻人大多外出打工注册，如今送彩金返乡创业的人越来越多，"
    "村集体经济收入澳门葡从几万元增加到了六十多万元。\n"
    "在服务中京娱乐心人来车往的大厅里，工作人员耐心地为前来办事的群众解答问题，一窗受理、集成服务让"
    "办事时间大大缩短。\n"
    "专家表示，老福运来体育官网旧小区改澳门葡造不仅要改好水电气等基京娱乐送彩金础设送彩金施，还要补齐"
    "养老、托育、停车等公共服务短板，让居民住得更舒心。\n"
    "在一所中学的科技节上，学生们展示了自己设计的机器人、无人机和智能垃圾分类装置，不少作品已经申请了"
    "国家专利。")


def test_a_piece_that_reads_on_into_a_lexicon_cut_goes_though_the_model_doubts_it() -> None:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_REST_OF_CUT_PAGE)))
    assert "注册" not in doc.text
    assert "村党支部书记告诉记者，过去村里的年轻人大多外出打工，如今返乡" in doc.text
    assert "在服务中心人来车往的大厅里" in doc.text


def test_the_rest_of_a_cut_phrase_stays_in_a_line_that_reads_like_news_about_spam() -> None:
    # the article names the phrase itself (所谓的注册送彩金): its 注册 stays there
    news = "警方提醒广大市民，所谓的注册送彩金、稳赚不赔都是赌博网站设下的圈套。"
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_REST_OF_CUT_PAGE + "\n" + news)))
    assert "村党支部书记告诉记者，过去" in doc.text
    assert "所谓的注册" in doc.text


@pytest.mark.parametrize(("piece", "cuts", "rest"), [
    ("注册", ["送彩金"], True),  # 注册送彩金
    ("澳门", ["葡京娱"], True),  # 澳门葡京
    ("彩金", ["注册送"], True),  # 注册送彩金, the piece after the cut
    ("党建创新", ["葡京"], False),  # 新葡京 holds only the piece's last character
    ("身边", ["开云体育"], False),  # no term across the seam
    ("注册", ["送彩金发送到您的手机号码上"], False),  # a long cut is a sentence, not a piece
])
def test_the_rest_of_a_cut_holds_the_whole_piece_in_a_term_across_the_seam(
        piece: str, cuts: list[str], rest: bool) -> None:
    pieces = [c for c in cuts if len(c) <= injection_module.MAX_CUT_PIECE]
    assert InjectedFragments._rest_of_cut(piece, pieces, selling_terms()) is rest


@pytest.mark.parametrize(("line", "gone"), [
    # planted inside a word of a news-about-crime line (个|…|人): it goes
    ("公安机关提醒市民警惕网络赌博诈骗，保护个qx2024人隐私信息。", "qx2024"),
    # the line's own citation of the site it reports on splits no word: it stays
    ("警方查处了赌博网站qx2024，涉案人员已被抓获。", ""),
])
def test_a_latin_brand_in_a_news_line_goes_where_it_split_a_word(line: str, gone: str) -> None:
    text = _LONE_PIECE_PAGE + "\n" + line
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
    at = text.index("qx2024")
    assert injection_module._in_news_line(text, at, at + 6)  # the line reads like news
    assert (gone in {r.text for r in doc.removals}) if gone else line in doc.text


@pytest.mark.parametrize(("brands", "gone"), [
    # spam.lexicon cuts 棋牌官网入口 (a gaming word sold with promo words) and leaves the coined
    # name before it: on the proven page it goes
    ("博悦国际下载【鑫利娱乐】博悦棋牌官网入口", True),
    # a name that is a word of the language (金马) is no coined name: it stays
    ("博悦国际下载【鑫利娱乐】金马棋牌官网入口", False),
])
def test_the_name_spam_lexicon_left_before_its_cut_goes(brands: str, gone: bool) -> None:
    text = _NEWS_A + _NEWS_B + brands + _NEWS_A + _NEWS_B + "\n" + _NEWS_A
    doc = clean_text(text)
    first = doc.text.split("\n")[0]
    assert "棋牌官网入口" not in first
    name = brands[-8:-6]
    assert (name not in first) is gone
    assert _NEWS_B + _NEWS_A in first if gone else _NEWS_B + name + _NEWS_A in first


def test_latin_domain_brand_pattern_opens_with_a_character_class() -> None:
    # sre skips ahead in C only when a pattern opens with a class (a lookbehind first made it
    # try every position of every page, 14% of spam.injection on a page naming no spam).
    import re._parser as sre_parse

    first_op = sre_parse.parse(injection_module._LATIN_BRAND.pattern)[0][0]
    assert first_op is sre_parse.IN


class _ReversedSet(set[str]):
    """A set that iterates in reverse sorted order: the order string hashing may give."""

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(super().__iter__(), reverse=True))


def test_a_clause_start_pieces_mate_does_not_follow_string_hashing() -> None:
    # 外围投 chains with both pieces already cut (投注 across either seam); the mate named in
    # the reason is the first in sorted order, whatever order the set iterates in.
    text = ("社区书记带领党员走访群众。外围投志愿者们在河道两岸清理垃圾，一上午共清理出塑料瓶两吨多。"
            "\n新建的城市书房已经开放，外围投每天都有市民前来看书学习。")
    injection = InjectedFragments()
    opens = {m.end() for m in injection_module._CLAUSE_START.finditer(text)}
    pieces = ["注单", "注平台"]
    forward = injection._clause_pieces(text, set(pieces), opens)
    backward = injection._clause_pieces(text, _ReversedSet(pieces), opens)
    assert forward
    assert forward == backward
    assert "chained with '注单'" in forward[0][2]


def test_a_coined_name_and_a_lottery_game_goes_from_a_proven_page() -> None:
    # 快三 (lexicons/brand_shape.tsv): operators sell lottery games under their own names, as
    # they do 某某彩票; an article names a province's game (江苏快三), a word and the game.
    kept = "省体彩中心公布了江苏快三的开奖结果。"
    for text in _cleaned_on_proven_pages("居民们纷纷表示瑞丰快三生活越来越方便了。", kept, 5):
        assert "瑞丰快三" not in text
        assert kept in text


@pytest.mark.parametrize(("own", "brand"), [
    # a name that is also a dictionary word (昌盛, 腾飞) and a product word set between words
    ("记者来到村里，昌盛彩票村民正在晒秋。", "昌盛彩票"),
    ("居民们说腾飞娱乐今年的收成比往年好。", "腾飞娱乐"),
    # a name tagged as a verb before a game only operators sell
    ("居民们说至尊真人今年的收成比往年好。", "至尊真人"),
])
def test_a_word_named_brand_between_words_goes_from_a_proven_page(own: str, brand: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert brand not in out
    assert own.replace(brand, "") in out


def test_a_word_named_brand_stays_on_a_page_not_proven() -> None:
    line = "记者来到村里，昌盛彩票村民正在晒秋。"
    assert InjectedFragments()(LexiconSpam()(Doc("d", text=line))).text == line


@pytest.mark.parametrize("own", [
    "运动员们同台竞技，各展风采。",  # 竞技 is the verb compete here
    "这里的冰雪体育项目吸引了游客。",  # 冰雪 and 体育 stand side by side in real news
    "大力发展竞技体育，让更多人受益。",
    "祥瑞两字寓意吉祥，祥瑞国际由此得名。",  # the name recurs in another context
    "公司的祥瑞国际化程度不断提高。",  # a word crosses the seam: 国际化
    "他说“昌盛体育”很好。",  # cited
    "昌盛体育场馆建成后，体育爱好者有了去处。",  # the product word recurs: the article's topic
    "昌盛娱乐集团在公告中表示客流回升。",  # named as a company
    "参展的有红星集团、昌盛娱乐、东方航空。",  # one of a list of companies
    # a verb and the first word of its object, not a name: deleting it reads no worse
    "该市举办国际马拉松赛，吸引了众多选手参加。",
    "今年全区承办体育赛事十余场。",
    "景区推出夜间娱乐项目，游客络绎不绝。",  # a time word
    "这家国际学校今年招收新生三百余人。",  # a pronoun
    # a demonstrative or a quantity governing the noun phrase the product word opens
    "这支电竞战队在全国大学生联赛中夺得冠军。",
    "这所国际学校今年招收了四百名新生。",
    "该省彩票公益金主要用于养老和助残事业。",
    "展会期间，多家国际知名企业签订合作协议。",
    "商务区内的会展中心将承办多场国际展会。",
    "本周将在体育中心举行三场国际比赛。",
    "市里新开了两家电竞馆，吸引了不少年轻人。",
    # an attribute closed by 的 before the noun the product word opens (新|城 re-joins)
    "省运会闭幕式在新落成的体育城举行。",
])
def test_an_articles_own_word_and_product_word_stay_on_a_proven_page(own: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert own in out


@pytest.mark.parametrize(("edges", "outside"), [
    # 这一 binds before 家好 (一家) where 司哪 (哪家), bound to 修公 as well, holds the place
    ([("修公", "司哪"), ("司哪", "家好"), ("这一", "家好")], {"这一"}),
    # nested strings of the article's term lose the slot together
    ([("修公", "司哪"), ("司哪", "家好"), ("这一", "家好"), ("这一段街道", "家好")],
     {"这一", "这一段街道"}),
    # 社治 binds before 理现 (治理) where 层治, bound after 领基 too, holds the place
    ([("领基", "层治"), ("层治", "理现"), ("社治", "理现")], {"社治"}),
    # 党的 binds after 群工 and after 群工系统 (one string, nested), where 力谱 holds the place
    ([("群工", "党的"), ("群工系统", "党的"), ("群工", "力谱"), ("力谱", "写时")], {"党的"}),
    # a phrase read in order keeps every piece
    ([("修公", "司哪"), ("司哪", "家好")], set()),
    # two strings bound to one piece and nowhere else: nothing tells which is the phrase's
    ([("深圳", "装修"), ("每名", "装修")], set()),
    # a string bound on both sides of one piece claims no single slot
    ([("甲乙", "丙丁"), ("丙丁", "甲乙"), ("戊己", "丙丁")], set()),
])
def test_a_string_joined_through_a_slot_another_member_holds_is_no_piece(
        edges: list[tuple[str, str]], outside: set[str]) -> None:
    assert injection_module._claimed_slots(edges) == outside


# A county's article that names its own service system at five sites, each between words,
# with a phrase chopped into it (网络通|讯设|备批发, each piece set inside words): the system's
# name ends in 通, which reads on into 讯设 (通讯) as the phrase's own piece 网络通 does.
_OWN_TERM_PAGE = "\n".join((
    "今年以来，全县各乡镇通过{term}收集诉求一千余件，办理时网络通限平均缩短了两天。",
    "“以前没有{term}，办事要跑好几趟。”村民老李说，现在在家讯设里就能反映问题。",
    "县里每天查看{term}，利用{term}为村民排忧解难，已经成为干部的工备批发作习惯。",
    "下一步，县里将强化{term}推广应用，推动更多事项网上办网络通理，让村民少跑腿。",
    "据统计，全县已有三百多个村级服备批发务站开通相关业务，覆盖率达到九成。",
    "记者在采访中了解到，部分偏远村庄的{name}网络信号仍然不够稳讯设定，有待改网络通善。",
    "工作人员介绍，讯设上述措施实施以来，群众满备批发意度明显提升。",
))


@pytest.mark.parametrize("name", ["惠通", "乡通", "民通"])
def test_a_term_the_article_sets_between_words_at_many_sites_is_no_chain_piece(
        name: str) -> None:
    term = f"{name}系统"
    text = _OWN_TERM_PAGE.format(term=term, name=name)
    out = InjectedFragments(always=True, method="rules")(Doc("d", text=text)).text
    assert out.count(term) == text.count(term) == 5
    for piece in ("网络通", "讯设", "备批发"):
        assert piece not in out


@pytest.mark.parametrize(("text", "string", "edge"), [
    ("村里坚持党的领导", "党的", True), ("却是这一段时间", "这一", True),
    ("让人民群众满意", "民群", False), ("拨打约会热线电话", "会热", False),
    ("村民居民通行方便", "民通", False)])
def test_word_edge_at_tells_a_use_of_words_from_a_run_across_words(
        text: str, string: str, edge: bool) -> None:
    stats = InjectedFragments()._stats.get()
    start = text.index(string)
    assert injection_module._word_edge_at(stats, text, start, start + len(string)) is edge


# The same page with the term at three sites between words and at two inside words that run
# across it (居民|通行, 实|惠通|行): a chopped phrase's word the article also holds (人民群众
# around 民群) is no use of the term, so the chain it joins is still cut.
_OWN_BOUND_TERM_PAGE = _OWN_TERM_PAGE.replace(
    "利用{term}为村民排忧解难，已经成为", "村里的{bound}已经成为").replace(
    "强化{term}推广应用", "强化{bound2}推广应用").replace("村庄的{name}网络", "村庄的网络")


@pytest.mark.parametrize(("term", "bound", "bound2"), [
    ("民通", "居民通行", "居民通讯"), ("惠通", "惠通道", "实惠通行")])
def test_a_term_inside_words_across_its_ends_is_still_a_chain_piece(
        term: str, bound: str, bound2: str) -> None:
    text = _OWN_BOUND_TERM_PAGE.format(term=term, bound=bound, bound2=bound2)
    out = InjectedFragments(always=True, method="rules")(Doc("d", text=text)).text
    assert text.count(term) == 5
    assert out.count(term) == 2  # its three free sites, chained with 讯设 (通讯)
    for piece in ("网络通", "讯设", "备批发"):
        assert piece not in out


@pytest.mark.parametrize(("own", "brand"), [
    # a coined name and an ending operators give their names, or promo words alone
    ("记者来到村里，锦鲤汇村民正在晒秋。", "锦鲤汇"),
    ("居民们说银狐城官网今年的收成比往年好。", "银狐城官网"),
    ("孩子们在河边玩耍彩蝶轩入口，笑声不断。", "彩蝶轩入口"),
    ("今年的收成金蟾宫app比往年好。", "金蟾宫app"),
])
def test_a_coined_name_with_an_ending_or_promo_words_goes_from_a_proven_page(
        own: str, brand: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert brand not in out
    assert own.replace(brand, "") in out


@pytest.mark.parametrize("own", [
    "居民区会定期组织活动。",  # a word crosses the seam before the name: 居民
    "届时会有专家到场。",  # the name is a word
    "他们会继续努力。",
    "大会上，代表们发言。",
    "社区会同有关部门开展排查。",  # a word crosses the seam after the ending: 会同
    "新城区城市面貌焕然一新。",
    "可登录教育部官网查询。",  # cited, and the name is a word
    "市商务局官网发布通知。",
    # an office's name (…局, …委) before 官网: its website, though the dictionary lacks it
    "求职者可登录区人社局官网查询岗位信息。",
    "企业也可登录市发改委官网下载申报表格。",
    "下载学习强国app学习。",
    "本届运动会设有竞技体育和群众体育两类项目。",  # a verb before its object 竞技
])
def test_an_articles_words_before_an_ending_or_promo_words_stay_on_a_proven_page(
        own: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert own in out


@pytest.mark.parametrize(("own", "brand"), [
    # a line that reads like news about spam (查处, 案件, 破获, 民警, 涉案, 整治), the brand set
    # bare between its words in a line where pieces were cut
    ("警方共查处案件金蟾娱乐四十二起，罚没款一百余万元。", "金蟾娱乐"),
    ("公安机关日前破获银狐竞技一起特大网络赌博案。", "银狐竞技"),
    ("民警通过展示冰毒锦鲤汇、摇头丸等毒品仿真模型讲解危害。", "锦鲤汇"),
    ("市场监管部门开展专项整治行动，重点打击紫貂棋牌刷单炒信。", "紫貂棋牌"),
])
def test_a_coined_brand_planted_in_a_news_line_goes_from_a_proven_page(
        own: str, brand: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert brand not in out
    assert own.replace(brand, "") in out


@pytest.mark.parametrize(("own", "other"), [
    # the article cites the operator it reports on: quoted, with 等, as a company
    ("警方查处的“金蟾娱乐”网站已被关停。", ""),
    ("民警查处了金蟾娱乐等赌博网站。", ""),
    ("警方查获金蟾娱乐公司的账本。", ""),
    # a piece planted after the article's word, its product word or ending elsewhere on the
    # page too: 专项|彩票, 四十二起|玩城 are no names
    ("市场监管部门开展专项彩票整治行动，重点打击网络彩票违法行为。", ""),
    ("警方共查处案件四十二起玩城，罚没款一百余万元。", "河道整治玩城工程进展顺利。"),
])
def test_an_articles_cited_operator_or_a_piece_in_a_news_line_stays(own: str, other: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other=other)
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert own in out


def test_a_word_named_brand_between_words_opens_a_page_to_the_analysis() -> None:
    # A page of the bench's dev set whose chopped phrase (代办各类发票点数优惠) names nothing and
    # whose only brand is a word and a product word (鼎盛国际): nothing else opens it.
    bench: Any = _bench()
    rng = random.Random(2)
    phrases, _, brands = bench.SETS["dev"]
    for i, text in enumerate(bench.clean_articles(120, rng)):
        spammed, mask = bench.inject(text, rng, phrases, brands)
        if i == 103:
            break
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=spammed)))
    gone = bench.removed_mask(spammed, doc.text, mask)
    assert sum(g and m for g, m in zip(gone, mask, strict=True)) > sum(mask) // 2


@pytest.mark.parametrize("piece", ["车pk", "10开", "k10", "518鸿发", "88金尊"])
def test_a_mixed_piece_goes_from_every_site_when_one_splits_a_word(piece: str) -> None:
    # Latin letters or digits glued into Han text at three unrelated sites, inside 塑料 at
    # one: the other two sit between words, and the piece goes from them too.
    text = _PIECES_PAGE.format(name=piece, own=f"市民纷纷{piece}点赞。",
                               other=f"河道整治{piece}工程进展顺利。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert piece not in out
    assert "塑料瓶" in out
    assert "市民纷纷点赞。" in out
    assert "河道整治工程进展顺利。" in out


@pytest.mark.parametrize("own", ["5G", "GDP", "APP", "10万", "2024年", "3月", "110kV", "PM2.5",
                                 "1号线", "G20", "iPhone", "600519", "京A", "1.2.3"])
def test_an_articles_own_latin_and_digits_stay_beside_a_mixed_piece(own: str) -> None:
    # On a proven page with a mixed piece that split a word (塑|车pk|料), the article's own
    # codes, units, numbers and names recur between words at unrelated sites and stay.
    text = _PIECES_PAGE.format(name="车pk", own=f"市民纷纷关注{own}发展。",
                               other=f"今年全省{own}建设提速，报告指出{own}前景广阔。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "车pk" not in out
    assert out.count(own) == 3


def test_a_number_that_ends_the_page_breaks_no_mixed_piece_search() -> None:
    # A run of digits glued to Han text at the page's very end has nothing after it: the unit
    # check read one character past the end and the page failed.
    text = _PIECES_PAGE.format(name="车pk", own="市民纷纷关注19点赞。",
                               other="河道整治工程进展顺利。") + "全年累计完成19"
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=text)))
    assert doc.text.endswith("全年累计完成19")


@pytest.mark.parametrize(("own", "brand"), [
    # names the older rules leave alone: a numeral first (万), a first character that mostly
    # stands alone (金, 玉), or a product word that is also the verb compete (竞技)
    ("居民们说万顺汇今年的收成比往年好。", "万顺汇"),
    ("记者来到村里，玉兔竞技村民正在晒秋。", "玉兔竞技"),
    ("孩子们在河边金狮竞技玩耍，笑声不断。", "金狮竞技"),
    # before a clause mark or at the line's end
    ("居民们说今年的收成比往年好万顺汇。", "万顺汇"),
    ("居民们说万顺汇，今年的收成比往年好。", "万顺汇"),
])
def test_a_brand_planted_once_in_a_line_with_cuts_goes_and_stays_in_a_clean_line(
        own: str, brand: str) -> None:
    # The second line of the page holds chopped pieces; the third none: there the same
    # string is read as the article's.
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert brand not in out
    assert own.replace(brand, "") in out
    text = _PIECES_PAGE.format(name="", own="市民纷纷点赞。", other=own)
    assert own in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


@pytest.mark.parametrize("own", [
    "市体育局组织了比赛。",  # a word crosses the seam: 体育局
    "双方加强国际合作。",
    "这档娱乐节目很受欢迎。",
    "推进平台建设。",
    "老年人学会了用手机。",  # the name and its ending are a word: 学会
    "社区举行联欢会，居民踊跃参加。",
    "运动员们同台竞技，各展风采。",
    "大力发展竞技体育。",
    "我市电子商务发展迅速。",
    "他说“金狮竞技”很好。",  # quoted
    # before a clause mark or the line's end
    "我市大力发展竞技体育。",  # 竞技 and 体育 stand side by side in real news
    "选手们在赛场上同台竞技，各展风采。",  # 竞技 closing a clause is the article's verb
    "社区举行联欢会。",  # words with the ending: 联欢会, 博览会
    "参观了博览会。",
    "公司举办年会。",  # a word crosses the seam before the name: 举办
])
def test_an_articles_words_before_a_product_word_stay_in_a_line_with_cuts(own: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    assert own in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


@pytest.mark.parametrize(("own", "brand"), [
    ("居民们说518鸿发今年的收成比往年好。", "518鸿发"),  # between words
    ("活动吸引了不少市民，720顺景大家纷纷拍照留念。", "720顺景"),
    ("志愿者们说，168顺景服务让办事时间大大缩短。", "168顺景"),  # after a clause mark
    ("居民们说今年的收成比往年好66发财。", "66发财"),  # a word as a name, a lucky number
    ("村里的99彩直播收入从几万元涨到几十万元。", "99彩"),  # 直播 is the article's word
    # a one-character name that is a word (鸿) and 事发 across the number: the two-character one
    ("真正做到为民办实事518鸿发、解难题。", "518鸿发"),
    ("考生要认真阅读招生518鸿发章程，结合自身兴趣和成绩合理填报。", "518鸿发"),
    # inside a word: 发车, 发作 cross the name's end, deleting it re-joins 停车, 创作
    ("还要补齐养老、托育、停518鸿发车等公共服务短板。", "518鸿发"),
    ("作家为孩子们讲述创518鸿发作故事，鼓励他们养成阅读习惯。", "518鸿发"),
    # a lucky number and a name of two characters (金尊), or a product character alone (彩:
    # 文|99彩|旅, where 文旅 is the article's word jieba does not know)
    ("今年第二季度入境88金尊旅客人次明显回升。", "88金尊"),
    ("推动文99彩旅融合发展，游客越来越多。", "99彩"),
])
def test_a_numbered_name_planted_once_in_a_line_with_cuts_goes(own: str, brand: str) -> None:
    # The second line of the page holds chopped pieces; the third none: there the same
    # string is read as the article's.
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert brand not in out
    assert own.replace(brand, "") in out
    text = _PIECES_PAGE.format(name="", own="市民纷纷点赞。", other=own)
    assert own in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


@pytest.mark.parametrize("own", [
    "市民可拨打12345热线反映问题。",  # five digits: a hotline
    "接到110报警后，民警迅速赶到现场。",  # a dictionary word after a number that is no lucky run
    "接警后119消防员迅速出动。",
    "全市共有985名考生参加。",  # a measure word
    "全市共有12人获奖。",
    "今年共引进30余名博士。",
    "该款手机搭载990芯片，性能提升明显。",
    "新机采用了5纳米工艺。",
    "多所985高校参加了招聘会。",
    "今年的618大促，销售额再创新高。",
    "不少95后青年返乡创业。",
    "本届比赛共有第12届冠军参加。",  # a quantity word before the number
    "两队最终以88比66战平。",  # a score
    "气温在18至26度之间。",
    "他说“88金尊”这个名字很好听。",  # quoted
    "2024年全市体育中心接待游客超过百万人次。",
    "本次演出共有20场，观众反响热烈。",
    # a word across the end that no deletion re-joins (国集|团, 路公|交), or a word as the name
    "中国在20国集团框架下加强合作。",
    "市民可乘坐11路公交车前往。",
    "女排以30战胜对手。",
    "该剧创下15集收视纪录。",
    # a lucky number before a classifier or a unit of goods
    "市民可乘坐66路公交车前往。",
    "这株果树结了99颗果子。",
    "村里种下了88棵树苗。",
    "仓库里堆着99箱苹果。",
    "全村种了668亩茶叶。",
])
def test_an_articles_numbers_before_words_stay_in_a_line_with_cuts(own: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    assert own in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


@pytest.mark.parametrize(("own", "brand"), [
    ("活动吸引了不少市民，瑞祥来体育官网大家纷纷拍照留念。", "瑞祥来体育官网"),  # with a promo word
    ("志愿者们说，好运到体育服务让办事时间大大缩短。", "好运到体育"),  # a closing 到 after a noun
    ("居民们说鸿福临汇今年的收成比往年好。", "鸿福临汇"),  # an operator's ending
])
def test_a_three_character_name_planted_once_in_a_line_with_cuts_goes(own: str,
                                                                       brand: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert brand not in out
    assert own.replace(brand, "") in out


@pytest.mark.parametrize("own", [
    "他们在体育馆里锻炼身体。",  # a word across the seam: 体育馆
    "学生们到体育场参加活动。",
    "工作人员到体育局办理手续。",
    "我们在体育方面投入很大。",  # a pronoun and a function character
    "他说到体育，眼睛就亮了。",
    "全市中小学体育课时增加。",  # a common word as the name
    "全省奥运会体育代表团出发。",
    "全市青少年体育比赛开幕。",
    "残疾人体育事业蓬勃发展。",
    "不少大学生娱乐方式单一。",
    "市民文化节娱乐活动精彩纷呈。",
    "大湾区国际科技创新中心建设提速。",  # a place's name: 区
    "省博物馆国际交流展开幕。",  # an institution's
    "市委书记到体育中心调研。",
    "张晓明体育老师带领学生训练。",
])
def test_an_articles_three_characters_before_a_product_word_stay_in_a_line_with_cuts(
        own: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    assert own in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


def test_a_three_character_reading_leaves_a_word_the_brand_split() -> None:
    # 中|金殿城官网|场: cutting the last three of 中金殿城 re-joins 中场, so the name is two
    # characters long and 中 is the article's.
    own = "球队出现了一些问题，中金殿城官网场休息时及时调整。"
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "问题，中" in out


def test_a_quantity_opens_no_three_character_name() -> None:
    # 超过十|万豪汇|亿元: 十万 is a quantity, and 十 the article's, whatever is read of the rest.
    own = "年产值超过十万豪汇亿元。"
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "超过十" in out


@pytest.mark.parametrize(("own", "kept"), [
    ("夯实城市社区治理基金鲨竞技石。", "理基"),  # 基|金鲨竞技|石: cutting the last two re-joins 基石
    ("他们每一天悦真人都在坚持锻炼。", "每一"),  # 一天 is a numeral word: a quantity
])
def test_the_articles_character_before_a_two_character_brand_stays(own: str, kept: str) -> None:
    text = _PIECES_PAGE.format(name="", own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert kept in out


# A page no spam.lexicon cut proves: a chopped phrase's pieces at clause starts, and the one
# lexicon name on it ambiguous alone (kept by spam.lexicon without a promo word).
_CLAUSE_PIECES_PAGE = (
    "社区书记带领党员走访群众。外围投志愿者们在河道两岸清理垃圾，注平台一上午共清理出塑料瓶两吨多。首选\n"
    "新建的城市书房已经开放，外围投每天都有市民前来看书学习。注平台周末常常一座难求，{own}\n"
    "首选市里还新建了三座口袋公园，外围投方便市民就近休闲。注平台\n{other}")


@pytest.mark.parametrize(("own", "brand"), [
    ("爱游戏今年的收成比往年好。", "爱游戏"),  # set before the article's clause (今年 opens one)
    ("今年的收成比往年好，必威。", "必威"),  # a clause of its own
    ("一季度地区生产总威尼斯人值同比增长。", "威尼斯人"),  # inside a word: 总值
])
def test_an_ambiguous_lexicon_brand_goes_beside_pieces_cut_in_its_line(own: str,
                                                                        brand: str) -> None:
    text = _CLAUSE_PIECES_PAGE.format(own=own, other="")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert brand not in out
    assert own.replace(brand, "") in out
    # In a line without cuts, the same name stays.
    text = _CLAUSE_PIECES_PAGE.format(own="市民纷纷点赞。", other=own)
    assert own in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


@pytest.mark.parametrize("own", [
    "游客们入住了澳门威尼斯人酒店。",  # named as a company, a word across a seam
    "威尼斯人度假村举办了展览。",  # the sentence's subject reads on into it
    "游客在澳门威尼斯人购物。",
    "威尼斯人的运河很有名。",
    "他说“威尼斯人”很好。",  # quoted
    "小朋友们都爱游戏，也爱读书。",  # a verb and its object inside the sentence
    "他们都喜爱游戏。",
    "米乐园开园了。",
    "米乐、张明等人获奖。",  # a list of people
    "演员米乐在剧中饰演一名教师。",
    "米乐在剧中饰演一名教师。",
])
def test_an_articles_ambiguous_names_stay_beside_pieces_cut_in_their_line(own: str) -> None:
    text = _CLAUSE_PIECES_PAGE.format(own=own, other="")
    assert own in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


def test_an_ending_that_opens_a_recurring_piece_is_no_brand() -> None:
    # 城上 recurs (a piece 城上分 planted twice): 秋冬 before it is the article's word.
    own = "天气转凉秋冬城上分，市民城上分添衣。"
    text = _PIECES_PAGE.format(name="", own=own, other="")
    assert "天气转凉秋冬" in InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


@pytest.mark.parametrize(("line", "brand"), [
    ("夏粮收购工作已全瑞福城面展开，各收储企业积极入市。", "瑞福城"),  # a name and an ending
    ("今年以来，全市招商引资成效显聚通汇著，新签项目四十个。", "聚通汇"),
    ("村里新修的道路宽敞平锦川竞技坦，村民出行更加方便。", "锦川竞技"),  # and a product word
    ("志愿者们在社区开展垃圾分类宣bx778传活动。", "bx778"),  # Latin letters and digits
    ("受冷空气影响，气温明显下安途app降。", "安途app"),  # a name and a promo word
    # a word across the end (汇进, 乐队) that the re-joined word (推进, 球队) far outweighs
    ("今年以来，全市加快推瑞福汇进重点项目建设，新签项目四十个。", "瑞福汇"),
    ("主场作战的球锦川娱乐队全场保持进攻态势，最终两球取胜。", "锦川娱乐"),
])
def test_a_coined_brand_set_inside_a_word_proves_the_page(line: str, brand: str) -> None:
    """A brand no lexicon knows, planted inside a word (全|瑞福城|面): its deletion re-joins the
    word, which proves the page as a lexicon brand's cut does; it goes with nothing else."""
    assert all(h.kind == "term" for h in Lexicon().scan(brand))
    spans = InjectedFragments()._proving_brands(line, product_words(line))
    assert [line[a:b] for a, b, _ in spans] == [brand]
    assert InjectedFragments()(Doc("d", text=line)).text == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    "市体育中心将举办全民健身运动会，各区代表队踊跃报名。",
    "该集团旗下的娱乐城项目于今年开工建设，预计明年投入运营。",
    "围棋是中国传统棋牌文化的重要组成部分，深受群众喜爱。",
    "这位演员凭借新剧在娱乐圈人气大涨，粉丝见面会座无虚席。",
    "市民可在汇总表中查询社会保障信息，也可拨打12345热线咨询。",
    "长城脚下的小村庄发展起了乡村旅游，农家乐生意红火。",
    "中国国际进口博览会吸引了众多海外企业参展。",
    "公司研发的5G芯片已实现量产，搭载麒麟9000芯片的手机销量可观。",
    "他在第19届亚运会上获得3金2银，创造了个人最好成绩。",
    "新落成的体育馆可容纳观众八千人，将承办省运会开幕式。",
    "电竞产业园吸引了多家游戏企业入驻，带动就业两千余人。",
    "本轮战罢，主队积31分，暂列积分榜第五位。",  # a number inside a word: 积|31|分
    # a common noun before a product word: the centre's 电竞馆 (文化|中心电竞|馆 re-joins 文化馆)
    "比赛在市文化中心电竞馆进行，八支战队参加了本轮角逐。",
])
def test_clean_news_with_product_words_and_endings_proves_no_page(line: str) -> None:
    assert InjectedFragments()._proving_brands(line, product_words(line)) == []
    assert InjectedFragments()(Doc("d", text=line)).text == line


def test_two_different_coined_brands_that_split_words_prove_the_page() -> None:
    """Each split is short of a proving brand's (新|某某娱乐|建 -4.4, 老|某某体育|人 -3.2), two
    different names splitting two words prove the page: both go. One name twice is a page's own
    header and footer, and proves nothing."""
    two = ("今年全市新瑞丰娱乐建学校十二所，在校学生增加三千余人。\n"
           "社区工作人员每天上门走访独居老锦泰体育人。")
    assert InjectedFragments()(Doc("d", text=two)).text == two.replace(
        "瑞丰娱乐", "").replace("锦泰体育", "")
    once = two.replace("锦泰体育", "瑞丰娱乐")
    assert InjectedFragments()._split_brand_pair(once, product_words(once)) == []
    assert InjectedFragments()(Doc("d", text=once)).text == once


def test_a_chance_word_across_a_seam_leaves_a_string_inside_the_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen before the piece model on a page nothing names: a recurring string inside a
    word counts where a word crosses its seam by chance (生活需|达人推|求: 推求 23 against the
    re-joined 需求 5424), so that two strings inside words are found; were every word across
    the article's, 学|速贷|校 would be the page's one string."""
    detector = InjectedFragments()
    text = ("社区关心老人的生活需达人推求，达人推上门服务。\n"
            "今年全市新建学速贷校十二所，速贷在校学生增加三千余人。")
    assert detector._inside_word_strings(text, 2)
    monkeypatch.setattr(injection_module, "_rejoined_outweighs", lambda *a, **k: False)
    assert not detector._inside_word_strings(text, 2)
    assert detector._inside_word_strings(text, 1)


def test_a_quantity_word_between_a_verb_and_its_object_is_no_chance_split() -> None:
    """A quantity word the grammar sets between a verb and its object (走|很多|路: deleting
    很多 re-joins 走路, and 多路 crosses its end) is no string planted inside a word, however
    much the re-joined word outweighs the word across: the screen before the piece model
    counts only the page's real split (学|速贷|校), so the model does not run on such a clean
    page. A content word set there by chance still counts (生活需|达人推|求, the test above)."""
    detector = InjectedFragments()
    stats = shared_stats()
    text = ("乡村振兴的事还要走很多路，很多困难仍待克服。\n"
            "今年全市新建学速贷校十二所，速贷在校学生增加三千余人。")
    at = text.index("走很多路") + 1
    assert injection_module._rejoined_outweighs(stats, text, at, at + 2)
    assert injection_module._chance_across(stats, text, at, at + 2, at + 2)
    assert detector._inside_word_strings(text, 1)
    assert not detector._inside_word_strings(text, 2)


def test_a_chance_bound_pair_at_a_seam_leaves_a_string_inside_the_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same screen reads the sites where one seam is a bound pair (工|厂房|作: 工厂 bound), a
    piece's edge reading on from the split word's half: the re-joined 工作 (66367) outweighs
    工厂 (3460) BOUND_REJOINED_OVER times, so 厂房 counts beside 速贷. 学|生产|校 does not (学生
    outweighs 学校), nor 工|人员|作 (工作 only 6.5 times 工人, a bound pair): the word across
    is the article's, and the page has one string inside a word."""
    detector = InjectedFragments()
    other = "\n今年全市新建学速贷校十二所，速贷在校学生增加三千余人。"
    chance = "社区工厂房作人员每天上门，厂房走访老人。" + other
    assert detector._inside_word_strings(chance, 2)
    assert not detector._inside_word_strings(
        chance, 2, detector._bridged_sites(chance, shared_stats()))
    assert not detector._inside_word_strings("市里的学生产校很多，生产效果好。" + other, 2)
    workers = "车间工人员作时间很长，人员工资也高。" + other
    assert not detector._inside_word_strings(workers, 2)
    monkeypatch.setattr(injection_module, "BOUND_REJOINED_OVER", injection_module.REJOINED_OVER)
    assert detector._inside_word_strings(workers, 2)


def test_a_word_across_the_end_that_outweighs_the_rejoined_word_keeps_the_name() -> None:
    """超|某某城|市 re-joins 超市, but 城市 across the ending's seam is read far more often:
    the name may be the article's city (某某城市), no chance split."""
    line = "小区门口新开的超锦泰城市每天人流不断。"
    assert InjectedFragments()._proving_brands(line, product_words(line)) == []


@pytest.mark.parametrize("brand", ["瑞福城", "锦川竞技", "安途app"])
def test_pieces_go_from_a_page_a_coined_brand_inside_a_word_proves(brand: str) -> None:
    """A page whose chopped phrase is all words (nothing else names it) and whose brand no
    lexicon knows sits inside a word: the brand proves the page, and the pieces go as from a
    mirror, with little of the article's own text."""
    bench: Any = _bench()
    rng = random.Random(7)
    paras = [p for p in _paragraphs() if not Lexicon().scan(p)]
    # Slogans of common words only (绿色/发展/理念): their pieces name no page themselves.
    slogans = ("绿色发展理念深入人心", "数字经济赋能实体产业", "文化自信铸就民族精神")
    caught = planted = own = lost = 0
    for _ in range(6):
        spammed, mask = bench.inject("\n".join(rng.sample(paras, 7)), rng, slogans, brands=())
        # A line of the article with the brand inside one of its words (健|…|身).
        head, tail = "\n居民们在社区广场上开展健", "身活动，气氛热烈。"
        spammed += head + brand + tail
        mask += [False] * len(head) + [True] * len(brand) + [False] * len(tail)
        out = InjectedFragments()(LexiconSpam()(Doc("d", text=spammed))).text
        assert brand not in out
        gone = bench.removed_mask(spammed, out, mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
        own += len(mask) - sum(mask)
        lost += sum(g and not m for g, m in zip(gone, mask, strict=True))
    assert caught / planted >= 0.7
    assert lost / own <= 0.002


@pytest.mark.parametrize("kept", [
    "位于青溪经开区国际物流园的项目已进入收尾阶段。",
    "活动在东港国际陆港举行，吸引了不少市民参加。",
    "记者从青溪棋牌协会获悉，相关工作正在有序推进。",
    "不少市民来到南湖体育公园参观。",
    "据新区国际社区介绍，今年以来共接待群众两万余人次。",
    "日前，临港国际物流园相关负责人介绍了今年的工作安排。",
    "东城国际学校的工作人员表示，将继续做好服务保障。",
    # a department named by the fields it joins (bench/spam_own_names.py lost 文化体育)
    "位于县文化体育和旅游局的项目已进入收尾阶段。",
    "近日，区教育体育与科技局召开专题会议部署相关工作。",
])
def test_on_a_proven_page_a_product_word_heading_a_place_or_institution_stays(kept: str) -> None:
    # The product word is the middle of the article's name (国际|物流园, 体育|公园, 棋牌|协会),
    # not a brand's end; the coined brand planted in the line before still goes.
    for text in _cleaned_on_proven_pages("居民们纷纷表示彩虹湾娱乐生活越来越方便了。", kept, 5):
        assert "彩虹湾娱乐" not in text
        assert kept in text


def test_a_department_named_by_the_fields_it_joins_stays_on_a_mirror() -> None:
    # bench/spam_own_names.py, dev set, lexicon brands, seed 1, page 73: 县文化体育和旅游局 lost
    # 文化体育 as a coined name and a product word; 和旅游局 heads the department's name.
    own = load_bench("spam_own_names")
    rng = random.Random(1)
    articles = own.clean_articles(120, rng)
    phrases, brands, _ = own.SETS["dev"]
    page = ""
    for i, article in enumerate(articles[:74]):
        named, _ = own.plant_names(article, rng)
        page, _ = own.inject(named, rng, phrases, brands)
        if i == 73:
            break
    if "县文化体育和旅游局" not in page:
        pytest.skip("the bench's articles changed: the page no longer names the bureau")
    doc = Doc("d", text=page)
    for cleaner in (LexiconSpam(), InjectedFragments()):
        doc = cleaner(doc)
    assert "县文化体育和旅游局" in doc.text


# A mirror's keyword row that a chrome rule takes as a list of headlines before the spam
# cleaners run: its spam still proves the page, and its strings chopped into the article go.
_ROW_ARTICLE = (
    "3月5日,随着最后一批路灯安装完毕,新城区主干道亮化工程全部完工,夜间出行更加安全。\n"
    "工程共更换路灯一千二百盏,新增智能控制柜四十台,可根据车流量自动调节亮度。\n"
    "区城管局负责人介绍,下一步还将对背街小巷的照明设施进行排查,让居民走得更放心。\n")


def _row_page(row: str, pieces: tuple[str, ...] = ()) -> Doc:
    lines = _ROW_ARTICLE.split("\n")
    if pieces:  # each piece planted twice, between the article's words
        lines[0] = lines[0].replace("最后一批", f"最后{pieces[0]}一批").replace(
            "全部完工", f"全部{pieces[1]}完工")
        lines[1] = lines[1].replace("新增智能", f"新增{pieces[0]}智能").replace(
            "可根据", f"可{pieces[1]}根据")
    text = "\n".join(lines)
    removals = tuple(Removal("chrome.blocks", "headline_list", "a list after the article",
                             line, f"line {n}") for n, line in enumerate(row.split("\n"), 9))
    return Doc("row", text=text, removals=removals)


def test_pieces_of_a_spam_row_chrome_took_go() -> None:
    doc = InjectedFragments()(_row_page("幸运飞艇开奖直播 幸运飞艇官网", ("飞艇", "开奖")))
    for piece in ("飞艇", "开奖"):
        assert piece not in doc.text
    for own in ("全部完工", "新增智能"):
        assert own in doc.text


def test_a_tag_rows_other_items_are_the_articles_own_keywords() -> None:
    """A mirror's tag cloud mixes the article's keywords with its spam: only the items that
    hold a spam term are read for pieces, so the article's own 路灯 stays (it recurs between
    words, as the planted pieces do)."""
    doc = InjectedFragments()(_row_page("幸运飞艇开奖直播 城区亮化 路灯 幸运飞艇官网",
                                        ("飞艇", "开奖")))
    for piece in ("飞艇", "开奖"):
        assert piece not in doc.text
    assert doc.text.count("路灯") == 2


@pytest.mark.parametrize("row", [
    "幸运飞艇开奖直播 幸运飞艇官网",  # spam, but nothing of it is chopped into the article
    "路灯安装 亮化工程 智能控制",  # the article's own keywords, no spam
])
def test_a_chrome_row_proves_nothing_without_its_pieces_or_spam(row: str) -> None:
    doc = _row_page(row)
    assert InjectedFragments()(doc).text == doc.text


def test_a_long_menu_with_a_spam_item_proves_nothing() -> None:
    """A portal's menu of many items holds some pair of any article: it proves nothing."""
    menu = "\n".join(["新闻", "国内", "国际", "体育", "娱乐", "财经", "汽车", "房产", "同城约会",
                      "路灯", "工程"])
    doc = _row_page(menu, ("路灯", "工程"))
    assert InjectedFragments()(doc).text == doc.text


# Pieces of a chopped phrase that are whole words read a selling phrase across their seam.
_SEAM_PIECES = [
    ("新学期伊始，市区各中小学重庆彩票陆续开展安全教育。\n学校组织学生观看计划网址警示片，开展应急"
     "疏散演练。\n教育局要求重庆彩票各校落实安全责任，计划网址确保师生平安。", ["重庆彩票", "计划网址"]),
    ("今年以来，县里手机网贷持续推进农村人居环境整治，累计改造户厕两千余座。\n村民们说，口子推荐如今"
     "村里道路干净了，垃圾也有了固定的去处。\n镇里还组织志愿者定期开展清扫活动，手机网贷带动群众积极"
     "参与，口子推荐环境越来越好。", ["手机网贷", "口子推荐"]),
]


@pytest.mark.parametrize(("text", "pieces"), _SEAM_PIECES)
def test_two_recurring_strings_reading_a_selling_phrase_across_their_seam_are_pieces(
        text: str, pieces: list[str]) -> None:
    """重庆彩票|计划网址 reads 彩票计划 across the seam: each is words, each recurs where deleting
    it breaks no word, and the two never stand side by side: two pieces of one phrase (a line
    naming governance at large, 人居环境整治, reports on no spam)."""
    spans = InjectedFragments()._seam_term_pieces(text, [])
    assert sorted({text[a:b] for a, b, _ in spans}) == sorted(pieces)
    assert len(spans) == 4


@pytest.mark.parametrize(("text", "pieces"), _SEAM_PIECES)
def test_seam_reading_pieces_go_from_a_page_a_coined_brand_names(text: str,
                                                                  pieces: list[str]) -> None:
    # The page is named by a coined brand planted inside a word (宣|澜湾汇|传); the pieces
    # then go with it, and the article's words stay.
    brand_line = "\n社区志愿者开展垃圾分类宣澜湾汇传活动，居民踊跃参与。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text + brand_line))).text
    expected = text + brand_line.replace("澜湾汇", "")
    for piece in pieces:
        expected = expected.replace(piece, "")
    assert out == expected


@pytest.mark.parametrize("text", [
    # a two-character term across the seam is chance (新时代|考核 reads 代考)
    "新时代新征程上，考核机制不断完善。\n广大干部在新时代展现新作为，考核结果作为选拔任用的重要依据。",
    # the page prints the phrase in the other order (刷单兼职): its topic, not pieces
    "近期不少市民遭遇刷单返利类骗局。\n【提醒】刷单返利不可信\n市民在网上看到兼职广告，随后被拉入群聊。"
    "\n提醒大家，兼职需谨慎，凡是刷单兼职都不可信。",
    # lines that report on spam name its words as often as they like
    "警方破获一起以重庆彩票为名的诈骗案件，抓获嫌疑人五名。\n经查，该团伙以计划网址为诱饵招揽参赌人员。"
    "\n民警提醒，重庆彩票相关广告均属诈骗，计划网址切勿点击。",
    # names a report on casinos lists hold brands: the lexicon's to judge (永利澳门|银河娱乐)
    "分析人士指出，金沙中国、银河娱乐、永利澳门等承批公司的非博彩业务投入持续加大。\n"
    "银河娱乐集团表示，旗下酒店入住率接近九成。\n永利澳门的零售及餐饮收入均有增长。",
    # a word of the article opening a quotation reads on into a piece by chance (线上|娱乐)
    "社区采取“线上+线下”模式开展服务，总要求娱乐和新时代党建工作相结合。\n党员志愿者通过“线上+"
    "线下”方式联系群众，党组织娱乐了解居民需求。",
    # a topic word found five times or more is the article's (彩票 in a lottery report)
    "彩票发行工作稳步推进，计划销售额同比增长。\n今年彩票公益金筹集工作计划已经下达。\n"
    "各地彩票销售网点认真落实计划，彩票市场运行平稳。\n彩票机构表示，将按计划做好下半年工作。\n"
    "全省彩票销量稳中有升。",
])
def test_an_articles_own_strings_reading_a_phrase_across_a_seam_stay(text: str) -> None:
    assert InjectedFragments()._seam_term_pieces(text, []) == []


@pytest.mark.parametrize(("title", "expected"), [
    # a piece cut from the body, planted in the headline too
    ("市区中小学重庆彩票扎实开展安全教育", "市区中小学扎实开展安全教育"),
    # and the coined brand
    ("澜湾汇市区中小学扎实开展安全教育", "市区中小学扎实开展安全教育"),
    # a quoted name is the headline's topic, whatever the body's cut
    ("“重庆彩票”不是彩票：市区中小学开展安全教育", "“重庆彩票”不是彩票：市区中小学开展安全教育"),
    # a headline that would be left with almost nothing is left alone
    ("重庆彩票计划网址", "重庆彩票计划网址"),
    # nothing cut from the body is in it
    ("市区中小学扎实开展安全教育", "市区中小学扎实开展安全教育"),
])
def test_the_headline_loses_the_pieces_and_brands_cut_from_the_body(title: str,
                                                                   expected: str) -> None:
    text, _ = _SEAM_PIECES[0]
    text += "\n社区志愿者开展垃圾分类宣澜湾汇传活动，居民踊跃参与。"
    doc = Doc("d", text=text, meta=Meta(title=title))
    out = InjectedFragments()(LexiconSpam()(doc))
    assert out.meta.title == expected
    assert "重庆彩票" not in out.text
    # each cut from the headline is recorded, where "title"
    assert bool([r for r in out.removals if r.where == "title"]) == (title != expected)


def test_a_string_reading_on_into_a_name_the_article_repeats_is_no_planted_name() -> None:
    # 修表|匠孙德|明 re-joins 表明, but 孙德明 is the man the article names again and again:
    # the string is the article's, beside a cut made in its line (赢家汇 still goes).
    own = "修表匠孙德明支起了他的小摊。孙德明说，修好一块表就像把日子接上了。"
    text = _PIECES_PAGE.format(name="赢家汇", own=own, other="孙德明今年七十二岁。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "赢家汇" not in out
    assert own in out


# A mirror of our own paragraphs: the chopped phrase's pieces 信用卡 and 秒到账 go by the piece
# model, a coined brand by its shape; its third piece, 代还, set twice between words, splits
# no word and the model gives it less than its threshold: the rest of a phrase partly cut.
_PHRASE_REST_ARTICLE = (
    "市卫生健康委员会表示，全市已建成社区卫生服务中心八十六个，居民步行十五分钟即可到达最近的"
    "医疗服务点，家庭医生签约率超过百分之六十。\n"
    "非物质文化遗产展演活动在古镇广场举行，剪纸、皮影、木版年画等传统技艺吸引了大批游客驻足"
    "观看，不少孩子现场学起了剪纸。\n"
    "在服务中心人来车往的大厅里，工作人员耐心地为前来办事的群众解答问题，一窗受理、集成服务让"
    "办事时间大大缩短。\n"
    "澳门特区政府公布的数据显示，今年第二季度入境旅客人次明显回升，酒店入住率保持高位，会展和"
    "文旅活动日益丰富。\n"
    "博物馆近日推出一项新展览，集中展示了考古工作者在遗址中发掘出土的青铜器、陶器和玉器一百"
    "余件，其中多件文物为首次公开亮相。")
_PHRASE_REST_PAGE = (
    "秒到账市卫生健康委员会表示，全市已建成社区卫生服信用卡务中心八十六个，居民步行十五分钟即"
    "秒到账可到达最近的医疗服务点，家庭医生签约率超过百分之六十。\n"
    "非物质文化遗产展演活信用卡动代还在古镇广场举行，剪秒到账纸、皮影、木版年画等传金樽娱乐统"
    "技艺吸引了大批信用卡游客驻足观看，不少孩子现场学起了剪纸。\n"
    "在服务中心人来车往信用卡的大厅里代还，工作人员耐心地为前来办事的群众解答问题，一窗受金樽"
    "娱乐理、集成服务让办事时间大大缩短。\n"
    "澳门特区政府公布的数据显示，今年第二季度入境旅客人次明显回升，酒店入住率保持高位，会展和"
    "文旅活动日益丰富。\n"
    "博物馆近日推出一项新展览，集中展示了考古工作者在遗址中发掘出土的青铜器、陶器和玉器一百"
    "余件，其中多件文物为首次公开亮相。")


def test_the_rest_of_a_chopped_phrase_between_words_goes_from_a_mirror() -> None:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_PHRASE_REST_PAGE)))
    assert doc.text == _PHRASE_REST_ARTICLE
    assert any("the phrase's other piece" in r.why and r.text == "代还" for r in doc.removals)


def _own_clause_stays(own: str) -> None:
    """``own`` (an article's clause) set before the full stop of the partly cut phrase's first
    and third lines comes out with them, the pieces cut around it."""
    page, article = _PHRASE_REST_PAGE.split("\n"), _PHRASE_REST_ARTICLE.split("\n")
    for i in (0, 2):
        page[i] = page[i].replace("。", own + "。", 1)
        article[i] = article[i].replace("。", own + "。", 1)
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text="\n".join(page))))
    assert doc.text == "\n".join(article)


@pytest.mark.parametrize("own", [
    # the article's own words in the lines the pieces were cut from, twice each: a
    # party-building story's 推进 and 基层, a driving school's 考试, a village's 乡村 and 农业,
    "，街道将持续推进基层服务",
    "，驾校学员的考试安排也在此公布",
    "，乡村农业服务站也设在这里",
    # a string the dictionary lacks but news prints (新时代): the article's
    "，社区服务站迈入新时代",
])
def test_an_articles_own_words_stay_in_the_lines_of_a_partly_cut_phrase(own: str) -> None:
    _own_clause_stays(own)


def test_the_rest_of_a_chopped_phrase_goes_though_one_site_stands_in_a_line_with_no_cut() -> None:
    # A string that is no word, set once in a line where pieces were cut and once in a line
    # that holds no other cut: the phrase's rest is planted in any line, so one site among the
    # cut lines is enough (a dictionary word must have every site there).
    lines = _PHRASE_REST_PAGE.replace("代还", "秒还").split("\n")
    lines[2] = lines[2].replace("大厅里秒还", "大厅里", 1)
    lines[3] = lines[3].replace("酒店入住率", "酒店入住秒还率", 1)
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text="\n".join(lines))))
    assert doc.text == _PHRASE_REST_ARTICLE
    assert sum("the phrase's other piece" in r.why and r.text == "秒还"
               for r in doc.removals) == 2


@pytest.mark.parametrize(("starts", "every", "fits"), [
    ((5, 30), False, True),   # no word: one site in a cut line is enough
    ((5, 30), True, False),   # a word: its site in the line with no cut keeps it
    ((5, 12), True, True),    # a word with every site in cut lines
    ((25, 30), False, False),  # no site in a cut line: the article's own string
])
def test_a_phrase_rest_stands_in_the_lines_of_its_cuts(starts: tuple[int, ...], every: bool,
                                                       fits: bool) -> None:
    text = "一" * 20 + "\n" + "二" * 20  # line 0 holds the cuts, line 1 none
    assert injection_module._in_cut_lines(text, starts, {0}, every=every) is fits


@pytest.mark.parametrize(("frag", "pieces", "joins"), [
    ("六合", {"彩特", "码资"}, True),     # 六合 + 彩特: 六合彩, a word holding all of 六合
    ("壮阳", {"药效", "果立"}, True),     # 壮阳 + 药效: 壮阳药
    ("研发", {"工资", "兼职"}, False),    # 研发 + 工资: 发工资 takes one character of 研发
    ("乡村", {"智慧", "业新"}, False),    # no word across either seam
])
def test_a_fragment_joins_a_cut_piece_as_one_phrase(frag: str, pieces: set[str],
                                                   joins: bool) -> None:
    assert InjectedFragments._joins_phrase(shared_stats(), frag, pieces) is joins


def _stray_page(word: str, third: str) -> str:
    """The partly cut mirror above with a rare word set where 代还 was and once more, inside
    ``third``, in a line where pieces were cut: a phrase's piece that joins no cut piece."""
    return _PHRASE_REST_PAGE.replace("代还", word).replace(third, third[:2] + word + third[2:], 1)


@pytest.mark.parametrize(("word", "third"), [("实名", "全市已建成"), ("男性", "木版年画等传")])
def test_a_rare_word_that_fits_none_of_its_sites_goes_as_the_phrases_rest(word: str,
                                                                          third: str) -> None:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_stray_page(word, third))))
    assert doc.text == _PHRASE_REST_ARTICLE
    assert sum("the phrase's other piece" in r.why and r.text == word
               for r in doc.removals) == 3


@pytest.mark.parametrize(("text", "word", "stray"), [
    (_stray_page("实名", "全市已建成"), "实名", True),
    # listed among the article's words (…实名、挂号…): bound to its site
    ("窗口可办理实名、挂号等业务。大厅里实名办事。", "实名", False),
    # a word across an edge (…今天实名单…: 名单) binds it
    ("群众今天实名单位。大厅里实名办事。", "实名", False),
    # common in news: the article's as often (推进 is printed hundreds of times)
    ("街道将持续推进服务。社区推进工作。", "推进", False),
])
def test_a_stray_word_fits_none_of_its_sites(text: str, word: str, stray: bool) -> None:
    starts = list(injection_module._find_all(text, word))
    assert InjectedFragments()._stray_word(shared_stats(), text, word, starts) is stray


@pytest.mark.parametrize("own", [
    "，窗口可办理实名、挂号等业务",   # listed
    "，男性居民也积极参与",           # rare, between the article's words
    "，实名登记的志愿者在此服务",
    "，市民出行更加便捷",             # news prints 出行 more than MAX_NEWS_STRAY times
])
def test_an_articles_own_rare_words_stay_beside_a_partly_cut_phrase(own: str) -> None:
    _own_clause_stays(own)


# A mirror cut at six sites or more (MIRROR_CUTS): a coined brand planted once goes from any
# line, the last one here holding no other cut.
_MIRROR_PAGE = ("社区书记华体会官网带领党员走访群众。外围投志愿者们在河道两岸清理垃圾，注平台一上午共清理出"
                "塑料瓶两吨多，外围投大家干劲十足。\n新建的城市书房已经开放，外围投每天都有市民前来看书"
                "学习。注平台周末常常一座难求，市民纷纷点赞。外围投\n{other}")


def _mirror_line(other: str) -> str:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_MIRROR_PAGE.format(other=other))))
    return doc.text.split("\n")[-1]


@pytest.mark.parametrize(("own", "brand"), [
    # a word across the brand's end seam (技专: a dictionary word) that the deletion does not
    # strand: 国家|专利 reads better without the brand
    ("不少作品已经申请了国家玖龙竞技专利。", "玖龙竞技"),
    # after a list mark, between two verb phrases: a list of actions holds no name
    ("社区干部深入基层，走访居民区、万豪汇考察贫困村、探访困难户。", "万豪汇"),
    ("企业要补短板，瞄准薄弱环节、宝利城重视新的领域。", "宝利城"),
    ("企業要補短板，瞄準薄弱環節、寶利城重視新的領域。", "寶利城"),
])
def test_a_brand_on_a_mirror_goes_across_a_word_or_a_list_mark(own: str, brand: str) -> None:
    assert _mirror_line(own) == own.replace(brand, "")


@pytest.mark.parametrize("own", [
    # the article's word across the end seam: deleting the name strands its first character
    "记者在市民棋牌室里看到，老人们正在下棋。",
    # a verb and its attribute (同台竞技) and a festival greeting (恭喜发财)
    "选手们同台竞技，各展所长。",
    "队员们发扬同台竞技精神。",
    "春节期间，家家户户贴春联，互道恭喜发财。",
    # a mall, a food hall the article visits (a venue word after the ending, a verb of going
    # before the name), in simplified and traditional script
    "新开业的宝利城商场人气很旺。",
    "周末，市民来到宝利城逛街购物。",
    "商场里的万豪汇美食街人头攒动。",
    "週末，市民來到寶利城逛街購物。",
    # a name listed among names (the item before the list mark is no verb phrase)
    "会上，华为、万豪汇推出了新的服务。",
    "本次活动由团市委主办、万豪汇承办。",
    # a club the article names twice, once heading its institution's noun (俱乐部)
    "本届赛事由紫金电竞俱乐部承办，紫金电竞是本地知名战队。",
    "本届赛事由紫金电竞俱乐部承办，紫金电竞的队员们捧起奖杯。",
])
def test_an_articles_clubs_venues_and_words_stay_on_a_mirror(own: str) -> None:
    assert _mirror_line(own) == own


@pytest.mark.parametrize(("own", "kept"), [
    # a conjunction that opens the word the brand split (及|某某汇|时: 及时) cites no name
    ("发现线索请及聚丰汇时向有关部门反映。", "发现线索请及时向有关部门反映。"),
    # a name cited after a conjunction, with no word across it, or where deleting it reads
    # no better (及|某某汇|时任: 时任 is the article's word); 在 before 于 stays a citing word
    ("本届赛事由学校和聚丰汇共同主办。", "本届赛事由学校和聚丰汇共同主办。"),
    ("他及聚丰汇时任负责人出席了会议。", "他及聚丰汇时任负责人出席了会议。"),
    ("市民可以在瑞通城于周末参加活动。", "市民可以在瑞通城于周末参加活动。"),
])
def test_a_conjunction_opening_the_split_word_cites_no_name(own: str, kept: str) -> None:
    assert _mirror_line(own) == kept


@pytest.mark.parametrize(("own", "kept"), [
    # a word across the end seam (快三|两: 三两; 快三|星空: 三星) the page's best reading does
    # not take (gain exactly 0): the brand stands apart and goes
    ("主队凭借下半场的大发快三两粒进球以二比一取胜。", "主队凭借下半场的两粒进球以二比一取胜。"),
    ("夜幕降临，大发快三星空下的露天音乐会开始了。", "夜幕降临，星空下的露天音乐会开始了。"),
    # the article's word across the end seam, read by the best route (棋牌室, 城防守): kept
    ("记者在市民棋牌室里看到，老人们正在下棋。", "记者在市民棋牌室里看到，老人们正在下棋。"),
    ("球队加强了宝泰城防守。", "球队加强了宝泰城防守。"),
])
def test_a_word_across_the_brands_end_that_no_reading_takes_keeps_no_brand(
        own: str, kept: str) -> None:
    assert _mirror_line(own) == kept


@pytest.mark.parametrize(("own", "kept"), [
    # a numbered name set bare mid-clause in a line that reads like news about spam, on a mirror
    ("警方提醒518鸿发广大市民，切勿参与网络赌博。", "警方提醒广大市民，切勿参与网络赌博。"),
    # what news says after an operator it reports on (赌博网站, 平台, 等): cited, kept
    ("警方查明，该团伙通过518鸿发赌博网站招揽参赌人员。",
     "警方查明，该团伙通过518鸿发赌博网站招揽参赌人员。"),
    ("警方查明，嫌疑人在518鸿发平台上开设账户参赌。", "警方查明，嫌疑人在518鸿发平台上开设账户参赌。"),
    ("警方提醒广大市民，不要登录518鸿发等赌博网站。", "警方提醒广大市民，不要登录518鸿发等赌博网站。"),
    # after a citing word (在) a two-character name that is no word goes from a mirror; a site
    # the article cites is a word after its number (12306网站, 58同城), or what follows says
    # what it is (平台)
    ("他在518鸿发一所中学的操场上锻炼。", "他在一所中学的操场上锻炼。"),
    ("市民可以在12306网站购票。", "市民可以在12306网站购票。"),
    ("在58同城上找工作。", "在58同城上找工作。"),
    ("在360安全卫士里查杀病毒。", "在360安全卫士里查杀病毒。"),
    ("登录518鸿发平台下注。", "登录518鸿发平台下注。"),
    ("他在15楼会议室开会。", "他在15楼会议室开会。"),
    ("在2022冬奥会期间，志愿者们热情服务。", "在2022冬奥会期间，志愿者们热情服务。"),
    # the news's own figures before a unit or a word
    ("公安机关查处案件20起，抓获嫌疑人35名。", "公安机关查处案件20起，抓获嫌疑人35名。"),
    ("警方破获涉赌案件12宗，涉案资金达3000余万元。", "警方破获涉赌案件12宗，涉案资金达3000余万元。"),
    ("当天，公安机关在120急救中心附近抓获一名嫌疑人。",
     "当天，公安机关在120急救中心附近抓获一名嫌疑人。"),
])
def test_a_numbered_name_in_a_news_line_of_a_mirror_goes_unless_reported_on(
        own: str, kept: str) -> None:
    assert _mirror_line(own) == kept


def test_a_brand_planted_once_on_a_mirror_still_goes_beside_a_venue_word_elsewhere() -> None:
    # the venue guard reads the brand's own neighbours only
    assert _mirror_line("居民们说万顺汇今年的收成比往年好。") == "居民们说今年的收成比往年好。"


@pytest.mark.parametrize(("name", "product", "coined"), [
    # words operators coin names from, before a product word news never writes them with
    ("百胜", "真人", True),
    ("皇朝", "电竞", True),
    ("大发", "快三", True),
    # a verb's attribute (同台竞技), a place, news's own pairs, a verb, a one-character ending
    ("同台", "竞技", False),
    ("杭州", "国际", False),
    ("国家", "体育", False),
    ("举办", "国际", False),
    ("万达", "城", False),
])
def test_which_words_may_name_an_operator_on_a_mirror(name: str, product: str,
                                                      coined: bool) -> None:
    assert injection_module._word_coined(shared_stats(), name, product) is coined


def test_a_quoted_site_of_a_phrase_rest_refuses_only_itself() -> None:
    # A third 代还, inside the article's quotation: it stays; the two sites between words go.
    lines = _PHRASE_REST_PAGE.split("\n")
    lines[3] = lines[3].replace("显示，", "显示，“旅客代还多了”，", 1)
    article = _PHRASE_REST_ARTICLE.split("\n")
    article[3] = article[3].replace("显示，", "显示，“旅客代还多了”，", 1)
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text="\n".join(lines))))
    assert doc.text == "\n".join(article)
    assert sum("the phrase's other piece" in r.why and r.text == "代还"
               for r in doc.removals) == 2


def test_a_phrase_rest_left_with_one_site_apart_from_cuts_stays() -> None:
    # One of the two 代还 set right beside a cut piece (信用卡代还): the one site left apart
    # from the cuts is not enough (the article's own string, split by pieces planted into
    # it, recurs beside them: 创新基|技巧|层); the rule cuts neither.
    page = _PHRASE_REST_PAGE.replace("活信用卡动代还在", "活代还信用卡动在", 1)
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=page)))
    assert not any("the phrase's other piece" in r.why and r.text == "代还"
                   for r in doc.removals)


# A mirror's advert lines between an article's paragraphs, opened by a brand spam.lexicon cuts
# (某某娱乐城官方网址|…): what the brand leaves of a short one that offers and asks (礼金 and
# 登录, lexicons/brand_shape.tsv) is its advert; of the others the dangling comma alone goes.
_REST_ARTICLE = [
    "4月7日，城西片区老旧小区改造工程正式开工，涉及住户两千三百余户。",
    "改造内容包括屋面防水、外墙保温、雨污分流和加装电梯等十二个项目。",
    "片区指挥部负责人介绍，施工期间将分段围挡，尽量减少对居民出行的影响。",
    "据悉，整个工程计划于明年春节前完工。",
]
_REST_ADVERTS = [
    "金樽娱乐城官方网址已改版，老用户登录再送八十八元礼金。",  # offers and asks: goes whole
    "金樽娱乐城，荷官在线发牌，输赢实时结算。",  # no offer: the comma goes
    # a paragraph of the article's own length a brand was planted before: only the brand goes
    "金樽娱乐城市民政务服务中心提醒，市民注册登录政务服务APP后即可领取消费红包，活动持续至本月底。",
]


def _rest_page(adverts: list[str]) -> Doc:
    lines = ["城西片区老旧小区改造全面启动", "2026-04-08 09:30　来源：某某日报"]
    for paragraph, advert in zip(_REST_ARTICLE, [*adverts, ""], strict=False):
        lines += [paragraph, advert] if advert else [paragraph]
    return clean_text("\n".join(lines) + "\n", id="d")


def test_the_short_advert_a_cut_brand_opened_goes_whole() -> None:
    doc = _rest_page(_REST_ADVERTS)
    rests = [r for r in doc.removals if r.rule == "advert_rest"]
    assert [r.text for r in rests] == ["已改版，老用户登录再送八十八元礼金。"]
    assert "offer (再送) and ask (登录)" in rests[0].why
    assert all(p in doc.text for p in _REST_ARTICLE)
    assert "礼金" not in doc.text


def test_a_cut_brand_leaves_no_dangling_comma() -> None:
    doc = _rest_page(_REST_ADVERTS)
    lines = doc.text.split("\n")
    assert "荷官在线发牌，输赢实时结算。" in lines  # a paragraph of its own, no comma
    assert [r.text for r in doc.removals if r.rule == "dangling_mark"] == ["，"]
    # a long rest holding an offer and an ask is the article's paragraph: it stays whole
    assert "市民政务服务中心提醒，市民注册登录政务服务APP后即可领取消费红包，活动持续至本月底。" in lines


def test_a_traditional_script_advert_rest_goes_the_same() -> None:
    import opencc

    s2t = opencc.OpenCC("s2t")
    doc = _rest_page([s2t.convert(_REST_ADVERTS[0])])
    assert [r.rule for r in doc.removals if r.text == s2t.convert("已改版，老用户登录再送八十八元礼金。")
            ] == ["advert_rest"]
