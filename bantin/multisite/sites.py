"""Creating a site: its home page, its Wagtail Site record, its sections and its editors."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from bantin.multisite.models import PortalSettings

DEFAULT_SECTIONS = ("Tin tức sự kiện", "Hoạt động Chính quyền", "Đảng - đoàn thể")
ROLES = {
    "Biên tập viên": ["add_page", "change_page"],
    "Lãnh đạo duyệt tin": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Quản trị trang": [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "delete_page",
    ],
}
IMAGE_PERMISSIONS = ["add_image", "change_image", "choose_image"]
REVIEWER_ROLE = "Lãnh đạo duyệt tin"


class SiteError(Exception):
    pass


@transaction.atomic
def create_site(hostname, name, port=80, default=False, sections=DEFAULT_SECTIONS):
    from bantin.news.models import HomePage, SectionPage
    from bantin.news.models.slugs import unique_slug

    hostname = hostname.strip().lower()
    if not hostname or any(char in hostname for char in "/: "):
        raise SiteError(f"tên miền không hợp lệ: {hostname!r}")
    if Site.objects.filter(hostname=hostname, port=port).exists():
        raise SiteError(f"đã có trang {hostname}:{port}")
    root = Page.get_first_root_node()
    home = HomePage(title=name, slug=unique_slug(root, hostname, fallback="trang"))
    root.add_child(instance=home)
    home.save_revision().publish()
    if default:
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
    site = Site.objects.create(
        hostname=hostname, port=port, site_name=name, root_page=home, is_default_site=default
    )
    PortalSettings.objects.get_or_create(site=site)
    for title in sections:
        section = SectionPage(title=title, slug=unique_slug(home, title))
        home.add_child(instance=section)
        section.save_revision().publish()
    groups = create_roles(site, home)
    create_review_workflow(site, home, groups[REVIEWER_ROLE])
    return site


def create_roles(site, home):
    """Editor groups that reach only this site's pages and image collection."""
    collection_root = Collection.get_first_root_node()
    collection = collection_root.get_children().filter(name=site.site_name).first()
    collection = collection or collection_root.add_child(name=site.site_name)
    admin_access = Permission.objects.get(codename="access_admin")
    image_permissions = Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=IMAGE_PERMISSIONS
    )
    groups = {}
    for role, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=f"{site.site_name} - {role}")
        groups[role] = group
        group.permissions.add(admin_access)
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        for permission in image_permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    return groups


def create_review_workflow(site, home, reviewers):
    """Articles a writer submits wait for this site's reviewers (lãnh đạo duyệt tin)."""
    workflow = Workflow.objects.create(name=f"Duyệt tin - {site.site_name}")
    task = GroupApprovalTask.objects.create(name=f"Lãnh đạo duyệt - {site.site_name}")
    task.groups.set([reviewers])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})


def resolve_site(hostname=None):
    """The site with that host name, or the default site when none is given."""
    sites = Site.objects.select_related("root_page")
    site = (
        sites.filter(hostname=hostname).first()
        if hostname
        else sites.filter(is_default_site=True).first()
    )
    if site is None:
        wanted = hostname or "mặc định"
        raise SiteError(f"không có trang {wanted}; tạo bằng: bantin site add --hostname ...")
    return site
