import { AuditOutlined, HomeOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Grid, Popover, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AppLayout, LanguageSwitcher, type NavItem } from '@dx/design-system';
import { signOut as endBrowserSession, useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import type { Desk } from '../desks';
import { DeskIcon } from './DeskIcon';
import { NotificationBell } from '../notifications/NotificationBell';

export function ShellLayout({ desks, children }: { desks: Desk[]; children: ReactNode }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { session, hasAnyRole } = useSession();
  const client = useApolloClient();
  const nav: NavItem[] = [
    { key: 'home', label: t('nav.home'), icon: <HomeOutlined />, path: '/' },
    ...desks.map((desk) => ({
      key: desk.name,
      label: t(`desks.${desk.name}.title`),
      icon: <DeskIcon name={desk.name} />,
      path: `/${desk.name}`,
    })),
    ...(hasAnyRole('ADMIN')
      ? [{ key: 'audit', label: t('nav.audit'), icon: <AuditOutlined />, path: '/audit' }]
      : []),
  ];
  const selected = pathname.split('/')[1] || 'home';

  const signOut = () => {
    void navigate('/', { replace: true });
    void client.clearStore();
    // Ends the session on the server too: its cookie renews nothing more.
    void endBrowserSession();
  };

  const narrow = Grid.useBreakpoint().md === false;
  const name = session?.account.person?.fullName ?? session?.account.username;
  const signOutButton = (
    <Button icon={<LogoutOutlined />} onClick={signOut}>
      {t('common:actions.signOut')}
    </Button>
  );
  const account = (
    <Space orientation="vertical" data-testid="account-menu-content">
      <Typography.Text strong data-testid="signed-in-as">
        {name}
      </Typography.Text>
      <LanguageSwitcher />
      {signOutButton}
    </Space>
  );

  return (
    <AppLayout
      brand={t('appName')}
      nav={nav}
      selectedKey={selected}
      headerExtra={
        narrow ? (
          // A phone: the bell stays, language, name and sign-out fold into one menu.
          <Space size="small">
            <NotificationBell />
            <Popover trigger="click" placement="bottomRight" content={account}>
              <Button icon={<UserOutlined />} aria-label={t('account.menu')} data-testid="account-menu" />
            </Popover>
          </Space>
        ) : (
          <Space size="middle">
            <div style={{ background: '#fff', borderRadius: 6, lineHeight: 'normal' }}>
              <LanguageSwitcher />
            </div>
            <NotificationBell />
            <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
              {name}
            </Typography.Text>
            {signOutButton}
          </Space>
        )
      }
    >
      {children}
    </AppLayout>
  );
}
