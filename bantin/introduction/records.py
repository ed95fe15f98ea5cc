"""Units and leaders as plain records for `bantin export` and /api/gioi-thieu. A leader's
phone and email are the office's, published on the page: they are public by the Decree."""

from bantin.introduction.models import IntroductionPage
from bantin.introduction.orgchart import build_tree


def introduction_of(site, include_drafts=False):
    pages = IntroductionPage.objects.child_of(site.root_page)
    if not include_drafts:
        pages = pages.live()
    page = pages.first()
    if page is not None and include_drafts and page.has_unpublished_changes:
        page = page.get_latest_revision_as_object()
    return page


def unit_records(site, include_drafts=False):
    page = introduction_of(site, include_drafts)
    if page is None:
        return
    yield from _walk(build_tree(page.units.all()), None)


def _walk(nodes, parent):
    for node in nodes:
        unit = node.unit
        yield {
            "name": unit.name,
            "parent": parent,
            "head": unit.head or None,
            "phone": unit.phone or None,
        }
        yield from _walk(node.children, unit.name)


def leader_records(site, include_drafts=False):
    page = introduction_of(site, include_drafts)
    if page is None:
        return
    for leader in page.leaders.all():
        yield {
            "name": leader.name,
            "position": leader.position,
            "duties": leader.duties or None,
            "phone": leader.phone or None,
            "email": leader.email or None,
            "photo": leader.photo.file.url if leader.photo_id else None,
        }
