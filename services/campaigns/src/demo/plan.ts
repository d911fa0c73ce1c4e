/** The demo's campaigns, from the public reports (seeds 000 and 001); people are fictional, figures public. */
export interface DemoMetric {
  code: string;
  name: string;
  unitOfMeasure: string;
  aggregation: 'SUM' | 'LATEST';
  baseline: number | null;
  target: number | null;
  countsPeople?: boolean;
  /** SUM: the campaign's result, split over days and units. LATEST: [first, last] share of the owning unit. */
  result?: number | [number, number];
}

export interface DemoPoint {
  name: string;
  unit: string;
  address: string;
  openingHours: string;
}

export interface DemoCampaign {
  key: string;
  title: string;
  description: string;
  unit: string;
  /** Days from today when `relative`, else a date. */
  startsOn: string | number;
  days: number;
  teams: string[];
  departments: string[];
  partner: string;
  points: DemoPoint[];
  metrics: DemoMetric[];
  /** Teams that have not entered today's figures (running campaign only). */
  missingToday?: string[];
  volunteers: { unit: string; role: string }[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const FORTY_FIVE_DAYS =
  '45 ngày đêm hỗ trợ hoạt động chuyển đổi số tại các phường, xã thực hiện mô hình chính quyền địa phương 2 cấp';

export const CUA_NAM: DemoCampaign = {
  key: 'CN-45',
  title: `Chiến dịch "${FORTY_FIVE_DAYS}" — phường Cửa Nam`,
  description:
    'Các mô hình "Bình dân học vụ số", "Đi từng ngõ, gõ từng nhà", đội phản ứng nhanh công nghệ; ưu tiên người cao tuổi, người khuyết tật, hộ nghèo.',
  unit: 'HN-CN',
  startsOn: '2025-07-15',
  days: 45,
  teams: range(1, 12).map((n) => `HN-CN-TDP${n}-CNS`),
  departments: ['HN-CN-CA', 'HN-CN-DTN', 'HN-CN-MTTQ'],
  partner: 'Ủy ban MTTQ Việt Nam phường Cửa Nam',
  points: [1, 3, 5, 7, 9, 11].map((n, i) => ({
    name: `Điểm "Bình dân học vụ số" lưu động TDP ${n}`,
    unit: `HN-CN-TDP${n}`,
    address: `Nhà văn hóa tổ dân phố số ${n}, ${['phố Hàng Bông', 'phố Quán Sứ', 'phố Lý Thường Kiệt', 'phố Trần Hưng Đạo', 'phố Hai Bà Trưng', 'phố Điện Biên Phủ'][i]}, phường Cửa Nam`,
    openingHours: i % 2 === 0 ? '7:30–11:30 thứ Bảy, Chủ nhật' : '18:00–21:00 thứ Hai đến thứ Sáu',
  })),
  metrics: [
    {
      code: 'CITIZENS_HELPED',
      name: 'Người dân được hỗ trợ trực tiếp',
      unitOfMeasure: 'người',
      aggregation: 'SUM',
      baseline: 0,
      target: 1500,
      countsPeople: true,
      result: 1680,
    },
    {
      code: 'VNEID_L2',
      name: 'Tài khoản VNeID mức 2 được cài đặt, kích hoạt',
      unitOfMeasure: 'tài khoản',
      aggregation: 'SUM',
      baseline: 0,
      target: 1500,
      result: 1712,
    },
    {
      code: 'IHANOI',
      name: 'Lượt cài đặt ứng dụng iHanoi',
      unitOfMeasure: 'lượt',
      aggregation: 'SUM',
      baseline: 0,
      target: 800,
      result: 950,
    },
    {
      code: 'ETAX',
      name: 'Lượt cài đặt ứng dụng eTax Mobile',
      unitOfMeasure: 'lượt',
      aggregation: 'SUM',
      baseline: 0,
      target: 2000,
      result: 2316,
    },
    {
      code: 'ONLINE_SERVICES',
      name: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến',
      unitOfMeasure: '%',
      aggregation: 'LATEST',
      baseline: 34,
      target: 90,
      result: [34, 89],
    },
  ],
  volunteers: [
    ...range(1, 12).map((n) => ({ unit: `HN-CN-TDP${n}-CNS`, role: 'Tổ trưởng tổ công nghệ số cộng đồng' })),
    { unit: 'HN-CN-DTN', role: 'Đoàn viên thanh niên tình nguyện' },
    { unit: 'HN-CN-DTN', role: 'Đoàn viên thanh niên tình nguyện' },
    { unit: 'HN-CN-CA', role: 'Cán bộ Công an phường — hỗ trợ VNeID' },
    { unit: 'HN-CN-MTTQ', role: 'Cán bộ Mặt trận — điểm Bình dân học vụ số' },
  ],
};

export const LINH_NAM_OPENING: DemoCampaign = {
  key: 'LN-45',
  title: `Chiến dịch "${FORTY_FIVE_DAYS}" — phường Lĩnh Nam`,
  description:
    'Lễ ra quân: các cơ quan Đảng và UBND phường trao 10 máy tính, 10 máy in và 10 bộ bàn ghế (nguồn xã hội hóa) cho 10 tổ công nghệ số cộng đồng; triển khai điểm "Bình dân học vụ số" lưu động tại các tổ dân phố. Kết quả của chiến dịch chưa được công bố, nên demo không ghi số liệu.',
  unit: 'HN-LN',
  startsOn: '2025-08-07',
  days: 45,
  teams: range(20, 29).map((n) => `HN-LN-TDP${n}-CNS`),
  departments: ['HN-LN-CA', 'HN-LN-DTN', 'HN-LN-MTTQ'],
  partner: 'Ủy ban MTTQ Việt Nam phường Lĩnh Nam',
  points: [20, 21, 22].map((n) => ({
    name: `Điểm "Bình dân học vụ số" lưu động TDP ${n}`,
    unit: `HN-LN-TDP${n}`,
    address: `Nhà văn hóa tổ dân phố số ${n}, phường Lĩnh Nam`,
    openingHours: '8:00–11:00 Chủ nhật',
  })),
  metrics: [
    {
      code: 'TEAM_MEMBERS_TRAINED',
      name: 'Thành viên tổ công nghệ số cộng đồng được tập huấn',
      unitOfMeasure: '%',
      aggregation: 'LATEST',
      baseline: null,
      target: 100,
    },
    {
      code: 'STAFF_TRAINED',
      name: 'Cán bộ, công chức, viên chức tham gia lớp kỹ năng số cơ bản',
      unitOfMeasure: '%',
      aggregation: 'LATEST',
      baseline: null,
      target: 100,
    },
    {
      code: 'CITIZENS_HELPED',
      name: 'Người dân được hỗ trợ dịch vụ công trực tuyến',
      unitOfMeasure: 'người',
      aggregation: 'SUM',
      baseline: 0,
      target: null,
      countsPeople: true,
    },
  ],
  volunteers: [
    { unit: 'HN-LN-DTN', role: 'Đoàn viên thanh niên tình nguyện' },
    { unit: 'HN-LN-CA', role: 'Cán bộ Công an phường — hỗ trợ VNeID' },
  ],
};

/** Running now: Lĩnh Nam's winter drive, with today's figures missing for two teams. */
export const LINH_NAM_RUNNING: DemoCampaign = {
  key: 'LN-BDHVS',
  title: 'Đợt cao điểm "Bình dân học vụ số" cuối năm 2026 — phường Lĩnh Nam',
  description:
    'Mỗi tổ công nghệ số cộng đồng nhập số liệu hằng ngày; Ban Chỉ đạo phường theo dõi tiến độ trên trang chủ.',
  unit: 'HN-LN',
  startsOn: -15,
  days: 45,
  teams: range(20, 29).map((n) => `HN-LN-TDP${n}-CNS`),
  departments: [],
  partner: 'Ủy ban MTTQ Việt Nam phường Lĩnh Nam',
  points: [23, 26].map((n) => ({
    name: `Điểm "Bình dân học vụ số" lưu động TDP ${n}`,
    unit: `HN-LN-TDP${n}`,
    address: `Nhà văn hóa tổ dân phố số ${n}, phường Lĩnh Nam`,
    openingHours: '18:30–20:30 hằng ngày',
  })),
  metrics: [
    {
      code: 'CITIZENS_HELPED',
      name: 'Người dân được hỗ trợ trực tiếp',
      unitOfMeasure: 'người',
      aggregation: 'SUM',
      baseline: 0,
      target: 1200,
      countsPeople: true,
      result: 430,
    },
    {
      code: 'DIGITAL_LITERACY',
      name: 'Người dân hoàn thành học phần "Bình dân học vụ số"',
      unitOfMeasure: 'người',
      aggregation: 'SUM',
      baseline: 0,
      target: 1500,
      countsPeople: true,
      result: 520,
    },
    {
      code: 'VNEID_L2',
      name: 'Tài khoản VNeID mức 2 được kích hoạt',
      unitOfMeasure: 'tài khoản',
      aggregation: 'SUM',
      baseline: 0,
      target: 800,
      result: 260,
    },
  ],
  missingToday: ['HN-LN-TDP27-CNS', 'HN-LN-TDP29-CNS'],
  volunteers: range(20, 29).map((n) => ({
    unit: `HN-LN-TDP${n}-CNS`,
    role: 'Tổ trưởng tổ công nghệ số cộng đồng',
  })),
};

export const DEMO_CAMPAIGNS = [CUA_NAM, LINH_NAM_OPENING, LINH_NAM_RUNNING];

/** A team lead's account for quick entry (the team that has not reported today). */
export const DEMO_TEAM_ACCOUNT = { username: 'team27', unit: 'HN-LN-TDP27-CNS' };
