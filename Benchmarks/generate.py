#!/usr/bin/env python3
"""Deterministic news corpus for the Crosscheck benchmarks (issue 7).

    python3 Benchmarks/generate.py --count 1000 --seed 7 --out Benchmarks/.work/corpus-1000

writes, for the same count and seed, byte-identical output:

    OUT/txt/*.txt          N pasted articles in the style of seeds/ (headline, date line, boilerplate,
                           body, now and then an appended unrelated story)
    OUT/extra/*.txt        one more article (a late copy of an existing story) for "add one article"
    OUT/crosscheck.yml     the repository's crosscheck.yml plus the invented places and measures
    OUT/bodies.md          every article body, concatenated (what the cmark floor renders)
    HUGO (default OUT/hugo) a minimal Hugo site with the same bodies as content/posts/*.md
    OUT/manifest.json      counts and bytes

Stories are invented: conflicts, budgets and disasters in invented places, told by a wire agency
and retold by many outlets (verbatim copies, rewrites, and copies with planted drift: a range cut to
its top, "15 to 30" -> "up to 30", a place name swapped, a figure changed). Standard library only.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil

# --------------------------------------------------------------------------------------------------
# Invented names

SYLLABLES = ["ka", "lo", "ve", "dra", "mir", "tan", "sol", "bek", "ar", "un", "zi", "por", "que", "len",
             "ost", "hal", "vin", "dor", "ash", "el", "gar", "mu", "ris", "tal", "nor", "bai", "cel",
             "fen", "jor", "kes", "ma", "ri", "tor", "uv", "sam", "bre", "ly", "nad", "ok", "pe"]
OUTLET_NOUNS = ["Herald", "Tribune", "Post", "Courier", "Observer", "Times", "Gazette", "Daily",
                "Monitor", "Dispatch", "Ledger", "Chronicle", "Star", "Voice", "Sentinel", "Journal",
                "Express", "Mirror", "Standard", "Record", "Review", "Bulletin", "Leader", "Echo"]
WIRES = ["Nordwire", "Meridian Press Agency", "Continental News Service", "Pan-Orient Wire", "Agence Vallis"]
FIRST = ["Amira", "Tomas", "Leyla", "Odon", "Farid", "Ines", "Kasim", "Marta", "Yusuf", "Helga",
         "Rashid", "Nadia", "Pavel", "Selin", "Idris", "Greta", "Omar", "Lina", "Bastian", "Samira",
         "Dario", "Zeynep", "Karim", "Elif", "Joaquin", "Hana", "Viktor", "Noor", "Anselm", "Mira"]
TITLES = ["General", "Colonel", "Minister", "Governor", "Deputy Minister", "spokesperson",
          "Commissioner", "Senator", "Mayor", "Director"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def cap(text):
    return text[:1].upper() + text[1:]


def coined(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class World:
    """Invented countries, provinces, cities, people, groups and outlets, fixed by the seed."""

    def __init__(self, rng, scale):
        seen = set()

        def fresh(parts):
            # The syllable space runs out at large scales: after a few clashes, coin a longer name.
            attempts = 0
            while True:
                name = coined(rng, parts + attempts // 20)
                attempts += 1
                if name not in seen and len(name) > 3:
                    seen.add(name)
                    return name

        self.countries = []
        for _ in range(max(12, scale // 60)):
            name = fresh(3)
            adjective = name + ("ian" if name[-1] not in "aeiou" else "n")
            provinces = [fresh(2) for _ in range(rng.randint(3, 6))]
            cities = [fresh(rng.choice([2, 3])) for _ in range(rng.randint(3, 6))]
            self.countries.append({"name": name, "adj": adjective, "provinces": provinces, "cities": cities})
        self.people = []
        for _ in range(max(60, scale // 8)):
            self.people.append((rng.choice(FIRST), fresh(rng.choice([2, 3])), rng.choice(TITLES)))
        self.groups = []
        for _ in range(max(10, scale // 80)):
            root = fresh(2)
            self.groups.append(rng.choice([f"the {root} Front", f"the {root} Brigades",
                                           f"the {root} Movement", f"the Army of {root}"]))
        self.outlets = []
        for _ in range(max(40, scale // 12)):
            place = rng.choice(self.countries)["name"] if rng.random() < .5 else fresh(2)
            self.outlets.append(f"The {place} {rng.choice(OUTLET_NOUNS)}")
        self.outlets = sorted(set(self.outlets))

    def config_places(self):
        lines = []
        for c in self.countries:
            lines.append(f"  - {{name: {c['name']}, aliases: [{c['adj']}]}}")
            for p in c["provinces"]:
                lines.append(f"  - {{name: {p}, kind: province}}")
            for city in c["cities"]:
                lines.append(f"  - {{name: {city}, kind: city}}")
        return lines


# --------------------------------------------------------------------------------------------------
# Numbers in words as newsrooms print them

def grouped(n):
    return f"{n:,}"


def money(rng, amount, currency):
    """amount in units; prints "$25 million", "€4.3bn", "£900,000"."""
    sym = currency
    if amount >= 1_000_000_000:
        v = amount / 1_000_000_000
        s = f"{v:.1f}".rstrip("0").rstrip(".")
        return f"{sym}{s}bn" if rng.random() < .4 else f"{sym}{s} billion"
    if amount >= 1_000_000:
        v = amount / 1_000_000
        s = f"{v:.1f}".rstrip("0").rstrip(".")
        return f"{sym}{s}m" if rng.random() < .2 else f"{sym}{s} million"
    return f"{sym}{grouped(amount)}"


def money_range(lo, hi, currency, style):
    def short(v):
        return f"{v / 1_000_000:.1f}".rstrip("0").rstrip(".")
    if style == 0:
        return f"{currency}{short(lo)} million to {currency}{short(hi)} million"
    if style == 1:
        return f"between {currency}{short(lo)} million and {currency}{short(hi)} million"
    return f"{currency}{short(lo)} to {currency}{short(hi)} million"


def round_to(rng, lo, hi, step):
    return rng.randrange(lo // step, hi // step + 1) * step


# --------------------------------------------------------------------------------------------------
# Stories

class Story:
    def __init__(self, rng, world, index):
        self.index = index
        self.kind = rng.choice(["conflict", "conflict", "budget", "disaster"])
        self.country = rng.choice(world.countries)
        self.province = rng.choice(self.country["provinces"])
        self.city = rng.choice(self.country["cities"])
        self.other = rng.choice(world.countries)
        self.speaker = rng.choice(world.people)
        self.second = rng.choice(world.people)
        self.group = rng.choice(world.groups)
        self.wire = rng.choice(WIRES)
        self.published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 9))
        self.event = self.published - dt.timedelta(days=rng.randint(1, 6))
        self.report = (self.published.replace(day=1) - dt.timedelta(days=1)).replace(day=rng.randint(1, 28))
        self.year = self.published.year - rng.randint(2, 8)
        self.currency = rng.choice(["$", "$", "€", "£"])
        hi = round_to(rng, 200, 3000, 50)
        self.fighters = (hi - round_to(rng, 50, hi // 2, 50), hi)
        mhi = round_to(rng, 3000, 20000, 500)
        self.members = (mhi - round_to(rng, 1000, mhi // 2, 500), mhi)
        chi = rng.choice([20, 25, 30, 40, 50])
        self.cells = (chi // 2, chi)
        self.killed = rng.randint(3, 160)
        self.reserves = (rng.randint(5, 40) * 1_000_000, 0)
        self.reserves = (self.reserves[0], self.reserves[0] * rng.choice([2, 3]))
        self.revenue = rng.randint(2, 60) * 1_000_000
        self.budget = rng.randint(8, 900) * 100_000_000
        self.percent = round(rng.uniform(1.5, 24.0), 1)
        self.deficit = (rng.randint(10, 30) * 100_000_000, 0)
        self.deficit = (self.deficit[0], self.deficit[0] + rng.randint(2, 9) * 100_000_000)
        self.hazard = rng.choice(["earthquake", "flood", "landslide", "cyclone", "volcanic eruption", "wildfire"])
        self.dead = rng.randint(12, 900)
        dhi = round_to(rng, 2000, 90000, 1000)
        self.displaced = (dhi - round_to(rng, 1000, dhi // 2, 1000), dhi)
        self.aid = rng.randint(1, 80) * 1_000_000

    # A telling is the story as one outlet prints it. `drift` plants one deviation.
    def telling(self, rng, published, rewrite, drift):
        s = dict(fighters=self.fighters, members=self.members, cells=self.cells, place=self.province,
                 killed=self.killed, displaced=self.displaced, dead=self.dead, deficit=self.deficit)
        if drift == "truncate":
            key = {"conflict": "fighters", "disaster": "displaced", "budget": "deficit"}[self.kind]
            s[key] = (None, s[key][1])
        elif drift == "cells":
            s["cells"] = (None, s["cells"][1])
        elif drift == "place":
            s["place"] = rng.choice([p for p in self.country["provinces"] if p != self.province] or [self.city])
        elif drift == "value":
            s["killed"] += rng.choice([1, 2, 5, 10])
            s["dead"] += rng.choice([3, 10, 20])
        when = relative_day(self.event, published)
        report_when = relative_month(self.report, published)
        speaker = f"{self.speaker[2]} {self.speaker[0]} {self.speaker[1]}"
        short = self.speaker[1]
        second = f"{self.second[0]} {self.second[1]}"
        c, adj = self.country["name"], self.country["adj"]
        cur = self.currency
        P = []  # paragraphs
        if self.kind == "conflict":
            lo, hi = s["fighters"]
            span = f"up to {grouped(hi)}" if lo is None else rng.choice(
                [f"{grouped(lo)} to {grouped(hi)}", f"between {grouped(lo)} and {grouped(hi)}"])
            clo, chi = s["cells"]
            cells = f"up to {chi}" if clo is None else f"around {clo} to {chi}"
            mlo, mhi = self.members
            if not rewrite:
                P.append(f"{s['place'].upper()}: {cap(self.group)} still has {span} active fighters in {c}, "
                         f"{speaker} said {when}, in a country where militant cells continue to launch sporadic attacks.")
                P.append(f"But {short} stressed that the group, now based in remote hill and forest hideouts in "
                         f"{s['place']} province, has \u201clost its ability to attract new recruits.\u201d")
                P.append(f"A report published {report_when} by the regional monitoring council estimated that the group still "
                         f"has \u201c{grouped(mlo)} to {grouped(mhi)} members and supporters\u201d across {c} and neighbouring "
                         f"{self.other['name']}, \u201croughly half of whom are fighters.\u201d")
                P.append(f"{short} also pointed to a military operation {when} that had killed {s['killed']} fighters and "
                         f"destroyed a \u201ctraining camp\u201d near {self.city}.")
                P.append(f"The report said the group still operates cells of {cells} individuals and continues "
                         f"\u201cguerrilla tactics\u201d against government forces and civilians.")
                P.append(f"It estimated the group's \u201cdwindling cash reserves\u201d at "
                         f"{money_range(self.reserves[0], self.reserves[1], cur, rng.randint(0, 2))}, and said it had "
                         f"generated {money(rng, self.revenue, cur)} per month from extortion in {self.year}.")
            else:
                P.append(f"According to {speaker}, {self.group} has {span} fighters left in {adj} territory, most of them in "
                         f"{s['place']}.")
                P.append(f"\u201cThe total number of its members does not exceed {span.replace('between ', '').replace(' and ', ' to ')} "
                         f"combatants,\u201d {short} told a press conference {when}.")
                P.append(f"Regional monitors, in a report released {report_when}, put the movement's strength at "
                         f"{grouped(mlo)} to {grouped(mhi)} members and supporters, about half of them fighters.")
                P.append(f"An operation {when} near {self.city} killed {s['killed']} militants, {short} added.")
                P.append(f"The group is organised in cells of {cells} members, according to the report, and its reserves "
                         f"are estimated at {money_range(self.reserves[0], self.reserves[1], cur, rng.randint(0, 2))}.")
            P.append(f"In {self.year}, the group seized large parts of {s['place']} province before an offensive backed by "
                     f"{self.other['adj']} forces drove it out.")
            P.append(f"{second}, an analyst who has followed the insurgency since {self.year}, said the figures were "
                     f"\u201cplausible but impossible to verify.\u201d")
        elif self.kind == "budget":
            lo, hi = s["deficit"]
            deficit = f"up to {money(rng, hi, cur)}" if lo is None else rng.choice(
                [f"between {money(rng, lo, cur)} and {money(rng, hi, cur)}", f"{money(rng, lo, cur)} to {money(rng, hi, cur)}"])
            if not rewrite:
                P.append(f"{c.upper()}: The government of {c} will spend {money(rng, self.budget, cur)} on reconstruction in "
                         f"{s['place']} next year, {speaker} said {when}.")
                P.append(f"The plan raises spending by {self.percent} percent on last year and leaves a deficit of {deficit}, "
                         f"according to figures presented to parliament {report_when}.")
                P.append(f"\u201cWe cannot rebuild {self.city} on promises,\u201d {short} told lawmakers, adding that "
                         f"{self.percent}% of the money would go to roads and schools.")
            else:
                P.append(f"{c} plans to spend {money(rng, self.budget, cur)} rebuilding {s['place']}, according to "
                         f"{speaker}, who presented the budget {when}.")
                P.append(f"Spending rises {self.percent}% and the deficit will reach {deficit}, {short} said.")
                P.append(f"Opposition lawmakers said the figures published {report_when} did not add up.")
            P.append(f"{second}, a budget analyst, said the {adj} treasury had overspent in {self.year} and was likely to do "
                     f"so again.")
            P.append(f"The ministry has asked donors for a further {money(rng, self.aid, cur)}, the statement said.")
        else:
            dlo, dhi = s["displaced"]
            displaced = f"up to {grouped(dhi)}" if dlo is None else rng.choice(
                [f"{grouped(dlo)} to {grouped(dhi)}", f"between {grouped(dlo)} and {grouped(dhi)}"])
            if not rewrite:
                P.append(f"{s['place'].upper()}: At least {s['dead']} people were killed and {displaced} displaced after a "
                         f"{self.hazard} struck {s['place']} province {when}, {speaker} said.")
                P.append(f"Rescue teams were still searching for survivors near {self.city}, where {self.percent} percent of "
                         f"homes were destroyed, according to the civil protection agency.")
                P.append(f"The government released {money(rng, self.aid, cur)} in emergency aid, and {self.other['adj']} "
                         f"teams arrived {when}.")
            else:
                P.append(f"The death toll from the {self.hazard} in {s['place']} has risen to {s['dead']}, {short} said, "
                         f"with {displaced} people forced from their homes.")
                P.append(f"According to the civil protection agency, {self.percent}% of homes in {self.city} were destroyed.")
                P.append(f"Emergency aid of {money(rng, self.aid, cur)} was released {when}.")
            P.append(f"It is the worst disaster in the region since {self.year}, {second} of the {c} Red Crescent said.")
        P += context(rng, self, rewrite, when, report_when)
        if rewrite:
            head, tail = P[:2], P[2:]
            rng.shuffle(tail)
            P = head + tail
        return P

    def headline(self, rng, drift):
        c = self.country["name"]
        if self.kind == "conflict":
            lo, hi = self.fighters
            forms = [f"Up to {grouped(hi)} fighters still active in {c}",
                     f"Between {grouped(lo)} and {grouped(hi)} fighters still active in {c}",
                     f"{cap(self.group)} has {grouped(lo)} to {grouped(hi)} fighters left, official says"]
            if drift == "truncate":
                forms = forms[:1]
        elif self.kind == "budget":
            forms = [f"{c} unveils {money(rng, self.budget, self.currency)} plan to rebuild {self.province}",
                     f"{c} budget: spending up {self.percent}%"]
        else:
            forms = [f"{self.hazard.capitalize()} in {self.province}: death toll rises to {self.dead}",
                     f"At least {self.dead} dead as {self.hazard} hits {c}"]
        return rng.choice(forms)


CONTEXT = [
    "Residents of {city} described long queues for fuel and bread, and several schools have been closed since {month}.",
    "\u201cWe have heard these numbers before,\u201d said a shopkeeper in {city}, who asked not to be named. \u201cNothing changes for us.\u201d",
    "The {adj} interior ministry did not respond to a request for comment {when}.",
    "Independent monitors say access to {place} remains restricted, which makes figures difficult to confirm.",
    "The figures could not be independently verified, and officials in {other} gave a different account.",
    "{second} said the government had an interest in presenting the situation as under control before the elections.",
    "Aid groups have warned for months that conditions in {place} province are deteriorating as winter approaches.",
    "In a statement released {report_when}, the {adj} parliament called for an inquiry into how the money had been spent.",
    "The announcement came two days after a convoy was ambushed on the road between {city} and {place}, officials said.",
    "{short} declined to say how the estimate had been reached, citing \u201coperational reasons.\u201d",
    "Diplomats from {other} and several European capitals are expected to discuss the situation at a meeting next week.",
    "Local journalists say the authorities have repeatedly revised their estimates since {year}.",
    "According to the United Nations, more than {pct} percent of the population of {place} depends on aid.",
    "The opposition has accused the government of inflating the figures to secure more funding from donors.",
    "Satellite images reviewed by researchers show extensive damage to roads and bridges around {city}.",
    "{short}'s office later issued a clarification, saying the remarks had been \u201ctaken out of context.\u201d",
]


def context(rng, story, rewrite, when, report_when):
    values = dict(city=story.city, place=story.province, adj=story.country["adj"], other=story.other["name"],
                  when=when, report_when=report_when, second=f"{story.second[0]} {story.second[1]}",
                  short=story.speaker[1], year=story.year, pct=rng.randint(20, 80),
                  month=MONTHS[story.report.month - 1])
    chosen = rng.sample(CONTEXT, rng.randint(6, 12))
    paragraphs, current = [], []
    for sentence in chosen:
        current.append(sentence.format(**values))
        if len(current) >= rng.randint(1, 3):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def relative_day(event, published):
    days = (published - event).days
    if days == 0:
        return "today"
    if days < 7:
        return f"on {WEEKDAYS[event.weekday()]}"
    return f"on {MONTHS[event.month - 1]} {event.day}"


def relative_month(day, published):
    months = (published.year - day.year) * 12 + published.month - day.month
    if months == 1:
        return "last month"
    if months == 0:
        return "this month"
    return f"in {MONTHS[day.month - 1]}"


def date_line(rng, day):
    form = rng.randrange(7)
    if form == 0:
        return f"Updated {day.day} {MONTHS[day.month - 1]} {day.year}"
    if form == 1:
        return day.strftime("%a %b %d %Y").replace(" 0", " ")
    if form == 2:
        hour = rng.randint(1, 12)
        return (f"Last Modified: {WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} "
                f"{hour}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}")
    if form == 3:
        return day.isoformat()
    if form == 4:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if form == 5:
        return f"Published {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return ""  # no date printed


# --------------------------------------------------------------------------------------------------
# Articles

class Article:
    def __init__(self, name, headline, published, text, body):
        self.name, self.headline, self.published, self.text, self.body = name, headline, published, text, body


def compose(rng, world, stories, story, index, seed):
    """One article about `story`: a wire copy, a rewrite or a drifted copy, in one outlet's layout."""
    role = rng.random()
    rewrite = role > .55
    drift = None
    if rng.random() < .3:
        drift = rng.choice(["truncate", "cells", "place", "value"])
    outlet = story.wire if role < .12 else rng.choice(world.outlets)
    published = story.published + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
    paragraphs = story.telling(rng, published, rewrite, drift)
    if not rewrite and rng.random() < .4:  # a wire copy cut short at the bottom
        paragraphs = paragraphs[:max(3, len(paragraphs) - rng.randint(1, 3))]
    headline = story.headline(rng, drift)
    lines = []
    if rng.random() < .15:
        lines += [f"{story.country['name']} News - Local News - {outlet.replace('The ', '')}", ""]
    lines += [headline, ""]
    layout = rng.randrange(4)
    dline = date_line(rng, published)
    if layout == 0:
        lines += [f"Officials at a press conference in {story.city}. ({story.wire} file photo)", "Short Url"]
        if dline:
            lines.append(dline)
        lines += ["Follow", "", headline, ""]
        lines += [f"  \u2022 {rng.choice(paragraphs)[:120].rstrip()}\u2026", ""]
    else:
        if dline:
            lines += [dline]
        if layout == 1:
            lines.append("icon-facebook icon-twitter icon-whatsapp")
        lines.append("")
    body = []
    for i, p in enumerate(paragraphs):
        body.append(p)
        if i == 3 and rng.random() < .35:
            other = stories[rng.randrange(len(stories))]
            body.append(f"Read Also:  {other.headline(rng, None)}")
    sep = "\n" if layout == 0 else "\n\n"
    lines.append(sep.join(body))
    lines.append("")
    if rng.random() < .4:
        lines += ["Recent Articles", "", "Related News", "", "Leave A Reply", "", "Please enter your comment!",
                  "Please enter your name here"]
    elif layout == 1:
        lines.append("icon-facebook icon-twitter icon-whatsapp")
    if rng.random() < .15:  # an unrelated second story appended by the page
        other = stories[rng.randrange(len(stories))]
        if other is not story:
            extra = other.telling(rng, other.published, True, None)[:rng.randint(2, 4)]
            lines += ["", other.headline(rng, None), "", date_line(rng, other.published) or "Updated today", ""]
            lines += ["\n\n".join(extra)]
    text = "\n".join(lines).rstrip("\n") + "\n"
    digest = hashlib.sha1(f"{seed}:{index}:{outlet}".encode()).hexdigest()[:16]
    return Article(f"{index:05d}_{digest}", headline, published, text, "\n\n".join(body))


