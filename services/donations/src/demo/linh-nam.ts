/**
 * Linh Nam ward (public report): at the campaign's opening the ward presented 10 computers, 10
 * printers and 10 desk-and-chair sets, all from social sources, one of each to each of its ten
 * community digital-transformation teams. Serial numbers and values are illustrative.
 */
export const LINH_NAM = {
  ward: 'HN-LN',
  witnessUnit: 'HN-LN-MTTQ',
  donor: {
    name: 'Nguồn xã hội hóa phường Lĩnh Nam (các doanh nghiệp, nhà hảo tâm trên địa bàn)',
    kind: 'SOCIAL_SOURCES',
    contact: 'Văn phòng HĐND và UBND phường Lĩnh Nam',
  },
  receivedAt: '2026-10-05',
  handedOverAt: '2026-10-10',
  note: 'Trao tặng tại lễ phát động chiến dịch hỗ trợ chuyển đổi số, Ngày Chuyển đổi số quốc gia 10/10.',
  teams: Array.from({ length: 10 }, (_, i) => `HN-LN-TDP${20 + i}-CNS`),
};

const serial = (prefix: string, n: number) => `${prefix}-${String(n).padStart(3, '0')}`;

export const linhNamItems = [
  {
    category: 'COMPUTER',
    description: 'Máy tính để bàn (bộ: thân máy, màn hình, bàn phím, chuột)',
    prefix: 'LN-MT',
    unitValueVnd: 15_000_000,
  },
  { category: 'PRINTER', description: 'Máy in laser đen trắng', prefix: 'LN-MI', unitValueVnd: 4_500_000 },
  { category: 'FURNITURE_SET', description: 'Bộ bàn ghế làm việc', prefix: null, unitValueVnd: 3_000_000 },
].map((item) => ({
  category: item.category,
  description: item.description,
  quantity: 10,
  serialNumbers: item.prefix ? Array.from({ length: 10 }, (_, i) => serial(item.prefix!, i + 1)) : [],
  estimatedValueVnd: item.unitValueVnd * 10,
}));

/** A second, smaller gift still in stock, so the stock view and reports have more than one story. */
export const CUA_NAM = {
  ward: 'HN-CN',
  donor: {
    name: 'Công ty TNHH Giải pháp Mạng Thăng Long (giả định)',
    kind: 'BUSINESS',
    contact: 'lienhe@thanglong-net.example.vn',
  },
  receivedAt: '2026-11-16',
  items: [
    {
      category: 'NETWORK_EQUIPMENT',
      description: 'Bộ phát Wi-Fi cho điểm Bình dân học vụ số',
      quantity: 6,
      serialNumbers: [],
      estimatedValueVnd: 9_000_000,
    },
  ],
};
