#!/usr/bin/env bash
# Copy the web UI's third-party browser files from web/node_modules (installed
# by `npm ci --prefix web`) into the package's static/vendor/ folder, which is
# git-ignored and served at /static/vendor/. No CDN: the UI loads only these.
set -euo pipefail
cd "$(dirname "$0")/.."
src=web/node_modules
dest=src/diplograph/web/static/vendor
if [ ! -d "$src" ]; then
  echo "vendor-js: $src is missing; run 'npm ci --prefix web' first" >&2
  exit 1
fi
rm -rf "$dest"
mkdir -p "$dest/licenses"
copy() {  # copy PACKAGE FILE-IN-PACKAGE NAME-IN-VENDOR
  cp "$src/$1/$2" "$dest/$3"
  for lic in LICENSE LICENSE.md LICENSE.txt; do
    if [ -f "$src/$1/$lic" ]; then cp "$src/$1/$lic" "$dest/licenses/$1.txt"; break; fi
  done
}
copy cytoscape dist/cytoscape.min.js cytoscape.min.js
copy d3-array dist/d3-array.min.js d3-array.min.js
copy d3-geo dist/d3-geo.min.js d3-geo.min.js
copy topojson-client dist/topojson-client.min.js topojson-client.min.js
copy world-atlas countries-110m.json countries-110m.json
echo "vendor-js: $(find "$dest" -maxdepth 1 -type f | wc -l) files -> $dest"
