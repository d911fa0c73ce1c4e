import type { CommitteeRoleName, DocumentKindName } from '../domain/committee-roles';

/** The Hà Nội steering committee, modelled on Lâm Đồng's (Resolutions 57-NQ/TW and 204-QĐ/TW). */
export const DEMO_COMMITTEE = {
  name: 'Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thành phố Hà Nội',
  unit: 'HN',
};

export const DEMO_MEMBERS: { person: string; role: CommitteeRoleName; responsibilities: string }[] = [
  {
    person: 'Trần Quốc Khánh',
    role: 'CHAIR',
    responsibilities:
      'Lãnh đạo, chỉ đạo toàn diện việc thực hiện Nghị quyết 57-NQ/TW và Quyết định 204-QĐ/TW trên địa bàn thành phố.',
  },
  {
    person: 'Lê Thị Hồng Nhung',
    role: 'VICE_CHAIR',
    responsibilities:
      'Giúp Trưởng ban điều hành công việc thường xuyên; phụ trách chính quyền số và cải cách hành chính.',
  },
  {
    person: 'Dương Minh Quang',
    role: 'STANDING_MEMBER',
    responsibilities:
      'Cơ quan thường trực: tham mưu chương trình công tác, tổng hợp, đánh giá và xếp hạng các đơn vị hằng tháng.',
  },
  {
    person: 'Vũ Ngọc Sơn',
    role: 'MEMBER',
    responsibilities: 'Phụ trách chuyển đổi số phường Lĩnh Nam và 10 tổ công nghệ số cộng đồng.',
  },
  {
    person: 'Ngô Quang Vinh',
    role: 'MEMBER',
    responsibilities: 'Phụ trách chuyển đổi số phường Cửa Nam; chiến dịch 45 ngày đêm.',
  },
  {
    person: 'Nguyễn Thu Hà',
    role: 'MEMBER',
    responsibilities: 'Phụ trách phổ cập kỹ năng số, "Bình dân học vụ số".',
  },
  {
    person: 'Phạm Minh Đức',
    role: 'SECRETARY',
    responsibilities:
      'Chánh Văn phòng Ban Chỉ đạo: theo dõi, đôn đốc việc thực hiện nhiệm vụ theo tinh thần "6 rõ".',
  },
];

export const DEMO_DOCUMENTS: { kind: DocumentKindName; number: string; issuedOn: string; title: string }[] = [
  {
    kind: 'REGULATION',
    number: '01-QĐ/BCĐ',
    issuedOn: '2025-02-18',
    title: 'Quy định chức năng, nhiệm vụ, quyền hạn và mối quan hệ công tác của Ban Chỉ đạo',
  },
  {
    kind: 'WORKING_RULES',
    number: '02-QC/BCĐ',
    issuedOn: '2025-02-18',
    title: 'Quy chế làm việc của Ban Chỉ đạo',
  },
  {
    kind: 'WORK_PROGRAM',
    number: '03-CTr/BCĐ',
    issuedOn: '2025-02-25',
    title: 'Chương trình công tác năm 2025 của Ban Chỉ đạo',
  },
  {
    kind: 'ASSIGNMENT_NOTICE',
    number: '04-TB/BCĐ',
    issuedOn: '2025-02-25',
    title: 'Thông báo phân công nhiệm vụ các thành viên Ban Chỉ đạo',
  },
  {
    kind: 'DECISION',
    number: '05-QĐ/BCĐ',
    issuedOn: '2025-03-03',
    title: 'Quyết định thành lập Tổ giúp việc Ban Chỉ đạo',
  },
  {
    kind: 'WORK_PROGRAM',
    number: '01-CTr/BCĐ',
    issuedOn: '2026-01-20',
    title: 'Chương trình công tác năm 2026 của Ban Chỉ đạo',
  },
  {
    kind: 'ASSIGNMENT_NOTICE',
    number: '02-TB/BCĐ',
    issuedOn: '2026-01-20',
    title: 'Thông báo phân công nhiệm vụ năm 2026 theo tinh thần "6 rõ"',
  },
];

