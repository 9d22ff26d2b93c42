#!/usr/bin/env bash
# Consumer smoke test of the NuGet packages, run by .ci/run after the build:
#  1. packs every packable project (already built) into a local folder feed, under a version unique to this run so
#     the global NuGet cache can never serve a stale copy;
#  2. a fresh project in a temp dir (outside the solution, its own nuget.config = the local feed + nuget.org) references
#     the packed ArabicNews.Nlp, analyzes the seed article and checks the output, first on the JIT, then published with
#     Native AOT (PublishAot=true; it fails on any trimming/AOT warning);
#  3. a second fresh project references every library package (DependencyInjection, ML, Lucene) and runs their entry
#     points once; the arabic-news tool is installed from the feed and run on the seed article.
# Options (environment): SMOKE_AOT=0 skips the Native AOT publish; SMOKE_REQUIRE_ENTITIES=1|0 forces or waives the
# entity checks (default: required once the core embeds resources, i.e. src/ArabicNews.Nlp/Resources/*.bin exist).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seed="$root/seeds/putin-erdogan-moscow-summit.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/arabicnews-consumer.XXXXXX")
version="0.1.0-smoke.$(date -u +%Y%m%d%H%M%S).$$"
packages=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')
# Remove the temp dir and this run's copies of our packages from the global cache (they are unique to the run).
trap 'rm -rf "$work" "$packages"/arabicnews.nlp*/"$version"' EXIT
feed="$work/feed"

echo "-- pack every package as $version into $feed"
dotnet pack ArabicNews.Nlp.sln -c Release --no-build -nologo -v:q -o "$feed" -p:PackageVersion="$version"
ls "$feed"
for pkg in ArabicNews.Nlp ArabicNews.Nlp.DependencyInjection ArabicNews.Nlp.ML ArabicNews.Nlp.Lucene ArabicNews.Nlp.Cli; do
  nupkg="$feed/$pkg.$version.nupkg"
  [[ -f "$nupkg" ]] || { echo "missing package $nupkg" >&2; exit 1; }
  [[ -f "$feed/$pkg.$version.snupkg" ]] || { echo "missing symbols package for $pkg" >&2; exit 1; }
  listing=$(unzip -l "$nupkg")
  for f in README.md NOTICE; do
    grep -qE " $f\$" <<<"$listing" || { echo "$pkg: $f is not in the package" >&2; exit 1; }
  done
  nuspec=$(unzip -p "$nupkg" "$pkg.nuspec")
  for tag in '<license type="expression">Apache-2.0</license>' '<readme>README.md</readme>' '<repository type="git"'; do
    grep -qF "$tag" <<<"$nuspec" || { echo "$pkg: nuspec lacks $tag" >&2; exit 1; }
  done
done
echo "ok   every package has README.md, NOTICE, licence, repository and a .snupkg"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
# Keep the temp projects free of any Directory.Build.* / central package management above them.
printf '<Project />\n' > "$work/Directory.Build.props"
printf '<Project />\n' > "$work/Directory.Build.targets"
printf '<Project />\n' > "$work/Directory.Packages.props"

require_entities=${SMOKE_REQUIRE_ENTITIES:-}
if [[ -z "$require_entities" ]]; then
  compgen -G "src/ArabicNews.Nlp/Resources/*.bin" >/dev/null && require_entities=1 || require_entities=0
fi
entity_arg=()
[[ "$require_entities" == 1 ]] && entity_arg=(--require-entities)

echo "-- consumer of ArabicNews.Nlp (JIT)"
mkdir "$work/consumer"
cp .ci/consumer/Program.cs "$work/consumer/"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <InvariantGlobalization>true</InvariantGlobalization>
    <!-- Native AOT: every trimming/AOT warning is reported per assembly and fails the publish. -->
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
    <IlcTreatWarningsAsErrors>true</IlcTreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ArabicNews.Nlp" Version="$version" />
  </ItemGroup>
</Project>
XML
dotnet run --project "$work/consumer" -c Release -- "$seed" "${entity_arg[@]}"

if [[ "${SMOKE_AOT:-1}" != 0 ]]; then
  echo "-- the same consumer published with Native AOT"
  aot_args=(-p:PublishAot=true -r linux-x64)
  # The ILCompiler links with 'clang'; Debian may only have a versioned one (clang-14).
  if ! command -v clang >/dev/null; then
    cc=$(compgen -c clang- | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -1 || true)
    if [[ -n "$cc" ]]; then aot_args+=(-p:CppCompilerAndLinker="$cc"); else echo "no clang found: Native AOT needs clang (apt-get install clang)" >&2; exit 1; fi
  fi
  dotnet publish "$work/consumer" -c Release -nologo "${aot_args[@]}" -o "$work/aot" 2>&1 | tee "$work/aot.log"
  if grep -E 'warning (IL|IlC)[0-9]+' "$work/aot.log"; then echo "trimming/AOT warnings (above)" >&2; exit 1; fi
  [[ -x "$work/aot/Consumer" ]] || { echo "no native executable was produced" >&2; exit 1; }
  ls -la "$work/aot/Consumer"
  "$work/aot/Consumer" "$seed" "${entity_arg[@]}"
fi

echo "-- consumer of every library package (DI, ML.NET, Lucene)"
mkdir "$work/consumer-all"
cp .ci/consumer-all/Program.cs "$work/consumer-all/"
cat > "$work/consumer-all/ConsumerAll.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ArabicNews.Nlp.DependencyInjection" Version="$version" />
    <PackageReference Include="ArabicNews.Nlp.ML" Version="$version" />
    <PackageReference Include="ArabicNews.Nlp.Lucene" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
  </ItemGroup>
</Project>
XML
dotnet run --project "$work/consumer-all" -c Release -- "$seed"

echo "-- the arabic-news tool from the feed"
dotnet tool install ArabicNews.Nlp.Cli --tool-path "$work/tools" --version "$version" --configfile "$work/nuget.config" >/dev/null
lines=$("$work/tools/arabic-news" analyze "$seed" | wc -l)
[[ "$lines" -gt 0 ]] || { echo "arabic-news printed nothing" >&2; exit 1; }
echo "ok   arabic-news analyze printed $lines lines"
echo "consumer smoke test passed"
