import { GraphQLScalarType, Kind } from 'graphql';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { DateScalar, isCalendarDate } from '@dx/subgraph-kit';

/**
 * The kit's `Date` scalar, except that input is checked by validation rather than by the scalar:
 * a subgraph refuses a bad scalar variable with HTTP 400, which the gateway turns into an internal
 * error, whereas a validation failure reaches the form as BAD_USER_INPUT naming the field.
 */
export const CalendarDay = new GraphQLScalarType<string, string>({
  name: DateScalar.name,
  description: DateScalar.description,
  serialize: DateScalar.serialize,
  parseValue: (value) => String(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : ''),
});

export function IsCalendarDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDay',
      validator: {
        validate: (value: unknown) => value == null || (typeof value === 'string' && isCalendarDate(value)),
        defaultMessage: () => 'Write the date as YYYY-MM-DD, and make it a real day.',
      },
    },
    options,
  );
}
