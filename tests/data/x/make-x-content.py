#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes synthetic X account-analytics content exports in the layouts met in real files and
# in X's web client (see README.md), with invented posts and figures:
#  - ja/: the 2026 Japanese export: localised labels, the ninth header cell ending in a stray
#    backslash, English dates ("Fri, Feb 6, 2026"), rows not in date order, and the
#    placeholder rows X pads a short export with (",,,https://x.com/<handle>/status/undefined,0,…");
#  - older/: the older English exporter: labels "Link", "Share", "Url clicks", dates from
#    toDateString() ("Mon Feb 17 2025"), cells joined with commas and nothing escaped (a
#    comma in a post's text splits it), CRLF after every row;
#  - de/, es/, it/, pt/: the current exporter in those UI languages (labels from X's own
#    translation tables), LF between rows and no final newline.
# It prints the sums the tests expect.
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
EPOCH_MS = 1288834974657

LABELS = {
    "ja": ["ポストID", "日付", "ポスト本文", "ポストのリンク", "インプレッション数", "いいね", "エンゲージメント", "ブックマーク", "共有された回数\\",
           "新しいフォロー", "返信", "リポスト", "プロフィールへのアクセス数", "詳細のクリック数", "URLのクリック数", "ハッシュタグのクリック数",
           "パーマリンクのクリック数"],
    "older": ["Post id", "Date", "Post text", "Link", "Impressions", "Likes", "Engagements", "Bookmarks", "Share", "New follows", "Replies",
              "Reposts", "Profile visits", "Detail expands", "Url clicks", "Hashtag clicks", "Permalink clicks"],
    "de": ["Post-ID", "Datum", "Post-Text", "Post-Link", "Impressions", "Gefällt mir", "Interaktionen", "Lesezeichen", "Teilen",
           "Neue Follower*innen", "Antworten", "Reposts", "Profilbesuche", "Detailerweiterungen", "URL-Klicks", "Hashtag-Klicks", "Permalink-Klicks"],
    "es": ["ID del post", "Fecha", "Texto del post", "Postear enlace", "Impresiones", "Me gusta", "Interacciones", "Guardados", "Compartir",
           "Nuevos seguidores", "Respuestas", "Reposts", "Visitas del perfil", "Ampliaciones de detalles", "Clics en URL", "Clics en hashtags",
           "Clics en enlaces permanentes"],
    "it": ["ID post", "Data", "Testo del post", "Link post", "Visualizzazioni", "Mi piace", "Interazioni", "Segnalibri", "Condividi",
           "Nuovi follower", "Risposte", "Repost", "Visite al profilo", "Espansioni dettagli", "Clic URL", "Clic hashtag", "Clic permalink"],
    "pt": ["ID do post", "Data", "Texto do post", "Postar link", "Impressões", "Curtidas", "Engajamentos", "Itens salvos", "Compartilhar",
           "Novos seguidores", "Respostas", "Reposts", "Visitas ao perfil", "Expansões de detalhes", "Cliques na URL", "Cliques na hashtag",
           "Cliques no link permanente"],
}


def snowflake(when, sequence):
    ms = int(when.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
    return str(((ms - EPOCH_MS) << 22) | sequence)


def posts(start, count, texts):
    out = []
    for i in range(count):
        when = start + datetime.timedelta(days=2 * i, hours=9 + i % 5, minutes=7 * i)
        impressions = 800 + 137 * i
        likes, replies, reposts, shares, bookmarks = 10 + i, i % 3, 2 + i % 4, i % 2, 1 + i % 3
        detail, url, hashtag, permalink, profile, follows = 5 + i, 3 * i, i % 2, 1, 4 + i, i % 2
        engagements = likes + replies + reposts + shares + bookmarks + detail + url + hashtag + permalink + profile
        out.append({"id": snowflake(when, i), "when": when, "text": texts[i % len(texts)], "metrics": [
            impressions, likes, engagements, bookmarks, shares, follows, replies, reposts, profile, detail, url, hashtag, permalink]})
    return out


def current_cell(text):
    text = " ".join(text.split())
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',\n"') else text


def write(folder, name, data):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(HERE, folder, name), "wb") as f:
        f.write(data.encode("utf-8"))


def report(label, items):
    sums = [sum(p["metrics"][k] for p in items) for k in range(13)]
    print(f"{label}: {len(items)} posts, impressions {sums[0]}, likes {sums[1]}, engagements {sums[2]}, "
          f"shares+reposts {sums[4] + sums[7]}, clicks {sums[10]}, first {min(p['when'] for p in items)}")


def current(lang, handle, start, texts, shuffle=False, placeholders=0):
    items = posts(start, 6, texts)
    order = [3, 0, 5, 1, 4, 2] if shuffle else list(reversed(range(len(items))))
    lines = [",".join(LABELS[lang])]
    for k in order:
        p = items[k]
        date = p["when"].strftime("%a, %b ") + str(p["when"].day) + p["when"].strftime(", %Y")
        lines.append(",".join([p["id"], current_cell(date), current_cell(p["text"]), f"https://x.com/{handle}/status/{p['id']}"]
                              + [str(v) for v in p["metrics"]]))
    for _ in range(placeholders):
        lines.append(",".join(["", "", "", f"https://x.com/{handle}/status/undefined"] + ["0"] * 13))
    first, last = start.date(), (start + datetime.timedelta(days=29)).date()
    write(lang, f"account_analytics_content_{first}_{last}.csv", "\n".join(lines))
    report(lang, items)


def older(handle, start):
    texts = ["Seminar today, 4 pm: dark matter", "New paper out", "Open Days, tours and talks, all weekend"]
    items = posts(start, 5, texts)
    lines = [",".join(LABELS["older"])]
    for p in items:
        lines.append(",".join([p["id"], p["when"].strftime("%a %b %d %Y"), p["text"], f"https://x.com/{handle}/status/{p['id']}"]
                              + [str(v) for v in p["metrics"]]))
    first, last = start.date(), (start + datetime.timedelta(days=27)).date()
    write("older", f"account_analytics_content_{first}_{last}.csv", "".join(line + "\r\n" for line in lines))
    report("older", items)


if __name__ == "__main__":
    current("ja", "examplelab_jp", datetime.datetime(2026, 1, 20), ["新しい論文が出ました", "オープンデー、ぜひお越しください #science", "今日のセミナー"],
            shuffle=True, placeholders=3)
    older("examplelab", datetime.datetime(2025, 2, 3))
    current("de", "examplelab", datetime.datetime(2025, 11, 3), ["Neues Paper: Myonen, überall", "Tag der offenen Tür"])
    current("es", "examplelab", datetime.datetime(2025, 10, 6), ["Nuevo artículo", "Jornada de puertas abiertas, ¡os esperamos!"])
    current("it", "examplelab", datetime.datetime(2025, 9, 1), ["Nuovo articolo", "Porte aperte: vi aspettiamo"])
    current("pt", "examplelab", datetime.datetime(2025, 8, 4), ["Novo artigo", "Dia aberto, venham!"])
