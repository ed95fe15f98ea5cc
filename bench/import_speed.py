"""Import speed and memory: python bench/import_speed.py [--pages 1000] [--sizes 1000,20000]

Generates N pages in the fixture layouts (HTML and text, mostly UTF-8 with some legacy
encodings, every third page with a photo), imports them into a fresh SQLite database with
`bantin import`, and prints pages per second (of writing the pages: the photos' renditions,
made after them, are timed on their own line), the process's resident memory (before the
import, its peak during it, the growth, and its peak in each tenth of the pages: one run
shows whether it keeps growing once under way) and the CPU time per page of the process and
of the workers that read pages (which depends far less than the rate on what else runs on
the machine). --sizes runs one fresh process per size so that memory can be compared;
--photo-size 1600x1067 gives every photo a real photo's size instead of the fixtures' small
ones; --profile prints cProfile's top entries, --profile-out FILE keeps them for pstats;
--no-typo-check imports without the typo check; --compare-typo-check N runs N rounds of a
fresh process without and one with it, side by side, and prints the ratio of the rates;
--no-furniture and --compare-furniture N do the same for learning each folder's furniture
before the pages are read; --furniture-cost prints the CPU time of learning it and of reading
the pages with and without it, alternating (no database: steadier than the rates on a busy
machine)."""

