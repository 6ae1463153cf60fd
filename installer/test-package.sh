#!/usr/bin/env bash
# Proves the .deb on a clean Debian 12, as a city's IT would meet it (issue 21):
#   build the package (cmake --preset package, cpack), make a minimal Debian 12 with
#   debootstrap (cached between runs on this machine), install the .deb there with apt so
#   its Depends are proven, then as a user who never built anything: --version, seed --demo,
#   qr verify on a demo code, ocr --json on the demo certificate photo, the GUI offscreen for
#   ten seconds; an upgrade from the previous package keeps and migrates the local store;
#   purge removes the programs and leaves the user's data. Needs root (chroot), debootstrap
#   and a Debian mirror (the same apt sources the set-up installs from).
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${MADOGUCHI_PACKAGE_CACHE:-/var/cache/madoguchi-test}"
mirror="${MADOGUCHI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }

step "building the package"
cmake --preset package >/dev/null
cmake --build --preset package --parallel "$(nproc)"
rm -f build/package/madoguchi_*.deb
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/madoguchi_*.deb)
echo "$deb: $(du -h "$deb" | cut -f1)"
dpkg-deb --info "$deb" | sed -n '/Version/,/Description/p'
if dpkg-deb --contents "$deb" | grep -q "$PWD"; then fail "the package holds a path of the build tree"; fi
if strings build/package/app/cli/madoguchi-cli build/package/ui/madoguchi | grep -q "$PWD"; then
  fail "a binary has a path of the source or build tree compiled in"
fi

step "lintian, the desktop entry and the AppStream metainfo"
lintian --tag-display-limit 0 "$deb" || true
desktop-file-validate installer/madoguchi.desktop || fail "the desktop entry does not validate"
appstreamcli validate --no-net build/package/installer/io.madoguchi.Madoguchi.metainfo.xml || fail "the metainfo does not validate"

step "a clean Debian 12"
mkdir -p "$cache"
base="$cache/bookworm-minbase.tar"
if [ ! -f "$base" ]; then
  rm -rf "$cache/base"
  debootstrap --variant=minbase bookworm "$cache/base" "$mirror" >/dev/null
  tar -C "$cache/base" -cf "$base" .
  rm -rf "$cache/base"
fi
root=$(mktemp -d /tmp/madoguchi-root.XXXXXX)
cleanup() {
  for m in proc dev/pts dev; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }
as_clerk() { chroot "$root" su - clerk -c "export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1 LANG=C.UTF-8; $1"; }
# Services a dependency brings (pcscd, recommended for the card reader) are not started inside
# the test root: they would outlive it and hold its mounts.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
in_root apt-get update -qq
in_root useradd -m clerk

step "the previous package, and data written with it"
# The last package this machine proved, else this one relabelled as an older version (then
# the upgrade keeps the store but has no migration to run).
previous="$cache/previous.deb"
if [ ! -f "$previous" ]; then
  tmp=$(mktemp -d)
  dpkg-deb -R "$deb" "$tmp/pkg"
  sed -i 's/^Version: .*/Version: 0.0.1/' "$tmp/pkg/DEBIAN/control"
  dpkg-deb -b "$tmp/pkg" "$tmp/previous.deb" >/dev/null
  previous="$tmp/previous.deb"
  echo "no earlier package proved on this machine: upgrading from this one relabelled 0.0.1"
fi
cp "$previous" "$root/tmp/previous.deb"
in_root apt-get install -y -qq -o Dpkg::Progress-Fancy=0 /tmp/previous.deb >/dev/null
as_clerk "madoguchi-cli --version && madoguchi-cli seed --demo"

step "upgrade"
cp "$deb" "$root/tmp/madoguchi.deb"
in_root apt-get install -y -qq -o Dpkg::Progress-Fancy=0 /tmp/madoguchi.deb >/dev/null
in_root dpkg -s madoguchi | grep '^Version'
version=$(as_clerk "madoguchi-cli --version")
echo "$version"
echo "$version" | grep -q "$(dpkg-deb -f "$deb" Version)" || fail "--version does not say the package's version"
# The store written by the previous package opens (and migrates) under the new one.
kept=$(as_clerk "madoguchi-cli seed --demo")
echo "$kept"
echo "$kept" | grep -q "already has staff" || fail "the local store was not kept"

step "as a clerk who never built anything"
data=/home/clerk/.local/share/Madoguchi/madoguchi
code="$data/demo-frames/0-00.png" # the phone held still in front of the camera
as_clerk "madoguchi-cli qr verify '$code'" | head -c 300; echo
as_clerk "madoguchi-cli qr verify '$code'" | grep -q '"members"' || fail "qr verify did not give the pre-entry"
photo="$data/demo-document/certificate.jpg"
as_clerk "madoguchi-cli ocr --json '$photo'" > "$root/tmp/ocr.json" || fail "ocr failed"
head -c 400 "$root/tmp/ocr.json"; echo
grep -q '"fields"' "$root/tmp/ocr.json" || fail "ocr --json gave no fields"
set +e
as_clerk "timeout 10 madoguchi"
status=$?
set -e
[ "$status" -eq 124 ] || fail "the GUI ended with $status within ten seconds (124: still running when stopped)"
echo "the GUI ran for ten seconds offscreen"

step "purge"
in_root apt-get purge -y -qq madoguchi >/dev/null
for f in /usr/bin/madoguchi /usr/bin/madoguchi-cli /usr/share/madoguchi /usr/share/applications/madoguchi.desktop; do
  [ ! -e "$root$f" ] || fail "$f is still there after purge"
done
[ -f "$root$data/madoguchi.sqlite" ] || fail "purge removed the user's data"
cp "$deb" "$cache/previous.deb"
step "the package is proven"
