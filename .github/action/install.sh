#!/usr/bin/env bash
# Builds jxlint from the action's own checkout, so that the binary is exactly
# the version the workflow names in `uses: jxlint/jxlint@REF`, and puts it on
# the PATH of the steps that follow.
#
# Reads: GITHUB_ACTION_PATH (the action's checkout; default: this repository),
# RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT, JXLINT_VERSION (the action's ref).
# Writes: $RUNNER_TEMP/jxlint-bin/jxlint; the output `path`.
set -euo pipefail

src="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
bin="${RUNNER_TEMP:?RUNNER_TEMP is not set}/jxlint-bin"
mkdir -p "$bin"

# A release tag (v1.2.3) becomes the version jxlint reports; a branch or a
# commit leaves the version built in.
ldflags=""
if [[ "${JXLINT_VERSION:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then
	ldflags="-X main.version=${JXLINT_VERSION#v}"
fi
(cd "$src" && go build -trimpath -ldflags "$ldflags" -o "$bin/jxlint" ./cmd/jxlint)

echo "$bin" >>"${GITHUB_PATH:?GITHUB_PATH is not set}"
echo "path=$bin/jxlint" >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
"$bin/jxlint" --version
