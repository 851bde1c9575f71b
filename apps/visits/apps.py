from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "apps.visits"
    verbose_name = _("Activities")

    def ready(self):
        import config.security  # noqa: F401  (registers the proxy setup's system checks)

        from .editing import admin  # noqa: F401  (registers the records' admin pages)
