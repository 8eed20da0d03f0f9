// Small EPANET networks that exercise one feature each (valve types in active and inactive
// states, check valves, pump curve kinds, speed, constant power, shutoff, controls, patterns,
// tanks, emitters, unit systems). Written as .inp text and compared with EPANET itself.

const US = '[OPTIONS]\nUNITS GPM\nHEADLOSS H-W\n';
const SI = '[OPTIONS]\nUNITS LPS\nHEADLOSS D-W\n';

/** Reservoir R → A → valve V → B → C (demand) → optional second reservoir R2. */
function valveNet(valve: string, opts: { r2?: number; demand?: number; extra?: string; si?: boolean } = {}): string {
  const si = opts.si === true;
  const r2 = opts.r2 === undefined ? '' : `R2 ${opts.r2}\n`;
  const p3 = opts.r2 === undefined ? '' : `P3 C R2 ${si ? 600 : 2000} ${si ? 200 : 8} ${si ? 0.1 : 100}\n`;
  const d = opts.demand ?? (si ? 30 : 500);
  return `[TITLE]\nvalve ${valve}\n[JUNCTIONS]\nA 10 0\nB 5 0\nC 0 ${d}\n[RESERVOIRS]\nR ${si ? 30 : 100}\n${r2}` +
    `[PIPES]\nP1 R A ${si ? 300 : 1000} ${si ? 300 : 12} ${si ? 0.1 : 100}\nP2 B C ${si ? 300 : 1000} ${si ? 300 : 12} ${si ? 0.1 : 100}\n${p3}` +
    `[VALVES]\n${valve}\n${opts.extra ?? ''}${si ? SI : US}[END]\n`;
}

const PUMPS_BASE = `[JUNCTIONS]
A 0 0
B 10 0
C 20 800
[RESERVOIRS]
S 0
[TANKS]
T 120 15 5 25 40 0
[PIPES]
PB B C 2000 12 110
PT C T 1500 10 110
`;

