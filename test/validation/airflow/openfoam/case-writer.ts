// Writes an OpenFOAM v1912 case (buoyantBoussinesqSimpleFoam, k-ε) for a hall document whose racks and
// cooling units are axis-aligned boxes on the mesh: blockMesh box, topoSet removal of equipment cells,
// one patch per rack intake/exhaust, unit supply/return and floor tile, fixed-flow boundaries (the same compact rack
// model as the engine: fixed airflow, exhaust T = mean intake T + ΔT, set by update-exhaust.ts between
// solver runs). Temperatures in K inside OpenFOAM. Used only by make-reference.sh, never in CI.
// Outflow faces (rack intakes, CRAH returns) draw air evenly: `fixedNormalSlip` fixes the normal velocity
// to flow / (mesh area of the patch) and lets the tangential part slip, as the engine's faces do. (The
// first references used `flowRateOutletVelocity`, which takes the outflow where the pressure field puts
// it — 0–2.4× the mean per face — so the area-mean intake T was not the T of the air the rack drew and
// the racks injected only ≈ 92 % of their heat.)
// Containment: the engine's panels are faces (voxelise.ts: LEAK faces on the aisle rectangle's perimeter
// between two fluid cells up to the panel height, and the roof) with a linear law u_n = κ·Δp between the two
// cells either side. A cyclic porous baffle on those faces (createBaffles, porousBafflePressure on p_rgh,
// D = 1/(κ·ρ·ν)) was tried first and is unusable here: v1912 sets the baffle's jump explicitly from the last
// iteration's flux, without relaxation, and a resistance this large (D·ν = 32 s/m) grew into a checkerboard of
// ±4 m/s flows through neighbouring faces within 300 SIMPLE iterations. A Darcy resistance in the aisle cells
// behind the faces only was stable but let ≈ 10× the flow through (a face between a porous and a free cell
// takes its conductance from the free one). What is used: the two cells either side of every LEAK face carry
// an implicit Darcy resistance (explicitPorositySource, DarcyForchheimer, f = 0) along the axes of their panel
// faces only (tangential flow in the layer free), d = PANEL_DARCY_SCALE/(κ·ρ·ν·δ), so that the pressure
// difference between those two cells and the flow through the face follow the engine's law (κ from the
// engine's own voxelisation; check-leaks.ts measures the law OpenFOAM achieved). One containment per hall
// (one conductance). A roofed hot-aisle containment under a ceiling plenum is what the engine makes it, a
// chimney (hall hac): its LEAK faces run up to the ceiling, it has no roof, and its aisle cells (the Darcy
// zones' inside) reach the ceiling. make-reference.sh builds the zones (system/topoSetDict.leaks) when the
// case has them.
// Ceiling return (hall hac): units returning to the ceiling plenum have no return on their box; they share
// one outflow patch, ceiling_return, on exactly the faces of the engine's 'ceiling/return' patch (the top
// faces of the top cell layer inside the chimney's plan rectangle, or the whole ceiling without a chimney;
// hall-problem.ts), drawing their summed airflow evenly (fixedNormalSlip, T zeroGradient, as the other
// returns); its area-mean T is every such unit's return temperature. One chimney per hall.
// In-row coolers (kind 'inRow', hall inrow): as the engine takes them (hall-problem.ts), a supply on the front
// face at the setpoint (like a CRAH's front supply) and a return drawn evenly from the rear face (fixedNormalSlip,
// normal into the unit, monitored like the other returns); the box is solid.
// Upflow units (hall upflow): a CRAH/CRAC supplying from its top face blows up from exactly the engine's 'top'
// faces (the top faces of the unit's box, its whole footprint: an inlet at the setpoint, velocity normal, up)
// and one returning at its front draws evenly from the engine's 'front' faces (the whole front face, floor to
// unit height; fixedNormalSlip, normal into the unit, monitored as the unit's return, as the other returns).
// Rear doors (hall doors): the rack's exhaust patch follows the engine's compact door model, exhaust =
// T_hot − rearDoorHeat(UA, ρ·cp·V, T_hot, ρw·cpw·water flow, water supply)/(ρ·cp·V) with T_hot = mean intake +
// IT-air ΔT (update-exhaust.ts exhaustTarget, which calls the engine's hx.ts); the door's parameters go to
// patches.json (FoamCase.doors) and its starting exhaust is that model at an intake at the mean setpoint.
// The door's air-side pressure drop does not enter (the rack's fans hold its airflow, as in the engine).
import type { HallDocument } from '../../../../workers/model/schema';
import { rackAirflow, rackAirHeat } from '../../../../workers/airflow/equipment';
import { AIR_CP, AIR_DENSITY, AIR_NU, AIR_PR, KELVIN } from '../../../../workers/airflow/constants';
import { voxelise } from '../../../../workers/airflow/voxelise';
import { exhaustTarget, type FoamDoor } from './update-exhaust';

