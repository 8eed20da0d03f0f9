// placeholder
export function SweepView() { return null; }
