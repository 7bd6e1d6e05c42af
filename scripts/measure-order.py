#!/usr/bin/env python3
"""The author's order and its cost (issue #15), as docs/rendering.md reports it.

    python3 scripts/measure-order.py TOC [TOC...]

For each `toc` binary given, draws every theory in theories/ and 40 generated
theories with 2-5 areas (some edges between areas, some activities outside any
area), left to right and top down, reads the SVG back and counts:
- areas not in file order down the page (across it, top down);
- theories where a first-column activity is out of file order within its area;
- edge crossings as drawn (pairs of edges without a shared node whose curves cross).
"""
import os, random, re, subprocess, sys, tempfile, xml.etree.ElementTree as ET

NS = '{http://www.w3.org/2000/svg}'


def generate(seed, path, cross=0.08):
    random.seed(seed)
    k = random.randint(2, 5)
    areas = ['omr%d' % i for i in range(k)]
    lines = ['forandringsteori: Genereret %d' % seed, '']
    lines += ['område %s: Område %s' % (a, a) for a in areas]
    nodes = []
    for kind, n in (('aktivitet', random.randint(k, 3 * k)), ('output', random.randint(k, 3 * k)),
                    ('resultat', random.randint(k, 2 * k)), ('mål', random.randint(1, k))):
        for i in range(n):
            nodes.append((kind, '%s%d' % (kind[:3], i), random.choice(areas + [None] * (1 if random.random() < 0.2 else 0))))
    random.shuffle(nodes)
    level = {'aktivitet': 0, 'output': 1, 'resultat': 2, 'mål': 3}
    for kind, ident, area in nodes:
        lines.append('%s %s: Knude %s med lidt tekst' % (kind, ident, ident))
        if area:
            lines.append('  område: %s' % area)
        targets = [n for n in nodes if level[n[0]] == level[kind] + 1]
        same = [n for n in targets if n[2] == area]
        pick = set()
        if same:
            pick.add(random.choice(same)[1])
        if targets and random.random() < cross:
            pick.add(random.choice(targets)[1])
        lines += ['  -> %s' % p for p in sorted(pick)]
    open(path, 'w').write('\n'.join(lines) + '\n')


def run(toc, ft, direction, fmt):
    return subprocess.run([toc, 'render', ft, '-o', '-', '--format', fmt, '--direction', direction, '--clean'],
                          capture_output=True, text=True).stdout


def order(toc, ft, direction):
    dot, svg = run(toc, ft, direction, 'dot'), run(toc, ft, direction, 'svg')
    # The first column: the first `rank=same` group of toc's layout DOT
    # (`rank=min` before issue #24).
    match = re.search(r'\{ rank=(?:min|same); (.*?)\}', dot)
    acts = [a for a in re.findall(r'"([^"]+)"', match.group(1)) if not a.startswith('toc:')] if match else []
    # File order of areas and membership, from the theory itself.
    text = open(ft).read()
    areas = re.findall(r'^(?:område|area)\s+([^\s:]+)\s*:', text, re.M)
    member, current = {}, None
    for line in text.splitlines():
        head = re.match(r'^(?:aktivitet|activity|output|resultat|outcome|mål|goal)\s+([^\s:]+)', line)
        if head:
            current = head.group(1)
        area = re.match(r'^\s+(?:område|area)\s*:\s*(\S+)', line)
        if area and current:
            member[current] = area.group(1)
    across = direction == 'down'
    pos, box = {}, {}
    for g in ET.fromstring(svg).iter(NS + 'g'):
        title = g.find(NS + 'title')
        if title is None:
            continue
        points = []
        for el in g:
            if el.get('points'):
                points += [tuple(map(float, p.split(','))) for p in el.get('points').split()]
            if el.get('d'):
                points += [(float(a), float(b)) for a, b in re.findall(r'(-?[\d.]+),(-?[\d.]+)', el.get('d'))]
        if points:
            value = min(p[0] if across else p[1] for p in points)
            if g.get('class') == 'node':
                pos[title.text] = value
            elif g.get('class') == 'cluster':
                box[title.text[8:]] = value
    drawn = [a for a in areas if a in box]
    areas_ok = sorted(drawn, key=lambda a: box[a]) == drawn
    groups = {}
    for a in acts:
        groups.setdefault(member.get(a), []).append(a)
    acts_ok = all(sorted(g, key=lambda a: pos.get(a, 0)) == g for g in groups.values())
    return areas_ok, acts_ok, crossings(svg)


def bezier(p0, p1, p2, p3, n=16):
    out = []
    for i in range(n + 1):
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def crossings(svg):
    edges = []
    for g in ET.fromstring(svg).iter(NS + 'g'):
        if g.get('class') != 'edge':
            continue
        ends = set(e.strip() for e in re.split(r'->', g.find(NS + 'title').text))
        for path in g.findall(NS + 'path'):
            nums = [(float(a), float(b)) for a, b in re.findall(r'(-?[\d.]+),(-?[\d.]+)', path.get('d'))]
            points = []
            for i in range(0, len(nums) - 3, 3):
                points += bezier(*nums[i:i + 4])
            edges.append((ends, points))

    def side(o, p, q):
        return (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0])

    def cross(a, b, c, d):
        return (side(c, d, a) > 0) != (side(c, d, b) > 0) and (side(a, b, c) > 0) != (side(a, b, d) > 0)

    count = 0
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            if edges[i][0] & edges[j][0]:
                continue
            a, b, seen = edges[i][1], edges[j][1], []
            for k in range(len(a) - 1):
                for m in range(len(b) - 1):
                    if cross(a[k], a[k + 1], b[m], b[m + 1]) and all(abs(a[k][0] - q[0]) + abs(a[k][1] - q[1]) > 6 for q in seen):
                        seen.append(a[k])
            count += len(seen)
    return count


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    examples = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, 'theories')) for f in fs if f.endswith('.ft'))
    folder = tempfile.mkdtemp()
    generated = []
    for seed in range(1, 41):
        generated.append(os.path.join(folder, 'g%d.ft' % seed))
        generate(seed, generated[-1])
    print('| toc | direction | set | theories | areas out of order | activities out of order | crossings |')
    print('|---|---|---|---:|---:|---:|---:|')
    # The same generated theories after `toc fmt --order crossings` (issue #24),
    # with the binaries that have it.
    reordered = {}
    for toc in sys.argv[1:]:
        copies = []
        for path in generated:
            copy = path.replace('.ft', '-%d.ft' % len(reordered))
            open(copy, 'w').write(open(path).read())
            if subprocess.run([toc, 'fmt', '--order', 'crossings', copy], capture_output=True).returncode == 0:
                copies.append(copy)
        reordered[toc] = copies if len(copies) == len(generated) else []
    for toc in sys.argv[1:]:
        for direction in ('right', 'down'):
            sets = [('theories/', examples), ('generated', generated)]
            if reordered[toc]:
                sets.append(('generated, fmt --order crossings', reordered[toc]))
            for name, files in sets:
                results = [order(toc, f, direction) for f in files]
                print('| %s | %s | %s | %d | %d | %d | %d |' % (
                    toc, direction, name, len(files), sum(not r[0] for r in results),
                    sum(not r[1] for r in results), sum(r[2] for r in results)))


if __name__ == '__main__':
    main()
