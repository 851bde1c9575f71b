"""English names for what the records keep in Vietnamese only: partners' countries (from the
one list of countries, apps/lib/data/countries.json) and partner localities' kinds. Shown when
the interface language is English; any name not listed here is shown as stored."""

from django.utils.translation import get_language

from apps.lib import countries

LOCALITY_KINDS = {
    "thành phố": "city", "tỉnh": "province", "bang": "state", "vùng": "region", "thủ đô": "capital",
    "hạt": "county", "huyện": "district", "nước cộng hòa": "republic", "vùng lãnh thổ": "territory",
    "tỉnh bang": "province", "khu tự trị": "autonomous region", "châu tự trị": "autonomous prefecture",
    "huyện tự trị": "autonomous county",
    "xứ": "country (of the United Kingdom)", "đặc khu hành chính": "special administrative region",
    "đặc khu": "special zone",
}


def _english():
    return (get_language() or "").startswith("en")


def country_name(name):
    """A country's name in the interface language."""
    return countries.english_names().get(name, name) if name and _english() else name


def locality_kind(kind):
    """A partner locality's kind (tỉnh, bang, thành phố...) in the interface language."""
    return LOCALITY_KINDS.get(kind, kind) if kind and _english() else kind
