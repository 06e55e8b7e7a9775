"""Probe: the article's own names of places and institutions on spam mirrors (issue 4, own loss).

News names places and institutions holding one of the product words spam brands end on
(体育, 国际, 娱乐, 城, 会, 汇, 官网 ...): 经开区国际物流园, 市体育中心, 博览会, 工会. On a page
proven to be a mirror the brand rules of ``cleaners/spam/`` take a coined name before such a
word; this probe counts how often they take the article's own name instead.

The mirror pages are ``spam_inject.py``'s (its articles, planted phrase pieces and brands of
the chosen set and kind). Into each page's article lines, before the spam is planted, one to
three sentences naming an institution or place of ``NAMES`` are set at a sentence start (our
own templates of news wording, the positions news uses: subject, after 在/从/到, before 的).
A name a planted piece or brand lands inside is not counted (its loss would be the spam's).
Every counted name that loses a character is printed with the rule that cut it. With
``--cited`` the names are companies, venues and clubs cited after 由 和 与 及 在 为 向 据
(``CITED_NAMES``, ``CITED_TEMPLATES``), a set reported apart from the first. With
``--clean`` the same sentences go into pages without spam (the loss must be 0 there).

Last line: ``own_names=N lost=N lost_chars=N names_lost=N pages=N``.

    .venv/bin/python bench/spam_own_names.py [--set dev] [--brands lexicon|unseen]
                                             [--seeds 1 2] [--articles 120] [--clean]
                                             [--cited]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from spam_inject import SETS, clean_articles, inject, removed_mask  # noqa: E402

from cleaners.document import Doc  # noqa: E402
from cleaners.spam import InjectedFragments, LexiconSpam  # noqa: E402

# Names of the kinds news prints, our own (invented places welcome): a place or district word
# before a product word (经开区|国际), the product word the head of a compound (国际物流园,
# 体育中心), a fair or a body ending on 会, a square or town ending on 城 or 汇.
NAMES = (
    "青溪经开区国际物流园", "进博会国际展区", "南湖奥体中心", "市体育中心", "区体育中心",
    "省国际会展中心", "青溪国际会展中心", "高新区国际创新港", "万达广场", "文化娱乐城",
    "中国国际进口博览会", "秋季交易会", "广交会", "青溪商会", "市总工会", "工作汇报会",
    "东港国际陆港", "青溪国际机场", "中国体育彩票", "国家体育总局", "青溪足球俱乐部",
    "市体育局", "县文化体育和旅游局", "青溪体育公园", "全民健身中心", "省运会",
    "东城国际学校", "国际合作中心", "市国际商会", "青溪国际酒店", "新区国际社区",
    "临港国际物流园", "保税区国际贸易中心", "青溪国际马拉松", "全国运动会", "亚运会",
    "奥运会", "青溪科技城", "大学城", "青溪汽车城", "美食城", "欢乐谷文化娱乐区",
    "市文联", "青溪青年汇", "创业汇", "青溪读书会", "研讨会", "座谈会", "推介会",
    "新闻发布会", "青溪文化节", "市红十字会", "市妇联", "工商联", "市慈善总会",
    "青溪体育场", "青溪体育馆", "国际学术会议", "东湖国际会议中心", "青溪国际友好城市",
    "青溪港国际集装箱码头", "中欧国际班列", "西部陆海新通道国际物流园", "市文旅体育局",
    "青溪娱乐场所", "市体彩中心", "青溪电竞产业园", "国际电竞赛事", "青溪棋牌协会",
    "市象棋协会", "青溪官网", "市政府官网", "青溪真人秀", "市彩票中心", "青溪娱乐产业园",
)
# Sentences news writes around a name, the name at the places it usually stands.
TEMPLATES = (
    "记者从{}获悉，相关工作正在有序推进。", "日前，{}相关负责人介绍了今年的工作安排。",
    "活动在{}举行，吸引了不少市民参加。", "位于{}的项目已进入收尾阶段。",
    "不少市民来到{}参观。", "{}的工作人员表示，将继续做好服务保障。",
    "据{}介绍，今年以来共接待群众两万余人次。", "近日，{}召开专题会议部署相关工作。",
)
# ``--cited``: companies, venues and clubs (our own, invented) cited after a preposition or a
# conjunction (由 和 与 及 在 为 向 据), a verb, a time phrase or 的 right after the name, where
# deleting the name would re-join a function word across the seam (由|于, 和|的, 与|签约).
CITED_NAMES = (
    "瑞丰城", "鸿达国际", "星海竞技", "蓝湾体育", "明远娱乐", "金辉城", "嘉禾汇", "东港国际",
    "融创文旅城", "天成电竞", "海川国际会展中心", "和悦汇", "锦程体育", "远洋国际",
    "青岚竞技俱乐部", "华茂城", "新澜体育文化", "银泰汇",
)
CITED_TEMPLATES = (
    "该项目由{}于2019年投资建设，总投资约三亿元。", "记者和{}的工作人员一起来到现场。",
    "区政府与{}签约，共同建设产业园区。", "市体育局及{}相关负责人出席了仪式。",
    "比赛在{}于本月中旬举行，共有八支队伍参赛。", "今年已为{}输送了十余名青年人才。",
    "多家企业向{}捐赠了防寒物资。", "据{}负责人透露，二期工程将于年底完工。",
    "由{}主办的活动吸引了众多市民参与。", "街道与{}的合作项目已经落地。",
)


def plant_names(text: str, rng: random.Random, names: tuple[str, ...] = NAMES,
                templates: tuple[str, ...] = TEMPLATES,
                ) -> tuple[str, list[tuple[int, int, str]]]:
    """The article with one to three named sentences set at sentence starts, and their
    names' spans."""
    lines = text.split("\n")
    long_lines = [i for i, line in enumerate(lines) if len(line) > 20] or [0]
    for _ in range(rng.randint(1, 3)):
        i = rng.choice(long_lines)
        line = lines[i]
        starts = [0] + [k + 1 for k, ch in enumerate(line) if ch in "。！？"]
        at = rng.choice(starts)
        sentence = rng.choice(templates).format(rng.choice(names))
        lines[i] = line[:at] + sentence + line[at:]
    out = "\n".join(lines)
    spans = []
    for name in names:  # find every planted name (a name may sit inside a longer one)
        k = out.find(name)
        while k >= 0:
            spans.append((k, k + len(name), name))
            k = out.find(name, k + 1)
    longest: list[tuple[int, int, str]] = []
    for s in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not longest or s[0] >= longest[-1][1]:
            longest.append(s)
    return out, longest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("tuned", "dev", "dev2", "dev3"), default="dev",
                    dest="plant_set")
    ap.add_argument("--brands", choices=("lexicon", "unseen", "both"), default="both")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--clean", action="store_true", help="pages without spam (loss must be 0)")
    ap.add_argument("--cited", action="store_true",
                    help="the cited set (CITED_NAMES after 由 和 与 ...) instead of NAMES")
    args = ap.parse_args()
    names_set, templates = (CITED_NAMES, CITED_TEMPLATES) if args.cited else (NAMES, TEMPLATES)
    chain = (LexiconSpam(), InjectedFragments())
    phrases, lexicon_brands, unseen_brands = SETS[args.plant_set]
    kinds = ("lexicon", "unseen") if args.brands == "both" else (args.brands,)
    names = lost_names = lost_chars = pages = 0
    by_rule: Counter[str] = Counter()
    by_name: Counter[str] = Counter()
    for seed in args.seeds:
        for kind in kinds:
            rng = random.Random(seed)
            articles = clean_articles(args.articles, rng)
            brands = lexicon_brands if kind == "lexicon" else unseen_brands
            for i, article in enumerate(articles):
                named, spans = plant_names(article, rng, names_set, templates)
                if args.clean:
                    page, mask = named, [False] * len(named)
                else:
                    page, mask = inject(named, rng, phrases, brands)
                # where each character of the named article went on the page
                where = [k for k, m in enumerate(mask) if not m]
                doc = Doc(f"{kind}{seed}-{i}", text=page)
                for cleaner in chain:
                    doc = cleaner(doc)
                pages += 1
                gone = removed_mask(page, doc.text, mask)
                for start, end, name in spans:
                    at = [where[k] for k in range(start, end)]
                    if at[-1] - at[0] != end - start - 1:
                        continue  # a plant landed inside the name
                    names += 1
                    cut = [gone[k] for k in at]
                    if not any(cut):
                        continue
                    lost_names += 1
                    lost_chars += sum(cut)
                    by_name[name] += 1
                    shown = "".join(ch if c else "_" for ch, c in zip(name, cut, strict=True))
                    context = page[max(0, at[0] - 8): at[-1] + 9]
                    rules = sorted({f"{r.cleaner}/{r.rule}: {r.why[:50]}" for r in doc.removals
                                    if r.text and (r.text in context
                                                   or shown.strip("_") in r.text)})
                    for rule in rules or ["?"]:
                        by_rule[rule] += 1
                    print(f"  {doc.id}: {name} lost {shown!r} in {context!r} by {rules}")
    for rule, n in by_rule.most_common():
        print(f"rule {rule}: {n}")
    print(f"names lost: {dict(by_name.most_common())}")
    print(f"own_names={names} lost={lost_names} lost_chars={lost_chars} "
          f"names_lost={len(by_name)} pages={pages}")


if __name__ == "__main__":
    main()
