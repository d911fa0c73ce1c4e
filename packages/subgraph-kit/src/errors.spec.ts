import { GraphQLError } from 'graphql';
import {
  badInput,
  conflict,
  DomainError,
  isUniqueViolation,
  maskError,
  messageKeyFor,
  notFound,
  rethrowUniqueViolation,
  staleVersion,
} from './errors';

describe('maskError', () => {
  test('a deliberate refusal keeps its code, message and field', () => {
    const error = badInput('The unit name is required.', 'name');
    const formatted = maskError(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } },
      error,
    );
    expect(formatted).toEqual({
      message: 'The unit name is required.',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.badUserInput',
        params: { field: 'name' },
        field: 'name',
      },
    });
  });

  test('every kit refusal carries code, messageKey and plain-JSON params', () => {
    expect(notFound('Task', '12').extensions).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.notFound',
      params: { what: 'Task', id: '12' },
    });
    expect(staleVersion('This task').extensions).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.staleVersion',
      params: { what: 'This task' },
    });
    expect(new DomainError('SESSION_FULL', 'Full.', { params: { capacity: 20 } }).extensions).toEqual({
      code: 'SESSION_FULL',
      messageKey: 'errors.sessionFull',
      params: { capacity: 20 },
    });
    expect(messageKeyFor('TASK_DUE_IN_PAST')).toBe('errors.taskDueInPast');
    expect(
      JSON.parse(
        JSON.stringify(badInput('x', 'dueDate', 'errors.taskDueInPast', { today: '2026-12-01' }).extensions),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.taskDueInPast',
      params: { field: 'dueDate', today: '2026-12-01' },
      field: 'dueDate',
    });
  });

  test('an unexpected error becomes a message without internals', () => {
    const wrapped = new GraphQLError('ER_NO_SUCH_TABLE: SELECT * FROM secret', {
      originalError: new Error('boom'),
    });
    const formatted = maskError({ message: wrapped.message, path: ['units'] }, wrapped);
    expect(formatted.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      messageKey: 'errors.internalServerError',
      params: {},
    });
    expect(formatted.message).not.toMatch(/SELECT|ER_/);
    expect(formatted.path).toEqual(['units']);
  });

  test('class-validator failures become BAD_USER_INPUT naming the first field', () => {
    const validation = Object.assign(new Error('Argument Validation Error'), {
      extensions: {
        validationErrors: [
          {
            property: 'input',
            children: [
              { property: 'email', constraints: { isEmail: 'Write the email as name@example.org.' } },
            ],
          },
        ],
      },
    });
    const formatted = maskError(
      { message: 'Argument Validation Error' },
      new GraphQLError('x', { originalError: validation }),
    );
    expect(formatted.message).toBe('Write the email as name@example.org.');
    expect(formatted.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
      messageKey: 'errors.invalidField',
      params: { field: 'input.email', constraint: 'isEmail' },
    });
  });
});

describe('unique violations', () => {
  test('are recognised on SQLite and MariaDB and turned into CONFLICT', () => {
    expect(isUniqueViolation(new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: unit.code'))).toBe(true);
    expect(isUniqueViolation(new Error("ER_DUP_ENTRY: Duplicate entry 'X' for key 'IDX'"))).toBe(true);
    expect(isUniqueViolation(new Error('connection lost'))).toBe(false);
    expect(() => rethrowUniqueViolation('taken')(new Error('Duplicate entry'))).toThrow(
      conflict('taken').message,
    );
    try {
      rethrowUniqueViolation('The code is taken.', 'errors.courseCodeTaken', { code: 'AI-01' })(
        new Error('Duplicate entry'),
      );
    } catch (error) {
      expect((error as DomainError).extensions).toEqual({
        code: 'CONFLICT',
        messageKey: 'errors.courseCodeTaken',
        params: { code: 'AI-01' },
      });
    }
    expect.assertions(6);
    expect(() => rethrowUniqueViolation('taken')(new Error('other'))).toThrow('other');
  });
});
