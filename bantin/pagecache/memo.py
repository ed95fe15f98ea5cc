"""The memo: pages rendered in this process by the fast path (bantin.pagecache.fastpath), found
by the values they show."""

import threading
import time
from collections import OrderedDict

KEPT_PAGES = 500
KEEP_SECONDS = 600


class Rendered:
    """Pages rendered in this process, by the values they show; the oldest go first.

    An entry also lapses after KEEP_SECONDS: a photo whose file is replaced keeps its id, and
    its old rendition addresses must not outlive that for long."""

    def __init__(self, size=KEPT_PAGES, seconds=KEEP_SECONDS):
        self.size = size
        self.seconds = seconds
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.pages.get(key)
            if entry is None:
                return None
            if entry[0] < time.monotonic():
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return entry[1]

    def put(self, key, html):
        with self.lock:
            self.pages[key] = (time.monotonic() + self.seconds, html)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)

    def clear(self):
        with self.lock:
            self.pages.clear()


rendered = Rendered()
