# Sourced by the build-time scripts. new_project_folder DIR FEED PACKAGES: a project folder outside the repository
# that restores only from FEED (the freshly packed B24Gen) and the machine's package cache, into its own PACKAGES
# folder, with empty Directory.* files so no settings of a parent folder apply: as for a user.
new_project_folder() {
  local dir="$1" feed="$2" packages="$3"
  local cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
  mkdir -p "$dir"
  cat > "$dir/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="b24gen" value="$feed" />
    <add key="local-cache" value="$cache" />
  </packageSources>
  <config>
    <add key="globalPackagesFolder" value="$packages" />
  </config>
</configuration>
XML
  echo "<Project />" > "$dir/Directory.Build.props"
  echo "<Project />" > "$dir/Directory.Build.targets"
  echo "<Project />" > "$dir/Directory.Packages.props"
}

# The console program both scripts build: it does not touch the API, so a difference is what the package adds.
write_small_program() {
  cat > "$1/Program.cs" <<'CS'
using System.Text.Json;

var totals = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var word in "a small console program that counts words and prints them as json".Split(' '))
{
    totals[word] = totals.GetValueOrDefault(word) + 1;
}

Console.WriteLine(JsonSerializer.Serialize(totals));
// edit-marker 0
CS
}

# build_rounds ROUNDS DIR PROJECT...: after a C# edit (a new edit-marker in Program.cs), builds each project once per
# round, in turn, so a change in the machine's load falls on all of them alike; two warm-up rounds, then ROUNDS
# counted ones. Appends each build's wall time (ms) to WALL[project] and the compiler's Csc task time (ms, from
# -clp:PerformanceSummary) to CSC[project]; declare both with `declare -A WALL CSC` first.
build_rounds() {
  local rounds="$1" dir="$2"
  shift 2
  local round project start end out
  for round in $(seq 1 $((rounds + 2))); do
    for project in "$@"; do
      sed -i "s|// edit-marker .*|// edit-marker $RANDOM|" "$dir/$project/Program.cs"
      start=$(date +%s%N)
      out=$(cd "$dir/$project" && dotnet build --no-restore -nologo -v q -clp:PerformanceSummary 2>&1)
      end=$(date +%s%N)
      if [ "$round" -gt 2 ]; then
        WALL[$project]+=" $(( (end - start) / 1000000 ))"
        CSC[$project]+=" $(echo "$out" | grep -E '^\s+[0-9]+ ms  Csc ' | awk '{print $1}')"
      fi
    done
  done
}

# The median of the numbers on standard input (separated by spaces or lines).
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
