#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds ONE underlying truth for one lab ("Example Physics Lab", handle examplelab, 2016-11-01..2017-01-31)
# and writes, from it, a realistic set of exports in the layouts Beamline reads (see
# the formats reference and core/import/formats/*.cpp), plus truth.json: the
# figures behind every file, computed here (never by running Beamline).
# Python 3 standard library only; deterministic. Usage: python3 make-lab-set.py [outdir]
import datetime as dt
import json
import os
import random
import sys
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from xml.sax.saxutils import escape

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "exports")
P0, P1 = dt.date(2016, 11, 1), dt.date(2017, 1, 31)
DAYS = [P0 + dt.timedelta(days=i) for i in range((P1 - P0).days + 1)]
NBSP = "\u00a0"
THIN = "\u2009"
TRUTH = {"lab": {"name": "Example Physics Lab", "handle": "examplelab", "site": "www.examplelab.example",
                 "period": {"from": P0.isoformat(), "to": P1.isoformat()}},
         "files": {}, "notes": []}


def hround(x, nd=0):
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def write(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return rel


def utf16(text):
    return b"\xff\xfe" + text.encode("utf-16-le")


def split_int(total, weights):
    tw = sum(weights)
    raw = [total * w / tw for w in weights]
    out = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - out[i], -i), reverse=True)
    for i in order[:total - sum(out)]:
        out[i] += 1
    return out


def span(a, b):
    return [d for d in DAYS if a <= d <= b]


def iso(d):
    return d.isoformat()


def hms(seconds):
    s = int(hround(seconds))
    return f"{s // 3600:02d}:{(s % 3600) // 60:02d}:{s % 60:02d}"


def q(s):  # minimal CSV quoting (comma, quote, newline)
    s = str(s)
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n\r') else s


def en_int(n):
    return q(f"{n:,}")


def pct2(x):
    return f"{hround(100 * x, 2)}%"


def js_num(x):
    return str(int(x)) if float(x).is_integer() else repr(float(x))


# =============================================================================================
# 1. Posts (they drive social traffic, so they come first)

SERIES = ["#ThrowbackThursday", "#GuessWhatItIs", "#FollowFriday", "news", "event"]


def post_days(n, a, b, rng, hour_choices):
    ds = sorted(rng.sample(span(a, b), n))
    return [dt.datetime(d.year, d.month, d.day, rng.choice(hour_choices), rng.choice((0, 0, 15, 30, 45))) for d in ds]


def text_for(kind, i, rng):
    return {"#ThrowbackThursday": f"#ThrowbackThursday {1960 + i}: the first beam in our synchrotron",
            "#GuessWhatItIs": f"Guess What It Is? Hint #{i}: it is colder than outer space #GuessWhatItIs",
            "#FollowFriday": f"#FollowFriday @NeutrinoLabEx @ExampleObservatoryEx & friends",
            "news": f"New result: neutrino oscillations at our 40 m baseline (part {i})",
            "event": f"Open Days: \"come and see the detector\", book now"}[kind]


# --- X: tweets 2016-10-20..2017-01-19, 63 tweets, 44 of them inside 2016-11-14..2017-01-13 ----------
def snowflake(t, rng):
    ms = int(dt.datetime(t.year, t.month, t.day, t.hour, t.minute, tzinfo=dt.timezone.utc).timestamp() * 1000)
    return ((ms - 1288834974657) << 22) | rng.randint(0, (1 << 22) - 1)


def make_tweets():
    rng = random.Random(11)
    allday = [dt.date(2016, 10, 20) + dt.timedelta(days=i) for i in range(92)]
    inside = [d for d in allday if dt.date(2016, 11, 14) <= d <= dt.date(2017, 1, 13)]
    early = [d for d in allday if d < dt.date(2016, 11, 14)]
    late = [d for d in allday if d > dt.date(2017, 1, 13)]
    chosen = sorted(rng.sample(early, 14) + rng.sample(inside, 44) + rng.sample(late, 5))
    tweets = []
    for i, d in enumerate(chosen):
        t = dt.datetime(d.year, d.month, d.day, rng.choice((9, 10, 11, 12, 14, 16)), rng.choice((0, 2, 15, 30, 45)))
        kind = SERIES[i % len(SERIES)]
        text = text_for(kind, i, rng).replace("&", "&amp;")
        if i == 7:
            text = "Two lines today:\nthe magnet is cold 🥶 #GuessWhatItIs"
        imp = rng.randint(1500, 9000)
        comp = dict(retweets=rng.randint(0, 30), replies=rng.randint(0, 8), likes=rng.randint(3, 70), upc=rng.randint(0, 9),
                    url=rng.randint(0, 30), hashtag=rng.randint(0, 5), detail=rng.randint(0, 12), permalink=rng.randint(0, 3),
                    app_opens=0, app_installs=0, follows=rng.randint(0, 2), email=0, dial=0)
        media_views = rng.choice((0, 0, rng.randint(50, 600)))
        media_eng = rng.randint(0, 60) if media_views else 0
        tweets.append(dict(id=snowflake(t, rng), time=t, text=text, impressions=imp, comp=comp, media_views=media_views, media_eng=media_eng))
    return tweets


def tweet_row(tw, scale=1.0, rng=None):
    c = {k: (int(v * scale) if scale < 1 else v) for k, v in tw["comp"].items()}
    imp = int(tw["impressions"] * scale) if scale < 1 else tw["impressions"]
    mv = int(tw["media_views"] * scale) if scale < 1 else tw["media_views"]
    me = int(tw["media_eng"] * scale) if scale < 1 else tw["media_eng"]
    eng = sum(c.values()) + me
    rate = eng / imp if imp else 0.0
    f = lambda n: f"{float(n):.1f}"
    cells = [str(tw["id"]), f"https://twitter.com/examplelab/status/{tw['id']}", tw["text"], tw["time"].strftime("%Y-%m-%d %H:%M +0000"),
             f(imp), f(eng), repr(rate) if eng else "0.0", f(c["retweets"]), f(c["replies"]), f(c["likes"]), f(c["upc"]), f(c["url"]),
             f(c["hashtag"]), f(c["detail"]), f(c["permalink"]), str(c["app_opens"]), str(c["app_installs"]), str(c["follows"]),
             str(c["email"]), str(c["dial"]), str(mv), str(me)] + ["-"] * 18
    metrics = dict(impressions=imp, engagements=eng, engagement_rate=rate, retweets=c["retweets"], replies=c["replies"], likes=c["likes"],
                   user_profile_clicks=c["upc"], url_clicks=c["url"], hashtag_clicks=c["hashtag"], detail_expands=c["detail"],
                   permalink_clicks=c["permalink"], follows=c["follows"], media_views=mv, media_engagements=me)
    return cells, metrics


