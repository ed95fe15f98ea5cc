"""The "Lãnh đạo" page of a new site, filled by the sample articles' officials."""

from bantin.people.models import LeadersPage


def create_sample(site):
    page = LeadersPage.objects.child_of(site.root_page).first()
    if page is None:
        page = LeadersPage(
            title="Lãnh đạo",
            slug="lanh-dao",
            intro="Lãnh đạo được nêu tên trong các tin bài của trang, với chức vụ và ngày.",
        )
        site.root_page.add_child(instance=page)
        page.save_revision().publish()
    return page
