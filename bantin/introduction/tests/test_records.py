import pytest

from bantin.introduction.testing import publish_introduction
from bantin.opendata.export import site_records


@pytest.mark.django_db
def test_units_and_leaders_are_exported_with_their_parents(site):
    publish_introduction(site)
    units = list(site_records(site, kinds={"organisation_unit"}))
    assert units[0] == {
        "kind": "organisation_unit",
        "name": "Ủy ban nhân dân phường",
        "parent": None,
        "head": "Chủ tịch UBND phường",
        "phone": "0200 3800 001",
    }
    desk = next(unit for unit in units if unit["name"] == "Bộ phận tiếp nhận hồ sơ")
    assert desk["parent"] == "Trung tâm Phục vụ hành chính công"
    leaders = list(site_records(site, kinds={"leader"}))
    assert [leader["name"] for leader in leaders] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert leaders[0]["email"] == "chutich@phuonghoasen.example"


@pytest.mark.django_db
def test_a_site_without_an_introduction_exports_nothing_of_it(site):
    assert list(site_records(site, kinds={"organisation_unit", "leader"})) == []


@pytest.mark.django_db
def test_the_api_gives_the_chart_and_the_leaders(client, site):
    publish_introduction(site)
    data = client.get("/api/gioi-thieu").json()
    assert [unit["name"] for unit in data["units"]][:2] == [
        "Ủy ban nhân dân phường",
        "Văn phòng HĐND và UBND",
    ]
    assert data["leaders"][1]["position"] == "Phó Chủ tịch UBND phường"
