#!/usr/bin/python3
"""Both of Passdesk's jobs the way a screen reader user does them, through AT-SPI (the protocol
Orca and dogtail use), on the sandbox tenant under Xvfb with a private D-Bus session and AT-SPI
bus: change the digit token length and lifetime and save; look a caller up by typing, pick a
suggestion, tick verified, generate and read the token digits and the expiry; provoke an error
and read the server's messages. Controls are found by role and name, driven through the Action,
Value and EditableText interfaces, and results are read from the tree and events only.

usage: tst_atspi_jobs.py --passdesk build/passdesk --translations translations --lang de
Exit status 0 when everything a user needs was readable and worked, 1 with the list otherwise.
"""

import argparse
import os
import re
import sys
import tempfile
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from atspisession import Session, SetupError  # noqa: E402
from catalog import Catalog  # noqa: E402

# Names that say only what a label is; shown as a label's whole name they hide its content.
ROLE_ONLY_NAMES = (
    "Config status", "Picked identity", "Token expiry", "Token details", "Clipboard status",
    "Digit token", "Error summary", "Server messages", "Detail code", "Tracking ID", "Request ID",
    "Retry countdown", "User problem", "Length problem", "Lifetime problem", "Tenant name",
    "API address", "Sign-in state", "API version", "API client", "Keychain notice",
    "Read-only notice",
)
DIGIT_READING = re.compile(r"\d(?: \d)+(?:, \d(?: \d)+)+")
MISSING_USER = "no.such.person"


