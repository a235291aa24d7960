package dev.retort;

import dev.retort.graph.Step;
import dev.retort.runtime.PreparedStep;
import dev.retort.script.ScriptDirectory;

/** Describes plan steps for results and listeners. */
final class StepInfos {
    private StepInfos() {}

    static MigrationStepInfo of(PreparedStep prepared) {
        Step step = prepared.step();
        return new MigrationStepInfo(
                step.revision().id(),
                step.upgrade(),
                step.fromIds(),
                step.toIds(),
                prepared.script().message());
    }

    static MigrationStepInfo of(Step step, ScriptDirectory directory) {
        String message = directory.script(step.revision().id()).orElseThrow().message();
        return new MigrationStepInfo(step.revision().id(), step.upgrade(), step.fromIds(), step.toIds(), message);
    }
}
