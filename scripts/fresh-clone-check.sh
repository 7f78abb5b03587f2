#!/usr/bin/env bash
# Fresh-clone check: what a new user gets. Clones HEAD into an empty temp folder (nothing beside
# it, no node_modules, no dist), runs `npm install` and `npm test` exactly as typed,
# prints how long each took, and exits non-zero when either fails.
#
#   bash scripts/fresh-clone-check.sh                 with the machine's npm cache
#   bash scripts/fresh-clone-check.sh --cold-cache    with an empty npm cache (a new machine:
#                                                     every package downloaded)
#   bash scripts/fresh-clone-check.sh --keep          leave the clone for a look (path printed)
#
# It checks HEAD: uncommitted changes are not part of it (it says so when there are some).
set -uo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cold=false
keep=false
for arg in "$@"; do
	case "$arg" in
		--cold-cache) cold=true ;;
		--keep) keep=true ;;
		*)
			echo "unknown option: $arg" >&2
			exit 2
			;;
	esac
done

head="$(git -C "$repo" rev-parse HEAD)"
base="$(mktemp -d "${TMPDIR:-/tmp}/wolkvox-fresh-clone.XXXXXX")"
clone="$base/n8n-nodes-wolkvox"
cleanup() {
	if $keep; then echo "clone left in $clone"; else rm -rf "$base"; fi
}
trap cleanup EXIT

if [ -n "$(git -C "$repo" status --porcelain)" ]; then
	echo "note: $repo has uncommitted changes; this checks HEAD ($head) without them"
fi

npm_env=()
if $cold; then npm_env=(env "npm_config_cache=$base/npm-cache"); fi

elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# --no-local: copy the objects as a remote clone would, instead of hard-linking them
git clone --quiet --no-local --no-checkout "$repo" "$clone" || exit 1
git -C "$clone" checkout --quiet --detach "$head" || exit 1
if [ "$(ls -A "$base")" != "n8n-nodes-wolkvox" ] || [ -e "$clone/node_modules" ]; then
	echo "not a fresh clone: something lies beside it in $base, or node_modules exists" >&2
	exit 1
fi
cd "$clone" || exit 1
echo "== fresh clone of $(git log -1 --format='%h %s' | cut -c1-80) in $clone"
echo "   node $(node --version), npm $(npm --version), npm cache: $($cold && echo empty || echo "the machine's")"

echo "== npm install"
start=$SECONDS
${npm_env[@]+"${npm_env[@]}"} npm install
install_status=$?
install_time=$((SECONDS - start))

test_status=1
test_time=0
if [ $install_status -eq 0 ]; then
	echo "== npm test"
	start=$SECONDS
	npm test
	test_status=$?
	test_time=$((SECONDS - start))
fi

echo
echo "fresh clone of ${head:0:7}:"
echo "  npm install  $(elapsed $install_time)  $([ $install_status -eq 0 ] && echo ok || echo "FAILED ($install_status)")"
if [ $install_status -eq 0 ]; then
	echo "  npm test     $(elapsed $test_time)  $([ $test_status -eq 0 ] && echo ok || echo "FAILED ($test_status)")"
else
	echo "  npm test     not run"
fi
[ $install_status -eq 0 ] && [ $test_status -eq 0 ]
