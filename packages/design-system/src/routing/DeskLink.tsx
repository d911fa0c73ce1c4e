import { Button, type ButtonProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useHref, useNavigate, type LinkProps } from 'react-router';
import { useDeskPath } from './deskRoot';

export interface DeskLinkProps extends Omit<LinkProps, 'to' | 'relative'> {
  /** A path from the desk's root, e.g. `list/42` or `people?unitId=3`. */
  to: string;
}

/** A real `<a href>` to a screen of this desk (open in a new tab works). */
export function DeskLink({ to, ...rest }: DeskLinkProps) {
  const deskPath = useDeskPath();
  return <Link to={deskPath(to)} {...rest} />;
}

/** A plain left click stays in the page; a middle click, Ctrl/⌘-click or Shift-click is the browser's. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export interface DeskButtonLinkProps extends Omit<ButtonProps, 'href' | 'onClick'> {
  to: string;
  children: ReactNode;
}

/** A header or toolbar button that is a link (`<a href>`), for actions that open a screen. */
export function DeskButtonLink({ to, children, ...button }: DeskButtonLinkProps) {
  const deskPath = useDeskPath();
  const target = deskPath(to);
  const href = useHref(target);
  const navigate = useNavigate();
  return (
    <Button
      {...button}
      href={href}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        void navigate(target);
      }}
    >
      {children}
    </Button>
  );
}
