// Constants of the liquid-loop model, each with its source. Where REFERENCE.md has no figure the
// value is a labelled ASSUMPTION (shown in LoopResult.assumptions) and can be overridden per
// component through LoopSolveOptions.overrides. SI units: m, m³/s, Pa, K, W.
import { P_ATM } from '../fluids';

/** Standard gravity, m/s² (CGPM 1901; EPANET uses the same value). */
export const G = 9.80665;
/** Atmospheric pressure added to the gauge expansion-tank pressure, Pa [workers/fluids/air.ts]. */
export const ATMOSPHERIC = P_ATM;

/** Absolute roughness of steel headers, m: commercial steel 0.045 mm (Moody 1944). ASSUMPTION. */
export const STEEL_ROUGHNESS = 0.045e-3;
/** Absolute roughness of rack hoses (smooth drawn tubing), m: 0.0015 mm (Moody 1944). ASSUMPTION. */
export const HOSE_ROUGHNESS = 0.0015e-3;

/** Minor-loss K of a header tee, branch flow, threaded (Darby 3-K Ki, REFERENCE.md §5: 0.274·(1+4/D^0.3)), at ~1": */
export const TEE_BRANCH_K = 0.274 * (1 + 4.0 / Math.pow(1, 0.3));
/** Minor-loss K of a tee run-through, flanged (REFERENCE.md §5 Darby 3-K Ki·(1+Kd/D^0.3)) at 4": */
export const TEE_RUN_K = 0.05 * (1 + 4.0 / Math.pow(4, 0.3));
/** Long-radius 90° elbow, flanged r/D 1.5 (REFERENCE.md §5, Ki·(1+Kd/D^0.3) at 4"): per elbow. */
export const ELBOW_K = 0.071 * (1 + 4.2 / Math.pow(4, 0.3));
/** Fully open ball-type balancing valve, K (REFERENCE.md §5 Darby 3-K ball valve at 1": 0.017·(1+3.5)). */
export const BALANCING_VALVE_OPEN_K = 0.017 * (1 + 3.5 / Math.pow(1, 0.3));
/** Sharp entrance + exit at the expansion-tank connection, K = 0.5 + 1.0 (REFERENCE.md §5). */
export const TANK_CONNECTION_K = 1.5;

/** Plate-HX secondary (TCS) pass ΔP at the CDU design secondary flow, Pa. ASSUMPTION (typical 50–70 kPa). */
export const HX_SECONDARY_DP = 70e3;
/**
 * CDU primary (FWS) ΔP at primaryDesignFlow, Pa: 140 kPa (REFERENCE.md §2 vendor CDU sheet, [S]);
 * split half plate-HX primary pass, half 3-way control valve + strainer (ASSUMPTION).
 */
export const CDU_PRIMARY_DP = 140e3;
/** TCS strainer (≤ 25 µm filtration, REFERENCE.md §2) ΔP when clean at design flow, Pa. ASSUMPTION. */
export const STRAINER_DP = 15e3;
/** Flow exponent of plate HX passes, strainers and coolers (turbulent, ΔP ∝ Q²). ASSUMPTION. */
export const TURBULENT_EXPONENT = 2;
/** Plant heat-rejection coil (dry cooler / chiller evaporator / tower HX) ΔP at plant design flow, Pa. ASSUMPTION. */
export const PLANT_COOLER_DP = 80e3;
/** Static pressurisation of the FWS at the plant pump suction, Pa gauge (no schema field). ASSUMPTION. */
export const PLANT_STATIC_PRESSURE = 200e3;

/** EPANET's one-point pump curve: shutoff head = 1.33334·h1, zero head at 2·q1 [REFERENCE.md §5]. */
export const SHUTOFF_FACTOR = 1.33334;
export const MAX_FLOW_FACTOR = 2;

/**
 * Boiling point used as the bound of a steady state, °C: water at 101.325 kPa, T_sat = 373.124 K
 * (IAPWS-IF97, saturation equation; 99.97 °C on ITS-90). 25 % glycol–water mixtures boil higher at
 * the same pressure (the glycol is far less volatile: Raoult's law) and the loops are pressurised, so
 * for all three coolants a return above this is certainly not a liquid-phase steady state we model
 * (the property tables of REFERENCE.md §4 end at 60 °C anyway).
 */
export const COOLANT_BOILING_POINT = 373.124 - 273.15;

/** Upper end of the coolant property tables (REFERENCE.md §4: 10–60 °C); used as the TCS return limit. */
export const RETURN_TEMPERATURE_LIMIT = 60;
/** Max facility (FWS) supply temperature per ASHRAE W class, °C [REFERENCE.md §1]; W+ has none. */
export const W_CLASS_MAX_SUPPLY: Record<string, number> = { W17: 17, W27: 27, W32: 32, W40: 40, W45: 45, 'W+': Infinity };

/** Facility water side fluid: water (the sample CDUs' primaryDesignFlow is 10 K of water). ASSUMPTION. */
export const FACILITY_COOLANT = 'water' as const;

/** Horizontal offset of a header behind the rack rear face, m (drawing and length). ASSUMPTION. */
export const HEADER_REAR_OFFSET = 0.25;
/** Spacing between supply and return headers, m. ASSUMPTION. */
export const HEADER_SPACING = 0.3;
/** Under-floor header depth on a slab (trench), m below the floor. ASSUMPTION. */
export const SLAB_TRENCH_DEPTH = 0.3;
/** Length of short connections inside a CDU / plant skid (pump discharge, tank line), m. ASSUMPTION. */
export const SKID_PIPE_LENGTH = 1;

/**
 * Outer (hydraulics ↔ heat) iteration: stop when no node temperature moves more than this, K.
 * Consistent with the hydraulic accuracy (Σ|dq|/Σ|q| ≤ 1e-4 → ~1e-3 K on a 10 K rise) with margin.
 */
export const OUTER_TOLERANCE = 0.01;
export const MAX_OUTER_ITERATIONS = 30;
