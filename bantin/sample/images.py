"""Draw the sample photos: one JPEG per "Ảnh: " caption in the sample pages."""

import random
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

PAGES_DIR = Path(__file__).parent / "pages"
CAPTION_PREFIX = "Ảnh: "
SIZE = (960, 640)
INDOOR_WORDS = (
    "hội trường",
    "kỳ họp",
    "hội nghị",
    "quang cảnh",
    "trao quyết định",
    "chất vấn",
    "thủ tục",
    "trao quà",
)


def captions(page: Path) -> list[str]:
    lines = (line.strip() for line in page.read_text(encoding="utf-8").splitlines())
    return [line[len(CAPTION_PREFIX) :] for line in lines if line.startswith(CAPTION_PREFIX)]


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _gradient(draw, top, bottom, y0, y1):
    for y in range(y0, y1):
        draw.line([(0, y), (SIZE[0], y)], fill=_mix(top, bottom, (y - y0) / max(1, y1 - y0)))


def _person(draw, rnd, x, foot, scale):
    shirt = rnd.choice(
        [
            (176, 64, 58),
            (58, 96, 150),
            (232, 228, 214),
            (70, 120, 90),
            (210, 170, 70),
            (120, 90, 140),
        ]
    )
    w, h = 26 * scale, 70 * scale
    draw.rounded_rectangle([x - w / 2, foot - h, x + w / 2, foot], radius=10 * scale, fill=shirt)
    r = 11 * scale
    draw.ellipse([x - r, foot - h - 2 * r, x + r, foot - h], fill=(92, 66, 50))


def _hall(draw, rnd):
    w, h = SIZE
    wall = rnd.choice([(236, 228, 212), (222, 230, 226), (238, 222, 206), (226, 226, 236)])
    floor = rnd.choice([(150, 112, 84), (128, 120, 112), (164, 128, 96)])
    _gradient(draw, wall, _mix(wall, (150, 140, 130), 0.3), 0, 420)
    _gradient(draw, floor, _mix(floor, (60, 50, 40), 0.3), 420, h)
    margin = rnd.randint(80, 200)
    draw.rectangle([margin, 60, w - margin, 170], fill=rnd.choice([(172, 38, 42), (40, 84, 150)]))
    draw.rectangle([margin + 150, 95, w - margin - 150, 135], fill=(236, 200, 90))
    for x in (40, w - 100):
        draw.rectangle([x + 15, 330, x + 45, 400], fill=(150, 100, 70))
        draw.ellipse([x, 250, x + 60, 345], fill=(70, 130, 80))
    draw.rectangle([margin, 250, w - margin, 300], fill=(120, 70, 50))
    for x in range(margin + 30, w - margin, rnd.choice([80, 100, 120])):
        _person(draw, rnd, x, 260, 0.8)
    rows = rnd.sample([450, 500, 560, 620], rnd.randint(2, 4))
    for foot in sorted(rows):
        step = rnd.randint(60, 90)
        for x in range(rnd.randint(30, 90), w - 30, step):
            _person(draw, rnd, x + rnd.randint(-8, 8), foot, 0.7 + (foot - 420) / 400)


def _street(draw, rnd):
    w, h = SIZE
    horizon = rnd.randint(330, 400)
    sky = (rnd.randint(90, 140), rnd.randint(150, 190), rnd.randint(205, 235))
    _gradient(draw, sky, (226, 234, 238), 0, horizon)
    _gradient(draw, (164, 160, 150), (120, 128, 110), horizon, h)
    x = -20
    while x < w:
        bw, bh = rnd.randint(90, 170), rnd.randint(120, 260)
        tone = rnd.choice([(222, 206, 170), (200, 186, 160), (236, 224, 200), (190, 204, 196)])
        draw.rectangle([x, horizon - bh, x + bw, horizon], fill=tone)
        for wy in range(horizon - bh + 20, horizon - 30, 40):
            for wx in range(x + 15, x + bw - 25, 35):
                draw.rectangle([wx, wy, wx + 16, wy + 20], fill=(96, 118, 130))
        x += bw + rnd.randint(0, 20)
    for _ in range(rnd.randint(3, 6)):
        tx, r = rnd.randint(30, w - 30), rnd.randint(40, 70)
        draw.rectangle([tx - 6, horizon - 80, tx + 6, horizon + 10], fill=(96, 70, 48))
        draw.ellipse(
            [tx - r, horizon - 80 - 2 * r + 20, tx + r, horizon - 60],
            fill=(rnd.randint(50, 80), rnd.randint(110, 150), rnd.randint(60, 90)),
        )
    for _ in range(rnd.randint(6, 14)):
        foot = rnd.randint(horizon + 60, h - 10)
        _person(draw, rnd, rnd.randint(40, w - 40), foot, 0.6 + (foot - horizon) / 260)


def draw_photo(seed: int, caption: str) -> Image.Image:
    rnd = random.Random(seed)
    img = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(img)
    if any(word in caption.lower() for word in INDOOR_WORDS):
        _hall(draw, rnd)
    else:
        _street(draw, rnd)
    return img


def write_images(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for page in sorted(PAGES_DIR.glob("*.txt")):
        for k, caption in enumerate(captions(page), start=1):
            path = dest / f"{page.stem}-{k}.jpg"
            seed = zlib.crc32(path.name.encode())
            draw_photo(seed, caption).save(path, "JPEG", quality=82)
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write_images(PAGES_DIR):
        print(path)


def emblem_png(size=192):
    """A sample emblem (a yellow star on a red disc, drawn here, not the real national emblem):
    the header's picture in a fresh install, until the site's own is uploaded."""
    import io
    import math

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([2, 2, size - 3, size - 3], fill=(200, 16, 46), outline=(255, 205, 0), width=6)
    centre, outer, inner = size / 2, size * 0.34, size * 0.14
    points = []
    for n in range(10):
        radius = outer if n % 2 == 0 else inner
        angle = -math.pi / 2 + n * math.pi / 5
        points.append((centre + radius * math.cos(angle), centre + radius * math.sin(angle)))
    draw.polygon(points, fill=(255, 205, 0))
    data = io.BytesIO()
    image.quantize(32).save(data, "PNG", optimize=True)
    return data.getvalue()
