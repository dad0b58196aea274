// time, ssl, select, errno, gc, micropython, binascii, struct, os, sys (and their
// u-aliases): every member used once with the emitted Python exact, realistic
// mistakes rejected by the type checker, and the declared names checked against
// the real MicroPython VM (which has all of these modules except ssl).
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { runInVm } from "../../compiler/board/vm.js";
import { runtimeFiles } from "../../compiler/runtime/helpers.js";
import { typingsDir } from "../../compiler/paths.js";

const programs: Record<string, string> = {
  time: `
import * as time from "time";
import { sleep_ms, ticks_ms, ticks_diff, type DateTimeTuple } from "utime";

const start = ticks_ms();
time.sleep(0.5);
sleep_ms(100);
time.sleep_us(50);
const deadline = time.ticks_add(start, 200);
const late: boolean = ticks_diff(deadline, ticks_ms()) < 0;
const us: number = time.ticks_us();
const cycles: number = time.ticks_cpu();
const now: number = time.time();
const ns: number = time.time_ns();
const local: DateTimeTuple = time.localtime();
const [year, month, mday, hour, minute, second, weekday, yearday] = time.gmtime(0);
const secs: number = time.mktime([2024, 2, 29, 12, 30, 15, 3, 60]);
print(late, us, cycles, now, ns, local[0], year, month, mday, hour, minute, second, weekday, yearday, time.localtime(secs), time.gmtime(null));
`,
  gc: `
import * as gc from "gc";

gc.collect();
gc.disable();
if (!gc.isenabled()) gc.enable();
const free: number = gc.mem_free();
const used: number = gc.mem_alloc();
gc.threshold(4096);
const threshold: number = gc.threshold();
gc.threshold(-1);
print(free, used, threshold);
`,
  errno: `
import * as errno from "errno";
import { ETIMEDOUT, errorcode } from "uerrno";

function explain(e: unknown): string {
  if (!(e instanceof OSError)) return "not an OSError";
  if (e.errno === ETIMEDOUT || e.errno === errno.EAGAIN || e.errno === errno.EINPROGRESS || e.errno === errno.EALREADY) return "try again";
  switch (e.errno) {
    case errno.ECONNRESET:
    case errno.ECONNABORTED:
    case errno.ECONNREFUSED:
    case errno.ENOTCONN:
    case errno.EHOSTUNREACH:
      return "connection lost";
  }
  return errorcode.get(e.errno) ?? "unknown";
}
const files = [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.EACCES, errno.EPERM, errno.EIO, errno.EBADF];
const other = [errno.ENOMEM, errno.ENOBUFS, errno.EINVAL, errno.EOPNOTSUPP, errno.EADDRINUSE, errno.ENODEV];
print(files.length + other.length, explain(new OSError(errno.ENOENT)));
`,
  micropython: `
import * as micropython from "micropython";
import { const as mpconst, RingIO } from "micropython";

const LED_PIN = micropython.const(2);
const NAME = micropython.const("board");
const DEBUG = micropython.const(false);
const MAGIC = micropython.const(b\`\\x00\\xff\`);
const PINS = micropython.const([4, 5] as const);
const SCALE: number = mpconst(0.5);
micropython.alloc_emergency_exception_buf(100);
micropython.opt_level(1);
const level: number = micropython.opt_level();
micropython.mem_info();
micropython.mem_info(true);
micropython.qstr_info(1);
const stack: number = micropython.stack_use();
micropython.heap_lock();
const depth: number = micropython.heap_unlock();
micropython.kbd_intr(-1);
const report = (n: number) => print("count", n);
micropython.schedule(report, LED_PIN);
const ring = RingIO(32);
const shared = new micropython.RingIO(bytearray(16));
ring.write(b\`line\\n\`);
print(ring.any(), ring.read(2), ring.readline(), ring.readline(8), ring.read(), ring.readinto(bytearray(4)), shared.readinto(bytearray(4), 2));
ring.close();
print(LED_PIN + 1, NAME, DEBUG, MAGIC, PINS, SCALE, level, stack, depth);
`,
  binascii: `
import * as binascii from "binascii";
import { hexlify, crc32 } from "ubinascii";

const mac = bytes([0x24, 0x0a, 0xc4, 0x00, 0x01, 0x10]);
const hex: string = hexlify(mac).decode();
const pretty: string = binascii.hexlify(mac, ":").decode();
const raw: bytes = binascii.unhexlify("240ac4000110");
const b64: bytes = binascii.b2a_base64(raw);
const bare: bytes = binascii.b2a_base64(raw, { newline: false });
const back: bytes = binascii.a2b_base64(bare);
const check: number = crc32(back, binascii.crc32(raw));
print(hex, pretty, b64, back, check);
`,
  struct: `
import * as struct from "struct";
import { calcsize, unpack_from } from "ustruct";

const HEADER = "<HhI";
const size: number = calcsize(HEADER);
const packet: bytes = struct.pack(HEADER, 1, -2, 3);
const [seq, temp, stamp] = struct.unpack(HEADER, packet);
const celsius: number = temp / 10;
const [name, flags] = struct.unpack(">4sB", b\`ESP3\\x01\`);
const label: string = name.decode();
const buf = bytearray(16);
struct.pack_into("<f2B", buf, 0, 21.5, 7, 8);
const [reading] = unpack_from("<f", buf, 0);
const fmt: string = "<H";
const loose = struct.unpack(fmt, packet);
print(size, seq, celsius, stamp, label, flags, reading, loose[0]);
`,
  select: `
import * as select from "select";
import { poll, POLLIN } from "uselect";
import * as socket from "socket";

const server = socket.socket();
const poller = poll<socket.socket>();
poller.register(server, POLLIN);
poller.register(socket.socket(), select.POLLIN | select.POLLOUT);
poller.modify(server, select.POLLIN | select.POLLERR);
for (const [sock, event] of poller.poll(1000)) {
  if (event & (select.POLLHUP | select.POLLERR)) poller.unregister(sock);
  else if (event & POLLIN) print(sock.recv(64));
}
for (const [sock, event] of poller.ipoll(0, 1)) print(sock, event);
const anything = select.poll();
anything.register(server);
print(anything.poll());
const [readable, writable, failed] = select.select([server], [], [server], 0.5);
print(readable.length, writable.length, failed.length);
`,
  ssl: `
import * as ssl from "ssl";
import * as socket from "socket";

const sock = socket.socket();
sock.connect(socket.getaddrinfo("example.org", 443)[0][4]);
const quick = ssl.wrap_socket(sock, { server_hostname: "example.org" });
const checked = ssl.wrap_socket(sock, {
  server_side: false, key: "key.der", cert: b\`cert\`, cert_reqs: ssl.CERT_REQUIRED, cadata: b\`ca\`, server_hostname: "example.org", do_handshake: true,
});
const client = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
client.verify_mode = ssl.CERT_OPTIONAL;
client.load_verify_locations("ca.pem");
client.load_verify_locations(null, b\`ca\`);
const server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER);
server.verify_mode = ssl.CERT_NONE;
server.load_cert_chain("cert.pem", "key.pem");
const conn = client.wrap_socket(sock, { server_hostname: "example.org", do_handshake_on_connect: false });
const incoming = server.wrap_socket(sock, { server_side: true });
conn.setblocking(false);
conn.write(b\`GET / HTTP/1.0\\r\\n\\r\\n\`);
const line: bytes = conn.readline();
const body: bytes = conn.read(100);
const n: number | null = conn.readinto(bytearray(64), 32);
const cipher = conn.cipher();
print(line, body, n, cipher, ssl.MBEDTLS_VERSION, checked.read(), incoming.read(1), quick);
conn.close();
`,
  os: `
import * as os from "os";
import { listdir, stat, VfsFat } from "uos";

declare const sdcard: object;
const info = os.uname();
print(info.sysname, info.nodename, info.release, info.version, info.machine);
const key: bytes = os.urandom(16);
os.mkdir("/data");
os.chdir("/data");
print(os.getcwd(), listdir(), os.listdir("/"), key);
for (const [name, type, inode, size] of os.ilistdir("/")) print(name, type === 0x4000 ? "dir" : "file", inode, size);
const [mode, ino, dev, nlink, uid, gid, fsize, atime, mtime, ctime] = stat("/data");
const isDir = (mode & 0x4000) !== 0;
const [f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax] = os.statvfs("/");
print(isDir, ino, dev, nlink, uid, gid, fsize, atime, mtime, ctime, f_bsize * f_bfree, f_frsize, f_blocks, f_bavail, f_files, f_ffree, f_favail, f_flag, f_namemax);
os.rename("/data/a.txt", "/data/b.txt");
os.remove("/data/b.txt");
os.chdir("/");
os.rmdir("/data");
os.sync();
const previous = os.dupterm(null, 1);
os.dupterm(previous);
os.mount(VfsFat(sdcard), "/sd");
os.mount(new os.VfsLfs2(sdcard, 32, 32, 32, true), "/flash", { readonly: true });
VfsFat.mkfs(sdcard);
os.VfsLfs2.mkfs(sdcard, 32, 32, 32);
os.umount("/sd");
`,
  sys: `
import * as sys from "sys";
import { stdout, print_exception } from "usys";

print(sys.argv.length, sys.byteorder, sys.maxsize, sys.platform, sys.version, sys.version_info[0]);
const impl = sys.implementation;
print(impl.name, impl.version[0], impl.version[3], impl._machine, impl._mpy, impl._build);
if (!sys.path.includes("/lib")) sys.path.push("/lib");
if (sys.modules.has("config")) sys.modules.delete("config");
stdout.write("no newline");
sys.stdout.buffer.write(b\`\\x00\\x01\`);
sys.stderr.write("warning\\n");
const line: string = sys.stdin.readline();
const ch: string = sys.stdin.read(1);
const raw: bytes = sys.stdin.buffer.read(4);
const rawLine: bytes = sys.stdin.buffer.readline();
const got = sys.stdin.buffer.readinto(bytearray(8), 4);
print(line, ch, raw, rawLine, got);
try {
  sys.stdout.buffer.write(b\`ok\`);
} catch (e) {
  print_exception(e);
  sys.print_exception(e, sys.stderr);
}
if (sys.platform !== "esp32") sys.exit(1);
sys.exit();
`,
};

