import { buildSchema, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { subgraphSdl } from './schema';
import { printSchema } from 'graphql';
import { directoryReferences, PersonRef, personRef, UnitRef, unitRef } from './references';

@Resolver(() => PersonRef)
class ProbeResolver {
  @Query(() => PersonRef, { nullable: true })
  probe(): PersonRef | null {
    return personRef(7);
  }

  @FieldResolver(() => String)
  label(@Root() person: PersonRef): string {
    return `person ${person.id}`;
  }
}

describe('Person and Unit references', () => {
  test('one null behaviour: null and undefined give null, every other id a string id', () => {
    expect(personRef(null)).toBeNull();
    expect(unitRef(undefined)).toBeNull();
    expect(personRef(0)).toEqual({ id: '0' });
    expect(unitRef('12')).toEqual({ id: '12' });
  });

  test('the reference resolvers hand the id back unchanged', async () => {
    const person = directoryReferences.Person as { __resolveReference: (ref: { id: string }) => unknown };
    const unit = directoryReferences.Unit as { __resolveReference: (ref: { id: string }) => unknown };
    expect(await person.__resolveReference({ id: '5' })).toEqual({ id: '5' });
    expect(await unit.__resolveReference({ id: '9' })).toEqual({ id: '9' });
  });

  test('they print as the types Person and Unit keyed by id', async () => {
    const schema = await buildSchema({
      resolvers: [ProbeResolver],
      orphanedTypes: [UnitRef],
      validate: false,
    });
    const sdl = printSchema(schema);
    expect(sdl).toMatch(/type Person \{\s+id: ID!\s+label: String!/);
    expect(sdl).toMatch(/type Unit \{\s+id: ID!\s+\}/);
  });
});

@Resolver(() => PersonRef)
class OtherServiceResolver {
  @Query(() => PersonRef)
  other(): PersonRef {
    return personRef(1);
  }

  @FieldResolver(() => Int)
  otherCount(): number {
    return 1;
  }
}

describe('two services in one process (a test stack)', () => {
  test("one service's fields on Person do not leak into the next one's schema", async () => {
    const first = await subgraphSdl({ resolvers: [ProbeResolver] });
    const second = await subgraphSdl({ resolvers: [OtherServiceResolver] });
    const again = await subgraphSdl({ resolvers: [ProbeResolver] });
    expect(first).toMatch(/label: String!/);
    expect(second).toMatch(/otherCount: Int!/);
    expect(second).not.toMatch(/label/);
    expect(again).not.toMatch(/otherCount/);
  });
});
