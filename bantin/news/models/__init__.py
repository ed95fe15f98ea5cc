"""Page types of a portal: home, section (chuyên mục) and article.

See https://docs.wagtail.org/en/stable/topics/pages.html for the page tree these build on.
"""

from bantin.news.models.article import ArticlePage
from bantin.news.models.home import HomePage
from bantin.news.models.section import SectionPage

__all__ = ["ArticlePage", "HomePage", "SectionPage"]