/** The exact lines each program must compile to (the import forms, keywords, tuples, constructor calls). */
const expectedLines: Record<string, string[]> = {
  time: [
    "import time\nfrom utime import sleep_ms, ticks_ms, ticks_diff\n",
    "time.sleep(0.5)",
    "deadline = time.ticks_add(start, 200)",
    "late = ticks_diff(deadline, ticks_ms()) < 0",
    "year, month, mday, hour, minute, second, weekday, yearday = time.gmtime(0)",
    "secs = time.mktime((2024, 2, 29, 12, 30, 15, 3, 60))",
  ],
  gc: ["import gc\n", "gc.threshold(4096)", "threshold = gc.threshold()", "    gc.enable()"],
  errno: [
    "import errno\nfrom uerrno import ETIMEDOUT, errorcode\n",
    "    if e.errno == ETIMEDOUT or e.errno == errno.EAGAIN or e.errno == errno.EINPROGRESS or e.errno == errno.EALREADY:",
    "    return errorcode.get(e.errno, \"unknown\")",
    "print(len(files) + len(other), explain(OSError(errno.ENOENT)))",
  ],
  micropython: [
    "import micropython\nfrom micropython import const as mpconst, RingIO\n",
    "LED_PIN = micropython.const(2)",
    "PINS = micropython.const((4, 5))",
    "SCALE = mpconst(0.5)",
    "micropython.schedule(report, LED_PIN)",
    "ring = RingIO(32)",
    "shared = micropython.RingIO(bytearray(16))",
  ],
  binascii: [
    "import binascii\nfrom ubinascii import hexlify, crc32\n",
    'pretty = binascii.hexlify(mac, ":").decode()',
    "bare = binascii.b2a_base64(raw, newline=False)",
    "check = crc32(back, binascii.crc32(raw))",
  ],
  struct: [
    "import struct\nfrom ustruct import calcsize, unpack_from\n",
    "packet = struct.pack(HEADER, 1, -2, 3)",
    "seq, temp, stamp = struct.unpack(HEADER, packet)",
    'name, flags = struct.unpack(">4sB", b"ESP3\\x01")',
    'struct.pack_into("<f2B", buf, 0, 21.5, 7, 8)',
    'reading, = unpack_from("<f", buf, 0)',
  ],
  select: [
    "import select\nfrom uselect import poll, POLLIN\nimport socket\n",
    "poller = poll()",
    "poller.register(socket.socket(), select.POLLIN | select.POLLOUT)",
    "    if event & (select.POLLHUP | select.POLLERR):",
    "    elif event & POLLIN:",
    "readable, writable, failed = select.select([server], [], [server], 0.5)",
  ],
  ssl: [
    "import ssl\nimport socket\n",
    'quick = ssl.wrap_socket(sock, server_hostname="example.org")',
    'checked = ssl.wrap_socket(sock, server_side=False, key="key.der", cert=b"cert", cert_reqs=ssl.CERT_REQUIRED, cadata=b"ca", server_hostname="example.org", do_handshake=True)',
    "client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)",
    "server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)",
    "client.verify_mode = ssl.CERT_OPTIONAL",
    'client.load_verify_locations(None, b"ca")',
    'conn = client.wrap_socket(sock, server_hostname="example.org", do_handshake_on_connect=False)',
    "incoming = server.wrap_socket(sock, server_side=True)",
  ],
  os: [
    "import os\nfrom uos import listdir, stat, VfsFat\n",
    "print(info.sysname, info.nodename, info.release, info.version, info.machine)",
    'mode, ino, dev, nlink, uid, gid, fsize, atime, mtime, ctime = stat("/data")',
    "previous = os.dupterm(None, 1)",
    'os.mount(VfsFat(sdcard), "/sd")',
    'os.mount(os.VfsLfs2(sdcard, 32, 32, 32, True), "/flash", readonly=True)',
    "VfsFat.mkfs(sdcard)",
  ],
  sys: [
    "import sys\nfrom usys import stdout, print_exception\n",
    "print(impl.name, impl.version[0], impl.version[3], impl._machine, impl._mpy, impl._build)",
    'sys.path.append("/lib")',
    'if "config" in sys.modules:',
    'sys.modules.pop("config", None)',
    'sys.stdout.buffer.write(b"\\x00\\x01")',
    "sys.print_exception(e, sys.stderr)",
    "sys.exit()",
  ],
};

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "sleep_ms given a string": {
    source: `import * as time from "time";\ntime.sleep_ms("100");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/,
  },
  "ticks_diff with one argument": {
    source: `import * as time from "time";\ntime.ticks_diff(time.ticks_ms());`,
    error: /TS2554: Expected 2 arguments, but got 1/,
  },
  "mktime given a short tuple": {
    source: `import * as time from "time";\ntime.mktime([2024, 1, 1]);`,
    error: /TS2345: Argument of type '\[number, number, number\]' is not assignable to parameter of type 'DateTimeTuple'/,
  },
  "ssl.wrap_socket given a host name instead of a socket": {
    source: `import * as ssl from "ssl";\nssl.wrap_socket("example.org");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'socket'/,
  },
  "a misspelled keyword of wrap_socket": {
    source: `import * as ssl from "ssl";\nimport * as socket from "socket";\nssl.wrap_socket(socket.socket(), { server_hostnme: "example.org" });`,
    error:
      /TS2561: Object literal may only specify known properties, but 'server_hostnme' does not exist in type .*Did you mean to write 'server_hostname'\?/,
  },
  "the keyfile keyword of MicroPython before 1.23 (now key)": {
    source: `import * as ssl from "ssl";\nimport * as socket from "socket";\nssl.wrap_socket(socket.socket(), { keyfile: "key.pem", cert: "cert.pem" });`,
    error: /TS2353: Object literal may only specify known properties, and 'keyfile' does not exist in type/,
  },
  "importing ussl, which MicroPython 1.23 removed": {
    source: `import * as ssl from "ussl";\nprint(ssl);`,
    error: /TS2307: Cannot find module 'ussl'/,
  },
  "a TLS protocol constant as cert_reqs": {
    source: `import * as ssl from "ssl";\nimport * as socket from "socket";\nssl.wrap_socket(socket.socket(), { cert_reqs: ssl.PROTOCOL_TLS_CLIENT });`,
    error: /TS2322: Type 'TlsProtocol' is not assignable to type 'CertRequirement \| undefined'/,
  },
  "a certificate constant as the SSLContext protocol": {
    source: `import * as ssl from "ssl";\nssl.SSLContext(ssl.CERT_NONE);`,
    error: /TS2345: Argument of type 'CertRequirement' is not assignable to parameter of type 'TlsProtocol'/,
  },
  "send on a TLS stream (it has write)": {
    source: `import * as ssl from "ssl";\nimport * as socket from "socket";\nssl.wrap_socket(socket.socket()).send(b\`x\`);`,
    error: /TS2339: Property 'send' does not exist on type 'SSLSocket'/,
  },
  "struct.pack without a format": {
    source: `import * as struct from "struct";\nstruct.pack();`,
    error: /TS2555: Expected at least 1 arguments, but got 0/,
  },
  "struct.pack with fewer values than the format": {
    source: `import * as struct from "struct";\nstruct.pack("<HH", 1);`,
    error: /TS2554: Expected 3 arguments, but got 2/,
  },
  "struct.pack with a string for a number field": {
    source: `import * as struct from "struct";\nstruct.pack("<BB", 1, "2");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/,
  },
  "an unpacked bytes field used as a number": {
    source: `import * as struct from "struct";\nconst [name] = struct.unpack("<4s", b\`abcd\`);\nconst n: number = name;`,
    error: /TS2322: Type 'bytes' is not assignable to type 'number'/,
  },
  "gc.collect with a generation": { source: `import * as gc from "gc";\ngc.collect(1);`, error: /TS2554: Expected 0 arguments, but got 1/ },
  "poll.register with a string mask": {
    source: `import * as select from "select";\nimport * as socket from "socket";\nselect.poll().register(socket.socket(), "POLLIN");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/,
  },
  "registering a different kind of stream than the poll holds": {
    source: `import * as select from "select";\nimport * as socket from "socket";\nimport * as micropython from "micropython";\nconst p = select.poll<socket.socket>();\np.register(micropython.RingIO(8), select.POLLIN);`,
    error: /TS2345: Argument of type 'RingIO' is not assignable to parameter of type 'socket'/,
  },
  "os.listdir given a number": {
    source: `import * as os from "os";\nos.listdir(5);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'string'/,
  },
  "mounting a path instead of a filesystem": {
    source: `import * as os from "os";\nos.mount("/dev/sd", "/sd");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'object'/,
  },
  "hexlify of a string": {
    source: `import * as binascii from "binascii";\nbinascii.hexlify("abc");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'BytesLike'/,
  },
  "b2a_base64 newline passed positionally": {
    source: `import * as binascii from "binascii";\nbinascii.b2a_base64(b\`x\`, false);`,
    error: /TS2559: Type 'false' has no properties in common with type/,
  },
  "sys.stdout.write of bytes (use sys.stdout.buffer)": {
    source: `import * as sys from "sys";\nsys.stdout.write(b\`x\`);`,
    error: /TS2345: Argument of type 'bytes' is not assignable to parameter of type 'string'/,
  },
  "errorcode looked up by name instead of number": {
    source: `import * as errno from "errno";\nprint(errno.errorcode.get("ETIMEDOUT"));`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/,
  },
  "micropython.const keeps the type of its value": {
    source: `import * as micropython from "micropython";\nconst X = micropython.const(5);\nconst s: string = X;`,
    error: /TS2322: Type 'number' is not assignable to type 'string'/,
  },
};

