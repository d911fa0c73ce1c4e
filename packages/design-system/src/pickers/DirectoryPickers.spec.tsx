import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import {
  PersonPickerChosenDocument,
  PersonPickerOptionsDocument,
  UnitPickerChosenDocument,
  UnitPickerOptionsDocument,
} from '../graphql/generated/graphql';
import { renderWithProviders } from '../testing';
import { PersonSelect } from './PersonSelect';
import { UnitSelect } from './UnitSelect';

const unit = (id: string, code: string, name: string) => ({ __typename: 'Unit', id, code, name });
const units = (...nodes: ReturnType<typeof unit>[]) => ({ units: { __typename: 'UnitConnection', nodes } });
const person = (id: string, fullName: string, position: string | null, unitName: string) => ({
  __typename: 'Person',
  id,
  fullName,
  position,
  unit: { __typename: 'Unit', id: `u-${id}`, name: unitName },
});
const people = (...nodes: ReturnType<typeof person>[]) => ({
  people: { __typename: 'PersonConnection', nodes },
});

interface UnitVariables {
  search?: string;
  kind?: string;
  parentId?: string;
  first?: number;
}
interface PersonVariables {
  search?: string;
  unitId?: string;
  includeSubunits?: boolean;
}

/**
 * Opens the dropdown and types key by key, as a user does; the pickers search once typing pauses.
 * No pause between keys (`delay: null`): on a loaded CI machine a 0 ms pause can outlast the
 * debounce and make a fast typist look slow.
 */
async function typeInto(id: string, text: string) {
  const input = document.getElementById(id)!;
  fireEvent.mouseDown(input);
  await userEvent.setup({ delay: null }).type(input, text);
}

const openOptions = () => [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent);

describe('UnitSelect', () => {
  it('searches the directory with its filters and labels units "Name (CODE)"', async () => {
    const asked: UnitVariables[] = [];
    const mocks = [
      {
        request: {
          query: UnitPickerOptionsDocument,
          variables: (v: UnitVariables) => (asked.push(v), !v.search),
        },
        result: { data: units(unit('1', 'HN-LN', 'Phường Lĩnh Nam')) },
        maxUsageCount: 5,
      },
      {
        request: { query: UnitPickerOptionsDocument, variables: (v: UnitVariables) => v.search === 'TDP' },
        result: { data: units(unit('2', 'HN-LN-TDP5', 'Tổ dân phố 5')) },
      },
    ];
    renderWithProviders(<UnitSelect id="unit" kind="RESIDENTIAL_GROUP" parentId="1" />, { mocks });
    expect(screen.getByText("Type part of a unit's name or code")).toBeInTheDocument();
    await typeInto('unit', 'TDP');
    expect(await screen.findByText('Tổ dân phố 5 (HN-LN-TDP5)')).toBeInTheDocument();
    // One search for the whole word, not one per letter; the filters go with every search.
    expect(asked.filter((v) => v.search).map((v) => v.search)).toEqual(['TDP']);
    expect(asked.every((v) => v.kind === 'RESIDENTIAL_GROUP' && v.parentId === '1')).toBe(true);
  });

  it('works inside a Form.Item: the chosen id is the field value, and a saved id shows its label', async () => {
    const mocks = [
      {
        request: { query: UnitPickerOptionsDocument, variables: () => true },
        result: { data: units(unit('1', 'HN-LN', 'Phường Lĩnh Nam')) },
        maxUsageCount: 5,
      },
      {
        request: {
          query: UnitPickerChosenDocument,
          variables: (v: { ids: string[] }) => v.ids.join() === '9',
        },
        result: { data: { unitsByIds: [unit('9', 'HN-HK', 'Phường Hoàn Kiếm')] } },
        maxUsageCount: 5,
      },
    ];
    let submitted: unknown;
    renderWithProviders(
      <Form name="f" initialValues={{ unitId: '9' }} onFinish={(values) => (submitted = values)}>
        <Form.Item name="unitId" label="Unit">
          <UnitSelect />
        </Form.Item>
        <button type="submit">Go</button>
      </Form>,
      { mocks },
    );
    // The saved unit is not among the first results: its label is looked up, not its id shown.
    expect(await screen.findByText('Phường Hoàn Kiếm (HN-HK)')).toBeInTheDocument();
    expect(screen.getByLabelText('Unit')).toHaveAttribute('id', 'f_unitId');
    fireEvent.mouseDown(screen.getByLabelText('Unit'));
    await userEvent.click(await screen.findByTitle('Phường Lĩnh Nam (HN-LN)'));
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(submitted).toEqual({ unitId: '1' }));
  });

  it('says "Nothing here yet" when nothing matches', async () => {
    const mocks = [
      {
        request: { query: UnitPickerOptionsDocument, variables: () => true },
        result: { data: units() },
        maxUsageCount: 5,
      },
    ];
    renderWithProviders(<UnitSelect id="unit" />, { mocks });
    await typeInto('unit', 'zzz');
    expect(await screen.findByText('Nothing here yet')).toBeInTheDocument();
  });
});

