// Unit formatting for panels: the project's unit system (SI / IP) applied through workers/units.
import { useMemo } from 'react';
import { useDocumentState } from '../document/context';
import { displayUnit, formatQuantity, parseQuantity, type UnitSystem } from '../../../workers/units';
import type { QuantityKind } from '../../../workers/model/quantity';

export interface Units {
  system: UnitSystem;
  fmt(si: number, kind: QuantityKind, digits?: number): string;
  unit(kind: QuantityKind): string;
  parse(text: string, kind: QuantityKind): { ok: true; value: number } | { ok: false; error: string };
}

export function useUnits(): Units {
  const system = useDocumentState((s) => s.doc.unitSystem);
  return useMemo(
    () => ({
      system,
      fmt: (si, kind, digits) => formatQuantity(si, kind, system, digits === undefined ? {} : { digits }),
      unit: (kind) => displayUnit(kind, system),
      parse: (text, kind) => parseQuantity(text, kind, system),
    }),
    [system],
  );
}
