#!/usr/bin/env bash
# Enforces the dependency rules of ARCHITECTURE.md by grepping the sources:
# indexer and searcher never include each other, the ideas of indexer/extract/
# include no other idea but numbers/, only the two *_main.cc files include
# CLI11, and library code never prints, exits or reads the environment.
# Runs as a CTest test (label lint).
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
cd "$root" || exit 1
status=0

violation() {
  echo "check-deps: $1" >&2
  status=1
}

check() { # folder, pattern, message; matches in files of the folder except *_main.cc
  local folder=$1 pattern=$2 message=$3 hits
  hits=$(grep -rnE --include='*.h' --include='*.cc' "$pattern" "$folder" | grep -v '_main\.cc:' || true)
  if [[ -n $hits ]]; then
    while IFS= read -r hit; do violation "$hit: $message"; done <<<"$hits"
  fi
}

check common '#include [<"](lede/(indexer|searcher|render)\.h|indexer/|searcher/)' "common depends on nothing of lede"
check indexer '#include [<"](lede/(searcher|render)\.h|searcher/)' "the indexer never uses the searcher"
check searcher '#include [<"](lede/indexer\.h|indexer/)' "the searcher never uses the indexer"
# indexer/extract/ has one folder per idea: an idea may include numbers/ (the machinery casualties and
# dates share) but no other idea, and numbers/ includes none; article_extraction is where they meet.
ideas=()
for dir in indexer/extract/*/; do
  ideas+=("$(basename "$dir")")
done
for idea in "${ideas[@]}"; do
  others=$(printf '%s\n' "${ideas[@]}" | grep -vx -e "$idea" -e numbers | paste -sd'|')
  if [[ -n $others ]]; then
    check "indexer/extract/$idea" "#include \"indexer/extract/($others)/" \
      "an idea of indexer/extract/ includes numbers/ and no other idea; numbers/ includes none"
  fi
done
for folder in common indexer searcher; do
  check "$folder" '#include <CLI/' "only lede_index_main.cc and lede_search_main.cc include CLI11"
  check "$folder" 'std::(cout|cerr|clog)|[^_a-z](printf|fprintf|puts|perror)\(' "libraries never print"
  check "$folder" '[^_a-z:](exit|_Exit|abort|quick_exit)\(' "libraries never exit"
  check "$folder" '(getenv|setenv|putenv|setlocale|u_cleanup)\(' "libraries never read the environment or change process state"
  check "$folder" '\.\./' "include by path from the repository root, never with ../"
done

if [[ $status -eq 0 ]]; then
  echo "check-deps: dependency rules hold"
fi
exit $status
