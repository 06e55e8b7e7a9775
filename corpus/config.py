"""One validated TOML config (corpus/default.toml is the default); unknown keys are errors."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaners import ConfigError, Step, build_chain

if TYPE_CHECKING:
    from cleaners.base import Chain

__all__ = ["DEFAULT_CONFIG", "BatchConfig", "Config", "InputConfig", "OutputConfig", "load"]

DEFAULT_CONFIG = Path(__file__).with_name("default.toml")
OUTPUT_FORMATS = ("jsonl",)


@dataclass(frozen=True, slots=True)
class InputConfig:
    max_bytes: int = 16_000_000
    timeout_s: float = 30.0


@dataclass(frozen=True, slots=True)
class OutputConfig:
    format: str = "jsonl"


@dataclass(frozen=True, slots=True)
class BatchConfig:
    # Clean the inputs of one run twice: the second pass gives spam.injection the pieces the
    # first cut on other pages (cleaners/spam/batch.py). Off: each page is read alone.
    evidence: bool = False


@dataclass(frozen=True, slots=True)
class Config:
    path: str
    input: InputConfig
    output: OutputConfig
    clean: tuple[Step, ...]
    batch: BatchConfig = BatchConfig()

    def chain(self) -> Chain:
        return build_chain(self.clean)


def _check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
                          f"allowed: {', '.join(sorted(allowed))}")


def _typed(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, kind):
        raise ConfigError(f"{where}: expected {getattr(kind, '__name__', kind)}, got {value!r}")
    return value


def parse(data: dict[str, Any], path: str = "<config>") -> Config:
    """Validate a parsed TOML document; errors name the offending key path."""
    _check_keys(data, {"input", "output", "clean", "batch"}, path)
    raw_in = _typed(data.get("input", {}), dict, f"{path}: [input]")
    _check_keys(raw_in, {"max_bytes", "timeout_s"}, f"{path}: [input]")
    inp = InputConfig(
        max_bytes=_typed(raw_in.get("max_bytes", 16_000_000), int, f"{path}: input.max_bytes"),
        timeout_s=float(_typed(raw_in.get("timeout_s", 30.0), (int, float),
                               f"{path}: input.timeout_s")))
    if inp.max_bytes <= 0 or inp.timeout_s <= 0:
        raise ConfigError(f"{path}: input.max_bytes and input.timeout_s must be positive")
    raw_out = _typed(data.get("output", {}), dict, f"{path}: [output]")
    _check_keys(raw_out, {"format"}, f"{path}: [output]")
    fmt = raw_out.get("format", "jsonl")
    if fmt not in OUTPUT_FORMATS:
        raise ConfigError(f"{path}: output.format must be one of {OUTPUT_FORMATS}, not {fmt!r}")
    raw_batch = _typed(data.get("batch", {}), dict, f"{path}: [batch]")
    _check_keys(raw_batch, {"evidence"}, f"{path}: [batch]")
    evidence = raw_batch.get("evidence", False)
    if not isinstance(evidence, bool):
        raise ConfigError(f"{path}: batch.evidence: expected true or false, got {evidence!r}")
    steps = []
    for n, table in enumerate(_typed(data.get("clean", []), list, f"{path}: [[clean]]")):
        where = f"{path}: clean[{n}]"
        table = dict(_typed(table, dict, where))
        use = _typed(table.pop("use", None), str, f"{where}.use")
        steps.append(Step(use, table))
    config = Config(path, inp, OutputConfig(fmt), tuple(steps), BatchConfig(evidence))
    if evidence and not any(step.use == "spam.injection" for step in steps):
        raise ConfigError(f"{path}: batch.evidence needs a spam.injection step to give it to")
    try:
        config.chain()  # unknown cleaners and misspelt options fail now, not mid-run
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return config


def load(path: str | Path | None = None) -> Config:
    """Read and validate a config file (the packaged default when ``path`` is None)."""
    target = Path(path) if path else DEFAULT_CONFIG
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config {target}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{target}: not valid TOML: {exc}") from None
    return parse(data, str(target))
