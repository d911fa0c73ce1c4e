import {
  ApartmentOutlined,
  FlagOutlined,
  CheckSquareOutlined,
  GiftOutlined,
  ReadOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { DeskName } from '../desks';

const ICONS: Record<DeskName, typeof ApartmentOutlined> = {
  directory: ApartmentOutlined,
  tasks: CheckSquareOutlined,
  training: ReadOutlined,
  donations: GiftOutlined,
  awards: TrophyOutlined,
  campaigns: FlagOutlined,
};

export function DeskIcon({ name }: { name: DeskName }) {
  const Icon = ICONS[name];
  return <Icon aria-hidden />;
}
