"""How many comments one network address may send to one draft in an hour (bantin.ratelimit
counts them). A person who reaches the limit is told to come back later, keeps what they
wrote, and is shown the other ways to send it."""

from bantin import ratelimit

LIMIT = 10
WINDOW_SECONDS = 3600


def is_limited(request, draft):
    return ratelimit.is_limited(request, f"draft-comments:{draft.pk}", LIMIT)


def count(request, draft):
    ratelimit.count(request, f"draft-comments:{draft.pk}", WINDOW_SECONDS)
