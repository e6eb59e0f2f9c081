#!/usr/bin/python3
# test-ui-journey-atspi.py LETTRINE: the journey of issue 16 driven through
# the accessibility tree only, the way Orca or an automated test sees the
# app: AT-SPI actions, editable text and selection, never a pointer
# coordinate. A prospect is created, sent an offre de service, which is
# signed; its lettre de mission is refused until the LCB-FT fields are
# filled, then signed, and the prospect becomes a client. A prestation gets
# two steps, the second depending on the first; a project is saved.
# Every step waits on a condition (UI is slow under ASan), and fails with
# what could not be reached.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    sys.exit("test-ui-journey-atspi: python3-pyatspi is missing (build-aux/install-deps installs it)")

SLOW = any(k in os.environ for k in ("ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"))
TIMEOUT = 120 if SLOW else 25
# an action that builds a popover or a page answers late under ASan
try:
    pyatspi.setTimeout(90000 if SLOW else 25000, 60000)
except Exception:
    pass
step_name = "start"


def step(name):
    global step_name
    step_name = name
    print("#", name, flush=True)


def fail(what):
    if os.environ.get("LT_JOURNEY_DUMP") and app is not None:
        with open(os.environ["LT_JOURNEY_DUMP"], "w") as f:
            for w in app:
                for n, d in walk_depth(w):
                    try:
                        f.write("  " * d + f"{role(n)} {n.name!r} {n.description!r} sensitive={sensitive(n)}\n")
                    except Exception:
                        pass
    raise AssertionError(f"{step_name}: {what}")


def walk(node, depth=0):
    if depth > 90:
        return
    yield node
    try:
        children = list(node)
    except Exception:
        return
    for c in children:
        yield from walk(c, depth + 1)


def walk_depth(node, depth=0):
    yield node, depth
    try:
        children = list(node)
    except Exception:
        return
    for c in children:
        yield from walk_depth(c, depth + 1)


def role(n):
    try:
        return n.getRoleName()
    except Exception:
        return ""


def plain(name):
    """« _Signé Signé » (a name not yet fixed) reads as « Signé »."""
    return (name or "").replace("_", "")


def named(n, r, name, exact=True):
    if role(n) != r:
        return False
    try:
        text = plain(n.name)
    except Exception:
        return False
    return text == name or text.startswith(name + " ") if exact else name in text


def is_showing(n):
    try:
        states = n.getState()
        return states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def sensitive(n):
    try:
        return n.getState().contains(pyatspi.STATE_SENSITIVE)
    except Exception:
        return False


def find(root, pred):
    for n in walk(root):
        try:
            if pred(n):
                return n
        except Exception:
            pass
    return None


def wait(pred, what, root=None):
    end = time.time() + TIMEOUT
    while time.time() < end:
        check_app()
        r = find(root or app, pred)
        if r is not None:
            return r
        time.sleep(0.25)
    fail(f"not reachable through AT-SPI: {what}")


def wait_until(cond, what):
    end = time.time() + TIMEOUT
    while time.time() < end:
        check_app()
        try:
            if cond():
                return
        except Exception:
            pass
        time.sleep(0.25)
    fail(what)


def do(n, *names):
    """Runs the first of the AT-SPI actions @names the object offers."""
    try:
        a = n.queryAction()
    except NotImplementedError:
        fail(f"{role(n)} « {n.name} » has no action")
    offered = [a.getName(i) for i in range(a.nActions)]
    for want in names:
        if want in offered:
            try:
                done = a.doAction(offered.index(want))
            except Exception as e:
                # no answer in time (a slow build): the action was sent, and
                # what follows waits on what it must have done
                if "Did not receive a reply" not in str(e):
                    raise
                print(f"# « {want} » on « {n.name} » answered late", flush=True)
                return
            if not done:
                fail(f"{role(n)} « {n.name} » refused « {want} »")
            return
    fail(f"{role(n)} « {n.name} » offers {offered}, none of {names}")


