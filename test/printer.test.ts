// Exact output of the Python printer: the parentheses it adds for every
// precedence level, string and bytes escaping, and number literals.
import { describe, expect, test } from "vitest";
import * as b from "../compiler/python/build.js";
import type * as py from "../compiler/python/ast.js";
import { printExpr, printModule, pyString, pyNumber } from "../compiler/python/printer.js";

const [x, y, z] = [b.name("x"), b.name("y"), b.name("z")];
const un = (op: py.UnaryOp["op"], operand: py.Expr): py.UnaryOp => ({ kind: "UnaryOp", op, operand });
const bytes = (value: string): py.Constant => ({ kind: "Constant", value, bytes: true });
const named = (target: string, value: py.Expr): py.NamedExpr => ({ kind: "NamedExpr", target, value });
const awaitE = (value: py.Expr): py.Await => ({ kind: "Await", value });
const gen = (elt: py.Expr, target: py.Expr, iter: py.Expr, cond?: py.Expr): py.ListComp => ({
  kind: "ListComp",
  elt,
  target,
  iter,
  cond,
  generator: true,
});
const p = printExpr;

describe("printer: arithmetic precedence", () => {
  test("a lower-precedence operand gets parentheses", () => {
    expect(p(b.bin(b.bin(x, "+", y), "*", z))).toBe("(x + y) * z");
    expect(p(b.bin(x, "*", b.bin(y, "+", z)))).toBe("x * (y + z)");
    expect(p(b.bin(b.bin(x, "*", y), "+", z))).toBe("x * y + z");
    expect(p(b.bin(x, "+", b.bin(y, "*", z)))).toBe("x + y * z");
  });
  test("left associativity: the right operand of the same level is parenthesised", () => {
    expect(p(b.bin(x, "-", b.bin(y, "-", z)))).toBe("x - (y - z)");
    expect(p(b.bin(b.bin(x, "-", y), "-", z))).toBe("x - y - z");
    expect(p(b.bin(x, "/", b.bin(y, "*", z)))).toBe("x / (y * z)");
    expect(p(b.bin(b.bin(x, "%", y), "*", z))).toBe("x % y * z");
    expect(p(b.bin(x, "//", b.bin(y, "%", z)))).toBe("x // (y % z)");
  });
  test("power is right associative and binds tighter than unary minus on its left", () => {
    expect(p(b.bin(x, "**", b.bin(y, "**", z)))).toBe("x ** y ** z");
    expect(p(b.bin(b.bin(x, "**", y), "**", z))).toBe("(x ** y) ** z");
    expect(p(un("-", b.bin(x, "**", y)))).toBe("-x ** y");
    expect(p(b.bin(un("-", x), "**", y))).toBe("(-x) ** y");
    expect(p(b.bin(x, "**", un("-", y)))).toBe("x ** -y");
    expect(p(b.bin(b.num(-2), "**", b.num(2)))).toBe("(-2) ** 2");
    expect(p(b.bin(b.num(2), "**", b.num(-1)))).toBe("2 ** -1");
    expect(p(b.bin(b.bin(x, "*", y), "**", z))).toBe("(x * y) ** z");
  });
  test("bitwise levels: shift > & > ^ > |", () => {
    expect(p(b.bin(b.bin(x, "|", y), "&", z))).toBe("(x | y) & z");
    expect(p(b.bin(x, "|", b.bin(y, "&", z)))).toBe("x | y & z");
    expect(p(b.bin(b.bin(x, "^", y), "&", z))).toBe("(x ^ y) & z");
    expect(p(b.bin(b.bin(x, "|", y), "^", z))).toBe("(x | y) ^ z");
    expect(p(b.bin(b.bin(x, "&", y), ">>", z))).toBe("(x & y) >> z");
    expect(p(b.bin(b.bin(x, ">>", y), "&", z))).toBe("x >> y & z");
    expect(p(b.bin(b.bin(x, "+", y), "<<", z))).toBe("x + y << z");
    expect(p(b.bin(x, "<<", b.bin(y, "<<", z)))).toBe("x << (y << z)");
  });
  test("unary operators", () => {
    expect(p(un("-", b.bin(x, "+", y)))).toBe("-(x + y)");
    expect(p(un("-", un("-", x)))).toBe("- -x");
    expect(p(un("-", b.num(-1)))).toBe("- -1");
    expect(p(un("~", b.num(-1)))).toBe("~ -1");
    expect(p(un("~", un("~", x)))).toBe("~ ~x");
    expect(p(b.bin(un("-", x), "*", y))).toBe("-x * y");
    expect(p(b.bin(x, "*", un("-", y)))).toBe("x * -y");
    expect(p(b.bin(x, "-", b.num(-1)))).toBe("x - -1");
    expect(p(un("-", b.call("f", [x])))).toBe("-f(x)");
    expect(p(un("-", b.attr(x, "y")))).toBe("-x.y");
  });
});

