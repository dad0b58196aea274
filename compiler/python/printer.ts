// Prints the Python AST as source text. The printer owns operator precedence
// (it adds exactly the parentheses Python needs) and records, for every node
// that carries a TypeScript position, where it landed in the output.
import type * as py from "./ast.js";

export interface Mapping {
  generatedLine: number; // 1-based
  generatedColumn: number; // 0-based
  sourceLine: number; // 0-based
  sourceColumn: number; // 0-based
}

export interface Printed {
  code: string;
  mappings: Mapping[];
}

// Higher binds tighter.
const enum Prec {
  NamedExpr = 0,
  Lambda = 1,
  IfExp = 2,
  Or = 3,
  And = 4,
  Not = 5,
  Compare = 6,
  BitOr = 7,
  BitXor = 8,
  BitAnd = 9,
  Shift = 10,
  Additive = 11,
  Multiplicative = 12,
  Unary = 13,
  Power = 14,
  Await = 15,
  Primary = 16,
  Atom = 17,
}

const binPrec: Record<py.BinOperator, Prec> = {
  "|": Prec.BitOr,
  "^": Prec.BitXor,
  "&": Prec.BitAnd,
  "<<": Prec.Shift,
  ">>": Prec.Shift,
  "+": Prec.Additive,
  "-": Prec.Additive,
  "*": Prec.Multiplicative,
  "/": Prec.Multiplicative,
  "//": Prec.Multiplicative,
  "%": Prec.Multiplicative,
  "**": Prec.Power,
};

export function precedenceOf(e: py.Expr): number {
  switch (e.kind) {
    case "NamedExpr":
      return Prec.Atom; // always printed in its own parentheses
    case "Lambda":
      return Prec.Lambda;
    case "IfExp":
      return Prec.IfExp;
    case "BoolOp":
      return e.op === "or" ? Prec.Or : Prec.And;
    case "UnaryOp":
      return e.op === "not" ? Prec.Not : Prec.Unary;
    case "Compare":
      return Prec.Compare;
    case "BinOp":
      return binPrec[e.op];
    case "Await":
      return Prec.Await;
    case "Yield":
      return Prec.NamedExpr;
    case "Starred":
      return Prec.Unary;
    case "Constant":
      // negative numbers print with a sign, so they bind like unary minus
      return typeof e.value === "number" && (e.value < 0 || Object.is(e.value, -0)) ? Prec.Unary : Prec.Atom;
    case "Raw":
      return e.prec;
    default:
      return Prec.Atom;
  }
}

export function pyString(s: string, quote = '"'): string {
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += "\\" + quote;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0xd800 && c <= 0xdfff) out += "\\u" + c.toString(16).padStart(4, "0");
    else if ((c >= 0x80 && c < 0xa0) || c === 0x2028 || c === 0x2029 || c === 0xfeff)
      out += c > 0xff ? "\\u" + c.toString(16).padStart(4, "0") : "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

/** Multi-line text (an HTML page, a help message) reads best as a triple-quoted string. */
export function isTextBlock(s: string): boolean {
  return s.length >= 40 && (s.match(/\n/g)?.length ?? 0) >= 2 && !/\r/.test(s);
}

/** A triple-quoted Python string with the same value as `s`; its line breaks are real ones. */
export function pyTextBlock(s: string): string {
  let out = '"""';
  const chars = [...s];
  chars.forEach((ch, i) => {
    if (ch === "\n") out += "\n";
    else if (ch === '"' && (i === chars.length - 1 || chars[i + 1] === '"')) out += '\\"';
    else if (ch === '"') out += '"';
    else out += pyString(ch).slice(1, -1);
  });
  return out + '"""';
}

export function pyBytes(s: string): string {
  let out = 'b"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + '"';
}

