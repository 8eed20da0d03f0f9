// Air-side metrics of the latest result (REFERENCE.md §7): RCI_HI / RCI_LO with Herrlin's bands, RTI,
// SHI / RHI, capture indices (lowest and mean rack cold-aisle CI, hall hot-aisle capture), and the energy balance (rack heat to air vs heat removed by units and rear doors).
import type { AirMetrics as Metrics, EnergyBalance } from '../../../../workers/airflow';
import { useUnits } from '../units';
import { percent } from './format';
import { rciBand } from './hot-spots';

const BAND_LABEL = { good: 'good', acceptable: 'acceptable', poor: 'poor' } as const;

export function AirMetrics({ metrics, energy, airClass }: { metrics: Metrics; energy: EnergyBalance; airClass: string }) {
  const u = useUnits();
  const hi = rciBand(metrics.rciHi), lo = rciBand(metrics.rciLo);
  const rtiNote = metrics.rti > 105 ? 'recirculation' : metrics.rti < 95 ? 'bypass' : 'balanced';
  return (
    <section className="panel" data-testid="air-metrics">
      <h2>Metrics <span className="muted small">class {airClass}</span></h2>
      <table className="kv">
        <tbody>
          <tr title="Rack Cooling Index, high side (Herrlin 2005): ≥ 96 % good, 91–95 % acceptable, ≤ 90 % poor">
            <th>RCI<sub>HI</sub></th>
            <td data-testid="air-rci-hi">{percent(metrics.rciHi)} <span className={`band ${hi}`}>{BAND_LABEL[hi]}</span></td>
          </tr>
          <tr title="Rack Cooling Index, low side (Herrlin 2005)">
            <th>RCI<sub>LO</sub></th>
            <td data-testid="air-rci-lo">{percent(metrics.rciLo)} <span className={`band ${lo}`}>{BAND_LABEL[lo]}</span></td>
          </tr>
          <tr title="Return Temperature Index: 100 % balanced, > 100 % recirculation, < 100 % bypass">
            <th>RTI</th>
            <td data-testid="air-rti">{percent(metrics.rti)} <span className="muted">{rtiNote}</span></td>
          </tr>
          <tr title="Supply / Return Heat Index (Sharma et al. 2002): SHI near 0 means little hot-air recirculation">
            <th>SHI / RHI</th>
            <td data-testid="air-shi">{metrics.shi.toFixed(3)} / {metrics.rhi.toFixed(3)}</td>
          </tr>
          {typeof metrics.captureMin === 'number' && (
            <tr title="Cold-aisle capture index (VanGilder): share of a rack's intake air that comes straight from the cooling supplies (tiles, unit supplies) without passing through a rack. Lowest rack / mean over racks">
              <th>Capture index</th>
              <td data-testid="air-capture">
                min {u.fmt(metrics.captureMin, 'fraction', 1)}{typeof metrics.captureMean === 'number' && <span className="muted"> · mean {u.fmt(metrics.captureMean, 'fraction', 1)}</span>}
              </td>
            </tr>
          )}
          {typeof metrics.hotAisleCapture === 'number' && (
            <tr title="Hot-aisle capture (hall): share of all rack exhaust air that reaches a cooling return without entering a rack">
              <th>Exhaust captured</th>
              <td data-testid="air-hot-capture">{u.fmt(metrics.hotAisleCapture, 'fraction', 1)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <table className="kv">
        <caption>Energy balance</caption>
        <tbody>
          <tr><th>Rack heat to air</th><td data-testid="air-rack-heat">{u.fmt(energy.rackHeat, 'power')}</td></tr>
          <tr><th>Removed by cooling units</th><td>{u.fmt(energy.unitHeat, 'power')}</td></tr>
          {energy.doorHeat > 0 && <tr><th>Removed by rear doors</th><td>{u.fmt(energy.doorHeat, 'power')}</td></tr>}
          <tr>
            <th>Imbalance</th>
            <td className={Math.abs(energy.imbalance) > 0.02 ? 'bad' : ''} data-testid="air-imbalance">{u.fmt(energy.imbalance, 'fraction', 2)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
