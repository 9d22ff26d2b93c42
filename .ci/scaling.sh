#!/usr/bin/env bash
# Shows that cost grows linearly: time and peak memory of the full analysis (CLI, JSON out) for inputs of
# 1, 10 and 100 MB made by repeating the repository's seed article. Not part of every CI run.
#   .ci/scaling.sh [SIZES_MB...]        default: 1 10 100   (SHAPES="jsonl" to run one shape)
# Two shapes per size: one single document (paragraphs of the seed repeated), and a JSONL stream of seed-sized
# documents (--jsonl, constant memory). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
dotnet build src/ArabicNews.Nlp.Cli -c Release >/dev/null
cli=src/ArabicNews.Nlp.Cli/bin/Release/net10.0/arabic-news.dll
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
seed=seeds/putin-erdogan-moscow-summit.txt

echo "| input | shape | seconds | MB/s | peak RSS (MB) |"
echo "|---|---|---|---|---|"
for mb in "${sizes[@]}"; do
  bytes=$((mb * 1024 * 1024))
  python3 - "$seed" "$bytes" "$work/doc.txt" "$work/docs.jsonl" <<'PY'
import json, sys
seed = open(sys.argv[1], encoding="utf-8").read().rstrip("\n") + "\n"
target = int(sys.argv[2])
with open(sys.argv[3], "w", encoding="utf-8") as doc:
    written = 0
    while written < target:
        doc.write(seed); written += len(seed.encode("utf-8"))
with open(sys.argv[4], "w", encoding="utf-8") as lines:
    written, i = 0, 0
    while written < target:
        line = json.dumps({"id": str(i), "text": seed}, ensure_ascii=False) + "\n"
        lines.write(line); written += len(line.encode("utf-8")); i += 1
PY
  for shape in ${SHAPES:-document jsonl}; do
    if [ $shape = document ]; then args=(analyze "$work/doc.txt" --format json --out "$work/out"); else args=(analyze --jsonl "$work/docs.jsonl"); fi
    /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$cli" "${args[@]}" > "$work/stdout"
    read -r secs kb < "$work/time"
    echo "| $mb MB | $shape | $secs | $(python3 -c "print(round($mb/max($secs,0.01),2))") | $((kb / 1024)) |"
  done
done