describe('PersonSelect', () => {
  it('lists the people of one unit and its sub-units as "Full name — position — unit"', async () => {
    const mocks = [
      {
        request: {
          query: PersonPickerOptionsDocument,
          variables: (v: PersonVariables) => v.unitId === '4' && v.includeSubunits === true,
        },
        result: {
          data: people(
            person('7', 'Nguyễn Văn An', 'Tổ trưởng', 'TDP 5'),
            person('8', 'Lê Thị Bình', null, 'TDP 6'),
          ),
        },
        maxUsageCount: 5,
      },
    ];
    renderWithProviders(<PersonSelect id="person" unitId="4" includeSubunits />, { mocks });
    fireEvent.mouseDown(document.getElementById('person')!);
    await waitFor(() =>
      expect(openOptions()).toEqual(['Nguyễn Văn An — Tổ trưởng — TDP 5', 'Lê Thị Bình — TDP 6']),
    );
  });

  it('asks the server only once enough is typed, and shows the loading state meanwhile', async () => {
    const asked: PersonVariables[] = [];
    const mocks = [
      {
        request: {
          query: PersonPickerOptionsDocument,
          variables: (v: PersonVariables) => (asked.push(v), v.search === 'An'),
        },
        result: { data: people(person('7', 'Nguyễn Văn An', 'Tổ trưởng', 'TDP 5')) },
        delay: 200,
      },
    ];
    renderWithProviders(<PersonSelect id="person" minSearchLength={2} />, { mocks });
    fireEvent.mouseDown(document.getElementById('person')!);
    expect(await screen.findByText('Type at least 2 characters')).toBeInTheDocument();
    await userEvent.type(document.getElementById('person')!, 'An');
    expect(await screen.findByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Nguyễn Văn An — Tổ trưởng — TDP 5')).toBeInTheDocument();
    expect(asked.map((v) => v.search)).toEqual(['An']);
  });

  it('does not search while disabled, yet shows the chosen person', async () => {
    const asked: PersonVariables[] = [];
    const mocks = [
      {
        request: {
          query: PersonPickerOptionsDocument,
          variables: (v: PersonVariables) => (asked.push(v), true),
        },
        result: { data: people() },
      },
      {
        request: {
          query: PersonPickerChosenDocument,
          variables: (v: { ids: string[] }) => v.ids.join() === '7',
        },
        result: { data: { peopleByIds: [person('7', 'Nguyễn Văn An', 'Tổ trưởng', 'TDP 5')] } },
      },
    ];
    renderWithProviders(<PersonSelect id="person" value="7" disabled />, { mocks });
    expect(await screen.findByText('Nguyễn Văn An — Tổ trưởng — TDP 5')).toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});
