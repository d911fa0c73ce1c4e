import { certificateNumber, isWellFormedCertificateNumber } from './certificate';

describe('certificate numbers', () => {
  const on = new Date('2026-11-23T09:00:00Z');

  test('carry the course code, the year and the enrolment id', () => {
    expect(certificateNumber('kns-cb', on, 42)).toMatch(/^KNSCB-2026-000042-[A-Z]$/);
  });

  test('differ for different enrolments', () => {
    const numbers = new Set(Array.from({ length: 2000 }, (_, i) => certificateNumber('AI', on, i + 1)));
    expect(numbers.size).toBe(2000);
  });

  test('a typed-back number with a typo fails the check letter', () => {
    const number = certificateNumber('AI', on, 1234);
    expect(isWellFormedCertificateNumber(number)).toBe(true);
    expect(isWellFormedCertificateNumber(number.replace('001234', '001243'))).toBe(false);
    expect(isWellFormedCertificateNumber('nonsense')).toBe(false);
  });
});
