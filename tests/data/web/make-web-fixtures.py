#!/usr/bin/env python3
# Writes synthetic web-analytics fixtures (Matomo, Google Analytics UA and GA4, YouTube Studio
# dimension tables) that reproduce the byte layout of real exports, with invented values, and
# EXPECTED.md with the figures a reader must find, computed here from the model (never by Beamline).
# Python 3 standard library only; deterministic (fixed seeds, fixed ZIP timestamps).
# Usage: python3 make-web-fixtures.py   (writes next to itself)
import datetime as dt
import os
import random
import zipfile
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"
THIN = "\u2009"
EXPECTED = []  # (relative path, list of markdown lines)


# ---------------------------------------------------------------------------------------------
# helpers

def hround(x, nd=0):
    """Half-up rounding (PHP round(), GA's display), returned as Decimal."""
    q = Decimal(1).scaleb(-nd)
    return Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)


def php_num(x):
    """PHP float-to-string for the rounded values Matomo writes (2.0 -> "2", 2.30 -> "2.3")."""
    d = Decimal(str(x)).normalize()
    s = format(d, "f")
    return s


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return rel


def utf16(text):
    return b"\xff\xfe" + text.encode("utf-16-le")


def days(start, n):
    return [start + dt.timedelta(days=i) for i in range(n)]


def describe_bytes(b):
    if b[:2] == b"\xff\xfe":
        enc = "UTF-16LE with BOM `FF FE`"
        t = b[2:].decode("utf-16-le")
    elif b[:3] == b"\xef\xbb\xbf":
        enc = "UTF-8 with BOM"
        t = b[3:].decode("utf-8")
    else:
        enc = "UTF-8, no BOM"
        t = b.decode("utf-8")
    eol = "CRLF" if "\r\n" in t else "LF"
    if t.endswith("\n\n") or t.endswith("\r\n\r\n"):
        fin = "ends with an empty line (two line ends)"
    elif t.endswith("\n"):
        fin = "final line end"
    else:
        fin = "no final line end"
    return f"{len(b)} bytes; {enc}; {eol}; {fin}; {t.count(NBSP)} U+00A0"


def expect(rel, lines):
    EXPECTED.append((rel, lines))


def en_int(n):
    """GA en-US: 1234 -> "1,234" (the CSV writer then quotes it)."""
    return f"{n:,}"


def ga_cell(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s


def hms(seconds):
    s = int(hround(seconds))
    return f"{s // 3600:02d}:{(s % 3600) // 60:02d}:{s % 60:02d}"


def yt_hms(seconds):
    s = int(hround(seconds))
    return f"{s // 3600}:{(s % 3600) // 60:02d}:{s % 60:02d}"


def split_int(total, weights, rng=None):
    """Largest-remainder split of an integer total by weights."""
    tw = sum(weights)
    raw = [total * w / tw for w in weights]
    out = [int(r) for r in raw]
    rest = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - out[i], -i), reverse=True)
    for i in order[:rest]:
        out[i] += 1
    return out


# ---------------------------------------------------------------------------------------------
# Matomo (layout: matomo-org/matomo core/DataTable/Renderer/Csv.php and tests/PHPUnit/System/expected)

LANG = {  # lang/*.json and plugins/*/lang/*.json of matomo-org/matomo @ f09912cb (2024-10-24)
    "en": dict(date="Date", label="Label", uniq="Unique visitors", users="Users", visits="Visits", actions="Actions",
               conv="Visits with Conversions", bounces="Bounces", sumlen="Total time spent by visitors (in seconds)",
               maxact="Maximum actions in one visit", brate="Bounce Rate", apv="Actions per Visit",
               avg="Avg. Visit Duration (in seconds)", meta="Metadata", report="Visits Summary", pct="%",
               websites="Websites", channel="Channel Type"),
    "de": dict(date="Datum", label="Bezeichnung", uniq="Eindeutige Besucher", users="Benutzer", visits="Besuche", actions="Aktionen",
               conv="Besuche mit Konversionen", bounces="Absprünge", sumlen="Von Besuchern verbrachte Gesamtzeit (in Sekunden)",
               maxact="Maximale Aktionen pro Besuch", brate="Absprungsrate", apv="Aktionen pro Besuch",
               avg="Durchschn. Besuchszeit (in Sekunden)", meta="Metadaten", report="Besucherüberblick", pct=NBSP + "%",
               websites="Webseiten", channel="Kanaltyp"),
    "fr": dict(date="Date", label="Nom", uniq="Visiteurs uniques", users="Utilisateurs", visits="Visites", actions="Actions",
               conv="Visites avec conversions", bounces="Rebonds", sumlen="Temps total passé par les visiteurs (en secondes)",
               maxact="Nombre maximum d'actions en une visite", brate="Taux de rebond", apv="Actions par visite",
               avg="Durée moy. des visites (en secondes)", meta="Méta-données", report="Récapitulatif des visites", pct=NBSP + "%",
               websites="Sites web", channel="Type de canal"),
    "es": dict(date="Fecha", label="Etiqueta", uniq="Visitantes únicos", users="Usuarios", visits="Visitas", actions="Acciones",
               conv="Visitas con conversiones", bounces="Rebotes", sumlen="Tiempo total de los visitantes en el sitio (en segundos)",
               maxact="Acciones máximas en una visita", brate="Porcentaje de rebote", apv="Acciones por visita",
               avg="Promedio de duración de las visitas (en segundos)", meta="Metadatos", report="Resumen de visitas", pct=NBSP + "%",
               websites="Sitios de internet", channel="Tipo de canal"),
    "it": dict(date="Data", label="Etichetta", uniq="Visitatori unici", users="Utenti", visits="Visite", actions="Azioni nel sito",
               conv="Visite con Conversioni", bounces="Rimbalzi", sumlen="Durata totale delle visite (in secondi)",
               maxact="Numero massimo di azioni in una visita", brate="% rimbalzi", apv="Azioni per visita",
               avg="Durata media delle visite (in secondi)", meta="Metadati", report="Sommario delle visite", pct="%",
               websites="Siti web", channel="Tipo di Canale"),
    "nl": dict(date="Datum", label="Waarde", uniq="Unieke bezoekers", users="Gebruikers", visits="Bezoeken", actions="Acties",
               conv="Bezoeken met conversies", bounces="Bounces", sumlen="Totale bestede tijd door bezoekers (in seconden)",
               maxact="Maximaal aantal acties in een bezoek", brate="Bounce-ratio", apv="Acties per bezoek",
               avg="Gemiddelde duur bezoek (in seconden)", meta="Metadata", report="Bezoekerssamenvatting", pct="%",
               websites="Websites", channel="Kanaaltype"),
    "pt": dict(date="Data", label="Etiqueta", uniq="Visitantes únicos", users="Utilizadores", visits="Visitas", actions="Ações",
               conv="Visitas com Conversões", bounces="Ressaltos", sumlen="Tempo total gasto pelos visitantes (em segundos)",
               maxact="Número máximo de ações numa visita", brate="Taxa de ressalto", apv="Ações por Visita",
               avg="Duração média das visitas (em segundos)", meta="Metadados", report="Resumo das visitas", pct="%",
               websites="Sites", channel="Tipo de canal"),
}
# Range of 2017-01-01..2017-01-14 as Matomo's Period\Range::getLocalizedLongString() writes it
# (Intl_Format_Interval_Long_D of each language; U+2009 thin spaces around the en dash in English).
RANGE_NAME = {"en": f"January 1{THIN}–{THIN}14, 2017", "de": "1.–14. Januar 2017", "fr": "1–14 janvier 2017",
              "es": "1–14 de enero de 2017", "it": "01–14 gennaio 2017", "nl": "1–14 januari 2017",
              "pt": "1–14 de janeiro de 2017"}
RAW_ORDER = ["uniq", "users", "visits", "actions", "conv", "bounces", "sumlen", "maxact", "brate", "apv", "avg"]
RAW_IDS = dict(uniq="nb_uniq_visitors", users="nb_users", visits="nb_visits", actions="nb_actions", conv="nb_visits_converted",
               bounces="bounce_count", sumlen="sum_visit_length", maxact="max_actions", brate="bounce_rate",
               apv="nb_actions_per_visit", avg="avg_time_on_site")


def mcell(v, sep=","):
    s = str(v).replace("\t", " ")
    if '"' in s or sep in s or "," in s or ";" in s:
        s = '"' + s.replace('"', '""') + '"'
    return s


