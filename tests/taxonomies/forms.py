"""Reading and sending the admin's page forms the way a browser does."""

from bs4 import BeautifulSoup
from wagtail.fields import StreamField


def picker_labels(html, field_name):
    """The labels of a picker's checkboxes, in the order shown."""
    soup = BeautifulSoup(html, "html.parser")
    return [label.get_text(strip=True) for label in soup.select(f"#id_{field_name} label")]


def picker_values(html, field_name):
    """The values (primary keys) of a picker's checkboxes."""
    soup = BeautifulSoup(html, "html.parser")
    return [box["value"] for box in soup.select(f"#id_{field_name} input")]


def checked_labels(html, field_name):
    soup = BeautifulSoup(html, "html.parser")
    return [
        box.find_parent("label").get_text(strip=True)
        for box in soup.select(f"#id_{field_name} input:checked")
    ]


def form_data(html, page, form_id="page-edit-form"):
    """What the browser would send for the page form as rendered, with nothing changed.

    StreamFields are drawn by the admin's JavaScript, so their inputs are
    not in the HTML; the pages of these tests keep them empty.
    """
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    data = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            data[name] = element.get_text()
        elif element.name == "select":
            chosen = [option["value"] for option in element.find_all("option", selected=True)]
            if chosen:
                data[name] = chosen if element.has_attr("multiple") else chosen[0]
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        elif element.get("type") not in ("submit", "button", "file"):
            data[name] = element.get("value", "")
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            assert not getattr(page, field.name), "form_data() sends empty StreamFields only"
            data[f"{field.name}-count"] = "0"
    return data
