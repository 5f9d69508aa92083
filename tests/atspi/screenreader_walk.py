#!/usr/bin/env python3
"""Reads a running Bilateral through AT-SPI the way a screen reader does (issue 19).

Started by run-atspi-test with BILATERAL_PID and BILATERAL_BRIEFING in the environment.
Prints PASS/FAIL per check and exits 1 if any check fails.
"""

import json
import os
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402

import pyatspi  # noqa: E402

DEADLINE = 60  # seconds to wait for the application and its window
MAX_OBJECTS = 20000  # a tree bigger than this is a bug of its own (or a cycle)
APP_PID = int(os.environ.get("BILATERAL_PID", "0"))
with open(os.environ["BILATERAL_BRIEFING"], encoding="utf-8") as f:
    BRIEFING = json.load(f)
SIDES = [side["name"]["en"] for side in BRIEFING["sides"]]

failures = []


def report(name, ok, details=""):
    print(f"PASS {name}" if ok else f"FAIL {name}: {details}", flush=True)
    if not ok:
        failures.append(name)


def pump(seconds):
    """Dispatches AT-SPI events (they arrive through GLib's main context) for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not context.iteration(False):
            time.sleep(0.01)


def wait_for(what, find, timeout=DEADLINE):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = find()
        except GLib.GError:  # the object went away while we looked: look again
            found = None
        if found:
            return found
        pump(0.2)
    print(f"FAIL waiting: no {what} after {timeout} s", flush=True)
    sys.exit(1)


def states(acc):
    return acc.getState()


def describe(acc):
    return f"{acc.getRoleName()} {acc.name!r}"


def walk(root):
    """Depth-first (object, role path) pairs below root, each object once."""
    seen, out, stack = set(), [], [(root, describe(root))]
    while stack and len(out) < MAX_OBJECTS:
        acc, path = stack.pop()
        key = (acc.app.bus_name if acc.app else None, acc.path)  # identity on the bus
        if key in seen:
            continue
        seen.add(key)
        out.append((acc, path))
        try:
            children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
        except GLib.GError:
            continue
        for index, child in reversed(list(enumerate(children))):
            if child is not None:
                stack.append((child, f"{path} > [{index}] {describe(child)}"))
    if stack:
        print(f"note: stopped walking after {MAX_OBJECTS} objects")
    return out


def find(root, predicate):
    return [acc for acc, _ in walk(root) if predicate(acc)]


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and (app.get_process_id() == APP_PID or app.name == "bilateral"):
            return app
    return None


def main_window(app):
    for window in app:
        if window is not None and window.getRole() == pyatspi.ROLE_FRAME \
                and states(window).contains(pyatspi.STATE_SHOWING):
            return window
    return None


def issue_list(window):
    lists = find(window, lambda a: a.name == "Issues" and a.getRole() in (
        pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE))
    return lists[0] if lists and lists[0].childCount > 0 else None


def rows_of(issues):
    row_roles = (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM)
    return [row for row in issues if row is not None and row.getRole() in row_roles]


def spoken_positions(text):
    """Each side's position as the row reads it ("South Korea: Demands" -> "Demands")."""
    found = {}
    for side in SIDES:
        match = re.search(re.escape(side) + r": ([^;,.\n]*)", text)
        if match:
            found[side] = match.group(1).strip()
    return found


def reads_issue(text, issue):
    """True if text names the issue and each side's position on it in words. A position's
    word starts with its key ("demands" -> "Demands", "reiterates" -> "Reiterates its
    position"); no stated position reads as such."""
    if issue["title"]["en"] not in text:
        return False
    keys = {stance["side"]: stance["position"] for stance in issue.get("stances", [])}
    positions = spoken_positions(text)
    for side in BRIEFING["sides"]:
        said = positions.get(side["name"]["en"], "").lower()
        key = keys.get(side["id"], "none")
        expected = "no stated position" if key == "none" else key
        if not said.startswith(expected):
            return False
    return True


def check_names(window):
    offenders = [path for acc, path in walk(window)
                 if states(acc).contains(pyatspi.STATE_FOCUSABLE)
                 and states(acc).contains(pyatspi.STATE_VISIBLE)
                 and not (acc.name or "").strip()]
    report("focusable objects have names", not offenders,
           f"{len(offenders)} without a name:\n  " + "\n  ".join(offenders))


