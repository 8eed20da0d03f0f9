// placeholder
export function RedundancyView() { return null; }
