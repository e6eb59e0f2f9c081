#!/usr/bin/python3
"""test-mail-smtp.py: demandes mailed by `lettrine-cli request send-due` to a
real SMTP server on 127.0.0.1 (aiosmtpd, started here on a free port, with
a login): the mails it received (headers, body), each demande at most once,
and a refused login, a refused recipient, a server that is down and a crash
between sending and recording — each said clearly, the demande left « à
envoyer » (or « à vérifier » after the crash, never sent twice).

Usage: test-mail-smtp.py PATH/TO/lettrine-cli
"""

import email
import email.policy
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import logging
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# aiosmtpd warns that AUTH without TLS is unsafe: here it is on purpose
warnings.filterwarnings("ignore")
logging.getLogger("mail.log").setLevel(logging.CRITICAL)

CLI = sys.argv[1]
TMP = tempfile.mkdtemp(prefix="lettrine-test-mail-")
USER, PASSWORD = "cabinet", "s3cret-é"
REFUSED = "refuse@bistrot.fr"

n_pass = n_fail = 0


def ok(cond, what, detail=""):
    global n_pass, n_fail
    if cond:
        n_pass += 1
        print(f"ok {n_pass + n_fail} - {what}")
    else:
        n_fail += 1
        print(f"not ok {n_pass + n_fail} - {what}")
        for line in str(detail).splitlines()[:20]:
            print(f"#   {line}")


class Handler:
    def __init__(self):
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == REFUSED:
            return "550 5.1.1 <%s>: Recipient address rejected" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


def authenticator(server, session, envelope, mechanism, auth_data):
    good = (isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode()
            and auth_data.password == PASSWORD.encode())
    # handled=False: aiosmtpd answers 535 itself
    return AuthResult(success=good, handled=False)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli(db, *args, env=None):
    full_env = dict(os.environ, LC_ALL="C.UTF-8")
    full_env.pop("LETTRINE_SMTP_PASSWORD", None)
    full_env.pop("LETTRINE_MAIL_CRASH_AFTER_SEND", None)
    full_env.update(env or {})
    r = subprocess.run([CLI, "-d", db, *args], capture_output=True, text=True, env=full_env, timeout=120)
    return r.returncode, r.stdout, r.stderr


def make_db(name, port, contacts, security="none"):
    """A cabinet with one client per contact e-mail, each with demandes:
    two due on 2027-12-01 and one later. Returns (db, {email: [task ids]})."""
    db = os.path.join(TMP, name + ".db")
    code, _, err = cli(db, "mail", "settings", "--mode", "smtp", "--host", "127.0.0.1", "--port", str(port),
                       "--security", security, "--user", USER, "--from", "contact@cabinet-durand.fr")
    assert code == 0, err
    tasks = {}
    for i, address in enumerate(contacts):
        code, out, err = cli(db, "affaire", "add", "--name", f"Le Bistrot {i}", "--state", "client",
                              "--letter-outside", "02/01/2020", "--letter-reference", f"LM-2020-{i}")
        assert code == 0, err
        affaire = int(out.strip())
        code, out, err = cli(db, "contact", "add", "--affaire", str(affaire), "--name", "Élise Lenoir",
                             "--email", address, "--signatory")
        assert code == 0, err
        # demandes « à envoyer » as a project's planning leaves them: written
        # here so that the test does not depend on how dates are planned
        with sqlite3.connect(db) as c:
            ids = []
            for title, period, start, due in [
                ("Relevés bancaires", "2027-11", "2027-12-01", "2027-12-16"),
                ("Factures d’achat et de vente", "2027-11", "2027-11-30", "2027-12-10"),
                ("Inventaire des stocks", "2027", "2028-01-05", "2028-01-20"),
            ]:
                cur = c.execute("INSERT INTO tasks (affaire_id, kind, title, period, start_date, due_date)"
                                " VALUES (?, 'request', ?, ?, ?, ?)", (affaire, title, period, start, due))
                ids.append(cur.lastrowid)
        tasks[address] = ids
    return db, tasks


def add_step_requests(db):
    """Two demandes made from catalogue steps, due on 2027-12-01: one step
    with a client wording of its own, one without. Returns their ids."""
    with sqlite3.connect(db) as c:
        affaire = c.execute("SELECT id FROM affaires ORDER BY id LIMIT 1").fetchone()[0]
        category = c.execute("INSERT INTO categories (name) VALUES ('Tenue')").lastrowid
        prestation = c.execute("INSERT INTO prestations (category_id, name, recurrence) VALUES (?, 'Tenue mensuelle', 'monthly')",
                               (category,)).lastrowid
        ids = []
        for title, client_title in [("Demander les relevés bancaires du mois", "Envoyer les relevés de tous vos comptes"),
                                    ("Faire signer la lettre de mission", "")]:
            step = c.execute("INSERT INTO steps (prestation_id, kind, title, client_title) VALUES (?, 'request', ?, ?)",
                             (prestation, title, client_title)).lastrowid
            ids.append(c.execute("INSERT INTO tasks (affaire_id, step_id, kind, title, period, start_date, due_date)"
                                 " VALUES (?, ?, 'request', ?, '2027-11', '2027-12-01', '2027-12-09')",
                                 (affaire, step, title + " — novembre 2027")).lastrowid)
    return ids


