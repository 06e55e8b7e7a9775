"""Learn the weights of the injection piece model from clean pages with synthetic injections.

Training text is disjoint from ``bench/spam_inject.py``'s: articles extracted (by our own
extractor) from the real pages in ``../shared/pages/real`` and our extraction dev pages in
``tests/fixtures/pages``, and phrases of our own that the bench does not use. Each article
gets one phrase chopped into 2-3 character pieces, each inserted 2-4 times at random
character positions; every recurring fragment of the result is a labelled
example (injected at all its sites, or at none). A logistic first pass (own evidence, fitted
with numpy) gives the beliefs behind the link features; the deciding model is scikit-learn's
HistGradientBoostingClassifier on own evidence plus links (the ``bench`` extra installs it),
exported as flat tree arrays, its threshold set on out-of-fold predictions so that at most
``--budget`` of the articles' own characters would go, and never under 0.5 (a fragment goes
only when it is likelier a piece than not). Writes
``cleaners/spam/lexicons/injection_model.json``. Last line: ``train_recall=.. train_own_lost=..``

    .venv/bin/python bench/train_injection.py [--copies 10] [--budget 0.0015]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spam_inject  # noqa: E402

from cleaners import clean_html  # noqa: E402
from cleaners.html.decode import decode_html  # noqa: E402
from cleaners.registry import DEFAULT_STEPS, build_chain  # noqa: E402
from cleaners.spam.charstats import char_table  # noqa: E402
from cleaners.spam.fragments import (  # noqa: E402
    CHEAP_FEATURES,
    FEATURES,
    LINK_FEATURES,
    TreeEnsemble,
    candidates,
    second_pass,
)
from cleaners.spam.lexicon import selling_terms  # noqa: E402
from cleaners.spam.stats import shared_stats  # noqa: E402

OUT = ROOT / "cleaners" / "spam" / "lexicons" / "injection_model.json"

# Our own training phrases, SEO keywords and slogans (none from a seed, none in the bench).
PHRASES = (
    "网上真人百家乐开户送钱", "时时彩计划免费稳赚不赔", "快速办理驾驶证不用考试",
    "高仿名表一比一复刻",
    "棋牌室游戏下载赢现金", "体彩竞猜足球比分直播", "专业代写论文包过查重", "贷款无抵押当天放款",
    "全面从严治党永远在路上", "撸起袖子加油干共圆中国梦", "人民对美好生活的向往就是奋斗目标",
    "守初心担使命找差距抓落实", "不忘初心牢记使命砥砺前行", "以人民为中心的发展思想",
    "高质量发展迈出坚实步伐", "安全生产责任重于泰山", "优化营商环境服务企业发展",
    "推进健康中国建设行动", "红色基因代代相传", "巩固拓展脱贫攻坚成果",
    "彩票预测专家推荐号码", "手机赚钱日结兼职招聘", "电子游艺老虎机爆分技巧", "私人侦探调查取证",
    "代办营业执照注册公司", "信用卡套现秒到账", "黑彩平台稳定出款", "捕鱼游戏官方下载",
    "减肥药一周瘦十斤", "壮阳保健品纯中药", "出售身份证复印件", "微信刷票投票服务",
    "教育强国建设规划纲要", "新时代文明实践中心", "基层治理体系和治理能力现代化",
    "持续深化作风建设", "生态文明建设取得新成效", "民生实事件件有着落",
    "营造风清气正的政治生态", "党史学习教育走深走实", "筑牢安全发展屏障",
)


def articles() -> list[str]:
    """Chinese article texts from the real pages and our extraction dev pages."""
    out = []
    paths = sorted((ROOT.parent / "shared" / "pages" / "real").glob("*.html"))
    paths += sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))
    # The chain without spam.injection: the articles must not depend on the model being made.
    chain = build_chain([s for s in DEFAULT_STEPS if s.use != "spam.injection"])
    for path in paths:
        doc = clean_html(decode_html(path.read_bytes()).text, id=path.stem, chain=chain)
        han = sum("\u4e00" <= c <= "\u9fff" for c in doc.text)
        if doc.dropped is None and han >= 300 and han / max(len(doc.text), 1) > 0.5:
            out.append(doc.text)
    return out


def inject(text: str, rng: random.Random) -> tuple[str, list[bool]]:
    """The bench's generator with our training phrases and no brands (the lexicon's part)."""
    return spam_inject.inject(text, rng, PHRASES, brands=())


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 3000) -> np.ndarray:
    """Logistic regression by gradient descent (balanced classes)."""
    w = np.zeros(x.shape[1])
    weight = np.where(y, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ ((p - y) * weight) / len(y) + l2 * w
        w -= 0.5 * grad
    return w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=10, help="spammed copies per article")
    ap.add_argument("--budget", type=float, default=0.0015,
                    help="share of own characters the thresholds may remove")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--floor", type=float, default=0.1,
                    help="first-pass belief below which a candidate is out of play")
    ap.add_argument("--screen-keep", type=float, default=0.98,
                    help="share of injected characters (in candidates) the screen lets through")
    ap.add_argument("--dump", default="", help="also save the training matrix (.npz)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    stats, table, terms = shared_stats(), char_table(), selling_terms()
    texts = articles()
    docs = []  # (text, mask, candidates)
    for text in texts:
        for _ in range(args.copies):
            spammed, mask = inject(text, rng)
            docs.append((spammed, mask, candidates(spammed, stats, table, terms)))
    print(f"{len(texts)} articles, {len(docs)} spammed copies")

    def labels(mask: list[bool], cands: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        y, own_chars, piece_chars = [], [], []
        for c in cands:
            k = len(c.text)
            inj = [all(mask[a : a + k]) for a in c.cut_starts]
            clean = [not any(mask[a : a + k]) for a in c.cut_starts]
            y.append(bool(inj) and all(inj))
            own_chars.append(k * sum(clean))
            piece_chars.append(k * sum(inj))
        return np.array(y, dtype=bool), np.array(own_chars), np.array(piece_chars)

    xs, ys, owns, pieces, doc_of = [], [], [], [], []
    for i, (_, mask, cands) in enumerate(docs):
        y, own, piece = labels(mask, cands)
        xs.append(np.array([c.features for c in cands]).reshape(-1, len(FEATURES)))
        ys.append(y)
        owns.append(own)
        pieces.append(piece)
        doc_of.append(np.full(len(cands), i))
    x, y, own, piece = (np.concatenate(a) for a in (xs, ys, owns, pieces))
    total_own = sum(len(m) - sum(m) for _, m, _ in docs)
    total_piece = sum(sum(m) for _, m, _ in docs)

    # The screen: a logistic model on the cheap features, its floor the lowest belief that
    # still lets through --screen-keep of the injected characters; the rest never reach the
    # deletion test (nor anything after it).
    w_cheap = fit(x[:, : len(CHEAP_FEATURES)], y.astype(float))
    p_cheap = 1.0 / (1.0 + np.exp(-(x[:, : len(CHEAP_FEATURES)] @ w_cheap)))
    order = np.argsort(-p_cheap)
    enough = np.searchsorted(np.cumsum(piece[order]), args.screen_keep * piece.sum())
    screen_floor = float(p_cheap[order][min(enough, len(order) - 1)])
    screened = p_cheap >= screen_floor
    print(f"screen: {screened.mean():.0%} of candidates go on, holding "
          f"{piece[screened].sum() / piece.sum():.1%} of the injected characters in candidates")
    offset = 0
    kept_docs = []
    for text, mask, cands in docs:
        part = screened[offset : offset + len(cands)]
        kept_docs.append((text, mask, [c for c, k in zip(cands, part, strict=True) if k]))
        offset += len(cands)
    docs = kept_docs
    x, y, own, piece = x[screened], y[screened], own[screened], piece[screened]
    doc_of = [np.concatenate(doc_of)[screened]]
    w_own = fit(x, y.astype(float))
    p_own = 1.0 / (1.0 + np.exp(-(x @ w_own)))
    own_threshold = threshold_for(p_own, own, piece, total_own, args.budget * 4)

    # Candidates the first pass puts out of play (belief under --floor) are never chosen.
    keeps, rows = [], []
    offset = 0
    for text, _, cands in docs:
        part = slice(offset, offset + len(cands))
        keep, x2_doc = second_pass(text, cands, x[part], p_own[part], own_threshold, args.floor,
                                   stats, terms)
        keeps.append(keep)
        rows.append(x2_doc.reshape(-1, len(FEATURES) + len(LINK_FEATURES)))
        offset += len(cands)
    keep = np.concatenate(keeps)
    x2 = np.concatenate(rows)
    print(f"{keep.mean():.0%} of candidates stay in play, holding "
          f"{piece[keep].sum() / total_piece:.1%} of the injected characters")
    if args.dump:
        np.savez(args.dump, x=x2, y=y[keep], own=own[keep], piece=piece[keep],
                 doc=np.concatenate(doc_of)[keep],
                 total_own=total_own, total_piece=total_piece)
    # The deciding model: boosted trees, its threshold set on out-of-fold predictions (folds
    # by article), so it holds for pages the trees have not seen; then refitted on everything.
    article = np.concatenate(doc_of)[keep] // args.copies
    folds = article % 4
    y2 = y[keep]
    p_oof = np.zeros(len(y2))
    for f in range(4):
        train = folds != f
        p_oof[~train] = boosted().fit(x2[train], y2[train]).predict_proba(x2[~train])[:, 1]
    p_all = np.zeros(len(y))
    p_all[keep] = p_oof
    threshold = threshold_for(p_all, own, piece, total_own, args.budget)
    chosen = p_all >= threshold
    final = boosted().fit(x2, y2)
    trees = export(final)
    check = TreeEnsemble(trees)
    p_final = 1.0 / (1.0 + np.exp(-check.logit(x2)))
    if not np.allclose(p_final, final.predict_proba(x2)[:, 1], atol=1e-6):
        sys.exit("exported trees do not reproduce scikit-learn's predictions")
    OUT.write_text(json.dumps({
        "about": "The spam.injection piece model; written by bench/train_injection.py from "
                 "its own synthetic injections into extracted real pages.",
        "features": [*FEATURES], "link_features": [*LINK_FEATURES],
        "cheap": [round(float(v), 4) for v in w_cheap],
        "screen_floor": math.floor(screen_floor * 1e5) / 1e5,
        "own": [round(float(v), 4) for v in w_own],
        "own_threshold": round(own_threshold, 4), "floor": args.floor,
        "threshold": round(threshold, 4),
        "linked": trees,
    }, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(final._predictors)} trees, {len(trees['leaf'])} nodes")
    print(f"train_recall={piece[chosen].sum() / total_piece:.4f} "
          f"train_own_lost={own[chosen].sum() / total_own:.5f} threshold={threshold:.3f} "
          "(out of fold)")


def boosted() -> HistGradientBoostingClassifier:
    # Shallow trees: as good out of fold as deeper ones here, and three levels to walk.
    return HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, max_depth=3,
                                          max_leaf_nodes=8, early_stopping=False,
                                          random_state=0)


def export(model: HistGradientBoostingClassifier) -> dict[str, Any]:
    """The fitted trees as flat arrays for ``TreeEnsemble`` (sklearn's own node tables)."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    leaf: list[bool] = []
    roots: list[int] = []
    depth = 0
    for (tree,) in model._predictors:
        nodes = tree.nodes
        base = len(leaf)
        roots.append(base)
        depth = max(depth, int(nodes["depth"].max()))
        for node in nodes:
            is_leaf = bool(node["is_leaf"])
            leaf.append(is_leaf)
            feature.append(0 if is_leaf else int(node["feature_idx"]))
            threshold.append(float(node["num_threshold"]))
            left.append(base + int(node["left"]))
            right.append(base + int(node["right"]))
            value.append(float(node["value"]) if is_leaf else 0.0)
    return {"baseline": float(np.ravel(model._baseline_prediction)[0]), "roots": roots,
            "depth": depth, "feature": feature, "threshold": threshold, "left": left,
            "right": right, "value": value, "leaf": leaf}


def threshold_for(p: np.ndarray, own: np.ndarray, piece: np.ndarray, total_own: int,
                  budget: float) -> float:
    """The lowest probability threshold whose removals stay within the own-character budget."""
    order = np.argsort(-p)
    lost = np.cumsum(own[order]) / max(total_own, 1)
    ok = np.nonzero(lost <= budget)[0]
    if ok.shape[0] == 0:
        return 1.0
    return float(max(p[order][ok[-1]], 0.5))


if __name__ == "__main__":
    main()
