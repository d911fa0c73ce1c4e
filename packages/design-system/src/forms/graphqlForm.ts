import type { FormInstance } from 'antd';
import { apiErrors, describeError, hasErrorCode } from '@dx/graphql-client';

/** `input.fullName` and `fullName` both name the form field `fullName`. */
function formFieldName(field: string): string {
  return field.replace(/^input\./, '');
}

/**
 * Shows BAD_USER_INPUT errors next to the fields they name and returns what is left for a
 * form-level alert (a CONFLICT, a FORBIDDEN, a network failure), or null when every error found its field.
 */
export function applyGraphQLErrors(form: FormInstance, error: unknown): string | null {
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, string[]>();
  for (const detail of apiErrors(error)) {
    if (detail.code !== 'BAD_USER_INPUT') continue;
    const entries = detail.fields?.length ? detail.fields : detail.field ? [{ field: detail.field, message: detail.message }] : [];
    for (const entry of entries) {
      const name = formFieldName(entry.field);
      if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), entry.message]);
    }
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0 && !hasErrorCode(error, 'CONFLICT') ? null : describeError(error);
}