def generate(count, seed):
    rng = random.Random(seed)
    world = World(rng, count)
    stories = [Story(rng, world, i) for i in range(max(1, count // 6))]
    articles = []
    # Each story gets a wire original and a skewed number of retellings (most 2-6, a few 20+).
    for i in range(count + 1):
        story = stories[i % len(stories)] if i < len(stories) else stories[min(int(rng.paretovariate(1.2)) - 1, len(stories) - 1)
                                                                             if rng.random() < .3 else rng.randrange(len(stories))]
        articles.append(compose(rng, world, stories, story, i, seed))
    return world, articles


def front_matter(article):
    return (f"---\ntitle: {json.dumps(article.headline)}\ndate: {article.published.isoformat()}\n---\n\n")


def write_config(world, path):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "crosscheck.yml"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    extra_measures = [
        "  - id: displaced", "    label: people displaced", "    unit: people",
        "    terms: [displaced, people displaced, homeless]", "    cues: [displaced]",
        "  - id: deficit", "    label: deficit", "    unit: money", "    terms: [deficit, shortfall]",
        "  - id: spending", "    label: spending", "    unit: money", "    terms: [budget, spending, aid, emergency aid]",
        "    cues: [spend, released, asked donors for]",
    ]
    extra_topics = [
        "  - id: disasters", "    title: Disasters", "    summary: People killed and displaced by disasters.",
        "    measures: [displaced]",
        "  - id: budgets", "    title: Budgets", "    summary: Spending and deficits.", "    measures: [deficit, spending]",
    ]
    out = []
    for line in lines:
        out.append(line)
        if line == "measures:":
            out += extra_measures
        elif line == "places:":
            out += world.config_places()
        elif line == "topics:":
            out += extra_topics
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


HUGO_CONFIG = """baseURL = "http://example.org/"
languageCode = "en"
title = "Crosscheck benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""
HUGO_SINGLE = """<!doctype html><html><head><title>{{ .Title }}</title></head><body>
<h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
{{ .Content }}
</body></html>
"""
HUGO_LIST = """<!doctype html><html><head><title>{{ .Title }}</title></head><body>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</body></html>
"""


def write(out, count, seed, hugo=None):
    world, articles = generate(count, seed)
    hugo = hugo or os.path.join(out, "hugo")
    for folder in [out, hugo]:
        if os.path.exists(folder):
            shutil.rmtree(folder)
    for sub in ["txt", "extra"]:
        os.makedirs(os.path.join(out, sub))
    for sub in ["content/posts", "layouts/_default"]:
        os.makedirs(os.path.join(hugo, sub))
    total = 0
    with open(os.path.join(out, "bodies.md"), "w", encoding="utf-8") as bodies:
        for n, a in enumerate(articles):
            folder = "txt" if n < count else "extra"
            data = a.text.encode("utf-8")
            with open(os.path.join(out, folder, a.name + ".txt"), "wb") as f:
                f.write(data)
            if n < count:
                total += len(data)
                bodies.write(a.body + "\n\n")
                with open(os.path.join(hugo, "content/posts", a.name + ".md"), "w", encoding="utf-8") as f:
                    f.write(front_matter(a) + a.body + "\n")
    for name, text in [("config.toml", HUGO_CONFIG), ("layouts/_default/single.html", HUGO_SINGLE),
                       ("layouts/_default/list.html", HUGO_LIST), ("layouts/index.html", HUGO_LIST)]:
        with open(os.path.join(hugo, name), "w", encoding="utf-8") as f:
            f.write(text)
    write_config(world, os.path.join(out, "crosscheck.yml"))
    manifest = {"count": count, "seed": seed, "txtBytes": total,
                "bodiesBytes": os.path.getsize(os.path.join(out, "bodies.md")),
                "outlets": len(world.outlets), "places": len(world.config_places())}
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
    return manifest


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    parser.add_argument("--hugo", help="folder for the Hugo site (default: OUT/hugo)")
    args = parser.parse_args()
    print(json.dumps(write(args.out, args.count, args.seed, args.hugo), sort_keys=True))


if __name__ == "__main__":
    main()
