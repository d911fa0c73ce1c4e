import { Flex, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate, useResolvedPath } from 'react-router';

export interface DeskTab {
  /** Path relative to the desk's root, e.g. `people`. */
  path: string;
  label: ReactNode;
}

export interface DeskPageProps {
  title: ReactNode;
  actions?: ReactNode;
  tabs?: DeskTab[];
  /** Defaults to the nested route (`<Outlet/>`). */
  children?: ReactNode;
}

/** The frame of a desk: its title, actions and tabs, with the current tab's screen below. */
export function DeskPage({ title, actions, tabs, children }: DeskPageProps) {
  const navigate = useNavigate();
  const base = useResolvedPath('.').pathname.replace(/\/$/, '');
  const { pathname } = useLocation();
  const active = tabs?.find((tab) => pathname === `${base}/${tab.path}` || pathname.startsWith(`${base}/${tab.path}/`));
  return (
    <section>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {actions}
      </Flex>
      {tabs && (
        <Tabs
          activeKey={active?.path}
          onChange={(key) => navigate(`${base}/${key}`)}
          items={tabs.map((tab) => ({ key: tab.path, label: tab.label }))}
        />
      )}
      {children ?? <Outlet />}
    </section>
  );
}
