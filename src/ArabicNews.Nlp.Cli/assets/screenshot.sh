#!/usr/bin/env bash
# Regenerates seed-analysis.png beside this script: the seed article's HTML page (arabic-news analyze --format html)
# rendered by headless Chromium. Needs Debian's chromium and an Arabic font (apt-get install chromium fonts-hosny-amiri).
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run --project src/ArabicNews.Nlp.Cli -c Release -- analyze seeds/putin-erdogan-moscow-summit.txt --format html --out "$out"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$out/profile" \
  --window-size="${WIDTH:-1000},${HEIGHT:-2100}" --screenshot="$PWD/src/ArabicNews.Nlp.Cli/assets/seed-analysis.png" \
  "file://$out/putin-erdogan-moscow-summit.html" 2>/dev/null
echo "wrote src/ArabicNews.Nlp.Cli/assets/seed-analysis.png"