def matomo_day(rng, visits):
    uniq = max(1, int(visits * rng.uniform(0.78, 0.95)))
    bounces = int(visits * rng.uniform(0.35, 0.6))
    actions = bounces + (visits - bounces) * rng.randint(2, 4) + rng.randint(0, visits // 3)
    sumlen = (visits - bounces) * rng.randint(150, 320) + rng.randint(0, 500)
    conv = rng.randint(0, max(1, visits // 40))
    return dict(uniq=uniq, users=0, visits=visits, actions=actions, conv=conv, bounces=bounces, sumlen=sumlen,
                maxact=rng.randint(12, 40))


def matomo_values(d, pct):
    brate = f"{hround(100 * d['bounces'] / d['visits'])}{pct}"
    apv = php_num(hround(d["actions"] / d["visits"], 1))
    avg = str(hround(d["sumlen"] / d["visits"]))
    vals = dict(d, brate=brate, apv=apv, avg=avg)
    return [str(vals[k]) for k in RAW_ORDER]


def matomo_expect_day(label, d):
    return (f"| {label} | {d['visits']} | {d['uniq']} | {d['actions']} | {d['bounces']} | {d['sumlen']} | "
            f"{d['bounces'] / d['visits']:.6f} | {d['sumlen'] / d['visits']:.4f} |")


MATOMO_HEAD = ["| period | visits | unique visitors | actions | bounces | total seconds | bounce rate (exact fraction) | avg visit seconds (exact) |",
               "|---|---|---|---|---|---|---|---|"]


def make_matomo():
    rng = random.Random(1001)
    # One model for every Matomo fixture: 35 days (2016-12-26..2017-01-29); per day, the referring websites'
    # rows and the five channels; the day's totals are the sums of the channels (unique visitors excepted).
    all_days = days(dt.date(2016, 12, 26), 35)
    sites = ["instagram.com", "l.instagram.com", "physicsworld.example", "news.example.org", "wiki.example.net"]
    chan = [("Direct Entry", "direct", 1), ("Search Engines", "search", 2), ("Websites", "website", 3),
            ("Social Networks", "social", 7), ("Campaigns", "campaign", 6)]
    site_rows = {}   # day -> [(site, metrics, conversions)]
    chan_rows = {}   # day -> {channel: metrics}
    model = {}       # day -> totals
    for i, day in enumerate(all_days):
        rows = []
        for s in sites:
            if s != "instagram.com" and rng.random() < 0.2:
                continue  # no visit from that site that day: no row
            v = rng.randint(20, 50) if s == "instagram.com" else rng.randint(2, 25)
            d = matomo_day(rng, v)
            conv = rng.randint(1, 3) if (day >= dt.date(2017, 1, 7) and s in ("instagram.com", "physicsworld.example")
                                         and rng.random() < 0.7) else 0
            d["conv"] = min(conv, v)
            rows.append((s, d, d["conv"]))
        rows.sort(key=lambda r: -r[1]["visits"])
        site_rows[day] = rows
        web = {k: sum(r[1][k] for r in rows) for k in ("visits", "actions", "conv", "bounces", "sumlen")}
        web["uniq"] = max(1, int(sum(r[1]["uniq"] for r in rows) * 0.98))
        web["maxact"] = max(r[1]["maxact"] for r in rows)
        ch = {"Direct Entry": matomo_day(rng, rng.randint(50, 130)), "Search Engines": matomo_day(rng, rng.randint(70, 160)),
              "Websites": web, "Social Networks": matomo_day(rng, rng.randint(20, 70))}
        if rng.random() < 0.4:
            ch["Campaigns"] = matomo_day(rng, rng.randint(1, 9))
        chan_rows[day] = ch
        tot = {k: sum(m[k] for m in ch.values()) for k in ("visits", "actions", "conv", "bounces", "sumlen")}
        tot["uniq"] = int(sum(m["uniq"] for m in ch.values()) * 0.97)
        tot["users"] = 0
        tot["maxact"] = max(m["maxact"] for m in ch.values())
        model[day] = tot

    def agg(ds, uniq_factor):
        t = {k: sum(model[d][k] for d in ds) for k in ("visits", "actions", "conv", "bounces", "sumlen")}
        t["uniq"] = int(sum(model[d]["uniq"] for d in ds) * uniq_factor)
        t["users"] = 0
        t["maxact"] = max(model[d]["maxact"] for d in ds)
        return t

    start = dt.date(2017, 1, 1)
    dd = days(start, 14)
    daily = [model[d] for d in dd]

    # 1. raw metric ids, one period, no date column (test_csvExport_xp0__VisitsSummary.get_day.csv)
    d5 = daily[4]
    text = ",".join(RAW_IDS[k] for k in RAW_ORDER) + "\n" + ",".join(matomo_values(d5, "%"))
    rel = write("matomo/Export _ Visits Summary _ Thursday, January 5, 2017.csv", utf16(text))
    b = utf16(text)
    expect(rel, [f"Bytes: {describe_bytes(b)}. Mirrors `test_csvExport_xp0__VisitsSummary.get_day.csv` (raw ids, no date column; "
                 "the period is only in the file name: Matomo's localized long day string).",
                 "Period: 2017-01-05 (from the file name only).", *MATOMO_HEAD, matomo_expect_day("2017-01-05", d5),
                 f"`bounce_rate` cell: `{matomo_values(d5, '%')[8]}`; `avg_time_on_site` cell: `{matomo_values(d5, '%')[10]}` (rounded seconds); "
                 f"`nb_actions_per_visit`: `{matomo_values(d5, '%')[9]}`. `nb_users` is 0 (no User ID)."])

    # 1b. the same in English UI labels (test_csvExport_xp1_inner0_trans-en__VisitsSummary.get_day.csv)
    L = LANG["en"]
    text = ",".join(L[k] for k in RAW_ORDER) + "\n" + ",".join(matomo_values(d5, "%"))
    rel = write("matomo/en/Export _ Visits Summary _ Thursday, January 5, 2017.csv", utf16(text))
    expect(rel, [f"Bytes: {describe_bytes(utf16(text))}. Mirrors `..._trans-en__VisitsSummary.get_day.csv`: translated labels, no date column.",
                 *MATOMO_HEAD, matomo_expect_day("2017-01-05", d5)])

    # 1c. German, one period, with the trailing metadata column (test_csvExport_xp1_inner1_trans-de__VisitsSummary.get_day.csv)
    L = LANG["de"]
    text = (",".join(L[k] for k in RAW_ORDER) + ",Metadaten: is_aggregate\n"
            + ",".join(mcell(v) for v in matomo_values(d5, L["pct"])) + ",0")
    rel = write("matomo/de/Export _ Besucherüberblick _ Donnerstag, 5. Januar 2017.csv", utf16(text))
    expect(rel, [f"Bytes: {describe_bytes(utf16(text))}. Mirrors `..._trans-de__VisitsSummary.get_day.csv`: German labels, "
                 "`Absprungsrate` as `NN\u00a0%` (U+00A0 before %), last column `Metadaten: is_aggregate` = 0.",
                 *MATOMO_HEAD, matomo_expect_day("2017-01-05", d5),
                 f"`Absprungsrate` cell bytes: `{matomo_values(d5, NBSP + '%')[8].replace(NBSP, '<U+00A0>')}`."])

    # 2. raw ids with a leading date column, weeks (test_csvExport_multi__VisitsSummary.get_week.csv)
    weeks = [(dt.date(2016, 12, 26) + dt.timedelta(weeks=i)) for i in range(5)]
    wdata = [agg(days(w, 7), 0.86) for w in weeks]
    lines = ["date," + ",".join(RAW_IDS[k] for k in RAW_ORDER)]
    for w, d in zip(weeks, wdata):
        key = f"{w.isoformat()},{(w + dt.timedelta(days=6)).isoformat()}"
        lines.append(mcell(key) + "," + ",".join(matomo_values(d, "%")))
    text = "\n".join(lines)
    rel = write(f"matomo/Export _ Visits Summary _ December 26, 2016{THIN}–{THIN}January 29, 2017.csv", utf16(text))
    rows = [matomo_expect_day(f"{w} – {w + dt.timedelta(days=6)}", d) for w, d in zip(weeks, wdata)]
    expect(rel, [f"Bytes: {describe_bytes(utf16(text))}. Mirrors `test_csvExport_multi__VisitsSummary.get_week.csv`: first column `date`, "
                 "each week quoted because it holds a comma (`\"2016-12-26,2017-01-01\"`). The file name's range has U+2009 thin spaces "
                 "around the en dash (Intl_Format_Interval_Long_Y).", *MATOMO_HEAD, *rows,
                 f"Sum of nb_visits over the 5 weeks: {sum(d['visits'] for d in wdata)}; sum of nb_uniq_visitors (NOT a period's "
                 f"unique visitors): {sum(d['uniq'] for d in wdata)}."])

    # 3. daily "Visits Over Time" in every language (translated, Date first), UTF-16LE, plus an English TSV
    for lang, L in LANG.items():
        lines = [L["date"] + "," + ",".join(L[k] for k in RAW_ORDER)]
        for day, d in zip(dd, daily):
            lines.append(day.isoformat() + "," + ",".join(mcell(v) for v in matomo_values(d, L["pct"])))
        text = "\n".join(lines)
        sub = "" if lang == "en" else lang + "/"
        rel = write(f"matomo/{sub}Export _ {L['report']} _ {RANGE_NAME[lang]}.csv", utf16(text))
        e = [f"Bytes: {describe_bytes(utf16(text))}. Header: `{lines[0]}`.",
             "Header cells, report name and range in the file name are Matomo's own strings for this language (lang/*.json, "
             "plugins/Intl/lang/*.json @ f09912cb); a real rendering exists in Matomo's expected outputs for en and de only.",
             f"Bounce-rate style: `{matomo_values(daily[0], L['pct'])[8].replace(NBSP, '<U+00A0>')}` "
             f"({'U+00A0 before %' if NBSP in L['pct'] else 'no space before %'}, Intl_NumberFormatPercent of `{lang}`).",
             "Per day (same figures in every language):", *MATOMO_HEAD]
        e += [matomo_expect_day(day.isoformat(), d) for day, d in zip(dd, daily)]
        tv = sum(d["visits"] for d in daily)
        tb = sum(d["bounces"] for d in daily)
        ts = sum(d["sumlen"] for d in daily)
        e.append(f"Totals over the 14 days (additive ones only): visits {tv}, actions {sum(d['actions'] for d in daily)}, bounces {tb}, "
                 f"total seconds {ts}; period bounce rate {tb / tv:.6f}; avg visit seconds {ts / tv:.4f}. "
                 "Unique visitors are NOT additive: no period figure is in this file.")
        expect(rel, e)
        if lang == "en":
            tsv = "\n".join(l.replace(",", "\t") for l in lines)  # no cell holds a comma here
            rel = write(f"matomo/Export _ {L['report']} _ {RANGE_NAME[lang]}.tsv", utf16(tsv))
            expect(rel, [f"Bytes: {describe_bytes(utf16(tsv))}. \"TSV (Excel)\": the same renderer with a tab separator; same figures as the .csv above."])

    # 4. Websites by day (Date,Label,...) with Matomo's ragged rows: a column that first appears on a later
    #    day (the goal columns) is appended to the header, and earlier rows are shorter than the header.
    allcols = []
    out = []
    site_totals = {s: 0 for s in sites}
    e_rows = []
    for day in dd:
        for s, d, conv in site_rows[day]:
            row = {"Label": s, "Unique visitors": d["uniq"], "Visits": d["visits"], "Actions": d["actions"],
                   "Maximum actions in one visit": d["maxact"], "Total time spent by visitors (in seconds)": d["sumlen"],
                   "Bounces": d["bounces"], "Visits with Conversions": conv}
            if conv:
                row.update({"Conversions (Goal idgoal=1)": conv, "Visits with Conversions (Goal idgoal=1)": conv,
                            "Revenue (Goal idgoal=1)": 0, "Conversions": conv, "Revenue": 0})
            row["Metadata: segment"] = "referrerName==" + s
            for k in row:
                if k not in allcols:
                    allcols.append(k)
            site_totals[s] += d["visits"]
            e_rows.append((day, s, d, conv))
            out.append((day, dict(row), list(allcols)))
    lines = ["Date," + ",".join(allcols)]
    for day, row, cols in out:
        lines.append(day.isoformat() + "," + ",".join(mcell(row.get(c, "")) for c in cols))
    text = "\n".join(lines)
    rel = write(f"matomo/Export _ Websites _ {RANGE_NAME['en']}.csv", utf16(text))
    short = sum(1 for _, _, cols in out if len(cols) < len(allcols))
    e = [f"Bytes: {describe_bytes(utf16(text))}. Referrers > Websites exported for a date range by day: `Date,Label,...`, one row "
         "per referring site per day, days without a visit from a site have no row for it.",
         f"Ragged rows (real Matomo behaviour, `Csv::renderDataTableMap()`): the header has {len(allcols) + 1} cells; the goal columns first "
         f"appear on the first day with a conversion, so the {short} rows of the earlier days have {len(out[0][2]) + 1} cells. Those "
         "rows are valid, not corrupt.",
         "| day | site | visits | unique visitors | bounces | total seconds | conversions |", "|---|---|---|---|---|---|---|"]
    e += [f"| {day} | {s} | {d['visits']} | {d['uniq']} | {d['bounces']} | {d['sumlen']} | {conv} |" for day, s, d, conv in e_rows]
    e.append("Visits per site over the 14 days: " + ", ".join(f"{s} {site_totals[s]}" for s in sites) + ".")
    e.append("Instagram channel (instagram.com + l.instagram.com) per day: " + ", ".join(
        f"{day} {sum(d['visits'] for dd_, s, d, c in e_rows if dd_ == day and s.endswith('instagram.com'))}" for day in dd) + ".")
    expect(rel, e)

    # 5. Channel Type by day: the five channels partition each day's visits of the Visits Over Time file above
    lines = ["Date,Label,Unique visitors,Visits,Actions,Maximum actions in one visit,Total time spent by visitors (in seconds),"
             "Bounces,Visits with Conversions,Metadata: segment,Metadata: referrer_type"]
    e = ["| day | " + " | ".join(c[0] for c in chan) + " | sum = day's visits |", "|---" * (len(chan) + 2) + "|"]
    for day in dd:
        rows = []
        for name, seg, rt in chan:
            m = chan_rows[day].get(name)
            if m:
                rows.append((m["visits"], [day.isoformat(), name, str(m["uniq"]), str(m["visits"]), str(m["actions"]), str(m["maxact"]),
                                           str(m["sumlen"]), str(m["bounces"]), str(m["conv"]), "referrerType==" + seg, str(rt)]))
        rows.sort(key=lambda r: -r[0])
        lines += [",".join(r[1]) for r in rows]
        e.append(f"| {day} | " + " | ".join(str(chan_rows[day][c[0]]["visits"]) if c[0] in chan_rows[day] else "(no row)" for c in chan)
                 + f" | {model[day]['visits']} |")
    text = "\n".join(lines)
    rel = write(f"matomo/Export _ Channel Type _ {RANGE_NAME['en']}.csv", utf16(text))
    expect(rel, [f"Bytes: {describe_bytes(utf16(text))}. Referrers > Channel Type by day; header verbatim: `{lines[0]}`. Rows sorted by "
                 "visits within a day; a channel with no visit that day has no row.",
                 "The channels partition each day's visits of `Export _ Visits Summary _ January 1–14, 2017.csv`, and the `Websites` "
                 "channel's visits, actions, bounces and seconds are the sums of that day's rows in the Websites report:", *e])

    # 6. empty report: ASCII "No data available", no BOM, no newline
    rel = write("matomo/Export _ Websites _ Sunday, February 5, 2017.csv", b"No data available")
    expect(rel, ["17 bytes, plain ASCII `No data available`, no BOM, no line end: an empty report (nothing to import), not an error."])

    # 7. scheduled e-mail report, CSV and TSV: UTF-8 without BOM, report title / raw header / rows / empty line, repeated
    for ext, sep in (("csv", ","), ("tsv", "\t")):
        wk = agg(days(dt.date(2017, 1, 2), 7), 0.86)
        V, A, Bn, S, U = wk["visits"], wk["actions"], wk["bounces"], wk["sumlen"], wk["uniq"]

        def sec(title, header, rows):
            body = sep.join(header) + "\n" + "\n".join(sep.join(mcell(c, sep) for c in r) for r in rows) if rows else "No data available"
            return f"{title}\n{body}\n\n"

        out = sec("Visits Summary", ["nb_uniq_visitors", "nb_visits", "nb_actions", "max_actions", "nb_actions_per_visit",
                                     "avg_time_on_site", "bounce_rate"],
                  [[U, V, A, wk["maxact"], php_num(hround(A / V, 1)), hms(S / V), f"{hround(100 * Bn / V)}%"]])
        crow = []
        for name, _, _ in chan:
            m = {k: sum(chan_rows[d][name][k] for d in days(dt.date(2017, 1, 2), 7) if name in chan_rows[d])
                 for k in ("visits", "actions", "bounces", "sumlen")}
            if m["visits"]:
                crow.append([name, m["visits"], m["actions"], php_num(hround(m["actions"] / m["visits"], 1)), hms(m["sumlen"] / m["visits"]),
                             f"{hround(100 * m['bounces'] / m['visits'])}%", "$0"])
        crow.sort(key=lambda r: -r[1])
        week_sites = {}
        for d in days(dt.date(2017, 1, 2), 7):
            for s_, m_, c_ in site_rows[d]:
                w_ = week_sites.setdefault(s_, dict(visits=0, actions=0, bounces=0, sumlen=0))
                for k in w_:
                    w_[k] += m_[k]
        out += sec("Channel Type", ["label", "nb_visits", "nb_actions", "nb_actions_per_visit", "avg_time_on_site", "bounce_rate", "revenue"], crow)
        out += sec("Custom Variables", [], [])
        wrow = [[s_, m_["visits"], m_["actions"], php_num(hround(m_["actions"] / m_["visits"], 1)), hms(m_["sumlen"] / m_["visits"]),
                 f"{hround(100 * m_['bounces'] / m_['visits'])}%", "$0"] for s_, m_ in sorted(week_sites.items(), key=lambda t: -t[1]["visits"])]
        out += sec("Websites", ["label", "nb_visits", "nb_actions", "nb_actions_per_visit", "avg_time_on_site", "bounce_rate", "revenue"], wrow)
        cc = split_int(V, [5, 2, 2, 1, 1])
        out += sec("Country", ["label", "nb_visits", "nb_actions", "nb_actions_per_visit", "avg_time_on_site", "bounce_rate", "revenue"],
                   [[n, v, int(v * 2.4), "2.4", "00:02:50", "47%", "$0"] for n, v in
                    zip(["Switzerland", "France", "Germany", "United Kingdom", "Italy"], cc)])
        out += sec("Social Networks", [], [])
        b = out.encode("utf-8")
        rel = write(f"matomo/scheduled/Example Physics Lab - January 2, 2017{THIN}–{THIN}January 8, 2017 - Weekly web summary.{ext}", b)
        expect(rel, [f"Bytes: {describe_bytes(b)}. Scheduled e-mail report (ScheduledReports, `ReportRenderer/Csv.php`): UTF-8 WITHOUT "
                     "BOM (convertToUnicode off), several blocks of report title / raw metric-id header / rows / one empty line; an empty "
                     "report is the line `No data available`; durations `HH:MM:SS`, revenue `$0`, rates `NN%`. Mirrors "
                     "`test_TwoVisitors_twoWebsites_differentDays_schedrep_in_" + ext + "__...month.original." + ext + "`.",
                     "Sections in order: Visits Summary, Channel Type, Custom Variables (No data available), Websites, Country, Social Networks "
                     "(No data available).",
                     f"Visits Summary (2017-01-02..2017-01-08): nb_visits {V}, nb_uniq_visitors {U}, nb_actions {A}, avg_time_on_site "
                     f"`{hms(S / V)}` = {int(hround(S / V))} s (exact {S / V:.4f}), bounce_rate `{hround(100 * Bn / V)}%` (exact fraction {Bn / V:.6f}).",
                     "Channel Type rows: " + "; ".join(f"{r[0]} {r[1]} visits" for r in crow) + f" (sum {sum(r[1] for r in crow)} = nb_visits).",
                     "Websites rows: " + "; ".join(f"{r[0]} {r[1]}" for r in wrow) + " (sum " + str(sum(r[1] for r in wrow))
                     + " = the Channel Type row `Websites`). Matomo's own expected output shows URL-level labels here; these are domains.",
                     "Country rows sum to " + str(sum(cc)) + "."])


# ---------------------------------------------------------------------------------------------
# Google Analytics (Universal)

def ga_preamble(view, report, a, b, pad=""):
    return (f"# ----------------------------------------{pad}\n# {view}{pad}\n# {report}{pad}\n# {a:%Y%m%d}-{b:%Y%m%d}{pad}\n"
            f"# ----------------------------------------{pad}\n\n")


def us_day(d):
    return f"{d.month}/{d.day}/{d:%y}"


def make_ga():
    rng = random.Random(2002)
    start = dt.date(2017, 1, 1)
    dd = days(start, 14)
    a, b = dd[0], dd[-1]
    # underlying per-day per-source model
    sources = ["google / organic", "(direct) / (none)", "instagram.com / referral", "l.instagram.com / referral", "t.co / referral",
               "facebook.com / referral", "m.facebook.com / referral", "physicsworld.example / referral"]
    model = {}
    for d in dd:
        for s in sources:
            base = {"google / organic": 420, "(direct) / (none)": 300, "instagram.com / referral": 90, "l.instagram.com / referral": 60,
                    "t.co / referral": 45, "facebook.com / referral": 70, "m.facebook.com / referral": 50,
                    "physicsworld.example / referral": 15}[s]
            se = max(1, int(base * rng.uniform(0.6, 1.4)))
            us = int(se * rng.uniform(0.82, 0.95))
            nu = int(us * rng.uniform(0.5, 0.8))
            bo = int(se * rng.uniform(0.35, 0.7))
            pv = se + (se - bo) * rng.randint(1, 3)
            sec = (se - bo) * rng.randint(120, 300)
            model[(d, s)] = dict(sessions=se, users=us, new=nu, bounces=bo, pageviews=pv, seconds=sec,
                                 goals=rng.randint(0, 2) if s == "google / organic" else 0)
    day = {d: {k: sum(model[(d, s)][k] for s in sources) for k in ("sessions", "users", "new", "bounces", "pageviews", "seconds", "goals")}
           for d in dd}
    # users are not additive: a day's users < sum over sources, a period's users < sum over days
    for d in dd:
        day[d]["users"] = int(day[d]["users"] * 0.97)
    src_users = {s: int(sum(model[(d, s)]["users"] for d in dd) * 0.9) for s in sources}
    T = {k: sum(day[d][k] for d in dd) for k in ("sessions", "bounces", "pageviews", "seconds", "new", "goals")}
    T["users"] = int(sum(src_users.values()) * 0.93)

    def pct(x):
        return f"{hround(100 * x, 2)}%"

    # --- Source / Medium (Acquisition > All Traffic > Source/Medium), English --------------------------
    head = ("Source / Medium,Users,New Users,Sessions,Bounce Rate,Pages / Session,Avg. Session Duration,"
            "Goal Conversion Rate,Goal Completions,Goal Value")
    rows = []
    per = {}
    for s in sources:
        m = {k: sum(model[(d, s)][k] for d in dd) for k in ("sessions", "new", "bounces", "pageviews", "seconds", "goals")}
        m["users"] = src_users[s]
        per[s] = m
    for s in sorted(sources, key=lambda s: -per[s]["sessions"]):
        m = per[s]
        rows.append(",".join([ga_cell(s), ga_cell(en_int(m["users"])), ga_cell(en_int(m["new"])), ga_cell(en_int(m["sessions"])),
                              pct(m["bounces"] / m["sessions"]), f"{hround(m['pageviews'] / m['sessions'], 2)}",
                              hms(m["seconds"] / m["sessions"]), pct(m["goals"] / m["sessions"]), str(m["goals"]), "$0.00"]))
    tot = ",".join(["", ga_cell(en_int(T["users"])), ga_cell(en_int(T["new"])), ga_cell(en_int(T["sessions"])),
                    pct(T["bounces"] / T["sessions"]), f"{hround(T['pageviews'] / T['sessions'], 2)}", hms(T["seconds"] / T["sessions"]),
                    pct(T["goals"] / T["sessions"]), str(T["goals"]), "$0.00"])
    di = ["Day Index,Sessions"] + [f"{us_day(d)},{ga_cell(en_int(day[d]['sessions']))}" for d in dd] + [f",{ga_cell(en_int(T['sessions']))}"]
    text = ga_preamble("All Web Site Data", "Source/Medium", a, b) + head + "\n" + "\n".join(rows) + "\n" + tot + "\n\n" + "\n".join(di) + "\n\n"
    rel = write(f"ga/Analytics All Web Site Data Source Medium {a:%Y%m%d}-{b:%Y%m%d}.csv", text.encode())
    e = [f"Bytes: {describe_bytes(text.encode())}. Layout of the real English files (5 `#` lines incl. `# YYYYMMDD-YYYYMMDD`, empty line, "
         "header, rows, totals row with an empty dimension cell, empty line, `Day Index,Sessions`, M/D/YY days, a total row, empty last line). "
         "The header of this report is [B]: no real Source/Medium export was found (see the report).",
         f"Totals row: sessions {T['sessions']}, users {T['users']} (NOT the sum of the rows' users, {sum(per[s]['users'] for s in sources)}), "
         f"new users {T['new']}, bounce rate cell `{pct(T['bounces'] / T['sessions'])}` = {hround(T['bounces'] / T['sessions'], 4)} "
         f"(exact {T['bounces'] / T['sessions']:.6f}), avg session duration `{hms(T['seconds'] / T['sessions'])}` = "
         f"{int(hround(T['seconds'] / T['sessions']))} s (exact {T['seconds'] / T['sessions']:.4f}), pages/session "
         f"`{hround(T['pageviews'] / T['sessions'], 2)}`, goal completions {T['goals']}.",
         "Per source (period): | source / medium | sessions | users | new users | bounces | pageviews | seconds |", "|---|---|---|---|---|---|---|"]
    e += [f"| {s} | {per[s]['sessions']} | {per[s]['users']} | {per[s]['new']} | {per[s]['bounces']} | {per[s]['pageviews']} | {per[s]['seconds']} |"
          for s in sources]
    e.append("Sum of the rows' sessions = " + str(sum(per[s]['sessions'] for s in sources)) + " = totals sessions.")
    e.append("Instagram (instagram.com + l.instagram.com): " + str(per['instagram.com / referral']['sessions'] + per['l.instagram.com / referral']['sessions'])
             + " sessions; X (t.co): " + str(per['t.co / referral']['sessions']) + "; Facebook (facebook.com + m.facebook.com): "
             + str(per['facebook.com / referral']['sessions'] + per['m.facebook.com / referral']['sessions']) + ".")
    e.append("Day Index (sessions per day): " + ", ".join(f"{d} {day[d]['sessions']}" for d in dd) + f"; total {T['sessions']}.")
    expect(rel, e)

    # --- Landing Pages ---------------------------------------------------------------------------------
    pages = ["/", "/visit/open-days", "/news/2017/01/neutrino-result", "/education/guess-what-it-is", "/about/history",
             "/jobs", "/news/2016/12/winter-shutdown"]
    w = [rng.uniform(0.5, 3) for _ in pages]
    parts = {k: split_int(T[k], w if k == "sessions" else [x * rng.uniform(0.75, 1.25) for x in w])
             for k in ("sessions", "new", "bounces", "pageviews", "seconds", "goals")}
    head = ("Landing Page,Sessions,% New Sessions,New Users,Bounce Rate,Pages / Session,Avg. Session Duration,Goal Conversion Rate,"
            "Goal Completions,Goal Value")
    rows = []
    order = sorted(range(len(pages)), key=lambda i: -parts["sessions"][i])
    for i in order:
        se = parts["sessions"][i]
        rows.append(",".join([pages[i], ga_cell(en_int(se)), pct(parts["new"][i] / se), ga_cell(en_int(parts["new"][i])),
                              pct(parts["bounces"][i] / se), f"{hround(parts['pageviews'][i] / se, 2)}", hms(parts["seconds"][i] / se),
                              pct(parts["goals"][i] / se), str(parts["goals"][i]), "$0.00"]))
    tot = ",".join(["", ga_cell(en_int(T["sessions"])), pct(T["new"] / T["sessions"]), ga_cell(en_int(T["new"])),
                    pct(T["bounces"] / T["sessions"]), f"{hround(T['pageviews'] / T['sessions'], 2)}", hms(T["seconds"] / T["sessions"]),
                    pct(T["goals"] / T["sessions"]), str(T["goals"]), "$0.00"])
    text = ga_preamble("All Web Site Data", "Landing Pages", a, b) + head + "\n" + "\n".join(rows) + "\n" + tot + "\n\n" + "\n".join(di) + "\n\n"
    rel = write(f"ga/Analytics All Web Site Data Landing Pages {a:%Y%m%d}-{b:%Y%m%d}.csv", text.encode())
    expect(rel, [f"Bytes: {describe_bytes(text.encode())}. Header as listed by the Hippocampome GA importer (`Landing Page,Sessions,% New Sessions,...`).",
                 f"Totals row: sessions {T['sessions']}, new users {T['new']}, bounce rate `{pct(T['bounces'] / T['sessions'])}`, avg session "
                 f"duration `{hms(T['seconds'] / T['sessions'])}`; no Users column in this report.",
                 "Rows' sessions: " + ", ".join(f"{pages[i]} {parts['sessions'][i]}" for i in order) + f" (sum {sum(parts['sessions'])} = totals).",
                 "Day Index,Sessions: same days and values as the Source/Medium report."])

    # --- Pages (Behavior > Site Content > All Pages), mirrors agrc/view-counter analytics_export.csv ------
    pw = [rng.uniform(0.3, 4) for _ in pages]
    pv = split_int(T["pageviews"], pw)
    upv = [int(x * rng.uniform(0.6, 0.85)) for x in pv]
    ent = parts["sessions"]
    ex = split_int(T["sessions"], [x + 1 for x in pv])
    tsec = [int((p - e_) * rng.uniform(40, 200)) for p, e_ in zip(pv, ex)]
    bo = parts["bounces"]
    head = "Page,Pageviews,Unique Pageviews,Avg. Time on Page,Entrances,Bounce Rate,% Exit,Page Value"
    rows = []
    for i in sorted(range(len(pages)), key=lambda i: -pv[i]):
        rows.append(",".join([pages[i], ga_cell(en_int(pv[i])), ga_cell(en_int(upv[i])), hms(tsec[i] / max(1, pv[i] - ex[i])),
                              ga_cell(en_int(ent[i])), pct(bo[i] / ent[i]) if ent[i] else "0.00%", pct(ex[i] / pv[i]), "$0.00"]))
    TP = sum(pv)
    tot = ",".join(["", ga_cell(en_int(TP)), ga_cell(en_int(sum(upv))), hms(sum(tsec) / (TP - sum(ex))), ga_cell(en_int(sum(ent))),
                    pct(sum(bo) / sum(ent)), pct(sum(ex) / TP), "$0.00"])
    dip = ["Day Index,Pageviews"] + [f"{us_day(d)},{ga_cell(en_int(day[d]['pageviews']))}" for d in dd] + [f",{ga_cell(en_int(TP))}"]
    text = ga_preamble("All Web Site Data", "Pages", a, b) + head + "\n" + "\n".join(rows) + "\n" + tot + "\n\n" + "\n".join(dip) + "\n"
    rel = write(f"ga/Analytics All Web Site Data Pages {a:%Y%m%d}-{b:%Y%m%d}.csv", text.encode())
    expect(rel, [f"Bytes: {describe_bytes(text.encode())}. Mirrors agrc/view-counter `analytics_export.csv` (a real Pages export): the file "
                 "ends with the Day Index total row and ONE line end (no empty last line); Day Index values are unquoted below 1,000 and "
                 "quoted with a comma from 1,000 (`\"1,701\"`).",
                 f"Totals row: pageviews {TP}, unique pageviews {sum(upv)}, entrances {sum(ent)} (= sessions), bounce rate "
                 f"`{pct(sum(bo) / sum(ent))}`, % exit `{pct(sum(ex) / TP)}`. This report has no Sessions or Users column.",
                 "Day Index,Pageviews: " + ", ".join(f"{d} {day[d]['pageviews']}" for d in dd) + f"; total {TP} (= the totals row's pageviews).",
                 "Importing this report after the Source/Medium one must keep BOTH daily series: pageviews here, sessions there."])

    # --- Dutch Browser report (mirrors dgapitts/google-analytics-analyzer test_load_version.csv) -------------
    browsers = [("Chrome", "55.0.2883.87"), ("Safari", "10.0"), ("Firefox", "50.0"), ("Chrome", "55.0.2883.91"),
                ("Internet Explorer", "11.0"), ("Edge", "14.14393"), ("Safari (in-app)", "(not set)"), ("(not set)", "(not set)")]
    bw = [5, 2, 1.2, 1, 0.8, 0.6, 0.4, 0.05]
    bparts = {k: split_int(T[k], bw if k == "sessions" else [x * rng.uniform(0.75, 1.25) for x in bw])
              for k in ("sessions", "new", "bounces", "pageviews", "seconds")}

    def nl_int(n):
        return f"{n:,}".replace(",", ".")

    def nl_dec(x, nd=2):
        return '"' + str(hround(x, nd)).replace(".", ",") + '"'

    def nl_pct(x):
        return '"' + str(hround(100 * x, 2)).replace(".", ",") + '%"'

    head = ("Browser,Browserversie,Sessies,% nieuwe sessies,Nieuwe gebruikers,Bouncepercentage,Pagina's/sessie,Gem. sessieduur,"
            "Doelconversieratio,Behaalde doelen,Doelwaarde")
    rows = []
    for i in sorted(range(len(browsers)), key=lambda i: -bparts["sessions"][i]):
        se = bparts["sessions"][i]
        rows.append(",".join([browsers[i][0], browsers[i][1], nl_int(se), nl_pct(bparts["new"][i] / se), nl_int(bparts["new"][i]),
                              nl_pct(bparts["bounces"][i] / se), nl_dec(bparts["pageviews"][i] / se), hms(bparts["seconds"][i] / se),
                              '"0,00%"', "0", f'"US${NBSP}0,00"']))
    tot = ",".join(["", "", nl_int(T["sessions"]), nl_pct(T["new"] / T["sessions"]), nl_int(T["new"]), nl_pct(T["bounces"] / T["sessions"]),
                    nl_dec(T["pageviews"] / T["sessions"]), hms(T["seconds"] / T["sessions"]), '"0,00%"', "0", f'"US${NBSP}0,00"'])
    dnl = ["Dagindex,Sessies"] + [f"{d:%d-%m-%y},{nl_int(day[d]['sessions'])}" for d in dd] + [f",{nl_int(T['sessions'])}"]
    text = ga_preamble("All Web Site Data", "Browser en besturingssysteem", a, b) + head + "\n" + "\n".join(rows) + "\n" + tot + "\n\n" + "\n".join(dnl) + "\n\n"
    rel = write(f"ga/nl/Analytics All Web Site Data Browser en besturingssysteem {a:%Y%m%d}-{b:%Y%m%d}.csv", text.encode())
    expect(rel, [f"Bytes: {describe_bytes(text.encode())}. Mirrors the real Dutch export (dgapitts/google-analytics-analyzer, MIT): "
                 "`2.546` = two thousand five hundred and forty-six (dot thousands, unquoted), `\"99,88%\"`, `\"1,15\"`, "
                 "`\"US$<U+00A0>0,00\"`, `Dagindex,Sessies` with DD-MM-YY days, file ends with an empty line.",
                 "A Browser report (two dimensions: Browser, Browserversie): not a breakdown Beamline uses; its Dagindex still gives the "
                 "site's sessions per day.",
                 f"Totals row: Sessies {T['sessions']} (written `{nl_int(T['sessions'])}`), Nieuwe gebruikers {T['new']}, Bouncepercentage "
                 f"{nl_pct(T['bounces'] / T['sessions'])} = {hround(T['bounces'] / T['sessions'], 4)}, Gem. sessieduur "
                 f"`{hms(T['seconds'] / T['sessions'])}`.",
                 "Dagindex: " + ", ".join(f"{d} {day[d]['sessions']}" for d in dd) + f"; total {T['sessions']}."])

    # --- English Browser & OS custom table, no Day Index (mirrors test_load_version_and_os.csv) --------------
    combos = [("Chrome", "55.0.2883.87", "Windows"), ("Safari", "10.0", "iOS"), ("Chrome", "55.0.2883.87", "Macintosh"),
              ("Firefox", "50.0", "Linux"), ("Internet Explorer", "11.0", "Windows"), ("(not set)", "(not set)", "(not set)")]
    cs = split_int(T["sessions"], [6, 3, 2, 1, 1, 0.05])
    rows = [",".join([c[0], c[1], c[2], ga_cell(en_int(v))]) for c, v in sorted(zip(combos, cs), key=lambda t: -t[1])]
    text = ga_preamble("All Web Site Data", "Browser & OS", a, b) + "Browser,Browser Version,Operating System,Sessions\n" + "\n".join(rows) \
        + "\n" + f",,,{ga_cell(en_int(T['sessions']))}" + "\n\n"
    rel = write(f"ga/Analytics All Web Site Data Browser & OS {a:%Y%m%d}-{b:%Y%m%d}.csv", text.encode())
    expect(rel, [f"Bytes: {describe_bytes(text.encode())}. Mirrors `test_load_version_and_os.csv` (real, English): three dimensions, "
                 "totals row `,,,\"N,NNN\"`, NO Day Index table, file ends with an empty line.",
                 f"Totals row sessions {T['sessions']} = sum of the rows. No daily figures in this file."])

    # --- The Source/Medium report in GA's other UI languages -----------------------------------------------
    # No real German, French, Spanish, Italian or Portuguese export was found: the column names are Google's UI
    # wording as far as it could be established [B], numbers follow each language's CLDR style (the Dutch real file
    # writes "2.546", "99,88%", "US$ 0,00", day index dd-MM-yy), the day index the language's short date.
    NNBSP = "\u202f"
    GA_LANG = {
        "de": dict(view="Alle Websitedaten", report="Quelle/Medium", head=["Quelle/Medium", "Nutzer", "Neue Nutzer", "Sitzungen", "Absprungrate",
                   "Seiten/Sitzung", "Durchschnittl. Sitzungsdauer", "Zielvorhaben-Conversion-Rate", "Zielvorhabenabschlüsse", "Zielvorhabenwert"],
                   day="Tagesindex", group=".", pct=NBSP + "%", money=f"0,00{NBSP}$", date="%d.%m.%y"),
        "fr": dict(view="Toutes les données du site Web", report="Source/Support", head=["Source/Support", "Utilisateurs", "Nouveaux utilisateurs",
                   "Sessions", "Taux de rebond", "Pages/session", "Durée moyenne des sessions", "Taux de conversion de l'objectif",
                   "Objectifs réalisés", "Valeur de l'objectif"], day="Index des jours", group=NNBSP, pct=NBSP + "%", money=f"0,00{NBSP}$US",
                   date="%d/%m/%Y"),
        "es": dict(view="Todos los datos del sitio web", report="Fuente/Medio", head=["Fuente/Medio", "Usuarios", "Usuarios nuevos", "Sesiones",
                   "Porcentaje de rebote", "Páginas/sesión", "Duración media de la sesión", "Tasa de conversión del objetivo",
                   "Objetivos conseguidos", "Valor del objetivo"], day="Índice de días", group=".", pct=NBSP + "%", money=f"0,00{NBSP}US$",
                   date="%d/%m/%y"),
        "it": dict(view="Tutti i dati del sito web", report="Sorgente/Mezzo", head=["Sorgente/Mezzo", "Utenti", "Nuovi utenti", "Sessioni",
                   "Frequenza di rimbalzo", "Pagine/sessione", "Durata sessione media", "Tasso di conversione obiettivo",
                   "Completamenti obiettivo", "Valore obiettivo"], day="Indice dei giorni", group=".", pct="%", money=f"0,00{NBSP}USD",
                   date="%d/%m/%y"),
        "pt": dict(view="Todos os dados do website", report="Origem/mídia", head=["Origem/mídia", "Usuários", "Novos usuários", "Sessões",
                   "Taxa de rejeição", "Páginas/sessão", "Duração média da sessão", "Taxa de conversão da meta", "Conclusões de meta",
                   "Valor da meta"], day="Índice de dias", group=".", pct="%", money=f"US${NBSP}0,00", date="%d/%m/%Y"),
    }
    for lang, L in GA_LANG.items():
        def lint(n):
            return f"{n:,}".replace(",", L["group"])

        def lcell(x):
            return '"' + x + '"' if "," in x else x

        def lpct(x):
            return lcell(str(hround(100 * x, 2)).replace(".", ",") + L["pct"])

        def ldec(x):
            return lcell(str(hround(x, 2)).replace(".", ","))

        rows = []
        for src in sorted(sources, key=lambda s_: -per[s_]["sessions"]):
            m = per[src]
            rows.append(",".join([lcell(src), lint(m["users"]), lint(m["new"]), lint(m["sessions"]), lpct(m["bounces"] / m["sessions"]),
                                  ldec(m["pageviews"] / m["sessions"]), hms(m["seconds"] / m["sessions"]), lpct(m["goals"] / m["sessions"]),
                                  str(m["goals"]), lcell(L["money"])]))
        tot = ",".join(["", lint(T["users"]), lint(T["new"]), lint(T["sessions"]), lpct(T["bounces"] / T["sessions"]),
                        ldec(T["pageviews"] / T["sessions"]), hms(T["seconds"] / T["sessions"]), lpct(T["goals"] / T["sessions"]),
                        str(T["goals"]), lcell(L["money"])])
        dl = [f"{L['day']},{L['head'][3]}"] + [f"{d.strftime(L['date'])},{lint(day[d]['sessions'])}" for d in dd] + [f",{lint(T['sessions'])}"]
        text = (ga_preamble(L["view"], L["report"], a, b) + ",".join(L["head"]) + "\n" + "\n".join(rows) + "\n" + tot + "\n\n"
                + "\n".join(dl) + "\n\n")
        rel = write(f"ga/{lang}/Analytics {L['view']} {L['report'].replace('/', ' ')} {a:%Y%m%d}-{b:%Y%m%d}.csv", text.encode())
        expect(rel, [f"Bytes: {describe_bytes(text.encode())}. [B] The English Source/Medium report above in the `{lang}` UI: header "
                     f"`{','.join(L['head'])}`, thousands `{lint(12345).replace(NNBSP, '<U+202F>')}`, rates `{lpct(0.5097).replace(NBSP, '<U+00A0>')}`, "
                     f"money `{L['money'].replace(NBSP, '<U+00A0>')}`, `{L['day']}` with days written `{dd[0].strftime(L['date'])}` "
                     f"(day first). No real export in this language was found: the words are unverified.",
                     f"Same figures as the English Source/Medium report: totals sessions {T['sessions']}, users {T['users']}, new users {T['new']}, "
                     f"bounce rate `{lpct(T['bounces'] / T['sessions']).replace(NBSP, '<U+00A0>')}` = {hround(T['bounces'] / T['sessions'], 4)}, "
                     f"avg session duration `{hms(T['seconds'] / T['sessions'])}` = {int(hround(T['seconds'] / T['sessions']))} s, "
                     f"goal completions {T['goals']}.",
                     "Per source sessions: " + ", ".join(f"{src_} {per[src_]['sessions']}" for src_ in sources) + f" (sum {T['sessions']}).",
                     f"{L['day']} (sessions per day): " + ", ".join(f"{d} {day[d]['sessions']}" for d in dd) + f"; total {T['sessions']}."])
    return T, day


# ---------------------------------------------------------------------------------------------
# GA4

def js_num(x):
    """JavaScript Number#toString for the doubles GA4 writes (integers without '.0')."""
    if float(x).is_integer():
        return str(int(x))
    return repr(float(x))


def make_ga4():
    rng = random.Random(3003)
    a, b = dt.date(2024, 11, 22), dt.date(2026, 1, 20)
    pages = ["/", "/visit/open-days?lang=en", "/news/neutrino-result", "/education/guess-what-it-is", "/jobs?team=detector",
             "/about", "/visit/open-days?utm_source=instagram&utm_medium=social"]
    S = 48211
    U = 36034
    KE = 733
    dur = 151.3473689821
    bounce = 0.4187
    # page-level: a session visits several pages, so page sessions add up to more than S
    psess = [int(S * f) for f in (0.61, 0.22, 0.17, 0.12, 0.08, 0.07, 0.05)]
    pusers = [int(x * rng.uniform(0.78, 0.9)) for x in psess]
    pke = split_int(KE, [1, 3, 0.5, 0.3, 2, 0.1, 0.6])
    pex = split_int(S, [6, 2, 1.6, 1, 0.7, 0.6, 0.4])  # each session exits once: exits add up to S
    pdur = [rng.uniform(40, 260) for _ in pages]
    pbr = [rng.uniform(0.2, 0.7) for _ in pages]
    header = "Page path + query string,Total users,Sessions,Average session duration,Key events,Bounce rate,Exits"
    lines = ["# ----------------------------------------", "# Example Physics Lab - GA4", "# Pages-Free form 1",
             f"# {a:%Y%m%d}-{b:%Y%m%d}", "# ----------------------------------------", "", header,
             f",{U},{S},{js_num(dur)},{KE},{js_num(bounce)},{S},Grand total"]
    for i in sorted(range(len(pages)), key=lambda i: -pusers[i]):
        lines.append(",".join([pages[i], str(pusers[i]), str(psess[i]), js_num(pdur[i]), str(pke[i]), js_num(pbr[i]), str(pex[i])]))
    text = "\n".join(lines) + "\n\n"
    rel = write("ga4/Pages-Free form 1.csv", text.encode())
    expect(rel, [f"Bytes: {describe_bytes(text.encode())}. GA4 Exploration (free form) download, layout of the real "
                 "LilyHeAsamiko/GA4 `download.csv`: `# ----`, `# <property>`, `# <exploration>-<tab>`, `# YYYYMMDD-YYYYMMDD`, `# ----`, "
                 "an empty line, the header, then the GRAND TOTAL ROW FIRST with empty dimension cells and one extra trailing cell "
                 "`Grand total` (8 cells under a 7-cell header), then the rows; LF; the file ends with an empty line.",
                 f"Period 2024-11-22..2026-01-20. Grand total (the site's figures for the period): sessions {S}, total users {U}, "
                 f"average session duration {dur} s, key events {KE}, bounce rate {bounce} (a fraction), exits {S}.",
                 f"Page rows are a breakdown that does NOT partition sessions: rows' sessions add up to {sum(psess)} > {S}; rows' users "
                 f"add up to {sum(pusers)}. Exits add up to {sum(pex)} = sessions; key events add up to {sum(pke)} = {KE}."])

    # standard report: Landing page (mirrors Anas3rdshade/Teefusion Landing_page_Landing_page.csv): 9 comment lines, no empty
    # line, CRLF, no final line end, NO totals row
    a2, b2 = dt.date(2025, 2, 1), dt.date(2025, 2, 28)
    lp = ["/", "/visit/open-days", "/news/neutrino-result", "(not set)", "/education/guess-what-it-is", "/jobs"]
    ls = split_int(9128, [5, 2, 1.5, 0.8, 0.7, 0.3])
    la = [int(x * rng.uniform(0.7, 0.95)) for x in ls]
    ln = [int(x * rng.uniform(0.6, 0.95)) for x in la]
    lk = split_int(57, [3, 4, 1, 0, 0.5, 2])
    rows = ["Landing page,Sessions,Active users,New users,Average engagement time per session,Key events,Total revenue,Session key event rate"]
    for i in sorted(range(len(lp)), key=lambda i: -ls[i]):
        rows.append(",".join([lp[i], str(ls[i]), str(la[i]), str(ln[i]), js_num(rng.uniform(10, 90)), str(lk[i]), "0", js_num(lk[i] / ls[i])]))
    pre = ["# ----------------------------------------", "# Landing page: Landing page", "# Account: Example Physics Lab",
           "# Property: Example Physics Lab - GA4", "# ----------------------------------------", "# ", "# All Users",
           f"# Start date: {a2:%Y%m%d}", f"# End date: {b2:%Y%m%d}"]
    text = "\r\n".join(pre + rows)
    rel = write("ga4/Landing_page_Landing_page.csv", text.encode())
    expect(rel, [f"Bytes: {describe_bytes(text.encode())}. GA4 standard report, layout of the real Teefusion/awningdepot/pyr_svelte files: "
                 "9 comment lines (`# ----`, `# <Report>: <dimension>`, `# Account: …`, `# Property: …`, `# ----`, `# ` (hash space), "
                 "`# All Users`, `# Start date: YYYYMMDD`, `# End date: YYYYMMDD`), the header on line 10 with no empty line before it, "
                 "CRLF, NO final line end, and NO totals row (none of the 9 real standard-report files has one).",
                 f"Period 2025-02-01..2025-02-28. Sessions per landing page: " + ", ".join(f"{lp[i]} {ls[i]}" for i in range(len(lp)))
                 + f"; they partition the site's sessions: {sum(ls)}. Active users per row add up to {sum(la)} (not a site figure).",
                 "`Session key event rate` is a fraction with full double precision; `Average engagement time per session` is seconds."])

    # standard report: Pages and screens with Bounce rate / Sessions / Average session duration (mirrors DanielTheC (3).csv), LF
    pg = ["/", "/news/neutrino-result", "/visit/open-days", "/education/guess-what-it-is", "/jobs"]
    rows = ["Page path and screen class,Views,Active users,Views per active user,Average engagement time per active user,Event count,"
            "Key events,Total revenue,Engagement rate,Bounce rate,Total users,Sessions,Average session duration"]
    exp = []
    for p in pg:
        v = rng.randint(800, 6000)
        au = int(v / rng.uniform(1.2, 1.6))
        er = rng.uniform(0.4, 0.75)
        se = int(au * rng.uniform(1.1, 1.4))
        rows.append(",".join([p, str(v), str(au), js_num(v / au), js_num(rng.uniform(20, 140)), str(v * 3 + rng.randint(0, 99)), "0", "0",
                              js_num(er), js_num(1 - er), str(au + rng.randint(0, 30)), str(se), js_num(rng.uniform(60, 240))]))
        exp.append(f"{p}: views {v}, sessions {se}, bounce rate {1 - er:.6f} (= 1 − engagement rate)")
    pre = ["# ----------------------------------------", "# Pages and screens: Page path and screen class", "# Account: Example Physics Lab",
           "# Property: Example Physics Lab - GA4", "# ----------------------------------------", "# ", "# All Users",
           "# Start date: 20250101", "# End date: 20251231"]
    text = "\n".join(pre + rows)
    rel = write("ga4/Pages_and_screens_Page_path_and_screen_class.csv", text.encode())
    expect(rel, [f"Bytes: {describe_bytes(text.encode())}. Header verbatim from a real export (DanielTheC/internal-lnking-tool, "
                 "`Pages_and_screens_Page_path_and_screen_class (3).csv`): Engagement rate and Bounce rate as fractions, Average session "
                 "duration in seconds; LF, no final line end, no totals row.", "Rows: " + "; ".join(exp) + ".",
                 "A page breakdown: its sessions do not add up to the site's sessions."])


# ---------------------------------------------------------------------------------------------
# YouTube Studio, tables on a dimension

def make_youtube():
    rng = random.Random(4004)
    a = dt.date(2017, 1, 1)
    dd = days(a, 14)
    b = dd[-1]
    fixed = dt.datetime(2017, 1, 15, 9, 0, 0).timetuple()[:6]

    def bundle(dimension, values, table_header, table_extra, gap=None, weights=None, evidence=""):
        folder = f"{dimension} {a.isoformat()}_{b.isoformat()} Example Physics Lab"
        weights = weights or [rng.uniform(0.3, 3) for _ in values]
        daily_tot = [rng.randint(300, 900) for _ in dd]
        per = [split_int(t, weights) for t in daily_tot]  # per[day][value]
        if gap:  # a day where the breakdown lacks some views (as in a real export)
            per[gap[0]][0] -= gap[1]
        chart = [f"Date,{dimension},Views"]
        for j, v in enumerate(values):
            for i, d in enumerate(dd):
                chart.append(f"{d.isoformat()},{v},{per[i][j]}")
        totals = ["Date,Views"] + [f"{d.isoformat()},{t}" for d, t in zip(dd, daily_tot)]
        vt = [sum(per[i][j] for i in range(len(dd))) for j in range(len(values))]
        TV = sum(daily_tot)
        wt = [hround(x * rng.uniform(0.05, 0.12), 4) for x in vt]
        table = [table_header]
        twt = sum(wt)
        table.append(",".join(["Total", str(TV), str(twt), yt_hms(float(twt) * 3600 / TV)] + table_extra(None)))
        for j in sorted(range(len(values)), key=lambda j: -vt[j]):
            table.append(",".join([values[j], str(vt[j]), str(wt[j]), yt_hms(float(wt[j]) * 3600 / vt[j]) if vt[j] else ""] + table_extra(j)))
        files = {"Chart data.csv": "\n".join(chart) + "\n", "Table data.csv": "\n".join(table) + "\n", "Totals.csv": "\n".join(totals) + "\n"}
        for name, content in files.items():
            write(f"youtube/{folder}/{name}", content.encode())
        zpath = os.path.join(HERE, "youtube", folder + ".zip")
        with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
            for name in ("Chart data.csv", "Table data.csv", "Totals.csv"):
                zi = zipfile.ZipInfo(f"{folder}/{name}", date_time=fixed)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[name].encode())
        e = [evidence, f"Folder `{folder}/` (and the same three files in `{folder}.zip`). All three: "
             f"{describe_bytes(files['Chart data.csv'].encode()).split(';', 1)[1].strip()} (Chart data).",
             f"`Chart data.csv`: `Date,{dimension},Views`, one row per day per {dimension.lower()} value, every day for the first value, "
             f"then every day for the next (as in the real Traffic-source exports), zeros included: {len(chart) - 1} rows.",
             f"`Totals.csv`: `Date,Views`, {len(dd)} rows; total {TV} views.",
             f"`Table data.csv`: `{table_header}`, `Total` row first ({TV} views), then values by views.",
             "| day | total views | " + " | ".join(values) + " |", "|---" * (len(values) + 2) + "|"]
        for i, d in enumerate(dd):
            e.append(f"| {d} | {daily_tot[i]} | " + " | ".join(str(x) for x in per[i]) + " |")
        e.append("Per value over the period: " + ", ".join(f"{v} {t}" for v, t in zip(values, vt)) + f"; sum {sum(vt)}.")
        if gap:
            e.append(f"On {dd[gap[0]]} the breakdown adds up to {sum(per[gap[0]])}, {gap[1]} fewer than Totals.csv ({daily_tot[gap[0]]}), "
                     "like the real RehanTharusha export (15 views missing on 2025-03-23): a partition may be short by a few views.")
        else:
            e.append("Every day, the breakdown adds up to Totals.csv exactly.")
        expect(f"youtube/{folder}/", e)

    bundle("Traffic source", ["Direct or unknown", "Browse features", "Channel pages", "YouTube search", "Suggested videos",
                              "External", "Playlists", "Notifications"],
           "Traffic source,Views,Watch time (hours),Average view duration,Impressions,Impressions click-through rate (%)",
           lambda j: ["", ""] if j in (0, 5, 7) else [str(rng.randint(2000, 40000)), str(hround(rng.uniform(1, 9), 2))],
           evidence="Layout verified on real files (mmsouza114/Traffic-Source-Analysis-WholeBrainHealth, RehanTharusha/complete-pandas-tutorial, both MIT): "
                    "headers, value names, Total row first, empty cells where impressions do not apply, LF with a final line end.")
    bundle("Geography", ["CH", "FR", "US", "DE", "GB", "IT"], "Geography,Views,Watch time (hours),Average view duration", lambda j: [],
           evidence="[B] No real Geography export was found: `Date,Geography,Views` comes from issue 9; the Table data header and ISO "
                    "codes as values are guesses modelled on the verified Traffic-source and Subscription-status files.")
    bundle("Subscription status", ["Not subscribed", "Subscribed"], "Subscription status,Views,Watch time (hours),Average view duration",
           lambda j: [], evidence="Layout verified on a real file (violetzq/MYCOMM599, no licence): `Date,Subscription status,Views`, "
                                  "values `Subscribed`/`Not subscribed`, Table data `Subscription status,Views,Watch time (hours),Average view duration` with `Total` first.")
    bundle("Device type", ["Mobile phone", "Computer", "Tablet", "TV"], "Device type,Views,Watch time (hours),Average view duration",
           lambda j: [], gap=(9, 3), evidence="[B] No real Device type export was found; same layout as the verified dimensions, values guessed.")


def write_expected():
    out = ["# Expected figures for the web fixtures", "",
           "Written by `make-web-fixtures.py` from its own model (never by running Beamline). Each section names a fixture, its bytes, "
           "what it mirrors, and the figures a reader must find. Rates are given as the file shows them and as fractions; 'exact' "
           "values are the model's before the export rounded them.", ""]
    for rel, lines in EXPECTED:
        out.append(f"## `{rel}`")
        out.append("")
        out += lines
        out.append("")
    write("EXPECTED.md", "\n".join(out).encode())


if __name__ == "__main__":
    make_matomo()
    make_ga()
    make_ga4()
    make_youtube()
    write_expected()
    print("wrote", len(EXPECTED), "fixtures")
