#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-reads the lab export set from its bytes and checks it against truth.json and the invariants
# the set promises (partitions, non-additive users, snapshots). Python 3 standard library only.
# Usage: python3 check-lab-set.py [exportsdir]
import collections, csv, datetime as dt, glob, io, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "exports")
T = json.load(open(os.path.join(D, "truth.json"), encoding="utf-8"))
n = 0


def ok(c, m):
    global n
    if not c:
        raise SystemExit("FAIL: " + m)
    n += 1


def text(p):
    b = open(p, "rb").read()
    return b[2:].decode("utf-16-le") if b[:2] == b"\xff\xfe" else b.decode("utf-8-sig")


def g(pat):
    r = glob.glob(os.path.join(D, pat))
    ok(len(r) == 1, "one file for " + pat)
    return r[0]


num = lambda s: int(s.replace(",", ""))
days = T["web"]["days"]
# --- GA Universal
def ga_tables(p):
    return [list(csv.reader(io.StringIO(b))) for b in text(p).split("\n\n") if b.strip() and not b.startswith("#")]
sm = ga_tables(g("ga/*Source Medium*.csv"))
per = T["web"]["periods"]["2016-11-14..2017-01-12"]
tot = sm[0][-1]
ok(num(tot[3]) == per["sessions"] and num(tot[1]) == per["users"], "SM totals sessions/users")
ok(num(tot[1]) < sum(num(r[1]) for r in sm[0][1:-1]), "SM users not additive over sources")
ok(per["users"] < per["sum_of_daily_users"], "period users < sum of daily users")
for r in sm[1][1:-1]:
    m, d, y = (int(x) for x in r[0].split("/"))
    ok(num(r[1]) == days[dt.date(2000 + y, m, d).isoformat()]["sessions"], "SM day index " + r[0])
for r in sm[0][1:-1]:
    s = sum(v["by_source"][r[0]]["sessions"] for k, v in days.items() if "2016-11-14" <= k <= "2017-01-12")
    ok(num(r[3]) == s, "SM row " + r[0])
pg = ga_tables(g("ga/*Data Pages 2016*.csv"))
for r in pg[1][1:-1]:
    m, d, y = (int(x) for x in r[0].split("/"))
    ok(num(r[1]) == days[dt.date(2000 + y, m, d).isoformat()]["pageviews"], "Pages day index " + r[0])
ok(num(pg[0][-1][1]) == per["pageviews"] == num(pg[1][-1][1]), "Pages totals")
lp = ga_tables(g("ga/*Landing Pages*.csv"))
ok(sum(num(r[1]) for r in lp[0][1:-1]) == num(lp[0][-1][1]) == per["sessions"], "Landing partition")
# --- GA4
ex = list(csv.reader(io.StringIO(text(g("ga4/*.csv")))))
gt = [r for r in ex if r and r[-1] == "Grand total"][0]
PP = T["web"]["periods"]["2016-11-01..2017-01-31"]
ok(int(gt[1]) == PP["users"] and int(gt[2]) == PP["sessions"], "GA4 grand total")
# --- Matomo
vs = list(csv.reader(io.StringIO(text(g("matomo/*Visits Summary*.csv")))))
for r in vs[1:]:
    ok(int(r[3]) == days[r[0]]["sessions"] and int(r[1]) == days[r[0]]["users"] and int(r[4]) == days[r[0]]["actions"], "Matomo day " + r[0])
ct = list(csv.reader(io.StringIO(text(g("matomo/*Channel Type*.csv")))))
c = collections.Counter()
for r in ct[1:]:
    c[r[0]] += int(r[3])
ok(all(c[k] == v["sessions"] for k, v in days.items()), "Channel Type partitions visits")
ws = list(csv.reader(io.StringIO(text(g("matomo/*Websites*.csv")))))
lab = {v[1]: s for s, v in T["web"]["matomo_label"].items() if v[0] == "Websites"}
for r in ws[1:]:
    ok(len(r) in (10, len(ws[0])), "Websites row width")
    ok(int(r[3]) == days[r[0]]["by_source"][lab[r[1]]]["sessions"], "Websites row")
ig_days = collections.Counter()
for r in ws[1:]:
    if r[1].endswith("instagram.com"):
        ig_days[r[0]] += int(r[3])
ok(all(ig_days.get(k, 0) == v["by_channel"]["instagram"]["sessions"] for k, v in days.items()), "instagram web sessions")
# --- YouTube
z = zipfile.ZipFile(g("youtube/*.zip"))
names = sorted(z.namelist())
ok([x.split("/")[-1] for x in names] == ["Chart data.csv", "Table data.csv", "Totals.csv"], "zip members")
ch = list(csv.reader(io.StringIO(z.read([x for x in names if x.endswith("Chart data.csv")][0]).decode())))
tt = list(csv.reader(io.StringIO(z.read([x for x in names if x.endswith("Totals.csv")][0]).decode())))
s = collections.Counter()
for r in ch[1:]:
    s[r[0]] += int(r[2])
ok(all(s[r[0]] == int(r[1]) == T["youtube"]["views_per_day"][r[0]] for r in tt[1:]), "YouTube partition")
# --- X
def xrows(p):
    return {r[0]: r for r in list(csv.reader(io.StringIO(text(p))))[1:]}
