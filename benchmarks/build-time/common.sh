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
