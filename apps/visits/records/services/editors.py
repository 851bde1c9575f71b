"""Attaching an editor to the provinces whose records they change."""

from django.db import transaction

from ..models import EditorScope


@transaction.atomic
def editor_provinces_set(*, user, provinces):
    """Attach ``user`` to exactly these current units (each covers its pre-2025 predecessors);
    a pre-2025 unit given is replaced by the current unit holding it."""
    scope, _ = EditorScope.objects.get_or_create(user=user)
    scope.provinces.set({p.current_unit or p for p in provinces})
    return scope