export function pyNumber(n: number, float = false): string {
  if (Number.isNaN(n)) return 'float("nan")';
  if (!Number.isFinite(n)) return n > 0 ? 'float("inf")' : '-float("inf")';
  if (Object.is(n, -0)) return "-0.0"; // only a float keeps the sign of zero
  if (Number.isInteger(n) && Math.abs(n) < 1e21) {
    // an int literal with JavaScript's digits (beyond 2**53 these are the shortest form, not the exact double)
    const s = String(n);
    if (!float) return s;
    // a float with many zeros reads better, and as exactly, with an exponent: 1e12
    const e = n.toExponential().replace("e+", "e");
    return e.length < s.length + 2 ? e : s + ".0";
  }
  // JavaScript's shortest round-trip form is also valid Python float syntax.
  const s = String(n);
  return /[.e]/.test(s) ? s : s + ".0";
}

class Writer {
  lines: string[] = [];
  current = "";
  indent = 0;
  mappings: Mapping[] = [];

  write(text: string): void {
    if (this.current === "") this.current = "    ".repeat(this.indent);
    this.current += text;
  }
  /** Text with line breaks inside it (a triple-quoted string): continuation lines get no indentation. */
  writeLines(text: string): void {
    const parts = text.split("\n");
    this.write(parts[0]);
    for (const part of parts.slice(1)) {
      this.lines.push(this.current);
      this.current = part;
    }
  }
  mark(pos: py.SourcePos | undefined): void {
    if (!pos) return;
    if (this.current === "") this.current = "    ".repeat(this.indent);
    this.mappings.push({
      generatedLine: this.lines.length + 1,
      generatedColumn: this.current.length,
      sourceLine: pos.line,
      sourceColumn: pos.column,
    });
  }
  newline(): void {
    this.lines.push(this.current);
    this.current = "";
  }
  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }
}

export function printModule(mod: py.Module): Printed {
  const w = new Writer();
  printBlock(w, mod.body, true);
  while (w.lines.length && w.lines[w.lines.length - 1] === "") w.lines.pop();
  return { code: w.lines.join("\n") + "\n", mappings: w.mappings };
}

export function printExpr(e: py.Expr): string {
  const w = new Writer();
  expr(w, e, 0);
  return w.current;
}

function isDef(s: py.Stmt): boolean {
  return s.kind === "FunctionDef" || s.kind === "ClassDef";
}

function isImport(s: py.Stmt): boolean {
  return s.kind === "Import" || s.kind === "ImportFrom";
}

function printBlock(w: Writer, body: py.Stmt[], topLevel = false): void {
  if (body.length === 0) {
    w.write("pass");
    w.newline();
    return;
  }
  body.forEach((s, i) => {
    const spacing = topLevel ? 2 : 1;
    const prev = body[i - 1];
    if (i > 0 && (isDef(s) || isDef(prev)) && !(s.kind === "Comment")) {
      for (let k = 0; k < spacing; k++) w.lines.push("");
    } else if (topLevel && prev && isImport(prev) && !isImport(s)) {
      w.lines.push("");
    }
    stmt(w, s);
  });
}

function suite(w: Writer, body: py.Stmt[]): void {
  w.write(":");
  w.newline();
  w.indent++;
  printBlock(w, body);
  w.indent--;
}

function params(w: Writer, ps: py.Param[]): void {
  ps.forEach((p, i) => {
    if (i > 0) w.write(", ");
    if (p.kwonly) w.write("*, ");
    if (p.rest) w.write("*");
    w.write(p.name);
    if (p.default) {
      w.write("=");
      expr(w, p.default, Prec.Lambda);
    }
  });
}

