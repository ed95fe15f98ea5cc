from django import template
from wagtail.models import Site

from bantin.legaldocs.linking import keys_in, library_urls, link_numbers

register = template.Library()


@register.simple_tag(takes_context=True)
def document_links(context, html):
    """An article's body with the document numbers it mentions linked to the documents in
    this site's library: {% document_links body_html %}. No query when none is mentioned."""
    keys = keys_in(str(html))
    if not keys:
        return html
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return link_numbers(html, library_urls(keys, site, request))