def check_rows(issues):
    texts = [f"{row.name} {row.description or ''}".strip() for row in rows_of(issues)]
    for text in texts:
        print(f"  row: {text!r}")
    symbols_only = [text for text in texts if not any(ch.isalpha() for ch in text)]
    report("no issue row is made only of symbols", texts and not symbols_only,
           f"rows: {symbols_only or 'none found'}")
    read = [issue["id"] for issue in BRIEFING["issues"]
            if any(reads_issue(text, issue) for text in texts)]
    report("issue rows read in words", read,
           f"no row names an issue's title and each side's position in words "
           f"(\"{SIDES[0]}: Demands\"); sides {SIDES}")


def activate(app):
    """Gives the main window the keyboard focus, as a window manager does when the user
    switches to it (there is none on the test's Xvfb)."""
    os.system(f"for id in $(xdotool search --onlyvisible --pid {APP_PID} --name Bilateral); "
              f"do xdotool windowfocus --sync $id; done >/dev/null 2>&1")
    wait_for("the main window to become active",
             lambda: states(main_window(app)).contains(pyatspi.STATE_ACTIVE), timeout=10)


class Listener:
    """What a screen reader hears: the events it registers for, from Bilateral."""

    TYPES = ["object:state-changed:focused", "object:state-changed:selected", "focus:",
             "object:property-change:accessible-name",
             "object:property-change:accessible-description", "object:text-caret-moved",
             "object:selection-changed", "object:active-descendant-changed",
             "object:announcement"]

    def __init__(self):
        self.events = []
        # Qt sends events only once some listener asked for them, so listen before acting.
        pyatspi.Registry.registerEventListener(self.heard, *self.TYPES)
        pump(1)

    def heard(self, event):
        try:
            name, description = event.source.name, event.source.description or ""
        except GLib.GError:
            name, description = "(gone)", ""
        data = event.any_data if isinstance(event.any_data, str) else ""
        self.events.append((event.type, event.detail1, name, description, data))

    def press(self, key, settle=1.5):
        """Presses key (an xdotool key name) and returns what was heard after it."""
        self.events.clear()
        os.system(f"xdotool {key}" if key.startswith("type ") else f"xdotool key {key}")
        pump(settle)
        return list(self.events)


def focused(events):
    """Names of the objects that gained the keyboard focus among events."""
    return [name for kind, detail, name, _, _ in events
            if kind == "object:state-changed:focused" and detail == 1]


def tab_to(listener, wanted, what):
    """Presses Tab, as a keyboard user does, until an object for which wanted(name) is true
    takes the focus; returns the events of that last key."""
    for _ in range(16):
        events = listener.press("Tab")
        if any(wanted(name) for name in focused(events)):
            return events
    report(f"Tab reaches {what}", False, "not focused after 16 presses of Tab")
    return None


def check_selection_spoken(listener, issues):
    events = tab_to(listener, lambda name: any(name.startswith(issue["title"]["en"])
                                               for issue in BRIEFING["issues"]),
                    "an issue row")
    if events is None:
        return
    print("  in the issue list; pressing Down")
    events = listener.press("Down")
    for kind, detail, name, description, data in events:
        print(f"  heard {kind} {detail} {name!r} {description[:60]!r} {data[:60]!r}")
    selected = [row for row in rows_of(issues) if states(row).contains(pyatspi.STATE_SELECTED)]
    selected_issue = next((issue for issue in BRIEFING["issues"] for row in selected
                           if row.name.startswith(issue["title"]["en"])), None)
    if selected_issue is None:
        report("selecting an issue is spoken", False,
               f"no issue row is selected after Down; rows selected: {[r.name for r in selected]}")
        return
    spoken = [kind for kind, detail, name, description, data in events
              if kind in ("object:state-changed:focused", "focus:", "object:announcement")
              and reads_issue(f"{name} {description} {data}", selected_issue)]
    report("selecting an issue is spoken", spoken,
           f"selected {selected_issue['title']['en']!r}, but none of {len(events)} events "
           f"names it with the sides' positions in words")


def check_descriptions_plain(window):
    markup = re.compile(r"<(p|b|i|br|a|span|div|html|qt)\b", re.IGNORECASE)
    offenders = [f"{path}: {acc.description[:80]!r}" for acc, path in walk(window)
                 if markup.search(acc.description or "")]
    report("descriptions are plain text, not markup", not offenders,
           f"{len(offenders)} with markup:\n  " + "\n  ".join(offenders))


