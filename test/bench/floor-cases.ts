/** The floor's clients: one POST per answer to `/<case>`, with plain node ids. */
import type { CaseName, Flow } from './flows.ts';
import { caseVariables } from './ours-cases.ts';
import type { Samples } from './samples.ts';

export function floorFlows(samples: Samples): Flow[] {
  const variables = caseVariables(samples, (_type, id) => id);
  return (Object.keys(variables) as CaseName[]).map((name) => ({
    name,
    next: variables[name],
    steps: [{ path: `/${name}`, body: (vars) => JSON.stringify({ variables: vars }) }],
  }));
}
