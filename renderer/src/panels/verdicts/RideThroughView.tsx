// placeholder
export function RideThroughView() { return null; }
