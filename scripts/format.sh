#!/usr/bin/env bash
# Applies .clang-format (clang-format 14) to every C++ file; with --check,
# lists the files that differ and fails instead.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# New files count before they are committed: a file formatted only after its commit fails CI.
mapfile -t files < <(git ls-files --cached --others --exclude-standard '*.h' '*.cc')
if [[ ${1:-} == --check ]]; then
  clang-format-14 --dry-run --Werror "${files[@]}"
else
  clang-format-14 -i "${files[@]}"
fi
