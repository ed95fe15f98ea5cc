"""Who moderates comments: whoever may publish the draft page they are about (the site's
reviewers and site admins, as its page permissions say), and no one else."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from bantin.consultation.models import DraftComment

ACTIONS = {"view", "change", "delete"}


class CommentPermissionPolicy(BasePermissionPolicy):
    def __init__(self):
        super().__init__(DraftComment)
        self.pages = PagePermissionPolicy()

    def user_has_permission(self, user, action):
        return action in ACTIONS and self.pages.user_has_permission(user, "publish")

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        if action not in ACTIONS:
            return DraftComment.objects.none()
        pages = self.pages.instances_user_has_permission_for(user, "publish")
        return DraftComment.objects.filter(page__in=pages.values("pk"))

    def instances_user_has_any_permission_for(self, user, actions):
        return self.instances_user_has_permission_for(user, "change")

    def user_has_permission_for_instance(self, user, action, instance):
        return action in ACTIONS and self.pages.user_has_permission_for_instance(
            user, "publish", instance.page
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def users_with_permission(self, action, include_superusers=True):
        if action not in ACTIONS:
            return get_user_model().objects.none()
        return self.pages.users_with_permission("publish", include_superusers)

    def users_with_any_permission(self, actions, include_superusers=True):
        return self.users_with_permission("change", include_superusers)
