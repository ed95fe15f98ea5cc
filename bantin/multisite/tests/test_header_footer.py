"""Each site's header and footer come from its own settings (Settings → Thông tin cổng)."""

import re

import pytest
from django.test import Client

from bantin.multisite.models import PortalSettings
from bantin.news.testing import make_image


@pytest.mark.django_db
def test_the_header_and_footer_say_what_the_sites_settings_say(client, site, make_site):
    other = make_site(hostname="phuong-b.example", name="Phường B", default=False)
    PortalSettings.objects.filter(site=site).update(
        full_name="Ủy ban nhân dân Phường Thử Nghiệm",
        emblem=make_image("Quốc huy"),
        organisation="UBND Phường Thử Nghiệm",
        responsible_person="Chánh Văn phòng",
        address="Số 1 đường Trung Tâm",
        phone="0200 3800 000",
        email="vanphong@thu.example",
        licence="Giấy phép số 01/GP-TTĐT",
    )
    html = client.get("/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert re.search(r'<a class="brand" href="/"><img [^>]*class="emblem"', header)
    assert '<span class="org">Ủy ban nhân dân Phường Thử Nghiệm</span>' in header
    footer = html[html.index('<footer class="site-footer">') :]
    for text in (
        "Cơ quan chủ quản: UBND Phường Thử Nghiệm",
        "Chịu trách nhiệm: Chánh Văn phòng",
        "Địa chỉ: Số 1 đường Trung Tâm",
        "Điện thoại: 0200 3800 000",
        'href="mailto:vanphong@thu.example"',
        "Giấy phép số 01/GP-TTĐT",
    ):
        assert text in footer, text
    ward = Client(HTTP_HOST="phuong-b.example").get("/").content.decode()
    assert "Thử Nghiệm" not in ward and 'class="emblem"' not in ward
    assert other.site_name in ward


@pytest.mark.django_db
def test_without_a_full_name_the_header_names_the_owning_body(client, site):
    PortalSettings.objects.filter(site=site).update(organisation="UBND Phường Thử Nghiệm")
    assert '<span class="org">UBND Phường Thử Nghiệm</span>' in client.get("/").content.decode()
