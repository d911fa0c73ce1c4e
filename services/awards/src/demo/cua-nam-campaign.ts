/** The closing of Cua Nam's 45-day campaign: who was honoured and for what (figures from the ward's public report). */
export const CAMPAIGN_DECISION = { decisionNo: '268/QĐ-UBND', decidedOn: '2025-08-29' };

export const CAMPAIGN_ROUND = {
  title: 'Khen thưởng tổng kết Chiến dịch "45 ngày đêm hỗ trợ chuyển đổi số" phường Cửa Nam',
  occasion:
    'Hội nghị tổng kết Chiến dịch 45 ngày đêm hỗ trợ hoạt động chuyển đổi số tại các phường, xã thực hiện mô hình chính quyền địa phương 2 cấp',
  organizer: 'HN-CN',
  awardKind: 'GIAY_KHEN' as const,
  issuingBody: 'UBND PHƯỜNG CỬA NAM',
  place: 'Cửa Nam',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Phạm Thanh Bình',
  legalGrounds:
    'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\nCăn cứ Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP của Chính phủ;\nXét đề nghị của Hội đồng Thi đua - Khen thưởng phường.',
  opensAt: '2025-08-15',
  closesAt: '2025-08-25',
  collectiveQuota: 27,
  individualQuota: 12,
  criteria: [
    { name: 'Kết quả hỗ trợ người dân', weight: 60 },
    { name: 'Tinh thần, thái độ phục vụ', weight: 40 },
  ],
};

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** 12 community teams + 10 residential groups + 5 departments = the 27 collectives. */
export const CAMPAIGN_COLLECTIVES: { code: string; achievements: string }[] = [
  ...range(1, 12).map((n) => ({
    code: `HN-CN-TDP${n}-CNS`,
    achievements: `Tổ công nghệ số cộng đồng TDP ${n} tổ chức ${8 + (n % 5)} buổi hỗ trợ tại nhà văn hóa và tại nhà dân, hướng dẫn ${90 + n * 7} lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức 2, ứng dụng iHanoi và eTax Mobile; hỗ trợ người dân nộp hồ sơ dịch vụ công trực tuyến.`,
  })),
  ...range(1, 10).map((n) => ({
    code: `HN-CN-TDP${n}`,
    achievements: `Tổ dân phố số ${n} vận động ${85 + (n % 4) * 3}% hộ gia đình tham gia các hoạt động của Chiến dịch, phối hợp tổ công nghệ số cộng đồng tuyên truyền, bố trí địa điểm hỗ trợ người dân sử dụng dịch vụ công trực tuyến.`,
  })),
  {
    code: 'HN-CN-CA',
    achievements:
      'Công an phường thu nhận, cài đặt và kích hoạt hơn 1.700 tài khoản định danh điện tử mức 2 cho người dân, tổ chức các ca làm việc ngoài giờ và ngày nghỉ trong suốt Chiến dịch.',
  },
  {
    code: 'HN-CN-DTN',
    achievements:
      'Đoàn Thanh niên phường thành lập các đội hình thanh niên tình nguyện, cùng lực lượng hỗ trợ trực tiếp khoảng 1.680 lượt người dân thực hiện thủ tục hành chính trên môi trường số.',
  },
  {
    code: 'HN-CN-MTTQ',
    achievements:
      'Ủy ban MTTQ phường duy trì 6 điểm "Bình dân học vụ số" tại các tổ dân phố, ưu tiên người cao tuổi, người khuyết tật và hộ nghèo; huy động nguồn lực xã hội hỗ trợ thiết bị.',
  },
  {
    code: 'HN-CN-VP',
    achievements:
      'Văn phòng HĐND và UBND phường bảo đảm 100% hồ sơ điện tử được xử lý đúng hạn; tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ tăng từ 34% lên 89%; quý III/2025 tiếp nhận 258 giao dịch, 76% được phê duyệt.',
  },
  {
    code: 'HN-CN-VHXH',
    achievements:
      'Phòng Văn hóa - Xã hội phường tuyên truyền sâu rộng về Chiến dịch trên hệ thống truyền thanh và mạng xã hội, phối hợp hướng dẫn hơn 2.300 lượt cài đặt eTax Mobile và khoảng 950 lượt cài đặt iHanoi.',
  },
];

/** Units whose people make the 12 individuals: eight team leaders and four officers. */
export const CAMPAIGN_INDIVIDUAL_UNITS = [
  ...range(1, 8).map((n) => `HN-CN-TDP${n}-CNS`),
  'HN-CN-CA',
  'HN-CN-DTN',
  'HN-CN-MTTQ',
  'HN-CN-VHXH',
];

export function individualAchievements(fullName: string, position: string, index: number): string {
  return `Đồng chí ${fullName} (${position.toLowerCase()}) trực tiếp hỗ trợ ${60 + index * 9} lượt người dân cài đặt, kích hoạt VNeID mức 2 và sử dụng dịch vụ công trực tuyến, kể cả ngoài giờ hành chính và tại nhà đối với người cao tuổi.`;
}
