#!/usr/bin/env bash
# Writes the public API files (PublicAPI.Unshipped.txt) of the given projects from what they declare now, for review
# in the diff: the build lists every public symbol missing from the files (RS0016) and every listed one that is gone
# (RS0017); this adds the first and drops the second. Run after a deliberate public change; CI builds with the files
# as they are, so an unreviewed change fails the build.
#   tools/public-api.sh runtime/B24Gen.Runtime.csproj hosting/B24Gen.Hosting.csproj ...
set -euo pipefail
cd "$(dirname "$0")/.."
for project in "$@"; do
  dir=$(dirname "$project")
  for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$dir/$file" ] || printf '#nullable enable\n' > "$dir/$file"
  done
  log=$(mktemp)
  # --no-incremental: the analyzer reports only on a compile. Warnings stay warnings here, so every symbol is listed.
  dotnet build "$project" --no-incremental -nologo -v q -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1 || true
  python3 - "$dir" "$log" <<'PY'
import re, sys
folder, log = sys.argv[1], sys.argv[2]
text = open(log, encoding='utf-8').read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
path = f"{folder}/PublicAPI.Unshipped.txt"
lines = [l for l in open(path, encoding='utf-8').read().splitlines() if l and not l.startswith('#')]
shipped_path = f"{folder}/PublicAPI.Shipped.txt"
shipped = [l for l in open(shipped_path, encoding='utf-8').read().splitlines() if l and not l.startswith('#')]
kept = sorted((set(lines) | added) - removed, key=lambda s: s.lower())
open(path, 'w', encoding='utf-8').write('#nullable enable\n' + ''.join(l + '\n' for l in kept))
kept_shipped = [l for l in shipped if l not in removed]
open(shipped_path, 'w', encoding='utf-8').write('#nullable enable\n' + ''.join(l + '\n' for l in kept_shipped))
print(f"{folder}: {len(added)} added, {len(removed)} removed, {len(kept) + len(kept_shipped)} listed")
PY
  rm -f "$log"
done
