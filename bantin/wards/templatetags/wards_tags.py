from django import template

from bantin.wards.gathering import ward_news, ward_results

register = template.Library()


@register.inclusion_tag("wards/news.html", takes_context=True)
def ward_news_blocks(context):
    return {"blocks": ward_news(context.get("portal_site")), "request": context.get("request")}


@register.inclusion_tag("wards/results.html", takes_context=True)
def ward_search_results(context, text):
    found = ward_results(context.get("portal_site"), text)
    return {**found, "q": text, "request": context.get("request")}
