#!/usr/bin/env python3
# Re-reads the web fixtures from their bytes (not from the generator's model) and checks the
# invariants EXPECTED.md states. Python 3 standard library only.
import csv, glob, io, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ok = 0


def text(path):
    b = open(path, "rb").read()
    return b[2:].decode("utf-16-le") if b[:2] == b"\xff\xfe" else b.decode("utf-8")


def rows(t, delim=","):
    return list(csv.reader(io.StringIO(t), delimiter=delim))


def check(cond, msg):
    global ok
    if not cond:
        raise SystemExit("FAIL: " + msg)
    ok += 1


g = lambda pat: glob.glob(os.path.join(HERE, pat))[0]
# Matomo: channels partition daily visits; Websites channel = sum of website rows
vs = rows(text(g("matomo/Export _ Visits Summary _ January 1*2017.csv")))
daily = {r[0]: int(r[3]) for r in vs[1:]}
ch = rows(text(g("matomo/Export _ Channel Type _ January 1*2017.csv")))
per = collections.Counter(); web = {}
for r in ch[1:]:
    per[r[0]] += int(r[3])
    if r[1] == "Websites":
        web[r[0]] = int(r[3])
check(per == collections.Counter(daily), "channel sums == daily visits")
ws = rows(text(g("matomo/Export _ Websites _ January 1*2017.csv")))
hdr = len(ws[0]); wsum = collections.Counter()
for r in ws[1:]:
    check(len(r) in (10, hdr), "Websites rows are 10 cells or header-wide")
    wsum[r[0]] += int(r[3])
check(wsum == collections.Counter(web), "website rows == Websites channel")
tsv = rows(text(g("matomo/Export _ Visits Summary _ January 1*2017.tsv")), "\t")
check({r[0]: int(r[3]) for r in tsv[1:]} == daily, "tsv == csv")
for lang in ("de", "fr", "es", "it", "nl", "pt"):
    lr = rows(text(glob.glob(os.path.join(HERE, f"matomo/{lang}/Export *1*14*.csv"))[0]))
    check({r[0]: int(r[3]) for r in lr[1:]} == daily, f"{lang} daily visits")
wk = rows(text(g("matomo/Export _ Visits Summary _ December*.csv")))
w2 = [r for r in wk if r[0] == "2017-01-02,2017-01-08"][0]
sch = text(g("matomo/scheduled/*.csv")).split("\n")
check(sch[2].split(",")[1] == w2[3], "scheduled Visits Summary visits == week 2 of the weekly file")
check(open(g("matomo/Export _ Websites _ Sunday*.csv"), "rb").read() == b"No data available", "no data")
# GA UA: totals row == sum of rows; Day Index sum == totals
for name, col in (("Source Medium", 3), ("Landing Pages", 1), ("Pages", 1)):
    t = text(g(f"ga/Analytics All Web Site Data {name} 2017*.csv"))
    tables = [b for b in t.split("\n\n") if b.strip()]
    main = rows(tables[1]); di = rows(tables[2])
    num = lambda s: int(s.replace(",", ""))
    check(sum(num(r[col]) for r in main[1:-1]) == num(main[-1][col]), f"{name}: rows == totals")
    check(sum(num(r[1]) for r in di[1:-1]) == num(di[-1][1]) == num(main[-1][col]), f"{name}: day index == totals")
sm = rows([b for b in text(g("ga/Analytics All Web Site Data Source Medium*.csv")).split("\n\n") if b.strip()][1])
check(int(sm[-1][1].replace(",", "")) < sum(int(r[1].replace(",", "")) for r in sm[1:-1]), "users not additive")
nl = [b for b in text(g("ga/nl/*.csv")).split("\n\n") if b.strip()]
m = rows(nl[1]); d = rows(nl[2])
check(sum(int(r[2].replace(".", "")) for r in m[1:-1]) == int(m[-1][2].replace(".", "")), "nl rows == totals")
check(sum(int(r[1].replace(".", "")) for r in d[1:-1]) == int(d[-1][1].replace(".", "")), "nl dagindex")
check("US$\u00a00,00" in text(g("ga/nl/*.csv")), "nl NBSP money")
# GA UA in the other UI languages: the English Source/Medium report's figures, written the language's way
en_tables = [b for b in text(g("ga/Analytics All Web Site Data Source Medium*.csv")).split("\n\n") if b.strip()]
en_rows = {r[0]: int(r[3].replace(",", "")) for r in rows(en_tables[1])[1:]}
en_days = [int(r[1].replace(",", "")) for r in rows(en_tables[2])[1:]]
for lang in ("de", "fr", "es", "it", "pt"):
    tables = [b for b in text(g(f"ga/{lang}/*.csv")).split("\n\n") if b.strip()]
    n = lambda s: int(s.replace(".", "").replace("\u202f", ""))
    check({r[0]: n(r[3]) for r in rows(tables[1])[1:]} == en_rows, f"{lang} sessions per source and totals")
    check([n(r[1]) for r in rows(tables[2])[1:]] == en_days, f"{lang} day index")
    check(all(r[0][:2] in ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14")
              for r in rows(tables[2])[1:-1]), f"{lang} day first")
# GA4 exploration: grand total first with an extra cell; exits add up to sessions
ex = rows(text(g("ga4/Pages-Free form 1.csv")))
hi = [i for i, r in enumerate(ex) if r and r[0].startswith("Page path")][0]
gt = ex[hi + 1]
check(len(gt) == len(ex[hi]) + 1 and gt[-1] == "Grand total", "grand total extra cell")
data = [r for r in ex[hi + 2:] if r]
check(sum(int(r[6]) for r in data) == int(gt[6]) == int(gt[2]), "exits == sessions")
check(sum(int(r[2]) for r in data) > int(gt[2]), "page sessions overlap")
# YouTube: chart per day == Totals, except the documented gap
for folder in glob.glob(os.path.join(HERE, "youtube/*/")):
    c = rows(text(folder + "Chart data.csv")); t = rows(text(folder + "Totals.csv")); tb = rows(text(folder + "Table data.csv"))
    s = collections.Counter()
    for r in c[1:]:
        s[r[0]] += int(r[2])
    diffs = {r[0]: int(r[1]) - s[r[0]] for r in t[1:] if int(r[1]) != s[r[0]]}
    check(diffs in ({}, {"2017-01-10": 3}), f"youtube {folder}: {diffs}")
    check(tb[1][0] == "Total" and int(tb[1][1]) == sum(int(r[1]) for r in t[1:]), "table Total == Totals.csv")
print("all", ok, "checks passed")
