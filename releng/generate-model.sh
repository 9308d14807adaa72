#!/usr/bin/env bash
# Regenerates the EMF code of io.trunkline.model and io.trunkline.model.edit from topology.genmodel with EMF's
# own generator (from Maven Central). With --check it fails when the result differs from what is committed,
# which is how CI keeps hand edits out of src-gen/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GEN="$ROOT/releng/io.trunkline.model.generator"
GENERATED=(bundles/io.trunkline.model/src-gen bundles/io.trunkline.model.edit/src-gen
           bundles/io.trunkline.model/plugin.xml bundles/io.trunkline.model/plugin.properties
           bundles/io.trunkline.model.edit/plugin.xml bundles/io.trunkline.model.edit/plugin.properties)

check=
[ "${1:-}" = "--check" ] && check=1

"$ROOT/mvnw" -B -q -f "$GEN/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$GEN/target/classpath.txt"
# The generator merges into existing files; start from nothing so the output depends on the genmodel alone.
rm -rf "$ROOT/bundles/io.trunkline.model/src-gen" "$ROOT/bundles/io.trunkline.model.edit/src-gen"
java -cp "$GEN/target/classes:$(cat "$GEN/target/classpath.txt")" io.trunkline.releng.generator.GenerateModel "$ROOT"

if [ -n "$check" ]; then
  cd "$ROOT"
  changes=$(git status --porcelain -- "${GENERATED[@]}")
  if [ -n "$changes" ]; then
    echo "generate-model.sh: the generated model code differs from what is committed:" >&2
    echo "$changes" >&2
    echo "Run releng/generate-model.sh and commit the result; never edit src-gen/ by hand (use @generated NOT sparingly in src/)." >&2
    exit 1
  fi
  echo "generate-model.sh: generated model code is up to date."
fi
