"""The officials an article names are stored each time it is published, and once per batch
of an import (bantin.news.publishing runs the right form)."""

from bantin.news.publishing import publishing
from bantin.people.storing import store_mentions, store_mentions_of

publishing.register("people", one=store_mentions, many=store_mentions_of)