describe("printer: boolean and comparison precedence", () => {
  test("not, and, or", () => {
    expect(p(b.not(b.and(x, y)))).toBe("not (x and y)");
    expect(p(b.not(b.or(x, y)))).toBe("not (x or y)");
    expect(p(b.and(b.not(x), b.not(y)))).toBe("not x and not y");
    expect(p(b.not(b.not(x)))).toBe("not not x");
    expect(p(b.or(b.and(x, y), z))).toBe("x and y or z");
    expect(p(b.and(b.or(x, y), z))).toBe("(x or y) and z");
    expect(p(b.and(x, b.or(y, z)))).toBe("x and (y or z)");
    expect(p(b.or(b.or(x, y), z))).toBe("x or y or z");
    expect(p(b.or(x, b.or(y, z)))).toBe("x or (y or z)");
  });
  test("not binds looser than a comparison and tighter than and", () => {
    expect(p(b.not(b.cmp(x, "==", y)))).toBe("not x == y");
    expect(p(b.cmp(b.not(x), "==", y))).toBe("(not x) == y");
    expect(p(b.cmp(x, "==", b.not(y)))).toBe("x == (not y)");
    expect(p(un("-", b.not(x)))).toBe("-(not x)");
    expect(p(b.bin(b.not(x), "+", y))).toBe("(not x) + y");
  });
  test("a comparison operand that is a comparison is parenthesised (no chaining)", () => {
    expect(p(b.cmp(b.cmp(x, "<", y), "<", z))).toBe("(x < y) < z");
    expect(p(b.cmp(x, "<", b.cmp(y, "<", z)))).toBe("x < (y < z)");
    expect(p(b.cmp(b.cmp(x, "<", y), "==", b.cmp(y, "<", z)))).toBe("(x < y) == (y < z)");
    expect(p(b.cmp(b.cmp(x, "is", b.none()), "!=", y))).toBe("(x is None) != y");
    expect(p(b.cmp(x, "not in", b.cmp(y, "in", z)))).toBe("x not in (y in z)");
    expect(p(b.cmp(b.bin(x, "|", y), "is not", b.bin(y, "+", z)))).toBe("x | y is not y + z");
    expect(p(b.and(b.cmp(x, "<", y), b.cmp(y, ">=", z)))).toBe("x < y and y >= z");
  });
});