def press(r, name, root=None, exact=True):
    n = wait(lambda x: named(x, r, name, exact) and sensitive(x), f"{r} « {name} »", root)
    do(n, "click", "activate", "toggle")
    return n


def read_text(n):
    # GTK 4.8 answers GetText (0, -1) with nothing: ask for the whole length
    t = n.queryText()
    return t.getText(0, t.characterCount)


def type_in(name, value, root=None):
    n = wait(lambda x: role(x) == "text" and plain(x.name) == name, f"text « {name} »", root)
    n.queryEditableText().setTextContents(value)
    wait_until(lambda: read_text(n) == value, f"« {name} » does not read « {value} »")
    return n


def choose(row_name, value, root=None, opener="list item", action="choice.open"):
    """A choice row (or, with opener « push button » and action « click », a
    choice button): opened by its action, the choice pressed as a button."""
    row = wait(lambda x: role(x) == opener and plain(x.name) == row_name and sensitive(x),
               f"choice {opener} « {row_name} »", root)
    do(row, action)
    if value is None:
        # the first real choice, after « — »
        first = wait(lambda x: role(x) == "push button" and x.name not in ("", "—") and is_showing(x),
                     f"a choice of « {row_name} »", row)
        value = first.name
    button = wait(lambda x: named(x, "push button", value, exact=False) and is_showing(x),
                  f"choice « {value} » of « {row_name} »", row)
    do(button, "click")
    wait_until(lambda: value in (row.description or ""), f"« {row_name} » did not take « {value} »")
    return row


def choose_in(button_name, value, root=None):
    """A choice button, as a drop-down: pressed, the choice pressed. The
    value must not be the one shown already, or nothing would be proved."""
    button = wait(lambda x: role(x) == "push button" and plain(x.name) == button_name,
                  f"choice button « {button_name} »", root)
    if value in (button.description or ""):
        fail(f"« {button_name} » shows « {value} » before it is chosen")
    return choose(button_name, value, root, opener="push button", action="click")


def item_text(item):
    """A list item's name, or (a drop-down's items are unnamed) its label's."""
    if item.name:
        return plain(item.name)
    label = find(item, lambda x: role(x) == "label" and x.name)
    return label.name if label is not None else ""


def select_in(list_name, item_name, root=None):
    lst = wait(lambda x: role(x) in ("list", "table", "tree table") and plain(x.name) == list_name,
               f"list « {list_name} »", root)
    wait(lambda x: role(x) in ("list item", "table row") and item_name in item_text(x),
         f"« {item_name} » in « {list_name} »", lst)
    for i, c in enumerate(lst):
        if item_name in item_text(c):
            if not lst.querySelection().selectChild(i):
                fail(f"« {item_name} » cannot be selected in « {list_name} »")
            return c
    fail(f"« {item_name} » not in « {list_name} »")


def dialog(pred_text, what):
    """The newest window or dialog that shows @pred_text somewhere."""
    def has(w):
        return find(w, lambda x: pred_text in (x.name or "")) is not None
    end = time.time() + TIMEOUT
    while time.time() < end:
        check_app()
        for w in reversed(list(app)):
            if role(w) in ("dialog", "alert") and has(w):
                return w
        time.sleep(0.25)
    fail(f"no window with « {pred_text} »: {what}")


def check_app():
    if proc.poll() is not None:
        raise AssertionError(f"{step_name}: the application ended ({proc.returncode})")


# ---- start -----------------------------------------------------------------

lettrine = sys.argv[1]
tmp = tempfile.mkdtemp(prefix="lt-journey-")
bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
env = dict(os.environ, GTK_A11Y="atspi", LANG="fr_FR.UTF-8", LANGUAGE="fr", LC_ALL="fr_FR.UTF-8",
           XDG_DATA_HOME=tmp, XDG_CONFIG_HOME=tmp)
