from django import template

from bantin.downtime.notices import current_notice

register = template.Library()


@register.inclusion_tag("downtime/banner.html", takes_context=True)
def downtime_banner(context):
    return {"notice": current_notice(context.get("portal_site"))}
