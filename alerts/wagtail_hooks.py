from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import PERMISSION


@hooks.register("register_admin_urls")
def register_alert_counts_url():
    from .admin_views import counts

    return [path("offer-alerts/", counts, name="alert_counts")]


class AlertCountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_alert_counts_menu_item():
    return AlertCountsMenuItem(
        _("Offer alerts"), reverse("alert_counts"), icon_name="mail", order=1500
    )


@hooks.register("register_permissions")
def register_alert_counts_permission():
    """Offered in admin › Settings › Groups, so HR can be given the counts and no one else."""
    app_label, codename = PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
