// glTF of the hall for other viewers: a plain three.js scene built from the live 3D scene and the
// document, written as binary glTF (.glb) by three's GLTFExporter. Metres, y up (the scene's own frame:
// plan (x, y, z) → (x, z, −y), coords.ts).
//
// Tree: hall → racks (one node per rack, named by its id, in the colour the view shows now, read from the
// live instance colours), equipment (cooling units then CDUs, named by id), envelope (floor, walls and
// columns named by id), containment (aisle panels named by id), pipes (one node per pipe of the shown loop result, named by its id, one child
// per drawn segment, coloured as shown). Instanced meshes are expanded into plain meshes sharing one
// geometry (viewers without EXT_mesh_gpu_instancing show them); materials are MeshStandardMaterial, one
// per distinct colour. The live objects are only read: nothing of the editor scene is changed.
import {
  BoxGeometry, Color, Group, Matrix4, Mesh, MeshStandardMaterial, PlaneGeometry, type BufferGeometry, type InstancedMesh, type Object3D,
} from 'three';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import type { HallDocument } from '../../../workers/model/schema';
import type { LoopResult } from '../../../workers/loop';
import { countSegments, writePipeSegments } from './pipe-instances';
import { PIPE_MIN_RADIUS } from './Pipes';
import { buildContainment } from './Containment';

/** Instance names of the live instanced meshes (instance-layer.ts names each mesh after its layer). */
const RACKS = 'racks';
const UNITS = 'cooling-units';
const PIPES = 'pipes';

export interface ExportScene {
  root: Group;
  /** Releases the geometries and materials created for the export. */
  dispose(): void;
}

function findInstanced(scene: Object3D, name: string): InstancedMesh | null {
  let found: InstancedMesh | null = null;
  scene.traverse((o) => {
    if (!found && (o as InstancedMesh).isInstancedMesh && o.name === name) found = o as InstancedMesh;
  });
  return found;
}

function shownInScene(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false;
  return true;
}

class Materials {
  private readonly byKey = new Map<string, MeshStandardMaterial>();
  readonly geometries: BufferGeometry[] = [];
  get(r: number, g: number, b: number, extra: { vertexColors?: boolean; opacity?: number } = {}): MeshStandardMaterial {
    const key = `${r.toFixed(4)},${g.toFixed(4)},${b.toFixed(4)},${extra.vertexColors ? 1 : 0},${extra.opacity ?? 1}`;
    let m = this.byKey.get(key);
    if (!m) {
      // r, g, b are linear (the instance colours are written linear, colours.ts writeLinear)
      m = new MeshStandardMaterial({ color: new Color().setRGB(r, g, b), roughness: 0.8, metalness: 0, vertexColors: !!extra.vertexColors });
      if (extra.opacity !== undefined && extra.opacity < 1) { m.transparent = true; m.opacity = extra.opacity; }
      this.byKey.set(key, m);
    }
    return m;
  }
  dispose(): void {
    for (const m of this.byKey.values()) m.dispose();
    for (const g of this.geometries) g.dispose();
  }
}

/** The instance's geometry without the editor's per-instance state attribute (shared by all expanded meshes). */
function plainGeometry(mesh: InstancedMesh, mats: Materials): BufferGeometry {
  const g = mesh.geometry.clone();
  g.deleteAttribute('aState');
  mats.geometries.push(g);
  return g;
}

/**
 * Expands instances [0, ids.length) of a live instanced mesh into named meshes under `parent`. Checks that
 * the mesh holds exactly these objects: its count must equal ids.length and, when `expect` is given, each
 * instance must sit where the document puts it (scene x, −y within 1 mm).
 */
function expand(mesh: InstancedMesh, ids: readonly string[], parent: Group, mats: Materials, expect?: (i: number) => [number, number]): void {
  if (mesh.count !== ids.length) throw new Error(`the 3D scene shows ${mesh.count} ${mesh.name}, the document has ${ids.length}: try again once the view has updated`);
  const geometry = plainGeometry(mesh, mats);
  const colours = mesh.instanceColor?.array as Float32Array | undefined;
  const hasShades = geometry.getAttribute('color') !== undefined;
  const m = new Matrix4();
  for (let i = 0; i < ids.length; i++) {
    mesh.getMatrixAt(i, m);
    if (expect) {
      const [x, z] = expect(i);
      const e = m.elements;
      if (Math.abs(e[12] - x) > 1e-3 || Math.abs(e[14] - z) > 1e-3) throw new Error(`${ids[i]} is not where the 3D scene shows it: try again once the view has updated`);
    }
    const material = colours ? mats.get(colours[3 * i], colours[3 * i + 1], colours[3 * i + 2], { vertexColors: hasShades }) : mats.get(0.6, 0.6, 0.6);
    const node = new Mesh(geometry, material);
    node.name = ids[i];
    m.decompose(node.position, node.quaternion, node.scale);
    parent.add(node);
  }
}

