from django.apps import AppConfig


class ProvincesConfig(AppConfig):
    name = "apps.provinces"
    verbose_name = "Provinces"
