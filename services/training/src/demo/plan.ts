/**
 * The demo story, from the public reports (Cửa Nam and Lĩnh Nam wards, Hà Nội). Today is
 * 2026-11-23: some sessions are over (attendance taken, certificates issued), others are coming.
 */
export interface DemoSession {
  startsAt: string;
  endsAt: string;
  location: string;
  capacity: number;
  trainer: string;
  /** units whose people (and those below) are enrolled as a whole */
  enrolUnits: string[];
  /** for sessions already held: how many of the enrolled attended and completed (the rest: absent) */
  completed?: number;
}

export interface DemoCourse {
  code: string;
  title: string;
  description: string;
  audience: string;
  mode: 'IN_PERSON' | 'ONLINE' | 'MOBILE_POINT';
  unit: string;
  sessions: DemoSession[];
}

const lnTeams = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `HN-LN-TDP${from + i}-CNS`);

export const DEMO_COURSES: DemoCourse[] = [
  {
    code: 'CN-AI-2026',
    title: 'Hội nghị tập huấn ứng dụng trí tuệ nhân tạo (AI) trong công việc',
    description:
      'Tập huấn cho cán bộ, công chức, viên chức phường Cửa Nam về ứng dụng trí tuệ nhân tạo trong soạn thảo văn bản, tra cứu và giải quyết thủ tục hành chính, trong khuôn khổ chiến dịch 45 ngày đêm hỗ trợ chuyển đổi số.',
    audience: 'Cán bộ, công chức, viên chức phường Cửa Nam',
    mode: 'IN_PERSON',
    unit: 'HN-CN',
    sessions: [
      {
        startsAt: '2026-11-12T08:00:00+07:00',
        endsAt: '2026-11-12T11:30:00+07:00',
        location: 'Hội trường UBND phường Cửa Nam, 34 Hàng Bông',
        capacity: 40,
        trainer: 'Chuyên gia Sở Khoa học và Công nghệ Hà Nội',
        enrolUnits: ['HN-CN-VP', 'HN-CN-VHXH', 'HN-CN-CA', 'HN-CN-DTN', 'HN-CN-MTTQ'],
        completed: 13,
      },
      {
        startsAt: '2026-12-03T14:00:00+07:00',
        endsAt: '2026-12-03T17:00:00+07:00',
        location: 'Phòng họp tầng 3, UBND phường Cửa Nam',
        capacity: 4,
        trainer: 'Chuyên gia Sở Khoa học và Công nghệ Hà Nội',
        enrolUnits: ['HN-CN-TDP1-CNS'],
      },
    ],
  },
  {
    code: 'LN-KNS-CNS',
    title: 'Bồi dưỡng kỹ năng số cho thành viên Tổ công nghệ số cộng đồng',
    description:
      'Hướng dẫn sử dụng các nền tảng số (VNeID mức độ 2, iHanoi, eTax Mobile, dịch vụ công trực tuyến) để thành viên tổ hỗ trợ người dân tại tổ dân phố.',
    audience: 'Thành viên các Tổ công nghệ số cộng đồng phường Lĩnh Nam',
    mode: 'IN_PERSON',
    unit: 'HN-LN',
    sessions: [
      {
        startsAt: '2026-10-20T08:00:00+07:00',
        endsAt: '2026-10-20T16:30:00+07:00',
        location: 'Hội trường UBND phường Lĩnh Nam',
        capacity: 30,
        trainer: 'Nguyễn Thu Hà',
        enrolUnits: lnTeams(20, 25),
        completed: 26,
      },
      {
        startsAt: '2026-11-28T08:00:00+07:00',
        endsAt: '2026-11-28T16:30:00+07:00',
        location: 'Nhà văn hóa tổ dân phố số 27, phường Lĩnh Nam',
        capacity: 20,
        trainer: 'Nguyễn Thu Hà',
        enrolUnits: lnTeams(26, 29),
      },
    ],
  },
  {
    code: 'LN-KNS-CBCC',
    title: 'Kiến thức, kỹ năng số cơ bản cho cán bộ, công chức, viên chức',
    description: 'Khóa học trực tuyến: an toàn thông tin, chữ ký số, văn bản điện tử và họp không giấy.',
    audience: 'Cán bộ, công chức, viên chức phường Lĩnh Nam',
    mode: 'ONLINE',
    unit: 'HN-LN',
    sessions: [
      {
        startsAt: '2026-11-05T14:00:00+07:00',
        endsAt: '2026-11-05T16:00:00+07:00',
        location: 'Trực tuyến (hệ thống hội nghị truyền hình của phường)',
        capacity: 25,
        trainer: 'Trung tâm Chuyển đổi số thành phố',
        enrolUnits: ['HN-LN-VP', 'HN-LN-CA', 'HN-LN-DTN', 'HN-LN-MTTQ'],
        completed: 10,
      },
    ],
  },
  {
    code: 'BDHVS-LD',
    title: 'Bình dân học vụ số – điểm phổ cập kỹ năng số lưu động',
    description:
      'Điểm lưu động tại tổ dân phố, phối hợp với Ủy ban MTTQ phường; ưu tiên người cao tuổi, người khuyết tật, hộ nghèo. Hướng dẫn cài đặt và sử dụng VNeID, iHanoi, thanh toán không dùng tiền mặt.',
    audience: 'Người dân, ưu tiên người cao tuổi, người khuyết tật, hộ nghèo',
    mode: 'MOBILE_POINT',
    unit: 'HN',
    sessions: [
      {
        startsAt: '2026-11-29T08:00:00+07:00',
        endsAt: '2026-11-29T11:00:00+07:00',
        location: 'Nhà văn hóa tổ dân phố số 5, phường Cửa Nam',
        capacity: 12,
        trainer: 'Tổ công nghệ số cộng đồng TDP 5',
        enrolUnits: ['HN-CN-TDP5-CNS'],
      },
      {
        startsAt: '2026-11-30T08:00:00+07:00',
        endsAt: '2026-11-30T11:00:00+07:00',
        location: 'Nhà văn hóa tổ dân phố số 22, phường Lĩnh Nam',
        capacity: 12,
        trainer: 'Tổ công nghệ số cộng đồng TDP 22',
        enrolUnits: [],
      },
    ],
  },
];

