#!/usr/bin/env bash
# Renders the process diagram for the README: docs/process.svg and docs/process.png, drawn by
# bpmn-js (the renderer of Camunda Modeler) from the layout stored in the BPMN file.
#
# Run it after you change the layout of the BPMN, from anywhere in the repository:
#
#   docs/render-process-diagram.sh                      # processes/NegativeReviewRecovery.bpmn
#   docs/render-process-diagram.sh path/to/other.bpmn   # writes docs/other.svg and docs/other.png
#
# Needs: npm (Node.js); Debian's Chromium, which draws the page headless; and a font with Arial's
# metrics, so labels wrap as they do in Camunda Modeler:
#   apt-get install chromium fonts-liberation
# bpmn-js is installed with npm into $RENDER_DIR (default /tmp/review-recovery-render), outside the
# repository. Nothing is downloaded besides that npm package.
# Optional: CHROMIUM (default /usr/bin/chromium), SCALE (pixels per model unit, default 1).
#
# This is a maintainer's tool: neither the build nor CI runs it. Commit the two pictures it writes.
set -euo pipefail

BPMN_JS_VERSION=18.31.1
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BPMN="$(realpath "${1:-$REPO/processes/NegativeReviewRecovery.bpmn}")"
NAME="$(basename "$BPMN" .bpmn)"
[ "$NAME" = NegativeReviewRecovery ] && NAME=process
SVG_OUT="$REPO/docs/$NAME.svg"
PNG_OUT="$REPO/docs/$NAME.png"
RENDER_DIR="${RENDER_DIR:-/tmp/review-recovery-render}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
SCALE="${SCALE:-1}"

command -v npm >/dev/null || { echo "npm is needed (apt-get install npm)" >&2; exit 1; }
[ -x "$CHROMIUM" ] || { echo "Chromium is needed at $CHROMIUM (apt-get install chromium)" >&2; exit 1; }
[ -f "$BPMN" ] || { echo "No BPMN file at $BPMN" >&2; exit 1; }
if ! fc-match Arial 2>/dev/null | grep -q 'Liberation Sans\|Arial'; then
  echo "Warning: no Arial or Liberation Sans (apt-get install fonts-liberation); labels will wrap differently" >&2
fi

mkdir -p "$RENDER_DIR"
VIEWER="$RENDER_DIR/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"
if [ ! -f "$VIEWER" ] || [ "$(node -p "require('$RENDER_DIR/node_modules/bpmn-js/package.json').version")" != "$BPMN_JS_VERSION" ]; then
  echo "Installing bpmn-js $BPMN_JS_VERSION into $RENDER_DIR"
  (cd "$RENDER_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund --silent "bpmn-js@$BPMN_JS_VERSION")
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Headless Chromium with a fresh profile, writing nothing to the home directory.
chromium() {
  XDG_CONFIG_HOME="$WORK/xdg-config" XDG_CACHE_HOME="$WORK/xdg-cache" "$CHROMIUM" \
    --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$WORK/profile" --hide-scrollbars \
    --allow-file-access-from-files "$@" 2>"$WORK/chromium.log"
}

# 1. A page that imports the BPMN into the viewer and writes the exported SVG into the page.
node - "$BPMN" "$VIEWER" "$WORK/export.html" <<'JS'
const fs = require('fs');
const [bpmnFile, viewer, page] = process.argv.slice(2);
const xml = JSON.stringify(fs.readFileSync(bpmnFile, 'utf8')).replace(/</g, '\\u003c');
fs.writeFileSync(page, `<!DOCTYPE html>
<html><head><meta charset="utf-8"><script src="file://${viewer}"></script></head>
<body><div id="canvas" style="width:4000px;height:1500px"></div><pre id="out"></pre>
<script>
  const out = document.getElementById('out');
  const viewer = new BpmnJS({ container: '#canvas' });
  viewer.importXML(${xml})
    .then(({ warnings }) => {
      warnings.forEach(w => console.warn(w.message));
      return viewer.saveSVG();
    })
    .then(({ svg }) => { out.textContent = 'SVG:' + btoa(unescape(encodeURIComponent(svg))); })
    .catch(e => { out.textContent = 'ERROR:' + e.message; });
</script></body></html>`);
JS

chromium --virtual-time-budget=15000 --dump-dom "file://$WORK/export.html" >"$WORK/dom.html" || {
  cat "$WORK/chromium.log" >&2; exit 1; }

# 2. Keep the SVG, and read its size.
read -r WIDTH HEIGHT < <(node - "$WORK/dom.html" "$SVG_OUT" <<'JS'
const fs = require('fs');
const [dom, svgOut] = process.argv.slice(2);
const found = /<pre id="out">([^<]*)<\/pre>/.exec(fs.readFileSync(dom, 'utf8'));
const text = found ? found[1] : '';
if (!text.startsWith('SVG:')) {
  console.error('bpmn-js could not render the diagram: ' + (text || 'no answer from the page'));
  process.exit(1);
}
let svg = Buffer.from(text.slice(4), 'base64').toString('utf8');
// bpmn-js names its arrowhead markers at random; number them so a re-render changes nothing.
const markers = new Map();
svg = svg.replace(/(?<=id="|#)marker-[a-z0-9]+/g, id => {
  if (!markers.has(id)) markers.set(id, 'marker-' + (markers.size + 1));
  return markers.get(id);
});
fs.writeFileSync(svgOut, svg.endsWith('\n') ? svg : svg + '\n');
const width = Math.ceil(parseFloat(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)[1]));
const height = Math.ceil(parseFloat(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)[1]));
console.log(width, height);
JS
)

# 3. The PNG: the SVG on a white page, with a small margin.
MARGIN=20
cat >"$WORK/picture.html" <<HTML
<!DOCTYPE html>
<html><head><style>html,body{margin:0;background:#fff}img{display:block;margin:${MARGIN}px}</style></head>
<body><img src="file://$SVG_OUT" width="$WIDTH" height="$HEIGHT"></body></html>
HTML
chromium --force-device-scale-factor="$SCALE" --window-size="$((WIDTH + 2 * MARGIN)),$((HEIGHT + 2 * MARGIN))" \
  --virtual-time-budget=5000 \
  --screenshot="$PNG_OUT" "file://$WORK/picture.html" >/dev/null || { cat "$WORK/chromium.log" >&2; exit 1; }

echo "Wrote ${SVG_OUT#"$REPO"/} and ${PNG_OUT#"$REPO"/} (${WIDTH}x${HEIGHT} model units, scale $SCALE)"