export interface FoamPatch {
  name: string; kind: 'intake' | 'exhaust' | 'supply' | 'return'; flow: number; box: [number, number, number, number, number, number];
  temperature?: number;
  /** Outflow patches: unit normal out of the fluid (into the equipment) and the patch's mesh area, m². */
  normal?: [number, number, number]; area?: number;
}
/** Containment panels as a Darcy resistance in the cells either side of the faces the engine marks LEAK: the
 *  engine's conductance κ, the Darcy coefficient d (1/m², for the mesh's x spacing) and the cells per zone. */
export interface FoamLeaks { faces: number; kappa: number; darcy: number; zones: Record<string, number> }
export interface FoamCase { files: Record<string, string>; patches: FoamPatch[]; cells: number; rackDeltaT: Record<string, number>; leaks?: FoamLeaks; doors?: Record<string, FoamDoor> }

const header = (cls: string, obj: string, loc = '') => `FoamFile\n{\n    version 2.0;\n    format ascii;\n    class ${cls};\n${loc ? `    location "${loc}";\n` : ''}    object ${obj};\n}\n`;
const f = (x: number) => Number(x.toFixed(6)).toString();

/** Axis-aligned box of a rotated-by-multiple-of-90° footprint: [x0, y0, x1, y1]. */
function planBox(o: { x: number; y: number; rotationDeg: number; width: number; depth: number }): [number, number, number, number] {
  const quarter = Math.round(o.rotationDeg / 90) % 2 !== 0;
  const ex = (quarter ? o.depth : o.width) / 2, ey = (quarter ? o.width : o.depth) / 2;
  return [o.x - ex, o.y - ey, o.x + ex, o.y + ey];
}

/** Thin box around the face of a plan box on the side the unit normal (nx, ny) points to. */
function faceBox(b: [number, number, number, number], nx: number, ny: number, h: number): FoamPatch['box'] {
  const e = 0.01, m = 0.001;
  if (nx > 0.5) return [b[2] - e, b[1] + m, m, b[2] + e, b[3] - m, h - m];
  if (nx < -0.5) return [b[0] - e, b[1] + m, m, b[0] + e, b[3] - m, h - m];
  if (ny > 0.5) return [b[0] + m, b[3] - e, m, b[2] - m, b[3] + e, h - m];
  return [b[0] + m, b[1] - e, m, b[2] - m, b[1] + e, h - m];
}

/** Number of mesh cells of size h whose centres lie inside (a, b) (the faces boxToFace picks on an axis). */
function cellsIn(a: number, b: number, h: number, n: number): number {
  let c = 0;
  for (let i = 0; i < n; i++) { const x = (i + 0.5) * h; if (x > a && x < b) c++; }
  return c;
}

/** Mesh area of the faces inside a thin patch box (its two long extents counted in whole cells), m². */
function patchArea(box: FoamPatch['box'], h: [number, number, number], n: [number, number, number]): number {
  const ext = [0, 1, 2].map((a) => box[a + 3] - box[a]);
  const thin = ext.indexOf(Math.min(...ext));
  let area = 1;
  for (let a = 0; a < 3; a++) if (a !== thin) area *= cellsIn(box[a], box[a + 3], h[a], n[a]) * h[a];
  return area;
}

