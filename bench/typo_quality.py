"""How well the typo checks work: python bench/typo_quality.py [--seed N] [--planted N] [-v]

Clean text: the real pages in ../shared/realpages/pages (other people's texts, read from
there, never copied), the project's sample articles, and synthetic articles of
bench/search_corpus.py (the project's own writing) up to --syllables in all.  Each document
goes to the tuning part or, one in five by a stable hash of its name, to the held-out part,
which was not looked at while the rules were tuned; figures are printed for both.

Planted typos: --planted typos of every kind the checks know, made by a seeded generator in
copies of the clean documents (one typo per copy).  A planted typo counts as found when a
warning covers it.

The site's word counts (``Lexicon.with_texts``) come from all clean documents, as
``bantin check-text`` counts a site's published articles; each document is checked against
the others (``Lexicon.excluding``), as an article is against the rest of its site.

Printed: recall on planted typos (overall and per kind), warnings per 10,000 syllables of
clean text, and the real pages' warnings sorted into typos judged real by hand (kept here as
hashes of page and text, so that no text is copied), words cut off where the capture ends,
and false alarms; then the seeds' typos (../shared/seeds).
"""

import argparse
import hashlib
import importlib.util
import os
import random
import re
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from bantin.vietnamese.encodings import windows1258  # noqa: E402
from bantin.vietnamese.syllables import is_valid, parse, split_tone  # noqa: E402
from bantin.vietnamese.typos import check_text, default_lexicon  # noqa: E402
from bantin.vietnamese.typos.lexicon import key  # noqa: E402

SEED_TYPOS = ("tọng tâm", "nănh lực", "đạo đực", "hòan thành", "ội nghị")

# Real pages' warnings judged by hand to be real typos: sha1("<page id>:<text>")[:12].
REAL_TYPOS = set(
    """
    340208861d30 d9f0b4ca2b92 809263c7f89e abf7069b0b11 a0b9199aa55f 782ae8b5c140
    e70a15a0edf8 b9843d5cd5b9 76503a1ce0cb a5ff0b0dd4f6 d0f274732ad9 c3d608bda394
    d96d8ecb3997 0a517c3c003f 59400686a5ef 4218cd09e1dd
    """.split()
)
WORD_RE = re.compile(r"[^\W\d_]+")
TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "")


def shared_dir():
    return Path(os.environ.get("BANTIN_SHARED_DIR") or ROOT.parent / "shared")


def label(page_id, text):
    return hashlib.sha1(f"{page_id}:{text}".encode(), usedforsecurity=False).hexdigest()[:12]


def held_out(name):
    return zlib.crc32(name.encode()) % 5 == 0


def syllables(text):
    return len(WORD_RE.findall(text))


