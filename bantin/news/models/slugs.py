from bantin.vietnamese import slugify


class AsciiSlugMixin:
    """Folds every slug to ASCII: "Đảng bộ Quận" becomes "dang-bo-quan".

    Wagtail's own transliteration has no Vietnamese table (it drops or mangles đ and stacked
    marks), so the slug it proposes from the title is replaced here on every save.
    """

    def full_clean(self, *args, **kwargs):
        self.slug = slugify(self.slug or "") or slugify(self.title or "") or "bai-viet"
        super().full_clean(*args, **kwargs)
