#!/usr/bin/env bash
# Issue 13: what the package costs a build after a C# edit, now that the stock API ships precompiled. Interleaved
# rounds (each project built once per round, so a change in the machine's load falls on all alike), medians of the
# whole build and of the compiler's Csc task. Projects, each a ratio to its own baseline without the package:
#   small-bare / small-stock   a 10-line console app; with the package (every stock scope) it does not change
#   small-yaml                 the same with 5 YAML methods of its own and 2 partial: true patches of stock types
#   small-tiny                 the same with a one-class package instead (no dependencies): what any PackageReference
#                              costs, the floor under small-stock
#   app-bare / app-stock       about 50 C# files; the package variant calls 20 stock methods
#   small-stockN / app-stockN  the same two with a package whose stock API is SCALE times today's (scale-stock.sh)
#   app-stockN-scoped          app-stockN with B24GenScopes=calendar,crm: the other scopes' assemblies left out
#
#   benchmarks/build-time/stock.sh [rounds] [scale]   # defaults 8 (+2 warm-up) and 20; results: stock-results.md
set -euo pipefail
ROUNDS="${1:-8}"
SCALE="${2:-1}"   # the shipped stock API is the whole documented API (about 1,340 methods); >1 adds a synthetic copy
unset UseSharedCompilation MSBUILDDISABLENODEREUSE   # build as a developer's machine does: compiler server on
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$HERE/common.sh"
REPO="$(cd "$HERE/../.." && pwd)"
ROOT="$(mktemp -d /tmp/b24gen-stocktime-XXXXXX)"
VERSION="0.1.0-bench.$(date +%Y%m%d%H%M%S)"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

dotnet build "$REPO/pack/B24Gen.csproj" -c Release -nologo -v q
dotnet pack "$REPO/pack/B24Gen.csproj" -c Release --no-build -o "$ROOT/feed" -p:PackageVersion="$VERSION" -nologo -v q
SCALED_VERSION="$VERSION.x$SCALE"
if (( SCALE > 1 )); then
  "$HERE/scale-stock.sh" "$SCALE" "$ROOT/scaled-repo"
  dotnet build "$ROOT/scaled-repo/pack/B24Gen.csproj" -c Release -nologo -v q
  dotnet pack "$ROOT/scaled-repo/pack/B24Gen.csproj" -c Release --no-build -o "$ROOT/feed" -p:PackageVersion="$SCALED_VERSION" -nologo -v q
fi

# The floor of any package: a library of one class and no dependencies, packed into the same feed.
new_project_folder "$ROOT/tiny" "$ROOT/feed" "$ROOT/packages"
cat > "$ROOT/tiny/Tiny.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><PackageId>B24GenBench.Tiny</PackageId><Nullable>enable</Nullable></PropertyGroup>
</Project>
XML
echo 'namespace Tiny; public static class Hello { public static string Name => "tiny"; }' > "$ROOT/tiny/Hello.cs"
dotnet pack "$ROOT/tiny" -c Release -o "$ROOT/feed" -p:PackageVersion=1.0.0 -nologo -v q

make_project() {
  local name="$1" package="$2" version="${3:-$VERSION}" properties="${4:-}"
  local dir="$ROOT/$name"
  new_project_folder "$dir" "$ROOT/feed" "$ROOT/packages"
  local reference=""
  [ "$package" = yes ] && reference="<ItemGroup><PackageReference Include=\"B24Gen\" Version=\"$version\" /><B24GenSchema Include=\"b24/**/*.yaml\" /></ItemGroup>"
  [ "$package" = tiny ] && reference="<ItemGroup><PackageReference Include=\"B24GenBench.Tiny\" Version=\"1.0.0\" /></ItemGroup>"
  cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings>$properties</PropertyGroup>
  $reference
</Project>
XML
  write_small_program "$dir"
}

