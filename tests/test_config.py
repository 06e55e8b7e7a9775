from __future__ import annotations

import tomllib

import pytest

from cleaners import DEFAULT_STEPS, ConfigError
from corpus.config import DEFAULT_CONFIG, load, parse


def test_default_toml_is_the_default_chain() -> None:
    config = load()
    assert [s.use for s in config.clean] == [s.use for s in DEFAULT_STEPS]


def test_unknown_keys_name_their_path() -> None:
    data = tomllib.loads(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    data["output"]["fromat"] = "jsonl"
    with pytest.raises(ConfigError, match=r"\[output\].*fromat"):
        parse(data, "x.toml")


def test_bad_option_value_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="punctuation"):
        parse({"clean": [{"use": "normalize.text", "punctuation": "nfkc"}]}, "x.toml")


def test_wrong_types_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="max_bytes"):
        parse({"input": {"max_bytes": "big"}}, "x.toml")
    with pytest.raises(ConfigError, match="format"):
        parse({"output": {"format": "parquet"}}, "x.toml")
