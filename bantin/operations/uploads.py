"""Limits on uploaded images: bytes and pixels, refused with a message naming the file.

Wagtail checks pixels only after Pillow has opened the image, and Pillow refuses anything
over twice its own limit (about 179 million pixels) with DecompressionBombError, which the
admin answered with a 500. The form field here turns that into the same "too many pixels"
message Wagtail gives below the limit.
"""

from django.core.exceptions import ValidationError
from PIL import Image as PillowImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

TOO_MANY_PIXELS = (
    "Ảnh %(name)s quá lớn: %(num_pixels)s điểm ảnh, tối đa %(max_pixels_count)s "
    "(khoảng 8000 × 5000). Hãy thu nhỏ ảnh rồi tải lên lại."
)


class LimitedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            return super().check_image_pixel_size(f)
        except PillowImage.DecompressionBombError as error:
            raise ValidationError(
                TOO_MANY_PIXELS,
                code="file_too_many_pixels",
                params={
                    "name": f.name,
                    "num_pixels": "hơn 179 triệu",
                    "max_pixels_count": f"{self.max_image_pixels:,}".replace(",", "."),
                },
            ) from error
        except ValidationError as error:
            if error.code != "file_too_many_pixels":
                raise
            width, height = f.image.get_size()
            raise ValidationError(
                TOO_MANY_PIXELS,
                code="file_too_many_pixels",
                params={
                    "name": f.name,
                    "num_pixels": f"{width} × {height}",
                    "max_pixels_count": f"{self.max_image_pixels:,}".replace(",", "."),
                },
            ) from error


class ImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: the admin's image form with the field above."""

    file = LimitedImageField(label="Tệp ảnh")
