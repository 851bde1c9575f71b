"""The source articles beside an activity's fields in admin: each article's cleaned text with
every evidence sentence marked (officials, requests, partners, and each doubt's sentence, with
an anchor its doubt links to). The text is untrusted: everything is escaped."""

import re

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from apps.visits.records.models import Article, Doubt


def doubt_label(code):
    return Doubt(code).label if code in Doubt.values else code


def find_evidence(text, evidence):
    """(start, end) of a doubt's evidence in ``text``: it was stored with its whitespace
    collapsed, so any run of whitespace matches between its words."""
    words = evidence.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return found.span() if found else None


def marked(text, spans):
    """Escape ``text`` and wrap each (start, end, label, anchor) span in <mark>; overlapping
    spans become one mark carrying every label and anchor."""
    spans = sorted(
        (max(0, s), min(len(text), e), label, anchor) for s, e, label, anchor in spans if s is not None and e and s < e
    )
    groups = []
    for start, end, label, anchor in spans:
        if groups and start <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], end)
            groups[-1][2].append(label)
            groups[-1][3].append(anchor)
        else:
            groups.append([start, end, [label], [anchor]])
    out, pos = [], 0
    for start, end, labels, anchors in groups:
        out.append(escape(text[pos:start]))
        out.extend(f'<span id="{escape(a)}"></span>' for a in anchors if a)
        title = ", ".join(dict.fromkeys(map(str, labels)))
        out.append(f'<mark class="evidence" title="{escape(title)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out).replace("\n", "<br>\n"))


def article_panel(activity):
    """{"doubts": [(label, evidence, anchor or None)], "articles": [{"article", "html"}]} with
    the articles read in one query and the evidence rows in three."""
    articles = list(Article.objects.filter(activity=activity).order_by("published", "id"))
    spans = {a.pk: [] for a in articles}
    for part in activity.participations.select_related("official"):
        spans.get(part.article_id, []).append((part.span_start, part.span_end, part.official.name, None))
    for req in activity.requests.all():
        spans.get(req.article_id, []).append((req.span_start, req.span_end, _("request"), None))
    for mention in activity.partner_mentions.select_related("partner"):
        spans.get(mention.article_id, []).append((mention.span_start, mention.span_end, mention.partner.name, None))
    doubts = []
    for i, doubt in enumerate(activity.doubts or []):
        anchor = None
        evidence = doubt.get("evidence") or ""
        for article in articles:
            if evidence and article.source_name == doubt.get("source"):
                where = find_evidence(article.clean_text, evidence)
                if where:
                    anchor = f"doubt-{i}"
                    spans[article.pk].append((*where, doubt_label(doubt["code"]), anchor))
                break
        doubts.append((doubt_label(doubt.get("code")), evidence, anchor))
    return {
        "doubts": doubts,
        "articles": [{"article": a, "html": marked(a.clean_text, spans[a.pk])} for a in articles],
    }


def doubt_links(doubts):
    """The doubts of a change page, each linking to its marked sentence in the article."""
    if not doubts:
        return "—"
    return format_html(
        "<ul class='doubts'>{}</ul>",
        format_html_join(
            "",
            "<li>{}</li>",
            (
                (
                    format_html('<a href="#{}"><strong>{}</strong>: <q>{}</q></a>', anchor, label, evidence)
                    if anchor
                    else format_html("<strong>{}</strong>{}", label, format_html(": <q>{}</q>", evidence) if evidence else "")
                ,)
                for label, evidence, anchor in doubts
            ),
        ),
    )
