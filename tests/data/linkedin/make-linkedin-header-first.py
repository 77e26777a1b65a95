#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes LinkedIn Page workbooks as they look after a round trip through a spreadsheet
# program: the header in the first row of every sheet (no title line above it), multi-line
# post titles, dates as MM/DD/YYYY text or date cells, and the other sheets of each export
# (Location, Job function...). Invented figures. It writes Excel 2003 XML, then converts it
# with LibreOffice (`soffice --headless --convert-to xls|xlsx`) to the BIFF8 .xls and the
# .xlsx that the tests read, and prints the figures the tests expect.
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


def workbook(sheets):
    out = ['<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
           ' <Styles><Style ss:ID="sDate"><NumberFormat ss:Format="mm/dd/yyyy"/></Style></Styles>\n']
    for name, rows in sheets:
        out.append(f' <Worksheet ss:Name="{escape(name)}">\n  <Table>\n')
        for row in rows:
            out.append('   <Row>')
            for value in row:
                if value is None or value == "":
                    out.append('<Cell/>')
                elif isinstance(value, tuple):
                    out.append(f'<Cell ss:StyleID="sDate"><Data ss:Type="DateTime">{value[0]}T00:00:00.000</Data></Cell>')
                elif isinstance(value, (int, float)):
                    out.append(f'<Cell><Data ss:Type="Number">{value}</Data></Cell>')
                else:
                    out.append(f'<Cell><Data ss:Type="String">{escape(value).replace(chr(10), "&#10;")}</Data></Cell>')
            out.append('</Row>\n')
        out.append('  </Table>\n </Worksheet>\n')
    out.append('</Workbook>\n')
    return "".join(out)


METRICS_HEADER = ["Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)", "Unique impressions (organic)",
                  "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)", "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)",
                  "Comments (organic)", "Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)", "Reposts (total)",
                  "Engagement rate (organic)", "Engagement rate (sponsored)", "Engagement rate (total)"]
POSTS_HEADER = ["Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date", "Campaign start date", "Campaign end date",
                "Audience", "Impressions", "Views", "Offsite Views", "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows",
                "Engagement rate", "Content Type"]
POSTS = [
    ["Beam time report:\nwhat we saw this week\n#physics", "https://www.linkedin.com/feed/update/urn:li:activity:7160000000000000001", "Organic", "",
     "Alex Martin", "02/01/2024", "", "", "All followers", 1800, "", "", 40, 0.0222, 52, 4, 6, 1, 0.0567, "Image"],
    ["Open Days:\nregistration is open", "https://www.linkedin.com/feed/update/urn:li:activity:7160000000000000002", "Organic", "", "Noor Haddad",
     ("2024-02-06",), "", "", "All followers", 2600, 310, 12, 71, 0.0273, 80, 9, 15, 3, 0.0665, "Video"],
    ["Postdoc positions in detector R&D", "https://www.linkedin.com/feed/update/urn:li:ugcPost:7160000000000000003", "Sponsored", "Jobs Q1",
     "Sam Rivera", "02/12/2024", "02/12/2024", "03/12/2024", "Physicists", 4300, "", "", 150, 0.0349, 28, 1, 3, 7, 0.0423, ""],
]


def content():
    metrics = [METRICS_HEADER]
    for d in range(1, 11):
        impressions = 250 + 11 * d
        metrics.append([f"02/{d:02d}/2024", impressions, 0, impressions, 180 + 7 * d, 9 + d % 3, 0, 9 + d % 3, 4 + d, 0, 4 + d, d % 2, 0, d % 2,
                        1, 0, 1, 0.061, 0, 0.061])
    return [("Metrics", metrics), ("All posts", [POSTS_HEADER] + POSTS)], metrics


def followers():
    rows = [["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"]]
    total = 2000
    for d in range(1, 8):
        gained = (d % 3, 6 + d, 1 if d == 4 else 0)
        total += sum(gained)
        rows.append([f"03/{d:02d}/2024", *gained, total])
    return [("New followers", rows), ("Location", [["Location", "Total followers"], ["Geneva", 820], ["Zurich", 410]]),
            ("Job function", [["Job function", "Total followers"], ["Research", 900], ["Engineering", 640]])], rows


VISITOR_HEADER = ["Date", "Overview page views (desktop)", "Overview page views (mobile)", "Overview page views (total)",
                  "Overview unique visitors (desktop)", "Overview unique visitors (mobile)", "Overview unique visitors (total)",
                  "Life page views (desktop)", "Life page views (mobile)", "Life page views (total)",
                  "Jobs page views (desktop)", "Jobs page views (mobile)", "Jobs page views (total)",
                  "Total page views (desktop)", "Total page views (mobile)", "Total page views (total)",
                  "Total unique visitors (desktop)", "Total unique visitors (mobile)", "Total unique visitors (total)"]


def visitors():
    rows = [VISITOR_HEADER]
    for d in range(1, 10):
        desktop, mobile = 30 + d, 20 + 2 * d
        udesk, umob = 12 + d, 9 + d
        rows.append([f"04/{d:02d}/2024", desktop, mobile, desktop + mobile, udesk, umob, udesk + umob, 0, 0, 0, 2, 1, 3,
                     desktop + 2, mobile + 1, desktop + mobile + 3, udesk + 1, umob, udesk + umob + 1])
    return [("Visitor metrics", rows), ("Location", [["Location", "Total views"], ["Geneva", 120]])], rows


def convert(name, sheets):
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, name + ".xml")
        with open(source, "w", encoding="utf-8") as f:
            f.write(workbook(sheets))
        for kind in ("xls", "xlsx"):
            subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir", HERE, source], check=True,
                           stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    sheets, metrics = content()
    convert("example-physics-lab_content_header-first", sheets)
    print("metrics impressions", sum(r[3] for r in metrics[1:]), "clicks", sum(r[7] for r in metrics[1:]))
    print("posts impressions", sum(p[9] for p in POSTS), "likes", sum(p[14] for p in POSTS))
    sheets, rows = followers()
    convert("example-physics-lab_followers_header-first", sheets)
    print("followers gained", sum(sum(r[1:4]) for r in rows[1:]), "total", rows[-1][4])
    sheets, rows = visitors()
    convert("example-physics-lab_visitors_header-first", sheets)
    print("page views", sum(r[15] for r in rows[1:]), "unique visitors", sum(r[18] for r in rows[1:]))
