// All drawn pipe segments of a loop result as ONE InstancedMesh of a unit cylinder (one draw call
// whatever the pipe count). The mesh grows in powers of two and is rebuilt only when a result has more
// segments than it holds; colours are rewritten per colour mode; a stale result is drawn
// semi-transparent. Owns its geometry, material and mesh: dispose() releases them.
import { CylinderGeometry, Group, InstancedBufferAttribute, InstancedMesh, MeshLambertMaterial } from 'three';
import { countSegments, writePipeSegments, type DrawnPipe } from './pipe-instances';
import { writePipeColours, type PipeScale } from './pipe-colours';

/** Radial segments of the cylinder: 6 keeps 5,000-rack halls light and still reads as round. */
const RADIAL_SEGMENTS = 6;
/** Opacity of a stale result (a newer solve is running or pending). */
export const STALE_OPACITY = 0.35;

export class PipeMesh {
  readonly group = new Group();
  private readonly geometry = new CylinderGeometry(1, 1, 1, RADIAL_SEGMENTS, 1, false);
  private readonly material = new MeshLambertMaterial();
  private mesh: InstancedMesh | null = null;
  private capacity = 0;
  private pipeOf = new Int32Array(0);
  private n = 0;

  constructor(name: string) {
    this.group.name = name;
  }

  /** Drawn segments of the current pipes. */
  get count(): number {
    return this.n;
  }

  /** Rewrites every segment matrix from the pipes' polylines. */
  setPipes(pipes: readonly DrawnPipe[], minRadius: number): void {
    const n = countSegments(pipes);
    if (!this.mesh || n > this.capacity) {
      this.disposeMesh();
      this.capacity = Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, n))));
      const mesh = new InstancedMesh(this.geometry, this.material, this.capacity);
      mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(this.capacity * 3), 3);
      mesh.frustumCulled = false;
      mesh.name = this.group.name;
      this.mesh = mesh;
      this.pipeOf = new Int32Array(this.capacity);
      this.group.add(mesh);
    }
    const mesh = this.mesh;
    this.n = writePipeSegments(pipes, minRadius, mesh.instanceMatrix.array as Float32Array, this.pipeOf);
    mesh.count = this.n;
    mesh.instanceMatrix.clearUpdateRanges();
    mesh.instanceMatrix.addUpdateRange(0, 16 * this.n);
    mesh.instanceMatrix.needsUpdate = true;
    mesh.boundingSphere = null;
  }

  /** Rewrites every segment colour for a scale (pipes: the same list given to setPipes). */
  colour(scale: PipeScale, pipes: Parameters<typeof writePipeColours>[1]): void {
    const mesh = this.mesh;
    if (!mesh || !mesh.instanceColor) return;
    writePipeColours(scale, pipes, this.pipeOf, this.n, mesh.instanceColor.array as Float32Array);
    mesh.instanceColor.clearUpdateRanges();
    mesh.instanceColor.addUpdateRange(0, 3 * this.n);
    mesh.instanceColor.needsUpdate = true;
  }

  setStale(stale: boolean): void {
    const m = this.material;
    if (m.transparent === stale) return;
    m.transparent = stale;
    m.opacity = stale ? STALE_OPACITY : 1;
    m.depthWrite = !stale;
    m.needsUpdate = true;
  }

  dispose(): void {
    this.disposeMesh();
    this.geometry.dispose();
    this.material.dispose();
  }

  private disposeMesh(): void {
    if (!this.mesh) return;
    this.group.remove(this.mesh);
    this.mesh.dispose();
    this.mesh = null;
    this.capacity = 0;
  }
}
