import html

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Site

from bantin.multisite.metadata import metadata

register = template.Library()


@register.inclusion_tag("multisite/includes/metadata.html", takes_context=True)
def page_metadata(context, title, description):
    """Dublin Core, OpenGraph and (on articles) NewsArticle tags for the page being shown."""
    request = context.get("request")
    site = context.get("portal_site") or (Site.find_for_request(request) if request else None)
    page = context.get("page")
    if page is not None and not hasattr(page, "last_published_at"):
        page = None
    return {"meta": metadata(request, site, page, _text(title), _text(description))}


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        context[self.name] = mark_safe(self.nodelist.render(context))  # noqa: S308 (rendered, escaped)
        return ""


@register.tag
def capture(parser, token):
    """{% capture as NAME %}…{% endcapture %}: renders the content once into NAME, so a
    block the child templates fill (the title, the description) can be used twice."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("dùng: {% capture as TÊN %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


def _text(rendered):
    """Text of a rendered block: its escapes undone, to be escaped once by the template."""
    return " ".join(html.unescape(str(rendered)).split())
