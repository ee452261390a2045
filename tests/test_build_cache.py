"""Vocabularies kept on disk between processes (transform/build_cache.py)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from transform import build_cache
from transform.build_cache import ENVIRONMENT, cached, source_digest
from transform.dictionary import _build_shared_vocabularies


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(ENVIRONMENT, str(where))
    return where


def counting_build(calls: list[int], value: object):
    def build() -> object:
        calls.append(1)
        return value

    return build


def test_a_value_is_built_once_then_read_from_its_file(folder: Path) -> None:
    calls: list[int] = []
    value = {"olaparib": ("drug",), "asthma": ("disease",)}
    assert cached("vocab", counting_build(calls, value)) == value
    assert cached("vocab", counting_build(calls, value)) == value
    assert calls == [1]
    (kept,) = folder.glob("vocab-*.pickle")
    assert kept.name == f"vocab-{build_cache._digest()}.pickle"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_a_damaged_file_is_built_again_and_written_over(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []
    cached("vocab", counting_build(calls, [1, 2, 3]))
    (kept,) = folder.glob("vocab-*.pickle")
    kept.write_bytes(kept.read_bytes()[:5])  # truncated, as by a full disk
    with caplog.at_level(logging.WARNING):
        assert cached("vocab", counting_build(calls, [1, 2, 3])) == [1, 2, 3]
    assert calls == [1, 1]
    assert "unreadable" in caplog.text
    assert cached("vocab", counting_build(calls, [1, 2, 3])) == [1, 2, 3]
    assert calls == [1, 1]  # the rewritten file is read


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[int] = []
    cached("vocab", counting_build(calls, "x"))
    cached("vocab", counting_build(calls, "x"))
    assert calls == [1, 1]
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_costs_only_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(ENVIRONMENT, str(blocker / "cache"))
    with caplog.at_level(logging.WARNING):
        assert cached("vocab", lambda: 42) == 42
    assert "cannot keep vocab" in caplog.text


def test_the_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert build_cache.cache_folder() == tmp_path / "biopress"


def test_files_of_other_digests_beyond_the_kept_few_are_removed(folder: Path) -> None:
    folder.mkdir()
    for age in range(6):
        old = folder / f"vocab-{age:016x}.pickle"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    other_name = folder / "other-0000000000000000.pickle"
    other_name.write_bytes(b"kept")
    cached("vocab", lambda: "new")
    left = sorted(p.name for p in folder.glob("vocab-*.pickle"))
    assert len(left) == build_cache.KEPT_PER_NAME + 1
    assert f"vocab-{build_cache._digest()}.pickle" in left
    assert "vocab-0000000000000005.pickle" in left  # the newest of the others
    assert "vocab-0000000000000000.pickle" not in left  # the oldest
    assert other_name.exists()


def test_the_digest_follows_every_source_and_lexicon_file(tmp_path: Path) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "rules.py").write_text("RULE = 1\n")
    (tmp_path / "lexicons" / "drugs.csv").write_text("name\nolaparib\n")
    first = source_digest(tmp_path)
    (tmp_path / "notes.txt").write_text("not read")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "rules.py").write_text("compiled")
    assert source_digest(tmp_path) == first
    (tmp_path / "lexicons" / "drugs.csv").write_text("name\nolaparib\nniraparib\n")
    second = source_digest(tmp_path)
    assert second != first
    (tmp_path / "rules.py").write_text("RULE = 2\n")
    assert source_digest(tmp_path) not in (first, second)


def test_the_shared_scan_read_back_finds_what_the_built_one_finds(folder: Path) -> None:
    built = cached("shared-vocabularies", _build_shared_vocabularies)

    def not_again() -> object:
        raise AssertionError("built a second time")

    read = cached("shared-vocabularies", not_again)
    assert read is not built
    text = (
        "Zeta Bio will test olaparib with Keytruda in triple-negative breast cancer and "
        "rheumatoid arthritis, with Pfizer and AstraZeneca."
    )
    for vocabulary in ("drugs", "diseases", "names:company,organization"):
        found = [(m.start, m.end, m.value) for m in read.find(vocabulary, text)]
        assert found == [(m.start, m.end, m.value) for m in built.find(vocabulary, text)]
        assert found, vocabulary
    drugs = {text[m.start : m.end] for m in read.find("drugs", text)}
    assert {"olaparib", "Keytruda"} <= drugs
