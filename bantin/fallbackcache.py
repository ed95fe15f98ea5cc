"""Django's cache on Redis, with a cache in the process for while Redis is away."""

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

from bantin import redisfallback

_deleted = {}


class FallbackRedisCache(RedisCache):
    """Django's Redis cache that, while Redis is away, reads and writes a cache in this
    process instead (nothing in bantin's cache is the only copy of anything). A key
    deleted meanwhile is deleted in Redis too when it answers again, so nothing stale
    comes back from there."""

    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        options.setdefault("socket_connect_timeout", redisfallback.CONNECT_TIMEOUT)
        options.setdefault("socket_timeout", redisfallback.READ_TIMEOUT)
        super().__init__(server, params)
        self.breaker = redisfallback.breaker(server, "cache")
        self.local = LocMemCache(f"fallback-{server}", {"TIMEOUT": params.get("TIMEOUT", 300)})
        self.deleted = _deleted.setdefault(server, set())

    def through(self, name, *args, **kwargs):
        if self.breaker.usable():
            try:
                result = getattr(super(), name)(*args, **kwargs)
            except redisfallback.failures() as error:
                self.breaker.failed(error)
            else:
                if self.breaker.recovered():
                    self.delete_missed()
                return result
        return getattr(self.local, name)(*args, **kwargs)

    def delete_missed(self):
        keys = list(self.deleted)
        self.deleted.difference_update(keys)
        self.local.clear()
        if not keys:
            return
        try:
            super().delete_many(keys)
        except redisfallback.failures() as error:
            self.deleted.update(keys)
            self.breaker.failed(error)

    def get(self, *args, **kwargs):
        return self.through("get", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self.through("get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self.through("has_key", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self.through("set", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self.through("set_many", *args, **kwargs)

    def add(self, *args, **kwargs):
        return self.through("add", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self.through("touch", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self.through("incr", *args, **kwargs)

    def delete(self, key, version=None):
        result = self.through("delete", key, version=version)
        if self.breaker.failing:
            self.deleted.add(key)
        return result

    def delete_many(self, keys, version=None):
        keys = list(keys)
        result = self.through("delete_many", keys, version=version)
        if self.breaker.failing:
            self.deleted.update(keys)
        return result

    def clear(self):
        self.local.clear()
        return self.through("clear")
