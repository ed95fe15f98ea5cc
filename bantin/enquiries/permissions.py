"""Who handles a site's enquiries: whoever may edit its Q&A page (the site's editors,
reviewers and site admins, as the page permissions say). Publishing an answer and deleting an
enquiry take the right to publish that page. Seeing who sent it (name, phone, email, address)
takes one more permission, `enquiries.view_submitter`, given to a group in Settings → Groups
(`bantin init` gives it to the site admins)."""

from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from bantin.enquiries.models import Enquiry, EnquiryIndexPage

PAGE_ACTIONS = {"view": "change", "change": "change", "delete": "publish", "publish": "publish"}


def can_see_submitter(user):
    return user.is_active and user.has_perm("enquiries.view_submitter")


class EnquiryPermissionPolicy(BasePermissionPolicy):
    def __init__(self):
        super().__init__(Enquiry)
        self.pages = PagePermissionPolicy()

    def user_has_permission(self, user, action):
        page_action = PAGE_ACTIONS.get(action)
        return bool(page_action) and self.pages.user_has_permission(user, page_action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        page_action = PAGE_ACTIONS.get(action)
        if page_action is None:
            return Enquiry.objects.none()
        pages = self.pages.instances_user_has_permission_for(user, page_action)
        return Enquiry.objects.filter(page__in=pages.type(EnquiryIndexPage).values("pk"))

    def instances_user_has_any_permission_for(self, user, actions):
        return self.instances_user_has_permission_for(user, "change")

    def user_has_permission_for_instance(self, user, action, instance):
        page_action = PAGE_ACTIONS.get(action)
        return bool(page_action) and self.pages.user_has_permission_for_instance(
            user, page_action, instance.page
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def users_with_permission(self, action, include_superusers=True):
        page_action = PAGE_ACTIONS.get(action, action)
        return self.pages.users_with_permission(page_action, include_superusers)

    def users_with_any_permission(self, actions, include_superusers=True):
        return self.users_with_permission("change", include_superusers)

    def handlers_of(self, enquiry):
        """The people an enquiry may be assigned to: those who may handle it."""
        return self.pages.users_with_permission_for_instance("change", enquiry.page).order_by(
            "first_name", "last_name", "username"
        )


policy = EnquiryPermissionPolicy()
