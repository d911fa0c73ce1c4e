import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@dx/i18n';
import { PersonPickerChosenDocument, PersonPickerOptionsDocument } from '../graphql/generated/graphql';
import {
  DirectorySearchSelect,
  chosenIds,
  useDirectorySearch,
  withChosen,
  type DirectoryPickerProps,
  type PickerOption,
} from './DirectorySearchSelect';

export type PersonSelectProps = DirectoryPickerProps & {
  /** Only people of this unit (and of the units below it with `includeSubunits`). */
  unitId?: string;
  includeSubunits?: boolean;
};

/** "Vũ Ngọc Sơn — Chuyên viên — Phường Lĩnh Nam"; a missing position is left out. */
export function personLabel(person: {
  fullName: string;
  position?: string | null;
  unit: { name: string };
}): string {
  return [person.fullName, person.position, person.unit.name].filter(Boolean).join(' — ');
}

const toOption = (person: {
  id: string;
  fullName: string;
  position?: string | null;
  unit: { name: string };
}): PickerOption => ({
  value: person.id,
  label: personLabel(person),
});

/**
 * Picks a person (or several) of the directory, within the caller's scope, by typing part of a
 * name, email or phone; the server searches.
 */
export function PersonSelect(props: PersonSelectProps) {
  const { unitId, includeSubunits = false, first = 20, minSearchLength = 0 } = props;
  const { t } = useTranslation('common');
  const { search, tooShort, onSearch } = useDirectorySearch(minSearchLength);
  const results = useQuery(PersonPickerOptionsDocument, {
    variables: { search: search || undefined, unitId, includeSubunits, first },
    // A disabled picker (e.g. waiting for a unit to be chosen) needs no results, only its chosen label.
    skip: tooShort || props.disabled,
  });
  const found = tooShort ? [] : (results.data?.people.nodes ?? []).map(toOption);
  const missing = chosenIds(props.value).filter((id) => !found.some((o) => o.value === id));
  const chosen = useQuery(PersonPickerChosenDocument, {
    variables: { ids: missing },
    skip: missing.length === 0,
  });
  const options = withChosen(found, (chosen.data?.peopleByIds ?? []).map(toOption));
  return (
    <DirectorySearchSelect
      picker={props}
      defaultPlaceholder={t('pickers.person')}
      options={options}
      loading={results.loading}
      tooShort={tooShort}
      minSearchLength={minSearchLength}
      onSearch={onSearch}
    />
  );
}