describe("printer: conditional expressions, lambdas, named expressions", () => {
  test("nested conditional expressions", () => {
    expect(p(b.ifExp(x, y, b.ifExp(y, z, x)))).toBe("y if x else z if y else x");
    expect(p(b.ifExp(x, b.ifExp(y, z, x), y))).toBe("(z if y else x) if x else y");
    expect(p(b.ifExp(b.ifExp(x, y, z), x, y))).toBe("x if (y if x else z) else y");
    expect(p(b.bin(b.ifExp(x, y, z), "+", b.num(1)))).toBe("(y if x else z) + 1");
    expect(p(b.ifExp(b.or(x, y), b.and(y, z), b.not(z)))).toBe("y and z if x or y else not z");
    expect(p(b.call("f", [b.ifExp(x, y, z)]))).toBe("f(y if x else z)");
  });
  test("lambdas", () => {
    const lam = b.lambda([{ name: "a" }], b.bin(b.name("a"), "+", b.num(1)));
    expect(p(lam)).toBe("lambda a: a + 1");
    expect(p(b.lambda([], b.ifExp(x, y, z)))).toBe("lambda: y if x else z");
    expect(p(b.lambda([], b.lambda([{ name: "q" }], b.name("q"))))).toBe("lambda: lambda q: q");
    expect(p(b.ifExp(x, b.lambda([], y), z))).toBe("(lambda: y) if x else z");
    expect(p(b.ifExp(x, y, b.lambda([], z)))).toBe("y if x else (lambda: z)");
    expect(p(b.call(b.lambda([], x), []))).toBe("(lambda: x)()");
    expect(p(b.call("f", [b.lambda([{ name: "a" }, { name: "b", default: b.num(2) }], x)]))).toBe("f(lambda a, b=2: x)");
    expect(p(b.or(b.lambda([], x), y))).toBe("(lambda: x) or y");
  });
  test("named expressions are always parenthesised", () => {
    expect(p(named("n", b.bin(x, "+", b.num(1))))).toBe("(n := x + 1)");
    expect(p(b.bin(named("n", b.bin(x, "+", b.num(1))), "-", b.num(1)))).toBe("(n := x + 1) - 1");
    expect(p(b.cmp(named("c", b.call("next_")), "!=", b.num(0)))).toBe("(c := next_()) != 0");
    expect(p(named("n", b.ifExp(x, y, z)))).toBe("(n := y if x else z)");
    expect(p(b.sub(x, named("i", b.bin(b.name("i"), "+", b.num(1)))))).toBe("x[(i := i + 1)]");
    const stmt = printModule({ body: [b.exprStmt(named("n", b.num(1)))] }).code;
    expect(stmt).toBe("(n := 1)\n");
  });
});

describe("printer: primaries", () => {
  test("attribute and call on constants and expressions", () => {
    expect(p(b.attr(b.num(1), "real"))).toBe("(1).real");
    expect(p(b.attr(b.num(-1), "real"))).toBe("(-1).real");
    expect(p(b.attr(b.num(1.5), "real"))).toBe("(1.5).real");
    expect(p(b.method(b.str(","), "join", [x]))).toBe('",".join(x)');
    expect(p(b.attr(b.bin(x, "+", y), "z"))).toBe("(x + y).z");
    expect(p(b.sub(b.bin(x, "+", y), b.num(0)))).toBe("(x + y)[0]");
    expect(p(b.call(b.attr(b.call("f"), "g"), [b.sub(x, b.slice(b.num(1)))]))).toBe("f().g(x[1:])");
    expect(p(b.sub(x, b.slice(undefined, b.bin(y, "-", b.num(1)))))).toBe("x[:y - 1]");
    expect(p(b.sub(x, b.tuple([y, z])))).toBe("x[y, z]");
    expect(p(b.attr(b.ifExp(x, y, z), "a"))).toBe("(y if x else z).a");
  });
  test("await", () => {
    expect(p(awaitE(b.call("f")))).toBe("await f()");
    expect(p(awaitE(b.bin(x, "+", y)))).toBe("await (x + y)");
    expect(p(b.bin(awaitE(x), "+", y))).toBe("await x + y");
    expect(p(b.bin(awaitE(x), "**", b.num(2)))).toBe("await x ** 2");
    expect(p(b.attr(awaitE(x), "y"))).toBe("(await x).y");
    expect(p(b.call(awaitE(x), []))).toBe("(await x)()");
    expect(p(un("-", awaitE(x)))).toBe("-await x");
    expect(p(b.not(awaitE(x)))).toBe("not await x");
    expect(p(awaitE(awaitE(x)))).toBe("await (await x)");
  });
  test("generator and comprehension arguments", () => {
    const g = gen(b.bin(b.name("v"), "*", b.num(2)), b.name("v"), x);
    expect(p(b.call("any", [g]))).toBe("any(v * 2 for v in x)");
    expect(p(b.call("f", [g, y]))).toBe("f((v * 2 for v in x), y)");
    expect(p(g)).toBe("(v * 2 for v in x)");
    const lc: py.ListComp = { kind: "ListComp", elt: b.name("v"), target: b.name("v"), iter: b.ifExp(x, y, z), cond: b.or(b.name("v"), z) };
    expect(p(lc)).toBe("[v for v in (y if x else z) if v or z]");
    const lc2: py.ListComp = {
      kind: "ListComp",
      elt: b.ifExp(b.name("v"), x, y),
      target: b.tuple([b.name("k"), b.name("v")]),
      iter: x,
      cond: b.ifExp(x, y, z),
    };
    expect(p(lc2)).toBe("[x if v else y for k, v in x if (y if x else z)]");
  });
  test("containers, starred, keywords", () => {
    expect(p(b.tuple([x]))).toBe("(x,)");
    expect(p(b.tuple([]))).toBe("()");
    expect(p(b.list([b.starred(b.bin(x, "+", y)), z]))).toBe("[*(x + y), z]");
    expect(
      p(
        b.call(
          "f",
          [b.starred(x)],
          [
            { name: "k", value: b.ifExp(x, y, z) },
            { name: null, value: y },
          ],
        ),
      ),
    ).toBe("f(*x, k=y if x else z, **y)");
    expect(
      p({
        kind: "Dict",
        entries: [
          { key: b.str("a"), value: b.lambda([], x) },
          { key: null, value: y },
        ],
      }),
    ).toBe('{"a": lambda: x, **y}');
    expect(p({ kind: "Set", elts: [] })).toBe("set()");
    expect(p(b.list([b.tuple([x, y]), named("n", z)]))).toBe("[(x, y), (n := z)]");
  });
  test("yield needs parentheses except as a whole statement or assignment value", () => {
    const y1: py.YieldExpr = { kind: "Yield", value: x };
    expect(p(b.call("f", [y1]))).toBe("f((yield x))");
    expect(p(b.bin(y1, "+", b.num(1)))).toBe("(yield x) + 1");
    expect(printModule({ body: [b.assign(y, y1), b.exprStmt({ kind: "Yield", value: x, from: true })] }).code).toBe(
      "y = yield x\nyield from x\n",
    );
  });
});

