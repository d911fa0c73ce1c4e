import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { useDebouncedValue } from './useDebouncedValue';

/** How long typing must pause before the directory is asked. */
export const DIRECTORY_SEARCH_DELAY_MS = 300;

/** What a unit or person picker accepts besides its filters; `value`/`onChange` suit antd Form.Item. */
export type DirectoryPickerProps = {
  /** For `<label htmlFor>`, Form.Item (it passes `<form>_<field>`) and tests. */
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  className?: string;
  /** How many matches to ask for per search. */
  first?: number;
  /** Characters to type before the directory is asked; 0 lists the first matches on open. */
  minSearchLength?: number;
} & (
  | { mode?: undefined; value?: string | null; onChange?: (id: string | undefined) => void }
  | { mode: 'multiple'; value?: string[]; onChange?: (ids: string[]) => void }
);

export interface PickerOption {
  value: string;
  label: string;
}

/** The typed text, debounced, and whether it is still too short to search. */
export function useDirectorySearch(minSearchLength = 0) {
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), DIRECTORY_SEARCH_DELAY_MS);
  return { search, tooShort: search.length < minSearchLength, onSearch: setTyped };
}

/** The ids currently chosen, whatever the mode. */
export function chosenIds(value: string | string[] | null | undefined): string[] {
  if (Array.isArray(value)) return value;
  return value ? [value] : [];
}

/**
 * The search results first, then any chosen item the results do not contain (chosen earlier, on
 * another page of results or from a shared link), so the field shows its label, not its id.
 */
export function withChosen(results: PickerOption[], chosen: PickerOption[]): PickerOption[] {
  const extra = chosen.filter((c) => !results.some((r) => r.value === c.value));
  return [...extra, ...results];
}

interface DirectorySearchSelectProps {
  picker: DirectoryPickerProps;
  defaultPlaceholder: string;
  options: PickerOption[];
  loading: boolean;
  tooShort: boolean;
  minSearchLength: number;
  onSearch: (text: string) => void;
}

/** The antd Select both pickers render: the server filters, so the Select does not. */
export function DirectorySearchSelect({
  picker,
  defaultPlaceholder,
  options,
  loading,
  tooShort,
  minSearchLength,
  onSearch,
}: DirectorySearchSelectProps) {
  const { t } = useTranslation('common');
  const notFound = tooShort
    ? t('pickers.typeMore', { count: minSearchLength })
    : loading
      ? t('state.loading')
      : t('state.empty');
  return (
    <Select<string | string[]>
      id={picker.id}
      mode={picker.mode}
      className={picker.className}
      style={{ minWidth: 220, ...picker.style }}
      showSearch={{ filterOption: false, onSearch }}
      value={picker.value ?? undefined}
      onChange={(next) =>
        (picker.onChange as ((v: string | string[] | undefined) => void) | undefined)?.(next)
      }
      options={options}
      loading={loading}
      allowClear={picker.allowClear}
      disabled={picker.disabled}
      placeholder={picker.placeholder ?? defaultPlaceholder}
      // A name for screen readers when no <label for> points at it (a filter above a list).
      aria-label={picker.id ? undefined : (picker.placeholder ?? defaultPlaceholder)}
      notFoundContent={notFound}
    />
  );
}
