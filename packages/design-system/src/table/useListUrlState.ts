import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type FilterField } from './connection';

const TRAIL_SEPARATOR = '~';
/** Stands for "the first page" (no cursor) in the trail. */
const FIRST_PAGE = '.';

export interface ListUrlState {
  filters: Record<string, string | boolean | undefined>;
  pageSize: number;
  after: string | undefined;
  /** Cursors of the pages before this one, so Previous works after a reload or from a shared link. */
  trail: string[];
  sort: string | undefined;
}

/**
 * Filters, page size, cursor and sort of a list live in the URL query string, so a view can be
 * shared and survives a reload. `prefix` separates two lists on one screen.
 */
export function useListUrlState(fields: FilterField[], prefix = '') {
  const [params, setParams] = useSearchParams();
  const key = useCallback((name: string) => `${prefix}${name}`, [prefix]);

  const state: ListUrlState = useMemo(() => {
    const filters: ListUrlState['filters'] = {};
    for (const field of fields) {
      const raw = params.get(key(field.name));
      filters[field.name] = field.type === 'boolean' ? raw === 'true' || undefined : (raw ?? undefined);
    }
    const size = Number(params.get(key('size')));
    const trail = params.get(key('trail'));
    return {
      filters,
      pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
      after: params.get(key('after')) ?? undefined,
      trail: trail ? trail.split(TRAIL_SEPARATOR) : [],
      sort: params.get(key('sort')) ?? undefined,
    };
  }, [params, fields, key]);

  const update = useCallback(
    (changes: Record<string, string | undefined>, resetPaging: boolean) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key(name));
            else next.set(key(name), value);
          }
          if (resetPaging) {
            next.delete(key('after'));
            next.delete(key('trail'));
          }
          return next;
        },
        { replace: false },
      );
    },
    [setParams, key],
  );

  return {
    state,
    setFilter: (name: string, value: string | boolean | undefined) =>
      update({ [name]: value === undefined || value === false ? undefined : String(value) }, true),
    setPageSize: (size: number) => update({ size: String(size) }, true),
    setSort: (sort: string | undefined) => update({ sort }, true),
    nextPage: (endCursor: string) =>
      update(
        { after: endCursor, trail: [...state.trail, state.after ?? FIRST_PAGE].join(TRAIL_SEPARATOR) },
        false,
      ),
    previousPage: () => {
      const trail = state.trail.slice(0, -1);
      const after = state.trail.at(-1);
      update(
        {
          after: after === FIRST_PAGE ? undefined : after,
          trail: trail.length ? trail.join(TRAIL_SEPARATOR) : undefined,
        },
        false,
      );
    },
  };
}
