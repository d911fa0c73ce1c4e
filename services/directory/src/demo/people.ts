import { DEMO_UNITS } from './units';
import type { PersonCategoryName, PriorityGroupName } from '../domain/person-category';

export interface DemoPerson {
  fullName: string;
  position: string;
  unit: string;
  email?: string;
  /** default: from the position (office holders are cadres, team members community-team members) */
  category?: PersonCategoryName;
  priorityGroups?: PriorityGroupName[];
}

/** Who a demo person is for the training targets, from where they work. */
export function demoCategory(person: DemoPerson, unitKind: string | undefined): PersonCategoryName {
  if (person.category) return person.category;
  if (unitKind === 'COMMUNITY_TEAM') return 'COMMUNITY_TEAM_MEMBER';
  return /Chủ tịch|Trưởng|Bí thư/.test(person.position) ? 'CADRE' : 'CIVIL_SERVANT';
}

// Fictional names built from common Vietnamese family, middle and given names.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Quang', 'Thanh', 'Hải', 'Bích'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
  'Khoa',
];

let counter = 0;
function nextName(): string {
  const i = counter++;
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 5) % GIVEN.length]}`;
}

/** Named office holders first (the demo accounts point at them), then the members of every team and office. */
export function demoPeople(): DemoPerson[] {
  counter = 0;
  const people: DemoPerson[] = [
    { fullName: 'Trần Quốc Khánh', position: 'Trưởng Ban Chỉ đạo (Bí thư Thành ủy)', unit: 'HN' },
    { fullName: 'Lê Thị Hồng Nhung', position: 'Phó Trưởng Ban Chỉ đạo', unit: 'HN' },
    {
      fullName: 'Phạm Minh Đức',
      position: 'Chánh Văn phòng Ban Chỉ đạo (thư ký)',
      unit: 'HN-VP',
      email: 'duc.pm@example.gov.vn',
    },
    {
      fullName: 'Nguyễn Thu Hà',
      position: 'Chuyên viên đào tạo kỹ năng số',
      unit: 'HN-SKHCN',
      email: 'ha.nt@example.gov.vn',
    },
    {
      fullName: 'Hoàng Văn Tùng',
      position: 'Cán bộ tiếp nhận tài trợ',
      unit: 'HN-VP',
      email: 'tung.hv@example.gov.vn',
    },
    {
      fullName: 'Đỗ Thị Mai Anh',
      position: 'Thành viên Hội đồng Thi đua - Khen thưởng',
      unit: 'HN',
      email: 'anh.dtm@example.gov.vn',
    },
    {
      fullName: 'Vũ Ngọc Sơn',
      position: 'Chủ tịch UBND phường Lĩnh Nam',
      unit: 'HN-LN',
      email: 'son.vn@example.gov.vn',
    },
    { fullName: 'Bùi Thanh Hương', position: 'Chuyên viên theo dõi', unit: 'HN' },
    { fullName: 'Giám đốc Sở KH&CN', position: 'Giám đốc', unit: 'HN-SKHCN' },
    { fullName: 'Ngô Quang Vinh', position: 'Chủ tịch UBND phường Cửa Nam', unit: 'HN-CN' },
  ];
  people[8].fullName = 'Dương Minh Quang';
  for (const unit of DEMO_UNITS) {
    const perTeam =
      unit.kind === 'COMMUNITY_TEAM' ? 5 : unit.kind === 'DEPARTMENT' ? 3 : unit.kind === 'WARD' ? 6 : 0;
    for (let i = 0; i < perTeam; i++) {
      const position =
        unit.kind === 'COMMUNITY_TEAM'
          ? i === 0
            ? 'Tổ trưởng tổ công nghệ số'
            : 'Thành viên tổ công nghệ số'
          : 'Cán bộ, công chức';
      // Retired residents often serve on the community teams: every fourth member is elderly.
      const priorityGroups: PriorityGroupName[] =
        unit.kind === 'COMMUNITY_TEAM' && i === 3 ? ['ELDERLY'] : [];
      people.push({ fullName: nextName(), position, unit: unit.code, priorityGroups });
    }
  }
  return people;
}

export interface DemoAccount {
  username: string;
  roles: string[];
  scope: string | null;
  /** index into demoPeople() */
  person: number;
}

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', roles: ['ADMIN'], scope: null, person: 7 },
  { username: 'secretariat', roles: ['SECRETARIAT'], scope: 'HN', person: 2 },
  { username: 'trainer', roles: ['TRAINING_COORDINATOR'], scope: 'HN', person: 3 },
  { username: 'donations', roles: ['DONATIONS_OFFICER'], scope: 'HN', person: 4 },
  { username: 'awards', roles: ['AWARD_COMMITTEE'], scope: 'HN', person: 5 },
  // Two more award-committee members, so that a round can have two assigned reviewers (minReviews 2)
  // besides the member who nominates.
  { username: 'reviewer', roles: ['AWARD_COMMITTEE'], scope: 'HN', person: 1 },
  { username: 'reviewer2', roles: ['AWARD_COMMITTEE'], scope: 'HN', person: 0 },
  { username: 'member', roles: ['COMMITTEE_MEMBER'], scope: 'HN-LN', person: 6 },
  { username: 'viewer', roles: ['VIEWER'], scope: 'HN', person: 1 },
  // A civil servant of the Lĩnh Nam ward office (Lý Thanh Yến), who rates her own month.
  { username: 'congchuc', roles: ['VIEWER'], scope: 'HN-LN-VP', person: 81 },
];
