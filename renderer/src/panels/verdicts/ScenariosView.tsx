// placeholder
export function ScenariosView() { return null; }
