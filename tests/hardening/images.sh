#!/usr/bin/env bash
# Images through `facepia face identify`: decompression bombs and oversized images are refused from their
# header, before anything is decoded (exit 2, the limit named), within a memory limit far below what decoding
# them would take; a FIFO is refused unread; a real photo still goes through.
# Usage: images.sh FACEPIA SOURCE_DIR
facepia=$1
source_dir=$2
# shellcheck source=tests/hardening/common.sh
source "$(dirname "$0")/common.sh"
limit=3000000 # KB: dlib, OpenCV and the model need well under 1 GB; the 30000x30000 bomb decodes to 2.7 GB
data="$source_dir/tests/recognition/data"
gate="$data/members-tagging-1toN.yaml"
photo=/usr/share/doc/libdlib19.1/examples/faces/bald_guys.jpg
[[ -f $photo ]] || photo=/usr/share/doc/libdlib-dev/examples/faces/bald_guys.jpg

"$facepia" face keygen --out "$work/k.key" >/dev/null || fail "keygen"
"$facepia" assess --db "$work/a.db" --key-file "$work/k.key" "$gate" >/dev/null || fail "assess the gate deployment"
identify() { run 60 $limit "$facepia" face identify "$1" --purpose photo_tagging -d "$gate" --db "$work/a.db" \
  --store "$work/s.db" --key-file "$work/k.key" "${@:2}"; }

# A 30000x30000 PNG, one bit a pixel and all zeros: a few hundred KB that decode to 2.7 GB of BGR.
python3 - "$work/bomb.png" <<'PY'
import struct, sys, zlib
side = 30000
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
row = b"\0" * (1 + side // 8)
z = zlib.compressobj(9)
body = b"".join(z.compress(row) for _ in range(side)) + z.flush()
with open(sys.argv[1], "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", body) + chunk(b"IEND", b""))
PY
identify "$work/bomb.png"
expect_status 2 "a 30000x30000 PNG bomb"
expect_stderr "is 30000x30000: at most 12000 pixels a side and 36 megapixels are read" "a PNG bomb"

# A JPEG header that claims 65000x65000 (and no data).
printf '\xff\xd8\xff\xc0\x00\x11\x08\xfd\xe8\xfd\xe8\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xd9' >"$work/huge.jpg"
identify "$work/huge.jpg"
expect_status 2 "a JPEG header claiming 65000x65000"
expect_stderr "is 65000x65000" "a JPEG header claiming 65000x65000"

# 8000x6000 (48 megapixels, every side within the limit): refused on its pixel count.
python3 -c "
import struct, zlib
w, h = 8000, 6000
def chunk(k, d): return struct.pack('>I', len(d)) + k + d + struct.pack('>I', zlib.crc32(k + d) & 0xFFFFFFFF)
z = zlib.compressobj(9); row = b'\0' * (1 + w // 8)
body = b''.join(z.compress(row) for _ in range(h)) + z.flush()
open('$work/wide.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 1, 0, 0, 0, 0)) + chunk(b'IDAT', body) + chunk(b'IEND', b''))
"
identify "$work/wide.png"
expect_status 2 "an 8000x6000 PNG"
expect_stderr "is 8000x6000" "an 8000x6000 PNG"

# A FIFO, and text that is not an image.
mkfifo "$work/fifo.jpg"
identify "$work/fifo.jpg"
expect_status 2 "a FIFO as the image"
expect_stderr "not a regular file" "a FIFO as the image"
echo "not an image" >"$work/text.jpg"
identify "$work/text.jpg"
expect_status 2 "text as the image"
expect_stderr "not a JPEG or PNG file" "text as the image"

# A real photo within the limits still goes through: exit 1 (no enrolled face matches), not 2.
identify "$photo"
expect_status 1 "dlib's bald_guys.jpg"
# ...and with --upsample 3 (64 times its pixels) it is over the detector's budget only if large enough:
python3 -c "
import struct, zlib
w, h = 3000, 2000
def chunk(k, d): return struct.pack('>I', len(d)) + k + d + struct.pack('>I', zlib.crc32(k + d) & 0xFFFFFFFF)
z = zlib.compressobj(9); row = b'\0' + b'\x80' * (w * 3)
body = b''.join(z.compress(row) for _ in range(h)) + z.flush()
open('$work/grey.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', body) + chunk(b'IEND', b''))
"
identify "$work/grey.png" --upsample 2
expect_status 2 "a 3000x2000 image with --upsample 2"
expect_stderr "is too large to scan with --upsample 2: at most 64 megapixels after upsampling" "--upsample 2"

finish