function stmt(w: Writer, s: py.Stmt): void {
  w.mark(s.pos);
  switch (s.kind) {
    case "ExprStmt":
      expr(w, s.value, s.value.kind === "NamedExpr" ? Prec.Atom : 0);
      break;
    case "Assign":
      for (const t of s.targets) {
        target(w, t);
        w.write(" = ");
      }
      // a, b = b, a
      if (s.value.kind === "Tuple" && s.value.elts.length > 1 && s.targets[s.targets.length - 1].kind === "Tuple")
        commaList(w, s.value.elts);
      else expr(w, s.value, 0);
      break;
    case "AugAssign":
      target(w, s.target);
      w.write(` ${s.op}= `);
      expr(w, s.value, 0);
      break;
    case "If": {
      w.write("if ");
      expr(w, s.test, 0);
      suite(w, s.body);
      let orelse = s.orelse;
      while (orelse.length === 1 && orelse[0].kind === "If") {
        const elif: py.If = orelse[0];
        w.mark(elif.pos);
        w.write("elif ");
        expr(w, elif.test, 0);
        suite(w, elif.body);
        orelse = elif.orelse;
      }
      if (orelse.length) {
        w.write("else");
        suite(w, orelse);
      }
      return;
    }
    case "While":
      w.write("while ");
      expr(w, s.test, 0);
      suite(w, s.body);
      if (s.orelse?.length) {
        w.write("else");
        suite(w, s.orelse);
      }
      return;
    case "For":
      w.write("for ");
      target(w, s.target);
      w.write(" in ");
      expr(w, s.iter, 0);
      suite(w, s.body);
      if (s.orelse?.length) {
        w.write("else");
        suite(w, s.orelse);
      }
      return;
    case "FunctionDef":
      for (const d of s.decorators ?? []) {
        w.write("@");
        expr(w, d, Prec.Primary);
        w.newline();
      }
      w.write(s.async ? "async def " : "def ");
      w.write(s.name + "(");
      params(w, s.params);
      w.write(")");
      suite(w, s.body);
      return;
    case "ClassDef":
      w.write("class " + s.name);
      if (s.bases.length) {
        w.write("(");
        s.bases.forEach((b, i) => {
          if (i) w.write(", ");
          expr(w, b, 0);
        });
        w.write(")");
      }
      suite(w, s.body);
      return;
    case "Return":
      w.write("return");
      if (s.value) {
        w.write(" ");
        // `return yield x` is not Python: `return (yield x)`
        expr(w, s.value, s.value.kind === "Yield" ? Prec.Lambda : 0);
      }
      break;
    case "Pass":
      w.write("pass");
      break;
    case "Break":
      w.write("break");
      break;
    case "Continue":
      w.write("continue");
      break;
    case "Raise":
      w.write("raise");
      if (s.exc) {
        w.write(" ");
        expr(w, s.exc, 0);
      }
      break;
    case "Try":
      w.write("try");
      suite(w, s.body);
      for (const h of s.handlers) {
        w.write("except");
        if (h.type) {
          w.write(" ");
          expr(w, h.type, 0);
          if (h.name) w.write(" as " + h.name);
        }
        suite(w, h.body);
      }
      if (s.orelse?.length) {
        w.write("else");
        suite(w, s.orelse);
      }
      if (s.finalbody?.length) {
        w.write("finally");
        suite(w, s.finalbody);
      }
      return;
    case "Import":
      w.write("import " + s.module + (s.asname && s.asname !== s.module ? " as " + s.asname : ""));
      break;
    case "ImportFrom":
      w.write(
        `from ${s.module} import ` + s.names.map((n) => (n.asname && n.asname !== n.name ? `${n.name} as ${n.asname}` : n.name)).join(", "),
      );
      break;
    case "Global":
      w.write("global " + s.names.join(", "));
      break;
    case "Nonlocal":
      w.write("nonlocal " + s.names.join(", "));
      break;
    case "Delete":
      w.write("del ");
      expr(w, s.target, 0);
      break;
    case "Comment":
      w.write("# " + s.text);
      break;
  }
  w.newline();
}

