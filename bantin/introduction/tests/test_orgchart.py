from types import SimpleNamespace

import pytest

from bantin.introduction.orgchart import ChartError, build_tree


def unit(name, parent=""):
    return SimpleNamespace(name=name, parent_name=parent)


def shape(nodes):
    return [(node.unit.name, shape(node.children)) for node in nodes]


def test_units_nest_under_their_parents_in_the_rows_order():
    rows = [
        unit("Ủy ban nhân dân"),
        unit("Văn phòng", "Ủy ban nhân dân"),
        unit("Bộ phận một cửa", "trung tâm  hành chính"),
        unit("Trung tâm hành chính", "ủy ban nhân dân"),
        unit("Đảng ủy"),
    ]
    assert shape(build_tree(rows)) == [
        (
            "Ủy ban nhân dân",
            [("Văn phòng", []), ("Trung tâm hành chính", [("Bộ phận một cửa", [])])],
        ),
        ("Đảng ủy", []),
    ]


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        ([unit("A"), unit("B", "C")], "“B” trực thuộc “C”"),
        ([unit("A"), unit("a ")], "“a ” được dùng hai lần"),
        ([unit("A", "A")], "chính nó"),
        ([unit("A", "B"), unit("B", "A")], "vòng"),
        ([unit("")], "chưa có tên"),
    ],
)
def test_a_chart_that_cannot_be_drawn_is_refused_naming_the_unit(rows, words):
    with pytest.raises(ChartError, match=words):
        build_tree(rows)
