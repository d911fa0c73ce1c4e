import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { DeskTabs, type DeskTab } from '../routing/DeskTabs';

export type { DeskTab } from '../routing/DeskTabs';

export interface DeskPageProps {
  title: ReactNode;
  actions?: ReactNode;
  tabs?: DeskTab[];
  /** Defaults to the nested route (`<Outlet/>`). */
  children?: ReactNode;
}

/** The frame of a desk: its title, actions and tabs, with the current screen below. Inside `DeskRoutes`. */
export function DeskPage({ title, actions, tabs, children }: DeskPageProps) {
  return (
    <section data-testid="desk-page">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {actions && (
          <Flex wrap gap={8} data-testid="desk-actions">
            {actions}
          </Flex>
        )}
      </Flex>
      {tabs && tabs.length > 0 && <DeskTabs tabs={tabs} />}
      <div data-testid="desk-content">{children ?? <Outlet />}</div>
    </section>
  );
}
