import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@dx/i18n';
import {
  UnitPickerChosenDocument,
  UnitPickerOptionsDocument,
  type UnitKind,
} from '../graphql/generated/graphql';
import {
  DirectorySearchSelect,
  chosenIds,
  useDirectorySearch,
  withChosen,
  type DirectoryPickerProps,
  type PickerOption,
} from './DirectorySearchSelect';

export type UnitSelectProps = DirectoryPickerProps & {
  /** Only units of this kind (e.g. WARD). */
  kind?: UnitKind;
  /** Only the direct children of this unit. */
  parentId?: string;
};

/** "Phường Lĩnh Nam (HN-LN)". */
export function unitLabel(unit: { name: string; code: string }): string {
  return `${unit.name} (${unit.code})`;
}

const toOption = (unit: { id: string; name: string; code: string }): PickerOption => ({
  value: unit.id,
  label: unitLabel(unit),
});

/** Picks a unit (or several) of the directory by typing part of its name or code; the server searches. */
export function UnitSelect(props: UnitSelectProps) {
  const { kind, parentId, first = 20, minSearchLength = 0 } = props;
  const { t } = useTranslation('common');
  const { search, tooShort, onSearch } = useDirectorySearch(minSearchLength);
  const results = useQuery(UnitPickerOptionsDocument, {
    variables: { search: search || undefined, kind, parentId, first },
    // A disabled picker (e.g. waiting for a unit to be chosen) needs no results, only its chosen label.
    skip: tooShort || props.disabled,
  });
  const found = tooShort ? [] : (results.data?.units.nodes ?? []).map(toOption);
  const missing = chosenIds(props.value).filter((id) => !found.some((o) => o.value === id));
  const chosen = useQuery(UnitPickerChosenDocument, {
    variables: { ids: missing },
    skip: missing.length === 0,
  });
  const options = withChosen(found, (chosen.data?.unitsByIds ?? []).map(toOption));
  return (
    <DirectorySearchSelect
      picker={props}
      defaultPlaceholder={t('pickers.unit')}
      options={options}
      loading={results.loading}
      tooShort={tooShort}
      minSearchLength={minSearchLength}
      onSearch={onSearch}
    />
  );
}
