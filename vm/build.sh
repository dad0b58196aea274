#!/bin/sh
# Rebuilds vm/micropython-gc.wasm from the MicroPython VM that npm installs
# (@micropython/micropython-webassembly-pyscript 1.27.0) with Binaryen's tools
# (Debian: apt-get install binaryen; version 108 was used). Tests never run this:
# they use the committed binary. See vm/README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../node_modules/@micropython/micropython-webassembly-pyscript/micropython.wasm"
expected=$(cat "$here/npm-wasm.sha256")
actual=$(sha256sum "$src" | cut -d' ' -f1)
if [ "$actual" != "$expected" ]; then
  echo "build.sh: $src is not the 1.27.0 binary this patch is for (sha256 $actual)" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wasm-dis "$src" -o "$tmp/vm.wat"
node "$here/patch-wat.mjs" "$tmp/vm.wat" "$tmp/gc.wat"
wasm-as -all "$tmp/gc.wat" -o "$tmp/gc.wasm"
# asyncify: every function that can reach the collector (directly or through
# setjmp's invoke_* trampolines) can unwind its frames to memory and rewind
imports=env.mpts_gc
for sig in i ii iii iiii iiiii iiiiii v vi vii viii viiii; do imports="$imports,env.invoke_$sig"; done
wasm-opt -all "$tmp/gc.wasm" --asyncify --pass-arg=asyncify-imports@"$imports" -O2 -o "$here/micropython-gc.wasm"
ls -l "$here/micropython-gc.wasm"