describe("printer: statements", () => {
  test("augmented assignment, if/elif/else, while, def", () => {
    const mod: py.Module = {
      body: [
        b.augAssign(x, "+", b.bin(y, "*", z)),
        b.ifStmt(b.cmp(x, ">", b.num(1)), [b.assign(y, b.num(1))], [b.ifStmt(x, [b.pass()], [b.exprStmt(b.call("print", [x]))])]),
        { kind: "While", test: b.not(b.and(x, y)), body: [b.brk()] },
        {
          kind: "FunctionDef",
          name: "f",
          params: [{ name: "a" }, { name: "rest", rest: true }],
          body: [b.ret(b.ifExp(b.name("a"), b.num(1), b.num(2)))],
        },
      ],
    };
    expect(printModule(mod).code).toBe(
      [
        "x += y * z",
        "if x > 1:",
        "    y = 1",
        "elif x:",
        "    pass",
        "else:",
        "    print(x)",
        "while not (x and y):",
        "    break",
        "",
        "",
        "def f(a, *rest):",
        "    return 1 if a else 2",
        "",
      ].join("\n"),
    );
  });
});

describe("printer: string literals", () => {
  test("quotes and backslashes", () => {
    expect(pyString('say "hi"')).toBe('"say \\"hi\\""');
    expect(pyString("it's")).toBe('"it\'s"');
    expect(pyString("it's", "'")).toBe("'it\\'s'");
    expect(pyString("a\\b")).toBe('"a\\\\b"');
    expect(pyString("\\n")).toBe('"\\\\n"');
    expect(pyString("")).toBe('""');
  });
  test("newline, carriage return, tab and other control characters", () => {
    expect(pyString("a\nb\rc\td")).toBe('"a\\nb\\rc\\td"');
    expect(pyString("\0\x01\x07\b\f\v\x1b\x1f")).toBe('"\\x00\\x01\\x07\\x08\\x0c\\x0b\\x1b\\x1f"');
    expect(pyString("\x7f")).toBe('"\\x7f"');
    expect(pyString("\x80\x85\x9f")).toBe('"\\x80\\x85\\x9f"');
  });
  test("printable non-ASCII characters stay as they are", () => {
    expect(pyString("café ñ ß")).toBe('"café ñ ß"');
    expect(pyString("日本語")).toBe('"日本語"');
    expect(pyString("🎉")).toBe('"🎉"');
    expect(pyString("\u00a0")).toBe('"\u00a0"');
  });
  test("line and paragraph separators, BOM and lone surrogates are escaped", () => {
    expect(pyString("a\u2028b\u2029c")).toBe('"a\\u2028b\\u2029c"');
    expect(pyString("\ufeff")).toBe('"\\ufeff"');
    expect(pyString("x\ud800y")).toBe('"x\\ud800y"');
    expect(pyString("\udc00")).toBe('"\\udc00"');
  });
  test("braces and percent signs are plain characters", () => {
    expect(pyString("{} %s {0}")).toBe('"{} %s {0}"');
  });
  test("as constants in expressions", () => {
    expect(p(b.str('a"b'))).toBe('"a\\"b"');
    expect(p(b.bin(b.str("x"), "+", b.str("\n")))).toBe('"x" + "\\n"');
  });
});

