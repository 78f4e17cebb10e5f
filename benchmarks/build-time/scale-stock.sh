#!/usr/bin/env bash
# A copy of this repository whose stock API is FACTOR times today's: every stock scope copied FACTOR-1 times under a
# new name (calendar -> calendarb, CalendarEvent -> CalendarbEvent, ...), each copy one more precompiled assembly
# built the same way (stock/B24Gen.Api.<Scope>), and the stock index regenerated. stock.sh packs it to show that a
# user's build does not grow with the size of the stock API.
#
#   benchmarks/build-time/scale-stock.sh FACTOR DEST
set -euo pipefail
FACTOR="$1"
DEST="$2"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SUFFIXES=(b c d e f g h i j k l m n o p q r s t u v w x y z)
(( FACTOR >= 1 && FACTOR <= ${#SUFFIXES[@]} + 1 )) || { echo "FACTOR must be 1..$(( ${#SUFFIXES[@]} + 1 ))" >&2; exit 2; }

mkdir -p "$DEST"
tar -C "$REPO" --exclude=./.git --exclude='*/bin' --exclude='*/obj' -cf - . | tar -C "$DEST" -xf -

scopes=()
for dir in "$REPO"/schema/*/; do scopes+=("$(basename "$dir")"); done
for (( copy = 1; copy < FACTOR; copy++ )); do
  suffix="${SUFFIXES[$(( copy - 1 ))]}"
  for scope in "${scopes[@]}"; do
    new="$scope$suffix"
    pascal="${scope^}"
    mkdir -p "$DEST/schema/$new"
    for file in "$REPO/schema/$scope"/*.yaml; do
      name="$(basename "$file")"
      # Method names (scope.x.y), the scope key, and type names (ScopeXxx); parameter and field names stay.
      sed -e "s/\b$scope\./$new./g" -e "s/^scope: $scope\$/scope: $new/" -e "s/\b$pascal\([A-Z]\)/${new^}\1/g" \
        "$file" > "$DEST/schema/$new/${name/#$scope./$new.}"
    done
    mkdir -p "$DEST/stock/B24Gen.Api.${new^}"
    cat > "$DEST/stock/B24Gen.Api.${new^}/B24Gen.Api.${new^}.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <B24GenStockScope>$new</B24GenStockScope>
  </PropertyGroup>
  <Import Project="../Stock.props" />
  <Import Project="../Stock.targets" />
</Project>
XML
  done
done

B24GEN_UPDATE_STOCK_INDEX=1 dotnet test "$DEST/tests/B24Gen.Generator.Tests" -nologo -v q \
  --filter "FullyQualifiedName~StockIndexFileTests.The_committed_stock_index_matches_the_stock_schema" >/dev/null
echo "$(grep -c '^method' "$DEST/schema/stock-index.tsv") stock methods in $(ls -d "$DEST"/stock/B24Gen.Api.*/ | wc -l) assemblies: $DEST"
