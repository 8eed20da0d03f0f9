// Project paths the renderer may read or write without a dialog (plain Node).
//
// Contract: main grants a path only when the *user* chose it (open/save dialog), when it is in the
// recent list main keeps, or when it is the source of a recovered autosave. `save` and `open path`
// refuse anything else, so a compromised renderer cannot overwrite arbitrary .hallflow.json files.
// One instance per app run (created in index.ts); comparison is case-insensitive on Windows/macOS.

export interface PathGrants {
  grant(path: string): void;
  has(path: string): boolean;
}

export function createPathGrants(platform: NodeJS.Platform = process.platform): PathGrants {
  const granted = new Set<string>();
  const key = (path: string): string => (platform === 'win32' || platform === 'darwin' ? path.toLowerCase() : path);
  return {
    grant: (path) => void granted.add(key(path)),
    has: (path) => granted.has(key(path)),
  };
}
