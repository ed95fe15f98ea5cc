"""The pages every government site has, made live and in the menu: what `bantin site add`
gives a new ward or commune so that it answers Decree 224 from its first minute, and what
`bantin init` starts the sample site from. Each app owns its page (its `ensure_…`); this
module only lists them, in the menu's order."""


def ensure_standard_pages(site):
    """Creates what the site lacks of: introduction, documents, drafts for comment, work
    calendar, Q&A, English page and sitemap page. Pages already there are left alone."""
    from bantin.consultation.sample import ensure_index as ensure_consultation
    from bantin.enquiries.sample import ensure_index as ensure_enquiries
    from bantin.introduction.sample import ensure_english, ensure_introduction
    from bantin.legaldocs.sample import ensure_library
    from bantin.multisite.sitetree import ensure_sitemap
    from bantin.workcalendar.sample import ensure_calendar

    ensure_introduction(site)
    ensure_library(site)
    ensure_calendar(site)
    # no sample ward's residential groups or address on a new site's Q&A form
    ensure_enquiries(
        site,
        places="",
        other_ways=f"Gửi thư hoặc đến Bộ phận tiếp công dân của {site.site_name} trong giờ "
        "hành chính.",
    )
    ensure_consultation(site)
    ensure_english(site)
    ensure_sitemap(site)
