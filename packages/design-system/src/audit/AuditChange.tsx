import { Typography } from 'antd';
import { i18n, useTranslation } from '@dx/i18n';

/** Fields that are bookkeeping, not a change a reader cares about. */
const IGNORED = new Set(['id', 'version', 'updatedAt', 'createdAt', 'passwordHash', 'path', 'unitPath']);

function parse(json?: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const show = (value: unknown) =>
  value === undefined || value === null || value === ''
    ? '—'
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/**
 * A stored field name in plain words: the catalogue's (`common:auditFields.<name>`, or the desk's
 * `<namespace>:auditFields.<name>`), else the name split into words (`dueDate` → "due date").
 */
export function auditFieldLabel(field: string, namespace?: string): string {
  for (const key of [namespace && `${namespace}:auditFields.${field}`, `common:auditFields.${field}`]) {
    if (key && i18n.exists(key)) return i18n.t(key);
  }
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The fields that differ between the before and after of an audited change, named in plain words. */
export function AuditChange({
  before,
  after,
  namespace,
}: {
  before?: string | null;
  after?: string | null;
  namespace?: string;
}) {
  const { t } = useTranslation('common');
  const old = parse(before);
  const now = parse(after);
  const changed = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => !IGNORED.has(key) && JSON.stringify(old[key]) !== JSON.stringify(now[key]),
  );
  if (changed.length === 0) return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {changed.slice(0, 8).map((key) => (
        <li key={key}>
          <Typography.Text strong>{auditFieldLabel(key, namespace)}</Typography.Text>
          {': '}
          {before ? (
            <>
              <Typography.Text delete type="secondary">
                <bdi>{show(old[key])}</bdi>
              </Typography.Text>{' '}
              → <bdi>{show(now[key])}</bdi>
            </>
          ) : (
            <bdi>{show(now[key])}</bdi>
          )}
        </li>
      ))}
    </ul>
  );
}
