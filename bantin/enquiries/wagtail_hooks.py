from wagtail import hooks

from bantin.enquiries.adminviews import EnquiryViewSet
from bantin.enquiries.dashboard import EnquiriesPanel
from bantin.enquiries.permissions import policy


@hooks.register("register_admin_viewset")
def register_enquiries():
    return EnquiryViewSet()


@hooks.register("construct_homepage_panels")
def enquiries_panel(request, panels):
    if policy.user_has_permission(request.user, "change"):
        panels.append(EnquiriesPanel())
