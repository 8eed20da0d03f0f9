// Synthetic EPANET networks written as .inp text, for validation against EPANET and for
// benchmarks: direct-liquid-cooling (DLC) hall loops (CDU pumps, expansion tank as the pressure
// reference, supply/return headers, racks of parallel cold plates, header cross-ties making
// loops) and looped distribution grids. Deterministic (no randomness) so results are repeatable.
// Cold plates are short small-bore pipes with minor losses (EPANET has no k·Qⁿ element).

export interface DlcHallSpec {
  readonly rows: number;
  readonly racksPerRow: number;
  readonly platesPerRack: number;
  readonly units?: 'LPS' | 'GPM';
  readonly headloss?: 'D-W' | 'H-W' | 'C-M';
  /** Number of identical CDU pumps in parallel, each behind a check valve. */
  readonly pumps?: number;
}

interface Inp {
  junctions: string[];
  reservoirs: string[];
  tanks: string[];
  pipes: string[];
  pumps: string[];
  valves: string[];
  curves: string[];
  options: string[];
}

function emptyInp(): Inp {
  return { junctions: [], reservoirs: [], tanks: [], pipes: [], pumps: [], valves: [], curves: [], options: [] };
}

function render(title: string, s: Inp, extra = ''): string {
  const sec = (name: string, lines: string[]): string => `[${name}]\n${lines.join('\n')}\n\n`;
  return `[TITLE]\n${title}\n\n` + sec('JUNCTIONS', s.junctions) + sec('RESERVOIRS', s.reservoirs) +
    sec('TANKS', s.tanks) + sec('PIPES', s.pipes) + sec('PUMPS', s.pumps) + sec('VALVES', s.valves) +
    sec('CURVES', s.curves) + extra + sec('OPTIONS', s.options) + '[END]\n';
}

/** Number of links of a DLC hall network (for sizing benchmarks). */
export function dlcHallLinkCount(spec: DlcHallSpec): number {
  const { rows, racksPerRow: r, platesPerRack: p } = spec;
  const pumps = spec.pumps ?? 2;
  return 2 + 2 * pumps + rows * (2 + 2 * (r - 1) + r * (2 + p)) + (rows - 1);
}

/** A DLC secondary loop: expansion tank → CDU pumps → HX → supply main → rows of racks → return. */
export function dlcHallInp(spec: DlcHallSpec): string {
  const si = (spec.units ?? 'LPS') === 'LPS';
  const hl = spec.headloss ?? 'D-W';
  const s = emptyInp();
  const L = (m: number): string => (si ? m : m / 0.3048).toFixed(3); // length / elevation
  const D = (mm: number): string => (si ? mm : mm / 25.4).toFixed(3); // diameter
  const rough = hl === 'D-W' ? (si ? '0.0015' : '0.005') : hl === 'H-W' ? '140' : '0.011';
  const plateRough = hl === 'D-W' ? (si ? '0.01' : '0.033') : hl === 'H-W' ? '120' : '0.013';
  const npumps = spec.pumps ?? 2;
  // Pump curve: 3 points from shutoff (power function), scaled with the hall size.
  const plates = spec.rows * spec.racksPerRow * spec.platesPerRack;
  const qDesignLps = Math.max(1, plates * 0.02) / npumps; // ≈ 1.2 L/min per plate
  const q = (lps: number): string => (si ? lps : lps * 15.850323).toFixed(4);
  s.curves.push(`CDU 0 ${L(45)}`, `CDU ${q(qDesignLps)} ${L(35)}`, `CDU ${q(2 * qDesignLps)} ${L(12)}`);
  s.reservoirs.push('EXP ' + L(20));
  s.junctions.push(`SUC 0 0`, `DIS 0 0`, `HXO 0 0`);
  s.pipes.push(`P_EXP EXP SUC ${L(2)} ${D(50)} ${rough} 0`);
  for (let k = 0; k < npumps; k++) {
    s.junctions.push(`PO${k} 0 0`);
    s.pumps.push(`PU${k} SUC PO${k} HEAD CDU`);
    s.pipes.push(`CV${k} PO${k} DIS ${L(1)} ${D(150)} ${rough} 2 CV`);
  }
  s.pipes.push(`HX DIS HXO ${L(5)} ${D(200)} ${rough} 12`);
  const mainD = Math.max(80, Math.sqrt(qDesignLps * npumps) * 40);
  for (let r = 0; r < spec.rows; r++) {
    s.junctions.push(`S${r}_0 1 0`, `R${r}_0 1 0`);
    s.pipes.push(`SM${r} HXO S${r}_0 ${L(10 + 3 * r)} ${D(mainD)} ${rough} 1`);
    s.pipes.push(`RM${r} R${r}_${spec.racksPerRow - 1} SUC ${L(12 + 3 * r)} ${D(mainD)} ${rough} 1`);
    const hd = Math.max(40, mainD * 0.6);
    for (let c = 0; c < spec.racksPerRow; c++) {
      if (c > 0) {
        s.junctions.push(`S${r}_${c} 1 0`, `R${r}_${c} 1 0`);
        s.pipes.push(`SH${r}_${c} S${r}_${c - 1} S${r}_${c} ${L(0.6)} ${D(hd)} ${rough} 0.2`);
        s.pipes.push(`RH${r}_${c} R${r}_${c - 1} R${r}_${c} ${L(0.6)} ${D(hd)} ${rough} 0.2`);
      }
      // Rack: supply hose → manifold → plates in parallel → manifold → return hose.
      const rk = `K${r}_${c}`;
      s.junctions.push(`${rk}s 2 0`, `${rk}r 2 0`);
      s.pipes.push(`${rk}S S${r}_${c} ${rk}s ${L(2)} ${D(32)} ${rough} 1.5`);
      s.pipes.push(`${rk}R ${rk}r R${r}_${c} ${L(2)} ${D(32)} ${rough} 1.5`);
      for (let p = 0; p < spec.platesPerRack; p++) {
        const kPlate = (8 + ((r * 7 + c * 3 + p) % 5)).toFixed(1);
        s.pipes.push(`${rk}p${p} ${rk}s ${rk}r ${L(0.8)} ${D(8)} ${plateRough} ${kPlate}`);
      }
    }
    // Cross-tie between neighbouring rows' supply headers (a loop in the supply side).
    if (r > 0) s.pipes.push(`XT${r} S${r - 1}_${spec.racksPerRow - 1} S${r}_${spec.racksPerRow - 1} ${L(4)} ${D(hd)} ${rough} 1`);
  }
  s.options.push(`UNITS ${si ? 'LPS' : 'GPM'}`, `HEADLOSS ${hl}`, 'TRIALS 100', 'ACCURACY 0.001', 'UNBALANCED CONTINUE 10');
  return render(`DLC hall ${spec.rows}x${spec.racksPerRow}x${spec.platesPerRack}`, s);
}

