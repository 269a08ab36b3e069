from django.core.management.base import BaseCommand
from wagtail.models import Site

from core.site_url import site_address, site_url, sync_site


class Command(BaseCommand):
    help = "Write SITE_URL's host name and port into the default Wagtail Site (idempotent)."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            self.stdout.write("No default Site yet: load_demo_content or the admin creates it.")
            return
        hostname, port = site_address()
        changed = sync_site(site)
        state = "now" if changed else "already"
        self.stdout.write(f"The default Site is {state} {hostname}:{port} ({site_url()}).")