export interface DemoTarget {
  unit: string;
  audienceKind: string | null;
  course?: string;
  targetPercent: number;
  dueDate: string;
  note: string;
}

export const DEMO_TARGETS: DemoTarget[] = [
  {
    unit: 'HN-LN',
    audienceKind: 'COMMUNITY_TEAM',
    targetPercent: 100,
    dueDate: '2026-12-31',
    note: '100% thành viên Tổ công nghệ số cộng đồng được tập huấn',
  },
  {
    unit: 'HN-LN',
    audienceKind: 'DEPARTMENT',
    targetPercent: 95,
    dueDate: '2026-12-31',
    note: 'Trên 95% cán bộ, công chức có kỹ năng số cơ bản',
  },
  {
    unit: 'HN-CN',
    audienceKind: 'DEPARTMENT',
    course: 'CN-AI-2026',
    targetPercent: 100,
    dueDate: '2026-12-31',
    note: '100% cán bộ, công chức phường được tập huấn ứng dụng AI',
  },
  {
    unit: 'HN',
    audienceKind: 'COMMUNITY_TEAM',
    targetPercent: 100,
    dueDate: '2026-12-31',
    note: 'Năm 2026: 100% thành viên tổ CNS cộng đồng có kỹ năng số',
  },
];

/** Who signs the certificates of each ward's courses (signers are fictional, like all demo people). */
export const DEMO_ISSUERS = [
  {
    unit: 'HN',
    issuingBody: 'UBND THÀNH PHỐ HÀ NỘI',
    parentBody: null,
    place: 'Hà Nội',
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    signerName: 'Hoàng Văn Thành',
  },
  {
    unit: 'HN-CN',
    issuingBody: 'UBND PHƯỜNG CỬA NAM',
    parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
    place: 'Cửa Nam',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Phạm Thanh Bình',
  },
  {
    unit: 'HN-LN',
    issuingBody: 'UBND PHƯỜNG LĨNH NAM',
    parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
    place: 'Lĩnh Nam',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Lê Hoàng Nam',
  },
];