export interface GridSpec {
  readonly nx: number;
  readonly ny: number;
  readonly units?: 'LPS' | 'GPM' | 'CMH' | 'MGD';
  readonly headloss?: 'D-W' | 'H-W' | 'C-M';
}

/** A looped distribution grid fed by a reservoir through a pump and by an elevated tank. */
export function gridInp(spec: GridSpec): string {
  const units = spec.units ?? 'GPM';
  const si = units === 'LPS' || units === 'CMH';
  const hl = spec.headloss ?? 'H-W';
  const s = emptyInp();
  const len = si ? 150 : 500;
  const dem = units === 'GPM' ? 8 : units === 'LPS' ? 0.5 : units === 'CMH' ? 1.8 : 0.012;
  for (let j = 0; j < spec.ny; j++) {
    for (let i = 0; i < spec.nx; i++) {
      const el = (si ? 10 : 33) + ((i * 7 + j * 3) % 11);
      s.junctions.push(`J${i}_${j} ${el} ${(dem * (1 + ((i + 2 * j) % 4) * 0.5)).toFixed(4)}`);
      const dA = si ? 100 + 50 * ((i + j) % 3) : 4 + 2 * ((i + j) % 3);
      const r = hl === 'H-W' ? 100 + ((i * j) % 4) * 10 : hl === 'D-W' ? (si ? 0.26 : 0.85) : 0.012;
      if (i > 0) s.pipes.push(`H${i}_${j} J${i - 1}_${j} J${i}_${j} ${len} ${dA} ${r} 0`);
      if (j > 0) s.pipes.push(`V${i}_${j} J${i}_${j - 1} J${i}_${j} ${len} ${dA} ${r} 0`);
    }
  }
  const pipeD = si ? 400 : 16;
  const r0 = hl === 'H-W' ? 120 : hl === 'D-W' ? (si ? 0.26 : 0.85) : 0.012;
  s.reservoirs.push(`SRC ${si ? 5 : 16}`);
  s.junctions.push(`PMP ${si ? 5 : 16} 0`);
  const qd = dem * spec.nx * spec.ny * 1.6;
  s.curves.push(`PC ${(qd).toFixed(3)} ${si ? 60 : 200}`);
  s.pumps.push('PU1 SRC PMP HEAD PC');
  s.pipes.push(`FEED PMP J0_0 ${len} ${pipeD} ${r0} 0`);
  s.tanks.push(`TK ${si ? 55 : 180} ${si ? 4 : 13} 0 ${si ? 8 : 26} ${si ? 15 : 50} 0`);
  s.pipes.push(`TKP TK J${spec.nx - 1}_${spec.ny - 1} ${len} ${pipeD} ${r0} 0`);
  s.options.push(`UNITS ${units}`, `HEADLOSS ${hl}`, 'TRIALS 200');
  return render(`Grid ${spec.nx}x${spec.ny}`, s);
}
