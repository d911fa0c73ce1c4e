import { graphql } from 'graphql';
import { Arg, buildSchema, Query, Resolver } from 'type-graphql';
import { maskError } from '../errors';
import { DateScalar, isCalendarDate } from './scalars';

@Resolver()
class DayResolver {
  @Query(() => DateScalar)
  echo(@Arg('day', () => DateScalar) day: string): string {
    return day;
  }
}

describe('the strict Date scalar', () => {
  test('real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });

  test('a bad variable is BAD_USER_INPUT with a key, the field and HTTP 200 (so the gateway passes it on)', async () => {
    const schema = await buildSchema({ resolvers: [DayResolver], validate: false });
    const ok = await graphql({
      schema,
      source: 'query ($d: Date!) { echo(day: $d) }',
      variableValues: { d: '2026-10-10' },
    });
    expect(ok.data).toEqual({ echo: '2026-10-10' });

    const bad = await graphql({
      schema,
      source: 'query ($d: Date!) { echo(day: $d) }',
      variableValues: { d: '2026-02-30' },
    });
    const [error] = bad.errors!;
    const formatted = maskError(error.toJSON(), error);
    expect(formatted.message).toBe(
      '"2026-02-30" is not a date; write it as YYYY-MM-DD, and make it a real day.',
    );
    expect(formatted.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.invalidDate',
      params: { value: '2026-02-30' },
      field: 'd',
      http: { status: 200 },
    });
  });
});
