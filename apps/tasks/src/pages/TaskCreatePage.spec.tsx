import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  PersonPickerOptionsDocument,
  UnitPickerOptionsDocument,
  renderWithProviders,
} from '@dx/design-system/testing';
import { TaskCreatePage } from './TaskCreatePage';

// The pickers load their first options on mount; nobody is picked in these tests.
const mocks = [
  {
    request: { query: PersonPickerOptionsDocument, variables: () => true },
    result: { data: { people: { __typename: 'PersonConnection', nodes: [] } } },
    maxUsageCount: 10,
  },
  {
    request: { query: UnitPickerOptionsDocument, variables: () => true },
    result: { data: { units: { __typename: 'UnitConnection', nodes: [] } } },
    maxUsageCount: 10,
  },
];

describe('the "6 clear" assignment form', () => {
  test('does not submit while any of the six clears is missing, and names each one', async () => {
    renderWithProviders(<TaskCreatePage />, { url: '/tasks/list/new', language: 'en', mocks });
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(document.querySelectorAll('.ant-form-item-explain-error')).toHaveLength(6));
    for (const message of [
      'Choose the person in charge.',
      'Give the task a title.',
      'Choose the lead unit.',
      'Choose the due date.',
      'Say what result is expected.',
      'Say who decides and accepts the result.',
    ]) {
      expect(screen.getByText(message)).toBeInTheDocument();
    }
  });

  test('a title of spaces is not a title', async () => {
    renderWithProviders(<TaskCreatePage />, { url: '/tasks/list/new', language: 'vi', mocks });
    fireEvent.change(document.querySelector('#task_title')!, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Giao nhiệm vụ' }));
    expect(await screen.findByText('Nhập tên nhiệm vụ.')).toBeInTheDocument();
  });
});
