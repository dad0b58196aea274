// The size of Python source as code: comments, trailing spaces and blank lines do not
// count (both the emitted and the hand-written files may carry comments; a board could
// be sent either without them). A '#' inside a string literal is code.

/** Python source without comments, trailing whitespace and blank lines. */
export function stripComments(py: string): string {
  const out: string[] = [];
  let line = "";
  let quote = ""; // the open string's delimiter: ' " ''' or """
  for (let i = 0; i < py.length; i++) {
    const c = py[i];
    if (c === "\n") {
      if (quote.length === 1) quote = ""; // a single-quoted string cannot span lines (a syntax error anyway)
      out.push(line.replace(/\s+$/, ""));
      line = "";
      continue;
    }
    if (quote) {
      if (c === "\\") {
        line += c + (py[i + 1] === "\n" ? "" : py[i + 1] ?? "");
        if (py[i + 1] !== "\n") i++;
        continue;
      }
      if (py.startsWith(quote, i)) {
        line += quote;
        i += quote.length - 1;
        quote = "";
        continue;
      }
      line += c;
      continue;
    }
    if (c === "#") {
      const nl = py.indexOf("\n", i);
      i = (nl < 0 ? py.length : nl) - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = py.startsWith(c + c + c, i) ? c + c + c : c;
      line += quote;
      i += quote.length - 1;
      continue;
    }
    line += c;
  }
  out.push(line.replace(/\s+$/, ""));
  return out.filter((l) => l !== "").join("\n");
}

/** Bytes of code (UTF-8) in Python source, as stripComments counts it. */
export function codeSize(py: string): number {
  return Buffer.byteLength(stripComments(py), "utf8");
}
