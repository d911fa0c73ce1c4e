import { Tag } from 'antd';
import { useTranslation } from '@dx/i18n';

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation('common');
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={role === 'ADMIN' ? 'red' : 'blue'}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </>
  );
}
