/**
 * The National Digital Transformation Day round still taking nominations. The demo's "today" is late
 * November 2026, after the 2026 ceremony, so the open round is the one for 10 October 2027: the city
 * collects nominations from November to the end of August and decides in September.
 */
export const NATIONAL_DAY_ROUND = {
  title: 'Tôn vinh tập thể, cá nhân tiêu biểu nhân Ngày Chuyển đổi số quốc gia 10/10/2027',
  occasion: 'Ngày Chuyển đổi số quốc gia (10/10) — Quyết định 505/QĐ-TTg',
  organizer: 'HN',
  awardKind: 'BANG_KHEN' as const,
  issuingBody: 'UBND THÀNH PHỐ HÀ NỘI',
  place: 'Hà Nội',
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: 'Hoàng Văn Thành',
  legalGrounds:
    'Căn cứ Luật Thi đua, khen thưởng năm 2022;\nCăn cứ Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia;\nXét đề nghị của Sở Khoa học và Công nghệ.',
  opensAt: '2026-11-01',
  closesAt: '2027-08-31',
  collectiveQuota: 20,
  individualQuota: 10,
  criteria: [
    { name: 'Hiệu quả, kết quả đạt được', weight: 50 },
    { name: 'Tính lan tỏa, khả năng nhân rộng', weight: 30 },
    { name: 'Tính sáng tạo, đổi mới', weight: 20 },
  ],
};

export const NATIONAL_DAY_COLLECTIVES: {
  code: string;
  status: 'SUBMITTED' | 'DRAFT';
  achievements: string;
  submittedAt?: string;
}[] = [
  {
    code: 'HN-LN-TDP20-CNS',
    status: 'SUBMITTED',
    submittedAt: '2026-11-10T02:30:00Z',
    achievements:
      'Tiếp nhận và đưa vào sử dụng máy tính, máy in, bàn ghế từ nguồn xã hội hóa; mở lớp "Bình dân học vụ số" hằng tuần, hướng dẫn hơn 400 lượt người dân sử dụng dịch vụ công trực tuyến.',
  },
  {
    code: 'HN-LN-CA',
    status: 'SUBMITTED',
    submittedAt: '2026-11-12T03:00:00Z',
    achievements:
      'Hoàn thành cấp, kích hoạt tài khoản định danh điện tử mức 2 cho trên 95% công dân đủ điều kiện trên địa bàn phường Lĩnh Nam; triển khai thanh toán không dùng tiền mặt tại bộ phận một cửa.',
  },
  {
    code: 'HN-CN-TDP3-CNS',
    status: 'SUBMITTED',
    submittedAt: '2026-11-18T07:45:00Z',
    achievements:
      'Duy trì mô hình "tổ công nghệ số cộng đồng" sau Chiến dịch 45 ngày đêm, hỗ trợ thường xuyên người cao tuổi thực hiện thủ tục hành chính trực tuyến, thanh toán điện tử và sử dụng ứng dụng iHanoi.',
  },
  {
    code: 'HN-LN-DTN',
    status: 'DRAFT',
    achievements:
      'Đoàn Thanh niên phường Lĩnh Nam thành lập đội hình "Thanh niên tình nguyện hỗ trợ chuyển đổi số", đang tổng hợp số liệu kết quả năm 2026.',
  },
];

/** One person each from these units is nominated and submitted. */
export const NATIONAL_DAY_INDIVIDUAL_UNITS = ['HN-LN-TDP21-CNS', 'HN-CN-DTN'];

export function nationalDayAchievements(fullName: string): string {
  return `Đồng chí ${fullName} là hạt nhân của tổ công nghệ số, trực tiếp hướng dẫn hàng trăm lượt người dân cài đặt VNeID, iHanoi, eTax Mobile và nộp hồ sơ trực tuyến; tích cực tham gia lớp tập huấn ứng dụng trí tuệ nhân tạo.`;
}
