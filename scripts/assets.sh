#!/usr/bin/env bash
# Refreshes the front-end files in src/CaseTrak.Web/wwwroot/lib from the exact versions in
# src/CaseTrak.Web/package.json. The copies are committed so `dotnet run` works offline with no npm
# step; run this only after changing a version, then commit package-lock.json and wwwroot/lib.
# Only what the pages use is copied: Tabler's CSS (Bootstrap 5.3 styles are built into it) and htmx.
# Tabler's CSS references no font files (system font stack), so there are none to copy.
# The lock file carries integrity hashes but no registry address (--omit-lockfile-registry-resolved).
set -euo pipefail

web="$(cd "$(dirname "$0")/../src/CaseTrak.Web" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$web/package.json" "$work/"
[ -f "$web/package-lock.json" ] && cp "$web/package-lock.json" "$work/"
cd "$work"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts
else
  npm install --no-audit --no-fund --ignore-scripts --omit-lockfile-registry-resolved
  cp package-lock.json "$web/package-lock.json"
fi

lib="$web/wwwroot/lib"
rm -rf "$lib"
copy() { # copy <package> <file inside the package> ...
  local package="$1"; shift
  mkdir -p "$lib/$package"
  for file in "$@"; do
    cp "node_modules/$package/$file" "$lib/$package/$(basename "$file")"
  done
  [ -f "node_modules/$package/LICENSE" ] && cp "node_modules/$package/LICENSE" "$lib/$package/LICENSE"
  return 0
}
copy @tabler/core dist/css/tabler.min.css
copy htmx.org dist/htmx.min.js
copy chart.js dist/chart.umd.min.js

# Source-map comments would make browsers ask for .map files we do not ship.
find "$lib" -name '*.min.*' -exec sed -i -E '/^\/[\/*]# sourceMappingURL=.*$/d' {} +

echo "wwwroot/lib refreshed:"
(cd "$lib" && find . -type f -printf '%P\t%s bytes\n' | sort)
