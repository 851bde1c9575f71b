"""Form widgets rendered in Python. Django renders each widget, and each <option>, through a
template: about 1 ms per input and 5 ms per select with a hundred options, the bulk of a
filtered list page's time."""

import functools

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


def _attrs(attrs):
    return format_html_join("", ' {}="{}"', ((k, v) for k, v in attrs.items() if v not in (None, False)))


@functools.lru_cache(maxsize=256)
def _options(choices):
    """Each option's HTML, unselected and selected, for a tuple of (value, label) strings: the
    escaping of a hundred provinces is done once per list of choices, not on every page."""
    return [
        (value, format_html('<option value="{}">{}</option>', value, label),
         format_html('<option value="{}" selected>{}</option>', value, label))
        for value, label in choices
    ]


class FastSelect(forms.Select):
    """A choice whose label is a list of choices is an <optgroup> of them."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        selected = {str(v) for v in self.format_value(value)}

        def options(choices):
            choices = tuple((str(v), str(label)) for v, label in choices)  # labels in the active language
            return "".join(on if v in selected else off for v, off, on in _options(choices))

        parts, flat = [], []
        for v, label in self.choices:
            if isinstance(label, list | tuple):
                parts.append(options(flat))
                flat = []
                parts.append(format_html('<optgroup label="{}">', v) + mark_safe(options(label)) + "</optgroup>")  # noqa: S308
            else:
                flat.append((v, label))
        parts.append(options(flat))
        return format_html("<select{}>{}</select>", _attrs(attrs), mark_safe("".join(parts)))  # noqa: S308 (escaped above)


class FastInput(forms.TextInput):
    date_format = None  # a DateInput's format: a valid date is shown back as the field reads it

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name, "type": self.input_type})
        if self.date_format and hasattr(value, "strftime"):
            value = value.strftime(self.date_format)
        value = self.format_value(value)
        if value is not None:
            attrs["value"] = value
        return format_html("<input{}>", _attrs(attrs))


def speed_up_widgets(form):
    """Swap plain Select, TextInput and DateInput widgets for Python-rendered ones."""
    for field in form.fields.values():
        widget = field.widget
        if type(widget) is forms.Select:
            fast = FastSelect(attrs=widget.attrs)
            fast.choices = widget.choices
        elif type(widget) in (forms.TextInput, forms.DateInput):
            fast = FastInput(attrs=widget.attrs)
            fast.input_type = widget.attrs.get("type", "text")
            fast.date_format = getattr(widget, "format", None)
        else:
            continue
        fast.is_required = widget.is_required
        field.widget = fast
    return form
