// Parsing what a user types into a quantity field: a bare number in the display unit ("130") or a
// number with any compatible unit ("30 kW", "102,000 BTU/h", "37 TR", "150 CFM/kW", "80 °F",
// "1.5 L/min/kW", "10 GPM", "5 psi", "12 ft"). Returns the SI value or an error naming the kind.
// Units through the private mathjs instance (math.ts); temperature differences, %, Kv/Cv by hand.
import type { QuantityKind } from '../model/quantity';
import { math } from './math';
import { fromDisplay, displayUnit, SI_MATH_UNIT, type UnitSystem } from './table';

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

const KIND_TITLE: Record<QuantityKind, string> = {
  length: 'length', area: 'area', temperature: 'temperature', temperatureDelta: 'temperature difference',
  power: 'power', airflow: 'airflow', liquidFlow: 'liquid flow', airflowPerPower: 'airflow per power',
  liquidFlowPerPower: 'liquid flow per power', pressure: 'pressure', head: 'pressure head', velocity: 'velocity',
  fraction: 'fraction', angle: 'angle', thermalResistance: 'thermal resistance', time: 'time', volume: 'volume',
  conductance: 'conductance', flowCoefficient: 'flow coefficient', count: 'count', ratio: 'ratio',
};

const NUMBER = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:\.)?(?:[eE][-+]?\d+)?)\s*(.*)$/;

/** Pretty unit text → mathjs syntax. */
function normaliseUnit(u: string, kind: QuantityKind): string {
  let s = u.trim()
    .replace(/²/g, '^2').replace(/³/g, '^3').replace(/[·×]/g, '*')
    .replace(/H₂O/g, 'H2O').replace(/\s*(?:of\s+water|w\.?c\.?|wg|H2O)$/i, 'H2O')
    .replace(/°\s*C/g, 'degC').replace(/°\s*F/g, 'degF').replace(/°/g, 'deg')
    .replace(/\bmin\b/g, 'minute').replace(/\bgpm\b/g, 'GPM').replace(/\bcfm\b/g, 'CFM').replace(/\blpm\b/gi, 'LPM')
    .replace(/\b(tons?|RT)\b/g, 'TR').replace(/\bBtu\b/gi, 'BTU').replace(/\bhr\b/g, 'h')
    .replace(/\s+(?=H2O)/, '');
  if (kind === 'temperature' || kind === 'temperatureDelta') s = s.replace(/^C$/, 'degC').replace(/^F$/, 'degF');
  s = s.replace(/\s*([*/^])\s*/g, '$1');
  // engineering reading: "BTU/h*degF" means BTU/(h·°F), as "W/m·K" means W/(m·K)
  const slash = s.indexOf('/');
  if (slash >= 0 && !s.includes('(') && s.slice(slash + 1).includes('*')) s = `${s.slice(0, slash)}/(${s.slice(slash + 1).replace(/\//g, '*')})`;
  return s;
}

function expected(kind: QuantityKind): string {
  const si = displayUnit(kind, 'SI');
  const ip = displayUnit(kind, 'IP');
  const units = si === '' ? '' : si === ip ? ` (${si})` : ` (${si} or ${ip})`;
  const title = KIND_TITLE[kind];
  return `${/^[aeiou]/.test(title) ? 'an' : 'a'} ${title}${units}`;
}

/** Units of the kinds mathjs does not handle: factor to SI, or undefined when not accepted. */
function specialFactor(kind: QuantityKind, unit: string): number | undefined {
  switch (kind) {
    case 'temperatureDelta':
      // a difference: 1 °C = 1 K; 1 °F = 1 °R = 5/9 K (exact)
      return ({ K: 1, degC: 1, Δ: 1, degF: 5 / 9, R: 5 / 9, degR: 5 / 9 } as Record<string, number>)[unit.replace(/^Δ\s*/, '')];
    case 'fraction': return unit === '%' ? 0.01 : undefined;
    case 'flowCoefficient': return unit === 'Kv' ? 1 : unit === 'Cv' ? 1 / 1.156 : undefined; // REFERENCE.md §2
    default: return undefined;
  }
}

export function parseQuantity(text: string, kind: QuantityKind, system: UnitSystem): ParseResult {
  const m = NUMBER.exec(text.trim());
  const numText = m?.[1] ?? '';
  if (!m || numText === '' || !/\d/.test(numText)) return { ok: false, error: `'${text.trim()}' is not a number: expected ${expected(kind)}` };
  const num = Number(numText.replace(/,/g, ''));
  if (!Number.isFinite(num)) return { ok: false, error: `'${text.trim()}' is not a finite number: expected ${expected(kind)}` };
  const unitText = m[2];
  let value: number;
  if (unitText === '') {
    value = fromDisplay(num, kind, system);
  } else {
    const unit = normaliseUnit(unitText, kind);
    const special = specialFactor(kind, unit);
    const si = SI_MATH_UNIT[kind];
    if (special !== undefined) value = num * special;
    else if (si === null) return { ok: false, error: `'${unitText}' is not a unit of ${expected(kind)}` };
    else {
      let parsed;
      try {
        parsed = math.unit(num, unit);
      } catch {
        return { ok: false, error: `'${unitText}' is not a known unit: expected ${expected(kind)}` };
      }
      if (!parsed.equalBase(math.unit(1, si))) return { ok: false, error: `'${unitText}' is not a unit of ${expected(kind)}` };
      value = parsed.toNumber(si);
    }
  }
  if (kind === 'count' && !Number.isInteger(value)) return { ok: false, error: `'${text.trim()}' is not a whole number: expected a count` };
  if (!Number.isFinite(value)) return { ok: false, error: `'${text.trim()}' is out of range: expected ${expected(kind)}` };
  return { ok: true, value };
}