function envelope(doc: HallDocument, mats: Materials): Group {
  const g = new Group();
  g.name = 'envelope';
  const env = doc.envelope;
  const floorGeo = new PlaneGeometry(env.length, env.width).rotateX(-Math.PI / 2);
  const unitBox = new BoxGeometry(1, 1, 1);
  mats.geometries.push(floorGeo, unitBox);
  const floor = new Mesh(floorGeo, mats.get(0.78, 0.8, 0.82));
  floor.name = 'floor';
  floor.position.set(env.length / 2, 0, -env.width / 2);
  g.add(floor);
  const wallMat = mats.get(0.35, 0.4, 0.45, { opacity: 0.35 });
  for (const w of env.walls) {
    const dx = w.x1 - w.x0, dy = w.y1 - w.y0, len = Math.hypot(dx, dy);
    if (len < 1e-6) continue;
    const node = new Mesh(unitBox, wallMat);
    node.name = w.id;
    node.position.set((w.x0 + w.x1) / 2, w.height / 2, -(w.y0 + w.y1) / 2);
    node.rotation.set(0, Math.atan2(dy, dx), 0);
    node.scale.set(len + w.thickness, w.height, w.thickness);
    g.add(node);
  }
  const colMat = mats.get(0.48, 0.5, 0.53);
  for (const c of env.columns) {
    const node = new Mesh(unitBox, colMat);
    node.name = c.id;
    node.position.set(c.x, env.ceilingHeight / 2, -c.y);
    node.scale.set(c.width, env.ceilingHeight, c.depth);
    g.add(node);
  }
  return g;
}

/** Containment panels (and roof) per contained aisle, named by id, from the scene's own geometry builder. */
function containment(doc: HallDocument, mats: Materials): Group {
  const g = new Group();
  g.name = 'containment';
  for (const c of doc.containment) {
    const built = buildContainment([c]);
    built.frame.dispose();
    mats.geometries.push(built.panels);
    const node = new Mesh(built.panels, mats.get(1, 1, 1, { vertexColors: true, opacity: 0.3 }));
    node.name = c.id;
    g.add(node);
  }
  return g;
}

function pipes(mesh: InstancedMesh, result: LoopResult, mats: Materials): Group {
  const g = new Group();
  g.name = 'pipes';
  const list = result.pipes;
  const n = countSegments(list);
  if (n !== mesh.count) throw new Error(`the 3D scene shows ${mesh.count} pipe segments, the loop result has ${n}: try again once the view has updated`);
  const matrices = new Float32Array(16 * n);
  const pipeOf = new Int32Array(n);
  writePipeSegments(list, PIPE_MIN_RADIUS, matrices, pipeOf);
  const geometry = mesh.geometry.clone();
  mats.geometries.push(geometry);
  const colours = mesh.instanceColor?.array as Float32Array | undefined;
  const nodes = new Map<number, Group>();
  const m = new Matrix4();
  for (let i = 0; i < n; i++) {
    let node = nodes.get(pipeOf[i]);
    if (!node) {
      node = new Group();
      node.name = list[pipeOf[i]].id;
      nodes.set(pipeOf[i], node);
      g.add(node);
    }
    mesh.getMatrixAt(i, m);
    const seg = new Mesh(geometry, colours ? mats.get(colours[3 * i], colours[3 * i + 1], colours[3 * i + 2]) : mats.get(0.5, 0.5, 0.5));
    seg.name = `${node.name} segment ${node.children.length + 1}`;
    m.decompose(seg.position, seg.quaternion, seg.scale);
    node.add(seg);
  }
  return g;
}

/**
 * The export scene of the hall: racks and equipment from the live instanced meshes (their current
 * colours), envelope from the document, pipes of `loop` when the view shows them. Throws when the live
 * scene and the document disagree (a view that has not caught up with an edit).
 */
export function buildExportScene(live: Object3D, doc: HallDocument, loop: LoopResult | null): ExportScene {
  const mats = new Materials();
  const root = new Group();
  root.name = doc.meta.name || 'hall';
  try {
    const racks = new Group();
    racks.name = 'racks';
    const rackMesh = findInstanced(live, RACKS);
    if (doc.racks.length > 0) {
      if (!rackMesh) throw new Error('the 3D scene has no racks yet');
      expand(rackMesh, doc.racks.map((r) => r.id), racks, mats, (i) => [doc.racks[i].x, -doc.racks[i].y]);
    }
    const equipment = new Group();
    equipment.name = 'equipment';
    const units = [...doc.coolingUnits, ...doc.cdus];
    const unitMesh = findInstanced(live, UNITS);
    if (units.length > 0) {
      if (!unitMesh) throw new Error('the 3D scene has no cooling equipment yet');
      expand(unitMesh, units.map((u) => u.id), equipment, mats, (i) => [units[i].x, -units[i].y]);
    }
    root.add(envelope(doc, mats), racks, equipment, containment(doc, mats));
    const pipeMesh = findInstanced(live, PIPES);
    if (loop && pipeMesh && shownInScene(pipeMesh) && pipeMesh.count > 0) root.add(pipes(pipeMesh, loop, mats));
  } catch (e) {
    mats.dispose();
    throw e;
  }
  return { root, dispose: () => mats.dispose() };
}

/** Binary glTF 2.0 (.glb) of an export scene. */
export async function toGlb(root: Object3D): Promise<Uint8Array> {
  const out = await new GLTFExporter().parseAsync(root, { binary: true, onlyVisible: false, trs: true });
  if (!(out instanceof ArrayBuffer)) throw new Error('the glTF exporter returned JSON instead of binary glTF');
  return new Uint8Array(out);
}