env.pop("NO_AT_BRIDGE", None)
time.sleep(0.5)
proc = subprocess.Popen([lettrine, "--database", os.path.join(tmp, "journey.db")], env=env)
app = None
try:
    end = time.time() + TIMEOUT
    while app is None and time.time() < end:
        check_app()
        try:
            app = next((a for a in pyatspi.Registry.getDesktop(0) if a.name == "lettrine"), None)
        except Exception:
            app = None
        time.sleep(0.25)
    if app is None:
        fail("the application is not on the accessibility bus")

    # ---- a prospect ----------------------------------------------------------
    step("a new prospect, typed and chosen through AT-SPI")
    wait(lambda x: role(x) == "list item" and x.name == "Boulangerie Martin", "the demo cabinet's affaires")
    press("push button", "Nouveau prospect")
    type_in("Raison sociale", "Dupont SARL")
    type_in("SIREN", "552 100 554")
    type_in("Dirigeant", "Jean Dupont")
    type_in("Rue", "3 place Bellecour")
    type_in("Code postal", "69002")
    type_in("Ville", "Lyon")
    choose("Forme juridique", "SARL — Société à responsabilité limitée")
    press("push button", "Ajouter le prospect")
    listed = wait(lambda x: role(x) == "list item" and x.name == "Dupont SARL"
                  and (x.description or "").startswith("Prospect"), "« Dupont SARL » listed as a prospect")

    step("a contact who signs")
    type_in("Ajouter un contact (nom)", "Marie Dupont")
    press("push button", "Ajouter le contact")
    wait(lambda x: "Marie Dupont" in (x.name or "") and role(x) in ("list item", "label", "text"),
         "the contact « Marie Dupont »")
    role_row = type_in("Fonction (qualité en laquelle le contact signe)", "Gérante")
    do(role_row, "entry-row.apply")
    wait(lambda x: role(x) == "label" and x.name.startswith("Gérante"),
         "« Marie Dupont » applied as « Gérante » (the contact's subtitle)")

    # ---- the offre de service ------------------------------------------------
    step("an offre de service with a line")
    press("page tab", "Documents")
    press("push button", "Nouveau document")
    press("push button", "Offre de service", exact=False)
    choose("Prestation", "Bilan annuel")
    press("push button", "Ajouter la ligne")
    press("push button", "Envoyer")

    step("the offre signed")
    press("push button", "Signé")
    sign = dialog("Enregistrer la signature du client ?", "the signature's confirmation")
    press("push button", "Enregistrer la signature", root=sign)
    wait(lambda x: role(x) == "push button" and plain(x.name).startswith("Lettre de mission"),
         "the lettre de mission in the chain")

    # ---- the lettre de mission ----------------------------------------------
    step("the lettre de mission refused without LCB-FT, completed in the file")
    press("push button", "Envoyer")
    refusal = dialog("LCB-FT", "the LCB-FT refusal")
    press("push button", "Compléter la fiche", root=refusal)
    type_in("Identifié le (jj/mm/aaaa)", "15/01/2026")
    type_in("Bénéficiaire effectif", "Jean Dupont")
    choose("Identifié par", None)
    choose("Vigilance", "Standard")
    press("push button", "Enregistrer")
    press("page tab", "Documents")
    press("push button", "Envoyer")
    press("push button", "Signé")
    sign = dialog("Enregistrer la signature du client ?", "the letter's signature")
    press("push button", "Enregistrer la signature", root=sign)
    wait(lambda x: role(x) == "list item" and x.name == "Dupont SARL"
         and (x.description or "").startswith("Client"), "« Dupont SARL » listed as a client")
    print("ok: prospect → offre → signature → lettre de mission → client")

    # ---- a prestation with two linked steps ---------------------------------
    step("a prestation with two steps, the second depending on the first")
    select_in("Espaces", "Prestations")
    press("push button", "Nouvelle prestation")
    editor = wait(lambda x: role(x) == "filler" and x.name == "LtPrestationEditor", "the prestation editor")
    name = type_in("Nom", "Révision annuelle", root=editor)
    do(name, "activate")
    choose_in("Périodicité", "Annuelle", root=editor)
    press("push button", "Tâche", root=editor)
    wait(lambda x: role(x) == "text" and x.name == "Ce dont T1 dépend", "the first step's row", editor)
    press("push button", "Tâche", root=editor)
    depends = type_in("Ce dont T2 dépend", "1+2", root=editor)
    do(depends, "activate")
    # the canvas shows the link as an accessible object of its own
    wait(lambda x: (x.name or "").startswith("T1 → T2"), "the arrow « T1 → T2 » on the canvas", editor)
    wait(lambda x: role(x) == "push button" and "Dépend de T1" in (x.description or ""),
         "the step T2 read as depending on T1", editor)
    press("push button", "Enregistrer", root=editor)
    select_in("Prestations", "Révision annuelle")
    wait(lambda x: role(x) == "push button" and x.name == "Périodicité" and x.description == "Annuelle",
         "« Révision annuelle » saved as « Annuelle »", editor)
    print("ok: a prestation with two linked steps, saved")

    # ---- a project ------------------------------------------------------------
    step("a project for the new client, saved")
    select_in("Espaces", "Projets")
    press("push button", "Nouveau projet…")
    window = wait(lambda x: role(x) == "frame" and x.name == "Nouveau projet", "the « Nouveau projet » window",
                  root=app)
    press("push button", "Choisir un client…", root=window)
    search = wait(lambda x: role(x) == "entry" and x.name == "Chercher des clients", "the client search", window)
    search.queryEditableText().setTextContents("Dupont")
    wait(lambda x: role(x) == "list item" and x.name == "Dupont SARL", "« Dupont SARL » among the clients", window)
    do(search, "activate")
    wait(lambda x: role(x) == "push button" and x.name == "Dupont SARL", "« Dupont SARL » chosen as the client",
         window)
    type_in("Nom", "Révision 2026", root=window)
    type_in("Début (JJ/MM/AAAA)", "01/02/2026", root=window)
    type_in("Fin (JJ/MM/AAAA)", "31/12/2026", root=window)
    # the prestation to assign, chosen among the catalogue's
    # (« Bilan annuel » is shown first)
    choose_in("Prestation à affecter", "Entrée en relation", root=window)
    press("push button", "Affecter", root=window)
    # its row: the prestation's name beside « Retirer du projet »
    wait(lambda x: any(named(c, "label", "Entrée en relation") for c in x)
         and any(named(c, "push button", "Retirer du projet") for c in x),
         "« Entrée en relation » assigned", window)
    press("push button", "Enregistrer et créer les tâches", root=window)
    # tasks after the project's end, then an intervenant overloaded by the
    # demo's projects, are asked about first
    for _ in range(3):
        seen = wait(lambda x: (role(x) == "list item" and x.name == "Révision 2026")
                    or (role(x) == "dialog" and x.name in ("Surcharge en vue",
                                                           "Des tâches après la fin du projet")),
                    "the project saved, or a question before", root=app)
        if role(seen) != "dialog":
            break
        if seen.name == "Surcharge en vue":
            press("push button", "Enregistrer quand même", root=seen)
        else:
            press("push button", "Prolonger le projet jusqu’au", root=seen, exact=False)
        asked = seen.name
        end = time.time() + TIMEOUT
        while any(role(w) == "dialog" and w.name == asked for w in list(app)) and time.time() < end:
            time.sleep(0.1)
    wait(lambda x: role(x) == "list item" and x.name == "Révision 2026"
         and (x.description or "").startswith("Dupont SARL"), "« Révision 2026 » listed for « Dupont SARL »")
    print("ok: a project saved")
finally:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    bus.terminate()
