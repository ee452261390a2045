import io

from flows.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_shows_done_rate_and_time_left():
    stream = FakeTerminal()
    progress = Progress(1_000, stream=stream, enabled=True)
    progress.advance(250)
    progress.finish()
    line = stream.getvalue()
    assert line.startswith("\r250/1,000 documents  ")
    assert "/s  " in line and " left " in line and line.endswith("\n")


def test_progress_is_silent_in_ci_and_when_not_a_terminal(monkeypatch):
    monkeypatch.setenv("CI", "true")
    terminal = FakeTerminal()
    Progress(10, stream=terminal).advance(5)
    assert terminal.getvalue() == ""
    monkeypatch.delenv("CI")
    piped = io.StringIO()
    Progress(10, stream=piped).advance(5)
    assert piped.getvalue() == ""
    Progress(10, stream=terminal).advance(5)
    assert terminal.getvalue().startswith("\r5/10 documents")
