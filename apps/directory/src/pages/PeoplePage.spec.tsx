import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  UnitPickerChosenDocument,
  UnitPickerOptionsDocument,
  renderWithProviders,
} from '@dx/design-system/testing';
import {
  PeopleListDocument,
  UpdatePersonDocument,
  type PersonFieldsFragment,
} from '../graphql/generated/graphql';
import { PeoplePage } from './PeoplePage';

const an: PersonFieldsFragment & { __typename: 'Person' } = {
  __typename: 'Person',
  id: '7',
  fullName: 'Nguyễn Văn An',
  position: 'Tổ trưởng',
  email: 'an@example.vn',
  phone: null,
  category: 'COMMUNITY_TEAM_MEMBER',
  priorityGroups: ['ELDERLY'],
  version: 3,
  unit: { __typename: 'Unit', id: '4', name: 'Phường Lĩnh Nam' } as PersonFieldsFragment['unit'],
};
const people = (nodes: PersonFieldsFragment[]) => ({
  people: {
    __typename: 'PersonConnection',
    nodes,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  },
});
const units = { units: { __typename: 'UnitConnection', nodes: [] } };
const linhNam = { __typename: 'Unit', id: '4', code: 'HN-LN', name: 'Phường Lĩnh Nam' };

describe('PeoplePage', () => {
  it('lists people from the server with the search taken from the URL', async () => {
    const mocks = [
      {
        request: { query: PeopleListDocument, variables: (v: { search?: string }) => v.search === 'An' },
        result: { data: people([an]) },
      },
      {
        request: { query: UnitPickerOptionsDocument, variables: () => true },
        result: { data: units },
        maxUsageCount: 10,
      },
    ];
    renderWithProviders(<PeoplePage />, { mocks, url: '/directory/people?search=An' });
    expect(await screen.findByRole('cell', { name: 'Nguyễn Văn An' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Phường Lĩnh Nam' })).toBeInTheDocument();
    expect(screen.getByTestId('list-range')).toHaveTextContent('1–1 of 1');
  });

  it('says clearly when someone else changed the person first (CONFLICT)', async () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Person was changed by someone else since you opened it. Reload it and try again.',
          extensions: { code: 'CONFLICT', messageKey: 'errors.staleVersion', params: { what: 'Person' } },
        },
      ],
    });
    const mocks = [
      {
        request: { query: PeopleListDocument, variables: () => true },
        result: { data: people([an]) },
        maxUsageCount: 5,
      },
      {
        request: { query: UnitPickerOptionsDocument, variables: () => true },
        result: { data: units },
        maxUsageCount: 10,
      },
      {
        request: { query: UnitPickerChosenDocument, variables: () => true },
        result: { data: { unitsByIds: [linhNam] } },
        maxUsageCount: 10,
      },
      {
        request: { query: UpdatePersonDocument, variables: (v: { version: number }) => v.version === 3 },
        error: conflict,
      },
    ];
    renderWithProviders(<PeoplePage />, { mocks, url: '/directory/people' });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit: Nguyễn Văn An' }));
    const dialog = await screen.findByRole('dialog');
    const position = within(dialog).getByLabelText('Position');
    await userEvent.clear(position);
    await userEvent.type(position, 'Tổ phó');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Person was changed by someone else since you opened it',
    );
  });
});
