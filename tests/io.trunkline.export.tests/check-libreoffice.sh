#!/usr/bin/env bash
# Opens a Trunkline workbook in LibreOffice (headless) the way a planner's Excel would, converts it to PDF and
# renders the pages to PNG so a person can look at them. Fails when LibreOffice reports a repair, a corrupt
# package or no PDF. Usage: tests/io.trunkline.export.tests/check-libreoffice.sh [TOPOLOGY] [OUT_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOPOLOGY=${1:-$ROOT/bundles/io.trunkline.model/examples/multi-site-enterprise.topology}
OUT=${2:-$ROOT/tests/io.trunkline.export.tests/target/libreoffice}
NAME=$(basename "$TOPOLOGY" .topology)

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui poppler-utils
fi
rm -rf "$OUT" && mkdir -p "$OUT"
"$ROOT/trunkline" cli export "$TOPOLOGY" --out "$OUT" --format xlsx
soffice --headless --norestore --convert-to pdf --outdir "$OUT" "$OUT/$NAME.xlsx" > "$OUT/soffice.log" 2>&1
cat "$OUT/soffice.log"
if grep -qiE 'repair|corrupt|general error|source file could not be loaded' "$OUT/soffice.log" || [ ! -s "$OUT/$NAME.pdf" ]; then
  echo "check-libreoffice: LibreOffice could not open $NAME.xlsx cleanly" >&2
  exit 1
fi
pdftoppm -png -r 60 "$OUT/$NAME.pdf" "$OUT/page"
echo "check-libreoffice: $NAME.xlsx opened without repair; $(ls "$OUT"/page*.png | wc -l) page(s) in $OUT"
