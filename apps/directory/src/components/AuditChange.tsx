import { Typography } from 'antd';
import { useTranslation } from '@dx/i18n';

/** Fields that are bookkeeping, not a change a reader cares about. */
const IGNORED = new Set(['id', 'version', 'updatedAt', 'createdAt', 'passwordHash', 'path', 'unitPath']);

function parse(json?: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const show = (value: unknown) => (value === undefined || value === null || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The fields that differ between the before and after of an audited change. */
export function AuditChange({ before, after }: { before?: string | null; after?: string | null }) {
  const { t } = useTranslation('directory');
  const old = parse(before);
  const now = parse(after);
  const changed = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
    (key) => !IGNORED.has(key) && JSON.stringify(old[key]) !== JSON.stringify(now[key]),
  );
  if (changed.length === 0) return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {changed.slice(0, 6).map((key) => (
        <li key={key}>
          <Typography.Text code>{key}</Typography.Text>{' '}
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
