from django import template

from bantin.wards.gathering import ward_news, ward_results

register = template.Library()


@register.inclusion_tag("wards/news.html", takes_context=True)
def ward_news_blocks(context):
    request = context.get("request")
    return {"blocks": ward_news(context.get("portal_site"), request=request), "request": request}


@register.inclusion_tag("wards/results.html", takes_context=True)
def ward_search_results(context, text):
    request = context.get("request")
    found = ward_results(context.get("portal_site"), text, request)
    return {**found, "q": text, "request": request}
