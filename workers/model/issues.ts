// Problems found in a hall document, in the two shapes the app shows: load errors ({path, message},
// a file is refused) and design issues ({severity, objectId, field?, message}, shown live while
// editing). Also maps zod issues to readable messages with paths like "racks[3] (R-A07).itLoad".
import type { z } from 'zod';

/** A reason a file is refused, naming the field: "racks[3] (R-A07).itLoad" or "line 4, column 7". */
export interface LoadError { path: string; message: string }

/** A layout problem of a valid document; objectId selects the object in the editor (null: the hall). */
export interface DesignIssue {
  severity: 'warning' | 'error';
  objectId: string | null;
  field?: string;
  message: string;
}

/** Path segment label of an array element: the id (or name) of the raw object when it has one. */
function elementLabel(el: unknown): string {
  if (el === null || typeof el !== 'object' || Array.isArray(el)) return '';
  const o = el as Record<string, unknown>;
  const tag = typeof o.id === 'string' && o.id !== '' ? o.id : typeof o.name === 'string' && o.name !== '' ? o.name : '';
  return tag ? ` (${tag.length > 40 ? `${tag.slice(0, 40)}…` : tag})` : '';
}

/** "racks[3] (R-A07).itLoad" from ['racks', 3, 'itLoad'], reading labels from the raw input. */
export function formatPath(path: readonly PropertyKey[], raw: unknown): string {
  let out = '';
  let cur: unknown = raw;
  for (const seg of path) {
    const next = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[seg] : undefined;
    if (typeof seg === 'number') out += `[${seg}]${elementLabel(next)}`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
    cur = next;
  }
  return out === '' ? '(document)' : out;
}

const GENERIC = /^(Invalid|Too small|Too big|Unrecognized)/;
const list = (vals: readonly unknown[]) => vals.map((v) => JSON.stringify(v)).join(', ');

/** A readable message for a zod issue; the schema's own messages ("must be ≥ 0 (power, SI)") are kept. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (!GENERIC.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'is required';
      return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}${/received (\w+)/.exec(issue.message)?.[1] ? ` (got ${/received (\w+)/.exec(issue.message)?.[1]})` : ''}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${list(issue.values)}` : `must be one of ${list(issue.values)}`;
    case 'invalid_union': {
      const u = issue as unknown as { options?: unknown[] };
      return u.options ? `must be one of ${list(u.options)}` : 'does not match any allowed form';
    }
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} items`;
      if (issue.origin === 'string') return `must be at least ${String(issue.minimum)} characters`;
      return `must be ≥ ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${String(issue.maximum)} items`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      return `must be ≤ ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${list(issue.keys)}`;
    default:
      return issue.message;
  }
}

/** Every zod issue as a LoadError. */
export function zodErrors(issues: readonly z.core.$ZodIssue[], raw: unknown): LoadError[] {
  return issues.map((i) => ({ path: formatPath(i.path, raw), message: issueMessage(i) }));
}
