"""An editor records the course of a request: each step (raised with, forwarded to, answered,
resolved, dropped) with who recorded it; the latest step sets the request's status."""

from django.db import transaction

from ..choices import RequestStatus
from ..models import RequestStep


@transaction.atomic
def request_steps_save(*, request, steps=(), deleted=(), by=None):
    """Save ``steps`` of ``request`` (new ones are recorded as ``by``'s), delete ``deleted``,
    then set the request's status from its latest step (``raised`` when none is left). Call
    it only when steps changed: a status an editor typed is otherwise the editor's. The request's history row names ``by``."""
    for step in deleted:
        if step.pk is not None:
            step.delete()
    for step in steps:
        step.request = request
        if step.pk is None:
            step.user = by
        step.save()
    latest = RequestStep.objects.filter(request=request).in_order().last()
    # The latest step's state; with every step deleted, back to where a request starts.
    request.status = latest.step if latest is not None else RequestStatus.RAISED
    # Saved even when the status stays: the history row it writes moves the data version, so the
    # cached public page shows the new step.
    request._history_user = by
    request.save(update_fields=["status"])
    return request


def request_step_add(*, request, step, date=None, party="", reply="", document_number="", by=None):
    """Record one step of ``request`` (dated today unless ``date``) and set its status."""
    new = RequestStep(step=step, party=party, reply=reply, document_number=document_number)
    if date is not None:
        new.date = date
    request_steps_save(request=request, steps=[new], by=by)
    return new
