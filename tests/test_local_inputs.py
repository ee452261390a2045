"""Source folders hold sources: what a folder holds that is not a release file is skipped with
a reason, never opened, never followed out of the folder or round in a loop."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from extract import intake_file, scan_files
from extract.local_files import SkippedInput
from load.layout import WarehouseLayout
from tests.conftest import SAMPLES, SEED_2011

SEED = (SAMPLES / f"{SEED_2011}.txt").read_bytes()


def _names(scanned, root: Path) -> list[str]:
    return [os.path.relpath(f.path, root) for f in scanned.files]


def test_links_out_of_the_folder_are_not_followed_and_loops_end(tmp_path):
    root = tmp_path / "in"
    (root / "2011").mkdir(parents=True)
    (root / "2011" / "release.txt").write_bytes(SEED)
    (root / "x.txt").symlink_to("/etc/passwd")
    (root / "self").symlink_to(".")
    (root / "again").symlink_to(root)
    (root / "2011" / "up").symlink_to("..")
    (root / "latest.txt").symlink_to(root / "2011" / "release.txt")
    (root / "dangling.txt").symlink_to(root / "gone.txt")

    scanned = scan_files(str(root))

    assert _names(scanned, root) == ["2011/release.txt"]
    assert scanned.skipped == [
        SkippedInput(
            str(root / "dangling.txt"), "unreadable", "cannot read it: No such file or directory"
        ),
        SkippedInput(
            str(root / "x.txt"),
            "outside_source",
            f"a symbolic link to /etc/passwd, outside the source folder {root}",
        ),
    ]


def test_fifos_and_sockets_are_skipped_with_a_reason_never_opened(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_bytes(SEED)
    os.mkfifo(root / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(root / "sock.txt"))
    try:
        scanned = scan_files(str(root))
    finally:
        server.close()
    assert _names(scanned, root) == ["a.txt"]
    assert [(Path(s.path).name, s.reason, s.detail) for s in scanned.skipped] == [
        ("pipe.txt", "not_a_regular_file", "a FIFO (named pipe)"),
        ("sock.txt", "not_a_regular_file", "a socket"),
    ]


def test_a_folder_past_path_max_is_reported_unreadable(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_bytes(SEED)
    fd = os.open(root, os.O_RDONLY)
    deep = str(root)
    try:
        for _ in range(20):  # 20 x 250 characters: past Linux's 4,096
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
            deep += "/" + "d" * 250
    finally:
        os.close(fd)
    scanned = scan_files(str(root))
    assert _names(scanned, root) == ["a.txt"]
    assert len(scanned.skipped) == 1
    assert scanned.skipped[0].reason == "unreadable"
    assert scanned.skipped[0].detail == "cannot read it: File name too long"
    assert deep.startswith(scanned.skipped[0].path)


def test_the_warehouse_inside_its_source_folder_is_not_an_input(tmp_path):
    layout = WarehouseLayout(tmp_path / "biopress.duckdb")
    (tmp_path / "a.txt").write_bytes(SEED)
    for folder in (layout.archive_dir, layout.parquet_dir, layout.staging_dir):
        (folder / "ab").mkdir(parents=True)
        (folder / "ab" / "copy.txt").write_bytes(SEED)
    layout.database.write_bytes(b"DUCK")
    layout.report_file.write_text("<html></html>")
    scanned = scan_files(str(tmp_path), layout.own_paths())
    assert _names(scanned, tmp_path) == ["a.txt"]
    assert scanned.skipped == []


def test_a_file_over_the_limit_is_refused_before_it_is_copied(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50_000_000)  # sparse: 50 MB that cost no disk
    archive = tmp_path / "raw"
    intake = intake_file(big, archive, {}, "v1", max_bytes=1_000_000)
    assert (intake.change, intake.failure, intake.error) == (
        "failed",
        "too_large",
        "50,000,000 bytes; the limit is 1,000,000 bytes",
    )
    assert list(archive.rglob("*")) == []


def test_a_fifo_swapped_in_after_discovery_is_refused_without_blocking(tmp_path):
    path = tmp_path / "release.txt"
    os.mkfifo(path)
    outcome = []
    reader = threading.Thread(
        target=lambda: outcome.append(intake_file(path, tmp_path / "raw", {}, "v1")),
        daemon=True,
    )
    reader.start()
    reader.join(5)
    if reader.is_alive():  # unblock the reader so the test process can end
        with open(path, "wb"):
            pass
        pytest.fail("reading the FIFO blocked")
    assert (outcome[0].change, outcome[0].failure, outcome[0].error) == (
        "failed",
        "not_a_regular_file",
        "a FIFO (named pipe)",
    )


def test_a_file_that_keeps_changing_while_read_is_refused(tmp_path):
    path = tmp_path / "growing.txt"
    path.write_bytes(SEED * 20_000)  # about 100 MB: long enough to be read while it grows
    stop = threading.Event()

    def append() -> None:
        with path.open("ab") as out:
            while not stop.is_set():
                out.write(b"more ")
                out.flush()

    writer = threading.Thread(target=append, daemon=True)
    writer.start()
    try:
        intake = intake_file(path, tmp_path / "raw", {}, "v1")
    finally:
        stop.set()
        writer.join()
    assert (intake.change, intake.failure) == ("failed", "changed_while_read")
    assert intake.error.endswith("bytes)")
    assert not any(p.is_file() for p in (tmp_path / "raw").rglob("*"))