def load_search_corpus():
    spec = importlib.util.spec_from_file_location("search_corpus", HERE / "search_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clean_documents(target):
    """(name, kind, text) of the clean material."""
    documents = []
    real = shared_dir() / "realpages" / "pages"
    if real.is_dir():
        for path in sorted(real.glob("*.txt")):
            documents.append((f"real:{path.stem}", "real", path.read_text(encoding="utf-8")))
    else:
        print(f"({real} is absent: the real pages are left out)")
    for path in sorted((ROOT / "bantin/sample/pages").glob("*.txt")):
        documents.append((f"sample:{path.stem}", "own", path.read_text(encoding="utf-8")))
    corpus = load_search_corpus()
    index = 0
    while sum(syllables(text) for _, _, text in documents) < target:
        article = corpus.make_article(index, seed=17, prefix="typo")
        documents.append((f"synthetic:{article.key}", "own", article.text()))
        index += 1
    return [(name, kind, unicodedata.normalize("NFC", text)) for name, kind, text in documents]


# --- Planting -------------------------------------------------------------------------------


def with_tone(letters, tone):
    """NFC ``letters`` with ``tone`` on the letter the new placement wants."""
    from bantin.vietnamese.syllables import placed

    if not tone:
        return letters
    for i in range(len(letters)):
        candidate = unicodedata.normalize("NFC", letters[: i + 1] + tone + letters[i + 1 :])
        if parse(candidate) is not None and not parse(candidate).problems:
            return placed(candidate)
    return None


def tone_of(word):
    return "".join(split_tone(c)[1] for c in word)


def untoned(word):
    return "".join(split_tone(c)[0] for c in word)


def misplace_tone(word, rng, site):
    s = parse(word)
    if s is None or not s.tone or not s.closed or s.glide != "o" and s.glide != "u":
        return None
    start = len(s.onset)
    mark = tone_of(word)
    chars = [split_tone(c)[0] for c in word]
    chars[start] = unicodedata.normalize("NFC", chars[start] + mark)
    return "".join(chars)


def swap_coda(word, rng, site):
    for old, new in (("ng", "nh"), ("nh", "ng"), ("c", "t"), ("ch", "c")):
        s = parse(word)
        if s is not None and s.coda == old and s.closed:
            typo = word[: len(word) - len(old)] + new
            if not is_valid(typo):
                return typo
    return None


def change_tone(word, rng, site):
    base = untoned(word)
    options = [with_tone(base, t) for t in TONES if t != tone_of(word)]
    options = [o for o in options if o and o != word and is_valid(o)]
    return rng.choice(options) if options else None


DROPPABLE = {"tr": "t", "nh": "n", "ng": "n", "ch": "c", "th": "t", "kh": "k", "ph": "p"}


def drop_letter(word, rng, site):
    s = parse(word)
    if s is None:
        return None
    if s.onset in DROPPABLE and rng.random() < 0.7:
        return DROPPABLE[s.onset] + word[len(s.onset) :]
    if s.coda in ("ng", "nh", "ch") and s.closed:
        return word[:-1]
    return None


def eth(word, rng, site):
    return word.replace("đ", "ð").replace("Đ", "Ð") if "đ" in word.lower() else None


def combining_leftover(word, rng, site):
    toned = [i for i, c in enumerate(word) if split_tone(c)[1]]
    if not toned:
        return None
    i = toned[0]
    return word[: i + 1] + rng.choice(("\u0301", "\u0300", "\u0323")) + word[i + 1 :]


def windows_1258_leftover(word, rng, site):
    if word.isascii() or word != word.lower():
        return None
    shown = windows1258.encode(word, "replace").decode("cp1252")
    return shown if shown != word else None


def utf8_mojibake(word, rng, site):
    if word.isascii():
        return None
    return word.encode("utf-8").decode("cp1252", errors="replace")


def cyrillic(word, rng, site):
    swaps = {"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "y": "у"}
    positions = [i for i, c in enumerate(word) if c in swaps]
    if not positions or word.isascii():
        return None
    i = rng.choice(positions)
    return word[:i] + swaps[word[i]] + word[i + 1 :]


WORD_KINDS = {
    "tone placed wrongly": (misplace_tone, 60, False),
    "wrong final consonant": (swap_coda, 60, False),
    "another tone (pair)": (change_tone, 80, True),
    "a letter dropped": (drop_letter, 80, True),
    "ð for đ": (eth, 20, False),
    "combining mark left": (combining_leftover, 20, False),
    "Windows-1258 leftover": (windows_1258_leftover, 20, False),
    "UTF-8 mojibake": (utf8_mojibake, 20, False),
    "Cyrillic look-alike": (cyrillic, 20, False),
}
FIRST_LETTER_COUNT = 40


def plant(documents, site, rng, scale):
    """(kind, document name, text with the typo, start, end) for each planted typo."""
    planted = []
    for kind, (make, count, in_word_pair) in WORD_KINDS.items():
        made, tries = 0, 0
        while made < max(1, round(count * scale)) and tries < 200_000:
            tries += 1
            name, text = rng.choice(documents)
            matches = list(WORD_RE.finditer(text))
            if len(matches) < 3:
                continue
            i = rng.randrange(1, len(matches) - 1)
            match = matches[i]
            word = match.group()
            if not word.islower() or not is_valid(word):
                continue
            if in_word_pair and not common_word_around(matches, i, text, site):
                continue
            typo = make(word, rng, site)
            if not typo or typo == word:
                continue
            if in_word_pair and is_valid(typo) and written_elsewhere(matches, i, typo, site):
                continue
            new = text[: match.start()] + typo + text[match.end() :]
            planted.append((kind, name, new, match.start(), match.start() + len(typo), text))
            made += 1
    made, tries = 0, 0
    while made < max(1, round(FIRST_LETTER_COUNT * scale)) and tries < 200_000:
        tries += 1
        name, text = rng.choice(documents)
        starts = [m.start() for m in re.finditer(r"(?m)^(?=[^\W\d_])", text)]
        if not starts:
            continue
        start = rng.choice(starts)
        match = WORD_RE.match(text, start)
        word = match.group()
        s = parse(word)
        if s is None or not s.onset or not word[0].isupper() or len(word) < 3:
            continue
        rest = word[1:]
        if parse(rest) is None:
            continue
        new = text[:start] + rest + text[match.end() :]
        planted.append(("lost first letter", name, new, start, start + len(rest), text))
        made += 1
    return planted


def common_word_around(matches, i, text, site):
    here = key(matches[i].group())
    pairs = []
    if i > 0 and text[matches[i - 1].end() : matches[i].start()] == " ":
        pairs.append((key(matches[i - 1].group()), here))
    if text[matches[i].end() : matches[i + 1].start()] == " ":
        pairs.append((here, key(matches[i + 1].group())))
    return any(site.is_word(p) and site.count(p) >= 3 for p in pairs)


def written_elsewhere(matches, i, typo, site):
    """The typo makes a pair the site writes anyway: not a typo but another word."""
    typo_key = key(typo)
    return (
        site.count((key(matches[i - 1].group()), typo_key)) > 0
        or site.count((typo_key, key(matches[i + 1].group()))) > 0
    )


# --- Measuring ------------------------------------------------------------------------------


def covered(warnings, start, end):
    return any(w.start < end and start < w.end for w in warnings)


def report_planted(title, planted, site):
    found = Counter()
    total = Counter()
    missed = defaultdict(list)
    for kind, _name, text, start, end, original in planted:
        total[kind] += 1
        warnings = check_text(text, site.excluding(original))
        if covered(warnings, start, end):
            found[kind] += 1
        else:
            missed[kind].append(text[max(0, start - 25) : end + 25].replace("\n", " / "))
    print(
        f"\n{title}: {sum(found.values())}/{sum(total.values())} found, recall "
        f"{sum(found.values()) / max(1, sum(total.values())):.3f}"
    )
    for kind in total:
        print(f"  {kind:24} {found[kind]:4}/{total[kind]:<4}")
    return found, total, missed


def report_clean(title, documents, site, verbose):
    count = Counter()
    alarms = []
    for name, kind, text in documents:
        for warning in check_text(text, site.excluding(text)):
            count[kind] += 1
            alarms.append((name, kind, text, warning))
    words = Counter()
    for _name, kind, text in documents:
        words[kind] += syllables(text)
    total = sum(words.values())
    print(f"\n{title}: {total:,} syllables, {len(documents)} documents")
    real_typos, cut, false = [], [], []
    for name, kind, text, warning in alarms:
        page = name.split(":", 1)[1]
        if kind == "real" and label(page, warning.text) in REAL_TYPOS:
            real_typos.append((name, warning))
        elif not text[warning.end :].strip(" .…\n"):
            cut.append((name, warning))
        else:
            false.append((name, warning, text))
    print(
        f"  warnings: {len(alarms)} = {len(real_typos)} real typos (judged by hand) + "
        f"{len(cut)} words cut where the text ends + {len(false)} false alarms"
    )
    rate = len(false) / total * 10_000 if total else 0.0
    print(f"  false alarms per 10,000 syllables: {rate:.2f}")
    for kind in words:
        kind_false = sum(
            1 for name, _w, _t in false if name.startswith("real:") == (kind == "real")
        )
        print(f"    {kind:5} {words[kind]:>8,} syllables, {kind_false} false alarms")
    if verbose:
        for name, warning in real_typos:
            print(f"  real typo   {name}: {warning.text!r} -> {warning.suggestion!r}")
        for name, warning in cut:
            print(f"  cut off     {name}: {warning.text!r}")
        for name, warning, text in false:
            context = text[max(0, warning.start - 30) : warning.end + 30].replace("\n", " / ")
            print(
                f"  FALSE ALARM {name} [{label(name.split(':', 1)[1], warning.text)}] "
                f"{warning.kind} {warning.text!r} -> {warning.suggestion!r} | {context}"
            )
    return len(false), total, real_typos


def report_seeds(site):
    folder = shared_dir() / "seeds"
    if not folder.is_dir():
        print(f"\n({folder} is absent: no seed typos to look for)")
        return
    print("\nSeeds:")
    flagged = []
    for path in sorted(folder.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for warning in check_text(text, site.excluding(text)):
            flagged.append(warning.text)
            print(f"  {path.name[:3]} {warning.kind:12} {warning.text!r} -> {warning.suggestion!r}")
    found = 0
    for typo in SEED_TYPOS:
        hit = any(typo == text or typo.startswith(text + " ") for text in flagged)
        found += hit
        print(f"  {'found ' if hit else 'MISSED'} {typo!r}")
    print(f"  seed typos found: {found}/{len(SEED_TYPOS)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--planted", type=int, default=420, help="typos to plant in all")
    parser.add_argument("--syllables", type=int, default=110_000)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()

    documents = clean_documents(args.syllables)
    site = default_lexicon().with_texts(text for _, _, text in documents)
    tuning = [d for d in documents if not held_out(d[0])]
    kept = [d for d in documents if held_out(d[0])]
    base = sum(c for _, c, _ in WORD_KINDS.values()) + FIRST_LETTER_COUNT
    scale = args.planted / base
    rng = random.Random(args.seed)
    planted_tuning = plant([(n, t) for n, _, t in tuning], site, rng, scale * 0.8)
    planted_kept = plant([(n, t) for n, _, t in kept], site, rng, scale * 0.2)
    print(
        f"seed {args.seed}; {len(documents)} clean documents, "
        f"{sum(syllables(t) for _, _, t in documents):,} syllables; "
        f"{len(planted_tuning) + len(planted_kept)} typos planted"
    )

    for title, planted in (
        ("Planted, tuning part", planted_tuning),
        ("Planted, held-out part", planted_kept),
    ):
        found, total, missed = report_planted(title, planted, site)
        if args.verbose:
            for kind, contexts in missed.items():
                for context in contexts:
                    print(f"  missed {kind}: {context!r}")
    report_clean("Clean, tuning part", tuning, site, args.verbose)
    report_clean("Clean, held-out part", kept, site, args.verbose)
    report_seeds(site)


if __name__ == "__main__":
    main()