import argparse
import cProfile
import io
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# bench/ holds scripts named like standard modules (http.py): never import from it directly.
sys.path[:] = [str(HERE.parent), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

LAYOUT_CYCLE = (
    ("sharepoint2010", "utf-8"),
    ("newsportal", "utf-8"),
    ("wordpress", "utf-8"),
    ("joomla", "utf-8"),
    ("liferay", "utf-8"),
    ("text-sharepoint", "utf-8"),
    ("text-vendor", "utf-8"),
    ("oldportal", "tcvn3"),
    ("newsportal", "windows-1258"),
    ("text-labelled", "utf-8"),
)
PHOTO_EVERY = 3


def resident_kib(pid="self"):
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def children_kib():
    """Resident memory of each child process (the workers that read pages)."""
    own = os.getpid()
    sizes = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            if parent == own:
                sizes.append(resident_kib(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return sizes


class MemoryWatch:
    """Samples the resident set size in a thread; its peak is what the import needed. The
    workers' (sampled less often) count the pages they share with this process."""

    def __init__(self, interval=0.05, children_every=10):
        self.interval = interval
        self.children_every = children_every
        self.peak = self.recent_peak = resident_kib()
        self.worker_peak = 0
        self.running = True
        self.thread = threading.Thread(target=self.watch, daemon=True)

    def watch(self):
        samples = 0
        while self.running:
            size = resident_kib()
            self.peak = max(self.peak, size)
            self.recent_peak = max(self.recent_peak, size)
            if samples % self.children_every == 0:
                self.worker_peak = max(self.worker_peak, *children_kib(), 0)
            samples += 1
            time.sleep(self.interval)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        self.thread.join()
        self.peak = max(self.peak, resident_kib())

    def take_recent_peak(self):
        """The peak since the last call."""
        peak, self.recent_peak = max(self.recent_peak, resident_kib()), 0
        return peak


class ProgressMemory(io.StringIO):
    """The import's error stream: at each progress line (every tenth of the pages, when not on
    a terminal) notes the peak resident memory since the one before, so one run shows whether
    memory keeps growing once the import is under way."""

    def __init__(self, watch):
        super().__init__()
        self.watch = watch
        self.points = []

    def write(self, text):
        if text.startswith("Tiến độ:") and " trang (" in text:
            done = int(text.split()[2].split("/")[0])
            self.points.append((done, self.watch.take_recent_peak()))
        return super().write(text)


def cpu_seconds():
    """User and system time of this process, and of its finished children (the workers that
    read pages): unlike the rate, they hardly change when other work shares the machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def large_photo(number, size):
    """A photo the size of a real one (noise, so that it compresses like one), distinct per
    page."""
    from PIL import Image, ImageFilter

    noise = Image.effect_noise(size, 40).convert("RGB").filter(ImageFilter.GaussianBlur(2))
    tint = Image.new("RGB", size, (40 + number * 30 % 200, 90, 140))
    data = io.BytesIO()
    Image.blend(noise, tint, 0.4).save(data, "JPEG", quality=82)
    return data.getvalue()


def generate(folder, count, photo_size=None):
    """COUNT distinct pages: the fixture articles in turn, each made unique by a number;
    photos of PHOTO_SIZE (width, height) instead of the fixtures' small ones when given."""
    from dataclasses import replace

    from bench.import_fixtures.articles import ARTICLES
    from bench.import_fixtures.build import Page, encode, photo
    from bench.import_fixtures.layouts import LAYOUTS

    for number in range(count):
        base = ARTICLES[number % len(ARTICLES)]
        layout, encoding = LAYOUT_CYCLE[number % len(LAYOUT_CYCLE)]
        captions = base.captions[:1] if number % PHOTO_EVERY == 0 else ()
        article = replace(
            base,
            slug=f"{base.slug}-{number}",
            title=f"{base.title} (số {number})",
            paragraphs=(*base.paragraphs, f"Bài viết số {number} của bộ thử tốc độ."),
            captions=captions,
        )
        page = Page(number, article, layout, encoding, set())
        target = folder / f"{number // 1000:03d}"
        target.mkdir(exist_ok=True)
        (target / page.name).write_bytes(encode(LAYOUTS[layout](article, page), page))
        for relative in page.photo_paths():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(large_photo(number, photo_size) if photo_size else photo(number))


def prepare_database():
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from wagtail.models import Page, Site

    from bantin.multisite.sites import create_site

    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    return create_site("localhost", "Phường Đo Tốc Độ", default=True)


def run_once(
    count, profile=False, profile_out=None, photo_size=None, typo_check=True, furniture=True
):
    scratch = Path(tempfile.mkdtemp(prefix="bantin-speed-"))
    os.environ["BANTIN_DATA_DIR"] = str(scratch / "data")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bantin.settings")
    os.environ.setdefault("BANTIN_LOG_LEVEL", "ERROR")
    prepare_database()
    pages = scratch / "pages"
    pages.mkdir()
    generate(pages, count, photo_size)
    from django.core.management import call_command

    out = io.StringIO()
    before = resident_kib()
    profiler = cProfile.Profile() if profile or profile_out else None
    cpu_before = cpu_seconds()
    with MemoryWatch() as memory:
        err = ProgressMemory(memory)
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        options = [] if typo_check else ["--no-typo-check"]
        options += [] if furniture else ["--no-furniture"]
        call_command("import_pages", str(pages), *options, stdout=out, stderr=err)
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - started
    main_cpu, workers_cpu = (
        after - before for after, before in zip(cpu_seconds(), cpu_before, strict=True)
    )
    lines = out.getvalue().splitlines()
    summary = [line for line in lines if line.startswith("Đã nhập")]
    photos = [line for line in lines if line.startswith("Ảnh: ")]
    photo_seconds = float(photos[-1].split("trong ")[1].split()[0]) if photos else 0.0
    print(
        f"trang: {count}{'' if typo_check else ' (không soát chính tả)'}"
        f"{'' if furniture else ' (không học khung trang)'}"
    )
    for line in [line for line in lines if line.startswith("Khung trang")]:
        print(f"  {line}")
    print(f"  {summary[-1] if summary else out.getvalue()[-300:]}")
    pages_seconds = elapsed - photo_seconds
    print(
        f"  thời gian: {elapsed:.1f} s, tốc độ: {count / pages_seconds:.0f} trang/giây "
        f"(viết các trang: {pages_seconds:.1f} s)"
    )
    if photos:
        made = int(photos[-1].split()[1])
        print(f"  {photos[-1]}: {made / max(photo_seconds, 1e-9):.1f} ảnh/giây")
        for line in [line for line in lines if line.startswith("LƯU Ý ảnh")][:3]:
            print(f"    {line}")
    print(
        f"  bộ nhớ (RSS): trước {before / 1024:.0f} MiB, đỉnh {memory.peak / 1024:.0f} MiB, "
        f"tăng {(memory.peak - before) / 1024:.0f} MiB; "
        f"mỗi tiến trình con (đọc trang, thu nhỏ ảnh): đỉnh {memory.worker_peak / 1024:.0f} MiB"
    )
    if len(err.points) > 1:
        (first_done, first), (_, last) = err.points[0], err.points[-1]
        steps = ", ".join(f"{done}: {kib / 1024:.0f}" for done, kib in err.points)
        print(f"  đỉnh RSS theo tiến độ (trang: MiB): {steps}")
        print(
            f"  tăng từ trang {first_done} đến hết: {(last - first) / 1024:.1f} MiB "
            f"({(last - first) / first:+.1%})"
        )
    print(
        f"  CPU: tiến trình chính {main_cpu * 1000 / count:.1f} ms/trang, "
        f"tiến trình con {workers_cpu * 1000 / count:.1f} ms/trang "
        f"(tải máy {os.getloadavg()[0]:.1f}; máy: {machine_yardstick():.0f} ms một vòng thước đo)"
    )
    if profile_out:
        profiler.dump_stats(profile_out)
    if profile:
        stats = io.StringIO()
        pstats.Stats(profiler, stream=stats).sort_stats("cumulative").print_stats(30)
        print(stats.getvalue())
        stats = io.StringIO()
        pstats.Stats(profiler, stream=stats).sort_stats("tottime").print_stats(20)
        print(stats.getvalue())


YARDSTICK_NUMBERS = 2_000_000


def machine_yardstick():
    """The CPU milliseconds of a fixed loop of plain Python (the best of three): the rates of
    two machines compare once divided by it (a machine twice as slow prints twice the time)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        sum(number * number for number in range(YARDSTICK_NUMBERS))
        best = min(best, time.process_time() - start)
    return best * 1000


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--sizes", help="vd. 1000,20000: mỗi cỡ chạy trong một tiến trình mới")
    parser.add_argument(
        "--photo-size", help="vd. 1600x1067: ảnh cỡ thật thay cho ảnh nhỏ của bộ mẫu"
    )
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--profile-out", help="ghi thống kê cProfile vào tệp này")
    parser.add_argument("--no-typo-check", action="store_true")
    parser.add_argument("--compare-typo-check", type=int, metavar="ROUNDS")
    parser.add_argument("--no-furniture", action="store_true")
    parser.add_argument("--compare-furniture", type=int, metavar="ROUNDS")
    parser.add_argument("--furniture-cost", action="store_true")
    args = parser.parse_args(argv)
    if args.compare_typo_check:
        compare(args.pages, args.compare_typo_check, "--no-typo-check", "soát chính tả")
        return
    if args.furniture_cost:
        furniture_cost(args.pages)
        return
    if args.compare_furniture:
        compare(args.pages, args.compare_furniture, "--no-furniture", "học khung trang")
        return
    if args.sizes:
        for size in args.sizes.split(","):
            command = [sys.executable, __file__, "--pages", size.strip()]
            if args.photo_size:
                command += ["--photo-size", args.photo_size]
            subprocess.run(command, check=True)  # noqa: S603 - our own script, our arguments
        return
    photo_size = tuple(map(int, args.photo_size.split("x"))) if args.photo_size else None
    run_once(
        args.pages,
        args.profile,
        args.profile_out,
        photo_size,
        not args.no_typo_check,
        not args.no_furniture,
    )


def figures(output):
    """(pages a second, main process ms a page, workers ms a page) from run_once's lines."""
    rate = float(output.split("tốc độ: ")[1].split()[0])
    cpu = output.split("CPU: tiến trình chính ")[1]
    main_ms = float(cpu.split()[0])
    workers_ms = float(cpu.split("tiến trình con ")[1].split()[0])
    return rate, main_ms, workers_ms


def furniture_cost(count, rounds=3):
    """CPU of the pass that learns furniture, and of reading every page with and without
    what it learnt, side by side in this process."""
    import dataclasses

    from bantin.legacy.reading import ReadOptions, read_page, sample_text
    from bantin.legacy.reading.furniture import furniture_of_sources
    from bantin.legacy.reading.sources import iter_sources

    folder = Path(tempfile.mkdtemp(prefix="bantin-furniture-")) / "pages"
    folder.mkdir(parents=True)
    generate(folder, count, None)
    sources = list(iter_sources([folder]))
    started = time.process_time()
    furniture, read, total = furniture_of_sources(lambda: iter_sources([folder]), sample_text)
    learning = time.process_time() - started
    print(
        f"học khung trang: {learning * 1000:.0f} ms CPU cho {total} trang ({read} trang được "
        f"đọc), {learning * 1000 / total:.3f} ms/trang; {furniture.lines} dòng"
    )
    plain = ReadOptions()
    learnt = dataclasses.replace(plain, furniture=furniture)
    for number in range(1, rounds + 1):
        spent = {}
        for name, options in (("không", plain), ("có", learnt)):
            started = time.process_time()
            for source in sources:
                read_page(source, options)
            spent[name] = (time.process_time() - started) * 1000 / len(sources)
        print(
            f"vòng {number}: đọc một trang có / không khung trang: {spent['có']:.3f} / "
            f"{spent['không']:.3f} ms CPU ({spent['có'] / spent['không']:.2f} lần)"
        )


def compare(count, rounds, off_flag, name):
    """Rounds of a fresh process with ``off_flag`` (the work left out), then one without."""
    for number in range(1, rounds + 1):
        results = {}
        for on in (False, True):
            command = [sys.executable, __file__, "--pages", str(count)]
            if not on:
                command.append(off_flag)
            output = subprocess.run(  # noqa: S603 - our own script, our arguments
                command, check=True, capture_output=True, text=True
            ).stdout
            print(output, end="")
            results[on] = figures(output)
        (rate_off, main_off, workers_off), (rate_on, main_on, workers_on) = (
            results[False],
            results[True],
        )
        print(
            f"vòng {number}: có / không {name}: tốc độ {rate_on / rate_off:.2f} lần "
            f"({rate_on:.0f} / {rate_off:.0f} trang/giây); CPU tiến trình chính "
            f"{main_on:.1f} / {main_off:.1f} ms/trang, tiến trình con "
            f"{workers_on:.1f} / {workers_off:.1f} ms/trang"
        )


if __name__ == "__main__":
    main()