X_HEADER = ['Tweet id', 'Tweet permalink', 'Tweet text', 'time', 'impressions', 'engagements', 'engagement rate', 'retweets', 'replies', 'likes',
            'user profile clicks', 'url clicks', 'hashtag clicks', 'detail expands', 'permalink clicks', 'app opens', 'app installs', 'follows',
            'email tweet', 'dial phone', 'media views', 'media engagements', 'promoted impressions', 'promoted engagements',
            'promoted engagement rate', 'promoted retweets', 'promoted replies', 'promoted likes', 'promoted user profile clicks',
            'promoted url clicks', 'promoted hashtag clicks', 'promoted detail expands', 'promoted permalink clicks', 'promoted app opens',
            'promoted app installs', 'promoted follows', 'promoted email tweet', 'promoted dial phone', 'promoted media views',
            'promoted media engagements']


def write_x(tweets):
    def allq(cells):
        return ",".join('"' + c.replace('"', '""') + '"' for c in cells)
    newer, older = [], []
    truth = {}
    old_end = dt.date(2017, 1, 13)
    for tw in sorted(tweets, key=lambda t: t["time"], reverse=True):
        cells, m = tweet_row(tw)
        newer.append(allq(cells))
        rec = {"published": tw["time"].strftime("%Y-%m-%dT%H:%M:00Z"), "newest": m,
               "newest_file": "x/tweet_activity_metrics_examplelab_20161020_20170120_en.csv", "newest_captured": "2017-01-20"}
        if dt.date(2016, 11, 14) <= tw["time"].date() <= old_end:
            age_new = (dt.date(2017, 1, 19) - tw["time"].date()).days
            age_old = (old_end - tw["time"].date()).days
            scale = max(0.35, min(0.95, (age_old + 1) / (age_new + 1) * 0.97))
            ocells, om = tweet_row(tw, scale)
            older.append(allq(ocells))
            rec["older"] = om
            rec["older_file"] = "x/tweet_activity_metrics_examplelab_20161114_20170114_en.csv"
        truth[str(tw["id"])] = rec
    head = allq(X_HEADER)
    write("x/tweet_activity_metrics_examplelab_20161020_20170120_en.csv", (head + "\n" + "\n".join(newer) + "\n").encode())
    write("x/tweet_activity_metrics_examplelab_20161114_20170114_en.csv", (head + "\n" + "\n".join(older) + "\n").encode())
    TRUTH["files"]["x/tweet_activity_metrics_examplelab_20161020_20170120_en.csv"] = {
        "format": "X legacy tweet activity", "covers": "2016-10-20..2017-01-19", "captured": "2017-01-20 (the second date in the name)",
        "rows": len(newer)}
    TRUTH["files"]["x/tweet_activity_metrics_examplelab_20161114_20170114_en.csv"] = {
        "format": "X legacy tweet activity", "covers": "2016-11-14..2017-01-13", "captured": "2017-01-14", "rows": len(older),
        "expected_when_imported_after_the_newer_file": f"0 added, 0 updated, {len(older)} unchanged (a newer snapshot is kept)",
        "expected_when_imported_first_then_newer": f"newer file: {len(newer) - len(older)} added, {len(older)} updated"}
    TRUTH.setdefault("posts", {})["x"] = truth
    assert len(newer) == 63 and len(older) == 44


# --- Instagram and Facebook posts (Meta Business Suite), LinkedIn posts ------------------------
def make_posts(n, rng, hours):
    ts = post_days(n, P0, P1, rng, hours)
    return [dict(time=t, kind=SERIES[i % 5], i=i) for i, t in enumerate(ts)]


def write_instagram(posts):
    rng = random.Random(22)
    head = "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves"
    truth = {}
    rows_new, rows_old = [], []
    for p in sorted(posts, key=lambda p: p["time"], reverse=True):
        pid = str(rng.randint(17800000000000000, 18199999999999999))
        ptype = rng.choice(["IG image", "IG image", "IG carousel", "IG reel"])
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        link = f"https://www.instagram.com/{'reel' if ptype == 'IG reel' else 'p'}/{code}/"
        desc = text_for(p["kind"], p["i"], rng)
        if p["i"] == 3:
            desc = "Guess What It Is?\nThree close-ups, one object. #GuessWhatItIs"
        m = dict(views=rng.randint(2500, 9000), reach=0, likes=rng.randint(60, 400), shares=rng.randint(2, 40), follows=rng.randint(0, 12),
                 comments=rng.randint(0, 30), saves=rng.randint(5, 60))
        m["reach"] = int(m["views"] * rng.uniform(0.55, 0.8))
        dur = rng.randint(15, 60) if ptype == "IG reel" else 0

        def cells(mm):
            return [pid, "17841400123456789", "examplelab", "Example Physics Lab", desc, str(dur), p["time"].strftime("%m/%d/%Y %H:%M"), link,
                    ptype, "", "Lifetime", str(mm["views"]), str(mm["reach"]), str(mm["likes"]), str(mm["shares"]), str(mm["follows"]),
                    str(mm["comments"]), str(mm["saves"])]
        rows_new.append(",".join(q(c) for c in cells(m)))
        rec = {"published_local": p["time"].strftime("%Y-%m-%d %H:%M"), "type": ptype, "permalink": link, "newest": m,
               "newest_file": "meta/Nov-01-2016_Jan-31-2017_17841400123456789.csv"}
        if p["time"].date() <= dt.date(2016, 12, 31):
            s = rng.uniform(0.7, 0.95)
            om = {k: int(v * s) for k, v in m.items()}
            rows_old.append(",".join(q(c) for c in cells(om)))
            rec["older"] = om
            rec["older_file"] = "meta/Nov-01-2016_Dec-31-2016_17841400123456789.csv"
        truth[pid] = rec
    bom = "\ufeff"
    write("meta/Nov-01-2016_Jan-31-2017_17841400123456789.csv", (bom + head + "\n" + "\n".join(rows_new) + "\n").encode())
    write("meta/Nov-01-2016_Dec-31-2016_17841400123456789.csv", (bom + head + "\n" + "\n".join(rows_old) + "\n").encode())
    TRUTH["posts"]["instagram"] = truth
    TRUTH["files"]["meta/Nov-01-2016_Jan-31-2017_17841400123456789.csv"] = {"format": "Meta Business Suite Instagram posts", "rows": len(rows_new),
                                                                            "captured": "2017-01-31 at the latest (end of the range in the name)"}
    TRUTH["files"]["meta/Nov-01-2016_Dec-31-2016_17841400123456789.csv"] = {
        "format": "Meta Business Suite Instagram posts (older snapshot)", "rows": len(rows_old), "captured": "2016-12-31 at the latest",
        "expected_when_imported_after_the_newer_file": f"0 added, 0 updated, {len(rows_old)} unchanged (a newer snapshot is kept)"}