export function writeCase(doc: HallDocument, cellSize: number, iterationsPerCycle: number): FoamCase {
  const L = doc.envelope.length, W = doc.envelope.width, H = doc.envelope.ceilingHeight;
  const nx = Math.round(L / cellSize), ny = Math.round(W / cellSize), nz = Math.round(H / cellSize);
  const patches: FoamPatch[] = [];
  const solids: [number, number, number, number, number, number][] = [];
  const rackDeltaT: Record<string, number> = {};
  const doors: Record<string, FoamDoor> = {};
  const tStart = doc.coolingUnits.reduce((s, u) => s + u.supplySetpoint, 0) / Math.max(1, doc.coolingUnits.length);
  for (const r of doc.racks) {
    const b = planBox(r);
    solids.push([b[0], b[1], 0, b[2], b[3], r.height]);
    const t = (r.rotationDeg * Math.PI) / 180, fx = Math.sin(t), fy = -Math.cos(t);
    const v = rackAirflow(r);
    rackDeltaT[r.id] = rackAirHeat(r) / (AIR_DENSITY * AIR_CP * v);
    patches.push({ name: `${r.id}_in`, kind: 'intake', flow: v, box: faceBox(b, fx, fy, r.height), normal: [-fx, -fy, 0] });
    patches.push({ name: `${r.id}_out`, kind: 'exhaust', flow: v, box: faceBox(b, -fx, -fy, r.height), temperature: 30 });
    // with in-row coolers (no CRAHs, hall inrow) the coupling starts from an intake at the setpoint (the other halls from 30 °C)
    if (doc.coolingUnits.some((u) => u.kind === 'inRow')) patches[patches.length - 1].temperature = tStart + rackDeltaT[r.id];
    // a rear door as the engine takes it (hall-problem.ts: enabled, with UA and water flow)
    const d = r.rearDoor;
    if (d && d.enabled && d.ua > 0 && d.waterFlow > 0) {
      doors[r.id] = { ua: d.ua, flow: v, waterFlow: d.waterFlow, waterSupplyTemp: d.waterSupplyTemp };
      patches[patches.length - 1].temperature = exhaustTarget(tStart + KELVIN, rackDeltaT[r.id], doors[r.id]) - KELVIN;
    }
  }
  const floorUnits: typeof doc.coolingUnits = [];
  const ceilingUnits: typeof doc.coolingUnits = [];
  for (const u of doc.coolingUnits) {
    if (u.kind === 'inRow') { inRowPatches(u, patches, solids); continue; }
    const ceiling = u.return === 'ceiling' && doc.envelope.ceilingPlenum !== null;
    if ((u.supply !== 'front' && u.supply !== 'floor' && u.supply !== 'top') || (u.return !== 'top' && u.return !== 'front' && !ceiling) || (u.supply === u.return)) throw new Error('reference case supports in-row coolers and CRAHs supplying from their front, their top or the raised floor and returning at their top, their front or to a ceiling plenum only (not supply and return on one face)');
    const b = planBox(u);
    solids.push([b[0], b[1], 0, b[2], b[3], u.height]);
    const t = (u.rotationDeg * Math.PI) / 180;
    if (u.supply === 'front') patches.push({ name: `${u.id}_supply`, kind: 'supply', flow: u.airflow, box: faceBox(b, Math.sin(t), -Math.cos(t), u.height), temperature: u.supplySetpoint });
    // an upflow unit (hall upflow): the supply on its whole top face, blowing up at the setpoint
    else if (u.supply === 'top') patches.push({ name: `${u.id}_supply`, kind: 'supply', flow: u.airflow, box: [b[0] + 0.001, b[1] + 0.001, u.height - 0.01, b[2] - 0.001, b[3] - 0.001, u.height + 0.01], temperature: u.supplySetpoint });
    else floorUnits.push(u);
    if (ceiling) { ceilingUnits.push(u); continue; }
    // a front return (hall upflow): drawn evenly from the whole front face, normal into the unit
    if (u.return === 'front') { patches.push({ name: `${u.id}_return`, kind: 'return', flow: u.airflow, box: faceBox(b, Math.sin(t), -Math.cos(t), u.height), normal: [-Math.sin(t), Math.cos(t), 0] }); continue; }
    patches.push({ name: `${u.id}_return`, kind: 'return', flow: u.airflow, box: [b[0] + 0.001, b[1] + 0.001, u.height - 0.01, b[2] - 0.001, b[3] - 0.001, u.height + 0.01], normal: [0, 0, -1] });
  }
  // a raised floor: the plenum as the engine's lumped model gives equal open tiles (equal flows at the floor
  // units' mixed supply temperature); only equal tiles clear of equipment are supported
  if (floorUnits.length > 0) {
    if (doc.envelope.floor.kind !== 'raised') throw new Error('a floor supply needs a raised floor');
    const size = doc.envelope.floor.tileSize;
    if (doc.tiles.length === 0 || doc.tiles.some((x) => x.openArea !== doc.tiles[0].openArea)) throw new Error('reference case supports equal tiles only');
    const q = floorUnits.reduce((s, u) => s + u.airflow, 0);
    const tSupply = floorUnits.reduce((s, u) => s + u.airflow * u.supplySetpoint, 0) / q;
    for (const x of doc.tiles) {
      patches.push({ name: `tile_${x.id.replace(/[^A-Za-z0-9]/g, '_')}`, kind: 'supply', flow: q / doc.tiles.length, temperature: tSupply,
        box: [x.x - size / 2 + 0.001, x.y - size / 2 + 0.001, -0.01, x.x + size / 2 - 0.001, x.y + size / 2 - 0.001, 0.01] });
    }
  }
  const hs: [number, number, number] = [L / nx, W / ny, H / nz], ns: [number, number, number] = [nx, ny, nz];
  if (ceilingUnits.length > 0) patches.push(ceilingReturn(doc, cellSize, ns, hs, ceilingUnits.reduce((s, u) => s + u.airflow, 0)));
  for (const p of patches) if (p.normal) {
    p.area = patchArea(p.box, hs, ns);
    if (!(p.area > 0)) throw new Error(`patch ${p.name} has no mesh faces`);
  }
  const files: Record<string, string> = {};
  const leaks = doc.containment.length > 0 ? containmentPanels(doc, cellSize, ns, hs, files) : undefined;
  files['system/blockMeshDict'] = `${header('dictionary', 'blockMeshDict')}
convertToMeters 1;
vertices ( (0 0 0) (${f(L)} 0 0) (${f(L)} ${f(W)} 0) (0 ${f(W)} 0) (0 0 ${f(H)}) (${f(L)} 0 ${f(H)}) (${f(L)} ${f(W)} ${f(H)}) (0 ${f(W)} ${f(H)}) );
blocks ( hex (0 1 2 3 4 5 6 7) (${nx} ${ny} ${nz}) simpleGrading (1 1 1) );
edges ();
boundary ( walls { type wall; faces ( (0 3 2 1) (4 5 6 7) (0 1 5 4) (2 3 7 6) (0 4 7 3) (1 2 6 5) ); } );
mergePatchPairs ();
`;
  const m = 0.001;
  files['system/topoSetDict.cells'] = `${header('dictionary', 'topoSetDict')}
actions (
${solids.map((s, i) => `  { name fluid; type cellSet; action ${i === 0 ? 'new' : 'add'}; source boxToCell; box (${f(s[0] + m)} ${f(s[1] + m)} ${f(s[2] + m)}) (${f(s[3] - m)} ${f(s[4] - m)} ${f(s[5] - m)}); }`).join('\n')}
  { name fluid; type cellSet; action invert; }
);
`;
  files['system/topoSetDict.faces'] = `${header('dictionary', 'topoSetDict')}
actions (
${patches.map((p) => `  { name ${p.name}; type faceSet; action new; source boxToFace; box (${p.box.slice(0, 3).map(f).join(' ')}) (${p.box.slice(3).map(f).join(' ')}); }`).join('\n')}
);
`;
  files['system/createPatchDict'] = `${header('dictionary', 'createPatchDict')}
pointSync false;
patches (
${patches.map((p) => `  { name ${p.name}; patchInfo { type patch; } constructFrom set; set ${p.name}; }`).join('\n')}
);
`;
  const fields = (obj: string, dims: string, cls: string, internal: string, bc: (p: FoamPatch) => string, wall: string) => `${header(cls, obj, '0')}
dimensions ${dims};
internalField uniform ${internal};
boundaryField
{
    walls { ${wall} }
${patches.map((p) => `    ${p.name} { ${bc(p)} }`).join('\n')}
}
`;
  const isIn = (p: FoamPatch) => p.kind === 'exhaust' || p.kind === 'supply';
  const K = (c: number) => f(c + KELVIN);
  files['0.orig/U'] = fields('U', '[0 1 -1 0 0 0 0]', 'volVectorField', '(0 0 0)',
    (p) => (isIn(p) ? `type flowRateInletVelocity; volumetricFlowRate ${f(p.flow)}; value uniform (0 0 0);`
      : `type fixedNormalSlip; fixedValue uniform (${p.normal!.map((c) => f((c * p.flow) / p.area! + 0)).join(' ')}); value uniform (0 0 0);`), 'type noSlip;');
  files['0.orig/T'] = fields('T', '[0 0 0 1 0 0 0]', 'volScalarField', K(25),
    (p) => (isIn(p) ? `type fixedValue; value uniform ${K(p.temperature ?? 25)};` : 'type zeroGradient;'), 'type zeroGradient;');
  files['0.orig/p_rgh'] = fields('p_rgh', '[0 2 -2 0 0 0 0]', 'volScalarField', '0', () => 'type fixedFluxPressure; rho rhok; value uniform 0;', 'type fixedFluxPressure; rho rhok; value uniform 0;');
  files['0.orig/p'] = fields('p', '[0 2 -2 0 0 0 0]', 'volScalarField', '0', () => 'type calculated; value uniform 0;', 'type calculated; value uniform 0;');
  files['0.orig/k'] = fields('k', '[0 2 -2 0 0 0 0]', 'volScalarField', '0.005',
    (p) => (isIn(p) ? 'type turbulentIntensityKineticEnergyInlet; intensity 0.05; value uniform 0.005;' : 'type zeroGradient;'), 'type kqRWallFunction; value uniform 0.005;');
  files['0.orig/epsilon'] = fields('epsilon', '[0 2 -3 0 0 0 0]', 'volScalarField', '0.001',
    (p) => (isIn(p) ? 'type turbulentMixingLengthDissipationRateInlet; mixingLength 0.1; value uniform 0.001;' : 'type zeroGradient;'), 'type epsilonWallFunction; value uniform 0.001;');
  files['0.orig/nut'] = fields('nut', '[0 2 -1 0 0 0 0]', 'volScalarField', '0', () => 'type calculated; value uniform 0;', 'type nutkWallFunction; value uniform 0;');
  files['0.orig/alphat'] = fields('alphat', '[0 2 -1 0 0 0 0]', 'volScalarField', '0', () => 'type calculated; value uniform 0;', 'type alphatJayatillekeWallFunction; Prt 0.85; value uniform 0;');
  const tRef = doc.coolingUnits.reduce((s, u) => s + u.supplySetpoint, 0) / Math.max(1, doc.coolingUnits.length) + KELVIN;
  files['constant/transportProperties'] = `${header('dictionary', 'transportProperties', 'constant')}
transportModel Newtonian;
nu ${AIR_NU};
beta ${f(1 / tRef)};
TRef ${f(tRef)};
Pr ${AIR_PR};
Prt 0.85;
`;
  files['constant/turbulenceProperties'] = `${header('dictionary', 'turbulenceProperties', 'constant')}
simulationType RAS;
RAS { RASModel kEpsilon; turbulence on; printCoeffs on; }
`;
  files['constant/g'] = `${header('uniformDimensionedVectorField', 'g', 'constant')}
dimensions [0 1 -2 0 0 0 0];
value (0 0 -9.81);
`;
  const monitors = patches.filter((p) => p.kind === 'intake' || p.kind === 'return');
  // volume flow through the panel faces (faceZone leakZone, oriented out of the aisle): net and total
  const leakMonitor = leaks ? ['sum', 'sumMag'].map((op) => `\n    leakFlow_${op} { type surfaceFieldValue; libs ("libfieldFunctionObjects.so"); writeControl timeStep; writeInterval 10; log false; writeFields false; regionType faceZone; name leakZone; operation ${op}; fields (phi); }`).join('') : '';
  files['system/controlDict'] = `${header('dictionary', 'controlDict', 'system')}
application buoyantBoussinesqSimpleFoam;
startFrom latestTime;
startTime 0;
stopAt endTime;
endTime ${iterationsPerCycle};
deltaT 1;
writeControl timeStep;
writeInterval ${iterationsPerCycle};
purgeWrite 2;
writeFormat ascii;
writePrecision 8;
writeCompression off;
timeFormat general;
timePrecision 6;
runTimeModifiable true;
functions
{
${monitors.map((p) => `    ${p.name}Avg { type surfaceFieldValue; libs ("libfieldFunctionObjects.so"); writeControl timeStep; writeInterval 10; log false; writeFields false; regionType patch; name ${p.name}; operation areaAverage; fields (T); }`).join('\n')}${leakMonitor}
}
`;
  files['system/fvSchemes'] = `${header('dictionary', 'fvSchemes', 'system')}
ddtSchemes { default steadyState; }
gradSchemes { default Gauss linear; }
divSchemes
{
    default none;
    div(phi,U) bounded Gauss linearUpwind grad(U);
    div(phi,T) bounded Gauss linearUpwind grad(T);
    div(phi,k) bounded Gauss upwind;
    div(phi,epsilon) bounded Gauss upwind;
    div((nuEff*dev2(T(grad(U))))) Gauss linear;
}
laplacianSchemes { default Gauss linear corrected; }
interpolationSchemes { default linear; }
snGradSchemes { default corrected; }
`;
  files['system/fvSolution'] = `${header('dictionary', 'fvSolution', 'system')}
solvers
{
    p_rgh { solver GAMG; smoother GaussSeidel; tolerance 1e-8; relTol 0.01; }
    "(U|T|k|epsilon)" { solver PBiCGStab; preconditioner DILU; tolerance 1e-7; relTol 0.1; }
}
SIMPLE { nNonOrthogonalCorrectors 0; pRefCell 0; pRefValue 0; }
relaxationFactors
{
    fields { p_rgh 0.7; }
    equations { U 0.3; T 0.5; "(k|epsilon)" 0.5; }
}
`;
  return { files, patches, cells: nx * ny * nz, rackDeltaT, leaks, ...(Object.keys(doors).length > 0 ? { doors } : {}) };
}

