"""The labelled sets, scored as bench/people_quality.py scores them: a ratchet on what the
extraction already gets right.

Floors are the pairs and names found right on the day they were measured (2026-12-04);
raise them as the rules improve, never lower them. Ceilings count false hits and only go
down. The real pages (../shared/realpages) are other people's texts, read where they are.
"""

import importlib.util

import pytest

from bantin.conftest import REPO_ROOT

BENCH = REPO_ROOT / "bench" / "people_quality.py"

# set: (pairs found right, pairs of the labels found, names found right, false hits at most)
FLOORS = {"real pages": (258, 258, 154, 7), "own set": (204, 204, 144, 0)}


def load_bench():
    spec = importlib.util.spec_from_file_location("people_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH_MODULE = load_bench()


def articles_of(name):
    if name == "own set":
        return BENCH_MODULE.own_articles()
    found = BENCH_MODULE.real_articles()
    if found is None:
        pytest.skip(f"real pages not present under {BENCH_MODULE.shared_dir()} (kept outside)")
    return found


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_set_is_read_worse_than_its_floor(name):
    total, _ = BENCH_MODULE.score(articles_of(name), "all")
    found_right, labels_found, names_right, false_hits = FLOORS[name]
    assert total.found_hit >= found_right, total.false_hits
    assert total.gold_hit >= labels_found, total.misses
    assert total.names_hit >= names_right
    assert total.found_pairs - total.found_hit <= false_hits, total.false_hits


def test_the_own_set_keeps_its_held_out_fifth():
    articles = BENCH_MODULE.own_articles()
    held = [article for article in articles if article[1] == "holdout"]
    assert len(articles) >= 60 and len(held) * 5 == len(articles)
    assert sum(len(p["positions"]) for a in articles for p in a[3]) >= 150
    assert sum(1 for a in articles if not a[3]) >= 5


def score_one(gold, found):
    score = BENCH_MODULE.Score()
    score.add("x", gold, found)
    return score


def test_pairs_match_in_either_tone_placement_and_with_white_space_collapsed():
    score = score_one(
        [{"name": "Lý Văn Thủy", "positions": ["Ủy viên Ban Thường vụ"]}],
        [{"name": "Lý Văn Thuỷ", "positions": ["Uỷ viên  Ban Thường vụ"]}],
    )
    assert (score.found_hit, score.gold_hit, score.names_hit) == (1, 1, 1)


def test_a_post_under_the_wrong_name_is_a_miss_and_a_false_hit():
    score = score_one(
        [{"name": "Lê Văn An", "positions": ["Chủ tịch UBND xã"]}],
        [{"name": "Lê Văn Ân", "positions": ["Chủ tịch UBND xã"]}],
    )
    assert (score.found_hit, score.gold_hit, len(score.misses), len(score.false_hits)) == (
        0,
        0,
        1,
        1,
    )


def test_case_counts():
    score = score_one(
        [{"name": "Lê Văn An", "positions": ["Phó Bí thư Đảng ủy"]}],
        [{"name": "Lê Văn An", "positions": ["Phó bí thư Đảng ủy"]}],
    )
    assert score.found_hit == 0


def test_posts_joined_by_a_dash_equal_their_parts_either_way():
    joined = [{"name": "Lê Văn An", "positions": ["Phó Bí thư Đảng ủy – Chủ tịch UBND xã"]}]
    parts = [{"name": "Lê Văn An", "positions": ["Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"]}]
    one_way, other_way = score_one(joined, parts), score_one(parts, joined)
    assert (one_way.gold_pairs, one_way.gold_hit, one_way.found_pairs, one_way.found_hit) == (
        1,
        1,
        2,
        2,
    )
    assert (
        other_way.gold_pairs,
        other_way.gold_hit,
        other_way.found_pairs,
        other_way.found_hit,
    ) == (2, 2, 1, 1)
    half = score_one(joined, [{"name": "Lê Văn An", "positions": ["Phó Bí thư Đảng ủy"]}])
    assert (half.gold_hit, half.found_hit) == (0, 0)