// ---- the declared names, read from the .d.ts files --------------------------------

const files: Record<string, string> = {
  time: "time.d.ts",
  gc: "gc.d.ts",
  errno: "errno.d.ts",
  micropython: "micropython.d.ts",
  binascii: "binascii.d.ts",
  struct: "struct.d.ts",
  select: "select.d.ts",
  ssl: "ssl.d.ts",
  os: "os.d.ts",
  sys: "sys.d.ts",
};
/** The u-prefixed aliases MicroPython 1.27 still has (ssl is a Python module now, so it has none). */
const aliases: Record<string, string> = {
  utime: "time",
  uerrno: "errno",
  ubinascii: "binascii",
  ustruct: "struct",
  uselect: "select",
  uos: "os",
  usys: "sys",
};

interface Declared {
  /** module-level values: functions, constants, classes */
  values: string[];
  /** members of each interface declared in the module */
  interfaces: Map<string, string[]>;
  /** every identifier-named declaration, keywords of Kw<{...}> included */
  all: Set<string>;
}

function declaredIn(file: string): Map<string, Declared> {
  const text = fs.readFileSync(path.join(typingsDir, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out = new Map<string, Declared>();
  for (const stmt of source.statements) {
    if (!ts.isModuleDeclaration(stmt) || !stmt.body || !ts.isModuleBlock(stmt.body)) continue;
    const d: Declared = { values: [], interfaces: new Map(), all: new Set() };
    const values = new Set<string>();
    for (const s of stmt.body.statements) {
      // `const_` is only exported as `const` (a reserved word in TypeScript)
      if (ts.isFunctionDeclaration(s) && s.name && s.name.text !== "const_") values.add(s.name.text);
      if (ts.isVariableStatement(s)) for (const v of s.declarationList.declarations) values.add((v.name as ts.Identifier).text);
      if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause))
        for (const e of s.exportClause.elements) values.add(e.name.text);
      if (ts.isInterfaceDeclaration(s)) {
        d.interfaces.set(
          s.name.text,
          s.members.flatMap((m) => (m.name && ts.isIdentifier(m.name) && m.name.text !== "__pythonType" ? [m.name.text] : [])),
        );
      }
    }
    const visit = (node: ts.Node) => {
      const name = (node as { name?: ts.Node }).name;
      const member =
        ts.isPropertySignature(node) ||
        ts.isMethodSignature(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isExportSpecifier(node);
      if (member && name && ts.isIdentifier(name)) d.all.add(name.text);
      ts.forEachChild(node, visit);
    };
    visit(stmt.body);
    d.values = [...values];
    for (const internal of ["__pythonType", "__brand", "const_"]) d.all.delete(internal);
    out.set((stmt.name as ts.StringLiteral).text, d);
  }
  return out;
}

const declared = new Map<string, Declared>();
for (const file of Object.values(files)) for (const [m, d] of declaredIn(file)) declared.set(m, d);

/**
 * Declared names the WASM VM does not have although the ESP32 port does. The
 * webassembly port (a browser/Node build) leaves out uname, urandom (no hardware
 * random source), sync and dupterm (no flash, no REPL terminal to duplicate), mounts
 * only its host filesystem (VfsPosix, no FAT or littlefs), and has no interrupt
 * handlers that would need the emergency exception buffer.
 */
const absentFromVm: Record<string, string[]> = {
  os: ["uname", "urandom", "sync", "dupterm", "VfsFat", "VfsLfs2"],
  micropython: ["alloc_emergency_exception_buf"],
};

/** Python expressions that give an instance of an interface in the VM (the rest have none there). */
const instances: Record<string, string> = {
  "select.poll": "select.poll()",
  "micropython.RingIO": "micropython.RingIO(8)",
  "sys.TextStream": "sys.stdout",
  "sys.BinaryStream": "sys.stdout.buffer",
  "sys.Implementation": "sys.implementation",
};
/** Interfaces that describe constructors and ESP32-only objects, not checked in the VM. */
const notInVm = new Set([
  "micropython.RingIOConstructor",
  "os.UnameResult",
  "os.VfsFat",
  "os.VfsFatConstructor",
  "os.VfsLfs2",
  "os.VfsLfs2Constructor",
]);

describe("time, ssl, select, errno, gc, micropython, binascii, struct, os and sys typings", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets({ ...programs, ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])) });
  });

  for (const module of Object.keys(programs)) {
    test(`a program using every ${module} member type-checks and compiles to plain Python`, () => {
      const r = checked.get(module)!;
      expect(r.errors).toEqual([]);
      expect(r.mptsErrors).toEqual([]);
      const py = r.python!;
      expect(py.trimStart().startsWith(expectedLines[module][0]), py).toBe(true);
      for (const line of expectedLines[module].slice(1)) expect(py).toContain(line + "\n");
      expect(py).not.toContain("mpts_rt"); // board APIs need no runtime helpers
    });

    test(`the ${module} program uses every name that ${files[module]} declares`, () => {
      const names = declared.get(module)!.all;
      expect(names.size).toBeGreaterThan(3);
      const unused = [...names].filter((n) => !new RegExp(`\\b${n}\\b`).test(programs[module]));
      expect(unused).toEqual([]);
    });
  }

  test("the u-aliases re-export their module", () => {
    for (const [alias, module] of Object.entries(aliases)) {
      const text = fs.readFileSync(path.join(typingsDir, files[module]), "utf8");
      expect(text).toContain(`declare module "${alias}" {\n  export * from "${module}";\n}`);
    }
    expect(fs.readFileSync(path.join(typingsDir, "ssl.d.ts"), "utf8")).not.toContain('declare module "ussl"');
  });

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      const r = checked.get(name)!;
      expect(r.errors.join("\n")).toMatch(error);
    });
  }

  test("the struct types follow the format, and sys.exit ends a function", () => {
    const r = checkSnippets({
      formats: `
import * as struct from "struct";
const a: readonly [number, number, number] = struct.unpack("<3H", bytes(6));
const b: readonly [bytes, number] = struct.unpack(">10sxB", bytes(12));
const c: readonly [] = struct.unpack("<", bytes(0));
const d: readonly (number | bytes)[] = struct.unpack(String("<H"), bytes(2));
const e: readonly number[] = struct.unpack("<200B", bytes(200));
const f: bytes = struct.pack("!iIqQ2e", -1, 1, 2, 3, 0.5, 1.5);
const g: bytes = struct.pack("<4sP", "text", 0);
print(a, b, c, d, e, f, g);
import * as sys from "sys";
function fail(message: string): number {
  print(message);
  sys.exit(2);
}
print(fail("stop"));
`,
    }).get("formats")!;
    expect(r.errors).toEqual([]);
  });
});

