import { allocateSeats, decideSeat, seatsLeft } from './seats';

describe('seats', () => {
  test('a seat while seats remain, the waitlist when none do', () => {
    expect(decideSeat({ capacity: 10, seatsTaken: 9 })).toBe('ENROLLED');
    expect(decideSeat({ capacity: 10, seatsTaken: 10 })).toBe('WAITLISTED');
    expect(decideSeat({ capacity: 10, seatsTaken: 12 })).toBe('WAITLISTED');
  });

  test('seats left never goes below zero', () => {
    expect(seatsLeft({ capacity: 5, seatsTaken: 2 })).toBe(3);
    expect(seatsLeft({ capacity: 5, seatsTaken: 7 })).toBe(0);
  });

  test('a group takes the free seats in order and the rest wait', () => {
    expect(allocateSeats({ capacity: 5, seatsTaken: 3 }, ['a', 'b', 'c', 'd'])).toEqual({
      enrolled: ['a', 'b'],
      waitlisted: ['c', 'd'],
    });
    expect(allocateSeats({ capacity: 5, seatsTaken: 0 }, ['a'])).toEqual({ enrolled: ['a'], waitlisted: [] });
    expect(allocateSeats({ capacity: 2, seatsTaken: 2 }, ['a'])).toEqual({ enrolled: [], waitlisted: ['a'] });
  });
});
