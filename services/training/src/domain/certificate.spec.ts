import { certificateNumber, isWellFormedCertificateNumber, normaliseCertificateNumber } from './certificate';

describe('certificate numbers', () => {
  const on = new Date('2026-11-23T09:00:00Z');

  test('carry the course code and the year, then ten random characters and a check character', () => {
    expect(certificateNumber('kns-cb', on)).toMatch(/^KNSCB-2026-[0-9A-Z]{5}-[0-9A-Z]{6}$/);
  });

  test('are not a sequence: two thousand numbers share no random part and are all distinct', () => {
    const numbers = Array.from({ length: 2000 }, () => certificateNumber('AI', on));
    expect(new Set(numbers).size).toBe(2000);
    expect(new Set(numbers.map((n) => n.slice(8, 13))).size).toBeGreaterThan(1990);
  });

  test('a typed-back number with a typo fails the check character', () => {
    const number = certificateNumber('AI', on, () => 7);
    expect(number).toBe(`AI-2026-77777-77777${number.at(-1)}`);
    expect(isWellFormedCertificateNumber(number)).toBe(true);
    const typo = number.slice(0, 9) + '8' + number.slice(10);
    expect(isWellFormedCertificateNumber(typo)).toBe(false);
    expect(isWellFormedCertificateNumber('nonsense')).toBe(false);
    expect(isWellFormedCertificateNumber(normaliseCertificateNumber(` ${number.toLowerCase()} `))).toBe(true);
  });
});