function target(w: Writer, t: py.Expr, nested = false): void {
  if (t.kind === "Tuple" || t.kind === "List") {
    // a tuple inside a tuple keeps its parentheses: `for i, (k, v) in ...`
    const [open, close] = t.kind === "List" ? ["[", "]"] : nested ? ["(", ")"] : ["", ""];
    w.write(open);
    t.elts.forEach((e, i) => {
      if (i) w.write(", ");
      target(w, e, true);
    });
    if (t.kind === "Tuple" && t.elts.length === 1) w.write(",");
    w.write(close);
    return;
  }
  expr(w, t, 0);
}

function commaList(w: Writer, items: py.Expr[]): void {
  items.forEach((e, i) => {
    if (i) w.write(", ");
    expr(w, e, e.kind === "Starred" ? 0 : Prec.Lambda);
  });
}

function expr(w: Writer, e: py.Expr, minPrec: number): void {
  const p = precedenceOf(e);
  const paren = p < minPrec;
  if (paren) w.write("(");
  w.mark(e.pos);
  switch (e.kind) {
    case "Name":
      w.write(e.id);
      break;
    case "Constant": {
      const v = e.value;
      if (v === null) w.write("None");
      else if (v === true) w.write("True");
      else if (v === false) w.write("False");
      else if (typeof v === "bigint") w.write(v.toString());
      else if (typeof v === "number") w.write(pyNumber(v, e.float));
      else if (e.bytes) w.write(pyBytes(v));
      else if (isTextBlock(v)) w.writeLines(pyTextBlock(v));
      else w.write(pyString(v));
      break;
    }
    case "BinOp": {
      const op = binPrec[e.op];
      if (e.op === "**") {
        expr(w, e.left, op + 1);
        w.write(" ** ");
        expr(w, e.right, Prec.Unary);
      } else {
        // a + b + c + ...: the left operands of equal precedence need no parentheses; printed in a loop, however long
        const links: py.BinOp[] = [e];
        for (let l = e.left; l.kind === "BinOp" && l.op !== "**" && binPrec[l.op] === op; l = l.left) {
          w.mark(l.pos);
          links.push(l);
        }
        expr(w, links[links.length - 1].left, op);
        for (let i = links.length - 1; i >= 0; i--) {
          w.write(` ${links[i].op} `);
          expr(w, links[i].right, op + 1);
        }
      }
      break;
    }
    case "UnaryOp":
      if (e.op === "not") {
        w.write("not ");
        expr(w, e.operand, Prec.Not);
      } else {
        w.write(e.op);
        // avoid "--x" reading as a decrement to humans, and keep "- -1" valid
        const inner = e.operand;
        if ((inner.kind === "UnaryOp" && inner.op !== "not") || (inner.kind === "Constant" && precedenceOf(inner) === Prec.Unary))
          w.write(" ");
        expr(w, inner, Prec.Unary);
      }
      break;
    case "BoolOp": {
      const op = e.op === "or" ? Prec.Or : Prec.And;
      const links: py.BoolOp[] = [e];
      for (let l = e.left; l.kind === "BoolOp" && l.op === e.op; l = l.left) {
        w.mark(l.pos);
        links.push(l);
      }
      expr(w, links[links.length - 1].left, op);
      for (let i = links.length - 1; i >= 0; i--) {
        w.write(` ${e.op} `);
        expr(w, links[i].right, op + 1);
      }
      break;
    }
    case "Compare":
      // Python chains comparisons, so a comparison operand always gets parentheses.
      expr(w, e.left, Prec.Compare + 1);
      w.write(` ${e.op} `);
      expr(w, e.right, Prec.Compare + 1);
      break;
    case "Call":
      expr(w, e.func, Prec.Primary);
      w.write("(");
      // a lone generator argument needs no parentheses of its own: any(x for x in xs)
      if (e.args.length === 1 && !e.keywords?.length && e.args[0].kind === "ListComp" && e.args[0].generator) expr(w, e.args[0], -1);
      else commaList(w, e.args);
      (e.keywords ?? []).forEach((k, i) => {
        if (i || e.args.length) w.write(", ");
        if (k.name === null) {
          w.write("**");
          expr(w, k.value, Prec.Unary);
        } else {
          w.write(k.name + "=");
          expr(w, k.value, Prec.Lambda);
        }
      });
      w.write(")");
      break;
    case "Attribute": {
      const v = e.value;
      const needsParen = v.kind === "Constant" && typeof v.value === "number";
      if (needsParen) w.write("(");
      expr(w, v, needsParen ? 0 : Prec.Primary);
      if (needsParen) w.write(")");
      w.write("." + e.attr);
      break;
    }
    case "Subscript":
      expr(w, e.value, Prec.Primary);
      w.write("[");
      if (e.index.kind === "Tuple" && e.index.elts.length > 0) commaList(w, e.index.elts);
      else expr(w, e.index, 0);
      w.write("]");
      break;
    case "Slice":
      // s[0:n] is s[:n]: the start defaults to 0 (and the shorter form is one bytecode less)
      if (e.lower && !(e.lower.kind === "Constant" && e.lower.value === 0 && !Object.is(e.lower.value, -0))) expr(w, e.lower, Prec.Lambda);
      w.write(":");
      if (e.upper) expr(w, e.upper, Prec.Lambda);
      break;
    case "Lambda":
      w.write("lambda");
      if (e.params.length) {
        w.write(" ");
        params(w, e.params);
      }
      w.write(": ");
      expr(w, e.body, Prec.Lambda);
      break;
    case "IfExp": {
      // a if c else b if d else ...: the else branches in a loop, however many
      let link: py.Expr = e;
      for (;;) {
        expr(w, link.body, Prec.IfExp + 1);
        w.write(" if ");
        expr(w, link.test, Prec.IfExp + 1);
        w.write(" else ");
        if (link.orelse.kind !== "IfExp") break;
        link = link.orelse;
        w.mark(link.pos);
      }
      expr(w, link.orelse, Prec.IfExp);
      break;
    }
    case "List":
      w.write("[");
      commaList(w, e.elts);
      w.write("]");
      break;
    case "Tuple":
      w.write("(");
      commaList(w, e.elts);
      if (e.elts.length === 1) w.write(",");
      w.write(")");
      break;
    case "Set":
      if (e.elts.length === 0) w.write("set()");
      else {
        w.write("{");
        commaList(w, e.elts);
        w.write("}");
      }
      break;
    case "Dict":
      w.write("{");
      e.entries.forEach((en, i) => {
        if (i) w.write(", ");
        if (en.key === null) {
          w.write("**");
          expr(w, en.value, Prec.Unary);
        } else {
          expr(w, en.key, Prec.Lambda);
          w.write(": ");
          expr(w, en.value, Prec.Lambda);
        }
      });
      w.write("}");
      break;
    case "Starred":
      w.write("*");
      expr(w, e.value, Prec.Unary);
      break;
    case "Await":
      w.write("await ");
      expr(w, e.value, Prec.Primary);
      break;
    case "Yield":
      // lowest precedence: anywhere but a statement it gets parentheses
      w.write(e.from ? "yield from" : "yield");
      if (e.value) {
        w.write(" ");
        expr(w, e.value, 0);
      }
      break;
    case "NamedExpr":
      w.write("(" + e.target + " := ");
      expr(w, e.value, Prec.Lambda);
      w.write(")");
      break;
    case "ListComp":
      w.write(e.generator ? (minPrec === -1 ? "" : "(") : "[");
      expr(w, e.elt, Prec.Lambda);
      w.write(" for ");
      target(w, e.target);
      w.write(" in ");
      expr(w, e.iter, Prec.Or);
      if (e.cond) {
        w.write(" if ");
        expr(w, e.cond, Prec.Or);
      }
      w.write(e.generator ? (minPrec === -1 ? "" : ")") : "]");
      break;
    case "Raw":
      w.write(e.text);
      break;
  }
  if (paren) w.write(")");
}
