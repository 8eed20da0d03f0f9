// The hall floor: one quad with a procedural tile grid (fwidth-antialiased lines every tile, stronger every
// 10 tiles; a raised floor draws 600 mm-class tiles, a slab only a faint snap grid), and for a raised floor
// the plenum below as a shaded skirt. Not lit: the floor reads flat and calm under the equipment.
import { useEffect, useMemo } from 'react';
import { BoxGeometry, Color, MeshBasicMaterial, PlaneGeometry, ShaderMaterial } from 'three';
import { useDocumentState } from '../document/context';
import { tileSize } from '../document/geometry';

const vertexShader = /* glsl */ `
varying vec2 vPlan;
void main() {
  vec4 w = modelMatrix * vec4(position, 1.0);
  vPlan = vec2(w.x, -w.z);
  gl_Position = projectionMatrix * viewMatrix * w;
}`;

const fragmentShader = /* glsl */ `
uniform vec3 uBase;
uniform vec3 uLine;
uniform float uTile;
uniform float uMinor;
uniform float uMajor;
varying vec2 vPlan;
float gridLine(vec2 p, float width) {
  vec2 d = fwidth(p);
  vec2 g = abs(fract(p - 0.5) - 0.5) / max(d, vec2(1e-6));
  return 1.0 - min(min(g.x, g.y) / width, 1.0);
}
void main() {
  vec2 t = vPlan / uTile;
  float minor = gridLine(t, 1.0) * uMinor;
  // fade minor lines where they would crowd into a grey wash (far away or zoomed out)
  float pixelsPerTile = 1.0 / max(length(fwidth(t)), 1e-6);
  minor *= clamp((pixelsPerTile - 3.0) / 5.0, 0.0, 1.0);
  float major = gridLine(t / 10.0, 1.2) * uMajor;
  vec3 c = mix(uBase, uLine, max(minor, major));
  gl_FragColor = vec4(c, 1.0);
  #include <colorspace_fragment>
}`;

export function Floor() {
  const env = useDocumentState((s) => s.doc.envelope);
  const tile = useDocumentState((s) => tileSize(s.doc));
  const raised = env.floor.kind === 'raised';
  const plenum = env.floor.kind === 'raised' ? env.floor.plenumDepth : 0.15;

  const floorMat = useMemo(
    () =>
      new ShaderMaterial({
        vertexShader,
        fragmentShader,
        uniforms: {
          uBase: { value: new Color(raised ? '#e4e8ec' : '#dcdedf') },
          uLine: { value: new Color(raised ? '#aab3bd' : '#b9bec4') },
          uTile: { value: tile },
          uMinor: { value: raised ? 0.9 : 0.35 },
          uMajor: { value: raised ? 0.55 : 0.4 },
        },
      }),
    [raised, tile],
  );
  const skirtMat = useMemo(() => new MeshBasicMaterial({ color: raised ? '#aeb6bf' : '#c3c7cb' }), [raised]);
  const plane = useMemo(() => new PlaneGeometry(1, 1).rotateX(-Math.PI / 2), []);
  const box = useMemo(() => new BoxGeometry(1, 1, 1), []);
  useEffect(() => () => floorMat.dispose(), [floorMat]);
  useEffect(() => () => skirtMat.dispose(), [skirtMat]);
  useEffect(() => () => plane.dispose(), [plane]);
  useEffect(() => () => box.dispose(), [box]);

  const cx = env.length / 2;
  const cy = env.width / 2;
  return (
    <group name="floor">
      <mesh geometry={plane} material={floorMat} position={[cx, 0, -cy]} scale={[env.length, 1, env.width]} renderOrder={-2} />
      <mesh
        geometry={box}
        material={skirtMat}
        position={[cx, -plenum / 2 - 0.02, -cy]}
        scale={[env.length, plenum, env.width]}
        renderOrder={-2}
      />
    </group>
  );
}
