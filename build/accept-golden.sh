#!/usr/bin/env bash
# Accepts the output of failed golden-file tests: every <file>.received under tests/ replaces its golden <file>.
# Run the tests first (dotnet test tests/Slim.Docker.Build.Tests), review the diffs they print, then run this and
# commit the golden files with the change that caused them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count=0
while IFS= read -r -d '' received; do
  mv -f -- "$received" "${received%.received}"
  echo "accepted ${received%.received}"
  count=$((count + 1))
done < <(find tests -name '*.received' -type f -print0 | sort -z)
echo "$count golden file(s) accepted"
