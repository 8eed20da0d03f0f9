// Sufficiency criteria of the verdicts: limits with their defaults and sources as data, taken from the
// document's criteria (editable per project) and completed with figures the document does not carry.
// Units SI: °C, K, m³/s per W, fractions. Every default names its REFERENCE.md section or is labelled
// an assumption (the UI shows `assumption: true` entries with an "assumption" badge).
import type { HallDocument } from '../model/schema';
import { INTAKE_LIMITS } from '../airflow/metrics';
import { RETURN_TEMPERATURE_LIMIT, W_CLASS_MAX_SUPPLY } from '../loop/constants';

export type AirClass = HallDocument['criteria']['airClass'];
export type WClass = HallDocument['criteria']['wClass'];

/** Which ASHRAE inlet limit decides pass/fail: the recommended envelope (design) or allowable (failure cases). */
export type InletBasis = 'recommended' | 'allowable';

export interface VerdictCriteria {
  airClass: AirClass;
  /** Upper recommended / allowable rack inlet dry bulb, °C. */
  inletRecommendedMax: number;
  inletAllowableMax: number;
  inletBasis: InletBasis;
  wClass: WClass;
  /** Max facility-water supply of the W class, °C (Infinity for W+). */
  facilitySupplyMax: number;
  /** Cold-plate flow per power range, m³/s per W. Below the minimum fails; above the maximum is advisory. */
  flowPerPowerMin: number;
  flowPerPowerMax: number;
  /** Delivered / design rack coolant flow below which the rack is starved. */
  minFlowShare: number;
  /** Case temperature limit, °C (a rack's own coldPlate.maxCaseTemp may be lower). */
  maxCaseTemp: number;
  /** TCS return temperature limit of the coolant, °C. */
  returnTempLimit: number;
  /** Minimum share of a rack's IT airflow that must be cooling-unit (or door-cooled) supply air. */
  minSupplyShare: number;
  /** Max utilisation of a CDU / of the air-side cooling units (1 = rated capacity). */
  maxCduUtilisation: number;
  maxAirUnitUtilisation: number;
}

export interface CriterionSource { source: string; assumption?: boolean }

export const CRITERIA_SOURCES: Readonly<Record<keyof VerdictCriteria, CriterionSource>> = {
  airClass: { source: 'document criteria.airClass; ASHRAE TC 9.9 2021 Table 2.1 [REFERENCE.md §1]' },
  inletRecommendedMax: { source: 'ASHRAE TC 9.9 2021 Table 2.1 recommended upper dry bulb (A1–A4 27 °C, H1 22 °C) [REFERENCE.md §1]' },
  inletAllowableMax: { source: 'ASHRAE TC 9.9 2021 Table 2.1 allowable upper dry bulb of the class [REFERENCE.md §1]' },
  inletBasis: { source: 'design case: recommended envelope; equipment-failure cases: allowable envelope (ASHRAE intent of the allowable range for excursions)', assumption: true },
  wClass: { source: 'document criteria.wClass; ASHRAE 2021 liquid classes [REFERENCE.md §1]' },
  facilitySupplyMax: { source: 'ASHRAE 2021 W class = max facility supply °C (W17…W45; W+ none) [REFERENCE.md §1]' },
  flowPerPowerMin: { source: 'document criteria.flowPerPowerMin; OCP OAI liquid guideline v1.0 §3.2: 1.25 L/min/kW [REFERENCE.md §2]' },
  flowPerPowerMax: { source: 'document criteria.flowPerPowerMax; OCP OAI liquid guideline v1.0 §3.2: 2.0 L/min/kW [REFERENCE.md §2]' },
  minFlowShare: { source: 'document criteria.minFlowShare (chosen, default 0.9)', assumption: true },
  maxCaseTemp: { source: 'document criteria.maxCaseTemp (no REFERENCE figure; default 85 °C)', assumption: true },
  returnTempLimit: { source: 'top of the coolant property tables 60 °C [REFERENCE.md §4], as workers/loop', assumption: true },
  minSupplyShare: { source: 'supply share of the intake φ = 1 − SHI_rack (REFERENCE.md §7) ≥ 0.75: chosen so that a 15 K IT ΔT rack fed at 22 °C reaches 27 °C at the limit (cf. VanGilder capture index, §7)', assumption: true },
  maxCduUtilisation: { source: 'rated CDU capacity at its approach [REFERENCE.md §2]' },
  maxAirUnitUtilisation: { source: 'rated sensible capacity of the enabled cooling units (document)' },
};

/** Chosen supply-share threshold (labelled assumption, CRITERIA_SOURCES.minSupplyShare). */
const MIN_SUPPLY_SHARE = 0.75;

/** The verdict criteria of a document, with optional per-call overrides (e.g. inletBasis for failure cases). */
export function criteriaFromDocument(doc: HallDocument, overrides: Partial<VerdictCriteria> = {}): VerdictCriteria {
  const c = doc.criteria;
  const air = INTAKE_LIMITS[overrides.airClass ?? c.airClass];
  const wClass = overrides.wClass ?? c.wClass;
  return {
    airClass: c.airClass,
    inletRecommendedMax: air.recMax,
    inletAllowableMax: air.allMax,
    inletBasis: 'recommended',
    wClass,
    facilitySupplyMax: W_CLASS_MAX_SUPPLY[wClass] ?? Infinity,
    flowPerPowerMin: c.flowPerPowerMin,
    flowPerPowerMax: c.flowPerPowerMax,
    minFlowShare: c.minFlowShare,
    maxCaseTemp: c.maxCaseTemp,
    returnTempLimit: RETURN_TEMPERATURE_LIMIT,
    minSupplyShare: MIN_SUPPLY_SHARE,
    maxCduUtilisation: 1,
    maxAirUnitUtilisation: 1,
    ...overrides,
  };
}

/** The criteria as a table (value, unit, source) for the UI and the report. */
export function criteriaTable(c: VerdictCriteria): { key: keyof VerdictCriteria; value: number | string; source: string; assumption: boolean }[] {
  return (Object.keys(CRITERIA_SOURCES) as (keyof VerdictCriteria)[]).map((key) => ({
    key, value: c[key], source: CRITERIA_SOURCES[key].source, assumption: CRITERIA_SOURCES[key].assumption === true,
  }));
}
