import { cardOrder } from './cardOrder';

describe('the work queue comes first', () => {
  test('per role', () => {
    expect(cardOrder(['SECRETARIAT'])[0]).toBe('tasks');
    expect(cardOrder(['TRAINING_COORDINATOR'])).toEqual(['training', 'tasks', 'stock', 'awards']);
    expect(cardOrder(['DONATIONS_OFFICER'])[0]).toBe('stock');
    expect(cardOrder(['AWARD_COMMITTEE'])[0]).toBe('awards');
    expect(cardOrder(['VIEWER'])).toEqual(['tasks', 'training', 'stock', 'awards']);
  });
});
