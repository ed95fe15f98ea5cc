"""The moderation screen (Góp ý dự thảo): each moderator sees the comments of the drafts
they may publish; publishing or refusing a comment records who did it and when."""

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from bantin.consultation.models import DraftComment
from bantin.consultation.permissions import CommentPermissionPolicy


class PermittedQuerysetMixin:
    def get_permitted_comments(self):
        return self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        ).select_related("page")


class CommentIndexView(PermittedQuerysetMixin, generic.IndexView):
    def get_base_queryset(self):
        return self.get_permitted_comments()


class CommentEditView(PermittedQuerysetMixin, generic.EditView):
    def get_queryset(self):
        return self.get_permitted_comments()

    def save_instance(self):
        comment = self.form.save(commit=False)
        if "status" in self.form.changed_data:
            comment.moderated_at = timezone.now()
            comment.moderated_by = self.request.user
        comment.save()
        return comment


class CommentDeleteView(PermittedQuerysetMixin, generic.DeleteView):
    def get_queryset(self):
        return self.get_permitted_comments()


class DraftCommentViewSet(ModelViewSet):
    model = DraftComment
    icon = "comment"
    menu_label = "Góp ý dự thảo"
    menu_name = "draft-comments"
    menu_order = 260
    add_to_admin_menu = True
    name = "gop-y-du-thao"
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    delete_view_class = CommentDeleteView
    permission_policy = CommentPermissionPolicy()
    list_display = [
        Column("name", label="Người góp ý"),
        Column("page", label="Dự thảo"),
        Column("status", label="Trạng thái", accessor="get_status_display"),
        DateColumn("submitted_at", label="Thời điểm gửi"),
    ]
    list_filter = ["status"]
    search_fields = ["name", "body"]
    ordering = ["-submitted_at"]
    inspect_view_enabled = False
    copy_view_enabled = False
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_comment_moderation():
    return DraftCommentViewSet()
