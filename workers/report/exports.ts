// Engine-side exports as text (pure): CSV of racks (with loop and air results and verdicts), CDUs, pipes
// and cooling units, and the results as JSON (no cell fields, no solver state). CSV values are SI with the
// unit in the header (one file format for SI and IP projects: spreadsheets convert), RFC 4180 quoting.
import type { HallDocument } from '../model/schema';
import type { ReportResults } from './inputs';
import { okAir, okLoops } from './inputs';

export type CsvKind = 'racks' | 'cdus' | 'pipes' | 'coolingUnits';
export const CSV_KINDS: readonly CsvKind[] = ['racks', 'cdus', 'pipes', 'coolingUnits'];

type Value = string | number | boolean | null | undefined;

const field = (v: Value): string => {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
  const s = typeof v === 'number' ? String(Number(v.toPrecision(10))) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(header: string[], rows: Value[][]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function exportCsv(doc: HallDocument, r: Pick<ReportResults, 'loops' | 'air' | 'verdicts'>, kind: CsvKind): string {
  const loops = okLoops(r as ReportResults), air = okAir(r as ReportResults);
  if (kind === 'racks') {
    const lr = new Map((loops?.racks ?? []).map((x) => [x.id, x])), ar = new Map((air?.racks ?? []).map((x) => [x.id, x]));
    const vr = new Map(r.verdicts.racks.map((x) => [x.rackId, x]));
    return toCsv(['id', 'name', 'row', 'cooling', 'it_load_W', 'liquid_capture', 'x_m', 'y_m', 'intake_mean_C', 'intake_max_C', 'exhaust_C', 'airflow_m3s',
      'capture_index_cold', 'capture_index_hot', 'cdu', 'coolant_flow_m3s', 'flow_per_power_m3s_per_W', 'flow_share', 'supply_C', 'return_C', 'case_C', 'case_margin_K', 'verdict', 'status', 'governing_check', 'governing_margin'],
    doc.racks.map((k) => {
      const l = lr.get(k.id), a = ar.get(k.id), v = vr.get(k.id);
      return [k.id, k.name, k.rowId, k.cooling, k.itLoad, k.liquidCaptureFraction, k.x, k.y, a?.intakeMean, a?.intakeMax, a?.exhaust, a?.airflow,
        a?.captureIndex, a?.hotAisleCaptureIndex, l?.cduId, l?.flow, l?.flowPerPower, l?.flowShare, l?.supplyT, l?.returnT, l?.caseT, l?.caseMargin, v?.verdict, v?.status, v?.governing, v?.governingMargin];
    }));
  }
  if (kind === 'cdus') {
    const lc = new Map((loops?.cdus ?? []).map((x) => [x.id, x]));
    return toCsv(['id', 'name', 'capacity_W', 'online', 'load_W', 'utilisation', 'secondary_flow_m3s', 'supply_C', 'return_C', 'primary_flow_m3s', 'primary_supply_C',
      'primary_return_C', 'approach_K', 'pump_head_Pa', 'pump_flow_m3s', 'pump_power_W', 'pumps_running', 'setpoint_held'],
    doc.cdus.map((c) => {
      const l = lc.get(c.id);
      return [c.id, c.name, c.capacity, l?.online ?? false, l?.load, l?.utilisation, l?.secondaryFlow, l?.supplyT, l?.returnT, l?.primaryFlow, l?.primarySupplyT,
        l?.primaryReturnT, l?.approach, l?.pumps.head, l?.pumps.flow, l?.pumps.power, l?.pumps.running, l?.setpointHeld];
    }));
  }
  if (kind === 'pipes') {
    return toCsv(['id', 'side', 'kind', 'cdu', 'rack', 'from', 'to', 'diameter_m', 'length_m', 'design_flow_m3s', 'flow_m3s', 'velocity_ms', 'reynolds', 'head_loss_m', 'pressure_drop_Pa', 'temperature_C', 'status'],
      (loops?.pipes ?? []).map((p) => [p.id, p.side, p.kind, p.cduId, p.rackId, p.from, p.to, p.diameter, p.length, p.designFlow, p.flow, p.velocity, p.reynolds, p.headLoss, p.pressureDrop, p.temperature, p.status]));
  }
  const au = new Map((air?.units ?? []).map((x) => [x.id, x]));
  return toCsv(['id', 'name', 'kind', 'enabled', 'capacity_W', 'airflow_m3s', 'setpoint_C', 'fan_power_W', 'return_C', 'supply_C', 'load_W', 'over_capacity'],
    doc.coolingUnits.map((u) => {
      const a = au.get(u.id);
      return [u.id, u.name, u.kind, u.enabled, u.capacity, u.airflow, u.supplySetpoint, u.fanPower, a?.returnT, a?.supplyT, a?.load, a?.overCapacity];
    }));
}

/** The results as JSON: loops, air (without cell fields), verdicts and hall summary. */
export function exportJson(doc: HallDocument, r: ReportResults): string {
  const air = okAir(r);
  return JSON.stringify({
    project: doc.meta.name, revision: doc.meta.revision, units: 'SI',
    loops: r.loops, air: air ? { accuracy: air.accuracy, racks: air.racks, units: air.units, metrics: air.metrics, energy: air.energy, convergence: air.convergence, warnings: air.warnings } : r.air,
    verdicts: r.verdicts, summary: r.summary,
  }, null, 1);
}
