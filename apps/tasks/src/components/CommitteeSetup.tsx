import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { EntityFormModal, PersonSelect, UnitSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { AddCommitteeMemberDocument, CreateCommitteeDocument } from '../graphql/generated/graphql';

const ROLES = ['CHAIR', 'VICE_CHAIR', 'STANDING_MEMBER', 'MEMBER', 'SECRETARY', 'SUPPORT_TEAM'] as const;

/** "New committee": a name and the unit it steers. */
export function NewCommitteeButton({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('tasks');
  const [open, setOpen] = useState(false);
  const [create] = useMutation(CreateCommitteeDocument);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('setup.newCommittee')}
      </Button>
      {open && (
        <EntityFormModal<{ name: string; unitId: string }>
          name="committee"
          title={t('setup.newCommittee')}
          namespace="tasks"
          onSubmit={(values) =>
            create({ variables: { input: { name: values.name.trim(), unitId: values.unitId } } })
          }
          onClose={(saved) => {
            setOpen(false);
            if (saved) onSaved();
          }}
        >
          <Form.Item
            name="name"
            label={t('setup.committeeName')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="unitId" label={t('fields.unit')} rules={[{ required: true }]}>
            <UnitSelect />
          </Form.Item>
        </EntityFormModal>
      )}
    </>
  );
}

interface MemberValues {
  personId: string;
  role: string;
  responsibilities?: string;
  appointedByDocumentId?: string;
}

/** "Add member": the person, the role and responsibilities; a support-team member names the decision. */
export function AddMemberButton({
  committeeId,
  decisions,
  onSaved,
}: {
  committeeId: string;
  decisions: { id: string; number: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('tasks');
  const [open, setOpen] = useState(false);
  const [add] = useMutation(AddCommitteeMemberDocument);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('setup.addMember')}</Button>
      {open && (
        <EntityFormModal<MemberValues>
          name="member"
          title={t('setup.addMember')}
          namespace="tasks"
          onSubmit={(v) =>
            add({
              variables: {
                committeeId,
                personId: v.personId,
                role: v.role,
                responsibilities: v.responsibilities?.trim() || null,
                appointedByDocumentId: v.appointedByDocumentId ?? null,
              },
            })
          }
          onClose={(saved) => {
            setOpen(false);
            if (saved) onSaved();
          }}
        >
          <Form.Item name="personId" label={t('committee.person')} rules={[{ required: true }]}>
            <PersonSelect />
          </Form.Item>
          <Form.Item name="role" label={t('committee.role')} rules={[{ required: true }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`, { defaultValue: r }) }))} />
          </Form.Item>
          <Form.Item name="responsibilities" label={t('committee.responsibilities')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="appointedByDocumentId" label={t('setup.appointedBy')}>
            <Select allowClear options={decisions.map((d) => ({ value: d.id, label: d.number }))} />
          </Form.Item>
        </EntityFormModal>
      )}
    </>
  );
}
