"""Progress of a long import: a bar with rate and ETA on a terminal, plain lines elsewhere
(a log file or CI keeps every line, and "\\r" would only garble it)."""

import time

BAR_WIDTH = 30
REDRAW_SECONDS = 0.2
LINE_SECONDS = 30
LINE_STEPS = 10


def duration(seconds):
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600} giờ {seconds % 3600 // 60:02d} phút"
    if seconds >= 60:
        return f"{seconds // 60} phút {seconds % 60:02d} giây"
    return f"{seconds} giây"


class Progress:
    def __init__(self, stream, total, terminal=None, clock=time.monotonic, unit="trang"):
        self.stream = stream
        self.unit = unit
        self.total = total
        self.terminal = stream.isatty() if terminal is None else terminal
        self.clock = clock
        self.started = clock()
        self.done = 0
        self.last_draw = float("-inf")
        self.next_step = 1

    def rate(self):
        elapsed = self.clock() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def status(self):
        rate = self.rate()
        left = (self.total - self.done) / rate if rate and self.total else 0
        share = self.done / self.total if self.total else 1
        return (
            f"{self.done}/{self.total} {self.unit} ({share:.0%}), {rate:.0f} {self.unit}/giây, "
            f"còn khoảng {duration(left)}"
        )

    def advance(self, count=1):
        self.done += count
        now = self.clock()
        if self.terminal:
            if now - self.last_draw >= REDRAW_SECONDS or self.done == self.total:
                self.draw(now)
        elif self.due_line(now):
            self.stream.write(f"Tiến độ: {self.status()}\n")
            self.stream.flush()
            self.last_draw = now

    def due_line(self, now):
        step_reached = self.total and self.done * LINE_STEPS >= self.next_step * self.total
        if step_reached:
            while self.done * LINE_STEPS >= self.next_step * self.total:
                self.next_step += 1
            return True
        return now - self.last_draw >= LINE_SECONDS and now - self.started >= LINE_SECONDS

    def draw(self, now):
        filled = int(BAR_WIDTH * self.done / self.total) if self.total else BAR_WIDTH
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.status()}\x1b[K")
        self.stream.flush()
        self.last_draw = now

    def note(self, stream, text):
        """Prints a line above the bar without tearing it."""
        if self.terminal:
            self.stream.write("\r\x1b[K")
        stream.write(text + "\n")
        if self.terminal and self.done:
            self.draw(self.clock())

    def close(self):
        if self.terminal:
            self.stream.write("\n")
            self.stream.flush()
