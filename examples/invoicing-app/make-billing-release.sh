#!/usr/bin/env bash
# Makes billing-service/, a git repository standing in for your clone of the billing producer, with the release
# v7.4.0 made as producers make releases: a code commit, then a commit adding the contract manifest that names the
# code commit, tagged v7.4.0. Fixed names and dates give the commits the SHAs the pom's <baseline> names.
set -euo pipefail
cd "$(dirname "$0")"
if [ -e billing-service ]; then
  echo "billing-service/ exists already: delete it to make it again" >&2
  exit 1
fi
export GIT_AUTHOR_NAME='Billing Release Bot' GIT_AUTHOR_EMAIL='release-bot@billing.example'
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
git_() { git -C billing-service -c core.autocrlf=false -c core.safecrlf=false -c commit.gpgsign=false -c tag.gpgsign=false "$@"; }
at() { export GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1"; }

git init -q billing-service
git_ remote add origin https://git.example.org/billing/billing-service.git
mkdir -p billing-service/src/main/java/com/example/billing billing-service/contracts
cp billing-release/src/main/java/com/example/billing/InvoiceService.java billing-service/src/main/java/com/example/billing/
git_ add src
at '2026-11-02T09:00:00Z'
git_ commit -q --no-verify -m 'Invoices: GET /v7/invoices/{id}'
code_sha="$(git_ rev-parse HEAD)"
sed "s/@@CODE_SHA@@/$code_sha/" billing-release/contracts/producer-contract-manifest.json \
  > billing-service/contracts/producer-contract-manifest.json
git_ add contracts
at '2026-11-02T09:30:00Z'
git_ commit -q --no-verify -m 'Release v7.4.0: contract manifest'
git_ tag -a v7.4.0 -m 'billing v7.4.0'
echo "billing-service/: release v7.4.0 (tag on $(git_ rev-parse --short HEAD)), manifest naming $code_sha"
