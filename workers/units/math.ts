// A private mathjs instance with the HVAC units mathjs lacks. Created once and never changed after
// setup, so nothing global is mutated (TOOLCHAIN.md "mathjs units").
import { all, create } from 'mathjs';

/** Unit definitions added to mathjs (value in mathjs syntax) and their sources. */
export const EXTRA_UNITS: Readonly<Record<string, string>> = {
  TR: '12000 BTU/h', // ton of refrigeration; `ton` in mathjs is a mass (TOOLCHAIN.md)
  CFM: '1 ft^3/minute', // cubic foot per minute (TOOLCHAIN.md)
  GPM: '1 gal/minute', // US gallon per minute (TOOLCHAIN.md)
  fpm: '1 ft/minute', // feet per minute (air velocity)
  LPM: '1 L/minute',
  inH2O: '249.08891 Pa', // inch of water at 4 °C (TOOLCHAIN.md)
  ftH2O: '2989.06692 Pa', // 12 inH2O
  mH2O: '9806.65 Pa', // metre of water, conventional (g = 9.80665 m/s², ρ = 1000 kg/m³)
};

function build() {
  const math = create(all);
  for (const [name, def] of Object.entries(EXTRA_UNITS)) math.createUnit(name, def);
  return math;
}

/** The engine's mathjs instance (read-only use: unit parsing and conversion). */
export const math = build();
