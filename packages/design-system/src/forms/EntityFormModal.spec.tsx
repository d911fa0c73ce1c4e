import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, Input } from 'antd';
import { renderWithProviders } from '../testing';
import { EntityFormModal } from './EntityFormModal';

interface Values {
  code: string;
}

function deferred() {
  let resolve!: (v: unknown) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function renderModal(onSubmit: (v: Values) => Promise<unknown>, onClose = jest.fn()) {
  renderWithProviders(
    <EntityFormModal<Values>
      title="New course"
      onSubmit={onSubmit}
      onClose={onClose}
      initialValues={{ code: '' }}
      name="course"
    >
      <Form.Item name="code" label="Code">
        <Input />
      </Form.Item>
    </EntityFormModal>,
  );
  return onClose;
}

describe('EntityFormModal', () => {
  it('sends one request however often Enter is pressed, with Save disabled while it is in flight', async () => {
    const write = deferred();
    const onSubmit = jest.fn(() => write.promise);
    const onClose = renderModal(onSubmit);
    const code = screen.getByLabelText('Code');
    await userEvent.type(code, 'TH-01{Enter}');
    await userEvent.keyboard('{Enter}{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: /Save/ })).toBeDisabled());
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({ code: 'TH-01' });
    write.resolve({ id: '1' });
    await waitFor(() => expect(onClose).toHaveBeenCalledWith({ id: '1' }));
  });

  it('puts a server field error on its field and keeps the modal open', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'Code is required', extensions: { code: 'BAD_USER_INPUT', field: 'input.code' } }],
    });
    const onClose = renderModal(() => Promise.reject(refusal));
    await userEvent.type(screen.getByLabelText('Code'), 'x');
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(await screen.findByText('Code is required')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a form-level error for a refusal that names no field', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'A course with code TH-01 already exists.',
          extensions: { code: 'CONFLICT', messageKey: 'errors.alreadyExists' },
        },
      ],
    });
    renderModal(() => Promise.reject(refusal));
    await userEvent.type(screen.getByLabelText('Code'), 'TH-01');
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(await screen.findByRole('alert')).not.toHaveTextContent(/Someone else changed/);
  });

  it('asks before throwing away unsaved changes', async () => {
    const onClose = renderModal(() => Promise.resolve());
    await userEvent.click(screen.getByRole('button', { name: /Cancel/ }));
    expect(onClose).toHaveBeenCalledTimes(1);
    onClose.mockClear();
    await userEvent.type(screen.getByLabelText('Code'), 'x');
    await userEvent.click(screen.getAllByRole('button', { name: /Cancel/ })[0]);
    expect((await screen.findAllByText('Discard unsaved changes?')).length).toBeGreaterThan(0);
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