describe("printer: bytes literals", () => {
  test("ASCII, escapes and high bytes", () => {
    expect(p(bytes("abc"))).toBe('b"abc"');
    expect(p(bytes('q"\\'))).toBe('b"q\\"\\\\"');
    expect(p(bytes("\r\n\t"))).toBe('b"\\r\\n\\t"');
    expect(p(bytes("\0\x7f\x80\xff"))).toBe('b"\\x00\\x7f\\x80\\xff"');
    expect(p(b.method(bytes("GET"), "decode"))).toBe('b"GET".decode()');
  });
});

describe("printer: numbers", () => {
  test("integers", () => {
    expect(pyNumber(0)).toBe("0");
    expect(pyNumber(42)).toBe("42");
    expect(pyNumber(-7)).toBe("-7");
    expect(pyNumber(2 ** 53)).toBe("9007199254740992");
    expect(pyNumber(1e20)).toBe("100000000000000000000");
    expect(pyNumber(123456789012345680000)).toBe("123456789012345680000");
    expect(pyNumber(4, true)).toBe("4.0");
  });
  test("floats", () => {
    expect(pyNumber(1.5)).toBe("1.5");
    expect(pyNumber(0.1)).toBe("0.1");
    expect(pyNumber(-2.25)).toBe("-2.25");
    expect(pyNumber(1e21)).toBe("1e+21");
    expect(pyNumber(1.5e300)).toBe("1.5e+300");
    expect(pyNumber(1e-7)).toBe("1e-7");
    expect(pyNumber(5e-324)).toBe("5e-324");
    expect(pyNumber(0.1 + 0.2)).toBe("0.30000000000000004");
  });
  test("negative zero, NaN and infinities", () => {
    expect(pyNumber(-0)).toBe("-0.0");
    expect(pyNumber(-0, true)).toBe("-0.0");
    expect(pyNumber(NaN)).toBe('float("nan")');
    expect(pyNumber(Infinity)).toBe('float("inf")');
    expect(pyNumber(-Infinity)).toBe('-float("inf")');
  });
  test("negative and special constants as operands", () => {
    expect(p(b.bin(b.num(-Infinity), "**", b.num(2)))).toBe('(-float("inf")) ** 2');
    expect(p(un("-", b.num(-Infinity)))).toBe('- -float("inf")');
    expect(p(b.attr(b.num(NaN), "real"))).toBe('(float("nan")).real');
    expect(p(b.bin(x, "-", b.num(-0)))).toBe("x - -0.0");
    expect(p(b.bin(b.num(-0), "**", x))).toBe("(-0.0) ** x");
    expect(p(b.bin(b.num(1e21), "*", b.num(-1.5)))).toBe("1e+21 * -1.5");
  });
});

describe("multi-line text", () => {
  test("is printed as a triple-quoted string whose line breaks are real, continuation lines unindented", () => {
    const text = 'first line of the page\n  "quoted" \\ line\nends with a quote"';
    const mod = { body: [b.ifStmt(b.name("x"), [b.ret(b.str(text))])] };
    expect(printModule(mod).code).toBe('if x:\n    return """first line of the page\n  "quoted" \\\\ line\nends with a quote\\""""\n');
  });

  test("short strings and strings with a carriage return stay on one line", () => {
    expect(printExpr(b.str("a\nb\nc"))).toBe('"a\\nb\\nc"');
    expect(printExpr(b.str("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"))).toBe(
      '"HTTP/1.0 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n"',
    );
  });
});