new = xrows(g("x/*20161020_20170120*.csv")); old = xrows(g("x/*20161114_20170114*.csv"))
ok(len(new) == 63 and len(old) == 44 and set(old) <= set(new), "X snapshot sizes")
for i, r in new.items():
    eng = sum(float(x) for x in r[7:15]) + sum(int(x) for x in r[15:20]) + int(r[21])
    ok(float(r[5]) == eng, "X engagements add up " + i)
    ok(int(float(r[4])) == T["posts"]["x"][i]["newest"]["impressions"], "X newest " + i)
    t = dt.datetime.strptime(r[3], "%Y-%m-%d %H:%M +0000")
    ms = (int(i) >> 22) + 1288834974657
    ok(dt.datetime.utcfromtimestamp(ms / 1000).replace(second=0, microsecond=0) == t, "snowflake " + i)
for i, r in old.items():
    ok(int(float(r[4])) <= int(float(new[i][4])), "older snapshot smaller " + i)
    ok("2016-11-14" <= r[3][:10] <= "2017-01-13", "older range")
# --- Meta
ign = list(csv.reader(io.StringIO(text(g("meta/Nov-01-2016_Jan-31-2017_178*.csv")))))
igo = list(csv.reader(io.StringIO(text(g("meta/Nov-01-2016_Dec-31-2016_178*.csv")))))
ok(open(g("meta/Nov-01-2016_Jan-31-2017_178*.csv"), "rb").read()[:3] == b"\xef\xbb\xbf", "IG BOM")
ok({r[0] for r in igo[1:]} <= {r[0] for r in ign[1:]} and len(igo) < len(ign), "IG snapshots")
for r in ign[1:]:
    ok(int(r[11]) == T["posts"]["instagram"][r[0]]["newest"]["views"], "IG newest views")
fbp = list(csv.reader(io.StringIO(text(g("meta/*_104512345678901.csv")))))
for r in fbp[1:]:
    ok(int(r[19]) == int(r[20]) + int(r[21]) + int(r[22]) and int(r[23]) == int(r[24]) + int(r[25]) + int(r[26]), "FB sums")
def meta_daily(p):
    out, title = {}, None
    for r in csv.reader(io.StringIO(text(p))):
        if len(r) == 1 and r[0] and not r[0].startswith("sep="):
            title = r[0]
        elif len(r) == 2 and r[0] not in ("Date", "sep="):
            out.setdefault(title, {})[r[0][:10]] = int(r[1])
    return out
fol = meta_daily(g("meta/*Facebook-follows.csv"))["Facebook follows"]
ok(all(fol.get(k, 0) == v["gained"] for k, v in T["followers"]["facebook"].items()), "FB follows (sparse = 0)")
lost = meta_daily(g("meta/*Facebook-unfollows.csv"))["Facebook unfollows"]
ok(all(lost.get(k, 0) == v["lost"] for k, v in T["followers"]["facebook"].items()), "FB unfollows")
reach = meta_daily(g("meta/*Reach.csv"))
ok(set(reach) == {"Facebook reach", "Instagram reach"} and all(reach["Instagram reach"][k] == v["reach"] for k, v in T["daily_metrics"]["instagram"].items()), "reach")
# --- LinkedIn (.xlsx read with zipfile + ElementTree)
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
def sheets(p):
    z = zipfile.ZipFile(p)
    sst = [si.find("m:t", NS).text for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    out = {}
    for i, s in enumerate(wb.find("m:sheets", NS).findall("m:sheet", NS)):
        rows = []
        for row in ET.fromstring(z.read(f"xl/worksheets/sheet{i + 1}.xml")).iter("{%s}row" % NS["m"]):
            cells = {}
            for cc in row.findall("m:c", NS):
                col = re.match(r"[A-Z]+", cc.get("r")).group(0)
                v = cc.find("m:v", NS).text
                cells[col] = sst[int(v)] if cc.get("t") == "s" else v
            rows.append(cells)
        out[s.get("name")] = rows
    return out
li = sheets(g("linkedin/*content*.xlsx"))
ok(list(li) == ["Metrics", "All posts"], "LinkedIn sheets")
ok(li["All posts"][1]["A"] == "Post title" and len(li["All posts"]) - 2 == len(T["posts"]["linkedin"]), "LinkedIn posts")
for r in li["Metrics"][1:]:
    m, d, y = r["A"].split("/")
    ok(int(r["D"]) == T["daily_metrics"]["linkedin"][f"{y}-{m}-{d}"]["impressions"], "LinkedIn metrics")
lf = sheets(g("linkedin/*followers*.xlsx"))
for r in lf["New followers"][1:]:
    m, d, y = r["A"].split("/")
    ok(int(r["B"]) + int(r["C"]) + int(r["D"]) == T["followers"]["linkedin"][f"{y}-{m}-{d}"]["gained"], "LinkedIn followers")
# --- Meltwater
mw = list(csv.reader(io.StringIO(text(g("listening/*.csv"))), delimiter="\t"))
ok(len(mw) - 1 == T["mentions"]["total"], "mentions total")
pd_ = collections.Counter(dt.datetime.strptime(r[0], "%d-%b-%Y %I:%M%p").date().isoformat() for r in mw[1:])
ok(dict(pd_) == T["mentions"]["per_day"], "mentions per day")
print("all", n, "checks passed")
