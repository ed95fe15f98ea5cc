"""Build ``pairs.tsv.gz``, the reference pair counts shipped with the typo checks.

    apt-get install libreoffice-help-vi
    python -m bantin.vietnamese.typos.reference /usr/share/libreoffice/help/vi

Source: the Vietnamese LibreOffice help (Debian package ``libreoffice-help-vi``, licence
MPL-2.0), about 850,000 words of Vietnamese prose mixed with untranslated English.  Only
derived counts are kept, never the text: each pair of neighbouring Vietnamese syllables
(lower case, new tone placement, not across punctuation) seen at least ``MIN_COUNT`` times,
one ``first<TAB>second<TAB>count`` line each, sorted.  The help teaches the plain words of
Vietnamese prose ("của các", "với các", "có thể"); the words of local government come from
the word lists and the site's own articles (``lexicon``).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

from .lexicon import REFERENCE_COUNTS, syllable_pairs

MIN_COUNT = 2


def help_texts(folder: Path):
    from lxml import html

    for path in sorted(folder.rglob("*.html")):
        document = html.parse(str(path)).getroot()
        if document is None:
            continue
        for unwanted in document.xpath("//script|//style"):
            unwanted.drop_tree()
        yield document.text_content()


def count_pairs(texts) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        counts.update(syllable_pairs(text))
    return counts


def write(counts: Counter, path: Path = REFERENCE_COUNTS) -> int:
    kept = sorted((pair, n) for pair, n in counts.items() if n >= MIN_COUNT)
    # mtime=0: the same counts give the same bytes.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        for (first, second), n in kept:
            packed.write(f"{first}\t{second}\t{n}\n".encode())
    return len(kept)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the help's folder, e.g. .../help/vi")
    args = parser.parse_args(argv)
    if not (args.folder / "text").is_dir():
        sys.exit(f"{args.folder}: không thấy thư mục text/ của trợ giúp LibreOffice")
    counts = count_pairs(help_texts(args.folder))
    kept = write(counts)
    print(f"{sum(counts.values()):,} cặp, {len(counts):,} cặp khác nhau, giữ {kept:,}")


if __name__ == "__main__":
    main()
