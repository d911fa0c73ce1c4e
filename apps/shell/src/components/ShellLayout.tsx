import { HomeOutlined, LogoutOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AppLayout, LanguageSwitcher, type NavItem } from '@dx/design-system';
import { endSession, useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import type { Desk } from '../desks';
import { DeskIcon } from './DeskIcon';
import { NotificationBell } from '../notifications/NotificationBell';

export function ShellLayout({ desks, children }: { desks: Desk[]; children: ReactNode }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { session } = useSession();
  const client = useApolloClient();
  const nav: NavItem[] = [
    { key: 'home', label: t('nav.home'), icon: <HomeOutlined />, path: '/' },
    ...desks.map((desk) => ({
      key: desk.name,
      label: t(`desks.${desk.name}.title`),
      icon: <DeskIcon name={desk.name} />,
      path: `/${desk.name}`,
    })),
  ];
  const selected = pathname.split('/')[1] || 'home';

  const signOut = () => {
    void navigate('/', { replace: true });
    void client.clearStore();
    endSession('signed-out');
  };

  return (
    <AppLayout
      brand={t('appName')}
      nav={nav}
      selectedKey={selected}
      headerExtra={
        <Space size="middle">
          <div style={{ background: '#fff', borderRadius: 6, lineHeight: 'normal' }}>
            <LanguageSwitcher />
          </div>
          <NotificationBell />
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
            {session?.account.person?.fullName ?? session?.account.username}
          </Typography.Text>
          <Button icon={<LogoutOutlined />} onClick={signOut}>
            {t('common:actions.signOut')}
          </Button>
        </Space>
      }
    >
      {children}
    </AppLayout>
  );
}
