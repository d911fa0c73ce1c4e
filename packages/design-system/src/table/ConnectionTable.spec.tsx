import { parse } from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { renderWithProviders } from '../testing';
import { ConnectionTable } from './ConnectionTable';

interface Thing {
  id: string;
  name: string;
}
interface ThingsData {
  things: {
    nodes: Thing[];
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface ThingsVars {
  search?: string;
  first?: number;
  after?: string;
  [key: string]: unknown;
}

const THINGS: TypedDocumentNode<ThingsData, ThingsVars> = parse(`
  query Things($search: String, $first: Int, $after: String) {
    things(search: $search, first: $first, after: $after) { nodes { id name } totalCount pageInfo { hasNextPage endCursor } }
  }
`);

const page = (
  names: string[],
  hasNextPage: boolean,
  endCursor: string | null,
  totalCount = 3,
): ThingsData => ({
  things: {
    nodes: names.map((name) => ({ id: name, name })),
    totalCount,
    pageInfo: { hasNextPage, endCursor },
  },
});

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function List() {
  return (
    <>
      <ConnectionTable
        query={THINGS}
        connection={(data) => data.things}
        columns={[{ title: 'Name', dataIndex: 'name', key: 'name' }]}
        rowKey={(thing) => thing.id}
        filters={[{ name: 'search', label: 'Search things', type: 'search' }]}
      />
      <Location />
    </>
  );
}

describe('ConnectionTable', () => {
  it('pages forward with the cursor and keeps filters and cursor in the URL', async () => {
    const mocks = [
      {
        request: { query: THINGS, variables: (v: ThingsVars) => !v.after && !v.search },
        result: { data: page(['Alpha', 'Beta'], true, 'c2') },
      },
      {
        request: { query: THINGS, variables: (v: ThingsVars) => v.after === 'c2' },
        result: { data: page(['Gamma'], false, null) },
      },
      {
        request: { query: THINGS, variables: (v: ThingsVars) => v.search === 'Gam' && !v.after },
        result: { data: page(['Gamma'], false, null, 1) },
      },
    ];
    renderWithProviders(<List />, { mocks });
    expect(await screen.findByText('Alpha')).toBeInTheDocument();
    expect(screen.getByTestId('list-range')).toHaveTextContent('1–2 of 3');

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Gamma')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('after=c2');
    expect(screen.getByText('Page 2')).toBeInTheDocument();

    await userEvent.type(screen.getByPlaceholderText('Search things'), 'Gam{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('search=Gam'));
    expect(screen.getByTestId('location')).not.toHaveTextContent('after=');
    expect(await screen.findByText('1–1 of 1')).toBeInTheDocument();
  });

  it('reads its filter from the URL, so a shared link shows the same list', async () => {
    const mocks = [
      {
        request: { query: THINGS, variables: (v: ThingsVars) => v.search === 'Beta' },
        result: { data: page(['Beta'], false, null, 1) },
      },
    ];
    renderWithProviders(<List />, { mocks, url: '/?search=Beta' });
    expect(await screen.findByText('Beta')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('Search things')).toHaveValue('Beta');
  });

  it('shows a translated error with Retry when the list cannot load', async () => {
    const mocks = [
      { request: { query: THINGS, variables: () => true }, error: new TypeError('Failed to fetch') },
    ];
    renderWithProviders(<List />, { mocks });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
