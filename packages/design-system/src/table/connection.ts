import type { ReactNode } from 'react';

/** The shape of every list in the API: a cursor connection. */
export interface Connection<TNode> {
  nodes: TNode[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface FilterField {
  /** The query variable it sets, also its key in the URL. */
  name: string;
  label: string;
  type: 'search' | 'select' | 'boolean' | 'custom';
  options?: { value: string; label: string }[];
  /** For `custom`: a control of the desk's own (e.g. a unit picker) bound to the URL value. */
  render?: (value: string | undefined, onChange: (value: string | undefined) => void) => ReactNode;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
