/**
 * Quality gate: faults (issue 8, item 4). The real app, through `dispatch`, on the demo tenant's
 * fault injection. Per scenario it measures requests made, retries, errors shown, duplicate
 * passes and unhandled rejections; the rules are 0 duplicate passes, 0 unhandled rejections and
 * every error reply carrying a code from the contract and a message.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaultDesk, type FaultDesk } from './fault-desk';
import { measure, ruleViolations, totalsOf, type ScenarioFigures } from './figures';
import { countUnhandledRejections, settleLateWork, type RejectionCounter } from './rejection-counter';
import { figureLine, formatTable, RESULTS_FILE, SETUP, writeResults } from './report';
import { signIn, valueOf, type Scenario, type World } from './scenario-kit';
import { networkScenarios } from './scenarios-network';
import { restartScenarios } from './scenarios-restart';
import { sessionScenarios } from './scenarios-session';
import { throttlingScenarios } from './scenarios-throttling';
import { collectorScenarios } from './scenarios-collector';

// The restart comes last: it kills the tenant the others share.
const scenarios: Scenario[] = [...throttlingScenarios, ...networkScenarios, ...sessionScenarios, ...collectorScenarios, ...restartScenarios];

const rows: ScenarioFigures[] = [];
let rejections: RejectionCounter;
let world: World;

/** Runs `work` and measures every command it sent, on every desk. */
async function measured(name: string, work: () => Promise<void>): Promise<ScenarioFigures> {
  const marks = new Map<FaultDesk, number>(world.desks.map((desk) => [desk, desk.calls.length]));
  const before = rejections.count();
  try {
    await work();
  } finally {
    for (const desk of world.desks) desk.app.demoTenant()?.faults.clear();
    await settleLateWork();
    const calls = world.desks.flatMap((desk) => desk.calls.slice(marks.get(desk) ?? 0));
    rows.push(measure(name, calls, rejections.count() - before));
  }
  return rows.at(-1)!;
}

beforeAll(async () => {
  rejections = countUnhandledRejections();
  const first = await createFaultDesk();
  world = {
    desk: first,
    desks: [first],
    async restart() {
      const old = world.desk;
      await old.app.beforeQuit();
      const next = await createFaultDesk({ clock: old.clock, userData: old.userData, secretStore: old.secretStore });
      world.desks.push(next);
      world.desk = next;
      return next;
    },
  };
  await measured(`${SETUP} demo mode and sign-in`, async () => {
    valueOf(await first.call('config.useDemo', {}));
    valueOf(await signIn(first));
  });
});

afterAll(async () => {
  const totals = totalsOf(rows, rejections.count());
  console.log(`\nFault gate figures\n${formatTable(rows, totals)}\n${figureLine(totals, rows)}\n`);
  await writeResults(rows, totals, scenarios.length + 1);
  rejections.stop();
  // Later desks share the first desk's user folder, so the first (its owner) is stopped last.
  for (const desk of [...world.desks].reverse()) await desk.stop();
});

describe('fault injection gate', () => {
  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      const figures = await measured(scenario.name, () => scenario.run(world));
      expect(ruleViolations(figures)).toEqual([]);
      // Whatever failed, main holds no pass once the technician is done.
      expect(world.desk.app.heldPasses()).toBe(0);
    });
  }

  it('holds its rules over the whole run and saves the totals', async () => {
    const totals = totalsOf(rows, rejections.count());
    expect(rows).toHaveLength(scenarios.length + 1);
    expect(ruleViolations(totals)).toEqual([]);
    // The run really exercised the faults: errors were shown and reads were retried.
    expect(totals.errorsShown).toBeGreaterThan(0);
    expect(totals.retries).toBeGreaterThan(0);
    await writeResults(rows, totals, scenarios.length + 1);
    const saved = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as { passed: boolean; totals: { duplicatePasses: number } };
    expect(saved).toMatchObject({ passed: true, totals: { duplicatePasses: 0 } });
  });
});
