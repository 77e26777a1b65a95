#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes synthetic copies of Facebook's legacy Page Insights exports, byte for byte in the
# layouts of real downloads (see README.md), with invented figures:
#  - the page-level CSV: Windows-1252 without a BOM, CRLF, several hundred columns (with
#    the duplicate names of the real header), a second row of descriptions, US dates
#    "1/1/2014", cells left empty where Facebook has no figure;
#  - the same export as ".xls", which Facebook wrote as an Excel 2003 XML workbook
#    (SpreadsheetML): a "Key Metrics" sheet and one sheet per breakdown, names cut to 31
#    characters with "...", empty cells skipped with ss:Index;
#  - the post-level export as ".xls" (SpreadsheetML): "Key Metrics" and
#    "Lifetime Talking About This(...", Posted as DateTime cells.
# It prints the figures the tests expect, computed here from the values it writes.
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = "Example Physics Lab"
DAYS = 14

# The page-level header, family by family (the real header has 644 columns in this order).
SINGLE = ["Lifetime Total Likes", "Daily New Likes", "Daily Unlikes", "Daily Page Engaged Users", "Weekly Page Engaged Users",
          "28 Days Page Engaged Users"]
FAMILIES = [("Daily Like Sources", ["hovercard", "invitations", "mobile", "page_profile", "reminder_box_invite", "search"])]
REACH = []
for kind in ("Total Reach", "Organic Reach", "Paid Reach", "Total Impressions", "Organic impressions", "Paid Impressions"):
    for period in ("Daily", "Weekly", "28 Days"):
        REACH.append(f"{period} {kind}")
DUPLICATES = ["Daily Logged-in Page Views", "Daily Logged-in Page Views", "Weekly Logged-in Page Views", "Weekly Logged-in Page Views"]
MORE = []
for kind in ("Reach of page posts", "Organic Reach of Page posts", "Paid Reach of Page posts", "Total Impressions of your posts"):
    for period in ("Daily", "Weekly", "28 Days"):
        MORE.append(f"{period} {kind}")
BREAKDOWNS = [
    ("Daily Total frequency distribution", ["1", "2", "3", "4", "5", "6-10", "11-20", "21+"]),
    ("Weekly Total frequency distribution", ["1", "2", "3", "4", "5", "6-10", "11-20", "21+"]),
    ("Daily Talking About This by story type", ["checkin", "fan", "mention", "page post", "question", "user post"]),
    ("Lifetime Likes by Gender and Age", ["F.18-24", "F.25-34", "F.35-44", "M.18-24", "M.25-34", "M.35-44", "U.25-34"]),
    ("Lifetime Likes by Country", ["CH", "DE", "FR", "IT", "SE", "US"]),
    # City names outside ASCII: in Windows-1252 they are not valid UTF-8.
    ("Lifetime Likes by City", ["Zürich, Zurich, Switzerland", "Genève, Geneva, Switzerland", "Besançon, Franche-Comté, France",
                                "Malmö, Skåne County, Sweden", "Köln, North Rhine-Westphalia, Germany", "Lausanne, Vaud, Switzerland"]),
    ("Lifetime Likes by Language", ["de_DE", "en_GB", "en_US", "fr_FR", "it_IT", "sv_SE"]),
    ("Weekly Reach by City", [f"Town {i}, Canton {i % 26}, Switzerland" for i in range(1, 301)]),
    ("Daily Liked and online", [str(h) for h in range(24)]),
]
TAIL = ["Daily Total Video Views", "Weekly Total Video Views", "28 Days Total Video Views", "Daily People Talking About This",
        "Weekly People Talking About This", "28 Days People Talking About This"]


def description(name):
    period = name.split(" ")[0]
    prefix = {"Daily": "Daily", "Weekly": "Weekly", "28": "28 Days", "Lifetime": "Lifetime"}.get(period, "Daily")
    return f"{prefix}: The number of {name.lower()} (Unique Users)"


def page_header():
    names = ["Date"] + SINGLE
    for family, values in FAMILIES:
        names += [f"{family} - {v}" for v in values]
    names += REACH + DUPLICATES + MORE
    for family, values in BREAKDOWNS:
        names += [f"{family} - {v}" for v in values]
    return names + TAIL


def page_values(day):
    """The invented figures of day 1..DAYS, by column name (missing: empty cell)."""
    gained = [3, 0, 5, 2, 7, 1, 0, 4, 6, 2, 0, 3, 8, 1][day - 1]
    lost = [0, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 0, 2, 0][day - 1]
    values = {"Daily New Likes": gained, "Daily Unlikes": lost, "Daily Page Engaged Users": 20 + day,
              "Daily Total Reach": 300 + 13 * day, "Daily Total Impressions": 520 + 17 * day, "Daily Organic Reach": 280 + 13 * day,
              "Daily Like Sources - mobile": gained, "Lifetime Likes by City - Zürich, Zurich, Switzerland": 40 + day,
              "Weekly Reach by City - Town 7, Canton 7, Switzerland": day}
    return values


def write_page_csv():
    header = page_header()
    rows = [header, [""] + [description(n) for n in header[1:]]]
    total = 1200
    totals = []
    for day in range(1, DAYS + 1):
        v = page_values(day)
        total += v["Daily New Likes"] - v["Daily Unlikes"]
        totals.append(total)
        v["Lifetime Total Likes"] = total
        rows.append([f"1/{day}/2014"] + [str(v[n]) if n in v else "" for n in header[1:]])

    def cell(text):
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text

    data = "".join(",".join(cell(c) for c in row) + "\r\n" for row in rows)
    name = f"Facebook Insights Data Export - {PAGE} - 2014-01-01 - 2014-01-{DAYS:02d}.csv"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data.encode("cp1252"))
    return header, rows, totals


