#!/usr/bin/env bash
# Runs `jxlint lint` for the GitHub Action from the repository root and
# reports through the channels GitHub reads: annotations (or text) on stdout,
# a SARIF log, a Markdown job summary, and the step outputs. It exits 0 when
# jxlint ran, whatever it found: the action's last step fails by the exit code,
# after the SARIF upload.
#
# Reads: INPUT_PATHS, INPUT_CONFIG, INPUT_BASELINE, INPUT_FAIL_ON, INPUT_LANG,
# INPUT_ANNOTATIONS, INPUT_SUMMARY, INPUT_SARIF_FILE, INPUT_ARGS (as action.yml
# sets them), GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
# and JXLINT (the binary; default jxlint on the PATH).
# Writes the outputs exit-code, sarif-file and summary-file.
set -euo pipefail

jxlint="${JXLINT:-jxlint}"
out="${RUNNER_TEMP:?RUNNER_TEMP is not set}/jxlint"
mkdir -p "$out"
cd "${GITHUB_WORKSPACE:?GITHUB_WORKSPACE is not set}"

args=(lint --lang "${INPUT_LANG:-zh}" --fail-on "${INPUT_FAIL_ON:-error}")
if [ -n "${INPUT_CONFIG:-}" ]; then
	args=(--config "$INPUT_CONFIG" "${args[@]}")
fi
if [ -n "${INPUT_BASELINE:-}" ]; then
	args+=(--baseline "$INPUT_BASELINE")
fi
if [ "${INPUT_ANNOTATIONS:-true}" = true ]; then
	args+=(--format github)
else
	args+=(--format text)
fi
sarif="${INPUT_SARIF_FILE:-$out/jxlint.sarif}"
args+=(--output-format "sarif=$sarif")
summary=""
if [ "${INPUT_SUMMARY:-true}" = true ]; then
	summary="$out/summary.md"
	args+=(--output-format "markdown=$summary")
fi
if [ -n "${INPUT_ARGS:-}" ]; then
	read -r -a extra <<<"$INPUT_ARGS"
	args+=("${extra[@]}")
fi

# Paths: one per line when there are several lines, else separated by blanks.
paths=()
if [ -z "${INPUT_PATHS//[[:space:]]/}" ]; then
	echo "jxlint action: the input paths is empty; name the tables or folders to lint" >&2
	exit 2
fi
if [[ "$INPUT_PATHS" == *$'\n'* ]]; then
	while IFS= read -r p; do
		p="${p#"${p%%[![:space:]]*}"}"
		p="${p%"${p##*[![:space:]]}"}"
		[ -n "$p" ] && paths+=("$p")
	done <<<"$INPUT_PATHS"
else
	read -r -a paths <<<"$INPUT_PATHS"
fi

rm -f "$sarif" ${summary:+"$summary"} # left by an earlier run in this job
set +e
"$jxlint" "${args[@]}" -- "${paths[@]}"
code=$?
set -e

if [ -n "$summary" ] && [ -s "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
	cat "$summary" >>"$GITHUB_STEP_SUMMARY"
fi
if [ ! -s "$sarif" ]; then
	sarif="" # jxlint stopped before writing it (a usage or configuration error)
fi
{
	echo "exit-code=$code"
	echo "sarif-file=$sarif"
	echo "summary-file=$summary"
} >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
