import { Flex, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';

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
  const { pathname } = useLocation();
  const segments = pathname.split('/');
  const active = tabs?.find((tab) => segments.includes(tab.path));
  // The desk's root is wherever the shell mounted it: the path before the current tab.
  const base = (active ? pathname.slice(0, pathname.lastIndexOf(`/${active.path}`)) : pathname).replace(/\/$/, '');
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
