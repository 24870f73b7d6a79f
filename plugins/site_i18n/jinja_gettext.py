"""Jinja's i18n extension with the translated strings kept per language (issue 15).

A page calls `_()` about a hundred times (labels, navigation, footer), so a large build makes
hundreds of thousands of calls. Jinja's newstyle gettext looks each string up, wraps it in Markup
and formats it every time, through two context.call hops. This extension does the same with each
translation wrapped once, returns a string without "%" as it is (formatting it with any variables
gives the same string), and calls the gettext it installed directly. Templates and catalogs are
unchanged: `_('Hello %(name)s', name=x)` still escapes x, `%%` is still a literal "%".
"""

from collections.abc import Callable
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.ext import InternationalizationExtension
from jinja2.runtime import Context
from markupsafe import Markup


def _cached_newstyle_gettext(func: Callable[[str], str]) -> Callable[..., str]:
    """Jinja's newstyle gettext (jinja2.ext._make_new_gettext), each translation looked up once."""
    translated: dict[tuple[str, bool], tuple[str, bool]] = {}

    @pass_context
    def gettext(context: Context, string: str, **variables: Any) -> str:
        autoescape = bool(context.eval_ctx.autoescape)
        found = translated.get((string, autoescape))
        if found is None:
            text = func(string)
            # The theme's own catalog, as Jinja's gettext marks it; variables are escaped by `%`.
            found = translated[(string, autoescape)] = (Markup(text) if autoescape else text, "%" in text)  # noqa: S704
        text, formatted = found
        return text % variables if formatted else text

    gettext.cached = True  # type: ignore[attr-defined]
    return gettext


@pass_context
def _gettext_alias(context: Context, *args: Any, **kwargs: Any) -> Any:
    """`_()`: the gettext in scope, called directly when it is the cached one."""
    gettext = context.resolve("gettext")
    if getattr(gettext, "cached", False):
        return gettext(context, *args, **kwargs)
    return context.call(gettext, *args, **kwargs)


class CachedI18n(InternationalizationExtension):
    """jinja2.ext.i18n with _cached_newstyle_gettext for newstyle gettext (what i18n_subsites installs);
    listed after jinja2.ext.i18n, it replaces that extension's gettext."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        # Listed after jinja2.ext.i18n (see pelicanconf.py), whose methods Environment.extend() kept:
        # this extension's take their place.
        environment.install_gettext_translations = self._install  # type: ignore[attr-defined]
        environment.install_null_translations = self._install_null  # type: ignore[attr-defined]
        environment.install_gettext_callables = self._install_callables  # type: ignore[attr-defined]
        environment.globals["_"] = _gettext_alias

    def _install_callables(self, gettext: Callable[[str], str], *args: Any, **kwargs: Any) -> None:
        super()._install_callables(gettext, *args, **kwargs)
        if self.environment.newstyle_gettext:  # type: ignore[attr-defined]
            self.environment.globals["gettext"] = _cached_newstyle_gettext(gettext)
