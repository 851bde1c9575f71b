"""English names for what the records keep in Vietnamese only: partners' countries (the
canonical names of apps/ingest/data/partners.json) and partner localities' kinds. Shown when
the interface language is English; any name not listed here is shown as stored."""

from django.utils.translation import get_language

COUNTRIES = {
    "Lào": "Laos", "Campuchia": "Cambodia", "Trung Quốc": "China", "Hàn Quốc": "South Korea",
    "Nhật Bản": "Japan", "Thái Lan": "Thailand", "Mông Cổ": "Mongolia", "Hoa Kỳ": "United States",
    "Úc": "Australia", "Pháp": "France", "Nga": "Russia", "Đức": "Germany", "Ý": "Italy",
    "Bỉ": "Belgium", "Tây Ban Nha": "Spain", "Canada": "Canada", "Ấn Độ": "India",
    "Indonesia": "Indonesia", "Philippines": "Philippines", "Malaysia": "Malaysia",
    "Myanmar": "Myanmar", "Cuba": "Cuba", "Uruguay": "Uruguay", "Belarus": "Belarus",
    "Anh": "United Kingdom", "Hà Lan": "Netherlands", "Thụy Điển": "Sweden",
    "Thụy Sĩ": "Switzerland", "Áo": "Austria", "Ba Lan": "Poland", "Séc": "Czech Republic",
    "Hungary": "Hungary", "Bulgaria": "Bulgaria", "Slovakia": "Slovakia", "Romania": "Romania",
    "Ukraine": "Ukraine", "Kazakhstan": "Kazakhstan", "Brazil": "Brazil", "Argentina": "Argentina",
    "Chile": "Chile", "Mexico": "Mexico", "Venezuela": "Venezuela", "New Zealand": "New Zealand",
    "Singapore": "Singapore", "Đan Mạch": "Denmark", "Na Uy": "Norway", "Phần Lan": "Finland",
    "Bồ Đào Nha": "Portugal", "Israel": "Israel", "Thổ Nhĩ Kỳ": "Türkiye",
    "Triều Tiên": "North Korea", "Đài Loan": "Taiwan", "Mozambique": "Mozambique",
    "Nam Phi": "South Africa", "Ai Cập": "Egypt", "Lithuania": "Lithuania", "Pakistan": "Pakistan",
    "Bangladesh": "Bangladesh", "Sri Lanka": "Sri Lanka", "Nepal": "Nepal", "Ireland": "Ireland",
    "Uzbekistan": "Uzbekistan", "Việt Nam": "Vietnam",
}

LOCALITY_KINDS = {
    "thành phố": "city", "tỉnh": "province", "bang": "state", "vùng": "region", "thủ đô": "capital",
    "hạt": "county", "huyện": "district", "nước cộng hòa": "republic", "vùng lãnh thổ": "territory",
    "tỉnh bang": "province", "khu tự trị": "autonomous region", "châu tự trị": "autonomous prefecture",
    "xứ": "country (of the United Kingdom)", "đặc khu hành chính": "special administrative region",
    "đặc khu": "special zone",
}


def _english():
    return (get_language() or "").startswith("en")


def country_name(name):
    """A country's name in the interface language."""
    return COUNTRIES.get(name, name) if name and _english() else name


def locality_kind(kind):
    """A partner locality's kind (tỉnh, bang, thành phố...) in the interface language."""
    return LOCALITY_KINDS.get(kind, kind) if kind and _english() else kind
