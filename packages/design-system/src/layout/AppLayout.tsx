import { Layout, Menu, Typography, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface NavItem {
  key: string;
  label: ReactNode;
  icon?: ReactNode;
  path: string;
}

export interface AppLayoutProps {
  brand: ReactNode;
  nav: NavItem[];
  selectedKey?: string;
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** Header, side navigation and content; antd mirrors it for right-to-left languages. */
export function AppLayout({ brand, nav, selectedKey, headerExtra, children }: AppLayoutProps) {
  // Real links: open in a new tab works, and the router handles a plain click.
  const items: MenuProps['items'] = nav.map((item) => ({
    key: item.key,
    icon: item.icon,
    label: <Link to={item.path}>{item.label}</Link>,
  }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          paddingInline: 'clamp(12px, 3vw, 24px)',
          background: '#a50e25',
        }}
      >
        <Typography.Title
          level={4}
          style={{
            color: '#fff',
            margin: 0,
            flex: 1,
            minWidth: 0,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {brand}
        </Typography.Title>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, color: '#fff' }}>{headerExtra}</div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={230} breakpoint="lg" collapsedWidth={56} theme="light">
          <nav aria-label="main">
            <Menu
              mode="inline"
              selectedKeys={selectedKey ? [selectedKey] : []}
              items={items}
              style={{ borderInlineEnd: 0, paddingTop: 8 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 'clamp(12px, 3vw, 24px)', minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
