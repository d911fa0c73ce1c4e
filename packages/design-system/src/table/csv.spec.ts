import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas and keeps Vietnamese and Arabic text', () => {
    const csv = toCsv(
      [
        { name: 'Nguyễn Văn An', unit: 'Tổ dân phố 20, phường Lĩnh Nam' },
        { name: 'علي', unit: null },
      ],
      [
        { title: 'Họ và tên', value: (r) => r.name },
        { title: 'Đơn vị', value: (r) => r.unit },
      ],
    );
    expect(csv.split('\r\n')).toEqual([
      'Họ và tên,Đơn vị',
      'Nguyễn Văn An,"Tổ dân phố 20, phường Lĩnh Nam"',
      'علي,',
    ]);
  });
});
