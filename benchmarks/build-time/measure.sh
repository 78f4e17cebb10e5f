#!/usr/bin/env bash
# Item 6: compile-time cost of B24Gen. Builds the same small console project with and without the B24Gen package
# (the full calendar schema: B24GenScopes=calendar): clean (hyperfine) and after a C# edit (interleaved rounds,
# medians of the build and of the compiler's Csc task). Two more projects
# split the cost, both with the package's generator taken out of the compilation: "as-source" compiles the code the
# generator wrote as ordinary source files (compiling without generating); "declarations" compiles only the
# declarations of that code (declarations-only.py: types, documented properties, enum values; no JSON or API code),
# the floor for any emitter that keeps the contract's typed, documented types. Needs hyperfine and python3.
#
#   benchmarks/build-time/measure.sh [runs]   # default 10: clean builds 10 runs each, edits 2 x 10 rounds (+2 warm-up)
#
# The package is packed from this repository (Release) into a temporary feed with a fresh version; the projects
# live in a temporary folder outside the repository (so the repository's Directory.Build.props does not apply, as for
# a user) and restore from that feed and the machine's package cache only. Results: results.md beside this script.
set -euo pipefail

RUNS="${1:-10}"
# Build as a developer's machine does: the compiler server and MSBuild node reuse on (sandboxes and some CI images
# turn them off through these variables, which makes every build start a cold compiler).
unset UseSharedCompilation MSBUILDDISABLENODEREUSE
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$HERE/common.sh"
REPO="$(cd "$HERE/../.." && pwd)"
ROOT="$(mktemp -d /tmp/b24gen-buildtime-XXXXXX)"
VERSION="0.1.0-bench.$(date +%Y%m%d%H%M%S)"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed (declarations-only.py)" >&2; exit 1; }

echo "Packing B24Gen $VERSION into $ROOT/feed ..."
dotnet pack "$REPO/pack/B24Gen.csproj" -c Release -o "$ROOT/feed" -p:PackageVersion="$VERSION" -nologo -v q

make_project() {
  local name="$1" package="$2" extra="${3:-}"
  local dir="$ROOT/$name"
  new_project_folder "$dir" "$ROOT/feed" "$ROOT/packages"
  local reference=""
  if [ "$package" = yes ]; then
    reference="<ItemGroup><PackageReference Include=\"B24Gen\" Version=\"$VERSION\" /></ItemGroup>"
  fi
  cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <B24GenScopes>calendar</B24GenScopes>
    <!-- Issue 6 measured the calendar schema compiled in the build: since the stock API ships precompiled, that is
         source mode (benchmarks/build-time/stock.sh measures the precompiled default). -->
    <B24GenSourceScopes>calendar</B24GenSourceScopes>
  </PropertyGroup>
  $reference
  $extra
</Project>
XML
  # The same C# in both projects: a small console program that does not touch the generated API (the generated code
  # is compiled whether it is used or not), so the difference is what the package adds to every build.
  write_small_program "$dir"
  dotnet restore "$dir" -nologo -v q
}

make_project without no
make_project with yes
REMOVE_GENERATOR='<Target Name="_RemoveB24GenGenerator" BeforeTargets="CoreCompile"><ItemGroup><Analyzer Remove="@(Analyzer)" Condition="'"'"'%(Filename)'"'"' == '"'"'B24Gen.Generator'"'"' or '"'"'%(Filename)'"'"' == '"'"'YamlDotNet'"'"'" /></ItemGroup></Target>'
make_project as-source yes "$REMOVE_GENERATOR"
make_project declarations yes "$REMOVE_GENERATOR"

