#!/usr/bin/env bash
# Costs that once grew much faster than the input (issue #14): a chain of
# 1,000 includes checked from its first file, folders of 100 to 1,000 such
# files checked at once, a measurements header of 16,000 unknown columns,
# and `toc render --force` at the node limit. Release build; needs hyperfine.
# Figures go in docs/performance.md ("Limits and linear costs").
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
swift build -c release --product toc >&2
toc=.build/release/toc
data=bench-data/limits
rm -rf "$data" && mkdir -p "$data"

# chain-N/c0.ft includes c1.ft, which includes c2.ft, ... up to c(N-1).ft.
for n in 100 400 1000; do
  python3 - "$data/chain-$n" "$n" <<'PY'
import os, sys
folder, n = sys.argv[1], int(sys.argv[2])
os.makedirs(folder)
for i in range(n):
    text = (f"inkluder: c{i + 1}.ft\n" if i + 1 < n else "") + f"aktivitet a{i}: Aktivitet {i}\n"
    if i == n - 1:
        text += "mål m: Målet\n  indikator: Andel\n    udgangspunkt: 1\n    målværdi: 2\n    kilde: K\n"
    open(os.path.join(folder, f"c{i}.ft"), "w").write(text)
PY
done
python3 - "$data/wide.csv" <<'PY'
import sys
columns = ["indikator", "dato", "værdi"] + [f"ukendt{i}" for i in range(16000)]
open(sys.argv[1], "w").write(";".join(columns) + "\n" + "lektiecafe;2024-12;40%" + ";" * 16000 + "\n")
PY
python3 scripts/generate-theory.py 10000 > "$data/force-10000.ft"

# toc check exits 1 on findings; hyperfine is told to accept that.
hyperfine --warmup 1 --runs 5 -i \
  "$toc check $data/chain-1000/c0.ft" \
  "$toc check $data/chain-100" "$toc check $data/chain-400" "$toc check $data/chain-1000" \
  "$toc status theories/helhedsplan-bispehaven.ft --measurements $data/wide.csv --format json"
hyperfine --runs 1 -i "$toc render $data/force-10000.ft --force -o $data/force-10000.svg"
for n in 100 1000; do /usr/bin/time -f "chain-$n folder: %e s, %M KB peak" "$toc" check "$data/chain-$n" > /dev/null || true; done
