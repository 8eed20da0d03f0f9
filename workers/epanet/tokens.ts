// Line tokenizer for EPANET .inp files (EPANET input2.c gettokens()): whitespace separated,
// ';' starts a comment, double quotes group a token containing spaces. Keyword matching is
// EPANET's match(): case-insensitive prefix of the token (e.g. "Cont" for CONTINUE).

export function tokenize(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === ';') break;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === '"') {
      const end = line.indexOf('"', i + 1);
      const stop = end < 0 ? n : end;
      out.push(line.slice(i + 1, stop));
      i = stop + 1;
      continue;
    }
    let j = i;
    while (j < n && !' \t\r\n;'.includes(line[j])) j++;
    out.push(line.slice(i, j));
    i = j;
  }
  return out;
}

/** EPANET match(): does `token` start with `keyword` (case-insensitive)? */
export function matchKeyword(token: string | undefined, keyword: string): boolean {
  if (token === undefined || keyword.length === 0) return false;
  return token.toUpperCase().startsWith(keyword.toUpperCase());
}

/** EPANET getfloat(): a strict decimal number, or null. */
export function parseNumber(token: string | undefined): number | null {
  if (token === undefined) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(token)) return null;
  return Number(token);
}

/** EPANET hour(): "h", "h:mm", "h:mm:ss" with optional SEC/MIN/HOURS/DAYS or AM/PM; hours or null. */
export function parseHours(token: string, units = ''): number | null {
  const u = units.toUpperCase();
  if (token.includes(':')) {
    const parts = token.split(':').map((s) => parseNumber(s));
    if (parts.some((p) => p === null) || parts.length > 3) return null;
    const [h, m = 0, s = 0] = parts as number[];
    let hours = h + m / 60 + s / 3600;
    if (u === 'AM' || u === 'PM') hours = amPm(hours, u);
    return hours;
  }
  const v = parseNumber(token);
  if (v === null) return null;
  if (u === '' || matchKeyword(u, 'HOU')) return v;
  if (matchKeyword(u, 'SEC')) return v / 3600;
  if (matchKeyword(u, 'MIN')) return v / 60;
  if (matchKeyword(u, 'DAY')) return v * 24;
  if (u === 'AM' || u === 'PM') return amPm(v, u);
  return null;
}

function amPm(hours: number, u: string): number {
  if (hours >= 13) return -1;
  if (hours >= 12) hours -= 12;
  return u === 'PM' ? hours + 12 : hours;
}
