"""The Content-Security-Policy header, and the client's address behind the reverse proxy.

Django sets the other security headers itself (SecurityMiddleware: nosniff, Referrer-Policy;
XFrameOptionsMiddleware: X-Frame-Options) but 5.2 has no Content-Security-Policy (6.0 adds one).
Ours is one fixed string built from settings.SECURE_CSP: nothing on the site or in the admin runs
inline script, so there is no per-request nonce to make, and a dozen lines here are simpler to
read than a dependency (django-csp) whose settings format changed entirely in 4.0.
"""

from django.conf import settings


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
    """The client's address for django-axes: the entry settings.PROXY_COUNT places from the
    right of X-Forwarded-For (each proxy appends the address it saw, so entries further left are
    whatever the client sent), or the socket's peer when no proxy is configured."""
    count = settings.PROXY_COUNT
    forwarded = [x.strip() for x in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if x.strip()]
    if count and len(forwarded) >= count:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