class Run:
    def __init__(self, client, catalog, app):
        self.client = client
        self.tr = catalog
        self.app = app
        self.failures = []

    def expect(self, condition, message):
        if not condition and message in self.failures:
            return False
        if not condition:
            self.failures.append(message)
            print(f"FAIL: {message}", flush=True)
        return bool(condition)

    def expect_soon(self, what, condition, timeout=None):
        """Like expect(), waiting for condition() until the deadline; its result or None."""
        from atspiclient import TestFailure
        try:
            return self.client.wait(what, condition, timeout)
        except TestFailure as failure:
            self.expect(False, str(failure))
            return None

    # Shared checks -------------------------------------------------------------------------

    def check_window(self, window, label):
        """No interactive element without a name; no label whose name hides its content."""
        import atspiclient as at
        import pyatspi
        role_only = {self.tr(text) for text in ROLE_ONLY_NAMES}
        for node in at.walk(window):
            node_role = at.role(node)
            if node_role in at.INTERACTIVE_ROLES and not at.name(node).strip():
                # An unnamed list or table is fine when its caption labels it.
                if node_role in (pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE) \
                        and at.relation_targets(node, pyatspi.RELATION_LABELLED_BY):
                    continue
                self.expect(False, f"{label}: {at.describe(node)} has no accessible name")
            if node_role == pyatspi.ROLE_LABEL and at.name(node) in role_only:
                self.expect(False, f"{label}: the label {at.name(node)!r} exposes only what it is, not what it shows")
        # Menus are in the tree before they open; every item in them needs a name too.
        for item in at.find_all(window, showing_only=False,
                                predicate=lambda node: at.role(node) == pyatspi.ROLE_MENU_ITEM):
            self.expect(at.name(item).strip(), f"{label}: a menu item has no name")

    def top_level(self, what, predicate):
        import atspiclient as at
        return self.client.wait(what, lambda: next(
            (child for child in at.children(self.app) if predicate(child)), None))

    def label_reading(self, root, pattern):
        """The first showing label under root whose readable text matches pattern."""
        import atspiclient as at
        import pyatspi
        return at.find(root, pyatspi.ROLE_LABEL, predicate=lambda node: pattern.search(at.readable(node)))

    # The config job ------------------------------------------------------------------------

    def config_job(self):
        import atspiclient as at
        import pyatspi
        tr = self.tr
        self.main = self.top_level("the main window", lambda node: at.role(node) == pyatspi.ROLE_FRAME
                                   and at.find(node, wanted_name=tr("Password org config")))
        page = at.find(self.main, wanted_name=tr("Password org config"))
        lifetime = self.client.wait("the token lifetime spin box", lambda: at.find(
            page, pyatspi.ROLE_SPIN_BUTTON, tr("Digit token lifetime in minutes")))
        length = self.client.wait("the token length spin box", lambda: at.find(
            page, pyatspi.ROLE_SPIN_BUTTON, tr("Digit token length in digits")))
        self.client.wait("the sandbox's config (5 minutes) in the form", lambda: at.value(lifetime) == 5)
        self.expect_soon("the config status saying it was loaded",
                         lambda: self.label_reading(page, tr.pattern("Loaded at %1.")))
        self.check_window(self.main, "main window")

        at.set_value(lifetime, 7)
        at.set_value(length, 9)
        self.client.wait("the lifetime to read 7", lambda: at.value(lifetime) == 7)
        self.client.wait("the length to read 9", lambda: at.value(length) == 9)
        save = at.find(page, pyatspi.ROLE_PUSH_BUTTON, tr("Save"))
        self.expect(save is not None, "no Save button in the config page")
        mark = self.client.mark()
        at.do_action(save)
        confirm_name = tr("&Save", "Passdesk::ConfigDialogs")
        question = self.top_level("the save confirmation", lambda node: not at.same(node, self.main)
                                  and at.find(node, pyatspi.ROLE_PUSH_BUTTON, confirm_name))
        self.check_window(question, "save confirmation")
        self.expect(at.find(question, predicate=lambda node: tr("Digit token lifetime") in at.readable(node)),
                    "the save confirmation does not say which values change")
        at.do_action(at.find(question, pyatspi.ROLE_PUSH_BUTTON, confirm_name))

        saved = tr.pattern("Saved at %1.")
        status = self.expect_soon("the config status saying it was saved", lambda: self.label_reading(page, saved))
        if status is not None:
            self.expect(any(event.type.startswith("object:property-change:accessible-")
                            and saved.search(event.name + "\n" + event.description)
                            for event in self.client.events_since(mark)),
                        "no accessible event announced the saved status")

    # The token job -------------------------------------------------------------------------

    def open_token_dialog(self):
        import atspiclient as at
        import pyatspi
        tr = self.tr
        button = at.find(self.main, pyatspi.ROLE_PUSH_BUTTON, tr("&Generate digit token…"))
        at.do_action(button)
        title = tr("Generate digit token")
        self.dialog = self.top_level("the token dialog", lambda node: at.role(node) == pyatspi.ROLE_DIALOG
                                     and at.name(node).startswith(title))
        self.caller = self.client.wait("the caller field", lambda: at.find(
            self.dialog, pyatspi.ROLE_TEXT, tr("Caller's user")))
        self.verified = at.find(self.dialog, pyatspi.ROLE_CHECK_BOX, tr("Caller identity verified"))
        self.generate = at.find(self.dialog, pyatspi.ROLE_PUSH_BUTTON, tr("Generate token"))
        self.expect(self.verified is not None and self.generate is not None,
                    "the token dialog has no 'verified' check box or Generate button")
        self.check_window(self.dialog, "token dialog")

    def suggestion(self, alias):
        """A list item reachable from the application whose text names alias."""
        import atspiclient as at
        import pyatspi
        for window in at.children(self.app):
            for item in at.find_all(window, pyatspi.ROLE_LIST_ITEM):
                if f"({alias})" in at.readable(item):
                    return item
        return None

    def tick_verified(self):
        import atspiclient as at
        import pyatspi
        if not at.has_state(self.verified, pyatspi.STATE_CHECKED):
            at.do_action(self.verified)
        self.client.wait("the caller to be marked verified",
                         lambda: at.has_state(self.verified, pyatspi.STATE_CHECKED))

    def token_job(self):
        import atspiclient as at
        import pyatspi
        tr = self.tr
        self.open_token_dialog()
        length = at.find(self.dialog, pyatspi.ROLE_SPIN_BUTTON, tr("Token length in digits"))
        lifetime = at.find(self.dialog, pyatspi.ROLE_SPIN_BUTTON, tr("Token lifetime in minutes"))
        self.expect_soon("the token length to follow the saved config (9)", lambda: at.value(length) == 9)
        self.expect_soon("the token lifetime to follow the saved config (7)", lambda: at.value(lifetime) == 7)

        # Typing through the text interface must look the caller up as keys do.
        alias = "Alison.Ferguson"
        at.set_text(self.caller, "Alis")
        item = self.expect_soon("a suggestion for Alison Ferguson reachable from the application",
                                lambda: self.suggestion(alias))
        if item is not None:
            at.do_action(item, preferred=("Toggle", "toggle", "Press", "press", "activate", "click"))
            self.expect_soon("the suggestion's action to pick the person",
                             lambda: at.text(self.caller) == alias)
        if at.text(self.caller) != alias:
            at.set_text(self.caller, alias)  # so the rest of the job can still be checked
        else:
            self.expect_soon("the picked identity under the caller field",
                             lambda: at.find(self.dialog, pyatspi.ROLE_LABEL, predicate=lambda node:
                                             "Alison Ferguson" in at.readable(node)))
        self.tick_verified()

        mark = self.client.mark()
        at.do_action(self.generate)
        focus = self.expect_soon("the token read out digit by digit where the focus goes", lambda: next(
            (event for event in self.client.events_since(mark) if is_focus(event)
             and DIGIT_READING.search(event.name + "\n" + event.description)), None))
        if focus is not None:
            reading = DIGIT_READING.search(focus.name + "\n" + focus.description).group(0)
            digits = re.sub(r"\D", "", reading)
            self.expect(len(digits) == 9, f"the token read out has {len(digits)} digits, not 9: {reading!r}")
            self.expect(at.find(self.dialog, predicate=lambda node: reading in at.readable(node)),
                        "the token's reading is not in the tree")
        self.expect_soon("the token's expiry", lambda: self.label_reading(
            self.dialog, tr.pattern("Expires in %1 (at %2).")))
        self.expect_soon("the token's details naming the user", lambda: at.find(
            self.dialog, pyatspi.ROLE_LABEL, predicate=lambda node: alias in at.readable(node)
            and tr.pattern("User: %1").search(at.readable(node))))
        copy = at.find(self.dialog, pyatspi.ROLE_PUSH_BUTTON, tr("Copy token"))
        if self.expect(copy is not None, "no Copy token button"):
            at.do_action(copy)
            copied = re.compile(tr.pattern("Copied. The clipboard is cleared in %n second(s).").pattern + "|"
                                + tr.pattern("Copied. The clipboard is cleared when Passdesk quits.").pattern)
            self.expect_soon("the clipboard status", lambda: self.label_reading(self.dialog, copied))
        self.check_window(self.dialog, "token dialog with a token")

    def error_job(self):
        import atspiclient as at
        import pyatspi
        at.set_text(self.caller, MISSING_USER)
        self.client.wait("the caller field to hold the unknown uid", lambda: at.text(self.caller) == MISSING_USER)
        self.tick_verified()
        self.client.wait("Generate to be enabled", lambda: at.has_state(self.generate, pyatspi.STATE_ENABLED))
        mark = self.client.mark()
        at.do_action(self.generate)

        message = self.expect_soon("the server's message naming the uid in the tree", lambda: at.find(
            self.dialog, predicate=lambda node: MISSING_USER in at.readable(node)
            and not at.same(node, self.caller)))
        if message is None:
            return

        def announced():
            for event in self.client.events_since(mark):
                if is_focus(event) and MISSING_USER in event.name + "\n" + event.description:
                    return event
                if event.type.startswith("object:state-changed:showing") and event.detail1 \
                        and event.role in (pyatspi.ROLE_ALERT, pyatspi.ROLE_NOTIFICATION):
                    return event
            return None
        self.expect_soon("the error to be announced (focus on it, or an alert shown)", announced)
        for caption in ("detailCode:", "trackingId:", "SLPT-Request-ID:"):
            label = at.find(self.dialog, pyatspi.ROLE_LABEL, caption)
            if not self.expect(label is not None, f"the error shows no {caption} row"):
                continue
            values = at.relation_targets(label, pyatspi.RELATION_LABEL_FOR)
            self.expect(values, f"the caption {caption!r} labels nothing")
            for target in values:
                content = at.name(target)
                self.expect(content and content not in {self.tr(text) for text in ROLE_ONLY_NAMES},
                            f"the value after {caption!r} is not readable (name {content!r})")
        self.expect(at.find(self.dialog, predicate=lambda node: "400.1 Bad Request Content" in at.readable(node)),
                    "the detailCode 400.1 Bad Request Content is not readable")
        self.check_window(self.dialog, "token dialog with an error")


