#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of every packable project from the compiler's RS0016/RS0017 diagnostics.
#
# Why: Microsoft.CodeAnalysis.PublicApiAnalyzers fails the build (RS0016) when a public symbol is added without being
# declared, and (RS0017) when a declared one disappears. While the API is still moving (several branches add public
# API at once), run this after a merge instead of editing the files by hand:
#
#   .ci/update-public-api.sh            # rewrite the Unshipped files, then review `git diff -- '*PublicAPI*'`
#   .ci/update-public-api.sh --check    # exit 1 when a file would change (what CI would catch anyway)
#
# Shipped files are never touched: at a release, move the Unshipped lines into PublicAPI.Shipped.txt by hand; from then
# on a removal of a shipped symbol is a breaking change the build reports (RS0017) and this script will not hide it.
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[[ "${1:-}" == "--check" ]] && check=true

mapfile -t projects < <(grep -l '<IsPackable>true</IsPackable>' src/*/*.csproj)
status=0
for csproj in "${projects[@]}"; do
  dir=$(dirname "$csproj")
  unshipped="$dir/PublicAPI.Unshipped.txt"
  shipped="$dir/PublicAPI.Shipped.txt"
  [[ -f "$shipped" ]] || printf '#nullable enable\n' > "$shipped"
  backup=$(mktemp)
  [[ -f "$unshipped" ]] && cp "$unshipped" "$backup" || : > "$backup"
  # Start from an empty Unshipped file: every public symbol not in Shipped is then reported by RS0016 exactly as the
  # analyzer spells it, and symbols that were removed simply do not come back.
  printf '#nullable enable\n' > "$unshipped"
  log=$(mktemp)
  dotnet build "$csproj" -c Release -nologo \
    -p:WarningsNotAsErrors=RS0016 -p:TreatWarningsAsErrors=true >"$log" 2>&1 || true
  {
    printf '#nullable enable\n'
    # Only diagnostics of this project (dependencies are built too and report their own).
    grep -F "warning RS0016" "$log" | grep -F "[$(realpath "$csproj")" \
      | sed -E "s/.*warning RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" \
      | LC_ALL=C sort -u || true
  } > "$unshipped.new"
  if grep -qE ' error ' "$log"; then
    echo "build errors other than public-API ones in $csproj:" >&2
    grep -E ' error ' "$log" | sort -u | head -20 >&2
    cp "$backup" "$unshipped"; rm -f "$unshipped.new"
    status=2
    continue
  fi
  mv "$unshipped.new" "$unshipped"
  if ! cmp -s "$backup" "$unshipped"; then
    echo "changed: $unshipped"
    if $check; then cp "$backup" "$unshipped"; status=1; fi
  fi
  rm -f "$backup" "$log"
done
exit $status
