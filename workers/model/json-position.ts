// Finds where a JSON text stops being valid, for error messages with line and column: JSON.parse
// messages differ between engines and V8's no longer carry a position. A small RFC 8259 scanner
// (iterative; deep nesting cannot overflow the stack). Returns null when the text is valid.

export interface JsonSyntaxProblem { offset: number; line: number; column: number; message: string }

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function describe(text: string, i: number): string {
  if (i >= text.length) return 'unexpected end of file';
  const c = text[i];
  return `unexpected ${c === '"' ? 'string' : JSON.stringify(c)}`;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) { line++; column = 1; } else column++;
  }
  return { line, column };
}

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const n = text.length;
  const fail = (offset: number, message: string): JsonSyntaxProblem => ({ offset, ...position(text, offset), message });
  const skip = () => { while (i < n && WS.has(text.charCodeAt(i))) i++; };
  const scanString = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false; i += 6; continue; }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  // stack of containers: '{' or '['; state: expecting a value, or after a value
  const stack: string[] = [];
  let expectValue = true;
  let afterComma = false;
  skip();
  for (;;) {
    skip();
    if (expectValue) {
      if (i >= n) return fail(i, 'unexpected end of file');
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c); i++; skip();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) { stack.pop(); i++; expectValue = false; continue; }
        if (c === '{') {
          if (text[i] !== '"') return fail(i, `${describe(text, i)}: expected a property name`);
          if (!scanString()) return fail(Math.min(i, n), i >= n ? 'unexpected end of file inside a property name' : 'invalid property name');
          skip();
          if (text[i] !== ':') return fail(i, `${describe(text, i)}: expected ':'`);
          i++;
        }
        afterComma = false;
        continue;
      }
      if (c === '"') { const s = i; if (!scanString()) return i >= n ? fail(n, 'unexpected end of file inside a string') : fail(s, 'invalid string (bad escape or control character)'); expectValue = false; continue; }
      const lit = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
      if (lit) { i += lit[0].length; expectValue = false; continue; }
      return fail(i, `${describe(text, i)}${afterComma ? ' after \',\'' : ''}: expected a value`);
    }
    // after a value
    if (stack.length === 0) return i >= n ? null : fail(i, `${describe(text, i)} after the end of the document`);
    const top = stack[stack.length - 1];
    const c = text[i];
    if (c === ',') {
      i++; skip();
      if (top === '{') {
        if (text[i] !== '"') return fail(i, `${describe(text, i)}: expected a property name`);
        if (!scanString()) return fail(Math.min(i, n), i >= n ? 'unexpected end of file inside a property name' : 'invalid property name');
        skip();
        if (text[i] !== ':') return fail(i, `${describe(text, i)}: expected ':'`);
        i++;
      }
      expectValue = true;
      afterComma = true;
      continue;
    }
    if ((top === '{' && c === '}') || (top === '[' && c === ']')) { stack.pop(); i++; continue; }
    return fail(i, `${describe(text, i)}: expected ',' or '${top === '{' ? '}' : ']'}'`);
  }
}
