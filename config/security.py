"""The Content-Security-Policy header, and the client's address behind the reverse proxy.

Django sets the other security headers itself (SecurityMiddleware: nosniff, Referrer-Policy;
XFrameOptionsMiddleware: X-Frame-Options) but 5.2 has no Content-Security-Policy (6.0 adds one).
Ours is one fixed string built from settings.SECURE_CSP: nothing on the site or in the admin runs
inline script, so there is no per-request nonce to make, and a dozen lines here are simpler to
read than a dependency (django-csp) whose settings format changed entirely in 4.0.
"""

import functools
import ipaddress
import logging

from django.conf import settings
from django.core import checks


def csp_header(policy):
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


class ContentSecurityPolicyMiddleware:
    """Add the policy to every response: pages (cached ones too, since this runs after the page
    cache has answered), the admin, errors, the API and static files. A response that already
    names a policy keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = csp_header(settings.SECURE_CSP)

    def __call__(self, request):
        response = self.get_response(request)
        # Django's DEBUG error pages style and script themselves inline; a policy would only
        # make them unreadable to the developer they are for.
        if settings.DEBUG and response.status_code in (404, 500):
            return response
        response.headers.setdefault("Content-Security-Policy", self.header)
        return response


def client_ip(request):
    """The client's address for django-axes.

    Each proxy appends to X-Forwarded-For the address it got the request from, so the header
    is read from its right end, one entry per proxy, and only while the address in hand is a
    proxy's own (settings.PROXY_ADDRESSES): a request that reached gunicorn from anywhere else is
    that address's, whatever its header says (else a client could write a new address into it
    for every try and never be locked out). At most settings.PROXY_COUNT entries are read, and
    never more than the header holds. A request that does not match the setup is logged."""
    address = request.META.get("REMOTE_ADDR")
    count = settings.PROXY_COUNT
    if not count:
        return address
    forwarded = [x.strip() for x in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if x.strip()]
    for hop in range(count):
        if not _is_proxy(address):
            if hop == 0:
                logger.warning(
                    "DJANGO_PROXY_COUNT is %s, but a request came from %s, which is not a proxy's address "
                    "(DJANGO_PROXY_ADDRESSES): is gunicorn reachable without the proxy? Its "
                    "X-Forwarded-For is ignored.", count, address,
                )
            else:
                logger.warning(
                    "DJANGO_PROXY_COUNT is %s, but a request passed %s proxy(ies) only: the last one "
                    "got it from %s, not a proxy's address (DJANGO_PROXY_ADDRESSES).", count, hop, address,
                )
            break
        if not forwarded:
            if hop or "HTTP_X_FORWARDED_FOR" in request.META:  # a probe of the proxy's host itself has none
                logger.warning(
                    "DJANGO_PROXY_COUNT is %s, but a request's X-Forwarded-For names only %s address(es)",
                    count, hop,
                )
            break
        address = forwarded.pop()
    return address


logger = logging.getLogger("doingoai.security")


def _is_proxy(address):
    try:
        address = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(address in network for network in _networks(tuple(settings.PROXY_ADDRESSES)))


@functools.cache
def _networks(addresses):
    return [ipaddress.ip_network(a, strict=False) for a in addresses]


@checks.register(checks.Tags.security)
def proxy_setup_check(app_configs, **kwargs):
    """The login throttle's view of the client's address must match what reaches gunicorn."""
    production = getattr(settings, "DJANGO_ENV", "") == "production"
    if settings.PROXY_COUNT and not production:
        return [
            checks.Warning(
                f"DJANGO_PROXY_COUNT is {settings.PROXY_COUNT} outside the documented proxy setup "
                "(DJANGO_ENV=production behind nginx).",
                hint="Without a proxy that appends the client's address, clients write X-Forwarded-For "
                "themselves: leave DJANGO_PROXY_COUNT unset (0). See docs/PRODUCTION.md, section 5.",
                id="doingoai.W001",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def proxy_count_deploy_check(app_configs, **kwargs):
    production = getattr(settings, "DJANGO_ENV", "") == "production"
    if production and not settings.PROXY_COUNT:
        return [
            checks.Warning(
                "DJANGO_PROXY_COUNT is 0 in production: behind nginx every request comes from nginx's "
                "address, so failed logins from anywhere lock an editor out everywhere.",
                hint="Set DJANGO_PROXY_COUNT=1 with the nginx setup of docs/PRODUCTION.md, section 5.",
                id="doingoai.W002",
            )
        ]
    return []
