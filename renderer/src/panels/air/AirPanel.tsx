// The Room air tab: solve status and actions, 3D layer controls, metrics and energy balance, hot spots,
// cooling units and every rack's intake. The tab shows the 3D air layers while it is open. Numbers go
// through useUnits(); a failed solve shows its named error only.
import { useEffect, useMemo } from 'react';
import { useViewStore } from '../../app/view-store';
import { useDocumentState } from '../../document/context';
import { useResults } from '../../solver/engine-context';
import { AirLayerControls } from './AirLayerControls';
import { AirMetrics } from './AirMetrics';
import { AirStatus } from './AirStatus';
import { HotSpots } from './HotSpots';
import { RackIntakeTable } from './RackIntakeTable';
import { UnitTable } from './UnitTable';

export function AirPanel() {
  const view = useViewStore();
  const result = useResults((s) => s.air.result);
  const airClass = useDocumentState((s) => s.doc.criteria.airClass);
  const racks = useDocumentState((s) => s.doc.racks);
  const units = useDocumentState((s) => s.doc.coolingUnits);
  const names = useMemo(() => new Map<string, string>([...racks, ...units].map((o) => [o.id, o.name])), [racks, units]);

  useEffect(() => {
    view.set({ air: { ...view.getState().air, shown: true } });
    return () => view.set({ air: { ...view.getState().air, shown: false } });
  }, [view]);

  return (
    <div className="air-panel" data-testid="air-panel">
      <AirStatus />
      <AirLayerControls result={result} />
      {result && (
        <>
          <AirMetrics metrics={result.metrics} energy={result.energy} airClass={airClass} />
          <HotSpots racks={result.racks} airClass={airClass} names={names} />
          <UnitTable units={result.units} names={names} />
          <RackIntakeTable racks={result.racks} airClass={airClass} names={names} />
        </>
      )}
    </div>
  );
}
