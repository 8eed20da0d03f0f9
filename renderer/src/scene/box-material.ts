// Material for instanced boxes: Lambert shading × vertex shade × instance colour, plus
// - crisp one-pixel edge lines (screen-space, via fwidth on the box-local position scaled to metres), so
//   neighbouring racks in a row stay distinguishable at any zoom;
// - per-instance state `aState` (bit 1 flagged: vermillion hatch in screen space; bit 2 selected: lightened
//   body with a 3 px accent outline on every face).
// The geometry of every mesh using it must carry an InstancedBufferAttribute `aState` (itemSize 1).
import { Color, MeshLambertMaterial } from 'three';
import { SELECTION_HEX, WARNING_RGB } from './colours';

export const STATE_FLAGGED = 1;
export const STATE_SELECTED = 2;

export function createBoxMaterial(): MeshLambertMaterial {
  const m = new MeshLambertMaterial({ vertexColors: true });
  const warn = new Color().setRGB(WARNING_RGB[0], WARNING_RGB[1], WARNING_RGB[2], 'srgb');
  const sel = new Color(SELECTION_HEX);
  m.onBeforeCompile = (shader) => {
    shader.uniforms.uWarn = { value: warn };
    shader.uniforms.uSel = { value: sel };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float aState;\nvarying vec3 vLocal;\nvarying vec3 vScale;\nvarying float vState;',
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vLocal = position;
vState = aState;
#ifdef USE_INSTANCING
vScale = vec3(length(instanceMatrix[0].xyz), length(instanceMatrix[1].xyz), length(instanceMatrix[2].xyz));
#else
vScale = vec3(1.0);
#endif`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nuniform vec3 uWarn;\nuniform vec3 uSel;\nvarying vec3 vLocal;\nvarying vec3 vScale;\nvarying float vState;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
{
  vec3 dm = (0.5 - abs(vLocal)) * vScale;
  float e = dm.x + dm.y + dm.z - min(dm.x, min(dm.y, dm.z)) - max(dm.x, max(dm.y, dm.z));
  float w = max(fwidth(e), 1e-5);
  float selected = step(1.5, vState);
  float flagged = mod(floor(vState + 0.5), 2.0);
  // selected: brighter body (hue kept), 3 px accent outline on every face (visible even inside a row)
  float lw = mix(1.0, 3.0, selected);
  float line = 1.0 - smoothstep((lw - 0.6) * w, (lw + 0.4) * w, e);
  diffuseColor.rgb = min(diffuseColor.rgb * mix(1.0, 1.5, selected), vec3(1.0));
  float hatch = step(0.55, fract((gl_FragCoord.x + gl_FragCoord.y) / 14.0));
  diffuseColor.rgb = mix(diffuseColor.rgb, uWarn, 0.85 * hatch * flagged);
  vec3 lineColour = mix(diffuseColor.rgb * 0.45, uSel, selected);
  diffuseColor.rgb = mix(diffuseColor.rgb, lineColour, line);
}`,
      );
  };
  m.customProgramCacheKey = () => 'hallflow-box-v1';
  return m;
}
