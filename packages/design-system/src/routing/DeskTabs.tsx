import { theme } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from '@dx/i18n';
import { useDeskPath, useDeskRoot } from './deskRoot';

export interface DeskTab {
  /** Path from the desk's root, e.g. `people`; its sub-pages (`people/42`) keep it active. */
  path: string;
  label: ReactNode;
}

/** Which tab a path inside the desk belongs to: the longest tab path it starts with. */
export function activeTab(tabs: readonly DeskTab[], subPath: string): DeskTab | undefined {
  const segments = subPath.split('/').filter(Boolean);
  const starts = (tab: DeskTab) => tab.path.split('/').every((part, i) => segments[i] === part);
  return [...tabs].sort((a, b) => b.path.length - a.path.length).find(starts);
}

/**
 * A desk's tabs as a row of real links (`<nav>` of `<a href>`, `aria-current` on the open one):
 * open in a new tab works, and screen readers hear links, not a tab widget that navigates.
 */
export function DeskTabs({ tabs, label }: { tabs: readonly DeskTab[]; label?: string }) {
  const { t } = useTranslation('common');
  const { token } = theme.useToken();
  const root = useDeskRoot();
  const deskPath = useDeskPath();
  const { pathname } = useLocation();
  const active = activeTab(tabs, pathname.slice(root.length));
  return (
    <nav
      aria-label={label ?? t('desk.tabs')}
      className="dx-desk-tabs"
      style={{ borderBottom: `1px solid ${token.colorBorderSecondary}`, marginBottom: 16 }}
    >
      <ul
        style={{
          display: 'flex',
          gap: 4,
          margin: 0,
          padding: 0,
          listStyle: 'none',
          overflowX: 'auto',
          whiteSpace: 'nowrap',
        }}
      >
        {tabs.map((tab) => {
          const current = tab === active;
          return (
            <li key={tab.path}>
              <Link
                to={deskPath(tab.path)}
                aria-current={current ? 'page' : undefined}
                style={{
                  display: 'inline-block',
                  padding: '10px 12px',
                  color: current ? token.colorPrimaryText : token.colorText,
                  fontWeight: current ? 600 : 400,
                  borderBottom: `2px solid ${current ? token.colorPrimary : 'transparent'}`,
                  marginBottom: -1,
                }}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
