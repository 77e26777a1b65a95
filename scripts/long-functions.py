#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the functions longer than a number of lines (issue 12: "functions over ~120 lines").

A function's length is counted from the first line of its signature (the line after the
previous ';', '{' or '}', preprocessor lines left out) to its closing brace, constructors'
initialiser lists included. Braces are matched after strings, characters and comments are
blanked out; lambdas and local classes count in the function around them. A heuristic,
not a parser: it names a function by the first line of its signature.

Usage: long-functions.py [LINES [FOLDER...]]   (defaults: 120, core ui app)
Run from the source root. Python 3 standard library only; prints "lines  file:line  name",
longest first, and always exits 0 (a report, not a check).
"""
import re, sys, os
N = int(sys.argv[1]) if len(sys.argv) > 1 else 120
roots = sys.argv[2:] or ['core', 'ui', 'app']

def strip(text):
    out = []; i = 0; n = len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i); j = n if j < 0 else j
            out.append(' ' * (j - i)); i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2); j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j])); i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(]*)\(', text[i:])
            end = ')' + m.group(1) + '"'
            j = text.find(end, i) + len(end)
            out.append(re.sub(r'[^\n]', ' ', text[i:j])); i = j
        elif c in '"\'':
            if c == "'" and i > 0 and (text[i-1].isalnum()):  # digit separator 1'000
                out.append(' '); i += 1; continue
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(' ' * (j + 1 - i)); i = j + 1
        else:
            out.append(c); i += 1
    return ''.join(out)

ctrl = {'if', 'for', 'while', 'switch', 'catch', 'return', 'sizeof', 'else', 'do'}
res = []
for root in roots:
    for dp, _, fs in os.walk(root):
        for f in fs:
            if not f.endswith(('.cpp', '.h')):
                continue
            p = os.path.join(dp, f)
            t = strip(open(p, encoding='utf-8').read())
            # find '{' that opens a function body: preceded by ')' (+ qualifiers / init list) at top-level or class level
            depth = 0; stack = []
            i = 0
            for m in re.finditer(r'[{}]', t):
                if m.group() == '{':
                    pre = t[max(0, m.start() - 4000):m.start()]
                    # the text back to the last ; { } 
                    k = max(pre.rfind(';'), pre.rfind('{'), pre.rfind('}'))
                    head = pre[k + 1:].strip()
                    # drop preprocessor lines and macro calls ending a line before the head
                    head = '\n'.join(x for x in head.split('\n') if not x.strip().startswith('#')).strip()
                    if re.search(r'\b(namespace|class|struct|enum|union)\b[^()]*$', head):
                        head = ''
                    isfunc = False; name = ''
                    mm = re.search(r'([~\w:]+(?:<[^;{}]*>)?|operator\S+)\s*\(', head)
                    if head and ')' in head and mm and '=' not in head.split('(')[0] and not re.match(r'^(if|for|while|switch|catch|else|do)\b', head) \
                            and not head.endswith(('=', ',')) and '[' not in head.split('(')[0]:
                        word = mm.group(1).split('::')[-1]
                        if word not in ctrl:
                            isfunc = True; name = head.split('\n')[0].strip()[:70]
                    stack.append((isfunc, name, m.start()))
                else:
                    if not stack: continue
                    isfunc, name, s = stack.pop()
                    if isfunc and not any(x[0] for x in stack):
                        # signature line: line of the head start
                        pre = t[max(0, s - 4000):s]
                        k = max(pre.rfind(';'), pre.rfind('{'), pre.rfind('}'))
                        sigpos = s - len(pre) + k + 1
                        while sigpos < s and t[sigpos].isspace(): sigpos += 1
                        l1 = t.count('\n', 0, sigpos) + 1
                        l2 = t.count('\n', 0, m.start()) + 1
                        if l2 - l1 + 1 > N:
                            res.append((l2 - l1 + 1, p, l1, name))
for n, p, l, name in sorted(res, reverse=True):
    print(f'{n:5d}  {p}:{l}  {name}')
