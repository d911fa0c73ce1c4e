import { decodePriorityGroups, encodePriorityGroups } from './person-category';

describe('priority groups in one column', () => {
  it('keeps each group once, in a fixed order', () => {
    expect(encodePriorityGroups(['POOR_HOUSEHOLD', 'ELDERLY', 'ELDERLY'])).toBe('ELDERLY,POOR_HOUSEHOLD');
    expect(encodePriorityGroups([])).toBe('');
    expect(encodePriorityGroups(null)).toBe('');
  });

  it('reads back what was stored and nothing unknown', () => {
    expect(decodePriorityGroups('ELDERLY,POOR_HOUSEHOLD')).toEqual(['ELDERLY', 'POOR_HOUSEHOLD']);
    expect(decodePriorityGroups('')).toEqual([]);
    expect(decodePriorityGroups('ELDERLY,SOMETHING')).toEqual(['ELDERLY']);
  });
});
