import {
  ApartmentOutlined,
  FlagOutlined,
  CheckSquareOutlined,
  GiftOutlined,
  ReadOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { DESKS, type DeskIconName } from '@dx/suite-manifest';
import type { DeskName } from '../desks';

/** The icons the suite manifest names (a desk with a new icon fails to compile until it is imported here). */
const ICONS: Record<DeskIconName, typeof ApartmentOutlined> = {
  ApartmentOutlined,
  CheckSquareOutlined,
  ReadOutlined,
  GiftOutlined,
  TrophyOutlined,
  FlagOutlined,
};

const ICON_OF_DESK = Object.fromEntries(DESKS.map((desk) => [desk.name, ICONS[desk.icon]])) as Record<
  DeskName,
  typeof ApartmentOutlined
>;

export function DeskIcon({ name }: { name: DeskName }) {
  const Icon = ICON_OF_DESK[name];
  return <Icon aria-hidden />;
}