# About 50 files of ordinary code; with the package, 20 of them call a stock method, without it a local stub.
add_app_files() {
  local dir="$1" package="$2"
  local calls=(
    "api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 })"
    "api.Calendar.User.Settings.GetAsync()"
    "api.Calendar.Settings.GetAsync()"
    "api.Calendar.Event.GetByIdAsync(new() { Id = 1 })"
    "api.Crm.Deal.ListAsync()"
  )
  mkdir -p "$dir/Domain"
  for i in $(seq 1 50); do
    local body="return Task.FromResult<object>(Value * $i);"
    if [ "$i" -le 20 ] && [ "$package" = yes ]; then
      body="return await ${calls[$(( i % 5 ))]};"
    elif [ "$i" -le 20 ]; then
      body="return await Task.FromResult<object>(Value * $i);"
    fi
    local asyncword="" usings="" parameter=""
    [ "$i" -le 20 ] && asyncword="async "
    [ "$package" = yes ] && usings="using B24Gen; using B24Gen.Api;"
    [ "$package" = yes ] && [ "$i" -le 20 ] && parameter="B24Api api, "
    cat > "$dir/Domain/Service$i.cs" <<CS
$usings
namespace App.Domain;

/// <summary>Service $i.</summary>
public sealed class Service$i(${parameter}int value)
{
    public int Value { get; } = value;

    public IReadOnlyList<string> Names { get; } = ["a$i", "b$i", "c$i"];

    public string Describe() => string.Join(",", Names.Select(n => n + Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public ${asyncword}Task<object> RunAsync()
    {
        $body
    }
}
CS
  done
}

make_project small-bare no
make_project small-stock yes
make_project small-yaml yes
make_project small-tiny tiny
make_project app-bare no
make_project app-stock yes
make_project app-stock-scoped yes "$VERSION" "<B24GenScopes>calendar,crm</B24GenScopes>"
if (( SCALE > 1 )); then
  make_project small-stockN yes "$SCALED_VERSION"
  make_project app-stockN yes "$SCALED_VERSION"
  make_project app-stockN-scoped yes "$SCALED_VERSION" "<B24GenScopes>calendar,crm</B24GenScopes>"
fi
add_app_files "$ROOT/app-bare" no
add_app_files "$ROOT/app-stock" yes
add_app_files "$ROOT/app-stock-scoped" yes
if (( SCALE > 1 )); then
  add_app_files "$ROOT/app-stockN" yes
  add_app_files "$ROOT/app-stockN-scoped" yes
fi
mkdir -p "$ROOT/small-yaml/b24"
# Five methods of the user's own (none of them in the stock API): three in the stock group crm.deal, one in a new crm
# group with its own type, one in a new scope; and two partial: true patches that add UF fields to stock types.
printf 'method: crm.deal.find\nscope: crm\nkind: read\nparams:\n  id: { type: int, required: true }\nresult: CrmDeal\n' > "$ROOT/small-yaml/b24/crm.deal.find.yaml"
printf 'method: crm.deal.archive\nscope: crm\nkind: write\nparams:\n  id: { type: int, required: true }\nresult: bool\n' > "$ROOT/small-yaml/b24/crm.deal.archive.yaml"
printf 'method: crm.deal.notes\nscope: crm\nkind: read\nresult: map<any>\n' > "$ROOT/small-yaml/b24/crm.deal.notes.yaml"
printf 'method: crm.leadcard.get\nscope: crm\nkind: read\nparams:\n  id: { type: int, required: true }\nresult: CrmLeadCard\ntypes:\n  CrmLeadCard:\n    fields:\n      ID: int\n      TITLE: string\n' > "$ROOT/small-yaml/b24/crm.leadcard.get.yaml"
printf 'method: acc.invoice.list\nscope: acc\nkind: read\nresult: "any[]"\n' > "$ROOT/small-yaml/b24/acc.invoice.list.yaml"
printf 'types:\n  CrmDeal:\n    partial: true\n    fields:\n      UF_CRM_RATING: "int?"\n  CalendarSection:\n    partial: true\n    fields:\n      UF_CRM_PROJECT: "int?"\n' > "$ROOT/small-yaml/b24/uf.yaml"

PROJECTS=(small-bare small-tiny small-stock small-yaml app-bare app-stock app-stock-scoped)
(( SCALE > 1 )) && PROJECTS+=(small-stockN app-stockN app-stockN-scoped)
for project in "${PROJECTS[@]}"; do
  dotnet restore "$ROOT/$project" -nologo -v q
  dotnet build "$ROOT/$project" --no-restore -nologo -v q
done

declare -A WALL CSC FIXED_WALL
build_rounds "$ROUNDS" "$ROOT" "${PROJECTS[@]}"
# The same rounds again with a gen0 budget (256 MB) the build process never fills: no garbage collection in it at all.
# A build of these sizes sits near the first collection of the fresh `dotnet build` process (its budget follows the
# CPU's cache size, 32 MB of L3 here), and one collection costs about 30 ms when everything is still alive; a few KB
# more allocated decides whether it falls. Without collections, the difference is the work the package adds.
declare -A PLAIN_WALL
for project in "${PROJECTS[@]}"; do PLAIN_WALL[$project]="${WALL[$project]}"; WALL[$project]=""; done
DOTNET_GCgen0size=0x10000000 build_rounds "$ROUNDS" "$ROOT" "${PROJECTS[@]}"
for project in "${PROJECTS[@]}"; do FIXED_WALL[$project]="${WALL[$project]}"; WALL[$project]="${PLAIN_WALL[$project]}"; done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
row() {
  local project="$1" base="$2" label="$3"
  local wall basewall csc basecsc fixed basefixed
  wall=$(echo ${WALL[$project]} | median); basewall=$(echo ${WALL[$base]} | median)
  fixed=$(echo ${FIXED_WALL[$project]} | median); basefixed=$(echo ${FIXED_WALL[$base]} | median)
  csc=$(echo ${CSC[$project]} | median); basecsc=$(echo ${CSC[$base]} | median)
  echo "| $label | $wall | $(ratio "$wall" "$basewall") | $fixed | $(ratio "$fixed" "$basefixed") | $csc | $(ratio "$csc" "$basecsc") |"
}
{
  echo "# Build after a C# edit with the precompiled stock API, $(date -u +%Y-%m-%d) ($(nproc) cores, .NET SDK $(dotnet --version))"
  echo
  echo "$ROUNDS interleaved rounds after 2 warm-up rounds, medians, then as many again with DOTNET_GCgen0size=0x10000000"
  echo "(no garbage collection in the build process: the work alone). Load average before: $LOAD_BEFORE; after:"
  echo "$(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| Project | Build ms | Ratio | Build ms, no GC | Ratio, no GC | Csc ms | Csc ratio |"
  echo "|:---|---:|---:|---:|---:|---:|---:|"
  row small-bare small-bare "10-line app, no package (baseline)"
  row small-tiny small-bare "10-line app, a one-class package (the floor of any PackageReference)"
  row small-stock small-bare "10-line app, package with every stock scope"
  row small-stock small-tiny "10-line app, package with every stock scope, vs the one-class package"
  row small-yaml small-bare "10-line app, package + 5 YAML methods + 2 partial patches"
  row app-bare app-bare "50-file app, no package (baseline)"
  row app-stock app-bare "50-file app calling 20 stock methods, package ($(grep -c '^method' "$REPO/schema/stock-index.tsv") methods, $(ls -d "$REPO"/stock/B24Gen.Api.*/ | wc -l) assemblies)"
  row app-stock-scoped app-bare "the same with B24GenScopes=calendar,crm ($(( $(ls -d "$REPO"/stock/B24Gen.Api.*/ | wc -l) - 2 )) scope assemblies left out)"
  if (( SCALE > 1 )); then
    row small-stockN small-bare "10-line app, package with a ${SCALE}× stock API ($(grep -c '^method' "$ROOT/scaled-repo/schema/stock-index.tsv") methods)"
    row app-stockN app-bare "50-file app calling 20 stock methods, package with a ${SCALE}× stock API"
    row app-stockN-scoped app-bare "the same with B24GenScopes=calendar,crm"
  fi
} > "$HERE/stock-results.md"
cat "$HERE/stock-results.md"
echo "Projects left in $ROOT (delete when done)."
