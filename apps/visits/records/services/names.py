"""Named records found by their canonical key or a variant, else created: officials, countries,
partner localities."""

from django.db.models import Q

from apps.lib.text import fold, name_key, slugify_vi

from ..models import Country, MergedSlug, Official, PartnerLocality
from .locks import name_lock


def _unique_slug(model, base):
    """A slug no record of ``model`` has, nor had before a merge took it away (that address
    answers a redirect to the kept record, and must go on doing so)."""
    base = (base or "x")[:200]
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists() or MergedSlug.objects.of(model).filter(old_slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _named_get_or_create(model, *, name, extra_filter=None, defaults=None):
    """Find a record by its canonical key (or a variant's), else create it."""
    key = name_key(name)
    name_lock(model, key)
    qs = model.objects.filter(**(extra_filter or {}))
    found = qs.filter(name_key=key).first()
    if found is None:
        for candidate in qs.filter(name_folded__contains=fold(name)).only("id", "name", "variants"):
            if key in {name_key(v) for v in candidate.variants}:
                found = candidate
                break
    if found is not None:
        if name != found.name and name not in found.variants and name_key(name) != name_key(found.name):
            found = model.objects.select_for_update().get(pk=found.pk)  # another writer may add one too
            if name not in found.variants:
                found.variants = [*found.variants, name]
                found.save(update_fields=["variants", "name_folded"])
        return found, False
    obj = model(name=name, **(extra_filter or {}), **(defaults or {}))
    obj.slug = _unique_slug(model, slugify_vi(name))
    obj.save()
    return obj, True


def official_get_or_create(*, name):
    return _named_get_or_create(Official, name=name)[0]


def country_get_or_create(*, name):
    return _named_get_or_create(Country, name=name)[0]


def partner_get_or_create(*, name, country=None, kind="", variants=()):
    """A partner locality within its country, found by its name or any spelling in ``variants``
    (gazetteer spellings and the article's own) among the records' names, then among their
    stored variants (a merged-away name lives on there); new spellings are remembered."""
    written = [v for v in [name, *variants] if v]
    keys = {name_key(v) for v in written}
    same_country = PartnerLocality.objects.filter(country=country)
    found = same_country.filter(name_key__in=keys).order_by("id").first()
    folded = {fold(v) for v in written} - {""}
    if found is None and folded:
        # Candidates whose folded names contain a spelling, then an exact check on the key.
        candidates = same_country.filter(Q.create([("name_folded__contains", f) for f in folded], connector=Q.OR))
        found = next(
            (c for c in candidates.order_by("id") if keys & {name_key(v) for v in c.variants}),
            None,
        )
    if found is None:
        spellings = {name_key(name)}
        kept = []
        for v in variants:
            if v and name_key(v) not in spellings:
                spellings.add(name_key(v))
                kept.append(v)
        obj = PartnerLocality(name=name, country=country, kind=kind, variants=kept)
        obj.slug = _unique_slug(PartnerLocality, slugify_vi(name))
        obj.save()
        return obj
    known = {name_key(v) for v in [found.name, *found.variants]}
    new = [v for v in dict.fromkeys(variants) if v and name_key(v) not in known]
    if new:
        found.variants = [*found.variants, *new]
        found.save(update_fields=["variants", "name_folded"])
    return found
