import type { UnitKindName } from '../entities/unit.entity';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKindName;
  parent?: string;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A ward's residential groups (tổ dân phố), each with its community digital-transformation team. */
function groupsWithTeams(ward: string, wardName: string, numbers: number[]): DemoUnit[] {
  return numbers.flatMap((n) => [
    {
      code: `${ward}-TDP${n}`,
      name: `Tổ dân phố số ${n}, ${wardName}`,
      kind: 'RESIDENTIAL_GROUP' as const,
      parent: ward,
    },
    {
      code: `${ward}-TDP${n}-CNS`,
      name: `Tổ công nghệ số cộng đồng TDP ${n}, ${wardName}`,
      kind: 'COMMUNITY_TEAM' as const,
      parent: `${ward}-TDP${n}`,
    },
  ]);
}

/** Units and their names are the public ones from the reports; the tree is cut to what the demo tells. */
export const DEMO_UNITS: DemoUnit[] = [
  { code: 'HN', name: 'Thành phố Hà Nội', kind: 'PROVINCE' },
  { code: 'HN-SKHCN', name: 'Sở Khoa học và Công nghệ Hà Nội', kind: 'DEPARTMENT', parent: 'HN' },
  {
    code: 'HN-VP',
    name: 'Văn phòng Ban Chỉ đạo về KHCN, ĐMST và CĐS thành phố',
    kind: 'DEPARTMENT',
    parent: 'HN',
  },
  { code: 'HN-LN', name: 'Phường Lĩnh Nam', kind: 'WARD', parent: 'HN' },
  ...groupsWithTeams('HN-LN', 'phường Lĩnh Nam', range(20, 29)),
  { code: 'HN-LN-CA', name: 'Công an phường Lĩnh Nam', kind: 'DEPARTMENT', parent: 'HN-LN' },
  { code: 'HN-LN-DTN', name: 'Đoàn Thanh niên phường Lĩnh Nam', kind: 'DEPARTMENT', parent: 'HN-LN' },
  { code: 'HN-LN-MTTQ', name: 'Ủy ban MTTQ Việt Nam phường Lĩnh Nam', kind: 'DEPARTMENT', parent: 'HN-LN' },
  { code: 'HN-LN-VP', name: 'Văn phòng HĐND và UBND phường Lĩnh Nam', kind: 'DEPARTMENT', parent: 'HN-LN' },
  { code: 'HN-CN', name: 'Phường Cửa Nam', kind: 'WARD', parent: 'HN' },
  ...groupsWithTeams('HN-CN', 'phường Cửa Nam', range(1, 12)),
  { code: 'HN-CN-CA', name: 'Công an phường Cửa Nam', kind: 'DEPARTMENT', parent: 'HN-CN' },
  { code: 'HN-CN-DTN', name: 'Đoàn Thanh niên phường Cửa Nam', kind: 'DEPARTMENT', parent: 'HN-CN' },
  { code: 'HN-CN-MTTQ', name: 'Ủy ban MTTQ Việt Nam phường Cửa Nam', kind: 'DEPARTMENT', parent: 'HN-CN' },
  { code: 'HN-CN-VP', name: 'Văn phòng HĐND và UBND phường Cửa Nam', kind: 'DEPARTMENT', parent: 'HN-CN' },
  { code: 'HN-CN-VHXH', name: 'Phòng Văn hóa - Xã hội phường Cửa Nam', kind: 'DEPARTMENT', parent: 'HN-CN' },
  { code: 'LD', name: 'Tỉnh Lâm Đồng', kind: 'PROVINCE' },
  { code: 'LD-SKHCN', name: 'Sở Khoa học và Công nghệ Lâm Đồng', kind: 'DEPARTMENT', parent: 'LD' },
  { code: 'BP', name: 'Tỉnh Bình Phước', kind: 'PROVINCE' },
  { code: 'BP-SKHCN', name: 'Sở Khoa học và Công nghệ Bình Phước', kind: 'DEPARTMENT', parent: 'BP' },
  { code: 'NA', name: 'Tỉnh Nghệ An', kind: 'PROVINCE' },
];