/** The ceiling return's outflow patch: the engine's 'ceiling/return' faces (hall-problem.ts: the top faces of
 *  the open top-layer cells inside the chimneys' plan rectangles, or of the whole top layer without a chimney)
 *  as one box at z = ceiling height; checked against the engine's voxelisation face by face (count). */
function ceilingReturn(doc: HallDocument, cellSize: number, n: [number, number, number], h: [number, number, number], flow: number): FoamPatch {
  const v = voxelise(doc, cellSize, Number.POSITIVE_INFINITY);
  if ('kind' in v) throw new Error(v.message);
  if (v.grid.nx !== n[0] || v.grid.ny !== n[1] || v.grid.nz !== n[2]) throw new Error('the engine grid differs from the OpenFOAM mesh');
  if (v.chimneys.length > 1) throw new Error('reference case supports one hot-aisle chimney only');
  const [i0, i1, j0, j1] = v.chimneys[0] ?? [0, n[0], 0, n[1]];
  const top = n[2] - 1;
  for (let j = j0; j < j1; j++) for (let i = i0; i < i1; i++) if (v.solid[i + n[0] * (j + n[1] * top)]) throw new Error('equipment up to the ceiling under the ceiling return is not supported');
  const H = doc.envelope.ceilingHeight, m = 0.001;
  const box: FoamPatch['box'] = [i0 * h[0] + m, j0 * h[1] + m, H - 0.01, i1 * h[0] - m, j1 * h[1] - m, H + 0.01];
  const area = patchArea(box, h, n);
  if (Math.abs(area - (i1 - i0) * (j1 - j0) * h[0] * h[1]) > 1e-9) throw new Error('the ceiling return box does not hold the engine\'s faces');
  return { name: 'ceiling_return', kind: 'return', flow, box, normal: [0, 0, 1] };
}

