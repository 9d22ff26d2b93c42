#!/usr/bin/env bash
# Fuzz the library for a bounded time. Not part of every CI run: run it by hand or on a schedule.
#   .ci/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      default: 60 s each for normalizer tokenizer analyzer
# Uses AFL++ (Debian package afl++) with SharpFuzz instrumentation when available, else the harness's own
# in-process mutational fuzzer. Failing inputs land in fuzz-out/; turn each into a unit test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(normalizer tokenizer analyzer)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/ArabicNews.Nlp.Fuzz -c Release
bin=src/ArabicNews.Nlp.Fuzz/bin/Release/net10.0

if ! command -v afl-fuzz >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq afl++ >/dev/null) || echo "afl++ not installable; using the in-process fuzzer"
fi
if command -v afl-fuzz >/dev/null && { command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null 2>&1; }; then
  export PATH="$PATH:$HOME/.dotnet/tools"
  sharpfuzz "$bin/ArabicNews.Nlp.dll"
  export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
  for t in "${targets[@]}"; do
    mkdir -p "fuzz-out/$t"
    timeout --preserve-status "$seconds" afl-fuzz -i src/ArabicNews.Nlp.Fuzz/seeds -o "fuzz-out/$t" -t 10000 -m none \
      -- dotnet "$bin/ArabicNews.Nlp.Fuzz.dll" afl "$t" || true
    crashes=$(find "fuzz-out/$t" -path '*crashes/id*' | wc -l)
    echo "$t: $crashes crashes (fuzz-out/$t/default/crashes; replay with: dotnet $bin/ArabicNews.Nlp.Fuzz.dll replay $t FILE)"
  done
else
  for t in "${targets[@]}"; do
    (mkdir -p fuzz-out && cd fuzz-out && dotnet "../$bin/ArabicNews.Nlp.Fuzz.dll" random "$t" "$seconds")
  done
fi
