import { badInput } from '@dx/subgraph-kit';
import { lineProblem, type LineToCheck } from '../domain/item-lines';

/** Refuses the first item line a person must fix, naming its field so the form can show it there. */
export function checkItemLines(items: readonly LineToCheck[], field = 'items') {
  items.forEach((item, i) => {
    const problem = lineProblem(item);
    if (problem) throw badInput(problem, `${field}.${i}`);
  });
}
