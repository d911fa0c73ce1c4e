import { matchPerson, parseEnrolmentCsv, splitCsvLine } from './csv-import';

describe('enrolment CSV', () => {
  test('splits quoted cells with commas and quotes inside', () => {
    expect(splitCsvLine('"Nguyễn, Văn A",a@x.vn," say ""hi"" "')).toEqual([
      'Nguyễn, Văn A',
      'a@x.vn',
      'say "hi"',
    ]);
  });

  test('reads Vietnamese or English headers, semicolons, and numbers rows as a spreadsheet does', () => {
    const parsed = parseEnrolmentCsv('\uFEFFHọ và tên;Email\r\nTrần Thị Lan;lan@x.vn\r\n\r\nLê Văn Nam;\r\n');
    expect(parsed.headerProblem).toBeNull();
    expect(parsed.rows).toEqual([
      { line: 2, fullName: 'Trần Thị Lan', email: 'lan@x.vn', personId: undefined },
      { line: 4, fullName: 'Lê Văn Nam', email: undefined, personId: undefined },
    ]);
  });

  test('a header without a known column is reported', () => {
    expect(parseEnrolmentCsv('foo,bar\n1,2').headerProblem).toBe('noColumns');
  });

  test('a row matches exactly one person by email, else by full name', () => {
    const people = [
      { id: '1', fullName: 'Lê Văn Nam', email: 'nam@x.vn' },
      { id: '2', fullName: 'Lê Văn Nam', email: null },
    ];
    expect(matchPerson({ line: 2, email: 'NAM@x.vn' }, people)).toEqual({ person: people[0] });
    expect(matchPerson({ line: 3, fullName: 'Lê Văn Nam' }, people)).toEqual({ reason: 'ambiguous' });
    expect(matchPerson({ line: 4, fullName: 'Không Có' }, people)).toEqual({ reason: 'notFound' });
  });
});
