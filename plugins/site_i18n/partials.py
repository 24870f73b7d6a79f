"""Partials that are the same on every page of a language (the footer): rendered once, not per page.

A language's pass writes thousands of pages (issue 15) and the footer of each was rendered anew
from the same settings, links and translations. same_on_every_page renders it once per Jinja
environment (Pelican makes one per generator and build, so the preview's next build renders it
again) and reuses the text. Only for a partial that uses nothing of the page it is on.
"""

from weakref import WeakKeyDictionary

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

_RENDERED: "WeakKeyDictionary[Environment, dict[str, Markup]]" = WeakKeyDictionary()


@pass_context
def same_on_every_page(context: Context, name: str) -> Markup:
    """The template `name` as {% include %} would render it on this page, rendered once per environment."""
    rendered = _RENDERED.setdefault(context.environment, {})
    if name not in rendered:
        # The template's own output: its values were escaped as it rendered (autoescape).
        rendered[name] = Markup(context.environment.get_template(name).render(context.get_all()))  # noqa: S704
    return rendered[name]
