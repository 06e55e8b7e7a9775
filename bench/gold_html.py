"""Gold HTML pages: invented saved pages of CMS template families we had no fixture for (a 政务公开
page in nested layout tables, a Vue page saved after render, an ASP.NET page whose body is ``<br>``
lines in ``<div>``s, a page with a hidden duplicate and hidden spam, a Discuz! thread, a WordPress
block theme), cleaned by ``corpus clean`` and scored by the official scorer
(``../shared/tools/score.py``) against their gold in the official format.

usage: python bench/gold_html.py [--pages DIR] [--keep OUT.jsonl] [--text]

The pages and their gold are ``tests/fixtures/gold_html/ID.html`` / ``ID.json``; the work is
``bench/gold_like.py``'s on that folder (the scorer loaded from the shared folder, never copied;
its report printed as it prints it, last line ``docs=N ... meta=N/M``).

``--text`` scores the text path instead, as ``bench/real_gold.py --text`` does: each page is
rendered by ``bench/text_path.py``'s renderer (a browser's "save as text", independent of our
cleaners) into a temporary folder as ``ID.txt``, cleaned by ``corpus clean`` as text and scored
against its gold. The pages in ``NOT_AS_TEXT`` are left out of that mean (their article is not in
the text a browser saves, or the renderer cannot read the file); each is printed first as
``n/a ID: reason``, then the scorer's report, with the same last line. The pages in
``NO_DATE_AS_TEXT`` print no date with its year where a browser's text shows it (only an
attribute or a script holds it): their gold's date is not scored on that path (``no date as
text ID: reason`` is printed), and the tests check that the text path gives none. On either
path a page whose gold has no text (a 寄生虫 page, to be dropped) is left out of the mean and
printed as ``dropped ID`` or ``KEPT ID`` (``bench/gold_like.py``).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

# bench/ is a folder of scripts, not a package
from gold_like import ROOT, load_scorer, main, scored_golds
from real_gold import page_text

PAGES = ROOT / "tests" / "fixtures" / "gold_html"

# Pages whose article a browser's "save as text" of the saved file does not hold, or that the
# renderer cannot read: left out of the --text mean, each with its reason.
NOT_AS_TEXT = {
    "gh09_wechat_saved_leaf_spans": "the article is visibility:hidden until a script shows it",
    "gh24_csr_initial_state_spinner": "the article is only in a script's JSON state",
    "gh31_nuxt2_function_args_state": "the article is only in a script's JSON state",
    "gh42_declarative_shadow_root": "the article is in declarative shadow roots (<template>), "
                                    "which the renderer drops",
    "gh47_paywall_teaser_jsonld_body": "the article is only in a JSON-LD script",
    "gh50_gov_iframe_srcdoc_body": "the article is in an iframe's srcdoc",
    "gh78_react18_streaming_suspense_chunk": "the article is in a hidden streaming chunk a "
                                             "script moves in",
    "gh81_remix_context_loader_skeleton": "the article is only in a script's JSON state",
    "gh160_city_paper_nuxt3_skeleton_only_body_nuxt_data_news_detail_payload":
        "the article is only in a script's JSON state",
    "gh164_county_rongmeiti_vue2_ssr_shell_initial_state_copyfrom_ms_timestamp":
        "the article is only in a script's JSON state",
    "gh376_news_app_pc_article_shell_empty_app_div_var_base_data_js_object_literal_unquoted_keys_single_quoted_entity_escaped_html_content_replace_call_subinfo_source_time_feed_titles_download_bar":
        "the article is only in a script's state (a JavaScript literal)",
    "gh140_city_paper_js_pager_hidden_page_divs_all_pages": "the article's pages after the "
                                                             "first are display:none until its "
                                                             "pager shows them",
    "gh159_county_gov_tab_panels_class_folded_rest_kept": "the tab panels a reader opens are "
                                                          "display:none by the page's style "
                                                          "until clicked",
    "gh199_city_paper_clean_indent_aria_icon_noscript_notice_fold_rest_kept":
        "the article's second half is display:none by the page's style until 展开全文 is "
        "tapped",
    "gh384_county_rongmei_raw_html_empty_content_div_body_in_hidden_textarea_entity_escaped_p_tags_script_copies_value_to_innerhtml_info_row_spans_share_related":
        "the article is only in a display:none <textarea> a script copies into the page",
    "gh95_mhtml_chrome_blink_qp_news": "an MHTML web archive, not HTML the renderer reads",
    "gh96_mht_ie_gb2312_base64_gov_notice": "an MHTML web archive, not HTML the renderer reads",
}

# Pages whose only date with its year is in markup a browser's text does not print (a <time>'s
# datetime, a meta tag, JSON-LD): the text path can honestly give no date, so their gold's date
# is left unscored there (tests/test_gold_html_unseen66.py checks that it gives none).
NO_DATE_AS_TEXT = {
    "gh177_metro_daily_article_tag_jsonld_newsarticle_meta_article_only_no_visible_byline":
        "the date is only in JSON-LD and meta tags (the text prints a yearless 11月24日 and "
        "a copyright year)",
    "gh204_react_reader_data_track_paragraphs_span_per_sentence_newlines_between_spans_tts_sentence_ids":
        "the row prints a yearless 04-27 11:20; the year is only in a <time>'s datetime",
    "gh387_news_client_web_relative_time_xiaoshi_qian_time_datetime_attr_only_date_media_name_dot_read_count_editor_row_rendered_cloud_comment_widget_canyu_count_zuire_pinglun_user_rows_ding_huifu_xiangguan_tuijian":
        "the row prints 3小时前; the date is only in a <time>'s datetime",
}


def text_main(pages_dir: pathlib.Path, keep: pathlib.Path | None) -> None:
    """Score the pages saved as text (see the module docstring)."""
    score = load_scorer()
    pages = sorted(p for p in pages_dir.iterdir()
                   if p.suffix in {".html", ".mht", ".mhtml"})
    for page in pages:
        if page.stem in NOT_AS_TEXT:
            print(f"n/a {page.stem}: {NOT_AS_TEXT[page.stem]}")
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = pathlib.Path(tmp) / "gold"
        gold_dir.mkdir()
        text_dir = pathlib.Path(tmp) / "text"
        text_dir.mkdir()
        saved = []
        for page in pages:
            if page.stem in NOT_AS_TEXT:
                continue
            txt = text_dir / f"{page.stem}.txt"
            txt.write_text(page_text(page), encoding="utf-8")
            saved.append(txt)
            if page.stem in NO_DATE_AS_TEXT:
                print(f"no date as text {page.stem}: {NO_DATE_AS_TEXT[page.stem]}")
                gold = json.loads((pages_dir / f"{page.stem}.json").read_text(encoding="utf-8"))
                (gold_dir / f"{page.stem}.json").write_text(
                    json.dumps({**gold, "date": None}, ensure_ascii=False), encoding="utf-8")
                continue
            shutil.copy(pages_dir / f"{page.stem}.json", gold_dir / f"{page.stem}.json")
        out = keep or pathlib.Path(tmp) / "gold_html_text.jsonl"
        subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, saved), "-o", str(out)],
                       check=True, cwd=ROOT, capture_output=True)
        golds = scored_golds(gold_dir, out, pathlib.Path(tmp) / "scored")
        score.main([str(golds), str(out)])


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=pathlib.Path, default=PAGES)
    ap.add_argument("--keep", type=pathlib.Path, help="write the cleaned JSONL here")
    ap.add_argument("--text", action="store_true",
                    help="clean the pages saved as text (the renderer's output), not their HTML")
    args = ap.parse_args()
    if args.text:
        text_main(args.pages, args.keep)
    else:
        main(["--pages", str(args.pages), *(["--keep", str(args.keep)] if args.keep else [])])
