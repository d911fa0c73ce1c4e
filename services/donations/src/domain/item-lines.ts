/** Problems with an item line a person can fix, or null. Limits keep one record printable on a page or two. */
export const MAX_QUANTITY = 100_000;
export const MAX_LINE_VALUE_VND = 2_000_000_000;

export interface LineToCheck {
  quantity: number;
  serialNumbers?: readonly string[] | null;
  estimatedValueVnd?: number | null;
}

export function cleanSerials(serials: readonly string[] | null | undefined): string[] {
  return (serials ?? []).map((s) => s.trim()).filter(Boolean);
}

export function lineProblem(line: LineToCheck): string | null {
  if (!Number.isInteger(line.quantity) || line.quantity < 1)
    return 'A quantity is a whole number of at least 1.';
  if (line.quantity > MAX_QUANTITY) return `A line may have at most ${MAX_QUANTITY} items.`;
  const serials = cleanSerials(line.serialNumbers);
  if (serials.length > line.quantity) {
    return `There are ${serials.length} serial numbers for ${line.quantity} items; give at most one per item.`;
  }
  const duplicate = serials.find((s, i) => serials.indexOf(s) !== i);
  if (duplicate) return `The serial number ${duplicate} is listed twice.`;
  const value = line.estimatedValueVnd;
  if (
    value !== null &&
    value !== undefined &&
    (!Number.isInteger(value) || value < 0 || value > MAX_LINE_VALUE_VND)
  ) {
    return `An estimated value is a whole number of đồng between 0 and ${MAX_LINE_VALUE_VND}.`;
  }
  return null;
}
