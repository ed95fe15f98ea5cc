"""The organisation chart as a tree built from rows (name, parent's name), not a picture.

Pure Python: the page's form and its template both call it, so a chart that is shown is a
chart that was checked."""

from dataclasses import dataclass, field


class ChartError(ValueError):
    """A row whose parent is unknown, a name used twice, or units that are each other's parent."""


@dataclass
class Node:
    unit: object
    children: list = field(default_factory=list)


def _key(name):
    return " ".join((name or "").split()).casefold()


def build_tree(units, name=lambda unit: unit.name, parent=lambda unit: unit.parent_name):
    """The roots of the chart, each Node holding its children in the rows' order.

    A row's parent is named by the parent's name (spaces and case aside); a row without a
    parent is a root. Raises ChartError naming the row at fault."""
    nodes, order = {}, []
    for unit in units:
        key = _key(name(unit))
        if not key:
            raise ChartError("Có một đơn vị chưa có tên.")
        if key in nodes:
            raise ChartError(f"Tên đơn vị “{name(unit)}” được dùng hai lần.")
        nodes[key] = Node(unit)
        order.append(key)
    roots = []
    for key in order:
        node = nodes[key]
        parent_key = _key(parent(node.unit))
        if not parent_key:
            roots.append(node)
        elif parent_key not in nodes:
            raise ChartError(
                f"Đơn vị “{name(node.unit)}” trực thuộc “{parent(node.unit)}”, "
                "nhưng chưa có đơn vị nào tên như vậy."
            )
        elif parent_key == key:
            raise ChartError(f"Đơn vị “{name(node.unit)}” không thể trực thuộc chính nó.")
        else:
            nodes[parent_key].children.append(node)
    reached = _count(roots)
    if reached != len(order):
        raise ChartError("Có các đơn vị trực thuộc lẫn nhau thành vòng: hãy chọn lại “Trực thuộc”.")
    return roots


def _count(nodes):
    return sum(1 + _count(node.children) for node in nodes)
