// Replays evaluations as the end-of-run replay reads them: stored (harness/replay/recording.ts)
// and read back from JSON, all under one scenario label.
import type { EvaluationRecord } from "../../../harness/apim/records.ts";
import type { CSharpToolchain } from "../../../harness/crosscheck/compiler.ts";
import {
  ReplayRecorder,
  replayEvaluations,
  type ReplayReport,
} from "../../../harness/replay/index.ts";
import { storeEvaluation } from "../../../harness/replay/recording.ts";

export async function replayStored(
  evaluations: readonly EvaluationRecord[],
  toolchain: CSharpToolchain,
): Promise<ReplayReport> {
  const recorder = new ReplayRecorder();
  for (const evaluation of evaluations)
    recorder.addRecord(JSON.parse(JSON.stringify(storeEvaluation(evaluation))), "recorded");
  return replayEvaluations(recorder, { toolchain });
}
