// socket/usocket and the Python builtins: every member used once, the emitted
// Python exact, and realistic mistakes rejected by the type checker.
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";

const everyMember = `
import * as socket from "socket";
import { getaddrinfo, AF_INET } from "usocket";

const info = socket.getaddrinfo("example.org", 80, socket.AF_INET, socket.SOCK_STREAM, 0, 0)[0];
const [family, kind, proto, canon, addr] = info;
print(family, kind, proto, canon, addr[0], addr[1], getaddrinfo("h", 1)[0][4], AF_INET);
const s = socket.socket(socket.AF_INET, socket.SOCK_STREAM);
const u = new socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP);
const raw = socket.socket(socket.AF_INET, socket.SOCK_RAW);
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1);
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1);
s.bind(["0.0.0.0", 80]);
s.listen(5);
const [conn, peer] = s.accept();
s.connect(addr);
s.settimeout(2.5);
s.settimeout(null);
s.setblocking(false);
const n: number = s.send(b\`x\`);
s.sendall(bytes("y", "utf-8"));
u.sendto(b\`z\`, peer);
const data: bytes = conn.recv(512);
const [dgram, from] = u.recvfrom(100);
const f = conn.makefile("rwb", 0);
const line: bytes = f.readline();
const all: bytes = f.read();
const some: bytes = f.read(10);
const buf = bytearray(16);
const got: number | null = f.readinto(buf, 8);
const wrote: number | null = f.write(b\`ok\`);
print(n, data, dgram, from, line, all, some, got, wrote, raw);
print(socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, "127.0.0.1")));
conn.close();
// asyncio's open_connection and MicroPython's network examples: a socket made from a getaddrinfo entry
const ai = socket.getaddrinfo("example.org", 80, 0, socket.SOCK_STREAM)[0];
const c = socket.socket(ai[0], ai[1], ai[2]);
c.connect(ai[4]);
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1);
u.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, "st1");
u.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, socket.inet_pton(socket.AF_INET, "224.0.0.251"));
const peek: bytes = c.recv(10, socket.MSG_PEEK);
const [late] = u.recvfrom(10, socket.MSG_DONTWAIT);
print(peek, late, c.recv(4, 0));
`;

