"""Citizens' questions and reports (hỏi đáp, phản ánh kiến nghị): the site's page for them,
each enquiry with its files, and the site's settings for answering them."""

from .enquiry import Enquiry, EnquiryFile
from .pages import EnquiryIndexPage
from .settings import EnquirySettings

__all__ = ["Enquiry", "EnquiryFile", "EnquiryIndexPage", "EnquirySettings"]
