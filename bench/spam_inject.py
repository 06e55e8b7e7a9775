"""Injection bench for the spam cleaners: plant chopped keyword phrases and brands, measure removal.

Clean articles are composed (seeded RNG) from our own paragraphs in ``bench/spam_articles/`` plus,
when ``../shared/gold`` is present, the gold article texts (read, never copied). Each spammed
copy gets one of our phrases chopped into 2-3 character pieces, every piece inserted 2-4 times at
random character positions (mid-word included), plus one or two gambling brands. Last line:
``spam_pieces_removed=.. article_chars_removed=.. clean_false_positive_chars=.. spam_ms_per_doc=..``

    .venv/bin/python bench/spam_inject.py [--articles 120] [--seed 1] [--dump FILE]
                                          [--set tuned|dev|dev2|dev3|fresh] [--batch-report]
                                          [--batch]

``--dump FILE`` writes every cleaned article (text, removals, drop) as JSON lines: a change
meant to keep the output (a speed-up) is checked by diffing the dumps before and after.

``--set tuned`` (default) plants the lists the detector was tuned on; ``--set dev`` plants other
phrases and brands of the same kinds, written later to develop general rules on (round 18 did);
``--set dev2`` and ``--set dev3`` are earlier held-out sets, retired once seen; ``--set fresh``
is held out: its lists (``bench/spam_heldout.json``, kept apart so that reading this file never
shows them) share no string with the others and no change may be tuned on them. Report it;
once a round has seen or fitted it, retire it as a dev set and write a new one.

``--batch-report`` measures, without changing any cleaner, what batch-level evidence could add:
a string spam.injection cut on two other pages of the run or more (the set B) is looked for in
every missed plant and, on proven pages, in the text left (see ``batch_report``). ``--batch``
cleans the run twice, as the corpus runner does with ``[batch] evidence = true``: the second
pass gives spam.injection what the first cut (``cleaners/spam/batch.py``); a last line
``batch: ...`` reports the same figures for it.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaners.document import Doc, Removal  # noqa: E402
from cleaners.spam import InjectedFragments, LexiconSpam, SpamScore  # noqa: E402
from cleaners.spam.batch import BATCH_RULE, MIN_PAGES, BatchEvidence, cut_strings  # noqa: E402
from cleaners.spam.brands import CoinedBrands  # noqa: E402
from cleaners.spam.charstats import char_table  # noqa: E402
from cleaners.spam.fragments import FREE, SPLIT  # noqa: E402
from cleaners.spam.injection import _find_all, _quoted_at, _word_across  # noqa: E402
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
    ap.add_argument("--batch", action="store_true",
                    help="clean the run a second time with the batch's evidence and report both")
    ap.add_argument("--batch-report", action="store_true",
                    help="after the run, measure what strings cut on other pages could add")
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

    pages = [BatchPage(articles[i], [False] * len(articles[i]), d.text, d.removals,
                       spammed=False) for i, d in enumerate(dumped)] if args.batch_report else []
    planted = caught = own = own_lost = 0
    spam_s, dropped_spam = 0.0, 0
    spammed_pages: list[tuple[str, list[bool]]] = []
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
        spammed_pages.append((spammed, mask))
        if args.batch_report:
            pages.append(BatchPage(spammed, mask, doc.text, doc.removals, gone=gone))
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
    if args.batch_report:
        batch_report(pages, planted, own)
    if args.batch:
        batch_pass(articles, spammed_pages, dumped, (lexicon, injection, brands_))
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


class BatchPage(NamedTuple):
    """One page of the run as ``batch_report`` reads it: the text cleaned, which of its
    characters were planted and which went, the text left and the removals. (A NamedTuple:
    the tests load this file without registering it as a module, which a dataclass needs.)"""

    text: str
    mask: list[bool]
    out: str
    removals: Sequence[Removal]
    spammed: bool = True
    gone: list[bool] | None = None


# Proven page thresholds: distinct strings spam.injection cut on the page (MIRROR_CUTS is 6).
_PROVEN = (2, 4, 6)
# What a batch rule would do at a run of B strings left on a proven page, by the test that
# stops it (quoted, a dictionary word across an edge, deleting it breaks a word) or lets it go
# (deleting it re-joins a word it had split, or neither).
_SITE_KINDS = ("quoted", "word_across", "breaks", "rejoins", "neutral")
# The most times a page prints a string for the string to read as planted (each piece is set
# 2-4 times); an article's own topic word recurs more often.
FEW = 4


def _run_spans(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """Maximal runs of True in ``flags``."""
    out: list[tuple[int, int]] = []
    start = -1
    for k, f in enumerate([*flags, False]):
        if f and start < 0:
            start = k
        elif not f and start >= 0:
            out.append((start, k))
            start = -1
    return out


def _out_index(page: BatchPage) -> list[int]:
    """For each character of the text left, its index in the text cleaned (-1 if unknown)."""
    gone = page.gone if page.gone is not None else removed_mask(page.text, page.out, page.mask)
    keep = [k for k, g in enumerate(gone) if not g]
    if len(keep) == len(page.out) and all(page.text[k] == c for k, c in zip(keep, page.out,
                                                                            strict=True)):
        return keep
    idx = [-1] * len(page.out)
    matcher = difflib.SequenceMatcher(None, page.text, page.out, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            idx[j1:j2] = range(i1, i2)
    return idx


def batch_report(pages: Sequence[BatchPage], planted_total: int, own_total: int) -> None:
    """The ceiling of batch evidence, measured on the run's own output (no cleaner changes).

    B(page) = strings spam.injection cut on two OTHER pages of the run or more. Counted: the
    missed planted characters that are a B string or two B strings end to end; and what a rule
    "on a proven page, cut the runs of B strings left" would take, planted against own, split
    by the test that would stop it (quoted, a word across an edge, deleting breaks a word) and
    by whether the run is a dictionary word, on the spammed pages and on the clean articles."""
    stats = shared_stats()
    cut_sets = [{r.text.strip() for r in p.removals
                 if r.cleaner == InjectedFragments.name and len(r.text.strip()) >= 2}
                for p in pages]
    rules_of: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pages:
        for r in p.removals:
            if r.cleaner == InjectedFragments.name:
                rules_of[r.text.strip()][r.rule] += 1
    page_count = Counter(s for cuts in cut_sets for s in cuts)
    everywhere = {s for s, c in page_count.items() if c >= 2}
    print(f"batch: {len(everywhere)} strings cut on 2 pages or more; by rule "
          f"{dict(Counter(rules_of[s].most_common(1)[0][0] for s in everywhere).most_common())}")
    print("batch: most pages " + " ".join(f"{s}:{c}" for s, c in page_count.most_common(25)))
    missed: Counter[tuple[str, bool]] = Counter()
    # (page kind, proven threshold, site kind, run is a word, planted?) -> characters
    site: Counter[tuple[str, int, str, bool, bool]] = Counter()
    variant: Counter[tuple[str, int, str, bool, bool]] = Counter()
    own_strings: Counter[str] = Counter()
    gained_strings: Counter[str] = Counter()
    pages_cutting: dict[str, list[int]] = defaultdict(list)
    for i, cuts in enumerate(cut_sets):
        for s in cuts:
            pages_cutting[s].append(i)
    for i, (p, cuts) in enumerate(zip(pages, cut_sets, strict=True)):
        batch = {s for s in page_count if page_count[s] - (s in cuts) >= 2}
        kind = "spam" if p.spammed else "clean"
        if p.spammed and p.gone is not None:
            for a, b in _run_spans([m and not g for m, g in zip(p.mask, p.gone, strict=True)]):
                m = p.text[a:b]
                shape = ("B" if m in batch else "B+B" if any(
                    m[:k] in batch and m[k:] in batch for k in range(1, len(m)))
                    else "inside B" if any(m in s for s in batch) else "other")
                missed[shape, len(cuts) >= 4] += b - a
        if not batch or len(cuts) < min(_PROVEN):
            continue
        taken: list[tuple[int, int]] = []
        for s in sorted(batch, key=lambda s: (-len(s), s)):
            for a in _find_all(p.out, s):
                if not any(a < y and x < a + len(s) for x, y in taken):
                    taken.append((a, a + len(s)))
        taken.sort()
        runs: list[tuple[int, int, list[str]]] = []
        for a, b in taken:  # pieces end to end are one run (a double plant)
            if runs and runs[-1][1] == a:
                runs[-1] = (runs[-1][0], b, [*runs[-1][2], p.out[a:b]])
            else:
                runs.append((a, b, [p.out[a:b]]))
        idx = _out_index(p)
        for a, b, members in runs:
            # linked: a page that cut the string also cut another string this page cut (the
            # same phrase's pieces); few: the page prints it no more often than a plant is set.
            linked = any(cuts & (cut_sets[j] - {m}) for m in members
                         for j in pages_cutting[m] if j != i)
            few = all(p.text.count(m) <= FEW for m in members)
            run = p.out[a:b]
            if _quoted_at(p.out, a):
                site_kind = "quoted"
            elif _word_across(stats, p.out, a) or _word_across(stats, p.out, b):
                site_kind = "word_across"
            else:
                gain = stats.deletion_gain(p.out, a, b, 4)
                site_kind = ("breaks" if gain >= FREE else "rejoins" if gain <= SPLIT
                             else "neutral")
            word = stats.is_word(run)
            free = site_kind in ("rejoins", "neutral")
            variants = {"free": free, "free+linked": free and linked, "free+few": free and few,
                        "free+linked+few": free and linked and few}
            for k in range(a, b):
                hit = idx[k] >= 0 and p.mask[idx[k]]
                for n in _PROVEN:
                    if len(cuts) >= n:
                        site[kind, n, site_kind, word, hit] += 1
                        for v, on in variants.items():
                            if on:
                                variant[kind, n, v, word, hit] += 1
            if free and linked and few:
                planted_here = sum(idx[k] >= 0 and p.mask[idx[k]] for k in range(a, b))
                if planted_here < b - a:
                    own_strings[f"{kind}:{run}"] += b - a - planted_here
                if planted_here:
                    gained_strings[run] += planted_here
    total_missed = sum(missed.values())
    print(f"batch: missed planted chars {total_missed}: " + ", ".join(
        f"{shape} {'proven' if proven else 'unproven'} {c}"
        for (shape, proven), c in sorted(missed.items())))
    for n in _PROVEN:
        for kind in ("spam", "clean"):
            for word in (False, True):
                row = [f"{k} +{site[kind, n, k, word, True]}/-{site[kind, n, k, word, False]}"
                       for k in _SITE_KINDS]
                print(f"batch: {kind} pages cut >= {n}, runs {'in' if word else 'no'} "
                      f"dictionary: {', '.join(row)}")
        for v in ("free", "free+linked", "free+few", "free+linked+few"):
            for words, wlabel in (((False,), "non-word"), ((False, True), "any")):
                gain = sum(variant["spam", n, v, w, True] for w in words)
                lost = sum(variant[kd, n, v, w, False] for kd in ("spam", "clean") for w in words)
                clean = sum(variant["clean", n, v, w, hit] for w in words for hit in (False, True))
                print(f"batch_rule proven>={n} {v} runs={wlabel}: "
                      f"recall +{gain / max(planted_total, 1) * 100:.2f} pt "
                      f"(+{gain} chars), own +{lost} chars "
                      f"(+{lost / max(own_total, 1):.5f}), clean articles {clean} chars")
    print("batch: own strings a free+linked+few rule (proven >= 2) would cut: "
          + " ".join(f"{s}:{c}" for s, c in own_strings.most_common(30)))
    print("batch: planted strings it would take: "
          + " ".join(f"{s}:{c}" for s, c in gained_strings.most_common(20)))


def batch_pass(articles: Sequence[str], spammed_pages: Sequence[tuple[str, list[bool]]],
               first: Sequence[Doc], chain: tuple[LexiconSpam, InjectedFragments, CoinedBrands],
               ) -> None:
    """The run cleaned again with what its first pass cut (every page, clean and spammed, is
    the batch), and the same figures for it."""
    evidence = BatchEvidence.learn(cut_strings(d.removals) for d in first)
    lexicon, injection, brands_ = chain
    second = (lexicon, injection.with_evidence(evidence), brands_)
    fp_chars = planted = caught = own = own_lost = 0
    for i, text in enumerate(articles):
        doc = Doc(f"clean{i}", text=text)
        for c in second:
            doc = c(doc)
        fp_chars += len(text) - len(doc.text)
        for r in doc.removals:
            print(f"  batch: false positive in clean{i}: {r.cleaner}/{r.rule} {r.text!r}")
    for i, (spammed, mask) in enumerate(spammed_pages):
        doc = Doc(f"spam{i}", text=spammed)
        for c in second:
            doc = c(doc)
        gone = removed_mask(spammed, doc.text, mask)
        planted += sum(mask)
        caught += sum(g and m for g, m in zip(gone, mask, strict=True))
        own += len(mask) - sum(mask)
        own_lost += sum(g and not m for g, m in zip(gone, mask, strict=True))
        for r in doc.removals:
            if r.rule == BATCH_RULE:
                print(f"  batch: spam{i} cut {r.text!r}")
    print(f"batch: {len(evidence.pages)} strings cut on {MIN_PAGES} pages or more; "
          f"spam_pieces_removed={caught / max(planted, 1):.4f} "
          f"article_chars_removed={own_lost / max(own, 1):.5f} "
          f"clean_false_positive_chars={fp_chars}")


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
