"""Defects the gold_like spam mirrors gl589-gl594 showed, each on invented text with
counterexamples: a pinyin-initial brand printed with its site's numbered address under a short
host (某某 hx娱乐 hx.5599.cc) proves the page, goes bare from the article's sentences and takes
the short advert it opened; the place operators print before their names (澳门) goes with a
cut brand it is glued to, in either script."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.spam.brands import coined_brand_forms
from cleaners.spam.stats import shared_stats

HEAD = ["某某县新建高标准农田四万亩", "发布时间：2026-09-12 09:30　来源：某某县融媒体中心"]
P1 = "9月11日，在某某镇高标准农田示范区，成片的水稻已经泛黄，机耕路纵横交错。"
P2 = "今年全县共投入资金八千四百万元，同步实施土地平整、灌溉排水和田间道路等工程。"
P3 = "镇里组建了农田管护队伍，由留守劳动力担任管护员，负责日常巡查渠道、清理淤泥。"


def _clean(*lines: str) -> str:
    return clean_text("\n".join([*HEAD, *lines]) + "\n", id="t").text


@pytest.mark.parametrize(("line", "forms"), [
    ("同步实施hx娱乐hx.5599.cc土地平整", ["hx娱乐hx.5599.cc"]),
    ("qk体育 m.qk8866.vip 最新地址", ["qk体育 m.qk8866.vip"]),
    # an app an article names without a numbered address, a host name that is a word
    ("通过PP体育客户端观看直播。", []),
    ("详见 news.gov.cn 的通知。", []),
])
def test_a_latin_name_with_its_numbered_address_is_a_form(line: str, forms: list[str]) -> None:
    found = coined_brand_forms(line, shared_stats())
    assert [line[f.start : f.end] for f in found if f.form == "addressed"] == forms


def test_the_addressed_latin_brand_goes_bare_and_takes_its_advert() -> None:
    text = _clean(P1, "今年全县共投入资金八千四百万元，hx娱乐hx.5599.cc同步实施土地平整、"
                  "灌溉排水和田间道路等工程。",
                  "镇里组建了农田管护队伍，由留守劳动力担任管护员，hx娱乐负责日常巡查渠道、清理淤泥。",
                  "hx娱乐 hx.5599.cc 最新地址 老用户登录即领88元红包")
    assert "hx" not in text
    assert "红包" not in text
    assert P1 in text
    assert P2 in text
    assert P3 in text


def test_a_latin_app_an_article_names_stays() -> None:
    line = "球迷可通过PP体育客户端收看本场比赛直播。"
    assert line in _clean(P1, line, P3)


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_the_place_before_a_cut_brand_goes_with_it(script: str) -> None:
    macau, brand = ("澳门", "永鼎娱乐") if script == "hans" else ("澳門", "永鼎娛樂")
    text = _clean(P1.replace("，在", f"，{macau}{brand}在"),
                  f"{macau}{brand}官网yd7788.com，注册就送58元彩金，提款秒到账。", P2, P3)
    assert macau not in text
    assert brand not in text
    assert P1 in text


def test_a_place_the_article_names_stays() -> None:
    line = "今年暑期，县青少年合唱团赴澳门参加文化交流演出，获得好评。"
    text = _clean(P1.replace("，在", "，澳门永鼎娱乐在"),
                  "澳门永鼎娱乐官网yd7788.com，注册就送58元彩金，提款秒到账。", line, P3)
    assert line in text
