// Coolant and air properties for the engine (SI; temperatures °C).
export { coolantProperties, flowPerPower, freezingPoint, COOLANT_T_MIN, COOLANT_T_MAX, type CoolantProperties } from './coolant';
export { airDensity, airVolumetricHeatCapacity, airflowForHeat, AIR_CP, AIR_R, P_ATM, ZERO_CELSIUS } from './air';
export { COOLANT_TABLES, FREEZING_POINT } from './tables';
