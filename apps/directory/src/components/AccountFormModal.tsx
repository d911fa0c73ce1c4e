import { useMutation } from '@apollo/client/react';
import { Form, Input, Select, Switch } from 'antd';
import { EntityFormModal, UnitSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CreateAccountDocument,
  UpdateAccountDocument,
  type AccountFieldsFragment,
  type Role,
} from '../graphql/generated/graphql';

export const ROLES: Role[] = [
  'ADMIN',
  'SECRETARIAT',
  'COMMITTEE_MEMBER',
  'TRAINING_COORDINATOR',
  'DONATIONS_OFFICER',
  'AWARD_COMMITTEE',
  'VIEWER',
];

interface AccountFormValues {
  username?: string;
  password?: string;
  roles: Role[];
  scopeUnitId?: string;
  active?: boolean;
}

export interface AccountFormModalProps {
  account?: AccountFieldsFragment;
  onClose: () => void;
}

/** Adds an account or changes its roles, the unit they are held for, its status or password. */
export function AccountFormModal({ account, onClose }: AccountFormModalProps) {
  const { t } = useTranslation('directory');
  const [createAccount] = useMutation(CreateAccountDocument);
  const [updateAccount] = useMutation(UpdateAccountDocument);

  const save = async (values: AccountFormValues) => {
    if (account) {
      return updateAccount({
        variables: {
          id: account.id,
          version: account.version,
          input: {
            roles: values.roles,
            scopeUnitId: values.scopeUnitId ?? null,
            active: values.active,
            password: values.password || undefined,
          },
        },
      });
    }
    return createAccount({
      variables: {
        input: {
          username: values.username?.trim() ?? '',
          password: values.password ?? '',
          roles: values.roles,
          scopeUnitId: values.scopeUnitId,
        },
      },
      refetchQueries: ['AccountList'],
    });
  };

  return (
    <EntityFormModal<AccountFormValues>
      title={account ? t('accounts.editTitle', { username: account.username }) : t('accounts.createTitle')}
      namespace="directory"
      successMessage={t('common:state.saved')}
      onSubmit={save}
      onClose={() => onClose()}
      initialValues={{
        roles: account?.roles ?? [],
        scopeUnitId: account?.scopeUnit?.id,
        active: account?.active ?? true,
        username: account?.username,
        password: '',
      }}
    >
      {!account && (
        <Form.Item
          name="username"
          label={t('accounts.username')}
          rules={[{ required: true, whitespace: true, message: t('accounts.usernameRequired') }]}
        >
          <Input dir="ltr" autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={account ? t('accounts.newPassword') : t('accounts.password')}
        rules={account ? [] : [{ required: true, message: t('accounts.passwordRequired') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('accounts.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('accounts.rolesRequired') }]}
      >
        <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} />
      </Form.Item>
      <Form.Item name="scopeUnitId" label={t('accounts.scope')} extra={t('accounts.scopeHint')}>
        <UnitSelect allowClear />
      </Form.Item>
      {account && (
        <Form.Item name="active" label={t('accounts.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </EntityFormModal>
  );
}
