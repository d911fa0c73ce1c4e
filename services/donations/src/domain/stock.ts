import { categoryOrder, type ItemCategoryName } from './categories';

export interface Quantity {
  category: ItemCategoryName;
  quantity: number;
}

export interface StockCounters {
  received: number;
  handedOver: number;
  available: number;
}

/** Adds up lines of the same category, in the fixed category order. */
export function totalsByCategory(lines: readonly Quantity[]): Quantity[] {
  const totals = new Map<ItemCategoryName, number>();
  for (const line of lines) totals.set(line.category, (totals.get(line.category) ?? 0) + line.quantity);
  return [...totals]
    .map(([category, quantity]) => ({ category, quantity }))
    .sort((a, b) => categoryOrder(a.category, b.category));
}

export function afterReceiving(stock: StockCounters, quantity: number): StockCounters {
  return {
    received: stock.received + quantity,
    handedOver: stock.handedOver,
    available: stock.available + quantity,
  };
}

/** null when the stock cannot give that many: stock is never negative. */
export function afterHandingOver(stock: StockCounters, quantity: number): StockCounters | null {
  if (quantity > stock.available) return null;
  return {
    received: stock.received,
    handedOver: stock.handedOver + quantity,
    available: stock.available - quantity,
  };
}

/** A voided handover puts its items back. */
export function afterReturning(stock: StockCounters, quantity: number): StockCounters {
  return {
    received: stock.received,
    handedOver: stock.handedOver - quantity,
    available: stock.available + quantity,
  };
}

export interface Shortage {
  category: ItemCategoryName;
  requested: number;
  available: number;
}

/** What a request asks beyond what is available, per category. */
export function shortages(
  requested: readonly Quantity[],
  available: ReadonlyMap<ItemCategoryName, number>,
): Shortage[] {
  return totalsByCategory(requested)
    .map((r) => ({ category: r.category, requested: r.quantity, available: available.get(r.category) ?? 0 }))
    .filter((s) => s.requested > s.available);
}

export function describeShortages(list: readonly Shortage[], holderName: string): string {
  const parts = list.map((s) => `${s.category}: ${s.requested} requested, ${s.available} available`);
  return `Not enough in stock at ${holderName} (${parts.join('; ')}). Hand over at most what is available.`;
}
