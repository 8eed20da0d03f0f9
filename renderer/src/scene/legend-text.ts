// Text of the air layers' legends (pure: unit-tested under Node).

/** What a colour scale colours, for the line under its legend's title ("Slice and arrows", "Intake faces
 *  and streamlines"); undefined when that is the slice alone and no other scale is shown (or nothing). */
export function legendUses(uses: readonly string[], otherShown = false): string | undefined {
  if (uses.length === 0 || (uses.length === 1 && uses[0] === 'slice' && !otherShown)) return undefined;
  const list = uses.length === 1 ? uses[0] : `${uses.slice(0, -1).join(', ')} and ${uses[uses.length - 1]}`;
  return list[0].toUpperCase() + list.slice(1);
}