/** Measured, not derived: with d = 1/(κ·ρ·ν·δ) in the two cells either side of each panel face, the cell-to-cell
 *  law OpenFOAM achieved (check-leaks.ts, hall cac, 300 iterations) was κ·0.637, uniformly over the faces (the
 *  face flux between two porous cells follows the interpolated 1/A, not the cells' Darcy force alone); this
 *  scale brought it to κ·0.99 (p') on the same run. check-leaks.ts reports it for every run. */
const PANEL_DARCY_SCALE = 0.632;

/** Writes system/topoSetDict.leaks (faceSet leaks: the engine's LEAK faces; cellSet aisle; faceZone leakZone: the
 *  LEAK faces oriented out of the aisle; cellZones panel_<axes>: the cells either side of the LEAK faces,
 *  grouped by the axes of their panel faces) and constant/fvOptions
 *  (a Darcy resistance along those axes in each zone) into `files`. */
function containmentPanels(doc: HallDocument, cellSize: number, n: [number, number, number], h: [number, number, number], files: Record<string, string>): FoamLeaks {
  const env = doc.envelope;
  if (doc.containment.length > 1) throw new Error('reference case supports one containment only (one conductance)');
  const v = voxelise(doc, cellSize, Number.POSITIVE_INFINITY);
  if ('kind' in v) throw new Error(v.message);
  if (v.grid.nx !== n[0] || v.grid.ny !== n[1] || v.grid.nz !== n[2]) throw new Error('the engine grid differs from the OpenFOAM mesh');
  if (v.warnings.length > 0) throw new Error(`reference case does not support what the engine warns about: ${v.warnings.join('; ')}`);
  const count = v.leaks.face.length;
  if (count === 0) throw new Error('the containment has no open panel faces');
  const kappa = v.leaks.kappa[0];
  if (v.leaks.kappa.some((k) => k !== kappa)) throw new Error('reference case supports one leak conductance only');
  const ct = doc.containment[0];
  const [nx, ny] = n, [dx, dy, dz] = h;
  const x0 = Math.min(ct.x0, ct.x1), x1 = Math.max(ct.x0, ct.x1), y0 = Math.min(ct.y0, ct.y1), y1 = Math.max(ct.y0, ct.y1);
  // a chimney (voxelise.ts: a roofed hot aisle under a ceiling plenum) has its panels and its aisle up to the ceiling
  const chimney = ct.kind === 'hotAisle' && ct.roof && env.ceilingPlenum !== null;
  const zTop = chimney ? env.ceilingHeight : ct.height;
  const inside = (c: [number, number, number]) => c[0] > x0 && c[0] < x1 && c[1] > y0 && c[1] < y1 && c[2] < zTop;
  const box = (c: [number, number, number]) => `(${c.map((x, m) => f(x - h[m] / 4)).join(' ')}) (${c.map((x, m) => f(x + h[m] / 4)).join(' ')})`;
  // a box around each LEAK face's centre, a quarter cell each way (no other face centre is inside); the
  // two cells either side, with the axes of their panel faces
  const faceBoxes: string[] = [];
  const panelCells = new Map<string, { centre: [number, number, number]; axes: Set<number> }>();
  for (let q = 0; q < count; q++) {
    const a = v.leaks.axis[q], fi = v.leaks.face[q];
    let c: [number, number, number];
    if (a === 0) { const i = fi % (nx + 1), r = (fi - i) / (nx + 1), j = r % ny, k = (r - j) / ny; c = [i * dx, (j + 0.5) * dy, (k + 0.5) * dz]; }
    else if (a === 1) { const i = fi % nx, r = (fi - i) / nx, j = r % (ny + 1), k = (r - j) / (ny + 1); c = [(i + 0.5) * dx, j * dy, (k + 0.5) * dz]; }
    else { const i = fi % nx, r = (fi - i) / nx, j = r % ny, k = (r - j) / ny; c = [(i + 0.5) * dx, (j + 0.5) * dy, k * dz]; }
    faceBoxes.push(box(c));
    const lo = c.map((x, m) => (m === a ? x - h[m] / 2 : x)) as [number, number, number];
    const hi = c.map((x, m) => (m === a ? x + h[m] / 2 : x)) as [number, number, number];
    if (!inside(lo) && !inside(hi)) throw new Error('a panel face with no aisle cell on either side');
    for (const cell of [lo, hi]) {
      const key = cell.map(f).join(' ');
      const entry = panelCells.get(key) ?? { centre: cell, axes: new Set<number>() };
      entry.axes.add(a);
      panelCells.set(key, entry);
    }
  }
  const zones = new Map<string, string[]>();
  for (const { centre, axes } of panelCells.values()) {
    const name = `panel_${[...axes].sort().map((a) => 'xyz'[a]).join('')}`;
    zones.set(name, [...(zones.get(name) ?? []), box(centre)]);
  }
  const darcy = [0, 1, 2].map((a) => PANEL_DARCY_SCALE / (kappa * AIR_DENSITY * AIR_NU * h[a]));
  const e = 0.001;
  files['system/topoSetDict.leaks'] = `${header('dictionary', 'topoSetDict')}
actions (
  { name leaks; type faceSet; action new; source boxToFace; boxes (
${faceBoxes.map((b) => `    ${b}`).join('\n')}
  ); }
  { name aisle; type cellSet; action new; source boxToCell; box (${f(x0 + e)} ${f(y0 + e)} ${f(-1)}) (${f(x1 - e)} ${f(y1 - e)} ${f(zTop - e)}); }
  { name leakZone; type faceZoneSet; action new; source setsToFaceZone; faceSet leaks; cellSet aisle; }
${[...zones].map(([name, boxes]) => `  { name ${name}; type cellSet; action new; source boxToCell; boxes (
${boxes.map((b) => `    ${b}`).join('\n')}
  ); }
  { name ${name}; type cellZoneSet; action new; source setToCellZone; set ${name}; }`).join('\n')}
);
`;
  files['constant/fvOptions'] = `${header('dictionary', 'fvOptions', 'constant')}
${[...zones.keys()].map((name) => `${name}
{
    type explicitPorositySource;
    active true;
    explicitPorositySourceCoeffs
    {
        type DarcyForchheimer;
        selectionMode cellZone;
        cellZone ${name};
        DarcyForchheimerCoeffs
        {
            d d [0 -2 0 0 0 0 0] (${[0, 1, 2].map((a) => (name.includes('xyz'[a]) ? darcy[a].toPrecision(8) : '0')).join(' ')});
            f f [0 -1 0 0 0 0 0] (0 0 0);
            coordinateSystem { origin (0 0 0); e1 (1 0 0); e2 (0 1 0); }
        }
    }
}`).join('\n')}
`;
  return { faces: count, kappa, darcy: darcy[0], zones: Object.fromEntries([...zones].map(([name, b]) => [name, b.length])) };
}

/** An in-row cooler as the engine takes it (hall-problem.ts): supply at the setpoint on the front face, return
 *  drawn evenly from the rear face (normal into the unit), the box solid. */
function inRowPatches(u: HallDocument['coolingUnits'][number], patches: FoamPatch[], solids: [number, number, number, number, number, number][]): void {
  if (!u.enabled || u.airflow <= 0) throw new Error(`reference case supports enabled in-row coolers only (${u.id})`);
  const b = planBox(u);
  solids.push([b[0], b[1], 0, b[2], b[3], u.height]);
  const t = (u.rotationDeg * Math.PI) / 180, fx = Math.sin(t), fy = -Math.cos(t);
  patches.push({ name: `${u.id}_supply`, kind: 'supply', flow: u.airflow, box: faceBox(b, fx, fy, u.height), temperature: u.supplySetpoint });
  patches.push({ name: `${u.id}_return`, kind: 'return', flow: u.airflow, box: faceBox(b, -fx, -fy, u.height), normal: [fx, fy, 0] });
}