def state(db, task_id):
    with sqlite3.connect(db) as c:
        sent_on = c.execute("SELECT sent_on FROM tasks WHERE id = ?", (task_id,)).fetchone()[0]
        mail = c.execute("SELECT state, message_id, recipient, sent_on FROM request_mails WHERE task_id = ?",
                         (task_id,)).fetchone()
    return sent_on, mail


def main():
    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    good_password = {"LETTRINE_SMTP_PASSWORD": PASSWORD}
    try:
        # --- the mails the server received ---
        db, tasks = make_db("sent", port, ["elise@bistrot.fr"])
        releves, factures, inventaire = tasks["elise@bistrot.fr"]
        own_wording, made_wording = add_step_requests(db)
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01", env=good_password)
        ok(code == 0, "send-due sends what is due (exit 0)", err)
        ok("4 demandes sent" in out, "it says how many went", out)
        ok(len(handler.messages) == 4, "the server received four mails", handler.messages)
        by_subject = {}
        for mail_from, rcpts, raw in handler.messages:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            by_subject[str(msg["Subject"])] = (mail_from, rcpts, msg)
        subject = "Demande d’informations : Relevés bancaires — novembre 2027, pour le 16/12/2027 (Le Bistrot 0)"
        ok(subject in by_subject, "the subject (RFC 2047) names what and the period", list(by_subject))
        if subject in by_subject:
            mail_from, rcpts, msg = by_subject[subject]
            body = msg.get_body(preferencelist=("plain",)).get_content()
            ok(mail_from == "contact@cabinet-durand.fr" and rcpts == ["elise@bistrot.fr"], "envelope: from the cabinet to the contact",
               (mail_from, rcpts))
            ok(msg["To"].addresses[0].display_name == "Élise Lenoir" and msg["To"].addresses[0].addr_spec == "elise@bistrot.fr",
               "To: the contact's name and address", msg["To"])
            ok(msg["From"].addresses[0].addr_spec == "contact@cabinet-durand.fr", "From: the cabinet's address", msg["From"])
            ok(msg["Date"] is not None and msg["Date"].datetime is not None, "a Date header", msg["Date"])
            ok("Transmettre" not in body and "  - Relevés bancaires" in body, "the body names what to send", body)
            ok("période concernée : novembre 2027" in body, "the body names the period", body)
            ok("au plus tard le jeudi 16 décembre 2027 (16/12/2027)" in body, "the body names the due date", body)
            sent_on, mail = state(db, releves)
            ok(sent_on is not None and mail is not None and mail[0] == "sent", "the demande is recorded sent", (sent_on, mail))
            ok(mail is not None and mail[1] == msg["Message-ID"] and mail[1].endswith("@cabinet-durand.fr>"),
               "the Message-ID received is the one recorded", (mail, msg["Message-ID"]))
            ok(mail is not None and mail[2] == "elise@bistrot.fr", "the recipient is recorded", mail)
        # issue 14: a demande from a catalogue step asks in the client's words
        subject = "Demande d’informations : Envoyer les relevés de tous vos comptes — novembre 2027, pour le 09/12/2027 (Le Bistrot 0)"
        ok(subject in by_subject, "a step's own client wording names the mail", list(by_subject))
        if subject in by_subject:
            body = by_subject[subject][2].get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
            ok("  - Envoyer les relevés de tous vos comptes\n  - période concernée : novembre 2027\n" in body
               and "au plus tard le jeudi 9 décembre 2027 (09/12/2027)" in body and "Demander" not in body,
               "… in the body too, with the period and the due date, not the task title", body)
        subject = "Demande d’informations : Signer la lettre de mission — novembre 2027, pour le 09/12/2027 (Le Bistrot 0)"
        ok(subject in by_subject, "without its own, the wording made from the step's title (« Faire signer » → « Signer »)",
           list(by_subject))
        ok(state(db, own_wording)[1] is not None and state(db, made_wording)[1] is not None, "both are recorded sent",
           (state(db, own_wording), state(db, made_wording)))
        ok(state(db, inventaire) == (None, None), "a demande not due yet stays « à envoyer »", state(db, inventaire))
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01", env=good_password)
        ok(code == 0 and "0 demandes sent" in out and len(handler.messages) == 4, "sending again sends nothing twice",
           (code, out, err, len(handler.messages)))
        code, out, err = cli(db, "request", "mails")
        ok(code == 0 and out.count("\tsent\t") == 4 and "elise@bistrot.fr" in out, "request mails lists them", out + err)
        code, out, err = cli(db, "check")
        ok(code == 0, "the database checks after sending", out + err)

        # --- a refused login ---
        before = len(handler.messages)
        db, tasks = make_db("login", port, ["elise@bistrot.fr"])
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01", env={"LETTRINE_SMTP_PASSWORD": "wrong"})
        ok(code == 1 and "refused the login" in err and "Preferences › E-mail" in err, "a refused login is said clearly", err)
        ok(all(state(db, t) == (None, None) for t in tasks["elise@bistrot.fr"]), "… and every demande stays « à envoyer »",
           [state(db, t) for t in tasks["elise@bistrot.fr"]])
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01")
        ok(code == 1 and "LETTRINE_SMTP_PASSWORD" in err, "no password anywhere is said, naming the variable", err)
        ok(len(handler.messages) == before, "nothing reached the server", handler.messages[before:])
        code, out, err = cli(db, "mail", "test", env={"LETTRINE_SMTP_PASSWORD": "wrong"})
        ok(code == 1 and "refused the login" in err, "mail test: the refused login", err)
        code, out, err = cli(db, "mail", "test", env=good_password)
        ok(code == 0 and "took the connection" in out, "mail test: the right login", out + err)

        # --- a refused recipient: the others go ---
        db, tasks = make_db("recipient", port, [REFUSED, "paul@garage.fr"])
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01", env=good_password)
        ok(code == 1 and "refused the address refuse@bistrot.fr" in err and "2 demandes sent, 2 not sent" in out,
           "a refused recipient is said, the other client's demandes go", (out, err))
        ok(all(state(db, t) == (None, None) for t in tasks[REFUSED]), "… and the refused ones stay « à envoyer »",
           [state(db, t) for t in tasks[REFUSED]])
        ok(state(db, tasks["paul@garage.fr"][0])[1][0] == "sent", "… the other's are sent", state(db, tasks["paul@garage.fr"][0]))

        # --- STARTTLS required from a server without it ---
        db, tasks = make_db("starttls", port, ["elise@bistrot.fr"], security="starttls")
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01", env=good_password)
        ok(code == 1 and "No secure connection" in err, "STARTTLS refused by the server: said, nothing sent in clear", err)
        ok(all(state(db, t) == (None, None) for t in tasks["elise@bistrot.fr"]), "… the demandes stay « à envoyer »")

        # --- a crash between sending and recording ---
        before = len(handler.messages)
        db, tasks = make_db("crash", port, ["elise@bistrot.fr"])
        releves, factures, _ = tasks["elise@bistrot.fr"]
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01",
                             env=dict(good_password, LETTRINE_MAIL_CRASH_AFTER_SEND="1"))
        ok(code == 75 and len(handler.messages) == before + 1, "the process died right after the server took a mail",
           (code, err, len(handler.messages) - before))
        crashed = releves if state(db, releves)[1] is not None else factures
        sent_on, mail = state(db, crashed)
        ok(sent_on is None and mail is not None and mail[0] == "sending", "its intent was recorded, not its sending",
           (sent_on, mail))
        code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01", env=good_password)
        ok(len(handler.messages) == before + 2, "after the crash, only the other demande goes: none twice",
           len(handler.messages) - before)
        ok(code == 1 and "1 to check" in out and mail is not None and mail[1] in err and "request checked" in err,
           "the unconfirmed one is « à vérifier », with its Message-ID and what to do", (out, err))
        code, out, err = cli(db, "request", "mails", "--to-check")
        ok(code == 0 and "to check" in out and str(crashed) in out, "request mails --to-check lists it", out + err)
        code, out, err = cli(db, "request", "checked", str(crashed), "--sent")
        ok(code == 0 and state(db, crashed)[0] is not None and state(db, crashed)[1][0] == "sent",
           "request checked --sent records it sent", (err, state(db, crashed)))
    finally:
        controller.stop()

    # --- a server that is down ---
    db, tasks = make_db("down", free_port(), ["elise@bistrot.fr"])
    code, out, err = cli(db, "request", "send-due", "--date", "2027-12-01", env=good_password)
    ok(code == 1 and "cannot be reached" in err and "127.0.0.1" in err, "a server that is down is said clearly", err)
    ok(all(state(db, t) == (None, None) for t in tasks["elise@bistrot.fr"]), "… and the demandes stay « à envoyer »",
       [state(db, t) for t in tasks["elise@bistrot.fr"]])

    # --- settings refused ---
    code, out, err = cli(db, "mail", "settings", "--host", "smtp.cabinet.fr", "--security", "none")
    ok(code == 1 and "without encryption" in err, "no clear-text connection to another machine", err)
    code, out, err = cli(db, "mail", "settings", "--mode", "application")
    code, out, err = cli(db, "request", "send-due", env=good_password)
    ok(code == 1 and "e-mail application" in err, "send-due in « application » mode says how to send directly", err)

    print(f"{n_pass} passed, {n_fail} failed")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
