#!/usr/bin/env bash
# The embedding API's rules (README "Embedding"), checked by grepping the
# public headers (common/, indexer/ and searcher/ include/lede/*.h and the
# generated version.h.in):
# - a public header includes only standard headers and other public headers,
#   never a private one (by path, "…" or a <lede/…> that is not public);
# - it exposes no Xapian, ICU or JSON library type;
# - the README's header table names exactly the public headers;
# - with PREFIX, the installed include/lede holds exactly those headers.
# Runs as CTest tests (label lint, and package with PREFIX).
#   scripts/check-public-headers.sh [ROOT [PREFIX]]
set -uo pipefail
root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
prefix="${2:-}"
cd "$root" || exit 1
status=0

violation() {
  echo "check-public-headers: $1" >&2
  status=1
}

mapfile -t headers < <(ls common/include/lede/*.h indexer/include/lede/*.h searcher/include/lede/*.h \
  common/include/lede/*.h.in | sort)
public=()
for header in "${headers[@]}"; do
  name=$(basename "$header")
  public+=("${name%.in}")
done

is_public() {
  local candidate=$1 name
  for name in "${public[@]}"; do
    [[ $name == "$candidate" ]] && return 0
  done
  return 1
}

for header in "${headers[@]}"; do
  while IFS= read -r line; do
    number=${line%%:*}
    include=${line#*:}
    if [[ $include =~ ^#include\ \<lede/([^>]+)\> ]]; then
      is_public "${BASH_REMATCH[1]}" || violation "$header:$number: includes <lede/${BASH_REMATCH[1]}>, which is not public"
    elif [[ $include =~ ^#include\ \<[a-z_]+\> ]]; then
      : # a standard library header
    else
      violation "$header:$number: $include: a public header includes only standard and public lede headers"
    fi
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include' "$header")
  # Types of the libraries behind the API must not leak into it.
  while IFS= read -r hit; do
    violation "$header:$hit: exposes a Xapian, ICU or JSON library type"
  done < <(grep -nE 'Xapian::|\bicu(_[0-9]+)?::|\bUChar|\bUErrorCode|U_ICU_|nlohmann|simdjson|httplib' "$header" |
    cut -d: -f1)
done

# The README's table of headers (the rows of the "Embedding" section).
mapfile -t documented < <(sed -n '/^## Embedding/,/^## /p' README.md | grep '^|' |
  grep -oE '<lede/[a-z_]+\.h>' | sed -E 's/<lede\/(.*)>/\1/' | sort -u)
mapfile -t expected < <(printf '%s\n' "${public[@]}" | sort -u)
if [[ "${documented[*]}" != "${expected[*]}" ]]; then
  violation "README's Embedding table lists (${documented[*]}) but the public headers are (${expected[*]})"
fi

if [[ -n $prefix ]]; then
  mapfile -t installed < <(ls "$prefix/include/lede" 2>/dev/null | sort)
  if [[ "${installed[*]}" != "${expected[*]}" ]]; then
    violation "$prefix/include/lede holds (${installed[*]}) but the public headers are (${expected[*]})"
  fi
fi

if [[ $status -eq 0 ]]; then
  echo "check-public-headers: ${#public[@]} public headers, each self-contained in its includes and documented"
fi
exit $status