export const FEATURE_CASES: Record<string, string> = {
  prvActive: valveNet('V A B 12 PRV 20 0'),
  prvOpen: valveNet('V A B 12 PRV 80 0'),
  prvClosedReverse: valveNet('V A B 12 PRV 20 0', { r2: 180, demand: 0 }),
  prvFixedOpen: valveNet('V A B 12 PRV 20 0', { extra: '[STATUS]\nV OPEN\n' }),
  psvActive: valveNet('V A B 12 PSV 38 0', { r2: 40 }),
  psvOpen: valveNet('V A B 12 PSV 5 0', { r2: 40 }),
  pbvActive: valveNet('V A B 12 PBV 15 0'),
  pbvZero: valveNet('V A B 12 PBV 0 2'),
  fcvActive: valveNet('V A B 12 FCV 300 0'),
  fcvCannotDeliver: valveNet('V A B 12 FCV 5000 0', { demand: 100 }),
  fcvSI: valveNet('V A B 300 FCV 20 0', { si: true }),
  tcv: valveNet('V A B 12 TCV 25 0'),
  tcvClosed: valveNet('V A B 12 TCV 25 0', { r2: 60, extra: '[STATUS]\nV CLOSED\n' }),
  gpv: valveNet('V A B 12 GPV HL 0', { extra: '[CURVES]\nHL 0 0\nHL 400 10\nHL 1000 40\n' }),
  pcv: valveNet('V A B 12 PCV 40 3 KV', { extra: '[CURVES]\nKV 0 0\nKV 50 20\nKV 100 100\n' }),
  prvSI: valveNet('V A B 300 PRV 12 0', { si: true }),
  psvSI: valveNet('V A B 300 PSV 18 0', { si: true, r2: 12 }),
  checkValveClosed: `[JUNCTIONS]\nA 0 100\nB 0 0\n[RESERVOIRS]\nR1 100\nR2 150\n[PIPES]\nP1 R1 A 1000 10 100\nP2 A B 500 8 100 0 CV\nP3 R2 B 1000 10 100\n${US}[END]\n`,
  parallelPumps: `${PUMPS_BASE}[PUMPS]
P1 S A HEAD C1
P2 S A HEAD C3
P3 S A HEAD CM SPEED 0.8
P4 S A HEAD C1
P5 S A POWER 40
[PIPES]
PA A B 100 16 120
[CURVES]
C1 600 150
C3 0 200
C3 500 170
C3 900 110
CM 0 190
CM 200 185
CM 500 160
CM 800 100
CM 1000 40
[STATUS]
P4 CLOSED
${US}[END]
`,
  pumpShutoff: `[JUNCTIONS]\nA 0 0\n[RESERVOIRS]\nS 0\nH 400\n[PIPES]\nPA A H 1000 12 120\nPX S A 5000 6 100\n[PUMPS]\nPU S A HEAD C1\n[CURVES]\nC1 500 150\n${US}[END]\n`,
  controlsAndPatterns: `[JUNCTIONS]
A 0 100 DP
B 5 0
C 10 50
[RESERVOIRS]
S 0 RP
[TANKS]
T 130 10 2 20 30 0
[PIPES]
PA A B 1000 12 110
PB B C 1000 10 110
PT C T 800 10 110
PX A C 3000 6 100 0 CLOSED
[PUMPS]
PU S A HEAD C1 PATTERN SP
[VALVES]
V B C 10 PRV 50 0
[CURVES]
C1 1000 160
[PATTERNS]
1 1.0 1.5 2.0
DP 0.5 0.8 1.2
RP 1.0 1.0 1.1
SP 1.0 1.0 0.9
[DEMANDS]
C 40 1
C 20 DP
[CONTROLS]
LINK PX OPEN AT TIME 0
LINK V 45 IF NODE T BELOW 15
LINK PB CLOSED IF NODE A BELOW 1
[RULES]
RULE 1
IF TANK T LEVEL ABOVE 18
THEN PUMP PU STATUS IS CLOSED
[TIMES]
PATTERN TIMESTEP 1:00
PATTERN START 2:00
[OPTIONS]
UNITS GPM
HEADLOSS H-W
DEMAND MULTIPLIER 1.2
[END]
`,
  pressureControl: `[JUNCTIONS]\nA 0 0\nB 0 900\n[RESERVOIRS]\nS 0\n[PIPES]\nPA A B 3000 10 100\nPY A B 3000 8 100 0 CLOSED\n[PUMPS]\nPU S A HEAD C1\n[CURVES]\nC1 800 200\n[CONTROLS]\nLINK PY OPEN IF NODE B BELOW 40\n${US}[END]\n`,
  tankFull: `[JUNCTIONS]\nA 0 10\n[RESERVOIRS]\nS 300\n[TANKS]\nT 100 20 0 20 30 0\n[PIPES]\nP1 S A 1000 12 100\nP2 A T 1000 12 100\n${US}[END]\n`,
  emitters: `[JUNCTIONS]\nA 0 0\nB 0 20\nC 5 0\n[RESERVOIRS]\nR 120\n[PIPES]\nP1 R A 1000 12 100\nP2 A B 800 8 100\nP3 B C 800 6 100\n[EMITTERS]\nB 2.5\nC 1.0\n${US}[END]\n`,
  siViscosity: `[JUNCTIONS]\nA 2 1.5\nB 1 2.5\n[RESERVOIRS]\nR 25\n[PIPES]\nP1 R A 400 100 0.05 1.5\nP2 A B 300 80 0.05 0\n[OPTIONS]\nUNITS LPS\nHEADLOSS D-W\nVISCOSITY 3.0\nSPECIFIC GRAVITY 1.03\n[END]\n`,
  laminarTransition: `[JUNCTIONS]\nA 0 0.05\nB 0 0.12\n[RESERVOIRS]\nR 2\n[PIPES]\nP1 R A 50 20 0.01\nP2 A B 30 10 0.01\n[OPTIONS]\nUNITS LPM\nHEADLOSS D-W\nVISCOSITY 2.5\n[END]\n`,
  tankLevelControls: `[JUNCTIONS]\nA 0 0\nB 0 300\n[RESERVOIRS]\nL 100\n[TANKS]\nT1 50 13.1 0.1 32.1 85 0\n[PIPES]\nP1 A B 1000 12 100\nP2 B T1 1000 12 100\nBY L B 5000 8 100 0 CLOSED\n[PUMPS]\nPU L A HEAD 1\n[CURVES]\n1 0 104\n1 2000 92\n1 4000 63\n[STATUS]\nPU CLOSED\n[CONTROLS]\nLink PU OPEN AT TIME 1\nLink PU OPEN IF Node T1 BELOW 17.1\nLink BY OPEN IF Node T1 BELOW 17.1\nLink BY CLOSED IF Node T1 ABOVE 19.1\n[TIMES]\nStart ClockTime 12 am\n${US}[END]\n`,
  clockAndReservoirControls: `[JUNCTIONS]\nA 0 0\nB 0 300\n[RESERVOIRS]\nL 100\n[PIPES]\nP1 A B 1000 12 100\nP2 L B 3000 6 100\nBY L B 5000 8 100\n[PUMPS]\nPU L A HEAD 1\n[CURVES]\n1 0 104\n1 2000 92\n1 4000 63\n[CONTROLS]\nLINK PU CLOSED AT CLOCKTIME 6:00 AM\nLINK BY CLOSED IF NODE L ABOVE 500\nLINK P2 0 AT TIME 0:00\n[TIMES]\nStart ClockTime 6 AM\n${US}[END]\n`,
  mgdManning: `[JUNCTIONS]\nA 0 0.5\nB 0 0.7\nC 0 0.2\n[RESERVOIRS]\nR 150\n[PIPES]\nP1 R A 2000 12 0.011\nP2 A B 1500 10 0.012\nP3 B C 1500 8 0.013\nP4 A C 3000 8 0.013\n[OPTIONS]\nUNITS MGD\nHEADLOSS C-M\n[END]\n`,
};
