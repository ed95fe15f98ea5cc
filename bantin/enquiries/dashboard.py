"""The admin dashboard's panel: what is overdue, due soon, assigned to me, not yet assigned,
and the most urgent few, for the sites whose Q&A the user handles."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from bantin.enquiries.models import Enquiry
from bantin.enquiries.permissions import policy
from bantin.officedays.calendar import add_working_days

SOON_DAYS = 2
URGENT_SHOWN = 5


class EnquiriesPanel(Component):
    name = "enquiries"
    template_name = "enquiries/admin/dashboard_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        today = timezone.localdate()
        still_open = policy.instances_user_has_permission_for(user, "change").filter(
            status__in=Enquiry.OPEN
        )
        soon_until = add_working_days(today, SOON_DAYS)
        context.update(
            overdue=still_open.filter(due_on__lt=today).count(),
            soon=still_open.filter(due_on__gte=today, due_on__lte=soon_until).count(),
            mine=still_open.filter(assigned_to=user).count(),
            unassigned=still_open.filter(status=Enquiry.RECEIVED).count(),
            urgent=[
                (enquiry, enquiry.deadline(today, SOON_DAYS))
                for enquiry in still_open.order_by("due_on", "pk")[:URGENT_SHOWN]
            ],
            soon_days=SOON_DAYS,
        )
        return context