def check_text(window, listener):
    first = BRIEFING["passages"][0]["text"]
    for language, label in (("ko", "한국어"), ("en", "English")):
        name = f"{label} text"
        events = tab_to(listener, lambda focused_name: focused_name == name, name)
        if events is None:
            continue
        panes = find(window, lambda a: a.name == name)
        pane = panes[0]
        description = pane.description or ""
        print(f"  {name}: description {description!r}")
        report(f"{name} says which passage the cursor is in",
               re.search(r"Passage \d+ of \d+", description) is not None,
               f"description {description!r}")
        try:
            text = pane.queryText()
        except NotImplementedError:
            report(f"{name} is readable", False, f"{describe(pane)} has no Text interface")
            continue
        if language == "en":
            # Tabbing here from the Korean pane, at passage 2, lands on passage 2's English.
            caret = text.caretOffset
            second = BRIEFING["passages"][1]["text"]["en"][:30]
            at_caret = text.getText(caret, caret + len(second))
            report("Tab to the other pane keeps the reader on the same passage",
                   at_caret == second,
                   f"the text at the caret ({caret}) is {at_caret!r}, not passage 2's {second!r}")
        count = text.characterCount
        content = text.getText(0, -1)
        fragment = first[language][:20]
        report(f"{name} is readable", count > 0 and fragment in content,
               f"{describe(pane)}: {count} characters, {fragment!r} not among "
               f"the first ones: {content[:80]!r}")
        # Qt 6.4's AT-SPI bridge forwards only the text attributes AT-SPI defines (font,
        # colour, ...), not the passage ones PassageAccessible adds; a reader learns the
        # passage's issues and counterpart from the description, which follows the cursor.
        print(f"  attributes at 0: {text.getAttributes(0)!r}")
        line, start, end = text.getTextAtOffset(0, pyatspi.TEXT_BOUNDARY_LINE_START)
        print(f"  first screen line: {line!r} ({start}-{end})")
        report(f"{name} reads by screen line",
               line.strip() and line in content and end - start < len(content),
               f"first line {line!r} ({start}-{end}) of {len(content)} characters")
        moved = None
        for _ in range(30):
            events = listener.press("Down", settle=0.5)
            moved = next((description for kind, _, source, description, _ in events
                          if kind == "object:property-change:accessible-description"
                          and source == name and "Passage 2 of" in description), None)
            if moved:
                break
        print(f"  after moving down: {moved!r}")
        report(f"{name} says when the cursor enters another passage", moved is not None,
               "no description change naming passage 2 after 30 presses of Down")
        if moved and language == "ko":
            counterpart = BRIEFING["passages"][1]["text"]["en"][:30]
            report(f"{name} reads the passage's counterpart", counterpart in moved,
                   f"{counterpart!r} not in {moved!r}")


def check_find(window, listener):
    """Ctrl+F, a word, then Enter and F3: the find field is named, and each move to another
    match changes its description to say which match of how many, and where."""
    word = "Japan"
    events = listener.press("ctrl+f")
    events += listener.press(f"type --delay 50 {word}", settle=2.5)
    fields = [name for name in focused(events)]
    print(f"  focused after Ctrl+F: {fields!r}")
    report("the find field is named", any(name.strip() for name in fields),
           f"focus went to {fields!r}")
    said = []
    for key in ("Return", "F3"):
        said += [description for kind, _, source, description, _ in listener.press(key)
                 if kind == "object:property-change:accessible-description"
                 and re.search(r"\d+ of \d+", description)]
    print(f"  find descriptions: {said!r}")
    report("moving to the next match is spoken",
           any(re.match(r"[23] of \d+\. Passage \d+", text) for text in said),
           f"descriptions heard: {said!r}")
    listener.press("Escape")


def main():
    app = wait_for("application 'bilateral' on the AT-SPI desktop", find_app)
    window = wait_for("main window", lambda: main_window(app))
    print(f"found {describe(app)} (pid {app.get_process_id()}), window {describe(window)}")
    issues = wait_for("issue list named 'Issues' with rows", lambda: issue_list(window))
    check_names(window)
    check_descriptions_plain(window)
    check_rows(issues)
    listener = Listener()
    activate(app)
    check_selection_spoken(listener, issues)
    check_text(window, listener)
    check_find(window, listener)
    print(f"{len(failures)} check(s) failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
