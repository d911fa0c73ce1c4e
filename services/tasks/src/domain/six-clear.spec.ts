import { coordinatingUnits, missingClearFields } from './six-clear';

describe('the "6 clear" rule', () => {
  const complete = {
    assigneeId: '7',
    title: 'Triển khai họp không giấy',
    unitId: '4',
    dueDate: '2026-12-15',
    expectedResult: '100% cuộc họp dùng hệ thống không giấy',
    authority: 'Trưởng Ban Chỉ đạo',
  };

  test('a complete assignment has nothing missing', () => {
    expect(missingClearFields(complete)).toEqual([]);
  });

  test('each missing clear is named by its field, blanks count as missing', () => {
    const missing = missingClearFields({
      ...complete,
      assigneeId: null,
      expectedResult: '   ',
      authority: undefined,
    });
    expect(missing.map((m) => m.field)).toEqual(['assigneeId', 'expectedResult', 'authority']);
    expect(missingClearFields({}).length).toBe(6);
  });

  test('coordinating units are distinct and never the lead unit', () => {
    expect(coordinatingUnits('4', ['5', '4', '5', '9'])).toEqual(['5', '9']);
    expect(coordinatingUnits('4', null)).toEqual([]);
  });
});