def write_facebook(posts):
    rng = random.Random(33)
    head = ('Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,Permalink,Is crosspost,Is share,Post type,'
            'Languages,Custom labels,Funded content status,Data comment,Date,Impressions,Reach,"Reactions, Comments and Shares",Reactions,'
            'Comments,Shares,Total clicks,Other clicks,Matched Audience Targeting Consumption (Photo Click),Link clicks,Views,reels_plays:count,'
            'Seconds viewed,Average seconds viewed,Estimated earnings (USD)')
    rows, truth = [], {}
    for p in sorted(posts, key=lambda p: p["time"], reverse=True):
        pid = f"104512345678901_{rng.randint(1200000000000000, 1299999999999999)}"
        ptype = rng.choice(["Photos", "Photos", "Links", "Videos"])
        imp = rng.randint(1500, 8000)
        reach = int(imp * rng.uniform(0.6, 0.85))
        rea, com, sha = rng.randint(20, 280), rng.randint(0, 30), rng.randint(0, 30)
        other, photo = rng.randint(5, 90), (rng.randint(5, 100) if ptype == "Photos" else 0)
        link = rng.randint(10, 120) if ptype == "Links" else 0
        views = rng.randint(800, 4000) if ptype == "Videos" else None
        secs = views * rng.randint(8, 20) if views else None
        cells = [pid, "104512345678901", "Example Physics Lab", "", text_for(p["kind"], p["i"], rng), str(rng.randint(30, 120)) if views else "",
                 p["time"].strftime("%m/%d/%Y %H:%M"), "", f"https://www.facebook.com/104512345678901/posts/{pid.split('_')[1]}", "No", "No", ptype,
                 "", "", "", "", "Lifetime", str(imp), str(reach), str(rea + com + sha), str(rea), str(com), str(sha), str(other + photo + link),
                 str(other), str(photo), str(link), str(views) if views else "", "", str(secs) if secs else "",
                 str(secs // views) if views else "", ""]
        rows.append(",".join(q(c) for c in cells))
        truth[pid] = {"published_local": p["time"].strftime("%Y-%m-%d %H:%M"), "type": ptype,
                      "newest": dict(impressions=imp, reach=reach, reactions_comments_shares=rea + com + sha, reactions=rea, comments=com,
                                     shares=sha, total_clicks=other + photo + link, link_clicks=link, views=views),
                      "newest_file": "meta/Nov-01-2016_Jan-31-2017_104512345678901.csv"}
    write("meta/Nov-01-2016_Jan-31-2017_104512345678901.csv", ("\ufeff" + head + "\n" + "\n".join(rows) + "\n").encode())
    TRUTH["posts"]["facebook"] = truth
    TRUTH["files"]["meta/Nov-01-2016_Jan-31-2017_104512345678901.csv"] = {"format": "Meta Business Suite Facebook posts", "rows": len(rows)}


def meta_daily(rel, sections):
    """sections: [(title, {date: value})]; zero days are left out (sparse), like the follows exports."""
    parts = []
    for title, series in sections:
        lines = [f'"{title}"', '"Date","Primary"'] + [f'"{d.isoformat()}T00:00:00","{v}"' for d, v in sorted(series.items())]
        parts.append("\n".join(lines))
    text = "sep=,\n" + "\n\n".join(parts)
    write(rel, utf16(text))


def write_meta_daily():
    rng = random.Random(44)
    fb_gain = {d: rng.choice((0, 0, 1, 2, 3, 5)) for d in DAYS}
    fb_lost = {d: rng.choice((0, 0, 0, 1, 2)) for d in DAYS}
    ig_gain = {d: rng.choice((0, 1, 2, 4, 6, 9)) for d in DAYS}
    fb_reach = {d: rng.randint(1800, 6500) for d in DAYS}
    ig_reach = {d: rng.randint(2500, 9000) for d in DAYS}
    meta_daily("meta/Nov-01-2016_Jan-31-2017_Facebook-follows.csv", [("Facebook follows", {d: v for d, v in fb_gain.items() if v})])
    meta_daily("meta/Nov-01-2016_Jan-31-2017_Facebook-unfollows.csv", [("Facebook unfollows", {d: v for d, v in fb_lost.items() if v})])
    meta_daily("meta/Nov-01-2016_Jan-31-2017_Instagram-follows.csv", [("Instagram follows", {d: v for d, v in ig_gain.items() if v})])
    meta_daily("meta/Nov-01-2016_Jan-31-2017_Reach.csv", [("Facebook reach", fb_reach), ("Instagram reach", ig_reach)])
    f = TRUTH.setdefault("followers", {})
    f["facebook"] = {iso(d): {"gained": fb_gain[d], "lost": fb_lost[d]} for d in DAYS}
    f["instagram"] = {iso(d): {"gained": ig_gain[d]} for d in DAYS}
    TRUTH.setdefault("daily_metrics", {})["facebook"] = {iso(d): {"reach": fb_reach[d]} for d in DAYS}
    TRUTH["daily_metrics"]["instagram"] = {iso(d): {"reach": ig_reach[d]} for d in DAYS}
    for name, note in (("Facebook-follows", "sparse: days with 0 are absent and mean 0"),
                       ("Facebook-unfollows", "title `Facebook unfollows` is a [B] guess (not among the titles the sources list)"),
                       ("Instagram-follows", "sparse"), ("Reach", "two sections: Facebook reach, then Instagram reach, dense")):
        TRUTH["files"][f"meta/Nov-01-2016_Jan-31-2017_{name}.csv"] = {"format": "Meta Business Suite daily metric (UTF-16LE, sep=,)", "note": note}
    TRUTH["files"]["meta/Nov-01-2016_Jan-31-2017_Facebook-follows.csv"]["sum"] = sum(fb_gain.values())
    TRUTH["files"]["meta/Nov-01-2016_Jan-31-2017_Facebook-unfollows.csv"]["sum"] = sum(fb_lost.values())
    TRUTH["files"]["meta/Nov-01-2016_Jan-31-2017_Instagram-follows.csv"]["sum"] = sum(ig_gain.values())


# --- LinkedIn workbooks (.xlsx, as LibreOffice/Excel re-save them; LinkedIn itself sends BIFF .xls) -----
def xlsx(path, sheets):
    """sheets: [(name, rows)] with rows of str/int/float; strings go to sharedStrings."""
    strings, index = [], {}

    def sid(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    def col(n):
        s = ""
        n += 1
        while n:
            n, r = divmod(n - 1, 26)
            s = chr(65 + r) + s
        return s
    sheet_xml = []
    for name, rows in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{js_num(v)}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="s"><v>{sid(str(v))}</v></c>')
            out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        out.append("</sheetData></worksheet>")
        sheet_xml.append("".join(out))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(
               f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for i in range(len(sheets)))
          + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets)) + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                        f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
              + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
              'Target="sharedStrings.xml"/></Relationships>')
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                           ("xl/sharedStrings.xml", sst)] + [(f"xl/worksheets/sheet{i + 1}.xml", x) for i, x in enumerate(sheet_xml)]:
            zi = zipfile.ZipInfo(name, date_time=(2017, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_linkedin(posts):
    rng = random.Random(55)
    head = ['Post title', 'Post link', 'Post type', 'Campaign name', 'Posted by', 'Created date', 'Campaign start date', 'Campaign end date',
            'Audience', 'Impressions', 'Views', 'Offsite Views', 'Clicks', 'Click through rate (CTR)', 'Likes', 'Comments', 'Reposts', 'Follows',
            'Engagement rate', 'Content Type']
    rows, truth = [["All posts are shown for the selected date range"], head], {}
    for p in sorted(posts, key=lambda p: p["time"], reverse=True):
        urn = f"urn:li:activity:{rng.randint(6200000000000000000, 6299999999999999999)}"
        title = text_for(p["kind"], p["i"], rng)
        if p["i"] == 2:
            title = "Open Days 2017\nBook your visit: limited places"
        imp, clicks = rng.randint(800, 5000), rng.randint(5, 150)
        likes, com, rep, fol = rng.randint(5, 90), rng.randint(0, 12), rng.randint(0, 15), rng.randint(0, 6)
        ctr, er = clicks / imp, (clicks + likes + com + rep + fol) / imp
        rows.append([title, f"https://www.linkedin.com/feed/update/{urn}", "Organic", "", "Example Physics Lab", p["time"].strftime("%m/%d/%Y"),
                     "", "", "All followers", imp, "", "", clicks, ctr, likes, com, rep, fol, er, "Image"])
        truth[urn] = {"created": p["time"].date().isoformat(),
                      "newest": dict(impressions=imp, clicks=clicks, ctr=ctr, likes=likes, comments=com, reposts=rep, follows=fol, engagement_rate=er),
                      "newest_file": "linkedin/example-physics-lab_content_1485907200000.xlsx"}
    mhead = ['Date', 'Impressions (organic)', 'Impressions (sponsored)', 'Impressions (total)', 'Unique impressions (organic)', 'Clicks (organic)',
             'Clicks (sponsored)', 'Clicks (total)', 'Reactions (organic)', 'Reactions (sponsored)', 'Reactions (total)', 'Comments (organic)',
             'Comments (sponsored)', 'Comments (total)', 'Reposts (organic)', 'Reposts (sponsored)', 'Reposts (total)', 'Engagement rate (organic)',
             'Engagement rate (sponsored)', 'Engagement rate (total)']
    metrics, mtruth = [mhead], {}
    for d in DAYS:
        imp, uniq, cl, re_, co, rp = rng.randint(150, 900), 0, rng.randint(2, 40), rng.randint(1, 30), rng.randint(0, 5), rng.randint(0, 6)
        uniq = int(imp * 0.7)
        er = (cl + re_ + co + rp) / imp
        metrics.append([d.strftime("%m/%d/%Y"), imp, 0, imp, uniq, cl, 0, cl, re_, 0, re_, co, 0, co, rp, 0, rp, er, 0, er])
        mtruth[iso(d)] = dict(impressions=imp, unique_impressions=uniq, clicks=cl, reactions=re_, comments=co, reposts=rp, engagement_rate=er)
    xlsx("linkedin/example-physics-lab_content_1485907200000.xlsx", [("Metrics", metrics), ("All posts", rows)])
    fol, ftruth, total = [['Date', 'Sponsored followers', 'Organic followers', 'Auto-invited followers', 'Total followers']], {}, 2480
    for d in DAYS:
        org, aut = rng.randint(0, 9), rng.choice((0, 0, 1))
        total += org + aut
        fol.append([d.strftime("%m/%d/%Y"), 0, org, aut, total])
        ftruth[iso(d)] = {"gained": org + aut, "total": total}
    xlsx("linkedin/example-physics-lab_followers_1485907200000.xlsx", [("New followers", fol), ("Location", [["Location", "Total followers"],
                                                                                                            ["Geneva", 820], ["Paris", 410]])])
    TRUTH["posts"]["linkedin"] = truth
    TRUTH["followers"]["linkedin"] = ftruth
    TRUTH["daily_metrics"]["linkedin"] = mtruth
    TRUTH["files"]["linkedin/example-physics-lab_content_1485907200000.xlsx"] = {
        "format": "LinkedIn Page content workbook, as .xlsx (LinkedIn sends BIFF .xls; this is the re-saved form Beamline also reads)",
        "sheets": {"Metrics": f"{len(DAYS)} days, header in row 1", "All posts": f"{len(rows) - 2} posts, a title line above the header, one multi-line title"}}
    TRUTH["files"]["linkedin/example-physics-lab_followers_1485907200000.xlsx"] = {
        "format": "LinkedIn Page followers workbook (.xlsx)", "sheets": {"New followers": f"{len(DAYS)} days", "Location": "2 rows"}}


# =============================================================================================
# 2. Web: one truth per day per source; GA, GA4 and Matomo reports are views of it

SOURCES = {  # GA source / medium -> (Beamline channel, Matomo channel type, Matomo label, base sessions per day)
    "google / organic": ("search", "Search Engines", "Google", 260),
    "bing / organic": ("search", "Search Engines", "Bing", 18),
    "(direct) / (none)": ("direct", "Direct Entry", None, 190),
    "instagram.com / referral": ("instagram", "Websites", "instagram.com", 34),
    "l.instagram.com / referral": ("instagram", "Websites", "l.instagram.com", 22),
    "t.co / referral": ("x", "Social Networks", "Twitter", 26),
    "facebook.com / referral": ("facebook", "Social Networks", "Facebook", 30),
    "m.facebook.com / referral": ("facebook", "Social Networks", "Facebook", 21),
    "youtube.com / referral": ("youtube", "Social Networks", "YouTube", 9),
    "linkedin.com / referral": ("linkedin", "Social Networks", "LinkedIn", 8),
    "physicsworld.example / referral": ("other", "Websites", "physicsworld.example", 6),
    "newsletter / email": ("newsletter", "Campaigns", "january-newsletter", 0),
}


def make_web(post_days_by_channel):
    rng = random.Random(66)
    model = {}
    for d in DAYS:
        weekday = 0.75 if d.weekday() >= 5 else 1.0
        holiday = 0.55 if (d.month == 12 and d.day >= 23) or (d.month == 1 and d.day <= 2) else 1.0
        for s, (chan, _, _, base) in SOURCES.items():
            boost = 1.0
            if chan in post_days_by_channel and d in post_days_by_channel[chan]:
                boost = rng.uniform(1.8, 3.2)
            se = int(base * weekday * holiday * boost * rng.uniform(0.75, 1.25))
            if s == "newsletter / email":
                se = rng.randint(180, 260) if d in (dt.date(2016, 11, 17), dt.date(2017, 1, 12)) else (rng.randint(5, 30) if d in (
                    dt.date(2016, 11, 18), dt.date(2017, 1, 13)) else 0)
            if s == "physicsworld.example / referral" and rng.random() < 0.25:
                se = 0
            us = int(se * rng.uniform(0.84, 0.96))
            nu = int(us * rng.uniform(0.45, 0.8))
            bo = int(se * rng.uniform(0.3, 0.65))
            pv = se + (se - bo) * rng.randint(1, 3) + (rng.randint(0, se // 5) if se >= 5 else 0)
            sec = (se - bo) * rng.randint(110, 320)
            goals = rng.randint(0, max(0, se // 60))
            model[(d, s)] = dict(sessions=se, users=us, new_users=nu, bounces=bo, pageviews=pv, visit_seconds=sec, conversions=goals)
    add = ("sessions", "new_users", "bounces", "pageviews", "visit_seconds", "conversions")
    day = {}
    for d in DAYS:
        t = {k: sum(model[(d, s)][k] for s in SOURCES) for k in add}
        t["users"] = int(sum(model[(d, s)]["users"] for s in SOURCES) * 0.96)
        t["outlinks"] = int(t["sessions"] * 0.05)
        t["actions"] = t["pageviews"] + t["outlinks"]
        day[d] = t

    def src_users(s, ds):
        return int(sum(model[(d, s)]["users"] for d in ds) * 0.88)

    def period(ds):
        t = {k: sum(day[d][k] for d in ds) for k in add}
        per_src = {s: src_users(s, ds) for s in SOURCES}
        t["users"] = int(sum(per_src.values()) * 0.9)
        assert t["users"] < sum(day[d]["users"] for d in ds)
        return t, per_src
    return model, day, period


def write_ga_ua(model, day, period):
    rng = random.Random(77)
    a, b = dt.date(2016, 11, 14), dt.date(2017, 1, 12)
    ds = span(a, b)
    T, per_src_users = period(ds)
    pre = f"# ----------------------------------------\n# All Web Site Data\n# {{}}\n# {a:%Y%m%d}-{b:%Y%m%d}\n# ----------------------------------------\n\n"
    usd = lambda d: f"{d.month}/{d.day}/{d:%y}"
    day_index_sessions = "Day Index,Sessions\n" + "\n".join(f"{usd(d)},{en_int(day[d]['sessions'])}" for d in ds) + f"\n,{en_int(T['sessions'])}\n"

    def totals(t):
        return dict(sessions=t["sessions"], users=t.get("users"), new_users=t["new_users"], bounce_rate_cell=pct2(t["bounces"] / t["sessions"]),
                    bounce_rate=float(hround(t["bounces"] / t["sessions"], 4)), bounce_rate_exact=t["bounces"] / t["sessions"],
                    avg_session_cell=hms(t["visit_seconds"] / t["sessions"]), avg_session_seconds=int(hround(t["visit_seconds"] / t["sessions"])),
                    avg_session_seconds_exact=t["visit_seconds"] / t["sessions"], pages_per_session_cell=str(hround(t["pageviews"] / t["sessions"], 2)),
                    goal_completions=t["conversions"])

    # Source / Medium
    rows, per = [], {}
    for s in SOURCES:
        m = {k: sum(model[(d, s)][k] for d in ds) for k in ("sessions", "new_users", "bounces", "pageviews", "visit_seconds", "conversions")}
        m["users"] = per_src_users[s]
        per[s] = m
    for s in sorted(SOURCES, key=lambda s: -per[s]["sessions"]):
        m = per[s]
        if not m["sessions"]:
            continue
        rows.append(",".join([q(s), en_int(m["users"]), en_int(m["new_users"]), en_int(m["sessions"]), pct2(m["bounces"] / m["sessions"]),
                              str(hround(m["pageviews"] / m["sessions"], 2)), hms(m["visit_seconds"] / m["sessions"]),
                              pct2(m["conversions"] / m["sessions"]), str(m["conversions"]), "$0.00"]))
    tot = ",".join(["", en_int(T["users"]), en_int(T["new_users"]), en_int(T["sessions"]), pct2(T["bounces"] / T["sessions"]),
                    str(hround(T["pageviews"] / T["sessions"], 2)), hms(T["visit_seconds"] / T["sessions"]), pct2(T["conversions"] / T["sessions"]),
                    str(T["conversions"]), "$0.00"])
    head = ("Source / Medium,Users,New Users,Sessions,Bounce Rate,Pages / Session,Avg. Session Duration,Goal Conversion Rate,Goal Completions,"
            "Goal Value")
    rel = f"ga/Analytics All Web Site Data Source Medium {a:%Y%m%d}-{b:%Y%m%d}.csv"
    write(rel, (pre.format("Source/Medium") + head + "\n" + "\n".join(rows) + "\n" + tot + "\n\n" + day_index_sessions + "\n").encode())
    TRUTH["files"][rel] = {"format": "GA Universal, Source/Medium", "period": f"{a}..{b}", "totals_row": totals(T),
                           "rows": {s: per[s] for s in SOURCES if per[s]["sessions"]},
                           "rows_users_sum": sum(per[s]["users"] for s in SOURCES if per[s]["sessions"]),
                           "day_index": {"metric": "Sessions", "days": len(ds), "sum": T["sessions"]}}

    # Landing Pages
    pages = ["/", "/visit/open-days", "/news/2016/11/neutrino-result", "/education/guess-what-it-is", "/about/history", "/jobs",
             "/news/2016/12/winter-shutdown", "/visit/open-days?utm_source=newsletter"]
    w = [5, 2, 1.6, 1.2, 0.6, 0.5, 0.5, 0.3]
    parts = {k: split_int(T[k], w if k == "sessions" else [x * rng.uniform(0.8, 1.2) for x in w])
             for k in ("sessions", "new_users", "bounces", "pageviews", "visit_seconds", "conversions")}
    rows = []
    for i in sorted(range(len(pages)), key=lambda i: -parts["sessions"][i]):
        se = parts["sessions"][i]
        rows.append(",".join([pages[i], en_int(se), pct2(parts["new_users"][i] / se), en_int(parts["new_users"][i]), pct2(parts["bounces"][i] / se),
                              str(hround(parts["pageviews"][i] / se, 2)), hms(parts["visit_seconds"][i] / se), pct2(parts["conversions"][i] / se),
                              str(parts["conversions"][i]), "$0.00"]))
    tot = ",".join(["", en_int(T["sessions"]), pct2(T["new_users"] / T["sessions"]), en_int(T["new_users"]), pct2(T["bounces"] / T["sessions"]),
                    str(hround(T["pageviews"] / T["sessions"], 2)), hms(T["visit_seconds"] / T["sessions"]), pct2(T["conversions"] / T["sessions"]),
                    str(T["conversions"]), "$0.00"])
    head = ("Landing Page,Sessions,% New Sessions,New Users,Bounce Rate,Pages / Session,Avg. Session Duration,Goal Conversion Rate,"
            "Goal Completions,Goal Value")
    rel = f"ga/Analytics All Web Site Data Landing Pages {a:%Y%m%d}-{b:%Y%m%d}.csv"
    write(rel, (pre.format("Landing Pages") + head + "\n" + "\n".join(rows) + "\n" + tot + "\n\n" + day_index_sessions + "\n").encode())
    tt = totals(T)
    tt["users"] = None
    TRUTH["files"][rel] = {"format": "GA Universal, Landing Pages", "period": f"{a}..{b}", "totals_row": tt,
                           "rows_sessions": {pages[i]: parts["sessions"][i] for i in range(len(pages))},
                           "day_index": {"metric": "Sessions", "days": len(ds), "sum": T["sessions"]}}

    # Pages (Day Index = Pageviews); ends with a single line end like the real agrc/view-counter export
    pw = [rng.uniform(0.3, 4) for _ in pages]
    pv = split_int(T["pageviews"], pw)
    upv = [int(x * rng.uniform(0.6, 0.85)) for x in pv]
    ex = split_int(T["sessions"], [x + 1 for x in pv])
    ent = parts["sessions"]
    tsec = [int((p_ - e_) * rng.uniform(40, 200)) for p_, e_ in zip(pv, ex)]
    bo = parts["bounces"]
    rows = []
    for i in sorted(range(len(pages)), key=lambda i: -pv[i]):
        rows.append(",".join([pages[i], en_int(pv[i]), en_int(upv[i]), hms(tsec[i] / max(1, pv[i] - ex[i])), en_int(ent[i]),
                              pct2(bo[i] / ent[i]) if ent[i] else "0.00%", pct2(ex[i] / pv[i]), "$0.00"]))
    tot = ",".join(["", en_int(sum(pv)), en_int(sum(upv)), hms(sum(tsec) / (sum(pv) - sum(ex))), en_int(sum(ent)), pct2(sum(bo) / sum(ent)),
                    pct2(sum(ex) / sum(pv)), "$0.00"])
    dip = "Day Index,Pageviews\n" + "\n".join(f"{usd(d)},{en_int(day[d]['pageviews'])}" for d in ds) + f"\n,{en_int(sum(pv))}\n"
    rel = f"ga/Analytics All Web Site Data Pages {a:%Y%m%d}-{b:%Y%m%d}.csv"
    write(rel, (pre.format("Pages") + "Page,Pageviews,Unique Pageviews,Avg. Time on Page,Entrances,Bounce Rate,% Exit,Page Value\n"
                + "\n".join(rows) + "\n" + tot + "\n\n" + dip).encode())
    TRUTH["files"][rel] = {"format": "GA Universal, Pages", "period": f"{a}..{b}",
                           "totals_row": {"pageviews": sum(pv), "unique_pageviews": sum(upv), "entrances": sum(ent),
                                          "bounce_rate_cell": pct2(sum(bo) / sum(ent)), "exit_rate_cell": pct2(sum(ex) / sum(pv))},
                           "day_index": {"metric": "Pageviews", "days": len(ds), "sum": sum(pv)}}
    assert sum(pv) == T["pageviews"]
    TRUTH["notes"].append("The three GA Universal reports share one Day Index period (2016-11-14..2017-01-12): Pageviews in Pages, Sessions in "
                          "Source/Medium and Landing Pages. Imported in any order, both daily series must stay: web.pageviews and web.sessions "
                          "per day equal truth web.days[*].pageviews / .sessions.")


def write_ga4(model, day, period):
    rng = random.Random(88)
    T, _ = period(DAYS)
    pages = ["/", "/visit/open-days", "/news/2016/11/neutrino-result", "/education/guess-what-it-is", "/jobs?team=detector", "/about",
             "/visit/open-days?utm_source=instagram&utm_medium=social"]
    frac = [0.6, 0.24, 0.18, 0.13, 0.07, 0.06, 0.05]
    psess = [int(T["sessions"] * f) for f in frac]
    pusers = [int(x * rng.uniform(0.78, 0.9)) for x in psess]
    pke = split_int(T["conversions"], [1, 3, 0.5, 0.3, 2, 0.1, 0.6])
    pex = split_int(T["sessions"], [6, 2, 1.6, 1, 0.7, 0.6, 0.4])
    dur = T["visit_seconds"] / T["sessions"]
    br = T["bounces"] / T["sessions"]
    lines = ["# ----------------------------------------", "# Example Physics Lab - GA4", "# Site pages-Free form 1",
             f"# {P0:%Y%m%d}-{P1:%Y%m%d}", "# ----------------------------------------", "",
             "Page path + query string,Total users,Sessions,Average session duration,Key events,Bounce rate,Exits",
             f",{T['users']},{T['sessions']},{js_num(dur)},{T['conversions']},{js_num(br)},{T['sessions']},Grand total"]
    for i in sorted(range(len(pages)), key=lambda i: -pusers[i]):
        lines.append(",".join([pages[i], str(pusers[i]), str(psess[i]), js_num(rng.uniform(40, 260)), str(pke[i]), js_num(rng.uniform(0.2, 0.7)), str(pex[i])]))
    rel = "ga4/Site pages-Free form 1.csv"
    write(rel, ("\n".join(lines) + "\n\n").encode())
    TRUTH["files"][rel] = {"format": "GA4 Exploration (free form), grand total first with an extra `Grand total` cell",
                           "period": f"{P0}..{P1}",
                           "grand_total": {"sessions": T["sessions"], "users": T["users"], "avg_session_seconds": dur, "key_events": T["conversions"],
                                           "bounce_rate": br, "exits": T["sessions"]},
                           "rows_sessions_sum": sum(psess), "note": "page rows overlap (a session visits several pages): they are not a partition. "
                                                                    "GA4 did not exist in 2016; the file only exercises the layout."}


def matomo_cell(v):
    s = str(v)
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in '",;') else s


def write_matomo(model, day):
    rng = random.Random(99)
    rng_name = f"November 1, 2016{THIN}–{THIN}January 31, 2017"
    # Visits Over Time (VisitsSummary.get by day, English UI labels)
    head = ("Date,Unique visitors,Users,Visits,Actions,Visits with Conversions,Bounces,Total time spent by visitors (in seconds),"
            "Maximum actions in one visit,Bounce Rate,Actions per Visit,Avg. Visit Duration (in seconds)")
    lines = [head]
    for d in DAYS:
        t = day[d]
        apv = Decimal(str(hround(t["actions"] / t["sessions"], 1))).normalize()
        lines.append(",".join([iso(d), str(t["users"]), "0", str(t["sessions"]), str(t["actions"]), str(t["conversions"]), str(t["bounces"]),
                               str(t["visit_seconds"]), str(rng.randint(15, 45)), f"{hround(100 * t['bounces'] / t['sessions'])}%", format(apv, "f"),
                               str(hround(t["visit_seconds"] / t["sessions"]))]))
    rel = f"matomo/Export _ Visits Summary _ {rng_name}.csv"
    write(rel, utf16("\n".join(lines)))
    TRUTH["files"][rel] = {"format": "Matomo Visits Over Time (VisitsSummary.get, period=day, date range), UTF-16LE",
                           "rows": len(DAYS), "visits_sum": sum(day[d]["sessions"] for d in DAYS),
                           "note": "Visits = truth web sessions; Unique visitors = truth web users of the day; Actions = pageviews + outlinks."}
    # Websites (one row per referring site per day) and Channel Type
    allcols, out, site_sum = [], [], {}
    ch_lines = ["Date,Label,Unique visitors,Visits,Actions,Maximum actions in one visit,Total time spent by visitors (in seconds),Bounces,"
                "Visits with Conversions,Metadata: segment,Metadata: referrer_type"]
    seg = {"Direct Entry": ("direct", 1), "Search Engines": ("search", 2), "Websites": ("website", 3), "Social Networks": ("social", 7),
           "Campaigns": ("campaign", 6)}
    ch_truth = {}
    for d in DAYS:
        outl = split_int(day[d]["outlinks"], [model[(d, s)]["sessions"] + 0.001 for s in SOURCES])
        acts = {s: model[(d, s)]["pageviews"] + o for s, o in zip(SOURCES, outl)}
        # websites rows
        rows = []
        for s, (chan, ctype, label, _) in SOURCES.items():
            m = model[(d, s)]
            if ctype == "Websites" and m["sessions"]:
                rows.append((label, m, acts[s]))
        rows.sort(key=lambda r: -r[1]["sessions"])
        for label, m, act in rows:
            row = {"Label": label, "Unique visitors": m["users"], "Visits": m["sessions"], "Actions": act,
                   "Maximum actions in one visit": rng.randint(5, 30), "Total time spent by visitors (in seconds)": m["visit_seconds"],
                   "Bounces": m["bounces"], "Visits with Conversions": m["conversions"]}
            if m["conversions"]:
                row.update({"Conversions (Goal idgoal=1)": m["conversions"], "Visits with Conversions (Goal idgoal=1)": m["conversions"],
                            "Revenue (Goal idgoal=1)": 0, "Conversions": m["conversions"], "Revenue": 0})
            row["Metadata: segment"] = "referrerName==" + label
            for k in row:
                if k not in allcols:
                    allcols.append(k)
            out.append((d, row, list(allcols)))
            site_sum.setdefault(label, 0)
            site_sum[label] += m["sessions"]
        # channel rows
        agg = {}
        for s, (chan, ctype, label, _) in SOURCES.items():
            m = model[(d, s)]
            a_ = agg.setdefault(ctype, dict(uniq=0, visits=0, actions=0, seconds=0, bounces=0, conv=0))
            a_["uniq"] += m["users"]
            a_["visits"] += m["sessions"]
            a_["actions"] += acts[s]
            a_["seconds"] += m["visit_seconds"]
            a_["bounces"] += m["bounces"]
            a_["conv"] += m["conversions"]
        crow = []
        for ctype, a_ in agg.items():
            if a_["visits"]:
                crow.append((a_["visits"], ",".join([iso(d), ctype, str(int(a_["uniq"] * 0.98)), str(a_["visits"]), str(a_["actions"]),
                                                    str(rng.randint(5, 40)), str(a_["seconds"]), str(a_["bounces"]), str(a_["conv"]),
                                                    "referrerType==" + seg[ctype][0], str(seg[ctype][1])])))
        crow.sort(key=lambda r: -r[0])
        ch_lines += [r[1] for r in crow]
        ch_truth[iso(d)] = {c: a_["visits"] for c, a_ in agg.items() if a_["visits"]}
        assert sum(ch_truth[iso(d)].values()) == day[d]["sessions"]
    lines = ["Date," + ",".join(allcols)] + [iso(d) + "," + ",".join(matomo_cell(row.get(c, "")) for c in cols) for d, row, cols in out]
    rel = f"matomo/Export _ Websites _ {rng_name}.csv"
    write(rel, utf16("\n".join(lines)))
    short = sum(1 for _, _, c in out if len(c) < len(allcols))
    TRUTH["files"][rel] = {"format": "Matomo Referrers > Websites by day (Date,Label,...), UTF-16LE", "rows": len(out),
                           "header_cells": len(allcols) + 1, "rows_shorter_than_header": short,
                           "visits_per_site": site_sum,
                           "note": "Matomo writes rows of the days before the first conversion WITHOUT the goal columns that a later day adds "
                                   "to the header (Csv::renderDataTableMap): those rows are shorter than the header and valid."}
    rel = f"matomo/Export _ Channel Type _ {rng_name}.csv"
    write(rel, utf16("\n".join(ch_lines)))
    TRUTH["files"][rel] = {"format": "Matomo Referrers > Channel Type by day, UTF-16LE", "rows": len(ch_lines) - 1,
                           "note": "the channels partition each day's visits"}
    TRUTH["web"]["matomo_channel_type_per_day"] = ch_truth


def write_youtube():
    rng = random.Random(111)
    countries = ["CH", "FR", "DE", "US", "GB"]
    w = [4, 2.5, 2, 1.5, 1]
    video_days = {d: rng.uniform(2, 4) for d in rng.sample(DAYS, 9)}
    per, tot = {}, {}
    for d in DAYS:
        t = int(rng.randint(250, 520) * video_days.get(d, 1.0))
        tot[d] = t
        per[d] = split_int(t, [x * rng.uniform(0.8, 1.2) for x in w])
    folder = "Geography 2016-11-01_2017-01-31 Example Physics Lab"
    chart = ["Date,Geography,Views"] + [f"{iso(d)},{c},{per[d][j]}" for j, c in enumerate(countries) for d in DAYS]
    totals = ["Date,Views"] + [f"{iso(d)},{tot[d]}" for d in DAYS]
    cv = [sum(per[d][j] for d in DAYS) for j in range(len(countries))]
    wt = [hround(v * rng.uniform(0.06, 0.1), 4) for v in cv]
    TV = sum(tot.values())
    table = ["Geography,Views,Watch time (hours),Average view duration"]
    s = lambda secs: f"{int(secs) // 3600}:{(int(secs) % 3600) // 60:02d}:{int(secs) % 60:02d}"
    table.append(f"Total,{TV},{sum(wt)},{s(hround(float(sum(wt)) * 3600 / TV))}")
    for j in sorted(range(len(countries)), key=lambda j: -cv[j]):
        table.append(f"{countries[j]},{cv[j]},{wt[j]},{s(hround(float(wt[j]) * 3600 / cv[j]))}")
    files = {"Chart data.csv": "\n".join(chart) + "\n", "Table data.csv": "\n".join(table) + "\n", "Totals.csv": "\n".join(totals) + "\n"}
    for n, c in files.items():
        write(f"youtube/{folder}/{n}", c.encode())
    zpath = os.path.join(OUT, "youtube", folder + ".zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for n in ("Chart data.csv", "Table data.csv", "Totals.csv"):
            zi = zipfile.ZipInfo(f"{folder}/{n}", date_time=(2017, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[n].encode())
    TRUTH["youtube"] = {"channel": "Example Physics Lab", "views_per_day": {iso(d): tot[d] for d in DAYS},
                        "views_per_day_country": {iso(d): dict(zip(countries, per[d])) for d in DAYS},
                        "views_per_country": dict(zip(countries, cv)), "views_total": TV,
                        "table_total": {"views": TV, "watch_hours": str(sum(wt))}}
    TRUTH["files"][f"youtube/{folder}.zip"] = {"format": "YouTube Studio export on Geography (Chart data: Date,Geography,Views; Table data with "
                                                         "a Total row; Totals: Date,Views)", "chart_rows": len(chart) - 1,
                                               "note": "the same three files are also loose in the folder; Geography values are ISO codes "
                                                       "([B]: not confirmed by a real file)"}


def write_meltwater():
    rng = random.Random(122)
    head = ["Date", "Headline", "URL", "Opening Text", "Hit Sentence", "Source", "Influencer", "Country", "Subregion", "State", "City", "Language",
            "Reach", "Desktop Reach", "Mobile Reach", "Twitter Social Echo", "Facebook Social Echo", "Reddit Social Echo", "Earned Traffic",
            "National Viewership", "AVE", "Sentiment", "Key Phrases", "Input Name", "Keywords", "Document Tags", "Engagement", "Hashtags", "Views",
            "Estimated Views", "Custom Categories"]
    nets = [("x", "Twitter", lambda i: f"https://twitter.com/physicsfan_ex/status/{800000000000000000 + i}"),
            ("facebook", "Facebook", lambda i: f"https://www.facebook.com/somepage.example/posts/{1000 + i}"),
            ("instagram", "Instagram", lambda i: f"https://www.instagram.com/p/Mw{i:05d}/"),
            ("reddit", "Reddit", lambda i: f"https://www.reddit.com/r/Physics/comments/ex{i}/"),
            ("news", "Example Daily News", lambda i: f"https://news.example.com/{10000 + i}"),
            ("blog", "Physics Blog Example", lambda i: f"https://blog.example.org/post-{i}")]
    sentiments = ["Positive", "Negative", "Neutral", "Not Rated"]
    rows, per = [], {}
    i = 0
    for d in DAYS:
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            net, source, url = rng.choice(nets)
            sent = rng.choice(sentiments)
            t = dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), 0)
            reach = rng.randint(500, 900000)
            cells = [t.strftime("%d-%b-%Y %I:%M%p"), rng.choice(["Example Lab opens its doors", "Neutrino result from Example Lab",
                                                                  "Guess What It Is: the lab's weekly puzzle"]), url(i),
                     "The Example Physics Lab announced on Tuesday that...",
                     '"...said the Example Lab spokesperson, ""a great week for physics""..."', source,
                     rng.choice(["", "@physicsfan_ex", "Jane Doe (Ex)"]), rng.choice(["Switzerland", "France", "United Kingdom"]), "", "", "",
                     rng.choice(["English", "French"]), str(reach), str(int(reach * 0.4)), str(reach - int(reach * 0.4)), str(rng.randint(0, 20)),
                     str(rng.randint(0, 20)), str(rng.randint(0, 10)), str(rng.randint(0, 2000)), "", f"{reach * 0.0123:.2f}", sent,
                     "Example Lab, neutrino, open days", "Example Lab monitor", "Example Lab", "", str(rng.randint(0, 400)), "",
                     str(rng.randint(0, 20000)), str(rng.randint(0, 9000)), ""]
            rows.append("\t".join(cells))
            per.setdefault(iso(d), {}).setdefault(net, {}).setdefault(sent, 0)
            per[iso(d)][net][sent] += 1
            i += 1
    write("listening/meltwater_examplelab_2016-11-01_2017-01-31.csv", utf16("\r\n".join(["\t".join(head)] + rows)))
    TRUTH["mentions"] = {"tool": "meltwater", "total": len(rows), "per_day": {d: sum(sum(v.values()) for v in n.values()) for d, n in per.items()},
                         "per_day_network_sentiment": per,
                         "network_rule": "Source Twitter/Facebook/Instagram/Reddit name the network; news.* and blog.* URLs are news and blog",
                         "dates": "Date is `dd-MMM-yyyy hh:mmAP` (believed layout), local time: the day is the date part"}
    TRUTH["files"]["listening/meltwater_examplelab_2016-11-01_2017-01-31.csv"] = {"format": "Meltwater classic mentions, UTF-16LE, tab, CRLF",
                                                                                 "rows": len(rows)}


def main():
    tweets = make_tweets()
    write_x(tweets)
    ig = make_posts(22, random.Random(201), (9, 12, 18))
    fb = make_posts(16, random.Random(202), (10, 17))
    li = make_posts(10, random.Random(203), (8, 9))
    write_instagram(ig)
    write_facebook(fb)
    write_meta_daily()
    write_linkedin(li)
    post_days_by_channel = {"instagram": {p["time"].date() for p in ig}, "facebook": {p["time"].date() for p in fb},
                            "x": {t["time"].date() for t in tweets}, "linkedin": {p["time"].date() for p in li}}
    model, day, period = make_web(post_days_by_channel)
    TRUTH["web"] = {"source_channel": {s: v[0] for s, v in SOURCES.items()},
                    "matomo_label": {s: [v[1], v[2]] for s, v in SOURCES.items()},
                    "days": {}, "periods": {}}
    for d in DAYS:
        rec = dict(day[d])
        rec["by_source"] = {s: model[(d, s)] for s in SOURCES}
        byc = {}
        for s, (chan, _, _, _) in SOURCES.items():
            byc.setdefault(chan, {"sessions": 0})
            byc[chan]["sessions"] += model[(d, s)]["sessions"]
        rec["by_channel"] = byc
        assert sum(v["sessions"] for v in rec["by_source"].values()) == rec["sessions"]
        assert rec["users"] < sum(v["users"] for v in rec["by_source"].values())
        TRUTH["web"]["days"][iso(d)] = rec
    for a, b in ((dt.date(2016, 11, 14), dt.date(2017, 1, 12)), (P0, P1)):
        t, su = period(span(a, b))
        t["sum_of_daily_users"] = sum(day[d]["users"] for d in span(a, b))
        t["users_per_source"] = su
        TRUTH["web"]["periods"][f"{a}..{b}"] = t
    write_ga_ua(model, day, period)
    write_ga4(model, day, period)
    write_matomo(model, day)
    write_youtube()
    write_meltwater()
    TRUTH["notes"] += [
        "One underlying truth: GA Universal, GA4 and Matomo are views of the same per-day per-source sessions (separate source accounts).",
        "Users are never additive: a day's users < the sum over sources; a period's users < the sum of daily users; only totals rows "
        "(GA Source/Medium, GA4 grand total) give a period's users.",
        "Posts: X (two overlapping snapshots), Instagram (two overlapping snapshots), Facebook and LinkedIn (one each): "
        "posts.<network>.<id>.newest is the figure that must be stored whatever the import order."]
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, indent=1, ensure_ascii=False, sort_keys=True, default=str)
        f.write("\n")
    print("wrote", len(TRUTH["files"]), "files into", OUT)


if __name__ == "__main__":
    main()