const builtins = `
const raw: bytes = b\`GET / HTTP/1.0\\r\\n\`;
const text: string = raw.decode();
const first: number = raw[0];
const parts: bytes[] = raw.split(b\` \`);
print(len(raw), len(text), len([1, 2]), raw.find(b\`/\`), raw.startswith(b\`GET\`), raw.endswith(b\`\\n\`), parts, first);
print(raw.strip(), raw.replace(b\`GET\`, b\`PUT\`), raw.index(b\`/\`), raw.count(b\`T\`), raw.rfind(b\`T\`), raw.hex(), raw.upper(), raw.lower());
print(raw.lstrip(), raw.rstrip(), raw.rsplit(b\` \`, 1), b\`,\`.join([raw, raw]), bytes.fromhex("4869"));
for (const i of range(3)) print(i);
for (const i of range(1, 10, 2)) print(i);
const ba = bytearray(b\`abc\`);
ba.append(100);
ba.extend(b\`ef\`);
ba[0] = 65;
print(ba.decode(), ba.find(b\`c\`), ba.startswith(b\`A\`), ba.endswith(b\`f\`), ba.hex(), memoryview(ba)[0]);
print(str(5), int("12"), int("ff", 16), float("1.5"), ord("A"), chr(66), input("name? "));
try {
  print("x");
} catch (e) {
  if (e instanceof OSError) print(e.errno, e.args[0]);
}
`;

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "a string where an address tuple is needed": {
    source: `import * as socket from "socket";\nsocket.socket().connect("example.org:80");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'SockAddr'/,
  },
  "recv without a size": {
    source: `import * as socket from "socket";\nsocket.socket().recv();`,
    error: /TS2554: Expected 1-2 arguments, but got 0/,
  },
  "a port given as a string": {
    source: `import * as socket from "socket";\nsocket.socket().bind(["0.0.0.0", "80"]);`,
    error: /TS2322: Type 'string' is not assignable to type 'number'/,
  },
  "send of a string, not bytes": {
    source: `import * as socket from "socket";\nsocket.socket().send("hello");`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'BytesLike'/,
  },
  "a socket type constant as the family": {
    source: `import * as socket from "socket";\nsocket.socket(socket.SOCK_STREAM, socket.AF_INET);`,
    error: /TS2345: Argument of type 'SocketKind' is not assignable to parameter of type 'AddressFamily \| undefined'/,
  },
  "a plain number as the family": {
    source: `import * as socket from "socket";\nsocket.socket(2);`,
    error: /TS2345: Argument of type 'number' is not assignable to parameter of type 'AddressFamily'/,
  },
  "received bytes used as a string": {
    source: `import * as socket from "socket";\nconst s: string = socket.socket().recv(10);`,
    error: /TS2322: Type 'bytes' is not assignable to type 'string'/,
  },
  "setsockopt with the option and level swapped": {
    source: `import * as socket from "socket";\nsocket.socket().setsockopt(socket.SO_REUSEADDR, socket.SOL_SOCKET, 1);`,
    error: /TS2345: Argument of type 'OptionName' is not assignable to parameter of type 'OptionLevel'/,
  },
  "the whole getaddrinfo entry as an address": {
    source: `import * as socket from "socket";\nsocket.socket().connect(socket.getaddrinfo("h", 80)[0]);`,
    error: /TS2345: Argument of type 'AddrInfo' is not assignable to parameter of type 'SockAddr'/,
  },
  "a negative index on a getaddrinfo entry": {
    source: `import * as socket from "socket";\nsocket.socket().connect(socket.getaddrinfo("h", 80)[0][-1]);`,
    error: /TS2514: A tuple type cannot be indexed with a negative value/,
  },
  "getaddrinfo's family as a plain number": {
    source: `import * as socket from "socket";\nsocket.getaddrinfo("h", 80, 2);`,
    error: /TS2345: Argument of type '2' is not assignable to parameter of type '0 \| AddressFamily/,
  },
  "SO_BROADCAST given as the level": {
    source: `import * as socket from "socket";\nsocket.socket().setsockopt(socket.SO_BROADCAST, 1, 1);`,
    error: /TS2345: Argument of type 'OptionName' is not assignable to parameter of type 'OptionLevel'/,
  },
  "a socket option given as recv's flags": {
    source: `import * as socket from "socket";\nsocket.socket().recv(10, socket.SO_BROADCAST);`,
    error: /TS2345: Argument of type 'OptionName' is not assignable to parameter of type '0 \| RecvFlags/,
  },
  "makefile with a text mode": {
    source: `import * as socket from "socket";\nsocket.socket().makefile("r");`,
    error: /TS2345: Argument of type '"r"' is not assignable/,
  },
  "a bytes literal with a substitution": { source: `const host = "x";\nconst r = b\`Host: \${host}\`;`, error: /TS2345|TS2554/ },
  "len of a number": { source: `print(len(5));`, error: /TS2345: Argument of type 'number' is not assignable/ },
};

describe("socket and Python builtins typings", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets({ everyMember, builtins, ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])) });
  });

  test("a program using every socket member type-checks and compiles to plain Python", () => {
    const r = checked.get("everyMember")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    expect(r.python).toContain("import socket\nfrom usocket import getaddrinfo, AF_INET\n");
    expect(r.python).toContain('s.bind(("0.0.0.0", 80))');
    expect(r.python).toContain("u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP)");
    expect(r.python).toContain('f = conn.makefile("rwb", 0)');
    expect(r.python).toContain('s.sendall(bytes("y", "utf-8"))');
    expect(r.python).toContain(
      'ai = socket.getaddrinfo("example.org", 80, 0, socket.SOCK_STREAM)[0]\nc = socket.socket(ai[0], ai[1], ai[2])\nc.connect(ai[4])\n',
    );
    expect(r.python).toContain("u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)\n");
    expect(r.python).toContain("peek = c.recv(10, socket.MSG_PEEK)\n");
    expect(r.python).toContain("u.recvfrom(10, socket.MSG_DONTWAIT)");
  });

  test("the Python builtins and bytes type-check and compile to themselves", () => {
    const r = checked.get("builtins")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    expect(r.python).toContain('raw = b"GET / HTTP/1.0\\r\\n"');
    expect(r.python).toContain("for i in range(1, 10, 2):");
    expect(r.python).toContain('print(str(5), int("12"), int("ff", 16), float("1.5"), ord("A"), chr(66), input("name? "))');
    expect(r.python).toContain("isinstance(e, OSError)");
  });

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      const r = checked.get(name)!;
      expect(r.errors.join("\n")).toMatch(error);
    });
  }
});
