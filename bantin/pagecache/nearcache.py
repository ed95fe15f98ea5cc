"""Pages read from Redis kept in this process as well, so a cache hit costs no round trip.

Every purge is announced on a Redis channel that a thread of each process listens to; any
announcement empties this process's copy. While the listener is not subscribed (starting,
Redis restarted, connection lost) nothing is kept or served here, so a purge can never be
missed: the copy is only trusted while the announcements are sure to arrive.
"""

import logging
import os
import threading
import time

logger = logging.getLogger(__name__)

MAX_PAGES = 500
RETRY_SECONDS = 1


class NearCache:
    def __init__(self, redis, channel):
        self.redis = redis
        self.channel = channel
        self.pages = {}
        self.generation = 0
        self.ready = False
        self.pid = None

    def get(self, key):
        self.start_listening()
        if not self.ready:
            return None
        entry = self.pages.get(key)
        if entry is None:
            return None
        if entry[0] <= time.time():
            self.pages.pop(key, None)
            return None
        return entry[1]

    def keep(self, key, expires, value, generation):
        """Keeps a page fetched while `generation` was current, unless a purge came since."""
        if not self.ready or generation != self.generation:
            return
        if len(self.pages) >= MAX_PAGES:
            self.pages.pop(next(iter(self.pages), None), None)
        self.pages[key] = (expires, value)

    def forget_all(self):
        self.generation += 1
        self.pages.clear()

    def announce_purge(self):
        self.forget_all()
        self.redis.publish(self.channel, b"purge")

    def start_listening(self):
        """One listener per process; a forked worker starts its own."""
        if self.pid == os.getpid():
            return
        self.pid = os.getpid()
        self.ready = False
        self.forget_all()
        threading.Thread(target=self.listen_forever, daemon=True, name="bantin-purges").start()

    def listen_forever(self):
        while True:
            try:
                self.listen()
            except Exception as error:  # noqa: BLE001
                logger.warning("page purges unheard, process copy off: %s", error)
            self.ready = False
            self.forget_all()
            time.sleep(RETRY_SECONDS)

    def listen(self):
        pubsub = self.redis.pubsub()
        try:
            pubsub.subscribe(self.channel)
            for message in pubsub.listen():
                self.forget_all()
                if message["type"] == "subscribe":
                    self.ready = True
        finally:
            pubsub.close()
