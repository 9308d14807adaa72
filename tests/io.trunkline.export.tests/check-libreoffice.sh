#!/usr/bin/env bash
# Runs LibreOfficePrintTest alone: exports workbooks (the multi-site example on A4 and Letter, a one-site
# topology, 300 generated sites), prints them to PDF with LibreOffice headless, counts the pages of each sheet,
# checks that every page shows all of its sheet's column titles and its "Page N of M" footer, and renders the
# pages to PNG for a person to look at. Installs LibreOffice and poppler first when they are missing (needs root
# or sudo). Usage: tests/io.trunkline.export.tests/check-libreoffice.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-calc-nogui poppler-utils
fi
cd "$ROOT"
TRUNKLINE_REQUIRE_LIBREOFFICE=1 ./mvnw -B -q verify -Dtest=LibreOfficePrintTest -Dsurefire.failIfNoSpecifiedTests=false \
  -pl bundles/io.trunkline.model,bundles/io.trunkline.planning,bundles/io.trunkline.validation,bundles/io.trunkline.resiliency,bundles/io.trunkline.export,tests/io.trunkline.export.tests
echo "check-libreoffice: pages, PDFs and PNGs in $ROOT/tests/io.trunkline.export.tests/target/libreoffice"
