import { registerEnumType } from 'type-graphql';

/**
 * A GraphQL enum from the list of its values (usually the domain's `as const` array), registered
 * with type-graphql: `export const TaskStatus = graphqlEnum(TASK_STATUSES, { name: 'TaskStatus' })`,
 * then `@Field(() => TaskStatus)`. The object maps each value to itself, as type-graphql wants.
 */
export function graphqlEnum<T extends string>(
  values: readonly T[],
  options: { name: string; description?: string },
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, options);
  return enumObject;
}
