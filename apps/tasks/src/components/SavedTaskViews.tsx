import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EntityFormModal } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  DeleteTaskViewDocument,
  MySavedTaskViewsDocument,
  SaveTaskViewDocument,
} from '../graphql/generated/graphql';

const FILTER_KEYS = ['status', 'unitId', 'assigneeId', 'overdue', 'dueThisWeek', 'search'] as const;

/** The two views every secretariat asks for first; saving them keeps them on the account. */
const SUGGESTED = [
  { key: 'overdueInMyWards', filter: { overdue: true } },
  { key: 'dueThisWeek', filter: { dueThisWeek: true } },
] as const;

/**
 * Saved task-list views, kept per account on the server: a click applies one (its filter goes into
 * the URL, so it can be shared too); "Save this view" keeps the filters now in the URL under a name.
 */
export function SavedTaskViews() {
  const { t } = useTranslation('tasks');
  const [params, setParams] = useSearchParams();
  const [saving, setSaving] = useState<string | null>(null);
  const { data, refetch } = useQuery(MySavedTaskViewsDocument);
  const [save] = useMutation(SaveTaskViewDocument);
  const [remove] = useMutation(DeleteTaskViewDocument);
  const views = data?.mySavedTaskViews ?? [];
  const current = () => {
    const filter: Record<string, string | boolean> = {};
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) filter[k] = k === 'overdue' || k === 'dueThisWeek' ? v === 'true' : v;
    }
    return filter;
  };
  const apply = (filter: Record<string, unknown>, sort?: string) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(filter))
      if (v !== null && v !== undefined && v !== false) next.set(k, String(v));
    if (sort) next.set('sort', sort);
    setParams(next);
  };
  const missing = SUGGESTED.filter((s) => !views.some((v) => v.name === t(`views.${s.key}`)));
  return (
    <Space wrap data-testid="saved-views">
      {views.map((v) => (
        <Space.Compact key={v.id}>
          <Button
            onClick={() => apply(v.filter, v.orderBy === 'DUE_DATE_DESC' ? 'dueDate:descend' : undefined)}
          >
            {v.name}
          </Button>
          <Button
            aria-label={t('views.delete', { name: v.name })}
            onClick={() => void remove({ variables: { id: v.id } }).then(() => refetch())}
          >
            ×
          </Button>
        </Space.Compact>
      ))}
      {missing.map((s) => (
        <Button
          key={s.key}
          type="dashed"
          onClick={() =>
            void save({
              variables: { name: t(`views.${s.key}`), filter: s.filter, orderBy: 'DUE_DATE_ASC' },
            }).then(() => {
              apply(s.filter);
              return refetch();
            })
          }
        >
          + {t(`views.${s.key}`)}
        </Button>
      ))}
      <Button onClick={() => setSaving('open')}>{t('views.saveCurrent')}</Button>
      {saving && (
        <EntityFormModal<{ name: string }>
          name="view"
          title={t('views.saveCurrent')}
          namespace="tasks"
          onSubmit={(v) =>
            save({
              variables: {
                name: v.name.trim(),
                filter: current(),
                orderBy: params.get('sort') === 'dueDate:descend' ? 'DUE_DATE_DESC' : 'DUE_DATE_ASC',
              },
            })
          }
          onClose={(saved) => {
            setSaving(null);
            if (saved) void refetch();
          }}
        >
          <Form.Item name="name" label={t('views.name')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
        </EntityFormModal>
      )}
    </Space>
  );
}
