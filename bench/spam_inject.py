"""Injection bench for the spam cleaners: plant chopped keyword phrases and brands, measure removal.

Clean articles are composed (seeded RNG) from our own paragraphs in ``bench/spam_articles/`` plus,
when ``../shared/gold`` is present, the gold article texts (read, never copied). Each spammed
copy gets one of our phrases chopped into 2-3 character pieces, every piece inserted 2-4 times at
random character positions (mid-word included), plus one or two gambling brands. Last line:
``spam_pieces_removed=.. article_chars_removed=.. clean_false_positive_chars=.. spam_ms_per_doc=..``

    .venv/bin/python bench/spam_inject.py [--articles 120] [--seed 1] [--dump FILE]
                                          [--set tuned|dev|dev2|dev3|fresh]

``--dump FILE`` writes every cleaned article (text, removals, drop) as JSON lines: a change
meant to keep the output (a speed-up) is checked by diffing the dumps before and after.

``--set tuned`` (default) plants the lists the detector was tuned on; ``--set dev`` plants other
phrases and brands of the same kinds, written later to develop general rules on (round 18 did);
``--set dev2`` and ``--set dev3`` are earlier held-out sets, retired once seen; ``--set fresh``
is held out: its lists (``bench/spam_heldout.json``, kept apart so that reading this file never
shows them) share no string with the others and no change may be tuned on them. Report it;
once a round has seen or fitted it, retire it as a dev set and write a new one.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaners.document import Doc  # noqa: E402
from cleaners.spam import InjectedFragments, LexiconSpam, SpamScore  # noqa: E402
from cleaners.spam.brands import CoinedBrands  # noqa: E402
from cleaners.spam.charstats import char_table  # noqa: E402
from cleaners.spam.stats import shared_stats  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Sequence

# Our own phrases (spam keywords and slogan-like SEO phrases), none taken from any seed page.
PHRASES = (
    "澳门葡京娱乐注册送彩金", "代开增值税发票联系电话", "足球外围投注平台首选",
    "正规网上赌场真人娱乐", "幸福生活靠奋斗美好未来", "绿水青山就是金山银山",
    "科技创新引领产业升级", "乡村振兴产业兴旺百姓富", "线上棋牌游戏天天送金币",
    "专业办理各类学历证书", "精准扶贫让贫困户脱贫致富", "文明城市共建共享美好家园",
)
# Brands as spam pages write them, with and without promo suffixes.
BRANDS = ("开云体育", "华体会官网", "米乐m6", "半岛体育app", "乐鱼体育入口", "KY棋牌", "雷竞技",
          "亚博体育官网", "必威betway", "PG电子", "澳门新葡京官网", "威尼斯人娱乐")
# Invented brands our lexicons cannot hold (a test checks), as a stand-in for the brands the
# hidden measure plants: only their shape, the page's other spam and the piece model find them.
UNSEEN_BRANDS = ("金鲨竞技", "彩虹湾娱乐", "龙腾棋牌", "福运来体育官网", "赢家汇", "天悦真人",
                 "盛世彩票app", "蓝鲸电竞入口", "QX体育", "hg688", "宏发国际", "金樽娱乐")

# The dev set: phrases and brands of the same kinds, none in the lists above, never tuned on.
# Gambling and lottery, fake invoices and certificates, loans, counterfeit goods, pharmacy ads,
# SEO strings of ordinary trades (city + trade + 哪家好/多少钱) and slogans in a news register.
DEV_PHRASES = (
    "北京赛车pk10开奖直播", "百家乐必胜技巧稳赚不赔", "六合彩特码资料免费看",
    "在线老虎机注册就送钱", "代办各类发票点数优惠", "全国办理资格证书包过",
    "代写论文发表核心期刊", "无抵押小额贷款当天放款", "信用卡套现秒到账低费率",
    "黑户也能借钱不看征信", "精仿名牌包包原单货源", "莆田运动鞋厂家直销批发",
    "男性壮阳药效果立竿见影", "祖传秘方根治糖尿病", "减肥瘦身胶囊月瘦二十斤",
    "深圳装修公司哪家好", "成都搬家公司多少钱一次", "杭州驾校报名哪家便宜",
    "南宁植发医院排名前十", "全面深化改革推动高质量发展", "党建引领基层治理现代化",
    "守护碧水蓝天建设生态文明", "弘扬工匠精神助力制造强国", "凝心聚力谱写时代新篇章",
)
# Operators the lexicons know, other than BRANDS, in the forms spam pages print them.
DEV_BRANDS = ("万博体育官网", "九游会app", "凯发k8", "尊龙凯时入口", "bob体育", "天博体育",
              "星空体育app", "金沙娱乐", "乐虎国际", "欧宝体育官网", "明升体育", "美高梅娱乐")
# Coined operator names of many shapes (a name with or without a product or promo word, Latin
# letters and digits, a number and a name): none of them is in a lexicon (a test checks).
DEV_UNSEEN_BRANDS = (
    "鼎盛国际", "星耀竞技", "聚宝真人", "鸿运彩票", "凯旋体育", "鑫丰娱乐",
    "万家棋牌", "飞鹰电竞", "富贵城", "聚财汇", "乐享会", "金龙城官网",
    "大满贯app", "吉利来入口", "星辰娱乐官网", "518鸿发", "99彩", "ty888",
    "zq体育", "vip8866", "88金尊", "顺发快三", "天豪会", "明珠真人app",
)
# The first held-out set, retired in round 20 (a helper's grep printed part of it): measured
# without tuning from round 17 to 19, now a second dev set that may be tuned on.
DEV2_PHRASES = (
    "真钱捕鱼电玩城上分", "体育竞猜平台串关推荐", "网络彩票代购合买中心", "高仿名表一比一复刻",
    "代办驾驶证不用考试", "专业刷单兼职日结工资", "不忘初心牢记使命担当", "依法治国从严治党",
    "数字乡村智慧农业新模式", "双色球预测专家推荐号码", "电子游艺爆分攻略", "美女主播在线视频聊天",
)
DEV2_UNSEEN_BRANDS = ("银河竞技", "博乐汇", "聚星国际", "九天棋牌", "财神到体育", "jb999",
                      "百胜真人", "鑫彩娱乐", "好彩头彩票", "皇朝电竞", "金殿城官网", "大发快三")
# The second held-out set, retired in round 21 (a helper's read of this file printed it):
# measured once without tuning, now a third dev set that may be tuned on.
DEV3_PHRASES = (
    "时时彩计划软件免费下载", "网上斗地主赢话费提现", "私家侦探调查婚外情取证",
    "出售银行卡四件套实名", "微信营销软件一键加粉", "二手名车抵押低价转让",
    "推进城乡融合发展共同富裕", "奋进新征程建功新时代", "安全生产责任重于泰山",
    "同城交友约会热线电话", "减脂代餐奶昔招代理", "极速赛车开奖记录查询",
)
DEV3_UNSEEN_BRANDS = ("玖龙竞技", "万豪汇", "金鼎国际", "天河棋牌", "亿发体育官网", "hy777",
                      "至尊真人", "瑞丰彩票app", "紫金电竞", "宝利城", "旺财快三", "66发财")
# The held-out set lives in its own file, so that reading this one never shows it.
_HELD_OUT = json.loads((ROOT / "bench" / "spam_heldout.json").read_text("utf-8"))
FRESH_PHRASES: tuple[str, ...] = tuple(_HELD_OUT["phrases"])
FRESH_UNSEEN_BRANDS: tuple[str, ...] = tuple(_HELD_OUT["unseen_brands"])
SETS = {"tuned": (PHRASES, BRANDS, UNSEEN_BRANDS),
        "dev": (DEV_PHRASES, DEV_BRANDS, DEV_UNSEEN_BRANDS),
        "dev2": (DEV2_PHRASES, BRANDS, DEV2_UNSEEN_BRANDS),
        "dev3": (DEV3_PHRASES, BRANDS, DEV3_UNSEEN_BRANDS),
        "fresh": (FRESH_PHRASES, BRANDS, FRESH_UNSEEN_BRANDS)}


def _shared_gold() -> Path:
    """The seeds' gold folder, found where tests/conftest.py looks for the shared folder. The
    articles (and so every figure) differ without it, so its absence is said, not silent."""
    for shared in (ROOT.parent / "shared", Path(os.environ.get("CORPUS_SHARED", "/nonexistent")),
                   Path("/work/shared")):
        if (shared / "gold").is_dir():
            return shared / "gold"
    print("spam_inject: no shared gold folder (../shared/gold or $CORPUS_SHARED): articles "
          "are our own paragraphs only, so the figures are not comparable", file=sys.stderr)
    return ROOT / "bench" / "spam_articles" / "no_shared_gold"


def clean_articles(n: int, rng: random.Random, gold_dir: Path | None = None) -> list[str]:
    """``n`` clean articles: the gold texts in ``gold_dir`` (default ``../shared/gold``) and
    paragraph-shuffled copies of them, then compositions of our own paragraphs."""
    paras = [line for line in (ROOT / "bench" / "spam_articles" / "paragraphs.txt")
             .read_text("utf-8").splitlines() if line and not line.startswith("#")]
    golds = sorted((gold_dir or _shared_gold()).glob("*.json"))
    gold_texts = [json.loads(p.read_text("utf-8"))["text"] for p in golds]
    out = list(gold_texts)
    for text in gold_texts:  # paragraph-shuffled copies keep the topic vocabulary of real pages
        lines = text.split("\n")
        rng.shuffle(lines)
        out.append("\n".join(lines))
    while len(out) < n:
        out.append("\n".join(rng.sample(paras, rng.randint(4, 9))))
    return out[:n]


def chop(phrase: str, rng: random.Random) -> list[str]:
    pieces, i = [], 0
    while i < len(phrase):
        rest = len(phrase) - i  # pieces of 2-3 characters, as the spam pages chop them
        k = rest if rest <= 3 else (2 if rest == 4 else rng.choice((2, 3)))
        pieces.append(phrase[i : i + k])
        i += k
    return pieces


def inject(text: str, rng: random.Random, phrases: Sequence[str] = PHRASES,
           brands: Sequence[str] = BRANDS, repeats: tuple[int, int] = (2, 4),
           ) -> tuple[str, list[bool]]:
    """The spammed text and a per-character mask of what was injected (no brands if
    ``brands`` is empty)."""
    lines = text.split("\n")
    early = rng.random() < 0.5  # like seed pages: pieces crowd the first paragraphs
    target = [i for i, line in enumerate(lines) if len(line) > 20] or [0]
    if early:
        target = target[:3]
    plants: list[tuple[int, int, str]] = []  # line, offset, inserted text
    pieces = chop(rng.choice(phrases), rng)
    for piece in pieces:
        for _ in range(rng.randint(*repeats)):
            line = rng.choice(target)
            text_piece = piece
            if rng.random() < 0.15:  # two pieces side by side
                text_piece += rng.choice(pieces)
            plants.append((line, rng.randint(0, len(lines[line])), text_piece))
    for _ in range(rng.randint(1, 2) if brands else 0):
        line = rng.choice(target)
        plants.append((line, rng.randint(0, len(lines[line])), rng.choice(brands)))
    masks = [[False] * len(line) for line in lines]
    for line, pos, ins in sorted(plants, key=lambda p: -p[1]):
        lines[line] = lines[line][:pos] + ins + lines[line][pos:]
        masks[line][pos:pos] = [True] * len(ins)
    mask: list[bool] = []
    for m in masks:
        mask += [*m, False]
    return "\n".join(lines), mask[:-1]


def removed_mask(before: str, after: str, planted: list[bool] | None = None) -> list[bool]:
    """Which characters of ``before`` are gone in ``after``. A deleted run can often slide over
    equal characters without changing the result (乡村 cut from 乡村乡村振兴: either copy);
    given the ``planted`` mask, each run is placed where it covers the most planted text, as
    the output cannot tell the placements apart."""
    gone = [False] * len(before)
    ops = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    for tag, i1, i2, _, _ in ops:
        if tag not in ("delete", "replace"):
            continue
        if tag == "delete" and planted is not None:
            i1, i2 = _best_slide(before, i1, i2, planted)
        gone[i1:i2] = [True] * (i2 - i1)
    return gone


def _best_slide(text: str, i1: int, i2: int, planted: list[bool]) -> tuple[int, int]:
    lo = i1
    while lo > 0 and text[lo - 1] == text[lo - 1 + i2 - i1]:
        lo -= 1
    hi = i1
    while hi + (i2 - i1) < len(text) and text[hi] == text[hi + i2 - i1]:
        hi += 1
    best = max(range(lo, hi + 1), key=lambda a: sum(planted[a : a + i2 - i1]))
    return best, best + i2 - i1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, nargs=2, default=(2, 4), metavar=("MIN", "MAX"),
                    help="how many times each piece is planted (default 2 4)")
    ap.add_argument("--brands", choices=("lexicon", "unseen"), default="lexicon",
                    help="plant brands our lexicons know, or brands they do not")
    ap.add_argument("--script", choices=("hans", "hant"), default="hans",
                    help="articles, phrases and brands in simplified or traditional script "
                         "(OpenCC s2t), as a Hong Kong or Taiwan mirror would print them")
    ap.add_argument("--set", choices=tuple(SETS), default="tuned", dest="plant_set",
                    help="the lists tuned on, the dev lists, or the held-out fresh lists")
    ap.add_argument("--dump", type=Path, metavar="FILE",
                    help="write each cleaned article (text, removals, drop) as a JSON line")
    args = ap.parse_args()
    dumped: list[Doc] = []
    convert = _to_traditional if args.script == "hant" else str
    rng = random.Random(args.seed)
    lexicon, injection, brands_, score = (LexiconSpam(), InjectedFragments(), CoinedBrands(),
                                          SpamScore())
    spam_chain = (lexicon, injection, brands_, score)
    warm = Doc("warm", text="澳门新葡京官网\n人民群众")
    for c in spam_chain:
        c(warm)  # load the automaton and jieba tables outside the timings
    char_table()  # and the character statistics of the injection sweep
    shared_stats()  # and the jieba tables behind word tests

    articles = [convert(a) for a in clean_articles(args.articles, rng)]
    set_phrases, set_brands, set_unseen = SETS[args.plant_set]
    phrases = [convert(p) for p in set_phrases]
    brands = [convert(b) for b in (set_brands if args.brands == "lexicon" else set_unseen)]
    fp_chars, clean_s, clean_bytes, dropped_clean = 0, 0.0, 0, 0
    for i, text in enumerate(articles):
        t0 = time.perf_counter()
        doc = Doc(f"clean{i}", text=text)
        for c in spam_chain:
            doc = c(doc)
        clean_s += time.perf_counter() - t0
        dumped.append(doc)
        clean_bytes += len(text.encode())
        fp_chars += len(text) - len(doc.text)
        dropped_clean += doc.dropped is not None
        if len(text) != len(doc.text):
            for r in doc.removals:
                print(f"  false positive in clean{i}: {r.cleaner}/{r.rule} {r.text!r} ({r.why})")

    planted = caught = own = own_lost = 0
    spam_s, dropped_spam = 0.0, 0
    for i, text in enumerate(articles):
        spammed, mask = inject(text, rng, phrases, brands, repeats=tuple(args.repeats))
        t0 = time.perf_counter()
        doc = Doc(f"spam{i}", text=spammed)
        for c in spam_chain[:3]:
            doc = c(doc)
        spam_s += time.perf_counter() - t0
        dumped.append(score(doc))
        dropped_spam += dumped[-1].dropped is not None
        gone = removed_mask(spammed, doc.text, mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
        own += len(mask) - sum(mask)
        own_lost += sum(g and not m for g, m in zip(gone, mask, strict=True))
        missed = "".join(c if m and not g else " " for c, m, g in zip(spammed, mask, gone,
                                                                      strict=True)).split()
        if missed:
            print(f"  spam{i}: missed {missed[:8]}")
        lost = "".join(c if g and not m else " " for c, m, g in zip(spammed, mask, gone,
                                                                  strict=True)).split()
        if lost:
            print(f"  spam{i}: cut the article's own {lost[:8]}")

    if args.dump:
        write_dump(args.dump, dumped)
    total_chain_s = measure_chain(articles)
    n = len(articles)
    print(f"clean articles: {n}, {clean_bytes / 1e6:.2f} MB, spam cleaners "
          f"{clean_bytes / 1e6 / clean_s:.1f} MB/s, dropped {dropped_clean}")
    print(f"spammed articles: {n}, injected chars {planted}, dropped as mostly spam {dropped_spam}")
    if total_chain_s:
        print(f"default chain on clean articles: {total_chain_s * 1e3 / n:.2f} ms/doc; "
              f"spam cleaners {clean_s * 1e3 / n:.2f} ms/doc "
              f"({clean_s / total_chain_s:.1%} of the chain)")
    print(f"spam_pieces_removed={caught / max(planted, 1):.4f} "
          f"article_chars_removed={own_lost / max(own, 1):.5f} "
          f"clean_false_positive_chars={fp_chars} "
          f"spam_ms_per_doc={(clean_s + spam_s) * 1e3 / (2 * n):.3f}")


def write_dump(path: Path, docs: Sequence[Doc]) -> None:
    """One JSON line a document: its id, cleaned text, removals and drop, in bench order."""
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            row = {"id": doc.id, "text": doc.text,
                   "removals": [r.as_dict() for r in doc.removals],
                   "dropped": doc.dropped.as_dict() if doc.dropped else None}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _to_traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


def measure_chain(articles: list[str]) -> float:
    """Seconds the whole default chain spends on the clean articles (0 if it cannot be built)."""
    try:
        from cleaners.registry import default_chain

        chain = default_chain()
        chain(Doc("warm", text=articles[0]))
    except Exception as exc:  # the bench still reports the spam figures
        print(f"default chain unavailable: {exc!r}")
        return 0.0
    t0 = time.perf_counter()
    for i, text in enumerate(articles):
        chain(Doc(f"c{i}", text=text))
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
