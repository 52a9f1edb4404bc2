#!/usr/bin/env python3
"""Writes the Anki fixtures: packages as Anki 2.1 exports them with "Support older Anki versions"
(a zip holding collection.anki21, schema 11: decks as JSON in col.decks, notes with \x1f-separated fields).
Run from this folder; the .apkg files are committed, this script says how they were made."""
import json, os, sqlite3, tempfile, zipfile

SCHEMA = """
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
"""

def package(name, decks, notes):
    db = tempfile.mktemp(suffix=".anki21")
    c = sqlite3.connect(db)
    c.executescript(SCHEMA)
    deck_json = {str(i): {"id": i, "name": n} for i, n in decks.items()}
    models = {"1": {"id": 1, "name": "Basic", "flds": [{"name": "Front"}, {"name": "Back"}]}}
    c.execute("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')", (json.dumps(models), json.dumps(deck_json)))
    for i, (guid, deck, fields, tags) in enumerate(notes, start=1):
        c.execute("INSERT INTO notes VALUES (?, ?, 1, 0, 0, ?, ?, 0, 0, 0, '')", (i, guid, tags, "\x1f".join(fields)))
        c.execute("INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')", (100 + i, i, deck, i))
    c.commit()
    c.close()
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(db, "collection.anki21")
        z.writestr("media", "{}")
    os.remove(db)

package("../formats/japanese.apkg",
        {1: "Default", 2: "Languages::Japanese::Vocabulary::Basics", 3: "Science"},
        [("f{4]Xa9Lk!", 2, ["犬", "dog <i>(inu)</i>"], " animals jlpt5 "),
         ("bR7#q2Z+wE", 2, ["猫", "cat"], "animals"),
         ("Zq8&p1Mn3v", 3, ["What is H<sub>2</sub>O?", "Water"], "")])
package("../formats-broken/cloze.apkg",
        {1: "Default", 2: "Trivia::Broken::Anki::Cloze"},
        [("okNote1234", 2, ["Fine front", "Fine back"], ""),
         ("clozeNote9", 2, ["{{c1::Paris}} is the capital of France.", ""], "")])
