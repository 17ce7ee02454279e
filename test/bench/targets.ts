/** The servers the benchmark compares: the entry of each one's child process and its clients. */
import { floorFlows } from './floor-cases.ts';
import type { Flow } from './flows.ts';
import { ourFlows } from './ours-cases.ts';
import { peerFlows } from './peer-cases.ts';
import type { TargetName } from './report.ts';
import type { Samples } from './samples.ts';

export const TARGETS: Record<TargetName, { entry: string; flows: (samples: Samples) => Flow[] }> = {
  ours: { entry: './serve-ours.ts', flows: ourFlows },
  floor: { entry: './serve-floor.ts', flows: floorFlows },
  peer: { entry: './serve-peer.ts', flows: peerFlows },
};