export const DEMO_PROGRAMS = [
  { year: 2025, title: 'Chương trình công tác năm 2025 của Ban Chỉ đạo', document: '03-CTr/BCĐ' },
  { year: 2026, title: 'Chương trình công tác năm 2026 của Ban Chỉ đạo', document: '01-CTr/BCĐ' },
];

export const DEMO_INDICATORS = [
  {
    code: 'PAPERLESS_MEETINGS',
    name: 'Số cuộc họp không giấy',
    unitOfMeasure: 'cuộc họp',
    measure: 'COUNT' as const,
    numeratorLabel: 'Số cuộc họp dùng hệ thống họp không giấy',
    denominatorLabel: null,
    target: 4,
  },
  {
    code: 'SIGNED_DOCUMENTS',
    name: 'Tỷ lệ văn bản điện tử được ký số',
    unitOfMeasure: '%',
    measure: 'PERCENT' as const,
    numeratorLabel: 'Văn bản đi được ký số',
    denominatorLabel: 'Tổng số văn bản đi',
    target: 95,
  },
  {
    code: 'WORK_EMAIL',
    name: 'Tỷ lệ cán bộ, công chức sử dụng thư điện tử công vụ',
    unitOfMeasure: '%',
    measure: 'PERCENT' as const,
    numeratorLabel: 'Cán bộ dùng thư công vụ',
    denominatorLabel: 'Tổng số cán bộ, công chức',
    target: 100,
  },
  {
    code: 'ONLINE_FILINGS',
    name: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến',
    unitOfMeasure: '%',
    measure: 'PERCENT' as const,
    numeratorLabel: 'Hồ sơ nộp trực tuyến',
    denominatorLabel: 'Tổng số hồ sơ tiếp nhận',
    target: 80,
  },
  {
    code: 'ANTI_MALWARE',
    name: 'Số máy tính cài phần mềm phòng, chống mã độc',
    unitOfMeasure: 'máy',
    measure: 'COUNT' as const,
    numeratorLabel: 'Máy tính đã cài đặt',
    denominatorLabel: null,
    target: null,
  },
];

/** Figures per unit for the last three months, oldest first: [numerator, denominator]. */
export const DEMO_FIGURES: Record<string, Record<string, [number, number | null][]>> = {
  'HN-LN': {
    PAPERLESS_MEETINGS: [
      [3, null],
      [4, null],
      [6, null],
    ],
    SIGNED_DOCUMENTS: [
      [182, 205],
      [196, 208],
      [214, 221],
    ],
    WORK_EMAIL: [
      [41, 48],
      [45, 48],
      [48, 48],
    ],
    ONLINE_FILINGS: [
      [402, 590],
      [455, 601],
      [530, 612],
    ],
    ANTI_MALWARE: [
      [30, null],
      [38, null],
      [45, null],
    ],
  },
  'HN-CN': {
    PAPERLESS_MEETINGS: [
      [5, null],
      [5, null],
      [7, null],
    ],
    SIGNED_DOCUMENTS: [
      [240, 251],
      [247, 256],
      [259, 262],
    ],
    WORK_EMAIL: [
      [50, 52],
      [52, 52],
      [52, 52],
    ],
    ONLINE_FILINGS: [
      [312, 433],
      [371, 458],
      [420, 472],
    ],
    ANTI_MALWARE: [
      [44, null],
      [50, null],
      [52, null],
    ],
  },
  'HN-VP': {
    PAPERLESS_MEETINGS: [
      [8, null],
      [9, null],
      [9, null],
    ],
    SIGNED_DOCUMENTS: [
      [96, 98],
      [101, 102],
      [99, 99],
    ],
    WORK_EMAIL: [
      [24, 24],
      [24, 24],
      [25, 25],
    ],
  },
};