describe("the stdlib typings against the MicroPython VM", () => {
  test("every declared module-level name exists in the VM (except the ESP32-only ones listed)", async () => {
    const lines: string[] = [];
    const check = (module: string, target: string, name: string) => lines.push(`print("${module}.${name}", hasattr(${target}, "${name}"))`);
    for (const [module, d] of declared) {
      if (module === "ssl" || module in aliases) continue;
      lines.push(`import ${module}`);
      for (const name of d.values) check(module, module, name);
      for (const [iface, members] of d.interfaces) {
        const key = `${module}.${iface}`;
        if (notInVm.has(key)) continue;
        expect(instances[key], `an instance expression for ${key}`).toBeDefined();
        for (const m of members) check(key, instances[key], m);
      }
    }
    for (const [alias, module] of Object.entries(aliases)) {
      lines.push(`import ${alias}`);
      for (const name of declared.get(module)!.values) check(alias, alias, name);
    }
    lines.push(`try:\n    import ssl\n    print("ssl present")\nexcept ImportError:\n    print("ssl absent")`);
    const run = await runInVm([{ path: "names.py", text: lines.join("\n") + "\n" }], "names");
    expect(run.error).toBeUndefined();
    const results = run.stdout.trim().split("\n");
    const missing = results.filter((l) => l.endsWith(" False")).map((l) => l.slice(0, -" False".length));
    const expectedMissing = Object.entries(absentFromVm).flatMap(([m, names]) =>
      names.flatMap((n) => [
        `${m}.${n}`,
        ...Object.entries(aliases)
          .filter(([, of]) => of === m)
          .map(([a]) => `${a}.${n}`),
      ]),
    );
    expect(missing.sort()).toEqual(expectedMissing.sort());
    // the ESP32-only list names only things that are declared
    for (const [m, names] of Object.entries(absentFromVm)) for (const n of names) expect(declared.get(m)!.values).toContain(n);
    expect(results.filter((l) => l.endsWith(" True")).length).toBeGreaterThan(150);
    expect(results).toContain("ssl absent");
  });

  test("errorcode names every errno constant, and the tuples have their declared sizes", async () => {
    const codes = declared.get("errno")!.values.filter((n) => /^E[A-Z]+$/.test(n));
    expect(codes.length).toBe(22);
    const py = [
      "import errno, time, os, sys",
      `for n in ${JSON.stringify(codes)}:\n    print(n, errno.errorcode[getattr(errno, n)] == n)`,
      'print("localtime", len(time.localtime()), len(time.gmtime(0)))',
      'print("stat", len(os.stat("/")), len(os.statvfs("/")))',
      'print("ilistdir", min(len(e) for e in os.ilistdir("/")))',
      'print("version", len(sys.version_info), len(sys.implementation.version))',
    ].join("\n");
    const run = await runInVm([{ path: "sizes.py", text: py + "\n" }], "sizes");
    expect(run.error).toBeUndefined();
    const out = run.stdout.trim().split("\n");
    expect(out.slice(0, codes.length)).toEqual(codes.map((n) => `${n} True`));
    expect(out.slice(codes.length)).toEqual(["localtime 8 8", "stat 10 10", "ilistdir 3", "version 3 4"]);
  });

  test("a compiled program using the harmless members runs in the VM", async () => {
    const vmProgram = `
import * as time from "time";
import { ticks_ms, ticks_diff, ticks_add, sleep_ms } from "utime";
import * as gc from "gc";
import * as micropython from "micropython";
import * as binascii from "binascii";
import { crc32 } from "ubinascii";
import * as struct from "struct";
import { calcsize } from "ustruct";
import * as os from "os";
import * as sys from "sys";
import * as errno from "errno";
import { EEXIST } from "uerrno";
import * as select from "select";

const start = ticks_ms();
sleep_ms(20);
time.sleep(0.01);
time.sleep_us(100);
const elapsed = ticks_diff(ticks_ms(), start);
print("elapsed", elapsed >= 30 && elapsed < 5000);
print("ticks_add", ticks_diff(ticks_add(start, 250), start), ticks_diff(ticks_add(start, -250), start));
const us0 = time.ticks_us();
print("ticks_us", time.ticks_diff(time.ticks_us(), us0) >= 0, time.ticks_cpu() >= 0);
const epoch = time.gmtime(0)[0];
print("epoch", epoch === 1970 || epoch === 2000, time.time() > 0, time.time_ns() > 0);
print("mktime", time.localtime(time.mktime([2024, 2, 29, 12, 30, 15, 0, 0])));

gc.collect();
print("gc", gc.mem_free() > 0, gc.mem_alloc() > 0, gc.isenabled());
gc.disable();
print("disabled", gc.isenabled());
gc.enable();
gc.threshold(4096);
print("threshold", gc.threshold());
gc.threshold(-1);
print("no threshold", gc.threshold());

const ANSWER = micropython.const(6);
print("const", ANSWER * 7, micropython.opt_level(), micropython.stack_use() > 0);
micropython.opt_level(0);
micropython.heap_lock();
print("heap", micropython.heap_unlock());
micropython.kbd_intr(3);
micropython.mem_info();
micropython.qstr_info();
micropython.schedule((n: number) => print("scheduled", n), 5);
sleep_ms(1);
sleep_ms(1);
const ring = micropython.RingIO(16);
const poller = select.poll<typeof ring>();
poller.register(ring, select.POLLIN);
print("poll empty", poller.poll(0).length);
ring.write(b\`ab\\ncd\`);
for (const [obj, event] of poller.poll(0)) print("poll", obj === ring, (event & select.POLLIN) !== 0, (event & select.POLLOUT) !== 0);
poller.modify(ring, select.POLLOUT);
for (const [obj, event] of poller.ipoll(0)) print("ipoll", obj === ring, event === select.POLLOUT);
const [readable, writable, failed] = select.select([ring], [], [], 0);
print("select", readable.length, writable.length, failed.length, select.POLLERR !== select.POLLHUP);
poller.unregister(ring);
print("ring", ring.any(), ring.readline(), ring.read(1), ring.readinto(bytearray(4)), ring.read());
ring.close();

print("hex", binascii.hexlify(bytes([1, 255])), binascii.hexlify(b\`ab\`, ":"), binascii.unhexlify("01ff"));
print("base64", binascii.b2a_base64(b\`hi\`), binascii.b2a_base64(b\`hi\`, { newline: false }), binascii.a2b_base64(b\`aGk=\`));
print("crc", crc32(b\`123456789\`), binascii.crc32(b\`6789\`, crc32(b\`12345\`)));

print("pack", struct.pack("<HH", 1, 2), struct.pack(">i", -2), calcsize("<HI"));
const [t, n] = struct.unpack("<hB", b\`\\xfe\\xff\\x07\`);
const [word] = struct.unpack_from("<H", b\`\\x00\\x01\\x02\`, 1);
const [tag, flag] = struct.unpack(">2sB", b\`hi!\`);
const buf = bytearray(4);
struct.pack_into("<H", buf, 1, 0x0102);
print("unpack", t, n, word, tag, flag, buf);

print("cwd", os.getcwd());
os.mkdir("/mpts_t");
os.chdir("/mpts_t");
print("in", os.getcwd(), os.listdir().length);
os.chdir("/");
os.rename("/mpts_t", "/mpts_u");
print("dir", (os.stat("/mpts_u")[0] & 0x4000) !== 0, os.listdir("/").includes("mpts_u"), os.listdir("/").includes("mpts_t"));
for (const [name, type] of os.ilistdir("/")) if (name === "data.txt") print("entry", name, type === 0x8000);
print("size", os.stat("/data.txt")[6], os.statvfs("/")[0] > 0);
os.remove("/data.txt");
os.rmdir("/mpts_u");
try {
  os.stat("/data.txt");
} catch (e) {
  // (the VM's host filesystem reports ENOENT as 44, WASI's number, not errno.ENOENT: no check of the number here)
  print("gone", e instanceof OSError);
}
try {
  os.mkdir("/");
} catch (e) {
  if (e instanceof OSError) print("exists", e.errno === EEXIST, errno.errorcode.get(e.errno));
}

print("sys", sys.implementation.name, sys.byteorder, sys.maxsize > 0, sys.version_info[0], sys.implementation.version.length);
print("path", sys.path.includes(".frozen"), sys.modules.has("os"), sys.argv.length, sys.platform.length > 0, sys.version.length > 0);
sys.stdout.write("written\\n");
sys.stdout.buffer.write(b\`raw\\n\`);
try {
  throw new Error("boom");
} catch (e) {
  sys.print_exception(e, sys.stdout);
}
sys.exit(7);
print("not reached");
`;
    const r = checkSnippets({ vm: vmProgram }).get("vm")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    const helpers = [...r.python!.matchAll(/^from mpts_rt import (.+)$/gm)].flatMap((m) => m[1].split(", "));
    const vmFiles = [
      { path: "main.py", text: r.python! },
      { path: "data.txt", text: "hello" },
    ];
    if (helpers.length) vmFiles.push(...runtimeFiles(helpers));
    const run = await runInVm(vmFiles, "main");
    expect(run.error).toMatch(/SystemExit: 7/);
    const out = run.stdout;
    for (const line of [
      "elapsed True",
      "ticks_add 250 -250",
      "ticks_us True True",
      "epoch True True True",
      "mktime (2024, 2, 29, 12, 30, 15, 3, 60)",
      "gc True True True",
      "disabled False",
      "threshold 4096",
      "no threshold -1",
      "const 42 0 True",
      "heap 0",
      "scheduled 5",
      "poll empty 0",
      "poll True True False",
      "ipoll True True",
      "select 1 0 0 True",
      "ring 5 b'ab\\n' b'c' 1 b''",
      "hex b'01ff' b'61:62' b'\\x01\\xff'",
      "base64 b'aGk=\\n' b'aGk=' b'hi'",
      "crc 3421780262 3421780262",
      "pack b'\\x01\\x00\\x02\\x00' b'\\xff\\xff\\xff\\xfe' 6",
      "unpack -2 7 513 b'hi' 33 bytearray(b'\\x00\\x02\\x01\\x00')",
      "cwd /",
      "in /mpts_t 0",
      "dir True True False",
      "entry data.txt True",
      "size 5 True",
      "gone True",
      "exists True EEXIST",
      "sys micropython little True 3 4",
      "path True True 0 True True",
      "written",
      "raw",
    ])
      expect(out.split("\n"), out).toContain(line);
    expect(out).toMatch(/^stack: \d+/m); // mem_info
    expect(out).toMatch(/^qstr pool: /m); // qstr_info
    expect(out).toMatch(/Traceback \(most recent call last\):\n(.*\n)*.*boom/);
    expect(out).not.toContain("not reached");
  });
});
