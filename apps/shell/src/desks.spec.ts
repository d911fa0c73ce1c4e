import { visibleDesks } from './desks';

const ALL = ['directory', 'tasks', 'training', 'donations', 'awards'];

describe('visibleDesks', () => {
  it('gives the trainer training only, never the directory', () => {
    expect(visibleDesks(['TRAINING_COORDINATOR'], ALL).map((d) => d.name)).toEqual(['training']);
  });

  it('gives the viewer every desk but the directory', () => {
    expect(
      visibleDesks(['VIEWER'], ALL)
        .map((d) => d.name)
        .sort(),
    ).toEqual(['awards', 'donations', 'tasks', 'training']);
  });

  it('gives ADMIN every deployed desk and nothing that is not deployed', () => {
    expect(
      visibleDesks(['ADMIN'], ['directory', 'training'])
        .map((d) => d.name)
        .sort(),
    ).toEqual(['directory', 'training']);
  });
});
