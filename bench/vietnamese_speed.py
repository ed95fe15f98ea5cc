"""Speed of encoding detection, decoding, normalisation and folding, before and after a change:
python bench/vietnamese_speed.py [--baseline REV] [--rounds N]

The baseline is the same code as it stood at git revision REV (default: the last commit with
the single-file encodings.py and text.py, before the syllable model moved to syllables.py),
loaded from git into memory beside the current package.  Both run on the same inputs in
interleaved rounds (which goes first alternates), every remembered result (lru caches)
cleared before each run; the medians and their ratio are printed, and every output of the
two is compared.

Inputs: the project's sample articles and, when present, the real pages in
../shared/realpages/pages (read from there), each encoded in every legacy encoding.
"""

import argparse
import functools
import os
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [str(ROOT), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from bantin.vietnamese import encodings as new_encodings  # noqa: E402
from bantin.vietnamese import syllables as new_syllables  # noqa: E402
from bantin.vietnamese import text as new_text  # noqa: E402

DEFAULT_BASELINE = "07a1ce1"
ENCODINGS = ("utf-8", "tcvn3", "vni", "viqr", "windows-1258", "utf-8-mojibake")


def shared_dir():
    return Path(os.environ.get("BANTIN_SHARED_DIR") or ROOT.parent / "shared")


def load_module(revision, path, name):
    try:
        source = subprocess.run(  # noqa: S603 (git, with a revision given on the command line)
            ["git", "show", f"{revision}:{path}"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.exit(f"cannot read {path} at {revision} from git: {exc}")
    module = types.ModuleType(name)
    module.__file__ = f"{revision}:{path}"
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102
    return module


def texts():
    found = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "bantin/sample/pages").glob("*.txt"))
    ]
    real = shared_dir() / "realpages" / "pages"
    if real.is_dir():
        found += [p.read_text(encoding="utf-8") for p in sorted(real.glob("*.txt"))]
    else:
        print(f"({real} is absent: only the sample articles are used)")
    return found


def clear_caches(*modules):
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()


def timed(function, items):
    started = time.perf_counter()
    results = [function(item) for item in items]
    return time.perf_counter() - started, results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    old_encodings = load_module(args.baseline, "bantin/vietnamese/encodings.py", "old_encodings")
    old_text = load_module(args.baseline, "bantin/vietnamese/text.py", "old_text")
    new_modules = [
        new_syllables,
        new_text,
        *(
            module
            for name, module in sorted(sys.modules.items())
            if name.startswith("bantin.vietnamese.encodings")
        ),
    ]

    pages = texts()
    encoded = [
        new_encodings.encode_text(page, encoding, errors="replace")
        for page in pages
        for encoding in ENCODINGS
    ]
    words = sum(len(page.split()) for page in pages)
    print(
        f"{len(pages)} pages, {words:,} words, {len(encoded)} encoded copies "
        f"({sum(map(len, encoded)) / 1e6:.1f} MB); baseline {args.baseline}, "
        f"{args.rounds} rounds, caches cleared before each"
    )

    jobs = {
        "detect + decode": (
            encoded,
            lambda data: tuple(vars(old_encodings.decode_bytes(data)).values()),
            lambda data: tuple(vars(new_encodings.decode_bytes(data)).values()),
        ),
        "normalize": (pages, old_text.normalize, new_text.normalize),
        "fold": (pages, old_text.fold, new_text.fold),
    }
    times = {name: ([], []) for name in jobs}
    differences = {}
    for round_number in range(args.rounds):
        for name, (items, old, new) in jobs.items():
            # Which goes first alternates, so that neither always meets a warmer machine.
            order = (0, 1) if round_number % 2 == 0 else (1, 0)
            results = [None, None]
            seconds = [0.0, 0.0]
            for side in order:
                if side == 0:
                    clear_caches(old_encodings, old_text)
                    seconds[0], results[0] = timed(old, items)
                else:
                    clear_caches(*new_modules)
                    seconds[1], results[1] = timed(new, items)
            (old_seconds, new_seconds), (old_results, new_results) = seconds, results
            times[name][0].append(old_seconds)
            times[name][1].append(new_seconds)
            differences[name] = sum(a != b for a, b in zip(old_results, new_results, strict=True))

    print(f"{'':18} {'before':>10} {'after':>10} {'after/before':>13} {'outputs differing':>18}")
    for name, (old_times, new_times) in times.items():
        old_median, new_median = statistics.median(old_times), statistics.median(new_times)
        print(
            f"{name:18} {old_median * 1000:8.1f}ms {new_median * 1000:8.1f}ms "
            f"{new_median / old_median:13.2f} {differences[name]:18}"
        )


if __name__ == "__main__":
    main()
