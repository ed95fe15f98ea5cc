import secrets
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.models import Page, Site

from bantin.consultation.sample import create_sample as sample_drafts
from bantin.enquiries.sample import create_sample as sample_enquiries
from bantin.legacy.storing.load import import_file
from bantin.legaldocs.sample import create_sample as sample_documents
from bantin.multisite.models import PortalSettings
from bantin.multisite.sites import create_site
from bantin.news.models import ArticlePage, HomePage
from bantin.people.sample import create_sample as sample_leaders
from bantin.sample.images import PAGES_DIR, write_images
from bantin.workcalendar.sample import create_sample as sample_calendar

DEFAULT_NAME = "Cổng thông tin điện tử Phường Hoa Sen"
SAMPLE_SETTINGS = {
    "organisation": "Ủy ban nhân dân Phường Hoa Sen, tỉnh Bình An",
    "responsible_person": "Chánh Văn phòng HĐND và UBND phường",
    "address": "Số 1 đường Trung Tâm, Phường Hoa Sen, tỉnh Bình An",
    "phone": "0200 3800 000",
    "email": "vanphong@phuonghoasen.example",
}


class Command(BaseCommand):
    help = "Chuẩn bị cơ sở dữ liệu, trang mặc định và bài mẫu (chạy lại nhiều lần vẫn an toàn)."

    def add_arguments(self, parser):
        parser.add_argument("--no-sample", action="store_true", help="không nạp bài mẫu")
        parser.add_argument("--hostname", default="localhost")
        parser.add_argument("--name", default=DEFAULT_NAME)

    def handle(self, *args, no_sample=False, hostname="localhost", name=DEFAULT_NAME, **options):
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        site = self.default_site(hostname, name)
        if not no_sample and not ArticlePage.objects.descendant_of(site.root_page).exists():
            PortalSettings.objects.filter(site=site).update(**SAMPLE_SETTINGS)
            self.load_sample(site)
            samples = (
                sample_documents,
                sample_drafts,
                sample_calendar,
                sample_enquiries,
                sample_leaders,
            )
            for create_sample in samples:
                create_sample(site)
        self.ensure_admin()
        self.stdout.write(f"Sẵn sàng: {site.site_name} ({settings.DATA_DIR})")

    def default_site(self, hostname, name):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site
        Site.objects.filter(root_page__depth=2, root_page__content_type__model="page").delete()
        Page.objects.filter(depth=2, content_type__model="page").delete()
        return create_site(hostname, name, default=True)

    def load_sample(self, site):
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            for page in sorted(PAGES_DIR.glob("*.txt")):
                shutil.copy(page, folder / page.name)
            write_images(folder)
            for page in sorted(folder.glob("*.txt")):
                import_file(page, site, source=f"mau/{page.name}")
        self.stdout.write(f"Đã nạp {ArticlePage.objects.count()} bài mẫu.")

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "", password)
        note = settings.DATA_DIR / "admin-password.txt"
        note.write_text(f"admin\n{password}\n")
        note.chmod(0o600)
        self.stdout.write(
            f"Tài khoản quản trị: admin / {password} (đã ghi vào {note}; hãy đổi mật khẩu)"
        )
