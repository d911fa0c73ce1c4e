import { GraphQLError } from 'graphql';
import { badInput, conflict, isUniqueViolation, maskError, rethrowUniqueViolation } from './errors';

describe('maskError', () => {
  test('a deliberate refusal keeps its code, message and field', () => {
    const error = badInput('The unit name is required.', 'name');
    const formatted = maskError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } }, error);
    expect(formatted).toEqual({ message: 'The unit name is required.', extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
  });

  test('an unexpected error becomes a message without internals', () => {
    const wrapped = new GraphQLError('ER_NO_SUCH_TABLE: SELECT * FROM secret', { originalError: new Error('boom') });
    const formatted = maskError({ message: wrapped.message, path: ['units'] }, wrapped);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).not.toMatch(/SELECT|ER_/);
    expect(formatted.path).toEqual(['units']);
  });

  test('class-validator failures become BAD_USER_INPUT naming the first field', () => {
    const validation = Object.assign(new Error('Argument Validation Error'), {
      extensions: {
        validationErrors: [{ property: 'input', children: [{ property: 'email', constraints: { isEmail: 'Write the email as name@example.org.' } }] }],
      },
    });
    const formatted = maskError({ message: 'Argument Validation Error' }, new GraphQLError('x', { originalError: validation }));
    expect(formatted.message).toBe('Write the email as name@example.org.');
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });
});

describe('unique violations', () => {
  test('are recognised on SQLite and MariaDB and turned into CONFLICT', () => {
    expect(isUniqueViolation(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: unit.code'))).toBe(true);
    expect(isUniqueViolation(new Error("ER_DUP_ENTRY: Duplicate entry 'X' for key 'IDX'"))).toBe(true);
    expect(isUniqueViolation(new Error('connection lost'))).toBe(false);
    expect(() => rethrowUniqueViolation('taken')(new Error('Duplicate entry'))).toThrow(conflict('taken').message);
    expect(() => rethrowUniqueViolation('taken')(new Error('other'))).toThrow('other');
  });
});
