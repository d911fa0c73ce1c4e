import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import type { ReactNode } from 'react';
import { DeskLink } from '@dx/design-system';
import { useLanguage } from '@dx/i18n';

/**
 * An arrow that points "back" (or "forward") in the reading direction: left in Vietnamese and
 * English, right in Arabic. Hidden from screen readers; the words beside it say where it goes.
 */
export function DirectionalArrow({ toward }: { toward: 'back' | 'forward' }) {
  const { dir } = useLanguage();
  const pointsLeft = (toward === 'back') === (dir === 'ltr');
  const Icon = pointsLeft ? ArrowLeftOutlined : ArrowRightOutlined;
  return <Icon aria-hidden data-arrow={pointsLeft ? 'left' : 'right'} />;
}

/** "← Back to the list" in vi/en, "→ …" in Arabic: a link to another screen of the desk. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <DeskLink to={to} data-testid="back-link">
      <Space size={6}>
        <DirectionalArrow toward="back" />
        {children}
      </Space>
    </DeskLink>
  );
}
