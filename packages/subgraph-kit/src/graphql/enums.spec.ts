import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { printSchema } from 'graphql';
import { graphqlEnum } from './enums';

const STATUSES = ['OPEN', 'CLOSED'] as const;
const ProbeStatus = graphqlEnum(STATUSES, { name: 'ProbeStatus', description: 'Open or closed.' });

@ObjectType()
class Probe {
  @Field(() => ProbeStatus)
  status: keyof typeof ProbeStatus;
}

@Resolver()
class ProbeResolver {
  @Query(() => Probe)
  probe(): Probe {
    return { status: ProbeStatus.CLOSED };
  }
}

describe('graphqlEnum', () => {
  test('maps every value to itself', () => {
    expect(ProbeStatus).toEqual({ OPEN: 'OPEN', CLOSED: 'CLOSED' });
  });

  test('registers the enum under its name with its description', async () => {
    const sdl = printSchema(await buildSchema({ resolvers: [ProbeResolver], validate: false }));
    expect(sdl).toContain('"""Open or closed."""\nenum ProbeStatus {\n  OPEN\n  CLOSED\n}');
  });
});
