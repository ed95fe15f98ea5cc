"""Hỏi đáp, phản ánh in the admin: the work list with its filters (status, kind, overdue,
assigned to me), the handling form, and the files citizens sent, downloaded through here.

Each user sees the enquiries of the sites whose Q&A page they may edit (permissions.py); the
list never shows who sent an enquiry, and its search does not look at names either."""

import django_filters
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import BooleanRadioSelect

from bantin.attachments.routes import download_response
from bantin.enquiries.adminform import PANELS, EnquiryAdminForm
from bantin.enquiries.codes import read_code
from bantin.enquiries.models import Enquiry, EnquiryFile, EnquirySettings
from bantin.enquiries.permissions import policy


class EnquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label="Trạng thái", choices=Enquiry.STATUSES)
    kind = django_filters.ChoiceFilter(label="Loại", choices=Enquiry.KINDS)
    overdue = django_filters.BooleanFilter(
        label="Quá hạn trả lời", method="filter_overdue", widget=BooleanRadioSelect
    )
    mine = django_filters.BooleanFilter(
        label="Giao cho tôi", method="filter_mine", widget=BooleanRadioSelect
    )

    class Meta:
        model = Enquiry
        fields = ["status", "kind"]

    def filter_overdue(self, queryset, name, value):
        late = {"status__in": Enquiry.OPEN, "due_on__lt": timezone.localdate()}
        return queryset.filter(**late) if value else queryset.exclude(**late)

    def filter_mine(self, queryset, name, value):
        user = self.request.user
        return queryset.filter(assigned_to=user) if value else queryset.exclude(assigned_to=user)


class DeadlineColumn(Column):
    """The due day, with "quá hạn" or "còn N ngày làm việc" for open enquiries."""

    cell_template_name = "enquiries/admin/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        remembered = request.__dict__.setdefault("_bantin_reminder_days", {})
        if instance.page_id not in remembered:
            site = instance.page.get_site()
            settings = EnquirySettings.for_site(site) if site else EnquirySettings()
            remembered[instance.page_id] = settings.reminder_days
        context["deadline"] = instance.deadline(reminder_days=remembered[instance.page_id])
        context["enquiry"] = instance
        return context


class PermittedMixin:
    def get_permitted(self):
        return policy.instances_user_has_permission_for(self.request.user, "change")


class EnquiryIndexView(PermittedMixin, generic.IndexView):
    default_ordering = "due_on"

    def get_base_queryset(self):
        return self.get_permitted().select_related("page", "assigned_to")

    def search_queryset(self, queryset):
        found = super().search_queryset(queryset)
        code = read_code(self.search_query) if self.is_searching else None
        return found | queryset.filter(code=code) if code else found

    def order_queryset(self, queryset):
        if "ordering" in self.request.GET:
            return super().order_queryset(queryset)
        still_open = Case(
            When(status__in=Enquiry.OPEN, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return queryset.order_by(still_open, "due_on", "pk")


class EnquiryEditView(PermittedMixin, generic.EditView):
    def get_queryset(self):
        return self.get_permitted().select_related("page", "assigned_to")

    def get_success_message(self):
        return f"Đã lưu “{self.object}”: {self.object.get_status_display().lower()}."


class EnquiryDeleteView(PermittedMixin, generic.DeleteView):
    def get_queryset(self):
        return policy.instances_user_has_permission_for(self.request.user, "delete")


def file_download(request, pk):
    """A file of an enquiry, for those who may handle the enquiry."""
    file = get_object_or_404(EnquiryFile.objects.select_related("enquiry__page"), pk=pk)
    if not policy.user_has_permission_for_instance(request.user, "change", file.enquiry):
        raise Http404("Không có tệp này")
    return download_response(file)


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    icon = "help"
    menu_label = "Hỏi đáp, phản ánh"
    menu_name = "enquiries"
    menu_order = 250
    add_to_admin_menu = True
    name = "hoi-dap"
    index_view_class = EnquiryIndexView
    edit_view_class = EnquiryEditView
    delete_view_class = EnquiryDeleteView
    permission_policy = policy
    filterset_class = EnquiryFilterSet
    edit_handler = ObjectList(PANELS, base_form_class=EnquiryAdminForm)
    list_display = [
        TitleColumn("title", label="Tiêu đề", url_name="hoi-dap:edit"),
        Column("code_text", label="Mã", sort_key="code"),
        Column("kind", label="Loại", accessor="get_kind_display"),
        DateColumn("received_at", label="Ngày nhận", sort_key="received_at"),
        DeadlineColumn("due_on", label="Hạn trả lời", sort_key="due_on"),
        Column("status", label="Trạng thái", accessor="get_status_display", sort_key="status"),
        Column("handler", label="Xử lý", accessor="handler_text"),
    ]
    search_fields = ["code", "title", "body"]
    inspect_view_enabled = False
    copy_view_enabled = False
    add_to_reference_index = False

    def get_permissions_to_register(self):
        """Only the permission that means something on its own: who may handle an enquiry
        follows the page permissions (permissions.py), not the model's add/change/delete."""
        return super().get_permissions_to_register().filter(codename="view_submitter")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("tep/<int:pk>/", file_download, name="file"),
        ]
