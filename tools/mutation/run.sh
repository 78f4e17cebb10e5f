#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json). Not part of CI: it takes hours.
#   tools/mutation/run.sh runtime                   # runtime/ against tests/B24Gen.Runtime.Tests
#   tools/mutation/run.sh generator                 # generator/ against tests/B24Gen.Generator.Tests
#   tools/mutation/run.sh runtime -m 'runtime/Resilience/**/*.cs'   # extra Stryker options, e.g. a narrower --mutate
# Reports land in tools/mutation/output/<target>/<timestamp>/reports (mutation-report.html, .json);
# tools/mutation/summary.py <report.json>... [--survivors] prints the score per file (several reports are summed).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

target=${1:-}
case "$target" in
  runtime) tests=tests/B24Gen.Runtime.Tests ;;
  generator) tests=tests/B24Gen.Generator.Tests ;;
  *) echo "usage: $0 runtime|generator [extra dotnet-stryker options]" >&2; exit 2 ;;
esac
shift

root=$PWD
dotnet tool restore
# Stryker runs from the test project's folder: from the root it would see B24Gen.sln and run every test project
# of the solution against every mutant. --mutate globs are relative to the mutated project's folder.
cd "$tests"
dotnet stryker --config-file "$root/tools/mutation/stryker-$target.json" --output "$root/tools/mutation/output/$target/$(date -u +%Y%m%d-%H%M%S)" \
  --skip-version-check "$@"
