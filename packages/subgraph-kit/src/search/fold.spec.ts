import { escapeLike, foldText, searchDocument, searchTerms } from './fold';

describe('search folding', () => {
  test('tone marks, case and đ fold away', () => {
    expect(foldText('Phường Lĩnh Nam')).toBe('phuong linh nam');
    expect(foldText('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldText('ĐẶNG Thị Ánh')).toBe('dang thi anh');
  });

  test('anything but letters and digits separates words, so wildcards are inert', () => {
    expect(searchTerms('%')).toEqual([]);
    expect(searchTerms('a_b\\c')).toEqual(['a', 'b', 'c']);
    expect(searchTerms('  HN-LN  ')).toEqual(['hn', 'ln']);
    expect(searchTerms('hà@hanoi.gov.vn')).toEqual(['ha', 'hanoi', 'gov', 'vn']);
  });

  test('a query keeps at most eight distinct words', () => {
    expect(searchTerms('a b c d e f g h i j a')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  test('short words are padded in the stored document so MariaDB indexes them', () => {
    expect(searchDocument('Xã An Thịnh', null, '0912')).toBe('xa_ an_ thinh 0912');
    expect(searchDocument(undefined)).toBe('');
  });

  test('escapeLike makes %, _ and \\ literal', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
