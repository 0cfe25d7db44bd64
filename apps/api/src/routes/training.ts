/**
 * The demo's training clock (TrainingClock.ts): read it, or move it forward so a visitor can play a
 * procedure through today — e.g. past the end of a publicity period. Registered only in demo mode;
 * a production server (ZHICHENG_DEMO=0) has no such routes (404).
 */
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { Effect, Schema } from "effect"
import { endpoint } from "../Endpoint.ts"
import * as TrainingClock from "../TrainingClock.ts"

const TAG = "training"

const AdvanceBody = Schema.Union(
  Schema.Struct({
    /** Whole days to move forward (1 to 3650). */
    days: Schema.Int.pipe(Schema.between(1, 3650)),
  }),
  Schema.Struct({
    /** A day after the training day to move to. */
    to: CivilDate.CivilDate,
  }),
).annotations({ identifier: "TrainingClockMove" })

export const training = (clock: TrainingClock.TrainingClock) => [
  endpoint({
    method: "get",
    path: "/api/v1/training/clock",
    operationId: "getTrainingClock",
    summary: "Demo only: the training clock — the training day the rules see, the real day, the offset",
    description:
      "Only in demo mode (absent, 404, in production configuration). The API's today and every timestamp come from this clock; each response in training mode names its day in the `Zhicheng-Training-Day` header.",
    tag: TAG,
    roles: "public",
    response: { status: 200, description: "The training clock", schema: TrainingClock.ClockView },
    problems: [],
    handler: () => Effect.sync(() => TrainingClock.view(clock)),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/training/clock",
    operationId: "advanceTrainingClock",
    summary: "Demo only: move the training clock forward by whole days or to a later day (audited)",
    description:
      "Give `days` (1–3650) or `to` (a day after the training day). The clock never goes back: records already made would predate it (422 naming the field). Stored, so a restart keeps it; audited as `training-clock.advanced`. A database whose training clock was moved is refused by production configuration (ZHICHENG_DEMO=0).",
    tag: TAG,
    roles: ["clerk"],
    body: AdvanceBody,
    response: {
      status: 200,
      description: "The training clock after the move",
      schema: TrainingClock.ClockView,
    },
    problems: [422],
    handler: ({ body, caller }) => TrainingClock.advance(clock, body, { id: caller.id, role: caller.role }),
  }),
]