# Build once so that both projects are known good (and the generated API exists in the package's project).
dotnet build "$ROOT/with" --no-restore -nologo -v q -p:EmitCompilerGeneratedFiles=true
ls "$ROOT/with/obj/Debug/net10.0/generated/B24Gen.Generator/B24Gen.Generator.B24GenGenerator/" | head -3
dotnet build "$ROOT/without" --no-restore -nologo -v q
mkdir -p "$ROOT/as-source/Generated"
cp "$ROOT"/with/obj/Debug/net10.0/generated/B24Gen.Generator/B24Gen.Generator.B24GenGenerator/*.cs "$ROOT/as-source/Generated/"
dotnet build "$ROOT/as-source" --no-restore -nologo -v q
# The floor: only the declarations the contract asks for (typed, documented types, properties and enum values), without any
# JSON, converter, method descriptor or API code; no emitter that keeps the contract can make the compiler do less.
python3 "$HERE/declarations-only.py" "$ROOT/as-source/Generated" "$ROOT/declarations/Generated"
dotnet build "$ROOT/declarations" --no-restore -nologo -v q

BUILD="dotnet build --no-restore -nologo -v q"
EDIT="sed -i 's|// edit-marker .*|// edit-marker '\$RANDOM'|' Program.cs"

cd "$ROOT"
hyperfine --shell bash --runs "$RUNS" --warmup 2 --export-markdown "$ROOT/clean.md" \
  --command-name "clean build, without B24Gen" --prepare "rm -rf without/bin without/obj/Debug" "cd without && $BUILD" \
  --command-name "clean build, with B24Gen, calendar compiled from YAML (source mode)" --prepare "rm -rf with/bin with/obj/Debug" "cd with && $BUILD" \
  --command-name "clean build, generated code as source, no generation" --prepare "rm -rf as-source/bin as-source/obj/Debug" "cd as-source && $BUILD"
# After a C# edit: rounds that build each project once in turn, so a change in the machine's load falls on all of
# them alike (hyperfine runs one command's runs back to back, and on a shared host that skews the ratios); the table
# gives medians of the whole build and of the compiler's own time (the Csc task, from -clp:PerformanceSummary).
PROJECTS=(without with as-source declarations)
declare -A WALL CSC
build_rounds $((RUNS * 2)) "$ROOT" "${PROJECTS[@]}"
{
  echo "| After a C# edit ($((RUNS * 2)) interleaved rounds, medians) | Build ms | Ratio | Csc task ms |"
  echo "|:---|---:|---:|---:|"
  base=$(echo ${WALL[without]} | median)
  for project in "${PROJECTS[@]}"; do
    wall=$(echo ${WALL[$project]} | median)
    case $project in
      without) label="without B24Gen" ;;
      with) label="with B24Gen, calendar compiled from YAML (source mode)" ;;
      as-source) label="generated code as source, no generation" ;;
      declarations) label="declarations only (floor), no generation" ;;
    esac
    echo "| $label | $wall | $(awk -v a="$wall" -v b="$base" 'BEGIN {printf "%.2f", a / b}') | $(echo ${CSC[$project]} | median) |"
  done
} > "$ROOT/incremental.md"

# Where the compiler's time goes in one build after an edit (the compiler's own report, -p:ReportAnalyzer=true).
for project in without with as-source declarations; do
  for attempt in 1 2 3; do  # the last of three, so the compiler server has seen this command line before
    (cd "$ROOT/$project" && eval "$EDIT" && $BUILD -v d -p:ReportAnalyzer=true -clp:PerformanceSummary > "$ROOT/$project.report.log" 2>&1)
  done
done

report() {
  local log="$ROOT/$1.report.log"
  local csc generators b24gen analyzers
  csc=$(grep -E '^\s+[0-9]+ ms  Csc ' "$log" | awk '{print $1}' || true)
  generators=$(grep -m1 'Total generator execution time' "$log" | grep -oE '[0-9]+\.[0-9]+' | head -1 || true)
  analyzers=$(grep -m1 'Total analyzer execution time' "$log" | grep -oE '[0-9]+\.[0-9]+' | head -1 || true)
  b24gen=$(grep -E 'B24Gen.Generator.B24GenGenerator$' "$log" | awk '{print $1}' || true)
  echo "| $1 | $csc | ${generators:-} | ${b24gen:-0} | ${analyzers:-} |"
}

{
  echo "# Build time, $(date -u +%Y-%m-%d) ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET SDK $(dotnet --version))"
  echo
  echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg). Other builds on the machine inflate the spread."
  echo
  cat "$ROOT/clean.md"
  echo
  cat "$ROOT/incremental.md"
  echo
  echo "One build after an edit, with the compiler's report (-v d -p:ReportAnalyzer=true; slower than the runs above):"
  echo
  echo "| Project | Csc task ms | all generators s | B24Gen generator s | all analyzers s |"
  echo "|---|---:|---:|---:|---:|"
  report without
  report with
  report as-source
  report declarations
} > "$HERE/results.md"
cat "$HERE/results.md"
echo "Projects left in $ROOT (delete when done)."
