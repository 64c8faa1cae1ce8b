#!/usr/bin/env bash
# Rewrites sample-dicom/ from the generator in the test tree (PixelMed from the local Maven repository).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
java -cp "target/test-classes:target/classes:$repo/com/pixelmed/pixelmed/20220618/pixelmed-20220618.jar" \
  org.mrpa.samples.SampleDicomGenerator sample-dicom
echo "sample-dicom/ regenerated"