def xml_workbook(sheets):
    """sheets: [(name, rows)], rows of cells (None, ("String"|"Number"|"DateTime", text))."""
    out = ['<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:html="http://www.w3.org/TR/REC-html40">\n'
           ' <Styles>\n  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>\n'
           '  <Style ss:ID="sDate"><NumberFormat ss:Format="Short Date"/></Style>\n </Styles>\n']
    for name, rows in sheets:
        out.append(f' <Worksheet ss:Name="{escape(name, {chr(34): "&quot;"})}">\n  <Table>\n')
        for row in rows:
            out.append('   <Row>')
            skipped = False
            for i, c in enumerate(row):
                if c is None or c[1] == "":
                    skipped = True
                    continue
                index = f' ss:Index="{i + 1}"' if skipped else ""
                skipped = False
                style = ' ss:StyleID="sDate"' if c[0] == "DateTime" else ""
                out.append(f'<Cell{index}{style}><Data ss:Type="{c[0]}">{escape(c[1])}</Data></Cell>')
            out.append('</Row>\n')
        out.append('  </Table>\n </Worksheet>\n')
    out.append('</Workbook>\n')
    return "".join(out)


def sheet_name(name):
    return name if len(name) <= 31 else name[:27] + "..."


def write_page_xls(header, rows):
    def typed(col, text):
        if col == 0:
            m, d, y = text.split("/")
            return ("DateTime", f"{y}-{int(m):02d}-{int(d):02d}T00:00:00.000")
        return ("Number", text) if text else None

    key = [i for i, n in enumerate(header) if " - " not in n or i == 0]
    sheets = [("Key Metrics", [[("String", header[i]) for i in key], [("String", rows[1][i]) for i in key]]
               + [[typed(j, r[i]) for j, i in enumerate(key)] for r in rows[2:]])]
    families = []
    for i, n in enumerate(header):
        if " - " in n:
            family = n.split(" - ")[0]
            if family not in families:
                families.append(family)
    for family in families:
        cols = [0] + [i for i, n in enumerate(header) if n.split(" - ")[0] == family and " - " in n]
        sheets.append((sheet_name(family), [[("String", header[i]) for i in cols], [("String", rows[1][i]) for i in cols]]
                       + [[typed(j, r[i]) for j, i in enumerate(cols)] for r in rows[2:]]))
    name = f"Facebook Insights Data Export - {PAGE} - 2014-01-01 - 2014-01-{DAYS:02d}.xls"
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(xml_workbook(sheets))


POST_HEADER = ["Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted", "Audience Targeting",
               "Lifetime Post Total Reach", "Lifetime Post organic reach", "Lifetime Post Paid Reach", "Lifetime Post Total Impressions",
               "Lifetime Post Organic Impressions", "Lifetime Post Paid Impressions", "Lifetime Engaged Users", "Lifetime Post Consumers",
               "Lifetime Post Consumptions", "Lifetime Negative feedback"]
POSTS = [
    ("104512345678901_2001", "Open Days 2017: book your visit & see the <collider>", "Photo", "2017-01-05T09:30:00", 2400, 3100, 180, 95),
    ("104512345678901_2002", "Seminar: dark matter searches\nThursday 4 pm, main auditorium", "Link", "2017-01-12T14:05:00", 1300, 1750, 61, 40),
    ("104512345678901_2003", "Night of Science: the programme", "Photo", "2017-01-19T18:45:30", 5100, 6900, 402, 233),
]


def write_post_xls():
    descriptions = [""] * 8 + [description(n) for n in POST_HEADER[8:]]
    key = [[("String", n) for n in POST_HEADER], [("String", d) if d else None for d in descriptions]]
    talking = [[("String", n) for n in POST_HEADER[:8] + ["comment", "like", "share"]],
               [None] * 8 + [("String", "Lifetime: The number of stories created about your Page post, by action type. (Total Count)")]]
    for pid, message, kind, posted, reach, impressions, engaged, consumptions in POSTS:
        page, post = pid.split("_")
        base = [("String", pid), ("String", f"https://www.facebook.com/examplephysicslab/posts/{post}"), ("String", message),
                ("String", kind), None, None, ("DateTime", posted + ".000"), ("String", " ")]
        key.append(base + [("Number", str(reach)), ("Number", str(reach - 100)), ("Number", "100"), ("Number", str(impressions)),
                           ("Number", str(impressions - 150)), ("Number", "150"), ("Number", str(engaged)), ("Number", str(engaged - 7)),
                           ("Number", str(consumptions)), None])
        talking.append(base + [("Number", "4"), ("Number", str(engaged // 3)), ("Number", "6")])
    name = f"Facebook Insights Data Export (Post Level) - {PAGE} - 2017-02-01.xls"
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(xml_workbook([("Key Metrics", key), (sheet_name("Lifetime Talking About This (Post) by action type"), talking)]))


if __name__ == "__main__":
    header, rows, totals = write_page_csv()
    write_page_xls(header, rows)
    write_post_xls()
    days = [page_values(d) for d in range(1, DAYS + 1)]
    print("page columns", len(header))
    print("followers_gained", sum(v["Daily New Likes"] for v in days))
    print("followers_lost", sum(v["Daily Unlikes"] for v in days))
    print("followers_total last", totals[-1], "sum", sum(totals))
    print("reach", sum(v["Daily Total Reach"] for v in days), "impressions", sum(v["Daily Total Impressions"] for v in days))
    print("posts reach", sum(p[4] for p in POSTS), "impressions", sum(p[5] for p in POSTS), "engaged", sum(p[6] for p in POSTS))
