"""What a screen reader does, through pyatspi: find by role and name, act through the Action,
Value and EditableText interfaces, read from the tree and from events. Waits poll the tree and
the event queue until a deadline; nothing sleeps for a fixed time."""

import select
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402
import pyatspi  # noqa: E402

EVENT_TYPES = (
    "focus:",
    "object:state-changed:focused",
    "object:state-changed:showing",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed",
    "object:value-changed",
)

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_MENU,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
}


class TestFailure(AssertionError):
    pass


class Event:
    """What an event said, read when it came (the object may be gone later)."""

    def __init__(self, event):
        self.type = str(event.type)
        self.source = event.source
        self.detail1 = event.detail1
        try:
            self.data = event.any_data
        except Exception:  # noqa: BLE001 - not every event carries data
            self.data = None
        self.role = safe(lambda: event.source.getRole())
        self.name = safe(lambda: event.source.name) or ""
        self.description = safe(lambda: event.source.description) or ""

    def __repr__(self):
        return f"<{self.type} {self.role} name={self.name!r} description={self.description!r} data={self.data!r}>"


def safe(call, default=None):
    try:
        return call()
    except Exception:  # noqa: BLE001 - objects vanish while the app changes its windows
        return default


class Client:
    def __init__(self, timeout):
        self.timeout = timeout
        self.events = []
        self.desktop = pyatspi.Registry.getDesktop(0)
        pyatspi.Registry.registerEventListener(self._on_event, *EVENT_TYPES)

    def close(self):
        safe(lambda: pyatspi.Registry.deregisterEventListener(self._on_event, *EVENT_TYPES))

    def _on_event(self, event):
        self.events.append(Event(event))

    def pump(self):
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)

    def wait(self, what, condition, timeout=None):
        """condition()'s first truthy result, polled until the deadline; fails saying what."""
        deadline = time.monotonic() + (timeout or self.timeout)
        last_error = None
        while True:
            self.pump()
            try:
                result = condition()
                if result:
                    return result
            except Exception as error:  # noqa: BLE001 - the tree changes under us
                last_error = error
            if time.monotonic() > deadline:
                raise TestFailure(f"timed out waiting for {what}" + (f" ({last_error})" if last_error else ""))
            select.select([], [], [], 0.02)

    def mark(self):
        """The position in the event queue; events_since(mark) are those after it."""
        self.pump()
        return len(self.events)

    def events_since(self, mark):
        self.pump()
        return self.events[mark:]

    # The tree ---------------------------------------------------------------------------

    def application(self, name):
        def find():
            self.desktop.clearCache()
            for app in self.desktop:
                if app is not None and app.name == name:
                    return app
            return None
        return self.wait(f"the application {name!r} on the AT-SPI bus", find)


def children(node):
    result = []
    for index in range(safe(lambda: node.childCount, 0)):
        child = safe(lambda: node.getChildAtIndex(index))
        if child is not None:
            result.append(child)
    return result


def walk(node, showing_only=True):
    """node and every descendant, depth first; hidden subtrees skipped when showing_only."""
    stack = [node]
    while stack:
        current = stack.pop()
        if showing_only and current is not node and not is_showing(current):
            continue
        yield current
        stack.extend(reversed(children(current)))


def states(node):
    return safe(lambda: node.getState(), None)


def has_state(node, state):
    state_set = states(node)
    return bool(state_set and state_set.contains(state))


def is_showing(node):
    return has_state(node, pyatspi.STATE_SHOWING)


# Characters a screen reader does not speak: the bidi isolates around server text and the
# zero-width break opportunities in long words (see app/core/model/displaytext.h).
_UNSPOKEN = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200b"))


def spoken(value):
    return value.translate(_UNSPOKEN) if value else value


def role(node):
    return safe(lambda: node.getRole())


def name(node):
    return spoken(safe(lambda: node.name, "") or "")


def description(node):
    return safe(lambda: node.description, "") or ""


def text(node):
    """The Text interface's content, or ''."""
    def read():
        interface = node.queryText()
        return interface.getText(0, -1)
    return safe(read, "") or ""


def readable(node):
    """Everything a screen reader can say about node: name, description, text, value."""
    parts = [name(node), description(node), text(node)]
    return spoken("\n".join(part for part in parts if part))


def find_all(root, wanted_role=None, wanted_name=None, predicate=None, showing_only=True):
    found = []
    for node in walk(root, showing_only):
        if node is root:
            continue
        if wanted_role is not None and role(node) != wanted_role:
            continue
        if wanted_name is not None and name(node) != wanted_name:
            continue
        if predicate is not None and not predicate(node):
            continue
        found.append(node)
    return found


def find(root, wanted_role=None, wanted_name=None, predicate=None):
    found = find_all(root, wanted_role, wanted_name, predicate)
    return found[0] if found else None


def relation_targets(node, relation_type):
    targets = []
    for relation in safe(lambda: node.getRelationSet(), []) or []:
        if relation.getRelationType() == relation_type:
            for index in range(relation.getNTargets()):
                targets.append(relation.getTarget(index))
    return targets


def ancestors(node):
    result = []
    current = safe(lambda: node.parent)
    while current is not None and role(current) not in (pyatspi.ROLE_APPLICATION, None):
        result.append(current)
        current = safe(lambda: current.parent)
    return result


def same(a, b):
    """Whether two references are the same object (compared by bus name and path)."""
    if a is None or b is None:
        return False
    return safe(lambda: (a.app.bus_name, a.path) == (b.app.bus_name, b.path), False)


def do_action(node, preferred=("Press", "press", "Toggle", "toggle", "click", "activate", "SetFocus")):
    """Runs the node's action with one of the preferred names (the first action otherwise)."""
    action = node.queryAction()
    names = [action.getName(index) for index in range(action.nActions)]
    for wanted in preferred:
        if wanted in names:
            action.doAction(names.index(wanted))
            return wanted
    if not names:
        raise TestFailure(f"{role_name(node)} {name(node)!r} has no action")
    action.doAction(0)
    return names[0]


def action_names(node):
    def read():
        action = node.queryAction()
        return [action.getName(index) for index in range(action.nActions)]
    return safe(read, []) or []


def set_value(node, value):
    node.queryValue().currentValue = float(value)


def value(node):
    return safe(lambda: node.queryValue().currentValue)


def set_text(node, content):
    node.queryEditableText().setTextContents(content)


def role_name(node):
    return safe(lambda: node.getRoleName(), "?")


def describe(node):
    return f"[{role_name(node)}] {name(node)!r}" + (f" ({description(node)!r})" if description(node) else "")
