import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors';

@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @Min(1, { message: 'first must be at least 1.' })
  @Max(100, { message: 'first may be at most 100.' })
  first: number = 20;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  /** Lazy: the COUNT runs only when a client asks for totalCount (GraphQL awaits it like a promise). */
  totalCount: PromiseLike<number>;
}

/** The `XConnection` object type for a node type: { nodes, totalCount, pageInfo }. */
export function ConnectionType<T extends object>(node: ClassType<T>, name = `${node.name}Connection`) {
  @ObjectType(name)
  class ConnectionClass {
    @Field(() => [node])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export interface SortKey {
  /** Column as written in SQL, e.g. `task.dueDate`. */
  column: string;
  /** Property name on the entity, read to build the cursor. */
  property: string;
  direction: 'ASC' | 'DESC';
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values)) return values;
  } catch {
    /* fall through */
  }
  throw badInput(
    'The paging cursor "after" is not one this list gave out. Start again from the first page.',
    'after',
    'errors.staleCursor',
  );
}

/**
 * Keyset paging: pages are read with an indexed range condition instead of OFFSET, so page 5,000
 * costs what page 1 costs. The id is always the last key, which makes the order total.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  keys: SortKey[],
): Promise<Connection<T>> {
  const first = Math.min(Math.max(args.first ?? 20, 1), 100);
  const counter = query.clone();
  if (args.after) {
    const values = decodeCursor(args.after);
    if (values.length !== keys.length) decodeCursor('');
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ...
    const clauses: string[] = [];
    const params: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      const equalities = keys.slice(0, i).map((k, j) => `${k.column} = :cursor${j}`);
      const op = key.direction === 'ASC' ? '>' : '<';
      clauses.push([...equalities, `${key.column} ${op} :cursor${i}`].join(' AND '));
      params[`cursor${i}`] = values[i];
    });
    query.andWhere(`((${clauses.join(') OR (')}))`, params);
  }
  keys.forEach((key, i) =>
    i === 0 ? query.orderBy(key.column, key.direction) : query.addOrderBy(key.column, key.direction),
  );
  // limit, not take: list queries select one row per node (no to-many joins), so a plain LIMIT is exact.
  const rows = await query.limit(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: {
      hasNextPage,
      endCursor: last ? encodeCursor(keys.map((k) => cursorValue(last[k.property]))) : null,
    },
    totalCount: lazy(() => counter.getCount()),
  };
}

function cursorValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** A promise that does not start its work until someone awaits it. */
export function lazy<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= work()).then(onFulfilled, onRejected),
  };
}
