"""same_on_every_page: a partial rendered once per Jinja environment, as {% include %} renders it."""

from jinja2 import DictLoader, Environment

from plugins.site_i18n.partials import same_on_every_page

TEMPLATES = {
    "footer.html": "<footer>{{ SITENAME }} &amp; {{ '<b>' }}</footer>",
    "included.html": "{% include 'footer.html' %}",
    "once.html": "{{ same_on_every_page('footer.html') }}",
}


def environment() -> Environment:
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
    env.globals["same_on_every_page"] = same_on_every_page
    return env


def test_the_partial_is_what_include_writes() -> None:
    env = environment()
    assert env.get_template("once.html").render(SITENAME="UuDi") == env.get_template("included.html").render(
        SITENAME="UuDi"
    )
    assert env.get_template("once.html").render(SITENAME="UuDi") == "<footer>UuDi &amp; &lt;b&gt;</footer>"


def test_rendered_once_per_environment() -> None:
    finnish, swedish = environment(), environment()
    assert finnish.get_template("once.html").render(SITENAME="Digituki") == "<footer>Digituki &amp; &lt;b&gt;</footer>"
    # Later pages of the same environment (one generator of one language's pass) reuse the first text ...
    assert finnish.get_template("once.html").render(SITENAME="muu") == "<footer>Digituki &amp; &lt;b&gt;</footer>"
    # ... another environment (another language's pass, the preview's next build) renders its own.
    assert swedish.get_template("once.html").render(SITENAME="Digistöd") == "<footer>Digistöd &amp; &lt;b&gt;</footer>"
