import { Form, type FormInstance, type FormProps } from 'antd';
import { useCallback, useRef, useState } from 'react';
import {
  apiErrors,
  describeError,
  describeFieldError,
  hasErrorCode,
  type FieldErrorDetail,
} from '@dx/graphql-client';

type NamePath = (string | number)[];

/** `input.fullName` is the form field `fullName`; `input.items.0.quantity` is `['items', 0, 'quantity']`. */
function formFieldName(field: string): NamePath {
  return field
    .replace(/^input\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows BAD_USER_INPUT errors next to the fields they name (translated when the server sent a
 * message key) and returns what is left for a form-level alert (a CONFLICT, a FORBIDDEN, a network
 * failure), or null when every error found its field.
 */
export function applyGraphQLErrors(form: FormInstance, error: unknown, namespace?: string): string | null {
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const detail of apiErrors(error)) {
    if (detail.code !== 'BAD_USER_INPUT') continue;
    const entries: FieldErrorDetail[] = detail.fields?.length
      ? detail.fields
      : detail.field
        ? [
            {
              field: detail.field,
              message: detail.message,
              messageKey: detail.messageKey,
              params: detail.params,
            },
          ]
        : [];
    for (const entry of entries) {
      const name = formFieldName(entry.field);
      if (!known.has(String(name[0]))) continue;
      const id = name.join('.');
      const slot = byField.get(id) ?? { name, errors: [] };
      slot.errors.push(describeFieldError(entry, namespace));
      byField.set(id, slot);
    }
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  return byField.size > 0 && !hasErrorCode(error, 'CONFLICT') ? null : describeError(error, { namespace });
}

export interface UseGraphQLFormOptions<Values> {
  /** The write: call the mutation and throw its error to refuse. What it returns goes to `onSaved`. */
  onSubmit: (values: Values) => Promise<unknown>;
  /** After a successful write (close the modal, show a message, navigate with `replace`). */
  onSaved?: (result: unknown, values: Values) => void;
  /** A desk namespace that words its own error codes. */
  namespace?: string;
  form?: FormInstance<Values>;
}

export interface GraphQLForm<Values> {
  form: FormInstance<Values>;
  /** Spread on antd's `<Form>`: the instance, `onFinish` and change tracking. */
  formProps: Pick<FormProps<Values>, 'form' | 'onFinish' | 'onValuesChange'>;
  /** The error for the whole form (render with `<FormErrorAlert message={formError} />`). */
  formError: string | null;
  submitting: boolean;
  /** The user changed something since it opened or was last saved. */
  dirty: boolean;
  submit: () => void;
}

/**
 * Loading, errors and submit for any form that writes through GraphQL: one submission at a time
 * (Enter pressed twice or a double click sends one request), server field errors on their fields,
 * other errors in the form-level alert, and whether there are unsaved changes.
 */
export function useGraphQLForm<Values>({
  onSubmit,
  onSaved,
  namespace,
  form: given,
}: UseGraphQLFormOptions<Values>): GraphQLForm<Values> {
  const [form] = Form.useForm<Values>(given);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [dirty, setDirty] = useState(false);
  const inFlight = useRef(false);

  const onFinish = useCallback(
    async (values: Values) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setSubmitting(true);
      setFormError(null);
      try {
        const result = await onSubmit(values);
        setDirty(false);
        onSaved?.(result, values);
      } catch (error) {
        setFormError(applyGraphQLErrors(form, error, namespace));
      } finally {
        inFlight.current = false;
        setSubmitting(false);
      }
    },
    [form, onSubmit, onSaved, namespace],
  );

  return {
    form,
    formProps: { form, onFinish: (values) => void onFinish(values), onValuesChange: () => setDirty(true) },
    formError,
    submitting,
    dirty,
    submit: () => form.submit(),
  };
}
