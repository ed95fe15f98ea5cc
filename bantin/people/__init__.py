"""Who's who: the officials named in a site's articles, stored as data.

The names and posts are read by ``bantin.vietnamese.officials`` (pure Python); this app
stores them on publish and on import (``storing.py``), keeps one person record across
articles with the editors' corrections (``corrections.py``), and shows the "Lãnh đạo" page
of each site (``models.LeadersPage``). docs/people.md says how.
"""