def is_focus(event):
    return event.type.startswith("focus") or (event.type.startswith("object:state-changed:focused") and event.detail1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--passdesk", required=True)
    parser.add_argument("--translations", required=True)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds for each wait")
    options = parser.parse_args()
    catalog = Catalog(options.translations, options.lang)
    try:
        with Session(timeout=options.timeout) as session:
            # pyatspi finds the bus through the environment when it is first imported.
            os.environ.update(session.environment)
            try:
                import atspiclient
            except ImportError as error:
                raise SetupError(f"{error} (Debian packages python3-pyatspi gir1.2-atspi-2.0; "
                                 "run with /usr/bin/python3)")
            client = atspiclient.Client(options.timeout)
            config_dir = tempfile.mkdtemp(dir=session.directory)
            session.spawn("passdesk", [options.passdesk, "--sandbox", "--lang", options.lang,
                                       "--config-dir", config_dir],
                          environment={"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                                       "QT_ACCESSIBILITY": "1", "LANGUAGE": options.lang,
                                       "QT_LOGGING_RULES": "qt.qpa.*=false"})
            run = Run(client, catalog, client.application("Passdesk"))
            try:
                run.config_job()
                run.token_job()
                run.error_job()
            except atspiclient.TestFailure as failure:
                run.expect(False, f"stopped: {failure}")
            except Exception:  # noqa: BLE001 - report it with the failures so far
                run.expect(False, "stopped: " + traceback.format_exc())
            finally:
                client.close()
    except SetupError as error:
        print(f"cannot run the AT-SPI test: {error}", file=sys.stderr)
        return 1
    if run.failures:
        print(f"\n{len(run.failures)} problem(s) for a screen reader user ({options.lang}):")
        for failure in run.failures:
            print(f"  - {failure}")
        return 1
    print(f"both jobs passed through AT-SPI ({options.lang})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
