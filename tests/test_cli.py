"""The `corpus clean` command end to end, including bad inputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ARTICLE = ("青石镇：志愿服务队守护母亲河\n发布时间：2025-03-07 来源：清江晚报\n\n"
           "初春的清晨，青石镇沿河步道上已经有了忙碌的身影。二十多名志愿者分散在两公里长的河岸上，"
           "弯腰捡拾塑料瓶、包装袋和被冲上岸的杂物。\n\n"
           "这支志愿服务队成立于三年前，最初只有七名退休教师，如今已发展到一百二十多人。\n"
           "责任编辑：吴婷\n")


def corpus(*args: str, stdin: bytes | None = None, cwd: Path | None = None
           ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "corpus", *args], input=stdin,
                          capture_output=True, timeout=300, cwd=cwd)


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_cleans_text_file_into_schema(tmp_path: Path) -> None:
    page = tmp_path / "river.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = corpus("clean", str(page), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    (rec,) = records(out)
    assert rec["id"] == "river"
    assert rec["status"] == "kept"
    assert rec["drop"] is None
    assert rec["title"] == "青石镇：志愿服务队守护母亲河"
    assert rec["date"] == "2025-03-07"
    assert rec["source_name"] == "清江晚报"
    assert rec["text"].startswith("初春的清晨")
    assert "责任编辑" not in rec["text"]
    assert {"cleaner", "rule", "why", "text", "where"} <= set(rec["removals"][0])
    assert "清江晚报" in out.read_text(encoding="utf-8")  # not ASCII-escaped


def test_cli_reads_stdin_and_directories(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("ignored", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert corpus("clean", str(tmp_path / "in"), "-", "-o", str(out),
                  stdin=ARTICLE.encode()).returncode == 0
    assert [r["id"] for r in records(out)] == ["b", "a", "stdin"]


def test_cli_bad_inputs_are_recorded_and_batch_goes_on(tmp_path: Path) -> None:
    gbk = ARTICLE.replace("清江晚报", "清江晚报镕喆").encode("gb18030")
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 40,
        "gbk.txt": gbk,
        "bad_utf8.txt": ARTICLE.encode("utf-8")[:-7] + b"\xff\xfe\xfa" + "。".encode(),
        "good.txt": ARTICLE.encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    out, rejected = tmp_path / "out.jsonl", tmp_path / "rejected.jsonl"
    proc = corpus("clean", *(str(tmp_path / n) for n in files), str(tmp_path / "missing.txt"),
                  "-o", str(out), "--rejected", str(rejected))
    assert proc.returncode == 1  # the missing file failed; the rest were processed
    kept = {r["id"]: r for r in records(out)}
    bad = {r["id"]: r for r in records(rejected)}
    assert set(kept) | set(bad) == {Path(n).stem for n in files} | {"missing"}
    assert set(kept) & set(bad) == set()
    assert bad["empty"]["drop"]["rule"] == "empty"
    assert bad["binary"]["drop"]["rule"] == "binary"
    assert bad["missing"]["status"] == "error"
    assert bad["missing"]["drop"]["rule"] == "unreadable"
    assert kept["gbk"]["source_name"] == "清江晚报镕喆"
    assert kept["gbk"]["encoding"] == "gb18030"
    assert kept["bad_utf8"]["status"] == "kept"
    assert kept["good"]["status"] == "kept"
    assert "1 failed" in proc.stderr.decode()


@pytest.mark.slow
def test_cli_huge_text_file_is_dropped_with_reason(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        line = ("这是一段用于测试的很长的文本内容，" * 20 + "\n").encode()
        while fh.tell() < 50_000_000:
            fh.write(line * 100)
    out = tmp_path / "out.jsonl"
    proc = corpus("clean", str(big), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    (rec,) = records(out)
    assert rec["status"] == "dropped"
    assert rec["drop"]["rule"] == "too_large"


def test_cli_explain_prints_rules_and_reasons(tmp_path: Path) -> None:
    page = tmp_path / "river.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    proc = corpus("clean", "--explain", str(page))
    assert proc.returncode == 0
    shown = proc.stdout.decode()
    assert "editor_credit" in shown
    assert "责任编辑：吴婷" in shown
    assert "line 7" in shown
    assert "meta_line" in shown
    assert "初春的清晨" in shown


def test_cli_usage_and_config_errors_exit_2(tmp_path: Path) -> None:
    assert corpus("clean").returncode == 2
    bad = tmp_path / "bad.toml"
    bad.write_text('[input]\nmax_byte = 5\n', encoding="utf-8")
    proc = corpus("clean", "--config", str(bad), "-")
    assert proc.returncode == 2
    assert "max_byte" in proc.stderr.decode()
    bad.write_text('[[clean]]\nuse = "chrome.lines"\ndisabel = []\n', encoding="utf-8")
    proc = corpus("clean", "--config", str(bad), "-")
    assert proc.returncode == 2
    assert "disabel" in proc.stderr.decode()
    bad.write_text('[[clean]]\nuse = "chrome.nope"\n', encoding="utf-8")
    proc = corpus("clean", "--config", str(bad), "-")
    assert proc.returncode == 2
    assert "chrome.nope" in proc.stderr.decode()
