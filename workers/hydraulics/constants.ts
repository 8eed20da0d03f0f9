// Constants of EPANET's hydraulic engine, in EPANET's internal units (ft, cfs, ft²/s).
// Source: OpenWaterAnalytics/EPANET 2.2/2.3 `types.h`, `hydcoeffs.c`, `hydraul.c`, `input1.c`
// [REFERENCE.md §5]. Kept identical so that results match EPANET.

export const MISSING = -1e10; // EPANET "no setting" marker
export const BIG = 1e10;
export const TINY = 1e-6;
export const CBIG = 1e8; // huge resistance / closed link
export const CSMALL = 1e-6; // tiny resistance / open valve
export const QZERO = 1e-6; // "zero" flow, cfs

// Darcy–Weisbach friction factor constants (hydcoeffs.c).
export const A1 = 3141.5926535897934; // 1000·π
export const A2 = 1570.7963267948967; // 500·π
export const A8 = 4.618413198590667; // 5.74·(π/4)^0.9
export const A9 = -0.8685889638065036; // −2/ln 10
export const AB = 0.0032889547634539907; // 5.74/4000^0.9
export const AC = -0.005142149657990939; // AA·AB

// Defaults (input1.c).
export const DEFAULT_HACC = 0.001;
export const DEFAULT_HTOL = 0.0005; // ft
export const DEFAULT_QTOL = 0.0001; // cfs
export const DEFAULT_RQTOL = 1e-7;
export const DEFAULT_MAXITER = 200;
export const DEFAULT_CHECKFREQ = 2;
export const DEFAULT_MAXCHECK = 10;
export const VISCOS_WATER_FT2S = 1.1e-5; // water at 20 °C, ft²/s

// Unit factors (types.h).
export const M_PER_FT = 0.3048;
export const CMS_PER_CFS = 0.028317;
export const PSI_PER_FT = 0.4333;
export const KW_PER_HP = 0.7457;
export const MINOR_LOSS_FACTOR = 0.02517; // 8/(π²·g), g = 32.2 ft/s²: K (velocity heads) → Km (Q² basis)

/** Link status codes, numerically identical to EPANET's StatusType. */
export const Status = { XHEAD: 0, TEMPCLOSED: 1, CLOSED: 2, OPEN: 3, ACTIVE: 4, XFLOW: 5, XFCV: 6, XPRESSURE: 7 } as const;
export type StatusCode = (typeof Status)[keyof typeof Status];

/** Link kinds; 0–9 follow EPANET's LinkType, COMPONENT (h = r·|Q|ⁿ) is Hallflow's own. */
export const LinkKind = { CVPIPE: 0, PIPE: 1, PUMP: 2, PRV: 3, PSV: 4, PBV: 5, FCV: 6, TCV: 7, GPV: 8, PCV: 9, COMPONENT: 10 } as const;
export type LinkKindCode = (typeof LinkKind)[keyof typeof LinkKind];

export const PumpCurveKind = { CONST_HP: 0, POWER_FUNC: 1, CUSTOM: 2 } as const;
export type PumpCurveKindCode = (typeof PumpCurveKind)[keyof typeof PumpCurveKind];

export const HeadlossFormula = { HW: 0, DW: 1, CM: 2 } as const;
export type HeadlossFormulaCode = (typeof HeadlossFormula)[keyof typeof HeadlossFormula];

export function isValveKind(kind: number): boolean {
  return kind >= LinkKind.PRV && kind <= LinkKind.PCV;
}
