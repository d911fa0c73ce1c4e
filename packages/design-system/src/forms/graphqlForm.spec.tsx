import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act, render, screen } from '@testing-library/react';
import { Form, Input, type FormInstance } from 'antd';
import { i18n } from '@dx/i18n';
import { applyGraphQLErrors } from './graphqlForm';

const graphQLError = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...extensions } }] });

function renderForm(): FormInstance {
  let instance: FormInstance | undefined;
  function PersonForm() {
    const [form] = Form.useForm();
    instance = form;
    return (
      <Form form={form} initialValues={{ fullName: '', email: '' }}>
        <Form.Item name="fullName" label="Full name">
          <Input />
        </Form.Item>
        <Form.Item name="email" label="Email">
          <Input />
        </Form.Item>
      </Form>
    );
  }
  render(<PersonForm />);
  return instance!;
}

beforeAll(async () => {
  i18n.addResourceBundle(
    'en',
    'errors',
    { staleVersion: '{{what}} was changed by someone else since you opened it.' },
    true,
    true, // the test's own wording, over the real catalogue's, so it tests the mechanism
  );
  await i18n.changeLanguage('en');
});

describe('applyGraphQLErrors', () => {
  it('puts a BAD_USER_INPUT message next to the field named by extensions.field', async () => {
    const form = renderForm();
    let rest: string | null = 'unset';
    act(() => {
      rest = applyGraphQLErrors(
        form,
        graphQLError('BAD_USER_INPUT', 'The full name is required.', { field: 'input.fullName' }),
      );
    });
    expect(rest).toBeNull();
    expect(await screen.findByText('The full name is required.')).toBeInTheDocument();
    expect(form.getFieldError('fullName')).toEqual(['The full name is required.']);
  });

  it('marks every field of a validation failure', () => {
    const form = renderForm();
    act(() => {
      applyGraphQLErrors(
        form,
        graphQLError('BAD_USER_INPUT', 'invalid', {
          field: 'fullName',
          fields: [
            { field: 'fullName', message: 'Too long' },
            { field: 'email', message: 'Not an email' },
          ],
        }),
      );
    });
    expect(form.getFieldError('fullName')).toEqual(['Too long']);
    expect(form.getFieldError('email')).toEqual(['Not an email']);
  });

  it('returns a form-level message for a stale-version CONFLICT', () => {
    const form = renderForm();
    const rest = applyGraphQLErrors(
      form,
      graphQLError('CONFLICT', 'Person 3 was changed', {
        messageKey: 'errors.staleVersion',
        params: { what: 'Person' },
      }),
    );
    expect(rest).toMatch(/^Person was changed by someone else since you opened it/);
  });
});
