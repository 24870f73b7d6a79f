"""The faster gettext renders exactly what Jinja's own newstyle gettext renders."""

import gettext
from typing import ClassVar

import pytest
from jinja2 import DictLoader, Environment

TEMPLATE = (
    "{{ _('Hello') }}|{{ _('Posts by %(name)s', name=who) }}|{{ _('100%% local') }}|"
    "{% trans %}Hello{% endtrans %}|{{ _('Hello') }}"
)


class _Swedish(gettext.NullTranslations):
    CATALOG: ClassVar[dict[str, str]] = {
        "Hello": "Hej",
        "Posts by %(name)s": "Inlägg av %(name)s",
        "100%% local": "100 %% lokalt",
    }

    def gettext(self, message: str) -> str:
        return self.CATALOG.get(message, message)


def _render(extensions: list[str], autoescape: bool) -> str:
    # Both settings are compared; the site itself always autoescapes.
    env = Environment(extensions=extensions, autoescape=autoescape, loader=DictLoader({"t": TEMPLATE}))  # noqa: S701
    env.install_gettext_translations(_Swedish(), newstyle=True)  # type: ignore[attr-defined]
    return env.get_template("t").render(who="<b>Anna & Bo</b>")


@pytest.mark.parametrize("autoescape", [True, False])
def test_same_output_as_jinja_i18n(autoescape: bool) -> None:
    ours = _render(["jinja2.ext.i18n", "plugins.site_i18n.jinja_gettext.CachedI18n"], autoescape)
    assert ours == _render(["jinja2.ext.i18n"], autoescape)
    if autoescape:
        assert ours == "Hej|Inlägg av &lt;b&gt;Anna &amp; Bo&lt;/b&gt;|100 % lokalt|Hej|Hej"
