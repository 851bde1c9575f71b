"""Article text with evidence spans marked, safe to put in a page (the text is untrusted)."""

from django.utils.html import escape
from django.utils.safestring import mark_safe


def highlight(text, spans):
    """Escape ``text`` and wrap each (start, end, label) span in <mark>; overlaps are merged."""
    cleaned = sorted((max(0, s), min(len(text), e), label) for s, e, label in spans if s is not None and e and s < e)
    merged = []
    for start, end, label in cleaned:
        if merged and start <= merged[-1][1]:
            prev = merged[-1]
            merged[-1] = (prev[0], max(prev[1], end), prev[2] if label in prev[2] else f"{prev[2]}, {label}")
        else:
            merged.append((start, end, label))
    out, pos = [], 0
    for start, end, label in merged:
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="evidence" title="{escape(label)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out).replace("\n", "<br>\n"))
