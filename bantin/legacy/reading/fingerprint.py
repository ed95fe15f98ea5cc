"""A page's fingerprint: the same fingerprint means importing it again changes nothing.

It covers what the article would be made of (fields, body, the photos' own hashes, the
reasons for review), not the bytes of the file: a page saved again in another encoding, or
under another name, is still the same article. HASH_VERSION changes when the parser's output
for the same page changes, so that a better parser updates what an older one imported.
"""

import hashlib
import json

HASH_VERSION = "1"


def content_hash(record, photos):
    """What the article would be made of: fields, body and the photos' own hashes."""
    data = {
        "v": HASH_VERSION,
        "title": record.title,
        "section": record.section,
        "published": record.published.isoformat() if record.published else None,
        "byline": record.byline,
        "views": record.views,
        "lead": record.lead,
        "blocks": [[b.kind, b.text, b.speaker, b.html, b.src, b.alt] for b in record.blocks],
        "photos": [getattr(photo, "digest", photo) for photo in photos],
        "reasons": record.review_reasons,
    }
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()
