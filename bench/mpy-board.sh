#!/bin/bash
# .py against .mpy (mpts flash --mpy) on a board-sized heap: for every sample, the
# bytes uploaded and the heap its modules take once loaded, measured on the board
# rig (MicroPython 1.29's unix port behind a pty, a 110K heap as on an ESP32
# without PSRAM). Needs the rig's mpboard, mpremote and micropython on PATH, e.g.
#   PATH="$PWD/../shared/rig/bin:$PATH" bench/mpy-board.sh
# "Loading" = importing every module but main.py, then compiling main.py's source
# (what the board does at boot, without running the program: the samples are
# servers that never return). kept: heap in use afterwards (after gc.collect());
# allocated: heap allocated while loading with the collector off (garbage included).
set -euo pipefail
for tool in mpboard mpremote micropython; do
  command -v $tool >/dev/null || { echo "$tool is not on PATH: see ../shared/rig/README.md" >&2; exit 2; }
done
cd "$(dirname "$0")/.."
board=${MPTS_BENCH_BOARD:-/tmp/mpts-mpy-board}
mkdir -p "$board/fs"
mpboard start --port "$board/tty" --fs "$board/fs" --heapsize 110K >/dev/null
trap 'mpboard stop --port "$board/tty" >/dev/null' EXIT
export MPTS_MPREMOTE=mpremote

measure() { # the heap script for these modules, run on the board after mpremote's soft reset
  mpremote connect "$board/tty" exec "import gc
gc.collect()
_f0 = gc.mem_free()
gc.disable()
for _m in [$1]:
    __import__(_m)
_c = compile(open('main.py').read(), 'main.py', 'exec')
_f1 = gc.mem_free()
gc.enable()
gc.collect()
print('measure', _f0 - gc.mem_free(), _f0 - _f1)" | sed -n 's/^measure //p'
}

printf "%-22s %11s %11s %11s %11s %11s %11s\n" sample "sent .py" "sent .mpy" "kept .py" "kept .mpy" "alloc .py" "alloc .mpy"
for s in samples/*/; do
  row=()
  for flag in --no-mpy --mpy; do
    rm -rf "$board/fs" && mkdir -p "$board/fs"
    node bin/mpts.js flash "$s" --port "$board/tty" --no-reset $flag >/dev/null
    row+=("$(cd "$board/fs" && find . -type f ! -name .mpts-files -printf "%s\n" | awk '{n += $1} END {print n}')")
    mods=$(cd "$board/fs" && find . -type f \( -name '*.py' -o -name '*.mpy' \) ! -name main.py | sed -e 's|^\./||' -e 's|\.m\?py$||' -e 's|/|.|g' -e 's|.*|"&",|' | sort -r | tr -d '\n')
    row+=($(measure "$mods"))
  done
  printf "%-22s %11s %11s %11s %11s %11s %11s\n" "$(basename "$s")" "${row[0]}" "${row[3]}" "${row[1]}" "${row[4]}" "${row[2]}" "${row[5]}"
done

# every runtime helper in one module (54 kB of source, far more than any sample uses),
# imported by micropython itself with the same heap
rt=$(mktemp -d)
mkdir -p "$rt/py" "$rt/mpy"
(echo "import asyncio, collections, json, math, re, time"; cat compiler/runtime/mpts_rt.py) >"$rt/py/mpts_rt.py"
node --import tsx --input-type=module -e "
import * as fs from 'node:fs';
import { mpyCompiler } from './compiler/board/mpy.ts';
fs.writeFileSync('$rt/mpy/mpts_rt.mpy', await mpyCompiler(undefined, {}).compile(fs.readFileSync('$rt/py/mpts_rt.py', 'utf8'), 'mpts_rt.py'));"
for v in py mpy; do
  printf "%-22s %s: %s bytes, " "every runtime helper" ".$v" "$(stat -c %s "$rt/$v/mpts_rt.$v")"
  (cd "$rt/$v" && micropython -X heapsize=110K -c "import gc
import asyncio, collections, json, math, re, time
gc.collect()
f0 = gc.mem_free()
try:
    import mpts_rt
    gc.collect()
    print('kept', f0 - gc.mem_free())
except MemoryError as e:
    print('MemoryError:', e)")
done
rm -rf "$rt"
